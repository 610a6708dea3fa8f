// The twenty-second round's red-flag and motive readings (flags22, detector/flags.cpp), from the misses on the round's
// blind splits (dev48-dev51). Every draft here was written for these tests, in wordings the coaching files do not use;
// each reading has its near misses beside it.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("flags22: a named person's experience doubted, or their homework said undone as a habit",
          "[detector][flags]") {
    for (std::string_view t :
         {"Not sure Priya has ever stood behind a pharmacy counter. The refill spec reads like a brochure.",
          "Pretty obvious Tomasz hasn't read the carrier contract, again.",
          "Can someone who actually knows dispatch own the next version of the routing spec?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"Priya has never used the refill flow on Android, so I'll pair with her on Thursday.",
          "Tomasz hasn't read the carrier contract yet; I'll send him the two clauses that matter.",
          "Could someone who actually uses a screen reader try the checkout before Friday?"}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("flags22: the route above or around the PM, said as a preference or a favour", "[detector][flags]") {
    for (std::string_view t :
         {"Hi Ruth, since you run engineering, I'm raising the refill limits with you rather than with Dev. It feels "
          "above a PM-level call.",
          "<@U0VPENG> quick favour: could you just overrule the seat-map change? Not worth a whole debate with "
          "product.",
          "<@U0DIR> could we sort the refill window out at your level than loop Anke in? It'd land better from you.",
          "I'd rather not go through Bram on the zoo pass pricing, so I'm asking you directly."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t :
         {"Bram and I disagree on the zoo pass pricing, so we agreed to bring it to you for a second read. Both "
          "views are in the doc.",
          "I'd rather not go through the whole spec again; can we just look at section 3 on Monday?"}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

TEST_CASE("flags22: the rhetorical shrug, the pointed reminder and the mock tag", "[detector][flags]") {
    for (std::string_view t :
         {"Launching the loyalty app on Black Friday with no load test, because who needs servers anyway.",
          "Per my last two messages: the box-office export still drops the seat numbers.",
          "I expected someone to look at the crash report this week, more fool me."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t :
         {"Before we launch on Black Friday: what could go wrong? My list: the payment queue and the coupon cache.",
          "Per my last message, the export fix is in review; it should land on Thursday."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("flags22: a person judged in real words, and the legible text that judges no one", "[detector][flags]") {
    for (std::string_view t : {"You seem unable to comprehend the bug reports before you close them.",
                               "The ticketing team would be better off without him.",
                               "Raising this with you as her manager: she's been performing badly since the spring."}) {
        INFO(t);
        CHECK(flag_or_motive(t));
    }
    for (std::string_view t :
         {"Three cashiers told me they can't read it on the handheld scanners: the grey labels are 2.5:1.",
          "Marta doesn't have any vision insurance on the new plan, so the form needs the opt-out.",
          "I'm unable to comprehend the old billing code without the docs; can we book an hour with Lee?"}) {
        INFO(t);
        CHECK_FALSE(flag_or_motive(t));
    }
}

TEST_CASE("flags22: motives worded as the writer's own cost, taste admitted, my way without a test",
          "[detector][motives]") {
    CHECK(motive("Moving the quote service to Elixir means weeks of me googling basic syntax, and I'd just rather not.",
                 Reason::new_framework));
    CHECK(
        motive("It passes review and matches the style guide, but it bugs me. I'd like the names changed before "
               "merge. It works, I know.",
               Reason::aesthetic));
    CHECK(
        motive("Let's keep my hand-written parser. I've always done it this way and it just works better, no need to "
               "benchmark it.",
               Reason::my_way));
    CHECK(motive("I'd like to keep the one I wrote in 2018 rather than replacing it; it's been through a lot with us.",
                 Reason::attachment));
    // The near misses: a learning cost put as the team's measured risk, a look backed by users, a benchmark offered.
    CHECK_FALSE(
        motive("None of the four of us has run Elixir in production; the vendor quotes 6 weeks of training "
               "before the March cutover, which is the risk I'd like us to weigh.",
               Reason::new_framework));
    CHECK_FALSE(
        motive("The new grey fails WCAG AA at 2.9:1 and two cashiers can't read it; can we keep #333 for the "
               "prices?",
               Reason::aesthetic));
    CHECK_FALSE(motive("I'd like to keep my parser, and I'll benchmark both against last month's files by Friday.",
                       Reason::my_way));
}
