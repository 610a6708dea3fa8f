#pragma once
// The two things done with kainjow's Mustache: checking which tags a text uses, and rendering it
// with string slots and boolean flags, never HTML-escaping and never re-reading a slot's value as
// a template.

#include <map>
#include <optional>
#include <set>
#include <string>
#include <string_view>

namespace pushback::templates::detail {

struct Slots {
    std::map<std::string, std::string, std::less<>> values;
    std::map<std::string, bool, std::less<>> flags;
};

// A problem with `text` ("unknown slot {{foo}}", "invalid Mustache: ..."), or nullopt when every
// variable names one of `slots` and every section one of `flags`.
std::optional<std::string> check_mustache(std::string const& text, std::set<std::string, std::less<>> const& slots,
                                          std::set<std::string, std::less<>> const& flags);

// `text` rendered; slot values are inserted verbatim.
std::string render_mustache(std::string const& text, Slots const& slots);

}  // namespace pushback::templates::detail
