#include "handlers/followups/delivery.hpp"

#include <algorithm>
#include <atomic>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/bind_executor.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>
#include <optional>
#include <unordered_map>

#include "handlers/decisions/decisions.hpp"
#include "handlers/followups/followups.hpp"
#include "util/log_escaped.hpp"

namespace pushback::handlers::followups {

namespace net = boost::asio;
namespace json = boost::json;

namespace {

constexpr auto use_tuple = net::as_tuple(net::use_awaitable);

storage::Seconds floor_seconds(util::Clock::time_point t) { return std::chrono::floor<std::chrono::seconds>(t); }

// Slack errors that mean the cached DM channel is no longer usable: open a new one next time.
bool stale_channel(bot::SlackResult const& r) {
    if (r || r.error().kind != bot::SlackError::Kind::api) return false;
    auto const& e = r.error().error;
    return e == "channel_not_found" || e == "is_archived" || e == "not_in_channel";
}

std::string channel_id(bot::SlackResult const& opened) {
    if (!opened) return {};
    auto const* c = opened->if_contains("channel");
    if (!c || !c->is_object()) return {};
    auto const* v = c->get_object().if_contains("id");
    return v && v->is_string() ? std::string(v->get_string()) : std::string{};
}

constexpr std::size_t max_cached_channels = 100'000;
constexpr int max_record_attempts = 10;

}  // namespace

// Everything the loop and the sends touch runs on `strand`: every coroutine here is spawned on it, and an
// awaited Slack call resumes on it. Coroutines hold the state by shared_ptr, so a late answer after stop()
// finds it alive (and does nothing harmful).
struct Scheduler::State : std::enable_shared_from_this<Scheduler::State> {
    net::strand<net::any_io_executor> strand;
    net::steady_timer timer;
    storage::Store& store;
    bot::SlackApi& slack;
    templates::Library const& templates;
    util::Clock const& clock;
    util::Logger const& log;
    SchedulerOptions options;
    bot::InFlight* in_flight_counter;  // may be null

    std::atomic<bool> stopped{true};  // until start()
    int in_flight = 0;
    std::atomic<int> sending{0};                               // in_flight, readable from any thread
    bool backlog = false;                                      // the last claim filled every free slot: more may be due
    std::unordered_map<std::string, std::string> dm_channels;  // "team/user" -> DM channel id

    std::atomic<std::uint64_t> delivered{0}, failed{0}, claimed{0};
    std::atomic<std::int64_t> recovered{0};
    std::atomic<std::int64_t> last_lag_ms{0};

    State(net::any_io_executor ex, storage::Store& s, bot::SlackApi& sl, templates::Library const& t,
          util::Clock const& c, util::Logger const& l, SchedulerOptions o, bot::InFlight* f)
        : strand(net::make_strand(ex)),
          timer(strand),
          store(s),
          slack(sl),
          templates(t),
          clock(c),
          log(l),
          options(o),
          in_flight_counter(f) {}

    template <typename F>
    void on_strand(F&& f) {
        net::post(strand, [self = shared_from_this(), f = std::forward<F>(f)]() mutable { f(*self); });
    }

    // The loop: claim what is due, then sleep until the next due reminder (or the poll interval). poke(),
    // stop() and a finishing send with a backlog wake it early by cancelling the timer.
    static net::awaitable<void> loop(std::shared_ptr<State> self) {
        while (!self->stopped) {
            self->tick();
            self->timer.expires_after(self->next_wait());
            co_await self->timer.async_wait(use_tuple);
        }
    }

    void wake() { timer.cancel(); }

    void tick() {
        auto const now = floor_seconds(clock.now());
        int const free = options.max_in_flight - in_flight;
        backlog = false;
        if (free <= 0) return;
        auto due = store.claim_due(now, free);
        if (!due) {
            log.error("scheduler: claim failed", {{"kind", storage::to_string(due.error().kind)}});
            return;
        }
        backlog = static_cast<int>(due->size()) == free;
        if (!due->empty()) {
            auto const lag = clock.now() - due->back().next_attempt_at;
            last_lag_ms = std::chrono::duration_cast<std::chrono::milliseconds>(lag).count();
        }
        for (auto& r : *due) {
            ++in_flight;
            ++sending;
            ++claimed;
            auto token = in_flight_counter ? in_flight_counter->enter() : bot::InFlight::Token{};
            // The DM is sent for the reminder's workspace: with many installations, its own token, else (in
            // Enterprise Grid) that of its org's org-wide installation; the org is the one of the request that
            // scheduled the reminder, so it reaches no installation that request could not (bot/tenant.hpp).
            auto const for_team = bot::with_tenant(
                strand, std::make_shared<bot::Tenant const>(bot::Tenant{r.enterprise_id, r.owner.team_id, false}));
            net::co_spawn(for_team, send(shared_from_this(), std::move(r)),
                          net::bind_executor(strand, [self = shared_from_this(),
                                                      token = std::move(token)](std::exception_ptr e) mutable {
                              util::LogEscaped{self->log, "reminder delivery"}(e);
                              self->finished();
                              token.release();
                          }));
        }
    }

    std::chrono::steady_clock::duration next_wait() {
        std::chrono::steady_clock::duration wait = options.poll_interval;
        if (in_flight >= options.max_in_flight) return wait;  // a finishing send wakes the loop
        auto next = store.next_due();
        if (next && *next) {
            auto const until = std::chrono::duration_cast<std::chrono::steady_clock::duration>(**next - clock.now());
            wait = std::clamp<std::chrono::steady_clock::duration>(until, std::chrono::milliseconds{1}, wait);
        }
        return wait;
    }

    static std::string owner_key(storage::Owner const& o) { return o.team_id + "/" + o.user_id; }

    // One reminder: find or open the DM channel, post the reminder, record the outcome.
    static net::awaitable<void> send(std::shared_ptr<State> self, storage::Reminder r) {
        auto& s = *self;
        std::string channel = r.dm_channel;
        if (channel.empty()) {
            if (auto it = s.dm_channels.find(owner_key(r.owner)); it != s.dm_channels.end()) channel = it->second;
        }
        if (channel.empty()) {
            // A named body, not a braced temporary in the co_await: GCC 12 cannot keep that alive across the
            // suspension ("array used as initializer").
            json::object open{{"users", r.owner.user_id}};
            auto const opened = co_await s.slack.call("conversations.open", std::move(open));
            channel = channel_id(opened);
            if (channel.empty()) {
                s.failed_send(r, "conversations.open", opened);
                co_return;
            }
            if (s.dm_channels.size() >= max_cached_channels) s.dm_channels.clear();
            s.dm_channels[owner_key(r.owner)] = channel;
        }

        auto const posted = co_await s.slack.call("chat.postMessage", s.message(r, channel));
        if (!posted) {
            if (stale_channel(posted)) s.dm_channels.erase(owner_key(r.owner));
            s.failed_send(r, "chat.postMessage", posted);
            co_return;
        }
        std::string ts;
        if (auto const* v = posted->if_contains("ts"); v && v->is_string()) ts = v->get_string();
        s.delivered_send(r.id, std::move(channel), std::move(ts));
    }

    json::object message(storage::Reminder const& r, std::string const& channel) const {
        if (r.kind == storage::ReminderKind::revisit && r.commitment_id) {
            // A concern's revisit: the entry as it stands now (it may have been edited since).
            auto entry = store.get_commitment(r.owner, *r.commitment_id);
            auto msg = decisions::revisit_message(r, entry ? &*entry : nullptr);
            msg["channel"] = channel;
            return msg;
        }
        std::string fallback;
        if (r.summary.empty()) {
            templates::SummaryInput in;
            in.with_whom = person_mrkdwn(r.with_whom);
            fallback = templates.followup_summary(in);
        }
        auto msg = reminder_message(r, fallback);
        msg["channel"] = channel;
        return msg;
    }

    void delivered_send(storage::Id id, std::string channel, std::string ts) {
        ++delivered;
        log.info("reminder delivered", {{"reminder", std::to_string(id)}});
        record("mark_delivered", [id, channel = std::move(channel), ts = std::move(ts)](State& s) {
            auto r = s.store.mark_delivered(id, channel, ts, floor_seconds(s.clock.now()));
            return r ? std::optional<storage::StorageError>{} : std::optional{r.error()};
        });
    }

    void failed_send(storage::Reminder const& r, char const* method, bot::SlackResult const& res) {
        ++failed;
        auto const delay = retry_delay(r.attempts + 1, options);
        log.warn("reminder not delivered, will retry",
                 {{"reminder", std::to_string(r.id)},
                  {"method", method},
                  {"error", res ? std::string("no channel in answer") : res.error().message()},
                  {"retry_in_s", std::to_string(delay.count())}});
        record("retry_later", [id = r.id, delay](State& s) {
            auto x = s.store.retry_later(id, floor_seconds(s.clock.now()) + delay);
            return x ? std::optional<storage::StorageError>{} : std::optional{x.error()};
        });
    }

    // Storage after a send must not be lost to a transient error (busy, I/O): the first attempt runs now, a
    // failed one is retried a few times a second apart (not counted as sending). If it still fails, the
    // reminder stays claimed and the next start recovers it (sent again).
    template <typename F>
    void record(char const* what, F f) {
        if (!failed_record(what, f(*this), 0)) return;
        net::co_spawn(strand, retry_record(shared_from_this(), what, std::move(f)),
                      util::LogEscaped{log, "reminder record retry"});
    }

    // Logs a failed attempt; true if it failed.
    bool failed_record(char const* what, std::optional<storage::StorageError> const& error, int attempt) const {
        if (!error) return false;
        log.error(
            "scheduler: storage failed",
            {{"what", what}, {"kind", storage::to_string(error->kind)}, {"attempt", std::to_string(attempt + 1)}});
        return true;
    }

    template <typename F>
    static net::awaitable<void> retry_record(std::shared_ptr<State> self, char const* what, F f) {
        net::steady_timer pause(self->strand);
        for (int attempt = 1; attempt < max_record_attempts; ++attempt) {
            pause.expires_after(std::chrono::seconds{1});
            co_await pause.async_wait(use_tuple);
            if (!self->failed_record(what, f(*self), attempt)) co_return;
        }
    }

    void finished() {
        --in_flight;
        --sending;
        if (backlog && !stopped) {
            backlog = false;
            wake();
        }
    }
};

Scheduler::Scheduler(net::any_io_executor ex, storage::Store& store, bot::SlackApi& slack,
                     templates::Library const& templates, util::Clock const& clock, util::Logger const& log,
                     SchedulerOptions options, bot::InFlight* in_flight)
    : state_(std::make_shared<State>(std::move(ex), store, slack, templates, clock, log, options, in_flight)) {}

Scheduler::~Scheduler() {
    try {
        stop();
    } catch (...) {  // NOLINT(bugprone-empty-catch): a destructor must not throw; stop() only cancels timers
    }
}

void Scheduler::start() {
    auto recovered = state_->store.recover_claims();
    if (!recovered) {
        state_->log.error("scheduler: recover_claims failed", {{"kind", storage::to_string(recovered.error().kind)}});
    } else {
        state_->recovered = *recovered;
        if (*recovered > 0) {
            state_->log.warn("scheduler: reminders claimed by a previous process will be sent again",
                             {{"count", std::to_string(*recovered)}});
        }
    }
    state_->stopped = false;
    net::co_spawn(state_->strand, State::loop(state_), util::LogEscaped{state_->log, "reminder delivery loop"});
}

void Scheduler::poke() {
    if (state_->stopped) return;
    state_->on_strand([](State& s) { s.wake(); });
}

void Scheduler::stop() {
    if (state_->stopped.exchange(true)) return;
    state_->on_strand([](State& s) { s.wake(); });
}

Scheduler::Stats Scheduler::stats() const {
    return {state_->delivered.load(), state_->failed.load(),  state_->claimed.load(),
            state_->recovered.load(), state_->sending.load(), std::chrono::milliseconds{state_->last_lag_ms.load()}};
}

std::chrono::seconds Scheduler::retry_delay(int failed_attempts, SchedulerOptions const& options) {
    auto delay = options.first_retry;
    for (int i = 1; i < failed_attempts && delay < options.max_retry; ++i) delay *= 2;
    return std::min(delay, options.max_retry);
}

}  // namespace pushback::handlers::followups
