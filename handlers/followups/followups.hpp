#pragma once
// 1:1 follow-up reminders: `/pushback followup @person [when]`, the "Remind me to follow up in writing"
// button and its modal, and the buttons on the reminder DM (Done, Snooze 1 hour, Tomorrow 9:00). Level 1 of
// the escalation ladder is verbal first, then an async written summary so the exchange is on the record;
// these handlers schedule the nudge to write that summary, with a drafted one to start from.
//
// The feature's files: commands.cpp (the slash command), modal.cpp (the button and its modal), buttons.cpp
// (the DM's buttons), dm.cpp (the DM itself), scheduling.cpp (time zone, storage, confirmation, shared by
// the command and the modal), time_phrases.cpp (reading `when`), delivery.cpp (the loop that sends the DMs).

#include <boost/json/object.hpp>
#include <string>
#include <string_view>

#include "bot/reply.hpp"
#include "bot/request.hpp"
#include "handlers/deps.hpp"
#include "storage/types.hpp"

namespace pushback::handlers::followups {

// Ids shared by the modal, the DM and their handlers.
inline constexpr char const* followup_modal_callback = "followup_modal";
inline constexpr char const* action_reminder_done = "reminder_done";
inline constexpr char const* action_reminder_snooze = "reminder_snooze";
inline constexpr char const* action_reminder_tomorrow = "reminder_tomorrow";

// `/pushback followup @person [when]`: `args` is the text after "followup". The person is a mention
// (`<@U0002|alex>`, `<@U0002>`), a plain `@name`/`name` (one word) or a quoted "Dana from Product".
bot::Reply followup_command(bot::SlashCommand const& c, std::string_view args, Deps const& deps);

// block_actions `remind_followup` (value = the user's draft): opens the follow-up modal.
bot::Reply followup_button(bot::Interaction const& i, Deps const& deps);
// view_submission of `followup_modal`: validates inline, schedules, closes.
bot::Reply followup_submission(bot::Interaction const& i, Deps const& deps);
// block_actions on the reminder DM.
bot::Reply reminder_done(bot::Interaction const& i, Deps const& deps);
bot::Reply reminder_snooze(bot::Interaction const& i, Deps const& deps);
bot::Reply reminder_tomorrow(bot::Interaction const& i, Deps const& deps);

// The reminder DM the delivery loop posts (chat.postMessage body without `channel`): the drafted summary and
// the Done / Snooze 1 hour / Tomorrow 9:00 buttons (value = the reminder id). `summary_fallback` is used
// when the stored summary is empty.
boost::json::object reminder_message(storage::Reminder const& r, std::string_view summary_fallback = {});

// How a stored `with_whom` is shown in Slack: a user id becomes a mention, free text is escaped.
std::string person_mrkdwn(std::string_view with_whom);

}  // namespace pushback::handlers::followups
