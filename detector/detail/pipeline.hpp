#pragma once
// analyze() with its models chosen by the caller, and what it saw on the way: `pushback train`
// (detector/learn.cpp) runs the rules alone to collect the features its models learn from, and its
// cross-validation runs the whole pipeline with the models of each fold.

#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "detector/analysis.hpp"
#include "detector/detail/model.hpp"

namespace pushback::detector::detail {

struct Trace {
    MessageKind rule_kind = MessageKind::other;
    bool rule_vague = false;
    double margin = 0.0;  // the rules' evidence minus their bar (negative: vague)
    FeatureSet kind_features;
    FeatureSet vague_features;
    // judge13: the judge's features of each of the writer's own sentences (names into `judge_names` when set).
    std::vector<std::vector<Feature>> judge_sentences;
    std::unordered_map<std::uint64_t, std::string>* judge_names = nullptr;
};

// `models` may hold empty models (rules only). `trace`, when set, receives the rules' verdicts and
// the features (with names, when trace->*_features.names is set). `previous`: the message before it in
// its thread, someone else's (empty when unknown); what it does (asks or not) is the thread's role.
Analysis analyze_with(std::string_view text, Models const& models, Trace* trace, std::string_view previous = {});

}  // namespace pushback::detector::detail
