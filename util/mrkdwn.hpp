#pragma once
// Slack's text escaping: &, < and > are reserved in mrkdwn and plain_text objects. Used by bot/'s
// Block Kit builders and by templates/, which sizes every reframing as Slack will count it.

#include <string>
#include <string_view>

namespace pushback::util {

// Escapes &, < and > the way Slack asks for text placed in mrkdwn or plain_text objects.
std::string mrkdwn_escape(std::string_view text);
// The same, appended to `out`.
void mrkdwn_escape_into(std::string& out, std::string_view text);

}  // namespace pushback::util
