// The twenty-fourth round's readings (flags24, detector/flags.cpp), each with its near misses. Every draft here was
// written for these tests, in wordings no coaching file uses.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("flags24: the PM kept out on purpose and the reader asked to act over them", "[detector][flags]") {
    for (std::string_view t :
         {"Tobias, the loyalty tiers Nell signed off break the partner payouts. I haven't raised it with her, it'd "
          "just be another round. Could you just overrule it before the freeze?",
          "keeping this between us for now: the bulk-import limit going out Tuesday drops every file over 5MB. can "
          "you get it pulled from the release?",
          "Figured you'd want this before the planning review. didn't loop Ines in, it'll land better coming from "
          "you: the new cancellation flow refunds twice on partial orders.",
          "Between you and me, the onboarding quiz Pia scoped doesn't work on tablets. Any chance it quietly falls "
          "off the roadmap?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t :
         {// The rung still to be taken, said in the draft.
          "I haven't raised it with Nell yet, I'll bring it up in our 1:1 tomorrow. Could you just check my numbers "
          "first?",
          // Kept between the writer and the PM, nothing asked over anyone.
          "Nell, keeping this between us for now: I think the loyalty tiers break partner payouts. Can we look at it "
          "Thursday?",
          // Nothing of the PM kept out.
          "Could you just overrule the linter on this one file? The generated code trips it every build.",
          "I haven't talked to the vendor yet, can you just send me their contact?"}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

TEST_CASE("flags24: the person judged by what the writer has stopped expecting of them", "[detector][flags]") {
    for (std::string_view t :
         {"Riders board from the rear door at night, which you'd know if you'd ever taken the 40 after ten.",
          "Honestly it's clear you don't understand how the refund queue works, third spec this month that breaks it.",
          "I've stopped expecting your tickets to have acceptance criteria, so I'll guess again.",
          "Ping me when you actually know what you want from the export and I'll build that.",
          "It's not the roadmap, it's the person writing it who has never opened the admin panel.",
          "Please leave the pricing rules to people who actually run the numbers."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"If you don't know how the export works, ping me and I'll walk you through it.",
          "You don't know how much this fix helped our support team, thank you!",
          "Do you know how the refund queue handles partial orders? I couldn't find it in the spec.",
          "Happy to walk you through how the ledger posts refunds whenever you have 20 minutes."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("flags24: irony stacked, a device ironic on its face and one more", "[detector][flags]") {
    for (std::string_view t :
         {"oh great, so the API freeze starts the day before Black Friday. what could possibly go wrong. love how we "
          "always plan these",
          "cool cool cool, the load test got cut again. I'll just ask the database very nicely to hold up. :clap:",
          "Impeccable timing as usual: the billing migration lands on payroll day."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t : {// One device alone is often meant.
                               "Love that we shipped the importer a week early, great work everyone!",
                               "Nothing says thank you like a team lunch: great work on the launch :clap:",
                               "As usual, the release notes are in the wiki; ping me if anything looks off."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("flags24: territory claimed, taste in slang, and ownership owned as a bias", "[detector][flags]") {
    CHECK(
        motive("The infra team can have their dashboards, but I wrote the scheduler, it's mine, and nothing goes "
               "in it that I didn't review first.",
               Reason::territorial));
    CHECK_FALSE(motive("I wrote the scheduler, so I'm happy to pair with the infra team when they change it.",
                       Reason::territorial));
    CHECK(
        motive("the neon gradient on the checkout button just... no. it's giving crypto casino. can we keep the "
               "flat blue?",
               Reason::aesthetic));
    CHECK_FALSE(
        motive("the neon gradient on the checkout button fails contrast for 8% of users, it's giving us "
               "WCAG failures. can we keep the flat blue?",
               Reason::aesthetic));
    CHECK_FALSE(
        motive("Full disclosure: I built the old importer, so I'm probably biased and trying to set that "
               "aside. Swapping it out the week before quarter close still worries me.",
               Reason::attachment));
}

TEST_CASE("flags24: what the team is familiar with is no my-way", "[detector][flags]") {
    CHECK_FALSE(
        motive("I don't think we should use GraphQL for this. REST is fine and everyone knows it.", Reason::my_way));
    CHECK_FALSE(motive("Postgres is what we run and everyone knows how to operate it.", Reason::my_way));
    // The writer's way asserted as common knowledge still is.
    CHECK(
        motive("Everyone knows event sourcing is the right way to build this. We're doing it my way.", Reason::my_way));
}

TEST_CASE("flags24: a lost decision told to everyone, and the PM's word echoed back with an absurd extension",
          "[detector][flags]") {
    CHECK(
        flagged("<!channel> putting this here so everyone knows: engineering raised problems with the refund rules "
                "(they double-pay partial returns) and we were overruled.",
                RedFlag::broadcast));
    CHECK_FALSE(
        flagged("We raised concerns about the refund rules in the 1:1 and Dana changed them; the fix ships "
                "Thursday.",
                RedFlag::broadcast));
    CHECK(
        flagged("> the export should be easy, right?\neasy, sure. maybe it can write the quarterly report too while "
                "it's at it.",
                RedFlag::sarcasm));
    CHECK_FALSE(flagged("> can you take the export bug?\nquick, sure, I'll pick it up after lunch.", RedFlag::sarcasm));
    // What the product sends to its users is the plan, not a broadcast.
    CHECK_FALSE(
        flagged("This plan doesn't work: sending the reminder push to everyone at 8:00 sharp means 40k "
                "notifications in a minute and FCM will throttle us.",
                RedFlag::broadcast));
}

TEST_CASE(
    "flags24: every piece of work from the person judged, the writer's own build watched being swapped, and a "
    "look under a banner of consistency",
    "[detector][flags]") {
    CHECK(
        flagged("Dana, honestly: every spec that comes from you costs me a day working out what you meant. Maybe "
                "have someone read them before they land on us?",
                RedFlag::person_directed));
    CHECK_FALSE(
        flagged("Dana, the spec for the export costs me a day to work out: 'dynamic' means three things in "
                "it. Could we go through it Thursday?",
                RedFlag::person_directed));
    CHECK(
        motive("I wrote our uploader from scratch in 2020 and it still does everything we need. Not keen to watch it "
               "get swapped for someone else's widget.",
               Reason::attachment));
    CHECK_FALSE(
        motive("The vendor uploader handles resumable uploads, which ours never did; happy to watch it get "
               "swapped in next sprint.",
               Reason::attachment));
    CHECK(motive("The rounded bubbles feel a bit toy-like and kind of cheapen the page. Call it a consistency concern.",
                 Reason::aesthetic));
}

TEST_CASE("flags24: assent on a condition that mocks the ask", "[detector][flags]") {
    CHECK(flagged("> let's just say two weeks for the migration, ok?\nif we're just making up numbers, sure",
                  RedFlag::sarcasm));
    CHECK_FALSE(
        flagged("> let's just say two weeks for the migration, ok?\nsure, two weeks works if we drop the "
                "reporting piece",
                RedFlag::sarcasm));
}
