// --- leads16: the sixteenth round's card leads, on wordings in no dev file ---
// A faster ask names its date as "by end of next week" or "before the end of the sprint": the cards said "the earlier
// date" and "if we had to ship something in two days", a date nobody asked for.
#include "card_support.hpp"
#include "detector/analysis.hpp"
#include "support.hpp"
#include "templates/advice.hpp"
#include "templates/detail/advice_slots.hpp"

using namespace pushback;
using test_support::advise;
using test_support::all_cards;

namespace {
std::string period(std::string_view text) {
    return templates::detail::l16_period_deadline(text, detector::analyze(text));
}
std::string said(std::string_view text, std::string deadline) {
    return templates::detail::l16_said_deadline(text, std::move(deadline));
}
}  // namespace

TEST_CASE("a period's end or a coming day after by, before or until is the date asked for", "[templates][leads16]") {
    CHECK(period("Can we have the rota export by end of next week?") == "the end of next week");
    CHECK(period("Could the kiln scheduler ship before the end of the sprint?") == "the end of the sprint");
    CHECK(period("Need the loyalty card scan by next Thursday, the franchise review is then.") == "next Thursday");
    CHECK(period("Can it wait until end of Q2?") == "the end of Q2");
    CHECK(period("By end of month please, the auditors arrive after that.") == "the end of the month");  // r21
    // In a question, the period without "by" is when it's wanted; "this week" is said as the week's end.
    CHECK(period("Can we get the tide alerts done this week?") == "the end of this week");
    CHECK(period("could you fit the stock count screen in next sprint?") == "the end of next sprint");
    // A reply trades against the date in the quoted ask, not the writer's own.
    CHECK(period("> can the parish map go live by end of next month?\nNot by then: the tiles need a re-render, "
                 "which takes until next Friday.") == "the end of next month");
}

TEST_CASE("no date is read where none is asked for", "[templates][leads16]") {
    CHECK(period("Any ETA on the next release of the seed planner?") == "");            // about the release
    CHECK(period("I'll look at the bell-ringing rota this week.") == "");               // a statement, no lead
    CHECK(period("The walk-in freezer alarm was fixed by the team last week.") == "");  // "by the team"
    CHECK(period("by the way, the choir app crashed twice") == "");
    CHECK(period("Let's revisit the budget by next year's planning.") == "");  // not a period word after "next year's"
}

TEST_CASE("a lexicon date is said as the card's date", "[templates][leads16]") {
    CHECK(said("Can we get the grading tool done by end of Q3?", "Q3") == "the end of Q3");
    CHECK(said("We need it by the end of the month.", "end of the month") == "the end of the month");
    CHECK(said("Can it ship by next Tuesday?", "Tuesday") == "next Tuesday");
    CHECK(said("Is it ready by this Friday?", "Friday") == "this Friday");
    CHECK(said("By end of day, please.", "end of day") == "end of day");  // the idiom keeps its shape
    CHECK(said("Can we have it on Monday?", "Monday") == "Monday");
}

TEST_CASE("the faster-ask cards trade against the date the ask names", "[templates][cards][leads16]") {
    auto const adv =
        advise("Can we get the harbour permit export done by end of next week? Sales promised it to Acme.");
    REQUIRE(adv.perspective == templates::Side::ask);
    auto const cards = all_cards(adv);
    CHECK_THAT(cards, Catch::Contains("what would you cut to make the end of next week?"));
    CHECK_THAT(cards, Catch::Contains("by the end of next week"));
    CHECK_THAT(cards, !Catch::Contains("two days"));
    CHECK_THAT(cards, !Catch::Contains("the earlier date"));

    auto const q3 = advise("Could the pottery class booking flow be done by end of Q3?");
    CHECK_THAT(all_cards(q3), Catch::Contains("the end of Q3"));
    CHECK_THAT(all_cards(q3), !Catch::Contains("make Q3"));

    // With no date at all, the card still asks for the earlier date: nothing invented.
    auto const bare = advise("Can we get the harbour permit export done faster?");
    CHECK_THAT(all_cards(bare), !Catch::Contains("the end of"));
}

TEST_CASE("a commitment that points back with 'it' logs what the writer disagreed with", "[templates][leads16]") {
    auto const graph = advise("I disagree with moving the booking API to gRPC but I'll commit to it.");
    REQUIRE(graph.triage == templates::Triage::commitment);
    CHECK(graph.commitment.decision == "moving the booking API to gRPC");
    // Saying that one disagrees is no concern of its own.
    CHECK(graph.commitment.concern.find("disagree") == std::string::npos);

    auto const fan = advise("Not a fan of the kiosk rewrite, but I'll commit to it and help with the printer drivers.");
    CHECK(fan.commitment.decision == "the kiosk rewrite");

    // A part of what was disagreed with is the whole of it, and a concern under its label is the concern.
    auto const part = advise(
        "I'm against dropping the offline mode for the field app, but I'll go along with it. "
        "Concern: two of our three biggest clients inspect sites with no signal.");
    CHECK(part.commitment.decision == "dropping the offline mode for the field app");
    CHECK(part.commitment.concern == "two of our three biggest clients inspect sites with no signal");

    // "The decision was X" names it; "the decision was made" names nothing.
    auto const was = advise(
        "I still think weekly releases are too slow for the bug fixes. The decision was fortnightly "
        "releases for the app; I'm on board and I'll write the release checklist.");
    CHECK(was.commitment.decision == "fortnightly releases for the app");
    auto const made = advise("I argued for a smaller scope, but the decision was made and I'm on board.");
    CHECK(made.commitment.decision != "made");

    // Disagreeing with a person names no decision.
    CHECK(templates::detail::l16_disagreed_object("I disagree with you on this, but fine.",
                                                  "i disagree with you on this, but fine.") == "");
}

TEST_CASE("disagreeing with a part of a decision named otherwise is the concern", "[templates][leads16]") {
    auto const adv = advise(
        "Fine, Priya decided to launch the donor portal as scoped. I disagree with skipping the "
        "load test, but I'll commit.");
    CHECK(adv.commitment.decision == "launch the donor portal as scoped");
    CHECK(adv.commitment.concern == "I disagree with skipping the load test");
}

TEST_CASE("the better ETA ask keeps who needs the answer and for what", "[templates][cards][leads16]") {
    auto const adv =
        advise("Can you give me an ETA on the harbour booking sync? Legal needs it for the Umbrella contract.");
    REQUIRE(adv.perspective == templates::Side::ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("I need to give an answer: Legal needs it for the Umbrella contract. A "
                                               "range and what it depends on is enough"));
    auto const blocked = advise("Can we get the tide chart export done sooner? Ops is blocked on it for the audit.");
    CHECK_THAT(all_cards(blocked), Catch::Contains(": Ops is blocked on it for the audit."));
    // The asker's own demand and a question without its mark are no one's stake.
    auto const demand = advise("Can we get the tide chart export done sooner? They're on us and need it ready now.");
    CHECK_THAT(all_cards(demand), !Catch::Contains("need it ready now."));
    auto const question = advise("Hasn't it already been 7 days for the beta group. When will the tide alerts ship?");
    CHECK_THAT(all_cards(question), !Catch::Contains("answer: Hasn't"));
    auto const bare = advise("Any ETA on the tide chart export?");
    CHECK_THAT(all_cards(bare),
               Catch::Contains("I need to give an answer, so a range and what it depends on is enough"));
}

TEST_CASE("a reply to 'should be simple' keeps the answer's own reason", "[templates][cards][leads16]") {
    auto const adv = advise(
        "> Can we just add a quick CSV import for the Globex account? Should be simple.\n"
        "It's not simple: their files come in 9 encodings.");
    REQUIRE(adv.perspective == templates::Side::reply_to_ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("The full version is bigger than it looks: their files come in 9 "
                                               "encodings."));
    // An answer with no reason of its own gets no such sentence.
    auto const bare = advise("> Can we just add a quick CSV import for the Globex account? Should be simple.\nHmm.");
    CHECK_THAT(all_cards(bare), !Catch::Contains("bigger than it looks"));
}

TEST_CASE("a doubt that refuses nothing is not 'just saying no'", "[templates][cards][leads16]") {
    auto const doubt = advise("Not sure about the new tide alert thresholds, it feels kind of off to me.");
    CHECK_THAT(all_cards(doubt), Catch::Contains("I have doubts about"));
    CHECK_THAT(all_cards(doubt), !Catch::Contains("just saying no"));
    // A refusal keeps its opening.
    auto const no = advise("We shouldn't ship the new tide alert thresholds, they feel off.");
    CHECK_THAT(all_cards(no), !Catch::Contains("rather than leave it at that"));
}
