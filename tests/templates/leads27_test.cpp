// --- leads27: the twenty-seventh round's advice ---
// Two new-user trials (trial28 on the round's start, trial29 scored blind side by side) and trial27's scored defects
// found cards a user would not send: a proposal card answering a "no" the draft never said, a vague draft's named work
// replaced by "this", a ready draft with two options stopped for "B is cleaner", a 1:1 card repeating the jab's
// "another", a log card that cut a labelled decision in half or kept its "(logged):" label, a hedge tweak that dropped
// a modal out of the middle of a sentence. Every draft here was written for these tests, in fields the corpora don't
// use.
#include <string>

#include "card_support.hpp"
#include "support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using test_support::advise;
using test_support::all_cards;

TEST_CASE("a vague doubt keeps the work it names and is not answered as a 'no'", "[templates][leads27]") {
    for (auto const& [text, work] : {
             std::pair{"Honestly the glider winch scheduler has me a little iffy. Just putting that out there.",
                       "the glider winch scheduler"},
             std::pair{"been thinking about the hop-yard irrigation revamp a lot and I keep going back and forth. "
                       "I'm a bit uneasy about it, curious what you think",
                       "the hop-yard irrigation revamp"},
         }) {
        auto const adv = advise(text);
        INFO(text);
        REQUIRE(adv.triage == templates::Triage::rework);
        CHECK_THAT(all_cards(adv), Catch::Contains(work));
        CHECK_THAT(all_cards(adv), !Catch::Contains("saying no"));
        CHECK_THAT(all_cards(adv), !Catch::Contains("the plan:"));
    }
}

TEST_CASE("a doubt with only a meeting asked is rework, and the meeting is no proposal", "[templates][leads27]") {
    auto const adv = advise(
        "Left yesterday's demo of the glider winch scheduler with a bad feeling. Let's find some "
        "time this week.");
    CHECK(adv.triage == templates::Triage::rework);
    CHECK_THAT(all_cards(adv), !Catch::Contains("find some time"));
}

TEST_CASE("a short refusal under a quoted ask is a bare no, answered by what it would take", "[templates][leads27]") {
    auto const dated = advise(
        "> could the tasting notes export be in the app before the spring open day?\n"
        "no, not happening before the open day.");
    CHECK(dated.perspective == templates::Side::reply_to_ask);
    CHECK_THAT(dated.next_step, Catch::Contains("bare no"));
    CHECK_THAT(all_cards(dated), Catch::Contains("the date or the depth"));
    // An ask with no date in it is not a date to trade: the reply says what is in the way.
    auto const undated = advise(
        "> could the hop-yard app text growers the soil readings hourly instead of daily?\n"
        "nope, not happening.");
    CHECK_THAT(undated.next_step, Catch::Contains("bare no"));
    CHECK_THAT(all_cards(undated), Catch::Contains("what's in the way"));
    CHECK_THAT(all_cards(undated), !Catch::Contains("the date or the depth"));
    // A refusal with its reason and a way is no bare no.
    auto const reasoned = advise(
        "> could the hop-yard app text growers hourly?\n"
        "no, not hourly: the SMS budget is 2k a month, but daily plus alerts fits.");
    CHECK_THAT(reasoned.next_step, !Catch::Contains("bare no"));
}

TEST_CASE("a quality of one option in a laid-out trade is no taste and no attack", "[templates][leads27]") {
    auto const adv = advise(
        "Marta, on the glider winch scheduler: launches stack up at 10am because the app books the winch in 15-minute "
        "slots, and on Saturday we had 9 gliders waiting over 40 minutes. I see two paths. A: keep the slots and add a "
        "waitlist (3 days). B: move to a rolling queue (8 days). A keeps your date for the club app; B is cleaner but "
        "pushes the app to June. Could we decide by Thursday's sync?");
    CHECK(adv.triage == templates::Triage::ready);
    CHECK(adv.flags.empty());
}

TEST_CASE("a stop's 1:1 card says the plan once, without the jab's 'another'", "[templates][leads27]") {
    auto const again = advise("oh great, another 'quick' change to the winch rota the week before the regionals.");
    REQUIRE(again.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(again), !Catch::Contains("another"));
    CHECK_THAT(all_cards(again),
               Catch::Contains("What I see: a change to the winch rota the week before the regionals"));
    // The plan said, then what it does: both reach the card.
    auto const posted = advise(
        "<!channel> posting this in <#C0ALL|all-members> so everyone sees it: the committee wants to make Sunday "
        "launches members-only starting in May. That's going to turn away every trial-flight visitor we rely on. "
        "Does anyone else think this is a bad call?");
    REQUIRE(posted.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(posted), Catch::Contains("and that's going to turn away every trial-flight visitor"));
}

TEST_CASE("a log card keeps the decision as the writer labelled it and the revisit date", "[templates][leads27]") {
    auto const recap = advise(
        "Recap of my 1:1 with Ines today:\n"
        "- Decision: winch slots stay at 15 minutes through the summer; the rolling queue starts in September.\n"
        "- My concern (logged): two booking systems in one season means double training for the duty pilots.\n"
        "- We revisit Aug 20 with the July wait times.");
    REQUIRE(recap.triage == templates::Triage::commitment);
    auto const cards = all_cards(recap);
    CHECK_THAT(cards, Catch::Contains("Decision: winch slots stay at 15 minutes through the summer; the rolling queue "
                                      "starts in September"));
    CHECK_THAT(cards, Catch::Contains("My concern, on record: two booking systems in one season"));
    CHECK_THAT(cards, !Catch::Contains("(logged)"));
    CHECK_THAT(cards, Catch::Contains("Revisit: on Aug 20"));
    auto const told = advise(
        "I still think we'd be safer holding the new tasting-room kiosk until after harvest — my "
        "notes are in the PRD. But the call is to ship it Sept 1, so I'm in.");
    REQUIRE(told.triage == templates::Triage::commitment);
    CHECK_THAT(all_cards(told), Catch::Contains("Decision: ship the new tasting-room kiosk Sept 1"));
    CHECK_THAT(all_cards(told), !Catch::Contains("my notes are"));
}

TEST_CASE("a modal inside a sentence is no hedge to drop, an opening one is", "[templates][leads27]") {
    auto const modal = advise(
        "The winch rota app reassigns pilots overnight without a text, so a pilot expecting the 9am slot might get "
        "2pm instead. Last month that cost us 5 no-shows. Can we text on every reassignment before Saturday's meet?");
    CHECK(modal.triage == templates::Triage::ready);
    CHECK_THAT(modal.next_step, !Catch::Contains("drop"));
    auto const opening = advise(
        "Happy to be wrong here, but the winch rota app reassigns pilots overnight without a text, and last month that "
        "cost us 5 no-shows. Can we text on every reassignment before Saturday's meet?");
    CHECK_THAT(opening.next_step, Catch::Contains("drop \xE2\x80\x9CHappy to be wrong here, but\xE2\x80\x9D"));
}

TEST_CASE("the round's motive readings stop what drives a draft and leave plain words alone", "[templates][leads27]") {
    auto const way = advise(
        "I'd really rather build the duty roster as a calendar grid than the list in the mock. "
        "I've built a few of these and grids are just the better pattern for this. Can we switch "
        "before I start?");
    CHECK(way.triage == templates::Triage::stop);
    CHECK(way.flags == std::vector<std::string>{"illegitimate:my-way"});
    auto const idiom = advise(
        "The reminder goes out 2h before the slot, but pilots drive 50 minutes to the field, "
        "so a cancel at 2h loses the slot: 7 lost in May. Could we move it to 24h (with a 1h "
        "'on my way' ping)? Need a yes by Wednesday.");
    CHECK(idiom.triage == templates::Triage::ready);
    auto const plain = advise(
        "From 8 ride-alongs, the top complaint is that the app loses notes with no signal on "
        "the airfield. A leaderboard doesn't touch that. Can we do offline notes first?");
    CHECK(plain.triage != templates::Triage::stop);
    auto const fyi = advise(
        "<!here> FYI the county moved the airfield noise report due date to Feb 15. No change "
        "needed on our side, the export's already done.");
    CHECK(fyi.triage == templates::Triage::not_pushback);
}
