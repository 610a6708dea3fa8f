#pragma once
// Private to the Web API client: the per-connection TLS checks (SNI, host name, or IP SAN for an IP host).
// The client context itself is tls_context.hpp's.

#include <openssl/ssl.h>

#include <boost/asio/ssl/context.hpp>
#include <optional>
#include <string>

#include "bot/impl/endpoint.hpp"

namespace pushback::bot::impl {

// Before the handshake: what the server's certificate must prove, for this endpoint.
void expect_peer(SSL* ssl, Endpoint const& ep);

}  // namespace pushback::bot::impl
