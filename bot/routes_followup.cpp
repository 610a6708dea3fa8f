// The follow-up routes live in bot/ (not handlers/) because Router's methods are defined in pushback_bot:
// registering from pushback_handlers would make the two static libraries depend on each other.
#include "bot/router.hpp"
#include "handlers/followup.hpp"
#include "handlers/pushback.hpp"

namespace pushback::handlers {

void register_followup_routes(bot::Router& router, Deps const& deps) {
    Deps const* d = &deps;
    router.action(action_remind_followup, [d](bot::Interaction const& i) { return followup_button(i, *d); });
    router.view(followup_modal_callback, [d](bot::Interaction const& i) { return followup_submission(i, *d); });
    router.action(action_reminder_done, [d](bot::Interaction const& i) { return reminder_done(i, *d); });
    router.action(action_reminder_snooze, [d](bot::Interaction const& i) { return reminder_snooze(i, *d); });
    router.action(action_reminder_tomorrow, [d](bot::Interaction const& i) { return reminder_tomorrow(i, *d); });
}

}  // namespace pushback::handlers
