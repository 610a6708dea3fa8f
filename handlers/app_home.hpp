#pragma once
// The App Home tab: a short guide, the user's recent commitments (with Edit and Mark done) and
// pending follow-up reminders. Published with views.publish when the user opens the tab.

#include <boost/json/object.hpp>

#include "bot/reply.hpp"
#include "bot/request.hpp"
#include "handlers/deps.hpp"

namespace pushback::handlers {

boost::json::object home_view(storage::Owner const& owner, Deps const& deps);
bot::Reply app_home_opened(bot::EventCallback const& e, Deps const& deps);

}  // namespace pushback::handlers
