// Where a /pushback request's CPU time goes, piece by piece, without sockets: signature check, form
// decoding, the detector, the reframer, the coaching advice (what /pushback uses), the Block Kit reply,
// and the whole receiver pipeline.
//   ninja -C build bench_pipeline && build/bench/bench_pipeline
#include <benchmark/benchmark.h>

#include <atomic>
#include <boost/json.hpp>
#include <cstdlib>
#include <filesystem>
#include <new>

#include "app/routes.hpp"
#include "bot/form.hpp"
#include "bot/receiver.hpp"
#include "bot/router.hpp"
#include "bot/signature.hpp"
#include "bot/slack_api.hpp"
#include "detector/analysis.hpp"
#include "handlers/deps.hpp"
#include "handlers/pushback.hpp"
#include "storage/sqlite_store.hpp"
#include "templates/advice.hpp"
#include "templates/library.hpp"
#include "util/clock.hpp"
#include "util/log.hpp"

using namespace pushback;

// Every operator new in this program is counted, so each benchmark reports its allocations per
// iteration ("allocs"): C++ allocations only (OpenSSL's and SQLite's own mallocs are not counted).
// GCC pairs the replaced operator new with std::free once both are inlined and warns; they are a
// matching pair here by construction.
#pragma GCC diagnostic ignored "-Wmismatched-new-delete"
namespace {
std::atomic<std::size_t> allocations{0};
}
void* operator new(std::size_t n) {
    allocations.fetch_add(1, std::memory_order_relaxed);
    if (void* p = std::malloc(n ? n : 1)) return p;
    throw std::bad_alloc{};
}
void operator delete(void* p) noexcept { std::free(p); }
void operator delete(void* p, std::size_t) noexcept { std::free(p); }

namespace {

// Runs `body` once per benchmark iteration and reports allocations per iteration.
template <typename Body>
void counted(benchmark::State& state, Body&& body) {
    std::size_t const before = allocations.load();
    for (auto _ : state) body();
    state.counters["allocs"] =
        benchmark::Counter(static_cast<double>(allocations.load() - before), benchmark::Counter::kAvgIterations);
}

constexpr char const* secret = "benchsecret";
std::string const draft = "I don't think we can add SSO";
std::string const body = bot::encode_form({{"token", "legacy"},
                                           {"team_id", "T0BENCH"},
                                           {"team_domain", "bench"},
                                           {"channel_id", "C0BENCH"},
                                           {"channel_name", "general"},
                                           {"user_id", "U0BENCH"},
                                           {"user_name", "bench"},
                                           {"command", "/pushback"},
                                           {"text", draft},
                                           {"api_app_id", "A0BENCH"},
                                           {"response_url", "http://127.0.0.1:9/response"},
                                           {"trigger_id", "1.2.3"}});

class NullSlack final : public bot::SlackApi {
  public:
    boost::asio::awaitable<bot::SlackResult> call(std::string, boost::json::object) override {
        co_return boost::json::object{{"ok", true}};
    }
    boost::asio::awaitable<bot::SlackResult> respond(std::string, boost::json::object) override {
        co_return boost::json::object{{"ok", true}};
    }
};

struct World {
    templates::Library lib = *templates::Library::load_builtin();
    std::unique_ptr<storage::Store> store =
        *storage::open_sqlite_store(std::filesystem::temp_directory_path() / "pushback-bench-pipeline.sqlite3");
    NullSlack slack;
    util::SystemClock clock;
    util::Logger log{util::LogLevel::error};
    handlers::Deps deps{lib, *store, slack, clock, log};
    bot::Router router;
    bot::Receiver receiver{secret, router, clock};
    World() { app::register_routes(router, deps); }
};

World& world() {
    static World w;
    return w;
}

std::string now_ts() {
    return std::to_string(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

void BM_signature(benchmark::State& state) {
    auto const ts = now_ts();
    auto const sig = bot::sign_slack_request(secret, ts, body);
    auto const now = std::chrono::system_clock::now();
    counted(state, [&] { benchmark::DoNotOptimize(bot::verify_slack_signature({ts, sig, body}, secret, now)); });
}

void BM_form(benchmark::State& state) {
    counted(state, [&] { benchmark::DoNotOptimize(bot::Form::decode(body)); });
}

void BM_analyze(benchmark::State& state) {
    counted(state, [&] { benchmark::DoNotOptimize(detector::analyze(draft)); });
}

void BM_reframe(benchmark::State& state) {
    auto& w = world();
    auto const a = detector::analyze(draft);
    counted(state, [&] { benchmark::DoNotOptimize(w.lib.reframe(a, draft, templates::Perspective::own_draft)); });
}

void BM_advise(benchmark::State& state) {
    auto& w = world();
    auto const a = detector::analyze(draft);
    counted(state, [&] { benchmark::DoNotOptimize(templates::advise(w.lib, a, draft)); });
}

// A stop: the advice reads each piece of the draft again for the one rewrite aimed at the idea.
void BM_advise_stop(benchmark::State& state) {
    auto& w = world();
    std::string const stop =
        "<@U0PMX81> you clearly don't understand how the sync works. The migration needs 3 weeks of backfill, "
        "and the export job only runs once a day. We should move the launch to June 12.";
    auto const a = detector::analyze(stop);
    counted(state, [&] { benchmark::DoNotOptimize(templates::advise(w.lib, a, stop)); });
}

void BM_draft_reply(benchmark::State& state) {
    auto& w = world();
    counted(state, [&] { benchmark::DoNotOptimize(handlers::draft_reply(draft, w.deps)); });
}

void BM_serialize(benchmark::State& state) {
    auto& w = world();
    auto const msg = handlers::draft_message(draft, w.deps);
    counted(state, [&] { benchmark::DoNotOptimize(boost::json::serialize(msg)); });
}

void BM_receiver(benchmark::State& state) {
    auto& w = world();
    auto const ts = now_ts();
    auto const sig = bot::sign_slack_request(secret, ts, body);
    counted(state, [&] {
        benchmark::DoNotOptimize(
            w.receiver.handle({"POST", "/slack/events", "application/x-www-form-urlencoded", ts, sig, "", body}));
    });
}

}  // namespace

BENCHMARK(BM_signature);
BENCHMARK(BM_form);
BENCHMARK(BM_analyze);
BENCHMARK(BM_reframe);
BENCHMARK(BM_advise);
BENCHMARK(BM_advise_stop);
BENCHMARK(BM_draft_reply);
BENCHMARK(BM_serialize);
BENCHMARK(BM_receiver);
BENCHMARK_MAIN();
