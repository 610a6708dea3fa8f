#pragma once
// How the advice reads a draft before it triages it (templates/advice_reading.cpp): whose side it speaks
// from, the Analysis with the triage cues added, and the writer's own point about the plan for the one
// rewrite a stop may offer.

#include <optional>
#include <string>
#include <string_view>

#include "detector/analysis.hpp"
#include "templates/advice.hpp"
#include "templates/detail/triage_cues.hpp"

namespace pushback::templates::detail {

// The first line of a thread pasted with its speakers ("PM: can we demo it Tuesday?\nme: ..."), someone else's
// words as much as a "> " quote is; nullopt unless a later line is the writer's ("me:").
std::optional<detector::Range> speaker_quote(std::string_view text);

// Whether the draft opens with someone else's words ("> Can we …?", Re: "…", "Sam asked: …").
bool quotes_first(detector::Analysis const& a, std::string_view text);

// own-draft, reply-to-ask or ask.
Side side_of(detector::Analysis const& a, std::string_view text, TriageCues const& cues);

// The Analysis with the triage cues added: a cue only ever adds a finding the detector missed.
detector::Analysis with_cues(detector::Analysis a, TriageCues const& cues);

// The writer's point about the plan, free of what made it a stop; empty when no piece of the draft makes it.
std::string idea_of(detector::Analysis const& a, std::string_view text);

}  // namespace pushback::templates::detail
