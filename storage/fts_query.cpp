#include "storage/detail/fts_query.hpp"

#include "util/utf8.hpp"

namespace pushback::storage::detail {

std::vector<std::string_view> search_words(std::string_view words) {
    auto const is_word_byte = [](unsigned char c) {
        return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || c >= 0x80;
    };
    std::vector<std::string_view> tokens;
    std::size_t i = 0;
    while (i < words.size() && tokens.size() < max_search_words) {
        while (i < words.size() && !is_word_byte(static_cast<unsigned char>(words[i]))) ++i;
        auto const start = i;
        while (i < words.size() && is_word_byte(static_cast<unsigned char>(words[i]))) ++i;
        if (i > start) tokens.push_back(words.substr(start, i - start));
    }
    return tokens;
}

std::string fts_match_expression(std::string_view words) {
    std::string out;
    for (auto token : search_words(words.substr(0, max_search_bytes))) {
        if (!out.empty()) out += ' ';
        out += '"';
        for (char c : token) {
            if (c == '"') out += '"';  // cannot happen after the split above; kept as the FTS5 quoting rule
            out += c;
        }
        out += "\"*";
    }
    return out;
}

std::string tsquery_expression(std::string_view words) {
    // PostgreSQL refuses text that is not UTF-8; a broken byte becomes U+FFFD (a separator to its parser).
    auto const text = util::repair_utf8(words.substr(0, max_search_bytes));
    std::string out;
    for (auto token : search_words(text)) {
        if (!out.empty()) out += " & ";
        out += '\'';
        for (char c : token) {
            if (c == '\'' || c == '\\') out += '\\';  // cannot happen after the split; tsquery's quoting rule
            out += c;
        }
        out += "':*";
    }
    return out;
}

}  // namespace pushback::storage::detail
