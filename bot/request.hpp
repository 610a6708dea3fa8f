#pragma once
// The three kinds of request Slack sends to /slack/events, parsed and verified. Handlers receive
// these; they never see the raw HTTP request.

#include <boost/json/object.hpp>
#include <string>

namespace pushback::bot {

// A slash command (form body with `command`).
struct SlashCommand {
    std::string team_id;
    std::string enterprise_id;
    bool enterprise_install = false;  // is_enterprise_install: sent for an org-wide install
    std::string user_id;
    std::string user_name;
    std::string channel_id;
    std::string command;  // "/pushback"
    std::string text;
    std::string response_url;
    std::string trigger_id;
};

// An interactivity payload (form body with `payload`, JSON inside): message_action, block_actions,
// view_submission, view_closed, shortcut.
struct Interaction {
    std::string type;
    std::string team_id;
    std::string enterprise_id;  // enterprise.id in Enterprise Grid
    bool enterprise_install = false;
    std::string user_id;
    std::string trigger_id;
    std::string response_url;  // absent for view_submission
    std::string callback_id;   // message_action / shortcut: its callback_id; view_*: the view's callback_id
    std::string action_id;     // block_actions: the first action's action_id
    boost::json::object payload;
};

// An Events API call of type event_callback (JSON body).
struct EventCallback {
    std::string team_id;
    std::string enterprise_id;  // the installation the event is for (authorizations[0], else the top level)
    bool enterprise_install = false;
    std::string event_id;
    std::string event_type;  // event.type, e.g. "app_home_opened"
    std::string user_id;     // event.user when present
    int retry_num = 0;       // X-Slack-Retry-Num, 0 on the first delivery
    boost::json::object event;
};

}  // namespace pushback::bot
