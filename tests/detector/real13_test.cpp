// The real13 constructions (detector/flags.cpp, block "real13"): real people's words (coaching dev28), each a general
// shape: an imprecation at the reader and the epithets only said of people, a person's kind questioned, a verdict of
// conduct on what a person just did, a verbless vice of conduct, the reader addressed directly in place of someone away
// or gone around for an approval, the reader's view restated in mockery, the writer's leaving put as a threat, the
// writer's record with a tool and a sweeping verdict as the case, the true members of a craft said to do it the
// writer's way, a technology declared dying as the reason to move off it. Each with drafts written for these tests
// (none is a coaching line) and near misses that must stay clean.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("real13: an imprecation at the reader or a person's epithet is person-directed", "[detector][flags]") {
    for (std::string_view t :
         {"Screw you, I'm not rewriting the importer a third time.",
          "Piss off with your deadlines, we ship when it's ready.", "Go to hell, I'm not signing off on that estimate.",
          "Enjoy your weekend, asshats.", "What an absolute shitass developer.",
          "ok listen. fuck you, pick a date or stop asking."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"holy shit the build is finally green, thanks all", "The fuck-up was mine, sorry, I pushed the wrong config.",
          "Screw the old adapter in place until the new one lands?",
          "That flaky test will screw you over on Fridays, so I pinned the seed.",
          "Go away for the weekend, you earned it after that release."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real13: a person's kind questioned is person-directed, a question about a thing is not",
          "[detector][flags]") {
    for (std::string_view t : {"What sort of engineer are you, honestly?",
                               "Who do you think you are? You don't get to merge into main without review.",
                               "What is wrong with you? That's the third prod push without tests.",
                               "What kind of PM is she if she can't say what the feature is for?",
                               "Planning ahead is fine. What kind of maintainer are you?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"What kind of user are you targeting with the export?",
          "What kind of tests are you running before the release?",
          "What sort of load are you expecting on launch day?", "What is wrong with the build? It fails on step 3.",
          "What kind of access do you need for the dashboard?"}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real13: a verdict of conduct on a person's deed, or a vice said alone, is person-directed",
          "[detector][flags]") {
    for (std::string_view t :
         {"You pushed to prod on a Friday without telling anyone. That's incredibly unprofessional.",
          "Why did you merge it without a review? Really careless.",
          "You ignored three warnings from the security team. That was reckless.",
          "Hey, why are you keeping the API keys in the repo? Pretty irresponsible.",
          "Just shirking responsibility again.", "Dodging the question again, I see.",
          "The director folded on the dates at the first question. Just spineless leadership."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"Shipping without a rollback plan is irresponsible; can we add one before Thursday?",
          "We pushed on a Friday without telling anyone. That was careless of us, sorry.",
          "Just shipping the hotfix now, details in the thread.", "Pure refactor, no behaviour change.",
          "Dodging the rate limit with a backoff worked, p99 is back to 200ms.", "Leadership sync moved to Friday."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real13: the reader taken directly in place of someone gone around skips the ladder", "[detector][flags]") {
    for (std::string_view t :
         {"Reaching out to you directly instead of my manager: I need approval for two contractors.",
          "<@U0VP> messaging you directly instead of going through Priya, she keeps sitting on the budget request. Can "
          "you approve it?",
          "I felt this was important enough to bring directly to you rather than my manager: the timeline can't hold.",
          "Emailing you directly, without asking Tomas first: can you sign off on the extra licences?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t :
         {"Writing to you directly since you own the billing service: can we move the webhook change to next sprint?",
          "Pinging you directly while Robin is out: the deploy to staging failed at step 4, logs attached.",
          "Emailing you directly while Tomas is on vacation: can you sign off on the extra licences?",
          "Sending this to you directly instead of through the ticket queue: the export is down for EU tenants.",
          "Going straight to the fix: the cache key was missing the tenant id.",
          "Robin is out this week, so I'll cover his on-call; ping me directly for anything urgent."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real13: the reader's view restated in mockery, and leaving put as a threat, are sarcasm",
          "[detector][flags]") {
    for (std::string_view t : {"So you're telling me we should ship it untested because marketing booked a date?",
                               "Let me get this straight: you want it by Friday with half the team out?",
                               "So what you're saying is that you'd rather have the dark mode than working exports?",
                               "If I walked out today, do you think anyone here could finish the migration?",
                               "If I left tomorrow, do you think they'd give you more time?",
                               "What happens when I quit, will you maintain the parser yourself?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t :
         {"Just to confirm, you're saying the export can wait until May? I'll update the plan.",
          "So you're telling me it will take six weeks to ship the store rules?",
          "If I leave at 5 today, do you think the deploy can wait until tomorrow?",
          "If I take PTO next week, do you think Sam can cover the on-call?",
          "When I quit the old dashboard, the session expired; do you think that's the token TTL?"}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("real13: a record with a sweeping verdict, or what the true craft does, is the writer's way",
          "[detector][motives]") {
    for (std::string_view t : {"I've used Jenkins for ten years and never had a problem with it, so we're not moving.",
                               "I've been writing Perl since 1999 and it has never let me down. No need for Python.",
                               "I've worked with Kafka for years, it's simply the best option for this.",
                               "Real programmers don't need an ORM, we write the SQL by hand.",
                               "Any serious engineer would use Postgres here.", "Real devs write their own CSS."}) {
        INFO(t);
        CHECK(motive(t, Reason::my_way));
    }
    for (std::string_view t :
         {"I've used Jenkins for ten years and it failed 3 of our last 5 release builds, so I'd move to Actions.",
          "I've been on this team for years and we've never had a plan this clear, thanks.",
          "Real users reported the crash 40 times last week.", "Real customers use the old checkout: 60% of orders.",
          "Serious engineers disagree about this, so let's write up both options for Thursday."}) {
        INFO(t);
        CHECK_FALSE(flag_or_motive(t));
    }
}

TEST_CASE("real13: a technology declared dying as the reason to move off it is new-framework", "[detector][motives]") {
    for (std::string_view t :
         {"jQuery is dead, we should rewrite the frontend.", "PHP is dying, time to move the API to Go.",
          "Perl is dead, so the build scripts should be Python.",
          "honestly angular is going to die anyway. better now than later."}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
    for (std::string_view t :
         {"The Python 2 runtime is end-of-life on January 1st, so the worker must move to 3.11 before then.",
          "Our jQuery plugin is dead code; I'll delete it in this PR.",
          "The staging box is dead again, can someone restart it?"}) {
        INFO(t);
        CHECK_FALSE(flag_or_motive(t));
    }
}

TEST_CASE("real13: a thing of taste as the object of work, or a liking beside a finding of use, is no taste alone",
          "[detector][motives]") {
    for (std::string_view t :
         {"I just prefer the old UI, the new one is ugly.", "Personally I prefer the old icons, they looked nicer.",
          "Honestly I prefer the old layout.", "Personally I think we should redo the whole UI, it looks dated."}) {
        INFO(t);
        CHECK(motive(t, Reason::aesthetic));
    }
    for (std::string_view t :
         {"Personally I think it would be simpler to keep the REST client, it's not worth the effort to rewrite the UI "
          "around it.",
          "Personally I'd rather not port the dashboard this sprint.",
          "The new settings look is a bit confusing for me, i prefer the older style."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::aesthetic));
    }
}

TEST_CASE("real13: rudeness said of a deed, and a fool addressed, are person-directed", "[detector][flags]") {
    for (std::string_view t :
         {"That is really rude to just close the ticket without a word.", "Honestly that's so dismissive.",
          "Is this how you answer a bug report fool?", "Go home fool, the build was green before your merge."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"Would it be rude to ask for the load-test numbers before Friday?",
                               "It's not rude to ask for a date, we need one for the vendor.",
                               "The new modal is really rude to the users: it blocks checkout for 5 seconds.",
                               "April fool, the release is on time."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}
