#include "app/ops.hpp"

#include <boost/json.hpp>

namespace pushback::app {

namespace json = boost::json;

namespace {

// Reminders still pending this long after their time are "late": the schedulers poll every 200 ms.
constexpr std::chrono::seconds late_after{60};

std::string_view outcome_of(bot::SlackResult const& r) { return r ? "ok" : bot::to_string(r.error().kind); }

}  // namespace

boost::asio::awaitable<bot::SlackResult> MeteredSlackApi::call(std::string method, boost::json::object body) {
    auto const started = std::chrono::steady_clock::now();
    auto result = co_await inner_.call(method, std::move(body));
    record(method, result, std::chrono::steady_clock::now() - started);
    co_return result;
}

boost::asio::awaitable<bot::SlackResult> MeteredSlackApi::respond(std::string response_url, boost::json::object body) {
    auto const started = std::chrono::steady_clock::now();
    auto result = co_await inner_.respond(std::move(response_url), std::move(body));
    record("response_url", result, std::chrono::steady_clock::now() - started);
    co_return result;
}

boost::asio::awaitable<bot::SlackResult> MeteredSlackApi::upload(std::string upload_url, std::string bytes,
                                                                 std::string content_type) {
    auto const started = std::chrono::steady_clock::now();
    auto result = co_await inner_.upload(std::move(upload_url), std::move(bytes), std::move(content_type));
    record("file_upload", result, std::chrono::steady_clock::now() - started);
    co_return result;
}

void MeteredSlackApi::record(std::string_view method, bot::SlackResult const& result,
                             std::chrono::steady_clock::duration took) {
    metrics_.add("pushback_slack_calls_total", {{"method", method}, {"outcome", outcome_of(result)}});
    metrics_.observe("pushback_slack_call_seconds", {{"method", method}}, took);
}

Ops::Ops(OpsSources sources) : s_{std::move(sources)} {
    auto& m = s_.metrics;
    m.describe("pushback_http_requests_total", "counter", "HTTP requests by route (kind) and status");
    m.describe("pushback_http_request_seconds", "histogram", "HTTP request latency, first byte to response written");
    m.describe("pushback_slack_calls_total", "counter", "Slack Web API calls by method and final outcome");
    m.describe("pushback_slack_call_seconds", "histogram", "Slack Web API call latency, retries included");
    m.describe("pushback_slack_rate_limited_total", "counter", "HTTP 429 answers from Slack, retried or not");
    m.describe("pushback_reminders", "gauge", "Reminders by state across all replicas (late: pending past 60 s)");
    m.describe("pushback_scheduler_lag_seconds", "gauge", "How late this replica claimed its last due reminder");
    m.describe("pushback_reminders_delivered_total", "counter", "Reminder DMs this replica posted and recorded");
    m.describe("pushback_reminder_send_failures_total", "counter", "Reminder sends that failed and were rescheduled");
    m.describe("pushback_store_errors_total", "counter", "Store calls that failed (not counting bad input)");
    m.describe("pushback_store_pool_connections", "gauge", "Database connections: size of the pool and in use");
}

void Ops::request_done(std::string_view kind, unsigned status, std::chrono::microseconds elapsed) const {
    std::string_view const route = kind.empty() ? "other" : kind;
    auto const code = std::to_string(status);
    s_.metrics.add("pushback_http_requests_total", {{"route", route}, {"status", code}});
    s_.metrics.observe("pushback_http_request_seconds", {{"route", route}}, elapsed);
}

std::optional<bot::Outcome> Ops::handle(bot::HttpRequest const& request) const {
    auto const path = request.target.substr(0, request.target.find('?'));
    if (path != "/readyz" && path != "/metrics") return std::nullopt;
    std::string const kind{path.substr(1)};
    if (request.method != "GET" && request.method != "HEAD")
        return bot::Outcome{bot::Reply::text(405, "Method not allowed\n"), {kind, {}, {}, {}}};
    return path == "/readyz" ? ready() : metrics();
}

bot::Outcome Ops::ready() const {
    // A stopping replica says so first, so the load balancer drains it during a rolling upgrade.
    if (s_.stopping)
        return {bot::Reply::json(json::object{{"status", "stopping"}}, 503), {"readyz", {}, {}, "stopping"}};
    auto const ok = s_.store.ready();
    if (!ok) {
        return {bot::Reply::json(json::object{{"status", "not ready"}, {"store", ok.error().message}}, 503),
                {"readyz", {}, {}, std::string{storage::to_string(ok.error().kind)}}};
    }
    return {bot::Reply::json(json::object{{"status", "ready"}}), {"readyz", {}, {}, {}}};
}

bot::Outcome Ops::metrics() const {
    auto& m = s_.metrics;
    // Read at scrape time: what the store, the scheduler and the Slack client know.
    auto const store = s_.store.stats();
    m.set("pushback_store_errors_total", {}, static_cast<double>(store.errors));
    m.set("pushback_store_pool_connections", {{"state", "size"}}, store.pool_size);
    m.set("pushback_store_pool_connections", {{"state", "in_use"}}, store.pool_in_use);
    auto const now = std::chrono::floor<std::chrono::seconds>(s_.clock.now());
    if (auto counts = s_.store.reminder_counts(now, late_after)) {
        m.set("pushback_reminders", {{"state", "pending"}}, static_cast<double>(counts->pending));
        m.set("pushback_reminders", {{"state", "claimed"}}, static_cast<double>(counts->claimed));
        m.set("pushback_reminders", {{"state", "late"}}, static_cast<double>(counts->late));
    }
    auto const sched = s_.scheduler.stats();
    m.set("pushback_scheduler_lag_seconds", {}, std::chrono::duration<double>(sched.last_lag).count());
    m.set("pushback_reminders_delivered_total", {}, static_cast<double>(sched.delivered));
    m.set("pushback_reminder_send_failures_total", {}, static_cast<double>(sched.failed));
    if (s_.rate_limited_answers)
        m.set("pushback_slack_rate_limited_total", {}, static_cast<double>(s_.rate_limited_answers()));
    bot::Reply reply{};
    reply.status = 200;
    reply.content_type = "text/plain; version=0.0.4; charset=utf-8";
    reply.body = m.render();
    return {std::move(reply), {"metrics", {}, {}, {}}};
}

}  // namespace pushback::app
