// The Socket Mode client on its own (no App), against the fake Slack's Socket Mode server, with timeouts short
// enough to watch: a link that stops answering pings is given up and replaced.
#include <fcntl.h>
#include <unistd.h>

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <thread>

#include "bot/after_ack.hpp"
#include "bot/in_flight.hpp"
#include "bot/receiver.hpp"
#include "bot/router.hpp"
#include "bot/slack_api.hpp"
#include "bot/socket_mode.hpp"
#include "support/fake_slack.hpp"
#include "support/test_app.hpp"

using namespace pushback;
using namespace std::chrono_literals;
namespace net = boost::asio;
namespace json = boost::json;

TEST_CASE("Socket Mode client: a missing pong ends the link, and a new one takes over", "[bot][socket]") {
    testing::FakeSlack slack({.socket_mode = true});
    auto& sm = slack.socket_mode();
    test::TempDir dir;
    auto const log_path = dir.file("log");
    int const fd = ::open(log_path.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    REQUIRE(fd >= 0);
    {
        net::io_context ioc;
        auto work = net::make_work_guard(ioc);
        std::thread runner([&] { ioc.run(); });
        bot::SlackClient api(
            ioc.get_executor(),
            {.api_base = slack.api_base(), .bot_token = slack.token(), .extra_ca_file = slack.ca_file()});
        util::Logger log(util::LogLevel::debug, fd);
        util::SystemClock clock;
        bot::InFlight in_flight;
        bot::AfterAckRunner after_ack(ioc.get_executor(), api, log, in_flight);
        bot::Router router;
        router.command("/pushback", [](bot::SlashCommand const& c) {
            return bot::Reply::json(json::object{{"response_type", "ephemeral"}, {"text", "got " + c.text}});
        });
        bot::Receiver receiver("", router, clock);
        bot::SocketModeOptions options;
        options.api_base = slack.api_base();
        options.app_token = slack.app_token();
        options.extra_ca_file = slack.ca_file();
        options.idle_timeout = 2s;  // a ping after 1 s of silence; no pong by 2 s ends the link
        bot::SocketModeClient client(
            options, [&](bot::Envelope e) { return receiver.handle_envelope(std::move(e)); }, after_ack, log, clock);
        client.start();
        REQUIRE(sm.wait_connections(1, 10s));
        json::object const command{{"team_id", "T1"}, {"user_id", "U1"}, {"command", "/pushback"}, {"text", "x"}};

        sm.freeze();  // the next ack is the last thing this link hears from us
        auto const first = sm.wait_ack(sm.send("slash_commands", command), 3s);
        REQUIRE(first);
        CHECK(first->payload->at("text") == "got x");
        auto const frozen_at = std::chrono::steady_clock::now();
        for (auto deadline = frozen_at + 10s;
             sm.connections_accepted() < 2 && std::chrono::steady_clock::now() < deadline;)
            std::this_thread::sleep_for(10ms);
        REQUIRE(sm.connections_accepted() == 2);
        // Not before the idle timeout ran out: the link was only silent, and silence is not a failure before then.
        CHECK(std::chrono::steady_clock::now() - frozen_at >= 1500ms);
        auto const second = sm.wait_ack(sm.send("slash_commands", command), 3s);
        REQUIRE(second);
        CHECK(second->connection == 2);
        CHECK(client.status().state == bot::SocketModeStatus::State::connected);

        bool stopped = false;
        client.stop([&] { stopped = true; });
        client.join();
        CHECK(stopped);
        CHECK(client.status().state == bot::SocketModeStatus::State::stopped);
        work.reset();
        runner.join();
    }
    ::close(fd);
    auto const log = test::read_text(log_path);
    CHECK_THAT(log, Catch::Contains("no frame or pong within the idle timeout"));
    CHECK_THAT(log, !Catch::Contains(slack.app_token()));
}
