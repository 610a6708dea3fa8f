// Graceful stop and after-ack work, end to end through the real server and the fake Slack: a Slack call that
// after-ack work starts (not only the ones a Reply names) is awaited by the stop, so nothing is cut off.
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

TestAppOptions options(FakeSlack const& s) {
    TestAppOptions o;
    o.slack_api_url = s.api_base();
    o.ca_file = s.ca_file();
    o.bot_token = s.token();
    return o;  // shutdown grace: 3 s
}

json::object reframe_submission() {
    auto p = fixture_json("view_submission.json");
    auto& view = p["view"].as_object();
    view["callback_id"] = "reframe_modal";
    view["private_metadata"] = json::serialize(json::object{{"c", "C0001"}, {"t", "1716540000.000100"}});
    view["state"] = json::object{
        {"values",
         {{"reply", {{"reply_input", {{"type", "plain_text_input"}, {"value", "Which part costs the most?"}}}}}}}};
    return p;
}

}  // namespace

TEST_CASE("a Slack call started inside after-ack work completes across a graceful stop", "[e2e]") {
    FakeSlack slack;
    TestApp app{options(slack)};
    // The reframe submission's after-ack task posts in the thread, then updates the modal with the outcome.
    // The post is answered only after 1 s, so the stop below begins while it is in flight.
    slack.fail_next("chat.postMessage", FakeSlack::Stall{1000ms});
    auto r = app.interaction(reframe_submission());
    REQUIRE(r);
    REQUIRE(r->status == 200);
    REQUIRE(slack.wait_for("chat.postMessage", 1, 5s));
    CHECK(slack.calls("views.update").empty());

    auto const t0 = std::chrono::steady_clock::now();
    app.stop();
    // The stop waited for the task: the post was answered and the task went on to update the modal.
    CHECK(std::chrono::steady_clock::now() - t0 >= 500ms);
    REQUIRE(slack.calls("views.update").size() == 1);
    CHECK_THAT(bot::blocks::render_text(slack.calls("views.update").front().body.at("view")),
               Catch::Contains("Posted in the thread"));
    CHECK_THAT(app.log_text(), !Catch::Contains("still in flight"));
}

TEST_CASE("a follow-up scheduled after the ack is confirmed even when a graceful stop begins", "[e2e]") {
    FakeSlack slack;
    TestApp app{options(slack)};
    // No cached time zone: after the ack, users.info (slow here), then the confirmation to the response_url.
    slack.fail_next("users.info", FakeSlack::Stall{1000ms});
    auto r = app.post_signed(slash_body("followup @alex tomorrow 9am", "U0001", "T0001", slack.response_url("confirm")),
                             "application/x-www-form-urlencoded");
    REQUIRE(r);
    REQUIRE(r->status == 200);
    REQUIRE(slack.wait_for("users.info", 1, 5s));

    app.stop();
    REQUIRE(slack.calls("response_url").size() == 1);
    auto const confirmation = slack.calls("response_url").front();
    CHECK(confirmation.response_name == "confirm");
    CHECK_THAT(json::serialize(confirmation.body), Catch::Contains("I'll DM you"));
}
