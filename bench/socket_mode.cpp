// Socket Mode on loopback: the real App (as `pushback serve` builds it) connected to the fake Slack's Socket Mode
// server (real WebSocket over TLS with the test CA).
//   BM_EnvelopeRoundTrip/K   one envelope at a time, sent -> ack received (K=0: /pushback with a draft, acked with
//                            its Block Kit reply; K=1: an events_api app_home_opened, acked bare); p50/p99/max in µs
//   BM_EnvelopesPerSecond    a burst of 2,000 /pushback envelopes on one connection, until every ack is back
//   BM_ReconnectAfterRefresh disconnect refresh_requested -> the new connection's WebSocket is accepted
//   BM_ReconnectAfterKill    the TCP connection dropped -> the new connection's WebSocket is accepted (the first
//                            backoff, 100-200 ms with jitter, is most of it). Each kill comes after the connection
//                            has been up for stable_after (10 s): a link that breaks sooner keeps backing off.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <boost/json.hpp>
#include <memory>
#include <string>
#include <thread>
#include <vector>

#include "support/fake_slack.hpp"
#include "support/test_app.hpp"

using namespace pushback;
using namespace std::chrono_literals;
namespace json = boost::json;
using testing::FakeSlack;
using Steady = std::chrono::steady_clock;

namespace {

struct World {
    FakeSlack slack{[] {
        FakeSlack::Options o;
        o.socket_mode = true;
        return o;
    }()};
    test::TestApp app{[this] {
        test::TestAppOptions o;
        o.slack_api_url = slack.api_base();
        o.ca_file = slack.ca_file();
        o.bot_token = slack.token();
        o.app_token = slack.app_token();
        o.signing_secret = false;
        return o;
    }()};
    World() {
        if (!slack.socket_mode().wait_connections(1, 10s)) throw std::runtime_error("no Socket Mode connection");
    }
};

json::object slash(std::string const& text) {
    return {{"team_id", "T0001"},
            {"user_id", "U0001"},
            {"channel_id", "C0001"},
            {"command", "/pushback"},
            {"text", text},
            {"trigger_id", "1.2"},
            {"response_url", "https://hooks.slack.invalid/x"}};
}

json::object home(int n) {
    return {{"type", "event_callback"},
            {"team_id", "T0001"},
            {"event_id", "EvBench" + std::to_string(n)},
            {"event", {{"type", "app_home_opened"}, {"user", "UB" + std::to_string(n % 50)}, {"tab", "home"}}}};
}

double percentile(std::vector<double> v, double p) {
    if (v.empty()) return 0;
    std::sort(v.begin(), v.end());
    return v[std::min(v.size() - 1, static_cast<std::size_t>(p * static_cast<double>(v.size())))];
}

void BM_EnvelopeRoundTrip(benchmark::State& state) {
    World w;
    auto& sm = w.slack.socket_mode();
    bool const event = state.range(0) == 1;
    std::vector<double> us;
    int n = 0;
    for (auto _ : state) {
        auto const t0 = Steady::now();
        auto const id = event ? sm.send("events_api", home(n++))
                              : sm.send("slash_commands", slash("I don't think we can add SSO by Friday"));
        auto const ack = sm.wait_ack(id, 5s);
        auto const dt = std::chrono::duration<double>(Steady::now() - t0).count();
        if (!ack) state.SkipWithError("no ack");
        state.SetIterationTime(dt);
        us.push_back(dt * 1e6);
    }
    state.counters["p50_us"] = percentile(us, 0.50);
    state.counters["p99_us"] = percentile(us, 0.99);
    state.counters["max_us"] = percentile(us, 1.0);
}
BENCHMARK(BM_EnvelopeRoundTrip)->Arg(0)->Arg(1)->UseManualTime()->Iterations(2000)->Unit(benchmark::kMicrosecond);

void BM_EnvelopesPerSecond(benchmark::State& state) {
    World w;
    auto& sm = w.slack.socket_mode();
    constexpr int burst = 2000;
    std::size_t sent = 0;
    for (auto _ : state) {
        auto const t0 = Steady::now();
        for (int i = 0; i < burst; ++i) sm.send("slash_commands", slash("We need two more weeks for the export"));
        sent += burst;
        if (!sm.wait_acks(sent, 60s)) state.SkipWithError("acks missing");
        state.SetIterationTime(std::chrono::duration<double>(Steady::now() - t0).count());
    }
    state.SetItemsProcessed(static_cast<int64_t>(sent));
}
BENCHMARK(BM_EnvelopesPerSecond)->UseManualTime()->Iterations(3)->Unit(benchmark::kMillisecond);

template <bool Kill>
void BM_Reconnect(benchmark::State& state) {
    World w;
    auto& sm = w.slack.socket_mode();
    std::vector<double> ms;
    for (auto _ : state) {
        if (Kill) std::this_thread::sleep_for(10500ms);  // not timed (manual time)
        auto const before = sm.connections_accepted();
        auto const t0 = Steady::now();
        if (Kill)
            sm.kill();
        else
            sm.disconnect("refresh_requested");
        while (sm.connections_accepted() == before && Steady::now() - t0 < 10s) std::this_thread::sleep_for(100us);
        auto const dt = std::chrono::duration<double>(Steady::now() - t0).count();
        state.SetIterationTime(dt);
        ms.push_back(dt * 1e3);
        // Let the old connection drain and close (refresh) before the next round.
        std::this_thread::sleep_for(50ms);
    }
    state.counters["p50_ms"] = percentile(ms, 0.50);
    state.counters["max_ms"] = percentile(ms, 1.0);
}
BENCHMARK(BM_Reconnect<false>)
    ->Name("BM_ReconnectAfterRefresh")
    ->UseManualTime()
    ->Iterations(20)
    ->Unit(benchmark::kMillisecond);
BENCHMARK(BM_Reconnect<true>)
    ->Name("BM_ReconnectAfterKill")
    ->UseManualTime()
    ->Iterations(4)
    ->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
