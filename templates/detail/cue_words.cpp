// The writer's words, prepared once per draft for the triage cues.

#include "templates/detail/cue_words.hpp"

#include <algorithm>
#include <cctype>

namespace pushback::templates::detail::cues {

namespace {

// The first two bytes of s[i..], the key a word start is indexed by.
std::uint16_t key(std::string_view s, std::size_t i) {
    auto const hi = static_cast<unsigned char>(s[i]);
    auto const lo = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0u;
    return static_cast<std::uint16_t>((hi << 8) | lo);
}

}  // namespace

Words::Words(std::string_view text, std::vector<detector::Range> const& quoted) {
    orig.reserve(text.size());
    for (std::size_t i = 0; i < text.size(); ++i) {
        bool const in_quote =
            std::any_of(quoted.begin(), quoted.end(), [&](detector::Range r) { return i >= r.start && i < r.end; });
        if (in_quote) {
            orig += text[i] == '\n' ? '\n' : ' ';
        } else if (text.substr(i).starts_with("\xE2\x80\x99")) {  // ’
            orig += '\'';
            i += 2;
        } else {
            orig += text[i];
        }
    }
    low = orig;
    for (auto& c : low)
        c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);  // std::tolower in the C locale
    // Word starts keyed by their first two bytes: a cue is compared only where a word starts with its
    // first two letters, not searched for across the whole text (hundreds of cues per draft).
    starts.reserve(low.size() / 4 + 1);
    for (std::size_t i = 0; i < low.size(); ++i)
        if (word_byte(low[i]) && (i == 0 || !word_byte(low[i - 1]))) {
            starts.emplace_back(key(low, i), static_cast<std::uint32_t>(i));
            seen.set(key(low, i));
        }
    std::sort(starts.begin(), starts.end());
}

bool Words::at_word_start(std::string_view cue, bool whole) const {
    if (cue.size() < 2 || !word_byte(cue.front())) {  // " not ", "(a)", ":clap:": a plain search
        if (!whole) return low.find(cue) != std::string::npos;
        return find(cue) != std::string::npos;
    }
    auto const k = key(cue, 0);
    if (!seen.test(k)) return false;
    auto it = std::lower_bound(starts.begin(), starts.end(), std::pair<std::uint16_t, std::uint32_t>{k, 0});
    for (; it != starts.end() && it->first == k; ++it) {
        auto const at = it->second;
        if (low.compare(at, cue.size(), cue) != 0) continue;
        auto const end = at + cue.size();
        if (!whole || end >= low.size() || !word_byte(low[end]) || !word_byte(cue.back())) return true;
    }
    return false;
}

std::size_t Words::find(std::string_view cue, std::size_t from) const {
    for (auto at = low.find(cue, from); at != std::string::npos; at = low.find(cue, at + 1)) {
        bool const left = at == 0 || !word_byte(low[at - 1]) || !word_byte(cue.front());
        auto const end = at + cue.size();
        bool const right = end >= low.size() || !word_byte(low[end]) || !word_byte(cue.back());
        if (left && right) return at;
    }
    return std::string::npos;
}

bool Words::any_prefix(Cues cues) const {
    return std::any_of(cues.begin(), cues.end(), [&](std::string_view c) { return at_word_start(c, false); });
}

bool Words::any(Cues cues) const {
    return std::any_of(cues.begin(), cues.end(), [&](std::string_view c) { return at_word_start(c, true); });
}

std::string_view Words::word_before(std::size_t at) const {
    std::size_t e = at;
    while (e > 0 && (orig[e - 1] == ' ' || orig[e - 1] == ',')) --e;
    std::size_t b = e;
    while (b > 0 && (word_byte(orig[b - 1]) || orig[b - 1] == '\'')) --b;
    return std::string_view(orig).substr(b, e - b);
}

}  // namespace pushback::templates::detail::cues
