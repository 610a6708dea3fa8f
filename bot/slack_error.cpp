// SlackError as text: the kind names and the one-line message for logs (never the token: it is scrubbed first).
#include "bot/slack_api.hpp"

namespace pushback::bot {

char const* to_string(SlackError::Kind kind) {
    switch (kind) {
        case SlackError::Kind::api:
            return "api";
        case SlackError::Kind::rate_limited:
            return "rate_limited";
        case SlackError::Kind::http:
            return "http";
        case SlackError::Kind::network:
            return "network";
        case SlackError::Kind::tls:
            return "tls";
        case SlackError::Kind::timeout:
            return "timeout";
        case SlackError::Kind::invalid_response:
            return "invalid_response";
        case SlackError::Kind::invalid_request:
            return "invalid_request";
    }
    return "unknown";
}

std::string SlackError::message() const {
    std::string out;
    switch (kind) {
        case Kind::api:
            out = "Slack API error: ";
            break;
        case Kind::rate_limited:
            out = "Slack rate limit: ";
            break;
        case Kind::http:
            out = "Slack HTTP error: ";
            break;
        case Kind::network:
            out = "network error talking to Slack: ";
            break;
        case Kind::tls:
            out = "TLS error talking to Slack: ";
            break;
        case Kind::timeout:
            out = "timeout talking to Slack: ";
            break;
        case Kind::invalid_response:
            out = "invalid response from Slack: ";
            break;
        case Kind::invalid_request:
            out = "Slack request refused: ";
            break;
    }
    out += error;
    if (!detail.empty()) out += " [" + detail + "]";
    if (http_status != 0 && !(kind == Kind::api && http_status == 200))
        out += " (HTTP " + std::to_string(http_status) + ")";
    if (attempts > 1) out += " after " + std::to_string(attempts) + " attempts";
    return out;
}

}  // namespace pushback::bot
