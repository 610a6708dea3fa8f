// judge13: the learned reading of whether a sentence judges a person or mocks (detector/judge.hpp): its data, its
// multiple-instance training, its scoring inside analyze (a draft is as judging as its most judging sentence), the
// hints it licenses, and that without a model (the default) it reads nothing.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string>
#include <vector>

#include "detector/analysis.hpp"
#include "detector/detail/model.hpp"
#include "detector/detail/pipeline.hpp"
#include "detector/judge.hpp"

using namespace pushback::detector;

namespace {

// A small labeled set written for the test: judgments of a person in a sentence among others, and sincere twins.
std::vector<JudgeDraft> toy_data() {
    std::vector<JudgeDraft> out;
    auto const add = [&](std::string text, bool person, bool sarcasm) {
        JudgeDraft d;
        d.text = std::move(text);
        d.person = person;
        d.sarcasm = sarcasm;
        d.fold = "file:" + std::to_string(out.size() % 3);
        out.push_back(std::move(d));
    };
    for (std::string const who : {"Dana", "Marco", "Priya", "Omar", "Lena", "Ravi"}) {
        add("The export ships Friday. Honestly " + who + " is clueless about billing.", true, false);
        add(who + " is hopeless at planning. We still need the audit log by the 3rd.", true, false);
        add("Oh great, another release that breaks login. Love it.", false, true);
        add("The export ships Friday. " + who + " owns the billing page.", false, false);
        add(who + " is out on Monday. We still need the audit log by the 3rd.", false, false);
        add("The release notes are ready. The login fix landed.", false, false);
    }
    return out;
}

}  // namespace

TEST_CASE("judge13: the judge reads the real messages' red_flags and the coaching splits' flags, folds by repository",
          "[detector][judge13]") {
    auto const real = read_judge_data(
        R"({"text": "you clearly have no idea", "red_flags": ["person-directed"], "source": "https://github.com/a/b/issues/1"})"
        "\n"
        R"({"text": "Great, it broke again", "red_flags": ["sarcasm"], "source": "https://github.com/a/b/pull/7"})"
        "\n",
        3, 5);
    REQUIRE(real);
    REQUIRE(real->size() == 2);
    CHECK((*real)[0].person);
    CHECK_FALSE((*real)[0].sarcasm);
    CHECK((*real)[1].sarcasm);
    CHECK((*real)[0].fold == (*real)[1].fold);  // one repository, one fold
    CHECK((*real)[0].fold.starts_with("real:"));
    CHECK((*real)[0].file == 3);
    auto const coaching = read_judge_data(R"({"text": "x", "triage": "stop", "flags": ["sarcasm", "broadcast"]})"
                                          "\n",
                                          2);
    REQUIRE(coaching);
    CHECK((*coaching)[0].sarcasm);
    CHECK((*coaching)[0].fold == "file:2");
    CHECK_FALSE(read_judge_data("{\"flags\": []}\n", 0));
}

TEST_CASE("judge13: without a judge model the analysis reads nothing and licenses no hint", "[detector][judge13]") {
    // The shipped default: no detector/model/judge.tsv unless it earned its place.
    auto const a = analyze_without_judge("Priya is hopeless at planning.");
    CHECK(a.judged < 0.0F);
    CHECK(a.mocked < 0.0F);
}

TEST_CASE("judge13: trained on drafts, the judge finds the judging sentence among others and licenses the hint",
          "[detector][judge13]") {
    auto const data = toy_data();
    JudgeOptions o;
    o.min_count = 2;
    o.person_hint = 0.5;
    auto const tsv = train_judge(data, o);
    auto const m = detail::LinearModel::parse(tsv);
    REQUIRE_FALSE(m.empty());
    REQUIRE(m.classes() == 3);
    CHECK(m.class_names()[1] == "person-directed");
    CHECK(detail::parse_setting(tsv, "person_hint", 2.0) == Approx(0.5));
    // The model in the pipeline, as analyze uses the embedded one.
    auto models = detail::embedded_models();
    models.judge = &m;
    models.judge_person_hint = 0.5;
    models.judge_sarcasm_hint = 2.0;
    // New wordings: a name the training never saw, the judgment in the second sentence or the first.
    auto const judged =
        detail::analyze_with("The export ships Friday. Honestly Aiko is clueless about billing.", models, nullptr);
    auto const sincere = detail::analyze_with("The export ships Friday. Aiko owns the billing page.", models, nullptr);
    CHECK(judged.judged > sincere.judged);
    CHECK(judged.judged >= 0.5F);
    CHECK(sincere.judged < 0.5F);
    CHECK(judged.hinted(RedFlag::person_directed));
    CHECK_FALSE(sincere.hinted(RedFlag::person_directed));
    // Sarcasm: scored, never licensed at a level above 1.
    auto const mocking =
        detail::analyze_with("Oh great, another deploy that breaks checkout. Love it.", models, nullptr);
    CHECK(mocking.mocked > sincere.mocked);
    // Findings stay the rules': the judge only reads and hints.
    CHECK(judged.red_flags ==
          analyze_without_judge("The export ships Friday. Honestly Aiko is clueless about billing.").red_flags);
}

TEST_CASE("judge13: apply_judge sets the reading and licenses each hint only at its level", "[detector][judge13]") {
    auto a = analyze_without_judge("The export ships Friday.");
    REQUIRE_FALSE(a.hinted(RedFlag::person_directed));
    apply_judge(a, 0.6F, 0.95F, 0.9, 0.9);
    CHECK(a.judged == Approx(0.6));
    CHECK_FALSE(a.hinted(RedFlag::person_directed));
    CHECK(a.hinted(RedFlag::sarcasm));
}

TEST_CASE("judge13: held out by fold, every draft is scored by a judge that never saw its fold",
          "[detector][judge13]") {
    auto const data = toy_data();
    JudgeOptions o;
    o.min_count = 2;
    auto const scores = judge_out_of_fold(data, o);
    REQUIRE(scores.size() == data.size());
    // The toy folds repeat the same shapes, so held-out scores still rank the judged drafts above their twins.
    float judged = 0.0F, sincere = 0.0F;
    for (std::size_t i = 0; i < data.size(); ++i) (data[i].person ? judged : sincere) += scores[i].person;
    CHECK(judged / 12.0F > sincere / 24.0F);
    auto const table = format_judge_cv(data, scores, {"toy"});
    CHECK(table.find("person-directed") != std::string::npos);
    CHECK(table.find("all") != std::string::npos);
}
