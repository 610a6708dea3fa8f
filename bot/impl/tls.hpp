#pragma once
// Private to the Web API client, TLS settings: the client context (TLS 1.2+, the system roots plus an
// optional extra CA file, peer verification) and the per-connection checks (SNI, host name, or IP SAN for
// an IP host).

#include <boost/asio/ssl/context.hpp>

#include <openssl/ssl.h>

#include <optional>
#include <string>

#include "bot/impl/endpoint.hpp"

namespace pushback::bot::impl {

// Throws std::runtime_error if the extra CA file cannot be loaded (a start-up error).
void configure_tls_client(boost::asio::ssl::context& ctx, std::optional<std::string> const& extra_ca_file);

// Before the handshake: what the server's certificate must prove, for this endpoint.
void expect_peer(SSL* ssl, Endpoint const& ep);

}  // namespace pushback::bot::impl
