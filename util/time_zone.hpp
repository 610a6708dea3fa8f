#pragma once
// IANA time zone names, checked against the system tz database (Howard Hinnant's date, USE_OS_TZDB).

#include <string_view>

namespace date {
class time_zone;
}

namespace pushback::util {

// The zone with that IANA name ("Europe/London"), or nullptr when the tz database does not know it.
date::time_zone const* find_time_zone(std::string_view name);

// True if the system tz database knows the name.
inline bool is_known_time_zone(std::string_view name) { return find_time_zone(name) != nullptr; }

}  // namespace pushback::util
