// Red flags and illegitimate reasons by construction (detector/flags.cpp): each construction with
// drafts that carry it and near misses that must stay clean, written for these tests; and the evidence
// every finding points at.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;

using namespace pushback::detector::test;

TEST_CASE("person-directed: a trait said of a person, words only said of people", "[detector][flags]") {
    for (std::string_view t :
         {"Honestly the new lead is a coward about deadlines.",
          "Ask the lazy dev who wrote the importer, maybe he wakes up.",
          "They saw the outage report and chose to ignore it.", "Is Marta even reading the design reviews?",
          "Kenji has never worked on a payments system.", "Stop whining and ship it.",
          "Tom obviously didn't read the spec, his caching layer will serve stale balances.",
          "Priya clearly didn't think this through."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"The lazy loading of the thumbnails cuts first paint by a second.",
          "Spam bots and trolls will flood the form without a captcha.",
          "Not to be disrespectful to the redesign, but the old grid fit more rows.",
          "Please ignore the staging alerts tonight, we are load testing.", "Thanks, that was a really useful review.",
          "I clearly didn't explain the constraint well, sorry.",
          "The old importer obviously didn't handle leap years."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("skips-ladder: the writer's own move toward someone's superior", "[detector][flags]") {
    for (std::string_view t : {"I'm forwarding this thread to our VP before the planning call.",
                               "I'll raise it with your manager if the date doesn't move.",
                               "Booking time with her boss to settle the scope.",
                               "I'm taking the roadmap to the CTO instead of going through Jo again.",
                               "I already forwarded this to Dan so he can sort it out with you."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t : {"When escalating, the pager notifies the on-call manager after 10 minutes.",
                               "The installer should escalate privileges only for the system folder.",
                               "Let's take this to Dana's director together on Monday.",
                               "Please write to hr@acme.example for the laptop form."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

TEST_CASE("broadcast: everyone addressed while taking a side", "[detector][flags]") {
    CHECK(flagged("<!channel> does anyone actually think the two-week relaunch is doable? Because I don't.",
                  RedFlag::broadcast));
    CHECK(flagged("Hi everyone, the release manager clearly doesn't care about QA sign-off.", RedFlag::broadcast));
    // A judgment of the plan sent to everyone is a disagreement aired, whatever the kind reads.
    CHECK(flagged("<!here> the rollout schedule is unrealistic and somebody has to say it.", RedFlag::broadcast));
    CHECK_FALSE(flagged("<!here> the rollout is done, dashboards look normal.", RedFlag::broadcast));
    CHECK_FALSE(flagged("Hi everyone, the release branch is cut, please rebase.", RedFlag::broadcast));
    CHECK_FALSE(flagged("Hey all! I agree with Ana that we should keep the toggle.", RedFlag::broadcast));
}

TEST_CASE("sarcasm: praise read against what went wrong, a smile on harm", "[detector][flags]") {
    for (std::string_view t :
         {"Great, another Friday deploy that breaks login.", "Nice passive aggressive review comment.",
          "Well done breaking the nightly build again.",
          "I'll make sure you won't be able to merge anything ever again :)",
          "Great, so we're rewriting the search service again.", "Per usual, another fire drill. Love it."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t : {"Thanks a lot for covering my on-call shift.", "Great, the fix for the crash landed.",
                               "Nice work on the migration guide!", "Thanks a lot, that fixed it :)",
                               "The outage is fixed. Love it, thanks team."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

// Issue 12/13, the stopflags round: the constructions behind red flags worded unlike the coaching data
// (coaching dev6/dev7), with their plain twins.
TEST_CASE("red flags by construction: irony, typecasting, motives, a move further on, a channel for everyone",
          "[detector][flags]") {
    for (std::string_view t : {"Love how the 'quick' hotfix took the whole weekend.",
                               "Yeah, because what this sprint really needs is a third payments provider.",
                               "You know the build is red, right?", "Thanks for the update, idiots.",
                               "A nice way of breaking every client at once."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t :
         {"Sure, because the index is missing, I'd add it before the launch.",
          "What could go wrong during the migration: the lock on orders, mostly.",
          "Throughput is 40/s on the staging box.", "Oh, nice question! The cache expires after an hour.",
          "Thanks, great work as always.", "The 'quick start' guide is out of date, I'll fix it.",
          "What could go wrong here? Mostly the DNS switch."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t :
         {"Classic Ahmed: ships the spec, skips the review.", "He only wants the launch so his name is on the keynote.",
          "Ravi is out of his depth with the data model.", "She refuses to read the incident reports.",
          "The only reason Tom wants the rewrite is his promotion.",
          "Honestly Rosa is in way over her head with this launch."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"Dana only wants CSV export for the pilot, not PDF.", "The classic layout stays for existing users.",
          "Chrome refuses to load the worker script."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
    CHECK_FALSE(flagged("Honestly Rosa is in way over her head with this launch.", RedFlag::skips_ladder));
    for (std::string_view t :
         {"Forwarded the incident summary to Lea's director this morning.",
          "I'll raise it at the exec review if nothing changes.", "Taking it up with his manager tomorrow."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t : {"Zoe asked me to send her manager the cost numbers.",
                               "Our CTO said at the all-hands that reliability comes first."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
    CHECK(flagged("Posting this in #general so everyone sees it: nobody asked the mobile team about the date.",
                  RedFlag::broadcast));
    CHECK_FALSE(flagged("Posting the meeting notes in #payments so everyone can catch up.", RedFlag::broadcast));
    CHECK_FALSE(flagged("Moving this out of #launch so we don't argue it in front of everyone: the date is wrong.",
                        RedFlag::broadcast));
}

TEST_CASE("aesthetic: taste about a thing of taste with no reason given", "[detector][flags]") {
    for (std::string_view t : {"The new icon is honestly kind of ugly.", "I just prefer the old colour scheme.",
                               "Tabs are cleaner.", "In my opinion the sidebar looks dated next to the old layout."}) {
        INFO(t);
        CHECK(motive(t, Reason::aesthetic));
    }
    for (std::string_view t : {"Feels off to me, the timeline assumes the vendor ships in March.",
                               "I prefer spaces, but either is fine as long as the formatter enforces it.",
                               "I personally hate tabs because diffs render them at different widths.",
                               "Not my preference, but I'm fully behind the big-bang launch."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::aesthetic));
    }
}

TEST_CASE("territorial, attachment, new-framework: ownership with a gate, effort with its loss, reluctance",
          "[detector][flags]") {
    CHECK(motive("Nobody outside my team should touch my module.", Reason::territorial));
    CHECK(motive("That's our area, the search team can file a ticket.", Reason::territorial));
    CHECK_FALSE(motive("I would need to change my code to use the new client.", Reason::territorial));

    CHECK(motive("I spent a year on that parser, it would be a shame to throw it away.", Reason::attachment));
    CHECK(motive("We built the scheduler from nothing. Replacing it with a SaaS feels wrong.", Reason::attachment));
    CHECK_FALSE(motive("At my last job we built this in a weekend.", Reason::attachment));
    CHECK_FALSE(motive("I spent an hour on the flaky test and removed the sleep.", Reason::attachment));

    CHECK(motive("I'd have to learn a whole new build tool and honestly I don't want to.", Reason::new_framework));
    CHECK_FALSE(
        motive("Switching to CMake means packagers don't have to learn yet another Makefile.", Reason::new_framework));
}

// Round four (the motives split): constructions rather than phrases, each with a near miss that shares its
// words but not its construction.
TEST_CASE("new-framework: a technology wanted for novelty with no measured problem, or resisted for the learning",
          "[detector][flags]") {
    for (std::string_view t : {"Let's port the CLI to Zig, C feels so 2015 and nobody serious starts there anymore.",
                               "We should migrate the jobs to Nomad. It's where the industry went.",
                               "Rewrite the exporter in Elixir? It's the modern way to do this.",
                               "Pushing back on Flutter: I've never touched Dart and I'm not keen to start."}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
    for (std::string_view t :
         {"Let's port the CLI to Zig: the C build takes 14 minutes and the Zig prototype builds in 40 seconds.",
          "We should migrate the jobs to Nomad, the old scheduler loses 3% of jobs on every deploy.",
          "The Elixir rewrite sounds fun but the estimate is six weeks and we have two.",
          "Modern browsers all support fetch, so the polyfill can go."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::new_framework));
    }
}

TEST_CASE("aesthetic: the writer's own liking, a dressing reason does not excuse it", "[detector][flags]") {
    for (std::string_view t :
         {"I actually prefer the old sidebar because it's easier to scan.", "I now prefer braces on their own line.",
          "The new onboarding colours look cheap. They're also a security concern.",
          "Not really a fan of the new button styles."}) {
        INFO(t);
        CHECK(motive(t, Reason::aesthetic));
    }
    for (std::string_view t :
         {"I like to notify every maintainer before a release of a new version.",
          "As much as I love the hand-drawn icons, the vector set scales on retina screens.",
          "He takes the design changes personally.", "I like the new colours a lot, thanks for the quick turnaround!",
          "The redesign wasn't done for aesthetics: support had 40 tickets about the menu."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::aesthetic));
    }
}

TEST_CASE("territorial and attachment: a gate on the writer, ownership a sentence from its gate, loss regretted",
          "[detector][flags]") {
    CHECK(motive("Please route every change to the ledger through me.", Reason::territorial));
    CHECK(motive("The ingest service is ours. Nobody outside data eng should be merging there.", Reason::territorial));
    CHECK(motive("I'd rather the web team not touch our repo.", Reason::territorial));
    CHECK_FALSE(motive("You can ask me if anything in the runbook is unclear.", Reason::territorial));
    CHECK_FALSE(
        motive("I maintain this project outside my working hours, so replies can be slow.", Reason::territorial));

    CHECK(motive("I designed the current cache myself, it'd be a waste to rip it out.", Reason::attachment));
    CHECK(motive("I built the rules engine. Swapping it for the vendor's feels premature.", Reason::attachment));
    CHECK_FALSE(motive("I wrote the old importer and it's time to retire it, it can't read the new format.",
                       Reason::attachment));
}

TEST_CASE("every red flag and illegitimate reason points at its evidence, never at quoted words", "[detector][flags]") {
    std::string_view const t = "Great, another Friday deploy that breaks login. I'm forwarding this to our CTO.";
    auto const a = analyze(t);
    for (auto f : a.red_flags) {
        INFO(id(f));
        CHECK(std::any_of(a.evidence.begin(), a.evidence.end(), [&](Evidence const& e) {
            return e.flag == f && !e.range.empty() && e.range.end <= t.size();
        }));
    }
    CHECK(a.red_flags.size() == 2);
    auto const q = analyze("Dana wrote: \"the lazy dev never listens\" and I think she meant the vendor.");
    CHECK(q.red_flags.empty());
    CHECK(q.evidence.empty());
    auto const m = analyze("I just prefer the old colour scheme.");
    REQUIRE_FALSE(m.evidence.empty());
    CHECK(m.evidence.front().reason == Reason::aesthetic);
    CHECK(m.evidence.front().range.in("I just prefer the old colour scheme.").find("prefer") != std::string_view::npos);
}

// Flag hints (detector/hints.cpp): the words a flag is made of, where the construction around them is not
// found. They report nothing; the coaching's combiner may stop a draft only for a flag it hints at.
TEST_CASE("flag hints: the words a flag is made of, in the writer's own words only", "[detector][flags]") {
    struct Case {
        std::string_view text;
        RedFlag flag;
    };
    for (auto const& c :
         {Case{"ngl Ramona has zero clue how the cache invalidation works", RedFlag::person_directed},
          Case{"Honestly I don't think our PM is capable of running this launch.", RedFlag::person_directed},
          Case{"Sending the whole thread to the VP tonight.", RedFlag::skips_ladder},
          Case{"<!here> does anyone else think the Q3 plan is fantasy?", RedFlag::broadcast},
          Case{"Thrilled that the scope grew again, truly.", RedFlag::sarcasm}}) {
        INFO(c.text);
        auto const a = analyze(c.text);
        CHECK(a.hinted(c.flag));
        // A hint is not a finding: whatever was or wasn't found, the hint says only that the words are there.
        for (auto f : a.red_flags) CHECK(a.hinted(f));
    }
    // A vague, sincere concern names no person, no one above, no audience and no praise: nothing for a
    // red-flag stop to rest on. (Lexicon words still hint at motives and rungs where they occur: "reporting"
    // is a ladder verb, "feels off" a word of taste; the combiner weighs them with the rest.)
    for (std::string_view t : {"Honestly the new pricing page makes me uneasy. Can't say why yet.",
                               "The reporting rework worries me a bit, something feels off about it.",
                               "Some concerns about the new retry logic at peak load, not sure it holds."}) {
        INFO(t);
        auto const a = analyze(t);
        CHECK_FALSE(a.hinted(RedFlag::person_directed));
        CHECK_FALSE(a.hinted(RedFlag::broadcast));
        CHECK_FALSE(a.hinted(RedFlag::sarcasm));
    }
    CHECK(analyze("Honestly the new pricing page makes me uneasy. Can't say why yet.").flag_hints == 0);
    // Someone else's words hint at nothing of the writer's.
    auto const quoted = analyze("> <!here> is the VP really this clueless?\nNo, the rollout is paused until Monday.");
    CHECK_FALSE(quoted.hinted(RedFlag::broadcast));
    CHECK_FALSE(quoted.hinted(RedFlag::skips_ladder));
    // A legitimate reason is never "hinted" as a motive to stop for.
    CHECK_FALSE(analyze("The estimate ignores the data migration, so 2 weeks is really 5.").hinted(Reason::estimate));
}

// Praise hints at sarcasm only beside something gone wrong or an ironic turn.
TEST_CASE("flag hints: meant praise hints at nothing", "[detector][flags]") {
    for (std::string_view t :
         {"Really nice write-up. For the May cut I'd ship the import first and the sync after.",
          "This is a lovely idea for the next major version; for now I'd keep the scope to the export."}) {
        INFO(t);
        CHECK_FALSE(analyze(t).hinted(RedFlag::sarcasm));
    }
    CHECK(analyze("Fantastic, the release slipped again and nobody told support.").hinted(RedFlag::sarcasm));
    CHECK(analyze("Perfect planning as always, the demo is tomorrow and staging is down.").hinted(RedFlag::sarcasm));
}

// A move told of someone else, or a rule described in the passive, is no skip by the writer; the writer's own
// move still is, after the same words.
TEST_CASE("skips-ladder: someone else's move or a process described is not the writer's skip", "[detector][flags]") {
    for (std::string_view t :
         {"Scope tripled since March, and the CTO already pitched the new date to the board last week.",
          "The VP forwarded the whole thread to the board on Monday without asking any of us.",
          "When a page goes unanswered for an hour it is escalated to the director of the on-call rota.",
          "She took it straight to the VP, and now the whole team is scrambling."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t : {"Scope tripled since March, so I'm taking the new date to the board myself.",
                               "If Mateo won't answer by Friday I'll escalate this to his director."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
}

// "Go above" and "going over" are a move over someone only when they name who: a threshold, a budget or a task
// after them is no rung skipped, and no hint of one for the combiner to stop on.
// Praise for a problem found, or for harm averted, is meant: no sarcasm. Praise on harm done still is.
TEST_CASE("sarcasm: praise for a catch or for harm averted is sincere", "[detector][flags]") {
    for (std::string_view t :
         {"Great catch on the rounding bug in the invoice totals, thanks for flagging it before the run.",
          "Amazing work on the load test, that would have cost us a full day of orders on Black Friday.",
          "Nice find on the leaking file handles, the nightly export nearly fell over because of them."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t : {"Great job breaking the staging deploy again right before the demo.",
                               "Wow, amazing planning, we almost shipped the release without a login page."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("skips-ladder: over or above a number, a budget or a task is no move over anyone", "[detector][flags]") {
    for (std::string_view t :
         {"Agreed, we ship the batch importer Monday; let's revisit if failed rows go above 0.5% in the first week.",
          "I'm going over the migration scripts this afternoon and will post the estimate by five.",
          "Cloud spend went above the quarterly budget in October, so I'd pause the new replicas.",
          "If p95 checkout latency goes above 800 ms after the flag flips, we roll back.",
          "Can we take this to the design review on Tuesday? The accessibility folks will want to see the contrast "
          "numbers."}) {
        INFO(t);
        auto const a = analyze(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
        CHECK_FALSE(a.hinted(RedFlag::skips_ladder));
    }
    for (std::string_view t : {"If Ines keeps stalling I'm going above her on Thursday.",
                               "Fine, I'll go above the product lead and get it signed off myself.",
                               "I went above Teodor to get the vendor approved.",
                               "Since Malik won't budge, I'm taking this to the CTO on Monday."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
}

// A judgment or a type said of a thing, and a removal the writer proposes, are no flag; said of a person, or
// regretted, they still are.
TEST_CASE("flags: a judgment of a thing, a named method and the writer's own removal are no flag",
          "[detector][flags]") {
    CHECK_FALSE(flagged("Nobody uses the legacy exporter except a few folks who think it's useless anyway.",
                        RedFlag::person_directed));
    CHECK(flagged("Honestly Karim is useless at reviewing anything outside his own module.", RedFlag::person_directed));
    CHECK_FALSE(
        flagged("For retries we went with the classic Hamming one, it is well understood.", RedFlag::person_directed));
    CHECK(flagged("Merged without tests and broke staging again. Classic Karim.", RedFlag::person_directed));
    CHECK_FALSE(motive("I built the scheduler myself years ago, but it no longer scales. I'd replace it with Airflow.",
                       Reason::attachment));
    CHECK(motive("I built the scheduler myself years ago and it would be a shame to replace it with Airflow.",
                 Reason::attachment));
}

// The turns irony is made of beside the lexicon's phrases (a mock agreement opening its sentence, a mock
// certainty, a wink), a channel named to post in, and single words of a motive or a rung above.
TEST_CASE("flag hints: a mock agreement, a wink, a channel named and a flag's single words", "[detector][flags]") {
    for (std::string_view t : {"Sure, let's migrate billing the week of the audit. Nothing could go sideways there.",
                               "Ah yes, another dashboard, exactly what support was asking for.",
                               "we'll redo onboarding in a weekend, no problem :)",
                               "a fourth rewrite of the importer will surely fix the data quality 🙃"}) {
        INFO(t);
        CHECK(analyze(t).hinted(RedFlag::sarcasm));
    }
    CHECK(analyze("Dropping this in #eng-all so all 40 of us see what the roadmap cut.").hinted(RedFlag::broadcast));
    CHECK(analyze("Studying a whole new queue system right now is too much for me, I'd stay with cron.")
              .hinted(Reason::new_framework));
    CHECK(analyze("That service is part of who we are, its identity, and dropping it would feel like losing a friend.")
              .hinted(Reason::attachment));
    CHECK(analyze("Le escribí al jefe de producto directamente porque nadie contesta.").hinted(RedFlag::skips_ladder));
    // Near misses: a sincere "sure" inside a sentence, "not sure", an issue number, a word inside another word,
    // someone else's quoted "Sure, ...".
    for (std::string_view t : {"I'm not sure the cache holds at peak, can we load test it first?",
                               "Happy to help, and sure enough the retry fix landed on Monday.",
                               "This is the bug from #4211, the export drops the header row.",
                               "> Sure, let's do it by Friday\nFriday works if the export ships without PDF."}) {
        INFO(t);
        auto const a = analyze(t);
        CHECK_FALSE(a.hinted(RedFlag::sarcasm));
        CHECK_FALSE(a.hinted(RedFlag::broadcast));
    }
    CHECK_FALSE(analyze("The studyguide links and the identityserver config both moved to the wiki.")
                    .hinted(Reason::new_framework));
    CHECK_FALSE(analyze("The identityserver config moved to the wiki.").hinted(Reason::attachment));
}

// Issue 12/13, the flags10 round: red flags and motives by the clause's shape (coaching dev10, real lines
// 2196-2273 of real/dev.jsonl), tested on wordings in none of the data files, each with a plain twin.
TEST_CASE("red flags by clause: a person or a role judged, bypassed, mocked or put before everyone",
          "[detector][flags]") {
    // A person or a role as the subject of a verdict, a habit, a motive; their faculties held up.
    for (std::string_view t :
         {"Our release manager is simply not competent to run the freeze.", "Ilse is a careless, dishonest reviewer.",
          "Marketing can't be bothered to read the capacity plan.", "Tariq never once tested the rollback himself.",
          "Does the architect not understand what a foreign key is?", "The problem isn't the schema, it's Bogdan.",
          "Her arrogance is why the migration stalled.", "are you stupid?", "He keeps overriding our estimates.",
          "Please stop trolling the release thread.", "Finance only cares about the quarter-end number."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"Our release manager is on leave until the freeze.", "Ilse is a careful reviewer, she found the race.",
          "Marketing asked for the capacity plan by Friday.", "Tariq never got the invite to the rollback drill.",
          "Does the architect know the foreign key is missing?", "The problem is the schema, not the queries.",
          "The sanity check on the import fails for Bogdan's file.", "The service keeps failing health checks.",
          "Stop the deploy before the 14:00 window.", "Finance only needs the quarter-end number."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
    // A move past the person: any chief officer, a head named in another language, a bypass said outright.
    for (std::string_view t :
         {"Taking the vendor contract to the CPO tomorrow, not to procurement.",
          "Mandé un email al gerente de ingeniería sobre el plan de Lucía.",
          "Booked a call with the head of data so he can veto it before Anouk even shares the doc.",
          "Raising the quota change at the leadership sync, no point in going through the PM first."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t : {"The ticket was escalated to P1 and the database vendor is on the bridge.",
                               "Anouk and I agreed to take both designs to the head of data together on Monday.",
                               "Pinged the CPO's assistant for the room booking."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
    // Praise on an imposition, a verdict alone, praise right after harm.
    for (std::string_view t : {"Thanks a lot for the last-minute scope at 11pm, just what the sprint needed.",
                               "Oh, a schema change during the sale. Daring. Truly daring.",
                               "The dashboard crashed again? Wonderful, I missed the pager.",
                               "My favorite part is the 'quick' migration that ate the weekend."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t :
         {"Thanks a lot for the heads-up, just what I needed to plan the sprint.", "Brilliant. Thanks for fixing it.",
          "The dashboard was slow? Wonderful news that it's fixed now.", "My favorite part is the new search."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
    // Everyone as the audience of a disagreement; a hand-written @here inside a sentence is a topic.
    CHECK(flagged("I'll post my objections to the pricing change where the entire company can see them.",
                  RedFlag::broadcast));
    CHECK(flagged("<!channel> nobody in QA signed off on this date.", RedFlag::broadcast));
    CHECK_FALSE(
        flagged("Should the bot use @channel or a DM for this alert? I think a DM is less noisy.", RedFlag::broadcast));
    CHECK_FALSE(flagged("The entire company can see the roadmap page now, thanks to Wen.", RedFlag::broadcast));
}

TEST_CASE("motives by clause: novelty, territory, a simile is no liking", "[detector][flags]") {
    CHECK(
        motive("Let's rebuild the billing UI in Solid, it's the future and React feels dated.", Reason::new_framework));
    CHECK(
        motive("We should port the CLI to Gleam, would be so cool to be the first team on it.", Reason::new_framework));
    CHECK_FALSE(
        motive("Let's port the CLI to Go: the Python one takes 4 s to start on every call.", Reason::new_framework));
    CHECK(
        motive("The ledger is my team's code. I'm not okay with other squads opening PRs there.", Reason::territorial));
    CHECK(motive("Who decided that search owns the ranking config? That's relevance team territory.",
                 Reason::territorial));
    CHECK_FALSE(
        motive("The ledger is my team's code, so I'll review the squads' PRs there today.", Reason::territorial));
    CHECK_FALSE(motive("I feel like the new onboarding flow won't work for admins.", Reason::aesthetic));
}

// Constructions added with the coaching dev12 split, tested on wordings in none of the corpora: each with near
// misses that share its words and must stay clean.
TEST_CASE("red flags by construction: understanding, trust and motive denied a person, a list's later predicate",
          "[detector][flags]") {
    for (std::string_view t :
         {"Honestly Rohan doesn't seem to understand how queues work.",
          "The new PM doesn't know how to read a burndown chart.",
          "Our director cares more about the quarterly slide than about the pager load.",
          "Your tech lead seems more interested in conference talks than in the outage list.",
          "After the demo I can't trust her with the launch plan.", "Whenever Dmitri gets involved the schedule slips.",
          "She is basically a glorified secretary for the sales team.",
          "PMs who have no idea what a migration costs keep setting these dates.",
          "Femi simply doesn't read the incident reports.", "The data team did not want to help with the backfill.",
          "This call is way above Tomas's pay grade.",
          "He rewrote my tests without asking, gets defensive about every review comment.",
          "You have shown yourself to not be competent with the release tooling."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"Rohan doesn't know about the rate limit yet, I'll tell him today.",
          "The vendor doesn't understand our volume: 40k events a second.",
          "You don't know how much this fix helped us, thank you!", "I trust her judgment on the pricing page.",
          "Every time we deploy on a Friday the cache hit rate gets worse.",
          "She is a senior engineer on the payments team.", "Our team did not want to ship without the load test.",
          "The build is above the size limit for the app store.",
          "I'll alert you if hold times go outside the company metrics."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("red flags by construction: told afterwards, left out, a pronoun for the boss, a crowd, delight foretold",
          "[detector][flags]") {
    for (std::string_view t :
         {"The deck is already with senior management. I'll let Jonas know later.",
          "Pitched the offline mode to the head of product at lunch. Not running it past Amara this time.",
          "I have your director's email, and if the spec changes again I'll cc her on every thread."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t : {"Could you loop in your manager on the hiring question? It's her call.",
                               "Nobody should merge into the billing repo without going through us first.",
                               "The VP asked for the risk register, so I sent her the latest version.",
                               "Skipping the retro this week, the release is at 3.",
                               "I'll let Jonas know later whether the deck is ready."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
    CHECK(flagged("Replying all so the whole department sees it: I disagree with dropping the audit log.",
                  RedFlag::broadcast));
    CHECK_FALSE(flagged("Replying all with the room for tomorrow's planning: 4.12.", RedFlag::broadcast));
    for (std::string_view t : {"Wow, the billing migration on New Year's Eve. Brave choice.",
                               "Kudos to whoever scheduled the freeze during the sale. Bold move.",
                               "The export crashed on the first of the month. Finance is going to love that.",
                               "Very nice, the staging cluster is down again.",
                               "Oh, just a schema change, three services, a data backfill and the docs. Easy."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t :
         {"The export crash is fixed. Finance is going to love that.",
          "Customers are going to love this: search is twice as fast.", "Oh, that's just the feature flag. Easy.",
          "Very nice work on the canary, it caught the leak.", "Congrats to the team on the launch. Brilliant."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("motives by construction: the writer's way as the measure, exclusivity, enjoyment, taste",
          "[detector][flags]") {
    CHECK(motive("The design I proposed is the correct one, let's not waste a sprint comparing.", Reason::my_way));
    CHECK(motive("Leave the parser as I like it, please.", Reason::my_way));
    CHECK(motive("I have 15 years of payments experience. We don't need a spike for this.", Reason::my_way));
    CHECK_FALSE(
        motive("I have 15 years of payments experience and I'd still like a spike: the card network rules "
               "changed in May.",
               Reason::my_way));
    CHECK_FALSE(motive("The design I proposed has a flaw: it double-counts refunds.", Reason::my_way));
    CHECK(motive("I'd prefer no one else touches the pricing engine.", Reason::territorial));
    CHECK_FALSE(motive("I'd rather nobody else has to learn the old build, so I'll write the migration guide.",
                       Reason::territorial));
    CHECK(motive("Let's rewrite the scheduler in Elixir, it would be fun to build.", Reason::new_framework));
    CHECK(motive("The new icons are too playful for my taste, can we hold them?", Reason::aesthetic));
}

// Issue 13, the stops18 round (coaching dev14-17): a person hint is a judgment said of a person, not a person
// mentioned; blame, a person singled out for harm and people mistreated are person-directed by grammar; possession
// with exclusion, certainty in place of evidence and a matter raised at a forum everyone attends are motives and a
// broadcast. Wordings in none of the data files, each with near misses.
TEST_CASE("flag hints: a person judged hints, a person mentioned does not", "[detector][flags]") {
    for (std::string_view t : {"They want the export by the 14th, and the template is ready.",
                               "Can you walk me through how the retry budget is set?",
                               "Although your notes are thorough, the rollout plan still misses the cache warmup.",
                               "Mina shipped the importer on Monday; the next step is the dry run.",
                               "Heads up: the PM needs the sizing for the ledger work by Thursday."}) {
        INFO(t);
        CHECK_FALSE(analyze(t).hinted(RedFlag::person_directed));
    }
    for (std::string_view t :
         {"Omar never reads the runbook before paging us.",
          "Your summary selectively drops the outage numbers from March.",
          "It's Priya's call, and it's Priya's fault the cutover slipped.",
          "you're the one who moved the launch date twice", "I doubt the PM is capable of scoping this alone."}) {
        INFO(t);
        CHECK(analyze(t).hinted(RedFlag::person_directed));
    }
}

TEST_CASE("person-directed by grammar: blame, a person singled out for harm, people mistreated", "[detector][flags]") {
    for (std::string_view t :
         {"Honestly the outage last night was Tomasz's fault.", "The PM is to blame for the mess in the sprint board.",
          "you're the one who broke the release train by merging late",
          "<@U0XY12> ignoring the support team for two weeks is why the queue exploded.",
          "He keeps belittling the juniors in code review."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"Not your fault, the cache config was wrong.", "It's nobody's fault, the vendor changed the API overnight.",
          "My fault, I pushed the wrong tag to prod.",
          "you're the one who knows the ledger code best, could you review the diff?",
          "The new spam filter is silencing users who post links.",
          "We're ignoring users on Android 8 for this release.",
          "Do you plan to keep breaking the v1 API after 2.0 ships?"}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
    // The same habit held against a person still is one.
    CHECK(flagged("Kai keeps breaking the v1 API.", RedFlag::person_directed));
}

TEST_CASE("motives and a broadcast by construction: possession with exclusion, certainty for evidence, a forum",
          "[detector][flags]") {
    CHECK(motive("no. those are my dashboards, finance can make their own", Reason::territorial));
    CHECK(motive("It's my scheduler and every change to it goes through me.", Reason::territorial));
    CHECK_FALSE(motive("those are my dashboards, I'll move them to the new workspace this week", Reason::territorial));
    CHECK_FALSE(motive("My team's pipelines run nightly, the backfill can use the same slot.", Reason::territorial));
    CHECK_FALSE(motive("it's my scheduler and I know its quirks, happy to pair on the change", Reason::territorial));

    CHECK(motive("I have no data on it, but I just know the actor model is the right design.", Reason::my_way));
    CHECK(motive("The sharding plan is mine and it's clearly the better one.", Reason::my_way));
    CHECK_FALSE(motive("The sharding plan is mine and it's clearly the better one.", Reason::territorial));
    CHECK(motive("We'll use my event model. I know it's the better one, no need for a spike.", Reason::my_way));
    CHECK_FALSE(motive("We'll use my event model: the spike showed 3x fewer joins than the table-per-type one.",
                       Reason::my_way));
    CHECK_FALSE(motive("I know it's better to ask Dana before we pick a queue.", Reason::my_way));
    CHECK_FALSE(motive("I don't have numbers yet, so let's benchmark both queues first.", Reason::my_way));
    CHECK_FALSE(
        motive("It's obviously the right call given the 40% error rate we measured on the old path.", Reason::my_way));

    CHECK(flagged("I'm planning to raise the pricing cut at the town hall on Thursday, in front of the whole company.",
                  RedFlag::broadcast));
    CHECK(flagged("Going to ask about the hiring freeze at the all-hands Q&A.", RedFlag::broadcast));
    CHECK_FALSE(flagged("Going to ask about the hiring freeze at the all-hands Q&A.", RedFlag::skips_ladder));
    CHECK_FALSE(flagged("The town hall moved to Thursday, questions go in the form.", RedFlag::broadcast));
    CHECK_FALSE(flagged("Our VP said at the all-hands that uptime comes first, so I'd move dark mode to Q4.",
                        RedFlag::broadcast));
    CHECK_FALSE(flagged("Let's sync before the all-hands prep meeting so I can ask questions.", RedFlag::broadcast));

    CHECK(flagged("I'm going to ask the VP to cancel the migration.", RedFlag::skips_ladder));
    CHECK_FALSE(flagged("Per our 1:1, you'll bring the latency numbers to the leadership review on Monday.",
                        RedFlag::skips_ladder));
}

TEST_CASE("aesthetic: a preference explained after a colon or in the next sentence is reasoned", "[detector][flags]") {
    CHECK_FALSE(motive("I prefer the old dashboard. It loaded in half the time and didn't hide the filters.",
                       Reason::aesthetic));
    CHECK_FALSE(motive("I prefer the old palette: the new one has 14 shades and it fails the contrast checks.",
                       Reason::aesthetic));
    CHECK(motive("I prefer the old dashboard. It just looked nicer.", Reason::aesthetic));
    CHECK(motive("I prefer the old icons, they look cleaner. They're also easier to localise.", Reason::aesthetic));
}

TEST_CASE("aesthetic and sarcasm by construction: taste beside function, acclaim with an intensifier",
          "[detector][flags]") {
    CHECK_FALSE(motive("The new settings page is more complicated and cluttered than the old one.", Reason::aesthetic));
    CHECK(motive("The new settings page is cluttered and ugly.", Reason::aesthetic));
    for (std::string_view t : {"Bruno never tests his migrations and then blames the DBA. Great engineer.",
                               "three reorgs in one quarter, truly a masterpiece of planning",
                               "such a triumph, the third outage this week"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t : {"Thanks all, truly a masterclass in incident handling.",
                               "Her talk was a masterclass in API design, worth watching before the review.",
                               "Bruno tested the migration twice on staging. Great engineer."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("attachment: the writer's effort given as the reason to keep the thing", "[detector][flags]") {
    CHECK(motive("Could we keep it as a single module? I've put a lot of effort into how it fits together.",
                 Reason::attachment));
    CHECK_FALSE(motive("I put a lot of effort into the test plan; keep in mind it needs a rerun after the merge.",
                       Reason::attachment));
    CHECK_FALSE(motive("I spent a week on the load test, and we should keep an eye on p99 after the cutover.",
                       Reason::attachment));
    // The PM's pressure on the reader judges no one: no person hint.
    CHECK_FALSE(analyze("You're so good at this that you'll be able to get it done by Friday.")
                    .hinted(RedFlag::person_directed));
}

TEST_CASE(
    "sarcasm and person-directed by construction: thanks for a badly timed imposition, counterfactual blame, "
    "competence questioned",
    "[detector][flags]") {
    for (std::string_view t :
         {"Appreciate you moving the launch checklist on us two hours before the release, really helpful.",
          "Thank you for dropping a new payments flow on the team at 6pm on a Friday, lovely."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t : {"Thanks for adding the retry flag before the freeze, that unblocked the release.",
                               "Thanks for fixing the flaky test the night before the demo, you saved us."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t :
         {"If design ever tested on a real phone we wouldn't be redoing the checkout every sprint.",
          "if Marco just read the runbook we would not be paging the whole team at 3am",
          "Are they even competent to run the incident review?",
          "Honestly, is Priya remotely qualified to own the data model?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"If the API stays under 200ms we wouldn't need the cache at all.",
                               "Is the new queue even capable of ordered delivery?",
                               "We're not qualified to judge the legal side, can we ask counsel?",
                               "We're doing something else wrong in the retry loop, the backoff never resets."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
        CHECK_FALSE(analyze(t).hinted(RedFlag::person_directed));
    }
}

TEST_CASE("motives by construction: dated with an intensifier, taste denied as the writer's, the discussion closed",
          "[detector][flags]") {
    CHECK(motive("Let's port the CLI to Zig, Go looks really old at this point.", Reason::new_framework));
    CHECK_FALSE(motive("Let's keep Go for the CLI, it's old but the team knows it and the binaries are tiny.",
                       Reason::new_framework));
    CHECK(motive("The new icons aren't really my taste, can we try rounder ones?", Reason::aesthetic));
    CHECK(motive("We're shipping it the way I told you, end of story.", Reason::my_way));
    CHECK_FALSE(
        motive("As I said on Monday, the cutover needs a rollback plan; can we review it tomorrow?", Reason::my_way));
    // A reason after a semicolon, with a count, is a reason; "look at" examines, it does not judge looks.
    CHECK_FALSE(
        motive("I'm not a big fan of a second settings page; support already gets 30 tickets a week about "
               "the first one.",
               Reason::aesthetic));
    CHECK_FALSE(motive("Could someone look at the export page? It feels slow on large accounts.", Reason::aesthetic));
    // Refusing a rewrite hints at no new framework.
    CHECK_FALSE(
        analyze("I don't want to migrate the billing DB now; it's stable and the change fits in the current schema.")
            .hinted(Reason::new_framework));
}

// A person as the cause of a harm, their competence denied outright, trust denied to them or to what is theirs.
// The same shapes said of a thing, a technology or the writer's own limit are no flag.
TEST_CASE("person-directed: the cause of a harm, competence and trust denied a person", "[detector][flags]") {
    for (std::string_view t :
         {"Honestly Wren is the reason the migration slipped again.",
          "Between us, she's why the beta is two weeks behind.", "Don't bother asking him, he can't debug anything.",
          "Nobody should believe Ottilie's estimates at this point.", "I'd never trust her load-test results."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"The vendor API is the reason the migration slipped.", "Postgres is the reason checkout was down on Sunday.",
          "Honestly Wren is the reason the migration shipped on time.",
          "I can't estimate anything until the schema is final.",
          "Nobody should trust the staging latency numbers, the cache was cold."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

// The motives20 round: each motive and the ladder read from a clause's grammar, on wordings in none of the dev files,
// with the near misses each must leave alone (a legitimate reason, effort as a cost, a measure judged, a move agreed).
TEST_CASE("attachment by construction: effort or pride said by the clause, with the thing's loss refused",
          "[detector][flags]") {
    for (std::string_view t :
         {"I burned most of my evenings last winter on the diffing engine, so swapping it for a library stings.",
          "We invested a year in the homegrown queue. I'm not dumping it for SQS.",
          "The theming system is basically my brainchild; please don't rip it out.",
          "It took us ages to get the sync right, and now we're replacing it?"}) {
        INFO(t);
        CHECK(motive(t, Reason::attachment));
    }
    for (std::string_view t :
         {"It took us three weeks to build the sync, so a rewrite would be about six.",
          "I invested a year in the homegrown queue and know its failure modes; happy to pair on the SQS move.",
          "I'm not dumping the homegrown queue: it handles exactly-once delivery and SQS FIFO caps us at 300 msgs/s.",
          "I wrote the sync client, but 12 customers still rely on it weekly, so can we keep it until they migrate?"}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::attachment));
    }
    // Kept from others rather than from loss: a territory.
    CHECK(motive("Please don't let the growth team refactor the importer, it's my code and they'll just mess it up.",
                 Reason::territorial));
}

TEST_CASE("my-way by construction: a justification refused, the writer's record or word in place of a reason",
          "[detector][flags]") {
    for (std::string_view t : {"Mine's the cleaner option and honestly I'm not going to explain it again.",
                               "I've been building APIs for twenty years; I know what works here.",
                               "As the lead on this, I decide how the cache is keyed.",
                               "Take my word for it, the sharded layout is fine."}) {
        INFO(t);
        CHECK(motive(t, Reason::my_way));
    }
    for (std::string_view t : {"I've been building APIs for twenty years, and every time we versioned in the path, "
                               "clients broke on upgrade.",
                               "I'll explain the cache keys in the design doc tomorrow.",
                               "I'm not going to explain the outage again, the postmortem is linked in the channel."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::my_way));
    }
}

TEST_CASE("new-framework by construction: familiarity, fashion and a wish to learn as a tool's reason",
          "[detector][flags]") {
    for (std::string_view t :
         {"Let's stay on Maven because it's what I know best.",
          "We should build the mobile client in Kotlin Multiplatform; everybody is switching to it.",
          "I'd love to learn Gleam, so let's write the notifier in it."}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
    // The reason is familiarity, so "I know best" names no way of the writer's.
    CHECK_FALSE(motive("Let's stay on Maven because it's what I know best.", Reason::my_way));
    for (std::string_view t : {"Let's stay on Maven because the release plugin we depend on has no Gradle port.",
                               "Everyone on support uses the macro editor daily, so please don't remove it.",
                               "I'd love to learn more about how billing retries work before we touch them."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::new_framework));
    }
}

TEST_CASE("aesthetic by construction: a look judged with a word of taste, age said of how a thing looks",
          "[detector][flags]") {
    for (std::string_view t : {"Honestly the new onboarding screens look tacky.",
                               "The purple banner looks way too loud to me, tone it down.",
                               "The checkout page looks cramped now, put the old spacing back."}) {
        INFO(t);
        CHECK(motive(t, Reason::aesthetic));
    }
    for (std::string_view t : {"Error rates look worse since Tuesday's deploy, p95 went from 180ms to 420ms.",
                               "A few of these totals look off to me, can you rerun the export?",
                               "The dashboard header looks cramped on 1366px screens and hides the date filter."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::aesthetic));
    }
    // How the charts look is taste; the age of a technology is novelty.
    CHECK(motive("Replace the graph widget, the current plots look so 2015 to me.", Reason::aesthetic));
    CHECK(motive("Let's move the admin app off Angular, Angular looks so 2015 now.", Reason::new_framework));
}

TEST_CASE("skips-ladder by construction: someone above made to act, a move before the person is told",
          "[detector][flags]") {
    for (std::string_view t :
         {"I've asked Bruno's manager to stop the rollout.",
          "Getting the VP of Sales to overrule her on the pricing page.", "I had the CTO tell Ines to drop the widget.",
          "Going to message her director directly about the launch slip.",
          "Sending a quick note to our director before I bring it up with Tove."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t : {"Tove and I agreed in our 1:1 to raise it with her director together.",
                               "I've asked Bruno's manager to review the rollout plan when she's back.",
                               "Going to message the vendor's support directly about the outage.",
                               "I wrote the runbook for the on-call rotation last week."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

TEST_CASE(
    "motives by construction, second pass: at ease with a tool, fashion as the cause, a record since a year, "
    "hands kept off, a dislike, someone above got involved",
    "[detector][flags]") {
    CHECK(
        motive("Can we go with Remix for the docs site? It's what everybody's on these days.", Reason::new_framework));
    CHECK(motive("Let's keep Ansible for provisioning, I'm much more comfortable with it.", Reason::new_framework));
    CHECK_FALSE(
        motive("Everyone's on call this weekend, so let's hold the deploy until Monday.", Reason::new_framework));
    CHECK(motive("The analytics folks should keep their hands off the ingestion DAGs.", Reason::territorial));
    CHECK(motive("Nobody except our squad pushes to the ledger service.", Reason::territorial));
    CHECK(motive("I've been running databases since 2008, so the schema stays the way I laid it out.", Reason::my_way));
    CHECK(motive("Honestly I don't like the new tab bar, can we put the old one back?", Reason::aesthetic));
    CHECK_FALSE(
        motive("I don't like that the tab bar hides the search field on Android, can we move it?", Reason::aesthetic));
    // A particular in digits is the reason; the week the benchmark took is no attachment.
    CHECK_FALSE(
        motive("I spent a week on the benchmark and our client beat the SDK on 4 of 6 workloads, so I'd keep it.",
               Reason::attachment));
    CHECK(flagged("Let's get Marek's director involved so the launch gets moved.", RedFlag::skips_ladder));
}

// A motive the writer names only to reject it, or taste conceded before what counts, drives nothing: "X because it's
// trendy won't fix Y" argues against novelty; "it's ugly, but it's fast" keeps the thing for a reason.
TEST_CASE("a motive rejected or taste conceded is not the writer's reason", "[detector][flags]") {
    for (std::string_view t :
         {"Switching the queue to NATS because it's fashionable won't fix the backlog; the consumers are the "
          "bottleneck.",
          "Rewriting it in Rust because it's trendy isn't a plan. The crashes come from the image decoder."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::new_framework));
    }
    CHECK_FALSE(motive("The admin screens are ugly, but they're fast and nobody has complained.", Reason::aesthetic));
    // Near misses: novelty proposed, taste as the whole case, taste conceded to more taste.
    CHECK(motive("Let's move the queue to NATS, it's the trendy choice.", Reason::new_framework));
    CHECK(motive("The admin screens are ugly, let's redo them.", Reason::aesthetic));
    CHECK(motive("The admin screens are ugly, but also dated.", Reason::aesthetic));
}

// Sarcasm by construction on wordings no dev file holds: liking said of a complaint's facts, a fit claimed for a
// burden, a plan's own claim held up in scare quotes and contradicted, congratulations on a failure. Each has its
// sincere twin: the same opening on good news, a fit with no burden, a word named rather than held up, a cheer for a
// thing delivered.
TEST_CASE("sarcasm by construction: mock liking, a mock fit, a claim in scare quotes, congratulations on a failure",
          "[detector][flags]") {
    for (std::string_view t :
         {"Love how the expense form now takes seven screens to file one taxi receipt.",
          "Adore that the staging deploy runs 35 minutes since the new pipeline.",
          "Gotta love how the reporting page looks like a 2004 intranet again.",
          "Really loving that the mobile build is slower than it was in March.",
          "Yes, let's rename every table during the audit, exactly what the data team was hoping for.",
          "Perfect, one more approval step on Fridays, just what the release captains need.",
          "Sure, move the cache to a new vendor, because last month's outage wasn't exciting enough.",
          "Attached is the 'frozen' scope, third edition since the kickoff.",
          "Our 'one-time' data fix just ran for the fourth week in a row.",
          "Kudos to the web squad, checkout broke twice during the sale.",
          "Big win \xF0\x9F\x8E\x89 the partner launch slipped to Q3."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t :
         {"Love how the expense form takes two screens now, filing a receipt is quick.",
          "Adore that the staging deploy finishes in under five minutes since the new pipeline.",
          "Really loving that the mobile build is faster than it was in March.",
          "The new index is exactly what the data team needs for the audit queries.",
          "Yes, one more approval step for schema changes works, the release captains asked for it.",
          "The ticket is labelled 'frozen' in Jira, can someone move it back to 'ready'?",
          "Kudos to the web squad, zero failed payments during the sale.",
          "Big win \xF0\x9F\x8E\x89 the partner launch shipped on time.",
          "> Love how the export now takes nine steps.\nYes, I'll cut it to two this sprint."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

// A broadcast is the writer's act of publishing a grievance to many, not a channel or a list where something happens.
TEST_CASE("broadcast by construction: the writer publishing a grievance to many", "[detector][flags]") {
    for (std::string_view t :
         {"I'm dropping this in the company-wide channel since nobody on the roadmap call is listening.",
          "Forwarding this to the entire product org because the on-call load is still ignored.",
          "cc'ing every engineering manager here: the freeze date is not realistic and keeps getting ignored.",
          "Going to post this in #eng-all, the infra backlog keeps getting ignored."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::broadcast));
    }
    for (std::string_view t : {"The nightly report posts to #eng-all at 6am.",
                               "I'll share the capacity numbers with the storage team on Thursday.",
                               "Forwarding the postmortem to the whole org as agreed in the review.",
                               "Can you cc the entire department on the holiday rota?",
                               "The company-wide channel is where the office closures are announced."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::broadcast));
    }
}

// Liking said of a thing judged bad is mock liking; said of a thing judged good, or of a judgment denied, it is meant.
TEST_CASE("sarcasm by construction: liking said of a judgment", "[detector][flags]") {
    CHECK(flagged("Love how the new billing export is so convoluted.", RedFlag::sarcasm));
    CHECK(flagged("Adore how bloated the onboarding checklist got this quarter.", RedFlag::sarcasm));
    CHECK_FALSE(flagged("Love how tidy the new billing export is.", RedFlag::sarcasm));
    CHECK_FALSE(flagged("I love how short the onboarding checklist is, not bloated at all.", RedFlag::sarcasm));
}

TEST_CASE("person-directed by construction: dealings judged futile, assent betrayed, a group kept away as unfit",
          "[detector][flags]") {
    for (std::string_view t :
         {"Honestly, arguing with Tomasz about the schema is pointless, he digs in every time.",
          "Collaborating with the infra team has been a nightmare since spring.",
          "It's a waste of breath explaining the retry budget to product.",
          "Renata is impossible to reason with once she has a date in her head.",
          "Waiting on the mobile team is getting us nowhere, they never answer.",
          "He nods along in planning and then ships whatever he wants.",
          "Our PM promises every customer a custom build and delivers nothing.",
          "Pavel agreed to the freeze on Tuesday and then did the opposite.",
          "Please keep the contractors off the payments schema, they'll wreck it again.",
          "We shouldn't let the juniors anywhere near the migration scripts. They will screw it up.",
          "Design should stay out of the API naming, they always break something.",
          "Every sprint she commits to the tickets and then finishes none of them.",
          "He says yes to everything and follows through on nothing.",
          "Dealing with legal on this has been exhausting, they sit on every contract for a month.",
          "Whatever you do, don't give the offshore team access to prod, they will nuke the database."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    // A step, a thing or a forum judged; news of what someone did; a group kept out for a reason, or a thing.
    for (std::string_view t :
         {"Talking to Ines before the planning meeting is a good idea, she knows the billing code.",
          "Working with the data team has been great, the export landed early.",
          "Waiting on CI is pointless, let's run the suite locally and merge.",
          "The importer is impossible to test without the staging fixtures.",
          "There is no point chasing Lucia in the doc anymore, I will ask her in the sync.",
          "Ravi agreed to the freeze and then did the rollback himself on Friday, thanks Ravi.",
          "She reviewed the PR and changed nothing, it was already fine.",
          "The new flag changes nothing for existing tenants and ships on Monday.",
          "Keep the interns away from prod until their access training is done.",
          "Don't let the cache near the hot path, it will break under load.",
          "Keep customers out of the beta until it's stable.",
          "Please keep the load tests away from the shared staging DB, they'll break the demo data.",
          "Nadia agreed to cut the export and then did the migration first, which was the right call.",
          "Working with the vendor's SDK is painful, the docs are two versions behind."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE(
    "person-directed by construction: a likeness to a child, a rule of blame, the basics before asking, a name "
    "held up to the audience, a role praised in irony",
    "[detector][flags]") {
    for (std::string_view t : {"Greta handles incidents like a kid who lost her balloon.",
                               "Our director has the patience of a toddler and the focus of a goldfish.",
                               "You keep reopening closed tickets. That's what a bored toddler does.",
                               "That's what you get when marketing writes the acceptance criteria.",
                               "This is exactly what happens when you let sales set the launch dates.",
                               "Perhaps check the runbook before paging the whole rota at 3am.",
                               "Next time maybe search the wiki before filing another P1 about the VPN.",
                               "I want the whole team to see who signed off on skipping the pen test.",
                               "Everyone deserves to know who decided to ship without the rollback plan."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    auto const ironic = "Anton moved the launch without asking anyone and then blamed QA. What a leader.";
    CHECK(flagged(ironic, RedFlag::person_directed));
    CHECK(flagged(ironic, RedFlag::sarcasm));
    for (std::string_view t : {"Explain it to me like I'm a five-year-old: why does the queue need a lock?",
                               "The onboarding should be simple enough that a child could finish it.",
                               "The scheduler behaves like a toddler when the clock skews, it retries forever.",
                               "This is what happens when the cache expires during a deploy, so let's warm it first.",
                               "Please read the migration notes before the sync on Thursday.",
                               "Maybe check the dashboard before deploying, the error rate is up.",
                               "Do you know who approved the vendor contract? I need the SLA appendix.",
                               "We should remember who owns the export when we plan Q3.",
                               "We should know who signed the contract before we call the vendor.",
                               "That's what happens when two cron jobs write the same file.",
                               "The retry loop acts like a toddler, it screams until someone answers.",
                               "Great PM support this quarter, thanks for unblocking the vendor contract."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE(
    "a capitalised word is a person's name only when it can be: no acronym, day, technology, thing after a "
    "determiner, nor the writer",
    "[detector][flags]") {
    for (std::string_view t : {"Monday is hopeless for the cutover, half the team is out.",
                               "Terraform keeps ignoring the drift in the staging account, so the plan lies to us.",
                               "Honestly the Checkout service is useless without the retry flag.",
                               "Since last week SSO keeps breaking the onboarding flow for new tenants.",
                               "Right now CI never finishes under twenty minutes, which blocks the hotfix.",
                               "On top of that, the Billing API never bothers to return a useful error.",
                               "Our Q3 plan is hopeless and V2 never once passed the load test.",
                               "Either way, Redis is out of its depth at this write volume.",
                               "I looked again and SAML refuses to accept the new certificate.",
                               "I'm useless at CSS, can someone pair with me on the grid?"}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
    // Self-criticism hints at no judged person either.
    CHECK_FALSE(analyze("I'm terrible at estimating, I keep missing the sprint.").hinted(RedFlag::person_directed));
    for (std::string_view t : {"Honestly Ines is useless at estimating and she never listens.",
                               "The real problem is that Bruno keeps overriding the estimate field.",
                               "Since the offsite, Wen never bothers to return a review before Friday.",
                               "Sorry but our PO does not understand anything about databases, he never reads."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
}

// "so much for X" after a setback is a jab at the plan; the same words inside thanks are gratitude.
TEST_CASE("'so much for' after a setback is sarcasm, inside thanks it is not", "[detector][flags]") {
    CHECK(flagged("The vendor pushed the SDK again, so much for the April launch.", RedFlag::sarcasm));
    CHECK_FALSE(flagged("Thanks, so much for jumping on the SDK upgrade this week!", RedFlag::sarcasm));
    CHECK_FALSE(flagged("Thank you so much for the quick review on the SDK.", RedFlag::sarcasm));
}

// Competence denied under a mock condition is aimed at the person; a condition on the work is a dependency.
TEST_CASE("'couldn't X if it bit him' is person-directed, 'can't X if the API isn't ready' is not",
          "[detector][flags]") {
    CHECK(flagged("Honestly the new PM couldn't spot a scope problem if it bit him.", RedFlag::person_directed));
    CHECK(flagged("Rafa couldn't write a migration if his life depended on it.", RedFlag::person_directed));
    CHECK_FALSE(flagged("Rafa can't write the migration if the schema isn't frozen.", RedFlag::person_directed));
    CHECK_FALSE(flagged("The importer bit us twice last month; I couldn't fix it if the vendor won't share logs.",
                        RedFlag::person_directed));
}

// Approval denied to a look ("the icons don't look great") is taste when said alone of a thing of looks; an outlook
// ("the error budget doesn't look good") or a look with what is wrong after it is not.
TEST_CASE("a look denied approval is taste only of a thing of looks, said alone", "[detector][flags]") {
    CHECK(motive("Honestly the new onboarding icons don't look great.", Reason::aesthetic));
    CHECK(motive("Reverting the theme tweak: it doesn't look very good.", Reason::aesthetic));
    CHECK_FALSE(motive("Hmm, the error budget doesn't look good this week.", Reason::aesthetic));
    CHECK_FALSE(motive("The new layout doesn't look right on tablets: the filters hide the table.", Reason::aesthetic));
}

// "as usual" is a jab beside a complaint and a habit elsewhere.
TEST_CASE("'as usual' is sarcasm beside a complaint, a habit elsewhere", "[detector][flags]") {
    CHECK(flagged("The estimate slipped again, as usual.", RedFlag::sarcasm));
    CHECK_FALSE(flagged("Sharing the sprint demo recording in #product as usual.", RedFlag::sarcasm));
    CHECK_FALSE(flagged("Exports run nightly as usual during the freeze.", RedFlag::sarcasm));
}

// A person's own omission in the past perfect, blamed for what they do now, is aimed at them; what someone did not
// know, or had, is not.
TEST_CASE("'if X had read it, he wouldn't be asking' is person-directed", "[detector][flags]") {
    CHECK(flagged("If Omar had checked the runbook he wouldn't be paging us at 3am.", RedFlag::person_directed));
    CHECK_FALSE(
        flagged("If Omar had known about the freeze he wouldn't have booked the launch, so I'll tell him today.",
                RedFlag::person_directed));
    CHECK_FALSE(flagged("If Omar had the access logs he wouldn't need to ask us.", RedFlag::person_directed));
}

// Evidence waved away ("I don't care what the data says") leaves only the writer's way.
TEST_CASE("evidence dismissed is the writer's way", "[detector][flags]") {
    CHECK(motive("I don't care what the metrics say, the old search page stays.", Reason::my_way));
    CHECK_FALSE(motive("Let's check what the metrics say before we drop the old search page.", Reason::my_way));
}

// --- precision11 ---
// False stops on real text (tests/data/real/dev.jsonl): flag hints that named a product, a mode, a friendly smile,
// learning told or the reader's own rung. Each construction on new wordings, with the twin that keeps its hint.
TEST_CASE("precision11: a product, a label or a thing is no person judged", "[detector][flags]") {
    for (std::string_view t : {"The macOS installer seems to hang forever when the disk is almost full.",
                               "Heads up: Safari print preview fails on pages longer than 40 screens.",
                               "What happens if Stripe webhook delivery fails twice in a row?",
                               "Supporting Edge would mean weeks of Edge-specific bugs for a handful of users.",
                               "They are always ranked by creation date, not by priority.",
                               "Please retry your failed uploads and attach the console output here.",
                               "It's a pointless toggle. Nobody ever turns it off.",
                               "If you don't want the banner I will not force it, just leave the flag off.",
                               "Thank you again for the detailed repro, it made the fix easy."}) {
        INFO(t);
        CHECK_FALSE(analyze(t).hinted(RedFlag::person_directed));
    }
    for (std::string_view t :
         {"Dana never reads the runbook before paging me.", "Omar always ignores the review comments on his PRs.",
          "Have you even fixed your flaky tests yet?", "The Acme team never answers our tickets on time.",
          "If Priya keeps ignoring the review, the freeze slips again."}) {
        INFO(t);
        CHECK(analyze(t).hinted(RedFlag::person_directed));
    }
}

TEST_CASE("precision11: a friendly smile, a mode switched and learning told hint at no flag", "[detector][flags]") {
    for (std::string_view t : {"Thanks again for the quick review, the fix is live now :)",
                               "Back from leave, picking the importer up again tomorrow :)",
                               "Released 3.2 with the CSV fix, grab it from the usual place ;)",
                               "Oh, I love this! I'll try to fold it into the next release."}) {
        INFO(t);
        CHECK_FALSE(analyze(t).hinted(RedFlag::sarcasm));
    }
    // A smile on a mock assent, on what the reader is to do, or beside a judgment is still a wink.
    for (std::string_view t : {"We'll rebuild the whole billing flow in a weekend, no problem :)",
                               "Sure, I'll start right after you write a spec for once :)",
                               "The PR is way too big, maybe split it into one PR per file ;)",
                               "Love it. The deploy broke checkout again on launch day."}) {
        INFO(t);
        CHECK(analyze(t).hinted(RedFlag::sarcasm));
    }
    for (std::string_view t : {"Whenever I switch the editor to high-contrast mode, the preview pane goes blank.",
                               "Does the export still break if you switch to the compact layout?",
                               "All the hard lessons we learned from the last migration are in the wiki now."}) {
        INFO(t);
        CHECK_FALSE(analyze(t).hinted(Reason::new_framework));
    }
    for (std::string_view t : {"Let's switch the job queue to Temporal, everyone is using it now.",
                               "I'd have to learn a whole new build tool for this and I don't want to."}) {
        INFO(t);
        CHECK(analyze(t).hinted(Reason::new_framework));
    }
    CHECK_FALSE(analyze("Take a look, I think everything you called out is updated now.").hinted(Reason::aesthetic));
    CHECK(analyze("Honestly the new icons just look cheap next to the old ones.").hinted(Reason::aesthetic));
}

TEST_CASE("precision11: the reader invited up their own ladder is no skip, the writer's move still is",
          "[detector][flags]") {
    for (std::string_view t :
         {"If the rollout still worries you, take the capacity question up with your manager before Friday.",
          "Feel free to bring this to your director if you want a second read on the numbers.",
          "Please forward the quote to your VP if the discount needs sign-off.",
          "Take the vendor contract up with your lead if the SLA matters more than the date."}) {
        INFO(t);
        auto const a = analyze(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
        CHECK_FALSE(a.hinted(RedFlag::skips_ladder));
    }
    for (std::string_view t : {"I'll take the vendor question up with your manager since you keep dodging it.",
                               "Forwarding this to your director, you clearly can't make the call.",
                               "I'm going to forward this to her director if she stalls again."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    // A board the message names as a process forum is the process, not a rung above.
    CHECK_FALSE(flagged("The change board meets Wednesday; I'll bring the rollback plan to the board then.",
                        RedFlag::skips_ladder));
    CHECK(flagged("Since you won't budge, I'm taking this to the board.", RedFlag::skips_ladder));
}

// --- precision12 ---
// False stops on real text (tests/data/real/dev.jsonl) and the coaching dev files: hints and motives that read a word
// and not what it says of whom. Each construction on new wordings, with the twin that keeps its flag.
TEST_CASE("precision12: reluctance with nothing new and learning wished for hint at no new framework",
          "[detector][flags]") {
    for (std::string_view t : {"I don't want to demotivate anyone, so I'm fine reverting the two commits you flagged.",
                               "We don't want to drift too far from upstream, so let's merge it now.",
                               "People learn the codebase faster when the docs live next to the code.",
                               "The spike is mostly for learning: we keep the current parser either way."}) {
        INFO(t);
        CHECK_FALSE(analyze(t).hinted(Reason::new_framework));
    }
    for (std::string_view t : {"I don't want to learn Kotlin, Java works fine for us.",
                               "Honestly I don't want to spend my evenings on GraphQL tutorials.",
                               "I'd have to learn a whole new build system for this."}) {
        INFO(t);
        CHECK(analyze(t).hinted(Reason::new_framework));
    }
}

TEST_CASE("precision12: a ladder verb that moves the writer toward no one hints at no skip", "[detector][flags]") {
    for (std::string_view t : {"We're moving the release notes to an open CC so subscribers see each other.",
                               "I haven't talked to anyone on the vendor side in months.",
                               "If you can't add yourself as a maintainer, the package stays orphaned.",
                               "Telling customers to contact someone outside the company is a bad support experience.",
                               "Can we add CSV support as a feature request for Q3?",
                               "I asked twice and your manager said you'd reply by Friday."}) {
        INFO(t);
        CHECK_FALSE(analyze(t).hinted(RedFlag::skips_ladder));
    }
    for (std::string_view t : {"I'll cc her manager so she finally answers.",
                               "I'm going to talk to your boss about this.", "Adding the VP to the thread now."}) {
        INFO(t);
        CHECK(analyze(t).hinted(RedFlag::skips_ladder));
    }
    CHECK_FALSE(flagged("I asked twice and your boss said you would respond, so the documents go out tomorrow.",
                        RedFlag::skips_ladder));
}

TEST_CASE("precision12: a workmanship word on a thing, the writer not understanding, an identifier judge no one",
          "[detector][flags]") {
    for (std::string_view t :
         {"Shipping a half-baked importer would cost us more support tickets than waiting two weeks.",
          "Sorry, I don't understand what you mean by the second step, could you share a screenshot?",
          "The logs show TypeError: Cannot read property 'id' of undefined on the checkout page.",
          "If a user does not understand the toggle, the support queue grows."}) {
        INFO(t);
        CHECK_FALSE(analyze(t).hinted(RedFlag::person_directed));
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"Priya's half-baked migration plan broke prod again.", "You clearly don't understand the billing flow.",
          "Omar doesn't understand how payments work.", "Whack a moronic mole, as always."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("precision12: taste conceded, joined to what a thing does, praised with a go-ahead or an idea liked",
          "[detector][flags]") {
    for (std::string_view t :
         {"The new tabs are arguably prettier, but nobody can find the export button anymore.",
          "Their dashboard is messy and it causes a full reload on every filter change.",
          "It's beautiful, let's merge it.", "I like the idea and will pick up the API part next sprint."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::aesthetic));
    }
    for (std::string_view t :
         {"The new icons are ugly.", "The new sidebar is prettier, I just like it more.",
          "The serif font in the invoice PDF is ugly, can we block the release until it's changed?",
          "The new UI is horrible, but I don't know a way to switch it back."}) {
        INFO(t);
        CHECK(motive(t, Reason::aesthetic));
    }
}

TEST_CASE("precision12: an add-on opening a draft, trust vouching for the writer's own experience, thanks to all",
          "[detector][flags]") {
    CHECK_FALSE(flagged("While we're at it, let's also add the audit export to the admin page, should be quick.",
                        RedFlag::sarcasm));
    CHECK(
        flagged("> Can we also add multi-currency?\nSure, and while we're at it let's rewrite the ledger over the "
                "weekend.",
                RedFlag::sarcasm));
    CHECK_FALSE(analyze("It's a thankless job (trust me I know), so thanks for keeping the plugin alive.")
                    .hinted(Reason::my_way));
    CHECK_FALSE(motive("Trust me I've wanted to cut a release for months, but the CI keeps breaking.", Reason::my_way));
    CHECK(motive("Trust me, I know what works here, just do it my way.", Reason::my_way));
    CHECK_FALSE(flagged("Thanks to all of you for the fixes this quarter, you're all credited in the changelog.",
                        RedFlag::broadcast));
    CHECK_FALSE(analyze("Thanks to all of you for the fixes this quarter, you're all credited in the changelog.")
                    .hinted(RedFlag::broadcast));
}

TEST_CASE("precision12: unfamiliarity said to ask, and a trait after an identifier, are no finding",
          "[detector][flags]") {
    CHECK_FALSE(
        motive("I'm not familiar with the billing retry code, I think Ana wrote it last year? She'd know if it "
               "handles refunds.",
               Reason::new_framework));
    CHECK(motive("Not familiar with GraphQL, can we just keep REST?", Reason::new_framework));
    CHECK(motive("I'm not familiar with Rust and I don't want to learn it for this.", Reason::new_framework));
    CHECK_FALSE(flagged("I got this error: VM196:2 Uncaught TypeError: Cannot read property 'click' of null",
                        RedFlag::person_directed));
    CHECK(flagged("Omar can't read a stack trace.", RedFlag::person_directed));
}

TEST_CASE("learn13: a trait said of no one, and the people a thing fails, judge no one", "[detector][flags]") {
    for (std::string_view t :
         {"Nobody is lazy here, but the estimate of 2 days ignores the data migration.", "No one here is incompetent.",
          "None of us are lazy, we are just out of hours this sprint.",
          "Neither of them is lazy; the on-call load doubled in May.",
          "The new onboarding flow is useless for admins: they can't invite a second workspace owner.",
          "The bulk editor is useless to the support team until it can undo a change.",
          "It's a useless report, I don't think anyone opens it."}) {
        INFO(t);
        CHECK_FALSE(analyze(t).hinted(RedFlag::person_directed));
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"Dana is useless for this team.", "He is useless to the team.", "Marco is lazy.",
                               "The lazy devs on that team never test.", "You are lazy."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    // A name in lower case may be no name, but it is no thing either: the hint stays for the combiner.
    CHECK(analyze("tbh marco is lazy").hinted(RedFlag::person_directed));
}

TEST_CASE("learn13: the writer stepping down attacks no one", "[detector][flags]") {
    for (std::string_view t :
         {"I'm going to resign from the on-call rotation in March; can you find a replacement by then?",
          "We resign from the working group after this quarter.",
          "I'll resign from the release captain role once 4.2 ships."}) {
        INFO(t);
        CHECK_FALSE(analyze(t).hinted(RedFlag::person_directed));
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"You should resign from the project.", "Honestly Dana should resign from the steering group.",
          "I think you should resign from the board."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
}
