#include "util/json.hpp"

#include <boost/json/parse.hpp>

#include "util/hex.hpp"
#include "util/scan.hpp"

namespace pushback::util {

void append_json_escaped(std::string& out, std::string_view text) {
    std::size_t i = 0;
    while (true) {
        std::size_t const special = next_json_special(text, i);
        out.append(text.data() + i, special - i);
        if (special == text.size()) break;
        auto const c = static_cast<unsigned char>(text[special]);
        switch (c) {
            case '"':
                out += "\\\"";
                break;
            case '\\':
                out += "\\\\";
                break;
            case '\b':
                out += "\\b";
                break;
            case '\f':
                out += "\\f";
                break;
            case '\n':
                out += "\\n";
                break;
            case '\r':
                out += "\\r";
                break;
            case '\t':
                out += "\\t";
                break;
            default:
                out += "\\u00";
                append_hex(out, c);
        }
        i = special + 1;
    }
}

void append_json_string(std::string& out, std::string_view text) {
    out.push_back('"');
    append_json_escaped(out, text);
    out.push_back('"');
}

std::string string_at(boost::json::object const& o, std::string_view key) {
    if (auto const* v = o.if_contains(key); v && v->is_string()) return std::string(v->get_string());
    return {};
}

std::string string_at(boost::json::object const* o, std::string_view key) {
    return o ? string_at(*o, key) : std::string{};
}

boost::json::object const* object_at(boost::json::object const& o, std::string_view key) {
    if (auto const* v = o.if_contains(key); v && v->is_object()) return &v->get_object();
    return nullptr;
}

boost::json::object const* object_at(boost::json::object const* o, std::string_view key) {
    return o ? object_at(*o, key) : nullptr;
}

std::optional<std::string> json_lines(
    std::string_view jsonl,
    std::function<std::optional<std::string>(boost::json::object const&, int line_no)> const& row) {
    int line_no = 0;
    std::size_t pos = 0;
    while (pos < jsonl.size()) {
        auto eol = jsonl.find('\n', pos);
        if (eol == std::string_view::npos) eol = jsonl.size();
        auto const line = jsonl.substr(pos, eol - pos);
        pos = eol + 1;
        ++line_no;
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        boost::system::error_code ec;
        auto const v = boost::json::parse(line, ec);
        auto const err =
            ec || !v.is_object() ? std::optional<std::string>("not a JSON object") : row(v.get_object(), line_no);
        if (err) return "line " + std::to_string(line_no) + ": " + *err;
    }
    return std::nullopt;
}

}  // namespace pushback::util
