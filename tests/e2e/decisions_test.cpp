// End to end: decisions on the record through the real server (TestApp), a real SQLite file and the fake
// Slack over real TLS: sharing posts the card and keeps it in sync, the channel's log is reachable only from
// that channel, the revisit DM comes at its time (manual clock) and its buttons do what they say, and
// exports arrive as files through Slack's three-step upload.
#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <memory>
#include <regex>
#include <thread>

#include "bot/blocks.hpp"
#include "support/fake_slack.hpp"
#include "support/test_app.hpp"

using namespace pushback;
using namespace pushback::test;
using namespace std::chrono_literals;
namespace json = boost::json;

namespace {

// Tuesday 3 February 2026, 10:00 UTC.
constexpr auto start_time = std::chrono::sys_days{std::chrono::year{2026} / 2 / 3} + 10h;
constexpr auto wait = 3000ms;

struct Env {
    testing::FakeSlack slack;
    util::ManualClock clock{start_time};
    std::unique_ptr<TestApp> app;
    int responses = 0;

    Env() {
        app = std::make_unique<TestApp>(TestAppOptions{.slack_api_url = slack.api_base(),
                                                       .ca_file = slack.ca_file(),
                                                       .bot_token = slack.token(),
                                                       .db_path = std::nullopt,
                                                       .clock = &clock});
    }

    std::string ts() const {
        return std::to_string(std::chrono::duration_cast<std::chrono::seconds>(clock.now().time_since_epoch()).count());
    }

    // A slash command from `user` in `channel`; returns the ephemeral reply's text. Its response_url is
    // named r<N> (last_response()).
    std::string command(std::string const& text, std::string const& user, std::string const& channel) {
        auto const name = "r" + std::to_string(++responses);
        auto r = app->post_signed(slash_body(text, user, "T0001", slack.response_url(name), channel),
                                  "application/x-www-form-urlencoded", ts());
        REQUIRE(r);
        REQUIRE(r->status == 200);
        auto const v = json::parse(r->body);
        CHECK(block_kit_problems(v).empty());
        return bot::blocks::render_text(v);
    }

    // What the last command's after-ack work posted to its response_url.
    std::string last_response() {
        auto const name = "r" + std::to_string(responses);
        for (int i = 0; i < 60; ++i) {
            for (auto& c : slack.calls("response_url"))
                if (c.response_name == name) return bot::blocks::render_text(c.body);
            std::this_thread::sleep_for(50ms);
        }
        FAIL("no response_url post named " << name);
        return {};
    }

    bot::HttpResult interact(json::value const& payload) {
        auto r = app->post_signed(payload_body(payload), "application/x-www-form-urlencoded", ts());
        REQUIRE(r);
        REQUIRE(r->status == 200);
        return *r;
    }

    std::vector<testing::FakeSlack::Call> posts_to(std::string const& channel) const {
        std::vector<testing::FakeSlack::Call> out;
        for (auto& c : slack.calls("chat.postMessage"))
            if (json_str(c.body, {"channel"}) == channel) out.push_back(c);
        return out;
    }

    testing::FakeSlack::Call wait_post_to(std::string const& channel, std::size_t n) {
        for (int i = 0; i < 60; ++i) {
            auto posts = posts_to(channel);
            if (posts.size() >= n) return posts[n - 1];
            std::this_thread::sleep_for(50ms);
        }
        FAIL("no chat.postMessage #" << n << " to " << channel);
        return {};
    }

    // Logs a decision with /pushback commit and returns its number.
    std::string commit(std::string const& text, std::string const& user = "U0001",
                       std::string const& channel = "C0ENG") {
        auto const reply = command("commit " + text, user, channel);
        std::smatch m;
        REQUIRE(std::regex_search(reply, m, std::regex("Logged as #([0-9]+)")));
        return m[1];
    }
};

json::object decision_log_submission(std::string const& user, std::string const& metadata, std::string const& decision,
                                     std::string const& concerns, std::string const& revisit_date, bool share) {
    auto const input = [](std::string v) {
        return json::object{{"type", "plain_text_input"}, {"value", std::move(v)}};
    };
    json::object values{
        {"decision", {{"decision_input", input(decision)}}},
        {"context", {{"context_input", input("Customer demo on Monday")}}},
        {"alternatives", {{"alternatives_input", input("Both in two weeks")}}},
        {"tradeoffs", {{"tradeoffs_input", input("No OIDC in the first cut")}}},
        {"decision_maker", {{"decision_maker_input", input("Alex (PM)")}}},
        {"concerns", {{"concerns_input", input(concerns)}}},
        {"status", {{"status_input", {{"type", "static_select"}, {"selected_option", {{"value", "committed"}}}}}}},
    };
    if (!revisit_date.empty())
        values["revisit"] = {{"revisit_input", {{"type", "datepicker"}, {"selected_date", revisit_date}}}};
    if (share)
        values["share"] = {
            {"share_input", {{"type", "checkboxes"}, {"selected_options", json::array{{{"value", "share"}}}}}}};
    return {{"type", "view_submission"},
            {"team", {{"id", "T0001"}, {"domain", "acme-eng"}}},
            {"user", {{"id", user}, {"username", "sam"}, {"team_id", "T0001"}}},
            {"api_app_id", "A0001"},
            {"view",
             {{"id", "V0001"},
              {"type", "modal"},
              {"callback_id", "decision_log"},
              {"private_metadata", metadata},
              {"state", {{"values", std::move(values)}}}}}};
}

json::object click(std::string const& user, std::string const& action_id, std::string const& value,
                   std::string const& response_url, std::string const& channel = "D0FAKE1") {
    return {{"type", "block_actions"},
            {"user", {{"id", user}, {"username", "u"}, {"team_id", "T0001"}}},
            {"team", {{"id", "T0001"}, {"domain", "acme-eng"}}},
            {"api_app_id", "A0001"},
            {"trigger_id", "7153241600004.1000000000001.1a2b3c4d5e6f70819a0b1c2d3e4f5a6b"},
            {"container", {{"type", "message"}, {"message_ts", "1700000000.000001"}, {"channel_id", channel}}},
            {"channel", {{"id", channel}, {"name", "directmessage"}}},
            {"response_url", response_url},
            {"actions", json::array{{{"action_id", action_id},
                                     {"block_id", "actions"},
                                     {"type", "button"},
                                     {"value", value},
                                     {"action_ts", "1700000001.000001"}}}}};
}

std::vector<testing::FakeSlack::Call> updates_of(testing::FakeSlack const& slack, std::string const& ts) {
    std::vector<testing::FakeSlack::Call> out;
    for (auto& c : slack.calls("chat.update"))
        if (json_str(c.body, {"ts"}) == ts) out.push_back(c);
    return out;
}

testing::FakeSlack::Call wait_update(testing::FakeSlack const& slack, std::string const& ts, std::size_t n) {
    for (int i = 0; i < 60; ++i) {
        auto u = updates_of(slack, ts);
        if (u.size() >= n) return u[n - 1];
        std::this_thread::sleep_for(50ms);
    }
    FAIL("no chat.update #" << n << " of " << ts);
    return {};
}

// The card as the fake Slack holds it, once it says `text` (the fake records a call before applying it).
std::string wait_card(testing::FakeSlack const& slack, std::string const& ts, std::string const& text) {
    std::string now;
    for (int i = 0; i < 60; ++i) {
        if (auto m = slack.message("C0ENG", ts)) now = bot::blocks::render_text(*m);
        if (now.find(text) != std::string::npos) break;
        std::this_thread::sleep_for(50ms);
    }
    return now;
}

}  // namespace

TEST_CASE("decisions: a shared entry's card is the channel's record, reachable only from that channel", "[e2e]") {
    Env env;
    auto const id = env.commit("Ship SSO in March as scoped, security review first");
    auto const other = env.commit("Keep polling for the billing export");  // stays private

    // Only the author shares, and only into the channel the command came from.
    CHECK_THAT(env.command("share " + id, "U0002", "C0ENG"), Catch::Contains("I can't find entry #" + id));
    CHECK_THAT(env.command("share " + id, "U0001", "D0DM"), Catch::Contains("a direct message has no channel log"));
    CHECK_THAT(env.command("share " + id, "U0001", "C0ENG"), Catch::Contains("Sharing #" + id));
    auto const card = env.wait_post_to("C0ENG", 1);
    auto const card_text = bot::blocks::render_text(card.body);
    CHECK(block_kit_problems(card.body).empty());
    CHECK_THAT(card_text, Catch::Contains("Decision #" + id) && Catch::Contains("Ship SSO in March as scoped") &&
                              Catch::Contains("*Date:* 2026-02-03") && Catch::Contains("Logged by <@U0001>"));
    CHECK_THAT(env.last_response(), Catch::Contains("Shared #" + id + " in <#C0ENG>"));
    CHECK_THAT(env.command("share " + id, "U0001", "C0SALES"), Catch::Contains("already shared in <#C0ENG>"));

    // Another member of the channel lists and searches it; the private entry never shows.
    auto const listed = env.command("decisions", "U0002", "C0ENG");
    CHECK_THAT(listed, Catch::Contains("#" + id) && Catch::Contains("Ship SSO in March as scoped") &&
                           !Catch::Contains("billing export"));
    CHECK_THAT(env.command("decisions security", "U0002", "C0ENG"), Catch::Contains("Ship SSO in March"));
    CHECK_THAT(env.command("decisions billing", "U0002", "C0ENG"),
               Catch::Contains("No decision shared in this channel matches"));
    CHECK_THAT(env.command("decisions " + id, "U0002", "C0ENG"), Catch::Contains("Ship SSO in March"));

    // From another channel: nothing, and a forged id reads exactly like a missing one.
    CHECK_THAT(env.command("decisions", "U0002", "C0SALES"),
               Catch::Contains("No decisions are shared in this channel yet"));
    auto const forged = env.command("decisions " + id, "U0002", "C0SALES");
    auto const missing = env.command("decisions 99999", "U0002", "C0SALES");
    CHECK(std::regex_replace(forged, std::regex("#" + id), "#N") ==
          std::regex_replace(missing, std::regex("#99999"), "#N"));
    CHECK_THAT(env.command("decisions " + other, "U0002", "C0ENG"),
               Catch::Contains("No decision #" + other + " is shared in this channel."));

    // Editing the entry (only its author can) updates the card in place.
    env.interact(decision_log_submission("U0001", id, "Ship SSO in April as scoped", "", "", false));
    REQUIRE(env.slack.wait_for("chat.update", 1, wait));
    auto const first_update = env.slack.calls("chat.update").front();
    CHECK(json_str(first_update.body, {"channel"}) == "C0ENG");
    auto const card_ts = json_str(first_update.body, {"ts"});
    REQUIRE_FALSE(card_ts.empty());
    CHECK_THAT(wait_card(env.slack, card_ts, "Ship SSO in April as scoped"),
               Catch::Contains("Ship SSO in April as scoped"));
    CHECK_THAT(env.command("unshare " + id, "U0002", "C0ENG"), Catch::Contains("I can't find entry #" + id));

    // Marking it done: the card follows.
    env.interact(click("U0001", "commitment_done", id, env.slack.response_url("done"), "C0ENG"));
    wait_update(env.slack, card_ts, 2);
    CHECK_THAT(wait_card(env.slack, card_ts, "Done"), Catch::Contains("Done"));

    // Un-shared: the card says withdrawn, the channel's log no longer has it, the author's log still does.
    CHECK_THAT(env.command("unshare " + id, "U0001", "C0ENG"), Catch::Contains("withdrawn from <#C0ENG>"));
    wait_update(env.slack, card_ts, 3);
    CHECK_THAT(wait_card(env.slack, card_ts, "Withdrawn"), Catch::Contains("Withdrawn: decision #" + id));
    CHECK_THAT(env.command("decisions", "U0002", "C0ENG"),
               Catch::Contains("No decisions are shared in this channel yet"));
    CHECK_THAT(env.command("log", "U0001", "C0ENG"), Catch::Contains("Ship SSO in April"));
    CHECK(env.posts_to("C0SALES").empty());
}

TEST_CASE("decisions: sharing from the modal posts the card, a private channel asks to invite the bot", "[e2e]") {
    Env env;
    env.interact(
        decision_log_submission("U0001", "c:C0ENG", "Use webhooks for the partner API", "Retry storms", "", true));
    auto const card = env.wait_post_to("C0ENG", 1);
    CHECK_THAT(bot::blocks::render_text(card.body),
               Catch::Contains("Use webhooks for the partner API") && Catch::Contains("Concerns on record") &&
                   Catch::Contains("Retry storms") && Catch::Contains("Alex (PM)") &&
                   Catch::Contains("Alternatives considered") && Catch::Contains("Trade-offs"));
    // The user hears about it in their DM (a modal has no response_url).
    CHECK_THAT(bot::blocks::render_text(env.wait_post_to("U0001", 1).body), Catch::Contains("Shared #"));
    CHECK_THAT(env.command("decisions", "U0003", "C0ENG"), Catch::Contains("Use webhooks for the partner API"));

    // Left unticked: nothing posted.
    env.interact(decision_log_submission("U0001", "c:C0ENG", "Keep it private", "", "", false));
    std::this_thread::sleep_for(300ms);
    CHECK(env.posts_to("C0ENG").size() == 1);

    // A private channel the bot is not in: a clear way out, and nothing recorded as shared.
    env.slack.set_private_channel("G0PRIV");
    auto const id = env.commit("Freeze the pricing page in Q2", "U0001", "G0PRIV");
    env.command("share " + id, "U0001", "G0PRIV");
    CHECK_THAT(env.last_response(), Catch::Contains("private channel I'm not in") &&
                                        Catch::Contains("`/invite @Pushback`") &&
                                        Catch::Contains("`/pushback share " + id + "`"));
    CHECK_THAT(env.command("decisions", "U0001", "G0PRIV"), Catch::Contains("No decisions are shared"));
}

TEST_CASE("decisions: the revisit DM comes on its date and each button does what it says", "[e2e]") {
    Env env;
    // Three entries with concerns; revisit dates from the modal (09:00, UTC: no cached zone).
    auto const submit = [&](std::string decision, std::string concern, std::string date) {
        env.interact(
            decision_log_submission("U0001", "", std::move(decision), std::move(concern), std::move(date), false));
    };
    submit("Ship SSO in March as scoped", "The 2-week security review is not in the plan", "2026-02-10");
    submit("Drop the load test this sprint", "Peak traffic will find the N+1 query", "2026-02-10");
    submit("Launch without the kill switch", "A bad deploy cannot be rolled back in minutes", "2026-02-10");
    // By command, with a follow-up time phrase.
    auto const by_command = env.commit("Move the webhooks to a queue revisit in a fortnight");

    // Not before its time.
    env.clock.set(std::chrono::sys_days{std::chrono::year{2026} / 2 / 10} + 8h + 59min);
    std::this_thread::sleep_for(500ms);
    CHECK(env.posts_to("D0FAKE1").empty());
    for (auto& c : env.slack.calls("chat.postMessage"))
        CHECK_THAT(bot::blocks::render_text(c.body), !Catch::Contains("revisit"));

    env.clock.set(std::chrono::sys_days{std::chrono::year{2026} / 2 / 10} + 9h);
    std::vector<testing::FakeSlack::Call> dms;
    for (int i = 0; i < 60 && dms.size() < 3; ++i) {
        dms.clear();
        for (auto& c : env.slack.calls("chat.postMessage"))
            if (bot::blocks::render_text(c.body).find("Time to revisit decision") != std::string::npos)
                dms.push_back(c);
        std::this_thread::sleep_for(50ms);
    }
    REQUIRE(dms.size() == 3);
    auto const buttons_of = [](json::object const& m) {
        std::map<std::string, std::string> out;  // action_id -> value
        for (auto const& b : m.at("blocks").as_array())
            if (json_str(b, {"type"}) == "actions")
                for (auto const& e : b.at("elements").as_array())
                    out[json_str(e, {"action_id"})] = json_str(e, {"value"});
        return out;
    };
    std::map<std::string, json::object> by_decision;
    for (auto& d : dms) {
        auto const text = bot::blocks::render_text(d.body);
        CHECK(block_kit_problems(d.body).empty());
        CHECK_THAT(text, Catch::Contains("Your concern, as recorded on 2026-02-03"));
        auto const b = buttons_of(d.body);
        CHECK(b.size() == 3);
        CHECK(b.contains("revisit_came_true"));
        CHECK(b.contains("revisit_went_fine"));
        CHECK(b.contains("revisit_snooze_week"));
        for (auto const* key : {"Ship SSO", "Drop the load test", "Launch without"})
            if (text.find(key) != std::string::npos) by_decision[key] = d.body;
    }
    REQUIRE(by_decision.size() == 3);

    // It came true: recorded, the DM replaced, and a drafted SBI message to the decision maker, 1:1 first.
    auto const sso = buttons_of(by_decision["Ship SSO"]);
    env.interact(click("U0001", "revisit_came_true", sso.at("revisit_came_true"), env.slack.response_url("came")));
    REQUIRE(env.slack.wait_for("views.open", 1, wait));
    auto const modal = bot::blocks::render_text(env.slack.calls("views.open").back().body.at("view"));
    CHECK_THAT(modal, Catch::Contains("Raise it 1:1 first") && Catch::Contains("Hi Alex (PM), on 2026-02-03") &&
                          Catch::Contains("The 2-week security review is not in the plan") &&
                          Catch::Contains("(Situation)") && Catch::Contains("(Behavior)") &&
                          Catch::Contains("(Impact)"));
    REQUIRE(env.slack.wait_for("response_url", 1, wait));
    CHECK_THAT(bot::blocks::render_text(env.slack.calls("response_url").back().body), Catch::Contains("came true"));

    // It went fine: closed, noting that the decision held.
    auto const load = buttons_of(by_decision["Drop the load test"]);
    env.interact(click("U0001", "revisit_went_fine", load.at("revisit_went_fine"), env.slack.response_url("fine")));
    REQUIRE(env.slack.wait_for("response_url", 2, wait));
    CHECK_THAT(bot::blocks::render_text(env.slack.calls("response_url").back().body), Catch::Contains("held"));

    // Another user's click on someone's revisit changes nothing.
    auto const kill = buttons_of(by_decision["Launch without"]);
    env.interact(click("U0002", "revisit_went_fine", kill.at("revisit_went_fine"), env.slack.response_url("mallory")));
    REQUIRE(env.slack.wait_for("response_url", 3, wait));
    CHECK_THAT(bot::blocks::render_text(env.slack.calls("response_url").back().body),
               Catch::Contains("couldn't find that revisit among yours"));

    // Snooze a week: asked again seven days later, not before.
    env.interact(
        click("U0001", "revisit_snooze_week", kill.at("revisit_snooze_week"), env.slack.response_url("snooze")));
    REQUIRE(env.slack.wait_for("response_url", 4, wait));
    CHECK_THAT(bot::blocks::render_text(env.slack.calls("response_url").back().body), Catch::Contains("Snoozed"));

    // The track record counts the outcomes.
    CHECK_THAT(env.command("log", "U0001", "C0ENG"), Catch::Contains("Concerns that came true: 1 of 2 this year"));
    auto const count_revisits = [&] {
        std::size_t n = 0;
        for (auto& c : env.slack.calls("chat.postMessage"))
            if (bot::blocks::render_text(c.body).find("Launch without the kill switch") != std::string::npos &&
                bot::blocks::render_text(c.body).find("Time to revisit") != std::string::npos)
                ++n;
        return n;
    };
    env.clock.set(std::chrono::sys_days{std::chrono::year{2026} / 2 / 17} + 8h);
    std::this_thread::sleep_for(500ms);
    CHECK(count_revisits() == 1);
    env.clock.set(std::chrono::sys_days{std::chrono::year{2026} / 2 / 17} + 10h);
    for (int i = 0; i < 60 && count_revisits() < 2; ++i) std::this_thread::sleep_for(50ms);
    CHECK(count_revisits() == 2);

    // The command's "revisit in a fortnight": 17 Feb 10:00 UTC, due at the same moment as the snoozed one, so
    // it may be sent just after it (waited for, as above: under the sanitizers a send takes longer).
    auto const command_revisit = [&] {
        for (auto& c : env.slack.calls("chat.postMessage"))
            if (bot::blocks::render_text(c.body).find("Time to revisit decision #" + by_command) != std::string::npos)
                return true;
        return false;
    };
    for (int i = 0; i < 60 && !command_revisit(); ++i) std::this_thread::sleep_for(50ms);
    CHECK(command_revisit());
}

TEST_CASE("decisions: exports arrive as files through the three-step upload, in each format", "[e2e]") {
    Env env;
    auto const shared = env.commit("Ship SSO in March as scoped, security review first");
    env.commit("Keep polling for the billing export");
    env.command("share " + shared, "U0001", "C0ENG");
    env.wait_post_to("C0ENG", 1);

    CHECK_THAT(env.command("export pdf", "U0001", "C0ENG"), Catch::Contains("I don't know the export format “pdf”") &&
                                                                Catch::Contains("`md`") && Catch::Contains("`csv`") &&
                                                                Catch::Contains("`json`"));
    std::size_t done = 0;
    for (auto const* format : {"md", "csv", "json"}) {
        CHECK_THAT(env.command(std::string("export ") + format, "U0001", "C0ENG"), Catch::Contains("Uploading"));
        CHECK_THAT(env.last_response(), Catch::Contains("is in your DM with Pushback"));
        ++done;
        auto const files = env.slack.files();
        REQUIRE(files.size() == done);
        auto const& f = files.back();
        INFO(format);
        CHECK(f.completed);
        CHECK(f.bytes.size() == f.length);
        CHECK(f.filename == std::string("pushback-decision-log-2026-02-03.") + format);
        CHECK(f.channel.starts_with("D"));  // the user's DM with the bot
        CHECK_THAT(f.bytes, Catch::Contains("Ship SSO in March") && Catch::Contains("billing export"));
        if (std::string_view{format} == "json") {
            auto const v = json::parse(f.bytes);
            CHECK(v.at("decisions").as_array().size() == 2);
        }
        if (std::string_view{format} == "csv") CHECK(f.bytes.starts_with("id,date,"));
        if (std::string_view{format} == "md") CHECK(f.bytes.starts_with("# Decision log"));
    }
    // The steps in order, the upload without the token.
    auto const uploads = env.slack.calls("upload");
    REQUIRE(uploads.size() == 3);
    for (auto const& u : uploads) CHECK(u.authorization.empty());

    // The channel's log: only what is shared there.
    CHECK_THAT(env.command("decisions export csv", "U0002", "C0ENG"), Catch::Contains("Uploading"));
    CHECK_THAT(env.last_response(), Catch::Contains("is in your DM with Pushback"));
    auto const files = env.slack.files();
    REQUIRE(files.size() == 4);
    CHECK_THAT(files.back().bytes, Catch::Contains("Ship SSO in March") && !Catch::Contains("billing export"));
    CHECK_THAT(env.command("decisions export", "U0002", "C0SALES"), Catch::Contains("No decisions are shared"));
}

TEST_CASE("decisions: /pushback log counts the matches", "[e2e]") {
    Env env;
    env.commit("Ship the kill switch before the launch");
    env.commit("Move the webhooks to a queue");
    auto const found = env.command("log kill switch", "U0001", "C0ENG");
    CHECK_THAT(found, Catch::Contains("(1 match)") && !Catch::Contains("2 in all"));
}
