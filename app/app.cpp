#include "app/app.hpp"

#include <boost/asio/executor_work_guard.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/post.hpp>
#include <boost/asio/signal_set.hpp>
#include <boost/json.hpp>
#include <thread>
#include <vector>

#include "app/local_slack.hpp"
#include "app/ops.hpp"
#include "app/routes.hpp"
#include "bot/after_ack.hpp"
#include "bot/in_flight.hpp"
#include "bot/receiver.hpp"
#include "bot/router.hpp"
#include "bot/server.hpp"
#include "bot/slack_api.hpp"
#include "bot/socket_mode.hpp"
#include "bot/token_cipher.hpp"
#include "detector/analysis.hpp"
#include "handlers/deps.hpp"
#include "handlers/followups/delivery.hpp"  // follow-up reminders
#include "handlers/oauth/install.hpp"       // installable in many workspaces
#include "handlers/oauth/lifecycle.hpp"
#include "handlers/oauth/tokens.hpp"
#include "handlers/playground/playground.hpp"  // the local playground
#include "storage/open_store.hpp"
#include "templates/library.hpp"

namespace pushback::app {

namespace net = boost::asio;

namespace {

// Whether a Host header names this machine (the outbox answers only requests addressed to loopback, so a
// page on another origin cannot reach it through DNS rebinding).
bool loopback_host(std::string_view host) {
    return host.starts_with("127.0.0.1") || host.starts_with("localhost") || host.starts_with("[::1]");
}

}  // namespace

struct App::Impl {
    Config config;
    AppOptions options;
    util::SystemClock system_clock;
    util::Clock const& clock;
    util::Logger log;
    unsigned threads;
    net::io_context ioc;
    net::executor_work_guard<net::io_context::executor_type> work;
    std::unique_ptr<storage::Store> store;
    templates::Library templates;
    // Installable in many workspaces (config.oauth): tokens sealed under the cipher, found per call by `tokens`.
    std::optional<bot::TokenCipher> cipher;
    std::unique_ptr<handlers::oauth::InstallationTokens> tokens;
    // Local mode (no bot token): the stand-in that answers like Slack and keeps what it would have shown.
    // Declared before `client`, which sets it while being built.
    LocalSlack* local_slack = nullptr;
    util::Metrics metrics;                  // GET /metrics (app/ops.hpp)
    std::unique_ptr<bot::SlackApi> client;  // the Web API client (or local mode's stand-in)
    MeteredSlackApi slack;                  // what everyone calls: the client, counted
    // After-ack work and reminder DMs being sent: graceful stop (the server's) lets them finish, bounded,
    // so a response_url post or a claimed reminder is not cut off.
    bot::InFlight in_flight;
    bot::AfterAckRunner after_ack;  // runs replies' after-ack work on this io_context
    handlers::Deps deps;
    handlers::followups::Scheduler scheduler;  // follow-up reminders: fires due reminder DMs on this io_context

    // Throws on an unusable Slack configuration (a start-up error, reported by create()).
    static std::unique_ptr<bot::SlackApi> make_slack(Config const& c, net::io_context& ioc, util::Logger const& log,
                                                     bot::TokenResolver* tokens, LocalSlack*& local) {
        if (c.bot_token.empty() && !tokens) {
            auto stand_in = std::make_unique<LocalSlack>(log);
            local = stand_in.get();
            return stand_in;
        }
        bot::SlackClientConfig sc;
        sc.api_base = c.slack_api_url;
        sc.bot_token = c.bot_token;
        sc.tokens = tokens;
        sc.extra_ca_file = c.extra_ca_file;
        return std::make_unique<bot::SlackClient>(ioc.get_executor(), std::move(sc));
    }
    static std::optional<bot::TokenCipher> make_cipher(Config const& c) {
        if (!c.oauth) return std::nullopt;
        auto cipher = bot::TokenCipher::from_base64(c.encryption_key, c.old_encryption_keys);
        if (!cipher) throw std::invalid_argument(cipher.error());
        return std::move(*cipher);
    }
    // oauth.v2.access with the app's credentials, on the Web API client made below.
    handlers::oauth::Exchange exchange() {
        return [this](boost::json::object form) {
            return static_cast<bot::SlackClient&>(*client).oauth_access(std::move(form), config.oauth->client_id,
                                                                        config.oauth->client_secret);
        };
    }
    std::unique_ptr<handlers::oauth::InstallationTokens> make_tokens() {
        if (!cipher) return nullptr;
        return std::make_unique<handlers::oauth::InstallationTokens>(*store, *cipher, clock, log, exchange());
    }
    bot::Router router;
    std::unique_ptr<bot::Receiver> receiver;
    std::unique_ptr<bot::Server> server;
    std::unique_ptr<bot::SocketModeClient> socket;  // with SLACK_APP_TOKEN: Slack's requests over Socket Mode
    std::unique_ptr<handlers::playground::Playground> playground;  // local mode on a loopback listener only
    std::unique_ptr<Ops> ops;                                      // /readyz, /metrics
    std::unique_ptr<handlers::oauth::InstallPages> install;        // installable app only
    std::unique_ptr<handlers::oauth::PurgeLoop> purge;             // installable app only
    net::signal_set signals;
    std::atomic<bool> stopping{false};

    Impl(Config c, AppOptions o, std::unique_ptr<storage::Store> s, templates::Library t, unsigned n)
        : config(std::move(c)),
          options(o),
          clock(o.clock ? *o.clock : static_cast<util::Clock const&>(system_clock)),
          log(config.log_level, o.log_fd),
          threads(n),
          ioc(1),
          work(net::make_work_guard(ioc)),
          store(std::move(s)),
          templates(std::move(t)),
          cipher(make_cipher(config)),
          tokens(make_tokens()),
          client(make_slack(config, ioc, log, tokens.get(), local_slack)),
          slack(*client, metrics),
          after_ack(ioc.get_executor(), slack, log, in_flight),
          deps{templates, *store, slack, clock, log},
          scheduler(ioc.get_executor(), *store, slack, templates, clock, log, {}, &in_flight),
          signals(ioc) {
        deps.reminders_changed = [this] { scheduler.poke(); };  // follow-up reminders
    }

    void register_routes() {
        app::register_routes(router, deps);
        if (!config.oauth) return;
        // Installable in many workspaces: every request is for an installation (Bolt's authorize), the events
        // that end one are handled, and the install pages are served.
        auto const& o = *config.oauth;
        router.authorize(handlers::oauth::authorize(*store, o, log));
        handlers::oauth::register_lifecycle(router, *store, o, clock, log);
        install = std::make_unique<handlers::oauth::InstallPages>(o, *store, *tokens, exchange(), clock, log);
        purge = std::make_unique<handlers::oauth::PurgeLoop>(ioc.get_executor(), *store, clock, log);
    }
};

App::App(std::unique_ptr<Impl> impl) : impl_(std::move(impl)) {}
App::~App() = default;

std::expected<std::unique_ptr<App>, std::string> App::create(Config config, AppOptions options) {
    // The store stamps created_at/updated_at with the app's clock (an injected one in tests), so the dates
    // users read agree with the times the scheduler acts on.
    auto spec = store_spec(config);
    if (options.clock) {
        spec.clock = [clock = options.clock] { return std::chrono::floor<std::chrono::seconds>(clock->now()); };
    }
    auto store = storage::open_store(spec);
    if (!store)
        return std::unexpected("cannot open the database " + printable_db(config.db_path) + ": " +
                               store.error().message);
    auto templates = templates::Library::load_builtin(config.templates_dir);
    if (!templates) return std::unexpected("cannot load templates: " + templates.error().message());
    unsigned const n = config.threads ? config.threads : std::max(1u, std::thread::hardware_concurrency());
    // Build the detector's matcher and exercise the templates now, so the first user does not pay for it.
    {
        std::string_view const warm = "I don't think we can add SSO by Friday";
        auto const a = detector::analyze(warm);
        (void)templates->reframe(a, warm, templates::Perspective::own_draft);
    }

    std::unique_ptr<Impl> impl;
    try {
        impl = std::make_unique<Impl>(std::move(config), options, std::move(*store), std::move(*templates), n);
    } catch (std::exception const& e) {
        return std::unexpected(std::string("cannot set up the Slack client or the token encryption: ") + e.what());
    }
    auto& i = *impl;
    i.register_routes();
    auto* raw = impl.get();
    std::function<bot::Health()> health;
    if (!i.config.app_token.empty()) health = [raw] { return raw->socket->health(); };
    i.receiver = std::make_unique<bot::Receiver>(
        i.config.signing_secret, i.router, i.clock,
        [raw](std::string_view id) {
            auto const now = std::chrono::floor<std::chrono::seconds>(raw->clock.now());
            auto first = raw->store->first_delivery(id, now);
            // If storage fails, handle the event rather than drop it: a duplicate beats a loss.
            return !first || *first;
        },
        std::move(health));
    if (!i.config.app_token.empty()) {
        bot::SocketModeOptions so;
        so.api_base = i.config.slack_api_url;
        so.app_token = i.config.app_token;
        so.extra_ca_file = i.config.extra_ca_file;
        so.connections = i.config.socket_connections;
        try {
            // The same receiver as HTTP: every surface behaves identically in both modes.
            i.socket = std::make_unique<bot::SocketModeClient>(
                std::move(so), [raw](bot::Envelope e) { return raw->receiver->handle_envelope(std::move(e)); },
                i.after_ack, i.log, i.clock);
        } catch (std::exception const& e) {
            return std::unexpected(std::string("cannot set up Socket Mode: ") + e.what());
        }
    }
    // The playground: only without Slack credentials, and only where nobody but this machine can reach it.
    bool loopback_listener = false;
    {
        boost::system::error_code ec;
        auto const address = net::ip::make_address(i.config.listen_host, ec);
        loopback_listener = (!ec && address.is_loopback()) || i.config.listen_host == "localhost";
    }
    if (!loopback_listener) i.local_slack = nullptr;  // the outbox only for this machine
    if (i.config.local_mode) {
        boost::system::error_code ec;
        auto const address = net::ip::make_address(i.config.listen_host, ec);
        if (!ec && address.is_loopback()) {
            i.playground = std::make_unique<handlers::playground::Playground>(
                i.deps, handlers::playground::Options{i.config.templates_dir, &app::register_routes});
        } else {
            i.log.warn("local mode on a non-loopback address: the playground is off", {{"host", i.config.listen_host}});
        }
    }
    std::function<std::size_t()> rate_limited;
    if (auto const* real = dynamic_cast<bot::SlackClient const*>(i.client.get()))
        rate_limited = [real] { return real->rate_limited_answers(); };
    i.ops = std::make_unique<Ops>(OpsSources{*i.store, i.scheduler, i.clock, i.metrics, i.stopping, rate_limited});
    bot::ServerOptions so;
    so.host = i.config.listen_host;
    so.port = i.config.listen_port;
    so.workers = i.threads;
    so.on_request = [raw](std::string_view kind, unsigned status, std::chrono::microseconds elapsed) {
        raw->ops->request_done(kind, status, elapsed);
    };
    i.server = std::make_unique<bot::Server>(
        i.ioc, so,
        [raw](bot::HttpRequest const& r) {
            if (raw->local_slack && is_outbox_target(r.method, r.target)) {
                if (!loopback_host(r.host) || !r.origin.empty())
                    return bot::Outcome{bot::Reply::text(403, "forbidden\n"),
                                        bot::RequestLog{"local-outbox", {}, {}, "refused"}};
                return bot::Outcome{
                    bot::Reply{200, "application/json", raw->local_slack->outbox_json(outbox_after(r.target)), {}},
                    bot::RequestLog{"local-outbox", {}, {}, {}}};
            }
            if (auto ops = raw->ops->handle(r)) return std::move(*ops);
            if (raw->playground && handlers::playground::is_playground_target(r.target)) {
                return bot::Outcome{raw->playground->handle(r), bot::RequestLog{"playground", {}, {}, {}}};
            }
            if (raw->install && handlers::oauth::InstallPages::is_install_target(r.target)) {
                return raw->install->handle(r);
            }
            return raw->receiver->handle(r);
        },
        i.after_ack, i.log);
    return std::unique_ptr<App>(new App(std::move(impl)));
}

std::expected<net::ip::tcp::endpoint, std::string> App::listen() { return impl_->server->listen(); }

bool App::playground() const { return impl_->playground != nullptr; }

void App::run() {
    auto& i = *impl_;
    i.server->start();
    if (i.socket) i.socket->start();
    i.scheduler.start();  // follow-up reminders: recover claims, then the delivery loop
    if (i.purge) i.purge->start();
    if (i.options.handle_signals) {
        i.signals.add(SIGINT);
        i.signals.add(SIGTERM);
        i.signals.async_wait([this](boost::system::error_code ec, int) {
            if (!ec) stop();
        });
    }
    // This thread runs the acceptor, the scheduler and the Slack client; the server's workers run
    // the connections.
    i.ioc.run();
    i.server->join();
    if (i.socket) i.socket->join();
    i.log.info("stopped");
}

void App::stop() {
    auto& i = *impl_;
    if (i.stopping.exchange(true)) return;
    i.log.info("stopping: finishing requests in flight");
    i.scheduler.stop();  // follow-up reminders: no new claims
    if (i.purge) i.purge->stop();
    auto stop_server = [&i] {
        net::post(i.ioc, [&i] {
            boost::system::error_code ignored;
            i.signals.cancel(ignored);
            // The server drains connections, after-ack work and reminder DMs, then this io_context stops.
            i.server->stop(i.options.shutdown_grace, [&i] {
                i.work.reset();
                i.ioc.stop();
            });
        });
    };
    // Socket Mode first: once its connections are closed no envelope can add after-ack work behind the drain.
    if (i.socket)
        i.socket->stop(stop_server);
    else
        stop_server();
}

}  // namespace pushback::app
