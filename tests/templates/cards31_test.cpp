// --- r31: the stop's drivers in fresh wordings (read from dev74-76 after their blind measure), each with an innocent
// shape beside it; through the real detector and the embedded models ---
#include <algorithm>
#include <string>
#include <string_view>

#include "card_support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using templates::Triage;
using test_support::advise;
using test_support::all_cards;
using test_support::family;

namespace {
bool flagged(templates::Advice const& adv, std::string_view flag) {
    return std::ranges::find(adv.flags, std::string{flag}) != adv.flags.end();
}
}  // namespace

TEST_CASE("replying all so that everyone sees a disagreement is a broadcast", "[templates][cards31]") {
    for (std::string_view text :
         {"Replying all since this affects everyone: I don't support the log retention policy in Priya's "
          "announcement. Dropping raw traces after 30 days will cost us the audit next spring.",
          "Replying all because I think everyone should know: the billing release going out today skipped the load "
          "test we asked for. Product decided that was fine.",
          "Question for Thursday's all-hands AMA: why are we shipping the kiosk redesign when the team told product "
          "it isn't ready?"}) {
        CAPTURE(text);
        auto const adv = advise(text);
        CHECK(adv.triage == Triage::stop);
        CHECK(flagged(adv, "broadcast"));
    }
    // Near misses: news to everyone on the thread, an apology for the reply-all, a request not to, a plain question
    // for the all-hands.
    for (std::string_view text :
         {"Replying all since this affects everyone: the migration window moved to Tuesday 6am, no action needed.",
          "Sorry for the reply-all, but I disagree with dropping the audit log before the SOC 2 review.",
          "Please don't reply all on this thread, just thumbs-up the post.",
          "Question for the all-hands: when does the new office open?"}) {
        CAPTURE(text);
        CHECK(advise(text).triage != Triage::stop);
    }
}

TEST_CASE("an illegitimate driver in fresh words is named", "[templates][cards31]") {
    struct Case {
        std::string_view text, flag;
    };
    for (auto const& [text, flag] : {
             Case{"please no Flutter for the driver app, I have enough on my plate without another stack to get my "
                  "head around",
                  "illegitimate:new-framework"},
             Case{"I'm -1 on JSON for the printer profiles. It works, YAML is just nicer to look at. Can we slip a "
                  "week so I can swap it?",
                  "illegitimate:aesthetic"},
             Case{"Why is the payments squad adding endpoints to ledger-api? That's ours. They can stand up their own "
                  "service instead of putting stuff in ours.",
                  "illegitimate:territorial"},
             Case{"I know the queue design passed review, but it isn't how I'd do it. I don't have numbers, but I'm "
                  "confident my version is simpler. Let's redo it that way.",
                  "illegitimate:my-way"},
             Case{"This is exactly the kind of thing that makes people stop trusting you, Dana. You promised the "
                  "clinic a date without asking anyone.",
                  "person-directed"},
             Case{"Hey Ravi, I know Aiko owns the portal roadmap, but it's faster if you add the CSV import to Q3 "
                  "yourself. No need to loop her in.",
                  "skips-ladder"},
         }) {
        CAPTURE(text);
        auto const adv = advise(text);
        CHECK(adv.triage == Triage::stop);
        CHECK(flagged(adv, flag));
    }
    // Near misses: a reviewer named for a busy sprint, a vague feeling about a flow, the writer's own unfamiliarity
    // with a plan to learn, a debate moved to a 1:1.
    for (std::string_view text :
         {"I'm the only reviewer for the billing service this sprint and there are 14 open PRs on it. Can we add "
          "Dmitri as a second reviewer until the 20th?",
          "Not sure about the new crew rostering UI. Something about it feels off to me, can we talk?",
          "I'm not going to debate the architecture here; happy to go through it in our 1:1.",
          "Is there a reason we don't use the new cache? Asking for a friend who is on call tonight."}) {
        CAPTURE(text);
        CHECK(advise(text).triage != Triage::stop);
    }
}

TEST_CASE("the two-paths card reads the way forward a closing 'instead' follows", "[templates][cards31]") {
    auto const adv = advise(
        "I have some doubts about the spec having the pronouncer app stream audio live during each round, and a "
        "speller can't be asked to spell a word they didn't hear. Can we preload the word audio onto the tablets the "
        "night before instead, and keep streaming as the fallback?");
    auto const* paths = family(adv, "two-paths");
    REQUIRE(paths != nullptr);
    CHECK_THAT(paths->text, Catch::Contains("Path B: preload the word audio onto the tablets"));
    CHECK_THAT(paths->text, !Catch::Contains("Path B: instead"));
    // The harm keeps its subject: "a speller can't be asked", not "because can't be asked".
    CHECK_THAT(all_cards(adv), Catch::Contains("a speller can't be asked to spell a word they didn't hear"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("because can't"));
}

TEST_CASE("the 1:1 card after a broadcast says the fact, not the demand or the sending", "[templates][cards31]") {
    // A demand for a change: the fact before it, with the plan as "it" and who announced it left out.
    auto const demand = advise(
        "Replying all since this affects everyone on the list: the kiosk redesign Nina announced drops the notes "
        "field, which is where our techs record serial numbers. This needs to be reversed before launch.");
    REQUIRE(demand.triage == Triage::stop);
    CHECK_THAT(all_cards(demand), Catch::Contains("What I see: it drops the notes field, which is where our techs"));
    CHECK_THAT(all_cards(demand), !Catch::Contains("needs to be reversed"));
    CHECK_THAT(all_cards(demand), !Catch::Contains("Nina"));
    // The sending itself: the fact after its colon.
    auto const sending = advise(
        "Putting this in <#C01ALL|all-staff> so everyone sees it before Friday: the checkout redesign Marta posted "
        "yesterday drops the offline queue, which means the market stalls can't take cards without signal.");
    REQUIRE(sending.triage == Triage::stop);
    CHECK_THAT(all_cards(sending), Catch::Contains("What I see: it drops the offline queue"));
    CHECK_THAT(all_cards(sending), !Catch::Contains("Putting this in"));
    CHECK_THAT(all_cards(sending), !Catch::Contains("putting this in"));
    // A gerund opening the point is lower-cased after "What I see:".
    auto const gerund = advise(
        "Replying all since this affects everyone: I don't support the log retention policy in Priya's announcement. "
        "Dropping raw traces after 30 days will cost us the audit next spring.");
    REQUIRE(gerund.triage == Triage::stop);
    CHECK_THAT(all_cards(gerund), Catch::Contains("What I see: dropping raw traces after 30 days"));
}

TEST_CASE("a decision log's heading with its date and topic is not the decision", "[templates][cards31]") {
    auto const entry = advise(
        "Decision log 2026-03-06, sample catalogue: keep legacy sample IDs as primary keys, new lab IDs become "
        "aliases. Decided by Lena (PM) with Tomasz (TL). Dissent: Raj flagged join cost on the alias table, noted. "
        "Review after the Q2 audit.");
    REQUIRE(entry.triage == Triage::commitment);
    CHECK(entry.commitment.decision == "keep legacy sample IDs as primary keys, new lab IDs become aliases");
    // Who and why in a closing parenthesis are no part of it; "we" neither; what follows a parenthesis inside stays.
    auto const closing = advise(
        "Decision log, 12 Mar: Google Workspace stays the district's SSO for 2026-27 (Angela, IT director). Concern "
        "noted: rostering lag at semester change. Review in June.");
    CHECK(closing.commitment.decision == "Google Workspace stays the district's SSO for 2026-27");
    auto const inside = advise(
        "Decision log, 14 Nov: we take the vendor's revision feed (nightly) instead of manual uploads. Decided by "
        "Farah (PM) and me. Concern logged: feed outages.");
    CHECK(inside.commitment.decision == "take the vendor's revision feed instead of manual uploads");
}

TEST_CASE("a commitment that still foretells harm of the plan logs the plan as the decision", "[templates][cards31]") {
    auto const adv = advise(
        "Kofi, I still think the single queue for road test bookings will hurt us in the June peak, and my reasons "
        "are in the doc. You've made the call though, so I'm in: I'll have the queue ready for the June 3 launch and "
        "let's look at the wait-time numbers together at the retro.");
    REQUIRE(adv.triage == Triage::commitment);
    CHECK(adv.commitment.decision == "the single queue for road test bookings");
    CHECK(adv.commitment.decision_maker == "Kofi");
}

TEST_CASE("a faster ask names what is wanted and the shift it asks for", "[templates][cards31]") {
    auto const adv = advise(
        "Hey team! The booking office would love the ferry timetable portal for the crews. Any chance "
        "we can pull it in by two weeks? Would really help us");
    REQUIRE(adv.perspective == templates::Side::ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("the ferry timetable portal"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("the booking office in sooner"));
    CHECK_THAT(all_cards(adv), Catch::Contains("ship something two weeks earlier"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("in two days"));
    // With no shift asked, the seed's own "in two days" stays.
    CHECK_THAT(all_cards(advise("Can we do the ferry timetable portal faster?")), !Catch::Contains("weeks earlier"));
}

TEST_CASE("a card states the writer's fact without the feeling said before it", "[templates][cards31]") {
    auto const adv = advise(
        "Hi Ana, I wanted to share some thoughts on the new season plan before we get too far into it. There's a lot "
        "going on in it and I'm not convinced we've really thought about how the pieces fit together. I also feel "
        "like the team is already stretched and this might push things over the edge, though I can't say exactly "
        "where. Let me know what you think.");
    REQUIRE(adv.triage == Triage::rework);
    CHECK_THAT(all_cards(adv), !Catch::Contains("I also feel like"));
    CHECK_THAT(all_cards(adv), Catch::Contains("the team is already stretched"));
}

TEST_CASE("a verb's word inside a noun phrase leaves the phrase whole as the object", "[templates][cards31]") {
    auto const adv = advise(
        "After Tuesday's sync on the weather balloon launch scheduler I have some concerns. Can we find time to talk "
        "at some point this week?");
    CHECK_THAT(all_cards(adv), Catch::Contains("the weather balloon launch scheduler"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("about scheduler"));
    // A verb said as one ("we should launch the scheduler") still names what it acts on.
    auto const verb = advise("Not sure we should launch the new scheduler yet.");
    CHECK_THAT(all_cards(verb), Catch::Contains("the new scheduler"));
}

TEST_CASE("the stop's 1:1 card keeps the concern a skip or a broadcast states", "[templates][cards31]") {
    // Over the PM's head about a date: the date against the work, and the why the 1:1 needs.
    auto const skip = advise(
        "Hi Marcus, writing to you directly since you're Ana's director. Ana wants the appeals flow shipped by Friday "
        "and it's just not realistic. Can you overrule her on the date? I haven't raised it with her.");
    REQUIRE(skip.triage == Triage::stop);
    CHECK_THAT(all_cards(skip), Catch::Contains("getting it shipped by Friday isn't realistic, because [what it"));
    // To the whole company about a roadmap's move: the roadmap, and what it does.
    auto const broadcast = advise(
        "<!channel> posting this in #all-company because everyone should weigh in: I strongly disagree with the Q3 "
        "greenhouse roadmap dropping the basil line in favour of microgreens. Please reply here.");
    REQUIRE(broadcast.triage == Triage::stop);
    CHECK_THAT(all_cards(broadcast), Catch::Contains("a concern about the Q3 greenhouse roadmap"));
    CHECK_THAT(all_cards(broadcast), Catch::Contains("What I see: it drops the basil line in favour of microgreens"));
}

TEST_CASE("an outage and the hold it asks of everyone is news, not a broadcast", "[templates][cards31]") {
    for (std::string_view text :
         {"<!channel> the deploy pipeline is down, please don't merge until it's back",
          "<!channel> the payments API is down. Do not deploy anything until the incident channel says so."}) {
        CAPTURE(text);
        auto const adv = advise(text);
        CHECK(adv.triage == Triage::not_pushback);
        CHECK(adv.cards.empty());
    }
    // Near misses: a hold in a PR is a concern; an outage blamed on product before everyone is still a broadcast.
    CHECK(advise("Please don't merge this PR, it breaks the billing tests on every run.").triage !=
          Triage::not_pushback);
    auto const blamed = advise(
        "<!here> CI is red again because product pushed the release without QA. Don't merge anything, and someone "
        "tell leadership this is a joke.");
    CHECK(blamed.triage == Triage::stop);
}

TEST_CASE("a hedged draft whose case counts a part of a whole is ready after the hedge goes", "[templates][cards31]") {
    auto const adv = advise(
        "Not my area exactly, but the spec for the regional finals has the pronouncer app streaming audio from our CDN "
        "live during each round. Three of the nine host schools told us last year their gym wifi drops under load, "
        "and a speller can't be asked to spell a word they didn't hear. Can we preload the round's word audio onto "
        "the tablets the night before instead, and keep streaming as the fallback?");
    CHECK(adv.triage == Triage::ready);
    CHECK_THAT(adv.next_step, Catch::Contains("drop \xE2\x80\x9CNot my area exactly, but\xE2\x80\x9D"));
    CHECK(adv.cards.size() <= 1);
}

TEST_CASE("a fix announced live to everyone with no action asked is news", "[templates][cards31]") {
    auto const adv = advise(
        "<!here> the search timeout fix is live for all Android users since 10:40. Error rate on search dropped from "
        "2.1% to 0.2%. No action needed.");
    CHECK(adv.triage == Triage::not_pushback);
    // Near miss: the same address to everyone with a grievance is still a broadcast.
    auto const aired = advise(
        "<!here> the search timeout fix is live, no thanks to product, who sat on it for three weeks. No action "
        "needed, just so everyone knows who held it up.");
    CHECK(aired.triage == Triage::stop);
}

TEST_CASE("the writer's case taken to the exec review before the PM has seen it skips a rung", "[templates][cards31]") {
    auto const adv = advise(
        "Lena hasn't seen my numbers on the renewal dashboard yet - I'd rather show them at Thursday's exec staff "
        "review so it actually gets fixed this time instead of sitting in her backlog. Can you get me 10 min on the "
        "agenda?");
    CHECK(adv.triage == Triage::stop);
    CHECK(flagged(adv, "skips-ladder"));
    // Near misses: the PM first and the exec review together; the review as the one who hasn't seen it.
    for (std::string_view text :
         {"Lena hasn't seen the numbers yet, so I'll show them to her first and then we can take them to the exec "
          "review together.",
          "The exec review hasn't seen the dashboard yet; I'll show it to Lena on Monday."}) {
        CAPTURE(text);
        CHECK(advise(text).triage != Triage::stop);
    }
}

TEST_CASE("more fresh words for an illegitimate driver, each beside an innocent use", "[templates][cards31]") {
    struct Case {
        std::string_view text, flag;
    };
    for (auto const& [text, flag] : {
             Case{"please not another ORM, we finally learned Sequelize's quirks", "illegitimate:new-framework"},
             Case{"I can't approve the dark theme, the purple just isn't my thing. Can design redo it before we ship?",
                  "illegitimate:aesthetic"},
             Case{"Any changes to the search index config need to come to me personally, nobody else approves those.",
                  "illegitimate:territorial"},
         }) {
        CAPTURE(text);
        auto const adv = advise(text);
        CHECK(adv.triage == Triage::stop);
        CHECK(flagged(adv, flag));
    }
    for (std::string_view text :
         {"We finally know why the import fails: the CSV has BOMs. Fix is in review.",
          "Wow, a whole week of QA for the release, thanks for fighting for that!",
          "Dark mode isn't my thing personally, but the survey says 40% of users want it, so let's ship it.",
          "Let's not add another library for date parsing; the standard one covers our 3 formats and we'd carry "
          "400KB more."}) {
        CAPTURE(text);
        CHECK(advise(text).triage != Triage::stop);
    }
}

TEST_CASE("a verdict on someone's plan with what it does after it is pushback, and what it does is the cost",
          "[templates][cards31]") {
    auto const adv = advise("The spec Sam wrote is unworkable, it double-books the install crews on Mondays.");
    CHECK(adv.triage == Triage::rework);
    CHECK_THAT(all_cards(adv), Catch::Contains(": it double-books the install crews on Mondays."));
    // What it does, without the writer's aside after it.
    auto const aside = advise(
        "We should look at replacing our hand-rolled queue, it keeps dropping jobs and I'm worried "
        "about it");
    CHECK_THAT(all_cards(aside), Catch::Contains("it keeps dropping jobs."));
    // Near misses: how a message reads, and what always happens, are no cost of the plan.
    CHECK_THAT(all_cards(advise("I don't like the tone here; it reads more like a personal attack than a review.")),
               !Catch::Contains("it reads more like"));
    CHECK_THAT(all_cards(advise("> could we skip the accessibility audit for the launch?\nI'd rather not, it always "
                                "bites us.")),
               !Catch::Contains(": it always bites us"));
}

TEST_CASE("where a thing sits is no plan of the person it sits with", "[templates][cards31]") {
    auto const adv = advise(
        "Lena hasn't seen my numbers on the renewal dashboard yet - I'd rather show them at Thursday's exec staff "
        "review so it actually gets fixed this time instead of sitting in her backlog. Can you get me on the agenda?");
    REQUIRE(adv.triage == Triage::stop);
    CHECK_THAT(all_cards(adv), Catch::Contains("a concern about the renewal dashboard"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("the backlog"));
}

TEST_CASE("the writer redoing a colleague's work their own way, with no fault named, is my-way",
          "[templates][cards31]") {
    auto const adv = advise(
        "I'd have done the retry logic with a state machine, so I'm going to rewrite Priya's version before it ships.");
    CHECK(adv.triage == Triage::stop);
    CHECK(flagged(adv, "illegitimate:my-way"));
    // Near misses: a fault named, and the writer's own version.
    CHECK(advise("I'm going to rewrite Priya's parser because it fails on the 3 CSV exports with BOMs.").triage !=
          Triage::stop);
    CHECK(advise("I'll redo my own version of the import tonight.").triage != Triage::stop);
}

TEST_CASE("what a person keeps changing is said of the thing it happens to, without the person",
          "[templates][cards31]") {
    auto const adv = advise("Sam keeps changing the requirements every standup and it's impossible to plan anything.");
    REQUIRE(adv.triage == Triage::stop);
    CHECK_THAT(all_cards(adv),
               Catch::Contains("What I see: the requirements keep changing every standup, and it's impossible to "
                               "plan anything."));
    CHECK_THAT(all_cards(adv), !Catch::Contains("Sam"));
    auto const jab = advise("Priya keeps moving the launch date and honestly she has no clue what she's doing.");
    REQUIRE(jab.triage == Triage::stop);
    CHECK_THAT(all_cards(jab), Catch::Contains("What I see: the launch date keeps moving."));
    CHECK_THAT(all_cards(jab), !Catch::Contains("clue"));
}

TEST_CASE("an estimate behind a jab at whoever approved it is the point of the 1:1", "[templates][cards31]") {
    auto const adv = advise(
        "Whoever approved the 2-week estimate for the billing migration has clearly never touched the billing code.");
    REQUIRE(adv.triage == Triage::stop);
    CHECK_THAT(all_cards(adv),
               Catch::Contains("What I see: I don't think the 2-week estimate for the billing migration holds up: ["));
    // A spec is no size: the card keeps asking what in it would break.
    auto const spec = advise("Whoever approved the dispatch spec has clearly never set foot in a warehouse.");
    CHECK_THAT(all_cards(spec), !Catch::Contains("holds up"));
    // Telling the author to do the work themselves is aimed at them; telling a colleague to try a step is not.
    CHECK(advise("Maybe the PM should spend a day on the support queue before writing the next spec.").triage ==
          Triage::stop);
    CHECK(advise("We should try running a pilot in one warehouse for a day first.").triage != Triage::stop);
}

TEST_CASE("a sarcastic cheer before 'another' leaves the thing counted as the point", "[templates][cards31]") {
    auto const adv =
        advise("Oh fantastic, another 'small' scope change two days before code freeze. Love that for us.");
    REQUIRE(adv.triage == Triage::stop);
    CHECK_THAT(all_cards(adv), Catch::Contains("What I see: a scope change two days before code freeze."));
    CHECK_THAT(all_cards(adv), !Catch::Contains("Love that"));
}

TEST_CASE("a fact the writer counts in a sentence of its own is the cost the card states", "[templates][cards31]") {
    auto const adv = advise(
        "I think we should reconsider the decision to drop SAML. Three of our top ten accounts use it and renewals "
        "are in March.");
    CHECK_THAT(all_cards(adv), Catch::Contains(": three of our top ten accounts use it and renewals are in March."));
    // Near misses: a version number is no count, a counterfactual is no cost, the PM's words mocked are not the
    // writer's fact.
    CHECK_THAT(
        all_cards(advise("hmm\nthe timeline for payouts v2 looks super aggressive to me\nlike REALLY aggressive")),
        !Catch::Contains("v2 looks"));
    CHECK_THAT(all_cards(advise("oh we also need the docs and the release guide. just copy it from stackoverflow. "
                                "It'll only take 5 minutes guys")),
               !Catch::Contains(": It'll only take"));
    // The writer's own doubt asking for a talk is the writer's draft, not a PM's ask.
    auto const talk = advise("Honestly the new sync design feels overcomplicated. Can we talk?");
    CHECK(talk.perspective == templates::Side::own_draft);
}

TEST_CASE("fresh words read from dev78 and dev79 name their driver, and their innocent uses do not stop",
          "[templates][cards31]") {
    struct Case {
        std::string_view text, flag;
    };
    for (auto const& [text, flag] : {
             Case{"I don't want anyone else in the ticketing code. I know it inside out and others will just break it.",
                  "illegitimate:territorial"},
             Case{"Can we push back on rebuilding the kiosk in Svelte? I looked at it for ten minutes and my brain "
                  "hurt.",
                  "illegitimate:new-framework"},
             Case{"I'd just do the bookings with one table and a cron job. That's how I'd build it, so can we drop the "
                  "event-queue design?",
                  "illegitimate:my-way"},
             Case{"Not convinced the new scorer is better. The old one is what got me hired and I know every line.",
                  "illegitimate:attachment"},
             Case{"Could someone more senior in product go over the appeals spec first? Priya's specs usually need a "
                  "second pass, no offense to her.",
                  "person-directed"},
         }) {
        CAPTURE(text);
        auto const adv = advise(text);
        CHECK(adv.triage == Triage::stop);
        CHECK(flagged(adv, flag));
    }
    for (std::string_view text :
         {"No offence, but I think the retry budget is too low: we saw 12 timeouts in the last deploy.",
          "You manage the on-call rota, right? Can you add me for the December shifts?",
          "Happy to keep the payments module in my hands this sprint since Raj is out, then hand it back.",
          "Let's stay in the staging env until the migration finishes, prod is frozen.",
          "Anyone else in the office tomorrow? I'd like to pair on the importer.",
          "This sprint isn't for me to decide, ask Priya."}) {
        CAPTURE(text);
        CHECK(advise(text).triage != Triage::stop);
    }
}

TEST_CASE("a server move announced to everyone with its runbook is news", "[templates][cards31]") {
    CHECK(advise("<!here> the ticketing API moved to the new cluster last night. Overnight jobs ran clean, 0 failed "
                 "payments. Rollback steps are in the runbook if anything looks odd this morning.")
              .triage == Triage::not_pushback);
}

TEST_CASE("trial34's cards: the date replaced is no deadline, a long hedge of standing is dropped whole",
          "[templates][cards31]") {
    auto const faster = advise(
        "We need the kayak rental checkout live by the regatta weekend instead of June 15. Can the team pull it in?");
    CHECK_THAT(all_cards(faster), !Catch::Contains("instead of June 15"));
    auto const hedged = advise(
        "Could be totally off base since I only joined the anodizing project last week, but the PRD has the dye-tank "
        "recipe change going live on the same Monday (May 12) as the sealing-tank PLC firmware upgrade. If either "
        "misbehaves we won't be able to tell which one caused the color drift, and Line 2 runs ~1,400 parts that day. "
        "Could we stagger them by a week, or put the recipe change behind a per-rack toggle?");
    CHECK(hedged.triage == Triage::ready);
    CHECK_THAT(hedged.next_step,
               Catch::Contains("Could be totally off base since I only joined the anodizing project last week, but"));
}

TEST_CASE("a disagree-and-commit logs what the reader picked, and the reader as who decided", "[templates][cards31]") {
    auto const adv = advise(
        "Rachel, I still think we'd be better off launching the scheduler on Line 1 only, but you've heard my reasons "
        "and picked the two-line rollout. I'm in. I'll have the Line 2 adapter done by the 14th.");
    REQUIRE(adv.triage == Triage::commitment);
    CHECK(adv.commitment.decision == "the two-line rollout");
    CHECK(adv.commitment.decision_maker == "Rachel");
}

TEST_CASE("a quoted name after an article is one word of what is asked for", "[templates][cards31]") {
    auto const adv = advise(
        "While you're in the museum app, can you also add a 'share to Instagram' button on each specimen page? Should "
        "be small.");
    CHECK_THAT(all_cards(adv), Catch::Contains("add a 'share to Instagram' button"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("add a,"));
    // A contraction is no quote.
    CHECK_THAT(all_cards(advise("Sam asked: can we add bulk edit while we're in there. My draft reply: that's scope "
                                "creep, we can't.")),
               !Catch::Contains("we can'"));
}

TEST_CASE("how easily the writer found the fault is the dig, not the point", "[templates][cards31]") {
    auto const adv = advise(
        "Honestly Jonas has no clue how our pricing engine works. His spec for tiered discounts applies the discount "
        "twice on bundles, which I found in 10 minutes.");
    REQUIRE(adv.triage == Triage::stop);
    CHECK_THAT(all_cards(adv), Catch::Contains("What I see: the spec for tiered discounts applies the discount twice "
                                               "on bundles."));
    CHECK_THAT(all_cards(adv), !Catch::Contains("10 minutes"));
}
