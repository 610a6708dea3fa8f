#pragma once
// Helpers for the card tests (cards_test, cards11_test, cards12_test, tweak_test): the advice on a text through the
// real detector, and every card's title and text as the user reads them.

#include <algorithm>
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

// The first card of `family` shown, or nullptr.
inline templates::Card const* family(templates::Advice const& adv, std::string_view f) {
    auto const it = std::find_if(adv.cards.begin(), adv.cards.end(), [&](auto const& c) { return c.family == f; });
    return it == adv.cards.end() ? nullptr : &*it;
}

}  // namespace test_support
