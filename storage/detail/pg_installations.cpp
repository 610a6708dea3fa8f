// The PostgreSQL Store: OAuth v2 installations (sealed tokens, refresh leases), single-use install states, and
// the purges that uninstalls schedule (the port of sqlite_installations.cpp; the same checks, in common.cpp).

#include <array>

#include "storage/detail/pg_store_impl.hpp"

namespace pushback::storage::detail {
namespace {

// SQL: constants only; their addresses name the prepared statements.

// The save and the cancelled purge in one statement (one transaction).
constexpr char const* sql_save_installation =
    "WITH saved AS (INSERT INTO installations (install_key, " PUSHBACK_INSTALLATION_COLUMNS
    ") VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12::bigint, $13, $13) "
    "ON CONFLICT (install_key) DO UPDATE SET enterprise_id = excluded.enterprise_id, team_id = excluded.team_id, "
    "enterprise_install = excluded.enterprise_install, team_name = excluded.team_name, app_id = excluded.app_id, "
    "bot_user_id = excluded.bot_user_id, bot_scopes = excluded.bot_scopes, "
    "installer_user_id = excluded.installer_user_id, bot_token = excluded.bot_token, "
    "refresh_token = excluded.refresh_token, bot_token_expires_at = excluded.bot_token_expires_at, "
    "refresh_lease_until = NULL, updated_at = excluded.updated_at RETURNING 1) "
    "DELETE FROM team_purges WHERE $3 <> '' AND team_id = $3";
constexpr char const* sql_find_team =
    "SELECT " PUSHBACK_INSTALLATION_COLUMNS " FROM installations WHERE install_key = $1 AND enterprise_install = 0";
constexpr char const* sql_find_org =
    "SELECT " PUSHBACK_INSTALLATION_COLUMNS " FROM installations WHERE install_key = $1 AND enterprise_install = 1";
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
constexpr std::array<char const*, 5> sql_purge_team{PUSHBACK_TEAM_PURGE_SQL("$1")};

Installation read_installation(PGresult const* r, int row) { return read_installation_row(PgRow{r, row}); }

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
    if (auto e = check_installation_ids(enterprise_id, team_id)) return std::unexpected(*e);
    return run(Retry::safe, [&](PgConnection& c) -> Result<std::optional<Installation>> {
        return serving_installation(enterprise_id, team_id, enterprise_install,
                                    [&](bool org_wide, std::string_view key) -> std::optional<Installation> {
                                        PgParams p;
                                        p.text(key);
                                        auto r = c.exec(org_wide ? sql_find_org : sql_find_team, p);
                                        if (PQntuples(r.get()) != 1) return std::nullopt;
                                        return read_installation(r.get(), 0);
                                    });
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
    if (auto e = check_refreshed_tokens(sealed_bot_token, sealed_refresh_token)) return std::unexpected(*e);
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
    if (auto e = check_nonce(nonce)) return std::unexpected(*e);
    PgParams p;
    p.text(nonce).time(expires_at);
    return run(Retry::unsafe, [&](PgConnection& c) -> Result<void> {
        c.exec(sql_add_state, p);
        return {};
    });
}

Result<bool> PgStore::consume_oauth_state(std::string_view nonce, Seconds now) {
    if (check_nonce(nonce)) return false;
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
    if (auto e = check_team_id(team_id)) return std::unexpected(*e);
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
            in_transaction(c, [&] {
                for (char const* sql : sql_purge_team) c.exec(sql, team);
            });
        }
        return static_cast<std::int64_t>(n);
    });
}

}  // namespace pushback::storage::detail
