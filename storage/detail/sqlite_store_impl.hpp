#pragma once
// The SQLite Store's private parts, shared by the files that implement it (storage/detail/sqlite_*.cpp):
// the class, SQLiteCpp's exceptions turned into StorageError, the input checks, the row mapping and the
// prepared-statement cache. Private to storage/, the only folder that includes a database client.

#include <SQLiteCpp/SQLiteCpp.h>

#include <algorithm>
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

#include "storage/sqlite_store.hpp"

namespace pushback::storage::detail {

inline std::unexpected<StorageError> fail(StorageErrorKind kind, std::string message) {
    return std::unexpected(StorageError{kind, std::move(message)});
}

StorageError from_sqlite(SQLite::Exception const& e);

inline std::int64_t to_db(Seconds t) { return t.time_since_epoch().count(); }
inline Seconds from_db(std::int64_t v) { return Seconds{std::chrono::seconds{v}}; }

// ---- input checks: the clear errors callers get instead of a constraint failure ----

std::optional<StorageError> check_owner(Owner const& owner);
std::optional<StorageError> check_text(std::string_view field, std::string_view value);
std::optional<StorageError> check_decision(std::string_view decision);
std::optional<StorageError> check_commitment(NewCommitment const& c);
std::optional<StorageError> check_scope(ChannelScope const& scope);

inline int clamp_limit(int limit) { return std::clamp(limit, 1, max_list_limit); }

// ---- row mapping: the column lists and the readers must stay in the same order ----

#define PUSHBACK_COMMITMENT_COLUMNS                                                                       \
    "commitments.id, commitments.team_id, commitments.user_id, commitments.created_at, "                  \
    "commitments.updated_at, commitments.decision, commitments.context, commitments.alternatives, "       \
    "commitments.trade_offs, commitments.decision_maker, commitments.concerns, commitments.status, "      \
    "commitments.source_link, commitments.share_state, commitments.share_channel, commitments.share_ts, " \
    "commitments.shared_at, commitments.revisit_at, commitments.outcome, commitments.outcome_at"

#define PUSHBACK_REMINDER_COLUMNS                                                                        \
    "id, team_id, user_id, created_at, with_whom, due_at, tz, summary, commitment_id, state, attempts, " \
    "next_attempt_at, claimed_at, delivered_at, dm_channel, dm_ts, kind"

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

    // ---- sharing ----
    Result<Commitment> record_share(Owner const& owner, Id id, std::string_view channel, std::string_view ts,
                                    Seconds now) override;
    Result<Commitment> withdraw_share(Owner const& owner, Id id) override;
    Result<Commitment> get_shared(ChannelScope const& scope, Id id) override;
    Result<std::vector<Commitment>> list_shared(ChannelScope const& scope, int limit) override;
    Result<std::vector<Commitment>> search_shared(ChannelScope const& scope, std::string_view words,
                                                  int limit) override;
    Result<std::vector<Commitment>> all_shared(ChannelScope const& scope) override;
    Result<void> note_channel(Owner const& owner, std::string_view channel, Seconds now) override;
    Result<std::vector<Commitment>> shared_in_my_channels(Owner const& owner, Seconds since, int limit) override;

    // ---- the revisit loop ----
    Result<Reminder> schedule_revisit(Owner const& owner, Id id, Seconds when, std::string_view tz) override;
    Result<Commitment> record_outcome(Owner const& owner, Id id, Outcome outcome, Seconds now) override;
    Result<TrackRecord> track_record(Owner const& owner, Seconds since) override;

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

    // ---- installations, OAuth state, purge (sqlite_installations.cpp) ----
    Result<void> save_installation(Installation const& installation, Seconds now) override;
    Result<std::optional<Installation>> find_installation(std::string_view enterprise_id, std::string_view team_id,
                                                          bool enterprise_install) override;
    Result<bool> delete_installation(std::string_view key) override;
    Result<bool> claim_token_refresh(std::string_view key, Seconds seen_expiry, Seconds now,
                                     Seconds lease_until) override;
    Result<void> finish_token_refresh(std::string_view key, std::string_view sealed_bot_token,
                                      std::string_view sealed_refresh_token, Seconds expires_at, Seconds now) override;
    Result<void> release_token_refresh(std::string_view key) override;
    Result<void> add_oauth_state(std::string_view nonce, Seconds expires_at) override;
    Result<bool> consume_oauth_state(std::string_view nonce, Seconds now) override;
    Result<void> schedule_purge(std::string_view team_id, Seconds purge_at) override;
    Result<std::int64_t> purge_due(Seconds now) override;

  private:
    static std::unexpected<StorageError> not_found(std::string_view what, Id id) {
        return fail(StorageErrorKind::not_found, std::string{what} + " " + std::to_string(id) + " not found");
    }

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
            return std::unexpected(from_sqlite(e));
        } catch (std::bad_alloc const&) {
            return fail(StorageErrorKind::internal, "out of memory");
        } catch (std::exception const& e) {
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
};

}  // namespace pushback::storage::detail
