// Socket Mode and the installable app together (what Bolt runs as `socketMode: true` with an installer): Slack's
// requests arrive over the WebSocket, the install pages over HTTP, no signing secret and no single bot token. The
// real App, the fake Slack over TLS (Web API, OAuth and Socket Mode), a real SQLite file.
#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <thread>

#include "bot/blocks.hpp"
#include "bot/form.hpp"
#include "bot/token_cipher.hpp"
#include "handlers/oauth/settings.hpp"
#include "support/fake_slack.hpp"
#include "support/test_app.hpp"

using namespace pushback;
using namespace pushback::test;
using pushback::testing::FakeSlack;
using pushback::testing::FakeSocketMode;
namespace json = boost::json;
using namespace std::chrono_literals;

namespace {

constexpr char const* public_url = "https://pushback.example.test";

FakeSlack::Options socket_fake() {
    FakeSlack::Options o;
    o.socket_mode = true;
    return o;
}

struct World {
    FakeSlack slack{socket_fake()};
    TestApp app;

    World() : app(options(slack)) { REQUIRE(sm().wait_connections(1, 10s)); }
    FakeSocketMode& sm() { return slack.socket_mode(); }

    static TestAppOptions options(FakeSlack const& s) {
        TestAppOptions o;
        o.slack_api_url = s.api_base();
        o.ca_file = s.ca_file();
        o.app_token = s.app_token();
        o.signing_secret = false;  // nothing comes over HTTP but the install pages
        handlers::oauth::Settings oauth;
        oauth.client_id = "1111.2222";
        oauth.client_secret = "fake-client-secret-0123456789";
        oauth.state_secret = "state-secret-for-tests-0123456789";
        oauth.public_url = public_url;
        oauth.authorize_url = "https://slack.example.test/oauth/v2/authorize";
        o.oauth = oauth;
        o.encryption_key = bot::base64_encode(*bot::random_bytes(32));
        return o;
    }

    // The browser's round trip: the install page sets the state cookie, Slack sends the user back with a code.
    void install(std::string const& team, std::string const& token) {
        FakeSlack::Grant g;
        g.team_id = team;
        g.team_name = "Team " + team;
        g.bot_token = token;
        slack.add_grant("code-" + team, g);
        auto page = app.get("/slack/install");
        REQUIRE(page);
        REQUIRE(page->status == 200);
        auto const cookie = page->headers["set-cookie"];
        auto const from = cookie.find('=') + 1;
        auto const state = cookie.substr(from, cookie.find(';') - from);
        auto done = app.get("/slack/oauth_redirect?" + bot::encode_form({{"code", "code-" + team}, {"state", state}}),
                            {{"Cookie", "pushback_oauth_state=" + state}});
        REQUIRE(done);
        REQUIRE(done->status == 200);
    }
};

json::object slash(std::string const& text, std::string const& team) {
    json::object o;
    for (auto const& [k, v] : slash_fields(text, "U0001", team)) o[k] = v;
    return o;
}

json::object shortcut(std::string const& team) {
    auto p = fixture_json("message_action.json");
    p["team"].as_object()["id"] = team;
    p["message"].as_object()["user"] = "U0002";
    p["message"].as_object()["text"] = "Can we do this faster?";
    return p;
}

}  // namespace

TEST_CASE(
    "Socket Mode with OAuth: each installed workspace is answered with its own token, others are told to "
    "install",
    "[e2e][socket][oauth]") {
    World w;
    // Without a signing secret nothing signed is accepted over HTTP; the install pages still are served.
    auto const events = w.app.command("I don't think we can add SSO");
    REQUIRE(events);
    CHECK(events->status == 404);

    w.install("TAAAA", "xoxb-token-of-team-a");
    w.install("TBBBB", "xoxb-token-of-team-b");

    for (auto const& [team, token] :
         {std::pair{"TAAAA", "xoxb-token-of-team-a"}, std::pair{"TBBBB", "xoxb-token-of-team-b"}}) {
        INFO(team);
        w.slack.clear();
        auto const cmd =
            w.sm().wait_ack(w.sm().send("slash_commands", slash("I don't think we can add SSO", team)), 3s);
        REQUIRE(cmd);
        REQUIRE(cmd->payload);
        CHECK_THAT(bot::blocks::render_text(*cmd->payload), Catch::Contains("SSO"));
        REQUIRE(w.sm().wait_ack(w.sm().send("interactive", shortcut(team)), 3s));
        REQUIRE(w.slack.wait_for("views.open", 1, 5s));
        for (auto const& c : w.slack.calls()) {
            INFO(c.method);
            if (c.method == "apps.connections.open") {
                CHECK(c.authorization == "Bearer " + w.slack.app_token());
            } else if (c.method != "response_url") {
                CHECK(c.authorization == std::string("Bearer ") + token);
            }
        }
    }

    // A workspace that never installed the app: a readable answer in the ack, and no Web API call made for it.
    w.slack.clear();
    auto const stranger = w.sm().wait_ack(w.sm().send("slash_commands", slash("Can we do this faster?", "TNOPE")), 3s);
    REQUIRE(stranger);
    REQUIRE(stranger->payload);
    CHECK_THAT(json::serialize(*stranger->payload), Catch::Contains("Pushback is not installed in this workspace") &&
                                                        Catch::Contains(std::string(public_url) + "/slack/install"));
    std::this_thread::sleep_for(200ms);
    for (auto const& c : w.slack.calls()) CHECK(c.method == "apps.connections.open");
}
