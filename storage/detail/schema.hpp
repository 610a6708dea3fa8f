#pragma once
// The numbered schema migrations (private to storage/), one list per backend. Migration N brings a database
// from version N-1 to N; each runs in its own transaction. Never edit a shipped migration: add the next
// number, to both lists when the change concerns both.

#include <span>

namespace pushback::storage::detail {

struct Migration {
    int version;
    char const* sql;  // constant SQL only, never built from input
};

std::span<Migration const> migrations();     // SQLite (PRAGMA user_version)
std::span<Migration const> pg_migrations();  // PostgreSQL (table schema_migrations), storage/detail/pg_schema.cpp

}  // namespace pushback::storage::detail
