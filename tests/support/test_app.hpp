#pragma once
// Test support: a temporary directory, and the real App (the same composition root `pushback serve`
// uses) running on an ephemeral loopback port in a background thread, spoken to over real HTTP.

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <chrono>
#include <filesystem>
#include <initializer_list>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <thread>
#include <utility>
#include <vector>

#include "app/app.hpp"
#include "app/config.hpp"
#include "bot/http_client.hpp"
#include "util/clock.hpp"

namespace pushback::test {

class TempDir {
  public:
    TempDir();
    ~TempDir();
    TempDir(TempDir const&) = delete;
    std::filesystem::path const& path() const { return path_; }
    std::string file(std::string const& name) const { return (path_ / name).string(); }

  private:
    std::filesystem::path path_;
};

// A file's whole content ("" when it cannot be read): logs, a child process's output, a database file.
std::string read_text(std::string const& path);

// The string at `path` (a key per level) inside `v`, or "" when a level is missing or the value is not a string.
std::string json_str(boost::json::value const& v, std::initializer_list<std::string_view> path);

inline constexpr char const* test_secret = "8f742231b10e8888abcd99yyyzzz85a5";

// A slash command's fields as Slack sends them (tests/fixtures/slash_command.form): the HTTP form's pairs, and
// what Socket Mode's slash_commands payload carries as JSON strings.
std::vector<std::pair<std::string, std::string>> slash_fields(
    std::string const& text, std::string const& user = "U0001", std::string const& team = "T0001",
    std::string const& response_url = "https://hooks.slack.invalid/commands/T0001/1/x",
    std::string const& channel = "C2147483705");
// A JSON fixture from tests/fixtures/.
boost::json::object fixture_json(std::string const& name);
// A form body exactly like Slack's slash command (fields from tests/fixtures/slash_command.form).
std::string slash_body(std::string const& text, std::string const& user = "U0001", std::string const& team = "T0001",
                       std::string const& response_url = "https://hooks.slack.invalid/commands/T0001/1/x",
                       std::string const& channel = "C2147483705");
// A form body carrying an interactivity payload.
std::string payload_body(boost::json::value const& payload);

std::string now_timestamp();

struct TestAppOptions {
    std::optional<std::string> slack_api_url;  // e.g. the fake Slack's
    std::optional<std::string> ca_file;
    std::string bot_token;       // empty: local mode Slack (calls skipped)
    std::string app_token = {};  // set: Socket Mode (apps.connections.open at slack_api_url)
    unsigned socket_connections = 1;
    bool signing_secret = true;          // false: no signing secret (Socket Mode only)
    std::optional<std::string> db_path;  // default: a file in the temp dir
    util::Clock const* clock = nullptr;
    int log_fd = -1;  // -1: logs go to a file in the temp dir (log_text())
    // Installable in many workspaces (instead of bot_token): the OAuth settings and the encryption key.
    std::optional<handlers::oauth::Settings> oauth = {};
    std::string encryption_key = {};
};

class TestApp {
  public:
    explicit TestApp(TestAppOptions options = {});
    ~TestApp();

    unsigned short port() const { return port_; }
    std::string const& db_path() const { return db_path_; }
    std::string log_text() const;

    // Signs (with the test secret and the current time unless told otherwise) and posts to /slack/events.
    std::expected<bot::HttpResult, std::string> post_signed(
        std::string const& body, std::string const& content_type, std::optional<std::string> timestamp = std::nullopt,
        std::vector<std::pair<std::string, std::string>> extra = {});
    std::expected<bot::HttpResult, std::string> command(std::string const& text, std::string const& user = "U0001",
                                                        std::string const& team = "T0001");
    std::expected<bot::HttpResult, std::string> interaction(boost::json::value const& payload);
    std::expected<bot::HttpResult, std::string> event(boost::json::value const& body, int retry_num = 0);
    // A plain GET (the install pages), with extra headers such as a Cookie.
    std::expected<bot::HttpResult, std::string> get(std::string const& target,
                                                    std::vector<std::pair<std::string, std::string>> headers = {});
    bot::HttpConnection connect() const;
    // GET /healthz, parsed (status code in "http_status").
    boost::json::object healthz() const;

    void stop();

  private:
    TempDir dir_;
    std::string db_path_;
    std::string log_path_;
    int log_fd_ = -1;
    std::unique_ptr<app::App> app_;
    std::thread thread_;
    unsigned short port_ = 0;
};

// Every problem with a message or view against Slack's Block Kit limits; empty when valid.
enum class Surface { message, modal, home };
std::vector<std::string> block_kit_problems(boost::json::value const& v, Surface surface = Surface::message);

}  // namespace pushback::test
