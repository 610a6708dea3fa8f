#include "app/routes.hpp"

#include "handlers/app_home.hpp"
#include "handlers/commitments.hpp"
#include "handlers/decisions/decisions.hpp"
#include "handlers/followups/followups.hpp"
#include "handlers/pushback.hpp"
#include "handlers/reframe.hpp"

namespace pushback::app {

// Every route, in one place; handlers stay plain functions.
void register_routes(bot::Router& router, handlers::Deps const& d) {
    using namespace handlers;
    using bot::EventCallback, bot::Interaction, bot::SlashCommand;
    router.command("/pushback", [&d](bot::SlashCommand const& c) { return pushback(c, d); });
    router.shortcut(reframe_callback, [&d](bot::Interaction const& i) { return reframe_shortcut(i, d); });
    router.view(reframe_modal_callback, [&d](bot::Interaction const& i) { return reframe_submitted(i, d); });
    router.action(action_log_commitment, [&d](bot::Interaction const& i) { return open_decision_log(i, d); });
    router.action(action_show_ladder, [&d](bot::Interaction const& i) { return show_ladder(i, d); });
    router.action(action_commitment_edit, [&d](bot::Interaction const& i) { return edit_commitment(i, d); });
    router.action(action_commitment_done, [&d](bot::Interaction const& i) { return commitment_done(i, d); });
    router.view(decision_log_callback, [&d](bot::Interaction const& i) { return decision_log_submitted(i, d); });
    router.event("app_home_opened", [&d](bot::EventCallback const& e) { return app_home_opened(e, d); });
    // 1:1 follow-up reminders (handlers/followups/).
    router.action(action_remind_followup, [&d](bot::Interaction const& i) { return followups::followup_button(i, d); });
    router.view(followups::followup_modal_callback,
                [&d](bot::Interaction const& i) { return followups::followup_submission(i, d); });
    router.action(followups::action_reminder_done,
                  [&d](bot::Interaction const& i) { return followups::reminder_done(i, d); });
    router.action(followups::action_reminder_snooze,
                  [&d](bot::Interaction const& i) { return followups::reminder_snooze(i, d); });
    router.action(followups::action_reminder_tomorrow,
                  [&d](bot::Interaction const& i) { return followups::reminder_tomorrow(i, d); });
    // Decisions on the record: the revisit DM's buttons (handlers/decisions/).
    router.action(decisions::action_came_true,
                  [&d](bot::Interaction const& i) { return decisions::revisit_came_true(i, d); });
    router.action(decisions::action_went_fine,
                  [&d](bot::Interaction const& i) { return decisions::revisit_went_fine(i, d); });
    router.action(decisions::action_snooze_week,
                  [&d](bot::Interaction const& i) { return decisions::revisit_snooze_week(i, d); });
}

}  // namespace pushback::app
