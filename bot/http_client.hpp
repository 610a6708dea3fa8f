#pragma once
// A small blocking HTTP/1.1 client for loopback use: `pushback try`, `pushback healthcheck`, and the
// end-to-end tests. Not for Slack (that is SlackClient, over TLS).

#include <chrono>
#include <expected>
#include <map>
#include <memory>
#include <string>
#include <utility>
#include <vector>

namespace pushback::bot {

struct HttpResult {
    unsigned status = 0;
    std::map<std::string, std::string> headers;  // lower-case names
    std::string body;
};

// One connection, reusable for several requests (keep-alive).
class HttpConnection {
  public:
    static std::expected<HttpConnection, std::string> open(std::string const& host, unsigned short port,
                                                           std::chrono::milliseconds timeout = std::chrono::seconds{5});
    HttpConnection(HttpConnection&&) noexcept;
    HttpConnection& operator=(HttpConnection&&) noexcept;
    ~HttpConnection();

    std::expected<HttpResult, std::string> request(std::string const& method, std::string const& target,
                                                   std::vector<std::pair<std::string, std::string>> const& headers,
                                                   std::string const& body);
    // Sends raw bytes (for tests of malformed requests) and reads one response.
    std::expected<HttpResult, std::string> raw(std::string const& bytes);

    struct Impl;

  private:
    explicit HttpConnection(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

// Opens a connection, sends one request, closes.
std::expected<HttpResult, std::string> http_request(std::string const& host, unsigned short port,
                                                    std::string const& method, std::string const& target,
                                                    std::vector<std::pair<std::string, std::string>> const& headers,
                                                    std::string const& body,
                                                    std::chrono::milliseconds timeout = std::chrono::seconds{5});

}  // namespace pushback::bot
