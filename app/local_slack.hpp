#pragma once
// Local mode's stand-in for Slack (no bot token): answers the Web API the way Slack would, so after-ack
// work runs to the end, and keeps what a Slack user would have seen (response_url posts, DMs, channel
// posts and their updates, modals, uploaded files) in a bounded outbox that `pushback try` prints.
// The outbox is served on GET /local/outbox?after=N, only by a loopback listener without a bot token.

#include <cstdint>
#include <deque>
#include <map>
#include <memory>
#include <mutex>
#include <string>

#include "bot/slack_api.hpp"
#include "util/log.hpp"

namespace pushback::app {

class LocalSlack final : public bot::SlackApi {
  public:
    explicit LocalSlack(util::Logger const& log) : log_(log) {}

    boost::asio::awaitable<bot::SlackResult> call(std::string method, boost::json::object body) override;
    boost::asio::awaitable<bot::SlackResult> respond(std::string response_url, boost::json::object body) override;
    boost::asio::awaitable<bot::SlackResult> upload(std::string upload_url, std::string bytes,
                                                    std::string content_type) override;

    // {"items": [{"seq", "kind", "text"}...], "last": N}: what was shown after item `after`.
    std::string outbox_json(std::uint64_t after) const;

    static constexpr std::size_t max_items = 200;

  private:
    bot::SlackResult answer(std::string const& method, boost::json::object const& body);
    void show(std::string kind, std::string text);

    util::Logger const& log_;
    mutable std::mutex mu_;
    std::deque<std::tuple<std::uint64_t, std::string, std::string>> items_;
    std::uint64_t seq_ = 0;
    std::map<std::string, std::pair<std::string, std::string>> files_;  // id -> (filename, bytes)
    std::uint64_t next_id_ = 0;
};

// Whether a request is for the outbox (GET /local/outbox...).
bool is_outbox_target(std::string_view method, std::string_view target);
// `after` from "/local/outbox?after=N" (0 when absent or unreadable).
std::uint64_t outbox_after(std::string_view target);

}  // namespace pushback::app
