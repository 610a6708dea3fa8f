// --- cards12: round twelve (tests/data/coaching/review.md, "Round twelve"), on wordings in no dev file ---
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

TEST_CASE("a vague worry's own words pick its reason's card", "[templates][cards][cards12]") {
    struct Case {
        std::string_view text, family, step;
    };
    for (auto const& [text, fam, step] : {
             // unease about what may happen: the risks before commitment
             Case{"The kennel booking migration makes me uneasy.", "risks", "name the failure mode"},
             Case{"My gut says the parcel tracking rewrite will bite us in December.", "risks",
                  "name the failure mode"},
             // the plan's number judged: the writer's number and the levers
             Case{"The tide table importer estimate looks really optimistic to me.", "estimate",
                  "give your own number"},
             // too much for the time: the date or the depth
             Case{"The spring roadmap for the tide app feels like a lot.", "options", "which date"},
             // a doubted need: the premise
             Case{"I'm not sure the new quiz builder is what teachers actually need.", "premise", "user need"},
             // a rule left out: the missed constraint, named
             Case{"I think the ferry crew roster plan overlooks some union rules about night shifts.", "constraint",
                  ""},
         }) {
        CAPTURE(text);
        auto const adv = advise(text);
        REQUIRE(adv.triage == templates::Triage::rework);
        REQUIRE_FALSE(adv.cards.empty());
        CHECK(adv.cards.front().family == fam);
        CHECK_THAT(all_cards(adv), !Catch::Contains("[what it costs: days, users or money]"));
        if (!step.empty()) CHECK_THAT(adv.next_step, Catch::Contains(std::string(step)));
    }
    // The constraint card names the rule the draft says is left out.
    auto const rule = advise("I think the ferry crew roster plan overlooks some union rules about night shifts.");
    REQUIRE(family(rule, "constraint") != nullptr);
    CHECK_THAT(family(rule, "constraint")->text, Catch::Contains("some union rules about night shifts"));
    CHECK_THAT(all_cards(rule), !Catch::Contains("plan overlooks"));
    // Not the writer's worry: denied, or the reader's.
    for (std::string_view text : {"Don't worry, the kiosk update is small and ships Friday.",
                                  "You're worrying too much about the cache, it's fine."}) {
        CAPTURE(text);
        CHECK(family(advise(text), "risks") == nullptr);
    }
    // Benign text gets no card at all.
    CHECK(advise("Thanks, the new roster looks great.").cards.empty());
}

TEST_CASE("the estimate and date-or-depth cards speak of the work, not its time word", "[templates][cards][cards12]") {
    auto const adv = advise("The parcel locker API estimate looks optimistic.");
    auto const* est = family(adv, "estimate");
    REQUIRE(est != nullptr);
    CHECK_THAT(est->text, Catch::StartsWith("My estimate for the parcel locker API is"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("API estimate"));
    // "timeline" alone reads back to the phrase it heads.
    auto const tl = advise("The ferry ticket rewrite timeline seems optimistic.");
    CHECK_THAT(all_cards(tl), !Catch::Contains("for timeline"));
    CHECK_THAT(all_cards(tl), !Catch::Contains("rewrite timeline"));
}

TEST_CASE("an add-on's better ask keeps what it rests on", "[templates][cards][cards12]") {
    auto const adv =
        advise("Could you also add a waitlist to the pottery kiln booking? The studio already promised it to members.");
    auto const* better = family(adv, "better-ask");
    REQUIRE(better != nullptr);
    CHECK_THAT(better->text, Catch::Contains("I'd like to add a waitlist: the studio already promised it to members."));
    CHECK_THAT(better->text, Catch::Contains("what should it replace"));
    // The reply to the PM does not take the reason as what makes it bigger.
    auto const* reply = family(adv, "trust-reply");
    REQUIRE(reply != nullptr);
    CHECK_THAT(reply->text, !Catch::Contains("promised"));
    // A sentence about the reader is pressure, not a reason: left out.
    auto const you = advise("Can you also add dark mode to the tide app? You promised it last month.");
    REQUIRE(family(you, "better-ask") != nullptr);
    CHECK_THAT(family(you, "better-ask")->text, !Catch::Contains("promised"));
    CHECK_THAT(family(you, "better-ask")->text, Catch::Contains("and I know it wasn't in the sprint we agreed"));
}

TEST_CASE("a why-so-long ask's cards answer what it likens the work to", "[templates][cards][cards12]") {
    auto const adv = advise("Why does the parking permit form need two sprints? It's basically a checkbox list.");
    auto const* reply = family(adv, "trust-reply");
    auto const* better = family(adv, "better-ask");
    REQUIRE(reply != nullptr);
    REQUIRE(better != nullptr);
    CHECK_THAT(reply->text, Catch::Contains("It may well look like a checkbox list, but here's what makes the parking "
                                            "permit form bigger than that"));
    CHECK_THAT(better->text, Catch::Contains("from where I sit it looks like a checkbox list"));
    // Without a likeness, the cards read as before.
    auto const plain = advise("Why does the parking permit form need two sprints?");
    REQUIRE(family(plain, "trust-reply") != nullptr);
    CHECK_THAT(family(plain, "trust-reply")->text, Catch::Contains("bigger than it looks"));
}

TEST_CASE("an answer to 'how long' is the writer's number, with its reason", "[templates][cards][cards12]") {
    auto const adv = advise(
        "You asked how long the warehouse label reprint would take. About two weeks: the printer "
        "firmware needs an update first.");
    auto const* est = family(adv, "estimate");
    REQUIRE(est != nullptr);
    CHECK_THAT(est->text, Catch::Contains("My estimate for the warehouse label reprint is two weeks, because the "
                                          "printer firmware needs an update first."));
    CHECK_THAT(est->text, !Catch::Contains("[your estimate"));
}

TEST_CASE("the simple-version reply says what the writer calls simple", "[templates][cards][cards12]") {
    auto const adv = advise(
        "> can we do a simple version of the seed swap map?\nThe simple version would be a list "
        "by postcode, no map tiles. Does that work?");
    auto const* reply = family(adv, "trust-reply");
    REQUIRE(reply != nullptr);
    CHECK_THAT(reply->text, Catch::Contains("a simple version of the seed swap map."));
    CHECK_THAT(reply->text, Catch::Contains("here's what I'd call simple: a list by postcode, no map tiles."));
    // The thing ends before the next doing; with no simple version said, the card asks for it.
    auto const bare = advise("> could we just do a quick version of the bird ringing log and tidy it up later?\nnah");
    if (auto const* r = family(bare, "trust-reply"); r != nullptr) {
        CHECK_THAT(r->text, !Catch::Contains("tidy it up"));
        CHECK_THAT(r->text, Catch::Contains("[what's in, and what's out]"));
    }
}

TEST_CASE("stop cards name the plan a sarcastic 'another' or an 'it' points at", "[templates][cards][cards12]") {
    auto const sarcasm = advise(
        "<!here> wow, another genius plan for the canal lock schedule. Love skipping the safety "
        "review, team.");
    REQUIRE(sarcasm.triage == templates::Triage::stop);
    auto const* idea = family(sarcasm, "idea");
    REQUIRE(idea != nullptr);
    CHECK_THAT(idea->text, Catch::Contains("a concern about the plan for the canal lock schedule, not about anyone"));
    CHECK_THAT(idea->text, Catch::Contains("What I see: we're skipping the safety review."));
    CHECK_THAT(idea->text, !Catch::Contains("genius"));
    auto const person = advise("Omar has no idea how the bike share rebalancing works, his design for it is hopeless.");
    REQUIRE(person.triage == templates::Triage::stop);
    REQUIRE(family(person, "idea") != nullptr);
    CHECK_THAT(family(person, "idea")->text, Catch::Contains("the design for the bike share rebalancing"));
}

TEST_CASE("'Do we know X want Y?' doubts the premise, with what the writer saw", "[templates][cards][cards12]") {
    auto const adv = advise(
        "Do we know the mushroom pickers want a tablet app? In the field trial, every picker logged "
        "crates on the paper sheet, not the tablet.");
    if (auto const* premise = family(adv, "premise"); premise != nullptr) {
        CHECK_THAT(premise->text, Catch::Contains("From where I sit: in the field trial, every picker logged crates"));
    } else {
        // Read as ready (the writer's own ask with its evidence): no card to check, and no cost card either.
        CHECK(family(adv, "specifics") == nullptr);
    }
    // A question of when is no doubt of the need.
    CHECK(family(advise("Do we know when the vendor ships the fix?"), "premise") == nullptr);
}

TEST_CASE("a worry about a doing names the doing, not only its object", "[templates][cards][cards12]") {
    auto const adv = advise("I'm a bit uneasy about moving the ferry ticket archive to the new storage bucket.");
    auto const* risk = family(adv, "risks");
    REQUIRE(risk != nullptr);
    CHECK_THAT(risk->text,
               Catch::Contains("weigh one risk in moving the ferry ticket archive to the new storage bucket:"));
    CHECK_THAT(all_cards(adv), Catch::Contains("I have doubts about moving the ferry ticket archive"));
    // A thing worried about, with no doing before it, stays the thing.
    auto const thing = advise("The ferry ticket archive makes me nervous.");
    REQUIRE(family(thing, "risks") != nullptr);
    CHECK_THAT(family(thing, "risks")->text, Catch::Contains("weigh one risk in the ferry ticket archive:"));
}
