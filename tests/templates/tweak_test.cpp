// A ready draft gets at most one tweak, taken from its own words. When its particulars already make the case, the
// tweak may be to cut the label the writer put on the plan ("is gonna be a mess"): the PM argues with the word,
// not with the three crashes. A figure that may be literal ("thousands of users") is never called a label.
#include "detector/analysis.hpp"
#include "support.hpp"
#include "templates/advice.hpp"

using namespace pushback;

namespace {

templates::Advice advise(std::string_view text) {
    return templates::advise(test_support::builtin(), detector::analyze(text), text);
}

}  // namespace

TEST_CASE("a ready draft that labels the plan is told to cut the label, with its verb", "[templates][cards]") {
    auto const adv = advise(
        "the search reindex is gonna be a nightmare, can we move it off Black Friday week? it locked the orders "
        "table for 14 minutes in staging on Tuesday and support had 60 tickets");
    REQUIRE(adv.triage == templates::Triage::ready);
    CHECK_THAT(adv.next_step, Catch::Contains("cut \xE2\x80\x9Cis gonna be a nightmare\xE2\x80\x9D"));
    REQUIRE(adv.cards.size() == 1);
    CHECK(adv.cards.front().family == "tweak");
    CHECK_THAT(adv.cards.front().text, Catch::StartsWith("Cut \xE2\x80\x9Cis gonna be a nightmare\xE2\x80\x9D."));
}

TEST_CASE("a figure that may be literal is not a label to cut", "[templates][cards]") {
    auto const adv = advise(
        "Moving the export to the nightly batch means thousands of customers see yesterday's numbers until 6am. "
        "Can we keep the hourly run for the 40 enterprise accounts and batch the rest? Need a call by Thursday.");
    CHECK_THAT(adv.next_step, !Catch::Contains("cut"));
    for (auto const& card : adv.cards) CHECK(card.family != "tweak");
}
