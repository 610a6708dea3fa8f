// The twenty-third round's class readings (flags23, detector/flags.cpp): each reads a kind of move by its parts, with
// a wide set of words for each part, rather than one split's wordings. Every draft here was written for these tests,
// in wordings neither the coaching files nor the round's probe set use; each reading has its near misses beside it.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("flags23: the PM kept out by a clause of its own, with someone above asked", "[detector][flags]") {
    for (std::string_view t :
         {"Hi Oona, as head of ops could you pull the kiosk rollout from the spring list? I'd rather not loop Jonas in "
          "until it's off.",
          "<@U7Q2ZP1> since you're the director here, can you just decide the refund window? Didn't want to go "
          "through Malik again, it never ends.",
          "Bringing this to you instead of arguing with Petra for another week: as VP you can settle the SSO scope.",
          "Could you veto the badge redesign? Going through the PM hasn't worked, and you're above her anyway."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t :
         {"Jonas and I talked it through in our 1:1 and he asked me to bring the kiosk question to you as head of ops.",
          "Petra is on leave until the 9th; as VP could you settle the SSO scope so the team isn't blocked?",
          "I'd rather ask Malik with you in the room than decide it without him. Can the three of us meet Tuesday?",
          "Could you look at the badge redesign before Thursday? I went through it with the PM this morning."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

TEST_CASE("flags23: the reader's rung over someone named, as why they are asked", "[detector][flags]") {
    CHECK(flagged("Thought I'd come to you since you're above Ines. Can we stop the loyalty tiers before planning?",
                  RedFlag::skips_ladder));
    CHECK(flagged("You're Bruno's manager, so could you get the export rewrite pushed to Q3?", RedFlag::skips_ladder));
    CHECK_FALSE(flagged("You're above the fold on the new landing page, so can we check the hero image loads fast?",
                        RedFlag::skips_ladder));
}

TEST_CASE("flags23: experience doubted, a habit judged, a record held against a person", "[detector][flags]") {
    for (std::string_view t :
         {"Has Wen ever sat with a pharmacist during the morning rush? The refill queue spec suggests not.",
          "Did Aurelio even open the tariff sheet before writing the billing epic?",
          "The claims form reads like she's never filed a claim.",
          "Maybe Joss could try actually ringing up a sale on the till for a day before redesigning the checkout.",
          "Farah tends to agree to anything in the customer call and leave us to explain it later.",
          "Yusuf always caves the moment sales raises their voice, so expect the scope to grow again.",
          "Remember this is the same lead who promised the migration would take a week. It took a quarter."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"Has Wen seen the refill queue numbers from Monday? The spike is at 8:40.",
          "Aurelio hasn't opened the tariff sheet yet; I'll walk him through the three rates that matter.",
          "Maybe we could try the new till flow with two cashiers for a day before we roll it out.",
          "Farah tends to take the customer calls on Tuesdays, so I'll send her the questions by Monday.",
          "This is the same flow we had to roll back in March, so I'd like a flag and a canary this time."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("flags23: taste with the function conceded, comfort in the familiar", "[detector][flags]") {
    CHECK(
        motive("The PR works and the tests pass, but I'd like the modal restyled with square corners before merge. "
               "The rounded ones just look off to me.",
               Reason::aesthetic));
    CHECK_FALSE(
        motive("The PR works and the tests pass, but I'd like the modal restyled before merge: support had "
               "14 tickets last week from people who couldn't find the close button.",
               Reason::aesthetic));
    CHECK(
        motive("I've run our deploys with Bash scripts for eight years and I know exactly how they fail. Picking up "
               "Argo now means relearning everything, so let's keep the scripts.",
               Reason::new_framework));
    CHECK_FALSE(
        motive("The Bash deploys failed four times this month (two rollbacks by hand). I'd like to try Argo "
               "on the staging cluster for two weeks and compare.",
               Reason::new_framework));
}

TEST_CASE("flags23: real-text classes: a complaint told elsewhere, a role judged, sunk hours, taste made objective",
          "[detector][flags]") {
    CHECK(flagged("Hey, can I be honest about Rhea? She doesn't listen to anyone and her estimates are fantasy.",
                  RedFlag::skips_ladder));
    CHECK(flagged("Honestly this reviewer is the worst. Does this guy even run the code?", RedFlag::person_directed));
    CHECK(flagged("Nobody in leadership understands what a migration actually costs.", RedFlag::person_directed));
    CHECK(
        motive("Happy to rename things, but after the 20 or so hours I put into it we shouldn't just scrap my parser.",
               Reason::attachment));
    CHECK(motive("Updated the contributing guide: spaces are objectively better than tabs.", Reason::my_way));
    CHECK_FALSE(
        motive("These lint changes are how I like to write code, but are they objectively better?", Reason::my_way));
    CHECK_FALSE(flagged("Can I be honest about the estimate? Two weeks assumes the vendor API is ready, and it isn't.",
                        RedFlag::skips_ladder));
}
