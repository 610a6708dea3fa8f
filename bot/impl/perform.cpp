#include "bot/impl/perform.hpp"

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/http.hpp>
#include <boost/json.hpp>

#include "bot/impl/exchange.hpp"

namespace pushback::bot::impl {

namespace net = boost::asio;
namespace http = boost::beast::http;

namespace {

SlackResult interpret(Response const& res, bool response_url) {
    int const status = static_cast<int>(res.result_int());
    boost::system::error_code jec;
    auto value = boost::json::parse(res.body(), jec);
    bool const is_object = !jec && value.is_object();
    if (status >= 200 && status < 300) {
        if (!is_object) {
            // Response URLs have answered a bare "ok" in the past; the Web API always answers JSON.
            if (response_url && (res.body().empty() || res.body() == "ok")) return boost::json::object{{"ok", true}};
            return std::unexpected(SlackError{SlackError::Kind::invalid_response,
                                              jec ? "answer is not JSON" : "answer is not a JSON object", status});
        }
        auto& obj = value.get_object();
        auto const* ok = obj.if_contains("ok");
        if (ok && ok->is_bool() && !ok->get_bool()) {
            auto const* err = obj.if_contains("error");
            SlackError e{SlackError::Kind::api,
                         err && err->is_string() ? std::string(err->get_string()) : std::string("unknown_error"),
                         status};
            if (auto const* meta = obj.if_contains("response_metadata"); meta && meta->is_object()) {
                if (auto const* msgs = meta->get_object().if_contains("messages"); msgs && msgs->is_array()) {
                    for (auto const& m : msgs->get_array()) {
                        if (!m.is_string()) continue;
                        if (!e.detail.empty()) e.detail += "; ";
                        e.detail += m.get_string();
                    }
                }
            }
            return std::unexpected(std::move(e));
        }
        if (!response_url && !(ok && ok->is_bool()))
            return std::unexpected(
                SlackError{SlackError::Kind::invalid_response, "answer has no \"ok\" field", status});
        return std::move(obj);
    }
    if (is_object) {
        if (auto const* err = value.get_object().if_contains("error"); err && err->is_string())
            return std::unexpected(SlackError{SlackError::Kind::api, std::string(err->get_string()), status});
    }
    return std::unexpected(SlackError{SlackError::Kind::http, "HTTP " + std::to_string(status), status});
}

void scrub(std::string& text, std::string const& secret) {
    if (secret.empty()) return;
    for (auto pos = text.find(secret); pos != std::string::npos; pos = text.find(secret, pos))
        text.replace(pos, secret.size(), "[redacted]");
}

net::awaitable<SlackResult> attempt_until_done(SlackClientState& s, Job const& job) {
    Request req{http::verb::post, job.ep.target, 11};
    req.set(http::field::host, job.ep.host_header);
    req.set(http::field::user_agent, "pushback (Boost.Beast)");
    req.set(http::field::accept, "application/json");
    req.set(http::field::content_type, job.content_type);
    if (!job.authorization.empty()) req.set(http::field::authorization, job.authorization);
    req.keep_alive(true);
    req.body() = job.body;
    req.prepare_payload();

    int const max_attempts = std::max(1, s.cfg.max_attempts);
    auto executor = co_await net::this_coro::executor;
    for (int attempt = 1;; ++attempt) {
        auto ex = co_await exchange(s, job.ep, req);
        SlackError err;
        bool retryable = false;
        std::chrono::milliseconds wait{0};
        if (ex.ec || !ex.what.empty()) {
            err = SlackError{ex.failure, ex.what, 0};
            // A timeout after the request went out is not retried: Slack may have acted on it, and posting a
            // message twice is worse than reporting the timeout. Certificate failures do not heal by retrying.
            retryable = ex.failure == SlackError::Kind::network ||
                        (ex.failure == SlackError::Kind::timeout && !ex.request_sent);
            wait = s.backoff.after(attempt);
        } else {
            int const status = static_cast<int>(ex.res.result_int());
            if (status == 429) {
                s.rate_limited.fetch_add(1, std::memory_order_relaxed);
                err = SlackError{SlackError::Kind::rate_limited, "HTTP 429 Too Many Requests", status};
                retryable = true;
                wait = s.backoff.retry_after(ex.res[http::field::retry_after], s.cfg.max_retry_after, attempt);
            } else if (status >= 500) {
                err = SlackError{SlackError::Kind::http, "HTTP " + std::to_string(status), status};
                retryable = true;
                wait = s.backoff.after(attempt);
            } else if (job.raw_upload && status >= 200 && status < 300) {
                co_return boost::json::object{{"ok", true}};
            } else {
                auto result = interpret(ex.res, job.response_url);
                if (!result) result.error().attempts = attempt;
                co_return result;
            }
        }
        if (!retryable || attempt >= max_attempts) {
            err.attempts = attempt;
            if (err.kind == SlackError::Kind::rate_limited) err.retry_after = wait;
            co_return std::unexpected(std::move(err));
        }
        net::steady_timer timer(executor);
        timer.expires_after(wait);
        co_await timer.async_wait(net::as_tuple(net::use_awaitable));
    }
}

}  // namespace

net::awaitable<SlackResult> perform(SlackClientState& s, Job const& job) {
    SlackResult result = co_await attempt_until_done(s, job);
    if (!result) {
        for (std::string const* secret : {&job.secret, static_cast<std::string const*>(&s.cfg.bot_token)}) {
            scrub(result.error().error, *secret);
            scrub(result.error().detail, *secret);
        }
    }
    co_return result;
}

}  // namespace pushback::bot::impl
