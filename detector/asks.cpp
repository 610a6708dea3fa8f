// The seeds' trust-destroying PM asks (seed 002), recognised by construction rather than by the
// seeds' wording (issue 12): a when/ETA/sooner question about delivery, a challenge to an estimate
// or to elapsed time, a comparison with elsewhere, a push to the simplest version, an add-on to work
// in progress. The phrase lists under lexicon/pattern_*.txt still count; the constructions add to
// them. Words in quotes are someone else's and never make a pattern.
#include <algorithm>
#include <array>
#include <cstring>
#include <initializer_list>
#include <optional>

#include "detector/detail/context.hpp"

namespace pushback::detector::detail {
namespace {

// Sentences of a pattern become spans of this category when no vague phrase covers them.
constexpr std::array<VagueCategory, 5> pattern_category{VagueCategory::unexplained_pressure,
                                                        VagueCategory::unexplained_pressure, VagueCategory::weasel,
                                                        VagueCategory::vague_scope, VagueCategory::vague_scope};

bool starts_with_word(std::string_view s, std::string_view w) {
    return s.starts_with(w) && (s.size() == w.size() || !is_word_byte(static_cast<unsigned char>(s[w.size()])));
}

bool is_space(char ch) { return ch == ' ' || ch == '\n' || ch == '\t'; }

// The whole word `w` in `s` at or after `from` (a hyphen joins words: "date" is not in "date-range").
std::size_t find_word(std::string_view s, std::string_view w, std::size_t from = 0) {
    auto const apart = [](char ch) { return ch != '-' && !is_word_byte(static_cast<unsigned char>(ch)); };
    for (auto p = find_text(s, w, from); p != std::string_view::npos; p = find_text(s, w, p + 1)) {
        auto const end = p + w.size();
        if ((p == 0 || apart(s[p - 1])) && (end == s.size() || apart(s[end]))) return p;
    }
    return std::string_view::npos;
}
bool has_word(std::string_view s, std::string_view w) { return find_word(s, w) != std::string_view::npos; }
// The same for `s`, a part of the message, skipping the search when a word of `w` is no word of the
// message (Context::may_hold).
std::size_t find_word(Context const& c, std::string_view s, std::string_view w, std::size_t from = 0) {
    return c.may_hold(s, w) ? find_word(s, w, from) : std::string_view::npos;
}
bool has_word(Context const& c, std::string_view s, std::string_view w) {
    return find_word(c, s, w) != std::string_view::npos;
}

// The word after [.., end) and the word before [begin, ..), skipping spaces (empty at an edge or before
// punctuation, so a clause boundary stops the look).
std::string_view next_word(std::string_view s, std::size_t end) {
    while (end < s.size() && is_space(s[end])) ++end;
    auto e = end;
    while (e < s.size() && (is_word_byte(static_cast<unsigned char>(s[e])) || s[e] == '\'')) ++e;
    return s.substr(end, e - end);
}
std::string_view prev_word(std::string_view s, std::size_t begin) {
    while (begin > 0 && is_space(s[begin - 1])) --begin;
    auto b = begin;
    while (b > 0 && (is_word_byte(static_cast<unsigned char>(s[b - 1])) || s[b - 1] == '\'')) --b;
    return s.substr(b, begin - b);
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> set) { return in_list(w, set); }

// An auxiliary or modal: what follows an interrogative "when" ("when will", "when is it", "when's"),
// never the subject of a "when I click" clause.
bool auxiliary(std::string_view w) {
    return one_of(w, {"will",   "would", "can", "could", "is", "are", "was",  "were",  "do",    "does",  "did",
                      "should", "shall", "may", "might", "to", "its", "it's", "gonna", "going", "can't", "won't"});
}

// The sentence after a greeting or an interjection ("Hi, When is the next release planned", "hey @dana,
// any update"): what a question opens with comes after them.
std::string_view after_greeting(std::string_view sentence) {
    for (bool again = true; again;) {
        again = false;
        for (std::string_view w :
             {"hi", "hello", "hey", "so", "ok", "okay", "and", "but", "also", "guys", "btw", "folks"})
            if (starts_with_word(sentence, w)) {
                sentence.remove_prefix(w.size());
                again = true;
            }
        // "@dana" and a name before a comma are the addressee.
        if (sentence.starts_with('@')) {
            auto const end = sentence.find_first_of(" ,:");
            sentence.remove_prefix(end == std::string_view::npos ? sentence.size() : end);
            again = true;
        }
        while (!sentence.empty() && (is_space(sentence.front()) || sentence.front() == ',' || sentence.front() == ':' ||
                                     sentence.front() == '-' || sentence.front() == '!'))
            sentence.remove_prefix(1);
    }
    return sentence;
}

// A question put indirectly ("I was wondering if there is an ETA", "I'm curious about when 5.2 ships",
// "Could you please let me know when"): the writer asks even without a question mark.
bool asks_indirectly(std::string_view sentence) {
    // One pass over the words (a sentence is read this way for every hit that needs it): "wondering",
    // "i wonder", "curious", "like to know", "let me know", "like to ask", "asking politely".
    std::string_view prev, prev2;
    bool found = false;
    std::size_t i = 0;
    while (i < sentence.size() && !found) {
        while (i < sentence.size() && !is_word_byte(static_cast<unsigned char>(sentence[i]))) ++i;
        auto e = i;
        while (e < sentence.size() && (is_word_byte(static_cast<unsigned char>(sentence[e])) || sentence[e] == '\''))
            ++e;
        auto const w = sentence.substr(i, e - i);
        switch (w.empty() ? '\0' : w[0]) {
            case 'w':
                found = w == "wondering" || (w == "wonder" && prev == "i");
                break;
            case 'c':
                found = w == "curious";
                break;
            case 'k':
                // "I'd like to know", "just to know", "let me know"; not "They wanted to know".
                // "let me know when / if / on / about …"; not "let me know what you think".
                found =
                    w == "know" &&
                    (((prev == "me" || prev == "us") &&
                      one_of(next_word(sentence, e), {"when", "if", "whether", "on", "about", "the", "regarding"})) ||
                     (prev == "to" && (prev2 == "like" || prev2 == "want" || prev2 == "just")));
                break;
            case 'a':
                found = (w == "ask" && prev == "to" && prev2 == "like") ||
                        (w == "asking" && next_word(sentence, e) == "politely");
                break;
            default:
                break;
        }
        prev2 = prev;
        prev = w;
        i = e;
    }
    return found;
}

// A question even without its question mark ("When will the next update", "any eta"). A sentence
// that opens with "when" is a question only with its mark or an auxiliary next ("When I use the
// Contact Support function, I can't open a case." is a condition).
bool asks(std::string_view sentence, Sentence const& x) {
    if (x.question()) return true;
    auto const lead = after_greeting(sentence);
    if (starts_with_word(lead, "when")) return auxiliary(next_word(lead, 4));
    for (std::string_view w :
         {"why", "how", "is", "are", "do", "does", "can", "could", "will", "would", "has", "have", "any", "what"})
        if (starts_with_word(lead, w)) return true;
    return asks_indirectly(sentence);
}

// "Please don't open issues for ETAs" asks for the opposite of a delivery.
bool please_not(std::string_view sentence) {
    for (std::string_view w : {"please don't", "please do not", "pls don't", "please stop"})
        if (sentence.find(w) != std::string_view::npos) return true;
    return false;
}

// A request: "please", or an opening delivery verb ("RELEASE IT NOW").
bool requests(std::string_view sentence) {
    if (please_not(sentence)) return false;
    if (has_word(sentence, "please") || has_word(sentence, "pls") || has_word(sentence, "kindly")) return true;
    for (std::string_view w : {"release", "ship", "merge", "fix", "push", "deploy", "publish", "update"})
        if (starts_with_word(sentence, w)) return true;
    return false;
}

// A demand: a request or an exclamation.
bool demands(std::string_view sentence, Sentence const& x) { return x.end == '!' || requests(sentence); }

// A sentence that times a program ("took about 15 seconds"): runtime, not the wait for work.
bool runtime_words(std::string_view sentence) {
    for (std::string_view w : {"seconds", "second", "minutes", "minute", "ms", "secs", "mins"})
        if (has_word(sentence, w)) return true;
    return false;
}

// A wish in the writer's words: "Hope they merge these soon", "hoping for a new version", "still waiting
// for" ("wait for sometime" tells the reader to wait).
bool wishes(std::string_view sentence) {
    for (std::string_view w : {"wish", "waiting"})
        if (has_word(sentence, w)) return true;
    // "I hope to get something put together for this in the near future" is the writer's own plan.
    for (std::string_view w : {"hope", "hoping"})
        for (auto p = find_word(sentence, w); p != std::string_view::npos; p = find_word(sentence, w, p + 1))
            if (next_word(sentence, p + w.size()) != "to" ||
                !one_of(prev_word(sentence, p), {"i", "we", "i'm", "we're", "am", "are"}))
                return true;
    return false;
}

// The words of `s` in order, each with where it starts (a hyphen or an apostrophe stays inside a word).
template <class F>
void each_word(std::string_view s, F&& f) {
    std::size_t i = 0;
    while (i < s.size()) {
        while (i < s.size() && !is_word_byte(static_cast<unsigned char>(s[i]))) ++i;
        auto e = i;
        while (e < s.size() && (is_word_byte(static_cast<unsigned char>(s[e])) || s[e] == '\'' || s[e] == '-')) ++e;
        if (e > i && !f(s.substr(i, e - i), i)) return;
        i = e;
    }
}

bool negated(std::string_view s) {
    return has_word(s, "not") || has_word(s, "never") || s.find("n't") != std::string_view::npos;
}

// A word that says the work is complete: what "why ... not" and "by now" are about.
bool completion(std::string_view w) {
    return one_of(w, {"done", "fixed", "implemented", "merged", "released", "added", "shipped", "published", "resolved",
                      "finished", "included", "supported", "landed", "closed", "built", "deployed"});
}

bool counted(std::string_view w) {
    return (!w.empty() && w[0] >= '0' && w[0] <= '9') ||
           one_of(w, {"a", "an", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
                      "twelve", "few", "several", "couple"});
}

// A unit a wait is counted in.
bool time_unit(std::string_view w) {
    return one_of(w, {"day", "days", "week", "weeks", "month", "months", "year", "years", "sprint", "sprints", "decade",
                      "decades"});
}

// What the work is called when a delivery is asked after by its result ("where is your code?").
bool deliverable(std::string_view w) {
    return one_of(w, {"code", "release", "fix", "update", "build", "version", "pr", "feature", "patch", "port",
                      "implementation", "model", "weights", "source", "dataset", "app"});
}

// A thing built and sold elsewhere, named by its kind ("other password managers", "any browser").
bool product_kind(std::string_view w) {
    return one_of(w,
                  {"app",        "apps",     "application", "applications", "editor",      "editors",      "browser",
                   "browsers",   "tool",     "tools",       "program",      "programs",    "site",         "sites",
                   "website",    "websites", "service",     "services",     "client",      "clients",      "player",
                   "players",    "ide",      "ides",        "product",      "products",    "platform",     "platforms",
                   "game",       "games",    "launcher",    "launchers",    "library",     "libraries",    "framework",
                   "frameworks", "distro",   "distros",     "terminal",     "terminals",   "extension",    "extensions",
                   "plugin",     "plugins",  "manager",     "managers",     "competitors", "alternatives", "software",
                   "solutions",  "projects", "companies",   "languages",    "databases",   "vendors",      "os"});
}

// A request put politely as a condition or a wish ("If we could fix #577 as well, that would be good for me",
// "Also #561 would be really useful if it could be squeezed in soon").
bool polite(std::string_view s) {
    for (std::string_view w : {"if you could", "if we could", "if it could", "if this could", "would love",
                               "would appreciate", "would be appreciated"})
        if (s.find(w) != std::string_view::npos) return true;
    for (auto p = s.find("would be "); p != std::string_view::npos; p = s.find("would be ", p + 1)) {
        auto w = next_word(s, p + 8);
        if (one_of(w, {"really", "very", "so", "super", "quite"}))
            w = next_word(s, static_cast<std::size_t>(w.data() - s.data()) + w.size());
        if (one_of(w, {"useful", "nice", "great", "good", "helpful", "awesome", "lovely", "ideal", "amazing"}))
            return true;
    }
    return false;
}

// The message asks to hold a delivery back ("Please postpone merge this to master until next release", "can we
// pass this PR to next release (0.13)?", "I thought we'd wait for the release to occur"): whatever it asks, it is
// not for the work to come sooner.
bool defers(Context const& c) {
    // Most messages hold none of the words: the sentences are read only when one may be there.
    bool maybe = false;
    for (std::string_view w : {"postpone", "postponed", "postponing", "defer", "deferred", "deferring", "until", "hold",
                               "wait", "pass", "push", "move", "punt", "bump", "shift", "slip"})
        maybe = maybe || c.words.may_hold(w);
    if (!maybe) return false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const s = c.s.substr(x.b, x.e - x.b);
        for (std::string_view w : {"postpone", "postponed", "postponing", "defer", "deferred", "deferring"})
            if (has_word(c, s, w)) return true;
        auto const each = [&](std::string_view w, auto&& test) {
            for (auto p = find_word(c, s, w); p != std::string_view::npos; p = find_word(c, s, w, p + w.size()))
                if (test(p, next_word(s, p + w.size()))) return true;
            return false;
        };
        if (each("until", [](std::size_t, std::string_view next) { return next == "after"; }) ||
            each("hold",
                 [](std::size_t, std::string_view next) {
                     return one_of(next, {"off", "the", "it", "this", "back"});
                 }) ||
            // "we'd wait for the release"; not "why do we need to wait", "still waiting".
            each("wait", [&](std::size_t p, std::string_view next) {
                return one_of(prev_word(s, p), {"we'd", "let's", "lets", "we'll", "should", "shall"}) &&
                       one_of(next, {"for", "until", "till", "with"});
            }))
            return true;
        // "pass this PR to next release": the work moved out to a later one.
        for (std::string_view w : {"pass", "push", "move", "punt", "bump", "shift", "slip"})
            if (each(w, [&](std::size_t p, std::string_view) {
                    auto const rest = s.substr(p + w.size(), 32);
                    return rest.find(" to next") != std::string_view::npos ||
                           rest.find(" to the next") != std::string_view::npos ||
                           rest.find(" to a later") != std::string_view::npos ||
                           rest.find(" to later") != std::string_view::npos;
                }))
                return true;
    }
    return false;
}

// The words the shapes (below) start from, in groups.
enum Gate : std::uint32_t {
    gate_passed = 1u << 0,
    gate_no = 1u << 1,
    gate_what = 1u << 2,
    gate_holdup = 1u << 3,
    gate_last = 1u << 4,
    gate_yet = 1u << 5,
    gate_judged = 1u << 6,
    gate_hard = 1u << 7,
    gate_surely = 1u << 8,
    gate_do = 1u << 9,
    gate_perfect = 1u << 10,
    gate_from = 1u << 11,
    gate_miss = 1u << 12,
    gate_other = 1u << 13,
    gate_any = 1u << 14,
    gate_feature = 1u << 15,
    gate_where = 1u << 16,
    gate_know = 1u << 17,
    gate_far = 1u << 18,
    gate_priority = 1u << 19,
    gate_up = 1u << 20,
    gate_you = 1u << 21,
    gate_gonna = 1u << 22,
    gate_causative = 1u << 23,
    gate_also = 1u << 24,
    gate_partof = 1u << 25,
    gate_maybe = 1u << 26,
    gate_too = 1u << 27,
    gate_fixverb = 1u << 28
};

// Which of the shapes' words `w` is (one bit per group), so a sentence is read once to know which shapes to try.
std::uint32_t gate_of(std::string_view w) {
    if (w.empty()) return 0;
    switch (w[0]) {
        case 'a':
            if (w.size() == 3 && std::memcmp(w.data(), "add", 3) == 0) return gate_fixverb;
            if (w.size() == 4 && std::memcmp(w.data(), "also", 4) == 0) return gate_also;
            if (w.size() == 3 && std::memcmp(w.data(), "any", 3) == 0) return gate_any;
            return 0;
        case 'b':
            if (w.size() == 5 && std::memcmp(w.data(), "basic", 5) == 0) return gate_feature;
            if (w.size() == 8 && std::memcmp(w.data(), "blocking", 8) == 0) return gate_holdup;
            if (w.size() == 4 && std::memcmp(w.data(), "bump", 4) == 0) return gate_up;
            return 0;
        case 'c':
            if (w.size() == 9 && std::memcmp(w.data(), "changelog", 9) == 0) return gate_partof;
            if (w.size() == 5 && std::memcmp(w.data(), "close", 5) == 0) return gate_far;
            if (w.size() == 11 && std::memcmp(w.data(), "complicated", 11) == 0) return gate_hard;
            return 0;
        case 'd':
            if (w.size() == 4 && std::memcmp(w.data(), "deal", 4) == 0) return gate_hard;
            if (w.size() == 5 && std::memcmp(w.data(), "delay", 5) == 0) return gate_holdup;
            if (w.size() == 7 && std::memcmp(w.data(), "despite", 7) == 0) return gate_judged;
            if (w.size() == 9 && std::memcmp(w.data(), "difficult", 9) == 0) return gate_hard;
            if (w.size() == 13 && std::memcmp(w.data(), "disappointing", 13) == 0) return gate_judged;
            if (w.size() == 2 && std::memcmp(w.data(), "do", 2) == 0) return gate_do;
            if (w.size() == 4 && std::memcmp(w.data(), "docs", 4) == 0) return gate_partof;
            if (w.size() == 13 && std::memcmp(w.data(), "documentation", 13) == 0) return gate_partof;
            return 0;
        case 'e':
            if (w.size() == 7 && std::memcmp(w.data(), "elapsed", 7) == 0) return gate_passed;
            if (w.size() == 8 && std::memcmp(w.data(), "expected", 8) == 0) return gate_feature;
            return 0;
        case 'f':
            if (w.size() == 5 && std::memcmp(w.data(), "fancy", 5) == 0) return gate_perfect;
            if (w.size() == 3 && std::memcmp(w.data(), "far", 3) == 0) return gate_far;
            if (w.size() == 7 && std::memcmp(w.data(), "feature", 7) == 0) return gate_feature;
            if (w.size() == 13 && std::memcmp(w.data(), "functionality", 13) == 0) return gate_feature;
            if (w.size() == 8 && std::memcmp(w.data(), "features", 8) == 0) return gate_feature;
            if (w.size() == 3 && std::memcmp(w.data(), "fit", 3) == 0) return gate_causative;
            if (w.size() == 6 && std::memcmp(w.data(), "fitted", 6) == 0) return gate_causative;
            if (w.size() == 3 && std::memcmp(w.data(), "fix", 3) == 0) return gate_fixverb;
            if (w.size() == 4 && std::memcmp(w.data(), "from", 4) == 0) return gate_from;
            if (w.size() == 11 && std::memcmp(w.data(), "frustrating", 11) == 0) return gate_judged;
            return 0;
        case 'g':
            if (w.size() == 3 && std::memcmp(w.data(), "get", 3) == 0) return gate_causative;
            if (w.size() == 7 && std::memcmp(w.data(), "getting", 7) == 0) return gate_causative;
            if (w.size() == 4 && std::memcmp(w.data(), "gone", 4) == 0) return gate_passed;
            if (w.size() == 5 && std::memcmp(w.data(), "gonna", 5) == 0) return gate_gonna;
            if (w.size() == 3 && std::memcmp(w.data(), "got", 3) == 0) return gate_causative;
            return 0;
        case 'h':
            if (w.size() == 6 && std::memcmp(w.data(), "handle", 6) == 0) return gate_fixverb;
            if (w.size() == 4 && std::memcmp(w.data(), "hard", 4) == 0) return gate_hard;
            if (w.size() == 4 && std::memcmp(w.data(), "have", 4) == 0) return gate_causative;
            if (w.size() == 6 && std::memcmp(w.data(), "having", 6) == 0) return gate_causative;
            if (w.size() == 6 && std::memcmp(w.data(), "higher", 6) == 0) return gate_up;
            if (w.size() == 7 && std::memcmp(w.data(), "hold-up", 7) == 0) return gate_holdup;
            if (w.size() == 7 && std::memcmp(w.data(), "holding", 7) == 0) return gate_holdup;
            if (w.size() == 6 && std::memcmp(w.data(), "holdup", 6) == 0) return gate_holdup;
            return 0;
        case 'i':
            if (w.size() == 7 && std::memcmp(w.data(), "include", 7) == 0) return gate_fixverb;
            if (w.size() == 8 && std::memcmp(w.data(), "increase", 8) == 0) return gate_up;
            if (w.size() == 7 && std::memcmp(w.data(), "instead", 7) == 0) return gate_up;
            return 0;
        case 'k':
            if (w.size() == 4 && std::memcmp(w.data(), "know", 4) == 0) return gate_know;
            if (w.size() == 7 && std::memcmp(w.data(), "knowing", 7) == 0) return gate_know;
            return 0;
        case 'l':
            if (w.size() == 4 && std::memcmp(w.data(), "last", 4) == 0) return gate_last;
            return 0;
        case 'm':
            if (w.size() == 5 && std::memcmp(w.data(), "maybe", 5) == 0) return gate_maybe;
            if (w.size() == 4 && std::memcmp(w.data(), "miss", 4) == 0) return gate_miss;
            if (w.size() == 6 && std::memcmp(w.data(), "misses", 6) == 0) return gate_miss;
            if (w.size() == 7 && std::memcmp(w.data(), "missing", 7) == 0) return gate_miss;
            return 0;
        case 'n':
            if (w.size() == 2 && std::memcmp(w.data(), "no", 2) == 0) return gate_no;
            return 0;
        case 'o':
            if (w.size() == 5 && std::memcmp(w.data(), "other", 5) == 0) return gate_other;
            return 0;
        case 'p':
            if (w.size() == 6 && std::memcmp(w.data(), "passed", 6) == 0) return gate_passed;
            if (w.size() == 7 && std::memcmp(w.data(), "perfect", 7) == 0) return gate_perfect;
            if (w.size() == 4 && std::memcmp(w.data(), "pity", 4) == 0) return gate_judged;
            if (w.size() == 8 && std::memcmp(w.data(), "polished", 8) == 0) return gate_perfect;
            if (w.size() == 6 && std::memcmp(w.data(), "pretty", 6) == 0) return gate_perfect;
            if (w.size() == 10 && std::memcmp(w.data(), "prioritise", 10) == 0) return gate_priority | gate_up;
            if (w.size() == 10 && std::memcmp(w.data(), "prioritize", 10) == 0) return gate_priority | gate_up;
            if (w.size() == 8 && std::memcmp(w.data(), "priority", 8) == 0) return gate_priority;
            if (w.size() == 7 && std::memcmp(w.data(), "problem", 7) == 0) return gate_hard;
            return 0;
        case 'r':
            if (w.size() == 5 && std::memcmp(w.data(), "raise", 5) == 0) return gate_up;
            if (w.size() == 10 && std::memcmp(w.data(), "ridiculous", 10) == 0) return gate_judged;
            return 0;
        case 's':
            if (w.size() == 5 && std::memcmp(w.data(), "sadly", 5) == 0) return gate_judged;
            if (w.size() == 5 && std::memcmp(w.data(), "shame", 5) == 0) return gate_judged;
            if (w.size() == 4 && std::memcmp(w.data(), "slip", 4) == 0) return gate_causative;
            if (w.size() == 7 && std::memcmp(w.data(), "slipped", 7) == 0) return gate_causative;
            if (w.size() == 5 && std::memcmp(w.data(), "sneak", 5) == 0) return gate_causative;
            if (w.size() == 5 && std::memcmp(w.data(), "snuck", 5) == 0) return gate_causative;
            if (w.size() == 7 && std::memcmp(w.data(), "squeeze", 7) == 0) return gate_causative;
            if (w.size() == 8 && std::memcmp(w.data(), "squeezed", 8) == 0) return gate_causative;
            if (w.size() == 8 && std::memcmp(w.data(), "standard", 8) == 0) return gate_feature;
            if (w.size() == 7 && std::memcmp(w.data(), "support", 7) == 0) return gate_fixverb;
            if (w.size() == 6 && std::memcmp(w.data(), "surely", 6) == 0) return gate_surely;
            if (w.size() == 9 && std::memcmp(w.data(), "surprised", 9) == 0) return gate_judged;
            if (w.size() == 10 && std::memcmp(w.data(), "surprising", 10) == 0) return gate_judged;
            return 0;
        case 't':
            if (w.size() == 4 && std::memcmp(w.data(), "test", 4) == 0) return gate_partof;
            if (w.size() == 5 && std::memcmp(w.data(), "tests", 5) == 0) return gate_partof;
            if (w.size() == 4 && std::memcmp(w.data(), "tier", 4) == 0) return gate_priority;
            if (w.size() == 3 && std::memcmp(w.data(), "too", 3) == 0) return gate_too;
            if (w.size() == 3 && std::memcmp(w.data(), "top", 3) == 0) return gate_up;
            return 0;
        case 'u':
            if (w.size() == 2 && std::memcmp(w.data(), "up", 2) == 0) return gate_up;
            return 0;
        case 'w':
            if (w.size() == 4 && std::memcmp(w.data(), "went", 4) == 0) return gate_passed;
            if (w.size() == 4 && std::memcmp(w.data(), "what", 4) == 0) return gate_what;
            if (w.size() == 6 && std::memcmp(w.data(), "what's", 6) == 0) return gate_what;
            if (w.size() == 5 && std::memcmp(w.data(), "where", 5) == 0) return gate_where;
            if (w.size() == 7 && std::memcmp(w.data(), "without", 7) == 0) return gate_no;
            return 0;
        case 'y':
            if (w.size() == 3 && std::memcmp(w.data(), "yet", 3) == 0) return gate_yet;
            if (w.size() == 3 && std::memcmp(w.data(), "you", 3) == 0) return gate_you;
            return 0;
        default:
            return 0;
    }
}

// What goes into a release, asked ("What other things are you planning for the next release?"): not when.
bool asks_contents(std::string_view sentence) {
    for (std::string_view w : {"what other", "what else", "which other", "what features", "what's planned",
                               "what is planned", "planning for", "planned for"})
        if (sentence.find(w) != std::string_view::npos) return sentence.find("when") == std::string_view::npos;
    return false;
}

// The writer takes the work on ("This should be fairly straightforward, leave it with me.", "Fix is easy... just
// need a chance to get it in"): their sizing is an offer, not a challenge.
bool owns_work(Context const& c) {
    for (std::string_view w : {"i'll", "i will", "let me", "with me", "need a chance", "i'm on it", "i can do",
                               "will do", "i'll take", "i can take"})
        if (find_word(c, c.s, w) != std::string_view::npos) return true;
    return false;
}

// The asks in users' own wording that the phrase lists and the constructions above miss (issue 12 item 3),
// each by its grammar: a delivery asked after, a wait or a size held up, other products said to have it,
// the least version pushed, an addition attached to a request. `flag` marks a pattern (bit i of `mask`).
template <class Request, class Flag, class At>
void real_wording(Context const& c, Sentence const& x, std::string_view sentence, bool question, Request&& request,
                  Flag&& flag, At&& at, std::uint32_t const& mask, bool asked_before, std::uint32_t& gates) {
    constexpr auto npos = std::string_view::npos;
    auto const has = [&](std::string_view w) { return sentence.find(w) != npos; };
    auto const pos = [&](std::string_view w) { return static_cast<std::size_t>(w.data() - sentence.data()); };
    // One pass over the words: how many, and which of the words the constructions below need are here (each
    // construction is tried only then).
    std::size_t n = 0;
    std::size_t unit_at = npos;  // a counted unit of time: "2 weeks", "two sprints"
    std::string_view prev;
    bool what = false, speed = false, why = false, now = false, sized = false, quant = false, standard = false,
         enough = false, even = false, stopgap = false, just = false, anyway = false, since = false, add = false,
         moved = false;
    gates = 0;
    each_word(sentence, [&](std::string_view w, std::size_t p) {
        ++n;
        gates |= gate_of(w);
        auto const unit = [&](bool is) {
            if (is && unit_at == npos && counted(prev)) unit_at = p;
        };
        switch (w[0]) {
            case 'a':
                add = add || w == "add";
                anyway = anyway || w == "anyway";
                since = since || w == "as";
                quant = quant || w == "all" || w == "almost";
                speed = speed || w == "asap";
                break;
            case 'b':
                stopgap = stopgap || w == "band-aid" || w == "bandaid";
                break;
            case 'd':
                unit(w == "day" || w == "days");
                moved = moved || w == "done";
                break;
            case 'w':
                unit(w == "week" || w == "weeks");
                what = what || w == "what" || w == "what's" || w == "whatever";
                why = why || w == "why";
                stopgap = stopgap || w == "workaround";
                break;
            case 'm':
                unit(w == "month" || w == "months");
                quant = quant || w == "most" || w == "many";
                break;
            case 's':
                unit(w == "sprint" || w == "sprints");
                sized = sized || w == "simple" || w == "straightforward";
                standard = standard || w == "standard" || w == "stakes";
                enough = enough || w == "sufficient" || w == "suffice";
                since = since || w == "since";
                speed = speed || w == "sooner";
                moved = moved || w == "sooner" || w == "shipped";
                stopgap = stopgap || w == "stopgap";
                break;
            case 'i':
                speed = speed || w == "immediately";
                moved = moved || w == "instead";
                break;
            case 'r':
                moved = moved || w == "rather" || w == "ready" || w == "released";
                break;
            case 'l':
                quant = quant || w == "lots";
                moved = moved || w == "live";
                break;
            case 'e':
                sized = sized || w == "easy";
                enough = enough || w == "enough";
                even = even || w == "even";
                quant = quant || w == "every";
                moved = moved || w == "earlier";
                break;
            case 'f':
                speed = speed || w == "faster";
                break;
            case 'j':
                just = just || w == "just";
                break;
            case 'n':
                now = now || w == "now";
                quant = quant || w == "nearly";
                break;
            case 'o':
                sized = sized || w == "one-liner";
                moved = moved || w == "out";
                break;
            case 'p':
                quant = quant || w == "plenty";
                break;
            case 'q':
                speed = speed || w == "quickly";
                stopgap = stopgap || w == "quick";
                break;
            case 't':
                sized = sized || w == "trivial";
                stopgap = stopgap || w == "temporary";
                standard = standard || w == "table";
                break;
            case 'v':
                quant = quant || w == "virtually";
                break;
            default:
                break;
        }
        prev = w;
        return true;
    });
    int delivery_memo = -1;
    auto const delivery = [&] {
        if (delivery_memo < 0) delivery_memo = c.first(Lex::delivery, x.b, x.e) != nullptr ? 1 : 0;
        return delivery_memo == 1;
    };

    // faster-please: where the work stands, asked ("What happened to this PR?"); a bare delivery asked
    // for ("Pls update."); the delivery asked to come quickly ("get this pulled into master quickly",
    // "MERGE IMMEDIATELY"); a date moved earlier ("Can we get X out by Friday instead of the 20th?").
    if (!(mask & 1u)) {
        if (question && what)
            for (std::string_view w :
                 {"whatever happened to", "what happened to", "what happened with", "what's happening with",
                  "what is happening with", "what's the status", "what is the status"})
                // "What's the status of this PR?", not "What's the status code when the upload fails?"
                if (auto const p = sentence.find(w);
                    p != npos && (!w.ends_with("status") ||
                                  one_of(next_word(sentence, p + w.size()), {"", "of", "on", "with", "for", "here"}))) {
                    flag(Pattern::faster_please, at(p));
                    break;
                }
        if (!(mask & 1u) && n <= 3 &&
            (has_word(c, sentence, "update") || has_word(c, sentence, "release") || has_word(c, sentence, "merge") ||
             has_word(c, sentence, "publish")) &&
            (has_word(c, sentence, "please") || has_word(c, sentence, "pls") || has_word(c, sentence, "plz")))
            flag(Pattern::faster_please, at(0));
        if (!(mask & 1u) && speed && (delivery() || has(" into master") || has(" into main")))
            each_word(sentence, [&](std::string_view w, std::size_t p) {
                if (!one_of(w, {"quickly", "immediately", "asap", "sooner", "faster"})) return true;
                // The speed of the delivery, not of a symptom ("it crashes immediately when I open it"):
                // the word right after a delivery verb, or closing its clause.
                auto const before = prev_word(sentence, p);
                auto const end = p + w.size();
                bool const closes = end == sentence.size() || !is_space(sentence[end]) ||
                                    one_of(next_word(sentence, end), {"since", "as", "because", "please", "pls"});
                bool const wanted = question || request() || wishes(sentence) || has_word(c, sentence, "hopefully");
                if (wanted && (closes || one_of(before, {"merge", "release", "fix", "ship", "publish", "deploy"})))
                    flag(Pattern::faster_please, at(p));
                return !(mask & 1u);
            });
        // Asked to get it ("can we get / have / move / bring / pull …"), not "which variant finance needs live by
        // the 15th".
        bool const get = has_word(c, sentence, "get") || has_word(c, sentence, "have") ||
                         has_word(c, sentence, "move") || has_word(c, sentence, "bring") ||
                         has_word(c, sentence, "pull");
        if (!(mask & 1u) && question && moved && get && c.first(Lex::date, x.b, x.e) != nullptr)
            for (std::string_view w : {"instead of", "rather than", " earlier", " sooner", "out by", "live by",
                                       "done by", "ready by", "shipped by", "released by", "out before"})
                if (auto const p = sentence.find(w); p != npos) {
                    flag(Pattern::faster_please, at(p + (w[0] == ' ')));
                    break;
                }
    }

    // why-so-long: "why ... not ... done" ("Why the functionality is not implemented, 5 years have passed!!!",
    // "WHY WASN'T THIS DONE EARLIER"), "why do we need to wait"; "by now" ("It should be implemented or
    // removed entirely by now."); the work sized for the engineer ("Should be easy, this feature is
    // trivial.", "it's already easy to implement"); the estimate echoed back ("Two weeks?").
    if (!(mask & 2u) && why)
        for (auto p = find_word(c, sentence, "why"); p != npos && !(mask & 2u);
             p = find_word(c, sentence, "why", p + 1)) {
            auto const rest = sentence.substr(p + 3);
            auto const before = prev_word(sentence, p);
            // "that's why I haven't merged it" explains; "why not just add a flag" proposes.
            // "Any reason why below PR is not merged yet" asks for the reason.
            bool const asks_reason =
                before == "reason" && (one_of(prev_word(sentence, pos(before)), {"any", "particular"}) ||
                                       (question && prev_word(sentence, pos(before)) == "a"));
            if ((one_of(before, {"is", "that's", "thats", "reason", "explains", "explain", "understand", "see"}) &&
                 !asks_reason) ||
                next_word(sentence, p + 3) == "not")
                continue;
            bool done = false;
            each_word(rest, [&](std::string_view w, std::size_t) {
                done = done || completion(w) || one_of(w, {"release", "merge", "fix", "implement", "ship"});
                return !done;
            });
            if ((negated(rest) && done) || (question && has_word(c, rest, "wait"))) flag(Pattern::why_so_long, at(p));
        }
    if (!(mask & 2u) && now)
        if (auto const p = sentence.find("by now"); p != npos)
            if ((has_word(c, sentence, "should") || has_word(c, sentence, "must") || has(" supposed to") ||
                 has(" expected to")) &&
                (delivery() || has_word(c, sentence, "done") || has_word(c, sentence, "fixed")))
                flag(Pattern::why_so_long, at(p));
    auto const own_work = [&] { return owns_work(c); };
    // "This should be an easy change, right?" checks the size with the engineer (seed 002's better ask).
    bool const checks = sentence.find(", right") != npos || sentence.ends_with(" right");
    if (!(mask & 2u) && sized && !checks && !own_work() && !has_word(c, sentence, "if") && !has(" as simple as") &&
        !has_word(c, sentence, "may") && !has_word(c, sentence, "might"))
        each_word(sentence, [&](std::string_view w, std::size_t p) {
            if (!one_of(w, {"trivial", "easy", "simple", "straightforward", "one-liner"})) return true;
            // Back over the degree words to the copula: "is trivial", "should be pretty easy", "it's already easy".
            auto b = p;
            auto cop = prev_word(sentence, b);
            while (one_of(cop, {"pretty", "really", "very", "super", "fairly", "quite", "already", "so", "a", "an",
                                "just", "relatively", "extremely", "totally", "that"})) {
                b = pos(cop);
                cop = prev_word(sentence, b);
            }
            bool const modal =
                cop == "be" && one_of(prev_word(sentence, pos(cop)), {"should", "must", "would", "will"});
            auto const subject = cop == "be"   ? prev_word(sentence, pos(prev_word(sentence, pos(cop))))
                                 : cop.empty() ? std::string_view{}
                                               : prev_word(sentence, pos(cop));
            bool const copula = one_of(cop, {"it's", "its", "that's", "thats", "seems", "looks", "sounds"}) ||
                                (cop == "is" && one_of(subject, {"it", "this", "that", "fix", "change", "feature",
                                                                 "task", "one", "which", "thing"})) ||
                                (modal && (subject.empty() || one_of(subject, {"it", "this", "that", "fix", "change",
                                                                               "feature", "task", "which", "one"})));
            if (!copula) return true;
            // What follows: the end of the clause, "to" and the work ("easy to implement"), or the work named
            // after "should be a simple fix"; never "easy to use", "simple: the cache is stale".
            auto const end = p + w.size();
            auto const next = next_word(sentence, end);
            bool const closes = end == sentence.size() || sentence[end] == ',' || sentence[end] == '!' ||
                                one_of(next, {"right", "enough", "though", "isn't", "no"});
            bool const work = next == "to" && one_of(next_word(sentence, pos(next) + next.size()),
                                                     {"implement", "fix", "add", "do", "change", "build", "support",
                                                      "make", "write", "code"});
            bool const noun = (modal || question) &&
                              one_of(next, {"fix", "change", "feature", "addition", "job", "tweak", "task", "thing"});
            if (closes || work || noun) flag(Pattern::why_so_long, at(p));
            return !(mask & 2u);
        });
    // The size put to the engineer with a tag that expects a yes ("Easy fix though, no?"); "..., right?"
    // checks instead (above).
    if (!(mask & 2u) && sized && question && !checks && !own_work() &&
        (sentence.ends_with(" no") || sentence.ends_with(",no") || sentence.ends_with("isn't it") ||
         sentence.ends_with("aren't they") || has_word(c, sentence, "surely")))
        each_word(sentence, [&](std::string_view w, std::size_t p) {
            if (one_of(w, {"trivial", "easy", "simple", "straightforward", "one-liner"}) &&
                one_of(next_word(sentence, p + w.size()), {"fix", "change", "feature", "job", "tweak", "task", "one"}))
                flag(Pattern::why_so_long, at(p));
            return !(mask & 2u);
        });
    // (r22: "How is the host payouts change three weeks of work?", "how's that two sprints of effort?": the size
    // questioned.)
    bool const size_questioned =
        !own_work() &&
        (sentence.starts_with("how is ") || sentence.starts_with("how's ") || sentence.starts_with("hows ") ||
         sentence.starts_with("how can ") || sentence.starts_with("how could ")) &&
        (has("of work") || has("of effort") || has("of dev") || has("take that long") || has("take so long"));
    // r27 (trial27): "why is group sessions 6 weeks??", "why's the export 3 sprints": the duration itself questioned.
    bool const duration_questioned =
        !own_work() &&
        (sentence.starts_with("why is ") || sentence.starts_with("why's ") || sentence.starts_with("whys ") ||
         sentence.starts_with("why are ") || sentence.starts_with("why would ") || sentence.starts_with("why does ")) &&
        n <= 9;
    if (!(mask & 2u) && question && unit_at != npos &&
        (n <= 3 || has("you need") || has("what do you mean") || has("how do you need") || size_questioned ||
         duration_questioned))
        flag(Pattern::why_so_long, at(unit_at));

    // last-company: most products said to have it ("Most apps have dark mode.", "every other launcher
    // supports this"); a feature called standard ("it's a pretty standard setting to have").
    if (!(mask & 4u) && quant)
        each_word(sentence, [&](std::string_view w, std::size_t p) {
            if (!one_of(w, {"most", "many", "all", "every", "lots", "plenty", "nearly", "almost", "virtually"}))
                return true;
            auto from = p + w.size();
            auto noun = next_word(sentence, from);
            for (int i = 0; i < 3 && one_of(noun, {"of", "the", "other", "modern", "major", "similar", "popular"});
                 ++i) {
                from = pos(noun) + noun.size();
                noun = next_word(sentence, from);
            }
            // One word may qualify the kind: "Many opensource projects are using it".
            // ("all my libraries continue to have maintenance" are the writer's own).
            if (!product_kind(noun) && !noun.empty() &&
                !one_of(noun, {"my", "our", "your", "his", "her", "their", "its", "these", "those"}))
                noun = next_word(sentence, pos(noun) + noun.size());
            if (!product_kind(noun)) return true;
            auto const after = pos(noun) + noun.size();
            auto const stop = std::min(sentence.size(), after + 24);
            auto const verb = next_word(sentence, after);
            bool const use =
                one_of(verb, {"use", "using"}) || (verb == "are" && next_word(sentence, pos(verb) + 3) == "using");
            auto const* v = c.first(Lex::possess_verb, x.b + static_cast<std::uint32_t>(after),
                                    x.b + static_cast<std::uint32_t>(stop));
            // Another subject in between owns the verb: "most languages I have worked with".
            if (v != nullptr) {
                auto const between = sentence.substr(after, v->begin - x.b - after);
                if (has_word(c, between, "i") || has_word(c, between, "we") || has_word(c, between, "you") ||
                    has_word(c, between, "they"))
                    v = nullptr;
            }
            if (use || v != nullptr) flag(Pattern::last_company, at(p));
            return !(mask & 4u);
        });
    if (!(mask & 4u) && standard)
        for (std::string_view w : {"standard setting", "standard feature", "standard option", "standard functionality",
                                   "industry standard", "table stakes", "pretty standard", "fairly standard"})
            if (auto const p = sentence.find(w); p != npos && !negated(sentence)) {
                flag(Pattern::last_company, at(p));
                break;
            }

    // simple-version: enough said of less ("It would probably be sufficient to swap the colours"); "even
    // just"; a stopgap for now ("Might as well provide a workaround in the meantime"); a clause that opens
    // with "just" and a verb that builds ("..., just disable this").
    if (!(mask & 8u) && enough && !negated(sentence))
        each_word(sentence, [&](std::string_view w, std::size_t p) {
            if (!one_of(w, {"sufficient", "enough", "suffice"})) return true;
            auto const window = sentence.substr(p > 28 ? p - 28 : 0, p > 28 ? 28 : p);
            bool const modal = has_word(c, window, "would") || has_word(c, window, "should") ||
                               has_word(c, window, "could") || has_word(c, window, "might") ||
                               window.find("it'd") != npos;
            // "sufficient to swap the colours", "would suffice"; not "I think the length should be enough".
            auto const next = next_word(sentence, p + w.size());
            if (modal && (w == "suffice" || one_of(next, {"to", "if", "for"}))) flag(Pattern::simple_version, at(p));
            return !(mask & 8u);
        });
    if (!(mask & 8u) && even && just)
        if (auto const p = find_word(c, sentence, "even just"); p != npos && !next_word(sentence, p + 9).empty())
            flag(Pattern::simple_version, at(p));
    if (!(mask & 8u) && stopgap &&
        (request() || has("might as well") || has_word(c, sentence, "could") || has_word(c, sentence, "should") ||
         has("let's")))
        for (std::string_view w : {"workaround", "stopgap", "band-aid", "bandaid", "temporary fix", "quick fix"})
            if (auto const p = find_word(c, sentence, w); p != npos) {
                if (has("in the meantime") || has("for now") || has("for the time being") ||
                    has_word(c, sentence, "until"))
                    flag(Pattern::simple_version, at(p));
                break;
            }
    if (!(mask & 8u) && just)
        for (auto p = find_word(c, sentence, "just"); p != npos && !(mask & 8u);
             p = find_word(c, sentence, "just", p + 4)) {
            auto q = p;
            while (q > 0 && is_space(sentence[q - 1])) --q;
            bool const opens = q == 0 || sentence[q - 1] == ',' || sentence[q - 1] == ';' || sentence[q - 1] == ':' ||
                               sentence[q - 1] == '-' || pos(after_greeting(sentence)) == p;
            auto const verb = next_word(sentence, p + 4);
            // "just drop me a line": the verb's object is a person, not the work.
            if (opens &&
                one_of(verb, {"add", "disable", "remove", "hide", "hardcode", "hard-code", "skip", "ship", "drop",
                              "expose", "comment"}) &&
                !one_of(next_word(sentence, pos(verb) + verb.size()), {"me", "us", "him", "her", "them"}))
                flag(Pattern::simple_version,
                     Hit{x.b + static_cast<std::uint32_t>(pos(verb)),
                         x.b + static_cast<std::uint32_t>(pos(verb) + verb.size()), Lex::simple_push});
        }

    // one-more-thing: a request that opens on an addition ("Also in the search bar can you add a
    // 'clear' button", "Also I am wondering if we can add CSS"); the work said to be under way anyway
    // ("as you will be doing it anyway, you can do this thing as well?", "since we have a form of
    // settings, let's add ..."); a noun added after a request ("Could you create files for Linux? And a
    // tree view").
    if (!(mask & 16u)) {
        auto raw = sentence;
        for (std::string_view w : {"oh", "ah", "and"})
            if (starts_with_word(raw, w) && !starts_with_word(raw, "and a") && !starts_with_word(raw, "and an")) {
                raw.remove_prefix(w.size());
                while (!raw.empty() && (is_space(raw.front()) || raw.front() == ',')) raw.remove_prefix(1);
            }
        bool opener = false;
        for (std::string_view w : {"also", "additionally", "plus", "btw", "by the way", "another thing",
                                   "one other thing", "on top of that", "in addition"})
            opener = opener || starts_with_word(raw, w);
        bool const builds = opener && (has_word(c, sentence, "add") || has_word(c, sentence, "include") ||
                                       has_word(c, sentence, "support") || has_word(c, sentence, "implement") ||
                                       has_word(c, sentence, "create") || has_word(c, sentence, "have") ||
                                       has_word(c, sentence, "make") || has_word(c, sentence, "put") ||
                                       has_word(c, sentence, "show") || has_word(c, sentence, "allow"));
        // Tests, docs or a changelog for the change are part of it ("Also, would you please add some tests").
        bool const part_of_it = builds && (has_word(c, sentence, "test") || has_word(c, sentence, "tests") ||
                                           has_word(c, sentence, "docs") || has_word(c, sentence, "documentation") ||
                                           has_word(c, sentence, "changelog"));
        if (opener && builds && !part_of_it && (question || request() || asks_indirectly(sentence)))
            flag(Pattern::one_more_thing, at(0));
        if (!(mask & 16u) && anyway && (has_word(c, sentence, "you") || has_word(c, sentence, "we")) &&
            (has_word(c, sentence, "too") || has("as well") || has_word(c, sentence, "also") ||
             has_word(c, sentence, "add")))
            flag(Pattern::one_more_thing, at(find_word(c, sentence, "anyway")));
        if (!(mask & 16u) && since && add)
            for (std::string_view w :
                 {"since we have", "since you have", "since we're", "since you're", "as we have", "as you're"})
                if (auto const p = sentence.find(w); p != npos && (has("let's add") || has("let's also") ||
                                                                   has("let's immediately add") || has(" add to it"))) {
                    flag(Pattern::one_more_thing, at(p));
                    break;
                }
        if (!(mask & 16u) && asked_before && n <= 8 && starts_with_word(sentence, "and") &&
            one_of(next_word(sentence, 3), {"a", "an", "the", "some", "maybe", "also"}))
            flag(Pattern::one_more_thing, at(0));
    }
}

// The asks' shapes by grammar rather than by phrase (issue 12 item 3, second round): elapsed time said to have
// passed, the last delivery dated as old, the work held up as not done yet, its difficulty denied; the least
// thing said to do; a feature missed from a named product, a comparison with others of its kind; where the work
// stands, a priority raised, a date put to the maker, the work asked to be ready for an event; an addition
// opened with "also" or attached to a release. `flag` marks a pattern (bit i of `mask`).
template <class Request, class Flag, class At, class Asks, class Own>
void shapes(Context const& c, Sentence const& x, std::string_view sentence, bool question, Request&& request,
            Flag&& flag, At&& at, std::uint32_t const& mask, Asks&& message_asks, Own&& own_work,
            std::uint32_t const gates) {
    constexpr auto npos = std::string_view::npos;
    auto const pos = [&](std::string_view w) { return static_cast<std::size_t>(w.data() - sentence.data()); };
    auto const after = [&](std::string_view w) { return next_word(sentence, pos(w) + w.size()); };
    auto const has = [&](std::uint32_t g) { return (gates & g) != 0; };

    // why-so-long: "Seven months have passed", "almost 6 years passed": a count of time said to have gone by.
    if (!(mask & 2u) && has(gate_passed)) {
        std::array<std::string_view, 4> last{};
        each_word(sentence, [&](std::string_view w, std::size_t) {
            bool const gone = one_of(w, {"passed", "elapsed"}) || (w == "by" && one_of(last[3], {"gone", "went"}));
            if (gone)
                for (std::size_t i = 1; i < last.size(); ++i)
                    if (time_unit(last[i]) && counted(last[i - 1])) {
                        flag(Pattern::why_so_long, at(pos(last[i - 1])));
                        return false;
                    }
            std::rotate(last.begin(), last.begin() + 1, last.end());
            last.back() = w;
            return true;
        });
    }
    // why-so-long: a span of time without a delivery ("Almost 1 Year no updates....", "two months without a
    // release").
    if (!(mask & 2u) && has(gate_no))
        each_word(sentence, [&](std::string_view w, std::size_t p) {
            if (!time_unit(w)) return true;
            auto const count = prev_word(sentence, p);
            auto const no = next_word(sentence, p + w.size());
            auto const what = no.empty() ? no : after(no);
            if (counted(count) && one_of(no, {"no", "without"}) &&
                (one_of(what, {"update", "updates", "release", "releases", "response", "reply", "answer", "commit",
                               "commits", "progress", "news"}) ||
                 (what == "a" && one_of(after(what), {"release", "response", "reply", "commit"}))))
                flag(Pattern::why_so_long, at(pos(count)));
            return !(mask & 2u);
        });
    // why-so-long: the hold-up asked after ("What's causing the holdup?", "what is holding this up?").
    if (!(mask & 2u) && question && has(gate_what) && has(gate_holdup))
        each_word(sentence, [&](std::string_view w, std::size_t p) {
            bool const held = one_of(w, {"holdup", "hold-up", "delay"}) ||
                              (w == "holding" && sentence.find(" up", p) != npos) ||
                              (w == "blocking" && one_of(next_word(sentence, p + w.size()), {"this", "it", "the"}));
            if (held) flag(Pattern::why_so_long, at(p));
            return !(mask & 2u);
        });
    // why-so-long: the last delivery dated as old, in a message that asks for something or after upkeep ("is this
    // project still maintained? last release is 3 years old", "I saw that the last release was from a couple years
    // ago").
    if (!(mask & 2u) && has(gate_last))
        for (auto p = find_word(c, sentence, "last"); p != npos && !(mask & 2u);
             p = find_word(c, sentence, "last", p + 4)) {
            auto noun = next_word(sentence, p + 4);
            if (one_of(noun, {"published", "stable", "official", "public", "tagged", "new"})) noun = after(noun);
            if (!one_of(noun, {"release", "version", "update", "commit", "tag", "build"})) continue;
            bool aged = false;
            std::string_view prev;
            each_word(sentence.substr(pos(noun) + noun.size()), [&](std::string_view w, std::size_t) {
                aged = (one_of(w, {"ago", "old"}) && time_unit(prev)) ||
                       (w.size() == 4 && (w.starts_with("19") || w.starts_with("20")) &&
                        std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; }));
                prev = w;
                return !aged;
            });
            if (aged && (message_asks() || has_word(c, c.s, "maintained"))) flag(Pattern::why_so_long, at(p));
        }
    // why-so-long: the work held up as not done yet, with a judgment ("Shame that this is not implemented yet",
    // "isn't merged yet despite being ready to merge"); a bare "not released yet" in a reply is a fact.
    if (!(mask & 2u) && has(gate_yet) && negated(sentence)) {
        bool const judged = has(gate_judged) || sentence.find("how come") != npos;
        if (judged)
            each_word(sentence, [&](std::string_view w, std::size_t p) {
                if ((completion(w) || one_of(w, {"implemented", "reviewed", "fixed", "merged"})) &&
                    next_word(sentence, p + w.size()) == "yet")
                    flag(Pattern::why_so_long, at(p));
                return !(mask & 2u);
            });
    }
    // why-so-long: the difficulty denied with a modal, and the work named after it ("Should be no problem to sync
    // it encrypted", "shouldn't be too difficult to add"); "it's not hard to use", "That shouldn't be a problem"
    // (a reassurance) are not.
    if (!(mask & 2u) && has(gate_hard) && !own_work())
        each_word(sentence, [&](std::string_view w, std::size_t p) {
            if (!one_of(w, {"problem", "hard", "difficult", "complicated", "complex", "deal"})) return true;
            auto b = p;
            auto word = prev_word(sentence, b);
            bool denied = false;
            while (one_of(word, {"that", "too", "very", "so", "a", "big", "much", "any", "really", "all", "no", "not",
                                 "particularly", "terribly", "overly", "such"})) {
                denied = denied || word == "no" || word == "not";
                b = pos(word);
                word = prev_word(sentence, b);
            }
            denied = denied || word.ends_with("n't");
            bool const modal =
                (word == "be" && one_of(prev_word(sentence, pos(word)), {"should", "shouldn't", "can't", "cannot",
                                                                         "wouldn't", "won't", "must", "would"})) ||
                (word.ends_with("n't") && one_of(word, {"shouldn't", "can't", "wouldn't", "won't"}));
            auto const to = next_word(sentence, p + w.size());
            bool const work = to == "to" && one_of(next_word(sentence, pos(to) + 2),
                                                   {"implement", "fix",   "add",     "do",        "change", "build",
                                                    "support",   "make",  "write",   "code",      "sync",   "expose",
                                                    "include",   "ship",  "release", "merge",     "port",   "update",
                                                    "handle",    "allow", "provide", "integrate", "create", "get"});
            if (denied && modal && (work || has(gate_surely))) flag(Pattern::why_so_long, at(p));
            return !(mask & 2u);
        });

    // simple-version: the least thing said to do ("literally a web frame would do", "any workaround will do").
    if (!(mask & 8u) && has(gate_do))
        for (auto p = find_word(c, sentence, "do"); p != npos && !(mask & 8u);
             p = find_word(c, sentence, "do", p + 2)) {
            auto const modal = prev_word(sentence, p);
            if (!one_of(modal, {"would", "will", "should", "could"})) continue;
            auto const end = p + 2;
            auto const next = next_word(sentence, end);
            bool const closes = end == sentence.size() || !is_space(sentence[end]) || next.empty() ||
                                one_of(next, {"for", "just", "fine", "nicely", "too", "i", "imo"});
            if (!closes) continue;
            // The subject is something indefinite: "a web frame", "any workaround", "something simple".
            auto b = pos(modal);
            bool indefinite = false;
            for (int i = 0; i < 5 && !indefinite; ++i) {
                auto const w = prev_word(sentence, b);
                if (w.empty()) break;
                indefinite = one_of(w, {"a", "an", "any", "some", "something", "anything", "just"});
                b = pos(w);
            }
            if (indefinite) flag(Pattern::simple_version, at(pos(modal)));
        }
    // simple-version: the work told it need not be good ("Doesn't have to be perfect for starters", "it needn't
    // be fancy"); "You don't have to be perfect" is about a person.
    if (!(mask & 8u) && has(gate_perfect))
        each_word(sentence, [&](std::string_view w, std::size_t p) {
            if (!one_of(w, {"perfect", "fancy", "polished", "pretty", "elaborate", "sophisticated", "complete"}))
                return true;
            if (prev_word(sentence, p) != "be") return true;
            auto const lead = sentence.substr(0, p);
            bool const need_not =
                lead.ends_with("have to be ") || lead.ends_with("need to be ") || lead.ends_with("needn't be ");
            auto const head = lead.substr(0, lead.size() > 28 ? lead.size() - 28 : 0);
            bool const negative = negated(lead.substr(head.size())) || lead.ends_with("needn't be ");
            bool const person = has_word(c, lead, "you") || has_word(c, lead, "i") || has_word(c, lead, "we");
            if (need_not && negative && !person && !own_work()) flag(Pattern::simple_version, at(p));
            return !(mask & 8u);
        });

    // last-company: a feature missed from a named product ("I really miss this feature from Chrome", "the only
    // missing feature from LastPass"); "features are missing from Firefox" says Firefox lacks them.
    if (!(mask & 4u) && has(gate_from) && has(gate_miss))
        each_word(sentence, [&](std::string_view w, std::size_t p) {
            if (!one_of(w, {"miss", "missing", "misses"})) return true;
            auto subject = prev_word(sentence, p);
            while (one_of(subject, {"notably", "currently", "sadly", "still", "also", "really", "completely",
                                    "entirely", "totally", "conspicuously", "clearly", "obviously"}))
                subject = prev_word(sentence, pos(subject));
            if (one_of(subject, {"is", "are", "was", "were", "be", "been", "being", "not"})) return true;
            auto const from = sentence.find(" from ", p);
            if (from == npos || from > p + 48) return true;
            auto const name = from + 6;
            bool named = false;
            for (auto const& [nb, ne] : c.names)
                named = named || (nb == x.b + name && c.first(Lex::date, nb, ne) == nullptr);
            if (named) flag(Pattern::last_company, at(from + 1));
            return !(mask & 4u);
        });
    // last-company: a comparison with others of a kind ("based on comparison to other password managers", "similar
    // to slim and some other minimal launchers"); and the feature called what any of them has ("important features
    // of any browser as of today").
    if (!(mask & 4u) && has(gate_other))
        for (auto p = find_word(c, sentence, "other"); p != npos && !(mask & 4u);
             p = find_word(c, sentence, "other", p + 5)) {
            auto const before = sentence.substr(p > 48 ? p - 48 : 0, p > 48 ? 48 : p);
            bool const compared = has_word(c, before, "compared") || has_word(c, before, "comparison") ||
                                  has_word(c, before, "comparing") || has_word(c, before, "similar") ||
                                  has_word(c, before, "unlike");
            if (!compared) continue;
            auto noun = next_word(sentence, p + 5);
            for (int i = 0; i < 2 && !product_kind(noun) && !noun.empty(); ++i) noun = after(noun);
            if (product_kind(noun)) flag(Pattern::last_company, at(p));
        }
    if (!(mask & 4u) && has(gate_any) && has(gate_feature))
        for (auto p = find_word(c, sentence, "any"); p != npos && !(mask & 4u);
             p = find_word(c, sentence, "any", p + 3)) {
            if (!one_of(prev_word(sentence, p), {"of", "in"})) continue;
            auto noun = next_word(sentence, p + 3);
            if (one_of(noun, {"modern", "decent", "good", "serious", "proper", "major", "reasonable", "other"}))
                noun = after(noun);
            if (product_kind(noun)) flag(Pattern::last_company, at(p));
        }

    // last-company: another product's features asked to be brought over ("get all features of Robust IntelliJ
    // platform to power vscode").
    if (!(mask & 4u) && has(gate_feature))
        each_word(sentence, [&](std::string_view w, std::size_t p) {
            if (!one_of(w, {"features", "feature", "functionality"})) return true;
            auto const of = next_word(sentence, p + w.size());
            if (!one_of(of, {"of", "from"})) return true;
            auto const name = after(of);
            auto const second = name.empty() ? name : after(name);  // "the Chrome", "Robust IntelliJ"
            bool named = false;
            for (auto const& [nb, ne] : c.names)
                named = named ||
                        (c.first(Lex::date, nb, ne) == nullptr &&
                         ((!name.empty() && nb == x.b + pos(name)) || (!second.empty() && nb == x.b + pos(second))));
            bool brought = false;
            auto b = p;
            for (int i = 0; i < 4 && !brought; ++i) {
                auto const v = prev_word(sentence, b);
                if (v.empty()) break;
                brought = one_of(v, {"get", "bring", "add", "port", "copy", "borrow", "steal", "take"});
                b = pos(v);
            }
            if (named && brought) flag(Pattern::last_company, at(p));
            return !(mask & 4u);
        });
    // simple-version: the least asked as a fallback ("i dont want it to automatically do the condensing or at least
    // give me an option to turn it off!").
    if (!(mask & 8u) && sentence.find("or at least ") != npos) {
        auto const p = sentence.find("or at least ");
        auto const verb = next_word(sentence, p + 12);
        if (one_of(verb, {"give", "add", "let", "make", "provide", "allow", "offer", "show", "expose", "put"}))
            flag(Pattern::simple_version, at(p + 3));
    }
    // faster-please: where the work stands, asked ("can we get a quick working summary, where you're at", "where
    // is your code please?", "frustrating not knowing where things stand"); "where is the code that handles X?"
    // asks for a place.
    if (!(mask & 1u) && has(gate_where))
        for (auto p = find_word(c, sentence, "where"); p != npos && !(mask & 1u);
             p = find_word(c, sentence, "where", p + 5)) {
            auto const w1 = next_word(sentence, p + 5);
            auto const w2 = w1.empty() ? w1 : after(w1);
            auto const w3 = w2.empty() ? w2 : after(w2);
            bool const stands = (one_of(w1, {"things", "this", "it", "everything", "matters", "we", "you"}) &&
                                 one_of(w2, {"stand", "stands"})) ||
                                (one_of(w1, {"you're", "we're", "you", "we", "they're"}) &&
                                 (w2 == "at" || (one_of(w2, {"are", "were"}) && w3 == "at")));
            bool const result = one_of(w1, {"is", "'s"}) && one_of(w2, {"the", "your", "this", "my", "our"}) &&
                                deliverable(w3) && one_of(after(w3), {"", "please", "now", "at"});
            if ((stands || result) && (question || request() || asks_indirectly(sentence) || has(gate_know)))
                flag(Pattern::faster_please, at(p));
        }
    // faster-please: how near the delivery is, asked ("how far are we from merging?", "how close is this to a
    // release?").
    if (!(mask & 1u) && question && has(gate_far))
        for (std::string_view w : {"how far", "how close"})
            if (auto const p = sentence.find(w);
                p != npos && c.first(Lex::delivery, x.b + static_cast<std::uint32_t>(p), x.e) != nullptr) {
                flag(Pattern::faster_please, at(p));
                break;
            }
    // faster-please: the priority asked up ("Please consider putting this in tier P4 instead of P5", "can we bump the
    // priority?").
    if (!(mask & 1u) && has(gate_priority) && (question || request()) && !own_work() && has(gate_up))
        each_word(sentence, [&](std::string_view w, std::size_t p) {
            if (one_of(w, {"priority", "prioritize", "prioritise", "tier"})) flag(Pattern::faster_please, at(p));
            return !(mask & 1u);
        });
    // faster-please: a date put to the maker ("so you are going to fix the patch and make a new one on sunday?").
    if (!(mask & 1u) && x.question() && has(gate_you) &&
        (sentence.find("going to") != npos || has(gate_gonna) || starts_with_word(sentence, "will")) &&
        c.first(Lex::delivery, x.b, x.e) != nullptr && c.first(Lex::date, x.b, x.e) != nullptr)
        if (auto const p = find_word(c, sentence, "you"); p != npos) flag(Pattern::faster_please, at(p));
    // faster-please: the work asked to be ready for an event or a date ("Is there any way we can have the audit
    // export ready for the Globex renewal call on Thursday?", "if it could be squeezed in soon", "any chance of
    // getting it in before the freeze").
    bool const causative = has(gate_causative);
    if (!(mask & 1u) && causative && (question || request() || polite(sentence) || wishes(sentence)))
        each_word(sentence, [&](std::string_view w, std::size_t p) {
            if (!one_of(w, {"ready", "done", "finished", "out", "live", "in", "merged", "shipped", "released"}))
                return true;
            // The causative before it: "have the export ready", "get it in", "squeezed in".
            bool squeezed = false, caused = false;
            auto b = p;
            for (int i = 0; i < 7 && !caused; ++i) {
                auto const v = prev_word(sentence, b);
                if (v.empty()) break;
                squeezed = one_of(v, {"squeeze", "squeezed", "slip", "slipped", "sneak", "snuck", "fit", "fitted"});
                caused = squeezed || (w != "in" && one_of(v, {"have", "get", "getting", "got", "having"})) ||
                         (w == "in" && one_of(v, {"get", "getting"}) && i <= 2);
                b = pos(v);
            }
            if (!caused) return true;
            auto const next = next_word(sentence, p + w.size());
            auto const rest = sentence.substr(p + w.size());
            bool const event = c.first(Lex::date, x.b + static_cast<std::uint32_t>(p), x.e) != nullptr || [&] {
                bool e = false;
                each_word(rest, [&](std::string_view r, std::size_t) {
                    e = one_of(
                        r, {"call", "demo", "meeting", "launch", "release", "review", "conference", "deadline",
                            "freeze", "cutoff", "presentation", "renewal", "webinar", "pilot", "sprint", "milestone"});
                    return !e;
                });
                return e;
            }();
            bool const timed = one_of(next, {"for", "by", "before"}) && event;
            bool const soon = squeezed && one_of(next, {"soon", "before", "by", "for", "this", "next"});
            if (timed || soon) flag(Pattern::faster_please, at(b));
            return !(mask & 1u);
        });

    // one-more-thing: an addition opened with "also" and asked for by a wish, an exclamation or an imperative
    // ("Also implement it where on MacBook we can use touchID to enter it!", "Also #561 would be really useful if
    // it could be squeezed in soon", "Also #574?"); tests and docs for the change are part of it.
    if (!(mask & 16u) && has(gate_also)) {
        // Everything before the "also" is a greeting or an interjection ("+1 ... Also", "Oh, and also").
        auto const first = find_word(c, sentence, "also");
        auto const lead = after_greeting(sentence.substr(0, first)).empty() ? sentence.substr(first) : sentence;
        bool const part_of_it = has(gate_partof);
        if (starts_with_word(lead, "also") && !part_of_it) {
            auto const verb = next_word(lead, 4);
            auto const rest = lead.substr(4);
            bool const item = rest.find_first_not_of(' ') != npos && rest[rest.find_first_not_of(' ')] == '#';
            bool const builds = one_of(
                verb, {"add", "implement", "include", "support", "make", "fix", "allow", "show", "create", "put"});
            if ((builds && (x.end == '!' || request())) || (item && (question || polite(sentence))) || polite(sentence))
                flag(Pattern::one_more_thing, at(pos(lead)));
        }
        // "maybe also add some bigger stones", "could you also fix": the addition inside a suggestion, not "this
        // PR also adds", "we can also add it later".
        if (!(mask & 16u) && !part_of_it && !own_work())
            for (auto p = find_word(c, sentence, "also"); p != npos && !(mask & 16u);
                 p = find_word(c, sentence, "also", p + 4)) {
                auto const verb = next_word(sentence, p + 4);
                auto const subject = prev_word(sentence, p);
                if (!one_of(verb, {"add", "implement", "include", "support", "fix", "allow", "show", "create", "update",
                                   "change", "rename", "handle", "cover"}))
                    continue;
                if (one_of(subject, {"i", "we", "i'll", "we'll", "it", "this", "that", "which", "can", "could", "will",
                                     "would", "should", "might"}) &&
                    !question)
                    continue;
                if (question || request() || polite(sentence) || has(gate_maybe) || x.end == '!')
                    flag(Pattern::one_more_thing, at(p));
            }
    }
    // one-more-thing: more asked with "as well" or "too" in a polite condition ("If we could fix #577 as well, that
    // would be good for me"); and an item attached to a release under way ("#573 needs fixing before release
    // please").
    // r27 (trial28): "we're maybe moving too fast": "too" before a word it grades is no "as well".
    bool const too_as_well = [&] {
        for (auto p = find_word(c, sentence, "too"); p != npos; p = find_word(c, sentence, "too", p + 3)) {
            auto const next = next_word(sentence, p + 3);
            if (next.empty() || one_of(next, {"please", "pls", "if", "while", "before", "when", "since", "as", "so",
                                              "and", "but", "thanks", "for", "in", "on", "by", "at", "then"}))
                return true;
        }
        return false;
    }();
    if (!(mask & 16u) && has(gate_fixverb) && ((has(gate_too) && too_as_well) || sentence.find("as well") != npos) &&
        polite(sentence))
        flag(Pattern::one_more_thing,
             at(sentence.find("as well") != npos ? sentence.find("as well") : find_word(c, sentence, "too")));
    if (!(mask & 16u) && sentence.find('#') != npos && request() &&
        (sentence.find("before release") != npos || sentence.find("before the release") != npos ||
         sentence.find("in this release") != npos || sentence.find("into this release") != npos))
        flag(Pattern::one_more_thing, at(sentence.find('#') + 1));
}

}  // namespace

std::uint32_t find_patterns(Context const& c, std::vector<VSpan>& spans) {
    std::uint32_t mask = 0;
    // A message that holds the delivery back asks for no speed, whatever its words about releases.
    bool const held_back = defers(c);
    auto const flag = [&](Pattern p, Hit const& h) {
        if (p == Pattern::faster_please && held_back) return;
        auto const i = static_cast<std::size_t>(p);
        mask |= 1u << i;
        spans.push_back({h.begin, h.end, pattern_category[i], false});
    };
    // Whether the writer asks for anything anywhere (a question or a request in their own words); read
    // only when a construction needs it (most messages never do).
    int asks_memo = -1;
    auto const message_asks = [&] {
        if (asks_memo < 0) {
            asks_memo = 0;
            for (auto const& x : c.sentences) {
                if (c.mostly_quoted(x.b, x.e)) continue;
                auto const sentence = c.s.substr(x.b, x.e - x.b);
                if (asks(sentence, x) || requests(sentence) || c.first(Lex::ask_cue, x.b, x.e) != nullptr) {
                    asks_memo = 1;
                    break;
                }
            }
        }
        return asks_memo == 1;
    };
    for (auto const& h : c.hits) {
        if (c.in_quote(h.begin, h.end)) continue;
        if (in(h.lex, Lex::pattern_faster_please, Lex::pattern_one_more_thing)) {
            flag(static_cast<Pattern>(static_cast<int>(h.lex) - static_cast<int>(Lex::pattern_faster_please)), h);
            continue;
        }
        if (h.lex != Lex::ask_eta && h.lex != Lex::challenge && h.lex != Lex::trivial && h.lex != Lex::elsewhere &&
            h.lex != Lex::elsewhere_verb && h.lex != Lex::vague_time && h.lex != Lex::simple_push &&
            h.lex != Lex::add_on && h.lex != Lex::add_on_verb)
            continue;
        auto const* x = c.sentence_at(h.begin);
        if (x == nullptr) continue;
        auto const sentence = c.s.substr(x->b, x->e - x->b);
        auto const phrase = c.s.substr(h.begin, h.end - h.begin);
        bool const question = asks(sentence, *x);
        switch (h.lex) {
            case Lex::ask_eta: {
                // leads17: "the timeline feels a bit aggressive to me, but maybe it's fine?": the writer's own doubt
                // about the timeline's length, asked of themselves, is no ask for an ETA.
                if ((phrase == "timeline" || phrase == "time frame" || phrase == "timeframe") && [&] {
                        for (std::string_view w : {"tight", "aggressive", "ambitious", "optimistic", "unrealistic",
                                                   "too short", "feels", "to me", "worried", "nervous", "worries"})
                            if (has_word(c, sentence, w)) return true;
                        return false;
                    }())
                    break;
                // "when ..." and "has this been ..." ask about delivery only with a delivery word.
                if (phrase.starts_with("when") || phrase.starts_with("has ")) {
                    if (!question || c.first(Lex::delivery, x->b, x->e) == nullptr) break;
                } else if (!question && !demands(sentence, *x)) {
                    break;
                }
                // "yes please, right now i use only jellyfin": the time of a state, not an urging.
                if (phrase == "right now" &&
                    one_of(next_word(c.s, h.end), {"i", "we", "it", "this", "there", "the", "my", "our", "they", "i'm",
                                                   "we're", "it's", "you"}))
                    break;
                // "Is there anything here that shouldn't go out with the next release?" asks what to leave out;
                // "Is this really ready to merge?", "Do you consider the branch ready for release?" ask for a
                // judgment of readiness.
                if (phrase.ends_with('?') && negated(sentence)) break;
                // "What other things are you planning for the next release?" asks what goes in, not when.
                if (phrase.ends_with('?') && asks_contents(sentence)) break;
                if (phrase.find("ready") != std::string_view::npos &&
                    (has_word(c, sentence, "really") || has_word(c, sentence, "consider") ||
                     has_word(c, sentence, "think")))
                    break;
                // "Can you give me a date for the decision?": the writer asks for a decision date, which
                // is the clear ask seed 003 wants, not pressure on delivery.
                if (c.s.substr(h.begin, x->e - h.begin).find("decid") != std::string_view::npos ||
                    c.s.substr(h.begin, x->e - h.begin).find("decision") != std::string_view::npos)
                    break;
                flag(Pattern::faster_please, h);
                break;
            }
            case Lex::challenge: {
                // "We shouldn't wait too long with a new release": the writer's own resolve, not a challenge.
                if (sentence.find("shouldn't wait") != std::string_view::npos ||
                    sentence.find("should not wait") != std::string_view::npos)
                    break;
                // "Its been 18 hours for me, just wait your turn": the writer tells someone to wait.
                if (sentence.find("just wait") != std::string_view::npos ||
                    sentence.find("wait your turn") != std::string_view::npos ||
                    sentence.find("be patient") != std::string_view::npos ||
                    sentence.find("have patience") != std::string_view::npos)
                    break;
                // "I'm not closed to it" is open to an idea, not an issue left open.
                if (phrase.ends_with("closed") && next_word(c.s, h.end) == "to") break;
                // "still not ..." is a bug report's fact unless asked or exclaimed, or said of a
                // delivery in a message that asks for something ("it still hasn't been merged … Can
                // you please help with this?").
                if (phrase.starts_with("still") && !question && x->end != '!' &&
                    sentence.find("why") == std::string_view::npos &&
                    !(c.first(Lex::delivery, x->b, x->e) != nullptr && message_asks()))
                    break;
                // "took about 15 seconds which is too long" is how long a program runs, and "too long
                // to pronounce" is about a word: neither is the wait for work.
                if (phrase.find("long") != std::string_view::npos) {
                    if (runtime_words(sentence)) break;
                    // "This took way too long 😅" looks back on work done; "I need to merge this as it has
                    // been sitting around for too long" is the writer's own delivery.
                    if (has_word(c, sentence, "took")) break;
                    if (auto const* act = c.first(Lex::delivery_act, x->b, x->e);
                        act != nullptr && !question && act->begin < h.begin &&
                        has_word(c,
                                 c.s.substr(act->begin > x->b + 16 ? act->begin - 16 : x->b,
                                            act->begin - (act->begin > x->b + 16 ? act->begin - 16 : x->b)),
                                 "i"))
                        break;
                    auto const to = next_word(c.s, h.end);
                    if (to == "to" && c.first(Lex::delivery, h.end, x->e) == nullptr) break;
                }
                // leads17: "It seems like a lot of work for unclear value", "... for a feature nobody asked for": the
                // work weighed against its worth is the writer's objection, not a size put to the engineer.
                if (phrase.find("a lot") != std::string_view::npos) {
                    auto const after = c.s.substr(h.end, x->e - h.end);
                    bool const worth = [&] {
                        for (std::string_view w :
                             {"for unclear", "for little", "for no ", "for limited", "for marginal", "for questionable",
                              "for very little", "for not much", "nobody asked", "no one asked", "nobody wants",
                              "no one wants", "nobody uses", "no one uses", "for what we get", "for what it"})
                            if (after.find(w) != std::string_view::npos) return true;
                        return false;
                    }();
                    if (worth) break;
                    // r27 (trial29): "it just seems like a lot, and I'm a bit worried we're rushing it?": the weight
                    // the writer worries about, said in their own worry, is no size put to the engineer; nor is "a
                    // lot" that ends its clause with no work or time named after it.
                    bool const own_worry = [&] {
                        for (std::string_view w : {"i'm worried", "i'm a bit worried", "i'm a little worried",
                                                   "i worry", "i'd hate", "i'm uneasy", "i'm nervous",
                                                   "makes me nervous", "i'm not sure", "i keep going back and forth"})
                            if (c.s.find(w) != std::string_view::npos) return true;
                        return false;
                    }();
                    bool const bare = after.empty() || after.starts_with(",") || after.starts_with(".") ||
                                      after.starts_with(" and ") || after.starts_with(" to me");
                    if (own_worry && bare) break;
                }
                flag(Pattern::why_so_long, h);
                break;
            }
            case Lex::trivial: {
                auto const before = c.s.substr(h.begin > 30 ? h.begin - 30 : 0, h.begin > 30 ? 30 : h.begin);
                bool const tag = sentence.find("isn't it") != std::string_view::npos ||
                                 sentence.find("is it not") != std::string_view::npos ||
                                 sentence.find("aren't they") != std::string_view::npos ||
                                 before.find("why") != std::string_view::npos ||
                                 sentence.find("why") != std::string_view::npos;
                bool const demand = c.first(Lex::simple_push) != nullptr || c.first(Lex::challenge) != nullptr;
                if (tag || demand) flag(Pattern::why_so_long, h);
                break;
            }
            case Lex::elsewhere: {
                // "I did this to make the toggle available", "since we already have it on the dashboard card":
                // the writer's own product or work, not another's.
                if (one_of(prev_word(c.s, h.begin),
                           {"i", "we", "you", "i've", "we've", "you've", "i'd", "we'd", "i'll", "we'll", "it"}))
                    break;
                // "When the API is available in Safari we can add it": a condition, not a comparison.
                if (starts_with_word(sentence, "when") || starts_with_word(sentence, "if") ||
                    starts_with_word(sentence, "once"))
                    break;
                // "something similar" is a product's only when one has it ("VS Code has something similar");
                // "or something similar", "Did you find something similar?" are not.
                // "is available in Firefox" names a product; "Tree View is available in preview" a channel of
                // this one.
                if (phrase.ends_with(" in") &&
                    one_of(next_word(c.s, h.end),
                           {"preview", "beta", "alpha", "nightly", "master", "main", "develop", "dev", "next", "the",
                            "v", "version", "insiders", "canary", "stable", "future"}))
                    break;
                if (phrase == "something similar" &&
                    !one_of(prev_word(c.s, h.begin),
                            {"has", "have", "had", "does", "offers", "offer", "provides", "supports", "got"}))
                    break;
                // "other apps", "every other": a comparison only when they are said to have it ("other
                // editors already support this") or held up as the model ("like other apps"); "share text
                // to other apps" and "support for other launchers" name other things, not a rival.
                if (phrase.starts_with("other ") || phrase == "every other" || phrase.starts_with("competitor")) {
                    bool const model = one_of(prev_word(c.s, h.begin), {"like", "as", "than", "unlike"}) ||
                                       (phrase.starts_with("competitor") &&
                                        one_of(next_word(c.s, h.end), {"ship", "ships", "shipped", "launched", "built",
                                                                       "added", "released", "did", "got", "are"}));
                    auto const stop = c.s.find_first_of(",;:()", h.end);
                    auto const until = std::min<std::size_t>({x->e, h.end + 40u, stop});
                    bool const have = phrase.ends_with(" have") || phrase.ends_with(" do") ||
                                      phrase.ends_with(" does") ||
                                      c.first(Lex::possess_verb, h.end, static_cast<std::uint32_t>(until)) != nullptr;
                    if (!model && !have) break;
                }
                flag(Pattern::last_company, h);
                break;
            }
            case Lex::elsewhere_verb: {
                // "I did this to make the new toggle quickly available": the writer's own doing ("In Windows
                // Explorer, I have the ability to sort" still names where the writer has it).
                if ((phrase.starts_with("did ") || phrase.starts_with("do ") || phrase.starts_with("does ")) &&
                    one_of(prev_word(c.s, h.begin), {"i", "we", "you", "i've", "we've", "it", "this"}))
                    break;
                // "Chrome does it." is a comparison; "Russ does it, and there's a cut-out for him" names a person's
                // habit: "does it" and "supports it" count only as a sentence of their own.
                if ((phrase == "does it" || phrase == "supports it") && (h.end < x->e || h.begin > x->b + 24)) break;
                // Another product named in the sentence: "Google has it", "possible in Finder on macOS".
                bool named = false;
                // "available in", "possible in": the product comes after ("available in Firefox"), not
                // before ("Tree View is currently available in preview").
                bool const after_only = phrase.ends_with(" in");
                // A day or a month is not a product ("The plan has it running Tuesday").
                for (auto const& [nb, ne] : c.names)
                    named = named || (nb >= x->b && ne <= x->e && ((!after_only && ne <= h.begin) || nb >= h.end) &&
                                      c.first(Lex::date, nb, ne) == nullptr);
                // A one-word subject written with a capital ("Google has it") names a product too.
                auto const subject = c.s.substr(x->b, h.begin - x->b);
                if (!named && h.begin > x->b + 1 && subject.find(' ') == subject.size() - 1 &&
                    c.orig_byte(x->b) >= 'A' && c.orig_byte(x->b) <= 'Z' && !subject.starts_with("it ") &&
                    !subject.starts_with("this ") && !subject.starts_with("that ") && !subject.starts_with("he ") &&
                    !subject.starts_with("she "))
                    named = true;
                bool const future = sentence.find("will") != std::string_view::npos;
                // "When these features are available in Firefox we can add it": a condition, not a
                // comparison.
                if (starts_with_word(sentence, "when") || starts_with_word(sentence, "if") ||
                    starts_with_word(sentence, "once"))
                    break;
                if (named && !x->question() && !future) flag(Pattern::last_company, h);
                break;
            }
            case Lex::vague_time: {
                // "Hope they merge these soon", "any chance this lands in the near future?" (a promise
                // exclaimed, "A new version is coming soon!", is not an ask).
                // "kindly fix that issue and wait for sometime" asks the reader to wait.
                auto const lead_word = prev_word(c.s, h.begin);
                // "got finally fixed after quite some time" is a wait that ended.
                auto const waited =
                    lead_word == "wait" ||
                    has_word(c, c.s.substr(h.begin > 14 ? h.begin - 14 : 0, h.begin > 14 ? 14 : h.begin), "after") ||
                    (lead_word == "for" &&
                     prev_word(c.s, static_cast<std::size_t>(lead_word.data() - c.s.data())) == "wait");
                if (!waited && (question || wishes(sentence) || requests(sentence)) &&
                    c.first(Lex::delivery, x->b, x->e) != nullptr)
                    flag(Pattern::faster_please, h);
                break;
            }
            case Lex::simple_push: {
                // "Ideally I would like to just add a setting": the writer's own plan for the work, not a push.
                auto const lead = c.s.substr(x->b, h.begin - x->b);
                if (lead.find("i would like to") != std::string_view::npos ||
                    lead.find("i'd like to") != std::string_view::npos ||
                    lead.find("i want to") != std::string_view::npos ||
                    lead.find("i plan to") != std::string_view::npos || has_word(c, lead, "i'll") ||
                    lead.find("i will") != std::string_view::npos ||
                    lead.find("i'm going to") != std::string_view::npos)
                    break;
                flag(Pattern::simple_version, h);
                break;
            }
            case Lex::add_on:
                flag(Pattern::one_more_thing, h);
                break;
            case Lex::add_on_verb: {
                // "Can we squeeze the CSV export into this sprint too?": more work, asked for, on top.
                auto const word = [&](std::string_view w) {
                    for (auto at = sentence.find(w); at != std::string_view::npos; at = sentence.find(w, at + 1)) {
                        bool const start = at == 0 || !is_word_byte(static_cast<unsigned char>(sentence[at - 1]));
                        auto const end = at + w.size();
                        if (start &&
                            (end == sentence.size() || !is_word_byte(static_cast<unsigned char>(sentence[end]))))
                            return true;
                    }
                    return false;
                };
                // Tests or docs asked for the change are part of it ("Also, would you please add some tests?").
                bool const part_of_it =
                    word("test") || word("tests") || word("docs") || word("documentation") || word("changelog");
                // r27 (trial28): "are we moving too fast?": "too" before a word it grades is no "as well".
                bool const too_as_well = [&] {
                    for (auto p = find_word(c, sentence, "too"); p != std::string_view::npos;
                         p = find_word(c, sentence, "too", p + 3)) {
                        auto const next = next_word(sentence, p + 3);
                        if (next.empty() ||
                            one_of(next, {"please", "pls", "if", "while", "before", "when", "since", "as", "so", "and",
                                          "but", "thanks", "for", "in", "on", "by", "at", "then"}))
                            return true;
                    }
                    return false;
                }();
                if ((question || demands(sentence, *x)) && !part_of_it &&
                    ((word("too") && too_as_well) || word("as well") || word("also")))
                    flag(Pattern::one_more_thing, h);
                break;
            }
            default:
                break;
        }
    }
    // Sentence-level constructions the phrase lists miss.
    constexpr auto npos = std::string_view::npos;
    bool asked_before = false;  // the sentence before asked for something
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const sentence = c.s.substr(x.b, x.e - x.b);
        // The span names the word that made the construction (never an empty span).
        auto const at = [&](std::size_t b) {
            auto e = b;
            while (e < sentence.size() && is_word_byte(static_cast<unsigned char>(sentence[e]))) ++e;
            if (e == b) e = std::min(b + 1, sentence.size());
            return Hit{x.b + static_cast<std::uint32_t>(b), x.b + static_cast<std::uint32_t>(e), Lex::ask_eta};
        };
        auto const rel = [&](Hit const& h) { return static_cast<std::size_t>(h.begin - x.b); };
        auto const each = [&](Lex l, auto&& f) {
            for (auto const& h : c.hits)
                if (h.lex == l && h.begin >= x.b && h.end <= x.e && !c.in_quote(h.begin, h.end)) f(h);
        };
        // Which of the constructions' words the sentence has, in one pass over the hits; a construction
        // whose words are absent is not tried.
        bool delivery = false, cue = false, nudges = false, acts = false, units = false, dates = false;
        for (auto const& h : c.hits) {
            if (h.begin < x.b || h.end > x.e) continue;
            delivery = delivery || h.lex == Lex::delivery;
            cue = cue || h.lex == Lex::ask_cue;
            nudges = nudges || h.lex == Lex::ask_nudge;
            acts = acts || h.lex == Lex::delivery_act;
            units = units || h.lex == Lex::long_unit;
            dates = dates || h.lex == Lex::date;
        }
        if (delivery) delivery = c.first(Lex::delivery, x.b, x.e) != nullptr;  // outside quotes
        bool const question = asks(sentence, x) || x.end == '?';
        int request_memo = -1;
        auto const request = [&] {
            if (request_memo < 0)
                request_memo = requests(sentence) || (cue && c.first(Lex::ask_cue, x.b, x.e) != nullptr) ? 1 : 0;
            return request_memo == 1;
        };
        auto const words = [&] {
            std::size_t n = 0;
            for (std::size_t i = 0; i < sentence.size(); ++i)
                n += is_word_byte(static_cast<unsigned char>(sentence[i])) &&
                     (i == 0 || !is_word_byte(static_cast<unsigned char>(sentence[i - 1])));
            return n;
        };

        // faster-please: when, how long, where it stands, a delivery asked for.
        if (!(mask & 1u)) {
            auto const lead = after_greeting(sentence);
            auto const lead_at = sentence.size() - lead.size();
            // An interrogative "when" about a delivery: first in a question ("when its gona fully
            // release?"), before an auxiliary ("I was wondering when were you planning on getting a new
            // release"), or after a word that asks for it ("any idea when", "transparency when the fix
            // will be released"). "When I click save, …" is a condition.
            for (auto p = find_word(c, sentence, "when"); p != npos && !(mask & 1u);
                 p = find_word(c, sentence, "when", p + 1)) {
                auto const after = next_word(sentence, p + 4);
                bool const indirect =
                    one_of(prev_word(sentence, p),
                           {"idea", "know", "wondering", "wonder", "tell", "transparency", "sure", "asking", "estimate",
                            "estimation", "expect", "informed", "share", "about", "regarding", "curious"});
                bool const first = p == lead_at && sentence.find(',', p) == npos;
                // "Asking politely, when this bug will be fixed?": a clause of its own that is the question.
                auto q = p;
                while (q > 0 && is_space(sentence[q - 1])) --q;
                bool const clause_first = q > 0 && (sentence[q - 1] == ',' || sentence[q - 1] == ':') && x.question();
                // "When it's done™": the answer to the question, not the question.
                auto const then =
                    next_word(sentence, static_cast<std::size_t>(after.data() - sentence.data()) + after.size());
                bool const answer =
                    one_of(after, {"it's", "its", "it"}) && (then.starts_with("done") || then.starts_with("ready") ||
                                                             then.starts_with("finished") || then == "is");
                bool const interrogative = !answer && (auxiliary(after) || after == "'s" || indirect ||
                                                       ((first || clause_first) && x.question()));
                // Opening the sentence with an auxiliary next, it is a question even without its mark
                // ("so when's this thing getting released (estimated)", "when to release？").
                bool const asked = question || request() || (first && (auxiliary(after) || after == "'s"));
                if (interrogative && asked && (delivery || has_word(c, sentence, "time")))
                    flag(Pattern::faster_please, at(p));
            }
            // A date asked for a delivery: "Any tentative date to release the code?"
            if (!(mask & 1u) && delivery && question && sentence.find("date") != npos)
                if (auto const date = find_word(c, sentence, "date"); date != npos)
                    flag(Pattern::faster_please, at(date));
            // A delivery wished or asked for by a date: "hope this gets updated before sunday".
            // Wished, or asked of the reader in so many words; not weighed ("What would it cost to ship bulk
            // edit by May 20?") nor a plan stated as an imperative ("Ship SSO by March 3"). The span marks
            // "before"/"by", never the date, which stays a particular.
            bool const asked_of_reader = has_word(c, sentence, "please") || has_word(c, sentence, "kindly") ||
                                         (cue && c.first(Lex::ask_cue, x.b, x.e) != nullptr);
            if (!(mask & 1u) && delivery && dates && (asked_of_reader || wishes(sentence)))
                for (std::string_view w : {"before", "by", "until"})
                    for (auto p = find_word(c, sentence, w); p != npos && !(mask & 1u);
                         p = find_word(c, sentence, w, p + 1))
                        if (auto const* d =
                                c.first(Lex::date, x.b + static_cast<std::uint32_t>(p),
                                        x.b + static_cast<std::uint32_t>(std::min(sentence.size(), p + w.size() + 16)));
                            d != nullptr && !next_word(sentence, p + w.size()).empty())
                            flag(Pattern::faster_please, at(p));
            // How long until it is done: "how long would this usually take", "how soon".
            if (!(mask & 1u) && question && sentence.find("how ") != npos && !runtime_words(sentence))
                for (std::string_view w : {"how long", "how soon", "how much longer"})
                    if (auto const p = sentence.find(w);
                        p != npos && (delivery || has_word(c, sentence, "take") || has_word(c, sentence, "takes") ||
                                      has_word(c, sentence, "until") || has_word(c, sentence, "wait")))
                        flag(Pattern::faster_please, at(p));
            // Where the work stands, in a short question or as a bare nudge: "Any news ?", "@dana
            // status?", "did you get further insights on this?", "Checking in @simonwex".
            if (nudges)
                each(Lex::ask_nudge, [&](Hit const& h) {
                    if (mask & 1u) return;
                    auto const n = words();
                    auto const b = rel(h), e = b + (h.end - h.begin);
                    auto const before = prev_word(sentence, b), after = next_word(sentence, e);
                    bool const determined = one_of(before, {"any", "further", "some", "latest", "an"});
                    // "an update on this?", "status?"; not a name that ends in the word ("above
                    // 'Automatic Update'?").
                    bool const ends =
                        (after.empty() ||
                         one_of(after, {"on", "of", "about", "regarding", "for", "here", "with", "from"})) &&
                        (n <= 4 || before.empty() ||
                         one_of(before, {"the", "this", "no", "for", "on", "about", "get", "got", "give", "have", "has",
                                         "is", "an", "any"}));
                    bool const nudge = c.s.substr(h.begin, h.end - h.begin).find(' ') != npos ||
                                       one_of(c.s.substr(h.begin, h.end - h.begin), {"bump", "bumping", "ping"});
                    // A nudge phrase ("Just checking in··· the last commit was in February") opens a message
                    // of any length.
                    bool const opens = nudge && h.begin <= x.b + 2;
                    if ((question && n <= 12 && (determined || ends)) || (n <= 4 && (nudge || question)) || opens)
                        flag(Pattern::faster_please, h);
                });
            // The delivery itself asked for, with what to deliver: "Could you release v1.03?", "please
            // merge all the PR", "make a release with the fix from #34", "included in a release".
            // Only someone else's delivery, asked for: not "Should I just merge this for 4.0?", "I'll merge
            // it in", "What if we just don't merge this?", "what is wrong with merging this in?", and an
            // imperative alone ("Ship it!", a reviewer's approval) only with urgency ("RELEASE IT NOW").
            auto const urged = [&] {
                if (!question && !request()) return false;
                bool const imperative_only = !question && !has_word(c, sentence, "please") &&
                                             !has_word(c, sentence, "pls") && !has_word(c, sentence, "kindly") &&
                                             c.first(Lex::ask_cue, x.b, x.e) == nullptr;
                return !imperative_only || has_word(c, sentence, "now") || has_word(c, sentence, "asap") ||
                       has_word(c, sentence, "already") || has_word(c, sentence, "today") ||
                       has_word(c, sentence, "finally");
            };
            if (acts && !(mask & 1u) && urged())
                each(Lex::delivery_act, [&](Hit const& h) {
                    if (mask & 1u) return;
                    auto const b = rel(h), e = b + (h.end - h.begin);
                    if (c.s.substr(h.begin, h.end - h.begin).ends_with("ing")) return;
                    auto const window = sentence.substr(b > 24 ? b - 24 : 0, b > 24 ? 24 : b);
                    // "What other things are you planning for the next release?" asks what goes in, not when.
                    if (asks_contents(sentence)) return;
                    // "Let's get this hastily merged", "should we release what we have now and merge it just after
                    // that?": the writer proposes to do it with the reader; "Is there anything here that shouldn't
                    // go out with the next release?" asks what to leave out.
                    if (starts_with_word(after_greeting(sentence), "let's") || sentence.find("should we") != npos ||
                        sentence.find("shall we") != npos || sentence.find("shouldn't") != npos ||
                        sentence.find("should not") != npos)
                        return;
                    // "To make a new release ... i would need to solve this issue": the writer's own plan.
                    if (sentence.find(" i would") != npos || sentence.find(" i need") != npos ||
                        sentence.find("i'd need") != npos)
                        return;
                    if (has_word(c, window, "i") || has_word(c, window, "i'll") || has_word(c, window, "i'd") ||
                        has_word(c, window, "not") || window.find("n't") != npos || has_word(c, window, "never"))
                        return;
                    auto const before = prev_word(sentence, b), after = next_word(sentence, e);
                    bool object = one_of(after, {"it", "this", "that", "these", "those", "all", "my", "our", "now",
                                                 "asap", "soon", "version", "new"}) ||
                                  (!after.empty() &&
                                   ((after[0] >= '0' && after[0] <= '9') ||
                                    (after[0] == 'v' && after.size() > 1 && after[1] >= '0' && after[1] <= '9')));
                    // "please update Chatsecure": the product itself, named ("still ship Friday" names a day).
                    for (auto const& [nb, ne] : c.names)
                        object = object || (!after.empty() &&
                                            nb == x.b + static_cast<std::uint32_t>(after.data() - sentence.data()) &&
                                            c.first(Lex::date, nb, ne) == nullptr);
                    // "the" only before a delivery ("merge the PR", "release the fix"), not "merge the two lists".
                    if (after == "the") {
                        auto const then = static_cast<std::size_t>(after.data() - sentence.data()) + 3;
                        object =
                            c.first(Lex::delivery, x.b + static_cast<std::uint32_t>(then),
                                    x.b + static_cast<std::uint32_t>(std::min(sentence.size(), then + 20))) != nullptr;
                    }
                    bool const noun = one_of(before, {"a", "new", "next", "make", "cut", "do"});
                    // "get this PR merged", "have it released": the delivery asked for by its result.
                    if ((has_word(c, window, "get") || has_word(c, window, "have")) &&
                        c.s.substr(h.begin, h.end - h.begin).ends_with("ed"))
                        object = true;
                    if (object || noun) flag(Pattern::faster_please, h);
                });
        }

        // why-so-long: the wait held up, or the delivery that has not happened asked about.
        if (!(mask & 2u) && (units || sentence.find("since") != npos)) {
            // "open for a full year", "13 days back", "it's been 2hrs since", "waiting for some months
            // now", "open since February": elapsed time on the work, in a message that asks for
            // something or says it still waits. "I've been using MPC for many years" is no wait.
            // "This has been hanging out for a month": the thread's own work waits.
            bool const waits = [&] {
                auto const been = find_word(c, sentence, "been");
                if (been == npos) return false;
                auto const aux = prev_word(sentence, been);
                if (aux == "it's" || aux == "its") return true;
                if (aux != "has" && aux != "have") return false;
                auto const who = prev_word(sentence, been - aux.size() - 1);
                return one_of(who, {"this", "it", "that", "pr", "issue", "request", "fix", "feature"});
            }();
            bool const work = delivery || waits || has_word(c, sentence, "open") || has_word(c, sentence, "waiting") ||
                              has_word(c, sentence, "issue") || has_word(c, sentence, "issues") ||
                              has_word(c, sentence, "request") || has_word(c, sentence, "requests") ||
                              has_word(c, sentence, "opened") || has_word(c, sentence, "approved") ||
                              has_word(c, sentence, "reported");
            bool const grievance = work && (has_word(c, sentence, "still") || has_word(c, sentence, "yet") ||
                                            has_word(c, sentence, "nobody") || has_word(c, sentence, "none") ||
                                            has_word(c, sentence, "waiting") || message_asks());
            if (work && grievance) {
                auto const anchored = [&](std::size_t b, std::size_t e) {
                    auto const window = sentence.substr(b > 40 ? b - 40 : 0, b > 40 ? 40 : b);
                    return has_word(c, window, "been") || has_word(c, window, "for") || has_word(c, window, "since") ||
                           has_word(c, window, "waiting") || has_word(c, window, "open") ||
                           one_of(next_word(sentence, e), {"ago", "back", "now", "already", "since"});
                };
                if (units)
                    each(Lex::long_unit, [&](Hit const& h) {
                        if (mask & 2u) return;
                        auto const b = rel(h), e = b + (h.end - h.begin);
                        auto const q = prev_word(sentence, b);
                        bool const glued = sentence[b] >= '0' && sentence[b] <= '9';
                        bool const counted =
                            glued || (!q.empty() && q[0] >= '0' && q[0] <= '9') ||
                            one_of(q, {"a", "an", "few", "several", "some", "many", "couple", "full", "whole", "two",
                                       "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve"});
                        if (!counted) return;
                        auto const qb = glued || q.empty() ? b : static_cast<std::size_t>(q.data() - sentence.data());
                        auto const lead_in = prev_word(sentence, qb);
                        bool const ahead = one_of(lead_in, {"next", "in", "within", "coming"});
                        // "in the last 6 months", "for the past year": elapsed by its own words.
                        bool const past = one_of(lead_in, {"last", "past"});
                        if (!ahead && (past || anchored(qb, e))) flag(Pattern::why_so_long, at(qb));
                    });
                // "open since February", "waiting since 2019".
                for (auto p = find_word(c, sentence, "since"); p != npos && !(mask & 2u);
                     p = find_word(c, sentence, "since", p + 1)) {
                    auto const then = next_word(sentence, p + 5);
                    bool const dated =
                        c.first(Lex::date, x.b + static_cast<std::uint32_t>(p + 5),
                                x.b + static_cast<std::uint32_t>(std::min(sentence.size(), p + 5 + 20))) != nullptr ||
                        (then.size() == 4 && then[0] >= '1' && then[0] <= '2' && then[1] >= '0' && then[1] <= '9');
                    if (dated && anchored(p, p + 5)) flag(Pattern::why_so_long, at(p));
                }
            }
        }
        if (!(mask & 2u)) {
            // Elapsed time held up as a grievance: "it's been like 6 years and still waiting".
            if (!(mask & 2u))
                if (auto const been = find_word(c, sentence, "been"); been != npos) {
                    auto const after = sentence.substr(been, 24);
                    bool const span = after.find("year") != npos || after.find("month") != npos ||
                                      after.find("week") != npos || after.find("days") != npos;
                    if (span && (has_word(c, sentence, "still") || has_word(c, sentence, "waiting") ||
                                 has_word(c, sentence, "since")))
                        flag(Pattern::why_so_long, at(been));
                }
            // A delivery that has not happened, asked about: "Am I missing something for the PR not
            // getting merged?", "why don't they get merged", "Are we like, not doing PRs or anything?".
            if (acts && x.question())
                each(Lex::delivery_act, [&](Hit const& h) {
                    if (mask & 2u) return;
                    auto const b = rel(h);
                    auto const window = sentence.substr(b > 24 ? b - 24 : 0, b > 24 ? 24 : b);
                    // "What if we just don't merge this?" proposes; it does not ask after a delivery.
                    if (has_word(c, window, "i")) return;
                    for (std::string_view w :
                         {"if we", "should we", "shall we", "could we", "can we", "let's", "why not"})
                        if (window.find(w) != npos) return;
                    if (has_word(c, window, "not") || window.find("n't") != npos || has_word(c, window, "never"))
                        flag(Pattern::why_so_long, h);
                });
        }

        // last-company: "I find others plugins for wordpress that offer a timeline", "every other
        // launcher supports this": other products said to have it.
        if (!(mask & 4u) && sentence.find("other") != npos)
            for (std::string_view o : {"other", "others", "another"})
                for (auto p = find_word(c, sentence, o); p != npos && !(mask & 4u);
                     p = find_word(c, sentence, o, p + 1)) {
                    auto const noun = next_word(sentence, p + o.size());
                    // "the other bullets", "each other" are the same thing's parts; "other people's"
                    // and "other programming languages … (though I have" are not products said to have it.
                    if (one_of(prev_word(sentence, p), {"the", "each", "of"}) || noun.ends_with("'s")) continue;
                    if (noun.empty() || one_of(noun, {"words", "hand",   "side",   "than",    "way",      "ways",
                                                      "issue", "issues", "bug",    "bugs",    "comment",  "comments",
                                                      "pr",    "prs",    "thread", "one",     "ones",     "day",
                                                      "time",  "times",  "reason", "reasons", "people",   "users",
                                                      "user",  "thing",  "things", "option",  "options",  "have",
                                                      "has",   "do",     "does",   "said",    "requests", "request"}))
                        continue;
                    auto const from = p + o.size() + 1 + noun.size();
                    auto const clause_end = sentence.find_first_of(",;:()", from);
                    auto const until = std::min({sentence.size(), from + 40, clause_end});
                    auto const* v = c.first(Lex::possess_verb, x.b + static_cast<std::uint32_t>(from),
                                            x.b + static_cast<std::uint32_t>(until));
                    if (v == nullptr) continue;
                    // Another subject in between ("other languages ever since I have") owns the verb.
                    auto const between = sentence.substr(from, v->begin - x.b - from);
                    if (has_word(c, between, "i") || has_word(c, between, "we") || has_word(c, between, "you") ||
                        has_word(c, between, "they"))
                        continue;
                    flag(Pattern::last_company, *v);
                }

        // one-more-thing: a request that ends on "as well" or "too": "It would be great to refresh
        // prime_router/README.md as well."
        if (!(mask & 16u) && !x.question()) {
            auto trimmed = sentence;
            while (!trimmed.empty() && !is_word_byte(static_cast<unsigned char>(trimmed.back())))
                trimmed.remove_suffix(1);
            for (std::string_view w : {"as well", "too"})
                if (trimmed.ends_with(w) &&
                    (trimmed.size() == w.size() || is_space(trimmed[trimmed.size() - w.size() - 1])) && request())
                    flag(Pattern::one_more_thing, at(trimmed.size() - w.size()));
        }
        std::uint32_t gates = 0;  // which of the shapes' words the sentence holds (read in real_wording's pass)
        real_wording(c, x, sentence, question, request, flag, at, mask, asked_before, gates);
        shapes(
            c, x, sentence, question, request, flag, at, mask, message_asks, [&] { return owns_work(c); }, gates);
        asked_before = question || request();
    }
    return mask;
}

}  // namespace pushback::detector::detail
