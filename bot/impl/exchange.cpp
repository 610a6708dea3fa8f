#include "bot/impl/exchange.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <memory>

#include "bot/impl/tls.hpp"

namespace pushback::bot::impl {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = net::ssl;
using tcp = net::ip::tcp;
using Clock = std::chrono::steady_clock;

namespace {

constexpr auto tuple_awaitable = net::as_tuple(net::use_awaitable);

std::string describe(beast::error_code const& ec) { return ec.message(); }

bool is_timeout(beast::error_code const& ec) { return ec == beast::error::timeout; }

}  // namespace

net::awaitable<Exchange> connect_tcp(Endpoint const& ep, std::chrono::seconds step_timeout, beast::tcp_stream& layer) {
    Exchange ex;
    auto executor = layer.get_executor();
    auto const step = std::chrono::duration_cast<Clock::duration>(step_timeout);

    // The resolver has no deadline of its own: a timer cancels it.
    auto resolver = std::make_shared<tcp::resolver>(executor);
    auto resolve_timed_out = std::make_shared<bool>(false);
    net::steady_timer guard(executor);
    guard.expires_after(step);
    guard.async_wait([resolver, resolve_timed_out](beast::error_code ec) {
        if (!ec) {
            *resolve_timed_out = true;
            resolver->cancel();
        }
    });
    auto [rec, endpoints] = co_await resolver->async_resolve(ep.host, ep.port, tuple_awaitable);
    guard.cancel();
    if (rec) {
        ex.ec = rec;
        ex.failure = *resolve_timed_out ? SlackError::Kind::timeout : SlackError::Kind::network;
        ex.what = "cannot resolve " + ep.host + ": " + (*resolve_timed_out ? "timed out" : describe(rec));
        co_return ex;
    }
    layer.expires_after(step);
    auto [cec, connected] = co_await layer.async_connect(endpoints, tuple_awaitable);
    (void)connected;
    if (cec) {
        ex.ec = cec;
        ex.failure = is_timeout(cec) ? SlackError::Kind::timeout : SlackError::Kind::network;
        ex.what = "cannot connect to " + ep.host_header + ": " + describe(cec);
        co_return ex;
    }
    layer.socket().set_option(tcp::no_delay(true), cec);
    co_return ex;
}

void tls_handshake_failed(Exchange& ex, beast::error_code ec, SSL* ssl, Endpoint const& ep) {
    ex.ec = ec;
    if (is_timeout(ec)) {
        ex.failure = SlackError::Kind::timeout;
        ex.what = "TLS handshake with " + ep.host_header + " timed out";
    } else if (ec.category() == net::error::get_ssl_category() || ec == net::ssl::error::stream_truncated) {
        ex.failure = SlackError::Kind::tls;
        ex.what = "TLS handshake with " + ep.host_header + " failed: " + describe(ec);
        if (auto v = SSL_get_verify_result(ssl); v != X509_V_OK)
            ex.what += std::string(" (") + X509_verify_cert_error_string(v) + ")";
    } else {
        ex.failure = SlackError::Kind::network;
        ex.what = "TLS handshake with " + ep.host_header + " failed: " + describe(ec);
    }
}

namespace {

net::awaitable<Exchange> open_connection(Endpoint const& ep, TlsContext& tls, std::chrono::seconds step_timeout,
                                         std::unique_ptr<Connection>& out) {
    auto executor = co_await net::this_coro::executor;
    auto conn = std::make_unique<Connection>();
    if (ep.tls)
        conn->tls.emplace(executor, tls.get());
    else
        conn->plain.emplace(executor);
    auto& layer = conn->tcp();
    auto ex = co_await connect_tcp(ep, step_timeout, layer);
    if (!ex.what.empty()) co_return ex;

    if (ep.tls) {
        SSL* ssl = conn->tls->native_handle();
        expect_peer(ssl, ep);
        layer.expires_after(std::chrono::duration_cast<Clock::duration>(step_timeout));
        auto [hec] = co_await conn->tls->async_handshake(ssl::stream_base::client, tuple_awaitable);
        if (hec) {
            tls_handshake_failed(ex, hec, ssl, ep);
            co_return ex;
        }
    }
    out = std::move(conn);
    co_return ex;
}

template <class Stream>
net::awaitable<void> send_receive(Stream& stream, Connection& conn, Request const& req, SlackClientState& s,
                                  Exchange& ex, bool& got_some) {
    auto const step = std::chrono::duration_cast<Clock::duration>(s.cfg.request_timeout);
    conn.tcp().expires_after(step);
    auto [wec, written] = co_await http::async_write(stream, req, tuple_awaitable);
    (void)written;
    if (wec) {
        ex.ec = wec;
        ex.request_sent = false;
        co_return;
    }
    ex.request_sent = true;
    http::response_parser<http::string_body> parser;
    parser.body_limit(s.cfg.max_response_bytes);
    conn.tcp().expires_after(step);
    auto [rec, read] = co_await http::async_read(stream, conn.buffer, parser, tuple_awaitable);
    (void)read;
    got_some = parser.got_some();
    if (rec) {
        ex.ec = rec;
        co_return;
    }
    conn.tcp().expires_never();
    ex.res = parser.release();
}

// One exchange, on a pooled connection if there is one. A pooled connection that the server closed while it
// sat idle fails before any byte of an answer arrives: that is retried at once on a fresh connection, without
// counting as an attempt (the request cannot have been acted on when the server had already hung up).
net::awaitable<Exchange> exchange_in_slot(SlackClientState& s, Endpoint const& ep, std::string const& key,
                                          Request const& req) {
    for (;;) {
        auto conn = s.pool.take_idle(key);
        bool const reused = conn != nullptr;
        if (!conn) {
            auto opened = co_await open_connection(ep, s.tls, s.cfg.request_timeout, conn);
            if (!conn) co_return opened;
            s.opened.fetch_add(1, std::memory_order_relaxed);
        }
        Exchange ex;
        bool got_some = false;
        if (conn->tls)
            co_await send_receive(*conn->tls, *conn, req, s, ex, got_some);
        else
            co_await send_receive(*conn->plain, *conn, req, s, ex, got_some);
        if (ex.ec) {
            if (reused && !got_some && !is_timeout(ex.ec)) continue;
            if (is_timeout(ex.ec)) {
                ex.failure = SlackError::Kind::timeout;
                ex.what = ex.request_sent ? "no answer within " + std::to_string(s.cfg.request_timeout.count()) + "s"
                                          : "sending the request timed out";
            } else {
                ex.failure = SlackError::Kind::network;
                ex.what = (ex.request_sent ? "reading the answer failed: " : "sending the request failed: ") +
                          describe(ex.ec);
            }
            co_return ex;
        }
        if (ex.res.keep_alive()) s.pool.put_idle(key, std::move(conn));
        co_return ex;
    }
}

}  // namespace

net::awaitable<Exchange> exchange(SlackClientState& s, Endpoint const& ep, Request const& req) {
    auto const key = ep.pool_key();
    if (!co_await s.pool.acquire(key)) {
        Exchange full;
        full.ec = net::error::no_buffer_space;
        full.what = "too many calls waiting for a connection to Slack";
        co_return full;
    }
    auto ex = co_await exchange_in_slot(s, ep, key, req);
    s.pool.release(key);
    co_return ex;
}

}  // namespace pushback::bot::impl
