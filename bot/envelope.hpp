#pragma once
// Socket Mode's messages from Slack, parsed: `hello`, `disconnect`, and the envelopes that carry what HTTP
// carries in a request body (`slash_commands`, `interactive`, `events_api`), each to be acknowledged with its
// `envelope_id`. Pure (no socket), so the fuzz target and unit tests drive it directly.

#include <boost/json/object.hpp>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

#include "bot/reply.hpp"

namespace pushback::bot {

struct Envelope {
    enum class Type { hello, disconnect, slash_commands, interactive, events_api, other };
    Type type = Type::other;
    std::string type_name;    // as Slack sent it ("slash_commands"); for logs
    std::string envelope_id;  // empty for hello and disconnect
    int retry_attempt = 0;    // events_api: 0 on the first delivery
    std::string retry_reason;
    boost::json::object payload;  // what HTTP would have carried as the body (form fields as a JSON object)
    std::string reason;           // disconnect: "refresh_requested", "warning", "link_disabled", ...
    int num_connections = 0;      // hello: how many connections the app has open
};

// Untrusted JSON, bounded: depth-limited (64); bytes that are not UTF-8 (only ever inside strings) become
// U+FFFD. nullopt when it is not JSON, or holds a number too large for a double (it would be written back as
// `Infinity`, which is not JSON). The receiver and the envelope parser both read Slack's JSON through it.
std::optional<boost::json::value> parse_untrusted_json(std::string_view text);

// One text frame from the Socket Mode connection. The error is a short description, never the frame's text.
std::expected<Envelope, std::string> parse_envelope(std::string_view text);

// The acknowledgement for `envelope_id`: {"envelope_id": ...}, with "payload" when `reply` carries a body
// (a slash command's message, a view submission's response_action), as HTTP would have answered it.
std::string envelope_ack(std::string_view envelope_id, Reply const& reply);

}  // namespace pushback::bot
