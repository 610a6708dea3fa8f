// The SQLite Store's shared parts: SQLiteCpp's error codes as StorageError kinds and rows read back into
// Commitment, Reminder and Installation (through the shared readers in storage/detail/common.hpp).
#include <sqlite3.h>

#include "storage/detail/sqlite_store_impl.hpp"

namespace pushback::storage::detail {

StorageError from_sqlite(SQLite::Exception const& e) {
    auto const kind = [&] {
        switch (e.getErrorCode()) {
            case SQLITE_BUSY:
            case SQLITE_LOCKED:
                return StorageErrorKind::busy;
            case SQLITE_IOERR:
            case SQLITE_FULL:
            case SQLITE_CANTOPEN:
            case SQLITE_READONLY:
            case SQLITE_PERM:
                return StorageErrorKind::io;
            case SQLITE_CORRUPT:
                return StorageErrorKind::corrupt;
            case SQLITE_NOTADB:
                return StorageErrorKind::not_a_database;
            default:
                return StorageErrorKind::internal;
        }
    }();
    return StorageError{kind, std::string{"sqlite: "} + e.what()};
}

namespace {

// SQLiteCpp's statement as the Row the shared readers take.
struct SqliteRow {
    SQLite::Statement const& s;
    std::int64_t i64(int i) const { return s.getColumn(i).getInt64(); }
    std::string text(int i) const { return s.getColumn(i).getString(); }
    bool null(int i) const { return s.getColumn(i).isNull(); }
};

}  // namespace

Commitment read_commitment(SQLite::Statement const& s) { return read_commitment_row(SqliteRow{s}); }

std::optional<Seconds> optional_time(SQLite::Column const& col) {
    if (col.isNull()) return std::nullopt;
    return from_db(col.getInt64());
}

Reminder read_reminder(SQLite::Statement const& s) { return read_reminder_row(SqliteRow{s}); }

Installation read_installation(SQLite::Statement const& s) { return read_installation_row(SqliteRow{s}); }

}  // namespace pushback::storage::detail
