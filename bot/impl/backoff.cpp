#include "bot/impl/backoff.hpp"

#include <algorithm>
#include <string>

namespace pushback::bot::impl {

std::chrono::milliseconds Backoff::after(int attempt) {
    auto d = base_;
    for (int i = 1; i < attempt && d < max_; ++i) d *= 2;
    d = std::min(d, max_);
    if (d.count() <= 1) return d;
    std::uniform_int_distribution<long long> dist(d.count() / 2, d.count());
    return std::chrono::milliseconds(dist(rng_));
}

std::chrono::milliseconds Backoff::retry_after(std::string_view field, std::chrono::seconds cap, int attempt) {
    long long seconds = -1;
    if (!field.empty() && field.size() < 10 &&
        std::all_of(field.begin(), field.end(), [](char c) { return c >= '0' && c <= '9'; }))
        seconds = std::stoll(std::string(field));
    if (seconds < 0) return after(attempt);
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::min(std::chrono::seconds(seconds), cap));
}

}  // namespace pushback::bot::impl
