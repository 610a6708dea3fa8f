// End to end through the real server and the fake Slack (real TLS with a test CA): the message
// shortcut, modals, buttons, App Home, the commitments log, and how Slack's failures are handled.
#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include "bot/blocks.hpp"
#include "bot/form.hpp"
#include "support/fake_slack.hpp"
#include "support/test_app.hpp"

using namespace pushback;
using namespace pushback::test;
using pushback::testing::FakeSlack;
namespace json = boost::json;
using namespace std::chrono_literals;

namespace {

struct World {
    FakeSlack slack;
    TestApp app{options(slack)};

    static TestAppOptions options(FakeSlack const& s) {
        TestAppOptions o;
        o.slack_api_url = s.api_base();
        o.ca_file = s.ca_file();
        o.bot_token = s.token();
        return o;
    }
};

json::object message_action(std::string const& author, std::string const& text, std::string const& thread_ts = "") {
    auto p = fixture_json("message_action.json");
    p["message"].as_object()["user"] = author;
    p["message"].as_object()["text"] = text;
    if (!thread_ts.empty()) p["message"].as_object()["thread_ts"] = thread_ts;
    return p;
}

json::object view_submission(std::string const& callback_id, json::object values, std::string const& metadata,
                             std::string const& user = "U0001") {
    auto p = fixture_json("view_submission.json");
    p["user"].as_object()["id"] = user;
    auto& view = p["view"].as_object();
    view["callback_id"] = callback_id;
    view["private_metadata"] = metadata;
    view["state"] = json::object{{"values", std::move(values)}};
    return p;
}

json::object block_action(std::string const& action_id, std::string const& value, std::string const& response_url,
                          std::string const& user = "U0001") {
    auto p = fixture_json("block_actions.json");
    p["user"].as_object()["id"] = user;
    p["response_url"] = response_url;
    auto& a = p["actions"].as_array()[0].as_object();
    a["action_id"] = action_id;
    a["value"] = value;
    return p;
}

json::object input(std::string const& value) { return {{"type", "plain_text_input"}, {"value", value}}; }

}  // namespace

TEST_CASE("Reframe this on a PM's ask opens a modal of replies through views.open", "[e2e][surfaces]") {
    World w;
    auto const sent = std::chrono::steady_clock::now();
    auto r = w.app.interaction(message_action("U0002", "Can we do this faster? Why does this take so long?"));
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(r->body.empty());  // acknowledged at once; the modal follows through the Web API
    REQUIRE(w.slack.wait_for("views.open", 1, 5s));
    auto const call = w.slack.calls("views.open").front();
    // The trigger_id expires 3 s after Slack sends it: the whole path (ack, analysis, TLS call) must
    // stay far inside that. Printed for the record; the bound only catches a pathological regression.
    auto const path = std::chrono::duration_cast<std::chrono::microseconds>(call.received - sent);
    std::printf("[surfaces] shortcut request sent -> views.open received by Slack: %lld us\n",
                static_cast<long long>(path.count()));
    CHECK(path < 2500ms);
    CHECK(call.authorization == "Bearer " + w.slack.token());
    CHECK(call.body.at("trigger_id") == fixture_json("message_action.json").at("trigger_id"));
    auto const& view = call.body.at("view");
    CHECK(block_kit_problems(view, Surface::modal).empty());
    auto const text = bot::blocks::render_text(view);
    CHECK_THAT(text, Catch::Contains("<@U0002>'s message"));
    CHECK_THAT(text, Catch::Contains("faster"));
    // A PM's trust-destroying ask gets the trust-building side: an answer, not a rewrite.
    CHECK_THAT(text, Catch::Contains("Reply to post in the thread"));
}

TEST_CASE("Reframe this on your own message offers rewrites", "[e2e][surfaces]") {
    World w;
    REQUIRE(w.app.interaction(message_action("U0001", "I don't think we can add SSO"))->status == 200);
    REQUIRE(w.slack.wait_for("views.open", 1, 5s));
    auto const text = bot::blocks::render_text(w.slack.calls("views.open").front().body.at("view"));
    CHECK_THAT(text, Catch::Contains("Your message"));
    CHECK_THAT(text, Catch::Contains("Rewrite to post in the thread"));
    CHECK_THAT(text, Catch::Contains("SSO"));
}

TEST_CASE("submitting the reframe modal posts into the message's thread", "[e2e][surfaces]") {
    World w;
    auto const metadata = json::serialize(json::object{{"c", "C0001"}, {"t", "1716540000.000100"}});
    SECTION("a finished reply is posted with thread_ts, and the modal says so") {
        auto r = w.app.interaction(view_submission(
            "reframe_modal",
            {{"reply",
              {{"reply_input", input("Help me understand what makes the export complex: which part costs "
                                     "the most of the 3 weeks?")}}}},
            metadata));
        REQUIRE(r);
        CHECK(r->status == 200);
        CHECK(json::parse(r->body).at("response_action") == "update");
        REQUIRE(w.slack.wait_for("chat.postMessage", 1, 5s));
        auto const post = w.slack.calls("chat.postMessage").front().body;
        CHECK(post.at("channel") == "C0001");
        CHECK(post.at("thread_ts") == "1716540000.000100");
        CHECK_THAT(std::string(post.at("text").as_string()), Catch::Contains("3 weeks"));
        REQUIRE(w.slack.wait_for("views.update", 1, 5s));
        CHECK_THAT(bot::blocks::render_text(w.slack.calls("views.update").front().body.at("view")),
                   Catch::Contains("Posted in the thread"));
    }
    SECTION("a reply with unfilled [prompts] comes back as an inline error, nothing posted") {
        auto r = w.app.interaction(view_submission(
            "reframe_modal", {{"reply", {{"reply_input", input("In [when did this happen?], we lost a week.")}}}},
            metadata));
        REQUIRE(r);
        auto const body = json::parse(r->body);
        CHECK(body.at("response_action") == "errors");
        CHECK(body.at("errors").as_object().contains("reply"));
        std::this_thread::sleep_for(200ms);
        CHECK(w.slack.calls("chat.postMessage").empty());
    }
    SECTION("Slack refusing the post is shown in the modal, not swallowed") {
        w.slack.fail_next("chat.postMessage", FakeSlack::ApiError{"not_in_channel"});
        REQUIRE(w.app
                    .interaction(view_submission(
                        "reframe_modal", {{"reply", {{"reply_input", input("Done by Friday 5pm.")}}}}, metadata))
                    ->status == 200);
        REQUIRE(w.slack.wait_for("views.update", 1, 5s));
        CHECK_THAT(bot::blocks::render_text(w.slack.calls("views.update").front().body.at("view")),
                   Catch::Contains("/invite"));
    }
    SECTION("an empty reply just closes") {
        auto r =
            w.app.interaction(view_submission("reframe_modal", {{"reply", {{"reply_input", input("")}}}}, metadata));
        REQUIRE(r);
        CHECK(r->status == 200);
        CHECK(r->body.empty());
    }
}

TEST_CASE("Log as commitment: button opens the decision-log modal, submission is stored and searchable",
          "[e2e][surfaces][storage]") {
    World w;
    auto const draft = "The 3-week estimate ignores the 2 weeks of security review for SSO.";
    REQUIRE(w.app.interaction(block_action("log_commitment", draft, w.slack.response_url("c1")))->status == 200);
    REQUIRE(w.slack.wait_for("views.open", 1, 5s));
    auto const view = w.slack.calls("views.open").front().body.at("view");
    CHECK(block_kit_problems(view, Surface::modal).empty());
    CHECK(view.at("callback_id") == "decision_log");
    CHECK_THAT(json::serialize(view), Catch::Contains("2 weeks of security review"));  // pre-filled concerns

    SECTION("missing decision: inline error, nothing stored") {
        auto r =
            w.app.interaction(view_submission("decision_log", {{"decision", {{"decision_input", input(" ")}}}}, ""));
        auto const body = json::parse(r->body);
        CHECK(body.at("response_action") == "errors");
        CHECK(body.at("errors").as_object().contains("decision"));
        CHECK_THAT(w.app.command("log")->body, Catch::Contains("empty"));
    }
    SECTION("a full entry is stored, listed, searched and exported") {
        auto r = w.app.interaction(view_submission(
            "decision_log",
            {{"decision", {{"decision_input", input("Ship SSO in the March release as scoped")}}},
             {"context", {{"context_input", input("Enterprise deal closes in March")}}},
             {"alternatives", {{"alternatives_input", input("Defer SAML to April")}}},
             {"tradeoffs", {{"tradeoffs_input", input("Security review compressed")}}},
             {"decision_maker", {{"decision_maker_input", input("PM and tech lead jointly")}}},
             {"concerns", {{"concerns_input", input(draft)}}},
             {"status",
              {{"status_input", {{"type", "static_select"}, {"selected_option", {{"value", "committed"}}}}}}}},
            ""));
        REQUIRE(r);
        CHECK(json::parse(r->body).at("response_action") == "update");
        auto const list = bot::blocks::render_text(json::parse(w.app.command("log")->body));
        CHECK_THAT(list, Catch::Contains("Ship SSO in the March release"));
        CHECK_THAT(list, Catch::Contains("PM and tech lead jointly"));
        CHECK_THAT(bot::blocks::render_text(json::parse(w.app.command("log saml")->body)), Catch::Contains("Ship SSO"));
        CHECK_THAT(w.app.command("log kubernetes")->body, Catch::Contains("Nothing in your log matches"));
        // The Home tab is refreshed with the new entry.
        REQUIRE(w.slack.wait_for("views.publish", 1, 5s));
    }
}

TEST_CASE("/pushback commit, log and export round-trip through the real server", "[e2e][storage]") {
    World w;
    auto c = w.app.command("commit Ship the importer on Dec 4 without CSV mapping; mapping follows in sprint 12");
    REQUIRE(c);
    auto const reply = json::parse(c->body);
    CHECK(block_kit_problems(reply).empty());
    CHECK_THAT(bot::blocks::render_text(reply), Catch::Contains("Logged as #1"));
    REQUIRE(w.app.command("commit Use webhooks instead of polling for the partner API")->status == 200);

    auto const list = bot::blocks::render_text(json::parse(w.app.command("log")->body));
    CHECK(list.find("webhooks") < list.find("importer"));  // newest first

    // Export goes to the user's DM as a file (the three-step upload); the response_url says where.
    std::string const url = w.slack.response_url("export");
    auto const body = bot::encode_form({{"team_id", "T0001"},
                                        {"user_id", "U0001"},
                                        {"command", "/pushback"},
                                        {"text", "export"},
                                        {"response_url", url},
                                        {"trigger_id", "1.2.3"}});
    REQUIRE(w.app.post_signed(body, "application/x-www-form-urlencoded")->status == 200);
    REQUIRE(w.slack.wait_for("response_url", 1, 5s));
    CHECK_THAT(json::serialize(w.slack.calls("response_url").front().body), Catch::Contains("is in your DM"));
    auto const files = w.slack.files();
    REQUIRE(files.size() == 1);
    CHECK(files[0].completed);
    CHECK_THAT(files[0].bytes, Catch::Contains("**Decision:** Use webhooks instead of polling"));
    CHECK_THAT(files[0].bytes, Catch::Contains("Ship the importer on Dec 4"));
}

TEST_CASE("one user can neither see nor change another's entries, through the HTTP surface", "[e2e][storage]") {
    World w;
    REQUIRE(w.app.command("commit Alice's private decision about Atlas", "U0001")->status == 200);
    // Bob, same workspace: his log is empty, his search finds nothing, his export is empty.
    CHECK_THAT(w.app.command("log", "U0002")->body, Catch::Contains("Your log is empty"));
    CHECK_THAT(w.app.command("log atlas", "U0002")->body, Catch::Contains("Nothing in your log matches"));
    CHECK_THAT(w.app.command("export", "U0002")->body, Catch::Contains("empty"));
    // Same user id in another workspace: nothing either.
    CHECK_THAT(w.app.command("log", "U0001", "T0999")->body, Catch::Contains("Your log is empty"));
    // Bob clicking "Mark done" with Alice's entry id is told it does not exist; the entry is untouched.
    REQUIRE(w.app.interaction(block_action("commitment_done", "1", w.slack.response_url("bob"), "U0002"))->status ==
            200);
    REQUIRE(w.slack.wait_for("response_url", 1, 5s));
    CHECK_THAT(json::serialize(w.slack.calls("response_url").front().body), Catch::Contains("can't find"));
    CHECK_THAT(w.app.command("log", "U0001")->body, Catch::Contains("committed"));
    CHECK_THAT(w.app.command("log", "U0001")->body, !Catch::Contains(":white_check_mark: done"));
}

TEST_CASE("Show the escalation ladder answers through response_url", "[e2e][surfaces]") {
    World w;
    REQUIRE(w.app.interaction(block_action("show_ladder", "ladder", w.slack.response_url("ladder")))->status == 200);
    REQUIRE(w.slack.wait_for("response_url", 1, 5s));
    auto const body = w.slack.calls("response_url").front().body;
    CHECK(block_kit_problems(body).empty());
    CHECK_THAT(bot::blocks::render_text(body), Catch::Contains("1:1"));
}

TEST_CASE("App Home: opening the tab publishes the guide, commitments and reminders, retries handled once",
          "[e2e][surfaces]") {
    World w;
    REQUIRE(w.app.command("commit Keep the nightly export job on Postgres 14 until Q2")->status == 200);
    auto event = fixture_json("app_home_opened.json");
    REQUIRE(w.app.event(event)->status == 200);
    REQUIRE(w.slack.wait_for("views.publish", 1, 5s));
    auto const publish = w.slack.calls("views.publish").front().body;
    CHECK(publish.at("user_id") == event.at("event").at("user"));
    CHECK(block_kit_problems(publish.at("view"), Surface::home).empty());
    CHECK_THAT(bot::blocks::render_text(publish.at("view")), Catch::Contains("Postgres 14"));

    // Slack retries the same event_id: acknowledged, not handled again.
    REQUIRE(w.app.event(event, 1)->status == 200);
    REQUIRE(w.app.event(event, 2)->status == 200);
    std::this_thread::sleep_for(300ms);
    CHECK(w.slack.calls("views.publish").size() == 1);
}

TEST_CASE("a 429 from Slack is waited out, then the call succeeds", "[e2e][surfaces]") {
    World w;
    w.slack.fail_next("views.open", FakeSlack::RateLimited{1});
    REQUIRE(w.app.interaction(message_action("U0002", "Can we just do the simple version?"))->status == 200);
    REQUIRE(w.slack.wait_for("views.open", 2, 8s));
    auto const calls = w.slack.calls("views.open");
    CHECK(calls[1].received - calls[0].received >= 900ms);  // Retry-After honoured
    CHECK(calls[0].body == calls[1].body);
}

TEST_CASE("a slow Slack does not delay other requests' acknowledgements", "[e2e][surfaces]") {
    World w;
    w.slack.fail_next("views.open", FakeSlack::Stall{4000ms}, 4);
    for (int i = 0; i < 4; ++i) {
        REQUIRE(w.app.interaction(message_action("U0002", "Can we do this faster?"))->status == 200);
    }
    // Slack is now holding four calls; commands are still answered well inside Slack's 3 seconds.
    for (int i = 0; i < 5; ++i) {
        auto const t0 = std::chrono::steady_clock::now();
        auto r = w.app.command("Can we do this faster?");
        REQUIRE(r);
        CHECK(r->status == 200);
        CHECK(std::chrono::steady_clock::now() - t0 < 1000ms);
    }
}
