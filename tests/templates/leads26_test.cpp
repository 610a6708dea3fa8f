// --- leads26: the twenty-sixth round's advice ---
// A skip's stop told the writer to "have the 1:1 with your PM first" when the draft names whom it goes around ("I'd
// rather not turn it into a whole thing with Jenna"), and a stop's 1:1 card asked "[what in the plan would break]" of a
// draft that states it in a sentence with "going out" in it. Every draft here was written for these tests.
#include <string>

#include "card_support.hpp"
#include "support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using test_support::advise;
using test_support::all_cards;

TEST_CASE("a skip's stop names the person gone around as the one to talk to first", "[templates][leads26]") {
    struct Case {
        char const* text;
        char const* who;
    };
    for (auto const& c : {
             Case{"Going over Marek's head on this one, the billing cutover needs someone who can say no.", "Marek"},
             Case{"Emailing Ilse's director tonight about the quota change so it gets pulled.", "Ilse"},
             Case{"Haven't raised it with Bruno yet. <@U0VPENG> can you just kill the kiosk rewrite?", "Bruno"},
             Case{"hey Rick, sorry to come to you with this, I'd rather not turn it into a whole thing with Tamsin. "
                  "can you pull the auto-renew change before it ships?",
                  "Tamsin"},
             Case{"Skipping Oleg on this, I'll DM the CTO directly about the export deadline.", "Oleg"},
         }) {
        auto const adv = advise(c.text);
        INFO(c.text);
        REQUIRE(adv.triage == templates::Triage::stop);
        CHECK_THAT(adv.next_step, Catch::Contains(std::string("have the 1:1 with ") + c.who + " first"));
        CHECK_THAT(all_cards(adv), Catch::Contains(std::string("Have you really had the 1:1 with ") + c.who + "?"));
    }
}

TEST_CASE("a skip's stop names no one it can't tell is gone around", "[templates][leads26]") {
    // The reader, someone above, a thing: none is the person to talk to first.
    for (char const* text : {
             "Writing to Raj (our director) tonight about the tree merge rather than another thread on it.",
             "Hi Maria, going straight to you on this: can you kill the offline-first requirement before Friday?",
             "I've already sent the estimate to the CTO since he decides whether we push firmware over Bluetooth to "
             "the hearing aids.",
         }) {
        auto const adv = advise(text);
        INFO(text);
        if (adv.triage != templates::Triage::stop) continue;
        CHECK_THAT(adv.next_step, !Catch::Contains("1:1 with Raj"));
        CHECK_THAT(adv.next_step, !Catch::Contains("1:1 with Maria"));
        CHECK_THAT(adv.next_step, !Catch::Contains("1:1 with Bluetooth"));
    }
}

TEST_CASE("a stop's 1:1 card states the plan going out as the writer's point", "[templates][leads26]") {
    auto const adv = advise(
        "hey Rick, sorry to come straight to you with this, I'd rather not turn it into a whole thing with Jenna. the "
        "reserve auto-callout she has going out with the Oct bid period calls reserves in seniority order and never "
        "looks at the 10h rest window. you're really the only one who can pull it before it ships.");
    REQUIRE(adv.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(adv), Catch::Contains("What I see: the reserve auto-callout going out with the Oct bid period "
                                               "calls reserves in seniority order"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("[what in the plan would break"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("she has"));
}

TEST_CASE("someone not yet told is no skip when the reader is not asked to overrule them", "[templates][leads26]") {
    // A second read before the 1:1, a check of the numbers: the writer is climbing the ladder, not skipping it.
    for (char const* text : {
             "Haven't raised it with Bruno yet, wanted your read first: does the kiosk rewrite estimate look right?",
             "I haven't told Sam yet, can you check the numbers before I raise it in our 1:1?",
         }) {
        INFO(text);
        CHECK(advise(text).triage != templates::Triage::stop);
    }
    // Asked to kill it in their place, it is one.
    CHECK(
        advise("Haven't raised it with Bruno yet, figured it'd go faster if you just kill the kiosk rewrite.").triage ==
        templates::Triage::stop);
}

TEST_CASE("a reservation kept while committing is logged, never 'none noted'", "[templates][leads26]") {
    struct Case {
        char const* text;
        char const* concern;
    };
    for (auto const& c : {
             Case{"going with the 45s ad slot at each level change like you decided. I think we'll lose players but "
                  "I've said my piece. Markers in by the 12th",
                  "My concern, on record: I think we'll lose players"},
             Case{"Ok, the team decided to keep the nightly sync for the depot tablets. I would prefer hourly for the "
                  "cold-chain sites but I accept it, I'll update the scheduler tomorrow.",
                  "My concern, on record: I would prefer hourly for the cold-chain sites"},
             Case{"Notes from our 1:1: I flagged the pager load from the new disk alerts; Ines agreed to drop the two "
                  "noisiest before launch.",
                  "My concern, on record: the pager load from the new disk alerts"},
             // A reservation that gives no reason asks for the one line the retro will need.
             Case{"Not my first choice, but I'll back the move to the shared build cache. Let's get it done.",
                  "My concern, on record: [why you disagree, in one line]"},
         }) {
        auto const adv = advise(c.text);
        INFO(c.text);
        REQUIRE(adv.triage == templates::Triage::commitment);
        CHECK_THAT(all_cards(adv), Catch::Contains(c.concern));
        CHECK_THAT(all_cards(adv), !Catch::Contains("none noted"));
    }
    // The decision ends before the writer's word on it.
    auto const adv = advise("I said I'd commit to the March cutover and I still will, but I'm uneasy about it.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK_THAT(all_cards(adv), Catch::Contains("Decision: the March cutover\n"));
}

TEST_CASE("the better ask says the date once", "[templates][leads26]") {
    auto const adv = advise("Can we get the export wizard done faster? Sales promised it to Globex for next week.");
    auto const cards = all_cards(adv);
    CHECK_THAT(cards, Catch::Contains("I'd like the export wizard by next week: Sales promised it to Globex."));
    CHECK_THAT(cards, !Catch::Contains("Globex for next week"));
}

TEST_CASE("a skip's 1:1 card is about the plan the reader was asked to overrule", "[templates][leads26]") {
    auto const adv =
        advise("Haven't raised it with Bruno yet, figured it'd go faster if you just kill the kiosk rewrite.");
    REQUIRE(adv.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(adv), Catch::Contains("a concern about the kiosk rewrite, not about anyone"));
}

TEST_CASE("a reply stopped for its jab still answers the ask plainly", "[templates][leads26]") {
    auto const adv = advise(
        "> Can we have the rota export by Thursday?\nOf course! I'll just skip sleeping this week, "
        "that always produces great code :upside_down_face:");
    REQUIRE(adv.triage == templates::Triage::stop);
    auto const cards = all_cards(adv);
    CHECK_THAT(cards, Catch::Contains("what would you cut to make Thursday?"));
    CHECK_THAT(cards, !Catch::Contains("[what in the plan would break"));
    // A question to the writer is no ask to answer with a reply card: the 1:1 card stays.
    auto const why = advise(
        "> why is the rota export not done yet?\nmaybe because you change the spec every time you "
        "open Jira");
    REQUIRE(why.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(why), !Catch::Contains("Happy to look at bringing"));
}

TEST_CASE("a PM's delivery ask by a date gets both replies, whatever the words around the work",
          "[templates][leads26]") {
    // Before, "for all the turbines" or "for 300 turbines" made the same ask news on the combiner's word.
    for (char const* text : {"Can we get telemetry for all the turbines into the dashboard by tomorrow?",
                             "Can we get telemetry for 300 turbines into the dashboard by tomorrow?",
                             "Could we have the refund screen for all the kiosks ready by Friday?"}) {
        auto const adv = advise(text);
        INFO(text);
        CHECK(adv.triage == templates::Triage::rework);
        CHECK(adv.perspective == templates::Side::ask);
        CHECK(adv.cards.size() == 2);
    }
}

TEST_CASE("the PM kept out on purpose while the reader is asked to move it is a skip", "[templates][leads26]") {
    auto const adv = advise(
        "<@U02K9TQ> quick one. The plan to move the lane-booking renewals onto the new provider the week before the "
        "league sale is going to hurt. If you could just get it moved to Q3 at Monday's leadership sync that'd be "
        "ideal. Odile doesn't need to know I flagged it.");
    REQUIRE(adv.triage == templates::Triage::stop);
    CHECK(std::ranges::find(adv.flags, std::string("skips-ladder")) != adv.flags.end());
}

TEST_CASE("a disagreement put before everyone on purpose is a broadcast", "[templates][leads26]") {
    auto const adv = advise(
        "<!channel> since product keeps not hearing it, putting it here so everyone has the full picture before "
        "Friday's launch: engineering did NOT sign off on opening court bookings to guests on day one.");
    REQUIRE(adv.triage == templates::Triage::stop);
    CHECK(std::ranges::find(adv.flags, std::string("broadcast")) != adv.flags.end());
    // The same address with news and no disagreement is an announcement.
    CHECK(advise("<!channel> heads up: court bookings open to guests on Friday at 9:00, engineering signed off this "
                 "morning.")
              .triage != templates::Triage::stop);
}

TEST_CASE("a concern the writer calls a gut feeling is not ready, and its cards name the thing worried about",
          "[templates][leads26]") {
    auto const adv = advise(
        "exam week lane booking is going to be the Hunger Games again :sweat_smile: kinda worried the new "
        "everything-opens-at-7am release for the league lanes is going to fall over, but idk, might be fine? thoughts");
    CHECK(adv.triage == templates::Triage::rework);
    CHECK_THAT(all_cards(adv), Catch::Contains("the new everything-opens-at-7am release for the league lanes"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("Hunger Games"));
    CHECK(advise("I'd like Raj's read on the new refund rule too, want to come with me when I ask him? mostly a gut "
                 "feeling that it'll go down badly with members")
              .triage != templates::Triage::ready);
}

TEST_CASE("trust in the reader's word withdrawn is aimed at the person, and a count of none is no failure cheered",
          "[templates][leads26]") {
    auto const adv = advise(
        "Odile, I'll be straight with you: I've stopped taking your tickets at face value. Third "
        "time this month the lane rules changed after we built them.");
    REQUIRE(adv.triage == templates::Triage::stop);
    CHECK(std::ranges::find(adv.flags, std::string("person-directed")) != adv.flags.end());
    auto const launch = advise(
        "league booking v2 is live at Eastgate :tada: 140 teams in the first hour, 0 failed "
        "payments, p95 2s. only thing running late today was the pinsetter on lane 3 "
        ":sweat_smile:");
    CHECK(launch.triage != templates::Triage::stop);
}

TEST_CASE("trial26: new hedges, concerns withheld, an ask under its label, a concern under its log label",
          "[templates][leads26]") {
    for (char const* hedge :
         {"Not trying to be a blocker, but", "Tell me if I'm crazy, but", "Feel free to push back on this, but"}) {
        auto const adv = advise(std::string(hedge) +
                                " the lane-booking export drops every league with more than 12 teams (3 of our 9 "
                                "leagues). Could we fix the pagination before Friday's rollout and ship the new "
                                "columns after?");
        INFO(hedge);
        CHECK(adv.triage == templates::Triage::ready);
        CHECK_THAT(adv.next_step, Catch::Contains(std::string("drop \xE2\x80\x9C") + hedge));
    }
    // A wish to step back is no decision taken.
    CHECK(advise("I worry we end up with something wide but shallow. I'd feel a lot better if we took a step back and "
                 "had a broader conversation before we start cutting tickets. Let me know what you think.")
              .triage == templates::Triage::rework);
    CHECK(advise("I have a few concerns on the lane map rewrite, nothing I want to get into over slack. Let's go "
                 "through them at Thursday's sprint review.")
              .triage == templates::Triage::rework);
    auto const asked = advise(
        "*Risk: lane weight in the pinsetter calibration* :warning:\n\xE2\x80\xA2 the weight field takes lbs or kg but "
        "we "
        "store the number without the unit\n\xE2\x80\xA2 a 14 lb ball reads as 14 kg\n*Ask:* hold the rollout (planned "
        "Mon) until we store the unit, ~2 days of work.");
    CHECK(asked.triage == templates::Triage::ready);
    CHECK_THAT(asked.next_step, !Catch::Contains("end with the decision you need"));
    auto const recap = advise(
        "Recap of my 1:1 with Odile today:\n- Decision: league resale ships in v1 as transfers only.\n- My concern, "
        "logged: fraud checks on transfers are manual for now.\n- We revisit once we have the winter numbers.");
    REQUIRE(recap.triage == templates::Triage::commitment);
    CHECK_THAT(all_cards(recap), Catch::Contains("My concern, on record: fraud checks on transfers are manual"));
    CHECK_THAT(all_cards(recap), !Catch::Contains("My concern, logged"));
}

TEST_CASE("two reasons set against each other are no alternative", "[templates][leads26]") {
    auto const adv = advise(
        "Some of the pieces feel like they got added because they sounded good in a meeting rather than because anyone "
        "needs them. I also think the team is stretched and the lane roadmap assumes everything goes right.");
    CHECK_THAT(all_cards(adv), !Catch::Contains("because anyone needs them"));
}

TEST_CASE("a revisit keeps the date named before its milestone", "[templates][leads26]") {
    auto const adv = advise(
        "Recap of my 1:1 with Odile today:\n- Decision: league resale ships in v1 as transfers only.\n- My concern, "
        "logged: fraud checks on transfers are manual for now.\n- We revisit on Jan 15 once we have the winter "
        "numbers.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK_THAT(all_cards(adv), Catch::Contains("Revisit: on Jan 15 once we have the winter numbers"));
}
