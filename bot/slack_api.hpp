#pragma once
// The Slack Web API seam: handlers and the reminder delivery loop reach Slack only through SlackApi, from
// coroutines (`auto r = co_await slack.call("chat.postMessage", body);`). SlackClient is the real HTTPS
// implementation (Beast + OpenSSL, private parts in bot/impl/); tests use the fake Slack under tests/support.
//
// Transport rules: the Web API base must be https://, except http:// to a loopback host (127.0.0.0/8, ::1,
// localhost) for local mode; response_url posts follow the same rule (Slack's are https://hooks.slack.com/...).
// The bot token travels only in the Authorization header of Web API calls, never to a response_url, and
// never appears in an error or a log line.

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/awaitable.hpp>
#include <boost/json/object.hpp>
#include <chrono>
#include <cstddef>
#include <expected>
#include <memory>
#include <optional>
#include <string>

#include "bot/tenant.hpp"

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
    std::chrono::milliseconds retry_after{0};  // rate_limited: the wait Slack asked for (Retry-After, capped)

    // One line for logs, e.g. "Slack API error: channel_not_found". Never contains the token.
    std::string message() const;
};

char const* to_string(SlackError::Kind kind);

using SlackResult = std::expected<boost::json::object, SlackError>;

// The seam where the world is: handlers and the delivery loop talk to Slack only through this. Both calls
// are awaited from a coroutine and resume it on its own executor; a failure is a SlackError value, never an
// exception. The implementation must outlive the calls awaiting it.
class SlackApi {
  public:
    virtual ~SlackApi() = default;
    // Calls a Web API method ("chat.postMessage") with a JSON body and the bot token as bearer.
    virtual boost::asio::awaitable<SlackResult> call(std::string method, boost::json::object body) = 0;
    // POSTs a JSON message to an interaction's response_url (no token).
    virtual boost::asio::awaitable<SlackResult> respond(std::string response_url, boost::json::object body) = 0;
    // POSTs a file's bytes to the upload_url files.getUploadURLExternal handed out (no token; the URL is the
    // credential). Any 2xx is success. The default refuses (invalid_request): an API without file uploads.
    virtual boost::asio::awaitable<SlackResult> upload(std::string upload_url, std::string bytes,
                                                       std::string content_type);
};

// Where SlackClient gets the bot token of each call when the app is installed in many workspaces (the
// installation store, handlers/oauth/tokens.hpp). Asked once per call with the tenant the calling coroutine
// runs for (bot/tenant.hpp).
class TokenResolver {
  public:
    virtual ~TokenResolver() = default;
    // The tenant's bot token, refreshed first if it is about to expire. `rejected`: a token Slack just refused
    // as expired; the answer is then a newer one (refreshed if need be) or an error. A tenant without an
    // installation is an error (SlackError::Kind::invalid_request, "not_installed").
    virtual boost::asio::awaitable<std::expected<std::string, SlackError>> bot_token(Tenant tenant,
                                                                                     std::string rejected) = 0;
};

struct SlackClientConfig {
    std::string api_base = "https://slack.com/api/";  // SLACK_API_URL
    std::string bot_token;                            // SLACK_BOT_TOKEN (one workspace)
    // Many workspaces (OAuth): each call's token comes from here, for the tenant the calling coroutine runs
    // for; a call outside any tenant is refused. Must outlive the client. Overrides bot_token.
    TokenResolver* tokens = nullptr;
    std::optional<std::string> extra_ca_file;  // SSL_CERT_FILE, trusted in addition to the system roots
    int max_attempts = 5;
    std::chrono::milliseconds base_backoff{250}, max_backoff{8000};
    std::chrono::seconds max_retry_after{60};  // a 429's Retry-After is honoured up to this
    std::chrono::seconds request_timeout{10};  // per step: resolve, connect, handshake, write, read
    std::size_t max_idle_connections_per_host = 4;
    std::size_t max_waiting_calls_per_host =
        1000;                                   // beyond this a call fails fast (then backs off) instead of queueing
    std::size_t max_connections_per_host = 16;  // more concurrent calls to one host wait their turn (in order)
    std::chrono::seconds idle_timeout{30};      // pooled connections older than this are closed, not reused
    std::size_t max_response_bytes = std::size_t{8} * 1024 * 1024;
};

namespace impl {
struct SlackClientState;
}

// HTTPS client on Beast + OpenSSL: verifies certificates against the system roots (+ extra CA), sends SNI,
// checks the host name (and IP SANs for IP hosts), keeps a small pool of keep-alive connections per host
// (and at most max_connections_per_host open at once: a burst queues instead of opening a socket each),
// retries network errors and 5xx with bounded exponential backoff (with jitter), waits Retry-After on 429
// (capped), turns ok:false into SlackError::api. Fully asynchronous: a call runs on one strand of the given
// executor (where the pool lives) and resumes the awaiting coroutine on that coroutine's own executor.
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

    boost::asio::awaitable<SlackResult> call(std::string method, boost::json::object body) override;
    boost::asio::awaitable<SlackResult> respond(std::string response_url, boost::json::object body) override;
    boost::asio::awaitable<SlackResult> upload(std::string upload_url, std::string bytes,
                                               std::string content_type) override;

    // oauth.v2.access (exchanging an install's code, or refreshing a rotating token): `form` sent form-encoded,
    // the app's client credentials in HTTP Basic auth, no bot token. Neither credential appears in an error.
    boost::asio::awaitable<SlackResult> oauth_access(boost::json::object form, std::string client_id,
                                                     std::string client_secret);

    // The executor given at construction (the blocking helpers below run calls on it).
    boost::asio::any_io_executor get_executor() const { return executor_; }

    // TCP connections opened so far (for benchmarks and diagnostics; pool reuse keeps this low).
    std::size_t connections_opened() const;
    // HTTP 429 answers received so far, including those a retry then got past (for /metrics).
    std::size_t rate_limited_answers() const;

  private:
    boost::asio::any_io_executor executor_;
    std::shared_ptr<impl::SlackClientState> state_;
};

// Blocking helpers, for tests and the CLI only (everything else awaits): run the call as a coroutine on `ex`
// and wait on a future up to `timeout` (then SlackError::timeout; "call abandoned" if `ex` is stopped with the
// call in flight). They block the calling thread, so they must NOT be called from a thread that runs `ex` or
// the client's executor (the call could never complete there: deadlock until the timeout).
SlackResult call_sync(SlackApi& api, boost::asio::any_io_executor ex, std::string method, boost::json::object body,
                      std::chrono::seconds timeout);
SlackResult respond_sync(SlackApi& api, boost::asio::any_io_executor ex, std::string response_url,
                         boost::json::object body, std::chrono::seconds timeout);

// The same, on the client's own executor.
SlackResult call_sync(SlackClient& client, std::string method, boost::json::object body, std::chrono::seconds timeout);
SlackResult respond_sync(SlackClient& client, std::string response_url, boost::json::object body,
                         std::chrono::seconds timeout);

}  // namespace pushback::bot
