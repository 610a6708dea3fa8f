#pragma once
// Small helpers for modals: building inputs and reading a view_submission's state safely.

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>

namespace pushback::bot::views {

// A plain_text_input block. `max_length` ≤ 3000 (Slack's limit).
boost::json::object text_input(std::string block_id, std::string_view label, std::string_view initial,
                               std::string_view placeholder, bool multiline, bool optional, int max_length = 3000);

// The value typed in block_id/action_id of a view_submission payload ("" when absent).
std::string input_value(boost::json::object const& payload, std::string_view block_id, std::string_view action_id);
// The selected option value / selected user of a select or radio element, a datepicker's date (YYYY-MM-DD),
// or the first ticked checkbox's value ("" when none is ticked).
std::string selected_value(boost::json::object const& payload, std::string_view block_id, std::string_view action_id);

std::string view_id(boost::json::object const& payload);
std::string private_metadata(boost::json::object const& payload);
// The first action's `value` in a block_actions payload.
std::string action_value(boost::json::object const& payload);

boost::json::object modal(std::string callback_id, std::string_view title, boost::json::array blocks,
                          std::optional<std::string> submit, std::string_view close,
                          std::string_view private_metadata = {});

}  // namespace pushback::bot::views
