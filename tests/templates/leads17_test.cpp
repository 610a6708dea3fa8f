// --- leads17: the seventeenth round's card leads, on wordings in no dev file ---
// A worry that the work is rushed ("Feels rushed", "we're rushing the migration", "let's not rush it") is the date
// against the depth: it got "weigh one risk" or "say what it costs", with fragments of the draft ("the permissions
// redesign tbh", "it and I can't shake the feeling that we're rushing") in their slots.
#include "card_support.hpp"
#include "support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using test_support::advise;
using test_support::all_cards;

TEST_CASE("a worry that the work is rushed gets the date-or-depth choice", "[templates][leads17]") {
    for (std::string_view t :
         {"Hmm, not sure about the tide alerts rollout. Feels rushed.",
          "I think we're rushing the kiln scheduler, honestly.", "The parish map import... maybe let's not rush it?"}) {
        INFO(t);
        auto const adv = advise(t);
        CHECK(adv.triage == templates::Triage::rework);
        CHECK_THAT(all_cards(adv), Catch::Contains("Which matters more for this release, the date or the depth?"));
        CHECK_THAT(all_cards(adv), !Catch::Contains("weigh one risk"));
    }
    // A risk named with its failure mode keeps the risk card.
    auto const risk = advise(
        "I'm worried about the kiln scheduler: if the controller drops a schedule mid-fire, "
        "the whole load of 40 pots is lost.");
    CHECK_THAT(all_cards(risk), !Catch::Contains("the date or the depth"));
}

TEST_CASE("the deadline of a thing named is a fact asked for", "[templates][leads17]") {
    // It got "Fair question. Here's what makes this bigger than it looks" as if the writer had been asked why so long.
    for (std::string_view t : {"What's the deadline for the pricing page copy?",
                               "Hey <@U03PM>, quick one: what's the deadline for the kiln scheduler copy?"}) {
        INFO(t);
        auto const adv = advise(t);
        CHECK(adv.triage == templates::Triage::not_pushback);
        CHECK(adv.cards.empty());
    }
    // "What's the deadline?" alone, with the pressure beside it, is still an ask.
    CHECK(advise("What's the deadline? We need this yesterday.").triage == templates::Triage::rework);
}

TEST_CASE("the writer's own doubt about size or worth is theirs, not a PM's ask", "[templates][leads17]") {
    // "a lot of work for unclear value" weighs the work against its worth: the user-need card, in the writer's voice
    // (it got "If it's your PM's message: show what makes it complex").
    for (std::string_view t : {"Can someone explain why we're doing the kiln rewards at all? It seems like a lot of "
                               "work for unclear value.",
                               "The parish map sync seems like a lot of effort for what we get."}) {
        INFO(t);
        auto const adv = advise(t);
        CHECK(adv.perspective == templates::Side::own_draft);
        CHECK_THAT(all_cards(adv), Catch::Contains("solving the right problem"));
    }
    // The size put to the engineer stays an ask.
    CHECK(advise("Three weeks for a settings page seems like a lot.").perspective == templates::Side::ask);
    // "The timeline feels a bit aggressive to me, but maybe it's fine?" doubts the date: the date-or-depth card (it
    // got "Happy to look at bringing this in sooner").
    auto const tight = advise("Hmm, the kiln timeline feels a bit aggressive to me, but maybe it's fine?");
    CHECK(tight.perspective == templates::Side::own_draft);
    CHECK_THAT(all_cards(tight), Catch::Contains("the date or the depth"));
    CHECK_THAT(all_cards(tight), !Catch::Contains("bringing this in sooner"));
    CHECK(advise("Any update on the timeline for the kiln export?").perspective == templates::Side::ask);
}

TEST_CASE("a third probe's leads: a smaller version offered, a trade put, points as a size, how to reach a thing",
          "[templates][leads17]") {
    // A reply that offers a smaller version or puts the trade to the reader carries its way forward: ready.
    CHECK(advise("> it's just a button, why is it 5 points?\nbecause the button issues a refund, and refunds touch the "
                 "ledger, the payment provider and the email service. I can do a version that only queues the refund "
                 "for manual approval in 2.")
              .triage == templates::Triage::ready);
    CHECK(
        advise("Re: your ask about pulling the kiln export into this sprint: I'd rather not. It's 2 weeks of work and "
               "the sprint is already full with the fixes that close 3 P1s. If the export matters more, tell me "
               "which P1 to drop.")
            .triage == templates::Triage::ready);
    // Story points size the work: the reply speaks of the thing, not of "it 5 points".
    auto const points = advise("Why is the kiln export button 8 points?");
    CHECK_THAT(all_cards(points), Catch::Contains("what makes the kiln export button bigger than it looks"));
    CHECK_THAT(all_cards(points), !Catch::Contains("8 points bigger"));
    // The way to reach something is a fact asked for; the best way to do the work weighs approaches.
    CHECK(advise("What's the best way to get access to the kiln telemetry replica?").triage ==
          templates::Triage::not_pushback);
    CHECK(advise("What's the best way to handle the kiln migration, big bang or phased?").triage !=
          templates::Triage::not_pushback);
}

TEST_CASE("a date asked for when a thing is ready speaks of the thing", "[templates][leads17]") {
    // It read "For when the Android release the honest answer is a range" and "Where does when the Android release
    // stand".
    auto const adv = advise(
        "Can you give me a date for when the kiln app release will be ready? I need it for the "
        "board update on the 12th.");
    CHECK_THAT(all_cards(adv), Catch::Contains("For the kiln app release the honest answer is a range"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("when the kiln app release"));
}

TEST_CASE(
    "an argument lost and the work taken up is a commitment, and an ask that names the smaller thing it would take "
    "is ready",
    "[templates][leads17]") {
    for (std::string_view t :
         {"Lost the argument on caching the menu, that's ok. Building it the way Ana wants; my numbers are in the "
          "ticket.",
          "I argued for the on-prem kiosks and lost, fair enough. Starting the rollout plan today.",
          "I don't love the plan but I get why we're doing it. Let's go."}) {
        INFO(t);
        CHECK(advise(t).triage == templates::Triage::commitment);
    }
    CHECK(advise("Lost the argument on caching the menu. Can we revisit it next sprint?").triage !=
          templates::Triage::commitment);
    // An ask with its reason and the smaller thing the asker would take.
    auto const ask = advise(
        "Can the kiln booking page be live before the spring fair on April 4? Members book by phone "
        "today and the fair brings about 300 bookings. A version with card payments only would be "
        "enough to start.");
    CHECK(ask.perspective == templates::Side::ask);
    CHECK(ask.triage == templates::Triage::ready);
}

TEST_CASE("a smaller option said by its reach and its saving is an alternative", "[templates][leads17]") {
    CHECK(advise("Do we really need real-time sync for the kiln app v1? Hourly would cover the 3 use cases in the PRD "
                 "and save us the websocket infra (about 2 weeks).")
              .triage == templates::Triage::ready);
}

TEST_CASE("a 1:1 followed up in writing from a day's meeting is a record", "[templates][leads17]") {
    CHECK(
        advise("Following up from Tuesday's 1:1 as promised, in writing:\n- we keep the kiln rota through Q1\n- I'll "
               "draft a proposal for weekend cover by Jan 15\n- you'll check the budget for a 5th person\nLet me know "
               "if I missed anything.")
            .triage == templates::Triage::commitment);
}

TEST_CASE("material asked for by name is a request, and an offer to get a review fast-tracked is a way",
          "[templates][leads17]") {
    CHECK(advise("Is it possible to get the kiln roadmap doc before Thursday's planning? Want to read it first.")
              .triage == templates::Triage::not_pushback);
    CHECK(advise("> why does the kiln data export take a week?\nit doesn't really, the code is a day. the rest is the "
                 "security review, which legal needs for anything that exports PII. I can ask them to fast-track it.")
              .triage == templates::Triage::ready);
}

TEST_CASE("an argument lost is logged with the way taken as the decision and the side lost as the concern",
          "[templates][leads17]") {
    // It logged "Decision: Lost the argument on lazy-loading the seat map, that's ok" and "My concern: none noted".
    auto const adv = advise(
        "Lost the argument on caching the kiln menu, that's ok. Building it the way Ana wants; my "
        "numbers are in the ticket.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK_THAT(all_cards(adv), Catch::Contains("Decision: build it the way Ana wants"));
    CHECK_THAT(all_cards(adv), Catch::Contains("the case for caching the kiln menu"));
    // A concern said in the writer's own words beside the side they argued for keeps those words.
    auto const own = advise(
        "We're launching single-leg kiln bookings first. I argued for combined fares and I still "
        "expect complaints from the island potters, but I'm on board.");
    CHECK_THAT(all_cards(own), Catch::Contains("I still expect complaints from the island potters"));
}

TEST_CASE("an apology for the writer's own slip is never a stop on the combiner's word", "[templates][leads17]") {
    CHECK(
        advise(
            "sorry, clearly didn't wake up properly this morning 🤣 didn't see there were two reviewers on the kiln "
            "PR. ignore my comment!")
            .triage != templates::Triage::stop);
}

TEST_CASE("read end to end: a bad feeling is a doubt, and a decision the team picked is logged",
          "[templates][leads17]") {
    // "Rather than just saying no to the new checkout flow" answered a draft that says no to nothing.
    auto const doubt = advise(
        "Honestly I have a bad feeling about the new kiln booking flow. Something about it just "
        "doesn't feel right to me.");
    CHECK_THAT(all_cards(doubt),
               Catch::Contains("I have doubts about the new kiln booking flow, and rather than leave it at that"));
    // It logged "Decision: [what was decided]".
    auto const picked = advise(
        "I still think Postgres would have been the better fit for the kiln ledger, but the "
        "team picked Dynamo and I'm on board. I'll set up the capacity alarms this week.");
    REQUIRE(picked.triage == templates::Triage::commitment);
    CHECK_THAT(all_cards(picked), Catch::Contains("Decision: Dynamo"));
}
