#pragma once
// Picks the Store for PUSHBACK_DB: a libpq URI (postgresql://...) opens the PostgreSQL Store, anything else
// is a SQLite file path (the default, var/pushback.sqlite3).

#include <expected>
#include <memory>
#include <string>

#include "storage/postgres_store.hpp"
#include "storage/sqlite_store.hpp"

namespace pushback::storage {

struct StoreSpec {
    std::string db;  // PUSHBACK_DB
    PgOptions pg;    // used for a PostgreSQL URI only
};

std::expected<std::unique_ptr<Store>, StorageError> open_store(StoreSpec const& spec);

}  // namespace pushback::storage
