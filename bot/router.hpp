#pragma once
// Dispatch by Bolt's vocabulary: command, shortcut, action, view, event. An unmatched request is
// answered (never dropped) and reported as unmatched so the receiver logs it.

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>

#include "bot/reply.hpp"
#include "bot/request.hpp"

namespace pushback::bot {

// What the authorize step (Bolt's `authorize`) is asked before a handler runs: the installation a request is
// for, and what the request is.
struct Incoming {
    Tenant tenant;
    std::string_view kind;          // "command", "interaction" or "event"
    std::string_view name;          // the command, the interaction's type, or the event's type
    std::string_view response_url;  // where a request that cannot be served may be answered, if anywhere
};

class Router {
  public:
    // nullopt: serve the request (its Reply then carries the tenant, for after-ack work); a Reply: answer
    // that instead, no handler runs (a workspace that has not installed the app).
    using Authorize = std::function<std::optional<Reply>(Incoming const&)>;

    using CommandHandler = std::function<Reply(SlashCommand const&)>;
    using InteractionHandler = std::function<Reply(Interaction const&)>;
    using EventHandler = std::function<Reply(EventCallback const&)>;

    Router& command(std::string name, CommandHandler h);
    Router& shortcut(std::string callback_id, InteractionHandler h);  // message and global shortcuts
    Router& action(std::string action_id, InteractionHandler h);      // block_actions
    Router& view(std::string callback_id, InteractionHandler h);      // view_submission
    Router& view_closed(std::string callback_id, InteractionHandler h);
    Router& event(std::string type, EventHandler h);
    // Without one (single-workspace mode) every request is served and no Reply carries a tenant.
    Router& authorize(Authorize a);

    struct Dispatched {
        Reply reply;
        bool matched = true;
    };
    Dispatched dispatch(SlashCommand const& c) const;
    Dispatched dispatch(Interaction const& i) const;
    Dispatched dispatch(EventCallback const& e) const;

  private:
    // Runs the authorize step, then `serve`; tags the reply with the tenant.
    template <typename Serve>
    Dispatched authorized(Incoming const& in, Serve&& serve) const;
    Dispatched serve(SlashCommand const& c) const;
    Dispatched serve(Interaction const& i) const;
    Dispatched serve(EventCallback const& e) const;

    Authorize authorize_;
    std::unordered_map<std::string, CommandHandler> commands_;
    std::unordered_map<std::string, InteractionHandler> shortcuts_, actions_, views_, views_closed_;
    std::unordered_map<std::string, EventHandler> events_;
};

}  // namespace pushback::bot
