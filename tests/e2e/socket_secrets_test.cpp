// Socket Mode's secrets, with the real `pushback serve` binary: the app token (from SLACK_APP_TOKEN_FILE) and
// the wss:// ticket never reach the output, through failed opens, a dropped socket and a reconnection, at debug
// level; and a misplaced token is refused at start without being echoed.
#include <signal.h>

#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <fstream>
#include <thread>

#include "bot/http_client.hpp"
#include "support/fake_slack.hpp"
#include "support/process.hpp"
#include "support/test_app.hpp"

using namespace pushback;
using namespace pushback::test;
using namespace std::chrono_literals;
namespace json = boost::json;

namespace {

constexpr char const* app_token = "xapp-1-A0SECRET-9990001-NEVERLOGAPPTOKEN-f00dcafe";
constexpr char const* bot_token = "xoxb-5ocke7-5550001-NEVERLOGBOTTOKEN-a1b2c3";

// Polls /healthz until Socket Mode reports `state`.
bool wait_state(unsigned short port, std::string const& state, std::chrono::milliseconds timeout) {
    for (auto deadline = std::chrono::steady_clock::now() + timeout; std::chrono::steady_clock::now() < deadline;) {
        auto h = bot::http_request("127.0.0.1", port, "GET", "/healthz", {}, "", 500ms);
        if (h && h->body.find("\"state\":\"" + state + "\"") != std::string::npos) return true;
        std::this_thread::sleep_for(20ms);
    }
    return false;
}

}  // namespace

TEST_CASE("Socket Mode: the app token and the wss ticket never reach the output of the real binary",
          "[e2e][socket][secrets]") {
    testing::FakeSlack slack({.token = bot_token, .socket_mode = true, .app_token = app_token});
    auto& sm = slack.socket_mode();
    TempDir dir;
    auto const token_file = dir.file("app-token");
    {
        std::ofstream out(token_file);
        out << app_token << "\n";
    }
    slack.fail_next("apps.connections.open", testing::FakeSlack::ServerError{500});
    auto const port = free_loopback_port();
    auto const output = dir.file("serve.out");
    pid_t const pid = spawn_pushback(
        {"SLACK_APP_TOKEN_FILE=" + token_file, std::string("SLACK_BOT_TOKEN=") + bot_token,
         "SLACK_API_URL=" + slack.api_base(), "SSL_CERT_FILE=" + slack.ca_file(),
         "PUSHBACK_DB=" + dir.file("pushback.sqlite3"), "PUSHBACK_LISTEN=127.0.0.1:" + std::to_string(port),
         "PUSHBACK_LOG_LEVEL=debug", "PUSHBACK_THREADS=2"},
        output);
    REQUIRE(wait_state(port, "connected", 15s));
    json::object command{{"team_id", "T0001"},
                         {"user_id", "U0001"},
                         {"channel_id", "C0001"},
                         {"command", "/pushback"},
                         {"text", "I don't think we can add SSO"},
                         {"response_url", "https://hooks.slack.invalid/commands/T0001/1/x"}};
    REQUIRE(sm.wait_ack(sm.send("slash_commands", command), 3s));
    sm.kill();
    REQUIRE(sm.wait_connections(1, 10s));
    REQUIRE(sm.wait_ack(sm.send("slash_commands", command), 3s));
    // Slack answering the bot token's call with an error is logged too, without either token.
    slack.fail_next("views.open", testing::FakeSlack::ApiError{"invalid_auth"});
    json::object shortcut{{"type", "message_action"},
                          {"team", {{"id", "T0001"}}},
                          {"user", {{"id", "U0001"}}},
                          {"callback_id", "reframe_this"},
                          {"trigger_id", "1.2.3"},
                          {"channel", {{"id", "C0001"}}},
                          {"message", {{"text", "Can we do this faster?"}, {"user", "U0002"}, {"ts", "1.2"}}}};
    REQUIRE(sm.wait_ack(sm.send("interactive", shortcut), 3s));
    REQUIRE(slack.wait_for("views.open", 1, 5s));
    std::this_thread::sleep_for(300ms);
    ::kill(pid, SIGTERM);
    CHECK(wait_exit(pid) == 0);

    auto const log = read_text(output);
    CHECK_THAT(log, Catch::Contains("apps.connections.open failed"));
    CHECK_THAT(log, Catch::Contains("socket mode: connected"));
    CHECK_THAT(log, Catch::Contains("reconnecting"));
    CHECK_THAT(log, Catch::Contains("Slack call failed"));
    CHECK_THAT(log, !Catch::Contains(app_token));
    CHECK_THAT(log, !Catch::Contains(std::string(app_token).substr(0, 16)));
    CHECK_THAT(log, !Catch::Contains(bot_token));
    CHECK_THAT(log, !Catch::Contains("ticket"));
    CHECK_THAT(log, !Catch::Contains("/link/"));
    for (auto const& c : slack.calls()) {
        if (c.method != "apps.connections.open") CHECK(c.authorization != std::string("Bearer ") + app_token);
    }
}

TEST_CASE("Socket Mode: a bot token given as the app token is refused at start without being echoed",
          "[e2e][socket][secrets]") {
    TempDir dir;
    auto const r =
        run_pushback({"serve"},
                     {std::string("SLACK_APP_TOKEN=") + bot_token, std::string("SLACK_BOT_TOKEN=") + bot_token,
                      "PUSHBACK_DB=" + dir.file("db.sqlite3"), "PUSHBACK_LISTEN=127.0.0.1:0"},
                     dir.path());
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("SLACK_APP_TOKEN must be an app-level token"));
    CHECK_THAT(r.err + r.out, !Catch::Contains(std::string(bot_token).substr(0, 12)));
    auto const no_bot = run_pushback({"serve"},
                                     {std::string("SLACK_APP_TOKEN=") + app_token,
                                      "PUSHBACK_DB=" + dir.file("db.sqlite3"), "PUSHBACK_LISTEN=127.0.0.1:0"},
                                     dir.path());
    CHECK(no_bot.exit_code == 2);
    CHECK_THAT(no_bot.err, Catch::Contains("SLACK_BOT_TOKEN"));
    CHECK_THAT(no_bot.err + no_bot.out, !Catch::Contains(std::string(app_token).substr(0, 16)));
}
