// The held-out splits nobody tunes on: the real-text test split (tests/data/real/test.jsonl) and the synthetic
// one (tests/data/detector/test.jsonl, which meets every issue 12 target).
#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <fstream>
#include <iostream>
#include <optional>
#include <set>
#include <sstream>
#include <vector>

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

// What a line says and where it comes from: its words (case and spacing folded), its GitHub thread and its repository.
struct Origin {
    std::set<std::string> texts, threads, repos;
};

Origin origins(std::string const& jsonl) {
    Origin o;
    std::istringstream in(jsonl);
    for (std::string line; std::getline(in, line);) {
        if (line.empty()) continue;
        auto const v = boost::json::parse(line).as_object();
        std::string folded;
        std::istringstream words(std::string(v.at("text").as_string()));
        for (std::string w; words >> w;) {
            for (auto& ch : w) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            folded += w + ' ';
        }
        o.texts.insert(folded);
        auto const* source = v.if_contains("source");
        if (source == nullptr || !source->is_string()) continue;
        std::string_view url = source->as_string();
        constexpr std::string_view github = "https://github.com/";
        if (!url.starts_with(github)) continue;
        url.remove_prefix(github.size());
        url = url.substr(0, url.find_first_of("#?"));
        // owner/repo, then owner/repo/issues/N (or pull/N)
        std::vector<std::string> parts;
        for (std::size_t at = 0; at <= url.size() && parts.size() < 4;) {
            auto const end = std::min(url.find('/', at), url.size());
            std::string part(url.substr(at, end - at));
            for (auto& ch : part) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            parts.push_back(part);
            at = end + 1;
        }
        if (parts.size() < 2) continue;
        o.repos.insert(parts[0] + '/' + parts[1]);
        if (parts.size() == 4) o.threads.insert(parts[0] + '/' + parts[1] + '/' + parts[3]);
    }
    return o;
}

}  // namespace

// The held-out split is only held out if nothing tuned on the dev split came from its threads: a dev line never
// repeats a held-out message, nor comes from a repository the held-out split draws on.
TEST_CASE("the real dev split shares no message, thread or repository with the real test split", "[detector][corpus]") {
    auto const dev = read_file("real/dev.jsonl");
    auto const test = read_file("real/test.jsonl");
    REQUIRE(dev.has_value());
    REQUIRE(test.has_value());
    auto const d = origins(*dev);
    auto const t = origins(*test);
    REQUIRE(d.repos.size() > 100);
    REQUIRE(t.repos.size() > 20);
    std::size_t shared_texts = 0, shared_threads = 0, shared_repos = 0;
    for (auto const& x : d.texts) shared_texts += t.texts.count(x);
    for (auto const& x : d.threads) shared_threads += t.threads.count(x);
    for (auto const& x : d.repos) shared_repos += t.repos.count(x);
    CHECK(shared_texts == 0);
    CHECK(shared_threads == 0);
    CHECK(shared_repos == 0);
}

// Issue 12's targets are NOT met on the held-out real-text split yet (the issue stays open; the figures are in
// tests/data/real/README.md). What is asserted here: the targets this split already meets (false red flags
// at most 2 %), and floors just under the first held-out measurement, so a change that makes the analysis
// of real text worse fails. The floors were set from one run after each round of detector work ended
// (round 1, then round 2 with the learned kind model: vague F1 0.698, kind 0.403; round 3 with 629 more dev
// lines and the asks/flags/kinds rules: vague F1 0.691, kind 0.454; round 4 with 831 more dev lines, grammar,
// speech acts and constructions: vague F1 0.689, kind 0.479); nothing was tuned on it.
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
    CHECK(r->kind_accuracy() >= 0.46);  // target 0.85; 0.356, then 0.403, then 0.454, then 0.479
    // Rounds 3 and 4's ask constructions raised recall and, on this split, false pattern flags too (20, then 21 of
    // 296): a regression on this figure, reported, not tuned away here.
    CHECK(r->no_pattern_flag_rate() <= 0.075);  // target 0.03; 0.054, then 0.068, then 0.071
    for (auto const& p : r->patterns)
        if (p.id == "faster-please") CHECK(p.recall() >= 0.41);  // target 0.85; 0.391, then 0.435
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
