#include "bot/impl/connection_pool.hpp"

#include <algorithm>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/this_coro.hpp>
#include <boost/asio/use_awaitable.hpp>

namespace pushback::bot::impl {

namespace net = boost::asio;
using Clock = std::chrono::steady_clock;

std::unique_ptr<Connection> ConnectionPool::take_idle(std::string const& key) {
    auto it = idle_.find(key);
    if (it == idle_.end()) return nullptr;
    auto& v = it->second;
    auto const now = Clock::now();
    while (!v.empty()) {
        auto c = std::move(v.back());
        v.pop_back();
        if (now - c->idle_since < cfg_.idle_timeout) return c;
    }
    return nullptr;
}

void ConnectionPool::put_idle(std::string const& key, std::unique_ptr<Connection> c) {
    auto& v = idle_[key];
    if (v.size() >= cfg_.max_idle_connections_per_host) return;  // dropping it closes it
    c->idle_since = Clock::now();
    v.push_back(std::move(c));
}

net::awaitable<bool> ConnectionPool::acquire(std::string const& key) {
    auto& h = slots_[key];
    if (h.active < std::max<std::size_t>(1, cfg_.max_connections_per_host)) {
        ++h.active;
        co_return true;
    }
    if (h.waiters.size() >= cfg_.max_waiting_calls_per_host) co_return false;
    auto t = std::make_shared<net::steady_timer>(co_await net::this_coro::executor, Clock::time_point::max());
    h.waiters.push_back(t);
    co_await t->async_wait(net::as_tuple(net::use_awaitable));
    co_return true;
}

void ConnectionPool::release(std::string const& key) {
    auto& h = slots_[key];
    if (h.waiters.empty()) {
        --h.active;
        return;
    }
    auto t = std::move(h.waiters.front());
    h.waiters.pop_front();
    t->cancel();
}

}  // namespace pushback::bot::impl
