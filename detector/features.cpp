// The features the learned models read (detector/detail/model.hpp): the rules' findings by name and
// the writer's own words. Quoted words are someone else's and are left out, as everywhere else.
#include <algorithm>
#include <array>
#include <span>

#include "detector/detail/context.hpp"
#include "detector/detail/model.hpp"

namespace pushback::detector::detail {

// A word of normalised text as a feature token: placeholders get a name, anything with a digit is
// "<num>" (numbers are particulars the rules already weigh; their values say nothing about kind).
std::string_view token_name(std::string_view w) {
    if (w.size() == 1 && static_cast<unsigned char>(w[0]) < 9) {
        switch (w[0]) {
            case ph_person:
                return "<mention>";
            case ph_channel:
                return "<channel>";
            case ph_link:
                return "<link>";
            case ph_other:
                return "<broadcast>";
            default:
                return "<code>";
        }
    }
    if (std::any_of(w.begin(), w.end(), [](char ch) { return ch >= '0' && ch <= '9'; })) return "<num>";
    return w;
}

namespace {

std::string_view length_bucket(std::size_t words) {
    if (words <= 3) return "1-3";
    if (words <= 8) return "4-8";
    if (words <= 20) return "9-20";
    if (words <= 50) return "21-50";
    return "51+";
}

// Calls f(token, first_of_sentence) for every word of the writer's own sentences, in order; a token
// keeps inner apostrophes ("don't", "i'll"). Returns the number of words.
template <class F>
std::size_t each_word(Context const& c, F&& f) {
    std::size_t words = 0;
    auto const s = c.s;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        bool first = true;
        std::uint32_t i = x.b;
        while (i < x.e) {
            while (i < x.e && !is_word_byte(static_cast<unsigned char>(s[i]))) ++i;
            auto const b = i;
            while (i < x.e && (is_word_byte(static_cast<unsigned char>(s[i])) ||
                               (s[i] == '\'' && i + 1 < x.e && is_word_byte(static_cast<unsigned char>(s[i + 1])))))
                ++i;
            if (i == b) continue;
            if (i - b > 24) continue;  // hashes, long identifiers
            f(token_name(s.substr(b, i - b)), first);
            first = false;
            ++words;
        }
    }
    return words;
}

}  // namespace

void kind_features(Context const& c, Analysis const& a, std::array<double, 8> const& rule_scores, int reported,
                   FeatureSet& out) {
    out.add("bias");
    // The message's shape, which carries over to wording it has not seen: a report of the writer's own
    // action, how many sentences, exclamations, whether it opens by addressing someone.
    if (reported > 0) out.add("shape:report");
    std::size_t own = 0;
    bool exclaim = false;
    for (auto const& x : c.sentences)
        if (!c.mostly_quoted(x.b, x.e)) {
            ++own;
            exclaim |= x.end == '!';
        }
    out.add("shape:sentences", own <= 1 ? "1" : own <= 3 ? "2-3" : "4+");
    if (exclaim) out.add("shape:exclaim");
    auto const lead_ch = c.s.find_first_not_of(' ');
    if (lead_ch != std::string_view::npos && c.s[lead_ch] == ph_person) out.add("shape:addressed");
    out.add("rule:", id(a.kind));
    // Its place in the thread: after a message that asks (an answer is likely), or after one that does not.
    if (c.thread != 0) out.add(c.thread == 2 ? "thread:after-ask" : "thread:after-other");
    for (std::size_t k = 0; k < rule_scores.size(); ++k)
        out.add_value("rulescore:", id(static_cast<MessageKind>(k)),
                      static_cast<float>(std::clamp(rule_scores[k], -2.0, 4.0) / 2.0));
    std::array<std::uint8_t, lex_count> seen{};
    for (auto const& h : c.hits) {
        if (c.in_quote(h.begin, h.end)) continue;
        auto& n = seen[static_cast<std::size_t>(h.lex)];
        if (n < 2) out.add("lex:", lex_file(h.lex), n == 0 ? "" : "#2");
        if (h.begin < 30 && n == 0) out.add("lex0:", lex_file(h.lex));
        ++n;
    }
    for (auto p : a.patterns) out.add("pattern:", id(p));
    if (!a.illegitimate.empty()) out.add("illegitimate");
    if (!a.legitimate.empty()) out.add("legitimate");
    int questions = 0;
    bool first_q = false, last_q = false;
    for (std::size_t i = 0; i < c.sentences.size(); ++i) {
        auto const& x = c.sentences[i];
        if (c.mostly_quoted(x.b, x.e) || !x.question()) continue;
        ++questions;
        first_q |= i == 0;
        last_q |= i + 1 == c.sentences.size();
    }
    if (questions > 0) out.add("question");
    if (questions > 1) out.add("questions");
    if (first_q) out.add("question:first");
    if (last_q) out.add("question:last");
    if (!c.quoted.empty()) out.add("quoted");
    auto const lead = c.orig.find_first_not_of(" \t\n");
    if (lead != std::string_view::npos &&
        (c.orig.substr(lead).starts_with(">") || c.orig.substr(lead).starts_with("&gt;")))
        out.add("quote:lead");
    std::array<bool, 9> kinds{};
    for (auto const& sp : a.specifics) kinds[static_cast<std::size_t>(sp.kind)] = true;
    for (std::size_t k = 0; k < kinds.size(); ++k)
        if (kinds[k]) out.add("specific:", id(static_cast<SpecificKind>(k)));
    // The writer's words by what they do, not what they are about: kind words as themselves, every
    // other word by its shape (kind_token); word pairs and first words in each sentence's opening,
    // where a sentence says what it is; and each sentence's act (sentence_act).
    constexpr std::size_t head = 8;
    std::array<std::string_view, 48> raw{};
    std::array<std::string_view, head> opening{};
    std::size_t words = 0, sentence_no = 0;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        auto const k = sentence_words(c.s, x, raw);
        for (std::size_t j = 0; j < std::min(k, raw.size()); ++j) {
            auto const t = raw[j] == "+1" || raw[j] == "-1" ? raw[j] : kind_token(token_name(raw[j]));
            if (t != "<w>") out.add("w:", t);
            if (j >= head) continue;
            if (j == 0) out.add("sf:", t);
            if (j > 0) out.add("b:", opening[j - 1], " ", t);
            if (words + j < 2) out.add(words + j == 0 ? "f1:" : "f2:", t);
            opening[j] = t;
        }
        words += k;
        if (k == 0) continue;
        auto const act = sentence_act(std::span<std::string_view const>(raw.data(), std::min(k, head)), x.question());
        std::string_view const neg = act.negated ? "-neg" : "";
        out.add("act:", act.mood, ":", act.subject);
        out.add("act:", act.subject, ":", act.verb);
        out.add("act:", act.verb, neg);
        if (sentence_no == 0) {
            out.add("act0:", act.mood, ":", act.subject);
            out.add("act0:", act.subject, ":", act.verb);
            out.add("act0:", act.mood, act.verb, neg);
        }
        if (sentence_no + 1 == own) out.add("actL:", act.mood, ":", act.subject);
        ++sentence_no;
    }
    // A list: two lines or more that open with a bullet or a number (notes, follow-ups, reports).
    int items = 0;
    for (std::size_t p = 0; p < c.orig.size();) {
        auto const b = c.orig.find_first_not_of(" \t", p);
        if (b == std::string_view::npos) break;
        auto const ch = c.orig[b];
        items += ch == '-' || ch == '*' ||
                 (ch >= '0' && ch <= '9' && b + 1 < c.orig.size() && (c.orig[b + 1] == '.' || c.orig[b + 1] == ')'));
        auto const eol = c.orig.find('\n', b);
        if (eol == std::string_view::npos) break;
        p = eol + 1;
    }
    if (items >= 2) out.add("shape:list");
    out.add("len:", length_bucket(words));
}

void vague_features(Context const& c, Analysis const& a, double spec, double vag, double bar, FeatureSet& out) {
    out.add("bias");
    out.add_value("margin", "", static_cast<float>(std::clamp(spec - bar, -3.0, 3.0)));
    out.add_value("evidence", "", static_cast<float>(spec / 2.0));
    out.add_value("vagueness", "", static_cast<float>(vag / 2.0));
    std::array<std::uint8_t, 9> kinds{};
    for (auto const& sp : a.specifics) ++kinds[static_cast<std::size_t>(sp.kind)];
    for (std::size_t k = 0; k < kinds.size(); ++k)
        if (kinds[k] != 0)
            out.add_value("specific:", id(static_cast<SpecificKind>(k)), std::min<float>(kinds[k], 3.0F));
    std::array<std::uint8_t, 8> cats{};
    for (auto const& sp : a.spans) ++cats[static_cast<std::size_t>(sp.category)];
    for (std::size_t k = 0; k < cats.size(); ++k)
        if (cats[k] != 0) out.add_value("span:", id(static_cast<VagueCategory>(k)), std::min<float>(cats[k], 3.0F));
    // Constructions (grammar.cpp): how the message is checkable, whatever its words.
    static constexpr std::array<std::string_view, construction_count> construction{
        "event-clause", "probe", "constraint", "contrast", "vague-failure", "elapsed"};
    for (std::size_t k = 0; k < construction_count; ++k)
        if (c.grammar[k] != 0) out.add_value("g:", construction[k], std::min<float>(c.grammar[k], 3.0F));
    if (!a.patterns.empty()) out.add("pattern");
    if (!a.illegitimate.empty()) out.add("illegitimate");
    out.add("kind:", id(a.kind));
    auto const words = each_word(c, [&](std::string_view w, bool) { out.add("vw:", w); });
    out.add("len:", length_bucket(words));
}

}  // namespace pushback::detector::detail
