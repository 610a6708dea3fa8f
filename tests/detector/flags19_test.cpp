// The nineteenth round's person-directed constructions (flags19, detector/flags.cpp): a person named as the bottleneck,
// their work likened to someone who never did the job, a duty said never done once, everything they touch said to
// fail, their competence denied by name. Each reads the clause's grammar (a person as its subject) rather than a word
// list, so a thing, the writer or the people the product serves in the same place stay clean. Every draft here was
// written for these tests, in wordings the coaching files do not use.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("flags19: a person named as the bottleneck", "[detector][flags]") {
    for (std::string_view t :
         {"tbh Tomasz is the bottleneck here. Every glaze release he owns slips and he's the last to notice.",
          "Honestly Priya is the bottleneck on every kiln release. She sits on reviews for days.",
          "The PM is the bottleneck, nothing moves without her sign-off and she is out half the week."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    // The writer, a system or a vendor as the bottleneck is a finding about the work.
    for (std::string_view t : {"I'm the bottleneck on reviews this week, sorry, I'll clear them by Thursday.",
                               "Honestly the DB is the bottleneck: p99 is 2.3s on the orders query.",
                               "Stripe's the bottleneck for refunds, their API caps us at 25 rps.",
                               "Snowflake is the bottleneck on the nightly job."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("flags19: a person's work likened to someone who never did the job", "[detector][flags]") {
    CHECK(flagged("Leah writes specs like she's never talked to a customer.", RedFlag::person_directed));
    CHECK(flagged("Our PM estimates as if he has never shipped a mobile release.", RedFlag::person_directed));
    // The people the product serves, likened, are a usability finding.
    CHECK_FALSE(flagged("Users treat the checkout like they've never seen a form, we need inline hints.",
                        RedFlag::person_directed));
}

TEST_CASE("flags19: a duty said never done once, and everything someone touches said to fail", "[detector][flags]") {
    CHECK(flagged("Marco hasn't read a single PR this quarter and still signs off on the architecture.",
                  RedFlag::person_directed));
    CHECK(flagged("Every rollout Dana plans ends up late, and then it's on us.", RedFlag::person_directed));
    // Praise, the people served, or a vendor's releases are no verdict on a colleague.
    for (std::string_view t : {"Sam hasn't missed a single standup this quarter, huge thanks to him.",
                               "Customers haven't opened a single one of the digest emails since March.",
                               "Every release the vendor ships breaks our webhook parser."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("flags19: competence denied by name", "[detector][flags]") {
    CHECK(flagged("Dana is great at slides and terrible at plans.", RedFlag::person_directed));
    CHECK(flagged("Our lead is hopeless at saying no to sales.", RedFlag::person_directed));
    CHECK_FALSE(flagged("I'm terrible at CSS, so can someone pair with me on the grid?", RedFlag::person_directed));
    CHECK_FALSE(flagged("The importer is bad at large files: it times out past 2 GB.", RedFlag::person_directed));
}

TEST_CASE("flags19: the writer's habit given as the reason to refuse a change is their way", "[detector][flags]") {
    for (std::string_view t : {"I've always done pagination with offsets, so let's keep it that way.",
                               "We've always used REST here, I don't see why we'd switch to GraphQL."}) {
        INFO(t);
        CHECK(motive(t, Reason::my_way));
    }
    // The habit with the cost of changing it, or given up for a reason, is no refusal of the writer's way.
    for (std::string_view t :
         {"We've always used REST here, and the mobile SDK depends on it; switching adds ~3 weeks. Can we keep REST "
          "for v2?",
          "I've always used offsets for pagination, but cursors fix the duplicate rows we saw in the export, so let's "
          "switch."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::my_way));
    }
}

TEST_CASE("flags19: a reckoning awaited with delight is sarcasm, eagerness for a launch is not", "[detector][flags]") {
    for (std::string_view t : {"Can't wait for the retro where we all pretend this date was realistic.",
                               "Can't wait to explain this one to the customers."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t :
         {"Can't wait for the launch, great work everyone!", "Great work everyone, can't wait for the launch.",
          "Looking forward to the retro, I have two ideas for the on-call rota.",
          "Can't wait to see the new dashboard on Monday."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
        CHECK_FALSE(flagged(t, RedFlag::broadcast));
    }
}

TEST_CASE("flags19: a plural look judged by taste, and a blind copy upward", "[detector][flags]") {
    CHECK(motive("I don't love the new icons, they just feel off. Can we keep the old set?", Reason::aesthetic));
    CHECK(motive("The new colours look cheap to me.", Reason::aesthetic));
    CHECK_FALSE(motive("I'd like to move the telematics backend to Elixir, Ruby feels dated.", Reason::aesthetic));
    CHECK(flagged("Bcc'ing the CTO so there's a paper trail of how bad this spec is.", RedFlag::skips_ladder));
    CHECK(flagged("Bcc'd the VP on my reply to Dana.", RedFlag::skips_ladder));
}

TEST_CASE("flags19: the writer's own time given up, said as nothing, is sarcasm", "[detector][flags]") {
    for (std::string_view t : {"Sure, I'll just work the weekend again, no problem at all.",
                               "Fine, I'll cancel my vacation, who needs rest anyway."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    // An offer of the weekend, or someone else's weekend plan, is meant.
    for (std::string_view t :
         {"I can work this weekend to get the kiln migration done if we need the Monday date.",
          "Dave is hoping to finish the glaze backend work this weekend. Thanks again for the review!"}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("flags19: a stack's year as its fault, and a review council above the team", "[detector][flags]") {
    CHECK(motive("We should switch the kiln frontend to Svelte, React feels so 2019.", Reason::new_framework));
    CHECK(flagged("Taking this to the architecture council since the PM won't listen.", RedFlag::skips_ladder));
    // A date in 2019 is no fashion.
    CHECK_FALSE(motive("The kiln frontend has been on React since 2019 and the bundle is 4 MB; can we split it?",
                       Reason::new_framework));
}
