#pragma once
// Handler tests run without sockets: real templates, a real SQLite file in a temp dir, a Slack that
// records what handlers ask of it, and a fixed clock.

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>
#include <fstream>
#include <iterator>
#include <map>
#include <memory>
#include <mutex>
#include <optional>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "bot/after_ack.hpp"
#include "bot/form.hpp"
#include "bot/in_flight.hpp"
#include "bot/receiver.hpp"
#include "bot/request.hpp"
#include "bot/router.hpp"
#include "bot/signature.hpp"
#include "bot/slack_api.hpp"
#include "handlers/deps.hpp"
#include "storage/sqlite_store.hpp"
#include "support/test_app.hpp"
#include "templates/library.hpp"
#include "util/clock.hpp"
#include "util/log.hpp"

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
    // A file upload is recorded as "upload" with {"bytes", "content_type"} as its body.
    boost::asio::awaitable<bot::SlackResult> upload(std::string url, std::string bytes,
                                                    std::string content_type) override {
        boost::json::object body{{"bytes", std::move(bytes)}, {"content_type", std::move(content_type)}};
        co_return co_await record("upload", std::move(url), std::move(body));
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

// A JSON string's text ("" for anything else), for comparisons with std::string.
inline std::string str(boost::json::value const& v) {
    return v.is_string() ? std::string(v.get_string()) : std::string{};
}

// A file under tests/fixtures/ (real Slack payload shapes).
inline std::string fixture_text(std::string const& name) {
    std::ifstream in(std::string(PUSHBACK_TEST_DATA_DIR) + "/fixtures/" + name, std::ios::binary);
    if (!in) throw std::runtime_error("no fixture " + name);
    return {std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}
inline boost::json::object fixture_json(std::string const& name) {
    return boost::json::parse(fixture_text(name)).as_object();
}

// Requests parsed exactly as the server parses them: the body is signed, handed to the real bot::Receiver,
// and the request its router dispatches is captured.
class Parsed {
  public:
    static bot::Interaction interaction(boost::json::object const& payload) {
        Parsed p;
        auto const id = [&]() -> std::string {
            if (auto const* a = payload.if_contains("actions"); a && a->is_array() && !a->get_array().empty())
                return std::string(a->get_array().front().at("action_id").as_string());
            if (auto const* c = payload.if_contains("callback_id"); c && c->is_string())
                return std::string(c->get_string());
            return std::string(payload.at("view").at("callback_id").as_string());
        }();
        std::optional<bot::Interaction> got;
        auto const capture = [&](bot::Interaction const& i) {
            got = i;
            return bot::Reply::ack();
        };
        p.router_.action(id, capture).view(id, capture).shortcut(id, capture);
        p.send(bot::encode_form({{"payload", boost::json::serialize(payload)}}), "application/x-www-form-urlencoded");
        if (!got) throw std::runtime_error("the receiver did not dispatch the payload");
        return *got;
    }
    static bot::EventCallback event(boost::json::object const& body) {
        Parsed p;
        std::optional<bot::EventCallback> got;
        p.router_.event(std::string(body.at("event").at("type").as_string()), [&](bot::EventCallback const& e) {
            got = e;
            return bot::Reply::ack();
        });
        p.send(boost::json::serialize(body), "application/json");
        if (!got) throw std::runtime_error("the receiver did not dispatch the event");
        return *got;
    }
    static bot::SlashCommand command(std::string const& form_body) {
        Parsed p;
        std::optional<bot::SlashCommand> got;
        p.router_.command("/pushback", [&](bot::SlashCommand const& c) {
            got = c;
            return bot::Reply::ack();
        });
        p.send(form_body, "application/x-www-form-urlencoded");
        if (!got) throw std::runtime_error("the receiver did not dispatch the command");
        return *got;
    }

  private:
    void send(std::string const& body, std::string_view content_type) {
        bot::Receiver receiver(test_secret, router_, clock_);
        auto const ts = now_timestamp();
        auto const signature = bot::sign_slack_request(test_secret, ts, body);
        bot::HttpRequest req{"POST", "/slack/events", content_type, ts, signature, "", body};
        auto const out = receiver.handle(req);
        if (out.reply.status != 200) throw std::runtime_error("the receiver refused the request: " + out.reply.body);
    }
    bot::Router router_;
    util::SystemClock clock_;
};

// A block_actions payload shaped like tests/fixtures/block_actions.json, for one button.
inline boost::json::object button_payload(std::string action_id, std::string value, std::string user = "U0001") {
    auto p = fixture_json("block_actions.json");
    p["user"].as_object()["id"] = user;
    auto& action = p["actions"].as_array().front().as_object();
    action["action_id"] = std::move(action_id);
    action["value"] = std::move(value);
    return p;
}

struct HandlerWorld {
    TempDir dir;
    templates::Library lib = *templates::Library::load_builtin();
    // 2026-01-06T09:00:00Z; the store stamps entries with the same clock.
    util::ManualClock clock{std::chrono::system_clock::time_point{std::chrono::seconds{1'767'690'000}}};
    std::unique_ptr<storage::Store> store =
        *storage::open_sqlite_store(dir.path() / "pushback.sqlite3", store_options());
    RecordingSlack slack;
    util::Logger log{util::LogLevel::error};
    handlers::Deps deps{lib, *store, slack, clock, log};

    storage::SqliteOptions store_options() {
        storage::SqliteOptions o;
        o.clock = [this] { return std::chrono::floor<std::chrono::seconds>(clock.now()); };
        return o;
    }
    storage::Owner owner(std::string user = "U0001") const { return {"T0001", std::move(user)}; }

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
