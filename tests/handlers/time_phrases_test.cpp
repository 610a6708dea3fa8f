#include "handlers/followups/time_phrases.hpp"

#include <catch2/catch.hpp>

#include "storage/support.hpp"
#include "util/time_zone.hpp"

using namespace pushback;
using namespace pushback::storage;
using namespace pushback::storage::test;
using namespace std::chrono_literals;

namespace {

constexpr std::string_view ny = "America/New_York";
constexpr std::string_view london = "Europe/London";

Seconds when(std::string_view phrase, Seconds now, std::string_view tz) {
    auto r = handlers::followups::parse_when(phrase, now, tz);
    INFO("phrase: \"" << phrase << "\" tz " << tz);
    if (!r) FAIL("parse failed: " << r.error().message);
    return *r;
}

handlers::followups::WhenError error(std::string_view phrase, Seconds now, std::string_view tz) {
    auto r = handlers::followups::parse_when(phrase, now, tz);
    INFO("phrase: \"" << phrase << "\"");
    REQUIRE_FALSE(r);
    return r.error();
}

}  // namespace

// 2026 rules: New York springs forward Sun 8 Mar 02:00 EST -> 03:00 EDT and falls back Sun 1 Nov
// 02:00 EDT -> 01:00 EST; London springs forward Sun 29 Mar 01:00 GMT and falls back Sun 25 Oct 02:00 BST.

TEST_CASE("relative phrases are exact elapsed time", "[storage][when]") {
    auto const now = utc(2026, 3, 6, 15);  // Fri 10:00 EST
    CHECK(when("in 2h", now, ny) == now + 2h);
    CHECK(when("in 2 hours", now, ny) == now + 2h);
    CHECK(when("in 30 minutes", now, ny) == now + 30min);
    CHECK(when("in 30 min", now, ny) == now + 30min);
    CHECK(when("in 1h30m", now, ny) == now + 90min);
    CHECK(when("in 1 hour and 30 minutes", now, ny) == now + 90min);
    CHECK(when("in an hour", now, ny) == now + 1h);
    CHECK(when("in half an hour", now, ny) == now + 30min);
    CHECK(when("  IN   2H  ", now, ny) == now + 2h);
    CHECK(when("in 1 week", now, ny) == utc(2026, 3, 13, 14));  // same wall time: 10:00 EDT
}

TEST_CASE("clock times are their next occurrence in the user's zone", "[storage][when]") {
    auto const now = utc(2026, 3, 6, 15);  // Fri 10:00 EST
    CHECK(when("at 4pm", now, ny) == utc(2026, 3, 6, 21));
    CHECK(when("At 4 PM", now, ny) == utc(2026, 3, 6, 21));
    CHECK(when("4pm", now, ny) == utc(2026, 3, 6, 21));
    CHECK(when("at 16:30", now, ny) == utc(2026, 3, 6, 21, 30));
    CHECK(when("at 4:30pm", now, ny) == utc(2026, 3, 6, 21, 30));
    CHECK(when("at 12pm", now, ny) == utc(2026, 3, 6, 17));
    CHECK(when("noon", now, ny) == utc(2026, 3, 6, 17));
    CHECK(when("at 9am", now, ny) == utc(2026, 3, 7, 14));    // already past: tomorrow
    CHECK(when("at 12am", now, ny) == utc(2026, 3, 7, 5));    // midnight
    CHECK(when("at 10:00", now, ny) == utc(2026, 3, 7, 15));  // exactly now is not the future
}

TEST_CASE("days default to the start of the working day", "[storage][when]") {
    auto const now = utc(2026, 3, 6, 15);  // Fri 10:00 EST
    CHECK(when("tomorrow", now, ny) == utc(2026, 3, 7, 14));
    CHECK(when("Tomorrow 9am", now, ny) == utc(2026, 3, 7, 14));
    CHECK(when("tomorrow at 4:30pm", now, ny) == utc(2026, 3, 7, 21, 30));
    CHECK(when("4pm tomorrow", now, ny) == utc(2026, 3, 7, 21));
    CHECK(when("tomorrow eod", now, ny) == utc(2026, 3, 7, 22));
    CHECK(when("today 4pm", now, ny) == utc(2026, 3, 6, 21));
    CHECK(when("monday", now, ny) == utc(2026, 3, 9, 13));  // 09:00 EDT, after the change
    CHECK(when("on tue", now, ny) == utc(2026, 3, 10, 13));
    CHECK(when("wednesday 2pm", now, ny) == utc(2026, 3, 11, 18));
    CHECK(when("at 2pm on wednesday", now, ny) == utc(2026, 3, 11, 18));
    CHECK(when("friday eod", now, ny) == utc(2026, 3, 6, 22));  // today, still before 17:00
}

TEST_CASE("a weekday on that same day: today if its time is still ahead, else next week", "[storage][when]") {
    auto const early = utc(2026, 3, 6, 13);                         // Fri 08:00 EST
    CHECK(when("friday", early, ny) == utc(2026, 3, 6, 14));        // today 09:00
    CHECK(when("next friday", early, ny) == utc(2026, 3, 13, 13));  // never today
    auto const late = utc(2026, 3, 6, 15);                          // Fri 10:00 EST
    CHECK(when("friday", late, ny) == utc(2026, 3, 13, 13));        // next week, 09:00 EDT
}

TEST_CASE("eod and the default skip past evenings and weekends", "[storage][when]") {
    auto const friday_morning = utc(2026, 3, 6, 15);
    CHECK(when("eod", friday_morning, ny) == utc(2026, 3, 6, 22));
    CHECK(when("", friday_morning, ny) == utc(2026, 3, 6, 22));
    CHECK(when("   ", friday_morning, ny) == utc(2026, 3, 6, 22));
    CHECK(when("end of day", friday_morning, ny) == utc(2026, 3, 6, 22));
    auto const friday_evening = utc(2026, 3, 6, 23);             // 18:00 EST
    CHECK(when("", friday_evening, ny) == utc(2026, 3, 9, 21));  // Monday 17:00 EDT
    CHECK(when("eod", friday_evening, ny) == utc(2026, 3, 9, 21));
    auto const saturday = utc(2026, 3, 7, 15);
    CHECK(when("eod", saturday, ny) == utc(2026, 3, 9, 21));
    auto const monday_late = utc(2026, 3, 9, 22);  // Mon 18:00 EDT
    CHECK(when("", monday_late, ny) == utc(2026, 3, 10, 21));
}

TEST_CASE("next week is Monday 09:00", "[storage][when]") {
    CHECK(when("next week", utc(2026, 3, 6, 15), ny) == utc(2026, 3, 9, 13));
    CHECK(when("next week", utc(2026, 3, 8, 15), ny) == utc(2026, 3, 9, 13));   // Sunday: tomorrow
    CHECK(when("next week", utc(2026, 3, 9, 15), ny) == utc(2026, 3, 16, 13));  // Monday: a week on
    CHECK(when("next week 2pm", utc(2026, 3, 6, 15), ny) == utc(2026, 3, 9, 18));
}

TEST_CASE("New York spring forward: gaps shift forward, days keep wall time", "[storage][when]") {
    auto const sat_noon = utc(2026, 3, 7, 17);                               // Sat 12:00 EST
    CHECK(when("tomorrow 2:30am", sat_noon, ny) == utc(2026, 3, 8, 7, 30));  // 02:30 does not exist: 03:30 EDT
    CHECK(when("tomorrow 1:30am", sat_noon, ny) == utc(2026, 3, 8, 6, 30));  // still EST
    CHECK(when("tomorrow 3:30am", sat_noon, ny) == utc(2026, 3, 8, 7, 30));  // EDT
    CHECK(when("tomorrow", sat_noon, ny) == utc(2026, 3, 8, 13));            // 09:00 EDT
    auto const sat_10 = utc(2026, 3, 7, 15);                                 // Sat 10:00 EST
    CHECK(when("in 1 day", sat_10, ny) == utc(2026, 3, 8, 14));              // Sun 10:00 EDT: 23 hours later
    CHECK(when("in 24h", sat_10, ny) == utc(2026, 3, 8, 15));                // exactly 24 h: 11:00 EDT
    auto const before_jump = utc(2026, 3, 8, 6, 30);                         // Sun 01:30 EST
    CHECK(when("in 1h", before_jump, ny) == utc(2026, 3, 8, 7, 30));         // 03:30 EDT
    CHECK(when("at 4am", before_jump, ny) == utc(2026, 3, 8, 8));            // 04:00 EDT same day
}

TEST_CASE("New York fall back: ambiguous times take the earlier instant", "[storage][when]") {
    auto const sat_noon = utc(2026, 10, 31, 16);                              // Sat 12:00 EDT
    CHECK(when("tomorrow 1:30am", sat_noon, ny) == utc(2026, 11, 1, 5, 30));  // 01:30 EDT, not EST
    CHECK(when("tomorrow", sat_noon, ny) == utc(2026, 11, 1, 14));            // 09:00 EST
    auto const after_midnight = utc(2026, 11, 1, 4, 30);                      // Sun 00:30 EDT
    CHECK(when("in 2h", after_midnight, ny) == utc(2026, 11, 1, 6, 30));      // elapsed: 01:30 EST
    CHECK(when("monday", after_midnight, ny) == utc(2026, 11, 2, 14));
}

TEST_CASE("London transitions", "[storage][when]") {
    auto const spring_sat = utc(2026, 3, 28, 12);                                   // Sat 12:00 GMT
    CHECK(when("tomorrow 1:30am", spring_sat, london) == utc(2026, 3, 29, 1, 30));  // gap: 02:30 BST
    CHECK(when("tomorrow", spring_sat, london) == utc(2026, 3, 29, 8));             // 09:00 BST
    CHECK(when("in 1 day", spring_sat, london) == utc(2026, 3, 29, 11));            // 12:00 BST
    auto const fall_sat = utc(2026, 10, 24, 11);                                    // Sat 12:00 BST
    CHECK(when("tomorrow 1:30am", fall_sat, london) == utc(2026, 10, 25, 0, 30));   // earlier: BST
    CHECK(when("monday", fall_sat, london) == utc(2026, 10, 26, 9));                // 09:00 GMT
    CHECK(when("eod", fall_sat, london) == utc(2026, 10, 26, 17));
}

TEST_CASE("around midnight the user's local day decides, not UTC's", "[storage][when]") {
    auto const london_late = utc(2026, 1, 5, 23, 30);  // Mon 23:30 GMT
    CHECK(when("tomorrow", london_late, london) == utc(2026, 1, 6, 9));
    CHECK(when("at 00:15", london_late, london) == utc(2026, 1, 6, 0, 15));
    CHECK(when("midnight", london_late, london) == utc(2026, 1, 6, 0));
    CHECK(when("in 1h", london_late, london) == utc(2026, 1, 6, 0, 30));
    CHECK(when("eod", london_late, london) == utc(2026, 1, 6, 17));
    auto const ny_late = utc(2026, 1, 6, 4, 30);                          // Mon 23:30 EST, already Tuesday in UTC
    CHECK(when("tomorrow", ny_late, ny) == utc(2026, 1, 6, 14));          // Tue 09:00 EST
    CHECK(when("today 11:45pm", ny_late, ny) == utc(2026, 1, 6, 4, 45));  // still Monday there
    CHECK(when("tuesday", ny_late, ny) == utc(2026, 1, 6, 14));
    auto const tokyo = utc(2026, 1, 5, 15, 30);  // Tue 00:30 JST
    CHECK(when("eod", tokyo, "Asia/Tokyo") == utc(2026, 1, 6, 8));
}

TEST_CASE("unreadable phrases get a clear message with examples", "[storage][when]") {
    auto const now = utc(2026, 3, 6, 15);
    for (auto phrase : {"whenever", "at 4", "at 25:00", "at 4:7pm", "in", "in 2", "tomorrow tomorrow", "next month",
                        "13pm", "friday at", "in -2 hours", "in -9949900000000000 h", "in 1h-30m", "at -4pm"}) {
        auto const e = error(phrase, now, ny);
        CHECK(e.kind == handlers::followups::WhenErrorKind::unparseable);
        CHECK_THAT(e.message, Catch::Contains(phrase));
        CHECK_THAT(e.message, Catch::Contains("in 2h"));
        CHECK_THAT(e.message, Catch::Contains("tomorrow 9am"));
    }
    auto const long_phrase = std::string(300, 'z');
    auto const e = error(long_phrase, now, ny);
    CHECK(e.kind == handlers::followups::WhenErrorKind::unparseable);
    CHECK(e.message.size() < 400);  // the echo is truncated

    CHECK(error("today 9am", now, ny).kind == handlers::followups::WhenErrorKind::in_the_past);
    CHECK(error("in 0 minutes", now, ny).kind == handlers::followups::WhenErrorKind::in_the_past);
    CHECK(error("in 400 days", now, ny).kind == handlers::followups::WhenErrorKind::too_far);
    auto const tz = error("in 2h", now, "Mars/Olympus_Mons");
    CHECK(tz.kind == handlers::followups::WhenErrorKind::unknown_time_zone);
    CHECK_THAT(tz.message, Catch::Contains("Mars/Olympus_Mons"));
    CHECK(error("in 2h", now, "").kind == handlers::followups::WhenErrorKind::unknown_time_zone);
    CHECK(util::is_known_time_zone("Europe/Paris"));
    CHECK_FALSE(util::is_known_time_zone("Europe/Atlantis"));
}

TEST_CASE("times are shown back in the user's zone", "[storage][when]") {
    CHECK(handlers::followups::format_local(utc(2026, 11, 27, 8), "Europe/Paris") ==
          "Fri 27 Nov, 09:00 (Europe/Paris)");
    CHECK(handlers::followups::format_local(utc(2026, 3, 8, 7, 30), ny) == "Sun 8 Mar, 03:30 (America/New_York)");
    CHECK(handlers::followups::format_local(utc(2026, 1, 6, 4, 45), ny) == "Mon 5 Jan, 23:45 (America/New_York)");
    CHECK(handlers::followups::format_local(utc(2026, 1, 6, 4, 45), "Nowhere/Else") == "Tue 6 Jan, 04:45 (UTC)");
}

TEST_CASE("parts of the day, end of week, next weekday and a fortnight across daylight-saving changes",
          "[storage][when]") {
    // New York springs forward on Sun 8 Mar 2026.
    auto const thursday = utc(2026, 3, 5, 15);                         // Thu 10:00 EST
    CHECK(when("next friday", thursday, ny) == utc(2026, 3, 13, 13));  // next week's Friday, 09:00 EDT, not tomorrow
    CHECK(when("next monday", thursday, ny) == utc(2026, 3, 9, 13));   // Monday after the change: 09:00 EDT
    CHECK(when("next thursday", thursday, ny) == utc(2026, 3, 12, 13));
    CHECK(when("next sunday", thursday, ny) == utc(2026, 3, 15, 13));
    CHECK(when("next friday 4pm", thursday, ny) == utc(2026, 3, 13, 20));
    CHECK(when("end of week", thursday, ny) == utc(2026, 3, 6, 22));                  // Fri 17:00 EST
    CHECK(when("end of the week", utc(2026, 3, 6, 23), ny) == utc(2026, 3, 13, 21));  // Fri evening: next Fri, EDT
    CHECK(when("eow", utc(2026, 3, 7, 15), ny) == utc(2026, 3, 13, 21));
    auto const friday = utc(2026, 3, 6, 15);                            // Fri 10:00 EST
    CHECK(when("in a fortnight", friday, ny) == utc(2026, 3, 20, 14));  // same wall time, 10:00 EDT
    CHECK(when("in 2 fortnights", friday, ny) == utc(2026, 4, 3, 14));
    // On the day of the change itself.
    auto const change_day = utc(2026, 3, 8, 13);  // Sun 09:00 EDT
    CHECK(when("this afternoon", change_day, ny) == utc(2026, 3, 8, 18));
    CHECK(when("tonight", change_day, ny) == utc(2026, 3, 9, 0));  // 20:00 EDT
    CHECK(when("after lunch", change_day, ny) == utc(2026, 3, 8, 17, 30));
    CHECK(when("after lunch", utc(2026, 3, 8, 19), ny) == utc(2026, 3, 9, 17, 30));  // past it: tomorrow
    CHECK(when("tonight", utc(2026, 3, 7, 15), ny) == utc(2026, 3, 8, 1));           // Sat 20:00 EST
    // Past parts of today are refused, not moved to tomorrow.
    CHECK(error("this afternoon", utc(2026, 3, 8, 20), ny).kind == handlers::followups::WhenErrorKind::in_the_past);
    CHECK(error("tonight", utc(2026, 3, 9, 1), ny).kind == handlers::followups::WhenErrorKind::in_the_past);
    // London falls back on Sun 25 Oct 2026.
    CHECK(when("in a fortnight", utc(2026, 10, 16, 9), london) == utc(2026, 10, 30, 10));  // 10:00 BST -> 10:00 GMT
    CHECK(when("next friday", utc(2026, 10, 22, 9), london) == utc(2026, 10, 30, 9));      // 8 days on, 09:00 GMT
    CHECK(when("end of week", utc(2026, 10, 24, 9), london) == utc(2026, 10, 30, 17));
}
