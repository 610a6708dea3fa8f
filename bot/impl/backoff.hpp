#pragma once
// Private to the Web API client: how long to wait before the next attempt. Bounded exponential backoff with
// jitter for network errors and 5xx, and Slack's Retry-After (capped) for 429.

#include <chrono>
#include <random>
#include <string_view>

namespace pushback::bot::impl {

class Backoff {
  public:
    Backoff(std::chrono::milliseconds base, std::chrono::milliseconds max) : base_(base), max_(max) {}

    // The wait after failed attempt number `attempt` (1-based): base, doubling up to max, with jitter in
    // [d/2, d] so that clients that failed together do not retry together. Not thread-safe (one strand).
    std::chrono::milliseconds after(int attempt);

    // The wait a 429 asks for: its Retry-After seconds (`field`, capped at `cap`), or after(attempt) when the
    // header is missing or not a plain number.
    std::chrono::milliseconds retry_after(std::string_view field, std::chrono::seconds cap, int attempt);

  private:
    std::chrono::milliseconds base_, max_;
    std::mt19937_64 rng_{std::random_device{}()};
};

}  // namespace pushback::bot::impl
