// Fuzzes Slack signature verification with hostile headers and bodies.
// Input: "<timestamp>\n<signature>\n<body>" (missing lines are empty). Properties: a request is accepted
// only if its signature is the HMAC of exactly that timestamp and body under the secret and the timestamp
// is fresh; the correct signature of any well-formed timestamp and body is accepted; changing one byte of
// the body, or using an empty secret, is refused.

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "bot/signature.hpp"
#include "tests/fuzz/fuzz_check.hpp"

namespace {

using namespace pushback::bot;
using Clock = std::chrono::system_clock;

// Slack's worked example (tests/fixtures/slack_doc_signature_example.form).
constexpr std::string_view secret = "8f742231b10e8888abcd99yyyzzz85a5";
constexpr std::int64_t now_s = 1531420618;

char lower(char c) { return (c >= 'A' && c <= 'Z') ? static_cast<char>(c - 'A' + 'a') : c; }

bool equal_ci(std::string_view a, std::string_view b) {
    if (a.size() != b.size()) return false;
    for (std::size_t i = 0; i < a.size(); ++i) {
        if (lower(a[i]) != lower(b[i])) return false;
    }
    return true;
}

// A timestamp the verifier must be able to read: 1 to 12 decimal digits.
bool plain_timestamp(std::string_view ts, std::int64_t& value) {
    if (ts.empty() || ts.size() > 12) return false;
    value = 0;
    for (char c : ts) {
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    return true;
}

std::string_view next_line(std::string_view& rest) {
    auto const nl = rest.find('\n');
    auto const line = rest.substr(0, nl);
    rest = nl == std::string_view::npos ? std::string_view{} : rest.substr(nl + 1);
    return line;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(uint8_t const* data, size_t size) {
    std::string_view rest(reinterpret_cast<char const*>(data), size);
    auto const timestamp = next_line(rest);
    auto const signature = next_line(rest);
    auto const body = rest;
    Clock::time_point const now{std::chrono::seconds{now_s}};

    auto const verdict = verify_slack_signature({timestamp, signature, body}, secret, now);
    std::int64_t ts = 0;
    if (verdict) {
        FUZZ_CHECK(plain_timestamp(timestamp, ts));
        FUZZ_CHECK(ts >= now_s - signature_tolerance.count() && ts <= now_s + signature_tolerance.count());
        FUZZ_CHECK(equal_ci(signature, sign_slack_request(secret, timestamp, body)));
    } else {
        FUZZ_CHECK(!describe(verdict.error()).empty());
    }
    FUZZ_CHECK(!verify_slack_signature({timestamp, signature, body}, "", now));

    // system_clock counts nanoseconds in 64 bits: times past ~2262 cannot be a `now` (the verifier
    // itself only does arithmetic in seconds, so it is exercised with every 12-digit timestamp above).
    if (plain_timestamp(timestamp, ts) && ts <= 9'000'000'000) {
        auto const good = sign_slack_request(secret, timestamp, body);
        FUZZ_CHECK(good.size() == 67);
        Clock::time_point const then{std::chrono::seconds{ts}};
        FUZZ_CHECK(verify_slack_signature({timestamp, good, body}, secret, then).has_value());
        auto const late = verify_slack_signature({timestamp, good, body}, secret,
                                                 then + signature_tolerance + std::chrono::seconds{1});
        FUZZ_CHECK(!late && late.error() == SignatureError::stale);
        std::string tampered(body);
        if (tampered.empty()) {
            tampered = "x";
        } else {
            tampered[tampered.size() / 2] = static_cast<char>(tampered[tampered.size() / 2] ^ 0x01);
        }
        auto const forged = verify_slack_signature({timestamp, good, tampered}, secret, then);
        FUZZ_CHECK(!forged && forged.error() == SignatureError::mismatch);
    }
    return 0;
}
