#pragma once
// The coaching reply shared by /pushback and "Reframe this": a verdict a person can act on, the
// draft with its vague spans marked, the SBI checklist, the reason, and the reframings, as Block Kit.

#include <boost/json/array.hpp>

#include <string>
#include <string_view>
#include <vector>

#include "detector/analysis.hpp"
#include "templates/library.hpp"

namespace pushback::handlers {

// Drafts longer than this (in characters) are refused with a clear message: the marked draft must
// fit in one Block Kit section (3,000 characters) with room for the marks.
inline constexpr std::size_t max_draft_chars = 2500;

std::string verdict_line(detector::Analysis const& a);
std::string marked_draft(detector::Analysis const& a, std::string_view text);  // mrkdwn, escaped, quoted
std::string sbi_checklist(detector::Sbi const& sbi);
std::string reason_line(detector::Analysis const& a);  // empty when no reason or pattern was found
std::string human(detector::Reason r);
std::string human(detector::Pattern p);
std::string human(detector::VagueCategory c);

// The analysis and reframings as blocks (no buttons), into a bot::blocks::BlockArray or BlockWriter.
template <typename Sink>
void coaching_blocks(Sink& out, detector::Analysis const& a, std::string_view text,
                     std::vector<templates::Reframing> const& reframings);
boost::json::array coaching_blocks(detector::Analysis const& a, std::string_view text,
                                   std::vector<templates::Reframing> const& reframings);

// A one-line summary for notification `text` fallbacks.
std::string fallback_text(detector::Analysis const& a, std::size_t reframings);

}  // namespace pushback::handlers
