// The SQLite Store: processed Slack event ids and users' cached time zones.

#include "storage/detail/sqlite_store_impl.hpp"

namespace pushback::storage::detail {
namespace {

// SQL: constants only; their addresses key the prepared-statement cache.

constexpr char const* sql_prune_events = "DELETE FROM processed_events WHERE seen_at < ?";
constexpr char const* sql_insert_event = "INSERT OR IGNORE INTO processed_events (event_id, seen_at) VALUES (?, ?)";

constexpr char const* sql_get_tz = "SELECT tz, fetched_at FROM user_tz WHERE team_id = ? AND user_id = ?";
constexpr char const* sql_set_tz =
    "INSERT INTO user_tz (team_id, user_id, tz, fetched_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (team_id, user_id) DO UPDATE SET tz = excluded.tz, fetched_at = excluded.fetched_at";

// The partial indexes on pending and claimed reminders keep this off the delivered and done ones.
constexpr char const* sql_reminder_counts =
    "SELECT (SELECT count(*) FROM reminders WHERE state = 'pending'), "
    "(SELECT count(*) FROM reminders WHERE state = 'claimed'), "
    "(SELECT count(*) FROM reminders WHERE state = 'pending' AND next_attempt_at < ?1)";

}  // namespace

// ---- processed events ----

Result<bool> SqliteStore::first_delivery(std::string_view event_id, Seconds now) {
    if (auto e = check_event_id(event_id)) return std::unexpected(*e);
    return run([&]() -> Result<bool> {
        if (event_prune_due(last_prune_, now)) {
            Use prune{stmt(sql_prune_events)};
            prune->bind(1, to_db(now - event_id_retention));
            prune->exec();
            last_prune_ = now;
        }
        Use s{stmt(sql_insert_event)};
        s->bind(1, std::string{event_id});
        s->bind(2, to_db(now));
        return s->exec() == 1;
    });
}

// ---- user time zones ----

Result<std::optional<UserTz>> SqliteStore::user_tz(Owner const& owner) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    return run([&]() -> Result<std::optional<UserTz>> {
        Use s{stmt(sql_get_tz)};
        bind_owner(*s, 1, owner);
        if (!s->executeStep()) return std::optional<UserTz>{};
        return std::optional<UserTz>{UserTz{s->getColumn(0).getString(), from_db(s->getColumn(1).getInt64())}};
    });
}

Result<void> SqliteStore::set_user_tz(Owner const& owner, std::string_view tz, Seconds now) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_time_zone(tz)) return std::unexpected(*e);
    return run([&]() -> Result<void> {
        Use s{stmt(sql_set_tz)};
        bind_owner(*s, 1, owner);
        s->bind(3, std::string{tz});
        s->bind(4, to_db(now));
        s->exec();
        return {};
    });
}

// ---- operability ----

Result<void> SqliteStore::ready() {
    return run([&]() -> Result<void> {
        auto const version = db_->execAndGet("PRAGMA user_version").getInt();
        if (version < latest_schema_version())
            return fail(StorageErrorKind::internal, "schema version " + std::to_string(version) + " is behind");
        return {};
    });
}

Result<ReminderCounts> SqliteStore::reminder_counts(Seconds now, std::chrono::seconds late_after) {
    return run([&]() -> Result<ReminderCounts> {
        Use s{stmt(sql_reminder_counts)};
        s->bind(1, to_db(now - late_after));
        s->executeStep();
        return ReminderCounts{s->getColumn(0).getInt64(), s->getColumn(1).getInt64(), s->getColumn(2).getInt64()};
    });
}

StoreStats SqliteStore::stats() const { return StoreStats{errors_.load(), 1, 0}; }

}  // namespace pushback::storage::detail
