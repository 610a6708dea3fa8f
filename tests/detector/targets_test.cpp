// The held-out splits nobody tunes on: the real-text test split (tests/data/real/test.jsonl) and the synthetic
// one (tests/data/detector/test.jsonl, which meets every issue 12 target).
#include <catch2/catch.hpp>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>

#include "detector/eval.hpp"

using namespace pushback::detector;

namespace {

std::optional<std::string> read_file(std::string const& rel) {
    std::ifstream in(std::string(PUSHBACK_TEST_DATA_DIR) + "/data/" + rel, std::ios::binary);
    if (!in) return std::nullopt;
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The targets that apply to every labeled split.
void check_common(EvalResult const& r) {
    INFO("vague precision " << r.precision << " recall " << r.recall << " F1 " << r.f1);
    CHECK(r.f1 >= 0.93);
    CHECK(r.precision >= 0.90);
    for (auto const& p : r.patterns) {
        INFO(p.id << ": tp " << p.tp << " fn " << p.fn);
        CHECK(p.recall() >= 0.85);
    }
    INFO("no-pattern messages flagged " << r.no_pattern_flagged << " of " << r.no_pattern);
    CHECK(r.no_pattern_flag_rate() <= 0.03);
    INFO("illegitimate " << r.illegitimate_found << " of " << r.illegitimate_labeled);
    CHECK(r.illegitimate_recall() >= 0.85);
}

}  // namespace

// Issue 12's targets are NOT met on the held-out real-text split yet (the issue stays open; the figures are in
// tests/data/real/README.md). What is asserted here: the targets this split already meets (false red flags
// at most 2 %), and floors just under the first held-out measurement, so a change that makes the analysis
// of real text worse fails. The floors were set from one run after each round of detector work ended
// (round 1, then round 2 with the learned kind model: vague F1 0.698, kind 0.403; round 3 with 629 more dev
// lines and the asks/flags/kinds rules: vague F1 0.691, kind 0.454); nothing was tuned on it.
TEST_CASE("held-out real-text split: false-flag target, and floors under today's figures", "[detector][corpus]") {
    auto const text = read_file("real/test.jsonl");
    REQUIRE(text.has_value());
    auto const r = evaluate_jsonl(*text);
    REQUIRE(r.has_value());
    std::cout << "real/test.jsonl\n" << format_eval(*r);
    CHECK(r->messages >= 300);
    REQUIRE(r->kind_labeled == r->messages);
    REQUIRE(r->red_flags_labeled == r->messages);
    INFO("vague precision " << r->precision << " recall " << r->recall << " F1 " << r->f1);
    CHECK(r->f1 >= 0.66);               // target 0.93; first held-out figure 0.699
    CHECK(r->precision >= 0.61);        // target 0.90; 0.647
    CHECK(r->kind_accuracy() >= 0.43);  // target 0.85; 0.356, then 0.403, then 0.454
    // Round 3's ask constructions raised recall and, on this split, false pattern flags too (20 of 296): a
    // regression on this figure, reported, not tuned away here.
    CHECK(r->no_pattern_flag_rate() <= 0.07);  // target 0.03; 0.054, then 0.068
    for (auto const& p : r->patterns)
        if (p.id == "faster-please") CHECK(p.recall() >= 0.35);  // target 0.85; 0.391
    for (auto const& f : r->red_flags) {
        INFO(f.score.id << ": tp " << f.score.tp << " fn " << f.score.fn << " fp " << f.score.fp);
        CHECK(f.false_rate() <= 0.02);  // the target, met
    }
}

TEST_CASE("real-text dev split figures (tuned on: printed, not asserted against the targets)", "[detector][corpus]") {
    auto const text = read_file("real/dev.jsonl");
    REQUIRE(text.has_value());
    auto const r = evaluate_jsonl(*text);
    REQUIRE(r.has_value());
    std::cout << "real/dev.jsonl\n" << format_eval(*r);
    CHECK(r->messages >= 300);
    CHECK(r->kind_labeled == r->messages);
    CHECK(r->red_flags_labeled == r->messages);
}

TEST_CASE("targets on the held-out synthetic split", "[detector][corpus][targets]") {
    auto const text = read_file("detector/test.jsonl");
    REQUIRE(text.has_value());
    auto const r = evaluate_jsonl(*text);
    REQUIRE(r.has_value());
    check_common(*r);
}
