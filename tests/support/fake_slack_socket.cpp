#include "support/fake_slack_socket.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/websocket.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <boost/json.hpp>
#include <condition_variable>
#include <deque>
#include <future>
#include <map>
#include <mutex>
#include <random>
#include <set>
#include <thread>

namespace pushback::testing {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace websocket = beast::websocket;
namespace json = boost::json;
using tcp = net::ip::tcp;
using Steady = std::chrono::steady_clock;

namespace {
constexpr auto use_tuple = net::as_tuple(net::use_awaitable);

struct Pending {
    std::string id;
    std::string type;
    json::object payload;
    int retry_attempt = 0;
    Steady::time_point sent{};
};
}  // namespace

struct FakeSocketMode::Impl : std::enable_shared_from_this<Impl> {
    struct Conn {
        explicit Conn(tcp::socket s, net::ssl::context& ctx) : ws(std::move(s), ctx) {}
        websocket::stream<net::ssl::stream<beast::tcp_stream>> ws;  // Asio's SSL stream: see bot/impl/websocket.hpp
        int number = 0;
        bool hello = false, draining = false, dead = false, closing = false, freezing = false, frozen = false;
        std::deque<std::string> out;  // frames to write, in order
        net::steady_timer* wake = nullptr;
        std::map<std::string, Pending> unacked;
    };

    Impl(net::io_context& c, net::ssl::context& t) : ioc(c), tls(t), acceptor(c) {
        tcp::endpoint ep(net::ip::make_address("127.0.0.1"), 0);
        acceptor.open(ep.protocol());
        acceptor.set_option(tcp::acceptor::reuse_address(true));
        acceptor.bind(ep);
        acceptor.listen();
        port = acceptor.local_endpoint().port();
    }

    net::io_context& ioc;
    net::ssl::context& tls;
    tcp::acceptor acceptor;
    unsigned short port = 0;

    // Touched only on the fake's thread.
    std::vector<std::shared_ptr<Conn>> conns;
    std::deque<Pending> queue;  // waiting for a connection that said hello
    int next_conn = 0;
    std::size_t round_robin = 0;

    // Shared with the test thread.
    mutable std::mutex mu;
    mutable std::condition_variable cv;
    std::set<std::string> tickets;
    std::map<std::string, std::vector<Ack>> acked;
    std::vector<Ack> all_acks;
    std::size_t accepted = 0, open_now = 0, max_open = 0, refused = 0, retried = 0, lost_count = 0;
    int next_id = 0;
    std::mt19937_64 rng{std::random_device{}()};

    void start() { net::co_spawn(ioc, accept_loop(shared_from_this()), net::detached); }

    static net::awaitable<void> accept_loop(std::shared_ptr<Impl> self) {
        for (;;) {
            auto [ec, socket] = co_await self->acceptor.async_accept(use_tuple);
            if (ec == net::error::operation_aborted || !self->acceptor.is_open()) co_return;
            if (ec) continue;
            net::co_spawn(self->ioc, session(self, std::make_shared<Conn>(std::move(socket), self->tls)),
                          net::detached);
        }
    }

    bool take_ticket(std::string_view target) {
        constexpr std::string_view prefix = "/link/?ticket=";
        if (!target.starts_with(prefix)) return false;
        auto ticket = std::string(target.substr(prefix.size()));
        if (auto amp = ticket.find('&'); amp != std::string::npos) ticket.resize(amp);
        std::lock_guard lock(mu);
        return tickets.erase(ticket) == 1;
    }

    static net::awaitable<void> session(std::shared_ptr<Impl> self, std::shared_ptr<Conn> c) {
        auto& tcp_layer = beast::get_lowest_layer(c->ws);
        tcp_layer.expires_after(std::chrono::seconds(10));
        auto [hec] = co_await c->ws.next_layer().async_handshake(net::ssl::stream_base::server, use_tuple);
        if (hec) co_return;
        beast::flat_buffer buffer;
        http::request<http::string_body> req;
        auto [rec, rn] = co_await http::async_read(c->ws.next_layer(), buffer, req, use_tuple);
        (void)rn;
        if (rec) co_return;
        if (!websocket::is_upgrade(req) || !self->take_ticket(req.target())) {
            {
                std::lock_guard lock(self->mu);
                ++self->refused;
            }
            http::response<http::string_body> res{http::status::unauthorized, 11};
            res.body() = "invalid ticket";
            res.prepare_payload();
            co_await http::async_write(c->ws.next_layer(), res, use_tuple);
            co_return;
        }
        tcp_layer.expires_never();
        c->ws.set_option(websocket::stream_base::timeout::suggested(beast::role_type::server));
        auto [aec] = co_await c->ws.async_accept(req, use_tuple);
        if (aec) co_return;
        c->number = ++self->next_conn;
        {
            std::lock_guard lock(self->mu);
            ++self->accepted;
            self->max_open = std::max(self->max_open, ++self->open_now);
        }
        self->conns.push_back(c);
        net::co_spawn(self->ioc, writer(self, c), net::detached);
        json::object hello{{"type", "hello"},
                           {"num_connections", self->live_count() + 1},
                           {"debug_info", {{"host", "applink-fake"}, {"approximate_connection_time", 18060}}},
                           {"connection_info", {{"app_id", "A0FAKEAPP"}}}};
        self->write(*c, json::serialize(hello));
        c->hello = true;
        self->on_hello(*c);
        co_await reader(self, c);
    }

    std::size_t live_count() const {
        std::size_t n = 0;
        for (auto const& c : conns) n += c->hello && !c->dead && !c->frozen ? 1 : 0;
        return n;
    }

    void write(Conn& c, std::string frame) {
        c.out.push_back(std::move(frame));
        if (c.wake) c.wake->cancel();
    }

    static net::awaitable<void> writer(std::shared_ptr<Impl> self, std::shared_ptr<Conn> c) {
        net::steady_timer wake(self->ioc);
        c->wake = &wake;
        while (!c->dead) {
            if (c->out.empty()) {
                if (c->closing) {
                    co_await c->ws.async_close(websocket::close_code::normal, use_tuple);
                    break;
                }
                wake.expires_at(Steady::time_point::max());
                co_await wake.async_wait(use_tuple);
                continue;
            }
            auto frame = std::move(c->out.front());
            c->out.pop_front();
            c->ws.text(true);
            auto [ec, n] = co_await c->ws.async_write(net::buffer(frame), use_tuple);
            (void)n;
            if (ec) break;
        }
        c->wake = nullptr;
    }

    static net::awaitable<void> reader(std::shared_ptr<Impl> self, std::shared_ptr<Conn> c) {
        beast::flat_buffer buffer;
        for (;;) {
            auto [ec, n] = co_await c->ws.async_read(buffer, use_tuple);
            (void)n;
            if (ec) break;
            auto text = beast::buffers_to_string(buffer.data());
            buffer.consume(buffer.size());
            boost::system::error_code jec;
            auto v = json::parse(text, jec);
            if (jec || !v.is_object()) continue;
            auto const& o = v.as_object();
            auto const* id = o.if_contains("envelope_id");
            if (!id || !id->is_string()) continue;
            std::string const eid(id->get_string());
            Ack a{eid, std::nullopt, c->number, {}, Steady::now()};
            if (auto const* p = o.if_contains("payload")) a.payload = *p;
            if (auto it = c->unacked.find(eid); it != c->unacked.end()) {
                a.sent = it->second.sent;
                c->unacked.erase(it);
            }
            {
                std::lock_guard lock(self->mu);
                self->acked[eid].push_back(a);
                self->all_acks.push_back(a);
            }
            self->cv.notify_all();
            self->maybe_close_drained();
            if (c->freezing) {
                c->frozen = true;  // silent from now on: no more reads, so no pongs either
                co_return;
            }
        }
        self->on_dead(*c);
    }

    // Where the next envelope goes: a connection that said hello, preferring those not asked to refresh.
    Conn* pick() {
        std::vector<Conn*> fresh, draining;
        for (auto const& c : conns) {
            if (!c->hello || c->dead || c->closing || c->frozen) continue;
            (c->draining ? draining : fresh).push_back(c.get());
        }
        auto& from = fresh.empty() ? draining : fresh;
        if (from.empty()) return nullptr;
        return from[round_robin++ % from.size()];
    }

    void pump() {
        while (!queue.empty()) {
            Conn* c = pick();
            if (!c) return;
            auto p = std::move(queue.front());
            queue.pop_front();
            p.sent = Steady::now();
            json::object env{{"envelope_id", p.id},
                             {"type", p.type},
                             {"payload", p.payload},
                             {"accepts_response_payload", p.type != "events_api"},
                             {"retry_attempt", p.retry_attempt},
                             {"retry_reason", p.retry_attempt > 0 ? "timeout" : ""}};
            write(*c, json::serialize(env));
            c->unacked.emplace(p.id, std::move(p));
        }
    }

    void on_hello(Conn& c) {
        (void)c;
        pump();
        maybe_close_drained();
    }

    // A connection asked to refresh closes once a newer one is up and it has nothing unacknowledged.
    void maybe_close_drained() {
        bool const newer =
            std::any_of(conns.begin(), conns.end(), [](auto const& c) { return c->hello && !c->dead && !c->draining; });
        for (auto const& c : conns) {
            if (c->draining && !c->dead && !c->closing && newer && c->unacked.empty()) {
                c->closing = true;
                if (c->wake) c->wake->cancel();
            }
        }
    }

    void on_dead(Conn& c) {
        if (c.dead) return;
        c.dead = true;
        if (c.wake) c.wake->cancel();
        {
            std::lock_guard lock(mu);
            --open_now;
        }
        for (auto& [id, p] : c.unacked) {
            std::lock_guard lock(mu);
            if (p.type == "events_api") {
                ++p.retry_attempt;
                ++retried;
                queue.push_back(std::move(p));
            } else {
                ++lost_count;
            }
        }
        c.unacked.clear();
        std::erase_if(conns, [&](auto const& x) { return x.get() == &c; });
        pump();
    }
};

FakeSocketMode::FakeSocketMode(net::io_context& ioc, net::ssl::context& tls) : impl_(std::make_shared<Impl>(ioc, tls)) {
    impl_->start();
}

FakeSocketMode::~FakeSocketMode() {
    // The fake Slack's io_context is stopped before this; the coroutines go with it.
}

std::string FakeSocketMode::open_url() {
    std::lock_guard lock(impl_->mu);
    std::string ticket;
    for (int i = 0; i < 4; ++i) ticket += std::to_string(impl_->rng() % 1000000000);
    ticket = "fake-ticket-" + ticket;
    impl_->tickets.insert(ticket);
    return "wss://127.0.0.1:" + std::to_string(impl_->port) + "/link/?ticket=" + ticket + "&app_id=A0FAKEAPP";
}

unsigned short FakeSocketMode::port() const { return impl_->port; }

std::string FakeSocketMode::send(std::string const& type, json::object payload) {
    std::string id;
    {
        std::lock_guard lock(impl_->mu);
        id = "env-" + std::to_string(++impl_->next_id) + "-" + std::to_string(impl_->rng() % 100000);
    }
    net::post(impl_->ioc, [self = impl_, p = Pending{id, type, std::move(payload), 0, {}}]() mutable {
        self->queue.push_back(std::move(p));
        self->pump();
    });
    return id;
}

std::optional<FakeSocketMode::Ack> FakeSocketMode::wait_ack(std::string const& envelope_id,
                                                            std::chrono::milliseconds timeout) const {
    std::unique_lock lock(impl_->mu);
    if (!impl_->cv.wait_for(lock, timeout, [&] { return impl_->acked.contains(envelope_id); })) return std::nullopt;
    return impl_->acked.at(envelope_id).front();
}

bool FakeSocketMode::wait_acks(std::size_t count, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(impl_->mu);
    return impl_->cv.wait_for(lock, timeout, [&] { return impl_->acked.size() >= count; });
}

std::size_t FakeSocketMode::ack_count(std::string const& envelope_id) const {
    std::lock_guard lock(impl_->mu);
    auto it = impl_->acked.find(envelope_id);
    return it == impl_->acked.end() ? 0 : it->second.size();
}

std::vector<FakeSocketMode::Ack> FakeSocketMode::acks() const {
    std::lock_guard lock(impl_->mu);
    return impl_->all_acks;
}

bool FakeSocketMode::wait_connections(std::size_t count, std::chrono::milliseconds timeout) const {
    auto const deadline = Steady::now() + timeout;
    for (;;) {
        auto p = std::make_shared<std::promise<std::size_t>>();
        auto f = p->get_future();
        net::post(impl_->ioc, [p, self = impl_] { p->set_value(self->live_count()); });
        if (f.wait_until(deadline) != std::future_status::ready) return false;
        if (f.get() >= count) return true;
        if (Steady::now() >= deadline) return false;
        std::this_thread::sleep_for(std::chrono::milliseconds(5));
    }
}

std::size_t FakeSocketMode::connections_accepted() const {
    std::lock_guard lock(impl_->mu);
    return impl_->accepted;
}
std::size_t FakeSocketMode::max_open_connections() const {
    std::lock_guard lock(impl_->mu);
    return impl_->max_open;
}
std::size_t FakeSocketMode::tickets_refused() const {
    std::lock_guard lock(impl_->mu);
    return impl_->refused;
}
std::size_t FakeSocketMode::retries_sent() const {
    std::lock_guard lock(impl_->mu);
    return impl_->retried;
}
std::size_t FakeSocketMode::lost() const {
    std::lock_guard lock(impl_->mu);
    return impl_->lost_count;
}

void FakeSocketMode::disconnect(std::string const& reason) {
    net::post(impl_->ioc, [self = impl_, reason] {
        json::object msg{{"type", "disconnect"}, {"reason", reason}, {"debug_info", {{"host", "applink-fake"}}}};
        auto const text = json::serialize(msg);
        for (auto const& c : self->conns) {
            if (!c->hello || c->dead) continue;
            self->write(*c, text);
            if (reason == "refresh_requested" || reason == "warning") {
                c->draining = true;
            } else if (reason == "link_disabled") {
                c->closing = true;  // after what is queued, the disconnect included
                if (c->wake) c->wake->cancel();
            }
        }
        self->maybe_close_drained();
    });
}

void FakeSocketMode::freeze() {
    net::post(impl_->ioc, [self = impl_] {
        for (auto const& c : self->conns) c->freezing = true;
    });
}

void FakeSocketMode::kill() {
    net::post(impl_->ioc, [self = impl_] {
        for (auto const& c : std::vector(self->conns)) {
            boost::system::error_code ignored;
            auto& sock = beast::get_lowest_layer(c->ws).socket();
            sock.set_option(net::socket_base::linger(true, 0), ignored);  // RST, as a dropped network path
            sock.close(ignored);
            self->on_dead(*c);
        }
    });
}

}  // namespace pushback::testing
