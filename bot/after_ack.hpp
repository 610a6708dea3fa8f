#pragma once
// Runs a Reply's after-ack work once the acknowledgement is written: each item is its own coroutine on one
// executor (the app's), holds an InFlight token until it ends, so graceful stop waits for every Slack call
// it starts; a failed call is logged (without message text), and so is whatever escapes a task.

#include <boost/asio/any_io_executor.hpp>
#include <vector>

#include "bot/in_flight.hpp"
#include "bot/reply.hpp"
#include "bot/slack_api.hpp"
#include "util/log.hpp"

namespace pushback::bot {

class AfterAckRunner {
  public:
    // Every reference must outlive the runner and the work it started.
    AfterAckRunner(boost::asio::any_io_executor ex, SlackApi& slack, util::Logger const& log, InFlight& in_flight);

    // Starts the work and returns at once; any thread. The work is counted in in_flight() before this returns.
    // With a tenant, the work runs for it (bot/tenant.hpp): its Web API calls use that installation's token.
    // Each Web API call and response_url post is logged with `request_id` (the request it continues).
    void run(std::vector<AfterAck> work, std::shared_ptr<Tenant const> tenant = {}, std::string const& request_id = {});

    InFlight& in_flight() const { return in_flight_; }

  private:
    boost::asio::any_io_executor ex_;
    SlackApi& slack_;
    util::Logger const& log_;
    InFlight& in_flight_;
};

}  // namespace pushback::bot
