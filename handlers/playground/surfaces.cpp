#include "handlers/playground/surfaces.hpp"

#include <boost/json.hpp>

#include "bot/blocks.hpp"

namespace pushback::handlers::playground {
namespace json = boost::json;

namespace {

std::string string_at(json::object const& o, std::string_view key) {
    if (auto const* v = o.if_contains(key); v && v->is_string()) return std::string(v->get_string());
    return {};
}

json::object identity() {
    return {{"user", {{"id", user_id}, {"username", "you"}, {"team_id", team_id}}},
            {"team", {{"id", team_id}, {"domain", "playground"}}}};
}

}  // namespace

bot::SlashCommand slash_command(std::string_view text) {
    bot::SlashCommand c;
    c.team_id = team_id;
    c.user_id = user_id;
    c.user_name = "you";
    c.channel_id = channel_id;
    c.command = "/pushback";
    c.text = bot::blocks::escape(text);
    c.response_url = response_url;
    c.trigger_id = trigger_id;
    return c;
}

bot::Interaction reframe_action(std::string_view text) {
    bot::Interaction i;
    i.type = "message_action";
    i.team_id = team_id;
    i.user_id = user_id;
    i.trigger_id = trigger_id;
    i.response_url = response_url;
    i.callback_id = "reframe_this";
    i.payload = identity();
    i.payload["type"] = i.type;
    i.payload["callback_id"] = i.callback_id;
    i.payload["trigger_id"] = i.trigger_id;
    i.payload["response_url"] = i.response_url;
    i.payload["channel"] = {{"id", channel_id}, {"name", "playground"}};
    i.payload["message"] = {
        {"type", "message"}, {"user", other_user_id}, {"text", bot::blocks::escape(text)}, {"ts", "1767261600.000100"}};
    return i;
}

std::expected<bot::Interaction, std::string> interaction(json::object payload) {
    auto const type = string_at(payload, "type");
    if (type != "block_actions" && type != "view_submission" && type != "view_closed") {
        return std::unexpected("type must be block_actions, view_submission or view_closed");
    }
    bot::Interaction i;
    i.type = type;
    i.team_id = team_id;
    i.user_id = user_id;
    i.trigger_id = trigger_id;
    for (auto& [k, v] : identity()) payload[k] = v;
    payload["trigger_id"] = trigger_id;
    if (type == "block_actions") {
        auto const* actions = payload.if_contains("actions");
        if (!actions || !actions->is_array() || actions->get_array().empty() || !actions->get_array()[0].is_object()) {
            return std::unexpected("block_actions needs actions[0]");
        }
        i.action_id = string_at(actions->get_array()[0].get_object(), "action_id");
        // A button in a message answers through its response_url; one in a modal has none.
        if (!payload.contains("view")) {
            i.response_url = response_url;
            payload["response_url"] = response_url;
            payload["channel"] = {{"id", channel_id}, {"name", "playground"}};
        }
    }
    if (auto const* view = payload.if_contains("view"); view && view->is_object()) {
        if (type != "block_actions") i.callback_id = string_at(view->get_object(), "callback_id");
    } else if (type != "block_actions") {
        return std::unexpected(type + " needs a view");
    }
    i.payload = std::move(payload);
    return i;
}

json::object page_result(bot::Reply const& reply) {
    json::object ack{{"status", reply.status}};
    if (reply.content_type.starts_with("application/json")) {
        boost::system::error_code ec;
        auto v = json::parse(reply.body, ec);
        if (!ec)
            ack["json"] = std::move(v);
        else
            ack["text"] = reply.body;
    } else if (!reply.body.empty()) {
        ack["text"] = reply.body;
    }
    json::array calls;
    int after_ack = 0;
    for (auto const& f : reply.after_ack) {
        switch (f.kind) {
            case bot::AfterAck::Kind::api_call:
                calls.push_back({{"method", f.target}, {"body", f.body}});
                break;
            case bot::AfterAck::Kind::respond:
                calls.push_back({{"method", "response_url"}, {"body", f.body}});
                break;
            case bot::AfterAck::Kind::task:
                ++after_ack;
                break;
        }
    }
    return {{"ack", std::move(ack)}, {"calls", std::move(calls)}, {"after_ack", after_ack}};
}

}  // namespace pushback::handlers::playground
