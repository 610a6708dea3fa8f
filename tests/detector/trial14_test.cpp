// The second flag of a two-flag stop (the trial14 round, detector/flags.cpp): beside another flag, a flag is said in a
// clause rather than a whole draft. A role at the top of a line taken the direct route, the writer refusing to learn a
// thing (which a negation otherwise read as denied), the writer's own thing vouched for by its record, and others kept
// from replacing the writer's own thing. Every draft here was written for these tests, in voices and fields none of the
// coaching files use; each shape has near misses (news to the same role, a measured reason, a report, someone else's
// thing) that must stay clean.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;

using namespace pushback::detector::test;

TEST_CASE("trial14: a role at the top of a line, taken the direct route", "[detector][flags]") {
    for (std::string_view t :
         {"Skipping Jon on this one, I'll DM the editor-in-chief directly about the paywall meter.",
          "I'm taking the menu redesign straight to the general manager, Priya just stalls.",
          "Leaving Marco out of this one and writing to the managing editor directly.",
          "Cc'ing the chief engineer, since Tom won't make a call on the hangar schedule.",
          "Not bothering with Ana anymore, I've messaged the executive editor myself about the live blog.",
          "Heads up, I'm calling the general manager myself about the POS rollout, Dev hasn't answered in a week.",
          "Going direct to the editor in chief on the comments section, no point waiting on Sam.",
          "Forwarding this straight to the superintendent, since Rosa keeps sitting on the bus-bunching fix.",
          "I'll email our GM directly, the ops PM has no clue about kitchen throughput."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t :
         {"The GM asked for the launch numbers, so I sent them over this morning.",
          "Our GM is out until Monday, so the menu change waits.",
          "The editor-in-chief approved the paywall copy yesterday.",
          "I'll walk the chief engineer through the hangar schedule with Tom on Thursday.",
          "Kevin and I are presenting the fare-capping plan to the GM on Friday.",
          "Jon asked me to send the paywall numbers to the managing editor, done.",
          "Emailing the GM the launch date so she can plan the press release.",
          "I sent the managing editor the corrections log, as every Monday.",
          "I'm calling the general manager myself to thank her for the catering budget.",
          "Our chief concern is the cold-start time on the kiosk, can we profile it this week?",
          "Priya, can you loop in the general manager on the menu costing? She asked to see it before Thursday."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

TEST_CASE("trial14: the writer refusing to learn a thing", "[detector][motives]") {
    for (std::string_view t :
         {"I'm not learning Go for a menu API.", "Not learning Kotlin for one settings screen, sorry.",
          "I'm not going to learn Terraform for three buckets.",
          "We're not learning a whole new CMS just for the obituaries page.", "I won't learn Elixir for a cron job.",
          "I refuse to learn another query language for this.", "I'm not learning yet another orchestration tool.",
          "I'm not learning Swift to fix one screen in the driver app.",
          "Not relearning Webpack config for the donor site, sorry."}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
    for (std::string_view t :
         {"I'm not learning anything new from these logs, they're all timeouts.",
          "We're not learning from the incidents, the postmortems never get read.",
          "The interns are not learning Go fast enough for the Q3 plan.",
          "I'm not learning Go for its own sake: the menu API needs 4k rps and our Python pod tops out at 900.",
          "I'm not learning about the outage from Twitter again, please post in the incident channel.",
          "Not learning the new CMS yet is costing the desk time, can we book a training?",
          "I'm not learning much from the Datadog traces, they're sampled at 1%.",
          "We won't learn the results until the A/B test closes on the 12th.",
          "Dana isn't learning Swift this sprint, she's on the payments bug."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::new_framework));
    }
}

TEST_CASE("trial14: the writer's own thing vouched for by its record", "[detector][motives]") {
    for (std::string_view t :
         {"We don't need the new Airflow pipelines for the gift-aid claims. My cron scripts have always done it fine.",
          "No need for the vendor scheduler, my shell scripts have never failed us.",
          "My importer has always worked, so why swap it out for Fivetran?",
          "My deploy script has done the job for years, we don't need Argo.",
          "My old matching query handles it just fine, no need for Elasticsearch.",
          "Honestly my approach has never let us down, let's not overthink this.",
          "My ETL jobs have always done the job, we don't need dbt.",
          "Why bother with Snowflake? My spreadsheet macros have never failed."}) {
        INFO(t);
        CHECK(motive(t, Reason::my_way));
    }
    for (std::string_view t :
         {"My cron scripts have always done it fine until the volume tripled last month; let's move to Airflow.",
          "My scripts have always failed on leap years, so I'd welcome the new pipeline.",
          "My team has always done it fine by hand, but the audit needs a log.",
          "My cron scripts have never failed, but they page me 3 times a week for retries, so I'm for Airflow.",
          "Your scripts have always done it fine, why replace them?",
          "My old booking script handles it fine for 200 rows, but the 40k-row import times out."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::my_way));
    }
}

TEST_CASE("trial14: others kept from replacing the writer's own thing", "[detector][motives]") {
    for (std::string_view t : {"The work-package generator is my code. Nobody rewrites it while I'm here.",
                               "The scheduler is mine. No one is replacing it as long as I'm on this team.",
                               "It's my parser and nobody rips it out on my watch.",
                               "My routing service stays. Nobody gets to rewrite it but me.",
                               "That importer is mine, I'm not letting anyone else rewrite it.",
                               "I own the fare engine, and no one swaps it out without my say.",
                               "I'm not letting the platform team port my scheduler to Kubernetes.",
                               "That crew-rostering module is mine; nobody gets to refactor it without me."}) {
        INFO(t);
        CHECK(motive(t, Reason::territorial));
    }
    for (std::string_view t : {"Nobody rewrites the billing service during the freeze.",
                               "My code is a mess and nobody wants to rewrite it, which is the real risk.",
                               "Nobody replaced my laptop yet, so I can't test the kiosk build.",
                               "I own the fare engine, so if anyone replaces it I'd like to pair on the cutover plan.",
                               "The booking engine is my code, so I'll take the on-call for the rewrite next month.",
                               "Nobody is rewriting the booking engine this quarter, the roadmap has it in Q3.",
                               "I'm not letting the flaky test block the release again, I'll quarantine it today."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::territorial));
    }
}

TEST_CASE("trial14: a person's act charged with the care it lacked", "[detector][flags]") {
    for (std::string_view t : {"Sven signed the vendor contract without reading the SLA section.",
                               "Marta approved the schema change without even looking at the migration plan.",
                               "Raj merged it without running a single test, as usual.",
                               "Tom shipped the fare tables without checking them against the tariff."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"We shipped the fare tables without the weekend tariff; I'll add it Monday.",
                               "Sven signed the contract without the SLA annex because legal hadn't sent it yet.",
                               "Can we ship the pilot without reading the old logs?",
                               "I merged it without running the full suite since CI was down, I'll rerun it tonight.",
                               "Marta approved the schema change without the index, so the migration is 10 minutes.",
                               "The vendor deployed the patch without notice, so the kiosks went down at 9:40.",
                               "Raj can merge it without waiting for me, the review is done.",
                               "Dana signed off without reviewing it with the team, which is how we agreed to run "
                               "hotfixes."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}
