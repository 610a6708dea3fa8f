#pragma once
// Turns a Slack message into the text the matcher reads: lowercased prose with code blanked out,
// Slack tokens (<@U1>, <#C1|x>, <https://x|y>) replaced by one placeholder byte each, formatting
// marks and emoji dropped, curly quotes and dashes folded to ASCII. Every normalised byte remembers
// the byte range of the original it came from, so findings map back to valid original offsets.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace pushback::detector::detail {

// Placeholder bytes in normalised text (word bytes, see is_word_byte).
inline constexpr char ph_person = '\x01';
inline constexpr char ph_channel = '\x02';
inline constexpr char ph_link = '\x03';
inline constexpr char ph_other = '\x04';  // <!here>, <!channel>, unknown <...>
inline constexpr char ph_code = '\x05';

struct Normalized {
    std::string text;
    std::vector<std::uint32_t> from;  // original start offset of each normalised byte
    std::vector<std::uint32_t> to;    // original end offset of each normalised byte
    std::uint32_t code_spans = 0;

    // The original byte range covered by normalised [b, e).
    std::uint32_t orig_begin(std::size_t b) const { return from[b]; }
    std::uint32_t orig_end(std::size_t e) const { return to[e - 1]; }
};

// Reuses `out`'s buffers.
void normalize(std::string_view text, Normalized& out);

}  // namespace pushback::detector::detail
