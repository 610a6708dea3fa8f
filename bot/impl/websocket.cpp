#include "bot/impl/websocket.hpp"

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http/field.hpp>
#include <boost/beast/websocket.hpp>
#include <cctype>

#include "bot/impl/endpoint.hpp"
#include "bot/impl/exchange.hpp"
#include "bot/impl/tls.hpp"

namespace pushback::bot::impl {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace websocket = beast::websocket;

net::awaitable<std::expected<std::unique_ptr<WebSocket>, std::string>> open_websocket(std::string_view url,
                                                                                      TlsContext& tls,
                                                                                      WebSocketLimits limits) {
    // Parsed as the https:// URL it upgrades from: the same host, port and certificate rules as Web API calls.
    constexpr std::string_view scheme = "wss://";
    if (url.size() <= scheme.size() || !std::equal(scheme.begin(), scheme.end(), url.begin(), [](char a, char b) {
            return std::tolower(static_cast<unsigned char>(a)) == b;
        }))
        co_return std::unexpected("Socket Mode URL: scheme must be wss");
    auto ep = parse_endpoint("https://" + std::string(url.substr(scheme.size())));
    if (!ep) co_return std::unexpected("Socket Mode URL: " + ep.error());

    auto ws = std::make_unique<WebSocket>(co_await net::this_coro::executor, tls.get());
    auto& layer = beast::get_lowest_layer(*ws);
    auto connected = co_await connect_tcp(*ep, limits.step_timeout, layer);
    if (!connected.what.empty()) co_return std::unexpected(connected.what);
    SSL* ssl = ws->next_layer().native_handle();
    expect_peer(ssl, *ep);
    layer.expires_after(limits.step_timeout);
    auto [hec] =
        co_await ws->next_layer().async_handshake(net::ssl::stream_base::client, net::as_tuple(net::use_awaitable));
    if (hec) {
        tls_handshake_failed(connected, hec, ssl, *ep);
        co_return std::unexpected(connected.what);
    }

    // From here the WebSocket's own timers govern the stream.
    beast::get_lowest_layer(*ws).expires_never();
    websocket::stream_base::timeout timeouts{};
    timeouts.handshake_timeout = limits.step_timeout;
    timeouts.idle_timeout = limits.idle_timeout;
    timeouts.keep_alive_pings = true;
    ws->set_option(timeouts);
    ws->set_option(websocket::stream_base::decorator(
        [](websocket::request_type& req) { req.set(beast::http::field::user_agent, "pushback (Boost.Beast)"); }));
    ws->read_message_max(limits.max_message_bytes);
    ws->auto_fragment(false);
    websocket::response_type res;
    auto [ec] = co_await ws->async_handshake(res, ep->host_header, ep->target, net::as_tuple(net::use_awaitable));
    if (ec) {
        std::string what = "WebSocket handshake with " + ep->host_header + " failed: " + ec.message();
        if (res.result_int() != 0) what += " (HTTP " + std::to_string(res.result_int()) + ")";
        co_return std::unexpected(std::move(what));
    }
    co_return ws;
}

}  // namespace pushback::bot::impl
