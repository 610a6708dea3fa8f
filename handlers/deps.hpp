#pragma once
// What handlers depend on, built once by the composition root (app/app.cpp) and passed down; it outlives
// every request and every piece of after-ack work, so tasks may keep a reference to it.

#include <functional>

#include "bot/slack_api.hpp"
#include "storage/store.hpp"
#include "templates/library.hpp"
#include "util/clock.hpp"
#include "util/log.hpp"

namespace pushback::handlers {

struct Deps {
    templates::Library const& templates;
    storage::Store& store;
    bot::SlackApi& slack;  // only from after-ack work (co_await in a Reply::then_run task), never inline
    util::Clock const& clock;
    util::Logger const& log;
    // Wakes the reminder scheduler after a reminder was added or moved (may be empty in tests).
    std::function<void()> reminders_changed = [] {};
};

}  // namespace pushback::handlers
