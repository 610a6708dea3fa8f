#pragma once
// Every Slack surface the app answers, registered in Bolt's words. One function, used by the
// composition root (bot/app.cpp), the dispatch fuzzer and the benchmarks, so they exercise exactly
// the routes production has.

#include "bot/router.hpp"
#include "handlers/deps.hpp"

namespace pushback::bot {

void register_routes(Router& router, handlers::Deps const& deps);

}  // namespace pushback::bot
