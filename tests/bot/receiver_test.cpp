#include "bot/receiver.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <set>

#include "bot/envelope.hpp"
#include "bot/form.hpp"
#include "bot/signature.hpp"

using namespace pushback;
using namespace pushback::bot;
namespace json = boost::json;

namespace {

constexpr char const* secret = "receiver-test-secret";

struct Fixture {
    util::ManualClock clock{std::chrono::system_clock::time_point{std::chrono::seconds{1'800'000'000}}};
    Router router;
    std::vector<std::string> seen;  // what reached a handler
    std::set<std::string> events_seen;
    Receiver receiver{secret, router, clock,
                      [this](std::string_view id) { return events_seen.insert(std::string(id)).second; }};

    Fixture() {
        router.command("/pushback", [this](SlashCommand const& c) {
            seen.push_back("command:" + c.text);
            return Reply::json(json::object{{"text", "ok"}});
        });
        router.shortcut("reframe_this", [this](Interaction const& i) {
            seen.push_back("shortcut:" + i.trigger_id);
            return Reply::ack();
        });
        router.action("log_commitment", [this](Interaction const& i) {
            seen.push_back("action:" + i.action_id);
            return Reply::ack();
        });
        router.view("decision_log", [this](Interaction const& i) {
            seen.push_back("view:" + i.callback_id);
            return Reply::ack();
        });
        router.event("app_home_opened", [this](EventCallback const& e) {
            seen.push_back("event:" + e.user_id);
            return Reply::ack();
        });
    }

    Outcome post(std::string const& body, std::string const& type, std::string const& retry = "") {
        auto const ts = std::to_string(1'800'000'000);
        auto const sig = sign_slack_request(secret, ts, body);
        held_ts = ts;
        held_sig = sig;
        held_body = body;
        held_type = type;
        held_retry = retry;
        return receiver.handle({"POST", "/slack/events", held_type, held_ts, held_sig, held_retry, held_body});
    }
    std::string held_ts, held_sig, held_body, held_type, held_retry;
};

std::string form_payload(json::value const& v) { return encode_form({{"payload", json::serialize(v)}}); }

}  // namespace

TEST_CASE("receiver dispatches each kind of Slack request by Bolt's vocabulary", "[bot][receiver]") {
    Fixture f;
    SECTION("slash command") {
        auto o = f.post(encode_form({{"command", "/pushback"}, {"text", "hi"}, {"team_id", "T1"}, {"user_id", "U1"}}),
                        "application/x-www-form-urlencoded");
        CHECK(o.reply.status == 200);
        CHECK(f.seen == std::vector<std::string>{"command:hi"});
        CHECK(o.log.kind == "command");
        CHECK(o.log.team_id == "T1");
        CHECK(o.log.user_id == "U1");
    }
    SECTION("message shortcut") {
        auto o = f.post(form_payload({{"type", "message_action"},
                                      {"callback_id", "reframe_this"},
                                      {"trigger_id", "t.1"},
                                      {"team", {{"id", "T1"}}},
                                      {"user", {{"id", "U1"}}}}),
                        "application/x-www-form-urlencoded");
        CHECK(o.reply.status == 200);
        CHECK(f.seen == std::vector<std::string>{"shortcut:t.1"});
    }
    SECTION("block action and view submission") {
        f.post(form_payload({{"type", "block_actions"},
                             {"team", {{"id", "T1"}}},
                             {"user", {{"id", "U1"}}},
                             {"actions", json::array{{{"action_id", "log_commitment"}}}}}),
               "application/x-www-form-urlencoded");
        f.post(form_payload({{"type", "view_submission"},
                             {"team", {{"id", "T1"}}},
                             {"user", {{"id", "U1"}}},
                             {"view", {{"callback_id", "decision_log"}}}}),
               "application/x-www-form-urlencoded");
        CHECK(f.seen == std::vector<std::string>{"action:log_commitment", "view:decision_log"});
    }
    SECTION("url_verification echoes the challenge") {
        auto o = f.post(
            R"({"token":"x","challenge":"3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P","type":"url_verification"})",
            "application/json");
        CHECK(o.reply.status == 200);
        CHECK(json::parse(o.reply.body).at("challenge") == "3eZbrw1aBm2rZgRNFdxV2595E9CY3gmdALWMmHkvFXO7tYXAYM8P");
    }
    SECTION("an event retried by Slack is handled once") {
        std::string const body =
            R"({"type":"event_callback","team_id":"T1","event_id":"Ev1","event":{"type":"app_home_opened","user":"U1"}})";
        CHECK(f.post(body, "application/json").reply.status == 200);
        auto retry = f.post(body, "application/json", "1");
        CHECK(retry.reply.status == 200);
        CHECK(retry.log.detail == "duplicate event");
        CHECK(f.seen == std::vector<std::string>{"event:U1"});
    }
    SECTION("unmatched requests are answered and reported") {
        auto o = f.post(encode_form({{"command", "/other"}, {"team_id", "T1"}, {"user_id", "U1"}}),
                        "application/x-www-form-urlencoded");
        CHECK(o.reply.status == 200);
        CHECK(o.reply.body.find("/other") != std::string::npos);
        CHECK(o.log.detail == "unmatched");
        auto e =
            f.post(R"({"type":"event_callback","team_id":"T1","event_id":"Ev2","event":{"type":"reaction_added"}})",
                   "application/json");
        CHECK(e.reply.status == 200);
        CHECK(e.log.detail == "unmatched");
        CHECK(f.seen.empty());
    }
}

TEST_CASE("receiver order: signature before parsing, and no side effect on failure", "[bot][receiver]") {
    Fixture f;
    std::string const body =
        encode_form({{"command", "/pushback"}, {"text", "x"}, {"team_id", "T1"}, {"user_id", "U1"}});
    SECTION("a bad signature is 401 and reaches no handler") {
        auto const sig = sign_slack_request("wrong", "1800000000", body);
        auto o = f.receiver.handle(
            {"POST", "/slack/events", "application/x-www-form-urlencoded", "1800000000", sig, "", body});
        CHECK(o.reply.status == 401);
        CHECK(f.seen.empty());
    }
    SECTION("an unparseable body with a bad signature is still 401, not 400") {
        auto o = f.receiver.handle({"POST", "/slack/events", "application/json", "1800000000", "v0=00", "", "{{{"});
        CHECK(o.reply.status == 401);
    }
    SECTION("a signed but malformed body is 400") {
        CHECK(f.post("text=%zz", "application/x-www-form-urlencoded").reply.status == 400);
        CHECK(f.post("{\"type\":", "application/json").reply.status == 400);
        CHECK(f.post("payload=not-json", "application/x-www-form-urlencoded").reply.status == 400);
        CHECK(f.post("a=b", "application/x-www-form-urlencoded").reply.status == 400);
        CHECK(f.post("hello", "text/plain").reply.status == 400);
        CHECK(f.seen.empty());
    }
    SECTION("deeply nested JSON is refused, not recursed into") {
        std::string deep(10000, '[');
        CHECK(f.post(deep, "application/json").reply.status == 400);
    }
    SECTION("other paths and methods") {
        CHECK(f.receiver.handle({"GET", "/healthz", "", "", "", "", ""}).reply.status == 200);
        CHECK(f.receiver.handle({"GET", "/nope", "", "", "", "", ""}).reply.status == 404);
        CHECK(f.receiver.handle({"GET", "/slack/events", "", "", "", "", ""}).reply.status == 405);
    }
}

// Boost.JSON 1.81 reads "6e8535" as infinity and would write it back as `Infinity`, which is not JSON (found by
// fuzz_envelope): untrusted JSON holding such a number is refused like any other malformed JSON.
TEST_CASE("untrusted JSON with a number too large for a double is refused", "[bot][receiver]") {
    CHECK_FALSE(parse_untrusted_json(R"({"trigger_id": 6e8535})").has_value());
    CHECK_FALSE(parse_untrusted_json(R"({"a": [1, -1e400]})").has_value());
    CHECK(parse_untrusted_json(R"({"a": [1.5e300, 7]})").has_value());
    auto const envelope = parse_envelope(
        R"({"envelope_id": "e1", "type": "slash_commands", "payload": {"team_id": "T1", "trigger_id": 6e8535}})");
    REQUIRE_FALSE(envelope.has_value());
    CHECK(envelope.error() == "not JSON");
}
