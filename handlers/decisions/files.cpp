// Exports as files: a log rendered as Markdown, CSV or JSON and uploaded to the asking user's DM with the
// bot through Slack's current upload flow (files.getUploadURLExternal, the bytes to the upload URL,
// files.completeUploadExternal), instead of ephemeral code blocks that vanish on reload.
#include <boost/json.hpp>

#include "bot/blocks.hpp"
#include "handlers/decisions/decisions.hpp"
#include "handlers/export.hpp"
#include "util/json.hpp"
#include "util/text.hpp"

namespace pushback::handlers::decisions {
namespace json = boost::json;
namespace net = boost::asio;

namespace {

struct Format {
    char const* name;       // as typed
    char const* label;      // as said
    char const* extension;  // of the file
    char const* mime;
};

constexpr Format formats[] = {
    {"md", "Markdown", "md", "text/markdown; charset=utf-8"},
    {"csv", "CSV", "csv", "text/csv; charset=utf-8"},
    {"json", "JSON", "json", "application/json"},
};
constexpr char const* formats_help = "`md` (Markdown, the default), `csv` or `json`";

std::optional<Format> parse_format(std::string_view args) {
    std::string word(util::trim(args));
    for (auto& ch : word) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    if (word.empty() || word == "markdown") return formats[0];
    for (auto const& f : formats)
        if (word == f.name) return f;
    return std::nullopt;
}

std::string render(Format const& f, std::span<storage::Commitment const> entries) {
    if (std::string_view{f.name} == "csv") return render_csv(entries);
    if (std::string_view{f.name} == "json") return render_json(entries);
    return render_markdown(entries);
}

struct Upload {
    std::string user_id;
    std::string response_url;
    std::string filename;
    std::string title;
    std::string mime;
    std::string bytes;
    std::string what;  // "Your decision log (3 entries, CSV)"
};

net::awaitable<void> say(Deps const& deps, std::string const& response_url, std::string text) {
    if (response_url.empty()) co_return;
    auto body = bot::blocks::ephemeral_response(text);
    auto const r = co_await deps.slack.respond(response_url, std::move(body));
    if (!r) deps.log.warn("export: response_url post failed", {{"error", r.error().message()}});
}

net::awaitable<void> upload_file(Deps const& deps, Upload u) {
    auto const failed = [&](char const* step, bot::SlackResult const& r) {
        deps.log.warn("export: upload failed",
                      {{"step", step}, {"error", r ? "no id in answer" : r.error().message()}});
        return "The file could not be delivered (Slack said no at " + std::string(step) +
               "); nothing was lost: run the export again in a minute.";
    };
    json::object open{{"users", u.user_id}};
    auto const opened = co_await deps.slack.call("conversations.open", std::move(open));
    auto const dm = opened ? util::string_at(util::object_at(*opened, "channel"), "id") : std::string{};
    if (dm.empty()) co_return co_await say(deps, u.response_url, failed("conversations.open", opened));

    json::object ask{{"filename", u.filename}, {"length", std::to_string(u.bytes.size())}};
    auto const got = co_await deps.slack.call("files.getUploadURLExternal", std::move(ask));
    auto const url = got ? util::string_at(*got, "upload_url") : std::string{};
    auto const file_id = got ? util::string_at(*got, "file_id") : std::string{};
    if (url.empty() || file_id.empty())
        co_return co_await say(deps, u.response_url, failed("files.getUploadURLExternal", got));

    auto const sent = co_await deps.slack.upload(url, std::move(u.bytes), u.mime);
    if (!sent) co_return co_await say(deps, u.response_url, failed("the upload", sent));

    json::object done{
        {"files", json::serialize(json::array{json::object{{"id", file_id}, {"title", u.title}}})},
        {"channel_id", dm},
        {"initial_comment",
         u.what + ", as of " + date_of(std::chrono::floor<std::chrono::seconds>(deps.clock.now())) + "."}};
    auto const completed = co_await deps.slack.call("files.completeUploadExternal", std::move(done));
    if (!completed) co_return co_await say(deps, u.response_url, failed("files.completeUploadExternal", completed));
    deps.log.info("export: file delivered", {{"format", u.filename.substr(u.filename.rfind('.') + 1)}});
    co_await say(deps, u.response_url,
                 ":page_facing_up: " + u.what + " is in your DM with Pushback as `" + u.filename + "`.");
}

bot::Reply start_upload(bot::SlashCommand const& c, Deps const& deps, Format const& f,
                        std::vector<storage::Commitment> const& entries, std::string stem, std::string what) {
    auto const today = date_of(std::chrono::floor<std::chrono::seconds>(deps.clock.now()));
    Upload u;
    u.user_id = c.user_id;
    u.response_url = c.response_url;
    u.filename = stem + "-" + today + "." + f.extension;
    u.title = u.filename;
    u.mime = f.mime;
    u.bytes = render(f, entries);
    u.what = what + " (" + std::to_string(entries.size()) + " entr" + (entries.size() == 1 ? "y" : "ies") + ", " +
             f.label + ")";
    std::string lower = u.what;
    if (!lower.empty()) lower[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(lower[0])));
    auto reply = bot::Reply::json(bot::blocks::ephemeral("Uploading " + lower + " to your DM with Pushback…"));
    reply.then_run([&deps, u = std::move(u)]() mutable { return upload_file(deps, std::move(u)); });
    return reply;
}

bot::Reply unknown_format(std::string_view args, std::string_view command) {
    return bot::Reply::json(bot::blocks::ephemeral(
        "I don't know the export format “" + bot::blocks::escape(bot::blocks::truncate(util::trim(args), 40)) +
        "”. Formats: " + formats_help + ", e.g. `" + std::string(command) + " csv`."));
}

}  // namespace

bot::Reply export_log(bot::SlashCommand const& c, std::string_view args, Deps const& deps) {
    auto const f = parse_format(args);
    if (!f) return unknown_format(args, "/pushback export");
    auto entries = deps.store.all_commitments(storage::Owner{c.team_id, c.user_id});
    if (!entries) {
        deps.log.error("export: storage failed", {{"kind", storage::to_string(entries.error().kind)}});
        return bot::Reply::json(bot::blocks::ephemeral("Your log could not be read just now; try again in a minute."));
    }
    if (entries->empty()) return bot::Reply::json(bot::blocks::ephemeral("Your log is empty: nothing to export yet."));
    return start_upload(c, deps, *f, *entries, "pushback-decision-log", "Your decision log");
}

bot::Reply export_channel_log(bot::SlashCommand const& c, std::string_view args, Deps const& deps) {
    auto const f = parse_format(args);
    if (!f) return unknown_format(args, "/pushback decisions export");
    if (!is_shareable_channel(c.channel_id))
        return bot::Reply::json(bot::blocks::ephemeral(
            "Run `/pushback decisions export` in a channel: it exports the decisions shared there."));
    auto entries = deps.store.all_shared(storage::ChannelScope{c.team_id, c.channel_id});
    if (!entries) {
        deps.log.error("export: storage failed", {{"kind", storage::to_string(entries.error().kind)}});
        return bot::Reply::json(
            bot::blocks::ephemeral("This channel's log could not be read just now; try again in a minute."));
    }
    if (entries->empty())
        return bot::Reply::json(
            bot::blocks::ephemeral("No decisions are shared in this channel yet: nothing to export."));
    return start_upload(c, deps, *f, *entries, "pushback-channel-decisions", "This channel's decision log");
}

}  // namespace pushback::handlers::decisions
