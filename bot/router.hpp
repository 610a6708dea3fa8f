#pragma once
// Dispatch by Bolt's vocabulary: command, shortcut, action, view, event. An unmatched request is
// answered (never dropped) and reported as unmatched so the receiver logs it.

#include <functional>
#include <string>
#include <unordered_map>

#include "bot/reply.hpp"
#include "bot/request.hpp"

namespace pushback::bot {

class Router {
  public:
    using CommandHandler = std::function<Reply(SlashCommand const&)>;
    using InteractionHandler = std::function<Reply(Interaction const&)>;
    using EventHandler = std::function<Reply(EventCallback const&)>;

    Router& command(std::string name, CommandHandler h);
    Router& shortcut(std::string callback_id, InteractionHandler h);  // message and global shortcuts
    Router& action(std::string action_id, InteractionHandler h);      // block_actions
    Router& view(std::string callback_id, InteractionHandler h);      // view_submission
    Router& view_closed(std::string callback_id, InteractionHandler h);
    Router& event(std::string type, EventHandler h);

    struct Dispatched {
        Reply reply;
        bool matched = true;
    };
    Dispatched dispatch(SlashCommand const& c) const;
    Dispatched dispatch(Interaction const& i) const;
    Dispatched dispatch(EventCallback const& e) const;

  private:
    std::unordered_map<std::string, CommandHandler> commands_;
    std::unordered_map<std::string, InteractionHandler> shortcuts_, actions_, views_, views_closed_;
    std::unordered_map<std::string, EventHandler> events_;
};

}  // namespace pushback::bot
