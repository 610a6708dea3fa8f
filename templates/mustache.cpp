#include "templates/detail/mustache.hpp"

#include <algorithm>
#include <kainjow/mustache.hpp>
#include <memory>

namespace pushback::templates::detail {

namespace mstch = kainjow::mustache;
using Component = mstch::component<std::string>;

namespace {

// kainjow's own parser builds the tag tree; walking it is how we learn the names a text uses
// without parsing Mustache ourselves.
std::expected<Component, std::string> parse(std::string const& text) {
    Component root;
    std::string error;
    mstch::context<std::string> ctx;
    mstch::context_internal<std::string> internal{ctx};
    mstch::parser<std::string> parser{text, internal, root, error};
    if (!error.empty()) return std::unexpected("invalid Mustache: " + error);
    return root;
}

template <typename Known>
std::optional<std::string> problem_in(Component& root, Known&& slot_known, Known&& flag_known) {
    std::optional<std::string> problem;
    root.walk_children([&](Component& c) {
        auto const& tag = c.tag;
        switch (tag.type) {
            case mstch::tag_type::variable:
            case mstch::tag_type::unescaped_variable:
                if (!slot_known(tag.name)) problem = "unknown slot {{" + tag.name + "}}";
                break;
            case mstch::tag_type::section_begin:
            case mstch::tag_type::section_begin_inverted:
                if (!flag_known(tag.name))
                    problem = "unknown flag {{" + std::string(tag.type == mstch::tag_type::section_begin ? "#" : "^") +
                              tag.name + "}} (sections only test flags)";
                break;
            case mstch::tag_type::partial:
                problem = "partials ({{>" + tag.name + "}}) are not supported";
                break;
            case mstch::tag_type::set_delimiter:
                problem = "changing delimiters ({{=...=}}) is not supported";
                break;
            default:
                break;
        }
        return problem ? Component::walk_control::stop : Component::walk_control::walk;
    });
    return problem;
}

std::uint32_t index_of(std::span<std::string_view const> names, std::string_view name) {
    return static_cast<std::uint32_t>(std::find(names.begin(), names.end(), name) - names.begin());
}

}  // namespace

std::optional<std::string> check_mustache(std::string const& text, std::set<std::string, std::less<>> const& slots,
                                          std::set<std::string, std::less<>> const& flags) {
    auto root = parse(text);
    if (!root) return root.error();
    auto const in = [](auto const& set) { return [&set](std::string const& n) { return set.contains(n); }; };
    return problem_in(*root, in(slots), in(flags));
}

struct Flattener {
    static CompiledText run(Component const& root, std::span<std::string_view const> slot_names,
                            std::span<std::string_view const> flag_names);
};

// The state kainjow keeps per output line: where the line starts in the output, and whether a
// section tag was on it (such a line, when left blank, is dropped with its line break).
struct CompiledText::Line {
    std::string& out;
    std::size_t start;
    bool tagged = false;

    bool droppable() const {
        return tagged && std::all_of(out.begin() + static_cast<std::ptrdiff_t>(start), out.end(),
                                     [](char c) { return c == ' ' || c == '\t'; });
    }
};

std::expected<CompiledText, std::string> CompiledText::compile(std::string const& text,
                                                               std::span<std::string_view const> slot_names,
                                                               std::span<std::string_view const> flag_names) {
    auto root = parse(text);
    if (!root) return std::unexpected(root.error());
    auto const in = [](std::span<std::string_view const> names) {
        return [names](std::string const& n) { return index_of(names, n) < names.size(); };
    };
    if (auto p = problem_in(*root, in(slot_names), in(flag_names))) return std::unexpected(*p);
    return Flattener::run(*root, slot_names, flag_names);
}

CompiledText Flattener::run(Component const& root, std::span<std::string_view const> slot_names,
                            std::span<std::string_view const> flag_names) {
    using Kind = CompiledText::Kind;
    CompiledText out;
    bool mergeable = false;  // the last op is a text op at the current level
    // Depth-first, children right after their section, which records where its children end. A
    // name outside the vocabulary gets an index past its end: an empty value, a false flag.
    auto const walk = [&](auto const& self, Component const& parent) -> void {
        for (auto const& c : parent.children) {
            switch (c.tag.type) {
                case mstch::tag_type::text: {
                    auto const start = static_cast<std::uint32_t>(out.text_.size());
                    out.text_ += c.text;
                    auto const end = static_cast<std::uint32_t>(out.text_.size());
                    Kind const kind = c.is_newline() ? Kind::newline : Kind::text;
                    // kainjow splits text at every blank; rendering needs only line breaks apart.
                    if (kind == Kind::text && mergeable) {
                        out.ops_.back().end = end;
                    } else {
                        out.ops_.push_back({kind, 0, end, start});
                    }
                    mergeable = kind == Kind::text;
                    break;
                }
                case mstch::tag_type::variable:
                case mstch::tag_type::unescaped_variable:
                    out.ops_.push_back({Kind::value, index_of(slot_names, c.tag.name)});
                    mergeable = false;
                    break;
                case mstch::tag_type::section_begin:
                case mstch::tag_type::section_begin_inverted: {
                    std::size_t const at = out.ops_.size();
                    out.ops_.push_back({c.tag.type == mstch::tag_type::section_begin ? Kind::section : Kind::inverted,
                                        index_of(flag_names, c.tag.name)});
                    mergeable = false;
                    self(self, c);
                    out.ops_[at].end = static_cast<std::uint32_t>(out.ops_.size());
                    mergeable = false;  // never into the section's last child
                    break;
                }
                default:
                    break;  // comments
            }
        }
    };
    walk(walk, root);
    return out;
}

void CompiledText::render_ops(std::size_t begin, std::size_t end, Line& line, std::span<std::string const> values,
                              std::span<bool const> flags) const {
    for (std::size_t i = begin; i < end; ++i) {
        Op const& op = ops_[i];
        switch (op.kind) {
            case Kind::text:
                line.out.append(text_, op.start, op.end - op.start);
                break;
            case Kind::newline:
                if (line.droppable()) {
                    line.out.resize(line.start);
                } else {
                    line.out.append(text_, op.start, op.end - op.start);
                }
                line.start = line.out.size();
                line.tagged = false;
                break;
            case Kind::value:
                if (op.index < values.size()) line.out += values[op.index];
                break;
            case Kind::section:
            case Kind::inverted: {
                bool const on = op.index < flags.size() && flags[op.index];
                if (on == (op.kind == Kind::section)) {
                    line.tagged = true;
                    render_ops(i + 1, op.end, line, values, flags);
                    line.tagged = true;
                }
                i = op.end - 1;
                break;
            }
        }
    }
}

void CompiledText::render_into(std::string& out, std::span<std::string const> values,
                               std::span<bool const> flags) const {
    std::size_t const origin = out.size();
    Line line{out, origin};
    render_ops(0, ops_.size(), line, values, flags);
    if (line.droppable()) out.resize(line.start);
}

std::string render_mustache(std::string const& text, Slots const& slots) {
    auto root = parse(text);
    if (!root) return {};
    std::vector<std::string_view> slot_names, flag_names;
    std::vector<std::string> values;
    for (auto const& [name, value] : slots.values) {
        slot_names.push_back(name);
        values.push_back(value);
    }
    // NOLINTNEXTLINE(modernize-avoid-c-arrays): a bool buffer for std::span<bool const>; vector<bool> has none
    auto flags = std::make_unique<bool[]>(slots.flags.size());
    for (auto const& [name, on] : slots.flags) {
        flags[flag_names.size()] = on;
        flag_names.push_back(name);
    }
    std::string out;
    Flattener::run(*root, slot_names, flag_names)
        .render_into(out, values, std::span<bool const>(flags.get(), flag_names.size()));
    return out;
}

}  // namespace pushback::templates::detail
