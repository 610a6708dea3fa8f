// The real10 constructions (detector/flags.cpp, block "real10"): real people's words for a person judged (a
// disposition imputed, a deceit charged), a mock surprise at a delay, the writer's own rung kept off the message, a
// request sized (no fit claimed), a thing made by someone else, and taste whose call is left to others or to users.
// Each with drafts written for these tests (none is a coaching line) and near misses that must stay clean.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;

using namespace pushback::detector::test;

TEST_CASE("real10: a disposition put on a person is person-directed", "[detector][flags]") {
    for (std::string_view t : {"You guys refuse to listen to anything the support team says.",
                               "Honestly, Dana is too set in her ways to consider the queue-based design.",
                               "Kofi likes to argue with every estimate QA gives him.",
                               "You seem afraid of what the load test will show, so you keep postponing it.",
                               "@mkovacs locks threads whenever someone disagrees with the roadmap.",
                               "You remind me of the interns who think every warning can be ignored.",
                               "We're stuck because you are too hung up on the old schema to see the problem."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"They refuse to sign the DPA until legal reviews the retention clause.",
                               "Sam is too busy this sprint to take the export work.",
                               "If you're afraid of a big-bang cutover, we can stage the migration by region.",
                               "Priya likes to hear from customers before she writes a spec.",
                               "Lena closed the ticket when the fix landed in 2.3.",
                               "This reminds me of the outage we had in March with the same cache.",
                               "I'm afraid of what the load test will show, so let's run it Monday."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("real10: a deceit charged to someone is person-directed", "[detector][flags]") {
    for (std::string_view t :
         {"Leaving our library out of your comparison on purpose is deliberately misleading your readers.",
          "You're lying to the customers about the migration date.",
          "I'd call quietly dropping the failed runs from your report knowingly deceptive."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"The p99 chart is misleading because the y-axis starts at 200ms.",
                               "I don't want to mislead the customer about the date, so let's give a range.",
                               "We'd be deliberately misleading users if we hide the fee until checkout.",
                               "There are old build artifacts lying around in the staging bucket."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("real10: a mock surprise at a delay is sarcasm", "[detector][flags]") {
    for (std::string_view t : {"Wow, this is still open? It's a one-line fix.",
                               "Gee, the flaky test is failing again? Who could have guessed."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t : {"Wow, is that really 40ms on the cold path?", "Is this still open? Happy to take it.",
                               "Wow, still no word from legal? I'll ping them again this afternoon.",
                               "Wow, that was fast. Thanks for the quick fix!"}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("real10: the writer's own rung kept off the message skips the ladder", "[detector][flags]") {
    for (std::string_view t :
         {"Hi Mr. Okafor, here are the figures from the pilot you asked about. (I haven't copied my manager on this.)",
          "Writing to you directly without looping in my lead: the vendor contract renews on the 1st."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t : {"I've copied my manager on this so she has the numbers too.",
                               "I haven't told my manager yet, I'll raise it in our 1:1 on Thursday.",
                               "I haven't copied my manager yet, I'll loop her in after we agree on the numbers.",
                               "I haven't copied the whole team, just the two reviewers."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

TEST_CASE("real10: someone's no reported and the go-ahead asked of the reader skips the ladder", "[detector][flags]") {
    CHECK(
        flagged("Hi Omar, Ines is away until Monday. I pitched the new onboarding flow to her, but she said no and "
                "didn't want it this quarter. Could I get the go-ahead from you to start?",
                RedFlag::skips_ladder));
    for (std::string_view t : {"The client declined the quote, so can I send them a revised one by Friday?",
                               "Sam approved the design. Can I get your sign-off on the budget too?",
                               "She said no to the extra scope, so let's talk about what to cut.",
                               "Dana declined the invite because she's out. Can I get your sign-off on the runbook?"}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

TEST_CASE("real10: the request sized is no fit claimed", "[detector][flags]") {
    CHECK_FALSE(
        flagged("> It's a five-minute change.\nDoing exactly what you asked would take a few hours, but the "
                "real fix is more like two weeks: the module is six years old.",
                RedFlag::sarcasm));
    CHECK(flagged("Sure, a schema change on a Friday, exactly what on-call wanted.", RedFlag::sarcasm));
}

TEST_CASE("real10: a thing made by someone else, defended for them, is no territory", "[detector][flags]") {
    CHECK_FALSE(motive("This undoes the flow that was designed by Amira. No changes without talking to her first.",
                       Reason::territorial));
    CHECK(motive("The sync engine was developed by me. No changes without asking me first.", Reason::territorial));
}

TEST_CASE("real10: taste whose call is left to others or to users drives no stop", "[detector][flags]") {
    for (std::string_view t :
         {"Not a fan of the new icons, they look flat to me, but let's test it with users before we decide.",
          "I personally prefer the old colour scheme, but happy to be overruled.",
          "The new header looks cluttered to me. Unless others feel strongly, I'd keep the old one."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::aesthetic));
    }
    for (std::string_view t : {"Not sure if it's correct, but the new header looks cluttered and ugly to me.",
                               "I just prefer the old colour scheme, it looks nicer. If users complain, so be it."}) {
        INFO(t);
        CHECK(motive(t, Reason::aesthetic));
    }
}

TEST_CASE("real10: an adoption ruled out or argued from the current thing's failure hints at no novelty",
          "[detector][flags]") {
    auto const hinted = [](std::string_view t) { return analyze(t).hinted(Reason::new_framework); };
    for (std::string_view t :
         {"There's zero chance of rewriting the billing service this year; the team is on the audit.",
          "We have no plans to migrate the mobile app; the current stack serves the roadmap.",
          "Let's move the docs site to Astro: the current Gatsby setup won't even build on Node 20 and the plugin we "
          "rely on is no longer maintained."}) {
        INFO(t);
        CHECK_FALSE(hinted(t));
    }
    for (std::string_view t : {"Let's rewrite the billing service in Rust, it's the modern way to do it.",
                               "We should migrate the docs site to Astro, everyone's doing it."}) {
        INFO(t);
        CHECK(hinted(t));
    }
}

TEST_CASE("real10: a grievance opened as a letter to the leadership skips the ladder, said in public is a broadcast",
          "[detector][flags]") {
    CHECK(
        flagged("To the platform leadership: the on-call rotation has paged the same two people 40 times this month "
                "and nobody in the team has fixed the alert.",
                RedFlag::skips_ladder));
    CHECK(flagged("I'm raising this publicly because the team lead ignored my last three emails about the data loss.",
                  RedFlag::broadcast));
    for (std::string_view t :
         {"Dear leadership team, here is the Q3 summary: churn is down 2% and NPS is up.",
          "Dear management, thank you for the offsite, it was great.",
          "I'm posting this publicly so others hitting the same bug can find the workaround.",
          "I disagreed with the decision but I didn't say it publicly, and nobody else knew either."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
        CHECK_FALSE(flagged(t, RedFlag::broadcast));
    }
}

TEST_CASE("real10: a taste word said as someone else's view is not the writer's taste", "[detector][flags]") {
    CHECK_FALSE(
        motive("The new sidebar may look ugly to you, but it tested better with 30 of 40 users.", Reason::aesthetic));
    CHECK(motive("The new sidebar is ugly. Please bring back the old one.", Reason::aesthetic));
}

TEST_CASE("real10: a move to another language the writer declines is no new-framework motive or hint",
          "[detector][flags]") {
    for (std::string_view t : {"I'm going to close this. We won't rewrite the entire product in another language.",
                               "There's zero chance of rewriting the whole service in another language this year."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::new_framework));
        CHECK_FALSE(analyze(t).hinted(Reason::new_framework));
    }
    CHECK(motive("I don't want to learn another language just for this service.", Reason::new_framework));
}
