// The twentieth round's red-flag readings (flags20, detector/flags.cpp, and the broadcast channel named without its
// '#'): shame wished on a person, and a PM's plan posted to a company-wide channel for the comments to judge. Every
// draft here was written for these tests, in wordings the coaching files do not use.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("flags20: shame or the sack wished on a person", "[detector][flags]") {
    for (std::string_view t : {"This whole plan is a disaster and whoever wrote it should be embarrassed.",
                               "Dev should be ashamed of that spec.", "You ought to be fired for this rollout."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    // The team's own standard, an obligation on a vendor, the writer's own embarrassment.
    for (std::string_view t :
         {"Honestly we should be embarrassed by a 4s checkout.", "The vendor should be held to the SLA.",
          "I'd be embarrassed to demo this to Acme.", "Nobody should be fired for a typo in a config file."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("flags20: a plan posted to a company-wide channel named without its '#', for the comments to judge",
          "[detector][flags]") {
    CHECK(flagged("Shared the PM's timeline in the eng-all channel, let the comments speak for themselves.",
                  RedFlag::broadcast));
    CHECK(flagged("Posting the kiln roadmap in the general channel so people can judge for themselves.",
                  RedFlag::broadcast));
    // News for everyone is no broadcast of a disagreement.
    CHECK_FALSE(flagged("We'll post the release notes in the eng-all channel for everyone.", RedFlag::broadcast));
    CHECK_FALSE(
        flagged("The numbers speak for themselves: p95 went from 2.1s to 380ms after the index.", RedFlag::broadcast));
}

TEST_CASE("flags20: someone asked to talk sense into a person", "[detector][flags]") {
    CHECK(flagged("Maybe you can talk some sense into her, she keeps saying no to the kiln migration.",
                  RedFlag::person_directed));
    CHECK(flagged("Can someone talk some sense into the PM? The glaze date is impossible.", RedFlag::person_directed));
    CHECK_FALSE(flagged("That makes sense to me; into the backlog it goes.", RedFlag::person_directed));
}

TEST_CASE("flags20: a technology called outdated in the plural is novelty, and a measured gap is not",
          "[detector][flags]") {
    CHECK(motive("We need to move the kiln app to microservices. Monoliths are outdated.", Reason::new_framework));
    CHECK_FALSE(motive("The payments lib is dated: it has no 3DS2 support and Visa requires it from March.",
                       Reason::new_framework));
}

TEST_CASE("flags20: nobody else touching the writer's code is territory, and a freeze with its date is not",
          "[detector][flags]") {
    CHECK(motive("The proration code is mine, I'd rather nobody else touch it.", Reason::territorial));
    CHECK_FALSE(
        motive("I'd rather we not touch the auth module this sprint: the SOC2 audit freezes it until "
               "the 20th.",
               Reason::territorial));
}

TEST_CASE("flags20: the sacrifice shrugged off outright is sarcasm, and the same work with its reason is not",
          "[detector][flags]") {
    CHECK(
        flagged("Ugh. Fine. I'll do the kiln migration this weekend I guess. Not like I had plans.", RedFlag::sarcasm));
    CHECK_FALSE(
        flagged("I'll do the kiln migration this weekend I guess, the window is Saturday 2am and nobody else "
                "has the access.",
                RedFlag::sarcasm));
}

TEST_CASE("flags20: the told-you-so is sarcasm", "[detector][flags]") {
    CHECK(
        flagged("Friendly reminder that I flagged this exact kiln risk in March and nobody listened. Now look where "
                "we are.",
                RedFlag::sarcasm));
    CHECK_FALSE(
        flagged("I flagged this kiln risk in March (ticket KLN-88); it has now happened twice. Can we fund the "
                "fix this sprint?",
                RedFlag::sarcasm));
}

TEST_CASE("flags20: a forum above the reader chosen because the reader refused is a skipped rung",
          "[detector][flags]") {
    CHECK(flagged("I'll raise the kiln roadmap in the eng leads meeting tomorrow since you won't reconsider.",
                  RedFlag::skips_ladder));
    CHECK_FALSE(
        flagged("I'll present the kiln migration plan in the leads meeting on Thursday, Dana and I already "
                "agreed on it.",
                RedFlag::skips_ladder));
    CHECK_FALSE(
        flagged("Let's see what leadership thinks of the kiln Q3 numbers at the review.", RedFlag::skips_ladder));
}

TEST_CASE("flags20: 'that's our library' and 'so heavy and old these days' are territory and novelty",
          "[detector][flags]") {
    CHECK(
        motive("The mobile team shouldn't be changing the kiln API client, that's our library. They can file a "
               "ticket.",
               Reason::territorial));
    CHECK(motive("Honestly I'd rather use Svelte for the kiln dashboard, React feels so heavy and old these days.",
                 Reason::new_framework));
}

TEST_CASE("flags20: a failure guessed onto others and called their habit is person-directed", "[detector][flags]") {
    CHECK(
        flagged("The kiln feature works on my machine, not sure what QA is complaining about, they probably didn't "
                "set it up right as usual.",
                RedFlag::person_directed));
    CHECK_FALSE(flagged("The kiln sync job probably didn't run again, as usual on Mondays; I'll add an alert.",
                        RedFlag::person_directed));
}
