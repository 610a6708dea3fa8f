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
};

// Scores every non-blank line. An error names the line: "line 12: missing \"vague\" (bool)".
std::expected<EvalResult, std::string> evaluate_jsonl(std::string_view jsonl);

// A readable table of the figures; with `list_misses`, the misclassified messages too.
std::string format_eval(EvalResult const& r, bool list_misses = false);

// One line of `pushback analyze --jsonl`: an object with a "text" string in, the analysis object
// out (one line, no newline), or {"error": "..."} so the output stream keeps the input's order.
std::string analyze_jsonl_line(std::string_view line);

}  // namespace pushback::detector
