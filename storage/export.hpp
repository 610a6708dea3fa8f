#pragma once
// Renders decision-log entries for the user to keep: Markdown in seed 002's format, and CSV that opens
// safely in a spreadsheet. Pure functions; Store::export_* call them with the owner's whole log.

#include <span>
#include <string>

#include "storage/types.hpp"

namespace pushback::storage {

// "# Decision log" then one section per entry: Date, Decision, Context, Alternatives considered,
// Trade-offs, Decision maker, Concerns on record, Status, Source. Empty fields read "_not recorded_".
std::string render_markdown(std::span<Commitment const> entries);

// RFC 4180: header row, CRLF line ends, every field quoted ("" for a quote). A cell starting with
// = + - @ (or tab / CR) gets a leading apostrophe so spreadsheets do not run it as a formula.
std::string render_csv(std::span<Commitment const> entries);

// One CSV cell, quoted and neutralised as above (exposed for tests and other exports).
std::string csv_cell(std::string_view value);

}  // namespace pushback::storage
