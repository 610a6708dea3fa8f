#pragma once
// Socket Mode: Slack delivers slash commands, interactivity and events over WebSocket connections this
// process opens, so Pushback needs no public URL. apps.connections.open (the app-level token's only use)
// returns a wss:// URL; each envelope goes through the Receiver and Router exactly as its HTTP twin and is
// acknowledged with the reply HTTP would have sent; after-ack work runs once the ack is written.
//
// Disconnects: on `refresh_requested` or `warning` a new connection is opened while the old one keeps
// answering until Slack closes it, so nothing is dropped; on `link_disabled` the client stops and says why.
// A broken socket, a missing pong, or a failed apps.connections.open (429 with Retry-After, 5xx, network) is
// retried with bounded exponential backoff and jitter, for ever. Neither token nor the wss:// ticket is logged.

#include <chrono>
#include <cstddef>
#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "bot/after_ack.hpp"
#include "bot/envelope.hpp"
#include "bot/receiver.hpp"
#include "util/clock.hpp"
#include "util/log.hpp"

namespace pushback::bot {

struct SocketModeOptions {
    std::string api_base = "https://slack.com/api/";  // SLACK_API_URL
    std::string app_token;                            // SLACK_APP_TOKEN (xapp-...)
    std::optional<std::string> extra_ca_file;         // SSL_CERT_FILE
    unsigned connections = 1;                         // SLACK_SOCKET_CONNECTIONS, 1 to 10
    std::chrono::milliseconds base_backoff{200}, max_backoff{30'000};
    std::chrono::seconds max_retry_after{300};  // a 429's Retry-After is honoured up to this
    std::chrono::seconds step_timeout{10};      // resolve, connect, TLS and WebSocket handshakes, closing
    // No frame for this long is a dead link: a ping goes out at half of it, and a missing pong ends it.
    std::chrono::seconds idle_timeout{30};
    // A connection Slack asked to refresh is closed by Slack within seconds; if not, by us after this.
    std::chrono::seconds drain_timeout{60};
    // A connection that lived this long before breaking is reconnected at once; one that breaks sooner
    // keeps backing off (a link that breaks right after hello does not make a tight loop).
    std::chrono::seconds stable_after{10};
    std::size_t max_message_bytes = std::size_t{1} << 20;
};

struct SocketModeStatus {
    enum class State { connecting, connected, reconnecting, stopped };
    State state = State::connecting;
    util::Clock::time_point since{};
    unsigned connections = 0;  // open connections that said hello
    std::string detail;        // why it is not connected (never a token or URL)
};
char const* to_string(SocketModeStatus::State state);

class SocketModeClient {
  public:
    using Handler = std::function<Outcome(Envelope)>;

    // Runs on its own thread. `after_ack`, `log` and `clock` must outlive the client. Throws (start-up error)
    // for an unusable api_base or CA file.
    SocketModeClient(SocketModeOptions options, Handler handler, AfterAckRunner& after_ack, util::Logger const& log,
                     util::Clock const& clock);
    ~SocketModeClient();
    SocketModeClient(SocketModeClient const&) = delete;
    SocketModeClient& operator=(SocketModeClient const&) = delete;

    void start();
    // Closes every connection (bounded by the step timeout) and calls `done` on the client's thread once they
    // are closed, so that no envelope arrives afterwards. Any thread; once.
    void stop(std::function<void()> done = {});
    // Waits for the client's thread to end (after stop()).
    void join();

    SocketModeStatus status() const;  // any thread
    // /healthz's view: {"state", "since", "connections", "detail"}; not ok once stopped.
    Health health() const;

    struct Impl;

  private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace pushback::bot
