// What the message is. `mood` is the grammatical mood of the main sentence (templates' `kinds`
// condition); `kind` is what the coaching triages on (tests/data/real/GUIDE.md defines each value).
// Kind is scored from cues in the writer's own words (quoted sentences do not count): a PM ask
// pattern or a request for `ask`, objections and illegitimate reasons for `pushback`, answer cues
// for `reply-to-ask`, reports for `status`, write-up and decision cues, thanks. The cue lists are
// lexicon files (request_open, ask_cue, question_open, objection, reply_cue, status, summary,
// decision, thanks); the highest score wins, `other` when no cue is strong enough.
#include <algorithm>
#include <array>
#include <initializer_list>
#include <span>

#include "detector/detail/context.hpp"

namespace pushback::detector::detail {
namespace {

bool starts_with_word(std::string_view s, std::string_view w) {
    return s.starts_with(w) && (s.size() == w.size() || !is_word_byte(static_cast<unsigned char>(s[w.size()])));
}

// A sentence that asks for something: a request opening, a wish, or a yes/no question about doing a
// thing. Imperatives count only as the sentence's first word ("Allow execution of ...").
// A sentence that asks for something: a request opening or a wish (request_open.txt), a request
// anywhere (ask_cue.txt), or a question opening as one (question_open.txt).
bool request_sentence(Context const& c, Sentence const& x, std::uint32_t start, std::vector<Hit>& tmp) {
    tmp.clear();
    matcher().find_at(c.s, start, Lex::request_open, tmp);
    if (!tmp.empty() || c.first(Lex::ask_cue, x.b, x.e) != nullptr) return true;
    if (!x.question()) return false;
    matcher().find_at(c.s, start, Lex::question_open, tmp);
    return !tmp.empty();
}

// What the product should do, said as an obligation: "It should be possible to use CodeTogether in
// IntelliJ 2020.2", "it should also support export to PDF", "We need to update the readme". Negated
// ("this shouldn't be merged") it objects; "it should work now" reports a fix.
bool wants_change(Context const& c, Sentence const& x, std::string_view sentence) {
    if (sentence.find("n't") != std::string_view::npos || sentence.find(" not ") != std::string_view::npos ||
        sentence.find(" now") != std::string_view::npos)
        return false;
    for (std::string_view modal : {"should ", "needs to ", "need to "}) {
        auto p = sentence.find(modal);
        if (p == std::string_view::npos || (p > 0 && is_word_byte(static_cast<unsigned char>(sentence[p - 1]))))
            continue;
        auto rest = sentence.substr(p + modal.size());
        if (rest.starts_with("also ")) rest.remove_prefix(5);
        if (rest.starts_with("be possible") || rest.starts_with("work ") || rest.starts_with("be able")) return true;
        auto const at = static_cast<std::uint32_t>(rest.data() - c.s.data());
        if (c.first(Lex::delivery, at, x.e) != nullptr && std::any_of(c.hits.begin(), c.hits.end(), [&](Hit const& h) {
                return h.lex == Lex::delivery && h.begin == at;
            }))
            return true;
    }
    return false;
}

// A progress report's opening: a past participle first ("Added in 1.2.2.", "Merged, closing").
bool reports_done(std::string_view x) {
    for (std::string_view w :
         {"added",     "fixed",       "merged",    "released", "reverted",   "reverting", "deployed",
          "published", "implemented", "updated",   "removed",  "included",   "done",      "shipped",
          "landed",    "closing",     "closed",    "pushed",   "concluded",  "sent",      "i removed",
          "i added",   "i fixed",     "i merged",  "i pushed", "i released", "i updated", "i've",
          "we've",     "fixes",       "completed", "finished", "bumped"})
        if (starts_with_word(x, w)) return true;
    // A gerund first ("Carrying over one sprint", "Moving to next milestone") reports what is going on.
    auto const end = x.find_first_of(" ,.:;!?");
    auto const first = x.substr(0, end);
    return first.size() > 5 && first.ends_with("ing") && !first.ends_with("thing") && first != "during" &&
           first != "according";
}

// The first word of `x` and the rest after it.
std::pair<std::string_view, std::string_view> first_word(std::string_view x) {
    std::size_t e = 0;
    while (e < x.size() && (is_word_byte(static_cast<unsigned char>(x[e])) || x[e] == '\'')) ++e;
    auto rest = x.substr(e);
    while (!rest.empty() && rest.front() == ' ') rest.remove_prefix(1);
    return {x.substr(0, e), rest};
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> list) { return in_list(w, list); }

// How much the thread's role weighs: a statement after a question is an answer unless a stronger cue says
// otherwise (cross-validated on tests/data/real/dev.jsonl).
constexpr double thread_answer_weight = 1.5;

// A verb in the past that reports something done ("pulled", "booked", "split", "wrote"). Words in
// -ed that say what someone thinks, feels or wants are opinions, not reports ("concerned", "wanted").
bool past_action(std::string_view w) {
    // Irregular pasts, also with "re" ("rebuilt", "reran").
    if (w.starts_with("re") && w.size() > 4 && !w.ends_with("ed")) w.remove_prefix(2);
    if (one_of(w, {"built", "made",    "wrote", "ran",  "put",     "split", "took", "set", "got",   "sent", "found",
                   "began", "rewrote", "did",   "left", "brought", "cut",   "kept", "met", "spent", "went", "gave"}))
        return true;
    if (w.size() < 5 || !w.ends_with("ed") || w.ends_with("eed")) return false;
    return !one_of(
        w, {"thought",   "noticed",   "wondered",   "guessed",  "assumed",   "hoped",     "wanted",   "needed",
            "liked",     "loved",     "hated",      "agreed",   "disagreed", "used",      "expected", "suspected",
            "believed",  "figured",   "realized",   "realised", "feared",    "worried",   "meant",    "tried",
            "seemed",    "asked",     "suggested",  "proposed", "mentioned", "concerned", "confused", "interested",
            "surprised", "tired",     "based",      "related",  "supposed",  "annoyed",   "excited",  "pleased",
            "convinced", "preferred", "considered", "decided",  "requested", "missed",    "failed",   "crashed",
            "broke",     "opposed",   "objected",   "curious",  "involved",  "limited",   "allowed",  "required",
            "tested"});
}

// What a report names after its verb: a noun phrase ("a dark mode toggle", "the missing line"), not
// a pronoun, a preposition or an infinitive ("this", "it", "to remove…").
bool names_object(std::string_view rest) {
    auto [w, more] = first_word(rest);
    if (one_of(w, {"a",     "an",  "the",  "my",   "our", "your",  "their",   "his", "her",  "its", "these",
                   "those", "all", "both", "each", "two", "three", "several", "new", "this", "that"})) {
        auto const next = first_word(more).first;
        return !next.empty() && !one_of(next, {"is", "was", "to", "and", "of", "in", "on", "for", "with", "one"});
    }
    return !w.empty() &&
           !one_of(w, {"it",    "this",   "that",       "them",     "to",      "in",     "on",   "up",
                       "out",   "with",   "for",        "of",       "and",     "so",     "some", "something",
                       "stuff", "things", "everything", "anything", "more",    "most",   "back", "by",
                       "at",    "as",     "from",       "into",     "over",    "again",  "too",  "here",
                       "there", "now",    "then",       "just",     "already", "what",   "how",  "why",
                       "when",  "if",     "but",        "or",       "not",     "me",     "you",  "him",
                       "us",    "yet",    "soon",       "later",    "today",   "before", "after"});
}

// A progress report's construction, wherever the sentence stands: a past action first ("Replaced a
// native path separator…", "Created minutes of call…"), the writer's own past action ("I pulled your
// work out…", "we've booked…", "I just merged…"), something reported done ("All the mods have been
// updated", "Migration done"), or a pull request saying what it does ("This PR adds documentation…").
// 0: none; 1: a report; 2: a report that names what was done.
int reports_action(std::string_view x) {
    auto const report = [](std::string_view rest) { return names_object(rest) ? 2 : 1; };
    auto [w, rest] = first_word(x);
    if (past_action(w)) return report(rest);
    if (one_of(w, {"i", "we", "i've", "we've"})) {
        auto [v, more] = first_word(rest);
        while (one_of(v, {"just", "already", "also", "now", "finally", "have", "has", "had"})) {
            auto const next = first_word(more);
            v = next.first;
            more = next.second;
        }
        return past_action(v) ? report(more) : 0;
    }
    if (w == "this") {
        auto [n, more] = first_word(rest);
        if (one_of(n, {"pr", "patch", "commit", "change", "branch"}) || (n == "pull" && more.starts_with("request"))) {
            if (n == "pull") more = first_word(more).second;  // past "request"
            auto const [v, object] = first_word(more);
            return one_of(v, {"adds",  "removes",  "updates",  "fixes",   "includes",  "implements", "introduces",
                              "moves", "replaces", "rewrites", "renames", "refactors", "changes",    "makes",
                              "bumps", "drops",    "reverts",  "begins",  "closes",    "resolves",   "contains"})
                       ? report(object)
                       : 0;
        }
    }
    // Passive: a subject that names something, then "has/have been", "is/was/were" and a past action, or
    // "done" ("Migration done", "All the mods have been updated"). A pronoun subject names nothing.
    if (one_of(w, {"it", "this", "that", "everything", "something", "they", "he", "she", "you"})) return 0;
    auto const be = x.find(" been ");
    auto const is = x.find(" is ");
    auto const was = x.find(" was ");
    auto const were = x.find(" were ");
    for (auto at : {be, is, was, were}) {
        if (at == std::string_view::npos || at > 40) continue;
        auto const after = first_word(x.substr(x.find(' ', at + 1) + 1));
        if (after.first == "done" || past_action(after.first)) return 2;
    }
    auto const done = x.find(" done");
    if (done != std::string_view::npos && done < 30 && done + 5 == x.size()) return 2;
    // A short sentence that ends on what was done to its subject ("Black theme added", "Dark mode
    // support merged", "Migration finished"): a report whatever the thing is.
    // Not a judgment ("feels rushed", "way too complicated", "it is outdated").
    auto const last_space = x.find_last_of(' ');
    if (last_space != std::string_view::npos && last_space < 40 && x.size() < 48) {
        auto const last = x.substr(last_space + 1);
        bool judged = false;
        for (auto rest = x.substr(0, last_space); !rest.empty() && !judged;) {
            auto const [word, more] = first_word(rest);
            judged =
                one_of(word, {"feels", "feel", "seems", "seem", "looks", "look", "sounds", "is",    "are",   "was",
                              "were",  "be",   "been",  "too",  "so",    "very", "really", "kinda", "quite", "getting",
                              "got",   "i",    "we",    "you",  "it",    "this", "that",   "they",  "not"});
            if (word.empty()) break;
            rest = more;
        }
        if (!judged && (past_action(last) || one_of(last, {"done", "live"}) || x.ends_with("in progress"))) return 2;
    }
    return 0;
}

// A hit of `l` in [b, e) that is not negated: "not" or "n't" right before it turns a judgment into
// praise ("not bad", "isn't wrong"), unless the phrase carries the negation itself ("not ideal").
Hit const* plain_hit(Context const& c, Lex l, std::uint32_t b, std::uint32_t e) {
    for (auto const& h : c.hits) {
        if (h.lex != l || h.begin < b || h.end > e || c.in_quote(h.begin, h.end)) continue;
        auto const before = c.s.substr(b, h.begin - b);
        auto const phrase = c.s.substr(h.begin, h.end - h.begin);
        if (!phrase.starts_with("not ") && (before.ends_with("not ") || before.ends_with("n't ") ||
                                            before.ends_with("never ") || before.ends_with("no ")))
            continue;
        return &h;
    }
    return nullptr;
}

// Within `window` bytes before `at` in the sentence starting at `b`, one of `words` as a whole word.
bool word_before(std::string_view s, std::uint32_t b, std::uint32_t at, std::size_t window,
                 std::initializer_list<std::string_view> words) {
    auto const from = at > b + window ? at - window : b;
    auto const span = s.substr(from, at - from);
    for (auto w : words)
        for (auto p = find_text(span, w); p != std::string_view::npos; p = find_text(span, w, p + 1)) {
            auto const abs = from + p;
            bool const start = abs == 0 || !is_word_byte(static_cast<unsigned char>(s[abs - 1]));
            bool const end = abs + w.size() >= s.size() || !is_word_byte(static_cast<unsigned char>(s[abs + w.size()]));
            if (start && end) return true;
        }
    return false;
}

// What the writer's sentences do, by construction (acts.cpp gives each sentence's grammar): the cues
// for a concern, a proposal or request, a progress report and an answer that no phrase list names.
struct ActCues {
    double objection = 0, proposal = 0, report = 0, answer = 0, acceptance = 0;
};

ActCues act_cues(Context const& c) {
    ActCues cue;
    auto const s = c.s;
    bool judged = false, harmed = false, stance = false;
    for (auto const& h : c.hits) {
        judged |= h.lex == Lex::judgment;
        harmed |= h.lex == Lex::harm_verb;
        stance |= h.lex == Lex::stance;
    }
    std::array<std::string_view, 8> words{};
    bool first = true, accepted = false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const n = sentence_words(s, x, words, false);  // only the first words.size() are read
        if (n == 0) continue;
        auto const sentence_words_read = std::span<std::string_view const>(words.data(), std::min(n, words.size()));
        // Accepting what was said, then a reservation: disagree and commit ("fair enough. Personally, I
        // wish we didn't…", "I guess you're right. But the new layout isn't good.").
        auto const text = s.substr(x.b, x.e - x.b);
        if (accepted && !x.question() &&
            (text.starts_with("but ") || text.starts_with("personally") || text.starts_with("still") ||
             text.find(" but ") != std::string_view::npos || text.find(" still ") != std::string_view::npos ||
             text.find("i wish") != std::string_view::npos || text.find("though") != std::string_view::npos))
            cue.acceptance = 1.25;
        if (first) {
            accepted = accepts(sentence_words_read) || text.starts_with("i guess you're right") ||
                       text.starts_with("i understand your point") || text.starts_with("you're right");
            first = false;
            if (accepted && text.find(" but ") != std::string_view::npos) cue.acceptance = 1.25;
        }
        auto const act =
            sentence_act(std::span<std::string_view const>(words.data(), std::min(n, words.size())), x.question());
        auto const sentence = s.substr(x.b, x.e - x.b);
        bool const opinion = (stance && c.first(Lex::stance, x.b, x.e) != nullptr) || act.verb == "stance";
        // A negative judgment said of the thing ("it's a useless feature", "this feels rushed") or in
        // the writer's opinion ("I feel like the new design uses too much bold").
        if (auto const* j = judged ? plain_hit(c, Lex::judgment, x.b, x.e) : nullptr) {
            bool const predicated =
                word_before(s, x.b, j->begin, 40, {"is",     "are",    "was",  "be",     "being",   "been",   "seems",
                                                   "seem",   "looks",  "look", "feels",  "feel",    "sounds", "it's",
                                                   "that's", "this's", "its",  "become", "becomes", "getting"});
            if (predicated || opinion) cue.objection = std::max(cue.objection, 1.25);
        }
        // A doubt put as a question ("Do customers even care about the leaderboard?").
        if (x.question() && sentence.find(" even ") != std::string_view::npos)
            cue.objection = std::max(cue.objection, 1.0);
        // What a change would do to someone: a modal or a future, then harm ("it'll probably make a lot
        // of people angry", "this will potentially block some merges").
        if (auto const* h = harmed ? plain_hit(c, Lex::harm_verb, x.b, x.e) : nullptr;
            h != nullptr && !act.negated &&
            word_before(s, x.b, h->begin, 32,
                        {"will", "it'll", "would", "could", "might", "may", "can", "potentially", "probably", "likely",
                         "going to", "gonna", "risk", "risks"}))
            cue.objection = std::max(cue.objection, 1.0);
        // A concession, then a reservation: "…a fair change, but it'll…", "I like it, but I think…".
        auto const but = sentence.find(" but ");
        bool const concedes =
            but != std::string_view::npos || sentence.starts_with("but ") || sentence.starts_with("however");
        if (concedes && (opinion || act.negated || act.verb == "modal" || act.verb == "oblig" || act.verb == "fut"))
            cue.objection = std::max(cue.objection, opinion ? 1.0 : 0.5);
        // An opinion that prefers something else or holds back ("I'd rather…", "not sure about…").
        if (opinion && !x.question() &&
            (act.negated || act.verb == "modal" || sentence.find(" better") != std::string_view::npos ||
             sentence.find(" more sense") != std::string_view::npos ||
             sentence.find("instead") != std::string_view::npos))
            cue.objection = std::max(cue.objection, 0.75);
        // The writer's side needs more than the plan gives ("I think we maybe need a bit more time", "we'll
        // need another sprint"): a concern about the plan, not a request for a feature.
        if (!x.question() && act.subject == "1" && !act.negated)
            for (auto p = sentence.find("need"); p != std::string_view::npos; p = sentence.find("need", p + 4)) {
                auto const after = sentence.substr(p, 28);
                if (after.find(" more ") != std::string_view::npos ||
                    after.find(" another ") != std::string_view::npos ||
                    after.find(" extra ") != std::string_view::npos || after.find(" longer") != std::string_view::npos)
                    cue.objection = std::max(cue.objection, 1.0);
            }
        // A proposal: the writer's team and an obligation or a wish, not negated ("We should run a
        // migration in staging", "We may want to get any API change here into 6.8.0", "let's…").
        bool const team =
            std::any_of(words.begin(), words.begin() + static_cast<std::ptrdiff_t>(std::min(n, words.size())),
                        [](std::string_view w) { return w == "we" || w == "let's" || w == "lets"; });
        // "might" and "may" say what is possible, not what the team should do ("We might need a few tweaks
        // soon"), unless a wish follows ("We may want to get any API change here into 6.8.0").
        auto const read = std::span<std::string_view const>(words.data(), std::min(n, words.size()));
        auto const possible = std::find_if(read.begin(), read.end(), [](std::string_view w) {
            return w == "might" || w == "may" || w == "could" || w == "can" || w == "should" || w == "must" ||
                   w == "need" || w == "would" || w == "we'd";
        });
        bool const epistemic = possible != read.end() && (*possible == "might" || *possible == "may") &&
                               (possible + 1 == read.end() || (possible[1] != "want" && possible[1] != "wanna"));
        if (!x.question() && team && !act.negated && !opinion && !epistemic &&
            (act.verb == "oblig" || act.verb == "modal"))
            cue.proposal = std::max(cue.proposal, 1.0);
        // A question put to the reader ("Did you look at it?", "do you agree?", "What do you think…?").
        if (x.question() && act.subject == "2") cue.proposal = std::max(cue.proposal, 0.5);
        // The writer at work now ("I'm working on…", "I am preparing this PR…").
        if (!x.question() && act.subject == "1" && act.verb == "prog" && !act.negated)
            cue.report = std::max(cue.report, 1.25);
        // Something done, said of the thing ("This is complete.", "It has been closed as…").
        if (!x.question() && act.subject == "3" && act.verb == "perf" && !act.negated)
            cue.report = std::max(cue.report, 1.0);
        // A date or a plan said of the product, not asked ("A new version is coming soon!", "the next
        // release will happen around September"): an answer to a when.
        if (!x.question() && act.mood != "imp" && (act.subject == "3" || act.subject == "0") && act.verb == "fut" &&
            !act.negated && cue.objection == 0)
            cue.answer = std::max(cue.answer, 0.75);
    }
    return cue;
}
}  // namespace

void classify(Context const& c, Analysis& a, std::vector<Hit>& tmp, std::array<double, 8>& scores, int& reported) {
    auto const s = c.s;
    // Mood: a question unless its sentence opens as a request; else commitment, request, statement.
    auto const q = s.find('?');
    if (q != std::string_view::npos) {
        auto sb = s.find_last_of(".!\n", q);
        sb = sb == std::string_view::npos ? 0 : sb + 1;
        while (sb < q && (s[sb] == ' ' || s[sb] == ph_person || s[sb] == ',')) ++sb;
        tmp.clear();
        matcher().find_at(s, sb, Lex::question_start, tmp);
        a.mood = tmp.empty() ? Mood::question : Mood::request;
    } else if (c.has(Lex::commitment)) {
        a.mood = Mood::commitment;
    } else if (c.has(Lex::request)) {
        a.mood = Mood::request;
    }

    bool question = false, request = false, done = false;
    int report = 0;
    // How an answer shows itself: it opens with a yes, a no or an apology for the wait (answer_open.txt),
    // it denies a plan in a statement ("No immediate plans", "not on our current roadmap", "we still
    // didn't have an ETA"), or it opens by addressing the asker without asking anything back.
    bool answers = false, declines = false, addressed = false;
    std::size_t words = 0;
    int questions = 0;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto sentence = s.substr(x.b, x.e - x.b);
        if (words == 0) addressed = !sentence.empty() && (sentence.front() == ph_person || sentence.front() == '@');
        // Skip who the sentence addresses (a mention, a GitHub @handle) to reach its first word.
        while (!sentence.empty() && (sentence.front() == ph_person || sentence.front() == ' ' ||
                                     sentence.front() == ',' || sentence.front() == '@' || sentence.front() == '*')) {
            if (sentence.front() == '@')
                while (!sentence.empty() && sentence.front() != ' ') sentence.remove_prefix(1);
            else
                sentence.remove_prefix(1);
        }
        question = question || x.question();
        questions += x.question();
        request = request || request_sentence(c, x, static_cast<std::uint32_t>(sentence.data() - s.data()), tmp) ||
                  wants_change(c, x, sentence);
        if (words == 0) {
            done = reports_done(sentence);
            // "Hi @dana, no …", "Hey forteller, …": past the greeting and the name to the first word.
            auto lead = sentence;
            for (std::string_view g : {"hi ", "hello ", "hey ", "dear "})
                if (lead.starts_with(g)) {
                    lead.remove_prefix(g.size());
                    while (!lead.empty() && lead.front() == ' ') lead.remove_prefix(1);
                    addressed = addressed || (!lead.empty() && (lead.front() == ph_person || lead.front() == '@'));
                    if (auto const comma = lead.find(','); comma != std::string_view::npos && comma < 24)
                        lead.remove_prefix(comma + 1);
                    while (!lead.empty() && (lead.front() == ' ' || lead.front() == ph_person)) lead.remove_prefix(1);
                }
            tmp.clear();
            matcher().find_at(s, static_cast<std::size_t>(lead.data() - s.data()), Lex::answer_open, tmp);
            answers = !tmp.empty() && !x.question();
            // A greeting alone ("Hi!", "Hello there") is not the message's first word yet.
            if (lead.size() <= 6 && x.end != '?' &&
                (sentence.starts_with("hi") || sentence.starts_with("hello") || sentence.starts_with("hey")))
                continue;
        }
        if (!x.question()) report = std::max(report, reports_action(sentence));
        if (!x.question() && !declines) {
            // A plan denied: a negation, then within a few words a plan, the roadmap, a priority or an ETA.
            for (std::string_view neg : {"no ", "not ", "n't ", "never "})
                for (auto p = sentence.find(neg); p != std::string_view::npos && !declines;
                     p = sentence.find(neg, p + 1)) {
                    if (neg != "n't " && p > 0 && is_word_byte(static_cast<unsigned char>(sentence[p - 1]))) continue;
                    auto const near = sentence.substr(p, 40);
                    for (std::string_view plan : {"plan", "roadmap", "priority", "eta", "timeline"}) {
                        auto const q = near.find(plan);
                        if (q != std::string_view::npos &&
                            (q == 0 || !is_word_byte(static_cast<unsigned char>(near[q - 1]))))
                            declines = true;
                    }
                }
        }
        for (std::size_t i = 0; i < sentence.size(); ++i)
            words += is_word_byte(static_cast<unsigned char>(sentence[i])) &&
                     (i == 0 || !is_word_byte(static_cast<unsigned char>(sentence[i - 1])));
    }
    // Each kind scores its cues in the writer's words; a cue near the start weighs more (answers and
    // reports open with what they are). The highest score wins; ties go to the earlier kind below.
    std::array<double, lex_count> per_lex{};
    for (auto const& h : c.hits) {
        if (c.in_quote(h.begin, h.end)) continue;
        // Praise denied is not thanks ("I don't love this plan").
        auto const before = s.substr(0, h.begin);
        if (h.lex == Lex::thanks && (before.ends_with("n't ") || before.ends_with("not ") ||
                                     before.ends_with("dont ") || before.ends_with("never ")))
            continue;
        // r22: "we still disagree, so we agreed to bring it to you for a second read": the next rung agreed on.
        if (h.lex == Lex::decision) {
            auto const after = s.substr(h.end, 24);
            if (after.starts_with(" to bring it to") || after.starts_with(" to bring this to") ||
                after.starts_with(" to take it to") || after.starts_with(" to escalate") ||
                after.starts_with(" to disagree") || after.starts_with(" to ask you"))
                continue;
            // r29: "..., if that makes sense?", "hope that makes sense", "not sure it makes sense": a check on the
            // writer's own wording, or a doubt, accepts nothing.
            if (s.substr(h.begin, 11) == "makes sense" &&
                (before.ends_with("if that ") || before.ends_with("if it ") || before.ends_with("if this ") ||
                 before.ends_with("hope that ") || before.ends_with("hope it ") || before.ends_with("hope this ") ||
                 before.ends_with("sure it ") || before.ends_with("sure that ") || before.ends_with("sure this ") ||
                 before.ends_with("whether it ") || before.ends_with("whether that ")))
                continue;
        }
        per_lex[static_cast<std::size_t>(h.lex)] += h.begin < 30 ? 1.5 : 1.0;
    }
    auto const count = [&](Lex l) { return std::min(per_lex[static_cast<std::size_t>(l)], 3.0); };
    using K = MessageKind;
    std::array<double, 8> score{};
    auto at = [&](K k) -> double& { return score[static_cast<std::size_t>(k)]; };
    // An answer's courtesy request ("Please let us know if you still find any error") does not make it
    // an ask.
    bool const answer = answers || declines;
    at(K::ask) = 2.0 * (a.patterns.empty() ? 0 : 1) + (request ? (answer ? 0.5 : 1.5) : 0) +
                 (questions > 0 ? 0.75 : 0.0) + (questions > 1 ? 0.25 : 0.0);
    at(K::pushback) = count(Lex::objection) + (a.illegitimate.empty() ? 0 : 1.0) + 0.5 * count(Lex::person_attack) +
                      0.5 * count(Lex::sarcasm) + (a.legitimate.empty() ? 0 : 0.5);
    // Someone else's words first, then the writer's ("Re: \"…\" The estimate includes…"): an answer to them.
    bool const quote_first = !c.quoted.empty() && c.quoted.front().first <= 8;
    at(K::reply_to_ask) = count(Lex::reply_cue) + (!c.quoted.empty() && !question ? (quote_first ? 1.5 : 0.75) : 0) +
                          (answers ? 1.25 : 0) + (declines ? 1.0 : 0) + (addressed && !question && !request ? 0.5 : 0);
    at(K::status) = 1.2 * count(Lex::status) + (done ? 1.5 : report > 0 ? 1.0 : 0) - (question ? 1.0 : 0);
    at(K::summary) = 1.5 * count(Lex::summary);
    at(K::commitment) = 1.5 * count(Lex::decision);
    // Deferring to someone's decision: "per Dana's call", "per the CTO's decision".
    for (auto p = s.find("per "); p != std::string_view::npos; p = s.find("per ", p + 1)) {
        if (p > 0 && is_word_byte(static_cast<unsigned char>(s[p - 1]))) continue;
        auto const rest = s.substr(p + 4, 40);
        auto const poss = rest.find("'s ");
        if (poss != std::string_view::npos && rest.substr(0, poss).find_first_of(".,;") == std::string_view::npos &&
            (rest.substr(poss + 3).starts_with("call") || rest.substr(poss + 3).starts_with("decision")) &&
            !c.in_quote(static_cast<std::uint32_t>(p), static_cast<std::uint32_t>(p + 4)))
            at(K::commitment) += 2.25;
    }
    // A whole sentence that only says yes to the decision ("I'm in.", "Count me in!").
    for (auto const& x : c.sentences) {
        auto const t = s.substr(x.b, x.e - x.b);
        if (t == "i'm in" || t == "im in" || t == "i am in" || t == "i'm in too" || t == "count me in")
            at(K::commitment) += 3.0;
    }
    // A thumbs-up, a party popper or a heart (shortcode or emoji) is thanks or praise.
    bool emoji_thanks = false;
    // Each of them opens with ':' or a lead byte 0xF0 or 0xE2: a message with none of those has none.
    constexpr auto npos = std::string_view::npos;
    if (c.orig.find(':') != npos || c.orig.find('\xF0') != npos || c.orig.find('\xE2') != npos)
        for (std::string_view e : {":+1:", ":thumbsup:", ":thumbup:", ":tada:", ":heart:", ":pray:", ":raised_hands:",
                                   "\xF0\x9F\x91\x8D", "\xF0\x9F\x8E\x89", "\xE2\x9D\xA4", "\xF0\x9F\x99\x8F"})
            emoji_thanks = emoji_thanks || c.orig.find(e) != npos;
    at(K::thanks) = count(Lex::thanks) + (words <= 20 ? 0.5 : -0.5) - (question ? 1.0 : 0) + (emoji_thanks ? 0.7 : 0);
    at(K::other) = 0.6;
    // Weak cues that decide when nothing stronger does: a negation leans to an objection, the
    // writer's own future ("I'll", "will") to an answer.
    bool negation = false, future = false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const t = s.substr(x.b, x.e - x.b);
        negation = negation || t.find("n't") != std::string_view::npos || t.find(" not ") != std::string_view::npos ||
                   t.find("never") != std::string_view::npos;
        future = future || t.starts_with("i'll") || t.starts_with("will ") ||
                 t.find(" i'll ") != std::string_view::npos || t.find("we'll") != std::string_view::npos ||
                 t.starts_with("i will");
    }
    at(K::pushback) += negation ? 0.45 : 0;
    // A legitimate reason with what it costs ("the estimate ignores the review, so the date slips") is a
    // concern raised, unless the message also asks for something (then the ask wins, GUIDE.md).
    if (!request && !question && !a.legitimate.empty() && (c.has(Lex::impact) || c.has(Lex::consequence)))
        at(K::pushback) += 1.0;
    at(K::reply_to_ask) += future ? 0.5 : 0;
    // What the writer's sentences do, by construction (act_cues).
    auto const acts = act_cues(c);
    at(K::pushback) += acts.objection;
    at(K::ask) += answer ? 0.0 : acts.proposal;
    at(K::status) += acts.report;
    at(K::reply_to_ask) += request ? 0.0 : acts.answer;
    at(K::commitment) += acts.acceptance;
    // Opening with someone's quoted line ("> …") is how list and thread replies take a point apart.
    auto const lead = c.orig.find_first_not_of(" \t\n");
    if (lead != std::string_view::npos &&
        (c.orig.substr(lead).starts_with(">") || c.orig.substr(lead).starts_with("&gt;")))
        at(K::pushback) += 1.0;
    if (a.mood == Mood::commitment) at(K::reply_to_ask) += 0.5;
    // After someone's question or request, a message that does not ask back answers it (GUIDE.md: an
    // answer that also objects is still `reply-to-ask`).
    if (c.thread == 2 && !question && !request) {
        at(K::reply_to_ask) += thread_answer_weight;
        // An objection in reply to a question answers it (GUIDE.md: answering and objecting is reply-to-ask).
        at(K::reply_to_ask) = std::max(at(K::reply_to_ask), at(K::pushback) + 0.25);
    }
    std::size_t best = 0;
    for (std::size_t k = 1; k < score.size(); ++k)
        if (score[k] > score[best]) best = k;
    a.kind = static_cast<K>(best);
    scores = score;
    reported = report;
    if (done && reported == 0) reported = 1;
}

}  // namespace pushback::detector::detail
