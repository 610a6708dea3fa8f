#pragma once
// How much each finding weighs. Specific evidence must outweigh a bar that rises with the vague
// evidence: a hedge alone hardly moves it ("I might be wrong, but the 3-week estimate ignores the
// 2 weeks of security review" stays specific), while an unexplained-pressure ask needs real
// particulars of the case to count as specific.

#include <array>

namespace pushback::detector::detail {

inline constexpr double w_number_unit = 1.0;
inline constexpr double w_number_bare = 0.6;
inline constexpr double w_date = 1.0;
inline constexpr double w_date_weak = 0.5;
inline constexpr double w_duration = 0.8;  // "about a week"
inline constexpr double w_ref = 1.0;       // #4312, INC-2291, v4.3.1
inline constexpr double w_event = 0.35;    // a meeting, release, PR
inline constexpr double w_metric = 0.3;
inline constexpr double w_link = 0.4;    // a link points at evidence but says nothing itself
inline constexpr double w_person = 0.0;  // a mention is who, not what: not a particular
inline constexpr double w_code = 0.6;    // code, a file name, an identifier
// Particulars without digits (issue 12).
inline constexpr double w_name = 0.5;         // a named system, team, vendor ("Procurement", "Postgres")
inline constexpr double w_name_cap = 1.0;     // names alone never make a message specific
inline constexpr double w_observable = 0.55;  // "ran out of disk", "returns an empty list"
inline constexpr double w_constraint = 0.6;   // "the contract forbids", "frozen until the audit"
inline constexpr double w_quantity = 0.8;     // "twice", "three releases", "a dozen tenants"
inline constexpr double w_thing = 0.25;       // "the return type", "the toolbar": each a little
inline constexpr double w_thing_cap = 0.75;
inline constexpr double w_consequence = 0.45;
inline constexpr double w_output =
    1.0;  // a quoted error or log line: "No space left on device"  // "so refunds stall", "which is why"
// Constructions (grammar.cpp): a whole checkable clause weighs as much as a number with its unit.
inline constexpr double w_event_clause = 1.0;  // "the Save button doesn't submit the form"
inline constexpr double w_probe = 1.0;         // "What error did you get?": asks for one particular
inline constexpr double w_constraint_clause =
    0.8;                                        // "only the project owner can", "not merged until the freeze is lifted"
inline constexpr double w_contrast = 0.6;       // "local timezone instead of UTC"
inline constexpr double w_own_decision = 0.35;  // "we didn't fix this", "I won't merge workarounds"
inline constexpr double w_named_request = 0.5;  // a request with its object
inline constexpr double w_reported = 0.5;       // the writer's own action reported with its object
inline constexpr double s_cap = 4.0;

// Hedges and intensifiers soften or inflate a claim but do not hide particulars, so they barely
// raise the bar; absolutes ("never", "always") are hyperbole that careful writers also use.
inline constexpr std::array<double, 8> bar_vague{0.1, 0.8, 0.35, 0.45, 0.05, 0.5, 0.8, 0.8};
inline constexpr double w_absolute = 0.35;
inline constexpr double w_pattern = 1.0;
inline constexpr double w_pattern_anchored = 0.4;  // the same ask, anchored on a version, a reference, an event
inline constexpr double w_illegitimate = 1.0;      // an illegitimate reason: an opinion, not evidence
inline constexpr double w_judgment = 0.8;
inline constexpr double w_opinion = 0.25;      // "better", "love", "a bad idea": each a little
inline constexpr double w_opinion_cap = 0.75;  // about the person, or sarcasm
inline constexpr double v_cap = 3.0;
inline constexpr double bar_base = 1.0;
inline constexpr double bar_per_vague = 0.35;

}  // namespace pushback::detector::detail
