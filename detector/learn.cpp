// Training and cross-validation for the learned part: multinomial logistic regression for `kind`,
// logistic regression for the vague verdict near the rules' bar, both fitted by AdaGrad with L2 on
// the features the rules-only pipeline reports (detector/features.cpp).
#include "detector/learn.hpp"

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <cmath>
#include <cstdio>
#include <optional>
#include <random>
#include <unordered_map>
#include <unordered_set>
#include <utility>

#include "detector/detail/model.hpp"
#include "detector/detail/pipeline.hpp"
#include "util/json.hpp"

namespace pushback::detector {
namespace {

using detail::Feature;
using detail::LinearModel;

constexpr std::size_t kind_classes = 8;

struct Example {
    std::vector<Feature> kind_x, vague_x;
    int kind = -1;  // -1: not labeled
    bool vague = false;
};

struct Collected {
    std::vector<Example> examples;
    std::unordered_map<std::uint64_t, std::string> names;
};

Collected collect(std::vector<LabeledMessage> const& data) {
    Collected out;
    detail::Models const rules_only{};
    detail::Trace trace;
    trace.kind_features.names = &out.names;
    trace.vague_features.names = &out.names;
    for (auto const& m : data) {
        (void)detail::analyze_with(m.text, rules_only, &trace, m.previous);
        Example e;
        e.kind_x = trace.kind_features.items();
        e.vague_x = trace.vague_features.items();
        e.kind = m.kind ? static_cast<int>(*m.kind) : -1;
        e.vague = m.vague;
        out.examples.push_back(std::move(e));
    }
    return out;
}

// A dense linear model being fitted: `classes` weights per kept feature.
struct Fit {
    std::unordered_map<std::uint64_t, std::uint32_t> index;
    std::vector<std::uint64_t> keys;
    std::vector<double> w, g2;  // weights and AdaGrad's squared-gradient sums
    std::size_t classes = 1;
};

Fit make_fit(std::vector<std::vector<Feature> const*> const& xs, std::size_t classes, TrainOptions const& o,
             std::unordered_map<std::uint64_t, std::string> const& names) {
    std::unordered_map<std::uint64_t, int> df;
    for (auto const* x : xs) {
        std::unordered_set<std::uint64_t> seen;
        for (auto const& f : *x)
            if (seen.insert(f.key).second) ++df[f.key];
    }
    Fit fit;
    fit.classes = classes;
    for (auto const& [key, n] : df) {
        auto const& name = names.at(key);
        bool const dropped =
            std::any_of(o.drop.begin(), o.drop.end(), [&](std::string const& p) { return name.starts_with(p); });
        if (n >= o.min_count && !dropped) fit.keys.push_back(key);
    }
    std::sort(fit.keys.begin(), fit.keys.end());
    for (std::size_t i = 0; i < fit.keys.size(); ++i) fit.index[fit.keys[i]] = static_cast<std::uint32_t>(i);
    fit.w.assign(fit.keys.size() * classes, 0.0);
    fit.g2.assign(fit.keys.size() * classes, 1e-8);
    return fit;
}

// One pass of AdaGrad over the examples in `order`; `target(i)` gives the gold class (binary: 0/1).
template <class Target, class Xs>
void epoch(Fit& fit, Xs const& xs, std::vector<std::size_t> const& order, Target target, TrainOptions const& o) {
    std::vector<double> z(fit.classes), grad(fit.classes);
    std::vector<std::pair<std::uint32_t, float>> active;
    for (auto i : order) {
        active.clear();
        for (auto const& f : *xs[i])
            if (auto it = fit.index.find(f.key); it != fit.index.end()) active.emplace_back(it->second, f.value);
        std::fill(z.begin(), z.end(), 0.0);
        for (auto const& [j, v] : active)
            for (std::size_t k = 0; k < fit.classes; ++k) z[k] += fit.w[j * fit.classes + k] * v;
        int const y = target(i);
        if (fit.classes == 1) {
            double const p = 1.0 / (1.0 + std::exp(-z[0]));
            grad[0] = p - y;
        } else {
            double const mx = *std::max_element(z.begin(), z.end());
            double sum = 0.0;
            for (auto& v : z) sum += (v = std::exp(v - mx));
            for (std::size_t k = 0; k < fit.classes; ++k) grad[k] = z[k] / sum - (static_cast<int>(k) == y ? 1.0 : 0.0);
        }
        for (auto const& [j, v] : active)
            for (std::size_t k = 0; k < fit.classes; ++k) {
                auto const at = j * fit.classes + k;
                double const g = grad[k] * v + o.l2 * fit.w[at];
                fit.g2[at] += g * g;
                fit.w[at] -= o.learning_rate * g / std::sqrt(fit.g2[at]);
            }
    }
}

std::string to_tsv(Fit const& fit, std::vector<std::string> const& classes,
                   std::unordered_map<std::uint64_t, std::string> const& names, std::string_view header,
                   float o_prune) {
    std::vector<std::pair<std::string, std::vector<float>>> rows;
    for (std::size_t j = 0; j < fit.keys.size(); ++j) {
        std::vector<float> w(fit.classes);
        float big = 0.0F;
        for (std::size_t k = 0; k < fit.classes; ++k) {
            w[k] = static_cast<float>(fit.w[j * fit.classes + k]);
            big = std::max(big, std::abs(w[k]));
        }
        if (big < o_prune) continue;
        rows.emplace_back(names.at(fit.keys[j]), std::move(w));
    }
    return LinearModel::format(classes, std::move(rows), header);
}

std::string setting(std::string_view name, double value) {
    std::array<char, 64> buf{};
    std::snprintf(buf.data(), buf.size(), "\t%.3f\n", value);
    return std::string(name) + buf.data();
}

std::vector<std::size_t> shuffled(std::vector<std::size_t> order, std::mt19937& rng) {
    for (std::size_t i = order.size(); i > 1; --i) std::swap(order[i - 1], order[rng() % i]);
    return order;
}

// A model fitted to `xs` → `ys` (class indexes; 0/1 for the logistic model) by `o.epochs` passes.
Fit fit_model(std::vector<std::vector<Feature> const*> const& xs, std::vector<int> const& ys, std::size_t classes,
              TrainOptions const& o, std::unordered_map<std::uint64_t, std::string> const& names, std::mt19937& rng) {
    auto fit = make_fit(xs, classes, o, names);
    std::vector<std::size_t> order(xs.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    for (int e = 0; e < o.epochs; ++e)
        epoch(
            fit, xs, shuffled(order, rng), [&](std::size_t i) { return ys[i]; }, o);
    return fit;
}

TrainedModels train_on(Collected const& col, std::vector<std::size_t> const& rows, TrainOptions const& o) {
    TrainedModels out;
    std::mt19937 rng(12345);
    // Kind: the labeled messages.
    std::vector<std::vector<Feature> const*> kx;
    std::vector<int> ky;
    for (auto i : rows)
        if (col.examples[i].kind >= 0) {
            kx.push_back(&col.examples[i].kind_x);
            ky.push_back(col.examples[i].kind);
        }
    std::vector<std::string> kind_names;
    for (std::size_t k = 0; k < kind_classes; ++k) kind_names.emplace_back(id(static_cast<MessageKind>(k)));
    if (!kx.empty()) {
        auto const fit = fit_model(kx, ky, kind_classes, o, col.names, rng);
        out.kind_tsv = to_tsv(
            fit, kind_names, col.names,
            "# What a message is (issue 12): multinomial logistic regression over the rules' findings and\n"
            "# the writer's words, written by `pushback train` (detector/learn.cpp). One feature per line,\n"
            "# then its weight for each class. Feature names: rule:/rulescore: the rules' kind and scores,\n"
            "# lex:/lex0: a lexicon file that fired (in the first 30 bytes), specific: a particular's kind,\n"
            "# w: a word, b: a word pair in a sentence's opening, f1:/f2: the first two words, sf: a\n"
            "# sentence's first word -- words as kind words (detector/model/kind_words.txt) or shapes\n"
            "# (<ed>, <ing>, <ly>, <s>, <w>), never topic words; act:/act0:/actL: what a sentence does\n"
            "# (mood, subject, verb group; any sentence, the first, the last; detector/acts.cpp);\n"
            "# shape: the message's shape (a report of the writer's own action, sentences, exclamation, a list).\n"
            "# rules_lead: the model decides only when the rules' best kind leads the runner-up by less,\n"
            "# confidence: and only when its own probability for its choice is at least this.\n" +
                setting("rules_lead", o.kind_margin) + setting("confidence", o.kind_confidence),
            static_cast<float>(o.prune));
    }
    // Vague: every message.
    std::vector<std::vector<Feature> const*> vx;
    std::vector<int> vy;
    for (auto i : rows) {
        vx.push_back(&col.examples[i].vague_x);
        vy.push_back(col.examples[i].vague ? 1 : 0);
    }
    if (!vx.empty()) {
        auto const fit = fit_model(vx, vy, 1, o, col.names, rng);
        out.vague_tsv =
            to_tsv(fit, {"vague"}, col.names,
                   "# The vague verdict where the rules' evidence is within `zone` of their bar (issue 12):\n"
                   "# logistic regression, written by `pushback train` (detector/learn.cpp); a positive sum\n"
                   "# means vague. margin: the rules' evidence minus their bar; evidence, vagueness: their\n"
                   "# two sides; specific:, span: counts of particulars and vague phrases; vw: a word.\n" +
                       setting("zone", o.vague_zone),
                   static_cast<float>(o.prune));
    }
    return out;
}

void add(Figures& f, std::optional<MessageKind> gold_kind, bool gold_vague, Analysis const& a) {
    if (gold_kind) {
        ++f.kind_labeled;
        f.kind_correct += a.kind == *gold_kind;
        ++f.kind_confusion[static_cast<std::size_t>(*gold_kind)][static_cast<std::size_t>(a.kind)];
    }
    f.tp += gold_vague && a.vague;
    f.fp += !gold_vague && a.vague;
    f.fn += gold_vague && !a.vague;
    f.tn += !gold_vague && !a.vague;
}

void add(Figures& to, Figures const& f) {
    to.kind_labeled += f.kind_labeled;
    to.kind_correct += f.kind_correct;
    to.tp += f.tp;
    to.fp += f.fp;
    to.fn += f.fn;
    to.tn += f.tn;
    for (std::size_t g = 0; g < kind_classes; ++g)
        for (std::size_t p = 0; p < kind_classes; ++p) to.kind_confusion[g][p] += f.kind_confusion[g][p];
}

// The kind confusion matrix, gold by row, as `pushback eval` prints it.
std::string confusion(Figures const& f) {
    std::string out = "      gold \\ predicted";
    std::array<char, 32> buf{};
    for (std::size_t p = 0; p < kind_classes; ++p) {
        std::snprintf(buf.data(), buf.size(), " %6.6s", std::string(id(static_cast<MessageKind>(p))).c_str());
        out += buf.data();
    }
    out += '\n';
    for (std::size_t g = 0; g < kind_classes; ++g) {
        std::snprintf(buf.data(), buf.size(), "      %-16s", std::string(id(static_cast<MessageKind>(g))).c_str());
        out += buf.data();
        for (std::size_t p = 0; p < kind_classes; ++p) {
            std::snprintf(buf.data(), buf.size(), " %6d", f.kind_confusion[g][p]);
            out += buf.data();
        }
        out += '\n';
    }
    return out;
}

std::string line(Figures const& f) {
    std::array<char, 160> buf{};
    std::snprintf(buf.data(), buf.size(), "kind %.3f (%d/%d)  vague P %.3f R %.3f F1 %.3f (%d msgs)", f.kind_accuracy(),
                  f.kind_correct, f.kind_labeled, f.precision(), f.recall(), f.f1(), f.messages());
    return buf.data();
}

}  // namespace

std::expected<std::vector<LabeledMessage>, std::string> read_labeled(std::string_view jsonl, int file) {
    std::vector<LabeledMessage> out;
    std::unordered_map<std::string, std::string> last_in_thread;  // source -> the text of its latest line
    auto const err =
        util::json_lines(jsonl, [&](boost::json::object const& o, int line_no) -> std::optional<std::string> {
            auto const* text = o.if_contains("text");
            auto const* vague = o.if_contains("vague");
            if (text == nullptr || !text->is_string()) return "missing \"text\" (string)";
            if (vague == nullptr || !vague->is_bool()) return "missing \"vague\" (bool)";
            LabeledMessage m;
            m.text = std::string(text->get_string());
            m.vague = vague->get_bool();
            m.file = file;
            if (auto const* k = o.if_contains("kind"); k != nullptr && k->is_string()) {
                m.kind = message_kind_from_id(std::string_view(k->get_string()));
                if (!m.kind) return "unknown kind";
            }
            if (auto const* s = o.if_contains("source"); s != nullptr && s->is_string()) {
                m.group = std::string(s->get_string());
                auto& last = last_in_thread[m.group];
                m.previous = std::exchange(last, m.text);
            } else
                m.group = std::to_string(file) + ":" + std::to_string(line_no);
            out.push_back(std::move(m));
            return std::nullopt;
        });
    if (err) return std::unexpected(*err);
    return out;
}

TrainedModels train_models(std::vector<LabeledMessage> const& data, TrainOptions const& options) {
    auto const col = collect(data);
    std::vector<std::size_t> rows(data.size());
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = i;
    return train_on(col, rows, options);
}

CrossValidation cross_validate(std::vector<LabeledMessage> const& data, std::size_t files,
                               TrainOptions const& options) {
    auto const col = collect(data);
    auto const k = static_cast<std::size_t>(std::max(2, options.folds));
    std::vector<std::size_t> fold(data.size());
    for (std::size_t i = 0; i < data.size(); ++i) fold[i] = detail::fnv_step(detail::fnv_basis, data[i].group) % k;
    CrossValidation cv;
    cv.folds = static_cast<int>(k);
    cv.pooled.resize(files);
    detail::Models const rules_only{};
    for (std::size_t f = 0; f < k; ++f) {
        std::vector<std::size_t> train_rows;
        for (std::size_t i = 0; i < data.size(); ++i)
            if (fold[i] != f) train_rows.push_back(i);
        auto const trained = train_on(col, train_rows, options);
        auto const kind = LinearModel::parse(trained.kind_tsv);
        auto const vague = LinearModel::parse(trained.vague_tsv);
        detail::Models const models{&kind, &vague, options.vague_zone, options.kind_margin, options.kind_confidence};
        std::vector<Compared> per_file(files);
        for (std::size_t i = 0; i < data.size(); ++i) {
            if (fold[i] != f) continue;
            auto const& m = data[i];
            auto& c = per_file[static_cast<std::size_t>(m.file)];
            add(c.rules, m.kind, m.vague, detail::analyze_with(m.text, rules_only, nullptr, m.previous));
            add(c.model, m.kind, m.vague, detail::analyze_with(m.text, models, nullptr, m.previous));
        }
        for (std::size_t fi = 0; fi < files; ++fi) {
            add(cv.pooled[fi].rules, per_file[fi].rules);
            add(cv.pooled[fi].model, per_file[fi].model);
        }
        cv.per_fold.push_back(std::move(per_file));
    }
    return cv;
}

std::string format_cv(CrossValidation const& cv, std::vector<std::string> const& file_names) {
    std::string out = "k-fold cross-validation, k = " + std::to_string(cv.folds) + ", folds drawn by thread (source)\n";
    for (std::size_t f = 0; f < cv.per_fold.size(); ++f)
        for (std::size_t fi = 0; fi < cv.per_fold[f].size() && fi < file_names.size(); ++fi) {
            out += "fold " + std::to_string(f + 1) + "  " + file_names[fi] + "\n";
            out += "  rules        " + line(cv.per_fold[f][fi].rules) + "\n";
            out += "  rules+model  " + line(cv.per_fold[f][fi].model) + "\n";
        }
    out += "pooled over the folds\n";
    for (std::size_t fi = 0; fi < cv.pooled.size() && fi < file_names.size(); ++fi) {
        out += "  " + file_names[fi] + "\n";
        out += "    rules        " + line(cv.pooled[fi].rules) + "\n";
        if (cv.pooled[fi].rules.kind_labeled > 0) out += confusion(cv.pooled[fi].rules);
        out += "    rules+model  " + line(cv.pooled[fi].model) + "\n";
        if (cv.pooled[fi].model.kind_labeled > 0) out += confusion(cv.pooled[fi].model);
    }
    return out;
}

std::string fit_linear_tsv(std::vector<std::vector<Feature>> const& xs, std::vector<int> const& ys,
                           std::vector<std::string> const& classes,
                           std::unordered_map<std::uint64_t, std::string> const& names, TrainOptions const& options,
                           std::string_view header) {
    std::vector<std::vector<Feature> const*> ptrs;
    ptrs.reserve(xs.size());
    for (auto const& x : xs) ptrs.push_back(&x);
    std::mt19937 rng(12345);
    auto const fit = fit_model(ptrs, ys, classes.size(), options, names, rng);
    return to_tsv(fit, classes, names, header, static_cast<float>(options.prune));
}

}  // namespace pushback::detector
