// The terminal subcommands, run as the real binary: `--help` on each prints usage and starts nothing,
// `try` signs with the same secret the server verifies with (SLACK_SIGNING_SECRET[_FILE]).
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>

#include "support/process.hpp"
#include "support/test_app.hpp"

using namespace pushback;
using namespace pushback::test;

namespace {

std::vector<std::filesystem::path> entries(std::filesystem::path const& dir) {
    std::vector<std::filesystem::path> out;
    for (auto const& e : std::filesystem::recursive_directory_iterator(dir)) out.push_back(e.path());
    return out;
}

void write_file(std::string const& path, std::string const& text) { std::ofstream(path) << text; }

}  // namespace

TEST_CASE("every subcommand's --help prints its usage and starts nothing", "[app][cli]") {
    // A running server on PUSHBACK_LISTEN, so a `healthcheck` or `try` that ran anyway would succeed
    // and show in the output instead of failing quietly.
    TestApp app;
    for (std::string const command : {"serve", "try", "analyze", "eval", "healthcheck", "version"}) {
        for (std::string const flag : {"--help", "-h"}) {
            CAPTURE(command, flag);
            TempDir cwd;
            // No signing secret: a `serve` that started would create var/local-signing-secret and the
            // database under var/, and listen on a port of its own.
            auto const r = run_pushback({command, flag}, {"PUSHBACK_LISTEN=127.0.0.1:" + std::to_string(app.port())},
                                        cwd.path(), {}, std::chrono::seconds{5});
            CAPTURE(r.out, r.err);
            CHECK(r.exit_code == 0);  // -1 would mean it kept running (a listener) and had to be killed
            CHECK_THAT(r.out, Catch::StartsWith("Usage: pushback " + command));
            CHECK(r.err.empty());
            CHECK(entries(cwd.path()).empty());  // no var/, no database, no secret file
            CHECK_THAT(r.out,
                       !Catch::Contains("listening") && !Catch::Contains("ok\n") && !Catch::Contains("pushback 0."));
        }
    }
    // Nothing reached the running server either.
    app.stop();
    CHECK_THAT(app.log_text(), !Catch::Contains("\"kind\":\"command\"") && !Catch::Contains("healthz"));
}

TEST_CASE("serve --help documents the settings it reads", "[app][cli]") {
    TempDir cwd;
    auto const r = run_pushback({"serve", "--help"}, {}, cwd.path());
    CHECK(r.exit_code == 0);
    CHECK_THAT(r.out, Catch::Contains("SLACK_SIGNING_SECRET[_FILE]") && Catch::Contains("PUSHBACK_LISTEN"));
}

TEST_CASE("analyze --help prints usage and is not analysed as a draft", "[app][cli]") {
    TempDir cwd;
    // What a draft's analysis looks like, to be sure the help output is not one.
    auto const analysed = run_pushback({"analyze", "--json", "help me out"}, {}, cwd.path());
    REQUIRE(analysed.exit_code == 0);
    REQUIRE_THAT(analysed.out, Catch::StartsWith("{"));
    for (std::vector<std::string> const& args : std::vector<std::vector<std::string>>{
             {"analyze", "--help"}, {"analyze", "--json", "--help"}, {"analyze", "--reframe", "--help"}}) {
        CAPTURE(args);
        auto const r = run_pushback(args, {}, cwd.path(), "some draft on stdin that must not be read\n");
        CHECK(r.exit_code == 0);
        CHECK_THAT(r.out, Catch::StartsWith("Usage: pushback analyze"));
        CHECK_THAT(r.out, !Catch::Contains("\"vague\"") && !Catch::Contains("Reframings:") &&
                              !Catch::Contains("--help\"") && !Catch::Contains("stdin that must"));
    }
    // A draft that merely mentions the flag is still a draft.
    auto const draft = run_pushback({"analyze", "--json", "what does --help do here"}, {}, cwd.path());
    CHECK(draft.exit_code == 0);
    CHECK_THAT(draft.out, Catch::StartsWith("{"));
}

TEST_CASE("try signs with SLACK_SIGNING_SECRET_FILE, like the server", "[app][cli]") {
    TestApp app;           // verifies with test_secret
    TempDir secrets, cwd;  // cwd has no var/local-signing-secret to fall back on
    std::string const listen = "PUSHBACK_LISTEN=127.0.0.1:" + std::to_string(app.port());

    SECTION("the right secret in the file: the reply is printed") {
        write_file(secrets.file("secret"), std::string(test_secret) + "\n");
        auto const r = run_pushback({"try", "I don't think we can add SSO"},
                                    {listen, "SLACK_SIGNING_SECRET_FILE=" + secrets.file("secret")}, cwd.path());
        CAPTURE(r.out, r.err);
        CHECK(r.exit_code == 0);
        CHECK_THAT(r.out, Catch::Contains("*Rework it before sending") && Catch::Contains("SSO"));
        app.stop();  // (the log line the other tests look for, to be sure it is written this way)
        CHECK_THAT(app.log_text(), Catch::Contains("\"kind\":\"command\""));
    }
    SECTION("a wrong secret in the file: the server's 401 is reported") {
        write_file(secrets.file("secret"), "not-the-secret");
        auto const r = run_pushback({"try", "I don't think we can add SSO"},
                                    {listen, "SLACK_SIGNING_SECRET_FILE=" + secrets.file("secret")}, cwd.path());
        CHECK(r.exit_code == 1);
        CHECK_THAT(r.err, Catch::Contains("401"));
        CHECK_THAT(r.err, !Catch::Contains("not-the-secret"));
    }
    SECTION("a file that cannot be read is named, and nothing is sent") {
        auto const r = run_pushback({"try", "hello"}, {listen, "SLACK_SIGNING_SECRET_FILE=" + secrets.file("missing")},
                                    cwd.path());
        CHECK(r.exit_code == 2);
        CHECK_THAT(r.err, Catch::Contains("SLACK_SIGNING_SECRET_FILE"));
        CHECK_THAT(app.log_text(), !Catch::Contains("\"kind\":\"command\""));
    }
    SECTION("SLACK_SIGNING_SECRET still wins over the file") {
        write_file(secrets.file("secret"), "not-the-secret");
        auto const r = run_pushback({"try", "--command", "/pushback ladder"},
                                    {listen, std::string("SLACK_SIGNING_SECRET=") + test_secret,
                                     "SLACK_SIGNING_SECRET_FILE=" + secrets.file("secret")},
                                    cwd.path());
        CHECK(r.exit_code == 0);
        CHECK_THAT(r.out, Catch::Contains("ladder") || Catch::Contains("Ladder"));
    }
}

TEST_CASE("an unknown subcommand prints the usage and fails", "[app][cli]") {
    TempDir cwd;
    auto const r = run_pushback({"serv"}, {}, cwd.path());
    CHECK(r.exit_code == 2);
    CHECK_THAT(r.err, Catch::Contains("unknown command 'serv'") && Catch::Contains("pushback serve"));
    CHECK(entries(cwd.path()).empty());
}

TEST_CASE("try prints what follows the reply when the server stands in for Slack (no bot token)", "[app][cli]") {
    TestApp app;  // no bot token: the local stand-in for Slack keeps an outbox
    TempDir cwd;
    std::vector<std::string> const env{"PUSHBACK_LISTEN=127.0.0.1:" + std::to_string(app.port()),
                                       std::string("SLACK_SIGNING_SECRET=") + test_secret};
    auto const commit = run_pushback(
        {"try", "--command", "/pushback commit Ship SSO in March as scoped revisit next friday"}, env, cwd.path());
    CAPTURE(commit.out, commit.err);
    REQUIRE(commit.exit_code == 0);
    CHECK_THAT(commit.out, Catch::Contains("Logged as #1") && Catch::Contains("Revisit on *"));

    // The card posted to the channel and the response_url confirmation follow the reply.
    auto const share = run_pushback({"try", "--command", "/pushback share 1"}, env, cwd.path());
    CAPTURE(share.out);
    CHECK_THAT(share.out, Catch::Contains("Sharing #1") && Catch::Contains("--- then, channel message ---") &&
                              Catch::Contains("Decision #1: Ship SSO in March as scoped") &&
                              Catch::Contains("--- then, response_url ---") && Catch::Contains("Shared #1"));

    // The file an export would upload, with its bytes.
    auto const exported = run_pushback({"try", "--command", "/pushback export csv"}, env, cwd.path());
    CAPTURE(exported.out);
    CHECK_THAT(exported.out, Catch::Contains("--- then, file ---") && Catch::Contains("pushback-decision-log-") &&
                                 Catch::Contains("id,date,") && Catch::Contains("Ship SSO in March as scoped"));
    CHECK_THAT(exported.out, !Catch::Contains("--- then, channel message ---"));  // only what followed this one

    // Everything so far, including what a later command would not repeat.
    auto const outbox = run_pushback({"try", "--outbox"}, env, cwd.path());
    CHECK(outbox.exit_code == 0);
    CHECK_THAT(outbox.out, Catch::Contains("channel message") && Catch::Contains("file"));

    // The outbox answers only requests addressed to this machine, never a page from elsewhere.
    auto const get = [&](std::string const& headers) {
        auto conn = app.connect();
        auto r = conn.raw("GET /local/outbox HTTP/1.1\r\n" + headers + "Connection: close\r\n\r\n");
        REQUIRE(r);
        return *r;
    };
    CHECK(get("Host: 127.0.0.1\r\n").status == 200);
    CHECK(get("Host: evil.example\r\n").status == 403);
    CHECK(get("Host: 127.0.0.1\r\nOrigin: https://evil.example\r\n").status == 403);
}
