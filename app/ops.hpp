#pragma once
// Operability for a fleet of replicas: GET /readyz (the store reachable and migrated, and not stopping),
// GET /metrics (Prometheus text), and the Slack API seam wrapped so every Web API call is counted by method
// and outcome. The composition root (app/app.cpp) owns one Ops and routes those two paths to it.

#include <atomic>
#include <functional>
#include <optional>

#include "bot/receiver.hpp"
#include "bot/slack_api.hpp"
#include "handlers/followups/delivery.hpp"
#include "storage/store.hpp"
#include "util/clock.hpp"
#include "util/metrics.hpp"

namespace pushback::app {

// Counts each call by method and outcome ("ok", "api", "rate_limited", "network", ...) with its latency.
class MeteredSlackApi final : public bot::SlackApi {
  public:
    MeteredSlackApi(bot::SlackApi& inner, util::Metrics& metrics) : inner_{inner}, metrics_{metrics} {}
    boost::asio::awaitable<bot::SlackResult> call(std::string method, boost::json::object body) override;
    boost::asio::awaitable<bot::SlackResult> respond(std::string response_url, boost::json::object body) override;
    // A file's bytes to its upload URL, counted as "file_upload" (the URL itself is never a label).
    boost::asio::awaitable<bot::SlackResult> upload(std::string upload_url, std::string bytes,
                                                    std::string content_type) override;

  private:
    void record(std::string_view method, bot::SlackResult const& result, std::chrono::steady_clock::duration took);
    bot::SlackApi& inner_;
    util::Metrics& metrics_;
};

struct OpsSources {
    storage::Store& store;
    handlers::followups::Scheduler const& scheduler;
    util::Clock const& clock;
    util::Metrics& metrics;
    std::atomic<bool> const& stopping;
    std::function<std::size_t()> rate_limited_answers;  // HTTP 429s the Slack client saw; may be empty
};

class Ops {
  public:
    explicit Ops(OpsSources sources);
    // /readyz and /metrics; nullopt for any other path.
    std::optional<bot::Outcome> handle(bot::HttpRequest const& request) const;
    // The server's per-request hook (ServerOptions::on_request).
    void request_done(std::string_view kind, unsigned status, std::chrono::microseconds elapsed) const;

  private:
    bot::Outcome ready() const;
    bot::Outcome metrics() const;
    OpsSources s_;
};

}  // namespace pushback::app
