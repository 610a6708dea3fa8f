#pragma once
// Tokens at rest: AES-256-GCM (OpenSSL) under a 32-byte key, each sealed value tagged with its key's id so
// keys can be rotated (new values are sealed with the current key; values sealed with an older key still open
// while that key is listed). A sealed value is bound to what it belongs to (`context`, e.g. the installation
// key and the field), so a sealed token copied to another row does not open there.
//
// Sealed text: "pbk1." + key id (8 hex digits, from SHA-256 of the key) + "." + base64(nonce | ciphertext | tag).

#include <expected>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pushback::bot {

class TokenCipher {
  public:
    // `current` and each of `previous`: 32 bytes in standard base64 (`openssl rand -base64 32`). The error
    // says what is wrong with which key, never the key.
    static std::expected<TokenCipher, std::string> from_base64(std::string_view current,
                                                               std::vector<std::string> const& previous = {});

    std::string const& key_id() const { return keys_.front().id; }

    // Fresh random nonce per call; fails only if OpenSSL does.
    std::expected<std::string, std::string> seal(std::string_view plaintext, std::string_view context) const;
    // Refuses (without saying more) a value that was altered, sealed for another context, or under an
    // unknown key.
    std::expected<std::string, std::string> open(std::string_view sealed, std::string_view context) const;

  private:
    struct Key {
        std::string id;
        std::string bytes;
    };
    explicit TokenCipher(std::vector<Key> keys) : keys_(std::move(keys)) {}
    std::vector<Key> keys_;  // front: the current key
};

// Standard base64 (with padding) and its inverse (nullopt-like error on anything else).
std::string base64_encode(std::string_view bytes);
std::expected<std::string, std::string> base64_decode(std::string_view text);

// `n` bytes from OpenSSL's CSPRNG.
std::expected<std::string, std::string> random_bytes(std::size_t n);

}  // namespace pushback::bot
