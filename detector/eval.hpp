#pragma once
// Measures the detector on a labeled corpus (`pushback eval FILE.jsonl`) and analyses JSON Lines
// input (`pushback analyze --jsonl`). Pure: the caller reads and writes the files. The labeled
// schema is documented in tests/data/detector/README.md.

#include <expected>
#include <string>
#include <string_view>
#include <vector>

namespace pushback::detector {

// Precision and recall of one id (a pattern or a reason).
struct IdScore {
    std::string id;
    int tp = 0;
    int fp = 0;
    int fn = 0;
    int support() const { return tp + fn; }
    double precision() const { return tp + fp == 0 ? 1.0 : static_cast<double>(tp) / (tp + fp); }
    double recall() const { return tp + fn == 0 ? 1.0 : static_cast<double>(tp) / (tp + fn); }
};

// A message the detector got wrong on `vague`.
struct Miss {
    int line = 0;  // 1-based line number in the input
    bool expected_vague = false;
    double score = 0.0;
    std::string text;
};

// A message the detector got wrong on another label: `what` says which ("kind ask->pushback",
// "pattern faster-please missed", "red flag sarcasm false").
struct LabelMiss {
    int line = 0;
    std::string what;
    std::string text;
};

// Per-id figures for a label that most messages lack (red flags): recall on the messages that carry
// it, and the share of the messages without it that are flagged anyway.
struct FlagScore {
    IdScore score;
    int negatives = 0;  // messages labeled without this id
    double false_rate() const { return negatives == 0 ? 0.0 : static_cast<double>(score.fp) / negatives; }
};

struct EvalResult {
    int messages = 0;
    int tp = 0;  // vague and said vague
    int fp = 0;  // specific, said vague
    int fn = 0;  // vague, said specific
    int tn = 0;
    double precision = 0.0;  // for the `vague` class
    double recall = 0.0;
    double f1 = 0.0;
    double accuracy = 0.0;
    std::vector<IdScore> patterns;      // every pattern id, in enum order
    std::vector<IdScore> illegitimate;  // every illegitimate-reason id
    std::vector<IdScore> legitimate;    // every legitimate-reason id
    std::vector<Miss> misses;

    // Share of the messages labeled without any pattern that get one.
    int no_pattern = 0;
    int no_pattern_flagged = 0;
    double no_pattern_flag_rate() const {
        return no_pattern == 0 ? 0.0 : static_cast<double>(no_pattern_flagged) / no_pattern;
    }
    // Illegitimate reasons over all ids: (message, id) pairs found / labeled.
    int illegitimate_labeled = 0;
    int illegitimate_found = 0;
    double illegitimate_recall() const {
        return illegitimate_labeled == 0 ? 1.0 : static_cast<double>(illegitimate_found) / illegitimate_labeled;
    }

    // `kind` and `red_flags`, when the corpus carries them (the real-text corpus, tests/data/real/).
    int kind_labeled = 0;
    int kind_correct = 0;
    std::vector<std::vector<int>> kind_confusion;  // [gold][predicted], MessageKind order; empty without labels
    double kind_accuracy() const { return kind_labeled == 0 ? 0.0 : static_cast<double>(kind_correct) / kind_labeled; }
    int red_flags_labeled = 0;         // messages that carry a `red_flags` key
    std::vector<FlagScore> red_flags;  // every red-flag id, in enum order
    std::vector<LabelMiss> label_misses;
};

// Scores every non-blank line. An error names the line: "line 12: missing \"vague\" (bool)".
std::expected<EvalResult, std::string> evaluate_jsonl(std::string_view jsonl);

// A readable table of the figures; with `list_misses`, the misclassified messages (every label) too.
std::string format_eval(EvalResult const& r, bool list_misses = false);

// One line of `pushback analyze --jsonl`: an object with a "text" string in, the analysis object
// out (one line, no newline), or {"error": "..."} so the output stream keeps the input's order.
std::string analyze_jsonl_line(std::string_view line);

}  // namespace pushback::detector
