// Found by tests/fuzz/dispatch_fuzz.cpp: a slash command's fields other than `text` reached the reply
// with their raw bytes, so an unknown command with a byte that is not UTF-8 was echoed into a JSON body
// that no JSON parser (nor Slack) accepts.
#include <boost/json.hpp>
#include <catch2/catch.hpp>

#include "bot/form.hpp"
#include "bot/receiver.hpp"
#include "bot/signature.hpp"

using namespace pushback;
using namespace pushback::bot;
namespace json = boost::json;

TEST_CASE("every slash command field is repaired to UTF-8 before anything echoes it", "[bot][receiver]") {
    constexpr char const* secret = "receiver-utf8-secret";
    util::ManualClock clock{std::chrono::system_clock::time_point{std::chrono::seconds{1'800'000'000}}};
    Router router;
    SlashCommand seen;
    router.command("/pushback", [&](SlashCommand const& c) {
        seen = c;
        return Reply::ack();
    });
    Receiver receiver{secret, router, clock};
    auto post = [&](std::string const& body) {
        std::string const ts = "1800000000";
        std::string const sig = sign_slack_request(secret, ts, body);
        return receiver.handle({"POST", "/slack/events", "application/x-www-form-urlencoded", ts, sig, "", body});
    };

    SECTION("an unknown command is echoed as valid JSON") {
        auto const o = post("command=%F2pushback&team_id=T1&user_id=U1&text=log");
        CHECK(o.reply.status == 200);
        boost::system::error_code ec;
        auto const v = json::parse(o.reply.body, ec);
        REQUIRE_FALSE(ec);
        CHECK(std::string(v.at("text").as_string()).find("\xEF\xBF\xBDpushback") != std::string::npos);
        CHECK(o.log.detail == "unmatched");
    }
    SECTION("a known command's other fields arrive repaired") {
        auto const o = post("command=%2Fpushback&team_id=T1&user_id=U1&user_name=s%C3%A9%FFm&text=hi%C0%AF");
        CHECK(o.reply.status == 200);
        CHECK(seen.user_name == "s\xC3\xA9\xEF\xBF\xBDm");
        CHECK(seen.text == "hi\xEF\xBF\xBD\xEF\xBF\xBD");
    }
}
