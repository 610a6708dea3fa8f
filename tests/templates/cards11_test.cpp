// --- cards11: round eleven (tests/data/coaching/review.md, "Round eleven"), on wordings in no dev file ---
// What a user reads on the cards, through the real detector: each case is a card the round's review found a senior
// engineer would not send, checked on the words the user would copy, with a benign or contrary wording beside it.
#include <algorithm>

#include "card_support.hpp"
#include "detector/analysis.hpp"
#include "support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using test_support::advise;
using test_support::all_cards;
using test_support::family;

TEST_CASE("a vague rework's next step asks for the piece its first card asks for", "[templates][cards][cards11]") {
    for (std::string_view text : {"The new tram timetable importer makes me uneasy. Something could go wrong at the "
                                  "first holiday schedule.",
                                  "I'm a little worried about the kiosk firmware push, it could cause problems."}) {
        CAPTURE(text);
        auto const adv = advise(text);
        REQUIRE(adv.triage == templates::Triage::rework);
        REQUIRE_FALSE(adv.cards.empty());
        auto const* risk = family(adv, "risks");
        REQUIRE(risk != nullptr);
        CHECK_THAT(risk->text, Catch::Contains("[the failure mode, and who it would hit]"));
        CHECK_THAT(adv.next_step, Catch::Contains("name the failure mode"));
        CHECK_THAT(adv.next_step, !Catch::Contains("say what it costs"));
    }
    // A cost card asks for the cost, and the step says so.
    auto const adv = advise("I have concerns about the new loyalty tier rules.");
    if (auto const* cost = family(adv, "specifics"); cost != nullptr && adv.cards.front().family == "specifics")
        CHECK_THAT(adv.next_step, Catch::Contains("say what it costs"));
}

TEST_CASE("the risk card in someone else's plan does not open 'I can build this'", "[templates][cards][cards11]") {
    for (std::string_view text :
         {"Noor's plan to switch the ticket printers to the new driver during the festival worries me. If the driver "
          "hangs, the gates will fail to print tickets.",
          "The platform team's migration of the tide-gauge feed to the new broker over one night worries me. If the "
          "broker drops messages, the harbour alerts will miss a high tide."}) {
        CAPTURE(text);
        auto const adv = advise(text);
        auto const* risk = family(adv, "risks");
        REQUIRE(risk != nullptr);
        CHECK_THAT(risk->text, !Catch::Contains("I can build this"));
        CHECK_THAT(risk->text, Catch::StartsWith("Before we go ahead"));
        // The harm keeps the condition it happens under.
        CHECK_THAT(risk->text, Catch::Contains(": if the "));
    }
    // The writer's own work, or the PM's plan the writer builds, keeps the seed's "I can build this".
    auto const adv = advise("I'm worried the new export job will lock the orders table during the nightly run.");
    if (auto const* risk = family(adv, "risks")) CHECK_THAT(risk->text, Catch::StartsWith("I can build this"));
}

TEST_CASE("the better ask keeps what holds the date the ask wants", "[templates][cards][cards11]") {
    auto const adv = advise(
        "Can we launch the gift-card balance page by Oct 2 instead of Oct 16? The newsletter already announced it.");
    auto const* better = family(adv, "better-ask");
    REQUIRE(better != nullptr);
    CHECK_THAT(better->text, Catch::Contains("by Oct 2: the newsletter already announced it."));
    // A demand, a size claim or a question after the ask is no reason it holds.
    for (std::string_view text : {"Can we launch the gift-card balance page by Oct 2 instead of Oct 16? Is that "
                                  "doable?",
                                  "Can we launch the gift-card balance page by Oct 2 instead of Oct 16? If it doesn't "
                                  "fit, push through the weekend."}) {
        CAPTURE(text);
        auto const asked = advise(text);
        auto const* b = family(asked, "better-ask");
        REQUIRE(b != nullptr);
        CHECK_THAT(b->text, Catch::Contains("by Oct 2. What would you cut"));
    }
}

TEST_CASE("a stop's 1:1 card names the plan a demonstrative points at", "[templates][cards][cards11]") {
    auto const adv = advise(
        "Frankly, Arjun obviously never thought this cutover plan for the library holds through. It will "
        "lose every hold placed that night.");
    REQUIRE(adv.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(adv), Catch::Contains("a concern about the cutover plan for the library holds, not"));
    // "that" opening a clause, or a determiner after the demonstrative, names no plan of its own.
    auto const clause = advise(
        "I'll just raise it at the company all-hands. If the VPs hear that the tram data migration is going to slip "
        "they'll have to act.");
    CHECK_THAT(all_cards(clause), !Catch::Contains("the the "));
}

TEST_CASE("a revisit the commitment names is offered in the log card", "[templates][cards][cards11]") {
    for (auto const& [text, when] : std::initializer_list<std::pair<std::string_view, std::string_view>>{
             {"We're keeping the kiln scheduler on the old queue. I'd have moved it, but I'm on board. Let's look at "
              "the failure rate again at end of Q3.",
              "end of Q3"},
             {"Decided with Ilse: the harbour app ships without offline maps. My concern about dead zones stays on "
              "record; we'll review the support tickets in 4 weeks.",
              "in 4 weeks"}}) {
        CAPTURE(text);
        auto const adv = advise(text);
        REQUIRE(adv.triage == templates::Triage::commitment);
        CHECK_THAT(all_cards(adv), Catch::Contains("\nRevisit: " + std::string(when)));
        CHECK(adv.commitment.revisit == when);
    }
    // "the roadmap review" is a meeting, not a time to check again.
    auto const adv = advise(
        "Recap from the roadmap review: the kiln scheduler stays in Q2, the glaze library moves to "
        "Q3 (Ilse's decision). I raised the staffing concern; it's noted in the decision log.");
    CHECK_THAT(all_cards(adv), !Catch::Contains("Revisit:"));
    CHECK(adv.commitment.revisit.empty());
}

TEST_CASE("the log card reads who decided and the concern by whole words", "[templates][cards][cards11]") {
    // "cheaper SMS gateway" holds "per " inside a word: no one decided by "SMS".
    auto const adv = advise(
        "We're going with the cheaper SMS gateway for the ferry alerts. I'd have picked another one, but I'm on "
        "board.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK(adv.commitment.decision_maker.empty());
    // "My concern about X stays on record": what it is about, without the verb that keeps it.
    auto const kept = advise(
        "OK, we'll ship the kiln booking without reminders. My concern about no-shows stays on "
        "record.");
    REQUIRE(kept.triage == templates::Triage::commitment);
    CHECK(kept.commitment.concern == "no-shows");
}

TEST_CASE("a plan set against the goal the draft names is measured by that goal", "[templates][cards][cards11]") {
    auto const adv = advise(
        "The library app adds a reading-streak badge, but the goal in the brief is fewer overdue returns. Emailing a "
        "reminder before the due date would do more for that.");
    REQUIRE_FALSE(adv.cards.empty());
    CHECK(adv.cards.front().title == "Measure both against the goal");
    CHECK_THAT(adv.cards.front().text, Catch::Contains("The goal is fewer overdue returns"));
    CHECK_THAT(adv.cards.front().text,
               Catch::Contains("I think emailing a reminder before the due date would do more"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("[your estimate"));
    CHECK_THAT(adv.next_step, Catch::Contains("set both against the goal"));
    // "our goal is" names it too; a goal named with no better way leaves the cards as they were.
    CHECK_THAT(all_cards(advise("The ferry app adds a trip-sharing button, but our goal is fewer no-show bookings. A "
                                "deposit at booking would do more for that.")),
               Catch::Contains("The goal is fewer no-show bookings"));
    CHECK_THAT(all_cards(advise("The ferry app adds a trip-sharing button, but our goal is fewer no-show bookings.")),
               !Catch::Contains("Measure both against the goal"));
}

TEST_CASE("a decision reopened with nothing new asks what is new, or to commit", "[templates][cards][cards11]") {
    auto const adv = advise(
        "I know we agreed on SQLite for the field notes app, but can we revisit it? I still think "
        "Realm is nicer.");
    REQUIRE(adv.triage == templates::Triage::rework);
    REQUIRE(adv.cards.size() == 1);
    CHECK(adv.cards[0].title == "Bring what's new, or commit");
    CHECK_THAT(adv.cards[0].text, Catch::Contains("I know we agreed on SQLite for the field notes app."));
    CHECK_THAT(adv.next_step, Catch::Contains("something new since the decision"));
}

TEST_CASE("an add-on that says it won't take long is answered as an add-on", "[templates][cards][cards11]") {
    auto const adv = advise(
        "While you're in the loyalty card code, could you also add a birthday bonus? Shouldn't "
        "take long.");
    auto const* reply = family(adv, "trust-reply");
    REQUIRE(reply != nullptr);
    CHECK(reply->title == "If it's your PM's message: make the trade visible");
    CHECK_THAT(reply->text, Catch::Contains("It may well be quick to build"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("Fair question"));
}
