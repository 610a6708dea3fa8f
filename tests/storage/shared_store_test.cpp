// What only a shared store has to get right: several replicas (processes, here Store objects with their own
// pools and replica ids) on one PostgreSQL database. Tagged [pg]: the SQLite run leaves them out.

#include <catch2/catch.hpp>
#include <mutex>
#include <set>
#include <thread>

#include "support.hpp"

using namespace pushback::storage;
using namespace pushback::storage::test;
using namespace std::chrono_literals;

namespace {

Owner const alice{"T1", "U_ALICE"};
Seconds const t0 = utc(2026, 3, 2, 14);

NewReminder followup(Seconds due) {
    NewReminder r;
    r.with_whom = "U_DANA";
    r.due_at = due;
    r.tz = "Europe/London";
    return r;
}

}  // namespace

TEST_CASE("replicas starting at once on an empty database all open, and each migration runs once", "[pg]") {
    TestDb db;
    TestClock clock;
    constexpr int replicas = 4;
    std::vector<std::expected<MigrationReport, StorageError>> reports(replicas);
    std::vector<std::thread> starting;
    for (int i = 0; i < replicas; ++i) {
        starting.emplace_back([&, i] {
            auto options = clock.pg_options(0, "replica-" + std::to_string(i));
            reports[static_cast<std::size_t>(i)] = migrate_pg(db.pg()->uri(), options);
        });
    }
    for (auto& t : starting) t.join();
    std::size_t applied = 0;
    for (auto const& r : reports) {
        REQUIRE(r);
        CHECK(r->to == latest_pg_schema_version());
        applied += r->applied.size();
    }
    CHECK(applied == static_cast<std::size_t>(latest_pg_schema_version()));  // every version applied exactly once
    auto const rows = db.pg()->query("SELECT count(*) || ' by ' || count(DISTINCT applied_by) FROM schema_migrations");
    CHECK(rows.at(0) == std::to_string(latest_pg_schema_version()) + " by 1");
    auto store = db.open(clock);
    CHECK(store->ready());
}

TEST_CASE("a PostgreSQL database from a newer version is refused and left untouched", "[pg]") {
    TestDb db;
    TestClock clock;
    { REQUIRE(db.open(clock)->add_commitment(alice, decision("written by the future"))); }
    auto const newer = latest_pg_schema_version() + 1;
    db.pg()->query("INSERT INTO schema_migrations (version, applied_by) VALUES (" + std::to_string(newer) +
                   ", 'future')");
    for (bool migrate : {true, false}) {
        auto options = clock.pg_options();
        options.migrate = migrate;
        auto refused = open_pg_store(db.pg()->uri(), options);
        REQUIRE_FALSE(refused);
        CHECK(refused.error().kind == StorageErrorKind::newer_schema);
        CHECK_THAT(refused.error().message, Catch::Contains(std::to_string(newer)) && Catch::Contains("newer"));
    }
    auto refused = migrate_pg(db.pg()->uri(), clock.pg_options());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == StorageErrorKind::newer_schema);
    CHECK(db.pg()->query("SELECT count(*) FROM commitments").at(0) == "1");
    CHECK(db.pg()->query("SELECT max(version) FROM schema_migrations").at(0) == std::to_string(newer));
}

TEST_CASE("with migrations left to the deploy pipeline a replica is not ready until they ran", "[pg]") {
    TestDb db;
    TestClock clock;
    auto options = clock.pg_options();
    options.migrate = false;
    auto store = open_pg_store(db.pg()->uri(), options);
    REQUIRE(store);
    auto const not_ready = (*store)->ready();
    REQUIRE_FALSE(not_ready);
    CHECK_THAT(not_ready.error().message, Catch::Contains("pushback migrate"));

    auto const report = migrate_pg(db.pg()->uri(), clock.pg_options());
    REQUIRE(report);
    CHECK(report->from == 0);
    CHECK(report->applied.size() == static_cast<std::size_t>(latest_pg_schema_version()));
    CHECK((*store)->ready());
    CHECK((*store)->add_commitment(alice, decision("after the migration job")));
    auto const again = migrate_pg(db.pg()->uri(), clock.pg_options());
    REQUIRE(again);
    CHECK(again->applied.empty());
}

TEST_CASE("a replica's claim holds until its lease runs out, then another replica takes it over", "[pg]") {
    TestDb db;
    TestClock clock;
    auto a = db.open(clock, 0, "replica-a");
    auto b = db.open(clock, 0, "replica-b");
    auto const id = a->add_reminder(alice, followup(t0))->id;
    clock.set(t0 + 1s);
    REQUIRE(a->claim_due(t0 + 1s, 10)->size() == 1);

    // B starts (or polls) while A is sending: A's claim is not B's to recover or take.
    CHECK(*b->recover_claims() == 0);
    CHECK(b->claim_due(t0 + 2s, 10)->empty());
    CHECK(b->get_reminder(alice, id)->state == ReminderState::claimed);

    // A dies. Once the lease (120 s) has run out, B's next claim takes the reminder over.
    CHECK(b->claim_due(t0 + 120s, 10)->empty());
    auto taken = b->claim_due(t0 + 122s, 10);
    REQUIRE(taken->size() == 1);
    CHECK((*taken)[0].id == id);
    CHECK((*taken)[0].claimed_at == t0 + 122s);
    CHECK(db.pg()->query("SELECT claimed_by FROM reminders").at(0) == "replica-b");
    REQUIRE(b->mark_delivered(id, "D1", "1.1", t0 + 123s));
    CHECK(a->get_reminder(alice, id)->state == ReminderState::delivered);
    CHECK(a->claim_due(t0 + 1h, 10)->empty());  // delivered once: nobody claims it again
}

TEST_CASE("three replicas claiming at once never get the same reminder", "[pg]") {
    TestDb db;
    TestClock clock;
    std::vector<std::unique_ptr<Store>> replicas;
    for (int i = 0; i < 3; ++i) replicas.push_back(db.open(clock, 0, "replica-" + std::to_string(i)));
    for (int i = 0; i < 300; ++i) REQUIRE(replicas[0]->add_reminder(alice, followup(t0 + std::chrono::seconds{i})));
    std::mutex m;
    std::multiset<Id> seen;
    std::vector<std::thread> pool;
    for (auto& store : replicas)
        pool.emplace_back([&, s = store.get()] {
            for (int k = 0; k < 40; ++k) {
                auto batch = s->claim_due(t0 + 1h, 5);
                REQUIRE(batch);
                std::lock_guard lock{m};
                for (auto const& r : *batch) seen.insert(r.id);
            }
        });
    for (auto& th : pool) th.join();
    CHECK(seen.size() == 300);
    CHECK(std::set<Id>(seen.begin(), seen.end()).size() == 300);
}

TEST_CASE("a Slack retry that lands on another replica is handled once", "[pg]") {
    TestDb db;
    TestClock clock;
    auto a = db.open(clock, 0, "replica-a");
    auto b = db.open(clock, 0, "replica-b");
    CHECK(*a->first_delivery("Ev42", t0) == true);
    CHECK(*b->first_delivery("Ev42", t0 + 3s) == false);
    CHECK(*b->first_delivery("Ev43", t0 + 3s) == true);
    CHECK(*a->first_delivery("Ev43", t0 + 4s) == false);
}

TEST_CASE("connections the server dropped are replaced without failing the next calls", "[pg]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    REQUIRE(store->add_commitment(alice, decision("before")));
    REQUIRE(store->count_commitments(alice));
    // What a database restart or failover does to every open connection.
    db.pg()->query(
        "SELECT count(pg_terminate_backend(pid, 5000)) FROM pg_stat_activity WHERE datname = current_database() "
        "AND pid <> pg_backend_pid()");
    auto const added = store->add_commitment(alice, decision("after"));  // a write: not retried blindly
    INFO((added ? std::string{} : added.error().message));
    REQUIRE(added);
    CHECK(*store->count_commitments(alice) == 2);
    CHECK(store->stats().errors == 0);
}

TEST_CASE("a call waits a bounded time for a free connection, then fails as busy", "[pg]") {
    TestDb db;
    TestClock clock;
    auto options = clock.pg_options();
    options.pool_size = 1;
    options.pool_wait = 200ms;
    options.statement_timeout = 10s;
    auto store = open_pg_store(db.pg()->uri(), options);
    REQUIRE(store);
    REQUIRE((*store)->add_commitment(alice, decision("x")));
    // Hold the commitments table so the one pooled connection sits in a statement for a while.
    std::thread locker([&] {
        db.pg()->query("BEGIN; LOCK TABLE commitments IN ACCESS EXCLUSIVE MODE; SELECT pg_sleep(1.5); COMMIT");
    });
    std::this_thread::sleep_for(300ms);
    std::thread slow([&] { (void)(*store)->count_commitments(alice); });  // takes the connection, waits on the lock
    std::this_thread::sleep_for(200ms);
    auto const started = std::chrono::steady_clock::now();
    auto const waited = (*store)->get_commitment(alice, 1);
    auto const took = std::chrono::steady_clock::now() - started;
    slow.join();
    locker.join();
    REQUIRE_FALSE(waited);
    CHECK(waited.error().kind == StorageErrorKind::busy);
    CHECK_THAT(waited.error().message, Catch::Contains("no database connection free"));
    CHECK(took < 1s);
    CHECK((*store)->stats().pool_in_use == 0);
    CHECK((*store)->get_commitment(alice, 1));
}
