#pragma once
// Private to the Web API client: one HTTP request and its answer, on a pooled connection or a new one
// (resolve, connect, TLS handshake), with a deadline on every step and a limit on the answer's size.

#include <boost/asio/awaitable.hpp>
#include <boost/beast/core/error.hpp>
#include <boost/beast/http/message.hpp>
#include <boost/beast/http/string_body.hpp>
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

// Sends `req` to `ep` and reads the answer. Runs on the state's strand; waits for a connection slot first.
boost::asio::awaitable<Exchange> exchange(SlackClientState& s, Endpoint const& ep, Request const& req);

}  // namespace pushback::bot::impl
