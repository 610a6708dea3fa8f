#include "templates/detail/text.hpp"

#include <algorithm>
#include <cstdint>

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

// Appends `line` tidied to `out`: leading spaces kept (they are layout), inner runs of blanks as one
// space (none before punctuation that binds left), trailing blanks dropped. Copies whole runs of
// non-blank bytes at a time: this runs on every rendered reframing.
void tidy_line_into(std::string_view line, std::string& out) {
    std::size_t const n = line.size();
    std::size_t i = 0;
    while (i < n && line[i] == ' ') ++i;
    out.append(line.data(), i);
    bool pending = false;
    while (i < n) {
        std::size_t word = i;
        while (word < n && is_blank(line[word])) ++word;
        if (word == n) break;  // trailing blanks
        pending = pending || word > i;
        std::size_t const end = detector::next_blank(line, word);
        if (pending && !binds_left(line[word])) out.push_back(' ');
        out.append(line.data() + word, end - word);
        pending = false;
        i = end;
    }
}

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
    std::string out;
    out.reserve(text.size());
    bool blank_run = false;
    std::size_t start = 0;
    while (true) {
        std::size_t const nl = text.find('\n', start);
        std::string_view const line = text.substr(start, nl == std::string_view::npos ? nl : nl - start);
        if (std::all_of(line.begin(), line.end(), is_blank)) {
            blank_run = !out.empty();
        } else {
            if (!out.empty()) out += blank_run ? "\n\n" : "\n";
            blank_run = false;
            tidy_line_into(line, out);
        }
        if (nl == std::string_view::npos) break;
        start = nl + 1;
    }
    return out;
}

}  // namespace pushback::templates::detail
