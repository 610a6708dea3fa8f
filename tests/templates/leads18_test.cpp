// --- leads18: the eighteenth round's card leads, on wordings in no dev file ---
// The better ask dropped the date a faster ask gave its reason by ("The board meeting moved up."), and the team asked
// of ("Can the team get X out by Friday") left the cards saying "this"; the log asked who made a call the team made;
// agreeing to disagree was logged as the decision; the writer's own career matter taken upward was a skipped rung.
#include "card_support.hpp"
#include "support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using test_support::advise;
using test_support::all_cards;

TEST_CASE("a faster ask keeps the date moved as its reason, and names the work asked of the team",
          "[templates][leads18]") {
    auto const adv =
        advise("Can the team get the kiln rota export out by Friday instead of the 20th? The guild meeting moved up.");
    REQUIRE(adv.perspective == templates::Side::ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("I'd like the kiln rota export by Friday: the guild meeting moved up."));
    CHECK_THAT(all_cards(adv), Catch::Contains("bringing the kiln rota export in sooner"));
    // A move the asker wants is no date held by someone else.
    auto const mine = advise("Can we get the kiln rota export out by Friday? We should move up the demo.");
    CHECK_THAT(all_cards(mine), !Catch::Contains("move up the demo."));
}

TEST_CASE("a call the team made is logged as the team's, and agreeing to disagree decides nothing",
          "[templates][leads18]") {
    for (std::string_view t :
         {"I'd have picked the hosted queue, but the team chose the kiln broker and I'm in. I'll write the runbook.",
          "We decided to keep polling the glaze sensors for now. I'd have preferred webhooks, but I'm committed."}) {
        INFO(t);
        auto const adv = advise(t);
        REQUIRE(adv.triage == templates::Triage::commitment);
        CHECK_THAT(all_cards(adv), Catch::Contains("Decided by: the team"));
    }
    // A person named wins over the group, and a 1:1's "we" is the two people in it, so who made the call stays asked.
    CHECK_THAT(all_cards(advise("Mara decided we keep polling the glaze sensors; I'd have used webhooks but I'm in.")),
               Catch::Contains("Decided by: Mara"));
    CHECK_THAT(all_cards(advise("Recap of our 1:1: we decided to keep polling the glaze sensors until March. I'd have "
                                "used webhooks but I'm on board.")),
               Catch::Contains("(add who made the call)"));
    auto const agreed = advise(
        "We agreed to disagree on the kiln retry budget; going with your 5 retries. I'll add a metric for the fifth.");
    CHECK_THAT(all_cards(agreed), !Catch::Contains("Decision: disagree"));
    CHECK_THAT(all_cards(agreed), Catch::Contains("Decision: go with your 5 retries"));
}

TEST_CASE("a grudging yes is coached to commit fully or ask the last question first", "[templates][leads18]") {
    // "Fine. We'll do it your way." was affirmed as a commitment and "Whatever, your call." was "nothing to push back
    // on": seed 000 says commit fully, not sullenly.
    for (std::string_view t : {"Fine. We'll do it your way.", "Whatever, your call. I'll build the kiln export.",
                               "Have it your way.", "ok fine, you win"}) {
        INFO(t);
        auto const adv = advise(t);
        CHECK(adv.triage == templates::Triage::rework);
        CHECK_THAT(adv.next_step, Catch::Contains("grudging yes"));
        CHECK_THAT(all_cards(adv), Catch::Contains("Your call, and I'm in"));
        CHECK(adv.cards.size() == 2);
    }
    // A plain yes, or one that goes on to a concern noted and a next step, is a commitment said plainly.
    for (std::string_view t :
         {"Fine by me. I'd still have preferred the hosted queue, but the team voted for the kiln broker. I'll write "
          "the runbook.",
          "Fine, I'll take the kiln export Monday.",
          "Fine, we'll go with your call on the kiln export format. Noting that the file will double in size, I'll "
          "keep an eye on it."}) {
        INFO(t);
        CHECK(advise(t).triage == templates::Triage::commitment);
    }
    // "whatever works for you" offers a time, it yields nothing.
    CHECK_THAT(advise("whatever works for you, I'm free after 3").next_step, !Catch::Contains("grudging"));
}

TEST_CASE("a stop's 1:1 card never quotes the writer's snub as the point", "[templates][leads18]") {
    // It read "What I see: Not even going to bother raising it with Kelsey again." (trial18 #33).
    auto const adv = advise(
        "Not even going to bother raising it with Dana again. I'm forwarding the kiln rota thread to the CTO so it "
        "gets "
        "killed from the top.");
    REQUIRE(adv.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(adv), !Catch::Contains("bother"));
}

TEST_CASE("the hedge to drop is the whole opening that doubts the writer's standing", "[templates][leads18]") {
    // "Drop 'Could be'" left "overthinking it, but ..."; "Drop 'maybe'" left "idk, I'm missing context, but ...";
    // "Drop 'Maybe'" cut the word that opens the proposal and kept "Not sure this is my place".
    struct Case {
        std::string_view text, hedge;
    };
    for (auto const& [text, hedge] :
         {Case{"Could be overthinking it, but if the kiln app moves pairing to the new BLE library in 3.2 we lose "
               "Android 9, about 11% of active users. Could we gate the new library behind an OS check?",
               "“Could be overthinking it, but”"},
          Case{"idk, maybe I'm missing context, but do we need a realtime kiln leaderboard for the 9th? Refreshing "
               "every "
               "60s off the results API gets us 90% of it with zero new infra, and we could do websockets in March.",
               "“idk, maybe I'm missing context, but”"},
          Case{
              "Not sure this is my place, but the kiln booking redesign drops 'save draft', and last month ~40 tickets "
              "were potters losing half-finished bookings after a 20 min timeout. Maybe we keep draft-save in v1?",
              "“Not sure this is my place, but”"}}) {
        INFO(text);
        auto const adv = advise(text);
        REQUIRE(adv.triage == templates::Triage::ready);
        CHECK_THAT(adv.next_step, Catch::Contains(std::string(hedge)));
    }
}

TEST_CASE("options put to the reader end with the decision, and an idiom names no plan", "[templates][leads18]") {
    // trial18 #31 got "end with the decision you need and by when" though it ends on a choice for the PM.
    auto const options = advise(
        "On your question about adding kiln tooltips to the booking form this sprint - we're at 34 points against 32 "
        "capacity already. Happy to put them at the top of next sprint, or swap them in for the glaze story if that "
        "matters less to you.");
    CHECK(options.triage == templates::Triage::ready);
    CHECK_THAT(options.next_step, !Catch::Contains("end with the decision"));
    // trial18 #03: "the plan for the right direction".
    CHECK_THAT(all_cards(advise("I'm just not convinced the kiln roadmap is headed in the right direction. The team is "
                                "stretched, and I worry about how it all fits together.")),
               !Catch::Contains("the right direction"));
}

TEST_CASE("the writer's slang for the work is said as the work in a card", "[templates][leads18]") {
    // trial18 #04: "I'd like us to weigh one risk in the geofencing thing".
    auto const adv = advise("the kiln geofencing thing makes me nervous tbh");
    CHECK_THAT(all_cards(adv), Catch::Contains("the kiln geofencing work"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("thing"));
    // "the smallest thing we could ship" is no slang for the work.
    CHECK_THAT(all_cards(advise("Thinking out loud: what's the smallest thing we could put in front of the kiln guild "
                                "on the 28th that wouldn't embarrass us?")),
               !Catch::Contains("smallest work"));
}
