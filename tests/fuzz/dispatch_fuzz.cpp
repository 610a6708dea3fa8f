// Fuzzes the whole request path behind the socket: a real bot::Receiver and Router with the real
// handlers wired as app/routes.cpp wires them, over a real SQLite store. The fuzzed body is signed with the
// known secret so it gets past verification and reaches parsing and dispatch.
//
// Input: byte 0 chooses the request's shape (content type, retry header, whether Slack calls succeed),
// the rest is the body. Properties: the receiver answers (no crash, no exception escapes, nothing
// unsigned is refused as unsigned), JSON replies parse, and every message or view sent back to Slack,
// inline or in after-ack work, keeps within Block Kit's limits (Slack rejects the rest).

#include <fcntl.h>
#include <unistd.h>

#include <boost/asio/io_context.hpp>
#include <boost/json.hpp>
#include <cstdint>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "app/routes.hpp"
#include "bot/after_ack.hpp"
#include "bot/in_flight.hpp"
#include "bot/receiver.hpp"
#include "bot/router.hpp"
#include "bot/signature.hpp"
#include "bot/slack_api.hpp"
#include "handlers/app_home.hpp"
#include "handlers/commitments.hpp"
#include "handlers/deps.hpp"
#include "handlers/followups/followups.hpp"
#include "handlers/pushback.hpp"
#include "handlers/reframe.hpp"
#include "storage/sqlite_store.hpp"
#include "templates/library.hpp"
#include "tests/fuzz/fuzz_check.hpp"
#include "tests/support/test_app.hpp"
#include "util/clock.hpp"
#include "util/log.hpp"

namespace json = boost::json;
namespace net = boost::asio;
using namespace pushback;

namespace {

constexpr char const* secret = "fuzz-signing-secret";
constexpr std::int64_t now_s = 1'800'000'000;  // Fri 15 Jan 2027

void check_block_kit(json::value const& v, test::Surface surface, std::string_view where) {
    auto const problems = test::block_kit_problems(v, surface);
    if (problems.empty()) return;
    std::fprintf(stderr, "Block Kit problems in %.*s:\n", static_cast<int>(where.size()), where.data());
    for (auto const& p : problems) std::fprintf(stderr, "  %s\n", p.c_str());
    std::fprintf(stderr, "%s\n", json::serialize(v).c_str());
    std::abort();
}

// A message, or for view methods the view, as Slack would validate it.
void check_outgoing(std::string_view method, json::object const& body) {
    if (method == "views.open" || method == "views.update" || method == "views.push") {
        if (auto const* view = body.if_contains("view")) check_block_kit(*view, test::Surface::modal, method);
    } else if (method == "views.publish") {
        if (auto const* view = body.if_contains("view")) check_block_kit(*view, test::Surface::home, method);
    } else if (method == "chat.postMessage" || method == "chat.postEphemeral" || method == "chat.update" ||
               method == "response_url") {
        if (body.contains("text") || body.contains("blocks")) check_block_kit(body, test::Surface::message, method);
    }
}

// Records calls and answers each at once with a canned success or failure (chosen per input), as a real
// client's answer would arrive; the after-ack work that awaits them runs on a local io_context.
class RecordingSlack final : public bot::SlackApi {
  public:
    net::awaitable<bot::SlackResult> call(std::string method, json::object body) override {
        check_outgoing(method, body);
        co_return answer();
    }
    net::awaitable<bot::SlackResult> respond(std::string, json::object body) override {
        check_outgoing("response_url", body);
        co_return answer();
    }

    void reset(bool succeed) {
        succeed_ = succeed;
        calls_ = 0;
    }

  private:
    bot::SlackResult answer() {
        // Work may call Slack again (post, then update the modal); bounded so a loop would show up.
        FUZZ_CHECK(++calls_ < 64);
        if (succeed_) {
            return json::object{{"ok", true},
                                {"user", json::object{{"id", "U0001"}, {"tz", "America/New_York"}}},
                                {"channel", json::object{{"id", "D0001"}}},
                                {"ts", "1800000000.000100"}};
        }
        return std::unexpected(bot::SlackError{bot::SlackError::Kind::api, "channel_not_found", 200, 1});
    }
    bool succeed_ = true;
    int calls_ = 0;
};

// Everything a request needs, built once per process like the composition root builds it.
struct World {
    util::ManualClock clock{util::Clock::time_point{std::chrono::seconds{now_s}}};
    util::Logger log{util::LogLevel::error, ::open("/dev/null", O_WRONLY | O_CLOEXEC)};
    std::filesystem::path dir;
    std::unique_ptr<storage::Store> store;
    templates::Library templates;
    RecordingSlack slack;
    handlers::Deps deps;
    bot::Router router;
    std::unique_ptr<bot::Receiver> receiver;

    static std::filesystem::path make_dir() {
        std::string pattern = (std::filesystem::temp_directory_path() / "pushback-fuzz-XXXXXX").string();
        if (!::mkdtemp(pattern.data())) std::abort();
        return pattern;
    }
    static std::unique_ptr<storage::Store> open_store(std::filesystem::path const& dir) {
        storage::SqliteOptions o;
        o.synchronous_full = false;  // durability is not what is fuzzed; fsyncs would slow every run
        o.clock = [] { return storage::Seconds{std::chrono::seconds{now_s}}; };
        auto s = storage::open_sqlite_store(dir / "fuzz.sqlite3", o);
        if (!s) std::abort();
        return std::move(*s);
    }
    static templates::Library load_templates() {
        auto t = templates::Library::load_builtin();
        if (!t) std::abort();
        return std::move(*t);
    }

    World()
        : dir(make_dir()),
          store(open_store(dir)),
          templates(load_templates()),
          deps{templates, *store, slack, clock, log} {
        app::register_routes(router, deps);  // exactly the routes the server has
        auto* s = store.get();
        receiver = std::make_unique<bot::Receiver>(secret, router, clock, [s](std::string_view id) {
            auto first = s->first_delivery(id, storage::Seconds{std::chrono::seconds{now_s}});
            return !first || *first;
        });
        std::atexit([] {
            std::error_code ec;
            std::filesystem::remove_all(instance().dir, ec);
        });
    }

    static World& instance() {
        static World* const w = new World();  // never destroyed: in-flight state may outlive static teardown
        return *w;
    }
};

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(uint8_t const* data, size_t size) {
    if (size == 0) return 0;
    auto& w = World::instance();
    std::uint8_t const shape = data[0];
    std::string const body(reinterpret_cast<char const*>(data + 1), size - 1);
    std::string_view const content_type = (shape & 1) ? "application/json" : "application/x-www-form-urlencoded";
    std::string const ts = std::to_string(now_s);
    std::string const signature = bot::sign_slack_request(secret, ts, body);
    std::string_view const retry = (shape & 2) ? "1" : "";

    bot::Outcome out = w.receiver->handle({"POST", "/slack/events", content_type, ts, signature, retry, body});

    FUZZ_CHECK(out.reply.status != 401);  // signed with the right secret and a fresh timestamp
    FUZZ_CHECK(out.reply.status == 200 || out.reply.status == 400);
    FUZZ_CHECK(!out.log.kind.empty());
    if (out.reply.status == 400) FUZZ_CHECK(out.reply.after_ack.empty());
    if (out.reply.content_type.starts_with("application/json")) {
        boost::system::error_code ec;
        auto const v = json::parse(out.reply.body, ec);
        FUZZ_CHECK(!ec);
        FUZZ_CHECK(v.is_object());
        auto const& o = v.get_object();
        if (auto const* view = o.if_contains("view"); view && o.contains("response_action")) {
            check_block_kit(*view, test::Surface::modal, "response_action view");
        } else if (!o.contains("response_action") && !o.contains("challenge")) {
            check_block_kit(v, test::Surface::message, "reply");
        }
    }

    // After-ack work runs after the acknowledgement, by the runner the server uses, to completion.
    net::io_context ioc;
    bot::InFlight in_flight;
    bot::AfterAckRunner runner(ioc.get_executor(), w.slack, w.log, in_flight);
    w.slack.reset((shape & 4) == 0);
    runner.run(std::move(out.reply.after_ack));
    ioc.run();
    FUZZ_CHECK(in_flight.count() == 0);
    return 0;
}
