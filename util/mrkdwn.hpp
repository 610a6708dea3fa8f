#pragma once
// Slack's text escaping: &, < and > in text placed in mrkdwn or plain_text objects (Slack's "Formatting
// text for app surfaces"). Everything else, mentions included, stays as typed.

#include <string>
#include <string_view>

namespace pushback::util {

std::string mrkdwn_escape(std::string_view text);
// The same, appended to `out`.
void mrkdwn_escape_into(std::string& out, std::string_view text);

}  // namespace pushback::util
