#pragma once
// The phrase matcher behind the detector: every lexicon file becomes one Lex tag, and all phrases go
// into one byte trie over normalised (lowercased) text, walked from word starts with word-boundary
// checks. Built once per process; matching allocates nothing but the hits it appends.

#include <array>
#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pushback::detector::detail {

enum class Lex : std::uint8_t {
    hedge,
    vague_time,
    vague_quantity,
    vague_scope,
    intensifier,
    weasel,
    hyperbole,
    pressure,
    pattern_faster_please,
    pattern_why_so_long,
    pattern_last_company,
    pattern_simple_version,
    pattern_one_more_thing,
    reason_estimate,
    reason_misaligned_approach,
    reason_ignored_constraint,
    reason_underweighted_risk,
    reason_user_need,
    reason_better_alternative,
    reason_scope_timeline,
    illegit_new_framework,
    illegit_aesthetic,
    illegit_territorial,
    illegit_my_way,
    illegit_attachment,
    unit,
    unit_money,
    unit_percent,
    date,
    date_weak,
    event,
    metric,
    impact,
    behavior,
    situation,
    alternative,
    commitment,
    request,
    question_start,
    number_word,
    topic_verb,
    absolute,
    duration,
    // Issue 12: particulars without digits, PM asks by construction, red flags, what the message is.
    observable,
    constraint,
    consequence,
    quantity,
    ask_eta,
    delivery,
    challenge,
    elsewhere,
    simple_push,
    add_on,
    person_attack,
    ladder,
    sarcasm,
    thanks,
    status,
    summary,
    decision,
    reply_cue,
    objection,
    trivial,
    elsewhere_verb,
    thing,
    opinion,
    request_open,
    ask_cue,
    question_open,
    // Red flags by construction (flags.cpp): what is said of a person, harsh words for someone's
    // work, going to someone's superior.
    person_trait,
    harsh,
    ladder_verb,
    authority,
    add_on_verb,
    contest,
    // Red flags and illegitimate reasons by construction (flags.cpp): words only said of people,
    // praise read with what went wrong, addressing everyone, taste with what it judges, ownership with
    // a gate, effort with its loss, learning with reluctance.
    insult,
    praise,
    negative,
    audience,
    visual,
    taste,
    preference,
    reason_cue,
    ownership,
    gate,
    effort,
    loss,
    learning,
    reluctance,
    // PM asks by construction, third round (asks.cpp, kind.cpp).
    ask_nudge,
    long_unit,
    delivery_act,
    possess_verb,
    answer_open,
    // Motives by construction, round four (flags.cpp): a technology adopted for novelty.
    novelty,
    adopt_verb,
    tech,
    // Checkable constructions (grammar.cpp): the words that open one.
    grammar_open,
    // What a message is by construction (kind.cpp): a negative judgment of a thing, what a change does
    // to someone, a first-person opinion.
    judgment,
    harm_verb,
    stance,
    count_
};
inline constexpr std::size_t lex_count = static_cast<std::size_t>(Lex::count_);

// The lexicon file that feeds a tag ("hedge.txt"), and back.
std::string_view lex_file(Lex l);
std::optional<Lex> lex_from_file(std::string_view file_name);

// A phrase found in normalised text: [begin, end) are normalised offsets.
struct Hit {
    std::uint32_t begin = 0;
    std::uint32_t end = 0;
    Lex lex = Lex::hedge;
};

// True for bytes that continue a word: ASCII letters and digits, non-ASCII bytes (UTF-8 letters) and
// the placeholder bytes that stand for Slack tokens and code in normalised text.
inline constexpr std::array<bool, 256> word_bytes = [] {
    std::array<bool, 256> t{};
    for (unsigned c = 0; c < 256; ++c)
        t[c] = (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c >= 0x80 || (c >= 1 && c <= 8);
    return t;
}();
constexpr bool is_word_byte(unsigned char c) { return word_bytes[c]; }

// `a == b` that rejects on the length and the first byte before calling memcmp: the word lists the
// constructions test each word against mostly differ there (the hot path of `one_of`).
inline bool same_word(std::string_view a, std::string_view b) {
    return a.size() == b.size() && (a.empty() || (a[0] == b[0] && a.substr(1) == b.substr(1)));
}

// `w` is one of `list` (an initializer list or an array of string views).
template <class List>
bool in_list(std::string_view w, List const& list) {
    for (std::string_view x : list)
        if (same_word(w, x)) return true;
    return false;
}

// A fixed set of words looked up by hash (open addressing), for the closed word classes the
// constructions test every word against (stop words, verbs, pronouns): `contains(w)` is `in_list(w, words)`.
class WordSet {
  public:
    template <class List>
    explicit WordSet(List const& words) {
        std::size_t n = 0;
        for ([[maybe_unused]] std::string_view w : words) ++n;
        std::size_t cap = 16;
        while (cap < 2 * n) cap *= 2;
        slots_.assign(cap, std::string_view{});
        used_.assign(cap, 0);
        for (std::string_view w : words) {
            if (w.empty()) {
                empty_ = true;
                continue;
            }
            auto i = hash(w) & (cap - 1);
            while (used_[i] != 0 && slots_[i] != w) i = (i + 1) & (cap - 1);
            slots_[i] = w;
            used_[i] = 1;
        }
    }
    [[nodiscard]] bool contains(std::string_view w) const {
        if (w.empty()) return empty_;
        auto const mask = slots_.size() - 1;
        for (auto i = hash(w) & mask; used_[i] != 0; i = (i + 1) & mask)
            if (same_word(slots_[i], w)) return true;
        return false;
    }

  private:
    static std::size_t hash(std::string_view w) {
        std::uint32_t h = 2166136261U;
        for (char ch : w) h = (h ^ static_cast<unsigned char>(ch)) * 16777619U;
        return h ^ (h >> 15);
    }
    std::vector<std::string_view> slots_;
    std::vector<std::uint8_t> used_;
    bool empty_ = false;
};

// Words mapped to bit sets by hash (open addressing): the key words of several constructions at once, so a
// sentence's words are each looked up once and every construction tests its own bit (flags.cpp's gates).
class WordKeys {
  public:
    struct List {
        std::uint32_t bits;
        std::span<std::string_view const> words;
    };
    explicit WordKeys(std::initializer_list<List> lists) {
        std::size_t n = 0;
        for (auto const& l : lists) n += l.words.size();
        std::size_t cap = 16;
        while (cap < 2 * n) cap *= 2;
        slots_.assign(cap, Slot{});
        for (auto const& l : lists)
            for (std::string_view w : l.words) {
                auto i = hash(w) & (cap - 1);
                while (slots_[i].bits != 0 && slots_[i].word != w) i = (i + 1) & (cap - 1);
                slots_[i].word = w;
                slots_[i].bits |= l.bits;
            }
    }
    // The bits of every list that holds `w` (0 for none).
    [[nodiscard]] std::uint32_t operator[](std::string_view w) const {
        auto const mask = slots_.size() - 1;
        for (auto i = hash(w) & mask; slots_[i].bits != 0; i = (i + 1) & mask)
            if (same_word(slots_[i].word, w)) return slots_[i].bits;
        return 0;
    }

  private:
    struct Slot {
        std::string_view word;
        std::uint32_t bits = 0;
    };
    static std::size_t hash(std::string_view w) {
        std::uint32_t h = 2166136261U;
        for (char ch : w) h = (h ^ static_cast<unsigned char>(ch)) * 16777619U;
        return h ^ (h >> 15);
    }
    std::vector<Slot> slots_;
};

// The words of a text (its runs of word bytes) as a 1024-bit Bloom filter (two bits a word): `may_hold(p)` is false
// when the phrase `p` cannot occur in the text as whole words (one of its words is none of the text's
// words), so a construction can skip the search for most of its cue phrases.
class WordBloom {
  public:
    // The filter's hash of one word, at compile time for a construction's trigger words (`may_hold_hash`).
    static constexpr std::uint32_t word_hash(std::string_view w) {
        std::uint32_t h = 2166136261U;
        for (char ch : w) h = (h ^ static_cast<unsigned char>(ch)) * 16777619U;
        return h ^ (h >> 16);
    }
    // `may_hold(w)` for a word whose `word_hash` is `h`.
    [[nodiscard]] bool may_hold_hash(std::uint32_t h) const {
        return all_ || (has_bit(h & 1023U) && has_bit((h >> 10) & 1023U));
    }
    // The hashes of a construction's trigger words, at compile time (`word_hashes({"after", "later"})`). The filter
    // holds runs of word bytes, so a key is hashed up to its first byte that is none ("didn't" is keyed by "didn",
    // "cc'ing" by "cc"): hashed whole, such a key was never in the filter and its construction never ran (r24).
    template <std::size_t N>
    static consteval std::array<std::uint32_t, N> word_hashes(std::string_view const (&ws)[N]) {
        std::array<std::uint32_t, N> out{};
        for (std::size_t i = 0; i < N; ++i) {
            std::size_t e = 0;
            while (e < ws[i].size() && is_word_byte(static_cast<unsigned char>(ws[i][e]))) ++e;
            out[i] = word_hash(ws[i].substr(0, e));
        }
        return out;
    }
    // Whether one of the words hashed may be a word of the text (false: none is).
    template <std::size_t N>
    [[nodiscard]] bool may_hold_any(std::array<std::uint32_t, N> const& hashes) const {
        for (auto const h : hashes)
            if (may_hold_hash(h)) return true;
        return false;
    }

    WordBloom() = default;
    explicit WordBloom(std::string_view t) : all_(false) {
        for (std::size_t i = 0; i < t.size();) {
            if (!is_word_byte(static_cast<unsigned char>(t[i]))) {
                ++i;
                continue;
            }
            auto j = i;
            while (j < t.size() && is_word_byte(static_cast<unsigned char>(t[j]))) ++j;
            set(t.substr(i, j - i));
            i = j;
        }
    }
    // Every run of word bytes in `phrase` is a whole word wherever the phrase occurs as whole words, so
    // each must be one of the text's.
    [[nodiscard]] bool may_hold(std::string_view phrase) const {
        if (all_) return true;
        for (std::size_t i = 0; i < phrase.size();) {
            if (!is_word_byte(static_cast<unsigned char>(phrase[i]))) {
                ++i;
                continue;
            }
            std::uint32_t h = fnv_basis;
            for (; i < phrase.size() && is_word_byte(static_cast<unsigned char>(phrase[i])); ++i)
                h = (h ^ static_cast<unsigned char>(phrase[i])) * fnv_prime;
            h ^= h >> 16;
            if (!has_bit(h & 1023U) || !has_bit((h >> 10) & 1023U)) return false;
        }
        return true;
    }

  private:
    static constexpr std::uint32_t fnv_basis = 2166136261U, fnv_prime = 16777619U;
    static std::uint32_t hash(std::string_view w) {
        std::uint32_t h = fnv_basis;
        for (char ch : w) h = (h ^ static_cast<unsigned char>(ch)) * fnv_prime;
        return h ^ (h >> 16);
    }
    // A message has a few dozen words: with 1024 bits and two a word, a word it lacks passes for one of its
    // words about once in 500 (256 bits and one a word let one in eight through, and a gate of a dozen cue
    // words nearly always opened).
    [[nodiscard]] bool has_bit(std::uint32_t b) const { return (bits_[b >> 6] & (std::uint64_t{1} << (b & 63U))) != 0; }
    void set(std::string_view w) {
        auto const h = hash(w);
        bits_[(h & 1023U) >> 6] |= std::uint64_t{1} << (h & 63U);
        bits_[((h >> 10) & 1023U) >> 6] |= std::uint64_t{1} << ((h >> 10) & 63U);
    }
    std::array<std::uint64_t, 16> bits_{};
    bool all_ = true;  // default-constructed: holds everything
};

// `t.find(w, from)`, checking the second byte of `w` before the rest (fewer memcmp calls on the short
// cue phrases the constructions look for).
inline std::size_t find_text(std::string_view t, std::string_view w, std::size_t from = 0) {
    if (w.size() < 2) return t.find(w, from);
    if (from >= t.size() || t.size() - from < w.size()) return std::string_view::npos;
    auto const last = t.size() - w.size();  // the last start that fits
    auto const* const base = t.data();
    for (auto at = from; at <= last;) {
        auto const* hit =
            static_cast<char const*>(std::memchr(base + at, static_cast<unsigned char>(w[0]), last - at + 1));
        if (hit == nullptr) return std::string_view::npos;
        at = static_cast<std::size_t>(hit - base);
        if (base[at + 1] == w[1] && t.substr(at + 2, w.size() - 2) == w.substr(2)) return at;
        ++at;
    }
    return std::string_view::npos;
}

class Matcher {
  public:
    using Files = std::span<std::pair<std::string_view, std::string_view> const>;
    explicit Matcher(Files files);

    // Appends every phrase that starts at a word start (or at a non-word byte) of `norm` and ends
    // at a word boundary.
    void find_all(std::string_view norm, std::vector<Hit>& out) const;
    // Appends the phrases that start exactly at `pos` (no start-boundary check), e.g. a unit glued to
    // a number ("30s"), restricted to one tag.
    void find_at(std::string_view norm, std::size_t pos, Lex only, std::vector<Hit>& out) const;

    std::size_t phrase_count() const { return phrases_; }
    std::size_t node_count() const { return nodes_.size(); }
    // Problems found while loading (unknown file, unreadable phrase); a test asserts there are none.
    std::vector<std::string> const& problems() const { return problems_; }
    // How many phrases each tag got.
    std::size_t phrases_for(Lex l) const { return per_lex_[static_cast<std::size_t>(l)]; }

  private:
    static constexpr std::uint16_t digits_key = 256;  // the `{n}` wildcard: a run of digits
    struct Node {
        std::uint32_t first_child = 0;
        std::uint32_t child_count = 0;
        std::uint32_t first_out = 0;
        std::uint32_t out_count = 0;
    };
    struct Edge {
        std::uint16_t key;
        std::uint32_t node;
    };
    struct Out {
        Lex lex;
        bool open_end;  // the phrase ended with `*`: the last word may continue
    };

    void add(std::string_view phrase, Lex lex);
    void walk(std::string_view norm, std::size_t start, std::size_t pos, std::uint32_t node, int only,
              std::vector<Hit>& out) const;
    std::uint32_t child(std::uint32_t node, std::uint16_t key) const;

    std::vector<Node> nodes_;
    std::vector<Edge> edges_;
    std::vector<Out> outs_;
    std::array<std::uint32_t, 257> root_dense_{};
    std::size_t phrases_ = 0;
    std::array<std::size_t, lex_count> per_lex_{};
    std::vector<std::string> problems_;
};

// The process-wide matcher built from the embedded lexicon (thread-safe, built on first use).
Matcher const& matcher();

}  // namespace pushback::detector::detail
