// The twenty-fifth round's readings (flags25, detector/flags.cpp and hints.cpp), each with its near misses. Every draft
// here was written for these tests, in wordings no coaching file uses.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("flags25: the reader's conduct judged as a heated thread says it", "[detector][flags]") {
    for (std::string_view t :
         {"<@U0KAI> you're making yourself look bad by closing every report about the sync bug.",
          "This changelog isn't your sandbox for removing features you personally don't use.",
          "You couldn't possibly have thought shipping the migration without a backup was a good idea.",
          "<@U0RIA> you have never tried the offline mode on a real warehouse scanner, so the spec guesses.",
          "I'm not getting the billing fix out because you, yes you, won't do your job and review it.",
          "You don't give a damn about the support queue because you never answer tickets.",
          "<@U0PM> That's bullshit. The export was in the contract and it still isn't scheduled.",
          // The condition is the jab itself.
          "If you don't care about the users, say so, because this plan ignores them."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {// A condition or an offer judges no one.
                               "If you've never used the offline mode, the walkthrough is in the wiki.",
                               // Indifference granted as a condition is a courtesy.
                               "If you don't care which export format we pick, I'll go with CSV.",
                               // A job mentioned, not denied.
                               "Happy to help you do your job faster: here is the export script.",
                               // Swearing at a thing is no verdict on what the reader said.
                               "The build is broken again and the flaky test is in the payments suite."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("flags25: a hostile act charged as done for no reason, and people blamed for who left", "[detector][flags]") {
    CHECK(
        flagged("<@U0MOD> deleted my two bug reports and locked the thread for no reason.", RedFlag::person_directed));
    CHECK(
        flagged("Three engineers have already left the platform team because of <@U0LEAD>.", RedFlag::person_directed));
    // Said in the passive, nobody is charged; what a plan costs is a case.
    CHECK_FALSE(
        flagged("The feature flag was removed for no reason I can find in the changelog.", RedFlag::person_directed));
    CHECK_FALSE(flagged("Two people left the rota because of the weekend on-call load.", RedFlag::person_directed));
}

TEST_CASE("flags25: disbelief stacked on what the reader did, mock comfort, the mock exclamation",
          "[detector][flags]") {
    CHECK(flagged("Seriously? You merged the pricing change with zero tests? Excuse me?", RedFlag::sarcasm));
    CHECK(flagged("Here's a tissue, crying makes you feel better about the missed release.", RedFlag::sarcasm));
    CHECK(flagged("but product can change the scope whenever they want!!1 totally normal", RedFlag::sarcasm));
    CHECK(flagged("love how they're launching it even though legal never signed off.", RedFlag::sarcasm));
    // Honest surprise, a real question, and liking set against nothing gone wrong.
    CHECK_FALSE(
        flagged("Wow, I can't believe how fast the new build is. Thanks for the cache work!", RedFlag::sarcasm));
    CHECK_FALSE(flagged("Seriously? Can you send me the load test numbers?", RedFlag::sarcasm));
    CHECK_FALSE(flagged("I love how simple the new setup is, even though it runs on one small box.", RedFlag::sarcasm));
}

TEST_CASE("flags25: irony opened on mock agreement, certainty, delight at finding out", "[detector][flags]") {
    CHECK(
        flagged("> can we add SSO by Friday?\noh absolutely. and while I'm at it I'll rewrite the auth service too "
                ":upside_down_face:",
                RedFlag::sarcasm));
    CHECK(flagged("two testers for 9,000 devices. cool cool cool. I'm sure that'll be totally fine :) :)",
                  RedFlag::sarcasm));
    CHECK(
        flagged("love that the refund flow ships without the fraud check. really looking forward to finding out "
                "how that goes on Black Friday :clap:",
                RedFlag::sarcasm));
    // One device alone is often meant.
    CHECK_FALSE(flagged("oh absolutely, I can take the SSO ticket this sprint.", RedFlag::sarcasm));
}

TEST_CASE("flags25: the reader armed or asked to act over someone", "[detector][flags]") {
    CHECK(flagged("<@U0DIR> keeping you posted so that you can go to <@U0PM>'s boss if the date slips again.",
                  RedFlag::skips_ladder));
    CHECK(
        flagged("<@U0CTO> before Thursday: <@U0PM> has made a request of my team I think is unreasonable and I'd "
                "like to talk it through with you directly.",
                RedFlag::skips_ladder));
    CHECK(
        flagged("hey, sorry to come to you with this, I'd rather not make it a thing with Ola. the new rota she is "
                "shipping ignores the rest window. you're the only one who can pull it before it ships. could we "
                "keep this between us?",
                RedFlag::skips_ladder));
    CHECK(
        flagged("<@U0EM> I'm not convinced <@U0LEAD>'s skills are up to the standard required for his job: his "
                "knowledge of SQL is low.",
                RedFlag::skips_ladder));
    // Told to the colleague first: the next rung.
    CHECK_FALSE(
        flagged("<@U0CTO> <@U0PM> has made a request I think is unreasonable. I told her I'd bring it to "
                "you directly, and she knows.",
                RedFlag::skips_ladder));
}

TEST_CASE("flags25: the reader judged by what the writer stopped expecting, or by a dilemma", "[detector][flags]") {
    CHECK(flagged("I've pretty much stopped expecting answers on your side, so I'm going ahead with the old zones.",
                  RedFlag::person_directed));
    CHECK(flagged("Either nobody is reading the design doc or it's read and ignored, and I can't tell which is worse.",
                  RedFlag::person_directed));
    // A choice of dates is no dilemma about anyone.
    CHECK_FALSE(flagged("We either ship Friday or Monday, not sure which is worse for the support rota.",
                        RedFlag::person_directed));
}

TEST_CASE("flags25: motives said outright", "[detector][flags]") {
    CHECK(
        motive("Please revert the brace-style commit. I'd like to keep it the way it was; yes, it's just my "
               "personal preference.",
               Reason::aesthetic));
    CHECK_FALSE(motive("Brace style is just my personal preference, your call.", Reason::aesthetic));
    CHECK(
        motive("My concern with moving off Jenkins: it's a tool I've spent years mastering, so replacing it falls "
               "short.",
               Reason::attachment));
    CHECK(motive("Is it normal to rewrite a module in another PR without the original author's consent?",
                 Reason::territorial));
}

TEST_CASE("flags25: '@everyone' spoken of is no broadcast", "[detector][flags]") {
    CHECK_FALSE(
        flagged("The bridge bot shouldn't have @everyone privileges, and banning anyone who types it catches "
                "innocent people.",
                RedFlag::broadcast));
    CHECK(flagged("@everyone the new on-call rota is a joke and product should be ashamed of it.", RedFlag::broadcast));
}
