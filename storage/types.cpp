#include "storage/types.hpp"

namespace pushback::storage {

std::string_view to_string(StorageErrorKind kind) {
    switch (kind) {
        case StorageErrorKind::invalid_argument:
            return "invalid_argument";
        case StorageErrorKind::not_found:
            return "not_found";
        case StorageErrorKind::newer_schema:
            return "newer_schema";
        case StorageErrorKind::not_a_database:
            return "not_a_database";
        case StorageErrorKind::busy:
            return "busy";
        case StorageErrorKind::io:
            return "io";
        case StorageErrorKind::corrupt:
            return "corrupt";
        case StorageErrorKind::internal:
            return "internal";
    }
    return "internal";
}

std::string_view to_string(CommitmentStatus status) {
    switch (status) {
        case CommitmentStatus::committed:
            return "committed";
        case CommitmentStatus::revisit:
            return "revisit";
        case CommitmentStatus::done:
            return "done";
    }
    return "committed";
}

std::optional<CommitmentStatus> parse_commitment_status(std::string_view text) {
    if (text == "committed") return CommitmentStatus::committed;
    if (text == "revisit") return CommitmentStatus::revisit;
    if (text == "done") return CommitmentStatus::done;
    return std::nullopt;
}

std::string_view to_string(ReminderState state) {
    switch (state) {
        case ReminderState::pending:
            return "pending";
        case ReminderState::claimed:
            return "claimed";
        case ReminderState::delivered:
            return "delivered";
        case ReminderState::done:
            return "done";
    }
    return "pending";
}

std::string_view to_string(ShareState state) {
    switch (state) {
        case ShareState::none:
            return "";
        case ShareState::shared:
            return "shared";
        case ShareState::withdrawn:
            return "withdrawn";
    }
    return "";
}

std::string_view to_string(Outcome outcome) {
    switch (outcome) {
        case Outcome::none:
            return "";
        case Outcome::came_true:
            return "came_true";
        case Outcome::held:
            return "held";
    }
    return "";
}

std::string_view to_string(ReminderKind kind) { return kind == ReminderKind::revisit ? "revisit" : "followup"; }

}  // namespace pushback::storage
