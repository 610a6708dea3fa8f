// The buttons on the reminder DM: Done, Snooze 1 hour, Tomorrow 9:00. Each changes the stored reminder
// (only the owner's) and replaces the DM through its response_url after the ack.
#include <boost/json.hpp>
#include <charconv>
#include <functional>

#include "bot/blocks.hpp"
#include "handlers/followups/followups.hpp"
#include "handlers/followups/payload.hpp"
#include "handlers/followups/scheduling.hpp"
#include "handlers/followups/time_phrases.hpp"

namespace pushback::handlers::followups {
namespace json = boost::json;
using namespace detail;

namespace {

json::object replaced(std::string text, std::string mrkdwn_text) {
    return {{"replace_original", true},
            {"text", std::move(text)},
            {"blocks", json::array{bot::blocks::section(std::move(mrkdwn_text))}}};
}

json::object not_yours() {
    return bot::blocks::ephemeral_response(
        "I couldn't find that reminder among yours (it may belong to someone else, or be gone), so I left it alone.");
}

// The DM buttons share this: parse the id, apply `change`, answer through the DM's response_url.
template <typename Change>
bot::Reply on_reminder(bot::Interaction const& i, Deps const& deps, std::string_view what, Change change) {
    auto reply = bot::Reply::ack();
    auto const value = first_action_value(i);
    storage::Id id = 0;
    auto const [end, ec] = std::from_chars(value.data(), value.data() + value.size(), id);
    std::expected<json::object, storage::StorageError> outcome =
        std::unexpected(storage::StorageError{storage::StorageErrorKind::not_found, "bad id"});
    if (ec == std::errc{} && end == value.data() + value.size() && id > 0) outcome = change(owner_of(i), id);
    json::object msg;
    if (outcome) {
        msg = std::move(*outcome);
        deps.log.info("reminder updated", {{"what", what}, {"reminder", std::to_string(id)}});
    } else if (outcome.error().kind == storage::StorageErrorKind::not_found) {
        msg = not_yours();
    } else {
        storage_failure(deps, outcome.error(), what);
        msg = bot::blocks::ephemeral_response(
            "Something went wrong on my side and the reminder was not changed. Please try again.");
    }
    if (!i.response_url.empty()) reply.then_respond(i.response_url, std::move(msg));
    return reply;
}

bot::Reply snooze_to(bot::Interaction const& i, Deps const& deps, std::string_view what,
                     std::function<std::expected<storage::Seconds, std::string>(storage::Reminder const&)> when) {
    return on_reminder(
        i, deps, what,
        [&](storage::Owner const& owner, storage::Id id) -> std::expected<json::object, storage::StorageError> {
            auto r = deps.store.get_reminder(owner, id);
            if (!r) return std::unexpected(r.error());
            auto due = when(*r);
            if (!due) {
                return bot::blocks::ephemeral_response("I couldn't move that reminder: " + due.error());
            }
            auto s = deps.store.snooze(owner, id, *due);
            if (!s) return std::unexpected(s.error());
            if (deps.reminders_changed) deps.reminders_changed();
            auto const at = format_local(s->due_at, s->tz);
            auto const who = person_mrkdwn(s->with_whom);
            return replaced("Snoozed until " + at, "Snoozed: I'll remind you again *" + bot::blocks::escape(at) +
                                                       "* to write up your 1:1 with " + who + ".");
        });
}

}  // namespace

bot::Reply reminder_done(bot::Interaction const& i, Deps const& deps) {
    return on_reminder(
        i, deps, "done",
        [&](storage::Owner const& owner, storage::Id id) -> std::expected<json::object, storage::StorageError> {
            auto r = deps.store.complete(owner, id);
            if (!r) return std::unexpected(r.error());
            if (deps.reminders_changed) deps.reminders_changed();
            return replaced("Done: summary on the record", "*Done: summary on the record.* Your 1:1 with " +
                                                               person_mrkdwn(r->with_whom) + " is written up.");
        });
}

bot::Reply reminder_snooze(bot::Interaction const& i, Deps const& deps) {
    return snooze_to(i, deps, "snooze", [&](storage::Reminder const&) -> std::expected<storage::Seconds, std::string> {
        return now_seconds(deps) + std::chrono::hours{1};
    });
}

bot::Reply reminder_tomorrow(bot::Interaction const& i, Deps const& deps) {
    return snooze_to(i, deps, "tomorrow",
                     [&](storage::Reminder const& r) -> std::expected<storage::Seconds, std::string> {
                         auto due = parse_when("tomorrow 9am", now_seconds(deps), r.tz);
                         if (!due) return std::unexpected(due.error().message);
                         return *due;
                     });
}

}  // namespace pushback::handlers::followups
