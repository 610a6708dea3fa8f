// `/pushback followup @person [when]`: reads the person and the time phrase, schedules inline when the user's
// time zone is cached, else after the ack (users.info first) and confirms through the response_url.
#include <boost/asio/awaitable.hpp>
#include <boost/json.hpp>
#include <optional>

#include "bot/blocks.hpp"
#include "handlers/followups/followups.hpp"
#include "handlers/followups/payload.hpp"
#include "handlers/followups/scheduling.hpp"
#include "handlers/followups/time_phrases.hpp"

namespace pushback::handlers::followups {
namespace json = boost::json;
using namespace detail;

namespace {

constexpr std::string_view usage_text =
    "Usage: `/pushback followup @person [when]`, for example `/pushback followup @alex tomorrow 9am`. "
    "`when` is optional (default: the end of your working day); it can be `in 2h`, `in 30 minutes`, `at 4pm`, "
    "`tomorrow`, `tomorrow 9am`, `friday`, `eod` or `next week`. I'll DM you then with a drafted summary, so "
    "your 1:1 ends up on the record.";

struct Person {
    std::string with_whom;  // a user id ("U0002") or a name
    std::string_view rest;  // the `when` phrase
};

// `<@U0002|alex> rest`, `<@U0002> rest`, `@alex rest`, `alex rest`, `"Dana from Product" rest`.
std::optional<Person> parse_person(std::string_view args) {
    args = trim(args);
    if (args.empty()) return std::nullopt;
    if (args.starts_with("<@")) {
        auto const close = args.find('>');
        if (close == std::string_view::npos) return std::nullopt;
        auto inner = args.substr(2, close - 2);
        inner = inner.substr(0, inner.find('|'));
        if (!is_user_id(inner)) return std::nullopt;
        return Person{std::string(inner), trim(args.substr(close + 1))};
    }
    if (args.front() == '<') return std::nullopt;  // a channel or group mention: not a person
    if (args.front() == '"') {
        auto const close = args.find('"', 1);
        if (close == std::string_view::npos) return std::nullopt;
        auto const name = trim(args.substr(1, close - 1));
        if (name.empty() || bot::blocks::char_count(name) > 80) return std::nullopt;
        return Person{std::string(name), trim(args.substr(close + 1))};
    }
    auto const sp = args.find_first_of(" \t\n");
    auto word = args.substr(0, sp);
    if (word.starts_with("@")) word.remove_prefix(1);
    if (word.empty() || bot::blocks::char_count(word) > 80) return std::nullopt;
    return Person{std::string(word), sp == std::string_view::npos ? std::string_view{} : trim(args.substr(sp))};
}

// After the ack: look the time zone up, schedule, and answer through the command's response_url.
boost::asio::awaitable<void> schedule_and_respond(Plan plan, std::string response_url, Deps const& deps) {
    auto const scheduled = co_await schedule_after_lookup(std::move(plan), deps);
    auto const sent = co_await deps.slack.respond(std::move(response_url), confirmation(scheduled));
    if (!sent) deps.log.warn("follow-up confirmation not delivered", {{"error", sent.error().message()}});
}

}  // namespace

bot::Reply followup_command(bot::SlashCommand const& c, std::string_view args, Deps const& deps) {
    auto person = parse_person(args);
    if (!person)
        return bot::Reply::json(bot::blocks::ephemeral(std::string(usage_text),
                                                       json::array{bot::blocks::section(std::string(usage_text))}));
    if (bot::blocks::char_count(person->rest) > max_when_chars) {
        return bot::Reply::json(bot::blocks::ephemeral("That time phrase is too long. " + std::string(usage_text)));
    }
    Plan plan{{c.team_id, c.user_id}, std::move(person->with_whom), std::string(person->rest), {}, c.enterprise_id};

    if (auto tz = fresh_tz(deps, plan.owner))
        return bot::Reply::json(confirmation(schedule_in(plan, *tz, false, deps)));

    // No fresh time zone: a phrase that cannot be read in any zone is refused now, without asking Slack.
    if (auto check = parse_when(plan.when, now_seconds(deps), "UTC");
        !check && check.error().kind == WhenErrorKind::unparseable) {
        return bot::Reply::json(confirmation(std::unexpected(check.error().message)));
    }
    auto reply = bot::Reply::json(bot::blocks::ephemeral("Scheduling your reminder…"));
    if (c.response_url.empty()) return reply;
    reply.then_run(
        [&deps, plan = std::move(plan), url = c.response_url] { return schedule_and_respond(plan, url, deps); });
    return reply;
}

}  // namespace pushback::handlers::followups
