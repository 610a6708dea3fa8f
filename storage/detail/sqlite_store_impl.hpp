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

    // ---- commitments ----
    Result<Commitment> add_commitment(Owner const& owner, NewCommitment const& entry) override;
    Result<Commitment> get_commitment(Owner const& owner, Id id) override;
    Result<Commitment> update_commitment(Owner const& owner, Id id, CommitmentPatch const& patch) override;
    Result<Commitment> set_commitment_status(Owner const& owner, Id id, CommitmentStatus status) override;
    Result<std::vector<Commitment>> list_commitments(Owner const& owner, int limit, int offset) override;
    Result<std::vector<Commitment>> all_commitments(Owner const& owner) override;
    Result<std::vector<Commitment>> search_commitments(Owner const& owner, std::string_view words, int limit) override;
    Result<std::int64_t> count_commitments(Owner const& owner, std::optional<CommitmentStatus> status) override;

    // ---- reminders, for users ----
    Result<Reminder> add_reminder(Owner const& owner, NewReminder const& r) override;
    Result<Reminder> get_reminder(Owner const& owner, Id id) override;
    Result<std::vector<Reminder>> list_pending(Owner const& owner, int limit) override;
    Result<Reminder> complete(Owner const& owner, Id id) override;
    Result<Reminder> snooze(Owner const& owner, Id id, Seconds new_due) override;

    // ---- reminders, for the scheduler ----
    Result<std::optional<Seconds>> next_due() override;
    Result<std::vector<Reminder>> claim_due(Seconds now, int limit) override;
    Result<void> mark_delivered(Id id, std::string_view dm_channel, std::string_view dm_ts, Seconds now) override;
    Result<bool> retry_later(Id id, Seconds when) override;
    Result<std::int64_t> recover_claims() override;

    // ---- processed events ----
    Result<bool> first_delivery(std::string_view event_id, Seconds now) override;

    // ---- user time zones ----
    Result<std::optional<UserTz>> user_tz(Owner const& owner) override;
    Result<void> set_user_tz(Owner const& owner, std::string_view tz, Seconds now) override;

    // ---- operability ----
    Result<void> ready() override;
    Result<ReminderCounts> reminder_counts(Seconds now, std::chrono::seconds late_after) override;
    StoreStats stats() const override;

  private:
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
