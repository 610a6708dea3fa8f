// Training and leave-one-file-out cross-validation of the coaching triage's combiner.

#include "templates/triage_learn.hpp"

#include <algorithm>
#include <array>
#include <boost/json/object.hpp>
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <unordered_map>

#include "detector/learn.hpp"
#include "templates/detail/triage_model.hpp"
#include "util/json.hpp"

namespace pushback::templates {

namespace {

using detector::detail::Feature;
using detector::detail::FeatureSet;

constexpr std::array<std::string_view, 5> triage_ids{"ready", "rework", "not-pushback", "commitment", "stop"};
constexpr std::array<std::string_view, 9> flag_ids{"person-directed",
                                                   "skips-ladder",
                                                   "broadcast",
                                                   "sarcasm",
                                                   "illegitimate:new-framework",
                                                   "illegitimate:aesthetic",
                                                   "illegitimate:territorial",
                                                   "illegitimate:my-way",
                                                   "illegitimate:attachment"};

struct Collected {
    std::vector<std::vector<Feature>> x;
    std::unordered_map<std::uint64_t, std::string> names;
};

// --- judge13: each draft's analysis, read by a judge trained without the draft's file when options.judge ---
std::vector<detector::Analysis> analyses_of(std::vector<CoachingDraft> const& drafts, TriageTrainOptions const& o) {
    std::vector<detector::Analysis> out;
    if (!o.judge) {
        for (auto const& d : drafts) out.push_back(detector::analyze(d.text));
        return out;
    }
    std::vector<detector::JudgeDraft> data;
    for (auto const& d : drafts) {
        detector::JudgeDraft j;
        j.text = d.text;
        j.person = std::find(d.flags.begin(), d.flags.end(), "person-directed") != d.flags.end();
        j.sarcasm = std::find(d.flags.begin(), d.flags.end(), "sarcasm") != d.flags.end();
        j.file = d.file;
        j.fold = "file:" + std::to_string(d.file);
        data.push_back(std::move(j));
    }
    for (auto j : o.judge_extra) {
        j.fold = "extra";  // always trained on, its scores unused
        data.push_back(std::move(j));
    }
    auto const scores = detector::judge_out_of_fold(data, o.judge_options);
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        auto a = detector::analyze_without_judge(drafts[i].text);
        detector::apply_judge(a, scores[i].person, scores[i].sarcasm, o.judge_options.person_hint,
                              o.judge_options.sarcasm_hint);
        out.push_back(std::move(a));
    }
    return out;
}
// --- judge13: end ---

Collected collect(std::vector<CoachingDraft> const& drafts, std::vector<detector::Analysis> const& analyses) {
    Collected out;
    for (std::size_t i = 0; i < drafts.size(); ++i) {
        auto const& d = drafts[i];
        FeatureSet fs;
        fs.names = &out.names;
        auto const& a = analyses[i];
        detail::triage_features(a, detail::read_cues(d.text, a.quoted), d.text, fs);
        out.x.push_back(fs.items());
    }
    return out;
}

std::string setting(std::string_view name, double value) {
    std::array<char, 64> buf{};
    std::snprintf(buf.data(), buf.size(), "\t%.3f\n", value);
    // r32: a setting that three decimals would round ("0.9995") keeps the digits it needs.
    if (std::abs(std::strtod(buf.data() + 1, nullptr) - value) > 1e-9)
        std::snprintf(buf.data(), buf.size(), "\t%.6g\n", value);
    return std::string(name) + buf.data();
}

TrainedTriage train_rows(Collected const& col, std::vector<CoachingDraft> const& drafts,
                         std::vector<std::size_t> const& rows, TriageTrainOptions const& o) {
    auto const to = detector::fit_settings(o);
    std::vector<std::vector<Feature>> tx, fx;
    std::vector<int> ty, fy;
    for (auto i : rows) {
        tx.push_back(col.x[i]);
        ty.push_back(static_cast<int>(drafts[i].triage));
        if (drafts[i].triage != Triage::stop || drafts[i].flags.empty()) continue;
        auto const* const f = std::find(flag_ids.begin(), flag_ids.end(), drafts[i].flags.front());
        if (f == flag_ids.end()) continue;
        fx.push_back(col.x[i]);
        fy.push_back(static_cast<int>(f - flag_ids.begin()));
    }
    std::vector<std::string> const triage_names(triage_ids.begin(), triage_ids.end());
    std::vector<std::string> const flag_names(flag_ids.begin(), flag_ids.end());
    std::string_view const features =
        "# Features: the detector's Analysis (kind:, mood:, flag:, illegitimate:, legitimate, pattern, vague,\n"
        "# score: its vague score in quarters, sbi: how many of situation/behaviour/impact, clause: a clause it\n"
        "# read, quoted, alternative, specifics: how many particulars, kind_cue: a feature that decided its\n"
        "# kind), cue: a triage cue that fired (templates/detail/triage_cues.hpp) and w: a word of the\n"
        "# writer's own (quoted words left out). One feature per line, then its\n"
        "# weight for each class.\n";
    TrainedTriage out;
    out.triage_tsv = detector::fit_linear_tsv(
        tx, ty, triage_names, col.names, to,
        "# The coaching triage's combiner (templates/detail/triage_model.hpp): multinomial logistic\n"
        "# regression written by `pushback train-triage` (templates/triage_learn.cpp) from the coaching dev\n"
        "# splits. It reviews the rules' rework and not-pushback verdicts and overrules them when its\n"
        "# probability for another triage is at least `confidence` (`stop_confidence` for a stop).\n" +
            std::string(features) + setting("confidence", o.confidence) +
            setting("stop_confidence", o.stop_confidence));
    out.stop_flag_tsv = detector::fit_linear_tsv(
        fx, fy, flag_names, col.names, to,
        "# Which red flag or illegitimate reason drives a stop the combiner found (templates/detail/\n"
        "# triage_model.hpp): multinomial logistic regression over the stops of the coaching dev splits,\n"
        "# written by `pushback train-triage`.\n" +
            std::string(features));
    return out;
}

}  // namespace

std::expected<std::vector<CoachingDraft>, std::string> read_coaching(std::string_view jsonl, int file) {
    std::vector<CoachingDraft> out;
    auto const err = util::json_lines(jsonl, [&](boost::json::object const& o, int) -> std::optional<std::string> {
        auto const* text = o.if_contains("text");
        auto const* triage = o.if_contains("triage");
        auto const* flags = o.if_contains("flags");
        if (text == nullptr || !text->is_string()) return "missing \"text\" (string)";
        if (triage == nullptr || !triage->is_string()) return "missing \"triage\" (string)";
        CoachingDraft d;
        d.text = std::string(text->get_string());
        auto const* const t = std::find(triage_ids.begin(), triage_ids.end(), std::string_view(triage->get_string()));
        if (t == triage_ids.end()) return "unknown triage";
        d.triage = static_cast<Triage>(t - triage_ids.begin());
        if (flags != nullptr && flags->is_array())
            for (auto const& f : flags->get_array())
                if (f.is_string()) d.flags.emplace_back(f.get_string());
        d.file = file;
        out.push_back(std::move(d));
        return std::nullopt;
    });
    if (err) return std::unexpected(*err);
    return out;
}

TrainedTriage train_triage(std::vector<CoachingDraft> const& drafts, TriageTrainOptions const& options) {
    auto const col = collect(drafts, analyses_of(drafts, options));
    std::vector<std::size_t> rows(drafts.size());
    for (std::size_t i = 0; i < rows.size(); ++i) rows[i] = i;
    return train_rows(col, drafts, rows, options);
}

std::vector<TriageFigures> leave_one_file_out(Library const& lib, std::vector<CoachingDraft> const& drafts,
                                              std::size_t files, TriageTrainOptions const& options) {
    auto const analyses = analyses_of(drafts, options);
    auto const col = collect(drafts, analyses);
    std::vector<TriageFigures> out(files);
    for (std::size_t held = 0; held < files; ++held) {
        std::vector<std::size_t> rows;
        for (std::size_t i = 0; i < drafts.size(); ++i)
            if (static_cast<std::size_t>(drafts[i].file) != held) rows.push_back(i);
        auto const trained = train_rows(col, drafts, rows, options);
        detail::TriageModel model;
        model.triage = detector::detail::LinearModel::parse(trained.triage_tsv);
        model.stop_flag = detector::detail::LinearModel::parse(trained.stop_flag_tsv);
        model.confidence = options.confidence;
        model.stop_confidence = options.stop_confidence;
        auto& f = out[held];
        for (std::size_t i = 0; i < drafts.size(); ++i) {
            auto const& d = drafts[i];
            if (static_cast<std::size_t>(d.file) != held) continue;
            auto const& a = analyses[i];
            auto const rules = advise_with(lib, a, d.text, Author::unknown, nullptr);
            auto const combined = advise_with(lib, a, d.text, Author::unknown, &model);
            ++f.drafts;
            ++f.rules_confusion[static_cast<std::size_t>(d.triage)][static_cast<std::size_t>(rules.triage)];
            ++f.model_confusion[static_cast<std::size_t>(d.triage)][static_cast<std::size_t>(combined.triage)];
            f.rules_right += rules.triage == d.triage;
            f.model_right += combined.triage == d.triage;
            if (combined.triage != rules.triage) {
                // A stop names the flag that drives it, so a reader of the changes can judge it.
                std::string const named = combined.triage == Triage::stop && !combined.flags.empty()
                                              ? " [" + combined.flags.back() + "]"
                                              : "";
                f.changes += std::string(id(rules.triage)) + " -> " + std::string(id(combined.triage)) + named + " (" +
                             std::string(id(d.triage)) + "): " + d.text.substr(0, 100) + "\n";
            }
            for (auto const& flag : d.flags) {
                ++f.flags;
                f.rules_flags += std::find(rules.flags.begin(), rules.flags.end(), flag) != rules.flags.end();
                bool const named =
                    std::find(combined.flags.begin(), combined.flags.end(), flag) != combined.flags.end();
                f.model_flags += named;
                if (!named) f.changes += "missed " + flag + ": " + d.text.substr(0, 100) + "\n";
            }
        }
    }
    return out;
}

std::string format_lofo(std::vector<TriageFigures> const& figures, std::vector<std::string> const& file_names) {
    std::string out =
        "leave-one-file-out: the combiner trained on every other file, scored on this one\n"
        "file                     drafts   triage: rules  rules+model   flag recall: rules  rules+model\n";
    TriageFigures all;
    auto const row = [&](std::string_view name, TriageFigures const& f) {
        auto const share = [](int n, int d) { return d == 0 ? 1.0 : static_cast<double>(n) / d; };
        std::array<char, 200> buf{};
        std::snprintf(buf.data(), buf.size(),
                      "%-24.24s %6d          %.3f        %.3f                %.3f        %.3f\n",
                      std::string(name).c_str(), f.drafts, share(f.rules_right, f.drafts),
                      share(f.model_right, f.drafts), share(f.rules_flags, f.flags), share(f.model_flags, f.flags));
        out += buf.data();
    };
    for (std::size_t i = 0; i < figures.size(); ++i) {
        auto const& name = i < file_names.size() ? file_names[i] : std::to_string(i);
        row(name.substr(name.find_last_of('/') + 1), figures[i]);
        auto const& f = figures[i];
        all.drafts += f.drafts;
        all.rules_right += f.rules_right;
        all.model_right += f.model_right;
        all.flags += f.flags;
        all.rules_flags += f.rules_flags;
        all.model_flags += f.model_flags;
        for (std::size_t e = 0; e < triage_ids.size(); ++e)
            for (std::size_t g = 0; g < triage_ids.size(); ++g) {
                all.rules_confusion[e][g] += f.rules_confusion[e][g];
                all.model_confusion[e][g] += f.model_confusion[e][g];
            }
    }
    row("all", all);
    // Where the misses are, over every file: expected (rows) against given (columns).
    for (auto const& [title, m] :
         {std::pair{"rules alone", &all.rules_confusion}, std::pair{"rules+model", &all.model_confusion}}) {
        out += std::string("\n") + title + ": expected (rows) x given\n              ";
        for (auto t : triage_ids)
            out += std::string(t.substr(0, 12)) + std::string(13 - std::min<std::size_t>(12, t.size()), ' ');
        out += "\n";
        for (std::size_t e = 0; e < triage_ids.size(); ++e) {
            std::array<char, 160> buf{};
            std::snprintf(buf.data(), buf.size(), "%-14.14s%-13d%-13d%-13d%-13d%-13d\n",
                          std::string(triage_ids[e]).c_str(), (*m)[e][0], (*m)[e][1], (*m)[e][2], (*m)[e][3],
                          (*m)[e][4]);
            out += buf.data();
        }
    }
    return out;
}

// --- r28: the stop's word model ---
std::string train_stop_words(std::vector<CoachingDraft> const& drafts, StopWordsOptions const& o) {
    std::unordered_map<std::uint64_t, std::string> names;
    std::vector<std::vector<Feature>> xs;
    std::vector<int> ys;
    // The drafts in the order of their text, so the model is the same whatever order the files are named in.
    std::vector<CoachingDraft const*> sorted;
    sorted.reserve(drafts.size());
    for (auto const& d : drafts) sorted.push_back(&d);
    std::ranges::stable_sort(sorted, [](auto const* x, auto const* y) { return x->text < y->text; });
    for (auto const* p : sorted) {
        auto const& d = *p;
        int y = 0;
        if (d.triage == Triage::stop) {
            auto const* const f =
                d.flags.empty() ? flag_ids.end() : std::find(flag_ids.begin(), flag_ids.end(), d.flags.front());
            if (f == flag_ids.end()) continue;  // a stop with no flag named teaches neither class
            y = 1 + static_cast<int>(f - flag_ids.begin());
        }
        FeatureSet fs;
        fs.names = &names;
        detail::stop_word_features(d.text, fs);
        xs.push_back(fs.items());
        ys.push_back(y);
    }
    std::vector<std::string> classes{"none"};
    classes.insert(classes.end(), flag_ids.begin(), flag_ids.end());
    auto const nc = classes.size();
    // Plain stochastic gradient descent on the softmax loss, the step shrinking by epoch (rate / (1 + epoch)), each
    // class weighted by the square root of its rarity (a flag has a few hundred drafts, "none" thousands), L2 on the
    // weights an example touches. Features met in fewer than min_count drafts are left out.
    std::unordered_map<std::uint64_t, int> df;
    for (auto const& x : xs)
        for (auto const& f : x) ++df[f.key];
    std::unordered_map<std::uint64_t, std::size_t> index;
    std::vector<std::uint64_t> keys;
    for (auto const& [key, n] : df)
        if (n >= o.min_count) keys.push_back(key);
    std::ranges::sort(keys);
    for (std::size_t i = 0; i < keys.size(); ++i) index[keys[i]] = i;
    std::vector<double> w(keys.size() * nc, 0.0);
    std::vector<int> count(nc, 0);
    for (auto y : ys) ++count[static_cast<std::size_t>(y)];
    std::vector<double> class_weight(nc, 0.0);
    for (std::size_t k = 0; k < nc; ++k)
        if (count[k] > 0)
            class_weight[k] = std::sqrt(static_cast<double>(ys.size()) / (static_cast<double>(nc) * count[k]));
    std::vector<std::size_t> order(xs.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = i;
    // Several fits, each from its own shuffling, averaged: one fit's figures move by a draft or two with the order
    // the examples happen to come in.
    std::vector<double> mean(w.size(), 0.0);
    std::vector<double> z(nc);
    std::vector<std::size_t> active;
    for (int run = 0; run < std::max(1, o.runs); ++run) {
        std::ranges::fill(w, 0.0);
        std::mt19937 rng(28 + static_cast<unsigned>(run));
        for (int e = 0; e < o.epochs; ++e) {
            std::ranges::shuffle(order, rng);
            double const eta = o.learning_rate / (1.0 + e);
            for (auto i : order) {
                active.clear();
                for (auto const& f : xs[i])
                    if (auto it = index.find(f.key); it != index.end()) active.push_back(it->second);
                std::ranges::fill(z, 0.0);
                for (auto j : active)
                    for (std::size_t k = 0; k < nc; ++k) z[k] += w[j * nc + k];
                double const mx = *std::ranges::max_element(z);
                double sum = 0.0;
                for (auto& v : z) sum += (v = std::exp(v - mx));
                auto const y = static_cast<std::size_t>(ys[i]);
                for (std::size_t k = 0; k < nc; ++k) z[k] = (z[k] / sum - (k == y ? 1.0 : 0.0)) * class_weight[y];
                for (auto j : active)
                    for (std::size_t k = 0; k < nc; ++k) w[j * nc + k] -= eta * (z[k] + o.l2 * w[j * nc + k]);
            }
        }
        for (std::size_t j = 0; j < w.size(); ++j) mean[j] += w[j] / std::max(1, o.runs);
    }
    w = std::move(mean);
    std::vector<std::pair<std::string, std::vector<float>>> rows;
    for (std::size_t j = 0; j < keys.size(); ++j) {
        std::vector<float> row(nc);
        float big = 0.0F;
        for (std::size_t k = 0; k < nc; ++k) big = std::max(big, std::abs(row[k] = static_cast<float>(w[j * nc + k])));
        if (big >= o.prune) rows.emplace_back(names.at(keys[j]), std::move(row));
    }
    return detector::detail::LinearModel::format(
        classes, std::move(rows),
        "# The stop's word model (templates/detail/triage_model.hpp, StopWords): multinomial logistic regression\n"
        "# over the draft's words, written by `pushback train-stop-words` (templates/triage_learn.cpp) from the\n"
        "# coaching corpus. Classes: none, then the flag that drives a stop. Features: w: a word, b: two words\n"
        "# in a row, t: three (lower-cased; xmention, xbroadcast, xchannel, xlink, xemoji for Slack's tokens; 0\n"
        "# for a number). confidence: the least probability of some flag (1 - none) that stops a draft the rules\n"
        "# did not when the draft's own words hint at the most likely flag; unhinted_confidence: the same when\n"
        "# they do not.\n" +
            setting("confidence", o.confidence) + setting("unhinted_confidence", o.unhinted_confidence));
}
// --- r28: end ---

}  // namespace pushback::templates
