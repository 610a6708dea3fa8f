// The revisit loop: a concern on record comes back to its author on the revisit date (the reminder
// scheduler sends the DM built here), and the author says what became of it. "It came true" opens a drafted
// SBI message to the decision maker, to raise 1:1 first (the escalation ladder's level 1); "It went fine"
// notes that the decision held. Both are kept: the track record is the signal the seeds name for pushback
// that is consistently right and consistently ignored.
#include <date/tz.h>

#include <boost/json.hpp>
#include <charconv>

#include "bot/blocks.hpp"
#include "bot/views.hpp"
#include "handlers/decisions/decisions.hpp"
#include "handlers/followups/time_phrases.hpp"
#include "util/time_zone.hpp"

namespace pushback::handlers::decisions {
namespace json = boost::json;
using storage::Commitment;
using storage::Owner;

namespace {

storage::Seconds now_of(Deps const& deps) { return std::chrono::floor<std::chrono::seconds>(deps.clock.now()); }

std::string user_tz(Owner const& owner, Deps const& deps) {
    auto tz = deps.store.user_tz(owner);
    if (tz && *tz && util::is_known_time_zone((*tz)->tz)) return (*tz)->tz;
    return "UTC";
}

std::string quoted(std::string_view text) {
    std::string out = "> ";
    for (char ch : bot::blocks::escape(bot::blocks::truncate(text, 1200))) {
        out += ch;
        if (ch == '\n') out += "> ";
    }
    return out;
}

std::string who_decided(Commitment const& c) {
    return c.decision_maker.empty() ? "the decision maker" : bot::blocks::escape(c.decision_maker);
}

// The drafted message for a concern that came true: Situation (the decision and the concern on record,
// with its date), Behavior and Impact left for the author to fill with what was observed.
std::string sbi_draft(Commitment const& c) {
    auto const greeting = c.decision_maker.empty() ? std::string("Hi") : "Hi " + c.decision_maker;
    return greeting + ", on " + date_of(c.created_at) + " we decided: " + c.decision + ". I committed to it, and " +
           "I put one concern on record that day: \"" + c.concerns + "\". (Situation) Since then, [what happened, " +
           "the observable facts: dates, numbers, incidents] (Behavior). The impact: [the concrete consequence for " +
           "the team, the product or users] (Impact). I'm not after \"I told you so\"; I'd like us to look at the " +
           "decision again with what we know now. Could we take 20 minutes this week?";
}

json::object raise_it_modal(Commitment const& c) {
    json::array b;
    b.push_back(bot::blocks::section(
        ":one: *Raise it 1:1 first.* Talk to " + who_decided(c) +
        " directly, verbal first, then send a short written summary so the exchange is on the record. Not in a "
        "channel and not over their head: learning it from someone else feels like an ambush, even when you are "
        "right. Only if the 1:1 goes nowhere, move up the ladder (`/pushback ladder`)."));
    b.push_back(
        bot::blocks::section("*A draft in SBI form* (fill the brackets with what you saw):\n" + quoted(sbi_draft(c))));
    b.push_back(bot::blocks::context("Your concern on #" + std::to_string(c.id) +
                                     " is now recorded as having come "
                                     "true; `/pushback log` shows your track record."));
    return bot::views::modal("revisit_raise", "Raise it 1:1 first", std::move(b), std::nullopt, "Close");
}

json::object replaced(std::string const& text) {
    return {{"replace_original", true}, {"text", text}, {"blocks", json::array{bot::blocks::section(text)}}};
}

std::optional<storage::Id> reminder_id_of(bot::Interaction const& i) {
    auto const* actions = i.payload.if_contains("actions");
    if (!actions || !actions->is_array() || actions->get_array().empty()) return std::nullopt;
    auto const& a = actions->get_array().front();
    auto const* v = a.is_object() ? a.get_object().if_contains("value") : nullptr;
    if (!v || !v->is_string()) return std::nullopt;
    return parse_entry_id(v->get_string());
}

// The three buttons share this: find the owner's revisit reminder and its entry, apply `act`, which returns
// the text replacing the DM; the reply may carry more after-ack work (the card's sync, a modal).
template <typename Act>
bot::Reply on_revisit(bot::Interaction const& i, Deps const& deps, Act act) {
    bot::Reply reply = bot::Reply::ack();
    Owner const owner{i.team_id, i.user_id};
    std::string text;
    auto const id = reminder_id_of(i);
    auto reminder = id ? deps.store.get_reminder(owner, *id)
                       : storage::Result<storage::Reminder>{
                             std::unexpected(storage::StorageError{storage::StorageErrorKind::not_found, "bad id"})};
    if (!reminder || reminder->kind != storage::ReminderKind::revisit || !reminder->commitment_id) {
        if (reminder || reminder.error().kind == storage::StorageErrorKind::not_found) {
            text =
                "I couldn't find that revisit among yours (it may belong to someone else, or be gone), so I left "
                "it alone.";
            if (!i.response_url.empty()) reply.then_respond(i.response_url, bot::blocks::ephemeral_response(text));
            return reply;
        }
    }
    if (reminder) {
        auto entry = deps.store.get_commitment(owner, *reminder->commitment_id);
        if (entry) {
            auto done = act(*reminder, *entry, reply);
            if (done)
                text = *done;
            else
                text = "Something went wrong on my side and nothing was recorded. Please try again.";
        }
    }
    if (text.empty()) text = "Something went wrong on my side and nothing was recorded. Please try again.";
    if (!i.response_url.empty()) reply.then_respond(i.response_url, replaced(text));
    return reply;
}

}  // namespace

std::string default_revisit_date(Deps const& deps) { return date_of(now_of(deps) + default_revisit_after); }

storage::Result<storage::Reminder> schedule_revisit_at(Owner const& owner, storage::Id id, storage::Seconds when,
                                                       std::string const& tz, std::string_view enterprise_id,
                                                       Deps const& deps) {
    auto r = deps.store.schedule_revisit(owner, id, when, tz, enterprise_id);
    if (r && deps.reminders_changed) deps.reminders_changed();
    return r;
}

storage::Result<storage::Reminder> schedule_revisit_on(Owner const& owner, storage::Id id, std::string_view day,
                                                       std::string_view enterprise_id, Deps const& deps) {
    int y = 0;
    unsigned m = 0;
    unsigned d = 0;
    auto const bad = storage::StorageError{storage::StorageErrorKind::invalid_argument, "revisit date"};
    if (day.size() != 10 || day[4] != '-' || day[7] != '-') return std::unexpected(bad);
    auto const num = [&](std::size_t at, std::size_t len, auto& out) {
        auto const [end, ec] = std::from_chars(day.data() + at, day.data() + at + len, out);
        return ec == std::errc{} && end == day.data() + at + len;
    };
    if (!num(0, 4, y) || !num(5, 2, m) || !num(8, 2, d)) return std::unexpected(bad);
    std::chrono::year_month_day const ymd{std::chrono::year{y}, std::chrono::month{m}, std::chrono::day{d}};
    if (!ymd.ok()) return std::unexpected(bad);
    auto const tz = user_tz(owner, deps);
    auto const* zone = util::find_time_zone(tz);
    auto const local = date::local_days{date::year{y} / date::month{m} / date::day{d}} + std::chrono::hours{9};
    auto const when =
        std::chrono::floor<std::chrono::seconds>(date::zoned_time{zone, local, date::choose::earliest}.get_sys_time());
    auto const now = now_of(deps);
    if (when <= now || when > now + std::chrono::days{366}) return std::unexpected(bad);
    return schedule_revisit_at(owner, id, storage::Seconds{when.time_since_epoch()}, tz, enterprise_id, deps);
}

json::object revisit_message(storage::Reminder const& r, Commitment const* entry) {
    auto const id = std::to_string(r.id);
    json::array b;
    if (!entry) {
        b.push_back(bot::blocks::section("*Time to revisit a decision*, but its entry is gone from your log."));
        return {{"text", "Time to revisit a decision"}, {"blocks", std::move(b)}};
    }
    auto const number = "#" + std::to_string(entry->id);
    b.push_back(bot::blocks::section("*Time to revisit decision " + number + "*, logged " + date_of(entry->created_at) +
                                     ". Decision maker: " + who_decided(*entry) + ".\n*Decision:* " +
                                     bot::blocks::escape(bot::blocks::truncate(entry->decision, 600))));
    b.push_back(
        bot::blocks::section("*Your concern, as recorded on " + date_of(entry->created_at) + ":*\n" +
                             quoted(entry->concerns.empty() ? std::string("(none written down)") : entry->concerns)));
    b.push_back(bot::blocks::context("Did it come true? Your answer goes on your track record."));
    b.push_back(bot::blocks::actions("revisit_actions",
                                     json::array{bot::blocks::button("It came true", action_came_true, id, "danger"),
                                                 bot::blocks::button("It went fine", action_went_fine, id, "primary"),
                                                 bot::blocks::button("Snooze a week", action_snooze_week, id)}));
    return {{"text", "Time to revisit decision " + number + ": did your concern come true?"}, {"blocks", std::move(b)}};
}

bot::Reply revisit_came_true(bot::Interaction const& i, Deps const& deps) {
    return on_revisit(
        i, deps, [&](storage::Reminder const&, Commitment const& c, bot::Reply& reply) -> std::optional<std::string> {
            auto saved = deps.store.record_outcome(c.owner, c.id, storage::Outcome::came_true, now_of(deps));
            if (!saved) return std::nullopt;
            if (deps.reminders_changed) deps.reminders_changed();
            sync_card(reply, *saved);
            if (!i.trigger_id.empty())
                reply.then_call("views.open",
                                json::object{{"trigger_id", i.trigger_id}, {"view", raise_it_modal(*saved)}});
            return ":warning: Recorded: your concern on #" + std::to_string(c.id) +
                   " came true. A drafted message to " + who_decided(c) + " is open; raise it 1:1 first.";
        });
}

bot::Reply revisit_went_fine(bot::Interaction const& i, Deps const& deps) {
    return on_revisit(
        i, deps, [&](storage::Reminder const&, Commitment const& c, bot::Reply& reply) -> std::optional<std::string> {
            auto saved = deps.store.record_outcome(c.owner, c.id, storage::Outcome::held, now_of(deps));
            if (!saved) return std::nullopt;
            if (deps.reminders_changed) deps.reminders_changed();
            sync_card(reply, *saved);
            return ":white_check_mark: Noted: decision #" + std::to_string(c.id) +
                   " held and your concern did not come true. That is on the record too.";
        });
}

bot::Reply revisit_snooze_week(bot::Interaction const& i, Deps const& deps) {
    return on_revisit(
        i, deps, [&](storage::Reminder const& r, Commitment const& c, bot::Reply&) -> std::optional<std::string> {
            auto moved =
                schedule_revisit_at(c.owner, c.id, now_of(deps) + std::chrono::days{7}, r.tz, i.enterprise_id, deps);
            if (!moved) return std::nullopt;
            return "Snoozed: I'll ask about decision #" + std::to_string(c.id) + " again on " +
                   bot::blocks::escape(followups::format_local(moved->due_at, moved->tz)) + ".";
        });
}

std::string track_record_line(Owner const& owner, Deps const& deps) {
    auto const now = now_of(deps);
    std::chrono::year_month_day const today{std::chrono::floor<std::chrono::days>(now)};
    auto const year_start = storage::Seconds{std::chrono::sys_days{today.year() / 1 / 1}.time_since_epoch()};
    auto record = deps.store.track_record(owner, year_start);
    if (!record || record->revisited() == 0) return {};
    return "Concerns that came true: " + std::to_string(record->came_true) + " of " +
           std::to_string(record->revisited()) + " this year";
}

}  // namespace pushback::handlers::decisions
