// The construction gates of detector/flags.cpp (a sentence construction runs only where the sentence holds one
// of its key words) are a speed-up and nothing else: every development message must come out the same,
// byte for byte, with the gates on and off. A construction given a new cue word without its key fails here.
#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "detector/analysis.hpp"
#include "detector/detail/context.hpp"

using namespace pushback::detector;

namespace {

std::vector<std::string> dev_texts() {
    std::vector<std::string> files{"real/dev.jsonl", "detector/dev.jsonl"};
    // Every coaching development split (dev.jsonl, dev2.jsonl, ...), never the test split.
    for (auto const& e : std::filesystem::directory_iterator(std::string(PUSHBACK_TEST_DATA_DIR) + "/data/coaching")) {
        auto const name = e.path().filename().string();
        if (name.starts_with("dev") && name.ends_with(".jsonl")) files.push_back("coaching/" + name);
    }
    REQUIRE(files.size() > 10);
    std::vector<std::string> out;
    for (auto const& file : files) {
        std::ifstream in(std::string(PUSHBACK_TEST_DATA_DIR) + "/data/" + file, std::ios::binary);
        REQUIRE(in);
        std::string line;
        while (std::getline(in, line))
            if (line.find_first_not_of(" \t\r") != std::string::npos)
                out.emplace_back(boost::json::parse(line).at("text").as_string());
    }
    return out;
}

struct GatesOff {
    GatesOff() { detail::set_gates_off(true); }
    ~GatesOff() { detail::set_gates_off(false); }
    GatesOff(GatesOff const&) = delete;
    GatesOff& operator=(GatesOff const&) = delete;
};

}  // namespace

TEST_CASE("the construction gates change no finding, on every development message", "[detector][flags]") {
    auto const texts = dev_texts();
    REQUIRE(texts.size() > 3000);
    std::size_t flagged = 0;
    for (auto const& t : texts) {
        auto const gated = analyze(t);
        std::string ungated;
        {
            GatesOff const off;
            ungated = to_json(analyze(t), t);
        }
        INFO(t);
        REQUIRE(to_json(gated, t) == ungated);
        // flags17: every piece of evidence is a span of the text, start before end ("Zero incidents across 40 stores.
        // Great work all." gave sarcasm with its span from 33 back to 14).
        for (auto const& ev : gated.evidence) {
            CHECK(ev.range.start <= ev.range.end);
            CHECK(ev.range.end <= t.size());
        }
        flagged += !gated.red_flags.empty() || !gated.illegitimate.empty();
    }
    // The comparison covers the constructions at work, not only messages with nothing to find.
    CHECK(flagged > 300);
}
