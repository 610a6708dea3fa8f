#pragma once
// The coaching reply shared by /pushback and "Reframe this": the advice (templates/advice.hpp) as
// Block Kit: the one next step first, the draft (its vague spans marked when it needs work), then the
// cards. Every surface renders exactly the advice it is given.

#include <boost/json/array.hpp>
#include <string>
#include <string_view>
#include <vector>

#include "detector/analysis.hpp"
#include "templates/advice.hpp"
#include "templates/library.hpp"

namespace pushback::handlers {

// Drafts longer than this (in characters) are refused with a clear message: the marked draft must
// fit in one Block Kit section (3,000 characters) with room for the marks.
inline constexpr std::size_t max_draft_chars = 2500;

std::string marked_draft(detector::Analysis const& a, std::string_view text);  // mrkdwn, escaped, quoted
std::string sbi_checklist(detector::Sbi const& sbi);
std::string human(detector::VagueCategory c);

// The next-step line as mrkdwn: the triage's mark, then the advice's next step, escaped.
std::string next_step_line(templates::Advice const& advice);

// The advice as blocks (no buttons), into a bot::blocks::BlockArray or BlockWriter.
template <typename Sink>
void coaching_blocks(Sink& out, detector::Analysis const& a, std::string_view text, templates::Advice const& advice);
boost::json::array coaching_blocks(detector::Analysis const& a, std::string_view text, templates::Advice const& advice);

// A one-line summary for notification `text` fallbacks: the next step.
std::string fallback_text(templates::Advice const& advice);

}  // namespace pushback::handlers
