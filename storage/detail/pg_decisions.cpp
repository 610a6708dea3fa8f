// The PostgreSQL Store: decisions on the record (a channel's shared log, the revisit loop, the track record),
// the twin of sqlite_decisions.cpp. Every channel query is keyed by team and channel together; every change
// by the author (Owner).

#include "storage/detail/fts_query.hpp"
#include "storage/detail/pg_store_impl.hpp"

namespace pushback::storage::detail {
namespace {

// SQL: constants only; their addresses name the prepared statements.

constexpr char const* sql_share_state =
    "SELECT share_state, share_channel FROM commitments WHERE id = $1 AND team_id = $2 AND user_id = $3 "
    "FOR UPDATE";
constexpr char const* sql_record_share =
    "UPDATE commitments SET share_state = 'shared', share_channel = $1, share_ts = $2, shared_at = $3, "
    "updated_at = $3 WHERE id = $4 AND team_id = $5 AND user_id = $6 RETURNING " PUSHBACK_COMMITMENT_COLUMNS;
constexpr char const* sql_withdraw_share =
    "UPDATE commitments SET share_state = 'withdrawn', updated_at = $1 "
    "WHERE id = $2 AND team_id = $3 AND user_id = $4 RETURNING " PUSHBACK_COMMITMENT_COLUMNS;
constexpr char const* sql_get_shared = "SELECT " PUSHBACK_COMMITMENT_COLUMNS
                                       " FROM commitments WHERE id = $1 AND team_id = $2 AND share_channel = $3 "
                                       "AND share_state = 'shared'";
constexpr char const* sql_list_shared = "SELECT " PUSHBACK_COMMITMENT_COLUMNS
                                        " FROM commitments WHERE team_id = $1 AND share_channel = $2 "
                                        "AND share_state = 'shared' ORDER BY created_at DESC, id DESC LIMIT $3";
constexpr char const* sql_all_shared = "SELECT " PUSHBACK_COMMITMENT_COLUMNS
                                       " FROM commitments WHERE team_id = $1 AND share_channel = $2 "
                                       "AND share_state = 'shared' ORDER BY created_at, id";
// The same ranking as search_commitments (pg_commitments.cpp), on the channel's shared entries.
constexpr char const* sql_search_shared =
    "SELECT " PUSHBACK_COMMITMENT_COLUMNS
    " FROM commitments, to_tsquery('pushback_search', $1) AS q "
    "WHERE commitments.search @@ q AND commitments.team_id = $2 AND commitments.share_channel = $3 "
    "AND commitments.share_state = 'shared' "
    "ORDER BY ts_rank('{0.2, 0.3, 0.4, 1.0}', commitments.search, q) DESC, commitments.created_at DESC, "
    "commitments.id DESC LIMIT $4";
constexpr char const* sql_note_channel =
    "INSERT INTO channel_members (team_id, user_id, channel_id, seen_at) VALUES ($1, $2, $3, $4) "
    "ON CONFLICT (team_id, user_id, channel_id) DO UPDATE "
    "SET seen_at = greatest(channel_members.seen_at, excluded.seen_at)";
constexpr char const* sql_shared_in_my_channels =
    "SELECT " PUSHBACK_COMMITMENT_COLUMNS
    " FROM channel_members m JOIN commitments ON commitments.team_id = m.team_id "
    "AND commitments.share_channel = m.channel_id AND commitments.share_state = 'shared' "
    "WHERE m.team_id = $1 AND m.user_id = $2 AND m.seen_at >= $3 "
    "ORDER BY commitments.created_at DESC, commitments.id DESC LIMIT $4";
constexpr char const* sql_set_revisit =
    "UPDATE commitments SET revisit_at = $1, updated_at = $2 WHERE id = $3 AND team_id = $4 AND user_id = $5";
constexpr char const* sql_move_revisit =
    "UPDATE reminders SET state = 'pending', due_at = $1, next_attempt_at = $1, attempts = 0, claimed_at = NULL, "
    "claimed_by = NULL, claimed_until = NULL, tz = $2, enterprise_id = $4 WHERE id = (SELECT id FROM reminders "
    "WHERE commitment_id = "
    "$3 AND kind = 'revisit' AND state <> 'done' ORDER BY id LIMIT 1) RETURNING " PUSHBACK_REMINDER_COLUMNS;
constexpr char const* sql_insert_revisit =
    "INSERT INTO reminders (team_id, user_id, created_at, with_whom, due_at, tz, summary, commitment_id, "
    "next_attempt_at, kind, enterprise_id) SELECT team_id, user_id, $1, CASE decision_maker WHEN '' THEN "
    "'the decision maker' ELSE decision_maker END, $2, $3, '', id, $2, 'revisit', $7 FROM commitments "
    "WHERE id = $4 AND team_id = $5 AND user_id = $6 RETURNING " PUSHBACK_REMINDER_COLUMNS;
constexpr char const* sql_record_outcome =
    "UPDATE commitments SET outcome = $1, outcome_at = $2, updated_at = $2 "
    "WHERE id = $3 AND team_id = $4 AND user_id = $5 RETURNING " PUSHBACK_COMMITMENT_COLUMNS;
constexpr char const* sql_close_revisits =
    "UPDATE reminders SET state = 'done' WHERE commitment_id = $1 AND kind = 'revisit' AND state <> 'done'";
constexpr char const* sql_track_record =
    "SELECT count(*) FILTER (WHERE outcome = 'came_true'), count(*) FILTER (WHERE outcome = 'held') "
    "FROM commitments WHERE team_id = $1 AND user_id = $2 AND outcome <> '' AND outcome_at >= $3";

// The owner's entry's share state and channel (row locked), or nullopt when the owner has no such entry.
std::optional<std::pair<std::string, std::string>> share_of(PgConnection& c, Owner const& owner, Id id) {
    PgParams p;
    p.i64(id).owner(owner);
    auto r = c.exec(sql_share_state, p);
    if (PQntuples(r.get()) != 1) return std::nullopt;
    PgRow const row{r.get(), 0};
    return std::pair{row.text(0), row.text(1)};
}

Commitment one_commitment(PgResult const& r) { return read_commitment(r.get(), 0); }

}  // namespace

// ---- sharing ----

Result<Commitment> PgStore::record_share(Owner const& owner, Id id, std::string_view channel, std::string_view ts,
                                         Seconds now) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_share(channel, ts)) return std::unexpected(*e);
    PgParams p;
    p.text(channel).text(ts).time(now).i64(id).owner(owner);
    // Sets values: running it again leaves the same row.
    return run(Retry::safe, [&](PgConnection& c) -> Result<Commitment> {
        return in_transaction(c, [&]() -> Result<Commitment> {
            auto const share = share_of(c, owner, id);
            if (!share) return not_found("commitment", id);
            if (auto e = check_can_share(share->first, share->second, channel)) return std::unexpected(*e);
            auto r = c.exec(sql_record_share, p);
            if (PQntuples(r.get()) != 1) return not_found("commitment", id);
            return one_commitment(r);
        });
    });
}

Result<Commitment> PgStore::withdraw_share(Owner const& owner, Id id) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    PgParams p;
    p.time(now()).i64(id).owner(owner);
    return run(Retry::safe, [&](PgConnection& c) -> Result<Commitment> {
        return in_transaction(c, [&]() -> Result<Commitment> {
            auto const share = share_of(c, owner, id);
            if (!share) return not_found("commitment", id);
            if (auto e = check_can_withdraw(share->first)) return std::unexpected(*e);
            auto r = c.exec(sql_withdraw_share, p);
            if (PQntuples(r.get()) != 1) return not_found("commitment", id);
            return one_commitment(r);
        });
    });
}

Result<Commitment> PgStore::get_shared(ChannelScope const& scope, Id id) {
    if (auto e = check_scope(scope)) return std::unexpected(*e);
    PgParams p;
    p.i64(id).text(scope.team_id).text(scope.channel_id);
    return run(Retry::safe, [&](PgConnection& c) -> Result<Commitment> {
        auto r = c.exec(sql_get_shared, p);
        if (PQntuples(r.get()) != 1) return not_found("shared commitment", id);
        return one_commitment(r);
    });
}

Result<std::vector<Commitment>> PgStore::list_shared(ChannelScope const& scope, int limit) {
    if (auto e = check_scope(scope)) return std::unexpected(*e);
    PgParams p;
    p.text(scope.team_id).text(scope.channel_id).i64(clamp_limit(limit));
    return run(Retry::safe, [&](PgConnection& c) -> Result<std::vector<Commitment>> {
        return read_all<Commitment>(c.exec(sql_list_shared, p), read_commitment);
    });
}

Result<std::vector<Commitment>> PgStore::search_shared(ChannelScope const& scope, std::string_view words, int limit) {
    if (auto e = check_scope(scope)) return std::unexpected(*e);
    auto const query = tsquery_expression(words);
    if (query.empty()) return std::vector<Commitment>{};
    PgParams p;
    p.text(query).text(scope.team_id).text(scope.channel_id).i64(clamp_limit(limit));
    return run(Retry::safe, [&](PgConnection& c) -> Result<std::vector<Commitment>> {
        return read_all<Commitment>(c.exec(sql_search_shared, p), read_commitment);
    });
}

Result<std::vector<Commitment>> PgStore::all_shared(ChannelScope const& scope) {
    if (auto e = check_scope(scope)) return std::unexpected(*e);
    PgParams p;
    p.text(scope.team_id).text(scope.channel_id);
    return run(Retry::safe, [&](PgConnection& c) -> Result<std::vector<Commitment>> {
        return read_all<Commitment>(c.exec(sql_all_shared, p), read_commitment);
    });
}

Result<void> PgStore::note_channel(Owner const& owner, std::string_view channel, Seconds now) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_channel(channel)) return std::unexpected(*e);
    PgParams p;
    p.owner(owner).text(channel).time(now);
    return run(Retry::safe, [&](PgConnection& c) -> Result<void> {
        c.exec(sql_note_channel, p);
        return {};
    });
}

Result<std::vector<Commitment>> PgStore::shared_in_my_channels(Owner const& owner, Seconds since, int limit) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    PgParams p;
    p.owner(owner).time(since).i64(clamp_limit(limit));
    return run(Retry::safe, [&](PgConnection& c) -> Result<std::vector<Commitment>> {
        return read_all<Commitment>(c.exec(sql_shared_in_my_channels, p), read_commitment);
    });
}

// ---- the revisit loop ----

Result<Reminder> PgStore::schedule_revisit(Owner const& owner, Id id, Seconds when, std::string_view tz,
                                           std::string_view enterprise_id) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_time_zone(tz)) return std::unexpected(*e);
    if (auto e = check_enterprise_id(enterprise_id)) return std::unexpected(*e);
    auto const stamp = now();
    PgParams set;
    set.time(when).time(stamp).i64(id).owner(owner);
    PgParams move;
    move.time(when).text(tz).i64(id).text(enterprise_id);
    PgParams insert;
    insert.time(stamp).time(when).text(tz).i64(id).owner(owner).text(enterprise_id);
    // One transaction; run again it moves the one revisit reminder it made (never a second one).
    return run(Retry::safe, [&](PgConnection& c) -> Result<Reminder> {
        return in_transaction(c, [&]() -> Result<Reminder> {
            if (PgConnection::affected(c.exec(sql_set_revisit, set)) == 0) return not_found("commitment", id);
            auto moved = c.exec(sql_move_revisit, move);
            if (PQntuples(moved.get()) == 1) return read_reminder(moved.get(), 0);
            auto r = c.exec(sql_insert_revisit, insert);
            if (PQntuples(r.get()) != 1) return not_found("commitment", id);
            return read_reminder(r.get(), 0);
        });
    });
}

Result<Commitment> PgStore::record_outcome(Owner const& owner, Id id, Outcome outcome, Seconds now) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_outcome(outcome)) return std::unexpected(*e);
    PgParams p;
    p.text(to_string(outcome)).time(now).i64(id).owner(owner);
    PgParams close;
    close.i64(id);
    return run(Retry::safe, [&](PgConnection& c) -> Result<Commitment> {
        return in_transaction(c, [&]() -> Result<Commitment> {
            auto r = c.exec(sql_record_outcome, p);
            if (PQntuples(r.get()) != 1) return not_found("commitment", id);
            auto out = one_commitment(r);
            c.exec(sql_close_revisits, close);
            return out;
        });
    });
}

Result<TrackRecord> PgStore::track_record(Owner const& owner, Seconds since) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    PgParams p;
    p.owner(owner).time(since);
    return run(Retry::safe, [&](PgConnection& c) -> Result<TrackRecord> {
        auto r = c.exec(sql_track_record, p);
        PgRow const row{r.get(), 0};
        return TrackRecord{row.i64(0), row.i64(1)};
    });
}

}  // namespace pushback::storage::detail
