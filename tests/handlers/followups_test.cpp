// 1:1 follow-up reminders (handlers/followups/followups.cpp): `/pushback followup`, the "Remind me to follow
// up in writing" button and its modal, and the buttons on the reminder DM. What the user is told, what is
// stored, and which Slack calls go out after the ack.
#include "handlers/followups/followups.hpp"

#include <catch2/catch.hpp>

#include "bot/blocks.hpp"
#include "handlers/pushback.hpp"
#include "handlers/support.hpp"

using namespace pushback;
using namespace pushback::test;
namespace json = boost::json;
namespace fu = pushback::handlers::followups;
using namespace std::chrono_literals;

namespace {

// 2026-01-06T09:00:00Z, a Tuesday (HandlerWorld's clock).
storage::Seconds const t0{1'767'690'000s};

struct World : HandlerWorld {
    int changes = 0;  // how often the scheduler was woken
    World() {
        deps.reminders_changed = [this] { ++changes; };
    }
    void cache_tz(std::string tz, std::string user = "U0001") { REQUIRE(store->set_user_tz(owner(user), tz, t0)); }
    std::vector<storage::Reminder> reminders(std::string user = "U0001") { return *store->list_pending(owner(user)); }
};

json::object body_of(bot::Reply const& r) { return json::parse(r.body).as_object(); }
std::string text_of(json::object const& msg) { return bot::blocks::render_text(msg); }

json::object users_info(std::string tz) { return {{"user", json::object{{"id", "U0001"}, {"tz", std::move(tz)}}}}; }

// A followup_modal view_submission, shaped like tests/fixtures/view_submission.json.
json::object modal_submission(std::string person, std::string when, std::string raised, std::string metadata) {
    auto p = fixture_json("view_submission.json");
    auto& view = p["view"].as_object();
    view["callback_id"] = fu::followup_modal_callback;
    view["private_metadata"] = std::move(metadata);
    json::object values;
    values["person"] = json::object{{"person", json::object{{"type", "users_select"}, {"selected_user", person}}}};
    values["when"] = json::object{{"when", json::object{{"type", "plain_text_input"}, {"value", when}}}};
    values["raised"] = json::object{{"raised", json::object{{"type", "plain_text_input"}, {"value", raised}}}};
    view["state"] = json::object{{"values", std::move(values)}};
    return p;
}

constexpr char const* response_url = "https://hooks.slack.com/actions/T0001/7153241600004/mN2bV3cX4zL5kJ6hG7fD8sA9";

}  // namespace

TEST_CASE("/pushback followup without a person answers with usage and schedules nothing", "[handlers][followups]") {
    World w;
    for (auto const* args : {"", "   ", "<#C0001|product-eng> tomorrow", "\"Dana from Product tomorrow", "<@nobody>"}) {
        CAPTURE(args);
        auto reply = handlers::pushback(HandlerWorld::slash(std::string("followup ") + args), w.deps);
        CHECK_THAT(text_of(body_of(reply)), Catch::Contains("Usage: `/pushback followup @person [when]`"));
        CHECK(reply.after_ack.empty());
    }
    CHECK(w.reminders().empty());
    CHECK(w.changes == 0);
}

TEST_CASE("with the user's time zone known, /pushback followup confirms at once in their local time",
          "[handlers][followups]") {
    World w;
    w.cache_tz("Europe/Paris");
    auto reply = fu::followup_command(HandlerWorld::slash("followup <@U0002|alex> tomorrow 9am"),
                                      "<@U0002|alex> tomorrow 9am", w.deps);
    auto const msg = body_of(reply);
    CHECK(msg.at("response_type") == "ephemeral");
    CHECK(block_kit_problems(msg).empty());
    auto const text = text_of(msg);
    CHECK_THAT(text,
               Catch::Contains("I'll DM you *Wed 7 Jan, 09:00 (Europe/Paris)* to write up your 1:1 with <@U0002>"));
    CHECK_THAT(text, Catch::Contains("*Drafted summary*"));
    CHECK_THAT(text, !Catch::Contains("UTC"));
    CHECK(reply.after_ack.empty());

    auto const stored = w.reminders();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].with_whom == "U0002");
    CHECK(stored[0].due_at == t0 + 23h);  // 09:00 Paris = 08:00 UTC the next day
    CHECK(stored[0].tz == "Europe/Paris");
    CHECK_THAT(stored[0].summary, Catch::Contains("<@U0002>"));
    CHECK(w.changes == 1);
    CHECK(w.slack.calls().empty());
}

TEST_CASE("Slack's own /pushback followup payload schedules through /pushback", "[handlers][followups]") {
    World w;
    w.cache_tz("Europe/Paris");
    auto const command = Parsed::command(fixture_text("slash_command_followup.form"));
    auto reply = handlers::pushback(command, w.deps);
    CHECK_THAT(text_of(body_of(reply)),
               Catch::Contains("I'll DM you *Wed 7 Jan, 09:00 (Europe/Paris)* to write up your 1:1 with <@U0002>"));
    auto const stored = w.reminders();
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].owner.user_id == "U0001");
    CHECK(stored[0].with_whom == "U0002");
}

TEST_CASE("plain and quoted names work as well as mentions, and no time means the end of the working day",
          "[handlers][followups]") {
    World w;
    w.cache_tz("UTC");
    auto const text =
        text_of(body_of(fu::followup_command(HandlerWorld::slash(""), "\"Dana <from> Product\"", w.deps)));
    CHECK_THAT(text, Catch::Contains("*Tue 6 Jan, 17:00 (UTC)*") && Catch::Contains("1:1 with Dana <from> Product"));
    REQUIRE(fu::followup_command(HandlerWorld::slash(""), "@alex in 2h", w.deps).status == 200);
    auto const stored = w.reminders();
    REQUIRE(stored.size() == 2);
    CHECK(stored[0].with_whom == "alex");
    CHECK(stored[0].due_at == t0 + 2h);
    CHECK(stored[1].with_whom == "Dana <from> Product");
}

TEST_CASE("without a known time zone, users.info is asked after the ack and the confirmation follows",
          "[handlers][followups]") {
    World w;
    auto const command = HandlerWorld::slash("followup <@U0002> tomorrow 9am");
    SECTION("Slack tells the zone: it is used and cached") {
        w.slack.answer_ok("users.info", users_info("America/New_York"));
        auto reply = fu::followup_command(command, "<@U0002> tomorrow 9am", w.deps);
        CHECK_THAT(text_of(body_of(reply)), Catch::Contains("Scheduling your reminder…"));
        CHECK(w.slack.calls().empty());
        CHECK(w.reminders().empty());
        after_ack(reply, w.slack);
        auto const asked = w.slack.calls("users.info");
        REQUIRE(asked.size() == 1);
        CHECK(asked[0].body.at("user") == "U0001");
        auto const stored = w.reminders();
        REQUIRE(stored.size() == 1);
        CHECK(stored[0].tz == "America/New_York");
        CHECK(stored[0].due_at == t0 + 29h);  // 09:00 EST = 14:00 UTC the next day
        auto const confirmations = w.slack.calls("response_url");
        REQUIRE(confirmations.size() == 1);
        CHECK(confirmations[0].target == command.response_url);
        CHECK_THAT(text_of(confirmations[0].body), Catch::Contains("*Wed 7 Jan, 09:00 (America/New_York)*"));
        CHECK((*w.store->user_tz(w.owner()))->tz == "America/New_York");
    }
    SECTION("Slack cannot tell: UTC, and the user is told so") {
        w.slack.answer_error("users.info", "user_not_found");
        auto reply = fu::followup_command(command, "<@U0002> tomorrow 9am", w.deps);
        after_ack(reply, w.slack);
        auto const stored = w.reminders();
        REQUIRE(stored.size() == 1);
        CHECK(stored[0].tz == "UTC");
        auto const confirmations = w.slack.calls("response_url");
        REQUIRE(confirmations.size() == 1);
        CHECK_THAT(text_of(confirmations[0].body),
                   Catch::Contains("Slack did not tell me your time zone, so this time is in UTC."));
    }
    SECTION("a zone Slack names but the tz database does not know is not trusted") {
        w.slack.answer_ok("users.info", users_info("Mars/Olympus_Mons"));
        auto reply = fu::followup_command(command, "<@U0002> tomorrow 9am", w.deps);
        after_ack(reply, w.slack);
        REQUIRE(w.reminders().size() == 1);
        CHECK(w.reminders()[0].tz == "UTC");
    }
}

TEST_CASE("an unreadable or overlong time is refused at once, without asking Slack", "[handlers][followups]") {
    World w;
    auto unreadable = fu::followup_command(HandlerWorld::slash(""), "<@U0002> whenever works", w.deps);
    CHECK_THAT(str(body_of(unreadable).at("text")), Catch::StartsWith("I couldn't schedule that:"));
    CHECK_THAT(text_of(body_of(unreadable)),
               Catch::Contains("I couldn't read \"whenever works\" as a time. Try one of: `in 2h`"));
    CHECK(unreadable.after_ack.empty());
    auto overlong = fu::followup_command(HandlerWorld::slash(""), "<@U0002> " + std::string(101, 'x'), w.deps);
    CHECK_THAT(text_of(body_of(overlong)), Catch::Contains("That time phrase is too long."));
    CHECK(overlong.after_ack.empty());
    CHECK(w.reminders().empty());
}

TEST_CASE("the follow-up button opens the modal with the draft, and looks up the zone meanwhile",
          "[handlers][followups]") {
    World w;
    w.slack.answer_ok("users.info", users_info("Asia/Tokyo"));
    std::string const draft = "I don't think we can add SSO by Friday.";
    auto const i = Parsed::interaction(button_payload(handlers::action_remind_followup, draft));
    auto reply = fu::followup_button(i, w.deps);
    CHECK(reply.body.empty());
    CHECK(w.slack.calls().empty());
    after_ack(reply, w.slack);
    auto const opened = w.slack.calls("views.open");
    REQUIRE(opened.size() == 1);
    CHECK(str(opened[0].body.at("trigger_id")) == i.trigger_id);
    auto const& view = opened[0].body.at("view").as_object();
    CHECK(view.at("callback_id") == fu::followup_modal_callback);
    CHECK(block_kit_problems(view, Surface::modal).empty());
    CHECK_THAT(json::serialize(view), Catch::Contains("\"initial_value\":\"I don't think we can add SSO by Friday.\""));
    auto const meta = json::parse(str(view.at("private_metadata"))).as_object();
    CHECK(meta.at("c") == "C0001");
    CHECK(meta.at("r") == response_url);
    CHECK(w.slack.calls("users.info").size() == 1);
    CHECK((*w.store->user_tz(w.owner()))->tz == "Asia/Tokyo");
    CHECK(w.reminders().empty());  // nothing is scheduled before the modal is submitted

    SECTION("with the zone already known, Slack is not asked again") {
        RecordingSlack slack;
        handlers::Deps d{w.lib, *w.store, slack, w.clock, w.log};
        auto again = fu::followup_button(i, d);
        after_ack(again, slack);
        CHECK(slack.calls("views.open").size() == 1);
        CHECK(slack.calls("users.info").empty());
    }
}

TEST_CASE("the follow-up modal validates inline and stores nothing when it refuses", "[handlers][followups]") {
    World w;
    w.cache_tz("Europe/London");
    auto const meta = json::serialize(json::object{{"c", "C0001"}, {"r", response_url}});
    auto const refuse = [&](json::object const& payload, std::string const& field, std::string const& says) {
        auto reply = fu::followup_submission(Parsed::interaction(payload), w.deps);
        auto const answer = body_of(reply);
        CHECK(answer.at("response_action") == "errors");
        CHECK_THAT(str(answer.at("errors").at(field)), Catch::Contains(says));
        CHECK(reply.after_ack.empty());
    };
    refuse(modal_submission("", "tomorrow", "", meta), "person", "Choose who the 1:1 was with.");
    refuse(modal_submission("U0002", "whenever", "", meta), "when", "Try one of:");
    refuse(modal_submission("U0002", std::string(101, 'x'), "", meta), "when", "That is too long");
    CHECK(w.reminders().empty());
    CHECK(w.changes == 0);
}

TEST_CASE("a valid follow-up modal schedules and confirms where the button was pressed", "[handlers][followups]") {
    World w;
    SECTION("zone known, button's response_url kept: confirmed there after the ack") {
        w.cache_tz("Europe/London");
        auto const meta = json::serialize(json::object{{"c", "C0001"}, {"r", response_url}});
        auto reply = fu::followup_submission(
            Parsed::interaction(modal_submission("U0002", "in 2h", "The SSO estimate", meta)), w.deps);
        CHECK(reply.body.empty());  // closes the modal
        auto const stored = w.reminders();
        REQUIRE(stored.size() == 1);  // stored before the ack
        CHECK(stored[0].due_at == t0 + 2h);
        CHECK_THAT(stored[0].summary, Catch::Contains("The SSO estimate"));
        CHECK(w.slack.calls().empty());
        after_ack(reply, w.slack);
        auto const confirmations = w.slack.calls("response_url");
        REQUIRE(confirmations.size() == 1);
        CHECK(confirmations[0].target == response_url);
        CHECK_FALSE(confirmations[0].body.at("replace_original").as_bool());
        CHECK_THAT(text_of(confirmations[0].body), Catch::Contains("*Tue 6 Jan, 11:00 (Europe/London)*"));
    }
    SECTION("no response_url: an ephemeral message in the channel") {
        w.cache_tz("Europe/London");
        auto reply = fu::followup_submission(
            Parsed::interaction(modal_submission("U0002", "", "", json::serialize(json::object{{"c", "C0001"}}))),
            w.deps);
        after_ack(reply, w.slack);
        auto const posted = w.slack.calls("chat.postEphemeral");
        REQUIRE(posted.size() == 1);
        CHECK(posted[0].body.at("channel") == "C0001");
        CHECK(posted[0].body.at("user") == "U0001");
        CHECK_FALSE(posted[0].body.contains("response_type"));
        CHECK(w.slack.calls("response_url").empty());
    }
    SECTION("zone unknown: looked up after the ack, then scheduled and confirmed") {
        w.slack.answer_ok("users.info", users_info("Europe/Berlin"));
        auto const meta = json::serialize(json::object{{"c", "C0001"}, {"r", response_url}});
        auto reply =
            fu::followup_submission(Parsed::interaction(modal_submission("U0002", "tomorrow 9am", "", meta)), w.deps);
        CHECK(w.reminders().empty());
        after_ack(reply, w.slack);
        auto const stored = w.reminders();
        REQUIRE(stored.size() == 1);
        CHECK(stored[0].tz == "Europe/Berlin");
        REQUIRE(w.slack.calls("response_url").size() == 1);
    }
    CHECK(w.changes == 1);
}

TEST_CASE("the reminder DM's buttons: Done closes it, Snooze moves it an hour, Tomorrow to 9:00 local",
          "[handlers][followups]") {
    World w;
    auto const r = *w.store->add_reminder(w.owner(), {"U0002", t0 + 1h, "America/New_York", "summary", {}});
    auto const press = [&](char const* action, std::string value) {
        auto reply = std::string_view(action) == fu::action_reminder_done
                         ? fu::reminder_done(Parsed::interaction(button_payload(action, value)), w.deps)
                     : std::string_view(action) == fu::action_reminder_snooze
                         ? fu::reminder_snooze(Parsed::interaction(button_payload(action, value)), w.deps)
                         : fu::reminder_tomorrow(Parsed::interaction(button_payload(action, value)), w.deps);
        CHECK(reply.body.empty());
        RecordingSlack slack;
        after_ack(reply, slack);
        auto const answers = slack.calls("response_url");
        REQUIRE(answers.size() == 1);
        return answers[0].body;
    };
    SECTION("Done") {
        auto const msg = press(fu::action_reminder_done, std::to_string(r.id));
        CHECK(msg.at("replace_original").as_bool());  // the DM itself changes
        CHECK_THAT(text_of(msg),
                   Catch::Contains("*Done: summary on the record.* Your 1:1 with <@U0002> is written up."));
        CHECK(w.store->get_reminder(w.owner(), r.id)->state == storage::ReminderState::done);
        CHECK(w.reminders().empty());
    }
    SECTION("Snooze 1 hour") {
        w.clock.advance(90min);
        auto const msg = press(fu::action_reminder_snooze, std::to_string(r.id));
        CHECK(msg.at("replace_original").as_bool());
        CHECK_THAT(text_of(msg),
                   Catch::Contains("Snoozed: I'll remind you again *Tue 6 Jan, 06:30 (America/New_York)*"));
        CHECK(w.store->get_reminder(w.owner(), r.id)->due_at == t0 + 90min + 1h);
    }
    SECTION("Tomorrow 9:00") {
        auto const msg = press(fu::action_reminder_tomorrow, std::to_string(r.id));
        CHECK_THAT(text_of(msg), Catch::Contains("*Wed 7 Jan, 09:00 (America/New_York)*"));
        CHECK(w.store->get_reminder(w.owner(), r.id)->due_at == t0 + 29h);
    }
    CHECK(w.changes == 1);
}

TEST_CASE("one user's DM buttons cannot touch another's reminder, nor a reminder that does not exist",
          "[handlers][followups]") {
    World w;
    auto const theirs = *w.store->add_reminder(w.owner("U0002"), {"U0003", t0 + 1h, "UTC", "summary", {}});
    for (auto const& value : {std::to_string(theirs.id), std::string("999"), std::string("x")}) {
        CAPTURE(value);
        for (auto handler : {fu::reminder_done, fu::reminder_snooze, fu::reminder_tomorrow}) {
            auto reply = handler(Parsed::interaction(button_payload(fu::action_reminder_done, value)), w.deps);
            RecordingSlack slack;
            after_ack(reply, slack);
            auto const answers = slack.calls("response_url");
            REQUIRE(answers.size() == 1);
            CHECK_FALSE(answers[0].body.at("replace_original").as_bool());  // their DM is left as it was
            CHECK_THAT(str(answers[0].body.at("text")), Catch::Contains("I couldn't find that reminder among yours"));
        }
    }
    auto const still = *w.store->get_reminder(w.owner("U0002"), theirs.id);
    CHECK(still.state == storage::ReminderState::pending);
    CHECK(still.due_at == t0 + 1h);
    CHECK(w.changes == 0);
}

TEST_CASE("the reminder DM carries the drafted summary, the due time and the three buttons", "[handlers][followups]") {
    storage::Reminder r;
    r.id = 42;
    r.with_whom = "U0002";
    r.due_at = t0;
    r.tz = "Europe/Paris";
    r.summary = "Recap of my 1:1 with <@U0002>: the SSO estimate <3 weeks> & the review.";
    auto const msg = fu::reminder_message(r);
    CHECK(block_kit_problems(msg).empty());
    CHECK(msg.at("text") == "Time to write up your 1:1 with <@U0002> so it's on the record");
    auto const raw = json::serialize(msg);
    // The mention stays live; the rest of the summary is escaped.
    CHECK_THAT(raw,
               Catch::Contains("Recap of my 1:1 with <@U0002>: the SSO estimate &lt;3 weeks&gt; &amp; the review."));
    CHECK_THAT(text_of(msg), Catch::Contains("Scheduled for Tue 6 Jan, 10:00 (Europe/Paris)."));
    std::vector<std::pair<std::string, std::string>> buttons;
    for (auto const& b : msg.at("blocks").as_array())
        if (b.at("type") == "actions")
            for (auto const& e : b.at("elements").as_array())
                buttons.emplace_back(str(e.at("action_id")), str(e.at("value")));
    CHECK(buttons == std::vector<std::pair<std::string, std::string>>{{fu::action_reminder_done, "42"},
                                                                      {fu::action_reminder_snooze, "42"},
                                                                      {fu::action_reminder_tomorrow, "42"}});

    r.summary.clear();
    CHECK_THAT(text_of(fu::reminder_message(r, "A fallback draft")), Catch::Contains("A fallback draft"));
    r.with_whom = "Dana <from> Product";
    CHECK_THAT(json::serialize(fu::reminder_message(r)), Catch::Contains("1:1 with Dana &lt;from&gt; Product"));
}
