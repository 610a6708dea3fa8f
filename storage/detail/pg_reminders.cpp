// The PostgreSQL Store: 1:1 follow-up reminders, the users' calls and the scheduler's. Several replicas
// claim from one table: FOR UPDATE SKIP LOCKED hands each due reminder to exactly one of them, and the lease
// (claimed_by, claimed_until) lets another replica take over the claims of one that died mid-send.

#include <algorithm>
#include <tuple>

#include "storage/detail/pg_store_impl.hpp"

namespace pushback::storage::detail {
namespace {

// SQL: constants only; their addresses name the prepared statements.

// The owner check and the insert in one statement: no row back means the commitment is not the owner's.
constexpr char const* sql_insert_reminder =
    "INSERT INTO reminders (team_id, user_id, created_at, with_whom, due_at, tz, summary, commitment_id, "
    "next_attempt_at, kind, enterprise_id) SELECT $1, $2, $3, $4, $5, $6, $7, $8::bigint, $5, $9, $10 WHERE $8::bigint "
    "IS NULL OR EXISTS "
    "(SELECT 1 FROM commitments WHERE id = $8::bigint AND team_id = $1 AND user_id = $2) "
    "RETURNING " PUSHBACK_REMINDER_COLUMNS;
constexpr char const* sql_get_reminder =
    "SELECT " PUSHBACK_REMINDER_COLUMNS " FROM reminders WHERE id = $1 AND team_id = $2 AND user_id = $3";
constexpr char const* sql_list_pending = "SELECT " PUSHBACK_REMINDER_COLUMNS
                                         " FROM reminders WHERE team_id = $1 AND user_id = $2 AND state <> 'done' "
                                         "ORDER BY due_at, id LIMIT $3";
constexpr char const* sql_complete =
    "UPDATE reminders SET state = 'done', claimed_by = NULL, claimed_until = NULL "
    "WHERE id = $1 AND team_id = $2 AND user_id = $3 RETURNING " PUSHBACK_REMINDER_COLUMNS;
constexpr char const* sql_snooze =
    "UPDATE reminders SET state = 'pending', due_at = $1, next_attempt_at = $1, attempts = 0, claimed_at = NULL, "
    "claimed_by = NULL, claimed_until = NULL WHERE id = $2 AND team_id = $3 AND user_id = $4 "
    "RETURNING " PUSHBACK_REMINDER_COLUMNS;
// Pending ones only, as on SQLite: claims whose lease runs out are found by claim_due, which the scheduler
// calls at least every poll interval.
constexpr char const* sql_next_due = "SELECT min(next_attempt_at) FROM reminders WHERE state = 'pending'";
// Pending and due, and claims whose lease ran out (their replica died): both are due now.
constexpr char const* sql_claim_due =
    "UPDATE reminders SET state = 'claimed', claimed_at = $1, claimed_by = $3, claimed_until = $4 "
    "WHERE id IN (SELECT id FROM reminders WHERE (state = 'pending' AND next_attempt_at <= $1) "
    "OR (state = 'claimed' AND claimed_until < $1) ORDER BY next_attempt_at, id LIMIT $2 FOR UPDATE SKIP LOCKED) "
    "RETURNING " PUSHBACK_REMINDER_COLUMNS;
constexpr char const* sql_mark_delivered =
    "UPDATE reminders SET state = CASE state WHEN 'claimed' THEN 'delivered' ELSE state END, "
    "delivered_at = $1, dm_channel = $2, dm_ts = $3, claimed_by = NULL, claimed_until = NULL WHERE id = $4";
constexpr char const* sql_retry_later =
    "UPDATE reminders SET state = 'pending', attempts = attempts + 1, next_attempt_at = $1, claimed_at = NULL, "
    "claimed_by = NULL, claimed_until = NULL WHERE id = $2 AND state = 'claimed'";
// This replica's own claims (a restart under the same id), and any whose lease has run out.
constexpr char const* sql_recover_claims =
    "UPDATE reminders SET state = 'pending', claimed_at = NULL, claimed_by = NULL, claimed_until = NULL "
    "WHERE state = 'claimed' AND (claimed_by = $1 OR claimed_until < $2)";

Reminder one_reminder(PgResult const& r) { return read_reminder(r.get(), 0); }

}  // namespace

// ---- reminders, for users ----

Result<Reminder> PgStore::add_reminder(Owner const& owner, NewReminder const& r) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_reminder(r)) return std::unexpected(*e);
    PgParams p;
    p.owner(owner).time(now()).text(r.with_whom).time(r.due_at).text(r.tz).text(r.summary);
    p.maybe(r.commitment_id, [](PgParams& q, Id id) -> PgParams& { return q.i64(id); });
    p.text(to_string(r.kind)).text(r.enterprise_id);
    return run(Retry::unsafe, [&](PgConnection& c) -> Result<Reminder> {
        auto res = c.exec(sql_insert_reminder, p);
        if (PQntuples(res.get()) != 1) return not_found("commitment", r.commitment_id.value_or(0));
        return one_reminder(res);
    });
}

Result<Reminder> PgStore::get_reminder(Owner const& owner, Id id) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    PgParams p;
    p.i64(id).owner(owner);
    return run(Retry::safe, [&](PgConnection& c) -> Result<Reminder> {
        auto r = c.exec(sql_get_reminder, p);
        if (PQntuples(r.get()) != 1) return not_found("reminder", id);
        return one_reminder(r);
    });
}

Result<std::vector<Reminder>> PgStore::list_pending(Owner const& owner, int limit) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    PgParams p;
    p.owner(owner).i64(clamp_limit(limit));
    return run(Retry::safe, [&](PgConnection& c) -> Result<std::vector<Reminder>> {
        return read_all<Reminder>(c.exec(sql_list_pending, p), read_reminder);
    });
}

Result<Reminder> PgStore::complete(Owner const& owner, Id id) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    PgParams p;
    p.i64(id).owner(owner);
    return run(Retry::safe, [&](PgConnection& c) -> Result<Reminder> {
        auto r = c.exec(sql_complete, p);
        if (PQntuples(r.get()) != 1) return not_found("reminder", id);
        return one_reminder(r);
    });
}

Result<Reminder> PgStore::snooze(Owner const& owner, Id id, Seconds new_due) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    PgParams p;
    p.time(new_due).i64(id).owner(owner);
    return run(Retry::safe, [&](PgConnection& c) -> Result<Reminder> {
        auto r = c.exec(sql_snooze, p);
        if (PQntuples(r.get()) != 1) return not_found("reminder", id);
        return one_reminder(r);
    });
}

// ---- reminders, for the scheduler ----

Result<std::optional<Seconds>> PgStore::next_due() {
    return run(Retry::safe, [&](PgConnection& c) -> Result<std::optional<Seconds>> {
        auto r = c.exec(sql_next_due);
        PgRow row{r.get(), 0};
        if (PQntuples(r.get()) != 1 || row.null(0)) return std::optional<Seconds>{};
        return std::optional<Seconds>{from_db(row.i64(0))};
    });
}

Result<std::vector<Reminder>> PgStore::claim_due(Seconds now, int limit) {
    PgParams p;
    p.time(now).i64(clamp_limit(limit)).text(options_.replica_id).time(now + options_.lease);
    // A claim whose answer was lost would stay claimed by us until recover_claims or the lease: not lost,
    // but not repeated blindly either.
    return run(Retry::unsafe, [&](PgConnection& c) -> Result<std::vector<Reminder>> {
        auto out = read_all<Reminder>(c.exec(sql_claim_due, p), read_reminder);
        // RETURNING gives no order guarantee.
        std::ranges::sort(out, {}, [](Reminder const& r) { return std::tuple{r.next_attempt_at, r.id}; });
        return out;
    });
}

Result<void> PgStore::mark_delivered(Id id, std::string_view dm_channel, std::string_view dm_ts, Seconds now) {
    if (auto e = check_text("dm channel", dm_channel)) return std::unexpected(*e);
    if (auto e = check_text("dm ts", dm_ts)) return std::unexpected(*e);
    PgParams p;
    p.time(now).text(dm_channel).text(dm_ts).i64(id);
    return run(Retry::safe, [&](PgConnection& c) -> Result<void> {
        if (PgConnection::affected(c.exec(sql_mark_delivered, p)) == 0) return not_found("reminder", id);
        return {};
    });
}

Result<bool> PgStore::retry_later(Id id, Seconds when) {
    PgParams p;
    p.time(when).i64(id);
    return run(Retry::unsafe, [&](PgConnection& c) -> Result<bool> {
        return PgConnection::affected(c.exec(sql_retry_later, p)) == 1;
    });
}

Result<std::int64_t> PgStore::recover_claims() {
    PgParams p;
    p.text(options_.replica_id).time(now());
    return run(Retry::safe, [&](PgConnection& c) -> Result<std::int64_t> {
        return PgConnection::affected(c.exec(sql_recover_claims, p));
    });
}

}  // namespace pushback::storage::detail
