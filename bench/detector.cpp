// Speed of the vague-vs-specific detector, single thread: every message of the labeled corpus, and
// a 200-character message. Target (issue 3): <= 5 us for a 200-character message.
#include <benchmark/benchmark.h>

#include <boost/json.hpp>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "detector/analysis.hpp"
#include "detector/eval.hpp"

namespace {

std::vector<std::string> corpus() {
    std::vector<std::string> out;
    for (auto const* name : {"dev.jsonl", "test.jsonl"}) {
        std::ifstream in(std::string(PUSHBACK_TEST_DATA_DIR) + "/data/detector/" + name);
        std::string line;
        while (std::getline(in, line))
            if (!line.empty()) out.emplace_back(boost::json::parse(line).at("text").as_string());
    }
    return out;
}

// 200 characters: a hedge, a vague time, a number with a unit, a date, an event, a Slack mention.
std::string const message_200 =
    "<@U024BE7LH> I might be wrong, but the 3-week estimate for the export ignores the 2 weeks of security "
    "review we had in Q2; can we talk it over in Thursday's standup soon and maybe cut the PDF part?";

void BM_analyze_200_chars(benchmark::State& state) {
    pushback::detector::analyze("warm up");  // build the matcher outside the timing
    for (auto _ : state) benchmark::DoNotOptimize(pushback::detector::analyze(message_200));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * message_200.size()));
    state.counters["chars"] = static_cast<double>(message_200.size());
}
BENCHMARK(BM_analyze_200_chars);

// The same draft as a thread reply: the message before it is read too (by the rules alone).
void BM_analyze_200_chars_after(benchmark::State& state) {
    constexpr std::string_view previous = "Any update on the export? Can we still make Friday?";
    pushback::detector::analyze("warm up");
    for (auto _ : state) benchmark::DoNotOptimize(pushback::detector::analyze(message_200, previous));
    state.SetBytesProcessed(static_cast<std::int64_t>(state.iterations() * message_200.size()));
    state.counters["chars"] = static_cast<double>(message_200.size());
}
BENCHMARK(BM_analyze_200_chars_after);

// One iteration = one message, cycling through the corpus, so the mean is the time per message.
void BM_analyze_corpus_message(benchmark::State& state) {
    static auto const messages = corpus();
    pushback::detector::analyze("warm up");
    std::size_t i = 0, bytes = 0;
    for (auto _ : state) {
        auto const& m = messages[i];
        benchmark::DoNotOptimize(pushback::detector::analyze(m));
        bytes += m.size();
        if (++i == messages.size()) i = 0;
    }
    state.SetBytesProcessed(static_cast<std::int64_t>(bytes));
    state.counters["messages"] = static_cast<double>(messages.size());
}
BENCHMARK(BM_analyze_corpus_message);

// analyze + the JSON object of `pushback analyze --json`.
void BM_analyze_to_json_200_chars(benchmark::State& state) {
    pushback::detector::analyze("warm up");
    for (auto _ : state) {
        auto const a = pushback::detector::analyze(message_200);
        benchmark::DoNotOptimize(pushback::detector::to_json(a, message_200));
    }
}
BENCHMARK(BM_analyze_to_json_200_chars);

}  // namespace

BENCHMARK_MAIN();
