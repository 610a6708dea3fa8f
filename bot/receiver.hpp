#pragma once
// The Slack receiver: turns one HTTP request into a Reply, in an order that never varies:
// signature (401), then parse (400), then url_verification, then dispatch. (The size limit, 413,
// is enforced earlier by the server, before the body is buffered.) Socket Mode envelopes (authenticated
// by their connection, so unsigned) go through the same parse and dispatch. Independent of sockets, so it
// is unit-tested without one.

#include <functional>
#include <string>
#include <string_view>

#include "bot/envelope.hpp"
#include "bot/reply.hpp"
#include "bot/router.hpp"
#include "util/clock.hpp"

namespace pushback::bot {

struct HttpRequest {
    std::string_view method;  // "GET", "POST"
    std::string_view target;  // "/slack/events?x=y"
    std::string_view content_type;
    std::string_view slack_timestamp;  // X-Slack-Request-Timestamp
    std::string_view slack_signature;  // X-Slack-Signature
    std::string_view slack_retry_num;  // X-Slack-Retry-Num
    std::string_view body;
    // Where the request says it is going and comes from (the local playground refuses other origins).
    std::string_view host = {};            // Host
    std::string_view origin = {};          // Origin
    std::string_view sec_fetch_site = {};  // Sec-Fetch-Site
    std::string_view cookie = {};          // Cookie (the OAuth install's state cookie)
};

// What the per-request log line says about the request beyond method, path and status.
// Never message text, never secrets.
struct RequestLog {
    std::string kind;  // "command", "block_actions", "event:app_home_opened", "url_verification", "healthz"...
    std::string team_id;
    std::string user_id;
    std::string detail;  // e.g. the signature failure reason, "unmatched", "duplicate event"
};

struct Outcome {
    Reply reply;
    RequestLog log;
};

// What /healthz answers: 200 with `body` when ok, else 503.
struct Health {
    bool ok = true;
    boost::json::object body;
};

class Receiver {
  public:
    // `first_delivery(event_id)` returns true the first time an event id is seen (events Slack
    // retries are handled once); when empty, every event is handled. `health` fills /healthz (empty:
    // {"status":"ok"}). An empty signing secret (Socket Mode only) refuses every HTTP request to /slack/events.
    Receiver(std::string signing_secret, Router const& router, util::Clock const& clock,
             std::function<bool(std::string_view)> first_delivery = {}, std::function<Health()> health = {});

    Outcome handle(HttpRequest const& req) const;
    // A Socket Mode envelope (slash_commands, interactive, events_api): parsed and dispatched exactly as its
    // HTTP twin; events Slack retries are handled once through the same `first_delivery`.
    Outcome handle_envelope(Envelope envelope) const;

  private:
    Outcome handle_slack(HttpRequest const& req) const;
    Outcome handle_form(HttpRequest const& req) const;
    Outcome handle_json(HttpRequest const& req) const;
    Outcome dispatch_command(SlashCommand c) const;
    Outcome dispatch_interaction(boost::json::object payload) const;
    Outcome dispatch_event(boost::json::object body, int retry_num) const;

    std::string signing_secret_;
    Router const& router_;
    util::Clock const& clock_;
    std::function<bool(std::string_view)> first_delivery_;
    std::function<Health()> health_;
};

}  // namespace pushback::bot
