// Red flags and motives by construction (the trial12 round, detector/flags.cpp): the second flag of a two-flag stop,
// a broadcast in Slack markup, a skipped rung in plain words, a motive of the writer's own. Each construction with
// drafts written for these tests that carry it, and near misses (the same words about users, the system, someone
// else, or as a courtesy) that must stay clean.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;

using namespace pushback::detector::test;

TEST_CASE("trial12: praise of a person's work said to them and laughed at", "[detector][flags]") {
    for (std::string_view t : {"Nice plan, Marta. Three features in one sprint, what could be easier \xF0\x9F\x98\x82",
                               "Brilliant estimate, Jonas. Did you even look at the data model?",
                               "Great roadmap, Keiko. 12 launches before March :joy:"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"Great estimate, Dave. 2 days matches what I saw in the spike.",
                               "Nice work, Priya. The SIM API landed a day early \xF0\x9F\x8E\x89",
                               "Great plan, team. I'll take the export piece on Monday."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("trial12: an assent mocked for its whim of a reason, a huge task shrugged off", "[detector][flags]") {
    for (std::string_view t :
         {"Sure, let's move billing to Elixir because one consultant liked a conference talk.",
          "yeah let's switch the CMS because some startup has a prettier dashboard",
          "Fine by me. I'll just rewrite the entire sync layer over the weekend, no problem \xF0\x9F\x99\x82",
          "Apparently 'done' means merged to a branch now. Great."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t : {"Sure, let's use Postgres because some of the reports need joins across tenants.",
                               "Sure, let's ship Monday because the vendor retires the v2 API on the 3rd.",
                               "I'll pick up the on-call over the weekend, no problem.",
                               "I'll just rewrite the whole README tonight so the new setup steps are in one place.",
                               "Apparently the vendor API is down now, I'll retry the import at 3pm."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("trial12: the author of a plan, or those who'd disagree, judged", "[detector][flags]") {
    for (std::string_view t : {"The rollout plan was clearly written by someone who has never carried a pager.",
                               "This schema was designed by people who don't run reports on it.",
                               "Anyone who disagrees hasn't been on call for the payments service.",
                               "Whoever thinks otherwise clearly hasn't read the incident report."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"The onboarding flow is built for someone who has never used a CLI, so every step needs a screenshot.",
          "The migration was reviewed by someone who has run it twice on staging.",
          "Anyone who disagrees, please comment on the doc by Friday.",
          "Whoever thinks otherwise, I'd love to hear why before Thursday's review."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("trial12: the writer's way claimed as the only one, or decreed and closed", "[detector][motives]") {
    for (std::string_view t :
         {"The only right design for the retry queue is the one I sketched in March.",
          "The only sensible approach here is mine.", "We keep the build scripts I've always used, end of story.",
          "We're sticking with my approach to the cache layer. Period."}) {
        INFO(t);
        CHECK(motive(t, Reason::my_way));
    }
    for (std::string_view t : {"The only sane way is the one Dana proposed: ship the flag first and migrate after.",
                               "The only option I see is to cut the bulk export from the 2.4 scope.",
                               "We ship on Thursday, end of story: legal signed off on that date.",
                               "Invoices close at the end of the billing period."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::my_way));
    }
}

TEST_CASE("trial12: the writer's lack of will as the reason to decline a move", "[detector][motives]") {
    for (std::string_view t :
         {"I'd rather not migrate the build to Bazel. I'm not in the mood to relearn every rule this year.",
          "Let's not switch the admin app to React. I just don't have the energy to learn another framework.",
          "Can we stay on Angular? Honestly I can't be bothered to start over with Svelte."}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
    for (std::string_view t :
         {"I don't have the energy to review all 40 PRs today, can we split the review with Ana?",
          "I'd rather not move the ECU tooling to Rust this quarter. The team doesn't have the energy left after the "
          "launch crunch.",
          "I'm not in the mood for another all-nighter, so let's cut the CSV export from Friday's scope."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::new_framework));
    }
}

TEST_CASE("trial12: changes to the writer's own thing refused, kept for its record", "[detector][motives]") {
    for (std::string_view t :
         {"I wrote the rate limiter and I maintain it. I'm not accepting changes from the growth team to it.",
          "I built the invoice renderer. I won't merge PRs that rework its templates, it's been fine for 3 years."}) {
        INFO(t);
        CHECK(motive(t, Reason::territorial));
    }
    CHECK(
        motive("I built the invoice renderer. I won't merge PRs that rework its templates, it's been fine for 3 "
               "years.",
               Reason::attachment));
    for (std::string_view t : {"I'm not accepting PRs that skip the integration tests.",
                               "I maintain the SDK and I'm not merging changes until the 2.0 freeze lifts on the 14th.",
                               "The docs site has been fine for 4 years, so the redesign can wait until Q3."}) {
        INFO(t);
        CHECK_FALSE(flag_or_motive(t));
    }
}

TEST_CASE("trial12: a rung skipped in plain words", "[detector][flags]") {
    for (std::string_view t :
         {"<@U0DIR> sorry to go around Marco on this, but the launch date can't hold. Can we talk today?",
          "I'm going around him on the vendor decision, it has waited three weeks.",
          "cc <@U0VP> escalating because Nadia hasn't answered on the pricing rules in two weeks.",
          "<@U0HEAD> the data team merged into my pipeline without asking again. Could you tell them to stop?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t :
         {"We can go around the rate limiter by batching the calls into one request.",
          "Escalating because the pager fired 40 times overnight, the on-call needs a second pair of hands.",
          "<@U0LEAD> the build on main is green again. Could you tell them the deploy can go ahead?",
          "We keep going around in circles on the schema, can we decide it in Thursday's sync?"}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

TEST_CASE("trial12: a grievance taken to a channel for everyone, named in Slack markup", "[detector][flags]") {
    for (std::string_view t :
         {"Posting this in <#C0GEN|general>: why does design keep changing the checkout copy after sign-off?",
          "Dropping this in <#C0ALL|eng-all> since nobody answered: why do they keep moving the freeze date?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::broadcast));
    }
    for (std::string_view t : {"Posting this in <#C0GEN|general>: the office is closed on Friday for the move.",
                               "Posting in <#C0ANN|announcements>: why does the build keep failing on Mondays? The "
                               "runner image updates on Sunday nights, fix is in PR 212.",
                               "Posting this in <#C0TEAM|payments-dev>: why do they keep moving the freeze date?"}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::broadcast));
    }
}

TEST_CASE("trial12: a person's work given to anyone else, a jab for once, a liking after a repeat",
          "[detector][flags]") {
    for (std::string_view t : {"The test plan is thin again. Maybe someone other than Bruno should write the next one.",
                               "Could anyone but him run the cutover? The last two slipped.",
                               "Nice, the vendor thread again. Maybe she can get him to answer an email for once."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"Someone other than me should review the migration, I wrote half of it.",
                               "Can someone else take Friday's on-call? I'm out at a wedding.",
                               "We finally shipped a release on time for once, thanks all!",
                               "Actually, let's follow the style guide for once and run the formatter in CI."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
    CHECK(flagged("Another Friday deploy freeze lifted at 5pm. Love the planning here.", RedFlag::sarcasm));
    CHECK_FALSE(flagged("Love the new onboarding flow, drop-off fell from 40% to 22%.", RedFlag::sarcasm));
    CHECK_FALSE(flagged("The import failed again on the 3rd. Love the new retry dashboard, it showed the cause.",
                        RedFlag::sarcasm));
}

TEST_CASE("trial12: the rung known and passed over, a move around someone after a mention", "[detector][flags]") {
    for (std::string_view t :
         {"<@U0VP> I know I should talk to Ilse first, but it's faster this way. Can you move the launch?",
          "<@U0DIR> going around Farah on this one, she's had the plan for a month.",
          "Bypassing Kenji here: <@U0CPO> can you sign off the scope cut?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t :
         {"I should talk to Ilse first, so I'll hold the ask until her 1:1 on Monday.",
          "<@U0VP> I talked to Ilse first and she asked me to bring you the launch numbers: 3 of 5 gates are green.",
          "Bypassing the cache here is fine, the table has 40 rows."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

TEST_CASE("trial12: the writer's way closed in the next sentence, dissent judged by what was never done",
          "[detector][motives]") {
    CHECK(motive("My caching design is the right one and we're keeping it. No discussion needed.", Reason::my_way));
    CHECK(motive("We do deploys the way I set them up in 2019. Not up for debate.", Reason::my_way));
    CHECK_FALSE(motive("The rating engine is mine, I wrote it. Nobody else merges there without me, full stop.",
                       Reason::my_way));
    CHECK_FALSE(motive("The vendor's caching design is the right one for us. No discussion needed, legal approved it.",
                       Reason::my_way));
    CHECK(flagged("Anyone who still thinks the 2-week estimate is fine hasn't opened the codebase.",
                  RedFlag::person_directed));
    CHECK_FALSE(flagged("Anyone who thinks the estimate isn't enough, add your numbers to the sheet.",
                        RedFlag::person_directed));
}

TEST_CASE("trial12: a broken thing cheered, resignation at a repeat put as a joke", "[detector][flags]") {
    for (std::string_view t :
         {"Congrats team, we launched a booking page that can't take bookings on mobile \xF0\x9F\x8E\x89",
          "kudos all, we released an exporter that doesn't export dates.",
          "Another week, another reorg of the backlog. At this point I'll just number the tickets by dice roll.",
          "new quarter, new north star. at this point we might as well rename the roadmap to wishlist"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t :
         {"Congrats, we shipped the refund flow that can't be double-charged anymore \xF0\x9F\x8E\x89",
          "Congrats on the launch! The booking page took 1,200 bookings on day one.",
          "At this point I'll just ship the fix on Monday and write up the root cause after.",
          "The export broke again last night. At this point I'd like a second pair of eyes on the date parser."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}
