#pragma once
// application/x-www-form-urlencoded bodies, as Slack sends slash commands and interactivity payloads.

#include <expected>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pushback::bot {

struct FormError {
    std::string message;  // "malformed %-escape at byte 12"
};

class Form {
  public:
    // Decodes `+` as space and `%XX` escapes; a truncated or non-hex escape is an error. Keys may
    // repeat; all pairs are kept in order.
    static std::expected<Form, FormError> decode(std::string_view body);

    // The first value of `key`, if present (Slack never repeats a key; first-wins makes a forged
    // duplicate harmless since the whole body is signed anyway).
    std::optional<std::string_view> get(std::string_view key) const;
    std::string_view get_or(std::string_view key, std::string_view fallback = {}) const;
    std::vector<std::string_view> all(std::string_view key) const;
    std::vector<std::pair<std::string, std::string>> const& pairs() const { return pairs_; }

  private:
    std::vector<std::pair<std::string, std::string>> pairs_;
};

// Encodes pairs as a form body (used by `pushback try` and tests to speak like Slack).
std::string encode_form(std::vector<std::pair<std::string, std::string>> const& pairs);

}  // namespace pushback::bot
