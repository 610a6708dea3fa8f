#include "bot/oauth_state.hpp"

#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/hmac.h>

#include <array>
#include <charconv>

#include "bot/token_cipher.hpp"
#include "util/hex.hpp"
#include "util/text.hpp"

namespace pushback::bot {

namespace {

constexpr std::size_t nonce_bytes = 16;

std::string sign(std::string_view secret, std::string_view payload) {
    std::array<unsigned char, EVP_MAX_MD_SIZE> mac{};
    unsigned int len = 0;
    HMAC(EVP_sha256(), secret.data(), static_cast<int>(secret.size()),
         reinterpret_cast<unsigned char const*>(payload.data()), payload.size(), mac.data(), &len);
    return util::hex_encode(std::span{mac}.first(len));
}

}  // namespace

std::string_view describe(OAuthStateError e) {
    switch (e) {
        case OAuthStateError::malformed:
            return "malformed state";
        case OAuthStateError::forged:
            return "state signature mismatch";
        case OAuthStateError::expired:
            return "state expired";
    }
    return "bad state";
}

std::expected<OAuthState, std::string> issue_oauth_state(std::string_view secret, std::chrono::sys_seconds now,
                                                         std::chrono::seconds lifetime) {
    auto random = random_bytes(nonce_bytes);
    if (!random) return std::unexpected(random.error());
    OAuthState s;
    s.nonce = util::hex_encode(std::span{reinterpret_cast<unsigned char const*>(random->data()), random->size()});
    s.expires_at = now + lifetime;
    auto const payload = s.nonce + "." + std::to_string(s.expires_at.time_since_epoch().count());
    s.value = payload + "." + sign(secret, payload);
    return s;
}

std::expected<std::string, OAuthStateError> verify_oauth_state(std::string_view state, std::string_view secret,
                                                               std::chrono::sys_seconds now) {
    auto const last = state.rfind('.');
    if (last == std::string_view::npos || state.size() > 256) return std::unexpected(OAuthStateError::malformed);
    auto const payload = state.substr(0, last);
    auto const signature = state.substr(last + 1);
    auto const first = payload.find('.');
    if (first == std::string_view::npos || first != nonce_bytes * 2) return std::unexpected(OAuthStateError::malformed);
    auto const expected = sign(secret, payload);
    if (signature.size() != expected.size() || CRYPTO_memcmp(signature.data(), expected.data(), expected.size()) != 0)
        return std::unexpected(OAuthStateError::forged);
    auto const expiry_text = payload.substr(first + 1);
    std::int64_t expiry = 0;
    auto const [end, ec] = std::from_chars(expiry_text.data(), expiry_text.data() + expiry_text.size(), expiry);
    if (ec != std::errc{} || end != expiry_text.data() + expiry_text.size())
        return std::unexpected(OAuthStateError::malformed);
    if (now.time_since_epoch().count() >= expiry) return std::unexpected(OAuthStateError::expired);
    return std::string(payload.substr(0, first));
}

std::string_view cookie_value(std::string_view header, std::string_view name) {
    while (!header.empty()) {
        auto const semi = header.find(';');
        auto const pair = util::trim(header.substr(0, semi));
        header = semi == std::string_view::npos ? std::string_view{} : header.substr(semi + 1);
        auto const eq = pair.find('=');
        if (eq != std::string_view::npos && util::trim(pair.substr(0, eq)) == name)
            return util::trim(pair.substr(eq + 1));
    }
    return {};
}

}  // namespace pushback::bot
