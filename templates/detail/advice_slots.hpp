#pragma once
// The clause slots of the advice cards (object, numbers, deadline, consequence, alternative, ask,
// hedge, and a commitment's decision, concern and decision maker), taken from the draft as written
// and cleaned of Slack markup. advice_slots.cpp fills them; advice.cpp reads them.

#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "detector/analysis.hpp"
#include "templates/detail/model.hpp"

namespace pushback::templates::detail {

// "a rough estimate", "an ETA", "a date": an answer asked for, never the work a card is about.
bool names_the_answer(std::string_view object);
// r20: "the onboarding flow more engaging" -> "the onboarding flow": the thing an ask would make so, without the
// quality it asks for.
std::string without_quality(std::string o);

// A piece of the draft fit to sit inside a rewrite: no mention, link, channel, emoji, list numeral or
// bold/strike/code mark, one line, without trailing punctuation. Empty when nothing readable is left,
// when it is longer than `budget` bytes (a cut clause reads broken), or when it lies in someone else's
// quoted words.
std::string clause_text(std::string_view text, detector::Range r, std::vector<detector::Range> const& quoted,
                        std::size_t budget);

// `text` without Slack markup (as clause_text, over the whole text, keeping line breaks out).
std::string plain_words(std::string_view text);

// Whether `r` overlaps someone else's quoted words.
bool inside(detector::Range r, std::vector<detector::Range> const& quoted);
// "The migration will ..." inside a card reads "the migration will ...": an opening article or determiner is
// lower-cased; a name ("Stripe", "SSO") never is.
void lower_article(std::string& s);
// `s` lower-cased (ASCII).
std::string lower(std::string_view s);
// The sentence of `text` around byte `at`.
detector::Range sentence_around(std::string_view text, std::size_t at);

// The writer's own proposal when the detector found no alternative: "Can we gate it behind a flag for the
// first week?" gives "gate it behind a flag for the first week"; "Can we talk?" gives nothing.
std::string proposal_in(std::string_view text, detector::Analysis const& a);

// What the writer says must come first or instead, for the cards (`lowered`: `text` lower-cased): "so we need to fix
// the slow query first" gives "fix the slow query first"; empty when the draft says no such step.
std::string first_step_in(std::string_view text, std::string_view lowered, detector::Analysis const& a);

// cards9: "Can we rethink X?" asks to reconsider the plan and proposes nothing ("rethink X" is not a proposal).
bool reconsiders_only(std::string_view proposal);
// cards9: the writer's alternative set above the plan's by a comparison: "A checklist before upload would do more for
// that than chat" gives "a checklist before upload"; empty when none.
std::string compared_alternative(std::string_view text, detector::Analysis const& a);

// The constraint a draft says the plan misses: "This ignores the data residency requirement for EU
// customers" gives "the data residency requirement for EU customers".
std::string missed_constraint(std::string_view text, detector::Analysis const& a);
// The team's capacity said as a clause of its own ("the team is already stretched", "we're short two people").
std::string capacity_constraint(std::string_view text, detector::Analysis const& a);

// The fact that breaks the plan's assumption: "The design assumes we can send SMS to German numbers, but our
// account is not approved for DE sender IDs" gives "our account is not approved for DE sender IDs".
std::string broken_assumption(std::string_view text, detector::Analysis const& a);

// What a question doubting the plan's premise is about: "Do we actually know that admins want bulk delete?" gives
// "bulk delete"; empty when the question names nothing ("Do we need this?").
std::string premise_object(std::string_view text, detector::Analysis const& a);

// The thinner slice a draft offers in the writer's words: "Tuesday is possible for the layout only" gives "the
// layout"; "we could ship just the card payments" gives "the card payments"; empty when none.
std::string slice_in(std::string_view text, detector::Analysis const& a);

// The cause a draft names for the problem: "search is slow because the index is rebuilt on every deploy" gives the
// clause; "they happen because the query scans every row" gives "the query scans every row". Empty when none.
std::string cause_clause(std::string_view text, detector::Analysis const& a);

// What a draft says won't fix the problem: "Caching the feed won't fix the timeouts" gives "caching the feed".
std::string fix_subject(std::string_view text, detector::Analysis const& a);

// A risk the draft states as a modal and a verb of harm, in the writer's words without their feeling about it:
// "I'm worried the migration will lock the orders table for minutes" gives "the migration will lock the orders
// table for minutes"; "her retry design will double-charge customers" gives "the retry design will ...".
// `spoken`: contractions too ("we'll overcharge people"), for the cards; the triage reads the written forms.
std::string risk_clause(std::string_view text, detector::Analysis const& a, bool spoken = false);

// The facts behind a stop's jab, said of the plan, without the jab, the sarcasm or the person: "Love how the
// requirements changed for the third time this week. Super organized." gives "the requirements have changed three
// times this week", "since he keeps ignoring the review comments" gives "the review comments are still unanswered",
// "Thanks so much for adding four features the day before code freeze" gives "four features were added the day
// before code freeze"; empty when the draft states none. `lowered`: `text` lower-cased.
std::string jab_facts(std::string_view text, std::string_view lowered);

// A stop's point said of the plan, not of a person: "Her plan ignores the tax rules" gives "the plan ignores the tax
// rules"; a point with a person in it ("he writes tickets like ...", "explain him the basics") gives nothing.
std::string of_the_plan(std::string point);

// The plan a draft names, for the one rewrite a stop may offer: "he wouldn't propose storing sessions in the JWT"
// gives "storing sessions in the JWT", "let's rewrite the whole auth layer in two weeks" gives "the plan to rewrite
// the whole auth layer in two weeks", "escalate the Q4 roadmap to the VP" gives "the Q4 roadmap"; empty when none.
// `lowered`: `text` lower-cased; `mocked`: a sarcastic draft, whose "let's X" is the plan it mocks.
std::string plan_named(std::string_view text, std::string_view lowered, detector::Analysis const& a, bool mocked);

// --- cards10 ---
// The plan a stop's verdict judges, said of the plan: "his routing spec for the food trucks is a joke" gives "the
// routing spec for the food trucks"; a possessive (his, her, their, a name's) opens it, a plan's noun heads it, and a
// verb of judging follows. Empty when the draft judges no plan ("his attitude is a joke").
std::string plan_judged(std::string_view text, std::string_view lowered);
// "Riders will hate it", "customers won't use this": a guess at how the people who use the product will take it,
// said without anything seen. `lowered`: the draft lower-cased.
bool predicts_user_reaction(std::string_view lowered);
// "The recalculation itself is a day": the writer grants that the thing asked about is small; the hard part is
// elsewhere. `low`: a piece of the draft lower-cased.
bool concedes_size(std::string_view low);
// "I'd lock the rate at signature and add an amend flow later": the writer's own step in the conditional, opening its
// sentence, as what the cards propose; not a wish, a view or talk ("I'd like", "I'd say", "I'd have kept"). Empty when
// none.
std::string own_step_offered(std::string_view text, detector::Analysis const& a);
// "nothing stops a rate from changing on a signed contract": a harm the plan leaves unguarded, said as nothing
// stopping it; `risk` itself when it is not empty, else that clause, else empty.
std::string or_unguarded(std::string risk, std::string_view text, detector::Analysis const& a);
// --- end cards10 ---

// --- cards11 ---
// The plan a stop points at with a demonstrative: "Tomas didn't think this rollout plan for the water meter firmware
// through" gives "the rollout plan for the water meter firmware"; "this", "that", "these" or "those" opens it, a plan's
// noun heads it (or heads its "for"/"of" complement's owner), and it ends before a particle, a verb or a clause break.
// Empty when none ("this week", "this is a joke").
std::string plan_pointed(std::string_view text, std::string_view lowered);
// "Ravi's plan to move the reminder texts ...", "her migration design", "the platform team's rollout": a plan owned by
// a third party (a name's, his, her, their, a team's possessive before a plan's noun), not the writer's work or the
// reader's ("my", "our", "your"). `lowered`: the draft lower-cased.
bool others_plan(std::string_view text, std::string_view lowered);
// What holds the date an ask wants, said as a fact in a sentence of its own: "The box office already printed flyers
// announcing it", "Marketing already booked the launch post for that week", "because the trade show opens on the
// 9th": a sentence (not a question, not a demand, not a size claim) with "already", a "because"/"since" opening, or a
// verb of commitment to others (promised, announced, booked, printed, scheduled, told, signed, advertised). Empty when
// none.
std::string ask_stake(std::string_view text, detector::Analysis const& a);
// Where a risk clause starts once the condition that opens its sentence is kept: in "If the vendor rate-limits us,
// patients will miss appointments" the clause at `b` ("patients will ...") starts at the "If". `b` itself when no
// "if", "when", "once" or "unless" clause opens the sentence before it.
std::size_t with_its_condition(std::string_view text, std::size_t b);
// "If the consumer lags, ...", "It will brick meters in the cold": an opening condition or "it" reads in lower case
// after a card's colon ("if the consumer lags, ...", "it will brick ...").
void lower_condition11(std::string& what);
// "the goal in the brief is fewer machines sitting idle", "our aim is fewer missed pickups": the goal the draft names
// (a "the"/"our" goal, aim, objective or point, its "is", and what follows to the clause end); empty when none.
std::string goal_named(std::string_view text, std::vector<detector::Range> const& quoted);
// --- end cards11 ---

// The size a draft denies: "That's not a two-day job" gives "two days"; empty when none.
std::string denied_size(std::string_view text, detector::Analysis const& a);

// Whether a card's object is a removal the writer pushes back on ("dropping the audit log from the MVP"), as
// fill_clause_slots reads it: what it costs is the answer, not the date-or-depth options or a risk to carry.
bool removal_object(std::string_view object);

// What someone's ask is about: "Why does the settings page need two sprints?" gives "the settings page".
std::string asked_object(std::string_view ask);

// What an ask likens the work to, to size it down: "It's basically caching" gives "caching", "just a dropdown" gives
// "a dropdown"; empty when none. Words inside `quoted` are someone else's and skipped.
std::string likened_to(std::string_view text, std::vector<detector::Range> const& quoted);

// The date or event an ask wants the work for, in its own words: "Would love it for the 4.2 release" gives "the 4.2
// release"; empty when none.
std::string wanted_by(std::string_view text, detector::Analysis const& a);

// The thing an add-on asks for: "can you also add bulk edit?" gives "bulk edit", "Players keep asking for a rematch
// button. ... tack it on?" gives "a rematch button"; empty when none.
std::string added_in(std::string_view ask);

// The work an ask says was done elsewhere and how long it took: "At my previous company we shipped open banking APIs
// in 6 weeks" gives {"open banking APIs", "6 weeks"}; either is empty when the draft doesn't say it.
std::pair<std::string, std::string> done_elsewhere(std::string_view text, detector::Analysis const& a);

// Where an ask puts a length of time on the work: the offset of "3 weeks" in "3 weeks for a toggle?", "why do we
// need 2 sprints for X?" (a number or a number word, then a day, week, sprint or month); npos when none.
std::size_t duration_at(std::string_view lowered);

// What a question asks by its grammar, whatever words the detector knows: a length of time questioned ("why do we
// need 2 sprints for X?", "3 weeks for a toggle?") is why-so-long; a request for the work with a date ("can we have
// the portal for the kickoff on the 3rd?") is faster-please; an add-on ("tack it on?", "could u also add X") is
// one-more-thing. `lowered`: the ask lower-cased; `dated`: the ask names a date or an event.
std::optional<detector::Pattern> ask_by_grammar(std::string_view lowered, bool dated);

// Whether `text` holds any word an add-on construction of ask_by_grammar needs: a cheap check before lower-casing it.
bool may_add_on(std::string_view text);

// --- cards14 ---
// The event a draft names as what the work must come before ("before the board meeting" gives "the board meeting",
// "ahead of Christmas" gives "Christmas"); empty when none.
std::string c14_milestone(std::string_view text);
// leads16: "by end of next week", "before the end of the sprint", "by next Thursday", "done this week?": the date
// asked for as a card says it ("the end of next week"), empty when none; and a lexicon date as a card says it
// ("end of Q3" -> "the end of Q3", "Tuesday" after "next" -> "next Tuesday").
std::string l16_period_deadline(std::string_view text, detector::Analysis const& a);
std::string l16_said_deadline(std::string_view text, std::string deadline);
// leads16: what the writer disagreed with ("I disagree with moving to GraphQL but ..." gives "moving to GraphQL"),
// empty when no thing; and a concern under its own label ("Concern: tablet users are 8% of bookings."). `low` is
// the text lower-cased.
std::string l16_disagreed_object(std::string_view text, std::string const& low);
std::string l16_labelled_concern(std::string_view text, std::string const& low, detector::Analysis const& a,
                                 std::size_t max);
// Someone else's date a statement gives ("Sales has a demo on Friday"), what holds the date a faster ask wants.
std::string c14_date_holder(std::string_view text, detector::Analysis const& a);
// Whether `number` is written as a rate ("once an hour", "every 5 minutes"), not a length of work.
bool c14_said_as_a_rate(std::string_view text, std::string_view number);
// The work a modal question delivers ("can the ratings page go out this week?" gives "the ratings page"); empty when
// none.
std::string c14_delivered_thing(std::string_view ask);
// --- end cards14 ---

// leads18: a grudging yes ("Fine. We'll do it your way.", "Whatever, your call.", "have it your way"), in the writer's
// own words (`lowered`, outside `quoted`).
bool l18_grudging_yes(std::string_view lowered, std::vector<detector::Range> const& quoted);

// --- leads15 ---
// Whether a proposal is a hedged vague wish ("maybe slow down a bit", "I guess just take it a little slower"): a hedge
// or a degree word, and nothing but words of pace, care or talk, no thing, number or step named.
bool l15_vague_wish(std::string_view proposal);
// Whether a piece names nothing: every word a function word, a particle or a yes/no ("either, no", "off").
bool l15_names_nothing(std::string_view piece);
// The proposal without the writer's verb of advocacy before it ("strongly advocate for X" gives "X").
std::string l15_without_advocacy(std::string proposal);
// --- end leads15 ---

// Sets the commitment slots (decided, concern, decision_maker) for "Log as commitment" (advice_log.cpp).
void fill_commitment_slots(ReframingSlots& s, Library::Impl const& impl, detector::Analysis const& a,
                           std::string_view text);

// Sets the clause slots of `s` from the analysis (prompts where the draft lacks a piece); the commitment
// slots are left to fill_commitment_slots, which only a commitment needs.
void fill_clause_slots(ReframingSlots& s, Library::Impl const& impl, detector::Analysis const& a,
                       std::string_view text);

}  // namespace pushback::templates::detail
