// The SQLite Store: decisions on the record (a channel's shared log, the revisit loop, the track record).
// Every channel query is keyed by team and channel together; every change by the author (Owner).

#include "storage/detail/fts_query.hpp"
#include "storage/detail/sqlite_store_impl.hpp"

namespace pushback::storage::detail {
namespace {

// SQL: constants only; their addresses key the prepared-statement cache.

constexpr char const* sql_share_state =
    "SELECT share_state, share_channel FROM commitments "
    "WHERE id = ? AND team_id = ? AND user_id = ?";
constexpr char const* sql_record_share =
    "UPDATE commitments SET share_state = 'shared', share_channel = ?1, share_ts = ?2, shared_at = ?3, "
    "updated_at = ?3 WHERE id = ?4 AND team_id = ?5 AND user_id = ?6 RETURNING " PUSHBACK_COMMITMENT_COLUMNS;
constexpr char const* sql_withdraw_share =
    "UPDATE commitments SET share_state = 'withdrawn', updated_at = ?1 "
    "WHERE id = ?2 AND team_id = ?3 AND user_id = ?4 RETURNING " PUSHBACK_COMMITMENT_COLUMNS;
constexpr char const* sql_get_shared = "SELECT " PUSHBACK_COMMITMENT_COLUMNS
                                       " FROM commitments WHERE id = ? AND team_id = ? AND share_channel = ? "
                                       "AND share_state = 'shared'";
constexpr char const* sql_list_shared = "SELECT " PUSHBACK_COMMITMENT_COLUMNS
                                        " FROM commitments WHERE team_id = ? AND share_channel = ? "
                                        "AND share_state = 'shared' ORDER BY created_at DESC, id DESC LIMIT ?";
constexpr char const* sql_all_shared = "SELECT " PUSHBACK_COMMITMENT_COLUMNS
                                       " FROM commitments WHERE team_id = ? AND share_channel = ? "
                                       "AND share_state = 'shared' ORDER BY created_at, id";
constexpr char const* sql_search_shared =
    "SELECT " PUSHBACK_COMMITMENT_COLUMNS
    " FROM commitments_fts JOIN commitments ON commitments.id = commitments_fts.rowid "
    "WHERE commitments_fts MATCH ? AND commitments.team_id = ? AND commitments.share_channel = ? "
    "AND commitments.share_state = 'shared' "
    "ORDER BY bm25(commitments_fts, 10.0, 4.0, 3.0, 3.0, 2.0, 4.0), commitments.created_at DESC, "
    "commitments.id DESC LIMIT ?";
constexpr char const* sql_note_channel =
    "INSERT INTO channel_members (team_id, user_id, channel_id, seen_at) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (team_id, user_id, channel_id) DO UPDATE SET seen_at = max(seen_at, excluded.seen_at)";
constexpr char const* sql_shared_in_my_channels =
    "SELECT " PUSHBACK_COMMITMENT_COLUMNS
    " FROM channel_members m JOIN commitments ON commitments.team_id = m.team_id "
    "AND commitments.share_channel = m.channel_id AND commitments.share_state = 'shared' "
    "WHERE m.team_id = ?1 AND m.user_id = ?2 AND m.seen_at >= ?3 "
    "ORDER BY commitments.created_at DESC, commitments.id DESC LIMIT ?4";
constexpr char const* sql_set_revisit =
    "UPDATE commitments SET revisit_at = ?1, updated_at = ?2 WHERE id = ?3 AND team_id = ?4 AND user_id = ?5";
constexpr char const* sql_move_revisit =
    "UPDATE reminders SET state = 'pending', due_at = ?1, next_attempt_at = ?1, attempts = 0, claimed_at = NULL, "
    "tz = ?2, enterprise_id = ?4 WHERE id = (SELECT id FROM reminders WHERE commitment_id = ?3 AND kind = 'revisit' "
    "AND state <> 'done' ORDER BY id LIMIT 1) RETURNING " PUSHBACK_REMINDER_COLUMNS;
constexpr char const* sql_insert_revisit =
    "INSERT INTO reminders (team_id, user_id, created_at, with_whom, due_at, tz, summary, commitment_id, "
    "next_attempt_at, kind, enterprise_id) SELECT team_id, user_id, ?1, CASE decision_maker WHEN '' THEN "
    "'the decision maker' ELSE decision_maker END, ?2, ?3, '', id, ?2, 'revisit', ?7 FROM commitments "
    "WHERE id = ?4 AND team_id = ?5 AND user_id = ?6 RETURNING " PUSHBACK_REMINDER_COLUMNS;
constexpr char const* sql_record_outcome =
    "UPDATE commitments SET outcome = ?1, outcome_at = ?2, updated_at = ?2 "
    "WHERE id = ?3 AND team_id = ?4 AND user_id = ?5 RETURNING " PUSHBACK_COMMITMENT_COLUMNS;
constexpr char const* sql_close_revisits =
    "UPDATE reminders SET state = 'done' WHERE commitment_id = ? AND kind = 'revisit' AND state <> 'done'";
constexpr char const* sql_track_record =
    "SELECT coalesce(sum(outcome = 'came_true'), 0), coalesce(sum(outcome = 'held'), 0) FROM commitments "
    "WHERE team_id = ? AND user_id = ? AND outcome <> '' AND outcome_at >= ?";

void bind_scope(SQLite::Statement& s, int first, ChannelScope const& scope) {
    s.bind(first, scope.team_id);
    s.bind(first + 1, scope.channel_id);
}

// The owner's entry's share state and channel, or nullopt when the owner has no such entry.
std::optional<std::pair<std::string, std::string>> share_of(SQLite::Statement& query, Owner const& owner, Id id) {
    Use q{query};
    q->bind(1, id);
    bind_owner(*q, 2, owner);
    if (!q->executeStep()) return std::nullopt;
    return std::pair{q->getColumn(0).getString(), q->getColumn(1).getString()};
}

}  // namespace

// ---- sharing ----

Result<Commitment> SqliteStore::record_share(Owner const& owner, Id id, std::string_view channel, std::string_view ts,
                                             Seconds now) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_share(channel, ts)) return std::unexpected(*e);
    return run([&]() -> Result<Commitment> {
        SQLite::Transaction tx{*db_, SQLite::TransactionBehavior::IMMEDIATE};
        auto const share = share_of(stmt(sql_share_state), owner, id);
        if (!share) return not_found("commitment", id);
        if (auto e = check_can_share(share->first, share->second, channel)) return std::unexpected(*e);
        Commitment out;
        {
            Use s{stmt(sql_record_share)};
            s->bind(1, std::string{channel});
            s->bind(2, std::string{ts});
            s->bind(3, to_db(now));
            s->bind(4, id);
            bind_owner(*s, 5, owner);
            if (!s->executeStep()) return not_found("commitment", id);
            out = read_commitment(*s);
        }
        tx.commit();
        return out;
    });
}

Result<Commitment> SqliteStore::withdraw_share(Owner const& owner, Id id) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    return run([&]() -> Result<Commitment> {
        SQLite::Transaction tx{*db_, SQLite::TransactionBehavior::IMMEDIATE};
        auto const share = share_of(stmt(sql_share_state), owner, id);
        if (!share) return not_found("commitment", id);
        if (auto e = check_can_withdraw(share->first)) return std::unexpected(*e);
        Commitment out;
        {
            Use s{stmt(sql_withdraw_share)};
            s->bind(1, to_db(options_.clock()));
            s->bind(2, id);
            bind_owner(*s, 3, owner);
            if (!s->executeStep()) return not_found("commitment", id);
            out = read_commitment(*s);
        }
        tx.commit();
        return out;
    });
}

Result<Commitment> SqliteStore::get_shared(ChannelScope const& scope, Id id) {
    if (auto e = check_scope(scope)) return std::unexpected(*e);
    return run([&]() -> Result<Commitment> {
        Use s{stmt(sql_get_shared)};
        s->bind(1, id);
        bind_scope(*s, 2, scope);
        if (!s->executeStep()) return not_found("shared commitment", id);
        return read_commitment(*s);
    });
}

Result<std::vector<Commitment>> SqliteStore::list_shared(ChannelScope const& scope, int limit) {
    if (auto e = check_scope(scope)) return std::unexpected(*e);
    return run([&]() -> Result<std::vector<Commitment>> {
        return collect(sql_list_shared, [&](SQLite::Statement& s) {
            bind_scope(s, 1, scope);
            s.bind(3, clamp_limit(limit));
        });
    });
}

Result<std::vector<Commitment>> SqliteStore::search_shared(ChannelScope const& scope, std::string_view words,
                                                           int limit) {
    if (auto e = check_scope(scope)) return std::unexpected(*e);
    auto const match = fts_match_expression(words);
    if (match.empty()) return std::vector<Commitment>{};
    return run([&]() -> Result<std::vector<Commitment>> {
        return collect(sql_search_shared, [&](SQLite::Statement& s) {
            s.bind(1, match);
            bind_scope(s, 2, scope);
            s.bind(4, clamp_limit(limit));
        });
    });
}

Result<std::vector<Commitment>> SqliteStore::all_shared(ChannelScope const& scope) {
    if (auto e = check_scope(scope)) return std::unexpected(*e);
    return run([&]() -> Result<std::vector<Commitment>> {
        return collect(sql_all_shared, [&](SQLite::Statement& s) { bind_scope(s, 1, scope); });
    });
}

Result<void> SqliteStore::note_channel(Owner const& owner, std::string_view channel, Seconds now) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_channel(channel)) return std::unexpected(*e);
    return run([&]() -> Result<void> {
        Use s{stmt(sql_note_channel)};
        bind_owner(*s, 1, owner);
        s->bind(3, std::string{channel});
        s->bind(4, to_db(now));
        s->exec();
        return {};
    });
}

Result<std::vector<Commitment>> SqliteStore::shared_in_my_channels(Owner const& owner, Seconds since, int limit) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    return run([&]() -> Result<std::vector<Commitment>> {
        return collect(sql_shared_in_my_channels, [&](SQLite::Statement& s) {
            bind_owner(s, 1, owner);
            s.bind(3, to_db(since));
            s.bind(4, clamp_limit(limit));
        });
    });
}

// ---- the revisit loop ----

Result<Reminder> SqliteStore::schedule_revisit(Owner const& owner, Id id, Seconds when, std::string_view tz,
                                               std::string_view enterprise_id) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_time_zone(tz)) return std::unexpected(*e);
    if (auto e = check_enterprise_id(enterprise_id)) return std::unexpected(*e);
    return run([&]() -> Result<Reminder> {
        SQLite::Transaction tx{*db_, SQLite::TransactionBehavior::IMMEDIATE};
        auto const now = to_db(options_.clock());
        {
            Use s{stmt(sql_set_revisit)};
            s->bind(1, to_db(when));
            s->bind(2, now);
            s->bind(3, id);
            bind_owner(*s, 4, owner);
            if (s->exec() == 0) return not_found("commitment", id);
        }
        Reminder out;
        {
            Use s{stmt(sql_move_revisit)};
            s->bind(1, to_db(when));
            s->bind(2, std::string{tz});
            s->bind(3, id);
            s->bind(4, std::string{enterprise_id});
            if (s->executeStep()) out = read_reminder(*s);
        }
        if (out.id == 0) {
            Use s{stmt(sql_insert_revisit)};
            s->bind(1, now);
            s->bind(2, to_db(when));
            s->bind(3, std::string{tz});
            s->bind(4, id);
            bind_owner(*s, 5, owner);
            s->bind(7, std::string{enterprise_id});
            if (!s->executeStep()) return not_found("commitment", id);
            out = read_reminder(*s);
        }
        tx.commit();
        return out;
    });
}

Result<Commitment> SqliteStore::record_outcome(Owner const& owner, Id id, Outcome outcome, Seconds now) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_outcome(outcome)) return std::unexpected(*e);
    return run([&]() -> Result<Commitment> {
        SQLite::Transaction tx{*db_, SQLite::TransactionBehavior::IMMEDIATE};
        Commitment out;
        {
            Use s{stmt(sql_record_outcome)};
            s->bind(1, std::string{to_string(outcome)});
            s->bind(2, to_db(now));
            s->bind(3, id);
            bind_owner(*s, 4, owner);
            if (!s->executeStep()) return not_found("commitment", id);
            out = read_commitment(*s);
        }
        {
            Use s{stmt(sql_close_revisits)};
            s->bind(1, id);
            s->exec();
        }
        tx.commit();
        return out;
    });
}

Result<TrackRecord> SqliteStore::track_record(Owner const& owner, Seconds since) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    return run([&]() -> Result<TrackRecord> {
        Use s{stmt(sql_track_record)};
        bind_owner(*s, 1, owner);
        s->bind(3, to_db(since));
        s->executeStep();
        return TrackRecord{s->getColumn(0).getInt64(), s->getColumn(1).getInt64()};
    });
}

}  // namespace pushback::storage::detail
