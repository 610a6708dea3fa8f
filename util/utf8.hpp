#pragma once
// UTF-8 checking, repair and truncation, the one implementation every folder uses: a sequence is
// valid when it is well formed, not overlong, not a surrogate and at most U+10FFFF; repair turns
// every invalid byte into U+FFFD, so what we analyse, store, log and send back to Slack is always
// valid UTF-8; truncation never cuts inside a sequence. Header-only, in util/ because every other
// library depends on it.

#include <cstddef>
#include <string>
#include <string_view>

namespace pushback::util {

inline std::size_t utf8_sequence_length(std::string_view s, std::size_t i) {
    auto const c = static_cast<unsigned char>(s[i]);
    std::size_t const len = c < 0x80                        ? 1
                            : (c >> 5) == 0x6 && c >= 0xC2  ? 2
                            : (c >> 4) == 0xE               ? 3
                            : (c >> 3) == 0x1E && c <= 0xF4 ? 4
                                                            : 0;
    if (len == 0 || i + len > s.size()) return 0;
    for (std::size_t k = 1; k < len; ++k) {
        if ((static_cast<unsigned char>(s[i + k]) & 0xC0) != 0x80) return 0;
    }
    auto const c1 = static_cast<unsigned char>(s[i + 1 < s.size() ? i + 1 : i]);
    if (len == 3 && ((c == 0xE0 && c1 < 0xA0) || (c == 0xED && c1 >= 0xA0))) return 0;
    if (len == 4 && ((c == 0xF0 && c1 < 0x90) || (c == 0xF4 && c1 >= 0x90))) return 0;
    return len;
}

inline bool is_valid_utf8(std::string_view s) {
    for (std::size_t i = 0; i < s.size();) {
        auto const len = utf8_sequence_length(s, i);
        if (len == 0) return false;
        i += len;
    }
    return true;
}

inline std::string repair_utf8(std::string_view s) {
    if (is_valid_utf8(s)) return std::string(s);
    std::string out;
    out.reserve(s.size() + 8);
    for (std::size_t i = 0; i < s.size();) {
        if (auto const len = utf8_sequence_length(s, i)) {
            out.append(s.substr(i, len));
            i += len;
        } else {
            out += "\xEF\xBF\xBD";
            ++i;
        }
    }
    return out;
}

// The longest prefix of `s` of at most `max_bytes` bytes that does not end inside a UTF-8 sequence
// (it stops before a continuation byte). `s` itself when it fits.
constexpr std::string_view utf8_prefix(std::string_view s, std::size_t max_bytes) {
    if (s.size() <= max_bytes) return s;
    std::size_t cut = max_bytes;
    while (cut > 0 && (static_cast<unsigned char>(s[cut]) & 0xC0U) == 0x80U) --cut;
    return s.substr(0, cut);
}

// `s` cut to at most `max_bytes` bytes in all, on a UTF-8 boundary, ending in `ellipsis` when it cut.
inline std::string truncate_utf8(std::string_view s, std::size_t max_bytes,
                                 std::string_view ellipsis = "\xE2\x80\xA6" /* … */) {
    if (s.size() <= max_bytes) return std::string(s);
    std::string out(utf8_prefix(s, max_bytes > ellipsis.size() ? max_bytes - ellipsis.size() : 0));
    out += ellipsis;
    return out;
}

// Number of code points (Slack counts characters, not bytes): the bytes that are not continuation bytes.
constexpr std::size_t utf8_char_count(std::string_view s) {
    std::size_t n = 0;
    for (char const c : s) n += static_cast<std::size_t>((static_cast<unsigned char>(c) & 0xC0U) != 0x80U);
    return n;
}

}  // namespace pushback::util
