// Red flags and motives by construction on Slack drafts to a PM (the slack10 round, detector/flags.cpp): each
// construction with drafts written for these tests that carry it, and near misses that must stay clean.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;

using namespace pushback::detector::test;

TEST_CASE("slack10: a faculty a person lacks, said of them", "[detector][flags]") {
    for (std::string_view t :
         {"Honestly, whoever picked these icons has zero taste.", "Rafael clearly has no clue how our billing works.",
          "Your RFC shows you've never run anything in prod at scale.",
          "The RFC makes it obvious you've never operated anything at this scale."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    CHECK(motive("Whoever designed the settings page has no taste. Redo it.", Reason::aesthetic));
    for (std::string_view t :
         {"She has no experience with Kafka yet, so I'd pair her with Tom for the first week.",
          "I see from the runbook you've never deployed to eu-west; want me to walk you through it?",
          "We have no taste data yet for the recommendations experiment."}) {
        INFO(t);
        CHECK_FALSE(flag_or_motive(t));
    }
}

TEST_CASE("slack10: bad faith imputed to a person", "[detector][flags]") {
    CHECK(flagged("The launch plan Marco shared is pure fiction, and he knows it.", RedFlag::person_directed));
    CHECK(flagged("Priya knows full well the vendor can't hit that SLA.", RedFlag::person_directed));
    for (std::string_view t : {"Dana knows it's tight; she said so on Monday, so let's plan the cut together.",
                               "The import is slow and Sam knows it, he's profiling it this week.",
                               "Ask Omar, he knows it better than I do."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("slack10: a person's work held up in scare quotes, the next repeat awaited", "[detector][flags]") {
    CHECK(flagged("Thanks for the \"research\", Omar. Very thorough.", RedFlag::sarcasm));
    CHECK(flagged("Thanks for the \"research\", Omar. Very thorough.", RedFlag::person_directed));
    CHECK(flagged("Your \"quick fix\" took checkout down for an hour.", RedFlag::sarcasm));
    CHECK(flagged("Third reorg of the roadmap this quarter. Can't wait to see what the fifth one looks like.",
                  RedFlag::sarcasm));
    for (std::string_view t : {"Thanks for the estimate, Kevin. 3 days works for the export.",
                               "Can you rename the \"Estimate\" column to \"Size\" in the sheet?",
                               "Thanks for the \"Review\" template, it saves me an hour.",
                               "Can't wait to see what the new onboarding flow looks like!",
                               "Can't wait to see what the next release brings for the mobile team."}) {
        INFO(t);
        CHECK_FALSE(flag_or_motive(t));
    }
}

TEST_CASE("slack10: a thing owned and others barred, the writer's code kept from others", "[detector][motives]") {
    for (std::string_view t :
         {"The search index belongs to us. Other teams can get in line like everyone else.",
          "It's my module and I'll make the changes when I get to them.",
          "The feature store belongs to my team; they shouldn't be writing to it.",
          "I wrote the sync worker and I'm not comfortable with anyone else rewriting it. Let's leave it as is."}) {
        INFO(t);
        CHECK(motive(t, Reason::territorial));
    }
    for (std::string_view t :
         {"The billing service belongs to my team, so ping me if the recs team needs new features; happy to pair on "
          "it.",
          "It's my module, so I'll write the migration guide and walk the team through it on Friday.",
          "The billing service is ours; they shouldn't have to wait for our review on config changes."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::territorial));
    }
}

TEST_CASE("slack10: the writer's own thing decreed, the writer's own work thrown away in a mock agreement",
          "[detector][motives]") {
    CHECK(motive("I decided we'll go with my version of the API. No more debate.", Reason::my_way));
    CHECK_FALSE(motive("I've decided to use my PTO the week of the 12th, so the export will land on the 20th.",
                       Reason::my_way));
    CHECK_FALSE(flag_or_motive("We decided to go with Postgres for the events table; I'll log it in the ADR."));
    auto const mock = "Oh great, let's scrap the importer I spent a year on because the VP saw a demo.";
    CHECK(motive(mock, Reason::attachment));
    CHECK(flagged(mock, RedFlag::sarcasm));
    CHECK_FALSE(flag_or_motive("Let's throw away the prototype I built last week; the vendor SDK covers it."));
}

TEST_CASE("slack10: the reader gone to directly because the usual person stalls", "[detector][flags]") {
    for (std::string_view t : {"Pinging you directly <@U02> since my manager won't answer about the on-call rota.",
                               "DMing you directly about the cutover, since our EM just keeps saying \"next week\"."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t :
         {"Pinging you directly since Dana is out this week: can you approve the schema change?",
          "DMing you directly <@U02> since our EM said you own the on-call rota: can we swap Friday?",
          "Tagging <@U03> since Sam keeps asking about the date: the export lands on the 14th."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

// "has no idea" judges a colleague; said of the people the product serves it is a usability finding, and "you have no
// idea how much this helps" is thanks (false stops slack10 found on benign drafts).
TEST_CASE("no idea said of users or in thanks judges no one", "[detector][flags]") {
    for (std::string_view t : {"The customer has no idea where the export button went after the redesign.",
                               "You have no idea how much this helps, thanks!",
                               "Drivers have no idea the route changed until they reach the depot."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"Priya has no idea how the billing service works.", "You have no idea how the billing service works.",
          "Our PM has zero clue what a migration involves."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
}

// Benign drafts slack10 wrote as near misses that stopped: a field named in quotes, the writer giving up their own
// work, the writer lifting their own gate, users lost in the product. No rule finds a flag in them and the words hint
// at none, so the combiner cannot stop them either; the flagged twins still stop.
TEST_CASE("benign twins of the slack10 stops hint at nothing", "[detector][flags]") {
    auto const a1 = analyze("Set the \"priority\" field to P1 for anything that touches billing.");
    CHECK(a1.red_flags.empty());
    CHECK(flagged("This \"quick\" change broke checkout again.", RedFlag::sarcasm));
    auto const a2 =
        analyze("Let's throw away the prototype I built last week; the vendor SDK covers it and saves us a month.");
    CHECK_FALSE(a2.hinted(Reason::attachment));
    CHECK(analyze("I spent a month on this prototype and I don't want to throw it away.").hinted(Reason::attachment));
    auto const a3 =
        analyze("The billing service is ours; they shouldn't have to wait for us to review every config change.");
    CHECK_FALSE(a3.hinted(Reason::territorial));
    CHECK(motive("The billing service is ours. Nobody touches it without going through me.", Reason::territorial));
    auto const a4 = analyze("Users have no clue the sync failed until the nightly email.");
    CHECK_FALSE(a4.hinted(RedFlag::person_directed));
    CHECK(flagged("Our PM has zero clue what a migration involves.", RedFlag::person_directed));
}
