#include "handlers/oauth/tokens.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

#include "util/json.hpp"

namespace pushback::handlers::oauth {

namespace net = boost::asio;
using TokenResult = std::expected<std::string, bot::SlackError>;

namespace {

// Long enough for one oauth.v2.access call with its retries; a replica that dies holding it only delays the
// others by this much.
constexpr std::chrono::seconds lease{30};

std::unexpected<bot::SlackError> problem(std::string what) {
    return std::unexpected(bot::SlackError{bot::SlackError::Kind::invalid_request, std::move(what)});
}

}  // namespace

std::string seal_context(std::string_view install_key, std::string_view field) {
    return std::string(field) + ":" + std::string(install_key);
}

InstallationTokens::InstallationTokens(storage::Store& store, bot::TokenCipher const& cipher, util::Clock const& clock,
                                       util::Logger const& log, Exchange exchange)
    : store_(store), cipher_(cipher), clock_(clock), log_(log), exchange_(std::move(exchange)) {}

std::expected<void, std::string> InstallationTokens::seal(storage::Installation& installation,
                                                          std::string_view bot_token,
                                                          std::string_view refresh_token) const {
    auto const key = installation.key();
    auto sealed = cipher_.seal(bot_token, seal_context(key, "bot_token"));
    if (!sealed) return std::unexpected(sealed.error());
    installation.sealed_bot_token = std::move(*sealed);
    installation.sealed_refresh_token.clear();
    if (!refresh_token.empty()) {
        auto sealed_refresh = cipher_.seal(refresh_token, seal_context(key, "refresh_token"));
        if (!sealed_refresh) return std::unexpected(sealed_refresh.error());
        installation.sealed_refresh_token = std::move(*sealed_refresh);
    }
    return {};
}

InstallationTokens::Step InstallationTokens::look(bot::Tenant const& tenant, std::string const& rejected,
                                                  bool waited_enough) const {
    Step step;
    auto found = store_.find_installation(tenant.enterprise_id, tenant.team_id, tenant.enterprise_install);
    if (!found) return step.finish(problem("installation store: " + found.error().message));
    if (!*found) return step.finish(problem("not_installed"));
    auto const& inst = **found;
    auto token = cipher_.open(inst.sealed_bot_token, seal_context(inst.key(), "bot_token"));
    if (!token) {
        log_.error("stored bot token does not open (wrong PUSHBACK_ENCRYPTION_KEY?)", {{"team", inst.key()}});
        return step.finish(problem("token_unreadable"));
    }
    bool const rotating = !inst.sealed_refresh_token.empty() && inst.bot_token_expires_at.has_value();
    bool const refused = !rejected.empty() && *token == rejected;
    auto const now = std::chrono::floor<std::chrono::seconds>(clock_.now());
    bool const expiring = rotating && *inst.bot_token_expires_at - now <= refresh_margin;
    if (!rotating && refused) return step.finish(problem("token_expired"));
    if (!expiring && !refused) return step.finish(std::move(*token));

    auto claimed = store_.claim_token_refresh(inst.key(), *inst.bot_token_expires_at, now, now + lease);
    if (!claimed) return step.finish(problem("installation store: " + claimed.error().message));
    if (*claimed) {
        step.refresh = std::move(*found);
        step.result = std::move(*token);
        return step;
    }
    // Another request or replica is refreshing: wait for its new token, then read it from the store.
    if (waited_enough) {
        if (*inst.bot_token_expires_at > now && !refused) return step.finish(std::move(*token));
        return step.finish(problem("token refresh did not finish in time"));
    }
    return step;  // wait
}

net::awaitable<TokenResult> InstallationTokens::bot_token(bot::Tenant tenant, std::string rejected) {
    auto const give_up = std::chrono::steady_clock::now() + wait_limit;
    for (;;) {
        auto step = look(tenant, rejected, std::chrono::steady_clock::now() >= give_up);
        if (step.done) co_return std::move(step.result);
        if (step.refresh) co_return co_await refresh(*step.refresh, *step.result);
        net::steady_timer timer(co_await net::this_coro::executor);
        timer.expires_after(poll_every);
        co_await timer.async_wait(net::as_tuple(net::use_awaitable));
    }
}

net::awaitable<TokenResult> InstallationTokens::refresh(storage::Installation const& found,
                                                        std::string const& current) {
    auto const key = found.key();
    auto const now = std::chrono::floor<std::chrono::seconds>(clock_.now());
    auto give_back = [&](std::string const& why) -> TokenResult {
        (void)store_.release_token_refresh(key);
        log_.warn("token refresh failed", {{"team", key}, {"error", why}});
        if (*found.bot_token_expires_at > now) return current;  // still good for a while: the next call retries
        return problem("token refresh failed: " + why);
    };
    auto refresh_token = cipher_.open(found.sealed_refresh_token, seal_context(key, "refresh_token"));
    if (!refresh_token) co_return give_back("stored refresh token does not open");
    boost::json::object form;
    form["grant_type"] = "refresh_token";
    form["refresh_token"] = *refresh_token;
    auto answer = co_await exchange_(std::move(form));
    if (!answer) co_return give_back(answer.error().message());
    auto access = util::string_at(*answer, "access_token");
    auto next_refresh = util::string_at(*answer, "refresh_token");
    std::int64_t expires_in = 0;
    if (auto const* e = answer->if_contains("expires_in"); e && e->is_int64()) expires_in = e->get_int64();
    if (access.empty() || next_refresh.empty() || expires_in <= 0)
        co_return give_back("oauth.v2.access answered without a token, refresh token or expiry");
    storage::Installation sealed = found;
    if (auto ok = seal(sealed, access, next_refresh); !ok) co_return give_back(ok.error());
    auto const expires_at = now + std::chrono::seconds{expires_in};
    if (auto saved =
            store_.finish_token_refresh(key, sealed.sealed_bot_token, sealed.sealed_refresh_token, expires_at, now);
        !saved) {
        co_return give_back("installation store: " + saved.error().message);
    }
    log_.info("bot token refreshed", {{"team", key}});
    co_return access;
}

}  // namespace pushback::handlers::oauth
