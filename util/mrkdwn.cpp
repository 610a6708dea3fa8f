#include "util/mrkdwn.hpp"

#include "util/scan.hpp"

namespace pushback::util {

void mrkdwn_escape_into(std::string& out, std::string_view text) {
    // Whole runs between specials are copied at once: every reply escapes the user's draft and
    // each reframing through here.
    std::size_t i = 0;
    while (true) {
        std::size_t const special = next_mrkdwn_special(text, i);
        out.append(text.data() + i, special - i);
        if (special == text.size()) break;
        out += text[special] == '&' ? "&amp;" : text[special] == '<' ? "&lt;" : "&gt;";
        i = special + 1;
    }
}

std::string mrkdwn_escape(std::string_view text) {
    std::string out;
    out.reserve(text.size() + 16);
    mrkdwn_escape_into(out, text);
    return out;
}

}  // namespace pushback::util
