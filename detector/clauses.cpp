// The pieces a rewrite needs, as byte ranges of the draft (issue 12): what the pushback is about,
// the plan's figure and the writer's, the deadline, the consequence, the counter-proposal and the
// ask. A clause is absent rather than wrong: never a fragment ending in a preposition or a
// conjunction, never a Slack mention or link, never someone else's quoted words.
#include <array>
#include <cctype>

#include "detector/detail/context.hpp"

namespace pushback::detector::detail {
namespace {

constexpr std::array<std::string_view, 79> stop_words{
    "to",     "by",      "in",   "for",   "on",    "at",    "of",      "from",   "with",     "into",
    "onto",   "about",   "over", "under", "than",  "and",   "or",      "but",    "so",       "because",
    "before", "after",   "if",   "when",  "while", "since", "until",   "unless", "is",       "are",
    "was",    "were",    "be",   "been",  "will",  "would", "can",     "could",  "should",   "has",
    "have",   "had",     "does", "do",    "did",   "it",    "we",      "i",      "you",      "they",
    "he",     "she",     "this", "that",  "which", "who",   "as",      "not",    "just",     "also",
    "too",    "then",    "may",  "might", "must",  "shall", "instead", "myself", "yourself", "itself",
    "again",  "already", "now",  "here",  "there", "days",  "really",  "very",   "rather"};

// "the Q3 board meeting", "the March demo": a date that names an event is the event, which is what the
// deadline is ("what would you cut to make the Q3 board meeting?", not "…to make Q3?").
Range event_of_date(std::string_view t, Range date) {
    auto const lower_eq = [&](std::size_t at, std::string_view w) {
        if (at + w.size() > t.size()) return false;
        for (std::size_t i = 0; i < w.size(); ++i)
            if (std::tolower(static_cast<unsigned char>(t[at + i])) != w[i]) return false;
        return true;
    };
    if (date.start < 4 || !lower_eq(date.start - 4, "the ")) return date;
    std::size_t at = date.end;
    for (int words = 0; words < 3 && at < t.size() && t[at] == ' '; ++words) {
        auto const from = at + 1;
        auto end = from;
        while (end < t.size() && std::isalpha(static_cast<unsigned char>(t[end])) != 0) ++end;
        if (end == from) break;
        for (std::string_view e : {"meeting", "review", "demo", "launch", "release", "offsite", "deadline", "planning",
                                   "conference", "summit", "freeze", "audit", "kickoff",
                                   // r30 (dev71): "for the june race"
                                   "race", "season", "sale", "festival", "tournament", "fair", "show"})
            if (end - from == e.size() && lower_eq(from, e)) return {date.start - 4, static_cast<std::uint32_t>(end)};
        at = end;
    }
    return date;
}

bool is_stop(std::string_view w) {
    static WordSet const stops{stop_words};
    return w.size() <= 8 && stops.contains(w);
}
bool is_ph(char ch) { return ch >= ph_person && ch <= ph_code; }

// A word that ends a noun phrase as a verb would: a past form ("asked", "worked") or a common verb.
bool verb_like(std::string_view w) {
    // (r22: "the dynamic tee-time pricing idea worries me": a verb of feeling ends the phrase too.)
    static constexpr std::array<std::string_view, 35> verbs{
        "says",  "said",   "wants",  "needs",   "looks",   "seems",  "takes",    "works",   "breaks",
        "makes", "gets",   "goes",   "asks",    "means",   "uses",   "runs",     "fails",   "ships",
        "lands", "adds",   "isn't",  "aren't",  "doesn't", "won't",  "don't",    "can't",   "feels",
        "sits",  "sounds", "wasn't", "worries", "bothers", "scares", "concerns", "troubles"};
    static WordSet const verb_set{verbs};
    return (w.size() > 4 && w.ends_with("ed")) || verb_set.contains(w);
}

// The word starting at `b` ([b, end) of word bytes).
std::uint32_t word_end(std::string_view s, std::uint32_t b) {
    while (b < s.size() && is_word_byte(static_cast<unsigned char>(s[b])) && !is_ph(s[b])) ++b;
    return b;
}

// A noun phrase starting at `b`: up to five words, stopping at a stop word, punctuation, a mention,
// a link or code; words joined by hyphens and apostrophes stay together.
std::optional<std::pair<std::uint32_t, std::uint32_t>> noun_phrase(std::string_view s, std::uint32_t b) {
    while (b < s.size() && s[b] == ' ') ++b;
    auto e = b;
    int words = 0;
    auto const article = [](std::string_view w) { return w == "a" || w == "an" || w == "the"; };
    while (e < s.size() && words < 5) {
        // r31 (trial34): "add a 'share to Instagram' button": a quoted name is one word of the phrase.
        // (Only after an article, opened after a blank, closed before the noun it names, with no comma inside.)
        if ((s[e] == '\'' || s[e] == '"') && e >= 2 && s[e - 1] == ' ') {
            auto const before = s.substr(b, e - 1 - b);
            auto const close = s.find(s[e], e + 1);
            if (!article(before) || close == std::string_view::npos || close - e > 40 || close == e + 1 ||
                close + 2 >= s.size() || s[close + 1] != ' ' ||
                !is_word_byte(static_cast<unsigned char>(s[close + 2])) ||
                s.substr(e + 1, close - e - 1).find_first_of(".!?;,\n") != std::string_view::npos)
                break;
            e = static_cast<std::uint32_t>(close + 1);
            ++words;
            if (e + 1 < s.size() && s[e] == ' ' && is_word_byte(static_cast<unsigned char>(s[e + 1])) &&
                !is_ph(s[e + 1]))
                ++e;
            else
                break;
            continue;
        }
        auto const we = word_end(s, e);
        // A contraction is read whole ("doesn't", "isn't"); a hyphenated word is not ("hand-rolled" is no past form).
        auto const je = we + 1 < s.size() && s[we] == '\'' && is_word_byte(static_cast<unsigned char>(s[we + 1]))
                            ? word_end(s, we + 1)
                            : we;
        if (we == e || is_stop(s.substr(e, we - e)) || verb_like(s.substr(e, je - e))) break;
        e = we;
        ++words;
        while (e + 1 < s.size() && (s[e] == '-' || s[e] == '\'') && is_word_byte(static_cast<unsigned char>(s[e + 1])))
            e = word_end(s, e + 1);
        if (e + 1 < s.size() && s[e] == ' ' &&
            ((is_word_byte(static_cast<unsigned char>(s[e + 1])) && !is_ph(s[e + 1])) ||
             ((s[e + 1] == '\'' || s[e + 1] == '"') && words == 1 && article(s.substr(b, e - b)))))
            ++e;
        else
            break;
    }
    while (e > b && s[e - 1] == ' ') --e;
    // A verb's particle is not part of the phrase: "get the audit log out", "roll the new flow out".
    if (auto const last = s.rfind(' ', e - 1); last != std::string_view::npos && last > b) {
        auto const w = s.substr(last + 1, e - last - 1);
        if (w == "out" || w == "off" || w == "done" || w == "through") e = static_cast<std::uint32_t>(last);
    }
    if (e == b) return std::nullopt;
    return std::pair{b, e};
}

// [b, e) trimmed of blanks and closing marks, cut before a mention, link or code.
std::optional<std::pair<std::uint32_t, std::uint32_t>> clause(std::string_view s, std::uint32_t b, std::uint32_t e) {
    while (b < e && (s[b] == ' ' || s[b] == ',' || s[b] == ':')) ++b;
    // A leading @handle (GitHub style) addresses someone; it is not part of the clause.
    while (b < e && s[b] == '@') {
        while (b < e && s[b] != ' ') ++b;
        while (b < e && (s[b] == ' ' || s[b] == ',')) ++b;
    }
    for (auto i = b; i < e; ++i)
        if (is_ph(s[i])) e = i;
    while (e > b && (s[e - 1] == ' ' || s[e - 1] == ',' || s[e - 1] == ';' || s[e - 1] == '-' || s[e - 1] == '(')) --e;
    // Never end on a preposition or a conjunction.
    while (e > b) {
        auto wb = e;
        while (wb > b && is_word_byte(static_cast<unsigned char>(s[wb - 1]))) --wb;
        if (wb == e || !is_stop(s.substr(wb, e - wb))) break;
        e = wb;
        while (e > b && (s[e - 1] == ' ' || s[e - 1] == ',')) --e;
    }
    if (e <= b + 2) return std::nullopt;
    return std::pair{b, e};
}

bool near_before(std::string_view s, std::uint32_t sentence_b, std::uint32_t pos,
                 std::initializer_list<std::string_view> cues) {
    auto const from = pos > sentence_b + 40 ? pos - 40 : sentence_b;
    auto const window = s.substr(from, pos - from);
    for (auto cue : cues)
        if (find_text(window, cue) != std::string_view::npos) return true;
    return false;
}

// r22: "I don't have a concrete alternative, and I can't point to any one item": the way forward denied.
bool denied_alternative(Context const& c, Hit const& h) {
    std::string_view before = std::string_view(c.s).substr(0, h.begin);
    for (std::string_view adjective : {"concrete ", "real ", "good ", "better ", "clear ", "specific ", "ready "})
        if (before.ends_with(adjective)) {
            before.remove_suffix(adjective.size());
            break;
        }
    for (std::string_view denied : {"don't have a ", "don't have an ", "don't have any ", "do not have a ",
                                    "haven't got a ", "haven't got an ", "without a ", "without an ", "no "})
        if (before.ends_with(denied)) return true;
    return false;
}

}  // namespace

bool idiom_alternative(Context const& c, Hit const& h) {
    if (std::string_view(c.s).substr(h.begin, h.end - h.begin) == "rather than" &&
        std::string_view(c.s).substr(h.end).starts_with(" later"))
        return true;
    // r22: "wanted to put it out there rather than sit on it": the message's own sending, no way forward. r26
    // (trial26): "they got added because they sounded good in a meeting rather than because anyone needs them": two
    // reasons set against each other, none either.
    if (std::string_view(c.s).substr(h.begin, h.end - h.begin) == "rather than")
        for (std::string_view said :
             {" sit on it", " sitting on it", " sit on this", " keep it to myself", " keeping it to myself",
              " stay quiet", " staying quiet", " say nothing", " because", " since", " for the sake", " out of"})
            if (std::string_view(c.s).substr(h.end).starts_with(said)) return true;
    // r27 (trial30): "if we don't step back at some point we could end up in a place that's hard to get out of": an
    // outcome feared, said with "we could", proposes nothing.
    for (std::string_view feared : {" end up", " get stuck", " be stuck", " regret", " lose ", " fail", " break ",
                                    " miss ", " be in trouble", " hit a wall", " paint ourselves"})
        if (std::string_view(c.s).substr(h.end).starts_with(feared)) return true;
    return denied_alternative(c, h);
}

void find_clauses(Context const& c, Analysis& a) {
    auto const s = c.s;
    auto const set = [&](std::optional<Range>& slot, std::optional<std::pair<std::uint32_t, std::uint32_t>> r) {
        if (!slot && r && !c.in_quote(r->first, r->second)) slot = c.orig_range(r->first, r->second);
        // r30 (trial32): an emoji ends the clause ("the *new pawn valuation flow* :thinking_face: something"); the
        // normalised text reads it as a blank.
        if (slot && r)
            for (auto i = slot->start; i < slot->end; ++i) {
                bool emoji = static_cast<unsigned char>(c.orig[i]) == 0xF0;
                if (!emoji && c.orig[i] == ':' && i > slot->start && c.orig[i - 1] == ' ') {
                    auto j = i + 1;
                    while (j < slot->end && (std::islower(static_cast<unsigned char>(c.orig[j])) != 0 ||
                                             c.orig[j] == '_' || c.orig[j] == '-'))
                        ++j;
                    emoji = j > i + 1 && j < slot->end && c.orig[j] == ':';
                }
                if (!emoji) continue;
                auto e = i;
                while (e > slot->start && (c.orig[e - 1] == ' ' || c.orig[e - 1] == '*' || c.orig[e - 1] == '_')) --e;
                // A closing mark of the phrase's own bold stays with it.
                if (e < i && c.orig[e] == '*') ++e;
                if (e > slot->start + 2)
                    slot->end = static_cast<std::uint32_t>(e);
                else
                    slot.reset();
                break;
            }
    };
    // Object: the noun phrase after "add", "build", "switch to"...; else after the first "the",
    // "this" or "our" of the writer's first sentence with a reason, an objection or an ask.
    auto const timeish = [&](std::uint32_t b, std::uint32_t e) {
        for (auto const& h : c.hits)
            if ((h.lex == Lex::date || h.lex == Lex::date_weak || h.lex == Lex::vague_time) &&
                overlaps(h.begin, h.end, b, e))
                return true;
        for (auto i = b; i < e; ++i)
            if (s[i] >= '0' && s[i] <= '9') return true;
        return false;
    };
    // leads18: "I think the plan to migrate all customers to the new billing engine in one weekend is risky": the
    // plan named whole, up to the verb that judges it, is the object ("all customers" was).
    for (std::size_t k = 0; k < c.sentences.size() && k < 4 && !a.clauses.object; ++k) {
        auto const& x = c.sentences[k];
        std::string_view const sentence = s.substr(x.b, x.e - x.b);
        for (std::string_view lead : {"the plan to ", "this plan to ", "our plan to ", "your plan to ", "the idea to ",
                                      "the proposal to ", "the decision to ", "the push to "}) {
            auto const at = sentence.find(lead);
            if (at == std::string_view::npos || (at > 0 && is_word_byte(static_cast<unsigned char>(sentence[at - 1]))))
                continue;
            std::size_t end = std::string_view::npos;
            for (std::string_view judge : {" is ", " isn't ", " feels ", " seems ", " looks ", " sounds ", " will ",
                                           " won't ", " would ", " could ", " worries ", " scares "})
                if (auto const j = sentence.find(judge, at + lead.size()); j != std::string_view::npos)
                    end = std::min(end, j);
            if (end == std::string_view::npos) continue;
            std::string_view const plan = sentence.substr(at, end - at);
            if (plan.find_first_of(",;:()") != std::string_view::npos || std::count(plan.begin(), plan.end(), ' ') > 14)
                continue;
            auto const b = static_cast<std::uint32_t>(x.b + at);
            set(a.clauses.object, clause(s, b, static_cast<std::uint32_t>(x.b + end)));
            break;
        }
    }
    for (auto const& h : c.hits) {
        if (h.lex != Lex::topic_verb || c.in_quote(h.begin, h.end)) continue;
        // A verb inside the counter-proposal names the alternative, not the object.
        bool in_alternative = false;
        for (auto const& al : c.hits)
            if (al.lex == Lex::alternative && al.begin < h.begin && c.sentence_at(al.begin) == c.sentence_at(h.begin))
                in_alternative = true;
        if (in_alternative) continue;
        // r19: "The retry logic is a mess: it double-charges on timeouts. Can we add an idempotency key?": a
        // proposal asked after the concern names the writer's way forward; what the concern is about comes first.
        // A rewrite or a move proposed names what it moves ("Can we rewrite the matching service in Rust?"); an
        // addition names the new thing.
        std::string_view const verb = s.substr(h.begin, h.end - h.begin);
        bool const adds = verb == "add" || verb == "build" || verb == "introduce" || verb == "implement" ||
                          verb == "include" || verb == "use" || verb == "put";
        if (auto const* x = c.sentence_at(h.begin); adds && x != nullptr && x != &c.sentences.front()) {
            auto const head = s.substr(x->b, std::min<std::size_t>(x->e - x->b, 24));
            bool proposes = false;
            for (std::string_view p : {"can we ", "could we ", "should we ", "let's ", "lets ", "what if we ",
                                       "how about ", "why don't we ", "why not ", "i'd ", "i would ", "we could "})
                proposes = proposes || head.starts_with(p);
            if (proposes && head.find(' ') != std::string_view::npos) continue;
        }
        // r31 (trial33): "the radiosonde launch scheduler": a verb's word a few nouns after a determiner is inside a
        // noun phrase; the phrase from its determiner is the object.
        {
            auto const word_before = [&](std::uint32_t at) -> std::pair<std::string_view, std::uint32_t> {
                auto e = at;
                while (e > 0 && s[e - 1] == ' ') --e;
                auto b = e;
                while (b > 0 && is_word_byte(static_cast<unsigned char>(s[b - 1]))) --b;
                return {s.substr(b, e - b), b};
            };
            static constexpr std::string_view dets[] = {"the", "our", "their", "your", "its"};
            static constexpr std::string_view not_nouns[] = {
                "to",   "will", "can",   "should", "must",   "could", "would", "and",  "or", "not",
                "just", "also", "first", "then",   "never",  "only",  "soft",  "hard", "we", "i",
                "they", "you",  "it",    "don't",  "didn't", "let's", "a",     "an"};
            auto at = h.begin;
            std::optional<std::uint32_t> from;
            for (int words = 0; words < 4 && at > 0 && !from; ++words) {
                auto const [w, b] = word_before(at);
                if (w.empty() || b + w.size() + 1 != at) break;
                if (std::ranges::find(dets, w) != std::end(dets)) {
                    if (words > 0) from = b;
                    break;
                }
                if (std::ranges::find(not_nouns, w) != std::end(not_nouns) || w.ends_with("ly") || w.size() < 3) break;
                at = b;
            }
            auto const np = noun_phrase(s, h.end);
            if (from && np && s.substr(h.end, np->second - h.end).find(' ', 1) == std::string_view::npos) {
                a.topic = c.orig_range(*from, np->second);
                set(a.clauses.object, std::pair{*from, np->second});
                break;
            }
        }
        // r22: "something about it doesn't add up", "it adds up to a rewrite": a phrasal verb's particle is no object.
        if (s.substr(h.end).starts_with(" up") &&
            (h.end + 3 == s.size() || !is_word_byte(static_cast<unsigned char>(s[h.end + 3]))))
            continue;
        if (auto np = noun_phrase(s, h.end)) {
            a.topic = c.orig_range(np->first, np->second);
            set(a.clauses.object, np);
            break;
        }
    }
    for (std::size_t k = 0; k < c.sentences.size() && k < 4; ++k) {
        auto const& x = c.sentences[k];
        if (a.clauses.object) break;
        for (auto i = x.b; i < x.e; ++i) {
            if (i > x.b && is_word_byte(static_cast<unsigned char>(s[i - 1]))) continue;
            auto const we = word_end(s, i);
            auto const w = s.substr(i, we - i);
            if (w.size() < 3 || w.size() > 5 || (w[0] != 't' && w[0] != 'o' && w[0] != 'y')) continue;
            if (w != "the" && w != "this" && w != "our" && w != "your" && w != "these" && w != "that") continue;
            // "this reads", "that works": a demonstrative then a verb, not a noun phrase.
            if ((w == "this" || w == "that") && we + 1 < x.e) {
                auto const next = s.substr(we + 1, word_end(s, we + 1) - we - 1);
                if (next.size() > 3 && next.ends_with('s') && !next.ends_with("ss") && !next.ends_with("us")) continue;
            }
            auto np = noun_phrase(s, we);
            if (!np || np->second > x.e || timeish(i, np->second) || c.in_quote(i, np->second)) continue;
            // "the PRD says", "the PM asked": the source of the plan, not what it is about.
            auto const next = np->second + 1 < x.e
                                  ? s.substr(np->second + 1, word_end(s, np->second + 1) - np->second - 1)
                                  : std::string_view{};
            static constexpr std::array<std::string_view, 12> reporting{"says",   "said",    "asked",    "asks",
                                                                        "wants",  "wanted",  "wrote",    "writes",
                                                                        "claims", "assumes", "promised", "expects"};
            if (std::find(reporting.begin(), reporting.end(), next) != reporting.end()) continue;
            // r31 (trial33): "The co-op board would love the grading portal live before the auction", "the ops team
            // is asking for ...": who wants it, not what is wanted.
            if (next == "would" || next == "is" || next == "are" || next == "really") {
                auto const at2 = np->second + 2 + static_cast<std::uint32_t>(next.size());
                auto const then = at2 < x.e ? s.substr(at2, word_end(s, at2) - at2) : std::string_view{};
                if (then == "love" || then == "like" || then == "prefer" || then == "asking" || then == "wants" ||
                    then == "needs" || then == "pushing")
                    continue;
            }
            // r19: "the estimate for the tariff import", "the timeline for the SSO work": what is sized is the object
            // (the estimate card said "My estimate for this").
            if (auto const head = s.substr(i, np->second - i);
                (head == "the estimate" || head == "the timeline" || head == "the deadline" || head == "the scope" ||
                 head == "this estimate" || head == "the date") &&
                (next == "for" || next == "of")) {
                auto const after = np->second + 1 + static_cast<std::uint32_t>(next.size());
                if (auto const what = noun_phrase(s, after); what && what->second <= x.e &&
                                                             !timeish(what->first, what->second) &&
                                                             !c.in_quote(what->first, what->second)) {
                    set(a.clauses.object, what);
                    break;
                }
            }
            {
                set(a.clauses.object, std::pair{i, np->second});
                break;
            }
        }
    }
    // Numbers: the plan's ("the PRD says 1 sprint") and the writer's ("I think 3").
    for (auto const& sp : a.specifics) {
        if (sp.kind != SpecificKind::number && sp.kind != SpecificKind::percent && sp.kind != SpecificKind::money)
            continue;
        auto const nb = static_cast<std::uint32_t>(
            std::lower_bound(c.norm.from.begin(), c.norm.from.end(), sp.range.start) - c.norm.from.begin());
        auto const* x = c.sentence_at(nb);
        if (x == nullptr || c.in_quote(nb, nb + 1)) continue;
        if (near_before(s, x->b, nb,
                        {"prd", "plan", "spec", "roadmap", "ticket", "estimate", "you said", "says", "scoped",
                         "asked for", "promised", "budgeted", "allotted", "allocated", "the pm"})) {
            if (!a.clauses.plan_number &&
                !near_before(s, x->b, nb, {"i think", "my estimate", "more like", "realistic"}))
                a.clauses.plan_number = sp.range;
            // r19: a second figure beside the plan's is the writer's only when it sizes work as the plan's does ("the
            // PRD says 3 days, I think 8"); a count in the case ("the vendor file has 14 formats") is evidence.
            else if (!a.clauses.own_number &&
                     (near_before(s, x->b, nb,
                                  {"i think", "my estimate", "more like", "realistic", "for me", "i'd say", "i'd need",
                                   "closer to", "i estimate", "we need", "it'll take", "it will take"}) ||
                      std::ranges::any_of(c.orig.substr(sp.range.start, sp.range.end - sp.range.start),
                                          [](char ch) { return ch >= 'a' && ch <= 'z'; })))
                a.clauses.own_number = sp.range;
        } else if (near_before(s, x->b, nb,
                               {"i think", "i estimate", "my estimate", "more like", "closer to", "realistically",
                                "i'd say", "i'd need", "we need", "it'll take", "it will take", "we'd need", "takes",
                                "i need", "at least"})) {
            if (!a.clauses.own_number) a.clauses.own_number = sp.range;
        }
    }
    // learn11: the writer's number said right after the frame that sizes it ("I'd put it at three", "more like 5"),
    // a number word or digits; not a number later in the sentence ("... at three: the city gave us 11 zone maps").
    if (!a.clauses.own_number) {
        static constexpr std::array<std::string_view, 6> frames{
            "i'd put it at ", "i would put it at ", "i'd call it ", "more like ", "closer to ", "i'd size it at "};
        std::vector<Hit> tmp;
        for (auto frame : frames) {
            auto const at = s.find(frame);
            if (at == std::string_view::npos ||
                c.in_quote(static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 1)))
                continue;
            auto const from = static_cast<std::uint32_t>(at + frame.size());
            // Digits, or a number word the lexicon knows ("three", "half a"), then its unit when one follows.
            auto end = from;
            while (end < s.size() && s[end] >= '0' && s[end] <= '9') ++end;
            if (end == from)
                for (auto const& h : c.hits)
                    if (h.lex == Lex::number_word && h.begin == from) end = std::max(end, h.end);
            if (end == from) continue;
            if (auto const unit = unit_after(s, end, Lex::unit, tmp); unit != 0) end = unit;
            a.clauses.own_number = c.orig_range(from, end);
            // Beside the plan's number, the writer's own sizing is the estimate argued.
            if (a.clauses.plan_number) push_unique(a.legitimate, Reason::estimate);
            break;
        }
    }
    // Deadline: the first date in the writer's words.
    for (auto const& sp : a.specifics) {
        if (sp.kind != SpecificKind::date) continue;
        auto const nb = static_cast<std::uint32_t>(
            std::lower_bound(c.norm.from.begin(), c.norm.from.end(), sp.range.start) - c.norm.from.begin());
        if (c.in_quote(nb, nb + 1)) continue;
        // r25: "nobody's looked at the flaky payments test since Tuesday": a date the writer counts from is no
        // deadline.
        if (auto const before = c.orig.substr(0, sp.range.start);
            before.ends_with("since ") || before.ends_with("Since ") || before.ends_with("since last ") ||
            before.ends_with("ago ") || before.ends_with("as of last "))
            continue;
        // r31 (trial34): "live by the regatta weekend instead of June 15": the date replaced is no deadline (the
        // particular is read with its "instead of").
        if (auto const said = c.orig.substr(sp.range.start, sp.range.end - sp.range.start);
            said.starts_with("instead of ") || said.starts_with("Instead of ") || said.starts_with("rather than ") ||
            c.orig.substr(0, sp.range.start).ends_with("instead of ") ||
            c.orig.substr(0, sp.range.start).ends_with("rather than "))
            continue;
        a.clauses.deadline = event_of_date(c.orig, sp.range);
        break;
    }
    // Impact, alternative, ask: from the cue to the end of its sentence.
    // r21: "I think we should push the launch": an impact word the writer proposes ("should push the", "let's push
    // the") is the way forward, not what the plan costs.
    for (auto const& h : c.hits) {
        if (a.clauses.impact) break;
        if ((h.lex != Lex::consequence && h.lex != Lex::impact) || c.in_quote(h.begin, h.end)) continue;
        std::string_view const before = s.substr(h.begin >= 16 ? h.begin - 16 : 0, h.begin >= 16 ? 16 : h.begin);
        if (before.ends_with("should ") || before.ends_with("let's ") || before.ends_with("we could ") ||
            before.ends_with("we need to ") || before.ends_with("i'd ") || before.ends_with("i'd rather ") ||
            before.ends_with("can we ") || before.ends_with("could we ") || before.ends_with("we can "))
            continue;
        if (auto const* x = c.sentence_at(h.begin)) set(a.clauses.impact, clause(s, h.begin, x->e));
    }
    for (auto const& h : c.hits)
        if (h.lex == Lex::alternative && !a.clauses.alternative && !c.in_quote(h.begin, h.end) &&
            !idiom_alternative(c, h))
            if (auto const* x = c.sentence_at(h.begin)) {
                // r31 (trial33): "Can we preload the audio onto the tablets the night before instead, and keep
                // streaming as the fallback?": a closing "instead" follows the way forward; the clause is what the
                // writer proposes, from after "can we", "let's", "we could" to the sentence's end.
                if (auto const after = s.substr(h.end); s.substr(h.begin, h.end - h.begin) == "instead" &&
                                                        (after.empty() || after[0] == ',' || after[0] == '?' ||
                                                         after[0] == '.' || after[0] == '!' || after[0] == ';')) {
                    auto const within = s.substr(x->b, h.begin - x->b);
                    std::size_t from = std::string_view::npos;
                    for (std::string_view opener : {"can we ", "could we ", "let's ", "lets ", "we could ", "why not ",
                                                    "how about ", "what if we ", "we should ", "i'd rather ",
                                                    "i'd suggest we ", "i suggest we ", "i propose we "})
                        if (auto const at = within.rfind(opener);
                            at != std::string_view::npos &&
                            (from == std::string_view::npos || at + opener.size() > from) &&
                            (at == 0 || within[at - 1] == ' ' || within[at - 1] == ','))
                            from = at + opener.size();
                    if (from != std::string_view::npos) {
                        set(a.clauses.alternative, clause(s, x->b + static_cast<std::uint32_t>(from), x->e));
                        continue;
                    }
                }
                set(a.clauses.alternative, clause(s, h.begin, x->e));
            }
    for (auto const& x : c.sentences) {
        bool quoted = false;
        for (auto const& q : c.quoted) quoted = quoted || overlaps(q.first, q.second, x.b, x.e);
        if (a.clauses.ask || quoted) continue;
        bool const asks = x.question() || c.first(Lex::request, x.b, x.e) != nullptr;
        if (asks) set(a.clauses.ask, clause(s, x.b, x.e));
    }
}

}  // namespace pushback::detector::detail
