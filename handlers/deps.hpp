#pragma once
// What handlers depend on, built once by the composition root (app/app.cpp) and passed down.

#include <functional>

#include "util/clock.hpp"
#include "util/log.hpp"
#include "bot/slack_api.hpp"
#include "storage/store.hpp"
#include "templates/library.hpp"

namespace pushback::handlers {

struct Deps {
    templates::Library const& templates;
    storage::Store& store;
    bot::SlackApi& slack;  // only from follow-ups (after the acknowledgement), never inline
    util::Clock const& clock;
    util::Logger const& log;
    // Wakes the reminder scheduler after a reminder was added or moved (may be empty in tests).
    std::function<void()> reminders_changed = [] {};
};

}  // namespace pushback::handlers
