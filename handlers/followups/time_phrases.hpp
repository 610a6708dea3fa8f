#pragma once
// Natural time phrases ("in 2h", "tomorrow 9am", "friday", "eod", ...) read in the user's own IANA time
// zone, and the way Pushback shows a time back to them. Uses the system tz database (Howard Hinnant's date
// library), so daylight-saving changes follow the real rules.
//
// Rules (all in the user's zone; "working day" = Monday to Friday):
//   ""  / "eod" / "end of day"   17:00 today if today is a working day and it is before 17:00, otherwise
//                                17:00 on the next working day (a weekend goes to Monday).
//   "in 2h", "in 30 minutes", "in 1h30m", "in an hour"   hours/minutes/seconds are exact elapsed time;
//                                "in 2 days" / "in 1 week" keep the same wall-clock time that many calendar
//                                days later.
//   "at 4pm", "4:30pm", "at 16:30", "noon"   the next time the clock shows it (today, else tomorrow).
//   "today", "tomorrow", "monday".."sunday" (also "mon".."sun", "on friday"), optionally followed by
//                                "[at] TIME" or "eod": that day at TIME (default 09:00; "today" alone = eod).
//                                A weekday means its next occurrence at that time: on a Friday before 09:00
//                                "friday" is today 09:00; after it, next week's Friday.
//   "next friday"                that weekday in next week (weeks start on Monday): on a Thursday it is 8
//                                days away, not tomorrow; replies show the date it resolved to.
//   "next week"                  Monday 09:00 of next week ("next week 2pm" for another time).
//   "in a fortnight", "in 2 fortnights"   14 calendar days per fortnight, same wall-clock time.
//   "tonight" (20:00), "this afternoon" (14:00), "this morning" (09:00)   today; an error once passed.
//   "after lunch"                13:30 today, or tomorrow once it has passed.
//   "end of week", "eow"         Friday 17:00; from Friday 17:00 on, next week's Friday.
// Daylight saving: a wall time that does not exist (spring-forward gap) is shifted forward by the gap
// (02:30 on the New York spring-forward day is 03:30 EDT); an ambiguous one (fall-back) takes the earlier
// instant (date::choose::earliest). Case-insensitive; extra spaces are ignored. The result is always
// after `now` and at most a year ahead.

#include <chrono>
#include <expected>
#include <string>
#include <string_view>

namespace pushback::handlers::followups {

inline constexpr int work_day_start_hour = 9;
inline constexpr int work_day_end_hour = 17;

enum class WhenErrorKind { unparseable, unknown_time_zone, in_the_past, too_far };

struct WhenError {
    WhenErrorKind kind;
    std::string message;  // ready to show the user; unparseable ones include examples
};

std::expected<std::chrono::sys_seconds, WhenError> parse_when(std::string_view phrase, std::chrono::sys_seconds now,
                                                              std::string_view tz_name);

// "Fri 27 Nov, 09:00 (Europe/Paris)". An unknown zone falls back to UTC, labelled "(UTC)".
std::string format_local(std::chrono::sys_seconds when, std::string_view tz_name);

}  // namespace pushback::handlers::followups
