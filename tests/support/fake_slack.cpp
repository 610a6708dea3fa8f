#include "support/fake_slack.hpp"

#include <algorithm>
#include <atomic>
#include <boost/asio/as_tuple.hpp>
#include <boost/asio/co_spawn.hpp>
#include <boost/asio/detached.hpp>
#include <boost/asio/io_context.hpp>
#include <boost/asio/ip/tcp.hpp>
#include <boost/asio/ssl.hpp>
#include <boost/asio/steady_timer.hpp>
#include <boost/asio/use_awaitable.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <boost/beast/ssl.hpp>
#include <boost/json.hpp>
#include <cctype>
#include <condition_variable>
#include <cstdlib>
#include <deque>
#include <filesystem>
#include <fstream>
#include <map>
#include <mutex>
#include <optional>
#include <set>
#include <stdexcept>
#include <thread>

#include "support/fake_slack_certs.hpp"

namespace pushback::testing {

namespace net = boost::asio;
namespace beast = boost::beast;
namespace http = beast::http;
namespace ssl = net::ssl;
namespace json = boost::json;
using tcp = net::ip::tcp;
using Request = http::request<http::string_body>;
using Response = http::response<http::string_body>;

namespace {

constexpr auto tuple_awaitable = net::as_tuple(net::use_awaitable);
constexpr char const* team_id = "T0FAKETEAM";
constexpr char const* bot_user_id = "U0FAKEBOT";
constexpr char const* bot_id = "B0FAKEBOT";
constexpr char const* app_id = "A0FAKEAPP";

struct TzInfo {
    std::string tz, label;
    int offset = 0;
};

// Standard-time labels and offsets, as users.info reports them outside daylight saving time.
TzInfo tz_info(std::string const& tz) {
    static std::map<std::string, std::pair<std::string, int>> const table = {
        {"America/New_York", {"Eastern Standard Time", -18000}},
        {"America/Chicago", {"Central Standard Time", -21600}},
        {"America/Denver", {"Mountain Standard Time", -25200}},
        {"America/Los_Angeles", {"Pacific Standard Time", -28800}},
        {"America/Sao_Paulo", {"Brasilia Standard Time", -10800}},
        {"Europe/London", {"Greenwich Mean Time", 0}},
        {"Europe/Paris", {"Central European Time", 3600}},
        {"Europe/Berlin", {"Central European Time", 3600}},
        {"Asia/Kolkata", {"India Standard Time", 19800}},
        {"Asia/Tokyo", {"Japan Standard Time", 32400}},
        {"Australia/Sydney", {"Australian Eastern Standard Time", 36000}},
        {"UTC", {"Coordinated Universal Time", 0}},
    };
    if (auto it = table.find(tz); it != table.end()) return {tz, it->second.first, it->second.second};
    return {tz, tz, 0};
}

std::string pct_decode(std::string_view s) {
    std::string out;
    for (std::size_t i = 0; i < s.size(); ++i) {
        if (s[i] == '+') {
            out += ' ';
        } else if (s[i] == '%' && i + 2 < s.size() && std::isxdigit(static_cast<unsigned char>(s[i + 1])) &&
                   std::isxdigit(static_cast<unsigned char>(s[i + 2]))) {
            out += static_cast<char>(std::stoi(std::string(s.substr(i + 1, 2)), nullptr, 16));
            i += 2;
        } else {
            out += s[i];
        }
    }
    return out;
}

void parse_form(std::string_view s, json::object& into) {
    while (!s.empty()) {
        auto amp = s.find('&');
        auto pair = s.substr(0, amp);
        s = amp == std::string_view::npos ? std::string_view{} : s.substr(amp + 1);
        if (pair.empty()) continue;
        auto eq = pair.find('=');
        into[pct_decode(pair.substr(0, eq))] =
            eq == std::string_view::npos ? std::string() : pct_decode(pair.substr(eq + 1));
    }
}

std::string str(json::object const& o, std::string_view key) {
    if (auto const* v = o.if_contains(key); v && v->is_string()) return std::string(v->get_string());
    return {};
}

json::object api_error(std::string error) { return {{"ok", false}, {"error", std::move(error)}}; }

}  // namespace

struct FakeSlack::Impl {
    Options opt;
    std::filesystem::path dir;
    std::string ca_path;
    ssl::context server_ctx{ssl::context::tls_server};

    mutable std::mutex mu;
    mutable std::condition_variable cv;
    std::vector<Call> calls;
    std::map<std::string, std::deque<Fault>, std::less<>> faults;
    std::map<std::string, TzInfo> user_tz;
    std::map<std::string, json::object> views;      // by id
    std::map<std::string, std::string> home_views;  // user -> view id
    std::map<std::string, std::string> dms;         // users -> channel id
    std::map<std::string, Grant> grants;            // install code -> answer
    std::map<std::string, Grant> refreshes;         // live refresh token -> its installation
    std::set<std::string> tokens;                   // accepted bot tokens besides opt.token
    int refresh_expires_in = 43200;
    int next_refresh = 0;
    std::set<std::string> private_channels;        // private channels the bot is not in
    std::map<std::string, json::object> messages;  // "channel/ts" -> the message as it stands
    std::map<std::string, FakeSlack::File> files;  // file id -> the file, through its three steps
    long long next_ts = 0;
    int next_id = 0;

    std::atomic<std::size_t> accepted{0};
    std::atomic<std::size_t> handshake_failures{0};
    std::atomic<std::size_t> idle_closed{0};

    net::io_context ioc{1};
    tcp::acceptor tls_acceptor{ioc};
    std::optional<tcp::acceptor> plain_acceptor;
    unsigned short tls_port = 0;
    unsigned short plain_port = 0;
    std::unique_ptr<FakeSocketMode> socket;  // destroyed before the io_context it runs on
    std::thread thread;

    explicit Impl(Options o) : opt(std::move(o)) {
        make_pki();
        tls_port = listen(tls_acceptor);
        if (opt.plain_http) {
            plain_acceptor.emplace(ioc);
            plain_port = listen(*plain_acceptor);
        }
        net::co_spawn(ioc, accept_loop(tls_acceptor, true), net::detached);
        if (plain_acceptor) net::co_spawn(ioc, accept_loop(*plain_acceptor, false), net::detached);
        if (opt.socket_mode) socket = std::make_unique<FakeSocketMode>(ioc, server_ctx);
        thread = std::thread([this] { ioc.run(); });
    }

    ~Impl() {
        ioc.stop();
        if (thread.joinable()) thread.join();
        std::error_code ec;
        std::filesystem::remove_all(dir, ec);
    }

    void make_pki() {
        std::string tmpl = (std::filesystem::temp_directory_path() / "pushback-fake-slack-XXXXXX").string();
        if (!mkdtemp(tmpl.data())) throw std::runtime_error("fake Slack: cannot create a temporary directory");
        dir = tmpl;
        auto const ca = detail::make_test_ca("Pushback fake Slack test CA");
        detail::Pem server;
        std::vector<std::string> const good_names{"DNS:localhost", "IP:127.0.0.1"};
        switch (opt.cert) {
            case CertMode::trusted:
                server = detail::make_server_cert(ca, "localhost", good_names);
                break;
            case CertMode::untrusted_ca: {
                auto const other = detail::make_test_ca("Some other CA");
                server = detail::make_server_cert(other, "localhost", good_names);
                break;
            }
            case CertMode::wrong_host:
                server = detail::make_server_cert(ca, "wrong-host.example", {"DNS:wrong-host.example"});
                break;
        }
        ca_path = (dir / "ca.pem").string();
        write(ca_path, ca.cert);
        write((dir / "server.pem").string(), server.cert);
        write((dir / "server.key").string(), server.key);
        server_ctx.set_options(ssl::context::default_workarounds | ssl::context::no_sslv2 | ssl::context::no_sslv3);
        server_ctx.use_certificate_chain(net::buffer(server.cert));
        server_ctx.use_private_key(net::buffer(server.key), ssl::context::pem);
    }

    static void write(std::string const& path, std::string const& text) {
        std::ofstream out(path, std::ios::binary);
        out << text;
        if (!out) throw std::runtime_error("fake Slack: cannot write " + path);
    }

    unsigned short listen(tcp::acceptor& acc) {
        tcp::endpoint ep(net::ip::make_address("127.0.0.1"), 0);
        acc.open(ep.protocol());
        acc.set_option(tcp::acceptor::reuse_address(true));
        acc.bind(ep);
        acc.listen();
        return acc.local_endpoint().port();
    }

    net::awaitable<void> accept_loop(tcp::acceptor& acc, bool tls) {
        for (;;) {
            auto [ec, socket] = co_await acc.async_accept(tuple_awaitable);
            if (ec == net::error::operation_aborted || !acc.is_open()) co_return;
            if (ec) continue;
            accepted.fetch_add(1);
            if (tls)
                net::co_spawn(ioc, tls_session(std::move(socket)), net::detached);
            else
                net::co_spawn(ioc, plain_session(std::move(socket)), net::detached);
        }
    }

    net::awaitable<void> tls_session(tcp::socket socket) {
        beast::ssl_stream<beast::tcp_stream> stream(std::move(socket), server_ctx);
        beast::get_lowest_layer(stream).expires_after(std::chrono::seconds(10));
        auto [ec] = co_await stream.async_handshake(ssl::stream_base::server, tuple_awaitable);
        if (ec) {
            handshake_failures.fetch_add(1);
            co_return;
        }
        co_await serve(stream, beast::get_lowest_layer(stream), true);
    }

    net::awaitable<void> plain_session(tcp::socket socket) {
        beast::tcp_stream stream(std::move(socket));
        co_await serve(stream, stream, false);
    }

    template <class Stream>
    net::awaitable<void> serve(Stream& stream, beast::tcp_stream& tcp, bool tls) {
        beast::flat_buffer buffer;
        for (;;) {
            http::request_parser<http::string_body> parser;
            parser.body_limit(4 * 1024 * 1024);
            tcp.expires_after(opt.idle_timeout);
            auto [ec, n] = co_await http::async_read(stream, buffer, parser, tuple_awaitable);
            (void)n;
            if (ec == beast::error::timeout) idle_closed.fetch_add(1);  // the timeout closed the socket already
            if (ec) co_return;
            Request req = parser.release();
            Response res = co_await handle(req, tls);
            res.keep_alive(req.keep_alive());
            res.prepare_payload();
            tcp.expires_after(std::chrono::seconds(10));
            auto [wec, wn] = co_await http::async_write(stream, res, tuple_awaitable);
            (void)wn;
            if (wec || !res.keep_alive()) co_return;
        }
    }

    static Response json_response(http::status status, json::object const& body) {
        Response res{status, 11};
        res.set(http::field::content_type, "application/json; charset=utf-8");
        res.body() = json::serialize(body);
        return res;
    }

    net::awaitable<Response> handle(Request const& req, bool tls) {
        std::string_view target = req.target();
        std::string_view query;
        if (auto q = target.find('?'); q != std::string_view::npos) {
            query = target.substr(q + 1);
            target = target.substr(0, q);
        }
        Call call;
        call.received = std::chrono::steady_clock::now();
        call.tls = tls;
        call.authorization = std::string(req[http::field::authorization]);
        call.content_type = std::string(req[http::field::content_type]);
        bool const is_api = target.starts_with("/api/");
        if (is_api) {
            call.method = std::string(target.substr(5));
        } else if (target.starts_with("/response/")) {
            call.method = "response_url";
            call.response_name = std::string(target.substr(10));
        } else if (target.starts_with("/upload/")) {
            co_return upload(req, std::string(target.substr(8)), call);
        } else {
            Response res{http::status::not_found, 11};
            res.set(http::field::content_type, "text/plain");
            res.body() = "not found";
            co_return res;
        }
        bool body_ok = true;
        if (call.content_type.starts_with("application/json")) {
            boost::system::error_code ec;
            auto v = json::parse(req.body(), ec);
            if (!ec && v.is_object())
                call.body = std::move(v.get_object());
            else
                body_ok = false;
        } else if (call.content_type.starts_with("application/x-www-form-urlencoded")) {
            parse_form(req.body(), call.body);
        }
        parse_form(query, call.body);
        bool const json_body = call.content_type.starts_with("application/json");

        std::optional<Fault> fault;
        {
            std::lock_guard lock(mu);
            calls.push_back(call);
            if (auto it = faults.find(call.method); it != faults.end() && !it->second.empty()) {
                fault = std::move(it->second.front());
                it->second.pop_front();
            }
        }
        cv.notify_all();

        if (fault) {
            if (auto const* rl = std::get_if<RateLimited>(&*fault)) {
                auto res = json_response(http::status::too_many_requests, api_error("ratelimited"));
                res.set(http::field::retry_after, std::to_string(rl->retry_after_seconds));
                co_return res;
            }
            if (auto const* se = std::get_if<ServerError>(&*fault)) {
                Response res{static_cast<http::status>(se->status), 11};
                res.set(http::field::content_type, "text/html");
                res.body() = "<html><body>Slack is having trouble</body></html>";
                co_return res;
            }
            if (auto const* ae = std::get_if<ApiError>(&*fault))
                co_return json_response(http::status::ok, api_error(ae->error));
            if (std::holds_alternative<Garbage>(*fault)) {
                Response res{http::status::ok, 11};
                res.set(http::field::content_type, "text/html");
                res.body() = "<html>upstream connect error</html>";
                co_return res;
            }
            if (auto const* st = std::get_if<Stall>(&*fault)) {
                net::steady_timer timer(co_await net::this_coro::executor);
                timer.expires_after(st->duration);
                co_await timer.async_wait(tuple_awaitable);
            }
        }

        if (!is_api) {
            if (!body_ok) co_return json_response(http::status::bad_request, api_error("invalid_payload"));
            co_return json_response(http::status::ok, {{"ok", true}});
        }
        co_return json_response(http::status::ok, answer(call, body_ok, json_body));
    }

    // Authentication, then the method, like Slack: a JSON body is only read by methods that accept JSON.
    // oauth.v2.access: client credentials in HTTP Basic auth, then the code (or refresh token), as Slack checks.
    json::object oauth_access(Call const& call) {
        auto const expected = "Basic " + base64(opt.client_id + ":" + opt.client_secret);
        if (!call.authorization.starts_with("Basic ")) return api_error("invalid_client_id");
        if (call.authorization != expected) return api_error("bad_client_secret");
        std::lock_guard lock(mu);
        Grant g;
        std::string refresh;
        if (str(call.body, "grant_type") == "refresh_token") {
            auto it = refreshes.find(str(call.body, "refresh_token"));
            if (it == refreshes.end()) return api_error("invalid_refresh_token");
            g = it->second;
            refreshes.erase(it);
            ++next_refresh;
            g.bot_token = "xoxe.xoxb-refreshed-" + std::to_string(next_refresh) + "-" + g.team_id;
            g.refresh_token = "xoxe-1-refresh-" + std::to_string(next_refresh) + "-" + g.team_id;
            g.expires_in = refresh_expires_in;
        } else {
            auto it = grants.find(str(call.body, "code"));
            if (it == grants.end()) return api_error("invalid_code");
            g = it->second;
            grants.erase(it);
        }
        tokens.insert(g.bot_token);
        json::object res{{"ok", true},
                         {"access_token", g.bot_token},
                         {"token_type", "bot"},
                         {"scope", g.scope},
                         {"bot_user_id", g.bot_user_id},
                         {"app_id", g.app_id},
                         {"is_enterprise_install", g.enterprise_install},
                         {"authed_user", {{"id", g.authed_user}}}};
        res["team"] = g.enterprise_install ? json::value(nullptr)
                                           : json::value(json::object{{"id", g.team_id}, {"name", g.team_name}});
        res["enterprise"] = g.enterprise_id.empty()
                                ? json::value(nullptr)
                                : json::value(json::object{{"id", g.enterprise_id}, {"name", g.team_name}});
        if (!g.refresh_token.empty()) {
            res["refresh_token"] = g.refresh_token;
            res["expires_in"] = g.expires_in;
            refreshes[g.refresh_token] = g;
        }
        return res;
    }

    static std::string base64(std::string_view in) {
        static constexpr char const* digits = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
        std::string out;
        std::size_t i = 0;
        for (; i + 2 < in.size(); i += 3) {
            unsigned const n = (static_cast<unsigned char>(in[i]) << 16U) |
                               (static_cast<unsigned char>(in[i + 1]) << 8U) | static_cast<unsigned char>(in[i + 2]);
            for (int shift : {18, 12, 6, 0}) out += digits[(n >> shift) & 63U];
        }
        if (i < in.size()) {
            unsigned n = static_cast<unsigned char>(in[i]) << 16U;
            if (i + 1 < in.size()) n |= static_cast<unsigned char>(in[i + 1]) << 8U;
            out += digits[(n >> 18U) & 63U];
            out += digits[(n >> 12U) & 63U];
            out += i + 1 < in.size() ? digits[(n >> 6U) & 63U] : '=';
            out += '=';
        }
        return out;
    }

    json::object answer(Call const& call, bool body_ok, bool json_body) {
        if (call.method == "oauth.v2.access") return oauth_access(call);
        static std::map<std::string, int> const known = {
            {"chat.postMessage", 0},
            {"chat.postEphemeral", 0},
            {"views.open", 0},
            {"views.update", 0},
            {"views.publish", 0},
            {"users.info", 1},
            {"conversations.open", 0},
            {"auth.test", 1},
            {"apps.connections.open", 0},
            {"chat.update", 0},
            {"files.getUploadURLExternal", 1},
            {"files.completeUploadExternal", 1},
        };
        auto const k = known.find(call.method);
        if (k == known.end()) {
            auto e = api_error("unknown_method");
            e["req_method"] = call.method;
            return e;
        }
        std::string token;
        if (call.authorization.starts_with("Bearer "))
            token = call.authorization.substr(7);
        else if (!json_body)
            token = str(call.body, "token");
        if (token.empty()) return api_error("not_authed");
        // Like Slack: the app-level token opens Socket Mode connections and does nothing else; the bot token
        // cannot open them.
        if (call.method == "apps.connections.open") {
            if (token == opt.token) return api_error("not_allowed_token_type");
            if (token != opt.app_token) return api_error("invalid_auth");
            if (!socket) return api_error("socket_mode_not_enabled");
            return {{"ok", true}, {"url", socket->open_url()}};
        }
        if (token == opt.app_token) return api_error("not_allowed_token_type");
        if (token != opt.token) {
            std::lock_guard lock(mu);
            if (!tokens.contains(token)) return api_error("invalid_auth");
        }
        if (!body_ok) return api_error("invalid_json");
        bool const form_only = k->second == 1;
        json::object const empty;
        json::object const& args = form_only && json_body ? empty : call.body;

        std::lock_guard lock(mu);
        if (call.method == "chat.postMessage") return post_message(args);
        if (call.method == "chat.postEphemeral") return post_ephemeral(args);
        if (call.method == "views.open" || call.method == "views.update" || call.method == "views.publish")
            return view_call(call.method, args);
        if (call.method == "users.info") return users_info(args);
        if (call.method == "conversations.open") return conversations_open(args);
        if (call.method == "chat.update") return chat_update(args);
        if (call.method == "files.getUploadURLExternal") return get_upload_url(args);
        if (call.method == "files.completeUploadExternal") return complete_upload(args);
        return {{"ok", true},         {"url", "https://fake.slack.com/"}, {"team", "Fake Team"}, {"user", "pushback"},
                {"team_id", team_id}, {"user_id", bot_user_id},           {"bot_id", bot_id}};
    }

    std::string new_ts() {
        ++next_ts;
        std::string frac = std::to_string(next_ts);
        frac.insert(0, 6 - std::min<std::size_t>(6, frac.size()), '0');
        return "1700000000." + frac;
    }

    std::string new_id(char prefix) { return prefix + std::string("0FAKE") + std::to_string(++next_id); }

    static std::optional<std::string> check_message(json::object const& args) {
        if (str(args, "channel").empty()) return "channel_not_found";
        auto const* blocks = args.if_contains("blocks");
        if (blocks && (!blocks->is_array() || blocks->get_array().size() > 50)) return "invalid_blocks";
        bool const has_text = !str(args, "text").empty();
        bool const has_blocks = blocks && !blocks->get_array().empty();
        if (!has_text && !has_blocks && !args.contains("attachments")) return "no_text";
        if (str(args, "text").size() > 40000) return "msg_too_long";
        return std::nullopt;
    }

    json::object post_message(json::object const& args) {
        if (auto e = check_message(args)) return api_error(*e);
        // A private channel the bot is not in looks, to the bot, like no channel at all.
        if (private_channels.contains(str(args, "channel"))) return api_error("channel_not_found");
        auto const ts = new_ts();
        json::object msg{{"type", "message"},        {"user", bot_user_id}, {"bot_id", bot_id},
                         {"app_id", app_id},         {"team", team_id},     {"ts", ts},
                         {"text", str(args, "text")}};
        if (auto const* b = args.if_contains("blocks")) msg["blocks"] = *b;
        if (auto thread = str(args, "thread_ts"); !thread.empty()) msg["thread_ts"] = thread;
        messages[str(args, "channel") + "/" + ts] = msg;
        return {{"ok", true}, {"channel", str(args, "channel")}, {"ts", ts}, {"message", std::move(msg)}};
    }

    // chat.update: only a message the bot posted, in the channel it was posted in.
    json::object chat_update(json::object const& args) {
        auto const channel = str(args, "channel");
        auto const ts = str(args, "ts");
        if (channel.empty()) return api_error("channel_not_found");
        if (ts.empty()) return api_error("message_not_found");
        if (auto e = check_message(args)) return api_error(*e);
        auto it = messages.find(channel + "/" + ts);
        if (it == messages.end()) return api_error("message_not_found");
        it->second["text"] = str(args, "text");
        if (auto const* b = args.if_contains("blocks")) it->second["blocks"] = *b;
        it->second["edited"] = json::object{{"user", bot_user_id}, {"ts", new_ts()}};
        return {{"ok", true}, {"channel", channel}, {"ts", ts}, {"text", str(args, "text")}, {"message", it->second}};
    }

    // Step 1 of an upload: a filename and the exact length announced, an upload URL and a file id back.
    json::object get_upload_url(json::object const& args) {
        auto const filename = str(args, "filename");
        auto const length = str(args, "length");
        if (filename.empty() || length.empty()) return api_error("invalid_arguments");
        std::size_t n = 0;
        for (char c : length) {
            if (c < '0' || c > '9') return api_error("invalid_arguments");
            n = n * 10 + static_cast<std::size_t>(c - '0');
        }
        if (n == 0) return api_error("invalid_arguments");
        FakeSlack::File f;
        f.id = new_id('F');
        f.filename = filename;
        f.length = n;
        files[f.id] = f;
        return {{"ok", true},
                {"upload_url", "https://127.0.0.1:" + std::to_string(tls_port) + "/upload/" + f.id},
                {"file_id", f.id}};
    }

    // Step 2: the bytes, to the upload URL (no token), exactly as many as announced, once.
    Response upload(Request const& req, std::string const& id, Call& call) {
        call.method = "upload";
        call.body = json::object{{"file_id", id}, {"bytes", req.body()}};
        Response res{http::status::ok, 11};
        res.set(http::field::content_type, "text/plain");
        {
            std::lock_guard lock(mu);
            calls.push_back(call);
            auto it = files.find(id);
            if (it == files.end() || req.method() != http::verb::post) {
                res.result(http::status::not_found);
                res.body() = "not found";
            } else if (it->second.uploaded || req.body().size() != it->second.length) {
                res.result(http::status::bad_request);
                res.body() = "length mismatch or already uploaded";
            } else {
                it->second.bytes = req.body();
                it->second.uploaded = true;
                res.body() = "OK - " + std::to_string(req.body().size());
            }
        }
        cv.notify_all();
        return res;
    }

    // Step 3: every file uploaded in full, then shared to channel_id.
    json::object complete_upload(json::object const& args) {
        boost::system::error_code ec;
        auto const list = json::parse(str(args, "files"), ec);
        if (ec || !list.is_array() || list.get_array().empty()) return api_error("invalid_arguments");
        json::array out;
        for (auto const& f : list.get_array()) {
            if (!f.is_object()) return api_error("invalid_arguments");
            auto it = files.find(str(f.get_object(), "id"));
            if (it == files.end()) return api_error("file_not_found");
            if (!it->second.uploaded) return api_error("file_upload_not_complete");
            it->second.title = str(f.get_object(), "title");
            it->second.channel = str(args, "channel_id");
            it->second.initial_comment = str(args, "initial_comment");
            it->second.completed = true;
            out.push_back(json::object{{"id", it->first}, {"title", it->second.title}});
        }
        return {{"ok", true}, {"files", std::move(out)}};
    }

    json::object post_ephemeral(json::object const& args) {
        if (auto e = check_message(args)) return api_error(*e);
        if (str(args, "user").empty()) return api_error("user_not_in_channel");
        return {{"ok", true}, {"message_ts", new_ts()}};
    }

    // The checks Slack makes that a hand-built view most often fails.
    static std::optional<std::string> check_view(json::value const* view, bool home) {
        if (!view || !view->is_object()) return "missing required field: view";
        auto const& v = view->get_object();
        auto const type = str(v, "type");
        if (type != (home ? "home" : "modal")) return home ? "view type must be home" : "view type must be modal";
        auto const* blocks = v.if_contains("blocks");
        if (!blocks || !blocks->is_array()) return "missing required field: blocks";
        if (blocks->get_array().size() > 100) return "too many blocks";
        bool has_input = false;
        for (auto const& b : blocks->get_array()) {
            if (!b.is_object() || str(b.get_object(), "type").empty()) return "every block needs a type";
            has_input = has_input || str(b.get_object(), "type") == "input";
        }
        auto text_len = [&](char const* field) -> std::optional<std::size_t> {
            auto const* f = v.if_contains(field);
            if (!f) return std::nullopt;
            if (!f->is_object()) return std::size_t{1000};
            return str(f->get_object(), "text").size();
        };
        if (!home) {
            auto title = text_len("title");
            if (!title) return "missing required field: title";
            if (*title == 0 || *title > 24) return "title must be 1 to 24 characters";
            if (auto s = text_len("submit"); s && (*s == 0 || *s > 24)) return "submit must be 1 to 24 characters";
            if (auto c = text_len("close"); c && (*c == 0 || *c > 24)) return "close must be 1 to 24 characters";
            if (has_input && !v.contains("submit")) return "missing required field: submit";
        }
        if (str(v, "private_metadata").size() > 3000) return "private_metadata must be at most 3000 characters";
        if (str(v, "callback_id").size() > 255) return "callback_id must be at most 255 characters";
        return std::nullopt;
    }

    static json::object invalid_view(std::string const& why) {
        auto e = api_error("invalid_arguments");
        e["response_metadata"] = json::object{{"messages", json::array{"[ERROR] " + why}}};
        return e;
    }

    json::object stored_view(std::string const& id, json::object const& view) {
        json::object v = view;
        v["id"] = id;
        v["team_id"] = team_id;
        v["app_id"] = app_id;
        v["bot_id"] = bot_id;
        v["hash"] = new_ts() + ".fakehash";
        v["root_view_id"] = id;
        v["previous_view_id"] = nullptr;
        v["state"] = json::object{{"values", json::object{}}};
        for (char const* f : {"private_metadata", "callback_id", "external_id"})
            if (!v.contains(f)) v[f] = "";
        views[id] = v;
        return v;
    }

    json::object view_call(std::string const& method, json::object const& args) {
        bool const home = method == "views.publish";
        if (method == "views.open" && str(args, "trigger_id").empty())
            return invalid_view("missing required field: trigger_id");
        if (home && str(args, "user_id").empty()) return invalid_view("missing required field: user_id");
        if (auto why = check_view(args.if_contains("view"), home)) return invalid_view(*why);
        auto const& view = args.at("view").get_object();
        std::string id;
        if (method == "views.open") {
            id = new_id('V');
        } else if (method == "views.publish") {
            auto& h = home_views[str(args, "user_id")];
            if (h.empty()) h = new_id('V');
            id = h;
        } else {
            id = str(args, "view_id");
            if (id.empty()) {
                auto const ext = str(args, "external_id");
                if (ext.empty()) return invalid_view("missing required field: view_id or external_id");
                for (auto const& [vid, v] : views)
                    if (str(v, "external_id") == ext) id = vid;
            }
            auto it = views.find(id);
            if (it == views.end()) return api_error("not_found");
            if (auto hash = str(args, "hash"); !hash.empty() && hash != str(it->second, "hash"))
                return api_error("hash_conflict");
        }
        return {{"ok", true}, {"view", stored_view(id, view)}};
    }

    json::object users_info(json::object const& args) {
        auto const user = str(args, "user");
        if (user.empty()) return api_error("user_not_found");
        TzInfo tz = tz_info("America/New_York");
        if (auto it = user_tz.find(user); it != user_tz.end()) tz = it->second;
        json::object profile{{"real_name", "Fake " + user}, {"display_name", "fake_" + user}, {"team", team_id}};
        return {{"ok", true},
                {"user",
                 {{"id", user},
                  {"team_id", team_id},
                  {"name", "fake_" + user},
                  {"deleted", false},
                  {"real_name", "Fake " + user},
                  {"tz", tz.tz},
                  {"tz_label", tz.label},
                  {"tz_offset", tz.offset},
                  {"is_bot", false},
                  {"profile", std::move(profile)}}}};
    }

    json::object conversations_open(json::object const& args) {
        auto users = str(args, "users");
        if (users.empty()) {
            auto const channel = str(args, "channel");
            if (channel.empty()) return api_error("users_list_not_supplied");
            return {{"ok", true}, {"no_op", true}, {"already_open", true}, {"channel", {{"id", channel}}}};
        }
        auto& id = dms[users];
        bool const already = !id.empty();
        if (!already) id = new_id('D');
        json::object res{{"ok", true}, {"channel", {{"id", id}}}};
        if (already) {
            res["no_op"] = true;
            res["already_open"] = true;
        }
        return res;
    }
};

FakeSlack::FakeSlack() : FakeSlack(Options{}) {}
FakeSlack::FakeSlack(Options options) : impl_(std::make_unique<Impl>(std::move(options))) {}
FakeSlack::~FakeSlack() = default;

std::string const& FakeSlack::ca_file() const { return impl_->ca_path; }
std::string const& FakeSlack::token() const { return impl_->opt.token; }
std::string const& FakeSlack::app_token() const { return impl_->opt.app_token; }
FakeSocketMode& FakeSlack::socket_mode() {
    if (!impl_->socket) throw std::logic_error("FakeSlack: socket_mode is off");
    return *impl_->socket;
}
unsigned short FakeSlack::port() const { return impl_->tls_port; }

std::string FakeSlack::api_base() const { return "https://127.0.0.1:" + std::to_string(impl_->tls_port) + "/api/"; }
std::string FakeSlack::api_base_localhost() const {
    return "https://localhost:" + std::to_string(impl_->tls_port) + "/api/";
}
std::string FakeSlack::response_url(std::string_view name) const {
    return "https://127.0.0.1:" + std::to_string(impl_->tls_port) + "/response/" + std::string(name);
}

std::string FakeSlack::http_api_base() const {
    if (!impl_->plain_acceptor) throw std::logic_error("FakeSlack: plain_http is off");
    return "http://127.0.0.1:" + std::to_string(impl_->plain_port) + "/api/";
}
std::string FakeSlack::http_response_url(std::string_view name) const {
    if (!impl_->plain_acceptor) throw std::logic_error("FakeSlack: plain_http is off");
    return "http://127.0.0.1:" + std::to_string(impl_->plain_port) + "/response/" + std::string(name);
}

std::vector<FakeSlack::Call> FakeSlack::calls() const {
    std::lock_guard lock(impl_->mu);
    return impl_->calls;
}

std::vector<FakeSlack::Call> FakeSlack::calls(std::string_view method) const {
    std::lock_guard lock(impl_->mu);
    std::vector<Call> out;
    for (auto const& c : impl_->calls)
        if (c.method == method) out.push_back(c);
    return out;
}

bool FakeSlack::wait_for(std::string_view method, std::size_t count, std::chrono::milliseconds timeout) const {
    std::unique_lock lock(impl_->mu);
    return impl_->cv.wait_for(lock, timeout, [&] {
        return static_cast<std::size_t>(std::count_if(impl_->calls.begin(), impl_->calls.end(),
                                                      [&](Call const& c) { return c.method == method; })) >= count;
    });
}

void FakeSlack::clear() {
    std::lock_guard lock(impl_->mu);
    impl_->calls.clear();
    impl_->faults.clear();
}

void FakeSlack::fail_next(std::string method, Fault fault, int times) {
    std::lock_guard lock(impl_->mu);
    auto& q = impl_->faults[std::move(method)];
    for (int i = 0; i < times; ++i) q.push_back(fault);
}

void FakeSlack::set_user_tz(std::string user, std::string tz) {
    std::lock_guard lock(impl_->mu);
    impl_->user_tz[std::move(user)] = tz_info(tz);
}

void FakeSlack::set_user_tz(std::string user, std::string tz, std::string tz_label, int tz_offset_seconds) {
    std::lock_guard lock(impl_->mu);
    impl_->user_tz[std::move(user)] = TzInfo{std::move(tz), std::move(tz_label), tz_offset_seconds};
}

void FakeSlack::add_grant(std::string code, Grant grant) {
    std::lock_guard lock(impl_->mu);
    impl_->grants[std::move(code)] = std::move(grant);
}

void FakeSlack::set_refresh_expires_in(int seconds) {
    std::lock_guard lock(impl_->mu);
    impl_->refresh_expires_in = seconds;
}

void FakeSlack::accept_token(std::string token) {
    std::lock_guard lock(impl_->mu);
    impl_->tokens.insert(std::move(token));
}

void FakeSlack::set_private_channel(std::string channel) {
    std::lock_guard lock(impl_->mu);
    impl_->private_channels.insert(std::move(channel));
}

std::vector<FakeSlack::File> FakeSlack::files() const {
    std::lock_guard lock(impl_->mu);
    std::vector<File> out;
    for (auto const& [id, f] : impl_->files) out.push_back(f);
    return out;
}

std::optional<boost::json::object> FakeSlack::message(std::string const& channel, std::string const& ts) const {
    std::lock_guard lock(impl_->mu);
    auto it = impl_->messages.find(channel + "/" + ts);
    if (it == impl_->messages.end()) return std::nullopt;
    return it->second;
}

std::size_t FakeSlack::connections_accepted() const { return impl_->accepted.load(); }
std::size_t FakeSlack::idle_connections_closed() const { return impl_->idle_closed.load(); }
std::size_t FakeSlack::handshakes_failed() const { return impl_->handshake_failures.load(); }

}  // namespace pushback::testing
