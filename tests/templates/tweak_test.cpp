// A ready draft gets at most one tweak, taken from its own words. When its particulars already make the case, the
// tweak may be to cut the label the writer put on the plan ("is gonna be a mess"): the PM argues with the word,
// not with the three crashes. A figure that may be literal ("thousands of users") is never called a label.
#include "card_support.hpp"
#include "detector/analysis.hpp"
#include "support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using test_support::advise;

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

TEST_CASE("a negated opinion is the objection, never a hedge to drop, and self-doubt before a but is dropped whole",
          "[templates][cards]") {
    // Dropping "I don't think" from "I don't think we should ..." would tell the PM the opposite.
    auto const objection = advise(
        "I don't think we should turn on auto-renewal for annual plans yet: 2 of our 3 payment providers can't "
        "refund a renewal after 14 days. Can we wait for the Adyen migration on the 20th and decide then?");
    CHECK_THAT(objection.next_step, !Catch::Contains("drop"));
    for (auto const& card : objection.cards) CHECK_THAT(card.text, !Catch::Contains("I don't think\xE2\x80\x9D"));
    // "Not sure if I'm following the plan, but ...": the writer's doubt about their own reading, dropped whole.
    auto const doubt = advise(
        "Not sure if I'm following the plan right, but if checkout moves to the new tax service on the 3rd, the 40 "
        "EU merchants on manual invoicing lose VAT lines. Can we keep them on the old path until the 17th?");
    CHECK_THAT(doubt.next_step,
               Catch::Contains("drop \xE2\x80\x9CNot sure if I'm following the plan right, but\xE2\x80\x9D"));
}

TEST_CASE("the team's capacity, said as its own clause, is the constraint the card names", "[templates][cards]") {
    auto const adv = advise(
        "I don't want to start the partner portal this quarter, the plan feels rushed and the platform team is "
        "already overloaded");
    bool found = false;
    for (auto const& card : adv.cards)
        if (card.family == "constraint") {
            found = true;
            CHECK_THAT(card.text, Catch::Contains("accounts for yet: the platform team is already overloaded."));
        }
    CHECK(found);
}

TEST_CASE("a stop's 1:1 card speaks of the plan without the writer's contempt for it", "[templates][cards]") {
    auto const adv = advise(
        "Marta obviously has no clue about caching and keeps pushing this stupid invalidation scheme. I'm taking it "
        "to her director tomorrow.");
    REQUIRE(adv.triage == templates::Triage::stop);
    bool named = false;
    for (auto const& card : adv.cards) {
        CHECK_THAT(card.text, !Catch::Contains("stupid"));
        named = named || card.text.find("this invalidation scheme") != std::string::npos;
    }
    CHECK(named);
}

// A disagree-and-commit that says what the writer argued for and then labels its concern: the log keeps the label's
// concern, and the decision ends before the concessive turn ("even though ...").
TEST_CASE("the commitment log takes the labeled concern and a decision without its dangling turn",
          "[templates][cards]") {
    auto const adv = advise(
        "OK, we'll use the hosted search even though I pushed for running our own. I'm committed; my concern is "
        "the per-query pricing once traffic doubles in spring.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    REQUIRE_FALSE(adv.cards.empty());
    auto const& log = adv.cards.front().text;
    CHECK_THAT(log, Catch::Contains("Decision: we'll use the hosted search\n"));
    CHECK_THAT(log, Catch::Contains("My concern, on record: the per-query pricing once traffic doubles in spring"));
}
