// The red-flag cues: grammar where a list of phrasings would not generalise (someone + a negation + a
// verb of understanding; a rung above the PM + routing the matter there; praise that can't be meant),
// phrasings where the wording is the flag ("whoever wrote this", "what could possibly go wrong").

#include <algorithm>
#include <cctype>

#include "templates/detail/cue_words.hpp"

namespace pushback::templates::detail::cues {

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
    for (std::string_view no :
         {"i",   "the",   "it",    "this",      "that",   "we",       "honestly", "and",     "but",      "so",
          "our", "their", "users", "customers", "nobody", "everyone", "someone",  "who",     "which",    "what",
          "if",  "then",  "also",  "just",      "sales",  "finance",  "legal",    "support", "marketing"})
        if (l == no) return false;
    return true;
}

// "Jonas just doesn't get how payments work", "You never think things through", "Is Mira even reading":
// someone, an optional adverb, a negation, and a verb of understanding or care.
namespace {

bool denies_understanding(Words const& w) {
    static constexpr std::string_view negations[] = {"doesn't ", "does not ", "don't ",  "do not ", "never ", "can't ",
                                                     "won't ",   "isn't ",    "aren't ", "didn't ", "even "};
    // "know" and "understand" only with what they fail to grasp ("doesn't know what she's doing"), not news
    // ("Sam doesn't know about the rate limit yet").
    static constexpr std::string_view verbs[] = {"get it",
                                                 "get how",
                                                 "get what",
                                                 "get why",
                                                 "understand how",
                                                 "understand what",
                                                 "understand why",
                                                 "understand the first",
                                                 "understand anything",
                                                 "understand basic",
                                                 "know what",
                                                 "know how",
                                                 "think things through",
                                                 "think it through",
                                                 "think before",
                                                 "read",
                                                 "care",
                                                 "listen",
                                                 "bother",
                                                 "grasp",
                                                 "have a clue",
                                                 "have any idea"};
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

}  // namespace

bool attacks_person(Words const& w) {
    if (denies_understanding(w)) return true;
    // Said of someone: their competence or character, not the plan.
    for (std::string_view pred : {"has no idea",
                                  "have no idea",
                                  "has no clue",
                                  "has zero clue",
                                  "doesn't understand",
                                  "does not understand",
                                  "don't understand the first",
                                  "doesn't know what",
                                  "has clearly never",
                                  "have clearly never",
                                  "has never shipped",
                                  "has never built",
                                  "has never been on call",
                                  "never listens",
                                  "won't listen",
                                  "doesn't listen",
                                  "refuses to listen",
                                  "is clueless",
                                  "are clueless",
                                  "is incompetent",
                                  "is useless",
                                  "is lazy",
                                  "doesn't care",
                                  "keeps changing",
                                  "keep changing",
                                  "just says yes",
                                  "says yes to whatever",
                                  "can't be trusted",
                                  "keeps ignoring",
                                  "keep ignoring",
                                  "ignores my",
                                  "ignores everything",
                                  "is out of her depth",
                                  "is out of his depth"}) {
        for (auto at = w.find(pred); at != std::string::npos; at = w.find(pred, at + 1))
            if (person_subject(w.word_before(at))) return true;
    }
    return w.any({"clueless",
                  "incompetent",
                  "whoever wrote this",
                  "whoever wrote the",
                  "anyone who'd actually",
                  "anyone who had actually",
                  "nobody who had",
                  "peak pm",
                  "typical pm",
                  "typical product",
                  "check with an engineer before",
                  "frankly it's exhausting",
                  "never shipped anything",
                  "no idea what she's",
                  "no idea what he's",
                  "no idea what they're",
                  "are you even reading",
                  "did you even read",
                  "do you even",
                  "half-baked",
                  "half baked",
                  "think things through"});
}

namespace {

// Someone above the PM's rung, and the writer routing the matter to them: "booking time with his boss",
// "forwarding this to our CEO", "escalating to the VP". A second read with the PM ("together") isn't a skip.
bool routes_upward(Words const& w) {
    bool const rung =
        w.any({"ceo",        "cto",       "cro",      "cfo",        "coo",         "vp",          "vice president",
               "director",   "his boss",  "her boss", "their boss", "his manager", "her manager", "their manager",
               "leadership", "exec team", "execs",    "head of",    "skip-level",  "skip level",  "svp",
               "evp"});
    if (!rung || w.any({"together", "second read", "with you", "loop you in", "vendor", "customer's"})) return false;
    return w.any({"cc", "cc'ing", "cc-ing", "cc:"}) ||
           w.any_prefix({"forward",       "escalat",         "looping in",   "loop in",
                         "booking time",  "book time",       "going to",     "go to",
                         "take it to",    "taking it to",    "take this to", "taking this to",
                         "raise it with", "raising it with", "send it to",   "sending it to",
                         "tell",          "email",           "ping",         "dm"});
}

}  // namespace

bool skips(Words const& w) {
    if (routes_upward(w)) return true;
    if (w.any({"straight to his",
               "straight to her",
               "straight to their",
               "straight to the cto",
               "straight to the ceo",
               "straight to the cro",
               "straight to the vp",
               "going straight to",
               "his vp",
               "her vp",
               "their vp",
               "to the cto",
               "to the ceo",
               "at the all-hands",
               "at all-hands",
               "in the all-hands",
               "skip-level",
               "skip level",
               "over his head",
               "over her head",
               "over their heads",
               "over their head",
               "go around him",
               "go around her",
               "going around him",
               "going around her",
               "already forwarded this to",
               "already forwarded it to",
               "so he can sort it out with you",
               "so she can sort it out with you",
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
    return w.any({"terrible",
                  "nonsense",
                  "refuse",
                  "push back",
                  "pushback",
                  "will break",
                  "going to break",
                  "going to tank",
                  "will tank",
                  "half-finished",
                  "half finished",
                  "speak up",
                  "who else thinks",
                  "can we all agree",
                  "make some noise",
                  "are we really",
                  "thumbsdown",
                  ":-1:",
                  "bad idea",
                  "mistake",
                  "disaster",
                  "wrong",
                  "garbage",
                  "never shipped",
                  "reply in thread if you agree",
                  "quick poll",
                  "should engineering",
                  "real requirements",
                  "clearly"});
}

namespace {

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

}  // namespace

bool sarcastic(Words const& w) {
    if (mock_praise(w)) return true;
    return w.any({"what could possibly go wrong",
                  "love that for us",
                  "oh great",
                  "oh good",
                  "oh sure",
                  "so well for us",
                  "worked out so well",
                  "*so* well",
                  "can't wait for the postmortem",
                  "can't wait for the post-mortem",
                  "can't wait for the incident",
                  "can't wait to do it again",
                  "skip sleeping",
                  "always produces great",
                  "while we're at it let's",
                  "while we're at it, let's",
                  "fine, whatever",
                  ":popcorn:",
                  ":eyeroll:",
                  "yeah right",
                  "what a surprise",
                  "shocking, i know",
                  "because that always",
                  "because that worked",
                  "genius idea",
                  "brilliant idea",
                  "what's next,",
                  "anything else?"});
}

}  // namespace pushback::templates::detail::cues
