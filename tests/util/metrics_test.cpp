#include "util/metrics.hpp"

#include <catch2/catch.hpp>

using pushback::util::Metrics;
using namespace std::chrono_literals;

TEST_CASE("metrics render as Prometheus text: counters, gauges, histograms, escaped labels", "[util]") {
    Metrics m;
    m.describe("pushback_requests_total", "counter", "Requests");
    m.add("pushback_requests_total", {{"route", "command"}, {"status", "200"}});
    m.add("pushback_requests_total", {{"route", "command"}, {"status", "200"}});
    m.add("pushback_requests_total", {{"route", "we\"ird\\\n"}, {"status", "500"}});
    m.set("pushback_pool", {{"state", "in_use"}}, 3);
    m.set("pushback_pool", {{"state", "in_use"}}, 2);  // a gauge keeps the last value
    m.observe("pushback_seconds", {{"route", "command"}}, 20ms);
    m.observe("pushback_seconds", {{"route", "command"}}, 3s);
    auto const text = m.render();
    CHECK_THAT(text,
               Catch::Contains("# HELP pushback_requests_total Requests\n# TYPE pushback_requests_total counter\n"));
    CHECK_THAT(text, Catch::Contains("pushback_requests_total{route=\"command\",status=\"200\"} 2\n"));
    CHECK_THAT(text, Catch::Contains("pushback_requests_total{route=\"we\\\"ird\\\\\\n\",status=\"500\"} 1\n"));
    CHECK_THAT(text, Catch::Contains("# TYPE pushback_pool gauge\npushback_pool{state=\"in_use\"} 2\n"));
    CHECK_THAT(text, Catch::Contains("pushback_seconds_bucket{route=\"command\",le=\"0.01\"} 0\n"));
    CHECK_THAT(text, Catch::Contains("pushback_seconds_bucket{route=\"command\",le=\"0.025\"} 1\n"));
    CHECK_THAT(text, Catch::Contains("pushback_seconds_bucket{route=\"command\",le=\"2.5\"} 1\n"));
    CHECK_THAT(text, Catch::Contains("pushback_seconds_bucket{route=\"command\",le=\"5\"} 2\n"));
    CHECK_THAT(text, Catch::Contains("pushback_seconds_bucket{route=\"command\",le=\"+Inf\"} 2\n"));
    CHECK_THAT(text, Catch::Contains("pushback_seconds_count{route=\"command\"} 2\n"));
    CHECK_THAT(text, Catch::Contains("pushback_seconds_sum{route=\"command\"} 3.02"));
}
