// The eight-bytes-at-a-time scanners against the obvious byte-by-byte answer, at every offset and
// alignment: a missed byte here would be an unescaped quote in JSON or a live mention in Slack.

#include "util/scan.hpp"

#include <catch2/catch.hpp>
#include <random>
#include <string>

using namespace pushback::util;

namespace {

std::size_t naive(std::string_view s, std::size_t from, bool (*special)(unsigned char)) {
    for (std::size_t i = from; i < s.size(); ++i)
        if (special(static_cast<unsigned char>(s[i]))) return i;
    return s.size();
}

bool mrkdwn(unsigned char c) { return c == '&' || c == '<' || c == '>'; }
bool json(unsigned char c) { return c < 0x20 || c == '"' || c == '\\'; }

}  // namespace

TEST_CASE("the scanners find exactly the first special byte from any offset", "[detector][scan]") {
    std::mt19937 rng(3);
    // Mostly harmless bytes (ASCII and UTF-8 lead/continuation bytes, 0x7F, 0x1F/0x20 edges), with
    // specials now and then, so runs longer than eight bytes are common.
    std::string const harmless = "abz\x7f\x20\x21\x5b\x5d\xc3\xa9\xe2\x80\xa6\xf0\x9f\x9a\x80";
    std::string const specials = "&<>\"\\\n\t\x01\x1f ";
    for (int n = 0; n < 20000; ++n) {
        std::string s(std::uniform_int_distribution<std::size_t>(0, 48)(rng), ' ');
        for (auto& c : s) {
            bool const rare = std::uniform_int_distribution<int>(0, 15)(rng) == 0;
            std::string const& from = rare ? specials : harmless;
            c = from[std::uniform_int_distribution<std::size_t>(0, from.size() - 1)(rng)];
        }
        for (std::size_t from = 0; from <= s.size(); ++from) {
            INFO("text of " << s.size() << " bytes, from " << from);
            REQUIRE(pushback::util::next_mrkdwn_special(s, from) == naive(s, from, mrkdwn));
            REQUIRE(pushback::util::next_json_special(s, from) == naive(s, from, json));
        }
    }
}

TEST_CASE("every byte value is classified as its definition says", "[detector][scan]") {
    for (int b = 0; b < 256; ++b) {
        // The byte alone, and at each position of a 16-byte run of 'x'.
        for (std::size_t at = 0; at < 16; ++at) {
            std::string s(16, 'x');
            s[at] = static_cast<char>(b);
            INFO("byte " << b << " at " << at);
            CHECK(pushback::util::next_mrkdwn_special(s, 0) == (mrkdwn(static_cast<unsigned char>(b)) ? at : s.size()));
            CHECK(pushback::util::next_json_special(s, 0) == (json(static_cast<unsigned char>(b)) ? at : s.size()));
        }
    }
}
