// The reframer on real drafts run through the real detector, the seeds' own examples among them.
// `tests_templates "[.examples]" -s` prints before/after examples.

#include <iostream>

#include "support.hpp"

using namespace pushback;
using templates::Perspective;
using test_support::builtin;
using test_support::has_family;
using test_support::ids_of;

namespace {

std::vector<templates::Reframing> reframe_real(std::string const& text, Perspective p) {
    auto const a = detector::analyze(text);
    auto const out = builtin().reframe(a, text, p);
    INFO("draft: " << text << "\nanalysis: " << detector::to_json(a, text) << "\nreframings: " << ids_of(out));
    CHECK(out.size() >= 2);
    CHECK(out.size() <= 4);
    for (auto const& r : out) test_support::check_reframing(r, text);
    return out;
}

void print(std::string const& text, Perspective p) {
    auto const a = detector::analyze(text);
    std::cout << "==== " << (p == Perspective::own_draft ? "own draft" : "reply to") << ": " << text << "\n"
              << detector::to_json(a, text) << "\n";
    for (auto const& r : builtin().reframe(a, text, p))
        std::cout << "--- [" << r.template_id << "] " << r.title << "\n" << r.text << "\n";
    std::cout << "\n";
}

std::vector<std::pair<std::string, Perspective>> const drafts{
    {"I don't think we can add SSO", Perspective::own_draft},
    {"In Thursday's standup, when the scope was expanded to include SSO, it pushed our launch date past the sales "
     "conference we'd originally prioritized this work for. I want to re-talk the scope decision.",
     Perspective::own_draft},
    {"Can we do this faster?", Perspective::reply_to_other},
    {"Why does this take so long?", Perspective::reply_to_other},
    {"At my last company, this would have taken two days.", Perspective::reply_to_other},
    {"Can we just do the simple version?", Perspective::reply_to_other},
    {"Can we also add a tooltip here?", Perspective::reply_to_other},
    {"This is probably going to take way longer than we think, maybe a few months.", Perspective::own_draft},
    {"The export needs 3 months, not 3 weeks: the PRD assumes the reporting API exists and it doesn't.",
     Perspective::own_draft},
    {"Storing the API tokens in plain text is a security risk and probably a compliance problem.",
     Perspective::own_draft},
    {"I really don't want to learn GraphQL just for this feature.", Perspective::own_draft},
    {"I wrote the current importer, it works fine, we should keep it.", Perspective::own_draft},
    {"We can't ship all of this by Friday, the scope is way too big for the timeline.", Perspective::own_draft},
    {"OK, I'll commit to shipping the export by March 3 as scoped.", Perspective::own_draft},
};

}  // namespace

TEST_CASE("real drafts through the detector give clean reframings", "[templates][detector]") {
    for (auto const& [text, p] : drafts) {
        reframe_real(text, p);
        reframe_real(text, p == Perspective::own_draft ? Perspective::reply_to_other : Perspective::own_draft);
    }
}

TEST_CASE("the seeds' vague SSO draft, analysed for real, comes back as an SBI rewrite", "[templates][detector]") {
    std::string const text = "I don't think we can add SSO";
    auto const out = reframe_real(text, Perspective::own_draft);
    REQUIRE_FALSE(out.empty());
    CHECK(out.front().family == "sbi");
    CHECK_THAT(out.front().text, Catch::Contains("SSO"));
    CHECK_THAT(out.front().text, Catch::Contains("[when and where did this happen?"));
    CHECK_THAT(out.front().text, Catch::Contains("[what was decided or done about SSO"));
    CHECK_THAT(out.front().text, Catch::Contains("[what does it cost: days, users, dollars?]"));
}

TEST_CASE("the seeds' specific SSO version gets no SBI lecture", "[templates][detector]") {
    std::string const text =
        "In Thursday's standup, when the scope was expanded to include SSO, it pushed our launch date past the sales "
        "conference we'd originally prioritized this work for. I want to re-talk the scope decision.";
    auto const out = reframe_real(text, Perspective::own_draft);
    CHECK_FALSE(has_family(out, "sbi"));
}

TEST_CASE("the seeds' trust-destroying asks, analysed for real, get the trust-building reply",
          "[templates][detector]") {
    for (auto const& [text, id] : std::vector<std::pair<std::string, std::string>>{
             {"Can we do this faster?", "trust-faster-please-reply"},
             {"Why does this take so long?", "trust-why-so-long-reply"},
             {"At my last company, this would have taken two days.", "trust-last-company-reply"},
             {"Can we just do the simple version?", "trust-simple-version-reply"},
             {"Can we also add a tooltip here?", "trust-one-more-thing-reply"}}) {
        auto const out = reframe_real(text, Perspective::reply_to_other);
        INFO(text);
        REQUIRE_FALSE(out.empty());
        CHECK(out.front().template_id == id);
    }
}

TEST_CASE("real drafts lead with the family their reason calls for", "[templates][detector]") {
    // Whatever the detector finds, the lead follows from it: these check the two together.
    for (auto const& [text, p] : drafts) {
        auto const a = detector::analyze(text);
        auto const out = builtin().reframe(a, text, p);
        INFO(text << "\n" << detector::to_json(a, text) << "\n" << ids_of(out));
        REQUIRE_FALSE(out.empty());
        if (p == Perspective::reply_to_other && !a.patterns.empty())
            CHECK(out.front().family == "trust");
        else if (!a.illegitimate.empty())
            CHECK(out.front().family == "self-check");
        else if (!a.legitimate.empty() && p == Perspective::own_draft && a.patterns.empty())
            CHECK(out.front().family != "sbi");
        if (p == Perspective::own_draft && a.vague && !(a.sbi.situation && a.sbi.behavior && a.sbi.impact))
            CHECK(has_family(out, "sbi"));
    }
    auto const framework =
        reframe_real("I really don't want to learn GraphQL just for this feature.", Perspective::own_draft);
    CHECK(framework.front().template_id == "self-check-new-framework");
    auto const friday = reframe_real("We can't ship all of this by Friday, the scope is way too big for the timeline.",
                                     Perspective::own_draft);
    CHECK(friday.front().template_id == "options-date-depth");
    CHECK_THAT(friday.front().text, Catch::Contains("If we want “Friday”, we ship thin"));
}

TEST_CASE("prints the before/after examples", "[.examples]") {
    for (auto const& [text, p] : drafts) print(text, p);
}
