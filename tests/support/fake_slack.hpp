#pragma once
// A fake Slack for tests: a real HTTPS server on 127.0.0.1 (its own thread, its own freshly generated test
// CA) that answers the Web API methods and response URLs Pushback uses the way Slack documents them,
// records every request, and can be scripted to answer 429, 5xx, ok:false, garbage, or to stall.
// Point a SlackClient at api_base() with extra_ca_file = ca_file().

#include <boost/json/object.hpp>
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "support/fake_slack_socket.hpp"

namespace pushback::testing {

class FakeSlack {
  public:
    enum class CertMode {
        trusted,       // server certificate for DNS:localhost + IP:127.0.0.1, signed by the CA in ca_file()
        untrusted_ca,  // same names, but signed by another CA that is not in ca_file()
        wrong_host,    // signed by the CA in ca_file(), but only for DNS:wrong-host.example
    };
    struct Options {
        CertMode cert = CertMode::trusted;
        std::string token = "xoxb-fake-0000-secret-bot-token";  // the only bearer token accepted
        bool plain_http = false;  // also listen for clear-text HTTP on another loopback port (local mode)
        std::chrono::milliseconds idle_timeout{30'000};  // keep-alive connections idle this long are closed
        // oauth.v2.access accepts only these client credentials, in HTTP Basic auth.
        std::string client_id = "1111.2222";
        std::string client_secret = "fake-client-secret-0123456789";
        // Socket Mode: apps.connections.open (with this app token only) hands out tickets to socket_mode().
        bool socket_mode = false;
        std::string app_token = "xapp-1-A0FAKEAPP-1111-fake0app0token0secret";
    };

    // What oauth.v2.access answers for one install's code (used once), like Slack's answer for a bot install.
    // A non-empty refresh_token means token rotation is on: the answer carries it and expires_in. The bot
    // token is accepted by the Web API methods from then on.
    struct Grant {
        std::string team_id;
        std::string team_name = "Fake Team";
        std::string enterprise_id;  // "" outside Enterprise Grid
        bool enterprise_install = false;
        std::string bot_token;
        std::string bot_user_id = "UBOT0001";
        std::string authed_user = "UINSTALLER";
        std::string scope = "commands,chat:write,chat:write.public,im:write,users:read";
        std::string app_id = "A0FAKEAPP";
        std::string refresh_token;
        int expires_in = 43200;
    };

    struct Call {
        std::string method;         // "chat.postMessage", or "response_url" for response URL posts
        std::string response_name;  // NAME in /response/NAME, for response URL posts
        boost::json::object body;   // JSON body, or form fields as strings
        std::string authorization;  // the Authorization header as received ("" if none)
        std::string content_type;
        bool tls = true;
        std::chrono::steady_clock::time_point received;
    };

    // Scripted faults, consumed one per matching call (fail_next).
    struct RateLimited {
        int retry_after_seconds = 1;
    };  // HTTP 429 + Retry-After
    struct ServerError {
        int status = 500;
    };  // HTTP 5xx with an HTML body
    struct ApiError {
        std::string error;
    };  // HTTP 200 {"ok":false,"error":...}
    struct Stall {
        std::chrono::milliseconds duration;
    };                  // answer normally, but only after this delay
    struct Garbage {};  // HTTP 200 with a body that is not JSON
    using Fault = std::variant<RateLimited, ServerError, ApiError, Stall, Garbage>;

    FakeSlack();
    explicit FakeSlack(Options options);
    ~FakeSlack();
    FakeSlack(FakeSlack const&) = delete;
    FakeSlack& operator=(FakeSlack const&) = delete;

    std::string const& ca_file() const;                          // PEM of the test CA (trust this)
    std::string const& token() const;                            // the accepted bot token
    std::string const& app_token() const;                        // the accepted app-level token
    FakeSocketMode& socket_mode();                               // Options::socket_mode only
    unsigned short port() const;                                 // HTTPS port on 127.0.0.1
    std::string api_base() const;                                // "https://127.0.0.1:PORT/api/"
    std::string api_base_localhost() const;                      // "https://localhost:PORT/api/"
    std::string response_url(std::string_view name) const;       // "https://127.0.0.1:PORT/response/NAME"
    std::string http_api_base() const;                           // "http://127.0.0.1:HTTPPORT/api/" (plain_http only)
    std::string http_response_url(std::string_view name) const;  // plain_http only

    std::vector<Call> calls() const;
    std::vector<Call> calls(std::string_view method) const;
    // Waits until at least `count` calls of `method` were received; false on timeout.
    bool wait_for(std::string_view method, std::size_t count, std::chrono::milliseconds timeout) const;
    void clear();  // forgets recorded calls and pending faults

    // The next `times` calls of `method` ("response_url" for response URLs) get `fault` instead of the normal
    // answer (Stall delays the normal answer). Faults queue up in order.
    void fail_next(std::string method, Fault fault, int times = 1);

    // users.info answers with this time zone (default "America/New_York"); label and offset come from a small
    // table of common zones, or can be given.
    void set_user_tz(std::string user, std::string tz);
    void set_user_tz(std::string user, std::string tz, std::string tz_label, int tz_offset_seconds);

    // Installs (oauth.v2.access): the answer to `code` (grant_type authorization_code), once.
    void add_grant(std::string code, Grant grant);
    // A refresh (grant_type=refresh_token) with a known refresh token issues a new bot token and refresh token
    // (both accepted from then on; the old refresh token is spent) valid for this many seconds.
    void set_refresh_expires_in(int seconds);
    // Another bot token the Web API methods accept (besides Options::token).
    void accept_token(std::string token);

    // A private channel the bot is not a member of: chat.postMessage there answers channel_not_found.
    void set_private_channel(std::string channel);

    // A file through the upload flow: announced (files.getUploadURLExternal), its bytes received at the
    // upload URL (exactly `length` of them, once), then completed (files.completeUploadExternal) into a
    // channel. Recorded calls: the upload is method "upload" with body {"file_id", "bytes"}.
    struct File {
        std::string id, filename, title, channel, initial_comment, bytes;
        std::size_t length = 0;
        bool uploaded = false;
        bool completed = false;
    };
    std::vector<File> files() const;

    // A message the bot posted, as it stands after any chat.update.
    std::optional<boost::json::object> message(std::string const& channel, std::string const& ts) const;

    std::size_t connections_accepted() const;     // TCP connections accepted (both ports)
    std::size_t handshakes_failed() const;        // TLS handshakes that did not complete (e.g. the client refused)
    std::size_t idle_connections_closed() const;  // keep-alive connections the fake hung up on (idle_timeout)

  private:
    struct Impl;
    std::unique_ptr<Impl> impl_;
};

}  // namespace pushback::testing
