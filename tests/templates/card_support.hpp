#pragma once
// Helpers for the card tests (cards_test, cards11_test, tweak_test): the advice on a text through the real detector,
// and every card's title and text as the user reads them.

#include <string>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"
#include "templates/advice.hpp"

namespace test_support {

inline templates::Advice advise(std::string_view text) {
    return templates::advise(builtin(), detector::analyze(text), text);
}

inline std::string all_cards(templates::Advice const& adv) {
    std::string s;
    for (auto const& c : adv.cards) s += c.title + "\n" + c.text + "\n";
    return s;
}

}  // namespace test_support
