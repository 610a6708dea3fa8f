#include "app/local_slack.hpp"

#include <boost/json.hpp>
#include <charconv>

#include "bot/blocks.hpp"
#include "util/json.hpp"

namespace pushback::app {
namespace json = boost::json;
namespace net = boost::asio;
using util::string_at;

namespace {

bot::SlackResult refused(std::string const& method) {
    return std::unexpected(bot::SlackError{bot::SlackError::Kind::api, "local mode: " + method + " is not simulated"});
}

// The first lines of a file, as a preview.
std::string preview(std::string_view bytes) {
    constexpr std::size_t max_lines = 30;
    std::size_t lines = 0;
    std::size_t end = 0;
    while (end < bytes.size() && lines < max_lines) {
        auto const nl = bytes.find('\n', end);
        end = nl == std::string_view::npos ? bytes.size() : nl + 1;
        ++lines;
    }
    std::string out(bytes.substr(0, end));
    if (end < bytes.size()) out += "…\n";
    return out;
}

}  // namespace

void LocalSlack::show(std::string kind, std::string text) {
    std::lock_guard lock(mu_);
    items_.emplace_back(++seq_, std::move(kind), std::move(text));
    while (items_.size() > max_items) items_.pop_front();
}

bot::SlackResult LocalSlack::answer(std::string const& method, json::object const& body) {
    if (method == "conversations.open") return json::object{{"ok", true}, {"channel", {{"id", "D0LOCAL"}}}};
    if (method == "chat.postMessage" || method == "chat.postEphemeral" || method == "chat.update") {
        auto const channel = string_at(body, "channel");
        bool const dm = channel.starts_with('D') || channel.starts_with('U') || channel.starts_with('W');
        std::string const where = (method == "chat.update" ? "update of the message in " : "") +
                                  (dm ? std::string("your DM with Pushback") : "<#" + channel + ">");
        show(method == "chat.update" ? "message updated"
             : dm                    ? "DM"
                                     : "channel message",
             where + "\n" + bot::blocks::render_text(body));
        std::string ts;
        {
            std::lock_guard lock(mu_);
            ts = "1700000000." + std::to_string(100000 + ++next_id_);
        }
        return json::object{
            {"ok", true}, {"channel", channel}, {"ts", string_at(body, "ts").empty() ? ts : string_at(body, "ts")}};
    }
    if (method == "views.open" || method == "views.update" || method == "views.push") {
        if (auto const* v = body.if_contains("view")) show("modal", bot::blocks::render_text(*v));
        return json::object{{"ok", true}, {"view", {{"id", "V0LOCAL"}}}};
    }
    if (method == "views.publish") return json::object{{"ok", true}, {"view", {{"id", "V0LOCALHOME"}}}};
    if (method == "files.getUploadURLExternal") {
        std::lock_guard lock(mu_);
        auto const id = "F0LOCAL" + std::to_string(++next_id_);
        files_[id] = {string_at(body, "filename"), {}};
        return json::object{{"ok", true}, {"upload_url", "http://127.0.0.1/local-upload/" + id}, {"file_id", id}};
    }
    if (method == "files.completeUploadExternal") {
        boost::system::error_code ec;
        auto const list = json::parse(string_at(body, "files"), ec);
        if (ec || !list.is_array()) return refused(method);
        for (auto const& f : list.get_array()) {
            if (!f.is_object()) continue;
            std::pair<std::string, std::string> file;
            {
                std::lock_guard lock(mu_);
                auto it = files_.find(string_at(f.get_object(), "id"));
                if (it == files_.end()) continue;
                file = std::move(it->second);
                files_.erase(it);
            }
            show("file", "`" + file.first + "` (" + std::to_string(file.second.size()) +
                             " bytes) in your DM with Pushback\n" + preview(file.second));
        }
        return json::object{{"ok", true}};
    }
    return refused(method);  // users.info and the rest: as before, the callers fall back
}

net::awaitable<bot::SlackResult> LocalSlack::call(std::string method, json::object body) {
    auto r = answer(method, body);
    if (!r) log_.info("local mode: Web API call not simulated", {{"method", method}});
    co_return r;
}

net::awaitable<bot::SlackResult> LocalSlack::respond(std::string, json::object body) {
    show("response_url", bot::blocks::render_text(body));
    co_return json::object{{"ok", true}};
}

net::awaitable<bot::SlackResult> LocalSlack::upload(std::string upload_url, std::string bytes, std::string) {
    auto const slash = upload_url.rfind('/');
    std::lock_guard lock(mu_);
    auto it = files_.find(upload_url.substr(slash + 1));
    if (slash == std::string::npos || it == files_.end())
        co_return std::unexpected(bot::SlackError{bot::SlackError::Kind::http, "unknown upload URL", 404});
    it->second.second = std::move(bytes);
    co_return json::object{{"ok", true}};
}

std::string LocalSlack::outbox_json(std::uint64_t after) const {
    json::array items;
    std::lock_guard lock(mu_);
    for (auto const& [seq, kind, text] : items_)
        if (seq > after) items.push_back(json::object{{"seq", seq}, {"kind", kind}, {"text", text}});
    return json::serialize(json::object{{"items", std::move(items)}, {"last", seq_}});
}

bool is_outbox_target(std::string_view method, std::string_view target) {
    return method == "GET" && (target == "/local/outbox" || target.starts_with("/local/outbox?"));
}

std::uint64_t outbox_after(std::string_view target) {
    auto const at = target.find("after=");
    if (at == std::string_view::npos) return 0;
    std::uint64_t n = 0;
    auto const digits = target.substr(at + 6);
    std::from_chars(digits.data(), digits.data() + digits.size(), n);
    return n;
}

}  // namespace pushback::app
