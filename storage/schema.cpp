#include "storage/detail/schema.hpp"

#include <array>

namespace pushback::storage::detail {
namespace {

// 1: the two things users keep. Times are UTC seconds since the epoch (INTEGER) so they sort and index
// cheaply. The partial index on pending reminders keeps next_due()/claim_due() logarithmic however many
// delivered or done reminders pile up; the one on claimed keeps recover_claims() cheap at start.
constexpr char const* v1 = R"sql(
CREATE TABLE commitments (
    id             INTEGER PRIMARY KEY,
    team_id        TEXT    NOT NULL,
    user_id        TEXT    NOT NULL,
    created_at     INTEGER NOT NULL,
    updated_at     INTEGER NOT NULL,
    decision       TEXT    NOT NULL CHECK (length(decision) > 0),
    context        TEXT    NOT NULL DEFAULT '',
    alternatives   TEXT    NOT NULL DEFAULT '',
    trade_offs     TEXT    NOT NULL DEFAULT '',
    decision_maker TEXT    NOT NULL DEFAULT '',
    concerns       TEXT    NOT NULL DEFAULT '',
    status         TEXT    NOT NULL DEFAULT 'committed' CHECK (status IN ('committed', 'revisit', 'done')),
    source_link    TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX commitments_by_owner ON commitments (team_id, user_id, created_at DESC, id DESC);

CREATE TABLE reminders (
    id              INTEGER PRIMARY KEY,
    team_id         TEXT    NOT NULL,
    user_id         TEXT    NOT NULL,
    created_at      INTEGER NOT NULL,
    with_whom       TEXT    NOT NULL,
    due_at          INTEGER NOT NULL,
    tz              TEXT    NOT NULL,
    summary         TEXT    NOT NULL DEFAULT '',
    commitment_id   INTEGER REFERENCES commitments (id) ON DELETE SET NULL,
    state           TEXT    NOT NULL DEFAULT 'pending'
                            CHECK (state IN ('pending', 'claimed', 'delivered', 'done')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    next_attempt_at INTEGER NOT NULL,
    claimed_at      INTEGER,
    delivered_at    INTEGER,
    dm_channel      TEXT    NOT NULL DEFAULT '',
    dm_ts           TEXT    NOT NULL DEFAULT ''
);
CREATE INDEX reminders_by_owner ON reminders (team_id, user_id, due_at);
CREATE INDEX reminders_pending ON reminders (next_attempt_at, id) WHERE state = 'pending';
CREATE INDEX reminders_claimed ON reminders (id) WHERE state = 'claimed';
CREATE INDEX reminders_by_commitment ON reminders (commitment_id);
)sql";

// 2: full-text search over the log (an external-content FTS5 index kept in step by triggers and rebuilt
// from the rows already there), Slack event ids seen (dedupe of retries), and cached user time zones.
constexpr char const* v2 = R"sql(
CREATE VIRTUAL TABLE commitments_fts USING fts5 (
    decision, context, alternatives, trade_offs, decision_maker, concerns,
    content = 'commitments', content_rowid = 'id', tokenize = 'unicode61 remove_diacritics 2'
);
CREATE TRIGGER commitments_fts_insert AFTER INSERT ON commitments BEGIN
    INSERT INTO commitments_fts (rowid, decision, context, alternatives, trade_offs, decision_maker, concerns)
    VALUES (new.id, new.decision, new.context, new.alternatives, new.trade_offs, new.decision_maker, new.concerns);
END;
CREATE TRIGGER commitments_fts_delete AFTER DELETE ON commitments BEGIN
    INSERT INTO commitments_fts (commitments_fts, rowid, decision, context, alternatives, trade_offs,
                                 decision_maker, concerns)
    VALUES ('delete', old.id, old.decision, old.context, old.alternatives, old.trade_offs, old.decision_maker,
            old.concerns);
END;
CREATE TRIGGER commitments_fts_update
AFTER UPDATE OF decision, context, alternatives, trade_offs, decision_maker, concerns ON commitments BEGIN
    INSERT INTO commitments_fts (commitments_fts, rowid, decision, context, alternatives, trade_offs,
                                 decision_maker, concerns)
    VALUES ('delete', old.id, old.decision, old.context, old.alternatives, old.trade_offs, old.decision_maker,
            old.concerns);
    INSERT INTO commitments_fts (rowid, decision, context, alternatives, trade_offs, decision_maker, concerns)
    VALUES (new.id, new.decision, new.context, new.alternatives, new.trade_offs, new.decision_maker, new.concerns);
END;
INSERT INTO commitments_fts (commitments_fts) VALUES ('rebuild');

CREATE TABLE processed_events (
    event_id TEXT    PRIMARY KEY,
    seen_at  INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX processed_events_by_age ON processed_events (seen_at);

CREATE TABLE user_tz (
    team_id    TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    tz         TEXT    NOT NULL,
    fetched_at INTEGER NOT NULL,
    PRIMARY KEY (team_id, user_id)
) WITHOUT ROWID;
)sql";

// 3: OAuth v2 installations (tokens sealed by the caller: the CHECKs refuse a plain Slack token, xox...),
// the single-use install states, and the purges scheduled by uninstalls.
constexpr char const* v3 = R"sql(
CREATE TABLE installations (
    install_key          TEXT    PRIMARY KEY CHECK (length(install_key) > 0),
    enterprise_id        TEXT    NOT NULL DEFAULT '',
    team_id              TEXT    NOT NULL DEFAULT '',
    enterprise_install   INTEGER NOT NULL DEFAULT 0 CHECK (enterprise_install IN (0, 1)),
    team_name            TEXT    NOT NULL DEFAULT '',
    app_id               TEXT    NOT NULL DEFAULT '',
    bot_user_id          TEXT    NOT NULL,
    bot_scopes           TEXT    NOT NULL DEFAULT '',
    installer_user_id    TEXT    NOT NULL DEFAULT '',
    bot_token            TEXT    NOT NULL CHECK (length(bot_token) > 0 AND bot_token NOT GLOB 'xox*'),
    refresh_token        TEXT    NOT NULL DEFAULT '' CHECK (refresh_token NOT GLOB 'xox*'),
    bot_token_expires_at INTEGER,
    refresh_lease_until  INTEGER,
    installed_at         INTEGER NOT NULL,
    updated_at           INTEGER NOT NULL
) WITHOUT ROWID;

CREATE TABLE oauth_states (
    nonce      TEXT    PRIMARY KEY,
    expires_at INTEGER NOT NULL
) WITHOUT ROWID;
CREATE INDEX oauth_states_by_expiry ON oauth_states (expires_at);

CREATE TABLE team_purges (
    team_id  TEXT    PRIMARY KEY,
    purge_at INTEGER NOT NULL
) WITHOUT ROWID;
)sql";

// 4: decisions on the record. An entry can be shared to one channel (its card's channel and ts kept for
// chat.update; withdrawn keeps the card's address but takes the entry out of the channel's log), carries
// a revisit date and the outcome of its concerns; reminders get a kind (1:1 follow-up or revisit); the
// channels a user has used Pushback in (proved by signed requests) feed App Home's shared list.
constexpr char const* v4 = R"sql(
ALTER TABLE commitments ADD COLUMN share_state TEXT NOT NULL DEFAULT ''
    CHECK (share_state IN ('', 'shared', 'withdrawn'));
ALTER TABLE commitments ADD COLUMN share_channel TEXT NOT NULL DEFAULT '';
ALTER TABLE commitments ADD COLUMN share_ts TEXT NOT NULL DEFAULT '';
ALTER TABLE commitments ADD COLUMN shared_at INTEGER;
ALTER TABLE commitments ADD COLUMN revisit_at INTEGER;
ALTER TABLE commitments ADD COLUMN outcome TEXT NOT NULL DEFAULT '' CHECK (outcome IN ('', 'came_true', 'held'));
ALTER TABLE commitments ADD COLUMN outcome_at INTEGER;
CREATE INDEX commitments_shared ON commitments (team_id, share_channel, created_at DESC, id DESC)
    WHERE share_state = 'shared';
CREATE INDEX commitments_outcomes ON commitments (team_id, user_id, outcome_at) WHERE outcome <> '';

ALTER TABLE reminders ADD COLUMN kind TEXT NOT NULL DEFAULT 'followup' CHECK (kind IN ('followup', 'revisit'));

CREATE TABLE channel_members (
    team_id    TEXT    NOT NULL,
    user_id    TEXT    NOT NULL,
    channel_id TEXT    NOT NULL,
    seen_at    INTEGER NOT NULL,
    PRIMARY KEY (team_id, user_id, channel_id)
) WITHOUT ROWID;
)sql";

// 5: a reminder remembers the Enterprise Grid org of the request that scheduled it, so its DM can go out with
// the org-wide installation when the workspace has none of its own. Rows from before keep '' (as outside Grid):
// they are delivered with the workspace's own installation, as they were.
constexpr char const* v5 = R"sql(
ALTER TABLE reminders ADD COLUMN enterprise_id TEXT NOT NULL DEFAULT '';
)sql";

constexpr std::array<Migration, 5> all{{{1, v1}, {2, v2}, {3, v3}, {4, v4}, {5, v5}}};

}  // namespace

std::span<Migration const> migrations() { return all; }

}  // namespace pushback::storage::detail
