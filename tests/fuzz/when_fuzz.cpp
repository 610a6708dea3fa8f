// Fuzzes handlers::followups::parse_when, which reads what users type after "/pushback followup @who".
// Input: byte 0 picks the user's zone, byte 1 the current time (several sit next to daylight-saving
// changes), the rest is the phrase. Properties: a result is after now and at most 366 days ahead; an
// unknown zone is always refused as such; errors are short and, for a UTF-8 phrase, valid UTF-8 (they
// are shown in Slack); the result formats; the same input gives the same answer.

#include <chrono>
#include <cstdint>
#include <string>
#include <string_view>

#include "handlers/followups/time_phrases.hpp"
#include "tests/fuzz/fuzz_check.hpp"
#include "util/time_zone.hpp"

namespace {

using namespace std::chrono;
using pushback::handlers::followups::WhenErrorKind;

constexpr std::string_view zones[] = {
    "UTC",
    "America/New_York",
    "Europe/London",
    "Asia/Kolkata",
    "Australia/Lord_Howe",
    "Pacific/Chatham",
    "America/St_Johns",
    "Pacific/Kiritimati",
    "Not/A_Zone",
    "",
};

sys_seconds at(int y, unsigned m, unsigned d, int h, int min = 0, int s = 0) {
    return sys_days{year{y} / month{m} / day{d}} + hours{h} + minutes{min} + seconds{s};
}

sys_seconds const nows[] = {
    at(2026, 3, 6, 15),                                 // Fri 10:00 in New York
    at(2026, 3, 8, 6, 59, 59),                          // a second before New York springs forward
    at(2026, 3, 29, 0, 30),                             // London, half an hour before spring forward
    at(2026, 10, 25, 0, 30),                            // London, half an hour before fall back
    at(2026, 11, 1, 5, 30),                             // New York, inside the repeated hour
    at(2026, 4, 4, 15, 0),                              // Lord Howe falls back half an hour
    at(2027, 12, 31, 23, 59, 59), at(2028, 2, 29, 12),  // leap day
    at(2026, 1, 9, 21, 59),                             // Fri 16:59 in New York (just before end of day)
    at(2026, 1, 10, 12),                                // a Saturday
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(uint8_t const* data, size_t size) {
    if (size < 2) return 0;
    auto const zone = zones[data[0] % std::size(zones)];
    auto const now = nows[data[1] % std::size(nows)];
    std::string_view const phrase(reinterpret_cast<char const*>(data + 2), size - 2);

    auto const r = pushback::handlers::followups::parse_when(phrase, now, zone);
    if (!pushback::util::is_known_time_zone(zone)) {
        FUZZ_CHECK(!r && r.error().kind == WhenErrorKind::unknown_time_zone);
    }
    if (r) {
        FUZZ_CHECK(*r > now);
        FUZZ_CHECK(*r - now <= days{366});
        auto const shown = pushback::handlers::followups::format_local(*r, zone);
        FUZZ_CHECK(!shown.empty() && pushback::fuzz::valid_utf8(shown));
    } else {
        FUZZ_CHECK(!r.error().message.empty());
        FUZZ_CHECK(r.error().message.size() <= 1000);
        // The phrase is echoed: UTF-8 in, UTF-8 out (the receiver repairs what arrives from Slack).
        if (pushback::fuzz::valid_utf8(phrase)) FUZZ_CHECK(pushback::fuzz::valid_utf8(r.error().message));
    }
    auto const again = pushback::handlers::followups::parse_when(phrase, now, zone);
    FUZZ_CHECK(again.has_value() == r.has_value());
    if (r) FUZZ_CHECK(*again == *r);
    return 0;
}
