#include "util/json.hpp"

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

}  // namespace pushback::util
