#include <catch2/catch.hpp>
#include <set>
#include <thread>

#include "storage/detail/fts_query.hpp"
#include "support.hpp"

using namespace pushback::storage;
using namespace pushback::storage::test;
using namespace std::chrono_literals;
using namespace std::string_literals;

namespace {

Owner const alice{"T1", "U_ALICE"};

NewCommitment webhook_entry() {
    NewCommitment c;
    c.decision = "Use webhook notifications instead of polling for partner API";
    c.context = "Partner has rate limits that make polling expensive at scale";
    c.alternatives = "Polling (simpler but hits rate limits), WebSocket (partner does not support it)";
    c.trade_offs = "Webhooks require us to build a receiver endpoint and handle retries";
    c.decision_maker = "PM and tech lead jointly";
    c.concerns = "Retry storms if the partner replays everything";
    c.source_link = "https://acme.slack.com/archives/C1/p1700000000000100";
    return c;
}

}  // namespace

TEST_CASE("a commitment is stored with every field and read back", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    if (db.backend() == Backend::sqlite) REQUIRE(std::filesystem::exists(db.dir().db()));  // var/ was created

    auto added = store->add_commitment(alice, webhook_entry());
    REQUIRE(added);
    CHECK(added->id > 0);
    CHECK(added->owner == alice);
    CHECK(added->created_at == utc(2026, 2, 15, 10));
    CHECK(added->updated_at == added->created_at);
    CHECK(added->status == CommitmentStatus::committed);

    auto got = store->get_commitment(alice, added->id);
    REQUIRE(got);
    CHECK(got->decision == webhook_entry().decision);
    CHECK(got->context == webhook_entry().context);
    CHECK(got->alternatives == webhook_entry().alternatives);
    CHECK(got->trade_offs == webhook_entry().trade_offs);
    CHECK(got->decision_maker == "PM and tech lead jointly");
    CHECK(got->concerns == webhook_entry().concerns);
    CHECK(got->source_link == webhook_entry().source_link);

    auto missing = store->get_commitment(alice, added->id + 1000);
    REQUIRE_FALSE(missing);
    CHECK(missing.error().kind == StorageErrorKind::not_found);
}

TEST_CASE("update changes only the given fields and bumps updated_at", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    auto added = store->add_commitment(alice, webhook_entry());
    REQUIRE(added);

    clock.advance(90s);
    CommitmentPatch patch;
    patch.concerns = "Now also: on-call load";
    patch.status = CommitmentStatus::revisit;
    auto updated = store->update_commitment(alice, added->id, patch);
    REQUIRE(updated);
    CHECK(updated->concerns == "Now also: on-call load");
    CHECK(updated->status == CommitmentStatus::revisit);
    CHECK(updated->decision == webhook_entry().decision);
    CHECK(updated->context == webhook_entry().context);
    CHECK(updated->created_at == utc(2026, 2, 15, 10));
    CHECK(updated->updated_at == utc(2026, 2, 15, 10, 1, 30));

    auto done = store->set_commitment_status(alice, added->id, CommitmentStatus::done);
    REQUIRE(done);
    CHECK(done->status == CommitmentStatus::done);
    CHECK(store->get_commitment(alice, added->id)->status == CommitmentStatus::done);

    // The search index follows edits.
    CommitmentPatch rename;
    rename.decision = "Adopt server-sent events";
    REQUIRE(store->update_commitment(alice, added->id, rename));
    CHECK(store->search_commitments(alice, "webhook notifications", 10)->empty());
    CHECK(store->search_commitments(alice, "server-sent", 10)->size() == 1);
}

TEST_CASE("bad commitment input gets a clear error, not a crash", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);

    auto empty = store->add_commitment(alice, decision("   \n"));
    REQUIRE_FALSE(empty);
    CHECK(empty.error().kind == StorageErrorKind::invalid_argument);
    CHECK_THAT(empty.error().message, Catch::Contains("decision"));

    auto huge = store->add_commitment(alice, decision(std::string(max_field_bytes + 1, 'x')));
    REQUIRE_FALSE(huge);
    CHECK(huge.error().kind == StorageErrorKind::invalid_argument);

    auto nobody = store->add_commitment(Owner{"T1", ""}, decision("x"));
    REQUIRE_FALSE(nobody);
    CHECK(nobody.error().kind == StorageErrorKind::invalid_argument);

    auto added = store->add_commitment(alice, decision("keep"));
    REQUIRE(added);
    CommitmentPatch blank;
    blank.decision = "";
    auto refused = store->update_commitment(alice, added->id, blank);
    REQUIRE_FALSE(refused);
    CHECK(refused.error().kind == StorageErrorKind::invalid_argument);
    CHECK(store->get_commitment(alice, added->id)->decision == "keep");

    CHECK_FALSE(store->list_commitments(alice, 10, -1));
    CHECK(parse_commitment_status("revisit") == CommitmentStatus::revisit);
    CHECK_FALSE(parse_commitment_status("maybe"));
}

TEST_CASE("listing is newest first with limit and offset, count by status", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    for (int i = 0; i < 7; ++i) {
        clock.advance(60s);
        auto c = decision("decision " + std::to_string(i));
        if (i % 3 == 0) c.status = CommitmentStatus::revisit;
        REQUIRE(store->add_commitment(alice, c));
    }
    auto page1 = store->list_commitments(alice, 3, 0);
    REQUIRE(page1);
    REQUIRE(page1->size() == 3);
    CHECK((*page1)[0].decision == "decision 6");
    CHECK((*page1)[2].decision == "decision 4");
    auto page3 = store->list_commitments(alice, 3, 6);
    REQUIRE(page3->size() == 1);
    CHECK((*page3)[0].decision == "decision 0");

    auto all = store->all_commitments(alice);
    REQUIRE(all->size() == 7);
    CHECK(all->front().decision == "decision 0");  // oldest first for exports

    CHECK(*store->count_commitments(alice) == 7);
    CHECK(*store->count_commitments(alice, CommitmentStatus::revisit) == 3);
    CHECK(*store->count_commitments(alice, CommitmentStatus::done) == 0);
}

TEST_CASE("full-text search matches words, prefixes and accents, best match first", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    auto in_context = decision("Keep the nightly batch job");
    in_context.context = "Polling the warehouse is cheap enough at night";
    auto const a = store->add_commitment(alice, in_context);
    clock.advance(60s);
    auto const b = store->add_commitment(alice, webhook_entry());  // "polling" in the decision itself
    clock.advance(60s);
    auto cafe = decision("Move the team lunch to the café");
    cafe.concerns = "Nobody asked the café";
    auto const c = store->add_commitment(alice, cafe);
    REQUIRE((a && b && c));

    auto polling = store->search_commitments(alice, "polling", 10);
    REQUIRE(polling);
    REQUIRE(polling->size() == 2);
    CHECK((*polling)[0].id == b->id);  // the decision field weighs most
    CHECK((*polling)[1].id == a->id);

    CHECK(store->search_commitments(alice, "WEBHOOK", 10)->size() == 1);          // case-insensitive
    CHECK(store->search_commitments(alice, "webhooks", 10)->size() == 1);         // the trade-offs say "Webhooks"
    CHECK(store->search_commitments(alice, "web", 10)->size() == 1);              // prefix
    CHECK(store->search_commitments(alice, "cafe", 10)->size() == 1);             // diacritics folded
    CHECK(store->search_commitments(alice, "polling partner", 10)->size() == 1);  // all words must match
    CHECK(store->search_commitments(alice, "retry storms", 10)->size() == 1);     // concerns are searched
    CHECK(store->search_commitments(alice, "jointly", 10)->size() == 1);          // decision maker too
    CHECK(store->search_commitments(alice, "kubernetes", 10)->empty());
    CHECK(store->search_commitments(alice, "polling", 1)->size() == 1);  // limit
}

TEST_CASE("hostile search text cannot break or inject into the FTS query", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    REQUIRE(store->add_commitment(alice, webhook_entry()));
    REQUIRE(store->add_commitment(alice, decision("Ship the MVP without SSO")));

    std::vector<std::string> const hostile{
        "\"",
        "\"unterminated phrase",
        "*",
        "webhook*",
        "polling OR sso",
        "NEAR(webhook polling",
        "NEAR(webhook polling, 2)",
        "decision:webhook",
        "{decision context}: polling",
        "^webhook",
        "- polling",
        "webhook AND NOT polling",
        "(((",
        ")",
        "'; DROP TABLE commitments; --",
        std::string("web\0hook", 8),
        std::string(5000, '"'),
        "\xff\xfe invalid utf8 \xc3",
        "   ",
        "",
    };
    for (auto const& q : hostile) {
        INFO("query: " << q);
        auto result = store->search_commitments(alice, q, 10);
        REQUIRE(result);  // never an FTS syntax error
    }
    // Operators are plain words: "OR" has to match a word too, so this finds nothing rather than both.
    CHECK(store->search_commitments(alice, "polling OR sso", 10)->empty());
    // Quotes and stars are ignored; the words still count.
    CHECK(store->search_commitments(alice, "\"webhook\"*", 10)->size() == 1);
    CHECK(store->search_commitments(alice, "(webhook) \"polling*", 10)->size() == 1);
    // Column filters are words too: "decision" must itself appear, and it does not.
    CHECK(store->search_commitments(alice, "decision:webhook", 10)->empty());
    CHECK(store->search_commitments(alice, "NEAR(webhook polling", 10)->empty());
    CHECK(*store->count_commitments(alice) == 2);  // nothing was dropped
}

TEST_CASE("the FTS expression quotes every word", "[storage]") {
    using detail::fts_match_expression;
    CHECK(fts_match_expression("webhook polling") == "\"webhook\"* \"polling\"*");
    CHECK(fts_match_expression("NEAR(a b) OR c") == "\"NEAR\"* \"a\"* \"b\"* \"OR\"* \"c\"*");
    CHECK(fts_match_expression("\"\" * ( ) : ^ -").empty());
    CHECK(fts_match_expression("café") == "\"café\"*");
    std::string many;
    for (int i = 0; i < 40; ++i) many += "w" + std::to_string(i) + " ";
    auto const expr = fts_match_expression(many);
    CHECK(std::count(expr.begin(), expr.end(), '*') == static_cast<long>(detail::max_search_words));
}

TEST_CASE("writers on several threads share one store safely", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    constexpr int threads = 4;
    constexpr int per_thread = 40;
    std::vector<std::vector<Id>> ids(threads);
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
        pool.emplace_back([&, t] {
            Owner const owner{"T1", "U" + std::to_string(t)};
            for (int i = 0; i < per_thread; ++i) {
                auto c = store->add_commitment(owner, decision("entry " + std::to_string(i)));
                if (c) ids[static_cast<std::size_t>(t)].push_back(c->id);
                (void)store->list_commitments(owner, 5);
            }
        });
    }
    for (auto& th : pool) th.join();
    std::set<Id> unique;
    for (int t = 0; t < threads; ++t) {
        CHECK(ids[static_cast<std::size_t>(t)].size() == per_thread);
        unique.insert(ids[static_cast<std::size_t>(t)].begin(), ids[static_cast<std::size_t>(t)].end());
        CHECK(*store->count_commitments(Owner{"T1", "U" + std::to_string(t)}) == per_thread);
    }
    CHECK(unique.size() == threads * per_thread);
}

TEST_CASE("text with broken UTF-8 and NUL bytes is stored whole and found by its words", "[storage]") {
    TestDb db;
    TestClock clock;
    auto store = db.open(clock);
    auto entry = decision("Ship SSO \xc0\xaf in March \x00 as scoped \xed\xa0\x80"s);
    entry.context = "tail"s + '\0' + "after";
    auto added = store->add_commitment(alice, entry);
    REQUIRE(added);
    auto const got = store->get_commitment(alice, added->id);
    REQUIRE(got);
    CHECK_THAT(got->decision,
               Catch::StartsWith("Ship SSO") && Catch::Contains("in March") && Catch::Contains("as scoped"));
    CHECK_THAT(got->context, Catch::Contains("after"));  // nothing cut at the NUL
    CHECK(store->search_commitments(alice, "march scoped", 10)->size() == 1);
    CHECK(store->search_commitments(alice, "\xff march \x00"s, 10)->size() == 1);
}
