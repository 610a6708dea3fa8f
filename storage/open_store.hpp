#pragma once
// Picks the Store for PUSHBACK_DB: a libpq URI (postgresql://...) opens the PostgreSQL Store, anything else
// is a SQLite file path (the default, var/pushback.sqlite3).

#include <expected>
#include <functional>
#include <memory>
#include <string>

#include "storage/postgres_store.hpp"
#include "storage/sqlite_store.hpp"

namespace pushback::storage {

struct StoreSpec {
    std::string db;  // PUSHBACK_DB
    PgOptions pg;    // used for a PostgreSQL URI only
    // Source of created_at/updated_at for either backend (the app's clock; tests inject theirs); unset = now.
    std::function<Seconds()> clock;
};

std::expected<std::unique_ptr<Store>, StorageError> open_store(StoreSpec const& spec);

}  // namespace pushback::storage
