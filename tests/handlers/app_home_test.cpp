// The App Home tab (handlers/app_home.cpp): what a user sees when they open it, published with
// views.publish after the acknowledgement. Real app_home_opened payload, real SQLite, recording Slack.
#include "handlers/app_home.hpp"

#include <catch2/catch.hpp>

#include "bot/blocks.hpp"
#include "handlers/commitments.hpp"
#include "handlers/support.hpp"

using namespace pushback;
using namespace pushback::test;
namespace json = boost::json;
using namespace std::chrono_literals;

namespace {

storage::NewCommitment commitment(std::string decision, std::string concerns = {}) {
    storage::NewCommitment c;
    c.decision = std::move(decision);
    c.concerns = std::move(concerns);
    return c;
}

// Opens the tab as the fixture's user and returns the published view (exactly one views.publish).
json::object open_home(HandlerWorld& w, json::object body = fixture_json("app_home_opened.json")) {
    auto reply = handlers::app_home_opened(Parsed::event(body), w.deps);
    CHECK(reply.status == 200);
    CHECK(reply.body.empty());       // the ack itself is empty
    CHECK(w.slack.calls().empty());  // nothing is sent to Slack before the ack
    after_ack(reply, w.slack);
    auto const published = w.slack.calls("views.publish");
    REQUIRE(published.size() == 1);
    CHECK(published[0].body.at("user_id") == "U0001");
    auto const& view = published[0].body.at("view").as_object();
    auto const problems = block_kit_problems(view, Surface::home);
    CHECK(problems.empty());
    if (!problems.empty()) FAIL_CHECK(problems.front());
    return view;
}

// action_id -> values of the buttons in the view.
std::multimap<std::string, std::string> buttons(json::object const& view) {
    std::multimap<std::string, std::string> out;
    for (auto const& b : view.at("blocks").as_array()) {
        if (b.at("type") != "actions") continue;
        for (auto const& e : b.at("elements").as_array())
            out.emplace(std::string(e.at("action_id").as_string()), std::string(e.at("value").as_string()));
    }
    return out;
}

}  // namespace

TEST_CASE("App Home for a new user: the guide and what to do first", "[handlers][app_home]") {
    HandlerWorld w;
    auto const view = open_home(w);
    CHECK(view.at("type") == "home");
    auto const text = bot::blocks::render_text(view);
    CHECK_THAT(text, Catch::Contains("`/pushback <draft>`"));
    CHECK_THAT(text, Catch::Contains("`/pushback followup @person [when]`"));
    CHECK_THAT(text, Catch::Contains("Nothing logged yet. `/pushback commit <decision>`"));
    CHECK_THAT(text, Catch::Contains("None. After a 1:1"));
    CHECK(buttons(view).empty());
}

TEST_CASE("App Home lists the user's own commitments with Edit and Mark done, and their pending follow-ups",
          "[handlers][app_home]") {
    HandlerWorld w;
    auto const open_entry =
        *w.store->add_commitment(w.owner(), commitment("Ship SSO in March", "Security review <2 weeks> & QA"));
    auto const closed = *w.store->add_commitment(w.owner(), commitment("Drop the CSV importer"));
    REQUIRE(w.store->set_commitment_status(w.owner(), closed.id, storage::CommitmentStatus::done));
    (void)*w.store->add_commitment(w.owner("U0002"), commitment("Someone else's private decision"));

    storage::NewReminder with_alex{"U0002", storage::Seconds{1'767'690'000s} + 2h, "Europe/Paris", "summary", {}};
    storage::NewReminder with_dana{"Dana <from> Product", storage::Seconds{1'767'690'000s} + 26h, "UTC", "summary", {}};
    REQUIRE(w.store->add_reminder(w.owner(), with_alex));
    REQUIRE(w.store->add_reminder(w.owner(), with_dana));
    REQUIRE(w.store->add_reminder(w.owner("U0002"), with_alex));

    auto const view = open_home(w);
    auto const text = bot::blocks::render_text(view);
    CHECK_THAT(text, Catch::Contains("*#" + std::to_string(open_entry.id) + "* (committed) Ship SSO in March"));
    auto const raw = json::serialize(view);  // the mrkdwn Slack gets: user text escaped
    CHECK_THAT(raw, Catch::Contains("_Concerns:_ Security review &lt;2 weeks&gt; &amp; QA"));
    CHECK_THAT(raw, Catch::Contains("1:1 with Dana &lt;from&gt; Product"));
    CHECK_THAT(text, Catch::Contains("*#" + std::to_string(closed.id) + "* (done) Drop the CSV importer"));
    CHECK_THAT(text, !Catch::Contains("Someone else"));
    CHECK_THAT(text, !Catch::Contains("Nothing logged yet"));

    // Edit on every entry; Mark done only on the one not done yet.
    auto const b = buttons(view);
    CHECK(b.count(handlers::action_commitment_edit) == 2);
    CHECK(b.count(handlers::action_commitment_done) == 1);
    CHECK(b.find(handlers::action_commitment_done)->second == std::to_string(open_entry.id));

    // Reminders, soonest first: a user id becomes a mention, a free-text name is shown as typed, times local.
    auto const alex = text.find("• 1:1 with <@U0002>: Tue 6 Jan, 12:00 (Europe/Paris)");
    auto const dana = text.find("• 1:1 with Dana <from> Product: Wed 7 Jan, 11:00 (UTC)");
    CHECK(alex != std::string::npos);
    CHECK(dana != std::string::npos);
    CHECK(alex < dana);
}

TEST_CASE("App Home shows the newest 8 entries and stays within Block Kit limits however long they are",
          "[handlers][app_home]") {
    HandlerWorld w;
    std::vector<storage::Id> ids;
    for (int i = 1; i <= 12; ++i) {
        w.clock.advance(1min);  // newest first needs distinct creation times
        ids.push_back(
            w.store
                ->add_commitment(w.owner(), commitment("Decision " + std::to_string(i) + " " + std::string(2900, 'x'),
                                                       std::string(2900, '<')))
                ->id);
    }
    for (int i = 0; i < 15; ++i) {
        REQUIRE(w.store->add_reminder(
            w.owner(), {"U0002", storage::Seconds{1'767'690'000s} + std::chrono::hours{i + 1}, "UTC", "s", {}}));
    }
    auto const view = open_home(w);
    auto const text = bot::blocks::render_text(view);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        CAPTURE(i);
        bool const newest_eight = i >= ids.size() - 8;
        CHECK((text.find("*#" + std::to_string(ids[i]) + "*") != std::string::npos) == newest_eight);
    }
    CHECK(view.at("blocks").as_array().size() <= 100);
}

TEST_CASE("App Home is published only for the Home tab of a known user", "[handlers][app_home]") {
    HandlerWorld w;
    SECTION("the Messages tab") {
        auto body = fixture_json("app_home_opened.json");
        body["event"].as_object()["tab"] = "messages";
        auto reply = handlers::app_home_opened(Parsed::event(body), w.deps);
        CHECK(reply.body.empty());
        after_ack(reply, w.slack);
        CHECK(w.slack.calls().empty());
    }
    SECTION("no user in the event") {
        auto body = fixture_json("app_home_opened.json");
        body["event"].as_object().erase("user");
        auto reply = handlers::app_home_opened(Parsed::event(body), w.deps);
        after_ack(reply, w.slack);
        CHECK(w.slack.calls().empty());
    }
}

TEST_CASE("App Home shows Your log with the track record apart from what is Shared in your channels",
          "[handlers][app_home]") {
    HandlerWorld w;
    auto const me = w.owner("U0001");
    auto const colleague = w.owner("U0002");
    auto const now = std::chrono::floor<std::chrono::seconds>(w.clock.now());
    auto const mine = w.store->add_commitment(me, commitment("Ship SSO in March", "security review"));
    auto const theirs = w.store->add_commitment(colleague, commitment("Freeze the pricing page in Q2"));
    auto const elsewhere = w.store->add_commitment(colleague, commitment("Move billing to the new queue"));
    REQUIRE(w.store->record_share(colleague, theirs->id, "C0ENG", "1.1", now));
    REQUIRE(w.store->record_share(colleague, elsewhere->id, "C0SALES", "1.2", now));
    REQUIRE(w.store->record_outcome(me, mine->id, storage::Outcome::came_true, now));
    REQUIRE(w.store->note_channel(me, "C0ENG", now));  // U0001 used Pushback in #eng, never in #sales

    auto const text = bot::blocks::render_text(open_home(w));
    auto const log_at = text.find("*Your log*");
    auto const shared_at = text.find("*Shared in your channels*");
    REQUIRE(log_at != std::string::npos);
    REQUIRE(shared_at != std::string::npos);
    CHECK(log_at < shared_at);
    CHECK_THAT(text.substr(log_at, shared_at - log_at),
               Catch::Contains("Ship SSO in March") && Catch::Contains("Concerns that came true: 1 of 1 this year") &&
                   !Catch::Contains("pricing page"));
    CHECK_THAT(text.substr(shared_at), Catch::Contains("Freeze the pricing page in Q2") &&
                                           Catch::Contains("<#C0ENG>") && Catch::Contains("<@U0002>"));
    CHECK_THAT(text, !Catch::Contains("Move billing to the new queue"));  // shared where U0001 was never seen
}
