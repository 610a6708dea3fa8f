#pragma once
// JSON text and payload helpers: one string escaper (Boost.JSON's rules, so hand-written JSON and
// boost::json::serialize agree byte for byte) and safe accessors for fields of untrusted objects.

#include <boost/json/object.hpp>
#include <functional>
#include <optional>
#include <string>
#include <string_view>

namespace pushback::util {

// Appends `text` to `out` as the inside of a JSON string literal, escaped exactly as
// boost::json::serialize escapes it: \" \\ \b \f \n \r \t, \u00XX for other control characters,
// every other byte as it is (callers that need valid UTF-8 repair it first).
void append_json_escaped(std::string& out, std::string_view text);
// The same with the quotes: `text` as a JSON string literal.
void append_json_string(std::string& out, std::string_view text);

// The string at `key`, or "" when the object is null, the key is absent or the value is not a string.
std::string string_at(boost::json::object const& o, std::string_view key);
std::string string_at(boost::json::object const* o, std::string_view key);
// The object at `key`, or nullptr when the object is null, the key is absent or the value is not an object.
boost::json::object const* object_at(boost::json::object const& o, std::string_view key);
boost::json::object const* object_at(boost::json::object const* o, std::string_view key);

// Reads JSON Lines: calls `row` with each non-blank line's object and its line number (from 1); a line
// that is not a JSON object, or an error `row` returns, stops the reading with "line N: what".
std::optional<std::string> json_lines(
    std::string_view jsonl,
    std::function<std::optional<std::string>(boost::json::object const&, int line_no)> const& row);

}  // namespace pushback::util
