#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <catch2/catch.hpp>
#include <set>

#include "support.hpp"

using namespace pushback::storage;
using namespace pushback::storage::test;
using namespace std::chrono_literals;

// A child process writes and reports each acknowledged id through a pipe, then is killed with SIGKILL
// mid-stream without closing the store. Every id it acknowledged must be there after reopening.
// (Power loss cannot be simulated here; that is what synchronous=FULL is for, and PostgreSQL's own WAL.)
TEST_CASE("writes acknowledged before a SIGKILL are there after restart", "[storage]") {
    TestDb db;
    int fds[2];
    REQUIRE(pipe(fds) == 0);
    pid_t const child = fork();
    REQUIRE(child >= 0);
    if (child == 0) {
        close(fds[0]);
        TestClock clock;
        auto store = db.try_open(clock);
        if (!store) _exit(2);
        Owner const owner{"T1", "U1"};
        for (int i = 0;; ++i) {
            Id acked = 0;
            if (i % 2 == 0) {
                auto c = (*store)->add_commitment(owner, decision("entry " + std::to_string(i)));
                if (!c) _exit(3);
                acked = c->id;
            } else {
                NewReminder r;
                r.with_whom = "U2";
                r.due_at = utc(2026, 3, 2, 9) + std::chrono::seconds{i};
                r.tz = "Europe/London";
                auto added = (*store)->add_reminder(owner, r);
                if (!added) _exit(4);
                acked = -added->id;  // negative: a reminder
            }
            if (write(fds[1], &acked, sizeof acked) != sizeof acked) _exit(5);
            if (i == 40) raise(SIGKILL);  // no destructor, no checkpoint, no close
        }
    }
    close(fds[1]);
    std::vector<Id> acked;
    Id id = 0;
    while (read(fds[0], &id, sizeof id) == sizeof id) acked.push_back(id);
    close(fds[0]);
    int status = 0;
    REQUIRE(waitpid(child, &status, 0) == child);
    REQUIRE(WIFSIGNALED(status));
    CHECK(WTERMSIG(status) == SIGKILL);
    REQUIRE(acked.size() == 41);
    if (db.backend() == Backend::sqlite)
        CHECK(std::filesystem::exists(db.dir().db().string() + "-wal"));  // the WAL was never checkpointed

    TestClock clock;
    auto store = db.open(clock);
    Owner const owner{"T1", "U1"};
    for (auto a : acked) {
        INFO("id " << a);
        if (a > 0)
            CHECK(store->get_commitment(owner, a));
        else
            CHECK(store->get_reminder(owner, -a)->state == ReminderState::pending);
    }
    CHECK(*store->count_commitments(owner) == 21);
    CHECK(store->list_pending(owner)->size() == 20);
}
