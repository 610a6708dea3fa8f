#include "handlers/app_home.hpp"

#include <boost/json.hpp>

#include "bot/blocks.hpp"
#include "handlers/commitments.hpp"
#include "handlers/decisions/decisions.hpp"
#include "handlers/followups/time_phrases.hpp"

namespace pushback::handlers {
namespace json = boost::json;

json::object home_view(storage::Owner const& owner, Deps const& deps) {
    json::array b;
    b.push_back(bot::blocks::header("Pushback: push back well"));
    b.push_back(bot::blocks::section(
        "Pushback is specific, comes with options, and lands on the record without burning the relationship.\n"
        "• `/pushback <draft>`: what to do next (send it, fix one thing, log it, or stop), then cards to copy\n"
        "• *Reframe this* (message menu ⋮): the same coaching on any message; on a PM's ask, a reply that builds "
        "trust\n"
        "• `/pushback commit <decision>` and `/pushback log`: your disagree-and-commit record\n"
        "• `/pushback share <n>` and `/pushback decisions`: a channel's shared decision log\n"
        "• `/pushback followup @person [when]`: a reminder to put your 1:1 in writing\n"
        "• `/pushback ladder` · `/pushback checklist`"));
    b.push_back(bot::blocks::divider());

    // Recent commitments: up to 8 entries, 2 blocks each, keeps the view far under 100 blocks.
    auto entries = deps.store.list_commitments(owner, 8, 0);
    b.push_back(bot::blocks::section("*Your log*"));
    if (auto const record = decisions::track_record_line(owner, deps); !record.empty())
        b.push_back(bot::blocks::context(":bar_chart: " + record + "."));
    if (!entries) {
        b.push_back(bot::blocks::context("Your log could not be read just now; try again in a minute."));
    } else if (entries->empty()) {
        b.push_back(bot::blocks::context("Nothing logged yet. `/pushback commit <decision>` logs one in seconds."));
    } else {
        for (auto const& c : *entries) {
            std::string status(storage::to_string(c.status));
            if (c.share_state == storage::ShareState::shared) status += ", shared in <#" + c.share_channel + ">";
            b.push_back(bot::blocks::section(
                "*#" + std::to_string(c.id) + "* (" + status + ") " +
                bot::blocks::escape(bot::blocks::truncate(c.decision, 300)) +
                (c.concerns.empty() ? ""
                                    : "\n_Concerns:_ " + bot::blocks::escape(bot::blocks::truncate(c.concerns, 300)))));
            json::array buttons{bot::blocks::button("Edit", action_commitment_edit, std::to_string(c.id))};
            if (c.status != storage::CommitmentStatus::done) {
                buttons.push_back(bot::blocks::button("Mark done", action_commitment_done, std::to_string(c.id)));
            }
            b.push_back(bot::blocks::actions("home_commitment_" + std::to_string(c.id), std::move(buttons)));
        }
    }
    b.push_back(bot::blocks::divider());

    // Decisions shared in the channels the user has used Pushback in (each proved by a signed request),
    // anyone's, newest first.
    auto const now = std::chrono::floor<std::chrono::seconds>(deps.clock.now());
    auto shared = deps.store.shared_in_my_channels(owner, now - std::chrono::days{180}, 6);
    b.push_back(bot::blocks::section("*Shared in your channels*"));
    if (!shared) {
        b.push_back(bot::blocks::context("The channels' logs could not be read just now; try again in a minute."));
    } else if (shared->empty()) {
        b.push_back(bot::blocks::context(
            "Nothing yet. `/pushback decisions` in a channel lists what is shared there; `/pushback share <n>` adds "
            "one of yours."));
    } else {
        for (auto const& c : *shared) {
            b.push_back(bot::blocks::section("*#" + std::to_string(c.id) + "* in <#" + c.share_channel + ">, by <@" +
                                             c.owner.user_id + "> · " + decisions::date_of(c.created_at) + "\n" +
                                             bot::blocks::escape(bot::blocks::truncate(c.decision, 300))));
        }
    }
    b.push_back(bot::blocks::divider());

    auto reminders = deps.store.list_pending(owner, 10);
    b.push_back(bot::blocks::section("*Pending follow-ups and revisits*"));
    if (!reminders) {
        b.push_back(bot::blocks::context("Your reminders could not be read just now; try again in a minute."));
    } else if (reminders->empty()) {
        b.push_back(
            bot::blocks::context("None. After a 1:1, `/pushback followup @person` reminds you to write it up."));
    } else {
        std::string list;
        for (auto const& r : *reminders) {
            std::string who = r.with_whom.starts_with('U') || r.with_whom.starts_with('W')
                                  ? "<@" + r.with_whom + ">"
                                  : bot::blocks::escape(r.with_whom);
            if (r.kind == storage::ReminderKind::revisit) {
                list += "• Revisit decision #" + std::to_string(r.commitment_id.value_or(0)) + ": " +
                        bot::blocks::escape(handlers::followups::format_local(r.due_at, r.tz)) + "\n";
                continue;
            }
            list += "• 1:1 with " + who + ": " +
                    bot::blocks::escape(handlers::followups::format_local(r.due_at, r.tz)) + "\n";
        }
        b.push_back(bot::blocks::section(list));
    }
    return json::object{{"type", "home"}, {"blocks", std::move(b)}};
}

bot::Reply app_home_opened(bot::EventCallback const& e, Deps const& deps) {
    auto const* tab = e.event.if_contains("tab");
    if (e.user_id.empty() || (tab && tab->is_string() && tab->get_string() != "home")) return bot::Reply::ack();
    bot::Reply r = bot::Reply::ack();
    r.then_call("views.publish",
                json::object{{"user_id", e.user_id}, {"view", home_view(storage::Owner{e.team_id, e.user_id}, deps)}});
    return r;
}

}  // namespace pushback::handlers
