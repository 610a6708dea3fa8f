// The SQLite Store: OAuth v2 installations (sealed tokens, refresh leases), single-use install states, and the
// purges that uninstalls schedule.

#include <array>

#include "storage/detail/sqlite_store_impl.hpp"

namespace pushback::storage::detail {
namespace {

// SQL: constants only; their addresses key the prepared-statement cache.

constexpr char const* sql_save_installation =
    "INSERT INTO installations (install_key, " PUSHBACK_INSTALLATION_COLUMNS
    ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?) "
    "ON CONFLICT (install_key) DO UPDATE SET enterprise_id = excluded.enterprise_id, team_id = excluded.team_id, "
    "enterprise_install = excluded.enterprise_install, team_name = excluded.team_name, app_id = excluded.app_id, "
    "bot_user_id = excluded.bot_user_id, bot_scopes = excluded.bot_scopes, "
    "installer_user_id = excluded.installer_user_id, bot_token = excluded.bot_token, "
    "refresh_token = excluded.refresh_token, bot_token_expires_at = excluded.bot_token_expires_at, "
    "refresh_lease_until = NULL, updated_at = excluded.updated_at";
constexpr char const* sql_find_team =
    "SELECT " PUSHBACK_INSTALLATION_COLUMNS " FROM installations WHERE install_key = ? AND enterprise_install = 0";
constexpr char const* sql_find_org =
    "SELECT " PUSHBACK_INSTALLATION_COLUMNS " FROM installations WHERE install_key = ? AND enterprise_install = 1";
constexpr char const* sql_delete_installation = "DELETE FROM installations WHERE install_key = ?";
constexpr char const* sql_claim_refresh =
    "UPDATE installations SET refresh_lease_until = ? WHERE install_key = ? AND bot_token_expires_at = ? "
    "AND refresh_token <> '' AND (refresh_lease_until IS NULL OR refresh_lease_until <= ?)";
constexpr char const* sql_finish_refresh =
    "UPDATE installations SET bot_token = ?, refresh_token = ?, bot_token_expires_at = ?, refresh_lease_until = NULL, "
    "updated_at = ? WHERE install_key = ?";
constexpr char const* sql_release_refresh = "UPDATE installations SET refresh_lease_until = NULL WHERE install_key = ?";

constexpr char const* sql_add_state = "INSERT INTO oauth_states (nonce, expires_at) VALUES (?, ?)";
constexpr char const* sql_prune_states = "DELETE FROM oauth_states WHERE expires_at <= ?";
constexpr char const* sql_consume_state = "DELETE FROM oauth_states WHERE nonce = ? AND expires_at > ?";

constexpr char const* sql_schedule_purge =
    "INSERT INTO team_purges (team_id, purge_at) VALUES (?, ?) "
    "ON CONFLICT (team_id) DO UPDATE SET purge_at = min(purge_at, excluded.purge_at)";
constexpr char const* sql_due_purges = "SELECT team_id FROM team_purges WHERE purge_at <= ?";
constexpr std::array<char const*, 5> sql_purge_team{PUSHBACK_TEAM_PURGE_SQL("?")};
// A reinstall cancels the team's purge (the last statement of the purge).
constexpr char const* sql_cancel_purge = sql_purge_team.back();

}  // namespace

Result<void> SqliteStore::save_installation(Installation const& i, Seconds now) {
    if (auto e = check_installation(i)) return std::unexpected(*e);
    return run([&]() -> Result<void> {
        SQLite::Transaction tx{*db_};
        {
            Use s{stmt(sql_save_installation)};
            s->bind(1, i.key());
            s->bind(2, i.enterprise_id);
            s->bind(3, i.team_id);
            s->bind(4, i.enterprise_install ? 1 : 0);
            s->bind(5, i.team_name);
            s->bind(6, i.app_id);
            s->bind(7, i.bot_user_id);
            s->bind(8, i.bot_scopes);
            s->bind(9, i.installer_user_id);
            s->bind(10, i.sealed_bot_token);
            s->bind(11, i.sealed_refresh_token);
            if (i.bot_token_expires_at) s->bind(12, to_db(*i.bot_token_expires_at));
            s->bind(13, to_db(now));
            s->bind(14, to_db(now));
            s->exec();
        }
        if (!i.team_id.empty()) {
            Use c{stmt(sql_cancel_purge)};
            c->bind(1, i.team_id);
            c->exec();
        }
        tx.commit();
        return {};
    });
}

Result<std::optional<Installation>> SqliteStore::find_installation(std::string_view enterprise_id,
                                                                   std::string_view team_id, bool enterprise_install) {
    if (auto e = check_installation_ids(enterprise_id, team_id)) return std::unexpected(*e);
    return run([&]() -> Result<std::optional<Installation>> {
        return serving_installation(enterprise_id, team_id, enterprise_install,
                                    [&](bool org_wide, std::string_view key) -> std::optional<Installation> {
                                        Use s{stmt(org_wide ? sql_find_org : sql_find_team)};
                                        s->bind(1, std::string{key});
                                        if (!s->executeStep()) return std::nullopt;
                                        return read_installation(*s);
                                    });
    });
}

Result<bool> SqliteStore::delete_installation(std::string_view key) {
    return run([&]() -> Result<bool> {
        Use s{stmt(sql_delete_installation)};
        s->bind(1, std::string{key});
        return s->exec() > 0;
    });
}

Result<bool> SqliteStore::claim_token_refresh(std::string_view key, Seconds seen_expiry, Seconds now,
                                              Seconds lease_until) {
    return run([&]() -> Result<bool> {
        Use s{stmt(sql_claim_refresh)};
        s->bind(1, to_db(lease_until));
        s->bind(2, std::string{key});
        s->bind(3, to_db(seen_expiry));
        s->bind(4, to_db(now));
        return s->exec() == 1;
    });
}

Result<void> SqliteStore::finish_token_refresh(std::string_view key, std::string_view sealed_bot_token,
                                               std::string_view sealed_refresh_token, Seconds expires_at, Seconds now) {
    if (auto e = check_refreshed_tokens(sealed_bot_token, sealed_refresh_token)) return std::unexpected(*e);
    return run([&]() -> Result<void> {
        Use s{stmt(sql_finish_refresh)};
        s->bind(1, std::string{sealed_bot_token});
        s->bind(2, std::string{sealed_refresh_token});
        s->bind(3, to_db(expires_at));
        s->bind(4, to_db(now));
        s->bind(5, std::string{key});
        if (s->exec() != 1) return fail(StorageErrorKind::not_found, "installation not found");
        return {};
    });
}

Result<void> SqliteStore::release_token_refresh(std::string_view key) {
    return run([&]() -> Result<void> {
        Use s{stmt(sql_release_refresh)};
        s->bind(1, std::string{key});
        s->exec();
        return {};
    });
}

Result<void> SqliteStore::add_oauth_state(std::string_view nonce, Seconds expires_at) {
    if (auto e = check_nonce(nonce)) return std::unexpected(*e);
    return run([&]() -> Result<void> {
        Use s{stmt(sql_add_state)};
        s->bind(1, std::string{nonce});
        s->bind(2, to_db(expires_at));
        s->exec();
        return {};
    });
}

Result<bool> SqliteStore::consume_oauth_state(std::string_view nonce, Seconds now) {
    if (check_nonce(nonce)) return false;
    return run([&]() -> Result<bool> {
        Use s{stmt(sql_consume_state)};
        s->bind(1, std::string{nonce});
        s->bind(2, to_db(now));
        bool const used = s->exec() == 1;
        Use prune{stmt(sql_prune_states)};
        prune->bind(1, to_db(now));
        prune->exec();
        return used;
    });
}

Result<void> SqliteStore::schedule_purge(std::string_view team_id, Seconds purge_at) {
    if (auto e = check_team_id(team_id)) return std::unexpected(*e);
    return run([&]() -> Result<void> {
        Use s{stmt(sql_schedule_purge)};
        s->bind(1, std::string{team_id});
        s->bind(2, to_db(purge_at));
        s->exec();
        return {};
    });
}

Result<std::int64_t> SqliteStore::purge_due(Seconds now) {
    return run([&]() -> Result<std::int64_t> {
        std::vector<std::string> teams;
        {
            Use s{stmt(sql_due_purges)};
            s->bind(1, to_db(now));
            while (s->executeStep()) teams.push_back(s->getColumn(0).getString());
        }
        // One transaction per team: a crash part-way leaves whole teams purged or untouched.
        for (auto const& team : teams) {
            SQLite::Transaction tx{*db_};
            for (char const* sql : sql_purge_team) {
                Use s{stmt(sql)};
                s->bind(1, team);
                s->exec();
            }
            tx.commit();
        }
        return static_cast<std::int64_t>(teams.size());
    });
}

}  // namespace pushback::storage::detail
