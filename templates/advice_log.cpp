// The "Log as commitment" prefill: the decision, the writer's concern and who made the call, read from
// a disagree-and-commit or a write-up in the writer's own words (quoted words never feed it).

#include <algorithm>
#include <cctype>
#include <optional>
#include <span>

#include "templates/detail/advice_slots.hpp"

namespace pushback::templates::detail {

// --- leads16 ---
// "I disagree with moving to GraphQL but ...", "Not a fan of the monorepo move, but ...", "I'm against dropping the
// tablet layout, but ...": what the writer disagreed with, up to the turn of the sentence; empty when the draft
// disagrees with no thing ("I disagree with you").
std::string l16_disagreed_object(std::string_view text, std::string const& low) {
    for (std::string_view lead :
         {"i disagree with ", "i don't agree with ", "i do not agree with ", "not a fan of ", "i'm against ",
          "i am against ", "i'm not sold on ", "i'm not convinced by ", "i'm not convinced about ",
          "i have doubts about ", "i'd have preferred not ", "disagree with ",
          // r20: "We talked, I still disagree about removing the free tier, but I'll support the decision"
          "i still disagree about ", "i still disagree with ", "i disagree about ", "still disagree about ",
          // r29: "Not sure I agree with prioritizing the admin panel over the API rate limits, but I'll defer to you."
          "not sure i agree with ", "i'm not sure i agree with ", "not sure i agree about ", "don't agree with "}) {
        auto const at = low.find(lead);
        if (at == std::string::npos || (at > 0 && std::isalpha(static_cast<unsigned char>(low[at - 1])))) continue;
        // r20: "Disagree with dropping the audit log from v1, but it's your call": the bare verb only opening a
        // sentence ("people who disagree with X" names no decision).
        if (lead == "disagree with " && at > 0 && low[at - 1] != '\n' && !(at >= 2 && low.substr(at - 2, 2) == ". "))
            continue;
        auto const from = at + lead.size();
        auto end = low.find_first_of(".,;:!?\n(", from);
        if (end == std::string::npos) end = low.size();
        for (std::string_view turn : {" but ", " though ", " although ", " and i'll ", " and i will ", " so i'll "})
            if (auto const t = low.find(turn, from); t != std::string::npos && t < end) end = t;
        std::string object(text.substr(from, end - from));
        while (!object.empty() && object.back() == ' ') object.pop_back();
        std::string const o = lower(object);
        // A person or the reader is no decision ("I disagree with you", "not a fan of Sam's").
        if (std::count(object.begin(), object.end(), ' ') < 1 || o.starts_with("you") || o.starts_with("him") ||
            o.starts_with("her ") || o == "her" || o.starts_with("them") || o.starts_with("this") ||
            o.starts_with("that") || o.starts_with("it ") || o.find("'s ") != std::string::npos)
            continue;
        if (object.size() > 80) continue;
        // r20: "Disagree with the decision to skip load testing": the decision is to skip it.
        for (std::string_view wrap : {"the decision to ", "the call to ", "the choice to "})
            if (o.starts_with(wrap) && object.size() > wrap.size() + 4) object.erase(0, wrap.size());
        return object;
    }
    // r23: "I still think the monorepo move is premature, but you've made the call": the thing the writer still judges
    // is what was decided.
    for (std::string_view lead : {"i still think ", "i still believe ", "i still feel "}) {
        auto const at = low.find(lead);
        if (at == std::string::npos || (at > 0 && std::isalpha(static_cast<unsigned char>(low[at - 1])))) continue;
        auto const from = at + lead.size();
        auto end = low.find_first_of(".,;:!?\n(", from);
        if (end == std::string::npos) end = low.size();
        std::size_t found = std::string::npos;
        for (std::string_view is : {" is ", " was ", " would be ", " will be "}) {
            auto const v = low.find(is, from);
            if (v == std::string::npos || v >= end) continue;
            std::string_view const verdict = std::string_view(low).substr(v + is.size(), end - v - is.size());
            static constexpr std::string_view verdicts[] = {
                "premature", "a mistake", "wrong",       "the wrong call",     "too early",
                "too soon",  "overkill",  "a bad idea",  "unnecessary",        "overengineered",
                "risky",     "too risky", "a step back", "the wrong approach", "not worth it"};
            if (std::ranges::none_of(verdicts, [&](std::string_view w) { return verdict.starts_with(w); })) break;
            found = v;
            break;
        }
        // r31 (trial33): "I still think the single queue for road test bookings will hurt us in the June peak": a
        // harm foretold of the thing decided names it too.
        if (found == std::string::npos)
            for (std::string_view harm : {" will hurt ", " will cost ", " will bite ", " will slow ", " will break ",
                                          " will backfire", " is going to hurt ", " is going to bite ",
                                          " is going to cost ", " won't scale", " will come back to ",
                                          // r32 (trial35 #34): "the app-only notices ... will generate complaints"
                                          " will generate ", " will cause ", " will confuse ", " will annoy ",
                                          " will frustrate ", " will lead to ", " are going to ", " is going to "}) {
                auto const v = low.find(harm, from);
                if (v != std::string::npos && v < end && (found == std::string::npos || v < found)) found = v;
            }
        if (found != std::string::npos) {
            auto const v = found;
            std::string object(text.substr(from, v - from));
            std::string const o = lower(object);
            if (std::count(object.begin(), object.end(), ' ') < 1 || object.size() > 80 || o.starts_with("you") ||
                o.starts_with("it ") || o.starts_with("this") || o.starts_with("that") || o.starts_with("we "))
                continue;
            return object;
        }
    }
    return {};
}

// "Concern: tablet users are 8% of bookings.", "My concern: ...", "Risk: ...": the sentence after the label.
// The labels a concern is said under, found after the label and taken off the concern said whole (r23: "My concern
// for the record: build times ..." was logged under the card's own "My concern, on record:" with its label).
constexpr std::string_view concern_labels[] = {
    "concern: ", "my concern: ", "risk: ", "my worry: ", "worry: ", "for the record: ", "concern for the log: ",
    "concern for the record: ", "for the log: ",
    // r22 (trial24): "Concern noted: renewals from the old Patron tier ..."
    "concern noted: ", "concerns noted: ", "concern raised: ", "risk noted: ", "open concern: ", "risks: ",
    "concerns: ",
    // r29 (dev63): "Concern logged: API cost once we're past ~2k surveys/month"
    // ("Dissent noted: Kemal (cost of idle nodes)" names who dissented first, which is no concern said.)
    "concern logged: ", "concerns logged: ", "risk logged: ", "concern on record: ", "my concern on record: ",
    "open risk: ",
    // r30 (dev72): "Concern logged (me): late check-ins may see stale room status until 02:00"
    "concern logged (me): ", "concern (me): ", "concern raised (me): ",
    // r30 (dev71): "Dissent: Tom preferred auto-estimates for sampled blocks only, noted"
    "dissent: "};

std::string l16_labelled_concern(std::string_view text, std::string const& low, detector::Analysis const& a,
                                 std::size_t max) {
    for (std::string_view label : concern_labels) {
        auto const at = low.find(label);
        if (at == std::string::npos || (at > 0 && std::isalpha(static_cast<unsigned char>(low[at - 1])))) continue;
        auto const from = at + label.size();
        auto end = low.find_first_of(".!?;\n", from);
        if (end == std::string::npos) end = low.size();
        std::string said =
            clause_text(text, {static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(end)}, a.quoted, max);
        if (std::count(said.begin(), said.end(), ' ') >= 2) return said;
    }
    return {};
}
// --- end leads16 ---

namespace {

// --- leads17 ---
// "Lost the argument on lazy-loading the seat map, that's ok. Building it the way Sarah wants", "I argued for the
// on-prem controllers and lost, fair enough.": the side the writer argued for (the concern on record), and the
// decision said after it ("building it the way Sarah wants" -> "build it the way Sarah wants"); empty when absent.
std::string l17_side_lost(std::string_view text, std::string const& low) {
    for (std::string_view lead : {"lost the argument on ", "lost the argument about ", "lost the argument for ",
                                  "i argued for ", "i pushed for ", "argued for "}) {
        auto const at = low.find(lead);
        if (at == std::string::npos || (at > 0 && std::isalpha(static_cast<unsigned char>(low[at - 1])))) continue;
        auto const from = at + lead.size();
        auto end = low.find_first_of(".,;:!?\n(", from);
        if (end == std::string::npos) end = low.size();
        for (std::string_view turn : {" and lost", " and i ", " and we ", " but ", " and that's", " and that is"})
            if (auto const t = low.find(turn, from); t != std::string::npos && t < end) end = t;
        if (end <= from || end - from > 80) continue;
        std::string side(text.substr(from, end - from));
        while (!side.empty() && side.back() == ' ') side.pop_back();
        if (std::count(side.begin(), side.end(), ' ') >= 1) return side;
    }
    return {};
}
std::string l17_way_taken(std::string_view text, std::string const& low) {
    // r20: "Building it client-side as agreed": the way said after "building it", opening its sentence.
    for (std::string_view lead : {"building it the way ", "doing it the way ", "build it the way ", "do it the way ",
                                  "building it ", "doing it "}) {
        auto const at = low.find(lead);
        if (at == std::string::npos) continue;
        if ((lead == "building it " || lead == "doing it ") && at > 0 &&
            !(at >= 2 && (low.substr(at - 2, 2) == ". " || low.substr(at - 2, 2) == ", ")) && low[at - 1] != '\n')
            continue;
        auto end = low.find_first_of(".,;:!?\n", at);
        if (end == std::string::npos) end = low.size();
        std::string way(text.substr(at, end - at));
        if (way.starts_with("Building") || way.starts_with("building")) way.replace(0, 8, "build");
        if (way.starts_with("Doing") || way.starts_with("doing")) way.replace(0, 5, "do");
        return way;
    }
    return {};
}
// --- end leads17 ---

bool is_word_byte(unsigned char c) { return std::isalnum(c) || c >= 0x80; }

// leads18: "my concerns are in the design doc", "my concern is noted": a pointer to the concern, not the concern.
bool l18_points_elsewhere(std::string_view labeled) {
    for (std::string_view label : {"my concerns", "my concern", "my worries", "my worry"})
        if (labeled.starts_with(label)) {
            auto const rest = labeled.substr(label.size());
            for (std::string_view pointer :
                 {" are in ", " is in ", " are noted", " is noted", " are on record", " is on record", " are written",
                  " is written", " are logged", " is logged", " are captured", " is captured",
                  // r27 (trial31): "I've put my concerns in the PRD comments so we can look back at them"
                  " in the ", " into the ",
                  // r30 (trial32): "I've written my concern up in the PRD comments so we can look at it in the retro"
                  " up in ", " up on ", " down in ", " up so ", " down so "})
                if (rest.starts_with(pointer)) return true;
            return false;
        }
    return false;
}

struct Cue {
    std::string_view words;
    bool keep;  // the cue belongs to the clause ("we decided to ...") or only introduces it ("although")
};

// The first cue found, and the clause it starts (to the end of its sentence).
std::optional<detector::Range> clause_after(std::string_view text, std::string const& low,
                                            std::vector<detector::Range> const& quoted,
                                            std::initializer_list<Cue> cues) {
    std::optional<detector::Range> best;
    for (auto const& cue : cues) {
        std::size_t at = 0;
        while ((at = low.find(cue.words, at)) != std::string::npos) {
            bool const edge = at == 0 || !is_word_byte(static_cast<unsigned char>(low[at - 1])) ||
                              !is_word_byte(static_cast<unsigned char>(cue.words.front()));
            auto const here = detector::Range{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + 1)};
            // leads18: "We agreed to disagree on the retry budget": agreeing to disagree decides nothing.
            // r20: "we agreed to revisit after the first month" is the revisit, not the decision.
            auto const after = std::string_view(low).substr(at + cue.words.size());
            bool const to_disagree =
                after.starts_with("disagree") || after.starts_with("revisit") || after.starts_with("check back") ||
                after.starts_with("check in") || after.starts_with("look at it again") ||
                after.starts_with("look again") ||
                // r21: "we've decided to ..." is read by its own cue, "we've decided, ..." names nothing.
                (cue.words.ends_with("decided ") &&
                 (after.starts_with("to ") || after.starts_with("not ") || after.starts_with("on ") ||
                  after.starts_with("that ") || after.starts_with("it") || after.starts_with("this") ||
                  after.starts_with("yet") || after.starts_with("against") || after.starts_with("in ") ||
                  after.starts_with("at ") || after.starts_with("during ") || after.starts_with("together") ||
                  after.starts_with("with ") || after.starts_with("as ") || after.starts_with("after ") ||
                  after.starts_with("before ") || after.starts_with("yesterday") || after.starts_with("today") ||
                  after.starts_with("last ") || after.starts_with("earlier") || after.starts_with("this "))) ||
                // r20: "we agreed on it in the review" points back; it names no decision.
                (cue.words.ends_with(" on ") &&
                 (after.starts_with("it ") || after.starts_with("it.") || after.starts_with("it,") ||
                  after.starts_with("this ") || after.starts_with("that ")));
            if (edge && !inside(here, quoted) && !to_disagree) break;
            at += cue.words.size();
        }
        if (at == std::string::npos) continue;
        auto const sentence = sentence_around(text, at);
        auto const start = static_cast<std::uint32_t>(cue.keep ? at : at + cue.words.size());
        if (!best || start < best->start) best = detector::Range{start, sentence.end};
    }
    return best;
}

// The words of a sentence that accepts a decision ("it's decided, so I accept it: ...").
constexpr std::string_view acceptance_words[] = {"decided",     "i accept",     "i'll accept",  "i'll embrace",
                                                 "i'll commit", "i'm on board", "i'll support", "i'll back"};

// "Your concrete ideas sound very reasonable", "The plan looks fine": an appraisal of the other side's idea, not
// the decision itself; the log leaves the decision for the writer rather than quote the appraisal.
bool appraisal(std::string_view decided) {
    std::string const l = lower(decided);
    if (l.starts_with("your ")) return true;
    for (std::string_view verb : {" sound", " sounds", " look", " looks", " seem", " seems"})
        if (l.ends_with(verb) || l.find(std::string(verb) + " ") != std::string::npos) return true;
    return false;
}

// --- cards11: the revisit a commitment names, a cue at a word's start ---
// "Let's check the delivery rates again at end of Q1", "let's look at the no-show rate again in six weeks", "- revisit
// after the March clock change": a verb of checking again (revisit, check, look at, review, re-evaluate, reassess,
// come back to, measure), then the time it names (from "at", "in", "after", "by", "on", "next", "end of"), when that
// time has a word of the calendar in it (a quarter, a month, a week, a sprint, a release). Empty when none.
// "we revisit", "let's check", "and revisit", "to check", "- revisit", "Next check:": the word said as the doing, not a
// noun of its own ("the roadmap review", "a code review").
bool said_as_a_verb(std::string_view sentence, std::size_t at) {
    auto e = at;
    while (e > 0 && sentence[e - 1] == ' ') --e;
    auto b = e;
    while (b > 0 && sentence[b - 1] != ' ') --b;
    std::string_view const before = sentence.substr(b, e - b);
    static constexpr std::string_view subjects[] = {"",    "-",     "*",    "we",    "i",      "let's", "lets",
                                                    "to",  "and",   "then", "will",  "us",     "next",  "should",
                                                    "can", "could", "must", "shall", "please", "they",  "she",
                                                    "he",  "we'd",  "i'd",  "also",  "both",   "you"};
    return before.ends_with("'ll") || before.ends_with("\u2019ll") || before.ends_with(")") || before.ends_with(",") ||
           before.ends_with(":") || std::find(std::begin(subjects), std::end(subjects), before) != std::end(subjects);
}

// --- cards13: a revisit named by a period or a milestone, not a calendar word ---
// "- revisit after the first renewal cycle", "look at it again after the first school holiday season", "revisit once
// the summer season ends": a period of the business (a cycle, a season, a term, a pilot, the holidays, a peak) or a
// milestone counted from now ("after the first ...", "after the next ...") is the time to check again, as "end of Q1"
// is.
bool c13_period_named(std::string_view when) {
    static constexpr std::string_view periods[] = {"cycle", "season", "holiday", "term",    "semester", "pilot",
                                                   "trial", "peak",   "rush",    "rollout", "audit",    "renewal"};
    if (std::any_of(std::begin(periods), std::end(periods),
                    [&](std::string_view w) { return when.find(w) != std::string_view::npos; }))
        return true;
    for (std::string_view counted : {"after the first ", "after the next ", "after the second ", "once the "})
        if (when.starts_with(counted) && when.find(' ', counted.size()) != std::string_view::npos) return true;
    return false;
}
// --- end cards13 ---

// --- cards14: a revisit named by a milestone's event ---
// "Let's revisit after the autumn market closes", "- revisit after the spring hiring round", "check again after the
// board meeting": a named event of the business ("the board meeting", "the hiring round") or one said to end ("the
// autumn market closes", "the festival is over") is the time to check again, as "once the summer season ends" is.
bool c14_milestone_passed(std::string_view when) {
    std::string_view rest;
    for (std::string_view open : {"after the ", "after our ", "once the ", "once our "})
        if (when.starts_with(open)) rest = when.substr(open.size());
    if (rest.empty() || std::count(rest.begin(), rest.end(), ' ') > 5) return false;
    for (std::string_view ends : {" closes", " ends", " is over", " wraps up", " finishes", " opens", " launches",
                                  " goes live", " ships", " lands", " is done", " starts"})
        if (rest.ends_with(ends) && rest.size() > ends.size()) return true;
    for (std::string_view event : {" round", "meeting", "festival", "conference", "fair", "market", "show", "launch",
                                   "offsite", "kickoff", "election", "opening", "tournament", "retreat"})
        if (rest.ends_with(event)) return true;
    // leads15: "after the load test", "once the pilot": a check the decision waits on is its time too.
    for (std::string_view check : {" test", "pilot", "trial", "beta", "benchmark", "spike", "experiment"})
        if (rest.ends_with(check)) return true;
    return !detail::c14_milestone("before the " + std::string(rest)).empty();
}
// --- end cards14 ---

// r26: "Jan 15", "sept 3", "March 4": a month's name or its short form, then a day.
bool month_day(std::string_view when) {
    static constexpr std::string_view months[] = {"january",   "february", "march",    "april",
                                                  "may",       "june",     "july",     "august",
                                                  "september", "october",  "november", "december"};
    auto const space = when.find(' ');
    if (space == std::string_view::npos || space < 3 || space + 1 >= when.size() ||
        std::isdigit(static_cast<unsigned char>(when[space + 1])) == 0)
        return false;
    std::string_view const name = when.substr(0, space);
    return std::ranges::any_of(months, [&](std::string_view m) { return m.starts_with(name); });
}

std::string revisit_of(std::string_view text, detector::Analysis const& a) {
    static constexpr std::string_view checks[] = {"revisit",     "check",      "look at",  "review",
                                                  "re-evaluate", "reevaluate", "reassess", "come back to",
                                                  "measure",     "re-check",   "recheck",  "look again"};
    static constexpr std::string_view opens[] = {
        " at the end of ", " at end of ", " by the end of ", " end of ", " in ", " after ", " by ", " on ",
        " next ",          " at ",        " once "};  // cards13: " once "
    static constexpr std::string_view calendar[] = {
        "q1",       "q2",        "q3",      "q4",       "quarter",  "week",   "month",   "sprint",
        "year",     "release",   "january", "february", "march",    "april",  "june",    "july",
        "august",   "september", "october", "november", "december", "monday", "tuesday", "wednesday",
        "thursday", "friday",    "retro",   "launch",   "days"};
    std::string const low = lower(text);
    for (std::size_t b = 0; b < low.size();) {
        auto e = low.find_first_of(".!?\n;", b);
        if (e == std::string::npos) e = low.size();
        std::string_view const sentence = std::string_view(low).substr(b, e - b);
        bool const quoted = inside({static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, a.quoted);
        std::size_t verb = std::string_view::npos;
        for (auto v : checks)
            if (auto const at = sentence.find(v);
                at != std::string_view::npos &&
                (at == 0 || !is_word_byte(static_cast<unsigned char>(sentence[at - 1]))) &&
                (at + v.size() == sentence.size() ||
                 !std::isalpha(static_cast<unsigned char>(sentence[at + v.size()]))) &&
                said_as_a_verb(sentence, at))
                verb = std::min(verb, at);
        // The last opening after the verb whose words name the calendar: "again at end of Q1" gives "end of Q1",
        // "the impact on riders in six weeks" gives "in six weeks".
        auto const dated = [&](std::string_view when) {
            return std::any_of(std::begin(calendar), std::end(calendar),
                               [&](std::string_view w) { return when.find(w) != std::string_view::npos; }) ||
                   c13_period_named(when.substr(1)) ||  // cards13
                   // r22: "Revisit on the 9th": a day of the month by its ordinal.
                   [&] {
                       for (std::size_t i = 0; i + 2 < when.size() && i < 12; ++i)
                           if (std::isdigit(static_cast<unsigned char>(when[i])) != 0) {
                               auto const suffix = when.substr(i + 1, 2);
                               if (suffix == "st" || suffix == "nd" || suffix == "rd" || suffix == "th") return true;
                           }
                       return false;
                   }() ||
                   c14_milestone_passed(when.substr(1)) ||                     // cards14
                   (when.starts_with(" on ") && month_day(when.substr(4))) ||  // r26
                   // r20: "Revisit at 50 EU accounts", "check again at 10k users": a threshold counted is a time.
                   (when.starts_with(" at ") && when.size() > 6 && std::isdigit(static_cast<unsigned char>(when[4])) &&
                    when.find(' ', 4) != std::string_view::npos);
        };
        std::size_t from = std::string_view::npos;
        if (!quoted && verb != std::string_view::npos)
            for (auto o : opens)
                for (auto at = sentence.find(o, verb); at != std::string_view::npos; at = sentence.find(o, at + 1))
                    if ((from == std::string_view::npos || at > from) && dated(sentence.substr(at))) from = at;
        // r19: "two weeks after launch": the span before the opening is part of the time ("after launch" was kept).
        if (from != std::string_view::npos && from > 0 && sentence[from] == ' ' &&
            (sentence.substr(from).starts_with(" after ") || sentence.substr(from).starts_with(" before "))) {
            std::string_view const head = sentence.substr(0, from);
            auto const unit_at = head.rfind(' ');
            std::string_view const unit = head.substr(unit_at == std::string_view::npos ? 0 : unit_at + 1);
            static constexpr std::string_view units[] = {"day",    "days",   "week",    "weeks",   "month",
                                                         "months", "sprint", "sprints", "quarter", "hours"};
            if (unit_at != std::string_view::npos && unit_at > 0 &&
                std::find(std::begin(units), std::end(units), unit) != std::end(units)) {
                auto const count_at = head.rfind(' ', unit_at - 1);
                std::string_view const count =
                    head.substr(count_at == std::string_view::npos ? 0 : count_at + 1,
                                unit_at - (count_at == std::string_view::npos ? 0 : count_at + 1));
                static constexpr std::string_view counts[] = {"a",   "one",   "two", "three",  "four", "five",
                                                              "six", "a few", "few", "couple", "ten",  "eight"};
                bool const number = !count.empty() && std::all_of(count.begin(), count.end(), [](char ch) {
                    return std::isdigit(static_cast<unsigned char>(ch));
                });
                if (count_at != std::string_view::npos &&
                    (number || std::find(std::begin(counts), std::end(counts), count) != std::end(counts)))
                    from = count_at;
            }
        }
        // r26 (trial26): "We revisit on Jan 15 once we have the holiday numbers": a calendar date named before the
        // milestone is part of when.
        // (r27, trial29: "We revisit on Nov 15 after the first rush week": the same before "after".)
        if (from != std::string_view::npos &&
            (sentence.substr(from).starts_with(" once ") || sentence.substr(from).starts_with(" after ") ||
             sentence.substr(from).starts_with(" when ")) &&
            verb < from)
            if (auto const on = sentence.substr(verb, from - verb).find(" on ");
                on != std::string_view::npos && month_day(sentence.substr(verb + on + 4, from - verb - on - 4)))
                from = verb + on;
        // r27 (trial28): "We revisit Oct 15 with September's no-show numbers": a calendar date right after the verb.
        if (from == std::string_view::npos && !quoted && verb != std::string_view::npos)
            if (auto const sp = sentence.find(' ', verb);
                sp != std::string_view::npos && month_day(sentence.substr(sp + 1))) {
                std::string_view when = sentence.substr(sp + 1);
                while (!when.empty() && std::string_view(" ,").find(when.back()) != std::string_view::npos)
                    when.remove_suffix(1);
                if (when.size() >= 60) when = when.substr(0, when.find(' ', when.find(' ') + 1));
                return "on " + std::string(text.substr(b + sp + 1, when.size()));
            }
        if (from != std::string_view::npos) {
            std::string_view when = sentence.substr(from + 1);
            while (!when.empty() && std::string_view(" ,").find(when.back()) != std::string_view::npos)
                when.remove_suffix(1);
            // r21: "We check in again Tuesday": the check's "in again" is no part of when.
            bool again = false;
            for (std::string_view lead : {"in again ", "again "})
                if (when.starts_with(lead)) {
                    when.remove_prefix(lead.size());
                    from += lead.size();
                    again = true;
                }
            if (when.size() < 80 && (when.find(' ') != std::string_view::npos || (again && !when.empty())))
                return std::string(text.substr(b + from + 1, when.size()));
        }
        b = e + 1;
    }
    return {};
}

// "cheaper SMS gateway": a cue ("per ", "like ") found only where a word starts, never inside one ("cheaper").
std::size_t find_word11(std::string_view text, std::string_view cue) {
    for (auto at = text.find(cue); at != std::string_view::npos; at = text.find(cue, at + 1))
        if (at == 0 || !std::isalpha(static_cast<unsigned char>(text[at - 1]))) return at;
    return std::string_view::npos;
}
// --- end cards11 ---

// Who made the call: "Sam decided", "Sam's call", "decided by Sam". A capitalised name only.
std::string decision_maker_of(std::string_view text) {
    auto const name_before = [&](std::size_t at) -> std::string {
        std::size_t e = at;
        while (e > 0 && text[e - 1] == ' ') --e;
        std::size_t b = e;
        while (b > 0 && std::isalpha(static_cast<unsigned char>(text[b - 1]))) --b;
        if (b == e || !std::isupper(static_cast<unsigned char>(text[b]))) return {};
        std::string name(text.substr(b, e - b));
        for (std::string_view no : {"We", "I", "It", "That", "This", "They", "He", "She", "You", "Fine", "OK", "Ok",
                                    "Product", "Sales", "Marketing", "Customers", "Users", "Everyone", "Nobody"})
            if (name == no) return {};
        return name;
    };
    for (std::string_view cue : {" decided", "'s call", "’s call", " made the call", " has decided", "'s decision",
                                 "’s decision", " wants", " proposed", " asked for", " chose"}) {
        if (auto const at = text.find(cue); at != std::string_view::npos)
            if (auto n = name_before(at); !n.empty()) return n;
    }
    std::string const low = lower(text);
    // r21: "Decision maker: Oona (PM) and me": the entry's own label, the rest of its sentence.
    for (std::string_view label : {"decision maker: ", "decision-maker: ", "decision makers: ", "decided by: ",
                                   "approved by: ", "approver: ", "owner: ", "decision owner: "}) {
        auto const at = low.find(label);
        if (at == std::string::npos || (at > 0 && low[at - 1] != '\n' && low[at - 1] != ' ')) continue;
        auto const b = at + label.size();
        auto const e = std::min(low.find('\n', b), low.size());
        std::string who(text.substr(b, e - b));
        // "Owner: Teodora (PM), agreed with me on 3 April": who, not when it was agreed.
        for (std::string_view cut : {", ", ". ", "; "})
            if (auto const at = who.find(cut); at != std::string::npos) who.resize(at);
        while (!who.empty() && std::string_view(" .;").find(who.back()) != std::string_view::npos) who.pop_back();
        // A Slack mention ("<@U06SECLD>") is markup no card may carry.
        if (!who.empty() && who.find('<') == std::string::npos && who.size() <= 60 &&
            std::count(who.begin(), who.end(), ' ') <= 6)
            return who;
    }
    for (std::string_view by :
         {"decided by ", "Decided by ", "Decided by: ", "decided by: ", "per ", "like ", "1:1 with ", "sync with ",
          "call with ", "Your call, ", "your call, ", "your call ", "Your call ", "Agreed with ", "agreed with ",
          "talking with ", "talking to ", "talked with ", "talked to "}) {
        auto const at = find_word11(text, by);  // cards11
        if (at == std::string_view::npos) continue;
        std::size_t b = at + by.size(), e = b;
        // (r22: "Tomás" is read whole, its Latin letters with accents included; "Tom" was logged. A dash is no letter.)
        while (e < text.size()) {
            auto const ch = static_cast<unsigned char>(text[e]);
            if (std::isalpha(ch) != 0) {
                ++e;
            } else if (ch >= 0xC3 && ch <= 0xC5 && e + 1 < text.size() &&
                       (static_cast<unsigned char>(text[e + 1]) & 0xC0) == 0x80) {
                e += 2;
            } else {
                break;
            }
        }
        if (e > b && std::isupper(static_cast<unsigned char>(text[b]))) {
            std::string who(text.substr(b, e - b));
            // r22: "Notes from my 1:1 with Sven:\n- We're keeping team registrations": the two of them decided.
            if ((by == "1:1 with " || by == "sync with " || by == "call with ") &&
                std::ranges::any_of(std::initializer_list<std::string_view>{"- we're ", "- we ", "- we'll ", "\nwe're ",
                                                                            "\nwe ", "we agreed", "we decided"},
                                    [&](std::string_view w) { return low.find(w) != std::string::npos; }))
                who += " and me";
            return who;
        }
    }
    // r24: "Dara, you've made the call and I'm on board": the call is the reader's, and the draft names the reader
    // where it opens ("Dara,", "Hi Dara,", "Dara:"). Unnamed, who made the call stays asked.
    if (
        std::ranges::any_of(
            std::initializer_list<std::string_view>{
                "you've made the call", "you made the call", "you have made the call", "it's your call",
                "it is your call", "you've decided", "you decided", "you've called it", "your decision stands",
                // r31 (trial34)
                "you picked", "you've picked", "you chose", "you've chosen", "you went with"},
            [&](std::string_view w) { return find_word11(low, w) != std::string_view::npos; }) ||
        // r31 (trial34): "you've heard my reasons and picked the two-line rollout".
        [&] {
            auto const made = low.find(" and picked ");
            auto const you = low.rfind("you've", made);
            return made != std::string::npos && you != std::string::npos && made - you < 50 &&
                   low.substr(you, made - you).find_first_of(".;!?\n") == std::string::npos;
        }() ||
        // r27 (trial29): "you've weighed the conversion data and made the call".
        [&] {
            auto const made = low.find("made the call");
            auto const you = low.rfind("you've", made);
            return made != std::string::npos && you != std::string::npos && made - you < 70 &&
                   low.substr(you, made - you).find_first_of(".;!?\n") == std::string::npos;
        }()) {
        std::size_t b = 0;
        // (r30, trial32: "Ok Priya, I still think ...": an acknowledgement before the name.)
        for (std::string_view hi : {"hi ", "hey ", "hello ", "ok ", "ok, ", "okay ", "okay, ", "alright ", "alright, ",
                                    "fine ", "fine, ", "sure ", "sure, ", "thanks ", "thanks, "})
            if (low.starts_with(hi)) b = hi.size();
        std::size_t e = b;
        while (e < text.size() && std::isalpha(static_cast<unsigned char>(text[e])) != 0) ++e;
        // (r27, trial31: "Tomasz - we talked it through ...": a dash after the name addresses them too.)
        if (e > b && e < text.size() &&
            (text[e] == ',' || text[e] == ':' || text.substr(e).starts_with(" - ") ||
             text.substr(e).starts_with(" \u2014 ")) &&
            std::isupper(static_cast<unsigned char>(text[b])) != 0) {
            std::string who(text.substr(b, e - b));
            static constexpr std::string_view openers[] = {
                "OK",   "Ok",   "Okay",     "Fine",  "Sure",    "Right", "Honestly", "Look",       "So",
                "Well", "Yes",  "Yeah",     "Yep",   "Alright", "Noted", "Thanks",   "Understood", "Agreed",
                "Got",  "Done", "Cool",     "Great", "Fair",    "Also",  "Anyway",   "Still",      "Hmm",
                "Team", "All",  "Everyone", "Folks", "Update",  "Recap", "Summary",  "Decision",   "Note"};
            if (std::ranges::find(openers, who) == std::end(openers)) return who;
        }
    }
    // leads18: "the team picked Dynamo", "we decided to keep polling", "leadership chose the vendor": a group made the
    // call when no one person is named. "We" is the team the writer is on.
    bool const one_to_one = low.find("1:1") != std::string::npos || low.find("one-on-one") != std::string::npos ||
                            low.find("1-1") != std::string::npos || low.find("one on one") != std::string::npos;
    static constexpr std::string_view groups[] = {"the team",
                                                  "our team",
                                                  "the group",
                                                  "leadership",
                                                  "the leads",
                                                  "the board",
                                                  "the committee",
                                                  "the arch review",
                                                  "the architecture review",
                                                  "we"};
    static constexpr std::string_view calls[] = {" picked ",    " chose ",       " decided ",   " went with ",
                                                 " voted ",     " settled on ",  " agreed on ", " opted ",
                                                 " landed on ", " made the call"};
    for (std::string_view g : groups)
        for (std::string_view v : calls)
            for (auto at = low.find(std::string(g) + std::string(v)); at != std::string::npos;
                 at = low.find(std::string(g) + std::string(v), at + 1)) {
                if (at > 0 && is_word_byte(static_cast<unsigned char>(low[at - 1]))) continue;
                // "the team decided" reported, not "if the team decided" or "the team hasn't decided".
                std::string_view const before = std::string_view(low).substr(at >= 4 ? at - 4 : 0, at >= 4 ? 4 : at);
                if (before.ends_with("if ") || before.ends_with("ask ")) continue;
                // In a 1:1's write-up "we" is the two people in it, not a team: who made the call stays asked.
                if (g == "we") return one_to_one ? std::string{} : std::string("the team");
                std::string who(text.substr(at, g.size()));
                if (who.starts_with("The ") || who.starts_with("Our "))
                    who[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(who[0])));
                return who;
            }
    return {};
}

// "Notes from sync with Tom:\n- analytics v2 slips to 15 July\n- we drop the funnel view": a write-up in a list
// states its decisions as the list's items; the first two, joined, are what the log records.
std::string listed_decisions(std::string_view text, detector::Analysis const& a, std::size_t budget) {
    std::string out;
    int items = 0;
    for (std::size_t b = 0; b < text.size() && items < 2;) {
        auto e = text.find('\n', b);
        if (e == std::string_view::npos) e = text.size();
        std::string_view const line = text.substr(b, e - b);
        std::size_t k = 0;
        while (k < line.size() && line[k] == ' ') ++k;
        bool const item = line.substr(k).starts_with("- ") || line.substr(k).starts_with("* ") ||
                          line.substr(k).starts_with("• ") ||
                          (k + 2 < line.size() && std::isdigit(static_cast<unsigned char>(line[k])) &&
                           (line[k + 1] == '.' || line[k + 1] == ')'));
        // leads18: "- I raised the missing refund path, ...", "- Next sync Tuesday": a concern raised or the next
        // meeting is no decision.
        std::string const said = lower(line.substr(k));
        bool const no_decision = std::ranges::any_of(
            std::initializer_list<std::string_view>{"- i raised", "- i flagged", "- raised", "- flagged", "- concern",
                                                    "- next sync", "- next 1:1", "- next meeting", "- next check",
                                                    "* i raised", "* i flagged", "* next sync", "* concern",
                                                    "• i raised", "• next sync"},
            [&](std::string_view w) { return said.starts_with(w); });
        // r21: "- My concern about unlock latency is logged; she'll check with ops", "- We review the numbers on the
        // 9th": the concern on record, someone's action or the next review is no decision either.
        std::string_view body = std::string_view(said).substr(std::min<std::size_t>(said.size(), 2));
        while (!body.empty() && (body.front() == ' ' || body.front() == ')' || body.front() == '.'))
            body.remove_prefix(1);
        bool const aside = std::ranges::any_of(
            std::initializer_list<std::string_view>{"my concern", "my worry", "concern", "risk:", "we review",
                                                    "review ", "revisit", "next ", "action", "todo", "to do", "i'll ",
                                                    "i will ", "she'll ", "he'll ", "they'll ", "follow",
                                                    // r21: "2. I raised the risk around the photo archive; Hana will
                                                    // ask ...", "3. We check in again Tuesday"
                                                    "i raised", "i flagged", "raised ", "flagged ", "we check",
                                                    "check in", "we'll check", "we meet", "we'll meet", "we sync"},
            [&](std::string_view w) { return body.starts_with(w); });
        // "- Agreed: the pricing test runs in two cities": an item labelled as the decision is the decision, alone.
        bool const labelled = body.starts_with("agreed:") || body.starts_with("decided:") ||
                              body.starts_with("decision:") || body.starts_with("agreed -");
        if (item && labelled) {
            out = clause_text(text, {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, a.quoted, budget);
            break;
        }
        if (item && !no_decision && !aside) {
            std::string const piece =
                clause_text(text, {static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(e)}, a.quoted, budget);
            if (std::count(piece.begin(), piece.end(), ' ') >= 2 && out.size() + piece.size() + 2 < budget) {
                out += (out.empty() ? "" : "; ") + piece;
                ++items;
            }
        }
        b = e + 1;
    }
    return out;
}

// --- cards10: the writer's own next step is not the decision ---
// "I can accept that the write path stays single-region, so I'll add a p99 alert": what the writer will do after
// accepting ("I'll add", "I will set up") is their next step; a thing named in it is not what was decided.
bool in_next_step(std::string_view low, detector::Range r) {
    auto const sentence = sentence_around(low, r.start);
    std::string_view const before = low.substr(sentence.start, r.start - sentence.start);
    for (std::string_view mine : {"i'll ", "i will ", "i\u2019ll "})
        if (auto const at = before.rfind(mine);
            at != std::string_view::npos && (at == 0 || !is_word_byte(static_cast<unsigned char>(before[at - 1]))))
            // "I'll stop raising the analytics rewrite until Q3": stepping aside is the decision itself.
            return !before.substr(at + mine.size()).starts_with("stop ");
    return false;
}
// --- end cards10 ---

// --- cards13: a decision told in the perfect ("we have reverted to X for now"), a concern raised in a recap ---
// The rest of the sentence from a cue to its end (or the line's), without trailing blanks; empty when under two words.
std::string c13_rest_after(std::string_view text, std::string_view low, std::string_view cue) {
    auto const at = low.find(cue);
    if (at == std::string_view::npos || (at > 0 && std::isalpha(static_cast<unsigned char>(low[at - 1])) != 0))
        return {};
    auto const b = at + cue.size();
    auto e = low.find_first_of(".!?\n;", b);
    if (e == std::string_view::npos) e = low.size();
    std::string_view rest = text.substr(b, e - b);
    while (!rest.empty() && std::string_view(" ,:").find(rest.back()) != std::string_view::npos) rest.remove_suffix(1);
    if (rest.find(' ') == std::string_view::npos || rest.size() > 160) return {};
    std::string said;  // "for  now": one blank between words
    for (char ch : rest)
        if (ch != ' ' || said.empty() || said.back() != ' ') said += ch;
    return said;
}

// "I know that we have reverted back to the old design for now": a decision the writer tells as done, in the
// perfect with "we", is what is decided when the log read only a noun ("the old design"); it ends before "and".
// "- I raised that the carousel ticket scanner drops offline scans", "I flagged the risk of double-billing": what the
// writer raised in the talk is the concern on record when none is found. "would really like it to stay that way" wishes
// the decision holds: that is the writer's stance to keep on record, with the finding they give for it ("I found that
// it was faster ...").
void c13_told_decision(ReframingSlots& s, Library::Impl const& impl, std::string_view text, std::string_view low) {
    std::string const& decided = s.values[slot_index("decided")];
    bool const thin = !s.flags[flag_index("has_decided")] || std::count(decided.begin(), decided.end(), ' ') < 3;
    if (thin)
        for (std::string_view cue : {"we have ", "we've ", "we\u2019ve "}) {
            auto told = c13_rest_after(text, low, cue);
            if (told.empty() || !lower(told.substr(0, told.find(' '))).ends_with("ed")) continue;
            // r21: "we've decided portal first, so ...": the decision's own cue read it already.
            if (lower(told).starts_with("decided ")) continue;
            // The deed must name what the log read: "reverted back to the old design" for "the old design".
            if (!s.flags[flag_index("has_decided")] || lower(told).find(lower(decided)) == std::string::npos) continue;
            if (auto const and_at = told.find(" and "); and_at != std::string::npos && and_at > 8) told.resize(and_at);
            set_slot(s, impl, "decided", "we've " + told);
            break;
        }
    if (s.flags[flag_index("has_concern")]) return;
    for (std::string_view cue : {"i raised that ", "i raised the risk of ", "i raised the concern that ",
                                 "i flagged that ", "i flagged the risk of ", "i raised the risk that "}) {
        if (auto raised = c13_rest_after(text, low, cue); !raised.empty()) {
            // "I raised that 3 projects may be too few for agencies, we'll look at ...": the next part is not it.
            for (std::string_view next : {", we", ", she", ", he", ", they", ", but", ", so", ", and"})
                if (auto const at = lower(raised).find(next); at != std::string::npos && at > 8) raised.resize(at);
            set_slot(s, impl, "concern",
                     (cue.find("risk of") != std::string_view::npos ? "the risk of " : "") + raised);
            return;
        }
    }
    for (std::string_view wish : {"like it to stay that way", "like to keep it that way", "hope it stays that way"})
        if (low.find(wish) != std::string_view::npos) {
            std::string stance = "I'd like it to stay that way";
            if (auto found = c13_rest_after(text, low, "i found that "); !found.empty()) stance += ": " + found;
            set_slot(s, impl, "concern", stance);
            return;
        }
}
// --- end cards13 ---

}  // namespace

// --- leads15: a record that opens on its verdict ---
// "Scope frozen with the current documentation in docs/: the doctrine ...", "Design approved: ...": a record that
// opens on the plan's noun and a verdict's participle (as triage_cues' r14_opens_on_verdict reads it) states its
// decision in that opening, up to its colon or its sentence's end.
std::optional<detector::Range> l15_verdict_opening(std::string_view text, std::string const& low) {
    auto const open = low.find_first_not_of(" \n*_>");
    if (open == std::string::npos) return std::nullopt;
    std::string_view const head = std::string_view(low).substr(open);
    for (std::string_view noun : {"scope ", "plan ", "design ", "spec ", "roadmap ", "requirements ", "timeline ",
                                  "architecture ", "approach ", "proposal "}) {
        if (!head.starts_with(noun)) continue;
        auto const rest = head.substr(noun.size());
        for (std::string_view verdict : {"frozen", "locked", "approved", "accepted", "finalized", "finalised",
                                         "signed off", "settled", "confirmed", "agreed"})
            if (rest.starts_with(verdict)) {
                auto const r = sentence_around(text, open);
                auto end = static_cast<std::size_t>(r.end);
                if (auto const colon = low.find(": ", open); colon != std::string::npos && colon < end) end = colon;
                return detector::Range{static_cast<std::uint32_t>(open), static_cast<std::uint32_t>(end)};
            }
    }
    return std::nullopt;
}
// --- end leads15 ---

void fill_commitment_slots(ReframingSlots& s, Library::Impl const& impl, detector::Analysis const& a,
                           std::string_view text) {
    auto const max_of = [](std::string_view name) { return reframing_slots[slot_index(name)].max_size; };
    auto const& c = a.clauses;
    // A commitment's parts, for "Log as commitment".
    std::string const low = lower(text);
    auto concern = clause_after(text, low, a.quoted,
                                // "I still think / expect / fear ...": what the writer still holds is the concern
                                // ("I still will" is the commitment); "I argued the other way" is the disagreement.
                                {{"i still think", true},
                                 {"i still expect", true},
                                 {"i still fear", true},
                                 {"i still suspect", true},
                                 {"i still feel", true},
                                 {"i'd still ", true},
                                 {"i would still ", true},
                                 {"i still believe", true},
                                 {"i still worry", true},
                                 {"i still have doubts", true},
                                 {"i still have reservations", true},
                                 {"i argued ", true},
                                 {"i have doubts", true},
                                 {"i'm still worried", true},
                                 // r20: "I'm in, we'll ship the lite version. Still think we'll get tickets"
                                 {"still think ", false},
                                 // r20: "Logging my concern that the retry logic won't be load tested"
                                 {"my concern that ", false},
                                 {"my concern is that ", false},
                                 // r20: "I mentioned I'm worried about weekend coverage with 4 people"
                                 {"i'm worried about ", false},
                                 {"i'm concerned about ", false},
                                 {"i'm still not", true},
                                 {"my concern", true},
                                 {"my worry", true},
                                 {"my worry about", true},
                                 {"logged my worry about ", false},
                                 {"i raised the ", false},
                                 {"i raised my ", false},
                                 {"i disagreed with ", true},
                                 {"i disagree", true},
                                 {"i'm not convinced", true},
                                 {"i think it's a mistake", true},
                                 {"i'd have ", true},
                                 {"not what i'd have", true},
                                 {"reservations about", true},
                                 {"i'm not thrilled about", true},
                                 {"i'm a little unhappy", true},
                                 {"i'm a bit unhappy", true},
                                 {"i'm unhappy", true},
                                 {"i'm not happy", true},
                                 {"i'm not entirely happy", true},
                                 {"i would have ", true},
                                 {"noting that ", false},
                                 // r19: "I want it noted that I expect the drop-off on step 3 to go up"
                                 {"want it noted that ", false},
                                 {"like it noted that ", false},
                                 {"want it on record that ", false},
                                 // r30 (dev72): "Just putting on record that the Saturday markets have no signal"
                                 // ("only worry is the two clubs that asked for it last year", "It costs us the
                                 // Saturday revenue I was counting on, but the fire safety point stands")
                                 {"only worry is ", false},
                                 {"only concern is ", false},
                                 {"it costs us ", true},
                                 {"putting on record that ", false},
                                 {"putting it on record that ", false},
                                 {"on record that ", false},
                                 {"like it on record that ", false},
                                 {"flagging that ", false},
                                 {"for the record, ", false},
                                 {"although ", false},
                                 {"even though ", false},
                                 {"though ", false},
                                 // r26: a reservation kept while accepting ("Not my first choice, but I'm on board",
                                 // "I'm uneasy about it", "I think we'll lose viewers but I've said my piece").
                                 {"not my first choice", true},
                                 {"not my preferred", true},
                                 {"not where i landed", true},
                                 {"i'm uneasy", true},
                                 {"i'm a bit uneasy", true},
                                 {"i'm not fully convinced", true},
                                 {"i'd have liked", true},
                                 {"would've liked", true},
                                 {"would have liked", true},
                                 {"i would prefer", true},
                                 {"i'd prefer", true},
                                 {"i still prefer", true},
                                 {"i still disagree", true},
                                 {"i think we'll", true},
                                 {"i flagged ", false}});
    // "…even though I argued for SQS. …; my concern is the ops load": the log's own label names the concern, wherever
    // an earlier turn of the draft sits.
    // leads18: "my concerns are in the design doc" only points at the concern: the one said before it stands.
    // r21: "I argued for keeping the on-prem cluster, but ... I still worry about query latency for the EU tenants":
    // the worry still held is the concern on record, not the side argued.
    if (concern && std::string_view(low).substr(concern->start).starts_with("i argued "))
        if (auto held = clause_after(text, low, a.quoted,
                                     {{"i still worry", true},
                                      {"i'm still worried", true},
                                      {"i still think", true},
                                      {"i still expect", true},
                                      {"i still fear", true}});
            held && held->start > concern->start)
            concern = held;
    if (auto labeled = clause_after(text, low, a.quoted, {{"my concern", true}, {"my worry", true}});
        labeled && !(concern && l18_points_elsewhere(std::string_view(low).substr(labeled->start))))
        concern = labeled;
    // The decision: after the cue that announces it, or the sentence a cue sits in ("SSO ships as in-app only").
    auto decision =
        clause_after(text, low, a.quoted,
                     {{"we decided to ", false},
                      {"decided not to ", false},
                      {"we've decided to ", false},
                      {"decided to ", false},
                      // r21: "We've decided portal first, so I'm committed: I'll take the auth integration"
                      {"we've decided ", false},
                      {"we have decided ", false},
                      {"we decided ", false},
                      {"we agreed to ", false},
                      // r30 (dev72): "Fine by me to drop offline mode for the mill shop till."
                      {"fine by me to ", false},
                      {"fine with me to ", false},
                      {"ok by me to ", false},
                      {"okay by me to ", false},
                      // r20: "We agreed on the 15th and I'll hit it."
                      {"we agreed on ", false},
                      {"agreed to ", false},
                      // r20: "Following up on our 1:1: you asked me to own the on-call redesign"
                      {"asked me to own ", true},
                      {"asked me to take ", true},
                      {"asked me to lead ", true},
                      {"made the call: ", false},
                      {"made the call to ", false},
                      {"the call: ", false},
                      {"decision is to ", false},
                      // r27 (trial28): "But the call is to ship it Sept 1, so I'm in."
                      {"the call is to ", false},
                      {"decision: ", false},
                      // r21: "What we decided: lesson reminders go by email only for now; SMS waits until Q3"
                      {"what we decided: ", false},
                      // r24: "Closing the loop on spaces vs tabs: the conclusion is \"4 spaces\"."
                      {"the conclusion is ", false},
                      {"the conclusion was ", false},
                      {"we decided: ", false},
                      {"decided: ", false},
                      // r20: "For the decision log: we're launching single-region for GA."
                      {"decision log: ", false},
                      // leads16: "The decision was single-region for launch; I'm on board"
                      {"the decision was ", false},
                      {"the call was ", false},
                      {"going with ", true},
                      {"go with ", true},
                      {"we'll go with ", true},
                      {"we launch ", true},
                      {"we'll launch ", true},
                      {"we'll do ", true},
                      {"we'll ship ", true},
                      // "you made the call and I'm behind it. I'll ship the API-only version on the 18th."
                      {"i'll ship the ", true},
                      // r20: "Quick recap from sprint planning: we're dropping the CSV import to next sprint"
                      {"we're dropping ", true},
                      {"we're cutting ", true},
                      {"we're pushing ", true},
                      {"we're keeping ", true},
                      {"we're moving ", true},
                      {"we're shipping ", true},
                      {"we ship ", true},
                      {"we keep ", true},
                      {"we took ", true},
                      {"i'll back ", false},
                      // r19: "Ok, your call. I'll build the wizard as specced"
                      {"i'll build the ", true},
                      {"on board with ", false},
                      {"commit to ", false},
                      {"we're doing ", true},
                      {"we'll use ", true},
                      {"'s call to ", false},
                      {" chose ", true},
                      {"shipping the ", true},
                      {"i'll make the ", false},
                      {"made the call on ", false},
                      {"made the call for ", false},
                      {"decided on ", false},
                      {"settled on ", false},
                      {"went with ", true},
                      // leads15: "We picked Postgres. Let's revisit this after the load test.", "we
                      // have agreed that the style guide already says ...", "and accept the current
                      // version for trunk"
                      {"we picked ", false},
                      // leads17: "the team picked Dynamo and I'm on board" logged "Decision: [what was
                      // decided]".
                      {"team picked ", false},
                      // r31 (trial34): "you've heard my reasons and picked the two-line rollout. I'm in."
                      {"and picked ", false},
                      {"you picked ", false},
                      {"you've picked ", false},
                      {"you chose ", false},
                      {"you've chosen ", false},
                      {"you went with ", false},
                      {"they picked ", false},
                      {"we opted for ", false},
                      {"we landed on ", false},
                      {"agreed that ", false},
                      {"we did agree that ", false},
                      {"we all agree that ", false},
                      {" accept the ", true}});
    // r21: "Decision log: transit trip planner, 2026-05-12\nDecision: real-time arrivals launch on bus routes only":
    // a "Decision:" line under the entry's heading is the decision, not the heading.
    // r27 (trial27, trial28): the line is the decision as its writer put it ("Decision: Proposal queue ranks by TAC
    // score, then by moon-phase fit"), also as a bullet of a recap ("- Decision: ..."); it is logged whole.
    bool labelled_line = false;
    for (std::string_view label : {"\ndecision: ", "\nwhat we decided: ", "\n*decision:* ", "\ndecision:* ",
                                   "\n- decision: ", "\n• decision: ", "\n* decision: ", "\n- *decided:* ",
                                   "\n- *decision:* ", "\n- decided: ", "\n*decided:* ", "\ndecided: "})
        if (auto const at = low.find(label); at != std::string::npos) {
            auto const from = at + label.size();
            auto end = std::min(low.find('\n', from), low.size());
            // The line's first sentence: "Decided: retire my script ... instead. I wrote the script so ..." goes on to
            // the writer's feelings about it.
            if (auto const stop = low.find(". ", from); stop != std::string::npos && stop < end) end = stop;
            if (end > from + 8) {
                decision = detector::Range{static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(end)};
                labelled_line = true;
            }
            break;
        }
    // r31 (trial33): "Decision log 2024-03-06, ice core catalogue: keep legacy sample IDs as primary keys, new lab IDs
    // become aliases. Decided by Lena ...": an entry's heading with its date and topic, then the decision after its
    // colon.
    if (!labelled_line)
        for (std::string_view heading : {"decision log", "decision record", "for the decision log"})
            if (low.starts_with(heading)) {
                auto const colon = low.find(": ", heading.size());
                auto const line = std::min(low.find('\n'), low.size());
                if (colon == std::string::npos || colon > 90 || colon > line) break;
                auto from = colon + 2;
                auto end = std::min(low.find('\n', from), low.size());
                if (auto const stop = low.find(". ", from); stop != std::string::npos && stop < end) end = stop;
                // "(Priya, 3 Oct)", "(cost, existing GCP contract)": who, when and why are logged on lines of
                // their own.
                if (auto const paren = low.find(" (", from); paren != std::string::npos && paren < end) {
                    auto const close = low.find(')', paren);
                    auto after = close == std::string::npos ? end : close + 1;
                    while (after < end && (low[after] == ' ' || low[after] == '.')) ++after;
                    if (after >= end) end = paren;
                }
                // "we go with BigQuery over Snowflake": the decision, not who took it.
                if (low.substr(from).starts_with("we ") && !low.substr(from).starts_with("we're")) from += 3;
                if (end > from + 8 && !low.substr(from).starts_with("decided by")) {
                    decision = detector::Range{static_cast<std::uint32_t>(from), static_cast<std::uint32_t>(end)};
                    labelled_line = true;
                }
                break;
            }
    if (auto opening = l15_verdict_opening(text, low); opening && (!decision || opening->start < decision->start))
        decision = opening;  // leads15
    // cards10: "I can accept that X, so I'll ...", "I understand why we're keeping X": the decision the writer accepts.
    if (auto accepted = clause_after(
            text, low, a.quoted, {{"i can accept that ", false}, {"i accept that ", false}, {"we're keeping ", true}});
        accepted && (!decision || accepted->start < decision->start))
        decision = accepted;
    // r25: "You're right, I'll add the tests before merging", "I should have preserved backward compatibility. I'll try
    // and take care of this soon": a point conceded decides nothing by itself; what the writer will now do is logged.
    // ("Fair enough, Tuesday collection it is" names the decision itself, read above.)
    {
        std::size_t opened = std::string::npos;
        for (std::string_view w : {"you're right", "you are right", "fair point", "point taken", "i should have ",
                                   "i stand corrected", "you've convinced me", "my mistake", "my bad"})
            if (auto const at = low.find(w); at != std::string::npos && at < 80) opened = std::min(opened, at);
        if (opened != std::string::npos && (!decision || decision->start <= opened + 20))
            if (auto act =
                    clause_after(text, low, a.quoted, {{"i'll ", true}, {"i will ", true}, {"i'm going to ", true}});
                act && act->start > opened)
                decision = act;
    }
    // r21: "We decided in Tuesday's architecture review to move the image pipeline", "we decided together to remove
    // them": the "to" clause past where and how it was decided.
    for (std::string_view cue : {"we decided ", "we've decided ", "we have decided ", "we agreed "})
        if (auto const at = low.find(cue); at != std::string::npos) {
            auto const from = at + cue.size();
            auto const r = sentence_around(text, at);
            auto const to = low.find(" to ", from);
            if (to == std::string::npos || to >= r.end || to > from + 45 ||
                low.substr(from, to - from).find_first_of(",:;") != std::string::npos ||
                std::string_view(low).substr(from).starts_with("to "))
                continue;
            bool const place = std::ranges::any_of(
                std::initializer_list<std::string_view>{"in ", "at ", "during ", "together", "with ", "on ",
                                                        "yesterday", "today", "last ", "earlier", "this "},
                [&](std::string_view w) { return std::string_view(low).substr(from).starts_with(w); });
            if (place && (!decision || decision->start > to))
                decision = detector::Range{static_cast<std::uint32_t>(to + 4), r.end};
            break;
        }
    // "Agreed with Priya to launch the portal without bulk upload": the agreement's "to" clause, past the person.
    if (!decision)
        for (std::string_view with : {"agreed with ", "decided with ", "settled with "})
            if (auto const at = low.find(with); at != std::string::npos) {
                auto const r = sentence_around(text, at);
                auto const to = low.find(" to ", at + with.size());
                if (to == std::string::npos || to > at + with.size() + 30 || to >= r.end ||
                    low.substr(at, to - at).find_first_of(",:") != std::string::npos)
                    continue;
                decision = detector::Range{static_cast<std::uint32_t>(to + 4), r.end};
                break;
            }
    // r30: "Ok, the ePRO app ships to the pilot sites on the 4th as planned.", "We'll release the seats on the 10th as
    // planned": with no decision read otherwise, the sentence that says the plan stands.
    // (Not a recap in a list, whose lines are read below, and not the writer's own "I'll build it as planned".)
    bool const listed = low.find("\n-") != std::string::npos || low.find("\n\u2022") != std::string::npos ||
                        low.find("\n*") != std::string::npos;
    if (!decision && !listed)
        for (std::string_view stands : {" as planned", " ships to ", " ships on "})
            if (auto const at = low.find(stands); at != std::string::npos) {
                auto r = sentence_around(text, at);
                for (std::string_view ack : {"ok, ", "okay, ", "ok ", "understood, ", "fine, ", "sure, ", "got it, "})
                    if (std::string_view(low).substr(r.start).starts_with(ack))
                        r.start += static_cast<std::uint32_t>(ack.size());
                while (r.start < r.end && (text[r.start] == ' ' || text[r.start] == '\n')) ++r.start;
                if (r.end > r.start + 12 && !std::string_view(low).substr(r.start).starts_with("i'll ") &&
                    !std::string_view(low).substr(r.start).starts_with("i will "))
                    decision = r;
                break;
            }
    for (std::string_view in_sentence : {" ships as ", " stays in ", " moves to ", " it is."}) {
        auto const at = low.find(in_sentence);
        if (at == std::string::npos || (decision && decision->start < at)) continue;
        auto r = sentence_around(text, at);
        while (r.start < r.end && (text[r.start] == ' ' || text[r.start] == '\n')) ++r.start;
        decision = r;
        break;
    }
    // "But it's decided, so I accept it: the site-wide option wins": the decision follows the colon of the sentence
    // that accepts it.
    if (!decision) {
        for (auto at = low.find(": "); at != std::string::npos && !decision; at = low.find(": ", at + 2)) {
            auto const r = sentence_around(text, at);
            std::string_view const before = std::string_view(low).substr(r.start, at - r.start);
            bool const accepts =
                std::any_of(std::begin(acceptance_words), std::end(acceptance_words),
                            [&](std::string_view w) { return before.find(w) != std::string_view::npos; });
            std::string_view const rest = std::string_view(low).substr(at + 2, r.end - at - 2);
            bool const words =
                std::count(rest.begin(), rest.end(), ' ') >= 3 && !rest.starts_with("http") && !rest.starts_with("<");
            // r32 (trial35 #34): "..., and I'm on board: I'll have the push notification path ready for the 12th": the
            // writer's own part after the colon is no decision.
            bool const own_part = rest.starts_with("i'll ") || rest.starts_with("i will ") ||
                                  rest.starts_with("i'm going to ") || rest.starts_with("i'll be ");
            if (accepts && words && !own_part) decision = detector::Range{static_cast<std::uint32_t>(at + 2), r.end};
        }
    }
    if (decision && concern && concern->start > decision->start && concern->start < decision->end)
        decision->end = concern->start;
    // The concern ends where the commitment starts ("..., but I'm fully on board").
    if (concern) {
        for (std::string_view turn :
             {", but ", " but i", ", and i'll", " and i'll", ", so i'll", ", so i will ", ", so we'll", ", so we will ",
              ", jun", ", and i'm", ", and i've", ", and my reasons", " is in the ", " is noted", "; it's noted",
              " in the doc", " in the ticket", " is logged", " is written up", " is on record", ", and my concern",
              ", she'll", ", he'll", ", they'll", ", she will", ", he will", ", they will",
              // r27 (trial29): "... (we ate about $4k ...) and I've put that in the decision doc"
              " and i've put", " and i've logged", " and i've noted", " and i've written",
              // r27 (trial28): "... until after harvest — my notes are in the PRD comments"
              " — my ", " – my ", " - my ", " are in the "}) {
            auto at = low.find(turn, concern->start);
            // r27: "..., and the void numbers are in the decision log", "(my numbers are in the doc)": where the
            // numbers are written down goes with its subject, from the turn before it.
            if (turn == " are in the " && at != std::string::npos && at < concern->end)
                for (std::string_view before : {", and ", " and ", " (", " \u2014 ", ", "})
                    if (auto const b = low.rfind(before, at);
                        b != std::string::npos && b > concern->start && b + 40 > at) {
                        at = b;
                        break;
                    }
            if (at != std::string::npos && at < concern->end) concern->end = static_cast<std::uint32_t>(at);
        }
        // "I argued for April, Sofia made the call": what was argued for ends at the first turn of the sentence.
        if (std::string_view(low).substr(concern->start).starts_with("i argued "))
            for (std::string_view turn : {", ", " and lost", " but "}) {
                auto const at = low.find(turn, concern->start);
                if (at != std::string::npos && at < concern->end) concern->end = static_cast<std::uint32_t>(at);
            }
    }
    // leads16: "the decision was made", "the call was final": a clause that only says a decision exists is none.
    if (decision && decision->end <= low.size())
        for (std::string_view empty : {"made", "final", "taken", "done"})
            if (std::string_view(low).substr(decision->start).starts_with(empty) &&
                (decision->start + empty.size() >= low.size() ||
                 !std::isalpha(static_cast<unsigned char>(low[decision->start + empty.size()]))))
                decision.reset();
    std::string decided = decision ? clause_text(text, *decision, a.quoted, max_of("decided")) : std::string{};
    // "We've decided not to publish workarounds": the cue is cut, the "not" is the decision.
    if (!decided.empty() && decision && std::string_view(low).substr(0, decision->start).ends_with("decided not to "))
        decided.insert(0, "not to ");
    if (decided.empty()) decided = listed_decisions(text, a, max_of("decided"));
    // The object stands in only when it reads as a decision ("the monorepo move"), not a bare noun ("the pilot").
    // r29: "Let's revisit after the first two months": an object said as when to look again is no decision.
    bool const object_is_when =
        c.object && c.object->end <= low.size() &&
        std::ranges::any_of(std::initializer_list<std::string_view>{"after ", "within ", "until "},
                            [&](std::string_view w) { return low.substr(0, c.object->start).ends_with(w); }) &&
        std::ranges::any_of(
            std::initializer_list<std::string_view>{"day", "week", "month", "quarter", "sprint", "year", "release"},
            [&](std::string_view w) {
                return low.substr(c.object->start, c.object->end - c.object->start).find(w) != std::string::npos;
            });
    if (decided.empty() && c.object && !in_next_step(low, *c.object) && !object_is_when) {  // cards10
        decided = clause_text(text, *c.object, a.quoted, max_of("decided"));
        // r21: "the export feature slips to the 30th": an object that ends on its verb reads on to the clause's end.
        if (auto const sp = decided.rfind(' '); sp != std::string::npos) {
            static constexpr std::string_view verbs[] = {"slips", "moves", "ships",  "launches", "stays", "goes",
                                                         "lands", "waits", "starts", "ends",     "shifts"};
            if (std::ranges::find(verbs, lower(decided.substr(sp + 1))) != std::end(verbs)) {
                auto const r = sentence_around(text, c.object->start);
                auto end = static_cast<std::size_t>(r.end);
                if (auto const comma = low.find(", ", c.object->end); comma != std::string::npos && comma < end)
                    end = comma;
                decided =
                    clause_text(text, {c.object->start, static_cast<std::uint32_t>(end)}, a.quoted, max_of("decided"));
            }
        }
        if (std::count(decided.begin(), decided.end(), ' ') < 2 || appraisal(decided)) decided.clear();
    }
    if (decided.empty()) {  // the draft's first sentence, when it reads as the decision rather than a greeting
        auto const first = sentence_around(text, 0);
        decided = clause_text(text, first, a.quoted, max_of("decided"));
        std::string const l = lower(decided);
        bool const aside =
            std::count(decided.begin(), decided.end(), ' ') < 4 || l.starts_with("thank") || l.starts_with("recap") ||
            l.starts_with("summary") || l.starts_with("notes") || l.starts_with("retro") || l.starts_with("yes") ||
            l.starts_with("i lost") || l.find(" agreed on") != std::string::npos || appraisal(decided) ||
            // r21: "You made the call, so I'm committing" says who, not what.
            // r24: "Dara, you've made the call": the same after the reader's name ("Alright, your call: the event
            // slips" says what after its colon).
            (l.find(": ") == std::string::npos &&
             std::ranges::any_of(
                 std::initializer_list<std::string_view>{"you made the call", "your call", "you've made the call"},
                 [&](std::string_view w) { return l.find(w) <= 16; }));
        if (aside) decided.clear();
    }
    // r32: "Disagree and commit on the monorepo: I think the CI times will hurt": the header names the decision; what
    // follows its colon is the concern.
    for (std::string_view lead :
         {"disagree & commit on ", "disagree and commit on ", "disagree & commit to ", "disagree and commit to "})
        if (auto const colon = decided.find(": ");
            colon != std::string::npos && lower(decided).starts_with(lead) && colon > lead.size() + 2) {
            decided = decided.substr(lead.size(), colon - lead.size());
            break;
        }
    // "Recap from the roadmap review: the search relaunch stays in Q2": the decision follows the header.
    if (auto const colon = decided.rfind(": ");
        colon != std::string::npos &&
        std::count(decided.begin() + static_cast<std::ptrdiff_t>(colon), decided.end(), ' ') >= 4 &&
        // r21: "portal first, so I'm committed: I'll take the auth integration": a clause before the colon, not a
        // header; what follows is the writer's part.
        decided.substr(0, colon).find(", so ") == std::string::npos)
        decided.erase(0, colon + 2);
    for (std::string_view lead : {"Disagree and commit ", "disagree and commit "})
        if (decided.starts_with(lead)) decided.erase(0, lead.size());
    // r20: "ok, disagree & commit on the monorepo move": the decision is what the commitment is on.
    for (std::string_view lead :
         {"disagree & commit on ", "disagree and commit on ", "disagree & commit to ", "disagree and commit to "})
        if (auto const at = lower(decided).find(lead); at != std::string::npos && at <= 12)
            decided.erase(0, at + lead.size());
    for (std::string_view tail : {" it is", " work"})
        if (decided.ends_with(tail) && decided.size() > tail.size() + 8) decided.resize(decided.size() - tail.size());
    // "go with the single-region launch": the choice said as the decision, whatever tense the draft tells it in ("We
    // went with Kafka over SQS").
    for (auto const& [told, said] : {std::pair<std::string_view, std::string_view>{"going with ", "go with "},
                                     {"Going with ", "Go with "},
                                     {"went with ", "go with "},
                                     {"Went with ", "Go with "},
                                     {"chose to ", ""},  // leads15: "chose Svelte for the kiosk UI" is "Svelte for ..."
                                     {"chose ", ""}})
        if (decided.starts_with(told)) decided.replace(0, told.size(), said);
    // r20: "we're launching single-region (us-east-1) for GA": an aside in brackets goes, the decision goes on.
    for (auto open = decided.find(" ("); open != std::string::npos; open = decided.find(" (", open)) {
        auto const close = decided.find(')', open);
        // Only an aside inside the clause: "(no GraphQL), the invoice ..." ends the decision at its bracket.
        if (close == std::string::npos || close + 2 >= decided.size() || decided[close + 1] != ' ' ||
            std::isalnum(static_cast<unsigned char>(decided[close + 2])) == 0)
            break;
        decided.erase(open, close + 1 - open);
    }
    // One decision, not the whole recap: it ends before the next person's part (", she'll tell ..."). A labelled
    // line is one decision already: only the writer's own part after it goes.
    static constexpr std::string_view writers_part[] = {", so I'm", ", so I'll", ", so I will", ", I'm on ",
                                                        " and I'm", " and I'll", ", I'll",      ", I just"};
    static constexpr std::string_view next_part[] = {
        ", so I'm",     ", so we're", ", so I'll", ", so we'll", ", so I will", ", I'm on ", ", and ",
        ", she'll",     ", he'll",    ", I'll",    ", we'll",    ", they'll",   ", then ",   " and I'm",
        " and I'll",    ", I just",   ", but ",    " like ",     " per ",       " (",        ", even ",
        " even though", " although",  " since ",   " because "};
    for (std::string_view next : labelled_line ? std::span<std::string_view const>(writers_part)
                                               : std::span<std::string_view const>(next_part)) {
        if (auto const at = decided.find(next);
            at != std::string::npos && (at > 3 || (at == 3 && next.starts_with(" and "))))  // r20: "SQS and I'm"
            decided.resize(at);
    }
    // "I still think a monorepo would be simpler, but ...": the concern is not the decision.
    if (concern && !decided.empty()) {
        std::string const said = lower(clause_text(text, *concern, a.quoted, max_of("concern")));
        if (!said.empty() && (said.find(lower(decided)) != std::string::npos || lower(decided).find(said) == 0))
            decided.clear();
    }
    // leads15: a checkbox ("[ ] Create a Google doc ..."), a typed mention or a link ("... for a year now:
    // https://...") is the draft's markup, never part of a decision the log card says.
    for (std::string_view box : {"[ ] ", "[x] ", "[X] "})
        for (auto at = decided.find(box); at != std::string::npos; at = decided.find(box))
            decided.erase(at, box.size());
    // "@dlawrenncar I think it's fine to leave it in", "Will go ahead and merge it @bitxon": a mention that addresses
    // the reader (before "I", "we", "let's", "you" or a comma; after the clause, not after a preposition) goes;
    // "@fgmccabe and I discussed it", "follow up with @nainar" name someone: the name stays, without its "@".
    if (decided.starts_with('@'))
        if (auto const sp = decided.find(' '); sp != std::string::npos && sp + 12 < decided.size()) {
            std::string const next = lower(decided.substr(sp + 1, 6));
            bool const address = decided[sp - 1] == ',' || next.starts_with("i ") || next.starts_with("i'") ||
                                 next.starts_with("we ") || next.starts_with("let's") || next.starts_with("you");
            if (address) decided.erase(0, sp + 1);
        }
    if (auto const at = decided.rfind(" @");
        at != std::string::npos && decided.find(' ', at + 1) == std::string::npos && at > 12) {
        auto const before = decided.rfind(' ', at - 1);
        std::string const word = lower(decided.substr(before == std::string::npos ? 0 : before + 1,
                                                      at - (before == std::string::npos ? 0 : before + 1)));
        static constexpr std::string_view prepositions[] = {"with", "to", "for", "by", "from", "and", "cc", "of", "on"};
        if (std::ranges::find(prepositions, word) == std::end(prepositions)) {
            decided.resize(at);
            while (!decided.empty() && (decided.back() == ',' || decided.back() == ' ')) decided.pop_back();
        }
    }
    for (auto at = decided.find('@'); at != std::string::npos; at = decided.find('@', at))
        if (at + 1 < decided.size() && std::isalnum(static_cast<unsigned char>(decided[at + 1])) != 0 &&
            (at == 0 || decided[at - 1] == ' '))
            decided.erase(at, 1);
        else
            ++at;
    if (auto const link = decided.find("http"); link != std::string::npos) {
        decided.resize(link);
        while (!decided.empty() && std::string_view(" :<(-").find(decided.back()) != std::string_view::npos)
            decided.pop_back();
        if (std::count(decided.begin(), decided.end(), ' ') < 2) decided.clear();
    }
    // leads16: "I disagree with moving to GraphQL but I'll commit to it", "Not a fan of the monorepo move, but I'll
    // commit to it and help with the CI changes": the commitment points back with a pronoun at what the writer
    // disagreed with, and that is the decision ("Decision: it" was logged); a part of it ("the Android tablet layout"
    // of "dropping the Android tablet layout") is the whole of it.
    std::string const disagreed = l16_disagreed_object(text, low);
    if (!disagreed.empty()) {
        std::string const d = lower(decided);
        // r32: nor is the writer's own part ("I'll ship the online-only version on the 14th") the decision where
        // the draft names what was decided.
        bool const pointer = d.empty() || d == "it" || d == "this" || d == "that" || d.starts_with("it ") ||
                             d.starts_with("this ") || d.starts_with("that ") || d.starts_with("i'll ") ||
                             d.starts_with("i will ");
        // r20: "We talked, I still disagree about removing the free tier" was read as the decision whole.
        // r23: "I still think the monorepo move is premature" holds the decision inside the writer's verdict on it.
        bool const judged_whole =
            (d.starts_with("i still think ") || d.starts_with("i still believe ") || d.starts_with("i still feel ")) &&
            d.find(lower(disagreed)) != std::string::npos;
        if (pointer || judged_whole || lower(disagreed).find(d) != std::string::npos ||
            d.find("disagree") != std::string::npos) {
            decided = disagreed;
            // r22: "... but you've weighed it and we're including them": what is done to it is the decision.
            for (std::string_view we : {"we're ", "we are ", "we'll be ", "we will be "})
                for (std::string_view them : {" them", " it"})
                    if (auto const at = low.find(we); at != std::string::npos) {
                        auto const verb_end = low.find(' ', at + we.size());
                        if (verb_end == std::string::npos) continue;
                        std::string_view const verb =
                            std::string_view(low).substr(at + we.size(), verb_end - at - we.size());
                        if (verb.size() > 4 && verb.ends_with("ing") &&
                            std::string_view(low).substr(verb_end).starts_with(them) && decided == disagreed) {
                            std::string d2 = disagreed;
                            lower_article(d2);
                            decided = std::string(verb) + " " + d2;
                        }
                    }
        }
    }
    // leads17: an argument lost ("Lost the argument on lazy-loading the seat map, that's ok. Building it the way Sarah
    // wants") logged "Decision: Lost the argument on ...": the decision is the way taken, the side lost the concern.
    std::string const side_lost = l17_side_lost(text, low);
    if (!side_lost.empty() && lower(decided).find(lower(side_lost)) != std::string::npos) {
        decided = l17_way_taken(text, low);
    }
    if (decided.empty() && !side_lost.empty()) decided = l17_way_taken(text, low);  // r20
    // r30: "> we're going with the vendor's dispatch module, can you support the integration?\nYes. I argued for ...":
    // the decision the reply accepts is the one their message announces.
    if (decided.empty())
        for (auto const& q : a.quoted) {
            std::string const lq = lower(q.in(text));
            for (std::string_view cue : {"we're going with ", "we are going with ", "we decided to ",
                                         "we've decided to ", "we're going to go with ", "the decision is to "})
                if (auto const at = lq.find(cue); at != std::string::npos) {
                    auto const b = at + cue.size();
                    auto const e = std::min(lq.find_first_of(",.;!?\n", b), lq.size());
                    std::string what(q.in(text).substr(b, e - b));
                    if (std::count(what.begin(), what.end(), ' ') >= 1 &&
                        what.find_first_of("<*`") == std::string::npos)
                        decided = (cue.find("going with") != std::string_view::npos ? "go with " : "") + what;
                    break;
                }
            if (!decided.empty()) break;
        }
    // r30 (trial32): "I still think the offline buffer for the drill rigs should have been in v1, but it's your call":
    // what the writer holds should have been in it was left out, and that is the decision ("v1 without the offline
    // buffer for the drill rigs").
    if (decided.empty())
        for (std::string_view cue : {" should have been in ", " should have been part of ", " should be in ",
                                     " should have stayed in ", " belongs in "}) {
            auto const at = low.find(cue);
            if (at == std::string::npos) continue;
            std::size_t b = std::string::npos;
            for (std::string_view lead : {"i still think ", "i still believe ", "i think ", "still think "})
                if (auto const l = low.rfind(lead, at); l != std::string::npos && at - l < 90) {
                    b = l + lead.size();
                    break;
                }
            if (b == std::string::npos) continue;
            auto const from = at + cue.size();
            auto e = std::min(low.find_first_of(".,;:!?\n(", from), low.size());
            if (auto const but = low.find(" but ", from); but != std::string::npos && but < e) e = but;
            std::string held(text.substr(b, at - b)), where(text.substr(from, e - from));
            while (!where.empty() && where.back() == ' ') where.pop_back();
            if (std::count(held.begin(), held.end(), ' ') < 1 || held.find_first_of(",;") != std::string::npos ||
                where.empty() || where.size() > 40 || lower(held).starts_with("it") || lower(held).starts_with("we"))
                continue;
            lower_article(held);
            decided = where;
            decided.append(" without ").append(held);
            break;
        }
    // r30: "we go with your call on the 2-week beta scope": the call is on the scope; "your call" is who made it.
    for (std::string_view call : {"we'll go with your call on ", "we go with your call on ", "go with your call on ",
                                  "going with your call on "})
        if (lower(decided).starts_with(call) && decided.size() > call.size() + 6) {
            decided.erase(0, call.size());
            break;
        }
    // r20: "asked me to own the on-call redesign": the writer's part, in the writer's voice.
    constexpr std::string_view asked_me = "asked me to ";
    for (std::string_view asked : {"asked me to own ", "asked me to take ", "asked me to lead "})
        if (lower(decided).starts_with(asked)) decided = "I " + decided.substr(asked_me.size());
    // r22 (trial25): "... but you've talked to the artists and they want it per session. I'm on board and I'll build
    // per-appointment payouts this sprint.": with no decision said otherwise, what the writer commits to build is it.
    if (decided.empty())
        for (std::string_view build :
             {"i'll build ", "i'll ship ", "i'll implement ", "i'll set up ", "i'll roll out "})
            if (auto const at = low.find(build); at != std::string::npos) {
                auto const b = at + build.size();
                auto e = std::min(low.find_first_of(".;!?\n", b), low.size());
                std::string what(text.substr(b, e - b));
                for (std::string_view when :
                     {" this sprint", " this week", " next sprint", " by ", " before ", " and "})
                    if (auto const k = lower(what).find(when); k != std::string::npos) what.resize(k);
                if (std::count(what.begin(), what.end(), ' ') >= 1 && what.size() < 80 && lower(what) != "it" &&
                    !lower(what).starts_with("it ") && !lower(what).starts_with("the rest"))
                    decided = what;
                break;
            }
    // r22: "You went with automatic refunds to keep support volume down, which is a fair call": the writer's verdict on
    // the decision is not part of it.
    for (std::string_view verdict : {", which is a fair call", ", which is fair", ", which makes sense",
                                     ", which is fine", ", which is reasonable", ", which is the right call",
                                     ", which i get", ", which i understand", ", and that's fair", ", and that's fine",
                                     ", and that's a fair call", ", fair enough", ", which is totally fair"})
        if (auto const at = lower(decided).find(verdict); at != std::string::npos && at > 8) decided.resize(at);
    // r24: "Closing the loop on spaces vs tabs: the conclusion is \"4 spaces\"": a bare value is logged with the topic
    // the loop was on ("spaces vs tabs: 4 spaces").
    for (std::string_view lead : {"closing the loop on ", "to close the loop on "})
        if (low.starts_with(lead) && !decided.empty() && std::count(decided.begin(), decided.end(), ' ') <= 3)
            if (auto const colon = low.find(':', lead.size()); colon != std::string::npos && colon < 80) {
                std::string value = decided;
                std::erase(value, '"');
                decided = std::string(text.substr(lead.size(), colon - lead.size())) + ": " + value;
            }
    // r25: "Not thrilled about dropping the CSV export, but ship it", "Sad to see this go, but lgtm": the regret is the
    // concern on record, and what it is about is the decision when it names one ("dropping the CSV export"; "this go"
    // names none, and the card asks for it rather than log the regret as the decision).
    std::string regret;
    for (std::string_view cue : {"not thrilled about ", "not a fan of ", "sad to see ", "sorry to see ",
                                 "i'd have preferred ", "i would have preferred "})
        if (auto const at = low.find(cue); at != std::string::npos && at < 40) {
            auto end = low.find(", but", at);
            if (end == std::string::npos) end = low.find(" but ", at);
            if (end == std::string::npos || end <= at + cue.size()) break;
            regret = std::string(text.substr(at, end - at));
            std::string const what(text.substr(at + cue.size(), end - at - cue.size()));
            bool const names = std::count(what.begin(), what.end(), ' ') >= 1 && !lower(what).ends_with(" go") &&
                               (cue.starts_with("not ") || cue.starts_with("i"));
            if (names && !cue.starts_with("i"))
                decided = what;
            else if (!names || lower(decided) == lower(regret) || lower(regret).starts_with(lower(decided)))
                decided.clear();
            break;
        }
    // r26: "I said I'd commit to the January date and I still will, but ...": the decision ends before the writer's
    // word on it.
    for (std::string_view own : {" and i still will", " and i will", " and i'm still in"})
        if (auto const at = lower(decided).find(own); at != std::string::npos && at > 6) decided.resize(at);
    for (std::string_view dangling : {", but", " but"})
        if (lower(decided).ends_with(dangling) && decided.size() > dangling.size() + 6)
            decided.resize(decided.size() - dangling.size());
    // r27 (trial28): "the call is to ship it Sept 1" logs what "it" is ("ship the new label editor Sept 1"): a log
    // entry is read later, away from the draft; the draft's object stands in for a pronoun right after the verb.
    if (c.object && c.object->end <= text.size())
        if (auto const sp = decided.find(' ');
            sp != std::string::npos && sp >= 3 && std::string_view(decided).substr(sp).starts_with(" it ") &&
            std::ranges::all_of(decided.substr(0, sp),
                                [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)); })) {
            std::string const what(c.object->in(text));
            // Only the thing the concern is about too ("we'd be safer holding the new label editor"): "build it the way
            // Sarah wants" after "lost the argument" has no "it" the object names.
            if (what.size() >= 6 && what.size() <= 60 && lower(decided).find(lower(what)) == std::string::npos &&
                concern &&
                lower(clause_text(text, *concern, a.quoted, max_of("concern"))).find(lower(what)) != std::string::npos)
                decided.replace(sp + 1, 2, what);
        }
    // r27 (trial29): "so I'm fully on board with 30% and will have it live by the 15th": the decision ends before the
    // writer's own next step; a bare value is logged with what it is the value of, read from the concern ("I still
    // think the taxidermy deposit should be 50% not 30%" -> "the taxidermy deposit at 30%").
    for (std::string_view own : {" and will ", " and i'll ", " and i will "})
        if (auto const at = lower(decided).find(own); at != std::string::npos && at > 1) decided.resize(at);
    if (!decided.empty() && std::isdigit(static_cast<unsigned char>(decided[0])) != 0 &&
        std::count(decided.begin(), decided.end(), ' ') <= 1 && concern) {
        std::string const said = clause_text(text, *concern, a.quoted, max_of("concern"));
        std::string const ls = lower(said);
        auto const be = ls.find(" should be ");
        auto think = ls.find("think ");
        if (be != std::string::npos && think != std::string::npos && think < be) {
            think += 6;
            std::string const what = said.substr(think, be - think);
            if (std::count(what.begin(), what.end(), ' ') <= 5 && !what.empty()) decided = what + " at " + decided;
        }
    }
    set_slot(s, impl, "decided", decided);
    // "My worry is deploy times, ...": the log's own label says it is the concern.
    std::string said = concern ? clause_text(text, *concern, a.quoted, max_of("concern")) : std::string{};
    // leads16: "I disagree with moving to GraphQL" says that the writer disagrees, not why: no concern of its own.
    // (r23: "I still think shipping it without the fairness review is a mistake" says why: it stays the concern.)
    // (r26: it is still a disagreement on record: the card asks for the one line the retro will need, rather than say
    // "none noted".)
    if (!disagreed.empty() && decided == disagreed && lower(said).find(lower(disagreed)) != std::string::npos &&
        !lower(said).starts_with("i still "))
        said = "[why you disagree, in one line]";

    // r26: "I flagged that the school-district data is a year old": what was flagged.
    if (lower(said).starts_with("that ") && said.size() > 20) said.erase(0, 5);
    // r26: "Not my first choice, but I'm on board with ...": the reservation ends where the acceptance begins, and
    // before the writer's note on telling it ("... and wanted you to know").
    for (std::string_view turn : {", but ", " but ", "; ", " and wanted you to know", " and i wanted you to know",
                                  ", just wanted you to know", " and wanted to flag it"})
        if (auto const at = lower(said).find(turn); at != std::string::npos && at >= 6 && said.front() != '[') {
            said.resize(at);
            break;
        }
    // leads16: "Concern: tablet users are 8% of bookings.": a concern under its own label.
    if (said.empty()) said = l16_labelled_concern(text, low, a, max_of("concern"));
    // r30: "I argued for building, concern: vendor lock-in on tax rules for our 3 EU entities": the labeled concern
    // says what the side argued does not.
    if (std::string const l = lower(said); l.starts_with("i argued") || l.starts_with("i pushed for"))
        if (auto labeled = l16_labelled_concern(text, low, a, max_of("concern"));
            !labeled.empty() && (decided.empty() || lower(labeled).find(lower(decided)) == std::string::npos))
            said = labeled;
    // leads17: the side the writer argued for and lost is the concern on record.
    // ("I argued for combined fares and I still expect complaints ..." keeps its own words: the complaint is the
    // concern.)
    if (!side_lost.empty() &&
        (said.empty() || lower(said) == "i argued for " + lower(side_lost) ||
         lower(said) == "i pushed for " + lower(side_lost) || lower(said).starts_with("lost the argument")))
        said = "the case for " + side_lost;
    // r22 (trial24): "My concern (late-fee rounding on partial payments) is logged in the PRD comments": the
    // parenthesis is the concern.
    for (std::string_view lead : {"my concern (", "my worry (", "concern (", "my risk ("})
        if (lower(said).starts_with(lead))
            if (auto const close = said.find(')', lead.size()); close != std::string::npos && close > lead.size() + 6) {
                said = said.substr(lead.size(), close - lead.size());
                break;
            }
    // r20: "My concern: EU customers' latency" under the card's own "My concern, on record:" says the label twice.
    for (std::string_view lead :
         {"my worry is that ", "my worry is ", "my concern is that ", "my concern that ", "my worry that ",
          "my concern is ", "my worry about ", "my concern about ", "my concern on ", "my concern with ",
          "my worry on ", "my worry with ", "my concern: ", "concern: ", "my worry: ", "risk: ",
          // r26 (trial26): "- My concern, logged: fraud checks on transfers are manual for now"
          "my concern, logged: ", "my concern, noted: ", "concern, logged: ", "concern noted: ", "my concern logged: ",
          // r27 (trial27): "- My concern (logged): two scoring systems side by side ..."
          "my concern (logged): ", "my concern (noted): ", "concern (logged): ", "my worry (logged): "})
        if (lower(said).starts_with(lead) && said.size() > lead.size() + 8) {
            said.erase(0, lead.size());
            // "My worry about the cold-cache latency stands": what it is about, without the verb that keeps it.
            for (std::string_view keeps : {" still stands", " stands", " remains", " is still there",
                                           " stays on record", " stays on the record", " stays"})
                if (lead.find("about") != std::string_view::npos && said.ends_with(keeps))
                    said.resize(said.size() - keeps.size());
            break;
        }
    // r23: any label of concern_labels, with or without "my" ("My concern for the record: build times over 20 min").
    for (std::string_view label : concern_labels) {
        std::string const l = lower(said);
        std::size_t const cut = l.starts_with(label) ? label.size()
                                : l.starts_with("my ") && std::string_view(l).substr(3).starts_with(label)
                                    ? label.size() + 3
                                    : 0;
        if (cut > 0 && said.size() > cut + 8) {
            said.erase(0, cut);
            break;
        }
    }
    // r20: "... the missing export, so let's look at the ticket count after two weeks": the check is the revisit.
    for (std::string_view check :
         {", so let's ", ", so we'll ", ", so we should ", ", let's ", ", i'll ", ", i will ", " and you're ok with",
          " and you're okay with", " and you're fine with",
          // r22: "my worry about duplicate seat counts in the design doc so we can look at it
          // in the retro": where it is recorded, and why, is not the worry.
          " in the design doc", " in the doc so", " in the prd", " so we can look", " so we can revisit",
          " so we can check",
          // r30 (trial32): "I raised the concern about low-earning narrators and it's logged"
          " and it's logged", " and it's noted", " and it's in the", " and it is logged", " stands and",
          " still stands",
          // r30: "..., and I'd like us to check p95 latency after the first week": the revisit
          ", and i'd like us to check", ", and i'd like to check", ", and i'd like us to look",
          ", and i'd like us to revisit", ", and let's check", ", and we should check", ", so i'll "})
        if (auto const at = lower(said).find(check); at != std::string::npos && at >= 8) said.resize(at);
    // r30: "My worry about the older Android tablets stands": the worry, not that it stands.
    for (std::string_view stands : {" still stands", " stands"})
        if (said.ends_with(stands) && said.size() > stands.size() + 8) {
            said.resize(said.size() - stands.size());
            break;
        }
    // r30 (trial32): "I raised the concern about low-earning narrators": what the concern is about.
    for (std::string_view lead : {"concern about ", "the concern about ", "concern that ", "the concern that ",
                                  "my concern about ", "worry about ", "the worry about "})
        if (lower(said).starts_with(lead) && said.size() > lead.size() + 8) {
            said.erase(0, lead.size());
            break;
        }
    // r30: "Dissent: me (deploy times), to revisit when deploys pass 45 min": the writer's dissent is what is in
    // brackets.
    if (said.starts_with("me (") || said.starts_with("Me (")) {
        if (auto const close = said.find(')'); close != std::string::npos && close > 6)
            said = said.substr(4, close - 4);
    }
    // r30: "Dissent: Tom preferred auto-estimates for sampled blocks only, noted": the label's own closing word.
    for (std::string_view noted : {", noted", " (noted)", ", logged"})
        if (said.ends_with(noted) || said.ends_with(std::string(noted) + ".")) {
            said.resize(said.rfind(noted));
            break;
        }
    // r20: "For the record: we're keeping the Jan 20 date, cutting bulk edit ...": a record that opens on the decision
    // is the decision, not a concern about it.
    if (!decided.empty() && lower(said).starts_with(lower(decided))) said.clear();
    // r24: "I disagree but I'm committed": a disagreement with nothing said of why logs no concern; the card asks for
    // the one line the retro will need.
    {
        std::string l = lower(said);
        while (!l.empty() && (l.back() == '.' || l.back() == ' ' || l.back() == ',')) l.pop_back();
        for (std::string_view bare :
             {"i disagree", "i still disagree", "i don't agree", "i do not agree", "i still don't agree", "i disagreed",
              "i'm not a fan", "not a fan", "i'm not convinced", "i'm still not convinced", "i have concerns",
              "i still have concerns", "i had concerns", "not my first choice", "not my preferred option",
              "not my preferred choice", "not where i landed", "i'm uneasy about it", "i'm a bit uneasy about it"})
            if (l == bare) said = "[why you disagree, in one line]";
    }
    if (said.empty() && !regret.empty()) said = regret;  // r25
    // r29: "Not sure I agree with X, but I'll defer to you." with no concern read at all: the same ask.
    if (!disagreed.empty() && decided == disagreed && said.empty()) said = "[why you disagree, in one line]";
    // r32: "Logging my concern about the EU traffic spike for the retro": where it is logged is no part of it.
    for (std::string_view where : {" for the retro", " for the record", " for the postmortem", " for the post-mortem",
                                   " for later", ", and that's in the decision log", ", and it's in the decision log"})
        if (said.size() > where.size() + 8 && lower(said).ends_with(where)) {
            said.resize(said.size() - where.size());
            if (lower(said).ends_with(" here")) said.resize(said.size() - 5);  // "build times here for the retro"
        }
    set_slot(s, impl, "concern", said);
    // r32 (trial34 #36): "Dissent: Li preferred switching now; noted." is a colleague's dissent on record, not the
    // writer's concern: a name that opens it, then what they said or wanted.
    {
        std::size_t end = 0;
        while (end < said.size() && std::isalpha(static_cast<unsigned char>(said[end])) != 0) ++end;
        std::string_view const rest = std::string_view(said).substr(end);
        bool const named =
            end >= 2 && std::isupper(static_cast<unsigned char>(said[0])) != 0 && said.substr(0, end) != "I";
        s.flags[flag_index("concern_theirs")] =
            named && std::ranges::any_of(
                         std::initializer_list<std::string_view>{
                             " preferred", " prefers", " wanted", " wants", " argued", " thinks", " thought",
                             " disagreed", " disagrees", " pushed for", " would have", " would rather", " asked for",
                             " objected", " voted", " raised"},
                         [&](std::string_view v) { return rest.starts_with(v); });
    }
    set_slot(s, impl, "decision_maker", decision_maker_of(text));
    set_slot(s, impl, "revisit", revisit_of(text, a));  // cards11
    c13_told_decision(s, impl, text, low);              // cards13
}

}  // namespace pushback::templates::detail
