#pragma once
// Mustache for phrasings: kainjow's parser reads a text once (at load); the parsed tree is
// flattened into a few operations whose names are resolved to indices, and rendering walks those
// operations with plain string slots and boolean flags. Rendering follows kainjow's rules exactly
// (a line holding only section tags and blanks disappears), never HTML-escapes, and never re-reads
// a slot's value as a template: "{{x}}" in a user's message stays literal.

#include <cstdint>
#include <expected>
#include <map>
#include <optional>
#include <set>
#include <span>
#include <string>
#include <string_view>
#include <vector>

namespace pushback::templates::detail {

// A problem with `text` ("unknown slot {{foo}}", "invalid Mustache: ..."), or nullopt when every
// variable names one of `slots` and every section one of `flags`.
std::optional<std::string> check_mustache(std::string const& text, std::set<std::string, std::less<>> const& slots,
                                          std::set<std::string, std::less<>> const& flags);

class CompiledText {
  public:
    CompiledText() = default;

    // `text` parsed against a vocabulary: {{name}} is slot_names[i], {{#name}} is flag_names[j].
    // Fails like check_mustache() does.
    static std::expected<CompiledText, std::string> compile(std::string const& text,
                                                            std::span<std::string_view const> slot_names,
                                                            std::span<std::string_view const> flag_names);

    // Appends the rendering to `out`. values[i] fills slot_names[i], flags[j] is flag_names[j];
    // indices past the end count as an empty value or a false flag.
    void render_into(std::string& out, std::span<std::string const> values, std::span<bool const> flags) const;

  private:
    enum class Kind : std::uint8_t { text, newline, value, section, inverted };
    struct Op {
        Kind kind;
        std::uint32_t index = 0;  // value: slot index; section/inverted: flag index
        std::uint32_t end = 0;    // text/newline: end offset in text_; section/inverted: op after the section
        std::uint32_t start = 0;  // text/newline: start offset in text_
    };
    struct Line;
    friend struct Flattener;  // builds ops_ and text_ from kainjow's tree (mustache.cpp)
    void render_ops(std::size_t begin, std::size_t end, Line& line, std::span<std::string const> values,
                    std::span<bool const> flags) const;

    std::vector<Op> ops_;
    std::string text_;  // every literal piece, back to back
};

// Named slots and flags, for the texts rendered off the request path (guides, follow-up summaries,
// load-time size checks).
struct Slots {
    std::map<std::string, std::string, std::less<>> values;
    std::map<std::string, bool, std::less<>> flags;
};

// `text` rendered with `slots`; unknown names render as empty values and false flags.
std::string render_mustache(std::string const& text, Slots const& slots);

}  // namespace pushback::templates::detail
