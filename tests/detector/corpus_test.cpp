// The detector measured on the labeled corpus (tests/data/detector, schema in its README).
#include <catch2/catch.hpp>
#include <fstream>
#include <iostream>
#include <sstream>

#include "detector/eval.hpp"

namespace {

std::string read_corpus(char const* name) {
    std::ifstream in(std::string(PUSHBACK_TEST_DATA_DIR) + "/data/detector/" + name, std::ios::binary);
    REQUIRE(in);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

}  // namespace

TEST_CASE("dev corpus figures", "[detector][corpus]") {
    auto const r = pushback::detector::evaluate_jsonl(read_corpus("dev.jsonl"));
    REQUIRE(r.has_value());
    std::cout << "dev.jsonl\n" << pushback::detector::format_eval(*r, std::getenv("PUSHBACK_LIST_MISSES") != nullptr);
    CHECK(r->messages >= 200);
}

namespace {

// Every pattern and illegitimate-reason id has examples in the split, and the detector recalls them.
void check_ids(pushback::detector::EvalResult const& r) {
    for (auto const* table : {&r.patterns, &r.illegitimate}) {
        for (auto const& s : *table) {
            INFO(s.id << ": tp " << s.tp << " fn " << s.fn << " fp " << s.fp);
            CHECK(s.support() >= 3);
            CHECK(s.recall() >= 0.8);
            CHECK(s.precision() >= 0.7);
        }
    }
    // Legitimate reasons are labeled for the main reason only (see the corpus README): recall is the
    // meaningful figure.
    for (auto const& s : r.legitimate) {
        INFO(s.id << ": tp " << s.tp << " fn " << s.fn);
        CHECK(s.support() >= 3);
        CHECK(s.recall() >= 0.6);
    }
}

}  // namespace

TEST_CASE("dev corpus: ids are recalled", "[detector][corpus]") {
    auto const r = pushback::detector::evaluate_jsonl(read_corpus("dev.jsonl"));
    REQUIRE(r.has_value());
    check_ids(*r);
}

TEST_CASE("held-out test corpus: F1 and accuracy at least 0.90, ids recalled", "[detector][corpus]") {
    auto const r = pushback::detector::evaluate_jsonl(read_corpus("test.jsonl"));
    REQUIRE(r.has_value());
    std::cout << "test.jsonl\n" << pushback::detector::format_eval(*r);
    CHECK(r->messages >= 200);
    CHECK(r->f1 >= 0.90);
    CHECK(r->accuracy >= 0.90);
    check_ids(*r);
}
