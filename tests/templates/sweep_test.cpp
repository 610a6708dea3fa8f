// Every template and every reframer choice against a broad grid of analyses: all reasons and
// patterns, every SBI combination, each message kind, both perspectives, and empty, plain, very
// long and hostile texts. Nothing may come out empty, unfilled, ungrammatical or over Slack's limits.

#include "support.hpp"

using namespace pushback;
using detector::Analysis;
using detector::Pattern;
using detector::Reason;
using templates::Perspective;

namespace {

struct Input {
    std::string name;
    std::string text;
    bool with_ranges;  // whether topic, specifics and spans point into the text
};

std::vector<Input> inputs() {
    std::string long_text;
    for (int i = 0; i < 400; ++i)
        long_text += "Le café coûte 3 € <b> & “quoted” — ünïcødé 🚀 text   spread\tacross\nlines. ";
    return {
        {"empty", "", false},
        {"plain", "I don't think we can add SSO by Friday, it costs 3 weeks and $40k.", true},
        {"long", long_text, true},
        {"hostile", "{{x}} }} {{#has_topic}}boom{{/has_topic}} <!here> &amp; {{{draft}}} , . ..", true},
    };
}

// Topic, specifics and vague spans over the text: short parts for ordinary text, huge ones for the
// long text so every clipping path runs.
void place_ranges(Analysis& a, std::string const& text) {
    auto const n = static_cast<std::uint32_t>(text.size());
    if (n == 0) return;
    auto const part = [&](std::uint32_t from, std::uint32_t len) {
        return detector::Range{std::min(from, n), std::min(from + len, n)};
    };
    bool const huge = n > 2000;
    a.topic = huge ? part(0, 5000) : part(n / 3, 12);
    a.specifics = {{part(0, huge ? 3000 : 9), detector::SpecificKind::date},
                   {part(n / 2, huge ? 3000 : 7), detector::SpecificKind::money},
                   {part(n / 4, huge ? 900 : 5), detector::SpecificKind::number},
                   {part(n / 5, 8), detector::SpecificKind::event},
                   {part(n / 6, 8), detector::SpecificKind::percent},
                   {part(n / 7, 8), detector::SpecificKind::person}};
    a.spans = {{part(0, huge ? 4000 : 13), detector::VagueCategory::hedge},
               {part(n / 2, 6), detector::VagueCategory::vague_time},
               {part(n / 3, 6), detector::VagueCategory::weasel}};
}

std::vector<std::vector<Reason>> reason_sets() {
    std::vector<std::vector<Reason>> sets{{}};
    for (int r = 0; r <= static_cast<int>(Reason::attachment); ++r) sets.push_back({static_cast<Reason>(r)});
    sets.push_back({Reason::estimate, Reason::scope_timeline, Reason::underweighted_risk, Reason::better_alternative});
    sets.push_back({Reason::new_framework, Reason::aesthetic, Reason::my_way});
    sets.push_back({Reason::territorial, Reason::user_need});
    return sets;
}

std::vector<std::vector<Pattern>> pattern_sets() {
    std::vector<std::vector<Pattern>> sets{{}};
    for (int p = 0; p <= static_cast<int>(Pattern::one_more_thing); ++p) sets.push_back({static_cast<Pattern>(p)});
    sets.push_back({Pattern::one_more_thing, Pattern::faster_please, Pattern::why_so_long});
    return sets;
}

void split(std::vector<Reason> const& reasons, Analysis& a) {
    for (auto r : reasons) (detector::is_legitimate(r) ? a.legitimate : a.illegitimate).push_back(r);
}

}  // namespace

TEST_CASE("every template renders cleanly for every kind of input", "[templates][sweep]") {
    auto const& lib = test_support::builtin();
    std::size_t renders = 0;
    for (auto const& input : inputs()) {
        for (int sbi = 0; sbi < 8; ++sbi) {
            for (bool const ranges : {false, true}) {
                Analysis a;
                a.sbi = {(sbi & 1) != 0, (sbi & 2) != 0, (sbi & 4) != 0};
                a.vague = sbi != 7;
                if (ranges && input.with_ranges) place_ranges(a, input.text);
                for (auto const& id : lib.ids()) {
                    for (auto const p : {Perspective::own_draft, Perspective::reply_to_other}) {
                        INFO("input " << input.name << ", sbi " << sbi << ", ranges " << ranges);
                        auto const r = lib.render(id, a, input.text, p);
                        REQUIRE(r.has_value());
                        test_support::check_reframing(*r, input.text);
                        ++renders;
                    }
                }
            }
        }
    }
    CHECK(renders == inputs().size() * 8 * 2 * lib.ids().size() * 2);
}

TEST_CASE("the reframer gives two to four clean reframings for every combination", "[templates][sweep]") {
    auto const& lib = test_support::builtin();
    auto const all_inputs = inputs();
    auto const reasons = reason_sets();
    auto const patterns = pattern_sets();
    std::size_t cases = 0;
    for (auto const& input : all_inputs) {
        for (auto const& rs : reasons) {
            for (auto const& ps : patterns) {
                for (int sbi = 0; sbi < 8; ++sbi) {
                    for (auto const p : {Perspective::own_draft, Perspective::reply_to_other}) {
                        Analysis a;
                        split(rs, a);
                        a.patterns = ps;
                        a.sbi = {(sbi & 1) != 0, (sbi & 2) != 0, (sbi & 4) != 0};
                        // Kind, vagueness and the alternative flag cycle through their values across the grid.
                        a.mood = static_cast<detector::Mood>(cases % 4);
                        a.vague = sbi != 7 && (cases % 3 != 0);
                        a.offers_alternative = cases % 5 == 0;
                        if (input.with_ranges && cases % 2 == 0) place_ranges(a, input.text);
                        ++cases;

                        auto const out = lib.reframe(a, input.text, p);
                        INFO("input " << input.name << ", reframings " << test_support::ids_of(out));
                        REQUIRE(out.size() >= 2);
                        REQUIRE(out.size() <= 4);
                        std::set<std::string> seen;
                        for (auto const& r : out) {
                            CHECK(seen.insert(r.template_id).second);
                            test_support::check_reframing(r, input.text);
                        }
                        // The promises of the reframer, checked across the whole grid.
                        if (p == Perspective::reply_to_other && !ps.empty())
                            CHECK(out.front().family == "trust");
                        else if (!a.illegitimate.empty())
                            CHECK(out.front().family == "self-check");
                        if (!a.illegitimate.empty() && a.legitimate.empty()) {
                            for (auto const& r : out) {
                                CHECK(r.family != "numbers");
                                CHECK(r.family != "options");
                                CHECK(r.family != "risks");
                                CHECK(r.family != "two-paths");
                                CHECK(r.family != "counter-proposal");
                            }
                        }
                        if (a.vague && p == Perspective::own_draft &&
                            !(a.sbi.situation && a.sbi.behavior && a.sbi.impact))
                            CHECK(test_support::has_family(out, "sbi"));
                    }
                }
            }
        }
    }
    CHECK(cases == all_inputs.size() * reasons.size() * patterns.size() * 8 * 2);
}
