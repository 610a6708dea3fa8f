#include "bot/impl/endpoint.hpp"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <boost/url/parse.hpp>
#include <cctype>

#include "util/hex.hpp"

namespace pushback::bot::impl {

namespace {

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

void append_pct(std::string& out, std::string_view s) {
    for (unsigned char c : s) {
        if (std::isalnum(c) || c == '-' || c == '.' || c == '_' || c == '~') {
            out += static_cast<char>(c);
        } else {
            out += '%';
            util::append_hex(out, c, util::HexCase::upper);
        }
    }
}

}  // namespace

// Only the loopback may be spoken to in clear text: that is local mode, where the fake Slack or a developer's
// stub runs on the same machine, and nothing (token or message) crosses a network.
std::expected<Endpoint, std::string> parse_endpoint(std::string_view text) {
    auto parsed = boost::urls::parse_uri(text);
    if (!parsed) return std::unexpected("not a valid absolute URL");
    auto const& u = *parsed;
    Endpoint ep;
    if (iequals(u.scheme(), "https"))
        ep.tls = true;
    else if (iequals(u.scheme(), "http"))
        ep.tls = false;
    else
        return std::unexpected("scheme must be https");
    if (u.has_userinfo()) return std::unexpected("credentials in the URL are not allowed");
    bool loopback = false;
    switch (u.host_type()) {
        case boost::urls::host_type::ipv4:
            ep.ip_host = true;
            ep.host = u.host_address();
            loopback = u.host_ipv4_address().to_bytes()[0] == 127;
            break;
        case boost::urls::host_type::ipv6:
            ep.ip_host = true;
            ep.host = u.host_ipv6_address().to_string();
            loopback = u.host_ipv6_address().is_loopback();
            break;
        case boost::urls::host_type::name:
            ep.host = u.host_name();
            loopback = iequals(ep.host, "localhost");
            break;
        default:
            return std::unexpected("unsupported host");
    }
    if (ep.host.empty()) return std::unexpected("missing host");
    if (!ep.tls && !loopback) return std::unexpected("plain http is allowed only to a loopback host");
    if (u.has_port()) {
        if (u.port_number() == 0) return std::unexpected("invalid port");
        ep.port = std::to_string(u.port_number());
    } else {
        ep.port = ep.tls ? "443" : "80";
    }
    std::string host_part = u.host_type() == boost::urls::host_type::ipv6 ? "[" + ep.host + "]" : ep.host;
    ep.host_header = u.has_port() ? host_part + ":" + ep.port : host_part;
    ep.target = std::string(u.encoded_path());
    if (ep.target.empty()) ep.target = "/";
    if (u.has_query()) ep.target += "?" + std::string(u.encoded_query());
    return ep;
}

bool valid_method(std::string_view m) {
    if (m.empty() || m.size() > 100 || m.front() == '.') return false;
    return std::all_of(m.begin(), m.end(),
                       [](char c) { return std::isalnum(static_cast<unsigned char>(c)) || c == '.' || c == '_'; });
}

// A JSON body sent to one of these is ignored and the call fails as if the arguments were missing.
bool form_only(std::string_view method) {
    static constexpr std::string_view methods[] = {
        "users.info",
        "users.list",
        "users.lookupByEmail",
        "users.getPresence",
        "conversations.info",
        "conversations.list",
        "conversations.history",
        "conversations.replies",
        "conversations.members",
        "team.info",
        "auth.test",
        "bots.info",
        "files.getUploadURLExternal",
        "files.completeUploadExternal",
    };
    return std::find(std::begin(methods), std::end(methods), method) != std::end(methods);
}

std::string form_encode(boost::json::object const& body) {
    std::string out;
    for (auto const& [key, value] : body) {
        if (value.is_null()) continue;
        if (!out.empty()) out += '&';
        append_pct(out, key);
        out += '=';
        if (value.is_string())
            append_pct(out, value.get_string());
        else if (value.is_bool())
            out += value.get_bool() ? "true" : "false";
        else
            append_pct(out, boost::json::serialize(value));
    }
    return out;
}

}  // namespace pushback::bot::impl
