// SlackClient: the public face of the Web API client. Its private parts live in bot/impl/ (endpoint and
// encoding rules, TLS context, connection pool, backoff, one exchange, one call with retries); this file
// turns a call into a Job and runs it on the client's strand.
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/json/serialize.hpp>
#include <future>
#include <stdexcept>

#include "bot/impl/endpoint.hpp"
#include "bot/impl/perform.hpp"
#include "bot/impl/state.hpp"
#include "bot/impl/tls.hpp"
#include "bot/slack_api.hpp"
#include "bot/token_cipher.hpp"  // base64_encode

namespace pushback::bot {

namespace net = boost::asio;

namespace {

SlackResult refused(std::string what) {
    return std::unexpected(SlackError{SlackError::Kind::invalid_request, std::move(what), 0, 0});
}

net::awaitable<SlackResult> perform_keeping(std::shared_ptr<impl::SlackClientState> state, impl::Job job) {
    co_return co_await impl::perform(*state, job);
}

// The call runs on the client's strand (where its pool lives) and keeps the client's state alive; the
// caller resumes on its own executor.
net::awaitable<SlackResult> run(std::shared_ptr<impl::SlackClientState> state, impl::Job job) {
    auto strand = state->strand;
    co_return co_await net::co_spawn(strand, perform_keeping(std::move(state), std::move(job)), net::use_awaitable);
}

net::awaitable<SlackResult> ready(SlackResult r) { co_return r; }

// Many workspaces: the call carries the token of the tenant the calling coroutine runs for, asked for on every
// call; a token Slack says expired (a clock off, a long pause) is refreshed and the call retried once.
net::awaitable<SlackResult> call_for(std::shared_ptr<impl::SlackClientState> state, TokenResolver& tokens,
                                     impl::Job job) {
    Tenant const* const current = current_tenant(co_await net::this_coro::executor);
    if (!current) co_return refused("no workspace: a Web API call outside any request");
    Tenant tenant = *current;
    auto token = co_await tokens.bot_token(tenant, {});
    if (!token) co_return std::unexpected(std::move(token.error()));
    job.authorization = "Bearer " + *token;
    job.secret = *token;
    auto result = co_await run(state, job);
    if (result || result.error().kind != SlackError::Kind::api || result.error().error != "token_expired")
        co_return result;
    auto fresh = co_await tokens.bot_token(std::move(tenant), std::move(*token));
    if (!fresh) co_return std::unexpected(std::move(fresh.error()));
    job.authorization = "Bearer " + *fresh;
    job.secret = *fresh;
    co_return co_await run(std::move(state), std::move(job));
}

}  // namespace

SlackClient::SlackClient(net::any_io_executor ex, SlackClientConfig cfg)
    : executor_(ex), state_(std::make_shared<impl::SlackClientState>(std::move(ex), std::move(cfg))) {
    auto& s = *state_;
    auto api = impl::parse_endpoint(s.cfg.api_base);
    if (!api) throw std::invalid_argument("SLACK_API_URL: " + api.error());
    if (api->target.back() != '/') api->target += '/';
    if (api->target.find('?') != std::string::npos) throw std::invalid_argument("SLACK_API_URL: must not have a query");
    s.api = std::move(*api);
}

SlackClient::~SlackClient() = default;

// Not a coroutine itself: it builds the job and hands back the coroutine that runs it.
net::awaitable<SlackResult> SlackClient::call(std::string method, boost::json::object body) {
    if (!impl::valid_method(method)) return ready(refused("invalid method name"));
    impl::Job job;
    job.ep = state_->api;
    job.ep.target += method;
    if (impl::form_only(method)) {
        job.body = impl::form_encode(body);
        job.content_type = "application/x-www-form-urlencoded";
    } else {
        job.body = boost::json::serialize(body);
        job.content_type = "application/json; charset=utf-8";
    }
    if (auto* const tokens = state_->cfg.tokens) return call_for(state_, *tokens, std::move(job));
    if (!state_->cfg.bot_token.empty()) job.authorization = "Bearer " + state_->cfg.bot_token;
    return run(state_, std::move(job));
}

net::awaitable<SlackResult> SlackClient::oauth_access(boost::json::object form, std::string client_id,
                                                      std::string client_secret) {
    impl::Job job;
    job.ep = state_->api;
    job.ep.target += "oauth.v2.access";
    job.body = impl::form_encode(form);
    job.content_type = "application/x-www-form-urlencoded";
    job.secret = base64_encode(client_id + ":" + client_secret);
    job.authorization = "Basic " + job.secret;
    auto result = co_await run(state_, std::move(job));
    if (!result) {
        // Slack never echoes the credentials, but the client secret must not reach a log even if it did.
        for (auto* text : {&result.error().error, &result.error().detail}) {
            for (auto pos = text->find(client_secret); !client_secret.empty() && pos != std::string::npos;
                 pos = text->find(client_secret, pos))
                text->replace(pos, client_secret.size(), "[redacted]");
        }
    }
    co_return result;
}

net::awaitable<SlackResult> SlackClient::respond(std::string response_url, boost::json::object body) {
    auto ep = impl::parse_endpoint(response_url);
    if (!ep) co_return refused("response_url: " + ep.error());
    impl::Job job;
    job.ep = std::move(*ep);
    job.body = boost::json::serialize(body);
    job.content_type = "application/json; charset=utf-8";
    job.response_url = true;
    co_return co_await run(state_, std::move(job));
}

net::awaitable<SlackResult> SlackClient::upload(std::string upload_url, std::string bytes, std::string content_type) {
    auto ep = impl::parse_endpoint(upload_url);
    if (!ep) co_return refused("upload_url: " + ep.error());
    impl::Job job;
    job.ep = std::move(*ep);
    job.body = std::move(bytes);
    job.content_type = std::move(content_type);
    job.raw_upload = true;
    co_return co_await run(state_, std::move(job));
}

net::awaitable<SlackResult> SlackApi::upload(std::string, std::string, std::string) {
    co_return refused("file uploads are not supported here");
}

std::size_t SlackClient::connections_opened() const { return state_->opened.load(std::memory_order_relaxed); }

std::size_t SlackClient::rate_limited_answers() const { return state_->rate_limited.load(std::memory_order_relaxed); }

// Blocking helpers (tests and the CLI only).
namespace {

SlackResult wait_for(net::any_io_executor ex, net::awaitable<SlackResult> call, std::chrono::seconds timeout) {
    auto promise = std::make_shared<std::promise<SlackResult>>();
    auto future = promise->get_future();
    net::co_spawn(ex, std::move(call), [promise](std::exception_ptr e, SlackResult r) {
        if (e)
            promise->set_exception(e);
        else
            promise->set_value(std::move(r));
    });
    if (future.wait_for(timeout) != std::future_status::ready)
        return std::unexpected(
            SlackError{SlackError::Kind::timeout, "no result within " + std::to_string(timeout.count()) + "s", 0, 0});
    try {
        return future.get();
    } catch (std::future_error const&) {
        // The executor was stopped with the call in flight.
        return std::unexpected(SlackError{SlackError::Kind::network, "call abandoned", 0, 0});
    }
}

}  // namespace

SlackResult call_sync(SlackApi& api, net::any_io_executor ex, std::string method, boost::json::object body,
                      std::chrono::seconds timeout) {
    return wait_for(std::move(ex), api.call(std::move(method), std::move(body)), timeout);
}

SlackResult respond_sync(SlackApi& api, net::any_io_executor ex, std::string response_url, boost::json::object body,
                         std::chrono::seconds timeout) {
    return wait_for(std::move(ex), api.respond(std::move(response_url), std::move(body)), timeout);
}

SlackResult call_sync(SlackClient& client, std::string method, boost::json::object body, std::chrono::seconds timeout) {
    return call_sync(client, client.get_executor(), std::move(method), std::move(body), timeout);
}

SlackResult respond_sync(SlackClient& client, std::string response_url, boost::json::object body,
                         std::chrono::seconds timeout) {
    return respond_sync(client, client.get_executor(), std::move(response_url), std::move(body), timeout);
}

}  // namespace pushback::bot
