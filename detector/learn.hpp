#pragma once
// Trains the detector's learned part (detector/detail/model.hpp) from labeled corpora, and measures
// it by k-fold cross-validation (`pushback train`). Pure: the caller reads and writes the files.
// Folds are drawn by thread (a message's `source`), so replies from one thread never sit on both
// sides of a fold; a line without a source is its own group.

#include <array>
#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "detector/analysis.hpp"
#include "detector/detail/model.hpp"

namespace pushback::detector {

struct LabeledMessage {
    std::string text;
    std::optional<MessageKind> kind;  // absent in corpora that do not label it (the synthetic one)
    bool vague = false;
    std::string group;  // the thread: `source`, or the file and line
    // The message before it in its thread: the previous line of the same input with the same `source`
    // (corpora keep a thread's excerpts in order); empty for a thread's first line.
    std::string previous;
    int file = 0;  // which input it came from (figures are given per input)
};

// Reads a labeled corpus (tests/data/*/README.md schema); `file` tags every message.
std::expected<std::vector<LabeledMessage>, std::string> read_labeled(std::string_view jsonl, int file);

struct TrainOptions {
    int epochs = 20;
    double learning_rate = 0.2;
    double l2 = 0.3;           // per update, on the weights an example touches (0.3 since round five: CV +0.01 kind)
    int min_count = 3;         // a feature must occur in this many training messages
    double prune = 0.05;       // features whose weights all stay below this are left out of the file
    double vague_zone = 0.5;   // the band around the rules' bar where the vague model decides
    double kind_margin = 0.5;  // the rules' kind stands when it leads the runner-up by this much
    double kind_confidence = 0.3;  // ...and the kind model overrules them only with this probability
    int folds = 5;
    std::vector<std::string> drop;  // feature-name prefixes left out (ablations: "w:", "b:", "rule")
};

// The fitting settings of another learner's options (train-triage's, train-judge's), for the shared fit.
template <class Options>
TrainOptions fit_settings(Options const& o) {
    TrainOptions to;
    to.epochs = o.epochs;
    to.learning_rate = o.learning_rate;
    to.l2 = o.l2;
    to.min_count = o.min_count;
    to.prune = o.prune;
    to.drop = o.drop;
    return to;
}

struct TrainedModels {
    std::string kind_tsv;   // detector/model/kind.tsv
    std::string vague_tsv;  // detector/model/vague.tsv
};

// Trains both models on every message.
TrainedModels train_models(std::vector<LabeledMessage> const& data, TrainOptions const& options);

// Kind accuracy and vague precision/recall over some messages.
struct Figures {
    int kind_labeled = 0, kind_correct = 0;
    int tp = 0, fp = 0, fn = 0, tn = 0;
    std::array<std::array<int, 8>, 8> kind_confusion{};  // [gold][predicted], by MessageKind
    double kind_accuracy() const { return kind_labeled == 0 ? 0.0 : static_cast<double>(kind_correct) / kind_labeled; }
    double precision() const { return tp + fp == 0 ? 1.0 : static_cast<double>(tp) / (tp + fp); }
    double recall() const { return tp + fn == 0 ? 1.0 : static_cast<double>(tp) / (tp + fn); }
    double f1() const {
        auto const p = precision(), r = recall();
        return p + r == 0 ? 0.0 : 2 * p * r / (p + r);
    }
    int messages() const { return tp + fp + fn + tn; }
};

// The rules alone and the rules with the learned models, on the same messages.
struct Compared {
    Figures rules, model;
};

struct CrossValidation {
    int folds = 0;
    std::vector<std::vector<Compared>> per_fold;  // [fold][input file]
    std::vector<Compared> pooled;                 // [input file], over every fold
};

// k-fold cross-validation: for every fold, models trained on the other folds, then the rules alone
// and the rules with those models on the fold's messages.
CrossValidation cross_validate(std::vector<LabeledMessage> const& data, std::size_t files, TrainOptions const& options);

// A readable table of a cross-validation, one block per fold and the pooled figures, per input file.
std::string format_cv(CrossValidation const& cv, std::vector<std::string> const& file_names);

// A multinomial linear model fitted by the same AdaGrad as the detector's own (for other learned parts:
// the coaching triage, templates/triage_model.cpp): xs[i] -> class ys[i] of `classes`, written as a model
// file (LinearModel's TSV) that starts with `header`. Deterministic: the same data gives the same file.
std::string fit_linear_tsv(std::vector<std::vector<detail::Feature>> const& xs, std::vector<int> const& ys,
                           std::vector<std::string> const& classes,
                           std::unordered_map<std::uint64_t, std::string> const& names, TrainOptions const& options,
                           std::string_view header);

}  // namespace pushback::detector
