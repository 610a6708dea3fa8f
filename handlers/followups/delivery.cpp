#include "handlers/followups/delivery.hpp"

#include <boost/asio/bind_executor.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/json.hpp>

#include <algorithm>
#include <atomic>
#include <unordered_map>

#include "handlers/followups/followups.hpp"

namespace pushback::handlers::followups {

namespace net = boost::asio;
namespace json = boost::json;

namespace {

storage::Seconds floor_seconds(util::Clock::time_point t) { return std::chrono::floor<std::chrono::seconds>(t); }

// Slack errors that mean the cached DM channel is no longer usable: open a new one next time.
bool stale_channel(bot::SlackResult const& r) {
    if (r || r.error().kind != bot::SlackError::Kind::api) return false;
    auto const& e = r.error().error;
    return e == "channel_not_found" || e == "is_archived" || e == "not_in_channel";
}

constexpr std::size_t max_cached_channels = 100'000;
constexpr int max_record_attempts = 10;

}  // namespace

// Everything the loop touches runs on `strand`; Slack's callbacks are posted back onto it. Callbacks hold
// the state by shared_ptr, so a late answer after stop() finds it alive (and does nothing harmful).
struct Scheduler::State : std::enable_shared_from_this<Scheduler::State> {
    net::strand<net::any_io_executor> strand;
    net::steady_timer timer;
    storage::Store& store;
    bot::SlackApi& slack;
    templates::Library const& templates;
    util::Clock const& clock;
    util::Logger const& log;
    SchedulerOptions options;

    std::atomic<bool> stopped{true};  // until start()
    std::uint64_t generation = 0;  // only the newest timer wait may tick
    int in_flight = 0;
    std::atomic<int> sending{0};  // in_flight, readable from any thread (graceful stop waits on it)
    bool backlog = false;  // the last claim filled every free slot: more may be due
    std::unordered_map<std::string, std::string> dm_channels;  // "team/user" -> DM channel id

    std::atomic<std::uint64_t> delivered{0}, failed{0}, claimed{0};
    std::atomic<std::int64_t> recovered{0};

    State(net::any_io_executor ex, storage::Store& s, bot::SlackApi& sl, templates::Library const& t, util::Clock const& c,
          util::Logger const& l, SchedulerOptions o)
        : strand(net::make_strand(ex)), timer(strand), store(s), slack(sl), templates(t), clock(c), log(l), options(o) {}

    template <typename F>
    void on_strand(F&& f) {
        net::post(strand, [self = shared_from_this(), f = std::forward<F>(f)]() mutable { f(*self); });
    }

    void arm(std::chrono::steady_clock::duration wait) {
        auto const gen = ++generation;
        timer.expires_after(wait);
        timer.async_wait(net::bind_executor(strand, [self = shared_from_this(), gen](boost::system::error_code) {
            if (self->stopped || gen != self->generation) return;
            self->tick();
        }));
    }

    void tick() {
        if (stopped) return;
        auto const now = floor_seconds(clock.now());
        int const free = options.max_in_flight - in_flight;
        backlog = false;
        if (free > 0) {
            auto due = store.claim_due(now, free);
            if (!due) {
                log.error("scheduler: claim failed", {{"kind", storage::to_string(due.error().kind)}});
            } else {
                backlog = static_cast<int>(due->size()) == free;
                for (auto& r : *due) {
                    ++in_flight;
                    ++sending;
                    ++claimed;
                    send(std::move(r));
                }
            }
        }
        arm(next_wait());
    }

    std::chrono::steady_clock::duration next_wait() {
        std::chrono::steady_clock::duration wait = options.poll_interval;
        if (in_flight >= options.max_in_flight) return wait;  // a finishing send ticks again
        auto next = store.next_due();
        if (next && *next) {
            auto const until = std::chrono::duration_cast<std::chrono::steady_clock::duration>(**next - clock.now());
            wait = std::clamp<std::chrono::steady_clock::duration>(until, std::chrono::milliseconds{1}, wait);
        }
        return wait;
    }

    static std::string owner_key(storage::Owner const& o) { return o.team_id + "/" + o.user_id; }

    void send(storage::Reminder r) {
        std::string channel = r.dm_channel;
        if (channel.empty()) {
            if (auto it = dm_channels.find(owner_key(r.owner)); it != dm_channels.end()) channel = it->second;
        }
        if (!channel.empty()) {
            post(std::move(r), std::move(channel));
            return;
        }
        auto const user = r.owner.user_id;
        slack.call("conversations.open", json::object{{"users", user}},
                   [self = shared_from_this(), r = std::move(r)](bot::SlackResult res) mutable {
                       self->on_strand([r = std::move(r), res = std::move(res)](State& s) mutable {
                           std::string id;
                           if (res) {
                               if (auto const* c = res->if_contains("channel"); c && c->is_object()) {
                                   if (auto const* v = c->get_object().if_contains("id"); v && v->is_string()) {
                                       id = std::string(v->get_string());
                                   }
                               }
                           }
                           if (id.empty()) {
                               s.failed_send(std::move(r), "conversations.open", res);
                               return;
                           }
                           if (s.dm_channels.size() >= max_cached_channels) s.dm_channels.clear();
                           s.dm_channels[owner_key(r.owner)] = id;
                           s.post(std::move(r), std::move(id));
                       });
                   });
    }

    void post(storage::Reminder r, std::string channel) {
        std::string fallback;
        if (r.summary.empty()) {
            templates::SummaryInput in;
            in.with_whom = person_mrkdwn(r.with_whom);
            fallback = templates.followup_summary(in);
        }
        auto msg = reminder_message(r, fallback);
        msg["channel"] = channel;
        slack.call("chat.postMessage", std::move(msg),
                   [self = shared_from_this(), r = std::move(r), channel](bot::SlackResult res) mutable {
                       self->on_strand([r = std::move(r), channel = std::move(channel),
                                        res = std::move(res)](State& s) mutable {
                           if (!res) {
                               if (stale_channel(res)) s.dm_channels.erase(owner_key(r.owner));
                               s.failed_send(std::move(r), "chat.postMessage", res);
                               return;
                           }
                           std::string ts;
                           if (auto const* v = res->if_contains("ts"); v && v->is_string()) ts = v->get_string();
                           s.delivered_send(r.id, std::move(channel), std::move(ts));
                       });
                   });
    }

    void delivered_send(storage::Id id, std::string channel, std::string ts) {
        ++delivered;
        log.info("reminder delivered", {{"reminder", std::to_string(id)}});
        record(
            "mark_delivered",
            [id, channel = std::move(channel), ts = std::move(ts)](State& s) {
                auto r = s.store.mark_delivered(id, channel, ts, floor_seconds(s.clock.now()));
                return r ? std::optional<storage::StorageError>{} : std::optional{r.error()};
            },
            0);
        finished();
    }

    void failed_send(storage::Reminder r, char const* method, bot::SlackResult const& res) {
        ++failed;
        auto const delay = retry_delay(r.attempts + 1, options);
        log.warn("reminder not delivered, will retry",
                 {{"reminder", std::to_string(r.id)},
                  {"method", method},
                  {"error", res ? std::string("no channel in answer") : res.error().message()},
                  {"retry_in_s", std::to_string(delay.count())}});
        record(
            "retry_later",
            [id = r.id, delay](State& s) {
                auto x = s.store.retry_later(id, floor_seconds(s.clock.now()) + delay);
                return x ? std::optional<storage::StorageError>{} : std::optional{x.error()};
            },
            0);
        finished();
    }

    // Storage after a send must not be lost to a transient error (busy, I/O): retry it a few times a second
    // apart. If it still fails, the reminder stays claimed and the next start recovers it (sent again).
    template <typename F>
    void record(char const* what, F f, int attempt) {
        auto const error = f(*this);
        if (!error) return;
        log.error("scheduler: storage failed",
                  {{"what", what}, {"kind", storage::to_string(error->kind)}, {"attempt", std::to_string(attempt + 1)}});
        if (attempt + 1 >= max_record_attempts) return;
        auto t = std::make_shared<net::steady_timer>(strand, std::chrono::seconds{1});
        t->async_wait(net::bind_executor(strand, [self = shared_from_this(), t, what, f = std::move(f),
                                                  attempt](boost::system::error_code) mutable {
            self->record(what, std::move(f), attempt + 1);
        }));
    }

    void finished() {
        --in_flight;
        --sending;
        if (backlog && !stopped) {
            backlog = false;
            tick();
        }
    }
};

Scheduler::Scheduler(net::any_io_executor ex, storage::Store& store, bot::SlackApi& slack,
                     templates::Library const& templates, util::Clock const& clock, util::Logger const& log,
                     SchedulerOptions options)
    : state_(std::make_shared<State>(std::move(ex), store, slack, templates, clock, log, options)) {}

Scheduler::~Scheduler() { stop(); }

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
    state_->on_strand([](State& s) { s.tick(); });
}

void Scheduler::poke() {
    if (state_->stopped) return;
    state_->on_strand([](State& s) {
        if (!s.stopped) s.tick();
    });
}

void Scheduler::stop() {
    if (state_->stopped.exchange(true)) return;
    state_->on_strand([](State& s) { s.timer.cancel(); });
}

Scheduler::Stats Scheduler::stats() const {
    return {state_->delivered.load(), state_->failed.load(), state_->claimed.load(), state_->recovered.load(),
            state_->sending.load()};
}

std::chrono::seconds Scheduler::retry_delay(int failed_attempts, SchedulerOptions const& options) {
    auto delay = options.first_retry;
    for (int i = 1; i < failed_attempts && delay < options.max_retry; ++i) delay *= 2;
    return std::min(delay, options.max_retry);
}

}  // namespace pushback::handlers::followups
