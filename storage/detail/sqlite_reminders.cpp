// The SQLite Store: 1:1 follow-up reminders, the users' calls and the scheduler's.

#include <algorithm>
#include <tuple>

#include "storage/detail/sqlite_store_impl.hpp"

namespace pushback::storage::detail {
namespace {

// SQL: constants only; their addresses key the prepared-statement cache.

constexpr char const* sql_owns_commitment = "SELECT 1 FROM commitments WHERE id = ? AND team_id = ? AND user_id = ?";
constexpr char const* sql_insert_reminder =
    "INSERT INTO reminders (team_id, user_id, created_at, with_whom, due_at, tz, summary, commitment_id, "
    "next_attempt_at, kind, enterprise_id) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?5,?9,?10) "
    "RETURNING " PUSHBACK_REMINDER_COLUMNS;
constexpr char const* sql_get_reminder =
    "SELECT " PUSHBACK_REMINDER_COLUMNS " FROM reminders WHERE id = ? AND team_id = ? AND user_id = ?";
constexpr char const* sql_list_pending = "SELECT " PUSHBACK_REMINDER_COLUMNS
                                         " FROM reminders WHERE team_id = ? AND user_id = ? AND state <> 'done' "
                                         "ORDER BY due_at, id LIMIT ?";
constexpr char const* sql_complete =
    "UPDATE reminders SET state = 'done' WHERE id = ? AND team_id = ? AND user_id = ? "
    "RETURNING " PUSHBACK_REMINDER_COLUMNS;
constexpr char const* sql_snooze =
    "UPDATE reminders SET state = 'pending', due_at = ?1, next_attempt_at = ?1, attempts = 0, claimed_at = NULL "
    "WHERE id = ?2 AND team_id = ?3 AND user_id = ?4 RETURNING " PUSHBACK_REMINDER_COLUMNS;
constexpr char const* sql_next_due = "SELECT min(next_attempt_at) FROM reminders WHERE state = 'pending'";
constexpr char const* sql_claim_due =
    "UPDATE reminders SET state = 'claimed', claimed_at = ?1 WHERE id IN ("
    "SELECT id FROM reminders WHERE state = 'pending' AND next_attempt_at <= ?1 "
    "ORDER BY next_attempt_at, id LIMIT ?2) RETURNING " PUSHBACK_REMINDER_COLUMNS;
constexpr char const* sql_mark_delivered =
    "UPDATE reminders SET state = CASE state WHEN 'claimed' THEN 'delivered' ELSE state END, "
    "delivered_at = ?, dm_channel = ?, dm_ts = ? WHERE id = ?";
constexpr char const* sql_retry_later =
    "UPDATE reminders SET state = 'pending', attempts = attempts + 1, next_attempt_at = ?, claimed_at = NULL "
    "WHERE id = ? AND state = 'claimed'";
constexpr char const* sql_recover_claims =
    "UPDATE reminders SET state = 'pending', claimed_at = NULL WHERE state = 'claimed'";

}  // namespace

// ---- reminders, for users ----

Result<Reminder> SqliteStore::add_reminder(Owner const& owner, NewReminder const& r) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_reminder(r)) return std::unexpected(*e);
    return run([&]() -> Result<Reminder> {
        SQLite::Transaction tx{*db_, SQLite::TransactionBehavior::IMMEDIATE};
        if (r.commitment_id) {
            Use own{stmt(sql_owns_commitment)};
            own->bind(1, *r.commitment_id);
            bind_owner(*own, 2, owner);
            if (!own->executeStep()) return not_found("commitment", *r.commitment_id);
        }
        Reminder out;
        {
            Use s{stmt(sql_insert_reminder)};
            bind_owner(*s, 1, owner);
            s->bind(3, to_db(options_.clock()));
            s->bind(4, r.with_whom);
            s->bind(5, to_db(r.due_at));
            s->bind(6, r.tz);
            s->bind(7, r.summary);
            if (r.commitment_id) s->bind(8, *r.commitment_id);
            s->bind(9, std::string{to_string(r.kind)});
            s->bind(10, r.enterprise_id);
            if (!s->executeStep()) return fail(StorageErrorKind::internal, "insert returned no row");
            out = read_reminder(*s);
        }
        tx.commit();
        return out;
    });
}

Result<Reminder> SqliteStore::get_reminder(Owner const& owner, Id id) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    return run([&]() -> Result<Reminder> {
        Use s{stmt(sql_get_reminder)};
        s->bind(1, id);
        bind_owner(*s, 2, owner);
        if (!s->executeStep()) return not_found("reminder", id);
        return read_reminder(*s);
    });
}

Result<std::vector<Reminder>> SqliteStore::list_pending(Owner const& owner, int limit) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    return run([&]() -> Result<std::vector<Reminder>> {
        Use s{stmt(sql_list_pending)};
        bind_owner(*s, 1, owner);
        s->bind(3, clamp_limit(limit));
        std::vector<Reminder> out;
        while (s->executeStep()) out.push_back(read_reminder(*s));
        return out;
    });
}

Result<Reminder> SqliteStore::complete(Owner const& owner, Id id) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    return run([&]() -> Result<Reminder> {
        Use s{stmt(sql_complete)};
        s->bind(1, id);
        bind_owner(*s, 2, owner);
        if (!s->executeStep()) return not_found("reminder", id);
        return read_reminder(*s);
    });
}

Result<Reminder> SqliteStore::snooze(Owner const& owner, Id id, Seconds new_due) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    return run([&]() -> Result<Reminder> {
        Use s{stmt(sql_snooze)};
        s->bind(1, to_db(new_due));
        s->bind(2, id);
        bind_owner(*s, 3, owner);
        if (!s->executeStep()) return not_found("reminder", id);
        return read_reminder(*s);
    });
}

// ---- reminders, for the scheduler ----

Result<std::optional<Seconds>> SqliteStore::next_due() {
    return run([&]() -> Result<std::optional<Seconds>> {
        Use s{stmt(sql_next_due)};
        s->executeStep();
        return optional_time(s->getColumn(0));
    });
}

Result<std::vector<Reminder>> SqliteStore::claim_due(Seconds now, int limit) {
    return run([&]() -> Result<std::vector<Reminder>> {
        Use s{stmt(sql_claim_due)};
        s->bind(1, to_db(now));
        s->bind(2, clamp_limit(limit));
        std::vector<Reminder> out;
        while (s->executeStep()) out.push_back(read_reminder(*s));
        // RETURNING gives no order guarantee.
        std::ranges::sort(out, [](Reminder const& a, Reminder const& b) {
            return std::tie(a.next_attempt_at, a.id) < std::tie(b.next_attempt_at, b.id);
        });
        return out;
    });
}

Result<void> SqliteStore::mark_delivered(Id id, std::string_view dm_channel, std::string_view dm_ts, Seconds now) {
    if (auto e = check_text("dm_channel", dm_channel)) return std::unexpected(*e);
    if (auto e = check_text("dm_ts", dm_ts)) return std::unexpected(*e);
    return run([&]() -> Result<void> {
        Use s{stmt(sql_mark_delivered)};
        s->bind(1, to_db(now));
        s->bind(2, std::string{dm_channel});
        s->bind(3, std::string{dm_ts});
        s->bind(4, id);
        if (s->exec() == 0) return not_found("reminder", id);
        return {};
    });
}

Result<bool> SqliteStore::retry_later(Id id, Seconds when) {
    return run([&]() -> Result<bool> {
        Use s{stmt(sql_retry_later)};
        s->bind(1, to_db(when));
        s->bind(2, id);
        return s->exec() == 1;
    });
}

Result<std::int64_t> SqliteStore::recover_claims() {
    return run([&]() -> Result<std::int64_t> {
        Use s{stmt(sql_recover_claims)};
        return static_cast<std::int64_t>(s->exec());
    });
}

}  // namespace pushback::storage::detail
