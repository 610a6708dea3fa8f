#pragma once
// Every Slack surface the app answers, registered in Bolt's words. One function, used by the
// composition root (app/app.cpp), the dispatch fuzzer and the benchmarks, so they exercise exactly
// the routes production has.

#include "bot/router.hpp"
#include "handlers/deps.hpp"

namespace pushback::app {

void register_routes(bot::Router& router, handlers::Deps const& deps);

}  // namespace pushback::app
