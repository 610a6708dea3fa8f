// --- leads23: the twenty-third round's read-through of replies on drafts no dev or trial file holds ---
// A disagree-and-commit that says its decision inside the writer's verdict on it ("I still think the monorepo move is
// premature") logged the verdict as the decision, and a concern said under its own label ("My concern for the record:
// ...") was logged with the label under the card's "My concern, on record:".
#include <string>

#include "card_support.hpp"
#include "support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using test_support::advise;
using test_support::all_cards;

TEST_CASE("a decision said inside the writer's verdict on it is logged as the decision", "[templates][leads23]") {
    auto const adv = advise(
        "I still think the warehouse re-slotting is premature, but you've made the call and I'm in. I'll start on the "
        "scanner export Monday. My concern for the record: pick rates drop for two weeks while people relearn bins.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK_THAT(all_cards(adv), Catch::Contains("Decision: the warehouse re-slotting"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("Decision: I still think"));
    CHECK_THAT(all_cards(adv), Catch::Contains("My concern, on record: pick rates drop for two weeks"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("for the record: pick rates"));

    // With no concern said apart, the verdict itself is the concern on record.
    auto const alone = advise(
        "I still think dropping the offline mode is a mistake, but it's your call and I'm on board. I'll update the "
        "release notes today.");
    REQUIRE(alone.triage == templates::Triage::commitment);
    CHECK_THAT(all_cards(alone), Catch::Contains("Decision: dropping the offline mode"));
    CHECK_THAT(all_cards(alone), Catch::Contains("is a mistake"));

    // A verdict that is no judgment of the decision ("would be simpler") names no decision of its own.
    auto const simpler = advise(
        "I still think a single queue would be simpler, but we went with per-tenant queues and I'll build them this "
        "sprint.");
    CHECK_THAT(all_cards(simpler), !Catch::Contains("Decision: a single queue"));
}

TEST_CASE("a stop's 1:1 card never states the attack's reason or its people as the fact", "[templates][leads23]") {
    auto const adv = advise(
        "Honest question Dara: have you ever actually sold a ticket at a box office? Because I can't see anyone who "
        "has "
        "putting the seat picker after the payment step. Maybe loop in somebody who's worked a matinee rush.");
    REQUIRE(adv.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(adv), !Catch::Contains("What I see: Because"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("somebody who's worked"));
    // A plain fact beside the attack is still the point the card states.
    auto const fact = advise(
        "Honestly Kasia has no clue how our billing works. Her proration spec would double-charge every annual "
        "customer on renewal.");
    REQUIRE(fact.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(fact), Catch::Contains("What I see: the proration spec would double-charge"));
}

TEST_CASE("more work asked into a date already set is answered by the trade, not as a faster ask",
          "[templates][leads23]") {
    auto const ask = advise("can we add SSO to the partner portal before the Q1 launch?");
    REQUIRE(ask.perspective == templates::Side::ask);
    CHECK_THAT(all_cards(ask), Catch::Contains("something has to give"));
    CHECK_THAT(all_cards(ask), Catch::Contains("by the Q1 launch"));
    CHECK_THAT(all_cards(ask), !Catch::Contains("in sooner"));
    CHECK_THAT(all_cards(ask), !Catch::Contains("by the Q1:"));

    auto const reply = advise(
        "> could we include CSV import in the portal before the spring release?\nThat's a lot: the importer alone "
        "needs the field mapping screen and a dry-run mode.");
    REQUIRE(reply.perspective == templates::Side::reply_to_ask);
    CHECK_THAT(all_cards(reply), Catch::Contains("Happy to pick up CSV import"));
    CHECK_THAT(all_cards(reply), !Catch::Contains("in sooner"));

    // A delivery hurried to a date is still the faster ask.
    auto const faster = advise("Can the seed swap listing page ship before the spring fair?");
    CHECK_THAT(all_cards(faster), Catch::Contains("in sooner"));
}
