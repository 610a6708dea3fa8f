#pragma once
// The HTTP/1.1 server (Boost.Beast on Asio): one coroutine per connection, keep-alive, a deadline
// on every step, a body limit on every parser, graceful stop. It knows nothing about Slack: it
// hands each request to a handler and gives the reply's after-ack work to the AfterAckRunner once
// the response is written; graceful stop waits for that work too.

#include <atomic>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <chrono>
#include <cstddef>
#include <expected>
#include <functional>
#include <memory>
#include <string>

#include "bot/after_ack.hpp"
#include "bot/receiver.hpp"
#include "util/log.hpp"

namespace pushback::bot {

struct ServerOptions {
    std::string host = "127.0.0.1";
    unsigned short port = 3000;
    std::size_t body_limit = std::size_t{64} * 1024;
    std::uint32_t header_limit = 16 * 1024;
    std::chrono::milliseconds header_timeout{10'000};  // a request's headers must arrive within this
    std::chrono::milliseconds idle_timeout{60'000};    // an idle keep-alive connection closes after this
    std::chrono::milliseconds io_timeout{10'000};      // body read and response write
    std::size_t max_connections = 10'000;
    // Threads that serve connections, each running its own io_context: a connection lives on one
    // thread from accept to close, so no strand, lock or cross-thread wake-up sits on the request path.
    unsigned workers = 1;
    // Called for every request, after its log line (any worker thread): kind as in RequestLog ("command",
    // "healthz", "too_large"...), the status sent and the time from first byte to response written.
    std::function<void(std::string_view kind, unsigned status, std::chrono::microseconds elapsed)> on_request;
};

class Server {
  public:
    using Handler = std::function<Outcome(HttpRequest const&)>;

    // `after_ack` runs the replies' after-ack work and counts what graceful stop waits for; it and `log`
    // must outlive the server.
    Server(boost::asio::io_context& ioc, ServerOptions options, Handler handler, AfterAckRunner& after_ack,
           util::Logger const& log);
    ~Server();

    // Binds and listens; returns the bound endpoint (port 0 picks a free one).
    std::expected<boost::asio::ip::tcp::endpoint, std::string> listen();
    // Starts the worker threads and begins accepting (the acceptor runs on the given io_context).
    void start();
    // Stops accepting, closes idle connections, lets requests in flight finish; calls `done` (on the
    // io_context) once every connection is closed and nothing is counted in after_ack.in_flight()
    // (after-ack work, reminder DMs being sent), or once `grace` has passed (then the workers wind down).
    void stop(std::chrono::milliseconds grace, std::function<void()> done);
    // Waits for the worker threads to end (after stop(); the destructor stops and joins them too).
    void join();

    std::size_t open_connections() const;

    struct Impl;

  private:
    std::shared_ptr<Impl> impl_;
};

}  // namespace pushback::bot
