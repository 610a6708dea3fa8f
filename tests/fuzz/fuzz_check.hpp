#pragma once
// Shared by the fuzz targets: a property check that aborts (libFuzzer reports a crash and keeps the
// input for replay), and a strict UTF-8 validator for text that goes back to Slack.

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <string_view>

#define FUZZ_CHECK(cond)                                                                       \
    do {                                                                                       \
        if (!(cond)) {                                                                         \
            std::fprintf(stderr, "%s:%d: property violated: %s\n", __FILE__, __LINE__, #cond); \
            std::abort();                                                                      \
        }                                                                                      \
    } while (0)

namespace pushback::fuzz {

// Well-formed UTF-8 (RFC 3629): no overlongs, no surrogates, nothing past U+10FFFF.
inline bool valid_utf8(std::string_view s) {
    std::size_t i = 0;
    auto const at = [&](std::size_t k) { return static_cast<std::uint8_t>(s[k]); };
    auto const cont = [&](std::size_t k) { return k < s.size() && (at(k) & 0xC0) == 0x80; };
    while (i < s.size()) {
        std::uint8_t const c = at(i);
        std::size_t len = 0;
        if (c < 0x80) {
            len = 1;
        } else if (c >= 0xC2 && c <= 0xDF) {
            len = 2;
        } else if (c >= 0xE0 && c <= 0xEF) {
            len = 3;
            if (!cont(i + 1) || (c == 0xE0 && at(i + 1) < 0xA0) || (c == 0xED && at(i + 1) >= 0xA0)) return false;
        } else if (c >= 0xF0 && c <= 0xF4) {
            len = 4;
            if (!cont(i + 1) || (c == 0xF0 && at(i + 1) < 0x90) || (c == 0xF4 && at(i + 1) >= 0x90)) return false;
        } else {
            return false;
        }
        for (std::size_t k = 1; k < len; ++k) {
            if (!cont(i + k)) return false;
        }
        i += len;
    }
    return true;
}

// True when byte `i` of `s` starts a code point (or is the end).
inline bool on_boundary(std::string_view s, std::size_t i) {
    return i >= s.size() || (static_cast<std::uint8_t>(s[i]) & 0xC0) != 0x80;
}

}  // namespace pushback::fuzz
