// --- cards14: round fourteen (tests/data/coaching/review.md, "Round fourteen"), on wordings in no dev file ---
// What a user reads on the cards, through the real detector: each case is a card the round's review found a senior
// engineer would not send, checked on the words the user would copy, with a benign or contrary wording beside it.
#include <algorithm>

#include "card_support.hpp"
#include "detector/analysis.hpp"
#include "support.hpp"
#include "templates/advice.hpp"
#include "templates/detail/advice_slots.hpp"

using namespace pushback;
using test_support::advise;
using test_support::all_cards;
using test_support::family;

TEST_CASE("a milestone named as what the work must come before is its date", "[templates][cards][cards14]") {
    using templates::detail::c14_milestone;
    CHECK(c14_milestone("We won't finish the seed catalogue before the board meeting.") == "the board meeting");
    CHECK(c14_milestone("Can it be live ahead of the summer festival?") == "the summer festival");
    CHECK(c14_milestone("Could the preorder page ship before Christmas?") == "Christmas");
    CHECK(c14_milestone("I need the pass scanner in time for the regatta, please") == "the regatta");
    // Not an event, or the event's noun going on into another noun phrase.
    CHECK(c14_milestone("before the launch plan is signed off") == "");
    CHECK(c14_milestone("Let's talk before the end of the day.") == "");
    CHECK(c14_milestone("by the time the importer runs") == "");
    CHECK(c14_milestone("The demo went well.") == "");

    // The date-or-depth card says the milestone, where it asked "in the time we have".
    auto const adv = advise("There's no way the choir rota app is done before the spring concert, it's too much.");
    CHECK_THAT(all_cards(adv), Catch::Contains("by the spring concert"));
    // A faster ask by its milestone gets the scope reply, not "by when do you need it?".
    auto const ask = advise("Could the tide table widget be live ahead of the sailing festival?");
    REQUIRE(ask.perspective == templates::Side::ask);
    CHECK_THAT(all_cards(ask), Catch::Contains("what would you cut to make the sailing festival?"));
    CHECK_THAT(all_cards(ask), !Catch::Contains("by when do you need it"));
    // A benign promise before a meeting stays the writer's own, no card invented.
    auto const benign = advise("I'll have the rota draft ready before the board meeting so you can look at it.");
    CHECK(benign.perspective == templates::Side::own_draft);
    CHECK_THAT(all_cards(benign), !Catch::Contains("what would you cut"));
}

TEST_CASE("someone else's date stays in the better faster ask", "[templates][cards][cards14]") {
    // (r26: said once, in the ask, the stake after it without the date.)
    auto const adv = advise("Can we get the allotment plot map done faster? The council has an open day on Saturday.");
    REQUIRE(adv.perspective == templates::Side::ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("by Saturday: the council has an open day."));
    auto const visit = advise("Could the wine club signup be ready sooner? Our investors visit on the 20th.");
    CHECK_THAT(all_cards(visit), Catch::Contains("by the 20th: our investors visit."));
    // A sentence about the asker's own wish or a demand is no one else's date.
    auto const wish = advise("Can we get the allotment plot map done faster? It would really help us.");
    CHECK_THAT(all_cards(wish), !Catch::Contains(": It would"));
    CHECK_THAT(all_cards(wish), !Catch::Contains(": it would"));
}

TEST_CASE("a delivery asked by its verb and its date is a faster ask", "[templates][cards][cards14]") {
    auto const adv = advise("Can the seed swap listing page ship before the spring fair?");
    REQUIRE(adv.perspective == templates::Side::ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("bringing the seed swap listing page in sooner"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("page ship"));
    auto const speed = advise("Can we speed up the tool library checkout? The council meets next Tuesday.");
    CHECK_THAT(all_cards(speed), Catch::Contains("reply with scope, not speed"));
    // "the dashboard launch" keeps its noun.
    auto const noun = advise("Can we bring the tool library launch forward to next Monday?");
    CHECK_THAT(all_cards(noun), Catch::Contains("the tool library launch"));
}

TEST_CASE("an answer to why so long keeps its total and its object drops the length", "[templates][cards][cards14]") {
    auto const adv = advise(
        "> why is the seed bank inventory screen taking 3 weeks?\nThe screen is the easy part. The old "
        "barcode printers only take a serial feed, so we need a print bridge, and the volunteers want it offline. "
        "About "
        "3 weeks in all, a week of it on the bridge.");
    REQUIRE(adv.perspective == templates::Side::reply_to_ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("what makes the seed bank inventory screen bigger"));
    CHECK_THAT(all_cards(adv), Catch::Contains("About 3 weeks in all, a week of it on the bridge."));
    // "ours quoted at two months" keeps its length: it is the complement, not a tail on the name.
    auto const quoted =
        advise("At my previous company we built a seed catalogue in two weeks. Why is ours quoted at two months?");
    CHECK_THAT(all_cards(quoted), !Catch::Contains("quoted at goes"));
}

TEST_CASE("a stop's 1:1 card names the judged plan and the point after the verdict", "[templates][cards][cards14]") {
    auto const adv = advise(
        "Frankly Piet has no idea what he's doing, the three-day estimate for the allotment billing is a fantasy "
        "because every plot has its own water meter.");
    REQUIRE(adv.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(adv), Catch::Contains("a concern about the three-day estimate for the allotment billing"));
    CHECK_THAT(all_cards(adv), Catch::Contains("What I see: every plot has its own water meter."));
    // A reason that names a person keeps the attack out of the 1:1 card.
    auto const person = advise("The seed catalogue plan is a joke because Piet is lazy and copies the old one.");
    CHECK_THAT(all_cards(person), !Catch::Contains("What I see: Piet"));
    // The matter of a move over someone's head.
    auto const ladder = advise("Going over Nadia's head on the compost pickup rota, I'm booking time with her boss.");
    CHECK_THAT(all_cards(ladder), Catch::Contains("a concern about the compost pickup rota"));
    // A plan owned by the person judged is named whole and turned to "the": the 1:1 is about the estimate, not her.
    auto const owned = advise(
        "Ilse clearly has no idea how the kiln scheduler works, her estimate of two days for the glaze queue rewrite "
        "is a joke.");
    REQUIRE(owned.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(owned),
               Catch::Contains("a concern about the estimate of two days for the glaze queue rewrite"));
    CHECK_THAT(all_cards(owned), !Catch::Contains("her estimate"));
}

TEST_CASE("a rate is not the plan's number", "[templates][cards][cards14]") {
    using templates::detail::c14_said_as_a_rate;
    CHECK(c14_said_as_a_rate("the plan to sync the dock counts once an hour", "an hour"));
    CHECK(c14_said_as_a_rate("we poll the kiln every 5 minutes", "5 minutes"));
    CHECK_FALSE(c14_said_as_a_rate("the kiln poller is planned at 3 days", "3 days"));
    auto const adv = advise("Not a fan of the plan to batch the greenhouse alerts once an hour.");
    CHECK_THAT(all_cards(adv), !Catch::Contains("not an hour"));
    auto const est =
        advise("The spec says we poll the greenhouse sensors every 5 minutes; my estimate for the poller is 3 days.");
    CHECK_THAT(all_cards(est), !Catch::Contains("not 5 minutes"));
}

TEST_CASE("a doubted need of the people named is the writer's premise card", "[templates][cards][cards14]") {
    auto const adv = advise("Do allotment holders actually want a forum in the plot app?");
    CHECK(adv.perspective == templates::Side::own_draft);
    REQUIRE_FALSE(adv.cards.empty());
    CHECK(adv.cards.front().family == "premise");
    CHECK_THAT(all_cards(adv), Catch::Contains("solving the right problem with a forum in the plot app"));
    // A hedge is not what the writer sees.
    auto const hedge = advise("Do allotment holders actually want a forum in the plot app? Feels like we're guessing.");
    CHECK_THAT(all_cards(hedge), !Catch::Contains("From where I sit: feels like"));
    // A question about the reader's own need is no premise doubted.
    auto const reader = advise("Do you actually need me in the planning call tomorrow?");
    CHECK(family(reader, "premise") == nullptr);
}

TEST_CASE("an ask for a safeguard gets its own reply, not the add-on trade", "[templates][cards][cards14]") {
    auto const adv = advise("Also want to make sure we have a way to undo the plot price change if it goes wrong?");
    REQUIRE(adv.perspective == templates::Side::ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("Good call: we should have a way to undo the plot price change"));
    CHECK_THAT(all_cards(adv), Catch::Contains("Before we ship, I'd like to make sure we have a way to undo"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("The sprint is already committed"));
    // A real add-on still makes the trade.
    auto const add = advise("While you're in the plot app, could you also add a waiting list?");
    CHECK_THAT(all_cards(add), !Catch::Contains("Good call: we should have"));
}

TEST_CASE("a worry's family and its doing from its own words", "[templates][cards][cards14]") {
    auto const over = advise("Writing our own tile server for the allotment map seems like overkill to me.");
    REQUIRE_FALSE(over.cards.empty());
    CHECK(over.cards.front().family == "two-paths");
    CHECK_THAT(all_cards(over), Catch::Contains("two paths for writing our own tile server for the allotment map"));
    auto const limit =
        advise("Not a fan of the plan to read the water meters every minute, the meters don't work that way.");
    REQUIRE_FALSE(limit.cards.empty());
    CHECK(limit.cards.front().family == "constraint");
    CHECK_THAT(all_cards(limit), !Catch::Contains("the plan for the plan"));
    auto const uneasy = advise("Something about switching the plot renewals to auto-pay makes me uneasy.");
    CHECK_THAT(all_cards(uneasy), Catch::Contains("switching the plot renewals to auto-pay"));
    // A clause is no doing: "Supporting X would mean ..." names no object from it.
    auto const clause = advise("Supporting paper renewals would mean a lot of manual work and seems risky.");
    CHECK_THAT(all_cards(clause), !Catch::Contains("about supporting paper renewals would"));
    // A remark is no doing: 'Saying "..." is too easy' judges words said, not work planned.
    auto const remark =
        advise("Saying \"nobody reads the plot newsletter\" is too easy a way to skip the survey we promised.");
    CHECK_THAT(all_cards(remark), !Catch::Contains("about saying"));
    CHECK_THAT(all_cards(remark), !Catch::Contains("no to saying"));
}

TEST_CASE("a revisit after a named event is logged", "[templates][cards][cards14]") {
    auto const adv = advise(
        "OK, we're keeping the paper plot register this year, as Saskia decided. I'd still rather go digital, but I'm "
        "in. Let's revisit after the autumn show closes.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK(adv.commitment.revisit == "after the autumn show closes");
    auto const recap = advise(
        "Notes from my 1:1 with Bram (Mon):\n- I raised that the plot app can't split shared plots\n- agreed: shared "
        "plots "
        "stay on paper for now\n- revisit after the spring hiring round");
    REQUIRE(recap.triage == templates::Triage::commitment);
    CHECK(recap.commitment.revisit == "after the spring hiring round");
}

TEST_CASE("a why-so-long ask that counts the thing as one likens the work to it", "[templates][cards][cards14]") {
    auto const adv = advise("Why does the plot booking form need a whole sprint? It's one page with a date picker.");
    REQUIRE(adv.perspective == templates::Side::ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("look like one page with a date picker"));
    // A length is no thing.
    auto const length = advise("Why does the plot booking form need a whole sprint? It's only a day of work.");
    CHECK_THAT(all_cards(length), !Catch::Contains("look like a day"));
}

TEST_CASE("a reply to a faster ask names the work delivered and the week asked for", "[templates][cards][cards14]") {
    using templates::detail::c14_delivered_thing;
    CHECK(c14_delivered_thing("can the allotment rota page go out this week?") == "the allotment rota page");
    CHECK(c14_delivered_thing("Could our plot map be live by Friday?") == "our plot map");
    CHECK(c14_delivered_thing("can you go out and check the plots?") == "");
    CHECK(c14_delivered_thing("Can the launch checklist be shared?") == "");
    auto const adv = advise("> can the allotment rota page go out this week?\nhmm, not sure, probably not");
    REQUIRE(adv.perspective == templates::Side::reply_to_ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("bringing the allotment rota page in sooner"));
    CHECK_THAT(all_cards(adv), Catch::Contains("to make this week?"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("the earlier date"));
}
