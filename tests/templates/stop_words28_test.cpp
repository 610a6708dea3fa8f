// r28: the stop's word model (templates/detail/triage_model.hpp, StopWords): its features, what training on drafts
// teaches it, the gate on the draft's own hints, and that the shipped model is the one the trainer writes.
#include <algorithm>
#include <catch2/catch.hpp>
#include <filesystem>
#include <fstream>
#include <sstream>
#include <string>
#include <unordered_map>

#include "detector/analysis.hpp"
#include "support.hpp"
#include "templates/advice.hpp"
#include "templates/detail/triage_model.hpp"
#include "templates/library.hpp"
#include "templates/triage_learn.hpp"

using namespace pushback;

namespace {

std::vector<std::string> word_features(std::string_view text) {
    std::unordered_map<std::uint64_t, std::string> names;
    detector::detail::FeatureSet fs;
    fs.names = &names;
    templates::detail::stop_word_features(text, fs);
    std::vector<std::string> out;
    for (auto const& f : fs.items()) out.push_back(names.at(f.key));
    return out;
}

bool has(std::vector<std::string> const& v, std::string_view name) { return std::ranges::find(v, name) != v.end(); }

std::string slurp(std::filesystem::path const& p) {
    std::ifstream in(p, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

templates::CoachingDraft draft(std::string text, templates::Triage t, std::vector<std::string> flags = {}) {
    templates::CoachingDraft d;
    d.text = std::move(text);
    d.triage = t;
    d.flags = std::move(flags);
    return d;
}

}  // namespace

TEST_CASE("r28: the word model reads Slack's tokens as placeholders, numbers as 0, each feature once",
          "[templates][r28]") {
    auto const f = word_features("<@U12AB> shipped 30 items :tada: <!here> it\xE2\x80\x99s done?? <#C1|eng> 30 items");
    CHECK(has(f, "w:xmention"));
    CHECK(has(f, "w:xemoji"));
    CHECK(has(f, "w:xbroadcast"));
    CHECK(has(f, "w:xchannel"));
    CHECK(has(f, "w:it's"));
    CHECK(has(f, "w:?"));
    CHECK(has(f, "b:shipped_0"));
    CHECK(has(f, "t:xmention_shipped_0"));
    CHECK_FALSE(has(f, "w:30"));
    CHECK_FALSE(has(f, "w:u12ab"));
    CHECK(std::ranges::count(f, std::string("b:0_items")) == 1);
    CHECK(has(word_features("cc @channel please"), "w:xbroadcast"));
    CHECK_FALSE(has(word_features("email me at ops@channelside.io"), "w:xbroadcast"));
}

TEST_CASE("r28: trained on drafts, the word model stops what its words mark, only where the draft hints at the flag",
          "[templates][r28]") {
    std::vector<templates::CoachingDraft> drafts;
    std::vector<std::string> const names{"Dana", "Omar", "Priya", "Lena", "Tomas", "Aiko"};
    std::vector<std::string> const things{"export", "billing page", "search", "invoice flow", "sync job", "map view"};
    for (auto const& n : names)
        for (auto const& t : things) {
            drafts.push_back(draft(n + " is clueless as usual, the " + t + " plan makes no sense.",
                                   templates::Triage::stop, {"person-directed"}));
            drafts.push_back(draft("The " + t +
                                       " slips a week because the API quota is 500 a day; can we ship the read "
                                       "path first?",
                                   templates::Triage::ready));
        }
    templates::StopWordsOptions o;
    o.confidence = 0.6;
    auto const tsv = templates::train_stop_words(drafts, o);
    templates::detail::StopWords m;
    m.model = detector::detail::LinearModel::parse(tsv);
    m.confidence = detector::detail::parse_setting(tsv, "confidence", 2.0);
    REQUIRE(m.confidence == Approx(0.6));
    REQUIRE(m.model.class_names().front() == "none");

    std::string_view const jab = "Honestly Marek is clueless as usual about the upload plan.";
    auto const a = detector::analyze(jab);
    REQUIRE(a.hinted(detector::RedFlag::person_directed));
    auto const w = templates::detail::words_stop(m, jab, a);
    REQUIRE(w.has_value());
    CHECK(w->flag == "person-directed");
    CHECK(w->probability >= 0.6);

    std::string_view const fine = "The upload slips a week because the quota is 500 a day; can we ship reads first?";
    CHECK_FALSE(templates::detail::words_stop(m, fine, detector::analyze(fine)).has_value());
    // The same words with no hint of a person judged in the draft: no stop on the words alone.
    std::string_view const unhinted = "as usual, the upload plan makes no sense.";
    auto const b = detector::analyze(unhinted);
    REQUIRE_FALSE(b.hinted(detector::RedFlag::person_directed));
    CHECK_FALSE(templates::detail::words_stop(m, unhinted, b).has_value());
    // ...unless the model is as sure as the unhinted confidence asks.
    m.unhinted_confidence = 0.6;
    auto const u = templates::detail::words_stop(m, unhinted, b);
    REQUIRE(u.has_value());
    CHECK(u->flag == "person-directed");
    // A confidence above 1 never stops.
    m.confidence = 1.5;
    CHECK_FALSE(templates::detail::words_stop(m, jab, a).has_value());
}

// The shipped model is reproducible: `pushback train-stop-words --out templates/model` on every coaching file but
// the held-out split and the newest blind split writes exactly templates/model/stop_words.tsv. (r29: the splits that
// chose its settings, dev58, dev59, dev61, dev63, dev68 and dev69, joined the fit once they were chosen.)
TEST_CASE("r28: templates/model/stop_words.tsv is what train-stop-words writes from the coaching corpus",
          "[templates][r28]") {
    std::filesystem::path const dir = std::filesystem::path(PUSHBACK_TEST_DATA_DIR) / "data" / "coaching";
    // (dev72 to dev76, the newest blind splits, are kept out of the fit so they stay unseen; r30: dev70
    // and dev71 joined the fit.)
    // r32: the blind splits read in earlier rounds (dev72-76, dev78, dev79) joined the fit; the four no reading was
    // written from stay out, unseen.
    std::vector<std::string> const held{"test", "dev77", "dev80", "dev81", "dev82", "dev83", "dev84", "dev85"};
    std::vector<templates::CoachingDraft> drafts;
    int file = 0;
    for (auto const& e : std::filesystem::directory_iterator(dir)) {
        if (e.path().extension() != ".jsonl" || std::ranges::find(held, e.path().stem().string()) != held.end())
            continue;
        auto part = templates::read_coaching(slurp(e.path()), file++);
        REQUIRE(part.has_value());
        drafts.insert(drafts.end(), part->begin(), part->end());
    }
    REQUIRE(drafts.size() > 5000);
    auto const shipped =
        slurp(std::filesystem::path(PUSHBACK_TEST_DATA_DIR) / ".." / "templates" / "model" / "stop_words.tsv");
    CHECK(templates::train_stop_words(drafts, {}) == shipped);
}

TEST_CASE("r28: a jab the rules read as ready is stopped on the word model's reading", "[templates][r28]") {
    std::string_view const text =
        "Tom, whoever taught you colour should get a refund. The milk-yield dashboard looks like a 2009 Excel chart. "
        "Let's redo it before the co-op demo.";
    auto const adv = templates::advise(test_support::builtin(), detector::analyze(text), text);
    CHECK(adv.triage == templates::Triage::stop);
    REQUIRE_FALSE(adv.flags.empty());
    CHECK(adv.cards.size() <= 1);
}
