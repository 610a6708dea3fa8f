// Secrets stay secret: the real `pushback serve` binary, given its signing secret and bot token through
// SLACK_SIGNING_SECRET_FILE and SLACK_BOT_TOKEN_FILE, never writes either to its output: not at start, not
// per request, not at debug level, not when Slack fails or refuses the token, not in start-up errors.
#include <fcntl.h>
#include <netinet/in.h>
#include <signal.h>
#include <sys/socket.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <fstream>
#include <thread>

#include "app/config.hpp"
#include "bot/form.hpp"
#include "bot/http_client.hpp"
#include "bot/signature.hpp"
#include "support/fake_slack.hpp"
#include "support/process.hpp"
#include "support/test_app.hpp"

using namespace pushback;
using namespace pushback::test;
using namespace std::chrono_literals;
namespace json = boost::json;

namespace {

// Distinctive values, so any leak (whole, or the recognisable start of one) is found in the output.
constexpr char const* file_secret = "f11e5ec4e7-signing-0a1b2c3d4e5f60718293a4b5c6d7e8f9";
constexpr char const* file_token = "xoxb-f11e70ken-5550001-NEVERLOGME-a1b2c3d4e5";

void write_file(std::string const& path, std::string const& text) {
    std::ofstream out(path, std::ios::trunc);
    out << text;
}

void check_no_secret(std::string const& text) {
    CHECK_THAT(text, !Catch::Contains(file_secret));
    CHECK_THAT(text, !Catch::Contains(std::string(file_secret).substr(0, 12)));
    CHECK_THAT(text, !Catch::Contains(file_token));
    CHECK_THAT(text, !Catch::Contains(std::string(file_token).substr(0, 16)));
}

}  // namespace

TEST_CASE("secrets read from files never reach the log, even at debug level and when Slack fails", "[e2e][secrets]") {
    testing::FakeSlack slack({.token = file_token});
    TempDir dir;
    auto const secret_file = dir.file("signing-secret");
    auto const token_file = dir.file("bot-token");
    write_file(secret_file, std::string(file_secret) + "\n");  // files usually end with a newline
    write_file(token_file, std::string(file_token) + "\n");
    auto const port = free_loopback_port();
    auto const output = dir.file("serve.out");
    pid_t const pid = spawn_pushback(
        {"SLACK_SIGNING_SECRET_FILE=" + secret_file, "SLACK_BOT_TOKEN_FILE=" + token_file,
         "SLACK_API_URL=" + slack.api_base(), "SSL_CERT_FILE=" + slack.ca_file(),
         "PUSHBACK_DB=" + dir.file("pushback.sqlite3"), "PUSHBACK_LISTEN=127.0.0.1:" + std::to_string(port),
         "PUSHBACK_LOG_LEVEL=debug", "PUSHBACK_THREADS=2"},
        output);
    bool up = false;
    for (auto deadline = std::chrono::steady_clock::now() + 15s; !up && std::chrono::steady_clock::now() < deadline;) {
        auto h = bot::http_request("127.0.0.1", port, "GET", "/healthz", {}, "", 500ms);
        up = h && h->status == 200;
        if (!up) std::this_thread::sleep_for(50ms);
    }
    REQUIRE(up);

    auto post = [&](std::string const& body, std::string const& secret) {
        auto const ts = now_timestamp();
        return bot::http_request("127.0.0.1", port, "POST", "/slack/events",
                                 {{"Content-Type", "application/x-www-form-urlencoded"},
                                  {"X-Slack-Request-Timestamp", ts},
                                  {"X-Slack-Signature", bot::sign_slack_request(secret, ts, body)}},
                                 body);
    };
    // The secret from the file (trimmed) is the one in force: signed requests pass, others do not.
    auto ok = post(slash_body("I don't think we can add SSO"), file_secret);
    REQUIRE(ok);
    CHECK(ok->status == 200);
    auto forged = post(slash_body("I don't think we can add SSO"), std::string(file_secret) + "\n");
    REQUIRE(forged);
    CHECK(forged->status == 401);
    check_no_secret(forged->body);

    // Web API calls carry the token; Slack refusing it, failing, or answering garbage is logged without it.
    json::object shortcut{{"type", "message_action"},
                          {"team", {{"id", "T0001"}}},
                          {"user", {{"id", "U0001"}}},
                          {"callback_id", "reframe_this"},
                          {"trigger_id", "1.2.3"},
                          {"channel", {{"id", "C0001"}}},
                          {"message", {{"text", "Can we do this faster?"}, {"user", "U0002"}, {"ts", "1.2"}}}};
    auto const shortcut_body = bot::encode_form({{"payload", json::serialize(shortcut)}});
    slack.fail_next("views.open", testing::FakeSlack::ApiError{"invalid_auth"});
    slack.fail_next("views.open", testing::FakeSlack::ServerError{500}, 3);
    slack.fail_next("views.open", testing::FakeSlack::Garbage{});
    for (int i = 0; i < 3; ++i) REQUIRE(post(shortcut_body, file_secret)->status == 200);
    REQUIRE(slack.wait_for("views.open", 5, 15s));
    for (auto const& c : slack.calls("views.open")) CHECK(c.authorization == "Bearer " + std::string(file_token));
    // response_url posts never carry the token.
    json::object ladder{{"type", "block_actions"},
                        {"team", {{"id", "T0001"}}},
                        {"user", {{"id", "U0001"}}},
                        {"response_url", slack.response_url("ladder")},
                        {"actions", json::array{{{"action_id", "show_ladder"}, {"value", "ladder"}}}}};
    REQUIRE(post(bot::encode_form({{"payload", json::serialize(ladder)}}), file_secret)->status == 200);
    REQUIRE(slack.wait_for("response_url", 1, 5s));
    CHECK(slack.calls("response_url").front().authorization.empty());

    std::this_thread::sleep_for(300ms);  // let the failed calls' warnings be written
    ::kill(pid, SIGTERM);
    CHECK(wait_exit(pid) == 0);
    auto const log = read_text(output);
    CHECK_THAT(log, Catch::Contains("\"status\":401"));
    CHECK_THAT(log, Catch::Contains("Slack call failed"));  // the failures were logged, and ...
    check_no_secret(log);                                   // ... without the secrets

    // Users' text lives in the database: the server creates it readable by its owner only.
    struct stat st {};
    REQUIRE(::stat(dir.file("pushback.sqlite3").c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
}

TEST_CASE("start-up errors name the setting, never the secret", "[e2e][secrets]") {
    TempDir dir;
    auto const secret_file = dir.file("signing-secret");
    auto const token_file = dir.file("bot-token");
    auto const empty_file = dir.file("empty");
    write_file(secret_file, std::string(file_secret) + "\n");
    write_file(token_file, file_token);
    write_file(empty_file, "\n");
    auto const db = "PUSHBACK_DB=" + dir.file("pushback.sqlite3");
    // Port 0 wherever listening is not the point: a case that wrongly starts must not take a real port.
    auto const secrets_from_files =
        std::vector<std::string>{"SLACK_SIGNING_SECRET_FILE=" + secret_file, "SLACK_BOT_TOKEN_FILE=" + token_file, db,
                                 "PUSHBACK_LISTEN=127.0.0.1:0"};
    // `base` with the settings in `more` added or replaced.
    auto with = [&](std::vector<std::string> base, std::vector<std::string> const& more) {
        for (auto const& m : more) {
            auto const key = m.substr(0, m.find('=') + 1);
            std::erase_if(base, [&](std::string const& b) { return b.starts_with(key); });
            base.push_back(m);
        }
        return base;
    };
    // A port that is taken, for the listen error.
    int const taken = ::socket(AF_INET, SOCK_STREAM, 0);
    sockaddr_in addr{};
    addr.sin_family = AF_INET;
    addr.sin_addr.s_addr = htonl(INADDR_LOOPBACK);
    REQUIRE(::bind(taken, reinterpret_cast<sockaddr*>(&addr), sizeof addr) == 0);
    REQUIRE(::listen(taken, 1) == 0);
    socklen_t len = sizeof addr;
    ::getsockname(taken, reinterpret_cast<sockaddr*>(&addr), &len);
    auto const taken_port = std::to_string(ntohs(addr.sin_port));

    struct Case {
        char const* name;
        std::vector<std::string> env;
        char const* says;
    };
    std::vector<Case> const cases{
        {"unreadable secret file",
         {"SLACK_SIGNING_SECRET_FILE=" + dir.file("missing"), db, "PUSHBACK_LISTEN=127.0.0.1:0"},
         "SLACK_SIGNING_SECRET_FILE"},
        {"empty token file",
         {"SLACK_SIGNING_SECRET_FILE=" + secret_file, "SLACK_BOT_TOKEN_FILE=" + empty_file, db,
          "PUSHBACK_LISTEN=127.0.0.1:0"},
         "SLACK_BOT_TOKEN_FILE"},
        {"bad listen address", with(secrets_from_files, {"PUSHBACK_LISTEN=nonsense"}), "PUSHBACK_LISTEN"},
        {"bad log level", with(secrets_from_files, {"PUSHBACK_LOG_LEVEL=loud"}), "PUSHBACK_LOG_LEVEL"},
        {"Web API base that is not https", with(secrets_from_files, {"SLACK_API_URL=http://slack.example.com/api/"}),
         "Slack"},
        {"unusable CA file", with(secrets_from_files, {"SSL_CERT_FILE=" + empty_file}), "pushback:"},
        {"database in a missing folder",
         {"SLACK_SIGNING_SECRET_FILE=" + secret_file, "SLACK_BOT_TOKEN_FILE=" + token_file,
          "PUSHBACK_DB=" + empty_file + "/x.sqlite3", "PUSHBACK_LISTEN=127.0.0.1:0"},
         "database"},
        {"port already taken", with(secrets_from_files, {"PUSHBACK_LISTEN=127.0.0.1:" + taken_port}), "cannot listen"},
        {"secrets from the environment, bad listen address",
         {"SLACK_SIGNING_SECRET=" + std::string(file_secret), "SLACK_BOT_TOKEN=" + std::string(file_token), db,
          "PUSHBACK_LISTEN=:99999"},
         "PUSHBACK_LISTEN"},
    };
    for (auto const& c : cases) {
        CAPTURE(c.name);
        auto const output = dir.file("out");
        auto const code = wait_exit(spawn_pushback(c.env, output));
        auto const text = read_text(output);
        CAPTURE(text);
        CHECK(code != 0);
        CHECK(code != -1);  // it exited by itself, with an error
        CHECK_THAT(text, Catch::Contains(c.says));
        check_no_secret(text);
    }
    ::close(taken);
}

TEST_CASE("local mode's generated signing secret is random, kept, and readable by its owner only", "[e2e][secrets]") {
    TempDir dir;
    auto const no_secrets = [](std::string_view) -> std::optional<std::string> { return std::nullopt; };
    auto const first = app::load_config(no_secrets, dir.path().string());
    REQUIRE(first);
    CHECK(first->local_mode);
    CHECK(first->signing_secret.size() == 64);  // 32 random bytes, hex
    struct stat st {};
    REQUIRE(::stat(first->local_secret_path.c_str(), &st) == 0);
    CHECK((st.st_mode & 0777) == 0600);
    auto const again = app::load_config(no_secrets, dir.path().string());
    REQUIRE(again);
    CHECK(again->signing_secret == first->signing_secret);  // `pushback try` signs with the same one
    TempDir other;
    auto const elsewhere = app::load_config(no_secrets, other.path().string());
    REQUIRE(elsewhere);
    CHECK(elsewhere->signing_secret != first->signing_secret);
}
