// The installation store on a real SQLite file: save and find (a workspace's own, else its org-wide install),
// delete, the refresh lease that lets one caller refresh, single-use install states, and uninstall purges.
#include <catch2/catch.hpp>

#include "storage/sqlite_store.hpp"
#include "storage/support.hpp"

using namespace pushback::storage;
using namespace pushback::storage::test;
using namespace std::chrono_literals;

namespace {

Installation team(std::string id, std::string enterprise = "") {
    Installation i;
    i.team_id = std::move(id);
    i.enterprise_id = std::move(enterprise);
    i.team_name = "Team";
    i.app_id = "A1";
    i.bot_user_id = "UBOT";
    i.bot_scopes = "commands,chat:write";
    i.installer_user_id = "UADMIN";
    i.sealed_bot_token = "pbk1.00000000.sealed-bot-" + i.team_id;
    return i;
}

Installation org(std::string enterprise) {
    auto i = team("", std::move(enterprise));
    i.enterprise_install = true;
    i.sealed_bot_token = "pbk1.00000000.sealed-org";
    return i;
}

struct Fixture {
    TestDb db;
    TestClock clock;
    std::unique_ptr<Store> store = db.open(clock);
    Seconds now() const { return Seconds{std::chrono::seconds{clock.now.load()}}; }
};

}  // namespace

TEST_CASE("installations: saved, found by team, else by the org-wide install of its enterprise", "[storage][oauth]") {
    Fixture f;
    REQUIRE(f.store->save_installation(team("T1"), f.now()));
    REQUIRE(f.store->save_installation(org("E1"), f.now()));

    auto const t1 = *f.store->find_installation("", "T1", false);
    REQUIRE(t1);
    CHECK(t1->team_id == "T1");
    CHECK(t1->sealed_bot_token == "pbk1.00000000.sealed-bot-T1");
    CHECK(t1->installed_at == f.now());
    CHECK_FALSE(t1->bot_token_expires_at);

    auto const in_org = *f.store->find_installation("E1", "T-in-org", false);
    REQUIRE(in_org);
    CHECK(in_org->enterprise_install);
    CHECK(in_org->sealed_bot_token == "pbk1.00000000.sealed-org");
    CHECK_FALSE(*f.store->find_installation("E2", "T-elsewhere", false));
    CHECK_FALSE(*f.store->find_installation("", "T2", false));
    CHECK_FALSE(*f.store->find_installation("", "E1", false));  // an org's key is not a team's

    // A reinstall replaces the tokens.
    auto again = team("T1");
    again.sealed_bot_token = "pbk1.00000000.reinstalled";
    REQUIRE(f.store->save_installation(again, f.now()));
    CHECK((*f.store->find_installation("", "T1", false))->sealed_bot_token == "pbk1.00000000.reinstalled");

    CHECK(*f.store->delete_installation("T1"));
    CHECK_FALSE(*f.store->delete_installation("T1"));
    CHECK_FALSE(*f.store->find_installation("", "T1", false));
}

TEST_CASE("installations: a plain Slack token is refused, by the store and by the schema", "[storage][oauth]") {
    Fixture f;
    auto plain = team("T1");
    plain.sealed_bot_token = "xoxb-1-plain";
    auto const refused = f.store->save_installation(plain, f.now());
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == StorageErrorKind::invalid_argument);
    auto refresh = team("T1");
    refresh.sealed_refresh_token = "xoxe-1-plain";
    CHECK_FALSE(f.store->save_installation(refresh, f.now()));
    CHECK_FALSE(f.store->save_installation(team(""), f.now()));
    REQUIRE(f.store->save_installation(team("T1"), f.now()));
    CHECK_FALSE(f.store->finish_token_refresh("T1", "xoxb-plain", "pbk1.x", f.now() + 12h, f.now()));
}

TEST_CASE("token refresh: one claim wins until it finishes, releases, or its lease lapses", "[storage][oauth]") {
    Fixture f;
    auto rotating = team("T1");
    rotating.sealed_refresh_token = "pbk1.00000000.refresh";
    rotating.bot_token_expires_at = f.now() + 5min;
    REQUIRE(f.store->save_installation(rotating, f.now()));
    auto const seen = *rotating.bot_token_expires_at;

    CHECK(*f.store->claim_token_refresh("T1", seen, f.now(), f.now() + 30s));
    CHECK_FALSE(*f.store->claim_token_refresh("T1", seen, f.now(), f.now() + 30s));  // held
    CHECK(*f.store->claim_token_refresh("T1", seen, f.now() + 31s, f.now() + 61s));  // lapsed: taken over
    REQUIRE(f.store->release_token_refresh("T1"));
    CHECK(*f.store->claim_token_refresh("T1", seen, f.now(), f.now() + 30s));

    REQUIRE(f.store->finish_token_refresh("T1", "pbk1.00000000.new-bot", "pbk1.00000000.new-refresh", f.now() + 12h,
                                          f.now()));
    auto const after = *f.store->find_installation("", "T1", false);
    CHECK(after->sealed_bot_token == "pbk1.00000000.new-bot");
    CHECK(after->sealed_refresh_token == "pbk1.00000000.new-refresh");
    CHECK(after->bot_token_expires_at == f.now() + 12h);
    // Whoever still holds the old expiry cannot refresh again: the token is new.
    CHECK_FALSE(*f.store->claim_token_refresh("T1", seen, f.now(), f.now() + 30s));
    // Without a refresh token there is nothing to claim.
    REQUIRE(f.store->save_installation(team("T2"), f.now()));
    CHECK_FALSE(*f.store->claim_token_refresh("T2", seen, f.now(), f.now() + 30s));
}

TEST_CASE("install states are good once, and not after they expire", "[storage][oauth]") {
    Fixture f;
    REQUIRE(f.store->add_oauth_state("nonce-1", f.now() + 10min));
    REQUIRE(f.store->add_oauth_state("nonce-2", f.now() + 10min));
    CHECK(*f.store->consume_oauth_state("nonce-1", f.now()));
    CHECK_FALSE(*f.store->consume_oauth_state("nonce-1", f.now()));
    CHECK_FALSE(*f.store->consume_oauth_state("never-issued", f.now()));
    CHECK_FALSE(*f.store->consume_oauth_state("nonce-2", f.now() + 10min));
    CHECK_FALSE(*f.store->consume_oauth_state("", f.now()));
}

TEST_CASE("uninstall purge: the team data goes when due, and a reinstall cancels it", "[storage][oauth]") {
    Fixture f;
    Owner const gone{"TGONE", "U1"}, back{"TBACK", "U1"}, other{"TOTHER", "U1"};
    for (auto const& o : {gone, back, other}) {
        NewCommitment entry;
        entry.decision = "Ship it";
        auto c = f.store->add_commitment(o, entry);
        REQUIRE(c);
        NewReminder r;
        r.with_whom = "U2";
        r.due_at = f.now() + 1h;
        r.tz = "Europe/London";
        r.commitment_id = c->id;
        REQUIRE(f.store->add_reminder(o, r));
        REQUIRE(f.store->set_user_tz(o, "Europe/London", f.now()));
        REQUIRE(f.store->note_channel(o, "C1", f.now()));
    }
    REQUIRE(f.store->schedule_purge("TGONE", f.now() + 24h));
    REQUIRE(f.store->schedule_purge("TBACK", f.now() + 24h));
    REQUIRE(f.store->save_installation(team("TBACK"), f.now()));  // reinstalled

    CHECK(*f.store->purge_due(f.now() + 23h) == 0);
    CHECK(*f.store->count_commitments(gone) == 1);
    CHECK(*f.store->purge_due(f.now() + 24h) == 1);
    CHECK(*f.store->count_commitments(gone) == 0);
    CHECK(f.store->list_pending(gone)->empty());
    CHECK_FALSE(*f.store->user_tz(gone));
    CHECK(f.store->search_commitments(gone, "Ship", 10)->empty());
    for (auto const& o : {back, other}) {
        CHECK(*f.store->count_commitments(o) == 1);
        CHECK(f.store->list_pending(o)->size() == 1);
    }
    // The channels a purged user was seen in go too: a later entry shared there is not "in their channels".
    for (auto const& team_id : {"TGONE", "TOTHER"}) {
        Owner const author{team_id, "U9"};
        NewCommitment entry;
        entry.decision = "Shared after the purge";
        auto c = f.store->add_commitment(author, entry);
        REQUIRE(c);
        REQUIRE(f.store->record_share(author, c->id, "C1", "1.1", f.now() + 25h));
    }
    CHECK(f.store->shared_in_my_channels(gone, f.now(), 10)->empty());
    CHECK(f.store->shared_in_my_channels(other, f.now(), 10)->size() == 1);
    CHECK(*f.store->purge_due(f.now() + 48h) == 0);
}
