// The SQLite Store's shared parts: SQLiteCpp's error codes as StorageError kinds, the input checks, and
// rows read back into Commitment and Reminder (in the column order of PUSHBACK_*_COLUMNS).
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <utility>

#include "storage/detail/sqlite_store_impl.hpp"

namespace pushback::storage::detail {
namespace {

ReminderState parse_state(std::string_view s) {
    if (s == "claimed") return ReminderState::claimed;
    if (s == "delivered") return ReminderState::delivered;
    if (s == "done") return ReminderState::done;
    return ReminderState::pending;
}

}  // namespace

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

std::optional<StorageError> check_owner(Owner const& owner) {
    if (owner.team_id.empty() || owner.user_id.empty())
        return StorageError{StorageErrorKind::invalid_argument, "owner needs a team id and a user id"};
    if (owner.team_id.size() > 255 || owner.user_id.size() > 255)
        return StorageError{StorageErrorKind::invalid_argument, "owner id too long"};
    return std::nullopt;
}

std::optional<StorageError> check_text(std::string_view field, std::string_view value) {
    if (value.size() > max_field_bytes)
        return StorageError{StorageErrorKind::invalid_argument,
                            std::string{field} + " is too long (max " + std::to_string(max_field_bytes) + " bytes)"};
    return std::nullopt;
}

std::optional<StorageError> check_decision(std::string_view decision) {
    if (decision.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return StorageError{StorageErrorKind::invalid_argument, "a commitment needs a decision"};
    return check_text("decision", decision);
}

std::optional<StorageError> check_commitment(NewCommitment const& c) {
    if (auto e = check_decision(c.decision)) return e;
    for (auto [name, value] : std::array<std::pair<std::string_view, std::string_view>, 6>{{
             {"context", c.context},
             {"alternatives", c.alternatives},
             {"trade_offs", c.trade_offs},
             {"decision_maker", c.decision_maker},
             {"concerns", c.concerns},
             {"source_link", c.source_link},
         }})
        if (auto e = check_text(name, value)) return e;
    return std::nullopt;
}

std::optional<StorageError> check_scope(ChannelScope const& scope) {
    if (scope.team_id.empty() || scope.channel_id.empty())
        return StorageError{StorageErrorKind::invalid_argument, "a channel scope needs a team id and a channel id"};
    if (scope.team_id.size() > 255 || scope.channel_id.size() > 255)
        return StorageError{StorageErrorKind::invalid_argument, "channel id too long"};
    return std::nullopt;
}

Commitment read_commitment(SQLite::Statement const& s) {
    Commitment c;
    c.id = s.getColumn(0).getInt64();
    c.owner = {s.getColumn(1).getString(), s.getColumn(2).getString()};
    c.created_at = from_db(s.getColumn(3).getInt64());
    c.updated_at = from_db(s.getColumn(4).getInt64());
    c.decision = s.getColumn(5).getString();
    c.context = s.getColumn(6).getString();
    c.alternatives = s.getColumn(7).getString();
    c.trade_offs = s.getColumn(8).getString();
    c.decision_maker = s.getColumn(9).getString();
    c.concerns = s.getColumn(10).getString();
    c.status = parse_commitment_status(s.getColumn(11).getString()).value_or(CommitmentStatus::committed);
    c.source_link = s.getColumn(12).getString();
    auto const share = s.getColumn(13).getString();
    c.share_state = share == "shared"      ? ShareState::shared
                    : share == "withdrawn" ? ShareState::withdrawn
                                           : ShareState::none;
    c.share_channel = s.getColumn(14).getString();
    c.share_ts = s.getColumn(15).getString();
    c.shared_at = optional_time(s.getColumn(16));
    c.revisit_at = optional_time(s.getColumn(17));
    auto const outcome = s.getColumn(18).getString();
    c.outcome = outcome == "came_true" ? Outcome::came_true : outcome == "held" ? Outcome::held : Outcome::none;
    c.outcome_at = optional_time(s.getColumn(19));
    return c;
}

std::optional<Seconds> optional_time(SQLite::Column const& col) {
    if (col.isNull()) return std::nullopt;
    return from_db(col.getInt64());
}

Reminder read_reminder(SQLite::Statement const& s) {
    Reminder r;
    r.id = s.getColumn(0).getInt64();
    r.owner = {s.getColumn(1).getString(), s.getColumn(2).getString()};
    r.created_at = from_db(s.getColumn(3).getInt64());
    r.with_whom = s.getColumn(4).getString();
    r.due_at = from_db(s.getColumn(5).getInt64());
    r.tz = s.getColumn(6).getString();
    r.summary = s.getColumn(7).getString();
    if (!s.getColumn(8).isNull()) r.commitment_id = s.getColumn(8).getInt64();
    r.state = parse_state(s.getColumn(9).getString());
    r.attempts = s.getColumn(10).getInt();
    r.next_attempt_at = from_db(s.getColumn(11).getInt64());
    r.claimed_at = optional_time(s.getColumn(12));
    r.delivered_at = optional_time(s.getColumn(13));
    r.dm_channel = s.getColumn(14).getString();
    r.dm_ts = s.getColumn(15).getString();
    r.kind = s.getColumn(16).getString() == "revisit" ? ReminderKind::revisit : ReminderKind::followup;
    return r;
}

}  // namespace pushback::storage::detail
