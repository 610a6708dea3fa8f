#include <SQLiteCpp/SQLiteCpp.h>

#include <catch2/catch.hpp>

#include "support.hpp"

using namespace pushback::storage;
using namespace pushback::storage::test;
using namespace std::chrono_literals;

namespace {

Owner const alice{"T1", "U1"};

void write_bytes(std::filesystem::path const& p, std::string const& bytes) {
    std::ofstream out{p, std::ios::binary | std::ios::trunc};
    out << bytes;
}

}  // namespace

TEST_CASE("there are at least two migrations and a fresh file gets the latest", "[storage]") {
    TestDb db;
    CHECK(db.latest_version() >= 2);
    TestClock clock;
    { auto store = db.open(clock); }
    CHECK(db.schema_version() == db.latest_version());
    // Opening again applies nothing and keeps working.
    auto store = db.open(clock);
    CHECK(store->ready());
    CHECK(store->add_commitment(alice, decision("again")));
}

TEST_CASE("a database from every earlier version migrates with its data intact", "[storage]") {
    auto const from = GENERATE(
        range(1, backend_under_test() == Backend::sqlite ? latest_schema_version() : latest_pg_schema_version()));
    INFO("from version " << from);
    TestDb db;
    TestClock clock;
    Id c1 = 0;
    Id c2 = 0;
    Id r1 = 0;
    Id r2 = 0;
    {
        // What a build at that version wrote, in that version's columns (a store opened at an old version
        // reads and writes the current columns, so the rows are written with SQL, the same on both backends):
        // commitments and reminders exist from version 1.
        {
            auto old = db.open(clock, from);
            CHECK_FALSE(old->ready());  // /readyz says so until the migrations are done
        }
        auto const t0 = std::to_string(utc(2026, 2, 15, 10).time_since_epoch().count());
        auto const t1 = std::to_string(utc(2026, 2, 15, 10).time_since_epoch().count() + 60);
        c1 = db.insert_id(
            "INSERT INTO commitments (team_id, user_id, created_at, updated_at, decision, context, concerns, "
            "source_link) VALUES ('T1', 'U1', " +
            t0 + ", " + t0 +
            ", 'Use webhook notifications instead of polling', 'Partner rate limits', 'Retry storms', "
            "'https://acme.slack.com/archives/C1/p1') RETURNING id");
        c2 = db.insert_id(
            "INSERT INTO commitments (team_id, user_id, created_at, updated_at, decision, status) VALUES "
            "('T1', 'U1', " +
            t1 + ", " + t1 + ", 'Ship the MVP without SSO', 'revisit') RETURNING id");
        auto const due1 = std::to_string(utc(2026, 3, 2, 9).time_since_epoch().count());
        auto const due2 = std::to_string(utc(2026, 3, 1, 9).time_since_epoch().count());
        r1 = db.insert_id(
            "INSERT INTO reminders (team_id, user_id, created_at, with_whom, due_at, tz, summary, "
            "commitment_id, next_attempt_at) VALUES ('T1', 'U1', " +
            t0 + ", 'U_DANA', " + due1 + ", 'Europe/London', 'draft', " + std::to_string(c1) + ", " + due1 +
            ") RETURNING id");
        // r2 in flight at "shutdown" (on PostgreSQL, claimed by this test's replica).
        r2 = db.insert_id(
            "INSERT INTO reminders (team_id, user_id, created_at, with_whom, due_at, tz, summary, state, "
            "claimed_at, next_attempt_at) VALUES ('T1', 'U1', " +
            t0 + ", 'U_DANA', " + due2 + ", 'Europe/London', 'draft', 'claimed', " + due2 + ", " + due2 +
            ") RETURNING id");
        if (db.shared())
            (void)db.pg()->query("UPDATE reminders SET claimed_by = 'test-replica', claimed_until = " + due2 +
                                 " + 3600 WHERE id = " + std::to_string(r2) + " RETURNING id");
    }
    REQUIRE(db.schema_version() == from);

    auto store = db.open(clock);
    CHECK(store->ready());
    auto const e1 = store->get_commitment(alice, c1);
    REQUIRE(e1);
    CHECK(e1->decision == "Use webhook notifications instead of polling");
    CHECK(e1->concerns == "Retry storms");
    CHECK(e1->source_link == "https://acme.slack.com/archives/C1/p1");
    CHECK(store->get_commitment(alice, c2)->status == CommitmentStatus::revisit);
    CHECK(*store->count_commitments(alice) == 2);
    // Rows written before the search index existed are searchable after the migration.
    auto const found = store->search_commitments(alice, "polling", 10);
    REQUIRE(found->size() == 1);
    CHECK((*found)[0].id == c1);
    CHECK(store->search_commitments(alice, "retry", 10)->size() == 1);

    CHECK(store->get_reminder(alice, r1)->commitment_id == c1);
    CHECK(store->get_reminder(alice, r2)->state == ReminderState::claimed);
    CHECK(*store->recover_claims() == 1);
    CHECK(*store->next_due() == utc(2026, 3, 1, 9));
    CHECK(store->list_pending(alice)->size() == 2);

    // The tables added by later versions work.
    CHECK(*store->first_delivery("Ev1", utc(2026, 3, 1)));
    CHECK(store->set_user_tz(alice, "Europe/Paris", utc(2026, 3, 1)));
    auto const later = store->add_commitment(alice, decision("New entry after upgrade"));
    REQUIRE(later);
    CHECK(store->search_commitments(alice, "upgrade", 10)->size() == 1);
    // Rows from before decisions on the record: private, no revisit, 1:1 follow-up reminders.
    CHECK(e1->share_state == ShareState::none);
    CHECK_FALSE(e1->revisit_at);
    CHECK(store->get_reminder(alice, r1)->kind == ReminderKind::followup);
    // Reminders from before version 5 have no Enterprise Grid org: the scheduler still claims them (they go out
    // with the workspace's own installation, as before), and new ones keep the org they are given.
    CHECK(store->get_reminder(alice, r1)->enterprise_id.empty());
    auto const due = store->claim_due(utc(2026, 3, 2, 9), 10);
    REQUIRE(due->size() == 2);
    CHECK((*due)[0].id == r2);
    CHECK((*due)[1].id == r1);
    for (auto const& r : *due) CHECK(r.enterprise_id.empty());
    NewReminder in_org;
    in_org.with_whom = "U_DANA";
    in_org.due_at = utc(2026, 3, 3, 9);
    in_org.tz = "UTC";
    in_org.enterprise_id = "E0ORG";
    CHECK(store->add_reminder(alice, in_org)->enterprise_id == "E0ORG");
    REQUIRE(store->record_share(alice, c1, "C1", "1.2", utc(2026, 3, 1)));
    CHECK(store->search_shared({"T1", "C1"}, "polling", 10)->size() == 1);
    store.reset();
    CHECK(db.schema_version() == db.latest_version());
}

TEST_CASE("a database from a newer version is refused and left untouched", "[storage][sqlite]") {
    TempDir dir;
    TestClock clock;
    {
        auto store = open_or_fail(dir.db(), clock.options());
        REQUIRE(store->add_commitment(alice, decision("written by the future")));
    }
    // A clean close checkpoints the WAL into the file and removes it.
    REQUIRE_FALSE(std::filesystem::exists(dir.db().string() + "-wal"));
    // Pretend a newer Pushback wrote it: bump user_version in the header.
    auto bytes = read_bytes(dir.db());
    REQUIRE(bytes.size() >= 100);
    auto const newer = static_cast<std::uint32_t>(latest_schema_version() + 1);
    bytes[60] = static_cast<char>(newer >> 24);
    bytes[61] = static_cast<char>(newer >> 16);
    bytes[62] = static_cast<char>(newer >> 8);
    bytes[63] = static_cast<char>(newer);
    write_bytes(dir.db(), bytes);
    auto const before = std::filesystem::last_write_time(dir.db());

    auto refused = open_sqlite_store(dir.db(), clock.options());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == StorageErrorKind::newer_schema);
    CHECK_THAT(refused.error().message, Catch::Contains(std::to_string(latest_schema_version() + 1)));
    CHECK_THAT(refused.error().message, Catch::Contains("newer"));
    CHECK(read_bytes(dir.db()) == bytes);
    CHECK(std::filesystem::last_write_time(dir.db()) == before);
    CHECK_FALSE(std::filesystem::exists(dir.db().string() + "-wal"));
    CHECK_FALSE(std::filesystem::exists(dir.db().string() + "-shm"));
}

TEST_CASE("a file that is not a database is refused and left untouched", "[storage][sqlite]") {
    TempDir dir;
    TestClock clock;
    auto const path = dir.path() / "notes.txt";
    std::string const text(4096, 'x');
    write_bytes(path, text);
    auto refused = open_sqlite_store(path, clock.options());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == StorageErrorKind::not_a_database);
    CHECK(read_bytes(path) == text);

    auto dir_path = open_sqlite_store(dir.path(), clock.options());
    REQUIRE_FALSE(dir_path);
    CHECK(dir_path.error().kind == StorageErrorKind::io);
}
