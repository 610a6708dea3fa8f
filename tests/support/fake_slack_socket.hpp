#pragma once
// The Socket Mode half of the fake Slack: a real WebSocket-over-TLS server (the fake Slack's test CA and
// certificate) that accepts the single-use tickets apps.connections.open hands out, says hello, sends envelopes,
// records every acknowledgement, and can ask for a refresh, disable the link or drop the connection the way
// Slack does. Envelopes Slack would retry (events_api) are resent with retry_attempt + 1 when a connection dies
// with them unacknowledged. Get it from FakeSlack (Options::socket_mode); every call is thread-safe.

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <chrono>
#include <cstddef>
#include <memory>
#include <optional>
#include <string>
#include <vector>

namespace boost::asio {
class io_context;
namespace ssl {
class context;
}
}  // namespace boost::asio

namespace pushback::testing {

class FakeSocketMode {
  public:
    struct Ack {
        std::string envelope_id;
        std::optional<boost::json::value> payload;  // absent for a bare ack
        int connection = 0;                         // which connection carried it (1, 2, ...)
        std::chrono::steady_clock::time_point sent, received;
    };

    // Runs on `ioc` (the fake Slack's thread) with the fake Slack's TLS certificate.
    FakeSocketMode(boost::asio::io_context& ioc, boost::asio::ssl::context& tls);
    ~FakeSocketMode();
    FakeSocketMode(FakeSocketMode const&) = delete;
    FakeSocketMode& operator=(FakeSocketMode const&) = delete;

    // apps.connections.open's answer: a wss:// URL with a fresh single-use ticket.
    std::string open_url();
    unsigned short port() const;

    // Sends an envelope to a connection that said hello (held until one has); returns its envelope_id.
    std::string send(std::string const& type, boost::json::object payload);
    std::optional<Ack> wait_ack(std::string const& envelope_id, std::chrono::milliseconds timeout) const;
    bool wait_acks(std::size_t count, std::chrono::milliseconds timeout) const;  // distinct envelopes acked
    std::size_t ack_count(std::string const& envelope_id) const;                 // acks received for it
    std::vector<Ack> acks() const;

    // Connections that said hello and are open now; waits until there are at least `count`.
    bool wait_connections(std::size_t count, std::chrono::milliseconds timeout) const;
    std::size_t connections_accepted() const;  // WebSocket handshakes completed
    std::size_t max_open_connections() const;  // the most open at one time
    std::size_t tickets_refused() const;       // upgrade requests with a missing, unknown or reused ticket
    std::size_t retries_sent() const;          // envelopes resent after a connection died with them unacked
    std::size_t lost() const;                  // unacked envelopes of a dead connection that Slack does not retry

    // `disconnect` with `reason` on every open connection. For refresh_requested and warning, new envelopes
    // go to a newer connection as soon as one says hello, and the old ones are closed once everything sent on
    // them is acknowledged. For link_disabled, the connections are closed right after.
    void disconnect(std::string const& reason);
    // Drops every connection's TCP at once (no close frame), as a network failure would.
    void kill();
    // Every open connection stops reading after the next ack it receives: from then on its pings go unanswered,
    // as when the network path silently dies, and it gets no more envelopes.
    void freeze();

  private:
    struct Impl;
    std::shared_ptr<Impl> impl_;
};

}  // namespace pushback::testing
