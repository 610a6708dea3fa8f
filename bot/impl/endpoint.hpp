#pragma once
// Private to the Web API client: where a request goes (parsed once from a URL, with the transport rule that
// only the loopback may be spoken to in clear text), which method names are acceptable, and the form
// encoding Slack's form-only read methods need.

#include <boost/json/object.hpp>
#include <expected>
#include <string>
#include <string_view>

namespace pushback::bot::impl {

struct Endpoint {
    bool tls = true;
    std::string host;  // for DNS / certificate checks; IPv6 without brackets
    std::string port;
    bool ip_host = false;
    std::string host_header;
    std::string target;  // path (+ query) on the server
    std::string pool_key() const { return (tls ? "https://" : "http://") + host_header; }
};

// https://, or http:// to a loopback host (127.0.0.0/8, ::1, localhost); no credentials in the URL.
// The error is a short description ("scheme must be https").
std::expected<Endpoint, std::string> parse_endpoint(std::string_view text);

// A Web API method name: letters, digits, '.' and '_', not starting with '.', at most 100 characters.
bool valid_method(std::string_view method);

// Slack documents these read methods as accepting only form-encoded arguments.
bool form_only(std::string_view method);

// Slack's form convention: scalars as text, nested objects and arrays as JSON text; nulls are left out.
std::string form_encode(boost::json::object const& body);

}  // namespace pushback::bot::impl
