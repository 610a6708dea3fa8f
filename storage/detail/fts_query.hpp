#pragma once
// Turns a user's search words into a safe FTS5 MATCH expression (private to storage/, exposed for tests).

#include <string>
#include <string_view>

namespace pushback::storage::detail {

inline constexpr std::size_t max_search_words = 16;

// Splits on anything that is not a letter or digit (ASCII) and keeps non-ASCII text; each word becomes a
// quoted prefix phrase ("word"*), joined by spaces (all must match). FTS5 operators and syntax typed by the
// user ("OR", NEAR(, *, ", col:) therefore end up as plain words. Empty if there is nothing to search for.
std::string fts_match_expression(std::string_view words);

}  // namespace pushback::storage::detail
