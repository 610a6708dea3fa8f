#include "handlers/export.hpp"

#include <date/date.h>

#include <array>
#include <boost/json.hpp>

#include "storage/store.hpp"
#include "util/utf8.hpp"

namespace pushback::handlers {
namespace {

std::string iso_date(storage::Seconds t) { return date::format("%Y-%m-%d", date::floor<date::days>(t)); }
std::string iso_time(storage::Seconds t) { return date::format("%Y-%m-%dT%H:%M:%SZ", t); }

// A field inside a Markdown list item: continuation lines are indented so they stay in the item, and a
// blank value says so instead of vanishing.
void md_field(std::string& out, std::string_view label, std::string_view value) {
    out += "- **";
    out += label;
    out += ":** ";
    auto const first = value.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) {
        out += "_not recorded_\n";
        return;
    }
    auto const last = value.find_last_not_of(" \t\r\n");
    value = value.substr(first, last - first + 1);
    for (char c : value) {
        if (c == '\r') continue;
        out += c;
        if (c == '\n') out += "  ";
    }
    out += '\n';
}

std::string one_line(std::string_view text, std::size_t max) {
    std::string out;
    for (char c : util::utf8_prefix(text, max)) out += (c == '\n' || c == '\r' || c == '\t') ? ' ' : c;
    if (text.size() > max) out += "...";
    return out;
}

}  // namespace

std::string render_markdown(std::span<storage::Commitment const> entries) {
    std::string out = "# Decision log\n";
    if (entries.empty()) {
        out += "\n_No decisions logged yet._\n";
        return out;
    }
    for (auto const& c : entries) {
        out += "\n## " + iso_date(c.created_at) + ": " + one_line(c.decision, 100) + "\n\n";
        md_field(out, "Date", iso_date(c.created_at));
        md_field(out, "Decision", c.decision);
        md_field(out, "Context", c.context);
        md_field(out, "Alternatives considered", c.alternatives);
        md_field(out, "Trade-offs", c.trade_offs);
        md_field(out, "Decision maker", c.decision_maker);
        md_field(out, "Concerns on record", c.concerns);
        md_field(out, "Status", to_string(c.status));
        if (!c.source_link.empty()) md_field(out, "Source", c.source_link);
        if (c.revisit_at && c.outcome == storage::Outcome::none) md_field(out, "Revisit on", iso_date(*c.revisit_at));
        if (c.outcome != storage::Outcome::none)
            md_field(
                out, "Outcome",
                std::string(c.outcome == storage::Outcome::came_true ? "the concern came true" : "the decision held") +
                    " (" + iso_date(*c.outcome_at) + ")");
    }
    return out;
}

std::string render_json(std::span<storage::Commitment const> entries) {
    boost::json::array out;
    for (auto const& c : entries) {
        boost::json::object o{{"id", c.id},
                              {"date", iso_date(c.created_at)},
                              {"created_at", iso_time(c.created_at)},
                              {"updated_at", iso_time(c.updated_at)},
                              {"logged_by", c.owner.user_id},
                              {"decision", c.decision},
                              {"context", c.context},
                              {"alternatives_considered", c.alternatives},
                              {"trade_offs", c.trade_offs},
                              {"decision_maker", c.decision_maker},
                              {"concerns", c.concerns},
                              {"status", to_string(c.status)},
                              {"source_link", c.source_link}};
        o["shared_in"] = c.share_state == storage::ShareState::shared ? boost::json::value(c.share_channel)
                                                                      : boost::json::value(nullptr);
        o["revisit_on"] = c.revisit_at ? boost::json::value(iso_date(*c.revisit_at)) : boost::json::value(nullptr);
        o["outcome"] = c.outcome == storage::Outcome::none ? boost::json::value(nullptr)
                                                           : boost::json::value(to_string(c.outcome));
        out.push_back(std::move(o));
    }
    return boost::json::serialize(boost::json::object{{"decisions", std::move(out)}}) + "\n";
}

std::string csv_cell(std::string_view value) {
    std::string out = "\"";
    if (!value.empty() && (value.front() == '=' || value.front() == '+' || value.front() == '-' ||
                           value.front() == '@' || value.front() == '\t' || value.front() == '\r'))
        out += '\'';
    for (char c : value) {
        if (c == '"') out += '"';
        out += c;
    }
    out += '"';
    return out;
}

std::string render_csv(std::span<storage::Commitment const> entries) {
    std::string out =
        "id,date,created_at,updated_at,decision,context,alternatives_considered,trade_offs,decision_maker,"
        "concerns,status,source_link\r\n";
    for (auto const& c : entries) {
        std::array<std::string, 12> const cells{std::to_string(c.id),
                                                iso_date(c.created_at),
                                                iso_time(c.created_at),
                                                iso_time(c.updated_at),
                                                c.decision,
                                                c.context,
                                                c.alternatives,
                                                c.trade_offs,
                                                c.decision_maker,
                                                c.concerns,
                                                std::string{to_string(c.status)},
                                                c.source_link};
        for (std::size_t i = 0; i < cells.size(); ++i) {
            if (i) out += ',';
            out += csv_cell(cells[i]);
        }
        out += "\r\n";
    }
    return out;
}

storage::Result<std::string> export_markdown(storage::Store& store, storage::Owner const& owner) {
    auto entries = store.all_commitments(owner);
    if (!entries) return std::unexpected(entries.error());
    return render_markdown(*entries);
}

storage::Result<std::string> export_csv(storage::Store& store, storage::Owner const& owner) {
    auto entries = store.all_commitments(owner);
    if (!entries) return std::unexpected(entries.error());
    return render_csv(*entries);
}

}  // namespace pushback::handlers
