#include "handlers/commitments.hpp"

#include <boost/json.hpp>
#include <charconv>

#include "bot/blocks.hpp"
#include "bot/views.hpp"
#include "detector/analysis.hpp"
#include "detector/report.hpp"
#include "handlers/app_home.hpp"
#include "handlers/decisions/decisions.hpp"
#include "handlers/followups/time_phrases.hpp"
#include "templates/advice.hpp"
#include "util/json.hpp"
#include "util/text.hpp"
#include "util/time_zone.hpp"
#include "util/utf8.hpp"

namespace pushback::handlers {
namespace json = boost::json;
using storage::Commitment;
using storage::CommitmentStatus;
using storage::Owner;

namespace {

std::string status_label(CommitmentStatus s) {
    switch (s) {
        case CommitmentStatus::committed:
            return ":handshake: committed";
        case CommitmentStatus::revisit:
            return ":arrows_counterclockwise: revisit";
        case CommitmentStatus::done:
            return ":white_check_mark: done";
    }
    return "committed";
}

std::optional<storage::Id> parse_id(std::string_view s) {
    storage::Id id = 0;
    auto const [end, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
    if (ec != std::errc{} || end != s.data() + s.size() || id <= 0) return std::nullopt;
    return id;
}

std::string storage_problem(storage::StorageError const& e) {
    if (e.kind == storage::StorageErrorKind::not_found) return "I can't find that entry in your log.";
    if (e.kind == storage::StorageErrorKind::invalid_argument) return "That entry can't be saved: " + e.message + ".";
    return "Something went wrong on our side saving that; nothing was changed. Please try again in a minute.";
}

// One entry as a section: what a reader of the log needs first.
std::string entry_text(Commitment const& c) {
    std::string t = "*#" + std::to_string(c.id) + "* · " + decisions::date_of(c.created_at) + " · " +
                    status_label(c.status) + "\n*Decision:* " +
                    bot::blocks::escape(bot::blocks::truncate(c.decision, 500));
    auto add = [&](char const* label, std::string const& v) {
        if (!v.empty()) t += std::string("\n*") + label + ":* " + bot::blocks::escape(bot::blocks::truncate(v, 400));
    };
    add("Context", c.context);
    add("Alternatives", c.alternatives);
    add("Trade-offs", c.trade_offs);
    add("Decision maker", c.decision_maker);
    add("Concerns on record", c.concerns);
    if (!c.source_link.empty()) t += "\n<" + bot::blocks::escape(c.source_link) + "|Source message>";
    return bot::blocks::truncate(t, 2900);
}

// What the detector found checkable in `text` ("Dec 4; sprint 12"), so a log entry keeps the particulars.
std::string particulars_of(std::string_view text) {
    std::string out;
    for (auto const& s : detector::analyze(text).specifics) {
        if (!detector::listed_as_particular(s, text)) continue;  // "table", "row": no particular of the decision
        if (!out.empty()) out += "; ";
        out += std::string(s.range.in(text));
    }
    return out;
}

Owner owner_of(bot::SlashCommand const& c) { return {c.team_id, c.user_id}; }
Owner owner_of(bot::Interaction const& i) { return {i.team_id, i.user_id}; }

// The modal's metadata: an entry id when editing, "c:<channel>" for a new entry opened from a channel (where
// it may be shared), "" otherwise.
std::string share_channel_of(std::string_view metadata) {
    if (!metadata.starts_with("c:")) return {};
    auto const channel = metadata.substr(2);
    return decisions::is_shareable_channel(channel) ? std::string(channel) : std::string{};
}

// The channel a button was clicked in (an ephemeral reply in a channel, a DM, App Home: none).
std::string channel_of(bot::Interaction const& i) {
    if (auto const* ch = i.payload.if_contains("channel"); ch && ch->is_object())
        if (auto const* id = ch->get_object().if_contains("id"); id && id->is_string())
            return std::string(id->get_string());
    if (auto const* c = i.payload.if_contains("container"); c && c->is_object())
        if (auto const* id = c->get_object().if_contains("channel_id"); id && id->is_string())
            return std::string(id->get_string());
    return {};
}

json::object decision_log_modal(Commitment const& prefill, std::string_view metadata, bool editing,
                                std::string const& revisit_date) {
    json::array b;
    b.push_back(bot::blocks::context(
        "A decision log entry is what you will point to in the retro: what was decided, why, what else was on the "
        "table, and your concerns on record. Disagree and commit: once it is logged, you execute as if it were your "
        "own call."));
    b.push_back(bot::views::text_input("decision", "Decision", prefill.decision,
                                       "e.g. Ship SSO in the March release as scoped", false, false,
                                       static_cast<int>(max_decision_chars)));
    b.push_back(bot::views::text_input("context", "Context", prefill.context,
                                       "Why this came up; the constraint or deadline", true, true));
    b.push_back(bot::views::text_input("alternatives", "Alternatives considered", prefill.alternatives,
                                       "e.g. Polling (simpler but hits rate limits)", true, true));
    b.push_back(bot::views::text_input("tradeoffs", "Trade-offs", prefill.trade_offs,
                                       "What we give up with this choice", true, true));
    b.push_back(bot::views::text_input("decision_maker", "Decision maker", prefill.decision_maker,
                                       "e.g. PM and tech lead jointly", false, true, 200));
    b.push_back(bot::views::text_input("concerns", "Your concerns, on the record", prefill.concerns,
                                       "What you raised, so the retro can check it", true, true));
    json::array options;
    for (auto s : {CommitmentStatus::committed, CommitmentStatus::revisit, CommitmentStatus::done}) {
        auto const id = std::string(storage::to_string(s));
        options.push_back(json::object{{"text", bot::blocks::plain(id)}, {"value", id}});
    }
    json::object select{{"type", "static_select"}, {"action_id", "status_input"}, {"options", options}};
    auto const current = std::string(storage::to_string(prefill.status));
    select["initial_option"] = json::object{{"text", bot::blocks::plain(current)}, {"value", current}};
    b.push_back(json::object{{"type", "input"},
                             {"block_id", "status"},
                             {"label", bot::blocks::plain("Status")},
                             {"element", std::move(select)}});
    if (prefill.outcome == storage::Outcome::none) {
        b.push_back(json::object{
            {"type", "input"},
            {"block_id", "revisit"},
            {"optional", true},
            {"label", bot::blocks::plain("Revisit on")},
            {"hint", bot::blocks::plain("With concerns on record, Pushback asks you that day whether they came true.")},
            {"element",
             json::object{{"type", "datepicker"}, {"action_id", "revisit_input"}, {"initial_date", revisit_date}}}});
    }
    if (auto const channel = share_channel_of(metadata); !channel.empty()) {
        json::object option{
            {"text", bot::blocks::mrkdwn("Share in <#" + channel + ">")},
            {"description", bot::blocks::mrkdwn("Posts the decision card there, kept in sync with edits")},
            {"value", "share"}};
        b.push_back(json::object{{"type", "input"},
                                 {"block_id", "share"},
                                 {"optional", true},
                                 {"label", bot::blocks::plain("Channel log")},
                                 {"element", json::object{{"type", "checkboxes"},
                                                          {"action_id", "share_input"},
                                                          {"options", json::array{option}},
                                                          {"initial_options", json::array{option}}}}});
    }
    return bot::views::modal(decision_log_callback, editing ? "Edit log entry" : "Log a commitment", std::move(b),
                             editing ? "Save" : "Log it", "Cancel", metadata);
}

}  // namespace

namespace {

// "<decision> revisit <when>": the last " revisit " splits the decision from the time phrase.
std::pair<std::string_view, std::string_view> split_revisit(std::string_view text) {
    std::string low(text);
    for (auto& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    auto const at = low.rfind(" revisit ");
    if (at == std::string::npos) return {text, {}};
    return {util::trim(text.substr(0, at)), util::trim(text.substr(at + 9))};
}

// The concern a one-line commitment names ("...; my concern about the security review is on record"),
// or "": the words after the marker, up to "is on record" or the sentence's end.
std::string concern_in(std::string_view text) {
    std::string low(text);
    for (auto& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    static constexpr std::string_view markers[] = {
        "my concern is that ", "my concern is ",     "my concern about ", "my concern: ",        "my concern that ",
        "my concerns: ",       "my concern, ",       "concern: ",         "i'm concerned that ", "i am concerned that ",
        "i'm worried that ",   "i am worried that ", "concerned about ",  "worried about "};
    for (auto marker : markers) {
        auto const at = low.find(marker);
        if (at == std::string::npos) continue;
        auto const start = at + marker.size();
        auto end = low.size();
        for (std::string_view stop : {" is on record", " is on the record", " on record", " on the record", ". ", "; "})
            if (auto const e = low.find(stop, start); e != std::string::npos) end = std::min(end, e);
        auto concern = util::trim(text.substr(start, end - start));
        while (!concern.empty() && (concern.back() == '.' || concern.back() == ',' || concern.back() == ';'))
            concern.remove_suffix(1);
        return std::string(concern);
    }
    return {};
}

std::string cached_tz(Owner const& owner, Deps const& deps) {
    auto tz = deps.store.user_tz(owner);
    return tz && *tz && util::is_known_time_zone((*tz)->tz) ? (*tz)->tz : std::string("UTC");
}

std::string revisit_note(storage::Reminder const& r, bool has_concern) {
    return ":calendar: Revisit on *" + bot::blocks::escape(followups::format_local(r.due_at, r.tz)) +
           (has_concern ? "*: I'll DM you then to ask whether your concern came true."
                        : "*: I'll DM you then to ask how the decision held up.");
}

}  // namespace

bot::Reply commit_command(bot::SlashCommand const& c, std::string_view text, Deps const& deps) {
    auto const [decision, when] = split_revisit(text);
    if (decision.empty()) {
        return bot::Reply::json(bot::blocks::ephemeral(
            "Usage: `/pushback commit <the decision> [revisit <when>]`, e.g. `/pushback commit Ship SSO in March as "
            "scoped; my concern about the 2-week security review is on record revisit in a fortnight`. For the full "
            "entry (context, alternatives, trade-offs), use the *Log as commitment* button under a `/pushback` "
            "reply."));
    }
    if (bot::blocks::char_count(decision) > max_decision_chars) {
        return bot::Reply::json(bot::blocks::ephemeral(
            "A decision is best stated in one or two sentences (up to " + std::to_string(max_decision_chars) +
            " characters; yours has " + std::to_string(bot::blocks::char_count(decision)) +
            "). Put the rest in the entry's context: use the *Log as commitment* "
            "button for the full form."));
    }
    auto const owner = owner_of(c);
    auto const tz = cached_tz(owner, deps);
    auto const now = std::chrono::floor<std::chrono::seconds>(deps.clock.now());
    std::optional<storage::Seconds> revisit_at;
    if (!when.empty()) {
        // Checked before anything is stored: a phrase that does not parse logs nothing.
        auto parsed = followups::parse_when(when, now, tz);
        if (!parsed) {
            return bot::Reply::json(
                bot::blocks::ephemeral("Nothing logged: I couldn't read the revisit time. " + parsed.error().message));
        }
        revisit_at = *parsed;
    }
    auto const analysis = detector::analyze(decision);
    storage::NewCommitment entry;
    entry.decision = std::string(decision);
    if (auto p = particulars_of(decision); !p.empty()) entry.context = "Particulars: " + p;
    // The coaching clauses: the concern and the decision maker, when the text says them.
    auto const advice = templates::advise(deps.templates, analysis, decision);
    if (advice.triage == templates::Triage::commitment) {
        entry.concerns = advice.commitment.concern;
        entry.decision_maker = advice.commitment.decision_maker;
    }
    if (entry.concerns.empty()) entry.concerns = concern_in(decision);
    entry.status = CommitmentStatus::committed;
    auto stored = deps.store.add_commitment(owner, entry);
    if (!stored) return bot::Reply::json(bot::blocks::ephemeral(storage_problem(stored.error())));

    std::string revisit_line;
    if (revisit_at || !stored->concerns.empty()) {
        auto r = revisit_at ? decisions::schedule_revisit_at(owner, stored->id, *revisit_at, tz, c.enterprise_id, deps)
                            : decisions::schedule_revisit_on(owner, stored->id, decisions::default_revisit_date(deps),
                                                             c.enterprise_id, deps);
        if (r) {
            revisit_line = revisit_note(*r, !stored->concerns.empty());
            stored->revisit_at = r->due_at;
        } else {
            revisit_line = "The revisit could not be scheduled just now; set it with *Edit entry*.";
        }
    }

    json::array b;
    b.push_back(bot::blocks::section(":memo: *Logged as #" + std::to_string(stored->id) +
                                     ".* Disagree and commit: it is "
                                     "on the record now, so you can execute fully.\n" +
                                     entry_text(*stored)));
    if (!revisit_line.empty()) b.push_back(bot::blocks::context(revisit_line));
    if (analysis.vague) {
        b.push_back(
            bot::blocks::context(":bulb: This decision is vague on its own; add what makes it checkable later "
                                 "(a date, a scope, a number) with *Edit*."));
    }
    if (decisions::is_shareable_channel(c.channel_id)) {
        b.push_back(bot::blocks::context("`/pushback share " + std::to_string(stored->id) +
                                         "` puts it in this channel's decision log."));
    }
    b.push_back(bot::blocks::actions(
        "commit_actions",
        json::array{bot::blocks::button("Edit entry", action_commitment_edit, std::to_string(stored->id)),
                    bot::blocks::button("Mark done", action_commitment_done, std::to_string(stored->id))}));
    return bot::Reply::json(bot::blocks::ephemeral("Logged as #" + std::to_string(stored->id), std::move(b)));
}

bot::Reply log_command(bot::SlashCommand const& c, std::string_view words, Deps const& deps) {
    auto const owner = owner_of(c);
    constexpr std::size_t shown = 10;
    auto entries = words.empty() ? deps.store.list_commitments(owner, shown, 0)
                                 : deps.store.search_commitments(owner, words, storage::max_list_limit);
    if (!entries) return bot::Reply::json(bot::blocks::ephemeral(storage_problem(entries.error())));
    if (entries->empty()) {
        return bot::Reply::json(bot::blocks::ephemeral(
            words.empty()
                ? "Your log is empty. Log a decision with `/pushback commit <decision>` or the *Log as "
                  "commitment* button under a `/pushback` reply."
                : "Nothing in your log matches “" + bot::blocks::escape(bot::blocks::truncate(words, 100)) + "”."));
    }
    json::array b;
    std::string head;
    if (words.empty()) {
        head = "*Your decision log*, newest first";
        if (auto const total = deps.store.count_commitments(owner)) head += " (" + std::to_string(*total) + " in all)";
    } else {
        // The count is of the matches, not of the whole log.
        auto const matches = entries->size();
        head = "*Entries matching “" + bot::blocks::escape(bot::blocks::truncate(words, 100)) + "”* (" +
               std::to_string(matches) + (matches == 1 ? " match" : " matches") +
               (matches > shown ? ", best " + std::to_string(shown) + " shown" : std::string{}) + ")";
        if (entries->size() > shown) entries->resize(shown);
    }
    b.push_back(bot::blocks::section(head));
    for (auto const& e : *entries) b.push_back(bot::blocks::section(entry_text(e)));
    if (auto const record = decisions::track_record_line(owner, deps); !record.empty())
        b.push_back(bot::blocks::context(":bar_chart: Your track record: " + record + "."));
    b.push_back(bot::blocks::context(
        "`/pushback log <words>` searches · `/pushback export [md|csv|json]` sends you the whole log as a file · "
        "`/pushback share <n>` puts an entry in a channel's log · edit and close entries from the Pushback App Home"));
    return bot::Reply::json(bot::blocks::ephemeral(std::to_string(entries->size()) + " log entries", std::move(b)));
}

bot::Reply export_command(bot::SlashCommand const& c, std::string_view args, Deps const& deps) {
    return decisions::export_log(c, args, deps);
}

std::string commitment_prefill_value(templates::CommitmentDraft const& prefill, std::string_view draft) {
    auto const cut = [](std::string_view s, std::size_t n) { return bot::blocks::truncate(s, n); };
    json::object o{{"decision", cut(prefill.decision, 300)},
                   {"concerns", cut(prefill.concern, 300)},
                   {"decision_maker", cut(prefill.decision_maker, 100)},
                   {"revisit", cut(prefill.revisit, 80)},  // cards11
                   {"draft", cut(draft, 900)}};
    return json::serialize(o);
}

// --- cards11: the revisit the draft names ---
// "Let's check the delivery rates again in 2 weeks": the revisit the advice read in the draft sets the modal's date
// when the time phrases read it; otherwise it goes in the context as said ("Revisit: end of Q1") and the date stays
// the default.
std::string revisit_day(Commitment& prefill, std::string const& revisit, bot::Interaction const& i, Deps const& deps) {
    if (revisit.empty()) return decisions::default_revisit_date(deps);
    auto const owner = owner_of(i);
    auto const now = std::chrono::floor<std::chrono::seconds>(deps.clock.now());
    if (auto parsed = followups::parse_when(revisit, now, cached_tz(owner, deps))) return decisions::date_of(*parsed);
    prefill.context = "Revisit: " + revisit;
    return decisions::default_revisit_date(deps);
}
// --- end cards11 ---

bot::Reply open_decision_log(bot::Interaction const& i, Deps const& deps) {
    auto const draft = bot::views::action_value(i.payload);
    Commitment prefill;
    std::string revisit;  // cards11: the revisit the draft names ("end of Q1")
    boost::system::error_code ec;
    auto const v = draft.starts_with("{\"decision\":") ? json::parse(draft, ec) : json::value{};
    if (!ec && v.is_object()) {
        // A commitment the advice recognised: its decision, concern and decision maker, each from its clause.
        // A field the advice did not find stays empty rather than filled with the draft's tokens.
        auto const& o = v.get_object();
        prefill.decision = util::string_at(o, "decision");
        prefill.concerns = util::string_at(o, "concerns");
        prefill.decision_maker = util::string_at(o, "decision_maker");
        revisit = util::string_at(o, "revisit");  // cards11
    } else {
        // The draft is what the engineer raised: it belongs on the record as their concerns.
        prefill.concerns = draft;
    }
    auto const channel = channel_of(i);
    std::string const metadata = decisions::is_shareable_channel(channel) ? "c:" + channel : std::string{};
    bot::Reply r = bot::Reply::ack();
    r.then_call(
        "views.open",
        json::object{{"trigger_id", i.trigger_id},
                     {"view", decision_log_modal(prefill, metadata, false, revisit_day(prefill, revisit, i, deps))}});
    return r;
}

bot::Reply edit_commitment(bot::Interaction const& i, Deps const& deps) {
    auto const id = parse_id(bot::views::action_value(i.payload));
    if (!id) return bot::Reply::ack();
    auto entry = deps.store.get_commitment(owner_of(i), *id);
    if (!entry) {
        bot::Reply r = bot::Reply::ack();
        if (!i.response_url.empty()) {
            r.then_respond(i.response_url, bot::blocks::ephemeral_response(storage_problem(entry.error())));
        }
        return r;
    }
    bot::Reply r = bot::Reply::ack();
    r.then_call("views.open",
                json::object{{"trigger_id", i.trigger_id},
                             {"view", decision_log_modal(*entry, std::to_string(*id), true,
                                                         entry->revisit_at ? decisions::date_of(*entry->revisit_at)
                                                                           : decisions::default_revisit_date(deps))}});
    return r;
}

bot::Reply commitment_done(bot::Interaction const& i, Deps const& deps) {
    auto const id = parse_id(bot::views::action_value(i.payload));
    if (!id) return bot::Reply::ack();
    auto const owner = owner_of(i);
    auto done = deps.store.set_commitment_status(owner, *id, CommitmentStatus::done);
    bot::Reply r = bot::Reply::ack();
    if (done) decisions::sync_card(r, *done);
    std::string const message =
        done ? ":white_check_mark: #" + std::to_string(*id) + " marked done." : storage_problem(done.error());
    if (!i.response_url.empty()) {
        r.then_respond(i.response_url, bot::blocks::ephemeral_response(message));
    }
    // From App Home there is no response_url: refresh the Home tab instead.
    if (auto const* view = i.payload.if_contains("view"); view && view->is_object()) {
        if (auto const* t = view->get_object().if_contains("type"); t && t->is_string() && t->get_string() == "home") {
            r.then_call("views.publish", json::object{{"user_id", i.user_id}, {"view", home_view(owner, deps)}});
        }
    }
    return r;
}

bot::Reply decision_log_submitted(bot::Interaction const& i, Deps const& deps) {
    auto const& p = i.payload;
    auto field = [&](char const* block) { return bot::views::input_value(p, block, std::string(block) + "_input"); };
    auto const decision = field("decision");
    json::object errors;
    if (decision.find_first_not_of(" \n\t") == std::string::npos) {
        errors["decision"] = "Say what was decided, in a sentence.";
    } else if (bot::blocks::char_count(decision) > max_decision_chars) {
        errors["decision"] =
            "Keep the decision under " + std::to_string(max_decision_chars) + " characters; put the rest in Context.";
    }
    for (auto const* block : {"context", "alternatives", "tradeoffs", "concerns"}) {
        if (bot::blocks::char_count(field(block)) > max_field_chars) {
            errors[block] = "At most " + std::to_string(max_field_chars) + " characters.";
        }
    }
    if (bot::blocks::char_count(field("decision_maker")) > 200) errors["decision_maker"] = "At most 200 characters.";
    auto status = storage::parse_commitment_status(bot::views::selected_value(p, "status", "status_input"));
    // The revisit date (YYYY-MM-DD sorts as text): after today, within a year.
    auto const revisit = bot::views::selected_value(p, "revisit", "revisit_input");
    if (!revisit.empty()) {
        auto const now = std::chrono::floor<std::chrono::seconds>(deps.clock.now());
        if (revisit.size() != 10 || revisit <= decisions::date_of(now) ||
            revisit > decisions::date_of(now + std::chrono::days{365}))
            errors["revisit"] = "Pick a day after today and within a year.";
    }
    if (!errors.empty()) return bot::Reply::json(json::object{{"response_action", "errors"}, {"errors", errors}});

    auto const owner = owner_of(i);
    auto const metadata = bot::views::private_metadata(p);
    std::optional<Commitment> saved;
    std::string problem;
    if (auto const id = parse_id(metadata)) {
        storage::CommitmentPatch patch;
        patch.decision = decision;
        patch.context = field("context");
        patch.alternatives = field("alternatives");
        patch.trade_offs = field("tradeoffs");
        patch.decision_maker = field("decision_maker");
        patch.concerns = field("concerns");
        patch.status = status.value_or(CommitmentStatus::committed);
        auto r = deps.store.update_commitment(owner, *id, patch);
        if (r)
            saved = *r;
        else
            problem = storage_problem(r.error());
    } else {
        storage::NewCommitment entry{decision,
                                     field("context"),
                                     field("alternatives"),
                                     field("tradeoffs"),
                                     field("decision_maker"),
                                     field("concerns"),
                                     status.value_or(CommitmentStatus::committed),
                                     {}};
        auto r = deps.store.add_commitment(owner, entry);
        if (r)
            saved = *r;
        else
            problem = storage_problem(r.error());
    }
    if (!saved)
        return bot::Reply::json(json::object{{"response_action", "errors"}, {"errors", {{"decision", problem}}}});

    json::array b;
    b.push_back(bot::blocks::section(":memo: *Saved as #" + std::to_string(saved->id) + ".*\n" + entry_text(*saved)));
    // Concerns on record come back on the revisit date (once their outcome is known, there is nothing to ask).
    if (!saved->concerns.empty() && saved->outcome == storage::Outcome::none && !revisit.empty()) {
        auto scheduled = decisions::schedule_revisit_on(owner, saved->id, revisit, i.enterprise_id, deps);
        b.push_back(bot::blocks::context(scheduled ? revisit_note(*scheduled, true)
                                                   : "The revisit could not be scheduled just now; try *Edit* again."));
    }
    auto const channel = share_channel_of(metadata);
    bool const share = !channel.empty() && bot::views::selected_value(p, "share", "share_input") == "share";
    if (share) b.push_back(bot::blocks::context(":pushpin: Posting its card in <#" + channel + ">…"));
    b.push_back(bot::blocks::context("Find it again with `/pushback log` or in the Pushback App Home."));
    bot::Reply r = bot::Reply::json(json::object{
        {"response_action", "update"},
        {"view", bot::views::modal(decision_log_callback, "Logged", std::move(b), std::nullopt, "Close")}});
    decisions::sync_card(r, *saved);
    if (share) {
        r.then_run([&deps, owner, id = saved->id, channel, user = i.user_id] {
            return decisions::post_card(deps, owner, id, channel, decisions::Notify{user, {}});
        });
    }
    r.then_call("views.publish", json::object{{"user_id", i.user_id}, {"view", home_view(owner, deps)}});
    return r;
}

}  // namespace pushback::handlers
