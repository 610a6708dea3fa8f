// --- leads15: round fifteen, misreadings found by reading replies end to end, and the cards ---
// Each construction on wordings in no dev file, through the real detector and the embedded combiner, with the same
// words in an innocent shape beside it that must not fire.
#include <algorithm>
#include <string>

#include "card_support.hpp"
#include "detector/analysis.hpp"
#include "support.hpp"
#include "templates/advice.hpp"
#include "templates/detail/advice_slots.hpp"
#include "templates/detail/triage_cues.hpp"

using namespace pushback;
using templates::Side;
using templates::Triage;
using test_support::advise;
using test_support::all_cards;

namespace {
templates::detail::TriageCues cues_of(std::string_view text) {
    auto const a = detector::analyze(text);
    return templates::detail::read_cues(text, a.quoted);
}
}  // namespace

TEST_CASE("a decision reopened is never logged as a commitment on the combiner's word", "[templates][leads15]") {
    for (std::string_view text : {"We settled on the vendor's SDK, but I'd like to look at the SDK choice again.",
                                  "We agreed on weekly releases, but I want to revisit the cadence."}) {
        CAPTURE(text);
        auto const adv = advise(text);
        CHECK(adv.triage == Triage::rework);
        CHECK(adv.perspective == Side::own_draft);
    }
    // Near miss: the same decision accepted stays a commitment.
    CHECK(advise("We agreed on weekly releases, and I'm fully behind it.").triage == Triage::commitment);
}

TEST_CASE("a group decision with a revisit planned for a named time is a commitment", "[templates][leads15]") {
    auto const queue = advise("We went with the managed job queue. We'll revisit it at the end of Q2.");
    CHECK(queue.triage == Triage::commitment);
    auto const kiosk = advise("We chose Svelte for the kiosk UI; let's revisit this once the pilot wraps up.");
    CHECK(kiosk.triage == Triage::commitment);
    CHECK(kiosk.commitment.decision == "Svelte for the kiosk UI");
    CHECK(kiosk.commitment.revisit == "once the pilot wraps up");
    auto const ferry = advise(
        "We picked the ferry timetable feed from the port authority. Let's revisit this after "
        "the load test.");
    CHECK(ferry.triage == Triage::commitment);
    CHECK(ferry.commitment.revisit == "after the load test");
    // Near misses: a revisit asked for now, or asked as a question, keeps it open.
    CHECK(advise("We chose Svelte for the kiosk UI. Let's revisit this now that the pilot failed.").triage !=
          Triage::commitment);
    CHECK_FALSE(cues_of("We chose Svelte for the kiosk UI. Can we revisit this after the pilot?").commits);
    CHECK_FALSE(cues_of("We chose Svelte for the kiosk UI. Let's revisit this in light of the pilot.").commits);
}

TEST_CASE("a revisit under a condition is planned, not a reopening", "[templates][leads15]") {
    CHECK_FALSE(
        cues_of("The allotment ledger stays on the spreadsheet; if plot fees go up again, we reopen it.").reopens);
    CHECK_FALSE(cues_of("The choir rota keeps weekly slots. Once the new hall opens, we'll reopen it.").reopens);
    // Near miss: the same revisit asked for now still reopens.
    CHECK(cues_of("We agreed on weekly slots for the choir rota. Can we reopen it?").reopens);
}

TEST_CASE("a delivery demanded by its milestone or an order is a PM ask", "[templates][leads15]") {
    for (std::string_view text : {"We need the bake-sale portal live before the gala. Make it happen.",
                                  "The volunteer app has to be done ahead of the summer fete. Just get it done."}) {
        CAPTURE(text);
        auto const adv = advise(text);
        CHECK(adv.perspective == Side::ask);
        CHECK(adv.triage == Triage::rework);
    }
    // Near misses: the writer's own promise after the demand, and an order with no delivery demanded.
    CHECK(advise("We need the bake-sale portal live before the gala, so I'll pair with Ana on the payment page.")
              .perspective == Side::own_draft);
    CHECK_FALSE(cues_of("Great idea on the gala banner, make it happen!").pm_ask.has_value());
}

TEST_CASE("a question that asks for the work sooner by its verb, with a date, is a faster ask",
          "[templates][leads15]") {
    for (std::string_view text : {"Could you hurry the raffle page along? The draw is on Saturday.",
                                  "Can we expedite the seed catalogue import? The growers meet next Thursday.",
                                  "Could we speed up the donor receipts? The trustees meet on Monday."}) {
        CAPTURE(text);
        auto const adv = advise(text);
        CHECK(adv.perspective == Side::ask);
        CHECK(adv.triage == Triage::rework);
    }
    // The verb's particle is not the work's.
    CHECK_THAT(all_cards(advise("Could you hurry the raffle page along? The draw is on Saturday.")),
               Catch::Contains("bringing the raffle page in sooner"));
    // Near misses: a speed the page should have is no date, and a statement asks nothing.
    CHECK_FALSE(cues_of("Can we speed up the seed catalogue page? It takes 6 seconds to load.").pm_ask.has_value());
    CHECK_FALSE(cues_of("We sped up the seed catalogue import last week, it runs before Saturday now.").pm_ask ==
                detector::Pattern::faster_please);
}

TEST_CASE("the writer's own choice put to the PM is the writer's ask", "[templates][leads15]") {
    for (std::string_view text : {"Should I take the tide-table bug or the harbour chart tiles first this week?",
                                  "Do you want me to finish the rota export or start on the text-message nudges?"}) {
        CAPTURE(text);
        auto const adv = advise(text);
        CHECK(adv.perspective == Side::own_draft);
        CHECK(adv.triage == Triage::ready);
        CHECK(adv.cards.size() <= 1);
    }
    // Near misses: no choice, or the reader asked to do the work.
    CHECK_FALSE(cues_of("Should I be worried about the harbour chart tiles?").chooses);
    CHECK_FALSE(cues_of("Can you prioritise the rota export or the text-message nudges this week?").chooses);
    CHECK_FALSE(cues_of("I should take the tide-table bug or the chart tiles first.").chooses);
}

TEST_CASE("a label that asks for a decision opens a request, not a record", "[templates][leads15]") {
    auto const adv = advise(
        "Decision needed: do volunteers sign in with email or with a PIN? Email means a reset flow (3 days); a PIN "
        "ships Friday. I can't start the sign-in screen until we pick.");
    CHECK(adv.triage == Triage::ready);
    CHECK(adv.perspective == Side::own_draft);
    CHECK_FALSE(cues_of("Need a decision: does the choir app keep paper sign-up sheets, yes or no?").recap);
    // Near miss: the record's own label.
    auto const record = advise("Decision: volunteers sign in with a PIN. The email reset flow moves to Q3.");
    CHECK(record.triage == Triage::commitment);
    CHECK(cues_of("Decision on the choir app: paper sign-up sheets stay until June.").recap);
}

TEST_CASE("a hedged vague wish never fills a card's proposal", "[templates][leads15]") {
    using templates::detail::l15_vague_wish;
    CHECK(l15_vague_wish("maybe slow down a bit"));
    CHECK(l15_vague_wish("perhaps take it a little slower and think"));
    CHECK(l15_vague_wish("just be a bit more careful"));
    // Near misses: a step named, a number, or no hedge at all.
    CHECK_FALSE(l15_vague_wish("maybe pause the rollout at 10% for a week"));
    CHECK_FALSE(l15_vague_wish("maybe ship the CSV export first"));
    CHECK_FALSE(l15_vague_wish("slow down"));

    auto const adv = advise(
        "The new pharmacy sync worries me, it could double-send refill texts. We could maybe slow "
        "down a bit.");
    REQUIRE(adv.triage == Triage::rework);
    std::string const cards = all_cards(adv);
    CHECK_THAT(cards, !Catch::Contains("slow down a bit"));
    CHECK_THAT(cards, Catch::Contains("[one concrete step"));
    CHECK_THAT(adv.next_step, Catch::Contains("one concrete step"));
    for (auto const& c : adv.cards) {  // at most one bracketed prompt per card
        CAPTURE(c.text);
        CHECK(std::count(c.text.begin(), c.text.end(), '[') <= 1);
    }
    // Near miss: a concrete containment is carried as written.
    auto const concrete = advise(
        "The new pharmacy sync worries me, it could double-send refill texts. I'd put it "
        "behind a flag for the first week.");
    CHECK_THAT(all_cards(concrete), !Catch::Contains("[one concrete step"));
}

// --- the cards found reading replies on dev30 and dev32 ---

TEST_CASE("a reply to a question for a date gives a range, not scope for speed", "[templates][leads15]") {
    auto const adv = advise("> Any ETA for the tram timetable widget?\nIt'll be ready when it's ready.");
    REQUIRE(adv.perspective == Side::reply_to_ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("the honest answer is a range"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("Faster almost always means smaller"));
    // Near miss: a reply to a faster ask still trades scope for speed.
    auto const faster = advise("> Can the tram timetable widget go out faster?\nIt'll be ready when it's ready.");
    CHECK_THAT(all_cards(faster), Catch::Contains("Faster almost always means smaller"));
}

TEST_CASE("a proposal or an object that names nothing fills no slot", "[templates][leads15]") {
    using templates::detail::l15_names_nothing;
    CHECK(l15_names_nothing("either, no"));
    CHECK(l15_names_nothing("off"));
    CHECK_FALSE(l15_names_nothing("either a canvas editor or none"));
    CHECK_FALSE(l15_names_nothing("the tram timetable"));
    // The writer's verb of advocacy is the writer's stance; the proposal is what follows it.
    using templates::detail::l15_without_advocacy;
    CHECK(l15_without_advocacy("strongly advocate for a canvas version") == "a canvas version");
    CHECK(l15_without_advocacy("would recommend to keep the paper rota") == "keep the paper rota");
    CHECK(l15_without_advocacy("recommend") == "recommend");
    auto const adv = advise(
        "> Up for discussion: keep the quilt pattern editor in Flash or move it to canvas?\nI'd "
        "strongly advocate for a canvas version. I think a lot of quilters will just give up.");
    CHECK_THAT(all_cards(adv), !Catch::Contains("advocate for"));
}

TEST_CASE("the log card says the decision without its markup or its verb of choosing", "[templates][leads15]") {
    auto const opened = advise(
        "Design approved with the current lighthouse mockups: the tour map, the ticket page and "
        "the gift shop. Build starts Monday.");
    REQUIRE(opened.triage == Triage::commitment);
    CHECK(opened.commitment.decision == "Design approved with the current lighthouse mockups");
    auto const agreed = advise("Closing this thread, as we have agreed that the cider press rota stays on paper.");
    CHECK(agreed.commitment.decision == "the cider press rota stays on paper");
    auto const chose = advise("The guild chose the canvas editor for the quilt patterns, and I'm in.");
    CHECK(chose.commitment.decision.starts_with("the canvas editor"));
    auto const linked = advise("We have decided to drop the bell ringers' rota export: https://example.org/issues/41");
    CHECK(linked.commitment.decision == "drop the bell ringers' rota export");
    auto const boxed = advise(
        "Next steps from the bell ringers' retro:\n- [ ] Move the rota to the shared calendar\n- "
        "[ ] Print the quarter peal list for the tower");
    CHECK(boxed.commitment.decision.find("[ ]") == std::string::npos);
    // A mention that addresses the reader goes; one that names someone keeps the name.
    auto const addressed = advise("Will go ahead and merge the bell rota fix @quinlan. We can rework it after Easter.");
    CHECK(addressed.commitment.decision.find("quinlan") == std::string::npos);
    CHECK(addressed.commitment.decision.find('@') == std::string::npos);
    auto const named = advise("Notes:\n- the tower keeps the paper rota for now\n- Rudy will follow up with @quinlan");
    CHECK(named.commitment.decision.find('@') == std::string::npos);
}

TEST_CASE("a reply to an add-on asks for one missing piece only", "[templates][leads15]") {
    auto const adv = advise("Can we also add a print-shop export to the quilt pattern page? It's just one button.");
    for (auto const& c : adv.cards) {
        CAPTURE(c.text);
        CHECK(std::count(c.text.begin(), c.text.end(), '[') <= 1);
    }
    auto const sooner = advise("Can the quilt pattern page ship faster? It's basically a gallery.");
    for (auto const& c : sooner.cards) {
        CAPTURE(c.text);
        CHECK(std::count(c.text.begin(), c.text.end(), '[') <= 1);
    }
}

// Found by the lead reading replies after the round's merge.
TEST_CASE("a stop's 1:1 card never quotes a piece that only announces the points to come", "[templates][leads15]") {
    auto const announced = advise(
        "There are two issues with the rollout plan. But the migration step will lock the orders table for 40 minutes "
        "during peak. Honestly Dave clearly has no idea how our database works.");
    REQUIRE(announced.triage == Triage::stop);
    auto const text = all_cards(announced);
    CHECK(text.find("two issues") == std::string::npos);
    CHECK(text.find("What I see: the migration step will lock the orders table for 40 minutes") != std::string::npos);
    CHECK(text.find("What I see: But") == std::string::npos);
    // Near miss: a count that is the point itself ("two outages") is kept.
    auto const counted = advise(
        "Two outages last month came from the same retry bug in the payment worker. Frankly Dave is clueless about "
        "our queue.");
    REQUIRE(counted.triage == Triage::stop);
    CHECK(all_cards(counted).find("Two outages last month came from the same retry bug") != std::string::npos);
}

TEST_CASE("'widely' alone is no hedge, 'widely believed' is", "[templates][leads15]") {
    auto const plain = detector::analyze("We punt the last 1.4 issues to 1.5 so NAT64 goes out widely by July 6th.");
    CHECK(std::none_of(plain.spans.begin(), plain.spans.end(),
                       [](auto const& s) { return s.category == detector::VagueCategory::hedge; }));
    auto const weasel = detector::analyze("It is widely believed that the cache saves us 40 ms per request.");
    CHECK(std::any_of(weasel.spans.begin(), weasel.spans.end(),
                      [](auto const& s) { return s.category == detector::VagueCategory::hedge; }));
}
