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
