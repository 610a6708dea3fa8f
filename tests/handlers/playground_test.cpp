// The local playground without a socket: who may use it, how the page's requests become Slack's, and
// that a draft goes through the real routes (app::register_routes) to the same reply Slack would get.

#include "handlers/playground/playground.hpp"

#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <fstream>

#include "app/routes.hpp"
#include "handlers/playground/guard.hpp"
#include "handlers/playground/surfaces.hpp"
#include "handlers/pushback.hpp"
#include "support.hpp"

using namespace pushback;
namespace pg = handlers::playground;
namespace json = boost::json;

namespace {

bot::HttpRequest api_post(std::string_view target, std::string_view body,
                          std::string_view origin = "http://127.0.0.1:3000") {
    bot::HttpRequest r;
    r.method = "POST";
    r.target = target;
    r.content_type = "application/json";
    r.body = body;
    r.host = "127.0.0.1:3000";
    r.origin = origin;
    r.sec_fetch_site = "same-origin";
    return r;
}

std::string header(bot::Reply const& r, std::string_view name) {
    for (auto const& [n, v] : r.headers)
        if (n == name) return v;
    return {};
}

}  // namespace

TEST_CASE("playground: only loopback names are answered", "[handlers]") {
    for (auto h :
         {"127.0.0.1:3000", "127.0.0.1", "localhost:3000", "LOCALHOST", "[::1]:3000", "[::1]", "127.9.8.7:1"}) {
        INFO(h);
        CHECK(pg::is_loopback_host(h));
    }
    for (auto h : {"", "evil.example", "evil.example:3000", "127.0.0.1.evil.example", "128.0.0.1:3000", "[::2]:3000",
                   "localhost:x", "[::1]x", "10.0.0.1", "127.0.0.256", "127.0.0", "localhost.evil.example"}) {
        INFO(h);
        CHECK_FALSE(pg::is_loopback_host(h));
    }
}

TEST_CASE("playground: the API takes JSON POSTs from its own origin only", "[handlers]") {
    auto ok = api_post("/playground/api/run", "{}");
    CHECK_FALSE(pg::api_refusal(ok));
    auto cross = ok;
    cross.origin = "http://evil.example";
    CHECK(pg::api_refusal(cross));
    auto none = ok;
    none.origin = {};
    CHECK(pg::api_refusal(none));
    auto site = ok;
    site.sec_fetch_site = "cross-site";
    CHECK(pg::api_refusal(site));
    auto form = ok;
    form.content_type = "application/x-www-form-urlencoded";
    CHECK(pg::api_refusal(form));
    auto get = ok;
    get.method = "GET";
    CHECK(pg::api_refusal(get));
    auto other_port = ok;
    other_port.origin = "http://127.0.0.1:3001";
    CHECK(pg::api_refusal(other_port));
}

TEST_CASE("playground: the page's requests become Slack's", "[handlers]") {
    auto const c = pg::slash_command("a <b> & c");
    CHECK(c.command == "/pushback");
    CHECK(c.text == "a &lt;b&gt; &amp; c");  // as Slack escapes command text
    CHECK(c.user_id == "U0LOCAL");

    auto const r = pg::reframe_action("Can we do this faster?");
    CHECK(r.type == "message_action");
    CHECK(r.payload.at("message").at("user").as_string() == pg::other_user_id);

    // The page cannot choose who it is.
    auto i = pg::interaction(json::parse(R"({"type":"block_actions","user":{"id":"U0BOSS"},
        "actions":[{"action_id":"log_commitment","value":"draft"}]})")
                                 .as_object());
    REQUIRE(i);
    CHECK(i->user_id == "U0LOCAL");
    CHECK(i->payload.at("user").at("id").as_string() == "U0LOCAL");
    CHECK(i->action_id == "log_commitment");
    CHECK(i->response_url == pg::response_url);
    CHECK_FALSE(pg::interaction(json::parse(R"({"type":"url_verification"})").as_object()));
    CHECK_FALSE(pg::interaction(json::parse(R"({"type":"view_submission"})").as_object()));
}

TEST_CASE("playground: a Reply becomes the ack and the Slack calls after it", "[handlers]") {
    bot::Reply r = bot::Reply::ack();
    r.then_call("views.open", json::object{{"view", json::object{{"type", "modal"}}}});
    r.then_respond("https://hooks.slack.invalid/x", json::object{{"text", "hi"}});
    r.then_run([]() -> boost::asio::awaitable<void> { co_return; });
    auto const page = pg::page_result(r);
    CHECK(page.at("ack").at("status").to_number<int>() == 200);
    auto const& calls = page.at("calls").as_array();
    REQUIRE(calls.size() == 2);
    CHECK(calls[0].at("method").as_string() == "views.open");
    CHECK(calls[1].at("method").as_string() == "response_url");
    CHECK(page.at("after_ack").as_int64() == 1);
}

TEST_CASE("playground: a draft goes through the real routes to the reply Slack gets", "[handlers]") {
    test::HandlerWorld w;
    pg::Playground playground(w.deps, pg::Options{std::nullopt, &app::register_routes});

    auto const reply = playground.handle(
        api_post("/playground/api/run", R"({"surface":"pushback","text":"We might need a few tweaks soon"})"));
    REQUIRE(reply.status == 200);
    CHECK_THAT(header(reply, "Content-Security-Policy"), Catch::StartsWith("default-src 'none'"));
    auto const page = json::parse(reply.body);
    auto const slack = json::parse(handlers::draft_reply("We might need a few tweaks soon", w.deps).body);
    CHECK(page.at("ack").at("json") == slack);
    CHECK(page.at("templates").at("error").is_null());

    // A button: Log as commitment opens the decision-log modal.
    auto const click = playground.handle(api_post(
        "/playground/api/interact",
        R"({"payload":{"type":"block_actions","actions":[{"type":"button","action_id":"log_commitment","value":"We might"}]}})"));
    auto const opened = json::parse(click.body);
    REQUIRE(opened.at("calls").as_array().size() == 1);
    CHECK(opened.at("calls").at(0).at("body").at("view").at("callback_id").as_string() == "decision_log");

    // Refused: another origin, another Host, a path that is not the playground's.
    CHECK(playground.handle(api_post("/playground/api/run", "{}", "http://evil.example")).status == 403);
    auto rebound = api_post("/playground/api/run", "{}");
    rebound.host = "evil.example:3000";
    rebound.origin = "http://evil.example:3000";
    CHECK(playground.handle(rebound).status == 403);
    CHECK(playground.handle(api_post("/playground/api/nope", "{}")).status == 404);
    CHECK(playground.handle(api_post("/playground/api/run", "[1]")).status == 400);
    CHECK(playground.handle(api_post("/playground/api/run", R"({"surface":"elsewhere"})")).status == 400);

    // The page and its scripts, from the binary, under the same CSP.
    bot::HttpRequest get;
    get.method = "GET";
    get.target = "/?draft=x";
    get.host = "localhost:3000";
    auto const index = playground.handle(get);
    CHECK(index.status == 200);
    CHECK_THAT(index.content_type, Catch::StartsWith("text/html"));
    CHECK_THAT(index.body, Catch::Contains("/playground/playground.js"));
    CHECK_THAT(index.body, !Catch::Contains("http://") && !Catch::Contains("https://"));  // nothing from elsewhere
    get.target = "/playground/playground.js";
    CHECK(playground.handle(get).content_type == "text/javascript; charset=utf-8");
    get.target = "/playground/../../etc/passwd";
    CHECK(playground.handle(get).status == 404);
    CHECK(pg::is_playground_target("/"));
    CHECK(pg::is_playground_target("/playground/app.js"));
    CHECK_FALSE(pg::is_playground_target("/slack/events"));
    CHECK_FALSE(pg::is_playground_target("/healthz"));
}

TEST_CASE("playground: an edited template is loaded on the next request, a broken one is reported", "[handlers]") {
    test::HandlerWorld w;
    test::TempDir dir;
    auto write = [&](std::string const& marker) {
        std::ofstream(dir.file("team.toml")) << "[[guide]]\nid = \"decision-checklist\"\ntext = \"\"\"\n"
                                             << marker << "\n\"\"\"\n";
    };
    write("first checklist");
    auto lib = *templates::Library::load_builtin(dir.path().string());
    handlers::Deps deps{lib, *w.store, w.slack, w.clock, w.log};
    pg::Playground playground(deps, pg::Options{dir.path().string(), &app::register_routes});
    auto checklist = [&] {
        return json::parse(playground.handle(api_post("/playground/api/run", R"({"text":"checklist"})")).body)
            .as_object();
    };
    CHECK_THAT(json::serialize(checklist().at("ack")), Catch::Contains("first checklist"));
    write("second checklist, longer");
    CHECK_THAT(json::serialize(checklist().at("ack")), Catch::Contains("second checklist"));

    std::ofstream(dir.file("team.toml")) << "\n[[guide]]\nid = \"decision-checklist\"\ntext = \"\"\"never closed\n";
    auto const broken = checklist();
    CHECK_THAT(json::serialize(broken.at("ack")), Catch::Contains("second checklist"));  // the last good set
    auto const& error = broken.at("templates").at("error");
    REQUIRE(error.is_object());
    CHECK_THAT(std::string(error.at("file").as_string()), Catch::EndsWith("team.toml"));
    CHECK(error.at("line").as_int64() >= 4);
}
