#include "detector/analysis.hpp"

#include <algorithm>
#include <array>
#include <bit>
#include <cmath>

#include "detector/detail/matcher.hpp"
#include "detector/detail/normalize.hpp"

namespace pushback::detector {
namespace {

using detail::Hit;
using detail::Lex;

constexpr std::array<std::string_view, 8> category_ids{
    "hedge", "vague-time", "vague-quantity", "vague-scope", "intensifier", "weasel", "hyperbole",
    "unexplained-pressure"};
constexpr std::array<std::string_view, 8> specific_ids{"number", "date", "event", "metric",
                                                       "money",  "percent", "person", "link"};
constexpr std::array<std::string_view, 12> reason_ids{
    "estimate",    "misaligned-approach", "ignored-constraint", "underweighted-risk", "user-need", "better-alternative",
    "scope-timeline", "new-framework",    "aesthetic",          "territorial",        "my-way",    "attachment"};
constexpr std::array<std::string_view, 5> pattern_ids{"faster-please", "why-so-long", "last-company", "simple-version",
                                                      "one-more-thing"};
constexpr std::array<std::string_view, 4> mood_ids{"question", "request", "commitment", "statement"};
constexpr std::array<std::string_view, 8> kind_ids{"pushback", "reply-to-ask", "ask",    "commitment",
                                                   "summary",  "status",       "thanks", "other"};
constexpr std::array<std::string_view, 4> red_flag_ids{"person-directed", "skips-ladder", "broadcast", "sarcasm"};

template <class E, std::size_t N>
std::optional<E> from_id(std::array<std::string_view, N> const& ids, std::string_view s) {
    for (std::size_t i = 0; i < N; ++i)
        if (ids[i] == s) return static_cast<E>(i);
    return std::nullopt;
}

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }
bool is_alpha(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool in(Lex l, Lex first, Lex last) { return l >= first && l <= last; }

// How much each finding weighs. Specific evidence must outweigh a bar that rises with the vague
// evidence: a hedge alone hardly moves it ("I might be wrong, but the 3-week estimate ignores the
// 2 weeks of security review" stays specific), while an unexplained-pressure ask needs real
// particulars of the case to count as specific.
constexpr double w_number_unit = 1.0;
constexpr double w_number_bare = 0.6;
constexpr double w_date = 1.0;
constexpr double w_date_weak = 0.5;
constexpr double w_duration = 0.8;  // "about a week"
constexpr double w_ref = 1.0;  // #4312, INC-2291, v4.3.1
constexpr double w_event = 0.35;
constexpr double w_metric = 0.3;
constexpr double w_link = 0.8;
constexpr double w_person = 0.3;
constexpr double w_code = 0.3;
constexpr double s_cap = 4.0;

// Hedges and intensifiers soften or inflate a claim but do not hide particulars, so they barely
// raise the bar; absolutes ("never", "always") are hyperbole that careful writers also use.
constexpr std::array<double, 8> bar_vague{0.1, 0.8, 0.35, 0.45, 0.05, 0.5, 0.8, 0.8};
constexpr double w_absolute = 0.35;
constexpr double w_pattern = 1.0;
constexpr double v_cap = 3.0;
constexpr double bar_base = 1.0;
constexpr double bar_per_vague = 0.35;

// Sentences of a pattern phrase become spans of this category when no vague phrase covers them.
constexpr std::array<VagueCategory, 5> pattern_category{
    VagueCategory::unexplained_pressure, VagueCategory::unexplained_pressure, VagueCategory::weasel,
    VagueCategory::vague_scope, VagueCategory::vague_scope};

struct Found {
    std::uint32_t b, e;  // normalised
    SpecificKind kind;
    double weight;
};

struct VSpan {
    std::uint32_t b, e;  // normalised
    VagueCategory c;
    bool absolute;
};

// Per-thread buffers reused across calls, so a call allocates only its result.
struct Scratch {
    detail::Normalized norm;
    std::vector<Hit> hits;
    std::vector<Hit> tmp;
    std::vector<VSpan> vague, kept, pattern_spans;
    std::vector<Found> found, specifics;
};

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
        if (attempt == 0 && (s[pos] == ' ' || s[pos] == '-')) ++pos;
        else return 0;
    }
    return 0;
}

// Finds numbers and classifies them: money, percent, time or date, reference, number with a unit,
// bare number.
void scan_numbers(std::string_view s, std::vector<Hit> const& hits, std::vector<Found>& out, std::vector<Hit>& tmp) {
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
        if (has_colon || has_slash || dash_count == 2 || glued == "am" || glued == "pm" ||
            ((glued == "th" || glued == "st" || glued == "nd" || glued == "rd") && !dashes)) {
            auto end = le;
            if (glued.empty()) {  // "10:30 am"
                if (auto const ue = s.substr(e).starts_with(" am") || s.substr(e).starts_with(" pm") ? e + 3 : 0; ue)
                    end = ue;
            }
            out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(end), SpecificKind::date, w_date});
            continue;
        }
        if (u(e) == '%') {
            out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e + 1), SpecificKind::percent, w_date});
            continue;
        }
        if (auto const pe = unit_after(s, e, Lex::unit_percent, tmp); pe != 0) {
            out.push_back({static_cast<std::uint32_t>(b), pe, SpecificKind::percent, w_date});
            continue;
        }
        if (money) {
            auto end = (glued == "k" || glued == "m") ? le : e;
            out.push_back({static_cast<std::uint32_t>(mb), static_cast<std::uint32_t>(end), SpecificKind::money, w_date});
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
            out.push_back({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(le), SpecificKind::number, w_number_unit});
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
                       after_event ? SpecificKind::event : SpecificKind::number,
                       after_event ? w_ref : w_number_bare});
    }
}

bool contains(std::uint32_t ob, std::uint32_t oe, std::uint32_t ib, std::uint32_t ie) { return ob <= ib && ie <= oe; }
bool overlaps(std::uint32_t ab, std::uint32_t ae, std::uint32_t bb, std::uint32_t be) { return ab < be && bb < ae; }

template <class T>
void push_unique(std::vector<T>& v, T x) {
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

}  // namespace

Analysis analyze(std::string_view text) {
    thread_local Scratch scratch;
    auto& norm = scratch.norm;
    detail::normalize(text, norm);
    std::string_view const s = norm.text;
    auto& hits = scratch.hits;
    hits.clear();
    auto const& m = detail::matcher();
    m.find_all(s, hits);

    Analysis a;
    auto const orig = [&](std::uint32_t b, std::uint32_t e) {
        return Range{norm.orig_begin(b), norm.orig_end(e)};
    };

    // Vague spans: the longest phrase wins where phrases nest or overlap.
    auto& vague = scratch.vague;
    vague.clear();
    std::uint32_t pattern_mask = 0;
    auto& pattern_spans = scratch.pattern_spans;
    pattern_spans.clear();
    for (auto const& h : hits) {
        if (in(h.lex, Lex::hedge, Lex::pressure)) {
            vague.push_back({h.begin, h.end, static_cast<VagueCategory>(static_cast<int>(h.lex)), false});
        } else if (h.lex == Lex::absolute) {
            vague.push_back({h.begin, h.end, VagueCategory::hyperbole, true});
        } else if (in(h.lex, Lex::pattern_faster_please, Lex::pattern_one_more_thing)) {
            auto const p = static_cast<int>(h.lex) - static_cast<int>(Lex::pattern_faster_please);
            pattern_mask |= 1u << p;
            pattern_spans.push_back({h.begin, h.end, pattern_category[static_cast<std::size_t>(p)], false});
        }
    }
    std::sort(vague.begin(), vague.end(), [](VSpan const& x, VSpan const& y) {
        return x.e - x.b != y.e - y.b ? x.e - x.b > y.e - y.b : x.b < y.b;
    });
    auto& kept = scratch.kept;
    kept.clear();
    for (auto const& v : vague) {
        bool clash = false;
        for (auto const& k : kept)
            if (overlaps(k.b, k.e, v.b, v.e)) clash = true;
        if (!clash) kept.push_back(v);
    }
    for (auto const& p : pattern_spans) {
        bool clash = false;
        for (auto const& k : kept)
            if (overlaps(k.b, k.e, p.b, p.e)) clash = true;
        if (!clash) kept.push_back(p);
    }

    // Specifics: numbers, then lexicon dates, events and metrics, then Slack tokens.
    auto& found = scratch.found;
    found.clear();
    scan_numbers(s, hits, found, scratch.tmp);
    for (auto const& h : hits) {
        if (h.lex == Lex::date) found.push_back({h.begin, h.end, SpecificKind::date, w_date});
        else if (h.lex == Lex::date_weak) found.push_back({h.begin, h.end, SpecificKind::date, w_date_weak});
        else if (h.lex == Lex::event) found.push_back({h.begin, h.end, SpecificKind::event, w_event});
        else if (h.lex == Lex::duration) found.push_back({h.begin, h.end, SpecificKind::number, w_duration});
        else if (h.lex == Lex::number_word) {
            auto const ue = unit_after(s, h.end, Lex::unit, scratch.tmp);
            if (ue != 0) found.push_back({h.begin, ue, SpecificKind::number, w_number_unit});
        }
    }
    for (auto const& h : hits) {
        if (h.lex != Lex::metric) continue;
        // A metric counts when a reading sits near it ("p95 dropped from 820 ms to 310 ms").
        bool reading = false;
        for (auto const& f : found)
            if (f.kind != SpecificKind::event && f.kind != SpecificKind::date &&
                (f.b > h.end ? f.b - h.end : (h.begin > f.e ? h.begin - f.e : 0)) < 40)
                reading = true;
        if (reading) found.push_back({h.begin, h.end, SpecificKind::metric, w_metric});
    }
    for (std::uint32_t i = 0; i < s.size(); ++i) {
        if (s[i] == detail::ph_person) found.push_back({i, i + 1, SpecificKind::person, w_person});
        else if (s[i] == detail::ph_link) found.push_back({i, i + 1, SpecificKind::link, w_link});
    }
    // A number used as rhetoric ("10x harder", "a 2-minute fix") or inside a vague phrase is not a
    // particular; neither is a finding nested in another one.
    std::erase_if(found, [&](Found const& f) {
        return std::ranges::any_of(kept, [&](auto const& k) {
            return contains(k.b, k.e, f.b, f.e) || (k.c == VagueCategory::hyperbole && overlaps(k.b, k.e, f.b, f.e));
        });
    });
    std::sort(found.begin(), found.end(), [](Found const& x, Found const& y) {
        return x.b != y.b ? x.b < y.b : x.e > y.e;
    });
    auto& specifics = scratch.specifics;
    specifics.clear();
    for (auto const& f : found) {
        bool const next_date = !specifics.empty() && specifics.back().kind == SpecificKind::date &&
                               f.kind == SpecificKind::date && f.b == specifics.back().e + 1 &&
                               s[specifics.back().e] == ' ';  // "March" + "14"
        if (!specifics.empty() && (next_date || overlaps(specifics.back().b, specifics.back().e, f.b, f.e))) {
            auto& last = specifics.back();
            if (f.weight > last.weight) {
                last.kind = f.kind;
                last.weight = f.weight;
            }
            last.e = std::max(last.e, f.e);
            continue;
        }
        specifics.push_back(f);
    }

    // Evidence.
    double spec = norm.code_spans ? w_code : 0.0;
    for (auto const& f : specifics) spec += f.weight;
    spec = std::min(spec, s_cap);
    double vag = 0.0;
    for (auto const& k : kept) vag += k.absolute ? w_absolute : bar_vague[static_cast<std::size_t>(k.c)];
    vag += w_pattern * std::popcount(pattern_mask);
    vag = std::min(vag, v_cap);
    double const bar = bar_base + bar_per_vague * vag;
    a.score = 1.0 / (1.0 + std::exp(3.0 * (spec - bar)));
    a.vague = spec < bar;
    // Keep the score on the verdict's side of 0.5 at the boundary.
    a.score = a.vague ? std::max(a.score, 0.501) : std::min(a.score, 0.499);

    // Outputs in original offsets.
    std::sort(kept.begin(), kept.end(), [](VSpan const& x, VSpan const& y) { return x.b < y.b; });
    for (auto const& k : kept) a.spans.push_back({orig(k.b, k.e), k.c});
    for (auto const& f : specifics) a.specifics.push_back({orig(f.b, f.e), f.kind});
    for (int p = 0; p < 5; ++p)
        if (pattern_mask & (1u << p)) a.patterns.push_back(static_cast<Pattern>(p));

    bool has_date = false, has_event = false, has_reading = false;
    for (auto const& f : specifics) {
        has_date |= f.kind == SpecificKind::date;
        has_event |= f.kind == SpecificKind::event;
        has_reading |= f.kind != SpecificKind::date && f.kind != SpecificKind::person && f.kind != SpecificKind::event;
        has_reading |= f.kind == SpecificKind::event && f.weight >= w_ref;
    }
    bool behavior_word = false, impact_word = false, situation_word = false, alternative = false,
         commitment = false, request = false;
    for (auto const& h : hits) {
        switch (h.lex) {
        case Lex::behavior: behavior_word = true; break;
        case Lex::impact: impact_word = true; break;
        case Lex::situation: situation_word = true; break;
        case Lex::alternative: alternative = true; break;
        case Lex::commitment: commitment = true; break;
        case Lex::request: request = true; break;
        default:
            if (in(h.lex, Lex::reason_estimate, Lex::illegit_attachment)) {
                auto const r = static_cast<Reason>(static_cast<int>(h.lex) - static_cast<int>(Lex::reason_estimate));
                push_unique(is_legitimate(r) ? a.legitimate : a.illegitimate, r);
            }
        }
    }
    std::sort(a.legitimate.begin(), a.legitimate.end());
    std::sort(a.illegitimate.begin(), a.illegitimate.end());
    bool channel = s.find(detail::ph_channel) != std::string_view::npos;
    a.sbi.situation = has_date || has_event || channel || situation_word;
    a.sbi.behavior = has_reading || behavior_word;
    a.sbi.impact = impact_word && (spec >= bar_base || (behavior_word && has_reading));
    a.offers_alternative = alternative;

    // Kind: a question unless its sentence opens as a request; else commitment, request, statement.
    auto const q = s.find('?');
    if (q != std::string_view::npos) {
        auto sb = s.find_last_of(".!\n", q);
        sb = sb == std::string_view::npos ? 0 : sb + 1;
        while (sb < q && (s[sb] == ' ' || s[sb] == detail::ph_person || s[sb] == ',')) ++sb;
        scratch.tmp.clear();
        m.find_at(s, sb, Lex::question_start, scratch.tmp);
        a.mood = scratch.tmp.empty() ? Mood::question : Mood::request;
    } else if (commitment) {
        a.mood = Mood::commitment;
    } else if (request) {
        a.mood = Mood::request;
    }

    // Kind (provisional until the real-text work): from the mood alone.
    a.kind = a.mood == Mood::commitment ? MessageKind::commitment
             : a.mood == Mood::statement ? MessageKind::pushback
                                         : MessageKind::ask;

    // Topic: the words after the first "add", "build", "switch to"... up to punctuation or a small word.
    for (auto const& h : hits) {
        if (h.lex != Lex::topic_verb) continue;
        auto b = h.end;
        while (b < s.size() && s[b] == ' ') ++b;
        auto e = b;
        int words = 0;
        while (e < s.size() && words < 4) {
            auto we = e;
            while (we < s.size() && detail::is_word_byte(static_cast<unsigned char>(s[we]))) ++we;
            auto const word = s.substr(e, we - e);
            static constexpr std::array<std::string_view, 22> stop{
                "to", "by", "in", "for", "this", "that", "it", "because", "before", "after", "so", "and", "but",
                "if", "when", "we", "i", "you", "as", "at", "of", "or"};
            if (word.empty() || std::find(stop.begin(), stop.end(), word) != stop.end()) break;
            e = we;
            ++words;
            if (e < s.size() && s[e] == ' ' && e + 1 < s.size() &&
                detail::is_word_byte(static_cast<unsigned char>(s[e + 1])))
                ++e;
            else
                break;
        }
        while (e > b && s[e - 1] == ' ') --e;
        if (e > b) {
            a.topic = orig(b, e);
            break;
        }
    }
    return a;
}

std::string_view id(VagueCategory c) { return category_ids[static_cast<std::size_t>(c)]; }
std::string_view id(SpecificKind k) { return specific_ids[static_cast<std::size_t>(k)]; }
std::string_view id(Reason r) { return reason_ids[static_cast<std::size_t>(r)]; }
std::string_view id(Pattern p) { return pattern_ids[static_cast<std::size_t>(p)]; }
std::string_view id(Mood m) { return mood_ids[static_cast<std::size_t>(m)]; }
std::string_view id(MessageKind k) { return kind_ids[static_cast<std::size_t>(k)]; }
std::string_view id(RedFlag f) { return red_flag_ids[static_cast<std::size_t>(f)]; }
bool is_legitimate(Reason r) { return r <= Reason::scope_timeline; }

std::optional<VagueCategory> vague_category_from_id(std::string_view s) { return from_id<VagueCategory>(category_ids, s); }
std::optional<Reason> reason_from_id(std::string_view s) { return from_id<Reason>(reason_ids, s); }
std::optional<Pattern> pattern_from_id(std::string_view s) { return from_id<Pattern>(pattern_ids, s); }
std::optional<Mood> mood_from_id(std::string_view s) { return from_id<Mood>(mood_ids, s); }
std::optional<MessageKind> message_kind_from_id(std::string_view s) { return from_id<MessageKind>(kind_ids, s); }
std::optional<RedFlag> red_flag_from_id(std::string_view s) { return from_id<RedFlag>(red_flag_ids, s); }

}  // namespace pushback::detector
