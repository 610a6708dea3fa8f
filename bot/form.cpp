#include "bot/form.hpp"

#include "util/hex.hpp"

namespace pushback::bot {
namespace {

std::expected<std::string, FormError> unescape(std::string_view in, std::size_t offset) {
    std::string out;
    out.reserve(in.size());
    for (std::size_t i = 0; i < in.size(); ++i) {
        char const c = in[i];
        if (c == '+') {
            out += ' ';
        } else if (c == '%') {
            if (i + 2 >= in.size()) {
                return std::unexpected(FormError{"truncated %-escape at byte " + std::to_string(offset + i)});
            }
            int const h = util::hex_value(in[i + 1]);
            int const l = util::hex_value(in[i + 2]);
            if (h < 0 || l < 0) {
                return std::unexpected(FormError{"malformed %-escape at byte " + std::to_string(offset + i)});
            }
            out += static_cast<char>(h * 16 + l);
            i += 2;
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace

std::expected<Form, FormError> Form::decode(std::string_view body) {
    Form form;
    std::size_t pos = 0;
    while (pos <= body.size()) {
        std::size_t const amp = body.find('&', pos);
        std::size_t const end = amp == std::string_view::npos ? body.size() : amp;
        std::string_view const pair = body.substr(pos, end - pos);
        if (!pair.empty()) {
            std::size_t const eq = pair.find('=');
            auto key = unescape(pair.substr(0, eq), pos);
            if (!key) return std::unexpected(key.error());
            std::string value;
            if (eq != std::string_view::npos) {
                auto v = unescape(pair.substr(eq + 1), pos + eq + 1);
                if (!v) return std::unexpected(v.error());
                value = std::move(*v);
            }
            form.pairs_.emplace_back(std::move(*key), std::move(value));
        }
        if (amp == std::string_view::npos) break;
        pos = amp + 1;
    }
    return form;
}

std::optional<std::string_view> Form::get(std::string_view key) const {
    for (auto const& [k, v] : pairs_) {
        if (k == key) return std::string_view{v};
    }
    return std::nullopt;
}

std::string_view Form::get_or(std::string_view key, std::string_view fallback) const {
    auto v = get(key);
    return v ? *v : fallback;
}

std::vector<std::string_view> Form::all(std::string_view key) const {
    std::vector<std::string_view> out;
    for (auto const& [k, v] : pairs_) {
        if (k == key) out.emplace_back(v);
    }
    return out;
}

std::string encode_form(std::vector<std::pair<std::string, std::string>> const& pairs) {
    std::string out;
    auto encode = [&](std::string_view s) {
        for (unsigned char c : s) {
            if ((c >= 'A' && c <= 'Z') || (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
                c == '.' || c == '~') {
                out += static_cast<char>(c);
            } else if (c == ' ') {
                out += '+';
            } else {
                out += '%';
                util::append_hex(out, c, util::HexCase::upper);
            }
        }
    };
    for (std::size_t i = 0; i < pairs.size(); ++i) {
        if (i) out += '&';
        encode(pairs[i].first);
        out += '=';
        encode(pairs[i].second);
    }
    return out;
}

}  // namespace pushback::bot
