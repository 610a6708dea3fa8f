// Decisions on the record in storage: a channel's shared log (who can reach it, and who cannot), the
// revisit reminders and the track record, on a real SQLite file.
#include <catch2/catch.hpp>

#include "support.hpp"

using namespace pushback::storage;
using namespace pushback::storage::test;
using namespace std::chrono_literals;

namespace {

Owner const alice{"T1", "U_ALICE"};
Owner const bob{"T1", "U_BOB"};
Owner const mallory{"T2", "U_ALICE"};  // same user id, another workspace
ChannelScope const eng{"T1", "C_ENG"};
ChannelScope const sales{"T1", "C_SALES"};

NewCommitment with_concern(std::string text, std::string concern) {
    auto c = decision(std::move(text));
    c.concerns = std::move(concern);
    c.decision_maker = "Dana (PM)";
    return c;
}

}  // namespace

TEST_CASE("a shared entry is visible in its channel only, and only its author shares or withdraws it", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    auto const a = store->add_commitment(alice, with_concern("Use webhooks for the partner API", "retry storms"));
    auto const b = store->add_commitment(alice, decision("Keep polling for the billing export"));
    REQUIRE(a);
    REQUIRE(b);

    // Private until shared: nobody reaches it through a channel.
    CHECK(store->list_shared(eng, 10)->empty());
    CHECK(store->get_shared(eng, a->id).error().kind == StorageErrorKind::not_found);

    // Another user (or the same user id in another workspace) cannot share it.
    CHECK(store->record_share(bob, a->id, "C_ENG", "1.1", clock.options().clock()).error().kind ==
          StorageErrorKind::not_found);
    CHECK(store->record_share(mallory, a->id, "C_ENG", "1.1", clock.options().clock()).error().kind ==
          StorageErrorKind::not_found);

    auto const shared = store->record_share(alice, a->id, "C_ENG", "1700000000.000100", utc(2026, 2, 15, 11));
    REQUIRE(shared);
    CHECK(shared->share_state == ShareState::shared);
    CHECK(shared->share_channel == "C_ENG");
    CHECK(shared->share_ts == "1700000000.000100");
    CHECK(shared->shared_at == utc(2026, 2, 15, 11));

    // The same channel sees it; another channel, another team, and a private entry's id do not.
    REQUIRE(store->list_shared(eng, 10)->size() == 1);
    CHECK(store->get_shared(eng, a->id)->decision == "Use webhooks for the partner API");
    CHECK(store->get_shared(sales, a->id).error().kind == StorageErrorKind::not_found);
    CHECK(store->get_shared({"T2", "C_ENG"}, a->id).error().kind == StorageErrorKind::not_found);
    CHECK(store->get_shared(eng, b->id).error().kind == StorageErrorKind::not_found);
    CHECK(store->list_shared(sales, 10)->empty());
    CHECK(store->search_shared(eng, "webhooks", 10)->size() == 1);
    CHECK(store->search_shared(eng, "billing", 10)->empty());  // private entries never match
    CHECK(store->search_shared(sales, "webhooks", 10)->empty());
    CHECK(store->all_shared(eng)->size() == 1);

    // One channel at a time.
    CHECK(store->record_share(alice, a->id, "C_SALES", "2.2", utc(2026, 2, 15, 12)).error().kind ==
          StorageErrorKind::invalid_argument);

    // Withdrawn: out of the channel's log, the card's address kept for chat.update.
    CHECK(store->withdraw_share(bob, a->id).error().kind == StorageErrorKind::not_found);
    auto const withdrawn = store->withdraw_share(alice, a->id);
    REQUIRE(withdrawn);
    CHECK(withdrawn->share_state == ShareState::withdrawn);
    CHECK(withdrawn->share_channel == "C_ENG");
    CHECK(withdrawn->share_ts == "1700000000.000100");
    CHECK(store->list_shared(eng, 10)->empty());
    CHECK(store->get_shared(eng, a->id).error().kind == StorageErrorKind::not_found);
    CHECK(store->withdraw_share(alice, a->id).error().kind == StorageErrorKind::invalid_argument);
    // And it may be shared again, elsewhere.
    CHECK(store->record_share(alice, a->id, "C_SALES", "3.3", utc(2026, 2, 16))->share_channel == "C_SALES");
}

TEST_CASE("shared in my channels lists entries from the channels a user was seen in", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    auto const a = store->add_commitment(alice, decision("Ship SSO in March as scoped"));
    auto const s = store->add_commitment(alice, decision("Freeze the pricing page in Q2"));
    REQUIRE(store->record_share(alice, a->id, "C_ENG", "1.1", utc(2026, 2, 15)));
    REQUIRE(store->record_share(alice, s->id, "C_SALES", "1.2", utc(2026, 2, 15)));

    CHECK(store->shared_in_my_channels(bob, utc(2026, 1, 1), 10)->empty());
    REQUIRE(store->note_channel(bob, "C_ENG", utc(2026, 2, 15, 12)));
    REQUIRE(store->note_channel(bob, "C_ENG", utc(2026, 2, 15, 13)));  // again: one row, newest time
    auto const mine = store->shared_in_my_channels(bob, utc(2026, 1, 1), 10);
    REQUIRE(mine->size() == 1);
    CHECK((*mine)[0].id == a->id);
    // Seen too long ago: not listed. Another workspace's user with the same id: nothing.
    CHECK(store->shared_in_my_channels(bob, utc(2026, 3, 1), 10)->empty());
    REQUIRE(store->note_channel(mallory, "C_ENG", utc(2026, 2, 15)));
    CHECK(store->shared_in_my_channels(mallory, utc(2026, 1, 1), 10)->empty());
    CHECK(store->note_channel(bob, "", utc(2026, 2, 15)).error().kind == StorageErrorKind::invalid_argument);
}

TEST_CASE("a revisit is one reminder per entry, moved when rescheduled, closed by the outcome", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    auto const a = store->add_commitment(alice, with_concern("Ship SSO in March", "security review takes 2 weeks"));
    REQUIRE(a);
    CHECK(store->schedule_revisit(bob, a->id, utc(2026, 3, 15, 9), "UTC", "").error().kind ==
          StorageErrorKind::not_found);
    CHECK(store->schedule_revisit(alice, a->id, utc(2026, 3, 15, 9), "Mars/Olympus", "").error().kind ==
          StorageErrorKind::invalid_argument);

    auto const r = store->schedule_revisit(alice, a->id, utc(2026, 3, 15, 9), "Europe/Paris", "");
    REQUIRE(r);
    CHECK(r->kind == ReminderKind::revisit);
    CHECK(r->commitment_id == a->id);
    CHECK(r->with_whom == "Dana (PM)");
    CHECK(r->due_at == utc(2026, 3, 15, 9));
    CHECK(store->get_commitment(alice, a->id)->revisit_at == utc(2026, 3, 15, 9));

    // Rescheduling moves the same reminder.
    auto const moved = store->schedule_revisit(alice, a->id, utc(2026, 3, 22, 9), "Europe/Paris", "");
    REQUIRE(moved);
    CHECK(moved->id == r->id);
    CHECK(*store->next_due() == utc(2026, 3, 22, 9));

    // Due: the scheduler claims it like any reminder.
    auto const due = store->claim_due(utc(2026, 3, 22, 9), 10);
    REQUIRE(due->size() == 1);
    CHECK((*due)[0].kind == ReminderKind::revisit);

    CHECK(store->record_outcome(bob, a->id, Outcome::came_true, utc(2026, 3, 22, 10)).error().kind ==
          StorageErrorKind::not_found);
    CHECK(store->record_outcome(alice, a->id, Outcome::none, utc(2026, 3, 22, 10)).error().kind ==
          StorageErrorKind::invalid_argument);
    auto const done = store->record_outcome(alice, a->id, Outcome::came_true, utc(2026, 3, 22, 10));
    REQUIRE(done);
    CHECK(done->outcome == Outcome::came_true);
    CHECK(done->outcome_at == utc(2026, 3, 22, 10));
    CHECK(store->get_reminder(alice, r->id)->state == ReminderState::done);
    CHECK(store->list_pending(alice)->empty());
}

TEST_CASE("the track record counts outcomes since a date, per author", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    auto outcome = [&](Owner const& o, Outcome what, Seconds when) {
        auto const c = store->add_commitment(o, with_concern("decision", "concern"));
        REQUIRE(c);
        REQUIRE(store->record_outcome(o, c->id, what, when));
    };
    outcome(alice, Outcome::came_true, utc(2025, 12, 1));  // last year
    outcome(alice, Outcome::came_true, utc(2026, 1, 10));
    outcome(alice, Outcome::came_true, utc(2026, 2, 1));
    outcome(alice, Outcome::held, utc(2026, 2, 2));
    outcome(bob, Outcome::came_true, utc(2026, 2, 3));
    REQUIRE(store->add_commitment(alice, with_concern("no outcome yet", "concern")));

    auto const year = store->track_record(alice, utc(2026, 1, 1));
    REQUIRE(year);
    CHECK(year->came_true == 2);
    CHECK(year->held == 1);
    CHECK(year->revisited() == 3);
    CHECK(store->track_record(alice, utc(2025, 1, 1))->came_true == 3);
    CHECK(store->track_record(mallory, utc(2025, 1, 1))->revisited() == 0);
}
