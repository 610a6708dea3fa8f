// End to end: the real App (as `pushback serve` builds it) on an ephemeral loopback port, spoken to
// over real HTTP/1.1.
#include <atomic>
#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <thread>
#include <utility>

#include "bot/blocks.hpp"
#include "bot/signature.hpp"
#include "support/test_app.hpp"

using namespace pushback;
using namespace pushback::test;
namespace json = boost::json;

TEST_CASE("a signed /pushback gets an ephemeral Block Kit reply inside the HTTP response", "[e2e]") {
    TestApp app;
    auto r = app.command("I don't think we can add SSO");
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(r->headers["content-type"].starts_with("application/json"));
    auto const msg = json::parse(r->body);
    CHECK(msg.at("response_type") == "ephemeral");
    CHECK(block_kit_problems(msg).empty());
    auto const text = bot::blocks::render_text(msg);
    CHECK_THAT(text, Catch::Contains("Vague"));
    CHECK_THAT(text, Catch::Contains("SSO"));
    CHECK_THAT(text, Catch::Contains("[Log as commitment]"));
}

TEST_CASE("/pushback help and an empty command answer with usage", "[e2e]") {
    TestApp app;
    for (auto text : {"", "help", "  HELP  "}) {
        CAPTURE(text);
        auto r = app.command(text);
        REQUIRE(r);
        CHECK(r->status == 200);
        auto const msg = json::parse(r->body);
        CHECK(block_kit_problems(msg).empty());
        CHECK_THAT(bot::blocks::render_text(msg), Catch::Contains("/pushback"));
    }
}

TEST_CASE("requests that fail verification get 401 and leave no trace", "[e2e]") {
    TestApp app;
    auto const body = slash_body("secret draft text about the Atlas launch");
    SECTION("wrong signature") {
        auto r = bot::http_request("127.0.0.1", app.port(), "POST", "/slack/events",
                                   {{"Content-Type", "application/x-www-form-urlencoded"},
                                    {"X-Slack-Request-Timestamp", now_timestamp()},
                                    {"X-Slack-Signature", "v0=" + std::string(64, 'a')}},
                                   body);
        REQUIRE(r);
        CHECK(r->status == 401);
    }
    SECTION("no signature headers") {
        auto r = bot::http_request("127.0.0.1", app.port(), "POST", "/slack/events",
                                   {{"Content-Type", "application/x-www-form-urlencoded"}}, body);
        REQUIRE(r);
        CHECK(r->status == 401);
    }
    SECTION("a replayed request from ten minutes ago") {
        auto const old = std::to_string(std::stoll(now_timestamp()) - 600);
        auto r = app.post_signed(body, "application/x-www-form-urlencoded", old);
        REQUIRE(r);
        CHECK(r->status == 401);
    }
    app.stop();
    auto const log = app.log_text();
    CHECK_THAT(log, Catch::Contains("\"status\":401"));
    CHECK_THAT(log, !Catch::Contains("Atlas"));
    CHECK_THAT(log, !Catch::Contains(test_secret));
}

TEST_CASE("bodies over 64 KiB get 413 without being read", "[e2e]") {
    TestApp app;
    auto conn = app.connect();
    // Only the headers are sent: the server must answer from the declared length alone.
    auto r = conn.raw(
        "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nContent-Length: 10485760\r\n\r\n");
    REQUIRE(r);
    CHECK(r->status == 413);

    // A chunked body that grows past the limit is cut off too.
    auto conn2 = app.connect();
    std::string chunked =
        "POST /slack/events HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\nTransfer-Encoding: "
        "chunked\r\n\r\n";
    for (int i = 0; i < 20; ++i) chunked += "1000\r\n" + std::string(4096, 'a') + "\r\n";
    auto r2 = conn2.raw(chunked);
    REQUIRE(r2);
    CHECK(r2->status == 413);

    // The server is still fine.
    auto ok = app.command("help");
    REQUIRE(ok);
    CHECK(ok->status == 200);
}

TEST_CASE("url_verification echoes the challenge", "[e2e]") {
    TestApp app;
    auto r = app.event(json::object{{"token", "x"}, {"challenge", "abc123XYZ"}, {"type", "url_verification"}});
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(json::parse(r->body).at("challenge") == "abc123XYZ");
}

TEST_CASE("malformed HTTP gets 400 and the process stays up", "[e2e]") {
    TestApp app;
    for (std::string bad : std::vector<std::string>{"GARBAGE\r\n\r\n", "POST /slack/events HTTP/9.9\r\n\r\n",
                                                    "POST /slack/events HTTP/1.1\r\nContent-Length: abc\r\n\r\n",
                                                    std::string("GET /\0x HTTP/1.1\r\n\r\n", 19)}) {
        CAPTURE(bad);
        auto conn = app.connect();
        auto r = conn.raw(bad);
        REQUIRE(r);
        CHECK(r->status == 400);
    }
    auto h = bot::http_request("127.0.0.1", app.port(), "GET", "/healthz", {}, "");
    REQUIRE(h);
    CHECK(h->status == 200);
    CHECK(json::parse(h->body).at("status") == "ok");
}

TEST_CASE("concurrent requests on keep-alive connections are all answered", "[e2e]") {
    TestApp app;
    constexpr int clients = 8, per_client = 25;
    std::atomic<int> ok{0};
    std::vector<std::thread> threads;
    for (int c = 0; c < clients; ++c) {
        threads.emplace_back([&, c] {
            auto conn = app.connect();
            for (int i = 0; i < per_client; ++i) {
                auto const body =
                    slash_body("Can we do this faster? #" + std::to_string(c * 100 + i), "U" + std::to_string(c));
                auto const ts = now_timestamp();
                auto r = conn.request("POST", "/slack/events",
                                      {{"Content-Type", "application/x-www-form-urlencoded"},
                                       {"X-Slack-Request-Timestamp", ts},
                                       {"X-Slack-Signature", bot::sign_slack_request(test_secret, ts, body)}},
                                      body);
                if (r && r->status == 200 && r->body.find("blocks") != std::string::npos) ++ok;
            }
        });
    }
    for (auto& t : threads) t.join();
    CHECK(ok == clients * per_client);
}

TEST_CASE("every request is logged as one JSON line without message text", "[e2e]") {
    TestApp app;
    REQUIRE(app.command("We might need a few tweaks to the Zephyr importer soon")->status == 200);
    REQUIRE(bot::http_request("127.0.0.1", app.port(), "GET", "/healthz", {}, "")->status == 200);
    app.stop();
    auto const log = app.log_text();
    std::vector<json::object> requests;
    std::size_t pos = 0;
    while (pos < log.size()) {
        auto const nl = log.find('\n', pos);
        auto const line = log.substr(pos, nl - pos);
        pos = nl == std::string::npos ? log.size() : nl + 1;
        auto v = json::parse(line);  // every line is JSON
        if (v.at("msg") == "request") requests.push_back(v.as_object());
    }
    REQUIRE(requests.size() == 2);
    // A request's line is written when its response is done, so the two lines may come in either order.
    if (requests[0].at("method") != "POST") std::swap(requests[0], requests[1]);
    CHECK(requests[1].at("method") == "GET");
    CHECK(requests[1].at("path") == "/healthz");
    auto const& cmd = requests[0];
    CHECK(cmd.at("method") == "POST");
    CHECK(cmd.at("path") == "/slack/events");
    CHECK(cmd.at("status") == 200);
    CHECK(cmd.at("kind") == "command");
    CHECK(cmd.at("team") == "T0001");
    CHECK(cmd.at("user") == "U0001");
    CHECK(cmd.at("us").as_int64() > 0);
    CHECK(cmd.contains("time"));
    CHECK_THAT(log, !Catch::Contains("Zephyr"));
}

TEST_CASE("stop closes idle keep-alive connections at once and exits cleanly", "[e2e]") {
    TestApp app;
    auto idle = app.connect();
    REQUIRE(idle.request("GET", "/healthz", {}, "")->status == 200);
    auto const t0 = std::chrono::steady_clock::now();
    app.stop();
    // Far below the 60 s idle timeout and the 3 s grace: idle connections do not hold the stop.
    CHECK(std::chrono::steady_clock::now() - t0 < std::chrono::milliseconds{2500});
    CHECK_FALSE(idle.request("GET", "/healthz", {}, ""));
}

TEST_CASE("responses are framed for the client's HTTP version and keep-alive choice", "[e2e]") {
    TestApp app;
    std::string const get = "GET /healthz HTTP/1.1\r\nHost: x\r\n\r\n";
    auto conn = app.connect();
    for (int i = 0; i < 2; ++i) {  // HTTP/1.1 keeps the connection open by default
        auto r = conn.raw(get);
        REQUIRE(r);
        CHECK(r->status == 200);
        CHECK(r->headers["content-length"] == std::to_string(r->body.size()));
        CHECK(r->headers["content-type"] == "application/json");
        CHECK(r->headers["server"] == "pushback");
        CHECK_FALSE(r->headers.contains("connection"));
    }
    auto closing = conn.raw("GET /healthz HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n");
    REQUIRE(closing);
    CHECK(closing->headers["connection"] == "close");
    CHECK_FALSE(conn.raw(get));  // the server closed it

    auto old = app.connect();
    auto r10 = old.raw("GET /healthz HTTP/1.0\r\nConnection: keep-alive\r\n\r\n");
    REQUIRE(r10);
    CHECK(r10->headers["connection"] == "keep-alive");
    auto again = old.raw("GET /healthz HTTP/1.0\r\n\r\n");  // 1.0 without keep-alive: closed after
    REQUIRE(again);
    CHECK(again->status == 200);
    CHECK_FALSE(again->headers.contains("connection"));
    CHECK_FALSE(old.raw(get));

    // A signed /pushback keeps the same framing: the whole Block Kit body, exactly as long as declared.
    auto const body = slash_body("I don't think we can add SSO");
    auto const ts = now_timestamp();
    auto r = app.connect().request("POST", "/slack/events",
                                   {{"Content-Type", "application/x-www-form-urlencoded"},
                                    {"X-Slack-Request-Timestamp", ts},
                                    {"X-Slack-Signature", bot::sign_slack_request(test_secret, ts, body)}},
                                   body);
    REQUIRE(r);
    CHECK(r->status == 200);
    CHECK(r->headers["content-length"] == std::to_string(r->body.size()));
    CHECK(json::parse(r->body).at("blocks").as_array().size() > 5);
}
