#include "storage/sqlite_store.hpp"

#include <SQLiteCpp/SQLiteCpp.h>
#include <sqlite3.h>

#include <algorithm>
#include <array>
#include <fstream>
#include <mutex>
#include <new>
#include <string>
#include <system_error>
#include <unordered_map>

#include "storage/detail/fts_query.hpp"
#include "storage/detail/schema.hpp"
#include "util/time_zone.hpp"

namespace pushback::storage {
namespace {

using namespace std::chrono_literals;

std::unexpected<StorageError> fail(StorageErrorKind kind, std::string message) {
    return std::unexpected(StorageError{kind, std::move(message)});
}

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

std::int64_t to_db(Seconds t) { return t.time_since_epoch().count(); }
Seconds from_db(std::int64_t v) { return Seconds{std::chrono::seconds{v}}; }

// ---- input checks: the clear errors callers get instead of a constraint failure ----

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

int clamp_limit(int limit) { return std::clamp(limit, 1, max_list_limit); }

ReminderState parse_state(std::string_view s) {
    if (s == "claimed") return ReminderState::claimed;
    if (s == "delivered") return ReminderState::delivered;
    if (s == "done") return ReminderState::done;
    return ReminderState::pending;
}

// ---- row mapping: the column lists and the readers must stay in the same order ----

#define PUSHBACK_COMMITMENT_COLUMNS                                                                  \
    "commitments.id, commitments.team_id, commitments.user_id, commitments.created_at, "             \
    "commitments.updated_at, commitments.decision, commitments.context, commitments.alternatives, "  \
    "commitments.trade_offs, commitments.decision_maker, commitments.concerns, commitments.status, " \
    "commitments.source_link"

#define PUSHBACK_REMINDER_COLUMNS                                                                        \
    "id, team_id, user_id, created_at, with_whom, due_at, tz, summary, commitment_id, state, attempts, " \
    "next_attempt_at, claimed_at, delivered_at, dm_channel, dm_ts"

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
    return r;
}

// ---- SQL: constants only; their addresses key the prepared-statement cache ----

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

constexpr char const* sql_owns_commitment = "SELECT 1 FROM commitments WHERE id = ? AND team_id = ? AND user_id = ?";
constexpr char const* sql_insert_reminder =
    "INSERT INTO reminders (team_id, user_id, created_at, with_whom, due_at, tz, summary, commitment_id, "
    "next_attempt_at) VALUES (?1,?2,?3,?4,?5,?6,?7,?8,?5) RETURNING " PUSHBACK_REMINDER_COLUMNS;
constexpr char const* sql_get_reminder =
    "SELECT " PUSHBACK_REMINDER_COLUMNS " FROM reminders WHERE id = ? AND team_id = ? AND user_id = ?";
constexpr char const* sql_list_pending = "SELECT " PUSHBACK_REMINDER_COLUMNS
                                         " FROM reminders WHERE team_id = ? AND user_id = ? AND state <> 'done' "
                                         "ORDER BY due_at, id LIMIT ?";
constexpr char const* sql_complete =
    "UPDATE reminders SET state = 'done' WHERE id = ? AND team_id = ? AND user_id = ? "
    "RETURNING " PUSHBACK_REMINDER_COLUMNS;
constexpr char const* sql_snooze =
    "UPDATE reminders SET state = 'pending', due_at = ?1, next_attempt_at = ?1, attempts = 0, claimed_at = NULL "
    "WHERE id = ?2 AND team_id = ?3 AND user_id = ?4 RETURNING " PUSHBACK_REMINDER_COLUMNS;
constexpr char const* sql_next_due = "SELECT min(next_attempt_at) FROM reminders WHERE state = 'pending'";
constexpr char const* sql_claim_due =
    "UPDATE reminders SET state = 'claimed', claimed_at = ?1 WHERE id IN ("
    "SELECT id FROM reminders WHERE state = 'pending' AND next_attempt_at <= ?1 "
    "ORDER BY next_attempt_at, id LIMIT ?2) RETURNING " PUSHBACK_REMINDER_COLUMNS;
constexpr char const* sql_mark_delivered =
    "UPDATE reminders SET state = CASE state WHEN 'claimed' THEN 'delivered' ELSE state END, "
    "delivered_at = ?, dm_channel = ?, dm_ts = ? WHERE id = ?";
constexpr char const* sql_retry_later =
    "UPDATE reminders SET state = 'pending', attempts = attempts + 1, next_attempt_at = ?, claimed_at = NULL "
    "WHERE id = ? AND state = 'claimed'";
constexpr char const* sql_recover_claims =
    "UPDATE reminders SET state = 'pending', claimed_at = NULL WHERE state = 'claimed'";

constexpr char const* sql_prune_events = "DELETE FROM processed_events WHERE seen_at < ?";
constexpr char const* sql_insert_event = "INSERT OR IGNORE INTO processed_events (event_id, seen_at) VALUES (?, ?)";

constexpr char const* sql_get_tz = "SELECT tz, fetched_at FROM user_tz WHERE team_id = ? AND user_id = ?";
constexpr char const* sql_set_tz =
    "INSERT INTO user_tz (team_id, user_id, tz, fetched_at) VALUES (?, ?, ?, ?) "
    "ON CONFLICT (team_id, user_id) DO UPDATE SET tz = excluded.tz, fetched_at = excluded.fetched_at";

// A cached statement in use: bindings cleared on the way in, reset on the way out (an un-reset SELECT
// would hold its WAL read snapshot and stall checkpoints).
class Use {
  public:
    explicit Use(SQLite::Statement& s) : s_{s} { s_.clearBindings(); }
    ~Use() { s_.tryReset(); }
    Use(Use const&) = delete;
    Use& operator=(Use const&) = delete;
    SQLite::Statement* operator->() { return &s_; }
    SQLite::Statement& operator*() { return s_; }

  private:
    SQLite::Statement& s_;
};

void bind_owner(SQLite::Statement& s, int first, Owner const& owner) {
    s.bind(first, owner.team_id);
    s.bind(first + 1, owner.user_id);
}

class SqliteStore final : public Store {
  public:
    SqliteStore(std::unique_ptr<SQLite::Database> db, SqliteOptions options)
        : db_{std::move(db)}, options_{std::move(options)} {}

    ~SqliteStore() override {
        cache_.clear();  // statements before the connection
    }

    // ---- commitments ----

    Result<Commitment> add_commitment(Owner const& owner, NewCommitment const& entry) override {
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

    Result<Commitment> get_commitment(Owner const& owner, Id id) override {
        if (auto e = check_owner(owner)) return std::unexpected(*e);
        return run([&]() -> Result<Commitment> {
            Use s{stmt(sql_get_commitment)};
            s->bind(1, id);
            bind_owner(*s, 2, owner);
            if (!s->executeStep()) return not_found("commitment", id);
            return read_commitment(*s);
        });
    }

    Result<Commitment> update_commitment(Owner const& owner, Id id, CommitmentPatch const& patch) override {
        if (auto e = check_owner(owner)) return std::unexpected(*e);
        if (patch.decision)
            if (auto e = check_decision(*patch.decision)) return std::unexpected(*e);
        for (auto const* field : {&patch.context, &patch.alternatives, &patch.trade_offs, &patch.decision_maker,
                                  &patch.concerns, &patch.source_link})
            if (*field)
                if (auto e = check_text("field", **field)) return std::unexpected(*e);
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

    Result<Commitment> set_commitment_status(Owner const& owner, Id id, CommitmentStatus status) override {
        CommitmentPatch patch;
        patch.status = status;
        return update_commitment(owner, id, patch);
    }

    Result<std::vector<Commitment>> list_commitments(Owner const& owner, int limit, int offset) override {
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

    Result<std::vector<Commitment>> all_commitments(Owner const& owner) override {
        if (auto e = check_owner(owner)) return std::unexpected(*e);
        return run([&]() -> Result<std::vector<Commitment>> {
            Use s{stmt(sql_all_commitments)};
            bind_owner(*s, 1, owner);
            std::vector<Commitment> out;
            while (s->executeStep()) out.push_back(read_commitment(*s));
            return out;
        });
    }

    Result<std::vector<Commitment>> search_commitments(Owner const& owner, std::string_view words, int limit) override {
        if (auto e = check_owner(owner)) return std::unexpected(*e);
        auto const match = detail::fts_match_expression(words.substr(0, 1000));
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

    Result<std::int64_t> count_commitments(Owner const& owner, std::optional<CommitmentStatus> status) override {
        if (auto e = check_owner(owner)) return std::unexpected(*e);
        return run([&]() -> Result<std::int64_t> {
            Use s{stmt(sql_count_commitments)};
            bind_owner(*s, 1, owner);
            if (status) s->bind(3, std::string{to_string(*status)});
            s->executeStep();
            return s->getColumn(0).getInt64();
        });
    }

    // ---- reminders, for users ----

    Result<Reminder> add_reminder(Owner const& owner, NewReminder const& r) override {
        if (auto e = check_owner(owner)) return std::unexpected(*e);
        if (r.with_whom.find_first_not_of(" \t\r\n") == std::string::npos)
            return fail(StorageErrorKind::invalid_argument, "a reminder needs someone to follow up with");
        if (auto e = check_text("with_whom", r.with_whom)) return std::unexpected(*e);
        if (auto e = check_text("summary", r.summary)) return std::unexpected(*e);
        if (!util::is_known_time_zone(r.tz)) return fail(StorageErrorKind::invalid_argument, "unknown time zone");
        return run([&]() -> Result<Reminder> {
            SQLite::Transaction tx{*db_, SQLite::TransactionBehavior::IMMEDIATE};
            if (r.commitment_id) {
                Use own{stmt(sql_owns_commitment)};
                own->bind(1, *r.commitment_id);
                bind_owner(*own, 2, owner);
                if (!own->executeStep()) return not_found("commitment", *r.commitment_id);
            }
            Reminder out;
            {
                Use s{stmt(sql_insert_reminder)};
                bind_owner(*s, 1, owner);
                s->bind(3, to_db(options_.clock()));
                s->bind(4, r.with_whom);
                s->bind(5, to_db(r.due_at));
                s->bind(6, r.tz);
                s->bind(7, r.summary);
                if (r.commitment_id) s->bind(8, *r.commitment_id);
                if (!s->executeStep()) return fail(StorageErrorKind::internal, "insert returned no row");
                out = read_reminder(*s);
            }
            tx.commit();
            return out;
        });
    }

    Result<Reminder> get_reminder(Owner const& owner, Id id) override {
        if (auto e = check_owner(owner)) return std::unexpected(*e);
        return run([&]() -> Result<Reminder> {
            Use s{stmt(sql_get_reminder)};
            s->bind(1, id);
            bind_owner(*s, 2, owner);
            if (!s->executeStep()) return not_found("reminder", id);
            return read_reminder(*s);
        });
    }

    Result<std::vector<Reminder>> list_pending(Owner const& owner, int limit) override {
        if (auto e = check_owner(owner)) return std::unexpected(*e);
        return run([&]() -> Result<std::vector<Reminder>> {
            Use s{stmt(sql_list_pending)};
            bind_owner(*s, 1, owner);
            s->bind(3, clamp_limit(limit));
            std::vector<Reminder> out;
            while (s->executeStep()) out.push_back(read_reminder(*s));
            return out;
        });
    }

    Result<Reminder> complete(Owner const& owner, Id id) override {
        if (auto e = check_owner(owner)) return std::unexpected(*e);
        return run([&]() -> Result<Reminder> {
            Use s{stmt(sql_complete)};
            s->bind(1, id);
            bind_owner(*s, 2, owner);
            if (!s->executeStep()) return not_found("reminder", id);
            return read_reminder(*s);
        });
    }

    Result<Reminder> snooze(Owner const& owner, Id id, Seconds new_due) override {
        if (auto e = check_owner(owner)) return std::unexpected(*e);
        return run([&]() -> Result<Reminder> {
            Use s{stmt(sql_snooze)};
            s->bind(1, to_db(new_due));
            s->bind(2, id);
            bind_owner(*s, 3, owner);
            if (!s->executeStep()) return not_found("reminder", id);
            return read_reminder(*s);
        });
    }

    // ---- reminders, for the scheduler ----

    Result<std::optional<Seconds>> next_due() override {
        return run([&]() -> Result<std::optional<Seconds>> {
            Use s{stmt(sql_next_due)};
            s->executeStep();
            return optional_time(s->getColumn(0));
        });
    }

    Result<std::vector<Reminder>> claim_due(Seconds now, int limit) override {
        return run([&]() -> Result<std::vector<Reminder>> {
            Use s{stmt(sql_claim_due)};
            s->bind(1, to_db(now));
            s->bind(2, clamp_limit(limit));
            std::vector<Reminder> out;
            while (s->executeStep()) out.push_back(read_reminder(*s));
            // RETURNING gives no order guarantee.
            std::ranges::sort(out, [](Reminder const& a, Reminder const& b) {
                return std::tie(a.next_attempt_at, a.id) < std::tie(b.next_attempt_at, b.id);
            });
            return out;
        });
    }

    Result<void> mark_delivered(Id id, std::string_view dm_channel, std::string_view dm_ts, Seconds now) override {
        if (auto e = check_text("dm_channel", dm_channel)) return std::unexpected(*e);
        if (auto e = check_text("dm_ts", dm_ts)) return std::unexpected(*e);
        return run([&]() -> Result<void> {
            Use s{stmt(sql_mark_delivered)};
            s->bind(1, to_db(now));
            s->bind(2, std::string{dm_channel});
            s->bind(3, std::string{dm_ts});
            s->bind(4, id);
            if (s->exec() == 0) return not_found("reminder", id);
            return {};
        });
    }

    Result<bool> retry_later(Id id, Seconds when) override {
        return run([&]() -> Result<bool> {
            Use s{stmt(sql_retry_later)};
            s->bind(1, to_db(when));
            s->bind(2, id);
            return s->exec() == 1;
        });
    }

    Result<std::int64_t> recover_claims() override {
        return run([&]() -> Result<std::int64_t> {
            Use s{stmt(sql_recover_claims)};
            return static_cast<std::int64_t>(s->exec());
        });
    }

    // ---- processed events ----

    Result<bool> first_delivery(std::string_view event_id, Seconds now) override {
        if (event_id.empty() || event_id.size() > 255)
            return fail(StorageErrorKind::invalid_argument, "event id must be 1..255 bytes");
        return run([&]() -> Result<bool> {
            // Slack retries within minutes; a day of ids is plenty, and pruning hourly keeps each call one
            // indexed insert.
            if (!last_prune_ || now - *last_prune_ >= 1h || now < *last_prune_) {
                Use prune{stmt(sql_prune_events)};
                prune->bind(1, to_db(now - 24h));
                prune->exec();
                last_prune_ = now;
            }
            Use s{stmt(sql_insert_event)};
            s->bind(1, std::string{event_id});
            s->bind(2, to_db(now));
            return s->exec() == 1;
        });
    }

    // ---- user time zones ----

    Result<std::optional<UserTz>> user_tz(Owner const& owner) override {
        if (auto e = check_owner(owner)) return std::unexpected(*e);
        return run([&]() -> Result<std::optional<UserTz>> {
            Use s{stmt(sql_get_tz)};
            bind_owner(*s, 1, owner);
            if (!s->executeStep()) return std::optional<UserTz>{};
            return std::optional<UserTz>{UserTz{s->getColumn(0).getString(), from_db(s->getColumn(1).getInt64())}};
        });
    }

    Result<void> set_user_tz(Owner const& owner, std::string_view tz, Seconds now) override {
        if (auto e = check_owner(owner)) return std::unexpected(*e);
        if (!util::is_known_time_zone(tz)) return fail(StorageErrorKind::invalid_argument, "unknown time zone");
        return run([&]() -> Result<void> {
            Use s{stmt(sql_set_tz)};
            bind_owner(*s, 1, owner);
            s->bind(3, std::string{tz});
            s->bind(4, to_db(now));
            s->exec();
            return {};
        });
    }

  private:
    static std::unexpected<StorageError> not_found(std::string_view what, Id id) {
        return fail(StorageErrorKind::not_found, std::string{what} + " " + std::to_string(id) + " not found");
    }

    // Every call: one lock around the one connection, SQLiteCpp's exceptions turned into StorageError.
    template <typename F>
    auto run(F&& body) -> decltype(body()) {
        std::lock_guard lock{mutex_};
        try {
            return body();
        } catch (SQLite::Exception const& e) {
            return std::unexpected(from_sqlite(e));
        } catch (std::bad_alloc const&) {
            return fail(StorageErrorKind::internal, "out of memory");
        } catch (std::exception const& e) {
            return fail(StorageErrorKind::internal, e.what());
        }
    }

    SQLite::Statement& stmt(char const* sql) {
        auto& slot = cache_[sql];
        if (!slot) slot = std::make_unique<SQLite::Statement>(*db_, sql);
        return *slot;
    }

    std::mutex mutex_;
    std::unique_ptr<SQLite::Database> db_;
    SqliteOptions options_;
    std::unordered_map<char const*, std::unique_ptr<SQLite::Statement>> cache_;
    std::optional<Seconds> last_prune_;
};

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
        return std::make_unique<SqliteStore>(std::move(db), std::move(options));
    } catch (SQLite::Exception const& e) {
        return std::unexpected(from_sqlite(e));
    } catch (std::exception const& e) {
        return fail(StorageErrorKind::internal, e.what());
    }
}

}  // namespace pushback::storage
