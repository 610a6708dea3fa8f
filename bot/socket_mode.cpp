// Socket Mode: one coroutine chain per connection slot (open, read and answer until the link ends, then
// reconnect), all on the client's own thread, so the connection registry and the backoff need no lock; only
// the status, read by /healthz from the HTTP threads, is behind a mutex.
#include "bot/socket_mode.hpp"

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/websocket.hpp>
#include <ctime>
#include <mutex>
#include <set>
#include <thread>

#include "bot/impl/backoff.hpp"
#include "bot/impl/tls_context.hpp"
#include "bot/impl/websocket.hpp"
#include "bot/slack_api.hpp"
#include "util/log_escaped.hpp"

namespace pushback::bot {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;
using namespace std::chrono_literals;
using Steady = std::chrono::steady_clock;

namespace {

constexpr auto use_tuple = net::as_tuple(net::use_awaitable);

std::string iso_utc(util::Clock::time_point t) {
    std::time_t const secs = std::chrono::system_clock::to_time_t(t);
    std::tm tm{};
    gmtime_r(&secs, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

std::string ms_text(std::chrono::milliseconds d) { return std::to_string(d.count()); }

// What a lost link says in logs and /healthz.
std::string describe_end(beast::error_code const& ec, websocket::close_reason const& reason) {
    if (ec == websocket::error::closed) return "closed (code " + std::to_string(reason.code) + ")";
    if (ec == beast::error::timeout) return "no frame or pong within the idle timeout";
    return "connection lost: " + ec.message();
}

}  // namespace

char const* to_string(SocketModeStatus::State state) {
    switch (state) {
        case SocketModeStatus::State::connecting:
            return "connecting";
        case SocketModeStatus::State::connected:
            return "connected";
        case SocketModeStatus::State::reconnecting:
            return "reconnecting";
        case SocketModeStatus::State::stopped:
            return "stopped";
    }
    return "unknown";
}

struct Link {
    explicit Link(std::unique_ptr<impl::WebSocket> s, unsigned slot_no) : ws(std::move(s)), slot(slot_no) {}
    std::unique_ptr<impl::WebSocket> ws;
    unsigned slot;
    bool hello = false;
    bool writing = false;   // an ack write is pending (a close must not overlap it)
    bool closing = false;   // we started the close handshake
    bool replaced = false;  // a successor was opened (refresh): this one drains until closed
    Steady::time_point hello_at{};
};

struct SocketModeClient::Impl {
    Impl(SocketModeOptions o, Handler h, AfterAckRunner& a, util::Logger const& l, util::Clock const& c)
        : opt(std::move(o)), handler(std::move(h)), after_ack(a), log(l), clock(c), tls(opt.extra_ca_file) {
        opt.connections = std::clamp(opt.connections, 1u, 10u);
        SlackClientConfig sc;
        sc.api_base = opt.api_base;
        sc.bot_token = opt.app_token;  // this client makes one call, apps.connections.open, with the app token
        sc.extra_ca_file = opt.extra_ca_file;
        sc.max_attempts = 1;  // retried here, with the connection's backoff and status
        sc.max_retry_after = opt.max_retry_after;
        sc.request_timeout = opt.step_timeout;
        opener = std::make_unique<SlackClient>(ioc->get_executor(), std::move(sc));
        status_.since = clock.now();
    }

    net::awaitable<void> run_slot(unsigned slot);
    net::awaitable<bool> read_loop(std::shared_ptr<Link> link, std::string& why);
    net::awaitable<void> answer(Link& link, Envelope envelope);
    net::awaitable<void> close_link(std::shared_ptr<Link> link);
    net::awaitable<void> close_after(std::shared_ptr<Link> link, std::chrono::seconds after);
    net::awaitable<void> stop_all(std::function<void()> done);
    net::awaitable<bool> sleep(std::chrono::milliseconds d);
    std::chrono::milliseconds open_failure_wait(SlackError const& e, int failures);
    void disable(std::string const& why);
    void spawn_slot(unsigned slot) {
        net::co_spawn(*ioc, run_slot(slot), util::LogEscaped{log, "socket mode connection"});
    }

    void set_state(SocketModeStatus::State s, std::string detail) {
        std::lock_guard lock(status_mu);
        if (status_.state == SocketModeStatus::State::stopped) return;
        if (status_.state != s) status_.since = clock.now();
        status_.state = s;
        status_.connections = live;
        status_.detail = std::move(detail);
    }

    SocketModeOptions opt;
    Handler handler;
    AfterAckRunner& after_ack;
    util::Logger const& log;
    util::Clock const& clock;
    // Coroutines still suspended when the client goes are destroyed with this io_context (reset first).
    std::unique_ptr<net::io_context> ioc = std::make_unique<net::io_context>(1);
    net::executor_work_guard<net::io_context::executor_type> work = net::make_work_guard(*ioc);
    std::thread thread;
    impl::TlsContext tls;
    std::unique_ptr<SlackClient> opener;
    impl::Backoff backoff{opt.base_backoff, opt.max_backoff};

    // Only touched on the client's thread.
    std::set<std::shared_ptr<Link>> links;
    std::set<net::steady_timer*> sleepers;
    unsigned live = 0;  // links that said hello and are still open
    bool stopping = false;
    bool disabled = false;

    mutable std::mutex status_mu;
    SocketModeStatus status_;
};

net::awaitable<bool> SocketModeClient::Impl::sleep(std::chrono::milliseconds d) {
    net::steady_timer timer(*ioc, d);
    sleepers.insert(&timer);
    co_await timer.async_wait(use_tuple);
    sleepers.erase(&timer);
    co_return !stopping && !disabled;
}

std::chrono::milliseconds SocketModeClient::Impl::open_failure_wait(SlackError const& e, int failures) {
    if (e.kind == SlackError::Kind::rate_limited && e.retry_after.count() > 0)
        return std::max(e.retry_after, backoff.after(1));
    // Slack refused the token (invalid_auth, not_allowed_token_type, ...): retrying soon will not help.
    if (e.kind == SlackError::Kind::api) return backoff.after(64);
    return backoff.after(failures);
}

net::awaitable<void> SocketModeClient::Impl::run_slot(unsigned slot) {
    int failures = 0;
    std::chrono::milliseconds wait{0};
    while (!stopping && !disabled) {
        if (wait.count() > 0 && !co_await sleep(wait)) co_return;
        auto opened = co_await opener->call("apps.connections.open", {});
        if (stopping || disabled) co_return;
        std::string url;
        if (opened) {
            if (auto const* u = opened->if_contains("url"); u && u->is_string()) url = u->get_string();
        }
        if (url.empty()) {
            SlackError const err =
                opened ? SlackError{SlackError::Kind::invalid_response, "answer has no url", 200} : opened.error();
            wait = open_failure_wait(err, ++failures);
            auto const what = "apps.connections.open failed: " + err.message();
            if (live == 0) set_state(SocketModeStatus::State::reconnecting, what);
            if (err.kind == SlackError::Kind::api)
                log.error(
                    "socket mode: Slack refused the app token (SLACK_APP_TOKEN must be an app-level token, "
                    "xapp-..., with connections:write)",
                    {{"error", err.error}, {"retry_in_ms", ms_text(wait)}});
            else
                log.warn("socket mode: apps.connections.open failed",
                         {{"error", err.message()}, {"retry_in_ms", ms_text(wait)}});
            continue;
        }
        auto ws = co_await impl::open_websocket(
            url, tls, impl::WebSocketLimits{opt.step_timeout, opt.idle_timeout, opt.max_message_bytes});
        url.assign(url.size(), '\0');  // the ticket is single-use; do not keep it around
        if (stopping || disabled) co_return;
        if (!ws) {
            wait = backoff.after(++failures);
            if (live == 0) set_state(SocketModeStatus::State::reconnecting, ws.error());
            log.warn("socket mode: cannot connect", {{"error", ws.error()}, {"retry_in_ms", ms_text(wait)}});
            continue;
        }
        auto link = std::make_shared<Link>(std::move(*ws), slot);
        links.insert(link);
        std::string why;
        bool const link_disabled = co_await read_loop(link, why);
        links.erase(link);
        if (link->hello) --live;
        if (link_disabled) {
            disable(
                "Slack disabled the Socket Mode link (link_disabled): Socket Mode was turned off for the app, "
                "or the app was uninstalled. Not reconnecting; restart pushback once it is back on.");
            co_return;
        }
        if (stopping || disabled) co_return;
        if (link->replaced) {
            log.info("socket mode: refreshed connection closed", {{"slot", std::to_string(slot)}});
            set_state(live > 0 ? SocketModeStatus::State::connected : SocketModeStatus::State::reconnecting, {});
            co_return;  // its successor carries on
        }
        bool const stable = link->hello && Steady::now() - link->hello_at >= opt.stable_after;
        failures = stable ? 1 : failures + 1;
        wait = backoff.after(failures);
        if (live == 0) set_state(SocketModeStatus::State::reconnecting, why);
        log.warn("socket mode: connection ended, reconnecting", {{"error", why}, {"retry_in_ms", ms_text(wait)}});
    }
}

// Reads until the link ends; true when Slack disabled it for good.
net::awaitable<bool> SocketModeClient::Impl::read_loop(std::shared_ptr<Link> link, std::string& why) {
    beast::flat_buffer buffer;
    for (;;) {
        auto [ec, n] = co_await link->ws->async_read(buffer, use_tuple);
        (void)n;
        if (ec) {
            why = describe_end(ec, link->ws->reason());
            co_return false;
        }
        if (!link->ws->got_text()) {
            buffer.consume(buffer.size());
            continue;
        }
        auto const* data = static_cast<char const*>(buffer.data().data());
        auto envelope = parse_envelope(std::string_view(data, buffer.size()));
        buffer.consume(buffer.size());
        if (!envelope) {
            log.warn("socket mode: unreadable message from Slack", {{"error", envelope.error()}});
            continue;
        }
        switch (envelope->type) {
            case Envelope::Type::hello:
                if (!link->hello) {
                    link->hello = true;
                    link->hello_at = Steady::now();
                    ++live;
                }
                set_state(SocketModeStatus::State::connected, {});
                log.info("socket mode: connected", {{"slot", std::to_string(link->slot)},
                                                    {"connections", std::to_string(live)},
                                                    {"app_connections", std::to_string(envelope->num_connections)}});
                break;
            case Envelope::Type::disconnect:
                log.info("socket mode: Slack asks to disconnect", {{"reason", envelope->reason}});
                if (envelope->reason == "link_disabled") co_return true;
                if ((envelope->reason == "refresh_requested" || envelope->reason == "warning") && !link->replaced &&
                    !stopping && !disabled) {
                    // Make before break: the successor opens now; this link keeps answering until Slack closes it.
                    link->replaced = true;
                    spawn_slot(link->slot);
                    net::co_spawn(*ioc, close_after(link, opt.drain_timeout), util::LogEscaped{log, "socket drain"});
                }
                break;
            default:
                co_await answer(*link, std::move(*envelope));
                if (!link->ws->is_open()) {
                    why = "writing an acknowledgement failed";
                    co_return false;
                }
                break;
        }
    }
}

net::awaitable<void> SocketModeClient::Impl::answer(Link& link, Envelope envelope) {
    auto const started = Steady::now();
    auto const id = envelope.envelope_id;
    auto const type = envelope.type_name;
    bool const known = envelope.type != Envelope::Type::other;
    Outcome out;
    if (id.empty()) {
        log.debug("socket mode: message ignored", {{"type", type}});
        co_return;
    }
    if (link.closing) {
        // Our close frame may already be out: no ack can follow it. Unacknowledged, Slack retries it elsewhere.
        log.warn("socket mode: envelope arrived while closing, left for Slack to retry", {{"type", type}});
        co_return;
    }
    if (known) {
        try {
            out = handler(std::move(envelope));
        } catch (std::exception const&) {
            out = {Reply::text(500, "Internal error\n"), RequestLog{"error", {}, {}, "handler threw"}};
        }
    } else {
        out = {Reply::ack(), RequestLog{"envelope:" + type, {}, {}, "ignored"}};
    }
    auto const ack = envelope_ack(id, out.reply);
    link.writing = true;
    link.ws->text(true);
    auto [ec, written] = co_await link.ws->async_write(net::buffer(ack), use_tuple);
    (void)written;
    link.writing = false;
    auto const elapsed = std::chrono::duration_cast<std::chrono::microseconds>(Steady::now() - started);
    std::string detail = out.log.detail;
    if (ec) detail += detail.empty() ? "ack not sent" : "; ack not sent";
    log.request({"WS", type, out.reply.status, elapsed, out.log.kind, out.log.team_id, out.log.user_id, detail});
    // After the ack, as over HTTP. Also when the write failed: the envelope was handled (an event is recorded as
    // delivered, so Slack's retry will be answered as a duplicate), and its work must not be lost with the ack.
    // The tenant goes with it: with many installations, the Web API calls use the envelope's workspace's token.
    if (!out.reply.after_ack.empty()) after_ack.run(std::move(out.reply.after_ack), std::move(out.reply.tenant));
}

net::awaitable<void> SocketModeClient::Impl::close_link(std::shared_ptr<Link> link) {
    if (link->closing || !link->ws->is_open()) co_return;
    link->closing = true;
    while (link->writing) co_await sleep(1ms);  // one write at a time: the close frame waits for the ack
    if (!link->ws->is_open()) co_return;
    // Bounded by the handshake timeout; the read loop then ends with `closed`.
    co_await link->ws->async_close(websocket::close_code::normal, use_tuple);
}

net::awaitable<void> SocketModeClient::Impl::close_after(std::shared_ptr<Link> link, std::chrono::seconds after) {
    net::steady_timer timer(*ioc, after);
    co_await timer.async_wait(use_tuple);
    if (links.contains(link)) co_await close_link(link);
}

void SocketModeClient::Impl::disable(std::string const& why) {
    disabled = true;
    log.error("socket mode: stopped", {{"reason", why}});
    {
        std::lock_guard lock(status_mu);
        status_ = {SocketModeStatus::State::stopped, clock.now(), 0, why};
    }
    for (auto* t : sleepers) t->cancel();
    for (auto const& l : links) net::co_spawn(*ioc, close_link(l), util::LogEscaped{log, "socket close"});
}

net::awaitable<void> SocketModeClient::Impl::stop_all(std::function<void()> done) {
    stopping = true;
    for (auto* t : sleepers) t->cancel();
    for (auto const& l : links) net::co_spawn(*ioc, close_link(l), util::LogEscaped{log, "socket close"});
    auto const deadline = Steady::now() + opt.step_timeout;
    net::steady_timer timer(*ioc);
    while (!links.empty() && Steady::now() < deadline) {
        timer.expires_after(10ms);
        co_await timer.async_wait(use_tuple);
    }
    {
        std::lock_guard lock(status_mu);
        if (status_.state != SocketModeStatus::State::stopped)
            status_ = {SocketModeStatus::State::stopped, clock.now(), 0, "shutting down"};
    }
    if (done) done();
    work.reset();
    ioc->stop();
}

SocketModeClient::SocketModeClient(SocketModeOptions options, Handler handler, AfterAckRunner& after_ack,
                                   util::Logger const& log, util::Clock const& clock)
    : impl_(std::make_unique<Impl>(std::move(options), std::move(handler), after_ack, log, clock)) {}

SocketModeClient::~SocketModeClient() {
    auto& i = *impl_;
    i.work.reset();
    i.ioc->stop();
    if (i.thread.joinable()) i.thread.join();
    // Suspended coroutines refer to the links, the opener and this Impl: destroyed with the io_context, now,
    // while all of that is still alive. The opener goes first: its strand must not outlive the io_context.
    i.links.clear();
    i.opener.reset();
    i.ioc.reset();
}

void SocketModeClient::start() {
    auto& i = *impl_;
    i.log.info("socket mode: connecting", {{"connections", std::to_string(i.opt.connections)}});
    for (unsigned slot = 0; slot < i.opt.connections; ++slot) i.spawn_slot(slot);
    i.thread = std::thread([&ioc = *i.ioc] { ioc.run(); });
}

void SocketModeClient::stop(std::function<void()> done) {
    auto& i = *impl_;
    net::co_spawn(*i.ioc, i.stop_all(std::move(done)), util::LogEscaped{i.log, "socket mode stop"});
}

void SocketModeClient::join() {
    if (impl_->thread.joinable()) impl_->thread.join();
}

SocketModeStatus SocketModeClient::status() const {
    std::lock_guard lock(impl_->status_mu);
    return impl_->status_;
}

Health SocketModeClient::health() const {
    auto const s = status();
    boost::json::object socket{
        {"state", to_string(s.state)}, {"since", iso_utc(s.since)}, {"connections", s.connections}};
    if (!s.detail.empty()) socket["detail"] = s.detail;
    bool const ok = s.state != SocketModeStatus::State::stopped;
    return {ok, boost::json::object{{"status", ok ? "ok" : "degraded"}, {"socket_mode", std::move(socket)}}};
}

}  // namespace pushback::bot
