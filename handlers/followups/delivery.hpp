#pragma once
// The reminder delivery loop (the Scheduler): lives in the server, on its executor (no thread of its own).
// One coroutine waits on a timer until the earliest of the next due reminder and a short poll interval (so an
// injected clock moved by a test is noticed), claims what is due and starts one coroutine per reminder that
// DMs the owner (conversations.open + chat.postMessage, with the drafted summary and the Done / Snooze 1 hour
// / Tomorrow 9:00 buttons), then records the delivery. A failed send goes back to pending with bounded
// exponential backoff; nothing is dropped. Each DM being sent holds a bot::InFlight token, so graceful stop
// waits for it.
//
// Delivery is exactly once in normal operation (claim before send, record after). If the process dies after
// the claim and before the record, recover_claims() at the next start puts the reminder back and it is sent
// again: at-least-once in that one case. On PostgreSQL several replicas run this loop on one database: each due
// reminder is claimed by one of them (SKIP LOCKED), and a dead replica's claims are taken over by another once
// their lease has run out (storage/postgres_store.hpp).

#include <boost/asio/any_io_executor.hpp>
#include <chrono>
#include <cstdint>
#include <memory>

#include "bot/in_flight.hpp"
#include "bot/slack_api.hpp"
#include "storage/store.hpp"
#include "templates/library.hpp"
#include "util/clock.hpp"
#include "util/log.hpp"

namespace pushback::handlers::followups {

struct SchedulerOptions {
    std::chrono::milliseconds poll_interval{200};  // upper bound on how long a due reminder waits
    int max_in_flight = 32;                        // DMs being sent at once
    std::chrono::seconds first_retry{30};          // after the first failed send; doubles each time
    std::chrono::seconds max_retry{15 * 60};       // cap of the backoff
};

class Scheduler {
  public:
    // Every reference must outlive the scheduler and any Slack call it has in flight. `in_flight`, when
    // given, counts the DMs being sent (graceful stop waits for them).
    Scheduler(boost::asio::any_io_executor ex, storage::Store& store, bot::SlackApi& slack,
              templates::Library const& templates, util::Clock const& clock, util::Logger const& log,
              SchedulerOptions options = {}, bot::InFlight* in_flight = nullptr);
    ~Scheduler();
    Scheduler(Scheduler const&) = delete;
    Scheduler& operator=(Scheduler const&) = delete;

    // Puts back reminders a previous process claimed but never recorded, then starts the timer loop.
    void start();
    // Wakes the loop now (a reminder was added or moved). Any thread.
    void poke();
    // Cancels the timer; sends in flight finish or are recovered at the next start. Any thread.
    void stop();

    struct Stats {
        std::uint64_t delivered = 0;  // DMs posted and recorded
        std::uint64_t failed = 0;     // send attempts that failed and were rescheduled
        std::uint64_t claimed = 0;
        std::int64_t recovered = 0;  // claims put back by start()
        int sending = 0;             // DMs being sent right now
        // How late the last claimed reminder was claimed (now minus its due time): the scheduler's lag.
        std::chrono::milliseconds last_lag{0};
    };
    Stats stats() const;

    // The wait before the next attempt after `failed_attempts` failures (1 → first_retry, doubling, capped).
    static std::chrono::seconds retry_delay(int failed_attempts, SchedulerOptions const& options);

    struct State;

  private:
    std::shared_ptr<State> state_;
};

}  // namespace pushback::handlers::followups
