// End to end: 1:1 follow-up reminders through the real server (TestApp), a real SQLite file, the fake Slack
// over real TLS, and a manual clock the scheduler reads (so the tests move time instead of sleeping for it).
#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <memory>
#include <thread>

#include "bot/blocks.hpp"
#include "storage/sqlite_store.hpp"
#include "support/fake_slack.hpp"
#include "support/test_app.hpp"

using namespace pushback;
using namespace pushback::test;
using namespace std::chrono_literals;
namespace json = boost::json;

namespace {

// Thursday 26 November 2026, 10:00 UTC = 11:00 in Paris.
constexpr auto start_time = std::chrono::sys_days{std::chrono::year{2026} / 11 / 26} + 10h;
constexpr auto deliver_timeout = 3000ms;
// Longer than a few scheduler polls (200 ms each): enough for a reminder that was due to have been sent.
constexpr auto quiet_period = 700ms;

struct Env {
    testing::FakeSlack slack;
    util::ManualClock clock{start_time};
    TempDir dir;
    std::unique_ptr<TestApp> app;

    Env() {
        slack.set_user_tz("U0001", "Europe/Paris");
        slack.set_user_tz("U0003", "America/New_York");
        start();
    }

    void start() {
        app = std::make_unique<TestApp>(TestAppOptions{.slack_api_url = slack.api_base(),
                                                       .ca_file = slack.ca_file(),
                                                       .bot_token = slack.token(),
                                                       .db_path = dir.file("pushback.sqlite3"),
                                                       .clock = &clock});
    }

    // Requests are signed with the manual clock's time: the receiver checks freshness against it.
    std::string ts() const {
        return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(clock.now().time_since_epoch()).count());
    }

    bot::HttpResult command(std::string const& text, std::string const& user = "U0001",
                            std::string const& response_name = "cmd") {
        auto r = app->post_signed(slash_body(text, user, "T0001", slack.response_url(response_name)),
                                  "application/x-www-form-urlencoded", ts());
        REQUIRE(r);
        REQUIRE(r->status == 200);
        return *r;
    }

    bot::HttpResult interact(json::value const& payload) {
        auto r = app->post_signed(payload_body(payload), "application/x-www-form-urlencoded", ts());
        REQUIRE(r);
        return *r;
    }

    // The confirmation posted to a response_url, the `n`th (1-based) with that name.
    json::object response(std::string const& name, std::size_t n = 1) {
        for (int i = 0; i < 60; ++i) {
            std::vector<testing::FakeSlack::Call> hits;
            for (auto& c : slack.calls("response_url"))
                if (c.response_name == name) hits.push_back(c);
            if (hits.size() >= n) return hits[n - 1].body;
            std::this_thread::sleep_for(50ms);
        }
        FAIL("no response_url post named " << name);
        return {};
    }

    // Schedules a reminder for U0001 with U0002 and returns once confirmed (the tz is cached afterwards).
    void schedule(std::string const& when, std::string const& name) {
        auto r = command("followup <@U0002|alex> " + when, "U0001", name);
        if (r.body.find("Scheduling") != std::string::npos) (void)response(name);
    }

    std::vector<testing::FakeSlack::Call> dms() const { return slack.calls("chat.postMessage"); }
};

std::string reminder_id_of(json::object const& message) {
    for (auto const& b : message.at("blocks").as_array()) {
        if (json_str(b, {"block_id"}) != "reminder_actions") continue;
        return json_str(b.at("elements").as_array().front(), {"value"});
    }
    return {};
}

json::object click(std::string const& user, std::string const& action_id, std::string const& value,
                   std::string const& response_url) {
    return {{"type", "block_actions"},
            {"user", {{"id", user}, {"username", "u"}, {"team_id", "T0001"}}},
            {"team", {{"id", "T0001"}, {"domain", "acme-eng"}}},
            {"api_app_id", "A0001"},
            {"trigger_id", "7153241600004.1000000000001.1a2b3c4d5e6f70819a0b1c2d3e4f5a6b"},
            {"container", {{"type", "message"}, {"message_ts", "1700000000.000001"}, {"channel_id", "D0FAKE1"}}},
            {"channel", {{"id", "D0FAKE1"}, {"name", "directmessage"}}},
            {"response_url", response_url},
            {"actions", json::array{{{"action_id", action_id},
                                     {"block_id", "reminder_actions"},
                                     {"type", "button"},
                                     {"value", value},
                                     {"action_ts", "1700000001.000001"}}}}};
}

std::unique_ptr<storage::Store> open_store(std::string const& path) {
    auto s = storage::open_sqlite_store(path);
    REQUIRE(s);
    return std::move(*s);
}

}  // namespace

TEST_CASE("followup: users.info's time zone is used, and the DM comes at the due time, not before", "[e2e]") {
    Env env;
    auto const first = env.command("followup <@U0002|alex> in 2h");
    auto const ack = json::parse(first.body);
    CHECK(ack.at("response_type") == "ephemeral");
    CHECK_THAT(json_str(ack, {"text"}), Catch::Contains("Scheduling"));

    // No cached zone: the owner's comes from users.info, then the confirmation goes to the response_url.
    auto const confirmation = env.response("cmd");
    REQUIRE(env.slack.calls("users.info").size() == 1);
    CHECK(json_str(env.slack.calls("users.info").front().body, {"user"}) == "U0001");
    CHECK(block_kit_problems(confirmation).empty());
    auto const text = bot::blocks::render_text(confirmation);
    CHECK_THAT(text, Catch::Contains("Thu 26 Nov, 13:00 (Europe/Paris)"));  // 10:00 UTC + 2 h, in Paris
    CHECK_THAT(text, Catch::Contains("<@U0002>"));
    CHECK_THAT(text, Catch::Contains("Drafted summary"));

    // Nothing before the due time.
    env.clock.advance(119min);
    std::this_thread::sleep_for(quiet_period);
    CHECK(env.dms().empty());

    // Past it: conversations.open with the owner, then chat.postMessage into that DM, with the buttons.
    env.clock.advance(2min);
    REQUIRE(env.slack.wait_for("chat.postMessage", 1, deliver_timeout));
    auto const opens = env.slack.calls("conversations.open");
    REQUIRE(opens.size() == 1);
    CHECK(json_str(opens.front().body, {"users"}) == "U0001");
    auto const dm = env.dms().front().body;
    CHECK(!json_str(dm, {"channel"}).empty());
    CHECK(json_str(dm, {"channel"}).starts_with("D"));
    CHECK(block_kit_problems(dm).empty());
    auto const dm_text = bot::blocks::render_text(dm);
    CHECK_THAT(dm_text, Catch::Contains("[Done]"));
    CHECK_THAT(dm_text, Catch::Contains("[Snooze 1 hour]"));
    CHECK_THAT(dm_text, Catch::Contains("[Tomorrow 9:00]"));
    CHECK_THAT(dm_text, Catch::Contains("<@U0002>"));
    CHECK_THAT(dm_text, Catch::Contains("on the record"));
    CHECK(!reminder_id_of(dm).empty());

    // Delivered once: more time brings no second DM.
    env.clock.advance(3h);
    std::this_thread::sleep_for(quiet_period);
    CHECK(env.dms().size() == 1);
}

TEST_CASE("followup: with the zone cached the confirmation is inline, plain names work too", "[e2e]") {
    Env env;
    env.schedule("in 2h", "first");
    auto const r = env.command("followup @dana tomorrow 9am", "U0001", "second");
    auto const msg = json::parse(r.body);
    CHECK(block_kit_problems(msg).empty());
    auto const text = bot::blocks::render_text(msg);
    CHECK_THAT(text, Catch::Contains("I'll DM you"));
    CHECK_THAT(text, Catch::Contains("Fri 27 Nov, 09:00 (Europe/Paris)"));
    CHECK_THAT(text, Catch::Contains("dana"));
    CHECK(env.slack.calls("users.info").size() == 1);  // cached, not asked again

    // A default (no `when`): the end of the working day in Paris, 17:00.
    auto const d = bot::blocks::render_text(json::parse(env.command("followup <@U0002>", "U0001", "third").body));
    CHECK_THAT(d, Catch::Contains("Thu 26 Nov, 17:00 (Europe/Paris)"));
}

TEST_CASE("followup: an unparseable time gets examples and nothing is stored, no person gets usage", "[e2e]") {
    Env env;
    auto const bad = bot::blocks::render_text(json::parse(env.command("followup <@U0002|alex> whenever-ish").body));
    CHECK_THAT(bad, Catch::Contains("couldn't read"));
    CHECK_THAT(bad, Catch::Contains("tomorrow 9am"));
    auto const usage = bot::blocks::render_text(json::parse(env.command("followup").body));
    CHECK_THAT(usage, Catch::Contains("/pushback followup @person [when]"));
    auto const channel = bot::blocks::render_text(json::parse(env.command("followup <#C0001|general> in 2h").body));
    CHECK_THAT(channel, Catch::Contains("/pushback followup @person [when]"));

    auto store = open_store(env.app->db_path());
    auto const pending = store->list_pending({"T0001", "U0001"});
    REQUIRE(pending);
    CHECK(pending->empty());
    env.clock.advance(24h * 8);
    std::this_thread::sleep_for(quiet_period);
    CHECK(env.dms().empty());
}

TEST_CASE("followup: Done closes the reminder, Snooze brings it back an hour later, Tomorrow moves it to 9:00",
          "[e2e]") {
    Env env;
    env.schedule("in 1h", "s1");
    env.clock.advance(61min);
    REQUIRE(env.slack.wait_for("chat.postMessage", 1, deliver_timeout));
    auto const id = reminder_id_of(env.dms().back().body);
    REQUIRE(!id.empty());

    SECTION("Snooze 1 hour") {
        auto r = env.interact(click("U0001", "reminder_snooze", id, env.slack.response_url("snooze")));
        CHECK(r.status == 200);
        auto const updated = env.response("snooze");
        CHECK(updated.at("replace_original") == true);
        CHECK_THAT(bot::blocks::render_text(updated), Catch::Contains("Snoozed"));
        CHECK_THAT(bot::blocks::render_text(updated), Catch::Contains("13:01 (Europe/Paris)"));

        env.clock.advance(59min);
        std::this_thread::sleep_for(quiet_period);
        CHECK(env.dms().size() == 1);
        env.clock.advance(2min);
        REQUIRE(env.slack.wait_for("chat.postMessage", 2, deliver_timeout));
        CHECK(reminder_id_of(env.dms().back().body) == id);
        CHECK(env.slack.calls("conversations.open").size() == 1);  // the DM channel is reused
    }
    SECTION("Done") {
        auto r = env.interact(click("U0001", "reminder_done", id, env.slack.response_url("done")));
        CHECK(r.status == 200);
        auto const updated = env.response("done");
        CHECK(updated.at("replace_original") == true);
        CHECK(json_str(updated, {"text"}) == "Done: summary on the record");
        auto store = open_store(env.app->db_path());
        auto const pending = store->list_pending({"T0001", "U0001"});
        REQUIRE(pending);
        CHECK(pending->empty());
        env.clock.advance(48h);
        std::this_thread::sleep_for(quiet_period);
        CHECK(env.dms().size() == 1);
    }
    SECTION("Tomorrow 9:00") {
        env.interact(click("U0001", "reminder_tomorrow", id, env.slack.response_url("tomorrow")));
        auto const updated = env.response("tomorrow");
        CHECK_THAT(bot::blocks::render_text(updated), Catch::Contains("Fri 27 Nov, 09:00 (Europe/Paris)"));
        env.clock.set(std::chrono::sys_days{std::chrono::year{2026} / 11 / 27} + 8h + 1min);  // 09:01 Paris
        REQUIRE(env.slack.wait_for("chat.postMessage", 2, deliver_timeout));
    }
}

TEST_CASE("followup: one user cannot complete or snooze another's reminder", "[e2e]") {
    Env env;
    env.schedule("in 1h", "s1");
    auto store = open_store(env.app->db_path());
    auto const pending = store->list_pending({"T0001", "U0001"});
    REQUIRE(pending);
    REQUIRE(pending->size() == 1);
    auto const id = std::to_string(pending->front().id);

    env.interact(click("U0003", "reminder_done", id, env.slack.response_url("intruder-done")));
    env.interact(click("U0003", "reminder_snooze", id, env.slack.response_url("intruder-snooze")));
    for (auto const* name : {"intruder-done", "intruder-snooze"}) {
        auto const answer = env.response(name);
        CHECK(answer.at("replace_original") == false);
        CHECK_THAT(json_str(answer, {"text"}), Catch::Contains("couldn't find that reminder"));
    }
    // Still the owner's, unchanged, and it still fires for the owner.
    auto const after = store->get_reminder({"T0001", "U0001"}, pending->front().id);
    REQUIRE(after);
    CHECK(after->state == storage::ReminderState::pending);
    CHECK(after->due_at == pending->front().due_at);
    env.clock.advance(61min);
    REQUIRE(env.slack.wait_for("chat.postMessage", 1, deliver_timeout));
    CHECK(json_str(env.slack.calls("conversations.open").front().body, {"users"}) == "U0001");
}

TEST_CASE("followup: the button opens a modal, its submission validates inline and schedules", "[e2e]") {
    Env env;
    std::string const draft = "I don't think we can add SSO by Friday without dropping the audit logs.";
    auto payload = click("U0001", "remind_followup", draft, env.slack.response_url("button"));
    payload["channel"] = json::object{{"id", "C0001"}, {"name", "product-eng"}};
    payload["container"] = json::object{{"type", "message"}, {"channel_id", "C0001"}, {"is_ephemeral", true}};
    auto const ack = env.interact(payload);
    CHECK(ack.status == 200);
    CHECK(ack.body.empty());

    REQUIRE(env.slack.wait_for("views.open", 1, deliver_timeout));
    auto const open = env.slack.calls("views.open").front().body;
    CHECK(json_str(open, {"trigger_id"}) == json_str(payload, {"trigger_id"}));
    auto const& view = open.at("view");
    CHECK(block_kit_problems(view, Surface::modal).empty());
    CHECK(json_str(view, {"callback_id"}) == "followup_modal");
    auto const modal_text = bot::blocks::render_text(view);
    CHECK_THAT(modal_text, Catch::Contains("Who was the 1:1 with?"));
    CHECK_THAT(modal_text, Catch::Contains("When should I remind you?"));
    CHECK(json::serialize(view).find(draft) != std::string::npos);  // "What was raised" is pre-filled
    auto const metadata = json_str(view, {"private_metadata"});
    CHECK(metadata.size() <= 3000);

    auto submission = [&](json::value person, json::value when) {
        json::object values{{"person", {{"person", {{"type", "users_select"}, {"selected_user", person}}}}},
                            {"when", {{"when", {{"type", "plain_text_input"}, {"value", when}}}}},
                            {"raised", {{"raised", {{"type", "plain_text_input"}, {"value", draft}}}}}};
        return json::object{{"type", "view_submission"},
                            {"team", {{"id", "T0001"}}},
                            {"user", {{"id", "U0001"}, {"team_id", "T0001"}}},
                            {"view",
                             {{"id", "V0001"},
                              {"type", "modal"},
                              {"callback_id", "followup_modal"},
                              {"private_metadata", metadata},
                              {"state", {{"values", std::move(values)}}}}}};
    };

    auto const bad_time = env.interact(submission("U0002", "someday maybe"));
    CHECK(bad_time.status == 200);
    auto const errors = json::parse(bad_time.body);
    CHECK(errors.at("response_action") == "errors");
    CHECK_THAT(json_str(errors, {"errors", "when"}), Catch::Contains("someday maybe"));

    auto const no_person = json::parse(env.interact(submission(nullptr, "tomorrow 9am")).body);
    CHECK(!json_str(no_person, {"errors", "person"}).empty());

    auto const good = env.interact(submission("U0002", "tomorrow 9am"));
    CHECK(good.status == 200);
    CHECK(good.body.empty());  // closes the modal
    auto const confirmation = env.response("button");
    CHECK(block_kit_problems(confirmation).empty());
    CHECK(confirmation.at("replace_original") == false);
    auto const text = bot::blocks::render_text(confirmation);
    CHECK_THAT(text, Catch::Contains("Fri 27 Nov, 09:00 (Europe/Paris)"));
    CHECK_THAT(text, Catch::Contains("SSO by Friday"));

    env.clock.set(std::chrono::sys_days{std::chrono::year{2026} / 11 / 27} + 8h);  // 09:00 Paris
    REQUIRE(env.slack.wait_for("chat.postMessage", 1, deliver_timeout));
    CHECK_THAT(bot::blocks::render_text(env.dms().front().body), Catch::Contains("SSO by Friday"));
}

TEST_CASE("followup: after a restart, overdue reminders are delivered at once", "[e2e]") {
    Env env;
    env.schedule("in 2h", "s1");
    env.app->stop();
    env.app.reset();

    // A reminder a dead process had claimed (claim before send) but never recorded as delivered.
    {
        auto store = open_store(env.dir.file("pushback.sqlite3"));
        storage::NewReminder nr{"U0004", std::chrono::floor<std::chrono::seconds>(env.clock.now()) + 30min,
                                "Europe/Paris", "Summary of the 1:1 with Sam", std::nullopt};
        REQUIRE(store->add_reminder({"T0001", "U0001"}, nr));
        auto const claimed = store->claim_due(nr.due_at, 10);
        REQUIRE(claimed);
        REQUIRE(claimed->size() == 1);
    }

    env.clock.advance(3h);
    CHECK(env.dms().empty());
    env.start();
    REQUIRE(env.slack.wait_for("chat.postMessage", 2, deliver_timeout));
    auto const all = bot::blocks::render_text(env.dms()[0].body) + bot::blocks::render_text(env.dms()[1].body);
    CHECK_THAT(all, Catch::Contains("<@U0002>"));
    CHECK_THAT(all, Catch::Contains("<@U0004>"));
    std::this_thread::sleep_for(quiet_period);
    CHECK(env.dms().size() == 2);
}

// [slow]: the Web API client's own backoff (real time, 250 ms doubling) makes this ~7 s.
TEST_CASE("followup: Slack failing is retried with backoff and the DM is delivered once", "[e2e][slow]") {
    Env env;
    env.schedule("in 1h", "s1");

    SECTION("one 500, then 200") {
        env.slack.fail_next("chat.postMessage", testing::FakeSlack::ServerError{500});
        env.clock.advance(61min);
        REQUIRE(env.slack.wait_for("chat.postMessage", 2, 10s));
        std::this_thread::sleep_for(quiet_period);
        CHECK(env.dms().size() == 2);  // the failed attempt and the delivery, nothing more
    }
    SECTION("Slack down for longer: back to the store, retried 30 s later") {
        env.slack.fail_next("chat.postMessage", testing::FakeSlack::ServerError{503}, 5);
        env.clock.advance(61min);
        REQUIRE(env.slack.wait_for("chat.postMessage", 5, 20s));  // the client's own retries, exhausted
        std::this_thread::sleep_for(quiet_period);
        auto store = open_store(env.app->db_path());
        auto const pending = store->list_pending({"T0001", "U0001"});
        REQUIRE(pending);
        REQUIRE(pending->size() == 1);
        CHECK(pending->front().state == storage::ReminderState::pending);
        CHECK(pending->front().attempts == 1);
        CHECK(env.dms().size() == 5);

        env.clock.advance(25s);
        std::this_thread::sleep_for(quiet_period);
        CHECK(env.dms().size() == 5);  // not before the backoff
        env.clock.advance(10s);
        REQUIRE(env.slack.wait_for("chat.postMessage", 6, deliver_timeout));
        std::this_thread::sleep_for(quiet_period);
        CHECK(env.dms().size() == 6);
        auto const after = store->get_reminder({"T0001", "U0001"}, pending->front().id);
        REQUIRE(after);
        CHECK(after->state == storage::ReminderState::delivered);
        CHECK(!after->dm_ts.empty());
    }
}

TEST_CASE("followup: the server log carries ids, never the summary or the draft", "[e2e]") {
    Env env;
    env.command("followup \"Dana from Product\" in 1h", "U0001", "s1");
    (void)env.response("s1");
    env.clock.advance(61min);
    REQUIRE(env.slack.wait_for("chat.postMessage", 1, deliver_timeout));
    std::this_thread::sleep_for(200ms);
    env.app->stop();
    auto const log = env.app->log_text();
    CHECK_THAT(log, Catch::Contains("reminder delivered"));
    CHECK_THAT(log, !Catch::Contains("Dana from Product"));
}
