#include "bot/routes.hpp"

#include "handlers/app_home.hpp"
#include "handlers/commitments.hpp"
#include "handlers/followup.hpp"
#include "handlers/pushback.hpp"
#include "handlers/reframe.hpp"

namespace pushback::bot {

void register_routes(Router& router, handlers::Deps const& d) {
    using namespace handlers;
    router.command("/pushback", [&d](SlashCommand const& c) { return pushback(c, d); });
    router.shortcut(reframe_callback, [&d](Interaction const& i) { return reframe_shortcut(i, d); });
    router.view(reframe_modal_callback, [&d](Interaction const& i) { return reframe_submitted(i, d); });
    router.action(action_log_commitment, [&d](Interaction const& i) { return open_decision_log(i, d); });
    router.action(action_show_ladder, [&d](Interaction const& i) { return show_ladder(i, d); });
    router.action(action_commitment_edit, [&d](Interaction const& i) { return edit_commitment(i, d); });
    router.action(action_commitment_done, [&d](Interaction const& i) { return commitment_done(i, d); });
    router.view(decision_log_callback, [&d](Interaction const& i) { return decision_log_submitted(i, d); });
    router.event("app_home_opened", [&d](EventCallback const& e) { return app_home_opened(e, d); });
    register_followup_routes(router, d);  // remind_followup, followup_modal, reminder_done/snooze/tomorrow
}

}  // namespace pushback::bot
