// Fleet figures: `/pushback commit` and `/pushback log <words>` per second through real `pushback serve`
// processes (1 or 3 replicas on PostgreSQL, next to 1 on SQLite), and 10,000 reminders due at the same
// second delivered by three replicas (lateness of the first, the median and the last DM). Real HTTP with
// signed requests, 8 client threads spreading requests over the replicas; the DMs go to the fake Slack
// (tests/support) over real TLS.
//
//   ninja -C build/test bench_fleet pushback
//   scripts/pg-test-cluster run build/test/bench/bench_fleet --benchmark_counters_tabular=true
//
// Needs PUSHBACK_TEST_PG (the throwaway cluster's URI) and psql. The machine is shared by the client
// threads, the replicas and PostgreSQL: read the figures as relative ones.

#include <benchmark/benchmark.h>
#include <fcntl.h>
#include <netinet/in.h>
#include <spawn.h>
#include <sys/socket.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>
#include <atomic>
#include <csignal>
#include <cstdlib>
#include <filesystem>
#include <map>
#include <memory>
#include <mutex>
#include <random>
#include <set>
#include <stdexcept>
#include <string>
#include <thread>
#include <vector>

#include "bot/http_client.hpp"
#include "bot/signature.hpp"
#include "storage/open_store.hpp"
#include "support/fake_slack.hpp"

namespace {

using namespace std::chrono_literals;
constexpr char const* secret = "benchsecret0123456789abcdef";

std::string admin_uri() {
    char const* v = std::getenv("PUSHBACK_TEST_PG");
    if (!v) throw std::runtime_error("PUSHBACK_TEST_PG is not set: run under scripts/pg-test-cluster run");
    return v;
}

// A fresh database on the cluster; its URI.
std::string fresh_pg_database() {
    static int n = 0;
    auto const name = "pushback_bench_" + std::to_string(::getpid()) + "_" + std::to_string(n++);
    if (std::system(("psql -q '" + admin_uri() + "' -c 'CREATE DATABASE " + name + "' >/dev/null").c_str()) != 0)
        throw std::runtime_error("cannot create the bench database");
    auto const uri = admin_uri();
    return uri.substr(0, uri.rfind('/') + 1) + name;
}

std::filesystem::path temp_dir() {
    auto pattern = (std::filesystem::temp_directory_path() / "pushback-fleet-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    return pattern;
}

unsigned short next_port() {
    int fd = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    socklen_t len = sizeof addr;
    if (fd < 0 || ::bind(fd, reinterpret_cast<sockaddr*>(&addr), sizeof addr) != 0 ||
        ::getsockname(fd, reinterpret_cast<sockaddr*>(&addr), &len) != 0)
        throw std::runtime_error("no free port");
    ::close(fd);
    return ntohs(addr.sin_port);
}

// N `pushback serve` processes on one database, killed at the end.
class Fleet {
  public:
    Fleet(std::string db, int replicas, pushback::testing::FakeSlack const* slack = nullptr) : dir_{temp_dir()} {
        for (int r = 0; r < replicas; ++r) {
            auto const port = next_port();
            std::vector<std::string> env{"SLACK_SIGNING_SECRET=" + std::string(secret),
                                         "PUSHBACK_DB=" + db,
                                         "PUSHBACK_LISTEN=127.0.0.1:" + std::to_string(port),
                                         "PUSHBACK_THREADS=2",
                                         "PUSHBACK_LOG_LEVEL=warn",
                                         "PUSHBACK_REPLICA_ID=bench-" + std::to_string(r),
                                         "PATH=/usr/bin:/bin"};
            if (slack) {
                env.push_back("SLACK_BOT_TOKEN=" + slack->token());
                env.push_back("SLACK_API_URL=" + slack->api_base());
                env.push_back("SSL_CERT_FILE=" + slack->ca_file());
            }
            std::vector<char*> envp;
            envp.reserve(env.size() + 1);
            for (auto& e : env) envp.push_back(e.data());
            envp.push_back(nullptr);
            std::string bin = PUSHBACK_BINARY;
            std::string serve = "serve";
            std::array<char*, 3> argv{bin.data(), serve.data(), nullptr};
            posix_spawn_file_actions_t fa;
            posix_spawn_file_actions_init(&fa);
            auto const log = (dir_ / ("replica" + std::to_string(r) + ".log")).string();
            posix_spawn_file_actions_addopen(&fa, 2, log.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0600);
            pid_t pid = 0;
            if (posix_spawn(&pid, bin.c_str(), &fa, nullptr, argv.data(), envp.data()) != 0)
                throw std::runtime_error("cannot start pushback");
            posix_spawn_file_actions_destroy(&fa);
            pids_.push_back(pid);
            ports_.push_back(port);
        }
        for (auto port : ports_) {
            auto const deadline = std::chrono::steady_clock::now() + 30s;
            for (;;) {
                auto h = pushback::bot::http_request("127.0.0.1", port, "GET", "/readyz", {}, "", 500ms);
                if (h && h->status == 200) break;
                if (std::chrono::steady_clock::now() > deadline)
                    throw std::runtime_error("a replica did not start; see " + dir_.string());
                std::this_thread::sleep_for(50ms);
            }
        }
    }
    ~Fleet() {
        for (auto pid : pids_) {
            ::kill(pid, SIGTERM);
            ::waitpid(pid, nullptr, 0);
        }
        std::error_code ec;
        std::filesystem::remove_all(dir_, ec);
    }
    std::vector<unsigned short> const& ports() const { return ports_; }
    std::filesystem::path const& dir() const { return dir_; }

  private:
    std::filesystem::path dir_;
    std::vector<pid_t> pids_;
    std::vector<unsigned short> ports_;
};

std::string slash_body(std::string const& text, std::string const& user) {
    std::string escaped;
    for (char c : text) escaped += c == ' ' ? std::string("+") : std::string(1, c);
    return "token=x&team_id=T0001&team_domain=acme&channel_id=C1&channel_name=general&user_id=" + user +
           "&user_name=u&command=%2Fpushback&text=" + escaped +
           "&response_url=https%3A%2F%2Fhooks.slack.invalid%2Fx&trigger_id=1.2.3";
}

std::expected<pushback::bot::HttpResult, std::string> command(pushback::bot::HttpConnection& c, std::string const& text,
                                                              std::string const& user) {
    auto const body = slash_body(text, user);
    auto const ts = std::to_string(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
    return c.request("POST", "/slack/events",
                     {{"Content-Type", "application/x-www-form-urlencoded"},
                      {"X-Slack-Request-Timestamp", ts},
                      {"X-Slack-Signature", pushback::bot::sign_slack_request(secret, ts, body)}},
                     body);
}

// One fleet per configuration, shared by the benchmark's threads: 0 = SQLite, else that many PostgreSQL replicas.
std::mutex fleets_mutex;
std::map<int, std::unique_ptr<Fleet>> fleets;
Fleet& fleet(int config) {
    std::lock_guard lock{fleets_mutex};
    auto& f = fleets[config];
    if (!f) {
        auto const db = config == 0 ? (temp_dir() / "pushback.sqlite3").string() : fresh_pg_database();
        f = std::make_unique<Fleet>(db, std::max(1, config));
    }
    return *f;
}

char const* const words[] = {"webhook", "polling", "partner", "rate",    "limits", "retry",     "storms", "sso",
                             "saml",    "export",  "csv",     "nightly", "batch",  "warehouse", "scope",  "deadline"};

// arg 0: SQLite (one process); 1 or 3: PostgreSQL replicas. Each iteration is one answered request.
void run_requests(benchmark::State& state, bool search) {
    auto& f = fleet(static_cast<int>(state.range(0)));
    auto const user = "UB" + std::to_string(state.thread_index());
    std::vector<pushback::bot::HttpConnection> conns;
    for (auto port : f.ports()) conns.push_back(std::move(*pushback::bot::HttpConnection::open("127.0.0.1", port)));
    std::mt19937 random{static_cast<unsigned>(state.thread_index())};
    std::size_t i = 0;
    for (auto _ : state) {
        auto const* const w1 = words[random() % std::size(words)];
        auto const* const w2 = words[random() % std::size(words)];
        auto const text = search ? std::string("log ") + w1
                                 : std::string("commit Use ") + w1 + " not " + w2 + " " + std::to_string(i);
        auto r = command(conns[i++ % conns.size()], text, user);
        if (!r || r->status != 200 || (!search && r->body.find("Logged as #") == std::string::npos)) {
            state.SkipWithError("a request failed");
            break;
        }
    }
    state.SetItemsProcessed(state.iterations());
}

void BM_Commits(benchmark::State& state) { run_requests(state, false); }
void BM_Searches(benchmark::State& state) { run_requests(state, true); }

BENCHMARK(BM_Commits)->ArgName("pg_replicas")->Arg(0)->Arg(1)->Arg(3)->Threads(8)->UseRealTime()->MinTime(5.0);
// Runs after the commits: each user's log then holds a few hundred to thousands of entries to search.
BENCHMARK(BM_Searches)->ArgName("pg_replicas")->Arg(0)->Arg(1)->Arg(3)->Threads(8)->UseRealTime()->MinTime(5.0);

// 10,000 reminders (100 users) due at the same second, three replicas delivering them to the fake Slack.
void BM_Reminders10k(benchmark::State& state) {
    constexpr int count = 10'000;
    for (auto _ : state) {
        pushback::testing::FakeSlack slack;
        auto const db = fresh_pg_database();
        pushback::storage::StoreSpec spec{db, {}, {}};
        auto store = pushback::storage::open_store(spec);
        if (!store) throw std::runtime_error(store.error().message);
        Fleet f(db, 3, &slack);
        auto const sys_start = std::chrono::system_clock::now();
        auto const steady_start = std::chrono::steady_clock::now();
        auto const due = std::chrono::ceil<std::chrono::seconds>(sys_start) + 10s;
        for (int i = 0; i < count; ++i) {
            pushback::storage::NewReminder r;
            r.with_whom = "U0002";
            r.due_at = due;
            r.tz = "Europe/London";
            (void)(*store)->add_reminder({"T0001", "UR" + std::to_string(i % 100)}, r);
        }
        if (!slack.wait_for("chat.postMessage", count, 300s)) state.SkipWithError("not every reminder arrived");
        auto const due_steady = steady_start + (due - sys_start);
        std::vector<double> late;
        for (auto const& c : slack.calls("chat.postMessage"))
            late.push_back(std::chrono::duration<double>(c.received - due_steady).count());
        std::sort(late.begin(), late.end());
        state.SetIterationTime(late.empty() ? 0 : late.back());
        state.counters["dms"] = static_cast<double>(late.size());
        state.counters["first_late_s"] = late.empty() ? 0 : late.front();
        state.counters["median_late_s"] = late.empty() ? 0 : late[late.size() / 2];
        state.counters["last_late_s"] = late.empty() ? 0 : late.back();
    }
}
BENCHMARK(BM_Reminders10k)->Iterations(1)->UseManualTime()->Unit(benchmark::kSecond);

}  // namespace

int main(int argc, char** argv) {
    benchmark::Initialize(&argc, argv);
    // The test cluster runs without fsync; measure PostgreSQL durable, as SQLite is (synchronous=FULL).
    if (std::system(("psql -q '" + admin_uri() +
                     "' -c 'ALTER SYSTEM SET fsync = on' -c 'ALTER SYSTEM SET "
                     "synchronous_commit = on' -c 'SELECT pg_reload_conf()' >/dev/null")
                        .c_str()) != 0)
        return 1;
    benchmark::RunSpecifiedBenchmarks();
    fleets.clear();
    benchmark::Shutdown();
}
