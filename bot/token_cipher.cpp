#include "bot/token_cipher.hpp"

#include <openssl/evp.h>
#include <openssl/rand.h>
#include <openssl/sha.h>

#include <array>
#include <memory>

#include "util/hex.hpp"
#include "util/text.hpp"

namespace pushback::bot {

namespace {

constexpr std::string_view prefix = "pbk1.";
constexpr std::size_t key_bytes = 32;
constexpr std::size_t nonce_bytes = 12;
constexpr std::size_t tag_bytes = 16;

using CipherCtx = std::unique_ptr<EVP_CIPHER_CTX, decltype(&EVP_CIPHER_CTX_free)>;

CipherCtx new_ctx() { return {EVP_CIPHER_CTX_new(), &EVP_CIPHER_CTX_free}; }

unsigned char const* bytes_of(std::string_view s) { return reinterpret_cast<unsigned char const*>(s.data()); }
unsigned char* bytes_of(std::string& s) { return reinterpret_cast<unsigned char*>(s.data()); }

std::string key_id_of(std::string_view key) {
    std::array<unsigned char, SHA256_DIGEST_LENGTH> digest{};
    SHA256(bytes_of(key), key.size(), digest.data());
    return util::hex_encode(std::span{digest}.first(4));
}

}  // namespace

std::string base64_encode(std::string_view bytes) {
    std::string out(4 * ((bytes.size() + 2) / 3), '\0');
    int const n = EVP_EncodeBlock(bytes_of(out), bytes_of(bytes), static_cast<int>(bytes.size()));
    out.resize(static_cast<std::size_t>(n));
    return out;
}

std::expected<std::string, std::string> base64_decode(std::string_view text) {
    text = util::trim(text);
    if (text.empty() || text.size() % 4 != 0) return std::unexpected("not base64");
    std::string out(3 * text.size() / 4, '\0');
    int const n = EVP_DecodeBlock(bytes_of(out), bytes_of(text), static_cast<int>(text.size()));
    if (n < 0) return std::unexpected("not base64");
    // EVP_DecodeBlock counts the padding as zero bytes.
    std::size_t padding = 0;
    if (text.ends_with("==")) {
        padding = 2;
    } else if (text.ends_with('=')) {
        padding = 1;
    }
    out.resize(static_cast<std::size_t>(n) - padding);
    return out;
}

std::expected<std::string, std::string> random_bytes(std::size_t n) {
    std::string out(n, '\0');
    if (RAND_bytes(bytes_of(out), static_cast<int>(n)) != 1) return std::unexpected("the CSPRNG failed");
    return out;
}

std::expected<TokenCipher, std::string> TokenCipher::from_base64(std::string_view current,
                                                                 std::vector<std::string> const& previous) {
    std::vector<Key> keys;
    auto add = [&](std::string_view text, std::string const& which) -> std::expected<void, std::string> {
        auto key = base64_decode(text);
        if (!key || key->size() != key_bytes)
            return std::unexpected(which + " must be 32 random bytes in base64 (openssl rand -base64 32)");
        keys.push_back({key_id_of(*key), std::move(*key)});
        return {};
    };
    if (auto ok = add(current, "PUSHBACK_ENCRYPTION_KEY"); !ok) return std::unexpected(ok.error());
    for (auto const& p : previous) {
        if (auto ok = add(p, "each of PUSHBACK_ENCRYPTION_OLD_KEYS"); !ok) return std::unexpected(ok.error());
    }
    return TokenCipher{std::move(keys)};
}

std::expected<std::string, std::string> TokenCipher::seal(std::string_view plaintext, std::string_view context) const {
    auto const& key = keys_.front();
    auto nonce = random_bytes(nonce_bytes);
    if (!nonce) return std::unexpected(nonce.error());
    std::string blob = *nonce;
    blob.resize(nonce_bytes + plaintext.size() + tag_bytes);
    auto ctx = new_ctx();
    int len = 0;
    int total = 0;
    bool ok = ctx && EVP_EncryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
              EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, nonce_bytes, nullptr) == 1 &&
              EVP_EncryptInit_ex(ctx.get(), nullptr, nullptr, bytes_of(key.bytes), bytes_of(*nonce)) == 1 &&
              EVP_EncryptUpdate(ctx.get(), nullptr, &len, bytes_of(context), static_cast<int>(context.size())) == 1 &&
              EVP_EncryptUpdate(ctx.get(), bytes_of(blob) + nonce_bytes, &len, bytes_of(plaintext),
                                static_cast<int>(plaintext.size())) == 1;
    total = len;
    ok = ok && EVP_EncryptFinal_ex(ctx.get(), bytes_of(blob) + nonce_bytes + total, &len) == 1;
    ok = ok && EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_GET_TAG, tag_bytes,
                                   bytes_of(blob) + nonce_bytes + plaintext.size()) == 1;
    if (!ok) return std::unexpected("encryption failed");
    return std::string(prefix) + key.id + "." + base64_encode(blob);
}

std::expected<std::string, std::string> TokenCipher::open(std::string_view sealed, std::string_view context) const {
    std::unexpected<std::string> const refused{
        "sealed token does not open (altered, another row's, or an unknown key)"};
    if (!sealed.starts_with(prefix)) return refused;
    sealed.remove_prefix(prefix.size());
    auto const dot = sealed.find('.');
    if (dot == std::string_view::npos) return refused;
    auto const id = sealed.substr(0, dot);
    Key const* key = nullptr;
    for (auto const& k : keys_) {
        if (k.id == id) key = &k;
    }
    if (!key) return refused;
    auto blob = base64_decode(sealed.substr(dot + 1));
    if (!blob || blob->size() < nonce_bytes + tag_bytes) return refused;
    std::size_t const n = blob->size() - nonce_bytes - tag_bytes;
    std::string plain(n, '\0');
    auto ctx = new_ctx();
    int len = 0;
    std::string tag = blob->substr(nonce_bytes + n);
    bool const ok =
        ctx && EVP_DecryptInit_ex(ctx.get(), EVP_aes_256_gcm(), nullptr, nullptr, nullptr) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_IVLEN, nonce_bytes, nullptr) == 1 &&
        EVP_DecryptInit_ex(ctx.get(), nullptr, nullptr, bytes_of(key->bytes), bytes_of(*blob)) == 1 &&
        EVP_DecryptUpdate(ctx.get(), nullptr, &len, bytes_of(context), static_cast<int>(context.size())) == 1 &&
        EVP_DecryptUpdate(ctx.get(), bytes_of(plain), &len, bytes_of(*blob) + nonce_bytes, static_cast<int>(n)) == 1 &&
        EVP_CIPHER_CTX_ctrl(ctx.get(), EVP_CTRL_GCM_SET_TAG, tag_bytes, tag.data()) == 1 &&
        EVP_DecryptFinal_ex(ctx.get(), bytes_of(plain) + len, &len) == 1;
    if (!ok) return refused;
    return plain;
}

}  // namespace pushback::bot
