// Particulars without digits (issue 12): real engineers are specific through named systems, teams
// and vendors, observable events, constraints, spelled-out quantities and cause -> consequence far
// more often than through numbers. And numbers that are hyperbole ("150%", "50/50") are not
// particulars.
#include <array>
#include <cstdlib>

#include "detector/detail/context.hpp"
#include "detector/detail/weights.hpp"

namespace pushback::detector::detail {
namespace {

bool upper(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool lower(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool alnum(unsigned char c) { return upper(c) || lower(c) || (c >= '0' && c <= '9'); }

// Capitalised words that are not names: greetings, fillers, shouting, and the closed classes
// (pronouns, determiners, conjunctions, wh-words) capitalised after a mention, a quote or a smiley.
constexpr std::array<std::string_view, 72> not_names{
    "I",      "I'm",  "I'll", "I've",   "I'd", "OK",   "Ok",  "Hi",  "Hey",  "Hello", "Thanks", "Dear",
    "Please", "Yes",  "No",   "LOL",    "Lol", "ASAP", "FYI", "IMO", "IMHO", "TBH",   "NOW",    "ITS",
    "IT",     "THE",  "PLS",  "PLEASE", "OMG", "WTF",  "AND", "NOT", "BUT",  "THIS",  "Dude",   "Sir",
    "Guys",   "TODO", "NB",   "PS",     "BTW", "A",    "An",  "The", "This", "That",  "These",  "Those",
    "It",     "Its",  "It's", "We",     "You", "Your", "My",  "Our", "They", "He",    "She",    "What",
    "Which",  "Who",  "When", "Where",  "Why", "How",  "If",  "So",  "But",  "And",   "Also",   "LGTM"};

bool is_not_name(std::string_view w) {
    static WordSet const set{not_names};
    return set.contains(w);
}

std::uint32_t norm_pos(Normalized const& n, std::uint32_t o) {
    return static_cast<std::uint32_t>(std::lower_bound(n.from.begin(), n.from.end(), o) - n.from.begin());
}

// "Eighteen respondents", "two states", "three institutions": a spelled-out number from two up,
// written before the plural noun it counts (the noun ends in -s, and no other word comes between).
// Not "one"/"half" (one of many, half the story), not an idiom ("my two cents"), and not a number that is
// itself part of a larger one ("a hundred").
std::uint32_t counted_noun(Context const& c, Hit const& h) {
    auto const s = c.s;
    auto const number = s.substr(h.begin, h.end - h.begin);
    if (number.starts_with("one") || number.starts_with("half") || number.starts_with("a ") ||
        number.find("hundred") != std::string_view::npos)
        return 0;
    if (h.end + 1 >= s.size() || s[h.end] != ' ') return 0;
    auto e = h.end + 1;
    while (e < s.size() && s[e] >= 'a' && s[e] <= 'z') ++e;
    auto const noun = s.substr(h.end + 1, e - h.end - 1);
    if (noun.size() < 4 || !noun.ends_with('s') || noun.ends_with("ss") || noun == "cents" || noun == "ways" ||
        noun == "things" || noun == "times")
        return 0;
    return static_cast<std::uint32_t>(e);
}

// A word for what a system prints or shows within the few words before a quotation mark.
bool system_output_before(std::string_view s, std::uint32_t q) {
    static constexpr std::array<std::string_view, 16> output{
        "error",   "errors", "message", "messages", "exception", "output", "log",      "logs",
        "warning", "prints", "printed", "returns",  "returned",  "shows",  "displays", "says"};
    auto const from = q > 80 ? q - 80 : 0;
    auto const before = s.substr(from, q - from);
    std::size_t p = 0;
    while (p < before.size()) {
        while (p < before.size() && !(before[p] >= 'a' && before[p] <= 'z')) ++p;
        auto const b = p;
        while (p < before.size() && before[p] >= 'a' && before[p] <= 'z') ++p;
        if (p > b && in_list(before.substr(b, p - b), output)) return true;
    }
    return false;
}

// The word after a whole percentage says it is a stance, a crowd or a boast, not a reading.
bool stance_after(std::string_view s, std::uint32_t e) {
    static constexpr std::array<std::string_view, 14> stance{"sure",    "agree",     "agreed",  "with",     "behind",
                                                             "certain", "confident", "correct", "right",    "faster",
                                                             "better",  "true",      "yes",     "committed"};
    while (e < s.size() && (s[e] == ' ' || s[e] == '%')) ++e;
    auto b = e;
    while (e < s.size() && s[e] >= 'a' && s[e] <= 'z') ++e;
    auto const w = s.substr(b, e - b);
    if (w == "in") return s.substr(e, 11).starts_with(" agreement") || s.substr(e, 7).starts_with(" favo");
    if (w == "of") {  // "99% of requests", "100% of people": a crowd; "100% of the tests fail" is a reading
        while (e < s.size() && s[e] == ' ') ++e;
        auto const rest = s.substr(e, 12);
        return !rest.starts_with("the ") && !rest.starts_with("our ") && !rest.starts_with("all ");
    }
    return in_list(w, stance);
}

}  // namespace

// Names: a capitalised word inside a sentence ("the Postgres replica", "Procurement" after a
// comma), an acronym ("UTC", "JDK"), CamelCase ("TextHitConverter", "IntelliJ") or an identifier
// ("Object.merge", "test.py", "merge_record"). Sentence-initial capitals say nothing.
void find_names(Context& c) {
    auto const t = c.orig;
    std::uint32_t i = 0;
    auto const n = static_cast<std::uint32_t>(t.size());
    while (i < n) {
        auto const ch = static_cast<unsigned char>(t[i]);
        if (!alnum(ch)) {
            ++i;
            continue;
        }
        auto const b = i;
        int uppers = 0, inner_upper = 0, letters = 0;
        bool ident = false;
        while (i < n) {
            auto const x = static_cast<unsigned char>(t[i]);
            if (alnum(x)) {
                uppers += upper(x);
                inner_upper += upper(x) && i > b && lower(static_cast<unsigned char>(t[i - 1]));
                letters += upper(x) || lower(x);
                ++i;
            } else if ((x == '_' || x == '.') && i + 1 < n && alnum(static_cast<unsigned char>(t[i + 1])) && i > b) {
                ident = ident || x == '_' || lower(static_cast<unsigned char>(t[i + 1])) ||
                        upper(static_cast<unsigned char>(t[i + 1]));
                ++i;
            } else {
                break;
            }
        }
        if (uppers == 0 && !ident) continue;  // most words: lower case, not an identifier
        auto const word = t.substr(b, i - b);
        if (letters == 0 || (b > 0 && (t[b - 1] == '@' || t[b - 1] == '#' || t[b - 1] == '/'))) continue;
        auto const np = norm_pos(c.norm, b);
        if (np >= c.s.size() || !is_word_byte(static_cast<unsigned char>(c.s[np])) ||
            static_cast<unsigned char>(c.s[np]) < 9)
            continue;  // inside code, a link or a mention
        // The word's end mapped like its start: the normaliser may fold a letter next to it ("ThursdaIԓl") into fewer
        // or more bytes, so the original length is no measure of the normalised one.
        auto const ne = std::max(np + 1, std::min(norm_pos(c.norm, i), static_cast<std::uint32_t>(c.s.size())));
        if (c.in_quote(np, ne)) continue;
        bool const acronym = uppers >= 2 && uppers == letters && letters <= 6;
        bool const camel = inner_upper > 0 && lower(static_cast<unsigned char>(word.back()));
        bool name = ident || camel || (acronym && !c.shouting);
        if (!name && upper(ch) && !c.shouting && uppers == 1 && !is_not_name(word)) {
            // Capitalised inside its sentence: the previous non-blank byte is not a sentence end.
            auto p = b;
            while (p > 0 && (t[p - 1] == ' ' || t[p - 1] == '*' || t[p - 1] == '_' || t[p - 1] == '(')) --p;
            bool const starts = p == 0 || t[p - 1] == '.' || t[p - 1] == '!' || t[p - 1] == '?' || t[p - 1] == '\n' ||
                                t[p - 1] == ':' || t[p - 1] == '"' || t[p - 1] == '>' || t[p - 1] == '-' ||
                                t[p - 1] == ')';
            name = !starts;
        }
        if (name && !is_not_name(word)) c.names.emplace_back(np, ne);
    }
}

void scan_concrete(Context const& c, std::vector<Found>& out, std::vector<Hit>& tmp) {
    // Names count up to a cap. What the message is about ("add SSO") is not a particular of the case.
    double budget = w_name_cap;
    for (auto const& [b, e] : c.names) {
        bool topic = false;
        for (auto const& h : c.hits)
            if (h.lex == Lex::topic_verb && b >= h.end && b <= h.end + 5) topic = true;
        auto const w = std::min(w_name, budget);
        if (topic || w <= 0.0) continue;
        budget -= w;
        out.push_back({b, e, SpecificKind::name, w});
    }
    // A message the system printed, quoted after what printed it ("got an error that suggests … \"No space
    // left on device\"", "the log says \"connection reset by peer\""): the reader can search for it.
    for (auto const& [b, e] : c.quoted)
        if (b > 0 && c.s[b - 1] == '"' && system_output_before(c.s, b - 1))
            out.push_back({b, e, SpecificKind::event, w_output});
    double things = w_thing_cap;
    for (auto const& h : c.hits) {
        if (c.in_quote(h.begin, h.end)) continue;
        switch (h.lex) {
            case Lex::thing:
                if (things > 0.0) {
                    out.push_back({h.begin, h.end, SpecificKind::name, std::min(w_thing, things)});
                    things -= w_thing;
                }
                break;
            case Lex::observable:
                out.push_back({h.begin, h.end, SpecificKind::event, w_observable});
                break;
            case Lex::constraint:
                out.push_back({h.begin, h.end, SpecificKind::event, w_constraint});
                break;
            case Lex::quantity:
                out.push_back({h.begin, h.end, SpecificKind::number, w_quantity});
                break;
            case Lex::consequence: {
                // A consequence counts when a clause of at least three words follows it.
                int words = 0;
                bool in_word = false;
                for (auto i = h.end; i < c.s.size() && c.s[i] != '.' && c.s[i] != '\n' && c.s[i] != '?'; ++i) {
                    bool const w = is_word_byte(static_cast<unsigned char>(c.s[i]));
                    words += w && !in_word;
                    in_word = w;
                }
                if (words >= 3) out.push_back({h.begin, h.end, SpecificKind::event, w_consequence});
                break;
            }
            case Lex::number_word: {
                // "three releases", "two engineers": a spelled-out number with a unit.
                if (auto const ue = unit_after(c.s, h.end, Lex::unit, tmp); ue != 0)
                    out.push_back({h.begin, ue, SpecificKind::number, w_quantity});
                else if (auto const ce = counted_noun(c, h); ce != 0)
                    out.push_back({h.begin, ce, SpecificKind::number, w_quantity});
                // r31 (trial33): "Three of the nine host schools", "two out of five": a part of a counted whole.
                else
                    for (std::string_view of : {" of the ", " of our ", " out of ", " of "}) {
                        auto const rest = c.s.substr(h.end);
                        if (!rest.starts_with(of)) continue;
                        auto const b = h.end + static_cast<std::uint32_t>(of.size());
                        auto e = b;
                        while (e < c.s.size() && is_word_byte(static_cast<unsigned char>(c.s[e]))) ++e;
                        auto const w = c.s.substr(b, e - b);
                        static constexpr std::string_view whole[] = {
                            "two",    "three",  "four",    "five",   "six",    "seven", "eight", "nine",    "ten",
                            "eleven", "twelve", "fifteen", "twenty", "thirty", "forty", "fifty", "hundred", "dozen"};
                        bool const digits =
                            !w.empty() && std::ranges::all_of(w, [](char ch) { return ch >= '0' && ch <= '9'; });
                        if (digits || std::ranges::find(whole, w) != std::end(whole))
                            out.push_back({h.begin, static_cast<std::uint32_t>(e), SpecificKind::number, w_quantity});
                        break;
                    }
                break;
            }
            default:
                break;
        }
    }
}

// File paths: "/etc/sddm.conf", "~/.config/pac", "./build/out", "src/detector/grammar.cpp". A path names the
// very file the reader can open, so it is a particular like code; and a word inside it is not the writer's
// ("etc" in "/etc/" is no vague scope). Two words joined by one slash ("and/or", "iOS/Android") are not a path.
void find_paths(Context const& c, std::vector<Found>& found, std::vector<VSpan>& vague) {
    auto const s = c.s;
    auto const n = static_cast<std::uint32_t>(s.size());
    auto const path_byte = [&](std::uint32_t i) {
        auto const x = static_cast<unsigned char>(s[i]);
        return alnum(x) || x == '/' || x == '.' || x == '_' || x == '-' || x == '~';
    };
    for (auto at = s.find('/'); at != std::string_view::npos && at < n; at = s.find('/', at + 1)) {
        auto const i = static_cast<std::uint32_t>(at);
        auto b = i;
        while (b > 0 && path_byte(b - 1)) --b;
        auto e = i;
        while (e < n && path_byte(e)) ++e;
        while (e > b && (s[e - 1] == '.' || s[e - 1] == '-')) --e;  // the sentence's full stop
        auto const token = s.substr(b, e - b);
        auto const slashes = std::count(token.begin(), token.end(), '/');
        bool const rooted = token.starts_with("/") || token.starts_with("~/") || token.starts_with("./");
        auto const last = token.substr(token.rfind('/') + 1);
        bool const extension = last.find('.') != std::string_view::npos && last.find('.') + 1 < last.size();
        bool const letter_after = token.size() > 1 && std::any_of(token.begin(), token.end(), [](char ch) {
                                      return lower(static_cast<unsigned char>(ch));
                                  });
        if (letter_after && (rooted || slashes >= 2 || extension) && !c.in_quote(b, e)) {
            found.push_back({b, e, SpecificKind::name, w_code});
            std::erase_if(vague, [&](VSpan const& v) { return v.b >= b && v.e <= e; });
        }
        at = e;
    }
}

void drop_hyperbole_numbers(Context const& c, std::vector<Found>& found, std::vector<VSpan>& vague) {
    // Percentages above 100 ("we need this at 150%", "everyone is at 300% already") are rhetoric, and so is
    // a whole or near-whole one said of a stance or a crowd ("100% in agreement", "I'm 100% sure", "99% of
    // requests are not new ideas", "made it 100% faster"): nothing was measured.
    std::erase_if(found, [&](Found const& f) {
        if (f.kind != SpecificKind::percent) return false;
        auto const digits = c.s.substr(f.b, f.e - f.b);
        long v = std::strtol(std::string(digits).c_str(), nullptr, 10);
        if (v < 99 || (v <= 100 && !stance_after(c.s, f.e))) return false;
        vague.push_back({f.b, f.e, VagueCategory::hyperbole, false});
        return true;
    });
    // "100s of requests", "1000s of times": a round count in the plural is a crowd, not a count.
    std::erase_if(found, [&](Found const& f) {
        if (f.kind != SpecificKind::number || f.e + 3 > c.s.size()) return false;
        auto const t = c.s.substr(f.b, f.e - f.b);
        bool const round_plural = t.size() >= 4 && t.ends_with("00s") &&
                                  std::all_of(t.begin(), t.end() - 1, [](char ch) { return ch >= '0' && ch <= '9'; });
        if (!round_plural || c.s.substr(f.e, 3) != " of") return false;
        vague.push_back({f.b, f.e, VagueCategory::hyperbole, false});
        return true;
    });
    // "50/50": a coin flip.
    for (auto p = c.s.find("50/50"); p != std::string_view::npos; p = c.s.find("50/50", p + 5))
        vague.push_back(
            {static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(p + 5), VagueCategory::hyperbole, false});
}

}  // namespace pushback::detector::detail
