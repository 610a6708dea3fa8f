#pragma once
// Private to the Web API client: keep-alive connections per host, and connection slots per host. At most
// max_connections_per_host are open at once (a burst queues, in arrival order, instead of opening a socket
// each); at most max_idle_connections_per_host wait for reuse, for at most idle_timeout. Touched only on the
// client's strand.

#include <boost/asio/awaitable.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/beast/core/flat_buffer.hpp>
#include <boost/beast/core/tcp_stream.hpp>
#include <boost/beast/ssl/ssl_stream.hpp>
#include <chrono>
#include <deque>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "bot/slack_api.hpp"

namespace pushback::bot::impl {

struct Connection {
    std::optional<boost::beast::ssl_stream<boost::beast::tcp_stream>> tls;
    std::optional<boost::beast::tcp_stream> plain;
    boost::beast::flat_buffer buffer;
    std::chrono::steady_clock::time_point idle_since{};

    boost::beast::tcp_stream& tcp() { return tls ? boost::beast::get_lowest_layer(*tls) : *plain; }
};

class ConnectionPool {
  public:
    // `cfg` must outlive the pool.
    explicit ConnectionPool(SlackClientConfig const& cfg) : cfg_(cfg) {}

    // A pooled connection to `key` that has not sat idle too long, or null.
    std::unique_ptr<Connection> take_idle(std::string const& key);
    // Keeps `c` for reuse, or closes it (drops it) when enough are pooled.
    void put_idle(std::string const& key, std::unique_ptr<Connection> c);

    // A connection slot for `key`; a released slot is handed straight to the oldest waiter, so that a steady
    // stream of new calls cannot starve one that is already queued. False when too many calls already wait
    // for this host (a long Slack outage under load): the caller fails fast (and retries with backoff)
    // instead of growing the queue without bound.
    boost::asio::awaitable<bool> acquire(std::string const& key);
    void release(std::string const& key);

  private:
    struct Slots {
        std::size_t active = 0;
        std::deque<std::shared_ptr<boost::asio::steady_timer>> waiters;  // woken by cancel(), in arrival order
    };
    SlackClientConfig const& cfg_;
    std::map<std::string, std::vector<std::unique_ptr<Connection>>> idle_;
    std::map<std::string, Slots> slots_;
};

}  // namespace pushback::bot::impl
