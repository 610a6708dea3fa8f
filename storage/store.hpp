#pragma once
// The storage seam: everything Pushback keeps between requests (decision log, 1:1 follow-up reminders,
// processed Slack event ids, cached user time zones). Handlers and the scheduler talk to this interface;
// SQLite (storage/sqlite_store.hpp, the default) and PostgreSQL (storage/postgres_store.hpp, for several
// replicas sharing one database) implement it with the same behaviour; open_store (storage/open_store.hpp)
// picks one. Both run the same test suite (tests/storage).
//
// Privacy: every user-facing call takes an Owner and only ever sees or changes that owner's rows; another
// user's id answers not_found, exactly like an id that does not exist. The scheduler calls (claim_due,
// mark_delivered, retry_later, recover_claims, next_due) work across owners by design: they are for the
// server's timer, never for request handlers.
//
// Text: any bytes are accepted. SQLite keeps them as given; PostgreSQL, whose text cannot hold NUL or broken
// UTF-8, keeps such bytes as U+FFFD (what Slack shows for them too). Words around them are found either way.
//
// Thread-safe: every call may come from any thread.

#include <cstdint>
#include <expected>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "storage/types.hpp"

namespace pushback::storage {

inline constexpr int max_list_limit = 500;             // list/search/claim limits are clamped to 1..this
inline constexpr std::size_t max_field_bytes = 40000;  // per text field; longer input is refused

template <typename T>
using Result = std::expected<T, StorageError>;

// What /metrics reports about a store.
struct StoreStats {
    std::uint64_t errors = 0;  // calls that failed for a reason other than the caller's input (not found, invalid)
    int pool_size = 1;         // connections the store may hold (SQLite: its one connection)
    int pool_in_use = 0;       // connections lent out right now
};

// Reminders by where they are, across every owner (for /metrics).
struct ReminderCounts {
    std::int64_t pending = 0;  // waiting for their time (or a retry)
    std::int64_t claimed = 0;  // being sent by a scheduler (any replica)
    std::int64_t late = 0;     // pending and due more than `late_after` ago: the schedulers are behind or down
};

class Store {
  public:
    virtual ~Store() = default;

    // ---- commitments (decision log) ----
    virtual Result<Commitment> add_commitment(Owner const& owner, NewCommitment const& entry) = 0;
    virtual Result<Commitment> get_commitment(Owner const& owner, Id id) = 0;
    // Applies the set fields, bumps updated_at, returns the entry as stored.
    virtual Result<Commitment> update_commitment(Owner const& owner, Id id, CommitmentPatch const& patch) = 0;
    virtual Result<Commitment> set_commitment_status(Owner const& owner, Id id, CommitmentStatus status) = 0;
    // Newest first.
    virtual Result<std::vector<Commitment>> list_commitments(Owner const& owner, int limit, int offset = 0) = 0;
    // Every entry of the owner, oldest first (for exports).
    virtual Result<std::vector<Commitment>> all_commitments(Owner const& owner) = 0;
    // Full-text search (FTS5) over decision, context, alternatives, trade-offs, decision maker and concerns.
    // `words` is plain user text: each word must match (as a prefix: "webhook" finds "webhooks"); FTS syntax
    // in it ("quotes", *, OR, NEAR(...), column:filters) is treated as ordinary words. Best match first.
    // No searchable word at all gives an empty list.
    virtual Result<std::vector<Commitment>> search_commitments(Owner const& owner, std::string_view words,
                                                               int limit) = 0;
    virtual Result<std::int64_t> count_commitments(Owner const& owner,
                                                   std::optional<CommitmentStatus> status = std::nullopt) = 0;

    // ---- sharing: a channel's decision log ----
    // Records that the entry's card was posted to `channel` (ts: the card's message ts). Only the author
    // shares; an entry shared in another channel must be un-shared first (invalid_argument).
    virtual Result<Commitment> record_share(Owner const& owner, Id id, std::string_view channel, std::string_view ts,
                                            Seconds now) = 0;
    // Un-shares: the entry leaves the channel's log; the returned entry still names the channel and card ts
    // (to mark the card withdrawn). invalid_argument if it is not shared.
    virtual Result<Commitment> withdraw_share(Owner const& owner, Id id) = 0;
    // Entries shared (and not withdrawn) in exactly this channel of this team, newest first. An id shared
    // elsewhere, private, or missing: not_found, all alike.
    virtual Result<Commitment> get_shared(ChannelScope const& scope, Id id) = 0;
    virtual Result<std::vector<Commitment>> list_shared(ChannelScope const& scope, int limit) = 0;
    // Full-text search over the channel's shared entries (words as for search_commitments), best match first.
    virtual Result<std::vector<Commitment>> search_shared(ChannelScope const& scope, std::string_view words,
                                                          int limit) = 0;
    // Every shared entry of the channel, oldest first (exports).
    virtual Result<std::vector<Commitment>> all_shared(ChannelScope const& scope) = 0;
    // Remembers that the owner used Pushback in `channel` (a signed request proved they can): App Home's
    // "Shared in your channels" lists entries shared in such channels.
    virtual Result<void> note_channel(Owner const& owner, std::string_view channel, Seconds now) = 0;
    // Entries shared in channels noted for the owner since `since`, by anyone, newest first.
    virtual Result<std::vector<Commitment>> shared_in_my_channels(Owner const& owner, Seconds since, int limit) = 0;

    // ---- the revisit loop ----
    // Sets the entry's revisit date and (re)schedules its one revisit reminder (kind revisit) for `when`
    // in `tz`: an open one is moved, otherwise a new one is added. Either way it keeps `enterprise_id`, the
    // Enterprise Grid org of the request (as NewReminder::enterprise_id). Returns the reminder.
    virtual Result<Reminder> schedule_revisit(Owner const& owner, Id id, Seconds when, std::string_view tz,
                                              std::string_view enterprise_id) = 0;
    // Records what became of the concerns (came_true or held) and closes the entry's revisit reminders.
    virtual Result<Commitment> record_outcome(Owner const& owner, Id id, Outcome outcome, Seconds now) = 0;
    // Outcomes the owner recorded at or after `since`.
    virtual Result<TrackRecord> track_record(Owner const& owner, Seconds since) = 0;

    // ---- reminders, for users ----
    virtual Result<Reminder> add_reminder(Owner const& owner, NewReminder const& reminder) = 0;
    virtual Result<Reminder> get_reminder(Owner const& owner, Id id) = 0;
    // Every reminder of the owner that is not done yet (pending, claimed or delivered), soonest due first.
    virtual Result<std::vector<Reminder>> list_pending(Owner const& owner, int limit = 100) = 0;
    // Marks done (from any state). Returns the reminder as stored.
    virtual Result<Reminder> complete(Owner const& owner, Id id) = 0;
    // Back to pending, due (and next attempt) at new_due, attempts reset. dm_channel/dm_ts are kept so the
    // old DM can be updated. Works from any state, including done (re-opens it).
    virtual Result<Reminder> snooze(Owner const& owner, Id id, Seconds new_due) = 0;

    // ---- reminders, for the scheduler ----
    // Earliest next_attempt_at among pending reminders (may be in the past: overdue), or nullopt if none.
    virtual Result<std::optional<Seconds>> next_due() = 0;
    // Atomically marks up to `limit` pending reminders with next_attempt_at <= now as claimed and returns
    // them, earliest first. Claim before sending; record with mark_delivered or retry_later after.
    virtual Result<std::vector<Reminder>> claim_due(Seconds now, int limit) = 0;
    // Records the posted DM. A claimed reminder becomes delivered; if the user snoozed or completed it
    // while it was in flight, its state is left alone (only channel/ts/delivered_at are recorded).
    // not_found if the id does not exist.
    virtual Result<void> mark_delivered(Id id, std::string_view dm_channel, std::string_view dm_ts, Seconds now) = 0;
    // A failed send: back to pending with attempts + 1 and next_attempt_at = when. Returns false (and changes
    // nothing) if the reminder is no longer claimed (the user acted on it meanwhile).
    virtual Result<bool> retry_later(Id id, Seconds when) = 0;
    // Call once at start, before the scheduler runs: every claim this process (SQLite: any process; PostgreSQL:
    // this replica id) left behind goes back to pending (keeping its next_attempt_at, so it is overdue and
    // fires at once). A process that died between claim and mark_delivered may have posted the DM already:
    // that reminder is delivered again (at-least-once in that one case; exactly once otherwise). Returns how
    // many were recovered. On PostgreSQL claim_due also takes over claims whose lease (claimed_until) has
    // expired, so a replica that died is covered by the others without a restart.
    virtual Result<std::int64_t> recover_claims() = 0;

    // ---- processed Slack events (dedupe of Slack's retries) ----
    // True exactly once per event_id (atomic). Ids older than a day are pruned (at most once an hour).
    virtual Result<bool> first_delivery(std::string_view event_id, Seconds now) = 0;

    // ---- user time-zone cache (from users.info) ----
    virtual Result<std::optional<UserTz>> user_tz(Owner const& owner) = 0;
    // tz must be a known IANA name (invalid_argument otherwise).
    virtual Result<void> set_user_tz(Owner const& owner, std::string_view tz, Seconds now) = 0;

    // ---- operability ----
    // Ok when the database answers and its schema is at least the version this build needs (for /readyz).
    virtual Result<void> ready() = 0;
    virtual StoreStats stats() const = 0;
    virtual Result<ReminderCounts> reminder_counts(Seconds now, std::chrono::seconds late_after) = 0;
    // ---- installations (OAuth v2) ----
    // Inserts or replaces the installation under its key() (a reinstall replaces the tokens) and cancels a
    // purge scheduled for the team by an earlier uninstall. invalid_argument for a missing id or bot user, or
    // a token that is not sealed.
    virtual Result<void> save_installation(Installation const& installation, Seconds now) = 0;
    // The installation that serves a request: the workspace's own, else (in Enterprise Grid) the org-wide one
    // of its enterprise; with enterprise_install only the org-wide one. nullopt when there is none.
    virtual Result<std::optional<Installation>> find_installation(std::string_view enterprise_id,
                                                                  std::string_view team_id,
                                                                  bool enterprise_install) = 0;
    // Deletes the installation and its tokens at once (app_uninstalled, tokens_revoked). False if none.
    virtual Result<bool> delete_installation(std::string_view key) = 0;
    // Token rotation, arbitrated here so that one caller refreshes across threads and replicas: true when
    // this caller may refresh (the installation's expiry is still `seen_expiry` and nobody else holds an
    // unexpired lease); the lease lasts until `lease_until`. Then finish_token_refresh, or release on failure.
    virtual Result<bool> claim_token_refresh(std::string_view key, Seconds seen_expiry, Seconds now,
                                             Seconds lease_until) = 0;
    virtual Result<void> finish_token_refresh(std::string_view key, std::string_view sealed_bot_token,
                                              std::string_view sealed_refresh_token, Seconds expires_at,
                                              Seconds now) = 0;
    virtual Result<void> release_token_refresh(std::string_view key) = 0;

    // ---- OAuth state: issued by /slack/install, used once by /slack/oauth_redirect ----
    virtual Result<void> add_oauth_state(std::string_view nonce, Seconds expires_at) = 0;
    // True exactly once for an issued, unexpired nonce (atomic across replicas); expired ones are pruned.
    virtual Result<bool> consume_oauth_state(std::string_view nonce, Seconds now) = 0;

    // ---- uninstall: the team's decision log, reminders and cached time zones ----
    // Purges the team's data at `purge_at` (purge_due does it); a later save_installation cancels it.
    virtual Result<void> schedule_purge(std::string_view team_id, Seconds purge_at) = 0;
    // Deletes the data of every team whose purge time has come; returns how many teams were purged.
    virtual Result<std::int64_t> purge_due(Seconds now) = 0;
};

}  // namespace pushback::storage
