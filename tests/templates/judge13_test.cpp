// judge13: the combiner reads the judge's reading (detector/judge.hpp) as features only when a judge model read the
// draft; with none (the shipped default unless detector/model/judge.tsv is present) its features are unchanged.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <unordered_map>

#include "detector/analysis.hpp"
#include "detector/judge.hpp"
#include "templates/detail/triage_cues.hpp"
#include "templates/detail/triage_model.hpp"

using namespace pushback;

namespace {

std::vector<std::string> feature_names(detector::Analysis const& a, std::string_view text) {
    std::unordered_map<std::uint64_t, std::string> names;
    detector::detail::FeatureSet fs;
    fs.names = &names;
    templates::detail::triage_features(a, templates::detail::read_cues(text, a.quoted), text, fs);
    std::vector<std::string> out;
    for (auto const& f : fs.items()) out.push_back(names.at(f.key));
    return out;
}

bool has(std::vector<std::string> const& v, std::string_view name) { return std::ranges::find(v, name) != v.end(); }

}  // namespace

TEST_CASE("judge13: the combiner reads the judge's levels, and nothing of it without a judge", "[templates][judge13]") {
    std::string_view const text = "The export ships Friday. Honestly Aiko is clueless about billing.";
    auto a = detector::analyze_without_judge(text);
    auto const without = feature_names(a, text);
    CHECK(std::ranges::none_of(without, [](std::string const& n) { return n.starts_with("judge:"); }));
    detector::apply_judge(a, 0.75F, 0.05F, 2.0, 2.0);
    auto const with = feature_names(a, text);
    CHECK(has(with, "judge:person>=0.5"));
    CHECK(has(with, "judge:person>=0.7"));
    CHECK_FALSE(has(with, "judge:person>=0.9"));
    CHECK_FALSE(has(with, "judge:sarcasm>=0.1"));
    // Everything else the combiner reads stays as it was.
    CHECK(with.size() == without.size() + 4);
}
