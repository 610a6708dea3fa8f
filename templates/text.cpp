#include "templates/detail/text.hpp"

#include <algorithm>
#include <cstdint>
#include <cstring>

#include "detector/scan.hpp"
#include "detector/utf8.hpp"

namespace pushback::templates::detail {

namespace {

constexpr std::string_view ellipsis = "…";
constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

std::size_t escaped_cost(char c) {
    switch (c) {
        case '&': return 5;  // &amp;
        case '<':
        case '>': return 4;  // &lt; &gt;
        default: return 1;
    }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool binds_left(char c) {
    return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')';
}

bool is_blank(char c) { return c == ' ' || c == '\t'; }

}  // namespace

std::size_t escaped_size(std::string_view text) {
    std::size_t n = text.size();
    for (std::size_t i = detector::next_mrkdwn_special(text, 0); i < text.size();
         i = detector::next_mrkdwn_special(text, i + 1))
        n += text[i] == '&' ? 4 : 3;  // &amp; for 1 byte, &lt; &gt; for 1 byte
    return n;
}

std::string sanitize(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t const len = detector::utf8_sequence_length(text, i);
        if (len == 0) {
            out.append(replacement);
            ++i;
            continue;
        }
        if (len == 1) {
            auto const c = static_cast<std::uint8_t>(text[i]);
            if ((c >= 0x20 && c != 0x7F) || c == '\n' || c == '\t') out.push_back(text[i]);
        } else if (!(len == 2 && static_cast<std::uint8_t>(text[i]) == 0xC2 &&
                     static_cast<std::uint8_t>(text[i + 1]) < 0xA0)) {  // C1 controls dropped
            out.append(text.substr(i, len));
        }
        i += len;
    }
    return out;
}

std::string squash(std::string_view text) {
    std::string const clean = sanitize(text);
    std::string out;
    out.reserve(clean.size());
    bool pending = false;
    for (char const c : clean) {
        if (is_space(c)) {
            pending = true;
            continue;
        }
        if (pending && !out.empty() && !binds_left(c)) out.push_back(' ');
        pending = false;
        out.push_back(c);
    }
    return out;
}

std::string clip(std::string_view text, std::size_t budget) {
    if (escaped_size(text) <= budget) return std::string(text);
    if (budget < ellipsis.size()) return {};
    std::size_t const room = budget - ellipsis.size();
    std::size_t used = 0;
    std::size_t end = 0;
    while (end < text.size()) {
        std::size_t len = detector::utf8_sequence_length(text, end);
        if (len == 0) len = 1;  // callers sanitize first; never loop forever on bad input
        std::size_t cost = 0;
        for (std::size_t k = 0; k < len && end + k < text.size(); ++k) cost += escaped_cost(text[end + k]);
        if (used + cost > room) break;
        used += cost;
        end += len;
    }
    while (end > 0 && is_space(text[end - 1])) --end;
    std::string out(text.substr(0, end));
    out.append(ellipsis);
    return out;
}

std::string quote(std::string_view text, std::size_t budget) {
    constexpr std::string_view open = "“";
    constexpr std::string_view close = "”";
    std::string const flat = squash(text);
    if (flat.empty() || budget < open.size() + close.size() + ellipsis.size()) return {};
    std::string const inner = clip(flat, budget - open.size() - close.size());
    if (inner.empty() || inner == ellipsis) return {};
    std::string out(open);
    out += inner;
    out += close;
    return out;
}

std::string join_list(std::vector<std::string> const& items) {
    std::string out;
    for (std::size_t i = 0; i < items.size(); ++i) {
        if (i > 0) out += (i + 1 == items.size()) ? " and " : ", ";
        out += items[i];
    }
    return out;
}

std::string tidy(std::string_view text) {
    // One pass over the bytes, writing through a pointer: this runs on every rendered reframing.
    // The result is never longer than the text (runs only shrink; a blank-line run of two or more
    // line breaks becomes exactly two).
    std::string out(text.size(), '\0');
    char* const first = out.data();
    char* o = first;
    char const* p = text.data();
    char const* const end = p + text.size();
    bool blank_run = false;
    while (true) {
        auto const* const nl_found = static_cast<char const*>(std::memchr(p, '\n', static_cast<std::size_t>(end - p)));
        char const* const nl = nl_found ? nl_found : end;
        char const* r = p;
        while (r < nl && is_blank(*r)) ++r;
        if (r == nl) {
            blank_run = o != first;  // a blank line: at most one, and none at the start
        } else {
            if (o != first) {
                *o++ = '\n';
                if (blank_run) *o++ = '\n';
            }
            blank_run = false;
            for (r = p; r < nl && *r == ' '; ++r) *o++ = ' ';  // indentation is layout
            bool pending = false;
            for (; r < nl; ++r) {
                char const c = *r;
                if (is_blank(c)) {
                    pending = true;
                    continue;
                }
                if (pending && !binds_left(c)) *o++ = ' ';
                pending = false;
                *o++ = c;
            }
        }
        if (nl == end) break;
        p = nl + 1;
    }
    out.resize(static_cast<std::size_t>(o - first));
    return out;
}

}  // namespace pushback::templates::detail
