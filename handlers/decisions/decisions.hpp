#pragma once
// Decisions on the record: a channel's shared decision log and the revisit loop for concerns.
//
// Sharing posts an entry's decision card to the channel a signed request came from (`/pushback share <id>`,
// or the "Share in #channel" box of the Log-as-commitment modal) and keeps it in sync (chat.update) when the
// entry is edited, closed, revisited or un-shared (`/pushback unshare <id>`: the card stays, marked
// withdrawn). `/pushback decisions [words | id | export [fmt]]` reads the log of the channel it is run in:
// the signed channel_id is the only key, so an id shared elsewhere reads exactly like a missing one.
//
// The revisit loop: an entry with concerns gets a revisit date; the reminder scheduler DMs the author then
// (kind revisit) with It came true / It went fine / Snooze a week; the outcome is kept and the author's
// track record shown in `/pushback log` and App Home.
//
// Files: card.cpp (the card and its sync), share.cpp (share, unshare, the after-ack posting),
// channel_log.cpp (`/pushback decisions`), revisit.cpp (scheduling, the DM and its buttons), files.cpp
// (exports uploaded as files).

#include <boost/asio/awaitable.hpp>
#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <string_view>

#include "bot/reply.hpp"
#include "bot/request.hpp"
#include "handlers/deps.hpp"
#include "storage/types.hpp"

namespace pushback::handlers::decisions {

inline constexpr char const* action_came_true = "revisit_came_true";
inline constexpr char const* action_went_fine = "revisit_went_fine";
inline constexpr char const* action_snooze_week = "revisit_snooze_week";
inline constexpr auto default_revisit_after = std::chrono::days{28};

// ---- the card ----
// chat.postMessage / chat.update body (without channel and ts) for the entry's card in its channel:
// date, decision, context, alternatives, trade-offs, decision maker, concerns on record, who logged it,
// status, revisit date and outcome; a withdrawn entry's card says so instead.
boost::json::object card_message(storage::Commitment const& c);
// After the ack, a chat.update that brings the entry's channel card in line with `c` (nothing if it was
// never shared).
void sync_card(bot::Reply& reply, storage::Commitment const& c);

// ---- sharing ----
bot::Reply share_command(bot::SlashCommand const& c, std::string_view args, Deps const& deps);
bot::Reply unshare_command(bot::SlashCommand const& c, std::string_view args, Deps const& deps);
// Where a share's result is told: the command's response_url, or (from a modal) a DM to the user.
struct Notify {
    std::string user_id;
    std::string response_url;  // empty: DM
};
// Posts the entry's card to `channel` and records it; tells the user how it went (or how to invite the bot
// to a private channel). `deps` outlives the coroutine.
boost::asio::awaitable<void> post_card(Deps const& deps, storage::Owner owner, storage::Id id, std::string channel,
                                       Notify notify);
// Whether a channel id can take a card (a public or private channel, not a DM).
bool is_shareable_channel(std::string_view channel_id);

// ---- the channel's log ----
bot::Reply decisions_command(bot::SlashCommand const& c, std::string_view args, Deps const& deps);

// ---- the revisit loop ----
// Schedules the entry's revisit at 09:00 on `day` (YYYY-MM-DD) in the user's cached zone (UTC if unknown).
// `enterprise_id`: the request's Enterprise Grid org ("" outside Grid), kept with the reminder so its DM may
// go out with the org-wide installation.
storage::Result<storage::Reminder> schedule_revisit_on(storage::Owner const& owner, storage::Id id,
                                                       std::string_view day, std::string_view enterprise_id,
                                                       Deps const& deps);
// The same at an instant already resolved (`/pushback commit … revisit <when>`).
storage::Result<storage::Reminder> schedule_revisit_at(storage::Owner const& owner, storage::Id id,
                                                       storage::Seconds when, std::string const& tz,
                                                       std::string_view enterprise_id, Deps const& deps);
// The date a revisit defaults to (4 weeks from now), as YYYY-MM-DD.
std::string default_revisit_date(Deps const& deps);
// The revisit DM (chat.postMessage body without `channel`): the decision, the concern as recorded and the
// three buttons (value: the reminder id). `entry` is null when the entry is gone.
boost::json::object revisit_message(storage::Reminder const& r, storage::Commitment const* entry);
bot::Reply revisit_came_true(bot::Interaction const& i, Deps const& deps);
bot::Reply revisit_went_fine(bot::Interaction const& i, Deps const& deps);
bot::Reply revisit_snooze_week(bot::Interaction const& i, Deps const& deps);
// "Concerns that came true: 3 of 7 this year", or "" when nothing was revisited this year.
std::string track_record_line(storage::Owner const& owner, Deps const& deps);

// ---- exports as files (files.cpp) ----
// `/pushback export [md|csv|json]`: the author's whole log, uploaded as a file to their DM with the bot
// (files.getUploadURLExternal, the upload, files.completeUploadExternal). An unknown format is answered
// with the list of formats.
bot::Reply export_log(bot::SlashCommand const& c, std::string_view args, Deps const& deps);
// `/pushback decisions export [fmt]`: the channel's shared log, the same way (to the asking user's DM).
bot::Reply export_channel_log(bot::SlashCommand const& c, std::string_view args, Deps const& deps);

// ---- shared readers ----
std::string date_of(storage::Seconds t);                        // YYYY-MM-DD (UTC)
std::optional<storage::Id> parse_entry_id(std::string_view s);  // "12" or "#12"

}  // namespace pushback::handlers::decisions
