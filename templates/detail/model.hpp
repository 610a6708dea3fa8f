#pragma once
// The loaded template set (Library::Impl) and the documented slot names: loader.cpp builds and
// validates it, reframer.cpp and library.cpp read it.

#include <algorithm>
#include <array>
#include <cstddef>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "detector/analysis.hpp"
#include "templates/detail/mustache.hpp"
#include "templates/library.hpp"

namespace pushback::templates::detail {

enum class SbiPart : std::uint8_t { situation, behavior, impact };

// A slot a text may use as {{name}}, with the most escaped bytes its value can take.
struct SlotSpec {
    std::string_view name;
    std::size_t max_size;
};

// Text slots of a reframing. Each is filled from the message or, when the message lacks it, with
// the bracketed prompt of the same name from the [prompts] table.
inline constexpr std::array<SlotSpec, 30> reframing_slots{{
    {"topic", 80},         // what the message is about, as written ("SSO")
    {"draft", 500},        // the message itself, quoted
    {"situation", 120},    // when/where: the first date or event it names, quoted
    {"behavior", 300},     // the observable action: the message's first sentence, quoted, when it has one
    {"impact", 240},       // what it costs: money, percentages, metrics or numbers it names, quoted
    {"estimate", 80},      // the first number or duration, quoted
    {"date", 80},          // the first date or event, quoted
    {"specifics", 300},    // every specific it names, quoted, "a, b and c"
    {"vague_words", 200},  // the vague words found, quoted
    // The draft's clauses (detector::Analysis::clauses), as written, without Slack markup; the advice
    // cards (templates/advice.cpp) fill them, the reframer leaves them to their prompts.
    {"object", 100},         // what the pushback is about, a whole noun phrase
    {"plan_number", 60},     // the plan's figure
    {"own_number", 60},      // the writer's figure
    {"deadline", 80},        // the date or event the work is due by
    {"consequence", 240},    // the impact clause
    {"alternative", 240},    // the counter-proposal clause
    {"ask", 200},            // what the writer asks for
    {"hedge", 120},          // the opening hedge to drop ("I might be wrong, but"), quoted
    {"decided", 300},        // a commitment's decision
    {"concern", 300},        // a commitment's concern, kept on record
    {"decision_maker", 80},  // who made the call
    {"because", 160},        // why the writer's number is what it is ("the indexer has to be rewritten first")
    {"overstatement", 60},   // the writer's own label for the plan ("a mess", "a disaster"), quoted
    {"size_claim", 20},      // the size someone's ask claims for the work ("quick", "easy"), answered in the reply
    {"likened", 60},         // what someone's ask likens the work to ("caching" in "it's basically caching")
    {"claimed_time", 40},    // the time an ask says the work took elsewhere ("6 weeks" at the last company)
    {"replaced", 120},       // the plan a counter-proposal replaces ("adding Elasticsearch" after "instead of")
    {"revisit", 80},         // cards11: when a commitment says to check it again ("end of Q1", "in six weeks")
    {"goal", 160},           // cards11: the goal the draft names ("fewer machines sitting idle")
    {"stake", 160},          // cards12: what an add-on ask rests on ("Marketing already announced it")
    {"around", 40},          // r26: the person a skip goes around ("Jenna" in "a whole thing with Jenna")
}};

template <std::size_t N>
constexpr std::array<std::string_view, N> names_of(std::array<SlotSpec, N> const& specs) {
    std::array<std::string_view, N> out{};
    for (std::size_t i = 0; i < N; ++i) out[i] = specs[i].name;
    return out;
}
inline constexpr auto reframing_slot_names = names_of(reframing_slots);

// Flags a reframing may test with {{#flag}}...{{/flag}} or {{^flag}}...{{/flag}}.
// situation_is_date: the situation is a day or date only ("Friday"), so "On" reads better than "In".
// object_is_plan (cards9): the object is itself the plan ("the launch plan", "the permit portal spec"), so a card says
// "the launch plan accounts for", never "the plan for the launch plan".
inline constexpr std::array<std::string_view, 38> reframing_flags{
    "has_topic",      "has_draft",         "has_situation",      "has_behavior",    "has_impact",
    "has_estimate",   "has_date",          "has_specifics",      "has_vague_words", "own_draft",
    "reply_to_other", "situation_is_date", "has_object",         "has_plan_number", "has_own_number",
    "has_deadline",   "has_consequence",   "has_alternative",    "has_ask",         "has_hedge",
    "has_decided",    "has_concern",       "has_decision_maker", "has_because",     "has_overstatement",
    "has_size_claim", "has_likened",       "has_claimed_time",   "has_replaced",    "object_is_plan",
    "has_revisit",    "has_goal",  // cards11
    "has_stake",                   // cards12
    "wish_vague",                  // leads15: the draft's only way is a hedged vague wish ("maybe slow down a bit")
    "doubt_only",                  // leads16: the draft voices a doubt and refuses nothing ("not sure about X")
    "has_around",                  // r26
    "time_unsure",                 // r32: a vague draft that names no date: the date-or-depth card doubts, not claims
    "concern_theirs",              // r32: the dissent logged is a colleague's ("Li preferred switching now")
};

// Slots and flags of the followup-summary guide.
inline constexpr std::array<SlotSpec, 5> followup_slots{{
    {"with_whom", 100},
    {"raised", 600},
    {"options", 600},
    {"decision", 400},
    {"next_steps", 400},
}};
inline constexpr std::array<std::string_view, 5> followup_flags{"has_with_whom", "has_raised", "has_options",
                                                                "has_decision", "has_next_steps"};

// Guides every complete set must have.
inline constexpr std::array<std::string_view, 4> guide_ids{"escalation-ladder", "decision-checklist", "help",
                                                           "followup-summary"};

inline constexpr std::size_t max_prompt_size = 160;
inline constexpr std::size_t max_why_size = 300;
inline constexpr int max_priority = 1000;

struct Conditions {
    std::vector<detector::Reason> reasons;
    std::vector<detector::Pattern> patterns;
    std::vector<SbiPart> missing;
    std::vector<detector::Mood> kinds;
    std::optional<Perspective> perspective;  // nullopt: any
    std::optional<bool> vague;
    std::optional<bool> offers_alternative;

    bool unconditional() const {
        return reasons.empty() && patterns.empty() && missing.empty() && kinds.empty() && !vague && !offers_alternative;
    }
};

struct Template {
    std::string id;
    std::string family;
    std::string title;
    std::string why;
    std::string text;
    CompiledText compiled;  // `text`, against reframing_slot_names and reframing_flags
    int priority = 0;
    bool ammunition = false;  // arguments for the case: never offered when the only reasons are illegitimate
    bool card = false;        // an advice card (templates/advice.cpp picks it by id); the reframer skips it
    Conditions when;
    std::string file;
};

struct Guide {
    std::string id;
    std::string text;
    std::string file;
};

// The slot values and flags of one message, indexed like reframing_slot_names and reframing_flags.
struct ReframingSlots {
    std::array<std::string, reframing_slots.size()> values;
    std::array<bool, reframing_flags.size()> flags{};
};

constexpr std::size_t slot_index(std::string_view name) {
    return static_cast<std::size_t>(std::find(reframing_slot_names.begin(), reframing_slot_names.end(), name) -
                                    reframing_slot_names.begin());
}

constexpr std::size_t flag_index(std::string_view name) {
    return static_cast<std::size_t>(std::find(reframing_flags.begin(), reframing_flags.end(), name) -
                                    reframing_flags.begin());
}

}  // namespace pushback::templates::detail

namespace pushback::templates {

struct Library::Impl {
    std::map<std::string, detail::Template, std::less<>> templates;
    std::map<std::string, detail::Guide, std::less<>> guides;
    std::map<std::string, std::string, std::less<>> prompts;
    // Guides rendered once at load, Slack-escaped.
    std::string ladder;
    std::string checklist;
    std::string help;
};

namespace detail {
// The slots of every reframing template for one message (reframer.cpp): filled from the message or,
// where it lacks something, the bracketed prompt, so no slot is ever empty.
ReframingSlots reframing_slots_for(Library::Impl const& impl, detector::Analysis const& a, std::string_view text,
                                   Perspective perspective);
// Sets one slot: `value` when not empty (and has_<slot>), else the slot's prompt.
void set_slot(ReframingSlots& s, Library::Impl const& impl, std::string_view name, std::string value);
// One template rendered with `slots`, tidied and within the size limits.
Reframing fill(Template const& t, ReframingSlots const& slots);
}  // namespace detail

}  // namespace pushback::templates
