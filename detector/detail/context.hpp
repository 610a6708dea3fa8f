#pragma once
// What the detector's stages share while analysing one message: the normalised text, the lexicon
// hits, the sentences, the quoted spans, and the findings so far. Each stage (numbers, concreteness,
// asks, red flags, kind, clauses) reads it and adds to the Analysis; analysis.cpp runs them in order.

#include <algorithm>
#include <array>
#include <bitset>
#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "detector/analysis.hpp"
#include "detector/detail/matcher.hpp"
#include "detector/detail/model.hpp"
#include "detector/detail/normalize.hpp"

namespace pushback::detector::detail {

// A particular of the case found in normalised text, with how much it weighs as evidence.
struct Found {
    std::uint32_t b, e;
    SpecificKind kind;
    double weight;
};

// A vague phrase in normalised text.
struct VSpan {
    std::uint32_t b, e;
    VagueCategory c;
    bool absolute;
};

// A sentence in normalised text: [b, e) without its closing mark; `end` is '?', '!', '.', or 0.
struct Sentence {
    std::uint32_t b, e;
    char end;
    bool question() const { return end == '?'; }
};

// Constructions found by detector/grammar.cpp, counted for the learned vague model.
enum class Construction : std::uint8_t { event_clause, probe, constraint, contrast, vague_failure, elapsed };
inline constexpr std::size_t construction_count = 6;

struct Context {
    std::string_view orig;  // the message as written
    Normalized const& norm;
    std::string_view s;  // normalised text
    std::vector<Hit> const& hits;
    // Filled by the first stages, in buffers the caller reuses across calls (and clears).
    std::vector<Sentence>& sentences;
    std::vector<std::pair<std::uint32_t, std::uint32_t>>& quoted;  // normalised ranges
    std::vector<std::pair<std::uint32_t, std::uint32_t>>& names;   // normalised ranges (concreteness.cpp)
    bool shouting = false;                                         // mostly capitals: case says nothing about names
    std::array<std::uint8_t, construction_count> grammar{};        // counts by Construction (grammar.cpp)
    WordBloom words{};                                             // the words of `s` (set once `s` is)
    // Where the message sits in its thread, when the caller knows the message before it (analyze's
    // `previous`): 0 unknown or first, 1 after a message that asks nothing, 2 after a question or a request.
    std::uint8_t thread = 0;
    // The writer's own words of each sentence, by its index in `sentences`, read once on first use (flags.cpp's
    // constructions read them a dozen times a sentence).
    mutable std::vector<std::vector<std::pair<std::string_view, std::uint32_t>>> sentence_words{};
    // The construction gates each sentence's words open, by its index in `sentences` (flags.cpp's keys_of), for
    // the first 32 sentences (later ones open every gate): no allocation.
    mutable std::array<std::uint32_t, 32> sentence_keys{};

    // False when `phrase` cannot occur as whole words in `t`, a part of `s` (one of its words is no
    // word of `s`); true when it may, or when `t` is not a part of `s` or cuts a word of `s` at an edge.
    bool may_hold(std::string_view t, std::string_view phrase) const {
        std::less<> const before;
        if (t.empty() || before(t.data(), s.data()) || before(s.data() + s.size(), t.data() + t.size())) return true;
        auto const b = static_cast<std::size_t>(t.data() - s.data());
        auto const e = b + t.size();
        auto const word = [&](std::size_t i) { return is_word_byte(static_cast<unsigned char>(s[i])); };
        if ((b > 0 && b < s.size() && word(b - 1) && word(b)) || (e > 0 && e < s.size() && word(e - 1) && word(e)))
            return true;
        return words.may_hold(phrase);
    }

    bool in_quote(std::uint32_t b, std::uint32_t e) const {
        return std::any_of(quoted.begin(), quoted.end(), [&](auto const& q) { return b >= q.first && e <= q.second; });
    }
    // More than half of [b, e) is someone else's words.
    bool mostly_quoted(std::uint32_t b, std::uint32_t e) const {
        std::uint32_t n = 0;
        for (auto const& q : quoted)
            if (q.first < e && b < q.second) n += std::min(e, q.second) - std::max(b, q.first);
        return 2 * n > e - b;
    }
    // Which lexicons have a hit at all (marked once the hits are in, by analyze): most of the `has` and `first` asked
    // of a message are of a lexicon with none, answered without reading the hits.
    std::bitset<lex_count> present = std::bitset<lex_count>{}.set();  // all, until mark_present
    void mark_present() {
        present.reset();
        for (auto const& h : hits) present.set(static_cast<std::size_t>(h.lex));
    }
    bool has(Lex l) const {
        return present[static_cast<std::size_t>(l)] && std::any_of(hits.begin(), hits.end(), [&](Hit const& h) {
                   return h.lex == l && !in_quote(h.begin, h.end);
               });
    }
    // The first hit of `l` outside quotes inside [b, e), or nullptr.
    Hit const* first(Lex l, std::uint32_t b = 0, std::uint32_t e = UINT32_MAX) const {
        if (!present[static_cast<std::size_t>(l)]) return nullptr;
        for (auto const& h : hits)
            if (h.lex == l && h.begin >= b && h.end <= e && !in_quote(h.begin, h.end)) return &h;
        return nullptr;
    }
    Sentence const* sentence_at(std::uint32_t pos) const {
        for (auto const& x : sentences)
            if (pos >= x.b && pos <= x.e) return &x;
        return nullptr;
    }
    // The original byte under normalised position `pos`.
    unsigned char orig_byte(std::uint32_t pos) const { return static_cast<unsigned char>(orig[norm.from[pos]]); }
    Range orig_range(std::uint32_t b, std::uint32_t e) const { return Range{norm.orig_begin(b), norm.orig_end(e)}; }
};

inline bool contains(std::uint32_t ob, std::uint32_t oe, std::uint32_t ib, std::uint32_t ie) {
    return ob <= ib && ie <= oe;
}
inline bool overlaps(std::uint32_t ab, std::uint32_t ae, std::uint32_t bb, std::uint32_t be) {
    return ab < be && bb < ae;
}
inline bool in(Lex l, Lex first, Lex last) { return l >= first && l <= last; }

template <class T>
void push_unique(std::vector<T>& v, T x) {
    if (std::find(v.begin(), v.end(), x) == v.end()) v.push_back(x);
}

// Stages, each in its own file.
// numbers.cpp: digits as money, percent, dates, references, numbers with units.
void scan_numbers(Context const& c, std::vector<Found>& out, std::vector<Hit>& tmp);
// The end of a unit that follows a word or number at `pos`, or 0.
std::uint32_t unit_after(std::string_view s, std::size_t pos, Lex lex, std::vector<Hit>& tmp);
// concreteness.cpp: particulars without digits (names, observable events, constraints, spelled-out
// quantities, cause and consequence); numbers used as hyperbole.
void find_names(Context& c);
void scan_concrete(Context const& c, std::vector<Found>& out, std::vector<Hit>& tmp);
void drop_hyperbole_numbers(Context const& c, std::vector<Found>& found, std::vector<VSpan>& vague);
void find_paths(Context const& c, std::vector<Found>& found, std::vector<VSpan>& vague);
// grammar.cpp: checkable constructions (event clauses, probes, constraints, contrasts) and the
// vague ones (a failure without its symptom, elapsed time as pressure).
void scan_grammar(Context& c, std::vector<Found>& out, std::vector<VSpan>& vague);
void drop_elapsed_time(Context& c, std::vector<Found>& found, std::vector<VSpan>& vague);
// text.cpp: sentences and quoted spans.
void split_sentences(Context& c);
void find_quoted(Context& c);
// asks.cpp: the seeds' trust-destroying PM asks, by construction.
std::uint32_t find_patterns(Context const& c, std::vector<VSpan>& spans);
// flags.cpp: illegitimate reasons (before the kind, which reads them) and red flags (after it).
// Its constructions run only in sentences holding one of their key words (a gate); with the gates off (this
// thread only) they run everywhere (a test compares the two on every dev text). Functions, not an extern
// thread_local: its TLS wrapper across libraries reads as a null store under UBSan.
void set_gates_off(bool off);
bool gates_are_off();
// A ladder phrase that ends on "over", "above" or "to (the)" names who it goes over or to ("going over Sam",
// "take this to the VP"); "pages go above five a week", "going over the numbers", "take this to the design
// review" name a threshold, a task or a forum. A ladder verb goes toward someone named within eight words.
bool ladder_move_names_a_person(Context const& c, Hit const& h);
// flags.cpp: "has no idea" said of the people the product serves, or in thanks ("You have no idea how much this
// helps"): a trait phrase that judges no colleague.
bool trait_not_of_a_colleague(Context const& c, Hit const& h);
// flags.cpp: an authority named as where the matter goes by process ("This usually goes through the CTO", "the CFO's
// call", "needs the VP's sign-off"), in sentence `x`: following that route skips no rung.
bool route_named(Context const& c, Sentence const& x);
// `evidenced`: the message carries a particular of the case (a measured number, an observed event), so a
// technology proposed in it is argued from a problem, not from novelty.
void find_motives(Context const& c, Analysis& a, bool evidenced);
// flags.cpp (real10): the writer's taste or way with the call left to others or to users ("unless others feel
// strongly", "to see what users think"); such taste drives no stop, and drop_deferred_taste removes it after
// find_motives.
bool taste_deferred(Context const& c);
void drop_deferred_taste(Context const& c, Analysis& a);
// flags.cpp (flags24): ownership said as a bias and set aside ("full disclosure, I wrote it, so I'm probably biased")
// drives no stop; f24_drop_owned_bias removes it after find_motives.
void f24_drop_owned_bias(Context const& c, Analysis& a);
// flags.cpp (flags24): "everyone knows it" said of what the team is familiar with is no my-way.
void f24_drop_familiarity(Context const& c, Analysis& a);
// flags.cpp (real10): a move to a new technology the writer rules out or declines ("zero chance of rewriting it in
// another language", "we won't port it"), for the hints.
bool adoption_ruled_out(Context const& c, Hit const& h);
void find_red_flags(Context const& c, Analysis& a);
// r31: an outage and the hold it asks of everyone ("the deploy pipeline is down, please don't merge"), flags.cpp.
bool r31_ops_hold(Context const& c, Analysis const& a);
// hints.cpp: the words each red flag and illegitimate reason is made of (Analysis::flag_hints), after both.
void find_flag_hints(Context const& c, Analysis& a);
// flags.cpp: a judgment said of a person (a subject with a judging predicate, blame by possessive), the person hint.
bool judged_person(Context const& c);
// flags.cpp: whether the writer's words may name anyone at all (a name, a mention, a pronoun or possessive of
// someone else, a role, a team): a word filter, so it can say yes for a word that only looks like one.
bool mentions_a_person(Context const& c);
// real11 (flags.cpp): "everyone" as the object of a clause ("it belongs to everyone") addresses no one.
bool r11_everyone_as_object(Context const& c, Hit const& h);
// flags.cpp: a sarcasm lexicon hit used plainly ("works as usual", "What could go wrong with the cutover: ..."),
// neither a finding nor a hint.
bool plain_sarcasm_words(Context const& c, Hit const& h);
// sarcasm14 (flags.cpp): a sarcasm phrase or praise the sentence shows is meant (self-mockery, good news, a risk
// review).
bool s14_sarcasm_word_meant(Context const& c, Hit const& h);
bool s14_praise_hit_meant(Context const& c, Hit const& h);
bool s14_sarcasm_alone(Context const& c, Analysis const& a);
// kind.cpp: mood and kind by the rules; `scores` gets each kind's rule score.
// `reported`: the message reports something done ("I fixed the missing line", "Replaced the
// separator…", "Migration done"): 1, or 2 when the report names what was done (a checkable event).
void classify(Context const& c, Analysis& a, std::vector<Hit>& tmp, std::array<double, 8>& scores, int& reported);
// acts.cpp: what a sentence does, from its grammar (kind.cpp and features.cpp read it).
// A word as the kind model sees it: itself when it is a kind word (detector/model/kind_words.txt) or
// a placeholder ("<mention>", "<num>"), else its shape ("<ed>", "<ing>", "<ly>", "<s>", "<w>").
std::string_view kind_token(std::string_view w);
// The words of sentence `x` of normalised text `s`, in order, "+1"/"-1" included; the first
// out.size() go to `out`. Returns how many there are.
// With `whole` false it stops once `out` is full (for callers that read no more than `out` holds).
std::size_t sentence_words(std::string_view s, Sentence const& x, std::span<std::string_view> out, bool whole = true);
// A sentence's act: its mood ("q" a question, "imp" an imperative, "d" a statement), who it is about
// ("1" the writer or the writer's team, "2" the reader, "3" a thing named by a pronoun, "0" nobody
// named) and its verb group ("fut", "oblig", "modal", "prog", "perf", "past", "stance", "none").
struct Act {
    std::string_view mood = "d", subject = "0", verb = "none";
    bool negated = false;
};
Act sentence_act(std::span<std::string_view const> words, bool question);
// The sentence opens by accepting what was said ("ok", "fair enough", "agreed", "I guess you're right").
bool accepts(std::span<std::string_view const> words);
// features.cpp: what the learned models read (model.hpp).
void kind_features(Context const& c, Analysis const& a, std::array<double, 8> const& rule_scores, int reported,
                   FeatureSet& out);
void vague_features(Context const& c, Analysis const& a, double spec, double vag, double bar, FeatureSet& out);
// clauses.cpp: clauses and topic.
void find_clauses(Context const& c, Analysis& a);
// An alternative cue that offers nothing: "sooner rather than later" compares two times, not two plans.
bool idiom_alternative(Context const& c, Hit const& h);
// judge13 (judge.cpp): the judge model's reading of the writer's own sentences (Analysis::judged, ::mocked, and the
// hints it licenses), after the hints; with a trace, each sentence's features.
struct Trace;
void judge_draft(Context const& c, Models const& m, Trace* trace, Analysis& a);
// flags25 (hints.cpp): the address word `w` ("@everyone") at `at` of text `t` is spoken of, not spoken with ("should
// have @everyone privileges", "a catch for @everyone").
bool f25_address_as_topic(std::string_view t, std::size_t at, std::string_view w);

}  // namespace pushback::detector::detail
