// "Reframe this" (handlers/reframe.cpp): the shortcut opens a modal of ways to answer a message (or to
// rewrite one's own), and its submission posts the reply in the message's thread after the ack.
#include "handlers/reframe.hpp"

#include <catch2/catch.hpp>

#include "bot/blocks.hpp"
#include "handlers/coaching.hpp"
#include "handlers/support.hpp"

using namespace pushback;
using namespace pushback::test;
namespace json = boost::json;

namespace {

// The modal the shortcut opens (exactly one views.open, after the ack).
json::object shortcut_modal(HandlerWorld& w, json::object const& payload) {
    auto const i = Parsed::interaction(payload);
    auto reply = handlers::reframe_shortcut(i, w.deps);
    CHECK(reply.status == 200);
    CHECK(reply.body.empty());
    CHECK(w.slack.calls().empty());
    after_ack(reply, w.slack);
    auto const opened = w.slack.calls("views.open");
    REQUIRE(opened.size() == 1);
    CHECK(str(opened[0].body.at("trigger_id")) == i.trigger_id);
    auto view = opened[0].body.at("view").as_object();
    auto const problems = block_kit_problems(view, Surface::modal);
    CHECK(problems.empty());
    if (!problems.empty()) FAIL_CHECK(problems.front());
    return view;
}

json::object with_message(std::string text, std::string author, std::string thread_ts = {}) {
    auto p = fixture_json("message_action.json");
    auto& m = p["message"].as_object();
    m["text"] = std::move(text);
    m["user"] = std::move(author);
    if (!thread_ts.empty()) m["thread_ts"] = std::move(thread_ts);
    return p;
}

// A reframe_modal view_submission: the typed reply and the metadata the shortcut put in the modal.
json::object submission(std::string reply_text, std::string metadata = R"({"c":"C0001","t":"1716540000.000100"})") {
    auto p = fixture_json("view_submission.json");
    auto& view = p["view"].as_object();
    view["callback_id"] = handlers::reframe_modal_callback;
    view["id"] = "V0REFRAME";
    view["private_metadata"] = std::move(metadata);
    view["state"] = json::object{
        {"values",
         json::object{{"reply", json::object{{"reply_input", json::object{{"type", "plain_text_input"},
                                                                          {"value", std::move(reply_text)}}}}}}}};
    return p;
}

json::object body_of(bot::Reply const& r) { return json::parse(r.body).as_object(); }

}  // namespace

TEST_CASE("Reframe this on a PM's message offers replies to it, as they wrote it", "[handlers][reframe]") {
    HandlerWorld w;
    auto const view = shortcut_modal(w, fixture_json("message_action.json"));
    CHECK(view.at("callback_id") == handlers::reframe_modal_callback);
    auto const text = bot::blocks::render_text(view);
    CHECK_THAT(text, Catch::Contains("<@U0002>'s message, and how to answer it:"));
    // Slack's &amp; is read as "&" (the detector sees the text as written), and shown escaped once.
    CHECK_THAT(json::serialize(view), Catch::Contains("SSO &amp; audit logs") && !Catch::Contains("&amp;amp;"));
    // The PM's words are theirs: the modal answers them, it never calls them vague or rewrites them.
    CHECK_THAT(text, !Catch::Contains("your PM could not act on this"));
    CHECK_THAT(text, Catch::Contains("Reply to post in the thread"));
    // The modal remembers where to post: the message's channel and its ts (a thread of its own).
    CHECK(view.at("private_metadata") == R"({"c":"C0001","t":"1716540000.000100"})");
    CHECK(view.at("submit").at("text") == "Post in thread");
}

TEST_CASE("Reframe this on your own message offers rewrites, and keeps the thread it is in", "[handlers][reframe]") {
    HandlerWorld w;
    auto const view =
        shortcut_modal(w, with_message("I think we maybe need a bit more time", "U0001", "1716539000.000001"));
    auto const text = bot::blocks::render_text(view);
    CHECK_THAT(text, Catch::Contains("Your message, and how to make it land:"));
    CHECK_THAT(text, Catch::Contains("Rewrite to post in the thread"));
    // A hedged, vague draft of your own: rework it, its vague words marked.
    CHECK_THAT(text, Catch::Contains(":pencil2: *Rework it before sending"));
    CHECK_THAT(text, Catch::Contains("Vague: "));
    CHECK(view.at("private_metadata") == R"({"c":"C0001","t":"1716539000.000001"})");
}

TEST_CASE("Reframe this on a message without text, or with a very long one", "[handlers][reframe]") {
    HandlerWorld w;
    SECTION("only attachments: a notice, nothing to post") {
        auto const view = shortcut_modal(w, with_message("  ", "U0002"));
        CHECK_THAT(bot::blocks::render_text(view), Catch::Contains("This message has no text to reframe"));
        CHECK_FALSE(view.contains("submit"));
    }
    SECTION("over the draft limit: the start is analysed, and the modal says so") {
        std::string long_text;
        while (long_text.size() < 6000) long_text += "Can we maybe get this done a bit faster, probably soon? ";
        auto const view = shortcut_modal(w, with_message(long_text, "U0002"));
        CHECK_THAT(bot::blocks::render_text(view), Catch::Contains("Only the first 2500 characters were analysed."));
    }
}

TEST_CASE("submitting the reframe modal posts the reply in the thread after the ack, then says it did",
          "[handlers][reframe]") {
    HandlerWorld w;
    w.slack.answer_ok("chat.postMessage", {{"ts", "1716540400.000300"}});
    w.slack.answer_ok("views.update");
    std::string const typed =
        "Happy to. Which matters more for Monday: SSO or audit logs? Both by Friday means <no review>.";
    auto reply = handlers::reframe_submitted(Parsed::interaction(submission(typed)), w.deps);
    auto const now = body_of(reply);
    CHECK(now.at("response_action") == "update");
    CHECK_THAT(bot::blocks::render_text(now.at("view")), Catch::Contains("Posting…"));
    CHECK(w.slack.calls().empty());

    after_ack(reply, w.slack);
    auto const posts = w.slack.calls("chat.postMessage");
    REQUIRE(posts.size() == 1);
    auto const& msg = posts[0].body;
    CHECK(msg.at("channel") == "C0001");
    CHECK(msg.at("thread_ts") == "1716540000.000100");
    CHECK(str(msg.at("text")) == typed);
    CHECK(block_kit_problems(msg).empty());
    CHECK_THAT(json::serialize(msg), Catch::Contains("&lt;no review&gt;"));  // the typed text is not markup
    CHECK_THAT(bot::blocks::render_text(msg), Catch::Contains("Posted by <@U0001> with Pushback"));

    auto const updates = w.slack.calls("views.update");
    REQUIRE(updates.size() == 1);
    CHECK(updates[0].body.at("view_id") == "V0REFRAME");
    CHECK_THAT(bot::blocks::render_text(updates[0].body.at("view")), Catch::Contains("Posted in the thread."));
}

TEST_CASE("when Slack refuses the post, the modal says why and what to do", "[handlers][reframe]") {
    HandlerWorld w;
    w.slack.answer_ok("views.update");
    SECTION("the app is not in the channel") {
        w.slack.answer_error("chat.postMessage", "not_in_channel");
        auto reply =
            handlers::reframe_submitted(Parsed::interaction(submission("Sounds good, let's do SAML first.")), w.deps);
        after_ack(reply, w.slack);
        auto const updates = w.slack.calls("views.update");
        REQUIRE(updates.size() == 1);
        CHECK_THAT(bot::blocks::render_text(updates[0].body.at("view")),
                   Catch::Contains("Pushback is not in that channel") && Catch::Contains("/invite @Pushback"));
    }
    SECTION("any other error") {
        w.slack.answer_error("chat.postMessage", "msg_too_long");
        auto reply =
            handlers::reframe_submitted(Parsed::interaction(submission("Sounds good, let's do SAML first.")), w.deps);
        after_ack(reply, w.slack);
        auto const updates = w.slack.calls("views.update");
        REQUIRE(updates.size() == 1);
        CHECK_THAT(bot::blocks::render_text(updates[0].body.at("view")),
                   Catch::Contains("(msg_too_long)") && Catch::Contains("Nothing was posted"));
    }
}

TEST_CASE("the reframe modal is not posted with prompts left in, too long, empty, or without its thread",
          "[handlers][reframe]") {
    HandlerWorld w;
    SECTION("an empty reply just closes the modal") {
        auto reply = handlers::reframe_submitted(Parsed::interaction(submission("  \n")), w.deps);
        CHECK(reply.body.empty());
        after_ack(reply, w.slack);
        CHECK(w.slack.calls().empty());
    }
    struct Case {
        std::string typed, metadata, says;
    };
    for (auto const& c :
         std::vector<Case>{{"We could ship [date] if [condition].", R"({"c":"C0001","t":"1.2"})",
                            "Fill in or delete the [bracketed]"},
                           {std::string(3001, 'x'), R"({"c":"C0001","t":"1.2"})", "At most 3,000 characters."},
                           {"All good.", "not json", "I lost track of which thread"},
                           {"All good.", R"({"c":"C0001"})", "I lost track of which thread"}}) {
        CAPTURE(c.says);
        auto reply = handlers::reframe_submitted(Parsed::interaction(submission(c.typed, c.metadata)), w.deps);
        auto const answer = body_of(reply);
        CHECK(answer.at("response_action") == "errors");
        CHECK_THAT(str(answer.at("errors").at("reply")), Catch::Contains(c.says));
        after_ack(reply, w.slack);
        CHECK(w.slack.calls().empty());
    }
}
