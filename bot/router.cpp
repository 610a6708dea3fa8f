#include "bot/router.hpp"

#include <boost/json/object.hpp>

namespace pushback::bot {

Router& Router::command(std::string name, CommandHandler h) {
    commands_[std::move(name)] = std::move(h);
    return *this;
}
Router& Router::shortcut(std::string callback_id, InteractionHandler h) {
    shortcuts_[std::move(callback_id)] = std::move(h);
    return *this;
}
Router& Router::action(std::string action_id, InteractionHandler h) {
    actions_[std::move(action_id)] = std::move(h);
    return *this;
}
Router& Router::view(std::string callback_id, InteractionHandler h) {
    views_[std::move(callback_id)] = std::move(h);
    return *this;
}
Router& Router::view_closed(std::string callback_id, InteractionHandler h) {
    views_closed_[std::move(callback_id)] = std::move(h);
    return *this;
}
Router& Router::event(std::string type, EventHandler h) {
    events_[std::move(type)] = std::move(h);
    return *this;
}

Router& Router::authorize(Authorize a) {
    authorize_ = std::move(a);
    return *this;
}

template <typename Serve>
Router::Dispatched Router::authorized(Incoming const& in, Serve&& serve) const {
    if (!authorize_) return serve();
    if (auto refused = authorize_(in)) return {std::move(*refused), true};
    auto d = serve();
    d.reply.tenant = std::make_shared<Tenant const>(in.tenant);
    return d;
}

Router::Dispatched Router::dispatch(SlashCommand const& c) const {
    Incoming const in{{c.enterprise_id, c.team_id, c.enterprise_install}, "command", c.command, c.response_url};
    return authorized(in, [&] { return serve(c); });
}

Router::Dispatched Router::dispatch(Interaction const& i) const {
    Incoming const in{{i.enterprise_id, i.team_id, i.enterprise_install}, "interaction", i.type, i.response_url};
    return authorized(in, [&] { return serve(i); });
}

Router::Dispatched Router::dispatch(EventCallback const& e) const {
    Incoming const in{{e.enterprise_id, e.team_id, e.enterprise_install}, "event", e.event_type, {}};
    return authorized(in, [&] { return serve(e); });
}

Router::Dispatched Router::serve(SlashCommand const& c) const {
    if (auto it = commands_.find(c.command); it != commands_.end()) return {it->second(c), true};
    // Answer visibly: the user typed something and deserves to know it went nowhere.
    return {Reply::json(boost::json::object{{"response_type", "ephemeral"},
                                            {"text", "Sorry, this app does not know the command " + c.command + "."}}),
            false};
}

Router::Dispatched Router::serve(Interaction const& i) const {
    auto find = [&](auto const& map, std::string const& key) -> InteractionHandler const* {
        auto it = map.find(key);
        return it == map.end() ? nullptr : &it->second;
    };
    InteractionHandler const* h = nullptr;
    if (i.type == "message_action" || i.type == "shortcut") {
        h = find(shortcuts_, i.callback_id);
    } else if (i.type == "block_actions") {
        h = find(actions_, i.action_id);
    } else if (i.type == "view_submission") {
        h = find(views_, i.callback_id);
    } else if (i.type == "view_closed") {
        h = find(views_closed_, i.callback_id);
    }
    if (h) return {(*h)(i), true};
    return {Reply::ack(), false};
}

Router::Dispatched Router::serve(EventCallback const& e) const {
    if (auto it = events_.find(e.event_type); it != events_.end()) return {it->second(e), true};
    // A 200 stops Slack retrying an event we will never handle.
    return {Reply::ack(), false};
}

}  // namespace pushback::bot
