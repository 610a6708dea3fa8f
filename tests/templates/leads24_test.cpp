// --- leads24: the twenty-fourth round's read-through of the commitment log ---
// A disagree-and-commit addressed to the person who made the call ("Dara, you've made the call") logged "Decided by:
// (add who made the call)" and, with no decision said, the address itself as the decision; a bare "I disagree" was
// logged as the concern, which tells the retro nothing.
#include <string>

#include "card_support.hpp"
#include "support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using test_support::advise;
using test_support::all_cards;

TEST_CASE("the reader named where the draft opens made the call the draft says they made", "[templates][leads24]") {
    auto const adv = advise(
        "Dara, you've made the call and I'm on board. My concern for the record: build times over 20 min on the "
        "mobile targets.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK_THAT(all_cards(adv), Catch::Contains("Decided by: Dara"));
    // The address is no decision: the card asks for it.
    CHECK_THAT(all_cards(adv), !Catch::Contains("Decision: Dara"));
    CHECK_THAT(all_cards(adv), Catch::Contains("Decision: [what was decided]"));

    auto const named = advise("OK, your call Priya: we launch the referral program on the 5th. I'm on board.");
    CHECK_THAT(all_cards(named), Catch::Contains("Decided by: Priya"));

    auto const hi = advise("Hi Sam, you decided on the single-region launch and I'm on board.");
    CHECK_THAT(all_cards(hi), Catch::Contains("Decided by: Sam"));

    // An opener is no name, and with no "you" who made the call stays asked.
    auto const noted = advise(
        "Noted, thanks. I'll go with the vendor's SDK as you decided; I've logged my concern about the iOS 15 gap in "
        "the decision doc.");
    CHECK_THAT(all_cards(noted), !Catch::Contains("Decided by: Noted"));
    auto const unnamed = advise("Sam, we went with Kafka. I'll set up the topics this week; my worry is consumer lag.");
    CHECK_THAT(all_cards(unnamed), !Catch::Contains("Decided by: Sam"));

    // "your call: ..." still says what after its colon.
    auto const colon = advise(
        "Alright, your call: the guild wars event slips to the 20th and the leaderboard goes in as planned. I'll tell "
        "the community team today.");
    CHECK_THAT(all_cards(colon), Catch::Contains("Decision: the guild wars event slips to the 20th"));
}

TEST_CASE("a bare disagreement is no concern on record: the log card asks why", "[templates][leads24]") {
    auto const adv = advise("OK, I disagree but I'll commit: we launch the referral program on the 5th.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK_THAT(all_cards(adv), Catch::Contains("Decision: we launch the referral program on the 5th"));
    CHECK_THAT(all_cards(adv), Catch::Contains("My concern, on record: [why you disagree, in one line]"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("My concern, on record: I disagree"));
    // A disagreement that says why keeps its words.
    auto const why = advise(
        "OK, I disagree because the fraud checks aren't in, but I'll commit: we launch the referral program on the "
        "5th.");
    CHECK_THAT(all_cards(why), !Catch::Contains("[why you disagree"));
}

TEST_CASE("a decision reopened on the old case, however specific, is a rework", "[templates][leads24]") {
    // The particulars name the decision, not anything learned since.
    auto const adv = advise(
        "I know we settled on Stripe Terminal for the lobby check-in kiosks two sprints ago, but I keep coming back to "
        "it and I still think Square would've been the better call. Can we put it back on Thursday's agenda?");
    CHECK(adv.triage == templates::Triage::rework);
    auto const plain = advise(
        "I know we landed on flat $22/walk pricing last Thursday but I keep coming back to it. I still think surge "
        "pricing for weekend mornings is the better model, same as I said in the meeting. Could we put it back on the "
        "agenda for Monday?");
    CHECK(plain.triage == templates::Triage::rework);
    // What changed since is a case: pushback, ready to send.
    auto const news = advise(
        "I know we landed on flat $22/walk pricing last Thursday, but since then we measured weekend-morning demand: "
        "it's 3.4x weekday, and 41% of requests went unfilled last Saturday. I still think surge pricing for weekend "
        "mornings is the better model. Could we put it back on the agenda for Monday?");
    CHECK(news.triage == templates::Triage::ready);
}

TEST_CASE("a fact cut inside its own bracket loses the bracket, not its close", "[templates][leads24]") {
    auto const adv = advise(
        "<@U01ZEDCTO> quick one, keeping this between us for now. the auto-renew change Marcus has going out Feb 1 "
        "will charge anyone who froze their membership in Dec (~340 members at Eastside alone, I checked). haven't "
        "raised it with him. can you just get it pulled from the release?");
    REQUIRE(adv.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(adv), Catch::Contains("will charge anyone who froze their membership in Dec."));
    CHECK_THAT(all_cards(adv), !Catch::Contains("(340 members"));
}

TEST_CASE("the writer's own decree over code they own is no commitment: the territory stops it",
          "[templates][leads24]") {
    auto const adv = advise(
        "Saw the payout change went into the ledger service yesterday without me on the review. From now on anything "
        "that touches the ledger comes past me first, whoever's ticket it is. I'm reverting it this afternoon.");
    CHECK(adv.triage == templates::Triage::stop);
    // A decision accepted in words stays a commitment.
    auto const accepted = advise(
        "Per-tenant queues it is. My vote was a single queue because it's cheaper to run, but it's your call and I'm "
        "on board; I'll start on the queue setup Monday.");
    CHECK(accepted.triage == templates::Triage::commitment);
}

TEST_CASE("which things a set holds is a fact asked for, not a choice put", "[templates][leads24]") {
    auto const adv = advise(
        "hey <@U03PRIYA> which clinics are in the SMS reminder pilot? need the list to flip the flag "
        "before friday");
    CHECK(adv.triage == templates::Triage::not_pushback);
    CHECK(adv.cards.empty());
    auto const choice = advise(
        "Which should we ship first, the SMS reminders or the waitlist? The reminders cut no-shows by 12% in the "
        "pilot, the waitlist is two weeks of work.");
    CHECK(choice.triage != templates::Triage::not_pushback);
}

TEST_CASE("which of two forms a thing needs, asked by someone building it, is a fact asked for",
          "[templates][leads24]") {
    auto const adv = advise(
        "<@U02PRIYA> quick q, do the fleet invoices need the fuel surcharge as its own line or is one total fine? "
        "building the template now");
    CHECK(adv.triage == templates::Triage::not_pushback);
    // "Do we even need ...?" doubts the plan.
    auto const doubt = advise("Do we even need a separate fuel surcharge line, or is that just more work for nothing?");
    CHECK(doubt.triage != templates::Triage::not_pushback);
}

TEST_CASE("a pressing ask taken on with a plain yes is a commitment", "[templates][leads24]") {
    auto const adv = advise(
        "> can you grab the seat-map bug before Thursday's release?\nyep, on it. PR up tomorrow afternoon, I'll tag "
        "you for the copy");
    CHECK(adv.triage == templates::Triage::commitment);
    auto const doubt = advise(
        "> can you grab the seat-map bug before Thursday's release?\nyep, but only if the export slips to next week.");
    CHECK(doubt.triage != templates::Triage::commitment);
}

TEST_CASE("a quick question's purpose is no part of what it asks, and which of two a fact is, is asked for",
          "[templates][leads24]") {
    auto const adv = advise(
        "quick q before I wire up checkout: the family pass ($90) - is that per household or per adult? the pricing "
        "table says household, the FAQ says adult");
    CHECK(adv.triage == templates::Triage::not_pushback);
    auto const reopened = advise(
        "i know we said last week rentals stay bundled into the day ticket but honestly i still don't love it. can we "
        "put it back on monday's agenda?");
    CHECK(reopened.triage == templates::Triage::rework);
    CHECK_THAT(all_cards(reopened), Catch::Contains("I know we agreed rentals stay bundled into the day ticket"));
}

TEST_CASE("a thread closed with its conclusion is a decision logged with its topic", "[templates][leads24]") {
    auto const adv =
        advise(R"(Closing the loop on tabs vs spaces: the conclusion is "2 spaces". Two spaces per level.)");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK_THAT(all_cards(adv), Catch::Contains("Decision: tabs vs spaces: 2 spaces"));
}
