// --- leads21: the twenty-first round's leads (trial20's defects), on wordings in no dev or trial file ---
// The seeds' own missed-constraint question stopped as taste ("Y looks cheaper. What am I not seeing?"), an all-hands
// called "the whole channel" and its 1:1 card quoting the grievance, a date-or-depth card for a worry that names no
// time, the object dropped after a greeting or behind a channel link, the commitment log filing the writer's task, the
// concern and the next review as the decision, the writer's own A/B choice read as a PM's ask, a sentence-initial
// capital kept inside a card, and the proposal replaced in the attachment self-check by the work it replaces.
#include <string>

#include "card_support.hpp"
#include "support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using test_support::advise;
using test_support::all_cards;

TEST_CASE("the seeds' missed-constraint question is no taste: 'looks cheaper. What am I not seeing?'",
          "[templates][leads21]") {
    auto const adv = advise(
        "Help me understand the constraint I'm missing on the kennel booking sync: the spec wants live availability, "
        "but 40% of our kennels still run the 2014 desktop app that only uploads hourly. From where I sit, an hourly "
        "sync plus a 'call to confirm' badge looks cheaper. What am I not seeing?");
    CHECK(adv.triage != templates::Triage::stop);
    CHECK(adv.flags.empty());
    // Taste judged by a look is still stopped.
    auto const taste = advise("Can we not ship the new kennel badges? The orange just looks cheap to me.");
    CHECK(taste.triage == templates::Triage::stop);
}

TEST_CASE("an all-hands is no channel, and its 1:1 card names the matter without the grievance",
          "[templates][leads21]") {
    auto const adv = advise(
        "I'll bring up the loyalty points rework at Thursday's all-hands. Product pushed it through over our heads and "
        "people deserve to know how it got decided.");
    REQUIRE(adv.triage == templates::Triage::stop);
    CHECK_THAT(adv.next_step, Catch::Contains("the all-hands"));
    CHECK_THAT(adv.next_step + all_cards(adv), !Catch::Contains("whole channel"));
    CHECK_THAT(all_cards(adv), Catch::Contains("a concern about the loyalty points rework"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("deserve to know"));
    // A channel is still called one.
    auto const channel =
        advise("<!channel> the PM moved the loyalty launch up two weeks. Who else thinks this is nuts?");
    REQUIRE(channel.triage == templates::Triage::stop);
    CHECK_THAT(channel.next_step, Catch::Contains("whole channel"));
}

TEST_CASE("a worry that names no time gets no date-or-depth card", "[templates][leads21]") {
    auto const adv = advise(
        "I'm a little uneasy about the kennel app relaunch. It feels like a lot, and I'm not sure we've thought it all "
        "through.");
    REQUIRE(adv.triage == templates::Triage::rework);
    CHECK_THAT(all_cards(adv), !Catch::Contains("the date or the depth"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("in the time we have"));
    CHECK_THAT(all_cards(adv), Catch::Contains("the kennel app relaunch"));
    // With a time named, "a lot" is still scope against the date.
    auto const timed = advise("The kennel app relaunch this sprint feels like a lot.");
    CHECK_THAT(all_cards(timed), Catch::Contains("the date or the depth"));
}

TEST_CASE("the object survives a greeting and a channel link", "[templates][leads21]") {
    auto const greeted = advise("Hi Tomasz, the groomer rota redesign doesn't feel right to me. Something seems off.");
    CHECK_THAT(all_cards(greeted), Catch::Contains("the groomer rota redesign"));
    auto const linked = advise(
        "<@U77PM> saw the plan in <#C9|app-eng> for the kennel photo uploads :thinking_face: not sure, something about "
        "it doesn't sit right with me. can we chat?");
    CHECK_THAT(all_cards(linked), Catch::Contains("the plan for the kennel photo uploads"));
    CHECK_THAT(all_cards(linked), !Catch::Contains("<"));
    // A list's part is still no object ("it touches billing, the rota and the app").
    auto const client = advise("Hello, the client is asking if we can have the rota export earlier, maybe next week?");
    CHECK_THAT(all_cards(client), !Catch::Contains("the client in sooner"));
}

TEST_CASE("the commitment log files the decision, not the writer's task, the concern or the next review",
          "[templates][leads21]") {
    auto const commit = advise(
        "I still think we should have built the booking API before the groomer app, and my reasons are in the RFC. "
        "We've decided app first, so I'm committed: I'll take the calendar sync and have it in review by the 12th.");
    REQUIRE(commit.triage == templates::Triage::commitment);
    CHECK(commit.commitment.decision == "app first");
    CHECK_THAT(commit.commitment.concern, !Catch::Contains("my reasons are in the RFC"));

    auto const recap = advise(
        "Recap from my 1:1 with Ines:\n- Agreed: the kennel pricing test runs in one city, not four\n- My concern "
        "about "
        "the refund flow is logged; she'll check with support on volumes\n- We review the numbers on the 20th");
    REQUIRE(recap.triage == templates::Triage::commitment);
    CHECK(recap.commitment.decision == "the kennel pricing test runs in one city, not four");

    auto const entry = advise(
        "Decision log, 2026-05-02\nDecision: use the payment provider's hosted page for kennel deposits\nContext: "
        "keeps "
        "us out of PCI scope\nAlternatives considered: our own form (6+ weeks of compliance work)\nDecision maker: "
        "Bruno (PM) and me");
    REQUIRE(entry.triage == templates::Triage::commitment);
    CHECK(entry.commitment.decision_maker == "Bruno (PM) and me");
    CHECK_THAT(entry.next_step, Catch::Contains("decision-log entry"));
    CHECK_THAT(entry.next_step, !Catch::Contains("send it"));

    auto const review = advise(
        "For the record: we decided in Monday's design review to keep the rota on Postgres. My concern about write "
        "load is noted. I'm on board.");
    REQUIRE(review.triage == templates::Triage::commitment);
    CHECK(review.commitment.decision == "keep the rota on Postgres");
}

TEST_CASE("the writer's own case put to the PM as a choice is the writer's draft, not a PM's ask",
          "[templates][leads21]") {
    auto const adv = advise(
        "For the kennel app launch on the 9th, the scope is booking + payments + reviews + loyalty points. With three "
        "of us, booking and payments fit; loyalty alone is about 4 weeks. Can we ship booking + payments on the 9th "
        "and loyalty in June, or would you rather move the date?");
    CHECK(adv.perspective == templates::Side::own_draft);
    CHECK(adv.triage == templates::Triage::ready);
    // A PM's bare ask is still one.
    CHECK(advise("Can we get the kennel app out faster?").perspective == templates::Side::ask);
}

TEST_CASE("a card never keeps the capital that only opened the writer's sentence", "[templates][leads21]") {
    auto const adv = advise("Can we get the kennel reviews page out any faster? End of the quarter would be ideal.");
    CHECK_THAT(all_cards(adv), Catch::Contains("the end of the quarter"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("the End of"));
}

TEST_CASE("one proposal asks for a yes, and a draft that already asks for the call gets no tweak",
          "[templates][leads21]") {
    auto const one = advise(
        "Proposal: turn on online booking for the 6 kennels with the new tablets next week, and the other 11 once "
        "their "
        "tablets land in May. The old desktop app double-booked 14 slots in the March pilot.");
    REQUIRE(one.triage == templates::Triage::ready);
    CHECK_THAT(all_cards(one), !Catch::Contains("which way we go"));
    auto const picks = advise(
        "The PRD sizes loyalty points at 'a few days'. It touches billing, the booking engine and the partner API; my "
        "estimate is 3-4 weeks. If marketing launches on May 1 we should pick now: points for new bookings only in 1 "
        "week, or the full thing by mid-May.");
    REQUIRE(picks.triage == templates::Triage::ready);
    CHECK(picks.next_step == "Ready: send it.");
}

TEST_CASE("the attachment self-check asks about what replaces the writer's work", "[templates][leads21]") {
    auto const adv = advise(
        "I don't get why we'd replace the kennel scheduler with the vendor's planner. I wrote that scheduler over "
        "three "
        "years and it's done fine; I'd hate to see it go.");
    REQUIRE(adv.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(adv), Catch::Contains("the vendor's planner"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("proposal for the kennel scheduler"));
}

TEST_CASE("a long draft that names nothing is told to cut down", "[templates][leads21]") {
    auto const adv = advise(
        "Hi Jonas, I've gone back and forth on sending this. I've been thinking about the kennel app relaunch a lot "
        "over the last few weeks and I keep coming back to the sense that we aren't quite ready for it. There are many "
        "moving parts, everyone already has a lot on, and I worry we will end up somewhere we don't want to be. I "
        "don't "
        "want to sound negative, and I know everyone is working hard, but it might be worth pausing and reflecting on "
        "whether this is the right approach overall. I'd hate for us to look back and wish we'd talked sooner. "
        "Anyway, just wanted to share where my head is.");
    REQUIRE(adv.triage == templates::Triage::rework);
    CHECK_THAT(adv.next_step, Catch::Contains("cut it down"));
    CHECK_THAT(all_cards(adv), Catch::Contains("the kennel app relaunch"));
}

TEST_CASE("the 1:1 card of an attack keeps the plan's own clause after the attack's comma", "[templates][leads21]") {
    auto const adv = advise(
        "Jonas clearly didn't read the RFC, his plan caches the kennel prices for a day and that shows stale prices at "
        "checkout.");
    REQUIRE(adv.triage == templates::Triage::stop);
    // (r30: the plan named in the card's opening is "it" in the point.)
    CHECK_THAT(all_cards(adv), Catch::Contains("a concern about the plan, not about anyone. What I see: it caches the "
                                               "kennel prices for a day"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("Jonas"));
}

TEST_CASE("'we should push the launch' is the writer's way, not what the plan costs", "[templates][leads21]") {
    auto const adv = advise("I think we should push the kennel launch. Things aren't ready.");
    REQUIRE(adv.triage == templates::Triage::rework);
    CHECK_THAT(all_cards(adv), !Catch::Contains(": push the kennel launch"));
}

TEST_CASE("a risk flagged by the one who'll build it, with options, is the writer's own draft",
          "[templates][leads21]") {
    auto const adv = advise(
        "I'm happy to build the kennel occupancy report, but I want to flag that the query scans the 60M-row visits "
        "table without an index; on staging it took 41s. Can we add the index first (half a day) or cap the range at "
        "30 days?");
    CHECK(adv.perspective == templates::Side::own_draft);
    CHECK(adv.triage == templates::Triage::ready);
}

TEST_CASE("a reply that defers is told to say by when, not that it is a bare no", "[templates][leads21]") {
    auto const adv = advise(
        "> can we get the kennel reviews page into the new app by next Friday?\nhmm, not sure. "
        "seems tight, let me think about it.");
    CHECK_THAT(adv.next_step, !Catch::Contains("bare no"));
    CHECK_THAT(adv.next_step, Catch::Contains("by when"));
}

TEST_CASE("a commitment whose concern is already written up is not told to log the concern again",
          "[templates][leads21]") {
    auto const adv = advise(
        "Disagree and commit on the kennel loyalty tiers: I still think a flat discount is simpler, but you made the "
        "call. Count me in; my concern is written up in the planning doc for the retro.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK_THAT(adv.next_step, Catch::Contains("your concern is on record"));
    CHECK_THAT(adv.next_step, !Catch::Contains("log it so your concern is on record"));
}

// trial22's defects (the blind trial on this round's build at f119eb0).
TEST_CASE("looks named only to say they are not the fix are no taste", "[templates][leads21]") {
    auto const adv = advise(
        "I read the 180 kennel booking complaints from March. Few mention the calendar the redesign polishes; 120 are "
        "owners whose vaccination record expired and nobody told them. A prettier calendar won't fix that. Could the "
        "first sprint go to an expiry reminder instead?");
    CHECK(adv.triage != templates::Triage::stop);
    CHECK(adv.flags.empty());
}

TEST_CASE("'won't reopen it' closes a decision, and the commitment is not reworked", "[templates][leads21]") {
    auto const adv = advise(
        "I'd have added the kennel waitlist before launching paid boarding, and I said so in planning. You made the "
        "call with the holiday dates in view, so I'm committing: I'll build boarding on the current schedule and won't "
        "reopen it.");
    CHECK(adv.triage == templates::Triage::commitment);
    CHECK_THAT(adv.commitment.decision, !Catch::Contains("You made the call"));
}

TEST_CASE("a wary doubt that asks for a chat is the writer's draft, not an ask for delivery", "[templates][leads21]") {
    auto const adv = advise(
        "Quick gut check on the kennel app's new check-in flow: I'm a little wary of how we're approaching it. Can we "
        "chat this week?");
    CHECK(adv.perspective == templates::Side::own_draft);
    CHECK_THAT(all_cards(adv), !Catch::Contains("sooner"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("just saying no"));
}

TEST_CASE("a decision log's 'Decision:' line is the decision, not its heading", "[templates][leads21]") {
    auto const adv = advise(
        "Decision log: kennel app, 2026-06-01\nDecision: online check-in launches at the two city sites only; the rest "
        "follow once their tablets arrive\nContext: the other sites have no tablets until July\nDecided by: Ines (PM) "
        "and me");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK_THAT(adv.commitment.decision, Catch::StartsWith("online check-in launches at the two city sites only"));
    CHECK(adv.commitment.decision_maker == "Ines (PM) and me");
}

TEST_CASE("the seeds' 'there may be a constraint I don't know about' is no hedge, and vagueness is never the cost",
          "[templates][leads21]") {
    auto const constraint = advise(
        "There may be a constraint I don't know about on the kennel auto-reorder. The spec reorders food when stock "
        "drops below 20%, but the prescription diets need a vet's sign-off, so an automatic order would just sit in "
        "the queue. From where I sit, an alert to the vet on shift covers those for much less work. What am I not "
        "seeing?");
    CHECK_THAT(constraint.next_step, !Catch::Contains("drop"));
    auto const vague =
        advise("Hmm, the kennel loyalty rollout gives me pause. Can't say exactly why yet, it just feels off.");
    CHECK_THAT(all_cards(vague), !Catch::Contains("Can't say exactly why"));
    CHECK_THAT(all_cards(vague), Catch::Contains("the kennel loyalty rollout"));
}

TEST_CASE("a decision told as its thing and verb reads on to the clause's end, and a talk names who decided",
          "[templates][leads21]") {
    auto const adv = advise(
        "So after talking with Ines: the kennel app export slips to the 30th, the CSV part ships the 15th. I'm fine "
        "with it.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK(adv.commitment.decision == "the kennel app export slips to the 30th");
    CHECK(adv.commitment.decision_maker == "Ines");
    CHECK_THAT(adv.next_step, Catch::StartsWith("Good summary"));
    auto const stays = advise("Ok, the date stays at the 12th, Jo's decision. I'm on board.");
    CHECK(stays.commitment.decision == "the date stays at the 12th");
}

TEST_CASE("a last-company ask names the work compared, and 'by end of month' is the end of the month",
          "[templates][leads21]") {
    auto const last = advise("At my last company we built kennel booking in a week. Why is it 6 weeks here?");
    CHECK_THAT(all_cards(last), Catch::Contains("the time on kennel booking"));
    CHECK_THAT(all_cards(last), !Catch::Contains("it 6 weeks here"));
    auto const month = advise("Can we get the kennel portal done by end of month instead of Q3? Sales promised it.");
    CHECK_THAT(all_cards(month), Catch::Contains("the end of the month"));
    CHECK_THAT(all_cards(month), !Catch::Contains("the end of month"));
}

TEST_CASE("a proposed rule that 'we accept' new work only if something comes out is no decision accepted",
          "[templates][leads21]") {
    auto const adv = advise(
        "Stakeholders keep adding 'small quick wins' to the kennel app mid-sprint: 30 points become 42 by sprint end. "
        "Proposal: we accept new work mid-sprint only if equal points come out. Can we try it from next sprint?");
    CHECK(adv.triage == templates::Triage::ready);
    CHECK(advise("I accept the call on the kennel pricing, and I'll build it as specced.").triage ==
          templates::Triage::commitment);
}

// From the closing read of five replies on drafts no split holds.
TEST_CASE("the worry still held is the concern on record, not the side argued", "[templates][leads21]") {
    auto const adv = advise(
        "I argued for keeping the on-prem kennel search, but you've weighed the hosting costs and decided on the "
        "managed service. I'm on board and will start the migration Monday. I still worry about query latency for the "
        "EU sites, so let's check p95 after the first month.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK(adv.commitment.concern == "I still worry about query latency for the EU sites");
}

TEST_CASE("an attack read whole with the plan's clause gives the 1:1 card only the plan's clause",
          "[templates][leads21]") {
    auto const adv = advise(
        "Tomas has no idea how billing works, his proposal to prorate kennel upgrades double-charges annual "
        "customers. Someone needs to stop him.");
    REQUIRE(adv.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(adv), Catch::Contains("What I see: the proposal to prorate kennel upgrades"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("no idea"));
}
