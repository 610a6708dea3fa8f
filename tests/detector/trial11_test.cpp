// Motives by construction, in words the lexicons don't hold (the trial11 round, detector/flags.cpp): the writer's
// feeling, history or ownership offered as the reason. Each construction with drafts written for these tests that
// carry it, and near misses (the same words about users, the system, someone else, or as a courtesy) that must stay
// clean.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;

using namespace pushback::detector::test;

TEST_CASE("trial11: excitement about a technology and the wish to play with it", "[detector][motives]") {
    for (std::string_view t :
         {"Can we port the telemetry service to Elixir next sprint? I'm so pumped about it and honestly just want to "
          "tinker with it.",
          "Let's rewrite the scheduler in Zig. I watched the talks all weekend, totally stoked, I want to play with it "
          "on something real.",
          "what if we switched the mobile app to Flutter? I just want to play around with it tbh"}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
    for (std::string_view t :
         {"I'm excited about the launch on Thursday, thanks for pulling the release notes together!",
          "Customers want to play with the sandbox before they sign, can we give them trial keys?",
          "I'm hyped for the offsite next week, see you all there!",
          "Can we move the export to the new queue? The old one dropped 3% of jobs last week and I'd like to play "
          "with the retry settings on staging first."}) {
        INFO(t);
        CHECK_FALSE(flag_or_motive(t));
    }
}

TEST_CASE("trial11: the study a new standard needs, dreaded by the writer", "[detector][motives]") {
    for (std::string_view t :
         {"Please let's not adopt OpenTelemetry yet, I really don't want to spend a month reading the spec.",
          "Could we skip the move to GraphQL? I'd rather not wade through the docs for the whole quarter.",
          "Honestly I dread studying the new EDI standard, can we keep the CSV feed?"}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
    for (std::string_view t :
         {"I don't want to spend the sprint reading crash logs again, can we add the symbolication step?",
          "Users don't want to read the docs, so the setup wizard has to explain the API keys inline.",
          "I'd rather not spend a week reading the vendor spec when we only need two endpoints; I'll prototype "
          "against their sandbox instead.",
          "Thanks for the link to the spec, I'll read it before Thursday's review."}) {
        INFO(t);
        CHECK_FALSE(flag_or_motive(t));
    }
}

TEST_CASE("trial11: the writer's identity bound up with their work, the work kept", "[detector][motives]") {
    for (std::string_view t :
         {"I know the new matcher is faster. But the old matcher is part of me by now, please let's not replace it.",
          "The billing DSL is my life's work. Can we keep it running next to the new engine?",
          "I'm pretty attached to the old importer, I'd rather we keep it."}) {
        INFO(t);
        CHECK(motive(t, Reason::attachment));
    }
    for (std::string_view t :
         {"Part of me wants to keep the old importer, but the new one is 6x faster, so let's replace it.",
          "The customer is attached to the old export format, so let's keep it for them until June.",
          "I've attached the spec for the new importer. Let's not replace the parser before the audit."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::attachment));
    }
}

TEST_CASE("trial11: the writer's first or sole making of a thing, the thing kept", "[detector][motives]") {
    for (std::string_view t :
         {"The old ranking job was the first thing I ever built here. Could we leave it running next to the new one?",
          "The CSV exporter is the only service I designed myself. Let's keep it around after the migration."}) {
        INFO(t);
        CHECK(motive(t, Reason::attachment));
    }
    for (std::string_view t :
         {"The old ranking job was the first thing I ever built here, so I'm happy to help retire it next sprint.",
          "The first thing I built here was the login page. Now the SSO work is ready for review."}) {
        INFO(t);
        CHECK_FALSE(flag_or_motive(t));
    }
}

TEST_CASE("trial11: others' changes to the writer's own work resented", "[detector][motives]") {
    for (std::string_view t :
         {"The data team keeps editing the ingestion lib I wrote and nobody asked me first.",
          "I built the deploy bot myself. Infra wants to add Slack alerts? They can file a request, not push commits "
          "to it."}) {
        INFO(t);
        CHECK(motive(t, Reason::territorial));
    }
    for (std::string_view t :
         {"The migration touched the table I created, so I re-ran the backfill this morning.",
          "I wrote the ingestion lib; the data team is editing it this sprint and I'm reviewing their PRs.",
          "I built the deploy bot. Infra opened 2 PRs to it for Slack alerts and both broke the staging deploy."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::territorial));
    }
}

TEST_CASE("trial11: a check waved off on the writer's certainty", "[detector][motives]") {
    for (std::string_view t :
         {"No need to A/B test the new checkout copy, I already know it works better.",
          "We don't need a benchmark for this. Kafka is the answer. I don't need data to know that"}) {
        INFO(t);
        CHECK(motive(t, Reason::my_way));
    }
    for (std::string_view t :
         {"No need to run the usability test again; we ran it with 12 users last week and 11 finished.",
          "I already know the test will pass, but let's run it before the release anyway.",
          "No need to benchmark it again, the numbers from Tuesday are in the doc."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::my_way));
    }
}

TEST_CASE("trial11: a look judged by the feeling it gives the writer", "[detector][motives]") {
    for (std::string_view t : {"I'd rather keep the old logo, it just looks more professional.",
                               "The new onboarding illustrations give me kindergarten vibes.",
                               "I just don't like how the new sidebar looks: too busy, too many colours.",
                               "Honestly I really don't like the look of the new icons. Can we keep the old set?"}) {
        INFO(t);
        CHECK(motive(t, Reason::aesthetic));
    }
    for (std::string_view t :
         {"The p99 looks more stable since Tuesday's deploy.",
          "I don't like how long the export takes: 40 minutes for 10k rows.",
          "I don't like how the modal looks on mobile: it hides the submit button and users can't pay.",
          "I don't like the p99 we measured on Tuesday, can we profile the cache before launch?"}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::aesthetic));
    }
}

TEST_CASE("trial11: the writer's long-tended thing removed, complained of", "[detector][motives]") {
    for (std::string_view t :
         {"So the routing rules I've maintained since 2018 get scrapped after one sales call. Great.",
          "Wait, the test harness I've babysat for four years is being replaced?"}) {
        INFO(t);
        CHECK(motive(t, Reason::attachment));
    }
    for (std::string_view t :
         {"The cron job I've maintained since 2019 gets replaced by Airflow on Monday; I'll hand over the runbook.",
          "We've used Jenkins since 2015 and it gets replaced by GitHub Actions next sprint."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::attachment));
    }
}

TEST_CASE("trial11: the writer's seeing of a look as the burden, an old shape wanted back", "[detector][motives]") {
    for (std::string_view t : {"Please swap that font on the invoice page before I have to look at it again.",
                               "I honestly can't stand looking at the new icons. Can we revert?",
                               "Can we go back to the square buttons before the release?"}) {
        INFO(t);
        CHECK(motive(t, Reason::aesthetic));
    }
    for (std::string_view t : {"I'll have to look at the dashboard query again tomorrow, it timed out twice.",
                               "Fix the alert rule before I have to look at it again at 3am.",
                               "Can we go back to the old checkout button? Conversion dropped 4% after the change.",
                               "Can we go back to the previous build? The new one crashes on Android 12."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::aesthetic));
    }
}

TEST_CASE("trial11: a trait word said of a thing of looks is taste, no person", "[detector][flags]") {
    auto const icons = "The checkout uses rounded icons now and I find them childish. Can we revert before launch?";
    CHECK(motive(icons, Reason::aesthetic));
    CHECK_FALSE(flagged(icons, RedFlag::person_directed));
    CHECK(flagged("Marco is being childish about the review comments again.", RedFlag::person_directed));
}

TEST_CASE("trial11: the reader asked to overrule a person, a person kept out for their stance", "[detector][flags]") {
    for (std::string_view t :
         {"Hi Mira, sorry to bother you directly. The PO signed off on the new export, but it leaks PII into the logs. "
          "Could you overrule her?",
          "<@U1> keeping Tom out of the loop on this because he'd only push back: the vendor SDK isn't ready for "
          "March. Can you slip it?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t :
         {"You can overrule me if you think the risk is acceptable, it's your call.",
          "Can you override the lint rule for the generated files?",
          "Keeping Ana out of this one since she's on leave until Monday; I'll loop her in when she's back."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

TEST_CASE("trial11: a person's inability to decide charged, irony aimed at a named person", "[detector][flags]") {
    CHECK(flagged("The fixes have waited three weeks because Priya can't make a decision.", RedFlag::person_directed));
    CHECK_FALSE(flagged("Priya can't make a decision until legal signs off on the DPA, so the export waits.",
                        RedFlag::person_directed));
    CHECK_FALSE(flag_or_motive("Great work from Henrik on the migration, thanks! 🎉"));
}

TEST_CASE("trial11: the reader asked to decide in a person's place, a role praised to a person in irony",
          "[detector][flags]") {
    auto const over =
        "<@U1> the retry fixes have waited a month because Sam won't pick an option. Maybe you could "
        "make the decision for him.";
    CHECK(flagged(over, RedFlag::skips_ladder));
    CHECK_FALSE(
        flagged("Could you make the intro for him at the partner summit? He owns the SDK.", RedFlag::skips_ladder));
    auto const irony =
        "Signed the vendor contract before asking anyone who runs the service. Truly inspired "
        "management, Dana 👏";
    CHECK(flagged(irony, RedFlag::sarcasm));
    CHECK(flagged(irony, RedFlag::person_directed));
    // (learn11 already reads sarcasm in this one; the person is not judged.)
    CHECK_FALSE(flagged("Great leadership on the incident call, Marcus. Thank you for staying late.",
                        RedFlag::person_directed));
}

TEST_CASE("trial11: a colleague's work likened to an amateur's, the chooser mocked, a virtue credited in irony",
          "[detector][flags]") {
    for (std::string_view t : {"Honestly, Kai's caching spec reads like a bootcamp homework assignment.",
                               "Who approved this colour scheme for the invoices, a toddler with crayons?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"My first draft of the spec reads like a tutorial, I'll tighten it before Friday.",
                               "Their setup doc reads like a tutorial, which is great for new hires.",
                               "Who picked the date for the launch? I need it for the release notes."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
    auto const mock =
        "So the fraud rules get switched off after a single complaint from sales. Very customer-centric "
        "of us.";
    CHECK(flagged(mock, RedFlag::sarcasm));
    CHECK(
        flagged("So the harness I've kept alive since 2017 gets binned after one conference talk. Very evidence-based "
                "of us.",
                RedFlag::sarcasm));
    CHECK_FALSE(flagged("Very thoughtful of you to write the migration guide, thanks!", RedFlag::sarcasm));
    CHECK_FALSE(flagged("The rollout is data-driven: we ship to 5% first and read the error rate.", RedFlag::sarcasm));
}

TEST_CASE("trial11: the reader sent to someone's superior, the impossible promised, a burden welcomed in irony",
          "[detector][flags]") {
    CHECK(flagged("<@U1> the infra team keeps force-pushing to our release branch. Could you talk to their manager?",
                  RedFlag::skips_ladder));
    CHECK_FALSE(
        flagged("Could you talk to the vendor about the SLA? I'll draft the questions.", RedFlag::skips_ladder));
    CHECK(flagged("> can we ship offline mode by Friday?\nSure, and I'll bring a unicorn to the demo too.",
                  RedFlag::sarcasm));
    CHECK_FALSE(flagged("> can you add the CSV export?\nSure, and I'll update the docs too.", RedFlag::sarcasm));
    CHECK(flagged("Great, migrating the ledger to Scala is exactly what I needed this quarter.", RedFlag::sarcasm));
    CHECK_FALSE(
        flagged("The new audit filter is exactly what I needed for the SOC 2 review, thanks!", RedFlag::sarcasm));
}
