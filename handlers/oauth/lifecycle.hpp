#pragma once
// An installation's life in the router: Bolt's authorize step (a request from a workspace that has not
// installed the app gets a polite answer and is logged; no handler runs), the events that end an installation
// (app_uninstalled, tokens_revoked: tokens deleted at once, the team's data purged per PUSHBACK_PURGE_ON_UNINSTALL),
// and the hourly purge of uninstalled teams' data.

#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/steady_timer.hpp>
#include <memory>

#include "bot/router.hpp"
#include "handlers/oauth/settings.hpp"
#include "storage/store.hpp"
#include "util/clock.hpp"
#include "util/log.hpp"

namespace pushback::handlers::oauth {

inline constexpr std::string_view not_installed_text =
    "Pushback is not installed in this workspace. Ask a workspace admin to add it";

// Every reference must outlive the router.
bot::Router::Authorize authorize(storage::Store& store, Settings const& settings, util::Logger const& log);

void register_lifecycle(bot::Router& router, storage::Store& store, Settings const& settings, util::Clock const& clock,
                        util::Logger const& log);

// Purges the data of uninstalled teams whose time has come: once at start, then every hour.
class PurgeLoop {
  public:
    PurgeLoop(boost::asio::any_io_executor ex, storage::Store& store, util::Clock const& clock,
              util::Logger const& log);
    void start();
    void stop();  // any thread

  private:
    std::shared_ptr<boost::asio::steady_timer> timer_;
    storage::Store& store_;
    util::Clock const& clock_;
    util::Logger const& log_;
};

}  // namespace pushback::handlers::oauth
