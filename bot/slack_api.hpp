#pragma once
// The Slack Web API seam: handlers and the scheduler reach Slack only through SlackApi; SlackClient is the
// real HTTPS implementation (Beast + OpenSSL), tests use the fake Slack under tests/support.
//
// Transport rules: the Web API base must be https://, except http:// to a loopback host (127.0.0.0/8, ::1,
// localhost) for local mode; response_url posts follow the same rule (Slack's are https://hooks.slack.com/...).
// The bot token travels only in the Authorization header of Web API calls, never to a response_url, and
// never appears in an error or a log line.

#include <boost/asio/any_io_executor.hpp>
#include <boost/json/object.hpp>
#include <chrono>
#include <cstddef>
#include <expected>
#include <functional>
#include <memory>
#include <optional>
#include <string>

namespace pushback::bot {

struct SlackError {
    enum class Kind {
        api,               // Slack answered ok:false; `error` is Slack's code ("channel_not_found")
        rate_limited,      // still HTTP 429 after max_attempts
        http,              // an HTTP status that is neither success nor retryable, or 5xx after max_attempts
        network,           // resolve/connect/read/write failure after max_attempts
        tls,               // handshake failed: untrusted certificate, wrong host name, protocol error
        timeout,           // a step exceeded request_timeout
        invalid_response,  // not JSON, or JSON that is not an object
        invalid_request,   // refused before sending: bad URL, plain http to a non-loopback host, bad method name
    };
    SlackError() = default;
    SlackError(Kind k, std::string e, int status = 0, int tries = 0, std::string why = {})
        : kind(k), error(std::move(e)), http_status(status), attempts(tries), detail(std::move(why)) {}

    Kind kind = Kind::network;
    std::string error;    // Slack's `error` for api, else a short description
    int http_status = 0;  // 0 when no HTTP response was received
    int attempts = 0;     // how many times the request was sent (or tried to be)
    std::string detail;   // Slack's response_metadata.messages for api errors (why a view was invalid), joined

    // One line for logs, e.g. "Slack API error: channel_not_found". Never contains the token.
    std::string message() const;
};

char const* to_string(SlackError::Kind kind);

using SlackResult = std::expected<boost::json::object, SlackError>;

// The seam where the world is: handlers and the scheduler talk to Slack only through this.
class SlackApi {
  public:
    // Called exactly once per call, on the implementation's executor: it must not block.
    using Done = std::function<void(SlackResult)>;
    virtual ~SlackApi() = default;
    // Calls a Web API method ("chat.postMessage") with a JSON body and the bot token as bearer.
    virtual void call(std::string method, boost::json::object body, Done done = {}) = 0;
    // POSTs a JSON message to an interaction's response_url (no token).
    virtual void respond(std::string response_url, boost::json::object body, Done done = {}) = 0;
};

struct SlackClientConfig {
    std::string api_base = "https://slack.com/api/";  // SLACK_API_URL
    std::string bot_token;                            // SLACK_BOT_TOKEN
    std::optional<std::string> extra_ca_file;         // SSL_CERT_FILE, trusted in addition to the system roots
    int max_attempts = 5;
    std::chrono::milliseconds base_backoff{250}, max_backoff{8000};
    std::chrono::seconds max_retry_after{60};  // a 429's Retry-After is honoured up to this
    std::chrono::seconds request_timeout{10};  // per step: resolve, connect, handshake, write, read
    std::size_t max_idle_connections_per_host = 4;
    std::size_t max_waiting_calls_per_host = 1000;  // beyond this a call fails fast (then backs off) instead of queueing
    std::size_t max_connections_per_host = 16;  // more concurrent calls to one host wait their turn (in order)
    std::chrono::seconds idle_timeout{30};      // pooled connections older than this are closed, not reused
    std::size_t max_response_bytes = std::size_t{8} * 1024 * 1024;
};

namespace detail {
struct SlackClientState;
}

// HTTPS client on Beast + OpenSSL: verifies certificates against the system roots (+ extra CA), sends SNI,
// checks the host name (and IP SANs for IP hosts), keeps a small pool of keep-alive connections per host
// (and at most max_connections_per_host open at once: a burst queues instead of opening a socket each),
// retries network errors and 5xx with bounded exponential backoff (with jitter), waits Retry-After on 429
// (capped), turns ok:false into SlackError::api. Fully asynchronous on the given executor (all of a client's
// work runs on one strand of it): call() and respond() return at once and never block the caller's thread.
// Methods Slack documents as form-only (users.info, conversations.info, ...) are sent form-encoded; all
// others as application/json; charset=utf-8.
//
// Throws std::invalid_argument at construction for an unusable api_base, and std::runtime_error if the
// extra CA file cannot be loaded (start-up errors). In-flight calls keep the client's state alive; the
// executor's execution context must outlive them.
class SlackClient final : public SlackApi {
  public:
    SlackClient(boost::asio::any_io_executor ex, SlackClientConfig cfg);
    ~SlackClient() override;
    SlackClient(SlackClient const&) = delete;
    SlackClient& operator=(SlackClient const&) = delete;

    void call(std::string method, boost::json::object body, Done done = {}) override;
    void respond(std::string response_url, boost::json::object body, Done done = {}) override;

    // TCP connections opened so far (for benchmarks and diagnostics; pool reuse keeps this low).
    std::size_t connections_opened() const;

  private:
    std::shared_ptr<detail::SlackClientState> state_;
};

// Calls `method` and waits for its result up to `timeout` (then returns SlackError::timeout). For tests and
// the CLI only: it blocks the calling thread on a future, so it must NOT be called from a thread that runs
// the client's executor (the call could never complete there: deadlock until the timeout).
SlackResult call_sync(SlackApi& api, std::string method, boost::json::object body, std::chrono::seconds timeout);

// Same for respond().
SlackResult respond_sync(SlackApi& api, std::string response_url, boost::json::object body,
                         std::chrono::seconds timeout);

}  // namespace pushback::bot
