#pragma once
// Private to the Web API client: what one SlackClient holds. All of it is touched only on `strand`, except
// `opened` (atomic) and the immutable parts (cfg, api, tls). Shared by the client and
// its calls in flight, so a call outliving the client finds it alive.

#include <atomic>
#include <boost/asio/any_io_executor.hpp>
#include <boost/asio/strand.hpp>
#include <cstddef>

#include "bot/impl/backoff.hpp"
#include "bot/impl/connection_pool.hpp"
#include "bot/impl/endpoint.hpp"
#include "bot/impl/tls_context.hpp"
#include "bot/slack_api.hpp"

namespace pushback::bot::impl {

struct SlackClientState {
    SlackClientConfig cfg;
    boost::asio::strand<boost::asio::any_io_executor> strand;
    // Loads the trust store off the start-up path (bot/impl/tls_context.hpp); get() waits for it.
    TlsContext tls;
    Endpoint api;
    ConnectionPool pool{cfg};
    Backoff backoff{cfg.base_backoff, cfg.max_backoff};
    std::atomic<std::size_t> opened{0};
    std::atomic<std::size_t> rate_limited{0};  // HTTP 429 answers received, retried or not

    SlackClientState(boost::asio::any_io_executor ex, SlackClientConfig c)
        : cfg(std::move(c)), strand(boost::asio::make_strand(ex)), tls(cfg.extra_ca_file) {}
};

}  // namespace pushback::bot::impl
