// The compiled renderer against kainjow's own: the phrasings were written and reviewed against
// kainjow's rendering (a line with only section tags and blanks disappears; a skipped section's
// line stays), so the compiled form must give byte-identical output for every text and flag set.

#include "templates/detail/mustache.hpp"

#include <array>
#include <kainjow/mustache.hpp>
#include <random>

#include "support.hpp"

using namespace pushback::templates::detail;
namespace mstch = kainjow::mustache;

namespace {

constexpr std::array<std::string_view, 3> slot_names{"topic", "draft", "date"};
constexpr std::array<std::string_view, 3> flag_names{"a", "b", "c"};

std::string kainjow_render(std::string const& text, std::array<std::string, 3> const& values,
                           std::array<bool, 3> const& flags) {
    mstch::mustache tmpl{text};
    REQUIRE(tmpl.is_valid());
    tmpl.set_custom_escape([](std::string const& s) { return s; });
    mstch::data data;
    for (std::size_t i = 0; i < values.size(); ++i) data.set(std::string(slot_names[i]), values[i]);
    for (std::size_t i = 0; i < flags.size(); ++i) data.set(std::string(flag_names[i]), mstch::data{flags[i]});
    return tmpl.render(data);
}

std::string compiled_render(std::string const& text, std::array<std::string, 3> const& values,
                            std::array<bool, 3> const& flags) {
    auto compiled = CompiledText::compile(text, slot_names, flag_names);
    REQUIRE(compiled.has_value());
    std::string out = "kept:";  // render_into appends
    compiled->render_into(out, values, flags);
    REQUIRE(out.starts_with("kept:"));
    return out.substr(5);
}

void check_every_flag_set(std::string const& text, std::array<std::string, 3> const& values) {
    for (int bits = 0; bits < 8; ++bits) {
        std::array<bool, 3> const flags{(bits & 1) != 0, (bits & 2) != 0, (bits & 4) != 0};
        INFO("text: " << text << "\nflags: " << bits);
        CHECK(compiled_render(text, values, flags) == kainjow_render(text, values, flags));
    }
}

// A well-formed random text: words, blanks, line breaks (\n, \r\n), variables, comments and
// balanced, possibly nested, possibly inverted sections.
std::string random_text(std::mt19937& rng) {
    static constexpr std::array<std::string_view, 10> pieces{
        "word", " ", "  ", "\t", "\n", "\r\n", "{{topic}}", "{{{draft}}}", "{{& date}}", "{{! a note }}"};
    std::vector<std::string> open;
    std::string out;
    std::uniform_int_distribution<int> pick(0, 13);
    int const length = std::uniform_int_distribution<int>(0, 24)(rng);
    for (int i = 0; i < length; ++i) {
        int const p = pick(rng);
        if (p < 10) {
            out += pieces[p];
        } else if (p < 12 && open.size() < 3) {
            std::string const flag(flag_names[std::uniform_int_distribution<std::size_t>(0, 2)(rng)]);
            out += (p == 10 ? "{{#" : "{{^") + flag + "}}";
            open.push_back(flag);
        } else if (!open.empty()) {
            out += "{{/" + open.back() + "}}";
            open.pop_back();
        }
    }
    while (!open.empty()) {
        out += "{{/" + open.back() + "}}";
        open.pop_back();
    }
    return out;
}

}  // namespace

TEST_CASE("compiled phrasings render exactly as kainjow renders them", "[templates]") {
    std::array<std::string, 3> const values{"SSO", "“we can't”", "Friday"};
    for (std::string const text : {
             "",
             "plain text, no tags",
             "{{#a}}\nshown when a\n{{/a}}\nalways\n",
             "{{^a}}\nshown when not a\n{{/a}}\n",
             "  {{#a}}  \n  indented\n  {{/a}}  \nend",
             "inline {{#a}}yes{{/a}}{{^a}}no{{/a}} here\n",
             "{{#a}}{{#b}}\nboth\n{{/b}}{{/a}}\n",
             "{{#a}}\n\n{{/a}}\n\nparagraph",
             "line\r\n{{#b}}\r\nwindows\r\n{{/b}}\r\nend",
             "{{topic}} {{draft}} {{date}} {{unknown_is_checked_elsewhere_so_not_here}}",
             "{{! comment line }}\ntext\n{{#c}}{{topic}}{{/c}}",
             "{{#a}}no newline at the end{{/a}}",
             "  {{#a}}{{/a}}  \n",
         }) {
        if (text.find("unknown") != std::string::npos) continue;  // compile() refuses unknown names (below)
        check_every_flag_set(text, values);
    }
}

TEST_CASE("compiled rendering matches kainjow on random texts", "[templates]") {
    std::mt19937 rng(20261123);
    std::array<std::string, 3> const values{"{{topic}}", "", "a\nb"};  // values are never re-read as templates
    for (int i = 0; i < 1500; ++i) check_every_flag_set(random_text(rng), values);
}

TEST_CASE("compile refuses unknown names and bad Mustache, as the loader reports them", "[templates]") {
    auto const err = [](std::string const& text) {
        auto c = CompiledText::compile(text, slot_names, flag_names);
        REQUIRE_FALSE(c.has_value());
        return c.error();
    };
    CHECK(err("{{nope}}") == "unknown slot {{nope}}");
    CHECK(err("{{#z}}x{{/z}}") == "unknown flag {{#z}} (sections only test flags)");
    CHECK(err("{{>partial}}") == "partials ({{>partial}}) are not supported");
    CHECK(err("{{=<% %>=}}") == "changing delimiters ({{=...=}}) is not supported");
    CHECK(err("{{#a}}never closed").starts_with("invalid Mustache: "));
    CHECK(err("{{topic").starts_with("invalid Mustache: "));
}

TEST_CASE("render_mustache treats names it is not given as empty values and false flags", "[templates]") {
    Slots s;
    s.values["who"] = "Dana";
    s.flags["has_who"] = true;
    CHECK(render_mustache("{{#has_who}}with {{who}}{{/has_who}}{{^missing}}, always{{/missing}}{{other}}", s) ==
          "with Dana, always");
}
