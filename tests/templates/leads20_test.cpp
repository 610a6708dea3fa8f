// --- leads20: the twentieth round's leads, on wordings in no dev file ---
// A 1:1 follow-up read as a status ("Following up on our 1:1: ..." got "Nothing to push back on"), a "1:1:" read as
// an emoji shortcode in the log card ("Decision: Following up in writing from today's 1 you'll check ..."), the
// revisit logged as the decision, the decision a bare "Disagree with X" named read as "the audit log", and the
// writer's own "I can't put my finger on it" quoted back as the risk.
#include <string>

#include "card_support.hpp"
#include "support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using test_support::advise;
using test_support::all_cards;

TEST_CASE("a 1:1 follow-up is a commitment, logged with the writer's part, the worry and the revisit",
          "[templates][leads20]") {
    auto const adv = advise(
        "Following up on our 1:1: you asked me to own the kiln firmware updater, I'll have a proposal by next "
        "Wednesday. I mentioned I'm worried about weekend coverage with 3 people; we agreed to revisit after the "
        "first month.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK(adv.commitment.decision == "I own the kiln firmware updater");
    CHECK(adv.commitment.concern == "weekend coverage with 3 people");
    CHECK(adv.commitment.revisit == "after the first month");
}

TEST_CASE("a '1:1:' in a recap is no emoji shortcode, and ':tada:' still is", "[templates][leads20]") {
    auto const adv = advise(
        "Following up in writing from today's 1:1: you'll check with sales whether the kiln Q1 date is firm, I'll "
        "send the two scoping options by Wednesday.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK(adv.commitment.decision == "you'll check with sales whether the kiln Q1 date is firm");
    auto const emoji = advise("We decided to ship the kiln scheduler on the 9th :tada: and I'm on board.");
    CHECK_THAT(adv.commitment.decision + emoji.commitment.decision, !Catch::Contains(":"));
}

TEST_CASE("a bare 'Disagree with X, but your call' logs X as the decision", "[templates][leads20]") {
    auto const adv = advise(
        "Disagree with dropping the glaze audit log from v1, but it's your call and I'll build it without. Noting "
        "that studio security reviews usually ask for it.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK(adv.commitment.decision == "dropping the glaze audit log from v1");
    CHECK_THAT(adv.commitment.concern, Catch::Contains("security reviews usually ask for it"));
}

TEST_CASE("the writer's own 'can't put my finger on it' is never quoted back as the risk", "[templates][leads20]") {
    for (std::string_view text :
         {"I'm not comfortable with the kiln booking rewrite, something about it bothers me but I can't put my finger "
          "on it.",
          "the glaze inventory rewrite feels risky to me. can't say why exactly, just a gut thing"}) {
        INFO(text);
        auto const adv = advise(text);
        CHECK(adv.triage == templates::Triage::rework);
        CHECK_THAT(all_cards(adv), !Catch::Contains("finger"));
        CHECK_THAT(all_cards(adv), !Catch::Contains("can't say why"));
    }
}

TEST_CASE("an ask for an estimate gets the range reply, never 'bringing a rough estimate in sooner'",
          "[templates][leads20]") {
    auto const adv = advise("Can we get a rough estimate for the kiln scheduler by EOD? Sales is asking.");
    REQUIRE(adv.perspective == templates::Side::ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("a range"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("sooner"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("For a rough estimate"));
}

TEST_CASE("a decision log entry logs its decision, its maker, its concern without the label, and its threshold",
          "[templates][leads20]") {
    auto const adv = advise(
        "For the decision log: we're launching the kiln portal single-region (us-east-1) for GA. Decided by Maria in "
        "the Nov 12 review. My concern: EU studios' latency (~180ms). Revisit at 50 EU accounts.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK(adv.commitment.decision == "we're launching the kiln portal single-region for GA");
    CHECK(adv.commitment.decision_maker == "Maria");
    CHECK_THAT(adv.commitment.concern, Catch::StartsWith("EU studios' latency"));
    CHECK(adv.commitment.revisit == "at 50 EU accounts");
    // A bracket that ends the decision still ends it.
    auto const scoped = advise(
        "Contractor side: we accept the reduced scope for the kiln portal phase 1 (no GraphQL), the invoice stays as "
        "agreed.");
    CHECK(scoped.commitment.decision == "accept the reduced scope for the kiln portal phase 1");
}

TEST_CASE("an argument lost logs the way taken, and a decision of one word keeps its word", "[templates][leads20]") {
    auto const lost = advise(
        "I lost the argument on server-side rendering for the kiln shop and that's fine. Building it client-side as "
        "agreed. I'd like us to check LCP on the product pages a month after launch.");
    REQUIRE(lost.triage == templates::Triage::commitment);
    CHECK(lost.commitment.decision == "build it client-side as agreed");
    CHECK(lost.commitment.concern == "the case for server-side rendering for the kiln shop");
    auto const sqs = advise(
        "I still think we should have gone with Kafka for the kiln events, but we picked SQS and I'm fully behind it.");
    CHECK(sqs.commitment.decision == "SQS");
}

TEST_CASE("the next step asks for what the first card asks, not for a date no card offers", "[templates][leads20]") {
    auto const adv = advise(
        "The kiln plan is fine I guess but I have some concerns about performance and maintainability and also the "
        "timeline and whether users want this.");
    REQUIRE(!adv.cards.empty());
    if (adv.cards.front().family != "options") CHECK_THAT(adv.next_step, !Catch::Contains("which date"));
}

TEST_CASE("a switch wanted for novelty asks what problem of the current system it solves", "[templates][leads20]") {
    auto const adv =
        advise("We need to move the kiln app to microservices before the marketplace. Monoliths are outdated.");
    REQUIRE(adv.triage == templates::Triage::stop);
    CHECK_THAT(all_cards(adv), !Catch::Contains("problem of microservices"));
}

TEST_CASE("an ask to skip a check keeps the check and trades scope, and a past skip is no such ask",
          "[templates][leads20]") {
    auto const adv = advise("We could ship the kiln portal faster if we skipped the security review this once, right?");
    REQUIRE(adv.perspective == templates::Side::ask);
    CHECK_THAT(all_cards(adv), Catch::Contains("I'd rather not skip the security review"));
    CHECK_THAT(all_cards(adv), !Catch::Contains("bringing the security review in sooner"));
    CHECK_THAT(all_cards(advise("Errr... merged the kiln PR without a review?")), !Catch::Contains("rather not skip"));
    // A time named after the verb is no thing to help with.
    CHECK_THAT(all_cards(advise("Can we ship the glaze app on Friday without the dark mode?")),
               !Catch::Contains("help with on Friday"));
}

TEST_CASE("a commitment's concern is neither its decision nor its revisit", "[templates][leads20]") {
    auto const record = advise(
        "Thanks for hearing me out yesterday. For the record: we're keeping the Jan 20 date for the kiln portal, "
        "cutting bulk edit to phase 2, and I'll flag by Jan 10 if the migration slips.");
    REQUIRE(record.triage == templates::Triage::commitment);
    CHECK(record.commitment.concern.empty());
    auto const lite = advise(
        "OK I hear you on the deadline. I'm in, we'll ship the lite kiln app on the 3rd. Still think we'll get support "
        "tickets about the missing export, so let's look at the ticket count after two weeks.");
    REQUIRE(lite.triage == templates::Triage::commitment);
    CHECK(lite.commitment.concern == "we'll get support tickets about the missing export");
    CHECK(lite.commitment.revisit == "after two weeks");
    auto const mono = advise(
        "ok, disagree & commit on the kiln monorepo move. still think it'll cost mobile ~2 wks of build pain but I'll "
        "help make it work");
    CHECK(mono.commitment.decision == "the kiln monorepo move");
}

TEST_CASE("asking why we're building it asks about the goal first", "[templates][leads20]") {
    auto const adv = advise("Can you explain why we're building this for the kiln studios? I don't get it.");
    REQUIRE(!adv.cards.empty());
    CHECK(adv.cards.front().family == "goal");
}

TEST_CASE("a decision disagreed with 'about' or as 'the decision to' logs the decision itself",
          "[templates][leads20]") {
    auto const about = advise(
        "We talked, I still disagree about removing the kiln free tier, but I'll support the decision and help with "
        "the migration emails. Let's check free-to-paid conversion at end of Q1.");
    REQUIRE(about.triage == templates::Triage::commitment);
    CHECK(about.commitment.decision == "removing the kiln free tier");
    auto const to = advise(
        "Disagree with the decision to skip load testing the kiln API, but it's your call and I'll commit. Noting for "
        "the record: we have no data above 2k rps.");
    CHECK(to.commitment.decision == "skip load testing the kiln API");
}

TEST_CASE("a bare 'no' under a quoted ask is the writer's reply, and it is told to say what would make it",
          "[templates][leads20]") {
    auto const bare = advise("> Any chance we can launch the kiln Android app same day as iOS?\nno");
    CHECK(bare.perspective == templates::Side::reply_to_ask);
    CHECK_THAT(bare.next_step, Catch::Contains("bare no"));
    auto const date = advise("> Will the glaze importer make the date?\nNo.");
    CHECK(date.perspective == templates::Side::reply_to_ask);
    CHECK_THAT(date.next_step, Catch::Contains("bare no"));
    REQUIRE(!date.cards.empty());
    CHECK(date.cards.front().family == "options");
    CHECK_THAT(date.cards.front().text, Catch::Contains("full scope of the glaze importer"));
    // A quote alone, with nothing of the writer's, is still the message itself.
    CHECK(advise("> Can we do the kiln export faster?").perspective == templates::Side::ask);
}

TEST_CASE("a yes taken back by 'but', the evidence and a proposal is pushback, not a commitment",
          "[templates][leads20]") {
    auto const adv = advise(
        "> we're thinking of dropping the kiln desktop app next year\nThat's fine by me, but 22% of paying studios log "
        "in mostly from desktop (last 90 days). Could we survey them before announcing, and keep it in maintenance "
        "mode "
        "for 6 months?");
    CHECK(adv.triage == templates::Triage::ready);
    // A yes with a concern logged stays a commitment.
    CHECK(advise("We agreed on the 15th for the kiln portal and I'll hit it. Logging my concern that the retry logic "
                 "won't be load tested before then.")
              .triage == templates::Triage::commitment);
}

TEST_CASE("a date agreed on is the decision, and 'my concern that' is not repeated under the card's own label",
          "[templates][leads20]") {
    auto const adv = advise(
        "We agreed on the 15th for the kiln portal and I'll hit it. Logging my concern that the retry logic won't be "
        "load tested before then.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK(adv.commitment.decision == "the 15th for the kiln portal");
    CHECK(adv.commitment.concern == "the retry logic won't be load tested before then");
}

TEST_CASE("the log takes a recap's 'we're dropping X', a concern 'for the log', and a plain yes gets no card",
          "[templates][leads20]") {
    auto const recap = advise(
        "Quick recap from sprint planning: we're dropping the kiln CSV import to next sprint, I'm on the auth bug, "
        "Sam's on the dashboard. Revisit the import on Monday.");
    REQUIRE(recap.triage == templates::Triage::commitment);
    CHECK(recap.commitment.decision == "we're dropping the kiln CSV import to next sprint");
    auto const beta = advise(
        "Not my call, but I'm on board with launching the kiln app in beta first. Concern for the log: beta users may "
        "not represent enterprise usage. Check after 30 days.");
    CHECK(beta.commitment.concern == "beta users may not represent enterprise usage");
    auto const yes = advise("Re: moving the kiln standup to 9am - works for me!");
    CHECK(yes.cards.empty());
    CHECK_THAT(yes.next_step, Catch::Contains("plain yes"));
}

TEST_CASE("the estimate card gives the writer's count of the work as the reason for the number",
          "[templates][leads20]") {
    auto const adv = advise(
        "My estimate is 6 weeks, not 3. The kiln data model change touches 40 tables and each "
        "needs a backfill.");
    CHECK_THAT(all_cards(adv), Catch::Contains("6 weeks, not 3, because the kiln data model change touches 40 tables"));
}

TEST_CASE("an ask's object is the thing without the quality asked for, and a past time is no deadline",
          "[templates][leads20]") {
    auto const engaging = advise("Can we make the kiln onboarding flow more engaging?");
    CHECK_THAT(all_cards(engaging), !Catch::Contains("flow more engaging"));
    auto const reported = advise(
        "Hey, could you prioritize the kiln export bug? 3 enterprise studios reported it this week and one is "
        "threatening to churn.");
    CHECK_THAT(all_cards(reported), !Catch::Contains("make this week"));
}

TEST_CASE("'Flagging for the log:' introduces the writer's evidence, never the decision", "[templates][leads20]") {
    auto const adv = advise(
        "I still think we should have kept the monthly kiln export for the auditors, but you made the call and I'm "
        "behind it. I'll ship the API-only version on the 18th. Flagging for the log: two auditors asked for CSVs last "
        "quarter; let's check their tickets a month after launch.");
    REQUIRE(adv.triage == templates::Triage::commitment);
    CHECK(adv.commitment.decision == "I'll ship the API-only version on the 18th");
    CHECK_THAT(adv.commitment.decision, !Catch::Contains("auditors asked"));
}
