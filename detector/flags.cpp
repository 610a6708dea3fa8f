// Red flags and illegitimate reasons: what burns the relationship whatever the wording of the rest
// (issue 12). Each comes from the writer's own words (never from quoted ones), by construction rather
// than by phrase where a construction generalises: who is the subject of a judgment, a move toward
// someone's superior, everyone addressed with a disagreement, praise read against what went wrong;
// taste about a thing of taste with no reason given, ownership with a gate, effort with its loss,
// learning with reluctance. Every finding leaves Evidence: the words that carry it.
#include <algorithm>
#include <array>
#include <cctype>
#include <functional>
#include <initializer_list>
#include <span>
#include <utility>
#include <vector>

#include "detector/detail/context.hpp"

namespace pushback::detector::detail {
namespace {

// Where the message addresses everyone (<!here>, @channel, @everyone, a whole team), or npos.
std::size_t broadcast_token(std::string_view t) {
    if (t.find_first_of("@<") == std::string_view::npos) return std::string_view::npos;
    for (std::string_view w : {"<!here", "<!channel", "<!everyone", "<!subteam"})
        if (auto const at = t.find(w); at != std::string_view::npos) return at;
    // Written by hand, "@here" addresses everyone where it opens a line or follows a greeting ("Hey @channel,");
    // inside a sentence it is a topic ("Do we really need @here?", "ping anyone with @everyone").
    for (std::string_view w : {"@here", "@channel", "@everyone", "@all ", "@team ", "@devs ", "@engineering "})
        for (auto at = t.find(w); at != std::string_view::npos; at = t.find(w, at + 1)) {
            auto b = at;
            while (b > 0 && (t[b - 1] == ' ' || t[b - 1] == '\t' || t[b - 1] == '*' || t[b - 1] == '>')) --b;
            std::size_t word = b;
            while (word > 0 && std::isalpha(static_cast<unsigned char>(t[word - 1]))) --word;
            auto const before = t.substr(word, b - word);
            bool const greeting = before == "Hey" || before == "hey" || before == "Hi" || before == "hi" ||
                                  before == "Hello" || before == "hello" || before == "cc" || before == "CC";
            if (b == 0 || t[b - 1] == '\n' || greeting) return at;
        }
    return std::string_view::npos;
}

// The words of normalised [b, e), last first, as views (at most `n`).
template <class F>
void words_before(std::string_view s, std::uint32_t b, std::uint32_t e, int n, F&& f) {
    auto i = e;
    while (n > 0 && i > b) {
        while (i > b && !is_word_byte(static_cast<unsigned char>(s[i - 1])) && s[i - 1] != '\'') --i;
        auto const end = i;
        while (i > b && (is_word_byte(static_cast<unsigned char>(s[i - 1])) || s[i - 1] == '\'')) --i;
        if (end == i) break;
        if (f(s.substr(i, end - i), i)) return;
        --n;
    }
}

// The words of normalised [b, e), first first (at most `n`).
template <class F>
void words_after(std::string_view s, std::uint32_t b, std::uint32_t e, int n, F&& f) {
    auto i = b;
    while (n > 0 && i < e) {
        while (i < e && !is_word_byte(static_cast<unsigned char>(s[i])) && s[i] != '\'') ++i;
        auto const start = i;
        while (i < e && (is_word_byte(static_cast<unsigned char>(s[i])) || s[i] == '\'')) ++i;
        if (start == i) break;
        if (f(s.substr(start, i - start), start)) return;
        --n;
    }
}

bool one_of(std::string_view w, std::initializer_list<std::string_view> list) { return in_list(w, list); }

// The people the product serves ("The customer has no idea where the export button went"): no colleague to judge.
bool served_people(std::string_view w) {
    return one_of(w, {"customer", "customers", "user", "users", "client", "clients", "buyer", "buyers", "visitor",
                      "visitors", "patient", "patients", "driver", "drivers", "shopper", "shoppers", "people"});
}

// "... no idea how much this helps": thanks, read from the two words after "no idea" or "no clue".
bool thanks_how(std::string_view how, std::string_view what) {
    return how == "how" && one_of(what, {"much", "grateful", "happy", "helpful", "thankful", "relieved"});
}

// One of the `n` words before `pos` in the sentence of `pos` is in `list`.
bool word_before(Context const& c, std::uint32_t pos, int n, std::initializer_list<std::string_view> list) {
    auto const* x = c.sentence_at(pos);
    bool found = false;
    if (x != nullptr)
        words_before(c.s, x->b, pos, n, [&](std::string_view w, std::uint32_t) { return found = one_of(w, list); });
    return found;
}

// `t` holds `w` as whole words.
bool has_phrase(std::string_view t, std::string_view w) {
    for (auto at = find_text(t, w); at != std::string_view::npos; at = find_text(t, w, at + 1)) {
        bool const open = at == 0 || !is_word_byte(static_cast<unsigned char>(t[at - 1]));
        bool const close = at + w.size() >= t.size() || !is_word_byte(static_cast<unsigned char>(t[at + w.size()]));
        if (open && close) return true;
    }
    return false;
}

// The same for `t`, a part of the message, searching only for the phrases whose words are all words
// of the message (Context::may_hold).
bool has_phrase(Context const& c, std::string_view t, std::string_view w) {
    return c.may_hold(t, w) && has_phrase(t, w);
}
bool has_any(Context const& c, std::string_view t, std::initializer_list<std::string_view> list) {
    return std::any_of(list.begin(), list.end(), [&](std::string_view w) { return has_phrase(c, t, w); });
}

// ---- Gates: the words without which a sentence construction cannot fire. ----
// Each construction below that reads a sentence runs only where the sentence holds one of its key words
// (listed beside it as `<name>_keys`), quoted words included: a key is a word as words_after reads it
// ("can't") or a run of word bytes inside one ("can", "t"), so any one word of a cue phrase keys it. The
// words of a sentence are looked up once (keys_of). Test "the construction gates change no finding" runs
// every dev text with and without the gates.
enum Gate : std::uint32_t {
    g_verdict = 1U << 0,
    g_habit = 1U << 1,
    g_stop = 1U << 2,
    g_problem = 1U << 3,
    g_faculty = 1U << 4,
    g_imposition = 1U << 5,
    g_praise_after = 1U << 6,
    g_verdict_shape = 1U << 7,
    g_bypass = 1U << 8,
    g_taken = 1U << 9,
    g_everyone = 1U << 10,
    g_agreement = 1U << 11,
    g_novelty = 1U << 12,
    g_territory = 1U << 13,
    g_ironic = 1U << 14,
    g_typecast = 1U << 15,
    g_motive = 1U << 16,
    g_liking = 1U << 17,
};
// Whether sentence `x` holds a key word of one of `gates` (always, with gates_off or a sentence not of `c`).
bool gated(Context const& c, Sentence const& x, std::uint32_t gates);

constexpr std::string_view person_words[] = {
    "you",        "you're",     "youre",       "u",         "he",         "he's",     "she",       "she's",
    "they",       "they're",    "him",         "her",       "them",       "dev",      "devs",      "developer",
    "developers", "maintainer", "maintainers", "pm",        "pms",        "author",   "owner",     "guy",
    "guys",       "staff",      "someone",     "somebody",  "whoever",    "designer", "designers", "people",
    "manager",    "managers",   "boss",        "director",  "lead",       "you'd",    "he'd",      "she'd",
    "they'd",     "you've",     "you'll",      "he'll",     "she'll",     "they've",  "they'll",   "coder",
    "coders",     "programmer", "programmers", "moderator", "moderators", "mods",     "admins",    "hes",
    "shes",       "theyre"};

// People the writer judges: the addressee, a third person, the people behind the project.
bool person_word(std::string_view w) {
    static WordSet const set{person_words};

    return set.contains(w);
}

// Capitalised words that are no name of a person: function words, greetings, fillers.
constexpr std::string_view not_person_names[] = {
    "i", "it", "this", "that", "there", "these", "those", "what", "which", "we", "my", "our", "the", "a", "an", "if",
    "but", "and", "so", "then", "now", "here", "also", "just", "not", "no", "please", "sorry", "thanks", "thank",
    "agreed", "yes", "ok", "okay", "hey", "hi", "hello", "well", "oh", "why", "how", "when", "where", "who", "for",
    "to", "in", "on", "at", "as", "with", "from", "by", "of", "all", "some", "any", "every", "each", "do", "does",
    "did", "is", "are", "was", "were", "can", "could", "would", "should", "will", "may", "might", "must", "let",
    "maybe", "perhaps", "honestly", "seriously", "really", "again", "still", "even", "only", "your", "great", "nice",
    "wow", "yeah",
    // No one: "Nobody is lazy here" judges no one, capitalised or not.
    "nobody", "noone", "none", "neither", "nothing",
    // The writer in every contraction ("I'm useless at CSS" is self-criticism).
    "i'm", "i've", "i'd", "i'll", "im", "ive", "we're", "we've", "we'd", "we'll"};

bool role_subject(std::string_view w);
bool l13_trait_of_no_one(Context const& c, Sentence const& x, Hit const& h);  // learn13

// --- precision12: an identifier in CamelCase, the writer as a trait's subject ---
// "TypeError", "JavaScript", "GitHub": a capital after three lower-case letters inside a word is an identifier or a
// product, no person's name ("McDonald", "DeShawn" stay names).
bool p12_camel_identifier(Context const& c, std::uint32_t at, std::size_t size) {
    int lower = 0;
    for (std::size_t k = 1; k < size && at + k < c.s.size(); ++k) {
        auto const ch = c.orig_byte(static_cast<std::uint32_t>(at + k));
        if (ch >= 'A' && ch <= 'Z') {
            if (lower >= 3) return true;
            lower = 0;
        } else {
            lower = (ch >= 'a' && ch <= 'z') ? lower + 1 : 0;
        }
    }
    return false;
}

// "But I don't understand what you mean", "I didn't understand the second step": the writer is the subject of the
// trait (the nearest subject within three words before it is "I" or "we"), so no one else is judged, whoever the
// words after it name. "I think you don't understand" names its subject nearer.
bool p12_trait_of_the_writer(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    bool writer = false;
    words_before(c.s, x->b, h.begin, 3, [&](std::string_view w, std::uint32_t) {
        writer = one_of(w, {"i", "we", "i'm", "we're", "i've", "we've", "i'd", "we'd", "i'll", "we'll"});
        return writer || one_of(w, {"you", "he", "she", "they", "it", "you're", "he's", "she's", "they're", "who",
                                    "and", "but", "that", "if", "because"});
    });
    return writer;
}

// "If a customer doesn't understand the toggle, they will file a ticket", "a user does not understand the behavior":
// one of the people the product serves, lost in it (the subject just before the trait), is a usability finding, no
// colleague judged.
bool p12_trait_of_served(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    bool served = false;
    words_before(c.s, x->b, h.begin, 1, [&](std::string_view w, std::uint32_t) {
        served =
            one_of(w, {"user",     "users",     "customer", "customers", "client", "clients", "visitor", "visitors",
                       "patient",  "patients",  "player",   "players",   "reader", "readers", "buyer",   "buyers",
                       "newcomer", "newcomers", "member",   "members",   "viewer", "viewers"});
        return true;
    });
    return served;
}

// "Uncaught TypeError: Cannot read property 'click' of null": a trait whose subject just before it is an identifier is
// said of the code, whatever capitalised word comes before the identifier.
bool p12_trait_after_identifier(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    bool identifier = false;
    words_before(c.s, x->b, h.begin, 1, [&](std::string_view w, std::uint32_t at) {
        identifier = p12_camel_identifier(c, at, w.size());
        return true;
    });
    return identifier;
}

// "While we're at it, let's also add Slack notifications to the approval flow": the phrase opening a draft that quotes
// no one is a sincere add-on; the sarcastic one answers someone ("> Can we also add X?  Absolutely, and while we're at
// it let's rewrite the ledger") or follows a mock assent.
bool p12_add_on_opening(Context const& c, Hit const& h) {
    if (!c.s.substr(h.begin, h.end - h.begin).starts_with("while we")) return false;
    auto const first = c.s.find_first_not_of(" \t\n");
    if (first != h.begin) return false;
    return c.orig.find('>') == std::string_view::npos;
}

// "It's not easy and usually thankless (trust me I know)", "Trust me I've wanted to ship a new version for a while":
// "trust me" vouching for the writer's own experience or feeling is sympathy or an admission, no way insisted on
// ("trust me, I know what works here", "just trust me, it'll scale" stay).
bool p12_trust_me_empathy(Context const& c, Hit const& h) {
    auto const w = c.s.substr(h.begin, h.end - h.begin);
    if (!w.ends_with("trust me")) return false;
    std::array<std::string_view, 3> next{};
    std::uint32_t end_of_know = 0;
    int n = 0;
    words_after(c.s, h.end, static_cast<std::uint32_t>(c.s.size()), 3, [&](std::string_view v, std::uint32_t at) {
        next.at(static_cast<std::size_t>(n)) = v;
        if (n == 1) end_of_know = at + static_cast<std::uint32_t>(v.size());
        return ++n == 3;
    });
    if (next[0] == "i" && next[1] == "know") {
        // "trust me I know" closing its clause: a parenthesis, a stop or the end.
        auto const rest = c.s.substr(end_of_know);
        auto const at = rest.find_first_not_of(' ');
        return at == std::string_view::npos || rest[at] == ')' || rest[at] == '.' || rest[at] == '!' || rest[at] == ',';
    }
    if (one_of(next[0], {"i've", "ive"}))
        return one_of(next[1], {"wanted", "tried", "been", "felt", "struggled", "hit", "had"});
    return next[0] == "i" && one_of(next[1], {"get", "understand", "feel", "agree", "wish", "want", "wanted"});
}
// --- precision12: end ---

// A word that makes a person the subject ("he", "you", "the maintainer", a mention, a name).
bool person_subject(Context const& c, std::string_view w, std::uint32_t at) {
    if (w.size() == 1 && w[0] == ph_person) return true;
    if (person_word(w)) return true;
    // A name: a capitalised word that is not a function word ("Priya has no idea", "Sam's spec").
    if (c.shouting || !(c.orig_byte(at) >= 'A' && c.orig_byte(at) <= 'Z')) return false;
    auto const base = w.ends_with("'s") ? w.substr(0, w.size() - 2) : w;
    // An acronym or an identifier ("CI", "SLOs", "V2", "k8s") names a thing, not a person (a role's acronym, "our PO",
    // is a role).
    auto const second = at + 1 < c.s.size() ? c.orig_byte(at + 1) : 0;
    if ((second >= 'A' && second <= 'Z') ||
        std::ranges::any_of(base, [](char ch) { return (ch >= '0' && ch <= '9') || ch == '_' || ch == '.'; }))
        return role_subject(base);
    if (p12_camel_identifier(c, at, base.size())) return role_subject(base);  // precision12
    // At a sentence's start a capital says nothing; a plural there ("Users don't care") is no name.
    auto const* x = c.sentence_at(at);
    if (x != nullptr && x->b == at && base.ends_with('s') && !w.ends_with("'s")) return false;
    static WordSet const set{not_person_names};
    if (set.contains(base)) return false;
    // A capitalised word after a determiner is a thing ("the Billing service", "our Kafka cluster"), and a day, a
    // month or a technology is no one ("Friday is the problem", "Kafka keeps dropping messages").
    auto const before = c.s.substr(0, at);
    for (std::string_view d : {"the ", "a ", "an ", "this ", "our ", "my ", "these ", "those "})
        if (before.ends_with(d) && (before.size() == d.size() ||
                                    !is_word_byte(static_cast<unsigned char>(before[before.size() - d.size() - 1]))))
            return false;
    return !(c.present[static_cast<std::size_t>(Lex::date)] || c.present[static_cast<std::size_t>(Lex::tech)]) ||
           std::ranges::none_of(c.hits, [&](Hit const& h) {
               return (h.lex == Lex::date || h.lex == Lex::tech) && h.begin <= at && h.end > at;
           });
}

// "he won't listen", "Priya has no idea how…": what is said of a person, with a person as subject;
// "the lazy dev", "its borderline mental lead developer": a trait said right before a person.
bool trait_of_person(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    // "Do you intend to keep breaking backwards compatibility?": a plan asked about, not a habit held against them.
    bool planned = false;
    words_before(c.s, x->b, h.begin, 2, [&](std::string_view w, std::uint32_t) {
        planned = one_of(w, {"intend", "plan", "planning", "going", "want", "mean"});
        return planned || w != "to";
    });
    if (planned) return false;
    if (trait_not_of_a_colleague(c, h)) return false;
    if (p12_trait_of_the_writer(c, h) || p12_trait_of_served(c, h) || p12_trait_after_identifier(c, h))
        return false;                                 // precision12
    if (l13_trait_of_no_one(c, *x, h)) return false;  // learn13
    bool found = false;
    words_before(c.s, x->b, h.begin, 3, [&](std::string_view w, std::uint32_t at) {
        found = person_subject(c, w, at);
        // "some people thinking it's useless": a trait said of "it" is said of a thing.
        return found || one_of(w, {"i", "we", "it", "it's", "this", "that", "that's"});
    });
    if (found) return true;
    // "They could at least make a statement about this but chose to ignore it": the sentence's subject.
    words_after(c.s, x->b, h.begin, 1, [&](std::string_view w, std::uint32_t at) {
        found = person_word(w) || (w.size() == 1 && w[0] == ph_person) ||
                (at == x->b && w.ends_with("'s") && person_subject(c, w, at));
        return true;
    });
    if (found) return true;
    words_after(c.s, h.end, x->e, 2, [&](std::string_view w, std::uint32_t) {
        found = person_word(w) || one_of(w, {"lead", "team"});
        // "The new onboarding flow is useless for admins": the people after a preposition are whom the thing fails.
        return found || one_of(w, {"for", "to", "with", "by", "at", "in", "on", "among"});
    });
    return found;
}

// "her spec is garbage", "your PR is a joke", "you're pathetic": harsh words for someone's work.
bool harsh_on_person(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    bool found = false;
    words_before(c.s, x->b, h.begin, 6, [&](std::string_view w, std::uint32_t at) {
        found = one_of(w, {"your", "his", "her", "their", "you're", "he's", "she's", "they're"}) ||
                (w.ends_with("'s") && person_subject(c, w, at) &&
                 !one_of(w, {"it's", "that's", "what's", "there's", "here's", "let's", "who's"}));
        return found || one_of(w, {"this", "the", "it", "it's", "that", "my", "our"});
    });
    return found;
}

// An authority written inside an address ("hr@example.com", "cto.example.org") is not a person.
bool inside_address(Context const& c, Hit const& h) {
    auto const ob = c.norm.orig_begin(h.begin), oe = c.norm.orig_end(h.end);
    bool const before = ob > 0 && (c.orig[ob - 1] == '@' || c.orig[ob - 1] == '.' || c.orig[ob - 1] == '/');
    bool const after = oe < c.orig.size() && (c.orig[oe] == '@' || c.orig[oe] == '.' || c.orig[oe] == '/') &&
                       oe + 1 < c.orig.size() && is_word_byte(static_cast<unsigned char>(c.orig[oe + 1] | 0x20));
    return before || after;
}

// A second read with the person concerned is no skip: "let's take this to Dana's director together".
bool with_the_person(Context const& c, Sentence const& x) {
    auto const t = c.s.substr(x.b, x.e - x.b);
    for (std::string_view w : {"together", "with you", "loop you in", "you and i", "both of us", "second read"})
        for (auto at = find_text(t, w); at != std::string_view::npos; at = find_text(t, w, at + 1)) {
            auto const end = at + w.size();  // "with your manager" is not "with you"
            if (end == t.size() || !is_word_byte(static_cast<unsigned char>(t[end]))) return true;
        }
    return false;
}

// "Not my preference, but I'm fully behind it", "only one style and not based on personal preference",
// "the overhaul wasn't done for aesthetics": a motive denied is no motive.
// Taste and novelty look three words back; ownership, gates and effort one ("not touch our repo" is the
// gate itself).
// "Moving to Mongo because it's trendy doesn't solve our reporting joins": a motive the clause it closes denies is
// the writer rejecting it. True when the words right after byte `end` are a negated verb.
bool negated_after(Context const& c, std::uint32_t end) {
    auto const* x = c.sentence_at(end > 0 ? end - 1 : end);
    if (x == nullptr) return false;
    bool negated = false;
    int n = 0;
    words_after(c.s, end, x->e, 24, [&](std::string_view w, std::uint32_t) {
        if (n == 0) negated = one_of(w, {"doesn't", "isn't", "won't", "wouldn't", "aren't", "never", "can't"});
        if (n == 1) negated = one_of(w, {"not", "no"});
        ++n;
        return negated || n >= 2 || !one_of(w, {"does", "is", "will", "would", "are", "alone"});
    });
    return negated;
}

bool denied(Context const& c, Hit const& h) {
    bool const taste = h.lex == Lex::visual || h.lex == Lex::preference || h.lex == Lex::taste ||
                       h.lex == Lex::illegit_aesthetic || h.lex == Lex::novelty;
    return word_before(c, h.begin, taste ? 3 : 1,
                       {"not", "no", "never", "without", "wasn't", "isn't", "aren't", "weren't"}) ||
           (h.lex == Lex::novelty && negated_after(c, h.end));
}

// "in (way) over her head" says what someone can't handle.
bool in_over_head(Context const& c, Hit const& h) {
    auto const w = c.s.substr(h.begin, h.end - h.begin);
    if (!w.starts_with("over ") || !w.ends_with(" head")) return false;
    return word_before(c, h.begin, 2, {"in", "way"});
}

// A move the person concerned asked for or agreed to: "Zoe asked me to walk her manager through it",
// "at Mira's request", "as we agreed in the 1:1".
}  // namespace
bool l15_as_they_asked(Context const& c, Sentence const& x);  // ladder15, below
namespace {
bool at_their_request(Context const& c, Sentence const& x) {
    if (l15_as_they_asked(c, x)) return true;  // ladder15
    auto const t = c.s.substr(x.b, x.e - x.b);
    for (std::string_view w : {"asked me to", "asked me in", "asked us to", "at her request", "at his request",
                               "at their request", "'s request", "as we agreed", "we agreed to", "and i agreed",
                               "we both agreed", "we've agreed", "as agreed", "agreed in our"})
        if (t.find(w) != std::string_view::npos) return true;
    // "The CFO asked for the ledger numbers, so I sent her the report": the authority asked for what goes to them.
    for (auto const& h : c.hits)
        if (h.lex == Lex::authority && h.begin >= x.b && h.end <= x.e &&
            has_any(c, c.s.substr(h.end, std::min<std::size_t>(12, x.e - h.end)),
                    {"asked", "requested", "asks", "wants"}))
            return true;
    // "This usually goes through the CTO, so I've asked him for a slot": the route the matter takes by process.
    return route_named(c, x);
}

// A move the writer makes, not one described ("when escalating to cc a manager of a manager" is what
// a tool does) nor one made with the person concerned.
bool writers_move(Context const& c, Hit const& verb, bool alone = true) {
    auto const* x = c.sentence_at(verb.begin);
    if (x == nullptr || (alone && with_the_person(c, *x)) || at_their_request(c, *x)) return false;
    bool described = false;
    words_before(c.s, x->b, verb.begin, 1, [&](std::string_view w, std::uint32_t) {
        described = one_of(w, {"when", "while", "before", "after", "by", "of", "how", "for", "said", "mentioned",
                               "announced", "shared", "explained", "presented"});
        return true;
    });
    // "Could you loop in your manager?", "you can take it to your director": the addressee going to their own
    // superior is their rung of the ladder, not the writer skipping one.
    words_before(c.s, x->b, verb.begin, 3, [&](std::string_view w, std::uint32_t) {
        described = described || w == "you";
        return described || one_of(w, {"i", "i'll", "i'm", "we", "we'll", "i've"});
    });
    // "a nag is escalated to a manager's manager": a present passive describes how something works; "the CEO
    // already promised a launch date to the board", "she went to the VP": someone else's move, told.
    words_before(c.s, x->b, verb.begin, 1, [&](std::string_view w, std::uint32_t) {
        described = described || one_of(w, {"is", "are", "gets", "get"});
        return true;
    });
    words_before(c.s, x->b, verb.begin, 8, [&](std::string_view w, std::uint32_t at) {
        if (one_of(w, {"i", "i'll", "i'm", "i'd", "i've", "we", "we'll", "we're", "we've", "let's", "me", "us"}))
            return true;
        // An authority is the subject when it opens the sentence or a clause ("The CEO already promised ...",
        // "..., and the CEO already promised ...").
        std::array<std::string_view, 2> prev{};
        int before = 0;
        words_before(c.s, x->b, at, 2, [&](std::string_view p, std::uint32_t) { return prev.at(before++) = p, false; });
        bool const leads = before == 0 || (one_of(prev[0], {"the", "our", "their"}) &&
                                           (before == 1 || one_of(prev[1], {"and", "but", "so", "then"})));
        described = described || one_of(w, {"he", "she", "they", "he's", "she's", "they've", "they're"}) ||
                    (leads && one_of(w, {"ceo", "cto", "cpo", "vp", "founder", "director"}));
        return described;
    });
    return !described;
}

bool authority_word(Context const& c, std::string_view w, std::uint32_t at);

// A person, a role or an authority named at word `v` ("Sam", "her", "the PM", "product", "the CTO"); a team's
// meeting ("the design review", "the product sync") is a forum, not the team's superior.
bool someone_at(Context const& c, Sentence const& x, std::string_view v, std::uint32_t at) {
    // The lexicon hits at this word, read once: an authority starting here; a day or a technology ("Tuesday",
    // "Kafka") over it, which names no one however capitalised.
    bool authority = false, thing = false;
    for (auto const& o : c.hits) {
        authority = authority || (o.lex == Lex::authority && o.begin == at);
        thing = thing || ((o.lex == Lex::date || o.lex == Lex::tech) && o.begin <= at && o.end > at);
    }
    bool person = !thing && (person_subject(c, v, at) || role_subject(v) || authority_word(c, v, at) || authority);
    // flags17: "the studio head", "the department head": a head of something named before the word.
    if (!person && !thing)
        words_after(c.s, at + static_cast<std::uint32_t>(v.size()), x.e, 1, [&](std::string_view n, std::uint32_t) {
            return person = one_of(n, {"head", "heads"});
        });
    if (person)
        words_after(c.s, at + static_cast<std::uint32_t>(v.size()), x.e, 1, [&](std::string_view n, std::uint32_t) {
            person = !one_of(n, {"review", "reviews", "meeting", "sync", "standup", "planning", "retro", "forum",
                                 "council", "channel", "guild", "huddle", "demo", "call", "backlog", "board"});
            return true;
        });
    return person;
}

// "going over Sam", "go above the PM", "take this to the VP": a move over or toward someone names who.
// "If pages go above five a week", "I'm going over the numbers tonight", "costs went above budget", "let's
// take this to the architecture review": a threshold, a task or a forum, not a rung skipped.
bool over_a_person(Context const& c, Hit const& h) {
    auto const w = c.s.substr(h.begin, h.end - h.begin);
    if (!w.ends_with(" over") && !w.ends_with(" above") && !w.ends_with(" to") && !w.ends_with(" to the") &&
        !w.ends_with(" with the"))
        return true;
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    bool person = false;
    words_after(c.s, h.end, x->e, 3, [&](std::string_view v, std::uint32_t at) {
        if (one_of(v, {"the", "our", "my", "their", "your", "his", "her", "him", "them", "me", "us", "a", "an"})) {
            person = person || one_of(v, {"their", "your", "his", "her", "him", "them", "me", "us"});
            return person;
        }
        person = someone_at(c, *x, v, at);
        return true;
    });
    return person;
}

// "You'll have to talk to your manager about the budget", "Talk to your manager first": the reader sent to their own
// superior climbs their own rung. "I'll raise it with your manager", "cc'ing your manager" are the writer's move over
// the reader: the nearest subject before the phrase decides, and a sentence opening on a verb of going to someone
// tells the reader what to do.
// --- precision11: the reader invited to take it up their own ladder ---
// "Take the vendor question up with your manager if ...", "Feel free to raise it with your lead", "Please forward this
// to your director if you want a second read": an imperative opening the sentence (or its polite opener) sends the
// reader to their own rung, however many words the thing taken runs to.
bool p11_reader_invited(Context const& c, Sentence const& x, int words) {
    std::string_view first, second;
    int n = 0;
    words_after(c.s, x.b, x.e, 2, [&](std::string_view w, std::uint32_t) {
        (n++ == 0 ? first : second) = w;
        return n == 2;
    });
    if (one_of(first, {"feel", "please", "pls", "just", "maybe", "perhaps"}) ||
        (first == "you're" && second == "welcome"))
        return words <= 12;
    return one_of(first, {"take", "raise", "bring", "forward", "send", "escalate", "loop", "run", "check", "flag",
                          "talk", "speak", "ask", "pass", "ping", "email", "cc"}) &&
           words <= 9;
}
// "I'll bring the release notes to the board" in a message about "the change board on Wednesday": a board the
// message names as a process forum (change, review, architecture, advisory) is the process followed, no rung above.
bool p11_process_board(Context const& c, Hit const& h) {
    if (!c.s.substr(h.begin, h.end - h.begin).ends_with("board")) return false;
    for (std::string_view f : {"change board", "review board", "architecture board", "advisory board", "release board",
                               "design board", "change advisory", "change review", "control board", "safety board"})
        if (c.s.find(f) != std::string_view::npos) return true;
    return false;
}
// --- precision11: end ---

bool reader_sent_up(Context const& c, std::uint32_t at) {
    auto const* x = c.sentence_at(at);
    if (x == nullptr) return false;
    bool reader = false, subject = false;
    int words = 0;
    words_before(c.s, x->b, at, 12, [&](std::string_view w, std::uint32_t) {
        ++words;
        reader = one_of(w, {"you", "you'll", "you'd", "you're", "you've"});
        subject = reader || one_of(w, {"i", "i'll", "i'm", "i've", "i'd", "we", "we'll", "we're", "we've", "let's",
                                       "me", "us", "he", "she", "they", "he'll", "she'll", "they'll"});
        return subject;
    });
    if (subject) return reader;
    bool imperative = false;
    words_after(c.s, x->b, x->e, 1, [&](std::string_view w, std::uint32_t) {
        imperative = one_of(
            w, {"talk", "speak", "ask",   "check",   "loop", "raise", "take",     "bring",   "go",   "run", "clear",
                "flag", "ping",  "email", "message", "chat", "sync",  "escalate", "forward", "send", "pass"});
        return true;
    });
    return (imperative && words <= 5) || p11_reader_invited(c, *x, words);  // precision11
}

bool readers_own_rung(Context const& c, Hit const& h) {
    auto const w = c.s.substr(h.begin, h.end - h.begin);
    // "Escalate this to your manager if you disagree": the move's phrase ends where the reader's superior begins.
    bool const yours = w.starts_with("your ") || w.ends_with(" your") ||  // precision11: "raise it with your"
                       ((w.ends_with(" to") || w.ends_with(" with")) && c.s.substr(h.end).starts_with(" your "));
    return yours && reader_sent_up(c, h.begin);
}

// A ladder verb toward someone: a person, a role or an authority within eight words after it ("escalate this
// to Sam's manager", "cc'd her director"). "Escalate the flaky test to the platform team's backlog", "send the
// notes", "take this to the design review" move work, not the matter over anyone.
bool toward_someone(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    bool person = false;
    words_after(c.s, h.end, x->e, 8, [&](std::string_view v, std::uint32_t at) {
        // The move's own clause: "take this to the review on Wednesday, they'll want…" names no one it goes to.
        if (c.s.substr(h.end, at - h.end).find_first_of(",;:") != std::string_view::npos) return true;
        return person = !one_of(v, {"the", "our", "my", "a", "an", "this", "it", "that"}) &&
                        (one_of(v, {"their", "your", "his", "her", "him", "them"}) || someone_at(c, *x, v, at));
    });
    return person;
}

// "without going through us", "instead of going through me": a bypass of the writer is the writer's gate
// (territory), not a rung skipped.
bool through_the_writer(Context const& c, Hit const& h) {
    bool writer = false;
    words_after(c.s, h.end, static_cast<std::uint32_t>(std::min<std::size_t>(c.s.size(), h.end + 12)), 1,
                [&](std::string_view w, std::uint32_t) {
                    return writer = one_of(w, {"me", "us", "my", "our"});
                });
    return writer;
}

// "go outside" is an insult told to someone ("just go outside"), not what hold times do ("if hold times go outside
// the company metrics"): a verb-led insult after a noun that is its subject is said of a thing.
bool said_of_a_thing(Context const& c, Hit const& h) {
    if (!c.s.substr(h.begin, h.end - h.begin).starts_with("go ")) return false;
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr || x->b == h.begin) return false;
    bool thing = false;
    words_before(c.s, x->b, h.begin, 1, [&](std::string_view w, std::uint32_t at) {
        thing = !person_subject(c, w, at) &&
                !one_of(w, {"just", "please", "pls", "should", "maybe", "and", "then", "to", "gotta", "must", "could"});
        return true;
    });
    return thing;
}

// "I'll escalate this to your manager", "I've emailed the CTO": a move toward someone's superior.
Hit const* toward_authority(Context const& c, Hit const& verb) {
    if (!writers_move(c, verb)) return nullptr;
    for (auto const& h : c.hits) {
        if (h.lex != Lex::authority || h.begin < verb.end || c.in_quote(h.begin, h.end)) continue;
        if (inside_address(c, h)) continue;
        // "the CPO's assistant": the move goes to whoever the authority's possessive names.
        if (c.s.substr(h.end).starts_with("'s ") &&
            !std::ranges::any_of(c.hits, [&](Hit const& o) { return o.lex == Lex::authority && o.begin == h.end; }))
            continue;
        int words = 0;
        for (auto i = verb.end; i < h.begin; ++i) {
            auto const ch = c.s[i];
            if (ch == '.' || ch == '?' || ch == '!' || ch == '\n') words = 99;
            words += ch == ' ';
        }
        if (words <= 4) return &h;
        // "Forwarded the rollout plan to Chiara's boss": further on, when the authority is where it goes.
        // "cc'ing the whole #eng-leads channel and Sven's boss": one of the move's objects.
        if (words <= 8 && word_before(c, h.begin, 2, {"to", "with", "and"})) return &h;
    }
    return nullptr;
}

// Praise that can't be meant: opening a sentence ("Great, another breaking change") or right before
// what went wrong ("Nice passive aggressive approach", "great job breaking the build"), with something
// going wrong in the same sentence and no fix being thanked for.
Hit const* mock_praise(Context const& c, Hit const& praise) {
    auto const* x = c.sentence_at(praise.begin);
    if (x == nullptr) return nullptr;
    auto const t = c.s.substr(x->b, x->e - x->b);
    if (t.find("fix") != std::string_view::npos || t.find("resolved") != std::string_view::npos ||
        t.find("thank") != std::string_view::npos)
        return nullptr;
    // "Brilliant catch on the timezone bug", "nice find": praise for a problem found is meant.
    bool found_it = false;
    words_after(c.s, praise.end, x->e, 1, [&](std::string_view w, std::uint32_t) {
        return found_it = one_of(w, {"catch", "catches", "find", "finds", "spot", "spotting", "save"});
    });
    if (found_it && !has_any(c, c.s.substr(praise.end, x->e - praise.end), {"except", "only"})) return nullptr;
    // "that would have hit every customer", "it nearly took checkout down": harm averted is no harm done.
    auto const averted = [&](Hit const& h) {
        bool said = false, have = false, modal = false;
        words_before(c.s, x->b, h.begin, 3, [&](std::string_view w, std::uint32_t) {
            said = said || one_of(w, {"would've", "could've", "might've", "nearly", "almost"});
            have = have || w == "have";
            modal = modal || one_of(w, {"would", "could", "might"});
            return false;
        });
        return said || (have && modal);
    };
    // "Another fire drill. Love it.": praise that is the whole sentence, after something going wrong.
    if (auto const i = x - c.sentences.data(); i > 0 && x->e - x->b <= 16 && praise.begin == x->b) {
        auto const& prev = c.sentences[static_cast<std::size_t>(i - 1)];
        for (auto const& h : c.hits)
            // flags17: "Zero incidents across 40 stores. Great work all.": a harm denied is none (the loop below
            // asks the same).
            if (h.lex == Lex::negative && h.begin >= prev.b && h.end <= prev.e && !c.in_quote(h.begin, h.end) &&
                !word_before(c, h.begin, 1, {"zero", "no", "without", "never"}))
                return &h;
    }
    bool opening = true;
    words_before(c.s, x->b, praise.begin, 2, [&](std::string_view w, std::uint32_t) {
        opening = opening && one_of(w, {"oh", "wow", "well", "so", "just", "really", "truly", "yay", "very"});
        return !opening;
    });
    // "Kudos to infra, the failover test passed with no downtime", "it passed on the first try": a success said is
    // what the praise is for.
    bool success = false;
    words_after(c.s, praise.end, x->e, 64, [&](std::string_view w, std::uint32_t) {
        return success =
                   one_of(w, {"passed", "succeeded", "shipped", "fixed", "resolved", "saved", "smooth", "smoothly",
                              "flawless", "flawlessly", "downtime", "landed", "launched", "delivered", "merged"});
    });
    if (success) return nullptr;
    for (auto const& h : c.hits) {
        // "Kudos to the payments squad, zero failed charges": a harm denied is none.
        if (h.lex != Lex::negative || h.begin < praise.end || h.end > x->e || c.in_quote(h.begin, h.end) ||
            averted(h) || word_before(c, h.begin, 1, {"zero", "no", "without", "never"}))
            continue;
        int words = 0;
        for (auto i = praise.end; i < h.begin; ++i) words += c.s[i] == ' ';
        if (opening || words <= 2) return &h;
        // "an awesome feature for crashing you every 10 seconds", "a nice way of breaking the build".
        auto const between = c.s.substr(praise.end, h.begin - praise.end);
        if (words <= 3 && has_any(c, between, {"feature", "way", "idea"}) &&
            c.s.substr(h.begin, h.end - h.begin).ends_with("ing"))
            return &h;
    }
    return nullptr;
}

// "ensuring that you specifically will be unable to play :)": a smile on harm done to the reader.
bool smile_on_harm(Context const& c, Sentence const& x) {
    auto const oe = std::min<std::size_t>(c.norm.orig_end(x.e) + 4, c.orig.size());
    auto const tail = c.orig.substr(c.norm.orig_begin(x.b), oe - c.norm.orig_begin(x.b));
    if (tail.find(":)") == std::string_view::npos && tail.find(";)") == std::string_view::npos) return false;
    auto const t = c.s.substr(x.b, x.e - x.b);
    bool you = false, harm = false;
    words_after(c.s, x.b, x.e, 64, [&](std::string_view w, std::uint32_t) {
        you = you || one_of(w, {"you", "your", "you're"});
        harm = harm || one_of(w, {"unable", "can't", "cannot", "won't", "never", "banned", "ban", "blocked"});
        return false;
    });
    return you && harm && t.find("thank") == std::string_view::npos;
}

// The sentence's text in normalised form.
std::string_view sentence_text(Context const& c, Sentence const& x) { return c.s.substr(x.b, x.e - x.b); }

// A sarcasm phrase that is also said plainly needs something in its sentence that can't be meant:
// "Sure, because that worked so well last time" (not "Sure, because finance needs the export"),
// "What could possibly go wrong." (not "What could go wrong with the cutover: DNS TTL is 24h"), and
// "/s" closes a sentence ("40/s" is a rate).
bool plain_use(Context const& c, Hit const& h) {
    if (p12_add_on_opening(c, h)) return true;  // precision12
    auto const w = c.s.substr(h.begin, h.end - h.begin);
    if (w == "/s") return h.begin > 0 && is_word_byte(static_cast<unsigned char>(c.s[h.begin - 1]));
    if (w == "what could go wrong") {  // a list follows: "What could go wrong with the cutover: ..."
        auto const* x = c.sentence_at(h.begin);
        auto const end = x == nullptr ? c.s.size() : std::min<std::size_t>(x->e, h.end + 40);
        if (c.s.substr(h.end, end - h.end).find(':') != std::string_view::npos) return true;
        // "What could go wrong here? Mostly the DNS switch.": a question that opens and is answered.
        return x != nullptr && x->b == h.begin && x->question() && x != &c.sentences.back();
    }
    // "Posting the release notes in #releases as usual", "business as usual", "it works as usual": a habit stated;
    // "Elena's roadmap is a fantasy, as usual", "As usual no one needs this except me" hold a complaint.
    if (w == "as usual") {
        auto const* x = c.sentence_at(h.begin);
        if (x == nullptr) return true;
        bool const complaint =
            c.first(Lex::negative, x->b, x->e) != nullptr || c.first(Lex::harsh, x->b, x->e) != nullptr ||
            c.first(Lex::judgment, x->b, x->e) != nullptr || c.first(Lex::insult, x->b, x->e) != nullptr ||
            has_any(c, sentence_text(c, *x), {"no one", "nobody", "again", "late", "broken", "ignored"});
        return !complaint;
    }
    // "Thanks, so much for your help": the thanks' "so much"; ", so much for the freeze" after a setback is a jab.
    if (w == ", so much for") return word_before(c, h.begin, 2, {"thanks", "thank", "you", "thx"});
    if (w == "sure, because" || w == "yeah, because") {
        auto const* x = c.sentence_at(h.begin);
        if (x == nullptr) return true;
        auto const t = sentence_text(c, *x);
        return !has_any(c, t,
                        {"so well", "last time", "worked", "went great", "went well", "always", "really needs",
                         "really need", "nobody", "what we need"}) &&
               c.first(Lex::negative, x->b, x->e) == nullptr && c.first(Lex::praise, x->b, x->e) == nullptr;
    }
    return false;
}

// "Thanks for the heads up, assholes.": thanks that insult whoever they thank.
bool insulting_thanks(Context const& c, Sentence const& x) {
    return !c.in_quote(x.b, x.e) && c.first(Lex::thanks, x.b, x.e) != nullptr &&
           c.first(Lex::insult, x.b, x.e) != nullptr;
}

// Each short quoted span of sentence `x` (one to five words in '...' or "...", an apostrophe inside a word
// is no quote): the writer holding up someone's word.
template <class F>
void for_scare_quotes(Context const& c, Sentence const& x, F&& f) {
    auto const t = sentence_text(c, x);
    auto const letter = [](char ch) { return is_word_byte(static_cast<unsigned char>(ch)); };
    for (std::size_t i = 0; i < t.size(); ++i) {
        char const q = t[i];
        if ((q != '\'' && q != '"') || (i > 0 && letter(t[i - 1])) || i + 1 >= t.size() || !letter(t[i + 1])) continue;
        for (std::size_t j = i + 1; j < t.size() && j < i + 48 && t[j] != '\n'; ++j) {
            if (t[j] != q || !letter(t[j - 1]) || (j + 1 < t.size() && letter(t[j + 1]))) continue;
            auto const inner = t.substr(i + 1, j - i - 1);
            if (std::count(inner.begin(), inner.end(), ' ') <= 4) f(inner);
            i = j;
            break;
        }
    }
}

// Irony by construction: in one sentence, a marker of irony ("of course we can", "while we're at it",
// "really needs", "truly groundbreaking", a minimiser in scare quotes: "just a config change", "MVP")
// with a second sign (another marker, praise, an opening "oh"/"yeah"/"wow", "another", "again").
// Praise after an opening "oh" is not enough ("Oh, great question!").
constexpr std::string_view ironic_keys[] = {
    "right",  "course",  "throw", "while",  "needs", "need", "wait",   "idea", "went", "meetings",
    "sounds", "great",   "just",  "quick",  "small", "tiny", "simple", "easy", "mvp",  "agile",
    "minor",  "trivial", "only",  "launch", "later", "day",  "minute", "hour", "one",  "win"};
bool ironic(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_ironic)) return false;
    auto const t = sentence_text(c, x);
    int markers = 0;
    // "You know this is open source, right?", "Because we always do, right?": a tag asking the obvious.
    if (x.question() && (t.ends_with(", right") || t.ends_with(" right")) &&
        (t.starts_with("you know") || has_any(c, t, {"always", "of course", "obviously"})))
        return true;
    if (has_phrase(c, t, "thank") || has_phrase(c, t, "thanks")) return false;  // thanks with a marker is thanks
    for (std::string_view m :
         {"of course we can", "of course you can",       "why not throw in",     "while we're at it",
          "really needs",     "what we really need",     "exactly what we need", "can't wait",
          "cant wait",        "what a great idea",       "that went great",      "went great",
          "between meetings", "sounds like a fantastic", "sounds like a great",  "sounds like a brilliant",
          "great estimating", "great scoping",           "great planning",       "great prioritization"})
        markers += has_phrase(c, t, m) ? 1 : 0;
    // A minimiser in scare quotes, someone's word held up: 'tiny', "just a config change", "MVP", 'two-day'.
    for_scare_quotes(c, x, [&](std::string_view inner) {
        if (has_any(c, inner,
                    {"just", "quick", "small", "tiny", "simple", "easy", "mvp", "agile", "minor", "trivial", "only",
                     "after launch", "later", "day", "minute", "hour", "one-line", "win"}))
            ++markers;
    });
    if (markers == 0) return false;
    // An opening "oh", "wow", "yeah" anywhere in the message sets its tone ("oh fantastic, the 'two-day'
    // integration is in week five. great estimating, everyone").
    bool opening = false;
    for (auto const& y : c.sentences)
        words_after(c.s, y.b, y.e, 1, [&](std::string_view w, std::uint32_t) {
            opening = opening || one_of(w, {"oh", "ah", "wow", "yeah", "sure", "yes", "right", "fantastic", "brilliant",
                                            "perfect"});
            return true;
        });
    bool const praise = c.first(Lex::praise, x.b, x.e) != nullptr;
    bool const again = has_any(c, t, {"another", "again", "yet another"});
    return markers >= 2 || opening || praise || again;
}

// "classic Dana.", "Typical Oskar move", "Felix strikes again": a person made the type of what went
// wrong.
constexpr std::string_view typecast_keys[] = {"classic", "typical", "vintage"};
// A sentence's words (lower case) with where each starts, and the `k`th of them or nothing past the end.
using SentenceWords = std::vector<std::pair<std::string_view, std::uint32_t>>;
SentenceWords const& words_of(Context const& c, Sentence const& x);
std::string_view nth_word(SentenceWords const& ws, std::size_t k) {
    return k < ws.size() ? ws[k].first : std::string_view{};
}

bool typecast(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_typecast)) return false;
    // "the classic Nygard one", "a typical Fowler pattern": a name that labels a thing of its kind (a template,
    // a method) is no person made a type.
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i < ws.size(); ++i) {
        auto const [w, at] = ws[i];
        if (!one_of(ws[i - 1].first, {"classic", "typical", "vintage"}) || !person_subject(c, w, at) ||
            one_of(w, {"product", "engineering"}))
            continue;
        if (i + 1 < ws.size() && one_of(ws[i + 1].first, {"one", "ones", "template", "format", "pattern", "model",
                                                          "method", "approach", "algorithm", "paper", "book"}))
            continue;
        return true;
    }
    return false;
}

// "She only wants the AI summary so she has something shiny for the offsite", "He just wants the
// credit", "Tobias is padding his promo packet": a motive read into a person (what they want for
// themselves), with the person as subject.
// ("performance review", "his review", "review cycle": "review" alone is everyday engineering talk.)
constexpr std::string_view motive_keys[] = {"credit",     "good",        "shiny", "promo", "promotion", "impress",
                                            "visibility", "who",         "show",  "name",  "bonus",     "resume",
                                            "spotlight",  "performance", "his",   "her",   "cycle"};
bool motive_read(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_motive)) return false;
    auto const t = sentence_text(c, x);
    if (!has_any(c, t,
                 {"credit", "look good", "looking good", "shiny", "promo", "promotion", "impress", "visibility",
                  "the one who", "show off", "his name", "her name", "bonus", "resume", "spotlight",
                  "performance review", "his review", "her review", "review cycle"}))
        return false;
    bool found = false;
    // "The only reason Hugo is pushing the rewrite is so he can put it on his performance review".
    if (has_any(c, t, {"the only reason", "the real reason", "the whole reason"}))
        words_after(c.s, x.b, x.e, 64, [&](std::string_view w, std::uint32_t at) {
            return found = person_subject(c, w, at) && !one_of(w, {"someone", "somebody", "people"});
        });
    if (found) return true;
    words_after(c.s, x.b, x.e, 64, [&](std::string_view w, std::uint32_t at) {
        if (!one_of(w, {"wants", "wanted", "cares", "padding", "chasing", "after"})) return false;
        words_before(c.s, x.b, at, 3, [&](std::string_view v, std::uint32_t vat) {
            found = person_subject(c, v, vat) && !one_of(v, {"someone", "somebody", "people"});
            return found || one_of(v, {"i", "we", "it", "this", "that", "users", "customers"});
        });
        return found;
    });
    return found;
}

// "so we don't debate it in front of everyone": an audience kept out is no broadcast.
bool kept_private(Context const& c, Hit const& h) {
    return word_before(c, h.begin, 6, {"don't", "not", "no", "never", "without", "instead", "out"});
}

// The writer posts to a channel ("#general", a channel link) for everyone ("so everyone sees it", "the
// whole org", "#eng-all"), not out of one ("moving this out of #launch").
bool to_a_channel(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    auto const ob = c.norm.orig_begin(x.b), oe = c.norm.orig_end(x.e);
    auto const raw = c.orig.substr(ob, oe - ob);
    bool channel = t.find(ph_channel) != std::string_view::npos;
    for (std::size_t i = raw.find('#'); !channel && i != std::string_view::npos; i = raw.find('#', i + 1))
        channel = i + 1 < raw.size() && std::isalpha(static_cast<unsigned char>(raw[i + 1])) &&
                  (i == 0 || raw[i - 1] == ' ' || raw[i - 1] == '(');
    if (!channel || has_any(c, t, {"out of", "moving this out", "instead of"})) return false;
    bool const posting = has_any(c, t,
                                 {"posting", "post", "posted", "cross-posting", "crossposting", "cross-post",
                                  "dropping", "tagging", "sharing", "broadcasting", "putting"});
    bool const everyone = has_any(c, t, {"everyone", "everybody", "whole", "entire", "all"}) ||
                          raw.find("-all") != std::string_view::npos;
    return posting && everyone;
}

struct Flagger {
    Context const& c;
    Analysis& a;
    void add(Evidence ev) {
        bool const seen = std::any_of(a.evidence.begin(), a.evidence.end(), [&](Evidence const& o) {
            return o.flag == ev.flag && o.reason == ev.reason && o.range.start == ev.range.start &&
                   o.range.end == ev.range.end;
        });
        if (!seen) a.evidence.push_back(ev);
    }
    void flag(RedFlag f, std::uint32_t b, std::uint32_t e) {
        push_unique(a.red_flags, f);
        add({c.orig_range(b, e), f, std::nullopt});
    }
    void reason(Reason r, std::uint32_t b, std::uint32_t e) {
        push_unique(a.illegitimate, r);
        add({c.orig_range(b, e), std::nullopt, r});
    }
};

// The index of the sentence holding normalised `pos` (sentences cover the text in order).
std::ptrdiff_t sentence_index(Context const& c, std::uint32_t pos) {
    auto const* x = c.sentence_at(pos);
    return x == nullptr ? -1 : x - c.sentences.data();
}

// A hit of `l` outside quotes in the sentence of `h` (or within `spread` sentences of it), not
// overlapping `h`.
Hit const* near(Context const& c, Hit const& h, Lex l, std::ptrdiff_t spread = 0) {
    auto const at = sentence_index(c, h.begin);
    if (at < 0) return nullptr;
    for (auto const& o : c.hits) {
        if (o.lex != l || overlaps(o.begin, o.end, h.begin, h.end) || c.in_quote(o.begin, o.end)) continue;
        auto const j = sentence_index(c, o.begin);
        if (j >= 0 && std::abs(j - at) <= spread) return &o;
    }
    return nullptr;
}

// The writer speaks of themselves in the sentence of `h` ("I'd have to", "we don't want").
bool first_person(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    bool me = false;
    words_after(c.s, x->b, x->e, 80, [&](std::string_view w, std::uint32_t) {
        me = one_of(w, {"i", "i'd", "i'm", "i've", "i'll", "me", "my", "we", "we'd", "we're", "we've", "us", "our"});
        return me;
    });
    return me;
}

// A reason next to a motive that is itself a motive or a dressing: "because it's easier to scan visually"
// (taste again), "it's also a security risk", "plus it's risky" (a second reason tacked on). Only a
// reason that is neither makes a preference a conceded one.
bool dressing(Context const& c, Hit const& cue) {
    bool tacked = false;
    auto const* x = c.sentence_at(cue.begin);
    if (x == nullptr) return false;
    words_before(c.s, x->b, cue.begin, 3, [&](std::string_view w, std::uint32_t) {
        tacked = one_of(w, {"also", "plus", "too"});
        return tacked;
    });
    if (tacked) return true;
    // Only a cause can be taste again ("as long as it's enforced with Prettier" concedes).
    auto const cue_text = c.s.substr(cue.begin, cue.end - cue.begin);
    if (cue_text != "because" && cue_text != "since") return false;
    for (auto const& h : c.hits)
        if ((h.lex == Lex::taste || h.lex == Lex::visual || h.lex == Lex::illegit_aesthetic) && h.begin >= cue.end &&
            h.end <= x->e && !c.in_quote(h.begin, h.end))
            return true;
    return false;
}

// What a reason says beside taste: a denial ("didn't lack any features", "not"), a harm or a judgment of function
// ("it greatly complicated things"), a number. "It just looked nicer" says taste again.
bool says_more_than_taste(Context const& c, std::uint32_t b, std::uint32_t e) {
    if (c.first(Lex::harm_verb, b, e) != nullptr || c.first(Lex::judgment, b, e) != nullptr ||
        c.first(Lex::negative, b, e) != nullptr || c.first(Lex::consequence, b, e) != nullptr)
        return true;
    // A count in words ("gets three tickets a week"), not "the old one".
    for (auto const& h : c.hits)
        if (h.lex == Lex::number_word && h.begin >= b && h.end <= e && c.s.substr(h.begin, h.end - h.begin) != "one")
            return true;
    bool more = false;
    words_after(c.s, b, e, 40, [&](std::string_view w, std::uint32_t) {
        more = w.ends_with("n't") || one_of(w, {"not", "no", "without", "never", "lack", "lacks", "missing"}) ||
               (!w.empty() && w.front() >= '0' && w.front() <= '9');
        return more;
    });
    return more;
}

// The reason after the preference: after a colon in its sentence ("no plans to switch back to the old colours:
// there were too many and it complicated things"), or the next sentence saying why of what was preferred ("I prefer
// the old one. It was clearer and didn't lack any features.").
bool explained_after(Context const& c, Hit const& h) {
    auto const at = sentence_index(c, h.begin);
    if (at < 0) return false;
    auto const& x = c.sentences[static_cast<std::size_t>(at)];
    if (auto const colon = c.s.find_first_of(":;", h.end);
        colon != std::string_view::npos && colon < x.e &&
        says_more_than_taste(c, static_cast<std::uint32_t>(colon + 1), x.e))
        return true;
    // "The old billing code is ugly, but it's tested and it works": the taste conceded, and what counts said after
    // "but" in words that are not taste again ("ugly, but also dated" concedes nothing).
    if (auto const but = c.s.find(" but ", h.end); but != std::string_view::npos && but < x.e && but - h.end <= 3) {
        auto const b = static_cast<std::uint32_t>(but + 5);
        bool const taste_again = std::ranges::any_of(c.hits, [&](Hit const& t) {
            return t.begin >= b && t.end <= x.e &&
                   (t.lex == Lex::taste || t.lex == Lex::visual || t.lex == Lex::illegit_aesthetic ||
                    t.lex == Lex::preference);
        });
        int words = 0;
        words_after(c.s, b, x.e, 40, [&](std::string_view, std::uint32_t) { return ++words >= 3; });
        if (!taste_again && words >= 3) return true;
    }
    if (static_cast<std::size_t>(at) + 1 >= c.sentences.size()) return false;
    auto const& y = c.sentences[static_cast<std::size_t>(at) + 1];
    bool back = false;
    int n = 0;
    // "It's also a security risk", "This is not just embarrassing, it is also harmful": a reason tacked on is a
    // dressing (see dressing()).
    words_after(c.s, y.b, y.e, 60, [&](std::string_view w, std::uint32_t) {
        if (n++ == 0) back = one_of(w, {"it", "it's", "its", "they", "they're", "that", "this"});
        if (one_of(w, {"also", "plus", "too"})) back = false;
        return !back;
    });
    return back && says_more_than_taste(c, y.b, y.e);
}

// "more complicated and cluttered", "cluttered and confusing": a word of taste joined to a judgment of how the
// thing works is that judgment's company, not taste alone ("cluttered and ugly" is taste twice).
bool beside_function(Context const& c, Hit const& h) {
    auto const tasteful = [&](Hit const& o) {
        return std::ranges::any_of(c.hits, [&](Hit const& t) {
            return (t.lex == Lex::taste || t.lex == Lex::visual || t.lex == Lex::illegit_aesthetic) &&
                   overlaps(t.begin, t.end, o.begin, o.end);
        });
    };
    for (auto const& o : c.hits) {
        if (o.lex != Lex::judgment || overlaps(o.begin, o.end, h.begin, h.end) || tasteful(o)) continue;
        // "<o> and <h>" or "<h> and <o>", with at most the joining word between.
        auto const [b, e] = o.end <= h.begin ? std::pair{o.end, h.begin} : std::pair{h.end, o.begin};
        if (e < b || e - b > 6) continue;
        auto const between = c.s.substr(b, e - b);
        if (between == " and " || between == " or " || between == ", ") return true;
    }
    return false;
}

// "look at the onboarding flow", "look into it": the verb of examining, not a thing's looks.
bool examining(Context const& c, Hit const* h) {
    // motive15: "I have looked at your code and I like it": the taste lexicon's "looked" examines too.
    if (h == nullptr || !((h->lex == Lex::visual && c.s.substr(h->begin, h->end - h->begin) == "look") ||
                          (h->lex == Lex::taste && c.s.substr(h->begin, h->end - h->begin) == "looked")))
        return false;
    bool at = false;
    words_after(c.s, h->end, static_cast<std::uint32_t>(c.s.size()), 1, [&](std::string_view w, std::uint32_t) {
        at = one_of(w, {"at", "into", "over", "through", "for"});
        return true;
    });
    return at;
}

// A reason given or taste conceded near `h` ("I prefer spaces, but I'm not precious"), not a dressing.
bool reasoned(Context const& c, Hit const& h) {
    if (explained_after(c, h)) return true;
    auto const at = sentence_index(c, h.begin);
    for (auto const& o : c.hits) {
        if (o.lex != Lex::reason_cue || c.in_quote(o.begin, o.end) || sentence_index(c, o.begin) != at) continue;
        if (!dressing(c, o)) return true;
    }
    return false;
}

// "route every change to the billing module through me", "without asking me": a gate on the writer
// (the gate names the writer) around a change to something.
bool gate_on_changes(Context const& c, Hit const& gate) {
    auto const g = c.s.substr(gate.begin, gate.end - gate.begin);
    bool writer = false;
    words_after(g, 0, static_cast<std::uint32_t>(g.size()), 8, [&](std::string_view w, std::uint32_t) {
        writer = one_of(w, {"me", "my", "us", "our", "i"});
        return writer;
    });
    if (!writer) return false;
    auto const* x = c.sentence_at(gate.begin);
    if (x == nullptr) return false;
    bool change = false;
    words_after(c.s, x->b, x->e, 80, [&](std::string_view w, std::uint32_t) {
        change = one_of(w, {"change", "changes", "changing", "merge", "merging", "merged", "edit", "edits", "editing",
                            "modify", "modifying", "commit", "commits", "pr", "prs", "touch", "touching", "refactor"});
        return change;
    });
    return change;
}

// A wish to keep the thing in sentence `at` or one beside it: "I hope we can keep it", "we should keep them",
// "I'd like to keep my parser" ("keep in mind", "keep an eye on", "keep the tests green" keep nothing of theirs).
bool keep_wished(Context const& c, std::ptrdiff_t at) {
    if (at < 0 || !c.words.may_hold_any(WordBloom::word_hashes({"keep"}))) return false;
    auto const first = std::max<std::ptrdiff_t>(0, at - 1);
    auto const last = std::min<std::ptrdiff_t>(at + 1, static_cast<std::ptrdiff_t>(c.sentences.size()) - 1);
    for (auto j = first; j <= last; ++j) {
        auto const& y = c.sentences[static_cast<std::size_t>(j)];
        std::string_view prev2, prev1;
        bool wished = false, kept = false;
        words_after(c.s, y.b, y.e, 80, [&](std::string_view w, std::uint32_t pos) {
            // "keep it", "keep my parser", "keep Redux" (a name).
            if (wished)
                return kept = one_of(w, {"it", "them", "this", "these", "my", "our", "both", "running", "using"}) ||
                              (!c.shouting && c.orig_byte(pos) >= 'A' && c.orig_byte(pos) <= 'Z'),
                       true;
            wished =
                w == "keep" && (one_of(prev1, {"hope", "should", "want", "like", "rather", "prefer", "let's", "can",
                                               "could", "i'd", "we'd", "to"}) ||
                                one_of(prev2, {"hope", "should", "want", "rather", "i'd", "we'd", "can", "could"}));
            prev2 = prev1;
            prev1 = w;
            return false;
        });
        if (kept) return true;
    }
    return false;
}

// Losing something as the writer's regret or objection ("a shame", "a waste", "I'd hate to see it go",
// "swapping it for the vendor API feels premature"), not as the writer's own plan ("it's time to retire
// it", "I agree we should replace it"): a bare act of removal endorsed right before it is no loss.
bool regretted(Context const& c, Hit const& loss) {
    auto const t = c.s.substr(loss.begin, loss.end - loss.begin);
    auto const stems = {"replac",   "retir", "throw", "scrap", "sunset", "rip",  "kill",
                        "deprecat", "swap",  "start", "bin",   "delet",  "remov"};
    bool const act = !t.contains("shame") && !t.contains("waste") && !t.contains("all that") &&
                     std::ranges::any_of(stems, [&](std::string_view stem) { return t.starts_with(stem); });
    if (!act) return true;
    auto const* x = c.sentence_at(loss.begin);
    if (x == nullptr) return false;
    bool endorsed = false;
    words_before(c.s, x->b, loss.begin, 4, [&](std::string_view w, std::uint32_t) {
        if (one_of(w, {"not", "don't", "dont", "never", "why", "shame", "hate", "rather", "sad", "waste"})) return true;
        // "I'd replace it with a vendor's", "I propose we retire it": the writer's own proposal.
        endorsed = one_of(w, {"time", "agree", "should", "let's", "lets", "plan", "planning", "happy", "fine", "i'd",
                              "we'd", "i'll", "we'll", "propose", "suggest", "recommend"});
        return endorsed;
    });
    return !endorsed;
}

// "I actually prefer", "I now prefer", "I really liked", "I strongly dislike": the writer's own liking,
// with at most two words between "I" and the verb ("I would like us to" asks, it does not like). The
// range of the verb, or {0, 0}.
constexpr std::string_view liking_keys[] = {"prefer",  "preferred", "like", "liked", "love",  "loved",
                                            "dislike", "disliked",  "hate", "hated", "enjoy", "enjoyed"};
std::pair<std::uint32_t, std::uint32_t> own_liking(Context const& c, Sentence const& x) {
    std::pair<std::uint32_t, std::uint32_t> found{0, 0};
    if (!gated(c, x, g_liking)) return found;
    int since_i = -1;
    bool conceded = false;  // "As much as I love hand-writing CSS, ..."
    std::string_view prev;
    // The word after the one at `at` (empty at the sentence's end).
    auto const next_word = [&](std::uint32_t at, std::string_view w) {
        std::string_view n;
        words_after(c.s, at + static_cast<std::uint32_t>(w.size()), x.e, 1, [&](std::string_view v, std::uint32_t) {
            n = v;
            return true;
        });
        return n;
    };
    words_after(c.s, x.b, x.e, 80, [&](std::string_view w, std::uint32_t at) {
        auto const before = prev;
        if (w == "i") {
            since_i = 0;
            conceded = one_of(prev, {"as", "although", "though", "while", "whilst"});
            prev = w;
            return false;
        }
        prev = w;
        if (since_i < 0) return false;
        // "I feel like the redesign won't work": a comparison, not a liking.
        bool const simile =
            w == "like" && one_of(before, {"feel", "feels", "felt", "look", "looks", "seems", "sounds"});
        if (!simile && one_of(w, {"prefer", "preferred", "like", "liked", "love", "loved", "dislike", "disliked",
                                  "hate", "hated", "enjoy", "enjoyed"})) {
            // "I like to notify all maintainers" likes a habit, not a look.
            auto const next = at + w.size() + 1;
            bool const habit = next + 3 <= x.e && c.s.substr(next, 3) == "to ";
            if (!conceded && !habit) found = {at, at + static_cast<std::uint32_t>(w.size())};
            return true;
        }
        // "I just don't like the new sidebar": a dislike, said with a negation.
        // ("I don't love where the redesign is heading" doubts a direction, not a look.)
        if (one_of(w, {"don't", "didn't"}) && since_i >= 0 && next_word(at, w) == "like") {
            auto const like_at = static_cast<std::uint32_t>(c.s.find("like", at));
            if (!one_of(next_word(like_at, "like"), {"where", "when", "what", "that", "having", "it's", "to"}))
                return false;
        }
        if (one_of(w, {"would", "should", "could", "will", "might", "don't", "didn't", "do", "did"}) || ++since_i > 2)
            since_i = -1;
        return false;
    });
    return found;
}

// Taste shown as praise in a thank-you ("I like the new colours a lot! Thanks") is no reason to push back.
bool praise_only(Context const& c) {
    if (!c.has(Lex::thanks) || c.has(Lex::objection)) return false;
    return c.s.find(" but ") == std::string_view::npos;
}

// A preference said of someone else ("he takes the changes personally", "they prefer the old one").
bool someone_elses(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    bool other = false;
    words_before(c.s, x->b, h.begin, 8, [&](std::string_view w, std::uint32_t) {
        other = one_of(w, {"he", "she", "they", "his", "her", "their", "someone", "people"});
        return other;
    });
    return other;
}

// A proposal to adopt or rewrite in a technology within `spread` sentences of `h`.
Hit const* proposal_near(Context const& c, Hit const& h, std::ptrdiff_t spread) {
    if (auto const* o = near(c, h, Lex::adopt_verb, spread)) return o;
    return near(c, h, Lex::tech, spread);
}

// ---- Constructions (issue 12, coaching dev10): a clause's shape, not a phrase. ----

// The writer's own words of sentence `x` (quoted words left out) as views with their positions, first first;
// read once per sentence of `c` (Context::sentence_words).
SentenceWords const& words_of(Context const& c, Sentence const& x) {
    if (c.sentence_words.size() != c.sentences.size()) c.sentence_words.assign(c.sentences.size(), {});
    std::less<> const before;
    bool const own = !before(&x, c.sentences.data()) && before(&x, c.sentences.data() + c.sentences.size());
    // Every sentence the constructions read is one of `c.sentences`; any other is read afresh.
    thread_local std::vector<std::pair<std::string_view, std::uint32_t>> other;
    auto& out = own ? c.sentence_words[static_cast<std::size_t>(&x - c.sentences.data())] : (other.clear(), other);
    if (out.empty())
        words_after(c.s, x.b, x.e, 200, [&](std::string_view w, std::uint32_t at) {
            if (!c.in_quote(at, at + static_cast<std::uint32_t>(w.size()))) out.emplace_back(w, at);
            return false;
        });
    return out;
}

constexpr std::string_view role_words[] = {"product", "design", "sales", "marketing", "management", "leadership", "ux",
                                           "po",      "pm",     "pms",   "owner",     "client",     "customer"};

// A team named as the people behind a decision ("product can't be bothered", "design never checks"): a
// subject only, at a clause's start.
bool role_subject(std::string_view w) {
    static WordSet const set{role_words};

    return set.contains(w);
}

// A person or a role as the subject of the clause starting at word `i`: "Rafaela", "the PM", "our product
// owner", "this developer", "you", a mention.
bool subject_at(Context const& c, std::vector<std::pair<std::string_view, std::uint32_t>> const& ws, std::size_t i) {
    auto const [w, at] = ws[i];
    // "None of you are clueless", "neither of them is lazy": the subject is no one (learn13).
    if (i >= 2 && ws[i - 1].first == "of" && one_of(ws[i - 2].first, {"none", "neither"})) return false;
    // "the platform team", "their team": a team not the writer's own ("our team", "my team" are the writer).
    if (w == "team" || w == "teams")
        return i > 0 && !one_of(ws[i - 1].first, {"my", "our", "a", "an", "whole", "entire", "same", "one"});
    if (person_subject(c, w, at)) return !one_of(w, {"people", "someone", "somebody", "whoever"});
    if (!role_subject(w)) return false;
    // "product" opens the clause, follows a determiner ("the product owner", "our PM"), or comes right before
    // what it does ("i swear product has the attention span of a goldfish").
    auto const next = i + 1 < ws.size() ? ws[i + 1].first : std::string_view{};
    return i == 0 || one_of(ws[i - 1].first, {"the", "our", "their", "this", "that", "your"}) ||
           (c.sentence_at(at) != nullptr && c.sentence_at(at)->b == at) ||
           one_of(next, {"has", "is", "never", "can't", "doesn't", "keeps", "only", "just", "always", "won't"});
}

constexpr std::string_view verdict_words[] = {
    "liar",      "liars",         "annoyance",     "vicious",        "slanderous",  "argumentative", "dishonest",
    "lazy",      "incompetent",   "clueless",      "hopeless",       "rude",        "arrogant",      "selfish",
    "toxic",     "hostile",       "condescending", "unprofessional", "egomaniacal", "egotistical",   "delusional",
    "ignorant",  "careless",      "sloppy",        "spineless",      "petty",       "childish",      "insufferable",
    "incapable", "unqualified",   "dense",         "dumb",           "stupid",      "idiot",         "fool",
    "clown",     "bully",         "dictator",      "hypocrite",      "troll",       "menace",        "amateur",
    "fraud",     "irresponsible", "unreliable",    "untrustworthy",  "negligent",   "exhausting",    "useless",
    "pathetic",  "lying",         "manipulative",  "entitled",       "stubborn",    "defensive",     "obnoxious"};

// What a person is, said as a verdict on their character or competence ("a vicious, argumentative liar",
// "lazy", "out of his depth", "an annoyance"); a thing can't take most of these.
bool verdict_word(std::string_view w) {
    static WordSet const set{verdict_words};

    return set.contains(w);
}

// "a failed engineer", "a glorified spreadsheet jockey", "a so-called architect": a person (a role, a trade) named
// with a word that disparages them as one.
bool disparaged_person(std::string_view adjective, std::string_view noun) {
    static WordSet const adjectives{std::initializer_list<std::string_view>{
        "failed", "glorified", "wannabe", "so-called", "useless", "lousy", "mediocre", "terrible", "awful", "horrible",
        "incompetent", "clueless", "bad"}};
    static WordSet const nouns{std::initializer_list<std::string_view>{
        "engineer", "engineers", "architect", "architects", "pm",         "pms",      "person",
        "intern",   "interns",   "secretary", "middleman",  "babysitter", "salesman", "leader",
        "leaders",  "jockey",    "manager",   "managers",   "product",    "team",     "lead"}};
    return adjectives.contains(adjective) && (person_word(noun) || nouns.contains(noun));
}

// "X is/are/'s (just|simply|clearly …) (a|an) <verdict>", "X is not competent", "X is out of his depth",
// "you've done little more than serve as an annoyance": a person's character or competence judged, with
// the person as the clause's subject.
constexpr std::string_view verdict_keys[] = {
    "bad",   "terrible", "horrible",    "awful",    "rude",   "inept",     "competent", "capable",   "qualified",
    "fit",   "able",     "equipped",    "depth",    "failed", "glorified", "wannabe",   "so-called", "useless",
    "lousy", "mediocre", "incompetent", "clueless", "shown",  "proven",    "proved",    "showed"};
bool verdict_on_person(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_verdict)) return false;
    auto const& ws = words_of(c, x);
    auto const people = [](std::string_view w) {
        return one_of(w, {"people", "person", "human", "humans", "developers", "developer", "maintainers", "maintainer",
                          "programmers", "engineers", "guy", "guys", "man", "woman", "dude"});
    };
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first, next = ws[i + 1].first;
        // "are bad people", "this rude person", "an incompetent maintainer": a verdict on someone as a person.
        if ((verdict_word(w) || one_of(w, {"bad", "terrible", "horrible", "awful", "rude", "inept"})) && people(next) &&
            (i == 0 || !one_of(ws[i - 1].first, {"not", "no", "never"})))
            return true;
        // "for being lazy and incompetent": what someone is being, said as a verdict.
        if (w == "being" && (verdict_word(next) || next == "inept")) return true;
        // "your egomaniacal screed": a verdict on someone's work that names their character.
        if (one_of(w, {"your", "his", "her", "their"}) &&
            one_of(next,
                   {"egomaniacal", "egotistical", "arrogant", "condescending", "lazy", "incompetent", "dishonest"}))
            return true;
    }
    for (std::size_t i = 0; i < ws.size(); ++i) {
        // Asked: "are you dumb?", "is he really that clueless?".
        if (one_of(ws[i].first, {"are", "is", "were", "was"}) && i + 2 < ws.size() && person_word(ws[i + 1].first)) {
            for (std::size_t k = i + 2; k < ws.size() && k < i + 5; ++k)
                if (verdict_word(ws[k].first) || ws[k].first == "inept") return true;
        }
        if (!subject_at(c, ws, i)) continue;
        auto const subj = ws[i].first;
        std::size_t j = i + 1;
        // The verb that makes the rest a predicate of the subject, or a contracted one ("he's", "you're").
        bool copula = one_of(subj, {"he's", "she's", "you're", "they're", "youre", "hes", "shes", "theyre"}) ||
                      (subj.ends_with("'s") && !one_of(subj, {"it's", "that's", "what's", "there's", "here's"}));
        for (int skip = 0; !copula && j < ws.size() && skip < 6; ++skip, ++j) {
            auto const w = ws[j].first;
            if (one_of(w, {"is", "are", "was", "were", "am", "seems", "seem", "acts", "acted", "remains", "sounds",
                           "serve", "serves", "served", "been", "gets", "got", "getting", "being"})) {
                copula = true;
                ++j;
                break;
            }
            if (!one_of(w, {"just", "simply", "clearly",   "obviously", "really",     "honestly", "frankly", "has",
                            "have", "done",   "little",    "more",      "than",       "as",       "like",    "nothing",
                            "but",  "always", "basically", "literally", "apparently", "actually"}))
                break;
        }
        // "you've shown yourself to not be competent", "he has proven himself to be careless": a record made a
        // verdict.
        if (!copula && i + 4 < ws.size() && one_of(ws[i + 1].first, {"shown", "proven", "proved", "showed"}) &&
            one_of(ws[i + 2].first, {"yourself", "himself", "herself", "themselves"}) && ws[i + 3].first == "to") {
            copula = true;
            j = i + 4;
        }
        // "he takes the changes personally, gets very defensive about his code": the predicates of a list share
        // the subject; a later one after a comma is a copula of the same person.
        bool const comma = !copula && c.s.substr(ws[i].second, x.e - ws[i].second).find(',') != std::string_view::npos;
        for (std::size_t k = j; comma && !copula && k < ws.size() && k < i + 16; ++k)
            if (one_of(ws[k].first, {"gets", "is", "seems", "acts", "becomes"}) && ws[k].second >= 2 &&
                c.s[ws[k].second - 2] == ',') {
                copula = true;
                j = k + 1;
            }
        if (!copula) continue;
        bool negated = false;
        for (int k = 0; j < ws.size() && k < 8; ++k, ++j) {
            auto const w = ws[j].first;
            if (one_of(w, {"not", "never", "n't", "hardly"})) negated = true;
            // "is basically a failed engineer", "is a glorified project manager": a person named for what they
            // fail at (a predicate noun that is a person, disparaged).
            if (!negated && j + 1 < ws.size() && disparaged_person(w, ws[j + 1].first)) return true;
            if (!negated && w == "inept") return true;
            if (negated && one_of(w, {"competent", "capable", "qualified", "fit", "able", "equipped"})) return true;
            if (w == "out" && j + 2 < ws.size() && ws[j + 1].first == "of" && ws[j + 2].first == "depth") return true;
            // "out of his depth" ("out of its depth" is said of a thing).
            if (w == "out" && j + 3 < ws.size() && ws[j + 1].first == "of" && ws[j + 3].first == "depth" &&
                ws[j + 2].first != "its")
                return true;
            if (!negated && verdict_word(w)) {
                // "lazy-loading", "dumb terminal": a verdict word that names a thing.
                auto const end = ws[j].second + w.size();
                if (end < c.s.size() && c.s[end] == '-') break;
                return true;
            }
            if (one_of(w, {"but", "because", "so", "and", "if", "when", "that", "which"})) break;
        }
    }
    return false;
}

// "Klaus never bothers to ask", "Folasade has never once opened the app", "Rafaela only cares about the
// demo", "design can't be bothered to check", "does the PM not understand what a transaction is": a
// habit or a motive read into a person, with the person as subject (or, asked, right after the auxiliary).
constexpr std::string_view habit_keys[] = {
    "not",     "even",    "ever",    "never",   "cares",    "care",       "listens",    "keeps",     "kept",
    "don't",   "doesn't", "dont",    "doesnt",  "still",    "bothered",   "refuses",    "refused",   "refuse",
    "clue",    "idea",    "sense",   "respect", "shame",    "attention",  "interested", "concerned", "can't",
    "cant",    "didn't",  "want",    "wanted",  "wants",    "understand", "grasp",      "know",      "answer",
    "respond", "reply",   "replies", "answers", "responds", "review",     "reviews",    "read",      "reads"};
bool habit_of_person(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_habit)) return false;
    auto const& ws = words_of(c, x);
    auto const at = [&](std::size_t k) { return k < ws.size() ? ws[k].first : std::string_view{}; };
    for (std::size_t i = 0; i < ws.size(); ++i) {
        bool const subject = subject_at(c, ws, i);
        // Asked: "does the PM not understand", "did you even read", "is she even listening".
        if (one_of(at(i), {"does", "do", "did", "is", "are", "can", "can't", "cant", "won't", "doesn't", "didn't"})) {
            std::size_t k = i + 1;
            if (one_of(at(k), {"the", "our", "your", "this", "that"})) ++k;
            if (k < ws.size() && subject_at(c, ws, k) && one_of(at(k + 1), {"not", "even", "ever"}) &&
                one_of(at(k + 2), {"understand", "know", "read", "listen", "listening", "care", "bother", "think",
                                   "check", "test", "look", "reading", "understanding", "try"}))
                return true;
            // Only a person understands, listens or cares: "does the architect not understand".
            if (k < ws.size() && k > i + 1 && one_of(at(k + 1), {"not", "even"}) &&
                one_of(at(k + 2), {"understand", "listen", "care", "bother", "understanding", "listening"}))
                return true;
        }
        if (!subject) continue;
        // What follows the subject, read from word `k`: the habit, the motive, the duty not done.
        auto const judged = [&](std::size_t from) {
            auto const v1 = at(from), v2 = at(from + 1), v3 = at(from + 2);
            // "never once", "never even", "never bothers", "has never once": a habit judged.
            auto const habitual = [](std::string_view v) {
                return v.size() > 3 && v.ends_with('s') && !v.ends_with("ss") &&
                       !one_of(v, {"was", "has", "is", "does"});
            };
            if (v1 == "never" && (v2 == "once" || v2 == "even" || one_of(v2, {"bothers", "bother"}) || habitual(v2)))
                return true;
            if (one_of(v1, {"has", "have", "had"}) && v2 == "never" && one_of(v3, {"once", "even", "bothered"}))
                return true;
            // "only cares about", "just wants", "only thinks about": a motive read into them.
            if (one_of(v1, {"only", "just"}) && one_of(v2, {"cares", "care", "listens"})) return true;
            // "he keeps spamming this comment", "she kept overriding the estimate": a habit held against someone.
            if (one_of(v1, {"keeps", "kept"}) &&
                one_of(v2, {"spamming", "ignoring", "breaking", "interrupting", "overriding", "blocking", "closing",
                            "deleting", "reverting", "derailing", "dodging", "promising", "bypassing", "trolling"}))
                return true;
            // "you don't answer the issues", "he never replies": a duty someone doesn't do.
            if (one_of(v1, {"don't", "doesn't", "dont", "doesnt", "never"}) &&
                one_of(v2, {"answer", "respond", "reply", "replies", "answers", "responds", "review", "reviews",
                            "listen", "listens", "read", "reads"}))
                return true;
            // "you still haven't learned", "he still doesn't understand".
            if (v1 == "still" && one_of(v2, {"haven't", "hasn't", "doesn't", "don't", "can't"}) &&
                one_of(v3, {"learned", "learnt", "understood", "understand", "figured", "grasped", "read", "get"}))
                return true;
            // "can't be bothered", "couldn't be bothered", "refuses to".
            if (one_of(v1, {"can't", "cant", "couldn't", "won't"}) && v2 == "be" && v3 == "bothered") return true;
            // "refuses to learn", "refused to answer" (a browser "refuses to load" a script: a thing, not a will).
            if (one_of(v1, {"refuses", "refused", "refuse"}) && v2 == "to" &&
                one_of(v3, {"learn", "listen", "read", "answer", "admit", "accept", "talk", "engage", "budge",
                            "consider", "reply", "respond", "acknowledge", "discuss", "compromise"}))
                return true;
            // "has the attention span of a goldfish", "has zero clue".
            // Not the people the product serves, lost in it ("The customer has no idea where the export button went":
            // a usability finding), nor thanks ("You have no idea how much this helps").
            bool const lacks = one_of(v2, {"zero", "no"}) &&
                               one_of(v3, {"clue", "idea", "sense", "respect", "shame"}) &&
                               !served_people(at(from - 1)) && !thanks_how(at(from + 3), at(from + 4));
            if (one_of(v1, {"has", "have"}) && ((v2 == "the" && v3 == "attention") || lacks)) return true;
            // "you don't seem to understand", "he doesn't even know what he's doing", "they can't tell a bug from a
            // feature": understanding denied to a person ("Sam doesn't know about the limit yet" is news, not a
            // verdict).
            bool const denies = one_of(v1, {"don't", "doesn't", "dont", "doesnt", "didn't", "can't", "cant"});
            if (denies && !std::ranges::any_of(ws, [](auto const& p) { return one_of(p.first, {"yet", "about"}); })) {
                std::size_t n = from + 1;
                if (one_of(at(n), {"seem", "seems"}) && at(n + 1) == "to") n += 2;
                if (one_of(at(n), {"even", "really", "actually", "ever"})) ++n;
                if (one_of(at(n), {"understand", "grasp", "care"})) return true;
                // "doesn't know how to do anything", "doesn't know what he's doing" ("you don't know how many times
                // this helped me" is thanks).
                auto const what = at(n + 1), then = at(n + 2);
                if (at(n) == "know" &&
                    ((what == "how" && then == "to") || (what == "the" && then == "difference") || what == "anything" ||
                     (what == "what" &&
                      (then.ends_with("'re") || then.ends_with("'s") || at(n + 3) == "doing" || at(n + 4) == "doing"))))
                    return true;
            }
            // "cares more about a pretty chart than …", "seems more interested in looking busy than in …": a motive
            // read into a person, weighed against what they should care about.
            for (std::size_t m = from; m < from + 4 && m + 1 < ws.size(); ++m)
                if (at(m) == "more" && one_of(at(m + 1), {"interested", "about", "concerned"}) &&
                    std::ranges::any_of(ws.begin() + static_cast<std::ptrdiff_t>(m), ws.end(),
                                        [](auto const& p) { return p.first == "than"; }))
                    return true;
            // "simply did not want to help", "doesn't want to listen": unwillingness read into someone.
            std::size_t u = ws.size();
            if (v2 == "not" && one_of(v1, {"did", "does", "do"}))
                u = from + 2;
            else if (denies || v1 == "won't" || v1 == "never")
                u = from + 1;
            if (u < ws.size() && one_of(at(u), {"want", "wants", "wanted"}) && at(u + 1) == "to" &&
                one_of(at(u + 2), {"help", "listen", "cooperate", "engage", "hear", "learn", "support", "compromise"}))
                return true;
            return false;
        };
        if (judged(i + 1)) return true;
        // Between the subject and its verb: a relative pronoun ("PMs that have no idea what they're doing") or
        // an adverb ("Kenji just doesn't read the queue", "your lead clearly doesn't care").
        static WordSet const adverbs{std::initializer_list<std::string_view>{
            "just", "simply", "clearly", "obviously", "really", "honestly", "even", "basically", "literally",
            "apparently", "actually", "seriously"}};
        std::size_t k = i + 1;
        if (one_of(at(k), {"that", "who"}) && !one_of(ws[i].first, {"you", "he", "she", "they", "him", "her", "them"}))
            ++k;
        while (k < i + 4 && adverbs.contains(at(k))) ++k;
        if (k != i + 1 && judged(k)) return true;
    }
    return false;
}

// "please stop spamming issues like this", "Mauro, shut up": an order to stop what someone is, not does.
constexpr std::string_view stop_keys[] = {"stop", "shut"};
bool told_to_stop(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_stop)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first, next = ws[i + 1].first;
        if (w == "stop" && one_of(next, {"spamming", "trolling", "whining", "harassing", "bullying", "lying",
                                         "shouting", "yelling", "complaining", "crying", "begging"}))
            return true;
        if (w == "shut" && (next == "up" || (i + 3 < ws.size() && ws[i + 3].first == "up"))) return true;
    }
    return false;
}

// "the problem isn't the plan, it's Henrik", "tbh the issue is Marco": the person named as the problem.
constexpr std::string_view problem_keys[] = {"problem", "issue"};
bool person_as_problem(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_problem)) return false;
    auto const t = sentence_text(c, x);
    if (!has_any(c, t, {"the problem", "the issue", "the real problem", "the real issue"})) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"is", "it's", "was"})) continue;
        auto const [w, at] = ws[i + 1];
        auto const end = at + w.size();
        bool const last = i + 2 == ws.size() || (end < c.s.size() && (c.s[end] == '.' || c.s[end] == ','));
        if (last && person_subject(c, w, at) && !one_of(w, {"it", "this", "that", "people"})) return true;
    }
    return false;
}

// What a person has that a verdict can name: their sanity, ego, attitude, competence, tone.
constexpr std::string_view faculty_words[] = {
    "sanity",    "ego",           "attitude",     "arrogance",    "manners",      "competence", "incompetence",
    "laziness",  "intelligence",  "behavior",     "behaviour",    "tone",         "insults",    "abuse",
    "lies",      "gatekeeping",   "preciousness", "stubbornness", "rudeness",     "ignorance",  "defensiveness",
    "hostility", "condescension", "entitlement",  "negligence",   "carelessness", "sloppiness"};

// "made me question his sanity", "the attitude of the maintainer", "your ego": a person's faculties or
// manner held up, by a possessive or an "of" naming them.
bool faculty_of_person(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_faculty)) return false;  // keys: faculty_words
    auto const& ws = words_of(c, x);
    static WordSet const faculties{faculty_words};
    auto const faculty = [](std::string_view w) { return faculties.contains(w); };
    auto const member = [](std::string_view w) {
        return person_word(w) || one_of(w, {"member", "members", "moderator", "staff", "admin", "maintainers"});
    };
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const [w, at] = ws[i];
        bool const owner = one_of(w, {"his", "her", "their", "your"}) ||
                           (w.ends_with("'s") && person_subject(c, w, at) &&
                            !one_of(w, {"it's", "that's", "what's", "there's", "here's", "let's", "who's"}));
        if (owner && faculty(ws[i + 1].first)) return true;
        // "the attitude of the maintainer", "the behavior of one its board members".
        if (faculty(w) && ws[i + 1].first == "of")
            for (std::size_t k = i + 2; k < ws.size() && k < i + 7; ++k)
                if (member(ws[k].first)) return true;
        // "I gave up on him having any vestiges of sanity left" (a "sanity check" is a test, not a verdict).
        if (w == "sanity" && i + 1 < ws.size() && !one_of(ws[i + 1].first, {"check", "checks", "test", "tests"}))
            for (std::size_t k = i > 5 ? i - 5 : 0; k < i; ++k)
                if (one_of(ws[k].first, {"him", "her", "them", "you", "his", "their", "your"})) return true;
    }
    return false;
}

// Thanks for an imposition ("Thank you so much for the surprise requirement at 6pm, exactly what my
// evening needed"), a verdict alone after a risky plan ("Wow, a Friday 5pm deploy. Bold. Very bold."),
// "my favourite part" of what went wrong, "who needs QA anyway": a positive word on a negative event.
constexpr std::string_view imposition_keys[] = {"exactly", "just",      "precisely", "needed",
                                                "day",     "favourite", "favorite",  "anyway"};
bool praise_on_imposition(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_imposition)) return false;
    auto const t = sentence_text(c, x);
    if (has_any(c, t, {"fix", "fixed", "fixing", "resolved", "help", "helping"})) return false;
    bool const imposition =
        has_any(c, t,
                {"surprise", "last-minute", "last minute", "midnight", "friday night", "at 11pm", "at 10pm", "at 9pm",
                 "at 8pm", "at 7pm", "at 6pm", "over the weekend", "on a friday", "extra scope"}) ||
        c.first(Lex::negative, x.b, x.e) != nullptr;
    bool const needed = has_any(c, t, {"exactly what", "just what", "precisely what", "all i needed", "made my day"});
    bool const thanks = c.first(Lex::thanks, x.b, x.e) != nullptr;
    if (thanks && imposition && needed) return true;
    // "my favourite part": of something held up in scare quotes or something going wrong.
    if (has_any(c, t, {"my favourite", "my favorite", "my personal favourite", "my personal favorite"})) {
        int quoted = 0;
        for_scare_quotes(c, x, [&](std::string_view) { ++quoted; });
        auto const ob = c.norm.orig_begin(x.b), oe = c.norm.orig_end(x.e);
        auto const raw = c.orig.substr(ob, oe - ob);
        quoted += raw.find("\xE2\x80\x98") != std::string_view::npos;  // a typographic quote
        if (quoted > 0 || c.first(Lex::negative, x.b, x.e) != nullptr || c.first(Lex::harsh, x.b, x.e) != nullptr ||
            c.first(Lex::insult, x.b, x.e) != nullptr)
            return true;
    }
    // "who needs QA anyway", "QA is overrated anyway".
    if (has_phrase(c, t, "anyway") && has_any(c, t, {"overrated", "who needs", "who cares"})) return true;
    return false;
}

// "So we're rewriting the scheduler *again*? Fantastic, I was getting bored of it working.": praise opening a
// sentence right after one about something going wrong (or coming round again), with nothing fixed.
constexpr std::string_view praise_after_keys[] = {"fantastic", "great",  "wonderful", "perfect", "brilliant",
                                                  "awesome",   "lovely", "excellent", "amazing", "superb"};
bool praise_after_harm(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_praise_after)) return false;
    auto const idx = sentence_index(c, x.b);
    if (idx <= 0 || c.has(Lex::thanks)) return false;
    auto const& ws = words_of(c, x);
    if (ws.empty() || !one_of(ws.front().first, {"fantastic", "great", "wonderful", "perfect", "brilliant", "awesome",
                                                 "lovely", "excellent", "amazing", "superb"}))
        return false;
    auto const& prev = c.sentences[static_cast<std::size_t>(idx - 1)];
    auto const pt = sentence_text(c, prev);
    if (has_any(c, pt, {"fix", "fixed", "resolved", "shipped", "done", "works"})) return false;
    // "Mia never reads the specs and then acts surprised. Great PM.": a short verdict of praise after a person judged.
    if (ws.size() <= 3 && (habit_of_person(c, prev) || verdict_on_person(c, prev))) return true;
    return c.first(Lex::negative, prev.b, prev.e) != nullptr;
}

// "truly a masterclass in planning", "10/10 planning, truly", "such a triumph": acclaim with an intensifier, in a
// message that thanks no one ("Thanks, truly a masterclass in incident write-ups" is meant; "the talk was a
// masterclass in API design" has no intensifier).
bool mock_acclaim(Context const& c, Sentence const& x) {
    if (!c.words.may_hold_any(WordBloom::word_hashes({"truly", "such", "absolute", "absolutely", "real"})))
        return false;
    if (c.has(Lex::thanks)) return false;
    auto const& ws = words_of(c, x);
    auto const t = sentence_text(c, x);
    bool intense = false, acclaim = t.contains("10/10") || t.contains("11/10");
    for (auto const& [w, at] : ws) {
        intense = intense || one_of(w, {"truly", "such", "absolute", "absolutely", "real"});
        acclaim = acclaim || one_of(w, {"masterclass", "masterpiece", "triumph", "marvel", "genius", "tour", "feat"});
    }
    return intense && acclaim;
}

// A sentence that is a verdict and nothing else: "Bold.", "Very bold.", "Brilliant.", "Genius."
constexpr std::string_view verdict_shape_keys[] = {"bold",      "brave",     "daring",   "brilliant", "genius",
                                                   "stellar",   "visionary", "inspired", "lovely",    "fantastic",
                                                   "wonderful", "classic",   "easy",     "trivial"};
bool verdict_shape(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_verdict_shape)) return false;
    auto const& ws = words_of(c, x);
    if (ws.empty() || ws.size() > 3 || x.question()) return false;
    bool adjective = false;
    for (auto const& [w, at] : ws) {
        if (one_of(w, {"bold", "brave", "daring", "brilliant", "genius", "stellar", "visionary", "inspired", "lovely",
                       "fantastic", "wonderful", "classic", "easy", "trivial"}))
            adjective = true;
        // "Bold move.", "Brave choice.": the verdict's noun after it.
        else if (!(adjective && one_of(w, {"move", "choice", "call", "strategy"})) &&
                 !one_of(w, {"very", "so", "truly", "really", "just", "how", "simply"}))
            return false;
    }
    return adjective;
}

// A verdict alone right after a sentence that opens with "wow"/"oh" or says what went wrong ("Wow, a Friday
// 5pm deploy of the pricing engine. Bold. Very bold."; a run of verdicts counts as one), in a message that
// thanks no one and fixes nothing.
bool verdict_alone(Context const& c, Sentence const& x) {
    // Praise for "whoever" did it is praise for no one ("Kudos to whoever scheduled the freeze during the sale").
    bool const anonymous = has_phrase(c, c.s, "whoever");
    if (!verdict_shape(c, x) || (c.has(Lex::thanks) && !anonymous) ||
        has_any(c, c.s, {"fix", "fixed", "outstanding", "apolog"}))
        return false;
    auto idx = sentence_index(c, x.b) - 1;
    for (int run = 0; idx >= 0 && run < 3 && verdict_shape(c, c.sentences[static_cast<std::size_t>(idx)]); ++run) --idx;
    if (idx < 0) return false;
    auto const& prev = c.sentences[static_cast<std::size_t>(idx)];
    // "Easy." after a list of work ("just the 120 GUI changes, the rollback, 58 bugs …"); after one thing it is
    // meant ("Oh, that's just the feature flag. Easy.").
    if (has_any(c, sentence_text(c, x), {"easy", "trivial"}) &&
        std::count(c.s.begin() + prev.b, c.s.begin() + prev.e, ',') < 2)
        return false;
    bool opening = false;
    words_after(c.s, prev.b, prev.e, 1, [&](std::string_view w, std::uint32_t) {
        opening = one_of(w, {"oh", "wow", "ah", "yeah"}) ||
                  (anonymous && one_of(w, {"congrats", "congratulations", "kudos", "bravo", "thanks"}));
        return true;
    });
    return opening || c.first(Lex::negative, prev.b, prev.e) != nullptr;
}

// A chief officer by its acronym ("CISO", "CPO", "CDO"), or a head named in another language ("o diretor de
// produto"): an authority the lexicon's English list does not spell.
bool authority_word(Context const& c, std::string_view w, std::uint32_t at) {
    if (w.size() >= 3 && w.size() <= 4 && w.front() == 'c' && w.back() == 'o' && c.orig_byte(at) == 'C' &&
        c.orig_byte(at + 1) >= 'A' && c.orig_byte(at + 1) <= 'Z')
        return true;
    return one_of(w, {"diretor", "diretora", "directeur", "directrice", "direktor", "direktorin", "jefe", "jefa",
                      "gerente", "chefe", "supervisor", "superior", "skip-level",
                      // flags17: the top of a line outside tech's titles ("my grandboss", "the provost's office").
                      "grandboss", "grand-boss", "provost", "dean", "superintendent", "chancellor", "president"});
}

// The writer's move to an authority the lexicon does not list: a ladder verb, then within six words an
// authority word ("I'm taking it to the CISO myself", "Já mandei email para o diretor de produto").
Hit const* toward_other_authority(Context const& c, Hit const& verb) {
    if (!writers_move(c, verb)) return nullptr;
    auto const* x = c.sentence_at(verb.begin);
    if (x == nullptr) return nullptr;
    bool found = false;
    words_after(c.s, verb.end, x->e, 6,
                [&](std::string_view w, std::uint32_t at) { return found = authority_word(c, w, at); });
    return found ? &verb : nullptr;
}

// "I have your boss's email address, and … I'm prepared to cc him on everything": the move's object a pronoun
// ("him", "her") whose antecedent is an authority named before it, in the sentence or the one before.
Hit const* authority_referred(Context const& c, Hit const& verb) {
    if (!writers_move(c, verb)) return nullptr;
    if (auto const at = sentence_index(c, verb.begin);
        at > 0 && at_their_request(c, c.sentences[static_cast<std::size_t>(at - 1)]))
        return nullptr;
    bool pronoun = false;
    words_after(c.s, verb.end, static_cast<std::uint32_t>(std::min<std::size_t>(c.s.size(), verb.end + 12)), 1,
                [&](std::string_view w, std::uint32_t) {
                    return pronoun = one_of(w, {"him", "her"});
                });
    if (!pronoun) return nullptr;
    auto const at = sentence_index(c, verb.begin);
    for (auto const& h : c.hits) {
        if (h.lex != Lex::authority || h.begin >= verb.begin || c.in_quote(h.begin, h.end)) continue;
        if (auto const j = sentence_index(c, h.begin); j == at || j + 1 == at) return &h;
    }
    return nullptr;
}

// The person concerned bypassed by the writer's move: "so he can kill it before Lindiwe even presents it",
// "no point in going through product first", "didn't loop Chen in", "not to them", "instead of talking
// to her". A ladder verb of the writer's in the sentence (or the one before) makes it a move.
constexpr std::string_view bypass_keys[] = {"point",   "instead", "rather", "without",  "loop",  "looped",
                                            "looping", "not",     "behind", "skipping", "before"};
bool bypasses_person(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_bypass)) return false;
    auto const t = sentence_text(c, x);
    bool const bypass = has_any(c, t,
                                {"no point in going through",
                                 "no point going through",
                                 "no point in talking to",
                                 "instead of talking to",
                                 "instead of going to",
                                 "instead of asking",
                                 "rather than talking to",
                                 "rather than going to",
                                 "rather than asking",
                                 "rather than going through",
                                 "without looping",
                                 "without telling",
                                 "didn't loop",
                                 "haven't looped",
                                 "not looping",
                                 "not to them",
                                 "not to him",
                                 "not to her",
                                 "behind their back",
                                 "skipping the back and forth"}) ||
                        [&] {
                            // "before Lindiwe even presents it", "before he even sees it".
                            auto const& ws = words_of(c, x);
                            for (std::size_t i = 0; i + 2 < ws.size(); ++i)
                                if (ws[i].first == "before" && person_subject(c, ws[i + 1].first, ws[i + 1].second) &&
                                    ws[i + 2].first == "even")
                                    return true;
                            return false;
                        }();
    if (!bypass) return false;
    auto const at = sentence_index(c, x.b);
    for (auto const& h : c.hits)
        if ((h.lex == Lex::ladder_verb || h.lex == Lex::ladder) && !c.in_quote(h.begin, h.end)) {
            auto const j = sentence_index(c, h.begin);
            if ((j == at || j + 1 == at) && writers_move(c, h, false)) return true;
        }
    // "Raising the quota change at the leadership sync, no point in going through the PM first": a verb of
    // taking something somewhere, the writer's.
    bool moves = false;
    for (auto const& [w, pos] : words_of(c, x))
        moves = moves || one_of(w, {"raise", "raising", "raised", "take", "taking", "took", "bring", "bringing",
                                    "brought", "send", "sending", "sent", "forward", "forwarding", "forwarded", "pitch",
                                    "pitching", "escalate", "escalating"});
    return moves;
}

// "Taking the vendor contract to the CPO tomorrow", "bringing the rollout plan to her director": a verb of
// taking something, its object, then "to" an authority.
constexpr std::string_view taken_keys[] = {"take",      "taking",   "took",       "bring",   "bringing",
                                           "brought",   "send",     "sending",    "forward", "forwarding",
                                           "forwarded", "escalate", "escalating", "pitch",   "pitching"};
bool taken_to_authority(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_taken)) return false;
    // Looked up by hash: every word of every sentence is tested against these.
    static WordSet const moves{std::initializer_list<std::string_view>{
        "take", "taking", "took", "bring", "bringing", "brought", "send", "sending", "forward", "forwarding",
        "forwarded", "escalate", "escalating", "pitch", "pitching"}};
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        if (!moves.contains(ws[i].first)) continue;
        // ... nor someone else's move told ("She took it straight to the VP"), nor the addressee's own rung ("you'll
        // bring the numbers to the leadership review").
        if (word_before(
                c, ws[i].second, 1,
                {"when", "while", "before", "after", "how", "said", "to", "he", "she", "they", "you", "you'll"}))
            continue;
        for (std::size_t k = i + 1; k + 1 < ws.size() && k <= i + 7; ++k) {
            if (ws[k].first != "to") continue;
            auto n = k + 1;
            if (one_of(ws[n].first, {"the", "our", "their", "your", "his", "her", "a"}) && n + 1 < ws.size()) ++n;
            // "Escalate the Q3 scope to your director if ...": the reader sent to their own rung (reader_sent_up).
            if (ws[n - 1].first == "your" && reader_sent_up(c, ws[i].second)) break;
            auto const [w, at] = ws[n];
            if (authority_word(c, w, at) || one_of(w, {"director", "vp", "cto", "ceo", "cpo", "leadership", "execs"}))
                return true;
            break;
        }
    }
    return false;
}

// "escalated to SEV-1", "escalates to the secondary", "escalate to the vendor's support": escalation in the
// technical sense, to a severity, a tier or a rota, not over a person.
bool technical_escalation(Context const& c, Hit const& h) {
    auto const w = c.s.substr(h.begin, h.end - h.begin);
    if (!w.starts_with("escalat")) return false;
    bool technical = false;
    words_after(c.s, h.end, static_cast<std::uint32_t>(std::min<std::size_t>(c.s.size(), h.end + 40)), 3,
                [&](std::string_view v, std::uint32_t) {
                    technical =
                        v.starts_with("sev") ||
                        one_of(v, {"p0", "p1", "p2", "p3", "tier", "level", "l2", "l3", "secondary", "primary",
                                   "on-call", "oncall", "rota", "support", "vendor", "vendor's", "incident", "pager"});
                    return technical;
                });
    return technical;
}

// Everyone as the audience of the writer's disagreement: "so everyone can hear the answer", "everybody
// should get to see how this was decided", "Just to let everyone know", "in the company-wide channel".
constexpr std::string_view everyone_keys[] = {"company-wide", "org-wide", "all-company", "companywide",
                                              "whole",        "entire",   "everyone",    "everybody"};
bool before_everyone(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_everyone)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (one_of(w, {"company-wide", "org-wide", "all-company", "companywide"})) return true;
        // "so the whole org knows", "the entire company can see".
        if (one_of(w, {"whole", "entire"}) && i + 2 < ws.size() &&
            one_of(ws[i + 1].first, {"org", "company", "department", "division", "engineering", "world"}) &&
            one_of(ws[i + 2].first, {"knows", "sees", "hears", "can", "will", "gets"}))
            return true;
        if (!one_of(w, {"everyone", "everybody"})) continue;
        auto const prev = i > 0 ? ws[i - 1].first : std::string_view{};
        auto const next = i + 1 < ws.size() ? ws[i + 1].first : std::string_view{};
        auto const next2 = i + 2 < ws.size() ? ws[i + 2].first : std::string_view{};
        if (word_before(c, ws[i].second, 4, {"don't", "not", "without", "instead"})) continue;
        // "let everyone know", "so everyone can hear", "for everyone to see", "everybody should get to see".
        if (prev == "let" && next == "know") return true;
        if (prev == "so" && one_of(next, {"can", "sees", "knows", "hears", "will"})) return true;
        if (prev == "for" && next == "to" && one_of(next2, {"see", "hear", "read"})) return true;
        if (one_of(next, {"should", "can", "will"}) &&
            (one_of(next2, {"see", "hear", "know", "get"}) || (i + 3 < ws.size() && ws[i + 3].first == "see")))
            return true;
    }
    return false;
}

// "nobody on the platform team agreed to the Q3 date", "we never signed off": an agreement denied is a
// disagreement, whatever the message's kind.
constexpr std::string_view agreement_keys[] = {"agreed", "agree", "approved", "signed"};
bool agreement_denied(Context const& c) {
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e) || !gated(c, x, g_agreement)) continue;
        auto const& ws = words_of(c, x);
        bool denied_by = false;
        for (auto const& [w, at] : ws) {
            if (one_of(w, {"nobody", "no-one", "never", "didn't", "not"}) ||
                (w == "one" && word_before(c, at, 1, {"no"})))
                denied_by = true;
            if (denied_by && one_of(w, {"agreed", "agree", "approved", "signed"})) return true;
        }
    }
    return false;
}

// Novelty by construction: the proposed technology praised for being new ("a new, modern and safe
// language named Rust", "it's just the future", "the only acceptable nowadays"), the current one dismissed
// for its age ("Ruby feels dated"), or fashion as the reason ("everyone at the conference was talking about
// it", "super cool to be the first team using it").
constexpr std::string_view novelty_keys[] = {"future", "nowadays", "first",   "cool",   "talking", "dated",
                                             "old",    "outdated", "ancient", "legacy", "boring",  "modern",
                                             "shiny",  "trendy",   "hip",     "hyped"};
bool novelty_reason(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_novelty)) return false;
    auto const t = sentence_text(c, x);
    if (has_any(c, t,
                {"the future", "nowadays", "be the first", "the first team", "super cool", "so cool", "would be cool",
                 "talking about it", "everyone is talking", "everybody is talking"}))
        return true;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const [w, at] = ws[i];
        // "<tech> feels dated", "<tech> is old".
        // "<tech> feels so dated", "<tech> looks really old": an intensifier between.
        auto const j = i + 2 < ws.size() && one_of(ws[i + 1].first, {"so", "really", "very", "pretty", "super", "kinda",
                                                                     "quite", "incredibly", "hopelessly"})
                           ? i + 2
                           : i + 1;
        if (one_of(w, {"feels", "looks", "seems", "is"}) &&
            one_of(ws[j].first, {"dated", "old", "outdated", "ancient", "legacy", "boring"}) &&
            c.first(Lex::tech, x.b, at) != nullptr)
            return true;
        // flags17: "React is just so heavy and boring at this point": the age word after a short run of other verdicts.
        if (one_of(w, {"feels", "looks", "seems", "is"}) && c.first(Lex::tech, x.b, at) != nullptr)
            for (std::size_t k = i + 1; k < ws.size() && k <= i + 5; ++k) {
                if (one_of(ws[k].first, {"but", "because", "since", "if", "not", "isn't", "though", "for"})) break;
                if (one_of(ws[k].first, {"dated", "outdated", "ancient", "boring"}) &&
                    one_of(ws[k - 1].first, {"and", "so", "really", "very", "just", "pretty", "super", "kinda"}))
                    return true;
            }
        // "a new, modern … language", "modern and safe".
        if (one_of(w, {"modern", "shiny", "trendy", "hip", "hyped"}) &&
            !negated_after(c, at + static_cast<std::uint32_t>(w.size())))
            return true;
    }
    return false;
}

// Territory by construction: the writer's own code ("code that I maintain") and their refusal of others'
// changes ("I do not want unnecessary changes"), or the writer's role asserted against another's right to
// decide ("I was chief maintainer of this project and you are not so you do not make decisions like this").
constexpr std::string_view territory_keys[] = {"want",  "ok",   "okay",       "territory", "turf",
                                               "chief", "lead", "maintainer", "owner"};
bool territory_claimed(Context const& c, Sentence const& x) {
    if (!gated(c, x, g_territory)) return false;
    auto const t = sentence_text(c, x);
    bool const refuses =
        has_any(c, t, {"i do not want", "i don't want", "i dont want", "not ok with", "not okay with"}) &&
        has_any(c, t, {"changes", "prs", "pull requests", "commits"});
    auto const idx = sentence_index(c, x.b);
    bool mine = c.first(Lex::ownership, x.b, x.e) != nullptr;
    if (!mine && idx > 0) {
        auto const& prev = c.sentences[static_cast<std::size_t>(idx - 1)];
        mine = c.first(Lex::ownership, prev.b, prev.e) != nullptr ||
               has_any(c, sentence_text(c, prev), {"our team's", "my team's", "is ours", "is our"});
    }
    if (refuses && mine) return true;
    // "That's data platform territory", "this is our turf".
    if (has_any(c, t, {"territory", "turf"}) && has_any(c, t, {"that's", "that is", "this is", "it's", "our", "my"}))
        return true;
    bool const role = has_any(
        c, t,
        {"i was chief", "i am chief", "i'm chief", "i was the maintainer", "i am the maintainer", "i'm the maintainer",
         "i was lead", "i am the lead", "i'm the lead", "i was maintainer", "i am the owner", "i'm the owner"});
    return role && has_any(c, t,
                           {"you do not make", "you don't make", "you don't get to", "you do not get to",
                            "not your decision", "not your call", "you do not decide", "you don't decide"});
}

// ---- Constructions (coaching dev12): a clause's shape, read from the sentence's words. ----
// Each first asks the message's word filter (Context::words) for its trigger words, so a message without them
// costs one hash per word instead of a walk over every sentence.

// One of the trigger words may be a word of the message: the word filter asked with their hashes, computed at
// compile time (`any_word(c, WordBloom::word_hashes({"a", "b"}))`, a few instructions per word; false: none is).
template <std::size_t N>
bool any_word(Context const& c, std::array<std::uint32_t, N> const& hashes) {
    return c.words.may_hold_any(hashes);
}

// "I will never trust you to know what is going on", "can't trust him with a release": trust denied to a person.
// "above Carla's pay grade", "beyond his level": a person judged unfit for the decision.
bool above_their_grade(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"above", "beyond"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"above", "beyond"})) continue;
        auto const [w, at] = ws[i + 1];
        bool const owner = one_of(w, {"his", "her", "their", "your"}) ||
                           (w.ends_with("'s") && person_subject(c, w, at) && !one_of(w, {"it's", "that's", "what's"}));
        if (owner && one_of(ws[i + 2].first, {"pay", "paygrade", "level", "competence", "capabilities", "abilities"}))
            return true;
    }
    return false;
}

bool persons_possessive(Context const& c, std::string_view w, std::uint32_t at);

bool trust_denied(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"trust", "believe"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"trust", "believe"})) continue;
        bool negated = false;
        for (std::size_t k = i > 3 ? i - 3 : 0; k < i; ++k)
            negated = negated || one_of(ws[k].first, {"never", "not", "don't", "can't", "cant", "won't", "no", "longer",
                                                      "nobody", "shouldn't", "wouldn't"});
        auto const [w, at] = ws[i + 1];
        if (negated && one_of(w, {"you", "him", "her", "them"}) && person_subject(c, w, at)) return true;
        // "nobody should trust his numbers", "don't believe Dmitri's estimates", "never trust Dmitri": the person,
        // by name or through what is theirs ("don't trust the cache's numbers" denies a thing).
        if (negated && (persons_possessive(c, w, at) || (person_subject(c, w, at) && !person_word(w)))) return true;
    }
    return false;
}

// "Every time Beatriz touches a spec it gets worse", "whenever he gets involved something breaks": harm that
// follows a person as a habit.
bool harm_follows_person(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"whenever", "every"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        std::size_t k = i;
        if (ws[i].first == "every" && ws[i + 1].first == "time")
            k = i + 2;
        else if (ws[i].first == "whenever")
            k = i + 1;
        else
            continue;
        if (k >= ws.size() || !person_subject(c, ws[k].first, ws[k].second) || ws[k].first == "i") return false;
        for (std::size_t m = k + 1; m < ws.size(); ++m)
            if (one_of(ws[m].first, {"worse", "breaks", "broke", "wrong", "slips", "explodes", "dies"})) return true;
        return false;
    }
    return false;
}

// The writer tells the person after the move: "I'll let Wei know afterwards", "will tell Aaron after".
bool told_afterwards(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"afterwards", "afterward", "after", "later"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"tell", "let", "inform", "update", "loop", "fill", "brief"})) continue;
        if (!person_subject(c, ws[i + 1].first, ws[i + 1].second) || one_of(ws[i + 1].first, {"me", "us"})) continue;
        for (std::size_t k = i + 2; k < ws.size() && k <= i + 4; ++k)
            if (one_of(ws[k].first, {"afterwards", "afterward", "after", "later"}) &&
                (k + 1 == ws.size() || one_of(ws[k + 1].first, {"the", "that", "once"})))
                return true;
    }
    return false;
}

// "Not running it past Dana again", "skipping Dana on this one": the person concerned left out, in so many words.
bool person_left_out(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"past", "skipping", "skip", "bypassing", "bypass"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        auto const w = ws[i].first;
        std::size_t k = 0;
        if (one_of(w, {"running", "run", "clearing", "clear"}) && one_of(ws[i + 1].first, {"it", "this", "that"}) &&
            ws[i + 2].first == "past" && i > 0 && one_of(ws[i - 1].first, {"not", "without", "no", "never"}))
            k = i + 3;
        else if (one_of(w, {"skipping", "skip", "bypassing", "bypass"}) && i + 1 < ws.size())
            k = i + 1;
        else
            continue;
        if (k < ws.size() && person_subject(c, ws[k].first, ws[k].second) &&
            !one_of(ws[k].first, {"it", "this", "that", "the"}))
            return true;
    }
    return false;
}

// A group too large for a disagreement: "the whole eng list", "the entire floor", "all 60 of us", "reply all".
bool to_a_crowd(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"all", "whole", "entire"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first, next = ws[i + 1].first;
        if (one_of(w, {"reply", "replying", "replied"}) && next == "all") return true;
        if (one_of(w, {"reply-all", "reply-all'ing"})) return true;
        if (one_of(w, {"whole", "entire"}))
            for (std::size_t k = i + 1; k < ws.size() && k <= i + 4; ++k)
                if (one_of(ws[k].first, {"list", "dl", "distro", "floor", "building", "guild", "org", "company",
                                         "department", "division", "channel"}))
                    return true;
        // "so all 60 of us know", "so all of you can see".
        if (w == "so" && next == "all")
            for (std::size_t k = i + 2; k < ws.size() && k <= i + 6; ++k)
                if (one_of(ws[k].first, {"know", "see", "hear", "sees", "knows"})) return true;
    }
    return false;
}

// "Customers are going to love that.", "Ops will love this.": delight foretold right after what went wrong
// (the sentence before names a mishap, or "zero", "nothing", "nobody"), with nothing fixed.
bool delight_foretold(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"love", "enjoy", "adore"}))) return false;
    auto const& ws = words_of(c, x);
    bool love = false;
    for (std::size_t i = 1; i + 1 < ws.size() && !love; ++i)
        love = one_of(ws[i].first, {"love", "enjoy", "adore"}) && one_of(ws[i + 1].first, {"that", "this", "it"}) &&
               one_of(ws[i - 1].first, {"to", "will", "gonna", "they'll", "you'll", "we'll", "definitely", "surely"});
    if (!love) return false;
    auto const idx = sentence_index(c, x.b);
    if (idx <= 0) return false;
    auto const& prev = c.sentences[static_cast<std::size_t>(idx - 1)];
    auto const pt = sentence_text(c, prev);
    if (has_any(c, pt, {"fix", "fixed", "resolved", "now", "faster"})) return false;
    return c.first(Lex::negative, prev.b, prev.e) != nullptr ||
           has_any(c, pt, {"zero", "nothing", "nobody", "no one", "without"});
}

// My way by construction: the writer's wanting as the measure ("It works just as I want it to"), the writer's own
// proposal declared right ("the approach I proposed is the right one"), or a review waved off on the writer's
// record ("I have 20 years in this … It doesn't need a design review").
bool own_way_asserted(Context const& c, Sentence const& x) {
    // Each of the three shapes has its own words; most messages have none of them.
    bool const wanting = any_word(c, WordBloom::word_hashes({"want", "wanted", "like"})) &&
                         any_word(c, WordBloom::word_hashes({"as", "way", "how"}));
    bool const declared =
        any_word(c,
                 WordBloom::word_hashes({"proposed", "suggested", "designed", "wrote", "built", "picked", "chose"})) &&
        any_word(c, WordBloom::word_hashes({"right", "correct", "better", "best"})) &&
        any_word(c, WordBloom::word_hashes({"approach", "design", "way", "solution", "plan", "version", "proposal"}));
    bool const waved = any_word(c, WordBloom::word_hashes({"years", "built", "done", "written", "shipped"})) &&
                       any_word(c, WordBloom::word_hashes({"need", "skip", "without"}));
    // "We'll do it the way I said, end of discussion": the writer's word, with the discussion closed.
    if (any_word(c, WordBloom::word_hashes({"said", "told", "decided"})) &&
        any_word(c, WordBloom::word_hashes({"discussion", "debate", "story", "final", "period", "arguing"}))) {
        auto const first = static_cast<std::size_t>(sentence_index(c, x.b));
        bool closed = false;
        for (auto k = first; k < c.sentences.size() && k <= first + 1 && !closed; ++k)
            closed = has_any(c, sentence_text(c, c.sentences[k]),
                             {"end of discussion", "end of story", "end of debate", "no more discussion",
                              "not up for debate", "not up for discussion", "final answer", "stop arguing"});
        if (closed && has_any(c, sentence_text(c, x),
                              {"way i said", "as i said", "what i said", "how i said", "way i told", "what i told",
                               "what i decided", "way i decided"}))
            return true;
    }
    if (!wanting && !declared && !waved) return false;
    auto const& ws = words_of(c, x);
    auto const at = [&](std::size_t k) { return k < ws.size() ? ws[k].first : std::string_view{}; };
    for (std::size_t i = 0; (wanting || declared) && i + 2 < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (at(i + 1) != "i") continue;
        // "as I want it", "the way I like it", "how I want it done".
        if (wanting && one_of(w, {"as", "way", "how"}) && one_of(at(i + 2), {"want", "like", "wanted"}) &&
            one_of(at(i + 3), {"it", "them"}))
            return true;
        // "the approach I proposed is the right one", "the design I wrote is correct".
        if (declared && one_of(w, {"approach", "design", "way", "solution", "plan", "version", "proposal"}) &&
            one_of(at(i + 2), {"proposed", "suggested", "wrote", "designed", "built", "picked", "chose"})) {
            for (std::size_t k = i + 3; k < ws.size() && k <= i + 7; ++k)
                if (one_of(at(k), {"right", "correct", "better", "best"})) return true;
        }
    }
    if (!waved) return false;
    // The writer's record, then a check waved off in the same sentence or the next.
    bool record = false;
    for (std::size_t i = 0; i + 2 < ws.size() && !record; ++i)
        record = (at(i) == "i" && one_of(at(i + 1), {"have", "had"}) && at(i + 3) == "years") ||
                 (one_of(at(i), {"i've", "i"}) && one_of(at(i + 1), {"built", "done", "written", "shipped"}) &&
                  one_of(at(i + 2), {"three", "four", "five", "dozens", "many", "several", "a"}) &&
                  has_any(c, sentence_text(c, x), {"of these", "of those"}));
    if (!record) return false;
    auto const first = static_cast<std::size_t>(sentence_index(c, x.b));
    for (auto k = first; k < c.sentences.size() && k <= first + 1; ++k) {
        auto const t = sentence_text(c, c.sentences[k]);
        if (has_any(c, t, {"doesn't need", "don't need", "no need", "not need", "without a", "skip the"}) &&
            has_any(c, t, {"review", "reviews", "discuss", "discussion", "alternatives", "benchmark", "spike", "data"}))
            return true;
    }
    return false;
}

// Territory as exclusivity the writer wants: "I'd rather nobody else works in the sync engine", "I want no one
// else touching the billing code".
bool exclusive_claim(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"nobody", "noone", "one"})) ||
        !any_word(c, WordBloom::word_hashes({"rather", "prefer", "want", "like"})))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"rather", "prefer", "want", "like"}) || (i > 0 && ws[i - 1].first == "don't"))
            continue;
        std::size_t k = i + 1;
        if (!one_of(ws[k].first, {"nobody", "no-one", "noone"}) && !(ws[k].first == "no" && ws[k + 1].first == "one"))
            continue;
        k += ws[k].first == "no" ? 2 : 1;
        if (k < ws.size() && ws[k].first == "else") ++k;
        if (k < ws.size() && one_of(ws[k].first, {"works", "work", "touches", "touch", "touching", "working", "changes",
                                                  "edits", "commits", "merges", "goes"}))
            return true;
    }
    return false;
}

// Novelty as the writer's enjoyment: a port or a rewrite proposed because it would be fun to do ("it would be an
// enjoyable engineering exercise", "I've been dying to try it").
bool enjoyment_reason(Context const& c, Sentence const& x) {
    return has_any(c, sentence_text(c, x),
                   {"enjoyable", "be fun", "so much fun", "dying to try", "love to try", "excited to try",
                    "been wanting to try", "itching to try", "fun to build", "fun to write", "fun project"});
}

// ---- Constructions (the stops18b round): thanks for an imposition badly timed, a person judged by what they
// would have to do, competence questioned. Each asks the word filter first. ----

// "Thanks so much for adding four features the day before code freeze, really appreciate it", "appreciate you
// dropping the spec on us at 5pm on a Friday": thanks for something put on the team, timed against a deadline or
// the end of the week ("Thanks for adding the retry flag before the freeze" names no bad time; "thanks for fixing it
// the night before the demo" is help).
bool thanks_for_bad_timing(Context const& c, Sentence const& x) {
    if (!c.has(Lex::thanks) || !any_word(c, WordBloom::word_hashes({"before", "friday", "weekend", "midnight"})) ||
        c.first(Lex::thanks, x.b, x.e) == nullptr)
        return false;
    auto const& ws = words_of(c, x);
    bool act = false, timing = false;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (one_of(w, {"fix", "fixed", "fixing", "help", "helping", "covering", "staying", "saved", "catching"}))
            return false;
        act = act || one_of(w, {"adding", "dropping", "changing", "moving", "springing", "sneaking", "throwing",
                                "pushing", "dumping", "swapping", "reopening", "scheduling", "booking"});
        // "the day before code freeze", "two hours before the demo", "the night before launch".
        if (w == "before" && i > 0 &&
            one_of(ws[i - 1].first,
                   {"day", "night", "hour", "hours", "minutes", "morning", "evening", "week", "weekend", "right"}))
            for (std::size_t k = i + 1; k < ws.size() && k <= i + 3; ++k)
                timing =
                    timing || one_of(ws[k].first, {"freeze", "demo", "launch", "release", "deadline", "cutoff", "code",
                                                   "go-live", "review", "holiday", "holidays", "vacation"});
        // "at 5pm on a Friday", "on a Friday evening", "over the weekend", "at midnight".
        timing = timing || (w == "friday" && i > 0 && one_of(ws[i - 1].first, {"a", "friday"})) ||
                 (w == "weekend" && i > 0 && ws[i - 1].first == "the" && i > 1 && ws[i - 2].first == "over") ||
                 w == "midnight";
    }
    return act && timing;
}

// "Maybe if product actually talked to users once in a while we wouldn't be building garbage", "if you'd read the
// spec we wouldn't be here": a person or a role judged by what they fail to do, said as what would follow if they
// did ("if the API is slow we wouldn't ship" is a condition on a thing).
bool counterfactual_blame(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"if"})) ||
        !any_word(c, WordBloom::word_hashes({"actually", "ever", "just", "bothered", "once", "even", "had"})) ||
        !any_word(c, WordBloom::word_hashes({"wouldn", "wouldn't", "wouldnt", "would", "we", "we'd"})))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (ws[i].first != "if" || !(subject_at(c, ws, i + 1) || role_subject(ws[i + 1].first)) ||
            one_of(ws[i + 1].first, {"we", "i", "it", "they"}))
            continue;
        // "if product actually talked", "if you'd ever read", "if she just checked".
        bool pointed = false;
        for (std::size_t k = i + 2; k < ws.size() && k <= i + 4; ++k)
            pointed = pointed || one_of(ws[k].first, {"actually", "ever", "just", "bothered", "once", "even"});
        // "If Tom had read the incident report he wouldn't be asking": the person's own omission, in the past
        // perfect, blamed for what they do now.
        bool const omitted = ws[i + 2].first == "had" && i + 3 < ws.size() &&
                             one_of(ws[i + 3].first, {"read", "listened", "checked", "looked", "tested", "bothered",
                                                      "reviewed", "attended", "opened", "paid", "thought",
                                                      // flags17: "If Nina had done her job we wouldn't be scrambling"
                                                      "done", "followed", "prepared", "planned"});
        if (!pointed && !omitted) continue;
        for (std::size_t k = i + 3; k + 1 < ws.size(); ++k)
            if ((one_of(ws[k].first, {"we", "i"}) && one_of(ws[k + 1].first, {"wouldn't", "wouldnt", "would"})) ||
                one_of(ws[k].first, {"we'd", "wouldn't"}) ||
                (omitted && one_of(ws[k].first, {"he", "she", "they", "you"}) &&
                 one_of(ws[k + 1].first, {"wouldn't", "wouldnt"})))
                return true;
    }
    return false;
}

// "Is Jonas even qualified to be making architecture calls?", "she isn't competent to review this": a person's
// competence put in doubt ("is the library even capable of streaming?" asks of a thing).
bool competence_questioned(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"qualified", "competent", "capable", "fit"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 2; i < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"qualified", "competent", "capable", "fit"})) continue;
        auto const doubt = ws[i - 1].first;
        if (!one_of(doubt, {"even", "remotely", "really", "isn't", "aren't", "not", "actually"})) continue;
        for (std::size_t k = i >= 3 ? i - 3 : 0; k < i - 1; ++k)
            if (subject_at(c, ws, k) && !one_of(ws[k].first, {"we", "we're", "i", "i'm", "it", "it's", "us"}) &&
                (doubt == "even" || doubt == "remotely" || x.question() || one_of(doubt, {"isn't", "aren't", "not"})))
                return true;
    }
    return false;
}

// ---- Constructions (coaching dev14-17, the stops18 round): blame, a person singled out, people mistreated,
// possession with exclusion, certainty in place of evidence, a public forum. Each asks the word filter first. ----

bool certainty_for_evidence(Context const& c, Sentence const& x);

// A person's possessive ("your", "his", "Dave's", "the PM's"), not a thing's ("it's") nor no one's ("nobody's").
bool persons_possessive(Context const& c, std::string_view w, std::uint32_t at) {
    if (one_of(w, {"your", "his", "her", "their"})) return true;
    if (!w.ends_with("'s") || one_of(w, {"it's", "that's", "what's", "there's", "here's", "let's", "who's", "nobody's",
                                         "no-one's", "anyone's", "anybody's", "everyone's", "one's", "someone's"}))
        return false;
    return person_subject(c, w, at) || role_subject(w.substr(0, w.size() - 2));
}

// "This is Dave's fault", "it's your fault we slipped", "Marta is to blame", "I blame the PM for this": blame put
// on a person ("not your fault", "nobody's fault", "my fault", "blame the cache" put it on no one).
bool blame_on_person(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes(
                         {"fault", "blame", "blaming", "reason", "why", "because", "anything", "bit", "depended"})))
        return false;
    auto const& ws = words_of(c, x);
    // "Dmitri is the reason this launch is late", "he's why we slipped": a person as the cause of a harm the sentence
    // names ("the vendor is the reason", "Dmitri is the reason we shipped" blame
    // no one).
    auto const harm_after = [&](std::size_t from) {
        for (std::size_t k = from; k < ws.size() && k < from + 8; ++k)
            if (one_of(ws[k].first, {"late", "slipped", "slipping", "behind", "broke", "broken", "failed", "failing",
                                     "missed", "delayed", "blocked", "stuck", "down", "overdue", "lost"}))
                return true;
        return false;
    };
    // A person by name: not a day or a technology, and at a sentence's start (where any noun is capitalised:
    // "Kafka is the reason we're late", "Python can't parse anything") only when the draft speaks of a "he" or a "she".
    bool const pronoun_in_draft =
        any_word(c, WordBloom::word_hashes({"he", "she", "his", "her", "him", "he's", "she's"}));
    auto const named_person = [&](std::size_t i) {
        auto const [w, at] = ws[i];
        // A capitalised word after a determiner or in capitals is a thing ("the vendor API"), not a name.
        bool const name = !person_word(w) && !role_subject(w);
        if (name && ((i > 0 && one_of(ws[i - 1].first, {"the", "a", "an", "this", "that", "our", "their", "my"})) ||
                     (c.orig_byte(at + 1) >= 'A' && c.orig_byte(at + 1) <= 'Z')))
            return false;
        return subject_at(c, ws, i) && (at != x.b || pronoun_in_draft) &&
               std::ranges::none_of(c.hits, [&](Hit const& o) {
                   return (o.lex == Lex::date || o.lex == Lex::tech) && o.begin <= at && o.end > at;
               });
    };
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        bool const named = named_person(i) && one_of(ws[i + 1].first, {"is", "was", "are", "were"});
        bool const pronoun = one_of(ws[i].first, {"he's", "she's", "they're", "you're"});
        auto const k = named ? i + 2 : pronoun ? i + 1 : ws.size();
        if (k >= ws.size()) continue;
        if ((ws[k].first == "why" || (ws[k].first == "the" && k + 1 < ws.size() && ws[k + 1].first == "reason")) &&
            harm_after(k + 1))
            return true;
    }
    // "he can't estimate anything", "Dmitri can't ship anything on time": a person's competence denied outright
    // ("I can't estimate anything until the spec lands" is the writer's own limit).
    for (std::size_t i = 0; i + 3 < ws.size(); ++i)
        if ((named_person(i) || one_of(ws[i].first, {"he", "she", "they"})) &&
            one_of(ws[i + 1].first, {"can't", "cannot", "cant"}) && ws[i + 3].first == "anything" &&
            (i + 4 >= ws.size() || !one_of(ws[i + 4].first, {"until", "before", "without", "unless"})))
            return true;
    // "Our PM couldn't find a bug if it bit him", "she couldn't ship a feature if her life depended on it": competence
    // denied under a mock condition ("if it bit him", "if her life depended on it"; "Priya can't finish the export if
    // the API isn't ready" is a dependency, not a jab).
    for (std::size_t i = 0; i + 4 < ws.size(); ++i) {
        bool const subject = named_person(i) || one_of(ws[i].first, {"he", "she", "they"}) ||
                             (role_subject(ws[i].first) && i > 0 &&
                              one_of(ws[i - 1].first, {"the", "our", "their", "your", "my", "this"}));
        if (!subject || !one_of(ws[i + 1].first, {"couldn't", "can't", "cannot", "cant"})) continue;
        for (std::size_t k = i + 3; k < ws.size() && k <= i + 9; ++k)
            if (ws[k].first == "if") {
                for (std::size_t m = k + 1; m < ws.size() && m <= k + 5; ++m)
                    if (one_of(ws[m].first, {"bit", "depended"})) return true;
                break;
            }
    }
    for (std::size_t i = 1; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        auto const [prev, pat] = ws[i - 1];
        bool const denied = i > 1 && one_of(ws[i - 2].first, {"not", "no", "never", "isn't", "wasn't", "n't"});
        if (w == "fault" && persons_possessive(c, prev, pat) && !denied) return true;
        // "Marta is to blame", "they're to blame".
        if (w == "blame" && prev == "to" && i > 2 && one_of(ws[i - 2].first, {"is", "are", "was", "were"}) &&
            subject_at(c, ws, i - 3))
            return true;
        if (w == "blame" && prev == "to" && i > 1 && one_of(ws[i - 2].first, {"they're", "you're", "he's", "she's"}))
            return true;
        // "I blame Dave", "blaming the PM for": the writer's blame, on a person.
        if (one_of(w, {"blame", "blaming"}) && i + 1 < ws.size() &&
            one_of(prev, {"i", "i'd", "we", "i'm", "honestly"})) {
            auto n = i + 1;
            if (one_of(ws[n].first, {"the", "our", "their", "your"}) && n + 1 < ws.size()) ++n;
            if (subject_at(c, ws, n) || one_of(ws[n].first, {"him", "her", "them", "you"})) return true;
        }
    }
    return false;
}

// "you're the one directly putting the team under pressure", "Sven is the one who broke staging": a person singled
// out as the cause of harm ("you're the one who knows the billing code best" singles out, for no harm).
bool singled_out(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"one", "ones"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        std::size_t k = 0;
        if (one_of(ws[i].first, {"you're", "youre", "he's", "she's", "they're"}) && ws[i + 1].first == "the")
            k = i + 2;
        else if (i + 3 < ws.size() && subject_at(c, ws, i) && one_of(ws[i + 1].first, {"is", "are", "was", "were"}) &&
                 ws[i + 2].first == "the")
            k = i + 3;
        if (k == 0 || !one_of(ws[k].first, {"one", "ones"}) || k + 1 >= ws.size()) continue;
        auto const from = ws[k].second;
        if (c.first(Lex::negative, from, x.e) != nullptr || c.first(Lex::harm_verb, from, x.e) != nullptr ||
            c.first(Lex::pressure, from, x.e) != nullptr || c.first(Lex::judgment, from, x.e) != nullptr)
            return true;
        for (std::size_t m = k + 1; m < ws.size(); ++m)
            if (one_of(ws[m].first, {"pressure", "blame", "broke", "breaking", "caused", "causing", "delayed",
                                     "delaying", "blocking", "blocked", "responsible", "overruled", "ignored"}))
                return true;
    }
    return false;
}

// "<@U1> dismissing and silencing your users", "he keeps belittling the juniors", "you ignored us for a month":
// a person, as the subject, mistreating people (the filter "silencing users" or "we're ignoring old clients" is a
// thing's doing or the writer's).
constexpr std::string_view mistreating[] = {
    "dismissing", "dismissed",   "dismisses",   "silencing",     "silenced",     "silences",    "belittling",
    "belittled",  "belittles",   "gaslighting", "gaslit",        "stonewalling", "stonewalled", "stonewalls",
    "bullying",   "bullied",     "bullies",     "disrespecting", "disrespected", "ignoring",    "ignored",
    "ignores",    "humiliating", "humiliated",  "steamrolling",  "steamrolled",  "talking"};
bool mistreats_people(Context const& c, Sentence const& x) {
    static constexpr auto hashes = WordBloom::word_hashes(mistreating);
    static constexpr std::string_view people_words[] = {
        "users", "us",      "me",        "people",    "everyone",   "contributors", "customers",
        "team",  "juniors", "community", "reviewers", "colleagues", "engineers"};
    static constexpr auto people_hashes = WordBloom::word_hashes(people_words);
    // "the estimate ignores the review": a verb of mistreatment with no people to mistreat is read no further.
    if (!c.words.may_hold_any(hashes) || !c.words.may_hold_any(people_hashes)) return false;
    static WordSet const verbs{mistreating};
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (!verbs.contains(ws[i].first)) continue;
        // "talking down to", "talking over": only these are mistreatment.
        std::size_t o = i + 1;
        if (ws[i].first == "talking") {
            if (!one_of(ws[i + 1].first, {"down", "over"})) continue;
            o = i + 2 + (ws[i + 1].first == "down" && i + 2 < ws.size() && ws[i + 2].first == "to" ? 1 : 0);
        }
        bool people = false;
        for (std::size_t k = o; k < ws.size() && k <= o + 3 && !people; ++k)
            people = in_list(ws[k].first, people_words);
        if (!people) continue;
        // The subject: a person among the four words before, with no writer in between.
        for (std::size_t k = i; k-- > 0 && k + 5 > i;) {
            auto const w = ws[k].first;
            if (one_of(w, {"i", "we", "i'm", "we're", "i've", "we've", "it", "it's", "this", "that"})) break;
            if (subject_at(c, ws, k) && !one_of(w, {"me", "us"})) return true;
        }
    }
    return false;
}

// "those are my pipelines, they can build their own", "it's my engine and I want to see every line that goes in":
// what the writer owns, said as such, with others kept out ("those are my pipelines, I'll migrate them" owns
// without excluding; "my team's pipelines run nightly" says whose they are).
bool possession_excluding(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"my", "mine"}))) return false;
    auto const& ws = words_of(c, x);
    bool owned = false;
    for (std::size_t i = 0; i + 1 < ws.size() && !owned; ++i) {
        auto const w = ws[i].first, next = ws[i + 1].first;
        // "those are my", "it's my", "that's my", "this is my".
        bool const pointed = (one_of(w, {"it's", "that's", "its", "thats"}) && next == "my") ||
                             (i + 2 < ws.size() && one_of(w, {"those", "these", "this", "that", "it", "they"}) &&
                              one_of(next, {"are", "is", "were", "was"}) && ws[i + 2].first == "my");
        // "the engine is mine", "those are mine".
        bool const mine = one_of(w, {"is", "are", "'s"}) && next == "mine";
        owned = pointed || mine;
    }
    if (!owned) return false;
    auto const idx = sentence_index(c, x.b);
    auto const last = std::min<std::ptrdiff_t>(idx + 1, static_cast<std::ptrdiff_t>(c.sentences.size()) - 1);
    for (auto j = idx; j <= last; ++j) {
        auto const& y = c.sentences[static_cast<std::size_t>(j)];
        // A gate beside the possession ("is mine" is both).
        for (auto const& h : c.hits)
            if (h.lex == Lex::gate && h.begin >= y.b && h.end <= y.e && !c.in_quote(h.begin, h.end) &&
                c.s.substr(h.begin, h.end - h.begin) != "is mine")
                return true;
        auto const& ys = words_of(c, y);
        for (std::size_t i = 0; i + 1 < ys.size(); ++i) {
            auto const w = ys[i].first, next = ys[i + 1].first;
            // "they can build their own", "get your own".
            if (one_of(w, {"their", "your", "his", "her"}) && next == "own" && i > 0 &&
                one_of(ys[i - 1].first, {"build", "get", "make", "write", "use", "find", "start", "fork", "do"}))
                return true;
            // "every line that goes in", "every change that lands".
            if (w == "every" && one_of(next, {"line", "change", "commit", "pr", "diff", "merge"})) return true;
            if (w == "no" && next == "exceptions") return true;
        }
    }
    return false;
}

// "I don't have numbers, I just know it's the right architecture", "option B is mine and it's obviously right":
// the writer's certainty standing where evidence would ("I just know the codebase well enough to say it touches 40
// files" gives a particular; "I don't have numbers yet, let's benchmark both" is no certainty).
bool certainty_for_evidence(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"know", "obviously", "clearly", "trust"}))) return false;
    auto const& ws = words_of(c, x);
    bool certain = false, own = false;
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first, next = ws[i + 1].first;
        if (one_of(w, {"just", "simply"}) && next == "know" && i > 0 && ws[i - 1].first == "i") certain = true;
        // "I know it's better", "I know it is the right one".
        if (w == "i" && next == "know" && i + 2 < ws.size() &&
            one_of(ws[i + 2].first, {"it's", "it", "this", "that's"}))
            for (std::size_t k = i + 3; k < ws.size() && k <= i + 6; ++k)
                certain = certain || one_of(ws[k].first, {"right", "correct", "better", "best", "superior"});
        if (w == "trust" && next == "me") certain = true;
        if (one_of(w, {"obviously", "clearly"})) {
            for (std::size_t k = i + 1; k < ws.size() && k <= i + 3; ++k)
                certain = certain || one_of(ws[k].first, {"right", "correct", "better", "best", "superior"});
        }
        own = own || w == "mine";
    }
    if (!certain) return false;
    // The writer's own thing, in this sentence or the one before: "Let's just go with my schema. I know it's better".
    auto const idx = sentence_index(c, x.b);
    for (auto j = std::max<std::ptrdiff_t>(0, idx - 1); !own && j <= idx; ++j) {
        auto const& ys = words_of(c, c.sentences[static_cast<std::size_t>(j)]);
        // "my schema", "my event model": the noun within two words of "my".
        for (std::size_t i = 0; i + 1 < ys.size() && !own; ++i)
            for (std::size_t k = i + 1; ys[i].first == "my" && k < ys.size() && k <= i + 2 && !own; ++k)
                own = one_of(ys[k].first,
                             {"idea", "proposal", "design", "option", "approach", "schema", "plan", "architecture",
                              "solution", "way", "version", "model", "api", "implementation"});
    }
    if (own) return true;
    // Evidence disclaimed in the message: "I don't have numbers", "no data", "without benchmarks".
    static constexpr std::string_view evidence[] = {"numbers", "data", "benchmarks", "evidence", "proof", "metrics"};
    for (auto const& y : c.sentences) {
        auto const& ys = words_of(c, y);
        for (std::size_t i = 0; i + 1 < ys.size(); ++i)
            if (in_list(ys[i + 1].first, evidence) &&
                (one_of(ys[i].first, {"no", "without", "any"}) ||
                 (ys[i].first == "have" && i > 0 && one_of(ys[i - 1].first, {"don't", "dont", "haven't", "not"}))))
                return true;
    }
    return false;
}

// "I'll ask about it at the company town hall, in front of leadership", "bringing it up at the all-hands Q&A": the
// writer's matter raised at a forum everyone attends ("the all-hands moved to 4pm", "our CTO said at the all-hands"
// raise nothing of the writer's).
bool raised_in_public(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"all-hands", "hands", "hall", "townhall", "front", "ama", "all-staff"})))
        return false;
    auto const& ws = words_of(c, x);
    bool forum = false;
    // (flags17: to the last word, "... to the CEO at Friday's AMA.")
    for (std::size_t i = 0; i < ws.size() && !forum; ++i) {
        auto const w = ws[i].first, next = i + 1 < ws.size() ? ws[i + 1].first : std::string_view{};
        // "the all-hands prep meeting" is a smaller room.
        auto const after = [&](std::size_t k) { return k < ws.size() ? ws[k].first : std::string_view{}; };
        bool const prep = one_of(after(i + 1), {"prep", "planning", "agenda"}) ||
                          one_of(after(i + 2), {"prep", "planning", "agenda"});
        // flags17: an AMA ("straight to the CEO at Friday's AMA") is a forum everyone attends.
        // leads18: "at the all-staff meeting in front of every branch manager".
        forum = ((w == "all-hands" || w == "townhall" || w == "ama" || w == "all-staff") && !prep) ||
                (((w == "all" && next == "hands") || (w == "town" && next == "hall")) &&
                 !one_of(after(i + 2), {"prep", "planning", "agenda"})) ||
                (w == "front" && next == "of" && i > 0 && ws[i - 1].first == "in" && i + 2 < ws.size() &&
                 one_of(ws[i + 2].first, {"everyone", "everybody", "leadership", "the", "all", "every"}));
    }
    if (!forum) return false;
    // The writer raises it: "I'll ask", "I'm going to raise", "going to bring ... up", "I'll post".
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"ask", "raise", "bring", "post", "call", "question", "asking", "raising", "bringing",
                                  "posting", "calling", "put", "putting"}))
            continue;
        for (std::size_t k = i; k-- > 0 && k + 4 > i;)
            if (one_of(ws[k].first, {"i'll", "i'm", "i", "going", "gonna", "will", "we'll", "let's", "planning", "plan",
                                     "want", "intend"}))
                return true;
    }
    return false;
}

// "I'm going to ask the COO to kill this feature", "asking the VP to overrule it": someone above asked to undo
// the decision ("I'll ask the CTO to review the RFC" asks for a read, not a reversal).
bool overruling_asked(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"ask", "asking"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"ask", "asking"})) continue;
        auto n = i + 1;
        if (one_of(ws[n].first, {"the", "our", "their", "your", "his", "her"})) ++n;
        if (n + 2 >= ws.size() || ws[n + 1].first != "to") continue;
        auto const [w, at] = ws[n];
        if (!authority_word(c, w, at) && !one_of(w, {"director", "vp", "cto", "ceo", "cpo", "leadership", "execs"}))
            continue;
        if (one_of(ws[n + 2].first, {"kill", "stop", "cancel", "overrule", "veto", "block", "drop", "pull", "scrap",
                                     "reverse", "override", "axe", "nix", "shut", "deprioritize", "deprioritise"}))
            return true;
    }
    return false;
}

// ---- Constructions (the motives20 round): the writer's effort, record, familiarity, fashion and looks said by a
// clause's grammar rather than by a phrase; the ladder climbed by someone else's hand. Each asks the word filter
// first. ----

// A word that opens the writer's own clause as its subject.
bool writer_subject(std::string_view w) { return one_of(w, {"i", "i've", "we", "we've", "i'd", "we'd"}); }

// The word gate of effort_said (asked once per message by find_motives).
// The verbs, "took", "proud", or "my"/"our" with a noun of work: most messages have none.
bool may_effort(Context const& c) {
    return any_word(c, WordBloom::word_hashes({"poured",      "sank",    "sunk",    "invested",  "spent", "spend",
                                               "burned",      "burnt",   "put",     "gave",      "built", "wrote",
                                               "designed",    "created", "crafted", "developed", "tuned", "maintained",
                                               "architected", "took",    "proud"})) ||
           (any_word(c, WordBloom::word_hashes({"my", "our"})) &&
            any_word(c, WordBloom::word_hashes({"work", "effort", "evenings", "weekends", "nights", "heart", "time",
                                                "life", "sweat", "baby", "thesis", "creation", "brainchild", "legacy",
                                                "project", "pride", "child", "code"})));
}

// "I sank six months into the auth layer", "all the late nights I put into it", "we poured the spring into", "I wrote
// every line of the scheduler", "three sprints of my work went into it", "the CLI was my first big project", "it's
// basically my thesis", "I'm proud of it": the writer's own effort or pride in a thing, said by the grammar of the
// clause ("it took us two weeks" sizes work; "I wrote in the doc that ..." is no making).
bool effort_said(Context const& c, Sentence const& x) {
    if (!may_effort(c)) return false;
    auto const& ws = words_of(c, x);
    auto const at = [&](std::size_t k) { return k < ws.size() ? ws[k].first : std::string_view{}; };
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        // The writer (or the writer's team) as the subject of a verb of making or of spending oneself.
        bool const subject = writer_subject(w) || (w == "team" && i > 0 && one_of(at(i - 1), {"our", "my"}));
        if (subject) {
            auto k = i + 1;
            while (k < ws.size() && k <= i + 3 &&
                   one_of(at(k), {"have", "had", "personally", "literally", "basically", "just", "already", "all",
                                  "myself", "ourselves", "single-handedly", "originally"}))
                ++k;
            auto const v = at(k);
            // "spent a year on", "sank six months into"; "put/gave ... into" ("I've put myself on call" is no effort).
            bool const spend = one_of(v, {"poured", "sank", "sunk", "invested", "spent", "spend", "burned", "burnt"});
            if (spend || one_of(v, {"put", "gave"})) {
                for (auto m = k + 1; m < ws.size() && m <= k + 7; ++m)
                    if (at(m) == "into" ||
                        (spend && (one_of(at(m), {"on", "in", "building", "writing", "making", "tuning"}) ||
                                   (at(m) == "to" && one_of(at(m + 1), {"build", "write", "make", "get", "tune"})))))
                        return true;
            }
            if (one_of(v, {"built", "wrote", "designed", "created", "crafted", "developed", "tuned", "maintained",
                           "hand-built", "hand-wrote", "architected"}) &&
                one_of(at(k + 1), {"the", "this", "it", "every", "most", "all", "our", "my", "them", "these", "those"}))
                return true;
        }
        // "all the late nights I put into": the effort named first, then the writer putting it in.
        // "three sprints of my work", "years of our effort", "my work went into".
        if (one_of(w, {"my", "our"}) &&
            one_of(at(i + 1), {"work", "effort", "evenings", "weekends", "nights", "heart", "time", "life", "sweat"}) &&
            ((i > 0 && at(i - 1) == "of") || one_of(at(i + 2), {"went", "go", "goes", "gone", "into"})))
            return true;
        // "is my baby", "was my first big project", "it's basically my thesis": the thing as the writer's own work.
        if (w == "my") {
            bool predicate = false;
            for (std::size_t b = i; b-- > 0 && b + 3 >= i;)
                predicate = predicate || one_of(at(b), {"is", "was", "it's", "that's", "its", "thats", "basically",
                                                        "literally", "essentially"});
            if (predicate)
                for (auto m = i + 1; m < ws.size() && m <= i + 4; ++m)
                    if (one_of(at(m), {"baby", "thesis", "creation", "brainchild", "legacy", "project", "work", "pride",
                                       "child", "code"}))
                        return true;
        }
        // "it took me months to get the ORM right": what the thing cost the writer (a cost estimate, "so a rewrite is
        // four", has no loss beside it, and only effort with its loss is attachment).
        if (w == "took" && one_of(at(i + 1), {"me", "us"}) &&
            one_of(at(i + 2), {"months", "years", "ages", "weeks", "forever", "a", "two", "three", "six", "many"}))
            return true;
        // "I'm proud of it", "we're proud of that".
        if (one_of(w, {"proud"}) && i > 0 && one_of(at(i - 1), {"i'm", "we're", "am", "are", "so", "really"}) &&
            at(i + 1) == "of")
            return true;
    }
    return false;
}

// "I don't want it deprecated", "I'd rather not see it replaced", "we can't just walk away from that", "I'm not
// letting it get binned": a change to the thing refused by the writer (a refusal, then within five words an act of
// replacing or removing).
bool change_refused(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    static constexpr std::string_view acts[] = {"migrat",   "switch", "replac",   "rewrit", "remov", "delet",
                                                "deprecat", "retir",  "swap",     "rip",    "bin",   "scrap",
                                                "sunset",   "throw",  "walk",     "kill",   "dump",  "lose",
                                                "losing",   "ditch",  "refactor", "touch",  "chang"};
    auto const act = [&](std::string_view w) {
        return std::ranges::any_of(acts, [&](std::string_view a) { return w.starts_with(a); });
    };
    // "... and now we're deleting it?": the removal questioned.
    bool const asked = sentence_text(c, x).find('?') != std::string_view::npos || (x.e < c.s.size() && c.s[x.e] == '?');
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        // "ripping it out for Stripe just hurts", "replacing it feels like a slap in the face": the removal felt.
        if (act(w)) {
            if (asked) return true;
            for (auto k = i + 1; k < ws.size() && k <= i + 8; ++k)
                if (one_of(ws[k].first, {"hurts", "hurt", "painful", "crush", "crushes", "heartbreaking", "slap",
                                         "wrong", "sad", "sucks", "gutting", "losing", "trash", "garbage"}))
                    return true;
        }
        // "I'm against the vendor switch".
        if (!(w.ends_with("n't") || one_of(w, {"not", "never", "no", "against"}))) continue;
        for (auto k = i + 1; k < ws.size() && k <= i + 5; ++k)
            if (act(ws[k].first)) return true;
    }
    return false;
}

// The word gate of justification_refused (asked once per message by find_motives).
bool may_justify(Context const& c) {
    return any_word(c, WordBloom::word_hashes({"justify", "justifying", "explain", "explaining", "explanation",
                                               "defend", "defending", "writeup", "write-up", "rationale", "write",
                                               "writing", "spell", "spelling"}));
}

// "Mine is simpler, it should be obvious; I'm not writing up why", "I shouldn't have to justify it", "I don't owe
// anyone an explanation": the writer refusing to give a reason for their own way ("I'll write up why I prefer A" gives
// one).
bool justification_refused(Context const& c, Sentence const& x) {
    if (!may_justify(c)) return false;
    auto const& ws = words_of(c, x);
    auto const at = [&](std::size_t k) { return k < ws.size() ? ws[k].first : std::string_view{}; };
    for (std::size_t j = 0; j < ws.size(); ++j) {
        auto const w = ws[j].first;
        bool const verb = one_of(w, {"justify", "justifying", "explain", "explaining", "explanation", "defend",
                                     "defending", "writeup", "write-up", "rationale"}) ||
                          (one_of(w, {"write", "writing", "spell", "spelling"}) &&
                           (at(j + 1) == "up" || at(j + 1) == "out" || at(j + 2) == "up" || at(j + 2) == "out") &&
                           (at(j + 2) == "why" || at(j + 3) == "why"));
        if (!verb) continue;
        bool refused = false, writer = false;
        for (std::size_t b = j; b-- > 0 && b + 6 >= j;) {
            auto const p = ws[b].first;
            refused = refused || p.ends_with("n't") || one_of(p, {"not", "never", "no", "nothing"});
            writer = writer || one_of(p, {"i", "i'm", "i've", "i'll", "me", "i'd"});
        }
        if (refused && writer) return true;
    }
    return false;
}

// The writer's own way claimed in the message: "mine", "my design", a thing said to be obvious or self-evident.
bool own_way_claimed(Context const& c) {
    if (!any_word(c, WordBloom::word_hashes({"mine", "mine's", "my", "obvious", "obviously", "self-evident"})))
        return false;
    for (auto const& x : c.sentences) {
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i < ws.size(); ++i) {
            auto const w = ws[i].first;
            if (one_of(w, {"mine", "mine's", "obvious", "obviously", "self-evident"})) return true;
            if (w == "my" && i + 1 < ws.size() &&
                one_of(ws[i + 1].first, {"design", "approach", "way", "version", "schema", "layout", "plan", "proposal",
                                         "solution", "option", "model", "code", "implementation", "branching"}))
                return true;
        }
    }
    return false;
}

// The word gate of record_for_reason (asked once per message by find_motives).
bool may_record(Context const& c) {
    return any_word(c, WordBloom::word_hashes({"years", "decade", "decades", "senior", "lead", "principal", "staff",
                                               "architect", "anyone", "anybody", "since"}));
}

// "I've done this for fifteen years, I know how it should be built", "As the senior engineer here, I decide how the
// queue works", "I've shipped more payment systems than anyone here; we do it my way": the writer's record put where
// a reason would be, with the writer's say-so in the same sentence or the next ("I've done this for fifteen years,
// and the last three times a shared cache caused the outage" gives the reason).
bool record_for_reason(Context const& c, Sentence const& x) {
    if (!may_record(c)) return false;
    auto const& ws = words_of(c, x);
    auto const at = [&](std::size_t k) { return k < ws.size() ? ws[k].first : std::string_view{}; };
    bool record = false;
    for (std::size_t i = 0; i < ws.size() && !record; ++i) {
        auto const w = ws[i].first;
        // "for fifteen years", "for a decade", "over 20 years", with the writer in the sentence.
        if (one_of(w, {"years", "decade", "decades"}) && i >= 2 &&
            (one_of(at(i - 2), {"for", "over"}) || one_of(at(i - 1), {"for", "over"}) ||
             (i >= 3 && one_of(at(i - 3), {"for", "over"}))))
            record = true;
        // "as the senior engineer", "as the lead on this".
        if (w == "as" && one_of(at(i + 1), {"the", "a"}) &&
            one_of(at(i + 2), {"senior", "lead", "principal", "staff", "architect", "tech"}))
            record = true;
        // "more ... than anyone (here)".
        if (w == "than" && one_of(at(i + 1), {"anyone", "anybody"})) record = true;
        // "I've been doing this since 2009".
        if (w == "since" && at(i + 1).size() == 4 && (at(i + 1).starts_with("19") || at(i + 1).starts_with("20")) &&
            std::ranges::any_of(ws, [](auto const& p) {
                return one_of(p.first, {"been", "i've"});
            }))
            record = true;
    }
    if (!record) return false;
    bool writer = false;
    for (auto const& [w, pos] : ws) writer = writer || one_of(w, {"i", "i've", "i'm", "i'd", "me", "my"});
    if (!writer) return false;
    auto const idx = static_cast<std::size_t>(sentence_index(c, x.b));
    for (auto k = idx; k < c.sentences.size() && k <= idx + 1; ++k) {
        auto const& ys = words_of(c, c.sentences[k]);
        for (std::size_t i = 0; i + 1 < ys.size(); ++i) {
            auto const w = ys[i].first, next = ys[i + 1].first;
            // "I know how it should be built", "I know what works", "I know better", "I decide", "trust me", "my way".
            if (w == "i" && next == "know" && i + 2 < ys.size() &&
                one_of(ys[i + 2].first, {"how", "what", "better", "best", "this", "it", "that"}))
                return true;
            if (w == "i" && one_of(next, {"decide", "decides", "call"})) return true;
            if (one_of(w, {"i'll", "i"}) && one_of(next, {"decide", "choose"})) return true;
            if ((w == "trust" && one_of(next, {"me", "my"})) || (w == "my" && next == "way") ||
                (w == "take" && next == "my"))
                return true;
            // "the parser stays as I designed it", "the way I set it up".
            if (one_of(w, {"as", "way"}) && next == "i" && i + 2 < ys.size() &&
                one_of(ys[i + 2].first, {"designed", "wrote", "built", "set", "said", "laid", "planned"}))
                return true;
        }
    }
    return false;
}

// The word gate of familiarity_reason (asked once per message by find_motives).
bool may_familiar(Context const& c) {
    return any_word(c, WordBloom::word_hashes({"know", "used", "comfortable", "familiar"}));
}

// "We use Gradle because it's what I know", "let's keep Jenkins since I know it inside out", "it's what I'm
// comfortable with": the writer's familiarity as the reason for a tool ("because I know the billing code well
// enough to say it touches 40 files" gives a particular, "what I know about the incident" reports).
bool familiarity_reason(Context const& c, Sentence const& x) {
    if (!may_familiar(c)) return false;
    auto const& ws = words_of(c, x);
    auto const at = [&](std::size_t k) { return k < ws.size() ? ws[k].first : std::string_view{}; };
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first, next = ws[i + 1].first;
        // "I'm used to", "I am comfortable with", "I'm way more familiar with".
        std::size_t f = i + 1;
        if (w == "i" && next == "am") ++f;
        while (f < ws.size() && f <= i + 4 && one_of(at(f), {"way", "much", "more", "so", "very", "far", "pretty"}))
            ++f;
        bool const at_ease =
            (w == "i'm" || (w == "i" && next == "am")) && one_of(at(f), {"used", "comfortable", "familiar"});
        bool const familiar = (w == "i" && next == "know") || at_ease;
        if (!familiar) continue;
        // "I'd rather keep Webpack, I'm way more familiar with it": at ease with the thing kept.
        if (at_ease && at(f + 1) == "with" && one_of(at(f + 2), {"it", "them", "this", "that"})) {
            for (std::size_t b = i; b-- > 0 && b + 8 >= i;)
                if (one_of(ws[b].first, {"keep", "stick", "stay", "use", "using", "prefer", "rather"})) return true;
        }
        // "the old integration is my code and I know it inside out": the writer's own work (attachment), not a tool.
        if (std::ranges::any_of(ws, [](auto const& p) { return p.first == "mine"; }) ||
            std::ranges::adjacent_find(ws, [](auto const& p, auto const& q) {
                return p.first == "my" && one_of(q.first, {"code", "work", "baby", "module", "project", "service"});
            }) != ws.end())
            return false;
        auto const after = at_ease ? f + 1 : i + 2;
        // "what I know about the incident", "I know that the API ...": a report, not a reason.
        if (one_of(at(after), {"about", "of", "that", "how", "what", "why", "who", "when", "where", "if", "whether"}))
            continue;
        // The familiarity is the reason: "it's what", "that's what", "the one", or a cause right before it.
        bool reason = false;
        for (std::size_t b = i; b-- > 0 && b + 4 >= i;)
            reason = reason || one_of(ws[b].first, {"because", "since", "cause", "cuz", "what", "one", "ones"});
        // "I know it inside out / well / best", said of the thing kept.
        bool const well = one_of(at(i + 2), {"it", "them", "this", "that"}) &&
                          one_of(at(i + 3), {"inside", "well", "best", "by", "backwards", "better"});
        if (reason || (well && reason)) return true;
        if (well) {
            for (std::size_t b = i; b-- > 0 && b + 8 >= i;)
                if (one_of(ws[b].first, {"because", "since", "keep", "stick", "stay", "use", "using", "prefer"}))
                    return true;
        }
    }
    return false;
}

// The word gate of fashion_reason (asked once per message by find_motives).
bool may_fashion(Context const& c) {
    return any_word(c, WordBloom::word_hashes(
                           {"everyone", "everybody", "every", "all", "industry"}));  // ("everyone's" is "everyone")
}

// "Everyone's moving to Bun, so we should too", "all the cool teams use it", "every serious company runs on it": the
// technology wanted because everyone else has it ("everyone on the team already knows Go" says what it would cost).
bool fashion_reason(Context const& c, Sentence const& x, bool* as_cause = nullptr) {
    if (!may_fashion(c)) return false;
    auto const& ws = words_of(c, x);
    static constexpr std::string_view uses[] = {
        "use", "uses",    "using",    "moving",    "moved",    "switching", "switched",      "runs",
        "run", "adopted", "adopting", "migrating", "migrated", "betting",   "standardising", "standardizing"};
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        std::size_t k = ws.size();
        if (one_of(w, {"everyone", "everybody", "industry"})) k = i + 1;
        if (one_of(w, {"everyone's", "everybody's"})) k = i + 1;  // "everyone's moving to"
        // "every serious company", "all the cool teams", "every startup".
        if (one_of(w, {"every", "all"})) {
            for (auto m = i + 1; m < ws.size() && m <= i + 3; ++m)
                if (one_of(ws[m].first, {"company", "companies", "team", "teams", "startup", "startups", "shop",
                                         "shops", "org", "orgs"})) {
                    k = m + 1;
                    break;
                }
        }
        if (k >= ws.size()) continue;
        // "it's what everyone's on", "because everybody uses it": fashion said as the reason.
        if (as_cause != nullptr)
            *as_cause = i > 0 && one_of(ws[i - 1].first, {"what", "because", "since", "cause", "cuz"});
        for (auto m = k; m < ws.size() && m <= k + 2; ++m)
            if (in_list(ws[m].first, uses) ||
                // "it's what everyone's on now", "everybody's on it" ("everyone's on vacation" is no fashion).
                (ws[m].first == "on" && m == k &&
                 (m + 1 == ws.size() || one_of(ws[m + 1].first, {"now", "it", "these"}))))
                return true;
    }
    return false;
}

// The word gate of looks_judged (asked once per message by find_motives).
bool may_look(Context const& c) { return any_word(c, WordBloom::word_hashes({"look", "looks", "looked", "looking"})); }

// "It just looks worse than before", "that green looks cheap to me", "the sidebar looks too busy": how a thing
// looks judged with a word of taste ("the latency looks worse since Tuesday" names a measure; "looks like an error"
// compares; "looks good" approves).
std::pair<std::uint32_t, std::uint32_t> looks_judged(Context const& c, Sentence const& x) {
    if (!may_look(c)) return {0, 0};
    auto const& ws = words_of(c, x);
    auto const at = [&](std::size_t k) { return k < ws.size() ? ws[k].first : std::string_view{}; };
    for (std::size_t i = 0; i < ws.size(); ++i) {
        // ("looking busy in the status meeting" is what a person does.)
        if (!one_of(ws[i].first, {"look", "looks", "looked"})) continue;
        auto k = i + 1;
        while (k < ws.size() && k <= i + 3 &&
               one_of(at(k), {"so", "too", "really", "very", "pretty", "super", "kinda", "quite", "a", "bit", "little",
                              "kind", "of", "just", "way", "much"}))
            ++k;
        auto const adj = at(k);
        // A measure as the subject ("error rates look worse"), or a reason after the judgment ("looks cramped on
        // 1366px screens and hides the date filter"): not taste alone.
        auto const adj_end = k < ws.size() ? ws[k].second + static_cast<std::uint32_t>(adj.size()) : x.e;
        // motive15: what follows ", so" is what the taste leads to, no reason for it ("whatever looks best to me, so I
        // won't follow the lint rules").
        auto const so = adj_end < x.e ? c.s.substr(adj_end, x.e - adj_end).find(", so ") : std::string_view::npos;
        auto const reason_end = so == std::string_view::npos ? x.e : adj_end + static_cast<std::uint32_t>(so);
        if (c.first(Lex::metric, x.b, ws[i].second) != nullptr || says_more_than_taste(c, adj_end, reason_end))
            continue;
        // "looks best to me", "what I feel looks best" (motive15): the writer's own eye.
        bool const mine = (at(k + 1) == "to" && one_of(at(k + 2), {"me", "my"})) ||
                          (i >= 2 && one_of(ws[i - 1].first, {"feel", "think"}) && ws[i - 2].first == "i");
        // "it doesn't look very good", "the icons don't look great": approval denied to a look is the same taste.
        // Only said alone ("... doesn't look good." or "to me"): "doesn't look good for the Q3 date" is an outlook,
        // "doesn't look right on mobile: the menu overlaps" names what is wrong.
        if (i > 0 && one_of(ws[i - 1].first, {"doesn't", "don't", "didn't", "dont", "doesnt"}) &&
            one_of(adj,
                   {"good", "great", "nice", "right", "pretty", "polished", "professional", "clean", "appealing"}) &&
            (k + 1 >= ws.size() || mine || c.s.substr(adj_end, 1) == ",") &&
            // Of a thing of looks the draft names ("the new icons", "the theme"): "the error budget doesn't look
            // good" is an outlook. A word only a look earns, to the writer's eye, needs none ("the new toggle doesn't
            // look very nice to me", motive15).
            ((mine && one_of(adj, {"nice", "pretty", "appealing", "polished"})) ||
             std::ranges::any_of(c.hits, [&](Hit const& h) {
                 return h.lex == Lex::visual && !c.in_quote(h.begin, h.end) &&
                        !one_of(c.s.substr(h.begin, h.end - h.begin), {"look", "looks"});
             })))
            return {ws[i - 1].second, ws[k < ws.size() ? k : i].second + static_cast<std::uint32_t>(adj.size())};
        // Words that judge only a look; words that judge anything ("off", "busy", "bad") only of a thing of looks
        // ("a couple of the estimates look off to me").
        if (one_of(adj, {"worse", "cheap", "cheaper", "tacky", "childish", "amateurish", "garish", "gaudy", "bland",
                         "cheesy", "cluttered", "cramped", "uglier", "ugly", "unprofessional", "old-fashioned"}) ||
            // "looks too loud to me": a word of looks, to the writer's eye.
            (mine && one_of(adj, {"busy", "busier", "dated", "boring", "plain", "loud", "flat", "old",
                                  "best"})) ||  // motive15: best
            (one_of(adj, {"off", "weird", "wrong", "odd", "bad", "strange", "busy", "busier", "dated", "boring",
                          "plain", "awful", "terrible", "horrible", "meh", "loud"}) &&
             std::ranges::any_of(c.hits, [&](Hit const& h) {
                 return h.lex == Lex::visual && h.begin >= x.b && h.end <= x.e &&
                        !one_of(c.s.substr(h.begin, h.end - h.begin), {"look", "looks"});
             })))
            return {ws[i].second, ws[k < ws.size() ? k : i].second + static_cast<std::uint32_t>(adj.size())};
    }
    return {0, 0};
}

// "I've asked Priya's director to pull the change", "getting the head of sales to overrule him", "I'll have the CTO
// tell Rhea to drop it", "get Oskar's boss to sign off so we don't have to argue": someone above made to act on
// the decision. Asking needs an act of undoing ("I'll ask the CTO to review the RFC" asks for a read); getting or
// having someone above act is the move itself.
bool authority_made_to_act(Context const& c, Sentence const& x) {
    if (c.first(Lex::authority, x.b, x.e) == nullptr ||
        !any_word(c,
                  WordBloom::word_hashes({"ask", "asked", "asking", "get", "getting", "got", "have", "having", "had"})))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        auto const v = ws[i].first;
        bool const ask = one_of(v, {"ask", "asked", "asking"});
        bool const make = one_of(v, {"get", "getting", "got", "have", "having", "had"});
        if (!ask && !make) continue;
        // The writer's move: "I've asked", "I'll get", "getting" (a note's shorthand); not "you asked", "she had".
        bool writer = true;
        for (std::size_t b = i; b-- > 0 && b + 3 >= i;) {
            if (one_of(ws[b].first, {"you", "he", "she", "they", "who", "if"})) writer = false;
            if (one_of(ws[b].first, {"i", "i've", "i'll", "i'm", "we", "we'll", "we've", "i'd"})) break;
        }
        if (!writer) continue;
        // An authority hit starting within three words after the verb, then "to" (or, after "have", a bare verb).
        for (auto const& h : c.hits) {
            if (h.lex != Lex::authority || h.begin < ws[i].second || h.end > x.e || c.in_quote(h.begin, h.end) ||
                inside_address(c, h))
                continue;
            std::size_t n = i + 1;
            while (n < ws.size() && ws[n].second < h.begin) ++n;
            if (n == ws.size() || n > i + 4) continue;
            // The first word after the authority's words ("the head of sales to", "the CTO tell").
            std::size_t m = n;
            while (m < ws.size() && ws[m].second < h.end) ++m;
            if (m < ws.size() && one_of(ws[m].first, {"of", "for"}) && m + 1 < ws.size()) m += 2;
            if (m >= ws.size()) continue;
            auto const after = ws[m].first;
            auto const undo = [&](std::string_view w) {
                return one_of(w, {"kill",      "stop",   "cancel",       "overrule",     "veto",     "block",
                                  "drop",      "pull",   "scrap",        "reverse",      "override", "axe",
                                  "nix",       "shut",   "deprioritize", "deprioritise", "push",     "move",
                                  "delay",     "revert", "change",       "sign",         "step",     "weigh",
                                  "intervene", "tell",   "force",        "make",         "lean",     "overturn"});
            };
            if (ask && after == "to" && m + 1 < ws.size() && undo(ws[m + 1].first)) return true;
            if (make && after == "to" && m + 1 < ws.size()) return true;
            // "get Priya's VP on a call", "get the director involved".
            if (one_of(v, {"get", "getting", "got"}) && one_of(after, {"on", "involved", "in"})) return true;
            if (make && one_of(v, {"have", "having", "had"}) && undo(after)) return true;
        }
    }
    return false;
}

// "a note to our VP before I raise it with Hana", "emailing the director before Sam hears about it": the move
// toward someone above made before the person concerned is told.
bool before_the_person(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"before"}))) return false;
    auto const* auth = c.first(Lex::authority, x.b, x.e);
    if (auth == nullptr || inside_address(c, *auth)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (ws[i].first != "before" || ws[i].second < auth->end) continue;
        // "before I raise it with Hana", "before I talk to Kofi", "before Sam hears".
        auto const n = ws[i + 1].first;
        if (one_of(n, {"i", "we"}) &&
            one_of(ws[i + 2].first, {"raise", "talk", "tell", "bring", "mention", "ask", "speak", "loop", "ping"}))
            return true;
        if (one_of(ws[i + 2].first, {"hears", "sees", "knows", "finds", "even", "gets", "can"}) &&
            (c.orig_byte(ws[i + 1].second) >= 'A' && c.orig_byte(ws[i + 1].second) <= 'Z'))
            return true;
    }
    return false;
}

// The word gate of wish_to_learn (asked once per message by find_motives).
bool may_learn(Context const& c) { return any_word(c, WordBloom::word_hashes({"learn", "experience", "play"})); }

// "I've been wanting to learn Deno", "I'd love to get real Zig experience", "dying to play with it": the writer's wish
// to learn a technology as the reason to use it ("users won't have to learn another tool" argues for others).
bool wish_to_learn(Context const& c, Sentence const& x) {
    if (!may_learn(c)) return false;
    auto const& ws = words_of(c, x);
    // "Both because it would be good for the project (less bugs) and because I want to learn TypeScript": a second
    // cause beside the wish is a reason given.
    if (std::ranges::count_if(ws, [](auto const& p) { return one_of(p.first, {"because", "since"}); }) > 1)
        return false;
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"want", "wanting", "wanted", "love", "dying", "itching", "keen", "eager", "excited"}))
            continue;
        bool writer = false;
        for (std::size_t b = i; b-- > 0 && b + 3 >= i;)
            writer = writer || one_of(ws[b].first, {"i", "i've", "i'd", "i'm", "i'll"});
        if (!writer || ws[i + 1].first != "to") continue;
        auto const v = ws[i + 2].first;
        // "to learn Gleam", "to learn it" (a technology named in the sentence); "to learn more about billing" is no
        // technology.
        if (v == "learn" && i + 3 < ws.size() &&
            ((!c.shouting && c.orig_byte(ws[i + 3].second) >= 'A' && c.orig_byte(ws[i + 3].second) <= 'Z') ||
             c.first(Lex::tech, x.b, x.e) != nullptr ||
             // "Can we do the new service in Go? I've been itching to learn it": the technology proposed before.
             (one_of(ws[i + 3].first, {"it", "them"}) && (c.has(Lex::tech) || c.has(Lex::adopt_verb)))))
            return true;
        if (v == "play" && i + 3 < ws.size() && ws[i + 3].first == "with" && c.first(Lex::tech, x.b, x.e) != nullptr)
            return true;
        // "to get (real|some|hands-on) Zig experience".
        if (v == "get")
            for (auto k = i + 3; k < ws.size() && k <= i + 6; ++k)
                if (ws[k].first == "experience") return true;
    }
    return false;
}

// The word gate of kept_out (asked once per message by find_motives).
bool may_keep_out(Context const& c) {
    return any_word(c, WordBloom::word_hashes({"out", "away", "hands", "yours", "theirs", "nobody", "noone"}));
}

// "Tell the data team to stay out of our pipeline code", "keep away from my module": others kept out of what is the
// writer's.
bool kept_out(Context const& c, Sentence const& x) {
    if (!may_keep_out(c)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 2 < ws.size(); ++i) {
        // "keep their hands out of the API client", "keep your hands off".
        if (ws[i].first == "hands" && one_of(ws[i - 1].first, {"their", "your", "his", "her"}) &&
            one_of(ws[i + 1].first, {"out", "off"}))
            return true;
        // "Nobody but my team merges to the payments repo": the writer's people the only ones to change it.
        if (one_of(ws[i - 1].first, {"nobody", "noone", "no-one"}) &&
            one_of(ws[i].first, {"but", "except", "outside", "besides"}) &&
            one_of(ws[i + 1].first, {"my", "our", "me", "us"}))
            for (auto k = i + 2; k < ws.size() && k <= i + 5; ++k)
                if (one_of(ws[k].first, {"merges", "touches", "changes", "commits", "pushes", "edits", "deploys",
                                         "should", "gets", "may", "can"}))
                    return true;
        // "That's platform's code, not yours": whose it is, denied to the reader.
        if (ws[i].first == "not" && one_of(ws[i + 1].first, {"yours", "theirs"}) &&
            one_of(ws[i - 1].first, {"code", "repo", "module", "service", "codebase", "area", "pipeline", "pipelines"}))
            return true;
        if (one_of(ws[i - 1].first, {"stay", "stays", "keep", "keeps", "staying"}) &&
            ((ws[i].first == "out" && ws[i + 1].first == "of") ||
             (ws[i].first == "away" && ws[i + 1].first == "from")) &&
            one_of(ws[i + 2].first, {"my", "our", "mine", "ours"}))
            return true;
    }
    return false;
}

// The word gate of word_for_evidence (asked once per message by find_motives).
bool may_word(Context const& c) { return any_word(c, WordBloom::word_hashes({"word", "believe"})); }

// "What I write here is my good word, and if you don't believe it then perform your own benchmarks", "take my word for
// it": the writer's word offered where evidence would be, the burden of proof handed back.
bool word_for_evidence(Context const& c, Sentence const& x) {
    if (!may_word(c)) return false;
    auto const& ws = words_of(c, x);
    auto const at = [&](std::size_t k) { return k < ws.size() ? ws[k].first : std::string_view{}; };
    bool word = false, believe = false;
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        // "my word", "my good word", "take my word" ("my word count" counts).
        if (ws[i].first == "my" && (at(i + 1) == "word" || (at(i + 2) == "word" && at(i + 1) == "good")) &&
            !one_of(at(i + 1) == "word" ? at(i + 2) : at(i + 3), {"count", "limit", "doc", "document", "file"}))
            word = true;
        // "if you don't believe it/me".
        if (ws[i].first == "if" && at(i + 1) == "you" && at(i + 2).ends_with("n't") && at(i + 3) == "believe")
            believe = true;
    }
    return word && (believe || std::ranges::any_of(ws, [](auto const& p) { return p.first == "take"; }));
}

// "they'll just mess it up", "the platform team shouldn't touch it", "I don't want others refactoring it": a third
// party as the one who would change the thing (what makes keeping it a territory, not attachment).
bool others_meddle(Context const& c) {
    if (!any_word(c, WordBloom::word_hashes(
                         {"mess", "touch", "touching", "meddle", "meddling", "refactor", "refactoring", "muck"})))
        return false;
    for (auto const& x : c.sentences) {
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i < ws.size(); ++i) {
            if (!one_of(ws[i].first, {"they", "they'll", "they'd", "team", "others", "folks", "anyone", "nobody"}))
                continue;
            for (auto k = i + 1; k < ws.size() && k <= i + 4; ++k)
                if (one_of(ws[k].first,
                           {"mess", "touch", "touching", "meddle", "meddling", "refactor", "refactoring", "muck"}))
                    return true;
        }
    }
    return false;
}

// A particular of the case in digits that is no span of time or year: "failed 3 of 5 checks", "900 tests", "14
// customers" (what the writer's effort took, "six months", "in 2019", is none).
bool particular_given(Context const& c) {
    for (auto const& x : c.sentences) {
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i < ws.size(); ++i) {
            auto const w = ws[i].first;
            if (w.empty() || w.front() < '0' || w.front() > '9') continue;
            if (w.size() == 4 && (w.starts_with("19") || w.starts_with("20"))) continue;
            if (i + 1 < ws.size() &&
                one_of(ws[i + 1].first,
                       {"day", "days", "week", "weeks", "month", "months", "year", "years", "sprint", "sprints",
                        "quarter", "quarters", "hour", "hours", "night", "nights", "weekend", "weekends", "evenings"}))
                continue;
            return true;
        }
    }
    return false;
}

// ---- Irony and broadcast by construction (the irony20 round): praise of a complaint's facts, a fit claimed for a
// burden, a plan's own word held up in scare quotes, congratulations on a failure, a disagreement published to many.
// Each asks the word filter first. ----

// Words that make a fact good news ("faster", "only two clicks", "under a minute", "fixed"): praise of them is meant.
bool improvement_word(std::string_view w) {
    return one_of(w, {"faster",  "quicker", "fewer",   "less",    "under",   "only",     "finally", "fixed",
                      "saves",   "saved",   "easier",  "cleaner", "simpler", "smoother", "better",  "shorter",
                      "lighter", "cheaper", "instead", "no",      "zero",    "works",    "working"});
}

// A word saying something went wrong or down, read with the word before it: "broke", "slipped", "disconnects",
// "took down", "was down" (the three constructions below share it).
bool failure_word(std::string_view w, std::string_view prev) {
    // "nearly missed", "never broke": a failure averted or denied.
    if (one_of(prev, {"nearly", "almost", "never", "not", "no", "zero", "without", "barely"})) return false;
    return one_of(w, {"slipped", "slips",    "slip",        "delayed",      "postponed", "missed",    "broke",
                      "broken",  "breaks",   "crashed",     "crashes",      "failed",    "fails",     "failing",
                      "outage",  "reverted", "disconnects", "disconnected", "freezes",   "froze",     "hangs",
                      "stalls",  "stalled",  "leaks",       "lost",         "loses",     "corrupted", "grew",
                      "grown",   "doubled",  "tripled",     "ballooned"}) ||
           (w == "down" && one_of(prev, {"took", "taking", "takes", "take", "went", "goes", "going", "go", "was", "is",
                                         "are", "were", "brought", "brings", "been"})) ||
           (one_of(w, {"can't", "cannot", "doesn't", "won't", "didn't"}) && prev == "still");
}

// A number or a number word of at least three ("eleven", "40", "4").
bool many(std::string_view w) {
    if (!w.empty() && std::all_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; }))
        return w.size() > 1 || w[0] >= '3';
    return one_of(w, {"three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven", "twelve", "fifteen",
                      "twenty", "thirty", "forty", "fifty", "dozen", "dozens", "hundred", "hundreds"});
}

// The facts of a complaint in the words [from, ws.size()) of a sentence: something going wrong (the negative
// lexicon, not denied: "zero failed charges" is none), a worse comparison ("slower than the spreadsheet"), a look
// dated by a year ("looks like a 2004 intranet"), nobody served ("nobody reads them"), or a burden counted ("takes
// eleven clicks", "we now need four approvals", "loads in 40 seconds"). Good news in them ("faster", "only",
// "under a minute", "fixed") makes none.
bool complaint_facts(Context const& c, Sentence const& x,
                     std::vector<std::pair<std::string_view, std::uint32_t>> const& ws, std::size_t from) {
    if (from >= ws.size()) return false;
    bool burden = false, counted = false, bad = false, required = false;
    for (std::size_t k = from; k < ws.size(); ++k) {
        auto const w = ws[k].first;
        if (improvement_word(w)) return false;
        bad = bad ||
              one_of(w, {"slower", "longer", "worse", "harder", "heavier", "uglier", "clunkier", "messier", "noisier",
                         "flakier", "costlier", "pricier", "nobody", "nowhere", "behind", "outdated", "stale"}) ||
              (w == "one" && k > from && ws[k - 1].first == "no") ||
              // "the staging env goes down every time…", "disconnects every twenty minutes", "still can't see…".
              failure_word(w, k > from ? ws[k - 1].first : std::string_view{});
        burden = burden || one_of(w, {"takes",   "take",     "took",  "taking", "needs", "need",  "needed", "requires",
                                      "require", "required", "costs", "ran",    "runs",  "run",   "lasts",  "lasted",
                                      "loads",   "load",     "now",   "has",    "have",  "weighs"});
        // "nine fields", "14 manual steps".
        auto const unit = [&](std::size_t j) {
            return j < ws.size() &&
                   one_of(ws[j].first,
                          {"clicks",  "steps",     "approvals", "screens", "pages",   "forms",  "fields",  "meetings",
                           "tabs",    "hops",      "logins",    "reviews", "minutes", "hours",  "days",    "weeks",
                           "seconds", "sign-offs", "tickets",   "emails",  "dialogs", "popups", "retries", "sec",
                           "secs",    "mins",      "s",         "mb",      "gb",      "items",  "fields"});
        };
        // "now needs sign-off from three architects": what is required, counted, is a burden whatever it counts.
        required = required || one_of(w, {"needs", "need", "requires", "require", "required"});
        counted = counted || (many(w) && (unit(k + 1) || unit(k + 2) || required));
        // "looks like a 2004 intranet", "like it's 1999".
        if (w == "like" && k > from)
            for (std::size_t j = k + 1; j < ws.size() && j <= k + 5; ++j)
                bad = bad ||
                      (ws[j].first.size() == 4 && (ws[j].first.starts_with("19") || ws[j].first.starts_with("200")));
    }
    if (bad || (burden && counted)) return true;
    // Something gone wrong or judged bad ("so confusing", "a poor copy", "cluttered"), not denied.
    for (auto const& h : c.hits)
        if ((h.lex == Lex::negative || h.lex == Lex::judgment || h.lex == Lex::harsh) && h.begin >= ws[from].second &&
            h.end <= x.e && !c.in_quote(h.begin, h.end) &&
            !word_before(c, h.begin, 1, {"zero", "no", "without", "never", "fewer", "less", "not", "isn't", "aren't"}))
            return true;
    return false;
}

// "Love how the signup form now takes nine fields", "Adore that every export takes three minutes", "Gotta love how
// search got slower", "Amazing how the new page manages to be slower than the old one": liking or wonder said of a
// complaint's facts ("Love how fast search got", "Love that exports finish in under a minute" are meant).
bool mock_liking(Context const& c, Sentence const& x) {
    if (!any_word(c,
                  WordBloom::word_hashes({"love", "loving", "adore", "amazing", "impressive", "incredible", "nice"})))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        auto const w = ws[i].first;
        bool const liking = one_of(w, {"love", "loving", "adore", "adoring"});
        bool const wonder = one_of(w, {"amazing", "impressive", "incredible", "nice"});
        if (!liking && !wonder) continue;
        // The writer's liking: not denied ("I don't love that…"), not someone else's ("users love how…").
        if (i > 0 && one_of(ws[i - 1].first, {"don't", "not", "never", "didn't", "wouldn't", "would", "users",
                                              "customers", "they", "people", "you", "he", "she"}))
            continue;
        auto k = i + 1;
        if (liking && ws[k].first == "it") ++k;  // "love it when…"
        if (k >= ws.size() ||
            !one_of(ws[k].first, liking ? std::initializer_list<std::string_view>{"how", "that", "when"}
                                        : std::initializer_list<std::string_view>{"how"}))
            continue;
        // "love that for us" is the lexicon's; "love that idea" praises a thing named.
        if (ws[k].first == "that" && k + 1 < ws.size() && one_of(ws[k + 1].first, {"idea", "plan", "one", "for"}))
            continue;
        if (complaint_facts(c, x, ws, k + 1)) return true;
    }
    return false;
}

// A thing added or timed against the team: "another", "one more", "a third", "again", "during launch week", "on a
// Friday", "over the holidays".
bool burden_word(std::string_view w) {
    return one_of(w, {"another",   "more",   "third",   "fourth",   "fifth",    "extra",    "again",
                      "yet",       "friday", "weekend", "midnight", "holidays", "holiday",  "december",
                      "christmas", "eve",    "freeze",  "during",   "night",    "saturday", "sunday"});
}

// "Sure, let's rewrite auth during launch week, that's exactly what on-call wants", "Perfect, a schema change on a
// Friday, just what everyone hoped for", "because one outage a week wasn't exciting enough": a fit claimed for a
// burden, or a burden's motive said as fun lacking. "The retry queue is exactly what support needs" (no burden) and
// "Great, the migration is done, just what we needed" (a thing finished) are meant.
bool mock_fit(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"exactly", "just", "precisely", "enough"})) ||
        !any_word(c, WordBloom::word_hashes({"what", "how", "enough"})))
        return false;
    auto const& ws = words_of(c, x);
    bool fit = false, lacking = false, burden = false, done = false;
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (one_of(w, {"exactly", "just", "precisely"}) && one_of(ws[i + 1].first, {"what", "how"}))
            for (std::size_t k = i + 2; k < ws.size() && k <= i + 6; ++k)
                fit =
                    fit || one_of(ws[k].first, {"needs", "need", "needed", "wants", "want", "wanted", "hoping", "hoped",
                                                "asked", "ordered", "dreamed", "dreaming", "craves", "missing"});
        // "because debugging two brokers wasn't fun enough", "since on-call wasn't busy enough".
        if (one_of(w, {"wasn't", "isn't", "weren't", "aren't"}) &&
            one_of(ws[i + 1].first, {"fun", "exciting", "thrilling", "entertaining", "interesting", "stressful",
                                     "chaotic", "painful", "hectic", "busy", "confusing", "complicated"}) &&
            ws[i + 2].first == "enough" && word_before(c, ws[i].second, 8, {"because", "since", "cause", "'cause"}))
            lacking = true;
    }
    if (lacking) return true;
    if (!fit) return false;
    for (auto const& [w, at] : ws) {
        burden = burden || burden_word(w);
        done = done || one_of(w, {"done", "finished", "shipped", "fixed", "merged", "landed", "resolved", "live",
                                  "thanks", "thank", "help", "helps", "solves"});
    }
    if (done) return false;
    // The opening agreement of the message or the sentence ("Sure,", "Yes,", "Perfect,").
    bool agreement = false;
    auto const idx = sentence_index(c, x.b);
    for (std::ptrdiff_t j = std::max<std::ptrdiff_t>(0, idx - 1); j <= idx && !agreement; ++j) {
        auto const& y = c.sentences[static_cast<std::size_t>(j)];
        words_after(c.s, y.b, y.e, 1, [&](std::string_view w, std::uint32_t) {
            agreement = one_of(w, {"sure", "yes", "yeah", "absolutely", "great", "perfect", "wonderful", "fantastic",
                                   "brilliant", "awesome", "oh", "ah", "right", "excellent", "lovely"});
            return true;
        });
    }
    return burden && (agreement || c.first(Lex::negative, x.b, x.e) != nullptr || has_phrase(c, c.s, "let's"));
}

// A claim the plan makes of itself ("final", "stable", "temporary"), held up in scare quotes where the sentence
// contradicts it: "the 'final' mockup, version seven", "another 'temporary' workaround that will outlive us",
// "the 'frozen' scope grew by three epics". The word named ("the flag is named 'temporary'", "set the status to
// 'final'") is quoted, not held up.
bool scare_quoted_claim(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"final",     "stable", "frozen",  "finished", "temporary",  "agreed",
                                             "locked",    "fixed",  "tested",  "complete", "ready",      "optional",
                                             "priority",  "done",   "interim", "stopgap",  "urgent",     "last",
                                             "permanent", "time",   "off",     "quick",    "small",      "simple",
                                             "easy",      "minor",  "trivial", "tiny",     "lightweight"})))
        return false;
    auto const t = sentence_text(c, x);
    bool claim = false;
    std::uint32_t qb = 0, qe = 0;  // the quoted claim
    for_scare_quotes(c, x, [&](std::string_view inner) {
        if (claim || std::count(inner.begin(), inner.end(), ' ') > 1 ||
            !has_any(c, inner,
                     {"final",  "stable",   "frozen",    "finished", "temporary",  "agreed", "locked",  "fixed",
                      "tested", "complete", "ready",     "optional", "priority",   "done",   "interim", "stopgap",
                      "urgent", "last",     "permanent", "one-time", "one-off",    "quick",  "small",   "simple",
                      "easy",   "minor",    "trivial",   "tiny",     "lightweight"}))
            return;
        auto const at = static_cast<std::uint32_t>(x.b + (inner.data() - t.data()) - 1);
        qb = at;
        qe = at + static_cast<std::uint32_t>(inner.size()) + 2;
        // 'Set the "priority" field to P1': the quoted word names a field, a button or a tag, it claims nothing.
        bool named = false;
        words_after(c.s, qe, x.e, 1, [&](std::string_view w, std::uint32_t) {
            named =
                one_of(w, {"field", "column", "button", "tab",    "label",   "tag",    "option", "setting",  "status",
                           "flag",  "value",  "key",    "menu",   "badge",   "filter", "toggle", "checkbox", "dropdown",
                           "state", "queue",  "lane",   "bucket", "channel", "view",   "page",   "template"});
            return true;
        });
        claim = !named && !word_before(c, at, 1, {"named",   "called", "labelled", "labeled", "titled", "says",
                                                  "said",    "reads",  "marked",   "tagged",  "word",   "option",
                                                  "setting", "status", "label",    "field",   "button", "flag",
                                                  "column",  "value",  "state",    "to",      "as",     "from",
                                                  "is",      "was",    "than",     "or",      "and",    "not"});
    });
    if (!claim) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (failure_word(w, i > 0 ? ws[i - 1].first : std::string_view{})) return true;
        if (one_of(w, {"another", "again",   "yet",      "still",   "second", "third",   "fourth",
                       "fifth",   "sixth",   "seventh",  "grew",    "grown",  "growing", "doubled",
                       "tripled", "outlive", "outlived", "forever", "years",  "2nd",     "3rd",
                       "4th",     "5th",     "6th",      "7th",     "8th",    "9th",     "10th"}))
            return true;
        // "version seven", "v5".
        if ((w == "version" || w == "rev" || w == "revision") && i + 1 < ws.size() &&
            (many(ws[i + 1].first) || one_of(ws[i + 1].first, {"two"})))
            return true;
        if (w.size() >= 2 && w[0] == 'v' &&
            std::all_of(w.begin() + 1, w.end(), [](char ch) { return ch >= '0' && ch <= '9'; }) && w != "v1" &&
            w != "v0")
            return true;
    }
    // Something gone wrong outside the quoted word ("a 'simple bug'" names its own bug).
    return std::ranges::any_of(c.hits, [&](Hit const& h) {
        return h.lex == Lex::negative && h.begin >= x.b && h.end <= x.e && (h.end <= qb || h.begin >= qe) &&
               !c.in_quote(h.begin, h.end);
    });
}

// Whether normalised [b, e) of the message, in its original text, holds a celebration emoji (🎉 🙌 🥳 👏,
// ":tada:",
// ":raised_hands:", ":partying_face:").
bool celebrated(Context const& c, std::uint32_t b, std::uint32_t e) {
    auto const ob = c.norm.orig_begin(b);
    auto const oe = std::min<std::size_t>(c.norm.orig_end(e) + 8, c.orig.size());
    auto const raw = c.orig.substr(ob, oe - ob);
    for (std::string_view m : {"\xF0\x9F\x8E\x89", "\xF0\x9F\x99\x8C", "\xF0\x9F\xA5\xB3",
                               ":tada:", ":raised_hands:", ":partying_face:", ":confetti_ball:", "\xF0\x9F\x8E\x8A"})
        if (raw.contains(m)) return true;
    return false;
}

// Congratulations on a failure or a delay: "Congrats to product on the third rewrite of the spec, it slipped
// again", "Big win 🙌 the launch moved another two weeks", "Great job platform, another release nobody can
// deploy". Congratulations on a thing delivered ("Congrats on the 2.0 release 🎉", "zero failed charges") are meant.
bool congrats_on_failure(Context const& c, Sentence const& x) {
    // The emoji are looked for only where the sentence's original text has a 4-byte character or a ':' at all.
    auto const ob = c.norm.orig_begin(x.b);
    auto const raw = c.orig.substr(ob, std::min<std::size_t>(c.norm.orig_end(x.e) + 8, c.orig.size()) - ob);
    bool const emoji = (raw.find('\xF0') != std::string_view::npos || raw.find(':') != std::string_view::npos) &&
                       celebrated(c, x.b, x.e);
    if (!emoji && !any_word(c, WordBloom::word_hashes(
                                   {"congrats", "congratulations", "kudos", "win", "job", "bravo", "hats", "way"})))
        return false;
    // "Big thanks to everyone who stayed late :tada:", "thx for the test plan 🙌 caught 2 things I'd have missed".
    auto const& ws = words_of(c, x);
    if (std::ranges::any_of(ws, [](auto const& p) {
            return one_of(p.first, {"thanks", "thank", "thx", "ty", "appreciate", "appreciated", "grateful", "cheers"});
        }))
        return false;
    bool cheer = emoji, failure = false, again = false, praise_open = false;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        auto const next = i + 1 < ws.size() ? ws[i + 1].first : std::string_view{};
        cheer = cheer || one_of(w, {"congrats", "congratulations", "kudos", "bravo"}) ||
                (w == "win" && i > 0 && one_of(ws[i - 1].first, {"big", "quick", "huge", "another", "massive"})) ||
                (w == "job" && i > 0 && one_of(ws[i - 1].first, {"great", "good", "nice", "fantastic", "amazing"})) ||
                (w == "hats" && next == "off") ||
                (w == "way" && next == "to" && i + 2 < ws.size() && ws[i + 2].first == "go");
        if (i == 0 || (i == 1 && one_of(ws[0].first, {"oh", "wow", "well"})))
            praise_open = one_of(w, {"great", "nice", "good", "fantastic", "amazing", "wonderful", "brilliant",
                                     "congrats", "congratulations", "kudos", "bravo", "awesome"});
        if (one_of(w, {"zero", "no", "without", "never"})) {
            i += 3;  // "zero failed charges", "without a single rollback": what was averted
            continue;
        }
        failure = failure || failure_word(w, i > 0 ? ws[i - 1].first : std::string_view{}) ||
                  one_of(w, {"late", "behind", "overdue", "nobody", "can't", "cannot"}) ||
                  (one_of(w, {"pushed", "moved"}) && one_of(next, {"back", "out", "another", "again"})) ||
                  // "nothing builds now" (but "nothing broke" is a harm averted).
                  (w == "nothing" && one_of(next, {"works", "builds", "loads", "runs", "compiles", "passes", "deploys",
                                                   "starts", "renders"}));
        again = again || one_of(w, {"another", "again", "third", "fourth", "fifth", "yet"});
        if (one_of(w, {"shipped", "launched", "released", "fixed", "resolved", "time", "early", "ahead", "record",
                       "successful", "smooth", "clean", "flawless", "solid"}))
            return false;
    }
    // "Great job product, another spec nobody can build": praise opening, a repeat beside a failure.
    return cheer && (failure || (again && praise_open && emoji));
}

// The writer publishing the matter to many: a verb of posting, copying or forwarding done by the writer ("I'll
// drop this in the all-hands channel", "cc'ing the whole department", "sending this to the full eng list",
// "forwarding this to all of engineering"), toward an audience of many. A channel where something happens ("the
// alert fires in #oncall") or a small one ("I'll share the numbers in #perf-team") is no audience of many.
bool published_to_many(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"all", "whole", "entire", "full", "every", "everyone", "everybody",
                                             "general", "all-hands", "company-wide", "org-wide", "all-company",
                                             "company", "org", "town", "townhall"})) ||
        !any_word(c, WordBloom::word_hashes(
                         {"post",         "posting", "drop",     "dropping", "put",        "putting",      "share",
                          "sharing",      "send",    "sending",  "forward",  "forwarding", "cc",           "cc'ing",
                          "ccing",        "cc'd",    "copy",     "copying",  "crosspost",  "crossposting", "broadcast",
                          "broadcasting", "blast",   "blasting", "email",    "emailing",   "raise",        "raising",
                          "take",         "taking",  "bring",    "bringing", "escalating"})))
        return false;
    // "Sharing the write-up with the whole org as agreed in the postmortem": a publication asked for.
    if (at_their_request(c, x) ||
        has_any(c, sentence_text(c, x), {"as agreed", "as promised", "as requested", "as discussed"}))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (!one_of(w, {"post",       "posting",       "drop",      "dropping",     "put",       "putting",
                        "share",      "sharing",       "send",      "sending",      "forward",   "forwarding",
                        "cc",         "cc'ing",        "ccing",     "cc'd",         "copy",      "copying",
                        "cross-post", "cross-posting", "crosspost", "crossposting", "broadcast", "broadcasting",
                        "blast",      "blasting",      "email",     "emailing",     "raise",     "raising",
                        "take",       "taking",        "bring",     "bringing",     "escalating"}))
            continue;
        // The writer's act: the sentence opens with it ("Sending this…") or the writer is its subject within three
        // words ("I'll drop…", "I'm going to post…", "we're cc'ing…").
        bool own = i == 0 || (i == 1 && one_of(ws[0].first, {"cross", "just", "also", "now", "so", "and"}));
        for (std::size_t k = i; k-- > 0 && k + 4 > i && !own;) {
            if (one_of(ws[k].first, {"you", "they", "he", "she", "bot", "it", "alert", "please", "can", "could"}))
                break;
            own = one_of(ws[k].first, {"i", "i'll", "i'm", "i've", "im", "ill", "we'll", "we're", "let's", "gonna",
                                       "going", "about"});
        }
        if (!own) continue;
        for (std::size_t k = i + 1; k < ws.size() && k <= i + 10; ++k) {
            auto const v = ws[k].first;
            auto const after = [&](std::size_t n) { return k + n < ws.size() ? ws[k + n].first : std::string_view{}; };
            // A hyphen or a '#' before the word: a channel's or a list's name ("#eng-all", "#general").
            char const before = ws[k].second > 0 ? c.s[ws[k].second - 1] : ' ';
            if (one_of(v, {"everyone", "everybody"}) || (v == "all" && one_of(after(1), {"hands", "company"})) ||
                (one_of(v, {"company", "org"}) && after(1) == "wide" && c.s[ws[k + 1].second - 1] == '-') ||
                (v == "all" && after(1) == "of" &&
                 one_of(after(2), {"engineering", "eng", "product", "the", "us", "you", "tech"})) ||
                (v == "all" && (before == '-' || before == '#')) || (v == "town" && after(1) == "hall") ||
                v == "townhall" ||
                (one_of(v, {"general", "announcements", "announce"}) && (before == '#' || after(1) == "channel")))
                return true;
            if (one_of(v, {"whole", "entire", "full", "every"}))
                for (std::size_t j = k + 1; j < ws.size() && j <= k + 3; ++j)
                    if (one_of(ws[j].first,
                               {"company",     "org",   "organisation", "organization", "department", "division",
                                "engineering", "eng",   "list",         "mailing",      "dl",         "distro",
                                "floor",       "staff", "channel",      "leads",        "lead",       "managers",
                                "team",        "teams", "product",      "leadership"}))
                        return true;
        }
    }
    return false;
}

// ---- Constructions (the person20 round): dealings with a person judged futile, a group kept away as unfit, a
// person likened to a child or an animal, a person's role praised in irony. Each asks the word filter first. ----

// A person or a group of people at word `i`: a subject (subject_at) or a group named by its trade or standing ("the
// interns", "QA", "the contractors", "the backend folks"). The writer ("I", "we", "my team") is none.
bool people_at(Context const& c, std::vector<std::pair<std::string_view, std::uint32_t>> const& ws, std::size_t i) {
    auto const w = ws[i].first;
    if (one_of(w, {"i", "we", "us", "me", "it", "it's", "they", "them", "people", "someone", "somebody", "whoever"}))
        return false;
    return subject_at(c, ws, i) || role_subject(w) ||
           one_of(w, {"interns", "intern", "juniors", "contractors", "contractor", "qa", "ops", "sre", "folks",
                      "consultants", "consultant", "freelancers", "offshore", "agency", "newbies", "legal", "finance",
                      "procurement", "hr"});
}

// "Talking to Ines is a waste of time", "working with the data team is hopeless", "Bruno is impossible to work with":
// dealing with a person judged futile in itself ("talking to Ines first is a good idea", "waiting on CI is pointless"
// judge a step or a thing, not someone; "no point arguing with Bea in the doc" weighs the forum).
bool futile_dealings(Context const& c, Sentence const& x) {
    static constexpr std::string_view futile[] = {"waste",   "hopeless",   "pointless", "useless",
                                                  "futile",  "impossible", "nightmare", "exhausting",
                                                  "painful", "wall",       "nowhere"};
    if (!any_word(c, WordBloom::word_hashes(futile))) return false;
    auto const& ws = words_of(c, x);
    auto const dealing = [](std::string_view w) {
        return one_of(w, {"talking", "working", "dealing",    "arguing",     "reasoning",     "waiting", "asking",
                          "pinging", "chasing", "explaining", "negotiating", "collaborating", "syncing", "talk",
                          "work",    "deal",    "argue",      "reason",      "wait",          "ask",     "ping",
                          "chase",   "explain", "negotiate",  "collaborate"});
    };
    // The person dealt with, within six words after the verb: its object ("asking Ravi", "chasing Lucia") or after a
    // preposition ("talking to Ines", "working with the data team", "explaining the budget to product").
    auto const dealt_with = [&](std::size_t v) {
        for (std::size_t k = v + 1; k < ws.size() && k <= v + 6; ++k) {
            if (one_of(ws[k].first, {"is", "was", "has", "and", "but", "because", "so", "if", "when", "since"})) break;
            auto const prev = ws[k - 1].first;
            if ((k == v + 1 || one_of(prev, {"to", "with", "on", "for", "the", "our", "their", "your"}) ||
                 one_of(ws[k].first, {"team", "teams", "folks"})) &&
                (people_at(c, ws, k) || one_of(ws[k].first, {"him", "her", "them", "you"})))
                return true;
        }
        return false;
    };
    auto const futile_at = [&](std::size_t k) {
        auto const w = ws[k].first;
        auto const next = k + 1 < ws.size() ? ws[k + 1].first : std::string_view{};
        if (one_of(w, {"hopeless", "pointless", "useless", "futile", "nightmare", "exhausting", "painful"}))
            return true;
        if (w == "waste" && next == "of") return true;
        if (w == "wall" && k > 1 && ws[k - 1].first == "a" && ws[k - 2].first == "to") return true;
        return w == "nowhere" && k > 0 && one_of(ws[k - 1].first, {"goes", "gets", "going", "getting", "went", "got"});
    };
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        // "Talking to Ines is a waste of time", "working with the data team is hopeless": the dealing opens the
        // clause, its judgment follows a copula.
        if (dealing(w) && w.ends_with("ing") && dealt_with(i) &&
            (i == 0 || one_of(ws[i - 1].first, {"honestly", "tbh", "frankly", "but", "and", "so", "because", "that",
                                                "seriously", "just", "trying", "again"}))) {
            for (std::size_t k = i + 2; k < ws.size() && k <= i + 12; ++k) {
                if (one_of(ws[k].first, {"is", "was", "has", "feels", "seems", "remains", "becomes", "goes", "gets",
                                         "going", "getting", "got", "went", "'s", "been", "like"})) {
                    for (std::size_t m = k; m < ws.size() && m <= k + 5; ++m)
                        if (futile_at(m)) return true;
                    break;
                }
            }
        }
        // "It's a waste of time talking to Ines", "it's pointless asking product": the judgment first.
        if (futile_at(i))
            for (std::size_t v = i + 1; v < ws.size() && v <= i + 4; ++v)
                if (dealing(ws[v].first) && ws[v].first.ends_with("ing") && dealt_with(v)) return true;
        // "Bruno is impossible to work with", "the data team is a nightmare to deal with".
        if (people_at(c, ws, i) && i + 4 < ws.size() && one_of(ws[i + 1].first, {"is", "are", "was", "were"})) {
            auto k = i + 2;
            while (k < ws.size() && one_of(ws[k].first, {"just", "simply", "basically", "a", "an", "absolute", "total",
                                                         "complete", "literally", "honestly"}))
                ++k;
            if (k + 2 < ws.size() &&
                one_of(ws[k].first, {"impossible", "nightmare", "exhausting", "painful", "hopeless"}) &&
                ws[k + 1].first == "to" && dealing(ws[k + 2].first))
                return true;
        }
    }
    return false;
}

// "she agrees in the meeting and then does her own thing", "he says yes to everything and delivers nothing", "they
// promise the moon and ship nothing": a person's assent set against what they then fail to do, as a habit ("she
// reviewed it and changed nothing" has no assent to betray).
bool assent_betrayed(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"nothing", "none", "own", "opposite", "whatever"}))) return false;
    auto const& ws = words_of(c, x);
    std::size_t subject = ws.size();
    for (std::size_t i = 0; i < ws.size(); ++i) {
        if (subject == ws.size()) {
            if (people_at(c, ws, i) || one_of(ws[i].first, {"he", "she", "they"})) subject = i;
            continue;
        }
        auto const w = ws[i].first;
        bool const assent = one_of(w, {"agrees", "agreed", "promises", "promised", "nods", "nodded", "commits",
                                       "committed", "approves", "approved", "accepts", "accepted"}) ||
                            (one_of(w, {"says", "said"}) && i + 1 < ws.size() && ws[i + 1].first == "yes");
        if (!assent || i > subject + 4) continue;
        for (std::size_t k = i + 1; k + 1 < ws.size() && k <= i + 10; ++k) {
            if (ws[k].first != "and") continue;
            auto v = k + 1;
            if (v < ws.size() && one_of(ws[v].first, {"then", "just", "still"})) ++v;
            if (v + 1 >= ws.size()) break;
            // Any verb, with up to two particles ("follows through on nothing"), then nothing, none, the opposite,
            // their own thing, whatever they want.
            while (v + 2 < ws.size() && one_of(ws[v + 1].first, {"through", "on", "up", "with", "out"})) ++v;
            auto const obj = ws[v + 1].first;
            if (one_of(obj, {"nothing", "none"}) ||
                (obj == "the" && v + 2 < ws.size() && ws[v + 2].first == "opposite") ||
                (one_of(obj, {"his", "her", "their"}) && v + 3 < ws.size() && ws[v + 2].first == "own") ||
                (obj == "whatever" && v + 2 < ws.size() && one_of(ws[v + 2].first, {"he", "she", "they"})) ||
                (obj == "own" && v + 2 < ws.size() && ws[v + 2].first == "way"))
                return true;
            break;
        }
    }
    return false;
}

// "Keep the interns away from the billing code, they'll break it", "don't let QA near the release branch, they
// always make a mess": a group kept out of something as unfit, with the damage they would do foretold ("keep the
// interns off prod until their access training is done" keeps them out for a reason, and forecasts nothing).
bool kept_away_as_unfit(Context const& c, Sentence const& x) {
    if (!any_word(c,
                  WordBloom::word_hashes({"away", "near", "off", "out", "allowed", "touch", "touching", "access"})) ||
        !any_word(c, WordBloom::word_hashes({"break", "breaks", "mess", "screw", "wreck", "ruin", "botch", "trash",
                                             "destroy", "nuke", "blow", "burn", "broke", "messed", "screwed"})))
        return false;
    auto const& ws = words_of(c, x);
    std::size_t group = ws.size();
    for (std::size_t i = 0; i + 1 < ws.size() && group == ws.size(); ++i) {
        auto const w = ws[i].first;
        auto n = i + 1;
        if (n < ws.size() && one_of(ws[n].first, {"the", "our", "their", "your", "those", "any"})) ++n;
        if (n >= ws.size() || !people_at(c, ws, n)) continue;
        auto const after = n + 1 < ws.size() ? ws[n + 1].first : std::string_view{};
        // "keep the interns away from", "keep QA out of", "don't let the contractors near / touch".
        // "don't give the offshore team access to prod": access withheld.
        bool const access = (n + 1 < ws.size() && ws[n + 1].first == "access") ||
                            (n + 2 < ws.size() && people_at(c, ws, n + 1) && ws[n + 2].first == "access");
        if ((one_of(w, {"give", "giving", "grant", "granting"}) && i > 0 &&
             one_of(ws[i - 1].first, {"don't", "dont", "never", "not", "shouldn't", "won't", "stop"}) && access) ||
            (one_of(w, {"keep", "keeping", "kept"}) && one_of(after, {"away", "out", "off"})) ||
            (one_of(w, {"let", "letting", "allow", "allowing"}) && i > 0 &&
             one_of(ws[i - 1].first,
                    {"don't", "dont", "never", "not", "stop", "shouldn't", "won't", "can't", "mustn't"}) &&
             one_of(after, {"near", "anywhere", "touch", "within"})))
            group = n;
    }
    // "the interns shouldn't be allowed near", "QA should stay away from".
    for (std::size_t i = 0; i + 3 < ws.size() && group == ws.size(); ++i)
        if (people_at(c, ws, i) && one_of(ws[i + 1].first, {"shouldn't", "should", "mustn't", "can't"}) &&
            ((ws[i + 2].first == "be" && ws[i + 3].first == "allowed") ||
             (ws[i + 2].first == "stay" && one_of(ws[i + 3].first, {"away", "out", "off"})) ||
             (one_of(ws[i + 1].first, {"shouldn't", "mustn't"}) && ws[i + 2].first == "touch")))
            group = i;
    if (group == ws.size()) return false;
    // The damage foretold of them, in this sentence after the group or the next: "they'll break it", "they always
    // make a mess", "he will screw it up".
    auto const damage = [](std::string_view w) {
        return one_of(w, {"break",   "breaks",  "broke",   "mess",     "messes", "messed", "screw",
                          "screws",  "screwed", "wreck",   "wrecks",   "ruin",   "ruins",  "botch",
                          "botches", "trash",   "destroy", "destroys", "nuke",   "blow",   "burn"});
    };
    auto const foretold = [&](std::vector<std::pair<std::string_view, std::uint32_t>> const& v, std::size_t from) {
        for (std::size_t k = from; k + 1 < v.size(); ++k) {
            if (!one_of(v[k].first, {"they", "they'll", "they'd", "he", "he'll", "she", "she'll", "he'd", "she'd"}))
                continue;
            for (std::size_t m = k + 1; m < v.size() && m <= k + 4; ++m)
                if (damage(v[m].first)) return true;
        }
        return false;
    };
    if (foretold(ws, group + 1)) return true;
    auto const i = static_cast<std::size_t>(&x - c.sentences.data());
    return i + 1 < c.sentences.size() && foretold(words_of(c, c.sentences[i + 1]), 0);
}

// "She runs the roadmap like a toddler with a crayon", "our PM has the memory of a goldfish", "talking around
// someone is what a fifth grader does": a person likened to a child or an animal ("explain it like I'm five", "the
// UI is simple enough for a child" liken no one).
bool belittling_likeness(Context const& c, Sentence const& x) {
    static constexpr std::string_view likened[] = {
        "toddler",  "toddlers",    "child",    "children", "kid",      "kids",      "kindergartner", "kindergarten",
        "grader",   "preschooler", "baby",     "babies",   "monkey",   "monkeys",   "chimp",         "chimps",
        "goldfish", "chicken",     "chickens", "caveman",  "teenager", "teenagers", "five-year-old", "toddler's"};
    static constexpr auto hashes = WordBloom::word_hashes(likened);
    if (!any_word(c, hashes)) return false;
    auto const& ws = words_of(c, x);
    static WordSet const set{likened};
    for (std::size_t i = 2; i < ws.size(); ++i) {
        if (!set.contains(ws[i].first)) continue;
        // "like a toddler", "like kids", "the memory of a goldfish", "what a fifth grader does".
        auto k = i - 1;
        while (k > 0 && one_of(ws[k].first, {"fifth", "sixth", "first", "second", "third", "spoiled", "bored", "little",
                                             "headless", "sugar-high", "toddler", "overtired", "cranky", "drunk"}))
            --k;
        bool const article = one_of(ws[k].first, {"a", "an", "some"});
        auto const lead = article && k > 0 ? ws[k - 1].first : ws[k].first;
        auto const lead_at = article && k > 0 ? k - 1 : k;
        bool const like = one_of(lead, {"like", "than"});
        bool const of = lead == "of" && lead_at > 1 && one_of(ws[lead_at - 2].first, {"the", "a"});
        bool const what =
            lead == "what" && article && i + 1 < ws.size() && one_of(ws[i + 1].first, {"does", "do", "would", "did"});
        if (!like && !of && !what) continue;
        // Who is likened: a person, the subject of the clause before the likeness ("she runs …", "our PM has …"),
        // or, for a deed called childish, someone the message addresses ("don't copy us. Talking around someone is
        // what a fifth grader does").
        if (what) {
            if (any_word(c, WordBloom::word_hashes({"you", "your", "you're", "he", "she", "they"}))) return true;
            continue;
        }
        for (std::size_t s = 0; s + 1 < lead_at; ++s) {
            if (one_of(ws[s].first, {"i", "i'm", "we", "it", "it's", "this", "that"})) break;
            if (people_at(c, ws, s) || one_of(ws[s].first, {"he", "she", "they", "you", "he's", "she's", "you're"}))
                return true;
        }
    }
    return false;
}

// "Great PM.", "What a leader.", "Stellar management, Dana.": a person's role praised in a sentence of its own, in a
// message that says something went wrong and thanks no one: irony aimed at the person ("Great PM, thanks for the
// quick call on scope" is meant).
bool role_praised_in_irony(Context const& c, Sentence const& x) {
    static constexpr std::string_view roles[] = {"pm",   "manager", "leader",   "leadership",   "engineer", "teammate",
                                                 "lead", "owner",   "director", "communicator", "listener", "boss"};
    if (!any_word(c, WordBloom::word_hashes(roles)) || c.has(Lex::thanks)) return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 2 || ws.size() > 4) return false;
    std::size_t i = 0;
    bool ironic_lead = one_of(ws[i].first, {"what", "such", "real", "truly", "true"});
    if (ironic_lead) ++i;
    if (i < ws.size() && one_of(ws[i].first, {"a", "an"})) ++i;
    if (i < ws.size() && one_of(ws[i].first, {"great", "stellar", "amazing", "fantastic", "brilliant", "wonderful",
                                              "excellent", "outstanding", "top-notch", "terrific", "superb", "nice",
                                              "inspiring", "inspired", "visionary", "world-class", "awesome"})) {
        ironic_lead = true;
        ++i;
    }
    if (!ironic_lead || i >= ws.size() || std::ranges::find(roles, ws[i].first) == std::end(roles)) return false;
    // Something gone wrong said in the message, outside this sentence: a harm or a judgment, or a deed done without
    // what it needed, blamed on others or done again.
    return std::ranges::any_of(
               c.hits,
               [&](Hit const& h) {
                   return (h.lex == Lex::negative || h.lex == Lex::harm_verb || h.lex == Lex::judgment) &&
                          (h.end <= x.b || h.begin >= x.e) && !c.in_quote(h.begin, h.end);
               }) ||
           any_word(c, WordBloom::word_hashes({"without", "blamed", "ignored", "skipped", "forgot", "again"}));
}

// "This is what happens when PMs approve code", "that's what you get when sales sets the dates": a harm put down to
// who someone is, as a rule ("this is what happens when the cache expires" is a thing's doing).
bool blamed_as_a_rule(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"happens", "happen", "get"})) ||
        !any_word(c, WordBloom::word_hashes({"when", "whenever", "if"})))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 2 < ws.size(); ++i) {
        if (ws[i].first != "what" ||
            !one_of(ws[i - 1].first, {"is", "was", "that's", "this's", "what's", "exactly", "just", "precisely"}))
            continue;
        auto k = i + 1;
        if (k < ws.size() && ws[k].first == "you") ++k;
        if (k >= ws.size() || !one_of(ws[k].first, {"happens", "happen", "get", "happened"})) continue;
        ++k;
        if (k >= ws.size() || !one_of(ws[k].first, {"when", "whenever", "if"})) continue;
        ++k;
        // "when you let sales set the dates": the people let loose.
        if (k + 1 < ws.size() && ws[k].first == "you" && one_of(ws[k + 1].first, {"let", "put", "give", "leave"}))
            k += 2;
        if (k < ws.size() && one_of(ws[k].first, {"the", "our", "your", "their"})) ++k;
        if (k < ws.size() && people_at(c, ws, k)) return true;
    }
    return false;
}

// "maybe read the ticket history before asking", "try checking the runbook before paging me": the reader told to do
// the basics before they bother anyone, a jab at them ("please read the migration notes before the sync" asks for a
// step before a meeting).
bool basics_before_asking(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"before"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"maybe", "perhaps", "try", "next"})) continue;
        auto k = i + 1;
        if (ws[i].first == "next" && k < ws.size() && ws[k].first == "time") ++k;
        if (k < ws.size() && one_of(ws[k].first, {"just", "actually", "try"})) ++k;
        if (k >= ws.size() || !one_of(ws[k].first, {"read", "reading", "check", "checking", "look", "looking", "search",
                                                    "searching", "open", "opening", "test", "testing"}))
            continue;
        for (std::size_t b = k + 1; b + 1 < ws.size() && b <= k + 8; ++b)
            if (ws[b].first == "before" &&
                one_of(ws[b + 1].first, {"asking", "complaining", "commenting", "pinging", "paging", "filing",
                                         "posting", "replying", "demanding", "escalating", "blaming", "emailing"}))
                return true;
    }
    return false;
}

// "people should know who made that call", "I want everyone to see who signed off on this": the person named for the
// audience to judge ("do you know who approved the vendor contract?" asks for a fact).
bool named_for_shame(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"who"})) || x.question()) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"know", "see", "remember"}) || ws[i + 1].first != "who") continue;
        auto const verb = ws[i + 2].first;
        if (!one_of(verb, {"made", "signed", "approved", "decided", "pushed", "broke", "caused", "overruled", "merged",
                           "killed", "promised", "chose", "picked", "dropped", "blocked"}))
            continue;
        // Told to the audience: "should know", "need to see", "deserve to know", "want everyone to see"; the writer as
        // the one who needs to know ("we should know who signed the contract before we call") asks for a fact.
        auto s = i - 1;
        while (s > 0 && one_of(ws[s].first, {"to", "should", "need", "must", "really", "ought", "have", "will", "would",
                                             "just", "first", "all", "definitely"}))
            --s;
        if (one_of(ws[s].first, {"we", "i", "i'd", "we'd", "i'll", "we'll"})) continue;
        for (std::size_t k = i >= 6 ? i - 6 : 0; k < i; ++k)
            if (one_of(ws[k].first, {"should", "deserve", "deserves", "need", "needs", "must", "want", "ought", "let",
                                     "gonna", "will"}))
                return true;
    }
    return false;
}

// ---- The person hint (detector/hints.cpp): a judgment said of a person, read from the same words. ----

// A person as the subject of a clause: "you", "he", "they", a mention, a name, a role behind a determiner ("the
// PM", "our maintainers"). The writer ("I", "we") never is.
constexpr std::string_view subject_pronouns[] = {"you",     "you're",  "youre",   "u",     "he",     "she",    "they",
                                                 "he's",    "she's",   "they're", "hes",   "shes",   "theyre", "you've",
                                                 "you'll",  "you'd",   "he'd",    "she'd", "they'd", "he'll",  "she'll",
                                                 "they'll", "they've", "mr",      "ms",    "mrs"};
constexpr std::string_view role_nouns[] = {"pm",         "pms",         "product",  "management", "leadership",
                                           "maintainer", "maintainers", "author",   "dev",        "devs",
                                           "developer",  "developers",  "designer", "manager",    "lead",
                                           "owner",      "boss",        "reviewer", "reviewers"};
// The predicate's words that judge the person it is said of: blame, a motive or a habit held against them,
// mistreatment of others ("dismissing and silencing your users", "you're the one putting the team under
// pressure", "he never reads the spec"). Stems: a word judges when it starts with one.
constexpr std::string_view judging_stems[] = {
    "fault",    "blam",   "ignor",   "dismiss",    "silenc",     "belittl",    "undermin",  "stonewall",
    "gaslight", "bully",  "bulli",   "sabotag",    "dodg",       "overrul",    "overrode",  "steamroll",
    "lie",      "lied",   "lying",   "refus",      "pretend",    "never",      "keeps",     "kept",
    "clue",     "bother", "mislead", "misled",     "disrespect", "sidelin",    "hijack",    "bypass",
    "pressur",  "forc",   "wast",    "understand", "understood", "listen",     "capab",     "competen",
    "qualif",   "always", "every",   "zero",       "stick",      "convenient", "deliberat", "selective"};
// What a person has that a judgment names, after a possessive ("your judgement", "his attitude", "Dana's ego").
// (Beside faculty_words, the rules' list: these judge only as a hint, "your ability to ship" is no finding.)
constexpr std::string_view faculty_nouns[] = {"judgement", "judgment", "ability", "abilities", "excuses"};
// Where a clause ends: the predicate of a subject is read up to one of these or ten words on.
constexpr std::string_view clause_breaks[] = {"but",   "because", "since", "although", "though",  "while",
                                              "which", "so",      "if",    "when",     "whereas", "unless"};
// Lexicons whose phrase in a person's predicate judges them.
// (Not the PM's pressure: "you'll be able to get it done" presses, it judges no one.)
constexpr Lex judging_lexicons[] = {Lex::judgment,     Lex::negative,      Lex::harsh,
                                    Lex::person_trait, Lex::person_attack, Lex::insult};

// A judgment said of a person: a person as a clause's subject with a judging word or phrase in its predicate
// ("This is on you, you never read the spec", "<@U1> dismissing your users", "you're the one putting the team
// under pressure"), or the blame put on someone by a possessive ("This is Dave's fault", not "nobody's fault",
// "my fault"). A person mentioned ("They need it by next month", "Can you describe ...") is not one.
}  // namespace

// --- precision11: a subject that is no person to judge, a predicate that is someone else's ---
namespace {
// "The Windows silent install appears to fail silently", "What if Athena query fails", "Supporting Firefox would
// mean ... bugs", "\"Accept Merge\" is a bit strange": a capitalised word after a determiner, a gerund or a
// preposition, one that modifies the noun after it, or one inside quotation marks names a product or a label, not
// a person ("Dana never reads the spec", "if Omar ignores it" stay a person as the subject).
bool p11_name_not_a_person(Context const& c, std::vector<std::pair<std::string_view, std::uint32_t>> const& ws,
                           std::size_t i, std::uint32_t sentence_b) {
    // "My Coworker refuses ...": a capitalised noun of a person is one.
    if (one_of(ws[i].first, {"coworker", "colleague", "manager", "boss", "lead", "teammate", "intern", "contractor",
                             "reviewer", "maintainer", "director", "engineer", "developer", "designer"}))
        return false;
    // "the Japanese distributor", "the Acme team": a name before a noun of people names those people.
    if (i + 1 < ws.size() &&
        one_of(ws[i + 1].first, {"distributor", "distributors", "team",      "teams",       "folks",     "guys",
                                 "people",      "devs",         "engineers", "developers",  "pm",        "manager",
                                 "managers",    "customer",     "customers", "client",      "clients",   "partner",
                                 "partners",    "lead",         "owner",     "owners",      "vendor",    "vendors",
                                 "support",     "sales",        "staff",     "maintainers", "reviewers", "crew"}))
        return false;
    if (i > 0 &&
        (one_of(ws[i - 1].first, {"the", "a",  "an",   "this",  "that", "our",  "their", "my",    "of",  "for", "with",
                                  "in",  "on", "from", "about", "into", "than", "via",   "using", "use", "like"}) ||
         (ws[i - 1].first.size() > 4 && ws[i - 1].first.ends_with("ing"))))
        return true;
    // Inside quotation marks: an odd number of them between the sentence's start and the word.
    auto const ob = c.norm.orig_begin(sentence_b), oe = c.norm.orig_begin(ws[i].second);
    int marks = 0;
    for (auto k = ob; k < oe && k < c.orig.size(); ++k)
        if (c.orig[k] == '"') ++marks;
    for (auto at = c.orig.find("\xE2\x80\x9C", ob); at != std::string_view::npos && at < oe;
         at = c.orig.find("\xE2\x80\x9C", at + 1))
        ++marks;
    for (auto at = c.orig.find("\xE2\x80\x9D", ob); at != std::string_view::npos && at < oe;
         at = c.orig.find("\xE2\x80\x9D", at + 1))
        ++marks;
    if (marks % 2 == 1) return true;
    // A noun it modifies: the next word neither a verb of what someone is or does nor an adverb or a modal before
    // one ("Athena query fails", "Windows silent install" vs "Dana never", "Omar ignored", "Bea said").
    if (i + 1 >= ws.size()) return false;
    auto const n = ws[i + 1].first;
    if (c.orig_byte(ws[i + 1].second) >= 'A' && c.orig_byte(ws[i + 1].second) <= 'Z') return false;  // "Dana Smith"
    if (n.ends_with("s") || n.ends_with("ed") || n.ends_with("n't") || n.ends_with("ly")) return false;
    return !one_of(
        n, {"is",     "was",     "has",    "had",    "never",  "always", "just",   "keeps", "kept",    "still",
            "will",   "would",   "can",    "could",  "should", "must",   "might",  "may",   "did",     "does",
            "do",     "said",    "made",   "told",   "went",   "got",    "gave",   "took",  "thought", "put",
            "left",   "broke",   "wrote",  "knew",   "saw",    "ran",    "sent",   "chose", "let",     "set",
            "seems",  "also",    "only",   "again",  "even",   "really", "simply", "won't", "can't",   "isn't",
            "wasn't", "doesn't", "didn't", "cannot", "and",    "or",     "to",     "who",   "here",    "there"});
}

// "if you don't want to I will not force", "you are able to have it never turn off": the predicate of the person
// ends where a clause with a subject of its own begins ("I", "we", "it never ...").
bool p11_new_subject(std::vector<std::pair<std::string_view, std::uint32_t>> const& ws, std::size_t k) {
    auto const w = ws[k].first;
    if (one_of(w, {"i", "i'll", "i'm", "i'd", "i've", "we", "we'll", "we're", "we'd", "we've"})) return true;
    // "if you don't help users understand how you work": the people the reader serves, then their own verb.
    if (one_of(w, {"users", "customers", "people", "folks", "clients"}) && k + 1 < ws.size() &&
        !one_of(ws[k + 1].first, {"and", "or", "to", "of", "in", "on", "at", "for", "with", "by", "from"}))
        return true;
    return one_of(w, {"it", "this", "that"}) && k + 1 < ws.size() &&
           one_of(ws[k + 1].first, {"never", "always", "will", "would", "won't", "doesn't", "didn't", "is", "was",
                                    "keeps", "just", "should", "can", "can't"});
}

// "Thank you again", "thanks you": the reader thanked is the verb's object, no subject judged.
bool p11_object_of_thanks(std::vector<std::pair<std::string_view, std::uint32_t>> const& ws, std::size_t i) {
    return i > 0 && ws[i].first == "you" && one_of(ws[i - 1].first, {"thank", "thanks"});
}

// "They are always sorted by name": a habit word before a passive with its agent describes how a thing is handled,
// not what a person does ("he is never prepared for the review" is said of him).
bool p11_passive_with_agent(std::vector<std::pair<std::string_view, std::uint32_t>> const& ws, std::size_t k) {
    return k > 0 && k + 2 < ws.size() && one_of(ws[k - 1].first, {"are", "is", "were", "was", "be", "been", "get"}) &&
           ws[k + 1].first.ends_with("ed") && ws[k + 2].first == "by";
}

// "you try to switch": the vague word of trying judges no one alone; nor does a word of going wrong that modifies a
// thing after a possessive ("try your failed commands again"; "have you fixed your bugs yet?" still blames) or names
// one after a preposition ("the maintainers went on breaks").
bool p11_vague_negative(Context const& c, Hit const& h) {
    if (h.lex != Lex::negative) return false;
    auto const w = c.s.substr(h.begin, h.end - h.begin);
    if (w == "try") return true;
    auto const before = c.s.substr(0, h.begin);
    for (std::string_view p : {" on ", " of ", " with ", " in "})
        if (before.ends_with(p)) return true;
    if (!before.ends_with("your ") && !before.ends_with("his ") && !before.ends_with("her ") &&
        !before.ends_with("their "))
        return false;
    // A noun after it: the word modifies that thing.
    auto const rest = c.s.substr(h.end);
    if (!rest.starts_with(" ") || rest.size() < 2 || !is_word_byte(static_cast<unsigned char>(rest[1]))) return false;
    auto e = std::size_t{1};
    while (e < rest.size() && is_word_byte(static_cast<unsigned char>(rest[e]))) ++e;
    return !one_of(rest.substr(1, e - 1), {"in", "on", "at", "of", "and", "or", "again", "yet", "too", "for", "to"});
}
}  // namespace
// --- precision11: end ---

bool mentions_a_person(Context const& c) {
    static constexpr auto pronoun_hashes = WordBloom::word_hashes(subject_pronouns);
    static constexpr auto role_hashes = WordBloom::word_hashes(role_nouns);
    static constexpr std::string_view others[] = {"your", "his",  "her",  "their",  "someone", "fault",
                                                  "him",  "them", "team", "people", "guy",     "guys"};
    static constexpr auto other_hashes = WordBloom::word_hashes(others);
    return !c.names.empty() || c.words.may_hold_any(pronoun_hashes) || c.words.may_hold_any(role_hashes) ||
           c.words.may_hold_any(other_hashes) || c.s.find(ph_person) != std::string_view::npos;
}

bool judged_person(Context const& c) {
    // The message's word filter first: most messages hold no person to judge, and then no sentence is read.
    if (!mentions_a_person(c)) return false;
    enum : std::uint32_t {
        k_pronoun = 1U << 0,
        k_role = 1U << 1,
        k_faculty = 1U << 2,
        k_article = 1U << 3,
        k_fault = 1U << 4,
        k_possessive = 1U << 5,
        k_someone = 1U << 6,
    };
    static constexpr std::string_view articles[] = {"a", "an", "such", "just"};
    static constexpr std::string_view faults[] = {"fault"};
    static constexpr std::string_view possessives[] = {"your", "his", "her", "their"};
    static constexpr std::string_view someone[] = {"someone"};
    static WordKeys const kinds{{k_pronoun, subject_pronouns}, {k_role, role_nouns},  {k_faculty, faculty_nouns},
                                {k_faculty, faculty_words},    {k_article, articles}, {k_fault, faults},
                                {k_possessive, possessives},   {k_someone, someone}};
    static WordSet const breaks{clause_breaks};
    // A name is a person's when it is one capitalised word ("Dana", "Okafor"), not an acronym, an identifier, a
    // day, a month or a technology ("CI", "Friday", "March", "Kafka" name no one to judge).
    auto const name_at = [&](std::uint32_t b) {
        for (auto const& n : c.names) {
            if (n.first != b) continue;
            auto const ob = c.norm.orig_begin(n.first), oe = c.norm.orig_end(n.second);
            for (auto i = ob + 1; i < oe && i < c.orig.size(); ++i)
                if (!(c.orig[i] >= 'a' && c.orig[i] <= 'z') && c.orig[i] != '\'') return false;
            return std::none_of(c.hits.begin(), c.hits.end(), [&](Hit const& h) {
                return (h.lex == Lex::date || h.lex == Lex::tech) && h.begin <= n.first && h.end >= n.second;
            });
        }
        return false;
    };
    // "SDK", "CI", "Kafka", "Friday": capitals throughout, a technology or a date name no one, whatever verb follows.
    auto const name_shaped = [&](std::uint32_t b, std::size_t n) {
        for (auto i = c.norm.orig_begin(b) + 1;
             i < c.norm.orig_end(b + static_cast<std::uint32_t>(n)) && i < c.orig.size(); ++i)
            if (!(c.orig[i] >= 'a' && c.orig[i] <= 'z') && c.orig[i] != '\'') return false;
        return std::none_of(c.hits.begin(), c.hits.end(), [&](Hit const& h) {
            return (h.lex == Lex::date || h.lex == Lex::tech) && h.begin <= b && h.end >= b + n;
        });
    };
    auto const judging_word = [](std::string_view w) {
        return std::any_of(std::begin(judging_stems), std::end(judging_stems),
                           [&](std::string_view st) { return w.starts_with(st); });
    };
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        // The sentence's own words, read once for every construction (words_of).
        auto const& ws = words_of(c, x);
        // A clause mark (, ; : () between word `k` and the word before it.
        auto const mark_before = [&](std::size_t k) {
            auto const from = ws[k - 1].second + ws[k - 1].first.size();
            return c.s.substr(from, ws[k].second - from).find_first_of(",;:(") != std::string_view::npos;
        };
        for (std::size_t i = 0; i < ws.size(); ++i) {
            auto const w = ws[i].first;
            auto const prev = i > 0 ? ws[i - 1].first : std::string_view{};
            // One look-up a word: what it may be (most words are none of these).
            auto const kind = kinds[w];
            bool const upper = !c.shouting && c.orig_byte(ws[i].second) >= 'A' && c.orig_byte(ws[i].second) <= 'Z';
            auto const owner_before = [&] {
                return i > 0 && ((kinds[prev] & k_possessive) != 0 ||
                                 (prev.ends_with("'s") && (name_at(ws[i - 1].second) ||
                                                           (kinds[prev.substr(0, prev.size() - 2)] & k_role) != 0)));
            };
            // "Dave's fault", "your fault", "the PM's fault": blame put on someone ("nobody's fault", "not your
            // fault", "my fault" put it on no one else).
            if ((kind & k_fault) != 0 && owner_before() &&
                !(i > 1 && one_of(ws[i - 2].first, {"not", "no", "isn't", "wasn't", "never"})))
                return true;
            // "your judgement", "his attitude", "Dana's ego": a person's faculty held up.
            if ((kind & k_faculty) != 0 && owner_before()) return true;
            // "Your selective quoting conveniently left out ...": a motive read into what a person did.
            if ((kind & k_possessive) != 0)
                for (std::size_t k = i + 1; k < ws.size() && k <= i + 4; ++k)
                    if (one_of(ws[k].first, {"selective", "conveniently", "deliberately", "selectively"})) return true;
            // "you're a background viewer", "you are such a ...": what the reader is, said to them.
            if ((kind & k_article) != 0 && i > 0 &&
                (prev == "you're" || prev == "youre" || (prev == "are" && i > 1 && ws[i - 2].first == "you")))
                return true;
            bool const subject =
                (kind & k_pronoun) != 0 || (w.size() == 1 && w[0] == ph_person) || (upper && name_at(ws[i].second)) ||
                ((kind & k_someone) != 0 && i + 1 < ws.size() && ws[i + 1].first == "with") ||
                // A capitalised word right before a verb of what someone is or does ("Haruto is not
                // understanding", "Gabe never reads"), where the names' reading left it out (a sentence's start).
                (upper && i + 1 < ws.size() && name_shaped(ws[i].second, ws[i].first.size()) &&
                 one_of(ws[i + 1].first,
                        {"is",     "was",    "has",   "keeps",  "never",   "just",  "always",    "doesn't",
                         "didn't", "won't",  "can't", "should", "clearly", "still", "obviously", "apparently",
                         "really", "simply", "does",  "did",    "had",     "cannot"}) &&
                 !one_of(w, {"i",       "i'm",      "i'd",    "i've",    "i'll",      "we",  "it",
                             "this",    "that",     "there",  "what",    "which",     "who", "everything",
                             "nothing", "everyone", "nobody", "someone", "something", "here"})) ||
                ((kind & k_role) != 0 &&
                 (i == 0 || one_of(prev, {"the", "our", "their", "your", "this", "that", "does", "did", "is", "has",
                                          "can", "why", "where", "when", "because", "since", "and", "but"})));
            if (!subject) continue;
            if (p11_object_of_thanks(ws, i) || ((kind & (k_pronoun | k_role | k_someone)) == 0 && w.size() != 1 &&
                                                p11_name_not_a_person(c, ws, i, x.b)))  // precision11
                continue;
            auto const pb = ws[i].second + static_cast<std::uint32_t>(w.size());
            std::uint32_t pe = pb;
            // "they're doing something else wrong": the judgment is of a thing done, not of who did it.
            auto const of_a_thing = [&](std::uint32_t at) {
                auto const before = c.s.substr(0, at);
                return before.ends_with("something ") || before.ends_with("anything ") || before.ends_with("else ") ||
                       before.ends_with("nothing ");
            };
            for (std::size_t k = i + 1; k < ws.size() && k <= i + 10; ++k) {
                if (mark_before(k) || breaks.contains(ws[k].first)) break;
                if (k > i + 1 && p11_new_subject(ws, k)) break;  // precision11
                if (judging_word(ws[k].first) && !of_a_thing(ws[k].second) && !p11_passive_with_agent(ws, k))
                    return true;
                // "you're the one putting ...", "he is the one who ...": the person singled out for what follows.
                if (ws[k].first == "one" && ws[k - 1].first == "the" && k + 1 < ws.size() && k == i + 2) return true;
                pe = ws[k].second + static_cast<std::uint32_t>(ws[k].first.size());
            }
            for (auto const& h : c.hits)
                if (h.begin >= pb && h.end <= pe &&
                    std::find(std::begin(judging_lexicons), std::end(judging_lexicons), h.lex) !=
                        std::end(judging_lexicons) &&
                    !of_a_thing(h.begin) && !p11_vague_negative(c, h))  // precision11
                    return true;
        }
    }
    return false;
}

namespace {

// The gates sentence `x` opens: the bits of its words' key lists, read once per sentence of `c`.
std::uint32_t keys_of(Context const& c, Sentence const& x) {
    static WordKeys const keys{{g_verdict, verdict_words},
                               {g_verdict, verdict_keys},
                               {g_habit, habit_keys},
                               {g_stop, stop_keys},
                               {g_problem, problem_keys},
                               {g_faculty, faculty_words},
                               {g_imposition, imposition_keys},
                               {g_praise_after, praise_after_keys},
                               {g_verdict_shape, verdict_shape_keys},
                               {g_bypass, bypass_keys},
                               {g_taken, taken_keys},
                               {g_everyone, everyone_keys},
                               {g_agreement, agreement_keys},
                               {g_novelty, novelty_keys},
                               {g_territory, territory_keys},
                               {g_ironic, ironic_keys},
                               {g_typecast, typecast_keys},
                               {g_motive, motive_keys},
                               {g_liking, liking_keys}};
    std::less<> const before;
    if (before(&x, c.sentences.data()) || !before(&x, c.sentences.data() + c.sentences.size())) return ~0U;
    auto const index = static_cast<std::size_t>(&x - c.sentences.data());
    if (index >= c.sentence_keys.size()) return ~0U;
    auto& out = c.sentence_keys[index];
    constexpr std::uint32_t read = 1U << 31;  // set once the sentence's words are looked up
    if ((out & read) != 0) return out;
    out = read;
    // The words as words_after reads them (runs of word bytes and apostrophes), and the runs of word bytes in
    // each one holding an apostrophe, in one pass.
    auto const t = c.s.substr(x.b, x.e - x.b);
    for (std::size_t i = 0; i < t.size();) {
        auto const ch = static_cast<unsigned char>(t[i]);
        if (!is_word_byte(ch) && ch != '\'') {
            ++i;
            continue;
        }
        auto const b = i;
        auto run = i;  // where the current run of word bytes started
        bool apostrophe = false;
        for (; i < t.size() && (is_word_byte(static_cast<unsigned char>(t[i])) || t[i] == '\''); ++i)
            if (t[i] == '\'') {
                if (i > run) out |= keys[t.substr(run, i - run)];
                run = i + 1;
                apostrophe = true;
            }
        out |= keys[t.substr(b, i - b)];
        if (apostrophe && i > run) out |= keys[t.substr(run, i - run)];
    }
    return out;
}

bool gated(Context const& c, Sentence const& x, std::uint32_t gates) {
    return gates_are_off() || (keys_of(c, x) & gates) != 0;
}

}  // namespace

// --- sarcasm9: sarcasm, skips-ladder and broadcast on real text, by construction: a rhetorical question mocking the
// other's claim, a mock courtesy closing an attack, a lesson foretold, a plan hoped to be a joke, misconduct offered,
// time wished back, a promise held up against a shouted question; the usual rung named and gone around, a threat to
// take it up; the whole organisation addressed. Each asks the word filter first. ----
namespace {

// "In what calendar is 12/10 'the end of the quarter'?", "In what world is two days enough for SSO?", "On which
// planet does this ship in May?": a question framed in a world of its own, mocking the claim it repeats. "In which
// calendar is the offsite?" asks where to look (a calendar, a dictionary or a sum needs "what" and someone's
// words quoted).
bool framed_in_another_world(Context const& c, Sentence const& x) {
    if (!x.question() ||
        !any_word(c, WordBloom::word_hashes({"world", "universe", "planet", "reality", "dimension", "galaxy",
                                             "calendar", "math", "maths", "arithmetic", "dictionary"})))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size() && i <= 3; ++i) {
        if (!one_of(ws[i].first, {"in", "on", "by", "from"}) || !one_of(ws[i + 1].first, {"what", "which"})) continue;
        auto const frame = ws[i + 2].first;
        auto const verb = ws[i + 3].first;
        if (!one_of(verb, {"is", "are", "was", "does", "do", "did", "would", "will", "can", "could", "has", "have"}))
            continue;
        if (one_of(frame, {"world", "universe", "planet", "reality", "dimension", "galaxy"})) return true;
        if (ws[i + 1].first != "what" || !one_of(frame, {"calendar", "math", "maths", "arithmetic", "dictionary"}))
            continue;
        bool held_up = !c.quoted.empty();
        for_scare_quotes(c, x, [&](std::string_view) { held_up = true; });
        if (held_up) return true;
    }
    return false;
}

// "Then why did you even ask?", "why even ask me", "Need I remind you that ...", "must I repeat", "do I really have
// to remind you": a question that wants no answer. "Why did you ask about the quota?" and "Do I need to remind the
// team?" want one.
bool question_wanting_no_answer(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"even", "need", "must", "remind"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        auto const w = ws[i].first;
        // "why did you even ask", "why even bother asking".
        if (w == "why")
            for (std::size_t k = i + 1; k + 1 < ws.size() && k <= i + 4; ++k)
                if (ws[k].first == "even" && one_of(ws[k + 1].first, {"ask", "asked", "asking", "bother", "bothered"}))
                    return true;
        // "need I remind you", "must I repeat myself": the modal before its subject.
        if (one_of(w, {"need", "must"}) && ws[i + 1].first == "i" &&
            (i == 0 || !one_of(ws[i - 1].first, {"i", "you", "we", "they", "you'll"})) &&
            one_of(ws[i + 2].first, {"remind", "repeat", "say", "mention", "point", "spell", "explain"}))
            return true;
        // "do I (really) need to / have to remind you".
        if (w == "remind" && i >= 3 && ws[i + 1].first == "you" && ws[i - 1].first == "to" &&
            one_of(ws[i - 2].first, {"need", "have"})) {
            auto j = i - 3;
            if (one_of(ws[j].first, {"really", "actually"}) && j > 0) --j;
            if (ws[j].first == "i" && j > 0 && ws[j - 1].first == "do") return true;
        }
    }
    return false;
}

// "> How long should it take?\n> It surely could not take more than Y days.\nOk, it seems you have an answer to your
// question then.": the asker told they answered their own question about the time it takes, the quoted size
// claimed. A fact looked up and confirmed ("> Does the API page? Oh, the docs say yes" "you have your answer") has
// no time in its quote.
bool own_answer_returned(Context const& c, Sentence const& x) {
    if (c.quoted.empty() || !any_word(c, WordBloom::word_hashes({"answer", "answered"})) ||
        !any_word(c, WordBloom::word_hashes({"question"})))
        return false;
    bool timed = false;
    for (auto const& [qb, qe] : c.quoted)
        words_after(c.s, qb, qe, 60, [&](std::string_view w, std::uint32_t) {
            return timed = one_of(w, {"take", "takes", "day", "days", "week", "weeks", "hour", "hours", "month",
                                      "months", "sprint", "sprints", "long", "longer"});
        });
    if (!timed) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (ws[i].first != "you" && ws[i].first != "you've") continue;
        bool answer = false;
        for (std::size_t k = i + 1; k < ws.size() && k <= i + 4; ++k)
            answer = answer || one_of(ws[k].first, {"answer", "answered"});
        bool own = false;
        for (std::size_t k = i + 2; k + 1 < ws.size() && k <= i + 8; ++k)
            own = own || (one_of(ws[k].first, {"your", "own"}) && ws[k + 1].first == "question") ||
                  (ws[k].first == "your" && ws[k + 1].first == "own");
        if (answer && own) return true;
    }
    return false;
}

// "You are about to learn what the 'P' in that acronym means, in a way you will dislike", "you're going to find out
// the hard way": a lesson foretold to the reader, with a word held up or the pain promised. "You're about to learn
// how billing works: I'll pair with you Monday" is an offer.
bool lesson_foretold(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"learn", "discover", "find", "realize", "realise"}))) return false;
    auto const& ws = words_of(c, x);
    bool foretold = false;
    for (std::size_t i = 0; i + 3 < ws.size() && !foretold; ++i) {
        bool const you = one_of(ws[i].first, {"you", "you're", "you'll"});
        if (!you) continue;
        // "you are about to", "you're about to", "you're going to", "you'll soon".
        std::size_t k = i + 1;
        if (ws[i].first == "you" && k < ws.size() && one_of(ws[k].first, {"are", "will"})) ++k;
        bool soon = false;
        for (; k < ws.size() && k <= i + 4; ++k) {
            if (one_of(ws[k].first, {"about", "going", "soon", "to", "gonna"})) {
                soon = soon || ws[k].first != "to";
                continue;
            }
            break;
        }
        if (!soon || k >= ws.size()) continue;
        if (one_of(ws[k].first, {"learn", "discover", "realize", "realise"}) ||
            (ws[k].first == "find" && k + 1 < ws.size() && ws[k + 1].first == "out"))
            foretold = true;
    }
    if (!foretold) return false;
    auto const t = sentence_text(c, x);
    bool held_up = false;
    for_scare_quotes(c, x, [&](std::string_view) { held_up = true; });
    return held_up || has_any(c, t,
                              {"the hard way", "in a way you", "you will dislike", "you won't like",
                               "you will not like", "you're not going to like", "you will regret", "you'll regret"});
}

// "I still hope this design is a very elaborate April Fools joke", "Please tell me this is a joke", "Is this a
// prank?": the plan taken for a joke. "I hope the joke in the release notes lands" and "the April Fools banner is a
// yearly joke" are jokes.
bool plan_taken_for_a_joke(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"joke", "prank", "fools", "kidding", "trolling"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"is", "was", "be", "it's", "this's", "that's"})) continue;
        bool joke = false;
        for (std::size_t k = i + 1; k < ws.size() && k <= i + 5 && !joke; ++k)
            joke = one_of(ws[k].first, {"joke", "prank", "kidding", "trolling"}) ||
                   (ws[k].first == "fools" && ws[k - 1].first == "april");
        if (!joke) continue;
        // The copula's subject: this, that, it or the plan named just before ("this design is", "the roadmap is").
        bool plan = one_of(ws[i].first, {"it's", "this's", "that's"});
        for (std::size_t k = i; k-- > 0 && k + 4 > i && !plan;)
            plan = one_of(ws[k].first, {"this", "that", "it", "these", "those"});
        // "Is this a prank?": the subject after the copula that opens a question.
        plan = plan || (i == 0 && x.question() && one_of(ws[1].first, {"this", "that", "it"}));
        if (!plan) continue;
        // Hoped, begged or asked for: "I hope", "hopefully", "tell me", "must be", "has to be", "is this ...?".
        bool hoped = x.question() && one_of(ws[0].first, {"is", "was", "are"});
        for (std::size_t k = 0; k < i && !hoped; ++k)
            hoped = one_of(ws[k].first, {"hope", "hoping", "hopefully", "tell", "must", "surely", "pray", "assume"}) ||
                    (one_of(ws[k].first, {"has", "have"}) && k + 2 <= i && ws[k + 1].first == "to");
        if (hoped) return true;
    }
    return false;
}

// "If you would like me to lie to you, please make that request in an email", "if you want me to fudge the
// numbers, just say so": misconduct offered as a service. "If you want me to guess, I'd say two weeks" is an
// estimate.
bool misconduct_offered(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"lie", "fake", "fudge", "pretend", "fabricate", "cook", "invent"})))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 4 < ws.size(); ++i) {
        if (ws[i].first != "if" || !one_of(ws[i + 1].first, {"you", "you'd"})) continue;
        for (std::size_t k = i + 2; k + 2 < ws.size() && k <= i + 4; ++k)
            if (ws[k].first == "me" && ws[k + 1].first == "to" &&
                one_of(ws[k + 2].first, {"lie", "fake", "fudge", "pretend", "fabricate", "cook", "invent"}))
                return true;
    }
    return false;
}

// "every one of those thoughts is a moment I'd like to have back", "hours of reading your proposal I'll never get
// back": the time given to someone's idea wished back. Time lost on a bug ("two hours debugging I'll never get
// back") is a complaint about the bug.
bool thought_wished_back(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"back"})) ||
        !any_word(c, WordBloom::word_hashes({"thought", "thoughts", "thinking", "considered", "considering",
                                             "pondering", "reading", "read", "entertaining"})))
        return false;
    auto const& ws = words_of(c, x);
    bool considered = false;
    for (auto const& [w, at] : ws)
        considered = considered || one_of(w, {"thought", "thoughts", "thinking", "considered", "considering",
                                              "pondering", "reading", "read", "entertaining"});
    if (!considered) return false;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        if (ws[i].first != "back") continue;
        // The wish right before "back", with nothing but its verb between ("never get back", "like to have back",
        // not "like the old flow back"), and the time wished for before the wish.
        std::size_t k = i;
        while (k > 0 && one_of(ws[k - 1].first, {"to", "have", "get", "got", "it", "ever", "all", "of", "that"})) --k;
        if (k == 0 || !one_of(ws[k - 1].first, {"never", "like", "want", "wish", "won't", "can't"})) continue;
        bool time = false;
        for (std::size_t j = k - 1; j-- > 0 && j + 7 > k;)
            time = time || one_of(ws[j].first, {"moment", "moments", "minute", "minutes", "hour", "hours", "time",
                                                "day", "days", "seconds", "evening", "afternoon", "weekend", "life"});
        if (time) return true;
    }
    return false;
}

// "On May 5th we were told 'the issues will be solved faster in 2 weeks'. It's May 30th, has ANYONE seen anything
// get fixed?": a promise quoted, then a question shouting its scope (ANYONE, EVER, ACTUALLY). A shouted question
// with no promise held up ("has ANYONE tested the iOS build?") is urgency.
bool promise_held_up(Context const& c, Sentence const& x) {
    if (!x.question() || c.shouting ||
        !any_word(c, WordBloom::word_hashes({"anyone", "anybody", "anything", "ever", "actually", "single"})) ||
        !any_word(c, WordBloom::word_hashes({"told", "promised", "assured", "said", "claimed"})))
        return false;
    bool shout = false;
    for (auto const& [w, at] : words_of(c, x))
        if (one_of(w, {"anyone", "anybody", "anything", "ever", "actually", "single"})) {
            bool caps = true;
            for (std::uint32_t k = 0; k < w.size() && caps; ++k)
                caps = c.orig_byte(at + k) >= 'A' && c.orig_byte(at + k) <= 'Z';
            shout = shout || caps;
        }
    if (!shout) return false;
    // The promise: "we were told '...'", "you promised that ...", "they assured us" before the question.
    auto const idx = sentence_index(c, x.b);
    for (std::ptrdiff_t j = 0; j < idx; ++j) {
        auto const& y = c.sentences[static_cast<std::size_t>(j)];
        bool promised = false;
        for (auto const& [w, at] : words_of(c, y))
            promised = promised || one_of(w, {"told", "promised", "assured", "claimed"});
        if (promised) return true;
    }
    return false;
}

// The sentence a message closes on with a cheerful courtesy, "Have a wonderful day!", "Enjoy your weekend!",
// "Best of luck!", or nullptr: a mock courtesy when the message attacks its reader before it.
Sentence const* courtesy_close(Context const& c) {
    if (c.sentences.empty() ||
        !any_word(c, WordBloom::word_hashes({"have", "enjoy", "luck", "cheers", "day", "weekend"})))
        return nullptr;
    auto const& x = c.sentences.back();
    if (c.in_quote(x.b, x.e) || c.sentences.size() < 2) return nullptr;
    auto const& ws = words_of(c, x);
    if (ws.empty() || ws.size() > 7) return nullptr;
    auto const w0 = ws[0].first;
    bool const cheer =
        (w0 == "have" && ws.size() >= 3 && ws[1].first == "a" &&
         std::ranges::any_of(
             ws,
             [](auto const& p) {
                 return one_of(p.first, {"day", "weekend", "evening", "night", "one", "week", "time", "life"});
             })) ||
        (w0 == "enjoy" && ws.size() >= 2) || (w0 == "best" && ws.size() >= 3 && ws[2].first == "luck") ||
        (w0 == "good" && ws.size() >= 2 && ws[1].first == "luck");
    return cheer ? &x : nullptr;
}

// "You are the reader's rung": the route a matter usually takes named by the writer and gone around to the reader.
// "I wanted to raise something with you directly rather than through my manager", "I know this usually goes through
// the CTO, but I felt it was important enough to bring directly to you". Someone away ("he's on leave", "asked me
// to") leaves no rung to skip; a route that is no person ("rather than through the ticket queue") is none.
bool usual_rung_gone_around(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"through", "via"})) ||
        !any_word(c, WordBloom::word_hashes({"directly", "direct", "you"})))
        return false;
    auto const& ws = words_of(c, x);
    auto const rung = [&](std::size_t k) {
        if (k < ws.size() && one_of(ws[k].first, {"my", "our", "the", "his", "her", "their", "your"})) ++k;
        if (k < ws.size() && one_of(ws[k].first, {"direct", "line", "team", "own", "usual"})) ++k;
        return k < ws.size() &&
               (authority_word(c, ws[k].first, ws[k].second) ||
                one_of(ws[k].first, {"manager", "managers", "boss", "lead", "director", "vp", "cto", "ceo", "cpo",
                                     "supervisor", "chain", "pm", "head", "management", "leadership"}));
    };
    bool around = false;
    for (std::size_t i = 1; i < ws.size() && !around; ++i) {
        if (!one_of(ws[i].first, {"through", "via"}) || !rung(i + 1)) continue;
        // "rather than (going) through", "instead of (going) through", "not through".
        for (std::size_t k = i; k-- > 0 && k + 4 > i && !around;)
            around = (ws[k].first == "than" && k > 0 && ws[k - 1].first == "rather") ||
                     (ws[k].first == "of" && k > 0 && ws[k - 1].first == "instead") || ws[k].first == "not" ||
                     ws[k].first == "bypassing" || ws[k].first == "skipping";
        // "usually goes through the CTO, but": the usual route, then a turn away from it.
        if (!around) {
            bool usual = false, turn = false;
            for (std::size_t k = i; k-- > 0 && k + 5 > i;)
                usual = usual || one_of(ws[k].first, {"usually", "normally", "typically", "generally", "supposed",
                                                      "should", "ordinarily", "customarily"});
            for (std::size_t k = i + 2; k < ws.size() && k <= i + 6; ++k)
                turn = turn || one_of(ws[k].first, {"but", "though", "although", "yet"});
            around = usual && turn;
        }
    }
    if (!around) return false;
    auto const t = sentence_text(c, x);
    // The reader as the one gone to: "directly", "to you", "with you".
    if (!has_any(c, t, {"directly", "direct to you", "to you", "with you"})) return false;
    return !has_any(c, t,
                    {"on leave", "out sick", "on vacation", "is away", "is out", "asked me", "told me to", "suggested",
                     "at his request", "at her request"});
}

// "You don't cooperate with me? Fine. I will talk to my VP.", "we can't take this any further. You're just going
// to have to talk to my VP.", "if you won't answer, I'll escalate to the director": taking the matter up the chain
// said as a threat (a "fine", an "otherwise", a dead end, a refusal put as a condition). "I'll talk to my manager
// about another engineer" asks for help.
bool threat_to_take_it_up(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes(
                         {"talk", "speak", "go", "take", "bring", "raise", "escalate", "report", "complain"})))
        return false;
    auto const& ws = words_of(c, x);
    bool move = false;
    for (std::size_t i = 0; i + 2 < ws.size() && !move; ++i) {
        // The mover: the writer ("I'll", "I will", "I'm going to") or the reader sent up ("you'll have to",
        // "you're going to have to").
        if (!one_of(ws[i].first, {"talk", "speak", "go", "take", "bring", "raise", "escalate", "report", "complain",
                                  "taking", "going", "escalating", "talking"}))
            continue;
        bool mover = false;
        for (std::size_t k = i; k-- > 0 && k + 6 > i && !mover;)
            mover = one_of(ws[k].first, {"i'll", "i", "i'm", "you'll", "you're", "you"}) && [&] {
                for (std::size_t j = k + 1; j < i; ++j)
                    if (one_of(ws[j].first, {"will", "going", "have", "gonna", "just", "to", "straight", "directly",
                                             "simply", "then", "now", "need", "must"}))
                        continue;
                    else
                        return false;
                return true;
            }();
        if (!mover) continue;
        for (std::size_t k = i + 1; k + 1 < ws.size() && k <= i + 5 && !move; ++k) {
            if (!one_of(ws[k].first, {"to", "with"})) continue;
            auto n = k + 1;
            // "you'll have to talk to your manager": the reader's own rung, theirs to climb.
            if (ws[n].first == "your") break;
            if (one_of(ws[n].first, {"my", "our", "the", "your", "his", "her"}) && n + 1 < ws.size()) ++n;
            move = authority_word(c, ws[n].first, ws[n].second) ||
                   one_of(ws[n].first, {"vp", "director", "manager", "boss", "cto", "ceo", "cpo", "supervisor", "hr",
                                        "leadership", "skip", "skip-level", "superiors", "superior"});
        }
    }
    if (!move) return false;
    auto const t = sentence_text(c, x);
    if (has_any(c, t,
                {"about getting", "about borrowing", "about hiring", "about adding", "about budget", "about headcount",
                 "for help", "for budget", "for headcount", "for another", "for more"}))
        return false;
    // The threat: in this sentence or the one before.
    auto const idx = sentence_index(c, x.b);
    auto const threat = [&](Sentence const& y) {
        auto const u = sentence_text(c, y);
        auto const& vs = words_of(c, y);
        if (!vs.empty() && one_of(vs[0].first, {"fine", "otherwise", "ugh", "whatever"})) return true;
        return has_any(
            c, u,
            {"or else", "or i'll", "any further", "no choice", "nowhere", "last warning", "you don't cooperate",
             "you won't cooperate", "if you don't cooperate", "if you won't", "if you refuse", "if you keep",
             "if you can't be bothered", "if you don't respond", "if you don't answer", "if you don't reply"});
    };
    return threat(x) || (idx > 0 && threat(c.sentences[static_cast<std::size_t>(idx - 1)]));
}

// "To everyone at the company:", "Dear all staff,", "Replying all to the whole agency:": the whole organisation
// addressed. "To everyone on the team:" and "Replying all so Dana sees it" address a few.
bool whole_org_addressed(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"company", "org", "organisation", "organization", "agency", "firm",
                                             "staff", "employees", "department", "division", "university", "school"})))
        return false;
    auto const& ws = words_of(c, x);
    auto const org = [&](std::size_t k) {
        return k < ws.size() &&
               one_of(ws[k].first, {"company", "org", "organisation", "organization", "agency", "firm", "staff",
                                    "employees", "department", "division", "university", "school"});
    };
    if (ws.size() < 2) return false;
    // The message's opening: "To everyone at the company", "Dear all staff", "Attention all employees".
    if (x.b <= 2 || sentence_index(c, x.b) == 0) {
        std::size_t i = 0;
        if (one_of(ws[0].first, {"to", "dear", "attention", "hi", "hello", "hey"})) i = 1;
        if (i == 1 && i < ws.size() && one_of(ws[i].first, {"everyone", "everybody", "all"})) {
            auto k = i + 1;
            if (k < ws.size() && one_of(ws[k].first, {"at", "in", "across", "of", "throughout"})) ++k;
            if (k < ws.size() && one_of(ws[k].first, {"the", "our", "this"})) ++k;
            if (org(k)) return true;
        }
    }
    // "Replying all to the whole agency", "reply-all to every employee".
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"replying", "reply", "replied", "reply-all", "replying-all"})) continue;
        if (i > 0 && one_of(ws[i - 1].first, {"you", "they", "he", "she", "don't", "not", "never"})) continue;
        for (std::size_t k = i + 1; k < ws.size() && k <= i + 6; ++k)
            if (one_of(ws[k].first, {"whole", "entire", "every", "all"}) && (org(k + 1) || org(k + 2))) return true;
    }
    return false;
}

// "Why have they not reached out to the governor's team?", "why hasn't anyone fixed it", "why won't leadership
// answer?": someone's failure to act put as a why-question, a grievance. "Why not ship it Monday?" proposes.
bool reproach_asked(Context const& c) {
    if (!any_word(c, WordBloom::word_hashes({"why"}))) return false;
    for (auto const& x : c.sentences) {
        if (!x.question() || c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
            if (ws[i].first != "why") continue;
            auto const v = ws[i + 1].first;
            if (one_of(v, {"haven't", "hasn't", "didn't", "don't", "doesn't", "won't", "wouldn't", "can't", "isn't",
                           "aren't", "wasn't", "weren't"}) &&
                one_of(ws[i + 2].first,
                       {"they", "he", "she", "you", "anyone", "anybody", "leadership", "management", "the"}))
                return true;
            if (one_of(v, {"have", "has", "did", "do", "does", "would", "will"}) && i + 3 < ws.size() &&
                one_of(ws[i + 2].first, {"they", "he", "she", "you", "leadership", "management"}) &&
                one_of(ws[i + 3].first, {"not", "never"}))
                return true;
        }
    }
    return false;
}

}  // namespace
// --- sarcasm9 end ---

namespace {
thread_local bool gates_off = false;
}  // namespace

bool plain_sarcasm_words(Context const& c, Hit const& h) { return plain_use(c, h); }

namespace {

// "This usually goes through the CTO", "Vendor contracts are the CFO's call", "needs the VP's sign-off": an authority
// named as the place the matter goes by process; the writer following that route skips no one.
bool authority_on_its_route(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr || h.lex != Lex::authority) return false;
    auto const before = c.s.substr(x->b, h.begin - x->b);
    auto const after = c.s.substr(h.end, std::min<std::size_t>(14, x->e - h.end));
    bool const theirs = after.starts_with("'s call") || after.starts_with("'s sign-off") ||
                        after.starts_with("'s signoff") || after.starts_with("'s approval") ||
                        after.starts_with("'s decision") || after.starts_with(" signs off") ||
                        after.starts_with(" approves");
    bool const through = before.ends_with("through the ") || before.ends_with("through our ") ||
                         before.ends_with("through a ") || before.ends_with("through ");
    bool const routed =
        through &&
        (before.find(" go") != std::string_view::npos || before.find("goes") != std::string_view::npos ||
         before.find("going") != std::string_view::npos) &&
        before.find("without") == std::string_view::npos && before.find("instead of") == std::string_view::npos;
    // "I know this usually goes through the CTO, but I'm bringing it directly to you": the route named to go around it.
    auto const rest = c.s.substr(h.end, x->e - h.end);
    bool const gone_around = rest.find(" but ") != std::string_view::npos ||
                             rest.find("directly") != std::string_view::npos ||
                             rest.find("straight") != std::string_view::npos;
    return (theirs || routed) && !gone_around;
}

}  // namespace

bool route_named(Context const& c, Sentence const& x) {
    return std::ranges::any_of(c.hits, [&](Hit const& h) {
        return h.lex == Lex::authority && h.begin >= x.b && h.end <= x.e && authority_on_its_route(c, h);
    });
}

// "You have no idea how much this helps": thanks. "The customer has no idea where the button went", "Users have no
// clue the sync failed": the people the product serves, lost in it, a usability finding. Neither judges a colleague.
bool trait_not_of_a_colleague(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const phrase = c.s.substr(h.begin, h.end - h.begin);
    if (!phrase.ends_with(" idea") && !phrase.ends_with(" clue")) return false;
    bool served = false;
    std::string_view next[2];
    int n = 0;
    words_after(c.s, h.end, x->e, 2, [&](std::string_view w, std::uint32_t) {
        next[n++] = w;
        return n == 2;
    });
    words_before(c.s, x->b, h.begin, 1, [&](std::string_view w, std::uint32_t) {
        served = served_people(w);
        return true;
    });
    return thanks_how(next[0], next[1]) || served;
}

// --- precision12: a ladder verb that is no move of the writer's ---
namespace {
// The words between `b` and `e` as (word, begin) pairs.
std::vector<std::pair<std::string_view, std::uint32_t>> p12_span_words(Context const& c, std::uint32_t b,
                                                                       std::uint32_t e) {
    std::vector<std::pair<std::string_view, std::uint32_t>> out;
    words_after(c.s, b, e, 200, [&](std::string_view w, std::uint32_t at) {
        out.emplace_back(w, at);
        return false;
    });
    return out;
}
// Words for poor workmanship only: an insult to the intellect ("a moronic mole") stays said of someone.
bool p12_workmanship_word(std::string_view w) {
    return one_of(w, {"half-baked", "half baked", "garbage", "sloppy", "shoddy", "amateurish", "careless", "useless",
                      "lazy", "pathetic"});
}

// --- learn12: a workmanship word said of a thing ---
// "the permissions model feels half baked", "it just looks a bit sloppy": a workmanship word after a linking verb
// whose subject is a thing says what the thing is like. "He is lazy", "Priya's work is sloppy" and "you are useless"
// stay said of someone.
bool l12_workmanship_of_a_subject(Context const& c, Sentence const& x, Hit const& h) {
    if (!p12_workmanship_word(c.s.substr(h.begin, h.end - h.begin))) return false;
    // "That's sloppy of you": the doing is someone's.
    for (std::string_view of : {" of you", " of him", " of her", " of them", " of his", " of your", " of their"})
        if (c.s.substr(h.end, x.e - h.end).starts_with(of)) return false;
    // "Every time Marco writes a PRD it's half-baked", "Dana's spec is sloppy", "he is lazy": a person named before it
    // in the sentence is who it judges.
    bool named = false;
    words_before(c.s, x.b, h.begin, 40, [&](std::string_view w, std::uint32_t at) {
        named = person_subject(c, w, at) || one_of(w, {"he", "she", "you", "they", "his", "her", "your", "their"});
        return named;
    });
    if (named) return false;
    // The linking verb, past a few adverbs, and a subject before it that is no one ("it's" is one already).
    bool linked = false, thing = false;
    words_before(c.s, x.b, h.begin, 8, [&](std::string_view w, std::uint32_t) {
        if (linked) {
            thing = !one_of(w, {"i", "we", "him", "them", "us", "who", "everyone", "everybody", "someone", "somebody",
                                "anyone", "nobody"});
            return true;
        }
        if (one_of(w, {"it's", "that's"})) return linked = thing = true;
        if (one_of(w, {"just", "really", "a", "bit", "little", "kind", "of", "sort", "pretty", "very", "so", "quite",
                       "totally", "completely", "still", "rather", "somewhat", "too", "honestly"}))
            return false;
        linked = one_of(w, {"feels", "feel", "felt", "looks", "look", "looked", "seems", "seem", "seemed", "sounds",
                            "sound", "is", "was", "are", "were"});
        return !linked;
    });
    return linked && thing;
}
// --- learn12: end ---

// "releasing a half-baked feature could be more damaging", "a garbage design": an attack word right before a noun
// that names no one, after an article or none, says what a thing is like ("your half-baked spec", "a half-baked
// engineer" stay).
bool p12_attack_on_a_thing(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    if (l12_workmanship_of_a_subject(c, *x, h)) return true;  // learn12
    std::string_view next;
    std::uint32_t next_at = 0;
    words_after(c.s, h.end, x->e, 1, [&](std::string_view w, std::uint32_t at) {
        next = w;
        next_at = at;
        return true;
    });
    if (next.empty() || next_at != h.end + 1 || c.s[h.end] != ' ' || next.ends_with("ly")) return false;
    if (!p12_workmanship_word(c.s.substr(h.begin, h.end - h.begin))) return false;
    if (person_word(next) || role_subject(next) ||
        one_of(next, {"and",  "or",   "to",  "of",      "about",  "at",   "with", "as",   "in", "on", "for",
                      "when", "if",   "but", "because", "so",     "than", "that", "this", "it", "is", "was",
                      "are",  "were", "be",  "you",     "he",     "she",  "they", "we",   "i",  "me", "him",
                      "her",  "them", "us",  "person",  "people", "guy",  "team", "folks"}))
        return false;
    std::string_view prev;
    words_before(c.s, x->b, h.begin, 1, [&](std::string_view w, std::uint32_t) {
        prev = w;
        return true;
    });
    return prev.empty() || one_of(prev, {"a", "an", "the", "this", "that", "such", "any", "some", "releasing",
                                         "shipping", "building", "merging", "another"});
}

// "The new toggle buttons are arguably prettier, but definitely not very intuitive", "might make it look a bit nicer at
// first, but they are often used in conjunction": taste conceded before a "but" (within six words) and what counts
// said after it in words that are not taste again.
bool p12_taste_conceded(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const t = c.s.substr(h.end, x->e - h.end);
    auto const but = t.find(" but ");
    if (but == std::string_view::npos) return false;
    // Conceded in words: a hedge on the taste within five words before it ("the new UI is horrible, but I don't know a
    // way to switch it back" concedes nothing).
    bool hedged = false;
    words_before(c.s, x->b, h.begin, 5, [&](std::string_view w, std::uint32_t) {
        hedged = one_of(w, {"arguably", "might", "may", "maybe", "perhaps", "admittedly", "sure", "probably", "bit",
                            "slightly", "somewhat", "could", "granted", "technically"});
        return hedged;
    });
    if (!hedged) return false;
    if (std::count(t.begin(), t.begin() + static_cast<std::ptrdiff_t>(but), ' ') > 6) return false;
    auto const b = static_cast<std::uint32_t>(h.end + but + 5);
    bool const taste_again = std::ranges::any_of(c.hits, [&](Hit const& o) {
        return o.begin >= b && o.end <= x->e &&
               (o.lex == Lex::taste || o.lex == Lex::visual || o.lex == Lex::illegit_aesthetic ||
                o.lex == Lex::preference);
    });
    int words = 0;
    words_after(c.s, b, x->e, 40, [&](std::string_view, std::uint32_t) { return ++words >= 3; });
    return !taste_again && words >= 3;
}

// "their codebases are messy and it causes an unnecessary amount of overhead", "The old one is kinda messy, has no
// moderation and people can @everyone": a word of taste joined by "and" or a comma to what the thing does or lacks is
// that judgment's company ("messy and ugly" is taste twice).
bool p12_taste_with_function(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const t = c.s.substr(h.end, x->e - h.end);
    std::size_t skip = 0;
    if (t.starts_with(" and "))
        skip = 5;
    else if (t.starts_with(", and "))
        skip = 6;
    else if (t.starts_with(", "))
        skip = 2;
    if (skip == 0) return false;
    auto const b = static_cast<std::uint32_t>(h.end + skip);
    // What follows is a clause about the same thing: a verb of having, lacking or doing, or "it"/"they" and one.
    auto const verb = [](std::string_view w) {
        return one_of(w, {"has",    "have",  "had",   "lacks", "lack",     "causes", "cause",   "caused",  "breaks",
                          "break",  "hides", "slows", "takes", "adds",     "makes",  "doesn't", "don't",   "isn't",
                          "aren't", "can't", "won't", "needs", "requires", "costs",  "leaks",   "crashes", "fails"});
    };
    std::string_view w1, w2;
    int n = 0;
    words_after(c.s, b, x->e, 2, [&](std::string_view w, std::uint32_t) {
        (n++ == 0 ? w1 : w2) = w;
        return n == 2;
    });
    if (!verb(w1) && !(one_of(w1, {"it", "they", "that", "this"}) && verb(w2))) return false;
    bool const taste_again = std::ranges::any_of(c.hits, [&](Hit const& o) {
        return o.begin >= b && o.end <= x->e && o.begin < b + 20 &&
               (o.lex == Lex::taste || o.lex == Lex::visual || o.lex == Lex::illegit_aesthetic);
    });
    return !taste_again && says_more_than_taste(c, b, x->e);
}

// "It's beautiful, let's merge it.": praise of the thing beside the writer's go-ahead for it is approval, no taste to
// push back with.
bool p12_praise_with_go_ahead(Context const& c, Hit const& h) {
    auto const w = c.s.substr(h.begin, h.end - h.begin);
    if (!one_of(w, {"beautiful", "prettier", "nicer", "cleaner", "looks nicer", "looks cleaner", "feels nicer",
                    "visually pleasing", "more pleasing"}))
        return false;
    if (c.has(Lex::objection) || c.has(Lex::negative) || c.s.find(" but ") != std::string_view::npos) return false;
    for (std::string_view go : {"let's merge", "lets merge", "let's ship", "let's land", "let's go with", "merging it",
                                "merge it", "ship it", "lgtm", "approved", "approving", "i'll merge", "will merge"})
        if (c.s.find(go) != std::string_view::npos) return true;
    return false;
}

// "I like the idea and will be bringing in some UI changes": liking an idea, a suggestion or a proposal is agreement,
// not a taste.
bool p12_liking_agrees(Context const& c, std::uint32_t verb_end) {
    bool agrees = false;
    words_after(c.s, verb_end, static_cast<std::uint32_t>(c.s.size()), 2, [&](std::string_view w, std::uint32_t) {
        agrees = one_of(w, {"idea", "ideas", "suggestion", "suggestions", "proposal", "plan", "approach", "direction",
                            "concept", "pr", "change", "changes"});
        return agrees || !one_of(w, {"the", "this", "that", "your", "their", "his", "her", "these"});
    });
    return agrees;
}

// --- learn13: a trait said of no one ---
// "Nobody is lazy here", "No one here is incompetent", "none of us are clueless": a trait whose subject is no one
// denies it of everyone. "Nobody here has a clue" names no trait of the list; "you are lazy" keeps its subject.
bool l13_trait_of_no_one(Context const& c, Sentence const& x, Hit const& h) {
    auto const& ws = words_of(c, x);
    std::size_t k = 0;
    while (k < ws.size() && ws[k].second < h.begin) ++k;
    for (std::size_t seen = 0; k > 0 && seen < 5; ++seen) {
        auto const w = ws[--k].first;
        bool const after_of = k > 0 && ws[k - 1].first == "of";  // "none of us", "none of you"
        if (one_of(w, {"is", "was", "are", "were", "here", "really", "actually", "ever", "being", "truly", "of"}) ||
            (after_of && one_of(w, {"us", "you", "them"})))
            continue;
        return one_of(w, {"nobody", "noone", "none", "nobody's", "neither"}) ||
               (w == "one" && k > 0 && ws[k - 1].first == "no");
    }
    return false;
}
// "The new onboarding flow is useless for admins", "It's a useless feature", "the bulk editor is useless to the support
// team": a workmanship word said of a thing (learn12's l12_workmanship_of_a_subject) where the words show it is a
// thing: a determiner or "it" before the linking verb, or the people after it are whom the thing fails. "cuz marco is
// lazy" (a name in lower case) stays said of someone.
bool l13_thing_judged(Context const& c, Sentence const& x, Hit const& h) {
    if (!l12_workmanship_of_a_subject(c, x, h)) return false;
    bool for_someone = false;
    words_after(c.s, h.end, x.e, 1, [&](std::string_view w, std::uint32_t) {
        for_someone = one_of(w, {"for", "to"});
        return true;
    });
    bool determined = false;
    words_before(c.s, x.b, h.begin, 8, [&](std::string_view w, std::uint32_t) {
        determined = one_of(w, {"the", "this", "that", "our", "a", "an", "it", "it's", "that's", "its", "these"});
        return determined;
    });
    return for_someone || determined;
}
// "I'm going to resign from the on-call rotation in March", "we resign from the working group": the writer stepping
// down (the nearest subject before it is the writer) attacks no one; "you should resign from the project" stays.
bool l13_writer_resigns(Context const& c, Hit const& h) {
    return c.s.substr(h.begin, h.end - h.begin).starts_with("resign") && p12_trait_of_the_writer(c, h);
}
// --- learn13: end ---
}  // namespace

// A hint of a person judged that judges no one: a workmanship word before a thing ("a half-baked feature"); a trait
// whose subject just before it is an identifier ("TypeError: Cannot read property") or one of the people the product
// serves ("if a user does not understand the behavior": a usability finding).
bool p12_no_person_judged(Context const& c, Hit const& h) {
    if (h.lex == Lex::person_attack || h.lex == Lex::insult)
        return p12_attack_on_a_thing(c, h) || l13_writer_resigns(c, h);  // learn13
    if (h.lex != Lex::person_trait && h.lex != Lex::harsh) return false;
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    if (h.lex == Lex::harsh) return l13_thing_judged(c, *x, h);  // learn13
    bool thing = false;
    words_before(c.s, x->b, h.begin, 1, [&](std::string_view w, std::uint32_t at) {
        thing = p12_camel_identifier(c, at, w.size());
        return true;
    });
    // learn13: "Nobody is lazy here"; "the onboarding flow is useless for admins" (a workmanship word said of a thing,
    // the lexicon's "is useless" read from its adjective).
    auto word = h;
    if (auto const t = c.s.substr(h.begin, h.end - h.begin); t.starts_with("is ") || t.starts_with("are "))
        word.begin += static_cast<std::uint32_t>(t.find(' ') + 1);
    return thing || p12_trait_of_served(c, h) || l13_trait_of_no_one(c, *x, h) || l13_thing_judged(c, *x, word);
}

// "@ekluzek I am not familiar with the CH4 Ph sensitivity code, I think that it came in via Lei Meng's paper?": the
// writer's unfamiliarity said to ask someone who knows, in a draft that adopts nothing and refuses nothing else, is no
// reluctance to learn ("I'm not familiar with Kafka, so let's stay on Rabbit" and "not familiar with it and don't
// want to learn it" keep it).
bool p12_unfamiliar_asks(Context const& c, Hit const& h) {
    if (c.s.substr(h.begin, h.end - h.begin).find("familiar") == std::string_view::npos) return false;
    if (c.s.find('?') == std::string_view::npos) return false;
    // The old thing kept or another preferred is the motive's own shape.
    for (std::string_view w : {"stick with", "stick to", "stay on", "stay with", "keep ", "just use", "continue using",
                               "rather use", "instead"})
        if (c.s.find(w) != std::string_view::npos) return false;
    return std::ranges::none_of(c.hits, [&](Hit const& o) {
        return !overlaps(o.begin, o.end, h.begin, h.end) && !c.in_quote(o.begin, o.end) &&
               (o.lex == Lex::adopt_verb || o.lex == Lex::reluctance || o.lex == Lex::learning ||
                o.lex == Lex::novelty || (o.lex == Lex::illegit_new_framework && o.begin >= h.end + 2));
    });
}

// The same reading for the hints (hints.cpp).
bool p12_trust_me_kind(Context const& c, Hit const& h) { return p12_trust_me_empathy(c, h); }

// "and your boss said you would respond", "her manager told us to wait": a superior who said something is reported,
// not gone to.
bool p12_superior_reported(Context const& c, Hit const& h) {
    bool said = false;
    words_after(c.s, h.end, static_cast<std::uint32_t>(c.s.size()), 2, [&](std::string_view w, std::uint32_t) {
        said = one_of(w, {"said", "says", "told", "tells", "agreed", "asked", "mentioned", "confirmed", "promised",
                          "replied", "wrote", "thinks", "thought", "wants", "wanted", "decided", "approved", "signed"});
        return said || !one_of(w, {"already", "also", "just", "then", "has", "had", "even"});
    });
    return said;
}

// "I want to take the time to thank everyone who contributed ... Cheers to all of you": everyone addressed to be
// thanked, in a draft that objects to nothing, is no disagreement broadcast.
bool p12_thanks_to_all(Context const& c) {
    return c.has(Lex::thanks) && !c.has(Lex::objection) && !c.has(Lex::harsh) && !c.has(Lex::insult) &&
           c.s.find(" but ") == std::string_view::npos;
}

// "putting all recipients on the CC line", "an open CC" (a noun, not a move); "I haven't talked to anyone from
// @ActiveState for years" (a move not made); "If you are unable to add yourself as a maintainer" (the reader's own
// act); "telling people to contact someone who doesn't work for you" (someone else's move); "when escalating to cc a
// manager of a manager, the chain should be included" (how a thing works); "Can we add Sonarr support as a Feature
// Request?" (a thing added): a ladder verb that moves the writer toward no one hints at no skip. "I'll cc her
// manager", "Going to talk to Dana's boss", "adding the VP to the thread" stay moves.
bool p12_no_move(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const before = p12_span_words(c, x->b, h.begin);
    auto const after = p12_span_words(c, h.end, x->e);
    auto const back = [&](std::size_t k) -> std::string_view {
        return k < before.size() ? before[before.size() - 1 - k].first : std::string_view{};
    };
    // A noun: "the CC line", "an open CC", "your email".
    if (one_of(back(0), {"the", "a", "an", "open", "this", "that", "every", "each", "any"})) return true;
    // A move not made: "haven't talked to", "never emailed", "didn't cc".
    for (std::size_t k = 0; k < 2; ++k)
        if (back(k).ends_with("n't") || one_of(back(k), {"not", "never"})) return true;
    // The reader's own act on themselves: "add yourself".
    if (!after.empty() && one_of(after.front().first, {"yourself", "yourselves", "themselves", "himself", "herself"}))
        return true;
    // Someone else's move: "telling people to contact", "ask users to email", "you are unable to add".
    if (back(0) == "to")
        for (std::size_t k = 1; k < 5; ++k) {
            auto const w = back(k);
            if (one_of(w, {"i", "i'll", "i'm", "i'd", "we", "we'll", "we're", "let's", "me", "us", "going", "want",
                           "need", "have", "plan", "planning"}))
                break;
            if (one_of(w, {"people", "users", "everyone", "anyone", "them", "you", "customers", "folks", "others",
                           "contributors"}))
                return true;
        }
    // A condition or a time that describes how things go: "when escalating to cc a manager", "if anyone else ...";
    // not when the writer is the clause's subject ("if this slips again I'll go to the VP").
    for (std::size_t k = 0; k < before.size(); ++k) {
        auto const w = back(k);
        if (one_of(w, {"i", "i'll", "i'm", "i'd", "i've", "we", "we'll", "we're", "we've", "let's"})) break;
        if (one_of(w, {"when", "whenever", "while", "once"})) return true;
        // The clause starts at a comma.
        if (auto const at = before[before.size() - 1 - k].second;
            at > x->b && c.s.substr(x->b, at - x->b).ends_with(", "))
            break;
    }
    // A thing added or sent: the object's head is a lower-case word that names no one ("add Sonarr support as a
    // Feature Request", "send the logs"). Only for verbs whose object is what moves.
    auto const v = c.s.substr(h.begin, h.end - h.begin);
    if (one_of(v, {"add", "adding", "send", "sending", "sent", "forward", "forwarded", "forwarding", "showed", "shown",
                   "showing", "presented", "pitched", "demoed"})) {
        std::string_view head;
        std::uint32_t head_at = 0;
        for (auto const& [w, at] : after) {
            if (one_of(w, {"the", "a", "an", "this", "that", "these", "those", "some", "our", "my"})) continue;
            if (one_of(w, {"to", "as", "for", "with", "in", "into", "on", "over", "and", "so", "if", "because", "by",
                           "before", "after"}))
                break;
            if (c.s.substr(h.end, at - h.end).find_first_of(",;:") != std::string_view::npos) break;
            head = w;
            head_at = at;
        }
        if (!head.empty() && !(c.orig_byte(head_at) >= 'A' && c.orig_byte(head_at) <= 'Z') &&
            !someone_at(c, *x, head, head_at) && !person_word(head) &&
            !one_of(head, {"him", "her", "them", "me", "us", "you", "everyone", "everybody"}))
            return true;
    }
    return false;
}
// --- precision12: end ---

bool ladder_move_names_a_person(Context const& c, Hit const& h) {
    return h.lex == Lex::ladder_verb ? toward_someone(c, h) : over_a_person(c, h);
}

void set_gates_off(bool off) { gates_off = off; }
bool gates_are_off() { return gates_off; }

namespace {
// A word of age said of how something looks, "the charts look so 2015", with no technology named just before the
// verb ("Angular looks so 2016" dates the technology).
bool looked_at(Context const& c, Hit const& h) {
    std::uint32_t look = 0;
    bool found = false;
    words_before(c.s, c.sentence_at(h.begin) != nullptr ? c.sentence_at(h.begin)->b : h.begin, h.begin, 2,
                 [&](std::string_view w, std::uint32_t at) {
                     found = one_of(w, {"look", "looks", "looked", "looking"});
                     look = at;
                     return found || !one_of(w, {"so", "really", "very", "kinda", "pretty", "super"});
                 });
    if (!found) return false;
    // The verb's subject: back to the clause's start (a comma) or 25 bytes.
    std::uint32_t from = std::max<std::uint32_t>(look > 25 ? look - 25 : 0, c.sentence_at(h.begin)->b);
    if (auto const comma = c.s.rfind(',', look); comma != std::string_view::npos && comma >= from)
        from = static_cast<std::uint32_t>(comma + 1);
    return c.first(Lex::tech, from, look) == nullptr;
}
}  // namespace

// --- motives9: the writer's feeling about removing their own work, a change declined beside the writer's effort, the
// writer's own way and rightness without a reason, ownership with the reader confined or others obstructed, a language
// enjoyed or learning unwanted, the old look wanted; an opinion dismissed, a trait of the reader named, a person
// labelled, told they need help, or judged by how they treat people. Each asks the word filter first. ---
namespace {
using M9Words = std::vector<std::pair<std::string_view, std::uint32_t>>;

std::string_view m9_at(M9Words const& ws, std::size_t k) { return k < ws.size() ? ws[k].first : std::string_view{}; }

// An act of removing a thing ("delete", "removing", "erasing", "scrap", "throw").
bool m9_removal(std::string_view w) {
    static constexpr std::string_view stems[] = {"delet", "remov", "eras", "scrap", "trash", "throw", "bin", "ditch"};
    return std::ranges::any_of(stems, [&](std::string_view s) { return w.starts_with(s); }) && w != "binary" &&
           !w.starts_with("bind");
}

// A reason joined to the sentence ("because", "since", "as", "so that", "until"): what makes a feeling a case.
bool m9_reason_joined(Context const& c, Sentence const& x) {
    return has_any(c, sentence_text(c, x), {"because", "since", "due to", "so that", "until", "unless", "otherwise"});
}

// The writer made the thing: "I wrote it", "when I first wrote it", "we built this", "I created the helper".
bool m9_writer_made(Context const& c) {
    if (!any_word(c, WordBloom::word_hashes({"wrote", "written", "built", "created", "made", "designed", "coded"})))
        return false;
    for (auto const& x : c.sentences) {
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i < ws.size(); ++i) {
            if (!one_of(ws[i].first, {"i", "i've", "we", "we've"})) continue;
            auto k = i + 1;
            while (k < ws.size() && k <= i + 3 &&
                   one_of(m9_at(ws, k), {"first", "originally", "personally", "myself", "once", "have", "had", "also"}))
                ++k;
            if (one_of(m9_at(ws, k), {"wrote", "written", "built", "created", "made", "designed", "coded"}))
                return true;
        }
    }
    return false;
}

// "I'm struggling to delete that function", "I can't bring myself to remove it", "I find it hard to delete", "Deleting
// it feels like erasing a part of my journey": the writer's feeling about removing a thing. `self` is set when the
// feeling names the writer's own self ("a part of my journey", "like losing my baby").
bool m9_removal_felt(Context const& c, Sentence const& x, bool& self) {
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        // The writer struggling with the act.
        if (one_of(w, {"i", "i'm", "im", "we", "we're"})) {
            for (auto k = i + 1; k < ws.size() && k <= i + 4; ++k) {
                auto const f = ws[k].first;
                bool const struggle =
                    one_of(f, {"struggling", "struggle", "hard", "painful", "bring"}) || (f == "hate" && k == i + 1);
                if (!struggle) continue;
                for (auto m = k + 1; m < ws.size() && m <= k + 3; ++m)
                    if (m9_removal(ws[m].first)) return true;
            }
        }
        // The act as the subject of a feeling that names the writer: "deleting it feels like erasing a part of me".
        if (m9_removal(w) && w.ends_with("ing")) {
            for (auto k = i + 1; k < ws.size() && k <= i + 6; ++k) {
                if (!one_of(ws[k].first, {"feels", "feel", "felt"}) || m9_at(ws, k + 1) != "like") continue;
                for (auto m = k + 2; m < ws.size() && m <= k + 8; ++m) {
                    auto const v = ws[m].first;
                    bool const part = one_of(v, {"part", "piece"}) && m9_at(ws, m + 1) == "of" &&
                                      one_of(m9_at(ws, m + 2), {"me", "my", "myself", "us", "our"});
                    bool const mine = one_of(v, {"my", "our"}) &&
                                      one_of(m9_at(ws, m + 1),
                                             {"baby", "child", "journey", "history", "work", "legacy", "life", "past"});
                    if (part || mine) {
                        self = true;
                        return true;
                    }
                }
            }
        }
    }
    return false;
}

// "I'd rather not move the row builder to a template engine", "I don't want to port it": a move of the thing declined
// by the writer (the removals and rewrites are change_refused's).
bool m9_move_declined(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (!(w.ends_with("n't") || one_of(w, {"not", "never"}))) continue;
        for (auto k = i + 1; k < ws.size() && k <= i + 4; ++k)
            if (one_of(ws[k].first, {"move", "moving", "port", "porting", "convert", "converting"})) return true;
    }
    return false;
}

// Attachment by construction: the writer's feeling about removing what they made ("I'm struggling to delete that
// function … I first wrote it", "deleting it feels like erasing a part of my journey"), or a move of it declined beside
// the writer's effort ("I'd rather not move the row builder … I put a lot of hard work into it"). A reason joined to
// the feeling ("because three services import it") makes it a case, not attachment.
std::ptrdiff_t m9_attachment(Context const& c) {
    bool const feeling = any_word(c, WordBloom::word_hashes({"struggling", "struggle", "hard", "painful", "bring",
                                                             "hate", "feels", "feel", "felt"}));
    bool const made = feeling && m9_writer_made(c);
    for (std::size_t i = 0; i < c.sentences.size(); ++i) {
        auto const& x = c.sentences[i];
        if (c.mostly_quoted(x.b, x.e) || m9_reason_joined(c, x)) continue;
        bool self = false;
        if (feeling && m9_removal_felt(c, x, self) && (self || made)) return static_cast<std::ptrdiff_t>(i);
        if (!effort_said(c, x) || particular_given(c)) continue;
        for (auto j = i == 0 ? 0 : i - 1; j <= i + 1 && j < c.sentences.size(); ++j)
            if (m9_move_declined(c, c.sentences[j])) return static_cast<std::ptrdiff_t>(i);
    }
    return -1;
}

// "I'm just writing my own way of doing it", "we'll do it my way": the writer's own way as the way the work is done
// ("I'm making my way through the backlog", "I'll find my way around the codebase" go somewhere).
bool m9_own_way_done(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (ws[i].first != "my") continue;
        auto k = i + 1;
        if (m9_at(ws, k) == "own") ++k;
        if (m9_at(ws, k) != "way" || one_of(m9_at(ws, k + 1), {"through", "around", "to", "into", "back", "out", "home",
                                                               "up", "in", "across", "over", "forward"}))
            continue;
        bool doer = false, verb = false;
        for (std::size_t b = i; b-- > 0 && b + 5 >= i;) {
            verb = verb || one_of(ws[b].first, {"do", "doing", "write", "writing", "build", "building", "implement",
                                                "implementing", "code", "coding", "done"});
            doer = doer || one_of(ws[b].first, {"i", "i'm", "im", "i'll", "we", "we're", "we'll"});
        }
        if (verb && doer) return true;
    }
    return false;
}

// "We have to do it this way, otherwise it's wrong and poor": a way demanded with nothing but its rightness as the
// reason ("otherwise it breaks on Safari" gives one).
bool m9_rightness_only(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    if (!has_any(c, t, {"this way", "my way", "that way", "our way"})) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (ws[i].first != "otherwise") continue;
        auto k = i + 1;
        if (one_of(m9_at(ws, k), {"it's", "its", "that's", "you're", "we're"}))
            ++k;
        else if (one_of(m9_at(ws, k), {"it", "that"}) && one_of(m9_at(ws, k + 1), {"is", "would", "will"}))
            k += m9_at(ws, k + 1) == "is" ? 2 : 3;
        else
            continue;
        // Only verdicts of rightness to the clause's end.
        bool verdict = false;
        for (; k < ws.size(); ++k) {
            auto const v = ws[k].first;
            if (one_of(v, {"wrong", "poor", "bad", "incorrect", "ugly", "stupid"}))
                verdict = true;
            else if (!one_of(v, {"and", "or", "just", "simply", "plain", "be", "so", "totally", "completely", "very"}))
                return false;
        }
        return verdict;
    }
    return false;
}

// "We already decided to do it this way. We aren't going to change anything": a way decided, every change refused, with
// no condition or reason ("… until the load test is back" waits for one).
bool m9_decision_closed(Context const& c, std::size_t i) {
    auto const& x = c.sentences[i];
    auto const t = sentence_text(c, x);
    if (!has_any(c, t, {"decided to do it this way", "decided to do it that way", "decided to go this way"}))
        return false;
    for (auto j = i; j <= i + 1 && j < c.sentences.size(); ++j) {
        auto const u = sentence_text(c, c.sentences[j]);
        if (has_any(c, u, {"change anything", "change a thing", "changing anything", "changing a thing"}) &&
            has_any(c, u, {"not going to", "aren't going to", "won't", "will not", "not changing"}) &&
            !m9_reason_joined(c, c.sentences[j]) && !has_any(c, u, {"before", "after", "for now"}))
            return true;
    }
    return false;
}

// "with a full degree in computational linguistics and years of development, I have enough knowledge to come up with
// solutions": the writer's credentials, then the writer's sufficiency claimed where a reason would be ("I have enough
// experience with Postgres to say the index helps because the plan shows a seq scan" gives one).
bool m9_credentials_for_reason(Context const& c, std::size_t i) {
    if (!any_word(c, WordBloom::word_hashes({"enough"})) ||
        !any_word(c, WordBloom::word_hashes({"degree", "degrees", "phd", "years", "decade", "decades", "masters"})))
        return false;
    auto const& x = c.sentences[i];
    auto const& ws = words_of(c, x);
    bool credential = false, enough = false;
    for (std::size_t k = 0; k < ws.size(); ++k) {
        auto const w = ws[k].first;
        credential = credential || one_of(w, {"degree", "degrees", "phd", "masters"}) ||
                     (one_of(w, {"years", "decades"}) && m9_at(ws, k + 1) == "of");
        enough = enough ||
                 (one_of(w, {"have", "had"}) && k > 0 && one_of(ws[k - 1].first, {"i", "we"}) &&
                  m9_at(ws, k + 1) == "enough" &&
                  one_of(m9_at(ws, k + 2), {"knowledge", "experience", "expertise", "background"})) ||
                 (w == "know" && k > 0 && ws[k - 1].first == "i" && m9_at(ws, k + 1) == "enough");
    }
    return credential && enough && !m9_reason_joined(c, x) && !particular_given(c);
}

// "Could you stick to your portion of the project? Each of us owns a section": the reader confined to their own part,
// with ownership claimed in the message ("stick to your estimate" confines nothing; without an owner named it is
// coordination).
bool m9_confined_to_own(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"owns", "own", "owner", "mine"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"stick", "keep", "stay", "limit"})) continue;
        auto k = i + 1;
        if (one_of(m9_at(ws, k), {"yourself", "yourselves"})) ++k;
        if (!one_of(m9_at(ws, k), {"to", "in", "within"})) continue;
        if (!one_of(m9_at(ws, k + 1), {"your", "their", "his", "her"})) continue;
        k += 2;
        if (m9_at(ws, k) == "own") ++k;
        if (one_of(m9_at(ws, k), {"portion", "part", "section", "area", "module", "modules", "lane", "side", "corner",
                                  "piece", "component", "components", "turf", "domain", "territory"}))
            return true;
    }
    return false;
}

// "make it as hard as possible for the new folks to mess with them": the writer making others' access hard on
// purpose ("make it harder for anyone to change the schema by accident" guards against a mistake).
bool m9_access_obstructed(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"hard", "harder", "difficult", "impossible"}))) return false;
    auto const t = sentence_text(c, x);
    if (has_any(c, t, {"accident", "accidentally", "by mistake", "without", "unreviewed", "attackers", "attacker"}))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"make", "making", "keep", "keeping"}) || m9_at(ws, i + 1) != "it") continue;
        for (auto k = i + 2; k < ws.size() && k <= i + 5; ++k) {
            if (!one_of(ws[k].first, {"hard", "harder", "difficult", "impossible"})) continue;
            for (auto m = k + 1; m + 1 < ws.size() && m <= k + 14; ++m)
                if (ws[m].first == "to" && one_of(ws[m + 1].first, {"mess", "touch", "change", "modify", "edit",
                                                                    "contribute", "commit", "merge", "meddle"}))
                    return true;
        }
    }
    return false;
}

// "I enjoy writing in Rust", "Laravel I love working in": the writer's enjoyment of a language or a framework to work
// in.
bool m9_language_enjoyed(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"enjoy", "love", "like", "adore"}))) return false;
    auto const& ws = words_of(c, x);
    auto const tech_at = [&](std::uint32_t at) {
        return std::ranges::any_of(c.hits,
                                   [&](Hit const& h) { return h.lex == Lex::tech && h.begin <= at && h.end > at; });
    };
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"i", "we"}) || !one_of(m9_at(ws, i + 1), {"enjoy", "love", "like", "adore"}))
            continue;
        bool const doing = one_of(m9_at(ws, i + 2), {"writing", "working", "coding", "programming", "developing"});
        // "I enjoy writing in Rust".
        if (doing && one_of(m9_at(ws, i + 3), {"in", "with"}) && i + 4 < ws.size() && tech_at(ws[i + 4].second))
            return true;
        // "Laravel I love working in".
        if (doing && one_of(m9_at(ws, i + 3), {"in", "with"}) && i + 4 == ws.size() && i > 0 &&
            tech_at(ws[i - 1].second))
            return true;
    }
    return false;
}

// "I would have to learn it, and I don't have the time or the interest": the writer's own lack of interest.
bool m9_interest_denied(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    return has_any(c, t, {"don't have the interest", "or the interest", "no interest in", "not interested in"}) &&
           has_any(c, t, {"i", "i'm", "i'd", "we"});
}

// "Do we really want to ask upstream developers to learn a whole new build system?": the learning is others', not the
// writer's reluctance.
bool m9_others_learn(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    bool others = false;
    // Back over "to", "have to", "need to" to the learner (flags17: eight words, "are going to be thrilled to").
    words_before(c.s, x->b, h.begin, 8, [&](std::string_view w, std::uint32_t) {
        others = one_of(w, {"developers", "devs", "users", "people", "everyone", "anyone", "contributors", "them",
                            "newcomers", "folks", "engineers", "others", "team", "everybody", "maintainers",
                            // flags17: the people who use the thing ("Residents are going to be thrilled to learn
                            // a new form again").
                            "residents", "customers", "clients", "patients", "staff", "clerks", "agents", "drivers",
                            "nurses", "teachers", "students", "operators", "members", "guests", "players", "admins",
                            "they", "citizens", "employees", "reps", "partners", "merchants", "sellers", "riders"});
        return others || !one_of(w, {"to", "have", "has", "need", "needs", "would", "will", "must", "ask", "asking",
                                     "make", "making", "force", "forcing", "expect", "expecting", "want",
                                     // flags17: a feeling about learning is the learner's ("be thrilled to learn").
                                     "be", "going", "are", "thrilled", "happy", "excited", "delighted", "glad", "love",
                                     "so", "just"});
    });
    return others;
}

// "there's zero chance of rewriting the entire product in another language": a move the writer rules out.
bool m9_ruled_out(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const before = c.s.substr(x->b, h.begin - x->b);
    auto const but = before.rfind(" but ");
    auto const clause = but == std::string_view::npos ? before : before.substr(but);
    return has_any(c, clause, {"zero chance", "no chance", "no way", "no plans to", "not going to"});
}

// "This is how the new COO treats people": a motive word of taste ("how the new") that opens a clause about a person,
// with no word of looks after it nor liking before it.
bool m9_not_looks(Context const& c, Hit const& h) {
    auto const t = c.s.substr(h.begin, h.end - h.begin);
    if (!t.starts_with("how ")) return false;
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    bool looks = false;
    words_after(c.s, h.end, x->e, 6, [&](std::string_view w, std::uint32_t) {
        looks = one_of(w, {"look", "looks", "looked", "feels", "feel", "reads", "renders", "appears"});
        return looks;
    });
    words_before(c.s, x->b, h.begin, 2, [&](std::string_view w, std::uint32_t) {
        looks = looks || one_of(w, {"like", "love", "dislike", "hate", "prefer", "liked", "loved", "hated"});
        return looks;
    });
    return !looks;
}

// "These changes are how I prefer to code personally, but are they objectively better?": the writer doubting their own
// taste in a question.
bool m9_taste_doubted(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const rest = c.s.substr(h.end, x->e - h.end);
    auto const but = rest.find(" but ");
    bool const asked = rest.find('?') != std::string_view::npos || (x->e < c.s.size() && c.s[x->e] == '?');
    return but != std::string_view::npos && asked &&
           has_any(c, rest.substr(but),
                   {"objectively", "actually better", "really better", "worth it", "worth these", "worth the"});
}

// "id like to use the old design", "I want the old layout back": the old look wanted, for the writer ("for me"), with
// no reason beside it.
bool m9_old_look_wanted(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"old", "previous"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"old", "previous"}) ||
            !one_of(m9_at(ws, i + 1),
                    {"design", "look", "layout", "ui", "theme", "colours", "colors", "style", "icons", "skin"}))
            continue;
        bool wish = false;
        for (std::size_t b = i; b-- > 0 && b + 5 >= i;)
            wish = wish || (one_of(ws[b].first, {"like", "want", "prefer"}) && b > 0 &&
                            one_of(ws[b - 1].first, {"i'd", "id", "would", "i", "really"}));
        if (wish) return true;
    }
    return false;
}

// A person's possessive: "your", "his", "her", "their", "Dana's".
bool m9_owner(Context const& c, std::string_view w, std::uint32_t at) {
    return one_of(w, {"your", "his", "her", "their"}) || (w.ends_with("'s") && persons_possessive(c, w, at));
}

// "your opinion means nothing here", "his input doesn't matter", "nobody asked for your opinion": a person's say
// dismissed ("your feedback matters", "not that your opinion doesn't count").
bool m9_opinion_dismissed(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes(
                         {"opinion", "opinions", "input", "view", "views", "feedback", "vote", "say", "thoughts"})))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!m9_owner(c, ws[i].first, ws[i].second) ||
            !one_of(ws[i + 1].first,
                    {"opinion", "opinions", "input", "view", "views", "feedback", "vote", "say", "thoughts"}))
            continue;
        if (i > 1 && ws[i - 2].first == "not" && ws[i - 1].first == "that") continue;
        // "nobody asked for your opinion".
        if (i >= 2 && one_of(ws[i - 1].first, {"for", "asked"}) &&
            (one_of(ws[i - 2].first, {"asked", "nobody", "one"}) || (i >= 3 && ws[i - 3].first == "nobody")))
            return true;
        auto const v1 = m9_at(ws, i + 2), v2 = m9_at(ws, i + 3), v3 = m9_at(ws, i + 4);
        // The dismissal is whole: it ends the clause or holds for here and now ("his feedback doesn't matter for the
        // date, but …" scopes it).
        auto const whole = [&](std::size_t k) {
            if (k >= ws.size()) return true;
            auto const end = ws[k - 1].second + static_cast<std::uint32_t>(ws[k - 1].first.size());
            bool const clause_end =
                end >= x.e || c.s[end] == ',' || c.s[end] == ';' || c.s[end] == ':' || c.s[end] == '.';
            return clause_end || one_of(ws[k].first, {"here", "anymore", "now", "at", "to", "on", "in"});
        };
        if (one_of(v1, {"means", "mean", "counts", "count"}) && one_of(v2, {"nothing", "zero"}) && whole(i + 4))
            return true;
        if (one_of(v1, {"doesn't", "don't", "does", "do"}) &&
            (v2 == "not" ? one_of(v3, {"matter", "count"}) && whole(i + 5)
                         : one_of(v2, {"matter", "count"}) && whole(i + 4)))
            return true;
        if (one_of(v1, {"is", "are"}) && one_of(v2, {"irrelevant", "worthless", "meaningless"}) && whole(i + 4))
            return true;
    }
    return false;
}

// "your extreme pedantry", "his usual arrogance", "your constant nitpicking": a trait of a person named, by a
// possessive with at most two words of degree between ("your attention to detail", "thanks for your nitpicking" are
// meant).
bool m9_trait_named(Context const& c, Sentence const& x) {
    static constexpr std::string_view traits[] = {
        "pedantry",      "nitpicking", "nit-picking",     "pettiness",       "smugness",     "cluelessness",
        "hypocrisy",     "narcissism", "arrogance",       "laziness",        "incompetence", "stubbornness",
        "condescension", "rudeness",   "whining",         "whinging",        "tantrums",     "tantrum",
        "ego",           "paranoia",   "self-importance", "micromanagement", "obstinacy",    "sloppiness",
        "negligence",    "ignorance"};
    if (!any_word(
            c, WordBloom::word_hashes(
                   {"pedantry",      "nitpicking", "nit-picking",     "pettiness",       "smugness",     "cluelessness",
                    "hypocrisy",     "narcissism", "arrogance",       "laziness",        "incompetence", "stubbornness",
                    "condescension", "rudeness",   "whining",         "whinging",        "tantrums",     "tantrum",
                    "ego",           "paranoia",   "self-importance", "micromanagement", "obstinacy",    "sloppiness",
                    "negligence",    "ignorance"})))
        return false;
    if (has_any(c, sentence_text(c, x), {"thank", "thanks", "appreciate"})) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (!m9_owner(c, ws[i].first, ws[i].second)) continue;
        auto k = i + 1;
        while (k < ws.size() && k <= i + 2 &&
               one_of(ws[k].first,
                      {"extreme",   "constant",  "usual",     "endless",    "typical",  "incessant", "relentless",
                       "excessive", "obsessive", "petty",     "ridiculous", "absurd",   "sheer",     "total",
                       "utter",     "complete",  "trademark", "chronic",    "needless", "own",       "never-ending"}))
            ++k;
        if (k < ws.size() && std::ranges::find(traits, ws[k].first) != std::end(traits)) return true;
    }
    return false;
}

// "This is obvious maintainer abuse", "classic management incompetence": misconduct put on a role by name.
bool m9_role_misconduct(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"abuse", "incompetence", "negligence", "arrogance", "overreach"})))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i)
        if (one_of(ws[i].first, {"maintainer", "maintainers", "admin", "moderator", "mod", "management", "manager",
                                 "leadership", "pm", "reviewer"}) &&
            one_of(ws[i + 1].first, {"abuse", "incompetence", "negligence", "arrogance", "overreach"}) &&
            !one_of(m9_at(ws, i + 2), {"report", "reports", "reporting", "queue", "policy", "detection", "team", "tool",
                                       "tools", "form", "channel", "is", "was", "isn't", "wasn't", "as"}))
            return true;
    return false;
}

// "He's just such a yes man", "she's a pushover", "you're a know-it-all": a person labelled with a word for a kind of
// person ("he's a yes on the RFC" votes).
bool m9_labelled(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"man", "yes-man", "yesman", "pushover", "sycophant", "brown-noser",
                                             "bootlicker", "know-it-all", "coward", "tyrant", "freak", "queen"})))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        auto const w = ws[i].first;
        bool const copula = one_of(w, {"he's", "she's", "you're", "they're", "hes", "shes", "youre"}) ||
                            (one_of(m9_at(ws, i + 1), {"is", "are", "was"}) && subject_at(c, ws, i));
        if (!copula) continue;
        auto k = i + (one_of(w, {"he's", "she's", "you're", "they're", "hes", "shes", "youre"}) ? 1 : 2);
        while (k < ws.size() && k <= i + 6 &&
               one_of(ws[k].first, {"just", "such", "a", "an", "such", "really", "total", "complete", "basically",
                                    "literally", "nothing", "but", "always", "being", "the", "company's", "ceo's"}))
            ++k;
        auto const n1 = m9_at(ws, k), n2 = m9_at(ws, k + 1);
        if ((n1 == "yes" && n2 == "man") ||
            one_of(n1, {"yes-man", "yesman", "pushover", "sycophant", "brown-noser", "bootlicker", "know-it-all",
                        "coward", "tyrant"}) ||
            (n1 == "control" && n2 == "freak") || (n1 == "drama" && n2 == "queen"))
            return true;
    }
    return false;
}

// "I think you need some counseling", "he needs therapy", "you need to grow up", "You clearly need therapy if you
// think this works", "you should see a shrink": a person told they need help with themselves ("you need help with the
// migration?" offers it).
bool m9_needs_help(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"need", "needs", "should", "must", "ought"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"you", "he", "she", "they"})) continue;
        // "If you need counseling after this quarter, the EAP covers it": a condition offers help, it judges no one.
        if (i > 0 && one_of(ws[i - 1].first, {"if", "when", "whenever", "case", "ever"})) continue;
        auto v = i + 1;
        if (one_of(ws[v].first, {"clearly", "really", "seriously", "honestly", "obviously", "definitely", "probably"}))
            ++v;
        if (!one_of(m9_at(ws, v), {"need", "needs", "should", "must", "ought"})) continue;
        // A modal reaches further for the help it names ("you should really go and see a therapist").
        bool const modal = m9_at(ws, v) != "need" && m9_at(ws, v) != "needs";
        for (auto k = v + 1; k < ws.size() && k <= v + (modal ? 5 : 3); ++k) {
            auto const w = ws[k].first, n = m9_at(ws, k + 1);
            // ("they need medication reminders", "you need therapy dogs at the offsite": a thing for the people.)
            bool const thing = one_of(
                n, {"reminders", "reminder",     "dogs",     "dog",       "room",     "rooms",    "records", "data",
                    "lists",     "list",         "schedule", "schedules", "coverage", "benefits", "budget",  "app",
                    "apps",      "appointments", "notes",    "tracking",  "refills",  "sessions"});
            if ((!thing && one_of(w, {"counseling", "counselling", "therapy", "therapist", "meds", "medication",
                                      "psychiatrist", "shrink"})) ||
                (w == "professional" && n == "help") || (w == "anger" && n == "management") ||
                (w == "grow" && n == "up") || (w == "reality" && n == "check"))
                return true;
        }
    }
    return false;
}

// "This is how the new COO treats people", "that's how he talks to staff": a person judged by how they treat people
// ("this is how the retry policy treats timeouts" treats a thing).
bool m9_treatment_judged(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"treats", "treat", "treated", "talks", "speaks"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        bool const frame =
            (one_of(ws[i].first, {"this", "that"}) && m9_at(ws, i + 1) == "is" && m9_at(ws, i + 2) == "how") ||
            (one_of(ws[i].first, {"this's", "that's", "thats"}) && m9_at(ws, i + 1) == "how");
        if (!frame) continue;
        for (auto k = i + 2; k < ws.size() && k <= i + 8; ++k) {
            auto const v = ws[k].first;
            auto const o =
                one_of(v, {"talks", "speaks"}) && m9_at(ws, k + 1) == "to" ? m9_at(ws, k + 2) : m9_at(ws, k + 1);
            if (one_of(v, {"treats", "treat", "treated", "talks", "speaks"}) &&
                one_of(o, {"people", "us", "employees", "staff", "users", "everyone", "customers", "anyone", "women",
                           "juniors", "contributors", "colleagues"}))
                return true;
        }
    }
    return false;
}

// "PRs from outside my team felt like an enormous task": "outside my team" with no one kept out (no "nobody", "anyone",
// "only" before it, no "should", "can't", "touch" after it) is a description, not a gate.
bool m9_outside_only(Context const& c, Hit const& h) {
    if (!c.s.substr(h.begin, h.end - h.begin).starts_with("outside")) return false;
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    bool kept = false;
    words_before(c.s, x->b, h.begin, 3, [&](std::string_view w, std::uint32_t) {
        kept = one_of(w, {"nobody", "no", "anyone", "anybody", "only", "not", "never", "none"});
        return kept;
    });
    words_after(c.s, h.end, x->e, 4, [&](std::string_view w, std::uint32_t) {
        kept = kept || one_of(w, {"should", "shouldn't", "can't", "cannot", "mustn't", "must", "may", "allowed",
                                  "touch", "merge", "merging", "change", "changing", "stay", "keep", "need", "needs"});
        return kept;
    });
    return !kept;
}

// "I'm making my way through the backlog", "on my way to the office": "my way" travelled, not the writer's way.
bool m9_way_travelled(Context const& c, Hit const& h) {
    if (c.s.substr(h.begin, h.end - h.begin) != "my way") return false;
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    bool moved = false;
    words_before(c.s, x->b, h.begin, 1, [&](std::string_view w, std::uint32_t) {
        moved = one_of(w, {"making", "make", "made", "makes", "find", "finding", "found", "work", "working", "worked",
                           "on", "fight", "fighting", "feel", "feeling", "wind", "winding", "edge", "inch"});
        return true;
    });
    // "send the alerts my way", "anything that comes my way": something sent toward the writer.
    words_before(c.s, x->b, h.begin, 3, [&](std::string_view w, std::uint32_t) {
        moved = moved || one_of(w, {"send", "sending", "sent", "come", "comes", "coming", "came", "pass", "passing",
                                    "forward", "forwarding", "toss", "throw", "direct", "route", "point", "headed"});
        return moved;
    });
    words_after(c.s, h.end, x->e, 1, [&](std::string_view w, std::uint32_t) {
        moved = moved || one_of(w, {"through", "around", "into", "across", "home", "back", "over", "up", "down"});
        return true;
    });
    return moved;
}

// "I looked at the donor portal redesign", "looking into the new layout": the verb of examining in any form
// (examining() reads "look" alone), not a thing's looks.
bool m9_looked_at(Context const& c, std::uint32_t from) {
    bool look = false, at = false;
    words_after(c.s, from, static_cast<std::uint32_t>(c.s.size()), 2, [&](std::string_view w, std::uint32_t) {
        if (!look) return !(look = one_of(w, {"looked", "looking", "look"}));
        at = one_of(w, {"at", "into", "over", "through", "for"});
        return true;
    });
    return look && at;
}
bool m9_looked_at(Context const& c, Hit const* h) { return h != nullptr && m9_looked_at(c, h->begin); }

// The motives above, sentence by sentence, added to `a` (a call site in find_motives).
void m9_find_motives(Context const& c, Analysis& a, bool evidenced) {
    Flagger f{c, a};
    if (auto const at =
            std::ranges::find(a.illegitimate, Reason::territorial) == a.illegitimate.end() ? m9_attachment(c) : -1;
        at >= 0) {
        auto const& x = c.sentences[static_cast<std::size_t>(at)];
        f.reason(others_meddle(c) ? Reason::territorial : Reason::attachment, x.b, x.e);
    }
    bool const proposal =
        c.has(Lex::adopt_verb) ||
        any_word(c, WordBloom::word_hashes({"rewrote", "rewrite", "ported", "port", "rewriting", "porting"}));
    for (std::size_t i = 0; i < c.sentences.size(); ++i) {
        auto const& x = c.sentences[i];
        if (c.mostly_quoted(x.b, x.e)) continue;
        if (m9_own_way_done(c, x) || m9_rightness_only(c, x) || m9_decision_closed(c, i) ||
            m9_credentials_for_reason(c, i))
            f.reason(Reason::my_way, x.b, x.e);
        if (m9_confined_to_own(c, x) || m9_access_obstructed(c, x)) f.reason(Reason::territorial, x.b, x.e);
        if (proposal && !evidenced && !c.has(Lex::observable) && m9_language_enjoyed(c, x))
            f.reason(Reason::new_framework, x.b, x.e);
        if (m9_old_look_wanted(c, x) && !m9_reason_joined(c, x) && !particular_given(c)) {
            Hit const look{x.b, x.e, Lex::visual};
            if (!reasoned(c, look)) f.reason(Reason::aesthetic, x.b, x.e);
        }
    }
    // "if we use a new framework I would have to learn it, and I don't have the time or the interest".
    for (auto const& h : c.hits) {
        if (h.lex != Lex::learning || c.in_quote(h.begin, h.end) || !first_person(c, h) || m9_others_learn(c, h))
            continue;
        auto const at = sentence_index(c, h.begin);
        for (auto j = std::max<std::ptrdiff_t>(0, at - 1);
             j <= std::min<std::ptrdiff_t>(at + 1, static_cast<std::ptrdiff_t>(c.sentences.size()) - 1); ++j)
            if (m9_interest_denied(c, c.sentences[static_cast<std::size_t>(j)])) {
                f.reason(Reason::new_framework, h.begin, h.end);
                return;
            }
    }
}

// The person constructions above, for find_red_flags.
bool m9_person_judged(Context const& c, Sentence const& x) {
    return m9_opinion_dismissed(c, x) || m9_trait_named(c, x) || m9_role_misconduct(c, x) || m9_labelled(c, x) ||
           m9_needs_help(c, x) || m9_treatment_judged(c, x);
}
}  // namespace
// --- motives9: end ---

// --- real10: real people's words (coaching dev22): a disposition imputed to a person, a deceit charged, a mock
// surprise at a delay, the writer's own rung kept off the message, a size put on the ask (no fit claimed), a thing
// owned by someone else, and taste whose call the writer leaves to others or to users ---
namespace {

using R10Words = std::vector<std::pair<std::string_view, std::uint32_t>>;

// A person as a clause's subject in a real thread: a name, a pronoun of someone else, a role (person_subject), or a
// handle written "@name" outside Slack markup ("@krader1961 currently closes issues ..."). "They" and "people" are
// left out: "they refuse to sign" is as often a vendor or the users.
bool r10_person_at(Context const& c, R10Words const& ws, std::size_t i) {
    auto const [w, at] = ws[i];
    auto b = at;
    while (b > 0 && (is_word_byte(static_cast<unsigned char>(c.s[b - 1])) || c.s[b - 1] == '_' || c.s[b - 1] == '-'))
        --b;
    if (b > 0 && c.s[b - 1] == '@') return true;
    if (one_of(w, {"they", "they're", "theyre", "them", "they'd", "they've", "they'll", "people", "someone", "somebody",
                   "whoever", "him", "her"}))
        return false;
    return person_subject(c, w, at);
}

// After the subject: "you guys", "you people", then words that carry no predicate of their own ("are", "seem to
// be", "just", "currently"); the index of the predicate's first word.
std::size_t r10_predicate(R10Words const& ws, std::size_t i) {
    std::size_t k = i + 1;
    if (k < ws.size() && one_of(ws[k].first, {"guys", "people", "folks", "all", "lot"})) ++k;
    for (int n = 0; n < 4 && k < ws.size(); ++n, ++k)
        if (!one_of(ws[k].first,
                    {"are",   "is",     "was",       "were",       "seem",   "seems",  "seemed", "appear",  "appears",
                     "to",    "be",     "being",     "just",       "always", "really", "so",     "clearly", "obviously",
                     "still", "simply", "currently", "constantly", "again",  "also",   "often"}))
            break;
    return k;
}

bool r10_openness_verb(std::string_view w) {
    return one_of(w, {"adapt",      "listen", "change",      "learn", "accept",  "admit",      "consider", "budge",
                      "compromise", "engage", "acknowledge", "hear",  "discuss", "reconsider", "explain",  "answer",
                      "respond",    "look",   "read",        "see",   "move",    "evolve"});
}

bool r10_conflict_verb(std::string_view w) {
    return one_of(
        w, {"argue",       "arguing",   "fight",        "fighting",    "complain",    "complaining", "nitpick",
            "nitpicking",  "bikeshed",  "bikeshedding", "derail",      "derailing",   "lecture",     "lecturing",
            "interrupt",   "criticize", "criticise",    "criticizing", "criticising", "moan",        "moaning",
            "whine",       "whining",   "rant",         "ranting",     "troll",       "trolling",    "gatekeep",
            "micromanage", "bicker",    "pontificate",  "obstruct",    "obstructing", "meddle",      "meddling"});
}

// "you guys are too hung up on the past and refuse to adapt", "Marco refuses to listen", "@mklement0 likes to argue
// with everything I say", "you seem to be uncomfortable with or afraid of the emerging consensus", "@x closes issues
// ad hoc when opinions are voiced he disapproves of", "You remind me of some of my young colleagues who ...": a
// disposition put on a person as the reason for what they do (a refusal to be open, a state of mind held to excess,
// a taste for conflict, a fear, a habit of acting against dissent, a likeness to the young). "They refuse to sign
// the DPA" (a vendor), "Sam is too busy this sprint" (a fact of load) and "you seem to like the new flow" are no such
// judgment.
bool r10_disposition_imputed(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!r10_person_at(c, ws, i)) continue;
        // "If you refuse to move the date, we cut the export": a condition, not a judgment.
        if (i > 0 && one_of(ws[i - 1].first, {"if", "unless", "when", "whether", "in case"})) continue;
        auto const subj = ws[i].first;
        auto const k = r10_predicate(ws, i);
        if (k + 1 >= ws.size()) continue;
        auto const p = ws[k].first, q = ws[k + 1].first;
        auto const r = k + 2 < ws.size() ? ws[k + 2].first : std::string_view{};
        if (one_of(p, {"refuse", "refuses", "refused", "refusing"}) && q == "to" && r10_openness_verb(r)) return true;
        // "and refuse to adapt" after a first predicate: the same subject, a second verb.
        if (p == "too" && one_of(q, {"hung", "stuck", "attached", "set", "proud", "stubborn", "invested", "emotional",
                                     "defensive", "arrogant", "insecure", "biased", "lazy", "scared", "afraid"}))
            return true;
        if (one_of(p, {"likes", "loves", "enjoys", "like", "love", "enjoy"}) &&
            ((q == "to" && r10_conflict_verb(r)) || (q != "to" && r10_conflict_verb(q))) && !one_of(subj, {"you'd"}))
            return true;
        if (one_of(subj, {"you", "you're", "youre"}))
            for (std::size_t m = k; m + 1 < ws.size() && m <= k + 4; ++m)
                if (one_of(ws[m].first, {"afraid", "scared", "threatened", "insecure", "jealous", "envious",
                                         "terrified", "fearful"}) &&
                    one_of(ws[m + 1].first, {"of", "by"}))
                    return true;
        if (one_of(p, {"remind", "reminds", "reminded"}) && q == "me" && r == "of")
            for (std::size_t m = k + 3; m < ws.size() && m <= k + 8; ++m)
                if (one_of(ws[m].first,
                           {"colleagues", "kids",    "children", "child",    "kid",     "nephew",   "niece",
                            "intern",     "interns", "juniors",  "students", "toddler", "toddlers", "teenager",
                            "teenagers",  "teens",   "son",      "daughter", "brother", "sister"}))
                    return true;
        // An act against dissent: "closes issues ... when opinions are voiced he disapproves of".
        if (one_of(p, {"closes",    "closed",    "deletes", "deleted",  "locks",   "locked",  "bans",   "banned",
                       "removes",   "removed",   "reverts", "reverted", "ignores", "ignored", "blocks", "blocked",
                       "dismisses", "dismissed", "hides",   "hid",      "mutes",   "muted"})) {
            bool when = false;
            for (std::size_t m = k + 1; m < ws.size(); ++m) {
                when = when || one_of(ws[m].first, {"when", "whenever", "if", "because", "once", "as soon"});
                if (when && one_of(ws[m].first, {"disagree", "disagrees", "disapprove", "disapproves", "dislike",
                                                 "dislikes", "criticism", "criticizes", "criticises", "opinions",
                                                 "objects", "objections", "dissent", "disagreement", "disagreements"}))
                    return true;
            }
        }
    }
    return false;
}

// "I'd consider intentionally leaving a library out of a benchmark ... to be lying through omission", "to willfully
// mislead", "you're lying to the users", "he lied about the numbers": a deceit charged to someone, by a person as its
// subject or by an act said to be done on purpose, in a draft that names someone. "The p99 chart is misleading" (a
// thing), "I don't want to mislead the customer" and "we'd be deliberately misleading users if we hide the fee" (the
// writer's own plan weighed) are no charge.
bool r10_deceit_charged(Context const& c, Sentence const& x) {
    static constexpr auto keys =
        WordBloom::word_hashes({"lying", "lie", "lies", "lied", "liar", "mislead", "misleading", "misled", "deceive",
                                "deceiving", "deceptive", "deceitful", "dishonest", "disingenuous", "gaslighting"});
    if (!c.words.may_hold_any(keys) || !mentions_a_person(c)) return false;
    auto const& ws = words_of(c, x);
    bool intent = false;
    for (auto const& [w, at] : ws)
        intent = intent || one_of(w, {"intentionally", "deliberately", "willfully", "wilfully", "knowingly",
                                      "purposely", "purposefully"});
    for (std::size_t i = 0; i < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"lying", "lie", "lies", "lied", "liar", "mislead", "misleading", "misled", "deceive",
                                  "deceiving", "deceptive", "deceitful", "dishonest", "disingenuous", "gaslighting"}))
            continue;
        // "lying around", "the lie of the land", "lies in the parser": not deceit.
        if (i + 1 < ws.size() && one_of(ws[i + 1].first, {"around", "in", "on", "with", "at", "within", "dormant"}) &&
            !one_of(ws[i].first, {"lied", "mislead", "misled"}))
            continue;
        bool writer = false, person = false;
        for (std::size_t m = i >= 5 ? i - 5 : 0; m < i; ++m) {
            auto const w = ws[m].first;
            writer = writer || one_of(w, {"i", "we", "we'd", "i'd", "we're", "us", "our", "not", "don't", "shouldn't",
                                          "never", "avoid", "without", "won't", "wouldn't"});
            person = person || (m + 3 >= i && r10_person_at(c, ws, m));
        }
        // "I'd consider X to be lying": the writer's verdict on someone else's act, not the writer's own plan.
        bool const verdict = i >= 2 && ws[i - 1].first == "be" && ws[i - 2].first == "to";
        if ((person && !writer) || (intent && (verdict || !writer))) return true;
    }
    return false;
}

// "Wow, this is still open?", "Gee, the flaky test is failing again?": a surprise put on a delay, asked: the question
// wants no answer. "Wow, is that really 40ms?" (no delay) and "Is this still open? Happy to take it" (no interjection)
// are asked.
bool r10_mock_surprise(Context const& c, Sentence const& x) {
    if (!x.question()) return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 3 || !one_of(ws[0].first, {"wow", "whoa", "woah", "gee", "geez", "jeez", "omg", "huh"}))
        return false;
    // The thing's state said with its verb ("this is still open", "the test is failing again"): "Wow, still no word
    // from legal?" voices the wait without holding a thing up.
    bool verb = false;
    for (std::size_t i = 1; i < ws.size(); ++i) {
        verb = verb || one_of(ws[i].first, {"is", "are", "was", "were", "has", "have", "it's", "that's", "this's",
                                            "isn't", "hasn't", "aren't"});
        if (verb && one_of(ws[i].first, {"still", "again", "yet"})) return true;
    }
    return false;
}

// "(I haven't copied my boss on this.)", "without looping in my manager", "without telling my lead": the writer's
// own rung kept off the message; what goes up is going around them. "I've copied my boss" and "I haven't told my
// manager yet" (no message named) are not.
bool r10_own_rung_kept_off(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        auto const neg = ws[i].first;
        bool const without = neg == "without";
        if (!without && !one_of(neg, {"haven't", "hasn't", "didn't", "not", "havent", "didnt"})) continue;
        for (std::size_t k = i + 1; k < ws.size() && k <= i + 2; ++k) {
            auto const v = ws[k].first;
            bool const message_verb = one_of(v, {"copied", "cc'd", "cced", "cc'ed", "cc", "cc'ing", "copy", "copying",
                                                 "looped", "looping", "loop", "included", "including", "include"});
            bool const telling = without && one_of(v, {"telling", "informing", "asking", "consulting"});
            if (!message_verb && !telling) continue;
            for (std::size_t m = k + 1; m + 1 < ws.size() && m <= k + 3; ++m) {
                if (!one_of(ws[m].first, {"my", "our"}) ||
                    !one_of(ws[m + 1].first, {"boss", "manager", "lead", "supervisor", "director", "em", "vp", "head"}))
                    continue;
                // "haven't copied my boss on this", "not cc'ing my lead here": this message; "I haven't copied my
                // manager yet, I'll loop her in" is a step still to come.
                auto const after = m + 2 < ws.size() ? ws[m + 2].first : std::string_view{};
                auto const after2 = m + 3 < ws.size() ? ws[m + 3].first : std::string_view{};
                if (without || after == "here" ||
                    (one_of(after, {"on", "in"}) && one_of(after2, {"this", "it", "the", "these", "my"})) ||
                    (m + 2 >= ws.size() &&
                     c.s.substr(ws[m + 1].second, x.e - ws[m + 1].second).find(')') != std::string_view::npos))
                    return true;
            }
        }
    }
    return false;
}

// "Doing exactly what you asked would probably take a few hours": the request sized, not a fit claimed for a burden
// (mock_fit).
bool r10_fit_sized(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"exactly", "just", "precisely"}) || ws[i + 1].first != "what") continue;
        for (std::size_t k = i + 2; k + 1 < ws.size() && k <= i + 6; ++k)
            if (one_of(ws[k].first, {"would", "will", "might", "could", "should"})) {
                for (std::size_t m = k + 1; m < ws.size() && m <= k + 3; ++m)
                    if (one_of(ws[m].first, {"take", "cost", "mean", "require", "need", "involve"})) return true;
                break;
            }
    }
    return false;
}

// "This kills the UI that was designed and driven forward by him. No changes without proper discussion with him":
// a thing made by someone else, defended for them; territory is the writer's own code ("developed by me").
bool r10_owned_by_other(Context const& c, Hit const& h) {
    auto const t = c.s.substr(h.begin, h.end - h.begin);
    if (!t.ends_with("by")) return false;
    std::string_view next;
    words_after(c.s, h.end, static_cast<std::uint32_t>(c.s.size()), 1, [&](std::string_view w, std::uint32_t) {
        next = w;
        return true;
    });
    return !next.empty() && !one_of(next, {"me", "us", "myself", "my", "our", "ourselves"});
}

// "I told Betty about the plan, but she said she already had plans for the account and didn't need my help. Can I get
// the green light to start?": someone's no reported, and the go-ahead asked of the reader instead: asking the next
// one over the person who said no. "The client declined the quote; can I send a revised one?" asks no go-ahead, and
// "Sam approved it, can I get your sign-off too?" reports no refusal.
bool r10_no_taken_elsewhere(Context const& c) {
    static constexpr auto keys = WordBloom::word_hashes(
        {"green", "ahead", "approve", "approval", "permission", "blessing", "sign", "ok", "okay"});
    if (!c.words.may_hold_any(keys)) return false;
    bool refused = false, asked = false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i + 1 < ws.size() && !refused; ++i) {
            auto const w = ws[i].first;
            if (!one_of(w, {"he", "she", "he's", "she's"}) &&
                (!person_subject(c, w, ws[i].second) || person_word(w) || role_subject(w)))
                continue;
            for (std::size_t k = i + 1; k < ws.size() && k <= i + 12 && !refused; ++k) {
                auto const v = ws[k].first;
                auto const prev = ws[k - 1].first;
                // What was refused is the writer's or the matter at hand ("declined it", "rejected my plan"), not
                // an invite.
                auto const what = k + 1 < ws.size() ? ws[k + 1].first : std::string_view{};
                auto const what2 = k + 2 < ws.size() ? ws[k + 2].first : std::string_view{};
                refused =
                    (one_of(v, {"declined", "rejected", "refused", "vetoed"}) &&
                     (one_of(what, {"it", "my", "our", "this", "that"}) ||
                      (what == "the" && one_of(what2, {"plan", "idea", "proposal", "request", "change", "pitch"})))) ||
                    (v == "no" && prev == "said") || (v == "down" && one_of(prev, {"it", "turned"})) ||
                    (one_of(prev, {"didn't", "doesn't", "did", "does"}) && k + 1 < ws.size() &&
                     one_of(v, {"need", "want"}) && one_of(ws[k + 1].first, {"my", "our", "it", "the", "this", "any"}));
            }
        }
        if (!x.question()) continue;
        auto const t = sentence_text(c, x);
        bool const own = has_any(c, t, {"can i", "could i", "may i", "can we", "could we", "would you", "can you"});
        // The go-ahead asked for ("get the green light", "have your approval"), not a thing named ("the system
        // permission prompt").
        asked = asked || (own && has_any(c, t, {"get the green light",  "get a green light", "get the go-ahead",
                                                "get the go ahead",     "get a go-ahead",    "get your approval",
                                                "get approval",         "get your sign-off", "get your sign off",
                                                "get a sign-off",       "get sign-off",      "get your permission",
                                                "have your permission", "get permission",    "give me the green light",
                                                "give me the go-ahead", "get your blessing", "have your blessing",
                                                "get your ok",          "get your okay",     "you approve it",
                                                "you sign off"}));
    }
    return refused && asked;
}

// "To the Zilliqa Management/Leadership: 2 developers continue to close my issues", "Dear management, the team lead
// keeps ...": a contested matter opened as a letter to the leadership, over the heads of the people it is about.
bool r10_letter_to_leadership(Context const& c) {
    static constexpr auto keys =
        WordBloom::word_hashes({"leadership", "management", "executives", "board", "ceo", "cto", "directors"});
    if (!c.words.may_hold_any(keys)) return false;
    for (std::size_t n = 0; n < c.sentences.size() && n < 3; ++n) {
        auto const& x = c.sentences[n];
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
            // The salutation opens its line: "To the ...", "Dear ...".
            if (!one_of(ws[i].first, {"to", "dear", "attention"})) continue;
            auto const at = ws[i].second;
            if (at > 0 && c.s[at - 1] != '\n' && !(i == 0 && x.b == at)) continue;
            for (std::size_t k = i + 1; k < ws.size() && k <= i + 4; ++k)
                if (one_of(ws[k].first, {"leadership", "management", "executives", "board", "ceo", "cto", "directors"}))
                    return true;
        }
    }
    return false;
}

// "I'm addressing here publicly and formally the Zilliqa Leadership", "I'm raising this in public": the writer says
// the matter is put before everyone on purpose ("I didn't say it publicly" refuses the venue; "say openly" is
// candour, not a venue).
bool r10_said_in_public(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"publicly", "public"});
    if (!c.words.may_hold_any(keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        bool const pub = ws[i].first == "publicly" || (ws[i].first == "public" && i > 0 && ws[i - 1].first == "in");
        if (!pub) continue;
        bool verb = false, writer = false;
        // "I didn't say it publicly", "not raising it in public": the venue refused.
        if (word_before(c, ws[i].second, 5, {"didn't", "not", "never", "won't", "don't", "wouldn't"})) continue;
        for (std::size_t k = i >= 5 ? i - 5 : 0; k < i; ++k) {
            verb = verb || one_of(ws[k].first, {"addressing", "raising", "posting", "writing", "saying", "calling",
                                                "address", "raise", "post", "say", "call", "complaining", "complain"});
            writer = writer || one_of(ws[k].first, {"i'm", "i", "i'll", "we're", "we", "we'll", "im"});
        }
        if (verb && writer) return true;
    }
    return false;
}

// A grievance in the writer's words, for the two constructions above when the message reads as no pushback: someone
// ignoring the matter, conduct that goes on, a harsh word ("bug" or "slow" is no grievance).
bool r10_grieves(Context const& c) {
    return c.has(Lex::challenge) || c.has(Lex::harsh) ||
           has_any(c, c.s, {"nobody",          "no one",       "ignored",     "ignoring",     "ignore",
                            "keeps",           "keep closing", "continue to", "continues to", "without replying",
                            "without a reply", "without any",  "no response", "no answer",    "unanswered",
                            "no reply",        "rude",         "rudeness",    "unfair",       "unacceptable"});
}

// "It may "seem" ugly to you, and may not to a lot of others": a taste word said as someone else's view ("to you", "to
// them", "for some"), not the writer's own taste; read after the evidence's end in the original text.
bool r10_taste_of_others(std::string_view orig, std::uint32_t end) {
    std::string after(orig.substr(end, 24));
    for (auto& ch : after) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (std::string_view w : {" to you", " to them", " to him", " to her", " to some", " to others", " for you",
                               " for some", " in your eyes", " in their eyes"})
        if (after.starts_with(w)) return true;
    return false;
}

// "We won't rewrite the entire product in another language", "we're not going to port it to Go": an adoption the writer
// declines, a negation right before its verb in the same clause ("I don't want to learn another language" is
// reluctance to learn, not a move declined).
bool r10_adoption_declined(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    for (auto const& o : c.hits) {
        if (o.lex != Lex::adopt_verb || o.begin < x->b || o.begin >= h.begin) continue;
        auto const before = c.s.substr(x->b, o.begin - x->b);
        for (std::string_view no : {"won't ", "will not ", "not going to ", "never ", "we're not ", "aren't going to ",
                                    "no need to ", "shouldn't ", "should not "})
            if (before.ends_with(no)) return true;
    }
    return false;
}

}  // namespace

// An adoption the writer rules out or declines, for the hints (hints.cpp) as for the motives.
bool adoption_ruled_out(Context const& c, Hit const& h) { return m9_ruled_out(c, h) || r10_adoption_declined(c, h); }

// motive15: "I am not opposed", "no objection from me", "I won't object": the writer going along.
bool m15_not_opposed(Context const& c) {
    if (!c.words.may_hold_any(WordBloom::word_hashes({"opposed", "objection", "objections", "object"}))) return false;
    for (std::string_view p :
         {"not opposed", "no objection", "no objections", "don't object", "won't object", "do not object"})
        for (auto at = c.s.find(p); at != std::string_view::npos; at = c.s.find(p, at + 1))
            if (!c.in_quote(static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + p.size()))) return true;
    return false;
}

// "I don't personally think backporting is necessary, unless others feel strongly", "not a fan of the new font ...
// I'd suggest setting up a prediction market to see what users think", "happy to be overruled": the writer's own
// taste or way, with the call left to others or to what users show. It is not pushed as a technical concern, so it
// drives no stop on taste or the writer's way. A bare hedge ("not sure if it's correct", "I could be wrong") leaves
// the call with the writer and defers nothing.
bool taste_deferred(Context const& c) {
    if (m15_not_opposed(c)) return true;  // motive15
    static constexpr auto keys = WordBloom::word_hashes(
        {"unless", "if", "overruled", "outvoted", "defer", "users", "customers", "strongly", "strong"});
    if (!c.words.may_hold_any(keys)) return false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i < ws.size(); ++i) {
            auto const w = ws[i].first;
            auto const at = [&](std::size_t k) { return k < ws.size() ? ws[k].first : std::string_view{}; };
            // "unless others feel strongly", "if anyone objects", "if you'd rather keep it".
            if (one_of(w, {"unless", "if"}) &&
                one_of(at(i + 1), {"others", "anyone", "anybody", "someone", "somebody", "everyone", "folks", "people",
                                   "you", "the", "others'"})) {
                for (std::size_t k = i + 2; k < ws.size() && k <= i + 4; ++k)
                    if (one_of(ws[k].first, {"strongly", "disagree", "disagrees", "object", "objects", "otherwise",
                                             "prefer", "prefers", "rather", "mind", "minds"}) &&
                        !(ws[k].first == "mind" && one_of(ws[k - 1].first, {"don't", "dont"})))  // real14: go-ahead
                        return true;
            }
            // "happy to be overruled", "fine being outvoted", "I'll defer to the team".
            if (one_of(w, {"overruled", "outvoted"}) || (w == "defer" && at(i + 1) == "to")) return true;
            // "I don't feel strongly", "no strong feelings".
            if ((w == "feel" && at(i + 1) == "strongly" && i > 0 && one_of(ws[i - 1].first, {"don't", "dont"})) ||
                (w == "strong" && i > 0 && ws[i - 1].first == "no" && at(i + 1).starts_with("feeling")))
                return true;
            // "to see what users think", "test it with users", "let the users decide": the call left to users.
            if (one_of(w, {"users", "customers"})) {
                auto const prev = i > 0 ? ws[i - 1].first : std::string_view{};
                auto const prev2 = i > 1 ? ws[i - 2].first : std::string_view{};
                if (((prev == "what" || (one_of(prev, {"the", "our", "real"}) && prev2 == "what")) &&
                     one_of(at(i + 1), {"think", "prefer", "want", "say", "like", "choose", "pick"})) ||
                    ((prev == "with" || (one_of(prev, {"the", "our", "real"}) && prev2 == "with")) && i >= 3 &&
                     std::ranges::any_of(ws.begin() + static_cast<std::ptrdiff_t>(i >= 5 ? i - 5 : 0),
                                         ws.begin() + static_cast<std::ptrdiff_t>(i),
                                         [](auto const& v) {
                                             return one_of(v.first, {"test", "testing", "try"});
                                         })) ||
                    (one_of(at(i + 1), {"decide"}) && one_of(prev, {"the", "let"})))
                    return true;
            }
        }
    }
    return false;
}

// The writer's taste or way whose call is left to others (taste_deferred) drives no stop: dropped from the findings.
// So is taste said as someone else's view (r10_taste_of_others): its evidence goes, and the reason with its last.
bool t13_users_check_waved(Context const& c);  // trial13
void drop_deferred_taste(Context const& c, Analysis& a) {
    if (a.illegitimate.empty()) return;
    if (std::ranges::find(a.illegitimate, Reason::aesthetic) != a.illegitimate.end()) {
        std::erase_if(a.evidence, [&](Evidence const& e) {
            return e.reason == Reason::aesthetic && r10_taste_of_others(c.orig, e.range.end);
        });
        if (std::ranges::none_of(a.evidence, [](Evidence const& e) { return e.reason == Reason::aesthetic; }))
            std::erase(a.illegitimate, Reason::aesthetic);
    }
    if (a.illegitimate.empty() || !taste_deferred(c) || t13_users_check_waved(c)) return;  // trial13
    auto const deferred = [](Reason r) { return r == Reason::aesthetic || r == Reason::my_way; };
    std::erase_if(a.illegitimate, deferred);
    std::erase_if(a.evidence, [&](Evidence const& e) { return e.reason && deferred(*e.reason); });
}
// --- real10: end ---

// --- slack10: constructions read on Slack drafts to a PM (coaching dev23): a person's faculty denied ("has no
// taste", "you've never run anything at scale"), bad faith imputed ("…, and she knows it"), a person's work held up in
// scare quotes ("Thanks for the "estimate""), the next repeat awaited ("Can't wait to see what the fourth one will
// be"), a thing owned and others barred from it ("belongs to my team … they can file a ticket and wait"), others kept
// from rewriting the writer's code, the writer's own thing decreed ("I've decided we're using my schema"), the
// writer's own work thrown away in a mock agreement ("Sure, let's throw away three years of my work"), and the reader
// gone to directly because the usual person stalls ("DMing you directly …, since our EM just keeps saying …"). ---
namespace {

// A colleague as a clause's subject: "you", "he", "she", a name, a mention, a role, "whoever designed X" (users,
// customers, people and the writer are no colleague to judge).
bool s10_colleague(Context const& c, std::string_view w, std::uint32_t at) {
    if (one_of(w, {"people",     "someone", "somebody",    "they",   "they're",     "them",       "theyre",   "they've",
                   "they'd",     "they'll", "staff",       "admins", "mods",        "moderators", "dev",      "devs",
                   "developers", "coders",  "programmers", "guys",   "maintainers", "designers",  "managers", "pms"}))
        return false;
    return w == "whoever" || w == "your" || person_subject(c, w, at) || role_subject(w);
}

// "Whoever designed these screens has no taste", "Kevin has zero judgment", "you have no business designing APIs",
// "Your proposal shows you've never run anything in prod at scale", "he clearly has never shipped a mobile app": a
// faculty a person lacks, said of them (not "users have no idea", "she has no experience with Kafka yet", "you
// have no idea how much this helps").
bool s10_faculty_denied(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"no", "zero", "never", "lacks"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        auto const [w, at] = ws[i];
        // The subject, then within four words the verb of having and its negation.
        bool const subject = s10_colleague(c, w, at) && w != "your";
        if (!subject) continue;
        for (std::size_t k = i; k + 1 < ws.size() && k <= i + 8; ++k) {
            auto const v = ws[k].first, n = ws[k + 1].first;
            if (one_of(v, {"has", "have", "clearly", "obviously", "just"}) && k + 2 < ws.size() &&
                one_of(n, {"no", "zero"}) &&
                one_of(ws[k + 2].first, {"taste", "clue", "judgment", "judgement", "business", "shame", "spine",
                                         "backbone", "imagination", "talent", "competence", "common"}))
                return true;
            if (v == "lacks" && one_of(n, {"taste", "judgment", "judgement", "competence", "talent", "common"}))
                return true;
            // "you've never run anything", "he's never shipped a thing", "you have never built anything at scale".
            bool const never = one_of(v, {"you've", "you", "he's", "she's", "he", "she", "has", "have"}) &&
                               n == "never" && k + 3 < ws.size() &&
                               one_of(ws[k + 2].first, {"run", "built", "shipped", "operated", "managed", "maintained",
                                                        "deployed", "scaled", "written", "designed", "debugged",
                                                        "launched", "owned", "worked", "done"}) &&
                               one_of(ws[k + 3].first, {"anything", "any", "a", "one", "something", "on", "in"});
            if (never) {
                // Said as a verdict: shown by their work or said with certainty ("shows", "clearly", "obviously"),
                // or with nothing but scale and production after it.
                for (std::size_t j = 0; j < k; ++j)
                    if (one_of(ws[j].first, {"shows", "show", "proves", "prove", "clearly", "obviously", "obvious",
                                             "clear", "tells", "reads"}))
                        return true;
                for (std::size_t j = k + 3; j < ws.size(); ++j)
                    if (one_of(ws[j].first, {"scale", "prod", "production"})) return true;
            }
            if (k > i && one_of(v, {"but", "and", "so", "because", "which", "that"})) break;
        }
    }
    return false;
}

// "The roadmap Dana presented is fantasy, and she knows it", "he knows full well it won't ship": bad faith imputed,
// the person said to know the thing is false (not "Dana knows it's tight, she said so Monday").
bool s10_bad_faith(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"knows", "know"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"knows", "know"}) || !s10_colleague(c, ws[i - 1].first, ws[i - 1].second) ||
            ws[i - 1].first == "your" || ws[i - 1].first == "whoever")
            continue;
        // "…, and she knows it." at the sentence's end, after a clause of its own.
        if (ws[i + 1].first == "it" && i + 2 == ws.size() && i >= 3 && ws[i - 2].first == "and") return true;
        // "knows full well", "knows perfectly well".
        if (i + 2 < ws.size() && one_of(ws[i + 1].first, {"full", "perfectly", "damn"}) && ws[i + 2].first == "well")
            return true;
    }
    return false;
}

// "Thanks for the "estimate", Kevin", "your "quick fix" took down checkout": a person's work held up in scare quotes,
// the quoted word lower-case and no label ("the "Export" button", "set the "priority" field").
bool s10_work_scare_quoted(Context const& c, Sentence const& x) {
    static constexpr std::string_view works[] = {
        "estimate", "estimates", "plan",     "spec",     "design",   "fix",      "review",   "research",
        "roadmap",  "feedback",  "update",   "testing",  "analysis", "strategy", "timeline", "requirements",
        "docs",     "help",      "solution", "proposal", "process",  "deadline", "prd",      "prioritization"};
    if (!any_word(c, WordBloom::word_hashes(works))) return false;
    bool const thanks = c.first(Lex::thanks, x.b, x.e) != nullptr;
    auto const t = sentence_text(c, x);
    bool found = false;
    for_scare_quotes(c, x, [&](std::string_view inner) {
        if (found || std::count(inner.begin(), inner.end(), ' ') > 1) return;
        auto const last = inner.substr(inner.rfind(' ') == std::string_view::npos ? 0 : inner.rfind(' ') + 1);
        if (std::ranges::find(works, last) == std::end(works)) return;
        auto const at = static_cast<std::uint32_t>(x.b + (inner.data() - t.data()));
        // Lower-case as written: a label is capitalised ("the "Estimate" column").
        if (auto const ch = c.orig_byte(at); ch >= 'A' && ch <= 'Z') return;
        auto const after = c.s.substr(at + inner.size() + 1, 12);
        for (std::string_view label : {" button", " field", " column", " tab", " label", " flag", " status", " page",
                                       " section", " step", " template", " link"})
            if (after.starts_with(label)) return;
        bool const owner = word_before(c, at - 1, 1, {"your", "his", "her", "their"});
        found = (thanks && word_before(c, at - 1, 1, {"the", "your", "that", "this"})) || owner;
    });
    return found;
}

// "Can't wait to see what the fourth one will be", "looking forward to the next pivot, number five": the next repeat
// of a thing gone wrong awaited with delight (not "Can't wait to see what the new flow looks like").
bool s10_repeat_awaited(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"wait", "forward"}))) return false;
    auto const t = sentence_text(c, x);
    if (!has_any(c, t, {"can't wait", "cant wait", "cannot wait", "looking forward", "look forward"})) return false;
    auto const& ws = words_of(c, x);
    for (auto const& [w, at] : ws)
        if (one_of(w, {"third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth", "3rd", "4th", "5th",
                       "6th", "7th", "8th", "9th", "10th"}))
            return true;
    // "…the next one": a repeat named in the sentence before ("a third priority-one this sprint", "again").
    if (!has_any(c, t, {"next one", "next time", "next pivot", "next change", "next reorg"})) return false;
    auto const idx = sentence_index(c, x.b);
    if (idx <= 0) return false;
    auto const& prev = c.sentences[static_cast<std::size_t>(idx - 1)];
    return has_any(c, sentence_text(c, prev), {"again", "another", "third", "fourth", "fifth", "second time"});
}

// "The feature store belongs to my team. If the recs team wants new features they can file a ticket and wait",
// "It's my module and I'll make the changes when I get to them", "don't let the contractors anywhere near the
// scheduler": a thing claimed as the writer's, and others barred from it in the same or the next sentence.
bool s10_owned_and_barred(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"belongs", "mine", "ours", "my", "our"}))) return false;
    auto const t = sentence_text(c, x);
    bool owned = has_any(c, t,
                         {"belongs to my", "belongs to me", "belongs to us", "belongs to our", "is mine", "is ours",
                          "it's my module", "it's my code", "it's my service", "it's our code", "it's our service",
                          "my team owns", "we own it", "i own it", "my code", "my module"});
    // "*my* ingestion service": the possessive stressed.
    auto const ob = c.norm.orig_begin(x.b), oe = c.norm.orig_end(x.e);
    auto const raw = c.orig.substr(ob, oe - ob);
    if (!owned && !raw.contains("*my*") && !raw.contains("_my_")) return false;
    auto const idx = sentence_index(c, x.b);
    auto const last = std::min<std::ptrdiff_t>(idx + 1, static_cast<std::ptrdiff_t>(c.sentences.size()) - 1);
    for (auto j = std::max<std::ptrdiff_t>(idx - 1, 0); j <= last; ++j) {
        auto const& y = c.sentences[static_cast<std::size_t>(j)];
        auto const u = sentence_text(c, y);
        if (has_any(c, u,
                    {"file a ticket and wait", "get in line", "wait like everyone", "anywhere near", "stay out of",
                     "keep out of", "keep their hands off", "hands off", "without going through me",
                     "without asking me", "i'll make the changes", "i will make the changes", "only i should",
                     "only we should", "no one else should", "nobody else should"}))
            return true;
        // "they shouldn't be writing to it", "other teams can't touch it" (not "shouldn't have to").
        if (has_any(
                c, u,
                {"they shouldn't be", "they should not be", "they don't get to", "they can't touch",
                 "shouldn't be touching", "shouldn't be writing", "shouldn't be changing", "shouldn't be merging"}) &&
            !has_any(c, u, {"shouldn't have to", "should not have to"}))
            return true;
    }
    return false;
}

// "I'm not comfortable with anyone else rewriting it", "I don't want other teams changing the parser": the writer's
// code kept from others' changes (a territory, read beside the writer's effort).
bool s10_others_kept_off(Context const& c) {
    if (!any_word(c, WordBloom::word_hashes({"else", "other", "others"}))) return false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        bool const reluctant = has_any(c, sentence_text(c, x),
                                       {"not comfortable", "don't want", "do not want", "won't have", "won't let",
                                        "not letting", "not ok with", "not okay with", "uncomfortable"});
        if (!reluctant) continue;
        for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
            bool const others =
                (one_of(ws[i].first, {"anyone", "someone", "anybody", "somebody"}) && ws[i + 1].first == "else") ||
                (ws[i].first == "other" && one_of(ws[i + 1].first, {"teams", "people", "devs"})) ||
                ws[i].first == "others";
            if (!others) continue;
            for (auto k = i + 1; k < ws.size() && k <= i + 4; ++k)
                if (one_of(ws[k].first, {"rewriting", "rewrite", "changing", "change", "modifying", "modify", "editing",
                                         "edit", "touching", "touch", "refactoring", "refactor", "reworking"}))
                    return true;
        }
    }
    return false;
}

// "I've decided we're using my schema for the events table", "I decided we go with my version": the writer's own
// thing decreed by the writer (not "I've decided to take my PTO", "we decided to use Postgres").
bool s10_own_thing_decreed(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"decided", "deciding"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"decided", "deciding"}) ||
            !one_of(ws[i - 1].first, {"i've", "i", "i'm", "ive", "im", "have"}))
            continue;
        for (auto k = i + 1; k + 1 < ws.size() && k <= i + 5; ++k)
            if (one_of(ws[k].first, {"using", "use", "with", "keeping", "keep", "shipping", "ship", "merging"}) &&
                ws[k + 1].first == "my" &&
                (k + 2 >= ws.size() || !one_of(ws[k + 2].first, {"pto", "vacation", "leave", "time", "day", "days",
                                                                 "week", "weekend", "holiday", "laptop", "calendar"})))
                return true;
    }
    return false;
}

// "Sure, let's throw away three years of my work on the rules engine", "sure, let's throw away the scheduler I spent
// three years on": the writer's own work thrown away in a mock agreement (sarcasm as well). Returns 2 for it, 0 for
// none ("Let's throw away the prototype I built last week; the vendor SDK covers it" is the writer's own plan).
int s10_own_work_discarded(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"throw", "scrap", "toss", "bin", "trash", "nuke", "delete", "rip"})))
        return 0;
    auto const t = sentence_text(c, x);
    if (!has_any(c, t,
                 {"let's throw", "lets throw", "let's scrap", "lets scrap", "let's toss", "let's bin", "let's trash",
                  "let's nuke", "let's delete", "let's rip out", "just throw away", "just scrap"}))
        return 0;
    bool const mine = has_any(c, t,
                              {"of my work", "of my life", "my work", "my code", "i spent", "i built", "i wrote",
                               "i've spent", "i've built", "i've written", "years of my", "months of my"});
    if (!mine) return 0;
    auto const& ws = words_of(c, x);
    bool const mock = !ws.empty() && one_of(ws[0].first, {"sure", "yeah", "great", "oh", "ok", "okay", "fine",
                                                          "wonderful", "awesome", "perfect"});
    return mock ? 2 : 0;
}

// "DMing you directly <@U1> about the Kafka timeline, since our EM just keeps saying "let's see"", "tagging <@U2>
// since Ines won't listen": the reader (or someone tagged) gone to because the usual person stalls (not "pinging you
// directly since Dana is out this week").
bool s10_around_the_staller(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"since", "because", "cause", "as"}))) return false;
    auto const& ws = words_of(c, x);
    std::size_t move = ws.size();
    for (std::size_t i = 0; i + 1 < ws.size() && move == ws.size(); ++i) {
        auto const w = ws[i].first, next = ws[i + 1].first;
        bool const verb = one_of(w, {"dming", "dm'ing", "messaging", "pinging", "tagging", "cc'ing", "ccing", "looping",
                                     "writing", "coming", "going", "reaching", "escalating", "bringing"});
        // To the reader directly, or to someone tagged ("tagging <@U2>").
        bool directly = false;
        for (auto k = i + 1; k < ws.size() && k <= i + 4; ++k)
            directly = directly || one_of(ws[k].first, {"directly", "direct"}) ||
                       (ws[k].first.size() == 1 && ws[k].first[0] == ph_person);
        if (verb && directly) move = i;
        (void)next;
    }
    if (move == ws.size()) return false;
    for (auto i = move + 1; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"since", "because", "cause", "as"})) continue;
        // The usual person: "our EM", "my manager", "the PM", "Ines", "he".
        auto k = i + 1;
        if (one_of(ws[k].first, {"our", "my", "the"})) ++k;
        if (k >= ws.size()) return false;
        bool const person = one_of(ws[k].first, {"em", "manager", "pm", "lead", "boss", "po", "he", "she"}) ||
                            person_subject(c, ws[k].first, ws[k].second);
        if (!person) return false;
        auto const rest = c.s.substr(ws[k].second, x.e - ws[k].second);
        return has_any(c, rest,
                       {"keeps saying", "just keeps",      "keeps stalling", "keeps punting", "keeps pushing back",
                        "won't listen", "wont listen",     "won't answer",   "won't decide",  "won't respond",
                        "refuses",      "isn't listening", "doesn't listen", "never answers", "never responds",
                        "ignores",      "is ignoring",     "keeps ignoring", "won't budge",   "just says"});
    }
    return false;
}

// "Whoever designed these screens has no taste": taste denied is the judgment of a look as well (aesthetic).
bool s10_taste_denied(Context const& c, Sentence const& x) {
    return any_word(c, WordBloom::word_hashes({"taste"})) &&
           has_any(c, sentence_text(c, x), {"no taste", "zero taste", "lacks taste"}) && s10_faculty_denied(c, x);
}

// "Thanks for the "estimate", Kevin": the scare quotes aimed at someone named or addressed in the sentence.
bool s10_scare_quoted_at_person(Context const& c, Sentence const& x) {
    if (!s10_work_scare_quoted(c, x)) return false;
    for (auto const& [w, at] : words_of(c, x))
        if (one_of(w, {"you", "your", "you've", "you're"}) || (w.size() == 1 && w[0] == ph_person) ||
            (person_subject(c, w, at) && !person_word(w)))
            return true;
    return false;
}

}  // namespace
// --- slack10 end ---

// --- trial11: the writer's feeling, history or ownership offered as the reason, in new words (coaching dev25, dev20,
// dev19): excitement about a technology and the wish to play with it ("came back from ROSCon super hyped and want to
// play with it"), the study a new standard needs dreaded ("I really don't want to spend the next quarter reading the
// FHIR spec"), the writer's identity bound up with their work ("It's part of me at this point"), the writer's first or
// sole making of a thing kept ("the first thing I ever built here. Can we leave it running"), others' changes to the
// writer's own work resented ("tools keeps touching the audio wrapper I wrote ... nobody asked me"), a check waved off
// on the writer's certainty ("No need to run the usability test, I already know how it should work") and a look
// judged by a comparative of feeling ("it just looks more serious"). Each is read from the clause's grammar and a
// small class of words; the same words said of users, of someone else or as a courtesy stay clean. ---
namespace {

// The writer within the `n` words before `i` as the clause's subject ("I just came back ... super hyped", "I'm so
// excited"), with no other subject between them.
bool t11_writer_before(SentenceWords const& ws, std::size_t i, std::size_t n) {
    for (std::size_t b = i; b-- > 0 && b + n >= i;) {
        auto const w = ws[b].first;
        if (one_of(w, {"i", "i'm", "im", "i've", "ive", "i'd", "i'll"})) return true;
        if (one_of(w, {"you", "you're", "he", "she", "they", "they're", "we", "we're", "users", "customers", "team",
                       "everyone", "people", "folks", "but", "because"}))
            return false;
    }
    return false;
}

// Excitement, and play with a thing: the two halves of a technology wanted for the fun of it.
bool t11_excited(std::string_view w) {
    return one_of(w, {"hyped", "excited", "stoked", "pumped", "psyched", "thrilled", "jazzed", "buzzing", "itching"});
}
bool t11_play(std::string_view w) { return one_of(w, {"play", "playing", "tinker", "tinkering", "toy", "fiddle"}); }

// "I just came back from ROSCon super hyped and want to play with it", "I'm so stoked about Bun, I want to tinker with
// it", "honestly I just want to play with Zig": the writer's excitement, or their wish to play with a thing, as the
// reason to adopt it (a proposal in the message, no measured particular). "I'm excited about the launch" plays with
// nothing; "customers want to play with the sandbox" is someone else's wish.
bool t11_excited_to_play(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"play", "playing", "tinker", "tinkering", "toy", "fiddle"}))) return false;
    auto const& ws = words_of(c, x);
    bool excited = false, play = false;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (t11_excited(w) && t11_writer_before(ws, i, 8)) excited = true;
        // "want to play with it", "wanna tinker with", "would love to toy with": the writer's wish, with its object.
        if (t11_play(w) && one_of(nth_word(ws, i + 1), {"with", "around"})) {
            bool const wished =
                i >= 2 &&
                ((ws[i - 1].first == "to" && one_of(ws[i - 2].first, {"want", "love", "like", "dying", "itching"})) ||
                 one_of(ws[i - 1].first, {"wanna", "gonna"}));
            if (wished && t11_writer_before(ws, i, 6)) play = true;
        }
    }
    return play || (excited && std::ranges::any_of(ws, [](auto const& p) { return t11_play(p.first); }));
}

// "I really don't want to spend the next quarter reading the FHIR spec", "I'd rather not wade through the GraphQL
// docs for a month", "can't face studying the new standard": the study a new technology needs, dreaded by the writer
// (the learning motive without the word "learn"). A study verb with a thing studied ("spec", "docs", "manual"); "I
// don't want to spend the sprint reading crash logs" studies nothing new, "users don't want to read the docs" is
// someone else's, and a reason beside it ("because we only need two endpoints") argues the cost.
bool t11_study_dreaded(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"spec", "specs", "specification", "standard", "docs", "documentation",
                                             "manual", "manuals", "rfc", "rfcs", "tutorial", "tutorials", "course",
                                             "courses", "book", "books", "whitepaper"})))
        return false;
    auto const& ws = words_of(c, x);
    std::size_t refused = ws.size();
    for (std::size_t i = 0; i + 1 < ws.size() && refused == ws.size(); ++i) {
        auto const w = ws[i].first, n = ws[i + 1].first;
        bool const no_wish = (one_of(w, {"don't", "dont", "do", "not"}) && one_of(n, {"want", "wanna"})) ||
                             (w == "rather" && n == "not") || (one_of(w, {"can't", "cannot"}) && n == "face") ||
                             one_of(w, {"dread", "dreading"}) || (w == "no" && n == "desire");
        if (no_wish && t11_writer_before(ws, i + 1, 4)) refused = i;
    }
    if (refused == ws.size()) return false;
    // A reason beside it: the cost argued ("when we only need two endpoints"), not the study dreaded.
    for (auto i = refused + 1; i < ws.size(); ++i)
        if (one_of(ws[i].first, {"because", "since", "when", "given", "unless", "as", "while"})) return false;
    for (std::size_t i = refused + 1; i < ws.size() && i <= refused + 12; ++i) {
        auto const w = ws[i].first;
        if (!one_of(w, {"read", "reading", "study", "studying", "wade", "wading", "dig", "digging", "plough",
                        "ploughing", "plow", "plowing", "slog", "slogging", "learn", "learning", "memorize",
                        "memorising", "memorizing"}))
            continue;
        for (auto k = i + 1; k < ws.size() && k <= i + 6; ++k)
            if (one_of(ws[k].first,
                       {"spec", "specs", "specification", "standard", "docs", "documentation", "manual", "manuals",
                        "rfc", "rfcs", "tutorial", "tutorials", "course", "courses", "book", "books", "whitepaper"}))
                return true;
    }
    return false;
}

// "It's part of me at this point", "that planner is my life's work", "it's close to my heart", "I'm emotionally
// attached to it": the writer's identity bound up with a thing. "Part of me wants to keep it, but ..." is a hedge (no
// verb of being before it); "the customer is attached to the old export" is someone else's; "I've attached the spec"
// attaches a file.
bool t11_identity_bound(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"part", "piece", "heart", "attached", "life's", "sentimental"})))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        // "(it's|is|has become|feels like) (a) part of me", "a piece of me".
        if (one_of(w, {"part", "piece"}) && nth_word(ws, i + 1) == "of" && nth_word(ws, i + 2) == "me") {
            auto b = i;
            if (b > 0 && one_of(ws[b - 1].first, {"a", "basically", "literally", "really", "kind", "like", "become"}))
                --b;
            if (b > 0 && one_of(ws[b - 1].first, {"a", "like", "become", "kind"})) --b;
            if (b > 0 && one_of(ws[b - 1].first,
                                {"it's", "its", "is", "was", "feels", "become", "became", "that's", "thats", "it"}))
                return true;
        }
        // "my life's work", "close to my heart", "sentimental value".
        if (w == "my" && one_of(nth_word(ws, i + 1), {"life's", "lifes"}) && nth_word(ws, i + 2) == "work") return true;
        if (w == "close" && nth_word(ws, i + 1) == "to" && nth_word(ws, i + 2) == "my" &&
            nth_word(ws, i + 3) == "heart")
            return true;
        if (w == "sentimental" && t11_writer_before(ws, i, 5)) return true;
        // "I'm (really|emotionally|pretty) attached to it".
        if (w == "attached" && nth_word(ws, i + 1) == "to" && t11_writer_before(ws, i, 3) &&
            one_of(nth_word(ws, i + 2), {"it", "this", "that", "the", "my", "our", "them"}))
            return true;
    }
    return false;
}

// The thing kept, in sentence `i` or one beside it: "let's not rip it out", "can we leave it running", "keep it".
bool t11_kept_near(Context const& c, std::size_t i) {
    auto const at = static_cast<std::ptrdiff_t>(i);
    if (keep_wished(c, at)) return true;
    for (auto j = std::max<std::ptrdiff_t>(0, at - 1);
         j <= std::min<std::ptrdiff_t>(at + 1, static_cast<std::ptrdiff_t>(c.sentences.size()) - 1); ++j) {
        auto const& y = c.sentences[static_cast<std::size_t>(j)];
        if (change_refused(c, y)) return true;
        auto const& ys = words_of(c, y);
        // "leave it running", "leave it in place", "leave it alone", "let it live".
        for (std::size_t k = 0; k + 2 < ys.size(); ++k)
            if ((one_of(ys[k].first, {"leave", "let"}) && one_of(ys[k + 1].first, {"it", "them", "that", "this"}) &&
                 one_of(ys[k + 2].first, {"running", "in", "alone", "be", "live", "alive", "around", "as"})))
                return true;
    }
    return false;
}

// "X was the first thing I ever built here", "the parser I wrote solo", "the first service I designed": the writer's
// own first or sole making of a thing, said in a relative clause.
bool t11_first_made(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"built", "wrote", "designed", "created", "shipped"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"i", "we"})) continue;
        auto k = i + 1;
        bool ever = false;
        while (k < ws.size() && one_of(ws[k].first, {"ever", "first", "originally", "personally", "single-handedly"})) {
            ever = true;
            ++k;
        }
        if (!one_of(nth_word(ws, k), {"built", "wrote", "designed", "created", "shipped"})) continue;
        // "the first thing I built", "the thing I ever built": first or ever, before or inside the clause.
        bool first = ever;
        for (std::size_t b = i; b-- > 0 && b + 4 >= i && !first;) first = one_of(ws[b].first, {"first", "only"});
        if (first) return true;
        // "... I built solo", "I wrote it alone", "I built it myself".
        for (auto m = k + 1; m < ws.size() && m <= k + 5; ++m)
            if (one_of(ws[m].first, {"solo", "alone", "single-handedly", "myself"})) return true;
    }
    return false;
}

// A change verb of others on a thing.
bool t11_change_verb(std::string_view w) {
    return one_of(
        w, {"touching",  "touch",    "touches",   "touched",  "changing",    "changes",    "editing", "edits",
            "modifying", "modifies", "rewriting", "rewrites", "refactoring", "refactors",  "messing", "poking",
            "hacking",   "prs",      "pr",        "pull",     "commits",     "committing", "pushing", "merging"});
}

// "tools keeps touching the audio wrapper I wrote, third time this month and nobody asked me", "Platform wants
// telemetry in it? They can ask nicely and get in line, not open PRs against it" (beside "I built the VS Code
// extension solo"): others' changes to the writer's own work resented, the writer's leave not asked or their changes
// refused. The writer's making is said in the message; "the migration touched the table I created, so I re-ran the
// backfill" resents nothing.
Sentence const* t11_others_changes_resented(Context const& c) {
    if (!any_word(
            c, WordBloom::word_hashes({"touching",    "touch",     "touches",   "touched",    "changing",  "changes",
                                       "editing",     "edits",     "modifying", "modifies",   "rewriting", "rewrites",
                                       "refactoring", "refactors", "messing",   "poking",     "hacking",   "prs",
                                       "pr",          "pull",      "commits",   "committing", "pushing",   "merging"})))
        return nullptr;
    bool made = false;
    Sentence const* resented = nullptr;
    for (std::size_t i = 0; i < c.sentences.size(); ++i) {
        auto const& x = c.sentences[i];
        if (c.mostly_quoted(x.b, x.e)) continue;
        made = made || effort_said(c, x) || t11_first_made(c, x);
        auto const& ws = words_of(c, x);
        for (std::size_t k = 0; k < ws.size(); ++k) {
            auto const w = ws[k].first;
            if (!t11_change_verb(w)) continue;
            // Others as the subject: "tools keeps touching", "they can ... not open PRs" (not the writer).
            if (t11_writer_before(ws, k, 5)) continue;
            // The writer's thing as its object: "the audio wrapper I wrote", "my module", "against it" (the thing
            // made, named before).
            bool mine = false;
            for (auto m = k + 1; m < ws.size() && m <= k + 7 && !mine; ++m) {
                bool const made_here = ws[m].first == "i" &&
                                       one_of(nth_word(ws, m + 1), {"wrote", "built", "designed", "created", "made"});
                mine = ws[m].first == "my" || made_here ||
                       (ws[m].first == "i" && one_of(nth_word(ws, m + 1), {"own", "maintain"}));
                made = made || made_here;
            }
            bool const against = one_of(nth_word(ws, k + 1), {"against", "to", "into", "on"}) &&
                                 one_of(nth_word(ws, k + 2), {"it", "my", "them"});
            // Resented: it goes on ("keeps", "again"), the writer's leave is not asked ("nobody asked me"), or it
            // is refused ("not open PRs against it").
            bool refused = false, ongoing = false;
            for (std::size_t b = k; b-- > 0 && b + 4 >= k;) {
                refused =
                    refused || one_of(ws[b].first, {"not", "never", "no", "stop"}) || ws[b].first.ends_with("n't");
                ongoing = ongoing || one_of(ws[b].first, {"keeps", "keep", "kept", "again"});
            }
            auto const t = sentence_text(c, x);
            bool const unasked = has_any(c, t,
                                         {"nobody asked me", "no one asked me", "without asking me", "didn't ask me",
                                          "never asked me", "get in line", "ask nicely", "ask me first"});
            if ((mine && (ongoing || unasked)) || (against && refused)) resented = &x;
        }
    }
    return made && resented != nullptr && !particular_given(c) ? resented : nullptr;
}

// "No need to run the usability test on the address step, I already know how it should work", "no need, Redis is the
// answer. I don't need numbers to know that": a check that would bring evidence waved off on the writer's certainty
// ("No need to run the usability test again; we ran it with 12 users last week" gives the evidence, "I already know
// the test will pass, but let's run it" waves nothing off).
Sentence const* t11_check_waved(Context const& c) {
    if (!any_word(c, WordBloom::word_hashes({"need"})) || !any_word(c, WordBloom::word_hashes({"know", "answer"})))
        return nullptr;
    bool waved = false;
    Sentence const* certain = nullptr;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
            auto const w = ws[i].first;
            // "no need (to run the test)", "don't need numbers", "doesn't need a benchmark".
            bool const decline = (w == "no" && ws[i + 1].first == "need") ||
                                 (one_of(w, {"don't", "dont", "doesn't", "doesnt"}) && ws[i + 1].first == "need" &&
                                  i > 0 && one_of(ws[i - 1].first, {"i", "we", "it", "this"}));
            if (!decline) continue;
            // A bare "no need," answering a quoted ask for a comparison; else the check named.
            if (w == "no" && (i + 2 >= ws.size() || ws[i + 2].first != "to") && i == 0 && !c.quoted.empty())
                waved = true;
            for (auto k = i + 2; k < ws.size() && k <= i + 7; ++k)
                if (one_of(ws[k].first,
                           {"test",      "tests",  "testing", "usability",  "benchmark",  "benchmarks", "measure",
                            "numbers",   "data",   "compare", "comparison", "experiment", "research",   "spike",
                            "prototype", "survey", "metrics", "evidence",   "a/b",        "study"}))
                    waved = true;
        }
        for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
            auto const w = ws[i].first, n = ws[i + 1].first;
            // "I already know how it should work", "I just know", "to know that", "X is the answer".
            if (one_of(w, {"already", "just"}) && n == "know" && t11_writer_before(ws, i + 1, 2)) certain = &x;
            if (w == "to" && n == "know" && one_of(nth_word(ws, i + 2), {"that", "it", "this"}) && i + 3 >= ws.size())
                certain = &x;
            if (w == "the" && n == "answer" && i > 0 && ws[i - 1].first == "is" && i + 2 >= ws.size()) certain = &x;
        }
    }
    return waved && certain != nullptr && !particular_given(c) ? certain : nullptr;
}

// "it just looks more serious", "the old one looks way more professional": a look judged by a comparative of feeling,
// of a thing of looks named in the message ("the p99 looks more stable since Tuesday" is a measure: no thing of looks).
std::pair<std::uint32_t, std::uint32_t> t11_look_compared(Context const& c, Sentence const& x) {
    if (!may_look(c) || !c.has(Lex::visual)) return {0, 0};
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"look", "looks", "looked", "feels", "feel"})) continue;
        auto k = i + 1;
        while (k < ws.size() && one_of(ws[k].first, {"so", "way", "much", "a", "lot", "bit", "just", "far"})) ++k;
        if (!one_of(nth_word(ws, k), {"more", "less"})) continue;
        auto const adj = nth_word(ws, k + 1);
        if (!one_of(adj, {"serious",       "professional", "grown-up",   "mature",   "elegant",     "classy",
                          "premium",       "polished",     "modern",     "playful",  "fun",         "friendly",
                          "sophisticated", "refined",      "stylish",    "sleek",    "trustworthy", "solid",
                          "adult",         "childish",     "cartoonish", "toy-like", "corporate"}))
            continue;
        auto const end = ws[k + 1].second + static_cast<std::uint32_t>(adj.size());
        if (c.first(Lex::metric, x.b, x.e) != nullptr || says_more_than_taste(c, end, x.e)) continue;
        return {ws[i].second, end};
    }
    return {0, 0};
}

// "give me toy-store vibes", "gives me 2005 vibes", "it feels like a toy": a thing of looks said by the feeling it
// gives the writer.
bool t11_vibes_given(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"vibes", "vibe"})) || !c.has(Lex::visual)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i)
        if (one_of(ws[i].first, {"give", "gives", "giving", "gave"}) && ws[i + 1].first == "me")
            for (auto k = i + 2; k < ws.size() && k <= i + 5; ++k)
                if (one_of(ws[k].first, {"vibes", "vibe"})) return true;
    return false;
}

// The words of a look's own description after a colon ("too plain, too much whitespace", "way too rounded"): more
// taste, no reason.
bool t11_taste_words_only(Context const& c, std::uint32_t b, std::uint32_t e) {
    bool only = true;
    int n = 0;
    words_after(c.s, b, e, 40, [&](std::string_view w, std::uint32_t) {
        ++n;
        only = one_of(w, {"too",     "so",       "very",    "way",           "much",    "many",      "a",
                          "bit",     "little",   "and",     "kind",          "of",      "plain",     "whitespace",
                          "white",   "space",    "padding", "busy",          "flat",    "bland",     "boring",
                          "dated",   "round",    "rounded", "square",        "bright",  "dark",      "loud",
                          "pale",    "bold",     "thin",    "colors",        "colours", "corporate", "playful",
                          "cute",    "childish", "old",     "old-fashioned", "sterile", "cold",      "empty",
                          "gray",    "grey",     "beige",   "washed",        "out",     "soft",      "sharp",
                          "generic", "basic",    "simple",  "serious",       "corners", "shadows",   "gradients",
                          "icons",   "fonts",    "font"});
        return !only;
    });
    return only && n > 0;
}

// "I just don't like how the standard form pattern looks: too plain", "I really don't like the look of the new nav",
// "honestly I don't love how the cards feel": the writer's dislike of a look, with adverbs between ("I don't like how
// long the export takes" judges no look; "I don't like how the modal looks: it hides the submit button on mobile"
// gives a reason after the colon).
std::pair<std::uint32_t, std::uint32_t> t11_look_disliked(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"like", "love", "dig"})) ||
        !any_word(c, WordBloom::word_hashes({"look", "looks", "feels", "feel", "style"})))
        return {0, 0};
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"don't", "dont", "didn't"}) &&
            !(ws[i].first == "not" && i > 0 && ws[i - 1].first == "do"))
            continue;
        if (!t11_writer_before(ws, i, 4)) continue;
        auto k = i + 1;
        if (one_of(nth_word(ws, k), {"really", "much", "particularly", "exactly"})) ++k;
        if (!one_of(nth_word(ws, k), {"like", "love", "dig"})) continue;
        auto const what = nth_word(ws, k + 1);
        std::size_t end = ws.size();
        // "how X looks" (within six words), "the look of", "the way X looks", "the style of".
        if (what == "how" || (what == "the" && nth_word(ws, k + 2) == "way")) {
            for (auto m = k + 2; m < ws.size() && m <= k + 8 && end == ws.size(); ++m)
                if (one_of(ws[m].first, {"looks", "look", "looked", "feels", "feel"})) end = m;
        } else if (what == "the" && one_of(nth_word(ws, k + 2), {"look", "style", "feel"}) &&
                   one_of(nth_word(ws, k + 3), {"of", "and"})) {
            end = k + 2;
        }
        if (end == ws.size()) continue;
        auto const e = ws[end].second + static_cast<std::uint32_t>(ws[end].first.size());
        // A reason after it: after a colon unless it describes the look again, or a cause in the sentence.
        if (auto const colon = c.s.find_first_of(":;", e); colon != std::string_view::npos && colon < x.e) {
            auto const cb = static_cast<std::uint32_t>(colon + 1);
            if (says_more_than_taste(c, cb, x.e) && !t11_taste_words_only(c, cb, x.e)) continue;
        } else if (says_more_than_taste(c, e, x.e)) {
            continue;
        }
        if (c.first(Lex::reason_cue, x.b, x.e) != nullptr) continue;
        return {ws[i].second, e};
    }
    return {0, 0};
}

// A measured particular of a problem: a metric, a percentage, money or an observed failure ("dropped 3% of jobs").
// A version or a count ("ROS 2", "HL7 v2") measures nothing, and the motive is said outright.
bool t11_measured(Context const& c) {
    return c.has(Lex::unit_percent) || c.has(Lex::unit_money) || c.has(Lex::observable) ||
           // A reading with its unit: "p99 is 800ms", "takes 40 minutes" (a metric word alone, "spend the next
           // quarter", reads nothing).
           std::ranges::any_of(c.hits, [&](Hit const& h) {
               return h.lex == Lex::unit && !c.in_quote(h.begin, h.end) && h.begin >= 2 &&
                      (c.s[h.begin - 1] == ' ' ? c.s[h.begin - 2] : c.s[h.begin - 1]) >= '0' &&
                      (c.s[h.begin - 1] == ' ' ? c.s[h.begin - 2] : c.s[h.begin - 1]) <= '9';
           });
}

// "so the synonym dictionary I've hand-curated since 2019 gets binned after one vendor slide deck", "the planner I've
// kept alive for four years is being scrapped because of one demo?": the writer's long tending of a thing (a relative
// clause "I've <done> since <when>" or "for <how long>") and its removal in the same sentence, complained of (a cause
// made small, "after one slide deck", or the removal asked). "The cron job I've maintained since 2019 gets replaced
// by Airflow on Monday; I'll hand over the runbook" is news.
bool t11_tended_thing_lost(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"since", "for"}))) return false;
    auto const& ws = words_of(c, x);
    std::size_t tended = ws.size();
    for (std::size_t i = 0; i + 3 < ws.size() && tended == ws.size(); ++i) {
        if (!one_of(ws[i].first, {"i've", "ive", "we've"}) && !(ws[i].first == "i" && ws[i + 1].first == "have"))
            continue;
        auto k = ws[i].first == "i" ? i + 2 : i + 1;
        // "hand-curated" read as two words: "hand", then the verb.
        if (one_of(nth_word(ws, k), {"personally", "lovingly", "carefully", "been", "hand", "self"})) ++k;
        auto const v = nth_word(ws, k);
        bool const verb = v.ends_with("ed") || one_of(v, {"built", "written", "kept", "run", "grown", "fed", "made",
                                                          "tended", "nursed", "babysat", "led"});
        if (!verb || one_of(v, {"used", "needed", "wanted", "asked", "noticed", "seen", "heard", "agreed"})) continue;
        // "since 2019", "since the beginning", "for four years", "for years".
        for (auto m = k + 1; m < ws.size() && m <= k + 4 && tended == ws.size(); ++m)
            if (ws[m].first == "since" || (ws[m].first == "for" &&
                                           one_of(nth_word(ws, m + 1), {"years", "ages", "a", "two", "three", "four",
                                                                        "five", "six", "ten", "many", "several"}) &&
                                           (one_of(nth_word(ws, m + 1), {"years", "ages"}) ||
                                            one_of(nth_word(ws, m + 2), {"years", "year", "decade"}))))
                tended = m;
    }
    if (tended == ws.size()) return false;
    for (auto i = tended + 1; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"gets", "get", "getting", "is", "being", "be", "was"})) continue;
        auto const v = ws[i + 1].first;
        if (!one_of(v, {"binned", "scrapped", "trashed", "dumped", "tossed", "killed", "deleted", "replaced", "ripped",
                        "thrown", "axed", "nuked", "ditched", "retired", "deprecated", "sunset", "junked"}))
            continue;
        auto const rest = c.s.substr(ws[i + 1].second, x.e - ws[i + 1].second);
        bool const asked = x.e < c.s.size() && c.s[x.e] == '?';
        return asked ||
               has_any(c, rest,
                       {"after one", "after a single", "after just", "because of one", "because of a single",
                        "over one", "over a single", "on the strength of", "for one", "after some", "because some"});
    }
    return false;
}

// A thing judged by its look alone named in the message: a font, a colour, an icon ("the dashboard" or "the screen"
// can be judged by what it shows).
bool t11_look_thing_named(Context const& c) {
    return std::ranges::any_of(c.hits, [&](Hit const& h) {
        if (h.lex != Lex::visual || c.in_quote(h.begin, h.end)) return false;
        auto const t = c.s.substr(h.begin, h.end - h.begin);
        return one_of(t, {"font",      "fonts",    "typeface",      "icon",     "icons",        "logo",
                          "logos",     "colour",   "colours",       "color",    "colors",       "palette",
                          "theme",     "themes",   "illustrations", "buttons",  "corners",      "rounded corners",
                          "new icons", "new icon", "old icon",      "icon set", "button styles"});
    });
}

// "Change it before I have to look at it again", "I can't stand looking at that font": the writer's own seeing of a
// thing of looks as the burden ("I'll have to look at it again tomorrow" examines; "fix the query before I have to
// look at it at 3am" names no thing of looks).
bool t11_sight_dreaded(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"look", "looking", "see", "seeing", "stare", "staring"})) ||
        !t11_look_thing_named(c))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        auto const w = ws[i].first;
        // "before I have to look at it again", "so I never have to see it again".
        if (one_of(w, {"before", "so"}) && ws[i + 1].first == "i") {
            auto k = i + 2;
            if (one_of(nth_word(ws, k), {"never", "don't", "dont"})) ++k;
            if (one_of(nth_word(ws, k), {"have", "need", "got"}) && nth_word(ws, k + 1) == "to" &&
                one_of(nth_word(ws, k + 2), {"look", "see", "stare"}))
                return true;
        }
        // "can't stand looking at", "sick of seeing", "tired of staring at".
        if (((w == "can't" || w == "cannot") && ws[i + 1].first == "stand") ||
            (one_of(w, {"sick", "tired"}) && ws[i + 1].first == "of")) {
            if (one_of(nth_word(ws, i + 2), {"looking", "seeing", "staring"}) && t11_writer_before(ws, i + 1, 3))
                return true;
        }
    }
    return false;
}

// "Can we switch back to the square ones before release?", "please go back to the blue buttons": an earlier shape or
// colour wanted back, with no reason in the message ("can we go back to the old checkout button? conversion dropped
// 4%" gives one).
bool t11_old_shape_wanted(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"back"})) || c.has(Lex::reason_cue) || t11_measured(c)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 4 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"go", "switch", "change", "revert", "going", "switching", "changing", "bring"}) ||
            ws[i + 1].first != "back" || ws[i + 2].first != "to" || ws[i + 3].first != "the")
            continue;
        auto const adj = ws[i + 4].first;
        if (!one_of(adj, {"square", "round", "rounded", "flat", "boxy", "sharp", "blue", "green", "red", "grey", "gray",
                          "dark", "light", "serif", "sans", "bold", "thin", "plain"}))
            continue;
        // "before I lose my mind" is the writer's feeling, no reason: the reason is read up to it.
        auto end = x.e;
        if (auto const before = c.s.substr(ws[i + 4].second, x.e - ws[i + 4].second).find(" before i ");
            before != std::string_view::npos)
            end = ws[i + 4].second + static_cast<std::uint32_t>(before);
        if (says_more_than_taste(c, ws[i + 4].second, end)) continue;
        return true;
    }
    return false;
}

// "uses rounded icons and I find them childish", "the new fonts? They look childish to me": a word of a trait that
// is also a word of taste ("childish", "cheap"), said of a pronoun whose thing is a thing of looks named before it in
// the sentence or the one before: the look judged (aesthetic), no person ("Marco is childish about reviews" names one).
bool t11_trait_of_looks(Context const& c, Hit const& h) {
    bool const taste = std::ranges::any_of(
        c.hits, [&](Hit const& t) { return t.lex == Lex::taste && overlaps(t.begin, t.end, h.begin, h.end); });
    if (!taste) return false;
    auto const at = sentence_index(c, h.begin);
    if (at < 0) return false;
    auto const& x = c.sentences[static_cast<std::size_t>(at)];
    bool pronoun = false;
    words_before(c.s, x.b, h.begin, 4, [&](std::string_view w, std::uint32_t) {
        pronoun = one_of(w, {"them", "they", "they're", "these", "those", "theyre"});
        return pronoun || person_word(w);
    });
    if (!pronoun) return false;
    auto const from = at > 0 ? c.sentences[static_cast<std::size_t>(at - 1)].b : x.b;
    return std::ranges::any_of(c.hits, [&](Hit const& v) {
        return v.lex == Lex::visual && v.begin >= from && v.end <= h.begin && !c.in_quote(v.begin, v.end) &&
               !one_of(c.s.substr(v.begin, v.end - v.begin), {"look", "looks", "design", "interface", "ui"});
    });
}

// ---- trial11: red flags beside the motives (coaching dev25): the reader asked to overrule a person, a person kept
// out on purpose for the stance they'd take, a person's inability to decide as the charge, irony aimed at a person.
// ----

// The object of a verb of going over: a person ("him", "her", "Dana", "the PO"), never the writer or a thing.
bool t11_person_object(Context const& c, SentenceWords const& ws, std::size_t k) {
    if (k >= ws.size()) return false;
    auto const w = ws[k].first;
    if (one_of(w, {"me", "us", "it", "this", "that", "them"})) return false;
    if (one_of(w, {"him", "her"})) return true;
    auto n = k;
    if (one_of(w, {"the", "our", "my"})) ++n;
    if (n >= ws.size()) return false;
    if (one_of(ws[n].first, {"pm", "po", "product", "em", "manager", "lead"})) return true;
    return n == k && person_subject(c, ws[n].first, ws[n].second) && !person_word(ws[n].first);
}

// "I'd appreciate it if you could overrule him", "can you override Dana on this?", "please veto the PO": the reader
// asked to go over a person ("could you overrule me if the risk is fine", "can you override the lint rule" go over no
// one).
bool t11_overrule_asked(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"overrule", "override", "veto", "overturn", "overruling"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"overrule", "override", "veto", "overturn"})) continue;
        bool reader = false;
        for (std::size_t b = i; b-- > 0 && b + 4 >= i;) reader = reader || one_of(ws[b].first, {"you", "u"});
        if (reader && t11_person_object(c, ws, i + 1)) return true;
    }
    return false;
}

// "Maybe you can make one for him" (a decision), "could you decide for her?", "can you take the call for Dan": the
// reader asked to decide in a person's place ("could you make the intro for him" decides nothing).
bool t11_decision_taken_over(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"for"})) ||
        !any_word(c, WordBloom::word_hashes({"make", "take", "decide", "call"})))
        return false;
    auto const& ws = words_of(c, x);
    bool const decision_said = any_word(c, WordBloom::word_hashes({"decision", "decide", "decisions", "call"}));
    for (std::size_t i = 1; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i - 1].first, {"you", "u"})) continue;
        auto k = i;
        if (one_of(ws[k].first, {"can", "could", "would", "might", "should"})) ++k;
        if (nth_word(ws, k) == "just") ++k;
        auto const v = nth_word(ws, k);
        std::size_t f = 0;
        if (v == "decide" && nth_word(ws, k + 1) == "for") f = k + 1;
        // "make one for him" (one: the decision named before), "make the decision for her", "take the call for Dan".
        if (one_of(v, {"make", "take"})) {
            auto m = k + 1;
            bool decision = false;
            if (nth_word(ws, m) == "one" && decision_said)
                decision = true, ++m;
            else if (one_of(nth_word(ws, m), {"the", "a", "that"}) && one_of(nth_word(ws, m + 1), {"decision", "call"}))
                decision = true, m += 2;
            if (decision && nth_word(ws, m) == "for") f = m;
        }
        if (f != 0 && t11_person_object(c, ws, f + 1)) return true;
    }
    return false;
}

// "Really great leadership, Marcus 👏", "Truly inspired management, Dana": a person's role or faculty praised, said to
// them by name, after a deed gone wrong said in the message (a harm, a judgment, or a deed done before or without
// telling those it touched). Sarcasm, and a judgment of the person ("Great leadership on the incident, Marcus, thank
// you" thanks them).
bool t11_role_praised_to_person(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"leadership", "management", "planning", "communication", "leader",
                                             "manager", "pm", "vision", "judgment", "judgement", "teamwork"})) ||
        c.has(Lex::thanks))
        return false;
    auto const& all = words_of(c, x);
    // Without the emoji it ends on ("👏" is read as a word).
    auto n = all.size();
    while (n > 0 && !all[n - 1].first.empty() && static_cast<unsigned char>(all[n - 1].first.front()) >= 0x80) --n;
    std::span const ws(all.data(), n);
    if (ws.size() < 3 || ws.size() > 6) return false;
    std::size_t i = 0;
    if (one_of(ws[i].first, {"really", "truly", "real", "such", "what", "just"})) ++i;
    if (i < ws.size() && one_of(ws[i].first, {"a", "an"})) ++i;
    if (i >= ws.size() ||
        !one_of(ws[i].first, {"great", "stellar", "amazing", "fantastic", "brilliant", "wonderful", "excellent",
                              "outstanding", "top-notch", "terrific", "superb", "inspiring", "inspired", "visionary",
                              "world-class", "awesome", "solid", "stunning"}))
        return false;
    ++i;
    if (i >= ws.size() || !one_of(ws[i].first, {"leadership", "management", "planning", "communication", "leader",
                                                "manager", "pm", "vision", "judgment", "judgement", "teamwork"}))
        return false;
    ++i;
    // Said to a person by name: the last word, after a comma.
    if (i + 1 != ws.size()) return false;
    auto const [name, at] = ws[i];
    if (!(at > 1 && c.s[at - 2] == ',') || !(person_subject(c, name, at) || (name.size() == 1 && name[0] == ph_person)))
        return false;
    return std::ranges::any_of(
               c.hits,
               [&](Hit const& h) {
                   return (h.lex == Lex::negative || h.lex == Lex::harm_verb || h.lex == Lex::judgment) &&
                          h.end <= x.b && !c.in_quote(h.begin, h.end);
               }) ||
           has_any(c, c.s.substr(0, x.b),
                   {"before telling", "before asking", "without telling", "without asking", "without checking",
                    "without consulting", "before checking"});
}

// "keeping Ana out of this one because she'll just defend the date", "leaving Tom out of the loop since he'd only
// push back": a person kept out of the matter for the stance they'd take ("keeping Ana out of this one since she's on
// leave" keeps no one out on purpose).
bool t11_kept_out_for_stance(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"out"})) ||
        !any_word(c, WordBloom::word_hashes({"because", "since", "cause", "as", "coz", "cuz"})))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 4 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"keeping", "keep", "leaving", "leave", "kept", "left"})) continue;
        auto const [who, at] = ws[i + 1];
        if (!one_of(who, {"him", "her"}) && !(person_subject(c, who, at) && !person_word(who))) continue;
        if (ws[i + 2].first != "out" || ws[i + 3].first != "of") continue;
        for (auto k = i + 4; k + 1 < ws.size() && k <= i + 9; ++k) {
            if (!one_of(ws[k].first, {"because", "since", "cause", "as", "coz", "cuz"})) continue;
            for (auto m = k + 1; m < ws.size() && m <= k + 5; ++m)
                if (one_of(ws[m].first, {"defend", "argue", "block", "veto", "object", "fight", "overreact", "push",
                                         "derail", "complain", "kill", "stall", "shoot", "resist"}))
                    return true;
        }
    }
    return false;
}

// "because he can't make a decision", "Dan can never make up his mind": a person's inability to decide as the charge
// ("Dan can't make a decision until legal signs off" waits on something).
bool t11_indecision_charged(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"decision", "decisions", "mind", "decide"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        auto const [w, at] = ws[i];
        if (!one_of(w, {"he", "she", "you"}) && !(person_subject(c, w, at) && !person_word(w))) continue;
        auto k = i + 1;
        if (one_of(nth_word(ws, k), {"just", "simply", "still", "really"})) ++k;
        if (!one_of(nth_word(ws, k), {"can't", "cannot", "couldn't", "never"})) continue;
        ++k;
        if (one_of(nth_word(ws, k), {"just", "ever", "seem"})) ++k;
        if (nth_word(ws, k) == "to") ++k;
        bool const charge =
            (nth_word(ws, k) == "make" &&
             ((nth_word(ws, k + 1) == "a" && nth_word(ws, k + 2) == "decision") || nth_word(ws, k + 1) == "decisions" ||
              (nth_word(ws, k + 1) == "up" && nth_word(ws, k + 3) == "mind"))) ||
            (nth_word(ws, k) == "decide" && one_of(nth_word(ws, k + 1), {"anything", "", "on"}));
        if (!charge) continue;
        auto const rest = c.s.substr(ws[k].second, x.e - ws[k].second);
        if (!has_any(c, rest, {"until", "till", "before", "without", "unless"})) return true;
    }
    return false;
}

// "Really great leadership, Marcus 👏", "Great plan from Henrik again": a sentence the irony constructions flagged as
// sarcasm that names the person it is aimed at (a name said to them at its end, "from Henrik", "Henrik's"): a judgment
// of them as well.
bool t11_irony_at_person(Context const& c, Analysis const& a, Sentence const& x) {
    // Thanks said in the message: the praise may be meant ("Great leadership on the call, Marcus. Thank you").
    if (c.has(Lex::thanks)) return false;
    bool const ironic = std::ranges::any_of(a.evidence, [&](Evidence const& e) {
        return e.flag == RedFlag::sarcasm && e.range.start <= c.orig_range(x.b, x.e).end &&
               c.orig_range(x.b, x.e).start <= e.range.end;
    });
    if (!ironic) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const [w, at] = ws[i];
        if (!person_subject(c, w, at) || person_word(w) || (w.size() == 1 && w[0] == ph_person)) continue;
        // Said to them at the end ("..., Marcus"), credited to them ("from Henrik"), or their possession.
        bool const vocative = i + 1 == ws.size() && at > 1 && c.s[at - 2] == ',';
        bool const credited = i > 0 && one_of(ws[i - 1].first, {"from", "courtesy"});
        if (vocative || credited || w.ends_with("'s")) return true;
    }
    return false;
}

// The amateur's or the junk's artifacts a colleague's work is likened to ("a YouTube tutorial", "a ransom note").
bool t11_amateur_thing(std::string_view w) {
    return one_of(w, {"tutorial", "homework", "ransom",    "crayon",    "crayons",   "kindergarten", "toddler",
                      "intern",   "student",  "bootcamp",  "hackathon", "fanfic",    "geocities",    "myspace",
                      "clipart",  "clip-art", "schoolkid", "freshman",  "undergrad", "wordart"});
}

// "the path-planning proposal reads like a YouTube tutorial", "her spec looks like a student's homework": a colleague's
// work likened to an amateur's artifact (a dig at its author). Not the writer's own work ("my first draft reads like a
// tutorial"), and not a likeness welcomed ("their docs read like a tutorial, which is great for new users").
bool t11_work_likened_to_amateur(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"like"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"reads", "read", "looks", "look", "sounds", "feels"}) || ws[i + 1].first != "like")
            continue;
        bool amateur = false;
        for (auto k = i + 2; k < ws.size() && k <= i + 6 && !amateur; ++k) amateur = t11_amateur_thing(ws[k].first);
        if (!amateur) continue;
        // Someone's work as the subject: a work noun before the verb, owned by no one of the writer's.
        bool work = false, own = false;
        for (std::size_t b = i; b-- > 0;) {
            auto const w = ws[b].first;
            work = work || (b + 5 >= i && one_of(w, {"proposal", "spec", "design", "plan", "pr", "code", "doc", "rfc",
                                                     "estimate", "roadmap", "deck", "architecture", "prd", "writeup",
                                                     "write-up", "mockup", "mockups", "prototype"}));
            // The writer's own work, anywhere before it ("My first draft of the spec reads like ...").
            own = own || one_of(w, {"my", "our", "i", "we", "mine"});
        }
        if (!work || own) continue;
        auto const rest = c.s.substr(ws[i].second, x.e - ws[i].second);
        if (has_any(
                c, rest,
                {"which is great", "which is good", "which is what", "in a good way", "which is nice", "which helps"}))
            continue;
        return true;
    }
    return false;
}

// "Who picked this font for the compliance dashboard, a ransom note?": the author of a choice asked for, and answered
// in the same breath with a likeness that mocks them.
bool t11_chooser_mocked(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"who", "whoever"}))) return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 4 || !one_of(ws[0].first, {"who", "whoever"})) return false;
    if (!one_of(ws[1].first, {"picked", "chose", "designed", "wrote", "approved", "made", "signed", "thought"}))
        return false;
    auto const asked = x.e < c.s.size() && c.s[x.e] == '?';
    if (!asked) return false;
    // The likeness after a comma: ", a ransom note", ", a toddler", ", a kindergarten class".
    auto const comma = c.s.substr(x.b, x.e - x.b).rfind(',');
    if (comma == std::string_view::npos) return false;
    auto const from = x.b + static_cast<std::uint32_t>(comma);
    for (auto const& [w, at] : ws)
        if (at > from && (t11_amateur_thing(w) || one_of(w, {"monkey", "monkeys", "child", "kid", "kids", "toddler",
                                                             "blindfolded", "drunk", "intern"})))
            return true;
    return false;
}

// "Very data-driven of us.", "How customer-centric of you.": a virtue credited to a deed in a short sentence of its
// own, after a complaint the message makes (a harm, a judgment, a loss, or a cause made small: "after one vendor slide
// deck"); no thanks in the message ("Very kind of you to cover my on-call, thanks!" is meant).
bool t11_mock_virtue(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"of"})) || c.has(Lex::thanks)) return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 3 || ws.size() > 6) return false;
    std::size_t i = 0;
    if (one_of(ws[i].first, {"very", "so", "how", "really", "truly", "real"}))
        ++i;
    else
        return false;
    auto const adj = nth_word(ws, i);
    // "customer-centric", "data-driven" are read as two words.
    bool const compound = one_of(nth_word(ws, i + 1), {"driven", "centric", "first", "focused", "obsessed", "led",
                                                       "based", "informed", "minded"});
    if (!(adj.ends_with("-driven") || adj.ends_with("-centric") || adj.ends_with("-first") || compound ||
          one_of(adj, {"agile", "mature", "professional", "thoughtful", "considerate", "strategic", "efficient",
                       "transparent", "collaborative", "responsible", "data", "evidence", "visionary", "inclusive",
                       "lean", "smart", "clever", "grown-up", "principled"})))
        return false;
    auto k = i + 1;
    if (compound) ++k;
    if (nth_word(ws, k) != "of" || !one_of(nth_word(ws, k + 1), {"us", "you", "them", "him", "her", "everyone"}))
        return false;
    auto const before = c.s.substr(0, x.b);
    return std::ranges::any_of(c.hits,
                               [&](Hit const& h) {
                                   return (h.lex == Lex::negative || h.lex == Lex::harm_verb ||
                                           h.lex == Lex::judgment || h.lex == Lex::loss) &&
                                          h.end <= x.b && !c.in_quote(h.begin, h.end);
                               }) ||
           has_any(c, before, {"after one", "after a single", "because of one", "based on one", "on the strength of"});
}

// "Could you have a word with their lead?", "can you talk to his manager about it": the reader asked to take the matter
// to someone's superior rather than to them ("could you talk to their lead about the freeze date" takes a date to the
// person who sets it, but the same move: over the people concerned; asked of the reader, not the writer's own step).
bool t11_sent_to_their_superior(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"lead", "manager", "boss", "director", "head", "vp", "em"})) ||
        !any_word(c, WordBloom::word_hashes({"you", "u"})))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"you", "u"})) continue;
        // "have a word with", "talk to", "speak with", "take it up with", "raise it with".
        std::size_t k = i + 1;
        if (one_of(nth_word(ws, k), {"could", "can", "would", "please", "might"})) ++k;
        auto const v = nth_word(ws, k);
        std::size_t to = 0;
        bool const four_words = (v == "have" && nth_word(ws, k + 1) == "a" && nth_word(ws, k + 2) == "word" &&
                                 nth_word(ws, k + 3) == "with") ||
                                (one_of(v, {"take", "raise"}) && nth_word(ws, k + 1) == "it" &&
                                 nth_word(ws, k + 2) == "up" && nth_word(ws, k + 3) == "with");
        if (four_words)
            to = k + 4;
        else if (one_of(v, {"talk", "speak"}) && one_of(nth_word(ws, k + 1), {"to", "with"}))
            to = k + 2;
        if (to == 0) continue;
        auto const [owner, at] = std::pair{nth_word(ws, to), to < ws.size() ? ws[to].second : 0U};
        bool const theirs = one_of(owner, {"their", "his", "her"}) ||
                            (owner.ends_with("'s") && person_subject(c, owner, at) && !person_word(owner));
        if (theirs && one_of(nth_word(ws, to + 1), {"lead", "manager", "boss", "director", "head", "vp", "em"}))
            return true;
    }
    return false;
}

// Things nobody can deliver, promised in a mock assent ("Absolutely, and I'll have world peace ready by Cyber Monday").
bool t11_impossible(Context const& c, std::string_view t) {
    return has_any(c, t,
                   {"world peace", "a unicorn", "unicorns", "a pony", "a time machine", "time travel", "the moon",
                    "cure cancer", "a cure for cancer", "cold fusion", "a miracle", "miracles", "teleport",
                    "solve world hunger", "end world hunger", "walk on water", "pigs fly", "flying car"});
}

// "Absolutely, and I'll have world peace ready by Cyber Monday", "sure, and while I'm at it I'll make the referees fair
// too 🙃": an assent that goes on to promise the impossible, or to promise more "while I'm at it" with a wink ("Sure,
// and I'll update the docs too" promises something real).
bool t11_impossible_promise(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    if (ws.size() < 4 || !one_of(ws[0].first, {"sure", "absolutely", "yes", "yeah", "definitely", "totally", "of",
                                               "certainly", "okay", "ok"}))
        return false;
    auto const t = sentence_text(c, x);
    if (!has_any(c, t, {"and i'll", "and i will", "and ill", "and then i'll", "and while i'm at it"})) return false;
    if (t11_impossible(c, t)) return true;
    bool const wink = c.orig.contains("\xF0\x9F\x99\x83") || c.orig.contains("\xF0\x9F\x99\x84") ||
                      c.orig.contains(":upside_down_face:") || c.orig.contains(":roll_eyes:");
    return wink && has_any(c, t, {"while i'm at it", "while im at it", "while i am at it"});
}

// "learning a whole new language is exactly how I wanted to spend Q3", "another migration, just what I needed": a
// burden said to be just what the writer wished for ("the new filter is exactly what I needed for the audit" is
// meant: no burden).
bool t11_burden_welcomed(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"exactly", "just"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 3 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"exactly", "just"}) || !one_of(ws[i + 1].first, {"how", "what"}) ||
            ws[i + 2].first != "i" || !one_of(ws[i + 3].first, {"wanted", "needed", "hoped", "dreamed", "planned"}))
            continue;
        for (std::size_t b = 0; b < i; ++b)
            if (one_of(ws[b].first,
                       {"learning", "rewriting", "migrating", "debugging", "porting", "redoing", "relearning",
                        "babysitting", "firefighting", "another", "more", "weekend", "overtime", "on-call"}))
                return true;
    }
    return false;
}

void t11_find_motives(Context const& c, Analysis& a, bool evidenced) {
    Flagger f{c, a};
    (void)evidenced;
    // A technology proposed: adopted, rewritten, or moved to in a suggestion ("what if we moved X to ROS 2").
    bool const proposal =
        c.has(Lex::adopt_verb) || c.has(Lex::tech) ||
        has_any(c, c.s, {"what if we", "let's", "lets", "can we", "could we", "should we", "we should", "how about"});
    for (std::size_t i = 0; i < c.sentences.size(); ++i) {
        auto const& x = c.sentences[i];
        if (c.mostly_quoted(x.b, x.e)) continue;
        if (proposal && !t11_measured(c) && t11_excited_to_play(c, x)) f.reason(Reason::new_framework, x.b, x.e);
        if (!t11_measured(c) && t11_study_dreaded(c, x)) f.reason(Reason::new_framework, x.b, x.e);
        if ((t11_identity_bound(c, x) && t11_kept_near(c, i)) || t11_tended_thing_lost(c, x))
            f.reason(Reason::attachment, x.b, x.e);
        if (t11_first_made(c, x) && t11_kept_near(c, i) && !particular_given(c) &&
            std::ranges::find(a.illegitimate, Reason::territorial) == a.illegitimate.end())
            f.reason(Reason::attachment, x.b, x.e);
        if (!praise_only(c)) {
            if (auto const [b, e] = t11_look_compared(c, x); b != e && !m9_looked_at(c, b))
                f.reason(Reason::aesthetic, b, e);
            if (t11_vibes_given(c, x) && !reasoned(c, Hit{x.b, x.e, Lex::visual}))
                f.reason(Reason::aesthetic, x.b, x.e);
            if (auto const [b, e] = t11_look_disliked(c, x); b != e) f.reason(Reason::aesthetic, b, e);
            if (t11_sight_dreaded(c, x) || t11_old_shape_wanted(c, x)) f.reason(Reason::aesthetic, x.b, x.e);
        }
    }
    if (auto const* x = t11_others_changes_resented(c)) f.reason(Reason::territorial, x->b, x->e);
    if (auto const* x = t11_check_waved(c)) f.reason(Reason::my_way, x->b, x->e);
}

}  // namespace
// --- trial11 end ---

// --- real11: real people's words (coaching dev24): understanding demanded of the reader, a person's self-regard
// mocked, the reader's job thrown back, told to grow up, an insult of the "-head" kind, silence read as the answer,
// a mocking filler, a taunt about how long it will take, an agreement claimed against a quoted disagreement, the
// reader's rung above someone named as why the writer comes to them, a question put to a company forum, the writer
// acting without anyone's consent, a debate refused, and a look likened to a mess ---
namespace {

// A reason or a condition in the sentence: "because prod is down", "if we don't hear back".
bool r11_reason_or_condition(SentenceWords const& ws) {
    return std::ranges::any_of(ws, [](auto const& w) {
        return one_of(w.first, {"because", "since", "as", "cause", "so", "if", "unless", "until", "due"});
    });
}

// "What don't you understand?", "what part of no don't you get?": understanding demanded of the reader, asked. "What
// don't you understand about the schema? Happy to walk you through it." offers help and is asked.
bool r11_understanding_demanded(Context const& c, Sentence const& x) {
    if (!x.question()) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (ws[i].first != "what") continue;
        for (std::size_t k = i + 1; k + 2 < ws.size() && k <= i + 6; ++k) {
            bool const neg = one_of(ws[k].first, {"don't", "dont", "didn't", "doesn't"}) ||
                             (ws[k].first == "do" && nth_word(ws, k + 1) == "not");
            if (!neg) continue;
            auto const you = k + (ws[k].first == "do" ? 2 : 1);
            if (!one_of(nth_word(ws, you), {"you", "he", "she", "they"})) continue;
            if (!one_of(nth_word(ws, you + 1), {"understand", "get", "comprehend", "grasp"})) continue;
            return !has_any(c, c.s,
                            {"happy to", "glad to", "let me explain", "let me walk", "i can explain", "i can walk",
                             "walk you through"});
        }
    }
    return false;
}

// "So you really think you are qualified to apply patches?", "What makes a developer think he or she is more competent
// than me?", "he thinks he's above the review process": a person's regard of themselves held up. 1 when found, 2 when
// asked with "really" or "seriously" (the question mocks it too). "I think you're qualified to lead it" (the writer's
// view) and "do you think she is available Friday?" (no regard) are none.
int r11_self_regard_mocked(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"think", "thinks", "believe", "believes", "thought"});
    if (!any_word(c, keys)) return 0;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"think", "thinks", "believe", "believes", "thought"})) continue;
        // The thinker: someone other than the writer, in the three words before.
        bool other = false, writer = false;
        for (std::size_t m = i >= 3 ? i - 3 : 0; m < i; ++m) {
            auto const w = ws[m].first;
            writer = writer || one_of(w, {"i", "we", "i'd", "we'd", "i'm", "we're"});
            other =
                other ||
                one_of(w, {"you",         "he",        "she",     "they",     "developer", "developers", "someone",
                           "anyone",      "somebody",  "anybody", "engineer", "engineers", "contractor", "contractors",
                           "designer",    "designers", "manager", "managers", "intern",    "interns",    "maintainer",
                           "maintainers", "dev",       "devs",    "reviewer", "reviewers", "pm",         "lead"}) ||
                person_subject(c, w, ws[m].second);
        }
        if (!other || writer) continue;
        // "he thinks a couple of months of removing carriage returns makes him lead developer": a rank the person
        // thinks their doing gives them.
        for (std::size_t k = i + 2; k + 2 < ws.size() && k <= i + 12; ++k)
            if (one_of(ws[k].first, {"makes", "made"}) && one_of(ws[k + 1].first, {"him", "her", "you", "them"})) {
                auto const r = one_of(ws[k + 2].first, {"a", "an", "the"}) ? k + 3 : k + 2;
                if (one_of(nth_word(ws, r), {"lead", "boss", "expert", "senior", "architect", "god", "king", "queen",
                                             "owner", "maintainer", "manager", "genius", "authority", "cto"}))
                    return 1;
            }
        for (std::size_t k = i + 1; k < ws.size() && k <= i + 5; ++k) {
            if (!one_of(ws[k].first, {"you", "you're", "youre", "he", "he's", "she", "she's", "they", "they're"}))
                continue;
            for (std::size_t m = k + 1; m < ws.size() && m <= k + 5; ++m) {
                auto const w = ws[m].first;
                bool const regard =
                    one_of(w, {"qualified", "competent", "entitled", "superior", "smarter", "cleverer", "wiser",
                               "infallible", "untouchable"}) ||
                    (w == "above" && one_of(nth_word(ws, m + 1), {"the", "everyone", "everybody", "us", "review",
                                                                  "reviews", "rules", "process"})) ||
                    (w == "better" && one_of(nth_word(ws, m + 1), {"than", "qualified"}));
                if (!regard) continue;
                bool const mocked = x.question() && std::ranges::any_of(ws, [](auto const& v) {
                                        return one_of(v.first, {"really", "seriously", "honestly", "actually"});
                                    });
                return mocked ? 2 : 1;
            }
            break;
        }
    }
    return 0;
}

// "Do your own job.", "We're doing your job and not getting paid for it": the reader's job thrown back at them. "I'm
// not trying to do your job" (denied), "Do your job estimates include QA?" (a noun after it) are none.
bool r11_job_thrown_back(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"job"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"do", "doing"}) || ws[i + 1].first != "your") continue;
        auto const j = ws[i + 2].first == "own" ? i + 3 : i + 2;
        if (nth_word(ws, j) != "job") continue;
        auto const next = nth_word(ws, j + 1);
        if (!next.empty() && !one_of(next, {"and", "for", "instead", "properly", "now", "then", "already", "anymore",
                                            "again", "too", "here", "yourself"}))
            continue;
        bool denied = false;
        for (std::size_t m = i >= 4 ? i - 4 : 0; m < i; ++m)
            denied = denied || one_of(ws[m].first, {"not", "don't", "won't", "never", "trying", "want", "wouldn't",
                                                    "can't", "isn't", "aren't", "if", "how", "help"});
        // "do your own job": an order; "we're doing your job": the writer's group does it.
        bool const order =
            ws[i].first == "do" && (i == 0 || one_of(ws[i - 1].first, {"just", "please", "thought", "idea", "tip"}));
        bool const done = ws[i].first == "doing" && i > 0 &&
                          one_of(ws[i - 1].first, {"we're", "i'm", "are", "am", "been", "keep", "still"});
        if (!denied && (order || done)) return true;
    }
    return false;
}

// "Grow up.", "other than actually growing up and facing it", "you need to grow up": told to grow up. "as the codebase
// grows up" and "when I was growing up" are none.
bool r11_told_to_grow_up(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"grow", "growing"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (ws[i + 1].first != "up") continue;
        if (ws[i].first == "grow" &&
            (i == 0 || one_of(ws[i - 1].first, {"just", "please", "so", "and", "should"}) ||
             (ws[i - 1].first == "to" && i > 1 && one_of(ws[i - 2].first, {"need", "needs", "time"}))))
            return true;
        if (ws[i].first == "growing" && nth_word(ws, i + 2) == "and" &&
            one_of(nth_word(ws, i + 3), {"facing", "admitting", "owning", "accepting", "dealing", "taking", "doing"}))
            return true;
    }
    return false;
}

// "some muddle-head likes to be creative", "a knucklehead merged it": a person called a thing of the "-head" kind.
bool r11_head_insult(Context const& c, Sentence const& x) {
    static constexpr auto keys =
        WordBloom::word_hashes({"head", "heads", "muddlehead", "knucklehead", "knuckleheads", "bonehead", "boneheads",
                                "blockhead", "meathead", "airhead", "dunderhead", "pinhead", "butthead", "dickhead"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (one_of(w, {"muddlehead", "knucklehead", "knuckleheads", "bonehead", "boneheads", "blockhead", "meathead",
                       "airhead", "dunderhead", "pinhead", "butthead", "dickhead"}))
            return true;
        if (i + 1 < ws.size() && one_of(ws[i + 1].first, {"head", "heads"}) &&
            one_of(w, {"muddle", "knuckle", "bone", "block", "meat", "dunder", "butt", "dick"}) &&
            // written as one word with a hyphen: "muddle-head", not "the bone head of the chart".
            ws[i + 1].second == ws[i].second + w.size() + 1 && c.s[ws[i].second + w.size()] == '-')
            return true;
    }
    return false;
}

// "Since 12 days have passed without a reaction I think we got our answer.", "Silence is an answer too.": the
// reader's silence read as their answer. "We got our answer from legal: the DPA is fine" names the answer.
bool r11_silence_as_answer(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"answer"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 3) return false;
    auto last = ws.size() - 1;
    if (one_of(ws[last].first, {"then", "here", "already", "too", "i", "guess"}) && last > 0) --last;
    if (ws[last].first != "answer") return false;
    bool const silence = has_any(c, c.s,
                                 {"without a reaction", "without a reply", "without a response", "without any reaction",
                                  "without any reply", "without any response", "without an answer", "no reaction",
                                  "no reply", "no response", "nobody replied", "no one replied", "nobody responded",
                                  "no one responded", "silence", "have passed", "has passed", "went by", "gone by"});
    if (!silence) return false;
    for (std::size_t m = last >= 4 ? last - 4 : 0; m < last; ++m)
        if (one_of(ws[m].first, {"got", "have", "had", "get", "is", "gives", "that's", "thats", "there's"}))
            return true;
    return false;
}

// "blah blah open source blah blah", "yada yada": someone's case mocked as filler, in a draft to someone.
bool r11_mocking_filler(Context const& c) {
    static constexpr auto keys = WordBloom::word_hashes({"blah", "yada", "yadda"});
    if (!any_word(c, keys)) return false;
    for (auto const& x : c.sentences) {
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i + 1 < ws.size(); ++i)
            if (ws[i].first == ws[i + 1].first && one_of(ws[i].first, {"blah", "yada", "yadda"}) &&
                (mentions_a_person(c) || has_any(c, c.s, {"you", "your"})))
                return true;
    }
    return false;
}

// "Let's see how long it takes for you to close this issue too.": a taunt on what the reader will do. "Let's see how
// long the migration takes on staging" names no one.
bool r11_taunt_how_long(Context const& c, Sentence const& x) {
    if (!has_phrase(c, sentence_text(c, x), "let's see how long")) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i)
        if (ws[i].first == "takes" || ws[i].first == "take")
            for (std::size_t k = i + 1; k < ws.size() && k <= i + 3; ++k)
                if (one_of(ws[k].first, {"you", "him", "her", "them"})) return true;
    return false;
}

// "> We have a difference of opinions here. ...\nGreat, so we agree!": an agreement claimed against the disagreement
// just quoted. "So we agree on the date" after a quoted "Friday works for me" is meant.
bool r11_agreement_against_quote(Context const& c, Sentence const& x) {
    if (c.quoted.empty() || !has_any(c, sentence_text(c, x), {"so we agree", "so we all agree", "so we're agreed"}))
        return false;
    if (c.mostly_quoted(x.b, x.e)) return false;
    for (auto const& [qb, qe] : c.quoted) {
        auto const q = c.s.substr(qb, qe - qb);
        if (has_phrase(q, "difference of opinion") || has_phrase(q, "difference of opinions") ||
            has_phrase(q, "disagree") || has_phrase(q, "don't agree") || has_phrase(q, "not interested") ||
            has_phrase(q, "we won't") || has_phrase(q, "not going to"))
            return true;
    }
    return false;
}

// "Hi, coming to you since you're above him: ...": the reader's rung above someone named as why the writer writes to
// them. "Since you're above the fold limit" names no one.
bool r11_reader_above_someone(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"above", "over"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"above", "over"})) continue;
        bool const you = one_of(ws[i - 1].first, {"you're", "youre"}) ||
                         (i > 1 && ws[i - 1].first == "are" && ws[i - 2].first == "you");
        if (!you || !one_of(ws[i + 1].first, {"him", "her", "them"})) continue;
        bool const why = i >= 2 && one_of(ws[i - (ws[i - 1].first == "are" ? 3 : 2)].first, {"since", "as", "because"});
        if (why || has_any(c, c.s, {"coming to you", "writing to you", "reaching out to you", "turning to you"}))
            return true;
    }
    return false;
}

// "Question for today's live Q&A: ...", "Question for the all-hands: ...": a question put to a forum everyone attends.
bool r11_question_for_forum(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    if (ws.size() < 3 || !one_of(ws[0].first, {"question", "questions"}) || ws[1].first != "for") return false;
    for (std::size_t k = 2; k < ws.size() && k <= 6; ++k) {
        auto const w = ws[k].first;
        if (one_of(w, {"q&a", "ama", "all-hands", "townhall"}) || (w == "q" && nth_word(ws, k + 1) == "a") ||
            (w == "all" && nth_word(ws, k + 1) == "hands") || (w == "town" && nth_word(ws, k + 1) == "hall"))
            return true;
    }
    return false;
}

// "I'm going to merge this without anybody's consent!", "That is how I roll": the writer acting past everyone's say,
// or their own way given as the reason. "I'll merge the hotfix without review because prod is down" (a reason) and
// "we can't ship without anyone's approval" (no act of the writer's) are none.
bool r11_consent_bypassed(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"without", "roll"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    auto const t = sentence_text(c, x);
    if (has_any(c, t, {"that's how i roll", "that is how i roll", "thats how i roll", "that's just how i roll"}))
        return true;
    if (r11_reason_or_condition(ws)) return false;
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (ws[i].first != "without") continue;
        auto k = i + 1;
        if (one_of(nth_word(ws, k), {"anybody's", "anyone's", "anybodys", "anyones", "your", "any", "their", "our",
                                     "everyone's", "the", "team's"}))
            ++k;
        if (!one_of(nth_word(ws, k),
                    {"consent", "approval", "permission", "agreement", "signoff", "blessing", "input", "review"}) &&
            !(nth_word(ws, k) == "sign" && nth_word(ws, k + 1) == "off"))
            continue;
        // The writer's act to come: "I'm going to", "I'll", "I will", "gonna".
        for (std::size_t m = 0; m < i; ++m)
            if (one_of(ws[m].first, {"i'm", "i'll", "im", "we'll", "we're"}) ||
                (ws[m].first == "i" && one_of(nth_word(ws, m + 1), {"will", "am"})))
                if (std::ranges::any_of(ws.begin() + static_cast<std::ptrdiff_t>(m),
                                        ws.begin() + static_cast<std::ptrdiff_t>(i), [](auto const& v) {
                                            return one_of(v.first, {"going", "gonna", "will", "i'll", "we'll"});
                                        }))
                    return true;
    }
    return false;
}

// "I am not interested to debate this issue", "We aren't going to change anything": the writer's own position closed
// to debate with no reason given. "I'm not going to debate the architecture here; happy to go through it in our 1:1"
// (a venue offered) and "we aren't going to change anything before the freeze" (a time) are none.
bool r11_debate_refused(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"debate", "debating", "discuss", "discussing", "anything",
                                                         "reconsider", "revisit", "reconsidering", "revisiting"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    if (r11_reason_or_condition(ws)) return false;
    if (has_any(c, c.s,
                {"happy to", "glad to", "1:1", "one-on-one", "let's", "instead", "take it to", "offline", "in person",
                 "on a call"}))
        return false;
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        bool const writer = one_of(ws[i].first, {"i'm", "we're", "im"}) ||
                            (one_of(ws[i].first, {"i", "we"}) && one_of(nth_word(ws, i + 1), {"am", "are"}));
        bool const writer_neg =
            one_of(ws[i].first, {"we", "i"}) && one_of(nth_word(ws, i + 1), {"aren't", "won't", "arent", "wont"});
        if (!writer && !writer_neg) continue;
        auto k = i + 1;
        if (one_of(nth_word(ws, k), {"am", "are"})) ++k;
        if (writer && nth_word(ws, k) != "not") continue;
        ++k;  // past "not", "aren't" or "won't"
        if (one_of(nth_word(ws, k), {"interested", "willing", "going"})) ++k;
        if (one_of(nth_word(ws, k), {"to", "in"})) ++k;
        auto const v = nth_word(ws, k);
        // Its object the matter itself ("this issue", "it", nothing): "I'm not debating that X is faster" concedes X.
        if (one_of(v, {"debate", "debating", "discuss", "discussing", "reconsider", "reconsidering", "revisit",
                       "revisiting"}) &&
            one_of(nth_word(ws, k + 1), {"", "this", "it", "the", "any", "anymore", "further", "here", "with"}))
            return true;
        // "We aren't going to change anything." said alone.
        if (one_of(v, {"change", "changing"}) && nth_word(ws, k + 1) == "anything" &&
            (k + 2 >= ws.size() || one_of(nth_word(ws, k + 2), {"and", "here", "now", "else"})))
            return true;
    }
    return false;
}

// "They look like a horrendous mess of colors", "Like a kid's book", "so unnecessarily colorful": a look likened to
// a mess or a child's thing, or its colours judged excessive, of a thing of looks. "The graph looks like a memory
// leak" and "the chart looks like the one in Grafana" compare.
bool r11_look_belittled(Context const& c, Sentence const& x) {
    static constexpr auto keys =
        WordBloom::word_hashes({"like", "colorful", "colourful", "colors", "colours", "garish", "flashy"});
    if (!any_word(c, keys)) return false;
    bool const visual = std::ranges::any_of(c.hits, [&](Hit const& h) {
        return h.lex == Lex::visual && !c.in_quote(h.begin, h.end) &&
               !one_of(c.s.substr(h.begin, h.end - h.begin), {"look", "looks"});
    });
    if (!visual) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (ws[i].first == "like" && (i == 0 || one_of(ws[i - 1].first, {"look", "looks", "looked", "just"})))
            for (std::size_t k = i + 1; k < ws.size() && k <= i + 4; ++k)
                if (one_of(ws[k].first, {"mess", "kid's", "kids", "child's", "childs", "toy", "toddler's", "clipart",
                                         "geocities", "rainbow", "circus", "fisher-price"}))
                    return true;
        if (one_of(ws[i].first, {"too", "so", "overly", "unnecessarily", "way"}) &&
            one_of(ws[i + 1].first, {"colorful", "colourful", "garish", "flashy"}))
            return true;
    }
    return false;
}

// "I'm feeling a real urge to write it in Svelte: Svelte has excited me for a long time and I've wanted to try it out":
// the writer's own craving for a technology as the case. "I've wanted to try the new profiler on the ingest job" names
// no technology adopted, "the team is excited about Go's tooling because builds drop to 40s" gives a reason.
bool r11_tech_craved(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"urge", "excited", "excites", "excite", "try"});
    if (!any_word(c, keys) || c.first(Lex::tech, x.b, x.e) == nullptr) return false;
    auto const& ws = words_of(c, x);
    auto const writer_before = [&](std::size_t i) {
        for (std::size_t b = i; b-- > 0 && b + 4 >= i;)
            if (one_of(ws[b].first, {"i", "i've", "i'd", "i'm", "ive", "im"})) return true;
        return false;
    };
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first;
        // "an urge to write it in Svelte", "the urge to rewrite it in Rust".
        if (w == "urge" && ws[i + 1].first == "to" && writer_before(i) &&
            one_of(nth_word(ws, i + 2), {"write", "rewrite", "redo", "build", "port", "use", "try", "move"}))
            return true;
        // "Svelte has excited me", "Zig excites me".
        if (one_of(w, {"excited", "excites", "excite"}) && ws[i + 1].first == "me" &&
            c.first(Lex::tech, x.b, ws[i].second) != nullptr)
            return true;
        // "I've wanted to try it out", "I want to try Svelte".
        if (one_of(w, {"want", "wanted", "wanting"}) && ws[i + 1].first == "to" && nth_word(ws, i + 2) == "try" &&
            writer_before(i))
            return true;
    }
    return false;
}

// "The current code is working, but ...": the writer concedes the current thing works, so what follows is no problem
// of it (a version named, "a v4", is then no measured particular of the case either).
bool r11_current_works(Context const& c) {
    return has_any(c, c.s,
                   {"is working, but", "works fine, but", "works fine but", "works, but", "works well, but",
                    "working fine, but", "is working but", "works but", "works just fine, but"});
}

// "Here's a thought, do your own job.": a suggestion's frame ("here's a thought", "here's an idea", "pro tip") opening
// a sentence that judges the person is mock help. "Here's a thought: what if we cache the tokens?" suggests.
bool r11_mock_help_frame(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    if (ws.size() < 4) return false;
    bool const frame = (one_of(ws[0].first, {"here's", "heres"}) && one_of(ws[1].first, {"a", "an"}) &&
                        (one_of(ws[2].first, {"thought", "idea", "tip", "suggestion"}) ||
                         (one_of(ws[2].first, {"novel", "radical", "crazy", "wild"}) && nth_word(ws, 3) == "idea"))) ||
                       (ws[0].first == "pro" && ws[1].first == "tip") || ws[0].first == "protip";
    return frame;
}

// "management has nothing to manage", "the PM has nothing to do all day", "you're redundant here": a person or a role
// said to be of no use. "The PM has nothing to do with the outage" and "the cache is redundant" are none.
bool r11_role_useless(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"nothing", "redundant", "useless", "pointless", "worthless"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!subject_at(c, ws, i) && !one_of(ws[i].first, {"management", "leadership", "you", "you're"})) continue;
        // "Going through my lead is pointless": the person is the object of a doing, the doing is judged.
        auto const prep = [](std::string_view w) {
            return one_of(w, {"through", "to", "with", "from", "for", "about", "past", "around", "over", "by", "on",
                              "at", "in", "of", "into", "behind", "after"});
        };
        // "Waiting on CI is pointless", "asking Dana again is pointless": a doing (a gerund, or its object) judged.
        if ((ws[i].first.size() > 4 && ws[i].first.ends_with("ing")) ||
            (i > 0 && ws[i - 1].first.size() > 4 && ws[i - 1].first.ends_with("ing")))
            continue;
        if ((i > 0 && prep(ws[i - 1].first)) ||
            (i > 1 && one_of(ws[i - 1].first, {"my", "our", "the", "your", "his", "her", "their"}) &&
             prep(ws[i - 2].first)))
            continue;
        for (std::size_t k = i + 1; k < ws.size() && k <= i + 4; ++k) {
            auto const w = ws[k].first;
            if (w == "nothing" && nth_word(ws, k + 1) == "to" &&
                one_of(nth_word(ws, k + 2), {"manage", "do", "contribute"}) && nth_word(ws, k + 3) != "with")
                return true;
            if (one_of(w, {"redundant", "useless", "pointless", "worthless"}) &&
                one_of(ws[k - 1].first,
                       {"is", "are", "feels", "feel", "seems", "seem", "you're", "be", "so", "totally"}))
                return true;
        }
    }
    return false;
}

// "rather than behaving as if the house would burn if the release were not frozen today": someone's urgency drawn as a
// catastrophe they act out. "Treat it as if the house is on fire: page everyone" is the writer's own call.
bool r11_urgency_caricatured(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"behaving", "acting", "reacting", "panicking"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"behaving", "acting", "reacting", "panicking"}) || ws[i + 1].first != "as" ||
            !one_of(ws[i + 2].first, {"if", "though"}))
            continue;
        for (std::size_t k = i + 3; k < ws.size() && k <= i + 9; ++k)
            if (one_of(ws[k].first, {"burn", "burning", "fire", "end", "ending", "collapse", "collapsing", "explode",
                                     "exploding", "falling", "sky"}))
                return true;
    }
    return false;
}

// "*ANNOUNCEMENT: Fen Light removed from the repo*", "PSA: ...": a draft headed as an announcement to everyone.
bool r11_announced(Context const& c) {
    if (c.sentences.empty()) return false;
    auto const& ws = words_of(c, c.sentences.front());
    if (ws.empty() || !one_of(ws[0].first, {"announcement", "psa"})) return false;
    auto const after = ws[0].second + ws[0].first.size();
    return after < c.s.size() && c.s[after] == ':';
}

// "Good luck with that.", "Good luck with this version.": luck wished on the reader's way, said flat (a "!" wishes it).
// "Good luck with the launch tomorrow!" and "good luck with your talk" are meant.
bool r11_flat_good_luck(Context const& c, Sentence const& x) {
    if (x.end == '!' || x.question()) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (ws[i].first != "good" || ws[i + 1].first != "luck" || ws[i + 2].first != "with" ||
            !one_of(ws[i + 3].first, {"that", "this", "it"}))
            continue;
        auto const rest = ws.size() - (i + 4);
        if (rest == 0 || (rest == 1 && one_of(ws[i + 4].first, {"version", "one", "approach", "plan", "design", "fork",
                                                                "idea", "mess", "then"})))
            return true;
    }
    return false;
}

// "What makes a developer think he or she is more competent than me to rework my systems?", "who are you to touch my
// module?": a right to change the writer's own thing denied to someone. "Who's best placed to rework my draft?" asks.
bool r11_right_to_mine_denied(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"my", "mine"});
    if (!any_word(c, keys)) return false;
    auto const t = sentence_text(c, x);
    if (!has_any(
            c, t,
            {"who are you to", "who is he to", "who is she to", "what gives you the right", "what gives him the right",
             "what gives her the right", "more competent than me", "more qualified than me", "better than me"}))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i)
        if (one_of(ws[i].first, {"rework", "change", "touch", "redesign", "rewrite", "refactor", "modify", "edit",
                                 "replace", "redo"}) &&
            std::ranges::any_of(ws.begin() + static_cast<std::ptrdiff_t>(i) + 1,
                                ws.begin() + static_cast<std::ptrdiff_t>(std::min(ws.size(), i + 4)),
                                [](auto const& v) { return v.first == "my"; }))
            return true;
    return false;
}

// "Imagine using those over Rust.", "imagine writing that in Java instead of Go": another's technology mocked against
// the writer's. "Imagine using the cache for the session store too" compares nothing.
bool r11_imagine_using(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"imagine"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 4 || ws[0].first != "imagine" || !one_of(ws[1].first, {"using", "writing", "choosing", "picking"}))
        return false;
    for (std::size_t k = 2; k < ws.size(); ++k)
        if (ws[k].first == "over" || (ws[k].first == "instead" && nth_word(ws, k + 1) == "of"))
            return c.first(Lex::tech, ws[k].second, x.e) != nullptr;
    return false;
}

// "a beautiful memory-managed, statically typed ... language": praise of a technology is enthusiasm for it (its
// novelty), not taste in looks. "a beautiful dashboard" is looks.
bool r11_praise_of_a_technology(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const& ws = words_of(c, *x);
    // "makes every button look like a 2009 bank website": looks said in the sentence are looks.
    if (std::ranges::any_of(ws, [](auto const& v) { return one_of(v.first, {"look", "looks", "looked", "looking"}); }))
        return false;
    std::size_t n = 0;
    for (auto const& [w, at] : ws) {
        if (at < h.end) continue;
        if (++n > 10) break;
        if (one_of(w, {"language", "languages", "framework", "frameworks", "library", "runtime", "compiler"}))
            return true;
        if (one_of(w, {"and", "but", "which", "that", "with", "how", "makes", "make", "look", "looks"})) break;
    }
    return false;
}

// "You guys should rewrite in Rust.", "Let's just rewrite everything in Rust", "can we port it to Kotlin?": a rewrite
// into a technology proposed with no reason in the sentence (the caller asks that nothing measured or observed is in
// the draft). "We should port the billing service to Kotlin because the Java one leaks 2GB a day" gives a reason.
bool r11_rewrite_proposed(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"rewrite", "port", "rewriting", "porting", "redo"});
    if (!any_word(c, keys) || c.first(Lex::tech, x.b, x.e) == nullptr) return false;
    auto const& ws = words_of(c, x);
    if (r11_reason_or_condition(ws)) return false;
    for (std::size_t i = 1; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"rewrite", "port", "rewriting", "porting", "redo"})) continue;
        bool proposed = false;
        for (std::size_t m = i >= 4 ? i - 4 : 0; m < i; ++m)
            proposed = proposed || one_of(ws[m].first, {"should", "let's", "lets", "shall", "why", "could", "can"});
        if (!proposed) continue;
        for (std::size_t k = i + 1; k + 1 < ws.size() && k <= i + 4; ++k)
            if (one_of(ws[k].first, {"in", "to", "into"}) &&
                c.first(Lex::tech, ws[k + 1].second,
                        ws[k + 1].second + static_cast<std::uint32_t>(ws[k + 1].first.size())) != nullptr)
                return true;
    }
    return false;
}

// "the only way to continue is where I have full control", "I want total control over the module": control of the
// work claimed for the writer. "I want full control over the rollout timing so we can revert fast" gives a reason;
// "ops has full control of the flags" is someone else's.
bool r11_full_control_claimed(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"control"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    if (r11_reason_or_condition(ws)) return false;
    for (std::size_t i = 2; i < ws.size(); ++i) {
        if (ws[i].first != "control" || !one_of(ws[i - 1].first, {"full", "total", "complete", "sole", "absolute"}))
            continue;
        auto const v = ws[i - 2].first;
        if (!one_of(v, {"have", "want", "need", "keep", "get"})) continue;
        if (i >= 3 && one_of(ws[i - 3].first, {"i", "i'd", "i'll"})) return true;
    }
    return false;
}

}  // namespace

// "once you commit code, it belongs to everyone, ...": "everyone" as the object of a clause addresses no one (an
// audience word read as a broadcast's address or hint).
bool r11_everyone_as_object(Context const& c, Hit const& h) {
    if (h.lex != Lex::audience || h.begin == 0) return false;
    auto const w = c.s.substr(h.begin, h.end - h.begin);
    if (!w.starts_with("everyone") && !w.starts_with("everybody")) return false;
    auto const before = c.s.substr(0, h.begin);
    for (std::string_view p : {"to ", "for ", "with ", "of ", "than ", "from ", "about ", "by "})
        if (before.ends_with(p)) return true;
    return false;
}
// --- real11: end ---

// --- real12: real people's words (coaching dev26): a vice named (stupidity, willful ignorance), a person or a group
// called out of touch, a person's work called a mess, a pretence imputed ("he acts like"), a problem of the mind
// imputed ("you have an ego problem"), a person's way as the obstacle, the "now I know why" insinuation; sarcasm in an
// absurd proposal to waste money, an ironic payoff after a "so let's" reductio, a tool caricatured as a crutch for
// the incompetent, leave to ignore the writer, thanks for a permission, incredulity at the reader; the writer's way
// (others' voice declared not to count, their reasons called excuses, a case heard and the writer's own kept);
// attachment (the writer's setup kept, a thing called flawless and its users blamed); and a technology named with no
// reluctance, or learning listed among a change's costs, or a team's inexperience as a risk, read as no motive ---
namespace {

// The writer or the writer's group, who judges no one by a vice they name of themselves.
bool r12_writers(std::string_view w) {
    return one_of(w, {"my", "our", "i", "we", "me", "us", "own", "i'm", "we're", "mine", "ours"});
}

// "the height of stupidity", "what feels like willful ignorance", "this is pure incompetence", "the doublespeak": a
// vice only people have, named in the writer's words. "Pardon my ignorance", "our laziness about the docs" (the
// writer's own) and "ignorance of the schema" (plain not knowing) are none.
bool r12_vice_named(Context const& c, Sentence const& x) {
    static constexpr auto keys =
        WordBloom::word_hashes({"stupidity", "idiocy", "incompetence", "arrogance", "hypocrisy", "doublespeak",
                                "ignorance", "cluelessness", "laziness", "stupid", "hubris"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        bool const vice =
            one_of(w, {"stupidity", "idiocy", "incompetence", "arrogance", "hypocrisy", "doublespeak", "cluelessness",
                       "laziness", "hubris"}) ||
            (w == "ignorance" && i > 0 &&
             one_of(ws[i - 1].first, {"willful", "wilful", "deliberate", "sheer", "pure", "utter", "blatant"}));
        if (!vice) continue;
        bool own = false, negated = false;
        for (std::size_t m = i >= 3 ? i - 3 : 0; m < i; ++m) {
            own = own || r12_writers(ws[m].first);
            negated = negated || one_of(ws[m].first, {"not", "no", "never", "without", "isn't", "wasn't", "avoid"});
        }
        if (!own && !negated) return true;
    }
    return false;
}

// A person or a group of people as the subject at word `i`: "he", "Dana", "the PM", "the product team",
// "management", "leadership", "the execs".
bool r12_people_at(Context const& c, SentenceWords const& ws, std::size_t i) {
    auto const w = ws[i].first;
    if (one_of(w, {"i", "we", "i'm", "we're", "me", "us"})) return false;
    return person_word(w) || subject_at(c, ws, i) ||
           one_of(w, {"team",     "teams", "management", "leadership", "execs",   "executives", "leaders",
                      "managers", "pms",   "folks",      "they",       "they're", "you",        "you're",
                      "he's",     "she's", "council",    "committee",  "squad",   "department"});
}

// "The product team is hopelessly out of touch", "management seems totally detached from reality", "you're in denial":
// people said to have lost touch with what is real. "The docs are out of touch with the API" (a thing) and "I'm out of
// touch with the codebase" (the writer) are none.
bool r12_out_of_touch(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"touch", "delusional", "denial", "detached", "bubble"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k < ws.size(); ++k) {
        auto const w = ws[k].first;
        bool const lost = (w == "out" && nth_word(ws, k + 1) == "of" && nth_word(ws, k + 2) == "touch") ||
                          w == "delusional" || (w == "in" && nth_word(ws, k + 1) == "denial") ||
                          (w == "detached" && nth_word(ws, k + 1) == "from" && nth_word(ws, k + 2) == "reality") ||
                          (w == "living" && nth_word(ws, k + 1) == "in" &&
                           one_of(nth_word(ws, k + 2), {"a", "their", "his", "her", "your"}) &&
                           one_of(nth_word(ws, k + 3), {"bubble", "fantasy"}));
        if (!lost) continue;
        // Back over adverbs to the copula, then the subject before it.
        for (std::size_t m = k; m-- > 0 && m + 5 >= k;) {
            auto const v = ws[m].first;
            if (one_of(v, {"you're", "they're", "he's", "she's", "youre", "theyre"})) return true;
            if (!one_of(v, {"is", "are", "was", "were", "seems", "seem", "seemed", "feels", "feel", "sounds", "looks",
                            "be", "been", "being"}))
                continue;
            return m > 0 && r12_people_at(c, ws, m - 1);
        }
    }
    return false;
}

// "fixing another dev's mess", "cleaning up Tom's garbage", "the mess he left", "your spaghetti": a person's work
// called a mess. "my mess", "our mess" (the writer's own) and "the mess in the billing tables" (no one's) are none.
bool r12_work_called_mess(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"mess", "garbage", "crap", "junk", "spaghetti", "trash"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k < ws.size(); ++k) {
        if (!one_of(ws[k].first, {"mess", "garbage", "crap", "junk", "spaghetti", "trash"})) continue;
        // The owner right before it, or one word of judging between: "Tom's awful mess".
        for (std::size_t m = k; m-- > 0 && m + 2 >= k;) {
            auto const v = ws[m].first;
            if (one_of(v, {"his", "her", "your", "their"})) return !(v == "their" && m > 0 && ws[m - 1].first == "in");
            if (v.ends_with("'s") && v.size() > 2) {
                auto const base = v.substr(0, v.size() - 2);
                if (r12_writers(base) || one_of(base, {"it", "that", "what", "there", "here", "who"})) break;
                if (person_word(base) || one_of(base, {"dev", "devs", "developer", "engineer", "contractor", "team"}) ||
                    person_subject(c, v, ws[m].second))
                    return true;
                break;
            }
        }
        // "the mess he left", "the garbage she wrote", "the mess you made".
        if (one_of(nth_word(ws, k + 1), {"he", "she", "they", "you"}) &&
            one_of(nth_word(ws, k + 2), {"left", "made", "wrote", "created", "built", "shipped", "committed", "put"}))
            return true;
    }
    return false;
}

// "He acts like it's the first time he's heard it", "you act as if nobody warned you", "she pretends to listen": a
// pretence imputed to a person. "The proxy acts like a cache" (a thing) and "she acts as release manager" (a role
// taken) are none.
bool r12_pretence_imputed(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes(
        {"acts", "act", "acted", "acting", "behaves", "behave", "behaved", "pretends", "pretend", "pretended"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first;
        bool const pretend = one_of(w, {"pretends", "pretend", "pretended", "pretending"});
        bool const act = one_of(w, {"acts", "act", "acted", "acting", "behaves", "behave", "behaved", "behaving"});
        if (!pretend && !act) continue;
        auto const next = ws[i + 1].first;
        bool const frame = pretend
                               ? one_of(next, {"to", "that", "like", "not", "nothing"})
                               : (next == "like" || (next == "as" && one_of(nth_word(ws, i + 2), {"if", "though"})));
        if (!frame) continue;
        // The person before the verb ("he", "you", "Dana", "the PM"), or "stop acting like" said to the reader.
        if (i > 0 && (r12_people_at(c, ws, i - 1) || ws[i - 1].first == "stop" ||
                      (i > 1 && r12_people_at(c, ws, i - 2) &&
                       one_of(ws[i - 1].first, {"always", "just", "still", "really", "often", "keeps", "never"}))))
            return !(i > 0 && one_of(ws[i - 1].first, {"i", "we"}));
    }
    return false;
}

// "I believe that you have a mental problem", "he has an attitude problem", "she's got ego issues", "you have a
// problem with authority": a problem of the mind imputed to a person. "If you have a problem with the makefile, file
// a bug" and "we have a mental model of the cache" are none.
bool r12_problem_imputed(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"problem", "problems", "issues", "issue"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"you", "he", "she", "they", "you've", "he's", "she's"}) &&
            !(person_subject(c, ws[i].first, ws[i].second) && !one_of(ws[i].first, {"it", "this"})))
            continue;
        auto k = i + 1;
        if (one_of(nth_word(ws, k),
                   {"have", "has", "had", "'ve", "got", "clearly", "obviously", "really", "seriously"}))
            ++k;
        if (one_of(nth_word(ws, k), {"have", "has", "got"})) ++k;
        if (k == i + 1) continue;
        if (one_of(nth_word(ws, k), {"a", "an", "some", "serious", "real", "major"})) ++k;
        if (one_of(nth_word(ws, k), {"serious", "real", "major"})) ++k;
        bool const kind = one_of(nth_word(ws, k), {"mental", "attitude", "ego", "personality", "anger", "control",
                                                   "listening", "comprehension", "psychological", "emotional"});
        auto const noun = nth_word(ws, kind ? k + 1 : k);
        if (!one_of(noun, {"problem", "problems", "issue", "issues"})) continue;
        if (kind) return true;
        // "you have a problem with authority / with me / with women": a problem with people or with being told.
        auto const after = kind ? k + 2 : k + 1;
        if (nth_word(ws, after) == "with" &&
            one_of(nth_word(ws, after + 1), {"authority", "me", "people", "criticism", "feedback", "women", "men",
                                             "anyone", "everyone", "being", "listening", "reality"}))
            return true;
    }
    return false;
}

// "And if Scott has his way, it NEVER will!", "as long as Dana gets her way nothing ships": a person's way named as
// what stops the work. "If Ana gets her way we'll ship on Friday" names no obstacle.
bool r12_way_as_obstacle(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"way"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 4 < ws.size(); ++i) {
        bool const opener = one_of(ws[i].first, {"if", "while", "when", "since"}) ||
                            (ws[i].first == "as" && i > 0 && ws[i - 1].first == "long");
        if (!opener || !r12_people_at(c, ws, i + 1) || one_of(ws[i + 1].first, {"we", "i"})) continue;
        if (!one_of(ws[i + 2].first, {"has", "gets", "had", "got", "have", "get"}) ||
            !one_of(ws[i + 3].first, {"his", "her", "their", "your"}) || ws[i + 4].first != "way")
            continue;
        for (std::size_t k = i + 5; k < ws.size() && k <= i + 12; ++k)
            if (one_of(ws[k].first, {"never", "nothing", "won't", "nobody", "none", "no"})) return true;
    }
    return false;
}

// "When I saw this developer code, I understood why.", "One look at his PR and now I know why.": a person's work seen
// and the "why" left unsaid. "When I saw the logs I understood why the job failed" names no person, and "After
// reading her doc I understand why she picked Kafka" says the why.
bool r12_why_left_unsaid(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"why", "wonder"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 5) return false;
    auto const last = ws.size() - 1;
    bool const unsaid = (ws[last].first == "why" && one_of(ws[last - 1].first, {"understood", "understand", "know",
                                                                                "knew", "see", "saw", "get", "got"})) ||
                        (ws[0].first == "no" && ws[1].first == "wonder" && x.end != '?');
    if (!unsaid) return false;
    bool seen = false, person = false;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        seen = seen || one_of(w, {"saw", "seeing", "see", "read", "reading", "looked", "look", "reviewed", "opened"});
        person = person || one_of(w, {"his", "her", "their", "your"}) ||
                 (one_of(w, {"developer", "developer's", "dev", "dev's", "contractor", "contractor's", "engineer's"}) &&
                  one_of(nth_word(ws, i + 1), {"code", "work", "pr", "commits", "design", "spec"})) ||
                 (w.ends_with("'s") && person_subject(c, w, ws[i].second));
    }
    return seen && person;
}

// "Why don't we just take a big pile of cash and burn it?", "we might as well flush the budget down the toilet": an
// absurd proposal to waste money, mocking the plan. "We're burning cash on idle GPUs, let's just turn them off" and
// "why don't we just stop burning money on retries?" propose the opposite.
bool r12_money_burned(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"cash", "money", "dollars", "budget", "bills"});
    if (!any_word(c, keys)) return false;
    auto const t = sentence_text(c, x);
    std::size_t frame = std::string_view::npos;
    for (std::string_view f : {"why don't we just", "why dont we just", "why not just", "might as well", "may as well",
                               "let's just", "lets just", "we could just", "why don't we"})
        if (auto const at = find_text(t, f); at != std::string_view::npos && at < frame) frame = at + f.size();
    if (frame == std::string_view::npos) return false;
    auto const rest = t.substr(frame);
    bool const stop = has_any(c, rest, {"stop", "quit", "avoid", "not", "cut", "save", "saving", "stopping"});
    bool const money = has_any(c, rest, {"cash", "money", "dollars", "budget", "bills"});
    bool const waste = has_any(
        c, rest,
        {"burn", "burn it", "set fire", "set it on fire", "flush", "shred", "throw it away", "throw away", "light it"});
    return money && waste && !stop;
}

// "So, lets rewrite Rust to C. That will close all disputions.": a reductio proposed, then an ironic payoff that it
// ends every quarrel. "So let's add retries. That will fix all the timeouts." names a real fault.
bool r12_ironic_payoff(Context const& c, std::size_t at) {
    if (at == 0) return false;
    auto const& x = c.sentences[at];
    auto const& ws = words_of(c, x);
    if (ws.size() < 4 || ws.size() > 9) return false;
    if (!one_of(ws[0].first, {"that", "this", "it", "that'll", "this'll", "it'll", "surely"})) return false;
    bool payoff = false;
    for (std::size_t i = 1; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"close", "settle", "solve", "fix", "end", "resolve", "stop"})) continue;
        for (std::size_t k = i + 1; k < ws.size() && k <= i + 3; ++k) {
            auto const w = ws[k].first;
            if (w.starts_with("disput") || w.starts_with("argument") || w.starts_with("debate") ||
                w.starts_with("quarrel") || w.starts_with("discussion") ||
                one_of(w, {"drama", "fights", "bickering", "complaints", "problems", "flamewars", "everything"}))
                payoff = true;
        }
    }
    if (!payoff) return false;
    auto const& prev = words_of(c, c.sentences[at - 1]);
    return std::ranges::any_of(prev,
                               [](auto const& w) {
                                   return one_of(w.first, {"let's", "lets", "so", "why", "instead"});
                               }) &&
           !prev.empty() &&
           one_of(prev[0].first, {"so", "let's", "lets", "then", "why", "maybe", "ok", "okay", "fine"});
}

// "You are right that TS is only for devs who make mistakes", "tests are for people who can't code": a tool drawn as a
// crutch for the incompetent. 2 when said as a concession (sarcasm), 1 otherwise (the people judged). "This mode is for
// people who can't use a mouse" names a need, not a failing.
int r12_crutch_for_the_inept(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"who"});
    if (!any_word(c, keys)) return 0;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (ws[i].first != "for") continue;
        auto k = i + 1;
        if (one_of(ws[k].first, {"the"})) ++k;
        if (!one_of(nth_word(ws, k), {"devs", "developers", "people", "those", "folks", "engineers", "programmers",
                                      "coders", "anyone", "someone", "noobs", "beginners", "juniors", "idiots"}) ||
            nth_word(ws, k + 1) != "who")
            continue;
        auto const a = nth_word(ws, k + 2), b = nth_word(ws, k + 3), d = nth_word(ws, k + 4);
        bool const failing = (one_of(a, {"make", "makes"}) && one_of(b, {"mistakes", "errors", "bugs"})) ||
                             (one_of(a, {"write", "writes"}) && one_of(b, {"bugs", "bad", "buggy", "sloppy"})) ||
                             (one_of(a, {"can't", "cannot", "cant"}) &&
                              one_of(b, {"code", "program", "think", "read", "spell", "remember"})) ||
                             (one_of(a, {"don't", "dont"}) && one_of(b, {"know", "understand"}) &&
                              one_of(d, {"how", "what", "sql", "javascript", "c", "types", "their"})) ||
                             (one_of(a, {"are"}) && one_of(b, {"lazy", "bad", "incompetent", "sloppy", "careless"}));
        if (!failing) continue;
        bool const conceded = one_of(ws[0].first, {"sure", "yes", "yeah", "indeed", "right", "of", "agreed"}) ||
                              (one_of(ws[0].first, {"you're", "youre"}) && nth_word(ws, 1) == "right") ||
                              (ws[0].first == "you" && nth_word(ws, 1) == "are" && nth_word(ws, 2) == "right");
        return conceded ? 2 : 1;
    }
    return 0;
}

// "But you are welcome to ignore my input.", "Feel free to ignore everything I say.": leave to disregard the writer,
// given flat. "Feel free to ignore my comments if they're off base" and "feel free to ignore the nit" are meant.
bool r12_leave_to_ignore(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"ignore", "disregard", "dismiss"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"welcome", "free"}) || ws[i + 1].first != "to" ||
            !one_of(ws[i + 2].first, {"ignore", "disregard", "dismiss"}))
            continue;
        auto const rest = ws.size() - (i + 3);
        auto const o = nth_word(ws, i + 3), o2 = nth_word(ws, i + 4);
        bool const writer = (o == "me" && rest == 1) ||
                            (o == "my" && rest == 2 &&
                             one_of(o2, {"input", "feedback", "opinion", "opinions", "advice", "concerns", "warnings",
                                         "experience", "view", "views", "objections"})) ||
                            (one_of(o, {"everything", "anything", "what"}) && o2 == "i" && rest <= 4);
        if (writer) return true;
    }
    return false;
}

// "Thank you very much for your permission.", "Thanks so much for your blessing.": thanks for a leave nobody should
// need, said flat. "Thanks for your permission to use the logo in the deck!" thanks for something given.
bool r12_thanks_for_leave(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"permission", "blessing"});
    if (!any_word(c, keys) || x.end == '!') return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 4 || !one_of(ws.back().first, {"permission", "blessing"})) return false;
    auto const n = ws.size();
    return one_of(ws[n - 2].first, {"your", "the"}) && ws[n - 3].first == "for" &&
           std::ranges::any_of(ws,
                               [](auto const& w) {
                                   return one_of(w.first, {"much", "kind", "gracious"});
                               }) &&
           one_of(ws[0].first, {"thank", "thanks", "many"});
}

// "you honestly didn't expect this to upset people?", "Did you seriously not think about the on-call?": incredulity
// at what the reader failed to foresee, asked. "Do you really think we can ship Friday?" asks a view.
bool r12_incredulous_at_reader(Context const& c, Sentence const& x) {
    if (!x.question()) return false;
    static constexpr auto keys = WordBloom::word_hashes({"honestly", "seriously", "really", "actually", "truly"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"you", "they", "he", "she"})) continue;
        if (!one_of(ws[i + 1].first, {"honestly", "seriously", "really", "actually", "truly"})) continue;
        auto k = i + 2;
        if (one_of(ws[k].first, {"didn't", "did", "don't", "never", "couldn't", "wouldn't"}) ||
            (i > 0 && one_of(ws[i - 1].first, {"did", "do", "could"}) && ws[k].first == "not"))
            ++k;
        else
            continue;
        if (ws[k - 1].first == "did" && nth_word(ws, k) == "not") ++k;
        if (one_of(nth_word(ws, k), {"expect", "think", "see", "know", "realize", "realise", "anticipate", "imagine",
                                     "notice", "consider", "foresee", "predict"}))
            return true;
    }
    return false;
}

// "keep in mind the results are not likely to affect the decision", "the vote won't change anything", "your feedback
// doesn't matter here": others' voice declared not to count. "The poll results won't change the schema" names what
// stays.
bool r12_voice_discounted(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes(
        {"results", "vote", "votes", "poll", "feedback", "input", "opinions", "comments", "objections", "survey"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first,
                    {"results", "vote", "votes", "poll", "feedback", "input", "opinions", "comments", "objections"}))
            continue;
        for (std::size_t k = i + 1; k < ws.size() && k <= i + 6; ++k) {
            if (!one_of(ws[k].first, {"affect", "change", "influence", "alter", "sway", "matter", "count"})) continue;
            bool neg = false;
            for (std::size_t m = i + 1; m < k; ++m)
                neg = neg || one_of(ws[m].first, {"not", "won't", "wont", "don't", "doesn't", "never", "unlikely",
                                                  "aren't", "isn't", "can't"});
            if (!neg) break;
            auto const o = nth_word(ws, k + 1), o2 = nth_word(ws, k + 2);
            if (o.empty() || one_of(o, {"anything", "much"}) ||
                (one_of(o, {"the", "my", "our"}) && one_of(o2, {"decision", "outcome", "mind", "result", "plan"})))
                return true;
            break;
        }
    }
    return false;
}

// "those are not reasons. those are EXCUSES.", "that's just an excuse", "vague hand-waving about 'maintainability'":
// others' reasons called excuses. "Tight deadlines are no excuse to skip the tests" argues a point.
bool r12_reasons_called_excuses(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"excuses", "excuse", "reasons", "hand-waving", "handwaving"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first;
        bool const they = one_of(w, {"those", "these", "they", "that", "that's", "thats", "they're", "those're"});
        if (!they) continue;
        auto k = i + 1;
        if (one_of(nth_word(ws, k), {"are", "is", "were"})) ++k;
        if (k == i + 1 && !one_of(w, {"that's", "thats", "they're", "those're"})) continue;
        bool const no = one_of(nth_word(ws, k), {"not", "no"});
        if (no) ++k;
        if (one_of(nth_word(ws, k), {"just", "only", "merely", "all", "simply", "an"})) ++k;
        if (nth_word(ws, k) == "an") ++k;
        auto const n = nth_word(ws, k), after = nth_word(ws, k + 1);
        if ((no && one_of(n, {"reasons", "arguments"}) && after.empty()) ||
            (!no && one_of(n, {"excuses", "excuse"}) && !one_of(after, {"to", "for"})))
            return true;
    }
    return has_any(c, sentence_text(c, x), {"hand-waving about", "handwaving about", "hand waving about"});
}

// "I want to continue using Babel", "we'd like to keep using Maven", "I'd rather stick with Jest": the writer's wish to
// go on with what is there. Returns the word index after the wish, or 0.
bool r12_continue_wished(SentenceWords const& ws, std::size_t from = 0) {
    for (std::size_t i = from; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"i", "we", "i'd", "we'd"})) continue;
        auto k = i + 1;
        if (one_of(nth_word(ws, k), {"would", "want", "wanna", "prefer", "rather", "like", "'d"})) ++k;
        if (one_of(nth_word(ws, k), {"like", "rather", "prefer", "to"})) ++k;
        if (nth_word(ws, k) == "to") ++k;
        if (k == i + 1) continue;
        if (one_of(nth_word(ws, k), {"continue", "keep", "stick", "stay"}) &&
            one_of(nth_word(ws, k + 1), {"using", "with", "on", "to", "working"}))
            return true;
    }
    return false;
}

// "I appreciate you taking the time to make your case but I would like to continue using Babel here.": the other's case
// heard and set aside for the writer's own way, with no reason after.
bool r12_case_heard_own_kept(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"continue", "keep", "stick", "stay"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    std::size_t but = ws.size();
    for (std::size_t i = 0; i < ws.size(); ++i)
        if (ws[i].first == "but") but = i;
    if (but == ws.size() || but < 3) return false;
    bool heard = false;
    for (std::size_t i = 0; i < but; ++i)
        if (one_of(ws[i].first, {"appreciate", "understand", "hear", "respect", "acknowledge", "value", "see", "get"}))
            for (std::size_t k = i + 1; k < but && k <= i + 9; ++k)
                heard = heard ||
                        (one_of(ws[k].first, {"your", "the", "their", "his", "her"}) &&
                         one_of(nth_word(ws, k + 1), {"case", "point", "points", "argument", "arguments", "proposal",
                                                      "suggestion", "view", "perspective", "reasoning", "input"}));
    if (!heard) return false;
    SentenceWords const tail(ws.begin() + static_cast<std::ptrdiff_t>(but), ws.end());
    return r12_continue_wished(tail) && !r11_reason_or_condition(tail);
}

// "I already spent some time setting up the Babel workflow", "I recently wrote an article on Babel", "we invested a
// month configuring Webpack": the writer's own investment in the tool.
bool r12_setup_invested(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"i", "we", "i've", "we've"})) continue;
        auto k = i + 1;
        while (k < ws.size() && k <= i + 3 && one_of(ws[k].first, {"have", "already", "recently", "just", "also"})) ++k;
        auto const v = nth_word(ws, k);
        if (one_of(v, {"spent", "invested", "sank", "put"}))
            for (auto m = k + 1; m < ws.size() && m <= k + 6; ++m)
                if (ws[m].first.size() > 5 && ws[m].first.ends_with("ing") &&
                    !one_of(ws[m].first, {"nothing", "something", "morning", "evening", "during"}))
                    return true;
        if (one_of(v, {"wrote", "published", "gave", "recorded"}) && one_of(nth_word(ws, k + 1), {"an", "a", "the"}) &&
            one_of(nth_word(ws, k + 2), {"article", "post", "blog", "talk", "book", "tutorial", "course"}))
            return true;
    }
    return false;
}

// "iProtector has no bugs whatsoever, merely misuse by users.", "There's nothing wrong with the plugin, it's user
// error.": a thing called flawless and its failures put on its users. "No known bugs; the crash was a config typo" is a
// report.
bool r12_flawless_users_blamed(Context const& c) {
    static constexpr auto keys = WordBloom::word_hashes({"misuse", "user", "users", "pebkac", "operator"});
    if (!any_word(c, keys)) return false;
    bool flawless = false, blamed = false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const t = sentence_text(c, x);
        flawless = flawless || has_any(c, t,
                                       {"no bugs whatsoever", "no bugs at all", "has no bugs", "have no bugs",
                                        "zero bugs", "nothing wrong with it", "nothing wrong with the", "no flaws",
                                        "not a single bug", "there are no bugs", "bug-free"});
        blamed = blamed || has_any(c, t,
                                   {"misuse by users", "user error", "users misusing", "merely misuse", "only misuse",
                                    "just misuse", "operator error", "pebkac", "users holding it wrong",
                                    "users using it wrong", "users doing it wrong"});
    }
    return flawless && blamed;
}

// A technology named with no stance taken on learning it ("rewrite current application using another framework"),
// learning listed among a change's costs ("Challenges: learn new framework, update all clients, redo the tests"), or
// the team's inexperience as a risk to the work ("since we have never used it, it might prove unsuitable"): no motive.
bool r12_no_reluctance(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const t = sentence_text(c, *x);
    auto const hit = c.s.substr(h.begin, h.end - h.begin);
    bool const reluctant = has_any(c, t, {"don't",  "dont",        "not",    "no",     "never", "won't", "rather",
                                          "hate",   "tired",       "sick",   "enough", "yet",   "again", "want",
                                          "prefer", "comfortable", "afraid", "scared", "dread", "ugh",   "sigh"}) ||
                           c.has(Lex::reluctance);
    // A named technology only, the object of a move to it ("rewrite it using another framework"): no learning or
    // stance in it ("Oh great, another framework." is weary).
    if (one_of(hit, {"another framework", "new framework", "another js framework", "another language",
                     "another toolchain"}) &&
        word_before(c, h.begin, 1,
                    {"using", "use", "to", "with", "into", "in", "adopt", "adopting", "choose", "pick"}) &&
        !reluctant && !has_any(c, t, {"learn", "learning", "i'd have to", "i would have to"}))
        return true;
    // A cost among several after a colon, none of them the writer's unwillingness.
    if (auto const colon = t.find(':'); colon != std::string_view::npos && x->b + colon < h.begin && !reluctant &&
                                        std::ranges::count(t.substr(colon), ',') >= 2)
        return true;
    // "we have never used it, it might prove unsuitable": the team's inexperience, and a risk to the work.
    if ((hit.starts_with("never used") || hit.starts_with("not familiar")) &&
        has_any(c, t, {"we have never", "we've never", "we haven't", "we have not", "we are not", "we're not"}) &&
        has_any(c, t, {"might", "could", "may"}) && !has_any(c, t, {"rather", "prefer", "comfortable", "want"}))
        return true;
    return false;
}

// "Each of us controls one part of the project." beside "Sara updated the Makefile by herself" or "If everyone tries to
// modify the makefile, I cannot control it": the work split into owned parts, and someone else's change to the
// writer's part resented, with changes routed to the writer or the part called theirs. "Each of us owns one part of the
// migration: I take the schema, Ana the backfill" splits work and resents nothing.
bool r12_parts_guarded(Context const& c) {
    static constexpr auto keys = WordBloom::word_hashes({"each"});
    if (!any_word(c, keys)) return false;
    bool parts = false, resented = false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i + 4 < ws.size(); ++i) {
            if (ws[i].first != "each") continue;
            auto k = i + 1;
            if (nth_word(ws, k) == "of" && one_of(nth_word(ws, k + 1), {"us", "you", "them"})) k += 2;
            if (!one_of(nth_word(ws, k), {"controls", "owns", "handles", "has", "maintains", "manages"})) continue;
            auto m = k + 1;
            if (one_of(nth_word(ws, m), {"their", "his", "her", "our"}) && nth_word(ws, m + 1) == "own") m += 2;
            if (one_of(nth_word(ws, m), {"one", "a", "an"})) ++m;
            parts = parts || one_of(nth_word(ws, m), {"part", "piece", "module", "area", "file", "section", "component",
                                                      "folder", "corner"});
        }
        auto const t = sentence_text(c, x);
        resented = resented ||
                   has_any(c, t,
                           {"by herself", "by himself", "by themselves", "on her own", "on his own",
                            "without asking me", "without telling me", "behind my back"}) ||
                   (has_any(c, t,
                            {"tries to modify", "try to modify", "tries to change", "try to change", "tries to edit",
                             "try to edit", "starts changing", "start changing"}) &&
                    has_any(c, t, {"i cannot control", "i can't control", "i lose control", "i can't keep track"}));
    }
    // The writer's claim on it: changes routed to them, or the part called theirs.
    return parts && resented &&
           has_any(c, c.s,
                   {"to me", "through me", "ask me first", "i cannot control", "i can't control", "my work", "my part",
                    "my file", "my module", "my code"});
}

// "You do work on this because you want to.", "he merged it because he felt like it": a person's doing put down to
// their bare will, the sentence ending there. "You can skip standup because you
// want to focus on the migration" gives a reason, and "I work on this because I want to" is the writer's own.
bool r12_bare_will_imputed(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"because"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    auto const person = [](std::string_view w) { return one_of(w, {"you", "he", "she", "they"}); };
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (ws[i].first != "because" || !person(ws[i + 1].first)) continue;
        auto const v = ws[i + 2].first, o = ws[i + 3].first;
        bool const bare = i + 4 == ws.size() && one_of(v, {"want", "wants", "wanted"}) && o == "to";
        bool const felt =
            i + 5 == ws.size() && one_of(v, {"feel", "feels", "felt"}) && o == "like" && ws[i + 4].first == "it";
        if (!bare && !felt) continue;
        // The doer before it is the same person ("you ... because you want to").
        for (std::size_t m = 0; m < i; ++m)
            if (ws[m].first == ws[i + 1].first) return true;
    }
    return false;
}

}  // namespace
// --- real12: end ---

// --- trial12: the second flag of a two-flag stop, a broadcast in Slack markup, a skipped rung in plain words and a
// motive of the writer's own (coaching dev27): constructions read from a sentence's words, each with near misses
// in tests/detector/trial12_test.cpp. ---
namespace {

// A laughing or smirking face in the writer's words (U+1F602, U+1F923, U+1F60F or their Slack names).
bool t12_laughing(Context const& c) {
    for (std::string_view e : {"\xF0\x9F\x98\x82", "\xF0\x9F\xA4\xA3", "\xF0\x9F\x98\x8F",
                               ":joy:", ":rolling_on_the_floor_laughing:", ":smirk:", ":laughing:"})
        if (c.orig.contains(e)) return true;
    return false;
}

// A smile or a party face in the original text of sentence `x` (or right after it): what turns a shrug into irony.
bool t12_smile_in(Context const& c, Sentence const& x) {
    auto const ob = c.norm.orig_begin(x.b);
    auto const oe = std::min<std::size_t>(c.orig.size(), c.norm.orig_end(x.e) + 12);
    auto const raw = c.orig.substr(ob, oe - ob);
    for (std::string_view e :
         {"\xF0\x9F\x99\x82", "\xF0\x9F\x98\x8A", "\xF0\x9F\x98\x81", "\xF0\x9F\x98\x85", "\xF0\x9F\x8E\x89",
          "\xF0\x9F\x99\x83", ":slightly_smiling_face:", ":smile:", ":tada:", ":sweat_smile:", ":grin:", ":)"})
        if (raw.contains(e)) return true;
    return false;
}

// "Great estimate, Dave.", "Nice plan, <@U1>.": praise of a person's work said to them in a fragment, in a draft that
// laughs at it ("did you count the weekends too? 😂") or asks whether they even looked. Both sarcasm and a judgment of
// the person. "Great catch, Dave. I'll fix it today." and "Nice work, Priya 🎉" mean it.
bool t12_named_praise_mocked(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"great", "nice", "brilliant", "amazing", "awesome", "fantastic",
                                             "excellent", "stellar", "wonderful", "superb", "terrific", "lovely"})))
        return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 3 || ws.size() > 4 || x.question()) return false;
    if (!one_of(ws[0].first, {"great", "nice", "brilliant", "amazing", "awesome", "fantastic", "excellent", "stellar",
                              "wonderful", "superb", "terrific", "lovely"}))
        return false;
    if (!one_of(ws[1].first,
                {"estimate", "estimating", "plan",     "planning",       "spec",           "call",  "idea",
                 "roadmap",  "timeline",   "scoping",  "prioritization", "prioritisation", "math",  "maths",
                 "research", "thinking",   "decision", "choice",         "forecast",       "sizing"}))
        return false;
    auto const [name, at] = ws.back();
    if (!person_subject(c, name, at) || one_of(name, {"team", "all", "everyone", "folks", "guys"})) return false;
    return t12_laughing(c) || has_any(c, c.s, {"did you even", "do you even", "have you even", "were you even"});
}

// "Sure, let's rewrite ingestion in Scala because one architect read a blog post", "yeah, let's switch because some
// SaaS has a nicer logo": an assent whose reason is one person's whim or a stranger's, mocked. "Sure, let's use
// Postgres because some of the reports need joins" and "Sure, let's ship Monday because the vendor EOLs v2" reason.
bool t12_mock_assent(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"because", "since", "cause", "coz"}))) return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 5) return false;
    std::size_t i = 0;
    if (one_of(ws[0].first, {"oh", "ah", "ok", "okay"})) ++i;
    if (!one_of(nth_word(ws, i), {"sure", "yeah", "yes", "great", "right", "absolutely", "totally", "perfect"}))
        return false;
    if (!one_of(nth_word(ws, i + 1), {"let's", "lets"}) &&
        !(nth_word(ws, i + 1) == "let" && nth_word(ws, i + 2) == "us"))
        return false;
    for (std::size_t k = i + 2; k + 2 < ws.size(); ++k) {
        if (!one_of(ws[k].first, {"because", "since", "cause", "coz"})) continue;
        auto const who = ws[k + 1].first, what = ws[k + 2].first;
        if (one_of(who, {"one", "some", "someone", "somebody", "a"}) &&
            !one_of(what, {"of", "customers", "users", "clients", "tests", "reports", "data", "jobs", "requests"}))
            return true;
    }
    return false;
}

// "I'll just learn a whole new language over the weekend, no problem 🙂", "sure, I'll just rewrite the entire
// pipeline overnight": a huge task the writer takes on in a night or a weekend, shrugged off. "I'll pick up the
// on-call over the weekend, no problem" (no whole thing) and "I'll just rewrite the whole README tonight" said plainly
// (no shrug, no smile) mean it.
bool t12_burden_shrugged(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"just"})) ||
        !any_word(c, WordBloom::word_hashes({"whole", "entire", "scratch", "everything"})))
        return false;
    auto const& ws = words_of(c, x);
    bool own = false, huge = false, brief = false;
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        own = own || (one_of(ws[i].first, {"i'll", "ill"}) && ws[i + 1].first == "just") ||
              (ws[i].first == "i" && one_of(ws[i + 1].first, {"will", "can"}) && nth_word(ws, i + 2) == "just");
    }
    for (auto const& [w, at] : ws) {
        huge = huge || one_of(w, {"whole", "entire", "scratch", "everything"});
        brief = brief || one_of(w, {"weekend", "overnight", "tonight", "afternoon", "lunch", "lunchtime", "evening"});
    }
    if (!own || !huge || !brief) return false;
    return t12_smile_in(c, x) ||
           has_any(c, sentence_text(c, x),
                   {"no problem", "no biggie", "no big deal", "easy", "piece of cake", "no worries", "why not"});
}

// "MVP apparently means 40 features now", "so 'done' apparently counts as merged these days": a word's meaning said
// to have changed, ironically. "Apparently the vendor API is down now" reports.
bool t12_redefined_now(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"apparently"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        if (ws[i].first != "apparently") continue;
        for (auto k = i + 1; k < ws.size() && k <= i + 4; ++k) {
            if (!one_of(ws[k].first, {"means", "mean", "counts", "qualifies", "equals"})) continue;
            for (auto n = k + 1; n < ws.size(); ++n)
                if (ws[n].first == "now" || (ws[n].first == "these" && nth_word(ws, n + 1) == "days")) return true;
        }
    }
    return false;
}

// "the roadmap was obviously written by someone who has never run a transcoding job", "clearly designed by people who
// don't use it": the author of the work judged by what they never did. "built for someone who has never used a CLI"
// (users) and "reviewed by someone who has run it before" (a plan) judge no one.
bool t12_author_belittled(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"someone", "somebody", "people", "whoever", "person"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 3 < ws.size(); ++i) {
        if (ws[i].first != "by" ||
            !one_of(ws[i - 1].first, {"written", "made", "designed", "planned", "drafted", "drawn", "put", "thrown",
                                      "cooked", "built", "estimated", "scoped", "specced", "spec'd", "done"}))
            continue;
        auto k = i + 1;
        if (one_of(ws[k].first, {"a", "some"})) ++k;
        if (!one_of(nth_word(ws, k), {"someone", "somebody", "people", "person", "whoever", "guy"})) continue;
        ++k;
        if (one_of(nth_word(ws, k), {"who", "that"})) ++k;
        for (auto n = k; n < ws.size() && n <= k + 2; ++n)
            if (one_of(ws[n].first, {"never", "doesn't", "don't", "didn't", "hasn't", "haven't", "can't", "not",
                                     "clearly", "obviously"}))
                return true;
    }
    return false;
}

// "Whoever thinks otherwise didn't read the spec", "anyone who disagrees hasn't been on call": the people who would
// disagree judged for it. "Anyone who disagrees, please comment by Friday" invites them.
bool t12_dissenters_judged(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"whoever", "anyone", "anybody", "everyone", "people"}))) return false;
    auto const& ws = words_of(c, x);
    if (has_any(c, sentence_text(c, x), {"please", "let me know", "happy to", "welcome", "love to", "ping me"}))
        return false;
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"whoever", "anyone", "anybody", "everyone", "people"})) continue;
        auto k = i + 1;
        if (ws[i].first != "whoever") {
            if (!one_of(ws[k].first, {"who", "that"})) continue;
            ++k;
        }
        if (nth_word(ws, k) == "still") ++k;
        auto const v = nth_word(ws, k);
        bool dissent = false;
        if (one_of(v, {"disagrees", "disagree", "objects", "object"})) {
            dissent = true;
            ++k;
        } else if (one_of(v, {"thinks", "think", "says", "say", "believes", "believe", "argues", "argue", "feels"}) &&
                   one_of(nth_word(ws, k + 1), {"otherwise", "differently", "different"})) {
            dissent = true;
            k += 2;
        }
        // "Anyone who still thinks the 2-week estimate is fine hasn't opened the codebase": what they think, then what
        // they never did ("hasn't", "never", then a verb of looking, using or knowing).
        if (!dissent && one_of(v, {"thinks", "think", "believes", "believe", "says", "say"})) {
            for (auto n = k + 2; n + 1 < ws.size() && n <= k + 10; ++n)
                if (one_of(ws[n].first, {"hasn't", "haven't", "didn't", "doesn't", "don't", "never"}) &&
                    one_of(ws[n + 1].first == "even" ? nth_word(ws, n + 2) : ws[n + 1].first,
                           {"read",       "opened", "open", "looked",  "look",   "seen",    "see",
                            "used",       "use",    "run",  "ran",     "worked", "work",    "understand",
                            "understood", "know",   "get",  "touched", "been",   "shipped", "tried"}))
                    return true;
            continue;
        }
        if (!dissent) continue;
        for (auto n = k; n < ws.size() && n <= k + 2; ++n)
            if (one_of(ws[n].first, {"didn't", "doesn't", "don't", "hasn't", "haven't", "can't", "never", "clearly",
                                     "obviously", "wasn't", "isn't", "aren't", "is", "are"}) &&
                (!one_of(ws[n].first, {"is", "are"}) ||
                 one_of(nth_word(ws, n + 1), {"wrong", "clueless", "delusional", "kidding", "lying", "dreaming"})))
                return true;
    }
    return false;
}

// "The only sane way to do it is the one I described at kickoff", "the only right design is mine": the one right way
// claimed, and it is the writer's. "The only sane way is the one Dana proposed" and "the only option I see is to cut
// scope" claim no way of the writer's as the only one.
bool t12_only_way_mine(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"only"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (ws[i].first != "only") continue;
        auto k = i + 1;
        if (one_of(ws[k].first, {"sane", "right", "correct", "sensible", "reasonable", "proper", "good", "viable",
                                 "real", "acceptable", "workable", "true"}))
            ++k;
        if (!one_of(nth_word(ws, k), {"way", "option", "approach", "design", "solution", "answer", "plan", "choice"}))
            continue;
        for (auto n = k + 1; n + 1 < ws.size() && n <= k + 10; ++n) {
            if (!one_of(ws[n].first, {"is", "was"})) continue;
            auto const w = ws[n + 1].first;
            if (w == "mine" || (w == "my" && n + 2 < ws.size())) return true;
            if (w == "the" && one_of(nth_word(ws, n + 2), {"one", "way"}) &&
                one_of(nth_word(ws, n + 3), {"i", "i've", "i'd"}))
                return true;
            break;
        }
    }
    return false;
}

// "We use the plotting setup I've always used, end of story", "my approach stays, period.": the writer's own way
// decreed and the talk closed. "We ship Thursday, end of story" decrees no way of the writer's; "the billing period"
// closes nothing.
// The talk closed in sentence `x`: "end of story", "not up for debate", "No discussion needed.", a closing "period".
bool t12_talk_closed(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    auto const& ws = words_of(c, x);
    if (ws.empty()) return false;
    if (has_any(c, t,
                {"end of story", "end of discussion", "full stop", "non-negotiable", "not negotiable",
                 "not up for debate", "not up for discussion", "case closed", "final answer", "no discussion needed",
                 "nothing to discuss", "not open for discussion", "not open for debate", "no debate needed",
                 "nothing to debate", "not debatable"}))
        return true;
    if (ws.size() == 1 && one_of(ws[0].first, {"period", "done", "final"})) return true;
    return ws.size() >= 2 && ws.back().first == "period" &&
           !one_of(ws[ws.size() - 2].first, {"billing", "grace", "trial", "notice", "retention", "reporting", "cooling",
                                             "the", "a", "this", "that", "same", "waiting", "review", "sprint"});
}

bool t12_own_way_closed(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    if (ws.size() < 3) return false;
    // Closed in this sentence or the next.
    bool closed = t12_talk_closed(c, x);
    for (std::size_t k = 0; !closed && k + 1 < c.sentences.size(); ++k)
        if (&c.sentences[k] == &x) closed = t12_talk_closed(c, c.sentences[k + 1]);
    if (!closed) return false;
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first, next = ws[i + 1].first;
        // ("The rating engine is mine ..., full stop" claims a territory, not a way.)
        // "my approach", "my caching design", "my retry setup".
        if (w == "my")
            for (auto k = i + 1; k < ws.size() && k <= i + 3; ++k)
                if (one_of(ws[k].first,
                           {"way", "approach", "design", "setup", "version", "pattern", "stack", "style", "library",
                            "framework", "tooling", "architecture", "solution", "implementation", "model", "schema"}))
                    return true;
        // "I've always used", "I always do", "the way I've always done it".
        if (one_of(w, {"i've", "i", "ive"}) &&
            (next == "always" || (next == "have" && nth_word(ws, i + 2) == "always")))
            return true;
        if (w == "the" && one_of(next, {"one", "way"}) && one_of(nth_word(ws, i + 2), {"i", "i've"})) return true;
    }
    return false;
}

// "I'm not in the mood to fight a borrow checker", "I don't have the energy to start over", "can't be bothered to
// learn it": the writer's own lack of will as the reason, in a draft that declines a move to another technology. "The
// team doesn't have the energy after the crunch" (the team's capacity) and "I don't have the energy to review 40 PRs
// today" (no move declined) are no such motive.
bool t12_will_lacking(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"mood", "energy", "bothered", "patience", "feel", "tired", "up"})))
        return false;
    auto const t = sentence_text(c, x);
    static constexpr std::string_view lacks[] = {
        "i'm not in the mood", "im not in the mood",      "i am not in the mood",
        "not in the mood to",  "i don't have the energy", "i dont have the energy",
        "i have no energy",    "i can't be bothered",     "i cant be bothered",
        "i don't feel like",   "i dont feel like",        "i don't have the patience",
        "i have no patience",  "i'm too tired to",        "i'm not up for",
        "i am not up for",     "i don't have it in me",   "i just don't have the energy"};
    bool lack = false;
    for (auto l : lacks) lack = lack || has_phrase(c, t, l);
    // "not in the mood to" counts only said by the writer.
    if (lack && has_phrase(c, t, "not in the mood to") &&
        !has_any(c, t, {"i'm not", "im not", "i am not", "i'm just not", "honestly not"}))
        lack = false;
    return lack;
}

// The draft declines a move to another technology: "I'd rather not move X to Rust", "I'd prefer we don't move the
// frontend to Svelte", "let's not switch to Bun", "can we stay on Angular".
bool t12_move_declined(Context const& c) {
    if (!c.has(Lex::tech) && !c.has(Lex::adopt_verb)) return false;
    static constexpr std::string_view declines[] = {"rather not move",
                                                    "rather not migrate",
                                                    "rather not switch",
                                                    "rather not port",
                                                    "rather not rewrite",
                                                    "rather we don't",
                                                    "prefer we don't",
                                                    "prefer we didn't",
                                                    "prefer not to move",
                                                    "prefer not to switch",
                                                    "prefer not to migrate",
                                                    "let's not move",
                                                    "let's not switch",
                                                    "let's not migrate",
                                                    "let's not rewrite",
                                                    "don't want to move",
                                                    "don't want to switch",
                                                    "don't want to migrate",
                                                    "don't want to rewrite",
                                                    "can we stay on",
                                                    "can we stay with",
                                                    "we stay on",
                                                    "stick with",
                                                    "rather stay on",
                                                    "rather keep",
                                                    "not move",
                                                    "not switch",
                                                    "not migrate"};
    for (auto d : declines)
        if (has_phrase(c, c.s, d)) return true;
    return false;
}

// "I designed the consent-string parser and I maintain it ... I'm not accepting PRs that restructure it": others'
// changes to the writer's own thing refused. "I'm not accepting PRs that skip the tests" and "... until the freeze
// lifts" give the reason; with no claim of the writer's own it is a maintainer's rule.
bool t12_own_thing_claimed(Context const& c) {
    if (!any_word(c, WordBloom::word_hashes({"designed", "built", "wrote", "created", "maintain", "own", "authored"})))
        return false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i + 1 < ws.size(); ++i)
            if (one_of(ws[i].first, {"i", "i've"}) &&
                one_of(ws[i + 1].first, {"designed", "built", "wrote", "created", "maintain", "own", "authored"}) &&
                i + 2 < ws.size() && one_of(ws[i + 2].first, {"the", "it", "this", "that", "our"}))
                return true;
    }
    return false;
}

bool t12_changes_refused(Context const& c, Sentence const& x) {
    if (!any_word(c,
                  WordBloom::word_hashes({"prs", "pr", "changes", "patches", "commits", "contributions", "requests"})))
        return false;
    auto const t = sentence_text(c, x);
    if (has_any(c, t,
                {"until", "unless", "without tests", "without a test", "that skip", "that break", "that don't",
                 "that fail", "that lack", "during the freeze", "before the freeze", "because", "since"}))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        bool const refuse = (one_of(ws[i].first, {"i'm", "im"}) && ws[i + 1].first == "not") ||
                            (ws[i].first == "i" && one_of(ws[i + 1].first, {"won't", "wont"}));
        if (!refuse) continue;
        auto k = i + 2;
        if (nth_word(ws, k) == "be") ++k;
        if (!one_of(nth_word(ws, k), {"accepting", "accept", "merging", "merge", "approving", "approve", "taking",
                                      "take", "allowing", "allow"}))
            continue;
        for (auto n = k + 1; n < ws.size() && n <= k + 3; ++n)
            if (one_of(ws[n].first, {"prs", "pr", "changes", "patches", "commits", "contributions", "requests"}))
                return true;
    }
    return false;
}

// "it's been fine for 4 years", "it has worked since 2019", "never let us down": the thing's record as the reason to
// keep it as it is.
bool t12_record_kept(Context const& c) {
    return has_any(c, c.s,
                   {"it's been fine for", "it has been fine for", "been fine for years", "it's worked for",
                    "it has worked for", "it's been working for", "it has been working for", "been solid for",
                    "been rock solid for", "never let us down", "it's been stable for", "has been fine since",
                    "it's worked fine for", "worked fine for years"});
}

// "sorry to go around Lina", "I'm going around him on this", "went around the PM": the writer's own move around a
// person. "go around the rate limiter" and "going around in circles" go around no one.
bool t12_went_around(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"around", "behind", "bypassing", "bypass", "bypassed"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        // "going around Farah", "bypassing Kenji here": the move, then whom it goes around.
        auto obj = i + 2;
        if (one_of(ws[i].first, {"bypass", "bypassing", "bypassed"}))
            obj = i + 1;
        else if (!one_of(ws[i].first, {"go", "going", "went", "gone", "goes"}) ||
                 !one_of(ws[i + 1].first, {"around", "behind"}))
            continue;
        // The writer's: "I", "sorry to", "I'm", or the sentence's opening verb (after a mention or a "cc").
        bool writer = true;
        for (std::size_t b = 0; b < i; ++b)
            writer = writer && (ws[b].first.size() == 1 || one_of(ws[b].first, {"cc", "hey", "hi", "fyi"}));
        for (std::size_t b = i; b-- > 0 && b + 4 >= i;)
            writer = writer || one_of(ws[b].first, {"i", "i'm", "im", "sorry", "i've", "i'll", "we're", "we"});
        if (!writer) continue;
        for (std::size_t b = i; b-- > 0 && b + 3 >= i;)
            if (one_of(ws[b].first, {"won't", "not", "never", "don't", "didn't", "you", "they", "he", "she"}))
                writer = false;
        if (writer && t11_person_object(c, ws, obj)) return true;
    }
    return false;
}

// "escalating because Priya can't make a decision", "escalating this since he won't answer": the writer takes the
// matter up for what a person does or fails to do. "escalating because the pager fired 40 times" names no person.
bool t12_escalated_for_person(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"escalating", "escalate", "escalated"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"escalating", "escalate", "escalated"})) continue;
        if (i > 0 && one_of(ws[i - 1].first, {"you", "they", "he", "she", "to", "not", "won't", "don't", "auto"}))
            continue;
        for (auto k = i + 1; k + 1 < ws.size() && k <= i + 4; ++k) {
            if (!one_of(ws[k].first, {"because", "since", "as"})) continue;
            if (person_subject(c, ws[k + 1].first, ws[k + 1].second) &&
                !one_of(ws[k + 1].first, {"i", "we", "you", "it", "they"}))
                return true;
        }
    }
    return false;
}

// "Can you just tell her the date is impossible?", "could you tell them to stop?": the reader asked to deliver the
// writer's no to someone else. "could you tell them the build is green?" relays news.
bool t12_reader_sent_to_overrule(Context const& c, Sentence const& x) {
    if (!x.question() || !any_word(c, WordBloom::word_hashes({"tell"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 2 < ws.size(); ++i) {
        if (ws[i].first != "tell") continue;
        bool reader = false;
        for (std::size_t b = i; b-- > 0 && b + 3 >= i;) reader = reader || one_of(ws[b].first, {"you", "u"});
        if (!reader || !one_of(ws[i + 1].first, {"her", "him", "them"})) continue;
        auto k = i + 2;
        if (ws[k].first == "to" && one_of(nth_word(ws, k + 1), {"stop", "back", "leave", "drop", "keep", "stay"}))
            return true;
        if (ws[k].first == "that") ++k;
        if (nth_word(ws, k) == "no") return true;
        for (auto n = k; n < ws.size() && n <= k + 5; ++n)
            if (one_of(ws[n].first, {"impossible", "unrealistic", "wrong", "not", "isn't", "won't", "can't"}))
                return true;
    }
    return false;
}

// A channel in Slack markup or written by hand whose name is for everyone ("<#C1|all-hands-questions>", "#general",
// "#eng-all", "#announcements") with the writer posting or asking there.
bool t12_everyone_channel(Context const& c, Sentence const& x) {
    auto const ob = c.norm.orig_begin(x.b), oe = c.norm.orig_end(x.e);
    auto const raw = c.orig.substr(ob, oe - ob);
    bool everyone = false;
    for (std::size_t i = raw.find('#'); !everyone && i != std::string_view::npos; i = raw.find('#', i + 1)) {
        auto name_at = i + 1;
        // "<#C01ALLHANDS|all-hands-questions>": the name after the bar.
        if (i > 0 && raw[i - 1] == '<') {
            auto const bar = raw.find('|', i);
            auto const close = raw.find('>', i);
            if (bar == std::string_view::npos || close == std::string_view::npos || bar > close) continue;
            name_at = bar + 1;
        } else if (i > 0 && raw[i - 1] != ' ' && raw[i - 1] != '(') {
            continue;
        }
        auto end = name_at;
        while (end < raw.size() &&
               (std::isalnum(static_cast<unsigned char>(raw[end])) || raw[end] == '-' || raw[end] == '_'))
            ++end;
        std::string name{raw.substr(name_at, end - name_at)};
        for (auto& ch : name) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        std::string_view const n = name;
        everyone = n == "general" || n == "all" || n.starts_with("all-") || n.starts_with("all_") ||
                   n.ends_with("-all") || n.ends_with("_all") || n.contains("all-hands") || n.contains("allhands") ||
                   n.contains("all_hands") || n.contains("townhall") || n.contains("town-hall") ||
                   n.contains("announce") || n.contains("company") || n.contains("everyone");
    }
    if (!everyone) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"posting", "post", "posted", "dropping", "asking", "raising", "putting", "sharing",
                                  "bringing", "cross-posting", "crossposting", "broadcasting", "asked", "raised"}))
            continue;
        // Not "you posted", "they're asking".
        if (i > 0 && one_of(ws[i - 1].first, {"you", "they", "he", "she", "someone", "people", "you're", "they're"}))
            continue;
        return true;
    }
    return false;
}

// "why does product keep approving features ...?", "why do they keep moving the date?": someone's habit put as a
// why-question, a grievance. "why does the build keep failing?" is the system's.
bool t12_why_keep(Context const& c) {
    if (!any_word(c, WordBloom::word_hashes({"keep", "keeps"})) || !any_word(c, WordBloom::word_hashes({"why"})))
        return false;
    for (auto const& x : c.sentences) {
        if (!x.question() || c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
            if (ws[i].first != "why" || !one_of(ws[i + 1].first, {"does", "do", "did", "must"})) continue;
            for (auto k = i + 3; k < ws.size() && k <= i + 5; ++k)
                if (ws[k].first == "keep" && (subject_at(c, ws, i + 2) || role_subject(ws[i + 2].first))) return true;
        }
    }
    return false;
}

// "so everyone can see how badly he lowballed the pipeline": a person's failure measured for others to see.
bool t12_failure_shown(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"badly", "poorly", "terribly", "wrong"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i)
        if (ws[i].first == "how" && one_of(ws[i + 1].first, {"badly", "poorly", "terribly", "wrong"}) &&
            person_subject(c, ws[i + 2].first, ws[i + 2].second) && !one_of(ws[i + 2].first, {"i", "we", "it"}) &&
            ws[i + 3].first.ends_with("ed"))
            return true;
    return false;
}

// "Maybe someone other than her should own specs", "anyone but Tom should run the cutover": a person's work given to
// anyone else. "someone other than me should review it" and "Can someone else take Friday's on-call?" judge no one.
bool t12_anyone_but_them(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"other", "but"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        std::size_t k = 0;
        if (one_of(ws[i].first, {"someone", "somebody", "anyone", "anybody"}) && ws[i + 1].first == "other" &&
            ws[i + 2].first == "than")
            k = i + 3;
        else if (one_of(ws[i].first, {"anyone", "anybody"}) && ws[i + 1].first == "but")
            k = i + 2;
        if (k == 0 || k >= ws.size()) continue;
        auto const who = ws[k].first;
        if (one_of(who, {"me", "us", "myself", "you", "the", "a", "an", "this", "that", "it"})) continue;
        if (!one_of(who, {"her", "him", "them"}) && !person_subject(c, who, ws[k].second)) continue;
        // "Could anyone but him run the cutover?"
        if (i > 0 && one_of(ws[i - 1].first, {"could", "can", "should", "would"}) && ws[i + 1].first == "but")
            return true;
        for (auto n = k + 1; n < ws.size() && n <= k + 3; ++n)
            if (one_of(ws[n].first, {"should", "must", "needs", "has", "gets", "ought"})) return true;
    }
    return false;
}

// "Love the planning here 👏", "gotta love how we do estimates" after "another scope change on day 9": a liking said
// of the way things are run, beside a repeat complained of. "Love the new onboarding flow, drop-off fell to 22%" means
// it.
bool t12_love_after_repeat(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"love", "loving"})) ||
        !any_word(c, WordBloom::word_hashes({"another", "again"})))
        return false;
    auto const& ws = words_of(c, x);
    std::size_t i = 0;
    if (one_of(nth_word(ws, 0), {"i", "gotta", "just", "really", "you"})) ++i;
    if (one_of(nth_word(ws, i), {"just", "really", "gotta"})) ++i;
    if (!one_of(nth_word(ws, i), {"love", "loving"}) || !one_of(nth_word(ws, i + 1), {"the", "how", "our", "this"}))
        return false;
    // Said flat, nothing after it ("Love the new retry dashboard though, it showed the cause" gives its reason).
    if (ws.size() > i + 6 || sentence_text(c, x).contains(',') ||
        has_any(c, sentence_text(c, x), {"though", "because", "since"}))
        return false;
    // A repeat complained of in another sentence before it.
    for (auto const& y : c.sentences) {
        if (&y == &x) break;
        if (c.mostly_quoted(y.b, y.e)) continue;
        for (auto const& [w, at] : words_of(c, y))
            if (one_of(w, {"another", "again"})) return true;
    }
    return false;
}

// "I know I should talk to Nadia first, but she won't hear it. Could you just cancel it?": the rung the writer knows
// comes first, passed over, and the reader asked to act. "I should talk to Nadia first, so I'll hold it till Monday"
// keeps to it.
bool t12_rung_conceded(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"first"})) || !any_word(c, WordBloom::word_hashes({"should", "ought"})))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 4 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"i", "i'd"}) || !one_of(ws[i + 1].first, {"should", "ought"})) continue;
        auto k = i + 2;
        if (nth_word(ws, k) == "to") ++k;
        if (nth_word(ws, k) == "have") ++k;
        if (!one_of(nth_word(ws, k), {"talk", "talked", "go", "gone", "ask", "asked", "check", "checked", "raise",
                                      "raised", "run", "take", "taken", "speak", "spoken"}))
            continue;
        bool person = false, first = false, but = false;
        for (auto n = k + 1; n < ws.size() && n <= k + 6; ++n) {
            person = person || one_of(ws[n].first, {"her", "him", "them"}) ||
                     (person_subject(c, ws[n].first, ws[n].second) && !one_of(ws[n].first, {"i", "we", "you"}));
            first = first || (person && ws[n].first == "first");
        }
        for (auto n = k + 1; n < ws.size(); ++n) but = but || one_of(ws[n].first, {"but", "though"});
        if (!person || !first || !but) continue;
        // The reader asked to act, in this sentence or after it.
        for (auto const& y : c.sentences) {
            if (y.e < x.b || c.mostly_quoted(y.b, y.e)) continue;
            auto const t = sentence_text(c, y);
            if (has_any(c, t, {"could you", "can you", "would you", "please", "can u", "could u"})) return true;
        }
    }
    return false;
}

// "maybe she can get him to read a spec for once", "so Tom could answer a ping for once": a person's one-time doing of
// the job wished for, a jab. "We finally shipped on time for once" is the writer's team.
bool t12_for_once(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"once"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i < ws.size(); ++i) {
        if (ws[i].first != "once" || ws[i - 1].first != "for") continue;
        for (std::size_t b = 0; b + 1 < i; ++b)
            // (A capital opening the sentence names no one: "Actually follow the standards for once".)
            if (one_of(ws[b].first, {"him", "her", "he", "she", "they", "them", "you"}) ||
                (b > 0 && person_subject(c, ws[b].first, ws[b].second) && !one_of(ws[b].first, {"i", "we", "us"})))
                return true;
    }
    return false;
}

// "congrats everyone, we shipped a donation page that can't take donations 🎉": a thing delivered that fails at its
// job, cheered. "Congrats, we shipped the refund flow that can't be double-charged anymore" cheers a harm averted.
bool t12_cheered_broken(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"shipped", "launched", "released", "delivered", "built"}))) return false;
    auto const& ws = words_of(c, x);
    bool const cheer = celebrated(c, x.b, x.e) || std::ranges::any_of(ws, [](auto const& p) {
                           return one_of(p.first, {"congrats", "congratulations", "kudos", "bravo", "yay", "hooray"});
                       });
    if (!cheer) return false;
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"shipped", "launched", "released", "delivered", "built"})) continue;
        for (auto k = i + 1; k + 1 < ws.size() && k <= i + 8; ++k)
            if (one_of(ws[k].first, {"that", "which", "who"}) &&
                one_of(nth_word(ws, k + 1), {"can't", "cannot", "doesn't", "won't", "isn't", "can’t"}) &&
                one_of(nth_word(ws, k + 2),
                       {"take",   "load", "work",   "handle", "process", "save",   "open",    "send",   "pay",
                        "accept", "run",  "start",  "log",    "find",    "show",   "display", "render", "do",
                        "print",  "sync", "search", "sort",   "export",  "import", "charge"}))
                return true;
    }
    return false;
}

// "new sprint, new top priority. at this point I'll just add a priority_of_the_day flag": resignation at a repeat, put
// as a joke of the writer's next step. "At this point I'll just ship the fix Monday" with no repeat is a plan.
bool t12_resigned_joke(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"point"})) || !any_word(c, WordBloom::word_hashes({"just", "might"})))
        return false;
    auto const t = sentence_text(c, x);
    if (!has_any(c, t,
                 {"at this point i'll just", "at this point ill just", "at this point we might as well",
                  "at this point i might as well", "at this point we should just", "at this point let's just"}))
        return false;
    // A repeat in the writer's words: "new sprint, new top priority", "another", "again", "every sprint".
    for (auto const& y : c.sentences) {
        if (c.mostly_quoted(y.b, y.e)) continue;
        auto const& ws = words_of(c, y);
        for (std::size_t i = 0; i < ws.size(); ++i) {
            if (one_of(ws[i].first, {"another", "again"})) return true;
            if (ws[i].first == "every" && one_of(nth_word(ws, i + 1), {"sprint", "week", "day", "standup", "morning"}))
                return true;
            if (ws[i].first == "new" && i + 3 < ws.size())
                for (auto k = i + 2; k < ws.size() && k <= i + 3; ++k)
                    if (ws[k].first == "new" && c.s.substr(ws[i].second, ws[k].second - ws[i].second).contains(','))
                        return true;
        }
    }
    return false;
}

// The trial12 motives, sentence by sentence (called from find_motives).
void t12_find_motives(Context const& c, Analysis& a) {
    Flagger f{c, a};
    bool const declined = t12_move_declined(c);
    bool const own = t12_own_thing_claimed(c);
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        if (declined && t12_will_lacking(c, x)) f.reason(Reason::new_framework, x.b, x.e);
        if (t12_only_way_mine(c, x) || t12_own_way_closed(c, x)) f.reason(Reason::my_way, x.b, x.e);
        if (own && t12_changes_refused(c, x)) {
            f.reason(Reason::territorial, x.b, x.e);
            if (t12_record_kept(c)) f.reason(Reason::attachment, x.b, x.e);
        }
    }
}

// The trial12 red flags, sentence by sentence (called from find_red_flags).
void t12_find_red_flags(Context const& c, Analysis& a) {
    Flagger f{c, a};
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        if (t12_named_praise_mocked(c, x)) {
            f.flag(RedFlag::sarcasm, x.b, x.e);
            f.flag(RedFlag::person_directed, x.b, x.e);
        }
        if (t12_mock_assent(c, x) || t12_burden_shrugged(c, x) || t12_redefined_now(c, x) ||
            t12_love_after_repeat(c, x) || t12_cheered_broken(c, x) || t12_resigned_joke(c, x))
            f.flag(RedFlag::sarcasm, x.b, x.e);
        if (t12_author_belittled(c, x) || t12_dissenters_judged(c, x) || t12_failure_shown(c, x) ||
            t12_anyone_but_them(c, x) || t12_for_once(c, x))
            f.flag(RedFlag::person_directed, x.b, x.e);
        if ((t12_went_around(c, x) || t12_escalated_for_person(c, x) || t12_rung_conceded(c, x)) &&
            !at_their_request(c, x) && !with_the_person(c, x))
            f.flag(RedFlag::skips_ladder, x.b, x.e);
    }
    // "Could you tell them to stop?" to someone addressed by a mention, about a third party the draft complains of.
    auto const has_flag = [&](RedFlag r) { return std::ranges::find(a.red_flags, r) != a.red_flags.end(); };
    bool const addressed = !c.s.empty() && c.s.find(ph_person) != std::string_view::npos && c.s.find(ph_person) < 4;
    bool const grievance = has_flag(RedFlag::person_directed) ||
                           std::ranges::find(a.illegitimate, Reason::territorial) != a.illegitimate.end() ||
                           has_any(c, c.s,
                                   {"won't listen", "without going through", "without asking", "without telling",
                                    "keeps ignoring", "ignored me", "ignoring me"});
    if (addressed && grievance)
        for (auto const& x : c.sentences)
            if (!c.mostly_quoted(x.b, x.e) && t12_reader_sent_to_overrule(c, x)) {
                f.flag(RedFlag::skips_ladder, x.b, x.e);
                break;
            }
    // "Posting this in <#C1|all-hands-questions> for Thursday: why does product keep approving ...?": a grievance
    // taken to a channel for everyone, named in Slack markup.
    bool const contested = a.kind == MessageKind::pushback || !a.red_flags.empty() || c.has(Lex::objection) ||
                           c.has(Lex::challenge) || c.has(Lex::harsh) || reproach_asked(c) || t12_why_keep(c);
    if (contested && !has_flag(RedFlag::broadcast))
        for (auto const& x : c.sentences)
            if (!c.mostly_quoted(x.b, x.e) && t12_everyone_channel(c, x)) {
                f.flag(RedFlag::broadcast, x.b, x.e);
                break;
            }
}

}  // namespace
// --- trial12: end ---

// --- real13: real people's words (coaching dev28), each a general shape written in many wordings before the rule: an
// imprecation at the reader ("fuck you", "screw you", "go to hell"), a person's kind questioned ("What kind of user are
// you?", "Who do you think you are?"), a verdict of conduct said of what a person just did ("why are you storing
// passwords in plaintext? That's pretty irresponsible."), a verbless vice of conduct ("Just shirking
// responsibility...", "Just deplorable leadership."), the reader addressed directly in place of someone away or gone
// around, with an approval asked ("writing to you directly while Robin is out: ... can you approve ...?"), the
// reader's view restated in mockery ("So what you're saying is ...?"), and the writer's years with a tool as the whole
// case ("I develop for years on TS and I see only benefits") ---
namespace {

// Words that may be a clause's subject or a modal before a verb: "this bug will fuck you up" is no imprecation.
bool r13_verb_taken(std::string_view w) {
    return one_of(w, {"will",    "would", "can",    "could",   "may",    "might", "to",    "it",    "that",
                      "this",    "they",  "he",     "she",     "we",     "i",     "gonna", "it'll", "that'll",
                      "they'll", "which", "really", "totally", "might",  "did",   "does",  "don't", "didn't",
                      "doesn't", "won't", "not",    "never",   "should", "must",  "and"});
}

// "FUCK YOU, you want this to come out sooner or later?", "Screw you, I'm not rewriting it", "Go to hell", "piss off
// with your deadlines": an imprecation told to the reader, opening its clause. "Screw the adapter in place", "it
// will screw you over" (a subject or a modal before it, or "over"/"up" after it) and "holy shit" are none.
bool r13_imprecation(Context const& c, Sentence const& x) {
    static constexpr auto keys =
        WordBloom::word_hashes({"fuck", "screw", "piss", "sod", "hell", "f", "fck", "frick", "fool", "fools"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first, next = ws[i + 1].first;
        if (i > 0 && r13_verb_taken(ws[i - 1].first)) continue;
        auto const after = nth_word(ws, i + 2);
        if (one_of(w, {"fuck", "screw", "f", "fck", "frick"}) && one_of(next, {"you", "u", "yourself", "off"}) &&
            !one_of(after, {"over", "up", "around", "with"}))
            return true;
        if (one_of(w, {"piss", "sod", "bugger"}) && next == "off") return true;
        // "Is this how you behave fool?", "Go away fool": "fool" said to the reader, closing a clause.
        if (one_of(next, {"fool", "fools"}) && (i + 2 == ws.size() || c.s[ws[i + 1].second + next.size()] == ',') &&
            !one_of(w, {"a", "the", "april", "to", "be", "any", "no", "of", "nobody's", "nobodys", "more"}))
            return true;
        if (w == "go" && next == "to" && after == "hell") return true;
    }
    return false;
}

// "What kind of user are you?", "What sort of engineer is he, honestly?", "Who do you think you are?", "What is wrong
// with you?", "What's your problem?": a question of what a person is, asked of them or of someone named. "What kind of
// user are you targeting?" (a verb after the pronoun), "What kind of access do you need?" and "What is wrong with the
// build?" ask of a thing.
bool r13_kind_questioned(Context const& c, Sentence const& x) {
    if (!x.question()) return false;
    static constexpr auto keys = WordBloom::word_hashes({"kind", "sort", "type", "think", "wrong", "problem"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    auto n = ws.size();
    // A tag closing the question: "honestly", "exactly", "anyway", "even".
    while (n > 0 && one_of(ws[n - 1].first, {"honestly", "exactly", "anyway", "even", "really", "then", "seriously"}))
        --n;
    if (n < 3) return false;
    auto const last = ws[n - 1].first, before = ws[n - 2].first;
    bool const pronoun_last = one_of(last, {"you", "he", "she", "they"});
    for (std::size_t i = 0; i + 3 < n; ++i) {
        if (ws[i].first == "what" && one_of(ws[i + 1].first, {"kind", "sort", "type"}) && ws[i + 2].first == "of") {
            if (pronoun_last && one_of(before, {"are", "is", "were", "was"}) && n - 1 > i + 3) return true;
            // "What kind of PM is she if she can't say what it's for?": the pronoun closes its clause.
            for (auto m = i + 4; m + 2 < n; ++m)
                if (one_of(ws[m].first, {"are", "is", "were", "was"}) &&
                    one_of(ws[m + 1].first, {"you", "he", "she", "they"}) &&
                    one_of(ws[m + 2].first, {"if", "when", "that", "who", "to"}))
                    return true;
        }
        if (ws[i].first == "who" && nth_word(ws, i + 1) == "do" && nth_word(ws, i + 2) == "you" &&
            nth_word(ws, i + 3) == "think" && last == "are" && before == "you")
            return true;
    }
    // "what is wrong with you", "what's wrong with you people", "what is your problem".
    auto const t = sentence_text(c, x);
    return has_any(c, t,
                   {"what is wrong with you", "what's wrong with you", "whats wrong with you", "what is your problem",
                    "what's your problem", "whats your problem", "what the hell is wrong with you",
                    "what the hell is your problem"}) &&
           !has_any(c, t, {"your problem statement", "your problem with the", "your problem here is"});
}

// Words that judge how someone behaved, and only that: "irresponsible", "unprofessional", "reckless".
bool r13_conduct_word(std::string_view w) {
    return one_of(
        w,
        {"irresponsible", "unprofessional", "reckless",  "negligent",   "careless",   "disrespectful", "inconsiderate",
         "selfish",       "cowardly",       "spineless", "gutless",     "petty",      "childish",      "arrogant",
         "dishonest",     "hypocritical",   "shameful",  "disgraceful", "deplorable", "inexcusable",   "lazy",
         "rude",          "immature",       "shady",     "sneaky",      "dismissive", "condescending", "patronizing",
         "patronising",   "insulting",      "obnoxious"});
}

// A person other than the writer acting as a clause's subject: "why are you storing ...", "you pushed ...", "Dana
// merged ...", "he caved ...".
bool r13_person_acts(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (one_of(w, {"you", "he", "she", "they", "you've", "he's", "she's", "they've", "you're", "they're"})) {
            // "thank you", "if you want", "you know", "you can see": no deed of theirs.
            if (i > 0 && one_of(ws[i - 1].first, {"thank", "if", "for", "to", "with", "let", "unless"})) continue;
            if (one_of(ws[i + 1].first, {"know", "can", "could", "may", "might", "mean", "see", "think", "want", "need",
                                         "said", "asked", "suggested"}))
                continue;
            return true;
        }
        if (i == 0 && subject_at(c, ws, i) && !one_of(w, {"it", "this", "that"})) return true;
    }
    return false;
}

// "... That's pretty irresponsible.", "Really careless.", "That was reckless.", "So unprofessional of you.": a short
// verdict of conduct on the deed the sentence before tells of a person (or in its own "of you"). "Shipping without a
// rollback plan is irresponsible" judges a plan, and "We pushed on Friday. That was careless." the writer's own deed.
bool r13_deed_judged(Context const& c, std::size_t at) {
    auto const& x = c.sentences[at];
    auto const& ws = words_of(c, x);
    if (ws.empty()) return false;
    std::size_t k = ws.size();
    for (std::size_t i = 0; i < ws.size() && i < 7; ++i)
        if (r13_conduct_word(ws[i].first)) {
            k = i;
            break;
        }
    if (k == ws.size()) return false;
    // "That is really rude to just close issues without any context": a word of how someone treats others judges
    // whoever did the deed its infinitive names.
    bool const toward_others = one_of(ws[k].first, {"rude", "disrespectful", "condescending", "dismissive",
                                                    "patronizing", "patronising", "insulting", "obnoxious"});
    if (ws.size() > 7 && !(toward_others && nth_word(ws, k + 1) == "to")) return false;
    // Only a pointer, a copula and degree words before it: "that's pretty", "this is really", "how", "so".
    for (std::size_t i = 0; i < k; ++i)
        if (!one_of(ws[i].first, {"that's",     "thats",     "that",    "this",    "it's",   "its",        "it",
                                  "is",         "was",       "just",    "so",      "pretty", "really",     "very",
                                  "incredibly", "extremely", "totally", "utterly", "quite",  "how",        "such",
                                  "seriously",  "honestly",  "frankly", "rather",  "beyond", "absolutely", "a",
                                  "bit",        "little",    "kind",    "of",      "kinda",  "also"}))
            return false;
    // "... of you": the deed is the reader's whatever came before.
    if (nth_word(ws, k + 1) == "of" && one_of(nth_word(ws, k + 2), {"you", "him", "her", "them"})) return true;
    // ("rude to the users" is said of a thing that treats people badly: "to" must open a deed.)
    if (toward_others && (k + 1 == ws.size() ||
                          (nth_word(ws, k + 1) == "to" &&
                           !one_of(nth_word(ws, k + 2), {"the", "our", "your", "users", "customers", "people", "them",
                                                         "him", "her", "me", "us", "everyone", "anyone", "a", "an"}))))
        return true;
    if (at == 0) return false;
    auto const& y = c.sentences[at - 1];
    if (c.mostly_quoted(y.b, y.e)) return false;
    return r13_person_acts(c, y);
}

// "Just shirking responsibility...", "Just deplorable leadership.", "Dodging the question again, I see.", "Pure
// cowardice.": a vice of conduct said alone, with no verb and no subject (so of whoever the draft is about). "Just
// shipping the hotfix now", "Dodging the rate limit with a backoff worked" and "Leadership sync moved" are none.
bool r13_vice_alone(Context const& c, Sentence const& x) {
    static constexpr auto keys =
        WordBloom::word_hashes({"shirking", "dodging", "ducking", "evading", "deflecting", "passing", "avoiding",
                                "gaslighting", "stonewalling", "weaseling", "leadership", "management", "cowardice",
                                "negligence", "behavior", "behaviour", "conduct"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    if (ws.empty() || ws.size() > 7) return false;
    std::size_t i = 0;
    while (i < ws.size() && one_of(ws[i].first, {"just", "pure", "utter", "total", "sheer", "typical", "classic",
                                                 "more", "such", "what", "again", "so", "and", "more", "absolutely"}))
        ++i;
    if (i >= ws.size()) return false;
    auto const w = ws[i].first, next = nth_word(ws, i + 1), third = nth_word(ws, i + 2);
    std::size_t end = 0;
    if (one_of(w, {"shirking", "dodging", "ducking", "evading", "deflecting", "avoiding"}) &&
        (one_of(next, {"responsibility", "accountability", "blame", "ownership", "questions", "responsibilities"}) ||
         (one_of(next, {"the", "any", "all"}) &&
          one_of(third, {"blame", "question", "questions", "responsibility", "accountability"}))))
        end = i + (one_of(next, {"the", "any", "all"}) ? 3 : 2);
    else if (w == "passing" && next == "the" && third == "buck")
        end = i + 3;
    else if (one_of(w, {"gaslighting", "stonewalling", "weaseling", "cowardice", "negligence"}))
        end = i + 1;
    else if (one_of(w, {"deplorable", "pathetic", "spineless", "gutless", "cowardly", "shameful", "disgraceful",
                        "abysmal", "appalling", "atrocious", "toxic", "incompetent", "clueless", "lousy"}) &&
             one_of(next, {"leadership", "management", "behavior", "behaviour", "conduct", "managers", "leaders"}))
        end = i + 2;
    if (end == 0) return false;
    // What may follow: a repeat or an aside ("again", "as usual", "I see"), nothing that makes it a clause.
    for (auto k = end; k < ws.size(); ++k)
        if (!one_of(ws[k].first, {"again", "as", "usual", "always", "i", "see", "here", "there", "once", "at", "its",
                                  "finest", "best", "then", "too"}))
            return false;
    return true;
}

// "messaging you directly instead of going through Priya", "bringing this directly to you rather than my manager",
// "writing to you straight, without asking Dana": the reader taken in place of a person gone around. "Pinging you
// directly since Dana is out this week: can you approve ...?" asks a stand-in (slack10), "directly since you own the
// billing service" gives the reader's own part, and "directly instead of through the ticket queue" goes around no one.
bool r13_direct_in_place(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"directly", "straight"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"directly", "straight"})) continue;
        // To the reader: "you" within three words either side.
        bool reader = false;
        for (auto k = i >= 3 ? i - 3 : 0; k < ws.size() && k <= i + 3; ++k) reader = reader || ws[k].first == "you";
        if (!reader) continue;
        for (auto k = i + 1; k < ws.size() && k <= i + 6; ++k) {
            if (!one_of(ws[k].first, {"instead", "rather", "without"})) continue;
            // "instead of going through Priya", "rather than my manager", "without asking Dana".
            for (auto m = k + 1; m < ws.size() && m <= k + 5; ++m) {
                auto const v = ws[m].first;
                if (one_of(v, {"manager", "boss", "lead", "supervisor", "pm", "director"})) return true;
                if (one_of(v, {"through", "asking", "involving", "bothering", "via"}) && m + 1 < ws.size() &&
                    person_subject(c, ws[m + 1].first, ws[m + 1].second) &&
                    !one_of(ws[m + 1].first, {"the", "a", "an", "our", "my", "this", "that"}))
                    return true;
            }
            break;
        }
    }
    return false;
}

// "So what you're saying is that you want to rewrite this repo in TypeScript?", "So you're telling me we should ship it
// untested?", "Let me get this straight: you want it by Friday?": the reader's view restated to mock it, with no wish
// to check it ("Just to confirm, you're saying ...? I'll update the plan", "If I understand correctly, ...").
bool r13_mock_restatement(Context const& c) {
    if (c.sentences.empty()) return false;
    auto const& x = c.sentences.front();
    if (c.mostly_quoted(x.b, x.e)) return false;
    auto t = sentence_text(c, x);
    if (t.starts_with(ph_person)) t = t.substr(std::min(t.size(), t.find(' ') + 1));
    if (!t.starts_with("so what you're saying is") && !t.starts_with("so what you are saying is") &&
        !t.starts_with("so you're telling me") && !t.starts_with("so you are telling me") &&
        !t.starts_with("let me get this straight"))
        return false;
    if (std::ranges::none_of(c.sentences, [](Sentence const& y) { return y.question(); })) return false;
    // What is restated is the reader's wish or view, or what we are told to do ("you want to rewrite it", "we should
    // ship it untested"), not how long the work takes ("So you're telling me it will take six weeks to roll out?" is a
    // PM's why-so-long).
    auto const& ws = words_of(c, x);
    bool yours = false;
    for (std::size_t i = 4; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (one_of(w, {"week", "weeks", "day", "days", "month", "months", "sprint", "sprints", "hours", "quarter"}))
            return false;
        yours = yours || one_of(w, {"you", "you're", "your", "you'd", "you'll", "you've"}) ||
                (w == "we" && one_of(nth_word(ws, i + 1), {"should", "must", "need", "have", "just"}));
    }
    if (!yours) return false;
    return !has_any(c, c.s,
                    {"confirm", "make sure", "understand", "correct me", "is that right", "is that correct", "if so",
                     "did i get", "to clarify", "just to check", "am i reading", "fair enough"});
}

// "I develop for years on TS and I see only benefits", "I've used Jenkins for ten years and never had a problem with
// it", "I've been writing Perl since 1999 and it has never let me down": the writer's record with a thing and a
// sweeping verdict on it as the whole case. "I've used Jenkins for ten years and it failed 3 of our last 5 builds"
// gives a particular, and "we've never had a plan this clear" praises no tool.
bool r13_record_verdict(Context const& c, std::size_t at) {
    auto const& x = c.sentences[at];
    auto const& ws = words_of(c, x);
    bool record = false, writer = false;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        writer = writer || one_of(w, {"i", "i've", "i'm", "my", "ive"});
        if (one_of(w, {"years", "decade", "decades"}) && i >= 1 &&
            (one_of(ws[i - 1].first, {"for", "over"}) || (i >= 2 && one_of(ws[i - 2].first, {"for", "over"}))))
            record = true;
        if (w == "since" && nth_word(ws, i + 1).size() == 4 &&
            (nth_word(ws, i + 1).starts_with("19") || nth_word(ws, i + 1).starts_with("20")))
            record = true;
    }
    if (!record || !writer) return false;
    auto const t = sentence_text(c, x);
    if (!has_any(c, t,
                 {"only benefits", "nothing but benefits", "only advantages", "never had a problem",
                  "never had any problem", "never had an issue", "never had any issue", "never let me down",
                  "never failed me", "always worked", "it just works", "simply the best", "the best option",
                  "the best choice", "never needed", "no downsides", "no drawbacks", "never once"}))
        return false;
    // A particular of the case beside it (a count, a failure) makes it evidence.
    for (auto const& [w, pos] : ws)
        if (!w.empty() && w.front() >= '0' && w.front() <= '9' &&
            !(w.size() == 4 && (w.starts_with("19") || w.starts_with("20"))))
            return false;
    return true;
}

// "If I just up and quit now ..., do you think you'll get this done in 2 weeks?", "If I walked out today, do you think
// anyone here could finish it?", "What happens when I quit, will you maintain it yourself?": the writer's leaving put
// as a threat, with a question to the reader about the aftermath. "If I leave at 5 today", "If I take PTO" and "When I
// quit the old dashboard" leave nothing for good.
bool r13_departure_threatened(Context const& c) {
    static constexpr auto keys = WordBloom::word_hashes({"quit", "resign", "walked", "walk", "left", "leave"});
    if (!any_word(c, keys)) return false;
    bool threat = false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t i = 1; i < ws.size() && !threat; ++i) {
            auto const w = ws[i].first;
            // The writer as the one leaving, in a condition or a question: "if I (just) quit", "when I quit", "should
            // I just resign".
            std::size_t s = i - 1;
            for (int k = 0; k < 3 && s > 0 && one_of(ws[s].first, {"just", "simply", "up", "and"}); ++k) --s;
            if (ws[s].first != "i" || s == 0 || !one_of(ws[s - 1].first, {"if", "when", "should", "once"})) continue;
            auto const next = nth_word(ws, i + 1), after = nth_word(ws, i + 2);
            auto const stop = ws[i].second + w.size();
            bool const now =
                next.empty() || (stop < c.s.size() && (c.s[stop] == ',' || c.s[stop] == ':' || c.s[stop] == ';')) ||
                one_of(next, {"now", "today", "tomorrow", "tonight", "and", "right", "so", "then", "over", "for"}) ||
                (one_of(next, {"my", "this", "the"}) && one_of(after, {"job", "company", "team"}));
            if (one_of(w, {"quit", "resign", "resigned"}) && now) threat = true;
            if (one_of(w, {"walked", "walk"}) && one_of(next, {"out", "away"})) threat = true;
            if (w == "left" && one_of(next, {"now", "today", "tomorrow", "the", "for"}) &&
                (next != "the" || one_of(after, {"company", "team", "job"})) && (next != "for" || after == "good"))
                threat = true;
        }
    }
    if (!threat) return false;
    return std::ranges::any_of(c.sentences, [&](Sentence const& y) {
        if (!y.question() || c.mostly_quoted(y.b, y.e)) return false;
        return std::ranges::any_of(words_of(c, y), [](auto const& p) {
            return one_of(p.first, {"you", "you'll", "anyone", "they'll", "they'd", "you'd", "who"});
        });
    });
}

// "Real ricers use old Reddit", "Real programmers don't need an ORM", "Any serious engineer would use Postgres": the
// writer's way given as what the true members of a craft do. "Real users reported the crash 40 times" (users are no
// craft) and "Serious engineers disagree about this" (no way of doing things) are none.
bool r13_true_ones_do(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"real", "true", "proper", "serious"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"real", "true", "proper", "serious"})) continue;
        if (i > 0 && one_of(ws[i - 1].first, {"the", "our", "a", "their", "your", "my", "is", "are", "not"})) continue;
        if (!one_of(ws[i + 1].first,
                    {"programmers", "programmer", "engineers", "engineer",      "developers", "developer", "devs",
                     "dev",         "coders",     "coder",     "hackers",       "hacker",     "ricers",    "sysadmins",
                     "admins",      "men",        "pros",      "professionals", "designers",  "nerds",     "geeks"}))
            continue;
        if (one_of(ws[i + 2].first, {"use",   "uses",     "write", "writes", "don't", "doesn't", "do",     "does",
                                     "would", "wouldn't", "never", "always", "know",  "need",    "prefer", "code",
                                     "ship",  "build",    "only",  "just",   "wrote", "used"}))
            return true;
    }
    return false;
}

// "jquery is going to die. better now than later.", "jQuery is dead, we should rewrite the frontend", "PHP is dying,
// time to move the API to Go": a technology said to be dying as the reason to move off it. "The staging box is dead
// again" (a thing after a determiner) and "dead code" are none; a date or a number of the case is evidence (the caller
// asks for none).
bool r13_declared_dying(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"dead", "dying", "die"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    bool dying = false;
    for (std::size_t i = 1; i < ws.size() && !dying; ++i) {
        auto const w = ws[i].first;
        std::size_t v = 0;  // the copula's index
        if (one_of(w, {"dead", "dying"}) && one_of(ws[i - 1].first, {"is", "are"}) && i >= 2)
            v = i - 1;
        else if (w == "die" && i >= 4 && ws[i - 1].first == "to" && ws[i - 2].first == "going" &&
                 one_of(ws[i - 3].first, {"is", "are"}))
            v = i - 3;
        if (v == 0) continue;
        if (one_of(nth_word(ws, i + 1), {"code", "again", "letter", "link", "links", "end", "weight", "on"})) continue;
        // The subject: a bare name right before the copula ("jquery", "PHP"), no determiner before it.
        auto const subject = ws[v - 1].first;
        if (one_of(subject, {"it", "this", "that", "he", "she", "they", "which", "who", "project", "server", "box"}))
            continue;
        dying = v < 2 || !one_of(ws[v - 2].first, {"the", "our", "this", "that", "my", "your", "a", "their", "its"});
    }
    if (!dying) return false;
    return has_any(c, c.s,
                   {"rewrite", "rewriting", "port ", "porting", "move ", "moving", "migrate", "migrating", "switch",
                    "replace", "replacing", "better now than later", "sooner rather than later", "get rid of",
                    "drop it", "time to move", "should be", "let's", "we should"});
}

// "... not worth spending the effort to rewrite the UI": a thing of taste as the object of a verb of work names the
// work, not a look liked or disliked ("Personally I think it would be simpler to just use jQuery" judges effort). "I
// just prefer the old UI" keeps it.
bool r13_work_object(Context const& c, Hit const& h) {
    if (h.lex != Lex::visual) return false;
    bool work = false;
    int n = 0;
    words_before(c.s, c.sentence_at(h.begin) != nullptr ? c.sentence_at(h.begin)->b : 0, h.begin, 3,
                 [&](std::string_view w, std::uint32_t) {
                     ++n;
                     if (n == 1 && one_of(w, {"the", "our", "this", "that", "a", "whole", "entire", "new", "old"}))
                         return false;
                     work = one_of(
                         w, {"rewrite",   "rewriting",    "rebuild",     "rebuilding", "build",      "building",
                             "port",      "porting",      "migrate",     "migrating",  "refactor",   "refactoring",
                             "implement", "implementing", "test",        "testing",    "ship",       "shipping",
                             "deploy",    "maintain",     "maintaining", "translate",  "translating"});
                     return true;
                 });
    return work;
}

// "seems a little bit confusing for me ... i prefer the older setting style", "the new menu is hard to find things
// in": a finding of use said beside the liking, so the liking is not taste alone.
bool r13_use_found(Context const& c) {
    static constexpr auto keys =
        WordBloom::word_hashes({"confusing", "unintuitive", "counterintuitive", "hard", "harder", "difficult", "find"});
    if (!any_word(c, keys)) return false;
    return has_any(c, c.s,
                   {"confusing", "unintuitive", "counterintuitive", "hard to use", "harder to use", "hard to find",
                    "harder to find", "hard to navigate", "difficult to use", "difficult to find", "can't find",
                    "cannot find", "couldn't find", "hard to understand", "harder to understand"});
}

}  // namespace
// --- real13: end ---

// --- person15: the person-directed red flag in real people's words, by grammar and roles (who is the subject, which
// verb, what object), not by a draft's words: a faculty a person is said to lack ("Our CTO has no vision of how to
// build ...", "Whoever picked this font has no taste"), a person not enough of what the role takes or too little for
// it ("I don't think you're technical enough to be making calls about X"), a thing ruined by a person (a passive with
// the person as agent), a vice a person has shown ("you have shown none so far", "You've demonstrated considerable
// difficulty reading"), a person's doing put down to bad faith ("you're literally trying to hog the domain"), people
// ranked below others ("people less smart than them"), a person bad at their job or sucking as their role, a person
// placed on another planet, harm a person deserves ("you deserve all the overtime you got"), a person who had no time
// for the work but plenty for something else, a people's habit reproached with a tag question ("People don't read,
// do they?"), and care lacked charged with "without once"/"without so much as". Batch A and its near misses in
// tests/detector/person15_test.cpp. ---
namespace {

// Adverbs that may stand between a subject and its verb or inside a predicate ("is clearly just trying", "has
// honestly shown", "got completely butchered").
bool p15_adverb(std::string_view w) {
    return one_of(w, {"clearly",      "just",      "only",       "really",    "obviously",  "literally",  "simply",
                      "basically",    "honestly",  "frankly",    "totally",   "completely", "thoroughly", "utterly",
                      "truly",        "genuinely", "absolutely", "still",     "always",     "again",      "repeatedly",
                      "consistently", "so",        "pretty",     "quite",     "actually",   "even",       "already",
                      "now",          "somehow",   "seriously",  "entirely",  "definitely", "apparently", "evidently",
                      "also",         "once",      "more",       "certainly", "sometimes",  "often",      "way",
                      "far",          "rather",    "fairly",     "kinda",     "sorta",      "bit",        "ever"});
}

// People named by what they do or where they sit, beyond person_words ("the new contractor", "our CTO", "the roadmap
// folks", "those interns", "the committee").
bool p15_people_noun(std::string_view w) {
    return one_of(
        w,
        {"contractor", "contractors", "consultant", "consultants", "intern",     "interns",    "folks",    "folk",
         "engineer",   "engineers",   "architect",  "architects",  "leads",      "leader",     "leaders",  "cto",
         "ceo",        "cio",         "cpo",        "cfo",         "coo",        "vp",         "vps",      "execs",
         "exec",       "executive",   "executives", "leadership",  "management", "committee",  "reviewer", "reviewers",
         "colleague",  "colleagues",  "coworker",   "coworkers",   "co-worker",  "founder",    "founders", "analyst",
         "analysts",   "tester",      "testers",    "hire",        "hires",      "newbie",     "newbies",  "team",
         "teams",      "squad",       "department", "person",      "dude",       "individual", "po",       "officer",
         "master",     "sre",         "sres",       "qa"});
}

// Word `i` names someone other than the writer: a person, a role, a team not the writer's own ("Dana", "he", "the new
// PM", "our CTO", "the platform team", "those folks"). The writer, a thing, the people the product serves and no one
// are none.
bool p15_someone_at(Context const& c, SentenceWords const& ws, std::size_t i) {
    auto const w = ws[i].first;
    if (one_of(w, {"i",       "we",       "me",        "us",     "i'm",     "we're", "i've",     "we've",
                   "i'd",     "we'd",     "it",        "it's",   "this",    "that",  "nobody",   "none",
                   "neither", "everyone", "everybody", "anyone", "anybody", "noone", "something"}))
        return false;
    if (served_people(w) && w != "people") return false;
    if (i > 0 && one_of(ws[i - 1].first, {"my", "our"}) && one_of(w, {"team", "teams", "squad", "department"}))
        return false;
    if (subject_at(c, ws, i) || person_word(w) || p15_people_noun(w) || authority_word(c, w, ws[i].second)) return true;
    // A capitalised word opening the sentence that ends in "s" is read as a plural ("Users don't care"); a singular
    // verb after it makes it a name ("Tomas has shown ...", "Jonas is ...").
    std::size_t after = 1;
    while (after < ws.size() && p15_adverb(ws[after].first)) ++after;
    return i == 0 && !c.shouting && w.size() > 2 && w.ends_with('s') && !w.ends_with("'s") &&
           c.orig_byte(ws[i].second) >= 'A' && c.orig_byte(ws[i].second) <= 'Z' &&
           one_of(nth_word(ws, after), {"has", "is", "was", "hasn't", "isn't", "wasn't", "doesn't", "does", "keeps"}) &&
           c.first(Lex::tech, ws[i].second, ws[i].second + static_cast<std::uint32_t>(w.size())) == nullptr;
}

// The subject of the verb at word `j`: back over adverbs to the word before it, someone (p15_someone_at); a person of
// a function ("the VP of product", "the head of design") reads back to its person; a sentence that opens on
// "whoever" has the whoever clause as its subject ("Whoever approved this vendor has ...").
bool p15_subject_before(Context const& c, SentenceWords const& ws, std::size_t j) {
    std::size_t k = j;
    while (k > 0 && p15_adverb(ws[k - 1].first)) --k;
    if (k == 0) return false;
    auto const h = k - 1;
    if (p15_someone_at(c, ws, h)) return true;
    // A relative clause's subject is the person before it ("someone who proved ...", "a maintainer that has shown").
    // People at large ("attract people who have no taste") are no one in particular.
    if (h >= 1 && one_of(ws[h].first, {"who", "that"}) && p15_someone_at(c, ws, h - 1) &&
        !one_of(ws[h - 1].first, {"people", "folks", "those", "anyone", "anybody", "everyone", "guys"}))
        return true;
    if (h >= 2 && ws[h - 1].first == "of" && (p15_someone_at(c, ws, h - 2) || ws[h - 2].first == "head")) return true;
    std::size_t open = 0;
    while (open < ws.size() && open < 2 && one_of(ws[open].first, {"and", "but", "so", "honestly", "frankly", "tbh"}))
        ++open;
    if (nth_word(ws, open) == "whoever" && j > open + 1 && j <= open + 12) return true;
    // A person with a relative clause opening the sentence ("The guy who wrote the spec clearly lacks ...").
    for (auto i = open; i < ws.size() && i <= open + 3 && i + 2 < j; ++i)
        if (one_of(ws[i + 1].first, {"who", "that"}) && p15_someone_at(c, ws, i) &&
            !one_of(ws[i].first, {"people", "folks", "those", "anyone", "anybody", "everyone", "guys"}))
            return j <= i + 12;
    return false;
}

// The subject of a predicate whose first word (an adjective, "not", "trying") is at `k`: back over adverbs and a
// negation to a linking verb and the subject before it, or to a subject with the verb in it ("she's", "you're").
bool p15_linked_subject(Context const& c, SentenceWords const& ws, std::size_t k) {
    // Over adverbs, a negation and "a bit" / "a little" ("is a bit too junior").
    while (k > 0 && (p15_adverb(ws[k - 1].first) || one_of(ws[k - 1].first, {"not", "never"}) ||
                     (ws[k - 1].first == "a" && one_of(nth_word(ws, k), {"bit", "little"}))))
        --k;
    if (k == 0) return false;
    auto const v = ws[k - 1].first;
    if (one_of(v, {"you're", "youre", "he's", "hes", "she's", "shes", "they're", "theyre", "you've", "he'd", "she'd",
                   "they've"}))
        return true;
    if (!one_of(v, {"is", "are", "was", "were", "isn't", "aren't", "wasn't", "weren't", "seems", "seem", "been", "be",
                    "being", "keeps", "keep", "kept"}))
        return false;
    auto m = k - 1;
    // "has been", "have been", "will be", "must be": back over the auxiliary.
    if (m > 0 && one_of(v, {"been", "be"}) &&
        one_of(ws[m - 1].first, {"has", "have", "had", "will", "would", "must", "might", "can", "could", "should"}))
        --m;
    return p15_subject_before(c, ws, m);
}

// Help or a cost beside a lack ("yet, so I'll pair with her", "so the estimate has ramp-up"): the lack is news for
// the plan, not a verdict.
bool p15_lack_met(Context const& c, Sentence const& x) {
    return has_any(c, sentence_text(c, x),
                   {"yet",      "i'll",     "i can",      "happy to", "let me",   "we can",   "pair",
                    "ramp",     "onboard",  "onboarding", "train",    "training", "budget",   "estimate",
                    "help her", "help him", "help them",  "walk her", "walk him", "walk them"});
}

// "Our CTO has no previous management experience and no vision of how to build ...", "Whoever picked this font has no
// taste", "the new lead lacks any judgment", "she doesn't have the people skills": a faculty a person is said to lack.
// A bare experience with a thing ("Dana has no experience with Kafka") is news for the plan: experience and knowledge
// count when they are of the role ("management experience", "no experience running a launch", "no knowledge of how
// ..."). Help or a cost beside it ("yet, so I'll pair with her") and the writer, a thing or the served as the subject
// are none.
bool p15_faculty_lacked(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes(
        {"taste",    "vision",  "judgment",  "judgement",      "understanding", "grasp",  "sense",
         "business", "right",   "respect",   "experience",     "knowledge",     "skills", "competence",
         "talent",   "empathy", "integrity", "self-awareness", "decency",       "clue"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t j = 1; j + 1 < ws.size(); ++j) {
        auto const v = ws[j].first;
        std::size_t from = 0;
        bool const two = (one_of(v, {"has", "have", "had"}) && one_of(ws[j + 1].first, {"no", "zero", "absolutely"})) ||
                         (one_of(v, {"doesn't", "don't", "didn't", "dont", "doesnt"}) && ws[j + 1].first == "have");
        if (two)
            from = j + 2;
        else if (one_of(v, {"lacks", "lack", "lacked", "lacking"}))
            from = j + 1;
        if (from == 0) continue;
        // The subject before the verb (or before "doesn't").
        if (!p15_subject_before(c, ws, j)) continue;
        for (auto m = from; m < ws.size() && m <= from + 4; ++m) {
            auto const w = ws[m].first;
            auto const prev = ws[m - 1].first, next = nth_word(ws, m + 1);
            bool lacked =
                one_of(w, {"taste", "vision", "judgment", "judgement", "understanding", "grasp", "business", "respect",
                           "competence", "talent", "empathy", "integrity", "self-awareness", "decency"}) &&
                // Said of the person, not a compound ("no vision insurance", "no taste test").
                one_of(next, {"",           "of",       "for",     "and",    "or",     "whatsoever", "at",
                              "about",      "when",     "in",      "on",     "to",     "with",       "but",
                              "so",         "left",     "here",    "there",  "as",     "what",       "how",
                              "whatsoever", "whatever", "anymore", "either", "toward", "towards",    "regarding"});
            lacked = lacked || (w == "sense" && one_of(next, {"of", "", "and", "whatsoever"})) ||
                     (w == "right" && next == "to" &&
                      !one_of(nth_word(ws, m + 2), {"see", "access", "view", "read", "edit", "use", "get", "have"})) ||
                     (w == "clue" && one_of(prev, {"a", "any"}) && one_of(next, {"", "about", "what", "how"}));
            // Experience, knowledge, skills of the role: "management experience", "no experience running a launch",
            // "knowledge of how ...", "people skills".
            if (one_of(w, {"experience", "knowledge", "skills"}))
                lacked =
                    one_of(prev, {"management", "leadership", "product", "engineering", "managerial", "people",
                                  "social", "communication", "basic", "technical", "real", "actual", "practical"}) ||
                    (next.size() > 4 && next.ends_with("ing") && m + 1 < ws.size()) ||
                    (next == "to" && ws[m - 1].first == "the") ||
                    (next == "of" && one_of(nth_word(ws, m + 2), {"how", "what", "why"}));
            if (w == "business" && !next.ends_with("ing") && next != "to") lacked = false;
            if (!lacked) continue;
            return !p15_lack_met(c, x);
        }
    }
    return false;
}

// "I don't think you're technical enough to be making calls about X", "the new lead isn't senior enough to own the
// roadmap", "she's too junior to be making calls on the data model": a person said to fall short of what the work
// takes. A thing ("the cluster isn't big enough"), a state that is no faculty ("too busy to review it") and a rule
// ("interns aren't senior enough to get prod access under the policy") are none.
bool p15_short_of_role(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"enough", "too"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k + 2 < ws.size(); ++k) {
        auto const a = ws[k].first;
        bool const enough = ws[k + 1].first == "enough" && ws[k + 2].first == "to" &&
                            one_of(a, {"technical", "senior", "experienced", "smart", "competent", "qualified",
                                       "capable", "skilled", "mature", "knowledgeable", "bright", "clever", "sharp",
                                       "responsible", "trustworthy", "savvy", "informed", "grown-up", "professional"});
        bool const too = k > 0 && ws[k - 1].first == "too" && ws[k + 1].first == "to" &&
                         one_of(a, {"junior", "green", "inexperienced", "naive", "dumb", "stupid", "clueless",
                                    "incompetent", "immature", "arrogant", "lazy", "stubborn", "careless", "sloppy",
                                    "unqualified", "ignorant", "dense", "thick", "slow-witted"});
        if (!enough && !too) continue;
        if (has_any(c, sentence_text(c, x),
                    {"policy", "rule", "rules", "permission", "permissions", "access", "allowed", "eligible",
                     "clearance", "certified"}))
            return false;
        if (enough) {
            // The lack said: a negation before the adjective ("isn't", "not", "I don't think", "I doubt").
            bool negated = false;
            for (std::size_t m = 0; m < k; ++m)
                negated = negated || one_of(ws[m].first, {"not", "never", "hardly", "doubt", "nowhere"}) ||
                          ws[m].first.ends_with("n't");
            if (!negated) continue;
        }
        if (p15_linked_subject(c, ws, too ? k - 1 : k)) return true;
    }
    return false;
}

// "my version has been thoroughly ruined by some one called X", "The onboarding flow got completely butchered by the
// new contractor": a thing ruined, with a person as the agent. "broken by the 3.2 upgrade" (a thing) and "fixed by
// Sam" (no ruin) are none.
bool p15_ruined_by_person(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"by"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k + 2 < ws.size(); ++k) {
        if (!one_of(ws[k].first, {"ruined", "butchered", "wrecked", "mangled", "botched", "trashed", "destroyed",
                                  "gutted", "hijacked", "sabotaged", "bungled", "vandalized", "vandalised", "mutilated",
                                  "massacred", "torpedoed", "derailed", "screwed", "messed"}))
            continue;
        // A passive: an auxiliary before it (over adverbs).
        auto b = k;
        while (b > 0 && p15_adverb(ws[b - 1].first)) --b;
        if (b == 0 || !one_of(ws[b - 1].first,
                              {"was", "were", "been", "got", "get", "gets", "is", "are", "being", "getting", "be"}))
            continue;
        for (auto m = k + 1; m + 1 < ws.size() && m <= k + 5; ++m) {
            if (ws[m].first != "by") continue;
            // The agent: a name, a person, a role, "whoever", "some one", within three words after "by".
            for (auto n = m + 1; n < ws.size() && n <= m + 4; ++n) {
                auto const w = ws[n].first;
                if (one_of(w, {"whoever", "someone", "somebody"}) || (w == "one" && ws[n - 1].first == "some"))
                    return true;
                if (w.ends_with("'s")) break;
                if (p15_someone_at(c, ws, n)) return true;
                if (!one_of(w, {"the", "a", "an", "some", "this", "that", "our", "their", "his", "her", "your", "new",
                                "old", "last", "previous", "former", "one", "of"}))
                    break;
            }
            break;
        }
    }
    return false;
}

// "you have shown none so far", "You've demonstrated considerable long-term difficulty reading", "Tomas has shown
// nothing but contempt for the support team", "Priya has proven herself unable to keep a deadline": a vice or a want
// of merit a person has shown. "Kofi showed the latency graphs to support" and "the load test demonstrated a drop"
// show a thing.
bool p15_vice_shown(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes(
        {"shown", "showed", "shows", "demonstrated", "demonstrates", "proven", "proved", "proves", "displayed"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t j = 1; j + 1 < ws.size(); ++j) {
        if (!one_of(ws[j].first, {"shown", "showed", "shows", "demonstrated", "demonstrates", "proven", "proved",
                                  "proves", "displayed", "displays"}))
            continue;
        // The subject, over "has"/"have" ("you have shown", "Tomas has shown").
        auto s = j;
        while (s > 0 && p15_adverb(ws[s - 1].first)) --s;
        if (s > 0 && one_of(ws[s - 1].first, {"has", "have", "had"})) --s;
        if (!p15_subject_before(c, ws, s) &&
            !(s > 0 && one_of(ws[s - 1].first, {"you've", "he's", "she's", "they've", "youve"})))
            continue;
        if (s > 0 && one_of(ws[s - 1].first, {"i", "we", "i've", "we've"})) continue;
        auto const o = nth_word(ws, j + 1);
        // "proven herself unable to ...", "shown yourself to not be competent".
        if (one_of(o, {"yourself", "himself", "herself", "themselves", "themself"})) {
            for (auto m = j + 2; m < ws.size() && m <= j + 5; ++m)
                if (one_of(ws[m].first, {"not", "unable", "incapable", "unfit", "unwilling", "untrustworthy",
                                         "unreliable", "incompetent", "useless", "careless", "clueless", "dishonest",
                                         "hostile", "unprofessional"}))
                    return true;
            continue;
        }
        if (o == "none" || (o == "zero" && nth_word(ws, j + 2) != "regressions")) return true;
        for (auto m = j + 1; m < ws.size() && m <= j + 6; ++m) {
            auto const w = ws[m].first;
            if (one_of(w, {"contempt",   "disrespect",   "disdain",       "incompetence", "ignorance",
                           "arrogance",  "inability",    "unwillingness", "indifference", "hostility",
                           "dishonesty", "carelessness", "negligence",    "laziness",     "difficulty",
                           "cowardice",  "pettiness",    "spite",         "malice",       "hypocrisy"}) ||
                (w == "faith" && ws[m - 1].first == "bad") || (w == "lack" && nth_word(ws, m + 1) == "of") ||
                (one_of(w, {"interest", "respect", "understanding", "regard", "care"}) &&
                 one_of(ws[m - 1].first, {"no", "zero", "little"})))
                return true;
        }
    }
    return false;
}

// "you're literally trying to hog the domain", "You're obviously trying to bury my proposal", "Marek is only trying to
// save face": a person's doing put down to bad faith (grabbing, burying, saving face, taking credit). "Maya is trying
// to get the export fixed" and "I'm trying to save face" (the writer) are none.
bool p15_bad_faith_try(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"trying", "tries", "tried", "try"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k + 2 < ws.size(); ++k) {
        if (!one_of(ws[k].first, {"trying", "tries", "tried"}) || ws[k + 1].first != "to") continue;
        auto const v = ws[k + 2].first, o = nth_word(ws, k + 3), o2 = nth_word(ws, k + 4);
        bool const bad =
            one_of(v, {"hog",   "grab",   "steal",  "bury",    "sabotage",  "undermine",  "derail",   "torpedo",
                       "sneak", "dodge",  "weasel", "wriggle", "sandbag",   "manipulate", "gaslight", "guilt-trip",
                       "bully", "hijack", "squat",  "usurp",   "discredit", "smear"}) ||
            (v == "save" && o == "face") || (v == "take" && o == "credit") ||
            (v == "score" && one_of(o, {"points", "political"})) || (v == "shift" && one_of(o, {"blame", "the"})) ||
            (v == "cover" && one_of(o, {"his", "her", "their", "your", "up"}) &&
             (o == "up" || one_of(o2, {"ass", "butt", "tracks", "back", "mistake", "mistakes"}))) ||
            (v == "look" && one_of(o, {"good", "smart", "busy", "important"})) ||
            (one_of(v, {"kill", "block", "stall", "shut", "stop"}) && one_of(o, {"my", "our", "me", "us"}));
        if (!bad) continue;
        // The subject: with a linking verb ("is trying", "you're ... trying") or without ("he tried to").
        if (p15_linked_subject(c, ws, k)) return true;
        if (ws[k].first != "trying" && p15_subject_before(c, ws, k)) return true;
    }
    return false;
}

// "a language created by smart devs for people less smart than them", "a tool built for people dumber than the
// interns", "those folks are less smart than a spreadsheet": people ranked below others in wit or skill. "The new cache
// is smarter than the old one" ranks a thing.
bool p15_people_ranked_below(Context const& c, Sentence const& x) {
    static constexpr auto keys =
        WordBloom::word_hashes({"less", "dumber", "stupider", "dimmer", "thicker", "slower-witted", "as", "denser"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k + 1 < ws.size(); ++k) {
        auto const w = ws[k].first;
        std::size_t than = 0;
        if (one_of(w, {"less", "as"}) && k + 2 < ws.size() &&
            one_of(ws[k + 1].first, {"smart", "bright", "intelligent", "clever", "competent", "capable", "skilled",
                                     "talented", "qualified", "sharp"}) &&
            one_of(ws[k + 2].first, {"than", "as"}) && (w == "less" || ws[k - 1].first == "not"))
            than = k + 2;
        else if (one_of(w, {"dumber", "stupider", "dimmer", "denser"}) && ws[k + 1].first == "than")
            than = k + 1;
        if (than == 0) continue;
        // Someone within the five words before it, with no thing in between ("it", "this").
        auto const start = w == "as" ? k - 1 : k;
        for (std::size_t m = start; m-- > 0 && m + 6 > start;) {
            if (one_of(ws[m].first, {"it", "it's", "this", "that", "which", "i", "we", "i'm", "we're"})) break;
            if (p15_someone_at(c, ws, m)) return true;
        }
    }
    return false;
}

// "Dana is terrible at her job", "our team lead sucks at leading", "my team lead sucking as a boss": a person said to
// be bad at their job or their role. "The parser is terrible at handling emoji" and "I'm terrible at estimates" are
// none.
bool p15_bad_at_job(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"at", "as"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k + 2 < ws.size(); ++k) {
        auto const a = ws[k].first;
        bool const sucks = one_of(a, {"sucks", "suck", "sucking", "sucked", "stinks", "stink", "stunk"});
        bool const bad =
            one_of(a, {"terrible", "awful", "bad", "horrible", "useless", "hopeless", "incompetent", "atrocious",
                       "lousy", "crap", "shit", "garbage", "pathetic", "inept", "rubbish", "worthless", "abysmal"});
        if ((!sucks && !bad) || !one_of(ws[k + 1].first, {"at", "as"})) continue;
        auto const o = ws[k + 2].first, o2 = nth_word(ws, k + 3);
        bool const job =
            (ws[k + 1].first == "at" &&
             ((one_of(o, {"his", "her", "their", "your", "the"}) && one_of(o2, {"job", "jobs", "role", "work"})) ||
              one_of(o, {"leading", "managing", "planning", "estimating", "communicating", "listening", "prioritizing",
                         "prioritising", "deciding", "reading", "communication", "leadership", "management"}))) ||
            (ws[k + 1].first == "as" && one_of(o, {"a", "an"}) &&
             (person_word(o2) || p15_people_noun(o2) || one_of(o2, {"boss", "manager", "lead", "pm"})));
        if (!job) continue;
        // A team bad at a kind of work ("The team is bad at estimating spikes") is a habit of the process to fix.
        auto m = k;
        while (m > 0 && (p15_adverb(ws[m - 1].first) || one_of(ws[m - 1].first, {"is", "are", "was", "were", "not"})))
            --m;
        bool const team = m > 0 && one_of(ws[m - 1].first, {"team", "teams", "squad"});
        if (team && ws[k + 1].first == "at" && !one_of(o2, {"job", "jobs", "role", "work"})) continue;
        if (sucks ? p15_subject_before(c, ws, k) : p15_linked_subject(c, ws, k)) return true;
    }
    return false;
}

// "Not sure what planet the roadmap people live on", "Have you been on another planet?", "Which planet is our VP living
// on?": a person placed on another planet, out of this world's facts. "Half our drivers live on another island" is
// none, and a planet with no one on it is a thing.
bool p15_other_planet(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"planet", "planets"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k < ws.size(); ++k) {
        if (ws[k].first != "planet") continue;
        auto const d = ws[k - 1].first;
        bool const placed = one_of(d, {"what", "which", "another", "different", "other", "own"});
        if (!placed) continue;
        // Someone in the clause: the subject of "live", "be", "come from", or the person asked about.
        for (std::size_t m = 0; m < ws.size(); ++m)
            if (m != k && p15_someone_at(c, ws, m)) return true;
    }
    return false;
}

// "you deserve all the overtime you got", "the platform team deserves every outage they get", "he deserves to be
// fired": harm a person is said to deserve. "You deserve a break" and "users deserve a faster checkout" are none.
bool p15_harm_deserved(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"deserve", "deserves", "deserved"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t j = 1; j + 1 < ws.size(); ++j) {
        if (!one_of(ws[j].first, {"deserve", "deserves", "deserved"}) || !p15_subject_before(c, ws, j)) continue;
        for (auto m = j + 1; m < ws.size() && m <= j + 4; ++m) {
            auto const w = ws[m].first;
            if (one_of(w, {"overtime",   "page",      "pages",    "outage",      "outages",   "pain",
                           "blame",      "mess",      "flak",     "flack",       "backlash",  "hate",
                           "grief",      "heat",      "misery",   "headache",    "headaches", "fallout",
                           "burnout",    "firing",    "pager",    "incidents",   "incident",  "escalations",
                           "escalation", "criticism", "ridicule", "humiliation", "punishment"}))
                return true;
            if (w == "be" && ws[m - 1].first == "to" &&
                one_of(nth_word(ws, m + 1), {"fired", "ignored", "blamed", "yelled", "banned", "demoted", "replaced",
                                             "mocked", "embarrassed", "humiliated", "punished", "sacked", "shamed"}))
                return true;
            if (one_of(w, {"a", "an", "credit", "better", "thanks", "praise", "the"}) && m == j + 1 && w != "the")
                break;
        }
    }
    return false;
}

// "you had little time to review it, but plenty of time to philosophize about how other PR should work", "Lea never
// has time to answer the vendor but always has time to redo the slide deck": a person with no time for the work but
// time for something else, their priorities held against them. The writer's own ("I had no time to test it on Android
// but plenty of time to write the docs") is none.
bool p15_time_elsewhere(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"time"});
    if (!any_word(c, keys) || !c.may_hold(sentence_text(c, x), "but")) return false;
    auto const& ws = words_of(c, x);
    // Each "time to/for": 1 when lacking ("no time", "little time", "never has time"), 2 when found ("plenty of time",
    // "all the time", "always has time"), with the word its subject stands before.
    auto const kind = [&](std::size_t k, std::size_t& verb) {
        if (k < 2 || ws[k].first != "time" || k + 1 >= ws.size() || !one_of(ws[k + 1].first, {"to", "for"})) return 0;
        auto const d = ws[k - 1].first, d2 = ws[k - 2].first;
        bool const has = one_of(d2, {"has", "have", "had", "finds", "found", "got", "gets"});
        if (one_of(d, {"no", "little", "zero"}) && has) {
            verb = k - 2;
            return 1;
        }
        if (one_of(d, {"has", "have", "had", "finds", "found"}) &&
            one_of(d2, {"never", "always", "somehow", "still"})) {
            verb = k - 2;
            return d2 == "never" ? 1 : 2;
        }
        if ((d == "of" && one_of(d2, {"plenty", "lots", "loads", "tons"})) || (d == "the" && d2 == "all")) {
            verb = 0;
            for (std::size_t m = k - 2; m-- > 0 && m + 4 >= k;)
                if (one_of(ws[m].first, {"has", "have", "had", "finds", "found", "got"})) {
                    verb = m;
                    break;
                }
            return 2;
        }
        return 0;
    };
    std::size_t first_verb = 0;
    int first = 0;
    bool but = false;
    for (std::size_t k = 2; k < ws.size(); ++k) {
        if (ws[k].first == "but" && first != 0) but = true;
        std::size_t verb = 0;
        int const t = kind(k, verb);
        if (t == 0) continue;
        if (first == 0) {
            first = t;
            first_verb = verb;
        } else if (but && t != first) {
            return first_verb > 0 && p15_subject_before(c, ws, first_verb);
        }
    }
    return false;
}

// "People don't read, do they?", "Nobody on the product side reads the runbooks, do they?": a habit of people at large
// (people, folks, a group, nobody) said as a reproach, closed by a tag question. "People don't read long release notes,
// so let's keep it short" (no tag) is a fact of the readers.
bool p15_habit_tagged(Context const& c, Sentence const& x) {
    if (!x.question()) return false;
    // "..., do they? So let's put the warning in the CLI", "... do they? I'll move the warning": the habit drawn on for
    // the writer's plan.
    if (&x != &c.sentences.back() && &x >= c.sentences.data() && &x < c.sentences.data() + c.sentences.size()) {
        auto const next = sentence_text(c, *(&x + 1));
        for (std::string_view plan : {"so ", "i'll ", "we'll ", "let's ", "i will ", "we will ", "we should ", "i'd "})
            if (next.starts_with(plan)) return false;
    }
    static constexpr auto keys = WordBloom::word_hashes({"they", "anyone", "anybody"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    auto const n = ws.size();
    if (n < 5 || !one_of(ws[n - 1].first, {"they", "anyone", "anybody"}) ||
        !one_of(ws[n - 2].first, {"do", "does", "did", "will", "would", "can", "are", "have"}))
        return false;
    for (std::size_t k = 0; k + 3 < n; ++k) {
        auto const w = ws[k].first;
        // "Nobody on the product side", not "nobody" alone (the readers at large, as likely as colleagues).
        bool const nobody =
            (one_of(w, {"nobody", "noone"}) && one_of(nth_word(ws, k + 1), {"on", "in", "at", "from"})) ||
            (w == "no" && nth_word(ws, k + 1) == "one" && one_of(nth_word(ws, k + 2), {"on", "in", "at", "from"}));
        bool const group = one_of(w, {"people", "folks", "devs", "developers", "engineers", "pms", "managers",
                                      "designers", "maintainers", "execs", "reviewers"});
        if (!nobody && !group) continue;
        for (auto m = k + 1; m + 2 < n && m <= k + 6; ++m) {
            auto const v = ws[m].first;
            bool const neg = one_of(v, {"don't", "dont", "never", "won't", "can't", "didn't"});
            auto const verb = neg ? nth_word(ws, m + 1) : v;
            if ((neg || nobody) &&
                one_of(verb, {"read",  "reads",  "test", "tests", "think",    "thinks",   "listen", "listens",
                              "check", "checks", "care", "cares", "learn",    "learns",   "bother", "bothers",
                              "look",  "looks",  "ask",  "asks",  "document", "documents"}))
                return true;
        }
    }
    return false;
}

// "Congrats, Kevin, you managed to estimate a payments integration without once opening the payments API docs", "he
// signed it without so much as reading the SLA": a person's act charged with the least care it lacked ("without once",
// "without so much as"). The writer's own ("We shipped it without once touching the legacy tables") is none.
bool p15_least_care_lacked(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"without"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k + 2 < ws.size(); ++k) {
        if (ws[k].first != "without") continue;
        auto g = k + 1;
        if (ws[g].first == "once" || (ws[g].first == "even" && nth_word(ws, g + 1) == "once"))
            g += ws[g].first == "once" ? 1 : 2;
        else if (ws[g].first == "so" && nth_word(ws, g + 1) == "much" && nth_word(ws, g + 2) == "as")
            g += 3;
        else
            continue;
        // A step of care skipped ("opening the spec", "looking at the counts"), not a harm avoided ("without once
        // breaking the API" praises).
        if (!one_of(nth_word(ws, g), {"opening", "reading", "looking", "checking", "testing", "asking", "talking",
                                      "consulting", "running", "thinking", "reviewing", "glancing", "considering",
                                      "bothering", "trying", "verifying", "measuring", "speaking", "touching"}))
            continue;
        // The doer: someone as the subject of the clause before it.
        for (std::size_t m = k; m-- > 0 && m + 10 > k;) {
            auto const w = ws[m].first;
            if (one_of(w, {"i", "we", "i've", "we've", "i'd", "we'd", "i'm", "we're"})) return false;
            if (p15_someone_at(c, ws, m) && !served_people(w) &&
                (m == 0 || !one_of(ws[m - 1].first, {"to", "for", "with", "by", "at", "from"})))
                return true;
        }
    }
    return false;
}

// "I don't understand why you hate me", "he's out to get us", "she has it in for me": hostility toward the writer
// read into a person. "you hate the old dashboard" (a thing), "users hate the new checkout" and "you hate me asking,
// I know" (a doing disliked) are none.
bool p15_hostility_imputed(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes(
        {"hate", "hates", "despise", "despises", "loathe", "loathes", "resent", "resents", "stand", "get", "in"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t j = 1; j + 1 < ws.size(); ++j) {
        auto const v = ws[j].first;
        std::size_t o = 0;
        if (one_of(v, {"hate", "hates", "despise", "despises", "loathe", "loathes", "resent", "resents"}) ||
            (v == "stand" && one_of(ws[j - 1].first, {"can't", "cannot", "cant"})) ||
            (v == "get" && j >= 2 && ws[j - 1].first == "to" && ws[j - 2].first == "out"))
            o = j + 1;
        else if (v == "in" && ws[j - 1].first == "it" && ws[j + 1].first == "for" && j >= 2 &&
                 one_of(ws[j - 2].first, {"has", "have", "had"}))
            o = j + 2;
        if (o == 0 || o >= ws.size() || !one_of(ws[o].first, {"me", "us"})) continue;
        // "Do you hate me? Just kidding": asked yes or no, it is no charge.
        if (x.question() && one_of(ws[0].first, {"do", "does", "did", "are", "is"})) continue;
        if (o + 1 < ws.size() && ws[o + 1].first.size() > 4 && ws[o + 1].first.ends_with("ing")) continue;
        // The subject, over "can't", "is out to", "has it".
        auto s = j;
        if (v == "stand") s = j - 1;
        if (v == "get" || v == "in") s = j - 2;
        if (p15_subject_before(c, ws, s) || p15_linked_subject(c, ws, s)) return true;
    }
    return false;
}

// "Is this the kind of public behavior expected of maintainers?", "Is this how a lead should treat people?": a person's
// conduct held, in a question, against what their role owes. "Is this the behavior we expect from the cache?" and "Is
// this the format the importer expects?" ask of a thing.
bool p15_conduct_held_to_role(Context const& c, Sentence const& x) {
    if (!x.question()) return false;
    static constexpr auto keys = WordBloom::word_hashes({"behavior", "behaviour", "conduct", "attitude", "how"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    std::size_t i = 0;
    while (i < ws.size() && one_of(ws[i].first, {"so", "and", "but", "seriously", "honestly", "really"})) ++i;
    if (!one_of(nth_word(ws, i), {"is", "was"}) || !one_of(nth_word(ws, i + 1), {"this", "that"})) return false;
    for (auto k = i + 2; k < ws.size() && k <= i + 7; ++k) {
        auto const w = ws[k].first;
        // "the kind of behavior expected of maintainers", "the conduct we expect from a lead".
        if (one_of(w, {"behavior", "behaviour", "conduct", "attitude", "professionalism", "tone"}))
            for (auto m = k + 1; m + 1 < ws.size() && m <= k + 4; ++m)
                if (one_of(ws[m].first, {"of", "from"}) &&
                    one_of(ws[m - 1].first, {"expected", "expect", "acceptable", "appropriate"}))
                    for (auto n = m + 1; n < ws.size() && n <= m + 3; ++n)
                        if (p15_someone_at(c, ws, n)) return true;
        // "how a lead should treat people", "how maintainers are supposed to behave".
        if (w == "how" && k == i + 2)
            for (auto m = k + 1; m + 1 < ws.size() && m <= k + 5; ++m)
                if (one_of(ws[m].first, {"behave", "act", "treat", "talk", "speak", "respond", "communicate"})) {
                    for (auto n = k + 1; n < m; ++n)
                        if (p15_someone_at(c, ws, n)) return true;
                    break;
                }
    }
    return false;
}

// "Kudos to Priyanka for the most creative estimate ...", "Congrats, Kevin, you managed to ...", "Brilliant idea from
// <@PM> again": a named person credited in a draft the rules find sarcastic, the irony aimed at them. Credit to a team,
// a role or whoever did it ("Congrats to product ...", "Congrats to whoever decided ...") is sarcasm about the plan
// (the coaching files label it so). Read only once sarcasm is found (p15_irony_at_named_person).
bool p15_named_person_credited(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    auto const named = [&](std::size_t n) {
        if (n >= ws.size()) return false;
        auto const w = ws[n].first;
        if (w.size() == 1 && w[0] == ph_person) return true;
        return person_subject(c, w, ws[n].second) && !person_word(w) && !role_subject(w) && !p15_people_noun(w) &&
               c.orig_byte(ws[n].second) >= 'A' && c.orig_byte(ws[n].second) <= 'Z';
    };
    for (std::size_t k = 0; k + 1 < ws.size(); ++k) {
        auto const w = ws[k].first;
        if (one_of(w, {"kudos", "congrats", "congratulations", "props", "bravo", "thanks"})) {
            auto n = k + 1;
            if (one_of(nth_word(ws, n), {"go", "goes"})) ++n;
            if (nth_word(ws, n) == "to") ++n;
            if (named(n)) return true;
        }
        // "Brilliant idea from <@PM>", "another genius plan by Dana".
        if (one_of(w, {"idea", "plan", "call", "move", "estimate", "decision", "work", "thinking", "planning"}) &&
            k > 0 &&
            one_of(ws[k - 1].first, {"brilliant", "great", "genius", "amazing", "fantastic", "stellar", "excellent",
                                     "wonderful", "nice", "visionary", "fine", "bold"}) &&
            one_of(nth_word(ws, k + 1), {"from", "by"}) && named(k + 2))
            return true;
    }
    return false;
}

// "All the PM cares about is hitting the date", "all he thinks about is the demo", "All Dana ever does is complain": a
// person's whole motive or doing narrowed to one thing. "All we care about is uptime" (the writer) and "All the
// customer wants is a receipt" (the served) are none.
bool p15_all_they_care(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"all"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (ws[i].first != "all" || (i > 0 && !one_of(ws[i - 1].first, {"and", "but", "because", "cause", "honestly",
                                                                        "frankly", "seriously", "since"})))
            continue;
        for (auto j = i + 2; j + 1 < ws.size() && j <= i + 5; ++j) {
            // Not "wants": "All the PM wants is a date, so here are two options" states a need.
            if (!one_of(ws[j].first, {"cares", "care", "cared", "thinks", "does", "did"})) continue;
            auto k = j + 1;
            if (ws[k].first == "about") ++k;
            if (!one_of(nth_word(ws, k), {"is", "was"}) || !p15_subject_before(c, ws, j)) break;
            // The subject is the words between "all" and the verb.
            return true;
        }
    }
    return false;
}

// "A junior intern would have caught this in five minutes", "my five-year-old could write a better spec than this PM":
// a person's work ranked below what a novice would do. "A junior could pick this up as a first ticket" (the task is
// easy) and "any intern would have access to the sandbox" rank no one.
bool p15_novice_would_do_better(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"would", "could"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k + 2 < ws.size(); ++k) {
        if (!one_of(ws[k].first, {"would", "could"})) continue;
        bool novice = false;
        for (std::size_t m = k; m-- > 0 && m + 4 >= k;)
            novice = novice || (ws[m].first == "old" && m > 0 && ws[m - 1].first == "year") ||
                     one_of(ws[m].first, {"kid", "child", "five-year-old", "toddler", "intern", "monkey", "student",
                                          "first-year", "freshman", "high-schooler", "trainee", "beginner", "newbie",
                                          "grandma", "chimp", "bootcamper"});
        // Any novice ("a junior intern", "my five-year-old"), not a particular one ("The intern would have caught this
        // if the linter had been on"), and no condition.
        bool any = false;
        for (std::size_t m = k; m-- > 0 && m + 5 >= k;)
            any = any || one_of(ws[m].first, {"a", "an", "any", "my", "even"});
        if (!novice || !any || has_phrase(c, sentence_text(c, x), "if")) continue;
        if (ws[k + 1].first == "have" &&
            one_of(ws[k + 2].first, {"caught", "noticed", "spotted", "seen", "known", "done", "found", "figured",
                                     "written", "built", "fixed"}))
            return true;
        // "could write a better spec than this PM".
        for (auto m = k + 2; m + 1 < ws.size() && m <= k + 6; ++m)
            if (one_of(ws[m].first, {"better", "faster", "cleaner"})) {
                for (auto n = m + 1; n + 1 < ws.size() && n <= m + 4; ++n)
                    if (ws[n].first == "than")
                        for (auto p = n + 1; p < ws.size() && p <= n + 3; ++p)
                            if (p15_someone_at(c, ws, p)) return true;
            }
    }
    return false;
}

// "Whoever designed this schema should go back to school", "he needs to find another job", "she should be fired": a
// person sent away from the work. "The cron job should be replaced by a queue" sends a thing.
bool p15_sent_away(Context const& c, Sentence const& x) {
    static constexpr auto keys =
        WordBloom::word_hashes({"school", "job", "career", "fired", "replaced", "read", "banned"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t j = 1; j + 2 < ws.size(); ++j) {
        auto k = j;
        if (one_of(ws[j].first, {"should", "must"}))
            k = j + 1;
        else if (one_of(ws[j].first, {"needs", "need", "ought", "has"}) && ws[j + 1].first == "to")
            k = j + 2;
        else
            continue;
        auto const a = nth_word(ws, k), b = nth_word(ws, k + 1), d = nth_word(ws, k + 2), e = nth_word(ws, k + 3);
        bool const away = (a == "go" && b == "back" && d == "to" && one_of(e, {"school", "college", "bootcamp"})) ||
                          (a == "learn" && b == "to" && one_of(d, {"read", "code", "program", "think"})) ||
                          (a == "find" && one_of(b, {"another", "a"}) &&
                           one_of(d, {"job", "career", "profession", "hobby", "line", "new"})) ||
                          (one_of(a, {"be", "get"}) && one_of(b, {"fired", "sacked", "demoted", "banned"}));
        if (away && p15_subject_before(c, ws, j)) return true;
    }
    return false;
}

// "Designers never think about edge cases", "managers don't test anything": a habit of want of care said of a trade or
// a role at large. "Users never scroll past the fold" (the served), "our devs don't test on Safari because we have no
// Mac runner" (the writer's own, a reason given) are none.
bool p15_trade_never_thinks(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"never", "don", "dont", "can"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    if (has_any(c, sentence_text(c, x), {"because", "since", "cause", "so", "unless"})) return false;
    for (std::size_t k = 0; k + 2 < ws.size(); ++k) {
        if (!one_of(ws[k].first,
                    {"designers", "pms", "managers", "engineers", "devs", "developers", "execs", "marketers",
                     "maintainers", "architects", "testers", "leads", "executives", "programmers", "coders"}) ||
            (k > 0 && one_of(ws[k - 1].first, {"our", "my", "the", "some", "most", "many", "few"})))
            continue;
        auto m = k + 1;
        if (one_of(nth_word(ws, m), {"always", "just", "simply", "really"})) ++m;
        if (!one_of(nth_word(ws, m), {"never", "don't", "dont", "can't"})) continue;
        if (one_of(nth_word(ws, m + 1), {"think", "consider", "test", "check", "plan", "document", "care", "learn",
                                         "listen", "bother", "understand"}))
            return true;
    }
    return false;
}

// "He keeps making the same mistakes over and over", "she makes the same mistake every sprint": a person's failing
// held up as their habit. "The importer keeps making the same mistake with dates" is a thing's bug.
bool p15_same_mistakes(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"mistake", "mistakes", "errors", "blunders", "blunder"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t j = 1; j + 2 < ws.size(); ++j) {
        bool const keeps =
            one_of(ws[j].first, {"keeps", "kept", "keep"}) && one_of(ws[j + 1].first, {"making", "repeating"});
        bool const makes =
            one_of(ws[j].first, {"makes", "made", "repeats"}) && ws[j + 1].first == "the" && ws[j + 2].first == "same";
        if (!keeps && !makes) continue;
        bool mistake = false;
        for (auto m = j + 2; m < ws.size() && m <= j + 5; ++m)
            mistake = mistake || one_of(ws[m].first, {"mistake", "mistakes", "errors", "blunders", "blunder"});
        if (mistake && p15_subject_before(c, ws, j)) return true;
    }
    return false;
}

// "Stop pretending you understand the payments flow", "he pretends to know Kubernetes": understanding or care said to
// be feigned. "I won't pretend I understand the billing code" (the writer) and "let's not pretend the queue is fine" (a
// thing) are none.
bool p15_feigned_understanding(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"pretend", "pretends", "pretending", "pretended"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t j = 0; j + 2 < ws.size(); ++j) {
        if (!one_of(ws[j].first, {"pretend", "pretends", "pretending", "pretended"})) continue;
        auto k = j + 1;
        if (one_of(ws[k].first, {"to", "that"})) ++k;
        bool other = false;
        if (one_of(nth_word(ws, k), {"you", "he", "she", "they", "you're", "he's", "she's"})) {
            other = true;
            ++k;
        }
        if (!one_of(nth_word(ws, k), {"understand", "understands", "know", "knows", "care", "cares", "listen",
                                      "listened", "read", "get", "gets"}))
            continue;
        // Whose pretence: someone named as the subject, or the reader told to stop it.
        bool const told = j > 0 && one_of(ws[j - 1].first, {"stop", "quit"});
        if (j > 0 && one_of(ws[j - 1].first, {"i", "we", "i'll", "we'll"})) continue;
        if (nth_word(ws, j + 1) != "that" && one_of(nth_word(ws, j + 1), {"i", "we"})) continue;
        if (told || (j > 0 && p15_subject_before(c, ws, j)) || (other && ws[j].first == "pretending")) return true;
    }
    return false;
}

// "You're not a real engineer", "he's not an actual PM, he's a note-taker": a person denied their trade. "It's not a
// real database, just a CSV" denies a thing.
bool p15_not_a_real_one(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"real", "actual", "proper", "true"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k + 3 < ws.size(); ++k) {
        if (!one_of(ws[k].first, {"not", "never", "hardly"}) || !one_of(ws[k + 1].first, {"a", "an"}) ||
            !one_of(ws[k + 2].first, {"real", "actual", "proper", "true"}))
            continue;
        auto const n = ws[k + 3].first;
        if (!(person_word(n) || p15_people_noun(n) ||
              one_of(n, {"engineer", "developer", "programmer", "pm", "manager", "designer", "lead", "leader",
                         "maintainer", "professional", "coder", "scientist", "analyst"})))
            continue;
        if (p15_linked_subject(c, ws, k + 1)) return true;
    }
    return false;
}

// "I've lost all respect for Tobias after this", "I have zero respect left for the new director": the writer's regard
// for a person said gone. "We lost respect for the old release process" is a process.
bool p15_respect_lost(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"respect"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k + 2 < ws.size(); ++k) {
        if (ws[k].first != "respect") continue;
        bool lost = false;
        for (std::size_t m = k; m-- > 0 && m + 4 >= k;)
            lost = lost || one_of(ws[m].first, {"lost", "lose", "losing", "zero", "no"});
        if (!lost) continue;
        auto n = k + 1;
        if (ws[n].first == "left") ++n;
        if (nth_word(ws, n) != "for") continue;
        for (auto p = n + 1; p < ws.size() && p <= n + 3; ++p) {
            if (p15_someone_at(c, ws, p) && !one_of(ws[p].first, {"team"})) return true;
            if (!one_of(ws[p].first, {"the", "our", "that", "this", "new", "your", "their"})) break;
        }
    }
    return false;
}

// "Nobody with half a brain would ship this", "anyone with common sense would have asked support first": a want of wit
// implied of whoever did it. "Anyone with admin rights can see the button" needs a right, not a wit.
bool p15_anyone_with_a_brain(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"brain", "brains", "sense", "ounce", "cell", "cells"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 0; k + 3 < ws.size(); ++k) {
        bool const who = one_of(ws[k].first, {"anyone", "anybody", "nobody", "someone", "somebody", "noone"}) ||
                         (ws[k].first == "no" && ws[k + 1].first == "one");
        if (!who) continue;
        auto m = k + (ws[k].first == "no" ? 2 : 1);
        if (!one_of(nth_word(ws, m), {"with", "who"})) continue;
        for (auto n = m + 1; n < ws.size() && n <= m + 5; ++n) {
            auto const w = ws[n].first;
            bool const wit = one_of(w, {"brain", "brains"}) ||
                             (w == "sense" && one_of(ws[n - 1].first, {"common", "any", "basic", "some"})) ||
                             (one_of(w, {"cell", "cells"}) && ws[n - 1].first == "brain");
            if (!wit) continue;
            for (auto p = n + 1; p < ws.size() && p <= n + 3; ++p)
                // "would": what they would have done; "can follow this guide" says the thing is easy.
                if (one_of(ws[p].first, {"would", "knows", "know", "wouldn't", "understands"})) return true;
        }
    }
    return false;
}

// "you're wasting my time", "Stop wasting everyone's time", "he wastes our time every standup": a person charged with
// wasting the writer's or everyone's time. "The flaky test is wasting our time" and "I don't want to waste your time"
// are none.
bool p15_time_wasted(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"wasting", "wastes", "wasted", "waste"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t j = 0; j + 2 < ws.size(); ++j) {
        if (!one_of(ws[j].first, {"wasting", "wastes", "wasted", "waste"}) ||
            !one_of(ws[j + 1].first, {"my", "our", "everyone's", "everybody's", "people's", "everyones"}) ||
            ws[j + 2].first != "time")
            continue;
        bool const told = j > 0 && one_of(ws[j - 1].first, {"stop", "quit"});
        if (told || (j > 0 && p15_subject_before(c, ws, j)) || (j > 0 && p15_linked_subject(c, ws, j))) return true;
    }
    return false;
}

// "We need a REAL UI designer", "get an ACTUAL engineer on this": a trade's name stressed in capitals as what is
// wanted, the one there now denied it. Lower case ("we need a real database", "hire an actual designer, we have none")
// is a resourcing ask.
bool p15_real_one_wanted(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"real", "actual", "proper"});
    if (c.shouting || !any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k + 2 < ws.size(); ++k) {
        auto const w = ws[k].first;
        if (!one_of(w, {"real", "actual", "proper"}) || !one_of(ws[k - 1].first, {"a", "an", "some"})) continue;
        // Every letter a capital.
        bool caps = true;
        for (std::size_t b = 0; b < w.size(); ++b)
            caps = caps && c.orig_byte(ws[k].second + b) >= 'A' && c.orig_byte(ws[k].second + b) <= 'Z';
        if (!caps) continue;
        for (auto m = k + 1; m < ws.size() && m <= k + 3; ++m) {
            auto const n = ws[m].first;
            if (person_word(n) || p15_people_noun(n) ||
                one_of(n, {"engineer", "developer", "programmer", "pm", "manager", "designer", "lead", "leader",
                           "maintainer", "professional", "coder", "architect"}))
                return true;
        }
    }
    return false;
}

// "You're the reason this project is dying", "honestly Dana is the problem here": a person made the cause of what goes
// wrong. "Maya is the reason the launch went smoothly" credits her; "the reason" needs harm after it.
bool p15_person_as_cause(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"reason", "problem", "problems"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k + 1 < ws.size(); ++k) {
        if (ws[k].first != "the" || !one_of(ws[k + 1].first, {"reason", "problem"})) continue;
        if (!p15_linked_subject(c, ws, k)) continue;
        // "the problem here", not "the problem owner" or "the problem statement".
        if (ws[k + 1].first != "reason")
            return k + 2 >= ws.size() ||
                   one_of(ws[k + 2].first, {"here", "now", "not", "and", "but", "again", "too", "in", "on", "around",
                                            "really", "then", "honestly", "frankly", "always", "all"});
        // The harm that follows "the reason".
        auto const from = k + 2 < ws.size() ? ws[k + 2].second : x.e;
        // Harm in words ("is dying", "nobody stays"): not a bug found, nor thanks ("You're the reason I found this
        // bug, thanks for the repro").
        if (has_any(c, sentence_text(c, x), {"thanks", "thank", "grateful", "kudos", "appreciate"})) return false;
        if (has_any(c, c.s.substr(from, x.e - from),
                    {"dying",  "failing", "failed",   "late",   "broken",  "broke",   "quit",   "quitting", "leaving",
                     "left",   "slipped", "slipping", "behind", "stuck",   "mess",    "can't",  "cannot",   "nobody",
                     "no one", "worse",   "losing",   "lost",   "crashed", "sinking", "burning"}))
            return true;
    }
    return false;
}

// "You can't take any criticism", "Some people just can't handle feedback", "he won't take no for an answer": a person
// said unable to bear disagreement. "The parser can't handle feedback loops" is a thing.
bool p15_criticism_unbearable(Context const& c, Sentence const& x) {
    static constexpr auto keys =
        WordBloom::word_hashes({"criticism", "feedback", "wrong", "no", "disagreement", "pushback", "critique"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t j = 1; j + 2 < ws.size(); ++j) {
        if (!one_of(ws[j].first, {"can't", "cannot", "cant", "won't", "doesn't", "don't", "never"})) continue;
        auto k = j + 1;
        if (!one_of(nth_word(ws, k), {"take", "handle", "accept", "stand", "tolerate", "bear"})) continue;
        ++k;
        if (one_of(nth_word(ws, k), {"any", "the", "a", "even", "constructive"})) ++k;
        auto const o = nth_word(ws, k), o2 = nth_word(ws, k + 1);
        bool const bared = (one_of(o, {"criticism", "critique", "disagreement", "pushback"}) ||
                            (o == "feedback" && !one_of(o2, {"loop", "loops", "form", "forms", "widget"})) ||
                            (o == "being" && o2 == "wrong") || (o == "no" && o2 == "for"));
        if (!bared) continue;
        // The subject before the negation ("some people", "you", "the lead").
        auto s = j;
        while (s > 0 && p15_adverb(ws[s - 1].first)) --s;
        if (s > 0 && (p15_someone_at(c, ws, s - 1) || one_of(ws[s - 1].first, {"people", "folks"}))) return true;
    }
    return false;
}

// "He always has to have the last word", "You always need to be right about everything": a person said unable to let
// anyone else be right. "The checksum has to be right before we ship" is a thing.
bool p15_must_win(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"right", "word", "win", "way"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t j = 1; j + 3 < ws.size(); ++j) {
        if (!one_of(ws[j].first, {"has", "have", "need", "needs", "got"}) || ws[j + 1].first != "to") continue;
        auto const a = ws[j + 2].first, b = ws[j + 3].first, d = nth_word(ws, j + 4), e = nth_word(ws, j + 5);
        bool const win = (a == "be" && b == "right" && (d.empty() || one_of(d, {"about", "all", "every", "always"}))) ||
                         (a == "have" && b == "the" && d == "last" && e == "word") ||
                         (a == "win" && one_of(b, {"every", "each", "all"})) ||
                         (a == "get" && one_of(b, {"his", "her", "their", "your"}) && d == "way");
        if (!win) continue;
        // Always, or a person who must.
        bool always = false;
        for (std::size_t m = 0; m < j; ++m) always = always || one_of(ws[m].first, {"always", "forever"});
        if ((always || b == "the" || b == "every") && p15_subject_before(c, ws, j)) return true;
    }
    return false;
}

// "Who made you the boss of the roadmap?", "Who put her in charge of the release anyway?": a person's standing
// challenged. "Who made the call on the retry limit?" and "Who put her on the rota?" ask who.
bool p15_standing_challenged(Context const& c, Sentence const& x) {
    if (!x.question()) return false;
    static constexpr auto keys = WordBloom::word_hashes({"who"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 0; k + 3 < ws.size(); ++k) {
        if (ws[k].first != "who" || !one_of(ws[k + 1].first, {"made", "put", "appointed", "elected", "crowned"}) ||
            !one_of(ws[k + 2].first, {"you", "him", "her", "them", "u"}))
            continue;
        auto const a = ws[k + 3].first, b = nth_word(ws, k + 4);
        if ((a == "in" && b == "charge") || one_of(a, {"boss", "king", "queen", "god", "judge", "gatekeeper"}) ||
            (one_of(a, {"the", "a"}) &&
             one_of(b, {"boss", "king", "queen", "god", "judge", "gatekeeper", "arbiter", "authority", "expert"})))
            return true;
    }
    return false;
}

// "You're being completely unreasonable", "he's being childish about the rename": a person's conduct called by a
// verdict in the progressive. "The API is being slow today" (a thing) and "you're being very patient" (praise) are
// none.
bool p15_being_judged(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"being"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k + 1 < ws.size(); ++k) {
        if (ws[k].first != "being") continue;
        auto m = k + 1;
        while (m < ws.size() && p15_adverb(ws[m].first)) ++m;
        if (m < ws.size() && one_of(ws[m].first, {"very", "incredibly", "extremely", "deliberately", "willfully"})) ++m;
        if (m >= ws.size() ||
            !one_of(ws[m].first, {"unreasonable", "ridiculous", "childish",     "difficult",     "obtuse",
                                  "petty",        "dramatic",   "stubborn",     "dense",         "obstinate",
                                  "hysterical",   "impossible", "rude",         "condescending", "defensive",
                                  "lazy",         "dishonest",  "disingenuous", "paranoid",      "unprofessional",
                                  "absurd",       "hostile",    "dismissive",   "arrogant",      "a"}))
            continue;
        if (ws[m].first == "a" && !one_of(nth_word(ws, m + 1), {"jerk", "bully", "baby", "child", "diva", "troll",
                                                                "hypocrite", "dick", "prick", "pain"}))
            continue;
        if (p15_linked_subject(c, ws, k)) return true;
    }
    return false;
}

// "He doesn't know the first thing about databases", "You wouldn't know a good API if it hit you": knowledge of the
// craft denied to a person in its idioms.
bool p15_first_thing_unknown(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"first", "know"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t j = 1; j + 3 < ws.size(); ++j) {
        if (!one_of(ws[j].first, {"know", "knows"})) continue;
        bool const first = ws[j + 1].first == "the" && ws[j + 2].first == "first" && ws[j + 3].first == "thing";
        bool hit = false;
        for (auto m = j + 2; m + 1 < ws.size() && m <= j + 6; ++m)
            hit = hit || (ws[m].first == "if" && one_of(ws[m + 1].first, {"it", "one"}) &&
                          one_of(nth_word(ws, m + 2), {"hit", "bit", "slapped", "punched"}));
        if (!first && !hit) continue;
        auto s = j;
        if (s > 0 && one_of(ws[s - 1].first, {"doesn't", "don't", "didn't", "wouldn't", "does", "do", "not"})) --s;
        if (s > 0 && ws[s].first == "not" && one_of(ws[s - 1].first, {"does", "do", "did", "would"})) --s;
        if (p15_subject_before(c, ws, s)) return true;
    }
    return false;
}

// "Honestly, the new lead is a walking liability", "she's a total disaster as a PM": a person called a calamity. "The
// old cron is a liability" is a thing, "Dana is a walking encyclopedia on billing" praise.
bool p15_person_a_calamity(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes(
        {"liability", "disaster", "embarrassment", "nightmare", "trainwreck", "catastrophe", "wreck"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 1; k + 1 < ws.size(); ++k) {
        if (!one_of(ws[k].first, {"a", "an"})) continue;
        auto m = k + 1;
        while (m < ws.size() && one_of(ws[m].first, {"walking", "total", "complete", "absolute", "utter", "real",
                                                     "huge", "massive", "genuine", "train"}))
            ++m;
        if (m >= ws.size() || !one_of(ws[m].first, {"liability", "disaster", "embarrassment", "nightmare", "trainwreck",
                                                    "catastrophe", "wreck"}))
            continue;
        if (p15_linked_subject(c, ws, k)) return true;
    }
    return false;
}

// "You couldn't estimate your way out of a paper bag", "Our PM wouldn't recognize a real user if one walked into the
// office": a person's want of the craft in its idioms.
bool p15_paper_bag(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"bag", "recognize", "recognise", "spot"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t j = 1; j + 3 < ws.size(); ++j) {
        if (!one_of(ws[j].first, {"couldn't", "wouldn't", "can't", "could", "would"})) continue;
        bool const bag = [&] {
            for (auto m = j + 2; m + 3 < ws.size() && m <= j + 5; ++m)
                if (ws[m].first == "way" && ws[m + 1].first == "out" && ws[m + 2].first == "of" &&
                    has_phrase(c, sentence_text(c, x), "paper bag"))
                    return true;
            return false;
        }();
        bool seen = false;
        if (one_of(ws[j + 1].first, {"recognize", "recognise", "spot", "know"}))
            for (auto m = j + 2; m + 2 < ws.size() && m <= j + 7; ++m)
                seen = seen || (ws[m].first == "if" && one_of(ws[m + 1].first, {"it", "one", "he", "she", "they"}) &&
                                one_of(ws[m + 2].first, {"hit", "bit", "walked", "slapped", "punched", "came", "showed",
                                                         "sat", "landed"}));
        if ((bag || seen) && p15_subject_before(c, ws, j)) return true;
    }
    return false;
}

// "Why do you insist on making every review a fight?", "why does she insist on reviewing every CSS change?": a person's
// insistence asked about as a reproach. "Why does the importer insist on UTF-16?" is a thing.
bool p15_why_insist(Context const& c, Sentence const& x) {
    if (!x.question()) return false;
    static constexpr auto keys = WordBloom::word_hashes({"insist", "insists"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 0; k + 4 < ws.size(); ++k) {
        if (ws[k].first != "why" || !one_of(ws[k + 1].first, {"do", "does", "did", "must"})) continue;
        auto m = k + 2;
        if (one_of(ws[m].first, {"the", "our", "your"})) ++m;
        if (m + 2 >= ws.size() || !p15_someone_at(c, ws, m)) continue;
        auto v = m + 1;
        while (v < ws.size() && p15_adverb(ws[v].first)) ++v;
        if (v + 1 >= ws.size()) continue;
        // Not "keep doing": "Why do you keep updating it if everything gets worse?" questions the work (real
        // message 1485, labeled no flag).
        // Insisting on a doing ("insist on making every review a fight"), not on a thing ("insist on UTF-8").
        if (ws[v].first == "insist" && ws[v + 1].first == "on" && nth_word(ws, v + 2).ends_with("ing")) return true;
    }
    return false;
}

// "It's embarrassing that a senior engineer can't read a flame graph", "pathetic that the lead doesn't understand
// the ledger": a want of the craft called shameful. "It's embarrassing that the checkout can't handle 50 orders a
// minute" (a thing) and "It's unbelievable that Ana can't get prod access" (a grievance for her) are none.
bool p15_shameful_that(Context const& c, Sentence const& x) {
    static constexpr auto keys =
        WordBloom::word_hashes({"embarrassing", "pathetic", "shameful", "ridiculous", "laughable", "absurd",
                                "unbelievable", "astonishing", "insane", "unacceptable", "sad"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t k = 0; k + 4 < ws.size(); ++k) {
        if (!one_of(ws[k].first, {"embarrassing", "pathetic", "shameful", "ridiculous", "laughable", "absurd",
                                  "unbelievable", "astonishing", "insane", "unacceptable"}) ||
            ws[k + 1].first != "that")
            continue;
        for (auto j = k + 3; j + 1 < ws.size() && j <= k + 7; ++j) {
            if (!one_of(ws[j].first, {"can't", "cannot", "doesn't", "don't", "couldn't", "didn't", "still"})) continue;
            auto const v = ws[j + 1].first;
            // Not "handle" or "use": "can't handle 50 orders", "can't use the VPN" are a thing's or a grievance.
            if (!one_of(v, {"read", "write", "understand", "follow", "estimate", "test", "spell", "code", "figure",
                            "grasp", "explain", "review", "know", "debug"}))
                break;
            if (p15_subject_before(c, ws, j)) return true;
            break;
        }
    }
    return false;
}

// The person15 constructions on sentence `x` (one call site in find_red_flags).
bool p15_person_judged(Context const& c, Sentence const& x) {
    return p15_faculty_lacked(c, x) || p15_short_of_role(c, x) || p15_ruined_by_person(c, x) || p15_vice_shown(c, x) ||
           p15_bad_faith_try(c, x) || p15_people_ranked_below(c, x) || p15_bad_at_job(c, x) || p15_other_planet(c, x) ||
           p15_harm_deserved(c, x) || p15_time_elsewhere(c, x) || p15_habit_tagged(c, x) ||
           p15_least_care_lacked(c, x) || p15_hostility_imputed(c, x) || p15_conduct_held_to_role(c, x) ||
           p15_all_they_care(c, x) || p15_novice_would_do_better(c, x) || p15_sent_away(c, x) ||
           p15_trade_never_thinks(c, x) || p15_same_mistakes(c, x) || p15_feigned_understanding(c, x) ||
           p15_not_a_real_one(c, x) || p15_respect_lost(c, x) || p15_anyone_with_a_brain(c, x) ||
           p15_time_wasted(c, x) || p15_real_one_wanted(c, x) || p15_person_as_cause(c, x) ||
           p15_criticism_unbearable(c, x) || p15_must_win(c, x) || p15_standing_challenged(c, x) ||
           p15_being_judged(c, x) || p15_first_thing_unknown(c, x) || p15_person_a_calamity(c, x) ||
           p15_paper_bag(c, x) || p15_why_insist(c, x) || p15_shameful_that(c, x);
}

// Sarcasm the rules found, and a sentence of the writer's that credits a named person: the irony is aimed at them.
void p15_irony_at_named_person(Context const& c, Analysis& a) {
    if (std::ranges::find(a.red_flags, RedFlag::sarcasm) == a.red_flags.end() ||
        std::ranges::find(a.red_flags, RedFlag::person_directed) != a.red_flags.end())
        return;
    static constexpr auto keys =
        WordBloom::word_hashes({"kudos", "congrats", "congratulations", "props", "bravo", "thanks", "idea", "plan",
                                "call", "move", "estimate", "decision", "work", "thinking", "planning"});
    if (!any_word(c, keys)) return;
    Flagger f{c, a};
    for (auto const& x : c.sentences)
        if (!c.mostly_quoted(x.b, x.e) && p15_named_person_credited(c, x)) {
            f.flag(RedFlag::person_directed, x.b, x.e);
            return;
        }
}

}  // namespace
// --- person15: end ---

// --- trial13: the general shapes behind the trial's illegitimate reasons and its second flags (coaching dev29),
// each read from a clause's grammar and a small class of words: the writer's own thing vouched for with nothing
// measured ("Mine works.", "Mine from the hackathon looked way better", "I trust it more than any of the new options"),
// oversight of the writer's own thing refused ("I've owned the detection rules for five years, I don't need a design
// review"), others kept off the writer's own thing ("Nobody on the data team touches my DAGs"), the writer's own work
// extolled or held indispensable ("it's the best thing in this codebase", "nobody knows them like I do, since I wrote
// them"), a thing's old look wanted back or its identity said lost ("it just doesn't feel like a POS anymore"), a
// person judged by what they never did and mock deference ("because obviously the person who's never set foot on an
// ops floor knows best"). Near misses in tests/detector/trial13_test.cpp. ---
namespace {

// A noun of the writer's own work after "my" / "my own": "my branch", "my version", "my scheduler" ("my laptop", "my
// team", "my manager" are no work of theirs to vouch for).
bool t13_work_noun(std::string_view w) {
    return one_of(
        w, {"way",       "approach",  "design",    "version",   "branch",    "implementation", "code",     "solution",
            "setup",     "set-up",    "method",    "script",    "scripts",   "schema",         "model",    "prototype",
            "build",     "config",    "layout",    "mockup",    "mock",      "draft",          "proposal", "plan",
            "pipeline",  "query",     "library",   "lib",       "parser",    "tool",           "fix",      "patch",
            "pr",        "scheduler", "service",   "module",    "system",    "engine",         "index",    "jobs",
            "job",       "ui",        "component", "framework", "stack",     "architecture",   "rules",    "dags",
            "dag",       "repo",      "codebase",  "one",       "thing",     "work",           "tables",   "logic",
            "algorithm", "process",   "workflow",  "format",    "structure", "pattern",        "api"});
}

// Word `i` starts a reference to the writer's own thing: "mine", "mine's", "my (own) <work>", "the one I wrote", "the
// <noun> I built". Sets `end` to the index after the reference.
bool t13_own_ref(SentenceWords const& ws, std::size_t i, std::size_t& end) {
    auto const w = ws[i].first;
    if (w == "mine" || w == "mine's") {
        // "a friend of mine", "of mine" after a noun is a possession, not a thing vouched for.
        if (i > 0 && ws[i - 1].first == "of") return false;
        end = i + 1;
        return true;
    }
    if (w == "my") {
        // "my own" and whatever follows it; else a noun of work right after "my" or one word on.
        if (nth_word(ws, i + 1) == "own") {
            end = i + 2;
            if (t13_work_noun(nth_word(ws, end))) ++end;
            return true;
        }
        for (auto n = i + 1; n < ws.size() && n <= i + 2; ++n)
            if (t13_work_noun(ws[n].first)) {
                end = n + 1;
                return true;
            }
        return false;
    }
    // "the one I wrote", "the rate limiter I built last year", "what I set up".
    if (one_of(w, {"the", "what"})) {
        for (auto k = i + 1; k + 1 < ws.size() && k <= i + 4; ++k)
            if (one_of(ws[k].first, {"i", "i've"}) &&
                one_of(ws[k + 1].first, {"wrote", "built", "made", "designed", "tuned", "hand-tuned", "set", "hacked",
                                         "put", "created"}) &&
                k > i + 1) {
                end = k + 2;
                if (nth_word(ws, end) == "up" || nth_word(ws, end) == "together") ++end;
                return true;
            }
    }
    return false;
}

// A verdict on the thing with nothing measured, right after it (within twelve words, no turn or new subject between):
// "works", "does the job", "is fine", "looked way better", "is cleaner and faster", "beats X", "is the better one"
// (`comparative_only`: only a claim above the rest).
bool t13_verdict_after(SentenceWords const& ws, std::size_t from, bool comparative_only) {
    for (auto k = from; k < ws.size() && k <= from + 11; ++k) {
        auto const w = ws[k].first;
        if (one_of(w, {"but",   "because", "since", "though", "although", "if",    "when",  "unless",    "except",
                       "yours", "than",    "you",   "your",   "they",     "their", "users", "customers", "let's",
                       "lets",  "we",      "i",     "i've",   "i'm",      "i'd",   "hers",  "his",       "theirs"}))
            return false;
        // "works", "works fine", "just works": the clause ends on it or on a word of how well.
        if (!comparative_only && one_of(w, {"works", "worked"})) {
            auto const n = nth_word(ws, k + 1);
            return n.empty() || one_of(n, {"fine", "great", "perfectly", "well", "ok", "okay", "and", "already", "just",
                                           "so", "we're", "we", "it's"});
        }
        if (one_of(w, {"better", "cleaner", "faster", "simpler", "nicer", "superior", "beats", "best", "prettier",
                       "smarter", "sturdier", "solid", "rock-solid"}))
            return true;
        if (comparative_only) continue;
        if (w == "does" && nth_word(ws, k + 1) == "the" && nth_word(ws, k + 2) == "job") return true;
        // "is fine", "is fine as it is", "is fine the way it is" (not "is fine for staging").
        if (one_of(w, {"is", "was", "'s"}) && one_of(nth_word(ws, k + 1), {"fine", "good", "great", "perfect"}) &&
            (k + 2 >= ws.size() || one_of(nth_word(ws, k + 2), {"as", "the", "and", "so"})))
            return true;
    }
    return false;
}

// "let's use mine", "we keep my scheduler", "go with my branch", "we're sticking with the one I wrote": the writer's
// own thing chosen. Word `i` is the start of the reference.
bool t13_chosen_before(SentenceWords const& ws, std::size_t i) {
    for (std::size_t b = i; b-- > 0 && b + 3 >= i;) {
        auto const w = ws[b].first;
        if (one_of(w, {"use", "keep", "using", "keeping", "ship", "shipping"})) return true;
        if (one_of(w, {"with"}) && b > 0 &&
            one_of(ws[b - 1].first, {"go", "going", "stick", "sticking", "stay", "staying"}))
            return true;
    }
    return false;
}

// "I trust it more than any of the new options", "I trust my own scheduler more than any vendor library": the
// writer's trust in their own thing put above the alternatives. `own_made` says the draft's "it" is the writer's work.
bool t13_trust_over(SentenceWords const& ws, bool own_made) {
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"trust"}) || i == 0 || !one_of(ws[i - 1].first, {"i", "just", "still", "really"}))
            continue;
        std::size_t end = 0;
        bool const own = t13_own_ref(ws, i + 1, end) ||
                         (own_made && one_of(ws[i + 1].first, {"it", "them", "this", "that"}) && (end = i + 2, true));
        if (!own) continue;
        for (auto k = end; k + 1 < ws.size() && k <= end + 4; ++k)
            if ((ws[k].first == "more" && ws[k + 1].first == "than") || ws[k].first == "over") return true;
    }
    return false;
}

// A refusal of the alternative in the draft: "We're not switching.", "no need to test it with users", "instead",
// "over the vendor one", a comparison "than".
bool t13_alternative_refused(Context const& c) {
    return has_any(c, c.s,
                   {"not switching", "not changing", "not moving", "not migrating", "not replacing", "we're keeping",
                    "we keep", "no need to", "don't need to", "instead", "than any", "than the new", "than whatever",
                    "over the new", "no reason to switch", "no reason to change"});
}

// The writer's own thing vouched for, sentence `x`: a verdict on it, or it chosen with a verdict in the draft, or
// trust in it put above the rest. `own_made`: the writer's making of a thing is said in the draft.
bool t13_own_thing_vouched(Context const& c, Sentence const& x, bool own_made) {
    if (!any_word(c, WordBloom::word_hashes({"mine", "mine's", "my", "i", "i've"}))) return false;
    auto const& ws = words_of(c, x);
    // "My approach is better because it avoids the lock": a reason given.
    if (has_any(c, sentence_text(c, x), {"because", "since", "so that", "due to"})) return false;
    if (t13_trust_over(ws, own_made)) return true;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        std::size_t end = 0;
        if (!t13_own_ref(ws, i, end)) continue;
        // "Mine works on staging but fails on prod": the verdict is the clause's and ends it.
        // Where the writer's making is said ("I built the current batch system ... and mine works"), that it works or
        // is kept is the ground of attachment; only a claim above the rest ("mine is better") is the writer's way.
        if (t13_verdict_after(ws, end, own_made)) return true;
        // "let's use mine", "we keep my retry logic": chosen, and the draft refuses the alternative.
        if (!own_made && t13_chosen_before(ws, i) && t13_alternative_refused(c)) return true;
    }
    return false;
}

// The writer's claim on the thing, in the draft: "I own", "I've owned", "I've run X since", "I maintain", "it's mine",
// "my (own) service".
bool t13_claims_own(Context const& c) {
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i < ws.size(); ++i) {
            auto const w = ws[i].first;
            if (one_of(w, {"mine", "mine's"}) && !(i > 0 && ws[i - 1].first == "of")) return true;
            std::size_t end = 0;
            if (w == "my" && t13_own_ref(ws, i, end)) return true;
            // "the booking API is my area", "it's my baby": the thing said to be the writer's.
            if (w == "my" && i > 0 && one_of(ws[i - 1].first, {"is", "it's", "its", "that's", "was"}) &&
                i + 1 < ws.size())
                return true;
            if (!one_of(w, {"i", "i've", "ive", "we", "we've"})) continue;
            auto k = i + 1;
            if (one_of(nth_word(ws, k), {"have", "always", "basically", "single-handedly"})) ++k;
            if (nth_word(ws, k) == "looked" && nth_word(ws, k + 1) == "after") ++k;
            if (one_of(nth_word(ws, k),
                       {"own", "owned", "run", "maintain", "maintained", "built", "wrote", "designed", "after"}) &&
                one_of(nth_word(ws, k + 1), {"the", "this", "that", "it", "these", "those", "our", "all", "every"}))
                return true;
        }
    }
    return false;
}

// "I don't need a design review for it", "I shouldn't need anyone's sign-off", "it doesn't need your approval":
// oversight of the thing refused by the writer. ("I'd like a design review" asks for it; "We don't need a design review
// for a copy change" names the change's size.)
bool t13_oversight_refused(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"need", "needs", "asking", "ask", "wait", "waiting"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        auto const w = ws[i].first;
        bool const refuse = one_of(w, {"don't", "dont", "shouldn't", "won't", "doesn't", "not"}) ||
                            (w == "no" && nth_word(ws, i + 1) == "need");
        if (!refuse) continue;
        // The writer refuses: "I don't need", "I'm not asking", "I won't wait for".
        bool writer = false;
        for (std::size_t b = i; b-- > 0 && b + 2 >= i;) writer = writer || one_of(ws[b].first, {"i", "i'm", "im"});
        if (!writer && w != "no") continue;
        auto k = i + 1;
        if (one_of(nth_word(ws, k), {"need", "needs", "asking", "ask", "wait", "waiting", "want"}))
            ++k;
        else
            continue;
        for (auto n = k; n < ws.size() && n <= k + 6; ++n) {
            auto const o = ws[n].first;
            // The family of oversight by its stem: "review", "reviewing", "approval", "approving", "signing off".
            bool const oversight = o.starts_with("review") || o.starts_with("approv") || o.starts_with("sign-off") ||
                                   o.starts_with("signoff") || o.starts_with("permission") || o.starts_with("bless") ||
                                   one_of(o, {"oversight", "input", "opinions", "ok", "okay", "go-ahead"}) ||
                                   (one_of(o, {"sign", "signing", "signs"}) && nth_word(ws, n + 1) == "off");
            if (oversight) {
                // The change's size is the reason: "for a copy change", "a one-line fix".
                auto const rest = c.s.substr(ws[n].second, x.e - ws[n].second);
                for (std::string_view small : {"typo", "one-line", "one line", "1-line", "copy change", "string",
                                               "small", "tiny", "trivial", "minor", "cosmetic"})
                    if (rest.contains(small)) return false;
                return true;
            }
        }
    }
    return false;
}

// "Nobody on the data team touches my DAGs", "no one else edits it", "no other team pushes to my repo": others kept off
// the writer's own thing (the object is the writer's: "my", "our", "mine", or "it" when the draft claims it).
bool t13_others_kept_off(Context const& c, Sentence const& x, bool claimed) {
    if (!any_word(c, WordBloom::word_hashes({"nobody", "no", "none"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (!(one_of(w, {"nobody"}) || (w == "no" && one_of(ws[i + 1].first, {"one", "other", "one's"})) ||
              (w == "none" && ws[i + 1].first == "of")))
            continue;
        for (auto k = i + 1; k + 1 < ws.size() && k <= i + 6; ++k) {
            if (!one_of(ws[k].first, {"touches", "touch", "edits", "edit", "changes", "modifies", "merges", "pushes",
                                      "commits", "refactors", "deploys", "gets", "goes"}))
                continue;
            auto n = k + 1;
            if (ws[k].first == "gets" && nth_word(ws, n) == "to") n += 2;
            if (one_of(nth_word(ws, n), {"into", "to", "in", "near"})) ++n;
            auto const o = nth_word(ws, n);
            if (one_of(o, {"my", "mine", "our"}) || (claimed && one_of(o, {"it", "them", "this", "that"}))) return true;
            break;
        }
    }
    return false;
}

// The writer's work extolled or held indispensable, with the writer's making said in the draft: "it's the best thing in
// this codebase", "nobody knows them like I do", "I'm not ready to let it go", "let's keep the batch jobs", "I'd rather
// we kept it".
bool t13_own_work_held(Context const& c, Sentence const& x, Sentence const* made) {
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first;
        // "the best thing in this codebase", "the best code I've written", "the best work we have".
        if (w == "best" && i > 0 && ws[i - 1].first == "the" &&
            one_of(nth_word(ws, i + 1), {"thing", "code", "work", "part", "piece", "module", "service", "system"}))
            return true;
        // "nobody knows them like I do", "no one knows it better than me".
        if ((w == "nobody" || (w == "no" && ws[i + 1].first == "one")) &&
            one_of(nth_word(ws, w == "no" ? i + 2 : i + 1), {"knows", "understands"})) {
            for (auto k = i + 2; k + 1 < ws.size() && k <= i + 8; ++k)
                if ((ws[k].first == "like" && one_of(ws[k + 1].first, {"i", "me"})) ||
                    (ws[k].first == "better" && ws[k + 1].first == "than"))
                    return true;
        }
        // "not ready to let it go", "can't let it go".
        if (w == "let" && one_of(ws[i + 1].first, {"it", "them", "this", "that"}) && nth_word(ws, i + 2) == "go") {
            for (std::size_t b = i; b-- > 0 && b + 4 >= i;)
                if (one_of(ws[b].first, {"not", "can't", "cant", "won't", "never", "hate", "hard"})) return true;
        }
        // "I'd hate to see it replaced", "I'd hate to lose it", "it would be sad to bin it": its loss regretted.
        if (one_of(w, {"hate", "sad", "shame", "painful", "heartbreaking"}) && ws[i + 1].first == "to" &&
            one_of(nth_word(ws, i + 2), {"lose", "see", "bin", "kill", "scrap", "drop", "retire", "replace", "throw"}))
            return true;
        // "we're keeping it", "we keep them": the keeping decreed.
        if (one_of(w, {"keeping", "keep"}) && i > 0 &&
            (one_of(ws[i - 1].first, {"we're", "were", "i'm"}) || (ws[i - 1].first == "we" && w == "keep") ||
             (ws[i - 1].first == "so" && w == "keep")) &&
            one_of(ws[i + 1].first, {"it", "them", "this", "that"}))
            return true;
        // "let's keep the batch jobs", "I'd rather we kept it", "we should keep them".
        if (one_of(w, {"keep", "kept"})) {
            bool wished = false;
            for (std::size_t b = i; b-- > 0 && b + 3 >= i;)
                wished = wished || one_of(ws[b].first, {"let's", "lets", "should", "rather", "want", "prefer", "i'd",
                                                        "we'd", "please", "hope"});
            if (!wished) continue;
            if (one_of(ws[i + 1].first, {"it", "them", "my", "our"})) return true;
            // "keep the batch jobs": the thing kept is named where the writer's making is said ("keep the flag on"
            // beside "I built the export" keeps no work of theirs).
            if (made != nullptr && one_of(ws[i + 1].first, {"the", "those", "these", "this", "that"}))
                for (auto k = i + 2; k < ws.size() && k <= i + 4; ++k)
                    if (ws[k].first.size() >= 4 && has_phrase(c, sentence_text(c, *made), ws[k].first)) return true;
        }
    }
    return false;
}

// "go back to flat", "bring back the square ones", "revert to the old icons", "put the blue back": an earlier look
// wanted back, a look word or "old" before a thing of looks.
bool t13_old_look_wanted(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"back", "revert", "restore"}))) return false;
    auto const& ws = words_of(c, x);
    auto const look = [](std::string_view w) {
        return one_of(w, {"square", "round", "rounded", "flat",  "boxy",   "sharp",  "blue",  "green",
                          "red",    "grey",  "gray",    "dark",  "light",  "serif",  "sans",  "bold",
                          "thin",   "plain", "white",   "black", "purple", "orange", "pastel"});
    };
    auto const thing = [](std::string_view w) {
        return one_of(
            w, {"ones",    "one",     "buttons", "button", "icons", "icon",   "font",     "fonts",  "colours", "colors",
                "colour",  "color",   "theme",   "layout", "look",  "design", "style",    "cards",  "pins",    "logo",
                "palette", "corners", "screen",  "ui",     "skin",  "header", "typeface", "version"});
    };
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first;
        std::size_t k = 0;
        if (one_of(w, {"go", "going", "switch", "switching", "change", "revert", "reverting", "bring", "put", "roll",
                       "return", "restore"}) &&
            (ws[i + 1].first == "back" || one_of(w, {"revert", "reverting", "return", "restore"})))
            k = ws[i + 1].first == "back" ? i + 2 : i + 1;
        else
            continue;
        if (nth_word(ws, k) == "to") ++k;
        if (one_of(nth_word(ws, k), {"the", "our", "those", "that", "a"})) ++k;
        auto const a = nth_word(ws, k);
        if (look(a) && (k + 1 >= ws.size() || thing(ws[k + 1].first) || !thing(a))) return true;
        if (one_of(a, {"old", "previous", "original"}) && thing(nth_word(ws, k + 1)) &&
            !one_of(nth_word(ws, k + 1), {"one", "ones", "version", "screen", "design"}))
            return true;
    }
    // "Put the blue back.", "bring the square corners back".
    for (std::size_t i = 0; i + 3 < ws.size(); ++i)
        if (one_of(ws[i].first, {"put", "bring"}) && ws[i + 1].first == "the" && look(ws[i + 2].first) &&
            (ws[i + 3].first == "back" || (thing(ws[i + 3].first) && nth_word(ws, i + 4) == "back")))
            return true;
    return false;
}

// "it just doesn't feel like a POS anymore", "doesn't look like a receipt any more", "no longer feels like our app":
// the thing's identity said lost by its look or feel.
bool t13_identity_lost(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"anymore", "longer", "more"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        auto const w = ws[i].first;
        bool const lost = one_of(w, {"doesn't", "dont", "doesnt", "don't"}) ||
                          (w == "not" && i > 0 && one_of(ws[i - 1].first, {"does", "do"})) ||
                          (w == "longer" && i > 0 && ws[i - 1].first == "no");
        if (!lost) continue;
        auto const v = ws[i + 1].first;
        if (!one_of(v, {"feel", "look", "seem", "feels", "looks", "seems"}) || ws[i + 2].first != "like") continue;
        if (!one_of(ws[i + 3].first, {"a", "an", "our", "the", "my", "us", "itself"})) continue;
        // A clause after "like" ("doesn't look like the fix is in") infers; "anymore" or "no longer" says it was lost.
        if (w == "longer") return true;
        for (auto k = i + 4; k < ws.size() && k <= i + 8; ++k) {
            if (one_of(ws[k].first, {"is", "are", "was", "were", "will", "has", "have", "got"})) break;
            if (ws[k].first == "anymore" || (ws[k].first == "more" && ws[k - 1].first == "any")) return true;
        }
    }
    return false;
}

// An ironic adverb ("obviously", "clearly", "of course") before "knows best" / "knows better": mock deference.
// "Sam knows best how the dispatch floor works" and "the vendor knows their API best" defer in earnest.
bool t13_mock_deference(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"best", "better"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"knows", "know"}) || !one_of(ws[i + 1].first, {"best", "better"})) continue;
        for (std::size_t b = i; b-- > 0 && b + 14 >= i;)
            if (one_of(ws[b].first, {"obviously", "clearly", "naturally", "surely"}) ||
                (ws[b].first == "course" && b > 0 && ws[b - 1].first == "of"))
                return true;
    }
    return false;
}

// Irony in the draft: an ironic adverb at a clause's head, mock praise in a fragment, a clap or an eye-roll.
bool t13_ironic_draft(Context const& c) {
    for (std::string_view e : {"\xF0\x9F\x91\x8F", ":clap:", "\xF0\x9F\x99\x84", ":eye_roll:", ":roll_eyes:"})
        if (c.orig.contains(e)) return true;
    return has_any(c, c.s,
                   {"because obviously", "since obviously", "because clearly", "since clearly", "of course",
                    "obviously", "clearly", "sure,", "brilliant", "genius", "love it", "bravo", "wonderful",
                    "great plan", "great idea", "amazing", "what could go wrong"});
}

// Praise opening the draft as a fragment ("Great plan, Lena 👏 because ...", "Love it.", "Wonderful, ...") or a clap or
// an eye-roll in it: the turn that makes a judgment beside it sarcastic.
bool t13_mock_opener(Context const& c) {
    for (std::string_view e : {"\xF0\x9F\x91\x8F", ":clap:", "\xF0\x9F\x99\x84", ":eye_roll:", ":roll_eyes:"})
        if (c.orig.contains(e)) return true;
    if (c.sentences.empty()) return false;
    auto const& ws = words_of(c, c.sentences.front());
    return !ws.empty() && one_of(ws[0].first, {"great", "wonderful", "brilliant", "love", "amazing", "genius", "bravo",
                                               "perfect", "fantastic", "awesome", "nice"});
}

// "the person who's never set foot on an ops floor", "someone who has never been on call", "the guy who's never opened
// the codebase": a person picked out by what they never did, in a draft that is ironic about them or gives them the
// say ("... decides what growers need", "... is estimating it"). "The person who has never used the tool is the best
// tester" and "we need someone who has never seen the app" single out no one to judge.
bool t13_judged_by_never(Context const& c, Sentence const& x, bool ironic) {
    if (!any_word(c, WordBloom::word_hashes({"never"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"person", "someone", "somebody", "guy", "people", "folks", "pm", "intern", "manager",
                                  "exec", "executive", "lead", "director", "vp", "architect", "consultant", "one"}))
            continue;
        auto k = i + 1;
        if (!one_of(nth_word(ws, k), {"who", "who's", "whos", "that"})) continue;
        ++k;
        if (one_of(nth_word(ws, k), {"has", "have", "had", "'s"})) ++k;
        if (nth_word(ws, k) != "never" && !(ws[k - 1].first == "who's" && nth_word(ws, k) == "never")) continue;
        // The one so picked out is given the say, or the draft is ironic.
        bool say = false;
        for (auto n = k + 2; n < ws.size() && n <= k + 12; ++n)
            say =
                say || one_of(ws[n].first, {"decides",   "decide",   "deciding",  "knows",   "estimating", "estimates",
                                            "designing", "designs",  "planning",  "plans",   "gets",       "writing",
                                            "writes",    "sets",     "setting",   "picks",   "picking",    "chooses",
                                            "choosing",  "dictates", "dictating", "telling", "tells"});
        // Not "we need someone who has never seen it", "ask someone who has never used it".
        bool const sought =
            i > 0 && one_of(ws[i - 1].first == "a" || ws[i - 1].first == "the" ? nth_word(ws, i - 2) : ws[i - 1].first,
                            {"need", "needs", "find", "ask", "recruit", "want", "get", "like"});
        if ((say || ironic) && !sought) return true;
    }
    return false;
}

// "no need to test it with users", "without asking customers": the check with users waved off, which defers nothing.
bool t13_users_waved(Context const& c) {
    if (!any_word(c, WordBloom::word_hashes({"users", "customers"}))) return false;
    for (auto const& x : c.sentences) {
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i < ws.size(); ++i) {
            if (!one_of(ws[i].first, {"users", "customers"})) continue;
            for (std::size_t b = i; b-- > 0 && b + 7 >= i;)
                if (one_of(ws[b].first, {"without", "skip", "skipping"}) ||
                    (ws[b].first == "need" && b > 0 && one_of(ws[b - 1].first, {"no", "don't", "dont"})))
                    return true;
        }
    }
    return false;
}

// "I'm not sure X is the right way to go?", "is this the correct approach?": the right way doubted or asked about, no
// way of the writer's claimed.
bool t13_way_doubted(Context const& c, Hit const& h) {
    auto const t = c.s.substr(h.begin, h.end - h.begin);
    if (!t.contains("right") && !t.contains("correct")) return false;
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    if (x->question()) return true;
    bool doubt = false;
    words_before(c.s, x->b, h.begin, 10, [&](std::string_view w, std::uint32_t) {
        doubt = one_of(w, {"sure", "unsure", "whether", "wonder", "wondering", "doubt", "question", "convinced"});
        return doubt;
    });
    return doubt;
}

// A particular in digits or a reading with its unit ("3 of 5 checks", "40%", "$2k", "800 ms"); a word of what could be
// measured ("rate limiter", "latency") measures nothing by itself.
bool t13_measured(Context const& c) {
    return particular_given(c) || c.has(Lex::unit_percent) || c.has(Lex::unit_money) ||
           std::ranges::any_of(c.hits, [&](Hit const& h) {
               return h.lex == Lex::unit && !c.in_quote(h.begin, h.end) && h.begin >= 2 &&
                      (c.s[h.begin - 1] == ' ' ? c.s[h.begin - 2] : c.s[h.begin - 1]) >= '0' &&
                      (c.s[h.begin - 1] == ' ' ? c.s[h.begin - 2] : c.s[h.begin - 1]) <= '9';
           });
}

// The writer's making of a thing said in sentence `x`: effort_said's verbs, or one done by hand ("I hand-tuned the
// index", "I hand-rolled it", "since I wrote them").
bool t13_made(Context const& c, Sentence const& x) {
    if (effort_said(c, x)) return true;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"i", "i've", "ive"})) continue;
        auto k = i + 1;
        if (one_of(nth_word(ws, k), {"have", "had", "personally", "basically", "originally", "literally"})) ++k;
        if (nth_word(ws, k) == "hand") ++k;  // "hand-tuned" read as two words
        auto const v = nth_word(ws, k);
        if ((v.starts_with("hand-") ||
             one_of(v, {"wrote", "built", "tuned", "coded", "rewrote", "implemented", "made"})) &&
            one_of(nth_word(ws, k + 1),
                   {"the", "it", "them", "this", "that", "these", "those", "every", "all", "most"}))
            return true;
    }
    return false;
}

// "I can't stand the new rounded cards", "I hate those gradient buttons": the writer's loathing of a thing of looks.
bool t13_look_loathed(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"stand", "hate", "loathe", "despise", "detest"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 2 < ws.size(); ++i) {
        auto const w = ws[i].first;
        auto k = i + 1;
        bool const loathed = (w == "stand" && one_of(ws[i - 1].first, {"can't", "cant", "cannot"})) ||
                             (one_of(w, {"hate", "loathe", "despise", "detest"}) &&
                              one_of(ws[i - 1].first, {"i", "really", "just", "honestly", "absolutely"}));
        if (!loathed) continue;
        if (!t11_writer_before(ws, i, 3)) continue;
        if (!one_of(nth_word(ws, k), {"the", "those", "these", "that", "this", "our", "its", "their"})) continue;
        for (auto n = k + 1; n < ws.size() && n <= k + 4; ++n)
            if (one_of(ws[n].first,
                       {"cards",   "card",      "buttons",  "button",  "icons",    "icon",          "font", "fonts",
                        "colours", "colors",    "colour",   "color",   "theme",    "layout",        "logo", "palette",
                        "corners", "gradients", "gradient", "shadows", "typeface", "illustrations", "pins", "look"})) {
                // Nothing said after it but taste ("..., they hide the total on mobile" gives a reason: what the
                // thing does, said by a pronoun or a cause after it).
                if (one_of(nth_word(ws, n + 1), {"they", "they're", "it", "it's", "which", "because", "since", "as"}) &&
                    n + 3 < ws.size())
                    return false;
                return !says_more_than_taste(c, ws[n].second + static_cast<std::uint32_t>(ws[n].first.size()), x.e);
            }
    }
    return false;
}

// A thing of looks named in the draft (a layout, a screen's design, a font), not the verb "look".
bool t13_look_thing_named(Context const& c) {
    return std::ranges::any_of(c.hits, [&](Hit const& h) {
        return h.lex == Lex::visual && !c.in_quote(h.begin, h.end) &&
               !one_of(c.s.substr(h.begin, h.end - h.begin), {"look", "looks", "looking", "looked"});
    });
}

// "Nobody touches the prod database during the freeze, that's the change board's rule": others kept off a thing in a
// draft with no first person at all (no "I", "my", "we", "our") keep no territory of the writer's; it is a rule.
bool t13_rule_not_mine(Context const& c, Hit const& h) {
    std::string_view first, second;
    words_after(c.s, h.begin, h.end, 2, [&](std::string_view w, std::uint32_t) {
        (first.empty() ? first : second) = w;
        return !second.empty();
    });
    if (first != "nobody" && !(first == "no" && second == "one")) return false;
    return !any_word(c, WordBloom::word_hashes({"i", "me", "my", "mine", "i'm", "i've", "i'll", "i'd", "myself", "we",
                                                "our", "ours", "us", "we're", "we've", "we'll"}));
}

void t13_find_motives(Context const& c, Analysis& a, bool evidenced) {
    Flagger f{c, a};
    // A particular in digits or a reading with its unit (the detector's `evidenced` also counts an event named, "a
    // regression", "by hand", which measures nothing of the writer's thing).
    (void)evidenced;
    bool const measured = t13_measured(c);
    bool made = false;
    for (auto const& x : c.sentences) made = made || (!c.mostly_quoted(x.b, x.e) && t13_made(c, x));
    bool const claimed = t13_claims_own(c);
    for (std::size_t i = 0; i < c.sentences.size(); ++i) {
        auto const& x = c.sentences[i];
        if (c.mostly_quoted(x.b, x.e)) continue;
        if (!measured && t13_own_thing_vouched(c, x, made)) f.reason(Reason::my_way, x.b, x.e);
        if (claimed && (t13_oversight_refused(c, x) || t13_others_kept_off(c, x, claimed)))
            f.reason(Reason::territorial, x.b, x.e);
        // The writer's making said in this sentence or one beside it.
        Sentence const* near_made = nullptr;
        for (auto j = i == 0 ? 0 : i - 1; j < c.sentences.size() && j <= i + 1 && near_made == nullptr; ++j)
            if (t13_made(c, c.sentences[j])) near_made = &c.sentences[j];
        if (!measured && near_made != nullptr && t13_own_work_held(c, x, near_made))
            f.reason(Reason::attachment, x.b, x.e);
        if (!praise_only(c) && !measured && !c.has(Lex::reason_cue) &&
            ((t13_old_look_wanted(c, x) && !says_more_than_taste(c, x.b, x.e)) || t13_look_loathed(c, x) ||
             (t13_identity_lost(c, x) && t13_look_thing_named(c))))
            f.reason(Reason::aesthetic, x.b, x.e);
    }
}

void t13_find_red_flags(Context const& c, Analysis& a) {
    Flagger f{c, a};
    bool const ironic = t13_ironic_draft(c);
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        if (t13_mock_deference(c, x)) f.flag(RedFlag::sarcasm, x.b, x.e);
        if (t13_judged_by_never(c, x, ironic)) {
            f.flag(RedFlag::person_directed, x.b, x.e);
            if (t13_mock_opener(c)) f.flag(RedFlag::sarcasm, x.b, x.e);
        }
    }
}

}  // namespace

bool t13_users_check_waved(Context const& c) { return t13_users_waved(c); }
// --- trial13: end ---

// --- real14: real people's words (coaching dev30), each a general shape written in many wordings before the rule:
// the writer's own unfamiliarity with a tool and a refusal beside it ("I personally don't use TypeScript and don't
// want to change my projects to it", "My Go knowledge is too limited to keep contributing"; "I don't know TypeScript
// yet, so the estimate has two extra weeks of ramp-up" is a cost, and "I don't know it myself, but ..." argues the
// other way), new tools scorned for their newness with the current one kept ("unlike all the fly-by-night frameworks,
// jQuery just works"), the craft's great names in place of evidence ("All the pioneers, Fowler, Beck, tell us ..."),
// the writer's credentials beside a verdict of ease or rightness ("I'm an accomplished architect and it was a breeze"),
// everyone else told they would be better off with the writer's tool, a person's motive dismissed ("complaining for the
// sake of complaining"), a role's failing held up as the reader's ("a sign of a dysfunctional project manager"), the
// knowledge to judge denied to the reader ("You don't have practical knowledge of ..."), a person asked how they could
// fail so ("how did you fuck this up", "how could you forget ..."), a crime charged ("This is fraud"), a lack of a
// person's virtue called astounding, the writer's whole chain of command copied in, a code style met with disgust
// ("Seriously WTF is up with those"), and taste left to the reader ("I prefer spaces, but it's up to you") or added as
// a bonus to a measured change. Near misses in tests/detector/real14_test.cpp. ---
namespace {

// The writer's refusal somewhere in their own words: "don't want to", "stop contributing", "count me out".
bool r14_refusal(Context const& c) {
    static constexpr auto keys =
        WordBloom::word_hashes({"want", "going", "won't", "stop", "count", "plan", "interested", "interest", "willing",
                                "refuse", "rather", "continue", "keep", "out", "time"});
    if (!any_word(c, keys)) return false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const t = sentence_text(c, x);
        if (has_any(c, t, {"don't want",           "do not want",    "dont want",         "don't particularly want",
                           "don't really want",    "not going to",   "stop contributing", "quit contributing",
                           "count me out",         "don't plan to",  "do not plan to",    "not interested",
                           "no interest",          "not willing",    "refuse to",         "rather not",
                           "won't learn",          "won't switch",   "won't use",         "won't touch",
                           "won't contribute",     "won't maintain", "won't support",     "to continue contributing",
                           "to keep contributing", "i'm out",        "not for me"}))
            return true;
        // "Sorry but no, ... right now I do not have time to see how Atom does completions": no time to find out how,
        // as the answer; "no time to learn it before the 14th" is a capacity told against a date.
        if (has_any(c, t,
                    {"have time to learn", "have time to see how", "have time to figure out", "have time to look into",
                     "no time to learn", "have the time to learn"}) &&
            has_any(c, t, {"don't", "do not", "dont", "no"}) &&
            !has_any(c, t, {"before", "by", "this sprint", "this week", "until", "yet"}))
            return true;
    }
    return false;
}

// "I personally do not use TypeScript", "I don't write Swift", "I've never used Terraform", "I don't know Rust", "My TS
// knowledge still limited": the writer's own unfamiliarity with a tool, said of themselves. Returns the position after
// it, or 0.
std::uint32_t r14_own_unfamiliarity(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (one_of(w, {"i", "i've", "ive"})) {
            auto k = i + 1;
            while (k < ws.size() && one_of(ws[k].first, {"personally", "myself", "really", "just", "still", "have"}))
                ++k;
            auto const neg = nth_word(ws, k), verb = nth_word(ws, k + 1);
            bool const negated = one_of(neg, {"don't", "dont", "never", "haven't"}) || (neg == "do" && verb == "not") ||
                                 (neg == "have" && verb == "never");
            if (!negated) continue;
            auto v = k + 1;
            if ((neg == "do" && verb == "not") || (neg == "have" && verb == "never")) ++v;
            while (v < ws.size() && one_of(ws[v].first, {"even", "really", "ever", "actually"})) ++v;
            if (one_of(nth_word(ws, v),
                       {"use", "used", "write", "written", "know", "learned", "learnt", "touch", "touched", "code"}) &&
                v + 1 < ws.size() &&
                !one_of(nth_word(ws, v + 1),
                        {"how", "why", "what", "when", "where", "if", "whether", "who", "that", "this", "anymore"}) &&
                (nth_word(ws, v + 1) != "the" || nth_word(ws, v) != "know"))  // "I do not use the program"
                return ws[v + 1].second;
        }
        // "my TS knowledge (is) still limited", "my Go skills are too basic".
        if (w == "my" && one_of(nth_word(ws, i + 2), {"knowledge", "skills", "experience", "skill"})) {
            for (auto k = i + 3; k < ws.size() && k <= i + 6; ++k)
                if (one_of(ws[k].first, {"limited", "basic", "rusty", "minimal", "nonexistent", "zero", "weak"}))
                    return ws[k].second;
        }
    }
    return 0;
}

// "... yet", "the estimate has two extra weeks of ramp-up", "can we budget a spike", "I'd pair with Ana": the
// unfamiliarity told as a cost of the work or a step to learn, not a refusal.
bool r14_told_as_cost(Context const& c) {
    return has_any(c, c.s,
                   {"ramp-up",
                    "ramp up",
                    "ramp-up time",
                    "estimate",
                    "extra",
                    "spike",
                    "pair with",
                    "pairing",
                    "training",
                    "budget",
                    "a course",
                    "time to learn",
                    "to get up to speed",
                    "learning time",
                    "onboarding",
                    "so i'll learn",
                    "i'll learn",
                    "happy to learn",
                    "willing to learn",
                    "want to learn",
                    "keen to learn",
                    "i'd like to learn"});
}

// The writer's unfamiliarity and a refusal beside it: the new-framework motive in the writer's own voice. "I don't
// know TypeScript yet, so the estimate has two extra weeks" (a cost), "I don't use Terraform myself, but Dana does" (a
// turn that refuses nothing) are none.
bool r14_unfamiliar_and_refused(Context const& c, Sentence const& x) {
    static constexpr auto keys =
        WordBloom::word_hashes({"use", "used", "write", "written", "know", "learned", "learnt", "knowledge", "skills",
                                "skill", "touch", "touched", "code", "experience"});
    if (!any_word(c, keys) || c.mostly_quoted(x.b, x.e)) return false;
    auto const at = r14_own_unfamiliarity(c, x);
    if (at == 0 || !r14_refusal(c)) return false;
    // "knowledge still limited to continue contributing": the limit is the refusal itself; a cost told is none.
    return !r14_told_as_cost(c);
}

// A lexicon hit of the writer's unfamiliarity ("don't know typescript", "never used it", "not familiar with") with no
// refusal anywhere, and either a "yet" after it, a cost told, or a turn after it in its sentence ("i don't know
// typescript myself, but it's not one someone would learn begrudgingly"): no reluctance to learn.
bool r14_unfamiliar_not_refused(Context const& c, Hit const& h) {
    auto const hit = c.s.substr(h.begin, h.end - h.begin);
    if (!has_any(c, hit, {"don't know", "not familiar", "never used", "never learned"})) return false;
    if (r14_refusal(c)) return false;
    if (has_any(c, c.s,
                {"stick with", "stick to", "stay on", "stay with", "keep using", "rather use", "just use", "don't want",
                 "rather not", "not learning"}))
        return false;
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const rest = c.s.substr(h.end, x->e - h.end);
    bool yet = false;
    words_after(c.s, h.end, x->e, 2, [&](std::string_view w, std::uint32_t) {
        yet = w == "yet";
        return yet;
    });
    return yet || r14_told_as_cost(c) || has_any(c, rest, {"but", "though", "although", "however"});
}

// "choose a new framework", "pick another framework": a framework chosen, no learning refused in it.
bool r14_framework_chosen(Context const& c, Hit const& h) {
    auto const hit = c.s.substr(h.begin, h.end - h.begin);
    if (!one_of(hit, {"new framework", "another framework", "another js framework"})) return false;
    bool chosen = false;
    int n = 0;
    words_before(c.s, c.sentence_at(h.begin) != nullptr ? c.sentence_at(h.begin)->b : 0, h.begin, 3,
                 [&](std::string_view w, std::uint32_t) {
                     ++n;
                     if (one_of(w, {"a", "an", "the", "one"})) return false;
                     chosen = one_of(w, {"choose", "pick", "select", "adopt", "evaluate", "need", "find", "use",
                                         "using", "to", "into", "with", "migrate", "move"});
                     return true;
                 });
    auto const* x = c.sentence_at(h.begin);
    return chosen && x != nullptr &&
           !has_any(c, sentence_text(c, *x),
                    {"learn", "learning", "yet another", "ugh", "sigh", "tired", "sick of", "don't want", "rather"});
}

// "unlike all the other fly-by-night frameworks", "the framework of the month", "this year's flavour of the week",
// "there's a shiny new build tool every six months": new tools scorned for their newness.
bool r14_novelty_scorned(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"fly", "month", "week", "flavour", "flavor", "shiny", "fad",
                                                         "hype", "hipster", "go", "fly-by-night", "new-every-week"});
    if (!any_word(c, keys)) return false;
    auto const t = sentence_text(c, x);
    for (std::string_view w : {"fly-by-night", "new-every-week", "flavor-of-the-month", "flavour-of-the-month"})
        if (has_phrase(t, w)) return true;
    return has_any(c, t,
                   {"fly-by-night",
                    "fly by night",
                    "framework of the month",
                    "framework of the week",
                    "library of the month",
                    "library of the week",
                    "flavour of the week",
                    "flavor of the week",
                    "flavour of the month",
                    "flavor of the month",
                    "new-every-week",
                    "new every week",
                    "new one every week",
                    "new one every month",
                    "shiny new",
                    "latest fad",
                    "just a fad",
                    "a passing fad",
                    "hype train",
                    "hipster",
                    "come and go",
                    "comes and goes"});
}

// The current tool kept in the writer's words: "it just works", "we stay on React", "we keep Make", "so no".
bool r14_current_kept(Context const& c) {
    return has_any(c, c.s,
                   {"just works",
                    "still works",
                    "it works",
                    "alive and well",
                    "still around",
                    "battle-tested",
                    "battle tested",
                    "we stay",
                    "we keep",
                    "we're keeping",
                    "stick with",
                    "stick to",
                    "stay on",
                    "staying on",
                    "keep using",
                    "so no",
                    "goodness no",
                    "not switching",
                    "not moving",
                    "not chasing",
                    "better off moving to",
                    "better off using",
                    "better off switching to"});
}

// "All the pioneers of object-oriented design, Martin Fowler, Kent Beck and so on, tell us to ...", "Every expert
// agrees microservices are the way to go", "Uncle Bob says ...": the craft's great names said to say so, as the case.
bool r14_authority_cited(Context const& c, Sentence const& x) {
    static constexpr auto keys =
        WordBloom::word_hashes({"pioneers", "greats", "experts", "expert", "gurus", "luminaries", "fowler", "beck",
                                "bob", "martin", "dijkstra", "knuth", "torvalds", "linus", "four", "dhh", "leaders"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first, next = nth_word(ws, i + 1);
        bool const names = one_of(w, {"pioneers", "greats", "experts", "gurus", "luminaries", "fowler", "dijkstra",
                                      "knuth", "torvalds", "dhh"}) ||
                           (w == "expert" && i > 0 && one_of(ws[i - 1].first, {"every", "any", "each"})) ||
                           (w == "beck" && i > 0 && ws[i - 1].first == "kent") ||
                           (w == "bob" && i > 0 && ws[i - 1].first == "uncle") ||
                           (w == "four" && i > 1 && ws[i - 1].first == "of" && ws[i - 2].first == "gang") ||
                           (w == "leaders" && i > 0 && ws[i - 1].first == "thought");
        if (!names) continue;
        // A possessive or a thing named after them is no one speaking ("Fowler's strangler fig", "the experts' panel").
        if (one_of(next, {"panel", "team", "call", "review", "session", "group"})) continue;
        for (auto k = i + 1; k < ws.size() && k <= i + 12; ++k)
            if (one_of(ws[k].first,
                       {"say", "says", "said", "tell", "tells", "told", "agree", "agrees", "teach", "teaches", "taught",
                        "recommend", "recommends", "insist", "insists", "preach", "preaches"}) ||
                (ws[k].first == "would" && one_of(nth_word(ws, k + 1), {"never", "always"})))
                return true;
    }
    return false;
}

// "I'm an accomplished software architect and it was a breeze", "I'm a principal engineer, I don't need to justify the
// schema": the writer's rank or craft claimed beside a verdict of ease or rightness in the same sentence. "I'm a senior
// engineer on the payments team and I can review it" claims nothing, and "I'm an experienced architect but I haven't
// used Kafka" turns.
bool r14_credential_claimed(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes(
        {"architect", "engineer", "developer", "programmer", "dev", "coder", "designer", "sysadmin", "dba"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        auto k = i;
        if (one_of(ws[i].first, {"i'm", "im"}))
            k = i + 1;
        else if (ws[i].first == "i" && nth_word(ws, i + 1) == "am")
            k = i + 2;
        else
            continue;
        if (one_of(nth_word(ws, k), {"a", "an"})) ++k;
        bool rank = false;
        while (k < ws.size() &&
               one_of(ws[k].first,
                      {"accomplished", "experienced",  "seasoned",  "senior",  "principal", "veteran", "expert",
                       "staff",        "professional", "certified", "skilled", "talented",  "very",    "highly",
                       "software",     "solutions",    "systems",   "backend", "frontend",  "lead"})) {
            rank = rank ||
                   !one_of(ws[k].first, {"very", "highly", "software", "solutions", "systems", "backend", "frontend"});
            ++k;
        }
        if (!rank || !one_of(nth_word(ws, k), {"architect", "engineer", "developer", "programmer", "dev", "coder",
                                               "designer", "sysadmin", "dba"}))
            continue;
        auto const rest = c.s.substr(ws[k].second, x.e - ws[k].second);
        if (has_any(c, rest, {"but", "though", "although", "haven't", "not sure", "second opinion", "review"}))
            return false;
        return has_any(c, rest,
                       {"breeze", "piece of cake", "child's play", "trivial", "was easy", "it's easy", "so easy",
                        "easy for me", "i know what i'm doing", "i know best", "i know better", "trust me",
                        "don't need to justify", "don't need to explain", "don't have to justify",
                        "don't have to explain", "no need to review", "obviously right", "i'm right"});
    }
    return false;
}

// "Projects using other JS frameworks would be better off moving to jQuery", "You'd all be better off using vim like I
// do": everyone else told they would do better with the writer's way, no reason given. "We'd be better off moving the
// cron job" (the writer's own team) and "The mobile team would be better off waiting for the v2 API" (one team, a
// reason) are none.
bool r14_others_better_off(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"better"});
    if (!any_word(c, keys)) return false;
    auto const t = sentence_text(c, x);
    auto const at = t.find("better off ");
    if (at == std::string_view::npos) return false;
    auto const after = t.substr(at + 11);
    if (!has_any(c, after, {"moving", "switching", "using", "migrating", "adopting", "going"})) return false;
    if (has_any(c, after, {"because", "since", "which", "until", "when"}) || after.find(':') != std::string_view::npos)
        return false;
    bool others = false;
    words_before(c.s, x.b, x.b + static_cast<std::uint32_t>(at), 8, [&](std::string_view w, std::uint32_t) {
        others = others || one_of(w, {"projects", "teams", "everyone", "everybody", "others", "all", "y'all", "anyone",
                                      "people", "companies", "devs", "developers"});
        return false;
    });
    return others && !particular_given(c);
}

// "This is just complaining for the sake of complaining", "You're arguing for the sake of arguing", "you're just
// looking for something to complain about": the other side's objection put down to a wish to object. "change for the
// sake of change" judges a plan, and "I'm not complaining for the sake of it" the writer's own.
bool r14_motive_dismissed(Context const& c, Sentence const& x) {
    static constexpr auto keys =
        WordBloom::word_hashes({"sake", "looking", "like", "likes", "love", "loves", "enjoy", "enjoys"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        auto const w = ws[i].first;
        bool const talk = one_of(w, {"complaining", "arguing", "whining", "moaning", "nitpicking", "bitching",
                                     "objecting", "criticizing", "criticising", "bickering", "trolling", "griping",
                                     "fighting", "bikeshedding", "contradicting", "pushing"});
        bool dismissed =
            talk && nth_word(ws, i + 1) == "for" && nth_word(ws, i + 2) == "the" && nth_word(ws, i + 3) == "sake";
        // "(just) looking for something to complain about", "looking for a reason to object".
        if (w == "looking" && nth_word(ws, i + 1) == "for" &&
            one_of(nth_word(ws, i + 2), {"something", "anything", "a", "reasons", "excuses"}))
            for (auto k = i + 3; k < ws.size() && k <= i + 6; ++k)
                dismissed = dismissed || one_of(ws[k].first, {"complain", "object", "criticize", "criticise", "nitpick",
                                                              "whine", "moan", "argue", "fault"});
        // "you just like to complain about other people's work", "he likes to argue with everything I say".
        if (one_of(w, {"like", "likes", "love", "loves", "enjoy", "enjoys"}) && nth_word(ws, i + 1) == "to" &&
            one_of(nth_word(ws, i + 2), {"complain", "argue", "whine", "moan", "nitpick", "bitch", "gripe"}) && i > 0 &&
            one_of(ws[i > 1 && ws[i - 1].first == "just" ? i - 2 : i - 1].first, {"you", "he", "she", "they"}))
            return true;
        if (!dismissed) continue;
        // The writer's own denial: "I'm not complaining for the sake of it".
        bool own = false;
        for (std::size_t k = i >= 4 ? i - 4 : 0; k < i; ++k)
            own = own || one_of(ws[k].first, {"i'm", "i", "im", "we're", "not", "we"});
        if (!own) return true;
    }
    return false;
}

// Words that say a person or a role is bad at being one: "dysfunctional", "incompetent", "insecure".
bool r14_failing_word(std::string_view w) {
    return one_of(w, {"dysfunctional", "incompetent",  "insecure",    "lazy",          "bad",       "poor",
                      "weak",          "clueless",     "lousy",       "terrible",      "toxic",     "inept",
                      "useless",       "mediocre",     "amateur",     "inexperienced", "spineless", "micromanaging",
                      "control-freak", "narcissistic", "unqualified", "desperate",     "careless"});
}

// "a sign of a dysfunctional project manager", "the mark of a lazy engineer", "the hallmark of an insecure PM": a deed
// held up as the symptom of a failing person. "a sign of missing ownership" and "the mark of a good design review"
// name no failing person.
bool r14_role_as_symptom(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"sign", "mark", "hallmark", "symptom", "sure", "telltale"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"sign", "mark", "hallmark", "symptom", "signs", "marks", "hallmarks"}) ||
            ws[i + 1].first != "of" || !one_of(ws[i + 2].first, {"a", "an", "the", "your", "our"}))
            continue;
        bool failing = false;
        for (auto k = i + 3; k < ws.size() && k <= i + 6; ++k) {
            auto const w = ws[k].first;
            failing = failing || r14_failing_word(w);
            if (failing &&
                one_of(w, {"manager", "pm",        "engineer",   "developer",  "lead",     "leader",   "boss",
                           "person",  "team",      "programmer", "architect",  "designer", "director", "owner",
                           "exec",    "executive", "leadership", "management", "dev",      "someone",  "people"}))
                return true;
        }
    }
    return false;
}

// "You don't have practical knowledge of the obstacles", "You lack any experience with distributed systems", "You
// haven't the faintest idea what the migration involves": the knowledge to judge denied to the reader. "You don't have
// access to the logs yet" and "You don't have the numbers from Tuesday" deny no faculty, and "You don't have experience
// with Kafka yet, so I'll pair with you" offers help.
bool r14_knowledge_denied(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes(
        {"knowledge", "understanding", "experience", "idea", "grasp", "expertise", "background"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"you", "he", "she", "they", "u"})) continue;
        if (i > 0 && one_of(ws[i - 1].first, {"if", "unless", "whether", "when", "thank", "that"})) continue;
        auto k = i + 1;
        while (k < ws.size() && one_of(ws[k].first, {"clearly", "obviously", "simply", "just", "really", "still"})) ++k;
        auto const a = nth_word(ws, k), b = nth_word(ws, k + 1);
        std::size_t from = 0;
        if (one_of(a, {"don't", "dont", "doesn't", "do", "does"}) &&
            (b == "have" || (b == "not" && nth_word(ws, k + 2) == "have")))
            from = k + (b == "not" ? 3 : 2);
        else if (one_of(a, {"lack", "lacks", "haven't", "hasn't"}) ||
                 (one_of(a, {"have", "has"}) && one_of(b, {"no", "zero"})))
            from = k + 1;
        if (from == 0) continue;
        for (auto m = from; m < ws.size() && m <= from + 4; ++m) {
            auto const w = ws[m].first;
            if (!one_of(w, {"knowledge", "understanding", "experience", "idea", "grasp", "expertise", "background"}))
                continue;
            // "experience with Kafka yet", "so I'll pair with you": inexperience met with help.
            auto const rest = sentence_text(c, x);
            if (has_any(c, rest, {"yet", "i'll", "i can", "happy to", "let me", "we can", "pair"})) return false;
            // "no idea" alone is confusion ("you have no idea how much this helps"): the faculty needs its object.
            auto const next = nth_word(ws, m + 1);
            if (w == "idea" && !one_of(ws[m - 1].first, {"faintest", "slightest", "foggiest", "real", "first"})) break;
            if (one_of(next, {"of", "with", "about", "in", "what", "how", "to"}) || next.empty()) return true;
        }
    }
    return false;
}

// "how did you fuck this up so bad", "How could you forget to run the migrations?", "how on earth did you miss that?",
// "bruh how you forget u moving house": a person asked how they could fail so. "How did you fix the flaky test?", "How
// could you tell it was the cache?" and "How did we miss that?" ask how, or of the writer's own team.
bool r14_failure_questioned(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"how"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    std::size_t i = 0;
    while (i < ws.size() && one_of(ws[i].first, {"bruh", "bro", "so", "like", "seriously", "honestly", "and", "but",
                                                 "ok", "okay", "dude", "wow", "omg", "um", "uh"}))
        ++i;
    if (nth_word(ws, i) != "how") return false;
    auto k = i + 1;
    if (nth_word(ws, k) == "on" && nth_word(ws, k + 1) == "earth") k += 2;
    if (nth_word(ws, k) == "the" && one_of(nth_word(ws, k + 1), {"hell", "heck", "fuck"})) k += 2;
    auto const aux = nth_word(ws, k);
    bool const past = one_of(aux, {"did", "could", "would"});
    bool const present = one_of(aux, {"do", "can"});
    if (past || present) ++k;
    if (!one_of(nth_word(ws, k), {"you", "u", "he", "she", "they", "ya"})) return false;
    ++k;
    bool const negated = nth_word(ws, k) == "not";
    if (negated) ++k;
    if (nth_word(ws, k) == "manage" && nth_word(ws, k + 1) == "to") k += 2;
    auto const v = nth_word(ws, k);
    if (negated) return one_of(v, {"notice", "see", "check", "test", "read", "catch", "think", "ask", "tell"});
    if (one_of(v, {"fuck", "screw", "mess", "botch", "bungle", "f"})) return true;
    if (!past && !present && !one_of(v, {"forget", "forgot"})) return false;
    if (!present && !past) return !one_of(nth_word(ws, k + 1), {"a", "an"});
    if (present) return one_of(v, {"forget"}) && !one_of(nth_word(ws, k + 1), {"a", "an"});
    return one_of(v, {"forget", "miss", "break", "overlook", "ignore", "lose", "skip", "delete", "wipe", "drop"}) &&
           !one_of(nth_word(ws, k + 1), {"a", "an"});
}

// "This is fraud", "What you're doing is theft of our work", "I'd call this a criminal enterprise": a crime charged.
// "This is fraud detection" and "The fraud team flagged 40 orders" name a topic.
bool r14_crime_charged(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"fraud", "theft", "extortion", "blackmail", "embezzlement",
                                                         "criminal", "crime", "scam", "conspiracy", "corruption"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (!one_of(w, {"fraud", "theft", "extortion", "blackmail", "embezzlement", "criminal", "crime", "scam",
                        "conspiracy", "corruption", "fraudulent"}))
            continue;
        // What follows: nothing, or words that make no compound of it ("fraud detection", "criminal record").
        auto const next = nth_word(ws, i + 1);
        bool const alone =
            next.empty() || one_of(next, {"and",        "plain",   "pure",     "you",       "by",      "on",   "to",
                                          "of",         "against", "that",     "or",        "but",     "here", "period",
                                          "enterprise", "act",     "behavior", "behaviour", "conduct", "if"});
        if (!alone) continue;
        if (w == "criminal" && !one_of(next, {"enterprise", "act", "behavior", "behaviour", "conduct"})) continue;
        // Said of this, that or someone's doing: a copula, "amounts to", "call this".
        std::size_t k = i - 1;
        while (k > 0 && one_of(ws[k].first, {"a",  "an",        "outright",  "blatant", "plain",  "pure",    "straight",
                                             "up", "literally", "basically", "just",    "simply", "nothing", "short",
                                             "of", "but",       "complete",  "total",   "clear",  "obvious"}))
            --k;
        auto const v = ws[k].first;
        if (one_of(v, {"is", "was", "it's", "that's", "thats", "its", "are", "constitutes"}) ||
            (v == "to" && k > 0 && one_of(ws[k - 1].first, {"amounts", "amount", "tantamount"})) ||
            (k > 0 && one_of(v, {"this", "that", "it"}) && one_of(ws[k - 1].first, {"call", "calling", "consider"})))
            return true;
    }
    return false;
}

// "The lack of consideration from employees is astounding", "Your lack of respect for the team is appalling": a
// person's virtue said missing and the lack called shocking. "The lack of tests is worrying" and "The lack of
// documentation is astounding" miss no virtue of a person.
bool r14_virtue_lack_decried(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"lack"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (ws[i].first != "lack" || ws[i + 1].first != "of") continue;
        if (!one_of(ws[i + 2].first, {"consideration", "respect", "professionalism", "courtesy", "decency", "empathy",
                                      "accountability", "integrity", "honesty", "competence", "basic", "common",
                                      "self-awareness", "humility", "manners", "ownership", "care"}))
            continue;
        for (auto k = i + 3; k < ws.size(); ++k)
            if (one_of(ws[k].first,
                       {"astounding",   "appalling", "staggering",  "unbelievable", "shocking",      "disgraceful",
                        "embarrassing", "pathetic",  "outrageous",  "breathtaking", "mind-boggling", "incredible",
                        "astonishing",  "insane",    "ridiculous",  "shameful",     "galling",       "infuriating",
                        "sickening",    "stunning",  "jaw-dropping"}))
                return true;
    }
    return false;
}

// "I restrained from raising any issues I might have with your own performance", "I have my own concerns about your
// competence": the reader's performance or competence held up as the writer's grievance. "your performance review",
// "your performance numbers for the API" name a thing.
bool r14_reader_performance_raised(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"performance", "competence", "attitude", "professionalism"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"issues", "issue", "problems", "problem", "concerns", "complaints", "doubts"}))
            continue;
        for (auto k = i + 1; k + 1 < ws.size() && k <= i + 7; ++k) {
            if (!one_of(ws[k].first, {"with", "about"}) || nth_word(ws, k + 1) != "your") continue;
            auto m = k + 2;
            if (nth_word(ws, m) == "own") ++m;
            auto const noun = nth_word(ws, m), after = nth_word(ws, m + 1);
            if (one_of(noun, {"performance", "competence", "attitude", "professionalism", "conduct", "behaviour",
                              "behavior", "work ethic", "judgment", "judgement"}) &&
                !one_of(after, {"review", "reviews", "numbers", "metrics", "test", "tests", "budget", "dashboard",
                                "data", "report", "figures", "on", "of", "for", "in"}))
                return true;
        }
    }
    return false;
}

// "Cc'ing my entire chain of command", "Looping in my whole management chain": the writer's chain above copied in.
bool r14_chain_copied(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"chain"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        if (ws[i].first != "chain") continue;
        bool const command = nth_word(ws, i + 1) == "of" && one_of(nth_word(ws, i + 2), {"command", "management"});
        bool const named =
            i > 0 && one_of(ws[i - 1].first, {"management", "reporting", "leadership", "entire", "whole", "full"});
        if (!command && !named) continue;
        for (std::size_t k = i >= 6 ? i - 6 : 0; k < i; ++k)
            if (one_of(ws[k].first, {"cc",        "cc'ing",  "ccing",      "cc'd",      "ccd",      "copying",
                                     "copied",    "copy",    "looping",    "looped",    "loop",     "adding",
                                     "added",     "bcc",     "bcc'ing",    "including", "included", "escalating",
                                     "escalated", "sending", "forwarding", "forwarded"}))
                return true;
    }
    return false;
}

// "Get rid of single-space indents. Seriously WTF is up with those?", "What's with all the semicolons? Ugh",
// "I can't stand two-space indents": a code style met with disgust, no reason of what it breaks. "What's with the
// two-space indents in the YAML? The parser rejects tabs" gives one, and "WTF is up with the build?" names no style.
bool r14_style_disgust(Context const& c, std::size_t at) {
    static constexpr auto keys = WordBloom::word_hashes(
        {"indent", "indents", "indentation", "tabs", "spaces", "semicolons", "braces", "brackets", "camelcase",
         "snake_case", "commas", "whitespace", "formatting", "quotes", "parens", "parentheses", "newlines"});
    if (!any_word(c, keys)) return false;
    auto const& x = c.sentences[at];
    auto const t = sentence_text(c, x);
    if (!has_any(c, t, {"wtf",
                        "wth",
                        "ugh",
                        "eww",
                        "ew",
                        "yuck",
                        "gross",
                        "hideous",
                        "can't stand",
                        "cannot stand",
                        "hate",
                        "loathe",
                        "cringe",
                        "barf",
                        "what's with",
                        "what is with",
                        "what's up with",
                        "what is up with",
                        "is up with",
                        "evil"}))
        return false;
    // A word that is a code style whatever surrounds it, or one that needs the code around it ("tabs" in a settings
    // page, "quotes" from a vendor).
    bool style = false, loose = false;
    for (auto j = at >= 1 ? at - 1 : at; j <= at && !style; ++j) {
        auto const u = sentence_text(c, c.sentences[j]);
        style = has_any(c, u,
                        {"indent", "indents", "indentation", "semicolons", "braces", "camelcase", "snake_case",
                         "whitespace", "parens", "parentheses", "trailing commas", "single quotes", "double quotes"});
        loose = loose || has_any(c, u, {"tabs", "spaces", "brackets", "commas", "quotes", "formatting", "newlines"});
    }
    if (!style && !(loose && has_any(c, c.s,
                                     {"code", "codebase", "file", "files", "repo", "reformat", "convert", "editor",
                                      "source", "line", "lines"})))
        return false;
    return !has_any(c, c.s,
                    {"parser",   "linter",      "lint",       "breaks",        "broke",        "fails",     "failing",
                     "error",    "errors",      "diff",       "diffs",         "conflict",     "conflicts", "because",
                     "since",    "so that",     "rejects",    "compile",       "build",        "pep",       "pep8",
                     "standard", "style guide", "styleguide", "screen reader", "accessibility"});
}

// "Generally I prefer spaces instead of tabs, but it's up to you", "Personally I like the darker theme, but your
// call": taste said and left to the reader.
bool r14_taste_left_to_reader(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const rest = c.s.substr(h.begin, x->e - h.begin);
    auto const but = rest.find(" but ");
    auto const tail = but == std::string_view::npos ? rest : rest.substr(but);
    return has_any(c, tail,
                   {"up to you", "your call", "your choice", "either way", "whatever you prefer",
                    "whichever you prefer", "no strong feelings", "no strong opinion", "not a big deal",
                    "don't mind either", "i don't mind", "your decision", "dealer's choice"});
}

// "The new layout cuts the form from 12 fields to 5 and looks cleaner too": taste added to a measured change.
bool r14_taste_as_bonus(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr || !particular_given(c)) return false;
    auto const t = sentence_text(c, *x);
    auto const& ws = words_of(c, *x);
    return !ws.empty() && (one_of(ws.back().first, {"too", "also", "bonus"}) || t.ends_with("as well") ||
                           has_any(c, t, {"as a bonus", "as a side effect", "on top of that"}));
}

// "My tabs are set Eclipse-wide to 4 spaces and it breaks the format of your code", "My editor is set to 2-space
// indents, so please reformat your repo", "In our department, tabs are banned" (to someone else's project): the
// writer's own setup or house style made the rule for the reader's code. "My editor is set to 2 spaces and the linter
// says 4: which should I follow?" asks, and "I need to convert my tabs, my settings were off" changes the writer's own.
bool r14_own_setup_imposed(Context const& c) {
    static constexpr auto keys = WordBloom::word_hashes({"set", "configured", "banned", "forbidden", "prohibited"});
    if (!any_word(c, keys)) return false;
    bool setup = false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i + 2 < ws.size() && !setup; ++i) {
            if (ws[i].first != "my") continue;
            for (auto k = i + 2; k < ws.size() && k <= i + 4; ++k)
                if (one_of(ws[k].first, {"set", "configured"}) && one_of(ws[k - 1].first, {"is", "are"})) setup = true;
        }
        // "in our software development department, tabs are banned": a house style from the writer's own place.
        auto const t = sentence_text(c, x);
        if (!setup && has_any(c, t, {"in our", "at our", "in my", "at my"}) &&
            has_any(c, t, {"department", "company", "team", "shop", "org", "workplace", "office"}) &&
            has_any(c, t, {"banned", "forbidden", "prohibited", "not allowed"}) &&
            has_any(c, t, {"tabs", "spaces", "semicolons", "indentation", "braces", "camelcase", "snake_case"}))
            setup = true;
    }
    if (!setup || c.s.find('?') != std::string_view::npos) return false;
    return has_any(c, c.s,
                   {"your code", "your project", "your repo", "your files", "your codebase", "your source",
                    "the whole repo", "the whole codebase", "all tabs", "all the tabs", "everything"}) &&
           has_any(c, c.s, {"convert", "reformat", "rewrap", "switch", "change", "replace", "breaks", "banned"});
}

// "cc'ing my manager since she asked to be kept posted", "looping in Dana, who wants to be kept in the loop": the one
// copied in asked to be.
bool r14_asked_to_be_told(Context const& c, Sentence const& x) {
    return has_any(
               c, sentence_text(c, x),
               {"asked to be", "wants to be", "wanted to be", "requested to be", "asked to stay", "asked to be kept",
                "asked me to keep", "asked me to cc", "asked to be cc'd", "asked to be copied"}) &&
           has_any(c, sentence_text(c, x),
                   {"posted", "in the loop", "informed", "updated", "cc'd", "copied", "looped in", "in copy", "aware"});
}

// "Then a completely tone-deaf email to the entire company calling it a simplification", "His memo to all staff blamed
// the engineers": someone else's message to everyone, told of, is no broadcast of the writer's. "I'm sending an email
// to the entire company" and "Posting this to the whole company" are the writer's own.
bool r14_message_reported(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes(
        {"email", "e-mail", "memo", "announcement", "letter", "note", "message", "post", "webinar", "newsletter"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    bool message = false;
    for (std::size_t i = 1; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (one_of(w, {"i", "i'm", "i'll", "i've", "i'd", "we", "we're", "we'll", "we've", "let's", "me", "my", "us",
                       "our", "im", "ill"}))
            return false;
        if (!one_of(w, {"email", "e-mail", "memo", "announcement", "letter", "note", "message", "post", "webinar",
                        "newsletter"}))
            continue;
        // A determiner or a possessive within four words before: "a completely tone-deaf email", "his memo".
        for (std::size_t k = i >= 4 ? i - 4 : 0; k < i; ++k)
            message = message || one_of(ws[k].first, {"a", "an", "the", "his", "her", "their", "that", "this"});
    }
    if (!message || ws.empty() || one_of(ws.front().first, {"i", "i'm", "i'll", "we", "we'll", "let's", "my", "our"}))
        return false;
    // Imperatives and the writer's own act, said bare, send it: "Send a note to the whole company", "[reply-all to the
    // VP's announcement]", "Posting this to ...".
    auto const first = ws.front().first;
    return !one_of(first, {"send", "post", "forward", "share", "write", "draft", "email", "publish", "reply", "cc",
                           "bcc", "respond"}) &&
           !first.ends_with("ing") && !has_any(c, sentence_text(c, x), {"reply-all", "reply all", "replying all"});
}

}  // namespace

// The same readings for the hints (hints.cpp): taste left to the reader or added to a measured change, anywhere in the
// draft; the writer's unfamiliarity told with no refusal; the one copied in asked to be.
bool r14_taste_withdrawn(Context const& c) {
    return std::ranges::any_of(c.hits, [&](Hit const& h) {
        return (h.lex == Lex::preference || h.lex == Lex::taste || h.lex == Lex::illegit_aesthetic) &&
               !c.in_quote(h.begin, h.end) && (r14_taste_left_to_reader(c, h) || r14_taste_as_bonus(c, h));
    });
}
bool r14_unfamiliarity_unrefused(Context const& c) {
    return std::ranges::any_of(c.hits, [&](Hit const& h) {
        return h.lex == Lex::illegit_new_framework && !c.in_quote(h.begin, h.end) && r14_unfamiliar_not_refused(c, h);
    });
}
bool r14_copy_requested(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    return x != nullptr && r14_asked_to_be_told(c, *x);
}
// --- real14: end ---

// --- trial14: the second flag of a two-flag stop (coaching dev31): a clause, not a sentence, carries it ---
// Measured over every dev file (tools: /work/notes/helpers/trial14.md): no detector is gated behind another, but a flag
// beside another is said in a clause ("Emailing the GM directly", "I'm not learning Go for a menu API", "My cron
// scripts have always done it fine") where alone it fills the draft. These read those clauses.
namespace {

// The top of a line in any field, at word `k` of `ws`: "the GM" (capitals in the original), "general manager", "editor
// in chief" ("editor-in-chief" is read as three words), "managing editor", "chief engineer", "chief of staff", "chief
// operating officer", "president", "superintendent". Roles the authority lexicon lists are found by it.
bool t14_role_above(Context const& c, SentenceWords const& ws, std::size_t k) {
    auto const w = nth_word(ws, k);
    if (w == "gm" || w == "gms") return c.orig_byte(ws[k].second) == 'G' && c.orig_byte(ws[k].second + 1) == 'M';
    if (w == "chief") return !one_of(nth_word(ws, k + 1), {"among", "concern", "complaint", "reason", "problem"});
    if (one_of(w, {"president", "superintendent"})) return true;
    if (w == "general" && one_of(nth_word(ws, k + 1), {"manager", "managers"})) return true;
    return one_of(w, {"managing", "executive"}) && one_of(nth_word(ws, k + 1), {"editor", "editors", "producer"});
}

// "Emailing the GM directly about the fare-capping launch", "I'll DM the editor-in-chief directly", "taking it straight
// to the general manager", "messaged the executive editor myself", "cc'ing the chief engineer, since Tom won't make a
// call": the writer's move to a role above, said as the direct route (around whoever is in between) or for what a
// person does. "I sent the managing editor the corrections log, as every Monday" moves nothing past anyone.
bool t14_direct_to_the_top(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes(
        {"gm", "gms", "chief", "president", "superintendent", "general", "managing", "executive"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    bool role = false;
    auto const role_after = [&](std::uint32_t end) {
        for (std::size_t k = 0; k < ws.size(); ++k)
            if (ws[k].second >= end) {
                for (auto n = k; n < ws.size() && n <= k + 6; ++n)
                    if (t14_role_above(c, ws, n)) return true;
                return false;
            }
        return false;
    };
    for (auto const& h : c.hits)
        if (!role && h.lex == Lex::ladder_verb && h.begin >= x.b && h.end <= x.e && !c.in_quote(h.begin, h.end) &&
            writers_move(c, h))
            role = role_after(h.end);
    // Moves the ladder lexicon leaves out, said by the writer: "I'm calling the general manager", "ringing the chief
    // pilot", "going direct to the editor in chief".
    for (std::size_t i = 0; i + 1 < ws.size() && !role; ++i) {
        auto const w = ws[i].first;
        bool const move =
            one_of(w, {"call", "calling", "called", "phone", "phoning", "phoned", "ring", "ringing", "rang", "text",
                       "texting"}) ||
            (one_of(w, {"go", "going", "went"}) && one_of(ws[i + 1].first, {"direct", "directly", "straight"}));
        bool const writer = i == 0 || one_of(ws[i - 1].first, {"i'm", "im", "i", "i'll", "i've", "i'd", "am", "and"}) ||
                            (i >= 2 && ws[i - 1].first == "to" && one_of(ws[i - 2].first, {"going", "want", "have"}));
        if (move && writer) role = role_after(ws[i].second + static_cast<std::uint32_t>(w.size()));
    }
    if (!role) return false;
    // The direct route ("directly", "straight", "myself", "personally") past someone the draft names ("Priya just
    // stalls", "no point waiting on Sam", "the PM won't listen"): "I'm calling the general manager myself to thank her"
    // goes past no one.
    bool direct = false;
    for (auto const& [w, at] : ws)
        direct = direct || one_of(w, {"directly", "direct", "straight", "myself", "personally"});
    if (direct)
        for (auto const& y : c.sentences) {
            if (c.mostly_quoted(y.b, y.e)) continue;
            auto const& ys = words_of(c, y);
            for (std::size_t k = 0; k < ys.size(); ++k) {
                auto const [w, at] = ys[k];
                if (t14_role_above(c, ys, k) || (k > 0 && t14_role_above(c, ys, k - 1))) continue;
                if (one_of(w, {"i",     "i'm",      "i'll",     "i've",    "i'd",    "we",        "you",  "it",  "they",
                               "he",    "she",      "her",      "him",     "them",   "this",      "that", "the", "a",
                               "an",    "our",      "my",       "your",    "heads",  "up",        "hey",  "hi",  "not",
                               "going", "skipping", "emailing", "leaving", "taking", "forwarding"}))
                    continue;
                if (role_subject(w) || (person_subject(c, w, at) && c.orig_byte(at) >= 'A' && c.orig_byte(at) <= 'Z'))
                    return true;
            }
        }
    // For what a person does: "because Kevin is useless at escalating", "since Tom won't make a call".
    for (std::size_t i = 0; i + 1 < ws.size(); ++i)
        if (one_of(ws[i].first, {"because", "since", "as", "cause", "cos"}) &&
            person_subject(c, ws[i + 1].first, ws[i + 1].second) &&
            !one_of(ws[i + 1].first, {"i", "we", "you", "it", "they", "this", "that", "the", "a", "an", "our", "my"}) &&
            !t14_role_above(c, ws, i + 1))
            return true;
    return false;
}

// "Skipping Jon on this one, I'll DM the editor-in-chief": a role above named anywhere in the writer's words, which
// makes a person left out or told afterwards a move around them (as an authority the lexicon lists does).
bool t14_role_named(Context const& c) {
    static constexpr auto keys = WordBloom::word_hashes(
        {"gm", "gms", "chief", "president", "superintendent", "general", "managing", "executive"});
    if (!any_word(c, keys)) return false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t k = 0; k < ws.size(); ++k)
            if (t14_role_above(c, ws, k)) return true;
    }
    return false;
}

// "I'm not learning Go for a menu API", "Not learning Kotlin for one settings screen", "I won't learn Elixir for a cron
// job", "I refuse to learn another query language", "we're not learning a whole new CMS": the writer refusing to learn
// a thing, which a negation otherwise reads as denied. "I'm not learning anything new from these logs", "we're not
// learning from the incidents", "the interns are not learning Go fast enough" refuse nothing.
bool t14_learning_refused(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"learn", "learning", "relearn", "relearning"});
    if (!any_word(c, keys) || x.question()) return false;
    auto const& ws = words_of(c, x);
    auto const writer = [&](std::size_t b) {  // the writer as the subject ending at word b, or the sentence's start
        return one_of(nth_word(ws, b), {"i'm", "im", "i", "we're", "were", "we"}) ||
               (nth_word(ws, b) == "am" && nth_word(ws, b - 1) == "i");
    };
    for (std::size_t i = 1; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"learn", "learning", "relearn", "relearning"})) continue;
        bool refused = false;
        auto const p = ws[i - 1].first;
        if (one_of(p, {"not", "never"}))  // "I'm not learning", "Not learning", "I'm never learning"
            refused =
                i == 1 || writer(i - 2) || (i >= 3 && one_of(ws[i - 2].first, {"just", "really"}) && writer(i - 3));
        else if (one_of(p, {"won't", "wont"}))  // "I won't learn"
            refused = i >= 2 && writer(i - 2);
        else if (p == "to" && i >= 3 && ws[i - 2].first == "going" && ws[i - 3].first == "not")  // "not going to learn"
            refused = i == 3 || writer(i - 4);
        else if (p == "to" && i >= 2 && one_of(ws[i - 2].first, {"refuse", "refusing"}))  // "I refuse to learn"
            refused = true;
        // "Not learning the new CMS yet is costing the desk": the gerund is a subject, not the writer's refusal.
        if (refused && i == 1)
            for (auto k = i + 1; k < ws.size(); ++k)
                refused = refused && !one_of(ws[k].first, {"is", "was", "has", "costs", "means", "makes", "hurts"});
        if (!refused) continue;
        // What is refused is a thing to learn: a name in capitals, a technology, or "another", "yet another", "a
        // (whole) new", "the new".
        auto const o = nth_word(ws, i + 1);
        if (one_of(o, {"another", "yet", "new"})) return true;
        if (one_of(o, {"a", "the"}) && one_of(nth_word(ws, i + 2), {"new", "whole", "different"})) return true;
        auto const at = ws[i + 1].second;
        bool const tech = std::ranges::any_of(
            c.hits, [&](Hit const& h) { return h.lex == Lex::tech && h.begin <= at && h.end > at; });
        if (tech || (c.orig_byte(at) >= 'A' && c.orig_byte(at) <= 'Z')) return true;
    }
    return false;
}

// Words for the writer's own work past those t13_work_noun lists ("my importer", "my cron scripts", "my macros").
bool t14_work_noun(std::string_view w) {
    return t13_work_noun(w) ||
           one_of(w, {"importer", "exporter", "importers",   "exporters",    "cron",    "crons",       "queries",
                      "macro",    "macros",   "spreadsheet", "spreadsheets", "sync",    "integration", "tooling",
                      "scraper",  "scrapers", "batch",       "report",       "reports", "dashboard"});
}

// "have always done it fine", "has always worked", "have never failed us", "has done the job for years", "handles it
// just fine", "never let us down": the thing's record as its verdict, from word `from` of `ws` (no turn or other
// subject before it, none after it: "have always done it fine until the volume tripled" is a record that ended).
bool t14_record_verdict(SentenceWords const& ws, std::size_t from) {
    for (auto const& [w, at] : ws)
        if (one_of(w, {"until", "but", "except", "though", "although", "till"})) return false;
    for (auto k = from; k < ws.size() && k <= from + 8; ++k) {
        auto const w = ws[k].first;
        if (one_of(w, {"because", "since", "if", "when", "unless", "you", "your", "they", "their", "users", "customers",
                       "i", "i'm", "i've", "i'd", "we", "we're"}))
            return false;
        auto const n = nth_word(ws, k + 1), n2 = nth_word(ws, k + 2);
        if (w == "always" && one_of(n, {"worked", "work", "works", "done", "did", "handled", "delivered"})) return true;
        if (w == "always" && n == "been" && one_of(n2, {"fine", "solid", "reliable", "enough", "good", "stable"}))
            return true;
        if (w == "never" && one_of(n, {"failed", "fails", "broke", "broken", "crashed", "crashes", "missed"}))
            return true;
        if (one_of(w, {"never", "hasn't", "haven't", "didn't"}) && n == "let" && one_of(n2, {"us", "me", "anyone"}))
            return true;
        if (one_of(w, {"done", "do", "does", "did", "handles", "handle", "handled", "handling"}) &&
            one_of(n, {"it", "this", "that"}) &&
            (one_of(n2, {"fine", "perfectly", "well"}) || (n2 == "just" && nth_word(ws, k + 3) == "fine")))
            return true;
        if (one_of(w, {"done", "did"}) && n == "the" && n2 == "job") return true;
        if (one_of(w, {"gets", "get", "got"}) && n == "the" && n2 == "job" && nth_word(ws, k + 3) == "done")
            return true;
    }
    return false;
}

// "My cron scripts have always done it fine", "my approach has never let us down": the writer's own thing vouched for
// by its record, with nothing measured (the writer's way, as t13_own_thing_vouched's "Mine works." is).
bool t14_own_record_vouched(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"my"});
    if (!any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (ws[i].first != "my") continue;
        for (auto n = i + 1; n < ws.size() && n <= i + 3; ++n)
            if (t14_work_noun(ws[n].first)) {
                // The noun heads its phrase ("my scripts have", not "my script's author").
                auto end = n + 1;
                while (end < ws.size() && end <= n + 1 && t14_work_noun(ws[end].first)) ++end;
                return t14_record_verdict(ws, end);
            }
    }
    return false;
}

// "Nobody rewrites it while I'm here", "no one is replacing it as long as I'm on this team", "nobody rips it out on my
// watch", "nobody gets to rewrite it but me", "I'm not letting anyone else rewrite it": others kept from changing the
// writer's own thing (t13_others_kept_off reads touching and editing; these replace it). "nobody has rewritten it
// since", "nobody wants to rewrite it" and "if anyone replaces it" keep no one off.
bool t14_change_verb(std::string_view w) {
    return one_of(
        w, {"rewrites",  "rewrite",   "rewriting",  "replaces",  "replace", "replacing", "rips",     "rip",
            "ripping",   "swaps",     "swap",       "swapping",  "removes", "remove",    "removing", "deletes",
            "delete",    "deleting",  "kills",      "kill",      "killing", "refactors", "refactor", "refactoring",
            "ports",     "port",      "porting",    "retires",   "retire",  "retiring",  "scraps",   "scrap",
            "scrapping", "reworks",   "rework",     "reworking", "redoes",  "redo",      "redoing",  "migrates",
            "migrate",   "migrating", "deprecates", "deprecate"});
}
bool t14_others_kept_from_changing(Context const& c, Sentence const& x, bool claimed) {
    static constexpr auto keys = WordBloom::word_hashes({"nobody", "nobody's", "no", "letting", "let"});
    if (!claimed || !any_word(c, keys)) return false;
    auto const& ws = words_of(c, x);
    auto const object_at = [&](std::size_t v) {  // the thing changed: the writer's, or "it" for the claimed thing
        auto n = v + 1;
        if (one_of(nth_word(ws, n), {"out", "away", "over"})) ++n;
        auto const o = nth_word(ws, n);
        if (one_of(o, {"my", "mine", "our"})) return true;
        return one_of(o, {"it", "them", "this", "that"}) && !one_of(nth_word(ws, n + 1), {"if", "when"});
    };
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first;
        std::size_t k = 0;
        if (one_of(w, {"nobody", "nobody's"}))
            k = i + 1;
        else if (w == "no" && one_of(ws[i + 1].first, {"one", "one's", "other"}))
            k = i + 2;
        else if (i >= 1 && ((w == "letting" && ws[i - 1].first == "not") ||
                            (w == "let" && one_of(ws[i - 1].first, {"won't", "wont", "never"})))) {
            // "I'm not letting anyone (else) rewrite it", "I won't let the platform team port my scheduler": the verb
            // of change within four words.
            for (auto n = i + 1; n < ws.size() && n <= i + 5; ++n)
                if (t14_change_verb(ws[n].first)) {
                    if (object_at(n)) return true;
                    break;
                }
            continue;
        } else
            continue;
        if (one_of(nth_word(ws, k), {"else", "outside"})) ++k;
        // "is replacing", "'s replacing", "gets to rewrite", "will rewrite", "ever rewrites": the keeping, not a
        // report.
        if (one_of(nth_word(ws, k), {"is", "will", "ever"}))
            ++k;
        else if (nth_word(ws, k) == "gets" && nth_word(ws, k + 1) == "to")
            k += 2;
        if (k < ws.size() && t14_change_verb(ws[k].first) && object_at(k)) return true;
    }
    return false;
}

void t14_find_motives(Context const& c, Analysis& a) {
    Flagger f{c, a};
    bool const measured = t13_measured(c);
    bool const claimed = t13_claims_own(c);
    bool made = false;
    for (auto const& x : c.sentences) made = made || (!c.mostly_quoted(x.b, x.e) && t13_made(c, x));
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        if (!measured && t14_learning_refused(c, x)) f.reason(Reason::new_framework, x.b, x.e);
        if (!measured && !made && t14_own_record_vouched(c, x)) f.reason(Reason::my_way, x.b, x.e);
        if (t14_others_kept_from_changing(c, x, claimed)) f.reason(Reason::territorial, x.b, x.e);
    }
}

// "Sven signed the vendor contract without reading the SLA section", "Marta approved the schema change without even
// looking at the migration plan", "Raj merged it without running a single test": a person's act charged with the
// care it lacked (reading, looking, testing, thinking), which judges them. Going without asking or telling someone
// is a grievance about process, not a verdict on the person (the coaching files label it so), and "I merged it without
// running the full suite since CI was down", "Raj can merge it without waiting for me" and "We shipped it without the
// weekend tariff" charge no one.
bool t14_care_lacked(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"without"});
    if (!any_word(c, keys) || x.question()) return false;
    auto const& ws = words_of(c, x);
    // A reason given for it ("since CI was down"), not "as usual".
    for (std::size_t i = 0; i < ws.size(); ++i)
        if (one_of(ws[i].first, {"because", "since", "cause"}) ||
            (ws[i].first == "as" && !one_of(nth_word(ws, i + 1), {"usual", "always", "ever"})))
            return false;
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        auto const w = ws[i].first;
        // The subject: a name (in capitals), "he", "she", "you"; not the writer, not a team or a thing.
        bool const person = one_of(w, {"he", "she", "you"}) ||
                            (!one_of(w, {"i", "we", "they", "it", "the", "a", "an", "this", "that"}) &&
                             person_subject(c, w, ws[i].second) && c.orig_byte(ws[i].second) >= 'A' &&
                             c.orig_byte(ws[i].second) <= 'Z');
        if (!person) continue;
        auto k = i + 1;
        if (one_of(nth_word(ws, k), {"just", "simply", "basically", "already", "again", "literally"})) ++k;
        auto const v = nth_word(ws, k);
        bool const done = (v.size() > 3 && v.ends_with("ed")) ||
                          one_of(v, {"sent", "wrote", "made", "took", "gave", "chose", "told", "put", "set", "built",
                                     "bought", "sold", "ran", "did", "threw", "signed", "pushed", "shipped"});
        if (!done) continue;
        for (auto n = k + 1; n + 1 < ws.size() && n <= k + 10; ++n) {
            if (ws[n].first != "without") continue;
            auto g = n + 1;
            if (one_of(nth_word(ws, g), {"even", "ever"})) ++g;
            auto const care = nth_word(ws, g);
            if (one_of(care, {"reading", "looking", "testing", "thinking", "understanding", "opening", "reviewing",
                              "checking"})) {
                // "without reviewing it with the team" consults; "without reading the SLA" lacks care.
                bool with = false;
                for (auto m = g + 1; m < ws.size() && m <= g + 4; ++m) with = with || ws[m].first == "with";
                if (!with) return true;
            }
            if (care == "running" && one_of(nth_word(ws, g + 1), {"a", "any", "the", "tests", "it"})) {
                for (auto m = g + 1; m < ws.size() && m <= g + 4; ++m)
                    if (one_of(ws[m].first, {"test", "tests", "check", "checks", "numbers"})) return true;
            }
            break;
        }
    }
    return false;
}

// The skips above, sentence by sentence, added to `a` (a call site in find_red_flags), and the care lacked.
void t14_find_red_flags(Context const& c, Analysis& a) {
    Flagger f{c, a};
    bool const role = t14_role_named(c);
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        if (t14_care_lacked(c, x)) f.flag(RedFlag::person_directed, x.b, x.e);
        if (at_their_request(c, x) || with_the_person(c, x)) continue;
        if (t14_direct_to_the_top(c, x) || (role && (person_left_out(c, x) || told_afterwards(c, x))))
            f.flag(RedFlag::skips_ladder, x.b, x.e);
    }
}

}  // namespace
// --- trial14: end ---

// motive15, aesthetic: "It is not cool to say that the interface is terrible", "people keep saying that the icons are
// ugly": taste inside what someone else says (a verb of saying and "that" before it, its subject not the writer: "I'd
// say that the new font is ugly" is the writer's) is reported, not the writer's.
bool m15_taste_reported(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const& ws = words_of(c, *x);
    std::size_t at = 0;
    while (at < ws.size() && ws[at].second < h.begin) ++at;
    for (std::size_t k = at; k-- > 0 && k + 7 >= at;) {
        if (ws[k].first != "that" || k == 0) continue;
        auto const v = ws[k - 1].first;
        if (!one_of(v,
                    {"say", "saying", "said", "says", "claim", "claims", "claimed", "claiming", "insist", "insists"}))
            continue;
        auto const subject = k >= 2 ? ws[k - 2].first : std::string_view{};
        return !one_of(subject, {"i", "i'd", "i'll", "i'm", "we", "we'd", "would"});
    }
    return false;
}

// motive15: "Please bring back the old layout: the new one hides the search box on 13-inch screens", "the new design
// fails 5 of the 8 WCAG checks": a look argued from what it does (a verb of harm, an observation, a number that is no
// list marker, year or duration) is no taste.
// A number in the message that is no list marker ("1." opening an item), year or duration: a particular of the case.
bool m15_particular(Context const& c) {
    for (auto const& x : c.sentences) {
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i < ws.size(); ++i) {
            auto const w = ws[i].first;
            if (w.empty() || w.front() < '0' || w.front() > '9') continue;
            // A year or a decade ("2019", "the 2020's", "the 80s").
            auto y = w;
            if (y.ends_with("'s")) y.remove_suffix(2);
            if (y.ends_with('s')) y.remove_suffix(1);
            if ((y.size() == 4 && (y.starts_with("19") || y.starts_with("20"))) || (y.size() == 2 && y != w)) continue;
            // "1. I know Ant very well": a list's marker opens its line.
            if (w.size() <= 2 && (ws[i].second == x.b || (ws[i].second > 0 && c.s[ws[i].second - 1] == '\n') ||
                                  (ws[i].second + w.size() < c.s.size() &&
                                   (c.s[ws[i].second + w.size()] == '.' || c.s[ws[i].second + w.size()] == ')'))))
                continue;
            if (i + 1 < ws.size() && one_of(ws[i + 1].first, {"day", "days", "week", "weeks", "month", "months", "year",
                                                              "years", "sprint", "sprints", "hour", "hours"}))
                continue;
            return true;
        }
    }
    return false;
}

bool m15_look_argued(Context const& c) { return c.has(Lex::harm_verb) || c.has(Lex::observable) || m15_particular(c); }

// motive15: "you can finish the refactor without me", "feel free to merge it without us": a change allowed without
// the writer is no gate; a gate "without me/us" needs a prohibition in its sentence ("don't", "never", "no one",
// "shouldn't", "can't", "must not", "not").
bool m15_allowed_without_me(Context const& c, Hit const& h) {
    if (!c.s.substr(h.begin, h.end - h.begin).starts_with("without")) return false;
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const& ws = words_of(c, *x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        // ("No rush, you can finish it without me": "no" in a courtesy forbids nothing.)
        if (w == "no" && i + 1 < ws.size() &&
            one_of(ws[i + 1].first, {"rush", "hurry", "problem", "problems", "worries", "worry", "pressure", "need"}))
            continue;
        if (w.ends_with("n't") || one_of(w, {"not", "never", "nobody", "noone", "no", "stop"})) return false;
    }
    return true;
}

// --- motive15: the illegitimate reasons in real people's words (coaching dev32, dev28, dev33), each a general shape:
// the writer's knowing one tool well set against not knowing another, or a distaste for new tooling with the current
// tool kept (new-framework); the writer's own preference or belief in a tool or way, marked as personal, with no
// evidence (my-way); changes kept to the writer or their team ("only my team can edit it"), barred while the writer is
// there
// ("nobody refactors it while I'm here", "over my dead body") or fenced off the writer's code ("no ORM in my services")
// (territorial); the writer's own work (pride, the time it took, "the importer I wrote") with its loss refused
// (attachment). Each leaves a case made with a particular alone (a number that is no list marker, a year or a
// duration). ---
namespace {

// aesthetic: "Not elegant, but it works", "it's ugly but it does the job": a look faulted and the thing's working set
// against it is the writer conceding taste, not pushing it.
bool m15_taste_denied_but_works(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    auto const end = x == nullptr ? c.s.size() : std::min<std::size_t>(c.s.size(), x->e + 40);
    auto rest = c.s.substr(h.end, std::min<std::size_t>(end - h.end, 40));
    while (!rest.empty() && (rest.front() == ',' || rest.front() == ' ' || rest.front() == ';')) rest.remove_prefix(1);
    for (std::string_view p : {"but it works", "but works", "but it does the job", "but it does its job",
                               "but it's functional", "but functional", "but it gets the job done"})
        if (rest.starts_with(p)) return true;
    return false;
}

// my-way: "that's how it should be done according to RFC 7231": the way given a source (a spec, the docs, a standard)
// is argued, not the writer's.
bool m15_way_conditioned(Context const& c, Hit const& h);

bool m15_way_sourced(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    return has_any(c, c.s.substr(h.end, x->e - h.end),
                   {"according to", "per the", "as per", "the docs", "the spec", "the rfc", "rfc", "the standard",
                    "the style guide", "the guidelines"});
}

bool m15_first(std::string_view w) {
    return one_of(w, {"i", "i'm", "i've", "i'd", "i'll", "we", "we're", "we've", "we'd", "we'll"});
}

// "I know Ant inside out", "I know make really well": the writer knowing a tool well (not "I know that ...",
// "let me know", "you know").
bool m15_knows_well(SentenceWords const& ws) {
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"i", "we"}) || ws[i + 1].first != "know") continue;
        for (std::size_t k = i + 2; k < ws.size() && k <= i + 5; ++k)
            if (one_of(ws[k].first, {"well", "inside", "best", "backwards", "thoroughly"}) ||
                (ws[k].first == "by" && k + 1 < ws.size() && ws[k + 1].first == "heart"))
                return true;
    }
    return false;
}

// "I don't know Maven very well", "I've never touched Gradle", "I'm not familiar with Bazel": the writer's
// unfamiliarity with a tool.
bool m15_knows_not(SentenceWords const& ws) {
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        auto const w = ws[i].first, n = ws[i + 1].first, m = ws[i + 2].first;
        if (!one_of(w, {"i", "i've", "i'm", "we", "we've", "we're"})) continue;
        if (one_of(n, {"don't", "do", "never"}) && one_of(m, {"know", "not", "touched", "used", "worked"})) {
            // "I don't know whether ...", "I don't know if": a question, no tool.
            auto const o = i + 3 < ws.size() ? ws[i + 3].first : std::string_view{};
            if (m == "know" && one_of(o, {"if", "whether", "what", "why", "how", "when", "where", "who", "that",
                                          "about", "the", "yet", ""}))
                continue;
            if (m == "not" && (o != "know" && o != "use")) continue;
            return true;
        }
        if (n == "never" && one_of(m, {"touched", "used", "worked", "learned", "learnt"})) return true;
        if (one_of(n, {"not", "am"}) && one_of(m, {"familiar", "not"})) return true;
    }
    return false;
}

// The current tool kept or chosen: "stays on Ant", "stick with", "keep Grunt", "I chose make", "we picked Jenkins".
bool m15_tool_kept(SentenceWords const& ws) {
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        auto const n = i + 1 < ws.size() ? ws[i + 1].first : std::string_view{};
        if (one_of(w, {"stick", "sticking", "stays", "stay", "staying", "chose", "picked"}) ||
            (one_of(w, {"keep", "keeping"}) &&
             !one_of(n, {"in", "an", "it", "them", "track", "up", "going", "the", "a"})) ||
            (w == "went" && n == "with"))
            return true;
    }
    return false;
}

// A cost or a plan told with the unfamiliarity ("please budget a week for me to ramp up", "I'd pair with Ana"):
// the writer's learning planned, no refusal.
bool m15_learning_planned(Context const& c) {
    static constexpr auto keys =
        WordBloom::word_hashes({"ramp", "budget", "spike", "pair", "estimate", "tutorial", "course", "learn"});
    if (!c.words.may_hold_any(keys)) return false;
    for (auto const& x : c.sentences)
        for (auto const& [w, at] : words_of(c, x))
            if (one_of(w, {"ramp", "budget", "spike", "pair", "estimate", "tutorial", "course"})) return true;
    return false;
}

// new-framework: the writer's knowing one tool well, set against not knowing another or with the tool kept, is
// familiarity as the reason ("I know Ant inside out and I've never touched Gradle, so the build stays on Ant", "I chose
// make because: 1. I know make really well. 2. I don't know grunt/gulp really well.").
bool m15_familiar_over_unknown(Context const& c) {
    if (!c.words.may_hold_any(WordBloom::word_hashes({"know"}))) return false;
    bool well = false, not_known = false, kept = false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        well = well || m15_knows_well(ws);
        not_known = not_known || m15_knows_not(ws);
        kept = kept || m15_tool_kept(ws);
    }
    return well && (not_known || kept) && !m15_learning_planned(c);
}

// A distaste for new tooling said by the writer: "not a fan of (having) new tooling", "don't want a pile of new
// tools", "rather not add another framework": a word of reluctance, then "new"/"another"/"more" before a word for
// tools within six words.
bool m15_new_tooling_disliked(SentenceWords const& ws) {
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        auto const n = i + 1 < ws.size() ? ws[i + 1].first : std::string_view{};
        bool const averse = (w == "fan" && i > 0 && one_of(ws[i - 1].first, {"a", "big"}) && i > 1 &&
                             std::ranges::any_of(ws.begin() + static_cast<std::ptrdiff_t>(i > 4 ? i - 4 : 0),
                                                 ws.begin() + static_cast<std::ptrdiff_t>(i),
                                                 [](auto const& p) {
                                                     return one_of(p.first, {"not", "no", "never"});
                                                 })) ||
                            ((w == "don't" || w == "not") && one_of(n, {"want", "keen", "like", "interested"})) ||
                            (w == "rather" && n == "not") || (w == "tired" && n == "of");
        if (!averse) continue;
        for (std::size_t k = i + 1; k + 1 < ws.size() && k <= i + 7; ++k)
            if (one_of(ws[k].first, {"new", "another", "more", "extra", "shiny"}))
                for (std::size_t m = k + 1; m < ws.size() && m <= k + 3; ++m)
                    if (one_of(ws[m].first, {"tool", "tools", "tooling", "framework", "frameworks", "toolchain",
                                             "toolchains", "language", "languages", "stack", "stacks", "dependency",
                                             "dependencies", "library", "libraries"}))
                        return true;
    }
    return false;
}

// The writer's wish to stay on the current tool: "I'd rather stick with the shell scripts", "I'd prefer to stay on
// Webpack", "I would prefer to stick to the Makefiles", "I'd prefer to keep Grunt".
bool m15_stay_wished(SentenceWords const& ws) {
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"rather", "prefer", "preferred", "prefers"})) continue;
        auto k = i + 1;
        if (k < ws.size() && ws[k].first == "to") ++k;
        if (k < ws.size() && one_of(ws[k].first, {"stick", "stay", "keep", "remain"})) return true;
    }
    return false;
}

// new-framework: a distaste for new tooling beside a wish to stay on the current tool ("Even though Earthly looks
// really interesting, I'm not a fan of having a lot of new tooling ... I would prefer to stick to the Makefiles").
bool m15_stays_off_new_tooling(Context const& c) {
    static constexpr auto keys = WordBloom::word_hashes({"fan", "want", "rather", "keen", "tired", "like"});
    if (!c.words.may_hold_any(keys)) return false;
    bool averse = false, stay = false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        averse = averse || m15_new_tooling_disliked(ws);
        stay = stay || m15_stay_wished(ws);
    }
    return averse && stay;
}

// my-way: the writer's own preference or belief in a tool or a way, marked as personal ("Personally I prefer Bash", "I
// personally believe a single Python script serves the purpose best", "I prefer to use my own conventions", "We have a
// strong belief in writing everything ourselves", "I'm convinced a cron job is the best fit"): a mark of the writer's
// own view (personally, my own, a strong belief, convinced), a verb of preference or belief by the writer and a
// verdict (best, right, better, fine, a fit), with no taste word in the sentence (that is aesthetic) and no reason.
bool m15_personal_way(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"personally", "own", "belief", "convinced"});
    if (!c.words.may_hold_any(keys)) return false;
    auto const& ws = words_of(c, x);
    auto const t = sentence_text(c, x);
    bool const personal = has_any(c, t,
                                  {"personally", "my own", "our own", "strong belief", "firm belief", "i'm convinced",
                                   "i am convinced", "we're convinced", "strongly believe", "firmly believe"});
    if (!personal) return false;
    bool stance = false, verdict = false;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (one_of(w, {"prefer", "believe", "think", "convinced", "belief"})) {
            // The writer's own: "I", "we" or "personally" within the three words before.
            for (std::size_t b = i; b-- > 0 && b + 3 >= i;)
                stance = stance || m15_first(ws[b].first) || one_of(ws[b].first, {"personally", "strong", "firm"});
            // "I prefer to use my own ...", "a belief in writing everything ourselves": the preference is the verdict;
            // "I'd prefer if the repository were left to ...", "I prefer that we wait" prefer a state of affairs.
            auto const n = i + 1 < ws.size() ? ws[i + 1].first : std::string_view{};
            verdict = verdict ||
                      (w == "prefer" && !one_of(n, {"if", "that", "not", "it", "we", "you", "they", "for"})) ||
                      w == "belief";
        }
        verdict = verdict || one_of(w, {"best", "better", "right", "superior", "fit", "purpose", "ourselves"});
    }
    if (!stance || !verdict) return false;
    // Taste in the sentence is aesthetic's; someone asked or a hedge leaves the call open.
    for (auto const& h : c.hits)
        if ((h.lex == Lex::taste || h.lex == Lex::illegit_aesthetic ||
             (h.lex == Lex::visual &&
              !one_of(c.s.substr(h.begin, h.end - h.begin), {"style", "styles", "naming", "look", "looks"}))) &&
            h.begin >= x.b && h.end <= x.e)
            return false;
    return !(x.question() || has_any(c, t, {"because", "since", "as it", "so that", "but"}));
}

bool m15_code_thing(std::string_view w) {
    return one_of(w, {"module",   "modules",  "service",   "services", "repo",  "repos",     "repository",
                      "codebase", "code",     "package",   "packages", "crate", "component", "components",
                      "project",  "projects", "pipeline",  "config",   "files", "scheduler", "library",
                      "api",      "schema",   "directory", "folder",   "app",   "frontend",  "backend"});
}

bool m15_change_verb(std::string_view w) {
    return one_of(w, {"edit",     "edits",   "change",   "changes", "touch",    "touches",   "merge",
                      "merges",   "approve", "approves", "modify",  "modifies", "commit",    "commits",
                      "push",     "pushes",  "deploy",   "deploys", "refactor", "refactors", "rewrite",
                      "rewrites", "review",  "reviews",  "write",   "writes",   "alter",     "alters"});
}

// territorial: changes kept to the writer or their team ("lock the billing config so that only my team can edit it",
// "a rule so only we can approve merges into the payments repo"): "only" before the writer's group and a change
// allowed to them (a freeze, a rota or a rule cited with it is a constraint: "during the freeze", "per the audit").
bool m15_only_mine_change(Context const& c, Sentence const& x) {
    if (!c.words.may_hold_any(WordBloom::word_hashes({"only"}))) return false;
    auto const& ws = words_of(c, x);
    auto const at = [&](std::size_t k) { return k < ws.size() ? ws[k].first : std::string_view{}; };
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (ws[i].first != "only") continue;
        auto k = i + 1;
        if (one_of(at(k), {"my", "our"}) && one_of(at(k + 1), {"team", "squad", "group", "people", "folks", "devs"}))
            k += 2;
        else if (one_of(at(k), {"i", "we", "me", "us"}))
            ++k;
        else
            continue;
        for (auto m = k; m < ws.size() && m <= k + 4; ++m)
            if (m15_change_verb(at(m)) &&
                one_of(at(k), {"can", "may", "should", "could", "will", "get", "are", "is", "am", "be", "must"})) {
                auto const t = sentence_text(c, x);
                return !has_any(c, t,
                                {"during", "until", "per", "freeze", "on-call", "on call", "rota", "today", "this week",
                                 "for now", "audit"});
            }
    }
    return false;
}

// territorial: changes barred for as long as the writer is there or over their dead body ("Nobody refactors the
// scheduler while I'm still on this team", "Over my dead body does another team push to our pipeline config"; "nobody
// touched it while I was on leave" tells what happened).
bool m15_barred_while_here(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"while", "long", "dead", "watch"});
    if (!c.words.may_hold_any(keys)) return false;
    auto const t = sentence_text(c, x);
    if (has_any(c, t, {"over my dead body", "not on my watch"})) return true;
    if (!has_any(c, t,
                 {"while i'm", "while i am", "as long as i'm", "as long as i am", "while we're", "while we are",
                  "as long as we're"}))
        return false;
    // "why not throw in a rewrite while we're at it": the idiom holds no one there.
    if (has_phrase(c, t, "while we're at it") || has_phrase(c, t, "while i'm at it")) return false;
    auto const& ws = words_of(c, x);
    bool barred = false, change = false;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        auto const n = i + 1 < ws.size() ? ws[i + 1].first : std::string_view{};
        barred = barred || one_of(w, {"nobody", "noone"}) || (w == "no" && one_of(n, {"one", "other", "changes"}));
        change = change || m15_change_verb(w) || one_of(w, {"touched", "rewritten", "replaced", "replace"});
    }
    return barred && change;
}

// territorial: another's change fenced off the writer's code, as a decree ("I'm putting my foot down: no ORM in my
// services", "no 'interfaces' layer in my modules", "I won't have a DI container in our codebase"): "no" opening the
// decree (at the sentence's start, after a colon or after the writer's foot put down) or a refusal to have or allow
// it, then "in"/"into" "my"/"our" and a word for code ("there's no retry logic in my service yet" reports).
bool m15_fenced_off_mine(Context const& c, Sentence const& x) {
    if (!c.words.may_hold_any(WordBloom::word_hashes({"my", "our"}))) return false;
    auto const& ws = words_of(c, x);
    auto const at = [&](std::size_t k) { return k < ws.size() ? ws[k].first : std::string_view{}; };
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"in", "into"}) || !one_of(at(i + 1), {"my", "our"}) || !m15_code_thing(at(i + 2)))
            continue;
        for (std::size_t b = i; b-- > 0 && b + 6 >= i;) {
            auto const w = ws[b].first;
            auto const pos = ws[b].second;
            bool const opens = pos == x.b || (pos >= 2 && c.s.substr(pos - 2, 2) == ": ");
            if (w == "no" && opens) return true;
            if (one_of(w, {"won't", "not", "never"}) && b + 1 < ws.size() &&
                one_of(ws[b + 1].first,
                       {"have", "having", "allow", "allowing", "accept", "accepting", "tolerate", "letting", "let"}))
                return true;
        }
        if (has_any(c, sentence_text(c, x), {"foot down"})) return true;
    }
    return false;
}

// The writer's own work or pride in sentence `x`: "I'm proud of it", "the thing I'm proudest of", "the importer I
// wrote", "I wrote half of those helper functions myself", "It took me all of last summer", "they mean a lot to me",
// "I spent two months building it".
bool m15_own_work(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    auto const t = sentence_text(c, x);
    if (has_any(c, t,
                {"proud of it", "proud of them", "proud of this", "proudest", "mean a lot to me", "means a lot to me",
                 "meant a lot to me", "took me"}))
        return true;
    // "my old parser", "my implementation": a thing of code the writer calls theirs.
    for (std::size_t i = 0; i + 1 < ws.size(); ++i)
        if (ws[i].first == "my" &&
            (m15_code_thing(ws[i + 1].first) ||
             one_of(ws[i + 1].first, {"implementation", "parser", "script", "tool"}) ||
             (ws[i + 1].first == "old" && i + 2 < ws.size() &&
              (m15_code_thing(ws[i + 2].first) || one_of(ws[i + 2].first, {"parser", "script", "tool"})))))
            return true;
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (ws[i].first != "i" ||
            !one_of(ws[i + 1].first, {"wrote", "built", "made", "designed", "created", "spent", "sank", "poured"}))
            continue;
        // "I wrote ... myself", "the importer I wrote" (a noun before "I"), "I spent two months building it".
        if (std::ranges::any_of(ws, [](auto const& p) { return p.first == "myself"; })) return true;
        if (i > 0 && !one_of(ws[i - 1].first, {"and", "but", "so", "then", "because", "when", "if", "that", "as"}))
            return true;
        if (ws[i + 1].first == "spent" || ws[i + 1].first == "sank" || ws[i + 1].first == "poured") return true;
    }
    return false;
}

// my-way: "before it has been clearly established that the new system is superior", "unless it's shown that X is
// better": a claim of superiority the writer makes a condition of asks for evidence, it asserts none.
bool m15_way_conditioned(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const before = c.s.substr(x->b, h.begin - x->b);
    auto const tail = before.substr(before.size() > 90 ? before.size() - 90 : 0);
    return has_any(c, tail,
                   {"established that", "shown that", "proven that", "proved that", "demonstrated that", "unless",
                    "until it", "whether", "if it turns out"});
}

// attachment: "throw away all old applications", "it would be a shame to cease its development": a phrase of loss from
// the attachment lexicon is the writer's attachment only beside the writer's own work (its own words "my baby", "put so
// much love" name it; else an effort or a thing owned in the message, or "I wrote/built it").
bool m15_loss_of_no_own_work(Context const& c, Hit const& h) {
    auto const t = c.s.substr(h.begin, h.end - h.begin);
    // ("overhaul something that works", "if it ain't broke" keep the existing thing whoever built it.)
    if (!has_any(c, t, {"throw", "throwing", "shame", "bin", "lose", "sad", "hate"})) return false;
    if (has_any(c, t, {"my", "i", "we", "our", "love", "put"})) return false;
    if (c.has(Lex::effort) || c.has(Lex::ownership)) return false;
    return std::ranges::none_of(c.sentences, [&](Sentence const& x) { return m15_own_work(c, x); });
}

// The loss of a thing refused or felt in sentence `x`: "I'm not keen on retiring it", "I'd rather not replace it",
// "please don't rip it out", "let's not swap them", "feels like losing a pet", "I'd like to keep them around".
bool m15_loss_refused(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    auto const removal = [](std::string_view w) {
        return one_of(w,
                      {"retire", "retiring",   "replace", "replacing", "rip",   "ripping",   "remove",    "removing",
                       "delete", "deleting",   "drop",    "dropping",  "scrap", "scrapping", "swap",      "swapping",
                       "throw",  "throwing",   "kill",    "killing",   "lose",  "losing",    "deprecate", "deprecating",
                       "sunset", "sunsetting", "bin",     "binning",   "give",  "giving"});
    };
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        // "Nobody rewrites it while I'm here": a change to it barred.
        if (one_of(w, {"nobody", "noone"}) && i + 1 < ws.size() && m15_change_verb(ws[i + 1].first)) return true;
        // "It's sad to see my old parser go", "I'd hate to see it go".
        if (w == "go" && i >= 2)
            for (std::size_t b = i; b-- > 0 && b + 6 >= i;)
                if (ws[b].first == "see" && b >= 2 && ws[b - 1].first == "to" &&
                    one_of(ws[b - 2].first, {"sad", "hate", "shame", "sorry"}))
                    return true;
        if (!removal(w)) {
            // "I'd like to keep them around", "I want to keep them".
            if (w == "keep" && i > 0 && one_of(ws[i - 1].first, {"to", "rather", "i'd", "we'd"}) && i + 1 < ws.size() &&
                one_of(ws[i + 1].first, {"it", "them", "this", "these", "those", "my", "our"}))
                return true;
            continue;
        }
        // "feels like losing a friend".
        if (i >= 2 && ws[i - 1].first == "like" && one_of(ws[i - 2].first, {"feels", "feel", "felt"})) return true;
        for (std::size_t b = i; b-- > 0 && b + 4 >= i;)
            if (one_of(ws[b].first, {"not", "don't", "dont", "never", "hate", "no"})) return true;
    }
    return false;
}

// attachment: the writer's own work or pride, and its loss refused or felt, in the same sentence or the next, with no
// particular of the case ("I spent two months on the uploader, and I agree the vendor widget is better; let's retire
// mine in March" gives it up).
bool m15_own_work_kept(Context const& c) {
    static constexpr auto keys =
        WordBloom::word_hashes({"proud", "proudest", "wrote", "built", "made", "designed", "created", "spent", "sank",
                                "poured", "took", "mean", "means", "meant", "my"});
    if (!c.words.may_hold_any(keys) || m15_particular(c)) return false;
    for (std::size_t i = 0; i < c.sentences.size(); ++i) {
        auto const& x = c.sentences[i];
        if (c.mostly_quoted(x.b, x.e) || !m15_own_work(c, x)) continue;
        for (std::size_t j = i; j < c.sentences.size() && j <= i + 1; ++j)
            if (!c.mostly_quoted(c.sentences[j].b, c.sentences[j].e) && m15_loss_refused(c, c.sentences[j]) &&
                !has_any(c, sentence_text(c, c.sentences[j]), {"agree", "let's retire", "happy to"}))
                return true;
    }
    return false;
}

// new-framework: the calendar as the argument against a technology ("Just remove jQuery! We're coming up to 2019 for
// crying out loud", "It's 2025, why are we still writing Perl?"): the present year invoked ("it's", "we're", "coming up
// to", "almost" before it) in a message that removes a technology or asks why it is still used ("jQuery 1.x is EOL
// and CVE-2020-11022 affects us, so let's drop it before 2025" gives a particular and a date, no calendar).
bool m15_calendar_as_reason(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    bool year = false;
    for (std::size_t i = 0; i < ws.size() && !year; ++i) {
        auto const w = ws[i].first;
        if (!(w.size() == 4 && w.starts_with("20") && w[2] >= '1' && w[2] <= '3' && w[3] >= '0' && w[3] <= '9'))
            continue;
        for (std::size_t b = i; b-- > 0 && b + 3 >= i;)
            year = year || one_of(ws[b].first, {"it's", "its", "we're", "coming", "almost", "nearly"}) ||
                   (ws[b].first == "is" && b > 0 && ws[b - 1].first == "it") ||
                   (ws[b].first == "are" && b > 0 && ws[b - 1].first == "we");
    }
    if (!year && !has_phrase(c, sentence_text(c, x), "this day and age")) return false;
    for (auto const& y : c.sentences) {
        auto const& ys = words_of(c, y);
        for (std::size_t i = 0; i < ys.size(); ++i) {
            auto const w = ys[i].first;
            auto const n = i + 1 < ys.size() ? ys[i + 1].first : std::string_view{};
            if (one_of(w, {"remove", "drop", "ditch", "kill", "replace", "dump"}) || (w == "get" && n == "rid") ||
                (w == "still" && one_of(n, {"using", "use", "on", "writing", "running", "stuck", "maintaining"})))
                return true;
        }
    }
    return false;
}

// my-way: the writer's own thing judged fine, with no rule against it as the ground ("well, I think this is good and
// we don't have a standard saying otherwise"): a verdict of the writer ("I think this/it/mine is good/fine") and a
// rule, standard or policy said to be missing that would say otherwise ("There's no rule against shipping on Fridays,
// but the rota is thin" judges nothing of the writer's).
bool m15_no_rule_against(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"otherwise", "against"});
    if (!c.words.may_hold_any(keys)) return false;
    auto const t = sentence_text(c, x);
    if (!has_any(c, t,
                 {"standard", "rule", "rules", "policy", "guideline", "guidelines", "convention", "style guide"}) ||
        !has_any(c, t,
                 {"saying otherwise", "says otherwise", "say otherwise", "against it", "against this", "against that"}))
        return false;
    for (auto const& y : c.sentences) {
        auto const& ys = words_of(c, y);
        for (std::size_t i = 0; i + 4 < ys.size() + 1 && i + 2 < ys.size(); ++i)
            if (ys[i].first == "i" && one_of(ys[i + 1].first, {"think", "believe", "feel"}))
                for (std::size_t k = i + 2; k + 1 < ys.size() && k <= i + 5; ++k)
                    if (one_of(ys[k].first, {"is", "it's", "looks", "works"}) &&
                        one_of(ys[k + 1].first, {"good", "fine", "ok", "okay", "right", "better", "correct"}))
                        return true;
    }
    return false;
}

// my-way: the writer's own assent as what decides ("I only merge changes that I agree with", "we only ship features
// we like"): "only", a verb and what it takes, then a clause whose subject is the writer and whose verb is agreeing,
// liking or wanting ("I only review PRs that have tests" names a criterion of the work).
bool m15_own_assent_decides(Context const& c, Sentence const& x) {
    if (!c.words.may_hold_any(WordBloom::word_hashes({"only"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (ws[i].first != "only" || (i > 0 && !m15_first(ws[i - 1].first))) continue;
        for (std::size_t k = i + 2; k + 1 < ws.size() && k <= i + 6; ++k) {
            auto j = k;
            if (one_of(ws[j].first, {"that", "which"})) ++j;
            if (j + 1 < ws.size() && one_of(ws[j].first, {"i", "we"}) &&
                one_of(ws[j + 1].first, {"agree", "like", "want", "approve", "personally", "care"}))
                return true;
        }
    }
    return false;
}

// territorial: a change that must satisfy the writer ("*We* maintain Emacs, and so the change must satisfy *us*"):
// a duty to satisfy or please "us"/"me" laid on a change ("must satisfy the PCI auditor" names a rule's owner).
bool m15_must_satisfy_us(Context const& c, Sentence const& x) {
    if (!c.words.may_hold_any(WordBloom::word_hashes({"satisfy", "please"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 1 < ws.size(); ++i)
        if (one_of(ws[i].first, {"satisfy", "please"}) && one_of(ws[i + 1].first, {"us", "me"}) &&
            one_of(ws[i - 1].first, {"must", "to", "should"}))
            return true;
    return false;
}

// new-framework: the writer's long use of a tool as the reason to refuse another ("I've been writing Java for 15 years,
// I'm not switching to Kotlin now", "We don't need Docker, I've deployed with rsync for a decade", "I've used Jenkins
// my whole career and I'm not about to start over with GitHub Actions"): a use of the writer's told with its length (a
// duration, "a decade", "years", "my whole career", "forever"), and a switch, a new start or the new thing refused.
bool m15_tenure_over_new(Context const& c) {
    static constexpr auto keys = WordBloom::word_hashes({"years", "decade", "decades", "career", "forever", "year"});
    if (!c.words.may_hold_any(keys)) return false;
    bool tenure = false, refused = false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
            auto const w = ws[i].first;
            // "I've been writing", "I've deployed", "I've used", "we've run".
            if (one_of(w, {"i've", "we've"}) || (one_of(w, {"i", "we"}) && one_of(ws[i + 1].first, {"have", "has"}))) {
                auto k = i + 1;
                if (ws[k].first == "have") ++k;
                if (k < ws.size() && ws[k].first == "been") ++k;
                if (k < ws.size() && one_of(ws[k].first, {"writing", "using", "used", "deployed", "deploying",
                                                          "running", "run", "coding", "programming", "working",
                                                          "worked", "shipping", "shipped", "built", "building"}))
                    for (auto m = k + 1; m < ws.size() && m <= k + 8; ++m)
                        tenure = tenure || one_of(ws[m].first, {"years", "decade", "decades", "career", "forever"}) ||
                                 (ws[m].first == "year" && m > 0 && one_of(ws[m - 1].first, {"every", "each"}));
            }
            // "not switching", "not about to start over", "don't need Docker" (a name or a technology needed),
            // "not learning", "not moving" ("I don't need anything else" needs no tool).
            if (one_of(w, {"not", "don't", "won't", "never", "no"}))
                for (auto m = i + 1; m < ws.size() && m <= i + 3; ++m) {
                    auto const named =
                        m + 1 < ws.size() && ((!c.shouting && c.orig_byte(ws[m + 1].second) >= 'A' &&
                                               c.orig_byte(ws[m + 1].second) <= 'Z') ||
                                              c.first(Lex::tech, ws[m + 1].second, ws[m + 1].second + 1) != nullptr);
                    refused = refused ||
                              one_of(ws[m].first, {"switching", "switch", "start", "moving", "move", "migrating",
                                                   "migrate", "learning", "learn", "adopting", "adopt"}) ||
                              (ws[m].first == "need" && named);
                }
        }
    }
    return tenure && refused;
}

// territorial: a change to the writer's area forbidden without the writer ("Please don't open PRs against the billing
// module without pinging me first", "no merges into the SDK without checking with us"): a prohibition, a change (a
// PR, a merge, an edit), "without" and "me"/"us" within four words, and no reason or time given with it ("... without
// pinging me first, I need to tag the release" is the owner's constraint).
bool m15_change_without_me(Context const& c, Sentence const& x) {
    if (!c.words.may_hold_any(WordBloom::word_hashes({"without"}))) return false;
    auto const& ws = words_of(c, x);
    bool forbid = false, change = false, without_me = false;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        forbid = forbid || one_of(w, {"don't", "never", "nobody", "noone"}) ||
                 (w == "no" && i + 1 < ws.size() && !one_of(ws[i + 1].first, {"need", "reason", "problem"})) ||
                 (w == "not" && i > 0 && ws[i - 1].first == "do");
        change = change || m15_change_verb(w) ||
                 one_of(w, {"pr", "prs", "pull", "merged", "changed", "edited", "touched", "commits", "patches"});
        if (w == "without")
            for (auto m = i + 1; m < ws.size() && m <= i + 4; ++m)
                without_me = without_me || one_of(ws[m].first, {"me", "us"});
    }
    if (!forbid || !change || !without_me) return false;
    auto const next = static_cast<std::size_t>(&x - c.sentences.data()) + 1;
    auto const reason_in = [&](Sentence const& y) {
        return has_any(c, sentence_text(c, y),
                       {"because", "since", "i need", "we need", "until", "during", "while", "freeze", "release",
                        "audit", "on-call", "on call"});
    };
    return !reason_in(x) && (next >= c.sentences.size() || !reason_in(c.sentences[next]));
}

// my-way: the writer's own way named and the talk closed ("That's just how I structure my services, end of
// discussion"): "how I ...", "the way I ..." or "what I ..." and a closing phrase in the sentence or the next.
bool m15_own_way_closed(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes({"discussion", "debate", "story", "negotiable"});
    if (!c.words.may_hold_any(keys)) return false;
    auto const i = static_cast<std::size_t>(&x - c.sentences.data());
    bool closed = false;
    for (auto k = i; k < c.sentences.size() && k <= i + 1 && !closed; ++k)
        closed = has_any(c, sentence_text(c, c.sentences[k]),
                         {"end of discussion", "end of story", "end of debate", "not up for debate",
                          "not up for discussion", "non-negotiable", "not negotiable"});
    return closed &&
           has_any(c, sentence_text(c, x), {"how i", "the way i", "how we", "the way we", "my way", "our way"});
}

// aesthetic: an old look missed, wanted back or called better, with no reason ("I miss the old icons. Please bring them
// back.", "The old design was perfect, the new one is a downgrade.", "Not satisfied with the new UI. Can we have the
// old one back?"): a thing of looks in the message, the old one missed, brought back or praised in a sentence, and
// nothing said of what the look does (a number, a harm, users, clicks, what is hidden or found).
bool m15_old_look_wanted(Context const& c) {
    static constexpr auto keys = WordBloom::word_hashes({"old", "previous", "original", "satisfied"});
    if (!c.words.may_hold_any(keys) || !c.has(Lex::visual)) return false;
    if (m15_particular(c) || c.has(Lex::observable) || c.has(Lex::harm_verb) || c.has(Lex::consequence) ||
        c.has(Lex::reason_cue))
        return false;
    bool wanted = false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        auto const t = sentence_text(c, x);
        for (auto const& word : ws) {
            auto const w = word.first;
            if (served_people(w) || one_of(w, {"click", "clicks", "steps", "faster", "slower", "find", "hides",
                                               "hidden", "broken", "crash", "crashes", "bug", "bugs", "accessibility",
                                               "contrast", "readers", "performance", "load", "loads"}))
                return false;
        }
        wanted = wanted || has_any(c, t,
                                   {"miss the old", "miss the previous", "miss the original", "bring back the old",
                                    "bring them back", "bring it back", "the old one back", "the old ones back",
                                    "switch back to the old", "revert to the old", "go back to the old",
                                    "not satisfied with the new"});
        // "the old design was perfect", "the previous theme was way better".
        for (std::size_t i = 0; i + 3 < ws.size(); ++i)
            if (one_of(ws[i].first, {"old", "previous", "original"})) {
                for (auto k = i + 1; k + 1 < ws.size() && k <= i + 3; ++k)
                    if (one_of(ws[k].first, {"was", "is", "looked", "looks"}))
                        for (auto m = k + 1; m < ws.size() && m <= k + 2; ++m)
                            wanted = wanted || one_of(ws[m].first, {"perfect", "better", "nicer", "prettier", "great",
                                                                    "superior", "gorgeous", "beautiful", "cleaner"});
            }
    }
    return wanted;
}

// my-way: the check waved off on the writer's certainty ("I'd do it differently and I'm pretty sure I'm right, no need
// for a spike"): a spike, benchmark, measurement or data said not to be needed, and the writer's certainty or way in
// the message ("I'm sure", "I'm right", "trust me", "my way").
bool m15_check_waved(Context const& c) {
    static constexpr auto keys = WordBloom::word_hashes({"need", "needed"});
    if (!c.words.may_hold_any(keys)) return false;
    bool waved = false, certain = false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
            bool const no_need = (ws[i].first == "no" && ws[i + 1].first == "need") ||
                                 (one_of(ws[i].first, {"don't", "doesn't", "won't"}) && ws[i + 1].first == "need");
            if (!no_need) continue;
            for (auto k = i + 2; k < ws.size() && k <= i + 5; ++k)
                waved = waved || one_of(ws[k].first, {"spike", "benchmark", "benchmarks", "poc", "prototype", "measure",
                                                      "measurements", "numbers", "data", "experiment", "comparison",
                                                      "compare", "benchmarking", "profiling", "profile"});
        }
        auto const t = sentence_text(c, x);
        certain =
            certain || has_any(c, t,
                               {"i'm sure", "i'm pretty sure", "i'm quite sure", "i'm right", "i am right", "trust me",
                                "i know it", "i just know", "my way", "i'm confident", "i'm certain"});
    }
    return waved && certain;
}

// my-way: the writer's own thought or knowledge set above everyone's ("Look, I've thought about this more than anyone
// here; the cache goes in the gateway", "I know this code better than anyone"): the writer as subject of thinking or
// knowing, then "more"/"better"/"longer" "than anyone" ("I've been on call more than anyone this month" tells a load).
bool m15_above_anyone(Context const& c, Sentence const& x) {
    if (!c.words.may_hold_any(WordBloom::word_hashes({"anyone", "anybody", "everyone"}))) return false;
    auto const t = sentence_text(c, x);
    if (!has_any(c, t,
                 {"more than anyone", "better than anyone", "longer than anyone", "more than anybody",
                  "better than anybody", "better than everyone", "more than everyone"}))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"i", "i've", "i'm"})) continue;
        for (auto k = i + 1; k < ws.size() && k <= i + 4; ++k)
            if (one_of(ws[k].first, {"thought", "know", "understand", "studied", "researched", "considered", "designed",
                                     "thinking"}))
                return true;
    }
    return false;
}

// territorial: others not wanted meddling in what is the writer's ("I don't want the data team poking around in our
// pipeline", "I'd rather other teams not mess with my service"): the writer's reluctance, then a verb of meddling and
// "in"/"with" "my"/"our" within four words.
bool m15_meddling_unwanted(Context const& c, Sentence const& x) {
    static constexpr auto keys = WordBloom::word_hashes(
        {"poking", "messing", "mess", "fiddling", "meddling", "mucking", "tinkering", "digging", "hacking"});
    if (!c.words.may_hold_any(keys)) return false;
    auto const& ws = words_of(c, x);
    bool unwanted = false;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        auto const n = i + 1 < ws.size() ? ws[i + 1].first : std::string_view{};
        unwanted =
            unwanted || ((w == "don't" || w == "not") && one_of(n, {"want", "like"})) || w == "rather" || w == "stop";
        if (!unwanted || !one_of(w, {"poking", "messing", "mess", "fiddling", "meddling", "mucking", "tinkering",
                                     "digging", "hacking"}))
            continue;
        for (auto k = i + 1; k + 1 < ws.size() && k <= i + 4; ++k)
            if (one_of(ws[k].first, {"in", "with", "into"}) && one_of(ws[k + 1].first, {"my", "our"})) return true;
    }
    return false;
}

// new-framework: a technology dismissed as ceremony with the writer staying on the current one ("TypeScript just adds
// ceremony. I'll stick to plain JS."): "adds"/"is"/"just" then a word of dismissal (ceremony, boilerplate, bloat,
// overkill, a fad, hype), and the writer's "I'll stick"/"let's stick"/"we'll keep" or a wish to stay, no number.
bool m15_dismissed_and_kept(Context const& c) {
    static constexpr auto keys =
        WordBloom::word_hashes({"ceremony", "boilerplate", "bloat", "overkill", "fad", "hype"});
    if (!c.words.may_hold_any(keys)) return false;
    bool dismissed = false, stay = false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
            if (one_of(ws[i].first, {"adds", "is", "just", "pure", "mostly", "all"}))
                for (auto k = i + 1; k < ws.size() && k <= i + 3; ++k)
                    dismissed = dismissed ||
                                one_of(ws[k].first, {"ceremony", "boilerplate", "bloat", "overkill", "fad", "hype"});
            stay = stay || (one_of(ws[i].first, {"i'll", "we'll", "let's"}) &&
                            one_of(ws[i + 1].first, {"stick", "stay", "keep"}));
        }
        stay = stay || m15_stay_wished(ws);
    }
    return dismissed && stay;
}

// The motive15 constructions, added to `a` (a call site in find_motives).
void m15_find_motives(Context const& c, Analysis& a, bool evidenced) {
    Flagger f{c, a};
    auto const whole = static_cast<std::uint32_t>(c.s.size());
    // The detector's `evidenced` also counts a noun and its verb as an event ("the build stays on Ant", "a script
    // serves the purpose"): these constructions ask for a number or an observation.
    (void)evidenced;
    bool const particular = m15_particular(c) || c.has(Lex::observable);
    if (!particular && (m15_familiar_over_unknown(c) || m15_stays_off_new_tooling(c)))
        f.reason(Reason::new_framework, 0, whole);
    if (m15_own_work_kept(c)) f.reason(Reason::attachment, 0, whole);
    if (!particular && (m15_tenure_over_new(c) || m15_dismissed_and_kept(c))) f.reason(Reason::new_framework, 0, whole);
    if (!particular && m15_check_waved(c)) f.reason(Reason::my_way, 0, whole);
    if (m15_old_look_wanted(c) && !praise_only(c) && !taste_deferred(c)) f.reason(Reason::aesthetic, 0, whole);
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        if (!particular && !taste_deferred(c) && m15_personal_way(c, x)) f.reason(Reason::my_way, x.b, x.e);
        if (m15_no_rule_against(c, x) || m15_own_assent_decides(c, x)) f.reason(Reason::my_way, x.b, x.e);
        if (!particular && !c.has(Lex::observable) && m15_calendar_as_reason(c, x))
            f.reason(Reason::new_framework, x.b, x.e);
        if (m15_must_satisfy_us(c, x) || m15_change_without_me(c, x)) f.reason(Reason::territorial, x.b, x.e);
        if (m15_own_way_closed(c, x) || m15_above_anyone(c, x)) f.reason(Reason::my_way, x.b, x.e);
        if (m15_meddling_unwanted(c, x)) f.reason(Reason::territorial, x.b, x.e);
        if (m15_only_mine_change(c, x) || m15_barred_while_here(c, x) || m15_fenced_off_mine(c, x))
            f.reason(Reason::territorial, x.b, x.e);
    }
}

}  // namespace
// --- motive15: end ---

// --- flags17: the seventeenth round's red flags and motives, by construction (from the misses on dev36-dev38) ---
namespace {

// The sentence `x` as written (case and emoji kept).
std::string_view l17_written(Context const& c, Sentence const& x) {
    auto const r = c.orig_range(x.b, x.e);
    return c.orig.substr(r.start, r.end - r.start);
}

// A person named at word `i` of `ws`: a name, a pronoun for someone, a mention; not the writer, not a thing.
bool l17_someone(Context const& c, SentenceWords const& ws, std::size_t i) {
    if (i >= ws.size()) return false;
    auto const [w, at] = ws[i];
    if (one_of(w, {"it", "this", "that", "you", "i", "we", "me", "us", "my", "our", "the", "a", "an", "all", "each"}))
        return false;
    return one_of(w, {"him", "her", "them"}) || person_subject(c, w, at);
}

// "quick DM, not going through Omar on this", "skipping Jon on this one": the rung the writer's message goes around
// named as a person. "not going through the whole list", "without going through QA" name no one.
bool l17_not_through_person(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"through", "skipping", "bypassing"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first;
        if (one_of(w, {"skipping", "bypassing"}) && l17_someone(c, ws, i + 1) &&
            (i == 0 || one_of(ws[i - 1].first, {"i'm", "im", "just", "and", "i", "we", "we're", "i'll", "we'll"})))
            return true;
        if (w != "through" || i == 0 || !one_of(ws[i - 1].first, {"going", "go", "went"})) continue;
        bool refused = false;
        for (std::size_t k = i - 1; k-- > 0 && k + 4 > i;)
            refused = refused || one_of(ws[k].first, {"not", "without", "instead", "skip", "rather"});
        if (refused && l17_someone(c, ws, i + 1)) return true;
    }
    return false;
}

// "Surely nothing will break.", "Nothing could possibly go wrong": harm foretold as impossible, which says it is sure.
bool l17_harm_called_impossible(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"surely", "possibly"}))) return false;
    auto const t = sentence_text(c, x);
    bool const sure = has_any(c, t,
                              {"surely nothing", "surely no one", "surely nobody", "nothing could possibly",
                               "nothing can possibly", "what could possibly"});
    return sure && has_any(c, t,
                           {"break", "go wrong", "fail", "fall over", "blow up", "explode", "happen", "notice",
                            "complain", "slip"});
}

// "the new HMI sure is... beige", "Really captures the magic of chlorine dosing": a verdict held back by an ellipsis,
// or a thing's charm praised in a message that opens with "wow" or "oh".
bool l17_mock_verdict(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    // The pause right before the verdict ("sure is... beige", "is so... green"); "This is so slow... can we profile
    // it?" pauses after it. The words first: the written sentence is only read where they are.
    if (has_any(c, t,
                {"sure is", "sure looks", "certainly is", "certainly looks", "is so", "looks so", "is just so",
                 "looks just so"})) {
        std::string low(l17_written(c, x));
        for (auto& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        if (std::ranges::any_of(std::array<std::string_view, 6>{"is...", "is\xE2\x80\xA6", "so...", "so\xE2\x80\xA6",
                                                                "looks...", "looks\xE2\x80\xA6"},
                                [&](std::string_view p) { return low.find(p) != std::string::npos; }))
            return true;
    }
    bool const opens = c.s.starts_with("wow") || c.s.starts_with("oh ") || c.s.starts_with("oh,");
    return opens && has_any(c, t,
                            {"captures the magic of", "captures the spirit of", "captures the joy of",
                             "captures the essence of", "really sings", "truly inspired"});
}

// "Ledger reconciliation jobs belong to my team. If payments wants changes they can file a ticket and wait", "Only
// Jonas and I merge to the scheduler repo", "Mobile doesn't get to decide what goes into our SDK", "tell them to stay
// in their lane": the writer's ground claimed against others' changes.
bool l17_ground_claimed(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    if (has_any(c, t, {"stay in their lane", "stay in your lane", "stays in their lane", "keep to their lane"}))
        return true;
    if (has_any(c, t,
                {"doesn't get to decide what goes into our", "don't get to decide what goes into our",
                 "doesn't get a say in our", "don't get a say in our", "has no say over our", "have no say over our"}))
        return true;
    // "Nobody else deploys the payments service. That's my job and I'm keeping it that way."
    if (has_any(c, t,
                {"nobody else deploys", "nobody else touches", "nobody else merges", "nobody else changes",
                 "nobody else edits", "nobody else ships", "nobody else releases", "nobody else pushes",
                 "nobody else approves", "no one else deploys", "no one else touches", "no one else merges",
                 "no one else changes", "no one else ships"}) &&
        has_any(c, c.s, {"that's my job", "that is my job", "keeping it that way", "keep it that way", "only me"}))
        return true;
    auto const& ws = words_of(c, x);
    // "Only Jonas and I merge to …", "only me and Ana approve …": the writer one of the only ones let in.
    if (!ws.empty() && ws[0].first == "only")
        for (std::size_t i = 1; i + 1 < ws.size() && i <= 5; ++i)
            if (one_of(ws[i].first, {"i", "me", "we", "us", "my"}) &&
                one_of(ws[i + 1].first, {"merge", "approve", "deploy", "push", "commit", "review", "touch", "change",
                                         "ship", "release", "decide", "team"}))
                return true;
    // "… belong(s) to my team / me / us", with others' changes held off in the sentence or the next.
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"belong", "belongs"}) || ws[i + 1].first != "to") continue;
        auto const owner = ws[i + 2].first;
        if (!one_of(owner, {"me", "us", "my", "our"})) continue;
        auto const at = sentence_index(c, x.b);
        auto const next = static_cast<std::size_t>(at + 1) < c.sentences.size()
                              ? sentence_text(c, c.sentences[static_cast<std::size_t>(at + 1)])
                              : std::string_view{};
        for (auto const u : {t, next})
            if (has_any(c, u,
                        {"file a ticket", "wait like everyone", "nobody else", "no one else", "hands off",
                         "go through me", "go through us", "ask us first", "ask me first", "not theirs", "stay out",
                         "doesn't get to touch", "don't get to touch", "without our sign-off", "without my sign-off",
                         "without our say", "not in my"}))
                return true;
    }
    return false;
}

// "It's only my system, what would I know": the writer's ground named in mock modesty, against a change let in.
bool l17_ground_in_mock_modesty(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    return has_any(c, t,
                   {"only my system", "only my service", "only my code", "only my module", "only my repo",
                    "just my system", "just my service", "just my code", "only my team's"}) &&
           has_any(c, c.s, {"what would i know", "what do i know", "let the", "let them", "sure,"});
}

// "I haven't measured it, I've been writing C for decades": a claim held up by the writer's years, with its check
// admitted undone.
bool l17_years_for_measure(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    bool const years =
        has_any(c, t,
                {"for decades", "for years", "for ages", "for a decade", "for 10 years", "for 15 years", "for 20 years",
                 "for 25 years", "for 30 years"}) &&
        has_any(c, t,
                {"i've been", "ive been", "i have been", "been writing", "been doing", "been coding", "been building"});
    if (!years) return false;
    return has_any(c, c.s,
                   {"haven't measured", "have not measured", "haven't benchmarked", "haven't tested", "didn't measure",
                    "didn't benchmark", "not measured", "no, i haven't", "trust me", "just know", "i know it's"});
}

// "The invoicing code is very old. It's time to migrate it to a newer framework": age against a newer stack, with no
// particular of a problem it solves.
bool l17_newer_for_age(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"newer", "modern", "newest", "latest"}))) return false;
    auto const t = sentence_text(c, x);
    bool const newer =
        has_any(c, t,
                {"newer framework", "newer stack", "newer language", "newer library", "more modern framework",
                 "more modern stack", "modern framework", "newest framework", "latest framework"});
    bool const move = has_any(c, t, {"migrate", "move", "port", "switch", "rewrite", "moving", "porting", "switching"});
    return newer && move &&
           has_any(c, c.s,
                   {"is old", "very old", "so old", "really old", "is ancient", "is dated", "time to", "it's time"});
}

// "the scheduler is my project. I'm not letting it get scheduled for removal", "I know I'm not supposed to identify
// with my code, but ...": the writer's own thing, its loss refused for being theirs.
bool l17_mine_kept(Context const& c) {
    bool const mine = has_any(c, c.s,
                              {"is my project", "is my baby", "is my creation", "is my code", "is my work",
                               "identify with my code", "my life's work", "i built it", "i created it"});
    if (!mine) return false;
    return has_any(c, c.s,
                   {"not letting it", "not letting anyone", "won't let it", "won't let anyone", "i'm not letting",
                    "over my dead body", "not going to let it", "i refuse to let"});
}

// "Blocking the PR until the variables are renamed. `resData` and `tmpList` just read wrong to me": a block held on a
// look the writer names as theirs, with no reason given.
bool l17_block_on_taste(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    if (!has_any(c, t,
                 {"read wrong to me", "reads wrong to me", "look wrong to me", "looks wrong to me", "feel wrong to me",
                  "feels wrong to me", "doesn't look like our code", "don't look like our code", "colours are personal",
                  "colors are personal"}))
        return false;
    return has_any(c, c.s,
                   {"blocking", "block the", "not approving", "won't approve", "hold the release", "hold the pr",
                    "until", "revert"});
}

bool l17_current_damned(Context const& c);
bool l17_bored_of_it(Context const& c);
bool l17_sole_gate(Context const& c);
bool l17_check_waived(Context const& c);
bool l17_crowd_on_it(Context const& c);
bool l17_rank_as_reason(Context const& c);
bool l17_sentiment_kept(Context const& c);
bool l17_shouted_mine(Context const& c);
bool l17_fun_stack(Context const& c);

// --- flags18: from the eighteenth round's blind split (dev42) ---
// "Nothing's wrong with the Rails app really, I just think it's where everything is heading", "Nothing's broken, I
// just think we fall behind by staying on Python": a rebuild proposed for a thing said to work is novelty.
bool l18_rebuild_of_what_works(Context const& c) {
    return has_any(
               c, c.s,
               {"nothing's wrong with", "nothing is wrong with", "nothing wrong with", "nothing's broken",
                "nothing is broken", "nothing's broke", "it works fine", "works fine today", "it's working fine"}) &&
           has_any(c, c.s,
                   {"rebuild", "rewrite", "rewriting", "rebuilding", "re-write", "port it to", "move it all to",
                    "migrate it to", "redo it in", "switch it to"}) &&
           !has_any(c, c.s, {"nothing's wrong with the plan", "nothing wrong with the plan"});
}
// "I'd rather we didn't. I spent most of 2021 on that daemon and I'm kinda proud of it", "I wrote the SIP2 bridge ...
// Can we not retire it? Feels wrong to just switch it off.": the writer's pride or authorship as the reason to keep a
// thing the plan retires.
bool l18_pride_kept(Context const& c) {
    bool const mine = has_any(c, c.s,
                              {"i'm proud of", "i'm kinda proud", "i'm pretty proud", "i'm really proud",
                               "i'm quite proud", "i am proud of", "im proud of", "i'm kind of proud", "i wrote the",
                               "i wrote that", "i built the", "i built that", "i spent most of", "i spent months on"});
    bool const kept =
        has_any(c, c.s,
                {"rather we didn't", "rather we did not", "can we not retire", "can we not drop", "can we not kill",
                 "can we keep it", "not retire it", "don't retire it", "feels wrong to just", "feels wrong to switch",
                 "feels wrong to retire", "feels wrong to kill", "feels wrong to turn"});
    return mine && kept;
}
// "their data looked messy from what I saw": messy data (records, logs, an import) is a quality of the data, not a
// look.
bool l18_data_messy(Context const& c, Hit const& h) {
    if (c.s.substr(h.begin, h.end - h.begin) != "messy") return false;
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    std::string_view const before = c.s.substr(x->b, h.begin - x->b);
    for (std::string_view data : {"data ", "records ", "logs ", "import ", "csv ", "spreadsheet ", "dataset "})
        if (before.find(data) != std::string_view::npos) return true;
    return false;
}
// "I've done invoice rounding this way for ten years, it's fine. Not switching ...": years of doing it one way held up
// as the reason, the change refused.
bool l18_way_by_years(Context const& c) {
    return has_any(c, c.s, {"this way for", "it this way for", "that way for"}) &&
           has_any(c, c.s, {"years", "decades", "ages", "forever"}) &&
           has_any(c, c.s,
                   {"it's fine", "its fine", "not switching", "not changing", "no need to change", "works fine",
                    "not moving", "i'm not switching", "not going to switch"});
}
// "exciting times folks: dynamic pricing launches on rivalry night with zero load testing. I for one cannot wait to
// watch the POS queue": delight foretold at a launch whose safeguard the draft says is missing.
bool l18_cheer_at_missing_safeguard(Context const& c) {
    return has_any(c, c.s,
                   {"can't wait to watch", "cannot wait to watch", "can't wait to see", "cannot wait to see",
                    "cant wait to watch", "cant wait to see"}) &&
           has_any(c, c.s,
                   {"zero load testing", "no load testing", "zero testing", "no testing", "without testing",
                    "without any testing", "no rollback", "without a rollback", "zero qa", "no qa", "untested"});
}
// --- flags18: end ---

void l17_find_motives(Context const& c, Analysis& a, bool evidenced) {
    Flagger f{c, a};
    bool const particular = m15_particular(c) || c.has(Lex::observable);
    if (l17_mine_kept(c) || l17_shouted_mine(c))
        f.reason(Reason::attachment, 0, static_cast<std::uint32_t>(c.s.size()));
    if (!particular && l17_fun_stack(c)) f.reason(Reason::new_framework, 0, static_cast<std::uint32_t>(c.s.size()));
    if (!particular && !evidenced && l17_current_damned(c))
        f.reason(Reason::new_framework, 0, static_cast<std::uint32_t>(c.s.size()));
    if (!particular && l17_crowd_on_it(c)) f.reason(Reason::new_framework, 0, static_cast<std::uint32_t>(c.s.size()));
    if (l17_rank_as_reason(c) || l17_check_waived(c))
        f.reason(Reason::my_way, 0, static_cast<std::uint32_t>(c.s.size()));
    if (l17_sentiment_kept(c)) f.reason(Reason::attachment, 0, static_cast<std::uint32_t>(c.s.size()));
    if (!particular && l17_bored_of_it(c)) f.reason(Reason::new_framework, 0, static_cast<std::uint32_t>(c.s.size()));
    if (l17_sole_gate(c)) f.reason(Reason::territorial, 0, static_cast<std::uint32_t>(c.s.size()));
    if (!particular && !evidenced && l18_rebuild_of_what_works(c))  // flags18
        f.reason(Reason::new_framework, 0, static_cast<std::uint32_t>(c.s.size()));
    if (!particular && l18_pride_kept(c))  // flags18
        f.reason(Reason::attachment, 0, static_cast<std::uint32_t>(c.s.size()));
    if (l18_way_by_years(c)) f.reason(Reason::my_way, 0, static_cast<std::uint32_t>(c.s.size()));  // flags18
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        if (l17_ground_claimed(c, x) || l17_ground_in_mock_modesty(c, x)) f.reason(Reason::territorial, x.b, x.e);
        if (!particular && l17_years_for_measure(c, x)) f.reason(Reason::my_way, x.b, x.e);
        if (!particular && !evidenced && l17_newer_for_age(c, x)) f.reason(Reason::new_framework, x.b, x.e);
        if (!particular && l17_block_on_taste(c, x)) f.reason(Reason::aesthetic, x.b, x.e);
    }
}

// "Residents are going to be *thrilled* to learn a new form again, I'm sure": others' delight foretold and closed with
// "I'm sure", after what went wrong or a cheer that opens the message.
bool l17_assured_cheer(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    if (!(t.ends_with("i'm sure") || t.ends_with("i am sure") || t.ends_with("im sure"))) return false;
    // "Customers will love the new export, I'm sure" is meant: the irony needs a thing gone wrong or done again.
    bool const wrong = c.has(Lex::negative) || c.s.starts_with("oh") || c.s.starts_with("wow") ||
                       has_any(c, c.s, {"again", "another", "yet another", "relearn", "fourth", "third", "fifth"});
    return wrong &&
           has_any(c, t, {"thrilled", "delighted", "love", "excited", "overjoyed", "ecstatic", "happy", "glad"});
}

// "we do not appreciate bossy or rude behaviour from leads", "the condescending tone from product": a manner judged and
// pinned on people by their role.
bool l17_conduct_pinned(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"behaviour", "behavior", "tone", "attitude", "conduct"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"behaviour", "behavior", "tone", "attitude", "conduct"})) continue;
        if (!one_of(ws[i + 1].first, {"from", "of", "by"})) continue;
        bool judged = false;
        for (std::size_t k = i; k-- > 0 && k + 4 > i;)
            judged = judged || one_of(ws[k].first, {"bossy", "rude", "condescending", "arrogant", "toxic", "hostile",
                                                    "dismissive", "passive-aggressive", "disrespectful", "childish"});
        auto n = i + 2;
        if (one_of(ws[n].first, {"the", "our", "some", "certain", "a"}) && n + 1 < ws.size()) ++n;
        if (judged &&
            (role_subject(ws[n].first) ||
             one_of(ws[n].first, {"leads", "managers", "pms", "product", "leadership", "him", "her", "them"}) ||
             person_subject(c, ws[n].first, ws[n].second)))
            return true;
    }
    return false;
}

// "Going to my grandboss about the coverage gap", "went to the VP about it": the writer taking a matter to someone
// above the next rung, named by title.
bool l17_gone_to_top(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"going", "went", "go", "heading"}) || ws[i + 1].first != "to") continue;
        if (i > 0 && !one_of(ws[i - 1].first, {"i'm", "im", "i", "i'll", "we're", "we", "just", "am", "and"})) continue;
        auto n = i + 2;
        if (one_of(ws[n].first, {"my", "the", "our"}) && n + 1 < ws.size()) ++n;
        if (!one_of(ws[n].first, {"grandboss", "grand-boss", "skip-level", "vp", "svp", "evp", "cto", "ceo", "cpo",
                                  "coo", "director", "provost", "dean", "superintendent"}))
            continue;
        // "going to the VP offsite", "went to the director's review": a forum, not a person.
        if (n + 1 < ws.size() &&
            one_of(ws[n + 1].first, {"offsite", "review", "meeting", "sync", "all-hands", "town", "q&a", "ama"}))
            continue;
        bool about = false;
        for (std::size_t k = n + 1; k < ws.size() && k <= n + 3; ++k)
            about = about || one_of(ws[k].first, {"about", "with", "on", "over"});
        if (about) return true;
    }
    return false;
}

// "We're circulating an open letter about the leadership's direction ... The more engineers sign it, the harder it is
// to ignore": a disagreement put to everyone for signatures.
bool l17_open_letter(Context const& c) {
    if (!has_any(c, c.s, {"open letter", "petition"})) return false;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const t = sentence_text(c, x);
        if (!has_any(c, t, {"open letter", "petition"})) continue;
        bool const ours =
            has_any(c, t, {"we're", "we are", "i'm", "i am", "we'll", "i'll", "let's", "we've", "i've"}) ||
            has_any(c, t, {"please sign", "sign it", "sign our", "sign the"});
        bool const many = has_any(c, c.s,
                                  {"sign", "signatures", "signed", "company-wide", "all-hands", "everyone", "channel",
                                   "#general", "the whole"});
        if (ours && many && !has_any(c, t, {"read the", "saw the", "about the open letter"})) return true;
    }
    return false;
}

// "This is not an airport, you don't need to announce your departure": the reader's act likened to a place's ritual.
bool l17_not_a_place(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    if (!(t.starts_with("this is not a") || t.starts_with("this isn't a") || t.starts_with("this is not an") ||
          t.starts_with("this isn't an") || t.starts_with("it's not a") || t.starts_with("this ain't a")))
        return false;
    auto const comma = t.find(',');
    // A place with a ritual ("not an airport"), not a state of the work ("This is not a blocker, you don't need to
    // wait for me").
    if (comma == std::string_view::npos ||
        !has_any(c, t.substr(0, comma),
                 {"airport",      "train station",    "station", "theater",   "theatre",         "church",
                  "kindergarten", "daycare",          "circus",  "courtroom", "restaurant",      "hotel",
                  "zoo",          "playground",       "school",  "library",   "stage",           "talent show",
                  "reality show", "press conference", "wedding", "funeral",   "therapy session", "diary",
                  "blog"}))
        return false;
    return comma < 40 &&
           has_any(c, t.substr(comma), {"you don't need to", "you don't have to", "no need to", "you needn't"});
}

// "so to your uninformed and fake outrage I say womp womp": a mocking interjection, and the reader's feeling called
// fake.
bool l17_mock_interjection(Context const& c, Sentence const& x) {
    return has_any(c, sentence_text(c, x), {"womp womp", "boo hoo", "boohoo", "cry me a river", "sucks to be you"});
}
bool l17_feeling_called_fake(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"your", "his", "her", "their"})) continue;
        bool judged = false;
        std::size_t k = i + 1;
        for (; k < ws.size() && k <= i + 4; ++k) {
            if (one_of(ws[k].first, {"uninformed", "fake", "manufactured", "performative", "faux", "feigned", "phony",
                                     "phoney", "hysterical"}))
                judged = true;
            else if (!one_of(ws[k].first, {"and", "so-called", "usual"}))
                break;
        }
        if (judged && k < ws.size() &&
            one_of(ws[k].first, {"outrage", "concern", "concerns", "anger", "tantrum", "whining", "drama", "offense",
                                 "indignation", "hysteria"}))
            return true;
    }
    return false;
}

// "The previous developer did a poor job", "Marco did a sloppy job on the importer": a person's work called poor as
// theirs. "The script did a poor job of deduping" is a thing's.
bool l17_poor_job(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"job"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"did", "does", "has done", "done"}) || ws[i + 1].first != "a") continue;
        if (!one_of(ws[i + 2].first, {"poor", "bad", "lousy", "sloppy", "shoddy", "awful", "crappy", "crap",
                                      "half-assed", "mediocre", "garbage", "rubbish", "shit", "shitty"}))
            continue;
        if (i + 3 >= ws.size() || ws[i + 3].first != "job") continue;
        auto const [w, at] = ws[i - 1];
        if (one_of(w, {"developer", "developers", "dev", "devs", "contractor", "contractors", "engineer", "engineers",
                       "guy", "intern", "pm", "team", "he", "she", "they", "you", "lead", "designer", "author"}) ||
            role_subject(w) || person_subject(c, w, at))
            return true;
    }
    return false;
}

// "The current framework in this project is horrible. For the settings page I'm going to bring in the new UI library":
// the current tool damned with no particular, and a new one brought in.
bool l17_current_damned(Context const& c) {
    if (!has_any(c, c.s,
                 {"current framework", "current library", "current stack", "existing framework", "existing library",
                  "current ui library", "current tooling"}))
        return false;
    bool const damned = has_any(c, c.s,
                                {"is horrible", "is terrible", "is awful", "is garbage", "is trash", "is a mess",
                                 "is painful", "is the worst", "sucks"});
    bool const brought =
        has_any(c, c.s,
                {"bring in the new", "bringing in the new", "bring in a new", "bringing in a new", "switch to the new",
                 "switching to the new", "going to use the new", "pull in the new", "pulling in the new"});
    return damned && brought;
}

// "cc <@U01…> since Marcus keeps ignoring me on the upload limit, maybe the provost's office can decide this one": an
// authority asked to settle what the person named would not, with the grievance beside it.
bool l17_authority_to_decide(Context const& c, Sentence const& x) {
    auto const* h = c.first(Lex::authority, x.b, x.e);
    if (h == nullptr || c.in_quote(h->begin, h->end) || inside_address(c, *h)) return false;
    auto const rest = c.s.substr(h->end, std::min<std::size_t>(40, x.e - h->end));
    if (!has_any(c, rest,
                 {"can decide", "could decide", "should decide", "can settle", "could settle", "can make the call",
                  "could make the call", "can break the tie", "can sort this out", "could sort this out", "can step in",
                  "could step in"}))
        return false;
    return has_any(c, c.s,
                   {"won't listen", "keeps ignoring", "keep ignoring", "ignoring me", "ignored me", "won't budge",
                    "refuses to", "won't decide", "won't make a call", "hasn't answered", "stalling"});
}

// "does anyone else think the Q1 roadmap is a joke? asking for a friend": the mock-innocent tag that ends a loaded
// question ("Asking for a friend who is on call tonight" names a friend).
bool l17_for_a_friend(Context const& c, Sentence const& x) {
    auto t = sentence_text(c, x);
    while (!t.empty() && (t.back() == ' ' || t.back() == '.' || t.back() == '!' || t.back() == ')' || t.back() == '?' ||
                          static_cast<unsigned char>(t.back()) >= 0x80))
        t.remove_suffix(1);
    if (!t.ends_with("asking for a friend")) return false;
    // The tag ends the draft: what follows is at most an emoji or a mark.
    auto const after = c.s.substr(x.e);
    return std::ranges::none_of(after, [](char ch) { return std::isalpha(static_cast<unsigned char>(ch)) != 0; });
}

// "Lol, who wrote these acceptance criteria, a toddler?": the author of the work asked after, and answered with
// someone unfit to do it.
bool l17_author_belittled(Context const& c, Sentence const& x) {
    if (!x.question()) return false;
    auto const t = sentence_text(c, x);
    if (!has_any(c, t,
                 {"who wrote", "who designed", "who approved", "who made", "who came up with", "who planned",
                  "who specced", "who drew", "who estimated"}))
        return false;
    return has_any(c, t,
                   {"a toddler", "a child", "a kid", "a monkey", "an intern", "a 5-year-old", "a five-year-old",
                    "a chimp", "a drunk", "a first-year", "a toddler?", "my kid", "a hamster"});
}

// "Can't wait to explain to customers why their invoices are wrong because we skipped QA. Should be fun.": harm
// foreseen and greeted as a treat.
bool l17_harm_as_treat(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    bool const treat = has_any(
        c, t,
        {"should be fun", "will be fun", "that'll be fun", "this'll be fun", "what fun", "can't wait to explain",
         "cant wait to explain", "looking forward to explaining", "can't wait to tell"});
    if (!treat) return false;
    return c.has(Lex::negative) || has_any(c, c.s,
                                           {"wrong", "broken", "break", "skipped", "skip", "outage", "down", "fail",
                                            "bug", "angry", "refund", "complain"});
}

// "whoever approved this release plan should not be making release decisions": someone's fitness for their role
// denied.
bool l17_fitness_denied(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    if (!has_any(c, t, {"whoever", "the person who", "the people who", "he ", "she ", "they ", "you "})) return false;
    return has_any(
        c, t,
        {"should not be making", "shouldn't be making", "should not be allowed to", "shouldn't be allowed to",
         "should not be in charge", "shouldn't be in charge", "has no business", "have no business",
         "should not be running", "shouldn't be running", "should not be approving", "shouldn't be approving"});
}

// "<!here> FYI product decided to cut the accessibility work again. Thoughts?": a decision told as one more time,
// put to everyone for their views, is a grievance aired, not news (a broadcast when sent to a crowd).
bool l17_cut_again(Context const& c) {
    if (!has_any(c, c.s, {"again", "yet again", "once more", "for the third time", "for the second time"}))
        return false;
    // Someone else's decision ("product decided", "leadership cut"); the writer's own ("we decided to push the release
    // again, new date the 14th") is news.
    if (has_any(c, c.s,
                {"we decided", "i decided", "we've decided", "i've decided", "we're pushing", "we are pushing"}))
        return false;
    return has_any(c, c.s,
                   {"product decided", "they decided", "leadership decided", "management decided", "pm decided",
                    "pms decided", "execs decided", "product cut", "leadership cut", "product dropped",
                    "leadership dropped", "product killed", "product pushed"}) &&
           has_any(c, c.s, {"thoughts?", "thoughts", "anyone else", "am i the only", "fyi"});
}

// "Did a golf course design it?", "did a toddler pick these colours?": the work's author guessed as someone absurd.
bool l17_absurd_author(Context const& c, Sentence const& x) {
    if (!x.question()) return false;
    auto const t = sentence_text(c, x);
    if (!(t.starts_with("did a ") || t.starts_with("did an ") || t.starts_with("was this designed by a") ||
          t.starts_with("was it designed by a")))
        return false;
    return has_any(c, t,
                   {"design it", "designed it", "design this", "pick these", "pick the", "draw it", "make it",
                    "build it", "write it", "designed by a"});
}

// "the sync script is held together with tape but it's MY tape lol. I'd really rather we kept it": the writer's own
// thing, its ownership shouted, kept over a change.
bool l17_shouted_mine(Context const& c) {
    auto const at = c.orig.find(" MY ");
    if (at == std::string_view::npos) return false;
    return has_any(c, c.s,
                   {"rather we kept", "rather keep", "rather we keep", "keep it", "kept it", "not switching",
                    "don't want to switch", "leave it alone", "not replacing"});
}

// "Tom, your retry design for the webhook is amateurish": the addressee's work dismissed in one word, with nothing
// of the case said.
bool l17_their_work_dismissed(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    if (!has_phrase(c, t, "your")) return false;
    return has_any(c, t,
                   {"is amateurish", "is embarrassing", "is lazy", "is sloppy", "is garbage", "is a joke",
                    "is pathetic", "is laughable", "are amateurish", "are embarrassing", "are laughable"});
}

// "Plus it's a fun stack I want to learn": the stack chosen for the writer's fun or learning.
bool l17_fun_stack(Context const& c) {
    return has_any(c, c.s,
                   {"fun stack", "fun language", "fun framework", "a fun tool", "fun tech", "fun to learn",
                    "stack i want to learn", "language i want to learn", "framework i want to learn",
                    "been dying to try", "been itching to try"});
}

// "Wow, another reorg. That'll definitely fix our delivery problems.": a sure cure promised for something done again.
bool l17_sure_cure(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    if (!has_any(
            c, t,
            {"that'll definitely", "that will definitely", "this will definitely", "that'll surely", "that will surely",
             "that'll totally", "this'll totally", "that'll certainly", "that will certainly", "that'll really"}))
        return false;
    if (!has_any(c, t, {"fix", "solve", "help", "work", "save", "sort"})) return false;
    return c.s.starts_with("wow") || c.s.starts_with("oh") ||
           has_any(c, c.s, {"another", "yet another", "again", "one more"});
}

// "I've scheduled time with Omar's boss to talk about the rollout since he won't engage": a meeting booked with the
// person's superior, the writer's move.
bool l17_time_with_their_boss(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    if (!has_any(c, t,
                 {"scheduled time with", "booked time with", "set up time with", "scheduled a call with",
                  "booked a call with", "set up a call with", "scheduled a meeting with", "booked a meeting with",
                  "set up a meeting with", "grabbed time with", "put time on"}))
        return false;
    // The superior named by a possessive ("Omar's boss") or by title, and the person not in the room ("with Omar and
    // his manager ... together" is the first rung climbed with them).
    bool const possessive = std::ranges::any_of(
        std::array<std::string_view, 6>{"'s boss", "'s manager", "'s director", "'s vp", "'s skip-level", "'s lead"},
        [&](std::string_view p) { return t.find(p) != std::string_view::npos; });
    return (possessive || has_any(c, t,
                                  {"his boss", "her boss", "their boss", "his manager", "her manager", "their manager",
                                   "the vp", "the cto", "the ceo", "the director"})) &&
           !has_any(c, t,
                    {"with him and", "with her and", "with them and", "together", "and his", "and her", "and their",
                     "asked", "as requested"});
}

// "<!everyone> the pricing decision was made without asking a single engineer. We deserve better.": a grievance about
// how a decision was taken, put as the group's.
bool l17_grievance_aired(Context const& c) {
    return has_any(
        c, c.s,
        {"we deserve better", "without asking a single", "without asking any of us", "without consulting a single",
         "without consulting any", "nobody asked us", "no one asked us", "without asking anyone on"});
}

// "Everyone's on Bun now, let's drop Node for the API": the crowd's choice as the reason.
bool l17_crowd_on_it(Context const& c) {
    return has_any(c, c.s,
                   {"everyone's on", "everyone is on", "everybody's on", "everybody is on", "everyone uses",
                    "everybody uses", "everyone's using", "everybody's using", "all the cool kids"}) &&
           has_any(c, c.s,
                   {"let's drop", "let's move", "let's switch", "we should switch", "we should move", "we should drop",
                    "let's use", "we should use", "let's go with", "switch to", "move to", "migrate to"});
}

// "It's my call how the retry logic works, I'm the senior here": rank as the reason.
bool l17_rank_as_reason(Context const& c) {
    // ... with the thing contested said ("I'm the senior here, so I'll take the 2am on-call swap" offers a favour).
    return has_any(
               c, c.s,
               {"i'm the senior here", "i am the senior here", "i'm the most senior", "i'm the senior engineer here",
                "i'm the lead here", "i outrank", "because i'm senior", "i'm more senior", "pulling rank"}) &&
           has_any(c, c.s,
                   {"my call", "my way", "my design", "mine", "i decide", "i'll decide", "no need", "don't need to",
                    "how it works", "we're doing", "we are doing", "final"});
}

// "I named that service after my first dog, we can't just retire it": sentiment as the reason to keep a thing.
bool l17_sentiment_kept(Context const& c) {
    bool const named = has_phrase(c, c.s, "named") && has_phrase(c, c.s, "after my");
    return (named || has_any(c, c.s, {"sentimental", "means a lot to me", "close to my heart"})) &&
           has_any(c, c.s,
                   {"can't just retire", "can't retire", "can't remove", "can't delete", "can't kill", "can't replace",
                    "can't just remove", "can't just delete", "can't just kill", "keep it", "not retiring",
                    "not removing"});
}

// "My grandma could design a better checkout": the work's author ranked below someone who has never done it.
bool l17_outdone_by_anyone(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    if (!has_any(c, t,
                 {"my grandma could", "my grandmother could", "my kid could", "my 5-year-old could",
                  "my five-year-old could", "my dog could", "my cat could", "a toddler could", "a monkey could",
                  "a child could", "an intern could"}))
        return false;
    return has_any(c, t, {"better", "design", "build", "write", "do this", "do it"});
}

// "Oh cool, so we're just ignoring the security review now? Good to know.": a loaded question, then a flat "good to
// know" or an "oh cool" opening.
bool l17_loaded_question(Context const& c, std::size_t i) {
    auto const& x = c.sentences[i];
    if (!x.question()) return false;
    auto const t = sentence_text(c, x);
    if (!has_any(c, t, {"so we're just", "so we are just", "so we just", "so we're not", "so now we're"})) return false;
    bool const opens = c.s.starts_with("oh cool") || c.s.starts_with("oh nice") || c.s.starts_with("cool, so") ||
                       c.s.starts_with("oh great") || c.s.starts_with("great, so") || c.s.starts_with("ah, so");
    // The flat reply alone ("Good to know."); "Good to know, I'll plan the rota around it" takes the news.
    bool const closes = i + 1 < c.sentences.size() && [&] {
        auto const next = sentence_text(c, c.sentences[i + 1]);
        return next.size() <= 16 && has_any(c, next, {"good to know", "noted", "got it", "cool"});
    }();
    return (opens && has_any(c, t, {"just", "ignoring", "skipping", "not"})) || closes;
}

// "I don't need to A/B test my checkout changes, I know they're better": the check waived on the writer's word.
bool l17_check_waived(Context const& c) {
    bool const waived =
        has_any(c, c.s,
                {"don't need to a/b test", "don't need to test", "don't need to benchmark", "don't need to measure",
                 "no need to a/b test", "no need to test", "no need to benchmark", "no need to measure",
                 "don't need a review", "don't need to review"});
    return waived && has_any(c, c.s,
                             {"i know they're better", "i know it's better", "i know it works", "i know they work",
                              "obviously better", "i just know", "trust me"});
}

// "Let's make the product team present their roadmap at the engineering all-hands and answer for it", "Drafting a
// post for #general about how badly the Q3 planning went. People should know.": someone made to answer before a crowd,
// or a grievance written up for a whole channel.
bool l17_made_to_answer_publicly(Context const& c) {
    bool const forum = has_any(c, c.s,
                               {"all-hands", "all hands", "town hall", "townhall", "ama", "#general", "company channel",
                                "#announcements", "#engineering", "#eng"});
    if (!forum) return false;
    bool const answer =
        has_any(c, c.s,
                {"answer for it", "answer for this", "answer for that", "explain themselves", "explain himself",
                 "explain herself", "put them on the spot", "put him on the spot", "put her on the spot"});
    bool const written_up = has_any(c, c.s,
                                    {"drafting a post", "writing a post", "writing up a post", "drafting a message",
                                     "putting together a post"}) &&
                            has_any(c, c.s,
                                    {"people should know", "everyone should know", "everybody should know", "how badly",
                                     "how bad", "what a mess", "went wrong"});
    return answer || written_up;
}

// "It's :clap: a :clap: feature", "I'm sure the satellite won't mind 🙂", "Congrats to product on discovering that
// elevators have doors. Only took four sprints.", "Communication here is just *chef's kiss*.": the flat shapes of
// mockery the dev40 blind split found.
bool l17_mock_shapes(Context const& c, Sentence const& x) {
    auto const raw = l17_written(c, x);
    auto const first = raw.find(":clap:");
    if (first != std::string_view::npos && raw.find(":clap:", first + 6) != std::string_view::npos) return true;
    auto const t = sentence_text(c, x);
    if (has_any(c, t, {"i'm sure the", "i'm sure they", "i'm sure customers", "i'm sure users"}) &&
        has_any(c, t, {"won't mind", "won't notice"}))
        return true;
    if (has_any(c, t, {"only took", "only taking", "only took us"}) &&
        has_any(c, t, {"sprints", "months", "years", "quarters", "weeks"}) &&
        has_any(c, c.s, {"congrats", "congratulations", "finally", "kudos", "well done", "bravo"}))
        return true;
    return has_any(c, t, {"chef's kiss", "chefs kiss"}) &&
           has_any(c, c.s, {"not from", "instead of", "learn from the", "found out", "again", "still"}) &&
           !has_any(c, c.s, {"great work", "well done", "thanks", "thank you", "zero incidents", "nice work"});
}

// "Gideon won't hear about the sampling change from me. I'm sending it to the GM", "I haven't raised it with Lars, he
// won't get it": the person named as kept out of the writer's move on purpose.
bool l17_kept_out_on_purpose(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    bool const kept = has_any(c, t, {"won't hear about", "won't hear it from me", "not going to hear about"}) &&
                      has_any(c, t, {"from me"});
    bool const unraised = has_any(c, t,
                                  {"haven't raised it with", "haven't raised this with", "didn't raise it with",
                                   "haven't told", "not telling"}) &&
                          has_any(c, c.s, {"overrule", "override", "decide", "step in", "sending it to", "cc"});
    return kept || unraised;
}

// "why are you dragging this PR on for months on petty issues?", "can someone please explain to Tobias that a genome is
// not a CSV": the reader's conduct charged, or someone talked down to by name.
bool l17_conduct_charged(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    if (x.question() && has_any(c, t,
                                {"why are you dragging", "why are you stalling", "why do you keep blocking",
                                 "why are you nitpicking", "why do you keep nitpicking"}))
        return true;
    return has_any(c, t,
                   {"can someone please explain to", "could someone please explain to", "can someone explain to",
                    "someone please explain to"}) &&
           has_phrase(c, t, "that");
}

// "everyone I follow is raving about it and I'm bored of React": fashion and boredom as the reasons for a stack.
bool l17_bored_of_it(Context const& c) {
    return has_any(c, c.s,
                   {"i'm bored of", "i am bored of", "bored with react", "i'm bored with", "raving about it",
                    "everyone i follow", "everybody i follow"}) &&
           (c.has(Lex::tech) || has_any(c, c.s, {"build", "rewrite", "move", "switch", "migrate"}));
}

// "I've made myself a blocking reviewer on every PR that touches ballast control. I don't trust anyone else to get it
// right.": the writer as the only gate, by distrust.
bool l17_sole_gate(Context const& c) {
    return has_any(c, c.s,
                   {"made myself a blocking reviewer", "made myself the blocking reviewer",
                    "made myself a required reviewer", "made myself the required reviewer",
                    "added myself as a required reviewer", "added myself as a blocking reviewer"}) &&
           has_any(c, c.s, {"don't trust anyone", "do not trust anyone", "nobody else", "no one else", "only i"});
}

}  // namespace

// The flags17 red flags, sentence by sentence (a call site in find_red_flags).
void l17_find_red_flags(Context const& c, Analysis& a) {
    Flagger f{c, a};
    if (l17_open_letter(c) || l17_made_to_answer_publicly(c))
        f.flag(RedFlag::broadcast, 0, static_cast<std::uint32_t>(c.s.size()));
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        if (l17_mock_shapes(c, x)) f.flag(RedFlag::sarcasm, x.b, x.e);
        if (l17_kept_out_on_purpose(c, x)) f.flag(RedFlag::skips_ladder, x.b, x.e);
        if (l17_conduct_charged(c, x)) f.flag(RedFlag::person_directed, x.b, x.e);
        if ((l17_not_through_person(c, x) || l17_authority_to_decide(c, x) || l17_time_with_their_boss(c, x)) &&
            !at_their_request(c, x))
            f.flag(RedFlag::skips_ladder, x.b, x.e);
        if (l17_harm_called_impossible(c, x) || l17_mock_verdict(c, x) || l17_assured_cheer(c, x))
            f.flag(RedFlag::sarcasm, x.b, x.e);
        if (l17_conduct_pinned(c, x) || l17_feeling_called_fake(c, x) || l17_poor_job(c, x) ||
            l17_author_belittled(c, x) || l17_fitness_denied(c, x) || l17_outdone_by_anyone(c, x) ||
            (l17_their_work_dismissed(c, x) && !particular_given(c)))
            f.flag(RedFlag::person_directed, x.b, x.e);
        if (l17_not_a_place(c, x) || l17_mock_interjection(c, x) || l17_for_a_friend(c, x) || l17_harm_as_treat(c, x) ||
            l17_absurd_author(c, x) || l17_sure_cure(c, x) ||
            l17_loaded_question(c, static_cast<std::size_t>(&x - c.sentences.data())))
            f.flag(RedFlag::sarcasm, x.b, x.e);
        // "I went to the director about my promotion" is the writer's own matter: the move needs a grievance with
        // someone ("Tomas has ignored it for a month", "since Ines won't move") or a judgment of them.
        if (l17_gone_to_top(c, x) && !at_their_request(c, x) && !with_the_person(c, x) &&
            (std::ranges::find(a.red_flags, RedFlag::person_directed) != a.red_flags.end() ||
             has_any(c, c.s,
                     {"won't", "wont", "ignored", "ignoring", "ignores", "keeps", "stalling", "stalls", "refuses",
                      "refused", "lack of", "no answer", "hasn't", "doesn't listen", "done asking", "budge",
                      "sitting on", "blocking"})))
            f.flag(RedFlag::skips_ladder, x.b, x.e);
    }
}
// --- flags17: end ---

// --- leads18 ---
// "I went to the director about my promotion", "talked to my skip about my comp": the writer's own career matter
// taken to someone above is no move around a rung; a manager's manager is where such things go.
bool l18_own_career_matter(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    std::string_view const rest = c.s.substr(h.begin, x->e - h.begin);
    for (std::string_view about : {"about my ", "re my ", "regarding my ", "for my ", "about a ", "about the "})
        for (auto at = rest.find(about); at != std::string_view::npos; at = rest.find(about, at + 1)) {
            std::string_view const what = rest.substr(at + about.size());
            for (std::string_view matter : {"promotion",
                                            "raise",
                                            "salary",
                                            "comp ",
                                            "comp.",
                                            "compensation",
                                            "career",
                                            "visa",
                                            "parental leave",
                                            "leave",
                                            "pto",
                                            "transfer",
                                            "performance review",
                                            "perf review",
                                            "title",
                                            "bonus",
                                            "relocation",
                                            "growth plan",
                                            "level",
                                            "pay "})
                if (what.starts_with(matter) || (what.size() + 1 == matter.size() && matter.starts_with(what)))
                    return about == "about my " || about == "re my " || about == "regarding my " ||
                           about == "for my " || matter == "promotion" || matter == "transfer" || matter == "raise";
        }
    return false;
}
// "Sam is a liar and everyone knows it": what everyone is said to know is the judgment of the person before it (a
// word of judging a person in the sentence before it), not the writer's way held up as obvious.
bool l18_known_of_a_person(Context const& c, Hit const& h) {
    std::string_view const after = c.s.substr(h.end);
    bool const closes = after.starts_with(" it") || after.starts_with(" that") || after.starts_with(" this");
    if (!closes || !c.s.substr(h.begin, h.end - h.begin).starts_with("everyone know")) return false;
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    // (The red flags are found after the motives: the person's judgment is read from its words.)
    return std::ranges::any_of(
               c.hits,
               [&](Hit const& o) {
                   return (o.lex == Lex::person_attack || o.lex == Lex::insult || o.lex == Lex::person_trait) &&
                          o.begin >= x->b && o.end <= h.begin;
               }) ||
           has_any(c, c.s.substr(x->b, h.begin - x->b), {"a liar", "a fraud", "a clown", "a hack", "a joke"});
}
// "just so everyone knows, the Q3 plan is unrealistic": everyone told, not an appeal to what everyone knows.
bool l18_so_everyone_knows(Context const& c, Hit const& h) {
    return c.s.substr(h.begin).starts_with("everyone know") &&
           (c.s.substr(0, h.begin).ends_with("so ") || c.s.substr(0, h.begin).ends_with("so that "));
}
// "You clearly didn't read my design doc": the writer's document, not their way claimed better.
bool l18_my_document(Context const& c, Hit const& h) {
    std::string_view const after = c.s.substr(h.end);
    for (std::string_view doc : {" doc", " document", " review", " spec", " rfc", " writeup", " write-up", " notes"})
        if (after.starts_with(doc) &&
            (after.size() == doc.size() || std::isalpha(static_cast<unsigned char>(after[doc.size()])) == 0 ||
             after.substr(doc.size()).starts_with("s")))
            return true;
    return false;
}
// "~50 alerts a day about parcels they don't care about": a care denied in a relative clause on a thing (its
// preposition stranded at the clause's end) says what the thing is to them, and judges no one.
bool l18_care_of_a_thing(Context const& c, Hit const& h) {
    std::string_view const after = c.s.substr(h.end);
    for (std::string_view stranded : {" about", " for"})
        if (after.starts_with(stranded)) {
            auto const rest = after.substr(stranded.size());
            return rest.empty() || std::string_view(".,;:!?)\n").find(rest.front()) != std::string_view::npos ||
                   rest.starts_with(" and ") || rest.starts_with(" anyway");
        }
    return false;
}
// --- leads18: end ---

void find_motives(Context const& c, Analysis& a, bool evidenced) {
    Flagger f{c, a};
    // The tags the switch below reads; the others skip the negation check.
    auto const read = [](Lex l) {
        switch (l) {
            case Lex::illegit_aesthetic:
            case Lex::illegit_my_way:
            case Lex::illegit_new_framework:
            case Lex::illegit_territorial:
            case Lex::illegit_attachment:
            case Lex::visual:
            case Lex::preference:
            case Lex::ownership:
            case Lex::gate:
            case Lex::effort:
            case Lex::learning:
            case Lex::novelty:
                return true;
            default:
                return false;
        }
    };
    for (auto const& h : c.hits) {
        if (!read(h.lex) || c.in_quote(h.begin, h.end) || denied(c, h)) continue;
        switch (h.lex) {
            case Lex::illegit_aesthetic:
                if (m9_not_looks(c, h) || r11_praise_of_a_technology(c, h)) break;        // real11
                if (m15_taste_denied_but_works(c, h) || m15_taste_reported(c, h)) break;  // motive15
                if (p12_taste_conceded(c, h) || p12_taste_with_function(c, h) || p12_praise_with_go_ahead(c, h))
                    break;                                                              // precision12
                if (r14_taste_left_to_reader(c, h) || r14_taste_as_bonus(c, h)) break;  // real14
                if (l18_data_messy(c, h)) break;                                        // flags18
                if (!reasoned(c, h) && !beside_function(c, h)) f.reason(Reason::aesthetic, h.begin, h.end);
                break;
            case Lex::illegit_my_way:
                if (m9_way_travelled(c, h) || p12_trust_me_empathy(c, h)) break;  // precision12
                if (m15_way_sourced(c, h) || m15_way_conditioned(c, h)) break;    // motive15
                if (t13_way_doubted(c, h)) break;                                 // trial13
                if (l18_known_of_a_person(c, h) || l18_my_document(c, h) || l18_so_everyone_knows(c, h))
                    break;  // leads18
                // "Rust is superior to C in every way": superiority claimed for a technology is its novelty
                // (new-framework, below), not the writer's own way.
                if (std::ranges::any_of(c.hits, [&](Hit const& o) {
                        return o.lex == Lex::novelty && overlaps(o.begin, o.end, h.begin, h.end);
                    }))
                    break;
                // "Let's stay on Maven because it's what I know best": the reason is familiarity (new-framework),
                // "I know best" names the tool known, not the writer's way.
                if (auto const* hx = c.sentence_at(h.begin); hx != nullptr && familiarity_reason(c, *hx)) break;
                f.reason(Reason::my_way, h.begin, h.end);
                break;
            case Lex::illegit_new_framework:
            case Lex::illegit_territorial:
            case Lex::illegit_attachment:
                if (h.lex == Lex::illegit_attachment && m15_loss_of_no_own_work(c, h)) break;  // motive15
                if ((h.lex == Lex::illegit_new_framework &&
                     (m9_ruled_out(c, h) || m9_others_learn(c, h) || r10_adoption_declined(c, h) ||
                      p12_unfamiliar_asks(c, h))) ||  // real10, precision12
                    m9_outside_only(c, h))
                    break;
                if (h.lex == Lex::illegit_new_framework && r12_no_reluctance(c, h)) break;  // real12
                if (h.lex == Lex::illegit_territorial && t13_rule_not_mine(c, h)) break;    // trial13
                if (h.lex == Lex::illegit_new_framework &&
                    (r14_unfamiliar_not_refused(c, h) || r14_framework_chosen(c, h)))
                    break;  // real14
                f.reason(static_cast<Reason>(static_cast<int>(h.lex) - static_cast<int>(Lex::reason_estimate)), h.begin,
                         h.end);
                break;
            case Lex::visual:
            case Lex::preference: {
                // "The new icon is quite ugly", "Tabs are cleaner", "in my opinion tabs are easier readable",
                // "I just prefer the old colour scheme": taste about a thing of taste, no reason given (a
                // reason that is taste again, or tacked on with "also", does not count).
                // "My design is cleaner": the writer's own thing praised is their way (my-way), not taste.
                if (examining(c, &h) || (h.lex == Lex::visual && word_before(c, h.begin, 1, {"my"}))) break;
                if (m15_taste_reported(c, h)) break;  // motive15
                if (m9_taste_doubted(c, h)) break;
                Hit const* o = near(c, h, Lex::taste);
                if (o == nullptr) o = near(c, h, h.lex == Lex::visual ? Lex::preference : Lex::visual);
                if (examining(c, o)) break;
                if (m9_looked_at(c, &h) || m9_looked_at(c, o)) break;
                if (r13_work_object(c, h) || (o != nullptr && r13_work_object(c, *o)) || r13_use_found(c))
                    break;  // real13
                if (r14_taste_left_to_reader(c, h) || (o != nullptr && r14_taste_left_to_reader(c, *o)) ||
                    r14_taste_as_bonus(c, h))
                    break;  // real14
                // A preference is the writer's ("he takes the changes personally" is not).
                bool const own = (h.lex != Lex::preference || !someone_elses(c, h)) &&
                                 (o == nullptr || o->lex != Lex::preference || !someone_elses(c, *o));
                if (o != nullptr && own && !praise_only(c) && !denied(c, *o) && !reasoned(c, h) &&
                    !beside_function(c, *o) && !p12_taste_conceded(c, *o) &&
                    !p12_taste_with_function(c, *o))  // precision12
                    f.reason(Reason::aesthetic, std::min(h.begin, o->begin), std::max(h.end, o->end));
                break;
            }
            case Lex::ownership:
                // "nobody outside my squad should be merging into my repo", "the gateway is ours. Nobody
                // outside platform should be making changes there": ownership with a gate. "option B is mine and
                // it's obviously right" claims rightness, not territory (my-way, below).
                if (auto const* o = near(c, h, Lex::gate, 1); o != nullptr &&
                                                              !certainty_for_evidence(c, *c.sentence_at(h.begin)) &&
                                                              !r10_owned_by_other(c, h))  // real10
                    f.reason(Reason::territorial, std::min(h.begin, o->begin), std::max(h.end, o->end));
                break;
            case Lex::gate:
                // "route every change to the billing module through me": the gate is the writer.
                if (gate_on_changes(c, h) && !m9_outside_only(c, h) && !m15_allowed_without_me(c, h))  // motive15
                    f.reason(Reason::territorial, h.begin, h.end);
                break;
            case Lex::effort: {
                // "I spent a year on that parser, it would be a shame to throw it away": effort and its loss,
                // regretted ("I wrote the importer and it's time to retire it" is the writer's own plan).
                if (!first_person(c, h)) break;
                auto const at = sentence_index(c, h.begin);
                // "I hope we can keep it as one PR; after all, I've put a lot of effort into it": the effort as the
                // reason to keep the thing.
                // ("I spent two days on the spike and the vendor SDK failed 3 of 5 checks, so I'd keep our client": a
                // particular of the case is the reason.)
                if (keep_wished(c, at) && !particular_given(c)) {
                    f.reason(Reason::attachment, h.begin, h.end);
                    break;
                }
                for (auto const& o : c.hits) {
                    if (o.lex != Lex::loss || c.in_quote(o.begin, o.end) || overlaps(o.begin, o.end, h.begin, h.end))
                        continue;
                    if (std::abs(sentence_index(c, o.begin) - at) > 1 || !regretted(c, o)) continue;
                    f.reason(Reason::attachment, std::min(h.begin, o.begin), std::max(h.end, o.end));
                    break;
                }
                break;
            }
            case Lex::learning:
                // "I'd have to learn a whole new build system, and honestly I don't want to": the writer's
                // own reluctance ("so users don't have to learn yet another Makefile" argues for others).
                if (auto const* o = near(c, h, Lex::reluctance);
                    o != nullptr && (first_person(c, h) || first_person(c, *o)) && !m9_others_learn(c, h))
                    f.reason(Reason::new_framework, std::min(h.begin, o->begin), std::max(h.end, o->end));
                break;
            case Lex::novelty:
                // "Let's move the admin panel to SvelteKit, Angular feels so 2016", "rewrite it in Rust,
                // everyone's doing it": a technology adopted for novelty or fashion, with no particular of a
                // problem it solves ("the Python worker hit the OOM killer 14 times", "it has finally broken").
                if (auto const* o = proposal_near(c, h, 2); o != nullptr && !evidenced && !c.has(Lex::observable))
                    // "the current charts look so 2015": how a thing looks is taste, the age of its technology is
                    // novelty ("Angular feels so 2016").
                    f.reason(looked_at(c, h) ? Reason::aesthetic : Reason::new_framework, std::min(h.begin, o->begin),
                             std::max(h.end, o->end));
                break;
            default:
                break;
        }
    }
    // Novelty and territory by construction, sentence by sentence: the proposed technology praised for being
    // new or the current one for being old, with no measured particular; the writer's own code and a refusal
    // of others' changes to it.
    bool const proposal = c.has(Lex::adopt_verb) || c.has(Lex::tech);
    // The word gates of the sentence constructions below, asked once for the message.
    bool const record = may_record(c), word = may_word(c), justify = may_justify(c), keep_out = may_keep_out(c),
               familiar = may_familiar(c), learn = may_learn(c), fashion = may_fashion(c), look = may_look(c);
    bool const tool_reason = !evidenced && !c.has(Lex::observable) && (familiar || learn || fashion);
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        if (proposal && !evidenced && !c.has(Lex::observable) && (novelty_reason(c, x) || enjoyment_reason(c, x)))
            f.reason(Reason::new_framework, x.b, x.e);
        if (territory_claimed(c, x) || exclusive_claim(c, x) || possession_excluding(c, x) ||
            (keep_out && kept_out(c, x)) || s10_owned_and_barred(c, x))
            f.reason(Reason::territorial, x.b, x.e);
        if (own_way_asserted(c, x) || certainty_for_evidence(c, x) || (record && record_for_reason(c, x)) ||
            (word && word_for_evidence(c, x)) || (justify && justification_refused(c, x) && own_way_claimed(c)) ||
            s10_own_thing_decreed(c, x))  // slack10
            f.reason(Reason::my_way, x.b, x.e);
        if (s10_taste_denied(c, x))  // slack10
            f.reason(Reason::aesthetic, x.b, x.e);
        if (r11_consent_bypassed(c, x) || r11_debate_refused(c, x)) f.reason(Reason::my_way, x.b, x.e);  // real11
        if (r11_right_to_mine_denied(c, x)) f.reason(Reason::territorial, x.b, x.e);                     // real11
        if (r11_imagine_using(c, x)) f.reason(Reason::new_framework, x.b, x.e);                          // real11
        if (r11_rewrite_proposed(c, x) && !evidenced && !c.has(Lex::observable) &&
            !has_any(c, c.s, {"because", "since", "so that"}))  // real11
            f.reason(Reason::new_framework, x.b, x.e);
        if (r11_full_control_claimed(c, x)) f.reason(Reason::territorial, x.b, x.e);                   // real11
        if (r11_tech_craved(c, x) && (!evidenced || r11_current_works(c)) && !c.has(Lex::observable))  // real11
            f.reason(Reason::new_framework, x.b, x.e);
        if (Hit const look{x.b, x.e, Lex::visual}; r11_look_belittled(c, x) && !reasoned(c, look) && !praise_only(c))
            f.reason(Reason::aesthetic, x.b, x.e);  // real11
        if (r12_voice_discounted(c, x) || r12_case_heard_own_kept(c, x) || r12_reasons_called_excuses(c, x))
            f.reason(Reason::my_way, x.b, x.e);  // real12
        if (r13_record_verdict(c, static_cast<std::size_t>(&x - c.sentences.data())) || r13_true_ones_do(c, x))
            f.reason(Reason::my_way, x.b, x.e);  // real13
        if (r13_declared_dying(c, x) && !evidenced && !c.has(Lex::observable))
            f.reason(Reason::new_framework, x.b, x.e);  // real13
        if (r14_unfamiliar_and_refused(c, x) ||
            (r14_novelty_scorned(c, x) && r14_current_kept(c) && !particular_given(c) && !c.has(Lex::observable)))
            f.reason(Reason::new_framework, x.b, x.e);  // real14
        if ((r14_authority_cited(c, x) && !particular_given(c)) || r14_credential_claimed(c, x) ||
            r14_others_better_off(c, x) || (&x == &c.sentences.front() && r14_own_setup_imposed(c)))
            f.reason(Reason::my_way, x.b, x.e);  // real14
        if (r14_style_disgust(c, static_cast<std::size_t>(&x - c.sentences.data())))
            f.reason(Reason::aesthetic, x.b, x.e);  // real14
        if (r12_setup_invested(c, x) &&
            std::ranges::any_of(c.sentences, [&](Sentence const& y) { return r12_continue_wished(words_of(c, y)); }))
            f.reason(Reason::attachment, x.b, x.e);  // real12
        // "We use Gradle because it's what I know", "everyone's moving to Bun, so we should too": a tool kept or
        // wanted for the writer's familiarity or for fashion.
        if (tool_reason && ((familiar && familiarity_reason(c, x)) || (learn && wish_to_learn(c, x)) || [&] {
                bool cause = false;
                return fashion && fashion_reason(c, x, &cause) &&
                       (cause || proposal || has_any(c, sentence_text(c, x), {"too", "as well", "follow"}));
            }()))
            f.reason(Reason::new_framework, x.b, x.e);
        // "It just looks worse than before", "that green looks cheap to me": how a thing looks, and no reason.
        if (auto const [lb, le] = look ? looks_judged(c, x) : std::pair<std::uint32_t, std::uint32_t>{0, 0}; lb != le) {
            Hit const look{lb, le, Lex::visual};
            if (!reasoned(c, look) && !praise_only(c) && !m9_looked_at(c, lb)) f.reason(Reason::aesthetic, lb, le);
        }
    }
    // Attachment by construction: the writer's effort or pride said by the clause ("I sank six months into it", "it's
    // basically my thesis"), with the thing's loss regretted, a change to it refused or a wish to keep it, in the
    // same sentence or one beside it.
    bool const effort = may_effort(c);
    for (std::size_t i = 0; effort && i < c.sentences.size(); ++i) {
        auto const& x = c.sentences[i];
        // ("I built the report builder so I'm biased, but 14 enterprise customers use it weekly" argues from use; the
        // months the effort took are no such reason.)
        if (c.mostly_quoted(x.b, x.e) || !effort_said(c, x) || particular_given(c)) continue;
        // "I built it so I'm biased, but 14 customers use it weekly": the effort conceded, a reason after "but".
        if (auto const but = sentence_text(c, x).find(" but ");
            but != std::string_view::npos && says_more_than_taste(c, x.b + static_cast<std::uint32_t>(but), x.e))
            continue;
        auto const at = static_cast<std::ptrdiff_t>(i);
        bool kept = keep_wished(c, at);
        for (auto j = std::max<std::ptrdiff_t>(0, at - 1);
             !kept && j <= std::min<std::ptrdiff_t>(at + 1, static_cast<std::ptrdiff_t>(c.sentences.size()) - 1); ++j)
            kept = change_refused(c, c.sentences[static_cast<std::size_t>(j)]);
        for (auto const& o : c.hits) {
            if (kept) break;
            if (o.lex != Lex::loss || c.in_quote(o.begin, o.end)) continue;
            kept = std::abs(sentence_index(c, o.begin) - at) <= 1 && regretted(c, o);
        }
        // "it's my code and it works fine, they'll just mess it up": kept from others, a territory.
        // ("don't merge changes without me, I wrote it and I'm the only one who should touch it": a gate found is the
        // reason the grammar gives, the effort is its ground.)
        if (kept && std::ranges::find(a.illegitimate, Reason::territorial) == a.illegitimate.end())
            f.reason(others_meddle(c) || s10_others_kept_off(c) ? Reason::territorial : Reason::attachment, x.b, x.e);
    }
    for (auto const& x : c.sentences)  // slack10
        if (!c.mostly_quoted(x.b, x.e) && s10_own_work_discarded(c, x) > 0) f.reason(Reason::attachment, x.b, x.e);
    if (r12_flawless_users_blamed(c))
        f.reason(Reason::attachment, 0, static_cast<std::uint32_t>(c.s.size()));                         // real12
    if (r12_parts_guarded(c)) f.reason(Reason::territorial, 0, static_cast<std::uint32_t>(c.s.size()));  // real12
    m9_find_motives(c, a, evidenced);
    t11_find_motives(c, a, evidenced);  // trial11
    t12_find_motives(c, a);             // trial12
    t13_find_motives(c, a, evidenced);  // trial13
    t14_find_motives(c, a);             // trial14
    m15_find_motives(c, a, evidenced);  // motive15
    l17_find_motives(c, a, evidenced);  // flags17
    // "I now prefer braces on the next line", "I actually prefer the extra var because it's easier to scan":
    // the writer's own liking of a thing of taste in the sentence.
    if (praise_only(c)) return;
    for (std::size_t i = 0; i < c.sentences.size(); ++i) {
        auto const [b, e] = own_liking(c, c.sentences[i]);
        if (b == e || c.in_quote(b, e)) continue;
        Hit const verb{b, e, Lex::preference};
        if (denied(c, verb) || reasoned(c, verb) || p12_liking_agrees(c, e)) continue;  // precision12
        Hit const* o = near(c, verb, Lex::taste);
        if (o == nullptr) o = near(c, verb, Lex::visual);
        if (o != nullptr && (r13_work_object(c, *o) || r13_use_found(c))) continue;  // real13
        if (o != nullptr && r14_taste_left_to_reader(c, verb)) continue;             // real14
        if (o != nullptr && !examining(c, o)) f.reason(Reason::aesthetic, std::min(b, o->begin), std::max(e, o->end));
    }
}

// --- sarcasm14: sarcasm by construction, found whatever other flag stops the draft (coaching dev34): praise tagged
// on a grievance ("... the day after code freeze. Super helpful."), a scare-quoted word held up twice ("'basically
// done' in June is now 'basically done' in November"), mock surprise ("Shocking, the 'plug and play' vendor needs six
// weeks"), luck wished on persuading others of something indefensible ("Good luck explaining that to the client"),
// harm called a treat ("got to enjoy two hours of downtime"), an impossible extra promised on an assent, "nothing
// says X like <harm>", "as if X had nothing better to do", a cheer opening a grievance ("Wow, another protocol
// amendment dropped on us ..."), an ironic superlative over something broken, thanks for news learned second-hand, and
// the importance of something denied "or anything". Each needs a grievance or a turn that can't be meant beside the
// word that is also said plainly ("Great news: the processor approved ...", "Good luck at the demo!" are meant). ---

// A hit of `l` outside quotes in [b, e), not "try" (the negative lexicon's "nice try"), not a harm denied ("zero
// failed charges", "without a single crash").
bool s14_harm_in(Context const& c, std::uint32_t b, std::uint32_t e) {
    for (auto const& h : c.hits)
        if ((h.lex == Lex::negative || h.lex == Lex::harsh) && h.begin >= b && h.end <= e &&
            !c.in_quote(h.begin, h.end) && c.s.substr(h.begin, h.end - h.begin) != "try" &&
            !word_before(c, h.begin, 1, {"zero", "no", "without", "never"}))
            return true;
    return false;
}

// Words of harm done that the negative lexicon leaves to context.
bool s14_harm_word(std::string_view w) {
    return one_of(w, {"downtime", "outage", "outages", "errors", "timeouts", "delays", "crashes", "missing", "lost",
                      "deletes", "deleted", "wipes", "wiped", "leaks", "leaked", "untested", "broken", "stale"});
}

// A success said in sentence `x`: what praise or thanks around it are for ("the fix is deployed", "went live on time").
bool s14_success(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        auto const next = i + 1 < ws.size() ? ws[i + 1].first : std::string_view{};
        // "we almost shipped the release without a login page": a success that did not happen.
        if (i > 0 && one_of(ws[i - 1].first, {"almost", "nearly", "never", "not", "barely", "didn't", "hasn't"}))
            continue;
        if (one_of(w, {"shipped",  "fixed",    "fix",   "resolved", "passed",  "approved", "launched", "deployed",
                       "merged",   "record",   "saved", "faster",   "finally", "green",    "clean",    "smooth",
                       "smoothly", "flawless", "match", "signed",   "won",     "cut",      "improved", "succeeded"}) ||
            (w == "on" && next == "time") || (w == "went" && next == "live") || (w == "good" && next == "way"))
            return true;
    }
    return false;
}

// Each scare-quoted phrase of sentence `x` that reads as words, not an identifier ('max_retries', 'v2.1', 'prod-2').
template <class F>
void s14_scare_words(Context const& c, Sentence const& x, F&& f) {
    if (c.mostly_quoted(x.b, x.e)) return;
    for_scare_quotes(c, x, [&](std::string_view inner) {
        if (std::ranges::any_of(inner, [](char ch) {
                return ch == '_' || ch == '.' || ch == '/' || ch == '=' || ch == '(' || (ch >= '0' && ch <= '9');
            }))
            return;
        f(inner);
    });
}

// The writer's complaint in sentence `x`: harm, a scare quote, a thing put on the team at a bad time ("the day after
// code freeze", "dropped on us the Friday before site activation"), time taken from the writer ("ate my afternoon"),
// news learned second-hand ("from the customer's press release"), "again", "still", "too many", "apparently".
bool s14_grievance(Context const& c, Sentence const& x) {
    if (s14_harm_in(c, x.b, x.e)) return true;
    bool quoted = false;
    s14_scare_words(c, x, [&](std::string_view) { quoted = true; });
    if (quoted) return true;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        auto const next = i + 1 < ws.size() ? ws[i + 1].first : std::string_view{};
        auto const prev = i > 0 ? ws[i - 1].first : std::string_view{};
        if ((s14_harm_word(w) && !one_of(prev, {"zero", "no", "without", "never"})) ||
            one_of(w, {"again", "still", "apparently", "wasted", "ate"}) ||
            (w == "too" && one_of(next, {"many", "much"})) || (w == "by" && next == "hand") ||
            (one_of(w, {"wasn't", "isn't", "weren't", "aren't"}) && next == "enough") ||
            (w == "on" && next == "us" && one_of(prev, {"dropped", "dumped", "sprung", "thrown", "pushed", "landed"})))
            return true;
        // "the day after code freeze", "the Friday before site activation", "two days before launch".
        if (one_of(w, {"before", "after"}) && one_of(prev, {"day", "night", "friday", "monday", "week", "weekend",
                                                            "hours", "minutes", "morning", "evening"}))
            for (std::size_t k = i + 1; k < ws.size() && k <= i + 3; ++k)
                if (one_of(ws[k].first, {"freeze", "launch", "deadline", "release", "demo", "go-live", "activation",
                                         "cutover", "cutoff", "audit", "review", "holidays", "planning", "kickoff"}))
                    return true;
        // "finding out about X from the customer's press release", "letting us know ..., via the newsletter".
        if (one_of(w, {"via", "from"}))
            for (std::size_t k = i + 1; k < ws.size() && k <= i + 4; ++k)
                if (one_of(ws[k].first, {"newsletter", "press", "tweet", "twitter", "linkedin", "blog", "changelog",
                                         "customer", "customer's", "client's", "news", "rumor", "rumour", "grapevine"}))
                    for (std::size_t m = 0; m < i; ++m)
                        if (one_of(ws[m].first, {"finding", "found", "find", "learning", "learned", "learnt", "hearing",
                                                 "heard", "know", "knowing", "telling", "told"}))
                            return true;
    }
    return false;
}

// "Super helpful.", "Nice touch.", "Money well spent.", "Great teamwork all round.", "Brilliant process.", "Thrilling
// stuff.": a fragment of praise (at most five words, no verb of its own, not exclaimed) tagged on a grievance in the
// sentence before. "Thanks for the quick review. Super helpful." and "We shipped on time. Great teamwork!" are meant.
bool s14_tagged_praise(Context const& c, std::size_t i) {
    if (i == 0) return false;
    auto const& x = c.sentences[i];
    if (x.end == '!' || x.question() || c.mostly_quoted(x.b, x.e)) return false;
    auto const& ws = words_of(c, x);
    if (ws.empty() || ws.size() > 5) return false;
    bool praise = c.first(Lex::praise, x.b, x.e) != nullptr;
    for (std::size_t k = 0; k < ws.size(); ++k) {
        auto const w = ws[k].first;
        auto const next = k + 1 < ws.size() ? ws[k + 1].first : std::string_view{};
        if (one_of(w, {"not", "no", "never", "thanks", "thank",  "thx",   "but",  "if",   "is",   "are",
                       "was", "i",  "we",    "you",    "please", "catch", "find", "spot", "save", "callout"}))
            return false;
        praise =
            praise ||
            one_of(w, {"helpful",    "productive", "efficient", "considerate",  "inspiring",  "thrilling", "exciting",
                       "stellar",    "organized",  "organised", "professional", "thoughtful", "seamless",  "visionary",
                       "delightful", "teamwork",   "touch",     "classy",       "riveting",   "fun"}) ||
            (w == "well" && one_of(next, {"spent", "played", "planned", "handled"})) || (w == "the" && next == "dream");
    }
    if (!praise) return false;
    auto const& prev = c.sentences[i - 1];
    return !prev.question() && !c.mostly_quoted(prev.b, prev.e) && s14_grievance(c, prev) && !s14_success(c, prev);
}

// A scare-quoted phrase that makes a claim of size, effort or state ('small tweak', 'basically done', 'final',
// 'plug and play'), written in lower case: a name or a label ("Complete Merge", 'done' as a button) makes none.
bool s14_claim_words(Context const& c, Sentence const& x, std::string_view inner) {
    auto const at = static_cast<std::uint32_t>(x.b + (inner.data() - sentence_text(c, x).data()));
    if (auto const ch = c.orig_byte(at); ch >= 'A' && ch <= 'Z') return false;
    return has_any(c, inner,
                   {"quick",       "small",    "tiny",        "simple",        "easy",    "final",     "temporary",
                    "interim",     "urgent",   "lightweight", "minor",         "trivial", "basically", "almost",
                    "nearly",      "just",     "only",        "plug and play", "no-code", "zero",      "must-have",
                    "five-minute", "one-line", "two-day",     "one-day",       "short",   "sync",      "tweak"});
}

// "'basically done' in June is now 'basically done' in November", "the 'small tweak' ... like the 'small tweak' in
// March": the same scare-quoted words held up twice; "Lightweight indeed.", "Very temporary.": a fragment that says a
// scare-quoted word back.
bool s14_scare_echo(Context const& c, std::size_t i) {
    auto const& x = c.sentences[i];
    std::vector<std::string_view> here;
    s14_scare_words(c, x, [&](std::string_view inner) { here.push_back(inner); });
    auto const& ws = words_of(c, x);
    bool const fragment = ws.size() <= 3 && !x.question() && x.end != '!';
    if (here.empty() && !fragment) return false;
    for (std::size_t k = 0; k < i; ++k) {
        bool hit = false;
        s14_scare_words(c, c.sentences[k], [&](std::string_view inner) {
            if (!s14_claim_words(c, c.sentences[k], inner)) return;
            if (std::ranges::find(here, inner) != here.end()) hit = true;
            if (fragment && here.empty() && i == k + 1)
                for (auto const& [w, at] : ws)
                    if (w.size() >= 4 && has_phrase(inner, w)) hit = true;
        });
        if (hit) return true;
    }
    // Twice in the one sentence.
    for (std::size_t a = 0; a < here.size(); ++a)
        for (std::size_t b = a + 1; b < here.size(); ++b)
            if (here[a] == here[b] && s14_claim_words(c, x, here[a])) return true;
    return false;
}

// "Shocking, the vendor integration that was 'plug and play' needs six weeks", "Shocker: ...", "What a shock, ...",
// "Surprise, surprise", "Who could have seen that coming.": surprise put on, with nothing good to be surprised at
// ("Shocking numbers from the beta, in a good way: ..." is no such opening).
bool s14_mock_surprise(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    if (ws.empty()) return false;
    auto const t = sentence_text(c, x);
    if (has_any(c, t,
                {"who could have seen that coming", "who could've seen that coming", "who could have seen this coming",
                 "who could've seen this coming", "who could have predicted", "who could've predicted",
                 "who would have guessed", "who would've guessed", "colour me shocked", "color me shocked",
                 "imagine my surprise"}))
        return true;
    // The opening, then a comma, a colon or a dash.
    std::size_t n = 0;
    if (one_of(ws[0].first, {"shocking", "shocker", "surprise"}))
        n = 1;
    else if (ws.size() > 2 && ws[0].first == "what" && ws[1].first == "a" && one_of(ws[2].first, {"shock", "surprise"}))
        n = 3;
    else if (ws.size() > 1 && ws[0].first == "big" && ws[1].first == "surprise")
        n = 2;
    if (n == 0 || ws.size() < n + 3) return false;
    auto const after = ws[n - 1].second + ws[n - 1].first.size();
    if (after >= c.s.size() || (c.s[after] != ',' && c.s[after] != ':' && c.s[after] != '-')) return false;
    return !s14_success(c, x);
}

// "Good luck explaining that to the client.", "Best of luck getting the franchisees to re-enter every recipe by hand",
// "Good luck selling the clinics on a release that deletes their notes": luck wished on persuading others of
// something the writer thinks indefensible. "Good luck selling it to the board tomorrow!" and "good luck getting the
// hospitals on board, let me know if you need the security docs" are meant.
bool s14_fake_luck(Context const& c, std::size_t i) {
    auto const& x = c.sentences[i];
    if (x.end == '!' || x.question()) return false;
    auto const& ws = words_of(c, x);
    auto const t = sentence_text(c, x);
    if (has_any(c, t, {"let me know", "if you need", "happy to", "i can help", "rooting for"})) return false;
    for (std::size_t k = 0; k + 2 < ws.size(); ++k) {
        std::size_t g = 0;
        if (ws[k].first == "good" && ws[k + 1].first == "luck")
            g = k + 2;
        else if (k + 3 < ws.size() && one_of(ws[k].first, {"best", "lots"}) && ws[k + 1].first == "of" &&
                 ws[k + 2].first == "luck")
            g = k + 3;
        if (g == 0 || g >= ws.size()) continue;
        if (ws[g].first == "with" && g + 1 < ws.size() && ws[g + 1].first != "that") ++g;  // "good luck with getting"
        if (!one_of(ws[g].first, {"explaining", "selling", "convincing", "getting", "telling", "justifying",
                                  "persuading", "defending", "maintaining", "debugging", "supporting"}))
            continue;
        auto const obj = g + 1 < ws.size() ? ws[g + 1].first : std::string_view{};
        if (one_of(obj, {"that", "this", "it", "them", "why"})) return true;
        for (std::size_t m = g + 1; m < ws.size(); ++m)
            if (one_of(ws[m].first, {"why", "without", "every", "everything"}) || s14_harm_word(ws[m].first) ||
                (ws[m].first == "by" && m + 1 < ws.size() && ws[m + 1].first == "hand"))
                return true;
        if (s14_harm_in(c, ws[g].second, x.e)) return true;
    }
    return false;
}

// "The clinics got to enjoy two hours of booking downtime", "users were treated to a blank screen": harm called a
// treat. "Users got to enjoy the new dark mode" names no harm.
bool s14_mock_benefit(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    if (!has_any(
            c, t,
            {"got to enjoy", "get to enjoy", "gets to enjoy", "getting to enjoy", "were treated to", "was treated to",
             "got treated to", "had the pleasure of", "got to experience", "get to experience", "the joy of"}))
        return false;
    if (s14_harm_in(c, x.b, x.e)) return true;
    return std::ranges::any_of(words_of(c, x), [](auto const& p) { return s14_harm_word(p.first); });
}

// An assent ("Sure.", "Oh absolutely, and ...", "Of course.") that promises the impossible, in its own sentence or
// the next ("Sure. Want it to make coffee too?", "Sure, I'll just borrow a crystal ball").
bool s14_impossible_offer(Context const& c, std::size_t i) {
    auto const assent = [&](Sentence const& y) {
        auto const& ws = words_of(c, y);
        std::size_t k = !ws.empty() && one_of(ws[0].first, {"oh", "why", "well"}) ? 1 : 0;
        return k < ws.size() &&
               one_of(ws[k].first, {"sure", "absolutely", "definitely", "totally", "certainly", "of", "yes", "yeah",
                                    "yep", "ok", "okay", "no"}) &&
               (ws[k].first != "of" || (k + 1 < ws.size() && ws[k + 1].first == "course")) &&
               (ws[k].first != "no" || (k + 1 < ws.size() && ws[k + 1].first == "problem"));
    };
    auto const& x = c.sentences[i];
    if (!assent(x) && (i == 0 || !assent(c.sentences[i - 1]))) return false;
    auto const t = sentence_text(c, x);
    return t11_impossible(c, t) ||
           has_any(c, t,
                   {"crystal ball",  "magic wand",          "fortune teller", "read minds",      "read their minds",
                    "mind reader",   "make coffee",         "makes coffee",   "make the coffee", "fly themselves",
                    "fly itself",    "writes itself",       "write itself",   "build itself",    "builds itself",
                    "the wind blow", "control the weather", "clone myself",   "a genie",         "retroactively",
                    "bend time",     "stop time",           "turn back time", "part the sea"});
}

// "Nothing says stable release like merging the new royalty engine the night before statements go out", "nothing
// screams quality like a release with zero integration tests": a virtue said to be best shown by a harm. "Nothing says
// thanks like a team lunch" is meant.
bool s14_nothing_says(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    for (std::size_t k = 0; k + 2 < ws.size(); ++k) {
        if (ws[k].first != "nothing" || !one_of(ws[k + 1].first, {"says", "screams", "spells", "shouts", "yells"}))
            continue;
        for (std::size_t m = k + 2; m < ws.size(); ++m) {
            if (ws[m].first != "like") continue;
            if (s14_harm_in(c, ws[m].second, x.e)) return true;
            for (std::size_t r = m + 1; r < ws.size(); ++r) {
                auto const w = ws[r].first;
                auto const prev = ws[r - 1].first;
                if (s14_harm_word(w) || one_of(w, {"zero", "without", "skipping", "skip", "untested"}) ||
                    (one_of(w, {"before", "after"}) && one_of(prev, {"night", "day", "hour", "hours", "minutes"})))
                    return true;
            }
        }
    }
    return false;
}

// "As if the installers have nothing better to do than ...", "As if anyone reads the runbook": a clause opened by
// "as if" that denies a want, a need or the time for it. "As if by magic, the build went green" wants nothing.
// "Yeah, because riders are dying for a fourth carousel": an assent's "because" with a longing no one has.
bool s14_as_if(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    if (ws.size() >= 5 && ws[0].first == "as" && ws[1].first == "if")
        for (std::size_t k = 2; k < ws.size(); ++k)
            if (one_of(ws[k].first, {"nothing", "care", "cares", "need", "needs", "want", "wants", "asked", "reads",
                                     "read", "bother", "bothers", "listens", "listen", "matters", "matter"}))
                return true;
    std::size_t k = !ws.empty() && one_of(ws[0].first, {"oh", "yeah", "sure", "right"}) ? 1 : 0;
    if (k < ws.size() && one_of(ws[k].first, {"yeah", "sure", "yes", "right"})) ++k;
    if (k == 0 || k >= ws.size() || ws[k].first != "because") return false;
    for (std::size_t m = k + 1; m + 1 < ws.size(); ++m)
        if ((one_of(ws[m].first, {"dying", "begging", "clamoring", "clamouring", "desperate", "itching", "aching"}) &&
             ws[m + 1].first == "for") ||
            one_of(ws[m].first, {"definitely", "obviously", "clearly", "totally"}))
            return true;
    return false;
}

// "Wow, another protocol amendment dropped on us the Friday before site activation", "Yay, more meetings about why
// we have too many meetings", "Great, one more 'must-have' for launch", "Oh fantastic, the vendor pushed the deadline
// again": a cheer opening a sentence, a comma after it, and a grievance in what follows. "Great, another region
// signed up for the pilot" and "Wow, the load test shows p99 at 4.2s" are no grievance cheered.
bool s14_cheer_on_grievance(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    if (ws.size() < 4) return false;
    std::size_t k = one_of(ws[0].first, {"oh", "well"}) ? 1 : 0;
    auto const w = ws[k].first;
    bool const cheer = one_of(w, {"yay", "woohoo", "hooray", "yippee", "great", "fantastic", "wonderful", "lovely",
                                  "perfect", "excellent", "awesome", "joy", "goody", "wow"});
    if (!cheer) return false;
    auto const after = ws[k].second + w.size();
    if (after >= c.s.size() || (c.s[after] != ',' && c.s[after] != ':' && c.s[after] != '!' && c.s[after] != '.'))
        return false;
    // "Wow" is surprise, said sincerely of bad news too ("Wow, the nightly failed again"): only with "another" or
    // "more", a thing repeated.
    auto const next = k + 1 < ws.size() ? ws[k + 1].first : std::string_view{};
    bool const more = one_of(next, {"another", "more"}) ||
                      (next == "one" && k + 2 < ws.size() && ws[k + 2].first == "more") || next == "yet";
    if (w == "wow" && !more) return false;
    if (s14_success(c, x)) return false;
    return s14_grievance(c, x);
}

// "Clearly the best use of our two engineers is a confetti animation while checkout still times out": an ironic
// adverb before a superlative, with something still broken beside it.
bool s14_ironic_superlative(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    if (ws.size() < 6 || !one_of(ws[0].first, {"clearly", "obviously", "naturally", "evidently", "of"})) return false;
    if (ws[0].first == "of" && ws[1].first != "course") return false;
    bool superlative = false, beside = false;
    for (std::size_t k = 1; k < ws.size(); ++k) {
        auto const w = ws[k].first;
        if (k <= 4 && w == "the" && k + 1 < ws.size() &&
            one_of(ws[k + 1].first, {"best", "most", "smartest", "wisest", "top", "obvious"}))
            superlative = true;
        if (superlative && one_of(w, {"while", "when"}))
            for (std::size_t m = k + 1; m < ws.size(); ++m)
                beside = beside || ws[m].first == "still" || s14_harm_word(ws[m].first);
    }
    return superlative && (beside || (superlative && s14_harm_in(c, x.b, x.e)));
}

// "Really appreciate finding out about the deadline from the customer's press release", "Thanks for the 'quick sync'
// that ate my whole afternoon", "Thanks so much for adding three screens the day after code freeze": thanks for a
// grievance. "Thanks for the quick review" and "thanks for staying late before the demo" thank for help.
bool s14_thanks_for_grievance(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    bool thanks = c.first(Lex::thanks, x.b, x.e) != nullptr;
    for (auto const& [w, at] : ws) {
        if (one_of(w,
                   {"fix", "fixed", "fixing", "help", "helping", "covering", "staying", "saved", "catching", "caught"}))
            return false;
        thanks = thanks || one_of(w, {"appreciate", "appreciated", "grateful"});
    }
    if (!thanks || s14_success(c, x)) return false;
    // A grievance named beside the thanks, not the harm the thanked work was about ("thanks for the write-up on the
    // outage", "for jumping on the incident at 2am").
    bool quoted = false;
    s14_scare_words(c, x, [&](std::string_view) { quoted = true; });
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        auto const prev = i > 0 ? ws[i - 1].first : std::string_view{};
        if (quoted && one_of(w, {"ate", "wasted", "ran", "took", "cost", "killed", "blew"})) return true;
        if (one_of(w, {"before", "after"}) &&
            one_of(prev, {"day", "night", "friday", "week", "weekend", "hours", "minutes", "morning", "evening"}))
            for (std::size_t k = i + 1; k < ws.size() && k <= i + 3; ++k)
                if (one_of(ws[k].first, {"freeze", "launch", "deadline", "release", "demo", "go-live", "activation",
                                         "cutover", "cutoff"}))
                    return true;
    }
    // News learned second-hand.
    for (std::size_t i = 0; i < ws.size(); ++i)
        if (one_of(ws[i].first, {"via", "from"}))
            for (std::size_t k = i + 1; k < ws.size() && k <= i + 4; ++k)
                if (one_of(ws[k].first, {"newsletter", "press", "tweet", "twitter", "linkedin", "blog", "changelog",
                                         "customer's", "client's", "grapevine"}))
                    return true;
    return false;
}

// "It's not like hurricane season is a big deal or anything": what matters said not to, "or anything" after it.
bool s14_not_like_anything(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    return has_any(c, t, {"not like"}) && has_any(c, t, {"or anything"}) &&
           has_any(c, t, {"big deal", "important", "matters", "critical", "a thing", "relevant"});
}

// "What's the worst that could happen.", "Nothing could possibly go wrong there.": a risk waved off in words that
// can't be meant (said as a statement; "What's the worst that could happen? Mostly a stale cache." is asked).
bool s14_risk_waved(Context const& c, std::size_t i) {
    auto const& x = c.sentences[i];
    auto const t = sentence_text(c, x);
    if (has_any(c, t,
                {"nothing could possibly go wrong", "nothing can possibly go wrong", "what could possibly break",
                 "nothing could possibly break"}))
        return true;
    if (!has_any(c, t,
                 {"what's the worst that could happen", "whats the worst that could happen",
                  "what is the worst that could happen"}))
        return false;
    return !x.question() || i + 1 == c.sentences.size();
}

// "Wow, you really outdid yourself with this spec, Dan. Forty pages and not one word on how refunds work.": praise,
// then what the praised work leaves out. "Great spec. Not one open question left" counts nothing missing.
bool s14_praise_then_omission(Context const& c, std::size_t i) {
    if (i == 0) return false;
    auto const t = sentence_text(c, c.sentences[i]);
    if (!has_any(c, t,
                 {"not one word", "not a single word", "not a word", "no mention of", "not one mention",
                  "not a single mention", "zero mention", "not one line", "not a single line"}))
        return false;
    auto const& prev = c.sentences[i - 1];
    return c.first(Lex::praise, prev.b, prev.e) != nullptr ||
           has_any(c, sentence_text(c, prev),
                   {"outdid yourself", "outdone yourself", "outdid themselves", "outdone themselves", "outdid himself",
                    "outdid herself"});
}

// "Does she think the code writes itself?", "do they expect the tests to write themselves?": work that does itself,
// asked of someone's belief.
bool s14_work_does_itself(Context const& c, Sentence const& x) {
    if (!x.question()) return false;
    auto const t = sentence_text(c, x);
    return has_any(c, t, {"think", "expect", "expects", "believe", "assume", "thinks", "imagine"}) &&
           has_any(c, t,
                   {"writes itself", "write itself", "write themselves", "builds itself", "build itself",
                    "tests itself", "test itself", "test themselves", "codes itself", "deploys itself", "ships itself",
                    "happens by magic", "happen by magic", "fixes itself", "fix itself"});
}

// "Very 'agile' of us to change the requirements the day after sprint planning", "So thoughtful of product to drop it
// on us the Friday before launch": a virtue credited to whoever did it, with the virtue in scare quotes or a grievance
// beside it. "Very kind of you to cover my shift" credits a kindness.
bool s14_virtue_credited(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    for (std::size_t k = 0; k + 3 < ws.size(); ++k) {
        if (ws[k + 1].first != "of" || ws[k + 3].first != "to" ||
            !one_of(ws[k + 2].first, {"us", "you", "them", "him", "her", "product", "management", "sales", "marketing",
                                      "leadership", "everyone"}))
            continue;
        if (k == 0 || !one_of(ws[k - 1].first, {"very", "so", "how", "really", "truly", "super", "most"})) continue;
        auto const at = ws[k].second;
        bool const quoted = at > 0 && (c.s[at - 1] == '\'' || c.s[at - 1] == '"');
        if (quoted || s14_grievance(c, x)) return true;
    }
    return false;
}

// The constructions above, for sentence `i` of the writer's own words.
bool s14_sarcasm(Context const& c, std::size_t i) {
    auto const& x = c.sentences[i];
    if (c.in_quote(x.b, x.e) || c.mostly_quoted(x.b, x.e)) return false;
    return s14_tagged_praise(c, i) || s14_scare_echo(c, i) || s14_mock_surprise(c, x) || s14_fake_luck(c, i) ||
           s14_mock_benefit(c, x) || s14_impossible_offer(c, i) || s14_nothing_says(c, x) || s14_as_if(c, x) ||
           s14_cheer_on_grievance(c, x) || s14_ironic_superlative(c, x) || s14_thanks_for_grievance(c, x) ||
           s14_not_like_anything(c, x) || s14_risk_waved(c, i) || s14_praise_then_omission(c, i) ||
           s14_work_does_itself(c, x) || s14_virtue_credited(c, x);
}

// --- guards: what the older sarcasm constructions read as irony but is meant ---

// The first occurrence of `e` in the writer's own words (not in a quoted line or a quoted ask), or npos: "> oh
// wonderful, the app logged me out again 🙄" quotes a user's eye-roll.
std::size_t s14_unquoted_find(Context const& c, Analysis const& a, std::string_view e) {
    for (auto at = c.orig.find(e); at != std::string_view::npos; at = c.orig.find(e, at + 1))
        if (std::ranges::none_of(a.quoted, [&](Range const& q) { return at >= q.start && at < q.end; })) return at;
    return std::string_view::npos;
}

// The writer mocking their own work or themselves: "my 'one-line fix' ... turned into a three-day adventure", "I'm the
// genius who wrote the cron job": self-deprecation aims at no one.
bool s14_self_mockery(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    if (has_any(c, t, {"i'm the genius", "i am the genius", "i was the genius", "me, the genius", "yours truly"}))
        return true;
    bool mine = false;
    for_scare_quotes(c, x, [&](std::string_view inner) {
        auto const at = static_cast<std::uint32_t>(x.b + (inner.data() - t.data()));
        if (at > 0 && word_before(c, at - 1, 1, {"my"})) mine = true;
    });
    return mine;
}

// Praise of news that is good ("Great news: the processor approved our PCI scope change", "Great, another region
// signed up for the pilot"): a success said, nothing held up in scare quotes, nothing repeated or still wrong.
bool s14_praise_meant(Context const& c, Sentence const& x) {
    if (!s14_success(c, x)) return false;
    bool quoted = false;
    s14_scare_words(c, x, [&](std::string_view) { quoted = true; });
    if (quoted) return false;
    return std::ranges::none_of(words_of(c, x), [](auto const& p) {
        return one_of(p.first, {"again", "still", "yet", "nobody", "never"});
    });
}

// "What could go wrong? My list: (1) ...": the question answered by the writer's own list in the next sentence.
bool s14_risk_asked(Context const& c, Hit const& h) {
    if (c.s.substr(h.begin, h.end - h.begin) != "what could go wrong") return false;
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr || !x->question() || x == &c.sentences.back()) return false;
    auto const& next = *(x + 1);
    auto const t = sentence_text(c, next);
    return t.find(':') != std::string_view::npos ||
           has_any(c, t, {"my list", "two things", "three things", "mostly"}) ||
           t.find("(1)") != std::string_view::npos || t.find("1.") != std::string_view::npos;
}

// Praise in a sentence that says good news ("Great, another region signed up for the pilot") hints at no sarcasm.
bool s14_praise_hit_meant(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    return x != nullptr && s14_praise_meant(c, *x) && !s14_harm_in(c, x->b, x->e);
}

// A sarcasm phrase meant where the sentence says so: the writer's self-mockery, praise of good news, a risk review.
bool s14_sarcasm_word_meant(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    return x != nullptr && (s14_self_mockery(c, *x) || s14_risk_asked(c, h) || s14_praise_hit_meant(c, h));
}

// Whether sarcasm is the only red flag found and every finding of it is one of the constructions above: the draft the
// combiner would have read without them (hints.cpp marks it, templates/advice.cpp asks the combiner as before).
bool s14_sarcasm_alone(Context const& c, Analysis const& a) {
    if (a.red_flags.size() != 1 || a.red_flags.front() != RedFlag::sarcasm) return false;
    return std::ranges::all_of(a.evidence, [&](Evidence const& e) {
        if (e.flag != RedFlag::sarcasm) return true;
        for (std::size_t i = 0; i < c.sentences.size(); ++i) {
            auto const r = c.orig_range(c.sentences[i].b, c.sentences[i].e);
            if (r.start == e.range.start && r.end == e.range.end && s14_sarcasm(c, i)) return true;
        }
        return false;
    });
}

// --- sarcasm14 end ---

// --- ladder15: skips-ladder, broadcast and sarcasm by construction in real people's shapes (coaching dev28-dev35 and
// tests/detector/ladder15_test.cpp). A rung gone around while the person who owns it is away (the reader asked for a
// sign-off), an authority asked to act on others ("I've asked the plant director to lock the code"), an authority
// wished to settle a dispute with a peer, a matter taken to someone above with the authority a phrase ("to the head of
// product") or the move an intent ("I'm going to take it to ..."); a disagreement put in public or before everyone
// to judge it, a grievance raised at an all-hands by a gerund ("Putting this in the all-hands Q&A doc: why ..."); and
// sarcasm: a past failure praised for a repeat, a burden called a joy, a repeat awaited and counted, a disposition
// admired in a fragment, a feigned forgetting, a mock self-punishment, mock permission for something painful, "but
// hey, it's your X", a "101" of a harm, "love this for" the people harmed, a cheer on "yet another", a doubtful
// outcome assured ("I'm sure that will go well") after an assent. Each needs its roles: who moves, to whom, what is
// asked, what the praise is of. ---

// "As Priya asked in our 1:1, I'm sending the plan to her manager", "as he suggested": the move at the person's own
// word (at_their_request).
bool l15_as_they_asked(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"asked", "requested", "suggested"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i)
        if (one_of(ws[i].first, {"as", "like"}) && person_subject(c, ws[i + 1].first, ws[i + 1].second) &&
            !one_of(ws[i + 1].first, {"i", "we", "you"}) &&
            one_of(ws[i + 2].first, {"asked", "requested", "suggested"}))
            return true;
    return false;
}

bool l15_writer_word(std::string_view w) {
    return one_of(w, {"i", "i've", "ive", "i'm", "im", "i'll", "we", "we've", "we're", "we'll", "i'd", "we'd"});
}

// The person the move goes around, gone: "while Robin is out this week", "Since Priya is out until Monday", "with
// Betty on vacation". Returns true for sentence `x` when it names someone away.
bool l15_person_away(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"while", "since", "as", "because", "with", "now"})) continue;
        auto const [who, at] = ws[i + 1];
        auto const base = who.ends_with("'s") ? who.substr(0, who.size() - 2) : who;
        if (!person_subject(c, who, at) || one_of(base, {"i", "we", "you", "it", "this", "that"})) continue;
        std::size_t k = i + 2;
        if (!who.ends_with("'s") && k < ws.size() && one_of(ws[k].first, {"is", "was", "being", "are", "has", "been"}))
            ++k;
        if (k < ws.size() && ws[k].first == "been") ++k;
        if (k >= ws.size()) continue;
        auto const w = ws[k].first;
        auto const next = k + 1 < ws.size() ? ws[k + 1].first : std::string_view{};
        if (one_of(w, {"out", "away", "ooo", "unavailable", "travelling", "traveling", "offline", "off"}) ||
            (w == "on" && one_of(next, {"leave", "vacation", "holiday", "holidays", "pto", "sabbatical", "parental",
                                        "sick", "paternity", "maternity"})))
            return true;
    }
    return false;
}

// "Hi <@U1>, writing to you directly while Robin is out this week: ... Can you approve the extra hours?": the writer
// comes to the reader instead of the person away, for what that person would give (an approval, a sign-off, a call).
bool l15_while_away(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"out", "away", "leave", "vacation", "holiday", "ooo", "unavailable",
                                             "travelling", "traveling", "pto", "offline", "off"})))
        return false;
    if (!has_any(c, c.s,
                 {"to you directly", "directly to you", "straight to you", "writing to you", "coming to you",
                  "reaching out to you", "bringing this to you", "bringing it to you", "asking you directly",
                  "come to you"}))
        return false;
    if (!has_any(
            c, c.s,
            {"approve", "approval", "sign off", "sign-off", "signoff", "green-light", "greenlight", "green light",
             "authorize", "authorise", "decide", "decision", "okay the", "ok the", "can you", "could you", "please"}))
        return false;
    if (has_any(c, c.s,
                {"as he asked", "as she asked", "as they asked", "asked me", "asked us", "on her behalf",
                 "on his behalf", "as agreed", "we agreed", "told me to"}))
        return false;
    return l15_person_away(c, x);
}

// An authority hit starting in [b, e): a person above, not a body whose job is to settle things ("the board" the
// change board is, "the steering committee", "exec review"; AGREEMENT.md clarification G).
bool l15_authority_hit_at(Context const& c, std::uint32_t b, std::uint32_t e, Hit const** out = nullptr) {
    for (auto const& h : c.hits)
        if (h.lex == Lex::authority && h.begin >= b && h.begin < e && !c.in_quote(h.begin, h.end) &&
            !inside_address(c, h) &&
            !one_of(c.s.substr(h.begin, h.end - h.begin),
                    {"the board", "the steering committee", "the tsc", "the foundation", "exec review",
                     "executive review", "leadership review", "github staff", "github support", "project admin",
                     "the project admin", "main developers"})) {
            if (out != nullptr) *out = &h;
            return true;
        }
    return false;
}

// "I've asked the plant director to lock the sorting-line PLC code so that only my team can change it", "I asked
// Henrik, the platform group's VP, to cancel the data team's migration ticket": the writer asks someone above to act
// on others (to stop, lock, revoke, reverse ...). "I asked the director for the headcount numbers" and "... to review
// the plan" ask for information or a read.
bool l15_authority_set_on_others(Context const& c, Sentence const& x) {
    if (!c.present[static_cast<std::size_t>(Lex::authority)]) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 3 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"asked", "ask", "asking", "got", "get", "getting", "had", "told", "begged",
                                  "requested", "pinged", "emailed", "messaged", "urged"}))
            continue;
        bool writer = false;
        for (std::size_t k = i; k-- > 0 && k + 4 > i;) writer = writer || l15_writer_word(ws[k].first);
        if (!writer) continue;
        // The authority within eight words after the verb, the writer's own ("my director") aside.
        std::size_t const last = std::min(ws.size(), i + 9);
        Hit const* who = nullptr;
        if (!l15_authority_hit_at(c, ws[i].second, ws[last - 1].second + 1, &who)) continue;
        if (word_before(c, who->begin, 1, {"my", "our"})) continue;
        // "to" and a verb of acting on others after the authority.
        for (std::size_t k = i + 1; k + 1 < ws.size() && k <= i + 12; ++k) {
            if (ws[k].first != "to" || ws[k].second < who->end) continue;
            auto n = k + 1;
            if (one_of(ws[n].first, {"just", "please", "simply", "quietly", "immediately"}) && n + 1 < ws.size()) ++n;
            if (one_of(ws[n].first, {"freeze",   "lock",     "pull",    "revoke", "cancel", "block", "stop",
                                     "overrule", "overturn", "reverse", "veto",   "remove", "kill",  "shut",
                                     "reassign", "ban",      "deny",    "reject", "halt",   "scrap", "override",
                                     "bar",      "restrict", "strip",   "shelve", "axe",    "ax"}))
                return true;
            break;
        }
    }
    return false;
}

// "Tomas and I keep going in circles on the cache design, so I'd rather the CTO just settles it", "since Tom and I
// can't agree ..., I'd rather the VP just decides this one": someone above wished to settle a dispute with a peer.
bool l15_authority_to_settle(Context const& c, Sentence const& x) {
    if (!c.present[static_cast<std::size_t>(Lex::authority)]) return false;
    if (!c.has(Lex::contest) && !has_any(c, c.s,
                                         {"can't agree", "cannot agree", "don't agree", "won't agree", "disagree",
                                          "won't budge", "in circles", "impasse", "deadlock", "deadlocked", "stalemate",
                                          "keep arguing", "back and forth", "at odds", "can't settle", "not budging"}))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"rather", "let", "have", "get", "want", "prefer", "ask", "asking", "suggest"}))
            continue;
        auto n = i + 1;
        if (n < ws.size() && one_of(ws[n].first, {"the", "our", "their", "his", "her"})) ++n;
        if (n >= ws.size()) continue;
        Hit const* who = nullptr;
        if (!l15_authority_hit_at(c, ws[n].second, ws[n].second + 1, &who)) continue;
        auto k = n;
        while (k < ws.size() && ws[k].second < who->end) ++k;
        if (k < ws.size() && one_of(ws[k].first, {"just", "simply", "please", "finally"})) ++k;
        if (k < ws.size() && ws[k].first == "to") ++k;
        if (k >= ws.size()) continue;
        auto const w = ws[k].first;
        auto const next = k + 1 < ws.size() ? ws[k + 1].first : std::string_view{};
        if (one_of(w, {"decide", "decides", "settle", "settles", "pick", "picks", "choose", "chooses", "arbitrate",
                       "arbitrates", "break", "breaks", "rule", "rules", "referee", "referees"}) ||
            (one_of(w, {"make", "makes"}) && one_of(next, {"the", "a"})))
            return true;
    }
    return false;
}

// "I'm going to take the sprint-scope question to the head of product instead of arguing with Lee any longer": a
// verb of taking something, the writer's (an intent: "going to", "want to"), then "to" and an authority the lexicon
// spells as a phrase.
bool l15_taken_up(Context const& c, Sentence const& x) {
    if (!c.present[static_cast<std::size_t>(Lex::authority)]) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"take", "taking", "bring", "bringing", "escalate", "escalating", "raise", "raising",
                                  "send", "sending", "forward", "forwarding"}))
            continue;
        auto const prev = i > 0 ? ws[i - 1].first : std::string_view{};
        auto const prev2 = i > 1 ? ws[i - 2].first : std::string_view{};
        bool const writer =
            l15_writer_word(prev) || (i == 0 && ws[i].first.ends_with("ing")) ||
            (prev == "to" && one_of(prev2, {"going", "want", "have", "need", "about", "planning", "plan", "intend"}));
        if (!writer) continue;
        for (std::size_t k = i + 1; k + 1 < ws.size() && k <= i + 8; ++k) {
            if (one_of(ws[k].first, {"with"})) break;
            if (ws[k].first != "to") continue;
            auto n = k + 1;
            if (ws[n].first == "your") break;
            Hit const* who = nullptr;
            if (l15_authority_hit_at(c, ws[n].second, ws[n].second + 1, &who) ||
                (n + 1 < ws.size() && one_of(ws[n].first, {"the", "our", "their", "his", "her"}) &&
                 l15_authority_hit_at(c, ws[n + 1].second, ws[n + 1].second + 1, &who)))
                return !word_before(c, who->begin, 1, {"my"});
            break;
        }
    }
    return false;
}

// "I'm going to post the whole estimate thread on LinkedIn so people can see how this company plans projects": the
// writer puts something before the public, outside the company, to be judged.
bool l15_public_venue(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"linkedin", "twitter", "reddit", "facebook", "mastodon", "bluesky",
                                             "social", "publicly", "public", "hacker", "press", "internet", "blog"})))
        return false;
    auto const& ws = words_of(c, x);
    bool move = false;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        // The writer's move: "I'll post", "I'm going to share", "Posting this on LinkedIn".
        if (one_of(w, {"post", "posting", "share", "sharing", "put", "putting", "publish", "publishing", "tweet",
                       "tweeting", "air", "airing", "blog", "take", "taking", "drop", "dropping"}) &&
            !word_before(c, ws[i].second, 2, {"don't", "not", "never", "won't", "he", "she", "they", "you"})) {
            auto const prev = i > 0 ? ws[i - 1].first : std::string_view{};
            auto const prev2 = i > 1 ? ws[i - 2].first : std::string_view{};
            move = move || l15_writer_word(prev) || (i == 0 && w.ends_with("ing")) ||
                   (prev == "to" && one_of(prev2, {"going", "want", "about", "planning", "plan", "intend"})) ||
                   (one_of(prev, {"will", "gonna", "just"}) && l15_writer_word(prev2));
        }
        if (!move) continue;
        auto const next = i + 1 < ws.size() ? ws[i + 1].first : std::string_view{};
        if (one_of(w, {"linkedin", "twitter", "reddit", "facebook", "mastodon", "bluesky", "publicly"}) ||
            (w == "social" && next == "media") || (w == "hacker" && next == "news") ||
            (w == "in" && next == "public") || (w == "the" && one_of(next, {"press", "internet"})))
            return true;
    }
    return false;
}

// "so people can see how this company plans projects", "so the whole company can judge whether it makes any sense":
// many invited to judge someone's work or the company.
bool l15_audience_judges(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    return has_any(c, t,
                   {"can judge", "can decide for themselves", "can see for themselves", "make up their own minds",
                    "judge for themselves", "see how this company", "see how this team", "see how they",
                    "see how product", "see how management", "see how leadership", "know how this company"});
}

// "Putting this in the all-hands Q&A doc: why does product keep overriding the team's estimates?": the writer's move a
// gerund opening the sentence, the forum everyone attends its place.
bool l15_gerund_to_forum(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"all-hands", "hands", "hall", "townhall"}))) return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 3 || !one_of(ws[0].first, {"putting", "posting", "raising", "asking", "bringing", "adding",
                                               "dropping", "taking", "submitting"}))
        return false;
    for (std::size_t i = 1; i + 1 < ws.size(); ++i)
        if (ws[i].first == "all-hands" || ws[i].first == "townhall" ||
            (ws[i].first == "all" && ws[i + 1].first == "hands") ||
            (ws[i].first == "town" && ws[i + 1].first == "hall"))
            return !one_of(i + 1 < ws.size() ? ws[i + 1].first : std::string_view{}, {"prep", "planning", "agenda"});
    return false;
}

// A sentence that opens with an assent ("Sure, ...", "Yeah, ...", "Oh sure, ...").
bool l15_assent_opens(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    if (ws.empty()) return false;
    std::size_t k = one_of(ws[0].first, {"oh", "ah", "well"}) && ws.size() > 1 ? 1 : 0;
    return one_of(ws[k].first, {"sure", "yeah", "yes", "ok", "okay", "right", "fine", "absolutely", "totally"});
}

// "Sure, let's demo on the prod cluster again. That went beautifully in March.", "Let's run the migration on Friday
// evening again. That went so smoothly in October.": the last time praised (a pronoun for it as subject, a past verb
// of outcome, praise), after a sentence that does it again. "The October migration went smoothly, so let's use the
// same runbook" names what went well and goes on.
bool l15_past_failure_praised(Context const& c, std::size_t i) {
    if (!any_word(c, WordBloom::word_hashes({"went", "worked", "turned"}))) return false;
    if (i == 0) return false;
    auto const& x = c.sentences[i];
    auto const& prev = c.sentences[i - 1];
    if (x.end == '!' || x.question() || c.mostly_quoted(x.b, x.e) || c.mostly_quoted(prev.b, prev.e)) return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 3 || ws.size() > 8 || !one_of(ws[0].first, {"that", "it", "this", "which"})) return false;
    if (!one_of(ws[1].first, {"went", "worked", "turned"})) return false;
    std::size_t k = ws[1].first == "turned" && ws.size() > 3 && ws[2].first == "out" ? 3 : 2;
    bool const so = ws[k].first == "so" || ws[k].first == "such";
    if (so) ++k;
    if (k >= ws.size()) return false;
    auto const w = ws[k].first;
    bool const fancy = one_of(w, {"beautifully", "brilliantly", "wonderfully", "swimmingly", "splendidly",
                                  "marvelously", "marvellously", "flawlessly", "fabulously"});
    if (!fancy && !(so && one_of(w, {"well", "smoothly", "great", "nicely", "perfectly"}))) return false;
    // Only a time may follow: "last time", "in March", "the last time", "yesterday".
    for (std::size_t m = k + 1; m < ws.size(); ++m)
        if (!one_of(ws[m].first, {"last", "time", "in", "the", "year", "month", "week", "quarter", "yesterday",
                                  "before", "previously"}) &&
            !c.first(Lex::date, ws[m].second, ws[m].second + static_cast<std::uint32_t>(ws[m].first.size())))
            return false;
    auto const& pw = words_of(c, prev);
    return std::ranges::any_of(pw, [](auto const& p) { return p.first == "again"; }) || l15_assent_opens(c, prev);
}

// A duration spelled with a count ("three weeks", "4 days", "two hours").
bool l15_counted_span(Context const& c, Sentence const& x) {
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 1 < ws.size(); ++i) {
        auto const w = ws[i].first, unit = ws[i + 1].first;
        bool const count = one_of(w, {"two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "twelve",
                                      "several", "many", "a"}) ||
                           std::ranges::all_of(w, [](char ch) { return ch >= '0' && ch <= '9'; });
        if (count &&
            one_of(unit, {"hours", "days", "weeks", "months", "years", "sprints", "quarters", "hour", "day", "week",
                          "month", "year", "sprint"}) &&
            w != "a")
            return true;
    }
    return false;
}

// "because waiting three weeks for Carla was such a delight", "Waiting four days for a one-line review was an absolute
// joy", "Whack a moronic mole is my favorite pastime": a burden (a counted wait, harm) called a pleasure.
bool l15_burden_a_joy(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes(
                         {"delight", "joy", "treat", "pleasure", "blast", "dream", "thrill", "favorite", "favourite"})))
        return false;
    if (x.question() || c.mostly_quoted(x.b, x.e)) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 1 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"was", "is", "has", "been"})) continue;
        std::size_t k = i + 1;
        if (ws[i].first == "has" && k < ws.size() && ws[k].first == "been") ++k;
        while (k < ws.size() &&
               one_of(ws[k].first, {"such", "a", "an", "absolute", "real", "pure", "total", "just", "my", "our"}))
            ++k;
        if (k >= ws.size()) continue;
        auto const w = ws[k].first;
        auto const next = k + 1 < ws.size() ? ws[k + 1].first : std::string_view{};
        bool const joy = one_of(w, {"delight", "joy", "treat", "pleasure", "blast", "dream", "thrill"}) ||
                         (one_of(w, {"favorite", "favourite"}) && one_of(next, {"pastime", "hobby", "part", "thing"}));
        if (!joy) continue;
        // The burden in the subject: a counted wait, harm or a harsh word before the verb.
        Sentence const subject{x.b, ws[i].second, '.'};
        bool const waited =
            std::ranges::any_of(ws.begin(), ws.begin() + static_cast<std::ptrdiff_t>(i), [](auto const& p) {
                return one_of(p.first, {"waiting", "chasing", "debugging", "babysitting", "redoing", "rewriting",
                                        "begging", "explaining", "firefighting", "whack"});
            });
        if ((waited && l15_counted_span(c, subject)) || s14_harm_in(c, x.b, ws[i].second) ||
            c.first(Lex::insult, x.b, ws[i].second) != nullptr)
            return true;
    }
    return false;
}

// "Can't wait for the next exciting pivot on catalog search. Third one this quarter, keeps things fresh!": a repeat
// awaited, and counted.
bool l15_repeat_awaited(Context const& c, std::size_t i) {
    auto const& x = c.sentences[i];
    auto const t = sentence_text(c, x);
    if (!has_any(c, t,
                 {"can't wait for the next", "cant wait for the next", "looking forward to the next",
                  "can hardly wait for the next", "bring on the next"}))
        return false;
    for (std::size_t j = i; j < c.sentences.size() && j <= i + 1; ++j) {
        auto const& ws = words_of(c, c.sentences[j]);
        for (std::size_t k = 0; k + 1 < ws.size(); ++k)
            if (one_of(ws[k].first, {"second", "third", "fourth", "fifth", "sixth", "2nd", "3rd", "4th", "5th"}) &&
                (one_of(ws[k + 1].first, {"one", "time", "this", "in", "since"}) ||
                 (k + 2 < ws.size() && one_of(ws[k + 2].first, {"this", "in", "since"}))))
                return true;
    }
    return false;
}

// "Such a bold estimate: one sprint for the whole genomics pipeline. I admire the optimism.": a disposition admired
// in a fragment after what it stands on (the plan judged), not the work ("I admire the care that went into it").
bool l15_disposition_admired(Context const& c, std::size_t i) {
    if (!any_word(c, WordBloom::word_hashes({"optimism", "confidence", "ambition", "enthusiasm", "courage", "boldness",
                                             "bravery", "faith", "positivity", "audacity"})))
        return false;
    if (i == 0) return false;
    auto const& x = c.sentences[i];
    if (x.end == '!' || x.question() || c.mostly_quoted(x.b, x.e)) return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 2 || ws.size() > 5) return false;
    for (std::size_t k = 0; k + 1 < ws.size(); ++k) {
        if (!one_of(ws[k].first, {"admire", "love", "appreciate", "respect", "envy", "applaud", "salute"})) continue;
        auto n = k + 1;
        if (one_of(ws[n].first, {"the", "your", "their", "his", "her", "such"}) && n + 1 < ws.size()) ++n;
        if (n + 1 == ws.size() && one_of(ws[n].first, {"optimism", "confidence", "ambition", "enthusiasm", "courage",
                                                       "boldness", "bravery", "faith", "positivity", "audacity"}))
            return true;
    }
    return false;
}

// "Oh, I forgot, you never read the incident reports anyway", "Oh, I forget, you have been in your 'corporate ivory
// tower'": a forgetting feigned, then what someone always or never does. "Oh, I forgot to attach the logs" forgot a
// thing.
bool l15_feigned_forgetting(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"forgot", "forget"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i) {
        if (ws[i].first != "i" || !one_of(ws[i + 1].first, {"forgot", "forget"})) continue;
        auto const after = ws[i + 1].second + ws[i + 1].first.size();
        if (after >= c.s.size() || c.s[after] != ',') continue;
        if (!one_of(ws[i + 2].first,
                    {"you", "you're", "you've", "they", "they're", "they've", "he", "he's", "she", "she's"}))
            continue;
        for (std::size_t k = i + 3; k < ws.size(); ++k)
            if (one_of(ws[k].first,
                       {"never", "always", "don't", "doesn't", "can't", "been", "only", "apparently", "know", "knows"}))
                return true;
    }
    return false;
}

// "Yeah, how irresponsible of me to ask for a test plan, I should be fired", "I should get banned", "How dare I polish
// and remove kludges": the writer's own punishment proposed for what they did. A condition ("if the backup fails
// again, I should be fired") is meant.
bool l15_mock_self_punishment(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"dare", "fired", "banned", "punished", "arrested", "shot", "jailed",
                                             "sacked", "hanged", "flogged", "court-martialed", "exiled"})))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (ws[i].first == "how" && ws[i + 1].first == "dare" && ws[i + 2].first == "i") return true;
        if (ws[i].first != "i" || !one_of(ws[i + 1].first, {"should", "must", "deserve"})) continue;
        std::size_t k = i + 2;
        if (k < ws.size() && one_of(ws[k].first, {"be", "get", "probably", "clearly", "obviously"})) ++k;
        if (k < ws.size() && one_of(ws[k].first, {"be", "get"})) ++k;
        if (k < ws.size() && one_of(ws[k].first, {"fired", "banned", "punished", "arrested", "shot", "jailed", "sacked",
                                                  "hanged", "flogged", "court-martialed", "exiled"}))
            return std::ranges::none_of(ws, [](auto const& p) { return one_of(p.first, {"if", "unless", "when"}); });
    }
    return false;
}

// "If you're a masochist, go right ahead with refactoring", "If you enjoy debugging at 3am, by all means go ahead and
// skip the staging run": permission given on a condition of liking pain.
bool l15_mock_permission(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    if (!has_any(c, t,
                 {"go ahead", "go right ahead", "be my guest", "knock yourself out", "by all means", "feel free"}))
        return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (ws[i].first != "if" || !one_of(ws[i + 1].first, {"you", "you're"})) continue;
        auto k = i + 2;
        if (ws[i + 1].first == "you" && one_of(ws[k].first, {"are", "really"})) ++k;
        for (std::size_t m = k; m < ws.size() && m <= k + 5; ++m)
            if (one_of(ws[m].first, {"masochist", "glutton", "sadist", "pain", "punishment", "suffering", "debugging",
                                     "firefighting", "pager", "pages", "overtime", "weekends", "3am", "2am", "4am",
                                     "midnight", "headaches", "outages", "incidents"}))
                return true;
    }
    return false;
}

// "But hey, it's your code.", "But hey, it's your weekend on call.": the decision left to the reader in a shrug.
bool l15_shrug_left_to_reader(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"hey"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 3 < ws.size(); ++i)
        if (ws[i].first == "but" && ws[i + 1].first == "hey" && one_of(ws[i + 2].first, {"it's", "its"}) &&
            ws[i + 3].first == "your" && ws.size() <= i + 7)
            return true;
    return false;
}

// "How to make your employees feel like shit 101:", "How to lose a customer's trust 101": a course in a harm.
bool l15_course_in_harm(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"101"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
        if (ws[i].first != "how" || ws[i + 1].first != "to") continue;
        bool harm = false;
        for (std::size_t k = i + 2; k < ws.size(); ++k) {
            harm =
                harm || one_of(ws[k].first, {"lose",  "kill",       "alienate",   "annoy",     "anger", "ruin",  "burn",
                                             "break", "demoralize", "demoralise", "destroy",   "waste", "drive", "piss",
                                             "shit",  "hate",       "insult",     "frustrate", "scare", "tank"});
            if (ws[k].first == "101") return harm;
        }
    }
    return false;
}

// "Love this for the technicians working in basements." after "offline mode cut, again", "Love this for the support
// team, who now get to answer every refund ticket by hand": love for the people a grievance lands on.
bool l15_love_this_for(Context const& c, std::size_t i) {
    auto const& x = c.sentences[i];
    auto const t = sentence_text(c, x);
    if (!has_any(c, t, {"love this for", "loving this for", "love that for", "love it for"})) return false;
    if (s14_grievance(c, x) || has_any(c, t, {"who now get to", "who now have to", "who get to", "who have to"}))
        return true;
    return i > 0 && !c.mostly_quoted(c.sentences[i - 1].b, c.sentences[i - 1].e) &&
           s14_grievance(c, c.sentences[i - 1]);
}

// "Amazing work on the migration, everyone. Only 3,000 dispatch records went missing.": a large harm said small, after
// praise. "Great work, everyone. Only 3 records need a manual fix." is a small one.
bool l15_harm_said_small(Context const& c, std::size_t i) {
    if (!any_word(c, WordBloom::word_hashes({"only"}))) return false;
    if (i == 0) return false;
    auto const& x = c.sentences[i];
    auto const& prev = c.sentences[i - 1];
    if (c.mostly_quoted(prev.b, prev.e) || c.first(Lex::praise, prev.b, prev.e) == nullptr) return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 3 || ws[0].first != "only") return false;
    std::size_t k = 1;
    if (one_of(ws[k].first, {"about", "around", "some", "a", "roughly"})) ++k;
    if (k >= ws.size()) return false;
    auto const q = ws[k].first;
    auto const all_digits = [](std::string_view w) {
        return !w.empty() && std::ranges::all_of(w, [](char ch) { return ch >= '0' && ch <= '9'; });
    };
    // "3000", "3,000" (two words here), "thousands", "a few hundred".
    bool const grouped = all_digits(q) && k + 1 < ws.size() && ws[k + 1].first.size() == 3 &&
                         all_digits(ws[k + 1].first) && c.s[ws[k].second + q.size()] == ',';
    bool const large = (all_digits(q) && q.size() >= 3) || grouped ||
                       one_of(q, {"hundreds", "thousands", "millions", "thousand", "hundred", "million"}) ||
                       (q == "few" && k + 1 < ws.size() && one_of(ws[k + 1].first, {"thousand", "hundred"}));
    if (!large) return false;
    for (std::size_t m = k + 1; m < ws.size() && m <= k + 6; ++m)
        if (s14_harm_word(ws[m].first) ||
            one_of(ws[m].first,
                   {"lost", "corrupted", "dropped", "failed", "bounced", "vanished", "disappeared", "duplicate",
                    "duplicated", "double-charged", "overcharged", "locked", "logged", "kicked"}))
            return true;
    return s14_harm_in(c, x.b, x.e);
}

// "Great, yet another dashboard nobody asked for.": a cheer on "yet another", not a success ("Great, yet another
// partner signed the data agreement").
bool l15_cheer_on_yet_another(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"yet"}))) return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 4) return false;
    std::size_t k = one_of(ws[0].first, {"oh", "well", "ah"}) ? 1 : 0;
    if (!one_of(ws[k].first, {"great", "fantastic", "wonderful", "lovely", "perfect", "excellent", "awesome", "yay",
                              "brilliant", "super", "cool", "terrific", "splendid"}))
        return false;
    if (ws[k + 1].first != "yet" || k + 2 >= ws.size() || ws[k + 2].first != "another") return false;
    return !s14_success(c, x);
}

// "Sure, rewrite the auth layer in a week. I'm sure that will go well.": an outcome assured, of the plan just assented
// to (a pronoun for it), in a closing statement. "Good luck tomorrow, I'm sure it will go well!" and "I'm sure the
// migration will go well: we rehearsed it twice" are meant.
bool l15_doubtful_assurance(Context const& c, std::size_t i) {
    if (!any_word(c, WordBloom::word_hashes({"sure", "surely", "clearly"}))) return false;
    if (i == 0) return false;
    auto const& x = c.sentences[i];
    auto const& prev = c.sentences[i - 1];
    if (x.end == '!' || x.question() || c.mostly_quoted(x.b, x.e)) return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 5 || ws.size() > 9) return false;
    std::size_t k = 0;
    if (ws[0].first == "i'm" && ws[1].first == "sure")
        k = 2;
    else if (ws[0].first == "i" && ws[1].first == "am" && ws[2].first == "sure")
        k = 3;
    else if (one_of(ws[0].first, {"surely", "clearly"}))
        k = 1;
    else
        return false;
    if (k + 3 > ws.size() || !one_of(ws[k].first, {"that", "this", "it", "that'll", "it'll", "this'll"})) return false;
    ++k;  // "that will", "that'll"
    if (ws[k].first == "will") ++k;
    if (k < ws.size() && one_of(ws[k].first, {"go", "work", "end", "turn"})) ++k;
    if (k < ws.size() && ws[k].first == "out") ++k;
    if (k >= ws.size() || !one_of(ws[k].first, {"well", "great", "smoothly", "fine", "perfectly", "brilliantly"}))
        return false;
    if (has_phrase(c, c.s, "good luck")) return false;
    return l15_assent_opens(c, prev) || s14_grievance(c, prev);
}

// "<!here> the publishing pipeline is back up; stories queued since 14:05 are going out now": news to everyone, not a
// disagreement (the open lead of round fourteen, coaching dev31 line 42). Nothing found or hinted against anyone, no
// question, no word of objection, harm, judgment or irony: the address to everyone hints at no broadcast
// (detector/hints.cpp).
bool l15_news_to_everyone(Context const& c, Analysis const& a) {
    if (!a.red_flags.empty() || !a.illegitimate.empty()) return false;
    for (auto const& x : c.sentences)
        if (x.question() && !c.mostly_quoted(x.b, x.e)) return false;
    static constexpr Lex against[] = {Lex::negative,     Lex::harsh,       Lex::objection, Lex::contest,
                                      Lex::judgment,     Lex::challenge,   Lex::insult,    Lex::person_attack,
                                      Lex::person_trait, Lex::sarcasm,     Lex::pressure,  Lex::hyperbole,
                                      Lex::ladder,       Lex::ladder_verb, Lex::authority, Lex::opinion,
                                      Lex::weasel,       Lex::stance,      Lex::harm_verb};
    for (auto const& h : c.hits)
        if (!c.in_quote(h.begin, h.end) && std::ranges::find(against, h.lex) != std::end(against)) return false;
    if (has_any(c, c.s, {"but",   "why",   "nobody", "no one", "no-one",    "still", "again",   "keep",
                         "keeps", "stop",  "please", "should", "shouldn't", "must",  "need to", "needs to",
                         "don't", "can't", "won't",  "not",    "take",      "mind",  "burn",    "zero"}))
        return false;
    // What news says: a system back or live, something out or moved, a reminder.
    return c.has(Lex::status) ||
           has_any(c, c.s,
                   {"back up",  "is back",   "are back",      "back online",  "is live",       "are live", "went live",
                    "is up",    "going out", "went out",      "deployed",     "shipped",       "released", "restored",
                    "resumed",  "is open",   "are open",      "reminder",     "moves to",      "moved to", "is done",
                    "is fixed", "are fixed", "now available", "is available", "are available", "is out",   "are out"});
}

// "Hope that's efficient enough for everyone.": a mock concern for what everyone wanted, closing a grievance. "Hope
// that's clear enough, shout if not" asks after the reader.
bool l15_mock_concern_for_all(Context const& c, std::size_t i) {
    if (!any_word(c, WordBloom::word_hashes({"enough"}))) return false;
    if (i == 0) return false;
    auto const& x = c.sentences[i];
    if (x.question() || c.mostly_quoted(x.b, x.e)) return false;
    auto const& ws = words_of(c, x);
    if (ws.size() < 5 || ws.size() > 9 || !one_of(ws[0].first, {"hope", "hopefully"})) return false;
    for (std::size_t k = 1; k + 2 < ws.size(); ++k)
        if (ws[k + 1].first == "enough" && ws[k + 2].first == "for" && k + 3 < ws.size() &&
            one_of(ws[k + 3].first,
                   {"everyone", "everybody", "you", "y'all", "all", "management", "leadership", "product", "them"}))
            return k + 4 == ws.size() || (k + 5 == ws.size() && one_of(ws[k + 4].first, {"all", "now", "guys"}));
    return false;
}

// "HAHAHA. Don't be so naieve.": a laugh on its own, then the reader told off ("don't be so", "get real", "nice try").
bool l15_laugh_then_dismissal(Context const& c, std::size_t i) {
    if (i + 1 >= c.sentences.size()) return false;
    auto const& x = c.sentences[i];
    auto const& ws = words_of(c, x);
    if (ws.empty() || ws.size() > 2 || c.mostly_quoted(x.b, x.e)) return false;
    auto const w = ws[0].first;
    bool const laugh = w.starts_with("haha") || w.starts_with("hehe") || one_of(w, {"lol", "lmao", "rofl", "lmfao"});
    if (!laugh) return false;
    auto const next = sentence_text(c, c.sentences[i + 1]);
    return has_any(c, next,
                   {"don't be so", "dont be so", "get real", "nice try", "good one", "as if", "yeah right", "you wish",
                    "dream on", "in your dreams"});
}

// "... the loyalty badge that 0.2% of riders tapped", "a dashboard nobody asked for": what the work was for, used by
// almost no one.
bool l15_tiny_uptake(Context const& c, Sentence const& x) {
    auto const t = sentence_text(c, x);
    if (has_any(c, t,
                {"nobody asked for", "no one asked for", "nobody uses", "no one uses", "nobody used", "no one used",
                 "nobody wanted", "no one wanted", "hardly anyone", "almost nobody", "almost no one"}))
        return true;
    // "0.2% of riders", "0.5 percent of users".
    for (auto at = t.find("0."); at != std::string_view::npos; at = t.find("0.", at + 1)) {
        if (at > 0 && is_word_byte(static_cast<unsigned char>(t[at - 1]))) continue;
        auto e = at + 2;
        while (e < t.size() && t[e] >= '0' && t[e] <= '9') ++e;
        if (e > at + 2 && e < t.size() && (t[e] == '%' || t.substr(e).starts_with(" percent"))) return true;
    }
    return false;
}

// "So glad we spent three sprints on the loyalty badge that 0.2% of riders tapped. Money well spent.": a spend praised
// in a fragment after work almost no one uses. "We spent two sprints on the cache and cut p99 by 40%. Time well spent."
// is meant.
bool l15_well_spent_on_nothing(Context const& c, std::size_t i) {
    if (i == 0) return false;
    auto const& x = c.sentences[i];
    auto const& ws = words_of(c, x);
    if (ws.size() < 2 || ws.size() > 4 || c.mostly_quoted(x.b, x.e)) return false;
    bool spent = false;
    for (std::size_t k = 0; k + 1 < ws.size(); ++k)
        spent = spent || (ws[k].first == "well" && ws[k + 1].first == "spent");
    if (!spent) return false;
    auto const& prev = c.sentences[i - 1];
    return !c.mostly_quoted(prev.b, prev.e) && l15_tiny_uptake(c, prev);
}

// "<!channel> I've got this great idea. Let's create a #bikeshed channel so that all of you here have a place to argue
// endlessly and never come to any decisions": the writer's own idea hailed, then a proposal whose purpose is a harm.
// "I've got a great idea. Let's add a cache so the report loads in a second." is meant.
bool l15_mock_proposal(Context const& c, std::size_t i) {
    if (!any_word(c, WordBloom::word_hashes({"idea"}))) return false;
    if (i == 0) return false;
    auto const prev = sentence_text(c, c.sentences[i - 1]);
    if (!has_any(c, prev,
                 {"got this great idea", "got a great idea", "got a brilliant idea", "got this brilliant idea",
                  "have a great idea", "have a brilliant idea", "here's a great idea", "here's an idea",
                  "have a genius idea", "got a genius idea"}))
        return false;
    auto const& x = c.sentences[i];
    auto const& ws = words_of(c, x);
    if (ws.empty() || !one_of(ws[0].first, {"let's", "lets", "why", "how"})) return false;
    for (std::size_t k = 1; k < ws.size(); ++k)
        if (ws[k].first == "so")
            for (std::size_t m = k + 1; m < ws.size(); ++m)
                if (one_of(ws[m].first, {"never", "endlessly", "argue", "bicker", "complain", "waste", "nobody",
                                         "no-one", "pointless"}) ||
                    s14_harm_in(c, ws[m].second, x.e))
                    return true;
    return false;
}

// "Pixel seems like he thinks a couple of months of removing carriage returns makes him lead developer": someone's
// small work held to make them a title, as they are said to think. "She thinks the new index makes the report fast
// enough" is about a thing.
bool l15_title_from_trifle(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"thinks", "think", "believes", "figures"}))) return false;
    auto const& ws = words_of(c, x);
    for (std::size_t i = 1; i + 3 < ws.size(); ++i) {
        if (!one_of(ws[i].first, {"thinks", "think", "believes", "figures"})) continue;
        if (!one_of(ws[i - 1].first, {"he", "she", "they", "you", "you'd"}) &&
            !person_subject(c, ws[i - 1].first, ws[i - 1].second))
            continue;
        for (std::size_t k = i + 1; k + 1 < ws.size() && k <= i + 14; ++k) {
            if (!one_of(ws[k].first, {"makes", "make", "made"}) ||
                !one_of(ws[k + 1].first, {"him", "her", "them", "you", "himself", "herself"}))
                continue;
            for (std::size_t m = k + 2; m < ws.size() && m <= k + 5; ++m) {
                // "makes her ready for the senior role" weighs a fit, not a title claimed.
                if (one_of(ws[m].first,
                           {"ready", "for", "to", "eligible", "qualified", "fit", "worthy", "a candidate"}))
                    break;
                if (one_of(ws[m].first,
                           {"lead", "senior", "expert", "genius", "architect", "boss", "owner", "maintainer", "god",
                            "king", "queen", "authority", "principal", "staff", "cto", "ceo"}))
                    return true;
            }
        }
    }
    return false;
}

// The ladder15 sarcasm constructions for sentence `i` of the writer's own words.
bool l15_sarcasm(Context const& c, std::size_t i) {
    auto const& x = c.sentences[i];
    if (c.in_quote(x.b, x.e) || c.mostly_quoted(x.b, x.e)) return false;
    return l15_past_failure_praised(c, i) || l15_burden_a_joy(c, x) || l15_repeat_awaited(c, i) ||
           l15_disposition_admired(c, i) || l15_feigned_forgetting(c, x) || l15_mock_self_punishment(c, x) ||
           l15_mock_permission(c, x) || l15_shrug_left_to_reader(c, x) || l15_course_in_harm(c, x) ||
           l15_love_this_for(c, i) || l15_cheer_on_yet_another(c, x) || l15_doubtful_assurance(c, i) ||
           l15_harm_said_small(c, i) || l15_mock_concern_for_all(c, i) || l15_laugh_then_dismissal(c, i) ||
           l15_well_spent_on_nothing(c, i) || l15_mock_proposal(c, i) || l15_title_from_trifle(c, x);
}

// "I have decided to unilaterally re-add myself to the list of dpkg maintainers and unilaterally remove Guillem Jover",
// "I'll merge it without her sign-off": the writer acts around the person whose word it needs. "We can't merge without
// her review" waits for it, "they merged it without her review" is told of others.
bool l15_acted_around(Context const& c, Sentence const& x) {
    if (!any_word(c, WordBloom::word_hashes({"unilaterally", "without"}))) return false;
    auto const& ws = words_of(c, x);
    bool writer = false, refused = false;
    for (std::size_t i = 0; i < ws.size(); ++i) {
        auto const w = ws[i].first;
        // The writer the subject of the last clause ("I noticed they merged it without her review" is theirs).
        if (one_of(w, {"he", "she", "they", "someone", "somebody", "you", "who"})) writer = false;
        writer = writer || l15_writer_word(w);
        refused = refused || one_of(w, {"can't", "cannot", "won't", "shouldn't", "not", "never", "if", "until",
                                        "unless", "wait", "waiting"});
        if (!writer || refused) continue;
        // "I have decided to unilaterally remove X"; "Do we want to allow people to unilaterally merge?" asks.
        if (w == "unilaterally" && !x.question()) {
            bool near = false;
            for (std::size_t k = i; k-- > 0 && k + 5 > i;) {
                if (one_of(ws[k].first, {"people", "anyone", "everyone", "others", "allow", "let", "lets", "folks"}))
                    break;
                near = near || l15_writer_word(ws[k].first);
            }
            if (near) return true;
        }
        auto const next = i + 1 < ws.size() ? ws[i + 1].first : std::string_view{};
        auto const next2 = i + 2 < ws.size() ? ws[i + 2].first : std::string_view{};
        bool const theirs = one_of(next, {"his", "her", "their", "your"}) ||
                            (next.ends_with("'s") && person_subject(c, next, ws[i + 1].second));
        if (w == "without" && theirs &&
            one_of(next2,
                   {"approval", "sign", "sign-off", "signoff", "review", "ok", "okay", "consent", "blessing", "input"}))
            return true;
    }
    return false;
}

// "I need to flag something about Steve. I send him a clean ... report and get it back full of typos ...": a complaint
// about someone brought to the reader instead of to them, in the draft's opening (find_red_flags asks it only when the
// draft judges someone). "I need to flag something about the release" is about a thing; a talk with them said ("I'll
// raise it with him in our 1:1") keeps it on the first rung.
bool l15_complaint_brought_about(Context const& c) {
    if (!any_word(c, WordBloom::word_hashes({"about"}))) return false;
    if (has_any(c, c.s,
                {"with him", "with her", "with them", "1:1", "one-on-one", "talked to him", "talked to her",
                 "spoke to him", "spoke to her", "told him", "told her"}))
        return false;
    for (std::size_t j = 0; j < c.sentences.size() && j < 2; ++j) {
        auto const& x = c.sentences[j];
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const& ws = words_of(c, x);
        for (std::size_t i = 0; i + 2 < ws.size(); ++i) {
            if (!one_of(ws[i].first,
                        {"flag", "flagging", "raise", "raising", "report", "reporting", "warn", "mention"}))
                continue;
            bool writer = false;
            for (std::size_t k = i; k-- > 0 && k + 5 > i;) writer = writer || l15_writer_word(ws[k].first);
            if (!writer && !(i == 0 && ws[i].first.ends_with("ing"))) continue;
            for (std::size_t k = i + 1; k + 1 < ws.size() && k <= i + 4; ++k) {
                if (ws[k].first != "about") continue;
                auto n = k + 1;
                if (one_of(ws[n].first, {"the", "our", "my", "your"}) && n + 1 < ws.size()) ++n;
                auto const [w, at] = ws[n];
                if (one_of(w, {"him", "her", "them", "lead", "manager", "pm", "boss", "colleague", "coworker",
                               "teammate"}) ||
                    (person_subject(c, w, at) && !one_of(w, {"it", "this", "that", "you", "i", "we"})))
                    return true;
                break;
            }
        }
    }
    return false;
}

// The ladder15 skips-ladder constructions for sentence `x`.
bool l15_skips_ladder(Context const& c, Sentence const& x) {
    if (c.mostly_quoted(x.b, x.e) || at_their_request(c, x) || with_the_person(c, x)) return false;
    return l15_while_away(c, x) || l15_authority_set_on_others(c, x) || l15_authority_to_settle(c, x) ||
           l15_taken_up(c, x) || l15_acted_around(c, x);
}
// --- ladder15 end ---

void find_red_flags(Context const& c, Analysis& a) {
    Flagger f{c, a};
    for (auto const& h : c.hits) {
        if (c.in_quote(h.begin, h.end)) continue;
        switch (h.lex) {
            case Lex::person_attack:
            case Lex::insult:
                // "Not your fault", "never his fault": a judgment of what is someone's, denied (a verb of abuse stays
                // one: "not bitch in public").
                if (!said_of_a_thing(c, h) && !p12_attack_on_a_thing(c, h) &&  // precision12
                    !l13_writer_resigns(c, h) &&                               // learn13
                    !(h.lex == Lex::person_attack && word_before(c, h.begin, 1, {"not", "never", "isn't", "wasn't"}) &&
                      has_any(c, c.s.substr(h.begin, std::min<std::size_t>(6, h.end - h.begin)),
                              {"your", "his", "her", "their"})))
                    f.flag(RedFlag::person_directed, h.begin, h.end);
                break;
            case Lex::person_trait:
                if (trait_of_person(c, h) && !t11_trait_of_looks(c, h) && !l18_care_of_a_thing(c, h))  // leads18
                    f.flag(RedFlag::person_directed, h.begin, h.end);
                break;
            case Lex::harsh:
                if (harsh_on_person(c, h)) f.flag(RedFlag::person_directed, h.begin, h.end);
                break;
            case Lex::ladder:
                // "Rosa is in way over her head": out of her depth, not a move over it.
                if (in_over_head(c, h)) f.flag(RedFlag::person_directed, h.begin, h.end);
                // The phrase is the move ("so he can sort it out with you"): no second read to look for.
                // Escalation to a severity or a rota is the technical kind ("escalated to SEV-1").
                else if (!technical_escalation(c, h) && over_a_person(c, h) && writers_move(c, h, false) &&
                         !p12_superior_reported(c, h) &&  // precision12
                         !through_the_writer(c, h) && !readers_own_rung(c, h) && !p11_process_board(c, h))
                    f.flag(RedFlag::skips_ladder, h.begin, h.end);
                break;
            case Lex::ladder_verb:
                if (l18_own_career_matter(c, h)) break;  // leads18
                if (auto const* to = toward_authority(c, h)) {
                    // "You'll have to talk to your manager": the reader's own rung (readers_own_rung).
                    bool const own = (c.s.substr(0, to->begin).ends_with("your ") ||
                                      c.s.substr(to->begin, to->end - to->begin).starts_with("your ")) &&
                                     reader_sent_up(c, h.begin);
                    if (!own) f.flag(RedFlag::skips_ladder, h.begin, to->end);
                } else if (auto const* who = authority_referred(c, h))
                    f.flag(RedFlag::skips_ladder, who->begin, h.end);
                else if (toward_other_authority(c, h) != nullptr && !technical_escalation(c, h))
                    f.flag(RedFlag::skips_ladder, h.begin, h.end);
                break;
            case Lex::sarcasm:
                if (!plain_use(c, h) && !s14_sarcasm_word_meant(c, h))  // sarcasm14
                    f.flag(RedFlag::sarcasm, h.begin, h.end);
                break;
            case Lex::praise:
                if (auto const* bad = mock_praise(c, h);
                    bad != nullptr && !s14_praise_meant(c, *c.sentence_at(h.begin)))  // sarcasm14
                    // (The harm may come before the praise, "Another fire drill. Love it.": the span covers both.)
                    f.flag(RedFlag::sarcasm, std::min(h.begin, bad->begin), std::max(h.end, bad->end));
                break;
            default:
                break;
        }
    }
    // An eye-roll or a clown (":roll_eyes:", U+1F644, U+1F921) says the words mean their opposite; an upside-down
    // face (U+1F643) does on a cheer or on harm ("Can't wait to explain to the hospital … :upside_down_face:",
    // "Your merge will take a while because you changed the code a lot"), not on an apology.
    auto const mark = [&](std::initializer_list<std::string_view> emoji) {
        for (std::string_view e : emoji)
            if (auto const at = s14_unquoted_find(c, a, e); at != std::string_view::npos) {  // sarcasm14
                push_unique(a.red_flags, RedFlag::sarcasm);
                a.evidence.push_back({Range{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + e.size())},
                                      RedFlag::sarcasm, std::nullopt});
            }
    };
    mark({":roll_eyes:", ":clown_face:", "\xF0\x9F\x99\x84", "\xF0\x9F\xA4\xA1"});
    // Someone above named anywhere in the writer's words: what makes telling the person afterwards, or leaving
    // them out, a move around them.
    bool const authority_named = std::ranges::any_of(c.hits, [&](Hit const& h) {
        return h.lex == Lex::authority && !c.in_quote(h.begin, h.end) && !inside_address(c, h);
    });
    bool const upside = c.orig.contains(":upside_down_face:") || c.orig.contains("\xF0\x9F\x99\x83");
    // flags17: "I keep breaking the desktop switcher ... putting a test harness in my next sprint 🙃": the writer's
    // own slip, laughed at, mocks no one.
    bool const own_slip = has_any(c, c.s,
                                  {"i keep breaking", "i broke", "i keep forgetting", "my bad", "i messed up",
                                   "my fault", "i screwed up", "i keep messing"});
    if (upside && !own_slip &&
        (c.has(Lex::negative) ||
         has_any(c, c.s,
                 {"can't wait", "cant wait", "love", "yay", "so fun", "great", "fantastic", "a while", "a lot"})))
        mark({":upside_down_face:", "\xF0\x9F\x99\x83"});
    for (auto const& x : c.sentences) {
        if (smile_on_harm(c, x) || insulting_thanks(c, x)) f.flag(RedFlag::sarcasm, x.b, x.e);
        if (c.in_quote(x.b, x.e)) continue;
        if ((ironic(c, x) && !s14_self_mockery(c, x)) || praise_on_imposition(c, x) ||  // sarcasm14
            verdict_alone(c, x) || praise_after_harm(c, x) || mock_acclaim(c, x) || thanks_for_bad_timing(c, x) ||
            mock_liking(c, x) || (mock_fit(c, x) && !r10_fit_sized(c, x)) ||                     // real10
            (scare_quoted_claim(c, x) && !s14_self_mockery(c, x)) || congrats_on_failure(c, x))  // sarcasm14
            f.flag(RedFlag::sarcasm, x.b, x.e);
        if (framed_in_another_world(c, x) || question_wanting_no_answer(c, x) || own_answer_returned(c, x) ||
            lesson_foretold(c, x) || plan_taken_for_a_joke(c, x) || misconduct_offered(c, x) ||
            thought_wished_back(c, x) || promise_held_up(c, x))  // sarcasm9
            f.flag(RedFlag::sarcasm, x.b, x.e);
        if (s10_repeat_awaited(c, x) || s10_work_scare_quoted(c, x) || s10_own_work_discarded(c, x) == 2)  // slack10
            f.flag(RedFlag::sarcasm, x.b, x.e);
        if (s10_around_the_staller(c, x) && !c.mostly_quoted(x.b, x.e) && !at_their_request(c, x))  // slack10
            f.flag(RedFlag::skips_ladder, x.b, x.e);
        if ((usual_rung_gone_around(c, x) || threat_to_take_it_up(c, x)) && !c.mostly_quoted(x.b, x.e) &&
            !at_their_request(c, x))  // sarcasm9
            f.flag(RedFlag::skips_ladder, x.b, x.e);
        // The moves first, the guards (cheap to skip, costly to run on every sentence) after.
        if ((bypasses_person(c, x) || taken_to_authority(c, x) || overruling_asked(c, x) ||
             (authority_named && (authority_made_to_act(c, x) || before_the_person(c, x))) ||
             (authority_named && (told_afterwards(c, x) || person_left_out(c, x)))) &&
            !c.mostly_quoted(x.b, x.e) && !with_the_person(c, x) && !at_their_request(c, x))
            f.flag(RedFlag::skips_ladder, x.b, x.e);
        if (c.mostly_quoted(x.b, x.e)) continue;
        if (s14_sarcasm(c, static_cast<std::size_t>(&x - c.sentences.data())))
            f.flag(RedFlag::sarcasm, x.b, x.e);  // sarcasm14
        if (l15_sarcasm(c, static_cast<std::size_t>(&x - c.sentences.data())))
            f.flag(RedFlag::sarcasm, x.b, x.e);                               // ladder15
        if (l15_skips_ladder(c, x)) f.flag(RedFlag::skips_ladder, x.b, x.e);  // ladder15
        if (delight_foretold(c, x)) f.flag(RedFlag::sarcasm, x.b, x.e);
        bool const grade = above_their_grade(c, x);
        if (typecast(c, x) || motive_read(c, x) || verdict_on_person(c, x) || habit_of_person(c, x) ||
            faculty_of_person(c, x) || person_as_problem(c, x) || told_to_stop(c, x) || trust_denied(c, x) ||
            harm_follows_person(c, x) || grade || blame_on_person(c, x) || singled_out(c, x) ||
            mistreats_people(c, x) || counterfactual_blame(c, x) || competence_questioned(c, x) ||
            futile_dealings(c, x) || assent_betrayed(c, x) || kept_away_as_unfit(c, x) || belittling_likeness(c, x) ||
            blamed_as_a_rule(c, x) || basics_before_asking(c, x) || named_for_shame(c, x) || m9_person_judged(c, x) ||
            s10_faculty_denied(c, x) || s10_bad_faith(c, x) || s10_scare_quoted_at_person(c, x))
            f.flag(RedFlag::person_directed, x.b, x.e);
        if (r10_disposition_imputed(c, x) || r10_deceit_charged(c, x)) f.flag(RedFlag::person_directed, x.b, x.e);
        if (r10_mock_surprise(c, x)) f.flag(RedFlag::sarcasm, x.b, x.e);
        if (r10_own_rung_kept_off(c, x)) f.flag(RedFlag::skips_ladder, x.b, x.e);  // real10
        if (r11_understanding_demanded(c, x) || r11_job_thrown_back(c, x) || r11_told_to_grow_up(c, x) ||
            r11_head_insult(c, x)) {  // real11
            f.flag(RedFlag::person_directed, x.b, x.e);
            if (r11_mock_help_frame(c, x)) f.flag(RedFlag::sarcasm, x.b, x.e);
        }
        if (int const regard = r11_self_regard_mocked(c, x); regard > 0) {  // real11
            f.flag(RedFlag::person_directed, x.b, x.e);
            if (regard == 2) f.flag(RedFlag::sarcasm, x.b, x.e);
        }
        if (r11_silence_as_answer(c, x) || r11_taunt_how_long(c, x) || r11_agreement_against_quote(c, x))  // real11
            f.flag(RedFlag::sarcasm, x.b, x.e);
        if (r11_reader_above_someone(c, x)) f.flag(RedFlag::skips_ladder, x.b, x.e);                        // real11
        if (r11_role_useless(c, x)) f.flag(RedFlag::person_directed, x.b, x.e);                             // real11
        if (r11_urgency_caricatured(c, x) || r11_flat_good_luck(c, x)) f.flag(RedFlag::sarcasm, x.b, x.e);  // real11
        if ((t11_overrule_asked(c, x) || t11_kept_out_for_stance(c, x) || t11_decision_taken_over(c, x)) &&
            !at_their_request(c, x))  // trial11
            f.flag(RedFlag::skips_ladder, x.b, x.e);
        if (t11_work_likened_to_amateur(c, x) || t11_chooser_mocked(c, x))  // trial11
            f.flag(RedFlag::person_directed, x.b, x.e);
        if (t11_mock_virtue(c, x) || t11_burden_welcomed(c, x) || t11_impossible_promise(c, x))  // trial11
            f.flag(RedFlag::sarcasm, x.b, x.e);
        if (t11_sent_to_their_superior(c, x) && !at_their_request(c, x))  // trial11
            f.flag(RedFlag::skips_ladder, x.b, x.e);
        if (t11_role_praised_to_person(c, x)) {  // trial11
            f.flag(RedFlag::sarcasm, x.b, x.e);
            f.flag(RedFlag::person_directed, x.b, x.e);
        }
        if (t11_indecision_charged(c, x) || t11_irony_at_person(c, a, x))  // trial11
            f.flag(RedFlag::person_directed, x.b, x.e);
        if (r12_vice_named(c, x) || r12_out_of_touch(c, x) || r12_work_called_mess(c, x) ||
            r12_pretence_imputed(c, x) || r12_problem_imputed(c, x) || r12_way_as_obstacle(c, x) ||
            r12_why_left_unsaid(c, x) || r12_bare_will_imputed(c, x))  // real12
            f.flag(RedFlag::person_directed, x.b, x.e);
        if (r12_money_burned(c, x) || r12_leave_to_ignore(c, x) || r12_thanks_for_leave(c, x) ||
            r12_incredulous_at_reader(c, x) ||
            r12_ironic_payoff(c, static_cast<std::size_t>(&x - c.sentences.data())))  // real12
            f.flag(RedFlag::sarcasm, x.b, x.e);
        if (int const crutch = r12_crutch_for_the_inept(c, x); crutch > 0)  // real12
            f.flag(crutch == 2 ? RedFlag::sarcasm : RedFlag::person_directed, x.b, x.e);
        if (r13_imprecation(c, x) || r13_kind_questioned(c, x) || r13_vice_alone(c, x) ||
            r13_deed_judged(c, static_cast<std::size_t>(&x - c.sentences.data())))  // real13
            f.flag(RedFlag::person_directed, x.b, x.e);
        if (r13_direct_in_place(c, x) && !at_their_request(c, x)) f.flag(RedFlag::skips_ladder, x.b, x.e);  // real13
        if (r14_motive_dismissed(c, x) || r14_role_as_symptom(c, x) || r14_knowledge_denied(c, x) ||
            r14_failure_questioned(c, x) || r14_crime_charged(c, x) || r14_virtue_lack_decried(c, x) ||
            r14_reader_performance_raised(c, x))
            f.flag(RedFlag::person_directed, x.b, x.e);                                                  // real14
        if (p15_person_judged(c, x)) f.flag(RedFlag::person_directed, x.b, x.e);                         // person15
        if (r14_chain_copied(c, x) && !at_their_request(c, x)) f.flag(RedFlag::skips_ladder, x.b, x.e);  // real14
        // "Great PM.": irony aimed at the person is both sarcasm and a judgment of them.
        if (role_praised_in_irony(c, x)) {
            f.flag(RedFlag::sarcasm, x.b, x.e);
            f.flag(RedFlag::person_directed, x.b, x.e);
        }
        // "Looping in <@VP> since this decision is above Carla's pay grade": someone added over the person judged.
        if (grade && !with_the_person(c, x) && std::ranges::any_of(c.hits, [&](Hit const& h) {
                return h.lex == Lex::ladder_verb && h.begin >= x.b && h.end <= x.e && writers_move(c, h);
            }))
            f.flag(RedFlag::skips_ladder, x.b, x.e);
    }

    if (r13_mock_restatement(c) || r13_departure_threatened(c))
        f.flag(RedFlag::sarcasm, c.sentences.front().b, c.sentences.front().e);  // real13
    // "... you need some counseling. Have a wonderful day!": a courtesy closing an attack on the reader (sarcasm9).
    if (auto const* close = courtesy_close(c);
        close != nullptr && std::ranges::find(a.red_flags, RedFlag::person_directed) != a.red_flags.end())
        f.flag(RedFlag::sarcasm, close->b, close->e);

    if (r10_no_taken_elsewhere(c)) f.flag(RedFlag::skips_ladder, 0, static_cast<std::uint32_t>(c.s.size()));  // real10
    if (r11_mocking_filler(c)) f.flag(RedFlag::sarcasm, 0, static_cast<std::uint32_t>(c.s.size()));           // real11
    // A person's conduct taken to someone above them: "Dear Main Developers and Project Maintainers, … the
    // maintainer responsible has turned into a dictator", "can the Foundation respond to the behavior of one of
    // its board members".
    auto const has_flag = [&](RedFlag r) { return std::ranges::find(a.red_flags, r) != a.red_flags.end(); };
    if (has_flag(RedFlag::person_directed) && !has_flag(RedFlag::skips_ladder)) {
        bool const dear = c.s.starts_with("dear ") && c.first(Lex::authority, 0, 40) != nullptr;
        bool appeal = false;
        for (auto const& x : c.sentences)
            appeal =
                appeal ||
                (faculty_of_person(c, x) && !has_phrase(c, sentence_text(c, x), "you") &&
                 has_any(c, sentence_text(c, x),
                         {"respond to", "step in", "intervene", "take action", "do something about", "deal with"}));
        if (dear || appeal)
            f.flag(RedFlag::skips_ladder, 0, static_cast<std::uint32_t>(std::min<std::size_t>(c.s.size(), 40)));
        else if (l15_complaint_brought_about(c))  // ladder15
            f.flag(RedFlag::skips_ladder, c.sentences.front().b, c.sentences.front().e);
    }
    t12_find_red_flags(c, a);         // trial12
    t13_find_red_flags(c, a);         // trial13
    t14_find_red_flags(c, a);         // trial14
    p15_irony_at_named_person(c, a);  // person15
    l17_find_red_flags(c, a);         // flags17
    if (l18_cheer_at_missing_safeguard(c))
        f.flag(RedFlag::sarcasm, 0, static_cast<std::uint32_t>(c.s.size()));  // flags18
    // A matter the writer raises at a forum everyone attends is put before everyone, whatever its wording.
    for (auto const& x : c.sentences)
        if (!c.mostly_quoted(x.b, x.e) && raised_in_public(c, x) && !r14_message_reported(c, x)) {  // real14
            f.flag(RedFlag::broadcast, x.b, x.e);
            break;
        }
    // The flags in their fixed order (the coaching leads with the first), the evidence in the text's.
    std::sort(a.red_flags.begin(), a.red_flags.end());
    // A broadcast is a red flag when what is broadcast is a disagreement, not news or thanks.
    auto const has = [&](RedFlag r) {
        return std::find(a.red_flags.begin(), a.red_flags.end(), r) != a.red_flags.end();
    };
    bool const contested = a.kind == MessageKind::pushback || has(RedFlag::person_directed) || has(RedFlag::sarcasm) ||
                           has(RedFlag::skips_ladder) || c.has(Lex::objection) || c.has(Lex::harsh) ||
                           c.has(Lex::contest) || c.has(Lex::judgment) || agreement_denied(c) || l17_cut_again(c) ||
                           l17_grievance_aired(c);  // flags17
    // flags17: "<!channel> forecast model v7 is live for all regions ... ping #wx-oncall if anything looks odd": a
    // launch announced, its "if anything looks odd" a watch asked for, is news to the channel, not a grievance aired.
    bool const launch_news =
        !has(RedFlag::person_directed) && !has(RedFlag::sarcasm) && !has(RedFlag::skips_ladder) &&
        !c.has(Lex::objection) && !c.has(Lex::harsh) &&
        has_any(
            c, c.s,
            {"is live", "is out", "went live", "is now live", "shipped", "has shipped", "is released", "rolled out"}) &&
        has_any(
            c, c.s,
            {"if anything looks", "if anything seems", "if you see anything", "if anything breaks", "if you notice"});
    if (launch_news && !agreement_denied(c)) return;
    if ((contested || r10_grieves(c)) && r10_letter_to_leadership(c)) {  // real10
        f.flag(RedFlag::skips_ladder, 0, static_cast<std::uint32_t>(std::min<std::size_t>(c.s.size(), 40)));
        std::sort(a.red_flags.begin(), a.red_flags.end());
    }
    // ladder15: a disagreement put in public or before everyone to be judged ("... on LinkedIn so people can see how
    // this company plans projects"), or raised at the all-hands by a gerund ("Putting this in the all-hands Q&A doc:
    // why ...?").
    for (auto const& x : c.sentences)
        if (!c.mostly_quoted(x.b, x.e) && !r14_message_reported(c, x) &&
            ((l15_gerund_to_forum(c, x) && (contested || x.question() || c.has(Lex::challenge))) ||
             (l15_public_venue(c, x) && (contested || l15_audience_judges(c, x))) ||
             (l15_audience_judges(c, x) && (before_everyone(c, x) || to_a_channel(c, x))))) {
            f.flag(RedFlag::broadcast, x.b, x.e);
            std::sort(a.red_flags.begin(), a.red_flags.end());
            break;
        }
    // "I'll post my objections … where the entire company can see them": the disagreement named, before everyone.
    if (!contested) {
        for (auto const& x : c.sentences)
            if (!c.mostly_quoted(x.b, x.e) && before_everyone(c, x) &&
                has_any(c, sentence_text(c, x), {"objection", "objections", "concerns", "complaint", "disagreement"})) {
                f.flag(RedFlag::broadcast, x.b, x.e);
                return;
            }
        // "Sending this to the full eng list, since nobody here is listening": a matter published to many with a
        // grievance said beside it (someone ignoring it, nobody acting, something still not done).
        bool const grievance =
            c.has(Lex::challenge) || has_any(c, c.s,
                                             {"nobody", "no one", "ignored", "ignoring", "ignore", "keeps", "still",
                                              "nowhere", "no response", "no answer", "unanswered", "no reply"});
        if (grievance)
            for (auto const& x : c.sentences)
                if (!c.mostly_quoted(x.b, x.e) && published_to_many(c, x) && !r14_message_reported(c, x)) {  // real14
                    f.flag(RedFlag::broadcast, x.b, x.e);
                    return;
                }
        if (grievance || r10_grieves(c))  // real10
            for (auto const& x : c.sentences)
                if (!c.mostly_quoted(x.b, x.e) && r10_said_in_public(c, x) && !r14_message_reported(c, x)) {  // real14
                    f.flag(RedFlag::broadcast, x.b, x.e);
                    return;
                }
        // "Replying all to the whole agency: ... Why have they not reached out ...?" (sarcasm9).
        if (grievance || reproach_asked(c))
            for (auto const& x : c.sentences)
                if (!c.mostly_quoted(x.b, x.e) && whole_org_addressed(c, x) && !r14_message_reported(c, x)) {  // real14
                    f.flag(RedFlag::broadcast, x.b, x.e);
                    return;
                }
        return;
    }
    if (p12_thanks_to_all(c) && !has(RedFlag::sarcasm) && !has(RedFlag::person_directed)) return;  // precision12
    if (auto const at = broadcast_token(c.orig); at != std::string_view::npos) {
        auto const end = std::min(c.orig.find_first_of(" >\n", at + 1), c.orig.size());
        push_unique(a.red_flags, RedFlag::broadcast);
        a.evidence.push_back({Range{static_cast<std::uint32_t>(at),
                                    static_cast<std::uint32_t>(end + (end < c.orig.size() && c.orig[end] == '>'))},
                              RedFlag::broadcast, std::nullopt});
        return;
    }
    // The writer's disagreement put before everyone ("so everyone can hear the answer", "in the company-wide
    // channel", "just to let everyone know", "I'll drop this in the all-hands channel"): the audience is the point.
    for (auto const& x : c.sentences)
        if (!c.mostly_quoted(x.b, x.e) && !r14_message_reported(c, x) &&  // real14
            (before_everyone(c, x) || to_a_crowd(c, x) || published_to_many(c, x) || whole_org_addressed(c, x) ||
             r10_said_in_public(c, x) || r11_question_for_forum(c, x) ||
             (&x == &c.sentences.front() && r11_announced(c)))) {  // real10, real11
            f.flag(RedFlag::broadcast, x.b, x.e);
            return;
        }
    // Written to everyone ("Hi everyone", "spread the word"): only a disagreement about someone, or
    // sarcasm, makes it a broadcast; "Hey all! … I agree with @x" is a discussion.
    bool taking_sides =
        has(RedFlag::person_directed) || has(RedFlag::sarcasm) || has(RedFlag::skips_ladder) || c.has(Lex::harsh);
    for (auto const& h : c.hits)
        if (h.lex == Lex::contest && !c.in_quote(h.begin, h.end)) {
            auto const w = c.s.substr(h.begin, h.end - h.begin);
            // "we don't agree with it" takes a side; "I agree with @x" joins a discussion.
            auto const before = c.s.substr(0, h.begin);
            taking_sides = taking_sides || (w != "agree" && w != "disagree") || before.ends_with("don't ") ||
                           before.ends_with("do not ");
        }
    if (!taking_sides) return;
    for (auto const& h : c.hits)
        if (h.lex == Lex::audience && !c.in_quote(h.begin, h.end) && !kept_private(c, h) &&
            !r11_everyone_as_object(c, h) &&                                                             // real11
            (c.sentence_at(h.begin) == nullptr || !r14_message_reported(c, *c.sentence_at(h.begin)))) {  // real14
            f.flag(RedFlag::broadcast, h.begin, h.end);
            return;
        }
    // "Posting this in #general", "Cross-posting to #eng-all", "Tagging the whole #backend channel":
    // the writer takes it to a channel, with everyone or a whole org as the audience.
    for (auto const& x : c.sentences)
        if (!c.mostly_quoted(x.b, x.e) && to_a_channel(c, x)) {
            f.flag(RedFlag::broadcast, x.b, x.e);
            return;
        }
}

}  // namespace pushback::detector::detail
