#include "support/test_app.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <boost/json.hpp>
#include <fstream>
#include <random>
#include <set>
#include <sstream>
#include <stdexcept>

#include "bot/form.hpp"
#include "bot/signature.hpp"

namespace pushback::test {
namespace json = boost::json;
namespace fs = std::filesystem;

std::string read_text(std::string const& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

std::string json_str(json::value const& v, std::initializer_list<std::string_view> path) {
    json::value const* cur = &v;
    for (auto key : path) {
        if (!cur->is_object() || !cur->get_object().contains(key)) return {};
        cur = &cur->get_object().at(key);
    }
    return cur->is_string() ? std::string(cur->get_string()) : std::string{};
}

TempDir::TempDir() {
    std::string tmpl = (fs::temp_directory_path() / "pushback-test-XXXXXX").string();
    if (!::mkdtemp(tmpl.data())) throw std::runtime_error("mkdtemp failed");
    path_ = tmpl;
}

TempDir::~TempDir() {
    std::error_code ec;
    fs::remove_all(path_, ec);
}

std::vector<std::pair<std::string, std::string>> slash_fields(std::string const& text, std::string const& user,
                                                              std::string const& team, std::string const& response_url,
                                                              std::string const& channel) {
    return {{"token", "gIkuvaNzQIHg97ATvDxqgjtO"},
            {"team_id", team},
            {"team_domain", "example"},
            {"channel_id", channel},
            {"channel_name", "test"},
            {"user_id", user},
            {"user_name", "steve"},
            {"command", "/pushback"},
            {"text", text},
            {"api_app_id", "A123456"},
            {"is_enterprise_install", "false"},
            {"response_url", response_url},
            {"trigger_id", "13345224609.738474920.8088930838d88f008e0"}};
}

std::string slash_body(std::string const& text, std::string const& user, std::string const& team,
                       std::string const& response_url, std::string const& channel) {
    return bot::encode_form(slash_fields(text, user, team, response_url, channel));
}

json::object fixture_json(std::string const& name) {
    std::ifstream in(std::string(PUSHBACK_TEST_DATA_DIR) + "/fixtures/" + name);
    if (!in) throw std::runtime_error("no fixture " + name);
    std::stringstream ss;
    ss << in.rdbuf();
    return json::parse(ss.str()).as_object();
}

std::string payload_body(json::value const& payload) {
    return bot::encode_form({{"payload", json::serialize(payload)}});
}

std::string now_timestamp() {
    return std::to_string(
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count());
}

TestApp::TestApp(TestAppOptions options) {
    app::Config config;
    config.listen_host = "127.0.0.1";
    config.listen_port = 0;
    if (options.signing_secret) config.signing_secret = test_secret;
    config.bot_token = options.bot_token;
    config.app_token = options.app_token;
    config.socket_connections = options.socket_connections;
    db_path_ = options.db_path.value_or(dir_.file("pushback.sqlite3"));
    config.db_path = db_path_;
    if (options.slack_api_url) config.slack_api_url = *options.slack_api_url;
    config.extra_ca_file = options.ca_file;
    config.threads = 2;
    config.oauth = options.oauth;
    config.encryption_key = options.encryption_key;

    log_path_ = dir_.file("server.log");
    log_fd_ = options.log_fd >= 0 ? options.log_fd : ::open(log_path_.c_str(), O_WRONLY | O_CREAT | O_APPEND, 0600);
    app::AppOptions app_options;
    app_options.clock = options.clock;
    app_options.handle_signals = false;
    app_options.log_fd = log_fd_;
    app_options.shutdown_grace = std::chrono::milliseconds{3000};
    auto app = app::App::create(config, app_options);
    if (!app) throw std::runtime_error("App::create: " + app.error());
    app_ = std::move(*app);
    auto endpoint = app_->listen();
    if (!endpoint) throw std::runtime_error("listen: " + endpoint.error());
    port_ = endpoint->port();
    thread_ = std::thread([this] { app_->run(); });
}

TestApp::~TestApp() { stop(); }

void TestApp::stop() {
    if (thread_.joinable()) {
        app_->stop();
        thread_.join();
    }
    app_.reset();
    if (log_fd_ > 2) {
        ::close(log_fd_);
        log_fd_ = -1;
    }
}

json::object TestApp::healthz() const {
    auto r = bot::http_request("127.0.0.1", port_, "GET", "/healthz", {}, "");
    if (!r) throw std::runtime_error("healthz: " + r.error());
    auto o = json::parse(r->body).as_object();
    o["http_status"] = r->status;
    return o;
}

std::string TestApp::log_text() const { return read_text(log_path_); }

std::expected<bot::HttpResult, std::string> TestApp::post_signed(
    std::string const& body, std::string const& content_type, std::optional<std::string> timestamp,
    std::vector<std::pair<std::string, std::string>> extra) {
    auto const ts = timestamp.value_or(now_timestamp());
    std::vector<std::pair<std::string, std::string>> headers{
        {"Content-Type", content_type},
        {"X-Slack-Request-Timestamp", ts},
        {"X-Slack-Signature", bot::sign_slack_request(test_secret, ts, body)}};
    for (auto& h : extra) headers.push_back(std::move(h));
    return bot::http_request("127.0.0.1", port_, "POST", "/slack/events", headers, body);
}

std::expected<bot::HttpResult, std::string> TestApp::command(std::string const& text, std::string const& user,
                                                             std::string const& team) {
    return post_signed(slash_body(text, user, team), "application/x-www-form-urlencoded");
}

std::expected<bot::HttpResult, std::string> TestApp::interaction(json::value const& payload) {
    return post_signed(payload_body(payload), "application/x-www-form-urlencoded");
}

std::expected<bot::HttpResult, std::string> TestApp::event(json::value const& body, int retry_num) {
    std::vector<std::pair<std::string, std::string>> extra;
    if (retry_num > 0) {
        extra.emplace_back("X-Slack-Retry-Num", std::to_string(retry_num));
        extra.emplace_back("X-Slack-Retry-Reason", "http_timeout");
    }
    return post_signed(json::serialize(body), "application/json", std::nullopt, std::move(extra));
}

std::expected<bot::HttpResult, std::string> TestApp::get(std::string const& target,
                                                         std::vector<std::pair<std::string, std::string>> headers) {
    return bot::http_request("127.0.0.1", port_, "GET", target, headers, "");
}

bot::HttpConnection TestApp::connect() const {
    auto c = bot::HttpConnection::open("127.0.0.1", port_);
    if (!c) throw std::runtime_error(c.error());
    return std::move(*c);
}

namespace {

std::size_t chars(std::string_view s) {
    std::size_t n = 0;
    for (char c : s) n += (static_cast<unsigned char>(c) & 0xC0) != 0x80;
    return n;
}

struct Checker {
    std::vector<std::string> problems;
    std::set<std::string> block_ids;

    void text_object(json::value const* v, std::string const& where, std::size_t max, bool plain_only = false) {
        if (!v || !v->is_object()) {
            problems.push_back(where + ": missing text object");
            return;
        }
        auto const& o = v->get_object();
        auto const* type = o.if_contains("type");
        auto const* text = o.if_contains("text");
        if (!type || !type->is_string() || (type->get_string() != "plain_text" && type->get_string() != "mrkdwn")) {
            problems.push_back(where + ": text object type must be plain_text or mrkdwn");
        } else if (plain_only && type->get_string() != "plain_text") {
            problems.push_back(where + ": must be plain_text");
        }
        if (!text || !text->is_string()) {
            problems.push_back(where + ": text missing");
            return;
        }
        auto const n = chars(text->get_string());
        if (n == 0) problems.push_back(where + ": empty text");
        if (n > max) problems.push_back(where + ": " + std::to_string(n) + " characters > " + std::to_string(max));
    }

    void id(json::object const& o, char const* key, std::string const& where) {
        if (auto const* v = o.if_contains(key)) {
            if (!v->is_string() || v->get_string().empty() || v->get_string().size() > 255) {
                problems.push_back(where + ": " + key + " must be 1..255 characters");
            }
        }
    }

    void element(json::value const& ev, std::string const& where) {
        if (!ev.is_object()) {
            problems.push_back(where + ": element is not an object");
            return;
        }
        auto const& e = ev.get_object();
        id(e, "action_id", where);
        auto const type =
            e.if_contains("type") && e.at("type").is_string() ? std::string(e.at("type").get_string()) : "";
        if (type == "button") {
            text_object(e.if_contains("text"), where + ".text", 75, true);
            if (auto const* v = e.if_contains("value"); v && (!v->is_string() || chars(v->get_string()) > 2000)) {
                problems.push_back(where + ": button value over 2000 characters");
            }
            if (auto const* u = e.if_contains("url"); u && (!u->is_string() || u->get_string().size() > 3000)) {
                problems.push_back(where + ": button url over 3000 characters");
            }
        } else if (type == "plain_text_input") {
            if (auto const* v = e.if_contains("initial_value"); v && v->is_string() && chars(v->get_string()) > 3000) {
                problems.push_back(where + ": initial_value over 3000 characters");
            }
            if (auto const* m = e.if_contains("max_length"); m && m->is_int64() && m->as_int64() > 3000) {
                problems.push_back(where + ": max_length over 3000");
            }
        } else if (type == "static_select" || type == "radio_buttons" || type == "checkboxes") {
            auto const* opts = e.if_contains("options");
            if (!opts || !opts->is_array() || opts->get_array().empty()) {
                problems.push_back(where + ": options missing");
            } else if (opts->get_array().size() > 100) {
                problems.push_back(where + ": more than 100 options");
            } else {
                for (auto const& o : opts->get_array()) {
                    if (!o.is_object()) continue;
                    text_object(o.get_object().if_contains("text"), where + ".option", 75);
                    auto const* val = o.get_object().if_contains("value");
                    if (!val || !val->is_string() || val->get_string().size() > 150) {
                        problems.push_back(where + ": option value must be 1..150 characters");
                    }
                }
            }
        } else if (type.empty()) {
            problems.push_back(where + ": element without type");
        }
    }

    void block(json::value const& bv, std::string const& where) {
        if (!bv.is_object()) {
            problems.push_back(where + ": block is not an object");
            return;
        }
        auto const& b = bv.get_object();
        id(b, "block_id", where);
        if (auto const* bid = b.if_contains("block_id"); bid && bid->is_string()) {
            if (!block_ids.insert(std::string(bid->get_string())).second) {
                problems.push_back(where + ": duplicate block_id " + std::string(bid->get_string()));
            }
        }
        auto const type =
            b.if_contains("type") && b.at("type").is_string() ? std::string(b.at("type").get_string()) : "";
        if (type == "section") {
            auto const* text = b.if_contains("text");
            auto const* fields = b.if_contains("fields");
            if (!text && !fields) problems.push_back(where + ": section needs text or fields");
            if (text) text_object(text, where + ".text", 3000);
            if (fields) {
                if (!fields->is_array() || fields->get_array().size() > 10) {
                    problems.push_back(where + ": at most 10 fields");
                } else {
                    for (auto const& f : fields->get_array()) text_object(&f, where + ".field", 2000);
                }
            }
            if (auto const* acc = b.if_contains("accessory")) element(*acc, where + ".accessory");
        } else if (type == "header") {
            text_object(b.if_contains("text"), where + ".text", 150, true);
        } else if (type == "context") {
            auto const* els = b.if_contains("elements");
            if (!els || !els->is_array() || els->get_array().empty() || els->get_array().size() > 10) {
                problems.push_back(where + ": context needs 1..10 elements");
            } else {
                for (auto const& e : els->get_array()) text_object(&e, where + ".element", 3000);
            }
        } else if (type == "actions") {
            auto const* els = b.if_contains("elements");
            if (!els || !els->is_array() || els->get_array().empty() || els->get_array().size() > 25) {
                problems.push_back(where + ": actions needs 1..25 elements");
            } else {
                for (auto const& e : els->get_array()) element(e, where + ".element");
            }
        } else if (type == "input") {
            text_object(b.if_contains("label"), where + ".label", 2000, true);
            if (auto const* el = b.if_contains("element")) {
                element(*el, where + ".element");
            } else {
                problems.push_back(where + ": input without element");
            }
            if (auto const* hint = b.if_contains("hint")) text_object(hint, where + ".hint", 2000, true);
        } else if (type == "divider") {
        } else {
            problems.push_back(where + ": unknown block type '" + type + "'");
        }
    }
};

}  // namespace

std::vector<std::string> block_kit_problems(json::value const& v, Surface surface) {
    Checker c;
    if (!v.is_object()) return {"not a JSON object"};
    auto const& o = v.get_object();
    auto const* blocks = o.if_contains("blocks");
    std::size_t const max_blocks = surface == Surface::message ? 50 : 100;
    if (surface == Surface::message) {
        auto const* text = o.if_contains("text");
        if (!text || !text->is_string() || text->get_string().empty()) {
            c.problems.push_back("message: no text fallback");
        } else if (chars(text->get_string()) > 40000) {
            c.problems.push_back("message: text over 40000 characters");
        }
    } else {
        auto const* type = o.if_contains("type");
        if (!type || !type->is_string() || type->get_string() != (surface == Surface::modal ? "modal" : "home")) {
            c.problems.push_back("view: wrong type");
        }
        if (surface == Surface::modal) {
            c.text_object(o.if_contains("title"), "view.title", 24, true);
            if (auto const* s = o.if_contains("submit")) c.text_object(s, "view.submit", 24, true);
            if (auto const* s = o.if_contains("close")) c.text_object(s, "view.close", 24, true);
        }
        if (auto const* pm = o.if_contains("private_metadata");
            pm && pm->is_string() && pm->get_string().size() > 3000) {
            c.problems.push_back("view: private_metadata over 3000 characters");
        }
        if (auto const* cb = o.if_contains("callback_id"); cb && cb->is_string() && cb->get_string().size() > 255) {
            c.problems.push_back("view: callback_id over 255 characters");
        }
        if (!blocks) c.problems.push_back("view: no blocks");
    }
    if (blocks) {
        if (!blocks->is_array()) {
            c.problems.push_back("blocks is not an array");
        } else {
            auto const& arr = blocks->get_array();
            if (arr.size() > max_blocks) {
                c.problems.push_back(std::to_string(arr.size()) + " blocks > " + std::to_string(max_blocks));
            }
            for (std::size_t i = 0; i < arr.size(); ++i) c.block(arr[i], "blocks[" + std::to_string(i) + "]");
        }
    }
    return c.problems;
}

}  // namespace pushback::test
