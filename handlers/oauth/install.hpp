#pragma once
// Slack's OAuth v2 install flow, served by the real server when the app is installable:
//   GET /slack/install         the "Add to Slack" page: a link to Slack's authorize URL with the client id, the
//                              bot scopes, the redirect URI and a fresh state, whose value is also set in a
//                              Secure, HttpOnly, SameSite=Lax cookie
//   GET /slack/oauth_redirect  Slack sends the browser back here: the state is checked first (signature, expiry,
//                              the cookie, single use), then the code is exchanged with oauth.v2.access and the
//                              installation stored with its tokens sealed; every outcome is a readable page.

#include <string_view>

#include "bot/receiver.hpp"
#include "handlers/oauth/settings.hpp"
#include "handlers/oauth/tokens.hpp"
#include "storage/store.hpp"
#include "util/clock.hpp"
#include "util/log.hpp"

namespace pushback::handlers::oauth {

class InstallPages {
  public:
    // Every reference must outlive this object and the requests it serves.
    InstallPages(Settings const& settings, storage::Store& store, InstallationTokens const& tokens, Exchange exchange,
                 util::Clock const& clock, util::Logger const& log);

    static bool is_install_target(std::string_view target);
    bot::Outcome handle(bot::HttpRequest const& request) const;

  private:
    bot::Outcome install_page() const;
    bot::Outcome redirect(std::string_view query, std::string_view cookie) const;

    Settings const& settings_;
    storage::Store& store_;
    InstallationTokens const& tokens_;
    Exchange exchange_;
    util::Clock const& clock_;
    util::Logger const& log_;
};

}  // namespace pushback::handlers::oauth
