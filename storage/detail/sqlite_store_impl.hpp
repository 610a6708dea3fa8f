#pragma once
// The SQLite Store's private parts, shared by the files that implement it (storage/detail/sqlite_*.cpp):
// the class, SQLiteCpp's exceptions turned into StorageError, the input checks, the row mapping and the
// prepared-statement cache. Private to storage/, the only folder that includes a database client.

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
#include <atomic>
#include <chrono>
#include <cstdint>
#include <memory>
#include <mutex>
#include <new>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "storage/detail/common.hpp"
#include "storage/sqlite_store.hpp"

namespace pushback::storage::detail {

StorageError from_sqlite(SQLite::Exception const& e);

Commitment read_commitment(SQLite::Statement const& s);
Reminder read_reminder(SQLite::Statement const& s);
Installation read_installation(SQLite::Statement const& s);
std::optional<Seconds> optional_time(SQLite::Column const& col);

// A cached statement in use: bindings cleared on the way in, reset on the way out (an un-reset SELECT
// would hold its WAL read snapshot and stall checkpoints).
class Use {
  public:
    explicit Use(SQLite::Statement& s) : s_{s} { s_.clearBindings(); }
    ~Use() { s_.tryReset(); }
    Use(Use const&) = delete;
    Use& operator=(Use const&) = delete;
    SQLite::Statement* operator->() { return &s_; }
    SQLite::Statement& operator*() { return s_; }

  private:
    SQLite::Statement& s_;
};

inline void bind_owner(SQLite::Statement& s, int first, Owner const& owner) {
    s.bind(first, owner.team_id);
    s.bind(first + 1, owner.user_id);
}

class SqliteStore final : public Store {
  public:
    SqliteStore(std::unique_ptr<SQLite::Database> db, SqliteOptions options)
        : db_{std::move(db)}, options_{std::move(options)} {}

    ~SqliteStore() override {
        cache_.clear();  // statements before the connection
    }

    PUSHBACK_STORE_OVERRIDES
    StoreStats stats() const override;

  private:
    // Runs a SELECT of commitments with the bindings `bind` sets, collecting every row.
    template <typename Bind>
    std::vector<Commitment> collect(char const* sql, Bind bind) {
        Use s{stmt(sql)};
        bind(*s);
        std::vector<Commitment> out;
        while (s->executeStep()) out.push_back(read_commitment(*s));
        return out;
    }

    // Every call: one lock around the one connection, SQLiteCpp's exceptions turned into StorageError.
    template <typename F>
    auto run(F&& body) -> decltype(body()) {
        std::lock_guard lock{mutex_};
        try {
            return body();
        } catch (SQLite::Exception const& e) {
            ++errors_;
            return std::unexpected(from_sqlite(e));
        } catch (std::bad_alloc const&) {
            ++errors_;
            return fail(StorageErrorKind::internal, "out of memory");
        } catch (std::exception const& e) {
            ++errors_;
            return fail(StorageErrorKind::internal, e.what());
        }
    }

    SQLite::Statement& stmt(char const* sql) {
        auto& slot = cache_[sql];
        if (!slot) slot = std::make_unique<SQLite::Statement>(*db_, sql);
        return *slot;
    }

    std::mutex mutex_;
    std::unique_ptr<SQLite::Database> db_;
    SqliteOptions options_;
    std::unordered_map<char const*, std::unique_ptr<SQLite::Statement>> cache_;
    std::optional<Seconds> last_prune_;
    std::atomic<std::uint64_t> errors_{0};
};

}  // namespace pushback::storage::detail
