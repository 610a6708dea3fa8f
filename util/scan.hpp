#pragma once
// Finding the next byte that needs escaping, eight bytes at a time. Every reply escapes long texts
// twice (Slack's &, <, > and then JSON's quotes, backslashes and control characters); a byte-by-byte
// loop was the largest single cost left on the request path. Header-only, like utf8.hpp, because
// the detector, the templates and the handlers all use it.

#include <cstddef>
#include <cstdint>
#include <cstring>
#include <string_view>

namespace pushback::util {

namespace swar {

inline constexpr std::uint64_t ones = 0x0101010101010101ULL;
inline constexpr std::uint64_t highs = 0x8080808080808080ULL;

// Non-zero exactly when some byte of `v` is zero / equals `b` / is below `n` (n <= 128).
constexpr std::uint64_t has_zero(std::uint64_t v) { return (v - ones) & ~v & highs; }
constexpr std::uint64_t has_byte(std::uint64_t v, unsigned char b) { return has_zero(v ^ (ones * b)); }
constexpr std::uint64_t has_less(std::uint64_t v, unsigned char n) { return (v - ones * n) & ~v & highs; }

inline std::uint64_t load(char const* p) {
    std::uint64_t v;
    std::memcpy(&v, p, sizeof v);
    return v;
}

}  // namespace swar

// Index of the first byte at or after `from` that Slack's mrkdwn reserves (&, < or >), or
// text.size().
inline std::size_t next_mrkdwn_special(std::string_view text, std::size_t from) {
    std::size_t i = from;
    for (; i + 8 <= text.size(); i += 8) {
        auto const v = swar::load(text.data() + i);
        if (swar::has_byte(v, '&') | swar::has_byte(v, '<') | swar::has_byte(v, '>')) break;
    }
    for (; i < text.size(); ++i) {
        char const c = text[i];
        if (c == '&' || c == '<' || c == '>') return i;
    }
    return text.size();
}

// Index of the first byte at or after `from` that a JSON string must escape (", \ or a control
// character below 0x20), or text.size().
inline std::size_t next_json_special(std::string_view text, std::size_t from) {
    std::size_t i = from;
    for (; i + 8 <= text.size(); i += 8) {
        auto const v = swar::load(text.data() + i);
        if (swar::has_less(v, 0x20) | swar::has_byte(v, '"') | swar::has_byte(v, '\\')) break;
    }
    for (; i < text.size(); ++i) {
        auto const c = static_cast<unsigned char>(text[i]);
        if (c < 0x20 || c == '"' || c == '\\') return i;
    }
    return text.size();
}

}  // namespace pushback::util
