#pragma once
// The /pushback slash command: a draft gets coached; `help`, `ladder`, `checklist` and the log and
// follow-up subcommands get their own answers. Always ephemeral: a draft is the user's business.

#include "bot/reply.hpp"
#include "bot/request.hpp"
#include "handlers/deps.hpp"

namespace pushback::handlers {

bot::Reply pushback(bot::SlashCommand const& command, Deps const& deps);
// "Show the escalation ladder" button: answers through the interaction's response_url.
bot::Reply show_ladder(bot::Interaction const& i, Deps const& deps);

// Action ids carried by the reply's buttons (handled by the interactivity handlers).
inline constexpr char const* action_log_commitment = "log_commitment";
inline constexpr char const* action_remind_followup = "remind_followup";
inline constexpr char const* action_show_ladder = "show_ladder";

// The ephemeral message for a draft (also used by `pushback analyze --reframe` and tests).
boost::json::object draft_message(std::string_view draft, Deps const& deps);
// The same message as the /pushback reply: its JSON text written directly (bot::blocks::BlockWriter).
bot::Reply draft_reply(std::string_view draft, Deps const& deps);

}  // namespace pushback::handlers
