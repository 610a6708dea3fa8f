#include "handlers/commitments.hpp"

#include <array>
#include <boost/json.hpp>
#include <charconv>

#include "bot/blocks.hpp"
#include "bot/views.hpp"
#include "detector/analysis.hpp"
#include "handlers/app_home.hpp"
#include "handlers/export.hpp"
#include "util/utf8.hpp"

namespace pushback::handlers {
namespace json = boost::json;
using storage::Commitment;
using storage::CommitmentStatus;
using storage::Owner;

namespace {

std::string date_of(storage::Seconds t) {
    auto const days = std::chrono::floor<std::chrono::days>(t);
    std::chrono::year_month_day const ymd{days};
    std::array<char, 16> buf{};
    std::snprintf(buf.data(), buf.size(), "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf.data();
}

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
    std::string t = "*#" + std::to_string(c.id) + "* · " + date_of(c.created_at) + " · " + status_label(c.status) +
                    "\n*Decision:* " + bot::blocks::escape(bot::blocks::truncate(c.decision, 500));
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
        if (!out.empty()) out += "; ";
        out += std::string(s.range.in(text));
    }
    return out;
}

Owner owner_of(bot::SlashCommand const& c) { return {c.team_id, c.user_id}; }
Owner owner_of(bot::Interaction const& i) { return {i.team_id, i.user_id}; }

json::object decision_log_modal(Commitment const& prefill, std::string_view metadata, bool editing) {
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
    return bot::views::modal(decision_log_callback, editing ? "Edit log entry" : "Log a commitment", std::move(b),
                             editing ? "Save" : "Log it", "Cancel", metadata);
}

}  // namespace

bot::Reply commit_command(bot::SlashCommand const& c, std::string_view decision, Deps const& deps) {
    if (decision.empty()) {
        return bot::Reply::json(bot::blocks::ephemeral(
            "Usage: `/pushback commit <the decision>`, e.g. `/pushback commit Ship SSO in March as scoped; my "
            "concern about the 2-week security review is on record`. For the full entry (context, alternatives, "
            "trade-offs), use the *Log as commitment* button under a `/pushback` reply."));
    }
    if (bot::blocks::char_count(decision) > max_decision_chars) {
        return bot::Reply::json(bot::blocks::ephemeral(
            "A decision is best stated in one or two sentences (up to " + std::to_string(max_decision_chars) +
            " characters; yours has " + std::to_string(bot::blocks::char_count(decision)) +
            "). Put the rest in the entry's context: use the *Log as commitment* "
            "button for the full form."));
    }
    auto const analysis = detector::analyze(decision);
    storage::NewCommitment entry;
    entry.decision = std::string(decision);
    if (auto p = particulars_of(decision); !p.empty()) entry.context = "Particulars: " + p;
    entry.status = CommitmentStatus::committed;
    auto stored = deps.store.add_commitment(owner_of(c), entry);
    if (!stored) return bot::Reply::json(bot::blocks::ephemeral(storage_problem(stored.error())));

    json::array b;
    b.push_back(bot::blocks::section(":memo: *Logged as #" + std::to_string(stored->id) +
                                     ".* Disagree and commit: it is "
                                     "on the record now, so you can execute fully.\n" +
                                     entry_text(*stored)));
    if (analysis.vague) {
        b.push_back(
            bot::blocks::context(":bulb: This decision is vague on its own; add what makes it checkable later "
                                 "(a date, a scope, a number) with *Edit*."));
    }
    b.push_back(bot::blocks::actions(
        "commit_actions",
        json::array{bot::blocks::button("Edit entry", action_commitment_edit, std::to_string(stored->id)),
                    bot::blocks::button("Mark done", action_commitment_done, std::to_string(stored->id))}));
    return bot::Reply::json(bot::blocks::ephemeral("Logged as #" + std::to_string(stored->id), std::move(b)));
}

bot::Reply log_command(bot::SlashCommand const& c, std::string_view words, Deps const& deps) {
    auto const owner = owner_of(c);
    auto entries =
        words.empty() ? deps.store.list_commitments(owner, 10, 0) : deps.store.search_commitments(owner, words, 10);
    if (!entries) return bot::Reply::json(bot::blocks::ephemeral(storage_problem(entries.error())));
    if (entries->empty()) {
        return bot::Reply::json(bot::blocks::ephemeral(
            words.empty() ? "Your log is empty. Log a decision with `/pushback commit <decision>` or the *Log as "
                            "commitment* button under a `/pushback` reply."
                          : "Nothing in your log matches “" + std::string(words) + "”."));
    }
    auto const total = deps.store.count_commitments(owner);
    json::array b;
    std::string head = words.empty()
                           ? "*Your decision log*, newest first"
                           : "*Entries matching “" + bot::blocks::escape(bot::blocks::truncate(words, 100)) + "”*";
    if (total) head += " (" + std::to_string(*total) + " in all)";
    b.push_back(bot::blocks::section(head));
    for (auto const& e : *entries) b.push_back(bot::blocks::section(entry_text(e)));
    b.push_back(
        bot::blocks::context("`/pushback log <words>` searches · `/pushback export` (or `export csv`) gives you "
                             "the whole log to keep · edit and close entries from the Pushback App Home"));
    return bot::Reply::json(bot::blocks::ephemeral(std::to_string(entries->size()) + " log entries", std::move(b)));
}

bot::Reply export_command(bot::SlashCommand const& c, std::string_view args, Deps const& deps) {
    bool const csv = args == "csv" || args == "CSV";
    auto const owner = owner_of(c);
    auto text = csv ? export_csv(deps.store, owner) : export_markdown(deps.store, owner);
    if (!text) return bot::Reply::json(bot::blocks::ephemeral(storage_problem(text.error())));
    auto const count = deps.store.count_commitments(owner);
    if (count && *count == 0)
        return bot::Reply::json(bot::blocks::ephemeral("Your log is empty: nothing to export yet."));

    // The export goes out as messages the user can keep (copy or save): code blocks of at most 2,800
    // characters, cut at line ends, sent through response_url so a long log is not squeezed into one.
    std::vector<std::string> chunks;
    std::string_view rest = *text;
    while (!rest.empty()) {
        std::size_t cut = std::min<std::size_t>(rest.size(), 2800);
        if (cut < rest.size()) {
            auto const nl = rest.substr(0, cut).rfind('\n');
            if (nl != std::string_view::npos && nl > 0) cut = nl + 1;
            cut = util::utf8_prefix(rest, cut).size();
        }
        chunks.emplace_back(rest.substr(0, cut));
        rest.remove_prefix(cut);
    }
    constexpr std::size_t per_message = 40;
    auto const messages = (chunks.size() + per_message - 1) / per_message;
    bot::Reply reply = bot::Reply::json(bot::blocks::ephemeral(
        "Exporting " + std::to_string(count ? *count : 0) + " entries as " + (csv ? "CSV" : "Markdown") + " (" +
        std::to_string(messages) + " message" + (messages == 1 ? "" : "s") + ")…"));
    for (std::size_t m = 0; m < messages; ++m) {
        json::array b;
        for (std::size_t k = m * per_message; k < std::min(chunks.size(), (m + 1) * per_message); ++k) {
            b.push_back(bot::blocks::section("```" + bot::blocks::escape(chunks[k]) + "```"));
        }
        reply.then_respond(c.response_url,
                           bot::blocks::ephemeral_response(
                               std::string("Your decision log (") + (csv ? "CSV" : "Markdown") + ", part " +
                                   std::to_string(m + 1) + " of " + std::to_string(messages) + ")",
                               std::move(b)));
    }
    return reply;
}

std::string commitment_prefill_value(templates::CommitmentDraft const& prefill, std::string_view draft) {
    auto const cut = [](std::string_view s, std::size_t n) { return bot::blocks::truncate(s, n); };
    json::object o{{"decision", cut(prefill.decision, 300)},
                   {"concerns", cut(prefill.concern, 300)},
                   {"decision_maker", cut(prefill.decision_maker, 100)},
                   {"draft", cut(draft, 900)}};
    return json::serialize(o);
}

bot::Reply open_decision_log(bot::Interaction const& i, Deps const&) {
    auto const draft = bot::views::action_value(i.payload);
    Commitment prefill;
    boost::system::error_code ec;
    auto const v = draft.starts_with("{\"decision\":") ? json::parse(draft, ec) : json::value{};
    if (!ec && v.is_object()) {
        // A commitment the advice recognised: its decision, concern and decision maker.
        auto const field = [&](char const* k) {
            auto const* f = v.get_object().if_contains(k);
            return f && f->is_string() ? std::string(f->get_string()) : std::string{};
        };
        prefill.decision = field("decision");
        prefill.concerns = field("concerns");
        prefill.decision_maker = field("decision_maker");
        if (auto p = particulars_of(field("draft")); !p.empty()) prefill.context = "Particulars raised: " + p;
    } else {
        // The draft is what the engineer raised: it belongs on the record as their concerns.
        prefill.concerns = draft;
        if (auto p = particulars_of(draft); !p.empty()) prefill.context = "Particulars raised: " + p;
    }
    bot::Reply r = bot::Reply::ack();
    r.then_call("views.open",
                json::object{{"trigger_id", i.trigger_id}, {"view", decision_log_modal(prefill, "", false)}});
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
    r.then_call("views.open", json::object{{"trigger_id", i.trigger_id},
                                           {"view", decision_log_modal(*entry, std::to_string(*id), true)}});
    return r;
}

bot::Reply commitment_done(bot::Interaction const& i, Deps const& deps) {
    auto const id = parse_id(bot::views::action_value(i.payload));
    if (!id) return bot::Reply::ack();
    auto const owner = owner_of(i);
    auto done = deps.store.set_commitment_status(owner, *id, CommitmentStatus::done);
    bot::Reply r = bot::Reply::ack();
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
    b.push_back(bot::blocks::context("Find it again with `/pushback log` or in the Pushback App Home."));
    bot::Reply r = bot::Reply::json(json::object{
        {"response_action", "update"},
        {"view", bot::views::modal(decision_log_callback, "Logged", std::move(b), std::nullopt, "Close")}});
    r.then_call("views.publish", json::object{{"user_id", i.user_id}, {"view", home_view(owner, deps)}});
    return r;
}

}  // namespace pushback::handlers
