#pragma once
// What the detector finds in one draft, for the red-flag and motive tests (flags_test.cpp and the round files).

#include <algorithm>
#include <string_view>

#include "detector/analysis.hpp"

namespace pushback::detector::test {

// The detector finds red flag `f` in `t`.
inline bool flagged(std::string_view t, RedFlag f) {
    auto const a = analyze(t);
    return std::find(a.red_flags.begin(), a.red_flags.end(), f) != a.red_flags.end();
}

// The detector finds the illegitimate reason `r` in `t`.
inline bool motive(std::string_view t, Reason r) {
    auto const a = analyze(t);
    return std::find(a.illegitimate.begin(), a.illegitimate.end(), r) != a.illegitimate.end();
}

// Any red flag at all.
inline bool any_red_flag(std::string_view t) { return !analyze(t).red_flags.empty(); }

// Any red flag or illegitimate reason: what would stop the draft.
inline bool flag_or_motive(std::string_view t) {
    auto const a = analyze(t);
    return !a.red_flags.empty() || !a.illegitimate.empty();
}

}  // namespace pushback::detector::test
