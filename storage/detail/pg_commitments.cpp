// The PostgreSQL Store: the decision log (commitments, full-text search).

#include "storage/detail/fts_query.hpp"
#include "storage/detail/pg_store_impl.hpp"

namespace pushback::storage::detail {
namespace {

// SQL: constants only; their addresses name the prepared statements.

constexpr char const* sql_insert_commitment =
    "INSERT INTO commitments (team_id, user_id, created_at, updated_at, decision, context, alternatives, "
    "trade_offs, decision_maker, concerns, status, source_link) VALUES ($1,$2,$3,$3,$4,$5,$6,$7,$8,$9,$10,$11) "
    "RETURNING " PUSHBACK_COMMITMENT_COLUMNS;
constexpr char const* sql_get_commitment =
    "SELECT " PUSHBACK_COMMITMENT_COLUMNS " FROM commitments WHERE id = $1 AND team_id = $2 AND user_id = $3";
// A NULL parameter keeps the column as it is.
constexpr char const* sql_update_commitment =
    "UPDATE commitments SET decision = coalesce($1, decision), context = coalesce($2, context), "
    "alternatives = coalesce($3, alternatives), trade_offs = coalesce($4, trade_offs), "
    "decision_maker = coalesce($5, decision_maker), concerns = coalesce($6, concerns), "
    "status = coalesce($7, status), source_link = coalesce($8, source_link), updated_at = $9 "
    "WHERE id = $10 AND team_id = $11 AND user_id = $12 RETURNING " PUSHBACK_COMMITMENT_COLUMNS;
constexpr char const* sql_list_commitments = "SELECT " PUSHBACK_COMMITMENT_COLUMNS
                                             " FROM commitments WHERE team_id = $1 AND user_id = $2 "
                                             "ORDER BY created_at DESC, id DESC LIMIT $3 OFFSET $4";
constexpr char const* sql_all_commitments = "SELECT " PUSHBACK_COMMITMENT_COLUMNS
                                            " FROM commitments WHERE team_id = $1 AND user_id = $2 "
                                            "ORDER BY created_at, id";
// ts_rank's weights for D, C, B, A: the decision itself counts most, then context and concerns (as the bm25
// weights of the SQLite search do).
constexpr char const* sql_search_commitments =
    "SELECT " PUSHBACK_COMMITMENT_COLUMNS
    " FROM commitments, to_tsquery('pushback_search', $1) AS q "
    "WHERE commitments.search @@ q AND commitments.team_id = $2 AND commitments.user_id = $3 "
    "ORDER BY ts_rank('{0.2, 0.3, 0.4, 1.0}', commitments.search, q) DESC, commitments.created_at DESC, "
    "commitments.id DESC LIMIT $4";
constexpr char const* sql_count_commitments =
    "SELECT count(*) FROM commitments WHERE team_id = $1 AND user_id = $2 AND ($3::text IS NULL OR status = $3)";

Commitment one_commitment(PgResult const& r) { return read_commitment(r.get(), 0); }

}  // namespace

// ---- commitments ----

Result<Commitment> PgStore::add_commitment(Owner const& owner, NewCommitment const& entry) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_commitment(entry)) return std::unexpected(*e);
    PgParams p;
    p.owner(owner).time(now()).text(entry.decision).text(entry.context).text(entry.alternatives);
    p.text(entry.trade_offs).text(entry.decision_maker).text(entry.concerns).text(to_string(entry.status));
    p.text(entry.source_link);
    return run(Retry::unsafe, [&](PgConnection& c) -> Result<Commitment> {
        auto r = c.exec(sql_insert_commitment, p);
        if (PQntuples(r.get()) != 1) return fail(StorageErrorKind::internal, "insert returned no row");
        return one_commitment(r);
    });
}

Result<Commitment> PgStore::get_commitment(Owner const& owner, Id id) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    PgParams p;
    p.i64(id).owner(owner);
    return run(Retry::safe, [&](PgConnection& c) -> Result<Commitment> {
        auto r = c.exec(sql_get_commitment, p);
        if (PQntuples(r.get()) != 1) return not_found("commitment", id);
        return one_commitment(r);
    });
}

Result<Commitment> PgStore::update_commitment(Owner const& owner, Id id, CommitmentPatch const& patch) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_patch(patch)) return std::unexpected(*e);
    PgParams p;
    for (auto const* field : {&patch.decision, &patch.context, &patch.alternatives, &patch.trade_offs,
                              &patch.decision_maker, &patch.concerns})
        p.maybe(*field, [](PgParams& q, std::string const& v) -> PgParams& { return q.text(v); });
    p.maybe(patch.status, [](PgParams& q, CommitmentStatus s) -> PgParams& { return q.text(to_string(s)); });
    p.maybe(patch.source_link, [](PgParams& q, std::string const& v) -> PgParams& { return q.text(v); });
    p.time(now()).i64(id).owner(owner);
    // Setting fields to given values: running it twice leaves the same row.
    return run(Retry::safe, [&](PgConnection& c) -> Result<Commitment> {
        auto r = c.exec(sql_update_commitment, p);
        if (PQntuples(r.get()) != 1) return not_found("commitment", id);
        return one_commitment(r);
    });
}

Result<Commitment> PgStore::set_commitment_status(Owner const& owner, Id id, CommitmentStatus status) {
    CommitmentPatch patch;
    patch.status = status;
    return update_commitment(owner, id, patch);
}

Result<std::vector<Commitment>> PgStore::list_commitments(Owner const& owner, int limit, int offset) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (offset < 0) return fail(StorageErrorKind::invalid_argument, "offset must not be negative");
    PgParams p;
    p.owner(owner).i64(clamp_limit(limit)).i64(offset);
    return run(Retry::safe, [&](PgConnection& c) -> Result<std::vector<Commitment>> {
        return read_all<Commitment>(c.exec(sql_list_commitments, p), read_commitment);
    });
}

Result<std::vector<Commitment>> PgStore::all_commitments(Owner const& owner) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    PgParams p;
    p.owner(owner);
    return run(Retry::safe, [&](PgConnection& c) -> Result<std::vector<Commitment>> {
        return read_all<Commitment>(c.exec(sql_all_commitments, p), read_commitment);
    });
}

Result<std::vector<Commitment>> PgStore::search_commitments(Owner const& owner, std::string_view words, int limit) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    auto const query = tsquery_expression(words);
    if (query.empty()) return std::vector<Commitment>{};
    PgParams p;
    p.text(query).owner(owner).i64(clamp_limit(limit));
    return run(Retry::safe, [&](PgConnection& c) -> Result<std::vector<Commitment>> {
        return read_all<Commitment>(c.exec(sql_search_commitments, p), read_commitment);
    });
}

Result<std::int64_t> PgStore::count_commitments(Owner const& owner, std::optional<CommitmentStatus> status) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    PgParams p;
    p.owner(owner).maybe(status, [](PgParams& q, CommitmentStatus s) -> PgParams& { return q.text(to_string(s)); });
    return run(Retry::safe, [&](PgConnection& c) -> Result<std::int64_t> {
        auto r = c.exec(sql_count_commitments, p);
        return PgRow{r.get(), 0}.i64(0);
    });
}

}  // namespace pushback::storage::detail
