// The seeds' trust-destroying PM asks (seed 002), recognised by construction rather than by the
// seeds' wording (issue 12): a when/ETA/sooner question about delivery, a challenge to an estimate
// or to elapsed time, a comparison with elsewhere, a push to the simplest version, an add-on to work
// in progress. The phrase lists under lexicon/pattern_*.txt still count; the constructions add to
// them. Words in quotes are someone else's and never make a pattern.
#include <array>
#include <optional>

#include "detector/detail/context.hpp"

namespace pushback::detector::detail {
namespace {

// Sentences of a pattern become spans of this category when no vague phrase covers them.
constexpr std::array<VagueCategory, 5> pattern_category{VagueCategory::unexplained_pressure,
                                                        VagueCategory::unexplained_pressure, VagueCategory::weasel,
                                                        VagueCategory::vague_scope, VagueCategory::vague_scope};

bool starts_with_word(std::string_view s, std::string_view w) {
    return s.starts_with(w) && (s.size() == w.size() || !is_word_byte(static_cast<unsigned char>(s[w.size()])));
}

// A question even without its question mark ("When the next update time", "any eta").
bool asks(std::string_view sentence, Sentence const& x) {
    if (x.question()) return true;
    for (std::string_view w : {"when", "why", "how", "is", "are", "do", "does", "can", "could", "will", "would", "has",
                               "have", "any", "what"})
        if (starts_with_word(sentence, w)) return true;
    return false;
}

// A demand: an exclamation, "please", or an opening delivery verb ("RELEASE IT NOW").
bool demands(std::string_view sentence, Sentence const& x) {
    if (x.end == '!') return true;
    if (sentence.find("please") != std::string_view::npos || sentence.find(" pls") != std::string_view::npos)
        return true;
    for (std::string_view w : {"release", "ship", "merge", "fix", "push", "deploy", "publish", "update"})
        if (starts_with_word(sentence, w)) return true;
    return false;
}

}  // namespace

std::uint32_t find_patterns(Context const& c, std::vector<VSpan>& spans) {
    std::uint32_t mask = 0;
    auto const flag = [&](Pattern p, Hit const& h) {
        auto const i = static_cast<std::size_t>(p);
        mask |= 1u << i;
        spans.push_back({h.begin, h.end, pattern_category[i], false});
    };
    for (auto const& h : c.hits) {
        if (c.in_quote(h.begin, h.end)) continue;
        if (in(h.lex, Lex::pattern_faster_please, Lex::pattern_one_more_thing)) {
            flag(static_cast<Pattern>(static_cast<int>(h.lex) - static_cast<int>(Lex::pattern_faster_please)), h);
            continue;
        }
        if (h.lex != Lex::ask_eta && h.lex != Lex::challenge && h.lex != Lex::trivial && h.lex != Lex::elsewhere &&
            h.lex != Lex::elsewhere_verb && h.lex != Lex::vague_time && h.lex != Lex::simple_push &&
            h.lex != Lex::add_on && h.lex != Lex::add_on_verb)
            continue;
        auto const* x = c.sentence_at(h.begin);
        if (x == nullptr) continue;
        auto const sentence = c.s.substr(x->b, x->e - x->b);
        auto const phrase = c.s.substr(h.begin, h.end - h.begin);
        bool const question = asks(sentence, *x);
        switch (h.lex) {
            case Lex::ask_eta: {
                // "when ..." and "has this been ..." ask about delivery only with a delivery word.
                if (phrase.starts_with("when") || phrase.starts_with("has ")) {
                    if (!question || c.first(Lex::delivery, x->b, x->e) == nullptr) break;
                } else if (!question && !demands(sentence, *x)) {
                    break;
                }
                // "Can you give me a date for the decision?": the writer asks for a decision date, which
                // is the clear ask seed 003 wants, not pressure on delivery.
                if (c.s.substr(h.begin, x->e - h.begin).find("decid") != std::string_view::npos ||
                    c.s.substr(h.begin, x->e - h.begin).find("decision") != std::string_view::npos)
                    break;
                flag(Pattern::faster_please, h);
                break;
            }
            case Lex::challenge: {
                // "still not ..." is a bug report's fact unless asked or exclaimed.
                if (phrase.starts_with("still") && !question && x->end != '!' &&
                    sentence.find("why") == std::string_view::npos)
                    break;
                flag(Pattern::why_so_long, h);
                break;
            }
            case Lex::trivial: {
                auto const before = c.s.substr(h.begin > 30 ? h.begin - 30 : 0, h.begin > 30 ? 30 : h.begin);
                bool const tag = sentence.find("isn't it") != std::string_view::npos ||
                                 sentence.find("is it not") != std::string_view::npos ||
                                 sentence.find("aren't they") != std::string_view::npos ||
                                 before.find("why") != std::string_view::npos ||
                                 sentence.find("why") != std::string_view::npos;
                bool const demand = c.first(Lex::simple_push) != nullptr || c.first(Lex::challenge) != nullptr;
                if (tag || demand) flag(Pattern::why_so_long, h);
                break;
            }
            case Lex::elsewhere:
                flag(Pattern::last_company, h);
                break;
            case Lex::elsewhere_verb: {
                // Another product named in the sentence: "Google has it", "possible in Finder on macOS".
                bool named = false;
                for (auto const& [nb, ne] : c.names)
                    named = named || (nb >= x->b && ne <= x->e && (ne <= h.begin || nb >= h.end));
                // A one-word subject written with a capital ("Google has it") names a product too.
                auto const subject = c.s.substr(x->b, h.begin - x->b);
                if (!named && h.begin > x->b + 1 && subject.find(' ') == subject.size() - 1 &&
                    c.orig_byte(x->b) >= 'A' && c.orig_byte(x->b) <= 'Z' && !subject.starts_with("it ") &&
                    !subject.starts_with("this ") && !subject.starts_with("that ") && !subject.starts_with("he ") &&
                    !subject.starts_with("she "))
                    named = true;
                bool const future = sentence.find("will") != std::string_view::npos;
                if (named && !x->question() && !future) flag(Pattern::last_company, h);
                break;
            }
            case Lex::vague_time: {
                // "Hope they merge these soon", "any chance this lands in the near future?"
                bool const wish =
                    sentence.find("hope") != std::string_view::npos || sentence.find("wait") != std::string_view::npos;
                if ((question || wish || demands(sentence, *x)) && c.first(Lex::delivery, x->b, x->e) != nullptr)
                    flag(Pattern::faster_please, h);
                break;
            }
            case Lex::simple_push:
                flag(Pattern::simple_version, h);
                break;
            case Lex::add_on:
                flag(Pattern::one_more_thing, h);
                break;
            case Lex::add_on_verb: {
                // "Can we squeeze the CSV export into this sprint too?": more work, asked for, on top.
                auto const word = [&](std::string_view w) {
                    for (auto at = sentence.find(w); at != std::string_view::npos; at = sentence.find(w, at + 1)) {
                        bool const start = at == 0 || !is_word_byte(static_cast<unsigned char>(sentence[at - 1]));
                        auto const end = at + w.size();
                        if (start &&
                            (end == sentence.size() || !is_word_byte(static_cast<unsigned char>(sentence[end]))))
                            return true;
                    }
                    return false;
                };
                if ((question || demands(sentence, *x)) && (word("too") || word("as well") || word("also")))
                    flag(Pattern::one_more_thing, h);
                break;
            }
            default:
                break;
        }
    }
    // Sentence-level constructions the phrase lists miss.
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const sentence = c.s.substr(x.b, x.e - x.b);
        // The span names the word that made the construction (never an empty span).
        auto const at = [&](std::uint32_t b) {
            auto e = b;
            while (e < sentence.size() && is_word_byte(static_cast<unsigned char>(sentence[e]))) ++e;
            return Hit{x.b + b, x.b + e, Lex::ask_eta};
        };
        // A whole word, not part of a hyphenated compound ("date" is not in "date-range filter").
        auto const word = [&](std::string_view w) -> std::optional<std::uint32_t> {
            auto const apart = [](char ch) { return ch != '-' && !is_word_byte(static_cast<unsigned char>(ch)); };
            for (auto p = sentence.find(w); p != std::string_view::npos; p = sentence.find(w, p + 1)) {
                auto const end = p + w.size();
                if ((p == 0 || apart(sentence[p - 1])) && (end == sentence.size() || apart(sentence[end])))
                    return static_cast<std::uint32_t>(p);
            }
            return std::nullopt;
        };
        bool const delivery = c.first(Lex::delivery, x.b, x.e) != nullptr;
        // A question about when, or about a date, for a delivery: "when its gona fully release?",
        // "Any tentative date to release the code?".
        if (!(mask & 1u) && delivery && (asks(sentence, x) || x.end == '?')) {
            auto lead = sentence;
            for (std::string_view opener : {"so ", "hi ", "and ", "but ", "ok ", "hey "})
                if (lead.starts_with(opener)) lead.remove_prefix(opener.size());
            auto const lead_at = static_cast<std::uint32_t>(sentence.size() - lead.size());
            if (lead.starts_with("when ") || lead.starts_with("when's") || lead.starts_with("whens "))
                flag(Pattern::faster_please, at(lead_at));
            else if (auto const date = word("date"))
                flag(Pattern::faster_please, at(*date));
        }
        // Elapsed time held up as a grievance: "it's been like 6 years and still waiting", "it has been
        // 7 years since I commented".
        if (!(mask & 2u)) {
            if (auto const been = word("been")) {
                auto const after = sentence.substr(*been, 24);
                bool const span =
                    after.find("year") != std::string_view::npos || after.find("month") != std::string_view::npos ||
                    after.find("week") != std::string_view::npos || after.find("days") != std::string_view::npos;
                if (span && (word("still") || word("waiting") || word("since"))) flag(Pattern::why_so_long, at(*been));
            }
        }
    }
    return mask;
}

}  // namespace pushback::detector::detail
