#pragma once
// Private to the follow-up reminder feature: scheduling one reminder, shared by the slash command and the
// modal. Reads the user's time zone (cached, or from Slack's users.info in after-ack work), parses the time
// phrase, stores the reminder with a drafted summary, and renders the confirmation the user sees.

#include <boost/asio/awaitable.hpp>
#include <boost/json/object.hpp>
#include <chrono>
#include <cstddef>
#include <expected>
#include <optional>
#include <string>
#include <string_view>

#include "handlers/deps.hpp"
#include "storage/types.hpp"

namespace pushback::handlers::followups::detail {

inline constexpr std::size_t max_when_chars = 100;
inline constexpr std::size_t max_raised_chars = 2000;

struct Plan {
    storage::Owner owner;
    std::string with_whom;
    std::string when;
    std::string raised;
    std::string enterprise_id;  // the request's Enterprise Grid org: the reminder's DM may use its org-wide install
};

struct Scheduled {
    storage::Reminder reminder;
    bool tz_guessed = false;  // Slack did not tell us the user's zone: UTC was used
};

// A scheduled reminder, or a message for the user saying why not.
using ScheduleResult = std::expected<Scheduled, std::string>;

// Logs a storage failure (kind only) and returns what to tell the user.
std::string storage_failure(Deps const& deps, storage::StorageError const& e, std::string_view what);

// The cached time zone when it is younger than a day (people travel; Slack's profile follows them).
std::optional<std::string> fresh_tz(Deps const& deps, storage::Owner const& owner);

// Parses `p.when` in `tz`, stores the reminder and wakes the delivery loop.
ScheduleResult schedule_in(Plan const& p, std::string const& tz, bool tz_guessed, Deps const& deps);

struct UserTz {
    std::string name;
    bool guessed = false;  // UTC, because neither Slack nor the cache knew
};

// Asks Slack for the user's time zone (users.info) and caches it; when Slack cannot tell, the stale cached
// one, else UTC flagged as a guess. `deps` must outlive the coroutine (the composition root owns it).
boost::asio::awaitable<UserTz> lookup_tz(storage::Owner owner, Deps const& deps);

// lookup_tz, then schedule_in.
boost::asio::awaitable<ScheduleResult> schedule_after_lookup(Plan p, Deps const& deps);

// The ephemeral message confirming a reminder (or saying why it could not be scheduled).
boost::json::object confirmation(ScheduleResult const& o);

// Slack's mrkdwn for a summary that mentions the person: escaped, with the mention itself kept live.
std::string summary_mrkdwn(std::string_view summary, std::string_view with_whom);

}  // namespace pushback::handlers::followups::detail
