#pragma once
// The numbered schema migrations (private to storage/). Migration N brings a database from user_version
// N-1 to N; each runs in its own transaction. Never edit a shipped migration: add a new one.

#include <span>

namespace pushback::storage::detail {

struct Migration {
    int version;
    char const* sql;  // constant SQL only, never built from input
};

std::span<Migration const> migrations();

}  // namespace pushback::storage::detail
