#pragma once
// The commitments log: disagree-and-commit and decision-log entries (date, decision, context,
// alternatives, trade-offs, decision maker, concerns on record, status), logged quickly with
// `/pushback commit`, fully with the "Log as commitment" modal, listed and searched with
// `/pushback log`, exported with `/pushback export`, edited and closed from App Home.

#include "bot/reply.hpp"
#include "bot/request.hpp"
#include "handlers/deps.hpp"
#include "templates/advice.hpp"

namespace pushback::handlers {

bot::Reply commit_command(bot::SlashCommand const& c, std::string_view text, Deps const& deps);
bot::Reply log_command(bot::SlashCommand const& c, std::string_view words, Deps const& deps);
bot::Reply export_command(bot::SlashCommand const& c, std::string_view args, Deps const& deps);

// The "Log as commitment" value for a draft the advice triaged as a commitment: the decision, the concern
// and the decision maker it found, as a small JSON object, so the modal opens prefilled.
std::string commitment_prefill_value(templates::CommitmentDraft const& prefill, std::string_view draft);

// Buttons: "Log as commitment" (value: the draft, or a commitment_prefill_value) and "Edit" (value: the
// entry id) open the modal.
bot::Reply open_decision_log(bot::Interaction const& i, Deps const& deps);
bot::Reply edit_commitment(bot::Interaction const& i, Deps const& deps);
// "Mark done" (value: the entry id).
bot::Reply commitment_done(bot::Interaction const& i, Deps const& deps);
// The modal's submission: validated, stored, confirmed.
bot::Reply decision_log_submitted(bot::Interaction const& i, Deps const& deps);

inline constexpr char const* decision_log_callback = "decision_log";
inline constexpr char const* action_commitment_edit = "commitment_edit";
inline constexpr char const* action_commitment_done = "commitment_done";

// Field limits enforced on submission (and as the inputs' max_length).
inline constexpr std::size_t max_decision_chars = 500;
inline constexpr std::size_t max_field_chars = 3000;

}  // namespace pushback::handlers
