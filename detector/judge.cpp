// judge13: the learned reading of whether a sentence judges a person or mocks (detector/judge.hpp): its features,
// its scoring inside analyze, its multiple-instance training and its group cross-validation (`pushback train-judge`).
#include "detector/judge.hpp"

#include <algorithm>
#include <array>
#include <boost/json/object.hpp>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <map>
#include <span>
#include <unordered_map>

#include "detector/detail/context.hpp"
#include "detector/detail/pipeline.hpp"
#include "detector/learn.hpp"
#include "util/json.hpp"

namespace pushback::detector {
namespace detail {
namespace {

bool one_of_j13(std::string_view w, std::initializer_list<std::string_view> l) {
    return std::find(l.begin(), l.end(), w) != l.end();
}

// Who a word makes the subject of a clause: the reader, a name or a mention, a third person, a group, the writer's
// side, or a role; empty for none of these.
std::string_view who_j13(Context const& c, std::string_view w, std::uint32_t at, bool first) {
    if (w.size() == 1 && w[0] == ph_person) return "mention";
    if (one_of_j13(w, {"you", "you're", "youre", "u", "you've", "you'll", "you'd", "your", "yours", "yourself", "ur"}))
        return "you";
    if (one_of_j13(
            w, {"he", "she", "he's", "she's", "hes", "shes", "he'd", "she'd", "he'll", "she'll", "his", "her", "him"}))
        return "he-she";
    if (one_of_j13(w, {"they", "they're", "theyre", "they've", "they'll", "they'd", "their", "them"})) return "they";
    if (one_of_j13(w, {"we", "we're", "we've", "we'll", "we'd", "our", "us"})) return "we";
    if (one_of_j13(w, {"i", "i'm", "im", "i've", "i'll", "i'd", "my", "me"})) return "i";
    if (one_of_j13(w, {"pm",         "pms",      "manager",    "managers",    "management", "leadership", "product",
                       "lead",       "boss",     "engineer",   "engineers",   "dev",        "devs",       "developer",
                       "developers", "designer", "maintainer", "maintainers", "author",     "reviewer",   "reviewers",
                       "team",       "people",   "someone",    "somebody",    "nobody",     "everyone",   "anyone",
                       "folks",      "guy",      "guys"}))
        return "role";
    // A capitalised word inside the sentence that the concreteness scan took for a name ("Dana", "Marco's").
    if (!first && !c.shouting && c.orig_byte(at) >= 'A' && c.orig_byte(at) <= 'Z')
        for (auto const& n : c.names)
            if (n.first == at) return "name";
    return {};
}

// The lexicon classes that say how something is judged: said with the sentence's subject they make a feature of
// their own ("subj-lex:you|harsh.txt").
bool evaluative_j13(Lex l) {
    switch (l) {
        case Lex::person_attack:
        case Lex::person_trait:
        case Lex::insult:
        case Lex::harsh:
        case Lex::sarcasm:
        case Lex::praise:
        case Lex::negative:
        case Lex::judgment:
        case Lex::absolute:
        case Lex::hyperbole:
        case Lex::intensifier:
        case Lex::opinion:
        case Lex::thanks:
            return true;
        default:
            return false;
    }
}

// The features of sentence `x`: who its subject is, who else it names, its lexicon classes (alone and with the
// subject), its end mark, the rules' own findings for the draft, its words and word pairs.
void sentence_features(Context const& c, Analysis const& a, Sentence const& x, FeatureSet& out) {
    out.add("bias");
    std::array<std::string_view, 48> buf{};
    auto const n = std::min(sentence_words(c.s, x, buf, false), buf.size());
    // The subject: the first of the first four words (after an opener) that names someone; else a thing.
    std::string_view subject = "thing";
    std::size_t k = 0;
    while (k < n && one_of_j13(buf[k], {"and",  "but",  "so",      "honestly", "frankly",   "ok",   "okay",
                                        "well", "also", "just",    "again",    "seriously", "yeah", "yes",
                                        "no",   "hey",  "hi",      "lol",      "oh",        "ah",   "wow",
                                        "then", "now",  "because", "the",      "this",      "that", "our"}))
        ++k;
    for (std::size_t i = k; i < std::min<std::size_t>(n, k + 4); ++i) {
        auto const at = static_cast<std::uint32_t>(buf[i].data() - c.s.data());
        if (auto const w = who_j13(c, buf[i], at, at == x.b); !w.empty()) {
            subject = w;
            break;
        }
    }
    out.add("subj:", subject);
    // Everyone else it names, anywhere in it.
    std::array<std::string_view, 8> named{};
    std::size_t named_n = 0;
    for (std::size_t i = 0; i < n; ++i) {
        auto const at = static_cast<std::uint32_t>(buf[i].data() - c.s.data());
        if (c.in_quote(at, at + static_cast<std::uint32_t>(buf[i].size()))) continue;
        auto const w = who_j13(c, buf[i], at, at == x.b);
        if (w.empty() || std::find(named.begin(), named.begin() + named_n, w) != named.begin() + named_n) continue;
        if (named_n < named.size()) named[named_n++] = w;
        out.add("names:", w);
    }
    // The lexicon classes in its own words, and the judging ones with the subject.
    std::array<bool, lex_count> seen{};
    for (auto const& h : c.hits) {
        if (h.begin < x.b || h.end > x.e || c.in_quote(h.begin, h.end)) continue;
        auto& s = seen[static_cast<std::size_t>(h.lex)];
        if (s) continue;
        s = true;
        out.add("lex:", lex_file(h.lex));
        if (evaluative_j13(h.lex)) out.add("subj-lex:", subject, "|", lex_file(h.lex));
    }
    out.add("end:", x.end == '?' ? "?" : x.end == '!' ? "!" : x.end == '.' ? "." : "none");
    // The rules' own findings for the whole draft.
    for (auto f : a.red_flags)
        if (f == RedFlag::person_directed || f == RedFlag::sarcasm) out.add("rule:flag:", id(f));
    for (auto f : {RedFlag::person_directed, RedFlag::sarcasm})
        if (a.hinted(f)) out.add("rule:hint:", id(f));
    if (a.turned()) out.add("rule:turn");
    // Its words and word pairs (someone else's quoted words left out).
    std::string_view prev = "<s>";
    for (std::size_t i = 0; i < n; ++i) {
        auto const at = static_cast<std::uint32_t>(buf[i].data() - c.s.data());
        if (c.in_quote(at, at + static_cast<std::uint32_t>(buf[i].size()))) continue;
        auto const w = token_name(buf[i]);
        out.add("w:", w);
        out.add("b:", prev, " ", w);
        prev = w;
    }
}

// The class indexes of a judge model: person-directed and sarcasm (none is the rest).
struct JudgeClasses {
    std::size_t person = 0, sarcasm = 0;
    bool ok = false;
};
JudgeClasses judge_classes(LinearModel const& m) {
    JudgeClasses out;
    auto const& names = m.class_names();
    for (std::size_t i = 0; i < names.size(); ++i) {
        if (names[i] == "person-directed") out.person = i;
        if (names[i] == "sarcasm") out.sarcasm = i;
    }
    out.ok = out.person != out.sarcasm;
    return out;
}

// The softmax probabilities of one sentence's features.
void sentence_probabilities(LinearModel const& m, std::vector<Feature> const& f, std::vector<float>& z) {
    m.scores(f, z);
    if (z.empty()) return;
    float const mx = *std::max_element(z.begin(), z.end());
    float sum = 0.0F;
    for (auto& v : z) sum += (v = std::exp(v - mx));
    for (auto& v : z) v /= sum;
}

}  // namespace

// Scores the draft's own sentences with the judge model (if any) and records their features (if traced).
void judge_draft(Context const& c, Models const& m, Trace* trace, Analysis& a) {
    bool const model = m.judge != nullptr && !m.judge->empty();
    if (!model && trace == nullptr) return;
    thread_local FeatureSet fs;
    thread_local std::vector<float> z;
    auto const cls = model ? judge_classes(*m.judge) : JudgeClasses{};
    float person = 0.0F, sarcasm = 0.0F;
    for (auto const& x : c.sentences) {
        if (c.mostly_quoted(x.b, x.e)) continue;
        fs.clear();
        fs.names = trace != nullptr ? trace->judge_names : nullptr;
        sentence_features(c, a, x, fs);
        fs.names = nullptr;
        if (trace != nullptr) trace->judge_sentences.push_back(fs.items());
        if (!model || !cls.ok) continue;
        sentence_probabilities(*m.judge, fs.items(), z);
        person = std::max(person, z[cls.person]);
        sarcasm = std::max(sarcasm, z[cls.sarcasm]);
    }
    if (model && cls.ok) apply_judge(a, person, sarcasm, m.judge_person_hint, m.judge_sarcasm_hint);
}

}  // namespace detail

void apply_judge(Analysis& a, float person, float sarcasm, double person_hint, double sarcasm_hint) {
    a.judged = person;
    a.mocked = sarcasm;
    // The hint bits of detector/hints.cpp: one per red flag, in RedFlag order.
    if (person >= person_hint)
        a.flag_hints |= static_cast<std::uint16_t>(1U << static_cast<unsigned>(RedFlag::person_directed));
    if (sarcasm >= sarcasm_hint)
        a.flag_hints |= static_cast<std::uint16_t>(1U << static_cast<unsigned>(RedFlag::sarcasm));
}

Analysis analyze_without_judge(std::string_view text) {
    auto models = detail::embedded_models();
    models.judge = nullptr;
    return detail::analyze_with(text, models, nullptr);
}

// ---- Training and cross-validation ----

namespace {

using detail::Feature;

// The repository of a source address ("https://github.com/owner/name/issues/3" -> "github.com/owner/name"), else
// the address's host and first path part.
std::string repository_of(std::string_view source) {
    auto const scheme = source.find("://");
    if (scheme != std::string_view::npos) source.remove_prefix(scheme + 3);
    std::size_t end = 0;
    for (int part = 0; part < 3 && end != std::string_view::npos; ++part) end = source.find('/', end + (part > 0));
    return std::string(source.substr(0, end));
}

struct Collected {
    std::vector<std::vector<std::vector<Feature>>> sentences;  // [draft][sentence]
    std::vector<JudgeScore> rules;                             // the rules' findings and hints
    std::unordered_map<std::uint64_t, std::string> names;
};

Collected collect(std::vector<JudgeDraft> const& drafts) {
    Collected out;
    auto models = detail::embedded_models();
    models.judge = nullptr;
    for (auto const& d : drafts) {
        detail::Trace trace;
        trace.judge_names = &out.names;
        auto const a = detail::analyze_with(d.text, models, &trace);
        out.sentences.push_back(std::move(trace.judge_sentences));
        JudgeScore r;
        r.rule_person = std::ranges::find(a.red_flags, RedFlag::person_directed) != a.red_flags.end();
        r.rule_sarcasm = std::ranges::find(a.red_flags, RedFlag::sarcasm) != a.red_flags.end();
        r.hint_person = a.hinted(RedFlag::person_directed);
        r.hint_sarcasm = a.hinted(RedFlag::sarcasm);
        out.rules.push_back(r);
    }
    return out;
}

std::string setting(std::string_view name, double value) {
    std::array<char, 64> buf{};
    std::snprintf(buf.data(), buf.size(), "\t%.3f\n", value);
    return std::string(name) + buf.data();
}

JudgeScore score_draft(detail::LinearModel const& m, std::vector<std::vector<Feature>> const& sentences,
                       std::size_t* best_person = nullptr, std::size_t* best_sarcasm = nullptr) {
    JudgeScore s;
    auto const cls = detail::judge_classes(m);
    std::vector<float> z;
    for (std::size_t i = 0; i < sentences.size(); ++i) {
        detail::sentence_probabilities(m, sentences[i], z);
        if (z.empty()) continue;
        if (z[cls.person] > s.person || i == 0) {
            s.person = z[cls.person];
            if (best_person != nullptr) *best_person = i;
        }
        if (z[cls.sarcasm] > s.sarcasm || i == 0) {
            s.sarcasm = z[cls.sarcasm];
            if (best_sarcasm != nullptr) *best_sarcasm = i;
        }
    }
    return s;
}

// Multiple-instance fit on the drafts in `rows`: first every sentence of a flagged draft carries its flag, then
// only the sentence the last fit found most judging (or mocking) does, and its other sentences are left out.
std::string fit_rows(Collected const& col, std::vector<JudgeDraft> const& drafts, std::vector<std::size_t> const& rows,
                     JudgeOptions const& o) {
    auto const to = fit_settings(o);
    std::vector<std::string> const classes{"none", "person-directed", "sarcasm"};
    std::string const header =
        "# judge13: whether a sentence judges a person or mocks (detector/judge.hpp), a multinomial logistic model\n"
        "# over each of the writer's own sentences, written by `pushback train-judge` (multiple-instance: a flagged\n"
        "# draft's most judging sentence). Features: subj: the sentence's subject, names: who else it names, lex:\n"
        "# a lexicon class in it, subj-lex: a judging class with the subject, end: its end mark, rule: the rules'\n"
        "# own findings and hints for the draft, w: / b: its words and word pairs. `person_hint` / `sarcasm_hint`:\n"
        "# the least probability that licenses the person-directed / sarcasm hint (above 1: never).\n" +
        setting("person_hint", o.person_hint) + setting("sarcasm_hint", o.sarcasm_hint);
    std::vector<std::size_t> pick_person(drafts.size(), SIZE_MAX), pick_sarcasm(drafts.size(), SIZE_MAX);
    std::string tsv;
    for (int round = 0; round <= o.rounds; ++round) {
        std::vector<std::vector<Feature>> xs;
        std::vector<int> ys;
        for (auto i : rows) {
            auto const& ss = col.sentences[i];
            auto const& d = drafts[i];
            for (std::size_t k = 0; k < ss.size(); ++k) {
                int y = 0;
                if (d.person && (pick_person[i] == SIZE_MAX || pick_person[i] == k)) y = 1;
                if (d.sarcasm && (pick_sarcasm[i] == SIZE_MAX || pick_sarcasm[i] == k)) y = y == 0 ? 2 : y;
                // A flagged draft's other sentences are left out once its most judging one is picked.
                if (y == 0 && (d.person || d.sarcasm) && round > 0) continue;
                xs.push_back(ss[k]);
                ys.push_back(y);
                // A sentence picked for both flags counts for sarcasm too.
                if (y == 1 && d.sarcasm && (pick_sarcasm[i] == SIZE_MAX || pick_sarcasm[i] == k)) {
                    xs.push_back(ss[k]);
                    ys.push_back(2);
                }
            }
        }
        tsv = fit_linear_tsv(xs, ys, classes, col.names, to, header);
        if (round == o.rounds) break;
        auto const m = detail::LinearModel::parse(tsv);
        for (auto i : rows) {
            if (!drafts[i].person && !drafts[i].sarcasm) continue;
            std::size_t bp = SIZE_MAX, bs = SIZE_MAX;
            score_draft(m, col.sentences[i], &bp, &bs);
            pick_person[i] = bp;
            pick_sarcasm[i] = bs;
        }
    }
    return tsv;
}

}  // namespace

std::expected<std::vector<JudgeDraft>, std::string> read_judge_data(std::string_view jsonl, int file, int folds) {
    std::vector<JudgeDraft> out;
    auto const err = util::json_lines(jsonl, [&](boost::json::object const& o, int) -> std::optional<std::string> {
        auto const* text = o.if_contains("text");
        if (text == nullptr || !text->is_string()) return "missing \"text\" (string)";
        JudgeDraft d;
        d.text = std::string(text->get_string());
        d.file = file;
        bool const real = o.contains("red_flags");
        auto const* flags = o.if_contains(real ? "red_flags" : "flags");
        if (flags != nullptr && flags->is_array())
            for (auto const& f : flags->get_array()) {
                if (!f.is_string()) continue;
                d.person = d.person || f.get_string() == "person-directed";
                d.sarcasm = d.sarcasm || f.get_string() == "sarcasm";
            }
        if (real) {
            auto const repo = repository_of(util::string_at(o, "source"));
            d.fold = "real:" + std::to_string(detail::fnv_step(detail::fnv_basis, repo) %
                                              static_cast<std::uint64_t>(std::max(1, folds)));
        } else {
            d.fold = "file:" + std::to_string(file);
        }
        out.push_back(std::move(d));
        return std::nullopt;
    });
    if (err) return std::unexpected(*err);
    return out;
}

std::string train_judge(std::vector<JudgeDraft> const& drafts, JudgeOptions const& options) {
    auto const col = collect(drafts);
    std::vector<std::size_t> rows(drafts.size());
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = i;
    return fit_rows(col, drafts, rows, options);
}

std::vector<JudgeScore> judge_out_of_fold(std::vector<JudgeDraft> const& drafts, JudgeOptions const& options) {
    auto const col = collect(drafts);
    std::vector<JudgeScore> out = col.rules;
    std::map<std::string, std::vector<std::size_t>> folds;
    for (std::size_t i = 0; i < drafts.size(); ++i) folds[drafts[i].fold].push_back(i);
    for (auto const& [fold, held] : folds) {
        std::vector<std::size_t> rows;
        for (std::size_t i = 0; i < drafts.size(); ++i)
            if (drafts[i].fold != fold) rows.push_back(i);
        auto const m = detail::LinearModel::parse(fit_rows(col, drafts, rows, options));
        for (auto i : held) {
            auto const s = score_draft(m, col.sentences[i]);
            out[i].person = s.person;
            out[i].sarcasm = s.sarcasm;
        }
    }
    return out;
}

std::string format_judge_cv(std::vector<JudgeDraft> const& drafts, std::vector<JudgeScore> const& scores,
                            std::vector<std::string> const& file_names) {
    // Columns: the rules' finding, the rules' hint, the judge at three levels, and the finding or the judge: what a
    // judge beside the rules would add, and what it would cost.
    constexpr std::array<float, 3> levels{0.5F, 0.7F, 0.9F};
    constexpr std::size_t columns = 2 + 2 * levels.size();
    struct Counts {
        int tp = 0, fp = 0, fn = 0;
    };
    std::string out =
        "judge13: each coaching file held out whole, the real messages by repository. Precision/recall;false "
        "positives\n";
    for (bool sarcasm : {false, true}) {
        std::vector<std::array<Counts, columns>> by(file_names.size() + 1);
        std::vector<int> support(file_names.size() + 1);
        for (std::size_t i = 0; i < drafts.size(); ++i) {
            if (drafts[i].file < 0 || static_cast<std::size_t>(drafts[i].file) >= file_names.size()) continue;
            auto const& s = scores[i];
            bool const gold = sarcasm ? drafts[i].sarcasm : drafts[i].person;
            float const p = sarcasm ? s.sarcasm : s.person;
            bool const rule = sarcasm ? s.rule_sarcasm : s.rule_person;
            std::array<bool, columns> said{};
            said[0] = rule;
            said[1] = sarcasm ? s.hint_sarcasm : s.hint_person;
            for (std::size_t t = 0; t < levels.size(); ++t) {
                said[2 + t] = p >= levels[t];
                said[2 + levels.size() + t] = rule || p >= levels[t];
            }
            for (auto f : {static_cast<std::size_t>(drafts[i].file), file_names.size()}) {
                support[f] += gold;
                for (std::size_t k = 0; k < columns; ++k) {
                    by[f][k].tp += gold && said[k];
                    by[f][k].fp += !gold && said[k];
                    by[f][k].fn += gold && !said[k];
                }
            }
        }
        out += sarcasm ? "\nsarcasm" : "\nperson-directed";
        out +=
            "\nfile                 n   rules          hint           j>=0.5         j>=0.7         j>=0.9         "
            "rules|j>=0.5   rules|j>=0.7   rules|j>=0.9\n";
        for (std::size_t f = 0; f <= file_names.size(); ++f) {
            auto const name =
                f < file_names.size() ? file_names[f].substr(file_names[f].find_last_of('/') + 1) : std::string("all");
            std::array<char, 64> head{};
            std::snprintf(head.data(), head.size(), "%-18.18s %4d", name.c_str(), support[f]);
            out += head.data();
            for (auto const& c : by[f]) {
                std::array<char, 48> cell{};
                double const p = c.tp + c.fp == 0 ? 1.0 : static_cast<double>(c.tp) / (c.tp + c.fp);
                double const r = c.tp + c.fn == 0 ? 1.0 : static_cast<double>(c.tp) / (c.tp + c.fn);
                std::snprintf(cell.data(), cell.size(), "  %.2f/%.2f;%-3d", p, r, c.fp);
                out += cell.data();
            }
            out += "\n";
        }
    }
    return out;
}

std::string format_judge_scores(std::vector<JudgeDraft> const& drafts, std::vector<JudgeScore> const& scores) {
    std::string out =
        "file\tline\tperson\trule_person\thint_person\tp_person\tsarcasm\trule_sarcasm\thint_sarcasm\tp_sarcasm\n";
    std::map<int, int> line;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        auto const& d = drafts[i];
        auto const& s = scores[i];
        std::array<char, 160> buf{};
        std::snprintf(buf.data(), buf.size(), "%d\t%d\t%d\t%d\t%d\t%.4f\t%d\t%d\t%d\t%.4f\n", d.file, ++line[d.file],
                      int{d.person}, int{s.rule_person}, int{s.hint_person}, static_cast<double>(s.person),
                      int{d.sarcasm}, int{s.rule_sarcasm}, int{s.hint_sarcasm}, static_cast<double>(s.sarcasm));
        out += buf.data();
    }
    return out;
}

}  // namespace pushback::detector
