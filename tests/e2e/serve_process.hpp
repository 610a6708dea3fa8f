#pragma once
// `pushback serve` as a separate process for the end-to-end scenarios that kill it or run several of it
// (crash_test.cpp, replicas_test.cpp): real HTTP to it, the fake Slack over real TLS behind it.

#include <signal.h>
#include <sys/wait.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <set>
#include <string>
#include <thread>
#include <vector>

#include "bot/http_client.hpp"
#include "bot/signature.hpp"
#include "support/fake_slack.hpp"
#include "support/process.hpp"
#include "support/test_app.hpp"

namespace pushback::test {

// One `pushback serve` process, up (answering /healthz) when the constructor returns; killed with SIGKILL at
// the end. `extra_env` adds settings (PUSHBACK_REPLICA_ID=..., ...). If it does not come up in 60 s (or exits
// first), the constructor FAILs with the end of its log; a server started on another thread passes
// `fail_here = false` (a FAIL off Catch's thread aborts the whole run) and the test checks `failure()` on its own.
class Server {
  public:
    Server(testing::FakeSlack const& slack, std::string const& db, std::string const& log_path, unsigned short port,
           std::vector<std::string> extra_env = {}, bool fail_here = true)
        : port_(port) {
        std::vector<std::string> env{"SLACK_SIGNING_SECRET=" + std::string(test_secret),
                                     "SLACK_BOT_TOKEN=" + slack.token(),
                                     "SLACK_API_URL=" + slack.api_base(),
                                     "SSL_CERT_FILE=" + slack.ca_file(),
                                     "PUSHBACK_DB=" + db,
                                     "PUSHBACK_LISTEN=127.0.0.1:" + std::to_string(port),
                                     "PUSHBACK_THREADS=2"};
        env.insert(env.end(), extra_env.begin(), extra_env.end());
        pid_ = spawn_pushback(std::move(env), log_path, /*append=*/true);
        auto const deadline = std::chrono::steady_clock::now() + std::chrono::seconds{60};
        while (std::chrono::steady_clock::now() < deadline) {
            auto h = bot::http_request("127.0.0.1", port_, "GET", "/healthz", {}, "", std::chrono::milliseconds{500});
            if (h && h->status == 200) return;
            if (!running()) {  // reaped: nothing left to kill
                pid_ = -1;
                failure_ = "pushback serve on port " + std::to_string(port_) + " exited before it came up";
                break;
            }
            std::this_thread::sleep_for(std::chrono::milliseconds{50});
        }
        if (failure_.empty()) failure_ = "pushback serve did not come up on port " + std::to_string(port_) + " in 60 s";
        kill9();
        auto const log = read_text(log_path);
        failure_ += "; the end of its log:\n" + log.substr(log.size() > 3000 ? log.size() - 3000 : 0);
        if (fail_here) FAIL(failure_);
    }
    // Empty when the server came up; otherwise what went wrong and the end of its log.
    std::string const& failure() const { return failure_; }
    ~Server() { kill9(); }
    Server(Server const&) = delete;
    Server& operator=(Server const&) = delete;

    void kill9() {
        if (pid_ <= 0) return;
        ::kill(pid_, SIGKILL);
        int status = 0;
        ::waitpid(pid_, &status, 0);
        pid_ = -1;
    }
    // True while the process has not exited (no crash).
    bool running() const {
        if (pid_ <= 0) return false;
        int status = 0;
        return ::waitpid(pid_, &status, WNOHANG) == 0;
    }

    std::expected<bot::HttpResult, std::string> command(bot::HttpConnection& conn, std::string const& text,
                                                        std::string const& user, std::string const& response_url) {
        auto const body = slash_body(text, user, "T0001", response_url);
        auto const ts = now_timestamp();
        return conn.request("POST", "/slack/events",
                            {{"Content-Type", "application/x-www-form-urlencoded"},
                             {"X-Slack-Request-Timestamp", ts},
                             {"X-Slack-Signature", bot::sign_slack_request(test_secret, ts, body)}},
                            body);
    }
    std::expected<bot::HttpResult, std::string> get(std::string const& path) const {
        return bot::http_request("127.0.0.1", port_, "GET", path, {}, "", std::chrono::seconds{5});
    }
    unsigned short port() const { return port_; }

  private:
    unsigned short port_;
    pid_t pid_ = -1;
    std::string failure_;
};

// The reminder ids in the reminder DMs the fake Slack received (the Done button's value), every one in `all`.
inline std::set<std::string> reminder_ids_in_dms(testing::FakeSlack const& slack,
                                                 std::multiset<std::string>* all = nullptr) {
    std::set<std::string> ids;
    for (auto const& c : slack.calls("chat.postMessage")) {
        auto const* blocks = c.body.if_contains("blocks");
        if (!blocks || !blocks->is_array()) continue;
        for (auto const& b : blocks->as_array()) {
            if (!b.is_object() || !b.as_object().contains("elements")) continue;
            auto const& first = b.at("elements").as_array().front().as_object();
            if (first.contains("action_id") && first.at("action_id") == "reminder_done") {
                auto id = std::string(first.at("value").as_string());
                ids.insert(id);
                if (all) all->insert(id);
            }
        }
    }
    return ids;
}

}  // namespace pushback::test
