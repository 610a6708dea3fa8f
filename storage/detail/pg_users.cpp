// The PostgreSQL Store: processed Slack event ids, users' cached time zones, readiness.

#include "storage/detail/pg_store_impl.hpp"

namespace pushback::storage::detail {
namespace {

// SQL: constants only; their addresses name the prepared statements.

constexpr char const* sql_prune_events = "DELETE FROM processed_events WHERE seen_at < $1";
// A retry of an event that lands on another replica meets the first one's row here.
constexpr char const* sql_insert_event =
    "INSERT INTO processed_events (event_id, seen_at) VALUES ($1, $2) ON CONFLICT (event_id) DO NOTHING";

constexpr char const* sql_get_tz = "SELECT tz, fetched_at FROM user_tz WHERE team_id = $1 AND user_id = $2";
constexpr char const* sql_set_tz =
    "INSERT INTO user_tz (team_id, user_id, tz, fetched_at) VALUES ($1, $2, $3, $4) "
    "ON CONFLICT (team_id, user_id) DO UPDATE SET tz = excluded.tz, fetched_at = excluded.fetched_at";

// The partial indexes on pending and claimed reminders keep this off the delivered and done ones.
constexpr char const* sql_reminder_counts =
    "SELECT (SELECT count(*) FROM reminders WHERE state = 'pending'), "
    "(SELECT count(*) FROM reminders WHERE state = 'claimed'), "
    "(SELECT count(*) FROM reminders WHERE state = 'pending' AND next_attempt_at < $1)";

}  // namespace

// ---- processed events ----

Result<bool> PgStore::first_delivery(std::string_view event_id, Seconds now) {
    if (auto e = check_event_id(event_id)) return std::unexpected(*e);
    // Each replica prunes at most hourly.
    bool prune = false;
    {
        std::lock_guard lock{prune_mutex_};
        if (event_prune_due(last_prune_, now)) {
            last_prune_ = now;
            prune = true;
        }
    }
    if (prune) {
        PgParams p;
        p.time(now - event_id_retention);
        auto pruned = run(Retry::safe, [&](PgConnection& c) -> Result<void> {
            c.exec(sql_prune_events, p);
            return {};
        });
        if (!pruned) return std::unexpected(pruned.error());
    }
    PgParams p;
    p.text(event_id).time(now);
    // Not repeated when the answer was lost: a second try would say "seen" and the event would be dropped.
    return run(Retry::unsafe, [&](PgConnection& c) -> Result<bool> {
        return PgConnection::affected(c.exec(sql_insert_event, p)) == 1;
    });
}

// ---- user time zones ----

Result<std::optional<UserTz>> PgStore::user_tz(Owner const& owner) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    PgParams p;
    p.owner(owner);
    return run(Retry::safe, [&](PgConnection& c) -> Result<std::optional<UserTz>> {
        auto r = c.exec(sql_get_tz, p);
        if (PQntuples(r.get()) != 1) return std::optional<UserTz>{};
        PgRow row{r.get(), 0};
        return std::optional<UserTz>{UserTz{row.text(0), from_db(row.i64(1))}};
    });
}

Result<void> PgStore::set_user_tz(Owner const& owner, std::string_view tz, Seconds now) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_time_zone(tz)) return std::unexpected(*e);
    PgParams p;
    p.owner(owner).text(tz).time(now);
    return run(Retry::safe, [&](PgConnection& c) -> Result<void> {
        c.exec(sql_set_tz, p);
        return {};
    });
}

// ---- operability ----

Result<void> PgStore::ready() {
    return run(Retry::safe, [&](PgConnection& c) -> Result<void> {
        auto const version = pg_schema_version(c);
        if (version < latest_pg_schema_version())
            return fail(StorageErrorKind::internal,
                        "schema version " + std::to_string(version) + " is behind this build's " +
                            std::to_string(latest_pg_schema_version()) + " (run `pushback migrate`)");
        return {};
    });
}

Result<ReminderCounts> PgStore::reminder_counts(Seconds now, std::chrono::seconds late_after) {
    PgParams p;
    p.time(now - late_after);
    return run(Retry::safe, [&](PgConnection& c) -> Result<ReminderCounts> {
        auto r = c.exec(sql_reminder_counts, p);
        PgRow row{r.get(), 0};
        return ReminderCounts{row.i64(0), row.i64(1), row.i64(2)};
    });
}

}  // namespace pushback::storage::detail
