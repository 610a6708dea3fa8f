// Red flags: what burns the relationship whatever the wording of the rest (issue 12). Each comes from
// the writer's own words (never from quoted ones): about the person rather than the proposal, going
// over someone's head, a disagreement broadcast to a whole channel, unambiguous sarcasm.
#include <algorithm>
#include <initializer_list>

#include "detector/detail/context.hpp"

namespace pushback::detector::detail {
namespace {

bool broadcast_token(std::string_view t) {
    if (t.find_first_of("@<") == std::string_view::npos) return false;
    for (std::string_view w : {"<!here", "<!channel", "<!everyone", "<!subteam", "@here", "@channel", "@everyone",
                               "@all ", "@team ", "@devs ", "@engineering "})
        if (t.find(w) != std::string_view::npos) return true;
    return false;
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

bool one_of(std::string_view w, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// A word that makes a person the subject ("he", "you", "the maintainer", a mention, a name).
bool person_subject(Context const& c, std::string_view w, std::uint32_t at) {
    if (w.size() == 1 && w[0] == ph_person) return true;
    if (one_of(w, {"you",        "you're",      "youre", "u",      "he",    "he's", "she",  "she's",
                   "they",       "they're",     "him",   "her",    "them",  "dev",  "devs", "developer",
                   "maintainer", "maintainers", "pm",    "author", "owner", "guy",  "guys", "staff"}))
        return true;
    // A name: a capitalised word that is not a function word ("Priya has no idea", "Sam's spec").
    if (c.shouting || !(c.orig_byte(at) >= 'A' && c.orig_byte(at) <= 'Z')) return false;
    auto const base = w.ends_with("'s") ? w.substr(0, w.size() - 2) : w;
    // At a sentence's start a capital says nothing; a plural there ("Users don't care") is no name.
    auto const* x = c.sentence_at(at);
    if (x != nullptr && x->b == at && base.ends_with('s') && !w.ends_with("'s")) return false;
    return !one_of(base,
                   {"i",   "it", "this", "that", "there", "these", "those", "what", "which", "we",   "my",   "our",
                    "the", "a",  "an",   "if",   "but",   "and",   "so",    "then", "now",   "here", "also", "just"});
}

// "he won't listen", "Priya has no idea how…": what is said of a person, with a person as subject.
bool trait_of_person(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    bool found = false;
    words_before(c.s, x->b, h.begin, 3, [&](std::string_view w, std::uint32_t at) {
        found = person_subject(c, w, at);
        return found || one_of(w, {"i", "we", "it", "this", "that"});
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

// "I'll escalate this to your manager", "I've emailed the CTO": a move toward someone's superior.
bool toward_authority(Context const& c, Hit const& verb) {
    for (auto const& h : c.hits) {
        if (h.lex != Lex::authority || h.begin < verb.end || c.in_quote(h.begin, h.end)) continue;
        int words = 0;
        for (auto i = verb.end; i < h.begin; ++i) {
            auto const ch = c.s[i];
            if (ch == '.' || ch == '?' || ch == '!' || ch == '\n') words = 99;
            words += ch == ' ';
        }
        if (words <= 4) return true;
    }
    return false;
}

}  // namespace

void find_red_flags(Context const& c, Analysis& a) {
    bool person = c.has(Lex::person_attack), ladder = c.has(Lex::ladder);
    for (auto const& h : c.hits) {
        if (c.in_quote(h.begin, h.end)) continue;
        if (h.lex == Lex::person_trait) person = person || trait_of_person(c, h);
        if (h.lex == Lex::harsh) person = person || harsh_on_person(c, h);
        if (h.lex == Lex::ladder_verb) ladder = ladder || toward_authority(c, h);
    }
    if (person) a.red_flags.push_back(RedFlag::person_directed);
    if (ladder) a.red_flags.push_back(RedFlag::skips_ladder);
    // A broadcast is a red flag when what is broadcast is a disagreement, not news or thanks.
    bool const contested = a.kind == MessageKind::pushback || person || c.has(Lex::objection) ||
                           c.has(Lex::person_attack) || c.has(Lex::sarcasm) || c.has(Lex::harsh) || c.has(Lex::contest);
    if (broadcast_token(c.orig) && contested) a.red_flags.push_back(RedFlag::broadcast);
    // An eye-roll (":roll_eyes:", U+1F644) says the words mean their opposite.
    bool const eye_roll = c.orig.find(":roll_eyes:") != std::string_view::npos ||
                          c.orig.find("\xF0\x9F\x99\x84") != std::string_view::npos;
    if (c.has(Lex::sarcasm) || eye_roll) a.red_flags.push_back(RedFlag::sarcasm);
}

}  // namespace pushback::detector::detail
