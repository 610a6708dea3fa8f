#pragma once
// Configuration, read once at start from the environment (the only place that reads it).
// Secrets come from VAR or VAR_FILE; they are never logged or put in error messages.

#include <expected>
#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "handlers/oauth/settings.hpp"
#include "storage/open_store.hpp"
#include "util/log.hpp"

namespace pushback::app {

struct Config {
    std::string listen_host = "127.0.0.1";
    unsigned short listen_port = 3000;
    std::string signing_secret;
    std::string bot_token;                         // empty: no Web API calls (local mode)
    std::string db_path = "var/pushback.sqlite3";  // PUSHBACK_DB: a SQLite file, or a postgresql:// URI
    // PostgreSQL only (PUSHBACK_DB=postgresql://...): see storage::PgOptions.
    std::string db_password;                   // PUSHBACK_DB_PASSWORD[_FILE]; else the URI's or libpq's (PGPASSFILE...)
    int db_pool_size = 8;                      // PUSHBACK_DB_POOL
    int db_pool_wait_ms = 2000;                // PUSHBACK_DB_POOL_WAIT_MS
    bool db_migrate = true;                    // PUSHBACK_DB_MIGRATE=auto|off (off: `pushback migrate` does it)
    std::string replica_id;                    // PUSHBACK_REPLICA_ID; default host name and process id
    int reminder_lease_s = 120;                // PUSHBACK_REMINDER_LEASE: seconds a replica's reminder claim holds
    std::optional<std::string> templates_dir;  // PUSHBACK_TEMPLATES: adds or overrides templates by id
    std::string slack_api_url = "https://slack.com/api/";
    std::optional<std::string> extra_ca_file;  // SSL_CERT_FILE
    util::LogLevel log_level = util::LogLevel::info;
    unsigned threads = 0;  // 0: one per core
    // Local mode: no signing secret was configured, so one was generated in var/ for `pushback try`.
    bool local_mode = false;
    std::string local_secret_path;
    // Installable in many workspaces (OAuth v2): SLACK_CLIENT_ID, SLACK_CLIENT_SECRET, SLACK_STATE_SECRET and
    // PUSHBACK_PUBLIC_URL all set. nullopt: one workspace, SLACK_BOT_TOKEN.
    std::optional<handlers::oauth::Settings> oauth;
    std::string encryption_key;                    // PUSHBACK_ENCRYPTION_KEY: base64 of 32 bytes (OAuth only)
    std::vector<std::string> old_encryption_keys;  // PUSHBACK_ENCRYPTION_OLD_KEYS: still opened, never sealed with
};

using Env = std::function<std::optional<std::string>(std::string_view)>;
Env process_env();

// A secret: VAR (trimmed), else the contents of the file named by VAR_FILE (trimmed); nullopt when
// neither is set. The error names the setting, never the secret.
std::expected<std::optional<std::string>, std::string> read_secret(Env const& env, std::string const& name);

// Reads the database settings (PUSHBACK_DB and the PostgreSQL ones) into `c`; load_config calls it, and
// `pushback migrate`, which needs nothing else.
std::expected<void, std::string> load_db_config(Env const& env, Config& c, std::string const& var_dir = "var");

// Reads the configuration. With no SLACK_SIGNING_SECRET[_FILE], local mode: the secret is read from
// (or created in) `var_dir`/local-signing-secret with mode 0600.
std::expected<Config, std::string> load_config(Env const& env, std::string const& var_dir = "var");

// What storage::open_store needs, from the configuration.
storage::StoreSpec store_spec(Config const& c);

// PUSHBACK_DB as it may be printed: a PostgreSQL URI without its password.
std::string printable_db(std::string const& db);

// Parses "host:port", "[v6]:port" or ":port".
std::expected<std::pair<std::string, unsigned short>, std::string> parse_listen(std::string_view s);

// Reads or creates the local-mode secret file; returns the secret.
std::expected<std::string, std::string> local_signing_secret(std::string const& path, bool create);

}  // namespace pushback::app
