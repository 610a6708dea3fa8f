// util/: the small helpers every layer shares (hex, trim, UTF-8 truncation, JSON escaping and access).

#include "util/text.hpp"

#include <array>
#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <random>
#include <string>

#include "util/hex.hpp"
#include "util/json.hpp"
#include "util/mrkdwn.hpp"
#include "util/utf8.hpp"

namespace util = pushback::util;
namespace json = boost::json;

TEST_CASE("hex digits in either case, and back", "[util]") {
    std::string out;
    util::append_hex(out, 0x0a);
    util::append_hex(out, 0xff, util::HexCase::upper);
    util::append_hex(out, 0xc3, util::HexCase::lower);
    CHECK(out == "0aFFc3");
    std::array<unsigned char, 4> const bytes{0x00, 0x7f, 0x80, 0xab};
    CHECK(util::hex_encode(bytes) == "007f80ab");
    CHECK(util::hex_encode(bytes, util::HexCase::upper) == "007F80AB");
    CHECK(util::hex_encode({}).empty());
    CHECK(util::hex_value('0') == 0);
    CHECK(util::hex_value('9') == 9);
    CHECK(util::hex_value('a') == 10);
    CHECK(util::hex_value('F') == 15);
    CHECK(util::hex_value('g') == -1);
    CHECK(util::hex_value('%') == -1);
}

TEST_CASE("trim drops spaces, tabs and line ends at both ends only", "[util]") {
    CHECK(util::trim("  a b \t\r\n") == "a b");
    CHECK(util::trim("\n\tx") == "x");
    CHECK(util::trim("x") == "x");
    CHECK(util::trim(" \t\r\n ").empty());
    CHECK(util::trim("").empty());
    CHECK(util::trim("\va\v") == "\va\v");  // only the four blanks Slack text and secret files carry
    static_assert(util::trim(" k ") == "k");
}

TEST_CASE("UTF-8 truncation never cuts inside a sequence", "[util]") {
    std::string const s = "ab\xC3\xA9\xE2\x82\xAC";  // "abé€": 2 + 2 + 3 bytes
    CHECK(util::utf8_prefix(s, 100) == s);
    CHECK(util::utf8_prefix(s, 7) == s);
    CHECK(util::utf8_prefix(s, 6) == "ab\xC3\xA9");
    CHECK(util::utf8_prefix(s, 4) == "ab\xC3\xA9");
    CHECK(util::utf8_prefix(s, 3) == "ab");
    CHECK(util::utf8_prefix(s, 0).empty());

    CHECK(util::truncate_utf8(s, 7) == s);
    CHECK(util::truncate_utf8(s, 6) == "ab\xE2\x80\xA6");  // 3 bytes left for text: "ab", then "…"
    CHECK(util::truncate_utf8(s, 7 - 1, "...") == "ab...");
    CHECK(util::truncate_utf8("abcdef", 5, "...") == "ab...");
    CHECK(util::truncate_utf8("abcdef", 2) == "\xE2\x80\xA6");  // no room: the ellipsis alone

    CHECK(util::utf8_char_count(s) == 4);
    CHECK(util::utf8_char_count("") == 0);

    // Random valid text: every cut is valid UTF-8 and within the limit.
    std::mt19937 rng(11);
    std::array<std::string, 4> const pieces{"a", "\xC3\xA9", "\xE2\x82\xAC", "\xF0\x9F\x9A\x80"};
    for (int n = 0; n < 2000; ++n) {
        std::string text;
        for (int k = std::uniform_int_distribution<int>(0, 20)(rng); k > 0; --k) {
            text += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
        }
        auto const max = std::uniform_int_distribution<std::size_t>(3, 40)(rng);
        auto const cut = util::truncate_utf8(text, max);
        REQUIRE(cut.size() <= max);
        REQUIRE(util::is_valid_utf8(cut));
        REQUIRE(util::is_valid_utf8(util::utf8_prefix(text, max)));
    }
}

TEST_CASE("the JSON escaper writes what Boost.JSON's serializer writes, for any bytes", "[util]") {
    std::string out;
    util::append_json_string(out, "a\"b\\c\n\t\x01\x7f\xC3\xA9");
    CHECK(out == "\"a\\\"b\\\\c\\n\\t\\u0001\x7f\xC3\xA9\"");
    std::mt19937 rng(7);
    std::uniform_int_distribution<int> byte(0, 255);
    for (int n = 0; n < 3000; ++n) {
        std::string s(std::uniform_int_distribution<std::size_t>(0, 40)(rng), '\0');
        for (auto& c : s) c = static_cast<char>(byte(rng));
        std::string literal;
        util::append_json_string(literal, s);
        REQUIRE(literal == json::serialize(json::string(s)));
        std::string inside;
        util::append_json_escaped(inside, s);
        REQUIRE('"' + inside + '"' == literal);
    }
}

TEST_CASE("JSON accessors answer empty for anything missing or of another type", "[util]") {
    auto const v = json::parse(R"({"s":"text","n":1,"o":{"id":"U1"},"a":[]})");
    auto const& o = v.as_object();
    CHECK(util::string_at(o, "s") == "text");
    CHECK(util::string_at(o, "n").empty());
    CHECK(util::string_at(o, "missing").empty());
    CHECK(util::string_at(nullptr, "s").empty());
    auto const* inner = util::object_at(o, "o");
    REQUIRE(inner != nullptr);
    CHECK(util::string_at(inner, "id") == "U1");
    CHECK(util::object_at(o, "a") == nullptr);
    CHECK(util::object_at(o, "s") == nullptr);
    CHECK(util::object_at(nullptr, "o") == nullptr);
    CHECK(util::string_at(util::object_at(o, "missing"), "id").empty());
}

TEST_CASE("mrkdwn escaping replaces exactly &, < and >", "[util]") {
    CHECK(util::mrkdwn_escape("a < b && c > d") == "a &lt; b &amp;&amp; c &gt; d");
    CHECK(util::mrkdwn_escape("plain, long enough to take the eight-byte path") ==
          "plain, long enough to take the eight-byte path");
    std::string out = "x";
    util::mrkdwn_escape_into(out, "<@U1>");
    CHECK(out == "x&lt;@U1&gt;");
}
