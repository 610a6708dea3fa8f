// The after-ack runner without a server: every item is counted until its coroutine ends (what graceful stop
// waits for), failures are logged, and what escapes a task is logged by type only, never its text.
#include "bot/after_ack.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>
#include <stdexcept>
#include <vector>

#include "bot/in_flight.hpp"
#include "support/test_app.hpp"
#include "util/log.hpp"

using namespace pushback;
namespace net = boost::asio;
namespace json = boost::json;
using namespace std::chrono_literals;

namespace {

// Answers after one turn of a timer (so work is really suspended in the call), failing methods named "fail.*".
class SlowSlack final : public bot::SlackApi {
  public:
    std::vector<std::string> targets;
    net::awaitable<bot::SlackResult> call(std::string method, json::object) override {
        co_return co_await answer(std::move(method));
    }
    net::awaitable<bot::SlackResult> respond(std::string url, json::object) override {
        co_return co_await answer(std::move(url));
    }

  private:
    net::awaitable<bot::SlackResult> answer(std::string target) {
        targets.push_back(target);
        net::steady_timer t(co_await net::this_coro::executor, 10ms);
        co_await t.async_wait(net::as_tuple(net::use_awaitable));
        if (target.starts_with("fail."))
            co_return std::unexpected(bot::SlackError{bot::SlackError::Kind::api, "channel_not_found", 200, 1});
        json::object ok{{"ok", true}};
        co_return ok;
    }
};

struct LogFile {
    test::TempDir dir;
    std::string path = dir.file("log");
    int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    util::Logger log{util::LogLevel::info, fd};
    ~LogFile() { ::close(fd); }
    std::string text() const {
        std::ifstream in(path);
        std::stringstream ss;
        ss << in.rdbuf();
        return ss.str();
    }
};

net::awaitable<void> post_then_update(bot::SlackApi& slack, int& steps) {
    auto posted = co_await slack.call("chat.postMessage", {});
    if (posted) ++steps;
    co_await slack.call("views.update", {});
    ++steps;
}

}  // namespace

TEST_CASE("after-ack work is counted until its coroutine ends, Slack calls inside a task included", "[bot]") {
    LogFile log;
    net::io_context ioc;
    SlowSlack slack;
    bot::InFlight in_flight;
    bot::AfterAckRunner runner(ioc.get_executor(), slack, log.log, in_flight);

    int steps = 0;
    auto reply = bot::Reply::ack();
    reply.then_call("views.open", {}).then_respond("https://hooks.slack.invalid/x", {});
    reply.then_run([&] { return post_then_update(slack, steps); });
    runner.run(std::move(reply.after_ack));
    CHECK(in_flight.count() == 3);  // counted before run() returns, before anything ran

    // Run until only the task is left: it is still counted while it waits on its second call.
    while (in_flight.count() > 1 && ioc.run_one()) {
    }
    CHECK(in_flight.count() == 1);
    ioc.run();
    CHECK(in_flight.count() == 0);
    CHECK(steps == 2);
    CHECK(slack.targets ==
          std::vector<std::string>{"views.open", "https://hooks.slack.invalid/x", "chat.postMessage", "views.update"});
}

TEST_CASE("a failed after-ack call is logged, and an exception escaping a task is logged by type, not text", "[bot]") {
    LogFile log;
    net::io_context ioc;
    SlowSlack slack;
    bot::InFlight in_flight;
    bot::AfterAckRunner runner(ioc.get_executor(), slack, log.log, in_flight);

    auto reply = bot::Reply::ack();
    reply.then_call("fail.postMessage", {});
    reply.then_run([&slack]() -> net::awaitable<void> {
        co_await slack.call("chat.postMessage", {});
        throw std::runtime_error("the user's draft: we can't ship by Friday xoxb-secret");
    });
    runner.run(std::move(reply.after_ack));
    ioc.run();

    CHECK(in_flight.count() == 0);
    auto const text = log.text();
    CHECK_THAT(text, Catch::Contains("Slack call failed"));
    CHECK_THAT(text, Catch::Contains("fail.postMessage"));
    CHECK_THAT(text, Catch::Contains("coroutine ended by an exception"));
    CHECK_THAT(text, Catch::Contains("after-ack work"));
    CHECK_THAT(text, Catch::Contains("std::runtime_error"));
    CHECK_THAT(text, !Catch::Contains("Friday"));
    CHECK_THAT(text, !Catch::Contains("xoxb"));
}

TEST_CASE("an InFlight token released late (after its owner) is harmless, and moves keep one count", "[bot]") {
    auto owner = std::make_unique<bot::InFlight>();
    auto token = owner->enter();
    auto moved = std::move(token);
    CHECK(owner->count() == 1);
    moved.release();
    CHECK(owner->count() == 0);
    auto late = owner->enter();
    owner.reset();
    late.release();  // the count outlives the InFlight
}
