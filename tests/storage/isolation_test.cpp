#include <catch2/catch.hpp>

#include "support.hpp"

using namespace pushback::storage;
using namespace pushback::storage::test;
using namespace std::chrono_literals;

// Alice's entries must be invisible and unchangeable for a colleague in the same workspace and for a
// user with the same user id in another workspace, through every call that takes an owner.
TEST_CASE("no user can read or change another user's entries", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    Owner const alice{"T1", "U1"};
    auto const other = GENERATE(Owner{"T1", "U2"}, Owner{"T2", "U1"});
    INFO("other = " << other.team_id << "/" << other.user_id);

    NewCommitment secret;
    secret.decision = "Confidential reorg decision";
    secret.concerns = "private concerns";
    auto const c = store->add_commitment(alice, secret);
    REQUIRE(c);
    NewReminder nr;
    nr.with_whom = "U_BOSS";
    nr.due_at = utc(2026, 3, 2, 9);
    nr.tz = "Europe/London";
    nr.summary = "private summary";
    auto const r = store->add_reminder(alice, nr);
    REQUIRE(r);
    REQUIRE(store->set_user_tz(alice, "Asia/Tokyo", utc(2026, 3, 1)));

    // Commitments.
    CHECK(store->get_commitment(other, c->id).error().kind == StorageErrorKind::not_found);
    CommitmentPatch patch;
    patch.decision = "tampered";
    CHECK(store->update_commitment(other, c->id, patch).error().kind == StorageErrorKind::not_found);
    CHECK(store->set_commitment_status(other, c->id, CommitmentStatus::done).error().kind ==
          StorageErrorKind::not_found);
    CHECK(store->list_commitments(other, 100)->empty());
    CHECK(store->all_commitments(other)->empty());
    CHECK(store->search_commitments(other, "confidential", 100)->empty());
    CHECK(*store->count_commitments(other) == 0);

    // Reminders.
    CHECK(store->get_reminder(other, r->id).error().kind == StorageErrorKind::not_found);
    CHECK(store->list_pending(other)->empty());
    CHECK(store->complete(other, r->id).error().kind == StorageErrorKind::not_found);
    CHECK(store->snooze(other, r->id, utc(2030, 1, 1)).error().kind == StorageErrorKind::not_found);
    NewReminder borrow = nr;
    borrow.commitment_id = c->id;  // cannot attach someone else's commitment
    CHECK(store->add_reminder(other, borrow).error().kind == StorageErrorKind::not_found);

    // Time zones.
    CHECK(*store->user_tz(other) == std::nullopt);
    REQUIRE(store->set_user_tz(other, "America/New_York", utc(2026, 3, 1)));

    // Alice's data is exactly as she left it.
    auto const mine = store->get_commitment(alice, c->id);
    REQUIRE(mine);
    CHECK(mine->decision == "Confidential reorg decision");
    CHECK(mine->status == CommitmentStatus::committed);
    auto const reminder = store->get_reminder(alice, r->id);
    CHECK(reminder->state == ReminderState::pending);
    CHECK(reminder->due_at == utc(2026, 3, 2, 9));
    CHECK(store->user_tz(alice)->value().tz == "Asia/Tokyo");
    CHECK(store->search_commitments(alice, "confidential", 100)->size() == 1);
    CHECK(store->list_pending(alice)->size() == 1);
}
