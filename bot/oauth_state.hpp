#pragma once
// The OAuth install `state`: "<nonce>.<expiry>.<signature>", signature = hex HMAC-SHA256(state secret,
// "<nonce>.<expiry>"). Signed so a forged one is refused before anything else is looked at; the expiry bounds
// it to 10 minutes; the nonce is what the store marks as used (single use) and what the browser's cookie
// must carry (bound to the browser that started the install). Pure: clock passed in, no exceptions.

#include <chrono>
#include <expected>
#include <string>
#include <string_view>

namespace pushback::bot {

inline constexpr std::chrono::seconds oauth_state_lifetime{600};
inline constexpr std::string_view oauth_state_cookie = "pushback_oauth_state";

struct OAuthState {
    std::string value;  // what goes in the authorize URL and the cookie
    std::string nonce;
    std::chrono::sys_seconds expires_at;
};

enum class OAuthStateError { malformed, forged, expired };
std::string_view describe(OAuthStateError e);

std::expected<OAuthState, std::string> issue_oauth_state(std::string_view secret, std::chrono::sys_seconds now,
                                                         std::chrono::seconds lifetime = oauth_state_lifetime);

// The nonce of a state this server signed that has not expired.
std::expected<std::string, OAuthStateError> verify_oauth_state(std::string_view state, std::string_view secret,
                                                               std::chrono::sys_seconds now);

// The value of cookie `name` in a Cookie header ("a=1; b=2"), or "".
std::string_view cookie_value(std::string_view cookie_header, std::string_view name);

}  // namespace pushback::bot
