#include "handlers/oauth/lifecycle.hpp"

#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json.hpp>

#include "util/json.hpp"
#include "util/log_escaped.hpp"

namespace pushback::handlers::oauth {

namespace json = boost::json;
namespace net = boost::asio;

namespace {

bool ends_installation(bot::Incoming const& in) {
    return in.kind == "event" && (in.name == "app_uninstalled" || in.name == "tokens_revoked");
}

storage::Seconds now_of(util::Clock const& clock) { return std::chrono::floor<std::chrono::seconds>(clock.now()); }

std::string install_key(bot::EventCallback const& e) { return e.enterprise_install ? e.enterprise_id : e.team_id; }

void forget_tokens(storage::Store& store, bot::EventCallback const& e, std::string_view why, util::Logger const& log) {
    auto const key = install_key(e);
    auto const deleted = store.delete_installation(key);
    if (!deleted) {
        log.error("oauth: tokens not deleted", {{"team", key}, {"event", why}, {"error", deleted.error().message}});
    } else {
        log.info("oauth: tokens deleted", {{"team", key}, {"event", why}, {"found", *deleted ? "true" : "false"}});
    }
}

}  // namespace

bot::Router::Authorize authorize(storage::Store& store, Settings const& settings, util::Logger const& log) {
    return [&store, &settings, &log](bot::Incoming const& in) -> std::optional<bot::Reply> {
        if (ends_installation(in)) return std::nullopt;
        auto const& t = in.tenant;
        auto found = store.find_installation(t.enterprise_id, t.team_id, t.enterprise_install);
        std::string text;
        if (!found) {
            log.error("oauth: installation not checked", {{"team", t.team_id}, {"error", found.error().message}});
            text = "Pushback could not check this workspace's installation just now. Please try again in a minute.";
        } else if (*found) {
            return std::nullopt;
        } else {
            log.warn("request from a workspace without an installation",
                     {{"team", t.team_id}, {"enterprise", t.enterprise_id}, {"kind", in.kind}});
            text = std::string(not_installed_text) + ": " + settings.public_url + "/slack/install";
        }
        json::object message{{"response_type", "ephemeral"}, {"replace_original", false}, {"text", text}};
        if (in.kind == "command") return bot::Reply::json(message);
        auto reply = bot::Reply::ack();
        if (in.kind == "interaction" && !in.response_url.empty())
            reply.then_respond(std::string(in.response_url), std::move(message));
        return reply;
    };
}

void register_lifecycle(bot::Router& router, storage::Store& store, Settings const& settings, util::Clock const& clock,
                        util::Logger const& log) {
    router.event("app_uninstalled", [&store, &settings, &clock, &log](bot::EventCallback const& e) {
        forget_tokens(store, e, "app_uninstalled", log);
        if (settings.purge_after && !e.team_id.empty() && !e.enterprise_install) {
            auto const now = now_of(clock);
            if (auto s = store.schedule_purge(e.team_id, now + *settings.purge_after); !s) {
                log.error("oauth: purge not scheduled", {{"team", e.team_id}, {"error", s.error().message}});
            } else if (*settings.purge_after == std::chrono::seconds{0}) {
                (void)store.purge_due(now);
            }
        }
        return bot::Reply::ack();
    });
    router.event("tokens_revoked", [&store, &log](bot::EventCallback const& e) {
        // Pushback keeps only bot tokens: a revoked bot token ends the installation; user tokens are not ours.
        auto const* tokens = util::object_at(e.event, "tokens");
        auto const* bot = tokens ? tokens->if_contains("bot") : nullptr;
        if (bot && bot->is_array() && !bot->get_array().empty()) forget_tokens(store, e, "tokens_revoked", log);
        return bot::Reply::ack();
    });
}

PurgeLoop::PurgeLoop(net::any_io_executor ex, storage::Store& store, util::Clock const& clock, util::Logger const& log)
    : timer_(std::make_shared<net::steady_timer>(std::move(ex))), store_(store), clock_(clock), log_(log) {}

void PurgeLoop::start() {
    net::co_spawn(
        timer_->get_executor(),
        [timer = timer_, &store = store_, &clock = clock_, &log = log_]() -> net::awaitable<void> {
            for (;;) {
                if (auto purged = store.purge_due(now_of(clock)); !purged) {
                    log.error("purge of uninstalled teams failed", {{"error", purged.error().message}});
                } else if (*purged > 0) {
                    log.info("purged uninstalled teams' data", {{"teams", std::to_string(*purged)}});
                }
                timer->expires_after(std::chrono::hours{1});
                auto [ec] = co_await timer->async_wait(net::as_tuple(net::use_awaitable));
                if (ec) co_return;
            }
        },
        util::LogEscaped{log_, "purge loop"});
}

void PurgeLoop::stop() {
    net::post(timer_->get_executor(), [timer = timer_] { timer->cancel(); });
}

}  // namespace pushback::handlers::oauth
