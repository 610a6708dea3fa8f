// The reminder DM the delivery loop posts, and how a person and a drafted summary are shown in Slack.
#include <boost/json.hpp>

#include "bot/blocks.hpp"
#include "handlers/followups/followups.hpp"
#include "handlers/followups/payload.hpp"
#include "handlers/followups/scheduling.hpp"
#include "handlers/followups/time_phrases.hpp"

namespace pushback::handlers::followups {
namespace json = boost::json;

std::string detail::summary_mrkdwn(std::string_view summary, std::string_view with_whom) {
    auto text = bot::blocks::escape(summary);
    if (is_user_id(with_whom)) {
        std::string const mention = "<@" + std::string(with_whom) + ">";
        std::string const escaped = bot::blocks::escape(mention);
        for (auto pos = text.find(escaped); pos != std::string::npos; pos = text.find(escaped, pos + mention.size())) {
            text.replace(pos, escaped.size(), mention);
        }
    }
    return bot::blocks::truncate(text, bot::blocks::max_section_text - 100);
}

std::string person_mrkdwn(std::string_view with_whom) {
    if (detail::is_user_id(with_whom)) return "<@" + std::string(with_whom) + ">";
    return bot::blocks::escape(with_whom);
}

json::object reminder_message(storage::Reminder const& r, std::string_view summary_fallback) {
    auto const who = person_mrkdwn(r.with_whom);
    std::string_view const summary = r.summary.empty() ? summary_fallback : std::string_view(r.summary);
    auto const id = std::to_string(r.id);
    json::array b;
    b.push_back(bot::blocks::section("*Time to write up your 1:1 with " + who +
                                     "* so it's on the record: verbal first, then a short written summary. Here is a "
                                     "draft to start from:"));
    if (!summary.empty()) b.push_back(bot::blocks::section(detail::summary_mrkdwn(summary, r.with_whom)));
    b.push_back(bot::blocks::context("Scheduled for " + bot::blocks::escape(format_local(r.due_at, r.tz)) + "."));
    b.push_back(bot::blocks::actions("reminder_actions",
                                     json::array{bot::blocks::button("Done", action_reminder_done, id, "primary"),
                                                 bot::blocks::button("Snooze 1 hour", action_reminder_snooze, id),
                                                 bot::blocks::button("Tomorrow 9:00", action_reminder_tomorrow, id)}));
    return {{"text", "Time to write up your 1:1 with " + who + " so it's on the record"}, {"blocks", std::move(b)}};
}

}  // namespace pushback::handlers::followups
