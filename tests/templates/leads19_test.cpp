// --- leads19: the nineteenth round's leads, on wordings in no dev file ---
// The readable analysis of `pushback analyze --reframe` contradicted the advice under it (trial18: a thank-you headed
// "VAGUE", a stop for going over the PM's head read "kind: status" with no red flag listed, a risk draft listed a PM's
// trust-destroying ask), and a broadcast's 1:1 card said "What I see: just so everyone knows, the plan ...".
#include <string>

#include "card_support.hpp"
#include "detector/report.hpp"
#include "support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using test_support::advise;
using test_support::all_cards;

namespace {
std::string readable(std::string_view text) {
    auto const a = detector::analyze(text);
    return templates::render_advised(a, text, templates::advise(test_support::builtin(), a, text));
}
}  // namespace

TEST_CASE("the readable analysis is headed by the triage, not by a vagueness verdict that contradicts it",
          "[templates][leads19]") {
    // A thank-you has nothing to make specific: no VAGUE over it, and no vagueness score.
    auto const thanks = readable("Thanks a ton for moving the pottery fair demo, it really helped the glaze team.");
    CHECK(thanks.starts_with("NOT PUSHBACK\n"));
    CHECK_THAT(thanks, !Catch::Contains("VAGUE") && !Catch::Contains("vagueness"));
    // A ready draft keeps its score under the triage's word.
    auto const ready = readable(
        "Before we ship the glaze export on Friday: it drops rows over 10k and the guild's biggest studio has 40k. "
        "Can we page it first? That's a day.");
    CHECK(ready.starts_with("READY TO SEND  (vagueness 0."));
    CHECK_THAT(ready, Catch::Contains("red flags: none"));
}

TEST_CASE("a stop's readable analysis lists the red flags that drove it and reads it as pushback",
          "[templates][leads19]") {
    std::string_view const text = "Sent the whole thread to Dana's boss this morning since Dana never listens to us.";
    // The detector alone reads this as a status report; the advice stops it.
    REQUIRE(detector::analyze(text).kind == detector::MessageKind::status);
    auto const r = readable(text);
    CHECK(r.starts_with("STOP BEFORE SENDING\n"));
    CHECK_THAT(r, Catch::Contains("kind: pushback") && !Catch::Contains("kind: status"));
    CHECK_THAT(r, Catch::Contains("red flags: person-directed, skips-ladder"));
    // An illegitimate reason overrides the legitimate-sounding one beside it.
    std::string_view const mine =
        "The glaze page is my code, so any change to it goes through me first. It also has "
        "a 2s load time risk if you add the carousel.";
    REQUIRE(!detector::analyze(mine).legitimate.empty());
    auto const m = readable(mine);
    CHECK_THAT(m, Catch::Contains("legitimate reasons: none") && Catch::Contains("illegitimate reasons: territorial"));
}

TEST_CASE("a commitment reads as one, and an own draft lists no PM ask pattern", "[templates][leads19]") {
    auto const c = readable(
        "Recap of today's 1:1 with Noor: we ship the kiln alerts on the 9th with email only; I'd "
        "have waited for SMS but I'm on board.");
    CHECK(c.starts_with("COMMITMENT\n"));
    CHECK_THAT(c, Catch::Contains("kind: summary") || Catch::Contains("kind: commitment"));
    // An own draft that stages a rollout is not a PM's "faster please".
    auto const own = readable(
        "On Tuesday's kiln firmware push: sending it to all 9k controllers at once means a bad image bricks them with "
        "no remote rollback. Could we stage it, 2% Tuesday and the rest Thursday if errors hold?");
    CHECK(own.starts_with("READY TO SEND"));
    CHECK_THAT(own, Catch::Contains("trust-destroying patterns: none"));
}

TEST_CASE("the 1:1 card after a broadcast states the point without the broadcast's lead-in", "[templates][leads19]") {
    auto const adv = advise(
        "<!channel> so everyone knows, the rollout plan for the kiln sensors is unrealistic and firmware was never "
        "asked.");
    REQUIRE(adv.triage == templates::Triage::stop);
    CHECK_THAT(
        all_cards(adv),
        Catch::Contains("What I see: the rollout plan for the kiln sensors is unrealistic and firmware was never "
                        "asked."));
    // A lead-in in front of an attack leaves only the attack: the card asks for the point instead of quoting it.
    auto const attack =
        advise("Honestly Tomasz is the bottleneck. Every kiln release he touches slips and he never notices.");
    REQUIRE(attack.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(attack), !Catch::Contains("What I see: Tomasz") && !Catch::Contains("What I see: Honestly"));
}

TEST_CASE("a proposal asked after the concern is not what the concern is about", "[templates][leads19]") {
    // The added thing is the writer's way forward; the risk is in the thing the first sentence judges.
    auto const adv = advise(
        "Honestly the retry logic is a mess, it double-charges on timeouts. Can we add an "
        "idempotency key before launch?");
    REQUIRE(adv.triage == templates::Triage::rework);
    CHECK_THAT(all_cards(adv), Catch::Contains("risk in the retry logic"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("risk in an idempotency key"));
    // Said without the opener and with who it hits, it is ready, and the one tweak is the label.
    auto const ready = advise(
        "The kiln retry logic is a mess, it double-charges studios on timeouts. Can we add an "
        "idempotency key before the fair?");
    CHECK(ready.triage == templates::Triage::ready);
    CHECK_THAT(all_cards(ready), Catch::Contains("Cut “is a mess”"));
    // A rewrite proposed names what it rewrites.
    auto const rewrite = advise(
        "It's been three years, the tooling has matured. Can we rewrite the kiln scheduler in "
        "Zig and get it faster?");
    CHECK_THAT(all_cards(rewrite), !Catch::Contains("of the current system"));
}

TEST_CASE("praise or support that turns to nothing is no concern, and praise for a setback is sarcasm",
          "[templates][leads19]") {
    // "Love the new X" was read as a vague concern: "I have a concern about the new onboarding flow".
    for (std::string_view t :
         {"Love the new kiln onboarding flow!", "Love the new kiln onboarding flow, the drop-off went from 40% to 22%.",
          "I wrote the old glaze importer and I'm happy to retire it, the new one covers every format.",
          "The old kiln dashboard was mine and I'm glad we're replacing it, the new one handles 10x the data."}) {
        INFO(t);
        auto const adv = advise(t);
        CHECK(adv.triage == templates::Triage::not_pushback);
        CHECK(adv.cards.empty());
    }
    // A turn after the praise is pushback.
    CHECK(
        advise("Love the new kiln onboarding flow, but it takes 9 taps to book a firing. Can we cut it to 3?").triage !=
        templates::Triage::not_pushback);
    // Praise for a safeguard missing or a setback repeated mocks the plan.
    for (std::string_view t :
         {"Love how we're firing the new glaze line on Friday without QA.", "Great job, product. Another date moved.",
          "Well done on pushing the kiln deadline for the third time."}) {
        INFO(t);
        auto const adv = advise(t);
        CHECK(adv.triage == templates::Triage::stop);
        CHECK(std::ranges::find(adv.flags, "sarcasm") != adv.flags.end());
    }
    CHECK(advise("Great job on the kiln release, another milestone hit!").triage == templates::Triage::not_pushback);
    // Attachment still stops when the writer holds on to it.
    auto const held = advise("I built the old glaze importer and I'm not ready to let it go.");
    CHECK(held.triage == templates::Triage::stop);
}

TEST_CASE("the estimate card takes the writer's sized number and names what is estimated", "[templates][leads19]") {
    // "14 formats" is the case's evidence, not the writer's estimate; "I'd say 8-10 days" is.
    auto const adv = advise(
        "I think the estimate for the glaze tariff import is off. The PRD says 3 days, but the "
        "vendor file has 14 formats and we've only parsed 2 before. I'd say 8-10 days.");
    CHECK_THAT(all_cards(adv), Catch::Contains("My estimate for the glaze tariff import is 8-10 days, not 3 days."));
    CHECK_THAT(all_cards(adv), !Catch::Contains("is 14"));
    // "the timeline for X" is about X.
    CHECK_THAT(all_cards(advise("I'm a bit worried about the timeline for the kiln analytics rebuild.")),
               Catch::Contains("the full scope of the kiln analytics rebuild"));
}

TEST_CASE("a commitment's revisit keeps the span before the milestone", "[templates][leads19]") {
    auto const adv = advise(
        "Summary of our 1:1 today: we keep the Oct 3 date for the kiln portal, I drop the bulk "
        "editor to v1.1, Maya tells the studios by Wednesday. My worry about the CSV import stays; "
        "we check support tickets two weeks after launch.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK(adv.commitment.revisit == "two weeks after launch");
}

TEST_CASE("a need doubted in a statement gets the premise card with the writer's evidence", "[templates][leads19]") {
    auto const adv = advise(
        "I'm not convinced people want a dark mode for the kiln app. We've had two requests in a "
        "year.");
    CHECK_THAT(all_cards(adv), Catch::Contains("solving the right problem with a dark mode for the kiln app. From "
                                               "where I sit: we've had two requests in a year."));
    CHECK_THAT(all_cards(adv), !Catch::Contains("I have a concern about the plan"));
}

TEST_CASE(
    "a reply that offers the work in two phases is ready, and a 'just' sized in minutes is asked what makes it big",
    "[templates][leads19]") {
    auto const phased = advise(
        "PM asked if we can have the kiln partner API by the 15th. Honest answer: the auth piece "
        "alone is a week and we haven't started. I can do read-only endpoints by the 15th and "
        "writes by the 29th.");
    CHECK(phased.triage == templates::Triage::ready);
    CHECK_THAT(all_cards(phased), !Catch::Contains("Rather than just saying no"));
    // "I can do that" offers nothing named.
    CHECK(advise("The kiln partner API is a lot of work. I can do that, I guess.").triage != templates::Triage::ready);

    auto const minutes = advise("Can you just make the kiln booking button bigger? Should take 5 minutes.");
    CHECK_THAT(all_cards(minutes), Catch::Contains("makes this bigger than it looks"));
    CHECK_THAT(all_cards(minutes), !Catch::Contains("simple version"));
    auto const sprint = advise("This should only take a few hours, can we just add the glaze filter to the sprint?");
    CHECK_THAT(all_cards(sprint), Catch::Contains("something has to give"));
}

TEST_CASE("a bare 'Fine.' is a grudging yes, not a vague objection", "[templates][leads19]") {
    for (std::string_view text : {"Fine.", "Whatever.", "ok fine", "k"}) {
        INFO(text);
        auto const adv = advise(text);
        CHECK(adv.triage == templates::Triage::rework);
        CHECK_THAT(adv.next_step, Catch::Contains("grudging yes"));
        CHECK_THAT(all_cards(adv), !Catch::Contains("I have a concern about the plan"));
    }
    // A word of yielding inside a real objection is not one.
    CHECK_THAT(
        advise("Fine. But the retry queue drops events on restart; can we keep the date and cut the export?").next_step,
        !Catch::Contains("grudging yes"));
}

TEST_CASE("the dissent and the yes in two words is a commitment, and the concern put on record is logged",
          "[templates][leads19]") {
    CHECK(advise("Disagree, but committing. Shipping the kiln wizard Friday.").triage == templates::Triage::commitment);
    auto const adv = advise(
        "Ok, your call. I want it noted that I expect the drop-off on step 3 to go up. I'll build the kiln wizard as "
        "specced.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK_THAT(adv.commitment.concern, Catch::Contains("drop-off on step 3 to go up"));
    CHECK_THAT(adv.commitment.decision, Catch::Contains("kiln wizard"));
}
