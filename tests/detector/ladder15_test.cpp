// --- ladder15: skips-ladder, broadcast and sarcasm by construction, in real people's shapes (detector/flags.cpp,
// `// --- ladder15`). Batch A: drafts written for these tests before any ladder15 construction, in wordings no corpus
// uses, labeled by hand: a rung gone around while the person is away, an authority asked to act on others or to settle
// a dispute, a matter taken up instead of arguing with someone; a disagreement put before everyone or in public; and
// sarcasm as real threads say it (thanks for a breakage, "great, yet another ...", "I'm sure that will go well", a
// past failure praised for a repeat, a burden called a joy, a repeat awaited and counted, a disposition admired, a
// feigned forgetting, a mock self-punishment, mock permission, "but hey, it's your ...", a "101" of a harm, "love this
// for" the people harmed). Near misses: the same verbs after talking first or asked for, with no higher rung, news to
// <!here>, sincere thanks, good news and the same praise meant.
#include <catch2/catch.hpp>
#include <string_view>
#include <utility>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("ladder15: batch A, the missed shapes are found", "[detector][flags][ladder15]") {
    std::pair<RedFlag, std::string_view> const cases[] = {
        {RedFlag::skips_ladder,
         "Hi Dana, writing to you directly while Marco is on leave: the warehouse scanner rollout needs two more "
         "weeks, can you sign off on the delay?"},
        {RedFlag::skips_ladder,
         "Since Priya is out until Monday, I'm coming straight to you: please approve moving the billing cutover to "
         "March."},
        {RedFlag::skips_ladder,
         "I've asked the regional director to freeze the pricing repo so only my team can merge into it."},
        {RedFlag::skips_ladder, "I asked Henrik, the platform group's VP, to cancel the data team's migration ticket."},
        {RedFlag::skips_ladder,
         "Tomas and I keep going in circles on the cache design, so I'd rather the CTO just settles it."},
        {RedFlag::skips_ladder,
         "Let's have the VP of engineering make the call on the retry logic, since Ines won't budge."},
        {RedFlag::skips_ladder,
         "Looping in Ana's director here, since Ana hasn't answered my three emails about the export bug."},
        {RedFlag::skips_ladder,
         "I'm going to take the sprint-scope question to the head of product instead of arguing with Lee any longer."},
        {RedFlag::skips_ladder,
         "Cc'ing Raj's manager so she can see how long the vendor review has been stuck on Raj."},
        {RedFlag::skips_ladder,
         "Rather than go back and forth with Mia again, I emailed her skip-level this morning about the launch date."},
        {RedFlag::broadcast,
         "<!channel> the release plan product signed off on is going to break every mobile client, and nobody asked "
         "us."},
        {RedFlag::broadcast,
         "<!here> can someone explain why we're shipping the new onboarding without a single usability test?"},
        {RedFlag::broadcast,
         "I'm going to post the whole estimate thread on LinkedIn so people can see how this company plans projects."},
        {RedFlag::broadcast,
         "I'll share Jon's roadmap in #general so the whole company can judge whether it makes any sense."},
        {RedFlag::broadcast,
         "Replying to the whole engineering list: this reorg of the on-call rota is a mistake and I won't pretend "
         "otherwise."},
        {RedFlag::broadcast,
         "@everyone the decision to drop the offline mode is wrong and I want it on the record in front of all of "
         "you."},
        {RedFlag::broadcast,
         "Putting this in the all-hands Q&A doc: why does product keep overriding the team's estimates?"},
        {RedFlag::sarcasm, "Thanks for breaking the checkout flow an hour before the sale. Really appreciate it."},
        {RedFlag::sarcasm, "Great, yet another dashboard nobody asked for."},
        {RedFlag::sarcasm, "Sure, rewrite the auth layer in a week. I'm sure that will go well."},
        {RedFlag::sarcasm, "Let's run the migration on Friday evening again. That went so smoothly in October."},
        {RedFlag::sarcasm, "Waiting four days for a one-line review was an absolute joy."},
        {RedFlag::sarcasm, "Can't wait for the next surprise reorg of the mobile team. Fourth one this year!"},
        {RedFlag::sarcasm, "A one-week estimate for the whole payments rewrite. I admire the confidence."},
        {RedFlag::sarcasm, "Oh, I forgot, you never read the incident reports anyway."},
        {RedFlag::sarcasm, "Yeah, how irresponsible of me to ask for a test plan, I should be fired."},
        {RedFlag::sarcasm, "If you enjoy debugging at 3am, by all means go ahead and skip the staging run."},
        {RedFlag::sarcasm, "Sure, ship it without the load test. But hey, it's your weekend on call."},
        {RedFlag::sarcasm, "How to lose a customer's trust 101: announce the price change in the changelog."},
        {RedFlag::sarcasm, "Love this for the support team, who now get to answer every refund ticket by hand."},
    };
    for (auto const& [flag, t] : cases) {
        INFO(t);
        CHECK(flagged(t, flag));
    }
}

TEST_CASE("ladder15: batch A, near misses stay clean", "[detector][flags][ladder15]") {
    std::pair<RedFlag, std::string_view> const cases[] = {
        {RedFlag::skips_ladder,
         "I talked to Marco on Monday and we agreed to take the scanner rollout to his director together, so I'm "
         "looping her in now."},
        {RedFlag::skips_ladder,
         "As Priya asked in our 1:1, I'm sending the billing cutover plan to her manager for sign-off."},
        {RedFlag::skips_ladder,
         "I asked the regional director for last quarter's headcount numbers for the pricing team."},
        {RedFlag::skips_ladder,
         "Tomas and I settled the cache design together; the CTO only asked to see the write-up."},
        {RedFlag::skips_ladder, "Looping in Sam from QA since he wrote the test plan for the export."},
        {RedFlag::broadcast,
         "<!here> the payments pipeline is back up; transfers queued since 09:40 are going out now."},
        {RedFlag::broadcast, "<!channel> reminder: the all-hands moves to 3pm on Thursday."},
        {RedFlag::broadcast, "@everyone huge thanks for covering the on-call rota over the holidays."},
        {RedFlag::sarcasm, "Thanks for fixing the checkout flow before the sale, it saved us."},
        {RedFlag::sarcasm, "Great, yet another partner signed the data agreement today: that makes four."},
        {RedFlag::sarcasm, "I'm sure the migration will go well: we rehearsed it twice on staging with full data."},
        {RedFlag::sarcasm, "The October migration went smoothly, so let's use the same runbook on Friday."},
        {RedFlag::sarcasm, "Oh, I forgot to attach the logs, here they are."},
        {RedFlag::sarcasm, "I admire the care that went into the test plan, it caught three regressions."},
        {RedFlag::sarcasm, "Love this for the support team: the refund button saves them an hour a day."},
    };
    for (auto const& [flag, t] : cases) {
        INFO(t);
        CHECK_FALSE(flagged(t, flag));
    }
}

// Written with the constructions: each construction's roles changed (no ask, the authority's own request, a
// review or a change board as the place, news, a meant joy, a condition, a thing forgotten, a small count).
TEST_CASE("ladder15: the constructions' near misses stay clean", "[detector][flags][ladder15]") {
    std::pair<RedFlag, std::string_view> const cases[] = {
        {RedFlag::skips_ladder,
         "While Marco is out, I'm writing to you with the status: the scanner rollout finished on Tuesday."},
        {RedFlag::skips_ladder, "Since Priya is out until Monday, I'm covering her reviews, so send them to me."},
        {RedFlag::skips_ladder, "I asked the director to review the rollout plan before Friday."},
        {RedFlag::skips_ladder, "The director asked me to freeze the pricing repo until the audit is done."},
        {RedFlag::skips_ladder, "The VP decides on headcount in March, so I'll have the numbers ready by then."},
        {RedFlag::skips_ladder, "I'm going to take the sprint-scope question to the design review on Thursday."},
        {RedFlag::skips_ladder, "I'll bring the vendor's release notes to the change board on Wednesday."},
        {RedFlag::broadcast, "I'll post the launch video on LinkedIn on Monday so people can see what we built."},
        {RedFlag::broadcast, "Putting the holiday rota in the all-hands doc so everyone has it."},
        {RedFlag::sarcasm, "Let's use the same retro format again. That went really well in March."},
        {RedFlag::sarcasm, "The demo went so well, thank you all!"},
        {RedFlag::sarcasm, "Pairing with Ana on the parser was a real joy."},
        {RedFlag::sarcasm, "I love your enthusiasm for the pilot, let's scope it together on Monday."},
        {RedFlag::sarcasm, "Oh, I forgot, you're out on Friday, so let's move the demo to Thursday."},
        {RedFlag::sarcasm, "If the backup fails again on my watch, I should be fired."},
        {RedFlag::sarcasm, "If you want to try the new linter, go ahead, it's on main."},
        {RedFlag::sarcasm, "Hey, it's your call: both options work for us."},
        {RedFlag::sarcasm, "How to set up the staging VPN 101: a short guide is in the wiki."},
        {RedFlag::sarcasm, "Good luck with the demo tomorrow, I'm sure it will go well."},
        {RedFlag::sarcasm, "We rehearsed the cutover twice. I'm sure it will go well."},
        {RedFlag::sarcasm, "Great work on the migration, everyone. Only 3 records need a manual fix."},
        {RedFlag::sarcasm, "Only 3,000 records are left to migrate, the rest moved cleanly."},
    };
    for (auto const& [flag, t] : cases) {
        INFO(t);
        CHECK_FALSE(flagged(t, flag));
    }
}

TEST_CASE("ladder15: a large harm said small after praise", "[detector][flags][ladder15]") {
    std::pair<RedFlag, std::string_view> const cases[] = {
        {RedFlag::sarcasm, "Fantastic launch, team. Only 12,000 customers got logged out."},
        {RedFlag::sarcasm, "Great job on the import. Only thousands of duplicate invoices went out."},
    };
    for (auto const& [flag, t] : cases) {
        INFO(t);
        CHECK(flagged(t, flag));
    }
}

// "<!here> the publishing pipeline is back up; ...": news to everyone hints at no broadcast (the combiner stopped it on
// the hint alone); a disagreement or a question to everyone still does.
TEST_CASE("ladder15: news to everyone hints at no broadcast", "[detector][flags][ladder15]") {
    for (std::string_view t : {
             "<!here> the payments pipeline is back up; transfers queued since 09:40 are going out now.",
             "<!channel> the staging cluster is on the new kernel as of 14:00, deploys are open.",
         }) {
        INFO(t);
        CHECK_FALSE(analyze(t).hinted(RedFlag::broadcast));
    }
    for (std::string_view t : {
             "<!here> the payments pipeline is back up, but nobody told support the refunds are still stuck.",
             "<!channel> why is the staging cluster down again?",
             "<!here> the new onboarding flow ships tomorrow and I think it is a mistake.",
         }) {
        INFO(t);
        CHECK(analyze(t).hinted(RedFlag::broadcast));
    }
}

// Added last: a mock concern for all, a laugh then the reader told off, the writer acting around the person whose word
// is needed; each with its near misses.
TEST_CASE("ladder15: a mock concern, a laugh dismissing, an act around someone", "[detector][flags][ladder15]") {
    std::pair<RedFlag, std::string_view> const found[] = {
        {RedFlag::sarcasm,
         "The release moved up two weeks again without a word to us. Hope that's fast enough for everyone."},
        {RedFlag::sarcasm, "Lol. Nice try, the data migration is not a one-day job."},
        {RedFlag::skips_ladder, "I'm going to merge the schema change without her sign-off and deal with it later."},
        {RedFlag::skips_ladder, "I've decided to unilaterally revert Omar's pricing change on Monday."},
    };
    for (auto const& [flag, t] : found) {
        INFO(t);
        CHECK(flagged(t, flag));
    }
    std::pair<RedFlag, std::string_view> const clean[] = {
        {RedFlag::sarcasm, "Hope that's clear enough, shout if anything is missing."},
        {RedFlag::sarcasm, "Haha. Good point about the cache, I'll add the TTL."},
        {RedFlag::skips_ladder, "We can't merge the schema change without her sign-off, so I'll wait until Monday."},
        {RedFlag::skips_ladder, "I noticed they merged the schema change without her review last night."},
    };
    for (auto const& [flag, t] : clean) {
        INFO(t);
        CHECK_FALSE(flagged(t, flag));
    }
}

// Added last: a spend praised after work almost no one uses, a proposal hailed whose purpose is a harm.
TEST_CASE("ladder15: a spend praised on nothing, a mock proposal", "[detector][flags][ladder15]") {
    for (std::string_view t : {
             "We put two quarters into the kiosk tipping screen that 0.3% of guests ever saw. Time well spent.",
             "Four sprints on a settings page nobody asked for. Effort well spent.",
             "I have a brilliant idea. Let's move standup to 7am so nobody can make it.",
             "Apparently Jonas thinks renaming three CSS classes makes him the frontend architect.",
         }) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t : {
             "We spent two sprints on the cache and cut p99 by 40%. Time well spent.",
             "Only 0.3% of checkouts failed last week, down from 2%. Effort well spent on the retries.",
             "I've got a great idea. Let's add a cache so the report loads in a second.",
             "She thinks the new index makes the report fast enough for the board.",
             "Ana thinks the migration work makes her ready for the senior role, and I agree: she led it well.",
         }) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

// Added last: a complaint about someone brought to the reader instead of to them.
TEST_CASE("ladder15: a complaint about someone brought to the reader", "[detector][flags][ladder15]") {
    CHECK(
        flagged("I need to flag something about Marek. He never reads the test plans and keeps approving broken "
                "builds, he clearly has no idea what he's doing.",
                RedFlag::skips_ladder));
    CHECK_FALSE(flagged("I asked the director to take a look at the rollout plan.", RedFlag::skips_ladder));
    CHECK(flagged("Sure, we can cut the load tests to make the date. I'm sure that'll go well.", RedFlag::sarcasm));
    CHECK_FALSE(flagged("I need to flag something about the release: the ARM build fails since Tuesday.",
                        RedFlag::skips_ladder));
    CHECK_FALSE(flagged("I need to flag something about Marek's estimate. I'll raise it with him in our 1:1 tomorrow.",
                        RedFlag::skips_ladder));
}
