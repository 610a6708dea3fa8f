// The motives9 constructions (detector/flags.cpp, block "motives9"): the writer's feeling about removing their own
// work, the writer's own way and rightness without a reason, ownership with the reader confined or others obstructed,
// a language enjoyed or learning unwanted, the old look wanted; an opinion dismissed, a trait of the reader named, a
// person labelled, told they need help, judged by how they treat people. Each with drafts written for these tests
// (none is a coaching line) and near misses that must stay clean.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;

using namespace pushback::detector::test;

TEST_CASE("motives9: the writer's feeling about removing what they made is attachment", "[detector][flags]") {
    for (std::string_view t :
         {"I get that the new parser covers it, but I can't bring myself to delete the tokenizer. I wrote it during my "
          "first month here. Can it stay for another release?",
          "Removing the old report builder feels like throwing away a piece of myself. Let's leave it in the repo.",
          "I'm struggling to remove the legacy exporter, I built it from scratch back in the day.",
          "I'd rather not port the scheduler to the job framework. I poured my evenings into getting it this "
          "stable."}) {
        INFO(t);
        CHECK(motive(t, Reason::attachment));
    }
    for (std::string_view t :
         {"I'm struggling to delete the S3 bucket, the console keeps saying access denied.",
          "I wrote the exporter, and I'm struggling to remove it because three services still import it.",
          "Deleting the staging data feels like the right call before the audit.",
          "Removing the flag feels like a weight off my shoulders, thanks for pushing on it.",
          "I wrote the migration, so I can review it quickly.",
          "I'd rather not move the launch date; marketing has already booked the press slots."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::attachment));
    }
}

TEST_CASE("motives9: the writer's own way and rightness without a reason are my-way", "[detector][flags]") {
    for (std::string_view t : {"The schema stays the way it is, I'm building my own way of handling tenants anyway.",
                               "It has to be done this way, otherwise it's just wrong.",
                               "We decided to do it this way last week. We're not going to change anything now.",
                               "With a PhD in distributed systems and years of consulting, I have enough knowledge to "
                               "design the cache without a committee."}) {
        INFO(t);
        CHECK(motive(t, Reason::my_way));
    }
    for (std::string_view t :
         {"I'm making my way through the backlog, the export bug is next.",
          "With years of Postgres behind me I have enough experience to say the index helps, because the plan shows a "
          "seq scan.",
          "We have to do it this way, otherwise it's wrong for customers on the EU cluster: their timestamps shift.",
          "We decided to do it this way in the RFC. We aren't going to change anything until the load test is back.",
          "I'll find my way around the billing code by Friday.",
          "I own the pager rotation this week, so send the alerts my way."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::my_way));
    }
}

TEST_CASE("motives9: the reader confined to their part, others obstructed, are territorial", "[detector][flags]") {
    for (std::string_view t :
         {"Please stay in your own lane. I own the ingestion service and I'll decide what changes there.",
          "Can you keep to your section of the codebase? The reporting module is mine.",
          "Let's make it as difficult as possible for the contractors to touch the pricing engine."}) {
        INFO(t);
        CHECK(motive(t, Reason::territorial));
    }
    for (std::string_view t :
         {"I own the billing service on-call this week.", "Could you stick to your estimate for the demo?",
          "Let's make it harder for anyone to change the schema by accident: add a migration check.",
          "It's hard for new folks to change the config, can we document it?",
          "Reviewing PRs from outside my team took most of my week last quarter."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::territorial));
    }
}

TEST_CASE("motives9: a language enjoyed as the case for a rewrite, learning unwanted, are new-framework",
          "[detector][flags]") {
    for (std::string_view t :
         {"I enjoy writing in Kotlin, so I rewrote the sync worker in it over the weekend.",
          "Switching to Svelte means I'd have to learn it, and I have no interest in that right now."}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
    for (std::string_view t :
         {"Do we really want to make contributors learn a whole new build system for two flags?",
          "There's no chance of rewriting the whole client in another language this year; the Go service works.",
          "I enjoy writing in Go, but the team knows Python, so let's keep the worker in Python."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::new_framework));
    }
}

TEST_CASE("motives9: the old look wanted for its own sake is aesthetic, a reason makes it a case",
          "[detector][flags]") {
    CHECK(motive("Honestly I'd like to use the old layout, the new one is just not for me.", Reason::aesthetic));
    for (std::string_view t :
         {"I'd like to keep the old layout until the accessibility audit is done.",
          "I'd like the old layout back because the new one hides the export button for 3 of our 5 admins.",
          "This is how the new scheduler handles retries: exponential, capped at 5.",
          "I looked at the billing page redesign and I have questions about the timeline.",
          "These lint rules are how I prefer to write it, but are they objectively better than the defaults?"}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::aesthetic));
    }
}

TEST_CASE("motives9: an opinion dismissed, a trait named, a label, help prescribed, treatment judged",
          "[detector][flags]") {
    for (std::string_view t :
         {"Your input doesn't matter on this one, the API is staying as is.", "Nobody asked for your opinion, Dana.",
          "Honestly his constant nitpicking is why the PR has been open for a month.",
          "Her usual arrogance aside, the plan still misses the migration.", "This is classic management incompetence.",
          "She's such a pushover, whatever sales asks for ends up in the sprint.",
          "He needs anger management before the next retro.", "That's how Omar treats juniors in every review."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"Your feedback matters here, can you look at the retry section?",
          "Thanks for your nitpicking, it caught 2 bugs.", "Your attention to detail saved the launch.",
          "Do you need help with the migration?", "They need medication reminders in the app by the pilot.",
          "This is how the retry policy treats timeouts.", "He's a yes on the RFC, so we have quorum.",
          "Admin abuse reports go to the trust and safety queue.",
          "His feedback doesn't matter for the date, but it matters for the API shape, so let's loop him in.",
          "Maintainer abuse is a real problem in open source, so the code of conduct names it.",
          "I wrote the migration, so I can review it quickly.", "I own the billing service on-call this week."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("motives9: benign near misses carry no flag or motive at all", "[detector][flags]") {
    for (std::string_view t :
         {"I wrote the migration, so I can review it quickly.", "I own the billing service on-call this week.",
          "Deleting the old cron job feels overdue; the queue replaced it in March.",
          "I'm making my way through the backlog, the export bug is next."}) {
        INFO(t);
        CHECK_FALSE(flag_or_motive(t));
    }
}

// One construction for a person told they need help with themselves, whichever modal and adverb: the thing for the
// people ("therapy dogs", "a therapist appointments view") and a condition ("in case you need counseling") judge no
// one.
TEST_CASE("a person told they need help with themselves, in any modal, is person-directed", "[detector][flags]") {
    for (std::string_view t :
         {"She really needs professional help, the spec is a mess.",
          "You seriously need a reality check on these dates.",
          "You should see a therapist before the next planning meeting.", "Honestly you ought to get some counselling.",
          "You must see a shrink if you think we can ship this Friday."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"You need therapy dogs at the offsite, apparently.",
                               "You should see the therapist schedule feature before the demo.",
                               "You need a therapist appointments view for the clinic release.",
                               "In case you need counseling, HR has a list.",
                               "You need help with the migration? I can pair this afternoon."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}
