#include "handlers/playground/playground.hpp"

#include <boost/asio/awaitable.hpp>
#include <boost/json.hpp>
#include <filesystem>
#include <mutex>
#include <span>
#include <utility>

#include "bot/blocks.hpp"
#include "handlers/followups/followups.hpp"
#include "handlers/playground/guard.hpp"
#include "handlers/playground/surfaces.hpp"
#include "templates/library.hpp"

namespace pushback::embedded {
// handlers/playground/web/*, compiled in by pushback_embed() (CMakeLists.txt).
std::span<std::pair<std::string_view, std::string_view> const> playground();
}  // namespace pushback::embedded

namespace pushback::handlers::playground {
namespace json = boost::json;

// One loaded template set with the Deps and Router built on it. Requests hold the State they began
// with, and so does their after-ack work, so a reload never pulls it from under them.
struct Playground::State {
    State(templates::Library t, Deps const& base, RegisterRoutes const& register_routes)
        : templates(std::move(t)), deps{templates,  base.store, base.slack,
                                        base.clock, base.log,   base.reminders_changed} {
        register_routes(router, deps);
    }
    State(State const&) = delete;
    State& operator=(State const&) = delete;
    templates::Library templates;
    Deps deps;
    bot::Router router;
};

struct Playground::Impl {
    Deps const& base;
    Options options;
    std::mutex mu;  // guards the three below
    std::shared_ptr<State const> state;
    std::string fingerprint;                    // of the template files `state` (or `error`) was made from
    std::optional<templates::LoadError> error;  // the last reload's failure, shown on the page

    // Names, sizes and modification times of the *.toml files: a change means an edit to load.
    std::string templates_fingerprint() const {
        namespace fs = std::filesystem;
        if (!options.templates_dir) return {};
        std::string out;
        std::error_code ec;
        std::vector<std::string> lines;
        for (fs::directory_iterator it{*options.templates_dir, ec}, end; !ec && it != end; it.increment(ec)) {
            if (it->path().extension() != ".toml") continue;
            std::error_code e2;
            auto const size = it->file_size(e2);
            auto const time = it->last_write_time(e2).time_since_epoch().count();
            lines.push_back(it->path().filename().string() + " " + std::to_string(size) + " " + std::to_string(time));
        }
        if (ec) return "unreadable: " + ec.message();
        std::sort(lines.begin(), lines.end());
        for (auto const& l : lines) out += l + "\n";
        return out;
    }

    // The State to serve with, loading the templates again when their files changed (or `force`).
    std::shared_ptr<State const> current(bool force) {
        std::lock_guard lock(mu);
        if (!options.templates_dir) return state;
        auto print = templates_fingerprint();
        if (!force && print == fingerprint) return state;
        fingerprint = std::move(print);
        auto loaded = templates::Library::load_builtin(options.templates_dir);
        if (!loaded) {
            base.log.warn("playground: templates not reloaded", {{"error", loaded.error().message()}});
            error = loaded.error();
            return state;  // the last good set keeps serving; the page shows the error
        }
        error.reset();
        state = std::make_shared<State const>(std::move(*loaded), base, options.register_routes);
        base.log.info("playground: templates reloaded", {{"dir", *options.templates_dir}});
        return state;
    }

    json::object templates_status() {
        std::lock_guard lock(mu);
        json::object s{{"source", options.templates_dir ? "built in + " + *options.templates_dir : "built in"},
                       {"watched", options.templates_dir.has_value()}};
        if (error) {
            s["error"] = {{"file", error->file},
                          {"line", error->line},
                          {"problem", error->problem},
                          {"message", error->message()}};
        } else {
            s["error"] = nullptr;
        }
        return s;
    }
};

namespace {

std::string_view path_of(std::string_view target) { return target.substr(0, target.find('?')); }

bot::Reply secured(bot::Reply r) {
    add_security_headers(r);
    return r;
}

bot::Reply refuse(unsigned status, std::string const& why) { return secured(bot::Reply::text(status, why + "\n")); }

std::string_view content_type_of(std::string_view name) {
    if (name.ends_with(".html")) return "text/html; charset=utf-8";
    if (name.ends_with(".css")) return "text/css; charset=utf-8";
    if (name.ends_with(".js")) return "text/javascript; charset=utf-8";
    return "application/octet-stream";
}

bot::Reply static_file(std::string_view name) {
    for (auto const& [file, content] : embedded::playground()) {
        if (file == name) return secured(bot::Reply{200, std::string(content_type_of(name)), std::string(content), {}});
    }
    return refuse(404, "Not found");
}

// The follow-up reminder DM as the scheduler would post it, for a reminder about the draft.
json::object reminder_preview(std::string_view draft, Deps const& deps) {
    storage::Reminder r;
    r.owner = {team_id, user_id};
    r.with_whom = other_user_id;
    r.due_at = std::chrono::floor<std::chrono::seconds>(deps.clock.now());
    r.tz = "UTC";
    templates::SummaryInput in;
    in.with_whom = "<@" + std::string(other_user_id) + ">";
    in.raised = std::string(draft);
    r.summary = deps.templates.followup_summary(in);
    return followups::reminder_message(r);
}

}  // namespace

bool is_playground_target(std::string_view target) {
    auto const path = path_of(target);
    return path == "/" || path == "/favicon.ico" || path.starts_with("/playground/");
}

Playground::Playground(Deps const& base, Options options) : impl_(std::make_unique<Impl>(base, std::move(options))) {
    impl_->state = std::make_shared<State const>(base.templates, base, impl_->options.register_routes);
    impl_->fingerprint = impl_->templates_fingerprint();
}

Playground::~Playground() = default;

bot::Reply Playground::handle(bot::HttpRequest const& r) {
    if (!is_loopback_host(r.host)) return refuse(403, "The playground answers only on a loopback address");
    auto const path = path_of(r.target);
    bool const read = r.method == "GET" || r.method == "HEAD";
    if (path == "/favicon.ico") return secured(bot::Reply{204, {}, {}, {}});
    if (path == "/") return read ? static_file("index.html") : refuse(405, "Method not allowed");
    constexpr std::string_view api = "/playground/api/";
    if (!path.starts_with(api))
        return read ? static_file(path.substr(std::string_view("/playground/").size()))
                    : refuse(405, "Method not allowed");

    if (auto why = api_refusal(r)) return refuse(403, "Refused: " + *why);
    auto const endpoint = path.substr(api.size());
    boost::system::error_code ec;
    json::parse_options opts;
    opts.max_depth = 64;
    auto body = json::parse(r.body.empty() ? std::string_view("{}") : r.body, ec, {}, opts);
    if (ec || !body.is_object()) return refuse(400, "Bad request: the body must be a JSON object");
    auto& in = body.get_object();

    auto const state = impl_->current(endpoint == "reload");
    json::object out;
    bot::Reply reply;
    if (endpoint == "run") {
        auto const* s = in.if_contains("surface");
        auto const* t = in.if_contains("text");
        std::string const surface = s && s->is_string() ? std::string(s->get_string()) : "pushback";
        std::string const text = t && t->is_string() ? std::string(t->get_string()) : std::string{};
        if (surface == "pushback") {
            reply = state->router.dispatch(slash_command(text)).reply;
        } else if (surface == "reframe") {
            reply = state->router.dispatch(reframe_action(text)).reply;
        } else if (surface == "reminder") {
            reply = bot::Reply::json(reminder_preview(text, state->deps));
        } else {
            return refuse(400, "Bad request: surface must be pushback, reframe or reminder");
        }
        out = page_result(reply);
    } else if (endpoint == "interact") {
        auto const* p = in.if_contains("payload");
        if (!p || !p->is_object()) return refuse(400, "Bad request: no payload");
        auto i = interaction(p->get_object());
        if (!i) return refuse(400, "Bad request: " + i.error());
        auto dispatched = state->router.dispatch(*i);
        reply = std::move(dispatched.reply);
        out = page_result(reply);
        out["matched"] = dispatched.matched;
    } else if (endpoint != "reload" && endpoint != "status") {
        return refuse(404, "Not found");
    }
    out["templates"] = impl_->templates_status();

    bot::Reply answer = secured(bot::Reply::json(out));
    // After-ack work (a thread post, a time-zone lookup) runs as it would for Slack, after the answer,
    // holding the template set it was made with.
    for (auto& f : reply.after_ack) {
        if (f.kind != bot::AfterAck::Kind::task) continue;
        answer.then_run([state, task = std::move(f.task)]() -> boost::asio::awaitable<void> { co_await task(); });
    }
    return answer;
}

}  // namespace pushback::handlers::playground
