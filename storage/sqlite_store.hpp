#pragma once
// The real Store: one SQLite file (WAL, synchronous=FULL, foreign keys, busy timeout), schema migrations
// tracked with PRAGMA user_version, one connection guarded by a mutex.

#include <chrono>
#include <expected>
#include <filesystem>
#include <functional>
#include <memory>

#include "storage/store.hpp"

namespace pushback::storage {

// The schema version this build writes (the number of migrations it knows).
int latest_schema_version();

struct SqliteOptions {
    std::chrono::milliseconds busy_timeout{5000};
    // Source of created_at/updated_at; tests inject a fixed clock.
    std::function<Seconds()> clock = [] {
        return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    };
    // Apply migrations only up to this version (0 = latest). For migration tests: a store opened at an
    // older version only supports the calls that version's tables allow.
    int migrate_to = 0;
    // true: synchronous=FULL, every commit fsyncs the WAL, so an acknowledged write survives kill -9 and
    // power loss. false (synchronous=NORMAL) survives kill -9 but may lose the last commits on power loss;
    // only for bulk loading in benchmarks and tools, never for the server.
    bool synchronous_full = true;
};

// Opens (creating the file and its parent directories if needed) and migrates. A database written by a
// newer version is refused with newer_schema and left byte-for-byte untouched.
std::expected<std::unique_ptr<Store>, StorageError> open_sqlite_store(std::filesystem::path const& path,
                                                                      SqliteOptions options = {});

}  // namespace pushback::storage
