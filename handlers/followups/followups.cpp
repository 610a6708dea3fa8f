#include "handlers/followups/followups.hpp"

#include <boost/json.hpp>

#include <charconv>
#include <optional>

#include "bot/blocks.hpp"
#include "bot/views.hpp"
#include "handlers/followups/time_phrases.hpp"
#include "util/json.hpp"
#include "util/text.hpp"
#include "util/time_zone.hpp"

namespace pushback::handlers::followups {
namespace json = boost::json;

namespace {

// A cached time zone older than this is looked up again (people travel; Slack's profile follows them).
constexpr auto tz_max_age = std::chrono::hours{24};
constexpr std::size_t max_when_chars = 100;
constexpr std::size_t max_raised_chars = 2000;

constexpr std::string_view usage_text =
    "Usage: `/pushback followup @person [when]`, for example `/pushback followup @alex tomorrow 9am`. "
    "`when` is optional (default: the end of your working day); it can be `in 2h`, `in 30 minutes`, `at 4pm`, "
    "`tomorrow`, `tomorrow 9am`, `friday`, `eod` or `next week`. I'll DM you then with a drafted summary, so "
    "your 1:1 ends up on the record.";

using util::trim;

storage::Seconds now_seconds(Deps const& deps) { return std::chrono::floor<std::chrono::seconds>(deps.clock.now()); }

bool is_user_id(std::string_view s) {
    if (s.size() < 3 || s.size() > 32 || (s.front() != 'U' && s.front() != 'W')) return false;
    bool digit = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            digit = true;
        } else if (c < 'A' || c > 'Z') {
            return false;
        }
    }
    return digit;
}

struct Person {
    std::string with_whom;  // a user id ("U0002") or a name
    std::string_view rest;  // the `when` phrase
};

// `<@U0002|alex> rest`, `<@U0002> rest`, `@alex rest`, `alex rest`, `"Dana from Product" rest`.
std::optional<Person> parse_person(std::string_view args) {
    args = trim(args);
    if (args.empty()) return std::nullopt;
    if (args.starts_with("<@")) {
        auto const close = args.find('>');
        if (close == std::string_view::npos) return std::nullopt;
        auto inner = args.substr(2, close - 2);
        inner = inner.substr(0, inner.find('|'));
        if (!is_user_id(inner)) return std::nullopt;
        return Person{std::string(inner), trim(args.substr(close + 1))};
    }
    if (args.front() == '<') return std::nullopt;  // a channel or group mention: not a person
    if (args.front() == '"') {
        auto const close = args.find('"', 1);
        if (close == std::string_view::npos) return std::nullopt;
        auto const name = trim(args.substr(1, close - 1));
        if (name.empty() || bot::blocks::char_count(name) > 80) return std::nullopt;
        return Person{std::string(name), trim(args.substr(close + 1))};
    }
    auto const sp = args.find_first_of(" \t\n");
    auto word = args.substr(0, sp);
    if (word.starts_with("@")) word.remove_prefix(1);
    if (word.empty() || bot::blocks::char_count(word) > 80) return std::nullopt;
    return Person{std::string(word), sp == std::string_view::npos ? std::string_view{} : trim(args.substr(sp))};
}


// Slack's mrkdwn for a summary that mentions the person: escaped, with the mention itself kept live.
std::string summary_mrkdwn(std::string_view summary, std::string_view with_whom) {
    auto text = bot::blocks::escape(summary);
    if (is_user_id(with_whom)) {
        std::string const mention = "<@" + std::string(with_whom) + ">";
        std::string const escaped = bot::blocks::escape(mention);
        for (auto pos = text.find(escaped); pos != std::string::npos; pos = text.find(escaped, pos + mention.size())) {
            text.replace(pos, escaped.size(), mention);
        }
    }
    return bot::blocks::truncate(text, bot::blocks::max_section_text - 100);
}

std::string summary_for(Deps const& deps, std::string const& with_whom, std::string const& raised) {
    templates::SummaryInput in;
    in.with_whom = is_user_id(with_whom) ? "<@" + with_whom + ">" : with_whom;
    in.raised = raised;
    return deps.templates.followup_summary(in);
}

struct Plan {
    storage::Owner owner;
    std::string with_whom;
    std::string when;
    std::string raised;
};

struct Scheduled {
    storage::Reminder reminder;
    bool tz_guessed = false;  // Slack did not tell us the user's zone: UTC was used
};

// The error is a message for the user.
using Outcome = std::expected<Scheduled, std::string>;

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

Outcome schedule_in(Plan const& p, std::string const& tz, bool tz_guessed, Deps const& deps) {
    auto const due = handlers::followups::parse_when(p.when, now_seconds(deps), tz);
    if (!due) return std::unexpected(due.error().message);
    storage::NewReminder nr;
    nr.with_whom = p.with_whom;
    nr.due_at = *due;
    nr.tz = tz;
    nr.summary = summary_for(deps, p.with_whom, p.raised);
    auto added = deps.store.add_reminder(p.owner, nr);
    if (!added) return std::unexpected(storage_failure(deps, added.error(), "add_reminder"));
    deps.log.info("reminder scheduled", {{"reminder", std::to_string(added->id)}, {"team", p.owner.team_id},
                                         {"user", p.owner.user_id}});
    if (deps.reminders_changed) deps.reminders_changed();
    return Scheduled{std::move(*added), tz_guessed};
}

std::optional<std::string> tz_from_users_info(bot::SlackResult const& r) {
    if (!r) return std::nullopt;
    auto const* user = r->if_contains("user");
    if (!user || !user->is_object()) return std::nullopt;
    auto const* tz = user->get_object().if_contains("tz");
    if (!tz || !tz->is_string() || !util::is_known_time_zone(tz->get_string())) return std::nullopt;
    return std::string(tz->get_string());
}

// Asks Slack for the user's time zone (users.info), caches it, and calls `done` with it (or with the stale
// cached one, or UTC flagged as a guess, when Slack cannot tell). Runs `done` on the Slack client's executor.
void lookup_tz(storage::Owner owner, Deps const& deps, std::function<void(std::string, bool)> done) {
    Deps const* d = &deps;
    deps.slack.call("users.info", json::object{{"user", owner.user_id}},
                    [d, owner, done = std::move(done)](bot::SlackResult r) {
                        if (auto tz = tz_from_users_info(r)) {
                            if (auto s = d->store.set_user_tz(owner, *tz, now_seconds(*d)); !s) {
                                d->log.warn("could not cache the time zone",
                                            {{"kind", storage::to_string(s.error().kind)}});
                            }
                            done(*tz, false);
                            return;
                        }
                        d->log.warn("users.info gave no time zone",
                                    {{"error", r ? std::string("no tz") : r.error().message()}});
                        auto cached = d->store.user_tz(owner);
                        if (cached && *cached) {
                            done((*cached)->tz, false);
                        } else {
                            done("UTC", true);
                        }
                    });
}

void schedule_after_lookup(Plan p, Deps const& deps, std::function<void(Outcome)> done) {
    Deps const* d = &deps;
    auto owner = p.owner;
    lookup_tz(std::move(owner), deps,
              [d, p = std::move(p), done = std::move(done)](std::string const& tz, bool guessed) {
                  done(schedule_in(p, tz, guessed, *d));
              });
}

json::object confirmation(Outcome const& o) {
    if (!o) return bot::blocks::ephemeral("I couldn't schedule that: " + o.error(), json::array{bot::blocks::section(bot::blocks::escape(o.error()))});
    auto const& r = o->reminder;
    auto const when = handlers::followups::format_local(r.due_at, r.tz);
    auto const who = person_mrkdwn(r.with_whom);
    json::array b;
    b.push_back(bot::blocks::section("I'll DM you *" + bot::blocks::escape(when) + "* to write up your 1:1 with " + who +
                                ", so the exchange is on the record."));
    b.push_back(bot::blocks::section("*Drafted summary* (it comes with the reminder):\n" +
                                summary_mrkdwn(r.summary, r.with_whom)));
    std::string note =
        "Verbal first, then a short written summary: level 1 of the escalation ladder. The reminder has Done, "
        "Snooze 1 hour and Tomorrow 9:00 buttons.";
    if (o->tz_guessed) note = "Slack did not tell me your time zone, so this time is in UTC. " + note;
    b.push_back(bot::blocks::context(std::move(note)));
    return bot::blocks::ephemeral("I'll DM you " + when + " to write up your 1:1 with " + who, std::move(b));
}

using util::object_at;
using util::string_at;

std::string first_action_value(bot::Interaction const& i) {
    auto const* actions = i.payload.if_contains("actions");
    if (!actions || !actions->is_array() || actions->get_array().empty()) return {};
    auto const& a = actions->get_array().front();
    return a.is_object() ? string_at(&a.get_object(), "value") : std::string{};
}

storage::Owner owner_of(bot::Interaction const& i) { return {i.team_id, i.user_id}; }

// How the modal's submission reaches the user afterwards: the response_url of the message whose button
// opened it (an ephemeral reply in that channel), else chat.postEphemeral in that channel.
struct ConfirmTarget {
    std::string response_url;
    std::string channel;
};

void send_confirmation(Deps const& deps, ConfirmTarget const& t, std::string const& user, json::object msg) {
    Deps const* d = &deps;
    if (!t.response_url.empty()) {
        msg["replace_original"] = false;
        deps.slack.respond(t.response_url, std::move(msg), [d](bot::SlackResult r) {
            if (!r) d->log.warn("follow-up confirmation not delivered", {{"error", r.error().message()}});
        });
    } else if (!t.channel.empty()) {
        msg.erase("response_type");
        msg["channel"] = t.channel;
        msg["user"] = user;
        deps.slack.call("chat.postEphemeral", std::move(msg), [d](bot::SlackResult r) {
            if (!r) d->log.warn("follow-up confirmation not delivered", {{"error", r.error().message()}});
        });
    }
    // Neither: the reminder DM itself is the confirmation.
}

json::object followup_modal(std::string const& draft, std::string const& private_metadata) {
    json::object person_select{{"type", "users_select"},
                               {"action_id", "person"},
                               {"placeholder", bot::blocks::plain("Choose a person")}};
    json::object when_input{{"type", "plain_text_input"},
                            {"action_id", "when"},
                            {"placeholder", bot::blocks::plain("tomorrow 9am")},
                            {"max_length", max_when_chars}};
    json::object raised_input{{"type", "plain_text_input"},
                              {"action_id", "raised"},
                              {"multiline", true},
                              {"max_length", 3000}};
    if (!draft.empty()) raised_input["initial_value"] = bot::blocks::truncate(draft, 2900);
    json::array b;
    b.push_back(bot::blocks::section(
        "Verbal first, then a short written summary so the exchange is on the record. I'll DM you a drafted "
        "summary when it's time to write it."));
    b.push_back(json::object{{"type", "input"},
                             {"block_id", "person"},
                             {"label", bot::blocks::plain("Who was the 1:1 with?")},
                             {"element", std::move(person_select)}});
    b.push_back(json::object{
        {"type", "input"},
        {"block_id", "when"},
        {"optional", true},
        {"label", bot::blocks::plain("When should I remind you?")},
        {"element", std::move(when_input)},
        {"hint", bot::blocks::plain("Empty: the end of your working day. Also: in 2h, at 4pm, friday, eod, next week.")}});
    b.push_back(json::object{{"type", "input"},
                             {"block_id", "raised"},
                             {"optional", true},
                             {"label", bot::blocks::plain("What was raised")},
                             {"element", std::move(raised_input)}});
    return bot::views::modal(followup_modal_callback, "Follow up in writing", std::move(b), "Schedule", "Cancel",
                             private_metadata);
}

// view.state.values.BLOCK.ACTION as a string (`selected_user` for the users_select, `value` otherwise).
std::string state_value(json::object const& payload, std::string_view block, std::string_view field) {
    auto const* view = object_at(payload, "view");
    auto const* state = view ? object_at(*view, "state") : nullptr;
    auto const* values = state ? object_at(*state, "values") : nullptr;
    auto const* b = values ? object_at(*values, block) : nullptr;
    auto const* a = b ? object_at(*b, block) : nullptr;
    return string_at(a, field);
}

json::object replaced(std::string text, std::string_view mrkdwn_text) {
    return {{"replace_original", true},
            {"text", std::move(text)},
            {"blocks", json::array{bot::blocks::section(mrkdwn_text)}}};
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
        msg = bot::blocks::ephemeral_response("Something went wrong on my side and the reminder was not changed. Please try again.");
    }
    if (!i.response_url.empty()) reply.then_respond(i.response_url, std::move(msg));
    return reply;
}

bot::Reply snooze_to(bot::Interaction const& i, Deps const& deps, std::string_view what,
                     std::function<std::expected<storage::Seconds, std::string>(storage::Reminder const&)> when) {
    return on_reminder(i, deps, what,
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
                           auto const at = handlers::followups::format_local(s->due_at, s->tz);
                           auto const who = person_mrkdwn(s->with_whom);
                           return replaced("Snoozed until " + at,
                                           "Snoozed: I'll remind you again *" + bot::blocks::escape(at) +
                                               "* to write up your 1:1 with " + who + ".");
                       });
}

}  // namespace

std::string person_mrkdwn(std::string_view with_whom) {
    if (is_user_id(with_whom)) return "<@" + std::string(with_whom) + ">";
    return bot::blocks::escape(with_whom);
}

bot::Reply followup_command(bot::SlashCommand const& c, std::string_view args, Deps const& deps) {
    auto person = parse_person(args);
    if (!person) return bot::Reply::json(bot::blocks::ephemeral(std::string(usage_text), json::array{bot::blocks::section(std::string(usage_text))}));
    if (bot::blocks::char_count(person->rest) > max_when_chars) {
        return bot::Reply::json(bot::blocks::ephemeral("That time phrase is too long. " + std::string(usage_text)));
    }
    Plan plan{{c.team_id, c.user_id}, std::move(person->with_whom), std::string(person->rest), {}};

    if (auto tz = fresh_tz(deps, plan.owner)) return bot::Reply::json(confirmation(schedule_in(plan, *tz, false, deps)));

    // No fresh time zone: a phrase that cannot be read in any zone is refused now, without asking Slack.
    if (auto check = handlers::followups::parse_when(plan.when, now_seconds(deps), "UTC");
        !check && check.error().kind == handlers::followups::WhenErrorKind::unparseable) {
        return bot::Reply::json(confirmation(std::unexpected(check.error().message)));
    }
    auto reply = bot::Reply::json(bot::blocks::ephemeral("Scheduling your reminder…"));
    if (c.response_url.empty()) return reply;
    Deps const* d = &deps;
    reply.then([d, plan = std::move(plan), url = c.response_url]() mutable {
        schedule_after_lookup(std::move(plan), *d, [d, url](Outcome o) {
            d->slack.respond(url, confirmation(o), [d](bot::SlackResult r) {
                if (!r) d->log.warn("follow-up confirmation not delivered", {{"error", r.error().message()}});
            });
        });
    });
    return reply;
}

bot::Reply followup_button(bot::Interaction const& i, Deps const& deps) {
    auto reply = bot::Reply::ack();
    if (i.trigger_id.empty()) {
        deps.log.warn("remind_followup without trigger_id");
        return reply;
    }
    auto const draft = bot::blocks::truncate(first_action_value(i), bot::blocks::max_button_value);
    std::string channel = string_at(object_at(i.payload, "channel"), "id");
    if (channel.empty()) channel = string_at(object_at(i.payload, "container"), "channel_id");
    json::object meta{{"c", channel}};
    if (i.response_url.size() < 2000) meta["r"] = i.response_url;
    reply.then_call("views.open", json::object{{"trigger_id", i.trigger_id},
                                               {"view", followup_modal(draft, json::serialize(meta))}});
    // Fetch the time zone while the user fills in the modal, so the submission can schedule inline.
    auto const owner = owner_of(i);
    if (!fresh_tz(deps, owner)) {
        Deps const* d = &deps;
        reply.then([d, owner] { lookup_tz(owner, *d, [](std::string const&, bool) {}); });
    }
    return reply;
}

bot::Reply followup_submission(bot::Interaction const& i, Deps const& deps) {
    auto const person = state_value(i.payload, "person", "selected_user");
    auto const when = std::string(trim(state_value(i.payload, "when", "value")));
    auto raised = std::string(trim(state_value(i.payload, "raised", "value")));
    if (bot::blocks::char_count(raised) > max_raised_chars) raised = bot::blocks::truncate(raised, max_raised_chars * 2);

    json::object errors;
    if (!is_user_id(person)) errors["person"] = "Choose who the 1:1 was with.";
    auto const owner = owner_of(i);
    auto const tz = fresh_tz(deps, owner);
    if (bot::blocks::char_count(when) > max_when_chars) {
        errors["when"] = "That is too long; try `tomorrow 9am` or `in 2h`.";
    } else if (auto check = handlers::followups::parse_when(when, now_seconds(deps), tz.value_or("UTC")); !check) {
        if (tz || check.error().kind == handlers::followups::WhenErrorKind::unparseable) {
            errors["when"] = bot::blocks::truncate(check.error().message, 1900);
        }
    }
    if (!errors.empty()) return bot::Reply::json(json::object{{"response_action", "errors"}, {"errors", std::move(errors)}});

    ConfirmTarget target;
    auto const* view = object_at(i.payload, "view");
    boost::system::error_code ec;
    if (auto meta = json::parse(string_at(view, "private_metadata"), ec); !ec && meta.is_object()) {
        target.channel = string_at(&meta.get_object(), "c");
        target.response_url = string_at(&meta.get_object(), "r");
    }
    Plan plan{owner, person, when, std::move(raised)};
    auto reply = bot::Reply::ack();  // closes the modal
    if (tz) {
        auto o = schedule_in(plan, *tz, false, deps);
        if (!o) {
            return bot::Reply::json(
                json::object{{"response_action", "errors"}, {"errors", json::object{{"when", o.error()}}}});
        }
        Deps const* d = &deps;
        reply.then([d, target, user = owner.user_id, msg = confirmation(o)] { send_confirmation(*d, target, user, msg); });
        return reply;
    }
    Deps const* d = &deps;
    reply.then([d, plan = std::move(plan), target]() mutable {
        auto user = plan.owner.user_id;
        schedule_after_lookup(std::move(plan), *d, [d, target, user](Outcome o) {
            send_confirmation(*d, target, user, confirmation(o));
        });
    });
    return reply;
}

bot::Reply reminder_done(bot::Interaction const& i, Deps const& deps) {
    return on_reminder(i, deps, "done",
                       [&](storage::Owner const& owner, storage::Id id) -> std::expected<json::object, storage::StorageError> {
                           auto r = deps.store.complete(owner, id);
                           if (!r) return std::unexpected(r.error());
                           if (deps.reminders_changed) deps.reminders_changed();
                           return replaced("Done: summary on the record",
                                           "*Done: summary on the record.* Your 1:1 with " +
                                               person_mrkdwn(r->with_whom) + " is written up.");
                       });
}

bot::Reply reminder_snooze(bot::Interaction const& i, Deps const& deps) {
    return snooze_to(i, deps, "snooze", [&](storage::Reminder const&) -> std::expected<storage::Seconds, std::string> {
        return now_seconds(deps) + std::chrono::hours{1};
    });
}

bot::Reply reminder_tomorrow(bot::Interaction const& i, Deps const& deps) {
    return snooze_to(i, deps, "tomorrow", [&](storage::Reminder const& r) -> std::expected<storage::Seconds, std::string> {
        auto due = handlers::followups::parse_when("tomorrow 9am", now_seconds(deps), r.tz);
        if (!due) return std::unexpected(due.error().message);
        return *due;
    });
}

json::object reminder_message(storage::Reminder const& r, std::string_view summary_fallback) {
    auto const who = person_mrkdwn(r.with_whom);
    std::string_view const summary = r.summary.empty() ? summary_fallback : std::string_view(r.summary);
    auto const id = std::to_string(r.id);
    json::array b;
    b.push_back(bot::blocks::section("*Time to write up your 1:1 with " + who +
                                "* so it's on the record: verbal first, then a short written summary. Here is a "
                                "draft to start from:"));
    if (!summary.empty()) b.push_back(bot::blocks::section(summary_mrkdwn(summary, r.with_whom)));
    b.push_back(bot::blocks::context("Scheduled for " + bot::blocks::escape(handlers::followups::format_local(r.due_at, r.tz)) + "."));
    b.push_back(bot::blocks::actions(
        "reminder_actions",
        json::array{bot::blocks::button("Done", action_reminder_done, id, "primary"),
                    bot::blocks::button("Snooze 1 hour", action_reminder_snooze, id),
                    bot::blocks::button("Tomorrow 9:00", action_reminder_tomorrow, id)}));
    return {{"text", "Time to write up your 1:1 with " + who + " so it's on the record"}, {"blocks", std::move(b)}};
}

}  // namespace pushback::handlers::followups
