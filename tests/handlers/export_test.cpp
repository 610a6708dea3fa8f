#include "handlers/export.hpp"

#include <catch2/catch.hpp>

#include "storage/support.hpp"

using namespace pushback;
using namespace pushback::storage;
using namespace pushback::storage::test;
using namespace std::chrono_literals;

namespace {

// A strict RFC 4180 reader, to check what a spreadsheet would see.
std::vector<std::vector<std::string>> parse_csv(std::string_view text) {
    std::vector<std::vector<std::string>> rows;
    std::vector<std::string> row;
    std::string cell;
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char const c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                cell += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                cell += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            row.push_back(std::move(cell));
            cell.clear();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            row.push_back(std::move(cell));
            cell.clear();
            rows.push_back(std::move(row));
            row.clear();
            ++i;
        } else {
            cell += c;
        }
    }
    REQUIRE_FALSE(quoted);
    REQUIRE(cell.empty());
    return rows;
}

Commitment seed_entry() {
    Commitment c;
    c.id = 7;
    c.owner = {"T1", "U1"};
    c.created_at = utc(2026, 2, 15, 9, 30);
    c.updated_at = utc(2026, 2, 16, 8);
    c.decision = "Use webhook notifications instead of polling for partner API";
    c.context = "Partner has rate limits that make polling expensive at scale";
    c.alternatives = "Polling (simpler but hits rate limits),\nWebSocket (partner does not support it)";
    c.trade_offs = "Webhooks require us to build a receiver endpoint and handle retries, but avoid rate limit issues";
    c.decision_maker = "PM and tech lead jointly";
    c.concerns = "";
    c.status = CommitmentStatus::revisit;
    c.source_link = "https://acme.slack.com/archives/C1/p1700000000000100";
    return c;
}

}  // namespace

TEST_CASE("Markdown export follows the decision-log format", "[storage]") {
    std::vector<Commitment> const entries{seed_entry()};
    auto const md = handlers::render_markdown(entries);
    CHECK_THAT(md, Catch::StartsWith("# Decision log\n"));
    CHECK_THAT(md, Catch::Contains("## 2026-02-15: Use webhook notifications instead of polling for partner API\n"));
    CHECK_THAT(md, Catch::Contains("- **Date:** 2026-02-15\n"));
    CHECK_THAT(md, Catch::Contains("- **Decision:** Use webhook notifications instead of polling for partner API\n"));
    CHECK_THAT(md, Catch::Contains("- **Context:** Partner has rate limits that make polling expensive at scale\n"));
    // A multi-line field stays inside its list item.
    CHECK_THAT(md, Catch::Contains("- **Alternatives considered:** Polling (simpler but hits rate limits),\n"
                                   "  WebSocket (partner does not support it)\n"));
    CHECK_THAT(md, Catch::Contains("- **Trade-offs:** Webhooks require us"));
    CHECK_THAT(md, Catch::Contains("- **Decision maker:** PM and tech lead jointly\n"));
    CHECK_THAT(md, Catch::Contains("- **Concerns on record:** _not recorded_\n"));
    CHECK_THAT(md, Catch::Contains("- **Status:** revisit\n"));
    CHECK_THAT(md, Catch::Contains("- **Source:** https://acme.slack.com/archives/C1/p1700000000000100\n"));

    CHECK_THAT(handlers::render_markdown({}), Catch::Contains("No decisions logged yet"));
}

TEST_CASE("CSV export is RFC 4180 and safe to open in a spreadsheet", "[storage]") {
    auto tricky = seed_entry();
    tricky.id = 8;
    tricky.decision = "=HYPERLINK(\"http://evil.example\",\"click\")";
    tricky.context = "+1 for \"quotes\", commas, and\r\nnew lines";
    tricky.alternatives = "-2 options";
    tricky.trade_offs = "@SUM(A1:A9)";
    tricky.decision_maker = "\tcmd";
    tricky.concerns = "a = b is fine mid-cell";
    std::vector<Commitment> const entries{seed_entry(), tricky};
    auto const csv = handlers::render_csv(entries);

    auto const rows = parse_csv(csv);
    REQUIRE(rows.size() == 3);
    for (auto const& row : rows) CHECK(row.size() == 12);
    CHECK(rows[0][0] == "id");
    CHECK(rows[0][4] == "decision");
    CHECK(rows[0][9] == "concerns");
    CHECK(rows[1][0] == "7");
    CHECK(rows[1][1] == "2026-02-15");
    CHECK(rows[1][2] == "2026-02-15T09:30:00Z");
    CHECK(rows[1][3] == "2026-02-16T08:00:00Z");
    CHECK(rows[1][6] == seed_entry().alternatives);  // embedded newline survives
    CHECK(rows[1][10] == "revisit");

    CHECK(rows[2][4] == "'=HYPERLINK(\"http://evil.example\",\"click\")");
    CHECK(rows[2][5] == "'+1 for \"quotes\", commas, and\r\nnew lines");
    CHECK(rows[2][6] == "'-2 options");
    CHECK(rows[2][7] == "'@SUM(A1:A9)");
    CHECK(rows[2][8] == "'\tcmd");
    CHECK(rows[2][9] == "a = b is fine mid-cell");

    CHECK(handlers::csv_cell("plain") == "\"plain\"");
    CHECK(handlers::csv_cell("say \"hi\"") == "\"say \"\"hi\"\"\"");
    CHECK(handlers::csv_cell("") == "\"\"");
}

TEST_CASE("the store exports only the owner's log, oldest first", "[storage]") {
    TempDir dir;
    TestClock clock;
    clock.set(utc(2026, 2, 15, 10));
    auto store = open_or_fail(dir.db(), clock.options());
    Owner const alice{"T1", "U1"};
    REQUIRE(store->add_commitment(alice, decision("First decision")));
    clock.advance(24h);
    REQUIRE(store->add_commitment(alice, decision("Second decision")));
    REQUIRE(store->add_commitment(Owner{"T1", "U2"}, decision("Someone else's")));

    auto const md = pushback::handlers::export_markdown(*store, alice);
    REQUIRE(md);
    auto const first = md->find("## 2026-02-15: First decision");
    auto const second = md->find("## 2026-02-16: Second decision");
    REQUIRE(first != std::string::npos);
    REQUIRE(second != std::string::npos);
    CHECK(first < second);
    CHECK(md->find("Someone else") == std::string::npos);

    auto const csv = pushback::handlers::export_csv(*store, alice);
    REQUIRE(csv);
    auto const rows = parse_csv(*csv);
    REQUIRE(rows.size() == 3);
    CHECK(rows[1][4] == "First decision");
    CHECK(rows[2][4] == "Second decision");
}
