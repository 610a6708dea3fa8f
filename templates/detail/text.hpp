#pragma once
// Text helpers for slot values and rendered phrasings: UTF-8 safe clipping, whitespace tidying and
// sizes counted the way Slack counts them once &, < and > are escaped.

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

namespace pushback::templates::detail {

// Bytes `text` takes once &, <, > are escaped for Slack.
std::size_t escaped_size(std::string_view text);

// Valid UTF-8 only (invalid bytes become U+FFFD), without control characters other than \n and \t.
std::string sanitize(std::string_view text);

// sanitize(), then one line: whitespace runs become one space, no space before , . ; : ! ? ),
// no leading or trailing space. For user text quoted inside a phrasing.
std::string squash(std::string_view text);

// At most `budget` escaped bytes, cut on a code point boundary and ending in "…" when cut.
std::string clip(std::string_view text, std::size_t budget);

// “text”, squashed and clipped so the whole quotation fits in `budget` escaped bytes; empty when
// there is nothing left to quote.
std::string quote(std::string_view text, std::size_t budget);

// "a", "a and b", "a, b and c".
std::string join_list(std::vector<std::string> const& items);

// Rendered phrasing clean-up: no double spaces, no space before punctuation, no trailing blanks on a
// line, at most one blank line in a row, no leading or trailing blank lines.
std::string tidy(std::string_view text);

}  // namespace pushback::templates::detail
