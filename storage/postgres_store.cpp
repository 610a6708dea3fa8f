#include "storage/postgres_store.hpp"

// Opening a PostgreSQL Store: the first connection, the migrations under an advisory lock, the replica id.
// The Store's calls live in storage/detail/pg_*.cpp.

#include <unistd.h>

#include <array>

#include "storage/detail/pg_store_impl.hpp"
#include "storage/detail/schema.hpp"

namespace pushback::storage {
namespace {

using detail::fail;
using detail::PgConnection;
using detail::PgFailure;
using detail::PgParams;
using detail::PgRow;

// Every replica takes this lock before looking at the schema: the first migrates, the others wait for it and
// then find nothing left to do. ("pushbak" in ASCII; any constant the application owns would do.)
constexpr char const* sql_lock = "SELECT pg_advisory_lock(31371753304317291)";
constexpr char const* sql_unlock = "SELECT pg_advisory_unlock(31371753304317291)";
constexpr char const* sql_versions_table =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version integer PRIMARY KEY, "
    "applied_at timestamptz NOT NULL DEFAULT now(), applied_by text NOT NULL DEFAULT '')";
constexpr char const* sql_has_versions = "SELECT to_regclass('schema_migrations') IS NOT NULL";
constexpr char const* sql_version = "SELECT coalesce(max(version), 0) FROM schema_migrations";
constexpr char const* sql_record = "INSERT INTO schema_migrations (version, applied_by) VALUES ($1, $2)";

std::string default_replica_id() {
    std::array<char, 256> host{};
    if (::gethostname(host.data(), host.size() - 1) != 0) host[0] = '\0';
    return std::string{host.data()} + ":" + std::to_string(::getpid());
}

StorageError newer_schema(int version) {
    return {StorageErrorKind::newer_schema,
            "the PostgreSQL database has schema version " + std::to_string(version) + ", newer than this build's " +
                std::to_string(latest_pg_schema_version()) +
                "; refusing to use it (upgrade Pushback, or point PUSHBACK_DB elsewhere)"};
}

detail::ConnectSettings settings_of(std::string const& uri, PgOptions const& o) {
    detail::ConnectSettings s;
    s.uri = uri;
    s.password = o.password;
    s.connect_timeout = o.connect_timeout;
    s.statement_timeout = o.statement_timeout;
    return s;
}

std::optional<StorageError> check_options(PgOptions const& o) {
    if (o.pool_size < 1 || o.pool_size > 1000)
        return StorageError{StorageErrorKind::invalid_argument, "pool size must be 1..1000"};
    if (o.lease.count() < 1)
        return StorageError{StorageErrorKind::invalid_argument, "the claim lease must be positive"};
    if (o.migrate_to < 0 || o.migrate_to > latest_pg_schema_version())
        return StorageError{StorageErrorKind::invalid_argument, "migrate_to out of range"};
    return std::nullopt;
}

// Under the advisory lock: the version table, the version check, each missing migration in its own
// transaction, recorded with who applied it. Throws PgFailure; returns a StorageError for a newer schema.
std::expected<MigrationReport, StorageError> migrate_locked(PgConnection& c, int target, std::string const& who) {
    MigrationReport report;
    c.exec(sql_versions_table);
    report.from = detail::pg_schema_version(c);
    if (report.from > latest_pg_schema_version()) return std::unexpected(newer_schema(report.from));
    if (report.from > target) return fail(StorageErrorKind::invalid_argument, "database is already past migrate_to");
    report.to = report.from;
    for (auto const& m : detail::pg_migrations()) {
        if (m.version <= report.from || m.version > target) continue;
        detail::in_transaction(c, [&] {
            c.exec_plain(m.sql);
            PgParams p;
            p.i64(m.version).text(who);
            c.exec(sql_record, p);
        });
        report.applied.push_back(m.version);
        report.to = m.version;
    }
    return report;
}

std::expected<MigrationReport, StorageError> migrate(PgConnection& c, int target, std::string const& who) {
    // A replica waits for another's migration, bounded: past this it fails with busy, and starts again later.
    c.exec_plain("SET lock_timeout = '120s'");
    c.exec(sql_lock);
    std::expected<MigrationReport, StorageError> out;
    try {
        out = migrate_locked(c, target, who);
    } catch (PgFailure const&) {
        try {
            c.exec(sql_unlock);
        } catch (PgFailure const&) {  // NOLINT(bugprone-empty-catch): closing the session releases it anyway
        }
        throw;
    }
    c.exec(sql_unlock);
    return out;
}

}  // namespace

int detail::pg_schema_version(PgConnection& c) {
    auto has = c.exec(sql_has_versions);
    if (std::string_view{PQgetvalue(has.get(), 0, 0)} != "t") return 0;
    auto r = c.exec(sql_version);
    return static_cast<int>(PgRow{r.get(), 0}.i64(0));
}

int latest_pg_schema_version() { return detail::pg_migrations().back().version; }

bool is_pg_uri(std::string_view spec) { return spec.starts_with("postgresql://") || spec.starts_with("postgres://"); }

std::expected<MigrationReport, StorageError> migrate_pg(std::string const& uri, PgOptions const& options) {
    if (auto e = check_options(options)) return std::unexpected(*e);
    int const target = options.migrate_to == 0 ? latest_pg_schema_version() : options.migrate_to;
    try {
        auto c = detail::pg_connect(settings_of(uri, options));
        c->quiet();
        return migrate(*c, target, options.replica_id.empty() ? default_replica_id() : options.replica_id);
    } catch (PgFailure const& f) {
        return std::unexpected(f.error);
    } catch (std::exception const& e) {
        return fail(StorageErrorKind::internal, e.what());
    }
}

std::expected<std::unique_ptr<Store>, StorageError> open_pg_store(std::string const& uri, PgOptions options) {
    if (auto e = check_options(options)) return std::unexpected(*e);
    if (options.replica_id.empty()) options.replica_id = default_replica_id();
    int const target = options.migrate_to == 0 ? latest_pg_schema_version() : options.migrate_to;
    try {
        auto c = detail::pg_connect(settings_of(uri, options));
        c->quiet();
        if (options.migrate) {
            auto report = migrate(*c, target, options.replica_id);
            if (!report) return std::unexpected(report.error());
        } else if (auto const version = detail::pg_schema_version(*c); version > latest_pg_schema_version()) {
            return std::unexpected(newer_schema(version));
        }
    } catch (PgFailure const& f) {
        return std::unexpected(f.error);
    } catch (std::exception const& e) {
        return fail(StorageErrorKind::internal, e.what());
    }
    auto settings = settings_of(uri, options);
    return std::make_unique<detail::PgStore>(std::move(options), std::move(settings));
}

}  // namespace pushback::storage
