// Training and leave-one-file-out cross-validation of the coaching triage's combiner.

#include "templates/triage_learn.hpp"

#include <algorithm>
#include <array>
#include <boost/json/object.hpp>
#include <cstdio>
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

}  // namespace pushback::templates
