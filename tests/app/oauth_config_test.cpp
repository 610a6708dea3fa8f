// The installable app's configuration: all of SLACK_CLIENT_ID / SLACK_CLIENT_SECRET / SLACK_STATE_SECRET or none,
// an encryption key required with them, clear errors that never echo a secret; the manifest's scopes and
// redirect URL agree with what the install asks for.
#include <catch2/catch.hpp>
#include <map>
#include <sstream>

#include "app/config.hpp"
#include "bot/token_cipher.hpp"
#include "handlers/oauth/settings.hpp"
#include "support/test_app.hpp"

using namespace pushback;

namespace {

using Vars = std::map<std::string, std::string, std::less<>>;

std::expected<app::Config, std::string> load(Vars const& vars, std::string const& dir) {
    return app::load_config(
        [&](std::string_view name) -> std::optional<std::string> {
            if (auto it = vars.find(name); it != vars.end()) return it->second;
            return std::nullopt;
        },
        dir);
}

Vars installable() {
    return {{"SLACK_SIGNING_SECRET", "signing-secret-0123456789"},
            {"SLACK_CLIENT_ID", "1111.2222"},
            {"SLACK_CLIENT_SECRET", "client-secret-abcdefghij"},
            {"SLACK_STATE_SECRET", "state-secret-abcdefghijkl"},
            {"PUSHBACK_PUBLIC_URL", "https://pushback.example.com/"},
            {"PUSHBACK_ENCRYPTION_KEY", bot::base64_encode(std::string(32, '\x42'))}};
}

}  // namespace

TEST_CASE("OAuth settings: all three and a key turn the installable app on", "[app][oauth]") {
    test::TempDir dir;
    auto const c = load(installable(), dir.path().string());
    REQUIRE(c);
    REQUIRE(c->oauth);
    CHECK(c->oauth->client_id == "1111.2222");
    CHECK(c->oauth->redirect_uri() == "https://pushback.example.com/slack/oauth_redirect");
    CHECK(c->oauth->authorize_url == "https://slack.com/oauth/v2/authorize");
    CHECK(c->oauth->purge_after == std::chrono::hours{24 * 30});
    CHECK(c->bot_token.empty());

    auto const single = load({{"SLACK_SIGNING_SECRET", "s"}, {"SLACK_BOT_TOKEN", "xoxb-1"}}, dir.path().string());
    REQUIRE(single);
    CHECK_FALSE(single->oauth);  // one workspace, as before
}

TEST_CASE("OAuth settings: what is missing or wrong is named, and no secret is echoed", "[app][oauth]") {
    test::TempDir dir;
    struct Case {
        std::string name;
        Vars vars;
        std::string says;
    };
    auto without = [](std::string const& name) {
        auto v = installable();
        v.erase(name);
        return v;
    };
    auto with = [](std::string const& name, std::string const& value) {
        auto v = installable();
        v[name] = value;
        return v;
    };
    std::vector<Case> const cases{
        {"no key", without("PUSHBACK_ENCRYPTION_KEY"), "PUSHBACK_ENCRYPTION_KEY is not set"},
        {"short key", with("PUSHBACK_ENCRYPTION_KEY", "c2hvcnQ="), "32 random bytes"},
        {"no client secret", without("SLACK_CLIENT_SECRET"), "SLACK_CLIENT_SECRET is not set"},
        {"no state secret", without("SLACK_STATE_SECRET"), "SLACK_STATE_SECRET is not set"},
        {"no public URL", without("PUSHBACK_PUBLIC_URL"), "PUSHBACK_PUBLIC_URL"},
        {"http public URL", with("PUSHBACK_PUBLIC_URL", "http://pushback.example.com"), "https://"},
        {"bot token too", with("SLACK_BOT_TOKEN", "xoxb-1-secret"), "not both"},
        {"no signing secret", without("SLACK_SIGNING_SECRET"), "SLACK_SIGNING_SECRET"},
        {"bad purge", with("PUSHBACK_PURGE_ON_UNINSTALL", "sometimes"), "PUSHBACK_PURGE_ON_UNINSTALL"},
    };
    for (auto const& c : cases) {
        CAPTURE(c.name);
        auto const r = load(c.vars, dir.path().string());
        REQUIRE_FALSE(r);
        CHECK_THAT(r.error(), Catch::Contains(c.says));
        for (auto const* secret : {"client-secret-abcdefghij", "state-secret-abcdefghijkl", "xoxb-1-secret"})
            CHECK_THAT(r.error(), !Catch::Contains(secret));
    }
    CHECK(load(with("PUSHBACK_PURGE_ON_UNINSTALL", "never"), dir.path().string())->oauth->purge_after == std::nullopt);
    CHECK(load(with("PUSHBACK_PURGE_ON_UNINSTALL", "7d"), dir.path().string())->oauth->purge_after ==
          std::chrono::hours{24 * 7});
    CHECK(load(with("PUSHBACK_PURGE_ON_UNINSTALL", "immediately"), dir.path().string())->oauth->purge_after ==
          std::chrono::seconds{0});
}

TEST_CASE("OAuth settings over Socket Mode: the app token stands in for the signing secret, no bot token needed",
          "[app][oauth][socket]") {
    test::TempDir dir;
    auto v = installable();
    v.erase("SLACK_SIGNING_SECRET");
    v["SLACK_APP_TOKEN"] = "xapp-1-A0-1111-app-token-secret";
    auto const c = load(v, dir.path().string());
    REQUIRE(c);
    CHECK(c->oauth);
    CHECK(c->app_token == "xapp-1-A0-1111-app-token-secret");
    CHECK(c->bot_token.empty());
    CHECK(c->signing_secret.empty());  // nothing signed is taken over HTTP
    CHECK_FALSE(c->local_mode);

    // Socket Mode with neither a bot token nor the OAuth settings cannot answer anyone: said, secret not echoed.
    auto const alone = load({{"SLACK_APP_TOKEN", "xapp-1-A0-1111-app-token-secret"}}, dir.path().string());
    REQUIRE_FALSE(alone);
    CHECK_THAT(alone.error(), Catch::Contains("SLACK_BOT_TOKEN") && Catch::Contains("OAuth settings"));
    CHECK_THAT(alone.error(), !Catch::Contains("app-token-secret"));
}

namespace {

// The bot scopes a manifest lists, comma-separated in order.
std::string manifest_bot_scopes(std::string const& manifest) {
    auto const scopes_at = manifest.find("    bot:\n");
    REQUIRE(scopes_at != std::string::npos);
    std::string listed;
    std::istringstream lines(manifest.substr(scopes_at + 9));
    for (std::string line; std::getline(lines, line) && line.starts_with("      - ");) {
        if (!listed.empty()) listed += ",";
        listed += line.substr(8);
    }
    return listed;
}

}  // namespace

TEST_CASE("the manifest's bot scopes are the ones the install asks for, and it names the redirect URL",
          "[app][oauth]") {
    auto const manifest = test::read_text(std::string(PUSHBACK_TEST_DATA_DIR) + "/../deploy/slack-app-manifest.yml");
    CHECK(manifest_bot_scopes(manifest) == handlers::oauth::bot_scopes);
    CHECK_THAT(manifest, Catch::Contains("  redirect_urls:\n    - https://YOUR_HOST/slack/oauth_redirect\n"));
    for (auto const* event : {"      - app_uninstalled\n", "      - tokens_revoked\n"})
        CHECK_THAT(manifest, Catch::Contains(event));
}

TEST_CASE("the Socket Mode manifest asks for the same bot scopes as the HTTP one", "[app][oauth]") {
    auto const http = test::read_text(std::string(PUSHBACK_TEST_DATA_DIR) + "/../deploy/slack-app-manifest.yml");
    auto const socket =
        test::read_text(std::string(PUSHBACK_TEST_DATA_DIR) + "/../deploy/slack-app-manifest.socket-mode.yml");
    CHECK(manifest_bot_scopes(socket) == manifest_bot_scopes(http));
    CHECK_THAT(socket, Catch::Contains("socket_mode_enabled: true"));
}
