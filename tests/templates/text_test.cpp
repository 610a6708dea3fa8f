// The text helpers behind slot values: UTF-8 safe clipping, tidying and Slack-escaped sizes.

#include "support.hpp"
#include "templates/detail/text.hpp"

using namespace pushback::templates::detail;

TEST_CASE("clip cuts on a code point boundary and marks the cut", "[templates]") {
    std::string const s = "ééééé";  // 10 bytes
    CHECK(clip(s, 10) == s);
    auto const c = clip(s, 8);  // 5 bytes of room after the ellipsis: two whole "é"
    CHECK(c == "éé…");
    CHECK(test_support::valid_utf8(c));
    CHECK(clip("🚀🚀🚀", 9) == "🚀…");
    CHECK(clip("abc", 2).empty());
    CHECK(clip("word    word", 8) == "word…");  // no space left before the ellipsis
}

TEST_CASE("sizes count Slack's escaping", "[templates]") {
    CHECK(escaped_size("a<b>&") == 1 + 4 + 1 + 4 + 5);
    auto const c = clip("&&&&&&", 14);  // 11 bytes of room: two escaped ampersands
    CHECK(c == "&&…");
    CHECK(escaped_size(c) <= 14);
}

TEST_CASE("squash makes one tidy line of user text", "[templates]") {
    CHECK(squash("  we can't ,  really\n\n do   this .  ") == "we can't, really do this.");
    CHECK(squash("a\tb\r\nc") == "a b c");
    CHECK(squash(std::string("x\0y\x07z", 5)) == "xyz");
}

TEST_CASE("sanitize replaces broken UTF-8", "[templates]") {
    CHECK(sanitize("ok \xFF end") == "ok \xEF\xBF\xBD end");
    CHECK(sanitize("\xE2\x82") == "\xEF\xBF\xBD\xEF\xBF\xBD");
    CHECK(sanitize("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");  // overlong '/'
    CHECK(sanitize("\xED\xA0\x80") == "\xEF\xBF\xBD\xEF\xBF\xBD\xEF\xBF\xBD");  // surrogate
    CHECK(sanitize("€ 🚀") == "€ 🚀");
}

TEST_CASE("quote wraps, and says nothing when there is nothing to quote", "[templates]") {
    CHECK(quote("  3 weeks ", 60) == "“3 weeks”");
    CHECK(quote("   ", 60).empty());
    CHECK(quote("", 60).empty());
    auto const q = quote(std::string(500, 'x'), 40);
    CHECK(q.size() <= 40);
    CHECK_THAT(q, Catch::EndsWith("…”"));
}

TEST_CASE("join_list and tidy", "[templates]") {
    CHECK(join_list({}) == "");
    CHECK(join_list({"a"}) == "a");
    CHECK(join_list({"a", "b"}) == "a and b");
    CHECK(join_list({"a", "b", "c"}) == "a, b and c");
    CHECK(tidy("\n\nHello  there ,you .\n\n\n\nNext   line   \n") == "Hello there,you.\n\nNext line");
    CHECK(tidy("  1. indented") == "  1. indented");
}
