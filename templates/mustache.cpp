#include "templates/detail/mustache.hpp"

#include <kainjow/mustache.hpp>

namespace pushback::templates::detail {

namespace mstch = kainjow::mustache;

std::optional<std::string> check_mustache(std::string const& text, std::set<std::string, std::less<>> const& slots,
                                          std::set<std::string, std::less<>> const& flags) {
    // kainjow's own parser builds the tag tree; walking it is how we learn the names a text uses
    // without parsing Mustache ourselves.
    mstch::component<std::string> root;
    std::string error;
    mstch::context<std::string> ctx;
    mstch::context_internal<std::string> internal{ctx};
    mstch::parser<std::string> parse{text, internal, root, error};
    if (!error.empty()) return "invalid Mustache: " + error;

    std::optional<std::string> problem;
    root.walk_children([&](mstch::component<std::string>& c) {
        auto const& tag = c.tag;
        switch (tag.type) {
            case mstch::tag_type::variable:
            case mstch::tag_type::unescaped_variable:
                if (!slots.contains(tag.name)) problem = "unknown slot {{" + tag.name + "}}";
                break;
            case mstch::tag_type::section_begin:
            case mstch::tag_type::section_begin_inverted:
                if (!flags.contains(tag.name))
                    problem = "unknown flag {{" + std::string(tag.type == mstch::tag_type::section_begin ? "#" : "^") +
                              tag.name + "}} (sections only test flags)";
                break;
            case mstch::tag_type::partial: problem = "partials ({{>" + tag.name + "}}) are not supported"; break;
            case mstch::tag_type::set_delimiter: problem = "changing delimiters ({{=...=}}) is not supported"; break;
            default: break;
        }
        return problem ? mstch::component<std::string>::walk_control::stop
                       : mstch::component<std::string>::walk_control::walk;
    });
    return problem;
}

std::string render_mustache(std::string const& text, Slots const& slots) {
    mstch::mustache tmpl{text};
    // Plain text out: no HTML entities. Values are strings, never lambdas, so kainjow inserts them
    // as they are and a "{{x}}" inside a user's message stays literal.
    tmpl.set_custom_escape([](std::string const& s) { return s; });
    mstch::data data;
    for (auto const& [name, value] : slots.values) data.set(name, mstch::data{value});
    for (auto const& [name, on] : slots.flags) data.set(name, mstch::data{on});
    return tmpl.render(data);
}

}  // namespace pushback::templates::detail
