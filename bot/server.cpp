#include "bot/server.hpp"

#include <pthread.h>
#include <sched.h>
#include <unistd.h>

#include <algorithm>
#include <array>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/strand.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/asio/write.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http.hpp>
#include <charconv>
#include <mutex>
#include <thread>
#include <unordered_set>
#include <vector>

#include "util/log_escaped.hpp"

namespace pushback::bot {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
using tcp = net::ip::tcp;
using namespace std::chrono_literals;

namespace {

constexpr auto use_tuple = net::as_tuple(net::use_awaitable);

struct Connection {
    explicit Connection(tcp::socket s) : stream(std::move(s)) {}
    beast::tcp_stream stream;
    bool busy = false;  // only touched on the connection's worker thread
};

// One io_context per worker thread; a connection's socket, timers and coroutine all run on it.
struct Worker {
    net::io_context ioc{1};
    net::executor_work_guard<net::io_context::executor_type> work = net::make_work_guard(ioc);
    std::thread thread;
};

// The status line and headers of a response, written straight into `out` (Beast's serializer walks
// a chain of buffer views per write, which costs more than formatting four headers).
void format_head(std::string& out, unsigned status, unsigned version, std::string_view content_type,
                 std::size_t content_length, bool keep_alive,
                 std::vector<std::pair<std::string, std::string>> const& extra = {}) {
    out.assign(version == 10 ? "HTTP/1.0 " : "HTTP/1.1 ");
    std::array<char, 24> number{};
    auto append_number = [&](std::size_t n) {
        auto* const end = std::to_chars(number.data(), number.data() + number.size(), n).ptr;
        out.append(number.data(), end);
    };
    append_number(status);
    out += ' ';
    out += http::obsolete_reason(static_cast<http::status>(status));
    out += "\r\nServer: pushback\r\n";
    if (!content_type.empty()) {
        out += "Content-Type: ";
        out += content_type;
        out += "\r\n";
    }
    // No body, and no Content-Length, for 1xx, 204 and 304 (RFC 9110 §8.6).
    if (status >= 200 && status != 204 && status != 304) {
        out += "Content-Length: ";
        append_number(content_length);
        out += "\r\n";
    }
    for (auto const& [name, value] : extra) {
        // A header split by CR or LF would let a value write its own headers: such a header is dropped.
        if (name.find_first_of("\r\n:") != std::string::npos || value.find_first_of("\r\n") != std::string::npos)
            continue;
        out += name;
        out += ": ";
        out += value;
        out += "\r\n";
    }
    if (version == 10 && keep_alive) out += "Connection: keep-alive\r\n";
    if (version != 10 && !keep_alive) out += "Connection: close\r\n";
    out += "\r\n";
}

// With as many workers as CPUs this process may run on (the default), each worker gets its own CPU:
// the scheduler can then never stack two busy workers on one CPU while another runs something
// else, which is where multi-millisecond latency spikes came from under load. Otherwise the
// scheduler places them.
void pin_one_per_cpu(std::vector<std::unique_ptr<Worker>> const& workers) {
    cpu_set_t allowed;
    CPU_ZERO(&allowed);
    if (workers.size() < 2 || sched_getaffinity(0, sizeof allowed, &allowed) != 0) return;
    if (static_cast<std::size_t>(CPU_COUNT(&allowed)) != workers.size()) return;
    std::size_t next = 0;
    for (int cpu = 0; cpu < CPU_SETSIZE && next < workers.size(); ++cpu) {
        if (!CPU_ISSET(cpu, &allowed)) continue;
        cpu_set_t one;
        CPU_ZERO(&one);
        CPU_SET(cpu, &one);
        pthread_setaffinity_np(workers[next++]->thread.native_handle(), sizeof one, &one);
    }
}

// A request id from the load balancer (X-Request-Id) when it is short and plain, else a new one.
std::string usable_request_id(std::string_view given) {
    bool const plain = !given.empty() && given.size() <= 64 && std::ranges::all_of(given, [](char ch) {
        return (ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '-' ||
               ch == '_' || ch == '.';
    });
    return plain ? std::string{given} : util::new_request_id();
}

}  // namespace

struct Server::Impl : std::enable_shared_from_this<Impl> {
    Impl(net::io_context& ioc, ServerOptions o, Handler h, AfterAckRunner& a, util::Logger const& l)
        : ioc(ioc), opt(std::move(o)), handler(std::move(h)), after_ack(a), log(l), acceptor(net::make_strand(ioc)) {
        for (unsigned i = 0; i < std::max(1u, opt.workers); ++i) workers.push_back(std::make_unique<Worker>());
    }

    net::awaitable<void> accept_loop();
    net::awaitable<void> drain_then_stop(std::chrono::steady_clock::time_point deadline, std::function<void()> done);
    net::awaitable<void> session(std::shared_ptr<Connection> c);
    net::awaitable<void> write_error(Connection& c, http::status status, std::string_view message) const;
    void forget(std::shared_ptr<Connection> const& c);
    std::size_t open_count() const {
        std::lock_guard lock(mu);
        return connections.size();
    }

    net::io_context& ioc;
    ServerOptions opt;
    Handler handler;
    AfterAckRunner& after_ack;
    util::Logger const& log;
    tcp::acceptor acceptor;
    std::atomic<bool> stopping{false};
    mutable std::mutex mu;
    std::unordered_set<std::shared_ptr<Connection>> connections;
    std::vector<std::unique_ptr<Worker>> workers;
    std::size_t next_worker = 0;  // round robin; only touched by the accept loop
    std::once_flag joined;

    // Lets the workers end once their connections are gone; with `force`, at once.
    void release_workers(bool force) {
        for (auto& w : workers) {
            w->work.reset();
            if (force) w->ioc.stop();
        }
    }
    void join_workers() {
        std::call_once(joined, [this] {
            for (auto& w : workers)
                if (w->thread.joinable()) w->thread.join();
        });
    }
};

Server::Server(net::io_context& ioc, ServerOptions options, Handler handler, AfterAckRunner& after_ack,
               util::Logger const& log)
    : impl_(std::make_shared<Impl>(ioc, std::move(options), std::move(handler), after_ack, log)) {}

Server::~Server() {
    impl_->release_workers(true);
    impl_->join_workers();
    // Sessions still suspended (a forced stop) live on in their worker's io_context and own their
    // connection; destroying the io_contexts destroys them, their sockets and their hold on impl_.
    {
        std::lock_guard lock(impl_->mu);
        impl_->connections.clear();
    }
    impl_->workers.clear();
}

void Server::join() { impl_->join_workers(); }

std::expected<tcp::endpoint, std::string> Server::listen() {
    boost::system::error_code ec;
    auto const address = net::ip::make_address(impl_->opt.host, ec);
    if (ec) return std::unexpected("invalid listen address '" + impl_->opt.host + "'");
    tcp::endpoint const endpoint{address, impl_->opt.port};
    auto& a = impl_->acceptor;
    a.open(endpoint.protocol(), ec);
    if (!ec) a.set_option(net::socket_base::reuse_address(true), ec);
    if (!ec) a.bind(endpoint, ec);
    if (!ec) a.listen(net::socket_base::max_listen_connections, ec);
    if (ec)
        return std::unexpected("cannot listen on " + impl_->opt.host + ":" + std::to_string(impl_->opt.port) + ": " +
                               ec.message());
    return a.local_endpoint();
}

void Server::start() {
    for (auto& w : impl_->workers) w->thread = std::thread([&ioc = w->ioc] { ioc.run(); });
    pin_one_per_cpu(impl_->workers);
    auto self = impl_;
    net::co_spawn(
        impl_->acceptor.get_executor(), [self]() { return self->accept_loop(); },
        util::LogEscaped{impl_->log, "accept loop"});
}

void Server::stop(std::chrono::milliseconds grace, std::function<void()> done) {
    auto self = impl_;
    net::post(impl_->acceptor.get_executor(), [self, grace, done = std::move(done)]() mutable {
        self->stopping = true;
        boost::system::error_code ignored;
        self->acceptor.close(ignored);
        {
            std::lock_guard lock(self->mu);
            for (auto const& c : self->connections) {
                // Idle connections close now; busy ones finish their request, then see `stopping`.
                net::post(c->stream.get_executor(), [c]() {
                    if (!c->busy) c->stream.cancel();
                });
            }
        }
        auto const deadline = std::chrono::steady_clock::now() + grace;
        net::co_spawn(self->ioc, self->drain_then_stop(deadline, std::move(done)),
                      util::LogEscaped{self->log, "graceful stop"});
    });
}

// The one drain-then-stop loop: connections, after-ack work and reminder DMs, under one deadline.
net::awaitable<void> Server::Impl::drain_then_stop(std::chrono::steady_clock::time_point deadline,
                                                   std::function<void()> done) {
    auto self = shared_from_this();
    net::steady_timer timer(ioc);
    for (;;) {
        bool const closed = open_count() == 0;
        bool const idle = closed && after_ack.in_flight().count() == 0;
        if (idle || std::chrono::steady_clock::now() >= deadline) {
            if (after_ack.in_flight().count() != 0) log.warn("stopping with Slack calls still in flight");
            release_workers(!closed);
            done();
            co_return;
        }
        timer.expires_after(20ms);
        co_await timer.async_wait(use_tuple);
    }
}

std::size_t Server::open_connections() const { return impl_->open_count(); }

void Server::Impl::forget(std::shared_ptr<Connection> const& c) {
    std::lock_guard lock(mu);
    connections.erase(c);
}

net::awaitable<void> Server::Impl::accept_loop() {
    auto self = shared_from_this();
    while (!stopping) {
        // Accepted on this (the app's) io_context, then handed to a worker by descriptor: a pending
        // accept never refers to a worker's io_context, which may be gone before the app's is.
        auto [ec, accepted] = co_await acceptor.async_accept(use_tuple);
        if (ec == net::error::operation_aborted || stopping) break;
        tcp::socket socket{workers[next_worker++ % workers.size()]->ioc};
        if (!ec) {
            auto const protocol = accepted.local_endpoint(ec).protocol();
            if (!ec) {
                auto const fd = accepted.release(ec);
                if (!ec) {
                    socket.assign(protocol, fd, ec);
                    if (ec) ::close(fd);  // released, not assigned: nobody else owns it
                }
            }
        }
        if (ec) {
            // Out of descriptors or a transient error: back off briefly instead of spinning.
            net::steady_timer t{acceptor.get_executor(), 50ms};
            co_await t.async_wait(use_tuple);
            continue;
        }
        auto c = std::make_shared<Connection>(std::move(socket));
        {
            std::lock_guard lock(mu);
            if (connections.size() >= opt.max_connections) continue;  // the socket closes as `c` goes
            connections.insert(c);
        }
        net::co_spawn(
            c->stream.get_executor(), [self, c]() { return self->session(c); }, util::LogEscaped{log, "session"});
    }
}

net::awaitable<void> Server::Impl::write_error(Connection& c, http::status status, std::string_view message) const {
    http::response<http::string_body> res{status, 11};
    res.set(http::field::content_type, "text/plain; charset=utf-8");
    res.keep_alive(false);
    res.body() = std::string(message) + "\n";
    res.prepare_payload();
    c.stream.expires_after(opt.io_timeout);
    co_await http::async_write(c.stream, res, use_tuple);
}

net::awaitable<void> Server::Impl::session(std::shared_ptr<Connection> c) {
    auto self = shared_from_this();
    // Room for the largest acceptable request; anything beyond is refused by the parser's limits.
    beast::flat_buffer buffer{opt.header_limit + opt.body_limit + 4096};
    std::string head;  // the response's status line and headers, reused for every response
    bool first = true;
    // Every request's line goes to the log and, counted by kind and status with its latency, to the metrics.
    auto const report = [this](util::Logger::RequestLine const& line) {
        log.request(line);
        if (opt.on_request) opt.on_request(line.kind, line.status, line.elapsed);
    };
    while (!stopping) {
        c->busy = false;
        // The headers' deadline runs from the connection's start (first request), else from the request's
        // first byte; it is never restarted, so a client dripping a byte now and then cannot stretch it.
        auto header_deadline = std::chrono::steady_clock::now() + opt.header_timeout;
        if (buffer.size() == 0) {
            // Waiting for the next request: a new connection gets the header deadline, an idle
            // keep-alive one the idle deadline.
            if (first) {
                c->stream.expires_at(header_deadline);
            } else {
                c->stream.expires_after(opt.idle_timeout);
            }
            auto [ec, n] = co_await c->stream.async_read_some(buffer.prepare(4096), use_tuple);
            if (ec) break;
            buffer.commit(n);
            if (!first) header_deadline = std::chrono::steady_clock::now() + opt.header_timeout;
        }
        c->busy = true;
        first = false;
        auto const started = std::chrono::steady_clock::now();

        http::request_parser<http::string_body> parser;
        parser.header_limit(opt.header_limit);
        parser.body_limit(opt.body_limit);
        c->stream.expires_at(header_deadline);
        auto [hec, hn] = co_await http::async_read_header(c->stream, buffer, parser, use_tuple);
        boost::system::error_code ec = hec;
        if (!ec) {
            auto const& h = parser.get();
            if (h[http::field::expect] == "100-continue" &&
                !(parser.content_length() && *parser.content_length() > opt.body_limit)) {
                http::response<http::empty_body> cont{http::status::continue_, 11};
                c->stream.expires_after(opt.io_timeout);
                auto [wec, wn] = co_await http::async_write(c->stream, cont, use_tuple);
                ec = wec;
            }
            if (!ec) {
                c->stream.expires_after(opt.io_timeout);
                auto [bec, bn] = co_await http::async_read(c->stream, buffer, parser, use_tuple);
                ec = bec;
            }
        }
        if (ec) {
            auto const elapsed =
                std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
            std::string_view const method = parser.is_header_done() ? parser.get().method_string() : "";
            std::string_view const target = parser.is_header_done() ? parser.get().target() : "";
            if (ec == http::error::body_limit || ec == http::error::buffer_overflow) {
                co_await write_error(*c, http::status::payload_too_large, "Request body too large (limit 64 KiB)");
                report({method, target, 413, elapsed, "too_large", {}, {}, {}});
            } else if (ec == http::error::header_limit) {
                co_await write_error(*c, http::status::request_header_fields_too_large, "Request headers too large");
                report({method, target, 431, elapsed, "bad_request", {}, {}, "header limit"});
            } else if (ec == beast::error::timeout) {
                co_await write_error(*c, http::status::request_timeout, "Request timeout");
                report({method, target, 408, elapsed, "timeout", {}, {}, {}});
            } else if (ec.category() == boost::system::error_code(http::error::bad_target).category() &&
                       ec != http::error::end_of_stream && ec != http::error::partial_message) {
                co_await write_error(*c, http::status::bad_request, "Malformed HTTP request");
                report({method, target, 400, elapsed, "bad_request", {}, {}, ec.message()});
            }
            break;  // end_of_stream, resets, partial messages: the client went away
        }

        auto& req = parser.get();
        HttpRequest view{req.method_string(),
                         req.target(),
                         req[http::field::content_type],
                         req["X-Slack-Request-Timestamp"],
                         req["X-Slack-Signature"],
                         req["X-Slack-Retry-Num"],
                         req.body(),
                         req[http::field::host],
                         req[http::field::origin],
                         req["Sec-Fetch-Site"],
                         req[http::field::cookie]};
        // The request id ties every line about this request together, its after-ack Slack calls included; a
        // load balancer's X-Request-Id is kept when it looks like one.
        auto const request_id = usable_request_id(req["X-Request-Id"]);
        Outcome outcome;
        try {
            util::RequestScope scope{request_id};  // only around the synchronous handler
            outcome = handler(view);
        } catch (std::exception const&) {
            outcome = {Reply::text(500, "Internal error\n"), RequestLog{"error", {}, {}, "handler threw"}};
        }
        if (outcome.reply.answer_later) {
            // The answer depends on a call (the OAuth callback's code exchange): awaited here, on this
            // connection's coroutine, so the worker keeps serving its other connections meanwhile.
            auto later = std::move(outcome.reply.answer_later);
            try {
                outcome.reply = co_await later();
            } catch (std::exception const&) {
                outcome = {Reply::text(500, "Internal error\n"), RequestLog{"error", {}, {}, "handler threw"}};
            }
        }

        bool const keep_alive = req.keep_alive() && !stopping;
        unsigned const status = outcome.reply.status;
        bool const bodiless = req.method() == http::verb::head || status < 200 || status == 204 || status == 304;
        std::string_view const body = bodiless ? std::string_view{} : outcome.reply.body;
        format_head(head, status, req.version(), outcome.reply.content_type, body.size(), keep_alive,
                    outcome.reply.headers);
        c->stream.expires_after(opt.io_timeout);
        std::array<net::const_buffer, 2> const out{net::buffer(head), net::buffer(body.data(), body.size())};
        auto [wec, wn] = co_await net::async_write(c->stream, out, use_tuple);

        auto const elapsed =
            std::chrono::duration_cast<std::chrono::microseconds>(std::chrono::steady_clock::now() - started);
        report({req.method_string(), req.target().substr(0, req.target().find('?')), outcome.reply.status, elapsed,
                outcome.log.kind, outcome.log.team_id, outcome.log.user_id, outcome.log.detail, request_id});

        // After-ack work runs only once the acknowledgement is on the wire (counted before the session
        // can end, so graceful stop sees it).
        if (!wec && !outcome.reply.after_ack.empty())
            after_ack.run(std::move(outcome.reply.after_ack), std::move(outcome.reply.tenant), request_id);
        if (wec || !keep_alive) break;
    }
    boost::system::error_code ignored;
    c->stream.socket().shutdown(tcp::socket::shutdown_both, ignored);
    c->stream.close();
    forget(c);
}

}  // namespace pushback::bot
