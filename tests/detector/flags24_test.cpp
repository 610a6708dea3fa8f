// The twenty-fourth round's readings (flags24, detector/flags.cpp), each with its near misses. Every draft here was
// written for these tests, in wordings no coaching file uses.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("flags24: the PM kept out on purpose and the reader asked to act over them", "[detector][flags]") {
    for (std::string_view t :
         {"Tobias, the loyalty tiers Nell signed off break the partner payouts. I haven't raised it with her, it'd "
          "just be another round. Could you just overrule it before the freeze?",
          "keeping this between us for now: the bulk-import limit going out Tuesday drops every file over 5MB. can "
          "you get it pulled from the release?",
          "Figured you'd want this before the planning review. didn't loop Ines in, it'll land better coming from "
          "you: the new cancellation flow refunds twice on partial orders.",
          "Between you and me, the onboarding quiz Pia scoped doesn't work on tablets. Any chance it quietly falls "
          "off the roadmap?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t :
         {// The rung still to be taken, said in the draft.
          "I haven't raised it with Nell yet, I'll bring it up in our 1:1 tomorrow. Could you just check my numbers "
          "first?",
          // Kept between the writer and the PM, nothing asked over anyone.
          "Nell, keeping this between us for now: I think the loyalty tiers break partner payouts. Can we look at it "
          "Thursday?",
          // Nothing of the PM kept out.
          "Could you just overrule the linter on this one file? The generated code trips it every build.",
          "I haven't talked to the vendor yet, can you just send me their contact?"}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}
