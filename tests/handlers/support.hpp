#pragma once
// Handler tests run without sockets: real templates, a real SQLite file in a temp dir, a Slack that
// records what handlers ask of it, and a fixed clock.

#include <boost/json.hpp>

#include <memory>
#include <mutex>
#include <vector>

#include "util/clock.hpp"
#include "util/log.hpp"
#include "bot/request.hpp"
#include "bot/slack_api.hpp"
#include "handlers/deps.hpp"
#include "storage/sqlite_store.hpp"
#include "support/test_app.hpp"
#include "templates/library.hpp"

namespace pushback::test {

// Records what is asked of it and answers {"ok": true} at once.
class RecordingSlack final : public bot::SlackApi {
public:
    struct Call {
        std::string target;
        boost::json::object body;
    };
    boost::asio::awaitable<bot::SlackResult> call(std::string method, boost::json::object body) override {
        record(std::move(method), std::move(body));
        co_return boost::json::object{{"ok", true}};
    }
    boost::asio::awaitable<bot::SlackResult> respond(std::string url, boost::json::object body) override {
        record(std::move(url), std::move(body));
        co_return boost::json::object{{"ok", true}};
    }
    std::vector<Call> calls() const {
        std::lock_guard lock(mu_);
        return calls_;
    }

private:
    void record(std::string target, boost::json::object body) {
        std::lock_guard lock(mu_);
        calls_.push_back({std::move(target), std::move(body)});
    }
    mutable std::mutex mu_;
    std::vector<Call> calls_;
};

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
