#pragma once
// Renders decision-log entries for the user to keep: Markdown in seed 002's format, and CSV that opens
// safely in a spreadsheet. The renderers are pure; export_* read the owner's whole log and render it.

#include <span>
#include <string>

#include "storage/store.hpp"
#include "storage/types.hpp"

namespace pushback::handlers {

// "# Decision log" then one section per entry: Date, Decision, Context, Alternatives considered,
// Trade-offs, Decision maker, Concerns on record, Status, Source. Empty fields read "_not recorded_".
std::string render_markdown(std::span<storage::Commitment const> entries);

// RFC 4180: header row, CRLF line ends, every field quoted ("" for a quote). A cell starting with
// = + - @ (or tab / CR) gets a leading apostrophe so spreadsheets do not run it as a formula.
std::string render_csv(std::span<storage::Commitment const> entries);

// {"decisions": [{id, date, created_at, updated_at, logged_by, decision, context, alternatives_considered,
// trade_offs, decision_maker, concerns, status, source_link, shared_in, revisit_on, outcome}]}, one line.
std::string render_json(std::span<storage::Commitment const> entries);

// One CSV cell, quoted and neutralised as above (exposed for tests and other exports).
std::string csv_cell(std::string_view value);

// The owner's whole log in seed 002's decision-log format (plus concerns and status), oldest first.
storage::Result<std::string> export_markdown(storage::Store& store, storage::Owner const& owner);
// The same as CSV.
storage::Result<std::string> export_csv(storage::Store& store, storage::Owner const& owner);

}  // namespace pushback::handlers
