// The advice cards are built from the draft's own clauses (the detector's Analysis::clauses), never
// from token lists. What goes into a rewrite must read as the writer's words: no Slack markup (a
// mention or link pasted into a reply to the PM breaks it), no list numerals, never a cut clause and
// never someone else's quoted words.

#include "templates/detail/advice_slots.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <optional>
#include <ranges>
#include <span>
#include <utility>

#include "templates/detail/cue_words.hpp"  // cards10: cues::word_byte
#include "templates/detail/text.hpp"

namespace pushback::templates::detail {

namespace {

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// Bytes of an emoji (or its joiner and variation selector) starting at `i`; 0 when none.
std::size_t emoji_at(std::string_view t, std::size_t i) {
    auto const b = [&](std::size_t k) { return i + k < t.size() ? static_cast<unsigned char>(t[i + k]) : 0u; };
    if (b(0) == 0xF0 && b(1) == 0x9F) return 4;                                                    // U+1F000..U+1FFFF
    if (b(0) == 0xE2 && (b(1) == 0x98 || b(1) == 0x9C || b(1) == 0x9D || b(1) == 0x9E)) return 3;  // ☀..➿
    if (b(0) == 0xEF && b(1) == 0xB8 && b(2) == 0x8F) return 3;                                    // U+FE0F
    if (b(0) == 0xE2 && b(1) == 0x80 && b(2) == 0x8D) return 3;                                    // U+200D
    return 0;
}

// ":shortcode:" at `i`: its length, else 0.
std::size_t shortcode_at(std::string_view t, std::size_t i) {
    if (t[i] != ':') return 0;
    // r20: "today's 1:1: you'll check ..." or "at 10:30:": a colon after a digit or a letter opens no shortcode.
    if (i > 0 && std::isalnum(static_cast<unsigned char>(t[i - 1])) != 0) return 0;
    std::size_t j = i + 1;
    while (j < t.size() && j - i < 40 &&
           (std::islower(static_cast<unsigned char>(t[j])) || std::isdigit(static_cast<unsigned char>(t[j])) ||
            t[j] == '_' || t[j] == '+' || t[j] == '-'))
        ++j;
    return j < t.size() && t[j] == ':' && j > i + 1 ? j + 1 - i : 0;
}

// A list marker at the start of a line: "1. ", "2) ", "- ", "• ", "> ", "* ".
std::size_t list_marker_at(std::string_view t, std::size_t i) {
    std::size_t j = i;
    while (j < t.size() && (t[j] == ' ' || t[j] == '\t')) ++j;
    std::size_t k = j;
    while (k < t.size() && k - j < 3 && std::isdigit(static_cast<unsigned char>(t[k]))) ++k;
    if (k > j && k < t.size() && (t[k] == '.' || t[k] == ')') && k + 1 < t.size() && t[k + 1] == ' ') return k + 2 - i;
    if (j < t.size() && (t[j] == '-' || t[j] == '>' || t[j] == '*') && j + 1 < t.size() && t[j + 1] == ' ')
        return j + 2 - i;
    if (t.substr(j).starts_with("• ")) return j + 4 - i;
    return 0;
}

// "@channel ", "@here ": an address typed without Slack's brackets (the playground, the CLI, a pasted draft), with
// the blank after it; 0 when none starts a word at `i`.
std::size_t bare_address_at(std::string_view t, std::size_t i) {
    if (t[i] != '@' || (i > 0 && t[i - 1] != ' ' && t[i - 1] != '\n')) return 0;
    for (std::string_view address : {"@channel", "@here", "@everyone", "@all"})
        if (t.substr(i).starts_with(address)) {
            auto const end = i + address.size();
            if (end < t.size() && is_word_byte(static_cast<unsigned char>(t[end]))) return 0;
            return address.size() + (end < t.size() && t[end] == ' ');
        }
    return 0;
}

std::string strip_markup(std::string_view t) {
    std::string out;
    out.reserve(t.size());
    bool line_start = true;
    for (std::size_t i = 0; i < t.size();) {
        if (line_start) {
            line_start = false;
            if (auto const n = list_marker_at(t, i)) {
                i += n;
                continue;
            }
        }
        char const c = t[i];
        if (c == '\n') {
            out += ' ';
            line_start = true;
            ++i;
            continue;
        }
        if (c == '<') {  // <@U1|name>, <!here>, <#C1|eng>, <https://…>: never inside a rewrite
            auto const close = t.find('>', i);
            auto const end = close == std::string_view::npos ? t.size() : close;
            auto const inner = t.substr(i + 1, end - i - 1);
            // A link's label is the writer's words ("<https://…|the estimate doc>"): keep the words only.
            if (auto const bar = inner.find('|'); bar != std::string_view::npos && !inner.starts_with("@") &&
                                                  !inner.starts_with("#") && !inner.starts_with("!"))
                out += inner.substr(bar + 1);
            i = close == std::string_view::npos ? t.size() : close + 1;
            continue;
        }
        if (auto const n = shortcode_at(t, i)) {
            i += n;
            continue;
        }
        if (auto const n = bare_address_at(t, i)) {
            i += n;
            continue;
        }
        if (auto const n = emoji_at(t, i)) {
            i += n;
            continue;
        }
        if (c == '*' || c == '~' || c == '`') {
            ++i;
            continue;
        }
        // _italic_ marks, not snake_case.
        if (c == '_' && (i == 0 || !is_word_byte(static_cast<unsigned char>(t[i - 1])) || i + 1 == t.size() ||
                         !is_word_byte(static_cast<unsigned char>(t[i + 1])))) {
            ++i;
            continue;
        }
        out += c;
        ++i;
    }
    return out;
}

std::string trim_edges(std::string s) {
    auto const strip_end = [](char c) {
        return c == ' ' || c == '.' || c == ',' || c == ';' || c == ':' || c == '!' || c == '-' || c == '(';
    };
    while (!s.empty() && strip_end(s.back())) s.pop_back();
    std::size_t b = 0;
    while (b < s.size() && (s[b] == ' ' || s[b] == ',' || s[b] == ';' || s[b] == ':' || s[b] == '-')) ++b;
    s.erase(0, b);
    // An unbalanced opening quote or bracket left at either end reads as a cut.
    for (std::string_view q : {"“", "\"", "("}) {
        if (s.starts_with(q) && s.find(q == "“" ? "”" : q == "(" ? ")" : "\"", q.size()) == std::string::npos)
            s.erase(0, q.size());
    }
    // r24: "... froze their membership in Dec (340 members at Eastside alone": a bracket opened inside and cut before
    // it closes goes with what it opened.
    if (auto const open = s.rfind(" (");
        open != std::string::npos && open >= 12 && s.find(')', open) == std::string::npos) {
        s.resize(open);
        while (!s.empty() && strip_end(s.back())) s.pop_back();
    }
    return s;
}

bool plan_verb(std::string_view w);  // cards12: a plan's present verb (defined with before_its_verb)

// The detector's older topic ("SSO", "the export feature") stands in for a missing object only when it
// reads as a short noun phrase: no more than three words, no function word that would make it a fragment.
bool short_noun_phrase(std::string_view s) {
    if (s.empty()) return false;
    std::size_t words = 1;
    std::size_t start = 0;
    while (start <= s.size()) {
        auto end = s.find(' ', start);
        if (end == std::string_view::npos) end = s.size();
        std::string const w = lower(s.substr(start, end - start));
        for (std::string_view no :
             {"past", "to",   "for",     "of", "in", "on", "at",   "by",   "with", "from", "and", "or",
              "but",  "than", "because", "so", "if", "it", "this", "that", "all",  "we",   "you"})
            if (w == no) return false;
        if (end == s.size()) break;
        ++words;
        start = end + 1;
    }
    return words <= 3;
}

// The detector's object, checked once more: at most six words, not a lone pronoun, not ending in a
// function word (a fragment).
bool reads_as_object(std::string_view s) {
    // leads18: "the plan to migrate all customers to the new billing engine in one weekend": a plan named whole, as
    // the detector reads it up to the verb that judges it, is what the pushback is about, verb and all.
    if (std::string const l = lower(s);
        (l.starts_with("the plan to ") || l.starts_with("this plan to ") || l.starts_with("our plan to ") ||
         l.starts_with("your plan to ") || l.starts_with("the idea to ") || l.starts_with("the proposal to ") ||
         l.starts_with("the decision to ") || l.starts_with("the push to ")) &&
        std::count(s.begin(), s.end(), ' ') <= 14 && s.find_first_of(",;:") == std::string_view::npos) {
        auto const last = l.substr(l.rfind(' ') + 1);
        for (std::string_view no : {"to", "for", "of", "in", "on", "at", "by", "with", "from", "and", "or", "the", "a"})
            if (last == no) return false;
        return true;
    }
    if (s.empty() || std::count(s.begin(), s.end(), ' ') >= 6) return false;
    // "3", "3 days": a number or a duration is how long, not what.
    if (std::none_of(s.begin(), s.end(), [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); }))
        return false;
    auto const last_space = s.rfind(' ');
    std::string const first = lower(s.substr(0, s.find(' ')));
    std::string const last = lower(last_space == std::string_view::npos ? s : s.substr(last_space + 1));
    for (std::string_view no :
         {"all",      "this", "that", "it",     "these", "those",  "them",    "everything", "something",
          "anything", "we",   "you",  "i",      "stuff", "things", "forward", "sooner",     "later",
          "earlier",  "back", "up",   "faster", "me",    "us",     "him",     "her"})  // "the invoicing plan worries
                                                                                       // me": a clause, its verb before
                                                                                       // the pronoun
        if (last == no) return false;
    for (std::string_view no : {"to", "for", "of", "in", "on", "at", "by", "with", "from", "and", "or", "but", "than",
                                "because", "so", "if", "the", "a", "an"})
        if (last == no) return false;
    // "the scope", "the tickets": a word every card already says makes "the full scope of the scope".
    for (std::string_view no :
         {"the scope", "the timeline", "the estimate", "the plan", "the deadline", "the date", "the tickets",
          "the time", "the work", "the problem", "the issue", "the idea", "the proposal", "the decision", "the risk",
          "the team", "the sprint", "the point", "the reason", "the thing", "the rest",
          // leads18: "headed in the right direction" names no plan ("the plan for the right direction").
          "the right direction", "the wrong direction", "the right track", "the wrong track", "the right way",
          "the right thing", "the right call", "the big picture",
          // r22: "we can manage the same here by fall" names nothing of its own.
          "the same", "the same thing", "the same here", "the rest of it"})
        if (lower(s) == no) return false;
    // "this ourselves", "this fits": a demonstrative object says no more than the cards' own "this".
    for (std::string_view no : {"this", "that", "these", "those", "is", "are"})
        if (first == no) return false;
    // A verb inside makes it a clause ("the date isn't moving", "the custom CMS go"), not a noun phrase.
    std::size_t start = 0;
    while (start < s.size()) {
        auto end = s.find(' ', start);
        if (end == std::string_view::npos) end = s.size();
        std::string const w = lower(s.substr(start, end - start));
        if (w.ends_with("n't") || w.ends_with("n’t")) return false;
        // r22: "the CI pricing page changes": closing the phrase, the word is the plural noun.
        // ("If the scope changes in between": two words before it may be a clause.)
        if (end == s.size() && w == "changes" && std::count(s.begin(), s.end(), ' ') >= 3) break;
        for (std::string_view verb :
             {"is",     "are",   "was",    "were",    "be",      "go",       "goes",       "move",   "moves",
              "moving", "fits",  "fit",    "took",    "takes",   "take",     "accounting", "won't",  "will",
              "would",  "can",   "could",  "should",  "does",    "do",       "did",        "has",    "have",
              "had",    "look",  "looks",  "feel",    "feels",   "seem",     "seems",      "builds", "says",
              "wants",  "needs", "uses",   "makes",   "assumes", "forgets",  "ignores",    "asks",   "keeps",
              "gets",   "runs",  "ships",  "lands",   "breaks",  "requires", "adds",       "gives",  "sees",
              "thinks", "know",  "knows",  "think",   "get",     "keep",     "want",       "need",   "mind",
              "skips",  "drops", "misses", "removes", "changes", "touches",  "loses",      "hits",   "blocks"})
            if (w == verb) return false;
        if (plan_verb(w)) return false;  // cards12: one list of a plan's verbs, read in both places
        start = end + 1;
    }
    return true;
}

// "we could use `pg_cron` which we already have": a clause the detector stopped at a code span, a bold mark or a
// link runs on over it to the clause end; its words are the writer's (clause_text strips the marks).
std::optional<detector::Range> over_markup(std::string_view text, std::optional<detector::Range> r) {
    if (!r || r->end >= text.size()) return r;
    std::size_t i = r->end;
    while (i < text.size() && text[i] == ' ') ++i;
    if (i >= text.size() || std::string_view("`*_<").find(text[i]) == std::string_view::npos) return r;
    // A mention or a channel is someone, not words of the clause: "we could ask <@U1> to review" stays cut.
    if (text[i] == '<' && i + 1 < text.size() && std::string_view("@#!").find(text[i + 1]) != std::string_view::npos)
        return r;
    bool code = false;
    int angle = 0;
    std::size_t e = i;
    for (; e < text.size(); ++e) {
        char const ch = text[e];
        if (ch == '`') code = !code;
        if (ch == '<') ++angle;
        if (ch == '>' && angle > 0) --angle;
        if (!code && angle == 0 && std::string_view(".,;!?\n").find(ch) != std::string_view::npos) break;
    }
    r->end = static_cast<std::uint32_t>(e);
    return r;
}

// "That saves us a deploy", "which means support gets the tickets": a clause whose subject is the pronoun before
// it keeps a subject ("it saves us a deploy"); a clause opened by its own subject is left as it is.
std::string with_subject(std::string_view text, detector::Range r, std::string s) {
    if (s.empty() || r.start < 2) return s;
    std::size_t b = r.start;
    std::string before;
    // "That probably saves us a week": an adverb between the pronoun and its verb is stepped over.
    for (int words = 0; words < 2; ++words) {
        while (b > 0 && text[b - 1] == ' ') --b;
        std::size_t w = b;
        while (w > 0 && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
        before = lower(text.substr(w, b - w));
        if (!before.ends_with("ly") && before != "also" && before != "just" && before != "even") break;
        b = w;
    }
    std::string const first = lower(s.substr(0, s.find(' ')));
    // Where the noun phrase before `from` opens at one of `dets`, within `words` words of the clause; npos when a word
    // of `stops` or punctuation comes first.
    auto const determiner_before = [&](std::size_t from, int words, std::initializer_list<std::string_view> dets,
                                       std::initializer_list<std::string_view> stops) {
        std::size_t w = from;
        for (int k = 0; k < words && w > 0; ++k) {
            while (w > 0 && text[w - 1] == ' ') --w;
            std::size_t const e = w;
            while (w > 0 && (std::isalnum(static_cast<unsigned char>(text[w - 1])) != 0 || text[w - 1] == '-')) --w;
            if (w == e) break;  // punctuation: the clause starts here
            std::string const word = lower(text.substr(w, e - w));
            if (std::ranges::find(dets, word) != dets.end()) return w;
            if (std::ranges::find(stops, word) != stops.end()) break;
        }
        return std::string_view::npos;
    };
    // "we can't open without it": a clause cut at its modal gets its pronoun back.
    static constexpr std::string_view modals[] = {"can't",    "cannot",     "won't",     "will",  "would",
                                                  "can",      "could",      "must",      "might", "wouldn't",
                                                  "couldn't", "can\u2019t", "won\u2019t"};
    // ("I'm not saying it can't be done": a clause the writer denies is not theirs to state.)
    if (std::find(std::begin(modals), std::end(modals), first) != std::end(modals) &&
        (before == "we" || before == "they" || before == "it" || before == "you")) {
        std::size_t e = b;
        while (e > 0 && std::isalpha(static_cast<unsigned char>(text[e - 1]))) --e;
        std::size_t v = e;
        while (v > 0 && text[v - 1] == ' ') --v;
        std::size_t w = v;
        while (w > 0 && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
        std::string const reported = lower(text.substr(w, v - w));
        if (reported == "saying" || reported == "say" || reported == "mean" || reported == "claiming") return s;
        return before + " " + s;
    }
    // r31 (trial33): "a speller can't be asked to spell a word they didn't hear": a clause cut at its modal gets its
    // noun phrase back, from its determiner within the clause.
    if (std::find(std::begin(modals), std::end(modals), first) != std::end(modals) &&
        s.find(' ') != std::string::npos) {
        auto const w =
            determiner_before(b, 4, {"a", "an", "the", "our", "their", "every", "each", "no", "these", "those", "most"},
                              {"and", "or", "but", "to", "so", "that", "if", "which", "because", "it", "we", "i", "you",
                               "they", "my", "this"});
        if (w == std::string_view::npos) return s;
        // "If the broker drops messages, the harbour alerts will miss a high tide": with its condition.
        auto const from = with_its_condition(text, w);
        std::string out = std::string(text.substr(from, r.start - from)) + s;
        lower_condition11(out);
        return out;
    }
    // A verb in the third person or the past opens the clause ("saves", "means", "caused", "cost"), not a subject
    // of its own.
    bool const verb = (first.size() >= 4 && first.ends_with('s') && !first.ends_with("ss")) ||
                      (first.size() >= 5 && first.ends_with("ed")) || first == "cost" || first == "broke" ||
                      first == "took" || first == "made" || first == "lost" || first == "put" || first == "hit";
    if (!verb) return s;
    // A past form is the verb only with its object after it ("caused a two-hour outage", "cost us a week"); else it
    // is an adjective ("increased complexity makes ...").
    if (!first.ends_with('s')) {
        auto const sp = s.find(' ');
        std::string const next =
            sp == std::string::npos ? std::string{} : lower(s.substr(sp + 1, s.find(' ', sp + 1) - sp - 1));
        bool object = !next.empty() && std::isdigit(static_cast<unsigned char>(next[0])) != 0;
        for (std::string_view o : {"a", "an", "the", "us", "them", "me", "our", "their", "every", "many", "some", "all",
                                   "two", "three", "several", "most", "half"})
            object = object || next == o;
        if (!object) return s;
    }
    if (before == "that" || before == "this" || before == "it" || before == "which") return "it " + s;
    // "the last skipped review cost us a week of hotfixes": the noun phrase before the verb, from its determiner
    // within the clause, is the subject the clause was cut from. "moved the deploy to Tuesday and avoided ...": a
    // joined clause or another subject is not this one's.
    if (auto const w = determiner_before(r.start, 5, {"the", "our", "their", "these", "those"},
                                         {"and", "or", "but", "to", "so", "we", "i", "you", "they", "my"});
        w != std::string_view::npos)
        return std::string(text.substr(w, r.start - w)) + s;
    return s;
}

// "so the refund button won't work", "which would lock the table": the clause reads whole without its
// connective. A clause holding ", but " keeps what follows it: that is the writer's point.
std::string point_of(std::string s) {
    if (auto const but = s.find(", but ");
        but != std::string::npos && std::count(s.begin() + static_cast<std::ptrdiff_t>(but), s.end(), ' ') >= 4)
        s.erase(0, but + 6);
    for (bool again = true; again;) {
        again = false;
        std::string const l = lower(s);
        for (std::string_view lead : {"so ", "which ", "and ", "but ", "because ", "since ", "that ", "then "})
            if (l.starts_with(lead) && s.size() > lead.size() + 10) {
                s.erase(0, lead.size());
                again = true;
            }
    }
    return s;
}

// "Instead of writing our own renderer we could use the Chrome service": the proposal is what follows
// "we could"; the lead-in ("I'd propose", "Suggestion:") is the card's own.
std::string proposal_of(std::string s) {
    std::string l = lower(s);
    if (l.starts_with("instead of ") || l.starts_with("rather than ")) {
        for (std::string_view turn : {" we could ", " we should ", " let's ", " i'd ", ", we ", " we "})
            if (auto const at = l.find(turn); at != std::string::npos) {
                s.erase(0, at + 1);
                l.erase(0, at + 1);
                break;
            }
    }
    for (std::string_view lead : {"we could just ", "we could ", "we should just ", "we should ", "could we ",
                                  "can we ", "let's ", "i'd propose ", "i propose ", "i'd suggest ", "i suggest ",
                                  "proposal: ", "suggestion: ", "why don't we just ", "why don't we ", "why not just ",
                                  "why not ", "how about ", "what if we "})
        if (l.starts_with(lead) && s.size() > lead.size() + 8) {
            s.erase(0, lead.size());
            break;
        }
    return s;
}

// An idiom's noun ("down the line", "along the way") is not what the message is about.
bool idiom_topic(std::string_view s) {
    std::string const l = lower(s);
    for (std::string_view no : {"the line", "the road", "the way", "the time", "the moment", "the day", "the end",
                                "the first thing", "the table", "the wall", "the best"})
        if (l == no) return true;
    return false;
}

constexpr std::string_view prepositions[] = {" on ", " in ", " for ", " with ", " at ", " into ", " about "};

constexpr std::string_view not_a_thing[] = {"into", "in",   "onto", "on",    "to",   "that",
                                            "it",   "this", "them", "those", "these"};

// What follows "this" without naming a thing ("this is", "this sprint"): no add-on is called that.
constexpr std::string_view not_a_noun[] = {"is",      "was",   "will",  "would",   "should", "could",   "can",
                                           "one",     "time",  "week",  "sprint",  "month",  "morning", "release",
                                           "quarter", "isn't", "means", "weekend", "year"};

// What a pronoun in an add-on stands for ("tack it on?", "squeeze it into the sprint"), read back from `at`: the
// last "this <thing>" ("we have this export format"), else the last thing someone asks for ("Players keep asking for
// a rematch button").
std::string antecedent(std::string_view text, std::string_view l, std::size_t at) {
    // The noun phrase from `b`: up to three words, ending at punctuation, a function word or a verb.
    auto const phrase = [&](std::size_t b) -> std::string {
        std::size_t e = b, words = 0;
        while (e < at && words < 4) {
            auto w = e;
            while (w < at && (std::isalnum(static_cast<unsigned char>(l[w])) || l[w] == '-')) ++w;
            if (w == e) break;
            std::string_view const word = l.substr(e, w - e);
            bool const stop = std::any_of(std::begin(not_a_noun), std::end(not_a_noun),
                                          [&](std::string_view n) { return word == n; }) ||
                              std::any_of(std::begin(not_a_thing), std::end(not_a_thing),
                                          [&](std::string_view n) { return word == n; });
            for (std::string_view fn : {"and", "or",  "for",  "from",  "with", "but",   "so",      "we", "you",  "they",
                                        "are", "has", "have", "needs", "need", "since", "because", "if", "when", "too"})
                if (word == fn) return words > 0 ? std::string(text.substr(b, e - 1 - b)) : std::string{};
            if (stop) return words > 0 ? std::string(text.substr(b, e - 1 - b)) : std::string{};
            ++words;
            if (w >= at || l[w] != ' ') {
                e = w;
                break;
            }
            e = w + 1;
        }
        if (words == 0 || words > 3) return {};
        while (e > b && !std::isalnum(static_cast<unsigned char>(l[e - 1]))) --e;
        return std::string(text.substr(b, e - b));
    };
    std::string found;
    std::size_t where = 0;
    if (auto const near = l.rfind("this ", at);
        near != std::string::npos && !(near > 0 && is_word_byte(static_cast<unsigned char>(l[near - 1])))) {
        if (auto const thing = phrase(near + 5); !thing.empty()) {
            found = std::string(text.substr(near, 5)) + thing;
            where = near;
        }
    }
    for (std::string_view lead :
         {"asking for ", "asked for ", "ask for ", "asks for ", "requested ", "want ", "wants ", "would love "}) {
        auto const near = l.rfind(lead, at);
        if (near == std::string::npos || near < where ||
            (near > 0 && is_word_byte(static_cast<unsigned char>(l[near - 1]))))
            continue;
        auto const b = near + lead.size();
        std::string_view const rest = l.substr(b);
        bool determined = false;
        for (std::string_view det : {"a ", "an ", "the ", "some "})
            if (rest.starts_with(det)) {
                determined = true;
                if (auto const thing = phrase(b + det.size()); !thing.empty()) {
                    found = std::string(text.substr(b, det.size())) + thing;
                    where = near;
                }
            }
        // "would love audit logs as well": a plural or a mass noun needs no article.
        if (!determined && near > where)
            if (auto const thing = phrase(b); !thing.empty() && !rest.starts_with("to ") && !rest.starts_with("it")) {
                found = thing;
                where = near;
            }
    }
    return found;
}

// The thing a PM's add-on asks for: "squeeze the CSV export into this sprint", "also add bulk edit".
std::string add_on_of(std::string_view text) {
    std::string const l = lower(text);
    // (r23: "include", "bundle": "could we include CSV import in the portal before the spring release?")
    for (std::string_view cue :
         {"squeeze in ", "squeeze ", "also add ", "throw in ", "tack on ", "sneak in ", "sneak ", "add ", "tack it on",
          "throw it in", "bolt it on", "you fit ", "we fit ", "include ", "bundle "}) {
        auto const at = l.find(cue);
        if (at == std::string::npos) continue;
        if (cue.ends_with(" on") || cue.ends_with(" in")) {
            if (auto thing = antecedent(text, l, at); !thing.empty()) return thing;
            continue;
        }
        auto const b = at + cue.size();
        auto e = b;
        while (e < l.size() && l[e] != '?' && l[e] != ',' && l[e] != '.' && l[e] != '\n') ++e;
        std::string_view rest = std::string_view(l).substr(b, e - b);
        for (std::string_view stop : {" into ", " in this", " to this", " to the ", " while ", " too", " as well",
                                      " before ", " for this", " this sprint", " next sprint", " in the ", " by "})
            if (auto const k = rest.find(stop); k != std::string_view::npos) rest = rest.substr(0, k);
        std::string out(text.substr(b, rest.size()));
        // "sneak into this release", "squeeze that in": the thing added is named elsewhere, not here.
        std::string const first = lower(out.substr(0, out.find(' ')));
        bool const named = std::none_of(std::begin(not_a_thing), std::end(not_a_thing),
                                        [&](std::string_view w) { return first == w; });
        // r27 (trial28): "also add a kerf-loss toggle and a PDF export for customers": two things asked, both kept.
        if (named && !out.empty() &&
            std::count(out.begin(), out.end(), ' ') < (out.find(" and ") != std::string::npos ? 9 : 6)) {
            // "can we also add a blog? Would love a customer portal too": a second add-on, said with "too" or "as
            // well" after the first, goes with it.
            auto const next = l.find_first_of("?.\n", e);
            if (next != std::string::npos)
                for (std::string_view also : {" too", " as well"}) {
                    auto const k = l.find(also, next);
                    if (k == std::string::npos || l.find_first_of("?.\n", next + 1) < k) continue;
                    if (auto second = antecedent(text, l, k);
                        !second.empty() && lower(second) != lower(out) && l.rfind(lower(second), k) > next)
                        return out.append(" and ").append(second);
                }
            return out;
        }
        // "I promised the client we have this feature ... Can we squeeze it into the sprint?": the pronoun stands
        // for the last "this <thing>" before it, not for whoever else the draft names.
        if (first == "it" || first == "this" || first == "that")
            if (auto thing = antecedent(text, l, at); !thing.empty()) return thing;
    }
    return {};
}

// The date a quoted ask is due by: "> Can we get it out by Friday instead of the 20th?" gives "Friday".
std::string asked_deadline(std::string_view text, detector::Analysis const& a) {
    for (std::size_t i = 0; i < a.specifics.size(); ++i) {
        auto const& sp = a.specifics[i];
        if (sp.kind != detector::SpecificKind::date || !inside(sp.range, a.quoted) || sp.range.end > text.size())
            continue;
        std::string before = lower(
            text.substr(sp.range.start >= 14 ? sp.range.start - 14 : 0, sp.range.start >= 14 ? 14 : sp.range.start));
        // "into the February release": the date read with its article, and the event it names right after it.
        bool const article = before.ends_with(" the ");
        if (article) before.resize(before.size() - 4);
        std::string const said = lower(sp.range.in(text));
        bool const led = said.starts_with("by ") || said.starts_with("before ") || before.ends_with("into ");
        // "> can we have the portal for the kickoff on the 3rd?": in a question, the day it's wanted on is its date.
        bool const asked_on = (before.ends_with("on ") || said.starts_with("on ")) &&
                              std::any_of(a.quoted.begin(), a.quoted.end(), [&](auto q) {
                                  return q.start <= sp.range.start && sp.range.end <= q.end &&
                                         q.in(text).find('?') != std::string_view::npos;
                              });
        if (!before.ends_with("by ") && !before.ends_with("before ") && !before.ends_with("to ") &&
            !before.ends_with("for ") && !asked_on && !led)
            continue;
        auto end = sp.range.end;
        if (article && i + 1 < a.specifics.size() && a.specifics[i + 1].kind == detector::SpecificKind::event &&
            a.specifics[i + 1].range.start == end + 1 && a.specifics[i + 1].range.end <= text.size())
            end = a.specifics[i + 1].range.end;
        // r30 (dev71): "for the june race": the event the date names, read or not as one.
        if (article && end == sp.range.end)
            for (std::string_view ev :
                 {" race", " launch", " release", " demo", " sale", " season", " festival", " show", " event", " fair",
                  " conference", " tournament", " meeting", " review", " offsite", " freeze", " cutover", " rollout"})
                if (auto const tail = lower(text.substr(end, ev.size() + 1));
                    tail.starts_with(ev) &&
                    (tail.size() == ev.size() || !std::isalpha(static_cast<unsigned char>(tail.back())))) {
                    end += static_cast<std::uint32_t>(ev.size());
                    break;
                }
        std::string d = plain_words(text.substr(sp.range.start, end - sp.range.start));
        if (article) d.insert(0, "the ");
        if (!d.empty() && d.size() < 40 && std::count(d.begin(), d.end(), ' ') < 4) return d;
    }
    return {};
}

// "the CSV export out faster", "the billing page done sooner": what is asked for, without the speed words
// that would make the object read "bringing the CSV export out faster in sooner".
std::optional<detector::Range> trimmed_object(std::string_view text, std::optional<detector::Range> r) {
    if (!r || r->end > text.size()) return r;
    for (bool again = true; again;) {
        again = false;
        std::string const l = lower(r->in(text));
        for (std::string_view tail : {" faster",   " sooner",      " quicker",    " earlier",
                                      " out",      " done",        " live",       " in",
                                      " shipped",  " asap",        " first",      " a week",
                                      " a day",    " a month",     " a sprint",   " a bit",
                                      " a lot",  // r21: "thinking about the telehealth intake rebuild a lot"
                                      " lately",   " two weeks",   " a few days", " a couple of days",
                                      " two days", " days",        " weeks",      " one",
                                      " two",      " three",       " four",       " five",
                                      " a few",    " a couple of", " yet",        " already",
                                      " again"})
            if (l.ends_with(tail) && l.size() > tail.size() + 3) {
                r->end -= static_cast<std::uint32_t>(tail.size());
                again = true;
            }
    }
    return r;
}

// "2 weeks for SSO", "1 sprint for the CSV importer": the words after a number's "for", up to the clause end.
std::string number_for(std::string_view text, detector::Range n, detector::Analysis const& a) {
    if (n.end + 5 > text.size() || lower(text.substr(n.end, 5)) != " for ") return {};
    auto const b = n.end + 5;
    auto e = b;
    while (e < text.size() && std::string_view(".,;:!?\n").find(text[e]) == std::string_view::npos) ++e;
    std::string o = clause_text(text, {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, a.quoted, 60);
    // "for SSO is not realistic": the noun phrase stops at its verb.
    std::string const l = lower(o);
    for (std::string_view verb : {" is ", " are ", " was ", " will ", " won't ", " isn't ", " feels ", " seems "})
        if (auto const at = l.find(verb); at != std::string::npos) o.resize(std::min(o.size(), at));
    return reads_as_object(o) ? o : std::string{};
}

}  // namespace

void lower_article(std::string& s) {
    for (std::string_view det : {"The ", "A ", "An ", "Our ", "This ", "That ", "Their ", "Every ", "Each "})
        if (s.starts_with(det)) {
            s[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(s[0])));
            return;
        }
}

bool inside(detector::Range r, std::vector<detector::Range> const& quoted) {
    return std::any_of(quoted.begin(), quoted.end(), [&](detector::Range q) {
        return r.start < q.end && q.start < r.end;  // overlaps someone else's words
    });
}

std::string lower(std::string_view s) {
    std::string out(s);
    // ASCII, as std::tolower does in the C locale the program runs in (no libc call per byte).
    for (auto& c : out) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return out;
}

// The sentence of `text` around byte `at`.
detector::Range sentence_around(std::string_view text, std::size_t at) {
    std::size_t b = at, e = at;
    // "upgrading from 2.0", "a 4.2.1 fix release": a full stop inside a number ends no sentence.
    auto const digit = [&](std::size_t i) {
        return i < text.size() && std::isdigit(static_cast<unsigned char>(text[i]));
    };
    auto const stop = [&](std::size_t i) {
        char const c = text[i];
        return (c == '.' && !(i > 0 && digit(i - 1) && digit(i + 1))) || c == '!' || c == '?' || c == '\n' || c == ';';
    };
    while (b > 0 && !stop(b - 1)) --b;
    while (e < text.size() && !stop(e)) ++e;
    return {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
}

std::string plain_words(std::string_view text) { return trim_edges(squash(strip_markup(text))); }

std::string without_quality(std::string o) {
    std::string const l = lower(o);
    auto cut = std::string::npos;
    for (std::string_view quality : {" more ", " less ", " better", " simpler", " easier", " nicer", " prettier",
                                     " cleaner", " clearer", " smoother"})
        if (auto const at = l.find(quality); at != std::string::npos && at > 3) cut = std::min(cut, at);
    if (cut != std::string::npos) o.resize(cut);
    return o;
}

bool names_the_answer(std::string_view object) {
    std::string const l = lower(object);
    return std::ranges::any_of(
        std::initializer_list<std::string_view>{"a rough estimate", "an estimate", "a ballpark", "a rough number",
                                                "an eta", "a rough eta", "a date", "a timeline", "a rough timeline",
                                                "the estimate", "a ballpark estimate"},
        [&](std::string_view answer) { return l == answer; });
}

std::string clause_text(std::string_view text, detector::Range r, std::vector<detector::Range> const& quoted,
                        std::size_t budget) {
    if (r.end > text.size() || r.empty() || inside(r, quoted)) return {};
    std::string s = plain_words(r.in(text));
    if (s.empty() || escaped_size(s) > budget) return {};
    if (std::none_of(s.begin(), s.end(), [](char c) { return is_word_byte(static_cast<unsigned char>(c)); })) return {};
    return s;
}

std::string missed_constraint(std::string_view text, detector::Analysis const& a) {
    std::string const l = lower(text);
    // "The plan to store EU files in us-east-1 doesn't work: our DPA requires EU data residency": what follows the
    // verdict is the constraint.
    for (std::string_view lead : {"doesn't account for ",
                                  "does not account for ",
                                  "don't account for ",
                                  "accounts for ",
                                  "account for ",
                                  "ignores ",
                                  "ignore ",
                                  "misses ",
                                  "forgets ",
                                  "doesn't work: ",
                                  "won't work: ",
                                  "can't work: ",
                                  "doesn't work because ",
                                  "won't work because ",
                                  "isn't possible: ",
                                  "is not possible: ",
                                  "overlooks ",
                                  "overlook ",
                                  "omits ",
                                  "neglects "}) {  // cards12: what a plan leaves out
        auto const at = l.find(lead);
        if (at == std::string::npos) continue;
        auto const b = static_cast<std::uint32_t>(at + lead.size());
        auto e = b;
        while (e < text.size() && std::string_view(".,;:!?\n").find(text[e]) == std::string_view::npos) ++e;
        std::string what = clause_text(text, {b, e}, a.quoted, 120);
        if (std::count(what.begin(), what.end(), ' ') >= 1) return what;
    }
    return {};
}

std::string capacity_constraint(std::string_view text, detector::Analysis const& a) {
    std::string const l = lower(text);
    // "it feels rushed and the team is already stretched", "we're short two people until March": the team's
    // capacity, said as a clause of its own, is the constraint.
    for (std::string_view load : {"stretched", "overloaded", "at capacity", "maxed out", "underwater", "swamped",
                                  "short-staffed", "understaffed", "short two", "short one", "short three", "down two",
                                  "down one", "on leave", "on parental leave", "out until"}) {
        auto const at = l.find(load);
        if (at == std::string::npos ||
            inside({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 1)}, a.quoted))
            continue;
        std::size_t b = l.find_last_of(".,;:!?\n", at);
        b = b == std::string::npos ? 0 : b + 1;
        for (std::string_view joint : {" and ", " but ", " because ", " since ", " as ", " and also ", " but also "})
            if (auto const j = l.rfind(joint, at); j != std::string::npos && j + joint.size() > b) b = j + joint.size();
        auto e = at;
        while (e < text.size() && std::string_view(".,;:!?\n").find(text[e]) == std::string_view::npos) ++e;
        std::string what =
            clause_text(text, {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, a.quoted, 120);
        if (std::count(what.begin(), what.end(), ' ') >= 2) return what;
    }
    return {};
}

std::string broken_assumption(std::string_view text, detector::Analysis const& a) {
    std::string const l = lower(text);
    for (std::string_view verb : {" assumes ", " assume ", " assuming ", " expects ", " relies on ", " counts on "})
        for (auto at = l.find(verb); at != std::string::npos; at = l.find(verb, at + 1)) {
            auto const sentence = sentence_around(text, at);
            auto const but = l.find(" but ", at);
            if (but == std::string::npos || but >= sentence.end) continue;
            auto const b = static_cast<std::uint32_t>(but + 5);
            std::string what = clause_text(text, {b, sentence.end}, a.quoted, 160);
            // "but it's fine": the turn has to state a fact of its own, a few words long.
            if (std::count(what.begin(), what.end(), ' ') < 3) continue;
            // "assumes the mobile team can pick it up, but they're fully booked": the pronoun is the assumption's
            // subject, named again so the card reads on its own.
            auto const subject_end = l.find_first_of(",;", at + verb.size());
            std::string subject;
            for (std::string_view modal : {" can ", " will ", " is ", " are ", " has ", " have ", " would "})
                if (auto const m = l.find(modal, at + verb.size());
                    m != std::string::npos && m < but && (subject_end == std::string::npos || m < subject_end))
                    if (subject.empty() || m - at - verb.size() < subject.size())
                        subject = clause_text(
                            text, {static_cast<std::uint32_t>(at + verb.size()), static_cast<std::uint32_t>(m)},
                            a.quoted, 60);
            if (!subject.empty() && reads_as_object(subject)) {
                if (subject.starts_with("The ")) subject[0] = 't';
                std::string const be = subject.ends_with('s') ? " are " : " is ";
                for (std::string_view pron : {"they're ", "they are ", "it's ", "it is "})
                    if (lower(what).starts_with(pron)) {
                        what.replace(0, pron.size(), subject + be);
                        break;
                    }
            }
            lower_article(what);
            return what;
        }
    return {};
}

std::string premise_object(std::string_view text, detector::Analysis const& a) {
    std::string const l = lower(text);
    for (std::string_view verb : {" want ", " need ", " asked for ", " care about ", " use "})
        for (auto at = l.find(verb); at != std::string::npos; at = l.find(verb, at + 1)) {
            auto const sentence = sentence_around(text, at);
            // Only in the question that doubts the premise: "Do admins want bulk delete?".
            if (sentence.end >= text.size() || text[sentence.end] != '?') continue;
            auto const b = static_cast<std::uint32_t>(at + verb.size());
            auto e = b;
            while (e < sentence.end && std::string_view(",;:").find(text[e]) == std::string_view::npos) ++e;
            std::string what = clause_text(text, {b, e}, a.quoted, 80);
            // "want it", "need this at all": nothing named.
            for (std::string_view tail : {" at all", " really", " now", " yet", " though"})
                if (lower(what).ends_with(tail)) what.resize(what.size() - tail.size());
            if (reads_as_object(what)) return what;
        }
    return {};
}

std::string slice_in(std::string_view text, detector::Analysis const& a) {
    std::string const l = lower(text);
    // "possible for the layout only": the words between the "for" and the "only".
    for (auto at = l.find(" only"); at != std::string::npos; at = l.find(" only", at + 1)) {
        auto const after = at + 5;
        if (after < l.size() && std::string_view(" .,;!?\n").find(l[after]) == std::string_view::npos) continue;
        auto const sentence = sentence_around(text, at);
        auto const for_at = l.rfind(" for ", at);
        if (for_at == std::string::npos || for_at < sentence.start) continue;
        auto const b = static_cast<std::uint32_t>(for_at + 5);
        std::string what = clause_text(text, {b, static_cast<std::uint32_t>(at)}, a.quoted, 80);
        if (reads_as_object(what)) return what;
    }
    // "only the layout", "just the card payments": what follows, to the clause end.
    for (std::string_view lead : {" only the ", " just the "})
        for (auto at = l.find(lead); at != std::string::npos; at = l.find(lead, at + 1)) {
            auto const b = static_cast<std::uint32_t>(at + lead.size() - 4);
            auto e = b;
            while (e < text.size() && std::string_view(".,;!?\n").find(text[e]) == std::string_view::npos) ++e;
            std::string what = clause_text(text, {b, e}, a.quoted, 80);
            if (reads_as_object(what)) return what;
        }
    return {};
}

std::string cause_clause(std::string_view text, detector::Analysis const& a) {
    std::string const l = lower(text);
    for (std::string_view cue :
         {" because ", "the real problem is that ", "the real problem is ", "root cause is ", "the real issue is that ",
          "the real issue is ", "the actual problem is ", "the actual issue is ", " is caused by ", " are caused by ",
          " comes from ", " due to "}) {
        auto const at = l.find(cue);
        if (at == std::string::npos) continue;
        auto const sentence = sentence_around(text, at);
        // From the clause that holds the cue ("search is slow because ...") to the next clause break.
        std::size_t b = at;
        while (b > sentence.start && std::string_view(",;:").find(text[b - 1]) == std::string_view::npos) --b;
        std::size_t e = at + cue.size();
        while (e < sentence.end && std::string_view(",;:").find(text[e]) == std::string_view::npos) ++e;
        std::string const head = lower(plain_words(text.substr(b, at - b)));
        // "they happen because X", "the real problem is that X": what follows the cue says it on its own.
        bool const bare = head.empty() || head.starts_with("the real") || head.starts_with("root") ||
                          head == "they happen" || head.starts_with("it ") || head.starts_with("they ") ||
                          head.starts_with("this ") || head.starts_with("that ") || head == "it" || head == "they";
        auto const from = static_cast<std::uint32_t>(bare ? at + cue.size() : b);
        std::string what = clause_text(text, {from, static_cast<std::uint32_t>(e)}, a.quoted, 200);
        if (std::count(what.begin(), what.end(), ' ') < 3) continue;
        lower_article(what);
        return what;
    }
    return {};
}

std::string fix_subject(std::string_view text, detector::Analysis const& a) {
    std::string const l = lower(text);
    for (std::string_view verb : {" won't fix ", " doesn't fix ", " won't solve ", " doesn't solve ",
                                  " isn't going to fix ", " will not fix ", " does not fix "}) {
        auto const at = l.find(verb);
        if (at == std::string::npos) continue;
        auto const sentence = sentence_around(text, at);
        std::size_t b = at;
        while (b > sentence.start && std::string_view(",;:").find(text[b - 1]) == std::string_view::npos) --b;
        std::string what =
            clause_text(text, {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(at)}, a.quoted, 80);
        if (!what.empty() && std::isupper(static_cast<unsigned char>(what[0])) && what.size() > 1 &&
            std::islower(static_cast<unsigned char>(what[1])))
            what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
        if (reads_as_object(what)) return what;
    }
    return {};
}

// --- cards11: a plan pointed at, someone else's plan, what holds an asked date, a risk's condition ---
namespace {
// The nouns a plan is named by, for the stop's 1:1 card and the risk card's voice.
constexpr std::string_view plan_nouns11[] = {
    "spec",     "specs",    "plan",      "plans",    "design",      "designs",    "proposal", "prd",
    "roadmap",  "estimate", "estimates", "rfc",      "doc",         "mockups",    "mockup",   "requirements",
    "brief",    "approach", "schema",    "timeline", "pitch",       "wireframes", "rollout",  "migration",
    "redesign", "rewrite",  "cutover",   "strategy", "architecture"};

bool plan_noun11(std::string_view w) {
    return std::find(std::begin(plan_nouns11), std::end(plan_nouns11), w) != std::end(plan_nouns11);
}

bool word_start11(std::string_view l, std::size_t at) { return at == 0 || !cues::word_byte(l[at - 1]); }
}  // namespace

std::string plan_pointed(std::string_view text, std::string_view l) {
    // Words that end the noun phrase: a particle, a verb, a conjunction, a preposition other than "for" and "of".
    static constexpr std::string_view ends[] = {
        "through", "is",    "are",   "was",   "were",     "will",    "won't",   "would",   "could",  "should",
        "can",     "has",   "have",  "had",   "and",      "but",     "so",      "because", "before", "after",
        "at",      "by",    "in",    "on",    "with",     "without", "to",      "up",      "out",    "off",
        "again",   "makes", "looks", "reads", "seems",    "isn't",   "doesn't", "which",   "that",   "who",
        "when",    "if",    "into",  "over",  "properly", "at",      "yet",     "either",  "anymore"};
    for (std::string_view det : {"this ", "that ", "these ", "those "})
        for (auto at = l.find(det); at != std::string_view::npos; at = l.find(det, at + 1)) {
            if (!word_start11(l, at)) continue;
            std::size_t const from = at + det.size();
            std::size_t end = from, head_end = std::string_view::npos;
            std::string_view head;
            int words = 0;
            for (std::size_t b = from; b < l.size() && words < 9;) {
                auto e = b;
                while (e < l.size() && l[e] != ' ' && std::string_view(".,;:!?\n").find(l[e]) == std::string_view::npos)
                    ++e;
                std::string_view const w = l.substr(b, e - b);
                if (w.empty() || std::find(std::begin(ends), std::end(ends), w) != std::end(ends)) break;
                // "that the billing migration is going to slip", "that your preferred approach", "this team actually
                // believe the Q2 plan": a determiner or an adverb in the head is no noun phrase the demonstrative
                // opens.
                if (head_end == std::string_view::npos &&
                    (w == "the" || w == "a" || w == "an" || w == "your" || w == "my" || w == "our" || w == "his" ||
                     w == "her" || w == "their" || w == "its" || w.ends_with("ly"))) {
                    head = {};
                    break;
                }
                if ((w == "for" || w == "of") && head_end == std::string_view::npos) {
                    head_end = end;
                } else if (head_end == std::string_view::npos) {
                    head = w;
                }
                if (w != "for" && w != "of") end = e;
                ++words;
                if (e >= l.size() || l[e] != ' ') break;
                b = e + 1;
            }
            if (head.empty() || !plan_noun11(head) || end <= from) continue;
            std::string words_said(text.substr(from, end - from));
            return "the " + words_said;
        }
    return {};
}

bool others_plan(std::string_view text, std::string_view l) {
    static constexpr std::string_view not_people[] = {
        "it",       "that",      "let",      "here",   "there",   "what",   "who",     "today",
        "tomorrow", "yesterday", "everyone", "nobody", "someone", "monday", "tuesday", "wednesday",
        "thursday", "friday",    "saturday", "sunday", "q1",      "q2",     "q3",      "q4",
        "next",     "last",      "this",     "week",   "month",   "year",   "quarter", "customer",
        "user",     "company",   "product",  "he",     "she",     "one"};
    for (std::size_t at = 0; at < l.size(); ++at) {
        if (!word_start11(l, at)) continue;
        std::size_t from = std::string_view::npos;
        for (std::string_view p : {"his ", "her ", "their "})
            if (l.compare(at, p.size(), p) == 0) from = at + p.size();
        if (from == std::string_view::npos && std::isalpha(static_cast<unsigned char>(l[at])) != 0) {
            auto e = at;
            while (e < l.size() && (std::isalnum(static_cast<unsigned char>(l[e])) != 0 || l[e] == '-')) ++e;
            std::string_view const w = l.substr(at, e - at);
            bool const possessive = l.compare(e, 3, "'s ") == 0 || l.compare(e, 5, "\u2019s ") == 0;
            // A capitalised name's ("Ravi's"), or a team's ("the platform team's").
            bool const someone = std::isupper(static_cast<unsigned char>(text[at])) != 0 || w == "team" || w == "pm";
            if (possessive && someone &&
                std::find(std::begin(not_people), std::end(not_people), w) == std::end(not_people))
                from = l.find(' ', e) + 1;
        }
        if (from == std::string_view::npos || from == 0) continue;
        // A plan's noun within its next three words, with no article between ("her the plan" is no possessive).
        for (std::size_t b = from, n = 0; n < 3 && b < l.size(); ++n) {
            auto e = b;
            while (e < l.size() && std::isalpha(static_cast<unsigned char>(l[e])) != 0) ++e;
            std::string_view const w = l.substr(b, e - b);
            if (w.empty() || w == "the" || w == "a" || w == "an") break;
            if (plan_noun11(w)) return true;
            if (e >= l.size() || l[e] != ' ') break;
            b = e + 1;
        }
    }
    return false;
}

namespace {

// The draft's own statements: its sentences that are not questions, not someone else's quoted words and not a
// fragment (12 characters or more), each with its byte range, for the slots that keep a sentence of the draft whole.
struct Statement {
    std::string_view text;
    detector::Range range;
};
std::vector<Statement> statements(std::string_view text, detector::Analysis const& a) {
    std::vector<Statement> out;
    for (std::size_t b = 0; b < text.size();) {
        auto e = text.find_first_of(".!?\n", b);
        if (e == std::string_view::npos) e = text.size();
        char const stop = e < text.size() ? text[e] : '.';
        std::string_view s = text.substr(b, e - b);
        b = e + 1;
        while (!s.empty() && (s.front() == ' ' || s.front() == '>')) s.remove_prefix(1);
        auto const start = static_cast<std::uint32_t>(s.data() - text.data());
        detector::Range const r{start, static_cast<std::uint32_t>(start + s.size())};
        if (stop != '?' && s.size() >= 12 && !inside(r, a.quoted)) out.push_back({s, r});
    }
    return out;
}

// A sentence of the draft as a card quotes it: no trailing punctuation, and a capital that only opened the sentence
// (one of `openers`) lowered.
std::string as_quoted(std::string_view s, std::initializer_list<std::string_view> openers) {
    std::string said(s);
    while (!said.empty() && std::string_view(" ,;:").find(said.back()) != std::string_view::npos) said.pop_back();
    for (std::string_view det : openers)
        if (said.starts_with(det)) said[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(said[0])));
    return said;
}

}  // namespace

std::string ask_stake(std::string_view text, detector::Analysis const& a) {
    static constexpr std::string_view commitments[] = {" already ",    " promised ",     " announced ", " booked ",
                                                       " printed ",    " scheduled ",    " told ",      " signed ",
                                                       " advertised ", " committed to ", " sold ",      " launched "};
    // leads16: "Legal needs it for the Initech contract", "Ops is blocked on it": someone who needs the work, and for
    // what, is a stake too.
    static constexpr std::string_view needed[] = {
        " needs it ",     " need it ",        " needs this ",   " needs that ",  " waiting on it", " waiting for it",
        " blocked on it", " blocked on this", " depends on it", " depend on it", " counting on it"};
    static constexpr std::string_view not_third[] = {"i",    "i'm",    "i'd",  "i'll",    "we",    "we're", "we'll",
                                                     "you",  "you're", "they", "they're", "it",    "it's",  "this",
                                                     "that", "he",     "she",  "he's",    "she's", "need",  "please"};
    static constexpr std::string_view asking[] = {"hasn't",  "haven't",  "isn't",    "aren't",   "wasn't",
                                                  "weren't", "didn't",   "doesn't",  "don't",    "won't",
                                                  "can't",   "couldn't", "wouldn't", "shouldn't"};
    for (auto const& [s, r] : statements(text, a)) {
        std::string low = " " + lower(s) + " ";
        bool const demand = low.starts_with(" need ") || low.starts_with(" we need ") || low.starts_with(" please ") ||
                            low.starts_with(" if ") || low.find(" just ") != std::string::npos ||
                            low.find(" should ") != std::string::npos || low.find(" shouldn't ") != std::string::npos;
        static constexpr std::string_view sizes[] = {" quick", " easy", " simple", " small", " tiny", " trivial"};
        bool const sized = std::any_of(std::begin(sizes), std::end(sizes),
                                       [&](std::string_view w) { return low.find(w) != std::string::npos; });
        std::string said(s);
        bool reason = false;
        for (std::string_view lead : {" because ", " since "})
            if (low.starts_with(lead)) {
                said.erase(0, lead.size() - 1);
                reason = true;
            }
        reason = reason || std::any_of(std::begin(commitments), std::end(commitments),
                                       [&](std::string_view w) { return low.find(w) != std::string::npos; });
        // Said of a third party ("Legal", "the client"), never of the writer or the reader ("they're ... and need it
        // ready by Friday" is the demand itself).
        auto const first = low.substr(1, low.find(' ', 1) - 1);
        bool const third = std::find(std::begin(not_third), std::end(not_third), first) == std::end(not_third);
        reason = reason || (third && std::any_of(std::begin(needed), std::end(needed),
                                                 [&](std::string_view w) { return low.find(w) != std::string::npos; }));
        // leads16: "Hasn't it already been 7 days for early paid users." is a question without its mark, no stake.
        if (std::find(std::begin(asking), std::end(asking), first) != std::end(asking)) continue;
        if (reason && !demand && !sized)
            return as_quoted(said, {"The ", "A ", "An ", "Our ", "We ", "They ", "It ", "Their ", "This "});
    }
    return {};
}

void lower_condition11(std::string& what) {
    for (std::string_view cond : {"If ", "When ", "Once ", "Unless ", "It "})
        if (what.starts_with(cond)) what[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(what[0])));
}

std::size_t with_its_condition(std::string_view text, std::size_t b) {
    auto k = b;
    while (k > 0 && text[k - 1] == ' ') --k;
    if (k == 0 || text[k - 1] != ',') return b;
    auto s = k - 1;
    while (s > 0 && std::string_view(".!?\n;:").find(text[s - 1]) == std::string_view::npos) --s;
    while (s < k && text[s] == ' ') ++s;
    std::string const clause = lower(text.substr(s, k - 1 - s));
    if (clause.find(',') != std::string::npos || clause.size() < 8) return b;
    for (std::string_view cond : {"if ", "when ", "once ", "unless "})
        if (clause.starts_with(cond)) return s;
    return b;
}
std::string goal_named(std::string_view text, std::vector<detector::Range> const& quoted) {
    std::string const l = lower(text);
    for (std::string_view noun : {"goal", "aim", "objective", "point"})
        for (auto at = l.find(noun); at != std::string::npos; at = l.find(noun, at + 1)) {
            bool const owned =
                (at >= 4 && l.compare(at - 4, 4, "the ") == 0) || (at >= 4 && l.compare(at - 4, 4, "our ") == 0);
            if (!owned || inside({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at)}, quoted)) continue;
            auto const is = l.find(" is ", at + noun.size());
            if (is == std::string::npos || is > at + noun.size() + 30) continue;
            std::string_view const between = std::string_view(l).substr(at + noun.size(), is - at - noun.size());
            if (between.find_first_of(".,;:!?\n") != std::string_view::npos) continue;
            auto const from = is + 4;
            auto end = l.find_first_of(".;!?\n", from);
            if (end == std::string::npos) end = l.size();
            for (std::string_view turn : {", but ", ", so ", ", and "})
                if (auto const t = l.find(turn, from); t != std::string::npos && t < end) end = t;
            std::string goal(text.substr(from, end - from));
            auto const words = std::count(goal.begin(), goal.end(), ' ') + 1;
            if (words < 2 || words > 14 || lower(goal).starts_with("that ") || lower(goal).starts_with("to ship"))
                continue;
            return goal;
        }
    return {};
}
// --- end cards11 ---

std::string risk_clause(std::string_view text, detector::Analysis const& a, bool spoken) {
    std::string const l = lower(text);
    // A modal and a verb of harm: "will lock", "won't scale", "would double-charge", "could leak". Spoken forms
    // ("we'll overcharge people") are read for the cards only: the triage reads the written ones.
    // leads18: "we'd be issuing wrong invoices to 40k accounts" (spoken, for the cards).
    static constexpr std::string_view all_modals[] = {" will ", " won't ",   " would ", " could ",    " is going to ",
                                                      "'ll ",   "\u2019ll ", "'d be ",  "\u2019d be "};
    auto const modals = std::span(all_modals).first(spoken ? std::size(all_modals) : 5);
    static constexpr std::string_view harms[] = {
        "lock",     "break",     "double",  "time out",   "fail",      "lose",      "drop",      "leak",      "crash",
        "overload", "exceed",    "block",   "corrupt",    "stall",     "slow",      "scale",     "expose",    "spike",
        "wipe",     "delete",    "charge",  "bring down", "take down", "hit every", "miss",      "duplicate", "flood",
        "page",     "overwrite", "hurt",    "harm",       "confuse",   "annoy",     "frustrate", "upset",     "degrade",
        "regress",  "disrupt",   "cost us", "cost the",   "cost our",  "backfire",  "alienate",  "brick"};
    static constexpr std::string_view harm_words[] = {
        " stale ",     " wrong ",     " twice",    " duplicate",  " outage", " errors",      " data loss",
        " downtime",   " lockout",    " insecure", " locked out", " double", " out of sync", " unreachable",
        " logged out", " signed out", " lose ",    " lost ",      " broken"};
    for (auto const modal : modals)
        for (auto at = l.find(modal); at != std::string::npos; at = l.find(modal, at + 1)) {
            std::string_view after = std::string_view(l).substr(at + modal.size());
            after = after.substr(0, std::min(after.size(), after.find_first_of(".,;:!?\n")));
            // The verb says the harm ("will lock"), or what follows it does ("will serve stale prices").
            bool const harmful =
                std::any_of(std::begin(harms), std::end(harms),
                            [&](std::string_view h) {
                                return after.starts_with(h) || after.starts_with("not " + std::string(h));
                            }) ||
                std::any_of(std::begin(harm_words), std::end(harm_words),
                            [&](std::string_view h) { return after.find(h) != std::string_view::npos; }) ||
                (spoken && (after.starts_with("overcharge") || after.starts_with("undercharge")));
            if (!harmful) continue;
            // The clause around the modal: from the last clause break before it to the next one after.
            std::size_t b = at;
            while (b > 0 && std::string_view(".,;:!?\n").find(text[b - 1]) == std::string_view::npos) --b;
            std::size_t e = at + modal.size();
            while (e < text.size() && std::string_view(".,;:!?\n").find(text[e]) == std::string_view::npos) ++e;
            while (b < e && text[b] == ' ') ++b;
            b = with_its_condition(text, b);  // cards11: "If the vendor rate-limits us, patients will ..."
            // r29: "Emailing Dana's director tonight because Sam's plan to ... is going to hurt renewals": what the
            // writer does about it is no part of the risk; the risk is the reason given.
            if (auto const why = lower(text.substr(b, at - b)).rfind(" because "); why != std::string::npos)
                b += why + 9;
            // The writer's feeling before it ("I'm worried (that)", "I think") is not part of the risk.
            std::string const head = lower(text.substr(b, at - b));
            for (std::string_view lead :
                 {"i'm worried that ", "i'm worried ", "i am worried that ", "i'm concerned that ", "i'm concerned ",
                  "i worry that ", "i worry ", "i fear ", "i think that ", "i think ", "my worry is that ",
                  "my concern is that ", "honestly "})
                if (head.starts_with(lead)) {
                    b += lead.size();
                    break;
                }
            std::string what = clause_text(text, {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)},
                                           a.quoted, reframing_slots[slot_index("consequence")].max_size);
            if (std::count(what.begin(), what.end(), ' ') < 3) continue;
            // "her retry design will ...": the plan's design, not the person's.
            for (std::string_view pron : {"her ", "his ", "their ", "Her ", "His ", "Their "})
                if (what.starts_with(pron)) what.replace(0, pron.size(), "the ");
            // r29: "Sam's plan to ...": a name's plan is the plan.
            if (auto const poss = what.find("'s "); poss != std::string::npos && poss > 1 && poss < 20 &&
                                                    std::isupper(static_cast<unsigned char>(what[0])) != 0 &&
                                                    what.substr(0, poss).find(' ') == std::string::npos)
                for (std::string_view plan : {"plan ", "proposal ", "spec ", "design ", "idea ", "roadmap "})
                    if (what.compare(poss + 3, plan.size(), plan) == 0) {
                        what.replace(0, poss + 3, "the ");
                        break;
                    }
            lower_article(what);
            lower_condition11(what);  // cards11
            return what;
        }
    return {};
}

namespace {

// "adding" gives "added", "cutting" "cut", "copying" "copied": the past participle of a gerund; empty when `ing` is
// none.
std::string participle_of(std::string_view ing) {
    static constexpr std::pair<std::string_view, std::string_view> irregular[] = {
        {"cutting", "cut"},          {"putting", "put"},         {"setting", "set"},     {"making", "made"},
        {"taking", "taken"},         {"bringing", "brought"},    {"throwing", "thrown"}, {"sending", "sent"},
        {"writing", "written"},      {"rewriting", "rewritten"}, {"building", "built"},  {"breaking", "broken"},
        {"giving", "given"},         {"doing", "done"},          {"redoing", "redone"},  {"leaving", "left"},
        {"forgetting", "forgotten"}, {"spending", "spent"},      {"running", "run"},     {"saying", "said"},
        {"telling", "told"},         {"selling", "sold"},        {"dumping", "dumped"},  {"shipping", "shipped"}};
    for (auto const& [g, p] : irregular)
        if (ing == g) return std::string(p);
    if (ing.size() < 6 || !ing.ends_with("ing")) return {};
    std::string stem(ing.substr(0, ing.size() - 3));
    auto const vowel = [](char c) { return std::string_view("aeiou").find(c) != std::string_view::npos; };
    if (stem.ends_with('y') && !vowel(stem[stem.size() - 2])) return stem.substr(0, stem.size() - 1) + "ied";
    return stem + (stem.ends_with('e') ? "d" : "ed");
}

// A noun phrase's number, by its head: "the review comments" are, "the launch" is.
bool plural(std::string_view np) {
    auto const head = np.substr(np.find_last_of(' ') == std::string_view::npos ? 0 : np.find_last_of(' ') + 1);
    return (head.size() > 2 && head.ends_with('s') && !head.ends_with("ss") && !head.ends_with("us")) ||
           head == "criteria" || head == "data" || head == "people";
}

}  // namespace

std::string jab_facts(std::string_view text, std::string_view l) {
    // The words of a piece as ranges of `l` (`text` lower-cased, the same length).
    struct Word {
        std::size_t b, e;
    };
    auto const word_at = [&](Word w) { return l.substr(w.b, w.e - w.b); };
    auto const original = [&](std::size_t b, std::size_t e) { return std::string(text.substr(b, e - b)); };
    auto const person = [&](Word w) {
        std::string_view const s = word_at(w);
        for (std::string_view p : {"he", "she", "they", "you", "u", "someone", "somebody", "product", "sales"})
            if (s == p) return true;
        // A name: a capital word that does not open the sentence ("since Rahul keeps ...").
        return std::isupper(static_cast<unsigned char>(text[w.b])) != 0 && w.b > 0 && text[w.b - 1] == ' ' && s != "i";
    };
    // Where a noun phrase that follows a verb ends: before the time, the place or the manner its clause adds ("four
    // features | the day before code freeze", "the launch | to Friday").
    auto const np_end = [&](std::vector<Word> const& ws, std::size_t from) {
        std::size_t k = from + 1;
        for (; k < ws.size(); ++k) {
            std::string_view const s = word_at(ws[k]);
            bool stop = false;
            for (std::string_view w :
                 {"to",    "for",     "before",    "after", "during",  "on",       "at",   "in",      "into",
                  "again", "without", "yesterday", "today", "tonight", "tomorrow", "last", "this",    "every",
                  "right", "mid",     "twice",     "from",  "with",    "and",      "so",   "because", "since"})
                stop = stop || s == w;
            if (s == "the" && k + 1 < ws.size() &&
                (word_at(ws[k + 1]) == "day" || word_at(ws[k + 1]) == "night" || word_at(ws[k + 1]) == "week" ||
                 word_at(ws[k + 1]) == "morning" || word_at(ws[k + 1]) == "hour"))
                stop = true;
            // "changed the code a lot", "moved the demo a bit": how much, not the thing.
            if (s.starts_with("mid-")) stop = true;
            // "two days before the beta", "3 weeks into the sprint": a length of time opens the when.
            if (k + 1 < ws.size() && (std::isdigit(static_cast<unsigned char>(s[0])) != 0 || s == "two" ||
                                      s == "three" || s == "four" || s == "five" || s == "few" || s == "couple")) {
                std::string_view const unit = word_at(ws[k + 1]);
                for (std::string_view u : {"minute", "hour", "day", "night", "week", "sprint", "month"})
                    stop = stop || unit.starts_with(u);
            }
            if (s == "a" && k + 1 < ws.size() &&
                (word_at(ws[k + 1]) == "lot" || word_at(ws[k + 1]) == "bit" || word_at(ws[k + 1]) == "few"))
                stop = true;
            if (stop) break;
        }
        return k;
    };
    // "a thing V-ed (tail)": the object of someone's doing, said without them.
    auto const done_to = [&](std::vector<Word> const& ws, std::size_t obj, std::string_view ing, bool repeated,
                             std::size_t end) -> std::string {
        if (obj >= ws.size()) return {};
        std::string_view const first = word_at(ws[obj]);
        // The object is a thing, not a person or the writer ("ignoring me", "adding us").
        for (std::string_view no : {"me", "us", "him", "her", "them", "you", "it", "that", "this", "everyone"})
            if (first == no) return {};
        std::size_t const k = np_end(ws, obj);
        std::string const np = original(ws[obj].b, ws[k - 1].e);
        std::string const tail = k < ws.size() ? " " + original(ws[k].b, end) : std::string{};
        bool const many = plural(lower(np));
        // Comments, questions and messages ignored are what waits for an answer.
        if (ing == "ignoring" || ing == "ignored") {
            static constexpr std::string_view answerable[] = {"comment", "question", "message", "email",  "ping",
                                                              "review",  "feedback", "request", "ticket", "thread"};
            std::string const head =
                lower(np.substr(np.find_last_of(' ') == std::string::npos ? 0 : np.find_last_of(' ') + 1));
            // "my comments on the PRD": the whole phrase waits, where it was left included.
            if (std::any_of(std::begin(answerable), std::end(answerable),
                            [&](std::string_view h) { return head.starts_with(h); }))
                return np +
                       (tail.starts_with(" on ") || tail.starts_with(" in ") || tail.starts_with(" about ") ? tail
                                                                                                            : "") +
                       (many ? " are" : " is") + " still unanswered";
        }
        std::string const part = ing.ends_with("ing") ? participle_of(ing) : std::string(ing);
        if (part.empty()) return {};
        if (repeated) return np + (many ? " have" : " has") + " been " + part + " more than once" + tail;
        return np + (many ? " were " : " was ") + part + tail;
    };
    // What opens the jab ("wow", "oh", "gotta", "i", "really") and the praise it mocks with.
    auto const opener = [](std::string_view s) {
        for (std::string_view o : {"wow", "oh", "gotta", "i", "just", "really", "so", "omg", "lol", "honestly", "ah",
                                   "always", "very", "yay", "cool"})
            if (s == o) return true;
        return false;
    };
    auto const praise = [](std::string_view s) {
        for (std::string_view p : {"love", "great", "nice", "good", "glad", "wonderful", "fantastic", "awesome",
                                   "perfect", "lovely", "brilliant", "amazing"})
            if (s == p) return true;
        return false;
    };
    auto const lead = [&](std::string_view s) { return opener(s) || praise(s); };
    std::size_t b = 0;
    for (std::size_t i = 0; i <= l.size(); ++i) {
        if (i < l.size() && std::string_view(".!?\n;:").find(l[i]) == std::string_view::npos) continue;
        std::size_t const pb = b, pe = i;
        b = i + 1;
        // The piece's words, up to its first comma (the jab after it is the writer's: ", super organized").
        std::vector<Word> ws;
        std::size_t end = pe;
        for (std::size_t k = pb; k < pe;) {
            auto const c = static_cast<unsigned char>(l[k]);
            // "Oh good, the payroll export is moving again": a comma after the praise alone opens the clause.
            if (l[k] == ',' && !ws.empty() &&
                !std::all_of(ws.begin(), ws.end(), [&](Word x) { return lead(word_at(x)); })) {
                end = k;
                break;
            }
            if (std::isalnum(c) == 0) {
                ++k;
                continue;
            }
            std::size_t e = k;
            while (e < pe && (std::isalnum(static_cast<unsigned char>(l[e])) != 0 || l[e] == '\'' || l[e] == '-')) ++e;
            ws.push_back({k, e});
            k = e;
        }
        if (ws.size() < 4) continue;
        // The piece ends with its last word (and a quote closing it), not with an emoji after it.
        end = std::min(end, ws.back().e);
        if (end < pe && (text[end] == '"' || text[end] == '\'')) ++end;
        std::size_t w = 0;
        while (w < ws.size() && opener(word_at(ws[w]))) ++w;
        auto const at = [&](std::size_t k) { return k < ws.size() ? word_at(ws[k]) : std::string_view{}; };
        auto const comma_after = [&](std::size_t k) {
            return k < ws.size() && ws[k].e < l.size() && l[ws[k].e] == ',';
        };
        std::string out;
        // "Thanks so much for adding four features the day before code freeze": what was done, without the doer.
        if (at(w) == "thanks" || (at(w) == "thank" && at(w + 1) == "you")) {
            std::size_t k = w + (at(w) == "thank" ? 2 : 1);
            while (at(k) == "so" || at(k) == "much" || at(k) == "a" || at(k) == "lot" || at(k) == "again") ++k;
            if (at(k) == "for" && at(k + 1).ends_with("ing")) out = done_to(ws, k + 2, at(k + 1), false, end);
        }
        // "Love how the requirements changed for the third time this week": the fact the praise mocks.
        // "Nice to see the roadmap changed again", "Oh wonderful, the deadline moved up again": the same, after a
        // comma or "to see".
        else if (praise(at(w)) && (at(w + 1) == "how" || at(w + 1) == "that" || at(w + 1) == "when" ||
                                   at(w + 1) == "seeing" || (at(w + 1) == "it" && at(w + 2) == "when") ||
                                   (at(w + 1) == "to" && at(w + 2) == "see") || comma_after(w))) {
            bool const comma = comma_after(w);
            std::size_t s = w + (comma ? 1 : at(w + 1) == "it" || at(w + 1) == "to" ? 3 : 2);
            while (comma && s < ws.size() && opener(at(s))) ++s;
            // After a bare comma the clause is a thing's ("the release is moved again"), not "another 'quick win'".
            bool const thing =
                !comma || at(s) == "the" || at(s) == "our" || at(s) == "this" || at(s) == "we" || at(s) == "we're";
            if (!thing) {
            } else if (s + 2 < ws.size() && person(ws[s])) {
                // "love how you moved the launch again": the launch was moved again.
                if (at(s + 1).ends_with("ed")) out = done_to(ws, s + 2, at(s + 1), false, end);
            } else if (s + 2 < ws.size() && at(s) != "i" && at(s) != "it") {
                // A quoted claim keeps its quotes: '"just a config change" turned into three services'.
                std::size_t from = ws[s].b;
                if (from > 0 && (text[from - 1] == '"' || text[from - 1] == '\'')) --from;
                if (from >= 3 && (text.substr(from - 3, 3) == "\u201c" || text.substr(from - 3, 3) == "\u2018"))
                    from -= 3;
                out = original(from, end);
                // "the requirements changed ... for the third time": what has kept happening, said as such.
                std::string const low = lower(out);
                bool const again = low.find(" time") != std::string::npos || low.find(" again") != std::string::npos;
                for (std::size_t k = s + 1; again && k < std::min(ws.size(), s + 6); ++k) {
                    // "the release is moved again" has its verb already.
                    std::string_view const v = at(k);
                    if (v == "is" || v == "are" || v == "was" || v == "were" || v == "has" || v == "have" ||
                        v == "had" || v == "will" || v == "keeps" || v == "got" || v == "gets")
                        break;
                    if (v.ends_with("ed")) {
                        auto const subject = lower(original(ws[s].b, ws[k - 1].e));
                        out.insert(ws[k].b - from, plural(subject) ? "have " : "has ");
                        break;
                    }
                }
            }
        }
        // "Copying Rahul's manager since he keeps ignoring the review comments": the reason, without the person.
        else {
            for (std::size_t k = 0; k + 3 < ws.size() && out.empty(); ++k) {
                std::string_view const s = at(k);
                if ((s != "since" && s != "because" && s != "cause" && s != "bc" && s != "as") || !person(ws[k + 1]))
                    continue;
                std::size_t v = k + 2;
                bool repeated = false;
                if (at(v) == "keeps" || at(v) == "keep" || at(v) == "kept" || at(v) == "always") {
                    repeated = true;
                    ++v;
                } else if ((at(v) == "is" || at(v) == "are" || at(v) == "was") && at(v + 1) == "always") {
                    repeated = true;
                    v += 2;
                }
                if (repeated ? at(v).ends_with("ing") : at(v).ends_with("ed"))
                    out = done_to(ws, v + 1, at(v), repeated, end);
            }
        }
        if (out.empty()) continue;
        // "for the third time" is "three times"; "for the millionth time" is the jab's, not a count.
        static constexpr std::pair<std::string_view, std::string_view> counts[] = {
            {"for the second time", "twice"},      {"for the 2nd time", "twice"},
            {"for the third time", "three times"}, {"for the 3rd time", "three times"},
            {"for the fourth time", "four times"}, {"for the 4th time", "four times"},
            {"for the fifth time", "five times"},  {"for the 5th time", "five times"}};
        for (auto const& [from, to] : counts)
            if (auto const k = lower(out).find(from); k != std::string::npos) out.replace(k, from.size(), to);
        // Nothing of the jab or the person may remain: praise, a person or a count that only mocks.
        std::string const low = " " + lower(out) + " ";
        bool jab = false;
        for (std::string_view no : {" super ",     " great ",     " amazing ", " genius ",    " brilliant ",
                                    " love ",      " nice ",      " awesome ", " fantastic ", " wonderful ",
                                    " organized ", " obviously ", " clearly ", " he ",        " she ",
                                    " you ",       " his ",       " her ",     " your ",      " lol ",
                                    " millionth ", " 100th ",     " nth ",     " /s ",        " again and again "})
            jab = jab || low.find(no) != std::string::npos;
        while (!out.empty() && std::string_view(" ,-").find(out.back()) != std::string_view::npos) out.pop_back();
        if (jab || std::count(out.begin(), out.end(), ' ') < 2) continue;
        lower_article(out);
        return out;
    }
    return {};
}

std::string plan_named(std::string_view text, std::string_view l, detector::Analysis const& a, bool mocked) {
    // How the plan follows its lead: a thing (a noun phrase with its determiner: "escalate the Q4 roadmap to ...",
    // "tired of the requirements changing ...", "agree the Q4 migration plan is ..."), a doing ("propose storing
    // sessions in the JWT"), or, in a sarcastic draft only, the plan mocked ("let's rewrite billing in a week"): the
    // writer's own "let's" elsewhere is what they mean to do, not the plan.
    enum class Shape : std::uint8_t { thing, doing, mocked };
    struct Lead {
        std::string_view words;
        Shape shape;
    };
    static constexpr Lead leads[] = {
        {"the plan to ", Shape::doing},
        {"let's ", Shape::mocked},
        {"let\u2019s ", Shape::mocked},
        {"proposing ", Shape::doing},
        {"propose ", Shape::doing},
        {"proposes ", Shape::doing},
        {"proposed ", Shape::doing},
        {"suggesting ", Shape::doing},
        {"suggest ", Shape::doing},
        {"suggests ", Shape::doing},
        {"escalate ", Shape::thing},
        {"escalating ", Shape::thing},
        {"tired of ", Shape::thing},
        {"fed up with ", Shape::thing},
        {"sick of ", Shape::thing},
        {"keeps pushing ", Shape::thing},
        {"taking ", Shape::thing},
        {"take ", Shape::thing},
        {"agree that ", Shape::thing},
        {"agree ", Shape::thing},
        {"about ", Shape::thing},
        {"showed ", Shape::thing},
        {"demoed ", Shape::thing},
        {"pitched ", Shape::thing},
        // r29: "does anyone else think it's insane that we're cutting the accessibility audit to hit the date?"
        {"that we're ", Shape::doing},
        {"that we\u2019re ", Shape::doing},
        {"that we are ", Shape::doing}};
    // The plan after a lead that ends at `b`, or empty when what follows names none.
    auto const plan_after = [&](std::size_t b, Shape shape) -> std::string {
        auto e = b;
        while (e < l.size() && std::string_view(".,;:!?\n").find(l[e]) == std::string_view::npos) ++e;
        std::string_view rest = l.substr(b, e - b);
        // A thing opens with its determiner; "escalating to the VP", "agree in standup", "agree it's a mistake"
        // name none.
        // ("teh", a slip of the keys, is "the".)
        if (shape == Shape::thing && !rest.starts_with("the ") && !rest.starts_with("our ") &&
            !rest.starts_with("this ") && !rest.starts_with("these ") && !rest.starts_with("a ") &&
            !rest.starts_with("an ") && !rest.starts_with("teh "))
            return {};
        // "thinking about a quote", "sorry about the wait": what a thought or an apology is about is not a plan
        // taken anywhere.
        if (shape == Shape::thing && b >= 6 && l.substr(0, b).ends_with("about ")) {
            std::size_t const end = b - 6;  // "about " starts here
            std::size_t v = end;
            while (v > 0 && l[v - 1] == ' ') --v;
            std::size_t const stop = v;
            while (v > 0 && std::isalpha(static_cast<unsigned char>(l[v - 1]))) --v;
            std::string_view const verb = l.substr(v, stop - v);
            for (std::string_view no : {"thinking", "think", "thought", "sorry", "excited", "learned", "heard",
                                        "statement", "discussion", "nothing"})
                if (verb == no) return {};
        }
        // "this here", "this but": a demonstrative names a thing only with its noun.
        if (rest.starts_with("this ") && !reads_as_object("the " + std::string(rest.substr(5, rest.find(' ', 5) - 5))))
            return {};
        // "about a week", "about the same": how long or how much, not a plan.
        if (duration_at(rest) == 0 || rest.starts_with("the same") || rest.starts_with("a bit") ||
            rest.starts_with("a lot") || rest.starts_with("the time") || rest.starts_with("the rest"))
            return {};
        // A doing opens with its verb, not with a person ("suggest we ...", "propose to him").
        if (shape == Shape::doing && !rest.starts_with("the ")) {
            auto const space = rest.find(' ');
            if (space == std::string_view::npos || !rest.substr(0, space).ends_with("ing")) return {};
            // ("that we're going to", "that we're being asked", "that we're getting": no plan named by its verb.)
            for (std::string_view no : {"going ", "being ", "getting ", "doing ", "having ", "trying ", "seeing "})
                if (rest.starts_with(no)) return {};
        }
        // The mocked plan: a plan, not the writer's "let's be real" or "let's talk".
        if (shape == Shape::mocked)
            for (std::string_view no : {"be ", "talk", "discuss", "sync", "make some noise", "get real", "see "})
                if (rest.starts_with(no)) return {};
        // A thing ends where its clause does: before its verb, a person, a condition or where it is taken.
        for (std::string_view stop :
             {" is ",      " are ",    " was ",      " will ",    " won't ",   " would ", " because ", " which ",
              " without ", " - ",      " and that ", " over ",    " i'm ",     " i ",     " if ",      " than ",
              " before ",  " when ",   " so ",       " straight", " directly", " up to ", " rather",   " but ",
              " not ",     " from a ", " at the ",   " in the ",  " and we ",  " and i ", " a few ",   " tomorrow",
              " today",    " here",    " since ",    " until ",   " after "})
            if (auto const k = rest.find(stop); k != std::string_view::npos) rest = rest.substr(0, k);
        if (shape == Shape::thing) rest = rest.substr(0, rest.find(" to "));
        if (std::count(rest.begin(), rest.end(), ' ') < 1) return {};
        auto const from = static_cast<std::uint32_t>(rest.data() - l.data());
        std::string words = clause_text(text, {from, static_cast<std::uint32_t>(from + rest.size())}, a.quoted, 100);
        if (words.empty()) return {};
        // The card speaks of the idea without the writer's contempt for it: "this half-baked design" is "this
        // design" in the 1:1 it proposes.
        for (std::string_view loaded : {"half-baked ", "half baked ", "stupid ", "dumb ", "idiotic ", "ridiculous ",
                                        "terrible ", "awful ", "crappy ", "garbage ", "insane ", "braindead ",
                                        "brain-dead ", "pointless ", "useless ", "silly ", "lazy ", "sloppy "})
            if (auto const k = lower(words).find(loaded); k != std::string::npos && k > 0 && words[k - 1] == ' ')
                words.erase(k, loaded.size());
        std::string out = (shape == Shape::mocked ? "the plan to " : "") + words;
        if (lower(out).starts_with("teh ")) out.replace(0, 3, "the");
        lower_article(out);
        return out;
    };
    // One pass over the word starts: the first lead, in the draft's order, that names a plan.
    for (std::size_t at = 0; at < l.size(); ++at) {
        // Only a word start whose letter opens some lead ("t", "l", "p", "s", "e", "f", "k", "a") is tried.
        if ((at > 0 && l[at - 1] >= 'a' && l[at - 1] <= 'z') ||
            std::string_view("tlpsefkad").find(l[at]) == std::string_view::npos)
            continue;
        for (auto const& lead : leads) {
            if (l[at] != lead.words[0] || (lead.shape == Shape::mocked && !mocked) ||
                l.compare(at, lead.words.size(), lead.words) != 0)
                continue;
            if (auto plan = plan_after(at + lead.words.size(), lead.shape); !plan.empty()) return plan;
        }
    }
    return {};
}

// --- cards10: a stop's plan judged, a guess at users, a size conceded ---
std::string plan_judged(std::string_view text, std::string_view l) {
    static constexpr std::string_view plan_nouns[] = {
        "spec",    "specs",        "plan",      "plans",    "design", "designs",  "proposal", "prd",
        "roadmap", "estimate",     "estimates", "rfc",      "doc",    "mockups",  "mockup",   "ticket",
        "tickets", "requirements", "brief",     "approach", "schema", "timeline", "pitch",    "wireframes"};
    // (r32, trial35 #22: "Her plan for the bin collection launch isn't going to work": a verdict said as a negation.)
    static constexpr std::string_view verdicts[] = {" is ",       " are ",        " was ",        " were ",
                                                    " makes no ", " reads like ", " looks like ", " isn't ",
                                                    " won't ",    " doesn't ",    " is not ",     " will not "};
    for (std::size_t at = 0; at < l.size(); ++at) {
        if (at > 0 && cues::word_byte(l[at - 1])) continue;
        // The possessive: "his", "her", "their", or a capitalised name's ("Marco's").
        std::size_t from = std::string_view::npos;
        for (std::string_view p : {"his ", "her ", "their "})
            if (l.compare(at, p.size(), p) == 0) from = at + p.size();
        if (from == std::string_view::npos && std::isupper(static_cast<unsigned char>(text[at])) != 0) {
            auto e = at;
            while (e < l.size() && std::isalpha(static_cast<unsigned char>(l[e])) != 0) ++e;
            if (l.compare(e, 3, "'s ") == 0) from = e + 3;
        }
        if (from == std::string_view::npos) continue;
        // The noun phrase runs to the verdict's verb within its clause.
        auto end = from;
        while (end < l.size() && std::string_view(".,;:!?\n").find(l[end]) == std::string_view::npos) ++end;
        std::string_view const clause = l.substr(from, end - from);
        std::size_t verb = std::string_view::npos;
        for (auto v : verdicts) verb = std::min(verb, (" " + std::string(clause)).find(v));
        if (verb == std::string_view::npos || verb == 0) continue;
        std::string_view const np = clause.substr(0, verb - 1);
        // r29: "Priya's plan to put contract e-signing behind the new gallery paywall is going to tank renewals": a
        // plan said with what it does ("plan to", "proposal to", "idea to") runs longer than a plan named by its noun.
        bool const doing = np.starts_with("plan to ") || np.starts_with("proposal to ") || np.starts_with("idea to ") ||
                           np.starts_with("plan of ") || np.starts_with("idea of ");
        if (std::count(np.begin(), np.end(), ' ') > (doing ? 12 : 6)) continue;
        // A plan's noun among its words ("routing spec for the food trucks", "spec for refunds").
        bool plan = false;
        for (std::size_t b = 0; b <= np.size();) {
            auto e = np.find(' ', b);
            if (e == std::string_view::npos) e = np.size();
            std::string_view const w = np.substr(b, e - b);
            plan = plan || std::find(std::begin(plan_nouns), std::end(plan_nouns), w) != std::end(plan_nouns);
            b = e + 1;
        }
        if (!plan) continue;
        std::string words(text.substr(from, np.size()));
        for (std::string_view loaded : {"half-baked ", "half baked ", "stupid ", "dumb ", "ridiculous ", "terrible ",
                                        "awful ", "crappy ", "garbage ", "insane ", "lazy ", "sloppy "})
            if (auto const k = lower(words).find(loaded); k == 0 || (k != std::string::npos && words[k - 1] == ' '))
                words.erase(k, loaded.size());
        if (words.empty()) continue;
        return "the " + words;
    }
    return {};
}

bool predicts_user_reaction(std::string_view l) {
    static constexpr std::string_view people[] = {
        "users",     "customers", "riders",   "members",  "players",   "patients", "drivers", "people",
        "admins",    "students",  "parents",  "shoppers", "guests",    "clients",  "buyers",  "sellers",
        "merchants", "editors",   "teachers", "visitors", "listeners", "readers",  "fans",    "subscribers"};
    static constexpr std::string_view modals[] = {" will ",  "'ll ",       " are going to ", " are gonna ", " would ",
                                                  " won't ", " wouldn't ", " will not ",     " will never "};
    static constexpr std::string_view reactions[] = {"hate",
                                                     "dislike",
                                                     "not like",
                                                     "never use",
                                                     "not use",
                                                     "be confused",
                                                     "get confused",
                                                     "be annoyed",
                                                     "be upset",
                                                     "be mad",
                                                     "be furious",
                                                     "complain",
                                                     "riot",
                                                     "revolt",
                                                     "freak out",
                                                     "churn",
                                                     "like it",
                                                     "like this",
                                                     "like that",
                                                     "use it",
                                                     "use this",
                                                     "want it",
                                                     "want this",
                                                     "understand it",
                                                     "find it confusing",
                                                     "find this confusing",
                                                     "get lost",
                                                     "give up",
                                                     "leave"};
    for (auto who : people)
        for (auto at = l.find(who); at != std::string_view::npos; at = l.find(who, at + 1)) {
            if (at > 0 && cues::word_byte(l[at - 1])) continue;
            auto const after = l.substr(at + who.size());
            for (auto m : modals) {
                if (!after.starts_with(m) && !(m.front() == '\'' && after.starts_with(m))) continue;
                auto const rest = after.substr(m.size());
                bool const negated = m.find("n't") != std::string_view::npos ||
                                     m.find("not") != std::string_view::npos ||
                                     m.find("never") != std::string_view::npos;
                for (auto r : reactions) {
                    if (!rest.starts_with(r)) continue;
                    // "users will like it", "customers will use it" are guesses only when negated; "hate" is one
                    // either way.
                    bool const liking = r.starts_with("like ") || r.starts_with("use ") || r.starts_with("want ") ||
                                        r.starts_with("understand ");
                    if (liking && !negated) continue;
                    if (!liking && negated) continue;
                    return true;
                }
            }
        }
    return false;
}

std::string own_step_offered(std::string_view text, detector::Analysis const& a) {
    std::string const l = lower(text);
    static constexpr std::string_view not_steps[] = {
        "like",    "love",         "want",     "say",       "think",    "prefer", "rather",    "suggest",    "propose",
        "be",      "have",         "need",     "hate",      "guess",    "argue",  "push",      "ask",        "expect",
        "imagine", "assume",       "bet",      "still",     "also",     "really", "probably",  "definitely", "never",
        "not",     "appreciate",   "welcome",  "recommend", "hope",     "feel",   "worry",     "question",   "only",
        "just",    "go",           "been",     "agree",     "disagree", "object", "wait",      "hold",       "pause",
        "keep",    "add",          "consider", "call",      "describe", "rate",   "judge",     "put",        "point",
        "venture", "characterize", "classify", "count",     "happily",  "gladly", "personally"};
    for (auto at = l.find("i'd "); at != std::string::npos; at = l.find("i'd ", at + 1)) {
        // At the start of a sentence only.
        std::size_t k = at;
        while (k > 0 && text[k - 1] == ' ') --k;
        if (k > 0 && std::string_view(".!?\n:").find(text[k - 1]) == std::string_view::npos) continue;
        if (inside({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at)}, a.quoted)) continue;
        auto const b = at + 4;
        auto e = b;
        while (e < l.size() && std::isalpha(static_cast<unsigned char>(l[e])) != 0) ++e;
        std::string_view const verb = std::string_view(l).substr(b, e - b);
        if (verb.size() < 3 || std::find(std::begin(not_steps), std::end(not_steps), verb) != std::end(not_steps))
            continue;
        auto const r = sentence_around(text, at);
        if (r.end < text.size() && text[r.end] == '?') continue;
        std::string p = clause_text(text, {static_cast<std::uint32_t>(b), r.end}, a.quoted, 140);
        if (std::count(p.begin(), p.end(), ' ') < 2) continue;
        return p;
    }
    return {};
}

std::string or_unguarded(std::string risk, std::string_view text, detector::Analysis const& a) {
    if (!risk.empty()) return risk;
    std::string const l = lower(text);
    for (std::string_view lead : {"nothing stops ", "nothing prevents ", "nothing keeps ", "nothing would stop ",
                                  "nothing would prevent ", "nothing is stopping ", "there's nothing stopping "}) {
        for (auto at = l.find(lead); at != std::string::npos; at = l.find(lead, at + 1)) {
            if ((at > 0 && std::isalpha(static_cast<unsigned char>(l[at - 1])) != 0) ||
                inside({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at)}, a.quoted))
                continue;
            auto e = l.find_first_of(".;!?\n", at);
            if (e == std::string::npos) e = l.size();
            std::string_view const clause = std::string_view(l).substr(at, e - at);
            if (clause.find(" from ") == std::string_view::npos) continue;
            std::string out =
                clause_text(text, {static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(e)}, a.quoted, 160);
            if (std::count(out.begin(), out.end(), ' ') < 4) continue;
            if (!out.empty()) out[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(out[0])));
            return out;
        }
    }
    return {};
}

bool concedes_size(std::string_view low) {
    for (std::string_view itself : {" itself is ", " itself takes ", " itself's ", " on its own is "})
        if (auto const at = low.find(itself); at != std::string_view::npos) {
            auto const rest = low.substr(at + itself.size());
            for (std::string_view small : {"a day", "one day", "1 day", "half a day", "an hour", "a few hours",
                                           "an afternoon", "a morning", "quick", "easy", "small", "simple", "trivial",
                                           "tiny", "done", "the easy part", "minutes", "a couple of hours"})
                if (rest.starts_with(small)) return true;
        }
    return false;
}
// --- end cards10 ---

std::string denied_size(std::string_view text, detector::Analysis const& a) {
    std::string const l = lower(text);
    for (std::string_view lead : {"not a ", "isn't a ", "is not a ", "not an ", "isn't an ", "no "}) {
        for (auto at = l.find(lead); at != std::string::npos; at = l.find(lead, at + 1)) {
            auto const b = at + lead.size();
            auto const dash = l.find('-', b);
            if (dash == std::string::npos || dash - b > 8 || dash == b) continue;
            for (std::string_view unit : {"day", "week", "hour", "sprint", "month", "minute"}) {
                if (l.compare(dash + 1, unit.size(), unit) != 0) continue;
                std::size_t const end = dash + 1 + unit.size();
                if (end < l.size() && std::isalpha(static_cast<unsigned char>(l[end]))) continue;
                detector::Range const r{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(end)};
                if (inside(r, a.quoted)) continue;
                std::string const n = std::string(text.substr(b, dash - b));
                bool const one = n == "one" || n == "1" || n == "a";
                return n + " " + std::string(unit) + (one ? "" : "s");
            }
        }
    }
    return {};
}

namespace {
// The start and end of the first length of time in `l` ("3 weeks", "two sprints"); npos when none.
std::pair<std::size_t, std::size_t> duration_span(std::string_view l) {
    constexpr std::string_view numbers[] = {"a ",   "an ",    "one ",   "two ",  "three ", "four ",        "five ",
                                            "six ", "seven ", "eight ", "nine ", "ten ",   "a couple of ", "a few "};
    for (std::string_view unit : {"day", "week", "sprint", "month", "semester", "quarter"})  // r22: "one semester"
        for (auto at = l.find(unit); at != std::string_view::npos; at = l.find(unit, at + 1)) {
            auto const end = at + unit.size() + (at + unit.size() < l.size() && l[at + unit.size()] == 's' ? 1 : 0);
            if (end < l.size() && std::isalpha(static_cast<unsigned char>(l[end]))) continue;
            // "3 weeks", "3-week", "2 more sprints": the number before it, a word or two back at most.
            std::size_t b = at;
            while (b > 0 && (l[b - 1] == ' ' || l[b - 1] == '-')) --b;
            if (l.substr(0, b).ends_with(" more") || l.substr(0, b).ends_with(" extra")) {
                b -= 5 + (l.substr(0, b).ends_with(" extra") ? 1 : 0);
                while (b > 0 && l[b - 1] == ' ') --b;
            }
            if (b > 0 && std::isdigit(static_cast<unsigned char>(l[b - 1]))) {
                while (b > 0 && (std::isdigit(static_cast<unsigned char>(l[b - 1])) || l[b - 1] == '.')) --b;
                return {b, end};
            }
            for (auto n : numbers) {
                auto const w = n.substr(0, n.size() - 1);
                if (l.substr(0, b).ends_with(w) &&
                    (b == w.size() || !std::isalpha(static_cast<unsigned char>(l[b - w.size() - 1]))))
                    return {b - w.size(), end};
            }
        }
    return {std::string_view::npos, std::string_view::npos};
}
}  // namespace

std::size_t duration_at(std::string_view lowered) { return duration_span(lowered).first; }

// "the API team", "the release team": people are whom a plan is for or by, never what a card pushes back on.
bool names_people(std::string_view s) {
    auto const sp = s.rfind(' ');
    std::string const last = lower(sp == std::string_view::npos ? s : s.substr(sp + 1));
    return last == "team" || last == "teams" || last == "folks" || last == "people" || last == "guys" ||
           last == "squad" || last == "crew" ||
           // r21: "Hello, the client is asking if ...": the one asking is no thing to build.
           last == "client" || last == "clients" || last == "customer" || last == "customers" ||
           last == "stakeholder" || last == "stakeholders";
}

namespace {
std::string asked_thing(std::string_view ask);
}  // namespace

std::string asked_object(std::string_view ask) {
    std::string o = asked_thing(ask);
    if (names_people(o)) o.clear();
    // leads17: "a date for when the Android release will be ready": the thing is what the clause is about, not its
    // "when" ("For when the Android release the honest answer is a range").
    for (std::string_view lead : {"when ", "whether ", "how soon ", "if "})
        if (lower(o).starts_with(lead) && o.size() > lead.size() + 3) {
            o.erase(0, lead.size());
            break;
        }
    // r20: "Can we ship on Friday without the dark mode?": a time or a place is no thing ("Happy to help with on
    // Friday without ..." was said).
    for (std::string_view prep : {"on ", "by ", "at ", "in ", "before ", "after ", "without ", "with ", "for "})
        if (lower(o).starts_with(prep)) o.clear();
    o = without_quality(std::move(o));
    return o;
}

namespace {
std::string asked_thing(std::string_view ask) {
    std::string const l = lower(ask);
    // "could you have the billing dashboard ready ...": a request's modal and its verb of having, in any pairing.
    // leads18: "Can the team get the reporting dashboard out by Friday": the team asked of is the reader's.
    for (std::string_view modal : {"can we ", "could we ", "can you ", "could you ", "can u ", "could u ",
                                   "can the team ", "could the team ", "can your team ", "could your team "})
        for (std::string_view verb : {"have ", "get ", "ship ", "deliver ", "finish ", "bring "}) {
            auto const at = l.find(std::string(modal) + std::string(verb));
            if (at == std::string::npos) continue;
            auto const b = at + modal.size() + verb.size();
            auto e = b;
            while (e < l.size() && std::string_view("?,!\n").find(l[e]) == std::string_view::npos &&
                   !(l[e] == '.' && !(e + 1 < l.size() && std::isdigit(static_cast<unsigned char>(l[e + 1])))))
                ++e;
            std::string_view rest = std::string_view(l).substr(b, e - b);
            // "another sprint for the search work", "more people on X": time or people asked for, read below.
            if (rest.starts_with("another ") || rest.starts_with("more ") || rest.starts_with("extra ") ||
                rest.starts_with("an extra ") || rest.starts_with("a bit more ") || rest.starts_with("some more "))
                break;
            for (std::string_view stop : {" ready", " live", " done", " out", " by ", " for ", " before", " in ",
                                          " into ", " on the ", " faster", " sooner", " earlier", " this ", " next "})
                if (auto const k = rest.find(stop); k != std::string_view::npos) rest = rest.substr(0, k);
            std::string o = plain_words(ask.substr(b, rest.size()));
            if (reads_as_object(o) && o != "it" && o != "this") return o;
        }
    for (std::string_view lead : {"why does ",       "why is ",          "why will ",          "how come ",
                                  "can we get ",     "can we ship ",     "tell the customer ", "can we pull ",
                                  "could we pull ",  "can we bring ",    "can we move ",       "can you get ",
                                  "can we have ",    "can you ship ",    "can we do ",         "we can do ",
                                  "you can do ",     "we could do ",     "can we build ",      "can you build ",
                                  "could we build ", "could you build ", "can you add ",       "can we add ",
                                  "a date for ",     "an eta for ",      "an eta on ",         "any update on ",
                                  "ask about ",      "asks about ",      "asked about ",       "ask again about ",
                                  "asking about "}) {
        auto const at = l.find(lead);
        if (at == std::string::npos) continue;
        auto b = at + lead.size();
        auto e = b;
        // ("Bluetooth 5.3": a point between digits is a version, not a full stop.)
        while (e < l.size() &&
               (std::string_view("?.,!\n").find(l[e]) == std::string_view::npos ||
                (l[e] == '.' && e + 1 < l.size() && std::isdigit(static_cast<unsigned char>(l[e + 1])))))
            ++e;
        std::string_view rest = std::string_view(l).substr(b, e - b);
        for (std::string_view stop : {" into ",    " not ",
                                      " need",     " take",
                                      " out",      " by ",
                                      " faster",   " sooner",
                                      " done",     " ready",
                                      " before",   " in ",
                                      " this ",    " cost",
                                      " taking",   " so long",
                                      " still",    " require",
                                      " have to",  " for them",
                                      " for us",   " for the customer",
                                      " yet",      " will ",
                                      " estimate", " forward",
                                      " earlier",  " quicker",
                                      " asap",     " slipping",
                                      " again"})
            if (auto const k = rest.find(stop); k != std::string_view::npos) rest = rest.substr(0, k);
        // "another sprint for the search work", "more time for the import": what the extra time is for.
        for (std::string_view more : {"another ", "more ", "extra ", "an extra ", "a bit more ", "some more "})
            if (rest.starts_with(more)) {
                auto const f = rest.find(" for ");
                if (f == std::string_view::npos) return {};
                b += f + 5;
                rest.remove_prefix(f + 5);
                break;
            }
        std::string o = plain_words(ask.substr(b, rest.size()));
        // "the partner portal for the Initech kickoff on the 3rd": what is asked for, before what it is for.
        if (!reads_as_object(o))
            for (std::string_view cut : {" for ", " on the "})
                if (auto const k = lower(o).find(cut); k != std::string::npos && k >= 2) {
                    o.resize(k);
                    break;
                }
        // "we can do without much input from him": a preposition opens no thing asked for.
        std::string const first = lower(o.substr(0, o.find(' ')));
        bool const preposition = first == "without" || first == "with" || first == "for" || first == "to" ||
                                 first == "about" || first == "in" || first == "on" || first == "at";
        if (!preposition && reads_as_object(o) && !o.empty() && o != "it" && o != "this") return o;
    }
    // "why do we need 2 sprints for the consent screen?", "3 weeks for a toggle?": the thing the length is for.
    if (auto const [at, end] = duration_span(l); at != std::string::npos && l.substr(end).starts_with(" for ")) {
        auto const b = end + 5;
        auto e = b;
        while (e < l.size() && std::string_view("?.,!\n").find(l[e]) == std::string_view::npos) ++e;
        std::string o = plain_words(ask.substr(b, e - b));
        if (reads_as_object(o)) return o;
    }
    return {};
}
}  // namespace

// --- cards13: a thing the work is likened to, with its "with" complement ("just a table with three columns") ---
// The likened noun phrase stops at "with"; the complement joins it when it is short and ends the clause: "a table with
// three columns", "a form with two fields"; not "a form with, I guess, ..." or a clause that runs on.
std::string c13_with_complement(std::string_view text, std::string_view l, std::size_t e, std::string o) {
    if (o.empty() || !l.substr(e).starts_with("with ")) return o;
    auto w = e + 5;
    std::size_t words = 0;
    while (w < l.size() && words < 4) {
        auto const b = w;
        while (w < l.size() && (std::isalnum(static_cast<unsigned char>(l[w])) || l[w] == '-')) ++w;
        if (w == b) break;
        ++words;
        if (w >= l.size() || l[w] != ' ') break;
        ++w;
    }
    while (w > e && l[w - 1] == ' ') --w;
    bool const ends = w >= l.size() || std::string_view(".?!,;:\n)").find(l[w]) != std::string_view::npos;
    if (words == 0 || words > 3 || !ends) return o;
    return o + " " + std::string(text.substr(e, w - e));
}
// --- end cards13 ---

std::string likened_to(std::string_view text, std::vector<detector::Range> const& quoted) {
    std::string const l = lower(text);
    for (std::string_view lead : {"basically ", "essentially ", "it's just ", "it\u2019s just ", "it is just ",
                                  "just a ", "just an ", "only a ", "only an ", "nothing more than ", "really just "}) {
        for (auto at = l.find(lead); at != std::string::npos; at = l.find(lead, at + 1)) {
            if (at > 0 && is_word_byte(static_cast<unsigned char>(l[at - 1]))) continue;
            if (inside({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + lead.size())}, quoted))
                continue;
            // "just a" keeps its article: "a dropdown".
            auto b = at + lead.size();
            if (lead.starts_with("just a") || lead.starts_with("only a")) b -= lead.ends_with("an ") ? 3 : 2;
            auto e = b;
            std::size_t words = 0;
            while (e < l.size() && words < 4) {
                auto w = e;
                // r27 (trial27): "a 1:1 tutoring session": a colon between digits is inside the word.
                while (w < l.size() && (std::isalnum(static_cast<unsigned char>(l[w])) || l[w] == '-' ||
                                        (l[w] == ':' && w > e && w + 1 < l.size() &&
                                         std::isdigit(static_cast<unsigned char>(l[w - 1])) != 0 &&
                                         std::isdigit(static_cast<unsigned char>(l[w + 1])) != 0)))
                    ++w;
                std::string_view const word = std::string_view(l).substr(e, w - e);
                if (word.empty() || word == "and" || word == "but" || word == "so" || word == "on" || word == "in" ||
                    word == "for" || word == "to" || word == "right" || word == "no" || word == "isn't" ||
                    word == "should" || word == "that" || word == "which" || word == "with")  // cards13: "with"
                    break;
                ++words;
                e = w;
                if (e >= l.size() || l[e] != ' ') break;
                ++e;
            }
            while (e > b && l[e - 1] == ' ') --e;
            std::string o(text.substr(b, e - b));
            // "basically done", "basically the same": a state or a comparison, not a thing the work is likened to.
            std::string const lo = lower(o);
            for (std::string_view no :
                 {"done", "ready", "finished", "the same", "a", "an", "the", "like", "it", "a few", "a couple",
                  "a small", "a quick", "a tiny", "a simple", "a one", "a little", "a bit", "a lot"})
                if (lo == no || (no.size() > 3 && lo.starts_with(no))) o.clear();
            // "essentially unreadable": a quality, not a thing the work is likened to.
            constexpr std::string_view qualities[] = {"able", "ible", "ful", "ous", "ive", "ed", "ly"};
            bool const quality = words == 1 && std::any_of(std::begin(qualities), std::end(qualities),
                                                           [&](std::string_view suf) { return lo.ends_with(suf); });
            if (!o.empty() && !quality && reads_as_object(o) && words <= 3)
                return c13_with_complement(text, l, e + (l.substr(e).starts_with(" with ") ? 1 : 0), o);  // cards13
        }
    }
    return {};
}

std::string added_in(std::string_view ask) {
    if (auto added = add_on_of(ask); !added.empty()) return added;
    return asked_object(ask);
}

std::pair<std::string, std::string> done_elsewhere(std::string_view text, detector::Analysis const& a) {
    std::string const l = lower(text);
    auto const [at, end] = duration_span(l);
    if (at == std::string::npos || inside({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end)}, a.quoted))
        return {};
    std::string time = plain_words(text.substr(at, end - at));
    std::replace(time.begin(), time.end(), '-', ' ');  // "a one-day task": one day
    // "we shipped open banking APIs in 6 weeks": the work is what the past verb did, up to the "in" of its time.
    std::string work;
    if (at >= 4 && l.substr(at - 4, 4) == " in ") {
        std::size_t const stop = at - 4;
        auto const sentence = sentence_around(text, stop);
        std::string_view const lead = std::string_view(l).substr(sentence.start, stop - sentence.start);
        for (std::string_view verb : {"shipped ", "built ", "launched ", "delivered ", "did ", "had ", "made ",
                                      "wrote ", "rolled out ", "released "})
            if (auto const v = lead.rfind(verb);
                v != std::string_view::npos && (v == 0 || !std::isalpha(static_cast<unsigned char>(lead[v - 1])))) {
                auto const b = sentence.start + v + verb.size();
                std::string o = plain_words(text.substr(b, stop - b));
                // r22: "we had a degree-audit planner built in one semester": the thing, without its participle.
                for (std::string_view done : {" built", " done", " shipped", " made", " running", " live", " working"})
                    if (lower(o).ends_with(done) && o.size() > done.size() + 3) o.resize(o.size() - done.size());
                if (reads_as_object(o) && lower(o) != "it" && lower(o) != "that") work = o;
                break;
            }
    }
    return {work, time};
}

std::string wanted_by(std::string_view text, detector::Analysis const& a) {
    for (auto const& sp : a.specifics) {
        if ((sp.kind != detector::SpecificKind::date && sp.kind != detector::SpecificKind::event) ||
            inside(sp.range, a.quoted) || sp.range.end > text.size())
            continue;
        std::size_t const from = sp.range.start >= 24 ? sp.range.start - 24 : 0;
        std::string const before = lower(text.substr(from, sp.range.start - from));
        // "it for", "ready for", "in time for": the work wanted for it; "support for Jellyfin", "an ETA for v0.11" name
        // no date the work is wanted by.
        for (std::string_view lead : {" it for ", " this for ", " that for ", " in time for ", " ready for ",
                                      " live for ", " done for ", " out for ", " by ", " before "}) {
            auto const k = before.rfind(lead);
            if (k == std::string::npos) continue;
            // "for the 4.2 release": at most two words between the lead and the event, none of them a break.
            std::string_view const between = std::string_view(before).substr(k + lead.size());
            // ("4.2" is a version, not a full stop.)
            bool broken = false;
            for (std::size_t i = 0; i < between.size(); ++i)
                broken = broken || std::string_view(",;:!?\n").find(between[i]) != std::string_view::npos ||
                         (between[i] == '.' && (i + 1 >= between.size() || between[i + 1] == ' '));
            if (broken || std::count(between.begin(), between.end(), ' ') > 2 ||
                !(between.empty() || between.starts_with("the ") || between.starts_with("our ") ||
                  between.starts_with("their ") || between.starts_with("next ") || between.starts_with("this ")))
                continue;
            // r23: "before the Q1 launch": a date followed by the event it dates is wanted by the event ("the Q1", cut
            // before "launch", was no date a card could say).
            auto end = static_cast<std::size_t>(sp.range.end);
            for (auto const& ev : a.specifics)
                if (ev.kind == detector::SpecificKind::event && ev.range.start == end + 1 && text[end] == ' ' &&
                    ev.range.end <= text.size())
                    end = ev.range.end;
            std::string d = plain_words(text.substr(from + k + lead.size(), end - (from + k + lead.size())));
            if (!d.empty() && d.size() < 40) return d;
        }
    }
    return {};
}

bool may_add_on(std::string_view text) {
    // Every add-on construction ask_by_grammar reads holds one of these ("tack it on", "throw it in", "squeeze", "also
    // add", "into this sprint", "as well", "too?"); a draft with none is no add-on, and is not copied to find out.
    for (std::string_view w : {"tack", "hrow", "queeze", "neak", "bolt", "lso ", "sprint", "release", "well", "too?"})
        if (text.find(w) != std::string_view::npos) return true;
    return false;
}

namespace {
// The verbs of having the work, after a request's modal.
constexpr std::string_view having[] = {"have ",     "get ",       "ship ",   "deliver ", "finish ", "do ",
                                       "build ",    "add ",       "fit ",    "squeeze ", "having ", "getting ",
                                       "shipping ", "squeezing ", "adding ", "bring ",   "pull "};
}  // namespace

// --- cards14: a milestone as the date, what holds the date, a rate that is no length of work ---
namespace {
bool c14_event_noun(std::string_view w) {
    static constexpr std::string_view events[] = {
        "meeting", "eclipse", "holidays", "holiday", "festival", "conference", "summit", "show", "fair", "expo", "demo",
        "launch", "offsite", "kickoff", "keynote", "election", "elections", "opening", "premiere", "tournament",
        "concert", "gala", "retreat", "audit", "season", "rush", "wedding", "ceremony", "marathon", "recital", "exams",
        "inspection", "visit", "presentation", "pitch", "regatta", "derby", "playoffs", "finals", "renewal",
        "reopening", "walkthrough", "round",
        // r22: "before the club championship", "ahead of the registration day"
        "championship", "championships", "semester", "registration"};
    return std::find(std::begin(events), std::end(events), w) != std::end(events);
}
}  // namespace

// "before the board meeting", "in time for the festival", "ahead of the eclipse", "by the holidays", "before
// Christmas": an event of the business or the calendar, named as what the work must come before, is the date it is due
// by, as "by March 3" is. The opening ("before", "by", "ahead of", "in time for", "until after" is not one), at most
// four words, and an event's noun that ends the phrase ("before the launch plan is done" ends on "plan": no event).
// Returns the event as written ("the board meeting"), empty when none.
std::string c14_milestone(std::string_view text) {
    std::string const l = lower(text);
    static constexpr std::string_view named[] = {"christmas",    "easter",         "thanksgiving",    "black friday",
                                                 "cyber monday", "new year",       "halloween",       "ramadan",
                                                 "diwali",       "lunar new year", "valentine's day", "mother's day"};
    for (std::string_view open : {"before ", "ahead of ", "in time for ", "by "})
        for (auto at = l.find(open); at != std::string::npos; at = l.find(open, at + 1)) {
            if (at > 0 && cues::word_byte(l[at - 1])) continue;
            auto const from = at + open.size();
            for (auto n : named)
                if (l.compare(from, n.size(), n) == 0 &&
                    (from + n.size() == l.size() || !cues::word_byte(l[from + n.size()])))
                    return std::string(text.substr(from, n.size()));
            if (l.compare(from, 4, "the ") != 0 && l.compare(from, 4, "our ") != 0) continue;
            // The words after the article, up to four, the last an event's noun that ends the phrase.
            std::size_t b = from + 4;
            for (int n = 0; n < 4 && b < l.size(); ++n) {
                auto e = b;
                while (e < l.size() && (std::isalpha(static_cast<unsigned char>(l[e])) != 0 || l[e] == '-')) ++e;
                if (e == b) break;
                std::string_view const w = std::string_view(l).substr(b, e - b);
                if (c14_event_noun(w)) {
                    // What follows the noun: the end, a mark, or a word that cannot go on the noun phrase.
                    std::string_view rest = std::string_view(l).substr(e);
                    bool ends =
                        rest.empty() || std::string_view(".,;:!?)\n").find(rest.front()) != std::string_view::npos;
                    for (std::string_view next :
                         {" on ", " in ",    " next ",    " this ", " and ",         " so ",      " or ",
                          " at ", " starts", " begins",   " kicks", " opens",        " ends",     " is ",
                          " we ", " if ",    " because ", " - ",    " \xe2\x80\x94", " tomorrow", " later"})
                        ends = ends || rest.starts_with(next);
                    if (!ends) break;
                    return std::string(text.substr(from, e - from));
                }
                if (e >= l.size() || l[e] != ' ') break;
                b = e + 1;
            }
        }
    return {};
}

// "Can we get the vineyard harvest tracker done faster? Sales has a demo on Friday.", "The franchise owners meet on the
// 14th.": a statement that gives someone else's date (its subject a team or people, not "we", "I" or "you"; a date or
// an event in it; a verb of having, meeting or presenting) is what holds the date the ask wants, kept in the better
// ask as ask_stake keeps "The box office already printed flyers" (or a date moved: "The board meeting moved up"). Not a
// demand ("need", "must", "has to"), a size claim or a question. Empty when none.
std::string c14_date_holder(std::string_view text, detector::Analysis const& a) {
    for (auto const& [s, r] : statements(text, a)) {
        if (std::count(s.begin(), s.end(), ' ') > 16) continue;
        std::string const low = " " + lower(s) + " ";
        auto const first = low.substr(1, low.find(' ', 1) - 1);
        static constexpr std::string_view not_third[] = {
            "i",    "i'm",   "i'd", "i'll",  "we",    "we're", "we'd",   "we'll",  "you",   "you're",  "it",   "it's",
            "this", "that",  "can", "could", "would", "will",  "please", "need",   "just",  "if",      "so",   "and",
            "but",  "let's", "any", "is",    "are",   "do",    "does",   "should", "must",  "why",     "what", "when",
            "how",  "hey",   "hi",  "also",  "ok",    "okay",  "sure",   "thanks", "there", "there's", "not",  "no"};
        bool const third = std::isupper(static_cast<unsigned char>(s.front())) != 0 &&
                           std::find(std::begin(not_third), std::end(not_third), first) == std::end(not_third);
        static constexpr std::string_view demands[] = {" need",    " must ",  " has to ", " have to ", " should ",
                                                       " please ", " just ",  " asap",    " quick",    " easy ",
                                                       " simple ", " small ", " you ",    " we ",      " i "};
        static constexpr std::string_view holds[] = {
            " has ",        " have ", "'s got ", " meet ",      " meets ",     " presents ", " present ",
            " presenting ", " pitch", " visit",  " is on ",     " are on ",    " arrive",    " flies in ",
            " fly in ",     " demo ", " demos ", " is coming ", " are coming "};
        // leads18: "The board meeting moved up.": a date moved is a date held, said or not.
        static constexpr std::string_view moves[] = {" moved up ",       " moved to ",        " moved forward ",
                                                     " got moved ",      " was moved ",       " pulled in ",
                                                     " pulled forward ", " brought forward ", " bumped up "};
        auto const any = [&](auto const& words) {
            return std::any_of(std::begin(words), std::end(words),
                               [&](std::string_view w) { return low.find(w) != std::string::npos; });
        };
        bool const dated =
            !c14_milestone(s).empty() ||
            std::any_of(a.specifics.begin(), a.specifics.end(), [&](detector::Specific const& sp) {
                return (sp.kind == detector::SpecificKind::date || sp.kind == detector::SpecificKind::event) &&
                       sp.range.start >= r.start && sp.range.end <= r.end;
            });
        if (third && ((dated && any(holds)) || any(moves)) && !any(demands))
            return as_quoted(s, {"The ", "Our ", "Their "});
    }
    return {};
}

// "Not a fan of the plan to batch the kiln alerts once an hour": "an hour" after "once", "every", "twice", "per" or
// "each" is how often something happens, not how long the work takes, so it is never the plan's number.
bool c14_said_as_a_rate(std::string_view text, std::string_view number) {
    if (number.empty()) return false;
    std::string const l = lower(text);
    std::string const n = lower(number);
    for (auto at = l.find(n); at != std::string::npos; at = l.find(n, at + 1)) {
        auto e = at;
        while (e > 0 && l[e - 1] == ' ') --e;
        auto b = e;
        while (b > 0 && std::isalpha(static_cast<unsigned char>(l[b - 1])) != 0) --b;
        std::string_view const before = std::string_view(l).substr(b, e - b);
        for (std::string_view rate : {"once", "twice", "every", "per", "each", "times", "thrice"})
            if (before == rate) return true;
        // "an hour" read where "every hour" is written: the number's own words open with the rate.
        for (std::string_view rate : {"every ", "per ", "each ", "once ", "twice "})
            if (n.starts_with(rate)) return true;
    }
    return false;
}
// "Could the escape room leaderboard be live ahead of the summer festival?", "Can the bakery preorder page ship before
// Christmas?": a modal question whose subject is the work (a few words, no person) and whose verb delivers it ("ship",
// "be live", "go out", "be ready") asks for the work by its date, as "can we have X for the demo" does.
bool c14_delivery_asked(std::string_view head) {
    for (std::string_view modal : {"can ", "could ", "will ", "would ", "any chance "})
        if (head.starts_with(modal)) {
            std::string_view rest = head.substr(modal.size());
            for (std::string_view who : {"we ", "you ", "u ", "i ", "they "})
                if (rest.starts_with(who)) return false;
            for (std::string_view verb : {" ship ", " ship?", " be live", " go live", " be ready", " be done",
                                          " launch ", " launch?", " go out", " be out", " land ", " be in ", " be up "})
                if (auto const k = rest.find(verb);
                    k != std::string_view::npos && k > 0 && std::count(rest.begin(), rest.begin() + k, ' ') <= 6)
                    return true;
        }
    return false;
}
// "> can the chess club ratings page go out this week?": the work a modal question delivers ("the chess club ratings
// page"), its subject before the delivering verb; empty when the question is about someone ("can you ...").
std::string c14_delivered_thing(std::string_view ask) {
    std::string const l = lower(ask);
    for (std::string_view modal : {"can the ", "could the ", "will the ", "would the ", "can our ", "could our "})
        for (auto at = l.find(modal); at != std::string::npos; at = l.find(modal, at + 1)) {
            if (at > 0 && std::isalpha(static_cast<unsigned char>(l[at - 1])) != 0) continue;
            auto const from = at + modal.size() - 4;  // from the determiner
            auto const end = l.find_first_of("?.!\n", from);
            std::string_view const q = std::string_view(l).substr(from, end == std::string::npos ? end : end - from);
            for (std::string_view verb :
                 {" ship", " be live", " go live", " be ready", " be done", " go out", " be out", " launch", " land"})
                if (auto const k = q.find(verb); k != std::string_view::npos && k > 4 &&
                                                 std::count(q.begin(), q.begin() + k, ' ') <= 6 &&
                                                 (k + verb.size() == q.size() || q[k + verb.size()] == ' '))
                    return std::string(ask.substr(from, k));
        }
    return {};
}

// "> can the ratings page go out this week?": a week or a month named in someone's quoted question is the date their
// ask wants ("this week"), which the reply trades against. Empty when none.
std::string c14_asked_period(std::string_view text, detector::Analysis const& a) {
    std::string const l = lower(text);
    for (auto const& q : a.quoted) {
        if (q.end > l.size()) continue;
        std::string_view const quote = std::string_view(l).substr(q.start, q.end - q.start);
        if (quote.find('?') == std::string_view::npos) continue;
        for (std::string_view period : {"this week", "next week", "this month", "next month", "end of the week",
                                        "end of the month", "end of week", "end of month"})
            if (auto const k = quote.find(period); k != std::string_view::npos && k > 0 && quote[k - 1] == ' ')
                return std::string(text.substr(q.start + k, period.size()));
    }
    return {};
}

// "can we speed up the permit export?", "could you pull in the kiosk launch?": a verb of bringing the work sooner.
bool c14_sooner_asked(std::string_view rest) {
    for (std::string_view v : {"speed up ", "hurry ", "expedite ", "pull in ", "pull forward ", "bring forward ",
                               "move up the ", "fast-track ", "fast track "})
        if (rest.starts_with(v)) return true;
    return false;
}
// --- end cards14 ---

// --- leads16: a period's end or a coming day as the date asked for ---
// "by end of next week", "before the end of the sprint", "by next Thursday", "until end of Q3": the date lexicon reads
// these weakly or not at all, so the cards said "the earlier date" and "in two days" for an ask that names its date.
// Read after "by", "before" or "until", in the quoted ask first (a reply trades against the date asked for), then in
// the writer's own words. Returns the date as a card says it ("the end of next week", "next Thursday"), empty when
// none.
std::string l16_period_deadline(std::string_view text, detector::Analysis const& a) {
    static constexpr std::string_view periods[] = {
        "week",      "month",   "sprint",   "quarter",  "year",   "release",   "day",       "q1",       "q2",
        "q3",        "q4",      "h1",       "h2",       "monday", "tuesday",   "wednesday", "thursday", "friday",
        "weekend",   "january", "february", "march",    "april",  "may",       "june",      "july",     "august",
        "september", "october", "november", "december", "cycle",  "milestone", "iteration", "term",     "semester"};
    // A space before the text lets " by " match at its start; l[i + 1] is text[i].
    std::string const l = " " + lower(text);
    // Returns the period word's end when `at` opens one ("week", "q3"), npos when not.
    auto const period_at = [&](std::size_t at) -> std::size_t {
        for (std::string_view p : periods)
            if (l.compare(at, p.size(), p) == 0) {
                auto const e = at + p.size();
                // "next year's planning" is the planning, not the year.
                if (e == l.size() || (!std::isalnum(static_cast<unsigned char>(l[e])) && l[e] != '\'' && l[e] != '-'))
                    return e;
            }
        return std::string::npos;
    };
    // Whether the sentence at `k` is a question ("Can we get it done next week?").
    auto const asked = [&](std::size_t k) {
        auto const e = l.find_first_of(".!?\n", k);
        return e != std::string::npos && l[e] == '?';
    };
    // The first date in l[from, to).
    auto const read = [&](std::size_t from, std::size_t to) -> std::string {
        for (std::string_view lead : {" by ", " before ", " until ", " till ", " "}) {
            for (auto k = l.find(lead, from); k != std::string::npos && k < to; k = l.find(lead, k + 1)) {
                auto at = k + lead.size();
                bool const the_end = l.compare(at, 11, "the end of ") == 0;
                bool const end = the_end || l.compare(at, 7, "end of ") == 0;
                if (end) at += the_end ? 11 : 7;
                std::size_t w = at;
                for (std::string_view det : {"the ", "this ", "next ", "the next "})
                    if (l.compare(at, det.size(), det) == 0) w = at + det.size();
                // "by next Thursday" needs "next" or "this"; "by end of Q3" needs the end; "done next week?" is asked
                // in a question.
                if (!end && (w == at || l.compare(at, 4, "the ") == 0)) continue;
                // "an ETA on the next release?" asks about the release, not by when.
                // r21: "Any faster? End of the quarter would be ideal.": a period's end opening a sentence is the date
                // wanted, asked or not.
                bool const opens =
                    end && (k == 0 || std::string_view(".?!\n").find(l[k - 1]) != std::string_view::npos);
                if (lead == " " && !opens && (!asked(k) || std::string_view(l).substr(0, k).ends_with(" the")))
                    continue;
                // r29: "... is a lot for me right now. maybe next year?": a later time the writer floats is their
                // deferral, not a date the work is due by.
                if (lead == " " && !opens &&
                    (std::string_view(l).substr(0, k).ends_with(" maybe") ||
                     std::string_view(l).substr(0, k).ends_with(" perhaps") ||
                     std::string_view(l).substr(0, k).ends_with(" possibly")))
                    continue;
                auto const e = period_at(w);
                if (e == std::string::npos || e > to) continue;
                std::string said = plain_words(text.substr(at - 1, e - at));
                // "Can we do a proper QA pass this week?": a card's "by this week" is no English; the week's end is
                // what the ask means.
                bool const span =
                    l.compare(w, 3, "day") != 0 && std::isalpha(static_cast<unsigned char>(l[w])) &&
                    !std::isdigit(static_cast<unsigned char>(l[w + 1])) &&
                    (l.compare(w, 4, "week") == 0 || l.compare(w, 5, "month") == 0 || l.compare(w, 6, "sprint") == 0 ||
                     l.compare(w, 7, "quarter") == 0 || l.compare(w, 4, "year") == 0);
                // r21: "by end of month": the period's end is "the end of the month".
                if (end && w == at && std::isalpha(static_cast<unsigned char>(l[w])) &&
                    (l.compare(w, 5, "month") == 0 || l.compare(w, 4, "week") == 0 || l.compare(w, 7, "quarter") == 0 ||
                     l.compare(w, 6, "sprint") == 0 || l.compare(w, 4, "year") == 0 || l.compare(w, 3, "day") == 0))
                    return "the end of the " + said;
                return end || span ? "the end of " + said : said;
            }
        }
        return {};
    };
    for (auto const& q : a.quoted)
        if (q.end <= text.size())
            if (auto d = read(q.start, q.end + 1); !d.empty()) return d;
    return read(0, l.size());
}

// "end of the month", "end of Q3" read by the date lexicon, and "Tuesday" after "next": the date as a card says it
// ("the end of the month", "the end of Q3", "next Tuesday"), so "what would you cut to make Q3?" asks for the right
// date.
std::string l16_said_deadline(std::string_view text, std::string deadline) {
    if (deadline.empty()) return deadline;
    std::string const l = lower(text);
    std::string const d = lower(deadline);
    // "by end of day" is said so; "the end of day" is not English.
    if (d == "end of day" || d == "end of business") return deadline;
    if (d.starts_with("end of ")) {
        // r21: "by end of month" is "the end of the month" in a card ("to make the end of month" was said).
        for (std::string_view period : {"month", "week", "quarter", "sprint", "year"})
            if (d == "end of " + std::string(period)) return "the end of the " + std::string(period);
        return "the " + deadline;
    }
    if (d.starts_with("the ")) return deadline;
    if (auto const k = l.find(d); k != std::string::npos) {
        std::string_view const before = std::string_view(l).substr(0, k);
        if (before.ends_with("end of ") || before.ends_with("end of the ")) {
            auto const from = l.rfind("end of", k);
            return "the " + plain_words(text.substr(from, k + d.size() - from));
        }
        if (d.starts_with("next ") || d.starts_with("this ")) return deadline;
        for (std::string_view lead : {"next ", "this "})
            if (before.ends_with(lead)) return std::string(text.substr(k - lead.size(), lead.size())) + deadline;
    }
    return deadline;
}
// --- end leads16 ---

std::optional<detector::Pattern> ask_by_grammar(std::string_view l, bool dated) {
    auto const open = l.find_first_not_of("> \"\u201c");
    std::string_view head = open == std::string_view::npos ? std::string_view{} : l.substr(open);
    auto const said = [&](std::string_view w) { return head.find(w) != std::string_view::npos; };
    // An add-on: the work is joined to what is already under way ("tack it on", "could u also add", "throw in").
    // ("I'll also add that the toolbar is dark" adds a point to the discussion, not work.)
    for (std::string_view on : {"tack it on", "tack on ", "throw it in", "throw in ", "squeeze it in", "also add ",
                                "sneak it in", "bolt it on", "bolt on "})
        if (auto const k = head.find(on);
            k != std::string_view::npos && !head.substr(k + on.size()).starts_with("that") &&
            !head.substr(0, k).ends_with("i'll ") && !head.substr(0, k).ends_with("let me "))
            return detector::Pattern::one_more_thing;
    bool const question = said("?");
    auto const [time, time_end] = duration_span(head);
    // A length of time questioned: "why ... 2 sprints", or a length set against the thing it is for, opening the
    // question ("3 weeks for a toggle?").
    if (question && time != std::string_view::npos) {
        bool const why = head.starts_with("why ") || head.starts_with("how come ");
        bool const for_thing = time < 4 && head.substr(time_end).starts_with(" for ");
        if (why || for_thing) return detector::Pattern::why_so_long;
    }
    // A request for the work: a modal, then a verb of having it ("can we have", "could you get", "any chance of
    // shipping", "is it possible to have"). A request to leave something out ("could we launch without the load
    // test?") or for someone's time ("can we get 30 minutes this week?") is not one.
    std::string_view rest;
    for (std::string_view ask : {"can we ", "could we ", "can you ", "could you ", "can u ", "could u ",
                                 "any chance we can ", "any chance we could ", "any chance you can ", "any chance of ",
                                 "is it possible to ", "would it be possible to "})
        if (head.starts_with(ask)) {
            rest = head.substr(ask.size());
            break;
        }
    bool const has_it =
        std::any_of(std::begin(having), std::end(having), [&](std::string_view v) { return rest.starts_with(v); });
    bool const sooner = c14_sooner_asked(rest);  // cards14: "can we speed up X?"
    if (!question || (!has_it && !sooner && !(dated && c14_delivery_asked(head)))) return std::nullopt;  // cards14
    // ("in-app video calls" is the work asked for, not a call: r22.)
    for (std::string_view no : {" without ", "skip", "drop ", " cut ", "minutes", " min ", " hour", " a call",
                                " quick call", " call with", " call?", " call today", " call tomorrow", "meeting",
                                " chat", " time to ", " to go through", " to talk", " to discuss"})
        if (said(no)) return std::nullopt;
    // "Could you add the CSV import to this sprint?", "can you fit the GDPR export into this sprint?": work joined
    // to the sprint under way is an add-on.
    // "Would it be possible to add Notion integrations?" is a request of its own, not an add-on.
    if (said(" into this sprint") || said(" into the sprint") || said(" to this sprint") ||
        (rest.starts_with("add ") && said(" this sprint?")) ||  // cards9: "could we add X to Y this sprint?"
        said(" into this release") || said(" in this sprint") || said(" also ") || said(" too?") || said(" as well"))
        return detector::Pattern::one_more_thing;
    if (dated || sooner) return detector::Pattern::faster_please;  // cards14: sooner
    return std::nullopt;
}

std::string proposal_in(std::string_view text, detector::Analysis const& a) {
    std::string const l = lower(text);
    for (std::string_view lead : {"can we ", "could we ", "what if we ", "how about we ", "i'd ship ", "i'd rather ",
                                  "i'd suggest we ", "i'd suggest ", "i'd propose we ", "i'd propose ", "we could "}) {
        for (auto at = l.find(lead); at != std::string::npos; at = l.find(lead, at + 1)) {
            // At the start of a sentence only: "... can we ..." mid-clause is rarely the proposal.
            std::size_t k = at;
            while (k > 0 && text[k - 1] == ' ') --k;
            if (k > 0 && std::string_view(".!?\n:").find(text[k - 1]) == std::string_view::npos) continue;
            auto const r = sentence_around(text, at);
            std::size_t const from = lead.starts_with("i'd rather") ? at + 4 : at + lead.size();
            std::string p = clause_text(text, {static_cast<std::uint32_t>(from), r.end}, a.quoted, 140);
            // "Can we talk about it?" is an ask, not a proposal; a proposal names what to do.
            std::string const pl = lower(p);
            // "Can we really do it in one sprint?" doubts the plan; it proposes nothing.
            if (pl.starts_with("really ") || pl.starts_with("actually ") || pl.starts_with("even ") ||
                pl.starts_with("honestly ") || pl.starts_with("seriously "))
                continue;
            bool const talk = pl.starts_with("talk") || pl.starts_with("discuss") || pl.starts_with("chat") ||
                              pl.starts_with("go through") || pl.starts_with("do this") || pl.starts_with("meet") ||
                              pl.starts_with("sync") || pl.starts_with("decide");
            if (talk || std::count(p.begin(), p.end(), ' ') < 2) continue;
            // "I'd rather just break compatibility": the card says "what I'd propose instead", so the proposal is
            // what follows the preference ("break compatibility"), not "rather just ...".
            // A negated preference ("rather not", "rather we didn't rush it") is left as the writer said it.
            std::string const head = lower(p.substr(0, 24));
            bool const negated = head.find("not") != std::string::npos || head.find("n't") != std::string::npos;
            // "I'd rather not, it feels risky" declines; it proposes nothing.
            if (lead.starts_with("i'd rather") && head.starts_with("rather not")) continue;
            if (lead.starts_with("i'd rather") && !negated) {
                for (std::string_view filler : {"rather ", "just ", "simply "})
                    if (lower(p).starts_with(filler) && p.size() > filler.size() + 8) p.erase(0, filler.size());
            }
            return p;
        }
    }
    return {};
}

std::string first_step_in(std::string_view text, std::string_view l, detector::Analysis const& a) {
    for (std::string_view lead : {"we need to ", "we should ", "we'd better ", "let's "})
        for (auto at = l.find(lead); at != std::string::npos; at = l.find(lead, at + 1)) {
            auto const b = at + lead.size();
            auto e = b;
            while (e < l.size() && std::string_view(".,;!?\n").find(l[e]) == std::string_view::npos) ++e;
            std::string_view const rest = std::string_view(l).substr(b, e - b);
            // A step set against the plan: done first, or instead.
            if (!rest.ends_with(" first") && !rest.ends_with(" instead") && !rest.ends_with(" before that")) continue;
            std::string step =
                clause_text(text, {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, a.quoted, 120);
            if (std::count(step.begin(), step.end(), ' ') >= 2) return step;
        }
    return {};
}

namespace {

// The subject a draft names before it says anything ("Regarding X, ...", "About X: ...", "As for X, ..."), up to
// the comma or colon that closes it; empty when the draft doesn't open that way.
std::string opening_subject(std::string_view text) {
    std::string const head = lower(text.substr(0, 80));
    for (std::string_view opener : {"regarding ", "about ", "as for ", "concerning ", "re the "}) {
        if (!head.starts_with(opener)) continue;
        auto const start = opener == "re the " ? std::size_t{3} : opener.size();
        auto const end = head.find_first_of(",:.\n", start);
        if (end == std::string::npos || end - start < 3 || end - start > 48) return {};
        return std::string(plain_words(text.substr(start, end - start)));
    }
    return {};
}

// "I'm worried (that) X will ...", "I'm concerned about the rollback": the worry names what it is about.
bool states_concern(std::string_view text, detector::Range r) {
    std::string const w = lower(r.in(text));
    if (w.find("worr") == std::string::npos && w.find("concern") == std::string::npos) return false;
    std::size_t at = r.end;
    while (at < text.size() && text[at] == ' ') ++at;
    std::string_view const rest = text.substr(at, std::min<std::size_t>(80, text.size() - at));
    auto const end = rest.find_first_of(".,;!?\n");
    std::string const said = lower(rest.substr(0, end));
    // "I'm worried about this timeline" names nothing; "I'm worried the migration will lock ..." does.
    return std::count(said.begin(), said.end(), ' ') >= 3;
}

}  // namespace

namespace {

// A judgment word that labels the plan rather than measures it ("a mess", "a nightmare", "insane"): hyperbole the
// detector finds also covers figures that may be literal ("thousands of", "10x faster", "retries forever"), never cut.
bool labels_the_plan(std::string_view span) {
    std::string const low = lower(span);
    for (std::string_view w : {"mess", "nightmare", "disaster", "insane", "spaghetti", "end of the world", "the worst",
                               "zillion", "crazy", "ridiculous", "absurd"})
        if (low.find(w) != std::string::npos) return true;
    return false;
}

}  // namespace

// "We should use Postgres full-text search instead of adding Elasticsearch", "can we reuse it for the webhook sender
// rather than writing a new one?": a counter-proposal said before its "instead of" in the same sentence is the words
// from its proposing lead to the cue, and the plan it replaces is what follows the cue. Empty when the cue opens its
// sentence ("Instead of X, we could Y", read by proposal_of) or no proposing lead comes before it. A pronoun in the
// proposal ("reuse it") reads as the thing the sentence named before it ("did a great job on the rate limiter; can
// we reuse it ..."), when there is one.
std::pair<std::string, std::string> proposed_instead(std::string_view text, detector::Range alternative,
                                                     std::vector<detector::Range> const& quoted) {
    auto const sentence = sentence_around(text, alternative.start);
    std::string const l = lower(text.substr(sentence.start, sentence.end - sentence.start));
    std::size_t cue = std::string::npos;
    std::string_view lead;
    for (std::string_view w : {" instead of ", " rather than "})
        if (auto const at = l.find(w); at != std::string::npos && at < cue) {
            cue = at + 1;
            lead = w.substr(1);
        }
    // "sooner rather than later" compares no plans.
    if (cue == std::string::npos || l.find("rather than later") != std::string::npos) return {};
    std::string_view const before = std::string_view(l).substr(0, cue);
    static constexpr std::string_view proposing[] = {"we should ",   "we could ",   "can we ",      "could we ",
                                                     "let's ",       "i'd rather ", "i'd ",         "i would ",
                                                     "how about ",   "what if we ", "why not ",     "i suggest ",
                                                     "i'd suggest ", "i propose ",  "i'd propose ", "we can "};
    std::size_t from = std::string::npos;
    for (auto const p : proposing)
        for (auto at = before.find(p); at != std::string::npos; at = before.find(p, at + 1))
            if ((at == 0 || !is_word_byte(static_cast<unsigned char>(before[at - 1]))) &&
                (from == std::string::npos || at > from))
                from = at;
    if (from == std::string::npos) return {};
    auto const at_cue = static_cast<std::uint32_t>(sentence.start + cue);
    std::string proposed =
        proposal_of(clause_text(text, {static_cast<std::uint32_t>(sentence.start + from), at_cue}, quoted, 240));
    // "probably use the existing job queue": the hedge stays in the draft, not in Path B.
    for (bool cut = true; cut;) {
        cut = false;
        for (std::string_view adverb : {"probably ", "just ", "maybe ", "perhaps ", "instead "})
            if (lower(proposed).starts_with(adverb)) {
                proposed.erase(0, adverb.size());
                cut = true;
            }
    }
    while (!proposed.empty() && (proposed.back() == ',' || proposed.back() == ' ')) proposed.pop_back();
    if (std::count(proposed.begin(), proposed.end(), ' ') < 1) return {};
    // "reuse it for the webhook sender": the thing named last before the proposal, in its own sentence or the clause
    // before a ';', by a determiner ("on the rate limiter").
    if (auto const it = (" " + lower(proposed) + " ").find(" it "); it != std::string::npos) {
        std::size_t b = sentence.start + from;
        std::size_t const floor = b >= 160 ? b - 160 : 0;
        std::string const back = lower(text.substr(floor, b - floor));
        std::string thing;
        for (std::string_view det : {" the ", " our ", " your ", " their "}) {
            auto const d = back.rfind(det);
            if (d == std::string::npos) continue;
            auto e = d + det.size();
            while (e < back.size() &&
                   (is_word_byte(static_cast<unsigned char>(back[e])) || back[e] == ' ' || back[e] == '-'))
                ++e;
            std::string candidate(text.substr(floor + d + 1, e - d - 1));
            while (!candidate.empty() && candidate.back() == ' ') candidate.pop_back();
            if (reads_as_object(candidate) && !names_people(candidate) &&
                std::count(candidate.begin(), candidate.end(), ' ') <= 3 &&
                (thing.empty() || d > back.rfind(lower(thing))))
                thing = std::move(candidate);
        }
        // "I'd do it as a background job": with nothing named before, "it" is the work itself.
        if (!thing.empty()) {
            lower_article(thing);
            proposed.replace(it, 2, thing);
        }
    }
    // What it replaces ends at the clause's end: "standing up Kafka for this, it seems like overkill".
    auto const rest_from = static_cast<std::uint32_t>(at_cue + lead.size());
    std::uint32_t rest_to = sentence.end;
    for (std::uint32_t i = rest_from; i < sentence.end; ++i)
        if (text[i] == ',' || text[i] == ':' || text[i] == '(') {
            rest_to = i;
            break;
        }
    std::string replaced = rest_to > rest_from ? clause_text(text, {rest_from, rest_to}, quoted, 120) : std::string{};
    for (std::string_view tail : {" for this", " for now", " here"})
        if (lower(replaced).ends_with(tail)) replaced.resize(replaced.size() - tail.size());
    return {std::move(proposed), std::move(replaced)};
}

bool removal_object(std::string_view object) {
    static constexpr std::string_view removals[] = {"dropping ",    "removing ",  "cutting ",   "killing ",
                                                    "deprecating ", "descoping ", "scrapping ", "sunsetting "};
    return std::any_of(std::begin(removals), std::end(removals),
                       [&](std::string_view r) { return object.starts_with(r); });
}

std::string of_the_plan(std::string point) {
    std::string out;
    std::size_t b = 0;
    while (b < point.size()) {
        auto e = point.find(' ', b);
        if (e == std::string::npos) e = point.size();
        std::string word = lower(point.substr(b, e - b));
        while (!word.empty() && std::ispunct(static_cast<unsigned char>(word.back())) && word.back() != '\'')
            word.pop_back();
        std::string const next = e < point.size() ? lower(point.substr(e + 1, point.find(' ', e + 1) - e - 1)) : "";
        bool const possessive = (word == "his" || word == "her") && e < point.size() && next != "own" &&
                                std::isalpha(static_cast<unsigned char>(point[e - 1])) != 0;
        if (possessive)
            out += "the";
        else if (word == "he" || word == "she" || word == "him" || word == "his" || word == "her" || word == "he's" ||
                 word == "she's" || word == "hers")
            return {};
        else
            out += point.substr(b, e - b);
        if (e < point.size()) out += ' ';
        b = e + 1;
    }
    if (!out.empty() && out.starts_with("The ")) out[0] = 't';
    return out;
}

// "build" -> "building", "ship" -> "shipping", "migrate" -> "migrating".
std::string ing_form(std::string_view verb) {
    std::string v(verb);
    auto const vowel = [](char ch) { return std::string_view("aeiou").find(ch) != std::string_view::npos; };
    if (v.size() > 2 && v.ends_with('e') && !v.ends_with("ee"))
        v.pop_back();
    else if (v.size() >= 3 && v.size() <= 4 && !vowel(v.back()) && vowel(v[v.size() - 2]) && !vowel(v[v.size() - 3]) &&
             std::string_view("wxy").find(v.back()) == std::string_view::npos)
        v += v.back();
    return v + "ing";
}

// "wait for X before we V Y[, since Z]": the work and what it should wait for ("building Y before X"), and in `why` the
// reason said after "since" or "because" in the same sentence; empty when the draft says no such thing.
std::string waiting_object(std::string_view text, std::vector<detector::Range> const& quoted, std::string& why) {
    // ("ait for " and " before we ": a cheap check before lower-casing, which most drafts never need.)
    if (text.find("ait for ") == std::string_view::npos || text.find(" before we ") == std::string_view::npos)
        return {};
    std::string const l = lower(text);
    auto const wait = l.find("wait for ");
    if (wait == std::string::npos ||
        inside({static_cast<std::uint32_t>(wait), static_cast<std::uint32_t>(wait)}, quoted))
        return {};
    auto const sentence = sentence_around(text, wait);
    auto const before = l.find(" before we ", wait);
    if (before == std::string::npos || before >= sentence.end) return {};
    std::string_view const waited = std::string_view(text).substr(wait + 9, before - wait - 9);
    std::size_t const vb = before + 11;
    auto const ve = l.find(' ', vb);
    if (ve == std::string::npos || ve >= sentence.end) return {};
    std::string_view const verb = std::string_view(l).substr(vb, ve - vb);
    if (verb.ends_with("ed") || verb.ends_with("ing") || verb == "can" || verb == "have" || verb == "are") return {};
    std::size_t we = sentence.end;
    std::size_t cue_end = std::string::npos;
    for (std::string_view cue : {", since ", " since ", ", because ", " because ", ", as "})
        if (auto const at = l.find(cue, ve); at != std::string::npos && at < we) {
            we = at;
            cue_end = at + cue.size();
        }
    std::string const work =
        clause_text(text, {static_cast<std::uint32_t>(ve + 1), static_cast<std::uint32_t>(we)}, quoted, 60);
    std::string const what =
        clause_text(text, {static_cast<std::uint32_t>(wait + 9), static_cast<std::uint32_t>(before)}, quoted, 60);
    if (work.empty() || what.empty() || waited.find(',') != std::string_view::npos) return {};
    if (cue_end != std::string::npos) {
        why = clause_text(text, {static_cast<std::uint32_t>(cue_end), sentence.end}, quoted, 160);
        if (std::count(why.begin(), why.end(), ' ') < 3) why.clear();
        lower_article(why);
    }
    std::string out = ing_form(verb) + " " + work + " before " + what;
    lower_article(out);
    return out;
}

// The evidence an estimate draft gives in a sentence of its own, lower-case at its start: a part of the work measured
// alone ("the card reader driver alone took us ten days last time"), or what the work took before. Not the sentence of
// the number itself (`numbered`), not a question, not someone else's quoted words; empty when there is none.
std::string estimate_evidence(std::string_view text, detector::Analysis const& a,
                              std::optional<detector::Range> const& numbered, std::size_t budget) {
    auto const skip = numbered ? sentence_around(text, numbered->start) : detector::Range{0, 0};
    // r20: "My estimate is 6 weeks, not 3. The data model change touches 40 tables and each needs a backfill.": the
    // sentence right after the writer's number, counting what the work touches, is why the number is what it is.
    if (numbered && skip.end < text.size() && text[skip.end] != '?') {
        auto from = static_cast<std::size_t>(skip.end) + 1;
        while (from < text.size() && (text[from] == ' ' || text[from] == '\n')) ++from;
        if (from < text.size()) {
            auto const next = sentence_around(text, from);
            std::string const nl = lower(text.substr(next.start, next.end - next.start));
            bool const counted = std::any_of(nl.begin(), nl.end(), [](char ch) { return ch >= '0' && ch <= '9'; });
            bool const touches = std::ranges::any_of(
                std::initializer_list<std::string_view>{" touches ", " needs ", " requires ", " has to ", " have to ",
                                                        " involves ", " each ", " means "},
                [&](std::string_view v) { return nl.find(v) != std::string::npos; });
            if (counted && touches && !inside(next, a.quoted) && (next.end >= text.size() || text[next.end] != '?')) {
                std::string why = clause_text(text, next, a.quoted, budget);
                if (std::count(why.begin(), why.end(), ' ') >= 4) {
                    lower_article(why);
                    return why;
                }
            }
        }
    }
    // (A cheap check before lower-casing: "alone", "took" or "last time/one" in any case.)
    if (text.find("lone ") == std::string_view::npos && text.find("took ") == std::string_view::npos &&
        text.find("ast time") == std::string_view::npos && text.find("ast one ") == std::string_view::npos)
        return {};
    std::string const l = lower(text);
    for (std::string_view cue : {" alone ", "took us ", " last time", " took ", "the last one "}) {
        for (auto at = l.find(cue); at != std::string::npos; at = l.find(cue, at + 1)) {
            auto const r = sentence_around(text, at);
            if ((numbered && r.start == skip.start) || inside(r, a.quoted)) continue;
            if (r.end < text.size() && text[r.end] == '?') continue;
            std::string why = clause_text(text, r, a.quoted, budget);
            if (std::count(why.begin(), why.end(), ' ') < 4) continue;
            lower_article(why);
            return why;
        }
    }
    return {};
}

// "I disagree with dropping the audit log from the MVP", "Removing the CSV export will hurt finance": the plan pushed
// back on is the removal, not the thing the writer wants kept. Gives the removal with its object and a short "from"
// complement ("dropping the audit log from the MVP"), or empty when the object follows no removal verb or the writer
// proposes the removal ("I'd suggest cutting the offline mode").
std::string removal_of(std::string_view text, std::string const& object, std::vector<detector::Range> const& quoted) {
    if (object.empty()) return {};
    std::string const l = lower(text);
    auto const at = l.find(lower(object));
    if (at == std::string::npos || at < 4 ||
        inside({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at)}, quoted))
        return {};
    std::size_t e = at - 1;
    while (e > 0 && l[e - 1] == ' ') --e;
    std::size_t b = e;
    while (b > 0 && std::isalpha(static_cast<unsigned char>(l[b - 1]))) --b;
    std::string verb(std::string_view(l).substr(b, e - b));
    auto const sentence = sentence_around(text, b);
    std::string_view const lead = std::string_view(l).substr(sentence.start, b - sentence.start);
    // "I don't think we should drop X", "please don't cut X", "why remove X?": a removal verb in its plain or past form
    // is pushed back on only under a negation or a "why"; "I'd rather we kept X", "we need to keep X": keeping it, when
    // the writer wants it, pushes back on dropping it.
    auto const says = [&](std::initializer_list<std::string_view> cues) {
        return std::any_of(cues.begin(), cues.end(),
                           [&](std::string_view w) { return lead.find(w) != std::string_view::npos; });
    };
    bool const negated = says({"n't ", "n\u2019t ", "not ", "never ", "why ", "against ", "disagree"});
    if (verb == "keep" || verb == "kept" || verb == "keeping") {
        if (negated ||
            !says({"rather", "like to", "want", "should", "need to", "prefer", "must", "favour", "favor", "in for"}))
            return {};
        verb = "dropping";
    } else if (!removal_object(verb + " ")) {
        static constexpr std::pair<std::string_view, std::string_view> plain[] = {
            {"drop", "dropping"},         {"dropped", "dropping"},  {"remove", "removing"},
            {"removed", "removing"},      {"cut", "cutting"},       {"kill", "killing"},
            {"killed", "killing"},        {"scrap", "scrapping"},   {"scrapped", "scrapping"},
            {"deprecate", "deprecating"}, {"descope", "descoping"}, {"descoped", "descoping"}};
        auto const* const form =
            std::find_if(std::begin(plain), std::end(plain), [&](auto const& f) { return f.first == verb; });
        if (form == std::end(plain) || !negated) return {};
        verb = form->second;
    }
    if (!negated)
        for (std::string_view proposing :
             {"i'd suggest", "i suggest", "i propose", "i'd propose", "let's", "we could", "we should", "how about",
              "what if", "i recommend", "i'd recommend", "i'd go", "consider", "i'm fine with", "i'm ok with",
              "happy with", "i'd start"})
            if (lead.find(proposing) != std::string_view::npos) return {};
    std::size_t end = at + object.size();
    // "from the MVP", "from the release": where it is dropped from, a few words to the clause's end.
    if (l.compare(end, 6, " from ") == 0) {
        std::size_t f = end + 6;
        int words = 0;
        while (f < l.size() && words < 4 &&
               (std::isalnum(static_cast<unsigned char>(l[f])) || l[f] == ' ' || l[f] == '-' ||
                (l[f] == '.' && f + 1 < l.size() && l[f + 1] != ' '))) {
            if (l[f] == ' ') ++words;
            ++f;
        }
        while (f > end + 6 && l[f - 1] == ' ') --f;
        if (words < 4 && (f >= l.size() || std::string_view(",.;:!?\n").find(l[f]) != std::string_view::npos)) end = f;
    }
    std::string out = verb + " " + std::string(text.substr(at, end - at));
    lower_article(out);
    return out;
}

// --- cards9: objects, numbers, steps and proposals read from more of the draft's grammar (review round nine) ---

namespace {

// The present verbs of what a plan does to what it is given ("assumes", "ignores", "requires").
bool plan_verb(std::string_view w) {
    static constexpr std::string_view verbs[] = {
        "assumes", "ignores", "expects", "requires", "needs",   "adds",  "uses",    "treats",  "misses",
        "skips",   "relies",  "forces",  "hides",    "breaks",  "drops", "removes", "changes", "touches",
        "puts",    "sends",   "stores",  "says",     "forgets", "keeps", "leaves",  "counts",  "asks"};
    // cards12: what a plan leaves out, said as its verb ("the ferry crew roster plan overlooks some union rules").
    static constexpr std::string_view leaves_out[] = {"overlooks", "omits",    "neglects",
                                                      "excludes",  "bypasses", "underestimates"};
    if (std::find(std::begin(leaves_out), std::end(leaves_out), w) != std::end(leaves_out)) return true;
    return std::find(std::begin(verbs), std::end(verbs), w) != std::end(verbs);
}

// "the union rules that I think the new auto-assign ignores": a clause that ends on such a verb has lost its object
// (it was said before), so it is a cut clause, never a card's consequence.
bool ends_on_its_verb(std::string_view clause) {
    auto const sp = clause.rfind(' ');
    return sp != std::string_view::npos && plan_verb(lower(clause.substr(sp + 1)));
}

// "The parking garage payment plan assumes every gate has network access": an object the detector ran on into the
// present verb of what the plan does ("... plan assumes", "... spec assumes every clinic") is the noun phrase before
// that verb, two words at least; nullopt when it holds no such verb.
std::optional<detector::Range> before_its_verb(std::string_view text, std::optional<detector::Range> r) {
    if (!r || r->end > text.size()) return std::nullopt;
    std::string const l = lower(r->in(text));
    for (std::size_t sp = l.find(' '), words = 1; sp != std::string::npos; sp = l.find(' ', sp + 1), ++words) {
        auto const e = l.find(' ', sp + 1);
        std::string_view const w = std::string_view(l).substr(sp + 1, e == std::string::npos ? e : e - sp - 1);
        // r22: "the CI pricing page changes are the way to go": the last word before a plural verb is a plural noun.
        if (e == std::string::npos) {
            std::string const after = lower(text.substr(r->end, 8));
            if (after.starts_with(" are ") || after.starts_with(" were ") || after.starts_with(" aren't") ||
                after.starts_with(" have ") || after.starts_with(" seem ") || after.starts_with(" look "))
                break;
        }
        if (words >= 2 && plan_verb(w)) return detector::Range{r->start, static_cast<std::uint32_t>(r->start + sp)};
    }
    return std::nullopt;
}

// "The firmware update is planned as one sprint. I think it's closer to three": a bare number after "closer to" or
// "more like", beside the plan's number, is the writer's estimate; nullopt when the draft says none.
std::optional<detector::Range> nearer_number(std::string_view text) {
    std::string const l = lower(text);
    static constexpr std::string_view numbers[] = {"two",   "three", "four", "five", "six",
                                                   "seven", "eight", "nine", "ten",  "twelve"};
    for (std::string_view lead : {"closer to ", "more like ", "nearer to ", "nearer ", "my estimate is ",  // cards10
                                  "my estimate's ", "i'd estimate ", "i estimate ", "i'd say "})
        for (auto at = l.find(lead); at != std::string::npos; at = l.find(lead, at + 1)) {
            auto const b = at + lead.size();
            auto e = b;
            while (e < l.size() && std::isalnum(static_cast<unsigned char>(l[e]))) ++e;
            std::string_view const n = std::string_view(l).substr(b, e - b);
            bool const number =
                !n.empty() && (std::all_of(n.begin(), n.end(),
                                           [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }) ||
                               std::find(std::begin(numbers), std::end(numbers), n) != std::end(numbers));
            // "closer to 3 weeks" is read by the detector; only a bare count takes the plan's unit here.
            bool const bare = e >= l.size() || std::string_view(".,;:!?\n)").find(l[e]) != std::string_view::npos;
            if (number && bare) return detector::Range{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)};
        }
    return std::nullopt;
}

// "three" against the plan's "one sprint" reads "three sprints": a bare count takes the plan's unit, a number
// word as a digit does; `own` unchanged when it has a unit or the plan has none.
std::string in_plan_unit(std::string own, std::string_view plan) {
    static constexpr std::string_view numbers[] = {"one",   "two",   "three", "four", "five",  "six",
                                                   "seven", "eight", "nine",  "ten",  "twelve"};
    bool const number =
        !own.empty() &&
        (std::all_of(own.begin(), own.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }) ||
         std::find(std::begin(numbers), std::end(numbers), lower(own)) != std::end(numbers));
    if (!number) return own;
    auto const space = plan.find(' ');
    if (space == std::string_view::npos || plan.substr(space + 1).find(' ') != std::string_view::npos) return own;
    std::string unit(plan.substr(space + 1));
    if (unit != "day" && unit != "days" && unit != "week" && unit != "weeks" && unit != "sprint" && unit != "sprints" &&
        unit != "month" && unit != "months")
        return own;
    if (unit.back() != 's' && own != "1" && lower(own) != "one") unit += 's';
    return own + " " + unit;
}

// "so we need a bootloader change first", "we'll have to migrate the tables first": a step the plan must take
// first is the writer's way forward, not a failure mode to weigh.
bool first_step_clause(std::string_view clause) {
    std::string const l = lower(clause);
    bool const need = l.starts_with("we need ") || l.starts_with("we'd need ") || l.starts_with("we'll need ") ||
                      l.starts_with("we have to ") || l.starts_with("we'd have to ") ||
                      l.starts_with("we'll have to ") || l.starts_with("we must ");
    return need && (l.ends_with(" first") || l.ends_with(" before that"));
}

}  // namespace

// "Can we rethink the podcast transcription thing?": asking to reconsider the plan is the objection itself, not a
// proposal; "revisit the scope so the export ships first" still proposes something.
bool reconsiders_only(std::string_view proposal) {
    std::string const l = lower(proposal);
    bool const again = l.starts_with("rethink ") || l.starts_with("re-think ") || l.starts_with("reconsider ") ||
                       l.starts_with("revisit ") || l.starts_with("rework ") || l.starts_with("look again at ") ||
                       l.starts_with("take another look at ") || l.starts_with("step back on ") ||
                       l.starts_with("pause ");
    if (!again) return false;
    for (std::string_view more : {" so ", " and ", " to ", " with ", " by ", " into ", " instead", " as ", ","})
        if (l.find(more) != std::string::npos) return false;
    return true;
}

// --- cards10: a comparison left open, a doing as its subject, a doing disagreed with ---
namespace {
// "I disagree with moving the payment webhooks to the shared queue, but ...": what the writer disagrees with is the
// doing, to the end of its clause, when it holds the object read ("the payment webhooks"); empty otherwise.
std::string disagreed_doing(std::string_view text, std::string const& object,
                            std::vector<detector::Range> const& quoted) {
    if (object.empty()) return {};
    std::string const l = lower(text);
    for (std::string_view lead : {"disagree with ", "i'm against ", "i am against ", "object to "})
        for (auto at = l.find(lead); at != std::string::npos; at = l.find(lead, at + 1)) {
            auto const b = at + lead.size();
            if (inside({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(b)}, quoted)) continue;
            auto const verb_end = l.find(' ', b);
            if (verb_end == std::string::npos) continue;
            std::string_view const verb = std::string_view(l).substr(b, verb_end - b);
            if (verb.size() < 6 || !verb.ends_with("ing") || verb == "nothing" || verb == "everything" ||
                verb == "something" || removal_object(std::string(verb) + " "))
                continue;
            auto e = l.find_first_of(",.;:!?\n", b);
            if (e == std::string::npos) e = l.size();
            for (std::string_view turn : {" but ", " because ", " since ", " as it "})
                if (auto const t = l.find(turn, b); t != std::string::npos && t < e) e = t;
            std::string doing =
                clause_text(text, {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, quoted, 100);
            if (lower(doing).find(lower(object)) == std::string::npos) continue;
            return doing;
        }
    return {};
}

// "Reserving seats for majors would do more for that.": the comparison ends on what it serves ("for that", "for the
// goal", "here"), its "than" understood.
bool ends_comparison(std::string_view rest) {
    auto const stop = rest.find_first_of(".!;\n");
    std::string_view const tail = rest.substr(0, stop);
    for (std::string_view open :
         {" for that", " for this", " for it", " for the goal", " here", " for users", " for them"})
        if (tail.ends_with(open)) return true;
    return false;
}
// "Reserving seats for majors": a doing opens the subject (a verb's -ing form, not "nothing", "something").
bool gerund_opens(std::string_view sl) {
    auto const space = sl.find(' ');
    if (space == std::string_view::npos) return false;
    std::string_view const w = sl.substr(0, space);
    return w.size() > 5 && w.ends_with("ing") && w != "nothing" && w != "something" && w != "everything" &&
           w != "anything" && w != "morning" && w != "evening" && w != "thing" && w != "string" && w != "king";
}
}  // namespace
// --- end cards10 ---

// "A checklist before upload would do more for that than chat": a thing set above the plan's by a comparison in the
// conditional is the writer's alternative, the noun phrase that opens the sentence; empty when none.
std::string compared_alternative(std::string_view text, detector::Analysis const& a) {
    std::string const l = lower(text);
    for (std::string_view cmp : {" would do more ", " would work better ", " would be better ", " would be simpler ",
                                 " would be cheaper ", " would help more ", " would serve ", " would solve more "}) {
        for (auto at = l.find(cmp); at != std::string::npos; at = l.find(cmp, at + 1)) {
            auto const sentence = sentence_around(text, at);
            std::string_view const rest = std::string_view(l).substr(at, sentence.end - at);
            if (rest.find(" than ") == std::string_view::npos && !ends_comparison(rest)) continue;  // cards10
            std::string subject = clause_text(text, {sentence.start, static_cast<std::uint32_t>(at)}, a.quoted, 80);
            std::string const sl = lower(subject);
            // "It would be better than nothing", "that would do more": a pronoun names no alternative.
            bool const determined = sl.starts_with("a ") || sl.starts_with("an ") || sl.starts_with("the ") ||
                                    sl.starts_with("one ") || sl.starts_with("our ") || sl.starts_with("using ") ||
                                    gerund_opens(sl);  // cards10: "Reserving seats for majors would do more"
            auto const words = std::count(subject.begin(), subject.end(), ' ');
            if (!determined || words < 1 || words > 7 || subject.find_first_of(",;:") != std::string::npos) continue;
            lower_article(subject);
            if (gerund_opens(sl)) subject[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(subject[0])));
            return subject;
        }
    }
    return {};
}

// --- end cards9 ---

// --- cards12: the number an answer to "how long" gives ---
namespace {
// "You asked how long the import would take. About three weeks: ...", "> how long would the export take?\nTwo sprints":
// a question of how long, quoted or named as asked, is answered by the first length of time the writer gives after
// it; that is the writer's own number.
std::optional<detector::Range> c12_answered_how_long(std::string_view text, detector::Analysis const& a) {
    std::string const l = lower(text);
    auto const at = l.find("how long");
    if (at == std::string::npos) return std::nullopt;
    bool const quoted = inside({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 8)}, a.quoted);
    auto const open = l.rfind('\n', at);
    auto const from = open == std::string::npos ? 0 : open + 1;
    std::string_view const lead = std::string_view(l).substr(from, at - from);
    bool const named = lead.find("you asked") != std::string_view::npos ||
                       lead.find("your question") != std::string_view::npos ||
                       lead.find("asked me") != std::string_view::npos;
    if (!quoted && !named) return std::nullopt;
    auto const end = l.find_first_of(".?\n", at);
    if (end == std::string::npos) return std::nullopt;
    auto const [b, e] = duration_span(std::string_view(l).substr(end));
    if (b == std::string_view::npos) return std::nullopt;
    detector::Range const r{static_cast<std::uint32_t>(end + b), static_cast<std::uint32_t>(end + e)};
    if (inside(r, a.quoted)) return std::nullopt;
    return r;
}
}  // namespace
// --- end cards12 ---

void fill_clause_slots(ReframingSlots& s, Library::Impl const& impl, detector::Analysis const& a,
                       std::string_view text) {
    auto const max_of = [](std::string_view name) { return reframing_slots[slot_index(name)].max_size; };
    auto const clause = [&](std::string_view name, std::optional<detector::Range> const& r) {
        set_slot(s, impl, name, r ? clause_text(text, *r, a.quoted, max_of(name)) : std::string{});
    };
    auto const& c = a.clauses;
    // The object reads as a noun phrase in "the plan for {{object}}": not a vague word ("faster"), not a
    // bare pronoun ("all", "this"), not a whole clause.
    auto const usable_object = [&](std::optional<detector::Range> r, bool from_detector) -> std::string {
        if (!r) return {};
        for (auto const& span : a.spans)
            if (span.range.start < r->end && r->start < span.range.end) return {};
        // "the last 40 support tickets": a counted noun is evidence, not what the message is about.
        // "6 months on the rules engine" is not one: a preposition between the number and the noun ends the count.
        auto const before = text.substr(r->start >= 12 ? r->start - 12 : 0, r->start >= 12 ? 12 : r->start);
        auto const digit = std::find_if(before.rbegin(), before.rend(),
                                        [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); });
        if (digit != before.rend()) {
            std::string const between = lower(before.substr(static_cast<std::size_t>(before.rend() - digit)));
            bool const preposition = std::any_of(std::begin(prepositions), std::end(prepositions),
                                                 [&](auto p) { return between.find(p) != std::string::npos; });
            if (!preposition) return {};
        }
        // "because we must change the mobile client and the API version": in an estimate, what follows "because"
        // is why it takes long, and a noun joined to another by "and" is one part of the work, not what it's about.
        if (c.plan_number || c.own_number) {
            auto const sentence = sentence_around(text, r->start);
            std::string const lead_in = lower(text.substr(sentence.start, r->start - sentence.start));
            if (lead_in.find(" because ") != std::string::npos || lead_in.find(" since ") != std::string::npos)
                return {};
        }
        {
            std::string const after = lower(text.substr(r->end, std::min<std::size_t>(10, text.size() - r->end)));
            for (std::string_view joined : {" and the ", " and a ", " and our ", " and its ", " and an "})
                if (after.starts_with(joined)) return {};
        }
        // "it touches billing, permissions and the mobile app": a part of the work listed is not what it's about.
        std::string const lead = lower(text.substr(r->start >= 10 ? r->start - 10 : 0, r->start >= 10 ? 10 : r->start));
        // (r21: "Hey Marisol, the parking permit renewal plan ...": a comma after a greeting lists nothing.)
        bool greeted = false;
        if (lead.ends_with(", ")) {
            auto const sentence = sentence_around(text, r->start);
            std::string const opening = lower(text.substr(sentence.start, r->start - sentence.start));
            for (std::string_view hi :
                 {"hey", "hi ", "hi,", "hello", "morning", "yo ", "ok, ", "okay, ", "so, ", "honestly, ", "fwiw, ",
                  "btw, ", "also, ", "<@", "hmm, ", "hmm ", "um, ", "well, "})
                greeted = greeted || (opening.starts_with(hi) && std::count(opening.begin(), opening.end(), ',') == 1 &&
                                      std::count(opening.begin(), opening.end(), ' ') <= 3);
        }
        for (std::string_view part : {" and ", ", ", " or ", "touches ", "involves ", "affects "})
            if (lead.ends_with(part) && !(greeted && part == ", ")) return {};
        // "two different variants of the system": the complement of another noun is not what the draft is about
        // ("a concern about the system"); a preposition ending in "of" ("because of", "instead of") is not a noun.
        if (lead.ends_with(" of ") && from_detector) {
            std::size_t const to = r->start - 4, from = to >= 20 ? to - 20 : 0;
            std::string const before = " " + lower(text.substr(from, to - from));
            auto const sp = before.rfind(' ');
            std::string_view const noun =
                sp == std::string::npos ? std::string_view{} : std::string_view(before).substr(sp + 1);
            bool const preposition = noun == "because" || noun == "instead" || noun == "out" || noun == "ahead" ||
                                     noun == "favor" || noun == "favour" || noun == "front" || noun == "top" ||
                                     noun == "regardless" || noun == "outside" || noun == "inside" || noun == "all" ||
                                     noun == "some" || noun == "most" || noun == "none" || noun == "each";
            if (noun.size() > 3 && noun.ends_with('s') && !preposition) return {};
        }
        // "the new screens add three flows": a count the detector took for the topic is evidence, not what it's about.
        if (from_detector && std::any_of(a.specifics.begin(), a.specifics.end(), [&](detector::Specific const& sp) {
                return sp.kind == detector::SpecificKind::number && sp.range.start <= r->start &&
                       r->end <= sp.range.end;
            }))
            return {};
        std::string o = clause_text(text, *r, a.quoted, max_of("object"));
        // "the invoicing plan worries me": the subject of a clause about the writer, without its verb and pronoun.
        for (std::string_view pronoun : {" me", " us"})
            if (from_detector && lower(o).ends_with(pronoun) && std::count(o.begin(), o.end(), ' ') >= 3) {
                auto const verb = o.rfind(' ', o.size() - pronoun.size() - 1);
                std::string const v = lower(o.substr(verb + 1, o.size() - pronoun.size() - verb - 1));
                if (v.size() > 3 && v.ends_with('s')) o.resize(verb);
            }
        // "the ledger rewrite alone is two": an adverb the detector took for the topic names nothing.
        for (std::string_view adverb : {"alone", "together", "instead", "anyway", "though", "too", "either", "also"})
            if (lower(o) == adverb) return {};
        return (from_detector ? reads_as_object(o) : short_noun_phrase(o)) ? o : std::string{};
    };
    // "concerns re: the launch plan": an object the detector cut out of its noun phrase ("plan") reads whole from its
    // determiner, a word or two back in the same phrase.
    std::optional<detector::Range> whole = c.object;
    if (whole && whole->start > 2 && whole->end <= text.size()) {
        std::string const head = lower(whole->in(text));
        bool const determined = head.starts_with("the ") || head.starts_with("a ") || head.starts_with("an ") ||
                                head.starts_with("our ") || head.starts_with("this ") || head.starts_with("their ");
        std::size_t b = whole->start;
        for (int words = 0; !determined && words < 2; ++words) {
            std::size_t e = b;
            while (e > 0 && text[e - 1] == ' ') --e;
            if (e == b || e == 0) break;
            std::size_t w = e;
            while (w > 0 && (std::isalnum(static_cast<unsigned char>(text[w - 1])) || text[w - 1] == '-')) --w;
            if (w == e) break;
            std::string const word = lower(text.substr(w, e - w));
            if (word == "the" || word == "our" || word == "their") {
                whole->start = static_cast<std::uint32_t>(w);
                break;
            }
            b = w;
        }
    }
    std::string object = usable_object(trimmed_object(text, whole), true);
    if (object.empty()) object = usable_object(before_its_verb(text, whole), true);  // cards9: "X assumes ..."
    // "the diversity of end users": an object the detector cut before its "of" complement reads whole with it.
    std::optional<detector::Range> with_of = whole;
    if (with_of && with_of->end + 4 < text.size() && lower(text.substr(with_of->end, 4)) == " of ") {
        std::size_t e = with_of->end + 4, words = 0;
        while (e < text.size() && words < 3) {
            auto w = e;
            while (w < text.size() && (std::isalnum(static_cast<unsigned char>(text[w])) || text[w] == '-')) ++w;
            if (w == e) break;
            std::string const word = lower(text.substr(e, w - e));
            if (words > 0 && (word == "and" || word == "or" || word == "to" || word == "is" || word == "are" ||
                              word == "in" || word == "for" || word == "that" || word == "which"))
                break;
            // "the last of the month", "the risk of using it now": a time or a doing is no thing's complement.
            if (word == "month" || word == "week" || word == "day" || word == "year" || word == "now" || word == "it" ||
                word == "this" || word == "all" || (words == 0 && word.ends_with("ing"))) {
                words = 0;
                break;
            }
            ++words;
            e = w;
            if (e >= text.size() || text[e] != ' ') break;
            ++e;
        }
        while (e > with_of->end && text[e - 1] == ' ') --e;
        if (words > 0) with_of->end = static_cast<std::uint32_t>(e);
    }
    // (Only a thing already read as the object takes its complement, and only when the whole still reads as one.)
    if (!object.empty() && !idiom_topic(object) && with_of && with_of->end != whole->end)
        if (auto longer = usable_object(trimmed_object(text, with_of), true);
            !longer.empty() && std::count(longer.begin(), longer.end(), ' ') <= 5)
            object = std::move(longer);
    // "to email the members' reading history to partners": an object the detector cut at its possessive is the owner,
    // not the thing; the noun the possessive names, up to the next preposition, is the object.
    if (!object.empty() && whole && whole->end + 3 < text.size() && object.size() == whole->in(text).size()) {
        std::string_view const rest = text.substr(whole->end);
        std::size_t e = rest.starts_with("'s ") ? 3 : rest.starts_with("' ") ? 2 : rest.starts_with("\u2019s ") ? 5 : 0;
        int words = 0;
        while (e > 0 && e < rest.size() && words < 3) {
            auto w = e;
            while (w < rest.size() && (std::isalnum(static_cast<unsigned char>(rest[w])) || rest[w] == '-')) ++w;
            if (w == e) break;
            std::string const word = lower(rest.substr(e, w - e));
            static constexpr std::string_view ends[] = {"to",  "from", "for",    "with",  "at",   "into", "about",
                                                        "on",  "in",   "by",     "of",    "and",  "or",   "is",
                                                        "are", "was",  "before", "after", "will", "that", "which"};
            if (std::find(std::begin(ends), std::end(ends), word) != std::end(ends)) break;
            ++words;
            e = w;
            if (e >= rest.size() || rest[e] != ' ') break;
            ++e;
        }
        while (e > 0 && rest[e - 1] == ' ') --e;
        if (words > 0) {
            detector::Range const owned{whole->start, static_cast<std::uint32_t>(whole->end + e)};
            if (auto longer = usable_object(owned, true); !longer.empty()) object = std::move(longer);
        }
    }
    if (object.empty() && !c.object) object = usable_object(a.topic, false);
    // "Regarding the new reporting module, I see some problems": a draft that names its subject first is about it.
    // "<@U1> re the importer: ..." names it after the mention.
    if (auto named = opening_subject(plain_words(text)); !named.empty() && reads_as_object(named))
        object = std::move(named);
    // "<@U1> the Q4 roadmap is way too ambitious for the team we have": the noun phrase the draft opens on, as the
    // subject of its verdict, is what it is about when nothing else names it.
    // A thing named only in the verdict ("too ambitious for the team we have") is not what it is about.
    // (Read only when the draft opens on a determiner, past a mention: most don't, and this costs no copy.)
    std::string_view opening = text;
    while (opening.starts_with("<")) {
        auto const close = opening.find('>');
        if (close == std::string_view::npos) break;
        opening.remove_prefix(close + 1);
        while (opening.starts_with(" ")) opening.remove_prefix(1);
    }
    auto const opens_with = [&](std::string_view w) {
        return opening.size() > w.size() && std::equal(w.begin(), w.end(), opening.begin(), [](char x, char y) {
                   return x == std::tolower(static_cast<unsigned char>(y));
               });
    };
    if (opens_with("the ") || opens_with("our ") || opens_with("this ")) {
        std::string const plain = plain_words(text);
        std::string const l = lower(plain);
        if (l.starts_with("the ") || l.starts_with("our ") || l.starts_with("this "))
            for (std::string_view verb : {" is ", " are ", " looks ", " seems ", " feels ", " will ", " won't "})
                if (auto const at = l.find(verb); at != std::string::npos && at < 48 &&
                                                  l.substr(0, at).find_first_of(",.;:!?\n") == std::string::npos) {
                    std::string subject = plain.substr(0, at);
                    // "The referral program probably won't ...": an adverb before the verb is not the subject's.
                    for (bool cut = true; cut;) {
                        cut = false;
                        auto const sp = subject.rfind(' ');
                        if (sp == std::string::npos) break;
                        std::string const last = lower(subject.substr(sp + 1));
                        if (last.ends_with("ly") || last == "just" || last == "still" || last == "also" ||
                            last == "probably" || last == "really" || last == "definitely") {
                            subject.resize(sp);
                            cut = true;
                        }
                    }
                    // "This reviewer noticed there is nothing ...": a verb inside makes it a clause, not a subject.
                    bool clause = false;
                    for (std::size_t w = subject.find(' '); w != std::string::npos; w = subject.find(' ', w + 1)) {
                        auto const e = subject.find(' ', w + 1);
                        std::string const word = lower(subject.substr(w + 1, e == std::string::npos ? e : e - w - 1));
                        clause = clause || word == "there" || word == "here" ||
                                 (word.ends_with("ed") && e != std::string::npos && w != subject.find(' '));
                    }
                    lower_article(subject);
                    if (subject.starts_with("this ")) subject.replace(0, 4, "the");
                    // "The client is asking if ...": a progressive reports what someone does; a verdict judges.
                    {
                        std::string_view const next = std::string_view(l).substr(at + verb.size());
                        auto const sp2 = next.find(' ');
                        if (next.substr(0, sp2).ends_with("ing") && !next.starts_with("going to ")) break;
                    }
                    auto const said_at = lower(text).find(verb);
                    bool const in_verdict =
                        c.object && said_at != std::string::npos && c.object->start > said_at &&
                        text.substr(said_at, c.object->start - said_at).find_first_of(",;.:!?\n") == std::string::npos;
                    if (!clause && reads_as_object(subject) && (object.empty() || in_verdict)) object = subject;
                    break;
                }
    }
    // "this approach for the payments retry": the demonstrative object reads "the approach for the payments retry"
    // once the phrase that says which one follows it.
    if (object.empty() && c.object && c.object->end < text.size()) {
        std::string const head = lower(c.object->in(text));
        auto const sentence = sentence_around(text, c.object->start);
        for (std::string_view det : {"this ", "that "}) {
            if (!head.starts_with(det) || std::count(head.begin(), head.end(), ' ') != 1) continue;
            auto e = static_cast<std::size_t>(c.object->end);
            std::string const rest = lower(text.substr(e, std::min<std::size_t>(6, text.size() - e)));
            // "this kind of manual change", "that sort of thing": a hedge, not the thing pointed at.
            bool const kind = head.ends_with(" kind") || head.ends_with(" sort") || head.ends_with(" type");
            if (kind || (!rest.starts_with(" for ") && !rest.starts_with(" to ") && !rest.starts_with(" on ") &&
                         !rest.starts_with(" of ")))
                break;
            while (e < sentence.end && std::string_view(",;:").find(text[e]) == std::string_view::npos) ++e;
            // "this design of the notification service is not good": the phrase ends where its verb starts.
            std::string const span = lower(text.substr(c.object->end, e - c.object->end));
            for (std::string_view verb : {" is ", " are ", " was ", " will ", " won't ", " isn't ", " doesn't ",
                                          " would ", " looks ", " seems ", " feels "})
                if (auto const v = span.find(verb); v != std::string::npos) e = std::min(e, c.object->end + v);
            std::string const which = "the " + clause_text(text,
                                                           {c.object->start + static_cast<std::uint32_t>(det.size()),
                                                            static_cast<std::uint32_t>(e)},
                                                           a.quoted, max_of("object"));
            if (reads_as_object(which)) object = which;
        }
    }
    // r21: "saw the plan in <#C2|mobile-eng> for the offline map tiles": a plan that names nothing on its own reads
    // with the phrase that says which one, past the channel it was posted in.
    if (c.object && c.object->end < text.size() && (object.empty() || lower(object) == lower(c.object->in(text)))) {
        std::string const head = lower(c.object->in(text));
        static constexpr std::string_view generic[] = {"the plan",     "the spec", "the proposal", "the design",
                                                       "the approach", "the idea", "the prd",      "the mockups"};
        if (std::find(std::begin(generic), std::end(generic), head) != std::end(generic)) {
            std::string_view rest = text.substr(c.object->end);
            if (rest.starts_with(" in <#") && rest.find('>') != std::string_view::npos)
                rest.remove_prefix(rest.find('>') + 1);
            else if (rest.starts_with(" in #"))
                rest.remove_prefix(std::min(rest.size(), rest.find(' ', 5)));
            for (std::string_view prep : {" for ", " on ", " to "}) {
                if (!rest.starts_with(prep)) continue;
                std::string_view np = rest.substr(prep.size());
                np = np.substr(0, std::min(np.size(), np.find_first_of(",;.:!?\n<")));
                while (np.ends_with(' ')) np.remove_suffix(1);
                auto const words = std::count(np.begin(), np.end(), ' ') + 1;
                std::string const which = std::string(c.object->in(text)) + std::string(prep) + std::string(np);
                if (words >= 2 && words <= 5 && (np.starts_with("the ") || np.starts_with("our ")) &&
                    reads_as_object(np))
                    object = which;
                break;
            }
        }
    }
    // "the new pricing page without": a phrase the detector cut before its complement never ends on a preposition.
    bool trimmed = false;
    for (bool cut = true; cut && !object.empty();) {
        cut = false;
        for (std::string_view dangling : {" without", " with", " for", " to", " of", " in", " on", " at", " from",
                                          " by", " and", " or", " before", " after", " right", " just"})
            if (object.ends_with(dangling)) {
                object.resize(object.size() - dangling.size());
                cut = true;
                trimmed = true;
            }
    }
    if (trimmed && !object.empty() && !reads_as_object(object)) object.clear();
    // "If we ship without the rate limiter": the risk is in going without it, not in "without the rate limiter".
    if (object.starts_with("without ")) object.insert(0, "going ");
    if (idiom_topic(object)) object.clear();
    // "2 weeks for SSO is not realistic": the plan's number names what it is for.
    if (object.empty() && (c.plan_number || c.own_number))
        object = number_for(text, *(c.plan_number ? c.plan_number : c.own_number), a);
    // "The migration" opened its sentence; inside a card it reads "the migration".
    for (std::string_view det : {"The ", "A ", "An ", "Our ", "Their ", "This "})
        if (object.starts_with(det)) object[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(object[0])));
    // "the API team", "the release team": people are whom a plan is for or by, never what a card pushes back on.
    if (names_people(object)) object.clear();
    // r20: "Can we get a rough estimate by EOD?": the estimate asked for is the answer, not the work it is about.
    if (names_the_answer(object)) object.clear();
    // "Moving to Mongo doesn't solve our reporting joins": what a plan fails to fix is the problem, not what the
    // writer pushes back on.
    if (!object.empty())
        if (auto const at = lower(text).find(lower(object)); at != std::string::npos && at > 0) {
            std::string const before = lower(text.substr(at >= 40 ? at - 40 : 0, at >= 40 ? 40 : at));
            for (std::string_view verb : {"solve ", "fix ", "address ", "help with ", "help "})
                if (before.ends_with(verb)) {
                    std::string_view const head = std::string_view(before).substr(0, before.size() - verb.size());
                    for (std::string_view no :
                         {"doesn't ", "won't ", "not ", "can't ", "wouldn't ", "never ", "does not ", "will not "})
                        if (head.ends_with(no)) object.clear();
                }
        }
    std::string const removal_free_object = object;
    if (auto removal = removal_of(text, object, a.quoted); !removal.empty()) object = std::move(removal);
    if (auto doing = disagreed_doing(text, object, a.quoted); !doing.empty()) object = std::move(doing);  // cards10
    // "I'd like to wait for the provider's new API before we build the instalments feature, since the current one is
    // deprecated in June": the writer is not against the work but against its timing; the card's object is the work
    // before what it should wait for, and the reason after "since"/"because" is what it costs.
    std::string timing_why;
    if (auto timing = waiting_object(text, a.quoted, timing_why); !timing.empty()) object = std::move(timing);
    // r30: "Can we talk about the on-call rotation? It's been a rough month.": what the writer asks to talk about.
    if (object.empty()) {
        std::string const l = lower(text);
        for (std::string_view talk : {"can we talk about the ", "could we talk about the ", "can we chat about the ",
                                      "could we chat about the ", "can we discuss the ", "could we discuss the "})
            if (auto const at = l.find(talk); at != std::string::npos) {
                auto const b = at + talk.size() - 4;
                auto const e = std::min(l.find_first_of("?.,;!\n", b), l.size());
                std::string what(text.substr(b, e - b));
                auto const words = std::count(what.begin(), what.end(), ' ');
                if (words >= 1 && words <= 6 && what.find_first_of("<*`") == std::string::npos &&
                    !inside({static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 1)}, a.quoted)) {
                    lower_article(what);
                    object = std::move(what);
                }
                break;
            }
    }
    set_slot(s, impl, "object", object);
    clause("plan_number", c.plan_number);
    // "a 1-week job": the number read as an amount is "1 week".
    if (s.flags[flag_index("has_plan_number")]) {
        std::string plan = s.values[slot_index("plan_number")];
        if (auto const dash = plan.find('-'); dash != std::string::npos && dash > 0 && dash + 1 < plan.size() &&
                                              std::isdigit(static_cast<unsigned char>(plan[dash - 1])) &&
                                              std::isalpha(static_cast<unsigned char>(plan[dash + 1]))) {
            plan[dash] = ' ';
            set_slot(s, impl, "plan_number", plan);
        } else if (dash != std::string::npos && plan.find(' ') == std::string::npos) {
            // "not a two-week job": a number word as an amount is "two weeks".
            std::string const n = lower(plan.substr(0, dash));
            std::string unit = plan.substr(dash + 1);
            constexpr std::string_view words[] = {"two", "three", "four", "five", "six", "eight", "ten", "twelve"};
            bool const unitary = unit == "day" || unit == "week" || unit == "sprint" || unit == "month";
            if (unitary && std::find(std::begin(words), std::end(words), n) != std::end(words))
                set_slot(s, impl, "plan_number", plan.substr(0, dash) + " " + unit + "s");
        }
    }
    // "2 weeks for SSO is not realistic": a duration for a named thing, in a draft that gives no number of its
    // own, is the plan's number the writer disputes.
    // "Estimation of 3 days for the search filters is too optimistic, I think 2 weeks": beside the writer's number,
    // another duration for a named thing is the plan's.
    if (!c.plan_number)
        for (auto const& sp : a.specifics) {
            if (sp.kind != detector::SpecificKind::number || inside(sp.range, a.quoted)) continue;
            if (c.own_number && (sp.range.start == c.own_number->start || sp.range.start > c.own_number->start))
                continue;
            auto const what = number_for(text, sp.range, a);
            if (what.empty()) continue;
            set_slot(s, impl, "plan_number", clause_text(text, sp.range, a.quoted, max_of("plan_number")));
            if (object.empty()) set_slot(s, impl, "object", what);
            break;
        }
    if (s.flags[flag_index("has_plan_number")] && c14_said_as_a_rate(text, s.values[slot_index("plan_number")]))
        set_slot(s, impl, "plan_number", {});  // cards14: "once an hour" is a rate
    // "about five weeks of work, not three": the number the writer sets theirs against, right after it, is the
    // plan's, in the writer's unit.
    if (c.own_number && c.own_number->end <= text.size() && !s.flags[flag_index("has_plan_number")]) {
        std::string const after =
            lower(text.substr(c.own_number->end, std::min<std::size_t>(40, text.size() - c.own_number->end)));
        auto const nt = after.find(", not ");
        if (nt != std::string::npos && after.substr(0, nt).find_first_of(".;!?\n") == std::string::npos) {
            auto b = nt + 6, e = b;
            while (e < after.size() && std::isalnum(static_cast<unsigned char>(after[e]))) ++e;
            std::string_view const n = std::string_view(after).substr(b, e - b);
            constexpr std::string_view words[] = {"one",   "two",   "three", "four", "five",  "six",
                                                  "seven", "eight", "nine",  "ten",  "twelve"};
            bool const number =
                !n.empty() && (std::all_of(n.begin(), n.end(),
                                           [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); }) ||
                               std::find(std::begin(words), std::end(words), n) != std::end(words));
            bool const bare = e >= after.size() || std::string_view(".,;!?\n").find(after[e]) != std::string_view::npos;
            if (number && bare) {
                auto const start = c.own_number->end + b;
                set_slot(s, impl, "plan_number", std::string(text.substr(start, n.size())));
            }
        }
    }
    // "honestly it's about four sprints of work, not two": a length of time set against another number with ", not" is
    // the writer's estimate against the plan's, however the sentence around it reads.
    std::optional<detector::Range> own_range = c.own_number;
    if (!own_range && text.find(", not ") != std::string_view::npos) {
        std::string const l = lower(text);
        if (auto const [at, end] = duration_span(l); at != std::string::npos) {
            std::string_view const after = std::string_view(l).substr(end, 24);
            auto const nt = after.find(", not ");
            detector::Range const r{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(end)};
            if (nt != std::string_view::npos && after.substr(0, nt).find_first_of(".;!?\n") == std::string_view::npos &&
                !inside(r, a.quoted)) {
                auto b = nt + 6, e = b;
                while (e < after.size() && std::isalnum(static_cast<unsigned char>(after[e]))) ++e;
                std::string_view const n = after.substr(b, e - b);
                bool const number = !n.empty() && (std::isdigit(static_cast<unsigned char>(n[0])) || n == "one" ||
                                                   n == "two" || n == "three" || n == "four" || n == "five" ||
                                                   n == "six" || n == "eight" || n == "ten");
                if (number) {
                    own_range = r;
                    if (!s.flags[flag_index("has_plan_number")])
                        set_slot(s, impl, "plan_number", std::string(text.substr(end + b, n.size())));
                }
            }
        }
    }
    if (!own_range) own_range = c12_answered_how_long(text, a);  // cards12: "You asked how long ... About three weeks"
    if (!own_range && s.flags[flag_index("has_plan_number")])    // cards9: "closer to three"
        if (auto const near = nearer_number(text); near && !inside(*near, a.quoted)) own_range = near;
    // "I think it's 3" against the plan's "1 sprint": the writer's number takes the plan's unit.
    std::string own = own_range ? clause_text(text, *own_range, a.quoted, max_of("own_number")) : std::string{};
    std::string const plan =
        s.flags[flag_index("has_plan_number")] ? s.values[slot_index("plan_number")] : std::string{};
    if (!own.empty() &&
        std::all_of(own.begin(), own.end(), [](char ch) { return std::isdigit(static_cast<unsigned char>(ch)); })) {
        auto const space = plan.find(' ');
        if (space != std::string::npos && std::isdigit(static_cast<unsigned char>(plan[0]))) {
            std::string unit = plan.substr(space + 1);
            if (own != "1" && !unit.empty() && unit.back() != 's' && unit.find(' ') == std::string::npos) unit += 's';
            own += " " + unit;
        }
    }
    set_slot(s, impl, "own_number", in_plan_unit(own, plan));  // cards9: "three" -> "three sprints"
    // "I think it's 3 sprints because the indexer has to be rewritten first": the writer's reason for their number,
    // said in the same sentence, goes with it.
    std::string because;
    if (own_range && own_range->end <= text.size()) {
        auto const sentence = sentence_around(text, own_range->start);
        std::string const l = lower(text.substr(own_range->end, sentence.end - own_range->end));
        for (std::string_view cue : {" because ", ", because ", " since ", ", since "}) {
            auto const at = l.find(cue);
            if (at == std::string::npos || at > 24) continue;
            auto const b = static_cast<std::uint32_t>(own_range->end + at + cue.size());
            because = clause_text(text, {b, sentence.end}, a.quoted, max_of("because"));
            if (std::count(because.begin(), because.end(), ' ') < 2) because.clear();
            break;
        }
        // "closer to 3 weeks: we have 40 tenants with custom IdP configs": the reason after a colon.
        if (because.empty() && own_range->end < text.size() && text[own_range->end] == ':') {
            auto b = own_range->end + 1;
            auto e = b;
            while (e < text.size() && std::string_view(".!?\n").find(text[e]) == std::string_view::npos) ++e;
            because = clause_text(text, {b, static_cast<std::uint32_t>(e)}, a.quoted, max_of("because"));
            if (std::count(because.begin(), because.end(), ' ') < 3) because.clear();
        }
    }
    // "The kiosk redesign is not a two-week job. The card reader driver alone took us ten days last time, ...": in an
    // estimate with no reason beside the writer's number, a sentence of its own that measures a part of the work
    // ("X alone ...") or says what it took before ("took us ten days", "last time") is the evidence for it.
    bool const estimate =
        c.plan_number || c.own_number || s.flags[flag_index("has_plan_number")] ||
        std::find(a.legitimate.begin(), a.legitimate.end(), detector::Reason::estimate) != a.legitimate.end() ||
        std::any_of(a.specifics.begin(), a.specifics.end(), [&](detector::Specific const& sp) {
            auto const w = lower(sp.range.in(text));
            return sp.kind == detector::SpecificKind::number && !inside(sp.range, a.quoted) &&
                   (w.find("day") != std::string::npos || w.find("week") != std::string::npos ||
                    w.find("sprint") != std::string::npos || w.find("month") != std::string::npos);
        });
    if (because.empty() && estimate)
        because = estimate_evidence(text, a, c.plan_number ? c.plan_number : c.own_number, max_of("because"));
    set_slot(s, impl, "because", because);
    // "That's not a two-day job": the size the writer denies is the plan's number, said as an adjective.
    if (!s.flags[flag_index("has_plan_number")] && (!own.empty() || estimate))
        if (auto denied = denied_size(text, a); !denied.empty()) set_slot(s, impl, "plan_number", denied);
    std::string deadline = c.deadline ? clause_text(text, *c.deadline, a.quoted, max_of("deadline")) : std::string{};
    // A reply to "Can we have it by Friday?" names the PM's Friday: the date their ask is about is the one
    // the trade is made against, though the words are theirs.
    // "> can we have the kiosk live for the reopening on the 12th?\n... the audit cannot happen before the 20th": the
    // answer's own date is why the ask's can't be made; the trade is still made against the date the PM asked for.
    if (deadline.empty() || !a.quoted.empty())
        if (auto asked = asked_deadline(text, a); !asked.empty() || deadline.empty()) deadline = std::move(asked);
    if (deadline.empty()) deadline = c14_milestone(plain_words(text));  // cards14: "before the board meeting"
    if (deadline.empty()) deadline = c14_asked_period(text, a);         // cards14: "> ... go out this week?"
    if (deadline.empty()) deadline = l16_period_deadline(text, a);      // leads16: "by end of next week"
    for (std::string_view lead : {"by ", "of ", "on ", "before "})
        if (lower(deadline).starts_with(lead)) deadline.erase(0, lead.size());
    deadline = l16_said_deadline(text, std::move(deadline));  // leads16: "the end of Q3", "next Tuesday"
    // "the 4 merchants we interviewed last month": a time already past is when something happened, never what
    // the work is due by.
    // r20: "3 enterprise customers reported it this week": a time after a verb in the past is when it happened.
    if (!deadline.empty()) {
        std::string const l = lower(text);
        if (auto const at = l.find(lower(deadline)); at != std::string::npos && at > 3) {
            std::string_view before = std::string_view(l).substr(0, at);
            while (!before.empty() && before.back() == ' ') before.remove_suffix(1);
            for (std::string_view obj : {" it", " them", " this", " that"})
                if (before.ends_with(obj)) before.remove_suffix(obj.size());
            auto const sp = before.rfind(' ');
            std::string_view const verb = before.substr(sp == std::string_view::npos ? 0 : sp + 1);
            if (verb.size() > 4 && verb.ends_with("ed") && !verb.ends_with("need") && !verb.ends_with("eed"))
                deadline.clear();
        }
    }
    for (std::string_view past : {"last ", "yesterday", "earlier today", "this morning", "ago", "previous "})
        if (lower(deadline).starts_with(past) || lower(deadline).ends_with(past)) deadline.clear();
    set_slot(s, impl, "deadline", deadline);
    // "the checkout rewrite will break refunds": an impact clause reads whole from its subject, when the
    // object opens it in the same sentence.
    std::optional<detector::Range> impact = over_markup(text, c.impact);
    // "we can't open without it": a clause the detector cut at its preposition runs on to its object.
    if (impact && impact->end < text.size()) {
        std::string const tail = lower(impact->in(text));
        for (std::string_view dangling : {" without", " with", " for", " to", " of", " on", " in", " from", " by"})
            if (tail.ends_with(dangling)) {
                auto const stop = text.find_first_of(".,;!?\n", impact->end);
                auto const end = stop == std::string_view::npos ? text.size() : stop;
                if (end - impact->end <= 24) impact->end = static_cast<std::uint32_t>(end);
                break;
            }
    }
    if (impact && c.object && c.object->end <= impact->start && impact->start - c.object->end <= 24) {
        auto const gap = text.substr(c.object->end, impact->start - c.object->end);
        if (gap.find_first_of(".!?;:\n") == std::string_view::npos) impact->start = c.object->start;
    }
    std::string consequence =
        impact ? point_of(with_subject(text, *impact, clause_text(text, *impact, a.quoted, max_of("consequence"))))
               : std::string{};
    // "won't make" alone is a cue, not a consequence: a clause says what happens to whom.
    if (std::count(consequence.begin(), consequence.end(), ' ') < 2) consequence.clear();
    if (first_step_clause(consequence) || ends_on_its_verb(consequence)) consequence.clear();  // cards9
    // r20: "I can't put my finger on it", "I can't explain why": the writer's own vagueness is no consequence.
    if (std::string const said = lower(consequence); !said.empty())
        for (std::string_view unsaid :
             {"put my finger", "can't explain", "cannot explain", "can't say why", "can't articulate", "not sure why",
              "can't quite say",
              // r30 (trial32): a feeling's idiom says no harm to anyone ("we might be
              // losing the plot a little bit", "we'll end up somewhere nobody wanted").
              "losing the plot", "lose the plot", "end up somewhere", "feels off", "feel off", "something's off",
              "doesn't sit right", "don't sit right", "bad feeling", "weird vibe", "hangs together"})
            if (said.find(unsaid) != std::string::npos) {
                consequence.clear();
                break;
            }
    for (std::string_view det : {"The ", "A ", "An ", "Our ", "This ", "Their "})
        if (consequence.starts_with(det))
            consequence[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(consequence[0])));
    // "weigh one risk in the checkout rewrite: the checkout rewrite will break refunds" says it twice.
    if (!object.empty() && lower(consequence).starts_with(lower(object) + " "))
        consequence = "it" + consequence.substr(object.size());
    // r31: "The spec Sam wrote is unworkable, it double-books the install crews on Mondays": what the plan does, said
    // of it right after the verdict, is the cost.
    if (consequence.empty()) {
        std::string const l = lower(text);
        for (std::string_view turn : {", it ", ": it ", "; it ", " - it ", ", because it ", " because it "}) {
            auto const at = l.find(turn);
            if (at == std::string::npos) continue;
            auto const b = at + turn.size();
            auto const e = std::min(l.find_first_of(".!?;\n", b), l.size());
            std::string_view const said = std::string_view(l).substr(b, e - b);
            auto const verb = said.substr(0, said.find(' '));
            bool const third = verb.size() > 3 && verb.ends_with('s') && !verb.ends_with("ss") &&
                               !verb.ends_with("'s") && verb != "does" && verb != "has" && verb != "was" &&
                               verb != "is" && verb != "seems" && verb != "looks" && verb != "sounds" &&
                               verb != "feels" && verb != "means" && verb != "reads" && verb != "always" &&
                               verb != "works";
            if (!third || std::count(said.begin(), said.end(), ' ') < 2 || said.size() > 160 ||
                said.find_first_of("<`*") != std::string_view::npos)
                continue;
            auto cut = e;
            for (std::string_view aside : {" and i'm ", " and i ", ", and i ", " but i ", ", but i ", " so i "})
                if (auto const t = l.find(aside, b); t != std::string::npos && t < cut) cut = t;
            if (said.find(" always ") != std::string_view::npos || said.find(" never ") != std::string_view::npos)
                continue;
            consequence = "it " + std::string(text.substr(b, cut - b));
            break;
        }
    }
    // r31: "I think we should reconsider the decision to drop SAML. Three of our top ten accounts use it and renewals
    // are in March.": a fact the writer counts, in a plain sentence of its own after the first, is what it costs. (Not
    // in a reply, not the writer's own feeling or status, and a sentence ends only at a stop followed by a blank.)
    if (consequence.empty() && a.quoted.empty()) {
        std::string const l = lower(text);
        static constexpr std::string_view counts[] = {"two ",   "three ", "four ", "five ", "six ",  "seven ",
                                                      "eight ", "nine ",  "ten ",  "half ", "most ", "twelve "};
        auto const stop_at = [&](std::size_t from) {
            for (auto k = l.find_first_of(".!?\n", from); k != std::string::npos; k = l.find_first_of(".!?\n", k + 1))
                if (k + 1 >= l.size() || l[k] == '\n' || l[k + 1] == ' ' || l[k + 1] == '\n') return k;
            return l.size();
        };
        for (auto e0 = stop_at(0); e0 < l.size() && consequence.empty();) {
            auto b = e0 + 1;
            while (b < l.size() && (l[b] == ' ' || l[b] == '\n')) ++b;
            if (b >= l.size()) break;
            auto const e = stop_at(b);
            std::string_view sentence = std::string_view(l).substr(b, e - b);
            std::size_t lead = 0;
            for (std::string_view connective : {"but ", "and ", "also ", "plus "})
                if (sentence.starts_with(connective)) lead = connective.size();
            sentence.remove_prefix(lead);
            bool const counted =
                std::ranges::any_of(counts, [&](std::string_view n) { return sentence.starts_with(n); }) ||
                std::ranges::any_of(std::views::iota(std::size_t{0}, sentence.size()), [&](std::size_t k) {
                    return sentence[k] >= '0' && sentence[k] <= '9' &&
                           (k == 0 || sentence[k - 1] == ' ' || sentence[k - 1] == '$' || sentence[k - 1] == '~');
                });
            bool const writers = std::ranges::any_of(
                std::initializer_list<std::string_view>{
                    "i ",   "i'",       " me ",    " my ",  "we'll",      "tbh",        "yes",   "still",  "going to",
                    "done", "finished", "is live", "in qa", "hope",       "we can",     "let's", "should", "seems",
                    "feel", "think",    "'ll ",    "only ", "would have", "could have", "must "},
                [&](std::string_view w) { return (" " + std::string(sentence)).find(w) != std::string::npos; });
            bool const asked = e < l.size() && l[e] == '?';
            if (counted && !writers && !asked && std::count(sentence.begin(), sentence.end(), ' ') >= 4 &&
                sentence.size() < 180 && sentence.find_first_of("<`*>:(") == std::string_view::npos &&
                !sentence.starts_with("- ") && !sentence.starts_with("\xE2\x80\xA2")) {
                consequence = std::string(text.substr(b + lead, e - b - lead));
                if (std::ranges::any_of(counts, [&](std::string_view n) { return sentence.starts_with(n); }) ||
                    std::ranges::any_of(
                        std::initializer_list<std::string_view>{"the ", "our ", "right ", "in ", "on ", "at ", "last ",
                                                                "since ", "after ", "before ", "this ", "these ",
                                                                "their ", "every ", "over ", "about "},
                        [&](std::string_view w) { return sentence.starts_with(w); }))
                    consequence[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(consequence[0])));
            }
            e0 = e;
        }
    }
    if (consequence.empty() && !timing_why.empty()) consequence = std::move(timing_why);
    // "I'm against cutting the offline mode; half our field techs work without signal": a removal pushed back on is
    // followed by why the thing should stay, which is what the removal would cost.
    if (consequence.empty() && object != removal_free_object)
        if (auto const at = lower(text).find(lower(removal_free_object)); at != std::string::npos) {
            auto const sentence = sentence_around(text, at);
            std::size_t from = std::string::npos;
            if (auto const because =
                    lower(text.substr(sentence.start, sentence.end - sentence.start)).find(" because ");
                because != std::string::npos && sentence.start + because > at)
                from = sentence.start + because + 9;
            else if (sentence.end < text.size() && (text[sentence.end] == ';' || text[sentence.end] == '.'))
                from = sentence.end + 1;
            if (from != std::string::npos) {
                while (from < text.size() && (text[from] == ' ' || text[from] == '\n')) ++from;
                auto const next = sentence_around(text, from);
                bool const question = next.end < text.size() && text[next.end] == '?';
                std::string why = question ? std::string{}
                                           : clause_text(text, {static_cast<std::uint32_t>(from), next.end}, a.quoted,
                                                         max_of("consequence"));
                std::string const lw = lower(why);
                bool const proposes = lw.starts_with("i'd") || lw.starts_with("we could") || lw.starts_with("let's") ||
                                      lw.starts_with("can we") || lw.starts_with("could we") ||
                                      lw.starts_with("what if") || lw.starts_with("how about");
                if (!proposes && std::count(why.begin(), why.end(), ' ') >= 3) {
                    lower_article(why);
                    for (std::string_view det : {"Two ", "Three ", "Half ", "Most ", "All ", "Every ", "Some "})
                        if (why.starts_with(det))
                            why[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(why[0])));
                    consequence = std::move(why);
                }
            }
        }
    set_slot(s, impl, "consequence", consequence);
    // leads18: "the geofencing thing makes me nervous tbh": the writer's slang for the work is said as the work in a
    // card meant for the PM ("one risk in the geofencing work"); renamed once the slots read from it are filled.
    if (s.flags[flag_index("has_object")]) {
        std::string const& named = s.values[slot_index("object")];
        std::string const l = lower(named);
        if (l.ends_with(" thing") && std::count(l.begin(), l.end(), ' ') >= 2 && l.find("whole") == std::string::npos) {
            auto const before = l.substr(0, l.size() - 6);
            auto const word = before.substr(before.rfind(' ') + 1);
            static constexpr std::string_view plain[] = {"same",  "other",  "one",  "only", "first",  "last", "right",
                                                         "wrong", "real",   "main", "big",  "little", "new",  "old",
                                                         "next",  "entire", "this", "that", "every",  "same"};
            if (!word.ends_with("est") && std::find(std::begin(plain), std::end(plain), word) == std::end(plain))
                set_slot(s, impl, "object", named.substr(0, named.size() - 6) + " work");
        }
    }
    auto const alternative = over_markup(text, c.alternative);
    std::string const raw_alt =
        alternative ? clause_text(text, *alternative, a.quoted, max_of("alternative")) : std::string{};
    set_slot(s, impl, "alternative", proposal_of(raw_alt));
    if (reconsiders_only(proposal_of(raw_alt))) set_slot(s, impl, "alternative", {});  // cards9: "reconsider X?"
    if (alternative) {
        auto const [proposed, replaced] = proposed_instead(text, *alternative, a.quoted);
        if (!proposed.empty()) {
            set_slot(s, impl, "alternative", proposed);
            set_slot(s, impl, "replaced", replaced);
            // "We could use the existing job queue instead of standing up Kafka": a thing named inside the proposal
            // is Path B's, not what the two paths are for.
            if (!object.empty() && lower(proposed).find(lower(object)) != std::string::npos)
                set_slot(s, impl, "object", {});
            // "Why not reuse the notification service instead of writing a new one? It already handles retries.": the
            // next sentence, about Path B ("it", "that"), is why the writer proposes it.
            if (consequence.empty()) {
                auto const here = sentence_around(text, alternative->start);
                std::size_t from = here.end + 1;
                while (from < text.size() && (text[from] == ' ' || text[from] == '\n')) ++from;
                auto const next = sentence_around(text, from);
                std::string const head = lower(text.substr(from, std::min<std::size_t>(8, text.size() - from)));
                bool const about_it = head.starts_with("it ") || head.starts_with("it's ") || head.starts_with("that ");
                bool const question = next.end < text.size() && text[next.end] == '?';
                if (from < text.size() && about_it && !question) {
                    std::string why = clause_text(text, next, a.quoted, max_of("consequence"));
                    if (std::count(why.begin(), why.end(), ' ') >= 3) {
                        why[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(why[0])));
                        set_slot(s, impl, "consequence", why);
                    }
                }
            }
        }
    }
    // "I'd rather we kept the manual approval step, because ...": against a removal, the writer's "proposal" is keeping
    // the thing, which is the objection itself; the proposal card asks for a middle way instead of repeating it.
    if (object != removal_free_object && !removal_free_object.empty() && s.flags[flag_index("has_alternative")] &&
        lower(s.values[slot_index("alternative")]).find(lower(removal_free_object)) != std::string::npos)
        set_slot(s, impl, "alternative", {});
    // "Instead of writing a custom PDF renderer, we could ...": the plan the two paths compare is X.
    for (std::string_view lead : {"instead of ", "rather than "}) {
        if (!lower(raw_alt).starts_with(lead)) continue;
        std::string plan = raw_alt.substr(lead.size());
        std::string const l = lower(plan);
        for (std::string_view turn : {",", " we could ", " we should ", " let's ", " i'd ", " we "})
            if (auto const at = l.find(turn); at != std::string::npos) {
                plan.resize(at);
                break;
            }
        if (plan.size() > 4 && plan.size() < max_of("object") && plan != raw_alt.substr(lead.size()))
            set_slot(s, impl, "object", plan);
    }
    // A PM's add-on names the thing added: the trade cards speak of it, not of the work in progress.
    // "Since matchmaking is open on your side anyway, tack it on?" is an add-on by its grammar.
    if (std::find(a.patterns.begin(), a.patterns.end(), detector::Pattern::one_more_thing) != a.patterns.end() ||
        (a.patterns.empty() && may_add_on(text) &&
         ask_by_grammar(lower(text), false) == detector::Pattern::one_more_thing)) {
        // "Any chance the audit export could sneak into this release?": the add-on is the ask's object.
        std::string added = add_on_of(text);
        if (added.empty()) added = s.flags[flag_index("has_object")] ? s.values[slot_index("object")] : std::string{};
        if (added.empty()) added = asked_object(text);
        if (!added.empty()) set_slot(s, impl, "topic", added);
    }
    clause("ask", c.ask);

    // The hedge to drop: the first hedge of the writer's own, with the "but" that follows it.
    std::string hedge;
    for (auto const& span : a.spans) {
        if (span.category != detector::VagueCategory::hedge || inside(span.range, a.quoted)) continue;
        // "I don't think we should ship it", "not sure we can": a negated opinion carries the objection; dropping
        // it would say the opposite. Only where it turns on a "but" ("Not sure I'm reading the roadmap right, but
        // ...") is it the writer's self-doubt, dropped with everything up to the "but".
        auto const said = lower(text.substr(span.range.start, span.range.end - span.range.start));
        bool const negated = said.find("n't") != std::string::npos || said.find("not ") != std::string::npos ||
                             said.find("n\u2019t") != std::string::npos;
        if (negated) {
            std::string const ahead =
                lower(text.substr(span.range.end, std::min<std::size_t>(60, text.size() - span.range.end)));
            auto const but = ahead.find(" but");
            if (but == std::string::npos || ahead.find_first_of(".;!?\n") < but) continue;
            // The doubt is about the writer's own reading ("I'm reading", "I understood", "if I follow"), not
            // the plan ("I don't think it's the right call but ...").
            auto const before = std::string_view(ahead).substr(0, but);
            if (before.find("i'm ") == std::string_view::npos && before.find("i am ") == std::string_view::npos &&
                before.find("if i ") == std::string_view::npos && before.find("i understood") == std::string_view::npos)
                continue;
        }
        // "I'm worried the migration will lock the table": a worry that names what it is about is the concern
        // itself, not a hedge to drop.
        if (states_concern(text, span.range)) continue;
        // r21: "There may be a constraint I don't know about": the seeds' missed-constraint question, no hedge.
        if (lower(text.substr(span.range.end, 40)).starts_with(" a constraint") ||
            lower(text.substr(span.range.end, 40)).starts_with(" something i'm missing") ||
            lower(text.substr(span.range.end, 40)).starts_with(" something i don't know"))
            continue;
        // "May 30" is a date, not a hedge.
        if (span.range.end + 1 < text.size() && text[span.range.end] == ' ' &&
            std::isdigit(static_cast<unsigned char>(text[span.range.end + 1])))
            continue;
        // r27 (trial29): "a homeowner expecting Luis at 8 might get a different tech at 2", "a privacy problem and
        // maybe a permit one too": a lone modal inside a clause says how likely a fact is; dropping it breaks the
        // sentence or claims more than the writer knows. Only a hedge that opens its sentence or clause is the
        // writer's self-doubt to drop.
        if (said == "might" || said == "maybe" || said == "may" || said == "possibly" || said == "perhaps" ||
            said == "could" || said == "likely" || said == "probably") {
            auto b = span.range.start;
            while (b > 0 && text[b - 1] == ' ') --b;
            bool const opens = b == 0 || std::string_view(".!?;:\n,(").find(text[b - 1]) != std::string_view::npos;
            if (!opens) continue;
        }
        std::size_t end = span.range.end;
        // "Maybe I am wrong but", "Perhaps it's just me, but": the hedge runs on to its "but"; dropping its first
        // word alone would leave "I am wrong but ..." in the draft.
        {
            std::string const ahead =
                lower(text.substr(end, std::min<std::size_t>(negated ? 60 : 36, text.size() - end)));
            auto const but = ahead.find(" but");
            if (but != std::string::npos && ahead.find_first_of(".;!?\n") > but &&
                (negated || ahead.substr(0, but).find("wrong") != std::string::npos ||
                 ahead.substr(0, but).find("just me") != std::string::npos)) {
                end += but;
                if (end > 0 && text[end - 1] == ',') --end;
            }
        }
        // r30: "I think, and I could be totally wrong here, that the caching layer ...": the aside is the hedge's.
        {
            std::string const ahead = lower(text.substr(end, std::min<std::size_t>(48, text.size() - end)));
            for (std::string_view aside : {", and i could be", ", and i might be", ", and i may be", " (and i could be",
                                           ", though i could be", ", though i might be"})
                if (ahead.starts_with(aside)) {
                    auto const close = ahead.find_first_of(",)", aside.size());
                    if (close != std::string::npos) end += close + 1;
                    break;
                }
        }
        while (end > span.range.end && text[end - 1] == ',') --end;
        for (std::string_view tail : {", but", " but"})
            if (text.substr(end).starts_with(tail)) end += tail.size();
        hedge = quote(plain_words(text.substr(span.range.start, end - span.range.start)), max_of("hedge"));
        break;
    }
    // "Sorry if this is a dumb question, but ...": an apology that opens the draft and turns on its "but" is a hedge
    // the detector's spans don't mark, and the first one, before any the spans found after it (cards9).
    {
        std::array<char, 120> buf{};
        auto const n = std::min(buf.size(), text.size());
        std::transform(text.begin(), text.begin() + static_cast<std::ptrdiff_t>(n), buf.begin(),
                       [](char ch) { return static_cast<char>(std::tolower(static_cast<unsigned char>(ch))); });
        std::string_view const head(buf.data(), n);
        // r27 (trial28): "Feel free to ignore if this was already settled before I joined — the page ...": a dash
        // turns the opening as a "but" does.
        auto but = head.find(", but ");
        std::size_t turn = 6;
        for (std::string_view dash : {" \u2014 ", " \u2013 ", " - ", " -- ", ": "})
            if (auto const d = head.find(dash); d < but) {
                // A colon turns only a hedge that stands alone ("not my area so grain of salt:"); "I'm not convinced
                // about dark mode:" opens the objection itself.
                if (dash == ": " &&
                    std::ranges::none_of(
                        std::initializer_list<std::string_view>{"grain of salt", "not my area", "two cents", "2 cents",
                                                                "fwiw", "for what it's worth", "out loud", "my place",
                                                                // r30 (trial32): "half-formed thought, but:"
                                                                "half-formed", "half formed", "half-baked thought",
                                                                "random thought"},
                        [&](std::string_view w) { return head.substr(0, d).find(w) != std::string_view::npos; }))
                    continue;
                but = d;
                turn = dash.size();
            }
        // leads18: "Could be overthinking it, but", "idk, maybe I'm missing context, but", "Not sure this is my place,
        // but": an opening that doubts the writer's own standing is the hedge whole (dropping "Could be" alone left
        // "overthinking it, but ..."), before a hedge word found later ("Maybe we keep draft-save" proposes).
        bool const doubt = std::ranges::any_of(
            std::initializer_list<std::string_view>{
                "not sure", "could be", "idk", "maybe", "overthinking", "my place", "might be", "may be", "just me",
                "dunno", "no expert", "correct me", "missing something", "missing context",
                // r21: "Take this with a grain of salt, but", "Feel free to tell
                // me I'm off base, but", "I could be way off here, but"
                "grain of salt", "off base", "way off", "tell me if i'm wrong", "push back if", "ignore me if",
                "not an expert", "i'm no",
                // r22: "Just thinking out loud here, but", "Forgive me if I'm
                // overstepping, but", "Not trying to rain on the parade, but",
                // "Just my two cents, but"
                "out loud", "overstepping", "rain on", "two cents", "2 cents", "not to be a pain", "not to be that guy",
                "apologies if", "devil's advocate", "for what it's worth", "fwiw",
                // trial24: "Feel free to ignore this, but", "Happy to be overruled here, but"
                "feel free to ignore", "overruled", "proven wrong", "shot down", "derail", "100% sure",
                "hundred percent sure", "not totally sure", "may be nothing", "probably missing something",
                // r26 (trial26): the writer's standing or the reader's leave to dismiss it, "Not trying to be a
                // blocker, but", "Tell me if I'm crazy, but", "Feel free to push back on this, but"
                "not trying to", "tell me if", "feel free to", "stop me if", "call me out", "let me know if i'm",
                "shoot me down", "bear with me", "hear me out", "might be way off", "could be way off",
                // r27 (trial27, trial28): "Happy to be wrong here, but", "Feel free to ignore if this was already
                // settled before I joined —"
                "happy to be", "be wrong", "overreacting", "already settled", "before i joined", "if this was",
                // r27 (trial30): "This may just be me being overly cautious, but", "not my area so grain of salt:"
                "overly cautious", "being cautious", "just be me", "not my area", "paranoid",
                // r30 (trial32): "half-formed thought, but:"
                "half-formed", "half formed", "half-baked thought", "random thought"},
            [&](std::string_view w) { return head.find(w) < but; });
        // r31 (trial34): "Could be totally off base since I only joined the anodizing project last week, but": the
        // writer's standing with its reason runs longer and is the hedge whole.
        bool const standing = std::ranges::any_of(
            std::initializer_list<std::string_view>{"off base", "only joined", "just joined", "new here", "new to the",
                                                    "new on the", "grain of salt"},
            [&](std::string_view w) { return head.find(w) < but; });
        bool const sorry =
            head.starts_with("sorry") || head.find("dumb question") < but || head.find("stupid question") < but ||
            head.find("silly question") < but ||
            (doubt && std::count(head.begin(), head.begin() + static_cast<std::ptrdiff_t>(std::min(but, head.size())),
                                 ' ') <= (standing    ? 16
                                          : turn == 6 ? 9
                                                      : 11));  // r32: a dash turns it too
        if (but != std::string::npos && sorry && head.find_first_of(".;!?\n") > but)
            hedge = quote(plain_words(text.substr(0, turn == 6 ? but + 5 : but + turn - 1)), max_of("hedge"));
    }
    set_slot(s, impl, "hedge", hedge);

    // The label to cut: the first overstatement of the writer's own ("gonna be a mess", "a total disaster"), when
    // the draft also names particulars that make the case without it.
    std::string overstatement;
    if (!a.specifics.empty())
        for (auto const& span : a.spans)
            if (span.category == detector::VagueCategory::hyperbole && !inside(span.range, a.quoted) &&
                labels_the_plan(text.substr(span.range.start, span.range.end - span.range.start)) &&
                // r27 (trial29): "covers the worst risk", "the worst case": a degree of a risk, not a label for the
                // plan.
                !lower(text.substr(span.range.end, 12)).starts_with(" risk") &&
                !lower(text.substr(span.range.end, 12)).starts_with(" case") &&
                !lower(text.substr(span.range.end, 12)).starts_with(" of it") &&
                !lower(text.substr(span.range.end, 12)).starts_with(" part")) {
                // "is gonna be a mess": the verb that calls it so goes with the label, or cutting it leaves
                // "is gonna be" behind.
                std::size_t start = span.range.start;
                std::string const before = lower(text.substr(0, start));
                // ("it's a mess": the contraction stays with its subject.)
                for (std::string_view verb : {"is gonna be ", "is going to be ", "gonna be ", "going to be ",
                                              "will be ", "would be ", "is ", "are ", "was "})
                    if (before.ends_with(verb)) {
                        start -= verb.size();
                        break;
                    }
                overstatement = quote(plain_words(text.substr(start, span.range.end - start)), max_of("overstatement"));
                break;
            }
    set_slot(s, impl, "overstatement", overstatement);
}

// --- leads15: a hedged vague wish is no proposal ---
namespace {
// The words of a slot's piece, lower-cased: runs of letters, digits and apostrophes ("I'd", "10%" gives "10").
std::vector<std::string> l15_lower_words(std::string_view piece) {
    std::vector<std::string> words;
    auto const word_char = [](char ch) { return std::isalnum(static_cast<unsigned char>(ch)) != 0 || ch == '\''; };
    for (std::size_t i = 0; i < piece.size();) {
        while (i < piece.size() && !word_char(piece[i])) ++i;
        auto const b = i;
        while (i < piece.size() && word_char(piece[i])) ++i;
        if (b == i) break;
        std::string word(piece.substr(b, i - b));
        for (auto& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        words.push_back(std::move(word));
    }
    return words;
}
}  // namespace

// "maybe slow down a bit", "perhaps take it a little slower and think", "just be a bit more careful": a card slot that
// carries it offers the PM nothing to say yes to. The words are a hedge or a degree ("maybe", "a bit", "a little",
// "just", "I guess") and otherwise only words of pace, care or talk: no thing, number or step is named ("maybe pause
// the rollout at 10% for a week" names three).
bool l15_vague_wish(std::string_view proposal) {
    static constexpr std::string_view hedges[] = {"maybe",    "perhaps", "possibly", "probably", "just",
                                                  "guess",    "bit",     "little",   "tad",      "somewhat",
                                                  "slightly", "kinda",   "kind",     "sort",     "sorta"};
    static constexpr std::string_view empty[] = {
        "i",      "i'd",        "we",      "we'd",    "let's",   "us",        "you",         "a",       "an",
        "the",    "of",         "and",     "then",    "so",      "to",        "it",          "this",    "that",
        "things", "everything", "whole",   "thing",   "really",  "honestly",  "should",      "could",   "might",
        "can",    "would",      "try",     "want",    "like",    "be",        "think",       "more",    "instead",
        "slow",   "slower",     "slowly",  "down",    "careful", "carefully", "cautious",    "rethink", "reconsider",
        "pause",  "wait",       "step",    "back",    "breathe", "easy",      "easier",      "take",    "time",
        "hold",   "off",        "rush",    "rushing", "not",     "go",        "about",       "over",    "again",
        "look",   "talk",       "discuss", "chat",    "figure",  "out",       "differently", "better",  "something",
        "else",   "our",        "some",    "on",      "in",      "all"};
    bool hedged = false;
    bool any = false;
    for (auto const& word : l15_lower_words(proposal)) {
        if (std::isdigit(static_cast<unsigned char>(word.front())) != 0) return false;
        any = true;
        if (std::ranges::find(hedges, word) != std::end(hedges)) {
            hedged = true;
            continue;
        }
        if (std::ranges::find(empty, word) == std::end(empty)) return false;
    }
    return any && hedged;
}

// --- leads15: a slot that names nothing, and the writer's verb of advocacy ---
// "either, no", "off": a piece with no word of content (every word a function word, a particle or a yes/no) names no
// thing and no step, so no card carries it.
bool l15_names_nothing(std::string_view piece) {
    static constexpr std::string_view function[] = {
        "either", "neither", "yes",  "no",    "not",   "off",  "out",   "up",    "down",  "the",  "and",  "or",
        "but",    "this",    "that", "these", "those", "it",   "its",   "them",  "they",  "you",  "we",   "our",
        "your",   "their",   "his",  "her",   "all",   "any",  "some",  "one",   "just",  "so",   "too",  "very",
        "more",   "less",    "now",  "then",  "there", "here", "what",  "which", "who",   "how",  "why",  "when",
        "where",  "with",    "for",  "from",  "into",  "onto", "about", "over",  "under", "away", "back", "a",
        "an",     "of",      "to",   "in",    "on",    "at",   "by",    "is",    "be",    "do",   "was",  "are"};
    return std::ranges::all_of(l15_lower_words(piece), [&](std::string const& word) {
        return std::ranges::find(function, word) != std::end(function);
    });
}

// "strongly advocate for a plain JS version", "would recommend to keep make": the writer's verb of advocacy before the
// proposal is the writer's stance, which the card says in its own words ("here's what I'd propose instead: ..."); the
// proposal is what follows it.
std::string l15_without_advocacy(std::string proposal) {
    std::string const l = lower(proposal);
    for (std::string_view lead : {"strongly advocate for ", "advocate for ", "would strongly recommend ",
                                  "strongly recommend ", "would recommend to ", "would recommend ", "recommend to ",
                                  "recommend ", "argue for ", "vote for ", "push for ", "strongly suggest "})
        if (l.starts_with(lead) && proposal.size() > lead.size() + 6) return proposal.substr(lead.size());
    return proposal;
}
// --- end leads15 ---

// --- leads18 ---
// A grudging yes: a phrase of yielding with no will in it ("have it your way", "if you insist", "suit yourself",
// "whatever, ..." opening a sentence), or "fine" opening the draft before the reader's way taken ("Fine. We'll do it
// your way."). "Fine by me", "that's fine" and "fine, I'll take the webhook part" are sincere and none of these.
bool l18_grudging_yes(std::string_view lowered, std::vector<detector::Range> const& quoted) {
    auto const at_word = [&](std::string_view cue) {
        for (auto at = lowered.find(cue); at != std::string_view::npos; at = lowered.find(cue, at + 1)) {
            bool const edge = at == 0 || std::isalpha(static_cast<unsigned char>(lowered[at - 1])) == 0;
            auto const r = detector::Range{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 1)};
            if (edge && !inside(r, quoted)) return at;
        }
        return std::string_view::npos;
    };
    // A grudging yes is short: a long draft that says "if you insist" argues (or quotes) it.
    if (std::count(lowered.begin(), lowered.end(), ' ') >= 20) return false;
    for (std::string_view cue :
         {"have it your way", "if you insist", "suit yourself", "as you wish", "if that's what you want",
          "since that's what you want", "whatever you say", "whatever you want", "fine, whatever", "ok whatever",
          "okay whatever", "ok, whatever", "fine. whatever", "your funeral",
          // r29: "the data retention thing is fine I guess, whatever legal wants. not my problem anymore."
          "not my problem anymore", "not my problem any more", "fine i guess", "fine, i guess", "i give up",
          "not my hill to die on anymore"})
        if (at_word(cue) != std::string_view::npos) return true;
    // "Whatever, your call." opening a sentence ("Ugh, this sprint plan again. Whatever." yields nothing).
    if (auto const at = at_word("whatever");
        at != std::string_view::npos && at + 8 < lowered.size() && lowered[at + 8] == ',') {
        auto b = at;
        while (b > 0 && lowered[b - 1] == ' ') --b;
        if (b == 0 || std::string_view(".!?\n").find(lowered[b - 1]) != std::string_view::npos) return true;
    }
    // r19: "Fine.", "Whatever.", "ok fine.": the whole draft one clipped word of yielding (it was coached as a vague
    // objection, "I have a concern about the plan").
    if (quoted.empty() && lowered.size() <= 24) {
        std::string bare_word;
        for (char ch : lowered)
            if (std::isalpha(static_cast<unsigned char>(ch)) != 0 || ch == ' ') bare_word += ch;
        while (!bare_word.empty() && bare_word.back() == ' ') bare_word.pop_back();
        while (!bare_word.empty() && bare_word.front() == ' ') bare_word.erase(0, 1);
        for (std::string_view yielded : {"fine", "whatever", "ok fine", "okay fine", "fine whatever", "sure whatever",
                                         "k", "fine then", "ok then fine"})
            if (bare_word == yielded) return true;
    }
    // "Fine. We'll do it your way.", "ok fine, your way then": yielding to the reader's way, opened by "fine".
    std::string_view head = lowered.substr(0, std::min<std::size_t>(lowered.size(), 12));
    bool const fine_first = head.starts_with("fine.") || head.starts_with("fine,") || head.starts_with("ok fine") ||
                            head.starts_with("okay fine") || head.starts_with("ok, fine") || head.starts_with("fine!");
    // A yes that goes on to a concern noted or a next step ("Fine, we'll go with your call on X. Noting that build
    // times will double, I'll keep an eye on it.") is a commitment said plainly.
    bool const bare = std::count(lowered.begin(), lowered.end(), ' ') < 12;
    return fine_first && bare &&
           (at_word("your way") != std::string_view::npos || at_word("your call") != std::string_view::npos ||
            at_word("you win") != std::string_view::npos);
}
// --- end leads18 ---

}  // namespace pushback::templates::detail
