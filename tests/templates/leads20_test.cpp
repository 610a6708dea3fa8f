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
