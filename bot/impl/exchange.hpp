#pragma once
// Private to the Web API client: one HTTP request and its answer, on a pooled connection or a new one
// (resolve, connect, TLS handshake), with a deadline on every step and a limit on the answer's size. The
// Socket Mode connection connects with the same connect_tcp.

#include <openssl/ssl.h>

#include <boost/asio/awaitable.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
#include <chrono>
#include <memory>
#include <string>

#include "bot/impl/endpoint.hpp"
#include "bot/impl/state.hpp"
#include "bot/slack_api.hpp"

namespace pushback::bot::impl {

using Request = boost::beast::http::request<boost::beast::http::string_body>;
using Response = boost::beast::http::response<boost::beast::http::string_body>;

// The outcome of one HTTP exchange.
struct Exchange {
    boost::beast::error_code ec;
    SlackError::Kind failure = SlackError::Kind::network;
    std::string what;           // a short description of the failure
    bool request_sent = false;  // Slack may have acted on it
    Response res;
};

// Resolves `ep` and connects `layer` (the lowest layer of a new stream), each step within `step_timeout`. On
// failure the Exchange's `what` says why. The TLS handshake is the caller's (expect_peer first), and a failed
// one is described by tls_handshake_failed.
boost::asio::awaitable<Exchange> connect_tcp(Endpoint const& ep, std::chrono::seconds step_timeout,
                                             boost::beast::tcp_stream& layer);
void tls_handshake_failed(Exchange& ex, boost::beast::error_code ec, SSL* ssl, Endpoint const& ep);

// Sends `req` to `ep` and reads the answer. Runs on the state's strand; waits for a connection slot first.
boost::asio::awaitable<Exchange> exchange(SlackClientState& s, Endpoint const& ep, Request const& req);

}  // namespace pushback::bot::impl
