#pragma once
// Who may use the playground: requests addressed to a loopback name (a DNS-rebound name is refused),
// and, for its API, only the page's own origin. Also the headers every playground response carries
// (a strict Content-Security-Policy: the page's own scripts and styles, nothing else).

#include <optional>
#include <string>
#include <string_view>

#include "bot/receiver.hpp"
#include "bot/reply.hpp"

namespace pushback::handlers::playground {

// "127.0.0.1:3000", "localhost", "[::1]:3000", "127.1.2.3": true. Anything else, or no Host: false.
bool is_loopback_host(std::string_view host);

// Why an API request is refused (nullopt: allowed). The API takes only POSTs of JSON from a page
// whose Origin is this very host ("http://" + Host), never a cross-site one (Sec-Fetch-Site).
std::optional<std::string> api_refusal(bot::HttpRequest const& request);

// Adds the security headers (CSP, nosniff, no referrer, no framing, no caching) to a response.
void add_security_headers(bot::Reply& reply);

inline constexpr char const* content_security_policy =
    "default-src 'none'; script-src 'self'; style-src 'self'; img-src 'self'; connect-src 'self'; "
    "base-uri 'none'; form-action 'none'; frame-ancestors 'none'";

}  // namespace pushback::handlers::playground
