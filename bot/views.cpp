#include "bot/views.hpp"

#include <boost/json.hpp>

#include "bot/blocks.hpp"
#include "util/json.hpp"

namespace pushback::bot::views {
namespace json = boost::json;

json::object text_input(std::string block_id, std::string_view label, std::string_view initial,
                        std::string_view placeholder, bool multiline, bool optional, int max_length) {
    json::object element{{"type", "plain_text_input"},
                         {"action_id", block_id + "_input"},
                         {"multiline", multiline},
                         {"max_length", max_length}};
    if (!initial.empty())
        element["initial_value"] = bot::blocks::truncate(initial, static_cast<std::size_t>(max_length));
    if (!placeholder.empty()) element["placeholder"] = bot::blocks::plain(bot::blocks::truncate(placeholder, 150));
    return {{"type", "input"},
            {"block_id", std::move(block_id)},
            {"label", bot::blocks::plain(label)},
            {"optional", optional},
            {"element", std::move(element)}};
}

namespace {

json::object const* state_of(json::object const& payload, std::string_view block_id, std::string_view action_id) {
    auto const* view = payload.if_contains("view");
    if (!view || !view->is_object()) return nullptr;
    auto const* state = view->get_object().if_contains("state");
    if (!state || !state->is_object()) return nullptr;
    auto const* values = state->get_object().if_contains("values");
    if (!values || !values->is_object()) return nullptr;
    auto const* block = values->get_object().if_contains(block_id);
    if (!block || !block->is_object()) return nullptr;
    auto const* action = block->get_object().if_contains(action_id);
    if (!action || !action->is_object()) return nullptr;
    return &action->get_object();
}

using util::string_at;

}  // namespace

std::string input_value(json::object const& payload, std::string_view block_id, std::string_view action_id) {
    auto const* a = state_of(payload, block_id, action_id);
    return a ? string_at(*a, "value") : std::string{};
}

std::string selected_value(json::object const& payload, std::string_view block_id, std::string_view action_id) {
    auto const* a = state_of(payload, block_id, action_id);
    if (!a) return {};
    if (auto u = string_at(*a, "selected_user"); !u.empty()) return u;
    if (auto const* opt = a->if_contains("selected_option"); opt && opt->is_object()) {
        return string_at(opt->get_object(), "value");
    }
    if (auto d = string_at(*a, "selected_date"); !d.empty()) return d;
    // Checkboxes: the first ticked option.
    if (auto const* opts = a->if_contains("selected_options"); opts && opts->is_array() && !opts->get_array().empty()) {
        auto const& first = opts->get_array().front();
        if (first.is_object()) return string_at(first.get_object(), "value");
    }
    return {};
}

std::string view_id(json::object const& payload) {
    if (auto const* v = payload.if_contains("view"); v && v->is_object()) return string_at(v->get_object(), "id");
    return {};
}

std::string private_metadata(json::object const& payload) {
    if (auto const* v = payload.if_contains("view"); v && v->is_object()) {
        return string_at(v->get_object(), "private_metadata");
    }
    return {};
}

std::string action_value(json::object const& payload) {
    if (auto const* a = payload.if_contains("actions"); a && a->is_array() && !a->get_array().empty()) {
        auto const& first = a->get_array().front();
        if (first.is_object()) return string_at(first.get_object(), "value");
    }
    return {};
}

json::object modal(std::string callback_id, std::string_view title, json::array blocks_,
                   std::optional<std::string> submit, std::string_view close, std::string_view private_metadata) {
    json::object v{{"type", "modal"},
                   {"callback_id", std::move(callback_id)},
                   {"title", bot::blocks::plain(bot::blocks::truncate(title, 24))},
                   {"close", bot::blocks::plain(bot::blocks::truncate(close, 24))},
                   {"blocks", std::move(blocks_)}};
    if (submit) v["submit"] = bot::blocks::plain(bot::blocks::truncate(*submit, 24));
    if (!private_metadata.empty()) v["private_metadata"] = private_metadata;
    return v;
}

}  // namespace pushback::bot::views
