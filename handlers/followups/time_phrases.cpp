#include "handlers/followups/time_phrases.hpp"

#include <date/date.h>
#include <date/tz.h>

#include <array>
#include <cctype>
#include <charconv>
#include <cstdio>
#include <optional>
#include <span>
#include <stdexcept>
#include <vector>

#include "util/time_zone.hpp"
#include "util/utf8.hpp"

namespace pushback::handlers::followups {
namespace {

using namespace std::chrono_literals;
using date::days;
using date::local_days;
using date::local_seconds;

constexpr std::string_view examples =
    "Try one of: `in 2h`, `in 30 minutes`, `at 4pm`, `at 16:30`, `tomorrow`, `tomorrow 9am`, `friday`, "
    "`eod`, `next week` (or nothing, for the end of your working day).";

date::time_zone const* find_zone(std::string_view name) { return util::find_time_zone(name); }

// A wall-clock time in `zone` as an instant. Gap (spring forward): interpreted with the offset in force
// before the gap, which lands the same distance past the transition (02:30 -> 03:30). Overlap (fall back):
// the earlier of the two instants. Both offsets come from the tz database, never computed by hand.
std::chrono::sys_seconds resolve(date::time_zone const* zone, local_seconds local) {
    auto const info = zone->get_info(local);
    switch (info.result) {
        case date::local_info::unique:
        case date::local_info::nonexistent:
            return std::chrono::sys_seconds{local.time_since_epoch() - info.first.offset};
        case date::local_info::ambiguous:
            return zone->to_sys(local, date::choose::earliest);
    }
    return std::chrono::sys_seconds{local.time_since_epoch() - info.first.offset};
}

std::string truncate_for_echo(std::string_view phrase) {
    constexpr std::size_t max = 60;
    if (phrase.size() <= max) return std::string{phrase};
    return std::string{util::utf8_prefix(phrase, max)} + "...";
}

WhenError unparseable(std::string_view phrase) {
    return WhenError{WhenErrorKind::unparseable,
                     "I couldn't read \"" + truncate_for_echo(phrase) + "\" as a time. " + std::string{examples}};
}

std::vector<std::string> tokenize(std::string_view phrase) {
    std::vector<std::string> tokens;
    std::string current;
    for (char c : phrase) {
        auto const uc = static_cast<unsigned char>(c);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == ',') {
            if (!current.empty()) tokens.push_back(std::move(current));
            current.clear();
        } else {
            current.push_back(uc < 0x80 ? static_cast<char>(std::tolower(uc)) : c);
        }
    }
    if (!current.empty()) tokens.push_back(std::move(current));
    return tokens;
}

std::string join(std::span<std::string const> tokens) {
    std::string out;
    for (auto const& t : tokens) out += t;
    return out;
}

// Parses a run of digits at `pos`; advances pos. Digits only: from_chars alone would also take a
// minus sign ("in -99999999999 h" overflowed the hours-to-seconds conversion; found by fuzz_when).
std::optional<long long> digits(std::string_view s, std::size_t& pos) {
    if (pos >= s.size() || s[pos] < '0' || s[pos] > '9') return std::nullopt;
    long long value = 0;
    auto const* begin = s.data() + pos;
    auto const [end, ec] = std::from_chars(begin, s.data() + s.size(), value);
    if (ec != std::errc{} || end == begin) return std::nullopt;
    pos += static_cast<std::size_t>(end - begin);
    return value;
}

// "2h", "30minutes", "1h30m", "1hour30minutes" (tokens already joined). Calendar units (days, weeks) are
// kept apart from elapsed ones so that "in 1 day" keeps the wall-clock time across a DST change.
struct Offset {
    std::chrono::seconds elapsed{0};
    days calendar{0};
};

std::optional<Offset> parse_duration(std::string_view s) {
    if (s.empty()) return std::nullopt;
    Offset out;
    std::size_t pos = 0;
    while (pos < s.size()) {
        auto const n = digits(s, pos);
        if (!n || *n > 100000) return std::nullopt;
        auto const unit_start = pos;
        while (pos < s.size() && s[pos] >= 'a' && s[pos] <= 'z') ++pos;
        auto const unit = s.substr(unit_start, pos - unit_start);
        if (unit == "s" || unit == "sec" || unit == "secs" || unit == "second" || unit == "seconds") {
            out.elapsed += std::chrono::seconds{*n};
        } else if (unit == "m" || unit == "min" || unit == "mins" || unit == "minute" || unit == "minutes") {
            out.elapsed += std::chrono::minutes{*n};
        } else if (unit == "h" || unit == "hr" || unit == "hrs" || unit == "hour" || unit == "hours") {
            out.elapsed += std::chrono::hours{*n};
        } else if (unit == "d" || unit == "day" || unit == "days") {
            out.calendar += days{*n};
        } else if (unit == "w" || unit == "wk" || unit == "wks" || unit == "week" || unit == "weeks") {
            out.calendar += days{7 * *n};
        } else if (unit == "fortnight" || unit == "fortnights") {
            out.calendar += days{14 * *n};
        } else {
            return std::nullopt;
        }
    }
    return out;
}

// A time of day: "4pm", "4:30pm", "4:30 p.m.", "16:30", "16h"? no; "noon", "midnight", "morning",
// "afternoon". A bare hour is accepted only when it cannot be a 12-hour time (13..23).
std::optional<std::chrono::minutes> parse_time_of_day(std::span<std::string const> tokens) {
    if (tokens.empty()) return std::nullopt;
    if (tokens.front() == "at") tokens = tokens.subspan(1);
    auto s = join(tokens);
    if (s == "noon" || s == "midday") return 12h;
    if (s == "midnight") return 0h;
    if (s == "morning") return std::chrono::hours{work_day_start_hour};
    if (s == "afternoon") return 14h;
    std::size_t pos = 0;
    auto const hour = digits(s, pos);
    if (!hour || pos > 2) return std::nullopt;
    long long minute = 0;
    bool has_minutes = false;
    if (pos < s.size() && s[pos] == ':') {
        ++pos;
        auto const start = pos;
        auto const m = digits(s, pos);
        if (!m || pos - start != 2 || *m > 59) return std::nullopt;
        minute = *m;
        has_minutes = true;
    }
    auto const suffix = std::string_view{s}.substr(pos);
    if (suffix == "am" || suffix == "a.m." || suffix == "pm" || suffix == "p.m.") {
        if (*hour < 1 || *hour > 12) return std::nullopt;
        auto h = *hour % 12;
        if (suffix[0] == 'p') h += 12;
        return std::chrono::hours{h} + std::chrono::minutes{minute};
    }
    if (!suffix.empty()) return std::nullopt;
    if (*hour > 23) return std::nullopt;
    if (!has_minutes && *hour < 13) return std::nullopt;  // "at 4": morning or afternoon? ask.
    return std::chrono::hours{*hour} + std::chrono::minutes{minute};
}

std::optional<date::weekday> parse_weekday(std::string_view s) {
    static constexpr std::array<std::array<std::string_view, 3>, 7> names{{
        {"sunday", "sun", "sundays"},
        {"monday", "mon", "mondays"},
        {"tuesday", "tue", "tues"},
        {"wednesday", "wed", "weds"},
        {"thursday", "thu", "thurs"},
        {"friday", "fri", "fridays"},
        {"saturday", "sat", "saturdays"},
    }};
    for (unsigned i = 0; i < names.size(); ++i)
        for (auto name : names[i])
            if (s == name) return date::weekday{i};
    return std::nullopt;
}

enum class DayKind { today, tomorrow, weekday, next_weekday, next_week };
struct DaySpec {
    DayKind kind;
    date::weekday weekday{};
};

std::optional<DaySpec> parse_day(std::span<std::string const> tokens) {
    if (tokens.empty()) return std::nullopt;
    if (tokens.size() == 1) {
        auto const& t = tokens[0];
        if (t == "today") return DaySpec{DayKind::today};
        if (t == "tomorrow" || t == "tmrw" || t == "tmr" || t == "tomorow") return DaySpec{DayKind::tomorrow};
        if (auto wd = parse_weekday(t)) return DaySpec{DayKind::weekday, *wd};
        return std::nullopt;
    }
    if (tokens.size() == 2) {
        if (tokens[0] == "on") {
            if (auto wd = parse_weekday(tokens[1])) return DaySpec{DayKind::weekday, *wd};
        }
        if (tokens[0] == "next") {
            if (tokens[1] == "week") return DaySpec{DayKind::next_week};
            if (auto wd = parse_weekday(tokens[1])) return DaySpec{DayKind::next_weekday, *wd};
        }
    }
    return std::nullopt;
}

// What may follow (or precede) a day: nothing, a time of day, or end of day.
enum class TimeKind { none, at, eod };
struct TimeSpec {
    TimeKind kind = TimeKind::none;
    std::chrono::minutes at{0};
};

bool is_eod(std::span<std::string const> tokens) {
    auto const s = join(tokens);
    return s == "eod" || s == "endofday" || s == "endoftheday" || s == "cob" || s == "closeofbusiness" ||
           s == "atendofday" || s == "bytheendofday" || s == "byeod" || s == "ateod";
}

std::optional<TimeSpec> parse_time_spec(std::span<std::string const> tokens) {
    if (tokens.empty()) return TimeSpec{};
    if (is_eod(tokens)) return TimeSpec{TimeKind::eod};
    if (auto t = parse_time_of_day(tokens)) return TimeSpec{TimeKind::at, *t};
    return std::nullopt;
}

bool is_working_day(local_days d) {
    auto const wd = date::weekday{d};
    return wd != date::Saturday && wd != date::Sunday;
}

struct Context {
    date::time_zone const* zone;
    std::chrono::sys_seconds now;
    local_days today;
};

std::chrono::sys_seconds at(Context const& c, local_days day, std::chrono::minutes time) {
    return resolve(c.zone, local_seconds{day} + time);
}

std::chrono::sys_seconds end_of_working_day(Context const& c) {
    auto day = c.today;
    constexpr auto end = std::chrono::hours{work_day_end_hour};
    while (!(is_working_day(day) && at(c, day, end) > c.now)) day += days{1};
    return at(c, day, end);
}

std::expected<std::chrono::sys_seconds, WhenError> on_day(Context const& c, DaySpec day, TimeSpec time) {
    constexpr auto start = std::chrono::hours{work_day_start_hour};
    constexpr auto end = std::chrono::hours{work_day_end_hour};
    std::chrono::minutes const clock = time.kind == TimeKind::at    ? time.at
                                       : time.kind == TimeKind::eod ? std::chrono::minutes{end}
                                       : day.kind == DayKind::today ? std::chrono::minutes{end}
                                                                    : std::chrono::minutes{start};
    switch (day.kind) {
        case DayKind::today: {
            auto const when = at(c, c.today, clock);
            if (when <= c.now)
                return std::unexpected(WhenError{WhenErrorKind::in_the_past,
                                                 "That time has already passed today. Try `tomorrow` or `in 1h`."});
            return when;
        }
        case DayKind::tomorrow:
            return at(c, c.today + days{1}, clock);
        case DayKind::next_weekday: {
            // That weekday in next week (weeks start on Monday): on a Thursday, "next friday" is 8 days away,
            // not tomorrow.
            auto monday = c.today + days{1};
            while (date::weekday{monday} != date::Monday) monday += days{1};
            return at(c, monday + (day.weekday - date::Monday), clock);
        }
        case DayKind::weekday: {
            for (int k = 0; k <= 8; ++k) {
                auto const d = c.today + days{k};
                if (date::weekday{d} == day.weekday && at(c, d, clock) > c.now) return at(c, d, clock);
            }
            break;
        }
        case DayKind::next_week: {
            auto d = c.today + days{1};
            while (date::weekday{d} != date::Monday) d += days{1};
            return at(c, d, clock);
        }
    }
    return std::unexpected(WhenError{WhenErrorKind::unparseable, "internal: no day found"});
}

// A part of today: an error once it has passed (the user meant today; tomorrow would surprise them).
std::expected<std::chrono::sys_seconds, WhenError> today_at(Context const& c, std::chrono::minutes time) {
    auto const when = at(c, c.today, time);
    if (when <= c.now)
        return std::unexpected(
            WhenError{WhenErrorKind::in_the_past, "That part of today has already passed. Try `tomorrow` or `in 1h`."});
    return when;
}

std::expected<std::chrono::sys_seconds, WhenError> interpret(Context const& c, std::string_view phrase,
                                                             std::vector<std::string> const& tokens) {
    std::span<std::string const> all{tokens};
    if (tokens.empty() || is_eod(all)) return end_of_working_day(c);

    // Parts of today, and the end of the working week.
    auto const words = join(all);
    if (words == "tonight" || words == "thisevening") return today_at(c, 20h);
    if (words == "thisafternoon") return today_at(c, 14h);
    if (words == "thismorning") return today_at(c, std::chrono::hours{work_day_start_hour});
    if (words == "afterlunch") {
        auto when = at(c, c.today, 13h + 30min);
        return when > c.now ? when : at(c, c.today + days{1}, 13h + 30min);
    }
    if (words == "endofweek" || words == "endoftheweek" || words == "eow" || words == "byendofweek" ||
        words == "bytheendoftheweek") {
        // Friday at the end of the working day; from Friday evening on, next week's.
        auto day = c.today;
        constexpr auto end = std::chrono::hours{work_day_end_hour};
        while (!(date::weekday{day} == date::Friday && at(c, day, end) > c.now)) day += days{1};
        return at(c, day, end);
    }

    if (tokens.front() == "in" && tokens.size() >= 2) {
        std::vector<std::string> rest;
        for (std::size_t i = 1; i < tokens.size(); ++i) {
            if (tokens[i] == "and") continue;
            rest.push_back((tokens[i] == "a" || tokens[i] == "an") ? "1" : tokens[i]);
        }
        auto const words = join(all.subspan(1));
        auto const offset = (words == "halfanhour" || words == "halfhour") ? Offset{std::chrono::minutes{30}}
                                                                           : parse_duration(join(rest));
        if (!offset) return std::unexpected(unparseable(phrase));
        auto const local_now = c.zone->to_local(c.now);
        auto when = c.now;
        if (offset->calendar != days{0}) when = resolve(c.zone, local_now + offset->calendar);
        return when + offset->elapsed;
    }

    // A day and a time, in either order ("friday 4pm", "at 4pm on friday", "4pm tomorrow").
    for (std::size_t split = 1; split <= tokens.size(); ++split) {
        auto const head = all.first(split);
        auto const tail = all.subspan(split);
        if (auto day = parse_day(head)) {
            if (auto time = parse_time_spec(tail)) return on_day(c, *day, *time);
        }
        if (split < tokens.size()) {
            auto day_tokens = tail;
            if (auto time = parse_time_spec(head); time && time->kind != TimeKind::none) {
                if (auto day = parse_day(day_tokens)) return on_day(c, *day, *time);
            }
        }
    }

    // A time alone: its next occurrence.
    if (auto time = parse_time_of_day(all)) {
        auto when = at(c, c.today, *time);
        if (when <= c.now) when = at(c, c.today + days{1}, *time);
        return when;
    }
    return std::unexpected(unparseable(phrase));
}

}  // namespace

std::expected<std::chrono::sys_seconds, WhenError> parse_when(std::string_view phrase, std::chrono::sys_seconds now,
                                                              std::string_view tz_name) {
    auto const* zone = find_zone(tz_name);
    if (zone == nullptr) {
        return std::unexpected(WhenError{
            WhenErrorKind::unknown_time_zone,
            "Unknown time zone \"" + truncate_for_echo(tz_name) + "\" (expected an IANA name such as Europe/London)."});
    }
    if (phrase.size() > 200) return std::unexpected(unparseable(phrase));
    auto const tokens = tokenize(phrase);
    Context const c{zone, now, date::floor<days>(zone->to_local(now))};
    auto result = interpret(c, phrase, tokens);
    if (!result) return result;
    if (*result <= now)
        return std::unexpected(
            WhenError{WhenErrorKind::in_the_past, "That time is not in the future. " + std::string{examples}});
    if (*result - now > days{366})
        return std::unexpected(WhenError{WhenErrorKind::too_far, "That is more than a year away; pick a nearer time."});
    return result;
}

std::string format_local(std::chrono::sys_seconds when, std::string_view tz_name) {
    static constexpr std::array<std::string_view, 7> weekdays{"Sun", "Mon", "Tue", "Wed", "Thu", "Fri", "Sat"};
    static constexpr std::array<std::string_view, 12> months{"Jan", "Feb", "Mar", "Apr", "May", "Jun",
                                                             "Jul", "Aug", "Sep", "Oct", "Nov", "Dec"};
    auto const* zone = find_zone(tz_name);
    std::string label = zone != nullptr ? std::string{tz_name} : "UTC";
    auto const local = zone != nullptr ? zone->to_local(when) : local_seconds{when.time_since_epoch()};
    auto const day = date::floor<days>(local);
    date::year_month_day const ymd{day};
    date::hh_mm_ss const hms{local - day};
    std::array<char, 8> clock{};
    std::snprintf(clock.data(), clock.size(), "%02d:%02d", static_cast<int>(hms.hours().count()),
                  static_cast<int>(hms.minutes().count()));
    std::string out;
    out += weekdays[date::weekday{day}.c_encoding()];
    out += ' ';
    out += std::to_string(static_cast<unsigned>(ymd.day()));
    out += ' ';
    out += months[static_cast<unsigned>(ymd.month()) - 1];
    out += ", ";
    out += clock.data();
    out += " (" + label + ")";
    return out;
}

}  // namespace pushback::handlers::followups
