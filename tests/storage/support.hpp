#pragma once
// Shared bits for the storage tests: a real temporary directory, a settable clock, UTC literals, and the
// backend under test. The same tests run on both Stores: ctest runs this binary once with
// PUSHBACK_TEST_BACKEND=sqlite ("storage: ...") and once with postgresql ("storage/pg: ...", label pg, on
// the throwaway cluster of scripts/pg-test-cluster). A test for one backend only is tagged [sqlite] or [pg].

#include <SQLiteCpp/SQLiteCpp.h>
#include <stdlib.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include "storage/postgres_store.hpp"
#include "storage/sqlite_store.hpp"
#include "support/pg_test_db.hpp"

namespace pushback::storage::test {

class TempDir {
  public:
    TempDir() {
        auto pattern = (std::filesystem::temp_directory_path() / "pushback-storage-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(TempDir const&) = delete;
    TempDir& operator=(TempDir const&) = delete;
    std::filesystem::path const& path() const { return path_; }
    std::filesystem::path db() const { return path_ / "var" / "pushback.sqlite3"; }

  private:
    std::filesystem::path path_;
};

// 2026-02-15T10:00:00Z style, from parts; std::chrono calendar types only.
inline Seconds utc(int y, unsigned m, unsigned d, int h = 0, int mi = 0, int s = 0) {
    using namespace std::chrono;
    return sys_days{year{y} / month{m} / day{d}} + hours{h} + minutes{mi} + seconds{s};
}

struct TestClock {
    std::atomic<std::int64_t> now{utc(2026, 2, 15, 10).time_since_epoch().count()};
    void set(Seconds t) { now = t.time_since_epoch().count(); }
    void advance(std::chrono::seconds d) { now += d.count(); }
    SqliteOptions options(int migrate_to = 0) {
        SqliteOptions o;
        o.clock = [this] { return Seconds{std::chrono::seconds{now.load()}}; };
        o.migrate_to = migrate_to;
        return o;
    }
    PgOptions pg_options(int migrate_to = 0, std::string replica = "test-replica") {
        PgOptions o;
        o.clock = [this] { return Seconds{std::chrono::seconds{now.load()}}; };
        o.migrate_to = migrate_to;
        o.replica_id = std::move(replica);
        o.pool_size = 4;
        return o;
    }
};

enum class Backend { sqlite, postgresql };

inline Backend backend_under_test() {
    char const* v = std::getenv("PUSHBACK_TEST_BACKEND");
    return v && std::string_view{v} == "postgresql" ? Backend::postgresql : Backend::sqlite;
}

// One empty database for a test, on the backend under test: a SQLite file in a temporary directory, or a
// database of its own on the test cluster. open() may be called again: the same database, reopened (a
// restart, another process, another replica).
class TestDb {
  public:
    TestDb() {
        if (backend_ == Backend::postgresql) pg_ = std::make_unique<pushback::test::PgTestDb>();
    }
    Backend backend() const { return backend_; }
    bool shared() const { return backend_ == Backend::postgresql; }  // several processes, one database

    std::expected<std::unique_ptr<Store>, StorageError> try_open(TestClock& clock, int migrate_to = 0,
                                                                 std::string replica = "test-replica") {
        if (pg_) return open_pg_store(pg_->uri(), clock.pg_options(migrate_to, std::move(replica)));
        return open_sqlite_store(dir_.db(), clock.options(migrate_to));
    }
    std::unique_ptr<Store> open(TestClock& clock, int migrate_to = 0, std::string replica = "test-replica") {
        auto store = try_open(clock, migrate_to, std::move(replica));
        if (!store) throw std::runtime_error("open failed: " + store.error().message);
        return std::move(*store);
    }
    int latest_version() const {
        return backend_ == Backend::postgresql ? latest_pg_schema_version() : latest_schema_version();
    }
    // The schema version the database is at (SQLite: the header's user_version).
    int schema_version() const;
    // Runs an INSERT ... RETURNING id with SQL, for rows an older schema version wrote.
    pushback::storage::Id insert_id(std::string const& sql) const;
    pushback::test::PgTestDb const* pg() const { return pg_.get(); }
    TempDir const& dir() const { return dir_; }

  private:
    Backend backend_ = backend_under_test();
    TempDir dir_;
    std::unique_ptr<pushback::test::PgTestDb> pg_;
};

inline std::string read_bytes(std::filesystem::path const& p) {
    std::ifstream in{p, std::ios::binary};
    return {std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}

// user_version from the header (bytes 60..63, big-endian).
inline int header_user_version(std::filesystem::path const& p) {
    auto const bytes = read_bytes(p);
    if (bytes.size() < 100) return -1;
    auto b = [&](int i) {
        return static_cast<unsigned>(static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]));
    };
    return static_cast<int>((b(60) << 24) | (b(61) << 16) | (b(62) << 8) | b(63));
}

inline int TestDb::schema_version() const {
    if (pg_) return std::stoi(pg_->query("SELECT coalesce(max(version), 0) FROM schema_migrations").at(0));
    return header_user_version(dir_.db());
}

inline pushback::storage::Id TestDb::insert_id(std::string const& sql) const {
    if (pg_) return std::stoll(pg_->query(sql).at(0));
    SQLite::Database db{dir_.db().string(), SQLite::OPEN_READWRITE};
    SQLite::Statement s{db, sql};
    if (!s.executeStep()) throw std::runtime_error("no id returned");
    return s.getColumn(0).getInt64();
}

inline std::unique_ptr<Store> open_or_fail(std::filesystem::path const& p, SqliteOptions options) {
    auto store = open_sqlite_store(p, std::move(options));
    if (!store) throw std::runtime_error("open failed: " + store.error().message);
    return std::move(*store);
}

inline NewCommitment decision(std::string text) {
    NewCommitment c;
    c.decision = std::move(text);
    return c;
}

}  // namespace pushback::storage::test
