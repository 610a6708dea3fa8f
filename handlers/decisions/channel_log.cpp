// `/pushback decisions [words | #id | export [fmt]]`: the decision log of the channel the command is run in.
// The signed channel_id is the only key: an entry shared elsewhere reads exactly like one that does not
// exist, and a private entry is never listed.
#include <boost/json.hpp>

#include "bot/blocks.hpp"
#include "handlers/decisions/decisions.hpp"
#include "util/text.hpp"

namespace pushback::handlers::decisions {
namespace json = boost::json;

namespace {

constexpr int shown = 10;

std::string entry_line(storage::Commitment const& c) {
    auto add = [](char const* label, std::string const& v, std::size_t max) {
        return v.empty() ? std::string{}
                         : std::string("\n*") + label + ":* " + bot::blocks::escape(bot::blocks::truncate(v, max));
    };
    std::string t = "*#" + std::to_string(c.id) + "* · " + date_of(c.created_at) + " · logged by <@" + c.owner.user_id +
                    ">" + add("Decision", c.decision, 500) + add("Context", c.context, 300) +
                    add("Decision maker", c.decision_maker, 150) + add("Concerns on record", c.concerns, 300);
    if (c.outcome == storage::Outcome::came_true) t += "\n:warning: The concern came true.";
    if (c.outcome == storage::Outcome::held) t += "\n:white_check_mark: The decision held.";
    return bot::blocks::truncate(t, 2900);
}

json::object listing(std::string head, std::vector<storage::Commitment> const& entries, std::size_t total) {
    json::array b;
    if (total > entries.size()) head += " (" + std::to_string(entries.size()) + " of " + std::to_string(total) + ")";
    b.push_back(bot::blocks::section(head));
    for (auto const& e : entries) b.push_back(bot::blocks::section(entry_line(e)));
    b.push_back(bot::blocks::context(
        "Anyone in this channel can read its decision log. `/pushback decisions <words>` searches it · "
        "`/pushback decisions export [md|csv|json]` sends it to you as a file · `/pushback share <n>` adds one of "
        "yours"));
    return bot::blocks::ephemeral(std::to_string(entries.size()) + " shared decisions", std::move(b));
}

}  // namespace

bot::Reply decisions_command(bot::SlashCommand const& c, std::string_view args, Deps const& deps) {
    auto const text = util::trim(args);
    if (!is_shareable_channel(c.channel_id)) {
        return bot::Reply::json(bot::blocks::ephemeral(
            "Run `/pushback decisions` in a channel: it lists the decisions shared there. Your own log is "
            "`/pushback log`."));
    }
    storage::ChannelScope const scope{c.team_id, c.channel_id};
    auto const now = std::chrono::floor<std::chrono::seconds>(deps.clock.now());
    if (auto noted = deps.store.note_channel(storage::Owner{c.team_id, c.user_id}, c.channel_id, now); !noted)
        deps.log.warn("decisions: note_channel failed", {{"kind", storage::to_string(noted.error().kind)}});

    auto const sp = text.find(' ');
    auto const first = text.substr(0, sp);
    if (first == "export") return export_channel_log(c, sp == std::string_view::npos ? "" : text.substr(sp + 1), deps);

    auto const trouble = [&](storage::StorageError const& e) {
        deps.log.error("decisions: storage failed", {{"kind", storage::to_string(e.kind)}});
        return bot::Reply::json(
            bot::blocks::ephemeral("This channel's log could not be read just now; try again in a minute."));
    };
    if (auto const id = parse_entry_id(text)) {
        auto entry = deps.store.get_shared(scope, *id);
        if (!entry) {
            if (entry.error().kind != storage::StorageErrorKind::not_found) return trouble(entry.error());
            return bot::Reply::json(
                bot::blocks::ephemeral("No decision #" + std::to_string(*id) + " is shared in this channel."));
        }
        return bot::Reply::json(listing("*Decision #" + std::to_string(*id) + "*", {*entry}, 1));
    }
    if (text.empty()) {
        auto entries = deps.store.list_shared(scope, shown);
        if (!entries) return trouble(entries.error());
        if (entries->empty()) {
            return bot::Reply::json(bot::blocks::ephemeral(
                "No decisions are shared in this channel yet. Share one of yours with `/pushback share <n>` "
                "(`/pushback log` shows the numbers), or tick *Share in this channel* when you log one."));
        }
        auto const total = deps.store.all_shared(scope);
        return bot::Reply::json(listing("*Decisions shared in this channel*, newest first", *entries,
                                        total ? total->size() : entries->size()));
    }
    auto matches = deps.store.search_shared(scope, text, storage::max_list_limit);
    if (!matches) return trouble(matches.error());
    if (matches->empty()) {
        return bot::Reply::json(bot::blocks::ephemeral("No decision shared in this channel matches “" +
                                                       bot::blocks::escape(bot::blocks::truncate(text, 100)) + "”."));
    }
    auto const total = matches->size();
    if (matches->size() > shown) matches->resize(shown);
    return bot::Reply::json(
        listing("*Shared decisions matching “" + bot::blocks::escape(bot::blocks::truncate(text, 100)) + "”*", *matches,
                total));
}

}  // namespace pushback::handlers::decisions
