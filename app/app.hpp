#pragma once
// The composition root: builds Config, Store, bot::SlackApi, Templates, bot::Router, bot::Receiver and bot::Server
// once, passes them down, and runs them on a thread pool until asked to stop. `pushback serve` and the end-to-end tests
// both use it, so the tests exercise exactly what production runs.

#include <boost/asio/ip/tcp.hpp>
#include <expected>
#include <memory>
#include <string>

#include "app/config.hpp"
#include "util/clock.hpp"

namespace pushback::app {

struct AppOptions {
    util::Clock const* clock = nullptr;  // defaults to the system clock
    bool handle_signals = true;          // SIGINT/SIGTERM start a graceful stop
    int log_fd = 2;
    std::chrono::milliseconds shutdown_grace{10'000};
};

class App {
  public:
    static std::expected<std::unique_ptr<App>, std::string> create(Config config, AppOptions options = {});
    ~App();

    // Binds the listening socket; returns the bound endpoint (port 0 picks a free one).
    std::expected<boost::asio::ip::tcp::endpoint, std::string> listen();
    // Whether the local playground is served at "/" (local mode on a loopback listener).
    bool playground() const;
    // Runs the server on the thread pool; returns once stopped (after a signal or stop()).
    void run();
    // Graceful stop: no new connections, requests in flight finish (bounded), storage closes.
    void stop();

    struct Impl;

  private:
    explicit App(std::unique_ptr<Impl> impl);
    std::unique_ptr<Impl> impl_;
};

}  // namespace pushback::app
