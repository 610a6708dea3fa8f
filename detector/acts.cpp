// What a sentence does (its speech act), read from its grammar rather than its topic: the mood (a
// question, an imperative, a statement), who it is about (the writer, the reader, a thing) and its
// verb group (future, obligation, modal, progressive, perfect, past, stance), with a negation. The
// kind rules (kind.cpp) and the kind model's features (features.cpp) both read it, so "I've pushed
// the fix" and "I've pushed the dark-mode toggle" are the same act whatever they are about.
#include <algorithm>
#include <array>
#include <cstdint>

#include "detector/detail/context.hpp"
#include "detector/detail/embedded.hpp"

namespace pushback::detector::detail {
namespace {

// A kind word's grammatical roles (detector/model/kind_words.txt, the words after the tab).
enum Role : std::uint16_t {
    known = 1,
    subj1 = 1 << 1,
    subj2 = 1 << 2,
    subj3 = 1 << 3,
    neg = 1 << 4,
    fut = 1 << 5,
    oblig = 1 << 6,
    modal = 1 << 7,
    be = 1 << 8,
    have = 1 << 9,
    past = 1 << 10,
    stance = 1 << 11,
    open = 1 << 12,
    accept = 1 << 13,
};

std::uint16_t role_bit(std::string_view name) {
    static constexpr std::array<std::pair<std::string_view, std::uint16_t>, 13> names{{{"accept", accept},
                                                                                       {"subj1", subj1},
                                                                                       {"subj2", subj2},
                                                                                       {"subj3", subj3},
                                                                                       {"neg", neg},
                                                                                       {"fut", fut},
                                                                                       {"oblig", oblig},
                                                                                       {"modal", modal},
                                                                                       {"be", be},
                                                                                       {"have", have},
                                                                                       {"past", past},
                                                                                       {"stance", stance},
                                                                                       {"open", open}}};
    for (auto const& [n, bit] : names)
        if (n == name) return bit;
    return 0;
}

// The kind words and their roles: open addressing over FNV keys, built once.
class KindWords {
  public:
    KindWords() {
        std::string_view text;
        for (auto const& [file, content] : embedded::model())
            if (file == "kind_words.txt") text = content;
        std::vector<std::pair<std::string_view, std::uint16_t>> words;
        std::size_t pos = 0;
        while (pos < text.size()) {
            auto eol = text.find('\n', pos);
            if (eol == std::string_view::npos) eol = text.size();
            auto line = text.substr(pos, eol - pos);
            pos = eol + 1;
            if (line.empty() || line.front() == '#') continue;
            auto const tab = line.find('\t');
            std::uint16_t roles = known;
            if (tab != std::string_view::npos)
                for (auto rest = line.substr(tab + 1); !rest.empty();) {
                    auto const sp = rest.find(' ');
                    roles |= role_bit(rest.substr(0, sp));
                    rest = sp == std::string_view::npos ? std::string_view{} : rest.substr(sp + 1);
                }
            auto word = line.substr(0, tab);
            while (!word.empty() && (word.back() == '\r' || word.back() == ' ')) word.remove_suffix(1);
            if (!word.empty()) words.emplace_back(word, roles);
        }
        std::size_t cap = 64;
        while (cap < 4 * words.size()) cap *= 2;
        keys_.assign(cap, 0);
        roles_.assign(cap, 0);
        for (auto const& [w, r] : words) {
            auto const key = fnv_step(fnv_basis, w);
            auto i = key & (cap - 1);
            while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & (cap - 1);
            keys_[i] = key;
            roles_[i] |= r;
        }
    }
    // The word's roles; 0 when it is not a kind word.
    std::uint16_t roles(std::string_view w) const {
        auto const key = fnv_step(fnv_basis, w);
        auto const mask = keys_.size() - 1;
        for (auto i = key & mask; keys_[i] != 0; i = (i + 1) & mask)
            if (keys_[i] == key) return roles_[i];
        return 0;
    }

  private:
    std::vector<std::uint64_t> keys_;
    std::vector<std::uint16_t> roles_;
};

KindWords const& kind_words() {
    static KindWords const words;
    return words;
}

std::string_view shape(std::string_view w) {
    auto const n = w.size();
    if (n > 4 && w.ends_with("ed")) return "<ed>";
    if (n > 5 && w.ends_with("ing")) return "<ing>";
    if (n > 4 && w.ends_with("ly")) return "<ly>";
    if (n > 3 && w.ends_with('s') && !w.ends_with("ss")) return "<s>";
    return "<w>";
}

}  // namespace

std::string_view kind_token(std::string_view w) {
    if (w.empty() || w.front() == '<' || kind_words().roles(w) != 0) return w;
    return shape(w);
}

std::size_t sentence_words(std::string_view s, Sentence const& x, std::span<std::string_view> out, bool whole) {
    std::size_t k = 0;
    std::uint32_t i = x.b;
    while (i < x.e) {
        while (i < x.e && !is_word_byte(static_cast<unsigned char>(s[i])) && s[i] != '+' && s[i] != '-') ++i;
        auto const b = i;
        if (i < x.e && (s[i] == '+' || s[i] == '-')) {
            // "+1", "-1": a vote; any other sign is not a word.
            bool const vote =
                i + 1 < x.e && s[i + 1] == '1' && (i + 2 >= x.e || !is_word_byte(static_cast<unsigned char>(s[i + 2])));
            i += vote ? 2 : 1;
            if (!vote) continue;
        } else {
            while (i < x.e && (is_word_byte(static_cast<unsigned char>(s[i])) ||
                               (s[i] == '\'' && i + 1 < x.e && is_word_byte(static_cast<unsigned char>(s[i + 1])))))
                ++i;
        }
        if (i == b || i - b > 24) continue;  // hashes, long identifiers
        if (k < out.size()) out[k] = s.substr(b, i - b);
        ++k;
        if (!whole && k == out.size()) break;
    }
    return k;
}

Act sentence_act(std::span<std::string_view const> words, bool question) {
    auto const t = words;
    Act a;
    if (t.empty()) return a;
    std::size_t const n = std::min<std::size_t>(t.size(), 8);
    std::array<std::uint16_t, 8> r{};
    for (std::size_t i = 0; i < n; ++i) r[i] = kind_words().roles(t[i]);
    auto const shaped = [&](std::size_t i) { return r[i] != 0 ? std::string_view{} : shape(t[i]); };
    for (std::size_t i = 0; i < std::min<std::size_t>(n, 4) && a.subject == "0"; ++i) {
        if ((r[i] & subj1) != 0)
            a.subject = "1";
        else if ((r[i] & subj2) != 0)
            a.subject = "2";
        else if (i == 0 && (r[i] & subj3) != 0)
            a.subject = "3";
    }
    for (std::size_t i = 0; i < n && a.verb == "none"; ++i) {
        auto const next = i + 1 < n ? r[i + 1] : std::uint16_t{0};
        auto const next_shape = i + 1 < n ? shaped(i + 1) : std::string_view{};
        a.negated = a.negated || (r[i] & neg) != 0;
        bool const coming = i + 1 < n && t[i + 1] == "coming" && (r[i] & be) != 0;  // "is coming in 2.4"
        if ((r[i] & fut) != 0 || (t[i] == "going" && i + 1 < n && t[i + 1] == "to") || coming)
            a.verb = "fut";
        else if ((r[i] & oblig) != 0)
            a.verb = "oblig";
        else if ((r[i] & modal) != 0)
            a.verb = "modal";
        else if ((r[i] & be) != 0 && next_shape == "<ing>")
            a.verb = "prog";
        else if ((r[i] & have) != 0 && (next_shape == "<ed>" || (next & past) != 0 ||
                                        (i + 1 < n && (t[i + 1] == "been" || t[i + 1] == "already" ||
                                                       t[i + 1] == "just" || t[i + 1] == "now"))))
            a.verb = "perf";
        else if ((shaped(i) == "<ed>" || (r[i] & past) != 0) && !(i == 0 && question))
            a.verb = "past";
        else if ((r[i] & stance) != 0)
            a.verb = "stance";
    }
    if (question)
        a.mood = "q";
    else if ((r[0] & open) != 0 || (a.subject == "0" && shaped(0) == "<w>"))
        a.mood = "imp";
    return a;
}

bool accepts(std::span<std::string_view const> words) {
    for (std::size_t i = 0; i < std::min<std::size_t>(words.size(), 3); ++i)
        if ((kind_words().roles(words[i]) & accept) != 0) return true;
    return false;
}

}  // namespace pushback::detector::detail
