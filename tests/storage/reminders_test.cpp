#include <catch2/catch.hpp>
#include <mutex>
#include <set>
#include <thread>

#include "support.hpp"

using namespace pushback::storage;
using namespace pushback::storage::test;
using namespace std::chrono_literals;

namespace {

Owner const alice{"T1", "U_ALICE"};
Seconds const t0 = utc(2026, 3, 2, 14);

NewReminder followup(std::string who, Seconds due) {
    NewReminder r;
    r.with_whom = std::move(who);
    r.due_at = due;
    r.tz = "Europe/London";
    r.summary = "Raised: scope of the export. Options: A, B. Decision: B. Next: Dana writes the brief.";
    return r;
}

}  // namespace

TEST_CASE("a reminder is stored pending with its draft, zone and commitment", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    auto c = store->add_commitment(alice, decision("Ship B"));
    REQUIRE(c);
    auto r = followup("U_DANA", t0);
    r.commitment_id = c->id;
    auto added = store->add_reminder(alice, r);
    REQUIRE(added);
    CHECK(added->state == ReminderState::pending);
    CHECK(added->due_at == t0);
    CHECK(added->next_attempt_at == t0);
    CHECK(added->attempts == 0);
    CHECK(added->tz == "Europe/London");
    CHECK(added->commitment_id == c->id);
    CHECK(added->summary == r.summary);
    CHECK_FALSE(added->claimed_at);
    CHECK_FALSE(added->delivered_at);

    auto got = store->get_reminder(alice, added->id);
    REQUIRE(got);
    CHECK(got->with_whom == "U_DANA");

    auto bad_tz = followup("U_DANA", t0);
    bad_tz.tz = "Mars/Olympus_Mons";
    CHECK(store->add_reminder(alice, bad_tz).error().kind == StorageErrorKind::invalid_argument);
    CHECK(store->add_reminder(alice, followup("  ", t0)).error().kind == StorageErrorKind::invalid_argument);
    auto dangling = followup("U_DANA", t0);
    dangling.commitment_id = 999999;
    CHECK(store->add_reminder(alice, dangling).error().kind == StorageErrorKind::not_found);
}

TEST_CASE("a reminder keeps the Enterprise Grid org it was scheduled from, through claim, snooze and revisits",
          "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    auto in_org = followup("U_DANA", t0);
    in_org.enterprise_id = "E0ORG";
    auto const a = store->add_reminder(alice, in_org);
    REQUIRE(a);
    CHECK(a->enterprise_id == "E0ORG");
    auto const b = store->add_reminder(alice, followup("U_SAM", t0 + 1h));  // outside Grid
    REQUIRE(b);
    CHECK(b->enterprise_id.empty());
    CHECK(store->get_reminder(alice, a->id)->enterprise_id == "E0ORG");
    auto const pending = store->list_pending(alice);
    REQUIRE(pending->size() == 2);
    CHECK((*pending)[0].enterprise_id == "E0ORG");
    CHECK((*pending)[1].enterprise_id.empty());

    // What the scheduler reads to pick the installation: the org comes with the claimed reminder, and after a
    // failed send, a snooze or a crash recovery it is still there.
    auto claimed = store->claim_due(t0, 10);
    REQUIRE(claimed->size() == 1);
    CHECK((*claimed)[0].enterprise_id == "E0ORG");
    REQUIRE(*store->retry_later(a->id, t0 + 30s));
    CHECK(store->snooze(alice, a->id, t0 + 2h)->enterprise_id == "E0ORG");
    claimed = store->claim_due(t0 + 2h, 10);
    REQUIRE(claimed->size() == 2);
    CHECK(*store->recover_claims() == 2);
    claimed = store->claim_due(t0 + 2h, 10);
    REQUIRE(claimed->size() == 2);
    CHECK((*claimed)[0].id == b->id);
    CHECK((*claimed)[0].enterprise_id.empty());
    CHECK((*claimed)[1].enterprise_id == "E0ORG");

    // A revisit takes the org of the request that schedules it, and of the one that moves it.
    auto const c = store->add_commitment(alice, decision("Ship B without the audit log"));
    REQUIRE(c);
    auto const revisit = store->schedule_revisit(alice, c->id, t0 + 24h, "UTC", "E0ORG");
    REQUIRE(revisit);
    CHECK(revisit->enterprise_id == "E0ORG");
    auto const moved = store->schedule_revisit(alice, c->id, t0 + 48h, "UTC", "E0NEW");
    REQUIRE(moved);
    CHECK(moved->id == revisit->id);
    CHECK(store->get_reminder(alice, revisit->id)->enterprise_id == "E0NEW");

    // A Slack id is short: an absurd one is refused, nothing stored.
    auto too_long = followup("U_DANA", t0);
    too_long.enterprise_id = std::string(300, 'E');
    CHECK(store->add_reminder(alice, too_long).error().kind == StorageErrorKind::invalid_argument);
    CHECK(store->schedule_revisit(alice, c->id, t0 + 72h, "UTC", std::string(300, 'E')).error().kind ==
          StorageErrorKind::invalid_argument);
    CHECK(store->get_reminder(alice, revisit->id)->due_at == t0 + 48h);
    CHECK(store->list_pending(alice)->size() == 3);
}

TEST_CASE("scheduler lifecycle: next_due, claim before send, record after, retry", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    CHECK(*store->next_due() == std::nullopt);

    auto r1 = *store->add_reminder(alice, followup("U1", t0 + 10s));
    auto r2 = *store->add_reminder(alice, followup("U2", t0 + 20s));
    auto r3 = *store->add_reminder(alice, followup("U3", t0 + 30s));
    CHECK(*store->next_due() == t0 + 10s);

    CHECK(store->claim_due(t0 + 5s, 10)->empty());  // nothing due yet
    auto claimed = store->claim_due(t0 + 25s, 10);
    REQUIRE(claimed);
    REQUIRE(claimed->size() == 2);
    CHECK((*claimed)[0].id == r1.id);
    CHECK((*claimed)[1].id == r2.id);
    CHECK((*claimed)[0].state == ReminderState::claimed);
    CHECK((*claimed)[0].claimed_at == t0 + 25s);
    CHECK(store->claim_due(t0 + 25s, 10)->empty());  // claimed ones are not handed out twice
    CHECK(*store->next_due() == t0 + 30s);           // only pending ones count

    REQUIRE(store->mark_delivered(r1.id, "D_ALICE", "1700000000.000100", t0 + 26s));
    auto delivered = *store->get_reminder(alice, r1.id);
    CHECK(delivered.state == ReminderState::delivered);
    CHECK(delivered.dm_channel == "D_ALICE");
    CHECK(delivered.dm_ts == "1700000000.000100");
    CHECK(delivered.delivered_at == t0 + 26s);

    // Slack was down for r2: back to pending, later, attempts counted.
    CHECK(*store->retry_later(r2.id, t0 + 100s) == true);
    auto retried = *store->get_reminder(alice, r2.id);
    CHECK(retried.state == ReminderState::pending);
    CHECK(retried.attempts == 1);
    CHECK(retried.next_attempt_at == t0 + 100s);
    CHECK(retried.due_at == t0 + 20s);                      // the user's due time is unchanged
    CHECK(*store->retry_later(r2.id, t0 + 200s) == false);  // not claimed any more: no change
    CHECK(store->get_reminder(alice, r2.id)->next_attempt_at == t0 + 100s);
    CHECK(*store->next_due() == t0 + 30s);

    auto next = store->claim_due(t0 + 150s, 10);
    REQUIRE(next->size() == 2);
    CHECK((*next)[0].id == r3.id);  // earliest next_attempt_at first
    CHECK((*next)[1].id == r2.id);

    auto unknown = store->mark_delivered(424242, "D", "1.2", t0);
    REQUIRE_FALSE(unknown);
    CHECK(unknown.error().kind == StorageErrorKind::not_found);
}

TEST_CASE("claim_due honours its limit and overdue reminders come first", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    for (int i = 9; i >= 0; --i)
        REQUIRE(store->add_reminder(alice, followup("U" + std::to_string(i), t0 + std::chrono::seconds{i})));
    auto first = store->claim_due(t0 + 1h, 3);
    REQUIRE(first->size() == 3);
    CHECK((*first)[0].with_whom == "U0");
    CHECK((*first)[2].with_whom == "U2");
    CHECK(store->claim_due(t0 + 1h, 100)->size() == 7);
}

TEST_CASE("a claim left by a crash is recovered at start and delivered again", "[storage]") {
    TestDb db;
    TestClock clock;
    Id id = 0;
    {
        auto store = db.open(clock);
        id = store->add_reminder(alice, followup("U_DANA", t0))->id;
        REQUIRE(store->claim_due(t0 + 1s, 10)->size() == 1);
        // The process "dies" here: claimed, never recorded.
    }
    auto store = db.open(clock);  // the same process restarted (PostgreSQL: the same replica id)
    CHECK(store->get_reminder(alice, id)->state == ReminderState::claimed);
    CHECK(*store->next_due() == std::nullopt);
    CHECK(*store->recover_claims() == 1);
    CHECK(store->get_reminder(alice, id)->state == ReminderState::pending);
    CHECK(*store->next_due() == t0);  // overdue: the scheduler fires it at once
    auto again = store->claim_due(t0 + 1h, 10);
    REQUIRE(again->size() == 1);
    CHECK((*again)[0].id == id);
    CHECK(*store->recover_claims() == 1);
    CHECK(*store->recover_claims() == 0);
}

TEST_CASE("users complete and snooze their reminders", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    auto r1 = *store->add_reminder(alice, followup("U1", t0 + 20s));
    auto r2 = *store->add_reminder(alice, followup("U2", t0 + 10s));
    REQUIRE(store->claim_due(t0 + 15s, 10)->size() == 1);
    REQUIRE(store->mark_delivered(r2.id, "D1", "111.222", t0 + 16s));

    auto pending = store->list_pending(alice);
    REQUIRE(pending->size() == 2);  // delivered but not done still counts
    CHECK((*pending)[0].id == r2.id);

    // Snooze from the delivered DM: pending again, due later, the old DM remembered for chat.update.
    auto snoozed = store->snooze(alice, r2.id, t0 + 1h);
    REQUIRE(snoozed);
    CHECK(snoozed->state == ReminderState::pending);
    CHECK(snoozed->due_at == t0 + 1h);
    CHECK(snoozed->next_attempt_at == t0 + 1h);
    CHECK(snoozed->dm_channel == "D1");
    CHECK(*store->next_due() == t0 + 20s);

    auto done = store->complete(alice, r1.id);
    REQUIRE(done);
    CHECK(done->state == ReminderState::done);
    auto left = store->list_pending(alice);
    REQUIRE(left->size() == 1);
    CHECK((*left)[0].id == r2.id);
    CHECK(*store->next_due() == t0 + 1h);
    CHECK(store->claim_due(t0 + 30s, 10)->empty());  // done ones never fire
}

TEST_CASE("a user acting while the DM is in flight wins over the scheduler", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    auto r = *store->add_reminder(alice, followup("U1", t0));
    REQUIRE(store->claim_due(t0, 10)->size() == 1);
    REQUIRE(store->snooze(alice, r.id, t0 + 1h));
    REQUIRE(store->mark_delivered(r.id, "D1", "1.1", t0 + 1s));
    auto after = *store->get_reminder(alice, r.id);
    CHECK(after.state == ReminderState::pending);  // the snooze stands
    CHECK(after.dm_ts == "1.1");
    CHECK(*store->retry_later(r.id, t0 + 5s) == false);
    CHECK(store->get_reminder(alice, r.id)->next_attempt_at == t0 + 1h);
}

TEST_CASE("two schedulers claiming at once never get the same reminder", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    for (int i = 0; i < 200; ++i) REQUIRE(store->add_reminder(alice, followup("U", t0 + std::chrono::seconds{i})));
    std::mutex m;
    std::multiset<Id> seen;
    std::vector<std::thread> pool;
    for (int t = 0; t < 2; ++t)
        pool.emplace_back([&] {
            for (int k = 0; k < 50; ++k) {
                auto batch = store->claim_due(t0 + 1h, 7);
                std::lock_guard lock{m};
                for (auto const& r : *batch) seen.insert(r.id);
            }
        });
    for (auto& th : pool) th.join();
    CHECK(seen.size() == 200);
    CHECK(std::set<Id>(seen.begin(), seen.end()).size() == 200);
}

TEST_CASE("each Slack event id is processed once, old ids are pruned", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    CHECK(*store->first_delivery("Ev01", t0) == true);
    CHECK(*store->first_delivery("Ev01", t0 + 5s) == false);  // Slack's retry
    CHECK(*store->first_delivery("Ev02", t0 + 5s) == true);
    CHECK_FALSE(store->first_delivery("", t0));

    // A day and more later the old ids are gone (pruning runs at most hourly).
    CHECK(*store->first_delivery("Ev03", t0 + 25h) == true);
    CHECK(*store->first_delivery("Ev01", t0 + 25h) == true);
    CHECK(*store->first_delivery("Ev03", t0 + 25h) == false);

    std::atomic<int> firsts{0};
    std::vector<std::thread> pool;
    for (int t = 0; t < 4; ++t)
        pool.emplace_back([&] {
            if (*store->first_delivery("EvRace", t0 + 26h)) ++firsts;
        });
    for (auto& th : pool) th.join();
    CHECK(firsts == 1);
}

TEST_CASE("user time zones are cached with when they were fetched", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    CHECK(*store->user_tz(alice) == std::nullopt);
    REQUIRE(store->set_user_tz(alice, "America/New_York", t0));
    auto tz = *store->user_tz(alice);
    REQUIRE(tz);
    CHECK(tz->tz == "America/New_York");
    CHECK(tz->fetched_at == t0);
    REQUIRE(store->set_user_tz(alice, "Europe/London", t0 + 24h));
    CHECK(store->user_tz(alice)->value().tz == "Europe/London");
    CHECK(store->user_tz(alice)->value().fetched_at == t0 + 24h);
    CHECK(store->set_user_tz(alice, "Not/AZone", t0).error().kind == StorageErrorKind::invalid_argument);
    CHECK(store->user_tz(alice)->value().tz == "Europe/London");
}

TEST_CASE("acknowledged writes are there after reopening", "[storage]") {
    TestDb db;
    TestClock clock;
    Id c = 0;
    Id r = 0;
    {
        auto store = db.open(clock);
        c = store->add_commitment(alice, decision("durable"))->id;
        r = store->add_reminder(alice, followup("U1", t0))->id;
        REQUIRE(store->set_user_tz(alice, "Asia/Tokyo", t0));
        REQUIRE(*store->first_delivery("EvD", t0));
        if (db.backend() == Backend::sqlite) {
            // While open the database runs in WAL mode (header bytes 18 and 19 are 2).
            auto const header = read_bytes(db.dir().db());
            CHECK(header[18] == 2);
            CHECK(header[19] == 2);
        }
    }
    auto store = db.open(clock);
    CHECK(store->get_commitment(alice, c)->decision == "durable");
    CHECK(store->get_reminder(alice, r)->state == ReminderState::pending);
    CHECK(store->user_tz(alice)->value().tz == "Asia/Tokyo");
    CHECK(*store->first_delivery("EvD", t0 + 1s) == false);
    CHECK(store->search_commitments(alice, "durable", 5)->size() == 1);
}

TEST_CASE("reminder counts for the metrics: pending, claimed, late", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    CHECK(store->reminder_counts(t0, 60s)->pending == 0);
    for (int i = 0; i < 5; ++i) REQUIRE(store->add_reminder(alice, followup("U", t0 + std::chrono::minutes{i})));
    REQUIRE(store->claim_due(t0, 1)->size() == 1);  // the one due at t0
    auto counts = store->reminder_counts(t0 + 150s, 60s);
    REQUIRE(counts);
    CHECK(counts->pending == 4);
    CHECK(counts->claimed == 1);
    CHECK(counts->late == 1);  // due at t0 + 1 min, not sent by t0 + 2.5 min (the claimed one is not late)
    REQUIRE(store->complete(alice, 1));
    CHECK(store->reminder_counts(t0 + 150s, 60s)->claimed == 0);
}
