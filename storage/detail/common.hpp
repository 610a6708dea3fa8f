#pragma once
// What both Store implementations share (private to storage/): the error helper, times as integer seconds,
// the input checks that give callers clear errors instead of constraint failures, and the column lists
// every row reader follows. A new Store method checks its input here once for both backends.

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

#include "storage/store.hpp"

namespace pushback::storage::detail {

inline std::unexpected<StorageError> fail(StorageErrorKind kind, std::string message) {
    return std::unexpected(StorageError{kind, std::move(message)});
}

inline std::unexpected<StorageError> not_found(std::string_view what, Id id) {
    return fail(StorageErrorKind::not_found, std::string{what} + " " + std::to_string(id) + " not found");
}

// Both schemas keep instants as integer UTC seconds (they sort and index cheaply, and read the same).
inline std::int64_t to_db(Seconds t) { return t.time_since_epoch().count(); }
inline Seconds from_db(std::int64_t v) { return Seconds{std::chrono::seconds{v}}; }

inline int clamp_limit(int limit) { return std::clamp(limit, 1, max_list_limit); }

// Processed Slack event ids: Slack retries within minutes, so a day of ids is plenty; first_delivery prunes
// older ones at most hourly (and at once if the clock went back), keeping each call one indexed insert.
inline constexpr std::chrono::hours event_id_retention{24};
inline bool event_prune_due(std::optional<Seconds> last_prune, Seconds now) {
    return !last_prune || now - *last_prune >= std::chrono::hours{1} || now < *last_prune;
}

// ---- input checks ----

inline constexpr std::size_t max_id_bytes = 255;  // a Slack id (team, user, channel, event, ...)

std::optional<StorageError> check_owner(Owner const& owner);
std::optional<StorageError> check_text(std::string_view field, std::string_view value);
std::optional<StorageError> check_decision(std::string_view decision);
std::optional<StorageError> check_commitment(NewCommitment const& c);
std::optional<StorageError> check_patch(CommitmentPatch const& patch);
std::optional<StorageError> check_reminder(NewReminder const& r);
std::optional<StorageError> check_enterprise_id(std::string_view enterprise_id);  // a reminder's Grid org
std::optional<StorageError> check_event_id(std::string_view event_id);
std::optional<StorageError> check_scope(ChannelScope const& scope);
std::optional<StorageError> check_time_zone(std::string_view tz);

// Decisions on the record: the channel a card goes to, and its message ts.
std::optional<StorageError> check_channel(std::string_view channel);
std::optional<StorageError> check_share(std::string_view channel, std::string_view ts);
// What the entry's stored share state (and the channel it is shared in) allows: sharing to `channel` (not
// while shared elsewhere), withdrawing (only while shared).
std::optional<StorageError> check_can_share(std::string_view state, std::string_view shared_in,
                                            std::string_view channel);
std::optional<StorageError> check_can_withdraw(std::string_view state);
std::optional<StorageError> check_outcome(Outcome outcome);

// Installations (OAuth v2): sealed tokens, shared by both backends.
inline constexpr std::size_t max_token_bytes = 4096;
inline bool looks_plain(std::string_view token) { return token.starts_with("xox"); }
std::optional<StorageError> check_installation(Installation const& i);
std::optional<StorageError> check_installation_ids(std::string_view enterprise_id, std::string_view team_id);
std::optional<StorageError> check_refreshed_tokens(std::string_view sealed_bot_token,
                                                   std::string_view sealed_refresh_token);
std::optional<StorageError> check_nonce(std::string_view nonce);
std::optional<StorageError> check_team_id(std::string_view team_id);

// Which installation serves a request (Store::find_installation): the workspace's own, else the org-wide one
// of its enterprise; with enterprise_install only the org-wide one. `find(org_wide, key)` reads one row.
template <typename Find>
std::optional<Installation> serving_installation(std::string_view enterprise_id, std::string_view team_id,
                                                 bool enterprise_install, Find&& find) {
    if (!enterprise_install && !team_id.empty()) {
        if (auto team = find(false, team_id)) return team;
    }
    if (enterprise_id.empty()) return std::nullopt;
    return find(true, enterprise_id);
}

ReminderState parse_reminder_state(std::string_view s);

// ---- the Store's calls, declared once for both implementations ----
// A new Store method: declare it in store.hpp, add it here, implement it in sqlite_*.cpp and pg_*.cpp (and
// its case in tests/storage, which runs on both).
#define PUSHBACK_STORE_OVERRIDES                                                                                    \
    Result<Commitment> add_commitment(Owner const& owner, NewCommitment const& entry) override;                     \
    Result<Commitment> get_commitment(Owner const& owner, Id id) override;                                          \
    Result<Commitment> update_commitment(Owner const& owner, Id id, CommitmentPatch const& patch) override;         \
    Result<Commitment> set_commitment_status(Owner const& owner, Id id, CommitmentStatus status) override;          \
    Result<std::vector<Commitment>> list_commitments(Owner const& owner, int limit, int offset) override;           \
    Result<std::vector<Commitment>> all_commitments(Owner const& owner) override;                                   \
    Result<std::vector<Commitment>> search_commitments(Owner const& owner, std::string_view words, int limit)       \
        override;                                                                                                   \
    Result<std::int64_t> count_commitments(Owner const& owner, std::optional<CommitmentStatus> status) override;    \
    Result<Reminder> add_reminder(Owner const& owner, NewReminder const& r) override;                               \
    Result<Reminder> get_reminder(Owner const& owner, Id id) override;                                              \
    Result<std::vector<Reminder>> list_pending(Owner const& owner, int limit) override;                             \
    Result<Reminder> complete(Owner const& owner, Id id) override;                                                  \
    Result<Reminder> snooze(Owner const& owner, Id id, Seconds new_due) override;                                   \
    Result<std::optional<Seconds>> next_due() override;                                                             \
    Result<std::vector<Reminder>> claim_due(Seconds now, int limit) override;                                       \
    Result<void> mark_delivered(Id id, std::string_view dm_channel, std::string_view dm_ts, Seconds now) override;  \
    Result<bool> retry_later(Id id, Seconds when) override;                                                         \
    Result<std::int64_t> recover_claims() override;                                                                 \
    Result<bool> first_delivery(std::string_view event_id, Seconds now) override;                                   \
    Result<std::optional<UserTz>> user_tz(Owner const& owner) override;                                             \
    Result<void> set_user_tz(Owner const& owner, std::string_view tz, Seconds now) override;                        \
    Result<void> ready() override;                                                                                  \
    Result<ReminderCounts> reminder_counts(Seconds now, std::chrono::seconds late_after) override;                  \
    Result<void> save_installation(Installation const& installation, Seconds now) override;                         \
    Result<std::optional<Installation>> find_installation(std::string_view enterprise_id, std::string_view team_id, \
                                                          bool enterprise_install) override;                        \
    Result<bool> delete_installation(std::string_view key) override;                                                \
    Result<bool> claim_token_refresh(std::string_view key, Seconds seen_expiry, Seconds now, Seconds lease_until)   \
        override;                                                                                                   \
    Result<void> finish_token_refresh(std::string_view key, std::string_view sealed_bot_token,                      \
                                      std::string_view sealed_refresh_token, Seconds expires_at, Seconds now)       \
        override;                                                                                                   \
    Result<void> release_token_refresh(std::string_view key) override;                                              \
    Result<void> add_oauth_state(std::string_view nonce, Seconds expires_at) override;                              \
    Result<bool> consume_oauth_state(std::string_view nonce, Seconds now) override;                                 \
    Result<void> schedule_purge(std::string_view team_id, Seconds purge_at) override;                               \
    Result<std::int64_t> purge_due(Seconds now) override;                                                           \
    Result<Commitment> record_share(Owner const& owner, Id id, std::string_view channel, std::string_view ts,       \
                                    Seconds now) override;                                                          \
    Result<Commitment> withdraw_share(Owner const& owner, Id id) override;                                          \
    Result<Commitment> get_shared(ChannelScope const& scope, Id id) override;                                       \
    Result<std::vector<Commitment>> list_shared(ChannelScope const& scope, int limit) override;                     \
    Result<std::vector<Commitment>> search_shared(ChannelScope const& scope, std::string_view words, int limit)     \
        override;                                                                                                   \
    Result<std::vector<Commitment>> all_shared(ChannelScope const& scope) override;                                 \
    Result<void> note_channel(Owner const& owner, std::string_view channel, Seconds now) override;                  \
    Result<std::vector<Commitment>> shared_in_my_channels(Owner const& owner, Seconds since, int limit) override;   \
    Result<Reminder> schedule_revisit(Owner const& owner, Id id, Seconds when, std::string_view tz,                 \
                                      std::string_view enterprise_id) override;                                     \
    Result<Commitment> record_outcome(Owner const& owner, Id id, Outcome outcome, Seconds now) override;            \
    Result<TrackRecord> track_record(Owner const& owner, Seconds since) override;

// ---- row mapping: the column lists and the readers must stay in the same order ----

#define PUSHBACK_COMMITMENT_COLUMNS                                                                       \
    "commitments.id, commitments.team_id, commitments.user_id, commitments.created_at, "                  \
    "commitments.updated_at, commitments.decision, commitments.context, commitments.alternatives, "       \
    "commitments.trade_offs, commitments.decision_maker, commitments.concerns, commitments.status, "      \
    "commitments.source_link, commitments.share_state, commitments.share_channel, commitments.share_ts, " \
    "commitments.shared_at, commitments.revisit_at, commitments.outcome, commitments.outcome_at"

#define PUSHBACK_REMINDER_COLUMNS                                                                        \
    "id, team_id, user_id, created_at, with_whom, due_at, tz, summary, commitment_id, state, attempts, " \
    "next_attempt_at, claimed_at, delivered_at, dm_channel, dm_ts, kind, enterprise_id"

#define PUSHBACK_INSTALLATION_COLUMNS                                                                             \
    "enterprise_id, team_id, enterprise_install, team_name, app_id, bot_user_id, bot_scopes, installer_user_id, " \
    "bot_token, refresh_token, bot_token_expires_at, installed_at, updated_at"

// An uninstall's purge (Store::purge_due): one statement per table that holds a team's data, with the
// backend's placeholder P for the team id. Reminders first (they point at commitments); the search index
// follows the commitments (SQLite: its triggers; PostgreSQL: a generated column); the last cancels the purge.
#define PUSHBACK_TEAM_PURGE_SQL(P)                                                                  \
    "DELETE FROM reminders WHERE team_id = " P, "DELETE FROM commitments WHERE team_id = " P,       \
        "DELETE FROM user_tz WHERE team_id = " P, "DELETE FROM channel_members WHERE team_id = " P, \
        "DELETE FROM team_purges WHERE team_id = " P

// A row of either backend, read column by column in the order above. `Row` needs text(i), i64(i), null(i).
template <typename Row>
Commitment read_commitment_row(Row const& row) {
    auto optional_time = [&](int i) -> std::optional<Seconds> {
        if (row.null(i)) return std::nullopt;
        return from_db(row.i64(i));
    };
    Commitment c;
    c.id = row.i64(0);
    c.owner = {row.text(1), row.text(2)};
    c.created_at = from_db(row.i64(3));
    c.updated_at = from_db(row.i64(4));
    c.decision = row.text(5);
    c.context = row.text(6);
    c.alternatives = row.text(7);
    c.trade_offs = row.text(8);
    c.decision_maker = row.text(9);
    c.concerns = row.text(10);
    c.status = parse_commitment_status(row.text(11)).value_or(CommitmentStatus::committed);
    c.source_link = row.text(12);
    auto const share = row.text(13);
    c.share_state = share == "shared"      ? ShareState::shared
                    : share == "withdrawn" ? ShareState::withdrawn
                                           : ShareState::none;
    c.share_channel = row.text(14);
    c.share_ts = row.text(15);
    c.shared_at = optional_time(16);
    c.revisit_at = optional_time(17);
    auto const outcome = row.text(18);
    c.outcome = outcome == "came_true" ? Outcome::came_true : outcome == "held" ? Outcome::held : Outcome::none;
    c.outcome_at = optional_time(19);
    return c;
}

template <typename Row>
Reminder read_reminder_row(Row const& row) {
    auto optional_time = [&](int i) -> std::optional<Seconds> {
        if (row.null(i)) return std::nullopt;
        return from_db(row.i64(i));
    };
    Reminder r;
    r.id = row.i64(0);
    r.owner = {row.text(1), row.text(2)};
    r.created_at = from_db(row.i64(3));
    r.with_whom = row.text(4);
    r.due_at = from_db(row.i64(5));
    r.tz = row.text(6);
    r.summary = row.text(7);
    if (!row.null(8)) r.commitment_id = row.i64(8);
    r.state = parse_reminder_state(row.text(9));
    r.attempts = static_cast<int>(row.i64(10));
    r.next_attempt_at = from_db(row.i64(11));
    r.claimed_at = optional_time(12);
    r.delivered_at = optional_time(13);
    r.dm_channel = row.text(14);
    r.dm_ts = row.text(15);
    r.kind = row.text(16) == "revisit" ? ReminderKind::revisit : ReminderKind::followup;
    r.enterprise_id = row.text(17);
    return r;
}

template <typename Row>
Installation read_installation_row(Row const& row) {
    Installation i;
    i.enterprise_id = row.text(0);
    i.team_id = row.text(1);
    i.enterprise_install = row.i64(2) != 0;
    i.team_name = row.text(3);
    i.app_id = row.text(4);
    i.bot_user_id = row.text(5);
    i.bot_scopes = row.text(6);
    i.installer_user_id = row.text(7);
    i.sealed_bot_token = row.text(8);
    i.sealed_refresh_token = row.text(9);
    if (!row.null(10)) i.bot_token_expires_at = from_db(row.i64(10));
    i.installed_at = from_db(row.i64(11));
    i.updated_at = from_db(row.i64(12));
    return i;
}

}  // namespace pushback::storage::detail
