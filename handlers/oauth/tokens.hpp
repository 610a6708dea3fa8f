#pragma once
// The installation store as the Web API client's token source (bot::TokenResolver): finds the installation
// of the tenant a call is for, opens its sealed token, and refreshes a rotating token before it expires,
// once across concurrent calls and replicas (the store's lease arbitrates; the others wait for the new
// token). Also seals the tokens of a new installation.

#include <boost/asio/awaitable.hpp>
#include <boost/json/object.hpp>
#include <chrono>
#include <functional>
#include <optional>

#include "bot/slack_api.hpp"
#include "bot/token_cipher.hpp"
#include "storage/store.hpp"
#include "util/clock.hpp"
#include "util/log.hpp"

namespace pushback::handlers::oauth {

// oauth.v2.access with the app's client credentials (bot::SlackClient::oauth_access, bound by the app).
using Exchange = std::function<boost::asio::awaitable<bot::SlackResult>(boost::json::object form)>;

// A rotating token is refreshed when it has less than this left (Slack's last 12 hours; Bolt's margin).
inline constexpr std::chrono::minutes refresh_margin{120};

// What a sealed token is bound to: its installation and its field.
std::string seal_context(std::string_view install_key, std::string_view field);

class InstallationTokens final : public bot::TokenResolver {
  public:
    // Every reference must outlive this object and every call it serves.
    InstallationTokens(storage::Store& store, bot::TokenCipher const& cipher, util::Clock const& clock,
                       util::Logger const& log, Exchange exchange);

    boost::asio::awaitable<std::expected<std::string, bot::SlackError>> bot_token(bot::Tenant tenant,
                                                                                  std::string rejected) override;

    // Seals the plain tokens into `installation` (sealed_bot_token, sealed_refresh_token).
    std::expected<void, std::string> seal(storage::Installation& installation, std::string_view bot_token,
                                          std::string_view refresh_token) const;

    // How long a waiter polls the store for another caller's refresh before giving up.
    std::chrono::milliseconds wait_limit{15'000};
    std::chrono::milliseconds poll_every{25};

  private:
    // One look at the store: a token (or an error) to answer with, a claimed refresh to do, or a wait.
    struct Step {
        bool done = false;
        std::expected<std::string, bot::SlackError> result;
        std::optional<storage::Installation> refresh;  // claimed: refresh this installation (result: its token)
        Step& finish(std::expected<std::string, bot::SlackError> r) {
            done = true;
            result = std::move(r);
            return *this;
        }
    };
    Step look(bot::Tenant const& tenant, std::string const& rejected, bool waited_enough) const;
    boost::asio::awaitable<std::expected<std::string, bot::SlackError>> refresh(storage::Installation const& found,
                                                                                std::string const& current);
    storage::Store& store_;
    bot::TokenCipher const& cipher_;
    util::Clock const& clock_;
    util::Logger const& log_;
    Exchange exchange_;
};

}  // namespace pushback::handlers::oauth
