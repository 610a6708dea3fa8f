// The coaching reply shared by /pushback and Reframe this (handlers/coaching.cpp): the verdict, the
// marked draft, the SBI checklist, the reason, the reframings, as a person reads them in Slack.
#include <catch2/catch.hpp>

#include "bot/blocks.hpp"
#include "detector/analysis.hpp"
#include "handlers/coaching.hpp"
#include "handlers/support.hpp"

using namespace pushback;
using namespace pushback::test;
namespace json = boost::json;

namespace {

std::string rendered(json::array const& blocks) {
    return bot::blocks::render_text(json::object{{"blocks", blocks}});
}

constexpr std::string_view vague_draft = "I don't think we can add SSO";
constexpr std::string_view specific_draft =
    "In Thursday's standup, when the scope was expanded to include SSO, it pushed our launch date past the sales "
    "conference we'd originally prioritized this work for. I want to re-talk the scope decision.";

}  // namespace

TEST_CASE("the verdict says whether a PM could act on the draft, and why not", "[handlers][coaching]") {
    auto const vague = handlers::verdict_line(detector::analyze(vague_draft));
    CHECK_THAT(vague, Catch::StartsWith(":warning: *Vague* (score "));
    CHECK_THAT(vague, Catch::Contains("your PM could not act on this yet"));
    CHECK_THAT(vague, Catch::Contains("no number, date, event or consequence"));

    auto const specific = handlers::verdict_line(detector::analyze(specific_draft));
    CHECK_THAT(specific, Catch::StartsWith(":white_check_mark: *Specific* (score "));
    CHECK_THAT(specific, Catch::Contains("particulars your PM can check"));
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

TEST_CASE("the reason line names a weak reason, a legitimate one and a known pattern in words",
          "[handlers][coaching]") {
    detector::Analysis a;
    CHECK(handlers::reason_line(a).empty());

    a.illegitimate = {detector::Reason::new_framework};
    a.legitimate = {detector::Reason::estimate, detector::Reason::underweighted_risk, detector::Reason::user_need};
    a.patterns = {detector::Pattern::faster_please};
    auto const line = handlers::reason_line(a);
    CHECK_THAT(line, Catch::Contains(":mag: *Check the reason first:* this reads like not wanting to learn something new."));
    CHECK_THAT(line, Catch::Contains(":dart: *Reason:* the effort estimate is wrong, a risk is under-weighted and the "
                                     "user need is not served. That is a legitimate reason to push back."));
    CHECK_THAT(line, Catch::Contains(":speech_balloon: *Pattern:* \"can we do this faster?\"."));

    // From a real draft.
    auto const faster = handlers::reason_line(detector::analyze("Can we do this faster?"));
    CHECK_THAT(faster, Catch::Contains("*Pattern:*") && Catch::Contains("faster"));
}

TEST_CASE("the coaching blocks read verdict, draft, checklist, then the reframings to copy", "[handlers][coaching]") {
    HandlerWorld w;
    auto const a = detector::analyze(vague_draft);
    auto const reframings = w.lib.reframe(a, vague_draft, templates::Perspective::own_draft);
    REQUIRE_FALSE(reframings.empty());
    auto const text = rendered(handlers::coaching_blocks(a, vague_draft, reframings));
    auto const verdict = text.find("*Vague*");
    auto const quoted = text.find("\n> ");
    auto const checklist = text.find("*Situation*");
    auto const invite = text.find("*Try saying it like this*");
    CHECK(verdict < quoted);
    CHECK(quoted < checklist);
    CHECK(checklist < invite);
    CHECK(invite != std::string::npos);
    for (auto const& r : reframings) CHECK_THAT(text, Catch::Contains("```" + bot::blocks::escape(r.text) + "```"));

    // No reframings: no invitation to copy one.
    CHECK_THAT(rendered(handlers::coaching_blocks(a, vague_draft, {})), !Catch::Contains("Try saying it like this"));
}

TEST_CASE("an oversized reframing is cut inside its code block, which still closes", "[handlers][coaching]") {
    auto const a = detector::analyze(vague_draft);
    std::vector<templates::Reframing> const huge{{"t", "f", std::string(300, 'T'), std::string(5000, '<'), {}}};
    auto const blocks = handlers::coaching_blocks(a, vague_draft, huge);
    auto const& last = blocks.back().as_object().at("text").at("text").as_string();
    CHECK(bot::blocks::char_count(last) <= bot::blocks::max_section_text);
    CHECK(std::string_view(last).ends_with("```"));
    CHECK(std::string_view(last).find("…") != std::string_view::npos);
    auto const problems = block_kit_problems(json::object{{"blocks", blocks}, {"text", "x"}});
    CHECK(problems.empty());
}

TEST_CASE("the notification fallback counts the reframings", "[handlers][coaching]") {
    auto const vague = detector::analyze(vague_draft);
    CHECK(handlers::fallback_text(vague, 1) == "Vague draft: 1 reframing to try.");
    CHECK(handlers::fallback_text(vague, 3) == "Vague draft: 3 reframings to try.");
    CHECK(handlers::fallback_text(detector::analyze(specific_draft), 2) == "Specific draft: 2 reframings to try.");
}
