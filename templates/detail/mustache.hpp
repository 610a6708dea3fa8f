#pragma once
// The two things done with kainjow's Mustache: checking which tags a text uses, and rendering it
// with string slots and boolean flags, never HTML-escaping and never re-reading a slot's value as
// a template.

#include <map>
#include <memory>
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

// Slots converted once into Mustache's data model, for rendering several templates with them.
class MustacheData {
public:
    explicit MustacheData(Slots const& slots);
    ~MustacheData();
    MustacheData(MustacheData const&) = delete;
    MustacheData& operator=(MustacheData const&) = delete;
    struct Impl;
    std::unique_ptr<Impl> impl;
};

// `text` rendered; slot values are inserted verbatim. Parsed templates are cached per thread
// (keyed by their text), so a template is parsed once per thread, not once per render.
std::string render_mustache(std::string const& text, MustacheData const& data);
std::string render_mustache(std::string const& text, Slots const& slots);

}  // namespace pushback::templates::detail
