// /pushback replies: golden texts for the seeds' own drafts, Block Kit limits for every reply the
// corpus produces, subcommands, and the length limit. No sockets, no Slack.
#include "handlers/pushback.hpp"

#include <catch2/catch.hpp>
#include <cstdlib>
#include <fstream>
#include <random>
#include <sstream>

#include "bot/blocks.hpp"
#include "handlers/coaching.hpp"
#include "handlers/support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using namespace pushback::test;
namespace json = boost::json;

namespace {

std::string read_file(std::string const& path) {
    std::ifstream in(path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

json::value reply_json(bot::Reply const& r) { return json::parse(r.body); }

// The rendered text of a reply must equal tests/golden/NAME.txt. PUSHBACK_UPDATE_GOLDEN=1 rewrites
// the files (then review the diff before committing).
void check_golden(std::string const& name, std::string const& text) {
    auto const path = std::string(PUSHBACK_TEST_DATA_DIR) + "/golden/" + name + ".txt";
    if (std::getenv("PUSHBACK_UPDATE_GOLDEN")) {
        std::ofstream(path) << text;
        return;
    }
    auto const expected = read_file(path);
    INFO("golden file: " << path << " (PUSHBACK_UPDATE_GOLDEN=1 to regenerate)");
    CHECK(text == expected);
}

}  // namespace

TEST_CASE("/pushback replies for the seeds' drafts match their golden texts", "[handlers][golden]") {
    HandlerWorld w;
    std::vector<std::pair<std::string, std::string>> const cases{
        {"sso_vague", "I don't think we can add SSO"},
        {"sso_sbi",
         "In Thursday's standup, when the scope was expanded to include SSO, it pushed our launch date past the sales "
         "conference we'd originally prioritized this work for. I want to re-talk the scope decision."},
        {"faster_please", "Can we do this faster?"},
        {"new_framework", "I really don't want to learn GraphQL just for this feature."},
        {"scope_timeline", "We can't ship all of this by Friday, the scope is way too big for the timeline."},
        {"se_capacity",
         "We have 6 SEs covering 48 deals. That's 8 deals per SE; each SE can manage 5-6 with adequate quality. We "
         "either drop quality or tier the portfolio and invest minimally in the bottom 30%."},
        {"help", "help"},
        {"ladder", "ladder"},
        {"checklist", "checklist"},
    };
    for (auto const& [name, draft] : cases) {
        CAPTURE(name);
        auto const reply = handlers::pushback(HandlerWorld::slash(draft), w.deps);
        REQUIRE(reply.status == 200);
        auto const msg = reply_json(reply);
        CHECK(block_kit_problems(msg).empty());
        CHECK(msg.at("response_type") == "ephemeral");
        check_golden(name, bot::blocks::render_text(msg));
    }
    CHECK(w.slack.calls().empty());  // a draft is coached inside the HTTP response, no Web API call
}

TEST_CASE("the draft I don't think we can add SSO says what to do next, then cards that ask for the missing cost",
          "[handlers]") {
    HandlerWorld w;
    auto const msg = reply_json(handlers::pushback(HandlerWorld::slash("I don't think we can add SSO"), w.deps));
    auto const text = bot::blocks::render_text(msg);
    // The next step comes first, before any card.
    auto const& first = msg.at("blocks").as_array().front().at("text").at("text").as_string();
    CHECK_THAT(std::string(first), Catch::StartsWith(":pencil2: *Rework it before sending"));
    CHECK_THAT(text, Catch::Contains(":x: *Situation*"));
    CHECK_THAT(text, Catch::Contains(":x: *Impact*"));
    // The card names SSO and asks, in one bracket, for exactly what is missing.
    CHECK_THAT(text, Catch::Contains("I have a concern about SSO: [what it costs"));
    CHECK_THAT(text, !Catch::Contains("your PM could not act on this"));
}

TEST_CASE("every corpus message gets a valid reply whose cards follow its triage", "[handlers][blockkit]") {
    HandlerWorld w;
    std::size_t checked = 0;
    for (auto const* split : {"dev", "test"}) {
        std::istringstream in(read_file(std::string(PUSHBACK_TEST_DATA_DIR) + "/data/detector/" + split + ".jsonl"));
        std::string line;
        while (std::getline(in, line)) {
            if (line.empty()) continue;
            auto const draft = std::string(json::parse(line).at("text").as_string());
            CAPTURE(draft);
            // What Slack gets (built in the per-request arena) is exactly the message as a value.
            auto const reply = handlers::draft_reply(draft, w.deps);
            REQUIRE(reply.body == json::serialize(handlers::draft_message(draft, w.deps)));
            auto const msg = json::parse(reply.body);
            auto const problems = block_kit_problems(msg);
            CHECK(problems.empty());
            if (!problems.empty()) FAIL_CHECK(problems.front());
            std::size_t cards = 0;
            for (auto const& b : msg.at("blocks").as_array()) {
                auto const* text = b.as_object().if_contains("text");
                // A card section is "*Title*\n```text```"; the quoted draft starts with "> ".
                if (text && std::string_view(text->at("text").as_string()).starts_with("*") &&
                    std::string_view(text->at("text").as_string()).find("*\n```") != std::string_view::npos) {
                    ++cards;
                }
            }
            auto const advice = templates::advise(w.lib, detector::analyze(draft), draft);
            CHECK(cards == advice.cards.size());
            switch (advice.triage) {
                case templates::Triage::not_pushback:
                    CHECK(cards == 0);
                    break;
                case templates::Triage::ready:
                case templates::Triage::commitment:
                    CHECK(cards <= 1);
                    break;
                case templates::Triage::stop:
                    CHECK(cards >= 1);
                    CHECK(cards <= 2);
                    break;
                case templates::Triage::rework:
                    CHECK(cards >= 1);
                    CHECK(cards <= 3);
                    break;
            }
            ++checked;
        }
    }
    CHECK(checked >= 400);
}

TEST_CASE("hostile and oversized drafts get a valid reply, never a broken one", "[handlers][blockkit]") {
    HandlerWorld w;
    SECTION("Slack-escaped and markup-heavy text") {
        for (std::string draft : std::vector<std::string>{
                 "&lt;script&gt; {{decision}} {{#x}}{{/x}} *bold* _it_ `code` <@U123|bob> <#C1|eng> <https://x.y|link>",
                 std::string(1200, '*'), std::string("a\0b", 3), "\xff\xfe invalid \xc3", "```\nall code\n```"}) {
            CAPTURE(draft);
            auto const msg = reply_json(handlers::pushback(HandlerWorld::slash(draft), w.deps));
            CHECK(block_kit_problems(msg).empty());
        }
    }
    SECTION("a draft over the limit gets a clear message, not a truncated reply") {
        std::string draft;
        while (draft.size() < 40'000) draft += "We might need a few more weeks for this, probably. ";
        auto const msg = reply_json(handlers::pushback(HandlerWorld::slash(draft), w.deps));
        CHECK(block_kit_problems(msg).empty());
        auto const text = std::string(msg.at("text").as_string());
        CHECK_THAT(text, Catch::Contains("characters"));
        CHECK_THAT(text, Catch::Contains(std::to_string(handlers::max_draft_chars)));
        CHECK_FALSE(msg.as_object().contains("blocks"));
    }
    SECTION("a draft exactly at the limit is still coached") {
        std::string draft(handlers::max_draft_chars, 'x');
        auto const msg = reply_json(handlers::pushback(HandlerWorld::slash(draft), w.deps));
        CHECK(block_kit_problems(msg).empty());
        CHECK(msg.as_object().contains("blocks"));
    }
}

TEST_CASE("the reply's buttons carry the action ids and values their handlers need", "[handlers]") {
    HandlerWorld w;
    std::string const draft = "The 3-week estimate ignores the 2 weeks of security review";
    auto const msg = handlers::draft_message(draft, w.deps);
    std::map<std::string, std::string> buttons;
    for (auto const& b : msg.at("blocks").as_array()) {
        if (b.at("type") != "actions") continue;
        for (auto const& e : b.at("elements").as_array()) {
            buttons[std::string(e.at("action_id").as_string())] = std::string(e.at("value").as_string());
        }
    }
    CHECK(buttons.at(handlers::action_log_commitment) == draft);
    CHECK(buttons.at(handlers::action_remind_followup) == draft);
    CHECK(buttons.at(handlers::action_show_ladder) == "ladder");
}

TEST_CASE("the written-out reply is exactly the message as a value, whatever the draft holds", "[handlers][blockkit]") {
    HandlerWorld w;
    // Near the draft limit and full of what JSON and Slack escape: quotes, backslashes, control
    // characters, <, > and &, non-ASCII.
    std::string draft;
    while (draft.size() < handlers::max_draft_chars - 120)
        draft += "Maybe we \"could\" probably do <this> & that\\soon?\tOK\x01\x1f… 🚀 ";
    for (std::string const& d : {draft, std::string("Can we do this faster?"), std::string("\"")}) {
        auto const reply = handlers::draft_reply(d, w.deps);
        CHECK(reply.status == 200);
        CHECK(reply.content_type == "application/json");
        REQUIRE(reply.body == json::serialize(handlers::draft_message(d, w.deps)));
        auto const problems = block_kit_problems(json::parse(reply.body));
        CHECK(problems.empty());
        if (!problems.empty()) FAIL_CHECK(problems.front());
    }
    // Over the limit: the refusal, the same both ways.
    std::string const too_long(handlers::max_draft_chars + 1, 'x');
    CHECK(handlers::draft_reply(too_long, w.deps).body == json::serialize(handlers::draft_message(too_long, w.deps)));
}

TEST_CASE("JSON strings are escaped exactly as Boost.JSON escapes them, for any bytes", "[handlers]") {
    std::mt19937 rng(5);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int n = 0; n < 5000; ++n) {
        std::string s(std::uniform_int_distribution<std::size_t>(0, 40)(rng), '\0');
        for (auto& c : s) c = static_cast<char>(byte(rng));
        std::string out;
        bot::blocks::append_json_string(out, s);
        REQUIRE(out == json::serialize(json::string(s)));
    }
}
