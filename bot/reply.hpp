#pragma once
// What a handler returns: what goes in the HTTP response now (inside Slack's 3 seconds), plus
// follow-ups (Web API calls, response_url posts, other slow work) that run after the response is
// written. A handler returns one Reply, so it cannot acknowledge twice.

#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>

#include <functional>
#include <string>
#include <utility>
#include <vector>

namespace pushback::bot {

struct FollowUp {
    enum class Kind { api_call, respond, task };
    Kind kind = Kind::api_call;
    std::string target;          // Web API method ("views.open") or a response_url
    boost::json::object body;    // JSON body for api_call / respond
    std::function<void()> task;  // Kind::task: arbitrary work after the ack (may call Slack itself)
};

struct Reply {
    unsigned status = 200;
    std::string content_type;  // empty body → empty 200 acknowledgement
    std::string body;
    std::vector<FollowUp> follow_ups;
    // Extra response headers (name, value), e.g. the playground page's Content-Security-Policy.
    std::vector<std::pair<std::string, std::string>> headers = {};

    // The empty acknowledgement Slack expects when there is nothing to show now.
    static Reply ack() { return {}; }
    static Reply json(boost::json::value const& v, unsigned status = 200) {
        return Reply{status, "application/json", boost::json::serialize(v), {}};
    }
    static Reply text(unsigned status, std::string message) {
        return Reply{status, "text/plain; charset=utf-8", std::move(message), {}};
    }

    Reply& then_call(std::string method, boost::json::object body) {
        follow_ups.push_back({FollowUp::Kind::api_call, std::move(method), std::move(body), {}});
        return *this;
    }
    Reply& then_respond(std::string response_url, boost::json::object body) {
        follow_ups.push_back({FollowUp::Kind::respond, std::move(response_url), std::move(body), {}});
        return *this;
    }
    Reply& then(std::function<void()> task) {
        follow_ups.push_back({FollowUp::Kind::task, {}, {}, std::move(task)});
        return *this;
    }
};

}  // namespace pushback::bot
