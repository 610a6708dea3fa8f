#pragma once
// The detector's small learned part (issue 12): two linear models over named features, one that
// says what a message is (`kind`, eight classes, softmax) and one that settles the vague verdict
// where the rules' evidence is close to their bar (logistic). Features are the rules' own findings
// (which lexicons fired, the rules' kind scores, the evidence against the bar) plus the writer's
// words (for the kind model: kind words and word shapes, never topic words, and each sentence's act);
// every feature has a readable name ("w:should", "act0:q:2", "rule:ask", "lex:thanks.txt"),
// and the weights are text files (detector/model/*.tsv, one feature per line) compiled in like the
// lexicons. `pushback train` writes them from labeled corpora (detector/learn.hpp).

#include <array>
#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

namespace pushback::detector::detail {

// FNV-1a over the bytes of a feature name; a name given in pieces hashes as their concatenation.
inline constexpr std::uint64_t fnv_basis = 14695981039346656037ULL;
inline constexpr std::uint64_t fnv_step(std::uint64_t h, std::string_view s) {
    for (auto ch : s) {
        h ^= static_cast<unsigned char>(ch);
        h *= 1099511628211ULL;
    }
    return h;
}

struct Feature {
    std::uint64_t key;
    float value;
};

// The features of one message, for one model. `names`, when set (training), records the readable
// name of every key.
class FeatureSet {
  public:
    void clear() { items_.clear(); }
    // A feature named a+b+c+d with value 1.
    void add(std::string_view a, std::string_view b = {}, std::string_view c = {}, std::string_view d = {});
    // A real-valued feature named a+b.
    void add_value(std::string_view a, std::string_view b, float value);
    std::vector<Feature> const& items() const { return items_; }
    std::unordered_map<std::uint64_t, std::string>* names = nullptr;

  private:
    std::vector<Feature> items_;
};

// A linear model: for each feature name, one weight per class (one class for the logistic model).
class LinearModel {
  public:
    LinearModel() = default;
    // Parses the TSV format `pushback train` writes: '#' comments, a "classes" line naming the classes
    // in order, then "name<TAB>w1<TAB>w2…" lines. An empty text gives an empty model (rules only).
    static LinearModel parse(std::string_view tsv);
    // Writes the same format, features sorted by name, weights rounded to 4 decimals.
    static std::string format(std::vector<std::string> const& classes,
                              std::vector<std::pair<std::string, std::vector<float>>> rows, std::string_view header);

    bool empty() const { return rows_ == 0; }
    std::size_t classes() const { return classes_.size(); }
    std::vector<std::string> const& class_names() const { return classes_; }
    // Scores per class: the sum of weight × value over the features the model knows.
    void scores(std::vector<Feature> const& features, std::vector<float>& out) const;
    // The name of the feature with `key`, or empty.
    std::string_view name(std::uint64_t key) const;
    // The weights of the feature with `key`, or nullptr.
    float const* weights(std::uint64_t key) const;

  private:
    std::vector<std::string> classes_;
    std::vector<std::string> names_;
    std::vector<float> weights_;  // rows_ × classes
    std::vector<std::uint64_t> keys_;
    std::vector<std::uint32_t> slots_;  // open addressing: row + 1, 0 = empty
    std::size_t rows_ = 0;
};

// The two models, as the detector uses them. `vague_zone`: the rules' verdict stands when their
// evidence is further than this from the bar; inside it the vague model decides.
// `kind_margin`: the rules' kind stands when its score leads the runner-up's by at least this much;
// below it the kind model decides.
struct Models {
    LinearModel const* kind = nullptr;
    LinearModel const* vague = nullptr;
    double vague_zone = 0.0;
    double kind_margin = 0.0;
    double kind_confidence = 0.0;  // the kind model's least probability to overrule the rules
    // judge13: whether a sentence judges a person or mocks (detector/judge.cpp); the least probability at which
    // it licenses the person-directed or the sarcasm hint (above 1: never).
    LinearModel const* judge = nullptr;
    double judge_person_hint = 2.0;
    double judge_sarcasm_hint = 2.0;
};

// The embedded models (detector/model/*.tsv); empty models when the files are absent.
Models const& embedded_models();

// A word of normalised text as a feature token: placeholders named ("<mention>", "<channel>", ...), anything with a
// digit "<num>" (features.cpp; the kind and vague models and the judge read words alike).
std::string_view token_name(std::string_view w);

// A setting line of a model file ("zone\t0.5" in vague.tsv, "margin\t1.0" in kind.tsv).
double parse_setting(std::string_view tsv, std::string_view name, double fallback);

}  // namespace pushback::detector::detail
