#include "bot/envelope.hpp"

#include <algorithm>
#include <boost/json.hpp>
#include <cmath>

#include "util/json.hpp"
#include "util/utf8.hpp"

namespace pushback::bot {
namespace json = boost::json;

namespace {

// Boost.JSON 1.81 reads a number too large for a double ("6e8535") as infinity and writes it back as `Infinity`,
// which is not JSON: a value holding one could never be echoed or stored and read again. Slack never sends one.
bool finite_numbers(json::value const& v) {
    switch (v.kind()) {
        case json::kind::double_:
            return std::isfinite(v.get_double());
        case json::kind::array:
            return std::all_of(v.get_array().begin(), v.get_array().end(), finite_numbers);
        case json::kind::object:
            return std::all_of(v.get_object().begin(), v.get_object().end(),
                               [](auto const& kv) { return finite_numbers(kv.value()); });
        default:
            return true;
    }
}

}  // namespace

std::optional<json::value> parse_untrusted_json(std::string_view text) {
    std::string repaired;
    if (!util::is_valid_utf8(text)) {
        repaired = util::repair_utf8(text);
        text = repaired;
    }
    json::parse_options opts;
    opts.max_depth = 64;
    boost::system::error_code ec;
    json::value v = json::parse(text, ec, json::storage_ptr{}, opts);
    if (ec || !finite_numbers(v)) return std::nullopt;
    return v;
}

namespace {

Envelope::Type type_of(std::string_view t) {
    if (t == "hello") return Envelope::Type::hello;
    if (t == "disconnect") return Envelope::Type::disconnect;
    if (t == "slash_commands") return Envelope::Type::slash_commands;
    if (t == "interactive") return Envelope::Type::interactive;
    if (t == "events_api") return Envelope::Type::events_api;
    return Envelope::Type::other;
}

int small_int_at(json::object const& o, std::string_view key) {
    auto const* v = o.if_contains(key);
    if (!v) return 0;
    if (v->is_int64()) {
        auto const n = v->get_int64();
        return n < 0 ? 0 : n > 1000 ? 1000 : static_cast<int>(n);
    }
    if (v->is_uint64()) return v->get_uint64() > 1000 ? 1000 : static_cast<int>(v->get_uint64());
    return 0;
}

}  // namespace

std::expected<Envelope, std::string> parse_envelope(std::string_view text) {
    auto parsed = parse_untrusted_json(text);
    if (!parsed) return std::unexpected("not JSON");
    if (!parsed->is_object()) return std::unexpected("not a JSON object");
    auto& o = parsed->get_object();
    Envelope e;
    e.type_name = util::string_at(o, "type");
    if (e.type_name.empty()) return std::unexpected("no type");
    e.type = type_of(e.type_name);
    e.envelope_id = util::string_at(o, "envelope_id");
    e.retry_attempt = small_int_at(o, "retry_attempt");
    e.retry_reason = util::string_at(o, "retry_reason");
    switch (e.type) {
        case Envelope::Type::hello:
            e.num_connections = small_int_at(o, "num_connections");
            break;
        case Envelope::Type::disconnect:
            e.reason = util::string_at(o, "reason");
            if (e.reason.empty()) e.reason = "unknown";
            break;
        case Envelope::Type::slash_commands:
        case Envelope::Type::interactive:
        case Envelope::Type::events_api:
            if (e.envelope_id.empty()) return std::unexpected("envelope without envelope_id");
            if (auto* p = o.if_contains("payload"); p && p->is_object()) e.payload = std::move(p->get_object());
            break;
        case Envelope::Type::other:
            break;
    }
    return e;
}

std::string envelope_ack(std::string_view envelope_id, Reply const& reply) {
    std::string out = "{\"envelope_id\":";
    util::append_json_string(out, envelope_id);
    // Only a successful answer has something for Slack to show; an error status (a malformed payload) is
    // acknowledged bare, so Slack neither retries it nor shows a half-answer.
    if (reply.status == 200 && !reply.body.empty()) {
        if (reply.content_type.starts_with("application/json")) {
            // The reply's body is JSON we serialized ourselves (Reply::json): embedded as it is.
            out += ",\"payload\":";
            out += reply.body;
        } else {
            out += R"(,"payload":{"text":)";
            util::append_json_string(out, reply.body);
            out += '}';
        }
    }
    out += '}';
    return out;
}

}  // namespace pushback::bot
