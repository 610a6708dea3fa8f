#include "handlers/pushback.hpp"

#include <boost/json.hpp>
#include <boost/json/monotonic_resource.hpp>

#include <cstddef>

#include "detector/analysis.hpp"
#include "detector/utf8.hpp"
#include "handlers/blocks.hpp"
#include "handlers/coaching.hpp"
#include "handlers/commitments.hpp"
#include "handlers/followup.hpp"

namespace pushback::handlers {
namespace json = boost::json;

namespace {

std::string_view trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\n' || s.front() == '\t' || s.front() == '\r')) {
        s.remove_prefix(1);
    }
    while (!s.empty() && (s.back() == ' ' || s.back() == '\n' || s.back() == '\t' || s.back() == '\r')) {
        s.remove_suffix(1);
    }
    return s;
}

// Splits "word rest" on the first space; the word lowercased.
std::pair<std::string, std::string_view> first_word(std::string_view text) {
    auto const sp = text.find_first_of(" \n\t");
    std::string word(text.substr(0, sp));
    for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return {word, sp == std::string_view::npos ? std::string_view{} : trim(text.substr(sp))};
}


json::object guidance_message(std::string const& mrkdwn_text, std::string fallback) {
    json::array b;
    b.push_back(blocks::section(mrkdwn_text));
    return blocks::ephemeral(std::move(fallback), std::move(b));
}

}  // namespace

namespace {

// The /pushback reply for a draft, every JSON value allocated from `sp`.
json::object build_draft_message(std::string_view raw_draft, Deps const& deps, json::storage_ptr const& sp) {
    std::string const valid = detector::valid_utf8(raw_draft);
    std::string_view const draft = valid;
    auto const chars = blocks::char_count(draft);
    if (chars > max_draft_chars) {
        return blocks::ephemeral("Your draft is " + std::to_string(chars) + " characters; /pushback coaches drafts up to " +
                                     std::to_string(max_draft_chars) +
                                     " characters. A message to your PM lands better short: split it into the one "
                                     "concern that matters most and try again.",
                                 json::array(sp), sp);
    }
    auto const analysis = detector::analyze(draft);
    auto const reframings = deps.templates.reframe(analysis, draft, templates::Perspective::own_draft);
    auto b = coaching_blocks(analysis, draft, reframings, sp);
    // Buttons carry the draft (cut to Slack's 2,000-character value limit) so their handlers need no state.
    std::string const value = blocks::truncate(draft, blocks::max_button_value - 100);
    json::array buttons(sp);
    buttons.push_back(blocks::button("Log as commitment", action_log_commitment, value, "primary", sp));
    buttons.push_back(blocks::button("Remind me to follow up in writing", action_remind_followup, value, {}, sp));
    buttons.push_back(blocks::button("Show the escalation ladder", action_show_ladder, "ladder", {}, sp));
    b.push_back(blocks::actions("pushback_actions", std::move(buttons), sp));
    b.push_back(blocks::context("Only you can see this. `/pushback help` for everything Pushback does.", sp));
    return blocks::ephemeral(fallback_text(analysis, reframings.size()), std::move(b), sp);
}

}  // namespace

json::object draft_message(std::string_view raw_draft, Deps const& deps) {
    return build_draft_message(raw_draft, deps, {});
}

bot::Reply draft_reply(std::string_view draft, Deps const& deps) {
    // The reply is built in an arena that starts on the stack and is serialized before the arena
    // goes: a handful of allocations instead of hundreds, and no tree to walk when it is freed.
    alignas(std::max_align_t) unsigned char buffer[reply_arena_bytes];
    json::monotonic_resource arena(buffer, sizeof buffer);
    return bot::Reply::json(build_draft_message(draft, deps, json::storage_ptr(&arena)));
}

bot::Reply pushback(bot::SlashCommand const& command, Deps const& deps) {
    // Slack escapes &, < and > in command text; the detector reads the text as written.
    auto const unescaped = blocks::unescape(detector::valid_utf8(command.text));
    auto const text = trim(unescaped);
    auto const [word, rest] = first_word(text);
    if (text.empty() || word == "help" || word == "?") {
        return bot::Reply::json(guidance_message(deps.templates.help(), "How to use /pushback"));
    }
    if (word == "ladder") {
        return bot::Reply::json(guidance_message(deps.templates.escalation_ladder(), "The escalation ladder"));
    }
    if (word == "checklist") {
        return bot::Reply::json(guidance_message(deps.templates.decision_checklist(), "The pushback checklist"));
    }
    if (word == "commit") return commit_command(command, rest, deps);
    if (word == "log") return log_command(command, rest, deps);
    if (word == "export") return export_command(command, rest, deps);
    if (word == "followup") return followup_command(command, rest, deps);
    return draft_reply(text, deps);
}

bot::Reply show_ladder(bot::Interaction const& i, Deps const& deps) {
    bot::Reply r = bot::Reply::ack();
    if (!i.response_url.empty()) {
        json::array b;
        b.push_back(blocks::section(deps.templates.escalation_ladder()));
        r.then_respond(i.response_url, json::object{{"response_type", "ephemeral"},
                                                    {"replace_original", false},
                                                    {"text", "The escalation ladder"},
                                                    {"blocks", std::move(b)}});
    }
    return r;
}

}  // namespace pushback::handlers
