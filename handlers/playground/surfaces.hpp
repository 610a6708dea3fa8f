#pragma once
// What the playground page sends, turned into the requests Slack would send (a /pushback slash
// command, a "Reframe this" message action, a button click, a modal submission), and a handler's
// Reply turned into what the page draws: the acknowledgement and the Slack calls that follow it.

#include <boost/json/object.hpp>
#include <expected>
#include <string>
#include <string_view>

#include "bot/reply.hpp"
#include "bot/request.hpp"

namespace pushback::handlers::playground {

// The playground speaks as one local user, the same one `pushback try` uses, so both see one log.
inline constexpr char const* team_id = "T0LOCAL";
inline constexpr char const* user_id = "U0LOCAL";
inline constexpr char const* channel_id = "C0PLAYGROUND";
inline constexpr char const* other_user_id = "U0PM";  // the author of the message to reframe
// Slack gives a response_url and a trigger_id; these stand for them (nothing is posted to them).
inline constexpr char const* response_url = "playground:response_url";
inline constexpr char const* trigger_id = "playground-trigger";

// `/pushback TEXT`, with TEXT escaped as Slack escapes command text.
bot::SlashCommand slash_command(std::string_view text);
// "Reframe this" on someone else's message saying TEXT.
bot::Interaction reframe_action(std::string_view text);
// A block_actions or view_submission payload from the page (its `type`, `actions`, `view`), with the
// identity, trigger and response_url set here, never taken from the page.
std::expected<bot::Interaction, std::string> interaction(boost::json::object payload);

// The page's view of a Reply: {"ack": {"status", "json" | "text"}, "calls": [{"method", "body"}],
// "after_ack": N}. A response_url post is the call "response_url"; after-ack work the playground
// does not show (tasks) is counted in after_ack.
boost::json::object page_result(bot::Reply const& reply);

}  // namespace pushback::handlers::playground
