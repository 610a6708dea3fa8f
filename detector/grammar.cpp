// Constructions that make a statement checkable without a digit or a listed phrase (issue 12): the
// grammar of a report, not its wording. Closed word classes only (auxiliaries, pronouns,
// determiners, wh-words); the content words are whatever the writer used.
//
// - event clause: a named or definite subject, a negated auxiliary and an action ("the Save Page
//   button doesn't submit the form", "the file stream used by the JsonLoader is not closed", "the
//   database still refused to start"). The same with a pronoun subject and a bare "work" ("it
//   doesn't work", "this is not working") says that something failed without saying what: vague.
// - probe: a question asking for one particular ("What error did you get?", "which mod did you
//   install?", "did you try respring?"): the reader knows exactly what to answer.
// - constraint: "only the project owner can", "not merged until the feature freeze is lifted".
// - contrast: "local timezone instead of UTC": two alternatives, one of them named.
// - elapsed time as pressure: "almost 1 year no updates", "in the queue for 2 weeks", "it's been
//   about a week since your comment": a number that measures the wait, not the work.
#include <algorithm>
#include <array>
#include <ranges>

#include "detector/detail/context.hpp"
#include "detector/detail/weights.hpp"

namespace pushback::detector::detail {
namespace {

struct Tok {
    std::uint32_t b, e;
};

template <std::size_t N>
bool one_of(std::string_view w, std::array<std::string_view, N> const& set) {
    return in_list(w, set);
}

// The negations of the writer's own action or decision ("we didn't", "I won't").
constexpr std::array<std::string_view, 7> own_decision{"didn't", "don't", "won't", "never", "didnt", "dont", "wont"};
// Negated auxiliaries that take a verb ("doesn't submit", "won't start").
constexpr std::array<std::string_view, 15> neg_do{"doesn't", "didn't",   "don't",    "won't",     "can't",
                                                  "cannot",  "couldn't", "wouldn't", "shouldn't", "never",
                                                  "dont",    "doesnt",   "didnt",    "wont",      "cant"};
// Copulas that take "not" and a participle ("is not closed", "isn't triggered").
constexpr std::array<std::string_view, 8> neg_be{"isn't", "wasn't", "aren't", "weren't",
                                                 "isnt",  "wasnt",  "arent",  "hasn't"};
constexpr std::array<std::string_view, 10> aux{"is", "was", "are", "were", "does", "did", "do", "will", "can", "has"};
// Verbs after a negation that report the writer's mind, not the system's behaviour.
constexpr std::array<std::string_view, 22> mental{
    "think", "know",       "like",    "want", "care", "see",  "agree",  "mind", "matter",    "need", "have",
    "seem",  "understand", "believe", "feel", "get",  "mean", "expect", "wish", "recommend", "be",   "make"};
constexpr std::array<std::string_view, 29> pronoun{
    "i",         "we",         "you",    "he",     "she",     "they", "it",     "this",    "that",   "these",
    "something", "everything", "stuff",  "things", "i've",    "i'm",  "i'd",    "i'll",    "we've",  "we're",
    "we'll",     "we'd",       "you're", "you've", "they're", "it's", "that's", "there's", "someone"};
// Words that open a clause without being its subject.
constexpr std::array<std::string_view, 28> opener{"what",  "which",  "who",    "when", "where", "why",     "how",
                                                  "there", "here",   "also",   "so",   "but",   "and",     "or",
                                                  "if",    "please", "well",   "then", "just",  "yes",     "no",
                                                  "ok",    "sorry",  "thanks", "now",  "maybe", "because", "though"};
constexpr std::array<std::string_view, 6> definite{"the", "our", "my", "your", "their", "its"};
constexpr std::array<std::string_view, 8> vague_subject{"it",         "this",  "that",   "something",
                                                        "everything", "stuff", "things", "nothing"};
// After "what"/"which": the question asks about the message, not for a particular.
constexpr std::array<std::string_view, 26> wh_not_probe{
    "is",   "are",  "was",  "do", "does", "did", "would", "should", "can",  "could", "will", "about",   "if",
    "else", "kind", "sort", "we", "you",  "i",   "they",  "it",     "this", "that",  "one",  "happens", "happened"};
constexpr std::array<std::string_view, 9> probe_verb{"try", "use",     "install", "check",  "enable",
                                                     "run", "restart", "update",  "upgrade"};
// The wait itself: "waiting", "in the queue", "since your comment". "still" and "been" only with a
// negation or "open" ("still not merged", "has been open for a year"): "it still works", "it's been
// rock solid for three years" and "three years ago" are particulars of the past, not pressure.
constexpr std::array<std::string_view, 4> wait_cue{"waiting", "waited", "since", "queue"};
constexpr std::array<std::string_view, 6> progress{"update", "updates", "release", "releases", "response", "progress"};

// Finite verbs that report a state of mind, a wish or a judgment rather than something that
// happened: "the design looks dated", "our users need this", "the PR makes sense".
constexpr std::array<std::string_view, 40> not_event{
    "looks",  "looked",   "seems", "seemed",  "feels",    "felt",     "sounds",  "sounded", "appears", "appeared",
    "needs",  "needed",   "wants", "wanted",  "deserves", "requires", "expects", "likes",   "loves",   "hates",
    "thinks", "believes", "means", "matters", "makes",    "helps",    "gets",    "goes",    "has",     "does",
    "says",   "tends",    "works", "worked",  "is",       "was",      "seeks",   "hopes",   "lacks",   "suggests"};
// Words after which an -s or -ed word is a noun or an adjective, not a finite verb ("the builds",
// "of updated docs").
constexpr std::array<std::string_view, 26> before_noun{
    "a",  "an", "the", "some", "any", "all",  "no", "every", "each", "these", "those", "this", "that",
    "of", "in", "on",  "for",  "to",  "with", "by", "from",  "at",   "our",   "my",    "your", "their"};
// Irregular past forms of verbs that report events ("the installer went ahead", "it broke discovery").
constexpr std::array<std::string_view, 12> irregular_past{"broke", "froze", "went",  "left",  "lost",  "ran",
                                                          "hung",  "threw", "stuck", "wrote", "began", "shot"};
// Particles, conjunctions and adverbs that follow a verb ("crashed again", "went ahead and").
constexpr std::array<std::string_view, 26> after_verb{"up",    "down", "out",   "off",    "back",   "over",    "away",
                                                      "and",   "but",  "when",  "after",  "before", "because", "again",
                                                      "twice", "once", "ahead", "anyway", "while",  "since",   "until",
                                                      "as",    "into", "onto",  "about",  "without"};
// Pronouns that stand for a thing, not a person: what they do is the system's behaviour.
constexpr std::array<std::string_view, 3> thing_pronoun{"it", "this", "which"};
// Participles that are adjectives far more often than events ("the knowledge related to", "a
// based approach").
constexpr std::array<std::string_view, 14> adjective_participle{
    "related",    "based",     "supported", "needed",  "used",        "required", "involved",
    "interested", "concerned", "focused",   "limited", "complicated", "advanced", "experienced"};
// What a plural noun is followed by: a verb group ("the new features are", "the tests will").
constexpr std::array<std::string_view, 16> verb_next{"are",    "were",   "will",    "would", "can", "could",
                                                     "should", "may",    "might",   "have",  "had", "do",
                                                     "don't",  "aren't", "weren't", "must"};

// The words of [b, e).
void tokenize(Context const& c, std::uint32_t b, std::uint32_t e, std::vector<Tok>& t) {
    t.clear();
    auto const s = c.s;
    std::uint32_t i = b;
    while (i < e) {
        while (i < e && !is_word_byte(static_cast<unsigned char>(s[i]))) ++i;
        auto const wb = i;
        while (i < e && (is_word_byte(static_cast<unsigned char>(s[i])) ||
                         (s[i] == '\'' && i + 1 < e && is_word_byte(static_cast<unsigned char>(s[i + 1])))))
            ++i;
        if (i > wb) t.push_back({wb, i});
    }
}

// The words of the sentence last scanned, reused across calls (no allocation per message), and
// which text and range they are of, so a second look at the same sentence within one analysis
// (scan_grammar, then drop_elapsed_time) does not split it again.
thread_local std::vector<Tok> words;
thread_local std::string_view words_text;
thread_local std::uint32_t words_b = 0, words_e = 0;

std::vector<Tok> const& words_of(Context const& c, std::uint32_t b, std::uint32_t e) {
    if (words_text.data() != c.s.data() || words_text.size() != c.s.size() || words_b != b || words_e != e) {
        tokenize(c, b, e, words);
        words_text = c.s;
        words_b = b;
        words_e = e;
    }
    return words;
}

// The words of one sentence.
class Clause {
  public:
    Clause(Context const& c, std::vector<Tok> const& toks) : c_(c), t_(toks) {}
    // Which words are named, worked out once for the whole sentence (scan_grammar asks of every -s and
    // -ed word, and of the words around it).
    void mark_named(std::vector<std::uint8_t>& marks) {
        marks.assign(t_.size(), 0);
        auto const mark = [&](std::uint32_t b, std::uint32_t e) {
            auto k = static_cast<std::size_t>(
                std::lower_bound(t_.begin(), t_.end(), b, [](Tok const& x, std::uint32_t p) { return x.e <= p; }) -
                t_.begin());
            for (; k < t_.size() && t_[k].b < e; ++k) marks[k] = 1;
        };
        for (std::size_t k = 0; k < t_.size(); ++k) marks[k] = c_.s[t_[k].b] == ph_code ? 1 : 0;
        for (auto const& [nb, ne] : c_.names) mark(nb, ne);
        for (auto const& h : c_.hits)
            if (h.lex == Lex::thing) mark(h.begin, h.end);
        named_ = &marks;
    }
    std::size_t size() const { return t_.size(); }
    std::string_view w(std::size_t k) const { return k < t_.size() ? c_.s.substr(t_[k].b, t_[k].e - t_[k].b) : ""; }
    Tok const& at(std::size_t k) const { return t_[k]; }
    // A comma or clause break between tokens j < k.
    bool broken(std::size_t j, std::size_t k) const {
        for (auto p = t_[j].e; p < t_[k].b; ++p)
            if (c_.s[p] == ',' || c_.s[p] == ';' || c_.s[p] == ':' || c_.s[p] == '(') return true;
        return false;
    }
    // A named thing: a name, an identifier or code, a lexicon thing. Asked only of the few words
    // next to a construction's opening word, so it is not precomputed.
    bool named(std::size_t k) const {
        if (named_ != nullptr) return (*named_)[k] != 0;
        auto const& x = t_[k];
        if (c_.s[x.b] == ph_code) return true;
        for (auto const& [nb, ne] : c_.names)
            if (nb < x.e && x.b < ne) return true;
        for (auto const& h : c_.hits)
            if (h.lex == Lex::thing && h.begin < x.e && x.b < h.end) return true;
        return false;
    }
    // The subject of a verb group starting at token `v`: the nearest noun phrase in the same clause,
    // named or definite ("the database", "our importer"), not a personal or vague pronoun.
    bool concrete_subject(std::size_t v, std::size_t& from) const {
        // A clause that opens with a content word right before its verb group: "save is not triggered".
        if (v >= 1 && v <= 2 && !one_of(w(0), pronoun) && !one_of(w(0), aux) && !one_of(w(0), opener) &&
            !broken(0, v)) {
            from = 0;
            return true;
        }
        for (std::size_t back = 1; back <= 5 && back <= v; ++back) {
            auto const k = v - back;
            if (broken(k, v)) return false;
            auto const word = w(k);
            if (one_of(word, pronoun)) return false;
            if (named(k)) {
                from = k;
                return true;
            }
            if (k + 1 < v && one_of(word, definite)) {
                from = k;
                return true;
            }
        }
        return false;
    }

  private:
    Context const& c_;
    std::vector<Tok> const& t_;
    std::vector<std::uint8_t> const* named_ = nullptr;
};

// A 64-bit filter over (length, first letter, last letter) of the words a construction starts
// with: most words of a message fail it without a single comparison.
constexpr std::uint64_t shape_bit(std::string_view w) {
    auto const key = w.size() * 7U + static_cast<std::size_t>(static_cast<unsigned char>(w.front())) * 3U +
                     static_cast<std::size_t>(static_cast<unsigned char>(w.back()));
    return std::uint64_t{1} << (key % 64U);
}
constexpr std::uint64_t opener_shapes = [] {
    std::uint64_t m = 0;
    for (auto w : neg_do) m |= shape_bit(w);
    for (auto w : neg_be) m |= shape_bit(w);
    for (std::string_view w :
         {"not", "refused", "refuses", "fails", "failed", "stopped", "only", "until", "instead", "rather"})
        m |= shape_bit(w);
    return m;
}();
constexpr std::uint64_t wait_shapes = [] {
    std::uint64_t m = shape_bit("no") | shape_bit("still") | shape_bit("been");
    for (auto w : wait_cue) m |= shape_bit(w);
    return m;
}();
bool may_open(std::string_view w) { return !w.empty() && (opener_shapes & shape_bit(w)) != 0; }

void bump(Context& c, Construction k) {
    auto& n = c.grammar[static_cast<std::size_t>(k)];
    n = static_cast<std::uint8_t>(std::min(n + 1, 9));
}

bool participle(std::string_view w) {
    return (w.size() > 4 && (w.ends_with("ed") || w.ends_with("en") || w.ends_with("wn"))) || w == "able" ||
           w == "available" || w == "set" || w == "run" || w == "shown" || w == "responsive" || w == "supported" ||
           w == "in";
}

// A word shaped like a finite verb of a report: a past tense ("crashed", "ignored"), a third person
// ("crashes", "ignores", "returns") or an irregular past ("broke", "went").
bool finite_shape(std::string_view w) {
    if (w.size() < 4 || w.find('\'') != std::string_view::npos) return false;
    if (w.ends_with("ed")) return !w.ends_with("eed");
    if (w.ends_with("s"))
        return !w.ends_with("ss") && !w.ends_with("us") && !w.ends_with("is") && !w.ends_with("ous") &&
               !w.ends_with("ics");
    return one_of(w, irregular_past);
}

// The event clause said positively: a named or definite subject and a finite verb ("the app crashes
// right after startup", "The file uploader in Codiad ignores the HTTP error", "the installer went
// ahead and installed 3.6 anyway"). Not a verb of the mind ("the design looks dated"), not a noun
// after a determiner ("the new features are"), not what a pronoun does ("it works", "this breaks").
void positive_event(Context& c, Clause const& cl, std::vector<Found>& out) {
    // Looked up by hash: every -s and -ed word of every sentence is tested against these.
    static WordSet const noun_before{before_noun}, aux_set{aux}, pronoun_set{pronoun}, not_event_set{not_event},
        mental_set{mental};
    auto const n = cl.size();
    for (std::size_t v = 1; v < n; ++v) {
        auto const w = cl.w(v);
        if (!finite_shape(w)) continue;
        // One adverb may stand between a pronoun and its verb ("it totally breaks existing configs").
        auto const adverb = v >= 2 && cl.w(v - 1).ends_with("ly") && one_of(cl.w(v - 2), thing_pronoun);
        auto const prev = adverb ? cl.w(v - 2) : cl.w(v - 1);
        auto const pron = adverb ? v - 2 : v - 1;
        bool const after_pronoun = one_of(prev, thing_pronoun) && (pron == 0 || !noun_before.contains(cl.w(pron - 1)));
        bool const past = w.ends_with("ed") || one_of(w, irregular_past);
        if (!after_pronoun) {
            // Cheapest tests first: most -s words are plural nouns after a determiner.
            if (noun_before.contains(prev) || aux_set.contains(prev) || pronoun_set.contains(prev)) continue;
            // A present tense only right after a name and before its object ("Codiad ignores the HTTP error"):
            // after any other word an -s word is as often a plural noun ("the latest fixes").
            if (!past && (v + 1 >= n || !(noun_before.contains(cl.w(v + 1)) || pronoun_set.contains(cl.w(v + 1)))))
                continue;
        }
        if (not_event_set.contains(w) || mental_set.contains(w) || cl.named(v)) continue;
        if (after_pronoun) {
            // "it broke discovery", "it adds the Rng combat system", "this drops every third message":
            // after a pronoun an -s or -ed word is a verb; with an object it reports what happened.
            if (v + 1 >= n || cl.broken(v, v + 1)) continue;
            auto const obj = cl.w(v + 1);
            bool const determiner = noun_before.contains(obj);
            auto const head = determiner ? v + 2 : v + 1;
            if (head >= n || one_of(cl.w(head), vague_subject) || pronoun_set.contains(cl.w(head)) ||
                aux_set.contains(cl.w(head)) || one_of(cl.w(head), opener) || cl.w(head).size() < 3)
                continue;
            bool const named_object =
                cl.named(head) || (head + 1 < n && cl.named(head + 1)) || (determiner && one_of(obj, definite));
            out.push_back(
                {cl.at(pron).b, cl.at(head).e, SpecificKind::event, named_object ? w_event_clause : w_observable});
            bump(c, Construction::event_clause);
            return;
        }
        if (!past && !cl.named(v - 1)) continue;
        std::size_t subj = 0;
        if (!cl.concrete_subject(v, subj)) continue;
        // The subject names what it is: a name, or a definite noun phrase ("the export"); not whatever
        // content word opens the sentence ("Still very complicated", "oops sorry missed").
        bool named_subject = one_of(cl.w(subj), definite);
        for (auto k = subj; k < v && !named_subject; ++k) named_subject = cl.named(k);
        if (!named_subject || one_of(w, adjective_participle)) continue;
        // The verb follows its subject directly: no auxiliary, adverb or infinitive between them ("the
        // project is actively maintained" is a claim, not an event).
        bool clean = true;
        for (auto k = subj + 1; k < v && clean; ++k) {
            auto const m = cl.w(k);
            clean = !one_of(m, aux) && !one_of(m, verb_next) && !one_of(m, pronoun) &&
                    !(k + 1 == v && m.ends_with("ly")) && m != "to" && m != "not" && m != "been" && m != "be" &&
                    m != "already" && m != "just" && m != "also" && m != "still" && m != "who" && m != "that" &&
                    m != "which" && m != "whom" && !m.ends_with("n't") && !finite_shape(m);
        }
        if (!clean) continue;
        // What follows a verb: its object's determiner, a pronoun, a particle, an adverb, a number or
        // the clause's end ("crashed on start", "ignored the error", "broke it"). A bare content word
        // after an -ed word makes it an adjective ("the current supported version", "related PRs").
        if (v + 1 < n && !cl.broken(v, v + 1)) {
            auto const next = cl.w(v + 1);
            bool const verb_like = one_of(next, before_noun) || one_of(next, pronoun) || one_of(next, after_verb) ||
                                   next.ends_with("ly") || cl.named(v + 1) ||
                                   (next.front() >= '0' && next.front() <= '9');
            if (!verb_like) continue;
        }
        out.push_back({cl.at(subj).b, cl.at(v).e, SpecificKind::event, w_event_clause});
        bump(c, Construction::event_clause);
        return;
    }
}

}  // namespace

void scan_grammar(Context& c, std::vector<Found>& out, std::vector<VSpan>& vague) {
    c.grammar = {};
    words_text = {};  // the scratch text is reused across messages: a cached split is never carried over
    // Candidate sentences: those with an opening word (lexicon/grammar_open.txt) or a question mark.
    std::array<std::uint32_t, 32> opens{};
    std::size_t n_opens = 0;
    for (auto const& h : c.hits)
        if (h.lex == Lex::grammar_open && n_opens < opens.size()) opens[n_opens++] = h.begin;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        bool const candidate =
            x.question() || std::any_of(opens.begin(), opens.begin() + static_cast<std::ptrdiff_t>(n_opens),
                                        [&](std::uint32_t p) { return p >= x.b && p < x.e; });
        thread_local std::vector<std::uint8_t> named_marks;
        Clause cl(c, words_of(c, x.b, x.e));
        cl.mark_named(named_marks);
        positive_event(c, cl, out);
        if (!candidate) continue;
        auto const n = cl.size();
        for (std::size_t i = 0; i < n; ++i) {
            auto const word = cl.w(i);
            // Every construction starts at a closed-class word; most words are not one (the first and
            // last letters rule them out before any comparison).
            if (!may_open(word)) continue;
            auto const last = word.back();
            // Negated verb groups: "doesn't submit", "is not closed", "refused to start".
            std::size_t verb = 0;
            bool copula = false, neg = false;
            if ((last == 't' || word == "never") && one_of(word, neg_do)) {
                neg = true;
                verb = i + 1;
            } else if (last == 't' && one_of(word, neg_be)) {
                neg = copula = true;
                verb = i + 1;
            } else if (word == "not" && i > 0 && one_of(cl.w(i - 1), aux)) {
                neg = true;
                copula = cl.w(i - 1) == "is" || cl.w(i - 1) == "was" || cl.w(i - 1) == "are" || cl.w(i - 1) == "were";
                verb = i + 1;
            } else if ((word == "refused" || word == "refuses" || word == "fails" || word == "failed" ||
                        word == "stopped") &&
                       cl.w(i + 1) == "to") {
                neg = true;
                verb = i + 2;
            }
            if (neg && verb < n) {
                if (one_of(cl.w(verb), pronoun)) continue;  // "why didn't you", "doesn't it": a question
                while (verb < n && (cl.w(verb) == "even" || cl.w(verb) == "always" || cl.w(verb) == "be" ||
                                    cl.w(verb) == "ever" || cl.w(verb) == "really" || cl.w(verb) == "just" ||
                                    cl.w(verb) == "being" || cl.w(verb) == "been" || cl.w(verb) == "properly" ||
                                    cl.w(verb) == "correctly" || cl.w(verb) == "actually"))
                    ++verb;
                if (verb >= n) continue;
                auto const v = cl.w(verb);
                auto const head = word == "not" ? i - 1 : i;
                std::size_t subj = 0;
                bool const has_subject = cl.concrete_subject(head, subj);
                bool const generic = v == "work" || v == "working" || v == "works";
                if (generic) {
                    // "it doesn't work", "this is not working": a failure without its symptom.
                    bool vague_subj = head == 0;
                    for (std::size_t k = head; k > 0 && k + 3 > head; --k)
                        if (one_of(cl.w(k - 1), vague_subject)) vague_subj = true;
                    if (vague_subj && !has_subject) {
                        vague.push_back({cl.at(head).b, cl.at(verb).e, VagueCategory::vague_scope, false});
                        bump(c, Construction::vague_failure);
                    }
                    continue;
                }
                if (one_of(v, mental)) continue;
                if (!has_subject) {
                    // The writer's own decision, said outright: "we didn't fix this", "I won't merge
                    // workarounds", "we don't support add-ons". Not what the writer can or should do
                    // ("we can't ship all of this by Friday" is a judgment of capacity).
                    if (head > 0 && (cl.w(head - 1) == "i" || cl.w(head - 1) == "we") && !copula &&
                        one_of(word, own_decision)) {
                        out.push_back({cl.at(head - 1).b, cl.at(verb).e, SpecificKind::event, w_own_decision});
                        bump(c, Construction::event_clause);
                    }
                    continue;
                }
                if (copula && !participle(v)) continue;
                out.push_back({cl.at(subj).b, cl.at(verb).e, SpecificKind::event, w_event_clause});
                bump(c, Construction::event_clause);
                continue;
            }
            // Constraints: "only the project owner can", "only PRs fixing bugs will be included".
            if (word == "only" && i + 2 < n) {
                for (std::size_t k = i + 1; k < n && k <= i + 4; ++k) {
                    auto const m = cl.w(k);
                    if (m == "can" || m == "may" || m == "will" || m == "has" || m == "have") {
                        if (k > i + 1 && !cl.broken(i, k)) {
                            out.push_back({cl.at(i).b, cl.at(k).e, SpecificKind::event, w_constraint_clause});
                            bump(c, Construction::constraint);
                        }
                        break;
                    }
                }
            }
            // "until <definite or named phrase>" after a negation: "not merged until the freeze is lifted".
            if (word == "until" && i + 2 < n && (one_of(cl.w(i + 1), definite) || cl.named(i + 1))) {
                bool negated = false;
                for (std::size_t k = 0; k < i; ++k)
                    negated |=
                        cl.w(k) == "not" || one_of(cl.w(k), neg_do) || one_of(cl.w(k), neg_be) || cl.w(k) == "no";
                if (negated) {
                    out.push_back({cl.at(i).b, cl.at(i + 2).e, SpecificKind::event, w_constraint_clause});
                    bump(c, Construction::constraint);
                }
            }
            // Contrast of two alternatives: "local timezone instead of UTC", "in UTC not local".
            if ((word == "instead" && cl.w(i + 1) == "of") || (word == "rather" && cl.w(i + 1) == "than")) {
                bool named_side = false;
                for (std::size_t k = i >= 3 ? i - 3 : 0; k < n && k <= i + 3; ++k) named_side |= cl.named(k);
                if (named_side) {
                    out.push_back({cl.at(i).b, cl.at(std::min(i + 2, n - 1)).e, SpecificKind::event, w_contrast});
                    bump(c, Construction::contrast);
                }
            }
        }
        // Probes: "What error did you get?", "which mod did you install?", "did you try respring?".
        if (x.question() && n >= 2) {
            for (std::size_t i = 0; i + 1 < n; ++i) {
                auto const word = cl.w(i);
                bool probe = false;
                if ((word == "what" || word == "which") && (i == 0 || cl.broken(i - 1, i)))
                    probe = !one_of(cl.w(i + 1), wh_not_probe) && !cl.w(i + 1).ends_with("'s");
                else if ((word == "did" || word == "have") && cl.w(i + 1) == "you" && one_of(cl.w(i + 2), probe_verb) &&
                         i + 3 < n)
                    probe = true;
                if (probe) {
                    out.push_back({cl.at(i).b, cl.at(std::min(i + 2, n - 1)).e, SpecificKind::event, w_probe});
                    bump(c, Construction::probe);
                    break;
                }
            }
        }
    }
}

// Durations that measure the wait, not the work: dropped as particulars, kept as pressure.
void drop_elapsed_time(Context& c, std::vector<Found>& found, std::vector<VSpan>& vague) {
    std::vector<std::size_t> drop;
    for (std::size_t i = 0; i < found.size(); ++i) {
        auto const& f = found[i];
        if (f.kind != SpecificKind::number || (f.weight != w_duration && f.weight != w_number_unit)) continue;
        auto const* x = c.sentence_at(f.b);
        if (x == nullptr) continue;
        auto const text = c.s.substr(f.b, f.e - f.b);
        bool time_unit = false;
        for (std::string_view u : {"day", "week", "month", "year", "hour", "minute", "second"})
            time_unit |= text.find(u) != std::string_view::npos;
        if (!time_unit) continue;
        Clause const cl(c, words_of(c, x->b, x->e));
        bool waiting = false;
        for (std::size_t k = 0; k < cl.size() && !waiting; ++k) {
            auto const word = cl.w(k);
            if ((wait_shapes & shape_bit(word)) == 0) continue;
            auto const next = cl.w(k + 1);
            waiting = one_of(word, wait_cue) || (word == "no" && one_of(next, progress)) ||
                      (word == "still" && (next == "not" || next == "no" || next.ends_with("n't"))) ||
                      (word == "been" && next == "open");
        }
        // Anything else checkable in the sentence keeps the number ("stayed up for 4 days after the
        // 2.3 deploy").
        bool other = false;
        for (std::size_t j = 0; j < found.size(); ++j) {
            auto const& g = found[j];
            other |= j != i && g.b >= x->b && g.e <= x->e && g.kind != SpecificKind::person &&
                     g.weight >= w_observable && !(g.kind == SpecificKind::number && g.weight <= w_duration);
        }
        if (waiting && !other) drop.push_back(i);
    }
    words_text = {};  // the split never outlives the analysis
    for (auto const k : std::ranges::reverse_view(drop)) {
        vague.push_back({found[k].b, found[k].e, VagueCategory::unexplained_pressure, false});
        bump(c, Construction::elapsed);
        found.erase(found.begin() + static_cast<std::ptrdiff_t>(k));
    }
}

}  // namespace pushback::detector::detail
