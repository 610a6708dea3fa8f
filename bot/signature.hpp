#pragma once
// Slack request signing (v0): every request Slack sends carries
// X-Slack-Signature = "v0=" + hex(HMAC-SHA256(signing secret, "v0:{timestamp}:{raw body}")).
// Nothing Slack sends is trusted before verify_slack_signature() accepts it.

#include <chrono>
#include <expected>
#include <string>
#include <string_view>

namespace pushback::bot {

enum class SignatureError { missing_header, malformed, stale, mismatch };
std::string_view describe(SignatureError e);

struct SignedRequest {
    std::string_view timestamp;  // X-Slack-Request-Timestamp, seconds since the epoch
    std::string_view signature;  // X-Slack-Signature
    std::string_view body;       // the raw body, exactly as received
};

// Timestamps more than `tolerance` away from `now`, in the past or the future, are stale.
inline constexpr std::chrono::seconds signature_tolerance{300};

// Pure: no clock read, no exceptions. The comparison runs in constant time.
std::expected<void, SignatureError> verify_slack_signature(SignedRequest const& req, std::string_view signing_secret,
                                                           std::chrono::system_clock::time_point now);

// "v0=<64 hex digits>" for a timestamp and body, as Slack computes it (used by `pushback try` and tests).
std::string sign_slack_request(std::string_view signing_secret, std::string_view timestamp, std::string_view body);

// A new signing secret for local mode: 32 bytes from OpenSSL's CSPRNG as 64 lower-case hex digits.
std::expected<std::string, std::string> random_signing_secret();

}  // namespace pushback::bot
