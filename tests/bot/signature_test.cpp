#include "bot/signature.hpp"

#include <catch2/catch.hpp>
#include <fstream>
#include <sstream>

using namespace pushback::bot;
using namespace std::chrono;

namespace {

system_clock::time_point at(std::int64_t unix_seconds) { return system_clock::time_point{seconds{unix_seconds}}; }

std::string fixture(std::string const& name) {
    std::ifstream in(std::string(PUSHBACK_TEST_DATA_DIR) + "/fixtures/" + name);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

constexpr std::string_view secret = "8f742231b10e8888abcd99yyyzzz85a5";

}  // namespace

TEST_CASE("Slack's documented signing example verifies", "[bot][signature]") {
    // The example from Slack's "Verifying requests from Slack" page, byte for byte.
    auto const body = fixture("slack_doc_signature_example.form");
    REQUIRE(!body.empty());
    SignedRequest const req{"1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503", body};
    CHECK(verify_slack_signature(req, secret, at(1531420618)).has_value());
    CHECK(sign_slack_request(secret, "1531420618", body) == req.signature);
}

TEST_CASE("signature verification rejects every kind of forgery", "[bot][signature]") {
    std::string const body = "command=%2Fpushback&text=hello";
    std::string const ts = "1700000000";
    auto const now = at(1700000010);
    auto const good = sign_slack_request(secret, ts, body);

    SECTION("a good signature passes") { CHECK(verify_slack_signature({ts, good, body}, secret, now)); }
    SECTION("a tampered body fails") {
        auto r = verify_slack_signature({ts, good, body + "x"}, secret, now);
        REQUIRE_FALSE(r);
        CHECK(r.error() == SignatureError::mismatch);
    }
    SECTION("the wrong secret fails") {
        auto r = verify_slack_signature({ts, good, body}, "another-secret", now);
        REQUIRE_FALSE(r);
        CHECK(r.error() == SignatureError::mismatch);
    }
    SECTION("a tampered timestamp fails even when fresh") {
        auto r = verify_slack_signature({"1700000001", good, body}, secret, now);
        REQUIRE_FALSE(r);
        CHECK(r.error() == SignatureError::mismatch);
    }
    SECTION("stale: more than five minutes in the past") {
        auto const old = sign_slack_request(secret, "1699999600", body);
        CHECK(
            verify_slack_signature({"1699999720", sign_slack_request(secret, "1699999720", body), body}, secret, now));
        auto r = verify_slack_signature({"1699999600", old, body}, secret, now);
        REQUIRE_FALSE(r);
        CHECK(r.error() == SignatureError::stale);
    }
    SECTION("stale: more than five minutes in the future") {
        auto const future = "1700000400";
        auto r = verify_slack_signature({future, sign_slack_request(secret, future, body), body}, secret, now);
        REQUIRE_FALSE(r);
        CHECK(r.error() == SignatureError::stale);
    }
    SECTION("missing headers") {
        CHECK(verify_slack_signature({"", good, body}, secret, now).error() == SignatureError::missing_header);
        CHECK(verify_slack_signature({ts, "", body}, secret, now).error() == SignatureError::missing_header);
    }
    SECTION("wrong version prefix") {
        auto v1 = "v1=" + good.substr(3);
        CHECK(verify_slack_signature({ts, v1, body}, secret, now).error() == SignatureError::malformed);
    }
    SECTION("non-hex or wrong-length signature") {
        auto bad = good;
        bad[10] = 'z';
        CHECK(verify_slack_signature({ts, bad, body}, secret, now).error() == SignatureError::malformed);
        CHECK(verify_slack_signature({ts, good.substr(0, 40), body}, secret, now).error() == SignatureError::malformed);
        CHECK(verify_slack_signature({ts, good + "00", body}, secret, now).error() == SignatureError::malformed);
    }
    SECTION("upper-case hex is the same signature") {
        auto upper = good;
        for (auto& c : upper) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
        upper[0] = 'v';
        CHECK(verify_slack_signature({ts, upper, body}, secret, now));
    }
    SECTION("malformed timestamps") {
        for (std::string t : {"abc", "17000000x0", "-1700000000", " 1700000000", "99999999999999999999"}) {
            CAPTURE(t);
            CHECK(verify_slack_signature({t, sign_slack_request(secret, t, body), body}, secret, now).error() ==
                  SignatureError::malformed);
        }
    }
    SECTION("an empty configured secret never verifies") {
        CHECK_FALSE(verify_slack_signature({ts, sign_slack_request("", ts, body), body}, "", now));
    }
}

TEST_CASE("alternating secrets on one thread each verify with their own key", "[bot][signature]") {
    // The HMAC key is cached per thread: switching secrets must re-key, every time, both ways.
    std::string const body = "command=%2Fpushback&text=hello";
    std::string const ts = "1700000000";
    auto const now = at(1700000010);
    std::string const other = "a-second-signing-secret-0123456789";
    auto const mine = sign_slack_request(secret, ts, body);
    auto const theirs = sign_slack_request(other, ts, body);
    REQUIRE(mine != theirs);
    for (int round = 0; round < 3; ++round) {
        CHECK(verify_slack_signature({ts, mine, body}, secret, now));
        CHECK_FALSE(verify_slack_signature({ts, theirs, body}, secret, now));
        CHECK(verify_slack_signature({ts, theirs, body}, other, now));
        CHECK_FALSE(verify_slack_signature({ts, mine, body}, other, now));
        // A secret that is a prefix of the cached one is a different key.
        CHECK_FALSE(verify_slack_signature({ts, mine, body}, secret.substr(0, 10), now));
    }
    // The documented example still verifies after all that switching.
    auto const doc_body = fixture("slack_doc_signature_example.form");
    SignedRequest const doc{"1531420618", "v0=a2114d57b48eac39b9ad189dd8316235a7b4a8d21a10bd27519666489c69b503",
                            doc_body};
    CHECK(verify_slack_signature(doc, secret, at(1531420618)));
}
