// --- leads25: the twenty-fifth round's advice ---
// A point conceded and acted on was reworked ("bring an alternative"), a regret then a yes ("Sad to see this go, but
// lgtm") was read as a thank-you, a stop's 1:1 card asked "[what in the plan would break]" of drafts that say it, and a
// reply to "can we push a day and squeeze in X?" pasted the writer's grudging "I mean we can but" and a "since Tuesday"
// as the deadline into the card. Every draft here was written for these tests.
#include <string>

#include "card_support.hpp"
#include "support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using test_support::advise;
using test_support::all_cards;

TEST_CASE("the other's point conceded and acted on is a commitment, logged as what the writer will do",
          "[templates][leads25]") {
    auto const adv = advise("You're right, I'll add the contract tests before we merge the billing branch.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK_THAT(all_cards(adv), Catch::Contains("Decision: I'll add the contract tests before we merge"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("Decision: You're right"));
    // No concern of the writer's to put on record: the next step says to log the decision.
    CHECK_THAT(adv.next_step, Catch::Contains("log the decision"));
    CHECK_THAT(adv.next_step, !Catch::Contains("your concern"));
    // A "but" after the concession keeps it open; the writer's own slip owned is news, not a decision logged.
    CHECK(advise("You're right, but the migration still needs two more days than the plan says.").triage !=
          templates::Triage::commitment);
    CHECK(
        advise("My mistake, I didn't see the thread about the old endpoint. I'll put it back this afternoon.").triage ==
        templates::Triage::not_pushback);
}

TEST_CASE("a regret then a yes is a disagree-and-commit, the regret logged as the concern", "[templates][leads25]") {
    auto const adv = advise("Not thrilled about dropping the offline mode, but ship it.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK_THAT(all_cards(adv), Catch::Contains("Decision: dropping the offline mode"));
    CHECK_THAT(all_cards(adv), Catch::Contains("My concern, on record: Not thrilled about dropping the offline mode"));
    auto const bare = advise("Sad to see the old dashboard go, but lgtm");
    REQUIRE(bare.triage == templates::Triage::commitment);
    CHECK_THAT(all_cards(bare), Catch::Contains("My concern, on record: Sad to see the old dashboard go"));
    // No yes after the regret: not a commitment.
    CHECK(advise("Sad to see the old dashboard go, but can we keep the CSV export somewhere?").triage !=
          templates::Triage::commitment);
}

TEST_CASE("a stop's 1:1 card states the fact the draft already gives", "[templates][leads25]") {
    auto const sarcasm = advise(
        "so the plan for launch week is one support engineer answering every chat, and we had 3,200 chats last "
        "launch. cool cool cool. I'm sure that'll be totally fine :) :)");
    REQUIRE(sarcasm.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(sarcasm),
               Catch::Contains("What I see: the plan for launch week is one support engineer answering every chat, "
                               "and we had 3,200 chats last launch."));
    CHECK_THAT(all_cards(sarcasm), !Catch::Contains("[what in the plan would break"));
    // Past the mock cheer, what came again; its scare-quoted size goes, and (r27, trial27) so does the jab's "another":
    // the card opens on the change and says its timing once.
    auto const again = advise("oh great, another 'small' change to the refund rules the night before the sale.");
    REQUIRE(again.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(again),
               Catch::Contains("a concern about the change to the refund rules, not about anyone. "
                               "What I see: a change to the refund rules the night before the sale."));
    CHECK_THAT(all_cards(again), !Catch::Contains("another"));
    // A jab that states no fact is not passed off as one.
    auto const bare = advise("great, another roadmap change. really love how we keep doing this");
    CHECK_THAT(all_cards(bare), !Catch::Contains("What I see: we keep doing this"));
}

TEST_CASE("a reply to 'squeeze it in' keeps the hard part, not the grudging yes or a date counted from",
          "[templates][leads25]") {
    auto const adv = advise(
        "> can we just push the release a day and squeeze in the search fix?\nI mean we can but QA is already at 35 "
        "open tickets and nobody has looked at the flaky checkout test since Monday, so pushing a day buys us "
        "nothing");
    auto const cards = all_cards(adv);
    CHECK_THAT(cards, Catch::Contains("QA is already at 35 open tickets"));
    CHECK_THAT(cards, !Catch::Contains("I mean we can but"));
    CHECK_THAT(cards, !Catch::Contains("by Monday"));
    CHECK_THAT(cards, !Catch::Contains("buys us nothing,"));
}
