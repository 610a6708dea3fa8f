// Storage figures: commitment inserts per second with synchronous=FULL (1 and 2 threads), a channel's
// shared decision log (list, search, App Home's shared list and track record over 20,000 entries), and a store
// holding 100,000 pending reminders: open + recover_claims, next_due, claim_due, draining overdue
// reminders after a restart, and resident memory.
//
//   ninja -C build bench_storage && ./build/bench/bench_storage --benchmark_counters_tabular=true
//
// The database lives on the same disk as $TMPDIR (set TMPDIR to measure another disk).

#include <benchmark/benchmark.h>
#include <malloc.h>

#include <array>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <mutex>
#include <stdexcept>
#include <string>

#include "storage/sqlite_store.hpp"

namespace {

using namespace pushback::storage;
using namespace std::chrono_literals;

Seconds const t0 = std::chrono::floor<std::chrono::seconds>(std::chrono::sys_days{std::chrono::year{2026} / 3 / 2});
constexpr int reminder_count = 100'000;
constexpr int claimed_at_crash = 1'000;

std::filesystem::path const& bench_dir() {
    static std::filesystem::path const dir = [] {
        auto pattern = (std::filesystem::temp_directory_path() / "pushback-bench-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        return std::filesystem::path{pattern};
    }();
    return dir;
}

struct Cleanup {
    ~Cleanup() {
        std::error_code ec;
        std::filesystem::remove_all(bench_dir(), ec);
    }
} const cleanup;

long rss_kb() {
    std::ifstream in{"/proc/self/status"};
    std::string line;
    while (std::getline(in, line))
        if (line.rfind("VmRSS:", 0) == 0) return std::stol(line.substr(6));
    return -1;
}

std::unique_ptr<Store> open_store(std::filesystem::path const& path, bool synchronous_full = true) {
    SqliteOptions options;
    options.synchronous_full = synchronous_full;
    auto store = open_sqlite_store(path, options);
    if (!store) throw std::runtime_error("open failed: " + store.error().message);
    return std::move(*store);
}

NewCommitment sample_commitment(std::int64_t i) {
    NewCommitment c;
    c.decision = "Use webhook notifications instead of polling for partner API #" + std::to_string(i);
    c.context = "Partner has rate limits that make polling expensive at scale";
    c.alternatives = "Polling (simpler but hits rate limits), WebSocket (partner does not support it)";
    c.trade_offs = "Webhooks require us to build a receiver endpoint and handle retries";
    c.decision_maker = "PM and tech lead jointly";
    c.concerns = "Retry storms if the partner replays everything";
    c.source_link = "https://acme.slack.com/archives/C1/p1700000000000100";
    return c;
}

// ---- commitments: every insert is its own durable transaction (fsync of the WAL) ----

// Arg 1: synchronous=FULL (the server's setting); arg 0: NORMAL, for comparison only.
void BM_AddCommitment(benchmark::State& state) {
    static std::mutex m;
    static std::array<std::unique_ptr<Store>, 2> stores;
    auto const full = state.range(0) == 1;
    {
        std::lock_guard lock{m};
        if (!stores[full]) stores[full] = open_store(bench_dir() / (full ? "full.sqlite3" : "normal.sqlite3"), full);
    }
    auto& store = stores[full];
    Owner const owner{"T1", "U" + std::to_string(state.thread_index())};
    std::int64_t i = 0;
    for (auto _ : state) {
        auto c = store->add_commitment(owner, sample_commitment(i++));
        if (!c) state.SkipWithError(c.error().message.c_str());
        benchmark::DoNotOptimize(c);
    }
    state.SetItemsProcessed(state.iterations());
}
BENCHMARK(BM_AddCommitment)->ArgName("sync_full")->Arg(1)->Arg(0)->Threads(1)->Threads(2)->UseRealTime()->MinTime(3.0);

void BM_SearchCommitments(benchmark::State& state) {
    static std::unique_ptr<Store> store = [] {
        auto s = open_store(bench_dir() / "search.sqlite3", false);  // bulk load
        for (int i = 0; i < 2000; ++i) (void)s->add_commitment(Owner{"T1", "U1"}, sample_commitment(i));
        return s;
    }();
    for (auto _ : state) {
        auto r = store->search_commitments(Owner{"T1", "U1"}, "webhook polling", 20);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_SearchCommitments);

// ---- a channel's shared decision log: 20,000 entries from 200 users, shared across 50 channels ----

Store& shared_store() {
    static std::unique_ptr<Store> store = [] {
        auto s = open_store(bench_dir() / "shared.sqlite3", false);  // bulk load
        for (int i = 0; i < 20'000; ++i) {
            Owner const owner{"T1", "U" + std::to_string(i % 200)};
            auto c = s->add_commitment(owner, sample_commitment(i));
            if (!c) throw std::runtime_error(c.error().message);
            if (i % 2 == 0) (void)s->record_share(owner, c->id, "C" + std::to_string(i % 50), "1.1", t0);
            if (i % 7 == 0) (void)s->record_outcome(owner, c->id, i % 3 ? Outcome::held : Outcome::came_true, t0);
        }
        for (int u = 0; u < 200; ++u)
            for (int ch = 0; ch < 5; ++ch)
                (void)s->note_channel(Owner{"T1", "U" + std::to_string(u)}, "C" + std::to_string((u + ch) % 50), t0);
        return s;
    }();
    return *store;
}

// `/pushback decisions` in a channel with 200 shared entries: the newest 10.
void BM_ListShared(benchmark::State& state) {
    auto& store = shared_store();
    for (auto _ : state) {
        auto r = store.list_shared(ChannelScope{"T1", "C8"}, 10);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_ListShared);

// `/pushback decisions webhook polling`: full-text search limited to the channel's shared entries.
void BM_SearchShared(benchmark::State& state) {
    auto& store = shared_store();
    for (auto _ : state) {
        auto r = store.search_shared(ChannelScope{"T1", "C8"}, "webhook polling", max_list_limit);
        benchmark::DoNotOptimize(r);
    }
}
BENCHMARK(BM_SearchShared);

// App Home's "Shared in your channels" (5 channels) and the track record line.
void BM_HomeSharedAndTrackRecord(benchmark::State& state) {
    auto& store = shared_store();
    Owner const owner{"T1", "U17"};
    for (auto _ : state) {
        auto shared = store.shared_in_my_channels(owner, t0 - std::chrono::days{180}, 6);
        auto record = store.track_record(owner, t0 - std::chrono::days{365});
        benchmark::DoNotOptimize(shared);
        benchmark::DoNotOptimize(record);
    }
}
BENCHMARK(BM_HomeSharedAndTrackRecord);

// ---- 100,000 pending reminders ----

std::filesystem::path const& reminders_db() {
    static std::filesystem::path const path = [] {
        auto p = bench_dir() / "reminders.sqlite3";
        auto store = open_store(p, false);  // bulk load; the timed parts below use synchronous=FULL
        for (int i = 0; i < reminder_count; ++i) {
            NewReminder r;
            r.with_whom = "U" + std::to_string(i % 997);
            r.due_at = t0 + std::chrono::seconds{i * 7};
            r.tz = "Europe/London";
            r.summary = "Raised: scope. Options: A, B. Decision: B. Next: write the brief.";
            auto added = store->add_reminder(Owner{"T" + std::to_string(i % 13), "U" + std::to_string(i % 101)}, r);
            if (!added) throw std::runtime_error(added.error().message);
        }
        return p;
    }();
    return path;
}

// Start-up: open (migrations checked), then recover the claims a crash left behind.
void BM_OpenAndRecover100k(benchmark::State& state) {
    auto const& path = reminders_db();
    for (auto _ : state) {
        state.PauseTiming();
        {
            auto store = open_store(path);
            // Claimed, never recorded: what a crash mid-delivery leaves (claim_due caps a batch at 500).
            for (int claimed = 0; claimed < claimed_at_crash;)
                claimed += static_cast<int>(store->claim_due(t0 + 1h * 24, claimed_at_crash - claimed)->size());
        }
        state.ResumeTiming();
        auto store = open_store(path);
        auto recovered = store->recover_claims();
        if (!recovered || *recovered != claimed_at_crash) {
            auto const message = recovered ? "recovered " + std::to_string(*recovered) : recovered.error().message;
            state.SkipWithError(message.c_str());
        }
        benchmark::DoNotOptimize(store);
    }
}
BENCHMARK(BM_OpenAndRecover100k)->Unit(benchmark::kMillisecond);

void BM_NextDue100k(benchmark::State& state) {
    auto store = open_store(reminders_db());
    for (auto _ : state) {
        auto due = store->next_due();
        benchmark::DoNotOptimize(due);
    }
}
BENCHMARK(BM_NextDue100k);

// One scheduler tick: claim up to `batch` due reminders (then put them back, untimed).
void BM_ClaimDue100k(benchmark::State& state) {
    auto store = open_store(reminders_db());
    auto const batch = static_cast<int>(state.range(0));
    auto const now = t0 + std::chrono::seconds{reminder_count * 7};  // all of them overdue
    for (auto _ : state) {
        auto claimed = store->claim_due(now, batch);
        if (!claimed || static_cast<int>(claimed->size()) != batch) state.SkipWithError("claim_due size");
        state.PauseTiming();
        (void)store->recover_claims();
        state.ResumeTiming();
    }
    state.SetItemsProcessed(state.iterations() * batch);
}
BENCHMARK(BM_ClaimDue100k)->Arg(1)->Arg(100)->UseRealTime();

// After a long outage every reminder is overdue: claim in batches of 100 and record each delivery
// (Slack excluded). Items/s bounds how fast a backlog can drain; each mark_delivered is a durable write.
void BM_DrainOverdue(benchmark::State& state) {
    auto const& source = reminders_db();
    auto const copy = bench_dir() / "drain.sqlite3";
    auto const count = static_cast<int>(state.range(0));
    for (auto _ : state) {
        state.PauseTiming();
        std::filesystem::copy_file(source, copy, std::filesystem::copy_options::overwrite_existing);
        auto store = open_store(copy);
        auto const now = t0 + std::chrono::seconds{count * 7 - 1};  // the first `count` are due
        state.ResumeTiming();
        int delivered = 0;
        while (true) {
            auto claimed = store->claim_due(now, 100);
            if (!claimed || claimed->empty()) break;
            for (auto const& r : *claimed) {
                (void)store->mark_delivered(r.id, "D1", "1700000000.000100", now);
                ++delivered;
            }
        }
        if (delivered != count) state.SkipWithError("drained count");
    }
    state.SetItemsProcessed(state.iterations() * count);
}
BENCHMARK(BM_DrainOverdue)->Arg(1000)->Unit(benchmark::kMillisecond)->Iterations(3)->UseRealTime();

// Resident memory of the process with the 100k store open and the scheduler's queries run.
void BM_ResidentMemory100k(benchmark::State& state) {
    auto const& path = reminders_db();
    malloc_trim(0);  // hand back what the bulk load freed, so the delta is this store's own
    auto const before = rss_kb();
    std::unique_ptr<Store> store;
    for (auto _ : state) {
        store = open_store(path);
        (void)store->recover_claims();
        (void)store->next_due();
        (void)store->claim_due(t0 + 1h, 100);
        (void)store->recover_claims();
        (void)store->list_pending(Owner{"T1", "U1"}, 100);
    }
    state.counters["rss_kb"] = static_cast<double>(rss_kb());
    state.counters["rss_delta_kb"] = static_cast<double>(rss_kb() - before);
    // NOLINTNEXTLINE(bugprone-integer-division): whole kilobytes, on purpose
    state.counters["db_file_kb"] = static_cast<double>(std::filesystem::file_size(path) / 1024);
}
BENCHMARK(BM_ResidentMemory100k)->Iterations(1)->Unit(benchmark::kMillisecond);

}  // namespace

BENCHMARK_MAIN();
