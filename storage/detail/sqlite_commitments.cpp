// The SQLite Store: the decision log (commitments, full-text search).

#include "storage/detail/fts_query.hpp"
#include "storage/detail/sqlite_store_impl.hpp"

namespace pushback::storage::detail {
namespace {

// SQL: constants only; their addresses key the prepared-statement cache.

constexpr char const* sql_insert_commitment =
    "INSERT INTO commitments (team_id, user_id, created_at, updated_at, decision, context, alternatives, "
    "trade_offs, decision_maker, concerns, status, source_link) VALUES (?,?,?,?,?,?,?,?,?,?,?,?) "
    "RETURNING " PUSHBACK_COMMITMENT_COLUMNS;
constexpr char const* sql_get_commitment =
    "SELECT " PUSHBACK_COMMITMENT_COLUMNS " FROM commitments WHERE id = ? AND team_id = ? AND user_id = ?";
// A NULL parameter keeps the column as it is.
constexpr char const* sql_update_commitment =
    "UPDATE commitments SET decision = coalesce(?1, decision), context = coalesce(?2, context), "
    "alternatives = coalesce(?3, alternatives), trade_offs = coalesce(?4, trade_offs), "
    "decision_maker = coalesce(?5, decision_maker), concerns = coalesce(?6, concerns), "
    "status = coalesce(?7, status), source_link = coalesce(?8, source_link), updated_at = ?9 "
    "WHERE id = ?10 AND team_id = ?11 AND user_id = ?12 RETURNING " PUSHBACK_COMMITMENT_COLUMNS;
constexpr char const* sql_list_commitments = "SELECT " PUSHBACK_COMMITMENT_COLUMNS
                                             " FROM commitments WHERE team_id = ? AND user_id = ? "
                                             "ORDER BY created_at DESC, id DESC LIMIT ? OFFSET ?";
constexpr char const* sql_all_commitments = "SELECT " PUSHBACK_COMMITMENT_COLUMNS
                                            " FROM commitments WHERE team_id = ? AND user_id = ? "
                                            "ORDER BY created_at, id";
// bm25 weights: the decision itself counts most, then context and concerns.
constexpr char const* sql_search_commitments =
    "SELECT " PUSHBACK_COMMITMENT_COLUMNS
    " FROM commitments_fts JOIN commitments "
    "ON commitments.id = commitments_fts.rowid "
    "WHERE commitments_fts MATCH ? AND commitments.team_id = ? AND commitments.user_id = ? "
    "ORDER BY bm25(commitments_fts, 10.0, 4.0, 3.0, 3.0, 2.0, 4.0), commitments.created_at DESC, "
    "commitments.id DESC LIMIT ?";
constexpr char const* sql_count_commitments =
    "SELECT count(*) FROM commitments WHERE team_id = ?1 AND user_id = ?2 AND (?3 IS NULL OR status = ?3)";

}  // namespace

// ---- commitments ----

Result<Commitment> SqliteStore::add_commitment(Owner const& owner, NewCommitment const& entry) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_commitment(entry)) return std::unexpected(*e);
    return run([&]() -> Result<Commitment> {
        Use s{stmt(sql_insert_commitment)};
        auto const now = to_db(options_.clock());
        bind_owner(*s, 1, owner);
        s->bind(3, now);
        s->bind(4, now);
        s->bind(5, entry.decision);
        s->bind(6, entry.context);
        s->bind(7, entry.alternatives);
        s->bind(8, entry.trade_offs);
        s->bind(9, entry.decision_maker);
        s->bind(10, entry.concerns);
        s->bind(11, std::string{to_string(entry.status)});
        s->bind(12, entry.source_link);
        if (!s->executeStep()) return fail(StorageErrorKind::internal, "insert returned no row");
        return read_commitment(*s);
    });
}

Result<Commitment> SqliteStore::get_commitment(Owner const& owner, Id id) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    return run([&]() -> Result<Commitment> {
        Use s{stmt(sql_get_commitment)};
        s->bind(1, id);
        bind_owner(*s, 2, owner);
        if (!s->executeStep()) return not_found("commitment", id);
        return read_commitment(*s);
    });
}

Result<Commitment> SqliteStore::update_commitment(Owner const& owner, Id id, CommitmentPatch const& patch) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (auto e = check_patch(patch)) return std::unexpected(*e);
    return run([&]() -> Result<Commitment> {
        Use s{stmt(sql_update_commitment)};
        int index = 1;
        for (auto const* field : {&patch.decision, &patch.context, &patch.alternatives, &patch.trade_offs,
                                  &patch.decision_maker, &patch.concerns}) {
            if (*field) s->bind(index, **field);
            ++index;
        }
        if (patch.status) s->bind(7, std::string{to_string(*patch.status)});
        if (patch.source_link) s->bind(8, *patch.source_link);
        s->bind(9, to_db(options_.clock()));
        s->bind(10, id);
        bind_owner(*s, 11, owner);
        if (!s->executeStep()) return not_found("commitment", id);
        return read_commitment(*s);
    });
}

Result<Commitment> SqliteStore::set_commitment_status(Owner const& owner, Id id, CommitmentStatus status) {
    CommitmentPatch patch;
    patch.status = status;
    return update_commitment(owner, id, patch);
}

Result<std::vector<Commitment>> SqliteStore::list_commitments(Owner const& owner, int limit, int offset) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    if (offset < 0) return fail(StorageErrorKind::invalid_argument, "offset must not be negative");
    return run([&]() -> Result<std::vector<Commitment>> {
        Use s{stmt(sql_list_commitments)};
        bind_owner(*s, 1, owner);
        s->bind(3, clamp_limit(limit));
        s->bind(4, offset);
        std::vector<Commitment> out;
        while (s->executeStep()) out.push_back(read_commitment(*s));
        return out;
    });
}

Result<std::vector<Commitment>> SqliteStore::all_commitments(Owner const& owner) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    return run([&]() -> Result<std::vector<Commitment>> {
        Use s{stmt(sql_all_commitments)};
        bind_owner(*s, 1, owner);
        std::vector<Commitment> out;
        while (s->executeStep()) out.push_back(read_commitment(*s));
        return out;
    });
}

Result<std::vector<Commitment>> SqliteStore::search_commitments(Owner const& owner, std::string_view words, int limit) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    auto const match = detail::fts_match_expression(words);
    if (match.empty()) return std::vector<Commitment>{};
    return run([&]() -> Result<std::vector<Commitment>> {
        Use s{stmt(sql_search_commitments)};
        s->bind(1, match);
        bind_owner(*s, 2, owner);
        s->bind(4, clamp_limit(limit));
        std::vector<Commitment> out;
        while (s->executeStep()) out.push_back(read_commitment(*s));
        return out;
    });
}

Result<std::int64_t> SqliteStore::count_commitments(Owner const& owner, std::optional<CommitmentStatus> status) {
    if (auto e = check_owner(owner)) return std::unexpected(*e);
    return run([&]() -> Result<std::int64_t> {
        Use s{stmt(sql_count_commitments)};
        bind_owner(*s, 1, owner);
        if (status) s->bind(3, std::string{to_string(*status)});
        s->executeStep();
        return s->getColumn(0).getInt64();
    });
}

}  // namespace pushback::storage::detail
