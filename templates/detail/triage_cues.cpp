// The cue lists are phrasings, not keywords: each one reads the same in any draft it appears in
// ("has no idea how", "per Dana's call", "I'm not keen on relearning"). A word that is harmless on its
// own ("idea", "call", "learn") never counts alone.

#include "templates/detail/triage_cues.hpp"

#include <algorithm>
#include <bitset>
#include <cctype>
#include <cstdint>
#include <utility>
#include <initializer_list>
#include <string>

namespace pushback::templates::detail {

namespace {

using Cues = std::initializer_list<std::string_view>;

// A letter, a digit or a UTF-8 byte (the locale-free test; it runs for every cue).
constexpr bool word_byte(char ch) {
    auto const c = static_cast<unsigned char>(ch);
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c >= 0x80;
}

// The writer's words: someone else's quoted words blanked, curly apostrophes made straight (same offsets
// in `orig` and `low`).
struct Words {
    std::string orig;
    std::string low;

    Words(std::string_view text, std::vector<detector::Range> const& quoted) {
        orig.reserve(text.size());
        for (std::size_t i = 0; i < text.size(); ++i) {
            bool const in_quote = std::any_of(quoted.begin(), quoted.end(), [&](detector::Range r) {
                return i >= r.start && i < r.end;
            });
            if (in_quote) {
                orig += text[i] == '\n' ? '\n' : ' ';
            } else if (text.substr(i).starts_with("\xE2\x80\x99")) {  // ’
                orig += '\'';
                i += 2;
            } else {
                orig += text[i];
            }
        }
        low = orig;
        for (auto& c : low) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        // Word starts keyed by their first two bytes: a cue is compared only where a word starts with its
        // first two letters, not searched for across the whole text (hundreds of cues per draft).
        starts.reserve(low.size() / 4 + 1);
        for (std::size_t i = 0; i < low.size(); ++i)
            if (word_byte(low[i]) && (i == 0 || !word_byte(low[i - 1]))) {
                starts.push_back({key(low, i), static_cast<std::uint32_t>(i)});
                seen.set(key(low, i));
            }
        std::sort(starts.begin(), starts.end());
    }

    static std::uint16_t key(std::string_view s, std::size_t i) {
        auto const hi = static_cast<unsigned char>(s[i]);
        auto const lo = i + 1 < s.size() ? static_cast<unsigned char>(s[i + 1]) : 0u;
        return static_cast<std::uint16_t>((hi << 8) | lo);
    }

    std::vector<std::pair<std::uint16_t, std::uint32_t>> starts;
    std::bitset<65536> seen;  // the keys in `starts`: most cues are rejected by one bit

    // Whether `cue` starts a word somewhere (and, when `whole`, ends one).
    bool at_word_start(std::string_view cue, bool whole) const {
        if (cue.size() < 2 || !word_byte(cue.front())) {  // " not ", "(a)", ":clap:": a plain search
            if (!whole) return low.find(cue) != std::string::npos;
            return find(cue) != std::string::npos;
        }
        auto const k = key(cue, 0);
        if (!seen.test(k)) return false;
        auto it = std::lower_bound(starts.begin(), starts.end(), std::pair<std::uint16_t, std::uint32_t>{k, 0});
        for (; it != starts.end() && it->first == k; ++it) {
            auto const at = it->second;
            if (low.compare(at, cue.size(), cue) != 0) continue;
            auto const end = at + cue.size();
            if (!whole || end >= low.size() || !word_byte(low[end]) || !word_byte(cue.back())) return true;
        }
        return false;
    }

    // Where a cue starts at a word boundary, from `from`; npos when absent.
    std::size_t find(std::string_view cue, std::size_t from = 0) const {
        for (auto at = low.find(cue, from); at != std::string::npos; at = low.find(cue, at + 1)) {
            bool const left = at == 0 || !word_byte(low[at - 1]) || !word_byte(cue.front());
            auto const end = at + cue.size();
            bool const right = end >= low.size() || !word_byte(low[end]) || !word_byte(cue.back());
            if (left && right) return at;
        }
        return std::string::npos;
    }
    // A cue that may run on into a longer word ("escalat" in "escalating").
    bool any_prefix(Cues cues) const {
        return std::any_of(cues.begin(), cues.end(), [&](std::string_view c) { return at_word_start(c, false); });
    }
    bool any(Cues cues) const {
        return std::any_of(cues.begin(), cues.end(), [&](std::string_view c) { return at_word_start(c, true); });
    }

    // The word before byte `at` as written ("Marcus" in "Honestly Marcus doesn't ...").
    std::string_view word_before(std::size_t at) const {
        std::size_t e = at;
        while (e > 0 && (orig[e - 1] == ' ' || orig[e - 1] == ',')) --e;
        std::size_t b = e;
        while (b > 0 && (word_byte(orig[b - 1]) || orig[b - 1] == '\'')) --b;
        return std::string_view(orig).substr(b, e - b);
    }
};

// Someone the sentence is about: a pronoun, the PM, or a capitalised name.
bool person_subject(std::string_view w) {
    if (w.ends_with("'s")) w.remove_suffix(2);
    if (w.empty()) return false;
    std::string l(w);
    for (auto& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    for (std::string_view p : {"he", "she", "they", "you", "pm", "pms", "product", "manager", "lead", "director"})
        if (l == p) return true;
    if (!std::isupper(static_cast<unsigned char>(w[0])) ||
        !std::all_of(w.begin() + 1, w.end(), [](char c) { return std::islower(static_cast<unsigned char>(c)); }))
        return false;
    for (std::string_view no : {"i", "the", "it", "this", "that", "we", "honestly", "and", "but", "so", "our", "their",
                                "users", "customers", "nobody", "everyone", "someone", "who", "which", "what", "if",
                                "then", "also", "just", "sales", "finance", "legal", "support", "marketing"})
        if (l == no) return false;
    return true;
}

// "Jonas just doesn't get how payments work", "You never think things through", "Is Mira even reading":
// someone, an optional adverb, a negation, and a verb of understanding or care.
bool denies_understanding(Words const& w) {
    static constexpr std::string_view negations[] = {"doesn't ", "does not ", "don't ", "do not ", "never ", "can't ",
                                                     "won't ", "isn't ", "aren't ", "didn't ", "even "};
    // "know" and "understand" only with what they fail to grasp ("doesn't know what she's doing"), not news
    // ("Sam doesn't know about the rate limit yet").
    static constexpr std::string_view verbs[] = {"get it", "get how", "get what", "get why", "understand how",
                                                 "understand what", "understand why", "understand the first",
                                                 "understand anything", "understand basic", "know what", "know how",
                                                 "think things through", "think it through", "think before", "read",
                                                 "care", "listen", "bother", "grasp", "have a clue", "have any idea"};
    for (auto const neg : negations) {
        for (auto at = w.find(neg); at != std::string::npos; at = w.find(neg, at + 1)) {
            // the verb right after (skipping one adverb: "doesn't really get", "even reading")
            std::string_view rest = std::string_view(w.low).substr(at + neg.size());
            if (auto const sp = rest.find(' '); sp != std::string_view::npos && sp < 9 &&
                                                (rest.starts_with("really") || rest.starts_with("even") ||
                                                 rest.starts_with("actually") || rest.starts_with("seem to")))
                rest.remove_prefix(sp + 1);
            bool const verb = std::any_of(std::begin(verbs), std::end(verbs), [&](std::string_view v) {
                return rest.starts_with(v) || (v == "read" && rest.starts_with("reading"));
            });
            if (!verb) continue;
            // the subject: the word before the negation, or before "just"/"clearly"/"simply"/"even"
            std::size_t subj = at;
            for (int hop = 0; hop < 2; ++hop) {
                auto const before = w.word_before(subj);
                if (person_subject(before)) return true;
                std::string l(before);
                for (auto& ch : l) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
                if (l != "just" && l != "clearly" && l != "simply" && l != "obviously" && l != "is" && l != "still")
                    break;
                subj = static_cast<std::size_t>(before.data() - w.orig.data());
            }
            // "Is Mira even reading": the subject after the auxiliary
            if (neg == "even ") {
                auto const before = w.word_before(at);
                if (person_subject(before)) return true;
            }
        }
    }
    return false;
}

bool attacks_person(Words const& w) {
    if (denies_understanding(w)) return true;
    // Said of someone: their competence or character, not the plan.
    for (std::string_view pred :
         {"has no idea", "have no idea", "has no clue", "has zero clue", "doesn't understand", "does not understand",
          "don't understand the first", "doesn't know what", "has clearly never", "have clearly never",
          "has never shipped", "has never built", "has never been on call", "never listens", "won't listen",
          "doesn't listen", "refuses to listen", "is clueless", "are clueless", "is incompetent", "is useless",
          "is lazy", "doesn't care", "keeps changing", "keep changing", "just says yes", "says yes to whatever",
          "can't be trusted", "keeps ignoring", "keep ignoring", "ignores my", "ignores everything", "is out of her depth", "is out of his depth"}) {
        for (auto at = w.find(pred); at != std::string::npos; at = w.find(pred, at + 1))
            if (person_subject(w.word_before(at))) return true;
    }
    return w.any({"clueless", "incompetent", "whoever wrote this", "whoever wrote the", "anyone who'd actually",
                  "anyone who had actually", "nobody who had", "peak pm", "typical pm", "typical product",
                  "check with an engineer before", "frankly it's exhausting", "never shipped anything",
                  "no idea what she's", "no idea what he's", "no idea what they're", "are you even reading",
                  "did you even read", "do you even", "half-baked", "half baked", "think things through"});
}

// Someone above the PM's rung, and the writer routing the matter to them: "booking time with his boss",
// "forwarding this to our CEO", "escalating to the VP". A second read with the PM ("together") isn't a skip.
bool routes_upward(Words const& w) {
    bool const rung = w.any({"ceo", "cto", "cro", "cfo", "coo", "vp", "vice president", "director", "his boss",
                             "her boss", "their boss", "his manager", "her manager", "their manager", "leadership",
                             "exec team", "execs", "head of", "skip-level", "skip level", "svp", "evp"});
    if (!rung || w.any({"together", "second read", "with you", "loop you in", "vendor", "customer's"})) return false;
    return w.any({"cc", "cc'ing", "cc-ing", "cc:"}) || w.any_prefix({"forward", "escalat", "looping in", "loop in", "booking time", "book time",
                  "going to", "go to", "take it to", "taking it to", "take this to", "taking this to", "raise it with",
                  "raising it with", "send it to", "sending it to", "tell", "email", "ping", "dm"});
}

bool skips(Words const& w) {
    if (routes_upward(w)) return true;
    if (w.any({"straight to his", "straight to her", "straight to their", "straight to the cto", "straight to the ceo",
               "straight to the cro", "straight to the vp", "going straight to", "his vp", "her vp", "their vp",
               "to the cto", "to the ceo", "at the all-hands", "at all-hands", "in the all-hands", "skip-level",
               "skip level", "over his head", "over her head", "over their heads", "over their head",
               "go around him", "go around her", "going around him", "going around her", "already forwarded this to",
               "already forwarded it to", "so he can sort it out with you", "so she can sort it out with you",
               "i'd normally bring this to you first"}))
        return true;
    // "Adding Hana's manager", "cc'ing Rafael's director": someone's boss pulled in.
    for (std::string_view boss : {"'s manager", "'s director", "'s boss", "'s vp", "'s skip"})
        if (auto const at = w.low.find(boss); at != std::string::npos && person_subject(w.word_before(at + 2)))
            return true;
    return false;
}

// A disagreement, not news: what makes @here a red flag.
bool disputes(Words const& w) {
    return w.any({"terrible", "nonsense", "refuse", "push back", "pushback", "will break", "going to break",
                  "going to tank", "will tank", "half-finished", "half finished", "speak up", "who else thinks",
                  "can we all agree", "make some noise", "are we really", "thumbsdown", ":-1:", "bad idea", "mistake",
                  "disaster", "wrong", "garbage", "never shipped", "reply in thread if you agree", "quick poll",
                  "should engineering", "real requirements", "clearly"});
}

// "Wow, a fourth priority-one this sprint. Truly inspiring planning.": praise that can't be meant.
bool mock_praise(Words const& w) {
    bool const opener = w.low.starts_with("wow") || w.low.starts_with("oh ") || w.low.starts_with("oh,") ||
                        w.low.starts_with("yay") || w.low.starts_with("great,") || w.low.starts_with("sure, because") ||
                        w.low.starts_with("fantastic,") || w.low.starts_with("brilliant,") ||
                        w.low.starts_with("perfect,") || w.low.starts_with("amazing,");
    bool const praise = w.any({"truly inspiring", "inspiring", "love it", "love that", "stellar", "great planning",
                               "amazing planning", "so great", "what a plan", "nailed it", "masterful", "genius"});
    bool const never_bad = w.any({"never gone badly", "never gone wrong", "never backfired", "always goes well",
                                  "always works out", "never ends badly"});
    return (opener && praise) || never_bad || w.any({":clap:", ":slow_clap:", "truly inspiring"});
}

bool sarcastic(Words const& w) {
    if (mock_praise(w)) return true;
    return w.any({"what could possibly go wrong", "love that for us", "oh great", "oh good", "oh sure", "so well for us",
                  "worked out so well", "*so* well", "can't wait for the postmortem", "can't wait for the post-mortem",
                  "can't wait for the incident", "can't wait to do it again", "skip sleeping", "always produces great",
                  "while we're at it let's", "while we're at it, let's", "fine, whatever",
                  ":popcorn:", ":eyeroll:", "yeah right", "what a surprise", "shocking, i know", "because that always",
                  "because that worked", "genius idea", "brilliant idea", "what's next,", "anything else?"});
}

std::optional<detector::Reason> motive(Words const& w) {
    using detector::Reason;
    // Learning something new, and not wanting to: "not interested in learning Flutter", "I'd have to learn a
    // whole new build system, and honestly I don't want to".
    bool const learning = w.any_prefix({"learn", "relearn", "pick up a new", "pick up another", "ramp up on"});
    bool const reluctant = w.any({"not interested", "don't want", "do not want", "rather not", "not keen", "not up for",
                                  "bandwidth", "i'd have to", "i would have to", "whole new", "yet another",
                                  "no desire", "can't be bothered", "don't feel like", "i'm tired of"});
    if (learning && reluctant) return Reason::new_framework;
    // What the writer built or spent years on, and its replacement: attachment.
    bool const invested = w.any({"i spent", "we spent", "i've spent", "i built", "we built", "i've invested",
                                 "we invested", "i poured", "we poured", "my baby"});
    bool const replaced = w.any_prefix({"replac", "retir", "bin it", "kill", "throw", "scrap", "sunset", "rip out",
                                        "not ready to see", "to see it go", "deprecat"});
    if (invested && replaced) return Reason::attachment;
    if (w.any({"relearning", "relearn", "one more thing to learn", "another thing to learn", "another tool to learn",
               "pick up another tool", "pick up another framework", "learn another tool", "learning coroutines",
               "evenings learning", "weekends learning", "don't want to learn", "do not want to learn",
               "rather not learn", "not up for learning", "don't have the bandwidth to pick up",
               "don't have the bandwidth to learn", "don't want to learn rust", "don't really want to learn",
               "don't feel like learning", "another framework to learn", "new language to learn"}))
        return Reason::new_framework;
    if (w.any({"i wrote the", "i wrote that", "i wrote this", "i wrote it", "nobody else should", "no one else should", "that's my service", "that's my code", "it's my code",
               "my service.", "come through me", "comes through me", "go through me", "goes through me",
               "they can ask me", "i'll decide if", "nobody touches", "no one touches", "touching my",
               "team touching it", "my module", "my codebase"}))
        return Reason::territorial;
    if (w.any({"put so much love", "put so much work", "put so much into", "everything we put into",
               "everything i put into", "all the work we put", "sad to retire", "sad to see it go", "hate to see",
               "shame to bin", "shame to throw", "shame to lose", "throwing all that away", "throw all that away",
               "bin it for", "from scratch three years", "from scratch two years", "i built the", "we built the",
               "spent most of last year building", "spent last year building"}))
        return Reason::attachment;
    if (w.any({"my way", "trust me", "my design is better", "my approach is better", "mine is better",
               "don't see why we need to compare", "don't need a benchmark", "don't need data", "i just know", "just better than",
               "because i said so", "i've always done it", "i always do it"}))
        return Reason::my_way;
    if (w.any({"it's ugly", "is ugly", "looks ugly", "so ugly", "looks cheap", "look cheap", "i just prefer",
               "i prefer our old", "i hate how", "don't want to look at", "feels gross", "looks gross", "not pretty",
               "it's hideous", "is hideous", "feel more solid", "aesthetically", "looks wrong to me",
               "looks off to me", "i prefer the old", "it's cleaner", "looks nicer", "feels nicer", "prettier"}))
        return Reason::aesthetic;
    return std::nullopt;
}

bool accepts(Words const& w) {
    if (w.any({"not on board", "not in.", "i'm not in", "not committed", "won't commit", "can't commit",
               "not going to commit", "before we commit", "before i commit", "can't back"}))
        return w.any({"disagree and commit", "disagree & commit"});
    return w.any({"i'm in.", "i'm in,", "but i'm in", "and i'm in", "i'm on board", "i'm fully on board",
                  "on board with", "i'll back", "i'm behind it", "i'm behind this", "i'll get behind",
                  "i'll commit", "i'm committed", "i am committed", "and committed", "disagree and commit",
                  "disagree & commit", "i lost that one", "lost fair and square", "it's your call", "your call and",
                  "'s call.", "'s call,", "made the call", "it's decided", "it's been decided", "i'll make it work",
                  "not my first choice, but", "not my first choice but", "fair enough, you own", "happy to commit",
                  "i'll support it", "i'll support the", "let's get it done", "i can live with", "i'll go along",
                  "i'll build it properly", "won't bring it up again", "won't relitigate", "won't reopen",
                  "i'm good with", "i'm fine with", "full speed ahead", "but let's go", "decision made",
                  "we'll do it your way", "do it your way", "i'll commit", "but i'll commit", "i'm all in",
                  "you have my support", "i'll get behind", "count me in"});
}

// A decision reported as taken ("we agreed to", "decided to", "big-bang on the 3rd it is."): accepted
// when the writer asks nothing about it.
bool reports_decision(Words const& w) {
    return w.low.find('?') == std::string::npos &&
           w.any({"we agreed to", "we agreed on", "agreed to", "decided to", "decision is", "it is.", "we'll go with",
                  "we took"});
}

bool write_up(Words const& w) {
    return w.any({"recap", "notes from", "summary of", "minutes from", "action items", "decision log",
                  "planning outcome", "for the record", "to summarise", "to summarize", "outcome:"});
}

// A report of where things stand: news, not a case.
bool reports(Words const& w) {
    return w.any({"weekly update", "status update", "status:", "update:", "is out:", "is live", "are live",
                  "is merged", "deployed", "released", "is done", "are done", "estimates are in", "link to the",
                  "pr for", "is up:", "heads up, i'm", "heads up: i'm", "fyi, i'm", "release train", "changelog"});
}

// What a ready draft ends on: options, an alternative, a clear ask for a decision.
bool offers_way(Words const& w) {
    return w.any({"options:", "two options", "both options", "two ways", "two paths", "(a)", "(b)", "a)", "b)",
                  "option a", "option 1", "path a", "proposal:", "i'd propose", "i propose", "suggestion:",
                  "i'd suggest", "instead", "rather than", "we could", "either", "side by side", "which one",
                  "can you pick", "pick one", "which fits", "does that work", "ok if i", "ok with you",
                  "can we decide", "can we agree", "would that work", "i'd go with", "happy to walk",
                  "which do you", "do you want", "if i haven't heard", "re-talk",
                  "i'd like to revisit", "can we talk", "talk it through", "can we go over", "i'd like to discuss"});
}

std::optional<detector::Reason> reason_of(Words const& w) {
    using detector::Reason;
    if (w.any({"too much for the time", "by launch", "no way we ship all", "all of this by", "the scope",
               "doesn't fit in", "won't fit", "not enough time", "all in", "is a lot", "all at once"}))
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

std::optional<detector::Pattern> pm_ask_of(Words const& w) {
    using detector::Pattern;
    bool const asks = w.low.find('?') != std::string::npos ||
                      w.any({"let's just", "let's do", "let's ship", "could you also", "can you also", "can we also",
                             "just ship", "at my previous", "at my last", "at my old"});
    if (!asks) return std::nullopt;
    if (w.any({"squeeze", "sneak", "too?", "as well?", "also add", "can you also", "could you also", "can we also",
               "while you're in", "while you are in", "shouldn't be a big deal", "tiny change", "small change",
               "should be quick", "one more thing", "throw in", "tack on"}))
        return Pattern::one_more_thing;
    if (w.any({"at my last company", "at my last job", "at my previous job", "at my previous company",
               "at my old company", "at my old job", "competitors ship", "other teams ship", "took a day",
               "took two days", "in a weekend", "in an afternoon"}))
        return Pattern::last_company;
    if ((w.any({"why is", "why does", "why do we need", "taking so long", "take so long"}) &&
         w.any({"so long", "taking", "take", "need a whole"})) ||
        (w.any({"how come", "why would", "why does"}) && w.any({"need", "take", "sprints", "weeks", "so long"})))
        return Pattern::why_so_long;
    if (w.any({"quick and dirty", "simple version", "simplest version", "just do a quick", "mvp version",
               "clean it up later", "bare minimum", "basic version", "polish it later", "polish later",
               "just ship a"}))
        return Pattern::simple_version;
    if (w.any({"faster", "sooner", "pull the launch in", "pull it in", "pull in the", "speed this up", "speed it up",
               "by a week", "any chance we can", "get it earlier", "earlier?", "forward to", "bring forward",
               "move it up", "move up the", "pull forward"}))
        return Pattern::faster_please;
    return std::nullopt;
}

}  // namespace

TriageCues read_cues(std::string_view text, std::vector<detector::Range> const& quoted) {
    Words const w(text, quoted);
    TriageCues c;
    c.person_attack = attacks_person(w);
    c.skips_ladder = skips(w);
    bool const at_all = w.any({"<!here", "<!channel", "<!everyone", "@here", "@channel", "@everyone"});
    c.sarcasm = sarcastic(w);
    bool const question = w.low.find('?') != std::string::npos;
    c.illegitimate = motive(w);
    c.commits = accepts(w) || reports_decision(w);
    c.status = reports(w);
    c.reason = reason_of(w);
    c.way = offers_way(w);
    auto const last_q = w.low.rfind('?');
    c.asks = (last_q != std::string::npos && last_q + 120 >= w.low.size()) ||
             w.any({"let me know by", "by monday", "by tuesday", "by wednesday", "by thursday", "by friday", "by eod",
                    "by end of day", "by tomorrow"});
    c.recap = write_up(w);
    c.pm_ask = pm_ask_of(w);
    c.courtesy = w.any({"thanks", "thank you", "appreciate", "shout-out", "shout out", "welcome to the team",
                        "welcome aboard", "kudos", "i'm out", "ooo", "out of office"});
    c.concern = w.any({"not sure", "concern", "worried", "worry", "risk", "can't", "won't", "no way", "too much",
                       "don't think", "not realistic", "probably not", "i'd rather not", "doubt", "problem",
                       "issue", "not safely", "instead", "but the", "but our", "re-talk", "revisit", "rethink",
                       "pushed our", "pushes our", "slip", "miss the", "delay", "past the", "tight", "aggressive",
                       "optimistic", "is a lot", "a lot of work", "mess", "objection", " not ", "never", "hmm"}) ||
                w.low.find("n't ") != std::string::npos;
    // @here on a disagreement (a doubt, an objection, a question to the crowd), not on news or thanks.
    c.broadcast = at_all && (disputes(w) || c.person_attack || c.sarcasm || c.concern ||
                             (question && !c.courtesy && !c.status));
    // An answer to "when does X go out?", "who owns Y?": information, not pushback.
    if (!quoted.empty() && quoted.front().start <= 24) {
        auto const q = text.substr(quoted.front().start, quoted.front().end - quoted.front().start);
        std::string lq(q);
        for (auto& ch : lq) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        auto const open = lq.find_first_not_of("> \"“");
        std::string_view const head = open == std::string::npos ? std::string_view{} : std::string_view(lq).substr(open);
        for (std::string_view wh : {"when ", "who ", "who's ", "where ", "which ", "what time", "is the ", "is it ",
                                    "are we live", "has the ", "did the ", "does the "})
            if (head.starts_with(wh)) c.answers_info = !c.concern;
    }
    return c;
}

}  // namespace pushback::templates::detail
