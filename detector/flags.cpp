// Red flags and illegitimate reasons: what burns the relationship whatever the wording of the rest
// (issue 12). Each comes from the writer's own words (never from quoted ones), by construction rather
// than by phrase where a construction generalises: who is the subject of a judgment, a move toward
// someone's superior, everyone addressed with a disagreement, praise read against what went wrong;
// taste about a thing of taste with no reason given, ownership with a gate, effort with its loss,
// learning with reluctance. Every finding leaves Evidence: the words that carry it.
#include <algorithm>
#include <initializer_list>

#include "detector/detail/context.hpp"

namespace pushback::detector::detail {
namespace {

// Where the message addresses everyone (<!here>, @channel, @everyone, a whole team), or npos.
std::size_t broadcast_token(std::string_view t) {
    if (t.find_first_of("@<") == std::string_view::npos) return std::string_view::npos;
    for (std::string_view w : {"<!here", "<!channel", "<!everyone", "<!subteam", "@here", "@channel", "@everyone",
                               "@all ", "@team ", "@devs ", "@engineering "})
        if (auto const at = t.find(w); at != std::string_view::npos) return at;
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

bool one_of(std::string_view w, std::initializer_list<std::string_view> list) {
    return std::find(list.begin(), list.end(), w) != list.end();
}

// People the writer judges: the addressee, a third person, the people behind the project.
bool person_word(std::string_view w) {
    return one_of(
        w, {"you",        "you're",     "youre",       "u",        "he",      "he's",     "she",       "she's",
            "they",       "they're",    "him",         "her",      "them",    "dev",      "devs",      "developer",
            "developers", "maintainer", "maintainers", "pm",       "pms",     "author",   "owner",     "guy",
            "guys",       "staff",      "someone",     "somebody", "whoever", "designer", "designers", "people",
            "manager",    "managers",   "boss",        "director", "lead"});
}

// A word that makes a person the subject ("he", "you", "the maintainer", a mention, a name).
bool person_subject(Context const& c, std::string_view w, std::uint32_t at) {
    if (w.size() == 1 && w[0] == ph_person) return true;
    if (person_word(w)) return true;
    // A name: a capitalised word that is not a function word ("Priya has no idea", "Sam's spec").
    if (c.shouting || !(c.orig_byte(at) >= 'A' && c.orig_byte(at) <= 'Z')) return false;
    auto const base = w.ends_with("'s") ? w.substr(0, w.size() - 2) : w;
    // At a sentence's start a capital says nothing; a plural there ("Users don't care") is no name.
    auto const* x = c.sentence_at(at);
    if (x != nullptr && x->b == at && base.ends_with('s') && !w.ends_with("'s")) return false;
    return !one_of(base,
                   {"i",      "it",    "this",  "that", "there", "these", "those",   "what",     "which",     "we",
                    "my",     "our",   "the",   "a",    "an",    "if",    "but",     "and",      "so",        "then",
                    "now",    "here",  "also",  "just", "not",   "no",    "please",  "sorry",    "thanks",    "thank",
                    "agreed", "yes",   "ok",    "okay", "hey",   "hi",    "hello",   "well",     "oh",        "why",
                    "how",    "when",  "where", "who",  "for",   "to",    "in",      "on",       "at",        "as",
                    "with",   "from",  "by",    "of",   "all",   "some",  "any",     "every",    "each",      "do",
                    "does",   "did",   "is",    "are",  "was",   "were",  "can",     "could",    "would",     "should",
                    "will",   "may",   "might", "must", "let",   "maybe", "perhaps", "honestly", "seriously", "really",
                    "again",  "still", "even",  "only", "your",  "great", "nice",    "wow",      "yeah"});
}

// "he won't listen", "Priya has no idea how…": what is said of a person, with a person as subject;
// "the lazy dev", "its borderline mental lead developer": a trait said right before a person.
bool trait_of_person(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    if (x == nullptr) return false;
    bool found = false;
    words_before(c.s, x->b, h.begin, 3, [&](std::string_view w, std::uint32_t at) {
        found = person_subject(c, w, at);
        return found || one_of(w, {"i", "we", "it", "this", "that"});
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
        return found;
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
        for (auto at = t.find(w); at != std::string_view::npos; at = t.find(w, at + 1)) {
            auto const end = at + w.size();  // "with your manager" is not "with you"
            if (end == t.size() || !is_word_byte(static_cast<unsigned char>(t[end]))) return true;
        }
    return false;
}

// "Not my preference, but I'm fully behind it", "only one style and not based on personal preference",
// "the overhaul wasn't done for aesthetics": a motive denied is no motive.
// Taste and novelty look three words back; ownership, gates and effort one ("not touch our repo" is the
// gate itself).
bool denied(Context const& c, Hit const& h) {
    auto const* x = c.sentence_at(h.begin);
    bool no = false;
    bool const taste = h.lex == Lex::visual || h.lex == Lex::preference || h.lex == Lex::taste ||
                       h.lex == Lex::illegit_aesthetic || h.lex == Lex::novelty;
    if (x != nullptr)
        words_before(c.s, x->b, h.begin, taste ? 3 : 1, [&](std::string_view w, std::uint32_t) {
            no = one_of(w, {"not", "no", "never", "without", "wasn't", "isn't", "aren't", "weren't"});
            return no;
        });
    return no;
}

// A move the writer makes, not one described ("when escalating to cc a manager of a manager" is what
// a tool does) nor one made with the person concerned.
bool writers_move(Context const& c, Hit const& verb, bool alone = true) {
    auto const* x = c.sentence_at(verb.begin);
    if (x == nullptr || (alone && with_the_person(c, *x))) return false;
    bool described = false;
    words_before(c.s, x->b, verb.begin, 1, [&](std::string_view w, std::uint32_t) {
        described = one_of(w, {"when", "while", "before", "after", "by", "of", "how", "for"});
        return true;
    });
    return !described;
}

// "I'll escalate this to your manager", "I've emailed the CTO": a move toward someone's superior.
Hit const* toward_authority(Context const& c, Hit const& verb) {
    if (!writers_move(c, verb)) return nullptr;
    for (auto const& h : c.hits) {
        if (h.lex != Lex::authority || h.begin < verb.end || c.in_quote(h.begin, h.end)) continue;
        if (inside_address(c, h)) continue;
        int words = 0;
        for (auto i = verb.end; i < h.begin; ++i) {
            auto const ch = c.s[i];
            if (ch == '.' || ch == '?' || ch == '!' || ch == '\n') words = 99;
            words += ch == ' ';
        }
        if (words <= 4) return &h;
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
    // "Another fire drill. Love it.": praise that is the whole sentence, after something going wrong.
    if (auto const i = x - c.sentences.data(); i > 0 && x->e - x->b <= 16 && praise.begin == x->b) {
        auto const& prev = c.sentences[static_cast<std::size_t>(i - 1)];
        for (auto const& h : c.hits)
            if (h.lex == Lex::negative && h.begin >= prev.b && h.end <= prev.e && !c.in_quote(h.begin, h.end))
                return &h;
    }
    bool opening = true;
    words_before(c.s, x->b, praise.begin, 2, [&](std::string_view w, std::uint32_t) {
        opening = opening && one_of(w, {"oh", "wow", "well", "so", "just", "really", "truly", "yay"});
        return !opening;
    });
    for (auto const& h : c.hits) {
        if (h.lex != Lex::negative || h.begin < praise.end || h.end > x->e || c.in_quote(h.begin, h.end)) continue;
        int words = 0;
        for (auto i = praise.end; i < h.begin; ++i) words += c.s[i] == ' ';
        if (opening || words <= 2) return &h;
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

// A reason given or taste conceded near `h` ("I prefer spaces, but I'm not precious"), not a dressing.
bool reasoned(Context const& c, Hit const& h) {
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

// Losing something as the writer's regret or objection ("a shame", "a waste", "I'd hate to see it go",
// "swapping it for the vendor API feels premature"), not as the writer's own plan ("it's time to retire
// it", "I agree we should replace it"): a bare act of removal endorsed right before it is no loss.
bool regretted(Context const& c, Hit const& loss) {
    auto const t = c.s.substr(loss.begin, loss.end - loss.begin);
    auto const stems = {"replac", "retir",    "throw", "scrap", "sunset", "rip",
                        "kill",   "deprecat", "swap",  "start", "bin"};
    bool const act = !t.contains("shame") && !t.contains("waste") && !t.contains("all that") &&
                     std::ranges::any_of(stems, [&](std::string_view stem) { return t.starts_with(stem); });
    if (!act) return true;
    auto const* x = c.sentence_at(loss.begin);
    if (x == nullptr) return false;
    bool endorsed = false;
    words_before(c.s, x->b, loss.begin, 4, [&](std::string_view w, std::uint32_t) {
        if (one_of(w, {"not", "don't", "dont", "never", "why", "shame", "hate", "rather", "sad", "waste"})) return true;
        endorsed = one_of(w, {"time", "agree", "should", "let's", "lets", "plan", "planning", "happy", "fine"});
        return endorsed;
    });
    return !endorsed;
}

// "I actually prefer", "I now prefer", "I really liked", "I strongly dislike": the writer's own liking,
// with at most two words between "I" and the verb ("I would like us to" asks, it does not like). The
// range of the verb, or {0, 0}.
std::pair<std::uint32_t, std::uint32_t> own_liking(Context const& c, Sentence const& x) {
    std::pair<std::uint32_t, std::uint32_t> found{0, 0};
    int since_i = -1;
    bool conceded = false;  // "As much as I love hand-writing CSS, ..."
    std::string_view prev;
    words_after(c.s, x.b, x.e, 80, [&](std::string_view w, std::uint32_t at) {
        if (w == "i") {
            since_i = 0;
            conceded = one_of(prev, {"as", "although", "though", "while", "whilst"});
            prev = w;
            return false;
        }
        prev = w;
        if (since_i < 0) return false;
        if (one_of(w, {"prefer", "preferred", "like", "liked", "love", "loved", "dislike", "disliked", "hate", "hated",
                       "enjoy", "enjoyed"})) {
            // "I like to notify all maintainers" likes a habit, not a look.
            auto const next = at + w.size() + 1;
            bool const habit = next + 3 <= x.e && c.s.substr(next, 3) == "to ";
            if (!conceded && !habit) found = {at, at + static_cast<std::uint32_t>(w.size())};
            return true;
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

}  // namespace

void find_motives(Context const& c, Analysis& a, bool evidenced) {
    Flagger f{c, a};
    for (auto const& h : c.hits) {
        if (c.in_quote(h.begin, h.end) || denied(c, h)) continue;
        switch (h.lex) {
            case Lex::illegit_aesthetic:
                if (!reasoned(c, h)) f.reason(Reason::aesthetic, h.begin, h.end);
                break;
            case Lex::illegit_my_way:
                // "Rust is superior to C in every way": superiority claimed for a technology is its novelty
                // (new-framework, below), not the writer's own way.
                if (std::ranges::any_of(c.hits, [&](Hit const& o) {
                        return o.lex == Lex::novelty && overlaps(o.begin, o.end, h.begin, h.end);
                    }))
                    break;
                f.reason(Reason::my_way, h.begin, h.end);
                break;
            case Lex::illegit_new_framework:
            case Lex::illegit_territorial:
            case Lex::illegit_attachment:
                f.reason(static_cast<Reason>(static_cast<int>(h.lex) - static_cast<int>(Lex::reason_estimate)), h.begin,
                         h.end);
                break;
            case Lex::visual:
            case Lex::preference: {
                // "The new icon is quite ugly", "Tabs are cleaner", "in my opinion tabs are easier readable",
                // "I just prefer the old colour scheme": taste about a thing of taste, no reason given (a
                // reason that is taste again, or tacked on with "also", does not count).
                Hit const* o = near(c, h, Lex::taste);
                if (o == nullptr) o = near(c, h, h.lex == Lex::visual ? Lex::preference : Lex::visual);
                // A preference is the writer's ("he takes the changes personally" is not).
                bool const own = (h.lex != Lex::preference || !someone_elses(c, h)) &&
                                 (o == nullptr || o->lex != Lex::preference || !someone_elses(c, *o));
                if (o != nullptr && own && !praise_only(c) && !denied(c, *o) && !reasoned(c, h))
                    f.reason(Reason::aesthetic, std::min(h.begin, o->begin), std::max(h.end, o->end));
                break;
            }
            case Lex::ownership:
                // "nobody outside my squad should be merging into my repo", "the gateway is ours. Nobody
                // outside platform should be making changes there": ownership with a gate.
                if (auto const* o = near(c, h, Lex::gate, 1))
                    f.reason(Reason::territorial, std::min(h.begin, o->begin), std::max(h.end, o->end));
                break;
            case Lex::gate:
                // "route every change to the billing module through me": the gate is the writer.
                if (gate_on_changes(c, h)) f.reason(Reason::territorial, h.begin, h.end);
                break;
            case Lex::effort: {
                // "I spent a year on that parser, it would be a shame to throw it away": effort and its loss,
                // regretted ("I wrote the importer and it's time to retire it" is the writer's own plan).
                if (!first_person(c, h)) break;
                auto const at = sentence_index(c, h.begin);
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
                    o != nullptr && (first_person(c, h) || first_person(c, *o)))
                    f.reason(Reason::new_framework, std::min(h.begin, o->begin), std::max(h.end, o->end));
                break;
            case Lex::novelty:
                // "Let's move the admin panel to SvelteKit, Angular feels so 2016", "rewrite it in Rust,
                // everyone's doing it": a technology adopted for novelty or fashion, with no particular of a
                // problem it solves ("the Python worker hit the OOM killer 14 times", "it has finally broken").
                if (auto const* o = proposal_near(c, h, 2); o != nullptr && !evidenced && !c.has(Lex::observable))
                    f.reason(Reason::new_framework, std::min(h.begin, o->begin), std::max(h.end, o->end));
                break;
            default:
                break;
        }
    }
    // "I now prefer braces on the next line", "I actually prefer the extra var because it's easier to scan":
    // the writer's own liking of a thing of taste in the sentence.
    if (praise_only(c)) return;
    for (std::size_t i = 0; i < c.sentences.size(); ++i) {
        auto const [b, e] = own_liking(c, c.sentences[i]);
        if (b == e || c.in_quote(b, e)) continue;
        Hit const verb{b, e, Lex::preference};
        if (denied(c, verb) || reasoned(c, verb)) continue;
        Hit const* o = near(c, verb, Lex::taste);
        if (o == nullptr) o = near(c, verb, Lex::visual);
        if (o != nullptr) f.reason(Reason::aesthetic, std::min(b, o->begin), std::max(e, o->end));
    }
}

void find_red_flags(Context const& c, Analysis& a) {
    Flagger f{c, a};
    for (auto const& h : c.hits) {
        if (c.in_quote(h.begin, h.end)) continue;
        switch (h.lex) {
            case Lex::person_attack:
            case Lex::insult:
                f.flag(RedFlag::person_directed, h.begin, h.end);
                break;
            case Lex::person_trait:
                if (trait_of_person(c, h)) f.flag(RedFlag::person_directed, h.begin, h.end);
                break;
            case Lex::harsh:
                if (harsh_on_person(c, h)) f.flag(RedFlag::person_directed, h.begin, h.end);
                break;
            case Lex::ladder:
                // The phrase is the move ("so he can sort it out with you"): no second read to look for.
                if (writers_move(c, h, false)) f.flag(RedFlag::skips_ladder, h.begin, h.end);
                break;
            case Lex::ladder_verb:
                if (auto const* to = toward_authority(c, h)) f.flag(RedFlag::skips_ladder, h.begin, to->end);
                break;
            case Lex::sarcasm:
                f.flag(RedFlag::sarcasm, h.begin, h.end);
                break;
            case Lex::praise:
                if (auto const* bad = mock_praise(c, h)) f.flag(RedFlag::sarcasm, h.begin, bad->end);
                break;
            default:
                break;
        }
    }
    // An eye-roll or a clown (":roll_eyes:", U+1F644, U+1F921) says the words mean their opposite.
    for (std::string_view e : {":roll_eyes:", ":clown_face:", "\xF0\x9F\x99\x84", "\xF0\x9F\xA4\xA1"})
        if (auto const at = c.orig.find(e); at != std::string_view::npos) {
            push_unique(a.red_flags, RedFlag::sarcasm);
            a.evidence.push_back({Range{static_cast<std::uint32_t>(at), static_cast<std::uint32_t>(at + e.size())},
                                  RedFlag::sarcasm, std::nullopt});
        }
    for (auto const& x : c.sentences)
        if (smile_on_harm(c, x)) f.flag(RedFlag::sarcasm, x.b, x.e);

    // The flags in their fixed order (the coaching leads with the first), the evidence in the text's.
    std::sort(a.red_flags.begin(), a.red_flags.end());
    // A broadcast is a red flag when what is broadcast is a disagreement, not news or thanks.
    auto const has = [&](RedFlag r) {
        return std::find(a.red_flags.begin(), a.red_flags.end(), r) != a.red_flags.end();
    };
    bool const contested = a.kind == MessageKind::pushback || has(RedFlag::person_directed) || has(RedFlag::sarcasm) ||
                           c.has(Lex::objection) || c.has(Lex::harsh) || c.has(Lex::contest);
    if (!contested) return;
    if (auto const at = broadcast_token(c.orig); at != std::string_view::npos) {
        auto const end = std::min(c.orig.find_first_of(" >\n", at + 1), c.orig.size());
        a.red_flags.push_back(RedFlag::broadcast);
        a.evidence.push_back({Range{static_cast<std::uint32_t>(at),
                                    static_cast<std::uint32_t>(end + (end < c.orig.size() && c.orig[end] == '>'))},
                              RedFlag::broadcast, std::nullopt});
        return;
    }
    // Written to everyone ("Hi everyone", "spread the word"): only a disagreement about someone, or
    // sarcasm, makes it a broadcast; "Hey all! … I agree with @x" is a discussion.
    bool taking_sides =
        has(RedFlag::person_directed) || has(RedFlag::sarcasm) || has(RedFlag::skips_ladder) || c.has(Lex::harsh);
    for (auto const& h : c.hits)
        if (h.lex == Lex::contest && !c.in_quote(h.begin, h.end)) {
            auto const w = c.s.substr(h.begin, h.end - h.begin);
            taking_sides = taking_sides || (w != "agree" && w != "disagree");
        }
    if (auto const* h = c.first(Lex::audience); h != nullptr && taking_sides)
        f.flag(RedFlag::broadcast, h->begin, h->end);
}

}  // namespace pushback::detector::detail
