// Flag hints: the words a red flag or an illegitimate reason is made of, found in the writer's own words
// even where the construction around them is not complete ("has no clue" without a subject, "the CTO"
// without a move toward them, "brilliant" without what went wrong). They are not findings: the analysis
// reports nothing from them. They are what a learned reading may build on: the coaching's combiner stops a
// draft only when the draft carries some flag's words (templates/advice.cpp), so a vague, sincere concern
// ("it makes me nervous") is never stopped when nothing in it speaks of any flag.
#include <algorithm>
#include <array>
#include <string>

#include "detector/detail/context.hpp"

namespace pushback::detector::detail {

// One bit per red flag, then one per illegitimate reason.
constexpr std::uint16_t bit(RedFlag f) { return static_cast<std::uint16_t>(1U << static_cast<unsigned>(f)); }
constexpr std::uint16_t bit(Reason r) {
    return static_cast<std::uint16_t>(
        1U << (red_flag_count + static_cast<unsigned>(r) - static_cast<unsigned>(Reason::new_framework)));
}

// Beside the flags' bits: a sarcastic turn that can't be meant (a wink, "ah yes"), not praise alone.
constexpr std::uint16_t turn_hint = 1U << 15;
// sarcasm14: sarcasm found by the sarcasm14 constructions alone (flags.cpp s14_sarcasm_alone), and whether the words
// hinted at no sarcasm before it was found; templates/advice.cpp (s14_flag_beside_sarcasm) reads both bits.
constexpr std::uint16_t s14_alone_hint = 1U << 14, s14_unhinted = 1U << 13;

bool p12_no_move(Context const& c, Hit const& h);            // precision12, flags.cpp
bool p12_no_person_judged(Context const& c, Hit const& h);   // precision12, flags.cpp
bool p12_trust_me_kind(Context const& c, Hit const& h);      // precision12, flags.cpp
bool p12_superior_reported(Context const& c, Hit const& h);  // precision12, flags.cpp
bool p12_thanks_to_all(Context const& c);
bool p12_unfamiliar_asks(Context const& c, Hit const& h);        // precision12, flags.cpp
bool t13_users_check_waved(Context const& c);                    // trial13, flags.cpp
bool r14_taste_withdrawn(Context const& c);                      // real14, flags.cpp
bool r14_unfamiliarity_unrefused(Context const& c);              // real14, flags.cpp
bool r14_copy_requested(Context const& c, Hit const& h);         // real14, flags.cpp
bool l15_news_to_everyone(Context const& c, Analysis const& a);  // ladder15, flags.cpp
bool m15_allowed_without_me(Context const& c, Hit const& h);     // motive15, flags.cpp
bool m15_taste_reported(Context const& c, Hit const& h);         // motive15, flags.cpp
bool m15_look_argued(Context const& c);                          // motive15, flags.cpp

namespace {

// The flags each lexicon carries, by Lex: red flags, then illegitimate reasons (one table lookup per hit).
constexpr auto carriers = [] {
    std::array<std::uint16_t, lex_count> t{};
    auto const set = [&](Lex l, unsigned bits) { t[static_cast<std::size_t>(l)] |= static_cast<std::uint16_t>(bits); };
    set(Lex::person_attack, bit(RedFlag::person_directed));
    set(Lex::person_trait, bit(RedFlag::person_directed));
    set(Lex::insult, bit(RedFlag::person_directed));
    set(Lex::harsh, bit(RedFlag::person_directed));
    set(Lex::ladder, bit(RedFlag::skips_ladder));
    set(Lex::ladder_verb, bit(RedFlag::skips_ladder));
    set(Lex::authority, bit(RedFlag::skips_ladder));
    set(Lex::audience, bit(RedFlag::broadcast));
    set(Lex::sarcasm, bit(RedFlag::sarcasm));
    set(Lex::praise, bit(RedFlag::sarcasm));
    set(Lex::illegit_new_framework, bit(Reason::new_framework));
    set(Lex::novelty, bit(Reason::new_framework));
    set(Lex::adopt_verb, bit(Reason::new_framework));
    set(Lex::learning, bit(Reason::new_framework) | bit(Reason::my_way));
    set(Lex::reluctance, bit(Reason::new_framework) | bit(Reason::my_way));
    set(Lex::illegit_aesthetic, bit(Reason::aesthetic));
    set(Lex::taste, bit(Reason::aesthetic));
    set(Lex::preference, bit(Reason::aesthetic) | bit(Reason::my_way));
    set(Lex::visual, bit(Reason::aesthetic));
    set(Lex::illegit_territorial, bit(Reason::territorial));
    set(Lex::ownership, bit(Reason::territorial) | bit(Reason::attachment));
    set(Lex::gate, bit(Reason::territorial));
    set(Lex::illegit_my_way, bit(Reason::my_way));
    set(Lex::illegit_attachment, bit(Reason::attachment));
    set(Lex::effort, bit(Reason::attachment));
    set(Lex::loss, bit(Reason::attachment));
    return t;
}();

// --- precision11: hints that name a thing, a friendly smile, a mode switched, learning told, the reader's own rung ---
bool one_of_p11(std::string_view w, std::initializer_list<std::string_view> l) {
    return std::ranges::find(l, w) != l.end();
}

// The last `n` bytes of `s`, lower-cased.
std::string detail_lower_tail(std::string_view s, std::size_t n) {
    std::string out(s.substr(s.size() > n ? s.size() - n : 0));
    for (auto& ch : out)
        if (ch >= 'A' && ch <= 'Z') ch = static_cast<char>(ch - 'A' + 'a');
    return out;
}

// "It's a useless feature", "the so-called \"lazy migration\"", "lazy consensus": a trait or a harsh word right before
// a noun that is no person says what a thing is like ("a lazy engineer", "you're lazy and", "clueless about X" stay).
bool p11_trait_of_a_thing(Context const& c, Hit const& h) {
    std::size_t b = h.end;
    while (b < c.s.size() && (c.s[b] == '"' || c.s[b] == '\'')) ++b;
    if (b >= c.s.size() || c.s[b] != ' ') return false;
    ++b;
    auto e = b;
    while (e < c.s.size() && (is_word_byte(static_cast<unsigned char>(c.s[e])) || c.s[e] == '-')) ++e;
    if (e == b) return false;
    auto const w = c.s.substr(b, e - b);
    if (std::ranges::any_of(c.hits, [&](Hit const& o) { return o.begin == b; })) return false;
    static constexpr std::string_view not_nouns[] = {
        "and",    "or",        "to",     "of",       "about",   "at",    "with", "as",    "in",   "on",
        "for",    "when",      "if",     "but",      "because", "here",  "now",  "again", "too",  "today",
        "lately", "sometimes", "really", "honestly", "like",    "every", "all",  "by",    "so",   "than",
        "that",   "this",      "it",     "is",       "was",     "are",   "were", "be",    "you",  "he",
        "she",    "they",      "we",     "i",        "me",      "him",   "her",  "them",  "us",   "your",
        "his",    "their",     "my",     "our",      "the",     "a",     "an",   "not",   "ever", "enough"};
    static constexpr std::string_view people[] = {
        "pm",        "pms",        "manager",     "managers",     "engineer",   "engineers",  "dev",         "devs",
        "developer", "developers", "person",      "people",       "guy",        "guys",       "team",        "teams",
        "lead",      "leads",      "boss",        "designer",     "designers",  "maintainer", "maintainers", "reviewer",
        "reviewers", "management", "leadership",  "coworker",     "coworkers",  "colleague",  "colleagues",  "intern",
        "interns",   "product",    "owner",       "owners",       "author",     "authors",    "user",        "users",
        "customer",  "customers",  "contributor", "contributors", "folks",      "human",      "humans",      "worker",
        "workers",   "staff",      "manager's",   "architect",    "architects", "admin",      "admins",      "bunch"};
    if (std::ranges::find(not_nouns, w) != std::end(not_nouns) || std::ranges::find(people, w) != std::end(people))
        return false;
    // A person named in its sentence may be the one the thing stands for ("Having a PM sitting in between just makes
    // everything go in useless circles"): then the word keeps its hint.
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    for (auto const& n : c.names)
        if (n.first >= x->b && n.second <= x->e) return false;
    for (auto i = static_cast<std::size_t>(x->b); i < x->e;) {
        if (!is_word_byte(static_cast<unsigned char>(c.s[i])) && c.s[i] != '\'') {
            ++i;
            continue;
        }
        auto e2 = i;
        while (e2 < x->e && (is_word_byte(static_cast<unsigned char>(c.s[e2])) || c.s[e2] == '\'')) ++e2;
        auto const v = c.s.substr(i, e2 - i);
        if (std::ranges::find(people, v) != std::end(people) ||
            one_of_p11(v, {"you", "your", "you're", "he", "she", "him", "her", "his", "they", "them", "their",
                           "someone", "somebody", "anyone", "anybody", "who", "whoever"}))
            return false;
        i = e2;
    }
    return true;
}

// "Very aware, we wrote it :)", "please grab the packages again and install them :)", "Thank you for your free work
// here! :)": a plain smile in a message that judges nothing (no judging or harsh word, no person judged) is friendly,
// no wink at something gone wrong ("progress on your ability for self-reflection :)", "It's too big! ... ;)" stay).
bool p11_friendly_smile(Context const& c, std::size_t at) {
    // "we'll redo onboarding in a weekend, no problem :)": a smile on an assent to the work is a mock one.
    auto before = c.orig.substr(0, at);
    while (!before.empty() && (before.back() == ' ' || before.back() == '!' || before.back() == '.'))
        before.remove_suffix(1);
    auto const tail = detail_lower_tail(before, 16);
    for (std::string_view w : {"no problem", "easy", "piece of cake", "no biggie", "sure thing", "totally doable",
                               "what could go wrong", "no big deal"})
        if (tail.ends_with(w)) return false;
    bool thanks = false;
    for (auto const& h : c.hits) {
        if (c.in_quote(h.begin, h.end)) continue;
        if (h.lex == Lex::judgment || h.lex == Lex::harsh || h.lex == Lex::insult || h.lex == Lex::person_attack ||
            h.lex == Lex::person_trait || h.lex == Lex::sarcasm)
            return false;
        thanks = thanks || h.lex == Lex::thanks;
    }
    if (judged_person(c)) return false;
    // "I'll do it right after you create good GIR bindings for Haskell :)": a smile on what the reader is to do is
    // a wink at them, unless the message thanks them.
    if (thanks) return true;
    for (auto i = std::size_t{0}; i < c.s.size();) {
        if (!is_word_byte(static_cast<unsigned char>(c.s[i])) && c.s[i] != '\'') {
            ++i;
            continue;
        }
        auto e = i;
        while (e < c.s.size() && (is_word_byte(static_cast<unsigned char>(c.s[e])) || c.s[e] == '\'')) ++e;
        auto const v = c.s.substr(i, e - i);
        if (one_of_p11(v, {"you", "you'll", "you're", "you've", "you'd", "your", "u"}) &&
            !c.in_quote(static_cast<std::uint32_t>(i), static_cast<std::uint32_t>(e)))
            return false;
        i = e;
    }
    return true;
}

// "Everytime I switch the system-wide dark mode on, the app crashes", "trouble to switch to dark mode": a mode or a
// setting switched to is no technology adopted.
bool p11_adopts_a_setting(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    bool setting = false;
    int n = 0;
    for (auto i = static_cast<std::size_t>(h.end); i < x->e && n < 5;) {
        if (c.s[i] == ',' || c.s[i] == ';' || c.s[i] == ':') break;
        if (!is_word_byte(static_cast<unsigned char>(c.s[i]))) {
            ++i;
            continue;
        }
        auto e = i;
        while (e < x->e && (is_word_byte(static_cast<unsigned char>(c.s[e])) || c.s[e] == '-')) ++e;
        auto const w = c.s.substr(i, e - i);
        if (w == "mode" || w == "modes" || w == "theme" || w == "themes" || w == "setting" || w == "settings" ||
            w == "view" || w == "tab" || w == "tabs" || w == "layout" || w == "profile" || w == "account" ||
            w == "preset" || w == "skin" || w == "fullscreen" || w == "full-screen")
            setting = true;
        ++n;
        i = e;
    }
    return setting;
}

// "all the tough lessons I learned", "everyone learns and the implementations improve": learning done or learning as
// others' habit is no reluctance to learn something new.
bool p11_learning_told(Context const& c, Hit const& h) {
    auto const w = c.s.substr(h.begin, h.end - h.begin);
    return w == "learned" || w == "learnt" || w == "learns";
}

// "Ah I love it! I'll try to work this in soon", "nice to be able to try out a game first": trying is no harm done
// for praise to mock.
bool p11_trying(Context const& c, Hit const& h) {
    return h.lex == Lex::negative && c.s.substr(h.begin, h.end - h.begin) == "try";
}

// "Take a look", "someone needs to look at how we manage releases": looking as examining is no appearance judged.
bool p11_look_examined(Context const& c, Hit const& h) {
    if (c.s.substr(h.begin, h.end - h.begin) != "look") return false;
    auto const before = c.s.substr(0, h.begin);
    auto const after = c.s.substr(h.end);
    for (std::string_view w : {"a ", "take ", "have ", "to "})
        if (before.ends_with(w)) return true;
    for (std::string_view w : {" at ", " into ", " over ", " through ", " for ", " forward", " up "})
        if (after.starts_with(w)) return true;
    return false;
}

// "Forward this to your director if you want a second read", "loop in your manager and we can all look at it": the
// reader's own superior, named in a sentence with no move of the writer's before it, is the reader's rung.
bool p11_readers_rung(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const t = c.s.substr(x->b, x->e - x->b);
    bool yours = false;
    for (std::string_view r : {"your manager", "your boss", "your lead", "your director", "your vp", "your supervisor",
                               "your skip", "your management", "your leadership", "your team lead", "your em"})
        yours = yours || t.find(r) != std::string_view::npos;
    if (!yours) return false;
    // No first person before the move's words, in its sentence.
    for (auto i = static_cast<std::size_t>(x->b); i < h.begin;) {
        if (!is_word_byte(static_cast<unsigned char>(c.s[i])) && c.s[i] != '\'') {
            ++i;
            continue;
        }
        auto e = i;
        while (e < h.begin && (is_word_byte(static_cast<unsigned char>(c.s[e])) || c.s[e] == '\'')) ++e;
        auto const w = c.s.substr(i, e - i);
        for (std::string_view f :
             {"i", "i'll", "i'm", "i'd", "i've", "we", "we'll", "we're", "we've", "let's", "me", "us"})
            if (w == f) return false;
        i = e;
    }
    return true;
}
// --- precision11: end ---

// The turns irony is made of, beside the sarcasm lexicon's whole phrases: a sentence opened by a mock
// agreement ("Sure, let's launch on Christmas Eve", "ah yes, let's ..."), a mock certainty ("that'll surely
// fix it") or a wink (":)", "🙃"). A hint only: the combiner weighs it with the rest, and a stop it names as
// sarcasm needs one of these or the lexicon's. 2 for a wink or a turn that can't be meant ("ah yes", "surely fix"), 1
// for one that often is ("Sure, but…", "Great idea, and…"), 0 for none.
template <class Quoted>
int sarcastic_turn(Context const& c, Quoted const& quoted_at) {
    std::string_view const s = c.orig;
    auto const lower = [](char ch) { return ch >= 'A' && ch <= 'Z' ? static_cast<char>(ch - 'A' + 'a') : ch; };
    auto const word_at = [&](std::size_t at, std::string_view w) {
        if (at + w.size() > s.size()) return false;
        for (std::size_t k = 0; k < w.size(); ++k)
            if (lower(s[at + k]) != w[k]) return false;
        return true;
    };
    for (char const w : {':', ';'})
        for (auto at = s.find(w); at != std::string_view::npos; at = s.find(w, at + 1))
            if (at + 1 < s.size() && s[at + 1] == ')' && !quoted_at(at) && !p11_friendly_smile(c, at))
                return 2;  // precision11
    for (auto at = s.find('\xF0'); at != std::string_view::npos; at = s.find('\xF0', at + 1))
        if ((word_at(at, "\xF0\x9F\x99\x83") || word_at(at, "\xF0\x9F\x99\x84") || word_at(at, "\xF0\x9F\x98\x8F")) &&
            !quoted_at(at))
            return 2;
    // The words, only when the message's word filter may hold one of their first words; then only a word
    // starting with one of their first letters is compared.
    static constexpr std::string_view firsts[] = {"sure", "surely", "ah", "oh", "yeah", "great"};
    static constexpr auto first_hashes = WordBloom::word_hashes(firsts);
    if (!c.words.may_hold_any(first_hashes)) return 0;
    bool start = true;  // at a sentence's or a line's start
    for (std::size_t i = 0; i < s.size(); ++i) {
        char const ch = s[i];
        if (ch == '.' || ch == '!' || ch == '?' || ch == '\n' || ch == '>') {
            start = true;
            continue;
        }
        if (ch == ' ' || ch == '\t') continue;
        bool const opening = start;
        start = false;
        if (i > 0 && is_word_byte(static_cast<unsigned char>(s[i - 1]))) continue;
        int found = 0;
        switch (lower(ch)) {
            case 's':
                found = word_at(i, "surely fix") || word_at(i, "surely solve") || word_at(i, "surely help") ? 2
                        : opening && word_at(i, "sure,")                                                    ? 1
                                                                                                            : 0;
                break;
            case 'a':
                found = opening && word_at(i, "ah yes") ? 2 : 0;
                break;
            case 'o':
                found = opening && (word_at(i, "oh yes") || word_at(i, "oh yeah")) ? 2 : 0;
                break;
            case 'y':
                found = opening && word_at(i, "yeah sure") ? 2 : 0;
                break;
            case 'g':
                found = opening && word_at(i, "great idea,") ? 1 : 0;
                break;
            default:
                break;
        }
        if (found > 0 && !quoted_at(i)) return found;
    }
    return 0;
}

// Praise is sarcasm's word only beside something gone wrong (in its sentence or the ones either side), as an
// ironic turn ("as always", "truly", "yet another", "the third time", a clap) or beside a fragment tagged on a
// statement ("Very efficient.", "Super organized."): "This is a great idea for v2" is meant.
bool praise_against_harm(Context const& c, Hit const& praise) {
    auto const* x = c.sentence_at(praise.begin);
    if (x == nullptr) return false;
    auto const i = static_cast<std::size_t>(x - c.sentences.data());
    // "…requirements arrive after the code is written. Very efficient.": a praise fragment tagged on a statement.
    auto const fragment = [&](Sentence const& y) { return std::count(c.s.begin() + y.b, c.s.begin() + y.e, ' ') <= 2; };
    if ((i > 0 && fragment(*x)) || (i + 1 < c.sentences.size() && fragment(c.sentences[i + 1]))) return true;
    auto const b = c.sentences[i > 0 ? i - 1 : i].b;
    auto const e = c.sentences[i + 1 < c.sentences.size() ? i + 1 : i].e;
    for (auto const& h : c.hits)
        if ((h.lex == Lex::negative || h.lex == Lex::sarcasm || h.lex == Lex::harsh) && h.begin >= b && h.end <= e &&
            !c.in_quote(h.begin, h.end) && !p11_trying(c, h))  // precision11
            return true;
    auto const t = c.s.substr(b, e - b);
    for (std::string_view turn :
         {"as always", "as usual", "truly", "another", "again", "of course", "clap", "\xF0\x9F\x91\x8F", "10/10",
          "masterclass", "definitely", "surely", "sure,", "second time", "third time", "fourth time"})
        if (t.find(turn) != std::string_view::npos) return true;
    return false;
}

// leads18: praise denied ("Not great.") or said as meant ("Genuinely impressed with the hangar 2 crew ... Really good
// work.") is no sarcasm's word: the combiner stopped both as sarcasm.
bool l18_praise_plain(Context const& c, Hit const& praise) {
    std::string_view const before = c.s.substr(0, praise.begin);
    if (before.ends_with("not ") || before.ends_with("not so ") || before.ends_with("not very ") ||
        before.ends_with("not that ") || before.ends_with("not exactly "))
        return true;
    bool const meant = c.s.find("genuinely") != std::string_view::npos ||
                       c.s.find("sincerely") != std::string_view::npos ||
                       c.s.find("impressed with") != std::string_view::npos ||
                       c.s.find("well done") != std::string_view::npos || c.s.find("kudos") != std::string_view::npos;
    bool const ironic = std::ranges::any_of(c.hits, [](Hit const& h) { return h.lex == Lex::sarcasm; }) ||
                        c.orig.contains(":roll_eyes:") || c.orig.contains(":upside_down_face:") ||
                        c.orig.contains("\xF0\x9F\x99\x84") || c.orig.contains("\xF0\x9F\x99\x83");
    return meant && !ironic;
}

// --- real10: an adoption ruled out in so many words, an adoption argued from the current thing's failure ---
// "there's zero chance of rewriting the entire product", "we have no plans to migrate": the adoption ruled out.
bool r10_ruled_out(std::string_view before) {
    for (std::string_view w : {"no chance of ", "zero chance of ", "little chance of ", "no intention of ",
                               "no plans to ", "no plan to ", "not planning to ", "not planning on ", "no reason to ",
                               "not worth ", "isn't worth ", "no appetite for ", "no point in "})
        if (before.ends_with(w)) return true;
    return false;
}

// "the current CorTeX frontend won't even build under a modern Rust nightly", "the SDK is no longer maintained": the
// thing in use fails, so a move away from it is argued from a problem, not from novelty or fashion.
bool r10_current_fails(Context const& c) {
    static constexpr auto keys = WordBloom::word_hashes(
        {"build", "builds", "compile", "compiles", "maintained", "unmaintained", "deprecated", "eol", "life"});
    if (!c.words.may_hold_any(keys)) return false;
    for (std::string_view p :
         {"won't even build", "won't build", "doesn't build", "doesn't even build", "no longer builds", "won't compile",
          "doesn't compile", "no longer compiles", "won't even compile", "no longer maintained", "is unmaintained",
          "are unmaintained", "is deprecated", "are deprecated", "end of life", "end-of-life", "reached eol", "is eol"})
        for (auto at = c.s.find(p); at != std::string_view::npos; at = c.s.find(p, at + 1))
            if (!c.in_quote(static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + p.size()))) return true;
    return false;
}
// --- real10: end ---

// --- lead10: the writer giving their own work up, or lifting their own gate ---
// "Let's throw away the prototype I built last week; the vendor SDK covers it": a loss the writer proposes of their own
// work is no attachment to it.
bool loss_proposed(Context const& c, Hit const& loss) {
    std::string_view before = c.s.substr(0, loss.begin);
    if (before.ends_with("just ")) before.remove_suffix(5);
    for (std::string_view w : {"let's ", "lets ", "let us ", "we can ", "we could ", "we should ", "i'd ", "i'll ",
                               "i'm happy to ", "happy to ", "i'm fine to ", "fine to ", "ok to ", "okay to "})
        if (before.ends_with(w)) return true;
    return false;
}

// "The billing service is ours; they shouldn't have to wait for us to review every config change": a negated
// obligation to wait for, ask or go through the writer lifts the writer's gate; owning the thing is then no territory.
bool gate_lifted(Context const& c) {
    for (std::string_view neg : {"shouldn't", "should not", "don't", "doesn't", "won't", "no need to", "not"}) {
        for (auto at = c.s.find(neg); at != std::string_view::npos; at = c.s.find(neg, at + 1)) {
            auto rest = c.s.substr(at + neg.size());
            for (std::string_view aux : {" have to", " need to", " needs to"})
                if (rest.starts_with(aux)) {
                    rest.remove_prefix(aux.size());
                    break;
                }
            for (std::string_view verb : {" wait for ", " ask ", " go through ", " check with ", " get approval from "})
                if (rest.starts_with(verb)) {
                    auto const who = rest.substr(verb.size());
                    if (who.starts_with("us") || who.starts_with("me") || who.starts_with("our ") ||
                        who.starts_with("my "))
                        return true;
                }
        }
    }
    return false;
}
// --- lead10: end ---

// "I don't want to rewrite the scheduler", "we shouldn't migrate": the adoption refused, not proposed.
bool refused(Context const& c, Hit const& adopt) {
    for (auto const& h : c.hits)
        if (h.lex == Lex::reluctance && h.end <= adopt.begin && adopt.begin - h.end <= 4) return true;
    std::string_view const before = c.s.substr(0, adopt.begin);
    for (std::string_view w : {"shouldn't ", "should not ", "won't ", "no need to ", "not going to ", "don't "})
        if (before.ends_with(w)) return true;
    if (r10_ruled_out(before)) return true;  // real10
    // "I'd want to know what's different this time before we adopt it", "if we move to Bun": an adoption the writer
    // sets a condition on is not one they want.
    // ("What if we rewrote it in Elixir?" proposes it.)
    for (std::string_view w : {"before we ", "if we ", "unless we ", "until we ", "whether we ", "before ", "if "})
        if (before.ends_with(w) && !before.ends_with("what if we ") && !before.ends_with("what if ")) return true;
    return false;
}

// "I don't want to rewrite the scheduler; it works": not wanting the adoption itself refuses a new thing, it does
// not shy from learning one ("I don't want to spend my evenings on tutorials" does).
bool refusing(Context const& c, Hit const& reluctance) {
    return std::ranges::any_of(c.hits, [&](Hit const& h) {
        return h.lex == Lex::adopt_verb && h.begin >= reluctance.end && h.begin - reluctance.end <= 4;
    });
}

// "Strongly against scrapping the bulk import; our two largest tenants onboard with it": a loss is attachment's only
// beside the writer's own work (effort spent, a thing owned); alone it is what the plan would take from users.
bool own_work_named(Context const& c) {
    // "It's the thing I'm proudest of here": pride in it is the writer's own work named.
    if (c.s.find("proud") != std::string_view::npos) return true;
    return std::ranges::any_of(c.hits, [&](Hit const& h) {
        return (h.lex == Lex::effort || h.lex == Lex::ownership || h.lex == Lex::illegit_attachment) &&
               !c.in_quote(h.begin, h.end);
    });
}

// "I'm terrible at estimating", "I've been sloppy", "we were too slow": a harsh word or a trait the writer says of
// themselves (their subject within the three words before it) is self-criticism, no hint of a person judged.
bool said_of_the_writer(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    int words = 0;
    auto e = h.begin;
    while (e > x->b && words < 4) {
        while (e > x->b && !is_word_byte(static_cast<unsigned char>(c.s[e - 1]))) --e;
        auto b = e;
        while (b > x->b && (is_word_byte(static_cast<unsigned char>(c.s[b - 1])) || c.s[b - 1] == '\'')) --b;
        if (b == e) break;
        auto const w = c.s.substr(b, e - b);
        if (w == "i" || w == "i'm" || w == "im" || w == "i've" || w == "we" || w == "we're" || w == "we've" ||
            w == "myself")
            return true;
        // Someone else as the subject ("you", "he", a name) ends the look back.
        if (w == "you" || w == "he" || w == "she" || w == "they" || w == "your" || w == "his" || w == "her")
            return false;
        e = b;
        ++words;
    }
    return false;
}

// --- precision12: reluctance with no new thing, learning wanted, a ladder verb that is no move of the writer's ---
// The words of sentence `x` as (word, begin) pairs: letters, digits, apostrophes and hyphens.
std::vector<std::pair<std::string_view, std::uint32_t>> p12_words(Context const& c, std::uint32_t b, std::uint32_t e) {
    std::vector<std::pair<std::string_view, std::uint32_t>> out;
    for (auto i = static_cast<std::size_t>(b); i < e;) {
        if (!is_word_byte(static_cast<unsigned char>(c.s[i])) && c.s[i] != '\'') {
            ++i;
            continue;
        }
        auto j = i;
        while (j < e && (is_word_byte(static_cast<unsigned char>(c.s[j])) || c.s[j] == '\'' || c.s[j] == '-')) ++j;
        out.emplace_back(c.s.substr(i, j - i), static_cast<std::uint32_t>(i));
        i = j;
    }
    return out;
}

// "I certainly do not want to demotivate other players", "we don't want to get too diverged", "I don't want to make
// any changes to the document now that people have signed it": not wanting to do something is a reluctance to learn or
// adopt only when its sentence names the new thing (a word of learning, an adoption, a technology, a novelty), or when
// it stands alone ("Honestly, I just don't want to."). "I don't want to learn Rust", "we don't want to switch to Bun"
// keep their hint.
bool p12_learning_wanted(Context const& c, Hit const& h);

bool p12_reluctance_of_nothing_new(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    for (auto const& o : c.hits)
        if ((o.lex == Lex::adopt_verb || o.lex == Lex::tech || o.lex == Lex::novelty ||
             o.lex == Lex::illegit_new_framework || (o.lex == Lex::learning && !p12_learning_wanted(c, o))) &&
            !c.in_quote(o.begin, o.end))
            return false;
    // What is not wanted: the verb after "to"; none, and the reluctance is the whole point. A verb of changing,
    // returning, redoing or spending time on a thing is what a reluctance to learn or adopt refuses ("I don't want to
    // spend my evenings on tutorials", "we do not want to go back to the 80s", "I don't want to rewrite the app").
    auto const rest = p12_words(c, h.end, x->e);
    std::size_t k = 0;
    if (k < rest.size() && rest[k].first == "to") ++k;
    if (k < rest.size() && one_of_p11(rest[k].first, {"just", "even", "really", "have", "be", "ever"})) ++k;
    if (k < rest.size() && rest[k].first == "to") ++k;
    if (k >= rest.size()) return false;
    return !one_of_p11(rest[k].first, {"go",       "rewrite", "switch", "move",  "migrate", "change",  "use",
                                       "using",    "adopt",   "learn",  "port",  "redo",    "replace", "drop",
                                       "give",     "touch",   "spend",  "deal",  "study",   "read",    "start",
                                       "maintain", "support", "keep",   "throw", "convert", "rebuild", "pick"});
}

// "both for learning and showing off", "What should people learn by merging?", "everyone learns": learning as a purpose
// or said of others is no reluctance to learn ("I'd have to learn Rust", "I don't want to learn another framework" keep
// their hint, and so does "I want to learn TypeScript": a wish to learn it is the detector's motive, wish_to_learn).
bool p12_learning_wanted(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const ws = p12_words(c, x->b, h.begin);
    if (ws.empty()) return false;
    auto const at = [&](std::size_t back) -> std::string_view {
        return back < ws.size() ? ws[ws.size() - 1 - back].first : std::string_view{};
    };
    // A negation or an obligation anywhere in the words just before keeps it ("don't want to", "have to", "forced").
    for (std::size_t k = 0; k < 5 && k < ws.size(); ++k) {
        auto const w = at(k);
        if (w.ends_with("n't") || one_of_p11(w, {"not", "never", "no", "have", "has", "had", "must", "forced", "force",
                                                 "need", "needs", "needing", "make", "making", "without"}))
            return false;
    }
    if (one_of_p11(at(0), {"for", "by", "of", "about", "from"})) return true;  // learning as a purpose or a means
    // Others learn: "people", "everyone", "users", "contributors" as the learner within three words.
    for (std::size_t j = 0; j < 3 && j < ws.size(); ++j)
        if (one_of_p11(at(j), {"people", "everyone", "everybody", "users", "contributors", "newcomers", "others",
                               "players", "students", "folks", "they"}))
            return true;
    return false;
}
// --- precision12: end ---

// --- sarcasm9: the writer's own rung ---
// "I'll talk to my manager about another engineer", "looping in our lead": a move to the writer's own superior is the
// ladder's next rung, not one skipped (a threat to take it there is the detector's finding, threat_to_take_it_up).
bool to_own_rung(Context const& c, Hit const& h) {
    if (h.lex != Lex::ladder_verb) return false;
    auto b = static_cast<std::size_t>(h.end);
    while (b < c.s.size() && c.s[b] == ' ') ++b;
    auto e = b;
    while (e < c.s.size() && is_word_byte(static_cast<unsigned char>(c.s[e]))) ++e;
    auto const w = c.s.substr(b, e - b);
    return w == "my" || w == "our";
}

// "Vendor contracts are the CFO's call, so I sent her the quotes": the authority named on the matter's route by
// process, and the writer's move along it in the same sentence, hint at no skip.
bool route_followed(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    return x != nullptr && route_named(c, *x);
}

// --- slack10: a Slack channel link ("<#C07ENG|eng-all>") names a place many read, as "#eng-all" does. ---
template <class Quoted>
bool s10_channel_linked(std::string_view orig, Quoted const& quoted_at) {
    for (auto at = orig.find("<#"); at != std::string_view::npos; at = orig.find("<#", at + 1))
        if (at + 2 < orig.size() && orig[at + 2] >= 'A' && orig[at + 2] <= 'Z' && !quoted_at(at)) return true;
    return false;
}
// --- slack10 end ---

}  // namespace

// --- real12: reluctance whose object is obstructing ("I don't want to block this", "don't want to stand in the way",
// "I'd hate to hold this up") is the writer stepping aside or about to argue, no reluctance to learn ---
namespace {

bool r12_obstruction_declined(Context const& c, Hit const& h) {
    auto const rest = c.s.substr(h.end, std::min<std::size_t>(40, c.s.size() - h.end));
    auto const at = rest.find_first_not_of(' ');
    if (at == std::string_view::npos) return false;
    auto const next = rest.substr(at);
    for (std::string_view v : {"block", "stand in the way", "stand in anyone's way", "get in the way", "hold this up",
                               "hold it up", "hold things up", "hold anyone up", "be a blocker", "be the blocker",
                               "be a bottleneck", "derail", "obstruct", "veto", "slow this down", "slow things down"})
        if (next.starts_with(v)) return true;
    // "I don't want to block": the reluctance phrase may end on "to" or before it.
    if (next.starts_with("to ")) {
        auto const more = next.substr(3);
        for (std::string_view v : {"block", "stand in the way", "get in the way", "hold this up", "hold it up",
                                   "be a blocker", "derail", "obstruct", "veto"})
            if (more.starts_with(v)) return true;
    }
    return false;
}

}  // namespace
// --- real12: end ---

// --- motive15: the motive words where no motive is: learning said of information ("I'm not learning anything new from
// these logs") or of someone else ("Dana isn't learning Swift this quarter"), an adoption told as news ("Nobody has
// rewritten the parser since 2019", "I moved the repo into the company org yesterday") or a move of no technology
// ("Let's move the standup to Thursday"). ---
namespace {

// "learning anything new from these logs", "learn a lot about the billing flow": facts learned, no tool.
bool m15_facts_learned(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const rest = p12_words(c, h.end, x->e);
    std::size_t k = 0;
    if (k < rest.size() && rest[k].first == "a" && k + 1 < rest.size() && rest[k + 1].first == "lot")
        k += 2;
    else if (k < rest.size() && one_of_p11(rest[k].first, {"anything", "nothing", "something", "much", "more", "lots"}))
        ++k;
    else
        return false;
    if (k < rest.size() && rest[k].first == "new") ++k;
    return k < rest.size() &&
           one_of_p11(rest[k].first, {"from", "about", "by", "in", "at", "here", "there", "today", "when", "while"});
}

// "Dana isn't learning Swift", "she's learning Rust", "the team is learning Go": someone else the learner (the first
// word before the learning that is no auxiliary or adverb is a person other than the writer).
bool m15_someone_else_learns(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const ws = p12_words(c, x->b, h.begin);
    for (std::size_t k = ws.size(); k-- > 0;) {
        auto const w = ws[k].first;
        if (one_of_p11(
                w, {"is",   "isn't", "was",     "wasn't", "are",   "aren't", "has",   "hasn't",  "have", "haven't",
                    "will", "won't", "be",      "been",   "not",   "to",     "still", "already", "also", "currently",
                    "now",  "just",  "started", "starts", "start", "wants",  "needs", "going"}))
            continue;
        if (one_of_p11(w,
                       {"i", "i'm", "i've", "i'd", "i'll", "im", "we", "we're", "we've", "we'd", "we'll", "me", "us"}))
            return false;
        if (one_of_p11(w, {"he", "she", "they", "he's", "she's", "they're", "team", "someone", "somebody"}))
            return true;
        if (w.ends_with("'s") && w.size() > 2) {  // "Dana's learning Swift"
            auto const pos = ws[k].second;
            return !c.shouting && c.orig_byte(pos) >= 'A' && c.orig_byte(pos) <= 'Z' && pos != x->b;
        }
        // A name: capitalised and not the sentence's first word ("Dana" opening it is read as a name too when the
        // next word is an auxiliary).
        auto const pos = ws[k].second;
        bool const capital = !c.shouting && c.orig_byte(pos) >= 'A' && c.orig_byte(pos) <= 'Z';
        return capital && w != "i";
    }
    return false;
}

// "Nobody has rewritten it since", "I moved the repo into the company org yesterday", "we migrated last year": an
// adoption told as done, with no one's wish in it: a past form with a denial before it or a time after it.
bool m15_adoption_told(Context const& c, Hit const& h) {
    auto const v = c.s.substr(h.begin, h.end - h.begin);
    if (!(v.ends_with("ed") || v.ends_with("ed to") || v == "rewritten" || v == "rewrote")) return false;
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const before = p12_words(c, x->b, h.begin);
    for (std::size_t k = before.size(), n = 0; k-- > 0 && n < 3; ++n)
        if (one_of_p11(before[k].first, {"nobody", "never", "hasn't", "haven't", "hadn't", "wasn't", "weren't", "no"}))
            return true;
    for (auto const& [w, at] : p12_words(c, h.end, x->e))
        if (one_of_p11(w, {"since", "ago", "yesterday", "earlier", "already"})) return true;
    return false;
}

// "Let's move the standup to Thursday", "replace the banner image", "port the fix to the release branch": a move, a
// replacement, a port or a rework whose sentence names no technology (no tech word, novelty, framework word or
// capitalised name after the verb but a day or a month).
bool m15_adoption_of_nothing(Context const& c, Hit const& h) {
    auto const v = c.s.substr(h.begin, h.end - h.begin);
    if (!(v.starts_with("mov") || v.starts_with("replac") || v.starts_with("port") || v == "rework")) return false;
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    for (auto const& o : c.hits)
        if ((o.lex == Lex::tech || o.lex == Lex::novelty || o.lex == Lex::illegit_new_framework) && o.begin >= x->b &&
            o.end <= x->e)
            return false;
    if (c.shouting) return false;
    for (auto const& [w, at] : p12_words(c, h.end, x->e)) {
        if (c.orig_byte(at) < 'A' || c.orig_byte(at) > 'Z') continue;
        if (!one_of_p11(w, {"monday",  "tuesday",   "wednesday", "thursday", "friday",   "saturday", "sunday",
                            "january", "february",  "march",     "april",    "may",      "june",     "july",
                            "august",  "september", "october",   "november", "december", "i",        "qa",
                            "q1",      "q2",        "q3",        "q4"}))
            return false;
    }
    return true;
}

// "I am not touching that update until 7/1", "I won't touch the config again": the writer keeping their own hands off
// bars no one (the first word before the gate that is no auxiliary, negation or adverb is the writer).
bool m15_writer_abstains(Context const& c, Hit const& h) {
    if (!c.s.substr(h.begin, h.end - h.begin).starts_with("touch")) return false;
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const ws = p12_words(c, x->b, h.begin);
    for (std::size_t k = ws.size(); k-- > 0;) {
        auto const w = ws[k].first;
        if (one_of_p11(w, {"am", "not", "won't", "will", "don't", "do", "never", "really", "even", "again", "going",
                           "to", "be", "just", "ever", "wouldn't", "would"}))
            continue;
        return one_of_p11(w, {"i", "i'm", "im", "we", "we're", "i'll", "we'll", "i'd", "we'd"});
    }
    return false;
}

// "the wish to rewrite everything in Rust will disappear", "the urge to migrate every year": a motive to adopt named as
// a topic, no one's own proposal.
bool m15_adoption_as_topic(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const ws = p12_words(c, x->b, h.begin);
    return ws.size() >= 2 && ws.back().first == "to" &&
           one_of_p11(ws[ws.size() - 2].first,
                      {"wish", "urge", "desire", "temptation", "impulse", "craze", "obsession", "hype", "itch"});
}

// "I prefer the previous version for several reasons: - ...": a preference whose reasons are announced is argued,
// not taste alone.
bool m15_reasons_announced(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    auto const ws = p12_words(c, h.end, x->e);
    for (std::size_t k = 0; k + 2 < ws.size(); ++k)
        if (ws[k].first == "for" &&
            one_of_p11(ws[k + 1].first, {"several", "a", "some", "many", "two", "three", "these", "the", "multiple"}) &&
            (ws[k + 2].first.starts_with("reason") ||
             (k + 3 < ws.size() && ws[k + 2].first == "few" && ws[k + 3].first.starts_with("reason")) ||
             (k + 3 < ws.size() && ws[k + 2].first == "following" && ws[k + 3].first.starts_with("reason"))))
            return true;
    return false;
}

}  // namespace
// --- motive15: end ---

// flags25: an address typed as a word, spoken of rather than spoken with: "Mia doesn't need nor should have @everyone
// privileges", "you wrote in a catch for @everyone", "replacing it with \"\\@everyone\"", "anyone that says @here". A
// Slack address (`<!here>`) is always one; a bare "@here" after an article or a preposition, before a noun of what it
// does, or inside quotes is its name.
bool f25_address_as_topic(std::string_view t, std::size_t at, std::string_view w) {
    if (w.front() != '@') return false;
    if (at > 0 && (t[at - 1] == '"' || t[at - 1] == '\\' || t[at - 1] == '`' || t[at - 1] == '\'')) return true;
    auto const after = t.substr(at + w.size());
    for (std::string_view n :
         {" privilege", " permission", " ping", " mention", " notification", " tag", " role", " right", " access",
          " spam", " abuse", " button", " feature", " setting", " is ", " should"})
        if (after.starts_with(n)) return true;
    // The word before, as a word (also when it opens the text: "for @everyone ...").
    auto const before = t.substr(0, at);
    for (std::string_view p :
         {" a ", " an ", " the ", " for ", " with ", " says ", " say ", " said ", " typing ", " type ", " use of ",
          " using ", " of ", " about ", " no ", " disable ", " block ", " without ", " catch "})
        if (before.ends_with(p) || before == p.substr(1)) return true;
    return false;
}

void find_flag_hints(Context const& c, Analysis& a) {
    std::uint16_t hints = 0;
    // "Honestly the new search ranking is a mess", "Seems like overkill to me": harsh words with no one to say them
    // of judge the plan; they hint at a person only when the draft names someone.
    bool const someone = mentions_a_person(c);
    for (auto const& h : c.hits)
        if (auto const bits = static_cast<std::uint16_t>(
                carriers[static_cast<std::size_t>(h.lex)] &
                (someone || (h.lex != Lex::harsh && h.lex != Lex::insult) ? 0xFFFFU : ~bit(RedFlag::person_directed)));
            bits != 0 && !c.in_quote(h.begin, h.end) &&
            ((h.lex != Lex::ladder && h.lex != Lex::ladder_verb) || ladder_move_names_a_person(c, h)) &&
            (h.lex != Lex::praise ||
             (praise_against_harm(c, h) && !s14_praise_hit_meant(c, h) && !l18_praise_plain(c, h))) &&  // leads18
            (h.lex != Lex::adopt_verb || !refused(c, h)) &&
            (h.lex != Lex::loss || own_work_named(c)) &&
            (h.lex != Lex::sarcasm || (!plain_sarcasm_words(c, h) && !s14_sarcasm_word_meant(c, h))) &&  // sarcasm14
            ((h.lex != Lex::harsh && h.lex != Lex::person_trait) || !said_of_the_writer(c, h)) &&
            (h.lex != Lex::person_trait || !trait_not_of_a_colleague(c, h)) &&
            (h.lex != Lex::reluctance || !refusing(c, h)) && !to_own_rung(c, h) &&
            (h.lex != Lex::reluctance || !r12_obstruction_declined(c, h)) &&
            ((h.lex != Lex::authority && h.lex != Lex::ladder_verb) || !route_followed(c, h)) &&
            ((h.lex != Lex::illegit_new_framework && h.lex != Lex::learning) || !adoption_ruled_out(c, h)) &&  // real10
            ((h.lex != Lex::person_trait && h.lex != Lex::harsh) || !p11_trait_of_a_thing(c, h)) &&  // precision11
            (h.lex != Lex::adopt_verb || !p11_adopts_a_setting(c, h)) &&                             // precision11
            (h.lex != Lex::learning || !p11_learning_told(c, h)) &&                                  // precision11
            (h.lex != Lex::visual || !p11_look_examined(c, h)) &&                                    // precision11
            ((h.lex != Lex::authority && h.lex != Lex::ladder && h.lex != Lex::ladder_verb) ||
             !p11_readers_rung(c, h)) &&      // precision11
            !r11_everyone_as_object(c, h) &&  // real11
            (h.lex != Lex::audience || h.begin == 0 || c.s[h.begin - 1] != '@' ||
             !f25_address_as_topic(c.orig, c.orig_range(h.begin - 1, h.end).start, "@everyone")) &&  // flags25
            (h.lex != Lex::reluctance || !p12_reluctance_of_nothing_new(c, h)) &&                    // precision12
            (h.lex != Lex::ladder_verb || !p12_no_move(c, h)) &&
            !p12_no_person_judged(c, h) && (h.lex != Lex::illegit_my_way || !p12_trust_me_kind(c, h)) &&
            ((h.lex != Lex::ladder && h.lex != Lex::authority) || !p12_superior_reported(c, h)) &&
            (h.lex != Lex::audience || !p12_thanks_to_all(c)) &&
            ((h.lex != Lex::illegit_new_framework && h.lex != Lex::reluctance && h.lex != Lex::learning) ||
             !p12_unfamiliar_asks(c, h)) &&  // precision12
            ((h.lex != Lex::ladder && h.lex != Lex::ladder_verb && h.lex != Lex::authority) ||
             !r14_copy_requested(c, h)) &&  // real14
            (h.lex != Lex::learning || (!m15_facts_learned(c, h) && !m15_someone_else_learns(c, h))) &&
            (h.lex != Lex::adopt_verb ||
             (!m15_adoption_told(c, h) && !m15_adoption_of_nothing(c, h) && !m15_adoption_as_topic(c, h))) &&
            (h.lex != Lex::gate || (!m15_writer_abstains(c, h) && !m15_allowed_without_me(c, h))) &&
            (h.lex != Lex::preference || !m15_reasons_announced(c, h)) &&
            ((h.lex != Lex::taste && h.lex != Lex::visual && h.lex != Lex::illegit_aesthetic) ||
             !m15_taste_reported(c, h)))                                                             // motive15
            hints |= h.lex == Lex::learning && p12_learning_wanted(c, h) ? std::uint16_t{0} : bits;  // precision12
    // The writer giving up their own work ("Let's throw away the prototype I built") hints at no attachment, whatever
    // effort it names (lead10).
    bool loss = false, kept = false;
    for (auto const& h : c.hits)
        if (h.lex == Lex::loss && !c.in_quote(h.begin, h.end)) {
            loss = true;
            kept = kept || !loss_proposed(c, h);
        }
    if (loss && !kept) hints = static_cast<std::uint16_t>(hints & ~bit(Reason::attachment));
    // The writer lifting their own gate ("they shouldn't have to wait for us") hints at no territory (lead10).
    if ((hints & bit(Reason::territorial)) != 0 && gate_lifted(c))
        hints = static_cast<std::uint16_t>(hints & ~bit(Reason::territorial));
    // A judgment of a person needs a person and a judgment said of them (judged_person): a bare mention ("They
    // need real-time checks by next month", "Can you describe how ...", "While your comments are spot on, ...")
    // is no hint, whatever the combiner's words for the rest.
    bool const person = judged_person(c);
    // A Slack address to everyone is the broadcast's own word.
    auto const quoted_at = [&](std::size_t at) {
        return std::any_of(a.quoted.begin(), a.quoted.end(),
                           [&](Range const& q) { return at >= q.start && at < q.end; });
    };
    // ladder15: not news ("<!here> the publishing pipeline is back up; ...").
    if (!l15_news_to_everyone(c, a))
        for (std::string_view w : {"<!here", "<!channel", "<!everyone", "@here", "@channel", "@everyone"})
            for (auto at = c.orig.find(w); at != std::string_view::npos; at = c.orig.find(w, at + 1))
                if (!quoted_at(at) && !f25_address_as_topic(c.orig, at, w)) hints |= bit(RedFlag::broadcast);
    // So is a channel named to post in ("Posting in #support-all", "<#C024BE7LR|general>"): a place many read.
    for (auto at = c.orig.find('#'); at != std::string_view::npos; at = c.orig.find('#', at + 1))
        if (at + 1 < c.orig.size() && c.orig[at + 1] >= 'a' && c.orig[at + 1] <= 'z' &&
            (at == 0 || c.orig[at - 1] == ' ' || c.orig[at - 1] == '<') && !quoted_at(at))
            hints |= bit(RedFlag::broadcast);
    if (s10_channel_linked(c.orig, quoted_at)) hints |= bit(RedFlag::broadcast);  // slack10
    if (auto const turn = sarcastic_turn(c, quoted_at); turn > 0)
        hints |= static_cast<std::uint16_t>(bit(RedFlag::sarcasm) | (turn > 1 ? turn_hint : 0U));
    if ((hints & bit(Reason::new_framework)) != 0 && r10_current_fails(c))
        hints &= static_cast<std::uint16_t>(~bit(Reason::new_framework));  // real10
    if (s14_sarcasm_alone(c, a))                                           // sarcasm14
        hints |=
            static_cast<std::uint16_t>(s14_alone_hint | ((hints & bit(RedFlag::sarcasm)) != 0 ? 0U : s14_unhinted));
    // real14: taste left to the reader or added to a measured change, and the writer's unfamiliarity told with no
    // refusal, hint at neither motive (what the analysis found, below, still is).
    if (auto const taste = static_cast<std::uint16_t>(bit(Reason::aesthetic) | bit(Reason::my_way));
        (hints & taste) != 0 && r14_taste_withdrawn(c))
        hints &= static_cast<std::uint16_t>(~taste);
    if ((hints & bit(Reason::new_framework)) != 0 && r14_unfamiliarity_unrefused(c))
        hints &= static_cast<std::uint16_t>(~bit(Reason::new_framework));
    // motive15: a look argued from what it does hints at no taste (the analysis may still find it, below).
    if ((hints & bit(Reason::aesthetic)) != 0 && m15_look_argued(c))
        hints &= static_cast<std::uint16_t>(~bit(Reason::aesthetic));
    // What the analysis found is hinted too.
    for (auto f : a.red_flags) hints |= bit(f);
    for (auto r : a.illegitimate) hints |= bit(r);
    // Single words a flag is made of that its lexicons hold only inside longer phrases, or in another
    // language: the cost of studying a new tool, a team's identity or losing a thing it built, a director.
    static constexpr std::pair<std::string_view, std::uint16_t> single[] = {
        {"study", bit(Reason::new_framework)},     {"studying", bit(Reason::new_framework)},
        {"identity", bit(Reason::attachment)},     {"losing", bit(Reason::attachment)},
        {"directora", bit(RedFlag::skips_ladder)}, {"director", bit(RedFlag::skips_ladder)},
        {"jefa", bit(RedFlag::skips_ladder)},      {"jefe", bit(RedFlag::skips_ladder)}};
    static constexpr auto single_hashes = [] {
        std::array<std::uint32_t, std::size(single)> h{};
        for (std::size_t i = 0; i < h.size(); ++i) h[i] = WordBloom::word_hash(single[i].first);
        return h;
    }();
    for (std::size_t i = 0; i < std::size(single); ++i) {
        if (!c.words.may_hold_hash(single_hashes[i])) continue;
        auto const [w, bits] = single[i];
        for (auto at = c.s.find(w); at != std::string_view::npos; at = c.s.find(w, at + 1))
            if ((at == 0 || !is_word_byte(static_cast<unsigned char>(c.s[at - 1]))) &&
                (at + w.size() == c.s.size() || !is_word_byte(static_cast<unsigned char>(c.s[at + w.size()]))) &&
                !c.in_quote(static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + w.size())) &&
                !p11_readers_rung(c, Hit{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + w.size()),
                                         Lex::authority}))  // precision11
                hints |= bits;
    }
    if (person) hints |= bit(RedFlag::person_directed);
    // real10: taste or a way whose call the writer leaves to others hints at neither.
    if (auto const taste = static_cast<std::uint16_t>(bit(Reason::aesthetic) | bit(Reason::my_way));
        (hints & taste) != 0 && taste_deferred(c) && !t13_users_check_waved(c))  // trial13
        hints &= static_cast<std::uint16_t>(~taste);
    a.flag_hints = hints;
}

}  // namespace pushback::detector::detail

namespace pushback::detector {

bool Analysis::hinted(RedFlag f) const { return (flag_hints & detail::bit(f)) != 0; }
bool Analysis::turned() const { return (flag_hints & detail::turn_hint) != 0; }
bool Analysis::sarcasm_alone() const { return (flag_hints & detail::s14_alone_hint) != 0; }
Analysis Analysis::before_sarcasm_alone() const {
    Analysis before = *this;
    before.red_flags.clear();
    before.flag_hints &= static_cast<std::uint16_t>(~(detail::s14_alone_hint | detail::s14_unhinted));
    if ((flag_hints & detail::s14_unhinted) != 0)
        before.flag_hints &= static_cast<std::uint16_t>(~detail::bit(RedFlag::sarcasm));
    std::erase_if(before.evidence, [](Evidence const& e) { return e.flag == RedFlag::sarcasm; });
    return before;
}
bool Analysis::hinted(Reason r) const { return is_legitimate(r) ? false : (flag_hints & detail::bit(r)) != 0; }

}  // namespace pushback::detector
