// SlackClient against the fake Slack, through real TLS on loopback: retries, errors, certificates, pooling.
#include <atomic>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <future>
#include <set>
#include <thread>

#include "bot/slack_api.hpp"
#include "support/fake_slack.hpp"

using namespace std::chrono_literals;
using pushback::bot::call_sync;
using pushback::bot::respond_sync;
using pushback::bot::SlackClient;
using pushback::bot::SlackClientConfig;
using pushback::bot::SlackError;
using pushback::bot::SlackResult;
using pushback::testing::FakeSlack;
namespace json = boost::json;
namespace net = boost::asio;

namespace {

// An io_context run by its own threads, like the bot's: the test thread only waits on futures.
struct Runner {
    net::io_context ioc;
    net::executor_work_guard<net::io_context::executor_type> guard{ioc.get_executor()};
    std::vector<std::thread> threads;
    explicit Runner(int n = 2) {
        for (int i = 0; i < n; ++i) threads.emplace_back([this] { ioc.run(); });
    }
    ~Runner() {
        guard.reset();
        ioc.stop();
        for (auto& t : threads) t.join();
    }
};

SlackClientConfig config_for(FakeSlack const& fake) {
    SlackClientConfig cfg;
    cfg.api_base = fake.api_base();
    cfg.bot_token = fake.token();
    cfg.extra_ca_file = fake.ca_file();
    cfg.max_attempts = 4;
    cfg.base_backoff = 40ms;
    cfg.max_backoff = 200ms;
    cfg.request_timeout = 2s;
    return cfg;
}

json::object message(std::string text) { return {{"channel", "C0PRODUCT"}, {"text", std::move(text)}}; }

// Starts a call without waiting for it, as after-ack work does; `done` gets the result.
template <class Done>
void start_call(SlackClient& client, std::string method, json::object body, Done done) {
    net::co_spawn(client.get_executor(), client.call(std::move(method), std::move(body)),
                  [done = std::move(done)](std::exception_ptr, SlackResult r) mutable { done(std::move(r)); });
}

SlackError error_of(SlackResult const& r) {
    REQUIRE_FALSE(r.has_value());
    return r.error();
}

}  // namespace

TEST_CASE("a call carries the bearer token and a JSON body, and returns Slack's answer", "[slack]") {
    FakeSlack fake;
    Runner run;
    SlackClient client(run.ioc.get_executor(), config_for(fake));

    auto body = message("We can ship the export by Friday if we drop the PDF option.");
    body["thread_ts"] = "1700000000.000001";
    auto r = call_sync(client, "chat.postMessage", body, 10s);
    REQUIRE(r.has_value());
    CHECK(r->at("ok").as_bool());
    CHECK(r->at("channel").as_string() == "C0PRODUCT");
    CHECK_FALSE(r->at("ts").as_string().empty());
    CHECK(r->at("message").at("thread_ts").as_string() == "1700000000.000001");

    auto calls = fake.calls("chat.postMessage");
    REQUIRE(calls.size() == 1);
    CHECK(calls[0].authorization == "Bearer " + fake.token());
    CHECK(calls[0].content_type == "application/json; charset=utf-8");
    CHECK(calls[0].tls);
    CHECK(calls[0].body == body);
}

TEST_CASE("users.info goes form-encoded (Slack ignores JSON there) and returns the user's time zone", "[slack]") {
    FakeSlack fake;
    fake.set_user_tz("U0ALICE", "Europe/Paris");
    Runner run;
    SlackClient client(run.ioc.get_executor(), config_for(fake));

    auto r = call_sync(client, "users.info", {{"user", "U0ALICE"}}, 10s);
    REQUIRE(r.has_value());
    CHECK(r->at("user").at("tz").as_string() == "Europe/Paris");
    CHECK(r->at("user").at("tz_offset").to_number<int>() == 3600);
    auto bob = call_sync(client, "users.info", {{"user", "U0BOB"}}, 10s);
    REQUIRE(bob.has_value());
    CHECK(bob->at("user").at("tz").as_string() == "America/New_York");

    auto calls = fake.calls("users.info");
    REQUIRE(calls.size() == 2);
    CHECK(calls[0].content_type == "application/x-www-form-urlencoded");
    CHECK(calls[0].authorization == "Bearer " + fake.token());
}

TEST_CASE("ok:false becomes a typed api error and is not retried", "[slack]") {
    FakeSlack fake;
    Runner run;
    SlackClient client(run.ioc.get_executor(), config_for(fake));

    SECTION("scripted") {
        fake.fail_next("chat.postMessage", FakeSlack::ApiError{"channel_not_found"});
        auto e = error_of(call_sync(client, "chat.postMessage", message("hi"), 10s));
        CHECK(e.kind == SlackError::Kind::api);
        CHECK(e.error == "channel_not_found");
        CHECK(e.attempts == 1);
        CHECK(e.message() == "Slack API error: channel_not_found");
        CHECK(fake.calls("chat.postMessage").size() == 1);
    }
    SECTION("from the fake's own validation") {
        auto e = error_of(call_sync(client, "chat.postMessage", {{"channel", "C1"}}, 10s));
        CHECK(e.kind == SlackError::Kind::api);
        CHECK(e.error == "no_text");
    }
    SECTION("unknown method") {
        auto e = error_of(call_sync(client, "chat.postMesage", message("hi"), 10s));
        CHECK(e.error == "unknown_method");
    }
    SECTION("a wrong token") {
        auto cfg = config_for(fake);
        cfg.bot_token = "xoxb-not-the-right-one";
        SlackClient wrong(run.ioc.get_executor(), cfg);
        auto e = error_of(call_sync(wrong, "chat.postMessage", message("hi"), 10s));
        CHECK(e.error == "invalid_auth");
    }
    SECTION("no token at all") {
        auto cfg = config_for(fake);
        cfg.bot_token.clear();
        SlackClient none(run.ioc.get_executor(), cfg);
        auto e = error_of(call_sync(none, "chat.postMessage", message("hi"), 10s));
        CHECK(e.error == "not_authed");
        CHECK(fake.calls("chat.postMessage").back().authorization.empty());
    }
}

TEST_CASE("HTTP 429 waits for Retry-After, then succeeds", "[slack]") {
    FakeSlack fake;
    Runner run;
    SlackClient client(run.ioc.get_executor(), config_for(fake));
    fake.fail_next("chat.postMessage", FakeSlack::RateLimited{1});

    auto r = call_sync(client, "chat.postMessage", message("hi"), 10s);
    REQUIRE(r.has_value());
    auto calls = fake.calls("chat.postMessage");
    REQUIRE(calls.size() == 2);
    // Measured by the server's clock: the client really waited the second Slack asked for, not its 40 ms backoff.
    CHECK(calls[1].received - calls[0].received >= 950ms);
}

TEST_CASE("a 429 that persists ends as rate_limited after max_attempts", "[slack]") {
    FakeSlack fake;
    Runner run;
    auto cfg = config_for(fake);
    cfg.max_attempts = 2;
    SlackClient client(run.ioc.get_executor(), cfg);
    fake.fail_next("chat.postMessage", FakeSlack::RateLimited{0}, 2);

    auto e = error_of(call_sync(client, "chat.postMessage", message("hi"), 10s));
    CHECK(e.kind == SlackError::Kind::rate_limited);
    CHECK(e.http_status == 429);
    CHECK(e.attempts == 2);
    CHECK(fake.calls("chat.postMessage").size() == 2);
}

TEST_CASE("5xx is retried with growing backoff, then succeeds", "[slack]") {
    FakeSlack fake;
    Runner run;
    SlackClient client(run.ioc.get_executor(), config_for(fake));  // backoff 40 ms, doubling, jitter in [d/2, d]
    fake.fail_next("views.publish", FakeSlack::ServerError{500});
    fake.fail_next("views.publish", FakeSlack::ServerError{503});

    json::object home{{"type", "home"}, {"blocks", json::array{}}};
    auto r = call_sync(client, "views.publish", {{"user_id", "U0ALICE"}, {"view", home}}, 10s);
    REQUIRE(r.has_value());
    CHECK(r->at("view").at("type").as_string() == "home");
    auto calls = fake.calls("views.publish");
    REQUIRE(calls.size() == 3);
    CHECK(calls[1].received - calls[0].received >= 20ms);
    CHECK(calls[2].received - calls[1].received >= 40ms);
}

TEST_CASE("5xx that persists gives up after max_attempts with the last status", "[slack]") {
    FakeSlack fake;
    Runner run;
    auto cfg = config_for(fake);
    cfg.max_attempts = 3;
    SlackClient client(run.ioc.get_executor(), cfg);
    fake.fail_next("chat.postMessage", FakeSlack::ServerError{503}, 10);

    auto e = error_of(call_sync(client, "chat.postMessage", message("hi"), 10s));
    CHECK(e.kind == SlackError::Kind::http);
    CHECK(e.http_status == 503);
    CHECK(e.attempts == 3);
    CHECK(fake.calls("chat.postMessage").size() == 3);
}

TEST_CASE("a stalled answer ends in a timeout and is not re-sent, a slow one still arrives", "[slack]") {
    FakeSlack fake;
    Runner run;
    auto cfg = config_for(fake);
    cfg.request_timeout = 1s;
    SlackClient client(run.ioc.get_executor(), cfg);

    fake.fail_next("chat.postMessage", FakeSlack::Stall{5s});
    auto e = error_of(call_sync(client, "chat.postMessage", message("hi"), 10s));
    CHECK(e.kind == SlackError::Kind::timeout);
    CHECK(e.attempts == 1);
    // Slack may have posted it: sending again could post it twice.
    CHECK(fake.calls("chat.postMessage").size() == 1);

    fake.fail_next("chat.postMessage", FakeSlack::Stall{300ms});
    CHECK(call_sync(client, "chat.postMessage", message("hi"), 10s).has_value());
}

TEST_CASE("call() returns before Slack answers: the caller's thread is never blocked", "[slack]") {
    FakeSlack fake;
    Runner run;
    SlackClient client(run.ioc.get_executor(), config_for(fake));
    fake.fail_next("chat.postMessage", FakeSlack::Stall{1s});

    std::promise<SlackResult> done;
    auto future = done.get_future();
    start_call(client, "chat.postMessage", message("hi"), [&](SlackResult r) { done.set_value(std::move(r)); });
    // Slack holds the answer for a second, so the result cannot be there yet when call() has returned.
    CHECK(future.wait_for(0ms) == std::future_status::timeout);
    REQUIRE(fake.wait_for("chat.postMessage", 1, 5s));
    REQUIRE(future.wait_for(10s) == std::future_status::ready);
    CHECK(future.get().has_value());
}

TEST_CASE("a garbage answer is an invalid_response", "[slack]") {
    FakeSlack fake;
    Runner run;
    SlackClient client(run.ioc.get_executor(), config_for(fake));
    fake.fail_next("conversations.open", FakeSlack::Garbage{});
    auto e = error_of(call_sync(client, "conversations.open", {{"users", "U0ALICE"}}, 10s));
    CHECK(e.kind == SlackError::Kind::invalid_response);

    auto r = call_sync(client, "conversations.open", {{"users", "U0ALICE"}}, 10s);
    REQUIRE(r.has_value());
    CHECK(r->at("channel").at("id").as_string().starts_with("D"));
}

TEST_CASE("certificates are really checked", "[slack][tls]") {
    Runner run;
    SECTION("a certificate from a CA we do not trust is refused") {
        FakeSlack fake({.cert = FakeSlack::CertMode::untrusted_ca});
        SlackClient client(run.ioc.get_executor(), config_for(fake));
        auto e = error_of(call_sync(client, "chat.postMessage", message("hi"), 10s));
        CHECK(e.kind == SlackError::Kind::tls);
        CHECK_THAT(e.error, Catch::Contains("certificate"));
        CHECK(e.attempts == 1);
        CHECK(fake.calls().empty());
        // The fake notices the aborted handshake on its own thread, shortly after the client gave up.
        for (int i = 0; i < 200 && fake.handshakes_failed() == 0; ++i) std::this_thread::sleep_for(10ms);
        CHECK(fake.handshakes_failed() >= 1);
    }
    SECTION("the test CA is not trusted unless configured") {
        FakeSlack fake;
        auto cfg = config_for(fake);
        cfg.extra_ca_file.reset();
        SlackClient client(run.ioc.get_executor(), cfg);
        auto e = error_of(call_sync(client, "chat.postMessage", message("hi"), 10s));
        CHECK(e.kind == SlackError::Kind::tls);
        CHECK(fake.calls().empty());
    }
    SECTION("a trusted certificate for another host name is refused (IP host)") {
        FakeSlack fake({.cert = FakeSlack::CertMode::wrong_host});
        SlackClient client(run.ioc.get_executor(), config_for(fake));
        auto e = error_of(call_sync(client, "chat.postMessage", message("hi"), 10s));
        CHECK(e.kind == SlackError::Kind::tls);
        CHECK_THAT(e.error, Catch::Contains("mismatch"));
        CHECK(fake.calls().empty());
    }
    SECTION("a trusted certificate for another host name is refused (DNS host)") {
        FakeSlack fake({.cert = FakeSlack::CertMode::wrong_host});
        auto cfg = config_for(fake);
        cfg.api_base = fake.api_base_localhost();
        SlackClient client(run.ioc.get_executor(), cfg);
        auto e = error_of(call_sync(client, "chat.postMessage", message("hi"), 10s));
        CHECK(e.kind == SlackError::Kind::tls);
        CHECK(fake.calls().empty());
    }
    SECTION("the right certificate for the DNS name is accepted") {
        FakeSlack fake;
        auto cfg = config_for(fake);
        cfg.api_base = fake.api_base_localhost();
        SlackClient client(run.ioc.get_executor(), cfg);
        CHECK(call_sync(client, "chat.postMessage", message("hi"), 10s).has_value());
    }
}

TEST_CASE("an unusable CA file is a start-up error", "[slack][tls]") {
    Runner run;
    SlackClientConfig cfg;
    cfg.extra_ca_file = "/nonexistent/ca.pem";
    CHECK_THROWS_AS(SlackClient(run.ioc.get_executor(), cfg), std::runtime_error);
}

TEST_CASE("sequential calls reuse a keep-alive connection", "[slack]") {
    FakeSlack fake;
    Runner run;
    SlackClient client(run.ioc.get_executor(), config_for(fake));
    for (int i = 0; i < 6; ++i)
        REQUIRE(call_sync(client, "chat.postMessage", message("call " + std::to_string(i)), 10s).has_value());
    CHECK(fake.calls("chat.postMessage").size() == 6);
    CHECK(fake.connections_accepted() == 1);
    CHECK(client.connections_opened() == 1);
}

TEST_CASE("a pooled connection the server closed is replaced without sending twice", "[slack]") {
    FakeSlack fake({.idle_timeout = 150ms});
    Runner run;
    SlackClient client(run.ioc.get_executor(), config_for(fake));
    REQUIRE(call_sync(client, "chat.postMessage", message("one"), 10s).has_value());
    // Until the fake has hung up on the idle connection (its 150 ms idle timeout), not a guessed delay.
    for (int i = 0; i < 1000 && fake.idle_connections_closed() == 0; ++i) std::this_thread::sleep_for(10ms);
    REQUIRE(fake.idle_connections_closed() == 1);
    auto r = call_sync(client, "chat.postMessage", message("two"), 10s);
    REQUIRE(r.has_value());
    CHECK(fake.calls("chat.postMessage").size() == 2);
    CHECK(fake.connections_accepted() == 2);
}

TEST_CASE("concurrent calls from several threads all complete", "[slack]") {
    FakeSlack fake;
    Runner run(2);
    SlackClient client(run.ioc.get_executor(), config_for(fake));
    fake.fail_next("chat.postMessage", FakeSlack::ServerError{503}, 3);  // some of them also retry

    constexpr int threads = 4, per_thread = 6;
    std::atomic<int> ok{0};
    std::vector<std::thread> callers;
    for (int t = 0; t < threads; ++t)
        callers.emplace_back([&, t] {
            for (int i = 0; i < per_thread; ++i) {
                auto text = "thread " + std::to_string(t) + " call " + std::to_string(i);
                if (call_sync(client, "chat.postMessage", message(text), 20s).has_value()) ++ok;
            }
        });
    // And some fire-and-forget calls from this thread at the same time.
    std::atomic<int> async_ok{0};
    for (int i = 0; i < 8; ++i)
        start_call(client, "chat.postEphemeral", {{"channel", "C1"}, {"user", "U1"}, {"text", "psst"}},
                   [&](SlackResult r) { async_ok += r.has_value(); });
    for (auto& c : callers) c.join();
    REQUIRE(fake.wait_for("chat.postEphemeral", 8, 10s));

    CHECK(ok == threads * per_thread);
    std::set<std::string> texts;
    for (auto const& c : fake.calls("chat.postMessage")) texts.insert(std::string(c.body.at("text").as_string()));
    CHECK(texts.size() == threads * per_thread);
    CHECK(fake.calls("chat.postMessage").size() == threads * per_thread + 3);
    for (int i = 0; i < 100 && async_ok < 8; ++i) std::this_thread::sleep_for(20ms);
    CHECK(async_ok == 8);
    // The pool keeps connections for reuse: far fewer than one per request.
    CHECK(fake.connections_accepted() < static_cast<std::size_t>(threads * per_thread + 8));
}

TEST_CASE("a burst of calls to one host opens at most max_connections_per_host connections", "[slack]") {
    FakeSlack fake;
    Runner run;
    auto cfg = config_for(fake);
    cfg.max_connections_per_host = 2;
    SlackClient client(run.ioc.get_executor(), cfg);
    // Each answer takes a while, so without the limit every call would need its own connection.
    fake.fail_next("chat.postMessage", FakeSlack::Stall{100ms}, 10);

    std::vector<std::future<SlackResult>> results;
    for (int i = 0; i < 10; ++i) {
        auto p = std::make_shared<std::promise<SlackResult>>();
        results.push_back(p->get_future());
        start_call(client, "chat.postMessage", message("burst " + std::to_string(i)),
                   [p](SlackResult r) { p->set_value(std::move(r)); });
    }
    for (auto& r : results) {
        REQUIRE(r.wait_for(20s) == std::future_status::ready);
        CHECK(r.get().has_value());
    }
    CHECK(fake.calls("chat.postMessage").size() == 10);
    CHECK(fake.connections_accepted() == 2);
}

TEST_CASE("calls beyond the waiting-queue cap fail fast instead of queueing without bound", "[slack]") {
    FakeSlack fake;
    Runner run;
    auto cfg = config_for(fake);
    cfg.max_connections_per_host = 1;
    cfg.max_waiting_calls_per_host = 2;
    cfg.max_attempts = 1;
    SlackClient client(run.ioc.get_executor(), cfg);
    // Slack is slow: one call holds the only connection, two wait, the rest are refused at once.
    fake.fail_next("chat.postMessage", FakeSlack::Stall{300ms}, 6);
    std::vector<std::future<SlackResult>> results;
    for (int i = 0; i < 6; ++i) {
        auto p = std::make_shared<std::promise<SlackResult>>();
        results.push_back(p->get_future());
        start_call(client, "chat.postMessage", message("queued " + std::to_string(i)),
                   [p](SlackResult r) { p->set_value(std::move(r)); });
    }
    int ok = 0, refused = 0;
    for (auto& f : results) {
        REQUIRE(f.wait_for(20s) == std::future_status::ready);
        auto r = f.get();
        if (r) {
            ++ok;
        } else {
            CHECK(r.error().kind == SlackError::Kind::network);
            CHECK_THAT(r.error().message(), Catch::Contains("waiting"));
            ++refused;
        }
    }
    CHECK(ok == 3);
    CHECK(refused == 3);
    CHECK(fake.calls("chat.postMessage").size() == 3);
}

TEST_CASE("respond() posts JSON to a response_url without the token", "[slack]") {
    FakeSlack fake({.plain_http = true});
    Runner run;
    SlackClient client(run.ioc.get_executor(), config_for(fake));
    json::object body{{"response_type", "ephemeral"}, {"text", "The escalation ladder: ..."}};

    SECTION("https, as Slack's hooks.slack.com URLs are") {
        auto r = respond_sync(client, fake.response_url("T1/B1/abc"), body, 10s);
        REQUIRE(r.has_value());
        auto calls = fake.calls("response_url");
        REQUIRE(calls.size() == 1);
        CHECK(calls[0].response_name == "T1/B1/abc");
        CHECK(calls[0].authorization.empty());
        CHECK(calls[0].content_type == "application/json; charset=utf-8");
        CHECK(calls[0].body == body);
    }
    SECTION("plain http to the loopback, for local mode") {
        auto r = respond_sync(client, fake.http_response_url("local"), body, 10s);
        REQUIRE(r.has_value());
        auto calls = fake.calls("response_url");
        REQUIRE(calls.size() == 1);
        CHECK_FALSE(calls[0].tls);
        CHECK(calls[0].authorization.empty());
    }
    SECTION("retried like Web API calls") {
        fake.fail_next("response_url", FakeSlack::ServerError{502});
        CHECK(respond_sync(client, fake.response_url("r"), body, 10s).has_value());
        CHECK(fake.calls("response_url").size() == 2);
    }
    SECTION("plain http elsewhere, and other schemes, are refused before anything is sent") {
        for (auto url : {"http://hooks.slack.com/actions/T1/B1/abc", "ftp://127.0.0.1/x", "not a url",
                         "https://user:pw@hooks.slack.com/x"}) {
            auto e = error_of(respond_sync(client, url, body, 10s));
            CHECK(e.kind == SlackError::Kind::invalid_request);
        }
        CHECK(fake.calls().empty());
        CHECK(fake.connections_accepted() == 0);
    }
}

TEST_CASE("the Web API base must be https unless it is the loopback", "[slack]") {
    Runner run;
    SlackClientConfig cfg;
    cfg.api_base = "http://slack.com/api/";
    CHECK_THROWS_AS(SlackClient(run.ioc.get_executor(), cfg), std::invalid_argument);
    cfg.api_base = "slack.com/api";
    CHECK_THROWS_AS(SlackClient(run.ioc.get_executor(), cfg), std::invalid_argument);

    FakeSlack fake({.plain_http = true});
    cfg = config_for(fake);
    cfg.api_base = fake.http_api_base();
    SlackClient local(run.ioc.get_executor(), cfg);
    auto r = call_sync(local, "chat.postMessage", message("local mode"), 10s);
    REQUIRE(r.has_value());
    CHECK_FALSE(fake.calls("chat.postMessage").at(0).tls);
}

TEST_CASE("a bad method name is refused without a request", "[slack]") {
    FakeSlack fake;
    Runner run;
    SlackClient client(run.ioc.get_executor(), config_for(fake));
    for (auto m : {"", "../response/x", "chat.postMessage?x=1", "chat post"}) {
        auto e = error_of(call_sync(client, m, message("hi"), 10s));
        CHECK(e.kind == SlackError::Kind::invalid_request);
    }
    CHECK(fake.connections_accepted() == 0);
}

TEST_CASE("a host that refuses connections is a network error after max_attempts", "[slack]") {
    Runner run;
    unsigned short port = 0;
    {
        net::ip::tcp::acceptor probe(run.ioc, {net::ip::make_address("127.0.0.1"), 0});
        port = probe.local_endpoint().port();
    }  // closed again: nothing listens there now
    SlackClientConfig cfg;
    cfg.api_base = "https://127.0.0.1:" + std::to_string(port) + "/api/";
    cfg.bot_token = "xoxb-secret-token-for-this-test";
    cfg.max_attempts = 3;
    cfg.base_backoff = 5ms;
    SlackClient client(run.ioc.get_executor(), cfg);
    auto e = error_of(call_sync(client, "chat.postMessage", message("hi"), 10s));
    CHECK(e.kind == SlackError::Kind::network);
    CHECK(e.attempts == 3);
    CHECK_THAT(e.message(), Catch::Contains("after 3 attempts"));
}

TEST_CASE("the token never appears in an error", "[slack]") {
    Runner run;
    std::vector<SlackError> errors;
    {
        FakeSlack fake;
        auto cfg = config_for(fake);
        cfg.max_attempts = 2;
        cfg.request_timeout = 1s;
        SlackClient client(run.ioc.get_executor(), cfg);
        fake.fail_next("chat.postMessage", FakeSlack::ApiError{"channel_not_found"});
        fake.fail_next("chat.postMessage", FakeSlack::ApiError{"weird " + fake.token() + " echo"});
        fake.fail_next("chat.postMessage", FakeSlack::ServerError{500}, 2);
        fake.fail_next("chat.postMessage", FakeSlack::RateLimited{0}, 2);
        fake.fail_next("chat.postMessage", FakeSlack::Garbage{});
        fake.fail_next("chat.postMessage", FakeSlack::Stall{3s});
        for (int i = 0; i < 6; ++i)
            errors.push_back(error_of(call_sync(client, "chat.postMessage", message("hi"), 10s)));
        errors.push_back(error_of(call_sync(client, "no such/method", {}, 10s)));
        errors.push_back(error_of(respond_sync(client, "http://example.com/" + fake.token(), {}, 10s)));
        auto bad = config_for(fake);
        bad.bot_token = "xoxb-wrong";
        SlackClient wrong(run.ioc.get_executor(), bad);
        errors.push_back(error_of(call_sync(wrong, "chat.postMessage", message("hi"), 10s)));
        FakeSlack untrusted({.cert = FakeSlack::CertMode::untrusted_ca});
        auto tls = config_for(untrusted);
        tls.bot_token = fake.token();
        SlackClient refused(run.ioc.get_executor(), tls);
        errors.push_back(error_of(call_sync(refused, "chat.postMessage", message("hi"), 10s)));

        std::set<SlackError::Kind> kinds;
        for (auto const& e : errors) {
            kinds.insert(e.kind);
            CHECK_THAT(e.message(), !Catch::Contains(fake.token()));
            CHECK_THAT(e.error, !Catch::Contains(fake.token()));
            CHECK_THAT(e.message(), !Catch::Contains("xoxb"));
        }
        CHECK(kinds.size() == 7);  // api, http, rate_limited, invalid_response, timeout, invalid_request, tls
    }
}

TEST_CASE("the fake answers views like Slack, including its validation", "[slack][fake]") {
    FakeSlack fake;
    Runner run;
    SlackClient client(run.ioc.get_executor(), config_for(fake));
    json::object modal{{"type", "modal"},
                       {"callback_id", "decision_log"},
                       {"title", {{"type", "plain_text"}, {"text", "Log a commitment"}}},
                       {"submit", {{"type", "plain_text"}, {"text", "Save"}}},
                       {"blocks", json::array{json::object{{"type", "input"}, {"block_id", "decision"}}}}};

    auto opened = call_sync(client, "views.open", {{"trigger_id", "123.456.abc"}, {"view", modal}}, 10s);
    REQUIRE(opened.has_value());
    auto const id = std::string(opened->at("view").at("id").as_string());
    CHECK(opened->at("view").at("callback_id").as_string() == "decision_log");

    auto updated = call_sync(client, "views.update", {{"view_id", id}, {"view", modal}}, 10s);
    REQUIRE(updated.has_value());
    CHECK(updated->at("view").at("id").as_string() == id);
    auto stale = call_sync(client, "views.update", {{"view_id", id}, {"hash", "old"}, {"view", modal}}, 10s);
    CHECK(error_of(stale).error == "hash_conflict");

    auto no_trigger = error_of(call_sync(client, "views.open", {{"view", modal}}, 10s));
    CHECK(no_trigger.error == "invalid_arguments");
    auto long_title = modal;
    long_title["title"] = json::object{{"type", "plain_text"}, {"text", "A title that is far too long for Slack"}};
    CHECK(error_of(call_sync(client, "views.open", {{"trigger_id", "t"}, {"view", long_title}}, 10s)).error ==
          "invalid_arguments");
    auto no_submit = modal;
    no_submit.erase("submit");
    CHECK(error_of(call_sync(client, "views.open", {{"trigger_id", "t"}, {"view", no_submit}}, 10s)).error ==
          "invalid_arguments");
}
