// --- r29: the stop's 1:1 card, read end to end ---
// The plan a draft names with what it does ("Sam's plan to move ..."), the risk said after what the writer does about
// it, a reason that is a person, a bare verdict, and a later time the writer floats. Wordings in no dev file, through
// the real detector and the embedded models, with an innocent shape beside each where one exists.
#include <string>
#include <vector>

#include "card_support.hpp"
#include "detector/analysis.hpp"
#include "templates/advice.hpp"
#include "templates/detail/advice_slots.hpp"

using namespace pushback;
using templates::Triage;
using test_support::advise;
using test_support::all_cards;
using test_support::family;

TEST_CASE("the 1:1 card names the plan a draft gives with what it does, and says it once", "[templates][cards29]") {
    auto const adv = advise(
        "Emailing Dana's director tonight because Sam's plan to move invoice exports behind the new reporting paywall "
        "is going to hurt renewals.");
    REQUIRE(adv.triage == Triage::stop);
    auto const* idea = family(adv, "idea");
    REQUIRE(idea != nullptr);
    // The plan, not "the plan"; the harm, not the writer's move; the plan named once, then "it".
    CHECK_THAT(idea->text, Catch::Contains("a concern about the plan to move invoice exports behind the new reporting "
                                           "paywall, not about anyone. What I see: it is going to hurt renewals."));
    CHECK_THAT(idea->text, !Catch::Contains("director"));
    CHECK_THAT(idea->text, !Catch::Contains("Sam"));
}

TEST_CASE("the 1:1 card never carries a reason that is a person, nor a bare verdict as what the writer sees",
          "[templates][cards29]") {
    auto const person =
        advise("<!channel> the seating chart rewrite is a mess because our PM keeps caving to every venue that calls.");
    REQUIRE(person.triage == Triage::stop);
    CHECK_THAT(all_cards(person), !Catch::Contains("caving"));
    // A verdict with nothing under it: the card asks for the fact instead of repeating it.
    auto const verdict = advise(
        "Posting this in the all-company channel so everyone sees it: the Q3 pricing plan is "
        "a bad idea.");
    REQUIRE(verdict.triage == Triage::stop);
    CHECK_THAT(all_cards(verdict), Catch::Contains("What I see: [what in the plan would break, and for whom]."));
    CHECK_THAT(all_cards(verdict), !Catch::Contains("bad idea"));
    // A reason that is no person stays: it is the writer's point.
    auto const reason = advise(
        "<!channel> the seating chart rewrite will double-book aisle seats because the venue map has no row ids.");
    REQUIRE(reason.triage == Triage::stop);
    CHECK_THAT(all_cards(reason), Catch::Contains("because the venue map has no row ids"));
}

TEST_CASE("a later time the writer floats is no deadline in the cards", "[templates][cards29]") {
    auto const period = [](std::string_view text) {
        return templates::detail::l16_period_deadline(text, detector::analyze(text));
    };
    CHECK(period("porting the route map to the new kit is a lot for us right now. maybe next quarter?").empty());
    CHECK(period("Not this sprint, the pager rotation is thin. Perhaps next month?").empty());
    // The same words as the date asked for still are one.
    CHECK(period("Can we get the route map ported to the new kit next quarter?") == "the end of next quarter");
}

TEST_CASE("a decision log's logged concern is the concern on record", "[templates][cards29]") {
    auto const adv = advise(
        "Decision log, 4/2: we move route planning to the vendor's optimiser for all depots. Concern logged: "
        "per-route pricing once we pass 3k routes a day, we check the bill in June.");
    REQUIRE(adv.triage == Triage::commitment);
    CHECK_THAT(all_cards(adv),
               Catch::Contains("My concern, on record: per-route pricing once we pass 3k routes a day"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("none noted"));
}

TEST_CASE("a person's plan called a fantasy is aimed at them, the plan called one is not", "[templates][cards29]") {
    auto const aimed = advise(
        "Kim, your estimate for the payments migration is a fantasy and everyone on the team "
        "knows it.");
    REQUIRE(aimed.triage == Triage::stop);
    CHECK(aimed.flags == std::vector<std::string>{"person-directed"});
    CHECK_THAT(all_cards(aimed), Catch::Contains("a concern about the estimate for the payments migration"));
    CHECK(advise("Your roadmap is a pipe dream.").triage == Triage::stop);
    // The plan judged, with the reason, and a product's own "fantasy", judge no one.
    CHECK(advise("The estimate for the payments migration is a fantasy: the card vault alone is three weeks.").triage !=
          Triage::stop);
    CHECK(advise("Kim's fantasy league draft tool needs the new API by Friday.").triage != Triage::stop);
}

TEST_CASE("what the writer proposes is never the risk they fear, and a feeling is asked about, not dropped",
          "[templates][cards29]") {
    auto const adv = advise("Could we maybe hold the kiosk rollout a week? I just have a bad feeling about it.");
    REQUIRE(adv.triage == Triage::rework);
    // The card asks for the failure mode; the proposal is said once, as the way to contain it, without its "maybe".
    auto const* risk = family(adv, "risks");
    REQUIRE(risk != nullptr);
    CHECK_THAT(risk->text, Catch::Contains("[the failure mode, and who it would hit]"));
    CHECK_THAT(risk->text, Catch::Contains("What I'd suggest to contain it: hold the kiosk rollout a week."));
    CHECK_THAT(risk->text, !Catch::Contains("maybe"));
    CHECK_THAT(adv.next_step, Catch::Contains("name the failure mode and who it would hit"));
    CHECK_THAT(adv.next_step, !Catch::Contains("feeling"));
    CHECK_THAT(advise("Hey, I have a bad feeling about the kiosk rollout. Can we talk before it goes out?").next_step,
               !Catch::Contains("drop"));
    CHECK_THAT(adv.next_step, !Catch::Contains("drop"));
    // "I feel" is still a hedge to drop.
    CHECK_THAT(advise("I feel like the kiosk rollout is rushed, can we hold it a week?").next_step,
               !Catch::Contains("what the feeling is about"));
}

TEST_CASE("'if that makes sense' checks the wording, it accepts no decision", "[templates][cards29]") {
    auto const hedged = advise(
        "I think we should probably consider maybe looking at whether the caching layer could "
        "potentially be simplified at some point, if that makes sense?");
    CHECK(hedged.triage == Triage::rework);
    CHECK(hedged.commitment.decision.empty());
    // Said of the decision, it is one accepted.
    CHECK(advise("We're keeping the nightly batch for now. Makes sense, I'm on board.").triage == Triage::commitment);
}

TEST_CASE("when to look again is never the decision logged", "[templates][cards29]") {
    auto const adv = advise(
        "I disagree with moving the kiosks to monthly updates, but I'll support it and make it "
        "work. Let's revisit after the first two months.");
    REQUIRE(adv.triage == Triage::commitment);
    CHECK(adv.commitment.decision == "moving the kiosks to monthly updates");
    CHECK_THAT(adv.commitment.revisit, Catch::Contains("two months"));
}

TEST_CASE("a broadcast's 1:1 card names what 'we're' doing, once", "[templates][cards29]") {
    auto const adv = advise(
        "<!here> does anyone else think it's insane that we're cutting the fare-capping tests to "
        "hit the council demo?");
    REQUIRE(adv.triage == Triage::stop);
    CHECK_THAT(all_cards(adv),
               Catch::Contains("a concern about cutting the fare-capping tests to hit the council demo, not about"));
    // Said whole in the point, the doing is named there only.
    auto const twice = advise(
        "Wow, love that we're moving the ferry timetable to the new API two days before the "
        "holiday sailings. Great planning as always :clap:");
    REQUIRE(twice.triage == Triage::stop);
    CHECK_THAT(all_cards(twice), !Catch::Contains("a concern about moving the ferry timetable"));
}

TEST_CASE("a shrugged yes is coached as a grudging one", "[templates][cards29]") {
    auto const adv = advise(
        "team, the badge printing thing is fine I guess, whatever compliance wants. not my "
        "problem anymore.");
    CHECK(adv.triage == Triage::rework);
    CHECK_THAT(adv.next_step, Catch::Contains("grudging yes"));
    // A sincere yes is none.
    CHECK_THAT(advise("The badge printing change is fine by me, thanks for walking me through it.").next_step,
               !Catch::Contains("grudging"));
}

TEST_CASE("'not sure I agree with X, but I'll defer' logs X and asks why", "[templates][cards29]") {
    auto const adv = advise(
        "Not sure I agree with prioritizing the tram ticket kiosk over the refund flow, but I'll "
        "defer to you.");
    REQUIRE(adv.triage == Triage::commitment);
    CHECK(adv.commitment.decision == "prioritizing the tram ticket kiosk over the refund flow");
    CHECK_THAT(all_cards(adv), Catch::Contains("My concern, on record: [why you disagree, in one line]"));
}

TEST_CASE("the missed constraint card says whom a pronoun consequence is about", "[templates][cards29]") {
    auto const adv = advise(
        "The badge reader rollout plan doesn't mention the 40 night-shift guards on the old cards. "
        "They'd be locked out of the depot on the first night.");
    REQUIRE(adv.triage == Triage::rework);
    CHECK_THAT(all_cards(adv), Catch::Contains("the 40 night-shift guards on the old cards (they'd be locked out"));
    // A consequence that names its subject is kept as written.
    auto const named = advise(
        "The badge reader rollout plan doesn't mention the 40 night-shift guards on the old cards. "
        "The guards would be locked out of the depot on the first night.");
    CHECK_THAT(all_cards(named), !Catch::Contains("old cards (the guards"));
}
