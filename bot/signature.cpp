#include "bot/signature.hpp"

#include <openssl/core_names.h>
#include <openssl/crypto.h>
#include <openssl/evp.h>
#include <openssl/rand.h>

#include <array>
#include <charconv>
#include <cstdint>
#include <memory>
#include <string>

#include "util/hex.hpp"

namespace pushback::bot {
namespace {

using Digest = std::array<unsigned char, 32>;

// The MAC algorithm is fetched once; EVP_MAC objects are immutable and shareable between threads.
EVP_MAC* hmac_algorithm() {
    static EVP_MAC* const mac = EVP_MAC_fetch(nullptr, "HMAC", nullptr);
    return mac;
}

// One HMAC context per thread, keyed once: re-initialising it with a null key reuses the key
// schedule (OpenSSL's HMAC keeps it), so a request costs the hashing and nothing else.
class KeyedMac {
  public:
    ~KeyedMac() {
        EVP_MAC_CTX_free(ctx_);
        OPENSSL_cleanse(secret_.data(), secret_.size());
    }

    // Ready for `secret`: keyed now if the secret changed (tests use several), reset otherwise.
    EVP_MAC_CTX* ready(std::string_view secret) {
        if (ctx_ && keyed_ && secret == secret_) return EVP_MAC_init(ctx_, nullptr, 0, nullptr) == 1 ? ctx_ : nullptr;
        keyed_ = false;
        if (!ctx_) ctx_ = EVP_MAC_CTX_new(hmac_algorithm());
        if (!ctx_) return nullptr;
        std::array<char, 7> digest_name{"SHA256"};
        std::array<OSSL_PARAM, 2> params{OSSL_PARAM_construct_utf8_string(OSSL_MAC_PARAM_DIGEST, digest_name.data(), 0),
                                         OSSL_PARAM_construct_end()};
        if (EVP_MAC_init(ctx_, reinterpret_cast<unsigned char const*>(secret.data()), secret.size(), params.data()) !=
            1)
            return nullptr;
        OPENSSL_cleanse(secret_.data(), secret_.size());
        secret_.assign(secret);
        keyed_ = true;
        return ctx_;
    }

  private:
    EVP_MAC_CTX* ctx_ = nullptr;
    std::string secret_;
    bool keyed_ = false;
};

// HMAC-SHA256 over "v0:" + timestamp + ":" + body, streamed so the body is never copied.
bool compute(std::string_view secret, std::string_view timestamp, std::string_view body, Digest& out) {
    thread_local KeyedMac mac;
    EVP_MAC_CTX* const ctx = mac.ready(secret);
    if (!ctx) return false;
    auto update = [&](std::string_view part) {
        return EVP_MAC_update(ctx, reinterpret_cast<unsigned char const*>(part.data()), part.size()) == 1;
    };
    std::size_t len = 0;
    return update("v0:") && update(timestamp) && update(":") && update(body) &&
           EVP_MAC_final(ctx, out.data(), &len, out.size()) == 1 && len == out.size();
}

}  // namespace

std::string_view describe(SignatureError e) {
    switch (e) {
        case SignatureError::missing_header:
            return "missing signature headers";
        case SignatureError::malformed:
            return "malformed signature headers";
        case SignatureError::stale:
            return "request timestamp too far from now";
        case SignatureError::mismatch:
            return "signature mismatch";
    }
    return "invalid signature";
}

std::expected<void, SignatureError> verify_slack_signature(SignedRequest const& req, std::string_view signing_secret,
                                                           std::chrono::system_clock::time_point now) {
    if (req.timestamp.empty() || req.signature.empty()) return std::unexpected(SignatureError::missing_header);

    std::int64_t ts = 0;
    auto const [end, ec] = std::from_chars(req.timestamp.data(), req.timestamp.data() + req.timestamp.size(), ts);
    if (ec != std::errc{} || end != req.timestamp.data() + req.timestamp.size() || req.timestamp.size() > 12 ||
        req.timestamp.front() == '-') {
        return std::unexpected(SignatureError::malformed);
    }

    constexpr std::string_view prefix = "v0=";
    if (!req.signature.starts_with(prefix) || req.signature.size() != prefix.size() + 64) {
        return std::unexpected(SignatureError::malformed);
    }
    Digest given{};
    for (std::size_t i = 0; i < given.size(); ++i) {
        int const hi = util::hex_value(req.signature[prefix.size() + 2 * i]);
        int const lo = util::hex_value(req.signature[prefix.size() + 2 * i + 1]);
        if (hi < 0 || lo < 0) return std::unexpected(SignatureError::malformed);
        given[i] = static_cast<unsigned char>(hi * 16 + lo);
    }

    auto const now_s = std::chrono::duration_cast<std::chrono::seconds>(now.time_since_epoch()).count();
    auto const skew = now_s > ts ? now_s - ts : ts - now_s;
    if (skew > signature_tolerance.count()) return std::unexpected(SignatureError::stale);

    Digest expected{};
    if (signing_secret.empty() || !compute(signing_secret, req.timestamp, req.body, expected)) {
        return std::unexpected(SignatureError::mismatch);
    }
    if (CRYPTO_memcmp(expected.data(), given.data(), expected.size()) != 0) {
        return std::unexpected(SignatureError::mismatch);
    }
    return {};
}

std::string sign_slack_request(std::string_view signing_secret, std::string_view timestamp, std::string_view body) {
    Digest digest{};
    if (!compute(signing_secret, timestamp, body, digest)) return {};
    return "v0=" + util::hex_encode(digest);
}

std::expected<std::string, std::string> random_signing_secret() {
    std::array<unsigned char, 32> raw{};
    if (RAND_bytes(raw.data(), static_cast<int>(raw.size())) != 1) {
        return std::unexpected("cannot generate a random secret");
    }
    return util::hex_encode(raw);
}

}  // namespace pushback::bot
