#pragma once
// The readable terminal report of `pushback analyze "TEXT"`: verdict and score, the draft with its
// vague spans marked, the specifics found, the SBI checklist, reasons, patterns, alternative, kind.

#include <string>
#include <string_view>

#include "detector/analysis.hpp"

namespace pushback::detector {
// `verdict`, when given, heads the report in place of VAGUE/SPECIFIC (the coaching triage's word, from
// templates::render_advised), and `scored` says whether the vagueness score still means something under it.
std::string render_report(Analysis const& a, std::string_view text, std::string_view verdict = {}, bool scored = true);

// Whether a specific reads as a particular on its own when listed to a user: a bare common noun the
// concreteness scan counts towards the score ("table", "row", "page", "queue") names no particular of the
// case, while "Stripe", "SSO", "p99", "3 weeks" or a whole event ("the Stripe prices don't match") do.
bool listed_as_particular(Specific const& s, std::string_view text);
}  // namespace pushback::detector
