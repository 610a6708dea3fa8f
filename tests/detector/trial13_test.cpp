// The general shapes behind the trial's illegitimate reasons and second flags (the trial13 round, detector/flags.cpp):
// the writer's own thing vouched for with nothing measured, oversight of it refused, others kept off it, the writer's
// work extolled or held indispensable, an old look wanted back or a thing's identity said lost by its look, a person
// judged by what they never did and mock deference. Every draft here was written for these tests, in voices and fields
// none of the coaching files use; each shape has near misses (the same words with a measured reason, about someone
// else's thing, or meant) that must stay clean.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;

using namespace pushback::detector::test;

TEST_CASE("trial13: the writer's own thing vouched for with nothing measured", "[detector][motives]") {
    for (std::string_view t :
         {"Mine works. We're not switching.",
          "My version of the parser already does all of this and it's better, let's just use mine.",
          "I trust my own scheduler more than any vendor library out there.",
          "Mine's cleaner and faster, no need to benchmark it.",
          "Let's go with my branch instead, it's simply the better one.",
          "The rate limiter I wrote last year does the job, we don't need anything else.",
          "The new clause UI is just ugly. Mine from the hackathon looked way better, let's use that instead."}) {
        INFO(t);
        CHECK(motive(t, Reason::my_way));
    }
    for (std::string_view t :
         {"Mine works on staging but fails on prod with the 2.4 client, can you check yours?",
          "My branch fixes the 3 failing tests; let's merge mine instead of Ana's since hers still fails the CSV "
          "import.",
          "Dana's version looks better, let's use hers.", "My laptop works fine with the new VPN client.",
          "Mine is the 2.3 build, yours is 2.4, that's why the numbers differ.",
          "I trust the numbers from the load test more than the vendor's benchmark.",
          "Mine is faster because it batches the writes; the vendor SDK sends one request per row."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::my_way));
    }
}

TEST_CASE("trial13: where the writer's making is said, that it works is attachment's ground", "[detector][motives]") {
    // "I built the current batch system ... and mine works": attachment, not the writer's way; a claim above the rest
    // ("I trust it more than any of the new options") still is.
    CHECK_FALSE(motive("I built the dispatch importer over two years and it still works. I'd rather we kept it.",
                       Reason::my_way));
    CHECK(motive("I tuned it by hand and I trust it more than any of the new options. We're not switching.",
                 Reason::my_way));
}

TEST_CASE("trial13: the right way doubted claims no way", "[detector][motives]") {
    for (std::string_view t :
         {"I might be off here but I'm not sure the new approval flow is the right way to go? Just "
          "a feeling.",
          "Not sure this is the right way to handle refunds."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::my_way));
    }
    CHECK(motive("Trust me, my way is the right way.", Reason::my_way));
}

TEST_CASE("trial13: oversight of the writer's own thing refused, others kept off it", "[detector][motives]") {
    for (std::string_view t :
         {"I've owned the billing service for six years, I don't need a design review to change it.",
          "I don't need sign-off from the platform team on my own service.",
          "I've run the scheduler since day one, I don't need anyone's approval to refactor it.",
          "Nobody on the data team touches my DAGs.", "That pipeline is mine, so any change goes past me."}) {
        INFO(t);
        CHECK(motive(t, Reason::territorial));
    }
    for (std::string_view t :
         {"I own the on-call rotation this week, so page me if the import fails.",
          "We don't need a design review for a copy change; it's two strings.",
          "I own the billing service, so I'd like a design review before we change the retry logic.",
          "The export service is mine to fix this sprint; I'll have a PR by Thursday.",
          "I own the docs site, I don't need a review for a typo fix.",
          "Nobody touches the prod database during the freeze, that's the change board's rule."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::territorial));
    }
}

TEST_CASE("trial13: the writer's work extolled or held indispensable", "[detector][motives]") {
    for (std::string_view t :
         {"It's the best thing in this codebase, I wrote every line of it.",
          "I hand-tuned the old index myself and I'm not ready to let it go.",
          "That importer was my first project here and I'd rather we kept it.",
          "I think the move carries a real risk: nobody knows the old batch jobs like I do, since I wrote them. Let's "
          "keep the batch jobs."}) {
        INFO(t);
        CHECK(motive(t, Reason::attachment));
    }
    for (std::string_view t :
         {"I wrote the batch jobs, so I know they fail when the export exceeds 2GB and the event bus avoids that.",
          "I built the old dashboard, and I'm happy to retire it once the vendor one has the CSV export.",
          "I wrote the importer in 2019; here's the runbook for whoever picks it up.",
          "I wrote the parser, so I'll review the replacement PR.",
          "I built the export last week. Let's keep the flag on until Friday."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::attachment));
    }
}

TEST_CASE("trial13: an old look wanted back, a look loathed, a thing's identity lost by its look",
          "[detector][motives]") {
    for (std::string_view t :
         {"I can't stand the new rounded cards, bring back the square ones.",
          "Those gradient buttons are tacky, let's go back to flat.", "The new font is an eyesore.",
          "The new receipt layout just doesn't look like a receipt anymore. We should go back to the old one.",
          "The checkout screen uses rounded buttons now. Technically a regression, it just doesn't feel like a POS "
          "anymore."}) {
        INFO(t);
        CHECK(motive(t, Reason::aesthetic));
    }
    for (std::string_view t :
         {"The new font fails WCAG contrast at 12px, can we go back to 14px?",
          "The old dashboard loaded in 1.2s, the new one takes 4s; can we go back until it's fixed?",
          "Let's roll back to the old version, the export is broken.",
          "It doesn't look like the fix is in this build anymore, can you check the tag?",
          "I can't stand the new rounded cards, they hide the total on small phones."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::aesthetic));
    }
}

TEST_CASE("trial13: a person judged by what they never did, and mock deference", "[detector][flags]") {
    for (std::string_view t :
         {"Great plan, Lena \xF0\x9F\x91\x8F because obviously the person who's never set foot on an ops floor knows "
          "best how dispatchers work.",
          "Sure, because someone who has never been on call obviously knows best how to staff nights.",
          "Love it. The person who has never talked to a grower decides what growers need."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
        CHECK(flagged(t, RedFlag::person_directed));
    }
    CHECK(flagged("Wonderful, the guy who's never opened the codebase is estimating it for us \xF0\x9F\x91\x8F",
                  RedFlag::person_directed));
    for (std::string_view t :
         {"Sam knows best how the dispatch floor works, let's ask him before we change the screen.",
          "Obviously the vendor knows their API best; I'd ask them about rate limits.",
          "The person who has never used the tool is the best tester for onboarding, so let's ask "
          "Maya.",
          "We need someone who has never seen the app for Thursday's usability test."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("trial13: the shapes in wordings written after the first rules", "[detector][motives]") {
    // Written as a second set before the constructions were widened to them (stems of oversight, a thing said to be
    // the writer's, a keeping decreed, a loss regretted, "is fine as it is").
    CHECK(
        motive("My schema is fine as it is, I'm confident it beats whatever the contractor proposes.", Reason::my_way));
    CHECK(motive("The alerting config is my baby and nobody else edits it.", Reason::territorial));
    CHECK(motive("I've maintained the tax tables for years, I don't need the new team reviewing my changes.",
                 Reason::territorial));
    CHECK(motive("I know the old scanner app is clunky but I made it and I'd hate to lose it.", Reason::attachment));
    CHECK(motive("I put years into that billing engine, we're keeping it.", Reason::attachment));
    for (std::string_view t :
         {"My deploy script is fine for staging, but prod needs the platform team's pipeline for the audit trail.",
          "I built the fare engine and I'm happy to see it replaced once the new one passes the regression suite.",
          "We're keeping the old ledger service until the audit closes in March, then we migrate.",
          "I don't need a review on this one, it's a typo in the README.",
          "Nobody understands the reconciliation jobs yet, so I'll write a runbook this week."}) {
        INFO(t);
        CHECK_FALSE(flag_or_motive(t));
    }
}
