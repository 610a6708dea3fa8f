#pragma once
// Counters, gauges and latency histograms for GET /metrics, rendered in Prometheus' text format. One
// registry per process, owned by the composition root (app/) and passed to whoever records; thread-safe.
// Label values are bounded sets chosen by the code (a route kind, a Web API method), never user input.

#include <array>
#include <chrono>
#include <cstdint>
#include <initializer_list>
#include <map>
#include <mutex>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace pushback::util {

class Metrics {
  public:
    using Labels = std::initializer_list<std::pair<std::string_view, std::string_view>>;

    // Declares a family once (its # HELP and # TYPE lines); recording into an undeclared one declares it
    // without help text.
    void describe(std::string_view name, std::string_view type, std::string_view help);

    void add(std::string_view name, Labels labels, double amount = 1);                          // counter
    void set(std::string_view name, Labels labels, double value);                               // gauge
    void observe(std::string_view name, Labels labels, std::chrono::duration<double> seconds);  // histogram

    std::string render() const;

    // The histogram's upper bounds, in seconds.
    static constexpr std::array<double, 12> buckets{0.001, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10};

  private:
    struct Histogram {
        std::array<std::uint64_t, buckets.size()> counts{};
        std::uint64_t count = 0;
        double sum = 0;
    };
    struct Family {
        std::string type = "untyped";
        std::string help;
        std::map<std::string, double> values;         // rendered labels -> value
        std::map<std::string, Histogram> histograms;  // rendered labels -> histogram
    };
    static std::string render_labels(Labels labels);
    Family& family(std::string_view name, std::string_view type);

    mutable std::mutex mutex_;
    std::map<std::string, Family, std::less<>> families_;
};

}  // namespace pushback::util
