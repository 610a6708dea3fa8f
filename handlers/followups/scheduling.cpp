// Scheduling one follow-up reminder: time zone, time phrase, storage, confirmation (see scheduling.hpp).
#include "handlers/followups/scheduling.hpp"

#include <boost/json.hpp>

#include "bot/blocks.hpp"
#include "handlers/followups/followups.hpp"
#include "handlers/followups/payload.hpp"
#include "handlers/followups/time_phrases.hpp"
#include "util/time_zone.hpp"

namespace pushback::handlers::followups::detail {
namespace json = boost::json;

namespace {

// A cached time zone older than this is looked up again (people travel; Slack's profile follows them).
constexpr auto tz_max_age = std::chrono::hours{24};

std::string summary_for(Deps const& deps, std::string const& with_whom, std::string const& raised) {
    templates::SummaryInput in;
    in.with_whom = is_user_id(with_whom) ? "<@" + with_whom + ">" : with_whom;
    in.raised = raised;
    return deps.templates.followup_summary(in);
}

std::optional<std::string> tz_from_users_info(bot::SlackResult const& r) {
    if (!r) return std::nullopt;
    auto const* user = r->if_contains("user");
    if (!user || !user->is_object()) return std::nullopt;
    auto const* tz = user->get_object().if_contains("tz");
    if (!tz || !tz->is_string() || !util::is_known_time_zone(tz->get_string())) return std::nullopt;
    return std::string(tz->get_string());
}

}  // namespace

std::string storage_failure(Deps const& deps, storage::StorageError const& e, std::string_view what) {
    deps.log.error("storage failed", {{"what", what}, {"kind", storage::to_string(e.kind)}});
    return "Something went wrong on my side and nothing was scheduled. Please try again in a moment.";
}

std::optional<std::string> fresh_tz(Deps const& deps, storage::Owner const& owner) {
    auto tz = deps.store.user_tz(owner);
    if (!tz || !*tz) return std::nullopt;
    if (now_seconds(deps) - (*tz)->fetched_at > tz_max_age) return std::nullopt;
    return (*tz)->tz;
}

ScheduleResult schedule_in(Plan const& p, std::string const& tz, bool tz_guessed, Deps const& deps) {
    auto const due = parse_when(p.when, now_seconds(deps), tz);
    if (!due) return std::unexpected(due.error().message);
    storage::NewReminder nr;
    nr.with_whom = p.with_whom;
    nr.due_at = *due;
    nr.tz = tz;
    nr.summary = summary_for(deps, p.with_whom, p.raised);
    nr.enterprise_id = p.enterprise_id;
    auto added = deps.store.add_reminder(p.owner, nr);
    if (!added) return std::unexpected(storage_failure(deps, added.error(), "add_reminder"));
    deps.log.info("reminder scheduled",
                  {{"reminder", std::to_string(added->id)}, {"team", p.owner.team_id}, {"user", p.owner.user_id}});
    if (deps.reminders_changed) deps.reminders_changed();
    return Scheduled{std::move(*added), tz_guessed};
}

boost::asio::awaitable<UserTz> lookup_tz(storage::Owner owner, Deps const& deps) {
    json::object query{{"user", owner.user_id}};  // named: GCC 12 cannot keep a braced temporary across co_await
    auto const r = co_await deps.slack.call("users.info", std::move(query));
    if (auto tz = tz_from_users_info(r)) {
        if (auto s = deps.store.set_user_tz(owner, *tz, now_seconds(deps)); !s) {
            deps.log.warn("could not cache the time zone", {{"kind", storage::to_string(s.error().kind)}});
        }
        co_return UserTz{*tz, false};
    }
    deps.log.warn("users.info gave no time zone", {{"error", r ? std::string("no tz") : r.error().message()}});
    if (auto cached = deps.store.user_tz(owner); cached && *cached) co_return UserTz{(*cached)->tz, false};
    co_return UserTz{"UTC", true};
}

boost::asio::awaitable<ScheduleResult> schedule_after_lookup(Plan p, Deps const& deps) {
    auto const tz = co_await lookup_tz(p.owner, deps);
    co_return schedule_in(p, tz.name, tz.guessed, deps);
}

json::object confirmation(ScheduleResult const& o) {
    if (!o)
        return bot::blocks::ephemeral("I couldn't schedule that: " + o.error(),
                                      json::array{bot::blocks::section(bot::blocks::escape(o.error()))});
    auto const& r = o->reminder;
    auto const when = format_local(r.due_at, r.tz);
    auto const who = person_mrkdwn(r.with_whom);
    json::array b;
    b.push_back(bot::blocks::section("I'll DM you *" + bot::blocks::escape(when) + "* to write up your 1:1 with " +
                                     who + ", so the exchange is on the record."));
    b.push_back(bot::blocks::section("*Drafted summary* (it comes with the reminder):\n" +
                                     summary_mrkdwn(r.summary, r.with_whom)));
    std::string note =
        "Verbal first, then a short written summary: level 1 of the escalation ladder. The reminder has Done, "
        "Snooze 1 hour and Tomorrow 9:00 buttons.";
    if (o->tz_guessed) note = "Slack did not tell me your time zone, so this time is in UTC. " + note;
    b.push_back(bot::blocks::context(std::move(note)));
    return bot::blocks::ephemeral("I'll DM you " + when + " to write up your 1:1 with " + who, std::move(b));
}

}  // namespace pushback::handlers::followups::detail
