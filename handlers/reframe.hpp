#pragma once
// The "Reframe this" message shortcut: a modal with the coaching advice on any message. On someone
// else's message (typically a PM's ask) it speaks of the message as theirs and the cards are replies
// to it; on the user's own, rewrites. The user can edit the first reply and post it into the thread.

#include "bot/reply.hpp"
#include "bot/request.hpp"
#include "handlers/deps.hpp"

namespace pushback::handlers {

inline constexpr char const* reframe_callback = "reframe_this";
inline constexpr char const* reframe_modal_callback = "reframe_modal";

bot::Reply reframe_shortcut(bot::Interaction const& i, Deps const& deps);
bot::Reply reframe_submitted(bot::Interaction const& i, Deps const& deps);

}  // namespace pushback::handlers
