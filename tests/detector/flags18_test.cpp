// The eighteenth round's motives and broadcast (flags18, detector/flags.cpp), built from what the round's blind split
// (dev42) missed: a rebuild proposed for a thing said to work, pride or authorship as the reason to keep what the plan
// retires, a corner of the system claimed, a disagreement taken to the all-staff meeting. Every draft here was written
// for these tests, in wordings the coaching files do not use; each shape has near misses that must stay clean.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("flags18: a rebuild of what works is novelty", "[detector][flags]") {
    for (std::string_view t : {"Idea for Q3: rewrite the kiln scheduler in Zig. Nothing's wrong with the Go version, I "
                               "just think it's the future.",
                               "Nothing's broken in the glaze tracker, but I'd love to rebuild it in Svelte."}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
    // A rebuild argued from what is broken, or nothing wrong said of the plan, is no novelty.
    CHECK_FALSE(motive("The kiln scheduler drops 3% of jobs since the upgrade; I'd rewrite the retry loop.",
                       Reason::new_framework));
}

TEST_CASE("flags18: pride or authorship as the reason to keep a thing", "[detector][flags]") {
    for (std::string_view t : {"> can we retire the old glaze importer?\nI'd rather we didn't. I built that importer "
                               "and I'm kinda proud of it.",
                               "I wrote the kiln bridge years ago and it still runs. Can we not retire it? Feels wrong "
                               "to just switch it off."}) {
        INFO(t);
        CHECK(motive(t, Reason::attachment));
    }
    // Pride in someone else's work, or keeping a thing for a reason, is no attachment.
    CHECK_FALSE(motive("The team should be proud of the glaze importer, it ran 4 years without an outage.",
                       Reason::attachment));
}

TEST_CASE("flags18: a corner of the system claimed, and the all-staff meeting", "[detector][flags]") {
    CHECK(
        motive("Who let the data team write to the kiln topics? That's my corner of the system.", Reason::territorial));
    CHECK(
        flagged("If the kiln decision stands on Monday, I'm raising it at the all-staff meeting in front of every "
                "studio lead.",
                RedFlag::broadcast));
    CHECK_FALSE(flagged("The all-staff meeting moved to 4pm, the kiln demo is still on.", RedFlag::broadcast));
}

TEST_CASE("flags18: years for a reason, the way I always build, delight at a missing safeguard, messy data",
          "[detector][flags]") {
    CHECK(motive("I've done glaze costing this way for twelve years, it's fine. Not switching to the new calculator.",
                 Reason::my_way));
    CHECK(motive("Building the kiln parser the way I always build parsers, hand-rolled.", Reason::my_way));
    CHECK_FALSE(
        motive("We've done glaze costing this way for twelve years; the calculator gives 4% different totals "
               "on 30 recipes, so can we run both for a month?",
               Reason::my_way));
    CHECK(flagged("Kiln auto-firing goes live Friday with zero load testing. Can't wait to see the queue.",
                  RedFlag::sarcasm));
    CHECK_FALSE(flagged("Kiln auto-firing goes live Friday after two weeks of load testing. Can't wait to see it.",
                        RedFlag::sarcasm));
    CHECK_FALSE(
        motive("Import for the studio is done, 412 pieces in. Their data looked messy though.", Reason::aesthetic));
}
