// Several `pushback serve` replicas on one PostgreSQL database (the throwaway cluster of scripts/pg-test-cluster):
// real processes, real HTTP spread over them by the test, the fake Slack over real TLS. What a fleet must get
// right: no acknowledged write lost when a replica is killed, each reminder delivered once across replicas
// (a dead replica's claims taken over when their lease runs out), replicas starting together on an empty
// database, and the database restarting under load.

#include <atomic>
#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <cstdio>
#include <map>
#include <mutex>
#include <regex>
#include <set>
#include <thread>

#include "e2e/serve_process.hpp"
#include "storage/postgres_store.hpp"
#include "support/pg_test_db.hpp"

using namespace pushback;
using namespace pushback::test;
using namespace std::chrono_literals;
namespace json = boost::json;

namespace {

std::vector<std::string> replica_env(std::string const& id) {
    return {"PUSHBACK_REPLICA_ID=" + id, "PUSHBACK_REMINDER_LEASE=3", "PUSHBACK_DB_POOL=4"};
}

std::set<std::string> as_set(std::vector<std::string> v) { return {v.begin(), v.end()}; }

}  // namespace

TEST_CASE("three replicas, one killed mid-load: acknowledged writes kept, every reminder delivered once",
          "[e2e][pg][slow]") {
    PgTestDb db;
    testing::FakeSlack slack;
    // Replica 0 reaches a Slack that never answers conversations.open: it claims due reminders like the others
    // but cannot get them out, so when it is killed it holds claims it never sent (a replica dying mid-send).
    testing::FakeSlack stuck;
    stuck.fail_next("conversations.open", testing::FakeSlack::Stall{120s}, 100'000);
    constexpr int users = 6;
    for (int u = 1; u <= users; ++u) {
        slack.set_user_tz("UREP" + std::to_string(u), "Europe/Paris");
        stuck.set_user_tz("UREP" + std::to_string(u), "Europe/Paris");
    }
    TempDir dir;
    std::vector<std::unique_ptr<Server>> replicas;
    for (int r = 0; r < 3; ++r)
        replicas.push_back(std::make_unique<Server>(r == 0 ? stuck : slack, db.uri(), dir.file("replicas.log"),
                                                    free_loopback_port(), replica_env("r" + std::to_string(r))));

    // Six users at once; each request goes to the next replica in turn. Follow-ups (due 3 s later) go to
    // replicas 1 and 2, whose confirmations reach the fake Slack; commits go to all three.
    std::mutex mu;
    std::set<std::string> acked_commits;
    std::atomic<int> answered{0};
    std::atomic<int> followups_asked{0};
    std::atomic<bool> r0_dead{false};
    std::atomic<bool> stop{false};
    std::regex const logged_as(R"(Logged as #([0-9]+))");
    std::vector<std::thread> clients;
    for (int u = 1; u <= users; ++u) {
        clients.emplace_back([&, u] {
            auto const user = "UREP" + std::to_string(u);
            std::vector<std::optional<bot::HttpConnection>> conns;
            for (auto& r : replicas) {
                auto c = bot::HttpConnection::open("127.0.0.1", r->port());
                conns.emplace_back(c ? std::optional{std::move(*c)} : std::nullopt);
            }
            for (int i = 0; !stop && i < 2000; ++i) {
                bool const commit = i % 3 != 2;
                int const r = commit ? (u + i) % 3 : 1 + (u + i) % 2;
                if (r == 0 && r0_dead) continue;
                if (!conns[static_cast<std::size_t>(r)]) continue;
                auto const name = user + "-" + std::to_string(i);
                auto const text = commit ? "commit Ship SSO (SAML only) by Friday, entry " + name
                                         : std::string("followup <@U0002|alex> in 3 seconds");
                if (!commit) ++followups_asked;
                auto res = replicas[static_cast<std::size_t>(r)]->command(*conns[static_cast<std::size_t>(r)], text,
                                                                          user, slack.response_url(name));
                if (!res || res->status != 200) {
                    conns[static_cast<std::size_t>(r)].reset();  // that replica is gone: nothing acknowledged
                    continue;
                }
                ++answered;
                std::smatch m;
                if (commit && std::regex_search(res->body, m, logged_as)) {
                    std::lock_guard lock(mu);
                    acked_commits.insert(m[1].str());
                }
                std::this_thread::sleep_for(2ms);
            }
        });
    }

    // Kill replica 0 once the load has run a while and it holds claims of due reminders.
    std::vector<std::string> r0_claims;
    auto const deadline = std::chrono::steady_clock::now() + 60s;
    while (std::chrono::steady_clock::now() < deadline) {
        if (answered >= 150) {
            r0_claims = db.query("SELECT id FROM reminders WHERE state = 'claimed' AND claimed_by = 'r0'");
            if (!r0_claims.empty()) break;
        }
        std::this_thread::sleep_for(20ms);
    }
    REQUIRE(!r0_claims.empty());
    replicas[0]->kill9();
    r0_dead = true;
    auto const claimed_at_kill =
        as_set(db.query("SELECT id FROM reminders WHERE state = 'claimed' AND claimed_by = 'r0'"));
    std::this_thread::sleep_for(1500ms);  // the load goes on against the two that are left
    stop = true;
    for (auto& t : clients) t.join();
    INFO("answered " << answered << ", commits acknowledged " << acked_commits.size() << ", r0 held "
                     << claimed_at_kill.size() << " claims");
    REQUIRE(acked_commits.size() > 50);
    REQUIRE(replicas[1]->running());
    REQUIRE(replicas[2]->running());

    // Every acknowledged commit is in the database.
    auto const stored = as_set(db.query("SELECT id FROM commitments"));
    for (auto const& id : acked_commits) {
        CAPTURE(id);
        CHECK(stored.count(id) == 1);
    }

    // Every reminder (all due within 3 s of being asked for) is delivered once by the replicas left, the dead
    // one's claims included once their lease (3 s) ran out; the stuck Slack got none.
    auto const reminders = as_set(db.query("SELECT id FROM reminders"));
    REQUIRE(reminders.size() > 10);
    auto const all_delivered = [&] { return reminder_ids_in_dms(slack).size() >= reminders.size(); };
    auto const wait_until = std::chrono::steady_clock::now() + 60s;
    while (!all_delivered() && std::chrono::steady_clock::now() < wait_until) std::this_thread::sleep_for(100ms);
    std::this_thread::sleep_for(1s);  // anything sent twice would show up now
    std::multiset<std::string> sent;
    auto const fired = reminder_ids_in_dms(slack, &sent);
    CHECK(fired == reminders);
    for (auto const& id : reminders) {
        CAPTURE(id);
        CHECK(sent.count(id) == 1);
    }
    for (auto const& id : claimed_at_kill) CHECK(fired.count(id) == 1);
    CHECK(stuck.calls("chat.postMessage").empty());
    CHECK(db.query("SELECT count(*) FROM reminders WHERE state <> 'delivered'").at(0) == "0");
}

TEST_CASE("two replicas starting at once on an empty database both come up, and each migration ran once", "[e2e][pg]") {
    PgTestDb db;
    testing::FakeSlack slack;
    TempDir dir;
    std::unique_ptr<Server> a;
    std::unique_ptr<Server> b;
    {
        std::thread other([&] {
            b = std::make_unique<Server>(slack, db.uri(), dir.file("b.log"), free_loopback_port(), replica_env("b"),
                                         /*fail_here=*/false);
        });
        a = std::make_unique<Server>(slack, db.uri(), dir.file("a.log"), free_loopback_port(), replica_env("a"),
                                     /*fail_here=*/false);
        other.join();
    }
    REQUIRE(a);
    REQUIRE(b);
    INFO(a->failure());
    INFO(b->failure());
    REQUIRE(a->failure().empty());
    REQUIRE(b->failure().empty());
    for (auto* s : {a.get(), b.get()}) {
        auto ready = s->get("/readyz");
        REQUIRE(ready);
        CHECK(ready->status == 200);
    }
    auto const latest = std::to_string(storage::latest_pg_schema_version());
    CHECK(db.query("SELECT count(*) FROM schema_migrations").at(0) == latest);
    CHECK(db.query("SELECT count(DISTINCT applied_by) FROM schema_migrations").at(0) == "1");

    // `pushback migrate` afterwards: nothing left to do, said plainly; the password is not printed.
    auto const uri = db.uri();
    auto const with_password = std::regex_replace(uri, std::regex("postgres@"), "postgres:s3cret-pw@");
    auto migrated = run_pushback({"migrate"}, {"PUSHBACK_DB=" + with_password}, dir.path());
    CHECK(migrated.exit_code == 0);
    CHECK_THAT(migrated.out, Catch::Contains("schema at version " + latest) && Catch::Contains("applied now: none"));
    CHECK_THAT(migrated.out + migrated.err, !Catch::Contains("s3cret-pw"));

    // Requests through both; /metrics counts them by route and status, and every log line of a request
    // carries its id.
    auto conn = bot::HttpConnection::open("127.0.0.1", a->port());
    REQUIRE(conn);
    auto r = a->command(*conn, "commit Ship the MVP without SSO", "UREP1", slack.response_url("m"));
    REQUIRE(r);
    CHECK(r->status == 200);
    // The server counts a request once its response is written, which the client may read first: /metrics is
    // asked again until the command shows (a CI run read it a moment too early).
    auto metrics = a->get("/metrics");
    for (int i = 0; i < 50 && metrics && metrics->body.find(R"(route="command",status="200")") == std::string::npos;
         ++i) {
        std::this_thread::sleep_for(std::chrono::milliseconds{100});
        metrics = a->get("/metrics");
    }
    REQUIRE(metrics);
    CHECK(metrics->status == 200);
    CHECK_THAT(metrics->body, Catch::Contains(R"(pushback_http_requests_total{route="command",status="200"} 1)"));
    CHECK_THAT(metrics->body, Catch::Contains(R"(pushback_http_request_seconds_bucket{route="command",le="+Inf"} 1)"));
    CHECK_THAT(metrics->body, Catch::Contains(R"(pushback_store_pool_connections{state="size"} 4)"));
    CHECK_THAT(metrics->body, Catch::Contains(R"(pushback_reminders{state="late"} 0)"));
    std::regex const request_line(R"re("msg":"request","method":"POST"[^\n]*"req":"([0-9a-f]{16})")re");
    auto log = read_text(dir.file("a.log"));
    std::smatch m;
    for (int i = 0; i < 50 && !std::regex_search(log, m, request_line); ++i) {  // written with the count, as above
        std::this_thread::sleep_for(std::chrono::milliseconds{100});
        log = read_text(dir.file("a.log"));
    }
    REQUIRE(std::regex_search(log, m, request_line));
}

TEST_CASE("the database restarted under load: requests fail cleanly, replicas recover without a restart",
          "[e2e][pg][slow]") {
    // A cluster of its own: restarting the shared one would disturb the tests running beside this one.
    std::string const script = std::string(PUSHBACK_TEST_DATA_DIR) + "/../scripts/pg-test-cluster";
    std::string exports;
    {
        FILE* p = ::popen((script + " start").c_str(), "r");
        REQUIRE(p);
        std::array<char, 512> buf{};
        while (std::fgets(buf.data(), buf.size(), p)) exports += buf.data();
        REQUIRE(::pclose(p) == 0);
    }
    std::smatch m;
    REQUIRE(std::regex_search(exports, m, std::regex("PUSHBACK_TEST_PG=(\\S+)")));
    std::string const uri = m[1].str();
    REQUIRE(std::regex_search(exports, m, std::regex("PUSHBACK_TEST_PG_DIR=(\\S+)")));
    std::string const cluster = m[1].str();
    struct Cleanup {
        std::string cmd;
        ~Cleanup() { (void)std::system(cmd.c_str()); }
    } cleanup{script + " stop " + cluster + " >/dev/null 2>&1"};

    testing::FakeSlack slack;
    TempDir dir;
    Server a(slack, uri, dir.file("a.log"), free_loopback_port(), replica_env("a"));
    Server b(slack, uri, dir.file("b.log"), free_loopback_port(), replica_env("b"));
    std::array<Server*, 2> const replicas{&a, &b};

    std::atomic<bool> stop{false};
    std::atomic<int> ok_before{0}, failed_cleanly{0}, ok_after{0}, broken{0};
    std::atomic<int> phase{0};  // 0 up, 1 down, 2 back
    std::vector<std::thread> clients;
    for (int u = 0; u < 4; ++u) {
        clients.emplace_back([&, u] {
            auto const user = "UDB" + std::to_string(u);
            for (int i = 0; !stop; ++i) {
                auto* s = replicas[static_cast<std::size_t>((u + i) % 2)];
                auto conn = bot::HttpConnection::open("127.0.0.1", s->port());
                if (!conn) {
                    ++broken;
                    continue;
                }
                auto const text = i % 2 == 0 ? "commit Keep the nightly batch, entry " + std::to_string(i)
                                             : std::string("log nightly");
                auto r = s->command(*conn, text, user, slack.response_url("db"));
                if (!r || r->status != 200) {
                    ++broken;  // a readable answer is expected even while the database is down
                } else if (r->body.find("Something went wrong on our side") != std::string::npos ||
                           r->body.find("try again") != std::string::npos) {
                    ++failed_cleanly;
                } else if (phase == 0) {
                    ++ok_before;
                } else if (phase == 2) {
                    ++ok_after;
                }
                std::this_thread::sleep_for(10ms);
            }
        });
    }
    std::this_thread::sleep_for(1s);
    phase = 1;
    REQUIRE(std::system((script + " pause " + cluster).c_str()) == 0);
    std::this_thread::sleep_for(2s);
    for (auto* s : replicas) {
        auto ready = s->get("/readyz");
        REQUIRE(ready);
        CHECK(ready->status == 503);  // the load balancer stops sending it traffic
    }
    REQUIRE(std::system((script + " resume " + cluster).c_str()) == 0);
    phase = 2;
    std::this_thread::sleep_for(3s);
    stop = true;
    for (auto& t : clients) t.join();
    INFO("ok before " << ok_before << ", failed cleanly " << failed_cleanly << ", ok after " << ok_after << ", broken "
                      << broken);
    CHECK(ok_before > 10);
    CHECK(failed_cleanly > 0);
    CHECK(broken == 0);
    CHECK(ok_after > 10);
    for (auto* s : replicas) {
        CHECK(s->running());
        auto ready = s->get("/readyz");
        REQUIRE(ready);
        CHECK(ready->status == 200);
    }
}
