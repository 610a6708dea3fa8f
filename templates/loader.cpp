// Loading and validating the template files. Every problem is reported with the file it is in,
// because the person reading the error is a team member editing a TOML file, not a C++ developer.

#include <toml++/toml.h>

#include <algorithm>
#include <filesystem>
#include <fstream>
#include <regex>
#include <set>
#include <sstream>

#include "templates/detail/embedded.hpp"
#include "templates/detail/model.hpp"
#include "templates/detail/mustache.hpp"
#include "templates/detail/text.hpp"
#include "templates/library.hpp"
#include "util/mrkdwn.hpp"

namespace pushback::templates {

namespace {

using detail::Guide;
using detail::Template;
using Names = std::set<std::string, std::less<>>;

// One set of files (the built-in set, or an override directory) before merging.
struct Layer {
    std::map<std::string, Template, std::less<>> templates;
    std::map<std::string, Guide, std::less<>> guides;
    std::map<std::string, std::string, std::less<>> prompts;
    std::map<std::string, std::string, std::less<>> prompt_files;
};

struct File {
    std::string name;  // as shown in errors
    std::string content;
};

template <std::size_t N>
Names slot_names(std::array<detail::SlotSpec, N> const& specs) {
    Names out;
    for (auto const& s : specs) out.emplace(s.name);
    return out;
}

template <std::size_t N>
Names flag_names(std::array<std::string_view, N> const& flags) {
    Names out;
    for (auto f : flags) out.emplace(f);
    return out;
}

std::string join(Names const& names) {
    std::string out;
    for (auto const& n : names) out += (out.empty() ? "" : ", ") + n;
    return out;
}

bool is_id(std::string_view s) {
    static std::regex const re{"[a-z0-9]+(-[a-z0-9]+)*"};
    return s.size() <= 64 && std::regex_match(s.begin(), s.end(), re);
}

// The longest a text can render to: every slot at its longest value (or the longest prompt), with
// all flags on and then all flags off.
template <std::size_t N, std::size_t M>
std::size_t worst_case_size(std::string const& text, std::array<detail::SlotSpec, N> const& slots,
                            std::array<std::string_view, M> const& flags) {
    std::size_t worst = 0;
    for (bool const on : {true, false}) {
        detail::Slots s;
        for (auto const& spec : slots)
            s.values[std::string(spec.name)] = std::string(std::max(spec.max_size, detail::max_prompt_size), 'x');
        for (auto f : flags) s.flags[std::string(f)] = on;
        worst = std::max(worst, detail::escaped_size(detail::tidy(detail::render_mustache(text, s))));
    }
    return worst;
}

using Problem = std::optional<std::string>;

Problem check_keys(toml::table const& t, Names const& allowed, std::string const& what) {
    for (auto const& [key, _] : t) {
        if (!allowed.contains(key.str()))
            return what + ": unknown field '" + std::string(key.str()) + "' (expected one of: " + join(allowed) + ")";
    }
    return std::nullopt;
}

Problem get_string(toml::table const& t, std::string_view key, std::string const& what, bool required,
                   std::string& out) {
    auto const* node = t.get(key);
    if (!node)
        return required ? std::optional<std::string>(what + ": missing field '" + std::string(key) + "'")
                        : std::nullopt;
    auto const* s = node->as_string();
    if (!s) return what + ": field '" + std::string(key) + "' must be a string";
    out = s->get();
    if (detail::sanitize(out) != out) return what + ": field '" + std::string(key) + "' has control characters";
    if (required && out.find_first_not_of(" \t\n") == std::string::npos)
        return what + ": field '" + std::string(key) + "' is empty";
    return std::nullopt;
}

// A list of condition ids, each parsed with `parse`; `label` names the field in errors.
template <typename T, typename Parse>
Problem get_ids(toml::table const& when, std::string_view key, std::string const& what, Parse parse,
                std::vector<T>& out) {
    auto const* node = when.get(key);
    if (!node) return std::nullopt;
    auto const* arr = node->as_array();
    if (!arr) return what + ": when." + std::string(key) + " must be a list of ids";
    for (auto const& item : *arr) {
        auto const* s = item.as_string();
        if (!s) return what + ": when." + std::string(key) + " must be a list of ids";
        auto const v = parse(std::string_view(s->get()));
        if (!v) return what + ": unknown id '" + s->get() + "' in when." + std::string(key);
        if (std::find(out.begin(), out.end(), *v) == out.end()) out.push_back(*v);
    }
    return std::nullopt;
}

std::optional<detail::SbiPart> sbi_part_from_id(std::string_view s) {
    if (s == "situation") return detail::SbiPart::situation;
    if (s == "behavior" || s == "behaviour") return detail::SbiPart::behavior;
    if (s == "impact") return detail::SbiPart::impact;
    return std::nullopt;
}

Problem parse_when(toml::table const& when, std::string const& what, detail::Conditions& c) {
    static Names const keys{"reasons", "patterns", "missing", "kinds", "perspective", "vague", "offers_alternative"};
    if (auto p = check_keys(when, keys, what + " [when]")) return p;
    if (auto p = get_ids(when, "reasons", what, detector::reason_from_id, c.reasons)) return p;
    if (auto p = get_ids(when, "patterns", what, detector::pattern_from_id, c.patterns)) return p;
    if (auto p = get_ids(when, "missing", what, sbi_part_from_id, c.missing)) return p;
    if (auto p = get_ids(when, "kinds", what, detector::mood_from_id, c.kinds)) return p;
    if (auto const* node = when.get("perspective")) {
        auto const* s = node->as_string();
        std::string const v = s ? s->get() : "";
        if (v == "own_draft")
            c.perspective = Perspective::own_draft;
        else if (v == "reply_to_other")
            c.perspective = Perspective::reply_to_other;
        else if (v != "any")
            return what + R"(: when.perspective must be "own_draft", "reply_to_other" or "any")";
    }
    for (std::string_view key : {"vague", "offers_alternative"}) {
        if (auto const* node = when.get(key)) {
            auto const* b = node->as_boolean();
            if (!b) return what + ": when." + std::string(key) + " must be true or false";
            (key == "vague" ? c.vague : c.offers_alternative) = b->get();
        }
    }
    return std::nullopt;
}

Problem parse_template(toml::table const& t, std::size_t index, Template& out) {
    static Names const keys{"id", "family", "title", "why", "priority", "ammunition", "card", "text", "when"};
    std::string what = "template #" + std::to_string(index + 1);
    if (auto p = get_string(t, "id", what, true, out.id)) return p;
    if (!is_id(out.id)) return what + ": id '" + out.id + "' must be lower-case words joined by '-'";
    what = "template '" + out.id + "'";
    if (auto p = check_keys(t, keys, what)) return p;
    if (auto p = get_string(t, "family", what, true, out.family)) return p;
    if (!is_id(out.family)) return what + ": family '" + out.family + "' must be lower-case words joined by '-'";
    if (auto p = get_string(t, "title", what, true, out.title)) return p;
    if (out.title.size() >= max_title_size)
        return what + ": title is longer than " + std::to_string(max_title_size - 1);
    if (auto p = detail::check_mustache(out.title, {}, {})) return what + ": title: " + *p + " (titles are fixed text)";
    if (auto p = get_string(t, "why", what, false, out.why)) return p;
    if (out.why.size() > detail::max_why_size)
        return what + ": why is longer than " + std::to_string(detail::max_why_size);
    if (auto p = detail::check_mustache(out.why, {}, {})) return what + ": why: " + *p + " (why is fixed text)";

    auto const* prio = t.get("priority");
    if (!prio) return what + ": missing field 'priority'";
    auto const* prio_int = prio->as_integer();
    if (!prio_int || prio_int->get() < 0 || prio_int->get() > detail::max_priority)
        return what + ": priority must be a whole number from 0 to " + std::to_string(detail::max_priority);
    out.priority = static_cast<int>(prio_int->get());

    if (auto const* ammo = t.get("ammunition")) {
        auto const* b = ammo->as_boolean();
        if (!b) return what + ": ammunition must be true or false";
        out.ammunition = b->get();
    }
    if (auto const* card = t.get("card")) {
        auto const* b = card->as_boolean();
        if (!b) return what + ": card must be true or false";
        out.card = b->get();
    }

    if (auto p = get_string(t, "text", what, true, out.text)) return p;
    auto compiled = detail::CompiledText::compile(out.text, detail::reframing_slot_names, detail::reframing_flags);
    if (!compiled) return what + ": " + compiled.error();
    out.compiled = std::move(*compiled);
    if (auto const worst = worst_case_size(out.text, detail::reframing_slots, detail::reframing_flags);
        worst > max_text_size)
        return what + ": text can reach " + std::to_string(worst) + " characters with long slot values; the limit is " +
               std::to_string(max_text_size);

    if (auto const* when = t.get("when")) {
        auto const* tbl = when->as_table();
        if (!tbl) return what + ": when must be a table";
        if (auto p = parse_when(*tbl, what, out.when)) return p;
    }
    return std::nullopt;
}

Problem parse_guide(toml::table const& t, std::size_t index, Guide& out) {
    static Names const keys{"id", "text"};
    std::string what = "guide #" + std::to_string(index + 1);
    if (auto p = get_string(t, "id", what, true, out.id)) return p;
    what = "guide '" + out.id + "'";
    if (std::find(detail::guide_ids.begin(), detail::guide_ids.end(), out.id) == detail::guide_ids.end())
        return what + ": unknown guide (expected one of: " + join(flag_names(detail::guide_ids)) + ")";
    if (auto p = check_keys(t, keys, what)) return p;
    if (auto p = get_string(t, "text", what, true, out.text)) return p;
    bool const followup = out.id == "followup-summary";
    Names const slots = followup ? slot_names(detail::followup_slots) : Names{};
    Names const flags = followup ? flag_names(detail::followup_flags) : Names{};
    if (auto p = detail::check_mustache(out.text, slots, flags)) return what + ": " + *p;
    std::size_t const worst = followup ? worst_case_size(out.text, detail::followup_slots, detail::followup_flags)
                                       : detail::escaped_size(out.text);
    if (worst > max_text_size)
        return what + ": text can reach " + std::to_string(worst) + " characters; the limit is " +
               std::to_string(max_text_size);
    return std::nullopt;
}

Problem parse_prompts(toml::table const& t, std::map<std::string, std::string, std::less<>>& out) {
    static Names const known = [] {
        Names n = slot_names(detail::reframing_slots);
        n.merge(slot_names(detail::followup_slots));
        return n;
    }();
    for (auto const& [key, node] : t) {
        std::string const name(key.str());
        if (!known.contains(name))
            return "[prompts]: unknown slot '" + name + "' (expected one of: " + join(known) + ")";
        auto const* s = node.as_string();
        if (!s) return "[prompts]: " + name + " must be a string";
        std::string const v = s->get();
        if (v.size() < 3 || v.front() != '[' || v.back() != ']')
            return "[prompts]: " + name + " must be a visible prompt in brackets, like \"[when did this happen?]\"";
        if (v.size() > detail::max_prompt_size)
            return "[prompts]: " + name + " is longer than " + std::to_string(detail::max_prompt_size);
        if (detail::squash(v) != v || v.find("{{") != std::string::npos || v.find("}}") != std::string::npos)
            return "[prompts]: " + name + " must be one line of plain text";
        out[name] = v;
    }
    return std::nullopt;
}

// `line` is set to the line of the table at fault.
template <typename Fn>
Problem for_each_table(toml::node const& node, std::string const& label, int& line, Fn fn) {
    auto const* arr = node.as_array();
    if (!arr) return "'" + label + "' must be written as [[" + label + "]] tables";
    std::size_t i = 0;
    for (auto const& item : *arr) {
        line = static_cast<int>(item.source().begin.line);
        auto const* tbl = item.as_table();
        // NOLINTNEXTLINE(performance-inefficient-string-concatenation): an error message, built once
        if (!tbl) return "'" + label + "' must be written as [[" + label + "]] tables";
        if (auto p = fn(*tbl, i++)) return p;
    }
    return std::nullopt;
}

std::expected<void, LoadError> load_file(File const& file, Layer& layer) {
    int line = 0;
    auto const fail = [&](std::string problem) {
        return std::unexpected(LoadError{file.name, std::move(problem), line});
    };
    toml::table doc;
    try {
        doc = toml::parse(file.content, file.name);
    } catch (toml::parse_error const& e) {
        std::ostringstream msg;
        msg << "line " << e.source().begin.line << ", column " << e.source().begin.column
            << ": invalid TOML: " << e.description();
        line = static_cast<int>(e.source().begin.line);
        return fail(msg.str());
    }
    for (auto const& [key, node] : doc) {
        std::string_view const k = key.str();
        line = static_cast<int>(node.source().begin.line);
        Problem p;
        if (k == "template") {
            p = for_each_table(node, "template", line, [&](toml::table const& t, std::size_t i) -> Problem {
                Template tmpl;
                if (auto q = parse_template(t, i, tmpl)) return q;
                tmpl.file = file.name;
                if (auto it = layer.templates.find(tmpl.id); it != layer.templates.end())
                    return "duplicate id '" + tmpl.id + "' (also in " + it->second.file + ")";
                layer.templates.emplace(tmpl.id, std::move(tmpl));
                return std::nullopt;
            });
        } else if (k == "guide") {
            p = for_each_table(node, "guide", line, [&](toml::table const& t, std::size_t i) -> Problem {
                Guide g;
                if (auto q = parse_guide(t, i, g)) return q;
                g.file = file.name;
                if (auto it = layer.guides.find(g.id); it != layer.guides.end())
                    return "duplicate guide '" + g.id + "' (also in " + it->second.file + ")";
                layer.guides.emplace(g.id, std::move(g));
                return std::nullopt;
            });
        } else if (k == "prompts") {
            auto const* tbl = node.as_table();
            if (!tbl) return fail("'prompts' must be a table");
            std::map<std::string, std::string, std::less<>> found;
            p = parse_prompts(*tbl, found);
            for (auto& [name, value] : found) {
                if (!p) {
                    if (auto it = layer.prompt_files.find(name); it != layer.prompt_files.end())
                        p = "duplicate prompt '" + name + "' (also in " + it->second + ")";
                }
                layer.prompts[name] = value;
                layer.prompt_files[name] = file.name;
            }
        } else {
            p = "unknown top-level key '" + std::string(k) + "' (expected [[template]], [[guide]] or [prompts])";
        }
        if (p) return fail(*p);
    }
    return {};
}

std::expected<Layer, LoadError> load_layer(std::vector<File> const& files) {
    Layer layer;
    for (auto const& f : files) {
        if (auto r = load_file(f, layer); !r) return std::unexpected(r.error());
    }
    return layer;
}

std::expected<std::vector<File>, LoadError> read_dir(std::string const& dir) {
    namespace fs = std::filesystem;
    std::error_code ec;
    if (!fs::is_directory(dir, ec)) return std::unexpected(LoadError{dir, "not a readable directory"});
    std::vector<fs::path> paths;
    for (fs::directory_iterator it{dir, ec}, end; !ec && it != end; it.increment(ec)) {
        if (it->path().extension() == ".toml" && it->is_regular_file(ec)) paths.push_back(it->path());
    }
    if (ec) return std::unexpected(LoadError{dir, "cannot list directory: " + ec.message()});
    if (paths.empty()) return std::unexpected(LoadError{dir, "no *.toml template files in this directory"});
    std::sort(paths.begin(), paths.end());
    std::vector<File> files;
    for (auto const& p : paths) {
        std::ifstream in{p, std::ios::binary};
        std::ostringstream content;
        content << in.rdbuf();
        if (!in && !in.eof()) return std::unexpected(LoadError{p.string(), "cannot read file"});
        files.push_back({p.string(), content.str()});
    }
    return files;
}

std::string render_guide(Library::Impl const& impl, std::string_view id) {
    return util::mrkdwn_escape(detail::tidy(detail::render_mustache(impl.guides.find(id)->second.text, {})));
}

// Checks that need the whole merged set, then renders the fixed guides once.
std::expected<Library, LoadError> finish(Layer base, std::optional<Layer> over, std::string const& where) {
    auto impl = std::make_shared<Library::Impl>();
    impl->templates = std::move(base.templates);
    impl->guides = std::move(base.guides);
    impl->prompts = std::move(base.prompts);
    if (over) {
        for (auto& [id, t] : over->templates) impl->templates.insert_or_assign(id, std::move(t));
        for (auto& [id, g] : over->guides) impl->guides.insert_or_assign(id, std::move(g));
        for (auto& [name, p] : over->prompts) impl->prompts.insert_or_assign(name, std::move(p));
    }
    for (auto id : detail::guide_ids) {
        if (!impl->guides.contains(id)) return std::unexpected(LoadError{where, "no guide '" + std::string(id) + "'"});
    }
    for (auto const& spec : detail::reframing_slots) {
        if (!impl->prompts.contains(spec.name))
            return std::unexpected(
                LoadError{where, "no prompt for slot '" + std::string(spec.name) + "' in [prompts]"});
    }
    for (auto const& spec : detail::followup_slots) {
        if (!impl->prompts.contains(spec.name))
            return std::unexpected(
                LoadError{where, "no prompt for slot '" + std::string(spec.name) + "' in [prompts]"});
    }
    // The reframer promises at least two reframings for any message, including one whose only
    // reasons are illegitimate (where arguments for the case are held back).
    for (auto const p : {Perspective::own_draft, Perspective::reply_to_other}) {
        auto const n = std::count_if(impl->templates.begin(), impl->templates.end(), [&](auto const& kv) {
            auto const& t = kv.second;
            return t.when.unconditional() && !t.ammunition && !t.card &&
                   (!t.when.perspective || *t.when.perspective == p);
        });
        if (n < 2)
            return std::unexpected(LoadError{
                where, std::string("need at least two templates without conditions and without ammunition for ") +
                           (p == Perspective::own_draft ? "own_draft" : "reply_to_other") + " messages"});
    }
    impl->ladder = render_guide(*impl, "escalation-ladder");
    impl->checklist = render_guide(*impl, "decision-checklist");
    impl->help = render_guide(*impl, "help");
    return Library{std::shared_ptr<Library::Impl const>(std::move(impl))};
}

std::expected<Library, LoadError> load_with(std::vector<File> const& builtin, std::string const& builtin_where,
                                            std::optional<std::string> const& override_dir) {
    auto base = load_layer(builtin);
    if (!base) return std::unexpected(base.error());
    std::optional<Layer> over;
    if (override_dir) {
        auto files = read_dir(*override_dir);
        if (!files) return std::unexpected(files.error());
        auto layer = load_layer(*files);
        if (!layer) return std::unexpected(layer.error());
        over = std::move(*layer);
    }
    return finish(std::move(*base), std::move(over),
                  override_dir ? builtin_where + " + " + *override_dir : builtin_where);
}

}  // namespace

std::expected<Library, LoadError> Library::load(std::string const& builtin_dir,
                                                std::optional<std::string> const& override_dir) {
    auto files = read_dir(builtin_dir);
    if (!files) return std::unexpected(files.error());
    return load_with(*files, builtin_dir, override_dir);
}

std::expected<Library, LoadError> Library::load_builtin(std::optional<std::string> const& override_dir) {
    std::vector<File> files;
    for (auto const& [name, content] : embedded::phrasings())
        files.push_back({"templates/phrasings/" + std::string(name) + " (built in)", std::string(content)});
    return load_with(files, "templates/phrasings (built in)", override_dir);
}

}  // namespace pushback::templates
