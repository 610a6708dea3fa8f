#pragma once
// The TLS client context for Slack calls (private to the Web API client): TLS 1.2 or later, peer
// verification against the system roots (OpenSSL's default CA file and hashed directory) plus an optional
// extra CA file (SSL_CERT_FILE).
//
// Parsing the system bundle costs 50-70 ms, so it is done once, on a thread started at construction: start-up
// (and the first answer to Slack) does not wait for it; only a TLS connection opened before it finishes does.
// The extra file is checked at construction (readable, holds a PEM certificate or CRL), so an unusable file is
// still a start-up error; it is not parsed a second time when it is the very file OpenSSL's defaults load.

#include <boost/asio/ssl/context.hpp>
#include <future>
#include <memory>
#include <optional>
#include <string>

namespace pushback::bot::impl {

class TlsContext {
  public:
    // Throws std::runtime_error when `extra_ca_file` cannot be read or holds no PEM certificate.
    explicit TlsContext(std::optional<std::string> extra_ca_file);
    ~TlsContext();  // waits for the loading thread
    TlsContext(TlsContext const&) = delete;
    TlsContext& operator=(TlsContext const&) = delete;

    // The loaded context; blocks until it is ready. Any thread.
    boost::asio::ssl::context& get();

  private:
    std::shared_future<std::shared_ptr<boost::asio::ssl::context>> ready_;
};

}  // namespace pushback::bot::impl
