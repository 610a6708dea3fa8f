// Socket Mode end to end: the real App (the composition root `pushback serve` runs) connects to the fake Slack's
// Socket Mode server (real WebSocket over TLS with the test CA, tickets from apps.connections.open on the fake
// Web API), and every surface answers through the same receiver and router as HTTP.
#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <map>
#include <thread>

#include "bot/blocks.hpp"
#include "support/fake_slack.hpp"
#include "support/test_app.hpp"

using namespace pushback;
using namespace pushback::test;
using pushback::testing::FakeSlack;
using pushback::testing::FakeSocketMode;
namespace json = boost::json;
using namespace std::chrono_literals;

namespace {

FakeSlack::Options socket_fake() {
    FakeSlack::Options o;
    o.socket_mode = true;
    return o;
}

struct World {
    FakeSlack slack{socket_fake()};
    TestApp app;

    explicit World(unsigned connections = 1, bool signing_secret = true)
        : app(options(slack, connections, signing_secret)) {
        REQUIRE(sm().wait_connections(connections, 10s));
    }
    FakeSocketMode& sm() { return slack.socket_mode(); }

    static TestAppOptions options(FakeSlack const& s, unsigned connections, bool signing_secret) {
        TestAppOptions o;
        o.slack_api_url = s.api_base();
        o.ca_file = s.ca_file();
        o.bot_token = s.token();
        o.app_token = s.app_token();
        o.socket_connections = connections;
        o.signing_secret = signing_secret;
        return o;
    }
};

// The slash command payload Socket Mode carries: the HTTP form's fields as JSON strings.
json::object slash(std::string const& text, std::string const& user = "U0001") {
    json::object o;
    for (auto const& [k, v] : slash_fields(text, user)) o[k] = v;
    return o;
}

json::object home_opened(std::string const& user, std::string const& event_id) {
    auto e = fixture_json("app_home_opened.json");
    e["event"].as_object()["user"] = user;
    e["event_id"] = event_id;
    return e;
}

// Every call but apps.connections.open carried the bot token, and none the app token.
void check_tokens(FakeSlack const& slack) {
    for (auto const& c : slack.calls()) {
        if (c.method == "apps.connections.open") {
            CHECK(c.authorization == "Bearer " + slack.app_token());
        } else if (c.method != "response_url") {
            CHECK(c.authorization == "Bearer " + slack.token());
        } else {
            CHECK(c.authorization.empty());
        }
    }
}

// /healthz once Socket Mode reports `state` (or the last answer after 5 s).
json::object wait_state(TestApp const& app, std::string const& state) {
    json::object health;
    for (int i = 0; i < 500; ++i) {
        health = app.healthz();
        if (health.at("socket_mode").at("state") == json::value(state)) break;
        std::this_thread::sleep_for(10ms);
    }
    return health;
}

std::size_t count_publishes_for(FakeSlack const& slack, std::string const& user) {
    std::size_t n = 0;
    for (auto const& c : slack.calls("views.publish")) n += c.body.at("user_id") == json::value(user) ? 1 : 0;
    return n;
}

}  // namespace

TEST_CASE("Socket Mode: a slash command is acknowledged with the Block Kit reply inside 3 seconds", "[e2e][socket]") {
    World w;
    auto const id = w.sm().send("slash_commands", slash("I don't think we can add SSO"));
    auto const ack = w.sm().wait_ack(id, 3s);
    REQUIRE(ack);
    CHECK(ack->received - ack->sent < 3s);
    REQUIRE(ack->payload);
    auto const& payload = ack->payload->as_object();
    CHECK(payload.at("response_type") == "ephemeral");
    CHECK(block_kit_problems(payload).empty());
    CHECK_THAT(bot::blocks::render_text(payload), Catch::Contains("SSO"));
    CHECK(w.sm().ack_count(id) == 1);

    auto const health = wait_state(w.app, "connected");
    CHECK(health.at("http_status") == 200);
    CHECK(health.at("socket_mode").at("state") == "connected");
    CHECK(health.at("socket_mode").at("connections") == 1);
    CHECK(health.at("socket_mode").at("since").as_string().size() == 20);  // 2026-01-06T09:00:00Z

    // HTTP still answers, unchanged, in the same process.
    auto http = w.app.command("I don't think we can add SSO");
    REQUIRE(http);
    CHECK(http->status == 200);
    CHECK(json::parse(http->body).as_object().at("blocks") == payload.at("blocks"));
    check_tokens(w.slack);
}

TEST_CASE("Socket Mode: the message shortcut is acked and views.open goes out with the bot token", "[e2e][socket]") {
    World w;
    auto p = fixture_json("message_action.json");
    p["message"].as_object()["user"] = "U0002";
    p["message"].as_object()["text"] = "Can we do this faster? Why does this take so long?";
    auto const id = w.sm().send("interactive", p);
    auto const ack = w.sm().wait_ack(id, 3s);
    REQUIRE(ack);
    CHECK_FALSE(ack->payload);  // nothing to show in the ack: the modal comes through views.open
    REQUIRE(w.slack.wait_for("views.open", 1, 5s));
    auto const open = w.slack.calls("views.open").front();
    CHECK(open.body.at("trigger_id") == p.at("trigger_id"));
    CHECK(block_kit_problems(open.body.at("view"), Surface::modal).empty());
    // The ack was on the wire before views.open was called (after-ack work).
    CHECK(open.received >= ack->received - 50ms);
    check_tokens(w.slack);
}

TEST_CASE("Socket Mode: a button is acked and its answer goes to the response_url", "[e2e][socket]") {
    World w;
    auto p = fixture_json("block_actions.json");
    p["response_url"] = w.slack.response_url("ladder");
    auto& action = p["actions"].as_array()[0].as_object();
    action["action_id"] = "show_ladder";
    action["value"] = "ladder";
    auto const ack = w.sm().wait_ack(w.sm().send("interactive", p), 3s);
    REQUIRE(ack);
    REQUIRE(w.slack.wait_for("response_url", 1, 5s));
    auto const body = w.slack.calls("response_url").front().body;
    CHECK(block_kit_problems(body).empty());
    CHECK_THAT(bot::blocks::render_text(body), Catch::Contains("1:1"));
    check_tokens(w.slack);
}

TEST_CASE("Socket Mode: a view submission's response_action errors come back in the ack", "[e2e][socket]") {
    World w;
    auto p = fixture_json("view_submission.json");
    auto& view = p["view"].as_object();
    view["callback_id"] = "reframe_modal";
    view["private_metadata"] = json::serialize(json::object{{"c", "C0001"}, {"t", "1716540000.000100"}});
    view["state"] = json::object{
        {"values",
         {{"reply",
           {{"reply_input",
             {{"type", "plain_text_input"}, {"value", "In [when did this happen?], we lost a week."}}}}}}}};
    auto const id = w.sm().send("interactive", p);
    auto const ack = w.sm().wait_ack(id, 3s);
    REQUIRE(ack);
    REQUIRE(ack->payload);
    CHECK(ack->payload->at("response_action") == "errors");
    CHECK(ack->payload->at("errors").as_object().contains("reply"));
    std::this_thread::sleep_for(200ms);
    CHECK(w.slack.calls("chat.postMessage").empty());
}

TEST_CASE("Socket Mode: app_home_opened publishes the Home tab, and a retried event is handled once", "[e2e][socket]") {
    World w;
    auto const first = w.sm().send("events_api", home_opened("U0001", "Ev0SOCKETHOME1"));
    REQUIRE(w.sm().wait_ack(first, 3s));
    REQUIRE(w.slack.wait_for("views.publish", 1, 5s));
    auto const publish = w.slack.calls("views.publish").front().body;
    CHECK(publish.at("user_id") == "U0001");
    CHECK(block_kit_problems(publish.at("view"), Surface::home).empty());
    // The same event delivered again (as Slack retries it): acknowledged, not handled again.
    auto const again = w.sm().send("events_api", home_opened("U0001", "Ev0SOCKETHOME1"));
    REQUIRE(w.sm().wait_ack(again, 3s));
    std::this_thread::sleep_for(300ms);
    CHECK(w.slack.calls("views.publish").size() == 1);
    check_tokens(w.slack);
}

TEST_CASE("Socket Mode: refresh_requested in the middle of a burst of 200 loses none and answers none twice",
          "[e2e][socket]") {
    World w;
    std::vector<std::string> ids;
    std::vector<std::string> users;
    auto send_some = [&](int from, int to) {
        for (int i = from; i < to; ++i) {
            if (i % 2 == 0) {
                ids.push_back(w.sm().send("slash_commands", slash("We need two more weeks for the export")));
            } else {
                users.push_back("UR" + std::to_string(i));
                ids.push_back(w.sm().send("events_api", home_opened(users.back(), "EvRefresh" + std::to_string(i))));
            }
        }
    };
    send_some(0, 100);
    w.sm().disconnect("refresh_requested");
    send_some(100, 200);
    REQUIRE(w.sm().wait_acks(200, 30s));
    for (std::size_t i = 0; i < ids.size(); ++i) {
        INFO("envelope " << i);
        CHECK(w.sm().ack_count(ids[i]) == 1);
        if (i % 2 == 0) {
            auto const ack = w.sm().wait_ack(ids[i], 0ms);
            REQUIRE(ack->payload);
            CHECK(ack->payload->as_object().contains("blocks"));
        }
    }
    CHECK(w.sm().lost() == 0);
    REQUIRE(w.slack.wait_for("views.publish", users.size(), 10s));
    for (auto const& u : users) CHECK(count_publishes_for(w.slack, u) == 1);
    // Make before break: the new connection was open while the old one still was.
    CHECK(w.sm().connections_accepted() == 2);
    CHECK(w.sm().max_open_connections() == 2);
    REQUIRE(w.sm().wait_connections(1, 5s));
    CHECK(w.slack.calls("apps.connections.open").size() == 2);
}

TEST_CASE("Socket Mode: a socket killed mid-burst reconnects and every retried envelope is answered once",
          "[e2e][socket]") {
    World w;
    std::vector<std::string> ids;
    std::vector<std::string> users;
    for (int i = 0; i < 200; ++i) {
        users.push_back("UK" + std::to_string(i));
        ids.push_back(w.sm().send("events_api", home_opened(users.back(), "EvKill" + std::to_string(i))));
        if (i == 100) {
            REQUIRE(w.sm().wait_acks(20, 10s));  // the burst is flowing: some answered, the rest in flight
            w.sm().kill();
        }
    }
    REQUIRE(w.sm().wait_acks(200, 30s));
    CHECK(w.sm().connections_accepted() == 2);
    CHECK(w.sm().retries_sent() > 0);  // Slack resent what the dead socket left unacknowledged
    REQUIRE(w.slack.wait_for("views.publish", 200, 10s));
    std::this_thread::sleep_for(200ms);
    CHECK(w.slack.calls("views.publish").size() == 200);
    for (auto const& u : users) CHECK(count_publishes_for(w.slack, u) == 1);
    CHECK(wait_state(w.app, "connected").at("socket_mode").at("state") == "connected");
    CHECK_THAT(w.app.log_text(), Catch::Contains("connection ended, reconnecting"));
}

TEST_CASE("Socket Mode: with two connections, losing one leaves the other answering", "[e2e][socket]") {
    World w(2);
    CHECK(w.sm().connections_accepted() == 2);
    w.sm().kill();
    REQUIRE(w.sm().wait_connections(2, 10s));
    auto const id = w.sm().send("slash_commands", slash("help"));
    REQUIRE(w.sm().wait_ack(id, 3s));
    CHECK(w.slack.calls("apps.connections.open").size() == 4);
}

TEST_CASE("Socket Mode: link_disabled stops reconnecting and says why", "[e2e][socket]") {
    World w;
    w.sm().disconnect("link_disabled");
    auto const health = wait_state(w.app, "stopped");
    CHECK(health.at("http_status") == 503);
    CHECK(health.at("socket_mode").at("state") == "stopped");
    CHECK_THAT(std::string(health.at("socket_mode").at("detail").as_string()), Catch::Contains("link_disabled"));
    std::this_thread::sleep_for(1500ms);
    CHECK(w.slack.calls("apps.connections.open").size() == 1);
    CHECK(w.sm().connections_accepted() == 1);
    CHECK_THAT(w.app.log_text(), Catch::Contains("link_disabled"));
}

TEST_CASE("Socket Mode: apps.connections.open failures are retried with backoff, a 429 after its Retry-After",
          "[e2e][socket]") {
    FakeSlack slack{socket_fake()};
    slack.fail_next("apps.connections.open", FakeSlack::ServerError{503});
    slack.fail_next("apps.connections.open", FakeSlack::RateLimited{1});
    TestApp app{World::options(slack, 1, false)};
    REQUIRE(slack.socket_mode().wait_connections(1, 10s));
    auto const calls = slack.calls("apps.connections.open");
    REQUIRE(calls.size() == 3);
    CHECK(calls[1].received - calls[0].received < 1s);   // 5xx: backoff from 100 ms
    CHECK(calls[2].received - calls[1].received >= 1s);  // 429: Retry-After: 1
    // Without a signing secret, HTTP serves /healthz only: nobody can post to /slack/events.
    auto r = app.command("I don't think we can add SSO");
    REQUIRE(r);
    CHECK(r->status == 404);
    CHECK(wait_state(app, "connected").at("socket_mode").at("state") == "connected");
}
