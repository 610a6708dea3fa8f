// Tokens at rest (AES-256-GCM with key ids) and the OAuth install state (signed, expiring): pure functions.
#include "bot/token_cipher.hpp"

#include <catch2/catch.hpp>

#include "bot/oauth_state.hpp"

using namespace pushback::bot;
using namespace std::chrono;

namespace {

std::string new_key() { return base64_encode(*random_bytes(32)); }
sys_seconds at(std::int64_t s) { return sys_seconds{seconds{s}}; }

}  // namespace

TEST_CASE("a sealed token opens only with its key and its context, and hides the token", "[bot][oauth]") {
    auto const cipher = TokenCipher::from_base64(new_key());
    REQUIRE(cipher);
    auto const sealed = cipher->seal("xoxb-1234-secret", "bot_token:T1");
    REQUIRE(sealed);
    CHECK(sealed->starts_with("pbk1." + cipher->key_id() + "."));
    CHECK(sealed->find("xoxb") == std::string::npos);
    CHECK(*cipher->open(*sealed, "bot_token:T1") == "xoxb-1234-secret");
    CHECK(*cipher->seal("xoxb-1234-secret", "bot_token:T1") != *sealed);  // a fresh nonce every time

    CHECK_FALSE(cipher->open(*sealed, "bot_token:T2"));      // copied to another installation's row
    CHECK_FALSE(cipher->open(*sealed, "refresh_token:T1"));  // or to another field
    auto tampered = *sealed;
    tampered[tampered.size() - 3] = tampered[tampered.size() - 3] == 'A' ? 'B' : 'A';
    CHECK_FALSE(cipher->open(tampered, "bot_token:T1"));
    CHECK_FALSE(cipher->open("xoxb-1234-secret", "bot_token:T1"));
    auto const other = TokenCipher::from_base64(new_key());
    CHECK_FALSE(other->open(*sealed, "bot_token:T1"));
}

TEST_CASE("key rotation: the old key still opens, new values are sealed with the new one", "[bot][oauth]") {
    auto const old_key = new_key();
    auto const before = TokenCipher::from_base64(old_key);
    auto const sealed_before = *before->seal("xoxb-old", "ctx");
    auto const after = TokenCipher::from_base64(new_key(), {old_key});
    REQUIRE(after);
    CHECK(after->key_id() != before->key_id());
    CHECK(*after->open(sealed_before, "ctx") == "xoxb-old");
    CHECK(after->seal("xoxb-new", "ctx")->starts_with("pbk1." + after->key_id() + "."));
}

TEST_CASE("an unusable encryption key is refused with the setting's name, not the key", "[bot][oauth]") {
    for (auto const* bad : {"", "not base64 at all", "c2hvcnQ=", "AAAA"}) {
        auto const c = TokenCipher::from_base64(bad);
        REQUIRE_FALSE(c);
        CHECK_THAT(c.error(), Catch::Contains("PUSHBACK_ENCRYPTION_KEY") && Catch::Contains("32 random bytes"));
    }
    auto const c = TokenCipher::from_base64(new_key(), {"short"});
    REQUIRE_FALSE(c);
    CHECK_THAT(c.error(), Catch::Contains("PUSHBACK_ENCRYPTION_OLD_KEYS"));
}

TEST_CASE("base64 round-trips any bytes", "[bot][oauth]") {
    for (std::string const& s : std::vector<std::string>{"a", "ab", "abc", "abcd", std::string("\0\xff\x10", 3)})
        CHECK(*base64_decode(base64_encode(s)) == s);
    CHECK(base64_encode("1111.2222:secret") == "MTExMS4yMjIyOnNlY3JldA==");
}

TEST_CASE("the OAuth state is signed, expires after 10 minutes, and carries its nonce", "[bot][oauth]") {
    auto const s = issue_oauth_state("state-secret", at(1'700'000'000));
    REQUIRE(s);
    CHECK(s->expires_at == at(1'700'000'600));
    CHECK(*verify_oauth_state(s->value, "state-secret", at(1'700'000'599)) == s->nonce);
    CHECK(verify_oauth_state(s->value, "state-secret", at(1'700'000'600)).error() == OAuthStateError::expired);
    CHECK(verify_oauth_state(s->value, "another-secret", at(1'700'000'001)).error() == OAuthStateError::forged);
    // A later expiry with the old signature is a forgery, not a longer-lived state.
    auto extended = s->value;
    extended.replace(33, 10, "1800000000");
    CHECK(verify_oauth_state(extended, "state-secret", at(1'700'000'001)).error() == OAuthStateError::forged);
    for (auto const* junk : {"", "abc", "a.b.c", "....", "x.1700000600.00"})
        CHECK(verify_oauth_state(junk, "state-secret", at(1'700'000'001)).error() == OAuthStateError::malformed);
    CHECK(issue_oauth_state("state-secret", at(1'700'000'000))->value != s->value);
}

TEST_CASE("cookie_value finds one cookie among several", "[bot][oauth]") {
    CHECK(cookie_value("a=1; pushback_oauth_state=xyz; b=2", "pushback_oauth_state") == "xyz");
    CHECK(cookie_value("pushback_oauth_state=xyz", "pushback_oauth_state") == "xyz");
    CHECK(cookie_value("xpushback_oauth_state=1", "pushback_oauth_state").empty());
    CHECK(cookie_value("", "pushback_oauth_state").empty());
}
