#include "storage/sqlite_store.hpp"

// Opening a SQLite Store: the header probe that refuses a newer schema before SQLite writes anything,
// the connection's pragmas and the migrations. The Store's calls live in storage/detail/sqlite_*.cpp.

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <array>
#include <fstream>
#include <string>
#include <system_error>

#include "storage/detail/schema.hpp"
#include "storage/detail/sqlite_store_impl.hpp"

namespace pushback::storage {
namespace {

using detail::fail;
using detail::from_sqlite;

// ---- opening ----

// Reads user_version straight from the file header (bytes 60..63, big-endian), so a database from a newer
// version is refused before SQLite opens it and before anything could be written.
struct HeaderProbe {
    bool exists = false;
    bool sqlite = false;
    int user_version = 0;
};

std::expected<HeaderProbe, StorageError> probe_header(std::filesystem::path const& path) {
    std::error_code ec;
    auto const status = std::filesystem::status(path, ec);
    if (ec && ec != std::errc::no_such_file_or_directory)
        return fail(StorageErrorKind::io, "cannot stat " + path.string() + ": " + ec.message());
    if (!std::filesystem::exists(status)) return HeaderProbe{};
    if (!std::filesystem::is_regular_file(status))
        return fail(StorageErrorKind::io, path.string() + " is not a regular file");
    std::ifstream in{path, std::ios::binary};
    if (!in) return fail(StorageErrorKind::io, "cannot read " + path.string());
    std::array<unsigned char, 100> header{};
    in.read(reinterpret_cast<char*>(header.data()), header.size());
    auto const got = in.gcount();
    if (got == 0) return HeaderProbe{true, false, 0};  // an empty file is an empty database to SQLite
    constexpr std::string_view magic{"SQLite format 3\0", 16};
    if (got < 100 || std::string_view{reinterpret_cast<char const*>(header.data()), 16} != magic)
        return fail(StorageErrorKind::not_a_database, path.string() + " is not an SQLite database");
    auto const version =
        static_cast<std::int32_t>((std::uint32_t{header[60]} << 24) | (std::uint32_t{header[61]} << 16) |
                                  (std::uint32_t{header[62]} << 8) | std::uint32_t{header[63]});
    return HeaderProbe{true, true, version};
}

StorageError newer_schema(std::filesystem::path const& path, int version) {
    return StorageError{StorageErrorKind::newer_schema,
                        path.string() + " has schema version " + std::to_string(version) +
                            ", newer than this build's " + std::to_string(latest_schema_version()) +
                            "; refusing to open it (upgrade Pushback, or point PUSHBACK_DB elsewhere)"};
}

int read_user_version(SQLite::Database& db) { return db.execAndGet("PRAGMA user_version").getInt(); }

}  // namespace

int latest_schema_version() { return detail::migrations().back().version; }

std::expected<std::unique_ptr<Store>, StorageError> open_sqlite_store(std::filesystem::path const& path,
                                                                      SqliteOptions options) {
    int const target = options.migrate_to == 0 ? latest_schema_version() : options.migrate_to;
    if (target < 1 || target > latest_schema_version())
        return fail(StorageErrorKind::invalid_argument, "migrate_to out of range");
    if (path.empty()) return fail(StorageErrorKind::invalid_argument, "empty database path");

    auto const probe = probe_header(path);
    if (!probe) return std::unexpected(probe.error());
    if (probe->user_version > latest_schema_version()) return std::unexpected(newer_schema(path, probe->user_version));

    if (!probe->exists && path.has_parent_path()) {
        std::error_code ec;
        std::filesystem::create_directories(path.parent_path(), ec);
        if (ec) return fail(StorageErrorKind::io, "cannot create " + path.parent_path().string() + ": " + ec.message());
    }

    try {
        auto db = std::make_unique<SQLite::Database>(path.string(), SQLite::OPEN_READWRITE | SQLite::OPEN_CREATE,
                                                     static_cast<int>(options.busy_timeout.count()));
        // The header can be stale when a newer version's write still sits in the WAL: check again through
        // SQLite, and if refused, close without the checkpoint that would write to the file.
        sqlite3_db_config(db->getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 1, nullptr);
        int version = read_user_version(*db);
        if (version > latest_schema_version()) return std::unexpected(newer_schema(path, version));
        sqlite3_db_config(db->getHandle(), SQLITE_DBCONFIG_NO_CKPT_ON_CLOSE, 0, nullptr);
        if (version > target) return fail(StorageErrorKind::invalid_argument, "database is already past migrate_to");

        auto const mode = db->execAndGet("PRAGMA journal_mode = WAL").getString();
        if (mode != "wal") return fail(StorageErrorKind::io, "cannot switch " + path.string() + " to WAL mode");
        // FULL: in WAL mode each commit fsyncs the WAL, so an acknowledged write survives power loss.
        db->exec(options.synchronous_full ? "PRAGMA synchronous = FULL" : "PRAGMA synchronous = NORMAL");
        db->exec("PRAGMA foreign_keys = ON");

        for (auto const& m : detail::migrations()) {
            if (m.version > target) break;
            if (m.version <= version) continue;
            SQLite::Transaction tx{*db, SQLite::TransactionBehavior::IMMEDIATE};
            // Another process may have migrated while we waited for the write lock.
            version = read_user_version(*db);
            if (version > latest_schema_version()) return std::unexpected(newer_schema(path, version));
            if (m.version <= version) continue;
            db->exec(m.sql);
            db->exec("PRAGMA user_version = " + std::to_string(m.version));  // our constant, not input
            tx.commit();
            version = m.version;
        }
        return std::make_unique<detail::SqliteStore>(std::move(db), std::move(options));
    } catch (SQLite::Exception const& e) {
        return std::unexpected(from_sqlite(e));
    } catch (std::exception const& e) {
        return fail(StorageErrorKind::internal, e.what());
    }
}

}  // namespace pushback::storage
