// Behaviours of the detector that users rely on (issue 3).
#include "detector/analysis.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <string>

#include "detector/detail/matcher.hpp"
#include "detector/eval.hpp"
#include "detector/learn.hpp"
#include "detector/report.hpp"

using namespace pushback::detector;

namespace {

bool has_span(Analysis const& a, std::string_view text, VagueCategory c, std::string_view words) {
    return std::any_of(a.spans.begin(), a.spans.end(),
                       [&](Span const& s) { return s.category == c && s.range.in(text) == words; });
}
bool has_specific(Analysis const& a, std::string_view text, SpecificKind k, std::string_view words) {
    return std::any_of(a.specifics.begin(), a.specifics.end(),
                       [&](Specific const& s) { return s.kind == k && s.range.in(text) == words; });
}
template <class T>
bool contains(std::vector<T> const& v, T x) {
    return std::find(v.begin(), v.end(), x) != v.end();
}
void check_offsets(Analysis const& a, std::string_view text) {
    for (auto const& s : a.spans) {
        CHECK(s.range.start < s.range.end);
        CHECK(s.range.end <= text.size());
    }
    for (auto const& s : a.specifics) {
        CHECK(s.range.start < s.range.end);
        CHECK(s.range.end <= text.size());
    }
    if (a.topic) CHECK(a.topic->end <= text.size());
    CHECK(a.score >= 0.0);
    CHECK(a.score <= 1.0);
}

}  // namespace

TEST_CASE("the lexicon loads every file without problems", "[detector]") {
    auto const& m = detail::matcher();
    CHECK(m.problems().empty());
    for (std::size_t i = 0; i < detail::lex_count; ++i) {
        INFO(detail::lex_file(static_cast<detail::Lex>(i)));
        CHECK(m.phrases_for(static_cast<detail::Lex>(i)) > 0);
    }
}

TEST_CASE("the vague SSO objection: a hedge, no particulars, SBI all missing", "[detector]") {
    std::string_view const t = "I don't think we can add SSO.";
    auto const a = analyze(t);
    CHECK(a.vague);
    CHECK(a.score > 0.5);
    CHECK(has_span(a, t, VagueCategory::hedge, "I don't think"));
    CHECK(a.specifics.empty());
    CHECK_FALSE(a.sbi.situation);
    CHECK_FALSE(a.sbi.behavior);
    CHECK_FALSE(a.sbi.impact);
    REQUIRE(a.topic);
    CHECK(a.topic->in(t) == "SSO");
}

TEST_CASE("the SBI version of the SSO objection is specific with S, B and I", "[detector]") {
    std::string_view const t =
        "In Thursday's standup, when the scope was expanded to include SSO, it pushed our launch date past the "
        "sales conference we'd originally prioritized this work for. I want to re-talk the scope decision.";
    auto const a = analyze(t);
    CHECK_FALSE(a.vague);
    CHECK(a.score < 0.5);
    CHECK(has_specific(a, t, SpecificKind::date, "Thursday"));
    CHECK(a.sbi.situation);
    CHECK(a.sbi.behavior);
    CHECK(a.sbi.impact);
    CHECK(contains(a.legitimate, Reason::scope_timeline));
}

TEST_CASE("hedged but specific is specific", "[detector]") {
    std::string_view const t = "I might be wrong, but the 3-week estimate ignores the 2 weeks of security review";
    auto const a = analyze(t);
    CHECK_FALSE(a.vague);
    CHECK(has_span(a, t, VagueCategory::hedge, "I might be wrong"));
    CHECK(has_specific(a, t, SpecificKind::number, "3-week"));
    CHECK(has_specific(a, t, SpecificKind::number, "2 weeks"));
    CHECK(contains(a.legitimate, Reason::estimate));
}

TEST_CASE("each vague category is found", "[detector]") {
    struct Case {
        std::string_view text;
        VagueCategory category;
        std::string_view words;
    };
    Case const cases[] = {
        {"Maybe we should rethink this.", VagueCategory::hedge, "Maybe"},
        {"We'll have it done soon.", VagueCategory::vague_time, "soon"},
        {"We need ASAP answers.", VagueCategory::vague_time, "ASAP"},
        {"There are a few problems with it.", VagueCategory::vague_quantity, "a few"},
        {"Can you make a few tweaks to the page?", VagueCategory::vague_scope, "a few tweaks"},
        {"This is extremely slow.", VagueCategory::intensifier, "extremely"},
        {"Some people say the editor is confusing.", VagueCategory::weasel, "Some people"},
        {"This is 10x harder than anyone thinks.", VagueCategory::hyperbole, "10x harder"},
        {"Why is this taking so long?", VagueCategory::unexplained_pressure, "Why is this taking so long"},
    };
    for (auto const& c : cases) {
        INFO(c.text);
        auto const a = analyze(c.text);
        CHECK(a.vague);
        CHECK(has_span(a, c.text, c.category, c.words));
    }
}

TEST_CASE("hyperbole dressed as a number is not a specific", "[detector]") {
    std::string_view const t = "This is 10x harder than anyone thinks.";
    auto const a = analyze(t);
    CHECK(a.vague);
    CHECK(a.specifics.empty());
    auto const b = analyze("At my last company, this would have taken two days.");
    CHECK(b.vague);
    CHECK(contains(b.patterns, Pattern::last_company));
}

TEST_CASE("May the month is a date, may the modal is a hedge", "[detector]") {
    // The ready card once said 'drop "May"' to a draft whose two projects both land in May.
    for (std::string_view t :
         {"The SSO migration and the billing rewrite both land in May. Can we move billing to July?",
          "We could ship by mid-May if the review is done.", "may 14 works for the cutover"}) {
        auto const a = analyze(t);
        CAPTURE(t);
        CHECK(std::none_of(a.spans.begin(), a.spans.end(),
                           [](Span const& s) { return s.category == VagueCategory::hedge; }));
        CHECK(std::any_of(a.specifics.begin(), a.specifics.end(), [&](Specific const& s) {
            return s.kind == SpecificKind::date && s.range.in(t).starts_with(t.find("May") != t.npos ? "May" : "may");
        }));
    }
    std::string_view const modal = "This may break the export.";
    CHECK(has_span(analyze(modal), modal, VagueCategory::hedge, "may"));
    std::string_view const opening = "May be worth checking the logs first.";
    CHECK(has_span(analyze(opening), opening, VagueCategory::hedge, "May be"));
}

TEST_CASE("each specific kind is found", "[detector]") {
    struct Case {
        std::string_view text;
        SpecificKind kind;
        std::string_view words;
    };
    Case const cases[] = {
        {"The export takes 3 weeks.", SpecificKind::number, "3 weeks"},
        {"Can we talk on Friday at 3pm?", SpecificKind::date, "Friday"},
        {"Can we talk on Friday at 3pm?", SpecificKind::date, "3pm"},
        {"The launch moved to March 14.", SpecificKind::date, "March 14"},
        {"PR #4312 is merged.", SpecificKind::event, "#4312"},
        {"INC-2291 paged us twice.", SpecificKind::event, "INC-2291"},
        {"Search p95 dropped to 310 ms.", SpecificKind::metric, "p95"},
        {"It costs $18,400 a month.", SpecificKind::money, "$18,400"},
        {"Conversion fell to 2.4% on Tuesday.", SpecificKind::percent, "2.4%"},
        {"<@U024BE7LH> please review", SpecificKind::person, "<@U024BE7LH>"},
        {"See <https://example.com/x|the doc> for numbers", SpecificKind::link, "<https://example.com/x|the doc>"},
        {"See https://example.com/x.", SpecificKind::link, "https://example.com/x"},
    };
    for (auto const& c : cases) {
        INFO(c.text);
        auto const a = analyze(c.text);
        CHECK(has_specific(a, c.text, c.kind, c.words));
        check_offsets(a, c.text);
    }
}

TEST_CASE("each PM pattern and illegitimate reason is recognised", "[detector]") {
    CHECK(contains(analyze("Can we do this faster?").patterns, Pattern::faster_please));
    CHECK(contains(analyze("Why does this take so long?").patterns, Pattern::why_so_long));
    CHECK(contains(analyze("At my last company, this would have taken two days.").patterns, Pattern::last_company));
    CHECK(contains(analyze("Can we just do the simple version?").patterns, Pattern::simple_version));
    CHECK(contains(analyze("While you're in that code, can you also fix this?").patterns, Pattern::one_more_thing));
    CHECK(contains(analyze("I don't want to learn a new framework.").illegitimate, Reason::new_framework));
    CHECK(contains(analyze("The API is ugly.").illegitimate, Reason::aesthetic));
    CHECK(contains(analyze("Don't touch my code.").illegitimate, Reason::territorial));
    CHECK(contains(analyze("My way is better, trust me.").illegitimate, Reason::my_way));
    CHECK(contains(analyze("I built the current system and it works fine.").illegitimate, Reason::attachment));
}

TEST_CASE("kind, alternative and questions that are specific", "[detector]") {
    auto const q = analyze("Is the 6-week estimate for both iOS and Android, or for iOS only?");
    CHECK(q.mood == Mood::question);
    CHECK_FALSE(q.vague);
    CHECK(analyze("Can you review PR #4312 by Friday?").mood == Mood::request);
    CHECK(analyze("I'll send the revised estimate by Thursday noon.").mood == Mood::commitment);
    CHECK(analyze("The build is red.").mood == Mood::statement);
    auto const alt =
        analyze("I see two paths. Path A ships Friday with polling; Path B takes 2 more weeks but uses webhooks.");
    CHECK(alt.offers_alternative);
    CHECK_FALSE(alt.vague);
    CHECK_FALSE(analyze("I don't think we can add SSO.").offers_alternative);
}

TEST_CASE("Slack markup is understood", "[detector]") {
    std::string_view const t =
        "<@U07PM> said in <#C02ABCD|launch> that *the client* wants it _soon_ :rocket: see <https://x.io/a|the doc>";
    auto const a = analyze(t);
    CHECK(has_specific(a, t, SpecificKind::person, "<@U07PM>"));
    CHECK(has_specific(a, t, SpecificKind::link, "<https://x.io/a|the doc>"));
    CHECK(has_span(a, t, VagueCategory::vague_time, "soon"));
    CHECK(a.sbi.situation);  // the channel
    // The emoji name and the link label are not prose.
    auto const e = analyze("Deployed :soon: <https://x.io/a|asap later>");
    for (auto const& s : e.spans) CHECK(s.category != VagueCategory::vague_time);
    check_offsets(a, t);
}

TEST_CASE("code is not prose: no vague spans inside code", "[detector]") {
    std::string_view const t = "Please check `retry soon asap` and\n```\nmaybe_later(); // a few things\n```\nthanks";
    auto const a = analyze(t);
    for (auto const& s : a.spans) {
        auto const words = s.range.in(t);
        CHECK(words.find('`') == std::string_view::npos);
        CHECK(s.range.end <= t.find('`'));
    }
    CHECK(a.spans.empty());
    // An unclosed fence swallows the rest; an unpaired backtick is just a character.
    CHECK(analyze("```\nsoon").spans.empty());
    auto const b = analyze("it's ` soon");
    CHECK(has_span(b, "it's ` soon", VagueCategory::vague_time, "soon"));
}

TEST_CASE("smart quotes work like straight ones", "[detector]") {
    std::string_view const t = "I don\u2019t think we\u2019re ready. \u201cSoon\u201d is all I can say.";
    auto const a = analyze(t);
    CHECK(a.vague);
    CHECK(has_span(a, t, VagueCategory::hedge, "I don\u2019t think"));
    CHECK(has_span(a, t, VagueCategory::vague_time, "Soon"));
    check_offsets(a, t);
}

TEST_CASE("invalid UTF-8, NUL bytes and odd input never crash or give bad offsets", "[detector]") {
    std::string nasty = "maybe \xff\xfe soon\0 3 weeks \xe2\x80 <@U1 <https://x|y `a ``` \xc3";
    nasty.push_back('\0');
    nasty += "\xe2\x80\x99";
    for (std::size_t cut = 0; cut <= nasty.size(); ++cut) {
        std::string_view const t(nasty.data(), cut);
        auto const a = analyze(t);
        check_offsets(a, t);
        auto const j = to_json(a, t);
        boost::system::error_code ec;
        auto const v = boost::json::parse(j, ec);
        CHECK_FALSE(ec);
        CHECK(v.is_object());
        CHECK_FALSE(render_report(a, t).empty());
    }
    CHECK(analyze("").vague);
    CHECK(analyze("").spans.empty());
    std::string const big(100000, 'a');
    check_offsets(analyze(big), big);
}

TEST_CASE("a name next to a letter the normaliser folds ends on the name's own last byte", "[detector]") {
    // Found by fuzz_detector: "ThursdaI" followed by a Cyrillic letter came back as "ThursdaI\xd4", half a code
    // point; after an emoji shortcode "That's why" read "That's why it".
    std::string_view const t = "I\xd4\x93l send th#e reevs id:roll_eyes: ThursdaI\xd4\x93l sy noon.";
    for (auto const& s : analyze(t).specifics) {
        auto const words = s.range.in(t);
        CAPTURE(words);
        CHECK((static_cast<unsigned char>(words.back()) & 0xC0) != 0xC0);  // never a lead byte at the end
    }
    std::string_view const shortcode = ":speak_no_evil: That's why it's a bad idea to refactor code after midnight";
    auto const b = analyze(shortcode);
    CHECK(std::none_of(b.specifics.begin(), b.specifics.end(),
                       [&](Specific const& s) { return s.range.in(shortcode).ends_with(" it"); }));
}

TEST_CASE("offsets point at the words in the original text", "[detector]") {
    std::string_view const t = "*Heads up*: we\u2019ll ship it `soon`, probably \u2014 maybe on Friday.";
    auto const a = analyze(t);
    for (auto const& s : a.spans) {
        auto const w = s.range.in(t);
        REQUIRE_FALSE(w.empty());
        CHECK(w.front() != ' ');
        CHECK(w.back() != ' ');
    }
    CHECK(has_span(a, t, VagueCategory::hedge, "probably"));
    CHECK(has_span(a, t, VagueCategory::hedge, "maybe"));
    CHECK(has_specific(a, t, SpecificKind::date, "Friday"));
}

TEST_CASE("to_json has exactly the documented shape", "[detector]") {
    std::string_view const t = "Can we do this faster? \"Soon\" isn't a date.";
    auto const v = boost::json::parse(to_json(analyze(t), t)).as_object();
    for (auto const* key : {"vague", "score", "spans", "specifics", "sbi", "reasons", "patterns", "offers_alternative",
                            "kind", "mood", "red_flags", "quoted", "clauses"})
        CHECK(v.contains(key));
    CHECK(v.at("vague").is_bool());
    CHECK(v.at("score").is_double());
    CHECK(v.at("mood").as_string() == "question");
    CHECK(v.at("kind").as_string() == "ask");
    CHECK(v.at("red_flags").is_array());
    CHECK(v.at("quoted").is_array());
    CHECK(v.at("clauses").is_object());
    CHECK(v.at("patterns").as_array().at(0).as_string() == "faster-please");
    auto const& span = v.at("spans").as_array().at(0).as_object();
    for (auto const* key : {"start", "end", "category", "text"}) CHECK(span.contains(key));
    auto const& sbi = v.at("sbi").as_object();
    CHECK(sbi.at("situation").is_bool());
    auto const& reasons = v.at("reasons").as_object();
    CHECK(reasons.at("legitimate").is_array());
    CHECK(reasons.at("illegitimate").is_array());
    // The span text is the original, quotes escaped properly.
    bool found = false;
    for (auto const& s : v.at("spans").as_array()) found |= s.as_object().at("text").as_string() == "Soon";
    CHECK(found);
}

TEST_CASE("ids round-trip", "[detector]") {
    for (int i = 0; i < 8; ++i)
        CHECK(vague_category_from_id(id(static_cast<VagueCategory>(i))) == static_cast<VagueCategory>(i));
    for (int i = 0; i < 12; ++i) CHECK(reason_from_id(id(static_cast<Reason>(i))) == static_cast<Reason>(i));
    for (int i = 0; i < 5; ++i) CHECK(pattern_from_id(id(static_cast<Pattern>(i))) == static_cast<Pattern>(i));
    for (int i = 0; i < 4; ++i) CHECK(mood_from_id(id(static_cast<Mood>(i))) == static_cast<Mood>(i));
    for (int i = 0; i < 8; ++i)
        CHECK(message_kind_from_id(id(static_cast<MessageKind>(i))) == static_cast<MessageKind>(i));
    for (int i = 0; i < 4; ++i) CHECK(red_flag_from_id(id(static_cast<RedFlag>(i))) == static_cast<RedFlag>(i));
    CHECK(id(VagueCategory::vague_time) == "vague-time");
    CHECK(id(Reason::scope_timeline) == "scope-timeline");
    CHECK(id(Pattern::faster_please) == "faster-please");
    CHECK_FALSE(reason_from_id("nope"));
    CHECK(is_legitimate(Reason::scope_timeline));
    CHECK_FALSE(is_legitimate(Reason::new_framework));
}

TEST_CASE("the report shows verdict, marked draft, specifics and SBI", "[detector]") {
    std::string_view const t = "I don't think we can add SSO.";
    auto const r = render_report(analyze(t), t);
    CHECK_THAT(r, Catch::StartsWith("VAGUE"));
    CHECK_THAT(r, Catch::Contains("[I don't think]{hedge} we can add SSO."));
    CHECK_THAT(r, Catch::Contains("[ ] situation"));
    CHECK_THAT(r, Catch::Contains("specifics: none"));
}

TEST_CASE("analyze_jsonl_line answers every line, errors included", "[detector]") {
    auto const ok = boost::json::parse(analyze_jsonl_line(R"({"text": "Ship it soon", "id": 3})")).as_object();
    CHECK(ok.at("vague").as_bool());
    for (auto const* bad : {"not json", "[1,2]", R"({"txt": "x"})", R"({"text": 5})"}) {
        INFO(bad);
        auto const e = boost::json::parse(analyze_jsonl_line(bad)).as_object();
        CHECK(e.contains("error"));
        CHECK(e.size() == 1);
    }
}

TEST_CASE("evaluate_jsonl scores lines and names the bad one", "[detector]") {
    auto const r = evaluate_jsonl(
        "{\"text\": \"Can we do this faster?\", \"vague\": true, \"pattern\": \"faster-please\"}\n"
        "\n"
        "{\"text\": \"PR #4312 ships Friday at 10am.\", \"vague\": false, \"pattern\": null}\n");
    REQUIRE(r);
    CHECK(r->messages == 2);
    CHECK(r->tp == 1);
    CHECK(r->tn == 1);
    CHECK(r->f1 == Approx(1.0));
    CHECK(r->accuracy == Approx(1.0));
    CHECK(r->patterns[0].id == "faster-please");
    CHECK(r->patterns[0].tp == 1);
    CHECK_THAT(format_eval(*r), Catch::Contains("F1 1.000"));

    auto const bad = evaluate_jsonl("{\"text\": \"a\", \"vague\": true}\n{\"text\": \"b\"}\n");
    REQUIRE_FALSE(bad);
    CHECK_THAT(bad.error(), Catch::StartsWith("line 2:"));
    auto const unknown = evaluate_jsonl("{\"text\": \"a\", \"vague\": true, \"pattern\": \"nope\"}");
    REQUIRE_FALSE(unknown);
    CHECK_THAT(unknown.error(), Catch::Contains("nope"));
    CHECK_FALSE(evaluate_jsonl(""));
}

// Every span names words of the draft: an empty one renders as "[]{...}" in the reply. A when/date question
// flagged by construction once made one; so did "date" inside "date-range filter".
TEST_CASE("no span or specific is empty, on every development message", "[detector]") {
    std::string const drafted =
        "Could we either move the filters to the 28th or drop the date-range filter from v1 so I can fix the "
        "export first?";
    check_offsets(analyze(drafted), drafted);
    CHECK(analyze(drafted).patterns.empty());
    for (std::string const file : {"real/dev.jsonl", "detector/dev.jsonl"}) {
        std::ifstream in(std::string(PUSHBACK_TEST_DATA_DIR) + "/data/" + file, std::ios::binary);
        REQUIRE(in);
        std::stringstream ss;
        ss << in.rdbuf();
        auto const messages = read_labeled(ss.str(), 0);
        REQUIRE(messages);
        REQUIRE(messages->size() > 100);
        for (auto const& m : *messages) {
            INFO(file << ": " << m.text);
            check_offsets(analyze(m.text), m.text);
        }
    }
}

// --- learn11 ---
TEST_CASE("learn11: story points counted are an estimate, a link that points somewhere or a points programme is not",
          "[detector]") {
    auto has_estimate = [](std::string_view text) {
        auto const a = analyze(text);
        return std::ranges::find(a.legitimate, Reason::estimate) != a.legitimate.end();
    };
    CHECK(has_estimate("This story is 8 points, not 3: the importer alone needs a week."));
    CHECK_FALSE(has_estimate("The Confluence link in the epic still points to the 2022 spec."));
    CHECK_FALSE(has_estimate("Good points, but the loyalty points rewrite still needs the fraud checks."));
}

TEST_CASE("learn11: 'keep the', 'audit' and 'compliance' name no reason by themselves", "[detector]") {
    auto reasons = [](std::string_view text) { return analyze(text).legitimate; };
    CHECK(reasons("Please keep the names in alphabetical order.").empty());
    CHECK(reasons("Is the distributor audit still on the 19th or did it move?").empty());
    CHECK(reasons("Who owns the compliance dashboard now that Omar moved teams?").empty());
    // The reasons they stood in for are still read from what the draft says of the plan.
    CHECK_FALSE(reasons("Skipping the load test is a risk: checkout p99 hit 4s the last time we did.").empty());
}
