#include "templates/detail/text.hpp"

#include <cstdint>
#include <cstring>

#include "util/scan.hpp"
#include "util/utf8.hpp"

namespace pushback::templates::detail {

namespace {

constexpr std::string_view ellipsis = "…";
constexpr std::string_view replacement = "\xEF\xBF\xBD";  // U+FFFD

std::size_t escaped_cost(char c) {
    switch (c) {
        case '&':
            return 5;  // &amp;
        case '<':
        case '>':
            return 4;  // &lt; &gt;
        default:
            return 1;
    }
}

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f' || c == '\v'; }

bool binds_left(char c) { return c == ',' || c == '.' || c == ';' || c == ':' || c == '!' || c == '?' || c == ')'; }

bool is_blank(char c) { return c == ' ' || c == '\t'; }

}  // namespace

std::size_t escaped_size(std::string_view text) {
    std::size_t n = text.size();
    for (std::size_t i = util::next_mrkdwn_special(text, 0); i < text.size();
         i = util::next_mrkdwn_special(text, i + 1))
        n += escaped_cost(text[i]) - 1;
    return n;
}

std::string sanitize(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t const len = util::utf8_sequence_length(text, i);
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
    // sanitize() and the squashing in one pass: this runs for every slot value of every reply.
    std::string out;
    out.reserve(text.size());
    bool pending = false;
    auto const emit = [&](std::string_view piece) {
        if (pending && !out.empty() && !binds_left(piece.front())) out.push_back(' ');
        pending = false;
        out.append(piece);
    };
    std::size_t i = 0;
    while (i < text.size()) {
        std::size_t const len = util::utf8_sequence_length(text, i);
        if (len == 0) {
            emit(replacement);
            ++i;
            continue;
        }
        auto const lead = static_cast<std::uint8_t>(text[i]);
        if (len == 1) {
            if (lead == ' ' || lead == '\t' || lead == '\n') {
                pending = true;
            } else if (lead >= 0x20 && lead != 0x7F) {
                emit(text.substr(i, 1));
            }  // other control characters are dropped, as sanitize() drops them
        } else if (!(len == 2 && lead == 0xC2 && static_cast<std::uint8_t>(text[i + 1]) < 0xA0)) {  // C1 controls
            emit(text.substr(i, len));
        }
        i += len;
    }
    return out;
}

namespace {

// How many bytes of `text` fit in `room` escaped bytes, cut on a code point boundary and without
// trailing blanks (clip() then adds the ellipsis).
std::size_t cut_before(std::string_view text, std::size_t room) {
    std::size_t used = 0;
    std::size_t end = 0;
    while (end < text.size()) {
        std::size_t len = util::utf8_sequence_length(text, end);
        if (len == 0) len = 1;  // callers sanitize first; never loop forever on bad input
        std::size_t cost = 0;
        for (std::size_t k = 0; k < len && end + k < text.size(); ++k) cost += escaped_cost(text[end + k]);
        if (used + cost > room) break;
        used += cost;
        end += len;
    }
    while (end > 0 && is_space(text[end - 1])) --end;
    return end;
}

}  // namespace

std::string clip(std::string_view text, std::size_t budget) {
    if (escaped_size(text) <= budget) return std::string(text);
    if (budget < ellipsis.size()) return {};
    std::size_t const end = cut_before(text, budget - ellipsis.size());
    std::string out;
    out.reserve(end + ellipsis.size());
    out.append(text.substr(0, end));
    out.append(ellipsis);
    return out;
}

std::string quote(std::string_view text, std::size_t budget) {
    constexpr std::string_view open = "“";
    constexpr std::string_view close = "”";
    if (budget < open.size() + close.size() + ellipsis.size()) return {};
    std::string const flat = squash(text);
    if (flat.empty()) return {};
    std::size_t const inner_budget = budget - open.size() - close.size();
    bool const whole = escaped_size(flat) <= inner_budget;
    std::size_t const end = whole ? flat.size() : cut_before(flat, inner_budget - ellipsis.size());
    if (end == 0) return {};  // nothing but an ellipsis left to quote
    std::string out;
    out.reserve(end + open.size() + ellipsis.size() + close.size());
    out.append(open);
    out.append(flat, 0, end);
    if (!whole) out.append(ellipsis);
    out.append(close);
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
