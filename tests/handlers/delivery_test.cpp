// The reminder delivery loop (handlers/followups/delivery.cpp), driven step by step: a manual clock for
// "when", an io_context polled by the test for "now run what is ready", and a recording Slack. No sleeps.
#include "handlers/followups/delivery.hpp"

#include <boost/asio/io_context.hpp>
#include <catch2/catch.hpp>

#include "bot/blocks.hpp"
#include "handlers/followups/followups.hpp"
#include "handlers/support.hpp"

using namespace pushback;
using namespace pushback::test;
namespace json = boost::json;
namespace fu = pushback::handlers::followups;
using namespace std::chrono_literals;

namespace {

storage::Seconds const t0{1'767'690'000s};  // HandlerWorld's clock: 2026-01-06T09:00:00Z

struct World : HandlerWorld {
    boost::asio::io_context ioc;
    fu::Scheduler scheduler{ioc.get_executor(), *store, slack, lib, clock, log};

    explicit World(bool answer_posts = true) {
        slack.answer_ok("conversations.open", {{"channel", json::object{{"id", "D0001"}}}});
        if (answer_posts) slack.answer_ok("chat.postMessage", {{"ts", "1767693600.000100"}});
    }
    ~World() {
        scheduler.stop();
        settle();
    }
    // Runs every handler that is ready now (the scheduler's timer waits are not: time moves only by `clock`).
    void settle() {
        ioc.restart();
        ioc.poll();
    }
    // Moves the clock and lets the scheduler look (as the server's wake-up does after a change).
    void at(storage::Seconds t) {
        clock.set(t);
        scheduler.poke();
        settle();
    }
    storage::Reminder remind(storage::Seconds due, std::string user = "U0001",
                             std::string summary = "Drafted summary") {
        return *store->add_reminder(owner(user), {"U0002", due, "Europe/London", std::move(summary), {}});
    }
    std::vector<RecordingSlack::Call> dms() const { return slack.calls("chat.postMessage"); }
};

}  // namespace

TEST_CASE("a reminder is DMed at its due time, not before, with its summary and buttons, and recorded",
          "[handlers][delivery]") {
    World w;
    auto const r = w.remind(t0 + 1h);
    w.scheduler.start();
    w.settle();
    CHECK(w.slack.calls().empty());
    w.at(t0 + 59min + 59s);
    CHECK(w.slack.calls().empty());

    w.at(t0 + 1h);
    auto const opened = w.slack.calls("conversations.open");
    REQUIRE(opened.size() == 1);
    CHECK(opened[0].body.at("users") == "U0001");
    auto const dms = w.dms();
    REQUIRE(dms.size() == 1);
    auto const& dm = dms[0].body;
    CHECK(dm.at("channel") == "D0001");
    CHECK(block_kit_problems(dm).empty());
    auto const text = bot::blocks::render_text(dm);
    CHECK_THAT(text, Catch::Contains("*Time to write up your 1:1 with <@U0002>*"));
    CHECK_THAT(text, Catch::Contains("Drafted summary"));
    CHECK_THAT(text, Catch::Contains("[Done]  [Snooze 1 hour]  [Tomorrow 9:00]"));
    CHECK_THAT(json::serialize(dm), Catch::Contains("\"value\":\"" + std::to_string(r.id) + "\""));

    auto const stored = *w.store->get_reminder(w.owner(), r.id);
    CHECK(stored.state == storage::ReminderState::delivered);
    CHECK(stored.dm_channel == "D0001");
    CHECK(stored.dm_ts == "1767693600.000100");
    CHECK(w.scheduler.stats().delivered == 1);

    // Delivered once: later looks send nothing more.
    w.at(t0 + 2h);
    w.at(t0 + 48h);
    CHECK(w.dms().size() == 1);
}

TEST_CASE("a failed DM is retried after the backoff, not before, and delivered once", "[handlers][delivery]") {
    World w;
    auto const r = w.remind(t0);
    w.slack.answer_error("chat.postMessage", "ratelimited");
    w.scheduler.start();
    w.settle();
    REQUIRE(w.dms().size() == 1);
    CHECK(w.scheduler.stats().failed == 1);
    auto const after_failure = *w.store->get_reminder(w.owner(), r.id);
    CHECK(after_failure.state == storage::ReminderState::pending);
    CHECK(after_failure.attempts == 1);

    w.slack.answer_ok("chat.postMessage", {{"ts", "1.2"}});
    w.at(t0 + 29s);
    CHECK(w.dms().size() == 1);  // the first retry waits 30 s
    w.at(t0 + 30s);
    CHECK(w.dms().size() == 2);
    CHECK(w.store->get_reminder(w.owner(), r.id)->state == storage::ReminderState::delivered);
    CHECK(w.slack.calls("conversations.open").size() == 1);  // the DM channel was kept
    w.at(t0 + 1h);
    CHECK(w.dms().size() == 2);
}

TEST_CASE("a DM channel Slack says is gone is opened again on the retry", "[handlers][delivery]") {
    World w;
    w.remind(t0);
    w.slack.answer_error("chat.postMessage", "channel_not_found");
    w.scheduler.start();
    w.settle();
    REQUIRE(w.dms().size() == 1);
    w.slack.answer_ok("chat.postMessage", {{"ts", "1.2"}});
    w.at(t0 + 30s);
    CHECK(w.dms().size() == 2);
    CHECK(w.slack.calls("conversations.open").size() == 2);
}

TEST_CASE("a user's DM channel is opened once and reused, and each user gets their own", "[handlers][delivery]") {
    World w;
    w.remind(t0 + 1h);
    w.remind(t0 + 2h);
    w.remind(t0 + 2h, "U0003");
    w.scheduler.start();
    w.at(t0 + 1h);
    w.at(t0 + 2h);
    CHECK(w.dms().size() == 3);
    auto const opened = w.slack.calls("conversations.open");
    REQUIRE(opened.size() == 2);
    CHECK(opened[0].body.at("users") == "U0001");
    CHECK(opened[1].body.at("users") == "U0003");
    CHECK(w.store->list_pending(w.owner())->size() == 2);  // delivered, not done: still listed until Done
}

TEST_CASE("a DM still being sent is not sent again, however often the loop looks", "[handlers][delivery]") {
    World w{/*answer_posts=*/false};  // chat.postMessage stays in flight
    auto const r = w.remind(t0);
    w.scheduler.start();
    for (int i = 1; i <= 5; ++i) w.at(t0 + std::chrono::hours{i});
    CHECK(w.dms().size() == 1);
    CHECK(w.slack.unanswered() == 1);
    CHECK(w.scheduler.stats().sending == 1);
    CHECK(w.store->get_reminder(w.owner(), r.id)->state == storage::ReminderState::claimed);
}

TEST_CASE("reminders a previous process claimed but never recorded are sent again at start", "[handlers][delivery]") {
    World w;
    auto const r = w.remind(t0 - 1h);
    REQUIRE(w.store->claim_due(t0, 10)->size() == 1);  // the process that claimed it died before sending
    w.scheduler.start();
    w.settle();
    CHECK(w.scheduler.stats().recovered == 1);
    CHECK(w.dms().size() == 1);
    CHECK(w.store->get_reminder(w.owner(), r.id)->state == storage::ReminderState::delivered);
}

TEST_CASE("a reminder stored without a summary gets a drafted one in its DM", "[handlers][delivery]") {
    World w;
    w.remind(t0, "U0001", "");
    w.scheduler.start();
    w.settle();
    REQUIRE(w.dms().size() == 1);
    auto const blocks = w.dms()[0].body.at("blocks").as_array();
    // heading, drafted summary, when, buttons
    REQUIRE(blocks.size() == 4);
    CHECK_FALSE(str(blocks[1].at("text").at("text")).empty());
}

TEST_CASE("the retry backoff doubles from the first retry up to its cap", "[handlers][delivery]") {
    fu::SchedulerOptions const o;  // 30 s, capped at 15 min
    CHECK(fu::Scheduler::retry_delay(1, o) == 30s);
    CHECK(fu::Scheduler::retry_delay(2, o) == 60s);
    CHECK(fu::Scheduler::retry_delay(5, o) == 480s);
    CHECK(fu::Scheduler::retry_delay(6, o) == 900s);
    CHECK(fu::Scheduler::retry_delay(60, o) == 900s);
}
