#include "handlers/reframe.hpp"

#include <boost/asio/awaitable.hpp>
#include <boost/json.hpp>

#include "bot/blocks.hpp"
#include "bot/views.hpp"
#include "detector/analysis.hpp"
#include "handlers/coaching.hpp"
#include "util/json.hpp"

namespace pushback::handlers {
namespace json = boost::json;

namespace {

using util::object_at;
using util::string_at;

json::object notice_view(std::string_view title, std::string_view text) {
    json::array b;
    b.push_back(bot::blocks::section(text));
    return bot::views::modal(reframe_modal_callback, title, std::move(b), std::nullopt, "Close");
}

// A reply still holding "[fill me in]" prompts must not be posted as is.
bool has_prompt(std::string_view text) {
    auto const open = text.find('[');
    return open != std::string_view::npos && text.find(']', open) != std::string_view::npos;
}

// After the ack of the submission: post the reply in the thread, then replace the "Posting…" view with
// the outcome.
boost::asio::awaitable<void> post_in_thread(json::object message, std::string view_id, Deps const& deps) {
    auto const posted = co_await deps.slack.call("chat.postMessage", std::move(message));
    std::string text;
    if (posted) {
        text = ":white_check_mark: Posted in the thread.";
    } else if (posted.error().error == "not_in_channel" || posted.error().error == "channel_not_found") {
        text =
            ":warning: I couldn't post there: Pushback is not in that channel. Invite it with "
            "`/invite @Pushback`, or copy your reply and post it yourself.";
    } else {
        deps.log.warn("posting a reframing failed", {{"error", posted.error().message()}});
        text = ":warning: Slack didn't accept the post (" + posted.error().error +
               "). Nothing was posted; copy your reply and try again.";
    }
    if (view_id.empty()) co_return;
    // Named: GCC 12 cannot keep a braced temporary alive across co_await.
    json::object update{{"view_id", view_id}, {"view", notice_view("Reframe this", std::move(text))}};
    co_await deps.slack.call("views.update", std::move(update));
}

}  // namespace

bot::Reply reframe_shortcut(bot::Interaction const& i, Deps const& deps) {
    auto const* message = object_at(i.payload, "message");
    auto const* channel = object_at(i.payload, "channel");
    std::string text = bot::blocks::unescape(string_at(message, "text"));
    std::string const author = string_at(message, "user");
    std::string const ts = string_at(message, "ts");
    std::string const thread_ts = string_at(message, "thread_ts");
    bool const own = !author.empty() && author == i.user_id;

    json::array b;
    if (text.find_first_not_of(" \n\t") == std::string::npos) {
        b.push_back(bot::blocks::section("This message has no text to reframe (only attachments or blocks)."));
        bot::Reply r = bot::Reply::ack();
        r.then_call("views.open", json::object{{"trigger_id", i.trigger_id},
                                               {"view", bot::views::modal(reframe_modal_callback, "Reframe this",
                                                                          std::move(b), std::nullopt, "Close")}});
        return r;
    }
    bool cut = false;
    if (bot::blocks::char_count(text) > max_draft_chars) {
        text = bot::blocks::truncate(text, max_draft_chars);
        cut = true;
    }
    auto const analysis = detector::analyze(text);
    // Someone else's message is theirs: the advice answers it in the user's voice, never rewrites it.
    auto const advice =
        templates::advise(deps.templates, analysis, text, own ? templates::Author::self : templates::Author::other);

    b.push_back(bot::blocks::context(own ? "Your message, and how to make it land:"
                                         : (author.empty() ? std::string("Their message, and how to answer it:")
                                                           : "<@" + author + ">'s message, and how to answer it:")));
    if (cut)
        b.push_back(
            bot::blocks::context("Only the first " + std::to_string(max_draft_chars) + " characters were analysed."));
    for (auto& block : coaching_blocks(analysis, text, advice)) b.push_back(std::move(block));

    // The reply box starts from the first card meant to be sent (not a stop, a self-check or a log entry).
    std::string initial;
    for (auto const& card : advice.cards) {
        if (card.family == "stop" || card.family == "self-check" || card.family == "commitment" ||
            card.family == "tweak")
            continue;
        initial = card.text;
        break;
    }
    b.push_back(bot::blocks::divider());
    b.push_back(bot::views::text_input("reply", own ? "Rewrite to post in the thread" : "Reply to post in the thread",
                                       initial, "Edit before posting: fill in or delete the [brackets]", true, true));
    b.push_back(
        bot::blocks::context("Leave it empty and press *Post in thread* to just close. Pushback posts it as the app, "
                             "attributed to you."));

    std::string const channel_id = string_at(channel, "id");
    json::object metadata{{"c", channel_id}, {"t", thread_ts.empty() ? ts : thread_ts}};
    bot::Reply r = bot::Reply::ack();
    r.then_call("views.open", json::object{{"trigger_id", i.trigger_id},
                                           {"view", bot::views::modal(reframe_modal_callback, "Reframe this",
                                                                      std::move(b), std::string("Post in thread"),
                                                                      "Close", json::serialize(metadata))}});
    return r;
}

bot::Reply reframe_submitted(bot::Interaction const& i, Deps const& deps) {
    auto const reply = bot::views::input_value(i.payload, "reply", "reply_input");
    if (reply.find_first_not_of(" \n\t") == std::string::npos) return bot::Reply::ack();  // closes the modal
    if (has_prompt(reply)) {
        return bot::Reply::json(
            json::object{{"response_action", "errors"},
                         {"errors",
                          {{"reply",
                            "Fill in or delete the [bracketed] prompts before posting: they are for you, not "
                            "for the thread."}}}});
    }
    if (bot::blocks::char_count(reply) > 3000) {
        return bot::Reply::json(
            json::object{{"response_action", "errors"}, {"errors", {{"reply", "At most 3,000 characters."}}}});
    }
    boost::system::error_code ec;
    auto const metadata = json::parse(bot::views::private_metadata(i.payload), ec);
    std::string channel, thread_ts;
    if (!ec && metadata.is_object()) {
        channel = string_at(metadata.get_object(), "c");
        thread_ts = string_at(metadata.get_object(), "t");
    }
    if (channel.empty() || thread_ts.empty()) {
        return bot::Reply::json(json::object{
            {"response_action", "errors"},
            {"errors",
             {{"reply", "I lost track of which thread this belongs to. Close and run Reframe this again."}}}});
    }

    // Acknowledge with a "posting" view now; the post happens after, and its outcome replaces the view.
    auto const view_id = bot::views::view_id(i.payload);
    bot::Reply r = bot::Reply::json(
        json::object{{"response_action", "update"}, {"view", notice_view("Reframe this", ":hourglass: Posting…")}});
    json::object message{{"channel", channel},
                         {"thread_ts", thread_ts},
                         {"text", reply},
                         {"blocks", json::array{bot::blocks::section(bot::blocks::escape(reply)),
                                                bot::blocks::context("Posted by <@" + i.user_id + "> with Pushback")}}};
    r.then_run([&deps, view_id, message = std::move(message)] { return post_in_thread(message, view_id, deps); });
    return r;
}

}  // namespace pushback::handlers
