// The coaching triage's learned combiner: features from the detector's Analysis and the writer's words,
// and the two embedded linear models (templates/detail/triage_model.hpp).

#include "templates/detail/triage_model.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <iterator>
#include <optional>
#include <span>
#include <utility>
#include <vector>

namespace pushback::embedded {
std::span<std::pair<std::string_view, std::string_view> const> triage_model();
}  // namespace pushback::embedded

namespace pushback::templates::detail {

namespace {

std::string_view embedded_file(std::string_view name) {
    for (auto const& [file, content] : embedded::triage_model())
        if (file == name) return content;
    return {};
}

constexpr bool lower(char ch) { return ch >= 'a' && ch <= 'z'; }

// The writer's words, lower-cased, someone else's quoted words left out: a run of letters and
// apostrophes, or a Slack token ("@here", "<!channel", ":pray").
template <class F>
void own_words(detector::Analysis const& a, std::string_view text, F&& f) {
    std::string low(text);
    for (auto& ch : low) ch = static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
    for (auto const& q : a.quoted)
        for (auto i = q.start; i < q.end && i < low.size(); ++i) low[i] = ' ';
    std::vector<std::string_view> seen;
    seen.reserve(64);
    std::size_t i = 0;
    while (i < low.size()) {
        std::size_t j = i;
        if (lower(low[i])) {
            while (j < low.size() && (lower(low[j]) || low[j] == '\'')) ++j;
        } else if ((low[i] == '@' || low[i] == '<' || low[i] == '!' || low[i] == ':') && i + 1 < low.size() &&
                   (lower(low[i + 1]) || low[i + 1] == '_' || low[i + 1] == '!')) {
            j = i + 1;
            while (j < low.size() && (lower(low[j]) || low[j] == '_' || low[j] == '!')) ++j;
        } else {
            ++i;
            continue;
        }
        std::string_view const w(low.data() + i, j - i);
        if (std::find(seen.begin(), seen.end(), w) == seen.end()) {
            seen.push_back(w);
            f(w);
        }
        i = j;
    }
}

std::vector<float> probabilities(detector::detail::LinearModel const& m, detector::detail::FeatureSet const& features) {
    std::vector<float> z;
    m.scores(features.items(), z);
    if (z.empty()) return z;
    float const mx = *std::max_element(z.begin(), z.end());
    float sum = 0.0F;
    for (auto& v : z) sum += (v = std::exp(v - mx));
    for (auto& v : z) v /= sum;
    return z;
}

// Whether the draft's own words hint at the flag `name` ("sarcasm", "illegitimate:aesthetic").
bool hinted_at(detector::Analysis const& a, std::string_view name) {
    std::string_view const illegit = "illegitimate:";
    if (name.starts_with(illegit)) {
        auto const r = detector::reason_from_id(name.substr(illegit.size()));
        return r && a.hinted(*r);
    }
    auto const f = detector::red_flag_from_id(name);
    return f && a.hinted(*f);
}

}  // namespace

TriageModel const& embedded_triage_model() {
    static TriageModel const m = [] {
        TriageModel out;
        out.triage = detector::detail::LinearModel::parse(embedded_file("triage.tsv"));
        out.stop_flag = detector::detail::LinearModel::parse(embedded_file("stop_flag.tsv"));
        out.confidence = detector::detail::parse_setting(embedded_file("triage.tsv"), "confidence", 0.5);
        out.stop_confidence = detector::detail::parse_setting(embedded_file("triage.tsv"), "stop_confidence", 0.5);
        return out;
    }();
    return m;
}

// --- judge13: the judge's reading (detector/judge.hpp) as features, when a judge model read the draft ---
namespace {
void judge13_features(detector::Analysis const& a, detector::detail::FeatureSet& out) {
    if (a.judged < 0.0F) return;
    for (auto const& [name, p] : {std::pair{"judge:person>=", a.judged}, std::pair{"judge:sarcasm>=", a.mocked}})
        for (auto const& [level, at] : {std::pair{"0.1", 0.1F}, std::pair{"0.3", 0.3F}, std::pair{"0.5", 0.5F},
                                        std::pair{"0.7", 0.7F}, std::pair{"0.9", 0.9F}})
            if (p >= at) out.add(name, level);
}
}  // namespace
// --- judge13: end ---

void triage_features(detector::Analysis const& a, TriageCues const& cues, std::string_view text,
                     detector::detail::FeatureSet& out) {
    using detector::id;
    out.add("bias");
    out.add("kind:", id(a.kind));
    out.add("mood:", id(a.mood));
    for (auto f : a.red_flags) out.add("flag:", id(f));
    for (auto r : a.illegitimate) out.add("illegitimate:", id(r));
    // The words each flag is made of, found or not as a whole construction: what a stop must rest on.
    for (auto f : {detector::RedFlag::person_directed, detector::RedFlag::skips_ladder, detector::RedFlag::broadcast,
                   detector::RedFlag::sarcasm})
        if (a.hinted(f)) out.add("hint:", id(f));
    for (auto r : {detector::Reason::new_framework, detector::Reason::aesthetic, detector::Reason::territorial,
                   detector::Reason::my_way, detector::Reason::attachment})
        if (a.hinted(r)) out.add("hint:", id(r));
    judge13_features(a, out);  // judge13
    if (!a.legitimate.empty()) out.add("legitimate");
    if (!a.patterns.empty()) out.add("pattern");
    if (a.vague) out.add("vague");
    out.add("score:", std::to_string(std::min(3, static_cast<int>(a.score * 4))));
    out.add("sbi:", std::to_string(int{a.sbi.situation} + int{a.sbi.behavior} + int{a.sbi.impact}));
    auto const& c = a.clauses;
    for (auto const& [name, r] :
         {std::pair{"object", &c.object}, std::pair{"plan_number", &c.plan_number},
          std::pair{"own_number", &c.own_number}, std::pair{"deadline", &c.deadline}, std::pair{"impact", &c.impact},
          std::pair{"alternative", &c.alternative}, std::pair{"ask", &c.ask}})
        if (r->has_value()) out.add("clause:", name);
    if (!a.quoted.empty()) out.add("quoted");
    if (a.offers_alternative) out.add("alternative");
    out.add("specifics:", std::to_string(std::min<std::size_t>(4, a.specifics.size())));
    for (auto k : a.kind_cues) out.add("kind_cue:", k);
    for (auto const& [name, on] :
         {std::pair{"commits", cues.commits}, std::pair{"recap", cues.recap},
          std::pair{"pm_ask", cues.pm_ask.has_value()}, std::pair{"courtesy", cues.courtesy},
          std::pair{"concern", cues.concern}, std::pair{"answers_info", cues.answers_info},
          std::pair{"status", cues.status}, std::pair{"way", cues.way}, std::pair{"asks", cues.asks},
          std::pair{"reason", cues.reason.has_value()}, std::pair{"plan_talk", cues.plan_talk},
          std::pair{"own_ask", cues.own_ask}, std::pair{"reopens", cues.reopens}, std::pair{"lists", cues.lists},
          std::pair{"plan", cues.plan}, std::pair{"own_voice", cues.own_voice}, std::pair{"holds", cues.holds},
          std::pair{"orders", cues.orders}})
        if (on) out.add("cue:", name);
    // Pairs a linear model can't form by itself: news that carries a concern is pushback, a decision named
    // and questioned is reopened, an ask about the plan is the writer's.
    bool const news = cues.status || cues.courtesy || a.kind == detector::MessageKind::status;
    for (auto const& [name, on] :
         {std::pair{"news+concern", news && (cues.concern || a.vague)},
          std::pair{"news+plain", news && !cues.concern && !a.vague},
          std::pair{"decided+question", (cues.commits || cues.recap) && cues.asks},
          std::pair{"plan+no_way", cues.plan_talk && !cues.way && !a.offers_alternative},
          std::pair{"concern+no_way", (cues.concern || a.vague) && !cues.way && !a.offers_alternative && !cues.asks}})
        if (on) out.add("pair:", name);
    // How much the writer wrote: a long case without an ask is a rework, a long rant a stop; the length
    // alone decides neither, so it is a bucket the model weighs with the rest.
    std::size_t words = 0;
    own_words(a, text, [&](std::string_view) { ++words; });
    out.add("length:", words < 12 ? "short" : words < 30 ? "medium" : "long");
    own_words(a, text, [&](std::string_view w) { out.add("w:", w); });
}

std::optional<Verdict> model_triage(TriageModel const& m, detector::detail::FeatureSet const& features) {
    if (m.triage.empty()) return std::nullopt;
    auto const p = probabilities(m.triage, features);
    auto const best = static_cast<std::size_t>(std::max_element(p.begin(), p.end()) - p.begin());
    static constexpr std::string_view ids[] = {"ready", "rework", "not-pushback", "commitment", "stop"};
    for (std::size_t t = 0; t < std::size(ids); ++t)
        if (m.triage.class_names()[best] == ids[t]) return Verdict{static_cast<Triage>(t), p[best]};
    return std::nullopt;
}

std::string model_stop_flag(TriageModel const& m, detector::detail::FeatureSet const& features,
                            detector::Analysis const& a, double least) {
    if (m.stop_flag.empty()) return {};
    // The name is the model's: it reads the hints as features, and where a flag's words are missing from
    // the lexicons ("la directora de producto") it still names the flag the rest of the draft speaks of. But
    // the flag it names must be one the draft's own words hint at: a stop for sarcasm needs praise or a
    // sarcastic turn, one for a rung above needs that rung; a hint at some other flag is not enough.
    if (a.flag_hints == 0) return {};
    auto const p = probabilities(m.stop_flag, features);
    auto const best = static_cast<std::size_t>(std::max_element(p.begin(), p.end()) - p.begin());
    if (p[best] < least) return {};
    std::string_view const name = m.stop_flag.class_names()[best];
    return hinted_at(a, name) ? std::string{name} : std::string();
}

// --- r28: the stop's word model ---
StopWords const& embedded_stop_words() {
    static StopWords const m = [] {
        StopWords out;
        auto const tsv = embedded_file("stop_words.tsv");
        out.model = detector::detail::LinearModel::parse(tsv);
        out.confidence = detector::detail::parse_setting(tsv, "confidence", 2.0);
        out.unhinted_confidence = detector::detail::parse_setting(tsv, "unhinted_confidence", 2.0);
        return out;
    }();
    return m;
}

namespace {

// The placeholder a Slack token in <...> stands for: a person, everyone, a channel, a link; empty for any other.
std::string_view slack_token(std::string_view inner) {
    if (inner.starts_with('@')) return "xmention";
    if (inner.starts_with("!here") || inner.starts_with("!channel") || inner.starts_with("!everyone"))
        return "xbroadcast";
    if (inner.starts_with('#')) return "xchannel";
    if (inner.starts_with("http")) return "xlink";
    return {};
}

constexpr bool digit(char ch) { return ch >= '0' && ch <= '9'; }
constexpr bool word_char(char ch) { return lower(ch) || (ch >= 'A' && ch <= 'Z') || digit(ch) || ch == '\''; }

// The draft as tokens: words lower-cased (a run of digits as "0", the typographic apostrophe as "'"), "?" and "!",
// and the placeholders of Slack's tokens and :emoji:.
std::vector<std::string> word_tokens(std::string_view t) {
    std::vector<std::string> out;
    std::string cur;
    auto const flush = [&] {
        if (!cur.empty()) out.push_back(std::move(cur));
        cur.clear();
    };
    for (std::size_t i = 0; i < t.size();) {
        char const ch = t[i];
        if (ch == '<') {
            auto const end = t.find('>', i);
            if (end != std::string_view::npos && end - i < 300) {
                if (auto const tok = slack_token(t.substr(i + 1, end - i - 1)); !tok.empty()) {
                    flush();
                    out.emplace_back(tok);
                    i = end + 1;
                    continue;
                }
            }
        }
        if (ch == '@' && cur.empty())
            if (auto const rest = t.substr(i + 1);
                rest.starts_with("here") || rest.starts_with("channel") || rest.starts_with("everyone")) {
                auto const n = rest.starts_with("here") ? 4U : rest.starts_with("channel") ? 7U : 8U;
                if (i + 1 + n >= t.size() || !word_char(t[i + 1 + n])) {
                    flush();
                    out.emplace_back("xbroadcast");
                    i += 1 + n;
                    continue;
                }
            }
        if (ch == ':') {
            std::size_t j = i + 1;
            while (j < t.size() && j - i < 60 &&
                   (lower(t[j]) || digit(t[j]) || t[j] == '_' || t[j] == '+' || t[j] == '-'))
                ++j;
            if (j > i + 1 && j < t.size() && t[j] == ':') {
                flush();
                out.emplace_back("xemoji");
                i = j + 1;
                continue;
            }
        }
        if (t.substr(i).starts_with("\xE2\x80\x99")) {  // ’
            cur += '\'';
            i += 3;
            continue;
        }
        if (digit(ch)) {
            while (i < t.size() && digit(t[i])) ++i;
            cur += '0';
            continue;
        }
        if (word_char(ch)) {
            cur += static_cast<char>(ch >= 'A' && ch <= 'Z' ? ch - 'A' + 'a' : ch);
            ++i;
            continue;
        }
        flush();
        if (ch == '?' || ch == '!') out.emplace_back(1, ch);
        ++i;
    }
    flush();
    return out;
}

}  // namespace

void stop_word_features(std::string_view text, detector::detail::FeatureSet& out) {
    auto const tok = word_tokens(text);
    std::vector<std::string> names;
    names.reserve(tok.size() * 3);
    for (std::size_t i = 0; i < tok.size(); ++i) {
        names.push_back("w:" + tok[i]);
        if (i + 1 < tok.size()) names.push_back("b:" + tok[i] + '_' + tok[i + 1]);
        if (i + 2 < tok.size()) names.push_back("t:" + tok[i] + '_' + tok[i + 1] + '_' + tok[i + 2]);
    }
    std::ranges::sort(names);
    names.erase(std::unique(names.begin(), names.end()), names.end());
    out.add("bias");
    for (auto const& n : names) out.add(n);
}

std::optional<WordsStop> words_stop(StopWords const& m, std::string_view text, detector::Analysis const& a) {
    if (m.empty() || m.confidence > 1.0) return std::nullopt;
    detector::detail::FeatureSet features;
    stop_word_features(text, features);
    auto const p = probabilities(m.model, features);
    auto const& names = m.model.class_names();
    double none = 0.0;
    std::size_t best = names.size();
    for (std::size_t k = 0; k < names.size(); ++k) {
        if (names[k] == "none") {
            none = p[k];
            continue;
        }
        if (best == names.size() || p[k] > p[best]) best = k;
    }
    if (best == names.size() || 1.0 - none < m.confidence) return std::nullopt;
    // Where the draft's words hint at no such flag, only a reading the model is all but certain of stands.
    if (!hinted_at(a, names[best]) && 1.0 - none < m.unhinted_confidence) return std::nullopt;
    return WordsStop{names[best], 1.0 - none};
}
// --- r28: end ---

}  // namespace pushback::templates::detail
