// Reminders at scale: 100,000 pending reminders in the real SQLite store.
//   BM_Startup          open + migrate check + recover_claims + first next_due (what `pushback serve` does
//                       before its scheduler runs), with the process's resident memory afterwards.
//   BM_FireBurst/L      1,000 reminders falling due in the same second (on top of the 100,000), fired by the
//                       real handlers::followups::Scheduler on a real io_context (system clock, shifted), against a
//                       Slack stand-in that answers every call after L ms. Reports how late the DMs were posted (p50,
//                       p99, max, from the due second) and how long the whole burst took.
// The seed database is built once per run on /dev/shm (fsync there is free, so seeding is quick), then copied
// to the temporary directory (a real disk) for the measurements.
#include <benchmark/benchmark.h>

#include <algorithm>
#include <atomic>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>
#include <condition_variable>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "bot/slack_api.hpp"
#include "handlers/followups/delivery.hpp"
#include "storage/sqlite_store.hpp"
#include "templates/library.hpp"
#include "util/clock.hpp"
#include "util/log.hpp"

namespace fs = std::filesystem;
namespace net = boost::asio;
namespace json = boost::json;
using namespace pushback;
using namespace std::chrono_literals;

namespace {

constexpr int pending_count = 100'000;
constexpr int burst = 1'000;

double rss_mib(char const* field) {
    std::ifstream in("/proc/self/status");
    std::string line;
    while (std::getline(in, line)) {
        if (line.rfind(field, 0) == 0) return std::stod(line.substr(std::string(field).size())) / 1024.0;
    }
    return 0;
}

storage::Seconds now_s() { return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now()); }

templates::Library const& library() {
    static auto lib = templates::Library::load_builtin();
    if (!lib) std::abort();
    return *lib;
}

// The seeded database (100,000 reminders due in 1..30 days, 1,000 owners), built once.
fs::path const& seed_db() {
    static fs::path const path = [] {
        fs::path const dir = fs::exists("/dev/shm") ? fs::path("/dev/shm") : fs::temp_directory_path();
        auto p = dir / ("pushback-bench-reminders-" + std::to_string(::getpid()) + ".sqlite3");
        fs::remove(p);
        auto store = storage::open_sqlite_store(p);
        if (!store) std::abort();
        templates::SummaryInput in{"<@U0002>", "I don't think we can add SSO by Friday.", "", "", ""};
        auto const summary = library().followup_summary(in);
        auto const start = std::chrono::steady_clock::now();
        auto const now = now_s();
        for (int i = 0; i < pending_count; ++i) {
            storage::NewReminder r{"U0002", now + std::chrono::days{1 + i % 30} + std::chrono::seconds{i},
                                   "Europe/Paris", summary, std::nullopt};
            if (!(*store)->add_reminder({"T0001", "U" + std::to_string(100000 + i % 1000)}, r)) std::abort();
        }
        auto const secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
        std::fprintf(stderr, "seeded %d reminders in %.1f s (%.0f inserts/s, tmpfs, one transaction each)\n",
                     pending_count, secs, pending_count / secs);
        return p;
    }();
    return path;
}

fs::path disk_copy(std::string const& name) {
    auto p = fs::temp_directory_path() / ("pushback-bench-" + name + "-" + std::to_string(::getpid()) + ".sqlite3");
    for (auto const* suffix : {"", "-wal", "-shm"}) fs::remove(p.string() + suffix);
    fs::copy_file(seed_db(), p);
    return p;
}

void remove_db(fs::path const& p) {
    for (auto const* suffix : {"", "-wal", "-shm"}) fs::remove(p.string() + suffix);
}

void BM_Startup(benchmark::State& state) {
    auto const path = disk_copy("startup");
    double const rss_before = rss_mib("VmRSS:");
    std::unique_ptr<storage::Store> keep;
    for (auto _ : state) {
        auto store = storage::open_sqlite_store(path);
        if (!store) {
            state.SkipWithError("open failed");
            break;
        }
        auto recovered = (*store)->recover_claims();
        auto next = (*store)->next_due();
        if (!recovered || !next || !*next) {
            state.SkipWithError("recover/next_due failed");
            break;
        }
        benchmark::DoNotOptimize(*next);
        keep = std::move(*store);  // the previous store closes here (a restart closes one too)
    }
    state.counters["pending"] = pending_count;
    state.counters["rss_MiB"] = rss_mib("VmRSS:");
    state.counters["rss_delta_MiB"] = rss_mib("VmRSS:") - rss_before;
    state.counters["db_MiB"] = static_cast<double>(fs::file_size(path)) / (1024.0 * 1024.0);
    keep.reset();
    remove_db(path);
}
BENCHMARK(BM_Startup)->Unit(benchmark::kMillisecond)->Iterations(20);

// The system clock shifted by an offset: lets the burst be inserted first (fsync per insert takes real time)
// and still fall due exactly one second after the scheduler starts.
class OffsetClock final : public util::Clock {
    using duration = std::chrono::system_clock::duration;

  public:
    time_point now() const override { return std::chrono::system_clock::now() + duration{offset_.load()}; }
    void set_now(time_point t) { offset_ = (t - std::chrono::system_clock::now()).count(); }
    duration offset() const { return duration{offset_.load()}; }

  private:
    std::atomic<duration::rep> offset_{0};
};

// Answers like Slack after a fixed latency, on the io_context; records when each DM was posted.
class SlowSlack final : public bot::SlackApi {
  public:
    SlowSlack(net::io_context& ioc, std::chrono::milliseconds latency) : ioc_(ioc), latency_(latency) {}
    net::awaitable<bot::SlackResult> call(std::string method, json::object body) override {
        json::object answer{{"ok", true}};
        if (method == "conversations.open") {
            answer["channel"] = json::object{{"id", "D" + std::string(body.at("users").as_string())}};
        } else if (method == "chat.postMessage") {
            answer["ts"] = "1700000000." + std::to_string(++ts_);
            std::lock_guard lock(mu_);
            posted_.push_back(std::chrono::system_clock::now());
        }
        net::steady_timer t(ioc_, latency_);
        co_await t.async_wait(net::as_tuple(net::use_awaitable));
        co_return answer;
    }
    net::awaitable<bot::SlackResult> respond(std::string, json::object) override {
        co_return json::object{{"ok", true}};
    }
    std::vector<std::chrono::system_clock::time_point> posted() {
        std::lock_guard lock(mu_);
        return posted_;
    }

  private:
    net::io_context& ioc_;
    std::chrono::milliseconds latency_;
    std::atomic<long> ts_{0};
    std::mutex mu_;
    std::vector<std::chrono::system_clock::time_point> posted_;
};

void BM_FireBurst(benchmark::State& state) {
    auto const latency = std::chrono::milliseconds{state.range(0)};
    auto const path = disk_copy("burst");
    auto store = storage::open_sqlite_store(path);
    if (!store) {
        state.SkipWithError("open failed");
        return;
    }
    OffsetClock clock;
    util::Logger log(util::LogLevel::warn, 2);
    std::vector<double> lateness_ms;
    double total_s = 0;
    for (auto _ : state) {
        net::io_context ioc(2);
        auto work = net::make_work_guard(ioc);
        SlowSlack slack(ioc, latency);
        handlers::followups::Scheduler scheduler(ioc.get_executor(), **store, slack, library(), clock, log);
        // 1,000 reminders due in the same second; the clock is then set to one second before it.
        auto const due = now_s() + 1h;
        for (int i = 0; i < burst; ++i) {
            storage::NewReminder r{"U0002", due, "Europe/Paris", "A drafted summary.", std::nullopt};
            if (!(*store)->add_reminder({"T0001", "UB" + std::to_string(i)}, r)) std::abort();
        }
        clock.set_now(due - 1s);
        scheduler.start();
        std::vector<std::thread> threads;
        threads.reserve(2);
        for (int t = 0; t < 2; ++t) threads.emplace_back([&ioc] { ioc.run(); });
        auto const deadline = std::chrono::steady_clock::now() + 120s;
        while (scheduler.stats().delivered < burst && std::chrono::steady_clock::now() < deadline) {
            std::this_thread::sleep_for(1ms);
        }
        auto const posted = slack.posted();
        scheduler.stop();
        work.reset();
        ioc.stop();
        for (auto& t : threads) t.join();
        if (posted.size() < burst) {
            state.SkipWithError("not every reminder fired");
            break;
        }
        auto const offset = clock.offset();
        for (auto const& p : posted) {
            lateness_ms.push_back(std::chrono::duration<double, std::milli>(p + offset - due).count());
        }
        double const last =
            std::chrono::duration<double>(*std::max_element(posted.begin(), posted.end()) + offset - due).count();
        total_s += last;
        state.SetIterationTime(std::max(last, 1e-6));
    }
    std::sort(lateness_ms.begin(), lateness_ms.end());
    if (!lateness_ms.empty()) {
        auto at = [&](double q) {
            return lateness_ms[static_cast<std::size_t>(q * static_cast<double>(lateness_ms.size() - 1))];
        };
        state.counters["late_p50_ms"] = at(0.50);
        state.counters["late_p99_ms"] = at(0.99);
        state.counters["late_max_ms"] = lateness_ms.back();
        state.counters["first_ms"] = lateness_ms.front();
        state.counters["dms_per_s"] = burst * static_cast<double>(state.iterations()) / total_s;
    }
    state.counters["rss_MiB"] = rss_mib("VmRSS:");
    store->reset();
    remove_db(path);
}
BENCHMARK(BM_FireBurst)->Arg(0)->Arg(50)->Unit(benchmark::kMillisecond)->UseManualTime()->Iterations(3);

}  // namespace

BENCHMARK_MAIN();
