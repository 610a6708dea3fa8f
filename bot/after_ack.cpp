#include "bot/after_ack.hpp"

#include <boost/asio/co_spawn.hpp>
#include <exception>
#include <utility>

#include "util/log_escaped.hpp"

namespace pushback::bot {

namespace net = boost::asio;

namespace {

net::awaitable<void> call(SlackApi& slack, util::Logger const& log, std::string method, boost::json::object body,
                          std::string req) {
    auto const result = co_await slack.call(method, std::move(body));
    if (!result) {
        log.warn("Slack call failed", {{"method", method}, {"error", result.error().message()}, {"req", req}});
    } else {
        log.info("Slack call", {{"method", method}, {"req", req}});
    }
}

net::awaitable<void> respond(SlackApi& slack, util::Logger const& log, std::string url, boost::json::object body,
                             std::string req) {
    auto const result = co_await slack.respond(std::move(url), std::move(body));
    if (!result) {
        log.warn("response_url post failed", {{"error", result.error().message()}, {"req", req}});
    } else {
        log.info("response_url post", {{"req", req}});
    }
}

}  // namespace

AfterAckRunner::AfterAckRunner(net::any_io_executor ex, SlackApi& slack, util::Logger const& log, InFlight& in_flight)
    : ex_(std::move(ex)), slack_(slack), log_(log), in_flight_(in_flight) {}

void AfterAckRunner::run(std::vector<AfterAck> work, std::shared_ptr<Tenant const> tenant,
                         std::string const& request_id) {
    auto const ex = with_tenant(ex_, std::move(tenant));
    for (auto& item : work) {
        // The token travels with the completion handler: released when the coroutine ends (or is destroyed
        // with its executor at a forced stop).
        auto done = [token = in_flight_.enter(),
                     report = util::LogEscaped{log_, "after-ack work"}](std::exception_ptr e) mutable {
            report(e);
            token.release();
        };
        switch (item.kind) {
            case AfterAck::Kind::api_call:
                net::co_spawn(ex, call(slack_, log_, std::move(item.target), std::move(item.body), request_id),
                              std::move(done));
                break;
            case AfterAck::Kind::respond:
                net::co_spawn(ex, respond(slack_, log_, std::move(item.target), std::move(item.body), request_id),
                              std::move(done));
                break;
            case AfterAck::Kind::task:
                if (!item.task) break;
                // co_spawn keeps the function object alive until its coroutine ends.
                net::co_spawn(ex, std::move(item.task), std::move(done));
                break;
        }
    }
}

}  // namespace pushback::bot
