#pragma once
// Handler tests run without sockets: real templates, a real SQLite file in a temp dir, a Slack that
// records what handlers ask of it, and a fixed clock.

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>

#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "util/clock.hpp"
#include "util/log.hpp"
#include "bot/after_ack.hpp"
#include "bot/in_flight.hpp"
#include "bot/request.hpp"
#include "bot/slack_api.hpp"
#include "handlers/deps.hpp"
#include "storage/sqlite_store.hpp"
#include "support/test_app.hpp"
#include "templates/library.hpp"

namespace pushback::test {

// Records every Web API call and response_url post. A call is answered at once when an answer was set
// for its method with answer() ("response_url" for respond()); otherwise it stays suspended, unanswered,
// like a call still in flight (until its io_context goes).
class RecordingSlack final : public bot::SlackApi {
public:
    struct Call {
        std::string target;
        boost::json::object body;
    };
    boost::asio::awaitable<bot::SlackResult> call(std::string method, boost::json::object body) override {
        std::string kind = method;
        co_return co_await record(std::move(kind), std::move(method), std::move(body));
    }
    boost::asio::awaitable<bot::SlackResult> respond(std::string url, boost::json::object body) override {
        co_return co_await record("response_url", std::move(url), std::move(body));
    }
    std::vector<Call> calls() const {
        std::lock_guard lock(mu_);
        return calls_;
    }
    // The calls to one Web API method, or the response_url posts ("response_url").
    std::vector<Call> calls(std::string_view method) const {
        std::lock_guard lock(mu_);
        std::vector<Call> out;
        for (std::size_t i = 0; i < calls_.size(); ++i)
            if (kinds_[i] == method) out.push_back(calls_[i]);
        return out;
    }
    void answer(std::string method, bot::SlackResult result) {
        std::lock_guard lock(mu_);
        answers_.insert_or_assign(std::move(method), std::move(result));
    }
    void answer_ok(std::string method, boost::json::object body = {}) {
        body["ok"] = true;
        answer(std::move(method), std::move(body));
    }
    void answer_error(std::string method, std::string error) {
        answer(std::move(method), std::unexpected(bot::SlackError{bot::SlackError::Kind::api, std::move(error)}));
    }
    std::size_t unanswered() const {
        std::lock_guard lock(mu_);
        return unanswered_;
    }

private:
    boost::asio::awaitable<bot::SlackResult> record(std::string kind, std::string target, boost::json::object body) {
        std::optional<bot::SlackResult> result;
        {
            std::lock_guard lock(mu_);
            calls_.push_back({std::move(target), std::move(body)});
            if (auto it = answers_.find(kind); it != answers_.end()) result = it->second;
            kinds_.push_back(std::move(kind));
            if (!result) ++unanswered_;
        }
        if (result) co_return std::move(*result);
        // Never answered: wait for a timer that does not fire (the frame goes with its io_context).
        boost::asio::steady_timer never(co_await boost::asio::this_coro::executor,
                                        boost::asio::steady_timer::time_point::max());
        co_await never.async_wait(boost::asio::as_tuple(boost::asio::use_awaitable));
        co_return std::unexpected(bot::SlackError{bot::SlackError::Kind::network, "never answered"});
    }

    mutable std::mutex mu_;
    std::vector<Call> calls_;
    std::vector<std::string> kinds_;
    std::map<std::string, bot::SlackResult, std::less<>> answers_;
    std::size_t unanswered_ = 0;
};

// What the server does with a Reply once the acknowledgement is written: its after-ack work goes to the
// same bot::AfterAckRunner, here on a private io_context run until nothing more can happen now (an
// unanswered call stays suspended, and is dropped with the io_context).
inline void after_ack(bot::Reply& reply, bot::SlackApi& slack) {
    boost::asio::io_context ioc;
    util::Logger log{util::LogLevel::error};
    bot::InFlight in_flight;
    bot::AfterAckRunner runner(ioc.get_executor(), slack, log, in_flight);
    auto work = std::move(reply.after_ack);
    reply.after_ack.clear();
    runner.run(std::move(work));
    ioc.poll();
}

struct HandlerWorld {
    TempDir dir;
    templates::Library lib = *templates::Library::load_builtin();
    std::unique_ptr<storage::Store> store = *storage::open_sqlite_store(dir.path() / "pushback.sqlite3");
    RecordingSlack slack;
    util::ManualClock clock{std::chrono::system_clock::time_point{std::chrono::seconds{1'767'690'000}}};
    util::Logger log{util::LogLevel::error};
    handlers::Deps deps{lib, *store, slack, clock, log};

    static bot::SlashCommand slash(std::string text, std::string user = "U0001") {
        bot::SlashCommand c;
        c.team_id = "T0001";
        c.user_id = std::move(user);
        c.channel_id = "C0001";
        c.command = "/pushback";
        c.text = std::move(text);
        c.response_url = "https://hooks.slack.invalid/commands/T0001/1/x";
        c.trigger_id = "1.2.3";
        return c;
    }
};

}  // namespace pushback::test
