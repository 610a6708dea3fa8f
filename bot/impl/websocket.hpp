#pragma once
// Private to the Socket Mode client: one WebSocket over TLS (wss:// only), opened with the certificate and host
// name checked like every Slack call, and Beast's timeouts set (handshakes, and an idle limit with keep-alive
// pings, so a missing pong ends the connection).

#include <boost/asio/awaitable.hpp>
#include <boost/asio/ssl/stream.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/websocket/ssl.hpp>
#include <boost/beast/websocket/stream.hpp>
#include <chrono>
#include <cstddef>
#include <expected>
#include <memory>
#include <string>
#include <string_view>

#include "bot/impl/tls_context.hpp"

namespace pushback::bot::impl {

// Asio's SSL stream, not beast::ssl_stream: with Boost 1.81, clang finds beast::ssl_stream's async_teardown
// ambiguous inside the WebSocket's close.
using WebSocket = boost::beast::websocket::stream<boost::asio::ssl::stream<boost::beast::tcp_stream>>;

struct WebSocketLimits {
    std::chrono::seconds step_timeout{10};
    std::chrono::seconds idle_timeout{30};
    std::size_t max_message_bytes = std::size_t{1} << 20;
};

// Connects to `url` (wss://). The error is a short description naming the host, never the URL's path or
// query (Slack's ticket is in it).
boost::asio::awaitable<std::expected<std::unique_ptr<WebSocket>, std::string>> open_websocket(std::string_view url,
                                                                                              TlsContext& tls,
                                                                                              WebSocketLimits limits);

}  // namespace pushback::bot::impl
