#pragma once
// What the coaching triage reads in the writer's own words beyond the detector's Analysis (red flags
// and illegitimate reasons are the detector's: detector/flags.cpp): the phrasings of a decision
// accepted ("per Dana's call ... but I'm in"), of a PM's add-on ask ("squeeze X in too? shouldn't be a big deal"), of a
// plain answer or a welcome. advice.cpp takes the union with the Analysis: a cue only ever adds a finding.

#include <optional>
#include <string_view>
#include <vector>

#include "detector/analysis.hpp"

namespace pushback::templates::detail {

struct TriageCues {
    bool commits = false;  // the writer accepts a decision ("I'm in", "I'll back it", "it's your call")
    bool recap = false;    // a 1:1 or meeting write-up, a decision log entry
    std::optional<detector::Pattern> pm_ask;  // a trust-destroying ask (seed 002)
    bool courtesy = false;                    // thanks, a welcome, an out-of-office note
    bool concern = false;                     // the writer voices a doubt or an objection
    bool answers_info = false;                // a plain answer to a quoted question asking for information
    bool status = false;                      // a report of where things stand
    bool way = false;                         // options, an alternative or a clear ask for a decision
    bool lists = false;  // the way laid out item by item ("1. remove the UI\n2. remove the APIs", "Option 3: ...")
    bool plan = false;   // the writer's own way said as a plan, an offer, a condition to yes or a choice (plans_way)
    bool asks = false;   // it ends on a question or a deadline for an answer
    bool plan_talk = false;  // the writer speaks of the plan as a thing ("the spec uses", "the plan has us")
    bool own_ask = false;    // the writer asks the PM for what only the PM gives: a decision, a review, people
    bool own_voice = false;  // the writer speaks as "I" of their own work or stance, not of a delivery promised
    bool blocked = false;    // ...and says what waits on it ("I can't start the parser until we pick")
    bool reopens = false;    // a decision cited and then questioned ("we decided X, but ...", "revisit")
    bool trade = false;      // an ask that offers a trade ("what would we push back to make room?", "even without")
    bool evidence = false;   // the writer's own finding ("we measured", "I counted", "I grep'd"): an engineer's case
    bool requests = false;   // a plain request for material ("could you send me the interview notes?")
    bool decides = false;    // a write-up that records a decision, an owner or an agreement, not only events
    bool holds = false;      // the writer's own "no" to a piece of work, with its reason (holds_back)
    bool orders = false;     // the writer's plan puts one piece of work before another for a dependency (orders_work)
    bool revisits = false;   // leads15: ...and the writer asks for the revisit now ("I'd like to revisit X")
    bool chooses = false;    // leads15: the writer puts a choice of their own work to the PM ("Should I do X or Y?")
    // recap9: an apology for the writer's own lapse, nothing else objected to (without_lapse)
    bool apologises = false;
    // The legitimate reason the wording points at, for choosing cards when the Analysis names none.
    std::optional<detector::Reason> reason;
};

// `quoted`: someone else's words inside `text`, which never count as the writer's.
TriageCues read_cues(std::string_view text, std::vector<detector::Range> const& quoted);

// The PM ask a piece of a draft makes on its own (a stop's rewrite, a quoted ask), without the rest of
// the cue lists.
std::optional<detector::Pattern> pm_ask_in(std::string_view piece);

// A delivery demanded as a statement ("Need this done by Monday", "We need it live by the end of the month", "put in
// some extra hours to hit the deadline"): a PM's ask with no question in it (persp9).
bool demands_in(std::string_view text);

// The PM ask in someone's quoted words ("> Can we get the export out by Friday instead of the 20th?"): the
// phrase cues, then the detector's constructions on the quoted words alone, free of their quote marks.
std::optional<detector::Pattern> quoted_ask(std::string_view quote);

// --- cards10 ---
// "I disagree with moving the webhooks to the shared queue, but I'll document it in the ADR": the writer's dissent,
// then only a promise to put it on record; no step aside, no decision accepted. `lowered`: the draft lower-cased.
bool puts_dissent_on_record(std::string_view lowered);
// --- end cards10 ---

}  // namespace pushback::templates::detail
