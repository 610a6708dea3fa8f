// The real11 constructions (detector/flags.cpp, block "real11"): real people's words (coaching dev24) for a person
// judged (understanding demanded, self-regard mocked, the reader's job thrown back, told to grow up, a "-head"
// insult), sarcasm (silence read as the answer, a mocking filler, a taunt, an agreement claimed against a quoted
// disagreement), the ladder (the reader's rung above someone), a forum (a question for the all-hands) and motives (the
// writer acting without anyone's consent, a debate refused, a technology craved, a look belittled). Each with drafts
// written for these tests (none is a coaching line) and near misses that must stay clean.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("real11: understanding demanded of the reader is person-directed", "[detector][flags]") {
    for (std::string_view t : {"The retry flag stays off by default, what don't you understand?",
                               "What part of the freeze do you not understand? No merges until Monday.",
                               "What exactly didn't you get about the rollout doc?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"What don't you understand about the schema? Happy to walk you through it.",
                               "What did you understand from the vendor's reply about the rate limits?",
                               "What don't we know yet about the Q3 load? I'd like a test before we commit."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("real11: a person's self-regard held up is person-directed, asked with 'really' sarcasm too",
          "[detector][flags]") {
    for (std::string_view t :
         {"What makes a contractor think he is more qualified than the on-call team to touch prod?",
          "Kai thinks he's above the review process and merges on his own.",
          "Sounds like she thinks one refactor of the router makes her the architect now."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    CHECK(flagged("So you seriously believe you are competent to rewrite the billing engine alone?", RedFlag::sarcasm));
    for (std::string_view t : {"I think you're qualified to lead the migration, and I'd back you on it.",
                               "Do you think she is available Friday for the schema review?",
                               "I think the new role makes him the owner of the billing roadmap.",
                               "Do you really think we're better off with Redis here? The numbers say otherwise."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real11: the reader's job thrown back is person-directed", "[detector][flags]") {
    for (std::string_view t : {"Just do your job and write the acceptance criteria.",
                               "We're doing your job for you again, and it's the third sprint in a row."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"I'm not trying to do your job, but the ticket needs a success metric.",
                               "Do your job estimates include the QA pass?",
                               "Happy to help you do your job faster: here's the export script."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("real11: told to grow up, or called a '-head', is person-directed", "[detector][flags]") {
    for (std::string_view t : {"Grow up and read the incident report before you comment.",
                               "The only fix for this backlog is actually growing up and owning it.",
                               "Some knucklehead force-pushed to main again.",
                               "I won't have some muddle-head redesign the alerting every week."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"As the codebase grows up, we'll need a proper module boundary.",
                               "When I was growing up we had dial-up, so I test on 3G first.",
                               "The block head of the chart shows p99 over 800ms."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("real11: silence read as the answer, a mocking filler and a taunt are sarcasm", "[detector][flags]") {
    for (std::string_view t : {"Three weeks have passed with no reply to the RFC, so I guess that's our answer.",
                               "Since 9 days have gone by without a response, I think we have our answer.",
                               "Sure, you ship it and it belongs to the team, blah blah ownership blah blah.",
                               "Let's see how long it takes you to revert this one too."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t : {"We got our answer from legal: the DPA is fine as written.",
                               "No reply from the vendor yet, I'll chase them for an answer tomorrow.",
                               "Let's see how long the migration takes on staging before we pick a date.",
                               "The template just says blah for now, I'll fill in the copy later."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("real11: an agreement claimed against a quoted disagreement is sarcasm", "[detector][flags]") {
    CHECK(
        flagged("> I disagree with dropping the v1 endpoint.\nPerfect, so we agree! Merging then.", RedFlag::sarcasm));
    CHECK_FALSE(flagged("> Friday works for me for the cutover.\nGreat, so we agree on Friday. I'll book the window.",
                        RedFlag::sarcasm));
}

TEST_CASE("real11: the reader's rung above someone, named as the reason to write, skips the ladder",
          "[detector][flags]") {
    CHECK(flagged("Writing to you since you're above her: the release notes she sent were wrong twice this month.",
                  RedFlag::skips_ladder));
    for (std::string_view t : {"Since you're above the fold on the dashboard, the banner can go lower.",
                               "You're over the quota for the test cluster, so I paused the nightly job."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

TEST_CASE("real11: a disagreement put as a question for the all-hands is a broadcast", "[detector][flags]") {
    CHECK(flagged("Question for Friday's all-hands: why does product keep changing the Q3 scope without asking us?",
                  RedFlag::broadcast));
    CHECK_FALSE(flagged("Question for the API review: should the export endpoint page by cursor or by offset?",
                        RedFlag::broadcast));
}

TEST_CASE("real11: 'everyone' as a clause's object addresses no one", "[detector][flags]") {
    CHECK_FALSE(any_red_flag("Once the runbook is merged it belongs to everyone, so please keep it current."));
}

TEST_CASE("real11: the writer acting without anyone's consent, or a debate refused, is the writer's way",
          "[detector][motives]") {
    for (std::string_view t :
         {"I'm going to ship the new nav without anyone's approval. That's how I roll.",
          "I will merge the schema change without your sign-off.", "I am not interested in debating the folder layout.",
          "We decided this already. We aren't going to change anything."}) {
        INFO(t);
        CHECK(motive(t, Reason::my_way));
    }
    for (std::string_view t : {"I'll merge the hotfix without review because prod is down for every tenant.",
                               "We can't ship the export without anyone's approval from legal.",
                               "I'm not going to debate the architecture here; happy to go through it in our 1:1.",
                               "We aren't going to change anything before the freeze on the 14th."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::my_way));
    }
}

TEST_CASE("real11: a craving for a technology is the new-framework motive", "[detector][motives]") {
    for (std::string_view t : {"The admin panel works fine, but I have a real urge to rewrite it in Svelte.",
                               "Honestly Elixir has excited me for years, so let's build the notifier in it.",
                               "I've wanted to try Rust for ages, so the parser is a good place to start."}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
    for (std::string_view t : {"I've wanted to try the new profiler on the ingest job since the p99 went up.",
                               "The support team is excited about the new Zendesk macros."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::new_framework));
    }
}

TEST_CASE("real11: a look likened to a mess or a toy is taste", "[detector][motives]") {
    for (std::string_view t : {"The new icons look like a garish mess of colors.",
                               "The dashboard theme is so unnecessarily colorful. Like a kid's toy."}) {
        INFO(t);
        CHECK(motive(t, Reason::aesthetic));
    }
    for (std::string_view t : {"The memory graph looks like a leak: it climbs 2% an hour.",
                               "The chart looks like the one in Grafana, which is what support asked for."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::aesthetic));
    }
}

TEST_CASE("real11: a suggestion's frame around a judgment of the person is sarcasm", "[detector][flags]") {
    CHECK(flagged("Here's an idea, do your job for once and read the spec.", RedFlag::sarcasm));
    for (std::string_view t : {"Here's a thought: what if we cache the tokens for an hour?",
                               "Here's an idea, let's split the export into two tickets."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real11: a person or a role said to be of no use is person-directed", "[detector][flags]") {
    for (std::string_view t : {"Honestly leadership has nothing to do all day but rewrite our roadmap.",
                               "With the new tooling our PM feels redundant, so why keep the standup?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"The PM has nothing to do with the outage, it was a bad deploy.",
                               "The second cache is redundant now that the CDN holds the images."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("real11: someone's urgency drawn as a catastrophe they act out is sarcasm", "[detector][flags]") {
    CHECK(flagged("Let's ship the fix Monday instead of acting as if the building would collapse tonight.",
                  RedFlag::sarcasm));
    CHECK_FALSE(flagged("Treat it as if the house is on fire: page the on-call and freeze deploys.", RedFlag::sarcasm));
}

TEST_CASE("real11: a grievance headed as an announcement is a broadcast", "[detector][flags]") {
    CHECK(
        flagged("PSA: product changed the Q3 scope again without asking a single engineer. I'm done pretending "
                "this is fine.",
                RedFlag::broadcast));
    CHECK_FALSE(
        flagged("PSA: the staging database restarts at 6pm for the minor version upgrade.", RedFlag::broadcast));
}

TEST_CASE("real11: a doing judged of no use is no person judged", "[detector][flags]") {
    CHECK_FALSE(flagged("Going through my lead is pointless for a one-line config change.", RedFlag::person_directed));
}

TEST_CASE("real11: a concession is no debate refused", "[detector][motives]") {
    CHECK_FALSE(
        motive("I'm not debating that your version is faster, but the old one reads better to me.", Reason::my_way));
}

TEST_CASE("real11: luck wished flat on the reader's way is sarcasm", "[detector][flags]") {
    for (std::string_view t : {"You want to ship it without the migration script? Good luck with that.",
                               "I've kept my fork on the old API. Good luck with this version."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t : {"Good luck with the launch tomorrow!", "Good luck with your talk at the meetup.",
                               "Good luck with it! Ping me if the migration script acts up."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("real11: a right to change the writer's own thing denied is territorial", "[detector][motives]") {
    for (std::string_view t : {"Who are you to rewrite my parser without a word to me?",
                               "What gives him the right to touch my deployment scripts?"}) {
        INFO(t);
        CHECK(motive(t, Reason::territorial));
    }
    CHECK_FALSE(motive("Who's best placed to rework my draft of the spec before Friday?", Reason::territorial));
}

TEST_CASE("real11: another's technology mocked against the writer's is the new-framework motive",
          "[detector][motives]") {
    CHECK(
        motive("Imagine writing the ingest service in Java instead of Kotlin. Let's port it.", Reason::new_framework));
    CHECK_FALSE(
        motive("Imagine using the cache for the session store too: one less moving part.", Reason::new_framework));
}

TEST_CASE("real11: praise of a technology is no taste in looks", "[detector][motives]") {
    CHECK_FALSE(
        motive("Start using a beautiful statically typed language and the null checks go away.", Reason::aesthetic));
    CHECK(motive("The beautiful old dashboard was fine, I just prefer how it looked.", Reason::aesthetic));
}

TEST_CASE("real11: looks said beside a technology stay taste", "[detector][motives]") {
    CHECK(motive("I just love how the new component library makes every button look so cheap.", Reason::aesthetic));
}

TEST_CASE("real11: a rewrite into a technology proposed with no reason is the new-framework motive",
          "[detector][motives]") {
    for (std::string_view t :
         {"Honestly we should just rewrite the scheduler in Elixir.", "Why don't we port the admin panel to Svelte?"}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
    for (std::string_view t :
         {"We should port the billing service to Kotlin because the Java one leaks 2GB of memory a day.",
          "The old importer was rewritten in Rust last year and has been stable since."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::new_framework));
    }
}

TEST_CASE("real11: full control of the work claimed for the writer is territorial", "[detector][motives]") {
    CHECK(motive("I'll only keep maintaining the plugin where I have full control.", Reason::territorial));
    for (std::string_view t : {"I want full control over the rollout timing so we can revert fast.",
                               "Ops has full control of the feature flags during the freeze."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::territorial));
    }
}

TEST_CASE("real11: waiting on someone judged of no use is no person judged", "[detector][flags]") {
    for (std::string_view t : {"Waiting on CI is pointless, let's run the suite locally and merge.",
                               "Waiting for the nightly build is pointless when the flaky test fails half the runs."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}
