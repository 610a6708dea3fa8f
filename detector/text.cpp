// Sentences and quoted spans: where one sentence ends, and which words are someone else's.
#include <algorithm>

#include "detector/detail/context.hpp"

namespace pushback::detector::detail {
namespace {

bool is_end_mark(char c) { return c == '.' || c == '!' || c == '?'; }

// Words (runs of word bytes) in normalised [b, e).
int count_words(std::string_view s, std::uint32_t b, std::uint32_t e) {
    int n = 0;
    bool in_word = false;
    for (auto i = b; i < e; ++i) {
        bool const w = is_word_byte(static_cast<unsigned char>(s[i]));
        n += w && !in_word;
        in_word = w;
    }
    return n;
}

// The normalised position of the first byte that comes from original offset `o` or later.
std::uint32_t norm_pos(Normalized const& n, std::uint32_t o) {
    return static_cast<std::uint32_t>(std::lower_bound(n.from.begin(), n.from.end(), o) - n.from.begin());
}

// The end of the line or sentence starting at normalised `b`.
std::uint32_t clause_end(std::string_view s, std::uint32_t b, bool to_line_end) {
    auto e = b;
    while (e < s.size() && s[e] != '\n' && (to_line_end || !is_end_mark(s[e]) || (e + 1 < s.size() && s[e + 1] != ' ')))
        ++e;
    if (e < s.size() && is_end_mark(s[e])) ++e;
    return static_cast<std::uint32_t>(e);
}

}  // namespace

void split_sentences(Context& c) {
    auto const s = c.s;
    std::uint32_t b = 0;
    auto const n = static_cast<std::uint32_t>(s.size());
    for (std::uint32_t i = 0; i <= n; ++i) {
        bool end = i == n || s[i] == '\n';
        char mark = 0;
        auto e = i;
        if (!end && is_end_mark(s[i])) {
            // A mark ends a sentence when a blank, a line break or the end follows ("v1.2" does not).
            auto j = i;
            while (j < n && (is_end_mark(s[j]) || s[j] == '"' || s[j] == ')')) ++j;
            if (j == n || s[j] == ' ' || s[j] == '\n') {
                for (auto k = i; k < j; ++k)
                    if (s[k] == '?' || (s[k] == '!' && mark != '?') || (s[k] == '.' && mark == 0)) mark = s[k];
                end = true;
                i = j - 1;
            }
        }
        if (!end) continue;
        auto sb = b;
        while (sb < e && (s[sb] == ' ' || s[sb] == '\n')) ++sb;
        auto se = e;
        while (se > sb && s[se - 1] == ' ') --se;
        if (se > sb) c.sentences.push_back({sb, se, mark});
        b = i + 1;
    }
}

void find_quoted(Context& c) {
    auto const s = c.s;
    auto const n = static_cast<std::uint32_t>(s.size());
    auto const add = [&](std::uint32_t b, std::uint32_t e) {
        if (e > b) c.quoted.emplace_back(b, e);
    };
    // Quotation marks: three words or more, or any length after "said", "asked", "wrote" or a colon.
    // One or two words in quotes are the writer's own scare quotes ("Soon" isn't a date).
    for (auto at = s.find('"'); at != std::string_view::npos; at = s.find('"', at + 1)) {
        auto const i = static_cast<std::uint32_t>(at);
        auto const close = s.find('"', i + 1);
        if (close == std::string_view::npos) break;
        auto const b = i + 1, e = static_cast<std::uint32_t>(close);
        auto before = s.substr(i >= 12 ? i - 12 : 0, i >= 12 ? 12 : i);
        while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
        bool const reported = before.ends_with(":") || before.ends_with("said") || before.ends_with("asked") ||
                              before.ends_with("wrote") || before.ends_with("says") || before.ends_with("asks");
        if (count_words(s, b, e) >= 3 || reported) add(b, e);
        at = e;
    }
    // `>` lines (Slack sends them as "&gt;"), "Re: ..." and "X asked: ..." up to the end of the line.
    std::uint32_t line_b = 0;
    for (std::uint32_t o = 0; o <= c.orig.size(); ++o) {
        o = static_cast<std::uint32_t>(std::min(c.orig.find('\n', o), c.orig.size()));  // the line's end
        auto line = c.orig.substr(line_b, o - line_b);
        auto const lead = line.find_first_not_of(" \t");
        if (lead != std::string_view::npos) {
            line.remove_prefix(lead);
            if (line.starts_with(">") || line.starts_with("&gt;"))
                add(norm_pos(c.norm, line_b + static_cast<std::uint32_t>(lead)), norm_pos(c.norm, o));
        }
        line_b = o + 1;
    }
    // "Re:" and "X asked:" need a colon.
    auto const colon = s.find(':') != std::string_view::npos;
    for (std::uint32_t i = 0; colon && i + 3 < n; ++i) {
        bool const word_start = i == 0 || !is_word_byte(static_cast<unsigned char>(s[i - 1]));
        if (!word_start) continue;
        auto const f = s[i];
        if (f != 'r' && f != 'a' && f != 's' && f != 'w' && f != 'p') continue;
        auto const rest = s.substr(i);
        std::uint32_t skip = 0;
        if (rest.starts_with("re:") && (i == 0 || s[i - 1] == '\n')) skip = 3;  // a subject line
        for (std::string_view w : {"asked:", "said:", "wrote:", "asks:", "says:", "put it:", "writes:"})
            if (rest.starts_with(w)) skip = static_cast<std::uint32_t>(w.size());
        if (skip == 0) continue;
        auto b = i + skip;
        while (b < n && (s[b] == ' ' || s[b] == '\n')) ++b;
        if (b < n && s[b] == '"') continue;  // the quotation marks say where it ends
        // The reported words run to the end of their sentence (or line).
        add(b, clause_end(s, b, false));
    }
    if (c.quoted.empty()) return;
    std::sort(c.quoted.begin(), c.quoted.end());
    // Nothing outside the quotes: the quote is the message (an excerpt, a forwarded line).
    std::uint32_t outside = 0, pos = 0;
    // A subject line's "Re:" is no word of the writer's ("Re: your question about X: ..." quotes the whole line).
    if (n >= 3 && (s[0] == 'R' || s[0] == 'r') && (s[1] == 'e' || s[1] == 'E') && s[2] == ':') pos = 3;
    for (auto const& [b, e] : c.quoted) {
        for (auto i = pos; i < b; ++i) outside += is_word_byte(static_cast<unsigned char>(s[i]));
        pos = std::max(pos, e);
    }
    for (auto i = pos; i < n; ++i) outside += is_word_byte(static_cast<unsigned char>(s[i]));
    // r20: "> Any chance we can launch Android the same day?\nno": a two-letter answer is an answer.
    if (outside < 2) c.quoted.clear();
}

}  // namespace pushback::detector::detail
