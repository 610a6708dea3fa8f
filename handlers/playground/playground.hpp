#pragma once
// The local playground (local mode only): a page served from the binary that shows a reply the way
// Slack draws it. The page's requests become the same SlashCommand and Interaction values Slack's
// would, and go through the same routes and handlers, so it shows exactly what Slack would get.
// With PUSHBACK_TEMPLATES set, edited template files are loaded again on the next request.

#include <functional>
#include <memory>
#include <optional>
#include <string>

#include "bot/receiver.hpp"
#include "bot/reply.hpp"
#include "bot/router.hpp"
#include "handlers/deps.hpp"

namespace pushback::handlers::playground {

// The route table (app/routes.cpp), registered again whenever the templates are loaded again.
using RegisterRoutes = std::function<void(bot::Router&, Deps const&)>;

struct Options {
    std::optional<std::string> templates_dir;  // PUSHBACK_TEMPLATES: watched for edits
    RegisterRoutes register_routes;
};

// True for the paths the playground answers: "/", "/favicon.ico" and "/playground/...".
bool is_playground_target(std::string_view target);

class Playground {
  public:
    // `base` supplies the store, Slack client, clock and log (its templates are the ones loaded at
    // start); every reference must outlive the playground and the after-ack work it hands out.
    Playground(Deps const& base, Options options);
    ~Playground();
    Playground(Playground const&) = delete;
    Playground& operator=(Playground const&) = delete;

    // Any thread. Refuses (403) a Host that is not a loopback name and, for the API, any other origin.
    bot::Reply handle(bot::HttpRequest const& request);

    struct State;
    struct Impl;

  private:
    std::unique_ptr<Impl> impl_;
};

}  // namespace pushback::handlers::playground
