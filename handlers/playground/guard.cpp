#include "handlers/playground/guard.hpp"

#include <algorithm>
#include <cctype>

namespace pushback::handlers::playground {

namespace {

bool iequals(std::string_view a, std::string_view b) {
    return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
               return std::tolower(static_cast<unsigned char>(x)) == std::tolower(static_cast<unsigned char>(y));
           });
}

bool all_digits(std::string_view s) {
    return !s.empty() && std::all_of(s.begin(), s.end(), [](char c) { return c >= '0' && c <= '9'; });
}

// 127.a.b.c with each part 0..255.
bool is_ipv4_loopback(std::string_view h) {
    int parts = 0;
    while (true) {
        auto const dot = h.find('.');
        auto const part = h.substr(0, dot);
        if (!all_digits(part) || part.size() > 3 || std::stoi(std::string(part)) > 255) return false;
        if (parts == 0 && part != "127") return false;
        ++parts;
        if (dot == std::string_view::npos) break;
        h.remove_prefix(dot + 1);
    }
    return parts == 4;
}

}  // namespace

bool is_loopback_host(std::string_view host) {
    std::string_view name = host;
    if (name.starts_with('[')) {
        auto const close = name.find(']');
        if (close == std::string_view::npos) return false;
        auto const rest = name.substr(close + 1);
        if (!rest.empty() && !(rest.front() == ':' && all_digits(rest.substr(1)))) return false;
        return name.substr(1, close - 1) == "::1";
    }
    if (auto const colon = name.rfind(':'); colon != std::string_view::npos) {
        if (!all_digits(name.substr(colon + 1))) return false;
        name = name.substr(0, colon);
    }
    return iequals(name, "localhost") || is_ipv4_loopback(name);
}

std::optional<std::string> api_refusal(bot::HttpRequest const& r) {
    if (r.method != "POST") return "the playground API takes POST only";
    auto const type = r.content_type.substr(0, r.content_type.find(';'));
    if (!iequals(type, "application/json")) return "the playground API takes application/json only";
    if (r.origin.empty()) return "no Origin header";
    if (r.origin != "http://" + std::string(r.host)) return "cross-origin request";
    if (!r.sec_fetch_site.empty() && r.sec_fetch_site != "same-origin") return "cross-site request";
    return std::nullopt;
}

void add_security_headers(bot::Reply& reply) {
    reply.headers.emplace_back("Content-Security-Policy", content_security_policy);
    reply.headers.emplace_back("X-Content-Type-Options", "nosniff");
    reply.headers.emplace_back("Referrer-Policy", "no-referrer");
    reply.headers.emplace_back("X-Frame-Options", "DENY");
    reply.headers.emplace_back("Cross-Origin-Opener-Policy", "same-origin");
    reply.headers.emplace_back("Cross-Origin-Resource-Policy", "same-origin");
    reply.headers.emplace_back("Cache-Control", "no-store");
}

}  // namespace pushback::handlers::playground
