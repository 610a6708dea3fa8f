#pragma once
// The readable terminal report of `pushback analyze "TEXT"`: verdict and score, the draft with its
// vague spans marked, the specifics found, the SBI checklist, reasons, patterns, alternative, kind.

#include <string>
#include <string_view>

#include "detector/analysis.hpp"

namespace pushback::detector {
std::string render_report(Analysis const& a, std::string_view text);
}
