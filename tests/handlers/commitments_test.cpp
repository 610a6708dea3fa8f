// The decision log (handlers/commitments.cpp): `/pushback commit`, `log`, `export`, the "Log as commitment"
// modal, Edit and Mark done. What the user reads, what lands in the store, which Slack calls follow the ack.
#include "handlers/commitments.hpp"

#include <catch2/catch.hpp>

#include "bot/blocks.hpp"
#include "handlers/support.hpp"

using namespace pushback;
using namespace pushback::test;
namespace json = boost::json;
using namespace std::chrono_literals;

namespace {

json::object body_of(bot::Reply const& r) {
    REQUIRE(r.content_type == "application/json");
    return json::parse(r.body).as_object();
}

std::string text_of(bot::Reply const& r) { return bot::blocks::render_text(body_of(r)); }

std::vector<storage::Commitment> log_of(HandlerWorld& w, std::string user = "U0001") {
    return *w.store->all_commitments(w.owner(std::move(user)));
}

// A decision_log view_submission like tests/fixtures/view_submission.json with the decision replaced.
json::object submission(std::string decision, std::string private_metadata = {}) {
    auto p = fixture_json("view_submission.json");
    auto& view = p["view"].as_object();
    view["state"].as_object()["values"].as_object()["decision"].as_object()["decision_input"].as_object()["value"] =
        std::move(decision);
    if (!private_metadata.empty()) view["private_metadata"] = std::move(private_metadata);
    return p;
}

}  // namespace

TEST_CASE("/pushback commit logs the decision, with what makes it checkable, and offers Edit and Mark done",
          "[handlers][commitments]") {
    HandlerWorld w;
    auto const reply =
        handlers::commit_command(HandlerWorld::slash("commit Ship SSO by March 3"), "Ship SSO by March 3", w.deps);
    auto const msg = body_of(reply);
    CHECK(msg.at("response_type") == "ephemeral");
    CHECK(block_kit_problems(msg).empty());
    auto const stored = log_of(w);
    REQUIRE(stored.size() == 1);
    CHECK(stored[0].decision == "Ship SSO by March 3");
    CHECK(stored[0].status == storage::CommitmentStatus::committed);
    CHECK_THAT(stored[0].context, Catch::StartsWith("Particulars: ") && Catch::Contains("March 3"));
    auto const text = bot::blocks::render_text(msg);
    CHECK_THAT(text, Catch::Contains("*Logged as #" + std::to_string(stored[0].id) + ".*"));
    CHECK_THAT(text, Catch::Contains("2026-01-06"));  // the entry's date, from the clock
    CHECK_THAT(text, Catch::Contains("[Edit entry]") && Catch::Contains("[Mark done]"));
    CHECK(w.slack.calls().empty());
}

TEST_CASE("/pushback commit says how to use it, and refuses an essay, storing nothing", "[handlers][commitments]") {
    HandlerWorld w;
    CHECK_THAT(text_of(handlers::commit_command(HandlerWorld::slash("commit"), "", w.deps)),
               Catch::Contains("Usage: `/pushback commit <the decision> [revisit <when>]`"));
    std::string const essay(handlers::max_decision_chars + 1, 'x');
    auto const refusal = text_of(handlers::commit_command(HandlerWorld::slash("commit " + essay), essay, w.deps));
    CHECK_THAT(refusal, Catch::Contains("up to 500 characters; yours has 501"));
    CHECK(log_of(w).empty());
}

TEST_CASE("a vague decision is logged with a hint to make it checkable", "[handlers][commitments]") {
    HandlerWorld w;
    auto const text = text_of(handlers::commit_command(HandlerWorld::slash(""), "We'll probably do it soon", w.deps));
    CHECK_THAT(text, Catch::Contains("This decision is vague on its own"));
    CHECK(log_of(w).size() == 1);
}

TEST_CASE("/pushback log lists the user's own entries newest first, and searches them", "[handlers][commitments]") {
    HandlerWorld w;
    CHECK_THAT(text_of(handlers::log_command(HandlerWorld::slash("log"), "", w.deps)),
               Catch::Contains("Your log is empty."));
    for (auto const* d : {"Ship SSO in March", "Move the webhooks to a queue", "Freeze the billing API"}) {
        w.clock.advance(1h);
        REQUIRE(handlers::commit_command(HandlerWorld::slash(""), d, w.deps).status == 200);
    }
    REQUIRE(handlers::commit_command(HandlerWorld::slash("", "U0002"), "U0002's webhook decision", w.deps).status ==
            200);

    auto const all = text_of(handlers::log_command(HandlerWorld::slash("log"), "", w.deps));
    CHECK_THAT(all, Catch::Contains("*Your decision log*, newest first (3 in all)"));
    CHECK(all.find("Freeze the billing API") < all.find("Move the webhooks"));
    CHECK(all.find("Move the webhooks") < all.find("Ship SSO"));
    CHECK_THAT(all, !Catch::Contains("U0002's"));

    auto const found = text_of(handlers::log_command(HandlerWorld::slash("log webhook"), "webhook", w.deps));
    CHECK_THAT(found, Catch::Contains("Entries matching “webhook”") && Catch::Contains("Move the webhooks to a queue"));
    CHECK_THAT(found, !Catch::Contains("Ship SSO") && !Catch::Contains("U0002's"));

    CHECK_THAT(text_of(handlers::log_command(HandlerWorld::slash("log"), "kubernetes", w.deps)),
               Catch::Contains("Nothing in your log matches “kubernetes”."));
}

TEST_CASE("/pushback export uploads the whole log as a file to the user's DM, in three steps",
          "[handlers][commitments]") {
    HandlerWorld w;
    CHECK_THAT(text_of(handlers::export_command(HandlerWorld::slash("export"), "", w.deps)),
               Catch::Contains("Your log is empty: nothing to export yet."));
    for (int i = 0; i < 30; ++i) {
        REQUIRE(handlers::commit_command(HandlerWorld::slash(""),
                                         "Decision " + std::to_string(i) + " " + std::string(400, 'd'), w.deps)
                    .status == 200);
    }
    // An unknown format is answered with the formats, not replaced by another.
    auto const unknown = text_of(handlers::export_command(HandlerWorld::slash("export xlsx"), "xlsx", w.deps));
    CHECK_THAT(unknown, Catch::Contains("I don't know the export format “xlsx”") &&
                            Catch::Contains("`md` (Markdown, the default), `csv` or `json`"));
    CHECK(w.slack.calls().empty());

    w.slack.answer_ok("conversations.open", {{"channel", {{"id", "D0DM1"}}}});
    w.slack.answer_ok("files.getUploadURLExternal",
                      {{"upload_url", "https://files.slack.invalid/upload/v1/abc"}, {"file_id", "F0FILE1"}});
    w.slack.answer_ok("upload");
    w.slack.answer_ok("files.completeUploadExternal");
    w.slack.answer_ok("response_url");
    auto const command = HandlerWorld::slash("export csv");
    auto reply = handlers::export_command(command, "csv", w.deps);
    CHECK_THAT(text_of(reply), Catch::Contains("Uploading your decision log (30 entries, CSV)"));
    CHECK(w.slack.calls().empty());
    after_ack(reply, w.slack);

    auto const asked = w.slack.calls("files.getUploadURLExternal");
    auto const sent = w.slack.calls("upload");
    auto const done = w.slack.calls("files.completeUploadExternal");
    REQUIRE(asked.size() == 1);
    REQUIRE(sent.size() == 1);
    REQUIRE(done.size() == 1);
    auto const bytes = std::string(sent[0].body.at("bytes").as_string());
    CHECK(str(asked[0].body.at("length")) == std::to_string(bytes.size()));
    CHECK(str(asked[0].body.at("filename")) == "pushback-decision-log-2026-01-06.csv");
    CHECK(sent[0].target == "https://files.slack.invalid/upload/v1/abc");
    CHECK(str(sent[0].body.at("content_type")) == "text/csv; charset=utf-8");
    for (int i = 0; i < 30; ++i) CHECK_THAT(bytes, Catch::Contains("Decision " + std::to_string(i) + " "));
    CHECK(str(done[0].body.at("channel_id")) == "D0DM1");
    CHECK_THAT(str(done[0].body.at("files")), Catch::Contains("F0FILE1"));
    auto const told = w.slack.calls("response_url");
    REQUIRE(told.size() == 1);
    CHECK_THAT(bot::blocks::render_text(told[0].body),
               Catch::Contains("is in your DM with Pushback as `pushback-decision-log-2026-01-06.csv`"));
}

TEST_CASE("/pushback log counts the matches, not the whole log", "[handlers][commitments]") {
    HandlerWorld w;
    REQUIRE(
        handlers::commit_command(HandlerWorld::slash(""), "Ship the kill switch before the launch", w.deps).status ==
        200);
    REQUIRE(handlers::commit_command(HandlerWorld::slash(""), "Move the webhooks to a queue", w.deps).status == 200);
    auto const found = text_of(handlers::log_command(HandlerWorld::slash("log kill switch"), "kill switch", w.deps));
    CHECK_THAT(found, Catch::Contains("*Entries matching “kill switch”* (1 match)"));
    CHECK_THAT(found, !Catch::Contains("2 in all"));
    auto const all = text_of(handlers::log_command(HandlerWorld::slash("log"), "", w.deps));
    CHECK_THAT(all, Catch::Contains("(2 in all)"));
}

TEST_CASE("Log as commitment opens the decision-log modal after the ack, the draft on record as concerns",
          "[handlers][commitments]") {
    HandlerWorld w;
    auto const i = Parsed::interaction(fixture_json("block_actions.json"));
    auto reply = handlers::open_decision_log(i, w.deps);
    CHECK(reply.body.empty());
    CHECK(w.slack.calls().empty());
    after_ack(reply, w.slack);
    auto const opened = w.slack.calls("views.open");
    REQUIRE(opened.size() == 1);
    CHECK(str(opened[0].body.at("trigger_id")) == i.trigger_id);
    auto const& view = opened[0].body.at("view").as_object();
    CHECK(block_kit_problems(view, Surface::modal).empty());
    CHECK(view.at("callback_id") == handlers::decision_log_callback);
    auto const text = bot::blocks::render_text(view);
    CHECK_THAT(text, Catch::Contains("Log a commitment"));
    // The draft from the button's value prefills "Your concerns, on the record".
    bool concerns_prefilled = false;
    for (auto const& b : view.at("blocks").as_array()) {
        if (b.as_object().if_contains("block_id") && b.at("block_id") == "concerns")
            concerns_prefilled = b.at("element").at("initial_value") ==
                                 "I don't think we can add SSO by Friday. It's impossible with the current team.";
    }
    CHECK(concerns_prefilled);
    CHECK(log_of(w).empty());  // nothing is stored until the modal is submitted
}

TEST_CASE("submitting the decision-log modal stores every field and refreshes App Home", "[handlers][commitments]") {
    HandlerWorld w;
    auto const i = Parsed::interaction(fixture_json("view_submission.json"));
    auto reply = handlers::decision_log_submitted(i, w.deps);
    auto const answer = body_of(reply);
    CHECK(answer.at("response_action") == "update");
    CHECK(block_kit_problems(answer.at("view"), Surface::modal).empty());
    auto const stored = log_of(w);
    REQUIRE(stored.size() == 1);
    auto const& c = stored[0];
    CHECK(c.decision == "Ship SSO (SAML only) by Friday; audit logs move to the next sprint.");
    CHECK_THAT(c.context, Catch::StartsWith("Customer demo on Monday."));
    CHECK_THAT(c.alternatives, Catch::Contains("2) Both in two weeks."));
    CHECK(c.trade_offs == "No OIDC in the first cut; audit logs slip one sprint; the demo shows SSO only.");
    CHECK(c.decision_maker == "Alex (PM), agreed with Sam");
    CHECK_THAT(c.concerns, Catch::StartsWith("If the customer's IdP is not SAML-compatible"));
    CHECK_THAT(bot::blocks::render_text(answer.at("view")), Catch::Contains("Saved as #" + std::to_string(c.id)));

    CHECK(w.slack.calls().empty());
    after_ack(reply, w.slack);
    auto const published = w.slack.calls("views.publish");
    REQUIRE(published.size() == 1);
    CHECK(published[0].body.at("user_id") == "U0001");
    CHECK_THAT(bot::blocks::render_text(published[0].body.at("view")), Catch::Contains("Ship SSO (SAML only)"));
}

TEST_CASE("the decision-log modal refuses an empty or overlong decision inline, storing nothing",
          "[handlers][commitments]") {
    HandlerWorld w;
    for (std::string const& decision : {std::string(" \n "), std::string(handlers::max_decision_chars + 1, 'x')}) {
        auto reply = handlers::decision_log_submitted(Parsed::interaction(submission(decision)), w.deps);
        auto const answer = body_of(reply);
        CHECK(answer.at("response_action") == "errors");
        CHECK(answer.at("errors").as_object().contains("decision"));
        CHECK(reply.after_ack.empty());
    }
    CHECK(log_of(w).empty());
}

TEST_CASE("Edit reopens the user's own entry and saving it updates that entry", "[handlers][commitments]") {
    HandlerWorld w;
    auto const entry =
        *w.store->add_commitment(w.owner(), storage::NewCommitment{"Old decision", "ctx", "", "", "", "", {}, {}});
    auto reply = handlers::edit_commitment(
        Parsed::interaction(button_payload(handlers::action_commitment_edit, std::to_string(entry.id))), w.deps);
    after_ack(reply, w.slack);
    auto const opened = w.slack.calls("views.open");
    REQUIRE(opened.size() == 1);
    auto const& view = opened[0].body.at("view").as_object();
    CHECK(str(view.at("private_metadata")) == std::to_string(entry.id));
    CHECK_THAT(bot::blocks::render_text(view), Catch::Contains("Edit log entry"));

    auto saved = handlers::decision_log_submitted(
        Parsed::interaction(submission("New decision", std::to_string(entry.id))), w.deps);
    CHECK(body_of(saved).at("response_action") == "update");
    auto const stored = log_of(w);
    REQUIRE(stored.size() == 1);  // updated, not added
    CHECK(stored[0].decision == "New decision");
}

TEST_CASE("Edit and Mark done on someone else's entry change nothing and say so", "[handlers][commitments]") {
    HandlerWorld w;
    auto const theirs =
        *w.store->add_commitment(w.owner("U0002"), storage::NewCommitment{"Theirs", "", "", "", "", "", {}, {}});
    for (auto const* action : {handlers::action_commitment_edit, handlers::action_commitment_done}) {
        CAPTURE(action);
        RecordingSlack slack;
        handlers::Deps d{w.lib, *w.store, slack, w.clock, w.log};
        auto const i = Parsed::interaction(button_payload(action, std::to_string(theirs.id)));
        auto reply = std::string_view(action) == handlers::action_commitment_edit ? handlers::edit_commitment(i, d)
                                                                                  : handlers::commitment_done(i, d);
        after_ack(reply, slack);
        CHECK(slack.calls("views.open").empty());
        auto const answers = slack.calls("response_url");
        REQUIRE(answers.size() == 1);
        CHECK(answers[0].body.at("text") == "I can't find that entry in your log.");
    }
    auto const still = *w.store->get_commitment(w.owner("U0002"), theirs.id);
    CHECK(still.status == storage::CommitmentStatus::committed);
}

TEST_CASE("Mark done closes the entry, and from App Home the tab is refreshed instead of a message",
          "[handlers][commitments]") {
    HandlerWorld w;
    auto const entry =
        *w.store->add_commitment(w.owner(), storage::NewCommitment{"Ship it", "", "", "", "", "", {}, {}});
    SECTION("from a message") {
        auto reply = handlers::commitment_done(
            Parsed::interaction(button_payload(handlers::action_commitment_done, std::to_string(entry.id))), w.deps);
        after_ack(reply, w.slack);
        auto const answers = w.slack.calls("response_url");
        REQUIRE(answers.size() == 1);
        CHECK(str(answers[0].body.at("text")) == ":white_check_mark: #" + std::to_string(entry.id) + " marked done.");
        CHECK(w.slack.calls("views.publish").empty());
    }
    SECTION("from App Home (no response_url, a home view)") {
        auto p = button_payload(handlers::action_commitment_done, std::to_string(entry.id));
        p.erase("response_url");
        p.erase("container");
        p["view"] = json::object{{"id", "VHOME"}, {"type", "home"}};
        auto reply = handlers::commitment_done(Parsed::interaction(p), w.deps);
        after_ack(reply, w.slack);
        CHECK(w.slack.calls("response_url").empty());
        auto const published = w.slack.calls("views.publish");
        REQUIRE(published.size() == 1);
        CHECK_THAT(bot::blocks::render_text(published[0].body.at("view")), Catch::Contains("(done) Ship it"));
    }
    CHECK(w.store->get_commitment(w.owner(), entry.id)->status == storage::CommitmentStatus::done);
}

TEST_CASE("buttons with a malformed entry id are acknowledged and do nothing", "[handlers][commitments]") {
    HandlerWorld w;
    for (auto const* value : {"", "abc", "-1", "0", "12x"}) {
        CAPTURE(value);
        auto edit = handlers::edit_commitment(
            Parsed::interaction(button_payload(handlers::action_commitment_edit, value)), w.deps);
        auto done = handlers::commitment_done(
            Parsed::interaction(button_payload(handlers::action_commitment_done, value)), w.deps);
        CHECK(edit.body.empty());
        CHECK(edit.after_ack.empty());
        CHECK(done.after_ack.empty());
    }
}

TEST_CASE("the decision-log modal offers Share in #channel (ticked) from a channel, and Revisit on in 4 weeks",
          "[handlers][commitments]") {
    HandlerWorld w;
    auto const view_of = [&](json::object payload) {
        auto reply = handlers::open_decision_log(Parsed::interaction(payload), w.deps);
        after_ack(reply, w.slack);
        auto const opened = w.slack.calls("views.open");
        REQUIRE_FALSE(opened.empty());
        return opened.back().body.at("view").as_object();
    };
    auto const block = [](json::object const& view, std::string_view id) -> json::object const* {
        for (auto const& b : view.at("blocks").as_array())
            if (b.as_object().if_contains("block_id") && str(b.at("block_id")) == id) return &b.as_object();
        return nullptr;
    };

    auto const from_channel = view_of(fixture_json("block_actions.json"));  // clicked in C0001
    CHECK(block_kit_problems(from_channel, Surface::modal).empty());
    auto const* share = block(from_channel, "share");
    REQUIRE(share);
    CHECK(share->at("element").at("initial_options").as_array().size() == 1);  // on by default
    CHECK(str(share->at("element").at("options").at(0).at("text").at("text")) == "Share in <#C0001>");
    CHECK(str(from_channel.at("private_metadata")) == "c:C0001");
    auto const* revisit = block(from_channel, "revisit");
    REQUIRE(revisit);
    CHECK(str(revisit->at("element").at("initial_date")) == "2026-02-03");  // the clock's 2026-01-06 + 4 weeks

    // From a DM there is no channel log to share to.
    auto dm = fixture_json("block_actions.json");
    dm["channel"].as_object()["id"] = "D0DM";
    dm["container"].as_object()["channel_id"] = "D0DM";
    auto const from_dm = view_of(dm);
    CHECK(block(from_dm, "share") == nullptr);
    CHECK((!from_dm.contains("private_metadata") || str(from_dm.at("private_metadata")).empty()));

    // A commitment's clauses prefill decision, concern and decision maker; nothing fills Context with tokens.
    templates::CommitmentDraft draft{"Ship the importer on Dec 4", "the 40-minute deploy", "Dana", ""};
    auto click = fixture_json("block_actions.json");
    click["actions"].as_array()[0].as_object()["value"] = handlers::commitment_prefill_value(
        draft, "OK, we ship the importer on Dec 4 as Dana decided; my concern about the 40-minute deploy is on record");
    auto const prefilled = view_of(click);
    auto const initial = [&](std::string_view id) {
        auto const* b = block(prefilled, id);
        REQUIRE(b);
        auto const* v = b->at("element").as_object().if_contains("initial_value");
        return v ? std::string(v->as_string()) : std::string{};
    };
    CHECK(initial("decision") == "Ship the importer on Dec 4");
    CHECK(initial("concerns") == "the 40-minute deploy");
    CHECK(initial("decision_maker") == "Dana");
    CHECK(initial("context").empty());

    // --- cards11: the revisit the advice read in the draft ---
    // A time the phrases read sets the date ("in a fortnight": the clock's 2026-01-06 + 14 days); one they don't
    // ("end of Q1") goes in the context as said, and the date stays the default.
    auto const revisited = [&](std::string_view when) {
        templates::CommitmentDraft const d{"Keep the kiln scheduler on the old queue", "", "", std::string(when)};
        auto c = fixture_json("block_actions.json");
        c["actions"].as_array()[0].as_object()["value"] = handlers::commitment_prefill_value(d, "draft");
        return view_of(c);
    };
    auto const fortnight = revisited("in a fortnight");
    REQUIRE(block(fortnight, "revisit"));
    CHECK(str(block(fortnight, "revisit")->at("element").at("initial_date")) == "2026-01-20");
    auto const quarter = revisited("end of Q1");
    CHECK(str(block(quarter, "revisit")->at("element").at("initial_date")) == "2026-02-03");
    CHECK(str(block(quarter, "context")->at("element").at("initial_value")) == "Revisit: end of Q1");
    // --- end cards11 ---
}

TEST_CASE("/pushback commit keeps the concern it names on record and schedules its revisit",
          "[handlers][commitments]") {
    HandlerWorld w;
    auto const text = text_of(handlers::commit_command(
        HandlerWorld::slash(""),
        "OK, we ship SSO in March as scoped; my concern about the 2-week security review is on record", w.deps));
    auto const stored = log_of(w);
    REQUIRE(stored.size() == 1);
    CHECK_THAT(stored[0].concerns, Catch::Contains("security review"));
    // Concerns on record come back in four weeks by default (09:00, UTC without a known zone).
    REQUIRE(stored[0].revisit_at);
    CHECK(*stored[0].revisit_at == std::chrono::sys_days{std::chrono::year{2026} / 2 / 3} + 9h);
    CHECK_THAT(text, Catch::Contains("Revisit on *") && Catch::Contains("whether your concern came true"));

    // An explicit revisit phrase, and one that cannot be read (nothing is logged then).
    auto const next = text_of(
        handlers::commit_command(HandlerWorld::slash(""), "Freeze the billing API revisit in a fortnight", w.deps));
    CHECK_THAT(next, Catch::Contains("Revisit on *"));
    CHECK(log_of(w).size() == 2);
    auto const bad =
        text_of(handlers::commit_command(HandlerWorld::slash(""), "Freeze the billing API revisit whenever", w.deps));
    CHECK_THAT(bad, Catch::Contains("Nothing logged: I couldn't read the revisit time."));
    CHECK(log_of(w).size() == 2);
}
