#include "bot/blocks.hpp"

#include "util/mrkdwn.hpp"

namespace pushback::bot::blocks {
namespace json = boost::json;

std::string escape(std::string_view text) { return util::mrkdwn_escape(text); }
void escape_into(std::string& out, std::string_view text) { util::mrkdwn_escape_into(out, text); }

std::string unescape(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s.substr(i, 5) == "&amp;") {
            out += '&';
            i += 4;
        } else if (s.substr(i, 4) == "&lt;") {
            out += '<';
            i += 3;
        } else if (s.substr(i, 4) == "&gt;") {
            out += '>';
            i += 3;
        } else {
            out += s[i];
        }
    }
    return out;
}

json::object mrkdwn(std::string_view text) { return {{"type", "mrkdwn"}, {"text", text}}; }
json::object plain(std::string_view text) { return {{"type", "plain_text"}, {"text", text}, {"emoji", true}}; }

json::object section(std::string_view text) {
    return {{"type", "section"}, {"text", mrkdwn(truncate(text, max_section_text))}};
}

json::object section_fields(std::initializer_list<std::string> fields) {
    json::array arr;
    for (auto const& f : fields) arr.push_back(mrkdwn(truncate(f, 2000)));
    return {{"type", "section"}, {"fields", std::move(arr)}};
}

json::object header(std::string_view text) {
    return {{"type", "header"}, {"text", plain(truncate(text, max_header_text))}};
}

json::object context(std::string_view text) {
    return {{"type", "context"}, {"elements", json::array{mrkdwn(truncate(text, max_context_text))}}};
}

json::object divider() { return {{"type", "divider"}}; }

json::object button(std::string_view text, std::string_view action_id, std::string_view value, std::string_view style) {
    json::object b{{"type", "button"},
                   {"text", plain(truncate(text, max_button_text))},
                   {"action_id", action_id},
                   {"value", truncate(value, max_button_value)}};
    if (!style.empty()) b["style"] = style;
    return b;
}

json::object actions(std::string_view block_id, json::array elements) {
    return {{"type", "actions"}, {"block_id", block_id}, {"elements", std::move(elements)}};
}

json::object ephemeral(std::string_view text, json::array blocks) {
    json::object m{{"response_type", "ephemeral"}, {"text", text}};
    if (!blocks.empty()) m["blocks"] = std::move(blocks);
    return m;
}

json::object ephemeral_response(std::string_view text, json::array blocks) {
    json::object m{{"response_type", "ephemeral"}, {"replace_original", false}, {"text", text}};
    if (!blocks.empty()) m["blocks"] = std::move(blocks);
    return m;
}

void BlockArray::section(std::string_view text) { out_.push_back(bot::blocks::section(text)); }
void BlockArray::context(std::string_view text) { out_.push_back(bot::blocks::context(text)); }
void BlockArray::divider() { out_.push_back(bot::blocks::divider()); }

void BlockArray::actions(std::string_view block_id, std::initializer_list<Button> buttons) {
    json::array elements;
    for (auto const& b : buttons) elements.push_back(button(b.text, b.action_id, b.value, b.style));
    out_.push_back(bot::blocks::actions(block_id, std::move(elements)));
}

namespace {

// `text` cut to `max_bytes` as bot::blocks::truncate() cuts it, as a JSON string literal.
void append_fitted(std::string& out, std::string_view text, std::size_t max_bytes) {
    if (text.size() <= max_bytes) {
        append_json_string(out, text);
    } else {
        append_json_string(out, truncate(text, max_bytes));
    }
}

}  // namespace

BlockWriter::BlockWriter(std::string& out, std::string_view text) : out_(out) {
    out_ += R"({"response_type":"ephemeral","text":)";
    append_json_string(out_, text);
    out_ += R"(,"blocks":[)";
}

void BlockWriter::begin_block() {
    if (!first_) out_.push_back(',');
    first_ = false;
}

void BlockWriter::section(std::string_view text) {
    begin_block();
    out_ += R"({"type":"section","text":{"type":"mrkdwn","text":)";
    append_fitted(out_, text, max_section_text);
    out_ += "}}";
}

void BlockWriter::context(std::string_view text) {
    begin_block();
    out_ += R"({"type":"context","elements":[{"type":"mrkdwn","text":)";
    append_fitted(out_, text, max_context_text);
    out_ += "}]}";
}

void BlockWriter::divider() {
    begin_block();
    out_ += R"({"type":"divider"})";
}

void BlockWriter::actions(std::string_view block_id, std::initializer_list<Button> buttons) {
    begin_block();
    out_ += R"({"type":"actions","block_id":)";
    append_json_string(out_, block_id);
    out_ += R"(,"elements":[)";
    bool first = true;
    for (auto const& b : buttons) {
        if (!first) out_.push_back(',');
        first = false;
        out_ += R"({"type":"button","text":{"type":"plain_text","text":)";
        append_fitted(out_, b.text, max_button_text);
        out_ += R"(,"emoji":true},"action_id":)";
        append_json_string(out_, b.action_id);
        out_ += R"(,"value":)";
        append_fitted(out_, b.value, max_button_value);
        if (!b.style.empty()) {
            out_ += R"(,"style":)";
            append_json_string(out_, b.style);
        }
        out_.push_back('}');
    }
    out_ += "]}";
}

void BlockWriter::finish() { out_ += "]}"; }

namespace {

std::string text_of(json::value const* v) {
    if (!v) return {};
    if (v->is_string()) return std::string(v->get_string());
    if (v->is_object()) {
        if (auto const* t = v->get_object().if_contains("text"); t && t->is_string())
            return std::string(t->get_string());
    }
    return {};
}

void render_blocks(json::array const& blocks, std::string& out) {
    for (auto const& bv : blocks) {
        if (!bv.is_object()) continue;
        auto const& b = bv.get_object();
        auto const type = text_of(b.if_contains("type"));
        if (type == "section" || type == "header") {
            if (auto t = text_of(b.if_contains("text")); !t.empty()) out += unescape(t) + "\n";
            if (auto const* f = b.if_contains("fields"); f && f->is_array()) {
                for (auto const& fv : f->get_array()) out += unescape(text_of(&fv)) + "\n";
            }
            if (auto const* acc = b.if_contains("accessory"); acc && acc->is_object()) {
                if (auto t = text_of(acc->get_object().if_contains("text")); !t.empty()) out += "[" + t + "]\n";
            }
        } else if (type == "context") {
            if (auto const* e = b.if_contains("elements"); e && e->is_array()) {
                for (auto const& ev : e->get_array()) out += unescape(text_of(&ev)) + "\n";
            }
        } else if (type == "divider") {
            out += "----------------------------------------\n";
        } else if (type == "actions") {
            if (auto const* e = b.if_contains("elements"); e && e->is_array()) {
                std::string line;
                for (auto const& ev : e->get_array()) {
                    if (!ev.is_object()) continue;
                    if (!line.empty()) line += "  ";
                    line += "[" + text_of(ev.get_object().if_contains("text")) + "]";
                }
                out += line + "\n";
            }
        } else if (type == "input") {
            out += text_of(b.if_contains("label")) + ": ___\n";
        }
        out += "\n";
    }
}

}  // namespace

std::string render_text(json::value const& v) {
    std::string out;
    if (!v.is_object()) return out;
    auto const& o = v.get_object();
    if (auto t = text_of(o.if_contains("title")); !t.empty()) out += "== " + t + " ==\n\n";
    if (auto const* b = o.if_contains("blocks"); b && b->is_array()) {
        render_blocks(b->get_array(), out);
    } else if (auto t = text_of(o.if_contains("text")); !t.empty()) {
        out += unescape(t) + "\n";
    }
    while (out.ends_with("\n\n")) out.pop_back();
    return out;
}

}  // namespace pushback::bot::blocks
