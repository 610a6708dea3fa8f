// The decision card a channel sees: seed 002's decision-log format plus the concerns on record and who
// logged it, kept in step with the entry by chat.update.
#include <array>
#include <boost/json.hpp>
#include <charconv>
#include <cstdio>

#include "bot/blocks.hpp"
#include "handlers/decisions/decisions.hpp"

namespace pushback::handlers::decisions {
namespace json = boost::json;
using storage::Commitment;

std::string date_of(storage::Seconds t) {
    std::chrono::year_month_day const ymd{std::chrono::floor<std::chrono::days>(t)};
    std::array<char, 16> buf{};
    std::snprintf(buf.data(), buf.size(), "%04d-%02u-%02u", static_cast<int>(ymd.year()),
                  static_cast<unsigned>(ymd.month()), static_cast<unsigned>(ymd.day()));
    return buf.data();
}

std::optional<storage::Id> parse_entry_id(std::string_view s) {
    if (s.starts_with('#')) s.remove_prefix(1);
    storage::Id id = 0;
    auto const [end, ec] = std::from_chars(s.data(), s.data() + s.size(), id);
    if (ec != std::errc{} || end != s.data() + s.size() || id <= 0) return std::nullopt;
    return id;
}

bool is_shareable_channel(std::string_view channel_id) {
    return channel_id.size() >= 2 && channel_id.size() <= 64 && (channel_id[0] == 'C' || channel_id[0] == 'G');
}

namespace {

std::string field(char const* label, std::string const& value, std::size_t max = 600) {
    if (value.empty()) return {};
    return std::string("\n*") + label + ":* " + bot::blocks::escape(bot::blocks::truncate(value, max));
}

std::string status_line(Commitment const& c) {
    std::string s;
    switch (c.status) {
        case storage::CommitmentStatus::committed:
            s = ":handshake: Committed";
            break;
        case storage::CommitmentStatus::revisit:
            s = ":arrows_counterclockwise: To revisit";
            break;
        case storage::CommitmentStatus::done:
            s = ":white_check_mark: Done";
            break;
    }
    if (c.outcome == storage::Outcome::came_true)
        s += " · :warning: the concern came true (" + date_of(*c.outcome_at) + ")";
    else if (c.outcome == storage::Outcome::held)
        s += " · :white_check_mark: the decision held (" + date_of(*c.outcome_at) + ")";
    else if (c.revisit_at && !c.concerns.empty())
        s += " · revisit on " + date_of(*c.revisit_at);
    return s;
}

}  // namespace

json::object card_message(Commitment const& c) {
    auto const who = "<@" + c.owner.user_id + ">";
    auto const number = "#" + std::to_string(c.id);
    json::array b;
    if (c.share_state == storage::ShareState::withdrawn) {
        b.push_back(bot::blocks::section(":no_entry_sign: *Withdrawn: decision " + number + "*\n~" +
                                         bot::blocks::escape(bot::blocks::truncate(c.decision, 500)) + "~"));
        b.push_back(bot::blocks::context(who + " un-shared this entry; it is no longer in this channel's decision "
                                               "log (`/pushback decisions`)."));
        return {{"text", "Withdrawn: decision " + number}, {"blocks", std::move(b)}};
    }
    b.push_back(bot::blocks::header(bot::blocks::truncate("Decision " + number + ": " + c.decision, 140)));
    std::string body = "*Date:* " + date_of(c.created_at) + field("Decision", c.decision, 1000) +
                       field("Context", c.context) + field("Alternatives considered", c.alternatives) +
                       field("Trade-offs", c.trade_offs) + field("Decision maker", c.decision_maker, 200) +
                       field("Concerns on record", c.concerns);
    b.push_back(bot::blocks::section(bot::blocks::truncate(body, 2900)));
    b.push_back(bot::blocks::context("Logged by " + who + " · " + status_line(c) +
                                     " · `/pushback decisions` lists this channel's decision log"));
    return {{"text", bot::blocks::truncate("Decision " + number + ": " + c.decision, 300)}, {"blocks", std::move(b)}};
}

void sync_card(bot::Reply& reply, Commitment const& c) {
    if (c.share_state == storage::ShareState::none || c.share_channel.empty() || c.share_ts.empty()) return;
    auto body = card_message(c);
    body["channel"] = c.share_channel;
    body["ts"] = c.share_ts;
    reply.then_call("chat.update", std::move(body));
}

}  // namespace pushback::handlers::decisions
