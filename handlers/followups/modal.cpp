// The "Remind me to follow up in writing" button and its modal: the button opens the modal (and looks the
// user's time zone up while they fill it in); the submission validates inline, schedules, closes the modal
// and confirms where the button was pressed.
#include <boost/asio/awaitable.hpp>
#include <boost/json.hpp>

#include "bot/blocks.hpp"
#include "bot/views.hpp"
#include "handlers/followups/followups.hpp"
#include "handlers/followups/payload.hpp"
#include "handlers/followups/scheduling.hpp"
#include "handlers/followups/time_phrases.hpp"

namespace pushback::handlers::followups {
namespace json = boost::json;
using namespace detail;

namespace {

// How the modal's submission reaches the user afterwards: the response_url of the message whose button
// opened it (an ephemeral reply in that channel), else chat.postEphemeral in that channel.
struct ConfirmTarget {
    std::string response_url;
    std::string channel;
};

boost::asio::awaitable<void> send_confirmation(ConfirmTarget t, std::string user, json::object msg, Deps const& deps) {
    bot::SlackResult sent;
    if (!t.response_url.empty()) {
        msg["replace_original"] = false;
        sent = co_await deps.slack.respond(std::move(t.response_url), std::move(msg));
    } else if (!t.channel.empty()) {
        msg.erase("response_type");
        msg["channel"] = t.channel;
        msg["user"] = user;
        sent = co_await deps.slack.call("chat.postEphemeral", std::move(msg));
    } else {
        co_return;  // neither: the reminder DM itself is the confirmation
    }
    if (!sent) deps.log.warn("follow-up confirmation not delivered", {{"error", sent.error().message()}});
}

// After the ack, when the time zone was not cached: look it up, schedule, confirm.
boost::asio::awaitable<void> schedule_and_confirm(Plan plan, ConfirmTarget target, Deps const& deps) {
    auto user = plan.owner.user_id;
    auto const scheduled = co_await schedule_after_lookup(std::move(plan), deps);
    co_await send_confirmation(std::move(target), std::move(user), confirmation(scheduled), deps);
}

// After the button's ack: cache the time zone so that the submission can schedule inline.
boost::asio::awaitable<void> prefetch_tz(storage::Owner owner, Deps const& deps) {
    co_await lookup_tz(std::move(owner), deps);
}

json::object followup_modal(std::string const& draft, std::string const& private_metadata) {
    json::object person_select{
        {"type", "users_select"}, {"action_id", "person"}, {"placeholder", bot::blocks::plain("Choose a person")}};
    json::object when_input{{"type", "plain_text_input"},
                            {"action_id", "when"},
                            {"placeholder", bot::blocks::plain("tomorrow 9am")},
                            {"max_length", max_when_chars}};
    json::object raised_input{
        {"type", "plain_text_input"}, {"action_id", "raised"}, {"multiline", true}, {"max_length", 3000}};
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
        {"hint",
         bot::blocks::plain("Empty: the end of your working day. Also: in 2h, at 4pm, friday, eod, next week.")}});
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

}  // namespace

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
    reply.then_call("views.open",
                    json::object{{"trigger_id", i.trigger_id}, {"view", followup_modal(draft, json::serialize(meta))}});
    // Fetch the time zone while the user fills in the modal, so the submission can schedule inline.
    auto const owner = owner_of(i);
    if (!fresh_tz(deps, owner)) reply.then_run([&deps, owner] { return prefetch_tz(owner, deps); });
    return reply;
}

bot::Reply followup_submission(bot::Interaction const& i, Deps const& deps) {
    auto const person = state_value(i.payload, "person", "selected_user");
    auto const when = std::string(trim(state_value(i.payload, "when", "value")));
    auto raised = std::string(trim(state_value(i.payload, "raised", "value")));
    if (bot::blocks::char_count(raised) > max_raised_chars)
        raised = bot::blocks::truncate(raised, max_raised_chars * 2);

    json::object errors;
    if (!is_user_id(person)) errors["person"] = "Choose who the 1:1 was with.";
    auto const owner = owner_of(i);
    auto const tz = fresh_tz(deps, owner);
    if (bot::blocks::char_count(when) > max_when_chars) {
        errors["when"] = "That is too long; try `tomorrow 9am` or `in 2h`.";
    } else if (auto check = parse_when(when, now_seconds(deps), tz.value_or("UTC")); !check) {
        if (tz || check.error().kind == WhenErrorKind::unparseable) {
            errors["when"] = bot::blocks::truncate(check.error().message, 1900);
        }
    }
    if (!errors.empty())
        return bot::Reply::json(json::object{{"response_action", "errors"}, {"errors", std::move(errors)}});

    ConfirmTarget target;
    auto const* view = object_at(i.payload, "view");
    boost::system::error_code ec;
    if (auto meta = json::parse(string_at(view, "private_metadata"), ec); !ec && meta.is_object()) {
        target.channel = string_at(&meta.get_object(), "c");
        target.response_url = string_at(&meta.get_object(), "r");
    }
    Plan plan{owner, person, when, std::move(raised), i.enterprise_id};
    auto reply = bot::Reply::ack();  // closes the modal
    if (tz) {
        auto o = schedule_in(plan, *tz, false, deps);
        if (!o) {
            return bot::Reply::json(
                json::object{{"response_action", "errors"}, {"errors", json::object{{"when", o.error()}}}});
        }
        reply.then_run([&deps, target, user = owner.user_id, msg = confirmation(o)] {
            return send_confirmation(target, user, msg, deps);
        });
        return reply;
    }
    reply.then_run([&deps, plan = std::move(plan), target] { return schedule_and_confirm(plan, target, deps); });
    return reply;
}

}  // namespace pushback::handlers::followups
