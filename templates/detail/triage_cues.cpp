// The cue lists are phrasings, not keywords: each one reads the same in any draft it appears in
// ("per Dana's call", "shouldn't be a big deal"). A word that is harmless on its own ("call") never
// counts alone; where a rule generalises better than a list, it is a rule. Red flags and motives are
// not read here: the detector finds them (detector/flags.cpp).

#include "templates/detail/triage_cues.hpp"

#include <algorithm>
#include <array>
#include <cctype>
#include <initializer_list>
#include <string>

#include "templates/detail/advice_slots.hpp"  // leads15: c14_milestone
#include "templates/detail/cue_words.hpp"

namespace pushback::templates::detail {

namespace {

using cues::Cues;
using cues::Words;

// A cue made of parts ("our " + "previous " + "vendor"), joined in a buffer instead of a string per cue: the
// loops below build hundreds per draft. Every part list here is a few short literals.
class Joined {
  public:
    Joined(std::initializer_list<std::string_view> parts) {
        for (auto p : parts) {
            auto const n = std::min(p.size(), buf_.size() - n_);
            std::copy_n(p.data(), n, buf_.data() + n_);
            n_ += n;
        }
    }
    operator std::string_view() const { return {buf_.data(), n_}; }  // NOLINT(google-explicit-constructor)

  private:
    std::array<char, 64> buf_{};
    std::size_t n_ = 0;
};

// The word after byte `at` (letters, digits and apostrophes), and the rest of its sentence after it.
std::string_view word_at(std::string_view low, std::size_t at) {
    while (at < low.size() && low[at] == ' ') ++at;
    auto end = at;
    while (end < low.size() && (cues::word_byte(low[end]) || low[end] == '\'')) ++end;
    return low.substr(at, end - at);
}

// The sentence around byte `at`: from the last stop, question mark or line before it to the next one after it
// (the mark included, so a question is seen as one).
std::string_view sentence_at(std::string_view low, std::size_t at) {
    auto const open = low.find_last_of(".!?\n", at == 0 ? 0 : at - 1);
    auto const from = open == std::string_view::npos || at == 0 ? 0 : open + 1;
    auto close = low.find_first_of(".!?\n", at);
    // "3.1", "e.g." and "v2.0" do not end a sentence: a stop ends one before a space, a line or the end.
    while (close != std::string_view::npos && low[close] == '.' && close + 1 < low.size() && low[close + 1] != ' ' &&
           low[close + 1] != '\n')
        close = low.find_first_of(".!?\n", close + 1);
    return low.substr(from, close == std::string_view::npos ? std::string_view::npos : close + 1 - from);
}

bool negated(std::string_view clause) {
    for (std::string_view no : {"n't", " not ", " no ", " never ", "cannot"})
        if (clause.find(no) != std::string_view::npos) return true;
    return false;
}

// "I'm behind it", "I'm fully behind it", "I am 100% on board": the writer's stance, an intensifier or
// "still" between the subject and what it accepts.
bool stands_behind(Words const& w) {
    for (std::string_view subject : {"i'm ", "i am "})
        for (auto at = w.find(subject); at != std::string::npos; at = w.find(subject, at + 1)) {
            auto rest = std::string_view(w.low).substr(at + subject.size());
            for (std::string_view more : {"fully ", "totally ", "completely ", "100% ", "really ", "all ", "still "})
                if (rest.starts_with(more)) rest.remove_prefix(more.size());
            for (std::string_view what : {"behind it", "behind this", "behind the", "on board", "committed"})
                if (rest.starts_with(what)) return true;
        }
    return false;
}

// "Fine, QA signs off with the known bug.", "OK for me. ... so we do tabs.", "Alright, we'll ...": a concessive
// opener (fine, ok, okay, alright) that the writer follows with what happens next, asking nothing. "Sure" and
// "sounds good" acknowledge a task ("Sure, I can pick up the export bug today"): news, not a decision accepted.
bool concedes(Words const& w) {
    if (w.low.find('?') != std::string::npos) return false;
    auto const open = w.low.find_first_not_of(" \n");
    if (open == std::string::npos) return false;
    auto const head = std::string_view(w.low).substr(open);
    for (std::string_view word : {"fine", "ok", "okay", "alright", "all right"}) {
        if (!head.starts_with(word) || head.size() <= word.size()) continue;
        auto const rest = head.substr(word.size());
        if (rest.starts_with(", ") || rest.starts_with(". ") || rest.starts_with("! ") || rest.starts_with(" by me") ||
            rest.starts_with(" for me") || rest.starts_with(" with me"))
            return true;
    }
    return false;
}

bool accepts(Words const& w) {
    if (w.any({"i don't accept", "we don't accept", "can't accept", "won't accept", "cannot accept"})) return false;
    // r22 (the round's closing read): "I would have kept the nightly sync ..., but you know the partner constraints
    // better than I do. Going with webhooks: I'll have the retry queue done by Thursday": the call deferred to, and the
    // writer's part in it taken on.
    if (w.any({"better than i do", "more context than i do", "more context than me"}) &&
        w.any({"going with", "i'll have", "i'll build", "i'll ship", "on board", "let's do it"}) &&
        !w.any({"but i think", "but i still think", "can we", "could we", "should we", "?"}))
        return true;
    // r22 (dev52): "we're taking it to <@U0TL> together on Friday ... I can live with either call": a call not yet
    // made, accepted ahead, is the case put for it, not a decision taken.
    if (w.any({"live with either", "either call", "whichever call", "whichever way you decide",
               "either way you decide"}) &&
        w.any({"taking it to", "bring it to", "bringing it to", "second read", "tie-break", "tiebreak"}))
        return false;
    // r21 (dev46): "Proposal: we accept new work mid-sprint only if equal points come out" proposes a rule.
    if (w.any({"i accept", "we accept", "we'll accept", "i'll accept"}) &&
        !w.any({"proposal:", "i propose", "i'd propose", "only if", "as long as"}))
        return true;
    if (w.any({"not on board", "not in.", "i'm not in", "not committed", "won't commit", "can't commit",
               "not going to commit", "before we commit", "before i commit", "can't back"}))
        return w.any({"disagree and commit", "disagree & commit"});
    return w.any({"i'm in.", "i'm in,", "but i'm in", "and i'm in", "i'm on board", "i'm fully on board",
                  "on board with", "i'll back", "i'm behind it", "i'm behind this", "i'll get behind", "i'll commit",
                  "i'm committed", "i am committed", "and committed", "disagree and commit", "disagree & commit",
                  "i lost that one", "lost fair and square", "it's your call", "your call and", "'s call.", "'s call,",
                  "made the call", "it's decided", "it's been decided", "i'll make it work", "not my first choice, but",
                  "not my first choice but", "fair enough, you own", "happy to commit", "i'll support it",
                  "i'll support the", "let's get it done", "i can live with", "i'll go along", "i'll build it properly",
                  "won't bring it up again", "won't relitigate", "won't reopen", "full speed ahead", "but let's go",
                  "decision made", "we'll do it your way", "do it your way", "i'll commit", "but i'll commit",
                  "i'm all in", "you have my support", "i'll get behind", "count me in", "decision's made",
                  "decision is made", "decision was made", "no re-litigating", "no relitigating", "stop raising",
                  "stop pushing for",
                  // r19: the dissent and the yes in two words ("Disagree, but committing."), or the call left to the
                  // PM ("Ok, your call.")
                  "but committing", "but i'm committing", "but i'm committed", "but committed", "committing anyway",
                  "ok, your call", "okay, your call", "fine, your call", "alright, your call", "ok your call",
                  // r20 (dev43): "..., but you've got the churn numbers and I don't. Committing to daily."
                  ". committing to ", "! committing to ",
                  // r21 (dev46, real text): "People disagreed, I yielded, it's over, I'm not fighting back on that.",
                  // "I've already made clear I'm willing to assent to it", "I don't have anything further to add."
                  "i yielded", "i've yielded", "i'm not fighting", "i won't fight", "not going to fight it",
                  "willing to assent", "i assent", "i'll assent", "nothing further to add", "anything further to add",
                  "i completely understand, and agree", "understand and agree", "i'll defer to", "i defer to",
                  "i'll go with the majority", "the vote stands",
                  // r21 (dev47): "Karin's right that the platform team should own it now. Handing it over Friday"
                  "handing it over friday", "handing it over on", "happy to hand it over", "i'll hand it over",
                  "'s right that", "you're right that", "you were right",
                  // r22 (dev49): "not my pick but it's the call, will make it work", "lost that one fair and square",
                  // "you have the customer-pressure context I don't. Let's do it."
                  "not my pick", "it's the call", "will make it work", "lost that one", "fair and square",
                  "context i don't. let's do it", "context i don't, so let's", "you have the context i don't",
                  "you've got the context i don't", "going with your call", "going with your plan",
                  // r22 (dev50): "Not the path I'd have picked, but the slider ships as it is."
                  // r22 (trial24): "but you've weighed it and we're including them. I'll build it as planned"
                  "you've weighed it", "you weighed it", "you've weighed the", "i'll build it as planned",
                  "build it as planned", "i'll build it as specced", "i'll build it as decided",
                  "i'll do it as planned", "not the path i'd have picked", "not the path i would have picked",
                  "not what i'd have picked", "not what i would have picked", "not the call i'd have made",
                  "not the way i'd have gone"}) ||
           stands_behind(w);
}

// "I'm fine removing it", "That's fine with me", "I'm perfectly OK with you rewriting the codebase", "all in all it's
// probably ok to drop": the writer's own okay to what was proposed, a stance (I'm, that's, it's), an intensifier or a
// hedge at most, then the okay and what it covers (with, to, a gerund). "I'm fine with the scope but not the date"
// keeps its objection, and "it's fine as it is" covers nothing.
bool okays(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view subject : {"i'm ", "i am ", "that's ", "that is ", "it's ", "it is "}) {
        if (!w.at_word_start(subject, false)) continue;
        for (auto at = w.find(subject); at != std::string::npos; at = w.find(subject, at + 1)) {
            auto rest = low.substr(at + subject.size());
            for (std::string_view more :
                 {"perfectly ", "totally ", "completely ", "fully ", "also ", "probably ", "really ", "absolutely "})
                if (rest.starts_with(more)) rest.remove_prefix(more.size());
            std::string_view okay;
            for (std::string_view word : {"fine ", "ok ", "okay ", "alright ", "happy ", "good "})
                if (rest.starts_with(word)) okay = word;
            if (okay.empty()) continue;
            rest.remove_prefix(okay.size());
            auto const what = word_at(rest, 0);
            bool const covers = what == "with" || what == "to" || what == "by" || what.ends_with("ing");
            // "I'm happy to review the PRs once they're split" offers work; "happy with" okays.
            // "That's good to know" okays nothing.
            if (!covers || what == "thing" || ((okay == "happy " || okay == "good ") && what != "with")) continue;
            // r27 (dev67): "I'm fine with either, just need to know which by Wed": the writer's own options left to
            // the reader, no decision okayed.
            if (what == "with" &&
                std::ranges::any_of(std::initializer_list<std::string_view>{"either", "both", "whichever", "any of"},
                                    [&](std::string_view w2) { return rest.substr(5).starts_with(w2); }))
                continue;
            auto const sentence = sentence_at(low, at);
            if (sentence.ends_with("?") || sentence.find(" but ") != std::string_view::npos) continue;
            return true;
        }
    }
    return false;
}

// "I said I'd commit ... and I still will": the writer reaffirms the decision the draft names.
bool reaffirms(Words const& w) {
    return w.low.find('?') == std::string::npos &&
           w.any({"i still will", "still committed", "i'm still in", "still on board", "still behind it"});
}

// A decision reported as taken ("we agreed to", "decided to", "big-bang on the 3rd it is."): accepted
// when the writer asks nothing about it.
bool reports_decision(Words const& w) {
    if (w.low.find('?') != std::string::npos) return false;
    // r22 (dev49): "we still disagree, so we agreed to bring it to you for a second read": the next rung agreed on,
    // not the decision.
    if (w.any({"agreed to bring it to you", "agreed to take it to", "agreed to escalate", "agreed to bring this to you",
               "agreed to ask you", "agreed to get a second", "agreed to disagree"}) &&
        w.any({"still disagree", "we disagree", "can't agree", "couldn't agree", "don't agree", "second read",
               "tie-break", "tiebreak"}))
        return false;
    // "March it is;", "tabs it is, I'll ...": the choice named, then "it is" closing the clause.
    for (auto at = w.find("it is"); at != std::string::npos; at = w.find("it is", at + 1)) {
        auto const after = at + 5;
        if (at >= 3 && std::string_view(w.low).substr(at - 3, 3) == "as ") continue;  // "fine as it is, but"
        // r22: "It just reads wrong to me the way it is.": how the thing is now, no choice named.
        if (at >= 4 && (std::string_view(w.low).substr(at - 4, 4) == "way " ||
                        std::string_view(w.low).substr(at - 4, 4) == "how "))
            continue;
        if (after >= w.low.size() || std::string_view(".;,!\n").find(w.low[after]) != std::string_view::npos)
            return true;
    }
    if (w.any({"we agreed to", "we agreed on", "agreed to", "decided to", "decision is", "we'll go with",
               "we're going with", "we are going with", "per agreement", "as agreed", "it was agreed",
               "it was decided"}))
        return true;
    // r26 (trial26): "we took the smaller scope" is a choice made; "I'd feel a lot better if we took a step back"
    // wishes.
    for (auto at = w.find("we took"); at != std::string::npos; at = w.find("we took", at + 1))
        if (!std::string_view(w.low).substr(0, at).ends_with("if ") &&
            !std::string_view(w.low).substr(0, at).ends_with("unless ") &&
            !std::string_view(w.low).substr(at).starts_with("we took a step back"))
            return true;
    // "Discussed with Lee offline: we're keeping Postgres for now", "After talking to Ana, we'll stick with the cron
    // job": a talk named, then the group's choice said as what it keeps, sticks with or drops.
    if (w.any({"discussed with", "discussed it with", "talked with", "talked to", "spoke with", "spoke to",
               "synced with", "after talking", "after discussing", "after our sync", "after the sync"}) &&
        w.any({"we're keeping", "we'll keep", "we are keeping", "we're sticking with", "we'll stick with",
               "we're staying with", "we'll stay with", "we're dropping", "we'll drop", "we're going ahead",
               "we'll go ahead", "we're shipping", "we'll ship"}))
        return true;
    // "We agreed today that ...", "we've decided that ...": the decision said by the group, with a time or a "that"
    // between the verb and what was agreed.
    for (std::string_view said : {"we agreed ", "we've agreed ", "we have agreed ", "we decided ", "we've decided "}) {
        auto const at = w.find(said);
        if (at == std::string::npos) continue;
        auto const rest = std::string_view(w.low).substr(at + said.size(), 40);
        auto const that = rest.find("that ");
        if (that != std::string_view::npos &&
            std::count(rest.begin(), rest.begin() + static_cast<long>(that), ' ') <= 2)
            return true;
    }
    return false;
}

bool write_up(Words const& w) {
    // r21 (dev47): "*1:1 notes, me + Karin, Tue*", "sync notes:", "meeting notes".
    // (Only as the draft's heading: "Don't worry about the standup notes, I've got them" names notes, no record.)
    {
        std::string_view head = w.low;
        while (!head.empty() && (head.front() == '*' || head.front() == '_' || head.front() == ' '))
            head.remove_prefix(1);
        for (std::string_view label : {"1:1 notes", "1-1 notes", "sync notes", "meeting notes", "standup notes"})
            if (head.starts_with(label)) return true;
    }
    if (w.any({"recap", "notes from", "summary of", "minutes from", "action items", "decision log", "decision record",
               "planning outcome", "to summarise", "to summarize", "outcome:", "conclusions:", "takeaways:"}))
        return true;
    // "Per our 1:1:", "Agreed in today's 1:1: ...", "From this morning's sync, ...": what was agreed in a meeting,
    // not a plan to raise something there ("I'll raise it in our 1:1").
    // Each cue starts with `from`, which ends on a space: where `from` is nowhere, no cue is.
    // (leads17: a day named, "Following up from Tuesday's 1:1 as promised, in writing: ...".)
    for (std::string_view from :
         {"per our ", "per today's ", "from our ", "from my ", "from today's ", "from this morning's ",
          "agreed in our ", "agreed in today's ", "agreed at ", "decided in ", "decided at ",
          // r20: "Following up on our 1:1: you asked me to own the data export, ...", "As discussed in our sync, ..."
          "up on our ", "up on today's ", "following our ", "discussed in our ", "discussed in today's ",
          "from monday's ", "from tuesday's ", "from wednesday's ", "from thursday's ", "from friday's ",
          "from yesterday's ", "from last week's ",
          // r21: "So we're aligned after our 1:1:\n1) ...", "To confirm what we agreed in the sync: ..."
          "after our ", "after today's ", "agreed in the "}) {
        if (w.find(from) == std::string::npos) continue;
        for (std::string_view meeting :
             {"1:1", "1-1", "one-on-one", "sync", "standup", "meeting", "call", "chat", "retro", "review", "planning"})
            if (w.find(Joined{from, meeting}) != std::string::npos) return true;
    }
    return false;
}

// --- recap9: a decision accepted, a record labelled, a dropped idea (triage of not-pushback / commitment) ---

// A record's label is short once its parenthetical is left out: "Scope re-baseline (maintainer decision,
// 2026-07-09):" is a label as "Sync notes (Dec 1):" is. The length of `head` without what is in parentheses.
std::size_t label_length(std::string_view head) {
    std::size_t n = 0;
    int depth = 0;
    for (char ch : head) {
        if (ch == '(') ++depth;
        if (depth == 0) ++n;
        if (ch == ')' && depth > 0) --depth;
    }
    return n;
}

// "I can accept that", "we could accept it for now": the writer's modal okay to what was decided. A condition after it
// ("I can accept that if we get a rollback plan") or a question keeps the matter open; a premise granted before it
// ("If it's only for the launch week, I can accept that") does not, where the if-clause is said of the decision ("if
// it's", "if that's", "if this is") rather than asking for something ("if we add tests").
bool accepts_modally(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view okay : {"i can accept", "i could accept", "we can accept", "we could accept", "i can accept",
                                  "i'm able to accept", "i can probably accept"})
        for (auto at = w.find(okay); at != std::string::npos; at = w.find(okay, at + 1)) {
            auto const sentence = sentence_at(low, at);
            auto const here = static_cast<std::size_t>(low.data() + at - sentence.data());
            if (sentence.ends_with("?") || sentence.find(" unless ", here) != std::string_view::npos ||
                sentence.find(" if ", here) != std::string_view::npos ||
                sentence.find(" but ", here) != std::string_view::npos ||
                sentence.find(" only ", here) != std::string_view::npos)
                continue;
            auto head = sentence.substr(0, here);
            while (!head.empty() && (head.front() == ' ' || head.front() == '\n')) head.remove_prefix(1);
            auto const cond = head.find("if ");
            if (cond != std::string_view::npos && (cond == 0 || head[cond - 1] == ' ')) {
                auto const premise = head.substr(cond + 3);
                if (!premise.starts_with("it's ") && !premise.starts_with("it is ") &&
                    !premise.starts_with("that's ") && !premise.starts_with("that is ") &&
                    !premise.starts_with("this is "))
                    continue;
            }
            return true;
        }
    return false;
}

// "it's his call and a sane one", "it is their decision": the call given to someone else by a possessive, then
// anything but a question or a "but" that takes it back ("it's her call, but I think we should wait").
bool gives_the_call(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view it : {"it's ", "it is ", "that's ", "that is "})
        for (auto at = w.find(it); at != std::string::npos; at = w.find(it, at + 1)) {
            auto const whose = word_at(low, at + it.size());
            bool const possessive = whose == "his" || whose == "her" || whose == "their" || whose == "your" ||
                                    (whose.size() > 2 && whose.ends_with("'s"));
            if (!possessive) continue;
            auto const what = word_at(low, at + it.size() + whose.size() + 1);
            if (what != "call" && what != "decision" && what != "choice") continue;
            auto const sentence = sentence_at(low, at);
            auto const here = static_cast<std::size_t>(low.data() + at - sentence.data());
            if (sentence.ends_with("?") || sentence.find(" but ", here) != std::string_view::npos ||
                sentence.find(" not ", here) != std::string_view::npos)
                continue;
            // "It's your call whether we ship" asks for the call, "is it his call?" questions it.
            auto const after = low.substr(at + it.size() + whose.size() + 1 + what.size());
            if (after.starts_with(" whether") || after.starts_with(" if ")) continue;
            // "That's their decision and it's the wrong one": the call named and judged is an objection.
            auto const judged = sentence.substr(here);
            bool wrong = false;
            for (std::string_view j : {"wrong", "mistake", "bad ", "terrible", "risk", "break", "n't", "fail"})
                wrong = wrong || judged.find(j) != std::string_view::npos;
            if (wrong) continue;
            return true;
        }
    return false;
}

// "Dropping my JSON idea, I'll match their template", "I withdraw my objection", "scrapping my proposal": the writer
// gives up their own proposal, a verb of withdrawing and "my". Negated ("I'm not dropping my proposal") or asked
// ("should I drop my idea?"), it withdraws nothing.
bool withdraws_own(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view verb :
         {"dropping my ", "drop my ", "withdraw my ", "withdrawing my ", "scrap my ", "scrapping my ", "shelve my ",
          "shelving my ", "retract my ", "retracting my ", "abandon my ", "abandoning my "})
        for (auto at = w.find(verb); at != std::string::npos; at = w.find(verb, at + 1)) {
            auto const sentence = sentence_at(low, at);
            auto const here = static_cast<std::size_t>(low.data() + at - sentence.data());
            if (sentence.ends_with("?") || negated(sentence.substr(0, here + 1)) ||
                sentence.substr(0, here).find(" if ") != std::string_view::npos ||
                sentence.substr(0, here).starts_with("if "))
                continue;
            // What is withdrawn is the writer's own case: an idea, a proposal, an objection (one word may qualify it,
            // "my JSON idea"). "Dropping my estimate to 3 weeks" lowers a number, "dropping my 2 pm slot" frees time,
            // and "I withdraw my approval" takes back a yes: an objection, not a concession.
            auto const first = word_at(low, at + verb.size());
            auto const second = word_at(low, at + verb.size() + first.size() + 1);
            bool proposal = false;
            for (std::string_view noun : {"idea", "proposal", "suggestion", "objection", "objections", "concern",
                                          "concerns", "request", "pushback", "counterproposal", "alternative", "rfc",
                                          "design", "approach", "version", "pr", "plan", "push", "ask"})
                proposal = proposal || first == noun || second == noun;
            if (!proposal) continue;
            // "Before dropping my idea", "instead of dropping my": not done.
            auto const before = sentence.substr(0, here);
            if (before.ends_with("before ") || before.ends_with("of ") || before.ends_with("without ")) continue;
            return true;
        }
    return false;
}

// "Going with nightly syncs for the catalogue.", "Sticking with Postgres for now; ...": a draft that opens on the
// choice made, its subject dropped as Slack drafts drop it. "Going with nightly syncs is a mistake" makes the choice a
// subject and judges it; a question asks for the choice.
bool opens_on_choice(Words const& w) {
    std::string_view const low = w.low;
    auto const open = low.find_first_not_of(" \n\t>*_-");
    if (open == std::string_view::npos) return false;
    auto const head = low.substr(open);
    bool chose = false;
    // "Sticking with the monolith for another year." may be the writer's complaint as much as the choice: only "going
    // with" opens on a choice made.
    for (std::string_view choice : {"going with ", "went with "}) chose = chose || head.starts_with(choice);
    if (!chose) return false;
    auto const sentence = sentence_at(low, open);
    if (sentence.ends_with("?")) return false;
    for (std::string_view verb : {" is ", " was ", " would ", " will ", " means ", " seems ", " feels ", " could ",
                                  " might ", " makes ", " breaks ", " isn't ", " won't ", " sounds "})
        if (sentence.find(verb) != std::string_view::npos) return false;
    return true;
}

// --- cards10: recording the dissent is no step aside ---
// "I disagree with moving the webhooks to the shared queue, but I'll document it in the ADR": a verb of recording
// whose object is the dissent itself (a pronoun, the writer's concern, the risk, "down") puts the objection on record
// and keeps it open; "I'll document the new endpoints" is work on the decision.
bool records_dissent(std::string_view verb, std::string_view rest) {
    bool recording = false;
    for (std::string_view v : {"document", "record", "note", "log", "capture", "jot"})
        recording = recording || verb == v;
    if (!recording) return false;
    for (std::string_view what :
         {" it", " that", " this", " my ", " our ", " the concern", " the risk", " down", " the disagreement",
          " the objection", " the dissent", " the tradeoff", " the trade-off"})
        if (rest.starts_with(what) &&
            (rest.size() == what.size() || what.back() == ' ' || !cues::word_byte(rest[what.size()])))
            return true;
    return false;
}
// --- end cards10 ---

// After a dissent conceded ("I'd have liked our own sender, but ..."), the writer's next act on the work: "I'll"
// and a verb of doing ("I'll write the templates this week", "I'll match their template"). A verb of taking the
// matter up again ("I'll raise it at the review", "I'll write up the risks", "I'll push for it in Q3") keeps it open,
// and so does a condition ("I'll do it if we get two more weeks").
bool carries_on(std::string_view after) {
    for (auto at = after.find("i'll "); at != std::string_view::npos; at = after.find("i'll ", at + 1)) {
        if (at > 0 && cues::word_byte(after[at - 1])) continue;
        auto const verb = word_at(after, at + 5);
        if (verb.empty()) continue;
        bool talk = false;
        for (std::string_view t :
             {"raise",   "bring",  "ask",        "mention", "flag",     "escalate", "push",    "talk",    "discuss",
              "revisit", "reopen", "argue",      "keep",    "still",    "try",      "think",   "check",   "follow",
              "circle",  "loop",   "ping",       "wait",    "need",     "propose",  "suggest", "present", "make",
              "send",    "share",  "reconsider", "see",     "probably", "maybe",    "have",    "be",      "come"})
            talk = talk || verb == t;
        if (talk) continue;
        auto const rest = after.substr(at + 5 + verb.size());
        if (records_dissent(verb, rest)) continue;  // cards10
        // "I'll write up the risks", "I'll follow up with legal" take the matter up again; "I'll set up" works.
        if (rest.starts_with(" up") && (verb == "write" || verb == "type" || verb == "draw" || verb == "open"))
            continue;
        auto const sentence = sentence_at(after, at);
        if (sentence.find(" if ") != std::string_view::npos || sentence.find(" unless ") != std::string_view::npos ||
            sentence.find(" once ") != std::string_view::npos)
            continue;
        // "but I'll update the estimate to 5 weeks": the writer changes the plan's number, not carries it out.
        bool replans = false;
        for (std::string_view p : {"estimate", "timeline", "deadline", "the date", "scope"})
            replans = replans || sentence.find(p) != std::string_view::npos;
        if (replans) continue;
        return true;
    }
    return false;
}

// "I'd rather have kept the old API, but I'll build the adapter if we get another week": the step aside made on a
// condition asks for something first, and the matter stays open.
bool conditioned(std::string_view after) {
    for (std::string_view cond :
         {" if we ", " if you ", " if i ", " if they ", " unless ", " as long as ", " provided "})
        if (after.find(cond) != std::string_view::npos) return true;
    return false;
}

// "I won't oppose though", "we're not going to object": a negated verb of opposing, the writer's promise not to stand
// against the decision (said with "won't" as blocking is in stands_aside). A condition or a question keeps it open.
bool wont_oppose(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view no : {"won't ", "will not ", "not going to ", "wouldn't ", "i'll not ", "don't intend to "})
        for (auto at = w.find(no); at != std::string::npos; at = w.find(no, at + 1)) {
            auto const verb = word_at(low, at + no.size());
            if (verb != "oppose" && verb != "object" && verb != "resist" && verb != "contest" && verb != "protest")
                continue;
            auto const sentence = sentence_at(low, at);
            if (sentence.find('?') == std::string_view::npos && sentence.find(" if ") == std::string_view::npos &&
                sentence.find(" unless ") == std::string_view::npos && sentence.find(" but ") == std::string_view::npos)
                return true;
        }
    return false;
}

// The writer's acceptance in these constructions: any one settles the draft (read_cues takes the union, and a
// decision reopened undoes it there).
bool accepts_in_other_words(Words const& w) {
    return accepts_modally(w) || gives_the_call(w) || withdraws_own(w) || opens_on_choice(w) || wont_oppose(w);
}

// "👀", ":+1:", "🙏🙏": a draft with no word in it is a reaction, courtesy.
bool wordless(std::string_view low) {
    // Slack's emoji names (":eyes:") are words between colons: leave them out.
    bool in_name = false;
    for (char ch : low) {
        if (ch == ':')
            in_name = !in_name;
        else if (!in_name && ch >= 'a' && ch <= 'z')
            return false;
    }
    return true;
}

// "no rush", "take your time", "no hurry": the writer lifts the pressure off the reader, a courtesy like thanks.
bool lifts_pressure(Words const& w) {
    return w.any({"no rush", "no hurry", "take your time", "no worries", "no pressure"}) &&
           w.low.find('?') == std::string::npos;
}

// "That was me. I wasn't aware of the discussion, sorry.", "Apologies for not maintaining the project for a while":
// an apology for the writer's own lapse. The negations that tell the lapse (its "for ..." object, the writer's own past
// "I didn't", "I wasn't") are the writer's account of themself, not an objection to a plan. The writer's words with
// the apology and the lapse blanked, for read_cues to read again; empty when the draft makes no such apology. An
// apology that turns ("Sorry, but the date won't work") or hedges ("Sorry if this is a dumb question", "sorry to push
// back") is none; "I didn't agree to Friday" objects, whoever apologises.
std::string without_lapse(Words const& w) {
    std::string rest = w.low;
    bool owned = false;
    auto const blank = [&](std::size_t from, std::size_t to) {
        std::fill(rest.begin() + static_cast<std::ptrdiff_t>(from),
                  rest.begin() + static_cast<std::ptrdiff_t>(std::min(to, rest.size())), ' ');
    };
    for (std::string_view sorry :
         {"sorry", "apologies", "apologize", "apologise", "my fault", "my bad", "that was me", "my mistake"})
        for (auto at = w.find(sorry); at != std::string::npos; at = w.find(sorry, at + 1)) {
            auto const after = std::string_view(w.low).substr(at + sorry.size());
            if (after.starts_with(" if") || after.starts_with(" to ") || after.starts_with(" but") ||
                after.starts_with(", but"))
                return {};
            auto const sentence = sentence_at(w.low, at);
            auto const here = static_cast<std::size_t>(w.low.data() + at - sentence.data());
            if (sentence.find(" but ", here) != std::string_view::npos) return {};
            owned = true;
            auto const end = static_cast<std::size_t>(sentence.data() - w.low.data()) + sentence.size();
            bool const object = after.starts_with(" for ") || after.starts_with(" about ");
            // The object runs to the clause's end: "My fault for not flagging it earlier: the migration will lock
            // the table" goes on past the colon to a risk of its own.
            auto stop = end;
            if (object)
                for (char const mark : {':', ';', ',', '('})
                    if (auto const m = w.low.find(mark, at); m != std::string::npos && m < stop) stop = m;
            blank(at, object ? stop : at + sorry.size());
        }
    if (!owned) return {};
    for (std::string_view no : {"didn't ", "wasn't ", "hadn't ", "did not ", "was not ", "never "})
        for (auto at = w.find(no); at != std::string::npos; at = w.find(no, at + 1)) {
            auto const sentence = sentence_at(w.low, at);
            auto const here = static_cast<std::size_t>(w.low.data() + at - sentence.data());
            auto const before = " " + std::string(sentence.substr(0, here));
            if (before.find(" i ") == std::string::npos) continue;
            auto const verb = word_at(w.low, at + no.size());
            bool said = false;
            for (std::string_view v : {"agree", "sign", "say", "said", "promise", "commit", "approve", "accept", "ask",
                                       "expect", "think", "want"})
                said = said || verb == v;
            if (!said) blank(at, at + no.size());
        }
    return rest;
}

// --- end recap9 ---

// --- slack10: a record's label with a Slack link in it, a decision closed in words, an agreement named as the label
// ---

// "Decision taken in <#C05INFRA|infra-planning>:": a Slack link in a label is one word, however long its id.
std::size_t s10_label_length(std::string_view head) {
    std::size_t n = 0;
    for (std::size_t i = 0; i < head.size(); ++i) {
        if (head[i] == '<')
            if (auto const close = head.find('>', i); close != std::string_view::npos) {
                i = close;
                ++n;
                continue;
            }
        ++n;
    }
    return n;
}

// "I'm not reopening it, just logging my concern", "not going to relitigate it": the writer closes the decision in
// words.
// ("I'm not reopening the thread, but the p99 numbers from Monday ..." turns on its "but": reopened with news.)
bool s10_not_reopening(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view closed :
         {"not reopening", "not re-opening", "not going to reopen", "not relitigating", "not re-litigating",
          "not going to relitigate", "not revisiting it", "not trying to reopen"})
        for (auto at = low.find(closed); at != std::string_view::npos; at = low.find(closed, at + 1)) {
            auto const rest = low.substr(at, low.find_first_of(".;\n", at) - at);
            if (rest.find(" but ") == std::string_view::npos && rest.find(",but ") == std::string_view::npos)
                return true;
        }
    return false;
}

// "Aligned with Jordan: the POC shows the three core flows only. I'll tell their team on Friday": a draft opened by the
// agreement reached with someone, as a label, asking nothing, reports the decision ("Talked with Omar: ..." names the
// talk; the agreement itself is the record).
bool s10_agreement_label(Words const& w) {
    if (w.low.find('?') != std::string::npos) return false;
    std::string_view const low = w.low;
    auto const first = low.substr(0, std::min(low.find('\n'), low.size()));
    auto const colon = first.find(':');
    if (colon == std::string_view::npos || colon > 40) return false;
    for (std::string_view opener :
         {"aligned with ", "agreed with ", "settled with ", "confirmed with ", "signed off with ", "aligned w/ "})
        if (first.starts_with(opener)) return true;
    return false;
}
// --- slack10 end ---

// --- leads15: a label that asks for a decision ---
// "Quick decision needed: do participants see their own results, yes or no?", "Need a decision: ...", "Decision
// required by Friday:": the record's noun in a label that asks for it (a word of need after it, or before it) opens a
// request, not a record.
bool l15_label_asks(std::string_view head, std::size_t at, std::size_t size) {
    auto after = head.substr(at + size);
    if (after.starts_with("s")) after.remove_prefix(1);
    for (std::string_view need : {" needed", " required", " wanted", " requested", " pending", " please", " request"})
        if (after.starts_with(need)) return true;
    auto const before = head.substr(0, at);
    for (std::string_view need : {"need a ", "need ", "needs a ", "request for a ", "waiting on a ", "waiting for a ",
                                  "awaiting ", "asking for a "})
        if (before.ends_with(need)) return true;
    return false;
}
// --- leads15: end ---

// A draft that opens with a label naming a record ("Meeting minutes:", "Sync notes (Dec 1):", "*Decided (standup,
// 12/3)*:", "Decision:", "ADR-014 accepted"), or a line of one that opens with a decision's label ("- agreed: keep
// everything 7y", "- consensus: not to ship"): a write-up, whatever words its heading uses.
bool labels_record(Words const& w) {
    std::string_view const low = w.low;
    auto const first = low.substr(0, std::min(low.find('\n'), low.size()));
    auto const colon = first.find(':');
    // A label is short: "I know we decided last week to drop dark mode. New info:" opens with a sentence, not one.
    auto const head =
        first.substr(0, colon != std::string_view::npos && (colon <= 40 || label_length(first.substr(0, colon)) <= 40 ||
                                                            s10_label_length(first.substr(0, colon)) <= 40)  // slack10
                            ? colon
                            : 0);
    for (std::string_view noun :
         {"summary", "minutes", "notes", "recap", "decision", "decided", "outcome", "agreed", "consensus"}) {
        auto const at = head.find(noun);
        if (at != std::string_view::npos && (at == 0 || !cues::word_byte(head[at - 1])) &&
            !l15_label_asks(head, at, noun.size()))  // leads15
            return true;
    }
    // "ADR-014 accepted", "RFC 12 approved": a record's name and its verdict open the draft.
    auto const opening = first.substr(0, 24);
    if ((opening.starts_with("adr") || opening.starts_with("rfc")) &&
        (opening.find(" accepted") != std::string_view::npos || opening.find(" approved") != std::string_view::npos))
        return true;
    for (std::size_t at = 0; at < low.size();) {
        auto const nl = low.find('\n', at);
        auto line = low.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
        while (!line.empty() &&
               (line.front() == ' ' || line.front() == '-' || line.front() == '*' || line.front() == '\xE2'))
            line.remove_prefix(1);
        for (std::string_view label : {"agreed:", "decided:", "decision:", "consensus:", "outcome:"})
            if (line.starts_with(label)) return true;
        if (nl == std::string_view::npos) break;
        at = nl + 1;
    }
    return false;
}

// The other side's call named ("as you decided", "like you said", "the team decided it", "it's his call", "you
// win") and the writer's own plan in line with it ("I'll write it into the guidelines", "we won't add temporary
// staff"), asking nothing: the decision accepted in the writer's words. A bare "I'll" accepts nothing ("I'll look
// into it"); only the call named before or around it makes the plan a decision carried out.
bool follows_call(Words const& w) {
    if (w.low.find('?') != std::string::npos) return false;
    bool named = w.any({"you win", "the team decided", "the team decide", "the team voted", "the team chose",
                        "his call", "her call", "their call", "as discussed", "as agreed"});
    for (std::string_view as : {"as you ", "like you "}) {
        if (named) break;
        if (!w.at_word_start(as, false)) continue;
        for (auto at = w.find(as); at != std::string::npos && !named; at = w.find(as, at + 1)) {
            auto const verb = word_at(w.low, at + as.size());
            for (std::string_view v :
                 {"said", "suggested", "decided", "advised", "proposed", "asked", "wanted", "requested", "recommended"})
                named = named || verb == v;
        }
    }
    if (!named) return false;
    // The writer's plan, in the first person or the team's: a future, a present decided ("we go with"), or a start.
    return w.any({"i'll", "we'll", "i will", "we will", "we won't", "i won't", "we go with", "we're going with",
                  "starting on", "i'm starting", "we keep", "we start"});
}

// What a write-up records beyond events: a decision, an owner, an agreement ("Quick summary of today's incident:
// the cert expired at 09:12, renewed at 09:31" is a report).
bool records_decision(Words const& w) {
    return w.any_prefix({"agree",     "decide",   "decision", "commit",     "we keep",   "we go with", "go with",
                         "goes with", "ships",    "ship the", "owns",       "owner",     "stays",      "moves to",
                         "'s call",   "his call", "her call", "their call", "your call", "i'll ",      "we'll ",
                         "you'll ",   "logged",   "revisit",  "won't",      "no ",       "accepted",   "approved"}) ||
           w.any_prefix({"consensus", "conclu"});
}

// A report of where things stand: news, not a case.
bool reports(Words const& w) {
    return w.any({"weekly update", "status update", "status:", "update:", "is out:", "is live", "are live", "is merged",
                  "deployed", "released", "is done", "are done", "estimates are in", "link to the", "pr for",
                  "is up:", "heads up, i'm", "heads up: i'm", "fyi, i'm", "release train", "changelog", "reminder that",
                  "reminder:", "friendly reminder", "fyi:", "fyi,",
                  // r27 (trial30): "*Sauna booking: weekly status* ... Next update Monday"
                  "weekly status", "status report", "daily status", "weekly report", "next update",
                  // r27 (trial31): "Status for the carillon app: ... on track for the 20th. No blockers."
                  "status for", "no blockers"});
}

// What a ready draft ends on: options, an alternative, a clear ask for a decision.
bool offers_way(Words const& w) {
    return w.any({"options:",
                  "two options",
                  "both options",
                  "two ways",
                  "two paths",
                  "(a)",
                  "(b)",
                  "a)",
                  "b)",
                  "option a",
                  "option 1",
                  "path a",
                  "proposal:",
                  "proposal for",
                  "my proposal",
                  "suggest we",
                  "i'd propose",
                  "i propose",
                  "suggestion:",
                  "i'd suggest",
                  "instead",
                  "rather than",
                  "we could",
                  "either",
                  "side by side",
                  "which one",
                  "can you pick",
                  "pick one",
                  "which fits",
                  "does that work",
                  "ok if i",
                  "ok with you",
                  "can we decide",
                  "can we agree",
                  "would that work",
                  "i'd go with",
                  "happy to walk",
                  "which do you",
                  "do you want",
                  "if i haven't heard",
                  "re-talk",
                  "i'd like to revisit",
                  "can we talk",
                  "talk it through",
                  "can we go over",
                  "i'd like to discuss",
                  "recommendation:",
                  "i recommend",
                  "i'd recommend",
                  "we recommend"});
}

// Two lines that open on consecutive enumerators ("1. remove the UI elements\n2. remove the APIs", "a) ... b) ...").
bool enumerates(Words const& w) {
    std::string_view const low = w.low;
    char prev = 0;
    for (std::size_t at = 0; at < low.size();) {
        auto const nl = low.find('\n', at);
        auto const line = low.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
        auto const open = line.find_first_not_of(" \t");
        auto const head = open == std::string_view::npos ? std::string_view{} : line.substr(open);
        bool const marked = head.size() >= 3 && (head[1] == '.' || head[1] == ')') && head[2] == ' ' &&
                            ((head[0] >= '1' && head[0] <= '9') || (head[0] >= 'a' && head[0] <= 'e'));
        char const mark = marked ? head[0] : '\0';
        if (mark != 0 && prev != 0 && mark == prev + 1) return true;
        prev = mark;
        if (nl == std::string_view::npos) break;
        at = nl + 1;
    }
    return false;
}

// An option named by its mark and a colon ("Option 3: leave the database in place", "option B) ship it dark").
bool names_option(Words const& w) {
    for (auto at = w.find("option "); at != std::string::npos; at = w.find("option ", at + 1)) {
        auto const rest = std::string_view(w.low).substr(at + 7);
        if (rest.size() >= 2 && std::isalnum(static_cast<unsigned char>(rest[0])) != 0 &&
            (rest[1] == ':' || rest[1] == ')'))
            return true;
    }
    return false;
}

// The writer's own proposal, put to the reader: a preference ("I'd prefer to postpone to the end of the month"),
// or a question that offers a way for a view ("Would it make sense to do this incrementally?", "What do you all
// think about deprecating X in favor of Y?", "What if we scoped 1.1 down?").
bool proposes(Words const& w) {
    return w.any({"i'd prefer", "i would prefer", "my preference", "i'd rather we", "would it make sense",
                  "would it be better", "what if we", "how about we", "what do you think about",
                  "what do you all think", "what does everyone think", "in favor of", "in favour of"});
}

// --- ready9: ways forward in the shapes real people write them ---

// The verb a modal governs, past the adverbs between them ("I'd only be", "we should probably drop", "you could just
// cherry-pick"); `from` is the byte after the modal.
std::string_view verb_past_adverbs(std::string_view low, std::size_t from) {
    for (;;) {
        auto const word = word_at(low, from);
        bool adverb = false;
        for (std::string_view a : {"only", "also", "just", "probably", "really", "definitely", "actually", "then",
                                   "maybe", "perhaps", "simply", "instead", "first", "now"})
            adverb = adverb || word == a;
        if (!adverb) return word;
        from = static_cast<std::size_t>(word.data() - low.data()) + word.size();
    }
}

// Verbs that only speak about the matter ("let me explain", "I want to flag", "I want to emphasise that ..."): a wish
// to talk, to know or to make a point is no way forward.
bool talk_verb(std::string_view verb) {
    for (std::string_view v :
         {"know",      "explain",    "clarify", "say",       "ask",       "be",        "see",       "think", "guess",
          "check",     "understand", "hear",    "emphasise", "emphasize", "stress",    "flag",      "raise", "mention",
          "share",     "point",      "note",    "highlight", "repeat",    "rephrase",  "remind",    "add",   "put",
          "make",      "talk",       "discuss", "chat",      "help",      "learn",     "get",       "have",  "try",
          "look",      "consider",   "push",    "argue",     "question",  "express",   "voice",     "echo",  "start",
          "begin",     "respond",    "reply",   "answer",    "address",   "summarize", "summarise", "recap", "thank",
          "apologise", "apologize",  "go",      "tell",      "do",        "offer"})
        if (verb == v) return true;
    return verb.empty() || verb.ends_with("n't") || verb == "not" || verb == "never";
}

// A modal said inside someone else's reported view ("does the person who thinks we should handle it know ...", "Omar
// says we should wait"): the words before it end on a third person's verb of saying or thinking.
bool reported_view(std::string_view low, std::size_t at) {
    auto const before = low.substr(0, at);
    for (std::string_view v : {"thinks ", "says ", "believes ", "claims ", "insists ", "suggests ", "feels "})
        if (before.ends_with(v)) return true;
    return false;
}

// The sentence around `at` is a statement (no question mark).
bool stated(std::string_view low, std::size_t at) { return !sentence_at(low, at).ends_with("?"); }

// The writer's own step offered or wanted: "let me break the work down with the team", "I want to rebuild it in
// Rust", the reader's way suggested ("you could just cherry-pick your change"). Not "let me know", "I want to
// emphasise that ...", "you could have told me".
bool offers_step(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view opener :
         {"let me ", "i want to ", "we want to ", "you could ", "you might want to ", "you may want to "}) {
        if (!w.at_word_start(opener, false)) continue;
        for (auto at = w.find(opener); at != std::string::npos; at = w.find(opener, at + 1)) {
            auto const verb = verb_past_adverbs(low, at + opener.size());
            if (talk_verb(verb) || verb == "see" || verb == "feel" || verb == "use" || !stated(low, at)) continue;
            if (verb.size() < 3 || verb.ends_with("ed")) continue;  // "you could've", "you could hardly", "you could"
            return true;
        }
    }
    return false;
}

// A proposal in the passive, said of the thing to change: "The Gist entry should be removed", "the deadline needs to
// be moved". A state expected ("should be fixed by now", "should be done", "should be needed") is none.
bool passive_proposal(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view modal : {"should be ", "needs to be ", "need to be ", "ought to be "}) {
        if (!w.at_word_start(modal, false)) continue;
        for (auto at = w.find(modal); at != std::string::npos; at = w.find(modal, at + 1)) {
            auto const verb = verb_past_adverbs(low, at + modal.size());
            if (!verb.ends_with("ed") || verb.size() < 5 || !stated(low, at) || reported_view(low, at)) continue;
            bool state = false;
            for (std::string_view s :
                 {"needed",   "affected",   "based",   "involved",  "expected", "concerned",  "required",
                  "related",  "interested", "worried", "surprised", "impacted", "considered", "discussed",
                  "prepared", "allowed",    "noted",   "fixed",     "finished", "included",   "supported",
                  "covered",  "handled",    "aligned", "scared",    "excited",  "used"})
                state = state || verb == s;
            auto const rest = low.substr(static_cast<std::size_t>(verb.data() - low.data()) + verb.size(), 12);
            // "0.22 should be released by the end of August": a date expected, not a change proposed.
            bool expected = false;
            for (std::string_view t : {" by ", " already", " soon", " shortly", " now", " today", " any "})
                expected = expected || rest.starts_with(t);
            if (!state && !expected) return true;
        }
    }
    return false;
}

// A no with the way to yes: "I can't take on new projects unless they go through the intake process", "we won't
// merge it unless it comes with tests". Not a doubt with an out ("it won't work unless I'm missing something").
bool unless_yes(Words const& w) {
    std::string_view const low = w.low;
    if (!w.at_word_start("unless ", false)) return false;
    for (auto at = w.find("unless "); at != std::string::npos; at = w.find("unless ", at + 1)) {
        auto const sentence = sentence_at(low, at);
        auto const here = static_cast<std::size_t>(low.data() + at - sentence.data());
        auto const after = sentence.substr(here + 7);
        // The no before it, back to the sentence's true start ("2.4" ends no sentence).
        auto from = static_cast<std::size_t>(sentence.data() - low.data());
        while (from >= 2 && low[from - 1] == '.' && cues::word_byte(low[from]) && cues::word_byte(low[from - 2]))
            from = static_cast<std::size_t>(sentence_at(low, from - 2).data() - low.data());
        if (!negated(" " + std::string(low.substr(from, at - from))) || sentence.ends_with("?")) continue;
        bool doubt = false;
        for (std::string_view d : {"i'm ", "i am ", "i've ", "i have ", "i miss", "i misread", "i misunderstand",
                                   "someone ", "anyone ", "you disagree", "you object", "there's ", "there is "})
            doubt = doubt || after.starts_with(d);
        if (!doubt && after.size() >= 12) return true;
    }
    return false;
}

// The alternative weighed against the plan: "A compact layout or a density setting would be easier to maintain than
// preserving the whole interface", "the scope should be narrower than 'old UI'". "Would" needs a proposal for its
// subject (an indefinite or a gerund: "a flag would be safer than", "shipping it dark would be cheaper than"); the
// plan praised ("the new flow would be simpler than the old one", "it would be easier than I thought") is none.
bool weighs_alternative(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view modal : {"would be ", "'d be ", "should be "}) {
        if (!w.at_word_start(modal, false) && modal != "'d be ") continue;
        for (auto at = low.find(modal); at != std::string_view::npos; at = low.find(modal, at + 1)) {
            auto const from = at + modal.size();
            auto word = verb_past_adverbs(low, from);
            auto next = static_cast<std::size_t>(word.data() - low.data()) + word.size();
            if (word == "much" || word == "far" || word == "a") {  // "much easier", "far safer", "a lot cheaper"
                if (word == "a" && word_at(low, next) == "lot") next += 4;
                word = word_at(low, next);
                next = static_cast<std::size_t>(word.data() - low.data()) + word.size();
            }
            if (word == "more" || word == "less") {
                word = word_at(low, next);
                next = static_cast<std::size_t>(word.data() - low.data()) + word.size();
            } else {
                bool comparative = false;
                for (std::string_view c :
                     {"better", "easier", "simpler", "cheaper", "safer", "smaller", "narrower", "quicker", "faster",
                      "lighter", "leaner", "shorter", "cleaner", "sooner", "fewer", "lower", "smarter", "saner"})
                    comparative = comparative || word == c;
                if (!comparative) continue;
            }
            auto const sentence = sentence_at(low, at);
            auto const clause = sentence.substr(static_cast<std::size_t>(low.data() + next - sentence.data()));
            if (clause.find(" than ") == std::string_view::npos || sentence.ends_with("?") ||
                negated(sentence.substr(0, static_cast<std::size_t>(low.data() + at - sentence.data()) + 1)))
                continue;
            // "Should" wants the scope cut ("should be narrower than"); "should be faster than" only expects.
            if (modal == "should be ")
                for (std::string_view c : {"narrower", "smaller", "shorter", "fewer", "lower", "simpler", "leaner"})
                    if (word == c) return true;
            if (modal == "should be ") continue;
            auto const open = sentence.find_first_not_of(" \n>\"'");
            auto const subject = word_at(sentence, open == std::string_view::npos ? 0 : open);
            if (subject == "a" || subject == "an" || (subject.ends_with("ing") && subject.size() > 4)) return true;
        }
    }
    return false;
}

// --- triage15: the writer's way in real people's grammar ---
// Real drafts say their way forward in shapes the cue lists above were not written for: the writer's own step joined
// to what it is for ("I'm going to punt the last 1.4 issues to 1.5 so we can get NAT64 out", "I'd love to see a formal
// plan reviewed with all parties, so we can agree on a launch date"), a wanted outcome and what it takes ("If we want
// everything available the morning of the release, we have to do it a day earlier", "If people want to save it, the
// best way is a password manager"), a noun of proposal as the subject of a copula ("My suggestion is to move this into
// its own project", "The better option would be a nightly batch"). Each reads roles, not a draft's words: who acts,
// which modal, what the clause after it is for.

// A purpose after the step: "so that ...", or "so" and a subject of up to three words and a modal or a verb of
// having ("so we can", "so marketing can", "so the support team won't"). "So we can't demo it" is a consequence.
bool t15_purpose(std::string_view rest) {
    if (rest.find(" so that ") != std::string_view::npos) return true;
    for (auto at = rest.find(" so "); at != std::string_view::npos; at = rest.find(" so ", at + 1)) {
        auto from = at + 4;
        for (int i = 0; i < 4; ++i) {
            auto const word = word_at(rest, from);
            if (word.empty()) break;
            if (word == "can" || word == "could" || word == "will" || word == "won't" || word == "don't" ||
                word == "doesn't" || word == "isn't" || word == "aren't" || word == "get" || word == "gets")
                return i > 0;  // a subject first: "so can we" is no purpose
            if (i == 0 && (word == "far" || word == "much" || word == "many" || word == "long" || word == "i'm")) break;
            from = static_cast<std::size_t>(word.data() - rest.data()) + word.size();
        }
    }
    return false;
}

bool t15_step_for_purpose(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view opener :
         {"i'm going to ", "i am going to ", "we're going to ", "we are going to ", "i'll ", "we'll ", "i will ",
          "we will ", "i plan to ", "we plan to ", "i'd like to see ", "i'd love to see ", "we'd like to see ",
          "i want to see ", "we need to ", "we have to ", "we should "}) {
        if (!w.at_word_start(opener, false)) continue;
        for (auto at = w.find(opener); at != std::string::npos; at = w.find(opener, at + 1)) {
            auto const sentence = sentence_at(low, at);
            if (sentence.ends_with("?") || reported_view(low, at)) continue;
            auto const verb = verb_past_adverbs(low, at + opener.size());
            // "I'll explain the cutover so you can see", "I'm going to be out, so ...": talk or being is no step;
            // after "I'd like to see" the object is the way ("a written rollback plan").
            if (!opener.ends_with("see ") && (talk_verb(verb) || verb == "need" || verb == "want" || verb == "wait"))
                continue;
            auto const here = static_cast<std::size_t>(low.data() + at - sentence.data());
            if (t15_purpose(sentence.substr(here))) return true;
        }
    }
    return false;
}

// The head of a copula whose subject is a noun of proposal: "my suggestion is", "the better option would be", "the
// way forward is". `clause` starts at the subject's determiner; returns the complement after the copula, or empty.
std::string_view t15_proposal_complement(std::string_view clause) {
    auto word = word_at(clause, 0);
    if (word != "my" && word != "our" && word != "the" && word != "a") return {};
    auto from = static_cast<std::size_t>(word.data() - clause.data()) + word.size();
    word = word_at(clause, from);
    bool adjective = false;
    for (std::string_view adj : {"best", "better", "simplest", "easiest", "safest", "cleanest", "cheapest", "only",
                                 "right", "obvious", "next", "quickest", "fastest", "main"})
        if (word == adj) {
            adjective = true;
            from = static_cast<std::size_t>(word.data() - clause.data()) + word.size();
            word = word_at(clause, from);
            break;
        }
    bool noun = false;
    for (std::string_view n : {"suggestion", "recommendation", "proposal", "option", "approach", "path", "fix", "move",
                               "step", "alternative", "bet", "way"})
        noun = noun || word == n;
    if (!noun) return {};
    from = static_cast<std::size_t>(word.data() - clause.data()) + word.size();
    // "the way" needs its adjective or "forward" ("the way it is" is no proposal); so do "fix" and "step", which
    // may tell what was done ("The fix is to use %~dp0 within quotes" in a report of the fix).
    if ((word == "fix" || word == "step") && !adjective) return {};
    if (word == "way") {
        if (word_at(clause, from) == "forward")
            from = static_cast<std::size_t>(word_at(clause, from).data() - clause.data()) + 7;
        else if (!adjective)
            return {};
    }
    auto rest = clause.substr(std::min(from, clause.size()));
    for (std::string_view cop : {" here is ", " is ", " would be ", " will be ", " might be ", " could be "})
        if (rest.starts_with(cop)) {
            rest.remove_prefix(cop.size());
            // The complement names a way: a to-infinitive of doing, or a thing ("a nightly batch", "the 30 fps lock").
            auto const first = word_at(rest, 0);
            if (first == "to") {
                auto const verb = word_at(rest, 3);
                return talk_verb(verb) || verb == "wait" ? std::string_view{} : rest;
            }
            if (first == "a" || first == "an" || first == "the" || first == "that" || first == "we" ||
                first == "moving" || first == "keeping" || first == "shipping" || first == "dropping")
                return rest;
            return {};
        }
    return {};
}

// A sentence that opens on a noun of proposal and its copula (past "so", "but", "and", "then", "i think", "imo").
bool t15_proposal_said(Words const& w) {
    std::string_view const low = w.low;
    for (std::size_t at = 0; at < low.size();) {
        auto const sentence = sentence_at(low, at);
        auto const next = static_cast<std::size_t>(sentence.data() - low.data()) + sentence.size();
        if (!sentence.ends_with("?")) {
            auto open = sentence.find_first_not_of(" \n>*_-\"'");
            std::string_view clause = open == std::string_view::npos ? std::string_view{} : sentence.substr(open);
            for (bool again = true; again;) {
                again = false;
                for (std::string_view lead :
                     {"so ", "but ", "and ", "then ", "i think ", "imo ", "imo, ", "honestly, "})
                    if (clause.starts_with(lead)) {
                        clause.remove_prefix(lead.size());
                        again = true;
                    }
            }
            if (!t15_proposal_complement(clause).empty()) return true;
        }
        if (next <= at) break;
        at = next;
    }
    return false;
}

// "If we want X, we have to Y", "if the clinic wants X, we need to Y", "If people want to save it, the best way is a
// password manager": a condition of wanting or needing, then what it takes said as a necessity of ours or yours, or
// as a way. "If we want X, we're in trouble" names no step; "if you want, I can ..." is an offer (plans_way).
bool t15_wanted_then_needed(Words const& w) {
    std::string_view const low = w.low;
    if (!w.at_word_start("if ", false)) return false;
    for (auto at = w.find("if "); at != std::string::npos; at = w.find("if ", at + 1)) {
        auto const sentence = sentence_at(low, at);
        if (sentence.ends_with("?")) continue;
        auto const here = static_cast<std::size_t>(low.data() + at - sentence.data());
        auto const comma = sentence.find(", ", here);
        if (comma == std::string_view::npos) continue;
        auto const condition = sentence.substr(here, comma - here);
        bool wanting = false;
        for (std::string_view v : {" want ", " wants ", " need ", " needs ", "'d like ", " would like "})
            wanting = wanting || condition.find(v) != std::string_view::npos;
        if (!wanting || negated(condition)) continue;
        auto main = sentence.substr(comma + 2);
        if (main.starts_with("then ")) main.remove_prefix(5);
        for (std::string_view need :
             {"we have to ", "we'd have to ", "we'll have to ", "we need to ", "we'd need to ", "we'll need to ",
              "we must ", "we should ", "you have to ", "you'd have to ", "you'll have to ", "you need to ",
              "you'll need to ", "you'd need to ", "you should "})
            if (main.starts_with(need)) {
                auto const verb = verb_past_adverbs(main, need.size());
                if (!talk_verb(verb) && verb != "wait" && verb != "be") return true;
            }
        if (!t15_proposal_complement(main).empty()) return true;
    }
    return false;
}

bool t15_way(Words const& w) { return t15_step_for_purpose(w) || t15_wanted_then_needed(w) || t15_proposal_said(w); }
// --- triage15: end ---

// --- learn11: a rival option after a comma, a counter-date that works ---

// The writer's second option joined to the first by "or": "I'd say 8-10 days, or we migrate only the last 90 days in
// 3", "Either we hold the date, or we drop the export". Not a threat or a loss ("or we lose the client", "or we'll
// miss the window"), nor a question ("..., or should we wait?").
bool l11_rival_option(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view join : {", or we ", ", or i can ", ", or i could ", "; or we ", " or else we "}) {
        for (auto at = low.find(join); at != std::string_view::npos; at = low.find(join, at + 1)) {
            if (!stated(low, at)) continue;
            auto from = at + join.size();
            auto verb = word_at(low, from);
            for (std::string_view modal : {"could", "can", "just", "instead", "simply", "only"})
                if (verb == modal) {
                    from = static_cast<std::size_t>(verb.data() - low.data()) + verb.size();
                    verb = word_at(low, from);
                    break;
                }
            bool loss = verb.size() < 3 || verb.ends_with("ed") || verb.find('\'') != std::string_view::npos;
            for (std::string_view v : {"might", "may",   "must", "lose", "miss", "risk", "break", "fail",   "end",
                                       "get",   "have",  "need", "are",  "were", "will", "would", "should", "don't",
                                       "won't", "can't", "pay",  "burn", "slip", "blow", "eat",   "hit"})
                loss = loss || verb == v;
            if (!loss) return true;
        }
    }
    return false;
}

// A counter-date that works for the writer, the date the sentence's subject: "Monday with the rules works.", "But the
// 18th would work if we cut the export." Not "it still works", nor a date the subject does not open ("The reindex took
// 6 hours on Monday and the old export still works").
bool l11_date_that_works(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view v : {" works", " would work", " could work"}) {
        for (auto at = low.find(v); at != std::string_view::npos; at = low.find(v, at + 1)) {
            auto const sentence = sentence_at(low, at);
            if (sentence.ends_with("?") || negated(sentence)) continue;
            auto open = sentence.find_first_not_of(" >\"'*_");
            if (open == std::string_view::npos) continue;
            auto word = word_at(sentence, open);
            while (word == "but" || word == "so" || word == "then" || word == "and" || word == "the" ||
                   word == "next") {
                open = static_cast<std::size_t>(word.data() - sentence.data()) + word.size();
                word = word_at(sentence, open);
            }
            bool day = !word.empty() && word.front() >= '0' && word.front() <= '9' &&
                       (word.ends_with("st") || word.ends_with("nd") || word.ends_with("rd") || word.ends_with("th"));
            for (std::string_view d :
                 {"monday", "tuesday", "wednesday", "thursday", "friday", "week", "sprint", "january", "february",
                  "march", "april", "june", "july", "august", "september", "october", "november", "december"})
                day = day || word == d;
            if (day) return true;
        }
    }
    return false;
}

// Options the writer has and lays out in one sentence: "We have the option to delay 4.1 until it's tested, or release
// 4.1 and add this to 4.2", "One option is to pin the analyzer; another is to reindex". A question for a feature
// ("Is there an option to export as CSV or PDF?") or one named without its rival is none.
bool has_options(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view cue :
         {"we have the option", "we have an option", "we've got the option", "our options are", "one option is",
          "one option would be", "another option is", "another option would be", "the other option is",
          "an alternative is", "the alternative is", "one alternative is", "i see two", "we could either"}) {
        for (auto at = w.find(cue); at != std::string::npos; at = w.find(cue, at + 1)) {
            auto const sentence = sentence_at(low, at);
            if (sentence.ends_with("?")) continue;
            // The rival in the same sentence, or the next sentence naming another ("another", "or", "the other").
            if (sentence.find(" or ") != std::string_view::npos || sentence.find("; ") != std::string_view::npos ||
                cue.starts_with("another") || cue.starts_with("the other") || cue.starts_with("the alternative") ||
                cue.starts_with("an alternative") || cue.starts_with("one alternative"))
                return true;
            auto const end = static_cast<std::size_t>(sentence.data() - low.data()) + sentence.size();
            auto const next = end < low.size() ? sentence_at(low, std::min(low.size() - 1, end + 1)) : "";
            if (next.find("another") != std::string_view::npos || next.find("the other") != std::string_view::npos ||
                next.find("alternatively") != std::string_view::npos)
                return true;
        }
    }
    return false;
}

// Steps laid out inline and put as what to do: "So two things: 1. keep it backward compatible now; 2. add a
// `return_format` option", "1) pin the analyzer 2) reindex". Each item opens on a bare verb (no determiner, pronoun
// or auxiliary first, no past tense after it): "1. the spec changed twice 2. the designs came late" lists complaints.
bool steps_inline(Words const& w) {
    std::string_view const low = w.low;
    auto const imperative = [&](std::size_t from) {
        auto const first = word_at(low, from);
        if (first.size() < 2 || first.ends_with("ed") || first.ends_with("ly") || first.ends_with("'s")) return false;
        for (std::string_view closed :
             {"the", "a",     "an",     "this",  "that", "these", "those", "our",  "my",   "your",    "their",
              "his", "her",   "its",    "we",    "i",    "you",   "they",  "he",   "she",  "it",      "there",
              "no",  "not",   "all",    "some",  "any",  "each",  "every", "if",   "when", "because", "and",
              "or",  "but",   "is",     "are",   "was",  "were",  "has",   "have", "had",  "will",    "would",
              "can", "could", "should", "in",    "on",   "at",    "for",   "with", "by",   "from",    "to",
              "of",  "one",   "two",    "three", "more", "less",  "most",  "too",  "very"})
            if (first == closed) return false;
        auto const after = static_cast<std::size_t>(first.data() - low.data()) + first.size();
        auto const second = word_at(low, after);
        for (std::string_view aux : {"is", "are", "was", "were", "has", "have", "had", "will", "can", "could", "would",
                                     "should", "does", "did", "do", "keeps", "got"})
            if (second == aux) return false;
        return !second.ends_with("ed");
    };
    // Where the marker `n` (a digit and ". " or ") ") opens an item inline: after a colon, a semicolon, a stop or
    // the start of the draft, never inside a version ("v1. 2") or a number.
    auto const marker = [&](char n, std::size_t from, bool loose) -> std::size_t {
        for (auto at = low.find(n, from); at != std::string_view::npos; at = low.find(n, at + 1)) {
            if (at + 2 >= low.size() || (low[at + 1] != '.' && low[at + 1] != ')') || low[at + 2] != ' ') continue;
            if (at > 0 && (cues::word_byte(low[at - 1]) || low[at - 1] == '.')) continue;
            auto const prev = low.substr(0, at).find_last_not_of(' ');
            if (prev == std::string_view::npos || low[prev] == ':' || low[prev] == ';' || low[prev] == '.' ||
                low[prev] == ',' || low[prev] == '\n' || (loose && prev + 1 < at))
                return at;
        }
        return std::string_view::npos;
    };
    auto const one = marker('1', 0, false);
    if (one == std::string_view::npos) return false;
    // After a header's colon ("A few ways to fix it: 1. dump ... 2. move ..."), the next item may follow a word.
    auto const head = low.substr(0, one).find_last_not_of(' ');
    auto const two = marker('2', one + 3, head != std::string_view::npos && low[head] == ':');
    if (two == std::string_view::npos || !imperative(one + 3) || !imperative(two + 3)) return false;
    // The items run on one line: a list on its own lines is `enumerates`' (with its question or proposal).
    return low.substr(one, two - one).find('\n') == std::string_view::npos;
}

bool reasoned(std::string_view low, std::size_t at);

// The writer's own no said as a plan they don't have ("Sorry, I have no plans to change the build system. CMake is
// ...", "we're not planning to port it: ..."), with its reason: a maintainer's no as plain as "I won't".
bool declines_plan(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view no : {"i have no plans to ", "we have no plans to ", "there are no plans to ",
                                "i'm not planning to ", "we're not planning to ", "i don't plan to ",
                                "we don't plan to ", "i have no intention of ", "we have no intention of "}) {
        if (!w.at_word_start(no, false)) continue;
        for (auto at = w.find(no); at != std::string::npos; at = w.find(no, at + 1))
            if (!talk_verb(word_at(low, at + no.size())) && reasoned(low, at)) return true;
    }
    return false;
}

// "I won't be merging this PR": the verb of a no said in the progressive is the gerund after "be".
std::string_view progressive_verb(std::string_view low, std::string_view verb) {
    if (verb != "be") return verb;
    auto const next = word_at(low, static_cast<std::size_t>(verb.data() - low.data()) + verb.size());
    return next.ends_with("ing") && next.size() > 4 && next != "going" ? next : verb;
}

// A condition whose subject is the work or a party other than the writer ("if the admin UI can wait we ship capture
// and storage in 2", "if legal signs off by Friday, we can launch on the 3rd"), and the writer's side after it: the
// way to yes. A harm after it ("if the vendor is late we lose the contract") is none.
bool condition_to_yes(Words const& w) {
    std::string_view const low = w.low;
    if (!w.at_word_start("if ", false)) return false;
    for (auto at = w.find("if "); at != std::string::npos; at = w.find("if ", at + 1)) {
        auto const sentence = sentence_at(low, at);
        auto const here = static_cast<std::size_t>(low.data() + at - sentence.data());
        if (sentence.ends_with("?")) continue;
        for (std::string_view we : {", we ", " we ", ", i ", " then we "}) {
            auto const then = sentence.find(we, here + 3);
            if (then == std::string_view::npos) continue;
            auto const verb = word_at(sentence, then + we.size());
            // "If it's only for political reasons, I can accept that": a stance after the modal is no way.
            if (verb == "can" || verb == "could") {
                auto const next = word_at(sentence, then + we.size() + verb.size());
                if (talk_verb(next) || next == "accept" || next == "live" || next == "see") break;
            }
            for (std::string_view yes : {"can", "could", "ship", "cut", "drop", "deliver", "launch", "release", "keep",
                                         "move", "split", "start", "finish", "hit", "make", "land", "give"})
                if (verb == yes && !negated(sentence.substr(then))) return true;
            break;
        }
    }
    return false;
}

// The people the work needs, asked for: "We need another point person for pull requests", "we need a second reviewer
// on the billing code", "can we get one more backend engineer for May?".
bool asks_for_people(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view need : {"we need ", "i need ", "we'll need ", "can we get ", "could we get "}) {
        if (!w.at_word_start(need, false)) continue;
        for (auto at = w.find(need); at != std::string::npos; at = w.find(need, at + 1)) {
            auto const more = word_at(low, at + need.size());
            if (more != "another" && more != "a" && more != "an" && more != "one" && more != "two" && more != "more")
                continue;
            auto const rest = low.substr(at + need.size(), 48);
            for (std::string_view who : {"person", "people", "reviewer", "engineer", "developer", " dev ", " devs ",
                                         "maintainer", "hands", "designer", "tester", "owner", " sre"})
                if (auto const p = rest.find(who);
                    p != std::string_view::npos && rest.substr(0, p).find_first_of(".,;:!?") == std::string_view::npos)
                    return true;
        }
    }
    return false;
}

// The ways announced by a header and then listed: "A few ways to do it:\n1. ...\n2. ...", "Some options: 1. ... 2.
// ...". A header that lists what went wrong ("Two things went wrong: 1. ...") is none.
bool lists_ways(Words const& w) {
    if (steps_inline(w)) return true;
    std::string_view const low = w.low;
    for (std::string_view noun : {"ways", "options", "approaches", "alternatives", "paths", "choices", "fixes",
                                  "possibilities", "ideas", "proposals", "suggestions"}) {
        for (auto at = w.find(noun); at != std::string::npos; at = w.find(noun, at + 1)) {
            auto const colon = low.find(':', at);
            auto const stop = low.find_first_of(".!?\n", at);
            if (colon == std::string_view::npos || (stop != std::string_view::npos && stop < colon) || colon > at + 40)
                continue;
            if (enumerates(w)) return true;
        }
    }
    return false;
}

// Any way forward the shapes above read.
bool ready9_way(Words const& w) {
    return offers_step(w) || passive_proposal(w) || unless_yes(w) || weighs_alternative(w) || condition_to_yes(w) ||
           asks_for_people(w);
}

// --- end ready9 ---

// The writer's own way forward said as a plan, by its grammar rather than its phrasing (issue 13: a ready draft
// carries an alternative, options or a clear ask):
// - a first-person or inclusive subject, a modal of proposal and an action verb: "I'd run it two more weeks",
//   "we should push the milestone back", "let's ship the CSV path first" (a stance verb after the modal, "I'd say",
//   "we should have", "I'd like to know", is no plan);
// - the writer's work offered to the reader: "I can write that design in 3 days if you want it", "happy to quote
//   them separately", "I could, however, add a banding colour";
// - the condition that opens a way to yes: "the 21st is realistic if we freeze the strings tomorrow", "if we move
//   the deadline to the 30th, we can add it in";
// - a choice put as a question: "Should I reprioritize, or can this wait until Wednesday?".
bool plans_way(Words const& w) {
    std::string_view const low = w.low;
    if (ready9_way(w)) return true;
    // Verbs that say what the writer thinks or feels, or that look back, not what anyone would do.
    auto const stance = [](std::string_view verb) {
        for (std::string_view v :
             {"say", "think", "guess", "argue", "be", "been", "have", "had", "love", "hate", "imagine", "expect",
              "assume", "hope", "agree", "disagree", "feel", "bet", "also", "never", "not", "probably", "really",
              "just", "see", "wonder", "know", "need", "commit", "go", "get", "make", "only",
              // a way that is only a wish to talk: "we should look at it", "let's discuss"
              "look", "consider", "reconsider", "rethink", "revisit", "discuss", "talk", "try"})
            if (verb == v) return true;
        return verb.empty() || verb.ends_with("n't");
    };
    for (std::string_view modal : {"i'd ", "we'd ", "i would ", "we should ", "let's ", "let us "}) {
        if (!w.at_word_start(modal, false)) continue;  // the word index first: most drafts have none of them
        for (auto at = w.find(modal); at != std::string::npos; at = w.find(modal, at + 1)) {
            auto verb = word_at(low, at + modal.size());
            if (verb == "still") continue;  // "I'd still have preferred Postgres", "I'd still rather": a regret
            // ready9: "the person who thinks we should handle it" is someone else's view
            if (reported_view(low, at)) continue;
            // "I'd like to X", "I'd prefer to X", "I'd rather X": the verb after the wish says which.
            if (verb == "like" || verb == "prefer" || verb == "rather" || verb == "love") {
                auto const next = at + modal.size() + verb.size();
                auto after = word_at(low, next);
                if (after == "to") after = word_at(low, low.find("to", next) + 2);
                if (after == "know" || after == "understand" || after == "hear" || after == "ask" || after == "help" ||
                    after == "not" || after == "say" || after == "think" || after.empty())
                    continue;
                if (verb == "love" && after != "to") continue;  // "I'd love to help, but": a courtesy
                return true;
            }
            if (!stance(verb)) return true;
        }
    }
    // An offer of the writer's own work.
    for (std::string_view offer : {"happy to ", "glad to ", "i could ", "i can "}) {
        if (!w.at_word_start(offer, false)) continue;
        for (auto at = w.find(offer); at != std::string::npos; at = w.find(offer, at + 1)) {
            auto const verb = word_at(low, at + offer.size());
            if (stance(verb) || verb == "help" || verb == "only") continue;
            // r19: "I can do read-only endpoints by the 15th" offers a piece of work; "I can do that", "I can do my
            // best" offers nothing named.
            if (verb == "do") {
                auto const what = word_at(low, at + offer.size() + 3);
                if (what.empty() || what == "that" || what == "it" || what == "this" || what == "my" || what == "our" ||
                    what == "something" || what == "anything" || what == "whatever" || what == "so" ||
                    (what == "the" && word_at(low, at + offer.size() + 7) == "same"))
                    continue;
            }
            auto const sentence = sentence_at(low, at);
            if (sentence.ends_with("?")) continue;
            // "I can" is an offer where it says when or on what condition; "happy to" and "I could" are one as said.
            if (offer == "i can " &&
                !std::ranges::any_of(std::initializer_list<std::string_view>{" if ", " today", " tomorrow", " by ",
                                                                             " this week", " in ", " within "},
                                     [&](std::string_view c) {
                                         return sentence.find(c, sentence.find("i can")) != std::string_view::npos;
                                     }))
                continue;
            return true;
        }
    }
    // A condition that opens a way to yes: a positive modal or verdict and "if" a party acts.
    for (auto at = w.at_word_start("if ", false) ? w.find("if ") : std::string::npos; at != std::string::npos;
         at = w.find("if ", at + 1)) {
        auto const subject = word_at(low, at + 3);
        if (subject != "we" && subject != "you" && subject != "i") continue;
        auto const sentence = sentence_at(low, at);
        auto const here = static_cast<std::size_t>(low.data() + at - sentence.data());
        auto const before = sentence.substr(0, here);
        auto const comma = sentence.find(", ", here);
        auto const after = comma == std::string_view::npos ? std::string_view{} : sentence.substr(comma + 2);
        bool const verdict = !negated(before) && [&] {
            for (std::string_view yes :
                 {"realistic", "possible", "doable", "feasible", "works", "can ", "could ", "'d ", "'ll ", "will "})
                if (before.find(yes) != std::string_view::npos) return true;
            return false;
        }();
        bool const then = !negated(after) && [&] {
            for (std::string_view yes : {"we can ", "we could ", "i can ", "i could ", "we'd ", "i'd ", "we'll ",
                                         "i'll ", "you'd ", "you can ", "you'll "})
                if (after.starts_with(yes)) return true;
            return false;
        }();
        if (verdict || then) return true;
    }
    // A choice put as a question: "should I X, or Y?", "can we A or B?".
    for (auto q = low.find('?'); q != std::string_view::npos; q = low.find('?', q + 1)) {
        auto sentence = sentence_at(low, q);
        auto const open = sentence.find_first_not_of(" >\"");
        if (open == std::string_view::npos) continue;
        sentence.remove_prefix(open);
        bool const modal = std::ranges::any_of(
            std::initializer_list<std::string_view>{"should ", "can ", "could ", "shall ", "would ", "do we want",
                                                    "do you want", "do you prefer", "would you rather"},
            [&](std::string_view m) { return sentence.starts_with(m); });
        if (modal && sentence.find(" or ") != std::string_view::npos && !sentence.ends_with("or not?")) return true;
    }
    return false;
}

// The PM's plan spoken of as a thing: a determiner and a plan noun ("the spec", "the current design",
// "the PRD says"). An engineer's case argues with the plan; a PM's ask asks for delivery.
bool talks_of_plan(Words const& w) {
    for (std::string_view det : {"the ", "this ", "your ", "the current ", "the new ", "the revised "}) {
        if (!w.at_word_start(det, false)) continue;  // each cue below starts a word with `det`
        for (std::string_view noun : {"plan", "spec", "prd", "design", "roadmap", "proposal", "estimate", "timeline",
                                      "rollout plan", "migration plan", "sprint plan"})
            if (w.at_word_start(Joined{det, noun}, true)) return true;
    }
    return false;
}

// What only the PM can give the writer: a decision or a call, a review or a sign-off, people. Asked for
// ("can you give me a date for the decision?", "could you review", "can I get a decision"), or the writer
// is waiting on it ("I'm blocked on", "I can't start ... until we pick").
bool waits_on_pm(Words const& w) {
    if (w.any({"i'm blocked", "i am blocked", "blocked on", "i can't start", "i cannot start", "until we pick",
               "until we decide", "i need to know", "before i start", "i want to start", "before we commit to",
               "every week we wait"}))
        return true;
    // "we're still waiting on the call": the writer waits. "Which of the changes are you waiting on?" asks what the
    // reader waits for: the writer is the one who gives it.
    for (std::string_view waiting : {"waiting on", "waiting for"}) {
        if (!w.at_word_start(waiting, false)) continue;
        for (auto at = w.find(waiting); at != std::string::npos; at = w.find(waiting, at + 1)) {
            auto const before = std::string_view(w.low).substr(0, at);
            if (!before.ends_with("you ") && !before.ends_with("you're ") && !before.ends_with("you all ") &&
                !before.ends_with("y'all ") && !before.ends_with("folks ") && !before.ends_with("they ") &&
                !before.ends_with("they're "))
                return true;
        }
    }
    return false;
}

bool asks_the_pm(Words const& w) {
    bool const asking = w.low.find('?') != std::string::npos ||
                        w.any({"by monday", "by tuesday", "by wednesday", "by thursday", "by friday", "this week"});
    if (!asking) return false;
    bool const gives =
        w.any_prefix({"decision",         "decide",       "a call on",     "make a call",       "sign-off",
                      "sign off",         "signoff",      "review the",    "review of",         "design review",
                      "headcount",        "approve",      "approval",      "pick between",      "choose between",
                      "which you prefer", "in scope",     "which matters", "what matters more", "which is more",
                      "which one",        "which of the", "clarify",       "what do you mean",  "prioriti"});
    bool const waits = waits_on_pm(w);
    bool const me = w.any({"give me", "can i get", "could i get", "can you", "could you", "would you", "i need"});
    return gives && (waits || me);
}

// --- leads15: a revisit under a condition is planned ---
// "If they go over 5% two weeks in a row, we reopen it.", "Once the pilot data is in, we'll revisit the threshold": a
// revisit the sentence puts under a condition (an "if", "once", "when" or "unless" clause opening it) is planned as
// part of the decision, not asked for now.
bool l15_revisit_conditioned(std::string_view low, std::size_t at) {
    auto const open = low.find_last_of(".!?;\n", at == 0 ? 0 : at - 1);
    auto head = low.substr(open == std::string_view::npos || at == 0 ? 0 : open + 1);
    while (!head.empty() && (head.front() == ' ' || head.front() == '-' || head.front() == '*')) head.remove_prefix(1);
    for (std::string_view cond : {"if ", "once ", "when ", "unless ", "should the ", "should they ", "should it "})
        if (head.starts_with(cond)) {
            // The condition ends at a comma before the revisit.
            auto const comma = head.find(", ");
            auto const rel = at - static_cast<std::size_t>(head.data() - low.data());
            return comma != std::string_view::npos && comma < rel;
        }
    return false;
}
// --- leads15: end ---

// A revisit the writer asks for now ("can we revisit it?"), not one planned as part of the decision ("let's revisit at
// the end of Q1", "we'll revisit it in Q4"): what follows the verb says which.
bool revisit_asked(Words const& w) {
    for (std::string_view ask :
         {"revisiting", "can we revisit", "could we revisit", "let's revisit", "i'd like to revisit", "want to revisit",
          "can we reopen", "could we reopen", "reopen it", "re-open it"}) {
        auto const at = w.find(ask);
        if (at == std::string::npos) continue;
        // r21: "I'll build premium on the current schedule and won't reopen it" closes the decision.
        if (std::string_view const before = std::string_view(w.low).substr(0, at);
            before.ends_with("won't ") || before.ends_with("not ") || before.ends_with("never ") ||
            before.ends_with("not going to ") || before.ends_with("no need to "))
            continue;
        auto rest = std::string_view(w.low).substr(at + ask.size());
        bool planned = false;
        // What is revisited may come first ("let's revisit the numbers after the January sales"): a pronoun, or up
        // to three words after "the".
        for (int words = 0; words <= 3 && !planned; ++words) {
            for (std::string_view when : {" at ", " in ", " after ", " next ", " once ", " when ", " on the "})
                planned = planned || (rest.starts_with(when) && !rest.starts_with(" in light"));
            auto const object = words == 0 && (rest.starts_with(" it ") || rest.starts_with(" them ") ||
                                               rest.starts_with(" this ") || rest.starts_with(" the "));
            if (!planned && (words > 0 || object) && rest.size() > 1 && rest[1] != ' ') {
                auto const next = rest.find(' ', 1);
                if (next == std::string_view::npos ||
                    std::string_view(",.;:?!").find(rest[next - 1]) != std::string_view::npos)
                    break;
                rest.remove_prefix(next);
            } else if (!planned) {
                break;
            }
        }
        if (!planned && !l15_revisit_conditioned(w.low, at)) return true;  // leads15
    }
    return false;
}

// A decision named and then questioned: "we decided/agreed/picked X, but ...", "revisit", "reopen",
// "second thoughts", "bring it up again".
bool reopens_decision(Words const& w) {
    if (w.any({"second thoughts", "still think it's a mistake", "relitigate this"})) return true;
    // "I'd like to bring it up again" reopens; "I won't bring it up again" closes. (r32: "I get why we did it, but I'd
    // like to talk about it again", "circling back on the decision to drop offline mode".)
    for (std::string_view again : {"bring it up again", "talk about it again", "discuss it again", "look at it again",
                                   "talk about this again", "discuss this again", "circling back on the decision",
                                   "coming back to the decision", "reconsider the decision", "rethink the decision"})
        for (auto at = w.find(again); at != std::string::npos; at = w.find(again, at + 1)) {
            auto const before = std::string_view(w.low).substr(0, at);
            // "we look at it again in May", "... after the first 3 spring orders": a revisit planned, not asked now.
            auto const after = std::string_view(w.low).substr(at + again.size());
            bool const planned = std::ranges::any_of(
                std::initializer_list<std::string_view>{" in ", " after ", " once ", " when ", " next ", " at ",
                                                        " on the ", " by ", " if "},
                [&](std::string_view p) { return after.starts_with(p); });
            if (!planned && !before.ends_with("won't ") && !before.ends_with("not ") && !before.ends_with("never ") &&
                !before.ends_with("no need to ") && !before.ends_with("not going to "))
                return true;
        }
    if (revisit_asked(w)) return true;
    // r32: "We already settled on Postgres for the ledger, but ...": a word between "we" and the decision (looked for
    // only where the draft has one: most drafts never do).
    static constexpr std::string_view adverbs[] = {"already ",    "all ",        "just ",
                                                   "originally ", "previously ", "basically "};
    bool const adverbed =
        w.any({"we already ", "we all ", "we just ", "we originally ", "we previously ", "we basically "});
    for (std::string_view d :
         {"we decided", "we agreed", "we picked", "we chose", "i said i'd commit", "decided on", "decision to",
          "we settled on", "we went with", "we landed on", "we signed off", "we committed to", "we're keeping",
          "we're sticking with", "we'll stick with", "i know we said"}) {  // r24
        auto at = w.find(d);
        if (at == std::string::npos && adverbed && d.starts_with("we ") && !d.starts_with("we'"))
            for (std::string_view adverb : adverbs) {
                std::string const longer = "we " + std::string(adverb) + std::string(d.substr(3));
                if (at = w.find(longer); at != std::string::npos) break;
            }
        if (at == std::string::npos) continue;
        // The doubt is about the decision in its own sentence or the next one ("We agreed on March. But ..."); a
        // "but" two sentences on is about something else ("We agreed today that ... . We appreciate the wider
        // discussion, but ...").
        auto rest = std::string_view(w.low).substr(at);
        // A sentence ends at a stop before a space or a line ("3.1" does not end one).
        auto const stop = [&](std::size_t from) {
            for (auto i = rest.find_first_of(".!\n", from); i != std::string_view::npos;
                 i = rest.find_first_of(".!\n", i + 1))
                if (rest[i] == '\n' || i + 1 == rest.size() || rest[i + 1] == ' ' || rest[i + 1] == '\n') return i;
            return std::string_view::npos;
        };
        if (auto const end = stop(0); end != std::string_view::npos) {
            auto const next = stop(end + 1);
            auto const second =
                rest.substr(end + 1, next == std::string_view::npos ? std::string_view::npos : next - end);
            rest = second.find_first_not_of(' ') != std::string_view::npos &&
                           second.substr(second.find_first_not_of(' ')).starts_with("but ")
                       ? rest.substr(0, next == std::string_view::npos ? rest.size() : next)
                       : rest.substr(0, end);
        }
        // r24: "we landed on flat pricing last Thursday but I keep coming back to it": the writer's own "but".
        if (rest.find(", but ") != std::string_view::npos || rest.find("but since") != std::string_view::npos ||
            rest.find(" but i keep") != std::string_view::npos || rest.find(" but i still") != std::string_view::npos ||
            rest.find(" but honestly i") != std::string_view::npos || rest.find(". but ") != std::string_view::npos ||
            rest.find("\nbut ") != std::string_view::npos)
            return true;
    }
    return false;
}

std::optional<detector::Reason> reason_of(Words const& w) {
    using detector::Reason;
    if (w.any({"too much for the time", "by launch",     "no way we ship all", "all of this by", "the scope",
               "doesn't fit in",        "won't fit",     "not enough time",    "all in",         "is a lot",
               "all at once",           "is behind",     "are behind",         "a stretch for",  "won't make it",
               "not going to make",     "see it making", "miss the date",      "make the date",  "hit the date"}))
        return Reason::scope_timeline;
    if (w.any({"assumes", "forgets", "fully booked", "capacity", "caps ", "rate limit", "doesn't account for",
               "isn't accounting for", "don't have the people", "doesn't mention", "only syncs", "once a day",
               "doesn't cover", "depends on"}))
        return Reason::ignored_constraint;
    if (w.any({"security risk", "could go wrong", "risky", "data loss", "might break", "could break", "outage",
               "cause problems", "cause issues", "in prod", "worried about"}))
        return Reason::underweighted_risk;
    if (w.any({"instead of", "off-the-shelf", "better options", "simpler way", "we could use", "already run",
               "different approach", "another approach", "better approach", "other options"}))
        return Reason::better_alternative;
    if (w.any({"customers complained", "users actually want", "nobody asked", "users want", "the wrong thing",
               "wrong problem", "churn interviews", "customers even care"}))
        return Reason::user_need;
    if (w.any({"in a week", "in a sprint", "1 sprint", "one sprint", "estimate", "bigger than", "realistic", "tight",
               "involved", "sprints for", "weeks for", "days for"}))
        return Reason::estimate;
    return std::nullopt;
}

// "Our previous vendor did this in three days", "my old team shipped ...", "everyone else has it already": the
// work measured against somewhere else, however that place is named.
bool elsewhere(Words const& w) {
    if (w.any({"everyone else has", "everybody else has", "everyone else does", "other companies have",
               "other companies do", "competitors have", "every other app"}))
        return true;
    // Each cue starts a word with `whose` and `when`: where they are not, no cue is.
    for (std::string_view whose : {"my ", "our "}) {
        if (!w.at_word_start(whose, false)) continue;
        for (std::string_view when : {"previous ", "old ", "last ", "former "}) {
            if (!w.at_word_start(Joined{whose, when}, false)) continue;
            for (std::string_view where :
                 {"company", "job", "team", "vendor", "agency", "employer", "startup", "contractor", "shop", "place"})
                if (w.at_word_start(Joined{whose, when, where}, false)) return true;
        }
    }
    return false;
}

// The work sized down for the engineer ("can't be that hard", "should be trivial"): pressure said as a
// statement, with no question mark.
bool sizes_down(Words const& w) {
    return w.any({"can't be that hard", "cannot be that hard", "can't be hard", "shouldn't be hard",
                  "should be trivial", "should be easy", "how hard can", "just saying"});
}

// A question about when something is delivered ("Is there any way we can have the audit export ready for the
// Globex call?", "When do you think the audit log could be in customers' hands?", "Is the search revamp going to
// make it this month?"): the question's own sentence names delivery.
bool delivery_question(Words const& w) {
    for (auto q = w.low.find('?', 1); q != std::string::npos; q = w.low.find('?', q + 1)) {
        auto const start = w.low.find_last_of(".!?\n", q - 1);
        auto const sentence = std::string_view(w.low).substr(start == std::string::npos ? 0 : start + 1,
                                                             q - (start == std::string::npos ? 0 : start + 1));
        for (std::string_view deliver : {"ready for the",   "ready by",
                                         "ready before",    "done by",
                                         "done before",     "live by",
                                         "live before",     "out by",
                                         "shipped by",      "in customers' hands",
                                         "in users' hands", "into customers' hands",
                                         "make it this",    "make it into",
                                         "make it for",     "soonest",
                                         "could land",      "can land",
                                         "land this",       "land by"})
            if (auto const at = sentence.find(deliver); at != std::string_view::npos) {
                // r32 (trial34 #27): "is the notice going out by email or SMS?" asks how it goes out, not when.
                if (deliver.ends_with(" by")) {
                    auto rest = sentence.substr(at + deliver.size());
                    rest.remove_prefix(std::min(rest.find_first_not_of(' '), rest.size()));
                    auto const word = rest.substr(0, rest.find_first_of(" ,.?!"));
                    constexpr std::array<std::string_view, 21> means{
                        "email",   "e-mail", "sms",     "text", "mail",    "post",     "push",
                        "phone",   "fax",    "courier", "hand", "default", "accident", "itself",
                        "webhook", "ftp",    "sftp",    "api",  "letter",  "carrier",  "app"};
                    if (std::ranges::find(means, word) != means.end()) continue;
                }
                return true;
            }
        // r32: "Can we get the CSV export in before the Acme renewal call on Thursday?": the work got in by a time.
        auto const open = sentence.find_first_not_of(" \n>");
        std::string_view const head = open == std::string_view::npos ? std::string_view{} : sentence.substr(open);
        if (auto const get = sentence.find("get ");
            get != std::string_view::npos &&
            (head.starts_with("can ") || head.starts_with("could ") || head.starts_with("any chance") ||
             head.starts_with("is there any way") || head.starts_with("will ") || head.starts_with("would ")))
            for (std::string_view in :
                 {" in before ", " in by ", " out before ", " over the line by ", " over the line before ",
                  " shipped before ", " finished by ", " finished before "})
                if (sentence.find(in, get) != std::string_view::npos) return true;
    }
    return false;
}

// --- persp9: a delivery demanded ---
// A delivery demanded rather than asked ("Need this done by Monday", "We need it live by the end of the month", "Just
// get the features done in 3 weeks", "by Monday this should be out the door"), or hours and checks given up for a
// date ("put in some extra hours to hit the deadline", "Drop the unit tests then ... in 3 weeks"): the PM's pressure
// said as a statement. The writer's own promise ("I'll get it done by Friday", "we'll have it out by the 3rd"), an
// estimate ("should be live by 10pm") and a demand argued with ("we need it live by the 30th, but the vendor ...") are
// not one.
bool time_pressed(Words const& w) {
    if (w.any({"asap", "deadline", "end of the week", "end of the month", "end of the quarter", "end of the sprint",
               "end of day", "by eod", "by tomorrow", "by tonight", "right now", "yesterday"}))
        return true;
    for (auto at = w.find("by "); at != std::string::npos; at = w.find("by ", at + 1)) {
        auto const rest = std::string_view(w.low).substr(at + 3);
        for (std::string_view when : {"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
                                      "the end", "end of", "next ", "this "})
            if (rest.starts_with(when)) return true;
        // "by the 15th", "by 3 March".
        auto const day = rest.starts_with("the ") ? rest.substr(4) : rest;
        if (!day.empty() && day.front() >= '0' && day.front() <= '9') return true;
    }
    // "in 3 weeks", "in two days": a span that ends the work.
    for (auto at = w.find("in "); at != std::string::npos; at = w.find("in ", at + 1)) {
        auto const rest = std::string_view(w.low).substr(at + 3, 24);
        auto const sp = rest.find(' ');
        if (sp == std::string_view::npos || sp > 6) continue;
        auto const unit = rest.substr(sp + 1);
        if (unit.starts_with("day") || unit.starts_with("week") || unit.starts_with("sprint")) return true;
    }
    return false;
}

// Within `n` words after `at`, a word that says the work is delivered ("done", "live", "out", ...).
bool delivered_after(Words const& w, std::size_t at, int n) {
    std::string_view const low = w.low;
    at += word_at(low, at).size();  // the object's first word
    for (int k = 0; k < n; ++k) {
        if (at < low.size() && low[at] == '-') ++at;  // leads15: "the bake-sale portal live"
        auto const word = word_at(low, at);
        if (word.empty()) return false;
        for (std::string_view d : {"done", "live", "out", "shipped", "finished", "ready", "delivered", "fixed"})
            if (word == d) return true;
        at = static_cast<std::size_t>(word.data() - low.data()) + word.size();
    }
    return false;
}

// --- leads15: a demand pressed by its milestone or an order (misreadings found reading replies) ---
// "We need the importer done before the board meeting. Make it happen.": the delivery demanded is pressed by the event
// it must come before ("before the board meeting", "in time for the open day") or by an order to deliver that closes it
// ("Make it happen.", "Just get it done."), as plainly as by a date. The order opens its sentence: "we'll make it
// happen" is the writer's promise, and "how do we make it happen?" asks.
bool l15_delivery_ordered(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view order : {"make it happen", "make this happen", "make that happen", "get it done",
                                   "get this done", "get that done", "get it over the line", "get it shipped"})
        for (auto at = w.find(order); at != std::string::npos; at = w.find(order, at + 1)) {
            auto head = low.substr(0, at);
            if (head.ends_with("just ")) head.remove_suffix(5);
            while (!head.empty() && head.back() == ' ') head.remove_suffix(1);
            auto const end = low.find_first_of(".!?\n", at);
            bool const opens = head.empty() || std::string_view(".!\n").find(head.back()) != std::string_view::npos;
            if (opens && (end == std::string_view::npos || low[end] != '?')) return true;
        }
    return false;
}
// --- leads15: end ---

bool demands_delivery(Words const& w) {
    if (w.low.size() > 400 ||
        w.any({"but ", "however", "concern", "worried", "risk", "not sure", "don't think", "doubt", "not realistic",
               "no way", "i'll ", "we'll ", "i will ", "we will ", "i can ", "we can ", "should have"}))
        return false;
    bool demand = w.any({"out the door", "has to be done", "has to be live", "has to be finished", "must be done",
                         "must be live", "needs to be done", "needs to be live", "needs to be finished"});
    for (std::string_view verb : {"need ", "needs ", "get "})
        for (auto at = w.find(verb); !demand && at != std::string::npos; at = w.find(verb, at + 1)) {
            // "try to get it done", "we get the data out": the writer's own work, not a demand.
            if (verb == "get ") {
                std::string before(w.word_before(at));
                for (auto& ch : before) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                bool const told = before == "to" && w.any({"need you to", "want you to", "need the team to"});
                if ((before == "to" && !told) || before == "i" || before == "we" || before == "can" ||
                    before == "could" || before == "will" || before == "you")
                    continue;
            }
            auto const obj = std::string_view(w.low).substr(at + verb.size());
            bool const object = obj.starts_with("this ") || obj.starts_with("it ") || obj.starts_with("that ") ||
                                obj.starts_with("them ") || obj.starts_with("these ") || obj.starts_with("those ") ||
                                obj.starts_with("the ");
            demand = object && delivered_after(w, at + verb.size(), 4);
        }
    bool const sacrifice =
        w.any({"extra hours", "work the weekend", "work this weekend", "work over the weekend", "work late",
               "work nights", "drop the tests", "drop the unit tests", "skip the tests", "skip the unit tests",
               "drop the unit test", "skip the review", "skip qa", "skip the qa"});
    return (demand || sacrifice) &&
           (time_pressed(w) || !c14_milestone(w.orig).empty() || l15_delivery_ordered(w));  // leads15
}
// --- end persp9 ---

// The trade an ask offers for delivery, asked as a question about what gives: "what would slip?", "what would we
// drop to make room?", "what could we move out?", "what gives?". A "what" followed within a few words by a verb of
// giving something up.
bool gives_up(Words const& w) {
    if (w.low.find('?') == std::string::npos) return false;
    for (auto at = w.find("what "); at != std::string::npos; at = w.find("what ", at + 1)) {
        auto const end = std::min(w.low.size(), w.low.find_first_of("?.!\n", at));
        auto const clause = std::string_view(w.low).substr(at, std::min<std::size_t>(end - at, 36));
        for (std::string_view verb : {" cut", " drop", " slip", " push back", " push out", " move out", " give",
                                      " swap", " defer", " deprioriti", " bump", " trade", " lose", " sacrifice"})
            if (clause.find(verb) != std::string_view::npos) return true;
    }
    return false;
}

// "I can't start on the sync engine until we pick the store", "I own the on-call for the auth service", "I'd like to
// move resizing to libvips": the writer speaks as "I", the subject of their own work, stance or finding. The PM's stake
// in a delivery said in the first person ("I promised the client", "I told Acme", "a fix I need", "I'd like the
// dashboard live by the 3rd") is not the writer's own case; "I'd like to move resizing to libvips" is the writer's own
// plan.
bool speaks_as_i(Words const& w) {
    // "can you and I talk first?": a subject shared with the reader is a meeting asked for, not the writer's own case.
    bool subject = false;
    for (std::string_view i : {"i ", "i'm ", "i'd ", "i've ", "i am "})
        for (auto at = w.find(i); at != std::string::npos && !subject; at = w.find(i, at + 1))
            subject = !std::string_view(w.low).substr(0, at).ends_with(" and ");
    return subject &&
           !w.any({"i promised", "i told", "i committed", "i sold", "i need", "i want", "i'd like it", "i'd like the",
                   "i'd like this", "i'd love", "i'd really like", "my neck", "i already said", "i said we"});
}

// --- trial12: a dissent conceded in other words, then the group's choice said as what happens ---
// "Not my preferred option but fine, we go with the vendor's player SDK. Integration starts Monday.", "not my first
// choice, but OK, we're going with Kafka": the writer's own view conceded, then the choice taken as the group's. "Not
// my preferred option, but can we go with it only for the pilot?" asks, and "... but we go with it if legal signs
// off" keeps a condition.
bool t12_conceded_and_going_with(Words const& w) {
    std::string_view const low = w.low;
    std::size_t but = std::string::npos;
    for (std::string_view mine : {"not my preferred", "not my first choice", "not my pick", "not my favourite",
                                  "not my favorite", "not the option i'd", "not the one i'd"})
        if (auto const at = w.find(mine); at != std::string::npos) {
            auto const b = low.find("but ", at);
            if (b != std::string_view::npos && b < at + 60) but = std::min(but, b);
        }
    if (but == std::string::npos || low.find('?', but) != std::string_view::npos) return false;
    auto const after = low.substr(but);
    if (conditioned(after) || after.find(" if ") != std::string_view::npos) return false;
    for (std::string_view step : {"we go with ", "we'll go with ", "we're going with ", "let's go with ", "we use ",
                                  "we'll use ", "we're using ", "we ship ", "we'll ship "})
        if (after.find(step) != std::string_view::npos) return true;
    return carries_on(after);
}
// --- trial12: end ---

// "I disagree, but I'll write a dissent and not block", "Not what I'd have picked, but I won't stand in the way", "I
// was pushing for real-time, but ... Starting on the cron job.": the writer's own differing view conceded before a
// "but", then the writer steps aside or starts the work. Or, without the concession, the writer's promise not to
// obstruct: a negated verb of blocking ("won't block", "not going to veto") or advocacy stopped ("I'll stop pushing
// for it"). "I disagree, but I'll raise it at the review" keeps the objection open, and so does any question after.
bool stands_aside(Words const& w) {
    if (t12_conceded_and_going_with(w)) return true;  // trial12
    std::string_view const low = w.low;
    for (std::string_view no : {"won't ", "will not ", "not going to ", "wouldn't ", "and not ", "i'll not "})
        for (auto at = w.find(no); at != std::string::npos; at = w.find(no, at + 1)) {
            auto const verb = word_at(low, at + no.size());
            if (verb == "block" || verb == "veto" || verb == "obstruct" || verb == "fight" ||
                (verb == "stand" && low.substr(at + no.size()).starts_with("stand in the way")) ||
                (verb == "hold" && low.substr(at + no.size(), 16).find(" up") != std::string_view::npos)) {
                // "I won't block it if we get a rollback plan first": a condition keeps the objection open.
                auto const sentence = sentence_at(low, at);
                return sentence.find('?') == std::string_view::npos &&
                       sentence.find(" if ") == std::string_view::npos &&
                       sentence.find(" unless ") == std::string_view::npos;
            }
        }
    for (auto at = w.find("i'll stop "); at != std::string::npos; at = w.find("i'll stop ", at + 1)) {
        auto const what = word_at(low, at + 10);
        if (what == "pushing" || what == "raising" || what == "advocating" || what == "arguing" || what == "lobbying")
            return true;
    }
    // The concession: the writer's own contrary view, named as theirs, then "but".
    std::size_t but = std::string::npos;
    for (std::string_view mine : {"i disagree", "not my preference", "not what i'd", "not what i would", "i'd have ",
                                  "i would have ", "i'd prefer", "i'd rather", "i wanted "})
        if (auto const at = w.find(mine); at != std::string::npos) {
            auto const b = low.find("but ", at);
            if (b != std::string_view::npos && b < at + 80) but = std::min(but, b);
        }
    // "I was pushing for real-time", "I was arguing for Redis": the writer's case, past.
    for (auto at = w.find("i was "); at != std::string::npos; at = w.find("i was ", at + 1)) {
        auto const verb = word_at(low, at + 6);
        if (!verb.ends_with("ing") || !low.substr(at + 6 + verb.size()).starts_with(" for ")) continue;
        auto const b = low.find("but ", at);
        if (b != std::string_view::npos && b < at + 80) but = std::min(but, b);
    }
    if (but == std::string::npos || low.find('?', but) != std::string_view::npos) return false;
    auto const after = low.substr(but);
    if (conditioned(after)) return false;
    for (std::string_view step : {"starting on ", "starting the ", "i'll start", "i'll build", "i'll support",
                                  "i'll get it done", "i'll make it work", "i'll go with", "i'll do it", "on it."})
        if (after.find(step) != std::string_view::npos) return true;
    return carries_on(after);
}

// Whether the no at byte `at` comes with its reason: joined in its sentence (a colon, a dash, a semicolon, "because",
// "since", "as") or said in the sentences after it. A no that is questioned or conditioned ("won't we ...?", "I won't
// merge it if ...") is not a decision.
bool reasoned(std::string_view low, std::size_t at) {
    auto const sentence = sentence_at(low, at);
    auto const here = static_cast<std::size_t>(low.data() + at - sentence.data());
    auto const rest = sentence.substr(here);
    if (sentence.find('?') != std::string_view::npos || sentence.find(" if ") != std::string_view::npos) return false;
    for (std::string_view why : {": ", " - ", " \u2014 ", "; ", " because ", " since ", " as it ", " as we ",
                                 " as the ", ", it ", ", we ", ", that "})
        if (rest.find(why) != std::string_view::npos) return true;
    // The reason in the next sentence: a statement of some length, not a question.
    auto const end = static_cast<std::size_t>(sentence.data() - low.data()) + sentence.size();
    if (end >= low.size()) return false;
    auto const next = sentence_at(
        low, low.find_first_not_of(" \n", end) == std::string_view::npos ? end : low.find_first_not_of(" \n", end));
    return next.size() >= 30 && !next.ends_with("?");
}

// --- real10: a triage act on the thread, the parts of an apology that are the writer's remedy or intent ---
// "Closing as a duplicate.", "I've gone ahead and tagged it as security", "marking this as stale": the writer files the
// thread under a kind, which is news about it, not a case against a plan. A no filed so ("closing as won't fix",
// "marked as invalid") is a refusal (holds_back), not a filing.
bool r10_triage_act(Words const& w) {
    if (!w.any_prefix({"clos", "mark", "tagg", "tag ", "label", "flagg", "filed", "filing"})) return false;
    std::string_view const low = w.low;
    for (std::string_view verb : {"closing ", "closed ", "marking ", "marked ", "tagging ", "tagged ", "labelling ",
                                  "labeling ", "labelled ", "labeled ", "flagging ", "flagged ", "filed ", "filing "}) {
        for (auto at = w.find(verb); at != std::string::npos; at = w.find(verb, at + 1)) {
            auto rest = low.substr(at + verb.size(), 40);
            // "it as", "this as", "this one as": the thread, then "as".
            for (std::string_view obj : {"it ", "this one ", "this ", "that ", "the issue ", "the ticket "})
                if (rest.starts_with(obj)) {
                    rest.remove_prefix(obj.size());
                    break;
                }
            if (!rest.starts_with("as ")) continue;
            rest.remove_prefix(3);
            for (std::string_view det : {"a ", "an "})
                if (rest.starts_with(det)) rest.remove_prefix(det.size());
            for (std::string_view kind : {"duplicate",
                                          "dupe",
                                          "dup",
                                          "stale",
                                          "resolved",
                                          "fixed",
                                          "done",
                                          "completed",
                                          "answered",
                                          "obsolete",
                                          "superseded",
                                          "security",
                                          "bug",
                                          "enhancement",
                                          "feature request",
                                          "question",
                                          "docs",
                                          "documentation",
                                          "good first issue",
                                          "help wanted",
                                          "needs triage",
                                          "regression"})
                if (rest.starts_with(kind) &&
                    (rest.size() == kind.size() || !std::isalnum(static_cast<unsigned char>(rest[kind.size()]))))
                    return true;
        }
    }
    return false;
}

// "Closing as a duplicate. Work continues in #2210": the act at `at` files the thread (r10_triage_act's kinds), it
// refuses nothing.
bool r10_files_only(Words const& w, std::size_t at) {
    auto const sentence = sentence_at(w.low, at);
    auto const here = static_cast<std::size_t>(w.low.data() + at - sentence.data());
    Words const one(sentence.substr(here), {});
    return r10_triage_act(one);
}

// An apology's own remedy and intent, blanked before its rest is read again for a concern: "we'll review our processes
// to try to ensure this doesn't happen in the future", "so it won't happen again" (the lapse prevented) and
// "Overstepping was clearly not intended", "no offense meant" (the writer's intent). Their negations object to nothing.
std::string r10_apology_rest(std::string rest) {
    auto const blank = [&](std::size_t from, std::size_t to) {
        std::fill(rest.begin() + static_cast<std::ptrdiff_t>(from),
                  rest.begin() + static_cast<std::ptrdiff_t>(std::min(to, rest.size())), ' ');
    };
    for (std::string_view happen : {"doesn't happen", "won't happen", "does not happen", "will not happen",
                                    "never happens", "never happen", "doesn't recur", "won't recur"})
        for (auto at = rest.find(happen); at != std::string::npos; at = rest.find(happen, at + 1)) {
            auto const head = std::string_view(rest).substr(at >= 48 ? at - 48 : 0, at >= 48 ? 48 : at);
            bool const prevented =
                head.find("ensure") != std::string_view::npos || head.find("make sure") != std::string_view::npos ||
                head.find("so that") != std::string_view::npos || head.find("so it") != std::string_view::npos ||
                head.find("so this") != std::string_view::npos;
            if (prevented) blank(at, at + happen.size());
        }
    for (std::string_view intent : {"not intended", "not meant", "wasn't intended", "wasn't meant", "not my intention",
                                    "wasn't my intention", "no offense", "no offence", "not the intent"})
        for (auto at = rest.find(intent); at != std::string::npos; at = rest.find(intent, at + 1))
            blank(at, at + intent.size());
    return rest;
}
// --- real10: end ---

// "I won't merge the logging rewrite this sprint: it doubles the disk writes", "Sorry, we're not pulling the wizard
// into 4.2 because it touches the frozen signup API": the writer's own "no" to a piece of work (a first-person negated
// verb of doing, not of feeling or ability: "I'm not sure", "we won't be able to", "I'm not comfortable" are doubts),
// with its reason joined in the same sentence (a colon, a dash, a semicolon, "because", "since", "as"). Said so, the no
// is the way forward: the reader knows what happens and why. Whether it is specific is the caller's test.
bool holds_back(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view no : {"i won't ", "we won't ", "i will not ", "we will not ", "i'm not ", "we're not ",
                                "i am not ", "we are not ", "not taking ", "not pulling ", "not merging "}) {
        if (!w.at_word_start(no, false)) continue;
        for (auto at = w.find(no); at != std::string::npos; at = w.find(no, at + 1)) {
            auto from = at + no.size();
            auto verb = word_at(low, from);
            // "I'm not going to merge it": the bare verb after "going to".
            bool const going = verb == "going" && low.substr(from + verb.size()).starts_with(" to ");
            if (going) verb = word_at(low, from + verb.size() + 4);
            // After "I'm not" a verb of doing is a gerund ("pulling", "shipping"); after "won't" a bare verb.
            bool const be = no.find("'m ") != std::string_view::npos || no.find("'re ") != std::string_view::npos ||
                            no == "i am not " || no == "we are not ";
            bool const gerund = verb.ends_with("ing") && verb != "thing" && verb != "everything" &&
                                verb != "something" && verb != "anything" && verb != "nothing";
            if (be && !going && !gerund) continue;
            verb = progressive_verb(low, verb);  // "I won't be merging this PR"
            for (std::string_view v : {"be", "have", "make", "get", "know", "say", "think", "lie", "pretend", "let",
                                       "stop", "block", "veto", "fight", "stand", "hold", "object", "push", "argue"})
                if (verb == v) verb = {};
            if (verb.empty() || verb.size() < 3) continue;
            if (reasoned(low, at)) return true;
        }
    }
    // A maintainer's decision said as an act ("I'm going to close this one.", "Closing as won't fix:") or a no to a
    // release ("Not for 1.0, sorry."), the reason after it. "Caching won't fix the timeouts" is a claim, not an act.
    for (std::string_view act :
         {"i'm going to close", "i'll close", "i'm closing", "we're closing", "closing this", "closing as", "wontfix",
          "i'm declining", "we're declining", "going to decline", "not for this release", "not in this release"})
        if (auto const at = w.find(act); at != std::string::npos && reasoned(low, at) && !r10_files_only(w, at))
            return true;
    if (declines_plan(w)) return true;
    auto const open = low.find_first_not_of(" \n\t\"");
    return open != std::string_view::npos && low.substr(open).starts_with("not for ") && reasoned(low, open);
}

// "I'd rather ship the importer first and the dashboard after; the dashboard reads the importer's tables", "Let's do
// the auth refactor before the billing page, because billing calls the new session API": the writer's plan puts one
// piece of work before another and says which depends on which. The dependency names the particulars (the two pieces
// and the link between them), however few numbers the draft has.
bool orders_work(Words const& w) {
    bool const order = w.any({"first", "before the", "before we", "after the", "then the", "ahead of"});
    return order &&
           w.any_prefix({"depends on", "depend on",   "reads the",     "reads its",     "reads our", "reads from",
                         "calls the",  "calls our",   "assumes",       "relies on",     "rely on",   "builds on",
                         "build on",   "sits on top", "is blocked on", "is blocked by", "consumes",  "needs the",
                         "need the",   "needs its",   "uses the",      "uses its",      "waits on",  "references",
                         "refers to",  "joins on",    "imports the",   "is built on"});
}

std::optional<detector::Pattern> pm_ask_of(Words const& w) {
    using detector::Pattern;
    bool const asks = w.low.find('?') != std::string::npos ||
                      w.any({"let's just", "let's do", "let's ship", "could you also", "can you also", "can we also",
                             "let's also", "just ship", "at my previous", "at my last", "at my old"}) ||
                      elsewhere(w) || sizes_down(w);
    bool const demands = !asks && demands_delivery(w);  // persp9
    if (!asks && !demands) return std::nullopt;
    if (w.any_prefix({"squeez", "sneak"}) ||
        w.any({"too?", "as well?", "also add", "can you also", "could you also", "can we also", "let's also",
               "while we're at it", "while you're at it", "while you're in", "while you are in",
               "shouldn't be a big deal", "tiny change", "small change", "should be quick", "one more thing",
               "throw in", "tack on"}))
        return Pattern::one_more_thing;
    if (w.any({"at my last company", "at my last job", "at my previous job", "at my previous company",
               "at my old company", "at my old job", "competitors ship", "other teams ship", "took a day",
               "took two days", "in a weekend", "in an afternoon"}) ||
        elsewhere(w))
        return Pattern::last_company;
    if ((w.any({"why is", "why does", "why do we need", "taking so long", "take so long"}) &&
         w.any({"so long", "taking", "take", "need a whole"})) ||
        (w.any({"how come", "why would", "why does"}) && w.any({"need", "take", "sprints", "weeks", "so long"})))
        return Pattern::why_so_long;
    if (w.any({"quick and dirty", "simple version", "simplest version", "just do a quick", "mvp version",
               "clean it up later", "bare minimum", "basic version", "polish it later", "polish later", "just ship a",
               "can't we just", "can we just", "could we just", "couldn't we just", "can you just", "why not just",
               "why don't we just"}))
        return Pattern::simple_version;
    // "Can we get X out by Friday instead of the 20th?": an earlier date asked for in place of the planned one.
    // learn11: the planned date however it is written ("instead of the 20th", "instead of Oct 16", "instead of
    // Friday").
    for (auto instead = w.find("instead of "); instead != std::string::npos;
         instead = w.find("instead of ", instead + 1)) {
        auto const next = word_at(w.low, instead + 11);
        bool dated = !next.empty() && next.front() >= '0' && next.front() <= '9';
        for (std::string_view d :
             {"the",       "jan",      "feb",    "mar",    "apr",       "may",     "jun",      "jul",
              "aug",       "sep",      "sept",   "oct",    "nov",       "dec",     "monday",   "tuesday",
              "wednesday", "thursday", "friday", "next",   "end",       "january", "february", "march",
              "april",     "june",     "july",   "august", "september", "october", "november", "december"})
            dated = dated || next == d;
        auto const by = w.low.rfind(" by ", instead);
        if (dated && by != std::string::npos && instead - by < 24 && w.low.find('?') != std::string::npos)
            return Pattern::faster_please;
    }
    // "pull the parent portal launch forward a week", "move the demo up": a date pulled earlier, however named.
    if (auto const pull = w.find("pull"); pull != std::string::npos) {
        auto const fwd = w.find("forward", pull);
        if (fwd != std::string::npos && fwd - pull < 48) return Pattern::faster_please;
    }
    if (delivery_question(w)) return Pattern::faster_please;
    // "emotion is faster", "the new index is faster": a thing compared, not a date asked for.
    if (w.any({"is faster", "are faster", "was faster", "it's faster", "'s faster", "much faster", "way faster"}) &&
        !w.any({"faster?", "sooner", "any faster", "go faster", "move faster", "ship faster"}))
        return std::nullopt;
    if (w.any({"faster", "sooner", "pull the launch in", "pull it in", "pull in the", "speed this up", "speed it up",
               "by a week", "any chance we can", "get it earlier", "earlier?", "forward to", "bring forward",
               "move it up", "move up the", "pull forward"}))
        return Pattern::faster_please;
    if (demands) return Pattern::faster_please;  // persp9
    return std::nullopt;
}

}  // namespace

// --- real12: a decision accepted in real people's words (coaching dev26): the wish not to stand in the way ("don't
// want to stand in the way of further progress"), an opening "No objections!" that turns on nothing, the other side's
// point granted ("I agree with you that ...") with nothing turned against it and no way of the writer's own ---
namespace {

// "I am not that fond of reformatting the code but don't want to stand in the way of further progress", "I don't want
// to block this": the writer's wish not to obstruct. "I don't want to block this, but ..." turns against it, and a
// question or a condition keeps the matter open.
bool r12_wont_obstruct(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view no : {"don't want to ", "do not want to ", "have no wish to ", "not here to "})
        for (auto at = w.find(no); at != std::string::npos; at = w.find(no, at + 1)) {
            auto const rest = low.substr(at + no.size());
            auto const verb = word_at(low, at + no.size());
            if (verb != "block" && verb != "veto" && verb != "obstruct" && !rest.starts_with("stand in the way") &&
                !rest.starts_with("stand in anyone's way") && !rest.starts_with("get in the way") &&
                !rest.starts_with("hold this up") && !rest.starts_with("hold it up"))
                continue;
            auto const sentence = sentence_at(low, at);
            auto const after = sentence.substr(static_cast<std::size_t>(low.data() + at - sentence.data()));
            if (sentence.find('?') == std::string_view::npos && !conditioned(after) &&
                after.find(" but ") == std::string_view::npos && after.find(", but") == std::string_view::npos)
                return true;
        }
    return false;
}

// "No objections! I can mint it now.", "No objection from me.": the draft opens by raising none and turns on nothing
// after it ("No objections, but the date worries me" keeps a concern; a question asks).
bool r12_no_objection(Words const& w) {
    if (w.low.find('?') != std::string::npos) return false;
    auto const open = w.low.find_first_not_of(" \n");
    if (open == std::string::npos) return false;
    auto const head = std::string_view(w.low).substr(open);
    for (std::string_view cue : {"no objections", "no objection", "no complaints", "no concerns"})
        if (head.starts_with(cue)) {
            auto const rest = head.substr(cue.size());
            return rest.find(" but ") == std::string_view::npos && rest.find("however") == std::string_view::npos &&
                   rest.find(" though") == std::string_view::npos && !conditioned(rest);
        }
    return false;
}

// "I agree with you that 1% of convenience may not be worth the increased risk.", "I thought it is an added value but
// I agree that safety could be achieved anyway, so yes, probably not going through this": the other side's point
// granted, with nothing turned against it after (no "but", "still", condition or question).
bool r12_point_granted(Words const& w) {
    if (w.low.find('?') != std::string::npos) return false;
    for (std::string_view cue : {"i agree with you that", "i agree that", "you're right that", "you are right that"})
        if (auto const at = w.find(cue); at != std::string::npos) {
            auto const rest = std::string_view(w.low).substr(at + cue.size());
            if (rest.find(" but ") != std::string_view::npos || rest.find("however") != std::string_view::npos ||
                rest.find(" though") != std::string_view::npos || rest.find(" still ") != std::string_view::npos ||
                conditioned(rest))
                return false;
            // The grant closes the draft: after its sentence at most thanks ("I agree that ... Let's add an index"
            // goes on to the writer's own way).
            auto const sentence = sentence_at(w.low, at);
            auto const end = static_cast<std::size_t>(sentence.data() - w.low.data()) + sentence.size();
            auto const after = std::string_view(w.low).substr(std::min(end, w.low.size()));
            auto const more = after.find_first_not_of(" \n");
            return more == std::string_view::npos || after.substr(more).starts_with("thank");
        }
    return false;
}

}  // namespace
// --- real12: end ---

// --- learn12: a rule the plan ignores ---
namespace {

// "The shift planner seems to ignore the labour rules on rest breaks.", "the export overlooks the GDPR deletion
// requests": a plan or a thing that ignores a rule, a law, a policy or a limit names the constraint it misses. Not
// software ignoring an input ("the uploader ignores the HTTP error 413": no rule), nor the writer's or the reader's
// leave to ignore ("we can ignore the lint rules for now", "feel free to ignore the limit", "Ignore the rules").
bool l12_rule_ignored(Words const& w) {
    static constexpr std::string_view rules[] = {
        "rule",   "rules",  "regulation", "regulations", "law",     "laws",    "policy", "policies",
        "limit",  "limits", "contract",   "contracts",   "sla",     "gdpr",    "hipaa",  "union",
        "labour", "labor",  "legal",      "permit",      "permits", "licence", "license"};
    for (std::string_view verb : {"ignore", "ignores", "overlooks", "overlook", "leaves out", "glosses over"}) {
        for (auto at = w.find(verb); at != std::string::npos; at = w.find(verb, at + 1)) {
            auto const end = at + verb.size();
            if (end < w.low.size() && cues::word_byte(w.low[end])) continue;  // "ignored", "ignores" read as "ignore"
            // The word before, read lowered (`low` keeps `orig`'s offsets).
            std::string_view const before = w.word_before(at);
            std::string_view const lb =
                std::string_view(w.low).substr(static_cast<std::size_t>(before.data() - w.orig.data()), before.size());
            std::string_view const head = std::string_view(w.low).substr(0, at);
            bool const seems =
                head.ends_with("seems to ") || head.ends_with("appears to ") || head.ends_with("seem to ");
            static constexpr std::string_view leave[] = {"to", "can", "could", "should", "please", "just",
                                                         "i",  "we",  "you",   "let's",  "and",    "or"};
            if (lb.empty() || (!seems && std::ranges::find(leave, lb) != std::end(leave))) continue;
            // The rule-like word within the clause that follows (up to its end or eight words on).
            auto const stop = w.low.find_first_of(".!?;\n", end);
            std::string_view const rest =
                std::string_view(w.low).substr(end, (stop == std::string::npos ? w.low.size() : stop) - end);
            int words = 0;
            for (std::size_t i = 0; i < rest.size() && words < 8;) {
                while (i < rest.size() && !cues::word_byte(rest[i])) ++i;
                auto const b = i;
                while (i < rest.size() && cues::word_byte(rest[i])) ++i;
                if (b == i) break;
                ++words;
                if (std::ranges::find(rules, rest.substr(b, i - b)) != std::end(rules)) return true;
            }
        }
    }
    return false;
}

}  // namespace
// --- learn12: end ---

// --- ready13: leave given to the other side's change ---
// "Yeah, it's time to bid farewell to them, feel free to remove them :)", "Good to go from my POV.", "I am not against
// this feature's deletion", "Let's try it.": the writer gives the other side leave to make their change, which accepts
// the decision as plainly as "I'm fine with it" does (okays). The leave covers a change to the work ("feel free to
// remove / merge / ship", not "feel free to ping me" or "feel free to propose your concept"). A question, a condition
// or a turn after it ("but I'd like a good reason first") keeps the matter open; a turn that only asks something of
// the future ("but let's please limit these last-minute changes in the future", "However, please make a proper
// announcement") logs a note and accepts.
namespace {
bool r13_change_verb(std::string_view verb) {
    for (std::string_view v :
         {"remove",  "merge",  "ship",    "drop",   "delete",    "revert",   "switch",  "replace", "land",
          "release", "close",  "archive", "retire", "deprecate", "proceed",  "deploy",  "roll",    "cut",
          "rename",  "move",   "change",  "rip",    "kill",      "turn",     "disable", "enable",  "publish",
          "launch",  "update", "rewrite", "go",     "push",      "continue", "finish",  "apply",   "use"})
        if (verb == v) return true;
    return false;
}
// What follows the leave asks nothing back: no question, no condition in its sentence, and any turn after it only asks
// something of the future or of telling people.
bool r13_nothing_turned(std::string_view low, std::size_t at) {
    if (low.find('?', at) != std::string_view::npos) return false;
    auto const sentence = sentence_at(low, at);
    auto const here = static_cast<std::size_t>(low.data() + at - sentence.data());
    // "if you're happy with the testing, please go ahead with the merge": leave on a condition the reader meets.
    auto const before = " " + std::string(sentence.substr(0, here));
    if (conditioned(sentence.substr(here)) || before.find(" if ") != std::string::npos ||
        before.find(" once ") != std::string::npos || before.find(" when ") != std::string::npos)
        return false;
    auto const rest = low.substr(at);
    for (std::string_view turn : {" but ", "but ", "however", " though", " although ", " still ", " except "}) {
        auto const t = rest.find(turn);
        if (t == std::string_view::npos || (turn == "but " && t > 0 && cues::word_byte(rest[t - 1]))) continue;
        auto const clause = sentence_at(rest, t);
        bool noted = false;
        for (std::string_view later :
             {"in the future", "next time", "going forward", "from now on", "in future", "announce", "announcement",
              "changelog", "release notes", "document it", "let people know", "let users know", "heads up", "heads-up"})
            noted = noted || clause.find(later) != std::string_view::npos;
        if (!noted) return false;
    }
    return true;
}
// A reservation said beside the leave: the matter to come back to, the writer's view kept, a sigh.
bool r13_reserved(Words const& w) {
    return w.any({"revisit", "revisited", "as i said", "for now", "reluctantly", "i still think", "we'll see",
                  "time will tell", "not my first choice", "i'd have preferred", "i would have preferred"}) ||
           std::ranges::any_of(std::initializer_list<std::string_view>{"\U0001F63F", "\U0001F622", "\U0001F61E",
                                                                       "\U0001F641", "\u2639", "\U0001F614"},
                               [&](std::string_view e) { return w.low.find(e) != std::string::npos; });
}
bool r13_gives_leave(Words const& w) {
    std::string_view const low = w.low;
    // "feel free to remove them", "go ahead and merge it", "you can go ahead and ship it".
    for (std::string_view leave : {"feel free to ", "go ahead and ", "free to go ahead and ", "you may "}) {
        if (!w.at_word_start(leave, false)) continue;
        for (auto at = w.find(leave); at != std::string::npos; at = w.find(leave, at + 1))
            if (r13_change_verb(verb_past_adverbs(low, at + leave.size())) && stated(low, at) &&
                r13_nothing_turned(low, at))
                return true;
    }
    // "Go ahead.", "Go ahead with the rename.": the leave opening the draft or a sentence.
    for (std::string_view leave :
         {"go ahead.", "go ahead!", "go ahead with ", "good to go from my", "good to go on my", "good to go for me",
          "good to go from our", "lgtm", "looks good to me", "ship it.", "ship it!"}) {
        if (!w.at_word_start(leave, false)) continue;
        for (auto at = w.find(leave); at != std::string::npos; at = w.find(leave, at + 1)) {
            auto const sentence = sentence_at(low, at);
            auto const open = sentence.find_first_not_of(" \n>\"'*_");
            auto const here = static_cast<std::size_t>(low.data() + at - sentence.data());
            // "The build is good to go" reports; the leave is the writer's when it opens its sentence or names them.
            bool const opens =
                open == here || (open != std::string_view::npos &&
                                 sentence.substr(open, here - open).find_first_of(",.") != std::string_view::npos);
            if ((opens || leave.starts_with("good to go")) && r13_nothing_turned(low, at)) return true;
        }
    }
    // "I am not against this feature's deletion", "I'm not opposed to dropping IE11".
    for (std::string_view no : {"i'm not against ", "i am not against ", "we're not against ", "we are not against ",
                                "i'm not opposed to ", "i am not opposed to ", "we're not opposed to ",
                                "i'm no longer against ", "i have nothing against ", "i've got nothing against "}) {
        if (!w.at_word_start(no, false)) continue;
        for (auto at = w.find(no); at != std::string::npos; at = w.find(no, at + 1))
            if (r13_nothing_turned(low, at)) return true;
    }
    // "Let's try it.", "Let's give it a shot": the other side's idea taken up (its pronoun), not the writer's own way
    // ("Let's try the cheap version first").
    for (std::string_view take : {"let's try it", "let's try that", "let's try this", "let's try.", "let's try!",
                                  "let's give it a try", "let's give it a shot", "let's give it a go",
                                  "let's give that a try", "let's give this a try", "let's do it your way"}) {
        if (!w.at_word_start(take, false)) continue;
        for (auto at = w.find(take); at != std::string::npos; at = w.find(take, at + 1)) {
            auto const after = low.substr(at + take.size());
            // "let's try it with a flag first" names the writer's own terms.
            auto const next = after.find_first_not_of(' ');
            bool const ends = next == std::string_view::npos || after[next] == '.' || after[next] == '!' ||
                              after[next] == '\n' || after.substr(next).starts_with(":)") ||
                              after.substr(next).starts_with("out") || after.substr(next).starts_with("for now");
            if (ends && r13_nothing_turned(low, at)) return true;
        }
    }
    return false;
}
// "Can you give me a bit more detail on what's being worked on, the timing, how long it will last?", "could you tell us
// more about the rollout?": a request for information, a verb of giving it to the writer and what is given (details,
// the context, an update) or "more about". Not "give me a date" (a PM's date ask) or "give us two more weeks".
bool r13_asks_for_information(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view give : {"give me ", "give us ", "tell me ", "tell us ", "provide me ", "provide us ",
                                  "fill me in", "fill us in", "share some ", "share more "}) {
        if (!w.at_word_start(give, false)) continue;
        for (auto at = w.find(give); at != std::string::npos; at = w.find(give, at + 1)) {
            if (give.starts_with("fill")) return true;
            auto rest = low.substr(at + give.size(), 40);
            for (std::string_view filler : {"a bit ", "a little ", "some ", "a few ", "any ", "a ", "an ", "the "})
                if (rest.starts_with(filler)) rest.remove_prefix(filler.size());
            if (rest.starts_with("more ")) {
                rest.remove_prefix(5);
                if (rest.starts_with("about ") || rest.starts_with("on ")) return true;
            }
            for (std::string_view what : {"detail", "details", "info ", "info?", "information", "context", "background",
                                          "update", "overview", "rundown", "summary", "explanation", "pointers"})
                if (rest.starts_with(what)) return true;
        }
    }
    return false;
}
// "Please don't hesitate to let me know", "don't worry about the docs", "no worries": a courtesy formula whose negation
// voices no concern; "I'm sorry to hear you're sick", "I hope you feel better soon" are sympathy, a courtesy.
std::string r13_without_formulas(std::string_view low) {
    std::string out(low);
    for (std::string_view f : {"don't hesitate", "do not hesitate", "don't worry", "do not worry", "no worries",
                               "not a problem", "never mind"})
        for (auto at = out.find(f); at != std::string::npos; at = out.find(f, at + 1))
            std::fill(out.begin() + static_cast<std::ptrdiff_t>(at),
                      out.begin() + static_cast<std::ptrdiff_t>(at + f.size()), ' ');
    // r31: "the deploy pipeline is down, please don't merge until it's back": the hold an outage asks of everyone
    // objects to nothing.
    if (std::ranges::any_of(std::initializer_list<std::string_view>{"is down", "are down", "went down", "outage",
                                                                    "incident", "is broken", "is red", "failover"},
                            [&](std::string_view o) { return out.find(o) != std::string::npos; }))
        for (std::string_view f :
             {"don't merge", "do not merge", "don't deploy", "do not deploy", "don't push", "do not push"})
            for (auto at = out.find(f); at != std::string::npos; at = out.find(f, at + 1))
                std::fill(out.begin() + static_cast<std::ptrdiff_t>(at),
                          out.begin() + static_cast<std::ptrdiff_t>(at + f.size()), ' ');
    return out;
}
// The negation check of read_cues, on the draft without its courtesy formulas.
bool r13_formula_negates(std::string_view low) {
    auto const rest = r13_without_formulas(low);
    return Words(rest, {}).any({"can't", "won't", " not ", "never"}) || rest.find("n't ") != std::string::npos;
}
bool r13_sympathy(Words const& w) {
    return w.any({"sorry to hear", "hope you feel better", "feel better soon", "get well soon", "get well",
                  "speedy recovery", "my condolences", "sorry for your loss", "take care of yourself"});
}
}  // namespace
// --- ready13: end ---

// --- ready13: a counter-date said with what it allows ---
// "Don't think Nov. 1 is realistic. Dec. 1 still gives us a bit of time to convert the markdown", "Friday is too tight;
// Tuesday leaves us a day for QA", "March 3 is realistic for the read-only version": the writer's own date, its
// subject, and a predicate that says it fits (it gives or leaves time, it is realistic, doable or feasible). Not
// negated ("Friday gives us no time", "the 14th isn't realistic"), not asked ("Is the 14th realistic?"), not past ("was
// realistic").
namespace {
bool r13_date_word(std::string_view word) {
    if (word.empty()) return false;
    if (word.front() >= '0' && word.front() <= '9') return true;  // "1", "14th", "12/31"
    for (std::string_view d :
         {"monday",    "tuesday", "wednesday", "thursday", "friday",   "saturday", "sunday",   "jan",
          "january",   "feb",     "february",  "mar",      "march",    "apr",      "april",    "may",
          "jun",       "june",    "jul",       "july",     "aug",      "august",   "sep",      "sept",
          "september", "oct",     "october",   "nov",      "november", "dec",      "december", "q1",
          "q2",        "q3",      "q4",        "eod",      "eow",      "tomorrow"})
        if (word == d) return true;
    return false;
}
bool r13_counter_date(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view fits :
         {" still gives us ", " gives us ", " would give us ", " leaves us ", " would leave us ", " buys us ",
          " is realistic", " is more realistic", " is doable", " is feasible", " is achievable", " would be realistic",
          " would be doable", " is safer", " is more doable"}) {
        for (auto at = low.find(fits); at != std::string_view::npos; at = low.find(fits, at + 1)) {
            // The subject: the word right before the predicate is a date word ("Dec. 1", "the 28th", "Tuesday").
            auto end = at;
            while (end > 0 && (low[end - 1] == '.' || low[end - 1] == ' ')) --end;
            auto begin = end;
            while (begin > 0 && (cues::word_byte(low[begin - 1]) || low[begin - 1] == '/')) --begin;
            if (!r13_date_word(low.substr(begin, end - begin))) continue;
            // Nothing negated or asked: the predicate's own clause, up to its stop.
            auto const rest = low.substr(at, 60);
            auto const stop = rest.find_first_of(".;!?\n");
            auto const clause = rest.substr(0, stop);
            if (stop != std::string_view::npos && rest[stop] == '?') continue;
            if (negated(clause) || clause.find(" no ") != std::string_view::npos ||
                clause.find(" not ") != std::string_view::npos)
                continue;
            // "I don't think the 14th is realistic": a negation in the few words before the date.
            auto const head = low.substr(begin >= 24 ? begin - 24 : 0, begin >= 24 ? 24 : begin);
            auto const cut = head.find_last_of(".;!?\n");
            auto const lead = cut == std::string_view::npos ? head : head.substr(cut + 1);
            if (negated(lead) || lead.find("if ") != std::string_view::npos) continue;
            return true;
        }
    }
    return false;
}
}  // namespace
// --- ready13: end ---

// --- ready14: decisions recorded and accepted in real people's words ---
namespace {
// "*DECISION*:", "_Agreed_:", "**Outcome**:": a line that opens with a decision's label in bold or italics is the
// record's label as plainly as "Decision:" (labels_record), wherever the line stands in the draft.
bool r14_marked_label(Words const& w) {
    std::string_view const low = w.low;
    for (std::size_t at = 0; at < low.size();) {
        auto const nl = low.find('\n', at);
        auto line = low.substr(at, nl == std::string_view::npos ? std::string_view::npos : nl - at);
        while (!line.empty() && (line.front() == ' ' || line.front() == '-' || line.front() == '>'))
            line.remove_prefix(1);
        if (auto const colon = line.find(':');
            colon != std::string_view::npos && colon <= 24 && (line.starts_with("*") || line.starts_with("_"))) {
            std::string label;
            for (char ch : line.substr(0, colon))
                if (ch != '*' && ch != '_') label.push_back(ch);
            for (std::string_view l :
                 {"decision", "decisions", "decided", "agreed", "consensus", "outcome", "resolution", "verdict"})
                if (label == l) return true;
        }
        if (nl == std::string_view::npos) break;
        at = nl + 1;
    }
    return false;
}
// "Scope frozen with the current docs: ...", "Design approved, moving on to the API.", "Plan locked: ...": a record
// that opens on the plan's noun and a verdict's participle. The noun names a plan (not "PR approved", news of a
// review); the participle closes it (frozen, locked, approved, accepted, finalized, signed off).
bool r14_opens_on_verdict(Words const& w) {
    auto const open = w.low.find_first_not_of(" \n*_>");
    if (open == std::string::npos) return false;
    auto const head = std::string_view(w.low).substr(open, 48);
    for (std::string_view noun : {"scope", "plan", "design", "spec", "roadmap", "requirements", "timeline",
                                  "architecture", "approach", "proposal", "decision", "release date", "launch date"}) {
        if (!head.starts_with(noun)) continue;
        auto rest = head.substr(noun.size());
        if (rest.starts_with("s ")) rest.remove_prefix(1);
        if (!rest.starts_with(" ")) continue;
        rest.remove_prefix(1);
        for (std::string_view verdict : {"frozen", "locked", "approved", "accepted", "finalized", "finalised",
                                         "signed off", "settled", "confirmed", "agreed"})
            if (rest.starts_with(verdict) && (rest.size() == verdict.size() || !cues::word_byte(rest[verdict.size()])))
                return true;
    }
    return false;
}
// r24: "Closing the loop on spaces vs tabs: the conclusion is \"4 spaces\".": a thread closed with its conclusion is
// a decision recorded.
bool r24_loop_closed(Words const& w) {
    auto const open = w.low.find_first_not_of(" \n*_>");
    if (open == std::string::npos) return false;
    auto const head = std::string_view(w.low).substr(open, 24);
    if (!head.starts_with("closing the loop") && !head.starts_with("to close the loop") &&
        !head.starts_with("close the loop"))
        return false;
    return w.any({"the conclusion is", "the conclusion was", "we concluded", "we landed on", "we're going with",
                  "we went with", "decided", "the outcome is", "the decision is", "final answer"});
}
// "we did agree that ...", "we both agreed to ...", "we all decided on ...": the group's agreement said with an
// emphatic "did" or a quantifier, which "we agreed that" (reports_decision) does not read; "we didn't agree" is none.
bool r14_group_agreed(Words const& w) {
    for (std::string_view said : {"we did agree ", "we did decide ", "we both agreed ", "we all agreed ",
                                  "we both decided ", "we all decided ", "we jointly decided ", "we jointly agreed ",
                                  "we eventually agreed ", "we finally agreed ", "we ultimately decided "}) {
        if (!w.at_word_start(said, false)) continue;
        for (auto at = w.find(said); at != std::string::npos; at = w.find(said, at + 1)) {
            auto const rest = std::string_view(w.low).substr(at + said.size(), 30);
            for (std::string_view obj : {"that ", "to ", "on ", "we "})
                if (rest.starts_with(obj)) return w.low.find('?') == std::string::npos;
        }
    }
    return false;
}
// "As per orders, doing it that way. I am concerned about X.", "Per your instructions, I'm shipping it without the
// export.": the other side's directive named and the writer's doing after it, asking nothing: a disagree-and-commit
// (follows_call reads "as you decided"; this reads the directive as a noun). "As requested, here's the report" is a
// delivery, not a decision: only a directive's noun counts, and the writer must be doing the thing.
bool r14_follows_directive(Words const& w) {
    if (w.low.find('?') != std::string::npos) return false;
    bool named = false;
    for (std::string_view per : {"as per ", "per "}) {
        if (!w.at_word_start(per, false)) continue;
        for (auto at = w.find(per); at != std::string::npos && !named; at = w.find(per, at + 1)) {
            auto rest = std::string_view(w.low).substr(at + per.size(), 40);
            for (std::string_view det : {"your ", "the ", "his ", "her ", "their ", "management's ", "leadership's "})
                if (rest.starts_with(det)) rest.remove_prefix(det.size());
            for (std::string_view d : {"orders", "order", "instructions", "instruction", "directive", "direction",
                                       "mandate", "decision", "ruling"})
                named = named || (rest.starts_with(d) && (rest.size() == d.size() || !cues::word_byte(rest[d.size()])));
        }
    }
    return named && w.any({"doing it",         "i'm doing",    "we're doing",    "i'm going ahead", "we're going ahead",
                           "going ahead with", "i'll do",      "we'll do",       "i'll go with",    "we'll go with",
                           "i'll ship",        "we'll ship",   "i'm shipping",   "we're shipping",  "i'll build",
                           "we'll build",      "i'm building", "we're building", "i'll implement",  "we'll implement"});
}
// "that's fine, and i'll merge now... but let's please limit these last-minute changes in the future": the other
// side's change okayed ("that's fine", "fair enough") and the writer's own next step on it at once, with no turn but
// one about the future (r13_nothing_turned): the decision accepted.
bool r14_okays_and_acts(Words const& w) {
    std::string_view const low = w.low;
    auto const open = low.find_first_not_of(" \n>");
    if (open == std::string_view::npos) return false;
    auto head = low.substr(open);
    for (std::string_view lead : {"yeah, ", "yes, ", "ok, ", "okay, ", "sure, "})
        if (head.starts_with(lead)) head.remove_prefix(lead.size());
    for (std::string_view ok :
         {"that's fine", "that is fine", "that's ok", "that's okay", "fair enough", "that works"}) {
        if (!head.starts_with(ok)) continue;
        auto rest = head.substr(ok.size());
        for (std::string_view join : {", and ", " and ", ", ", "; ", ". "})
            if (rest.starts_with(join)) {
                rest.remove_prefix(join.size());
                break;
            }
        for (std::string_view act :
             {"i'll ", "we'll ", "i will ", "we will ", "i'm merging", "merging ", "i'm going to "})
            if (rest.starts_with(act)) {
                auto const at = static_cast<std::size_t>(rest.data() - low.data());
                // A bare okay is news (r13_gives_leave): the decision is accepted only beside the writer's reservation,
                // here the note for the future that the turn carries ("but let's limit these in the future").
                auto const after = low.substr(at);
                bool const noted = after.find(" but ") != std::string_view::npos ||
                                   after.find("however") != std::string_view::npos ||
                                   after.find(" though") != std::string_view::npos || r13_reserved(w);
                return noted && r13_nothing_turned(low, at);
            }
    }
    return false;
}
// "Bringing this up again: are we sure about X?", "Raising the retention question again", "Coming back to the date we
// picked": the writer raises a matter again, as "I'd like to bring it up again" does (reopens_decision), in the gerund
// or with another pronoun; "I won't bring this up again" closes it. And "I know we agreed, but." / "we decided on it,
// but...": the "but" that trails off after a decision named leaves the doubt unsaid, and still reopens it.
bool r14_raises_again(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view raise :
         {"bringing this up again", "bringing it up again", "bring this up again", "bringing this back up",
          "bringing it back up", "raising this again", "raising it again", "raise this again", "coming back to this",
          "circling back on this", "reopening this", "re-opening this", "re-raising", "reraising", "go over it again",
          "go over this again"}) {
        for (auto at = w.find(raise); at != std::string::npos; at = w.find(raise, at + 1)) {
            auto const before = low.substr(0, at);
            if (!before.ends_with("won't ") && !before.ends_with("not ") && !before.ends_with("never ") &&
                !before.ends_with("stop "))
                return true;
        }
    }
    for (std::string_view d : {"we agreed", "we decided", "it was agreed", "we picked", "we chose", "we settled on"})
        for (auto at = w.find(d); at != std::string::npos; at = w.find(d, at + 1)) {
            // The "but" in the decision's own sentence (a few words on), with nothing after it but dots.
            auto const rest = low.substr(at + d.size(), 60);
            auto const but = rest.find(", but");
            if (but == std::string_view::npos || rest.substr(0, but).find_first_of(".!?;\n") != std::string_view::npos)
                continue;
            auto const after = low.substr(at + d.size() + but + 5);
            auto const next = after.find_first_not_of(" .");
            if (next == std::string_view::npos || after[next] == '\n' || after.substr(next).starts_with("\u2026"))
                return true;
        }
    return false;
}
}  // namespace
// --- ready14: end ---

// --- leads15: misreadings found reading replies (round fifteen) ---
namespace {
// "We picked Postgres. Let's revisit this after the load test.", "We went with the hosted queue; we'll re-evaluate it
// at the end of Q2.": a decision the group took, said in the past tense, and a revisit planned for a time named (after,
// at the end of, next, once, in) records the decision with its check, as a decision-log entry does. A question, or a
// revisit asked now ("Let's revisit this now that ...", reopens_decision) keeps it open.
bool l15_decided_with_revisit(Words const& w) {
    std::string_view const low = w.low;
    if (low.find('?') != std::string_view::npos) return false;
    bool decided = false;
    for (std::string_view d : {"we picked ", "we chose ", "we went with ", "we settled on ", "we landed on ",
                               "we opted for ", "we decided on ", "we agreed on ", "we've picked ", "we've chosen ",
                               "we've gone with ", "we've settled on ", "we have picked ", "we have chosen "})
        decided = decided || w.find(d) != std::string::npos;
    if (!decided) return false;
    for (std::string_view plan : {"let's ", "we'll ", "we will ", "we can ", "we plan to ", "we'll then ", "and "})
        for (std::string_view verb :
             {"revisit", "re-evaluate", "reevaluate", "reassess", "re-assess", "review it again", "review this again",
              "look at it again", "look at this again"}) {
            std::string const said = std::string(plan) + std::string(verb);
            for (auto at = w.find(said); at != std::string::npos; at = w.find(said, at + 1)) {
                auto const clause = sentence_at(low, at);
                auto const from = clause.find(said);
                if (from == std::string_view::npos) continue;
                auto const rest = clause.substr(from + said.size());
                if (rest.find(" in light") != std::string_view::npos || rest.find(" now ") != std::string_view::npos)
                    continue;
                for (std::string_view when :
                     {" after ", " at the end of ", " next ", " once ", " in q", " in a ", " in two ", " in three ",
                      " in six ", " in the new year", " in january", " in the spring", " in the autumn", " in the fall",
                      " when the ", " before the "})
                    if (rest.find(when) != std::string_view::npos) return true;
            }
        }
    return false;
}

// "I'd like to look at the SDK choice again", "can we reconsider the cadence?": the writer asks now to take up a matter
// again, in words reopens_decision's revisit does not list. Read only beside a decision the rules found reopened.
bool l15_asks_again(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view ask :
         {"i'd like to ", "i want to ", "want to ", "can we ", "could we ", "let's ", "we should "})
        for (auto at = w.find(ask); at != std::string::npos; at = w.find(ask, at + 1)) {
            auto const rest = low.substr(at + ask.size());
            if (rest.starts_with("reconsider") || rest.starts_with("rethink") || rest.starts_with("re-discuss") ||
                rest.starts_with("rediscuss") || rest.starts_with("relitigate"))
                return true;
            auto const stop = rest.find_first_of(".!?;\n");
            auto const clause = rest.substr(0, stop);
            if ((clause.starts_with("look at ") || clause.starts_with("talk about ") ||
                 clause.starts_with("discuss ") || clause.starts_with("go over ")) &&
                (clause.ends_with(" again") || clause.find(" again ") != std::string_view::npos))
                return true;
        }
    return false;
}

// "Can we speed up the signup flow? The volunteers meet next Tuesday.", "Could you hurry the donor export along? The
// auditors arrive Monday.": a question that asks for the work sooner by its verb (speed up, hurry, expedite,
// fast-track), in a draft that names when it is wanted (a day, a week, a date, an event it must come before), is a
// PM's faster ask. "Can we speed up the checkout page? It takes 4 seconds to load" asks for a faster page, not a
// sooner delivery: a measure of speed is no date.
bool l15_sooner_question(Words const& w) {
    std::string_view const low = w.low;
    bool asked = false;
    for (std::string_view verb : {"speed up ", "hurry ", "expedite ", "fast-track ", "fast track "})
        for (auto at = w.find(verb); !asked && at != std::string::npos; at = w.find(verb, at + 1)) {
            auto const end = low.find_first_of(".!?\n", at);
            asked = end != std::string_view::npos && low[end] == '?';
        }
    if (!asked) return false;
    if (w.any({"seconds", "milliseconds", " ms", "latency", "load time", "to load", "loads in", "p95", "p99", "slow",
               "timeout", "queries", "query", "build time", "test suite", "the tests", "the build"}))
        return false;
    return time_pressed(w) || !c14_milestone(w.orig).empty() ||
           w.any({"monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday", "tomorrow", "tonight",
                  "next week", "this week", "next month", "this month", "the weekend"});
}

// "Should I prioritise the export or the audit log this sprint?", "Do you want me to take the SSO bug or the billing
// page first?": the writer puts a choice of their own work to the PM, which only the PM gives (coaching README: the
// writer's own ask of the PM for a decision). "I" does the work and " or " names the choice, in a question; "Should I
// be worried?" chooses nothing, and "Can you prioritise X or Y?" asks the reader to do it.
bool l15_puts_a_choice(Words const& w) {
    std::string_view const low = w.low;
    for (std::string_view ask : {"should i ", "shall i ", "do you want me to ", "would you rather i ",
                                 "would you like me to ", "want me to "}) {
        for (auto at = w.find(ask); at != std::string::npos; at = w.find(ask, at + 1)) {
            if (low.substr(at).starts_with("should i be ")) continue;
            auto const end = low.find_first_of(".!?\n", at);
            if (end == std::string_view::npos || low[end] != '?') continue;
            // The " or " joins two pieces of work, not a clause of its own ("Should I close this one, or do you still
            // need it?" asks whether to do one thing).
            auto const clause = low.substr(at, end - at);
            auto const orat = clause.find(" or ");
            if (orat == std::string_view::npos) continue;
            auto const next = word_at(clause, orat + 4);
            static constexpr std::string_view clause_opens[] = {
                "do", "does", "did", "can", "could", "should", "shall", "is",  "are", "was",   "will", "would", "you",
                "we", "they", "it",  "i",   "is",    "has",    "have",  "not", "no",  "maybe", "just", "leave", "wait"};
            if (std::ranges::find(clause_opens, next) == std::end(clause_opens)) return true;
        }
    }
    // "Quick decision needed: do participants see their own lab results, yes or no?": a yes-or-no put to the reader in
    // a draft that asks for a decision is the same choice; "Is the flag on, yes or no?" asks for a fact.
    if (!w.any_prefix({"decision", "decide"})) return false;
    for (auto at = w.find("yes or no"); at != std::string::npos; at = w.find("yes or no", at + 9)) {
        auto const after = low.substr(at + 9);
        if (after.starts_with("?")) return true;
    }
    return false;
}
}  // namespace
// --- leads15: end ---

// --- leads17: an argument lost and the work taken up ---
// "Lost the argument on lazy-loading the seat map, that's ok. Building it the way Sarah wants", "I argued for the
// on-prem controllers and lost, fair enough. Starting the integration plan today", "I don't love the plan but I get why
// we're doing it. Let's go.": the writer's side conceded and the decision taken forward is a commitment. A question
// keeps it open.
bool l17_lost_and_on_it(Words const& w) {
    if (w.low.find('?') != std::string::npos) return false;
    bool const conceded =
        w.any({"lost the argument", "lost that argument", "lost this one", "lost that one", "and lost", "was outvoted",
               "got outvoted", "were outvoted", "didn't win that", "not my first choice", "don't love the plan",
               "don't love it", "don't love this", "wouldn't have picked", "would have done it differently",
               "would've done it differently"});
    if (!conceded) return false;
    return w.any({"that's ok",        "that's okay", "that's fine",   "fair enough", "fine by me",  "i get why",
                  "i understand why", "i see why",   "let's go",      "let's do it", "building it", "starting the",
                  "starting on",      "i'll build",  "i'll start",    "the way",     "i'm on it",   "im on it",
                  "on it today",      "on it now",   "going with it", "moving on"});  // r21: "can't put my finger on
                                                                                      // it" takes nothing up
}
// --- leads17: end ---

TriageCues read_cues(std::string_view text, std::vector<detector::Range> const& quoted) {
    Words const w(text, quoted);
    TriageCues c;
    c.commits = accepts(w) || reports_decision(w) || concedes(w) || okays(w) || s10_not_reopening(w) ||
                s10_agreement_label(w);          // slack10
    c.status = reports(w) || r10_triage_act(w);  // real10
    c.reason = reason_of(w);
    bool const rule_ignored = l12_rule_ignored(w);  // learn12
    if (rule_ignored && !c.reason) c.reason = detector::Reason::ignored_constraint;
    auto const last_q = w.low.rfind('?');
    c.asks = (last_q != std::string::npos && last_q + 120 >= w.low.size()) ||
             w.any({"let me know by", "by monday", "by tuesday", "by wednesday", "by thursday", "by friday", "by eod",
                    "by end of day", "by tomorrow",
                    // r27 (trial29): "I'd like us to pick one in Thursday's sync": the decision asked, and when.
                    "pick one in", "pick one at", "pick one by", "decide in", "decide at", "decide by", "choose one in",
                    "choose one by", "a call by", "a decision by"});
    bool const worded = offers_way(w) || proposes(w) || has_options(w) || l11_rival_option(w) ||
                        l11_date_that_works(w) || r13_counter_date(w) ||  // ready13
                        t15_way(w);                                       // triage15
    // The way laid out item by item: an option named by its mark, or an enumerated list the writer puts as a proposal
    // or a question ("Would it make sense to do this incrementally?\n1. remove the UI elements\n2. remove the APIs").
    // A list of complaints that asks nothing and proposes nothing is not one.
    c.lists = names_option(w) || (enumerates(w) && (worded || c.asks)) || lists_ways(w);
    c.way = worded || c.lists;
    c.plan = plans_way(w);
    c.recap = write_up(w) || labels_record(w);
    c.recap = c.recap || r14_marked_label(w) || r14_opens_on_verdict(w) || r24_loop_closed(w);  // ready14, r24
    c.plan_talk = talks_of_plan(w);
    c.own_ask = asks_the_pm(w);
    c.chooses = l15_puts_a_choice(w);  // leads15
    c.own_ask = c.own_ask || c.chooses;
    c.own_voice = speaks_as_i(w);
    c.blocked = c.own_ask && waits_on_pm(w);
    c.reopens = reopens_decision(w) || r14_raises_again(w);                                    // ready14
    c.revisits = c.reopens && (revisit_asked(w) || r14_raises_again(w) || l15_asks_again(w));  // leads15
    if (c.reopens && reaffirms(w)) c.reopens = false;
    if (c.reopens) c.commits = false;
    c.commits =
        c.commits || (!c.reopens && (reaffirms(w) || follows_call(w) || stands_aside(w) || accepts_in_other_words(w)));
    if (!c.reopens && !c.way && !c.plan && (r12_wont_obstruct(w) || r12_no_objection(w) || r12_point_granted(w)))
        c.commits = true;  // real12
    if (!c.reopens && (r14_group_agreed(w) || r14_follows_directive(w) || r14_okays_and_acts(w)))
        c.commits = true;                                             // ready14
    if (!c.reopens && l15_decided_with_revisit(w)) c.commits = true;  // leads15
    if (!c.reopens && l17_lost_and_on_it(w)) c.commits = true;        // leads17
    c.decides = records_decision(w) || r14_opens_on_verdict(w) ||     // ready14: the verdict is the decision
                r24_loop_closed(w);                                   // r24
    c.holds = holds_back(w);
    c.orders = c.plan && orders_work(w);
    c.trade =
        gives_up(w) || w.any({"what would we push back", "what would you cut", "what would we cut", "what can we cut",
                              "what could we cut", "what would it take", "even without", "swap out", "make room",
                              "what should we drop", "what would we drop", "what could we drop", "what can we drop",
                              // leads17: the smaller thing the asker would take ("A version that only pays out to
                              // verified accounts would be enough to start", "an emailed link would do for now").
                              "would be enough to start", "would be enough for now", "would be enough for the first",
                              "would do for now", "would do to start", "would cover the first", "is enough to start",
                              "would already help", "would be fine for now", "only would be enough",
                              // leads18: "If the button is more than a day's work, a support-only admin action would
                              // do it too."
                              "would do it too", "would do the job", "would work too", "would also work",
                              "would also do", "would be enough too", "would cover it"});
    c.evidence = w.any({"we measured", "i measured", "i counted", "we counted", "i checked", "we checked", "i grep'd",
                        "i grepped", "i tested", "we tested", "i profiled", "i benchmarked", "i timed", "i pulled",
                        "i traced", "i reproduced", "we reproduced", "i ran the", "we ran the"});
    c.requests = w.any({"send me", "could you send", "can you send", "could you share", "can you share", "point me to",
                        "forward me", "link me"});
    c.requests = c.requests || r13_asks_for_information(w);  // ready13
    // leads17: "Is it possible to get the Q2 roadmap doc before Thursday's planning? Want to read it first.": material
    // asked for by name.
    c.requests = c.requests || (w.any({"is it possible to get the", "could i get the", "can i get the", "can i see the",
                                       "could i see the", "could i have the", "can i have the"}) &&
                                w.any({" doc", " deck", " link", " sheet", " slides", " notes", " spec", " prd",
                                       " recording", " access", " copy"}));
    c.pm_ask = pm_ask_of(w);
    if (!c.pm_ask && l15_sooner_question(w)) c.pm_ask = detector::Pattern::faster_please;  // leads15
    c.courtesy = w.any({"thanks", "thank you", "appreciate", "shout-out", "shout out", "welcome to the team",
                        "welcome aboard", "welcome back", "kudos", "i'm out", "ooo", "out of office"}) ||
                 wordless(w.low) || lifts_pressure(w);
    c.courtesy = c.courtesy || r13_sympathy(w);  // ready13
    // r19: "Love the new onboarding flow!", "Great work on the importer, the drop-off went from 40% to 22%.": praise
    // that opens the draft and turns to nothing is a courtesy like thanks (it was read as a vague concern, "I have a
    // concern about the new onboarding flow").
    if (!c.courtesy) {
        auto const open = w.low.find_first_not_of(" \n\t\"");
        std::string_view const head =
            open == std::string::npos ? std::string_view{} : std::string_view(w.low).substr(open);
        bool praised = false;
        for (std::string_view p :
             {"love the ",   "love how ",    "love this",        "love it",           "i love the ",  "i love how ",
              "i love this", "really love ", "loving the ",      "great work",        "great job",    "nice work",
              "nice job",    "well done",    "looks great",      "this is great",     "amazing work", "awesome work",
              "nailed it",   "big fan of ",  "really like the ", "i really like the "})
            praised = praised || head.starts_with(p);
        // Support for the plan said outright ("I wrote the old importer and I'm happy to retire it", "+1, makes
        // sense to me") is no pushback either.
        praised = praised || w.any({"happy to retire", "glad to retire", "happy to replace", "glad we're replacing",
                                    "glad to see it go", "happy to see it go", "fine by me", "works for me",
                                    "no objection", "no objections", "+1", "makes sense to me", "i'm in favor",
                                    "i'm in favour", "fully support", "i support this", "good call"});
        c.courtesy =
            praised && !w.any({" but ",   "but,",    "however",  "though",  "except",    "only thing", "one thing",
                               "?",       "wish",    "could we", "can we",  "should we", "instead",    "without",
                               "zero ",   " no ",    "again",    "another", " time.",    " time!",     "moved",
                               "slipped", "skipped", "missing",  "broke"});
    }
    // An objection in words, and a bare negation ("can't", "not", "never"): both voice a concern in a draft of the
    // writer's own, but in an answer to a question of fact the negation is part of the fact ("Working on it this
    // week, but I can't give a fixed ETA").
    bool const objects =
        w.any({"not sure", "concern", "worried", "worry", "risk", "no way", "too much", "don't think", "not realistic",
               "probably not", "i'd rather not", "doubt", "problem", "issue", "not safely", "instead", "but the",
               "but our", "re-talk", "revisit", "rethink", "pushed our", "pushes our", "slip", "miss the", "delay",
               "past the", "tight", "aggressive", "optimistic", "is a lot", "a lot of work", "mess", "objection", "hmm",
               "reservations", "uneasy", "nervous", "uncomfortable", "sit right", "bothers me", "bugs me",
               "not thrilled", "not loving", "my gut", "gut says", "hesitant", "skeptical", "sceptical", "unconvinced",
               // a promise hedged to nothing ("ok... will try", "we'll do our best"): a doubt said as a yes
               "will try", "i'll try", "we'll try", "do our best", "do my best",
               // cards10: the writer's dissent said outright ("I disagree with moving X")
               "i disagree", "we disagree", "disagree with"}) ||
        // "it's going to be a stretch for the go-live", "risky": wording that names a timeline or a risk
        // reason is a concern however flat the rest.
        c.reason == detector::Reason::scope_timeline || c.reason == detector::Reason::underweighted_risk ||
        rule_ignored;
    // The writer's own words that open on a refusal ("Not really: ...", "No. Shipping it Friday ...", "Nope,"): a
    // negation with nothing before it.
    auto const open = w.low.find_first_not_of(" \n\t\"");
    auto const head = open == std::string::npos ? std::string_view{} : std::string_view(w.low).substr(open);
    bool const refuses = head.starts_with("not ") || head.starts_with("no,") || head.starts_with("no.") ||
                         head.starts_with("no ") || head.starts_with("no:") || head.starts_with("nope");
    c.concern =
        objects || refuses || w.any({"can't", "won't", " not ", "never"}) || w.low.find("n't ") != std::string::npos;
    // ready13: a courtesy formula's negation ("Please don't hesitate to ask") voices none.
    if (c.concern && !objects && !refuses) c.concern = r13_formula_negates(w.low);
    // ready13: leave given after a reservation of the writer's accepts the decision; a bare approval ("lgtm 👍", "QA
    // sign-off: all 198 cases pass. Good to go from our side.") is news.
    if (!c.reopens && !c.commits && r13_gives_leave(w) && (c.concern || r13_reserved(w))) c.commits = true;
    // An apology for the writer's own lapse voices no concern when the rest of the draft voices none (without_lapse).
    if (c.concern && !c.pm_ask)
        if (auto const rest = without_lapse(w); !rest.empty())
            c.apologises = !read_cues(r10_apology_rest(rest), {}).concern;  // real10
    // An answer to "when does X go out?", "who owns Y?": information, not pushback.
    if (!quoted.empty() && quoted.front().start <= 24) {
        auto const q = text.substr(quoted.front().start, quoted.front().end - quoted.front().start);
        std::string lq(q);
        for (auto& ch : lq) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        auto const open = lq.find_first_not_of("> \"“");
        std::string_view head = open == std::string::npos ? std::string_view{} : std::string_view(lq).substr(open);
        // A speaker's line of a pasted thread ("Ana: which region …?"): the question starts after the name.
        if (auto const colon = head.find(": ");
            colon != std::string_view::npos && colon <= 28 &&
            std::all_of(head.begin(), head.begin() + static_cast<long>(colon), [](char ch) {
                return std::isalpha(static_cast<unsigned char>(ch)) || ch == ' ' || ch == '.' || ch == '-';
            }))
            head.remove_prefix(colon + 2);
        // A question of fact, by its grammar: a wh-word that asks for a fact ("what's the p95", "how many
        // tenants") or an auxiliary before its subject ("does the SDK support", "is it live", "are we on"). "Can
        // we / could you" asks for a change, "why" and "how long" challenge the time taken: those are asks.
        bool fact = false;
        for (std::string_view wh :
             {"when ", "who ", "who's ", "where ", "which ", "what ", "what's ", "whats ", "how many ", "how much ",
              "how big ", "how often ", "is ", "are ", "was ", "were ", "has ", "have ", "did ", "does ", "do we ",
              "do they ",
              // r22: "Do members get their discount on the gift shop website too?"
              "do members ", "do users ", "do customers ", "do people ", "do the ", "do our ", "do all "})
            fact = fact || head.starts_with(wh);
        // A request for information put as an imperative or a "may I" ("Please let me know why these were removed",
        // "May I get a timeline of when the review passes?"), and a statement checked with a tag ("But you were
        // working on it two weeks ago, right?"), ask for a fact as plainly as a wh-word does.
        for (std::string_view info : {"please let me know ", "let me know ", "can you tell me ", "could you tell me ",
                                      "may i get a timeline", "may i get an eta", "may i ask "})
            fact = fact || head.starts_with(info);
        if (auto const end = head.find('?'); end != std::string_view::npos && head.substr(0, end).ends_with(", right"))
            fact = true;
        // "Are you ok if we go with Priya's plan?", "is it fine to ship without it?": a question put to the
        // addressee's stance asks for agreement, not a fact.
        // "When are you planning the release?" asks for a fact: "are you" only asks for a stance where it opens.
        for (std::string_view stance : {" ok if", " okay if", " ok to", " okay to", " fine ", " fine?", " happy ",
                                        " agree", " comfortable", " alright "})
            fact = fact && head.find(stance) == std::string_view::npos;
        fact = fact && !head.starts_with("are you ") && !head.starts_with("were you ");
        // An answer that lays out options ("Option 2: pin the old analyzer") proposes a way, whatever was asked.
        // ("... on the website too?" asks whether it holds there as well, not for one more thing built.)
        auto const asked = pm_ask_in(head);
        bool const also_fact =
            asked == detector::Pattern::one_more_thing && head.find(" add") == std::string_view::npos &&
            head.find(" also ") == std::string_view::npos && head.find("squeeze") == std::string_view::npos &&
            head.find(" include") == std::string_view::npos && head.find(" build") == std::string_view::npos;
        if (fact && (!asked || also_fact)) c.answers_info = !objects && !c.lists;
    }
    // "re your question on whether X can go live on the 1st: yes, ...": the answer names a question of fact.
    for (std::string_view q :
         {"re your question", "re: your question", "to your question", "on your question", "you asked"})
        if (w.low.starts_with(q)) {
            auto const rest = std::string_view(w.low).substr(q.size(), 16);
            // "You asked whether we could drop the staging step" asks for a change, not a fact.
            bool const named = q == "you asked";
            for (std::string_view wh :
                 {" on whether", " about whether", " whether", " on when", " about when", " on who", " about who",
                  " on where", " on if", " which ", " who ", " when ", " where ", " how many", " how much"})
                if ((!named || !(wh.starts_with(" on") || wh.starts_with(" about") || wh == " whether")) &&
                    rest.starts_with(wh))
                    c.answers_info = !objects;
        }
    return c;
}

std::optional<detector::Pattern> pm_ask_in(std::string_view piece) { return pm_ask_of(Words(piece, {})); }

bool demands_in(std::string_view text) {
    Words const w(text, {});
    return w.low.find('?') == std::string::npos && demands_delivery(w);
}

std::optional<detector::Pattern> quoted_ask(std::string_view quote) {
    if (auto asked = pm_ask_in(quote)) return asked;
    // "> ", '"', "“…”": the marks that made the words someone else's would make the detector skip them.
    for (bool again = true; again;) {
        again = false;
        for (std::string_view mark : {">", " ", "\n", "\"", "\u201c", "&gt;"})
            if (quote.starts_with(mark)) {
                quote.remove_prefix(mark.size());
                again = true;
            }
        for (std::string_view mark : {" ", "\n", "\"", "\u201d"})
            if (quote.ends_with(mark)) {
                quote.remove_suffix(mark.size());
                again = true;
            }
    }
    if (quote.empty()) return std::nullopt;
    auto const a = detector::analyze(quote);
    if (a.patterns.empty()) return std::nullopt;
    return a.patterns.front();
}

// --- cards10 ---
bool puts_dissent_on_record(std::string_view low) {
    auto const dissent = low.find("disagree");
    if (dissent == std::string_view::npos) return false;
    auto const but = low.find("but ", dissent);
    if (but == std::string_view::npos) return false;
    for (auto at = low.find("i'll ", but); at != std::string_view::npos; at = low.find("i'll ", at + 1)) {
        auto const verb = word_at(low, at + 5);
        if (records_dissent(verb, low.substr(at + 5 + verb.size()))) return true;
    }
    return false;
}
// --- end cards10 ---

}  // namespace pushback::templates::detail
