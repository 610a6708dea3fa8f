// The detector's learned part (issue 12): the model file format, training, the gate that lets the
// models decide only where the rules are unsure, k-fold cross-validation on the real dev split; and
// the rules added with it (red flags, add-on asks and commitments by construction).
#include <algorithm>
#include <boost/json.hpp>
#include <catch2/catch.hpp>
#include <fstream>
#include <iostream>
#include <sstream>
#include <string>

#include "detector/analysis.hpp"
#include "detector/detail/model.hpp"
#include "detector/detail/pipeline.hpp"
#include "detector/learn.hpp"

using namespace pushback::detector;
using detail::LinearModel;

namespace {

std::string read_data(std::string const& rel) {
    std::ifstream in(std::string(PUSHBACK_TEST_DATA_DIR) + "/data/" + rel, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

bool flagged(std::string_view text, RedFlag f) {
    auto const a = analyze(text);
    return std::find(a.red_flags.begin(), a.red_flags.end(), f) != a.red_flags.end();
}

}  // namespace

TEST_CASE("a model file reads back what was written, settings and all", "[detector][learned]") {
    std::vector<std::pair<std::string, std::vector<float>>> rows{{"w:eta", {0.5F, -1.25F}}, {"bias", {0.1F, 0.0F}}};
    auto const text = LinearModel::format({"ask", "other"}, rows, "# test\nzone\t0.750\n");
    auto const m = LinearModel::parse(text);
    REQUIRE(m.classes() == 2);
    CHECK(m.class_names()[0] == "ask");
    auto const key = detail::fnv_step(detail::fnv_basis, "w:eta");
    REQUIRE(m.weights(key) != nullptr);
    CHECK(m.weights(key)[0] == Approx(0.5));
    CHECK(m.weights(key)[1] == Approx(-1.25));
    CHECK(m.name(key) == "w:eta");
    CHECK(m.weights(detail::fnv_step(detail::fnv_basis, "w:unknown")) == nullptr);
    CHECK(detail::parse_setting(text, "zone", 0.0) == Approx(0.75));
    CHECK(detail::parse_setting(text, "rules_lead", 2.0) == Approx(2.0));
    // A feature named in pieces hashes as the whole name.
    detail::FeatureSet fs;
    fs.add("w:", "eta");
    CHECK(fs.items().front().key == key);
    CHECK(LinearModel::parse("").empty());
}

TEST_CASE(
    "training learns constructions the rules do not know, topic words cannot pull the kind, and the gate "
    "keeps the rules' sure verdicts",
    "[detector][learned]") {
    // A toy corpus where how a message opens decides the kind ("hmm" and a gerund vs "well" and a past
    // form): the rules know neither construction, the model must learn them. The topic words (made
    // up, one per kind) say nothing the model may read.
    std::string jsonl;
    for (int i = 0; i < 12; ++i) {
        jsonl += R"({"text": "hmm fiddling zorblax the widget number )" + std::to_string(i) +
                 R"(", "vague": true, "kind": "thanks", "source": "t)" + std::to_string(i) + "\"}\n";
        jsonl += R"({"text": "well twiddled quimbo the widget number )" + std::to_string(i) +
                 R"(", "vague": true, "kind": "status", "source": "s)" + std::to_string(i) + "\"}\n";
    }
    auto const data = read_labeled(jsonl, 0);
    REQUIRE(data.has_value());
    TrainOptions options;
    options.kind_margin = 1e9;  // let the model decide everything here
    auto const trained = train_models(*data, options);
    auto const kind = LinearModel::parse(trained.kind_tsv);
    auto const vague = LinearModel::parse(trained.vague_tsv);
    REQUIRE_FALSE(kind.empty());
    detail::Models const models{&kind, &vague, options.vague_zone, options.kind_margin};
    // New words in the learned constructions: the construction decides.
    auto const a = detail::analyze_with("hmm wiggling the gadget", models, nullptr);
    CHECK(a.kind == MessageKind::thanks);
    CHECK(a.kind_by_model);
    CHECK(std::any_of(a.kind_cues.begin(), a.kind_cues.end(),
                      [](auto const& cue) { return cue == "sf:hmm" || cue == "b:hmm <ing>" || cue == "f1:hmm"; }));
    CHECK(detail::analyze_with("well painted the gadget", models, nullptr).kind == MessageKind::status);
    // The topic words alone, swapped into the other construction, do not carry their kind along.
    CHECK(detail::analyze_with("well twiddled zorblax the gadget", models, nullptr).kind == MessageKind::status);
    CHECK(detail::analyze_with("hmm fiddling quimbo the gadget", models, nullptr).kind == MessageKind::thanks);
    CHECK(kind.weights(detail::fnv_step(detail::fnv_basis, "w:zorblax")) == nullptr);

    // With the gate, a verdict the rules are sure of stands: a PM ask is an ask whatever the model says.
    detail::Models const gated{&kind, &vague, options.vague_zone, 0.5};
    auto const b = detail::analyze_with("Any ETA on the zorblax export? It's been three weeks.", gated, nullptr);
    CHECK(b.kind == MessageKind::ask);
    CHECK_FALSE(b.kind_by_model);
}

TEST_CASE("the embedded models decide only where the rules are unsure, and say why", "[detector][learned]") {
    auto const& models = detail::embedded_models();
    REQUIRE(models.kind != nullptr);
    REQUIRE_FALSE(models.kind->empty());
    REQUIRE_FALSE(models.vague->empty());
    CHECK(models.vague_zone > 0.0);
    CHECK(models.kind_confidence > 0.0);
    // No rule cue at all: the rules say `other`, so the model decides, naming its strongest features.
    std::string_view const t = "Looks like things with really long lines are slow.";
    auto const a = analyze(t);
    CHECK(a.kind_by_model);
    CHECK_FALSE(a.kind_cues.empty());
    auto const j = boost::json::parse(to_json(a, t)).as_object();
    REQUIRE(j.contains("decided_by"));
    CHECK(j.at("decided_by").at("kind") == "model");
    CHECK(j.at("decided_by").at("kind_cues").as_array().size() == a.kind_cues.size());
    // A decisive finding keeps the rules' vague verdict: a number used as hyperbole.
    auto const h = analyze("we need this at 150% before the demo");
    CHECK(h.vague);
    CHECK_FALSE(h.vague_by_model);
}

TEST_CASE("k-fold cross-validation on the real dev split: the learned part does not lose to the rules",
          "[detector][learned][corpus]") {
    // The first two rounds' lines (1-735) and the later ones as separate inputs: the floors below were
    // set on the first and hold there; later batches (harder: other repositories, other labelers) are measured, and the
    // models must not lose to the rules on them either.
    auto const text = read_data("real/dev.jsonl");
    std::size_t cut = 0;
    for (int line = 0; line < 735 && cut != std::string::npos; ++line) cut = text.find('\n', cut) + 1;
    REQUIRE(cut > 0);
    auto const dev = read_labeled(std::string_view(text).substr(0, cut), 0);
    auto const later = read_labeled(std::string_view(text).substr(cut), 1);
    auto const synthetic = read_labeled(read_data("detector/dev.jsonl"), 2);
    REQUIRE(dev.has_value());
    REQUIRE(later.has_value());
    REQUIRE(synthetic.has_value());
    auto data = *dev;
    data.insert(data.end(), later->begin(), later->end());
    data.insert(data.end(), synthetic->begin(), synthetic->end());
    auto const cv = cross_validate(data, 3, TrainOptions{});
    std::cout << format_cv(cv, {"real/dev.jsonl lines 1-735", "real/dev.jsonl later lines", "detector/dev.jsonl"});
    REQUIRE(cv.per_fold.size() == 5);
    auto const& real = cv.pooled[0];
    CHECK(real.model.messages() == static_cast<int>(dev->size()));
    // Measured when the models were trained (tests/data/real/README.md): on lines 1-735 kind 0.495 ->
    // 0.528, vague F1 0.784 -> 0.795 in round 2; 0.516 -> 0.551 and 0.786 -> 0.800 in round 3 (folds over
    // all 948 lines). Floors just under, and never below the rules alone.
    CHECK(real.model.kind_accuracy() >= real.rules.kind_accuracy());
    CHECK(real.model.f1() >= real.rules.f1());
    CHECK(real.model.kind_accuracy() >= 0.54);
    CHECK(real.model.f1() >= 0.80);
    auto const& more = cv.pooled[1];
    CHECK(more.model.kind_accuracy() >= more.rules.kind_accuracy());
    CHECK(more.model.f1() >= more.rules.f1());
    // Round 4 (the grammar of checkable statements, 249 more lines chosen for the vague verdict's hard
    // cases): later lines vague F1 0.746 (rules) -> 0.772 (rules + model); lines 1-735 0.798 -> 0.813.
    CHECK(more.model.f1() >= 0.76);
    // The synthetic split stays where the rules put it.
    CHECK(cv.pooled[2].model.f1() >= 0.99);
}

TEST_CASE("red flags by construction: what is said of a person, harsh words for their work, going over them",
          "[detector][real]") {
    for (std::string_view t :
         {"Priya has no idea how the billing service works.", "Honestly her spec is garbage.",
          "He won't listen to anyone on the team.", "The maintainer is arrogant.", "Sam's estimate is nonsense.",
          "You're pathetic.", "<!channel> She has clearly never shipped anything."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"I don't understand the retry logic yet.", "This spec is garbage: it has no error states.",
          "I have no idea why the build fails on ARM.", "Users don't care about the export format.",
          "\"He won't listen\" is what Dana said about the vendor, not me."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"I'll escalate this to your manager.", "I've emailed the CTO about this.", "Cc'ing Rafael's director here.",
          "Going straight to the CRO on this.", "I'm going over Sam's head on this one."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t : {"I reported this bug to the maintainer.", "Let's go to the standup and decide there.",
                               "Management approved the budget."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
    CHECK(flagged("<!here> can we all agree the Q4 migration plan is nonsense?", RedFlag::broadcast));
    CHECK(flagged("@here this plan is wrong and we all know it", RedFlag::broadcast));
    CHECK_FALSE(flagged("<!here> the deploy starts at 5pm, expect 10 minutes of read-only mode.", RedFlag::broadcast));
    CHECK(flagged("Because rushing the last migration worked out so well for us.", RedFlag::sarcasm));
    CHECK_FALSE(flagged("Thanks a lot, that fixed it.", RedFlag::sarcasm));
}

TEST_CASE("add-on asks and commitments by construction", "[detector][real]") {
    auto const has = [](Analysis const& a, Pattern p) {
        return std::find(a.patterns.begin(), a.patterns.end(), p) != a.patterns.end();
    };
    CHECK(has(analyze("Can we squeeze the CSV export into this sprint too? Shouldn't be a big deal."),
              Pattern::one_more_thing));
    CHECK(has(analyze("Could you also add a dark-mode toggle?"), Pattern::one_more_thing));
    CHECK_FALSE(has(analyze("Any way to pull this into the current sprint?"), Pattern::one_more_thing));
    CHECK_FALSE(has(analyze("I added the CSV export too."), Pattern::one_more_thing));
    for (std::string_view t : {"I'm in.", "Per Dana's call, going with Postgres for the queue.",
                               "I disagree but I'm committing to the plan.", "OK, going with option B.",
                               "Disagree and commit: we ship Friday."}) {
        INFO(t);
        CHECK(analyze(t).kind == MessageKind::commitment);
    }
    CHECK(analyze("I'm in a meeting until 3, will reply after.").kind != MessageKind::commitment);
    CHECK(analyze("Summary of today's call: we keep the March 14 date.").kind == MessageKind::summary);
}

TEST_CASE("progress reports by construction, and a report that names what was done is checkable", "[detector][real]") {
    detail::Models const rules_only{};
    // A past action first, the writer's own past action, a pull request saying what it does, a passive
    // report: status, and specific because the report names what was done.
    for (std::string_view t :
         {"Rebuilt the staging cache and rotated the expired certificate.",
          "We've migrated the billing cron to the new scheduler.", "I just pushed a fix for the flaky upload test.",
          "This PR replaces the hand-rolled retry loop with the client's backoff option.",
          "The export worker has been restarted on both nodes."}) {
        INFO(t);
        auto const r = detail::analyze_with(t, rules_only, nullptr);
        CHECK(r.kind == MessageKind::status);
        CHECK_FALSE(r.vague);
        auto const a = analyze(t);
        CHECK(a.kind == MessageKind::status);
        CHECK_FALSE(a.vague);
    }
    // A report that names nothing, or is vague about how much, stays vague.
    for (std::string_view t :
         {"Finished some of the stuff.", "Updated things.", "It was done.", "Worked on it a bit."}) {
        INFO(t);
        CHECK(detail::analyze_with(t, rules_only, nullptr).vague);
        CHECK(analyze(t).vague);
    }
    // Thinking, worrying, noticing are not reports.
    for (std::string_view t : {"I think the retry loop is fine as it is.", "I worried the cache would go stale.",
                               "I noticed the export drops rows when the file has a BOM."}) {
        INFO(t);
        CHECK(detail::analyze_with(t, rules_only, nullptr).kind != MessageKind::status);
        CHECK(analyze(t).kind != MessageKind::status);
    }
}
