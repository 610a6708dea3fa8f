#pragma once
// Hexadecimal digits for bytes: signatures and generated secrets (lower case), percent-encoding
// (upper case, as RFC 3986 recommends), JSON's \u00XX escapes (lower case, as Boost.JSON writes them).

#include <cstddef>
#include <span>
#include <string>
#include <string_view>

namespace pushback::util {

enum class HexCase { lower, upper };

// Appends the two hex digits of `byte` to `out`.
inline void append_hex(std::string& out, unsigned char byte, HexCase hex_case = HexCase::lower) {
    constexpr std::string_view lower = "0123456789abcdef";
    constexpr std::string_view upper = "0123456789ABCDEF";
    auto const digits = hex_case == HexCase::lower ? lower : upper;
    out += digits[byte >> 4U];
    out += digits[byte & 0xFU];
}

// Two hex digits per byte.
inline std::string hex_encode(std::span<unsigned char const> bytes, HexCase hex_case = HexCase::lower) {
    std::string out;
    out.reserve(bytes.size() * 2);
    for (unsigned char const b : bytes) append_hex(out, b, hex_case);
    return out;
}

// The value of one hex digit (either case), or -1 when `c` is not one.
constexpr int hex_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

}  // namespace pushback::util
