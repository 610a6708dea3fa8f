#include "app/config.hpp"

#include <sys/stat.h>

#include <charconv>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "bot/signature.hpp"
#include "bot/token_cipher.hpp"
#include "util/text.hpp"

namespace pushback::app {

std::expected<std::optional<std::string>, std::string> read_secret(Env const& env, std::string const& name) {
    if (auto v = env(name); v && !v->empty()) return std::string(util::trim(*v));
    if (auto f = env(name + "_FILE"); f && !f->empty()) {
        std::ifstream in(*f);
        if (!in) return std::unexpected(name + "_FILE names a file that cannot be read");
        std::stringstream ss;
        ss << in.rdbuf();
        auto s = std::string(util::trim(ss.str()));
        if (s.empty()) return std::unexpected(name + "_FILE names an empty file");
        return s;
    }
    return std::optional<std::string>{};
}

Env process_env() {
    return [](std::string_view name) -> std::optional<std::string> {
        if (char const* v = std::getenv(std::string(name).c_str())) return std::string(v);
        return std::nullopt;
    };
}

std::expected<std::pair<std::string, unsigned short>, std::string> parse_listen(std::string_view s) {
    std::string host;
    std::string_view port_text;
    if (s.starts_with('[')) {
        auto const close = s.find(']');
        if (close == std::string_view::npos || close + 1 >= s.size() || s[close + 1] != ':') {
            return std::unexpected("PUSHBACK_LISTEN must look like host:port");
        }
        host = std::string(s.substr(1, close - 1));
        port_text = s.substr(close + 2);
    } else {
        auto const colon = s.rfind(':');
        if (colon == std::string_view::npos) return std::unexpected("PUSHBACK_LISTEN must look like host:port");
        host = std::string(s.substr(0, colon));
        port_text = s.substr(colon + 1);
    }
    if (host.empty()) host = "0.0.0.0";
    unsigned port = 0;
    auto const [end, ec] = std::from_chars(port_text.data(), port_text.data() + port_text.size(), port);
    if (ec != std::errc{} || end != port_text.data() + port_text.size() || port > 65535) {
        return std::unexpected("PUSHBACK_LISTEN has an invalid port");
    }
    return std::pair{host, static_cast<unsigned short>(port)};
}

std::expected<std::string, std::string> local_signing_secret(std::string const& path, bool create) {
    namespace fs = std::filesystem;
    if (std::ifstream in(path); in) {
        std::string s;
        std::getline(in, s);
        s = std::string(util::trim(s));
        if (!s.empty()) return s;
    }
    if (!create) return std::unexpected("no local signing secret at " + path + " (start `pushback serve` first)");
    std::error_code ec;
    fs::create_directories(fs::path(path).parent_path(), ec);
    auto generated = bot::random_signing_secret();
    if (!generated) return std::unexpected(generated.error());
    std::string s = std::move(*generated);
    auto const old_mask = ::umask(077);  // the file is created 0600
    std::ofstream out(path, std::ios::trunc);
    out << s << '\n';
    out.close();
    ::umask(old_mask);
    ::chmod(path.c_str(), 0600);
    if (!out) return std::unexpected("cannot write " + path);
    return s;
}

namespace {

// "never", "immediately", or a number of days ("30d", "30"); the default keeps 30 days.
std::expected<std::optional<std::chrono::seconds>, std::string> parse_purge(std::string_view v) {
    if (v == "never") return std::optional<std::chrono::seconds>{};
    if (v == "immediately" || v == "now") return std::optional{std::chrono::seconds{0}};
    if (v.ends_with('d')) v.remove_suffix(1);
    unsigned days = 0;
    auto const [end, ec] = std::from_chars(v.data(), v.data() + v.size(), days);
    if (v.empty() || ec != std::errc{} || end != v.data() + v.size() || days > 3650)
        return std::unexpected("PUSHBACK_PURGE_ON_UNINSTALL must be never, immediately, or a number of days (30d)");
    return std::optional{std::chrono::seconds{std::chrono::days{days}}};
}

bool loopback_http(std::string_view url) {
    return url.starts_with("http://127.0.0.1") || url.starts_with("http://localhost") ||
           url.starts_with("http://[::1]");
}

// The installable app's settings, all or none; with them, an encryption key is required.
std::expected<void, std::string> load_oauth(Env const& env, Config& c) {
    std::optional<std::string> values[3];
    char const* const names[3] = {"SLACK_CLIENT_ID", "SLACK_CLIENT_SECRET", "SLACK_STATE_SECRET"};
    int set = 0;
    for (int i = 0; i < 3; ++i) {
        auto v = read_secret(env, names[i]);
        if (!v) return std::unexpected(v.error());
        values[i] = std::move(*v);
        set += values[i] ? 1 : 0;
    }
    if (set == 0) return {};
    for (int i = 0; i < 3; ++i) {
        if (!values[i])
            return std::unexpected(std::string(names[i]) +
                                   " is not set: installing in many workspaces needs SLACK_CLIENT_ID, "
                                   "SLACK_CLIENT_SECRET and SLACK_STATE_SECRET");
    }
    if (c.local_mode)
        return std::unexpected(
            "installing in many workspaces needs SLACK_SIGNING_SECRET (HTTP) or SLACK_APP_TOKEN (Socket Mode)");
    if (!c.bot_token.empty())
        return std::unexpected(
            "set either SLACK_BOT_TOKEN (one workspace) or the OAuth settings (installable app), not both");
    handlers::oauth::Settings o;
    o.client_id = std::move(*values[0]);
    o.client_secret = std::move(*values[1]);
    o.state_secret = std::move(*values[2]);
    if (o.state_secret.size() < 16) return std::unexpected("SLACK_STATE_SECRET must be at least 16 characters");
    auto url = env("PUSHBACK_PUBLIC_URL");
    if (!url || url->empty())
        return std::unexpected("PUSHBACK_PUBLIC_URL must name the public https:// address Slack sends users back to");
    o.public_url = std::string(util::trim(*url));
    while (o.public_url.ends_with('/')) o.public_url.pop_back();
    if (!o.public_url.starts_with("https://") && !loopback_http(o.public_url))
        return std::unexpected("PUSHBACK_PUBLIC_URL must start with https://");
    if (auto v = env("SLACK_OAUTH_AUTHORIZE_URL"); v && !v->empty()) o.authorize_url = *v;
    if (auto v = env("PUSHBACK_PURGE_ON_UNINSTALL"); v && !v->empty()) {
        auto purge = parse_purge(*v);
        if (!purge) return std::unexpected(purge.error());
        o.purge_after = *purge;
    }
    auto key = read_secret(env, "PUSHBACK_ENCRYPTION_KEY");
    if (!key) return std::unexpected(key.error());
    if (!*key)
        return std::unexpected(
            "PUSHBACK_ENCRYPTION_KEY is not set: tokens are encrypted at rest; make one with openssl rand -base64 32");
    c.encryption_key = std::move(**key);
    auto old = read_secret(env, "PUSHBACK_ENCRYPTION_OLD_KEYS");
    if (!old) return std::unexpected(old.error());
    if (*old) {
        std::string_view rest = **old;
        while (!rest.empty()) {
            auto const comma = rest.find(',');
            auto const one = util::trim(rest.substr(0, comma));
            if (!one.empty()) c.old_encryption_keys.emplace_back(one);
            rest = comma == std::string_view::npos ? std::string_view{} : rest.substr(comma + 1);
        }
    }
    if (auto cipher = bot::TokenCipher::from_base64(c.encryption_key, c.old_encryption_keys); !cipher)
        return std::unexpected(cipher.error());
    c.oauth = std::move(o);
    return {};
}

std::expected<int, std::string> number(Env const& env, std::string const& name, int low, int high, int fallback) {
    auto v = env(name);
    if (!v || v->empty()) return fallback;
    int n = 0;
    auto const [end, ec] = std::from_chars(v->data(), v->data() + v->size(), n);
    if (ec != std::errc{} || end != v->data() + v->size() || n < low || n > high) {
        return std::unexpected(name + " must be a number from " + std::to_string(low) + " to " + std::to_string(high));
    }
    return n;
}

}  // namespace

std::expected<void, std::string> load_db_config(Env const& env, Config& c, std::string const& var_dir) {
    if (auto v = env("PUSHBACK_DB"); v && !v->empty()) {
        c.db_path = *v;
    } else {
        c.db_path = var_dir + "/pushback.sqlite3";
    }
    auto password = read_secret(env, "PUSHBACK_DB_PASSWORD");
    if (!password) return std::unexpected(password.error());
    if (*password) c.db_password = **password;
    auto pool = number(env, "PUSHBACK_DB_POOL", 1, 1000, c.db_pool_size);
    if (!pool) return std::unexpected(pool.error());
    c.db_pool_size = *pool;
    auto wait = number(env, "PUSHBACK_DB_POOL_WAIT_MS", 1, 60'000, c.db_pool_wait_ms);
    if (!wait) return std::unexpected(wait.error());
    c.db_pool_wait_ms = *wait;
    auto lease = number(env, "PUSHBACK_REMINDER_LEASE", 1, 86'400, c.reminder_lease_s);
    if (!lease) return std::unexpected(lease.error());
    c.reminder_lease_s = *lease;
    if (auto v = env("PUSHBACK_DB_MIGRATE"); v && !v->empty()) {
        if (*v != "auto" && *v != "off") return std::unexpected("PUSHBACK_DB_MIGRATE must be auto or off");
        c.db_migrate = *v == "auto";
    }
    if (auto v = env("PUSHBACK_REPLICA_ID"); v && !v->empty()) {
        if (v->size() > 200) return std::unexpected("PUSHBACK_REPLICA_ID is too long");
        c.replica_id = *v;
    }
    return {};
}

storage::StoreSpec store_spec(Config const& c) {
    storage::StoreSpec spec;
    spec.db = c.db_path;
    spec.pg.password = c.db_password;
    spec.pg.pool_size = c.db_pool_size;
    spec.pg.pool_wait = std::chrono::milliseconds{c.db_pool_wait_ms};
    spec.pg.migrate = c.db_migrate;
    spec.pg.replica_id = c.replica_id;
    spec.pg.lease = std::chrono::seconds{c.reminder_lease_s};
    return spec;
}

std::string printable_db(std::string const& db) {
    if (!storage::is_pg_uri(db)) return db;
    std::string out = db;
    // userinfo: scheme://user:password@host -> scheme://user:***@host
    auto const start = out.find("://") + 3;
    auto const at = out.find('@', start);
    auto const slash = out.find('/', start);
    if (at != std::string::npos && (slash == std::string::npos || at < slash)) {
        if (auto const colon = out.find(':', start); colon != std::string::npos && colon < at)
            out.replace(colon + 1, at - colon - 1, "***");
    }
    // ?password=... in the query
    for (auto pos = out.find("password="); pos != std::string::npos; pos = out.find("password=", pos + 1)) {
        auto const end = out.find('&', pos);
        out.replace(pos + 9, (end == std::string::npos ? out.size() : end) - pos - 9, "***");
    }
    return out;
}

std::expected<Config, std::string> load_config(Env const& env, std::string const& var_dir) {
    Config c;
    if (auto v = env("PUSHBACK_LISTEN"); v && !v->empty()) {
        auto hp = parse_listen(*v);
        if (!hp) return std::unexpected(hp.error());
        std::tie(c.listen_host, c.listen_port) = *hp;
    }
    auto app_token = read_secret(env, "SLACK_APP_TOKEN");
    if (!app_token) return std::unexpected(app_token.error());
    if (*app_token) {
        // The usual mix-up is the bot token here; say so without echoing either.
        if (!(*app_token)->starts_with("xapp-"))
            return std::unexpected(
                "SLACK_APP_TOKEN must be an app-level token (xapp-...) with connections:write; "
                "the bot token (xoxb-...) goes in SLACK_BOT_TOKEN");
        c.app_token = **app_token;
    }
    auto connections = number(env, "SLACK_SOCKET_CONNECTIONS", 1, 10, static_cast<int>(c.socket_connections));
    if (!connections) return std::unexpected(connections.error());
    c.socket_connections = static_cast<unsigned>(*connections);
    auto signing = read_secret(env, "SLACK_SIGNING_SECRET");
    if (!signing) return std::unexpected(signing.error());
    if (*signing) {
        c.signing_secret = **signing;
    } else if (c.app_token.empty()) {
        c.local_mode = true;
        c.local_secret_path = var_dir + "/local-signing-secret";
        auto s = local_signing_secret(c.local_secret_path, true);
        if (!s) return std::unexpected(s.error());
        c.signing_secret = *s;
    }
    auto token = read_secret(env, "SLACK_BOT_TOKEN");
    if (!token) return std::unexpected(token.error());
    if (*token) c.bot_token = **token;

    if (auto db = load_db_config(env, c, var_dir); !db) return std::unexpected(db.error());
    if (auto v = env("PUSHBACK_TEMPLATES"); v && !v->empty()) c.templates_dir = *v;
    if (auto v = env("SLACK_API_URL"); v && !v->empty()) {
        c.slack_api_url = *v;
        if (!c.slack_api_url.ends_with('/')) c.slack_api_url += '/';
    }
    if (auto v = env("SSL_CERT_FILE"); v && !v->empty()) c.extra_ca_file = *v;
    if (auto v = env("PUSHBACK_LOG_LEVEL"); v && !v->empty()) {
        if (*v == "debug") {
            c.log_level = util::LogLevel::debug;
        } else if (*v == "info") {
            c.log_level = util::LogLevel::info;
        } else if (*v == "warn") {
            c.log_level = util::LogLevel::warn;
        } else if (*v == "error") {
            c.log_level = util::LogLevel::error;
        } else {
            return std::unexpected("PUSHBACK_LOG_LEVEL must be debug, info, warn or error");
        }
    }
    auto threads = number(env, "PUSHBACK_THREADS", 1, 256, static_cast<int>(c.threads));
    if (!threads) return std::unexpected(threads.error());
    c.threads = static_cast<unsigned>(*threads);
    if (auto oauth = load_oauth(env, c); !oauth) return std::unexpected(oauth.error());
    // Socket Mode answers with the bot token of one workspace, or with each installation's (the OAuth settings).
    if (!c.app_token.empty() && c.bot_token.empty() && !c.oauth)
        return std::unexpected(
            "SLACK_APP_TOKEN is set but SLACK_BOT_TOKEN is not: Socket Mode needs both (the app token opens the "
            "connection, the bot token answers), or the OAuth settings to answer each installed workspace");
    return c;
}

}  // namespace pushback::app
