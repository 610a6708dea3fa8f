// The coaching reply shared by /pushback and Reframe this (handlers/coaching.cpp): the next step first, the
// draft (marked when it needs work), the SBI checklist, then the advice's cards, as a person reads them in Slack.
#include "handlers/coaching.hpp"

#include <catch2/catch.hpp>

#include "bot/blocks.hpp"
#include "detector/analysis.hpp"
#include "handlers/support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using namespace pushback::test;
namespace json = boost::json;

namespace {

std::string rendered(json::array const& blocks) { return bot::blocks::render_text(json::object{{"blocks", blocks}}); }

constexpr std::string_view vague_draft = "I don't think we can add SSO";
constexpr std::string_view specific_draft =
    "In Thursday's standup, when the scope was expanded to include SSO, it pushed our launch date past the sales "
    "conference we'd originally prioritized this work for. I want to re-talk the scope decision.";

}  // namespace

TEST_CASE("the next step comes first and says what to do, marked by the triage", "[handlers][coaching]") {
    HandlerWorld w;
    auto const vague = templates::advise(w.lib, detector::analyze(vague_draft), vague_draft);
    REQUIRE(vague.triage == templates::Triage::rework);
    CHECK_THAT(handlers::next_step_line(vague), Catch::StartsWith(":pencil2: *"));

    templates::Advice thanks;
    thanks.triage = templates::Triage::not_pushback;
    thanks.next_step = "Nothing to push back on <here> & there";
    // The next step is Slack-escaped: a draft's words in it can never become a mention or a link.
    CHECK(handlers::next_step_line(thanks) == ":speech_balloon: *Nothing to push back on &lt;here&gt; &amp; there*");
}

TEST_CASE("the draft comes back quoted line by line, its vague words in bold, Slack markup escaped",
          "[handlers][coaching]") {
    std::string const draft = "Maybe we can ship <soon> & probably\nwith some more time";
    auto const a = detector::analyze(draft);
    REQUIRE_FALSE(a.spans.empty());
    auto const marked = handlers::marked_draft(a, draft);
    CHECK_THAT(marked, Catch::StartsWith("> "));
    CHECK_THAT(marked, Catch::Contains("\n> with "));
    CHECK_THAT(marked, Catch::Contains("&lt;") && Catch::Contains("&amp;"));
    CHECK_THAT(marked, !Catch::Contains("<soon>"));
    CHECK_THAT(marked, Catch::Contains("*probably*"));
    // Nothing of the draft is lost: without the marks and the escaping it reads as written.
    std::string plain;
    for (char c : bot::blocks::unescape(marked))
        if (c != '*') plain += c;
    CHECK(plain == "> Maybe we can ship <soon> & probably\n> with some more time");
}

TEST_CASE("the SBI checklist ticks what the draft has and crosses what it lacks", "[handlers][coaching]") {
    detector::Sbi sbi;
    sbi.situation = true;
    sbi.behavior = false;
    sbi.impact = true;
    CHECK(handlers::sbi_checklist(sbi) ==
          ":white_check_mark: *Situation* (when/where)   :x: *Behavior* (what happened)   :white_check_mark: *Impact* "
          "(what it costs)");
}

TEST_CASE("the coaching blocks read next step, marked draft, checklist, then the cards to copy",
          "[handlers][coaching]") {
    HandlerWorld w;
    auto const a = detector::analyze(vague_draft);
    auto const advice = templates::advise(w.lib, a, vague_draft);
    REQUIRE_FALSE(advice.cards.empty());
    auto const text = rendered(handlers::coaching_blocks(a, vague_draft, advice));
    auto const next = text.find(advice.next_step.substr(0, 20));
    auto const quoted = text.find("\n> ");
    auto const checklist = text.find("*Situation*");
    auto const first_card = text.find(bot::blocks::escape(advice.cards.front().title));
    CHECK(next < quoted);
    CHECK(quoted < checklist);
    CHECK(checklist < first_card);
    CHECK(first_card != std::string::npos);
    for (auto const& c : advice.cards) CHECK_THAT(text, Catch::Contains("```" + bot::blocks::escape(c.text) + "```"));

    // Nothing to fix: no checklist and no cards.
    templates::Advice none;
    none.triage = templates::Triage::not_pushback;
    none.next_step = "Send it as it is.";
    auto const plain = rendered(handlers::coaching_blocks(a, vague_draft, none));
    CHECK_THAT(plain, !Catch::Contains("*Situation*"));
    CHECK_THAT(plain, !Catch::Contains("```"));
}

TEST_CASE("an oversized card is cut inside its code block, which still closes", "[handlers][coaching]") {
    auto const a = detector::analyze(vague_draft);
    templates::Advice huge;
    huge.next_step = "Rework it.";
    huge.cards.push_back({"f", std::string(300, 'T'), std::string(5000, '<')});
    auto const blocks = handlers::coaching_blocks(a, vague_draft, huge);
    auto const& last = blocks.back().as_object().at("text").at("text").as_string();
    CHECK(bot::blocks::char_count(last) <= bot::blocks::max_section_text);
    CHECK(std::string_view(last).ends_with("```"));
    CHECK(std::string_view(last).find("…") != std::string_view::npos);
    auto const problems = block_kit_problems(json::object{{"blocks", blocks}, {"text", "x"}});
    CHECK(problems.empty());
}

TEST_CASE("the notification fallback is the next step", "[handlers][coaching]") {
    HandlerWorld w;
    auto const advice = templates::advise(w.lib, detector::analyze(vague_draft), vague_draft);
    CHECK(handlers::fallback_text(advice) == advice.next_step);
    CHECK_FALSE(handlers::fallback_text(advice).empty());
}
