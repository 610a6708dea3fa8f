#pragma once
// The shared Store for a fleet: PostgreSQL through libpq, for N stateless replicas behind a load balancer.
// A pool of connections (bounded wait), prepared statements with every value bound, transient errors
// (connection lost, serialization failure, failover) retried where that is safe, schema migrations under an
// advisory lock (several replicas starting at once: one migrates, the others wait), reminders claimed with
// FOR UPDATE SKIP LOCKED and a lease, so a replica that dies mid-send leaves a claim another one takes over.

#include <chrono>
#include <expected>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "storage/store.hpp"

namespace pushback::storage {

// The PostgreSQL schema version this build writes (the number of PostgreSQL migrations it knows).
int latest_pg_schema_version();

// True for a libpq connection URI ("postgresql://..." or "postgres://..."), which selects this backend.
bool is_pg_uri(std::string_view spec);

struct PgOptions {
    std::string password;                       // PUSHBACK_DB_PASSWORD[_FILE]; empty: the URI's or libpq's own
    int pool_size = 8;                          // connections at most (opened on demand)
    std::chrono::milliseconds pool_wait{2000};  // a call waits at most this for a free connection (then busy)
    std::chrono::seconds connect_timeout{5};
    std::chrono::milliseconds statement_timeout{15000};
    int max_attempts = 3;  // a transient failure is tried again this many times in all, where that is safe
    // Reminder claims: who this process is (claimed_by) and how long its claim holds (claimed_until) before
    // another replica may take the reminder over. Must exceed the longest send (Slack retries included).
    std::string replica_id;  // empty: host name and process id
    std::chrono::seconds lease{120};
    // Migrations: true applies missing ones at open (under the advisory lock); false only checks, and
    // ready() stays false until `pushback migrate` (a deploy pipeline's job) has brought the schema up.
    bool migrate = true;
    int migrate_to = 0;  // 0 = latest; for migration tests
    std::function<Seconds()> clock = [] {
        return std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    };
};

struct MigrationReport {
    int from = 0;              // the schema version found
    int to = 0;                // the version after
    std::vector<int> applied;  // by this call (empty when another replica had done it, or nothing was due)
};

// Applies the missing migrations under the advisory lock and says what it did. A database at a newer
// version than this build knows is refused with newer_schema and left untouched.
std::expected<MigrationReport, StorageError> migrate_pg(std::string const& uri, PgOptions const& options = {});

// Connects (the first connection checks the server), migrates unless options.migrate is false, and returns
// the Store. Refuses a newer schema with newer_schema.
std::expected<std::unique_ptr<Store>, StorageError> open_pg_store(std::string const& uri, PgOptions options = {});

}  // namespace pushback::storage
