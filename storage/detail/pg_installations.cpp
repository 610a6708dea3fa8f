// The PostgreSQL Store: OAuth v2 installations (sealed tokens, refresh leases), single-use install states, and
// the purges that uninstalls schedule (the port of sqlite_installations.cpp; the same checks, in common.cpp).

#include "storage/detail/pg_store_impl.hpp"

namespace pushback::storage::detail {
namespace {

// SQL: constants only; their addresses name the prepared statements.

#define PUSHBACK_PG_INSTALLATION_COLUMNS                                                                          \
    "enterprise_id, team_id, enterprise_install, team_name, app_id, bot_user_id, bot_scopes, installer_user_id, " \
    "bot_token, refresh_token, bot_token_expires_at, installed_at, updated_at"

// The save and the cancelled purge in one statement (one transaction).
constexpr char const* sql_save_installation =
    "WITH saved AS (INSERT INTO installations (install_key, " PUSHBACK_PG_INSTALLATION_COLUMNS
    ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::bigint, $13, $13) "
    "ON CONFLICT (install_key) DO UPDATE SET enterprise_id = excluded.enterprise_id, team_id = excluded.team_id, "
    "enterprise_install = excluded.enterprise_install, team_name = excluded.team_name, app_id = excluded.app_id, "
    "bot_user_id = excluded.bot_user_id, bot_scopes = excluded.bot_scopes, "
    "installer_user_id = excluded.installer_user_id, bot_token = excluded.bot_token, "
    "refresh_token = excluded.refresh_token, bot_token_expires_at = excluded.bot_token_expires_at, "
    "refresh_lease_until = NULL, updated_at = excluded.updated_at RETURNING 1) "
    "DELETE FROM team_purges WHERE $3 <> '' AND team_id = $3";
constexpr char const* sql_find_team =
    "SELECT " PUSHBACK_PG_INSTALLATION_COLUMNS " FROM installations WHERE install_key = $1 AND enterprise_install = 0";
constexpr char const* sql_find_org =
    "SELECT " PUSHBACK_PG_INSTALLATION_COLUMNS " FROM installations WHERE install_key = $1 AND enterprise_install = 1";
constexpr char const* sql_delete_installation = "DELETE FROM installations WHERE install_key = $1";
// A row lock arbitrates between replicas: one UPDATE wins, the others see the lease and change nothing.
constexpr char const* sql_claim_refresh =
    "UPDATE installations SET refresh_lease_until = $1 WHERE install_key = $2 AND bot_token_expires_at = $3 "
    "AND refresh_token <> '' AND (refresh_lease_until IS NULL OR refresh_lease_until <= $4)";
constexpr char const* sql_finish_refresh =
    "UPDATE installations SET bot_token = $1, refresh_token = $2, bot_token_expires_at = $3, "
    "refresh_lease_until = NULL, updated_at = $4 WHERE install_key = $5";
constexpr char const* sql_release_refresh =
    "UPDATE installations SET refresh_lease_until = NULL WHERE install_key = $1";

constexpr char const* sql_add_state = "INSERT INTO oauth_states (nonce, expires_at) VALUES ($1, $2)";
constexpr char const* sql_prune_states = "DELETE FROM oauth_states WHERE expires_at <= $1";
constexpr char const* sql_consume_state = "DELETE FROM oauth_states WHERE nonce = $1 AND expires_at > $2";

constexpr char const* sql_schedule_purge =
    "INSERT INTO team_purges (team_id, purge_at) VALUES ($1, $2) "
    "ON CONFLICT (team_id) DO UPDATE SET purge_at = least(team_purges.purge_at, excluded.purge_at)";
constexpr char const* sql_due_purges = "SELECT team_id FROM team_purges WHERE purge_at <= $1";
// Reminders first: they point at commitments. The search index follows the rows (a generated column).
constexpr char const* sql_purge_reminders = "DELETE FROM reminders WHERE team_id = $1";
constexpr char const* sql_purge_commitments = "DELETE FROM commitments WHERE team_id = $1";
constexpr char const* sql_purge_tz = "DELETE FROM user_tz WHERE team_id = $1";
constexpr char const* sql_purge_channels = "DELETE FROM channel_members WHERE team_id = $1";
constexpr char const* sql_cancel_purge = "DELETE FROM team_purges WHERE team_id = $1";

Installation read_installation(PGresult const* r, int row) {
    PgRow const x{r, row};
    Installation i;
    i.enterprise_id = x.text(0);
    i.team_id = x.text(1);
    i.enterprise_install = x.i64(2) != 0;
    i.team_name = x.text(3);
    i.app_id = x.text(4);
    i.bot_user_id = x.text(5);
    i.bot_scopes = x.text(6);
    i.installer_user_id = x.text(7);
    i.sealed_bot_token = x.text(8);
    i.sealed_refresh_token = x.text(9);
    if (!x.null(10)) i.bot_token_expires_at = from_db(x.i64(10));
    i.installed_at = from_db(x.i64(11));
    i.updated_at = from_db(x.i64(12));
    return i;
}

}  // namespace

Result<void> PgStore::save_installation(Installation const& i, Seconds now) {
    if (auto e = check_installation(i)) return std::unexpected(*e);
    PgParams p;
    p.text(i.key()).text(i.enterprise_id).text(i.team_id).i64(i.enterprise_install ? 1 : 0).text(i.team_name);
    p.text(i.app_id).text(i.bot_user_id).text(i.bot_scopes).text(i.installer_user_id).text(i.sealed_bot_token);
    p.text(i.sealed_refresh_token);
    p.maybe(i.bot_token_expires_at, [](PgParams& q, Seconds t) -> PgParams& { return q.time(t); });
    p.time(now);
    return run(Retry::safe, [&](PgConnection& c) -> Result<void> {
        c.exec(sql_save_installation, p);
        return {};
    });
}

Result<std::optional<Installation>> PgStore::find_installation(std::string_view enterprise_id, std::string_view team_id,
                                                               bool enterprise_install) {
    if (enterprise_id.size() > max_id_bytes || team_id.size() > max_id_bytes)
        return fail(StorageErrorKind::invalid_argument, "installation id too long");
    return run(Retry::safe, [&](PgConnection& c) -> Result<std::optional<Installation>> {
        auto find = [&](char const* sql, std::string_view key) -> std::optional<Installation> {
            if (key.empty()) return std::nullopt;
            PgParams p;
            p.text(key);
            auto r = c.exec(sql, p);
            if (PQntuples(r.get()) != 1) return std::nullopt;
            return read_installation(r.get(), 0);
        };
        if (!enterprise_install) {
            if (auto team = find(sql_find_team, team_id)) return team;
        }
        return find(sql_find_org, enterprise_id);
    });
}

Result<bool> PgStore::delete_installation(std::string_view key) {
    PgParams p;
    p.text(key);
    return run(Retry::unsafe, [&](PgConnection& c) -> Result<bool> {
        return PgConnection::affected(c.exec(sql_delete_installation, p)) > 0;
    });
}

Result<bool> PgStore::claim_token_refresh(std::string_view key, Seconds seen_expiry, Seconds now, Seconds lease_until) {
    PgParams p;
    p.time(lease_until).text(key).time(seen_expiry).time(now);
    return run(Retry::unsafe, [&](PgConnection& c) -> Result<bool> {
        return PgConnection::affected(c.exec(sql_claim_refresh, p)) == 1;
    });
}

Result<void> PgStore::finish_token_refresh(std::string_view key, std::string_view sealed_bot_token,
                                           std::string_view sealed_refresh_token, Seconds expires_at, Seconds now) {
    if (sealed_bot_token.empty() || looks_plain(sealed_bot_token) || looks_plain(sealed_refresh_token))
        return fail(StorageErrorKind::invalid_argument, "tokens must be sealed before they are stored");
    PgParams p;
    p.text(sealed_bot_token).text(sealed_refresh_token).time(expires_at).time(now).text(key);
    return run(Retry::safe, [&](PgConnection& c) -> Result<void> {
        if (PgConnection::affected(c.exec(sql_finish_refresh, p)) != 1)
            return fail(StorageErrorKind::not_found, "installation not found");
        return {};
    });
}

Result<void> PgStore::release_token_refresh(std::string_view key) {
    PgParams p;
    p.text(key);
    return run(Retry::safe, [&](PgConnection& c) -> Result<void> {
        c.exec(sql_release_refresh, p);
        return {};
    });
}

Result<void> PgStore::add_oauth_state(std::string_view nonce, Seconds expires_at) {
    if (nonce.empty() || nonce.size() > max_id_bytes)
        return fail(StorageErrorKind::invalid_argument, "state nonce must be 1..255 bytes");
    PgParams p;
    p.text(nonce).time(expires_at);
    return run(Retry::unsafe, [&](PgConnection& c) -> Result<void> {
        c.exec(sql_add_state, p);
        return {};
    });
}

Result<bool> PgStore::consume_oauth_state(std::string_view nonce, Seconds now) {
    if (nonce.empty() || nonce.size() > max_id_bytes) return false;
    PgParams p;
    p.text(nonce).time(now);
    PgParams prune;
    prune.time(now);
    // Not repeated when the answer was lost: a second try would find the nonce used and refuse the install.
    return run(Retry::unsafe, [&](PgConnection& c) -> Result<bool> {
        bool const used = PgConnection::affected(c.exec(sql_consume_state, p)) == 1;
        c.exec(sql_prune_states, prune);
        return used;
    });
}

Result<void> PgStore::schedule_purge(std::string_view team_id, Seconds purge_at) {
    if (team_id.empty() || team_id.size() > max_id_bytes)
        return fail(StorageErrorKind::invalid_argument, "team id must be 1..255 bytes");
    PgParams p;
    p.text(team_id).time(purge_at);
    return run(Retry::safe, [&](PgConnection& c) -> Result<void> {
        c.exec(sql_schedule_purge, p);
        return {};
    });
}

Result<std::int64_t> PgStore::purge_due(Seconds now) {
    PgParams p;
    p.time(now);
    // One transaction per team: a crash part-way leaves whole teams purged or untouched, and purging again is
    // harmless.
    return run(Retry::safe, [&](PgConnection& c) -> Result<std::int64_t> {
        auto teams = c.exec(sql_due_purges, p);
        int const n = PQntuples(teams.get());
        for (int i = 0; i < n; ++i) {
            PgParams team;
            team.text(PgRow{teams.get(), i}.text(0));
            c.exec_plain("BEGIN");
            try {
                for (char const* sql :
                     {sql_purge_reminders, sql_purge_commitments, sql_purge_tz, sql_purge_channels, sql_cancel_purge})
                    c.exec(sql, team);
                c.exec_plain("COMMIT");
            } catch (PgFailure const&) {
                try {
                    c.exec_plain("ROLLBACK");
                } catch (PgFailure const&) {  // NOLINT(bugprone-empty-catch): the first failure is the one to report
                }
                throw;
            }
        }
        return static_cast<std::int64_t>(n);
    });
}

}  // namespace pushback::storage::detail
