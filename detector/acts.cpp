// What a sentence does (its speech act), read from its grammar rather than its topic: the mood (a
// question, an imperative, a statement), who it is about (the writer, the reader, a thing) and its
// verb group (future, obligation, modal, progressive, perfect, past, stance), with a negation. The
// kind rules (kind.cpp) and the kind model's features (features.cpp) both read it, so "I've pushed
// the fix" and "I've pushed the dark-mode toggle" are the same act whatever they are about.
#include <algorithm>
#include <initializer_list>

#include "detector/detail/context.hpp"
#include "detector/detail/embedded.hpp"

namespace pushback::detector::detail {
namespace {

// The words the kind model reads as themselves (detector/model/kind_words.txt): closed-class words,
// discourse markers and speech-act verbs. Open addressing over FNV keys, built once.
class KindWords {
  public:
    KindWords() {
        std::string_view text;
        for (auto const& [file, content] : embedded::model())
            if (file == "kind_words.txt") text = content;
        std::vector<std::string_view> words;
        std::size_t pos = 0;
        while (pos < text.size()) {
            auto eol = text.find('\n', pos);
            if (eol == std::string_view::npos) eol = text.size();
            auto line = text.substr(pos, eol - pos);
            pos = eol + 1;
            while (!line.empty() && (line.back() == '\r' || line.back() == ' ')) line.remove_suffix(1);
            if (!line.empty() && line.front() != '#') words.push_back(line);
        }
        std::size_t cap = 64;
        while (cap < 4 * words.size()) cap *= 2;
        keys_.assign(cap, 0);
        for (auto w : words) {
            auto const key = fnv_step(fnv_basis, w);
            auto i = key & (cap - 1);
            while (keys_[i] != 0 && keys_[i] != key) i = (i + 1) & (cap - 1);
            keys_[i] = key;
        }
    }
    bool contains(std::string_view w) const {
        auto const key = fnv_step(fnv_basis, w);
        auto const mask = keys_.size() - 1;
        for (auto i = key & mask; keys_[i] != 0; i = (i + 1) & mask)
            if (keys_[i] == key) return true;
        return false;
    }

  private:
    std::vector<std::uint64_t> keys_;
};

KindWords const& kind_words() {
    static KindWords const words;
    return words;
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// A word in the past or a past participle: "<ed>" or an irregular one.
bool past_form(std::string_view w) {
    return kind_token(w) == "<ed>" ||
           one_of(w, {"done", "made",  "built", "wrote", "written", "sent",    "put",  "set",
                      "got",  "found", "ran",   "left",  "kept",    "split",   "cut",  "taken",
                      "took", "gone",  "went",  "seen",  "given",   "brought", "begun"});
}

}  // namespace

std::string_view kind_token(std::string_view w) {
    if (w.empty() || w.front() == '<' || kind_words().contains(w)) return w;
    auto const n = w.size();
    if (n > 4 && w.ends_with("ed")) return "<ed>";
    if (n > 5 && w.ends_with("ing")) return "<ing>";
    if (n > 4 && w.ends_with("ly")) return "<ly>";
    if (n > 3 && w.ends_with('s') && !w.ends_with("ss")) return "<s>";
    return "<w>";
}

std::size_t sentence_words(std::string_view s, Sentence const& x, std::span<std::string_view> out) {
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
    }
    return k;
}

Act sentence_act(std::span<std::string_view const> t, bool question) {
    Act a;
    if (t.empty()) return a;
    auto const first = t.front();
    std::size_t const n = std::min<std::size_t>(t.size(), 8);
    for (std::size_t i = 0; i < std::min<std::size_t>(n, 4) && a.subject == "0"; ++i) {
        auto const w = t[i];
        if (one_of(w, {"i", "i'm", "i've", "i'll", "i'd", "im", "ive", "we", "we're", "we've", "we'll", "we'd", "me",
                       "my", "our", "let's", "lets"}))
            a.subject = "1";
        else if (one_of(w, {"you", "you're", "you've", "you'll", "you'd", "your", "u"}))
            a.subject = "2";
        else if (i == 0 && one_of(w, {"it", "it's", "this", "that", "that's", "there", "there's", "he", "she", "they",
                                      "they're", "these", "those", "here", "here's"}))
            a.subject = "3";
    }
    for (std::size_t i = 0; i < n && a.verb == "none"; ++i) {
        auto const w = t[i];
        auto const next = i + 1 < t.size() ? t[i + 1] : std::string_view{};
        a.negated =
            a.negated || one_of(w, {"not",      "never",   "no",     "don't",   "doesn't", "didn't",    "isn't",
                                    "aren't",   "wasn't",  "won't",  "can't",   "cannot",  "shouldn't", "wouldn't",
                                    "couldn't", "haven't", "hasn't", "nothing", "dont",    "cant",      "wont"});
        if (one_of(w, {"will", "won't", "i'll", "we'll", "you'll", "it'll", "shall", "gonna"}) ||
            (w == "going" && next == "to") || (w == "coming" && i > 0))
            a.verb = "fut";
        else if (one_of(w, {"should", "shouldn't", "must", "mustn't", "need", "needs", "ought"}))
            a.verb = "oblig";
        else if (one_of(w, {"can", "can't", "cannot", "could", "couldn't", "would", "wouldn't", "might", "may", "i'd",
                            "we'd", "you'd"}))
            a.verb = "modal";
        else if (one_of(w, {"am", "is", "are", "was", "were", "i'm", "we're", "you're", "it's", "im"}) &&
                 kind_token(next) == "<ing>")
            a.verb = "prog";
        else if (one_of(w, {"have", "has", "had", "i've", "we've", "you've", "ive", "been"}) &&
                 (past_form(next) || one_of(next, {"been", "already", "just", "now", "finally"})))
            a.verb = "perf";
        else if (past_form(w) && !(i == 0 && question))
            a.verb = "past";
        else if (one_of(w, {"think", "believe", "guess", "feel", "suppose", "agree", "disagree", "prefer", "hope",
                            "wonder", "worry", "worried", "concerned", "afraid", "imo", "imho", "personally"}))
            a.verb = "stance";
    }
    if (question)
        a.mood = "q";
    else if (one_of(first, {"please", "pls", "let's", "lets", "let"}) ||
             (a.subject == "0" && kind_token(first) == "<w>"))
        a.mood = "imp";
    return a;
}

}  // namespace pushback::detector::detail
