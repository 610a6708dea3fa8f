// --- cards13: round thirteen (tests/data/coaching/review.md, "Round thirteen"), on wordings in no dev file ---
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

TEST_CASE("a why-so-long ask's likened thing keeps its 'with' complement", "[templates][cards][cards13]") {
    auto const adv = advise("Why does the tide chart export need two sprints? It's just a list with four fields.");
    REQUIRE(adv.perspective == templates::Side::ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("look like a list with four fields"));
    CHECK_THAT(all_cards(adv), Catch::Contains("it looks like a list with four fields, so I'm probably missing"));
    // A "with" that runs on into a clause is not part of the thing likened.
    auto const runs_on = advise(
        "Why is the tide chart export two sprints? It's just a list with four fields that we already render "
        "somewhere else in the app anyway.");
    CHECK_THAT(all_cards(runs_on), !Catch::Contains("a list with four fields that"));
}

TEST_CASE("a reason card that carries its own way forward stands alone", "[templates][cards][cards13]") {
    struct Case {
        std::string_view text, family;
    };
    for (auto const& [text, fam] : {
             // the constraint card ends "can we fold it into the plan"
             Case{"The rota planner assumes every volunteer drives, but a third of them come by bus.", "constraint"},
             // the premise card asks to talk the need through
             Case{"I'm not convinced the harbour app needs a chat feature. Is that what skippers are asking for?",
                  "premise"},
             // two paths asks which path
             Case{"I think there's a simpler way to do the loyalty stamps than what's in the spec.", "two-paths"},
         }) {
        CAPTURE(text);
        auto const adv = advise(text);
        REQUIRE(adv.triage == templates::Triage::rework);
        REQUIRE_FALSE(adv.cards.empty());
        CHECK(adv.cards.front().family == fam);
        CHECK(family(adv, "proposal") == nullptr);
        CHECK(family(adv, "specifics") == nullptr);
        CHECK(family(adv, "goal") == nullptr);
        // The premise and two-paths cards ask for the way themselves; under the constraint card the step still asks
        // the writer to bring one (the card only asks to fold the constraint in).
        if (fam != "constraint") CHECK_THAT(adv.next_step, !Catch::Contains("bring an alternative or options"));
        if (adv.cards.size() == 1) CHECK_THAT(adv.next_step, Catch::Contains("the card below"));
    }
    // A risk card still gets the proposal beside it: it asks for a way to contain the risk the card doesn't carry.
    auto const risk = advise("The harbour app sync rewrite will drop bookings made offline.");
    REQUIRE(risk.cards.size() >= 2);
    CHECK(family(risk, "risks") != nullptr);
}

TEST_CASE("a plan left out something, the plan's number judged, the plan with its doing",
          "[templates][cards][cards13]") {
    // "misses something about ...": the constraint card names what the plan leaves out, without "something about".
    auto const left = advise("I think the pottery kiln booking plan misses something about how the kilns cool down.");
    REQUIRE(family(left, "constraint") != nullptr);
    CHECK_THAT(family(left, "constraint")->text, Catch::Contains("accounts for yet: how the kilns cool down."));
    CHECK_THAT(left.next_step, !Catch::Contains("name the constraint the plan misses"));
    // The writer's own humility is no constraint: "I might be missing something" leaves the plan out of it.
    CHECK(family(advise("I might be missing something, but why do we need a new kiln booking page?"), "constraint") ==
          nullptr);
    // "Two sprints for X sounds low": the estimate card, not the risk card, whatever unease the words carry.
    auto const low =
        advise("Three weeks for the kiln booking rewrite sounds low to me, there's a lot hiding in there.");
    REQUIRE_FALSE(low.cards.empty());
    CHECK(low.cards.front().family == "estimate");
    CHECK(family(low, "risks") == nullptr);
    CHECK_THAT(low.next_step, Catch::Contains("give your own number"));
    CHECK_THAT(low.next_step, !Catch::Contains("failure mode"));
    // The plan's number read from a sentence's start is said in lower case inside a card.
    auto const tight = advise("Four sprints for the glaze library feels tight to me.");
    CHECK_THAT(all_cards(tight), !Catch::Contains("not Four sprints"));
    // "the plan to <do>": the cards speak of the plan with its doing.
    auto const plan = advise("Not a fan of the plan to move the kiln alerts to email. Feels risky to me.");
    CHECK_THAT(all_cards(plan), Catch::Contains("one risk in the plan to move the kiln alerts to email"));
}

TEST_CASE("a thinned version asked for is the simple-version ask", "[templates][cards][cards13]") {
    auto const adv = advise("Could we just ship a stripped-down version of the tide alerts and tidy it up later?");
    REQUIRE(adv.perspective == templates::Side::ask);
    REQUIRE(family(adv, "trust-reply") != nullptr);
    CHECK_THAT(family(adv, "trust-reply")->text, Catch::Contains("a simple version of the tide alerts"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("in two days"));
    // The plain "simple version of X" names X once, in either side's card (it read "a simple version of a simple
    // version of the export").
    for (std::string_view ask :
         {"Can we do a simple version of the export?", "Can we just ship a simple version of the export first?",
          "Can't we just do a quick and simple version of the export?"}) {
        INFO(ask);
        auto const simple = advise(ask);
        REQUIRE(family(simple, "trust-reply") != nullptr);
        CHECK_THAT(family(simple, "trust-reply")->text, Catch::Contains("a simple version of the export."));
        REQUIRE(family(simple, "better-ask") != nullptr);
        CHECK_THAT(family(simple, "better-ask")->text, Catch::Contains("the simple version of the export:"));
    }
    // A faster ask without a thinned version keeps its own reply.
    auto const faster = advise("Can we get the tide alerts out sooner? The harbour master keeps asking.");
    CHECK_THAT(all_cards(faster), !Catch::Contains("a simple version"));
}

TEST_CASE("a stop's 1:1 card names the plan a person owns or a sarcastic 'another' counts",
          "[templates][cards][cards13]") {
    auto const own = advise("Honestly Bartek is hopeless and his roadmap proves it.");
    REQUIRE(own.triage == templates::Triage::stop);
    REQUIRE(family(own, "idea") != nullptr);
    CHECK_THAT(family(own, "idea")->text, Catch::Contains("a concern about the roadmap, not about anyone"));
    auto const change = advise(
        "<!here> wow, yet another 'tiny' change to the ferry timetable export the day before go-live. Stellar "
        "planning as usual :clap:");
    REQUIRE(change.triage == templates::Triage::stop);
    REQUIRE(family(change, "idea") != nullptr);
    CHECK_THAT(family(change, "idea")->text,
               Catch::Contains("a concern about the change to the ferry timetable export the day before go-live"));
    CHECK_THAT(all_cards(change), !Catch::Contains("'tiny'"));
}

TEST_CASE("the log card reads a revisit named by a period, a raised concern, a decision told as done",
          "[templates][cards][cards13]") {
    for (auto const& [text, when] : std::initializer_list<std::pair<std::string_view, std::string_view>>{
             {"Ola decided we keep the paper sign-up sheets for the rowing regatta. I'd have gone digital, but I'm in. "
              "Let's look at it again after the first spring term.",
              "after the first spring term"},
             {"Notes from my 1:1 with Ola (Tue):\n- agreed: keep manual refunds for the ferry passes\n- revisit once "
              "the "
              "pilot ends",
              "once the pilot ends"}}) {
        CAPTURE(text);
        auto const adv = advise(text);
        REQUIRE(adv.triage == templates::Triage::commitment);
        CHECK(adv.commitment.revisit == when);
    }
    // "after lunch" is no period to check again in.
    auto const lunch = advise("Fine, Ola's call: we keep the paper sheets. I'm on board, I'll print them after lunch.");
    CHECK(lunch.commitment.revisit.empty());
    // What the writer raised in the talk is the concern on record, up to the next part.
    auto const raised = advise(
        "Notes from my 1:1 with Ola (Tue):\n- I raised that the ferry pass scanner ignores expired passes, we'll "
        "watch it\n- agreed: ship it Monday with a manual check at the gate");
    REQUIRE(raised.triage == templates::Triage::commitment);
    CHECK(raised.commitment.concern == "the ferry pass scanner ignores expired passes");
}

TEST_CASE("the writer's way said as 'we should' or 'let's' is the proposal the cards carry",
          "[templates][cards][cards13]") {
    auto const adv = advise(
        "I'm uneasy about the harbour clean-up sign-ups. Let's move them to the community centre website instead.");
    REQUIRE(adv.triage == templates::Triage::rework);
    CHECK_THAT(all_cards(adv), !Catch::Contains("[your alternative]"));
    CHECK_THAT(all_cards(adv), Catch::Contains("move them to the community centre website."));
    // A talk, a reconsidering or holding on is no way: the card still asks for one.
    for (std::string_view text : {"The harbour clean-up sign-ups worry me. Let's discuss it at some point next week.",
                                  "The harbour clean-up sign-up form worries me. We should rethink the whole thing.",
                                  "Moving the harbour sign-ups to the new form worries me. Let's keep the paper form "
                                  "for now."}) {
        CAPTURE(text);
        auto const other = advise(text);
        CHECK_THAT(all_cards(other), !Catch::Contains("propose instead: discuss"));
        CHECK_THAT(all_cards(other), !Catch::Contains("rethink the whole thing."));
        CHECK_THAT(all_cards(other), !Catch::Contains("keep the paper form"));
    }
}
