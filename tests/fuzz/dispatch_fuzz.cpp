// Fuzzes the whole request path behind the socket: a real bot::Receiver and Router with the real
// handlers wired as app/app.cpp wires them, over a real SQLite store. The fuzzed body is signed with the
// known secret so it gets past verification and reaches parsing and dispatch.
//
// Input: byte 0 chooses the request's shape (content type, retry header, whether Slack calls succeed),
// the rest is the body. Properties: the receiver answers (no crash, no exception escapes, nothing
// unsigned is refused as unsigned), JSON replies parse, and every message or view sent back to Slack,
// inline or in a follow-up, keeps within Block Kit's limits (Slack rejects the rest).

#include <boost/json.hpp>
#include <fcntl.h>
#include <unistd.h>

#include <cstdint>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <memory>
#include <string>
#include <string_view>

#include "util/clock.hpp"
#include "util/log.hpp"
#include "bot/receiver.hpp"
#include "bot/router.hpp"
#include "app/routes.hpp"
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

namespace json = boost::json;
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

// Records calls and drops them; their callbacks run later, from drain(), as a real client's would run on
// its executor, with a canned success or failure.
class RecordingSlack final : public bot::SlackApi {
public:
    void call(std::string method, json::object body, Done done) override {
        check_outgoing(method, body);
        pending_.push_back({std::move(method), std::move(done)});
    }
    void respond(std::string, json::object body, Done done) override {
        check_outgoing("response_url", body);
        pending_.push_back({"response_url", std::move(done)});
    }

    void drain(bool succeed) {
        // Callbacks may call Slack again (post, then update the modal); bounded so a loop would show up.
        for (int round = 0; round < 64 && !pending_.empty(); ++round) {
            auto p = std::move(pending_.front());
            pending_.pop_front();
            if (!p.done) continue;
            if (succeed) {
                p.done(json::object{{"ok", true},
                                    {"user", json::object{{"id", "U0001"}, {"tz", "America/New_York"}}},
                                    {"channel", json::object{{"id", "D0001"}}},
                                    {"ts", "1800000000.000100"}});
            } else {
                p.done(std::unexpected(bot::SlackError{bot::SlackError::Kind::api, "channel_not_found", 200, 1}));
            }
        }
        FUZZ_CHECK(pending_.size() < 64);
        pending_.clear();
    }

private:
    struct Pending {
        std::string method;
        Done done;
    };
    std::deque<Pending> pending_;
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
        bot::register_routes(router, deps);  // exactly the routes the server has
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
    std::string_view const content_type =
        (shape & 1) ? "application/json" : "application/x-www-form-urlencoded";
    std::string const ts = std::to_string(now_s);
    std::string const signature = bot::sign_slack_request(secret, ts, body);
    std::string_view const retry = (shape & 2) ? "1" : "";

    bot::Outcome out = w.receiver->handle({"POST", "/slack/events", content_type, ts, signature, retry, body});

    FUZZ_CHECK(out.reply.status != 401);  // signed with the right secret and a fresh timestamp
    FUZZ_CHECK(out.reply.status == 200 || out.reply.status == 400);
    FUZZ_CHECK(!out.log.kind.empty());
    if (out.reply.status == 400) FUZZ_CHECK(out.reply.follow_ups.empty());
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

    // Follow-ups run after the acknowledgement, as the server runs them.
    for (auto& f : out.reply.follow_ups) {
        switch (f.kind) {
            case bot::FollowUp::Kind::api_call: w.slack.call(std::move(f.target), std::move(f.body), {}); break;
            case bot::FollowUp::Kind::respond: w.slack.respond(std::move(f.target), std::move(f.body), {}); break;
            case bot::FollowUp::Kind::task:
                try {
                    f.task();
                } catch (std::exception const&) {
                    // The server logs and carries on (app/app.cpp); so do we.
                }
                break;
        }
    }
    w.slack.drain((shape & 4) == 0);
    return 0;
}
