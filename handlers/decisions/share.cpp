// Sharing an entry to the channel a command came from, and un-sharing it. Posting the card is after-ack
// work (Slack's 3 seconds); the user hears how it went through the response_url (or a DM from a modal).
#include <boost/json.hpp>

#include "bot/blocks.hpp"
#include "handlers/decisions/decisions.hpp"
#include "util/text.hpp"

namespace pushback::handlers::decisions {
namespace json = boost::json;
namespace net = boost::asio;
using storage::Owner;

namespace {

std::string channel_mention(std::string_view channel) { return "<#" + std::string(channel) + ">"; }

json::object say(std::string_view text) { return bot::blocks::ephemeral(text); }

std::string storage_trouble(Deps const& deps, storage::StorageError const& e) {
    deps.log.error("decisions: storage failed", {{"kind", storage::to_string(e.kind)}});
    return "Something went wrong on my side; nothing was changed. Please try again in a minute.";
}

// Slack's answers to a post in a channel the bot cannot write to, in words the user can act on.
std::string cannot_post(bot::SlackError const& e, std::string_view channel, storage::Id id) {
    auto const again = "`/pushback share " + std::to_string(id) + "`";
    if (e.kind == bot::SlackError::Kind::api &&
        (e.error == "channel_not_found" || e.error == "not_in_channel" || e.error == "restricted_action")) {
        return ":lock: I can't post in " + channel_mention(channel) +
               ": it is a private channel I'm not in. Invite me there with `/invite @Pushback`, then run " + again +
               " again. Entry #" + std::to_string(id) + " stays in your private log meanwhile.";
    }
    if (e.kind == bot::SlackError::Kind::api && e.error == "is_archived")
        return "That channel is archived, so the card could not be posted. Entry #" + std::to_string(id) +
               " stays in your private log.";
    return "Slack did not take the card just now (" + std::string(bot::to_string(e.kind)) + "); entry #" +
           std::to_string(id) + " stays private. Try " + again + " again in a minute.";
}

net::awaitable<void> tell(Deps const& deps, Notify const& notify, std::string text) {
    bot::SlackResult r;
    if (!notify.response_url.empty()) {
        auto body = bot::blocks::ephemeral_response(text);
        r = co_await deps.slack.respond(notify.response_url, std::move(body));
    } else {
        // From a modal there is no response_url: the bot's DM with the user (channel = the user id).
        json::object body{{"channel", notify.user_id}, {"text", text}};
        body["blocks"] = json::array{bot::blocks::section(text)};
        r = co_await deps.slack.call("chat.postMessage", std::move(body));
    }
    if (!r) deps.log.warn("decisions: could not tell the user", {{"error", r.error().message()}});
}

}  // namespace

net::awaitable<void> post_card(Deps const& deps, Owner owner, storage::Id id, std::string channel, Notify notify) {
    auto entry = deps.store.get_commitment(owner, id);
    if (!entry) {
        co_await tell(deps, notify, "I can't find entry #" + std::to_string(id) + " in your log.");
        co_return;
    }
    auto body = card_message(*entry);
    body["channel"] = channel;
    body["unfurl_links"] = false;
    auto const posted = co_await deps.slack.call("chat.postMessage", std::move(body));
    if (!posted) {
        deps.log.info("decisions: card not posted", {{"error", posted.error().message()}});
        co_await tell(deps, notify, cannot_post(posted.error(), channel, id));
        co_return;
    }
    std::string ts;
    if (auto const* v = posted->if_contains("ts"); v && v->is_string()) ts = v->get_string();
    auto const now = std::chrono::floor<std::chrono::seconds>(deps.clock.now());
    auto shared = deps.store.record_share(owner, id, channel, ts, now);
    if (!shared) {
        co_await tell(deps, notify, storage_trouble(deps, shared.error()));
        co_return;
    }
    (void)deps.store.note_channel(owner, channel, now);
    co_await tell(deps, notify,
                  ":pushpin: Shared #" + std::to_string(id) + " in " + channel_mention(channel) +
                      ": the card is this channel's record now, and it follows your edits. `/pushback decisions` "
                      "lists the channel's log; `/pushback unshare " +
                      std::to_string(id) + "` withdraws it.");
}

bot::Reply share_command(bot::SlashCommand const& c, std::string_view args, Deps const& deps) {
    auto const id = parse_entry_id(util::trim(args));
    if (!id) {
        return bot::Reply::json(
            say("Usage: `/pushback share <entry number>` in the channel that should keep the decision on record, e.g. "
                "`/pushback share 12`. `/pushback log` shows your entries and their numbers."));
    }
    if (!is_shareable_channel(c.channel_id)) {
        return bot::Reply::json(say("Run `/pushback share " + std::to_string(*id) +
                                    "` in the channel that should keep this decision on record: a direct message "
                                    "has no channel log."));
    }
    Owner const owner{c.team_id, c.user_id};
    auto entry = deps.store.get_commitment(owner, *id);
    if (!entry) {
        if (entry.error().kind != storage::StorageErrorKind::not_found)
            return bot::Reply::json(say(storage_trouble(deps, entry.error())));
        return bot::Reply::json(say("I can't find entry #" + std::to_string(*id) + " in your log."));
    }
    if (entry->share_state == storage::ShareState::shared) {
        if (entry->share_channel == c.channel_id)
            return bot::Reply::json(say("#" + std::to_string(*id) + " is already shared in this channel."));
        return bot::Reply::json(say("#" + std::to_string(*id) + " is already shared in " +
                                    channel_mention(entry->share_channel) +
                                    ". Withdraw it there first with "
                                    "`/pushback unshare " +
                                    std::to_string(*id) + "`."));
    }
    auto reply = bot::Reply::json(say("Sharing #" + std::to_string(*id) + " in this channel…"));
    reply.then_run([&deps, owner, id = *id, channel = c.channel_id, notify = Notify{c.user_id, c.response_url}] {
        return post_card(deps, owner, id, channel, notify);
    });
    return reply;
}

bot::Reply unshare_command(bot::SlashCommand const& c, std::string_view args, Deps const& deps) {
    auto const id = parse_entry_id(util::trim(args));
    if (!id) return bot::Reply::json(say("Usage: `/pushback unshare <entry number>`, e.g. `/pushback unshare 12`."));
    auto withdrawn = deps.store.withdraw_share(Owner{c.team_id, c.user_id}, *id);
    if (!withdrawn) {
        if (withdrawn.error().kind == storage::StorageErrorKind::not_found)
            return bot::Reply::json(say("I can't find entry #" + std::to_string(*id) + " in your log."));
        if (withdrawn.error().kind == storage::StorageErrorKind::invalid_argument)
            return bot::Reply::json(say("#" + std::to_string(*id) + " is not shared in any channel."));
        return bot::Reply::json(say(storage_trouble(deps, withdrawn.error())));
    }
    auto reply = bot::Reply::json(say(":no_entry_sign: #" + std::to_string(*id) + " is withdrawn from " +
                                      channel_mention(withdrawn->share_channel) +
                                      ": its card there is marked withdrawn and it left the channel's log. It stays "
                                      "in your own log."));
    sync_card(reply, *withdrawn);
    return reply;
}

}  // namespace pushback::handlers::decisions
