#include "bot/receiver.hpp"

#include <boost/json.hpp>
#include <charconv>

#include "bot/envelope.hpp"
#include "bot/form.hpp"
#include "bot/signature.hpp"
#include "util/json.hpp"
#include "util/utf8.hpp"

namespace pushback::bot {
namespace json = boost::json;

namespace {

constexpr std::string_view events_path = "/slack/events";

std::string_view path_of(std::string_view target) {
    auto const q = target.find('?');
    return q == std::string_view::npos ? target : target.substr(0, q);
}

bool starts_with_ci(std::string_view s, std::string_view prefix) {
    if (s.size() < prefix.size()) return false;
    for (std::size_t i = 0; i < prefix.size(); ++i) {
        char a = s[i];
        if (a >= 'A' && a <= 'Z') a = static_cast<char>(a - 'A' + 'a');
        if (a != prefix[i]) return false;
    }
    return true;
}

Outcome bad_request(std::string kind, std::string detail) {
    return {Reply::text(400, "Bad request: " + detail + "\n"), RequestLog{std::move(kind), {}, {}, std::move(detail)}};
}

using util::object_at;
using util::string_at;

}  // namespace

Receiver::Receiver(std::string signing_secret, Router const& router, util::Clock const& clock,
                   std::function<bool(std::string_view)> first_delivery, std::function<Health()> health)
    : signing_secret_(std::move(signing_secret)),
      router_(router),
      clock_(clock),
      first_delivery_(std::move(first_delivery)),
      health_(std::move(health)) {}

Outcome Receiver::handle(HttpRequest const& req) const {
    auto const path = path_of(req.target);
    if (path == "/healthz") {
        if (req.method != "GET" && req.method != "HEAD") {
            return {Reply::text(405, "Method not allowed\n"), {"healthz", {}, {}, {}}};
        }
        if (!health_) return {Reply::json(json::object{{"status", "ok"}}), {"healthz", {}, {}, {}}};
        auto h = health_();
        return {Reply::json(h.body, h.ok ? 200 : 503), {"healthz", {}, {}, {}}};
    }
    if (path != events_path) return {Reply::text(404, "Not found\n"), {"not_found", {}, {}, {}}};
    if (req.method != "POST") return {Reply::text(405, "Method not allowed\n"), {"method", {}, {}, {}}};
    // Socket Mode without a signing secret: Slack sends nothing over HTTP, and an empty key would let anyone
    // sign a request.
    if (signing_secret_.empty()) {
        return {Reply::text(404, "Not found: Slack requests arrive over Socket Mode\n"),
                {"not_found", {}, {}, "no signing secret (Socket Mode)"}};
    }
    return handle_slack(req);
}

Outcome Receiver::handle_slack(HttpRequest const& req) const {
    auto verified =
        verify_slack_signature({req.slack_timestamp, req.slack_signature, req.body}, signing_secret_, clock_.now());
    if (!verified) {
        // No side effect at all before this point: nothing parsed, nothing stored, nothing called.
        return {Reply::text(401, "Invalid Slack signature\n"),
                RequestLog{"unauthenticated", {}, {}, std::string(describe(verified.error()))}};
    }
    if (starts_with_ci(req.content_type, "application/x-www-form-urlencoded")) return handle_form(req);
    if (starts_with_ci(req.content_type, "application/json")) return handle_json(req);
    return bad_request("unknown", "unsupported content type");
}

Outcome Receiver::handle_form(HttpRequest const& req) const {
    auto form = Form::decode(req.body);
    if (!form) return bad_request("form", form.error().message);

    if (auto payload = form->get("payload")) {
        auto parsed = parse_untrusted_json(*payload);
        if (!parsed || !parsed->is_object()) return bad_request("interaction", "payload is not a JSON object");
        return dispatch_interaction(std::move(parsed->get_object()));
    }

    if (form->get("command")) {
        // Every field, not just `text`: any of them may be echoed back to Slack (an unknown command is).
        auto const field = [&](std::string_view key) { return util::repair_utf8(form->get_or(key)); };
        SlashCommand c;
        c.command = field("command");
        c.team_id = field("team_id");
        c.enterprise_id = field("enterprise_id");
        c.enterprise_install = form->get_or("is_enterprise_install") == "true";
        c.user_id = field("user_id");
        c.user_name = field("user_name");
        c.channel_id = field("channel_id");
        c.text = field("text");
        c.response_url = field("response_url");
        c.trigger_id = field("trigger_id");
        return dispatch_command(std::move(c));
    }
    return bad_request("form", "form body has neither command nor payload");
}

Outcome Receiver::dispatch_command(SlashCommand c) const {
    if (c.team_id.empty() || c.user_id.empty()) return bad_request("command", "command lacks team_id or user_id");
    RequestLog log{"command", c.team_id, c.user_id, {}};
    auto d = router_.dispatch(c);
    if (!d.matched) log.detail = "unmatched";
    return {std::move(d.reply), std::move(log)};
}

Outcome Receiver::dispatch_interaction(json::object payload) const {
    Interaction in;
    in.payload = std::move(payload);
    auto const& p = in.payload;
    in.type = string_at(p, "type");
    if (auto const* team = object_at(p, "team")) in.team_id = string_at(*team, "id");
    if (auto const* enterprise = object_at(p, "enterprise")) in.enterprise_id = string_at(*enterprise, "id");
    if (auto const* org = p.if_contains("is_enterprise_install"); org && org->is_bool()) {
        in.enterprise_install = org->get_bool();
    }
    if (auto const* user = object_at(p, "user")) in.user_id = string_at(*user, "id");
    in.trigger_id = string_at(p, "trigger_id");
    in.response_url = string_at(p, "response_url");
    in.callback_id = string_at(p, "callback_id");
    if (auto const* view = object_at(p, "view"); view && in.callback_id.empty()) {
        in.callback_id = string_at(*view, "callback_id");
    }
    if (auto const* actions = p.if_contains("actions"); actions && actions->is_array()) {
        auto const& arr = actions->get_array();
        if (!arr.empty() && arr.front().is_object()) in.action_id = string_at(arr.front().get_object(), "action_id");
    }
    if (in.type.empty() || in.team_id.empty() || in.user_id.empty()) {
        return bad_request("interaction", "payload lacks type, team or user");
    }
    RequestLog log{in.type, in.team_id, in.user_id, {}};
    auto d = router_.dispatch(in);
    if (!d.matched) log.detail = "unmatched";
    return {std::move(d.reply), std::move(log)};
}

Outcome Receiver::handle_json(HttpRequest const& req) const {
    auto parsed = parse_untrusted_json(req.body);
    if (!parsed || !parsed->is_object()) return bad_request("event", "body is not a JSON object");
    auto& body = parsed->get_object();
    auto const type = string_at(body, "type");

    if (type == "url_verification") {
        auto const* challenge = body.if_contains("challenge");
        if (!challenge || !challenge->is_string()) return bad_request("url_verification", "missing challenge");
        return {Reply::json(json::object{{"challenge", challenge->get_string()}}), {"url_verification", {}, {}, {}}};
    }
    int retry_num = 0;
    if (!req.slack_retry_num.empty()) {
        std::from_chars(req.slack_retry_num.data(), req.slack_retry_num.data() + req.slack_retry_num.size(), retry_num);
    }
    return dispatch_event(std::move(body), retry_num);
}

Outcome Receiver::dispatch_event(json::object body, int retry_num) const {
    auto const type = string_at(body, "type");
    if (type != "event_callback") {
        // app_rate_limited and future types: acknowledge so Slack does not retry.
        return {Reply::ack(), RequestLog{"event:" + type, string_at(body, "team_id"), {}, "ignored"}};
    }

    EventCallback e;
    e.team_id = string_at(body, "team_id");
    e.enterprise_id = string_at(body, "enterprise_id");
    e.event_id = string_at(body, "event_id");
    // The installation the event was delivered for (Slack lists one, the app's own).
    if (auto const* auths = body.if_contains("authorizations"); auths && auths->is_array()) {
        auto const& arr = auths->get_array();
        if (!arr.empty() && arr.front().is_object()) {
            auto const& a = arr.front().get_object();
            if (auto t = string_at(a, "team_id"); !t.empty()) e.team_id = std::move(t);
            if (auto en = string_at(a, "enterprise_id"); !en.empty()) e.enterprise_id = std::move(en);
            if (auto const* org = a.if_contains("is_enterprise_install"); org && org->is_bool()) {
                e.enterprise_install = org->get_bool();
            }
        }
    }
    auto* event = body.if_contains("event");
    if (!event || !event->is_object() || e.team_id.empty() || e.event_id.empty()) {
        return bad_request("event", "event_callback lacks event, team_id or event_id");
    }
    e.event = std::move(event->get_object());
    e.event_type = string_at(e.event, "type");
    e.user_id = string_at(e.event, "user");
    e.retry_num = retry_num;
    RequestLog log{"event:" + e.event_type, e.team_id, e.user_id, {}};
    if (first_delivery_ && !first_delivery_(e.event_id)) {
        log.detail = "duplicate event";
        return {Reply::ack(), std::move(log)};
    }
    auto d = router_.dispatch(e);
    if (!d.matched) log.detail = "unmatched";
    return {std::move(d.reply), std::move(log)};
}

Outcome Receiver::handle_envelope(Envelope envelope) const {
    switch (envelope.type) {
        case Envelope::Type::slash_commands: {
            // The same fields as the HTTP form, as JSON strings (already valid UTF-8: parsed with repair).
            auto const& p = envelope.payload;
            SlashCommand c;
            c.command = string_at(p, "command");
            c.team_id = string_at(p, "team_id");
            c.enterprise_id = string_at(p, "enterprise_id");
            c.user_id = string_at(p, "user_id");
            c.user_name = string_at(p, "user_name");
            c.channel_id = string_at(p, "channel_id");
            c.text = string_at(p, "text");
            c.response_url = string_at(p, "response_url");
            c.trigger_id = string_at(p, "trigger_id");
            return dispatch_command(std::move(c));
        }
        case Envelope::Type::interactive:
            return dispatch_interaction(std::move(envelope.payload));
        case Envelope::Type::events_api:
            return dispatch_event(std::move(envelope.payload), envelope.retry_attempt);
        default:
            return {Reply::ack(), RequestLog{"envelope:" + envelope.type_name, {}, {}, "ignored"}};
    }
}

}  // namespace pushback::bot
