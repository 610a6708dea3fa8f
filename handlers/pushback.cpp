#include "handlers/pushback.hpp"

#include <boost/json.hpp>
#include <optional>

#include "bot/blocks.hpp"
#include "detector/analysis.hpp"
#include "handlers/coaching.hpp"
#include "handlers/commitments.hpp"
#include "handlers/decisions/decisions.hpp"
#include "handlers/followups/followups.hpp"
#include "util/text.hpp"
#include "util/utf8.hpp"

namespace pushback::handlers {
namespace json = boost::json;

namespace {

using util::trim;

// Splits "word rest" on the first space; the word lowercased.
std::pair<std::string, std::string_view> first_word(std::string_view text) {
    auto const sp = text.find_first_of(" \n\t");
    std::string word(text.substr(0, sp));
    for (auto& c : word) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return {word, sp == std::string_view::npos ? std::string_view{} : trim(text.substr(sp))};
}

json::object guidance_message(std::string const& mrkdwn_text, std::string_view fallback) {
    json::array b;
    b.push_back(bot::blocks::section(mrkdwn_text));
    return bot::blocks::ephemeral(fallback, std::move(b));
}

}  // namespace

namespace {

// A draft, checked and analysed: either a refusal to send instead, or the analysis and its advice.
struct CoachedDraft {
    std::string text;  // valid UTF-8
    std::optional<std::string> refusal;
    detector::Analysis analysis;
    templates::Advice advice;
};

CoachedDraft coach(std::string_view raw_draft, Deps const& deps) {
    CoachedDraft d;
    d.text = util::repair_utf8(raw_draft);
    auto const chars = bot::blocks::char_count(d.text);
    if (chars > max_draft_chars) {
        d.refusal = "Your draft is " + std::to_string(chars) + " characters; /pushback coaches drafts up to " +
                    std::to_string(max_draft_chars) +
                    " characters. A message to your PM lands better short: split it into the one concern that "
                    "matters most and try again.";
        return d;
    }
    d.analysis = detector::analyze(d.text);
    d.advice = templates::advise(deps.templates, d.analysis, d.text);
    return d;
}

template <typename Sink>
void draft_blocks(Sink& out, CoachedDraft const& d) {
    using templates::Triage;
    coaching_blocks(out, d.analysis, d.text, d.advice);
    // Buttons carry the draft (cut to Slack's 2,000-character value limit) so their handlers need no state;
    // a commitment's carries the prefilled log entry instead.
    std::string const value = bot::blocks::truncate(d.text, bot::blocks::max_button_value - 100);
    switch (d.advice.triage) {
        case Triage::not_pushback:
            break;
        case Triage::commitment:
            // "Sounds good, I'll take it Monday": an agreement with nothing to log gets no log to open.
            if (d.advice.cards.empty()) break;
            out.actions("pushback_actions", {{"Log as commitment", action_log_commitment,
                                              commitment_prefill_value(d.advice.commitment, d.text), "primary"},
                                             {"Remind me to follow up in writing", action_remind_followup, value}});
            break;
        case Triage::stop:
            out.actions("pushback_actions", {{"Show the escalation ladder", action_show_ladder, "ladder", "primary"},
                                             {"Remind me to follow up in writing", action_remind_followup, value}});
            break;
        default:
            if (d.advice.perspective == templates::Side::ask) {  // an ask is not a decision to log
                out.actions("pushback_actions", {{"Remind me to follow up in writing", action_remind_followup, value},
                                                 {"Show the escalation ladder", action_show_ladder, "ladder"}});
                break;
            }
            out.actions("pushback_actions", {{"Log as commitment", action_log_commitment, value, "primary"},
                                             {"Remind me to follow up in writing", action_remind_followup, value},
                                             {"Show the escalation ladder", action_show_ladder, "ladder"}});
    }
    out.context("Only you can see this. `/pushback help` for everything Pushback does.");
}

}  // namespace

json::object draft_message(std::string_view raw_draft, Deps const& deps) {
    auto const d = coach(raw_draft, deps);
    if (d.refusal) return bot::blocks::ephemeral(*d.refusal);
    json::array b;
    bot::blocks::BlockArray sink(b);
    draft_blocks(sink, d);
    return bot::blocks::ephemeral(fallback_text(d.advice), std::move(b));
}

bot::Reply draft_reply(std::string_view raw_draft, Deps const& deps) {
    auto const d = coach(raw_draft, deps);
    if (d.refusal) return bot::Reply::json(bot::blocks::ephemeral(*d.refusal));
    // Written straight to JSON text: no value tree to build, walk and free for every request.
    std::string body;
    body.reserve(std::size_t{8} * 1024);
    bot::blocks::BlockWriter sink(body, fallback_text(d.advice));
    draft_blocks(sink, d);
    sink.finish();
    return bot::Reply{200, "application/json", std::move(body), {}};
}

bot::Reply pushback(bot::SlashCommand const& command, Deps const& deps) {
    // Slack escapes &, < and > in command text; the detector reads the text as written.
    auto const unescaped = bot::blocks::unescape(util::repair_utf8(command.text));
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
    if (word == "followup") return followups::followup_command(command, rest, deps);
    if (word == "share") return decisions::share_command(command, rest, deps);
    if (word == "unshare") return decisions::unshare_command(command, rest, deps);
    if (word == "decisions") return decisions::decisions_command(command, rest, deps);
    return draft_reply(text, deps);
}

bot::Reply show_ladder(bot::Interaction const& i, Deps const& deps) {
    bot::Reply r = bot::Reply::ack();
    if (!i.response_url.empty()) {
        json::array b;
        b.push_back(bot::blocks::section(deps.templates.escalation_ladder()));
        r.then_respond(i.response_url, bot::blocks::ephemeral_response("The escalation ladder", std::move(b)));
    }
    return r;
}

}  // namespace pushback::handlers
