#include "storage/detail/common.hpp"

#include <array>
#include <utility>

#include "util/time_zone.hpp"

namespace pushback::storage::detail {

std::optional<StorageError> check_owner(Owner const& owner) {
    if (owner.team_id.empty() || owner.user_id.empty())
        return StorageError{StorageErrorKind::invalid_argument, "owner needs a team id and a user id"};
    if (owner.team_id.size() > max_id_bytes || owner.user_id.size() > max_id_bytes)
        return StorageError{StorageErrorKind::invalid_argument, "owner id too long"};
    return std::nullopt;
}

std::optional<StorageError> check_text(std::string_view field, std::string_view value) {
    if (value.size() > max_field_bytes)
        return StorageError{StorageErrorKind::invalid_argument,
                            std::string{field} + " is too long (max " + std::to_string(max_field_bytes) + " bytes)"};
    return std::nullopt;
}

std::optional<StorageError> check_decision(std::string_view decision) {
    if (decision.find_first_not_of(" \t\r\n") == std::string_view::npos)
        return StorageError{StorageErrorKind::invalid_argument, "a commitment needs a decision"};
    return check_text("decision", decision);
}

std::optional<StorageError> check_commitment(NewCommitment const& c) {
    if (auto e = check_decision(c.decision)) return e;
    for (auto [name, value] : std::array<std::pair<std::string_view, std::string_view>, 6>{{
             {"context", c.context},
             {"alternatives", c.alternatives},
             {"trade_offs", c.trade_offs},
             {"decision_maker", c.decision_maker},
             {"concerns", c.concerns},
             {"source_link", c.source_link},
         }})
        if (auto e = check_text(name, value)) return e;
    return std::nullopt;
}

std::optional<StorageError> check_patch(CommitmentPatch const& patch) {
    if (patch.decision)
        if (auto e = check_decision(*patch.decision)) return e;
    for (auto const* field : {&patch.context, &patch.alternatives, &patch.trade_offs, &patch.decision_maker,
                              &patch.concerns, &patch.source_link})
        if (*field)
            if (auto e = check_text("field", **field)) return e;
    return std::nullopt;
}

std::optional<StorageError> check_reminder(NewReminder const& r) {
    if (r.with_whom.find_first_not_of(" \t\r\n") == std::string::npos)
        return StorageError{StorageErrorKind::invalid_argument, "a reminder needs someone to follow up with"};
    if (auto e = check_text("with_whom", r.with_whom)) return e;
    if (auto e = check_text("summary", r.summary)) return e;
    if (auto e = check_time_zone(r.tz)) return e;
    if (r.kind == ReminderKind::revisit && !r.commitment_id)
        return StorageError{StorageErrorKind::invalid_argument, "a revisit reminder needs its commitment"};
    return check_enterprise_id(r.enterprise_id);
}

std::optional<StorageError> check_scope(ChannelScope const& scope) {
    if (scope.team_id.empty() || scope.channel_id.empty())
        return StorageError{StorageErrorKind::invalid_argument, "a channel scope needs a team id and a channel id"};
    if (scope.team_id.size() > max_id_bytes || scope.channel_id.size() > max_id_bytes)
        return StorageError{StorageErrorKind::invalid_argument, "channel id too long"};
    return std::nullopt;
}

std::optional<StorageError> check_time_zone(std::string_view tz) {
    if (!util::is_known_time_zone(tz)) return StorageError{StorageErrorKind::invalid_argument, "unknown time zone"};
    return std::nullopt;
}

std::optional<StorageError> check_channel(std::string_view channel) {
    if (channel.empty() || channel.size() > max_id_bytes)
        return StorageError{StorageErrorKind::invalid_argument, "a channel id is 1 to 255 bytes"};
    return std::nullopt;
}

std::optional<StorageError> check_share(std::string_view channel, std::string_view ts) {
    if (auto e = check_channel(channel)) return e;
    if (ts.size() > 64) return StorageError{StorageErrorKind::invalid_argument, "message ts too long"};
    return std::nullopt;
}

std::optional<StorageError> check_can_share(std::string_view state, std::string_view shared_in,
                                            std::string_view channel) {
    if (state == to_string(ShareState::shared) && shared_in != channel)
        return StorageError{StorageErrorKind::invalid_argument, "already shared in another channel"};
    return std::nullopt;
}

std::optional<StorageError> check_can_withdraw(std::string_view state) {
    if (state != to_string(ShareState::shared))
        return StorageError{StorageErrorKind::invalid_argument, "not shared in a channel"};
    return std::nullopt;
}

std::optional<StorageError> check_outcome(Outcome outcome) {
    if (outcome == Outcome::none)
        return StorageError{StorageErrorKind::invalid_argument, "an outcome is came_true or held"};
    return std::nullopt;
}

std::optional<StorageError> check_event_id(std::string_view event_id) {
    if (event_id.empty() || event_id.size() > max_id_bytes)
        return StorageError{StorageErrorKind::invalid_argument, "event id must be 1..255 bytes"};
    return std::nullopt;
}

std::optional<StorageError> check_installation(Installation const& i) {
    auto invalid = [](std::string m) { return StorageError{StorageErrorKind::invalid_argument, std::move(m)}; };
    if (i.key().empty()) return invalid("installation needs a team id (or an enterprise id for an org-wide install)");
    if (i.bot_user_id.empty()) return invalid("installation needs a bot user id");
    if (i.sealed_bot_token.empty()) return invalid("installation needs a bot token");
    if (looks_plain(i.sealed_bot_token) || looks_plain(i.sealed_refresh_token))
        return invalid("tokens must be sealed before they are stored");
    for (auto const* id : {&i.enterprise_id, &i.team_id, &i.bot_user_id, &i.installer_user_id, &i.app_id}) {
        if (id->size() > max_id_bytes) return invalid("installation id too long");
    }
    if (i.sealed_bot_token.size() > max_token_bytes || i.sealed_refresh_token.size() > max_token_bytes)
        return invalid("token too long");
    if (auto e = check_text("team name", i.team_name)) return e;
    if (auto e = check_text("scopes", i.bot_scopes)) return e;
    return std::nullopt;
}

std::optional<StorageError> check_enterprise_id(std::string_view enterprise_id) {
    if (enterprise_id.size() > max_id_bytes)
        return StorageError{StorageErrorKind::invalid_argument, "enterprise id too long"};
    return std::nullopt;
}

std::optional<StorageError> check_installation_ids(std::string_view enterprise_id, std::string_view team_id) {
    if (enterprise_id.size() > max_id_bytes || team_id.size() > max_id_bytes)
        return StorageError{StorageErrorKind::invalid_argument, "installation id too long"};
    return std::nullopt;
}

std::optional<StorageError> check_refreshed_tokens(std::string_view sealed_bot_token,
                                                   std::string_view sealed_refresh_token) {
    if (sealed_bot_token.empty() || looks_plain(sealed_bot_token) || looks_plain(sealed_refresh_token))
        return StorageError{StorageErrorKind::invalid_argument, "tokens must be sealed before they are stored"};
    return std::nullopt;
}

std::optional<StorageError> check_nonce(std::string_view nonce) {
    if (nonce.empty() || nonce.size() > max_id_bytes)
        return StorageError{StorageErrorKind::invalid_argument, "state nonce must be 1..255 bytes"};
    return std::nullopt;
}

std::optional<StorageError> check_team_id(std::string_view team_id) {
    if (team_id.empty() || team_id.size() > max_id_bytes)
        return StorageError{StorageErrorKind::invalid_argument, "team id must be 1..255 bytes"};
    return std::nullopt;
}

ReminderState parse_reminder_state(std::string_view s) {
    if (s == "claimed") return ReminderState::claimed;
    if (s == "delivered") return ReminderState::delivered;
    if (s == "done") return ReminderState::done;
    return ReminderState::pending;
}

}  // namespace pushback::storage::detail
