// Reading a draft before the triage: whose side it speaks from, what the cues add to the Analysis, and
// the writer's own point for the one rewrite a stop may offer.

#include "templates/detail/advice_reading.hpp"

#include <algorithm>
#include <cctype>

#include "detector/report.hpp"
#include "templates/detail/advice_slots.hpp"

namespace pushback::templates::detail {

using detector::Analysis;
using detector::MessageKind;

namespace {

// "Yes, ...", "Short answer: not safely", "Probably not": how an answer to an unquoted ask opens.
bool answer_opening(std::string_view text) {
    // "honestly no, ...", "Well, yes": an interjection before the answer is not the answer.
    for (bool again = true; again;) {
        again = false;
        for (std::string_view aside : {"honestly", "tbh", "well", "hmm", "frankly", "so", "ah", "oh"}) {
            if (text.size() <= aside.size() + 1) continue;
            bool same = true;
            for (std::size_t i = 0; i < aside.size(); ++i)
                same = same && std::tolower(static_cast<unsigned char>(text[i])) == aside[i];
            if (!same || (text[aside.size()] != ' ' && text[aside.size()] != ',')) continue;
            text.remove_prefix(aside.size());
            while (!text.empty() && (text.front() == ' ' || text.front() == ',')) text.remove_prefix(1);
            again = true;
        }
    }
    std::string head;
    for (char ch : text.substr(0, 16)) head += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    // "Not sure about the new onboarding flow", "Not a fan of", "Not convinced by": a stance on a topic it names,
    // not an answer to someone's question.
    if (head.starts_with("not ")) {
        std::string wider;
        for (char ch : text.substr(0, 40)) wider += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        for (std::string_view topic : {" about ", " of ", " by ", " with "})
            if (wider.find(topic) != std::string::npos) return false;
    }
    for (std::string_view w : {"yes", "no,", "no.", "nope", "sure", "ok", "okay", "short answer", "happy to", "we can",
                               "i can", "not ", "probably", "absolutely", "of course", "that's", "it's", "yep", "yeah"})
        if (head.starts_with(w)) return !head.starts_with("not to ");  // "Not to be difficult, but ..." opens a case
    return false;
}

}  // namespace

std::optional<detector::Range> speaker_quote(std::string_view text) {
    // "PM: can we demo it Tuesday?\nme: the import finishes Wednesday ...": a thread pasted with its speakers. The
    // first line is someone's (a name or a role of one to three words, a colon); a later line is the writer's own
    // ("me:", "Me:", "my reply:"). Without the writer's line, "Proposal: ..." or "Update: ..." is a heading.
    auto const nl = text.find('\n');
    if (nl == std::string_view::npos || nl < 4) return std::nullopt;
    bool mine = false;
    for (std::string_view me : {"\nme:", "\nMe:", "\nME:", "\nmy reply:", "\nMy reply:", "\nme -", "\nMe -"})
        mine = mine || text.find(me) != std::string_view::npos;
    if (!mine) return std::nullopt;
    auto const colon = text.find(':');
    if (colon == std::string_view::npos || colon > 28 || colon > nl || colon == 0) return std::nullopt;
    int spaces = 0;
    for (std::size_t i = 0; i < colon; ++i) {
        auto const c = static_cast<unsigned char>(text[i]);
        if (c == ' ')
            ++spaces;
        else if (!std::isalpha(c) && c != '.' && c != '\'' && c != '-' && c != '@' && c != '<' && c != '>' && c < 0x80)
            return std::nullopt;
    }
    if (spaces > 2) return std::nullopt;
    return detector::Range{0, static_cast<std::uint32_t>(nl)};
}

bool quotes_first(Analysis const& a, std::string_view text) {
    // A draft that opens with someone else's words ("> Can we …?", Re: "…", "Sam asked: …") answers them.
    auto const starts_quoted = std::any_of(a.quoted.begin(), a.quoted.end(), [](auto r) { return r.start <= 4; });
    auto const head = text.substr(0, 40);
    std::string low_head(head);
    for (auto& ch : low_head) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    // "Re: the Q2 plan thread." names a topic, not someone's ask: a determiner and a noun for where it was said.
    bool topic = false;
    if (low_head.starts_with("re: the ")) {
        auto const first = low_head.substr(0, low_head.find_first_of(".:?\n", 4));
        for (std::string_view where : {" thread", " doc", " discussion", " email", " meeting", " channel"})
            topic = topic || first.find(where) != std::string::npos;
    }
    bool const re = !topic && text.size() >= 3 && (text[0] == 'R' || text[0] == 'r') &&
                    (text[1] == 'e' || text[1] == 'E') && text[2] == ':';
    // "re your question about ...", "To your question: ...": the draft names the other's question first.
    bool const names_question = low_head.starts_with("re your question") || low_head.starts_with("re: your question") ||
                                low_head.starts_with("to your question") || low_head.starts_with("on your question") ||
                                low_head.starts_with("you asked");
    // 'Dana asked "Can we …?"' quotes the ask as directly as 'Dana asked: …'.
    bool const asked = head.find(" asked: ") != std::string_view::npos ||
                       head.find(" asked \"") != std::string_view::npos ||
                       head.find(" asked \u201c") != std::string_view::npos;
    return (starts_quoted && !topic) || re || names_question || asked;
}

// --- trial14: the writer's own stance in a draft that asks (coaching dev31 22, 31) ---
namespace {

// Whether the writer's own words (quoted words left out) take a stance against the plan: a view of their own and a
// verdict on it ("I still think NFC cards would be better", "Feels like we're building this for ourselves"), or its
// premise doubted in a question ("Do the sites even want e-consent on tablets?", "Does anyone really need it?"). A
// PM's ask for delivery says neither: "I think users would love dark mode, can we add it?" takes no stance against
// the plan, and pressure (a PM pattern, a trade) still makes a draft an ask.
bool t14_own_stance(Analysis const& a, std::string_view text) {
    std::string low(text);
    for (auto& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (auto const& q : a.quoted)
        for (auto i = q.start; i < q.end && i < low.size(); ++i) low[i] = ' ';
    auto const has = [](std::string_view s, std::initializer_list<std::string_view> ws) {
        return std::ranges::any_of(ws, [&](std::string_view w) { return s.find(w) != std::string_view::npos; });
    };
    std::size_t from = 0;
    while (from < low.size()) {
        auto end = low.find_first_of(".!?\n", from);
        if (end == std::string::npos) end = low.size();
        bool const question = end < low.size() && low[end] == '?';
        std::string const s = " " + low.substr(from, end - from) + " ";
        from = end + 1;
        bool const stance = has(s, {" i still think ", " i think ", " i feel ", " feels like ", " seems like ",
                                    " i'd argue ", " i believe ", " i still feel ", " honestly think "});
        bool const against =
            has(s, {" would be better", " is better", " are better", " makes more sense", " make more sense",
                    " for ourselves", " for us, not", " the wrong ", " overkill", " not worth", " don't need",
                    " doesn't need", " nobody needs", " no one needs", " nobody wants", " no one wants"});
        if (stance && against && !question) return true;
        if (!question) continue;
        // "do the sites even want ...", "does anyone really need ...", "will riders actually use ...".
        auto const open = s.find_first_not_of(' ');
        if (open == std::string::npos) continue;
        auto const head = std::string_view(s).substr(open);
        if (!(head.starts_with("do ") || head.starts_with("does ") || head.starts_with("did ") ||
              head.starts_with("will ") || head.starts_with("would ") || head.starts_with("are ") ||
              head.starts_with("is ")))
            continue;
        for (std::string_view doubt : {" even ", " really ", " actually "}) {
            auto const at = s.find(doubt);
            if (at == std::string::npos) continue;
            auto const rest = std::string_view(s).substr(at + doubt.size());
            for (std::string_view verb : {"want", "need", "use ", "ask for", "asked for", "care", "like "})
                if (rest.starts_with(verb)) return true;
        }
    }
    return false;
}

}  // namespace
// --- trial14: end ---

// An ask that carries the writer's own concern (a reason with a doubt, the plan's number against the
// writer's) is the writer's pushback ending in a clear ask; an ask with a trust-destroying pattern is
// the PM's pressure whatever reason it mentions.
Side side_of(Analysis const& a, std::string_view text, TriageCues const& cues) {
    if (quotes_first(a, text)) return Side::reply_to_ask;
    if (a.kind == MessageKind::reply_to_ask && answer_opening(text)) return Side::reply_to_ask;
    if (a.kind != MessageKind::ask && !cues.pm_ask) return Side::own_draft;
    // Nothing asked (no question, no PM pattern): a statement about the plan ("gut says the rewrite is going to
    // bite us") is the writer's. A decision named and questioned is the writer reopening it.
    if (!cues.pm_ask && a.patterns.empty() && text.find('?') == std::string_view::npos) return Side::own_draft;
    if (cues.reopens && !cues.pm_ask) return Side::own_draft;
    // leads15: "Should I prioritise the export or the audit log this sprint?" puts a choice of the writer's own work to
    // the PM: the writer's ask, whatever pressure the detector reads in "prioritise".
    if (cues.chooses && !cues.pm_ask && !cues.trade) return Side::own_draft;
    int const sbi = int{a.sbi.situation} + int{a.sbi.behavior} + int{a.sbi.impact};
    bool const numbers_gap = a.clauses.plan_number && a.clauses.own_number;
    // A long draft that happens to echo a pattern ("took a day") is the writer's case, not a PM's ask.
    bool const lets = text.starts_with("Let's") || text.starts_with("let's") || text.starts_with("Let’s");
    // A trade offered for delivery ("what would we push back to make room?") is made by the one asking for it.
    bool const pressure =
        cues.pm_ask || cues.trade ||
        (!a.patterns.empty() && text.size() < 240 && (text.find('?') != std::string_view::npos || lets));
    // The writer asking the PM for a decision, a review or people, or arguing with the plan as a thing
    // ("the spec uses straight-line distance"), speaks for themselves: a PM's ask asks for delivery.
    // The writer's own finding ("we measured 71 s for 80 MB", "I grep'd") is an engineer's case, and so is a
    // counter-proposal the detector read as a clause: a PM's ask brings neither, unless it is the trade the PM
    // offers for delivery ("or is there something on the board we should swap out for it?").
    // Without pressure, the writer's own objection ("I have some concerns with the checkout redesign", "I am not so
    // comfortable with the new settings design") or a case dense with particulars (a situation and a behaviour,
    // four particulars: "the 2 failures are in checkout: cards with 3DS get charged twice") is the engineer's, not
    // a PM's ask for delivery.
    // An objection argued with particulars ("I disagree with dropping the load test for the Friday launch: last time we
    // skipped it, checkout p99 went to 4s for two hours") is the writer's even where the detector reads a PM pattern
    // in the plan it argues with; only the cue-level PM ask or a trade offered for delivery makes it an ask.
    bool const argued = !cues.pm_ask && !cues.trade && cues.concern && sbi >= 2 && a.specifics.size() >= 4;
    bool const own_case =
        (!pressure && a.patterns.empty() && (cues.concern || (sbi >= 2 && a.specifics.size() >= 4))) || argued ||
        numbers_gap || (cues.own_ask && !pressure) || (cues.evidence && !pressure) || (cues.lists && !pressure) ||
        (!pressure && (cues.concern || cues.way || cues.plan_talk || (a.clauses.alternative && !cues.trade)) &&
         (!a.legitimate.empty() || a.offers_alternative || sbi >= 2 || (cues.plan_talk && a.specifics.size() >= 2)));
    return own_case || (!pressure && t14_own_stance(a, text)) ? Side::own_draft : Side::ask;  // trial14
}

// The Analysis with the triage cues added: a cue only ever adds a finding the detector missed. Red
// flags and illegitimate reasons are the detector's alone (detector/flags.cpp), with their evidence.
Analysis with_cues(Analysis a, TriageCues const& cues) {
    if (cues.pm_ask && std::find(a.patterns.begin(), a.patterns.end(), *cues.pm_ask) == a.patterns.end())
        a.patterns.insert(a.patterns.begin(), *cues.pm_ask);
    return a;
}

namespace {
// Whether a piece only announces the points that follow it: "there are two issues ...", "a few things first", "I have
// three concerns": a count (a number word or "a few", "several", "a couple of") before a word for points, at the
// piece's start.
bool announces_points(std::string_view low) {
    for (std::string_view lead : {"there are ", "there're ", "here are ", "i have ", "i've got ", "we have "})
        if (low.starts_with(lead)) low.remove_prefix(lead.size());
    bool counted = false;
    for (std::string_view count : {"two ", "three ", "four ", "five ", "2 ", "3 ", "4 ", "5 ", "a few ", "several ",
                                   "a couple of ", "a couple ", "some "})
        if (low.starts_with(count)) {
            low.remove_prefix(count.size());
            counted = true;
            break;
        }
    if (!counted) return false;
    for (std::string_view more : {"more ", "main ", "big ", "key ", "separate ", "related ", "quick ", "other "})
        if (low.starts_with(more)) low.remove_prefix(more.size());
    for (std::string_view points :
         {"issues", "things", "points", "concerns", "problems", "questions", "reasons", "objections", "items", "notes"})
        if (low.starts_with(points)) return true;
    return false;
}
}  // namespace

// The writer's point about the plan, free of what made it a stop: the first piece of the draft (split at
// sentence ends and colons) that names a particular or a consequence and carries no red flag or motive
// of its own. Empty when every piece carries one ("Priya has no idea how billing works").
std::string idea_of(Analysis const& a, std::string_view text) {
    std::string best;
    std::size_t b = 0;
    int angle = 0;  // inside <!here>, <@U1|name>, <https://…>: never a sentence end
    for (std::size_t i = 0; i <= text.size(); ++i) {
        if (i < text.size() && text[i] == '<') ++angle;
        if (i < text.size() && text[i] == '>' && angle > 0) --angle;
        bool const end = i == text.size() || (angle == 0 && (text[i] == '.' || text[i] == '!' || text[i] == '?' ||
                                                             text[i] == ':' || text[i] == '\n' || text[i] == ';'));
        if (!end) continue;
        detector::Range r{static_cast<std::uint32_t>(b), static_cast<std::uint32_t>(i)};
        b = i + 1;
        if (r.empty()) continue;
        // r21: "Kevin clearly didn't read the RFC, his plan stores sessions in the JWT and that breaks logout": the
        // clause after the attack's comma is the point, when the attack ends before it.
        bool plan_clause = false;
        {
            std::uint32_t attack_end = 0;
            for (auto const& ev : a.evidence)
                if (ev.range.start < r.end && r.start < ev.range.end) attack_end = std::max(attack_end, ev.range.end);
            if (attack_end > 0 && attack_end < r.end)
                if (auto const comma = text.substr(attack_end, r.end - attack_end).find(", ");
                    comma != std::string_view::npos && r.end - (attack_end + comma + 2) > 24) {
                    // Only a clause whose subject is the plan ("his plan stores ...", "the spec drops ...").
                    std::string const rest = lower(text.substr(attack_end + comma + 2, 40));
                    bool plan_first = false;
                    for (std::string_view det : {"his ", "her ", "their ", "the ", "this ", "that "})
                        for (std::string_view thing : {"plan ", "spec ", "design ", "proposal ", "approach ",
                                                       "rollout ", "schema ", "prd ", "estimate ", "migration "})
                            plan_first = plan_first || rest.starts_with(std::string(det) + std::string(thing));
                    if (plan_first) {
                        r.start = static_cast<std::uint32_t>(attack_end + comma + 2);
                        plan_clause = true;
                    }
                }
        }
        // The cheap tests first (each only rules a piece out, so their order changes nothing but the time): a piece
        // with no particular and no consequence, or a question to the channel, is never the point.
        bool const particular = std::any_of(a.specifics.begin(), a.specifics.end(), [&](detector::Specific const& s) {
            return s.range.start >= r.start && s.range.end <= r.end;
        });
        bool const consequence =
            a.clauses.impact && a.clauses.impact->start >= r.start && a.clauses.impact->start < r.end;
        if (!particular && !consequence && !plan_clause) continue;
        if (r.end < text.size() && text[r.end] == '?') continue;
        // A piece that carries a red flag, a motive or a PM ask of its own is not the writer's point.
        // The address of a broadcast ("<!here>", "@channel") is not part of the point: the clause text leaves it out.
        bool const flagged = std::any_of(a.evidence.begin(), a.evidence.end(), [&](detector::Evidence const& ev) {
            bool const address = ev.flag == detector::RedFlag::broadcast && ev.range.end <= text.size() &&
                                 (text[ev.range.start] == '<' || text[ev.range.start] == '@');
            return !address && ev.range.start < r.end && r.start < ev.range.end;
        });
        if (flagged) continue;
        auto piece = clause_text(text, r, a.quoted, 240);
        // "But the export takes 3 days": the turn joins the piece to the sentence before it; the point is what follows.
        for (std::string_view turn : {"But ", "And ", "but ", "and "})
            if (piece.starts_with(turn)) piece.erase(0, turn.size());
        // r19: "just so everyone knows, the Q3 plan is unrealistic": who the writer is telling, or how frankly, is
        // not the point; the 1:1 card says the point from "the Q3 plan".
        for (bool again = true; again;) {
            again = false;
            std::string const low = lower(piece);
            for (std::string_view lead :
                 {"just so everyone knows", "so everyone knows", "just so you all know", "so you all know",
                  "just so you know", "so you know", "fyi", "psa", "heads up", "heads-up", "for the record", "honestly",
                  "frankly", "tbh", "real talk", "not gonna lie", "ngl", "to be honest", "to be blunt"}) {
                if (!low.starts_with(lead) || low.size() <= lead.size()) continue;
                char const next = low[lead.size()];
                if (next != ',' && next != ' ' && next != '-') continue;
                std::size_t at = lead.size();
                while (at < piece.size() && (piece[at] == ',' || piece[at] == ' ' || piece[at] == '-')) ++at;
                piece.erase(0, at);
                again = true;
                break;
            }
        }
        // r21: "Hey Priya, I have a bad feeling about X": the greeting is no part of the point.
        {
            std::string const low = lower(piece);
            if (auto const comma = low.find(", ");
                comma != std::string::npos && comma < 24 &&
                std::count(low.begin(), low.begin() + static_cast<long>(comma), ' ') <= 2)
                for (std::string_view hi : {"hey", "hi ", "hello", "morning", "yo "})
                    if (low.starts_with(hi)) {
                        piece.erase(0, comma + 2);
                        break;
                    }
        }
        if (piece.size() < 24 || std::count(piece.begin(), piece.end(), ' ') < 4) continue;
        // The writer's feelings, a threat or a conditional are not a point about the plan.
        std::string low;
        for (char ch : piece) low += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        // "There are two issues that are relevant to the committee now": a piece that announces the points to come is
        // none of them.
        if (announces_points(low)) continue;
        bool aside = false;
        for (std::string_view no : {"i ", "i'm ", "if ", "sure", "so ", "leadership", "arguing", "everyone", "who "})
            aside = aside || low.starts_with(no);
        // leads15: "Yet jQuery is still around.", "Still, it works.": a concession's turn answers someone else's point,
        // it is not the writer's point about the plan.
        for (std::string_view turn : {"yet ", "still, ", "still ", "anyway"}) aside = aside || low.starts_with(turn);
        // "The button is the easy part": granting what the other side said is not the writer's point either.
        for (std::string_view no :
             {"leadership", "all-hands", " cto", " vp", "manager", "director", "listen", "fantasy", "as usual",
              "garbage", "nonsense", "joke", "clearly", "you ", "easy part", "easy bit", "simple part", "quick part",
              // leads18: "Not even going to bother raising it with Kelsey again": the process, not the point.
              "bother", "raising it", "raise it with", "bringing it up", "not wasting", "waste of time",
              // r21: "Product pushed it through without asking anyone and people deserve to know how it got
              // decided": how the call was made is the grievance, not a point about the plan.
              "pushed it through", "deserve to know", "how it got decided", "how it was decided", "behind our back",
              "over our heads",
              // r23: "Because I can't see anyone who has putting a 'request refund' button ...", "Maybe loop in
              // somebody who's talked to a creator", "your folks don't check what they merge": who the people are, or
              // should be, is the attack's ground, not a point about the plan. (A reason alone is a point: "Because
              // the PDF renderer leaks memory" answers "why is it still not done?".)
              "somebody who", "someone who", "anyone who", "your folks", "your people", "your guys"})
            aside = aside || low.find(no) != std::string::npos;
        // A PM ask of its own (the dearest test: it reads the piece's words for every ask) is not the point either.
        aside = aside || concedes_size(low);  // cards10: "the recalculation itself is a day"
        if (aside || pm_ask_in(piece)) continue;
        best = piece;
        break;
    }
    // "this sprint plan is unrealistic and someone needs to say it": what follows about who should speak up is
    // the writer's frustration, not the point.
    {
        std::string const low = lower(best);
        for (std::string_view turn : {", and ", " and "})
            for (std::string_view who :
                 {"someone", "somebody", "everyone", "everybody", "nobody", "no one", "i ", "i'm", "we all", "you all"})
                if (auto const at = low.find(std::string(turn) + std::string(who)); at != std::string::npos && at > 12)
                    best.resize(std::min(best.size(), at));
    }
    // "The migration needs ..." reads "the migration needs ..." after "What I see:"; a name keeps its capital.
    // "We can't do half of this", "In the last 3 calls they asked for undo": a pronoun or a preposition opening the
    // sentence is lower-cased too; a name ("Stripe", "SSO") never is.
    for (std::string_view det : {"The ",   "A ",     "An ",     "Our ",   "This ", "That ",  "These ",  "Those ",
                                 "Their ", "Its ",   "We ",     "It ",    "They ", "There ", "In ",     "On ",
                                 "At ",    "After ", "Before ", "Every ", "Most ", "Since ", "Nobody ", "No "})
        if (best.starts_with(det)) best[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(best[0])));
    return best;
}

}  // namespace pushback::templates::detail

namespace pushback::templates {

detector::Analysis as_advised(detector::Analysis a, std::string_view text, Advice const& advice) {
    using detector::Reason;
    auto const add = [&](Reason r) {
        if (std::find(a.legitimate.begin(), a.legitimate.end(), r) == a.legitimate.end()) a.legitimate.push_back(r);
    };
    // The reason each rework card answers (seed 000's phrasing for it).
    for (auto const& c : advice.cards) {
        if (c.family == "estimate") add(Reason::estimate);
        if (c.family == "options") add(Reason::scope_timeline);
        if (c.family == "risks") add(Reason::underweighted_risk);
        if (c.family == "constraint") add(Reason::ignored_constraint);
        if (c.family == "two-paths") add(Reason::better_alternative);
        if (c.family == "premise")
            add(c.title.starts_with("Point at the cause") ? Reason::misaligned_approach : Reason::user_need);
    }
    // Pushback that carries a way forward in the writer's words: the proposal ("Can we change the job to 90
    // days?"), the thinner slice ("Charts alone by the 14th"), or the detector's alternative clause.
    // A PM's ask proposes nothing of the writer's ("Can we do this faster?"); the writer's own clear ask does.
    // What the message is, as the advice read it: "kind: status" over a stop for going over the PM's head, or
    // "kind: pushback" over a 1:1 recap logged as a commitment, contradicts the advice below it.
    using detector::MessageKind;
    switch (advice.triage) {
        case Triage::not_pushback:
            if (a.kind != MessageKind::status && a.kind != MessageKind::thanks) a.kind = MessageKind::other;
            break;
        case Triage::commitment:
            if (a.kind != MessageKind::summary) a.kind = MessageKind::commitment;
            break;
        default:
            a.kind = advice.perspective == Side::ask            ? MessageKind::ask
                     : advice.perspective == Side::reply_to_ask ? MessageKind::reply_to_ask
                                                                : MessageKind::pushback;
    }
    // A PM's trust-destroying ask is a pattern of an ask, not of the writer's own pushback.
    if (advice.perspective == Side::own_draft) a.patterns.clear();
    // The red flags and illegitimate reasons are the ones the advice acted on: those that drove a stop, and the
    // reasons a self-check card asks about. One the advice weighed and set aside is not listed as found.
    bool const self_check =
        std::any_of(advice.cards.begin(), advice.cards.end(), [](Card const& c) { return c.family == "self-check"; });
    std::vector<detector::RedFlag> flags;
    std::vector<Reason> illegitimate = self_check ? a.illegitimate : std::vector<Reason>{};
    for (auto const& f : advice.flags) {
        if (f.starts_with("illegitimate:")) {
            auto const r = detector::reason_from_id(std::string_view(f).substr(13));
            if (r && std::find(illegitimate.begin(), illegitimate.end(), *r) == illegitimate.end())
                illegitimate.push_back(*r);
        } else if (auto const rf = detector::red_flag_from_id(f)) {
            flags.push_back(*rf);
        }
    }
    a.red_flags = std::move(flags);
    a.illegitimate = std::move(illegitimate);
    // An illegitimate reason overrides a legitimate-sounding one (no "legitimate" banner over it).
    if (advice.triage == Triage::stop && !a.illegitimate.empty() && a.red_flags.empty()) a.legitimate.clear();
    bool const pushback =
        advice.triage == Triage::ready || (advice.triage == Triage::rework && advice.perspective != Side::ask);
    if (pushback && !a.offers_alternative)
        a.offers_alternative = a.clauses.alternative.has_value() || !detail::proposal_in(text, a).empty() ||
                               !detail::slice_in(text, a).empty() ||
                               !detail::first_step_in(text, detail::lower(text), a).empty();
    return a;
}

std::string render_advised(detector::Analysis const& a, std::string_view text, Advice const& advice) {
    std::string_view verdict;
    switch (advice.triage) {
        case Triage::ready:
            verdict = "READY TO SEND";
            break;
        case Triage::rework:
            verdict = "NEEDS WORK";
            break;
        case Triage::not_pushback:
            verdict = "NOT PUSHBACK";
            break;
        case Triage::commitment:
            verdict = "COMMITMENT";
            break;
        case Triage::stop:
            verdict = "STOP BEFORE SENDING";
            break;
    }
    bool const scored = advice.triage == Triage::ready || advice.triage == Triage::rework;
    return detector::render_report(as_advised(a, text, advice), text, verdict, scored);
}

}  // namespace pushback::templates
