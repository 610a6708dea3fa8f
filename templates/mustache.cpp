#include "templates/detail/mustache.hpp"

#include <kainjow/mustache.hpp>

#include <memory>
#include <unordered_map>

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

struct MustacheData::Impl {
    mstch::data data;
};

MustacheData::MustacheData(Slots const& slots) : impl(std::make_unique<Impl>()) {
    for (auto const& [name, value] : slots.values) impl->data.set(name, mstch::data{value});
    for (auto const& [name, on] : slots.flags) impl->data.set(name, mstch::data{on});
}

MustacheData::~MustacheData() = default;

namespace {

// kainjow's render() is not const, so each thread keeps its own parsed copies. Bounded: a team's
// override set is at most a few hundred templates; past the bound the cache starts over.
mstch::mustache& parsed(std::string const& text) {
    thread_local std::unordered_map<std::string, std::unique_ptr<mstch::mustache>> cache;
    auto it = cache.find(text);
    if (it == cache.end()) {
        if (cache.size() >= 1024) cache.clear();
        auto tmpl = std::make_unique<mstch::mustache>(text);
        // Plain text out: no HTML entities. Values are strings, never lambdas, so kainjow inserts
        // them as they are and a "{{x}}" inside a user's message stays literal.
        tmpl->set_custom_escape([](std::string const& s) { return s; });
        it = cache.emplace(text, std::move(tmpl)).first;
    }
    return *it->second;
}

}  // namespace

std::string render_mustache(std::string const& text, MustacheData const& data) {
    std::string out;
    out.reserve(text.size() + 256);
    parsed(text).render(data.impl->data, [&out](std::string const& piece) { out += piece; });
    return out;
}

std::string render_mustache(std::string const& text, Slots const& slots) {
    return render_mustache(text, MustacheData{slots});
}

}  // namespace pushback::templates::detail
