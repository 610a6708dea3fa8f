#pragma once
// What a handler returns: what goes in the HTTP response now (inside Slack's 3 seconds), plus typed
// after-ack work (Web API calls, response_url posts, coroutines that call Slack themselves) that the
// server runs once the response is written (bot/after_ack.hpp). A handler returns one Reply, so it
// cannot acknowledge twice.

#include <boost/asio/awaitable.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <functional>
#include <memory>
#include <string>
#include <utility>
#include <vector>

#include "bot/tenant.hpp"

namespace pushback::bot {

// One piece of work to run after the acknowledgement is on the wire.
struct AfterAck {
    // A coroutine that may call Slack (co_await slack.call(...)) as often as it needs. The runner keeps the
    // function object alive until the coroutine ends, so a lambda may return a coroutine that refers to its
    // captures; the safest shape is still a lambda that calls a coroutine function taking its inputs by value.
    using Task = std::function<boost::asio::awaitable<void>()>;
    enum class Kind { api_call, respond, task };

    Kind kind = Kind::api_call;
    std::string target;        // Web API method ("views.open") or a response_url
    boost::json::object body;  // JSON body for api_call / respond
    Task task;                 // Kind::task
};

struct Reply {
    unsigned status = 200;
    std::string content_type;  // empty body → empty 200 acknowledgement
    std::string body;
    std::vector<AfterAck> after_ack;
    // Extra response headers (name, value), e.g. the playground page's Content-Security-Policy.
    std::vector<std::pair<std::string, std::string>> headers = {};
    // The installation the request came from (set by the router's authorize step): after-ack work runs for
    // it, so each Web API call carries that workspace's token. Null in single-workspace mode.
    std::shared_ptr<Tenant const> tenant = {};
    // When the answer itself depends on a Slack call (the OAuth callback): the server awaits this instead
    // of sending the fields above. Never for Slack's requests, which must be acknowledged within 3 seconds.
    std::function<boost::asio::awaitable<Reply>()> answer_later = {};

    // The empty acknowledgement Slack expects when there is nothing to show now.
    static Reply ack() { return {}; }
    static Reply json(boost::json::value const& v, unsigned status = 200) {
        return Reply{status, "application/json", boost::json::serialize(v), {}};
    }
    static Reply text(unsigned status, std::string message) {
        return Reply{status, "text/plain; charset=utf-8", std::move(message), {}};
    }

    // After the ack: call a Web API method (a failure is logged).
    Reply& then_call(std::string method, boost::json::object body) {
        after_ack.push_back({AfterAck::Kind::api_call, std::move(method), std::move(body), {}});
        return *this;
    }
    // After the ack: post to a response_url (a failure is logged).
    Reply& then_respond(std::string response_url, boost::json::object body) {
        after_ack.push_back({AfterAck::Kind::respond, std::move(response_url), std::move(body), {}});
        return *this;
    }
    // After the ack: run a coroutine (what escapes it is logged).
    Reply& then_run(AfterAck::Task task) {
        after_ack.push_back({AfterAck::Kind::task, {}, {}, std::move(task)});
        return *this;
    }
};

}  // namespace pushback::bot
