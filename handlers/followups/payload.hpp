#pragma once
// Private to the follow-up reminder feature: small readers its handler files share (trimming, Slack user ids,
// fields of an interaction payload, who is asking, the clock in whole seconds).

#include <boost/json/object.hpp>
#include <chrono>
#include <string>
#include <string_view>

#include "bot/request.hpp"
#include "handlers/deps.hpp"
#include "storage/types.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace pushback::handlers::followups::detail {

using util::trim;

inline storage::Seconds now_seconds(Deps const& deps) {
    return std::chrono::floor<std::chrono::seconds>(deps.clock.now());
}

inline bool is_user_id(std::string_view s) {
    if (s.size() < 3 || s.size() > 32 || (s.front() != 'U' && s.front() != 'W')) return false;
    bool digit = false;
    for (char c : s) {
        if (c >= '0' && c <= '9') {
            digit = true;
        } else if (c < 'A' || c > 'Z') {
            return false;
        }
    }
    return digit;
}

using util::object_at;
using util::string_at;

inline std::string first_action_value(bot::Interaction const& i) {
    auto const* actions = i.payload.if_contains("actions");
    if (!actions || !actions->is_array() || actions->get_array().empty()) return {};
    auto const& a = actions->get_array().front();
    return a.is_object() ? string_at(&a.get_object(), "value") : std::string{};
}

inline storage::Owner owner_of(bot::Interaction const& i) { return {i.team_id, i.user_id}; }

}  // namespace pushback::handlers::followups::detail
