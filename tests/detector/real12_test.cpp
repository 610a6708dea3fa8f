// The real12 constructions (detector/flags.cpp, block "real12"): real people's words (coaching dev26) for a person
// judged (a vice named, people called out of touch, a person's work called a mess, a pretence imputed, a problem of the
// mind imputed, a person's way as the obstacle, the "now I know why" insinuation), sarcasm (money burned in a mock
// proposal, an ironic payoff after a reductio, a tool drawn as a crutch for the inept, leave to ignore the writer,
// thanks for a permission, incredulity at the reader) and motives (others' voice declared not to count, their reasons
// called excuses, a case heard and the writer's own kept, the writer's setup kept, a thing called flawless and its
// users blamed), and the new-framework words read as no motive where nobody resists learning. Each with drafts written
// for these tests (none is a coaching line) and near misses that must stay clean.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("real12: a vice named of people is person-directed, the writer's own is not", "[detector][flags]") {
    for (std::string_view t : {"Dropping the offline mode a week before launch is the height of stupidity.",
                               "At this point the roadmap reads like pure incompetence.",
                               "I'm tired of the doublespeak from the steering group about the data retention plan.",
                               "Ignoring the pager stats again is willful ignorance."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"Pardon my ignorance, but what does the retry flag actually do?",
                               "Our laziness about the docs cost us a day, so I'll write the runbook today.",
                               "The ignorance of the schema in the importer is a bug: it drops the tz column."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real12: people called out of touch are person-directed", "[detector][flags]") {
    for (std::string_view t :
         {"Leadership is completely out of touch with what the support team sees every day.",
          "Honestly the design council seems delusional about the Q3 dates.",
          "You're in denial about the crash rate on Android 12.", "The platform team is hopelessly out of touch."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"The docs are out of touch with the API since the v3 rename.",
                               "I'm out of touch with the billing code, can someone walk me through it?",
                               "Let's stay in touch about the vendor contract next week."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real12: a person's work called a mess is person-directed", "[detector][flags]") {
    for (std::string_view t : {"Spent the whole sprint cleaning up another dev's mess in the checkout flow.",
                               "I'm not fixing Marco's garbage again before the release.",
                               "The export is still the mess he left behind when he moved teams."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"I made a mess of the migration script, sorry, fixing it now.",
                               "Our mess in the billing tables needs a cleanup ticket.",
                               "The junk rows in the events table come from the old importer."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real12: a pretence or a problem of the mind imputed is person-directed", "[detector][flags]") {
    for (std::string_view t :
         {"She acts like nobody ever told her about the rate limits.",
          "He always pretends to listen and then ships whatever he wanted.",
          "Honestly I think you have an ego problem.", "He clearly has a problem with authority."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"The proxy acts like a cache for the session store.", "She acts as the release manager this sprint.",
          "If you have a problem with the makefile, please file a bug.",
          "We have a mental model of the queue that no longer matches prod."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real12: a person's way as the obstacle, and the why left unsaid, are person-directed", "[detector][flags]") {
    for (std::string_view t : {"As long as Priya gets her way, nothing in the settings page will ever change.",
                               "After I read the contractor's code I finally understood why."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"If Ana gets her way we'll ship the beta on Friday.",
                               "When I saw the logs I understood why the nightly job failed.",
                               "After reading her design doc I understand why she picked Kafka for the fan-out."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real12: a mock proposal to burn money, and an ironic payoff after a reductio, are sarcasm",
          "[detector][flags]") {
    for (std::string_view t :
         {"Why don't we just print the budget and set fire to it? Same result as this vendor deal.",
          "We might as well flush the marketing money down the toilet.",
          "So let's move every service to a new language each quarter. That will end all the debates."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t : {"We're burning cash on idle GPUs, let's just turn them off at night.",
                               "Why don't we just stop burning money on the unused licences?",
                               "So let's add retries to the webhook client. That will fix all the timeouts."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real12: a tool drawn as a crutch for the inept is a judgment, sarcasm when conceded", "[detector][flags]") {
    CHECK(flagged("Sure, linters are only for people who can't code.", RedFlag::sarcasm));
    CHECK(flagged("You're right that code review is just for devs who write bugs.", RedFlag::sarcasm));
    CHECK(flagged("Type hints are for developers who don't know what they're doing.", RedFlag::person_directed));
    for (std::string_view t : {"This keyboard mode is for people who can't use a mouse.",
                               "The debug build is only for devs who need the verbose logs."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real12: leave to ignore the writer, and thanks for a permission, said flat, are sarcasm",
          "[detector][flags]") {
    for (std::string_view t : {"I've said my piece. Feel free to ignore everything I say.",
                               "But you're welcome to ignore my feedback.", "Thanks so much for your blessing."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t :
         {"Feel free to ignore my comments if they're off base.", "Feel free to ignore the nit about naming.",
          "Thanks for your permission to use the logo in the deck!",
          "Thanks for the permission, I'll start the export tonight!"}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real12: incredulity at what the reader failed to foresee is sarcasm", "[detector][flags]") {
    for (std::string_view t : {"You seriously didn't think the price bump would annoy the annual plans?",
                               "Did you honestly not expect the migration to lock the table?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t : {"Do you really think we can ship the rewrite by Friday?",
                               "Did you see the alert about disk usage on db-3?"}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("real12: others' voice discounted, their reasons called excuses, a case heard and set aside are my-way",
          "[detector][motives]") {
    for (std::string_view t :
         {"Comment on the RFC if you like, but the feedback won't change the decision.",
          "Nobody can say why we need a service mesh. Those are not reasons.",
          "I hear your points about the build times, but I'd like to keep using Gradle for this repo."}) {
        INFO(t);
        CHECK(motive(t, Reason::my_way));
    }
    for (std::string_view t :
         {"The poll results won't change the schema, only the labels.",
          "Tight deadlines are no excuse to skip the load test, so I'd hold the release a day.",
          "I see your point about the build times, but I'd keep Gradle because the Android plugin needs it."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::my_way));
    }
}

TEST_CASE("real12: the writer's setup kept, and a thing called flawless with its users blamed, are attachment",
          "[detector][motives]") {
    for (std::string_view t :
         {"I'd like to keep using Webpack. I spent weeks tuning the config and I wrote a blog post about it.",
          "The sync plugin has no bugs at all, just user error. Nobody needs a rewrite."}) {
        INFO(t);
        CHECK(motive(t, Reason::attachment));
    }
    for (std::string_view t : {"I spent the morning setting up the staging cluster, the smoke tests pass.",
                               "There are no known bugs; the crash on Friday was a config typo on our side."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::attachment));
    }
}

TEST_CASE("real12: a technology only named, learning among listed costs, a team's inexperience as a risk: no motive",
          "[detector][motives]") {
    for (std::string_view t :
         {"Next step is to port the admin tool using another framework, since this one lost support.",
          "Costs of the switch: learn a new framework, migrate 40 screens, rewrite the e2e tests.",
          "We have never used it in production, so it might not hold the 5k rps we need."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::new_framework));
    }
    for (std::string_view t : {"Oh great, another framework. I don't want to learn it this quarter.",
                               "I've never used it and I'd rather not spend my evenings learning it."}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
}

TEST_CASE("real12: reasons called excuses are my-way even beside the writer's own numbers", "[detector][motives]") {
    CHECK(
        motive("I shipped a storefront in 2004 with 300 lines of PHP and a 0.9 s load time. People say they need a "
               "framework for 'scalability'. Those are not reasons. Those are excuses.",
               Reason::my_way));
    CHECK_FALSE(
        motive("The backlog grew by 40 tickets in March. Those are not excuses, those are facts we need to plan "
               "around.",
               Reason::my_way));
}

TEST_CASE("real12: work split into owned parts and someone's change to the writer's part resented is territorial",
          "[detector][motives]") {
    CHECK(
        motive("Tom rewrote the deploy script on his own. Each of us owns one piece of the pipeline, so please send "
               "changes to me.",
               Reason::territorial));
    for (std::string_view t :
         {"Each of us owns one part of the migration: I take the schema, Ana the backfill.",
          "Each of us owns one part of the migration: I take the schema, Ana the backfill. Tom rewrote the deploy "
          "script on his own last week and it works.",
          "Sara updated the Makefile by herself, thanks Sara!"}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::territorial));
    }
}

TEST_CASE("real12: a person's doing put down to their bare will is person-directed", "[detector][flags]") {
    for (std::string_view t : {"You only maintain this plugin because you want to.",
                               "He merged the schema change because he felt like it."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"You can skip the standup because you want to focus on the migration.", "I work on this because I want to.",
          "They moved the demo because the client wanted to."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}
