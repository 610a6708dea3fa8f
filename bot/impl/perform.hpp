#pragma once
// Private to the Web API client: one call from request to SlackResult. Builds the HTTP request, retries
// network errors and 5xx with backoff and 429 after Retry-After (up to max_attempts), turns the answer
// into a result (ok:false is SlackError::api), and scrubs the job's secret out of any error text.

#include <boost/asio/awaitable.hpp>
#include <string>

#include "bot/impl/endpoint.hpp"
#include "bot/impl/state.hpp"
#include "bot/slack_api.hpp"

namespace pushback::bot::impl {

struct Job {
    Endpoint ep;
    std::string body;
    std::string content_type;
    std::string authorization;  // the Authorization header ("Bearer xoxb-..." for Web API calls; never a response_url)
    std::string secret;         // scrubbed out of any error text (the token, or the Basic credentials)
    bool response_url = false;  // a bare "ok" answer is success
    bool raw_upload = false;    // a file upload URL: any 2xx is success, whatever the body says
};

// Runs on the state's strand.
boost::asio::awaitable<SlackResult> perform(SlackClientState& s, Job const& job);

}  // namespace pushback::bot::impl
