#pragma once
// What the vague-vs-specific detector tells about one message. Pure data: the detector fills it,
// the templates and handlers read it. Offsets are byte offsets into the analysed UTF-8 text.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace pushback::detector {

enum class VagueCategory : std::uint8_t {
    hedge,
    vague_time,
    vague_quantity,
    vague_scope,
    intensifier,
    weasel,
    hyperbole,
    unexplained_pressure,
};

// `name`: a named system, team, vendor or identifier ("Procurement", "UTC", "Object.merge").
enum class SpecificKind : std::uint8_t { number, date, event, metric, money, percent, person, link, name };

// The seeds' taxonomy of reasons to push back. The first seven are legitimate.
enum class Reason : std::uint8_t {
    estimate,
    misaligned_approach,
    ignored_constraint,
    underweighted_risk,
    user_need,
    better_alternative,
    scope_timeline,
    new_framework,
    aesthetic,
    territorial,
    my_way,
    attachment,
};

// PM asks that destroy trust (seed 002).
enum class Pattern : std::uint8_t { faster_please, why_so_long, last_company, simple_version, one_more_thing };

// The grammatical mood of the message's main sentence (templates' `kinds` condition reads it).
enum class Mood : std::uint8_t { question, request, commitment, statement };

// What the message is, for the coaching's triage (tests/data/real/GUIDE.md defines each):
// pushback (an objection or concern), reply_to_ask (an answer to someone's ask), ask (the message itself
// asks for something), commitment (disagree-and-commit, a decision accepted), summary (a 1:1 or meeting
// write-up), status, thanks, other.
enum class MessageKind : std::uint8_t { pushback, reply_to_ask, ask, commitment, summary, status, thanks, other };

// What burns the relationship whatever the wording of the rest.
enum class RedFlag : std::uint8_t {
    person_directed,  // about the person, not the proposal ("you clearly don't understand")
    skips_ladder,     // going around or over someone before the 1:1 ("going over Sam's head")
    broadcast,        // a disagreement sent to @here / @channel / a large audience
    sarcasm,          // unambiguous sarcasm
};
inline constexpr unsigned red_flag_count = 4;

struct Range {
    std::uint32_t start = 0;
    std::uint32_t end = 0;
    bool empty() const { return end <= start; }
    std::string_view in(std::string_view text) const { return text.substr(start, end - start); }
};

struct Span {
    Range range;
    VagueCategory category;
};

struct Specific {
    Range range;
    SpecificKind kind;
};

// The writer's words that carry a red flag or an illegitimate reason: every flag and reason the
// analysis reports points at at least one (exactly one of `flag` and `reason` is set).
struct Evidence {
    Range range;
    std::optional<RedFlag> flag;
    std::optional<Reason> reason;
};

struct Sbi {
    bool situation = false;  // when/where
    bool behavior = false;   // an observable action or fact
    bool impact = false;     // a concrete consequence
};

struct Analysis {
    bool vague = false;
    double score = 0.0;  // in [0, 1]; higher is vaguer
    std::vector<Span> spans;
    std::vector<Specific> specifics;
    Sbi sbi;
    std::vector<Reason> legitimate;
    std::vector<Reason> illegitimate;
    std::vector<Pattern> patterns;
    bool offers_alternative = false;
    Mood mood = Mood::statement;
    MessageKind kind = MessageKind::pushback;
    std::vector<RedFlag> red_flags;
    // Why each red flag and each illegitimate reason was found (flags.cpp).
    std::vector<Evidence> evidence;
    // Someone else's words inside the draft (Re: "…", quotation marks, `>` lines, "X asked: …"): not the
    // writer's vagueness and not the writer's patterns.
    std::vector<Range> quoted;
    // The pieces a rewrite needs; absent when not in the draft, never a Slack mention or link.
    struct Clauses {
        std::optional<Range> object;       // what the pushback is about: a whole noun phrase
        std::optional<Range> plan_number;  // the plan's figure ("the PRD says 1 sprint")
        std::optional<Range> own_number;   // the writer's figure ("I think 3")
        std::optional<Range> deadline;     // the date or event the work is due by
        std::optional<Range> impact;       // the consequence clause
        std::optional<Range> alternative;  // the counter-proposal clause
        std::optional<Range> ask;          // what the writer asks for
    } clauses;
    // The thing the message is about ("SSO", "the export feature"), when one can be found.
    std::optional<Range> topic;
    // Which part decided: the learned kind model (detector/model/kind.tsv) and, where the rules'
    // evidence was close to their bar, the vague model (vague.tsv). `kind_cues` names the features
    // that pushed the model's kind most ("rule:ask", "w:eta", "lex:thanks.txt"); the views point into
    // the model, which lives as long as the process.
    bool kind_by_model = false;
    bool vague_by_model = false;
    std::vector<std::string_view> kind_cues;
    // Flag hints (hints.cpp): the words a red flag or an illegitimate reason is made of, in the writer's own
    // words, whether or not the construction around them was found. Not findings: nothing is reported from
    // them; the coaching's learned combiner may stop a draft only when it hints at some flag.
    std::uint16_t flag_hints = 0;
    bool hinted(RedFlag f) const;
    bool hinted(Reason r) const;  // false for a legitimate reason
    // Sarcasm hinted by a turn that can't be meant (a wink, "ah yes", "surely that'll fix it"), not by praise alone.
    bool turned() const;
    // sarcasm14: whether the sarcasm found came from the round-fourteen sarcasm constructions alone (flags.cpp
    // s14_sarcasm_alone), and this analysis as it was before they found it: no red flag, no sarcasm evidence, and the
    // sarcasm hint only where the words gave it. templates/advice.cpp asks the combiner of that one which flag it would
    // have stopped the draft for.
    bool sarcasm_alone() const;
    Analysis before_sarcasm_alone() const;
    // --- judge13: the learned reading of whether a sentence judges a person or mocks (detector/judge.cpp) ---
    // The most judging and the most mocking of the writer's own sentences, as the judge model's probabilities
    // (detector/model/judge.tsv); -1 when no judge model is loaded (the default: rules only).
    float judged = -1.0F;
    float mocked = -1.0F;
    // --- judge13: end ---
};

// Analyses one message. Pure: no I/O, safe to call from any thread, deterministic.
Analysis analyze(std::string_view text);
// The same, knowing the message before it in its thread (someone else's: the parent of a Slack thread
// reply, the comment it answers). Whether that message asks something is read by the rules, and an
// answer to a question reads as one: `kind` leans to `reply-to-ask` when `previous` asks.
Analysis analyze(std::string_view text, std::string_view previous);

// Stable ids used in JSON, templates and tests ("vague-time", "faster-please", "scope-timeline").
std::string_view id(VagueCategory c);
std::string_view id(SpecificKind k);
std::string_view id(Reason r);
std::string_view id(Pattern p);
std::string_view id(Mood m);
std::string_view id(MessageKind k);
std::string_view id(RedFlag f);
bool is_legitimate(Reason r);

// Parses an id back; nullopt for an unknown one (templates validate their conditions with these).
std::optional<VagueCategory> vague_category_from_id(std::string_view s);
std::optional<Reason> reason_from_id(std::string_view s);
std::optional<Pattern> pattern_from_id(std::string_view s);
std::optional<Mood> mood_from_id(std::string_view s);
std::optional<MessageKind> message_kind_from_id(std::string_view s);
std::optional<RedFlag> red_flag_from_id(std::string_view s);

// The JSON object documented in the README (`pushback analyze --json`). `text` is the analysed input.
std::string to_json(Analysis const& a, std::string_view text);

}  // namespace pushback::detector
