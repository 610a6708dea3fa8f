// The twenty-first round's red-flag and motive readings (flags21, detector/flags.cpp), from the misses on the round's
// blind split (dev45). Every draft here was written for these tests, in wordings the coaching files do not use; each
// reading has its near misses beside it.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("flags21: the reader's work charged to never having done the job", "[detector][flags]") {
    for (std::string_view t :
         {"This rota spec is what you get when a PM has never worked a night shift.",
          "The refund flow is fine, 2 days of work. Next time maybe show the spec to someone who has actually run a "
          "till before it goes out.",
          "Honestly it reads like it was written by someone who has never opened the admin console."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"Next time let's add a pharmacist to the review: we missed the controlled-drug rules.",
          "Could we run the intake form past someone who has actually used a screen reader before we ship?",
          "A nurse who has never used the old app will need the tooltip."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("flags21: a person's duty called undone by habit, and the aside to whoever does it", "[detector][flags]") {
    for (std::string_view t :
         {"Flagging this a third time. Marek doesn't seem to read the threads he's tagged in.",
          "The spec still has no answer for cancelled bookings, so posting again for whoever actually reads these.",
          "She never bothered to check the migration notes."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"The importer doesn't seem to read the BOM at the start of the file.",
                               "I didn't seem to get the calendar invite, can you resend it?",
                               "Customers never bother to read the release notes, so the banner matters."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("flags21: the matter sent on past the people who should have seen it first", "[detector][flags]") {
    CHECK(
        flagged("Sending my cost model to the CFO tomorrow morning. Didn't run it by Priya or my manager, I want "
                "finance to see the unvarnished numbers.",
                RedFlag::skips_ladder));
    CHECK_FALSE(
        flagged("I didn't run it by legal yet, so the pricing page waits until Thursday.", RedFlag::skips_ladder));
}

TEST_CASE("flags21: attachment said outright, or a system the writer built switched off", "[detector][motives]") {
    CHECK(
        motive("The dashboard I designed is cleaner than the new one, and honestly I'm attached to it. Can we keep "
               "mine?",
               Reason::attachment));
    CHECK(
        motive("They're retiring the billing daemon I built in 2015 for some SaaS thing. It has run every invoice "
               "since.",
               Reason::attachment));
    CHECK_FALSE(motive("I'm not attached to the old importer, replace it whenever the new one handles CSV.",
                       Reason::attachment));
    CHECK_FALSE(motive("I built the export last year; switching it off on the 1st is fine, usage is zero.",
                       Reason::attachment));
}

TEST_CASE("flags21: learning refused for the writer's stage, and a tool wanted because it is everywhere",
          "[detector][motives]") {
    CHECK(motive("Please don't make me. I've written Perl for years and I'm not learning Elixir at this stage.",
                 Reason::new_framework));
    CHECK(motive("Can we build the reporting page in Solid? It's all over my feed and it'd be a fun one to learn.",
                 Reason::new_framework));
    CHECK_FALSE(motive("I'm not learning much from the staging logs, can we turn on debug for an hour?",
                       Reason::new_framework));
    CHECK_FALSE(motive("Solid came up in the perf review: our list view renders 3x faster in the spike.",
                       Reason::new_framework));
}

TEST_CASE("flags21: the looks wanted back, and nothing else", "[detector][motives]") {
    CHECK(
        motive("The new receipt screen is so minimal it looks sterile. Can we wait until design brings some colour "
               "back?",
               Reason::aesthetic));
    CHECK_FALSE(
        motive("Contrast on the receipt screen fails WCAG AA (2.9:1), can design bring some colour back to "
               "the totals so they pass?",
               Reason::aesthetic));
}
