#pragma once
// What the installable app needs (read by app/config from SLACK_CLIENT_ID, SLACK_CLIENT_SECRET,
// SLACK_STATE_SECRET, PUSHBACK_PUBLIC_URL, SLACK_OAUTH_AUTHORIZE_URL and PUSHBACK_PURGE_ON_UNINSTALL).

#include <chrono>
#include <optional>
#include <string>
#include <string_view>

namespace pushback::handlers::oauth {

// The bot scopes the install asks for: exactly those of deploy/slack-app-manifest.yml (a test compares them).
inline constexpr std::string_view bot_scopes = "commands,chat:write,chat:write.public,im:write,users:read,files:write";

struct Settings {
    std::string client_id;
    std::string client_secret;
    std::string state_secret;
    std::string public_url;  // "https://pushback.example.com", no trailing slash
    std::string authorize_url = "https://slack.com/oauth/v2/authorize";
    // After an uninstall the team's decision log, reminders and cached time zones are purged after this long
    // (0: at once); nullopt: kept.
    std::optional<std::chrono::seconds> purge_after = std::chrono::hours{24 * 30};

    std::string redirect_uri() const { return public_url + "/slack/oauth_redirect"; }
};

}  // namespace pushback::handlers::oauth
