// The text helpers behind slot values: UTF-8 safe clipping, tidying and Slack-escaped sizes.

#include "templates/detail/text.hpp"

#include <random>
#include <vector>

#include "support.hpp"
#include "util/mrkdwn.hpp"

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
    CHECK(sanitize("\xC0\xAF") == "\xEF\xBF\xBD\xEF\xBF\xBD");                  // overlong '/'
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

namespace {

// tidy()'s rules written the slow, obvious way, line by line and byte by byte: the oracle for the
// fast version.
std::string tidy_by_the_rules(std::string_view text) {
    std::vector<std::string> lines;
    std::size_t start = 0;
    while (true) {
        auto const nl = text.find('\n', start);
        std::string_view const raw = text.substr(start, nl == std::string_view::npos ? nl : nl - start);
        std::string line;
        std::size_t i = 0;
        while (i < raw.size() && raw[i] == ' ') line.push_back(raw[i++]);  // indentation is layout
        bool pending = false;
        for (; i < raw.size(); ++i) {
            char const c = raw[i];
            if (c == ' ' || c == '\t') {
                pending = true;
                continue;
            }
            if (pending && std::string_view(",.;:!?)").find(c) == std::string_view::npos) line.push_back(' ');
            pending = false;
            line.push_back(c);
        }
        lines.push_back(line.find_first_not_of(' ') == std::string::npos ? std::string{} : line);
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    std::string out;
    bool gap = false;
    for (auto const& line : lines) {
        if (line.empty()) {
            gap = !out.empty();
            continue;
        }
        if (!out.empty()) out += gap ? "\n\n" : "\n";
        gap = false;
        out += line;
    }
    return out;
}

}  // namespace

TEST_CASE("tidy follows its rules on random text", "[templates]") {
    std::mt19937 rng(7);
    constexpr std::string_view alphabet = "ab  \t\t\n\n.,;)?x\r&";
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    for (int n = 0; n < 20000; ++n) {
        std::string text(std::uniform_int_distribution<std::size_t>(0, 40)(rng), ' ');
        for (auto& c : text) c = alphabet[pick(rng)];
        INFO("text: [" << text << "]");
        REQUIRE(tidy(text) == tidy_by_the_rules(text));
    }
}

TEST_CASE("escaped_size counts like escaping does, on random text", "[templates]") {
    std::mt19937 rng(11);
    constexpr std::string_view alphabet = "a<>&é\n ";
    std::uniform_int_distribution<std::size_t> pick(0, alphabet.size() - 1);
    for (int n = 0; n < 5000; ++n) {
        std::string text(std::uniform_int_distribution<std::size_t>(0, 64)(rng), ' ');
        for (auto& c : text) c = alphabet[pick(rng)];
        REQUIRE(escaped_size(text) == pushback::util::mrkdwn_escape(text).size());
    }
}

TEST_CASE("squash is sanitize followed by collapsing blanks, on random bytes", "[templates]") {
    // The one-pass squash() against its definition, written as two obvious passes.
    auto const by_definition = [](std::string_view text) {
        std::string const clean = sanitize(text);
        std::string out;
        bool pending = false;
        for (char const c : clean) {
            if (c == ' ' || c == '\t' || c == '\n') {
                pending = true;
                continue;
            }
            if (pending && !out.empty() && std::string_view(",.;:!?)").find(c) == std::string_view::npos)
                out.push_back(' ');
            pending = false;
            out.push_back(c);
        }
        return out;
    };
    std::mt19937 rng(13);
    // Blanks, controls (C0, DEL, C1 as \xC2\x80..\x9F), punctuation, UTF-8 and broken UTF-8.
    std::vector<std::string> const pieces{" ", "\t", "\n", "\r", "\x01", "\x7f", "\xc2\x85", "\xc2\xa0",        ",",
                                          ")", "a",  "é",  "…",  "\xe2", "\x80", "\xff",     "\xf0\x9f\x9a\x80"};
    std::uniform_int_distribution<std::size_t> pick(0, pieces.size() - 1);
    for (int n = 0; n < 20000; ++n) {
        std::string text;
        for (int k = std::uniform_int_distribution<int>(0, 16)(rng); k > 0; --k) text += pieces[pick(rng)];
        INFO("text: [" << text << "]");
        REQUIRE(squash(text) == by_definition(text));
    }
}
