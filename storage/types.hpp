#pragma once
// The values the store keeps: decision-log entries ("commitments"), 1:1 follow-up reminders, and the
// small error type every storage call returns. Times are UTC seconds; ownership is always explicit.

#include <chrono>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

namespace pushback::storage {

using Id = std::int64_t;
using Seconds = std::chrono::sys_seconds;  // a UTC instant, whole seconds

// Every row belongs to one Slack user in one Slack workspace; every user-facing query is scoped by it.
struct Owner {
    std::string team_id;
    std::string user_id;
    friend bool operator==(Owner const&, Owner const&) = default;
};

enum class StorageErrorKind {
    invalid_argument,  // bad input from the caller (empty decision, unknown status, too long, bad limit, ...)
    not_found,         // no such row for this owner (also what another user's id looks like)
    newer_schema,      // the file was written by a newer Pushback: refused, left untouched
    not_a_database,    // the file is not an SQLite database
    busy,              // another process holds the database past the busy timeout
    io,                // disk full, permission denied, I/O error
    corrupt,           // SQLite reports corruption
    internal,          // anything else (a bug); the message says what SQLite said
};

struct StorageError {
    StorageErrorKind kind;
    std::string message;  // for logs and operators; never contains user message text
};

std::string_view to_string(StorageErrorKind kind);

// ---- commitments: the decision log (seed 002's format plus concerns and status) ----

enum class CommitmentStatus { committed, revisit, done };
std::string_view to_string(CommitmentStatus status);
std::optional<CommitmentStatus> parse_commitment_status(std::string_view text);  // "committed", "revisit", "done"

// Where an entry stands with a channel: never shared, its card is in a channel, or un-shared (the card stays,
// marked withdrawn; the entry no longer appears in the channel's log).
enum class ShareState { none, shared, withdrawn };
std::string_view to_string(ShareState state);

// What became of the concerns on record when the entry was revisited.
enum class Outcome { none, came_true, held };
std::string_view to_string(Outcome outcome);

struct NewCommitment {
    std::string decision;  // required, non-empty
    std::string context;
    std::string alternatives;
    std::string trade_offs;
    std::string decision_maker;
    std::string concerns;  // the engineer's concerns, on record
    CommitmentStatus status = CommitmentStatus::committed;
    std::string source_link;  // Slack permalink, or empty
};

// A channel of one workspace: the only key that reaches entries shared there. Handlers build it from the
// signed request's team_id and channel_id, never from ids a user typed.
struct ChannelScope {
    std::string team_id;
    std::string channel_id;
};

struct Commitment {
    Id id = 0;
    Owner owner;
    Seconds created_at{};
    Seconds updated_at{};
    std::string decision;
    std::string context;
    std::string alternatives;
    std::string trade_offs;
    std::string decision_maker;
    std::string concerns;
    CommitmentStatus status = CommitmentStatus::committed;
    std::string source_link;
    // Sharing: the channel and the card's ts (for chat.update) once shared.
    ShareState share_state = ShareState::none;
    std::string share_channel;
    std::string share_ts;
    std::optional<Seconds> shared_at;
    // The revisit loop: when the concerns come back to the author, and what became of them.
    std::optional<Seconds> revisit_at;
    Outcome outcome = Outcome::none;
    std::optional<Seconds> outcome_at;
};

// The author's record of concerns revisited in a period.
struct TrackRecord {
    std::int64_t came_true = 0;
    std::int64_t held = 0;
    std::int64_t revisited() const { return came_true + held; }
};

// Fields left empty (nullopt) are kept as they are.
struct CommitmentPatch {
    std::optional<std::string> decision;
    std::optional<std::string> context;
    std::optional<std::string> alternatives;
    std::optional<std::string> trade_offs;
    std::optional<std::string> decision_maker;
    std::optional<std::string> concerns;
    std::optional<CommitmentStatus> status;
    std::optional<std::string> source_link;
};

// ---- reminders: "write the async summary of your 1:1 with X" ----

// pending: waiting for next_attempt_at. claimed: the scheduler is sending it now. delivered: the DM was
// posted (dm_channel/dm_ts say where). done: the user closed it.
enum class ReminderState { pending, claimed, delivered, done };
std::string_view to_string(ReminderState state);

// followup: "write up your 1:1". revisit: "your concern on decision #N: did it come true?" (commitment_id set).
enum class ReminderKind { followup, revisit };
std::string_view to_string(ReminderKind kind);

struct NewReminder {
    std::string with_whom;  // Slack user id ("U123") or free text ("Dana from Product"); required
    Seconds due_at{};
    std::string tz;                   // IANA name the due time was parsed in (e.g. "Europe/London"); must be known
    std::string summary;              // drafted summary text
    std::optional<Id> commitment_id;  // must belong to the same owner
    ReminderKind kind = ReminderKind::followup;
    // The Enterprise Grid org of the request that scheduled it ("" outside Grid): delivery may then use the
    // org-wide installation when the workspace has none of its own, as that request could.
    std::string enterprise_id = {};
};

struct Reminder {
    Id id = 0;
    Owner owner;
    Seconds created_at{};
    std::string with_whom;
    Seconds due_at{};
    std::string tz;
    std::string summary;
    std::optional<Id> commitment_id;
    ReminderState state = ReminderState::pending;
    int attempts = 0;           // failed delivery attempts so far
    Seconds next_attempt_at{};  // when the scheduler should (re)try; equals due_at until a retry
    std::optional<Seconds> claimed_at;
    std::optional<Seconds> delivered_at;
    std::string dm_channel;  // where the reminder DM was posted (for chat.update), or empty
    std::string dm_ts;
    ReminderKind kind = ReminderKind::followup;
    std::string enterprise_id = {};  // "" outside Enterprise Grid, and for reminders scheduled before version 5
};

struct UserTz {
    std::string tz;  // IANA name
    Seconds fetched_at{};
};

// ---- installations (OAuth v2): one per workspace, or one per Enterprise Grid org (org-wide install) ----

// The tokens are sealed (encrypted and authenticated) by the caller before they reach the store, which keeps
// them as opaque text and refuses anything that looks like a plain Slack token (xox...).
struct Installation {
    std::string enterprise_id;        // "" outside Enterprise Grid
    std::string team_id;              // "" for an org-wide install
    bool enterprise_install = false;  // installed for the whole Enterprise Grid org
    std::string team_name;            // the workspace's (or org's) name, for the success page
    std::string app_id;
    std::string bot_user_id;
    std::string bot_scopes;         // comma-separated, as Slack grants them
    std::string installer_user_id;  // who clicked "Allow"
    std::string sealed_bot_token;
    std::string sealed_refresh_token;  // "" without token rotation
    std::optional<Seconds> bot_token_expires_at;
    Seconds installed_at{};
    Seconds updated_at{};

    // The row's key: the enterprise id of an org-wide install, else the team id (Slack's ids are unique and
    // prefixed, E... and T..., so the two never collide).
    std::string key() const { return enterprise_install ? enterprise_id : team_id; }
};

}  // namespace pushback::storage
