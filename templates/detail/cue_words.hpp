#pragma once
// The writer's own words of a draft, prepared for the triage cues (templates/detail/triage_cues.hpp):
// someone else's quoted words blanked, lower-cased, word starts indexed so that hundreds of cue phrases
// are compared only where a word starts with their first two letters.

#include <bitset>
#include <cstdint>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "detector/analysis.hpp"

namespace pushback::templates::detail::cues {

using Cues = std::initializer_list<std::string_view>;

// A letter, a digit or a UTF-8 byte (the locale-free test; it runs for every cue).
constexpr bool word_byte(char ch) {
    auto const c = static_cast<unsigned char>(ch);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// The writer's words: someone else's quoted words blanked, curly apostrophes made straight (same offsets
// in `orig` and `low`).
struct Words {
    std::string orig;
    std::string low;
    std::vector<std::pair<std::uint16_t, std::uint32_t>> starts;  // (first two bytes, offset) of each word
    std::bitset<65536> seen;  // the keys in `starts`: most cues are rejected by one bit

    Words(std::string_view text, std::vector<detector::Range> const& quoted);

    // Whether `cue` starts a word somewhere (and, when `whole`, ends one).
    bool at_word_start(std::string_view cue, bool whole) const;
    // Where a cue starts at a word boundary, from `from`; npos when absent.
    std::size_t find(std::string_view cue, std::size_t from = 0) const;
    // A cue that may run on into a longer word ("escalat" in "escalating").
    bool any_prefix(Cues cues) const;
    bool any(Cues cues) const;
    // The word before byte `at` as written ("Marcus" in "Honestly Marcus doesn't ...").
    std::string_view word_before(std::size_t at) const;
};

}  // namespace pushback::templates::detail::cues
