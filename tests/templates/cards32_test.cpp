// --- r32: replies read from trial 34 and the round's blind splits' figures; through the real detector and the
// embedded models ---
#include <algorithm>
#include <string>
#include <string_view>

#include "card_support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using templates::Triage;
using test_support::advise;
using test_support::all_cards;

TEST_CASE("an answer to how something goes out is information, not a reply to a date", "[templates][cards32]") {
    // trial34 #27: "going out by email or SMS" asks for the channel; the answer is news, not a bare no.
    for (std::string_view text :
         {"> is the CD maturity notice going out by email or SMS right now?\nEmail only right now. SMS was switched "
          "off in August when the vendor contract lapsed.",
          "> are the invoices going out by post?\nBy email only since March; the print vendor contract ended."}) {
        CAPTURE(text);
        auto const adv = advise(text);
        CHECK(adv.triage == Triage::not_pushback);
        CHECK(adv.cards.empty());
    }
    // Near misses: "out by" a date is still the delivery asked for, and an answer that refuses it is pushback.
    for (std::string_view text :
         {"> is the notice going out by Friday?\nNo, we need two more days for the vendor review.",
          "> is the notice going out by the 15th?\nNot likely; QA needs until the 18th."}) {
        CAPTURE(text);
        auto const adv = advise(text);
        CHECK(adv.triage == Triage::rework);
        CHECK(adv.perspective == templates::Side::reply_to_ask);
    }
}

namespace {
bool flagged(templates::Advice const& adv, std::string_view flag) {
    return std::ranges::find(adv.flags, std::string{flag}) != adv.flags.end();
}
}  // namespace

TEST_CASE("a decision of others told to everyone as made over engineering's head is a broadcast",
          "[templates][cards32]") {
    // dev75 (the word model's refit no longer reached it alone).
    for (std::string_view text :
         {"@here heads up before anyone promises the clinics anything: the offline mode for the intake forms doesn't "
          "work and product decided to ship it anyway. Just so we're all on the same page.",
          "<!channel> FYI leadership decided to launch anyway, even though the load test failed twice. Don't say I "
          "didn't warn you."}) {
        CAPTURE(text);
        auto const adv = advise(text);
        CHECK(adv.triage == Triage::stop);
        CHECK(flagged(adv, "broadcast"));
    }
    // Near miss: the same decision accepted, to no crowd.
    auto const adv = advise(
        "Product decided to ship it anyway. I still think offline mode needs a week more, but I'll "
        "support the launch.");
    CHECK(adv.triage == Triage::commitment);
    CHECK(adv.flags.empty());
}

TEST_CASE("a cc of whoever owns the piece is the right person, not a rung skipped", "[templates][cards32]") {
    // dev74: the owner of the affected service copied in after the 1:1.
    auto const adv = advise(
        "Tomasz, following up our chat this morning. The new embryo-count import writes to the same tank IDs the "
        "water-quality alarms read, so one bad CSV could silence alarms on a whole rack. Proposal: validate IDs "
        "against the rack map and reject the file on any mismatch, +2 days. cc <@U0ALARM> since she owns the alarm "
        "service and needs to sign off on the contract.");
    CHECK(adv.triage == Triage::ready);
    CHECK(adv.flags.empty());
    // Near miss: the one copied in owns the roadmap above the PM, who has not heard it.
    auto const skip = advise(
        "cc <@U0DIR> since she owns the roadmap and is Priya's director: the meter import is going to silence billing "
        "alerts and Priya hasn't listened.");
    CHECK(skip.triage == Triage::stop);
    CHECK(flagged(skip, "skips-ladder"));
}

TEST_CASE("a decision reopened with nothing new gets the reopen card, however the decision is named",
          "[templates][cards32]") {
    // "already settled", "decided last week to", "committed to", "settled it ... that", "talk about it again": each
    // names a decision and asks to reopen it with nothing new. The card asks what changed, in the writer's own voice.
    struct Case {
        std::string_view text, decided;
    };
    for (auto const& [text, decided] : std::initializer_list<Case>{
             {"We already settled on Postgres for the ledger, but honestly I keep thinking we should reconsider. Can "
              "we put it on Thursday's agenda?",
              "on Postgres for the ledger"},
             {"We decided last week to go with the vendor SDK. I still don't love it, can we revisit?",
              "to go with the vendor SDK"},
             {"I committed to the Q3 scope in the review, but I'm having second thoughts about the reporting piece. "
              "Can we reopen that?",
              "to the Q3 scope"},
             {"I know we settled it last week that the paper-voucher fallback stays out of the new renewals tool, but "
              "I'd still like to keep it in. can we look at it again?",
              "that the paper-voucher fallback stays out of the new renewals tool"},
             {"Circling back on the decision to drop offline mode. I get why we did it, but I'd like to talk about it "
              "again.",
              "to drop offline mode"}}) {
        CAPTURE(text);
        auto const adv = advise(text);
        CHECK(adv.triage == Triage::rework);
        CHECK(adv.perspective == templates::Side::own_draft);
        REQUIRE(adv.cards.size() == 1);
        CHECK(adv.cards.front().family == "reopen");
        CHECK_THAT(adv.cards.front().text, Catch::Contains("I know we agreed " + std::string(decided) + "."));
    }
    // Near miss: a recap that plans the revisit ("we look at it again in May") reopens nothing.
    auto const recap = advise(
        "Recap from our 1:1 today:\n• booking page ships saying typically 7-10 days, no turnaround guarantee\n• live "
        "wait estimate goes in the backlog, we look at it again in May\n• I own the ticket export, you own the copy "
        "change");
    CHECK(recap.triage == Triage::commitment);
}

TEST_CASE("a writer unsure of the time gets a date-or-depth card that doubts rather than claims",
          "[templates][cards32]") {
    // trial34 #4: the card said "I don't think we get the full scope ... in the time we have" for a writer who could
    // not say whether it was the timing or the scope.
    auto const unsure = advise(
        "so I've been thinking about the ladle tracking app a lot since last week and I keep going back and forth on "
        "it. part of me thinks it's fine and we should just build it, but another part of me feels like we're maybe "
        "rushing into it without really thinking it all the way through? like I don't know, it just seems like a big "
        "thing and I'm not sure everyone is on the same page about what we're doing. anyway just wanted to put that "
        "out "
        "there, not trying to block anything");
    CHECK_THAT(all_cards(unsure),
               Catch::Contains("I'm not sure all of the ladle tracking app fits in the time we have."));
    CHECK_THAT(all_cards(unsure), !Catch::Contains("I don't think we get the full scope"));
    // Near miss: a writer sure of it keeps the claim.
    auto const sure = advise("There's no way all of this fits by launch.");
    CHECK_THAT(all_cards(sure), Catch::Contains("I don't think we get the full scope"));
}

TEST_CASE("a colleague's dissent is logged as theirs, the writer's own concern as the writer's",
          "[templates][cards32]") {
    // trial34 #36.
    auto const log = advise(
        "Decision log, 2024-04-09, snowmaking\nDecision: keep the in-house scheduler for the 24/25 season; vendor API "
        "integration moves to spring.\nDecided by: Omar (PM), with eng (me, Li) and ops (Chris).\nWhy: the vendor API "
        "lacks per-gun flow control today.\nDissent: Li preferred switching now; noted.\nRevisit: May 15.");
    CHECK(log.triage == Triage::commitment);
    CHECK_THAT(all_cards(log), Catch::Contains("Dissent, on record: Li preferred switching now"));
    CHECK_THAT(all_cards(log), !Catch::Contains("My concern"));
    auto const mine = advise(
        "Ok, your call Priya: we ship the exporter without the retry queue on Friday. My concern, for "
        "the record: a failed upload is lost until someone re-runs it by hand.");
    CHECK(mine.triage == Triage::commitment);
    CHECK_THAT(all_cards(mine), Catch::Contains("My concern, on record:"));
}

TEST_CASE("getting the work in before a date is a sooner ask, however many particulars it names",
          "[templates][cards32]") {
    // Own probe: four particulars (the export, the customer, the call, the day) made it read as the writer's own case.
    auto const adv = advise("Can we get the CSV export in before the Acme renewal call on Thursday?");
    CHECK(adv.triage == Triage::rework);
    CHECK(adv.perspective == templates::Side::ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("what would you cut to make Thursday?"));
    // Near miss: an engineer's own how-question about getting something in before a job runs.
    auto const own = advise(
        "How do we get the logs in before the retention job deletes them? The job runs at 02:00 "
        "and the export takes 3 hours.");
    CHECK(own.perspective == templates::Side::own_draft);
}

TEST_CASE("a commitment logs the decision its header names and the concern without where it is logged",
          "[templates][cards32]") {
    auto const dc = advise(
        "Disagree and commit on the monorepo: I think the CI times will hurt, but the decision is made and I'll help "
        "with the migration. Logging my concern about build times here for the retro.");
    CHECK(dc.triage == Triage::commitment);
    CHECK_THAT(all_cards(dc), Catch::Contains("Decision: the monorepo\n"));
    CHECK_THAT(all_cards(dc), Catch::Contains("My concern, on record: build times\n"));
    auto const recap = advise(
        "Recap of my 1:1 with Jo: we're going with the hosted checkout for bowls renewals. I still think the "
        "card-on-file migration is riskier than we've costed, and that's in the decision log, but I'm fully on board "
        "and starting the integration this sprint.");
    CHECK_THAT(all_cards(recap), Catch::Contains("riskier than we've costed\n"));
    CHECK_THAT(all_cards(recap), !Catch::Contains("and that's"));
}

TEST_CASE("a reply that names nothing speaks of what the quoted ask asked for", "[templates][cards32]") {
    auto const adv = advise("> can we drop the load test this time?\nI'd rather not.");
    CHECK(adv.triage == Triage::rework);
    CHECK_THAT(all_cards(adv), Catch::Contains("I have a concern about dropping the load test this time:"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("the plan:"));
    // Two verbs asked for, both said as gerunds; the date the card names is not said twice.
    auto const two = advise(
        "Re: \"can we skip the pilot clinics and launch everywhere on the 1st?\" Hmm, I'd rather "
        "not, feels risky.");
    CHECK_THAT(all_cards(two), Catch::Contains("skipping the pilot clinics and launching everywhere"));
    auto const dated = advise(
        "Re: \"can we launch the parent app in August?\" August feels tight honestly. Lots of "
        "unknowns.");
    CHECK_THAT(all_cards(dated), !Catch::Contains("in August by August"));
}

TEST_CASE("the stop's 1:1 card asks for the fact where the draft only judged the plan", "[templates][cards32]") {
    // trial35 #23: "What I see: the toll plaza night-rate change Ravi is pushing is a bad idea" named the person and
    // brought no fact.
    auto const adv = advise(
        "<!channel> heads up everyone: the toll plaza night-rate change Ravi is pushing is a bad idea "
        "and I think the whole company should know before it ships. Thread below, add a :+1: if "
        "you agree.");
    CHECK(adv.triage == Triage::stop);
    CHECK_THAT(all_cards(adv), Catch::Contains("What I see: [what in the plan would break, and for whom]."));
    CHECK_THAT(all_cards(adv), !Catch::Contains("Ravi is pushing"));
    // Near miss: a verdict that says what the plan lacks keeps it.
    auto const lacks = advise(
        "Posting in #company-all because this needs more eyes: I think launching the bonsai subscription without a "
        "pause option is a mistake and I'd like everyone to weigh in before product locks it on Friday.");
    CHECK(lacks.triage == Triage::stop);
    CHECK_THAT(all_cards(lacks), Catch::Contains("without a pause option"));
}

TEST_CASE("a plan judged with a negation is what the stop's 1:1 is about", "[templates][cards32]") {
    // trial35 #22: the 1:1 card said "a concern about the plan".
    auto const adv = advise(
        "Hi Margaret, I'm coming to you directly rather than Priya since you're her manager. Her plan for the bin "
        "collection launch isn't going to work and honestly I don't think it's worth arguing it out with her. Could "
        "you step in and pull the garden waste subscription from the release?");
    CHECK(adv.triage == Triage::stop);
    CHECK_THAT(all_cards(adv),
               Catch::Contains("a concern about the plan for the bin collection launch, not about anyone"));
}

TEST_CASE("a bare no to one more thing keeps the no while it makes the trade visible", "[templates][cards32]") {
    // trial35 #26: the reply opened "Happy to pick up gift-wrapping", the opposite of the writer's no.
    auto const adv = advise(
        "> Can we also add gift-wrapping to the bookbinding shop checkout this sprint?\nNo, not this "
        "sprint.");
    CHECK(adv.triage == Triage::rework);
    CHECK_THAT(all_cards(adv), !Catch::Contains("Happy to pick up"));
    CHECK_THAT(all_cards(adv), Catch::Contains("Not as the sprint stands. It's already committed, so to fit "
                                               "gift-wrapping into this sprint, something has to give: should it "
                                               "replace"));
    // The time the ask names stays with the trade.
    auto const dated = advise("> can we add relay teams to registration for the june race?\n\nno, not this cycle");
    CHECK_THAT(all_cards(dated), Catch::Contains("in by the june race, something has to give"));
}

TEST_CASE("a long hedge about the writer's standing before a dash is the one tweak", "[templates][cards32]") {
    // trial35 #6: the most self-undermining hedge of the trial got a plain "send it".
    auto const adv = advise(
        "Take this w/ a grain of salt since I only skimmed the spec \u2014 the valet app's 'car ready in 5 min' "
        "promise "
        "assumes the garage runners see requests instantly, but the level B2 handhelds lose signal underground (we "
        "measured 4-7 min delays at the Harbourside hotel last month). Options: (a) change the copy to 'ready in 10-15 "
        "min' for B2 cars, or (b) put a wifi repeater on B2 before launch (~\u00a31.2k, about a week). Which do you "
        "prefer, Omar?");
    CHECK(adv.triage == Triage::ready);
    REQUIRE(adv.cards.size() == 1);
    CHECK_THAT(adv.cards.front().text,
               Catch::Contains("Drop “Take this w/ a grain of salt since I only skimmed the spec"));
}

TEST_CASE("a wish to pause is no cost a card states", "[templates][cards32]") {
    // trial35 #4: "From where I sit: blocker here but maybe we should take a step back ..." was pasted as the point.
    auto const adv = advise(
        "So I've been thinking about the cable car season pass thing a lot over the weekend and honestly I keep going "
        "back and forth on it. On one hand I get why we want it, on the other I'm just not sure it's what we should be "
        "doing right now, there's a lot going on and it kind of feels like we're rushing it? idk. I don't want to be "
        "the blocker here but maybe we should take a step back and think about it a bit more. anyway let me know what "
        "you think");
    CHECK(adv.triage == Triage::rework);
    CHECK_THAT(all_cards(adv), !Catch::Contains("blocker here"));
}

TEST_CASE("a commitment logs what the writer still doubts as the decision, not the writer's own part",
          "[templates][cards32]") {
    // trial35 #34: "Decision: I'll have the push notification path ready for the 12th".
    auto const adv = advise(
        "Ravi, I still think the app-only notices for toll tag holders will generate complaints, and my reasons are in "
        "the doc. But you've heard them and made the call, and I'm on board: I'll have the push notification path "
        "ready for the 12th, and I'll watch the complaint numbers with you after launch.");
    CHECK(adv.triage == Triage::commitment);
    CHECK_THAT(all_cards(adv), Catch::Contains("Decision: the app-only notices for toll tag holders\n"));
    CHECK_THAT(all_cards(adv), Catch::Contains("Decided by: Ravi"));
}

TEST_CASE("the ask's minimiser stays theirs", "[templates][cards32]") {
    // trial35 #29.
    auto const adv = advise(
        "While you're in the upholstery quote code, could you also add a little fabric care guide "
        "popup? Should be tiny.");
    CHECK_THAT(all_cards(adv), Catch::Contains("Happy to pick up a fabric care guide popup."));
    CHECK_THAT(all_cards(adv), !Catch::Contains("a little"));
}

TEST_CASE("a why-so-long ask's cards name the work it times", "[templates][cards32]") {
    // trial35 #30: "what makes this bigger", "what makes this complex".
    auto const adv = advise("Why is the bin day reminder going to take three weeks? It's just an SMS on a schedule.");
    CHECK(adv.perspective == templates::Side::ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("what makes the bin day reminder bigger than that"));
    CHECK_THAT(all_cards(adv), Catch::Contains("Help me understand what makes the bin day reminder complex"));
}

TEST_CASE("the writer's own part is never the decision where the draft names what was decided",
          "[templates][cards32]") {
    // Read end to end in review: "Decision: I'll ship the online-only version on the 14th".
    auto const adv = advise(
        "ok Dana, I still think dropping the offline queue for the courier app is going to bite us in rural routes, "
        "but "
        "you've weighed it and made the call. I'm in: I'll ship the online-only version on the 14th and I'll pull the "
        "failed-delivery numbers for our retro in a month.");
    CHECK(adv.triage == Triage::commitment);
    CHECK_THAT(all_cards(adv), Catch::Contains("Decision: dropping the offline queue for the courier app\n"));
    CHECK_THAT(all_cards(adv), Catch::Contains("Decided by: Dana"));
}
