// Digits in a message: money, percent, dates, references, numbers with units, bare numbers.
#include <algorithm>

#include "detector/detail/context.hpp"
#include "detector/detail/weights.hpp"

namespace pushback::detector::detail {
namespace {

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_alpha(unsigned char c) { return c >= 'a' && c <= 'z'; }

}  // namespace

// The end of a unit that follows a number at `pos` (glued "30s" or after one space or hyphen), or 0.
std::uint32_t unit_after(std::string_view s, std::size_t pos, Lex lex, std::vector<Hit>& tmp) {
    auto const& m = detail::matcher();
    for (int attempt = 0; attempt < 2; ++attempt) {
        if (pos >= s.size()) return 0;
        tmp.clear();
        m.find_at(s, pos, lex, tmp);
        std::uint32_t best = 0;
        for (auto const& h : tmp) best = std::max(best, h.end);
        if (best != 0) return best;
        if (attempt == 0 && (s[pos] == ' ' || s[pos] == '-'))
            ++pos;
        else
            return 0;
    }
    return 0;
}

// Finds numbers and classifies them: money, percent, time or date, reference, number with a unit,
// bare number.
void scan_numbers(Context const& c, std::vector<Found>& out, std::vector<Hit>& tmp) {
    auto const s = c.s;
    auto const& hits = c.hits;
    auto const n = s.size();
    auto const u = [&](std::size_t k) { return k < n ? static_cast<unsigned char>(s[k]) : 0u; };
    std::size_t i = 0;
    while (i < n) {
        if (!is_digit(u(i)) || (i > 0 && is_digit(u(i - 1)))) {
            ++i;
            continue;
        }
        auto const b = i;
        // Preceded by letters: an identifier (p99, q3, ec2) unless it's a version (v4.3) or a
        // ticket key (INC-2291, handled below via '-').
        auto const prev = i > 0 ? u(i - 1) : 0u;
        bool glued_letters = prev != 0 && (is_alpha(prev) || prev >= 0x80);
        bool version = glued_letters && prev == 'v' && (i < 2 || !is_alpha(u(i - 2)));
        bool ref = prev == '#' || version;
        if (prev == '-' && i >= 2 && is_alpha(u(i - 2))) ref = true;  // INC-2291, PROD-1182
        auto e = i;
        bool has_colon = false, has_slash = false, dashes = false;
        int dash_count = 0;
        while (e < n) {
            auto const c = u(e);
            if (is_digit(c)) {
                ++e;
                continue;
            }
            if ((c == '.' || c == ',' || c == ':' || c == '/') && is_digit(u(e + 1))) {
                has_colon |= c == ':';
                has_slash |= c == '/';
                e += 2;
                continue;
            }
            if (c == '-' && is_digit(u(e + 1)) && !ref) {  // ranges and ISO dates
                dashes = true;
                ++dash_count;
                e += 2;
                continue;
            }
            break;
        }
        i = e;
        if (glued_letters && !version) continue;
        // An emoji shortcode (":+1:", ":100:") is a reaction, not a number of the case.
        if (u(e) == ':' && b >= 1 && (u(b - 1) == ':' || (u(b - 1) == '+' && b >= 2 && u(b - 2) == ':'))) continue;
        // A list numeral ("1. ", "2) " at the start of a line) numbers the writer's points, not the case.
        if (!ref && (u(e) == '.' || u(e) == ')') && (e + 1 >= n || u(e + 1) == ' ')) {
            auto ob = c.norm.from[b];
            while (ob > 0 && (c.orig[ob - 1] == ' ' || c.orig[ob - 1] == '\t')) --ob;
            if (ob == 0 || c.orig[ob - 1] == '\n') continue;
        }
        // "50/50" is a coin flip, not a date.
        if (has_slash && s.substr(b, e - b) == "50/50") continue;
        // Two dots or more: a version ("1.2.2", "0.4.2").
        if (!ref && std::count(s.begin() + b, s.begin() + e, '.') >= 2 && !has_colon && !has_slash) {
            out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), SpecificKind::event, w_ref});
            continue;
        }
        auto const token = s.substr(b, e - b);
        auto vb = version ? b - 1 : (prev == '#' ? b - 1 : b);
        if (prev == '-' && ref) {
            vb = static_cast<std::uint32_t>(b - 1);
            while (vb > 0 && is_alpha(u(vb - 1))) --vb;
        }
        if (ref) {
            out.push_back({static_cast<std::uint32_t>(vb), static_cast<std::uint32_t>(e), SpecificKind::event, w_ref});
            continue;
        }
        if (token == "1:1") continue;  // a one-on-one, found by the event lexicon
        // Money before the number: $, and the UTF-8 euro and pound signs.
        bool money = prev == '$' || (b >= 3 && s.substr(b - 3, 3) == "\xE2\x82\xAC") ||
                     (b >= 2 && s.substr(b - 2, 2) == "\xC2\xA3");
        auto const mb = prev == '$' ? b - 1 : (money ? (s[b - 1] == '\xAC' ? b - 3 : b - 2) : b);
        // Glued letters after the number ("30s", "2pm", "10x", "5th", "1.2m").
        auto le = e;
        while (le < n && is_alpha(u(le))) ++le;
        auto const glued = s.substr(e, le - e);
        bool const ordinal = (glued == "th" || glued == "st" || glued == "nd" || glued == "rd") && !dashes;
        if (ordinal) {
            // "the 4th" names a day only next to a month ("March 4th", "the 4th of May").
            bool month = false;
            for (auto const& h : hits)
                if (h.lex == Lex::date && (h.end + 1 == b || h.begin == le + 4 || h.begin == le + 1)) month = true;
            if (!month) continue;  // "the 4th thing": a rank, not a day (the lexicon has "by the 15th")
        }
        if (has_colon || has_slash || dash_count == 2 || glued == "am" || glued == "pm" || ordinal) {
            auto end = le;
            if (glued.empty()) {  // "10:30 am"
                if (auto const ue = s.substr(e).starts_with(" am") || s.substr(e).starts_with(" pm") ? e + 3 : 0; ue)
                    end = ue;
            }
            out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(end), SpecificKind::date, w_date});
            continue;
        }
        if (u(e) == '%') {
            out.push_back(
                {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e + 1), SpecificKind::percent, w_date});
            continue;
        }
        if (auto const pe = unit_after(s, e, Lex::unit_percent, tmp); pe != 0) {
            out.push_back({static_cast<std::uint32_t>(b), pe, SpecificKind::percent, w_date});
            continue;
        }
        if (money) {
            auto end = (glued == "k" || glued == "m") ? le : e;
            out.push_back(
                {static_cast<std::uint32_t>(mb), static_cast<std::uint32_t>(end), SpecificKind::money, w_date});
            continue;
        }
        if (auto const me = unit_after(s, e, Lex::unit_money, tmp); me != 0) {
            out.push_back({static_cast<std::uint32_t>(b), me, SpecificKind::money, w_date});
            continue;
        }
        // Years and numbers next to a month ("March 14", "14 March") are dates.
        bool year = token.size() == 4 && (token.starts_with("19") || token.starts_with("20")) && glued.empty();
        bool month_near = false;
        for (auto const& h : hits) {
            if (h.lex != Lex::date) continue;
            if ((h.end + 1 == b && s[h.end] == ' ') || h.end == b || (h.begin == e + 1 && s[e] == ' ')) {
                month_near = true;
                break;
            }
        }
        if (year || month_near) {
            out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e), SpecificKind::date, w_date});
            continue;
        }
        if (glued == "x") {
            out.push_back(
                {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(le), SpecificKind::number, w_number_unit});
            continue;
        }
        if (auto const ue = unit_after(s, e, Lex::unit, tmp); ue != 0) {
            out.push_back({static_cast<std::uint32_t>(b), ue, SpecificKind::number, w_number_unit});
            continue;
        }
        // One describing word between number and unit: "12 churn interviews", "3 failing e2e tests".
        if (u(e) == ' ') {
            auto we = e + 1;
            while (we < n && is_alpha(u(we))) ++we;
            if (we > e + 1 && u(we) == ' ') {
                if (auto const ue = unit_after(s, we, Lex::unit, tmp); ue != 0) {
                    out.push_back({static_cast<std::uint32_t>(b), ue, SpecificKind::number, w_number_unit});
                    continue;
                }
            }
        }
        // A number right after an event word ("release 4.3", "sprint 23") names that event.
        bool after_event = false;
        for (auto const& h : hits)
            if ((h.lex == Lex::event || h.lex == Lex::date) && h.end + 1 == b) after_event = true;
        out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(glued.empty() ? e : le),
                       after_event ? SpecificKind::event : SpecificKind::number, after_event ? w_ref : w_number_bare});
    }
}

}  // namespace pushback::detector::detail
