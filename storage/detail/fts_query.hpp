#pragma once
// Turns a user's search words into a safe full-text query, for FTS5 (SQLite) and tsquery (PostgreSQL)
// alike (private to storage/, exposed for tests).

#include <string>
#include <string_view>
#include <vector>

namespace pushback::storage::detail {

inline constexpr std::size_t max_search_words = 16;
// Only the first this many bytes of the user's words are read (both builders below cut there first).
inline constexpr std::size_t max_search_bytes = 1000;

// Splits on anything that is not a letter or digit (ASCII) and keeps non-ASCII text; at most
// max_search_words words.
std::vector<std::string_view> search_words(std::string_view words);

// Each word becomes a quoted prefix phrase ("word"*), joined by spaces (all must match). FTS5 operators and
// syntax typed by the user ("OR", NEAR(, *, ", col:) therefore end up as plain words. Empty if there is
// nothing to search for.
std::string fts_match_expression(std::string_view words);

// The same for PostgreSQL's to_tsquery: 'word':* & 'word':* (quoted lexemes, prefix match, all must match);
// tsquery operators typed by the user (|, !, <->, :A) are plain text. Empty if there is nothing to search.
std::string tsquery_expression(std::string_view words);

}  // namespace pushback::storage::detail
