// Installable in many workspaces, end to end: the real server with OAuth settings, the fake Slack over TLS
// answering oauth.v2.access (recording the Authorization header of every call), a real SQLite file.
#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <set>
#include <thread>
#include <tuple>

#include "bot/form.hpp"
#include "bot/token_cipher.hpp"
#include "handlers/oauth/settings.hpp"
#include "storage/sqlite_store.hpp"
#include "support/fake_slack.hpp"
#include "support/test_app.hpp"
#include "util/clock.hpp"

using namespace pushback;
using namespace pushback::test;
using pushback::testing::FakeSlack;
namespace json = boost::json;
using namespace std::chrono_literals;

namespace {

constexpr char const* public_url = "https://pushback.example.test";
constexpr char const* authorize_url = "https://slack.example.test/oauth/v2/authorize";

std::string random_key() { return bot::base64_encode(*bot::random_bytes(32)); }

std::string basic(std::string const& id, std::string const& secret) {
    return "Basic " + bot::base64_encode(id + ":" + secret);
}

std::string unescape_html(std::string s) {
    for (auto pos = s.find("&amp;"); pos != std::string::npos; pos = s.find("&amp;", pos + 1)) s.replace(pos, 5, "&");
    return s;
}

struct World {
    FakeSlack slack;
    std::string key = random_key();
    TestApp app;

    explicit World(util::Clock const* clock = nullptr,
                   std::optional<std::chrono::seconds> purge_after = std::chrono::hours{24 * 30})
        : app(options(slack, key, clock, purge_after)) {}

    static TestAppOptions options(FakeSlack const& s, std::string const& key, util::Clock const* clock,
                                  std::optional<std::chrono::seconds> purge_after) {
        TestAppOptions o;
        o.slack_api_url = s.api_base();
        o.ca_file = s.ca_file();
        o.clock = clock;
        handlers::oauth::Settings oauth;
        oauth.client_id = "1111.2222";
        oauth.client_secret = "fake-client-secret-0123456789";
        oauth.state_secret = "state-secret-for-tests-0123456789";
        oauth.public_url = public_url;
        oauth.authorize_url = authorize_url;
        oauth.purge_after = purge_after;
        o.oauth = oauth;
        o.encryption_key = key;
        return o;
    }

    // The install page: the authorize link's query and the state cookie's value.
    struct Started {
        std::string link;
        bot::Form query;
        std::string cookie_header;  // as the page set it
        std::string state;
    };
    Started start() {
        auto page = app.get("/slack/install");
        REQUIRE(page);
        REQUIRE(page->status == 200);
        auto const& body = page->body;
        auto const at = body.find("id=\"add-to-slack\" href=\"");
        REQUIRE(at != std::string::npos);
        auto const from = at + std::string_view("id=\"add-to-slack\" href=\"").size();
        auto link = unescape_html(body.substr(from, body.find('"', from) - from));
        auto const q = link.find('?');
        auto form = bot::Form::decode(link.substr(q + 1));
        REQUIRE(form);
        auto const state = std::string(form->get_or("state"));
        return {link, std::move(*form), page->headers["set-cookie"], state};
    }

    std::expected<bot::HttpResult, std::string> callback(std::string const& query, std::string const& cookie_state) {
        std::vector<std::pair<std::string, std::string>> headers;
        if (!cookie_state.empty()) headers.emplace_back("Cookie", "theme=dark; pushback_oauth_state=" + cookie_state);
        return app.get("/slack/oauth_redirect?" + query, headers);
    }

    // The whole flow for one workspace; returns the callback's answer.
    bot::HttpResult install(std::string const& code, FakeSlack::Grant grant) {
        slack.add_grant(code, std::move(grant));
        auto const s = start();
        auto r = callback(bot::encode_form({{"code", code}, {"state", s.state}}), s.state);
        REQUIRE(r);
        return *r;
    }

    std::optional<storage::Installation> stored(std::string const& team) const {
        auto store = storage::open_sqlite_store(app.db_path());
        REQUIRE(store);
        auto found = (*store)->find_installation("", team, false);
        REQUIRE(found);
        return *found;
    }

    std::size_t exchanges() const { return slack.calls("oauth.v2.access").size(); }
};

FakeSlack::Grant grant(std::string const& team, std::string const& token, std::string const& refresh = "",
                       int expires_in = 43200) {
    FakeSlack::Grant g;
    g.team_id = team;
    g.team_name = "Team " + team;
    g.bot_token = token;
    g.refresh_token = refresh;
    g.expires_in = expires_in;
    return g;
}

json::object shortcut(std::string const& team, std::string const& response_url) {
    auto p = fixture_json("message_action.json");
    p["team"].as_object()["id"] = team;
    p["response_url"] = response_url;
    p["message"].as_object()["user"] = "U0002";
    p["message"].as_object()["text"] = "Can we do this faster?";
    return p;
}

std::string followup(FakeSlack const& slack, std::string const& team, std::string const& user) {
    return slash_body("followup <@U0002|alex> in 2h", user, team, slack.response_url("followup-" + team));
}

// `/pushback <text>` from a workspace of an Enterprise Grid org (not an org-wide request).
std::string grid_command(FakeSlack const& slack, std::string const& team, std::string const& enterprise,
                         std::string const& user = "U0001", std::string const& text = "followup <@U0002|alex> in 2h") {
    return bot::encode_form({{"team_id", team},
                             {"enterprise_id", enterprise},
                             {"is_enterprise_install", "false"},
                             {"user_id", user},
                             {"user_name", "sam"},
                             {"channel_id", "C1"},
                             {"command", "/pushback"},
                             {"text", text},
                             {"response_url", slack.response_url("org-" + team)},
                             {"trigger_id", "1.2.3"}});
}

FakeSlack::Grant org_grant(std::string const& enterprise, std::string const& token) {
    auto g = grant("", token);
    g.enterprise_id = enterprise;
    g.enterprise_install = true;
    g.team_name = "Org " + enterprise;
    return g;
}

}  // namespace

TEST_CASE("install: the page links to Slack's authorize URL and the callback stores the installation", "[e2e][oauth]") {
    World w;
    auto const s = w.start();
    CHECK(s.link.starts_with(std::string(authorize_url) + "?"));
    CHECK(s.query.get_or("client_id") == "1111.2222");
    CHECK(s.query.get_or("scope") == handlers::oauth::bot_scopes);
    CHECK(s.query.get_or("redirect_uri") == std::string(public_url) + "/slack/oauth_redirect");
    CHECK_FALSE(s.state.empty());
    CHECK_THAT(s.cookie_header, Catch::StartsWith("pushback_oauth_state=" + s.state + ";"));
    for (auto const* attribute : {"; Secure", "; HttpOnly", "; SameSite=Lax", "; Max-Age=600"})
        CHECK_THAT(s.cookie_header, Catch::Contains(attribute));

    w.slack.add_grant("code-1", grant("T1000", "xoxb-team-one-token", "xoxe-1-team-one-refresh"));
    auto const r = w.callback(bot::encode_form({{"code", "code-1"}, {"state", s.state}}), s.state);
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK_THAT(r->body, Catch::Contains("Pushback is now installed in <strong>Team T1000</strong>"));
    CHECK_THAT(r->body, Catch::Contains("https://slack.com/app_redirect?app=A0FAKEAPP&amp;team=T1000"));

    auto const exchanges = w.slack.calls("oauth.v2.access");
    REQUIRE(exchanges.size() == 1);
    CHECK(exchanges[0].authorization == basic("1111.2222", "fake-client-secret-0123456789"));
    CHECK(json::value_to<std::string>(exchanges[0].body.at("code")) == "code-1");
    CHECK(json::value_to<std::string>(exchanges[0].body.at("redirect_uri")) ==
          std::string(public_url) + "/slack/oauth_redirect");

    auto const inst = w.stored("T1000");
    REQUIRE(inst);
    CHECK(inst->team_name == "Team T1000");
    CHECK(inst->bot_user_id == "UBOT0001");
    CHECK(inst->installer_user_id == "UINSTALLER");
    CHECK(inst->bot_scopes == "commands,chat:write,chat:write.public,im:write,users:read");
    CHECK_FALSE(inst->enterprise_install);
    CHECK(inst->bot_token_expires_at.has_value());
    CHECK_THAT(inst->sealed_bot_token, Catch::StartsWith("pbk1."));
    CHECK_THAT(inst->sealed_refresh_token, Catch::StartsWith("pbk1."));

    // The installed workspace is served, with its own token.
    auto const cmd = w.app.post_signed(followup(w.slack, "T1000", "U0001"), "application/x-www-form-urlencoded");
    REQUIRE(cmd);
    CHECK(cmd->status == 200);
    REQUIRE(w.slack.wait_for("users.info", 1, 5s));
    CHECK(w.slack.calls("users.info")[0].authorization == "Bearer xoxb-team-one-token");
}

TEST_CASE("install: forged, expired, replayed and cookie-less states are refused before any exchange", "[e2e][oauth]") {
    util::ManualClock clock{std::chrono::system_clock::now()};
    World w{&clock};
    w.slack.add_grant("code-x", grant("T2000", "xoxb-should-never-be-stored"));
    auto const refused = [&](std::expected<bot::HttpResult, std::string> const& r) {
        REQUIRE(r);
        CHECK(r->status == 400);
        CHECK_THAT(r->body, Catch::Contains("no longer valid"));
        CHECK_THAT(r->body, Catch::Contains("Nothing was installed"));
        CHECK_THAT(r->headers.at("set-cookie"), Catch::Contains("Max-Age=0"));
    };

    SECTION("forged: a state this server did not sign") {
        auto const s = w.start();
        auto forged = s.state;
        forged.back() = forged.back() == '0' ? '1' : '0';
        refused(w.callback(bot::encode_form({{"code", "code-x"}, {"state", forged}}), forged));
        auto const made_up = std::string(32, 'a') + ".9999999999.deadbeef";
        refused(w.callback(bot::encode_form({{"code", "code-x"}, {"state", made_up}}), made_up));
    }
    SECTION("expired: more than 10 minutes after the install page") {
        auto const s = w.start();
        clock.advance(10min + 1s);
        refused(w.callback(bot::encode_form({{"code", "code-x"}, {"state", s.state}}), s.state));
    }
    SECTION("no cookie, or another browser's") {
        auto const mine = w.start();
        auto const theirs = w.start();
        refused(w.callback(bot::encode_form({{"code", "code-x"}, {"state", mine.state}}), ""));
        refused(w.callback(bot::encode_form({{"code", "code-x"}, {"state", mine.state}}), theirs.state));
    }
    SECTION("replayed: a state is good once") {
        auto const s = w.start();
        auto const denied = w.callback(bot::encode_form({{"error", "access_denied"}, {"state", s.state}}), s.state);
        REQUIRE(denied);
        CHECK(denied->status == 200);
        CHECK_THAT(denied->body, Catch::Contains("You cancelled the installation"));
        refused(w.callback(bot::encode_form({{"code", "code-x"}, {"state", s.state}}), s.state));
    }
    CHECK(w.exchanges() == 0);
    CHECK_FALSE(w.stored("T2000"));
}

TEST_CASE("install: a code Slack refuses, or a replayed success, stores nothing more", "[e2e][oauth]") {
    World w;
    auto const s = w.start();
    auto const failed = w.callback(bot::encode_form({{"code", "never-issued"}, {"state", s.state}}), s.state);
    REQUIRE(failed);
    CHECK(failed->status == 502);
    CHECK_THAT(failed->body, Catch::Contains("Nothing was saved"));
    CHECK(w.exchanges() == 1);

    w.slack.add_grant("code-ok", grant("T3000", "xoxb-team-three"));
    auto const ok = w.start();
    auto const query = bot::encode_form({{"code", "code-ok"}, {"state", ok.state}});
    REQUIRE(w.callback(query, ok.state)->status == 200);
    auto const replay = w.callback(query, ok.state);
    REQUIRE(replay);
    CHECK(replay->status == 400);
    CHECK(w.exchanges() == 2);  // the replay never reached Slack
}

TEST_CASE("two workspaces: commands and shortcuts from each use that workspace's token, never the other's",
          "[e2e][oauth]") {
    World w;
    REQUIRE(w.install("code-a", grant("TAAAA", "xoxb-token-of-team-a")).status == 200);
    REQUIRE(w.install("code-b", grant("TBBBB", "xoxb-token-of-team-b")).status == 200);

    for (auto const& [team, token, other] : {std::tuple{"TAAAA", "xoxb-token-of-team-a", "xoxb-token-of-team-b"},
                                             std::tuple{"TBBBB", "xoxb-token-of-team-b", "xoxb-token-of-team-a"}}) {
        INFO(team);
        w.slack.clear();
        auto const cmd = w.app.post_signed(followup(w.slack, team, "U0001"), "application/x-www-form-urlencoded");
        REQUIRE(cmd);
        REQUIRE(cmd->status == 200);
        auto const sc = w.app.interaction(shortcut(team, w.slack.response_url(std::string("sc-") + team)));
        REQUIRE(sc);
        REQUIRE(sc->status == 200);
        REQUIRE(w.slack.wait_for("users.info", 1, 5s));
        REQUIRE(w.slack.wait_for("views.open", 1, 5s));
        auto const calls = w.slack.calls();
        for (auto const& c : calls) {
            if (c.method == "response_url") {
                CHECK(c.authorization.empty());  // a response_url never gets a token
                continue;
            }
            INFO(c.method);
            CHECK(c.authorization == std::string("Bearer ") + token);
            CHECK_THAT(c.authorization, !Catch::Contains(other));
        }
    }
}

TEST_CASE("a workspace without an installation gets a polite answer, and it is logged", "[e2e][oauth]") {
    World w;
    REQUIRE(w.install("code-a", grant("TAAAA", "xoxb-token-of-team-a")).status == 200);
    w.slack.clear();
    auto const cmd = w.app.post_signed(followup(w.slack, "TNOPE", "U0001"), "application/x-www-form-urlencoded");
    REQUIRE(cmd);
    CHECK(cmd->status == 200);
    auto const reply = json::parse(cmd->body).as_object();
    CHECK(reply.at("response_type") == "ephemeral");
    CHECK_THAT(std::string(reply.at("text").as_string()),
               Catch::Contains("Pushback is not installed in this workspace") &&
                   Catch::Contains(std::string(public_url) + "/slack/install"));

    auto const sc = w.app.interaction(shortcut("TNOPE", w.slack.response_url("nope")));
    REQUIRE(sc);
    CHECK(sc->status == 200);
    REQUIRE(w.slack.wait_for("response_url", 1, 5s));
    auto const posted = w.slack.calls("response_url");
    CHECK_THAT(std::string(posted[0].body.at("text").as_string()),
               Catch::Contains("Pushback is not installed in this workspace"));
    for (auto const& c : w.slack.calls()) CHECK(c.method == "response_url");  // no Web API call at all
    CHECK_THAT(w.app.log_text(),
               Catch::Contains("request from a workspace without an installation") && Catch::Contains("TNOPE"));
}

TEST_CASE("token rotation: an expiring token is refreshed exactly once under 20 concurrent requests", "[e2e][oauth]") {
    World w;
    // Five minutes left: inside the refresh margin, so the first call refreshes it.
    REQUIRE(w.install("code-r", grant("TROT1", "xoxe.xoxb-first", "xoxe-1-first-refresh", 300)).status == 200);
    w.slack.clear();
    w.slack.fail_next("oauth.v2.access", FakeSlack::Stall{300ms});  // a slow refresh: the others must wait for it

    constexpr int n = 20;
    std::vector<std::thread> clients;
    std::atomic<int> acked{0};
    for (int i = 0; i < n; ++i) {
        clients.emplace_back([&, i] {
            auto r = w.app.interaction(shortcut("TROT1", w.slack.response_url("r" + std::to_string(i))));
            if (r && r->status == 200) ++acked;
        });
    }
    for (auto& t : clients) t.join();
    CHECK(acked == n);
    REQUIRE(w.slack.wait_for("views.open", n, 15s));

    auto const refreshes = w.slack.calls("oauth.v2.access");
    REQUIRE(refreshes.size() == 1);
    CHECK(json::value_to<std::string>(refreshes[0].body.at("grant_type")) == "refresh_token");
    CHECK(json::value_to<std::string>(refreshes[0].body.at("refresh_token")) == "xoxe-1-first-refresh");
    CHECK(refreshes[0].authorization == basic("1111.2222", "fake-client-secret-0123456789"));
    for (auto const& c : w.slack.calls("views.open")) CHECK(c.authorization == "Bearer xoxe.xoxb-refreshed-1-TROT1");

    auto const inst = w.stored("TROT1");
    REQUIRE(inst);
    auto const left =
        *inst->bot_token_expires_at - std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    CHECK(left > std::chrono::hours{11});
}

TEST_CASE("app_uninstalled and tokens_revoked delete the tokens at once, and the team data is kept", "[e2e][oauth]") {
    World w;
    REQUIRE(w.install("code-u", grant("TUNIN", "xoxb-uninstalled")).status == 200);
    REQUIRE(w.install("code-v", grant("TREVO", "xoxb-revoked")).status == 200);
    REQUIRE(w.app.command("commit Ship the beta without SSO", "U0001", "TUNIN")->status == 200);

    auto event = [](std::string const& team, std::string const& id, json::object ev) {
        return json::object{
            {"token", "x"},   {"team_id", team},          {"api_app_id", "A0FAKEAPP"}, {"type", "event_callback"},
            {"event_id", id}, {"event_time", 1700000000}, {"event", std::move(ev)}};
    };
    REQUIRE(w.app.event(event("TUNIN", "Ev001", {{"type", "app_uninstalled"}}))->status == 200);
    REQUIRE(
        w.app
            .event(event("TREVO", "Ev002",
                         {{"type", "tokens_revoked"}, {"tokens", {{"oauth", json::array{}}, {"bot", {"UBOT0001"}}}}}))
            ->status == 200);
    CHECK_FALSE(w.stored("TUNIN"));
    CHECK_FALSE(w.stored("TREVO"));

    auto const after = w.app.command("log", "U0001", "TUNIN");
    REQUIRE(after);
    CHECK_THAT(after->body, Catch::Contains("not installed in this workspace"));
    // Kept (PUSHBACK_PURGE_ON_UNINSTALL's default: 30 days): a reinstall finds the log again.
    auto store = storage::open_sqlite_store(w.app.db_path());
    REQUIRE(store);
    CHECK(*(*store)->count_commitments({"TUNIN", "U0001"}) == 1);
}

TEST_CASE("PUSHBACK_PURGE_ON_UNINSTALL=immediately purges the team's log with the tokens", "[e2e][oauth]") {
    World w{nullptr, std::chrono::seconds{0}};
    REQUIRE(w.install("code-p", grant("TPURG", "xoxb-purged")).status == 200);
    REQUIRE(w.install("code-q", grant("TKEEP", "xoxb-kept")).status == 200);
    REQUIRE(w.app.command("commit Ship the beta without SSO", "U0001", "TPURG")->status == 200);
    REQUIRE(w.app.command("commit Keep the old API", "U0001", "TKEEP")->status == 200);
    json::object const ev{{"team_id", "TPURG"},
                          {"api_app_id", "A0FAKEAPP"},
                          {"type", "event_callback"},
                          {"event_id", "Ev777"},
                          {"event", {{"type", "app_uninstalled"}}}};
    REQUIRE(w.app.event(ev)->status == 200);
    auto store = storage::open_sqlite_store(w.app.db_path());
    REQUIRE(store);
    CHECK(*(*store)->count_commitments({"TPURG", "U0001"}) == 0);
    CHECK(*(*store)->count_commitments({"TKEEP", "U0001"}) == 1);
}

TEST_CASE("tokens are never in the SQLite file nor in the logs", "[e2e][oauth]") {
    World w;
    REQUIRE(w.install("code-a", grant("TAAAA", "xoxb-plain-secret-aaaa", "xoxe-1-plain-refresh-aaaa", 300)).status ==
            200);
    REQUIRE(w.install("code-b", grant("TBBBB", "xoxb-plain-secret-bbbb")).status == 200);
    // A refresh writes new tokens too.
    REQUIRE(w.app.interaction(shortcut("TAAAA", w.slack.response_url("a")))->status == 200);
    REQUIRE(w.slack.wait_for("views.open", 1, 5s));
    REQUIRE(w.slack.calls("oauth.v2.access").size() == 3);

    std::vector<std::string> const secrets{"xoxb-plain-secret-aaaa",
                                           "xoxe-1-plain-refresh-aaaa",
                                           "xoxb-plain-secret-bbbb",
                                           "xoxe.xoxb-refreshed-1-TAAAA",
                                           "xoxe-1-refresh-1-TAAAA",
                                           "fake-client-secret-0123456789",
                                           w.key};
    std::string files;
    for (auto const* suffix : {"", "-wal", "-shm", "-journal"}) files += read_text(w.app.db_path() + suffix);
    REQUIRE(files.size() > 4096);
    auto const log = w.app.log_text();
    REQUIRE_FALSE(log.empty());
    for (auto const& s : secrets) {
        INFO(s);
        CHECK(files.find(s) == std::string::npos);
        CHECK(log.find(s) == std::string::npos);
    }
}

TEST_CASE("Enterprise Grid: an org-wide install serves the org's workspaces with the org's token", "[e2e][oauth]") {
    World w;
    auto g = org_grant("E0ORG", "xoxb-org-wide-token");
    g.team_name = "Acme Org";
    auto const r = w.install("code-org", g);
    CHECK(r.status == 200);
    CHECK_THAT(r.body, Catch::Contains("Acme Org") && Catch::Contains("https://app.slack.com/manage/E0ORG/"));
    REQUIRE(w.install("code-own", grant("TOWN1", "xoxb-own-workspace-token")).status == 200);
    w.slack.clear();

    auto slash = [&](std::string const& team, std::string const& enterprise) {
        return grid_command(w.slack, team, enterprise);
    };
    // A workspace of the org with no installation of its own: the org's token.
    REQUIRE(w.app.post_signed(slash("TINORG", "E0ORG"), "application/x-www-form-urlencoded")->status == 200);
    REQUIRE(w.slack.wait_for("users.info", 1, 5s));
    CHECK(w.slack.calls("users.info")[0].authorization == "Bearer xoxb-org-wide-token");
    // Another org's workspace is not served by it.
    auto const stranger = w.app.post_signed(slash("TOTHER", "E0ELSE"), "application/x-www-form-urlencoded");
    REQUIRE(stranger);
    CHECK_THAT(stranger->body, Catch::Contains("not installed in this workspace"));
    CHECK(w.slack.calls("users.info").size() == 1);
}

TEST_CASE("Enterprise Grid: a reminder from a workspace served by the org-wide install is DMed with the org's token",
          "[e2e][oauth]") {
    // The scheduler reads this clock: time moves without sleeping. Requests are signed with the real time,
    // which this clock starts at.
    util::ManualClock clock{std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now())};
    World w{&clock};
    REQUIRE(w.install("code-org", org_grant("E0ORG", "xoxb-org-wide-token")).status == 200);
    REQUIRE(w.install("code-else", org_grant("E0ELSE", "xoxb-other-org-token")).status == 200);
    w.slack.set_user_tz("U0001", "Europe/Paris");

    // U0001 in TINORG (org E0ORG, no installation of its own) and U0009 in TELSE (org E0ELSE) schedule.
    for (auto const& [team, enterprise, user] :
         {std::tuple{"TINORG", "E0ORG", "U0001"}, std::tuple{"TELSE", "E0ELSE", "U0009"}}) {
        auto const cmd =
            w.app.post_signed(grid_command(w.slack, team, enterprise, user), "application/x-www-form-urlencoded");
        REQUIRE(cmd);
        REQUIRE(cmd->status == 200);
    }
    // U0001 also logs a decision whose concern comes back in 2 hours (a revisit reminder, same rule).
    auto const commit = w.app.post_signed(
        grid_command(w.slack, "TINORG", "E0ORG", "U0001",
                     "commit Ship the beta without SSO; my concern is the security review revisit in 2h"),
        "application/x-www-form-urlencoded");
    REQUIRE(commit);
    CHECK_THAT(commit->body, Catch::Contains("Logged as #") && Catch::Contains("Revisit on"));
    REQUIRE(w.slack.wait_for("response_url", 2, 5s));
    for (auto const& c : w.slack.calls("response_url"))
        CHECK_THAT(json::serialize(c.body), Catch::Contains("I'll DM you"));
    // A workspace of a third org, which has no installation: its request was refused, and a reminder of its
    // (one stored before its org uninstalled) must not borrow another org's token.
    {
        auto store = storage::open_sqlite_store(w.app.db_path());
        REQUIRE(store);
        storage::NewReminder stray;
        stray.with_whom = "U0002";
        stray.due_at = std::chrono::floor<std::chrono::seconds>(clock.now()) + 1h;
        stray.tz = "UTC";
        stray.enterprise_id = "E0THIRD";
        REQUIRE((*store)->add_reminder({"TTHIRD", "U0008"}, stray));
    }
    w.slack.clear();

    clock.advance(2h + 1min);
    REQUIRE(w.slack.wait_for("chat.postMessage", 3, 5s));
    std::this_thread::sleep_for(700ms);  // a few scheduler polls: anything else due would have been tried
    auto const dm_of = [&](std::string const& user) -> std::string {
        for (auto const& c : w.slack.calls("conversations.open"))
            if (json::value_to<std::string>(c.body.at("users")) == user) return c.authorization;
        return "none";
    };
    CHECK(dm_of("U0001") == "Bearer xoxb-org-wide-token");
    CHECK(dm_of("U0009") == "Bearer xoxb-other-org-token");
    CHECK(dm_of("U0008") == "none");
    auto const posts = w.slack.calls("chat.postMessage");
    REQUIRE(posts.size() == 3);
    std::multiset<std::string> tokens;
    for (auto const& c : posts) tokens.insert(c.authorization);
    CHECK(tokens == std::multiset<std::string>{"Bearer xoxb-org-wide-token", "Bearer xoxb-org-wide-token",
                                               "Bearer xoxb-other-org-token"});
    auto const texts = json::serialize(posts[0].body) + json::serialize(posts[1].body) + json::serialize(posts[2].body);
    CHECK_THAT(texts, Catch::Contains("Time to revisit decision") && Catch::Contains("write up your 1:1"));
    for (auto const& c : w.slack.calls()) {
        INFO(c.method);
        CHECK_THAT(json::serialize(c.body), !Catch::Contains("U0008"));
    }
    CHECK_THAT(w.app.log_text(), Catch::Contains("reminder not delivered, will retry"));
}
