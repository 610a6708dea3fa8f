#pragma once
// The coaching advice for one message, the product's core: what the message is (triage), whose side
// it speaks from (perspective), what drove a stop (flags), the one thing to do next, and the cards to
// copy. Every surface (/pushback, "Reframe this", App Home, `pushback analyze --reframe`) renders
// exactly this; the choices follow the seeds (tests/data/coaching/ measures them).

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "detector/analysis.hpp"
#include "templates/library.hpp"

namespace pushback::templates {

// ready: send it (at most one tweak); rework: pushback that needs work; not_pushback: status, thanks,
// information; commitment: a decision accepted or a 1:1 summary, log it and do not reopen it; stop: a
// red flag or an illegitimate reason drives it, stop before sending.
enum class Triage : std::uint8_t { ready, rework, not_pushback, commitment, stop };

// own_draft: the writer's own message; reply_to_ask: an answer to someone's ask; ask: the message asks
// for something (a PM's "Can we do this faster?"), answered both ways when the author is unknown.
enum class Side : std::uint8_t { own_draft, reply_to_ask, ask };

// Who wrote the message, when the surface knows it: /pushback and the CLI do not (a PM's message may
// be pasted in); "Reframe this" does.
enum class Author : std::uint8_t { unknown, self, other };

struct Card {
    std::string family;  // "estimate", "stop-ladder", "trust-reply", ...
    std::string title;   // plain text, under 150 bytes; says whose voice when it matters
    std::string text;    // plain text to copy: no Slack markup, at most one [bracketed] prompt
};

// What "Log as commitment" is prefilled with (triage commitment); empty otherwise.
struct CommitmentDraft {
    std::string decision;
    std::string concern;
    std::string decision_maker;
    std::string revisit;  // cards11: when the draft says to check it again ("end of Q1", "in six weeks"), as said
};

struct Advice {
    Triage triage = Triage::rework;
    Side perspective = Side::own_draft;
    std::vector<std::string> flags;  // red flag ids and "illegitimate:<id>" that drove a stop
    std::string next_step;           // one line, plain text: what to do next
    std::vector<Card> cards;         // most useful first; none for not_pushback, at most one for ready/commitment
    CommitmentDraft commitment;
};

std::string_view id(Triage t);
std::string_view id(Side s);

// The advice for `text`, analysed as `a`. Pure and deterministic.
// The rules decide; the embedded learned combiner (templates/detail/triage_model.hpp) reviews their
// fall-back verdicts (rework, not-pushback).
Advice advise(Library const& lib, detector::Analysis const& a, std::string_view text, Author author = Author::unknown);

namespace detail {
struct TriageModel;
}
// The same with a given combiner; nullptr: the rules alone (cross-validation, templates/triage_learn.hpp).
Advice advise_with(Library const& lib, detector::Analysis const& a, std::string_view text, Author author,
                   detail::TriageModel const* model);

// The Analysis as the advice read it, for the readable form (`pushback analyze --reframe`), so the analysis
// lines agree with the cards below them: the reasons the cards answer are listed as legitimate reasons, and a
// proposal, a slice or an alternative the advice found in the draft ("Can we add the idempotency key first?")
// says "offers an alternative: yes"; the kind is the advice's (a stop is never "kind: status"), the red flags and
// illegitimate reasons are those the advice acted on, and a stop for an illegitimate reason lists no legitimate
// one. The Slack surfaces never show these lines.
detector::Analysis as_advised(detector::Analysis a, std::string_view text, Advice const& advice);

// The readable analysis of `pushback analyze --reframe`: the report of as_advised, headed by the triage ("READY TO
// SEND", "NEEDS WORK", "NOT PUSHBACK", "COMMITMENT", "STOP BEFORE SENDING") rather than the detector's
// VAGUE/SPECIFIC, whose score means nothing for a thank-you or a decision accepted.
std::string render_advised(detector::Analysis const& a, std::string_view text, Advice const& advice);

// The "advice" object of `pushback analyze --json --reframe`: {"triage", "perspective", "flags",
// "next_step", "cards": [{"family", "title", "text"}]}, one line.
std::string to_json(Advice const& advice);

}  // namespace pushback::templates
