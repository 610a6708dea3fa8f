// The coaching corpus (tests/data/coaching/*.jsonl: text, triage, perspective, flags) against the
// advice, with the issue's targets: triage accuracy >= 0.90, flag recall >= 0.90, at most one
// bracketed prompt per card on average over the specific drafts, no Slack markup in a card, no card
// for not-pushback, at most one for ready and commitment. dev.jsonl is tuned on; test.jsonl is not
// (it is added when merging: until then its case is skipped, and once there a missed target fails).
// dev.jsonl to dev12.jsonl are tuned on (the learned combiner, templates/model/*.tsv, is trained on all but dev8 and
// dev11: see there). dev2.jsonl (78 drafts) and dev3.jsonl (40) were written and labeled before the advice ever saw
// them, each measured once as an unseen check (dev2: triage 0.705, flag recall 0.500; dev3, after tuning on dev and
// dev2: 0.550 and 0.438), then tuned on like dev. PUSHBACK_COACHING_MISSES=1 prints every miss.
#include <boost/json.hpp>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <sstream>

#include "support.hpp"
#include "templates/advice.hpp"
#include "templates/triage_learn.hpp"

using namespace pushback;
namespace json = boost::json;

namespace {

struct Figures {
    std::size_t drafts = 0, triage_right = 0, perspective_right = 0;
    std::size_t flags_expected = 0, flags_found = 0, flags_extra = 0;
    std::size_t specific_cards = 0, specific_prompts = 0;
    std::size_t all_cards = 0, all_prompts = 0;
    std::vector<std::string> markup;       // cards with Slack markup
    std::vector<std::string> card_counts;  // not-pushback with a card, ready/commitment with several
    std::string misses;
};

std::size_t prompts_in(std::string_view text) {
    std::size_t n = 0;
    for (std::size_t at = text.find('['); at != std::string_view::npos; at = text.find('[', at + 1))
        if (text.find(']', at) != std::string_view::npos) ++n;
    return n;
}

// Slack markup a card must never carry: mentions, channels, links, special mentions, emoji
// shortcodes and pictographs, code fences, list numerals starting a line.
std::string markup_in(std::string_view text) {
    for (std::string_view m : {"<@", "<#", "<!", "<http", "<mailto", "```", "\xF0\x9F"})
        if (text.find(m) != std::string_view::npos) return std::string(m);
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == ':') {
            std::size_t j = i + 1;
            while (j < text.size() && (std::islower(static_cast<unsigned char>(text[j])) || text[j] == '_')) ++j;
            if (j > i + 1 && j < text.size() && text[j] == ':') return std::string(text.substr(i, j + 1 - i));
        }
        bool const line_start = i == 0 || text[i - 1] == '\n';
        if (line_start && std::isdigit(static_cast<unsigned char>(text[i])) && i + 1 < text.size() &&
            (text[i + 1] == '.' || text[i + 1] == ')'))
            return "list numeral";
    }
    return {};
}

Figures run(std::string const& path) {
    Figures f;
    std::ifstream in(path);
    std::string line;
    auto const& lib = test_support::builtin();
    while (std::getline(in, line)) {
        if (line.find_first_not_of(" \t\r") == std::string::npos) continue;
        auto const row = json::parse(line).as_object();
        std::string const text(row.at("text").as_string());
        std::string const triage(row.at("triage").as_string());
        std::string const perspective(row.at("perspective").as_string());
        auto const a = detector::analyze(text);
        auto const adv = templates::advise(lib, a, text);
        ++f.drafts;
        bool const triage_ok = templates::id(adv.triage) == triage;
        f.triage_right += triage_ok;
        f.perspective_right += templates::id(adv.perspective) == perspective;
        std::string missed_flags;
        for (auto const& flag : row.at("flags").as_array()) {
            ++f.flags_expected;
            bool const found = std::find(adv.flags.begin(), adv.flags.end(), flag.as_string()) != adv.flags.end();
            f.flags_found += found;
            if (!found) missed_flags += " " + std::string(flag.as_string());
        }
        for (auto const& flag : adv.flags) {
            bool expected = false;
            for (auto const& e : row.at("flags").as_array()) expected = expected || e.as_string() == flag;
            f.flags_extra += !expected;
        }
        for (auto const& card : adv.cards) {
            auto const n = prompts_in(card.text);
            f.all_cards += 1;
            f.all_prompts += n;
            if (!a.vague) {
                f.specific_cards += 1;
                f.specific_prompts += n;
            }
            if (auto m = markup_in(card.text); !m.empty()) f.markup.push_back(m + " in: " + card.text);
        }
        if ((adv.triage == templates::Triage::not_pushback && !adv.cards.empty()) ||
            ((adv.triage == templates::Triage::ready || adv.triage == templates::Triage::commitment) &&
             adv.cards.size() > 1))
            f.card_counts.push_back(std::string(templates::id(adv.triage)) + " with " +
                                    std::to_string(adv.cards.size()) + " cards: " + text);
        if (!triage_ok || !missed_flags.empty())
            f.misses += "expected " + triage + "/" + perspective +
                        (missed_flags.empty() ? "" : " flags:" + missed_flags) + ", got " +
                        std::string(templates::id(adv.triage)) + "/" + std::string(templates::id(adv.perspective)) +
                        " kind " + std::string(detector::id(a.kind)) + ": " + text.substr(0, 160) + "\n";
    }
    return f;
}

void check_targets(std::string const& split, double accuracy_floor, double recall_floor,
                   double perspective_floor = 0.0) {
    auto const path = std::string(PUSHBACK_TEST_DATA_DIR) + "/data/coaching/" + split + ".jsonl";
    REQUIRE(std::filesystem::exists(path));
    auto const f = run(path);
    REQUIRE(f.drafts > 0);
    double const accuracy = double(f.triage_right) / double(f.drafts);
    double const recall = f.flags_expected ? double(f.flags_found) / double(f.flags_expected) : 1.0;
    double const prompts = f.specific_cards ? double(f.specific_prompts) / double(f.specific_cards) : 0.0;
    double const prompts_all = f.all_cards ? double(f.all_prompts) / double(f.all_cards) : 0.0;
    std::printf(
        "[coaching %s] %zu drafts: triage accuracy %.3f, perspective %.3f, flag recall %.3f (%zu/%zu, %zu "
        "extra), prompts per card %.2f on specific drafts (%zu cards), %.2f on all (%zu cards)\n",
        split.c_str(), f.drafts, accuracy, double(f.perspective_right) / double(f.drafts), recall, f.flags_found,
        f.flags_expected, f.flags_extra, prompts, f.specific_cards, prompts_all, f.all_cards);
    if (std::getenv("PUSHBACK_COACHING_MISSES")) std::printf("%s", f.misses.c_str());
    INFO(f.misses);
    CHECK(accuracy >= accuracy_floor);
    CHECK(recall >= recall_floor);
    CHECK(double(f.perspective_right) / double(f.drafts) >= perspective_floor);
    CHECK(prompts <= 1.0);
    for (auto const& m : f.markup) FAIL_CHECK("Slack markup in a card: " << m);
    for (auto const& c : f.card_counts) FAIL_CHECK(c);
}

// The coaching splits named, read as one corpus, each draft tagged with its split's index.
std::vector<templates::CoachingDraft> corpus(std::vector<std::string> const& names) {
    std::vector<templates::CoachingDraft> drafts;
    for (std::size_t f = 0; f < names.size(); ++f) {
        std::ifstream in(std::string(PUSHBACK_TEST_DATA_DIR) + "/data/coaching/" + names[f] + ".jsonl");
        std::stringstream ss;
        ss << in.rdbuf();
        auto part = templates::read_coaching(ss.str(), static_cast<int>(f));
        REQUIRE(part.has_value());
        drafts.insert(drafts.end(), part->begin(), part->end());
    }
    return drafts;
}

}  // namespace

// Issue 13's targets on the splits tuned on: triage accuracy and flag recall at least 0.90, at most one
// prompt per card, no Slack markup, the card counts per triage.
TEST_CASE("the coaching dev split: card rules met, triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev", 0.90, 0.90);
}

// The held-out split, measured by whoever merges, never tuned on: first 0.610 / 0.360, then after the second
// round (advice and detector merged) triage 0.695, flag recall 0.520 (13 of 25), then after the third (the
// triage combiner, the detector's red flags) triage 0.890, flag recall 0.760 (19 of 25), then after the fourth (red
// flags and motives by construction, triage boundaries, kind by speech act, cards) triage 0.854 (a regression:
// three drafts), flag recall 0.800 (20 of 25, 5 extra), then after the fifth (the combiner gate, red flags by clause,
// triage boundaries, kind from the thread, cards round three) triage 0.854, flag recall 0.760 (19 of 25, 2 extra;
// a regression of one flag), then after the sixth (sentence gates for speed, red flags and triage boundaries by
// construction on four new splits, a stop only on the named flag's own words, cards rounds four and five) triage
// 0.829, flag recall 0.720 (18 of 25, 2 extra), perspective 0.951: a regression of two drafts and one flag, while
// every tuned split rose and the round's two unseen splits (dev16, dev17) barely moved; then after the seventh (the
// writer's way and decisions by construction, red flags and motives by construction, ladder and praise hints that
// need someone named or something gone wrong, cards round six) triage 0.866, flag recall 0.720 (18 of 25, 1 extra),
// perspective 0.951: three drafts better, no flag gained; after the eighth (real text's red flags and motives by
// construction, false-stop guards, two-paths and removal cards) the same 0.866 / 0.720 / 0.951. After the ninth (real
// text's sarcasm, ladder, broadcast, motives and person attacks, ready/news/commitment shapes, a delivery demanded
// as a PM's ask, cards round nine; measured once at its merge, learn9) triage 0.854 (70 of 82: one draft fewer),
// flag recall 0.720 (18 of 25, 1 extra), perspective 0.951. The floor follows the measured figure down rather than
// the round being picked apart on this split (which would tune on it). After the tenth (real text's dispositions,
// deceit and letters to leadership, Slack drafts' faculty denied, bad faith, scare quotes, territory and decrees, the
// reader's own rung, the process's route, cards round ten; measured once at its merge, learn10 cfe48f7) the same
// 0.854 / 0.720 (1 extra) / 0.951. One refit tried this round (the combiner fit on every dev split, a stop naming a
// second flag) scored 0.64 flag recall here when the suite ran, and broke a reviewed behaviour: it was not kept. After
// the eleventh (real text's and the trial shape's person attacks, sarcasm and motives in plain words, false-stop
// guards on 2,804 real messages, fact questions, rival options, reason words that named nothing, cards round eleven;
// measured once at its merge, learn11 c60eddc) triage 0.866 (71 of 82), flag recall 0.720 (18 of 25, 1 extra),
// perspective 0.951.
TEST_CASE("the coaching test split: card rules met, triage and flags above their floors", "[templates][coaching]") {
    // round twenty-four (measured once at its end, f7c20d6 -> 0e6ffce): 0.878 -> 0.878, 19/25 -> 20/25
    // round twenty-eight (measured once at its end, a4391b5 -> the stop's word model): 0.878 -> 0.890, 20/25 -> 21/25
    // round fifteen (merged): 0.866 -> 0.878, 18/25 -> 19/25
    // round thirty-two (measured once at its end, 0bc1ccc -> the word model's refit and the read blind splits in its
    // fit): 0.890 -> 0.915 (75 of 82), 21/25 -> 23/25. The floors are now issue 13's own targets.
    check_targets("test", 0.90, 0.90);
}

TEST_CASE("the coaching dev2 split: card rules met, triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev2", 0.90, 0.90);
}

TEST_CASE("the coaching dev3 split: card rules met, triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev3", 0.90, 0.90);
}

// dev4.jsonl (24 drafts) was written and labeled after all the tuning and measured once, as the last
// unseen check (triage 0.625, flag recall 0.545: the cues still miss wordings they were not written
// for). Since the triage's learned combiner (templates/model/triage.tsv) is trained on every dev split,
// dev4 is tuned on like the others; left out of the training it scores 0.875 / 0.909
// (`pushback train-triage --cv`, the case below).
TEST_CASE("the coaching dev4 split: card rules met, triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev4", 0.90, 0.90);
}

// dev5.jsonl (107 drafts, voices unlike dev-dev4: terse Slack, rambling, non-native English, sales relaying
// customers, quoted PM asks, bullets, emoji, mentions) was labeled before the advice saw it and measured
// once with the rules alone: triage 0.720, flag recall 0.426. The combiner trains on it; left out of the
// training it scores 0.879 / 0.745.
TEST_CASE("the coaching dev5 split: card rules met, triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev5", 0.90, 0.90);
}

// dev7.jsonl (114 drafts on the triage boundaries: vague-but-sincere objections against thanks and status, status
// with a concern, ready drafts in many styles, long reworks without an ask, commitments against reopened decisions,
// replies to PM asks against the writer's own asks of the PM, PM asks pasted alone) was labeled before the advice
// saw it and measured once on main at 58e61f1: triage 0.746, perspective 0.825 (rules alone 0.807). The combiner
// trains on it; left out of the training it scores 0.833 (rules alone 0.877).
TEST_CASE("the coaching dev7 split: card rules met, triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev7", 0.93, 0.90);
}

// dev8.jsonl (60 drafts: an illegitimate reason driving in fresh wording (a technology wanted for its novelty
// or resisted for the learning, taste, territory, attachment, my way), some dressed in a legitimate-sounding
// reason, and legitimate near misses: a framework change with a measured reason, a design change with user
// data, an owner with a real constraint) was labeled before the advice saw it and measured once on main at
// 58e61f1: triage 0.817, flag recall 0.750 (30 of 40). The motives by construction (detector/flags.cpp) were
// tuned on it; the shipped combiner is not trained on it: trained on it, its word features (w:) took dev8's topic
// words as cues, turned two reviewed card tests (a risk to refunds read as a broadcast stop, a commitment read as
// rework) and cost dev7 left out 0.833 -> 0.798 (templates/README.md). Measured with the rules and that combiner:
// 0.933 / 1.000.
TEST_CASE("the coaching dev8 split: card rules met, triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev8", 0.90, 0.95);
}

// dev6.jsonl (105 drafts: 62 stops driven by red flags in wording unlike dev-dev5, 7 with two flags, and 43
// near misses: firm but fair pushback, an escalation agreed in the 1:1, @here for an outage, sincere "great",
// harsh words inside the PM's quoted ask, criticism of code not people) was labeled before the advice saw it and
// measured once on main at 58e61f1: triage 0.695, flag recall 0.580 (40 of 69, 18 extra flags, 8 near misses
// flagged). The red flags by construction (detector/flags.cpp) were tuned on it; left out of the combiner's
// training it scores 0.905 / 0.971.
TEST_CASE("the coaching dev6 split: card rules met, triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev6", 0.95, 0.95);
}

// dev9.jsonl (36 drafts: 22 red-flag stops, 14 near misses) was written and labeled after the dev6 tuning and
// measured once as its unseen check: triage 0.722, flag recall 0.654 (17 of 26; main at 58e61f1: 0.722 /
// 0.615), so the dev6 figures were partly memorised wording. Tuned on since; left out of the combiner it scores
// 0.861 / 0.962.
TEST_CASE("the coaching dev9 split: card rules met, triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev9", 0.90, 0.90);
}

// dev10.jsonl (114 drafts: 60 stops covering every red flag and every illegitimate reason in voices unlike dev-dev9
// (dispatch, labs, fintech, kiosks, Portuguese code-switching, long paragraphs with one bad sentence, terse Slack),
// 54 near misses: a named person as a source of fact, escalation to a severity, channel announcements, sincere
// praise, a legitimate reason said emotionally, a 1:1 first and then a skip-level) was labeled before the advice saw
// it and measured once on main at 11c3dfe: triage 0.763, flag recall 0.738 (45 of 61, 13 extra, 6 of 54 near misses
// flagged; leave-one-file-out rules alone 0.553 / 0.492). The red flags and motives by clause (detector/flags.cpp,
// the flags10 round) were tuned on it; left out of the combiner it scores 0.851 / 0.951.
TEST_CASE("the coaching dev10 split: card rules met, triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev10", 0.93, 0.95);
}

// dev11.jsonl (112 drafts on the triage boundaries and the perspective, in voices unlike dev..dev9: hedged but
// specific, bullets, terse, long without an ask, vague sincere concerns, status with a concern, commitments vs
// decisions reopened, PM asks in unusual wording, replies with and without a marker, the writer's own asks) was
// labeled before the advice ran on it and measured once on main at 11c3dfe: triage 0.848, perspective 0.830
// (flag recall 5/5). Tuned on since (constructions, not its wording: templates/detail/triage_cues.cpp): 0.964 /
// 0.982 with the shipped combiner, which is not trained on it (templates/README.md: refit on the new cues, with
// or without dev11, it stops specific drafts); left out of a combiner trained on every other split 0.929.
TEST_CASE("the coaching dev11 split: triage, perspective and flags above their floors", "[templates][coaching]") {
    check_targets("dev11", 0.95, 0.95, 0.97);
}

// dev13.jsonl (151 drafts in roles none of the earlier files have: SRE, data engineer, QA, mobile lead, a designer
// and engineer pair, a contractor, a sales engineer answering a customer-driven PM ask; non-native English, very
// short and very long drafts, bullets, Slack markup, threads pasted with two speakers; 33 adapted from public
// pages, with their URL). Its first 115 lines were labeled before the advice ran on them and measured once on main
// at 087810c: triage 0.878, perspective 0.887 (leave-one-file-out 0.800 rules, 0.887 rules+model). Tuned on since
// (constructions, not its wording: a concessive opener, 'X it is', the trade as a what-question, a question of fact
// by its grammar, a speaker's line as a quote, news with no objection, an objection argued with particulars). Lines
// 116-151 were written after that tuning and measured once, unseen by both: main 0.833 / 0.861, triage13 0.889 /
// 0.944. With the shipped combiner, trained on all of it: 0.974 / 0.967; left out of the combiner 0.927.
TEST_CASE("the coaching dev13 split: triage, perspective and flags above their floors", "[templates][coaching]") {
    check_targets("dev13", 0.96, 0.93, 0.95);
}

// dev12.jsonl (134 drafts: 67 stops over every red flag and every illegitimate reason, 67 near misses; 43 adapted from
// text people posted in public (a source URL on each), the rest in voices unlike dev..dev11: support, data science,
// staff engineers, contractors, non-native English, one-liners, long paragraphs where the flag is one clause) was
// labeled before the advice ran on it and measured once on main at 087810c: triage 0.701, flag recall 0.535 (38 of
// 71, 15 extra; person-directed 8/21, sarcasm 3/9, broadcast 3/8, skips-ladder 6/10). The red flags and motives by
// construction (detector/flags.cpp, the stops12 round) were tuned on it and the shipped combiner is trained on it:
// 0.881 / 0.944; left out of the combiner 0.806 / 0.887 (rules alone 0.724 / 0.831).
TEST_CASE("the coaching dev12 split: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev12", 0.94, 0.97);  // round fifteen (merged): 0.940 -> 0.948, 68/71 -> 69/71
}

// dev16.jsonl (109 drafts adapted from real public text: GitHub threads, forums, posts quoting messages people sent;
// a source URL on each) and dev17.jsonl (96 Slack-style drafts in fields none of the other files have: fintech,
// healthcare, games, embedded, data platforms) were labeled by a helper who ran nothing on them, and are the sixth
// round's unseen check: nobody tuned on them and the combiner is not trained on them. Measured once, the round's
// final build against main before the round (087810c):
//   dev16  triage 0.477 -> 0.468   flag recall 0.333 -> 0.417 (15 extra)   perspective 0.807 -> 0.798
//   dev17  triage 0.729 -> 0.760   flag recall 0.500 -> 0.500 (6 extra)    perspective 0.844 -> 0.854
// The round's rules and refit hardly moved text nobody tuned on: the gap between the tuned splits (0.9+) and these
// is the coaching's real weakness. A refit with them in the fit broke five reviewed behaviours (cards_test,
// triage_cues_test), so they stay out of it. Floors just under, so the next round starts from here.
// From the seventh round (real16) on they are TUNED ON (the triage rules read their misses; the combiner's fit still
// leaves them out), so these floors no longer measure unseen text: dev16 triage 0.468 -> 0.523 (a way laid out item
// by item, a preference, questions of fact asked as imperatives, a decision reported with "that"), dev17 0.760 ->
// 0.760. Floors just under. Their flags are tuned on from flags16 too: recall held (dev16 10/24, dev17 12/24: flag
// floors unchanged), false stops fewer (extra flags dev16 15 -> 10, dev17 6 -> 6 on this main; 5 before the rebase).
// ready18: the writer's way said as a plan, the plain request and the decision accepted in the writer's own words,
// each a construction tested on new wordings (triage_cues_test): dev16 0.541 -> 0.596, dev17 0.771 -> 0.823 with the
// shipped combiner (still out of its fit); rules alone dev16 0.468 -> 0.532, dev17 0.615 -> 0.698. Floors just under.
// ready18b: the engineer's own ask made as "I" on a case, the dissent conceded before stepping aside, the announcement
// that only asks what the reader needs: dev16 0.615 -> 0.624, dev17 0.812 -> 0.833 against main at 5d0f13d; rules
// alone dev16 0.560 -> 0.578, dev17 0.740 -> 0.760. Triage floors just under.
// stops18b: the writer's own decision keeps its motive (dev17 flags 15/24 -> 17/24 on its branch; 16/24 merged with
// ready18b, whose reading of "<!channel> … are we seriously launching …??" as an ask leaves its broadcast unstopped).
// triage20: real people's ready, news and commitment shapes (a no with its reason, a plan ordered by a dependency, a
// "will the X ship?" or a date question with its pressure disowned, a yes to a quoted "can you live with it?", "are you
// waiting on" as the reader's wait): dev16 0.624 -> 0.633, dev17 0.844 -> 0.854 against main at 0385bf5 (dev18 and
// dev19, measured summary-only: dev18 triage 0.443 -> 0.456, one draft; dev19 0.859 unchanged). Triage floors just
// under.
// motives20: motives and the ladder by a clause's grammar (effort with the thing's loss refused, the writer's record or
// word for a reason, familiarity and fashion, a look judged, someone above made to act, the written move): against
// main at 77b1a18, dev16 triage 0.624 -> 0.633, flags 12/24 -> 13/24; dev17 triage 0.844 -> 0.875, flags 16/24 ->
// 21/24. Floors just under.
// irony20: a stop told of the sarcasm its wink says, a broadcast stopped by the refit combiner: dev16 flags 12/24 ->
// 13/24, dev17 triage 0.844 -> 0.854, flags 16/24 -> 17/24. Floors just under.
// person20: person-directed by construction (futile dealings, a likeness to a child, naming for shame, …): dev16 flags
// 12/24 -> 13/24 and triage 0.624 -> 0.633, dev17 flags 16/24 -> 17/24 against main at 77b1a18. Floors just under.
// Ninth round (learn9: sarcasm9, motives9, ready9, recap9, persp9, cards9 merged, combiner refit): dev16 triage 0.661
// -> 0.725, flags 15/24 -> 19/24, perspective 0.817 -> 0.853; dev17 0.875 -> 0.906. Floors just under.
// Eleventh round: the combiner's refit after the round's detector changes moved one dev16 draft (0.725 -> 0.716) while
// the real messages gained two labeled stops and lost three false ones; dev17 0.917, 22/24.
TEST_CASE("the unseen real-text and Slack splits of the sixth round: triage and flags above their floors",
          "[templates][coaching]") {
    check_targets("dev16", 0.71, 0.79);
    check_targets("dev17", 0.93, 1.00);  // round fifteen (merged): 0.927 -> 0.938, 24/24 -> 24/24
}

// The seventh round's unseen check (branch data18): dev18, 79 drafts adapted from real public text (source URLs, none
// shared with an earlier split), and dev19, 92 drafts written in the shape of the issue's own trial; labeled by hand,
// nothing run on them until the lead measured them once on main before the round's work (a43548e) and once on its
// merged build (882cf23), before any tuning: dev18 triage 0.494 -> 0.443, flags 7/22 -> 6/22, extra flags 14 -> 9;
// dev19 triage 0.815 -> 0.859, flags 18/28 -> 18/28, extra flags 7 -> 6. Floors just under; tuned on from here.
// motives20 (summary lines only, never its texts or misses): dev18 unchanged (0.443, 6/22, 9 extra: the motives read
// by construction did not reach its real-text wordings); dev19 0.859 -> 0.870, flags 19/28 -> 21/28, extra 6 -> 5.
// The eighth round's merge (learn8): dev18 0.481, 8/22; dev19 0.880, 23/28 (both tuned on from this round on).
// The ninth round's merge (learn9): dev18 0.696, 16/22 (extra 8 -> 5); dev19 0.913, 23/28.
TEST_CASE("the unseen splits of the seventh round: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev18", 0.74, 0.81);  // round twelve: 0.747, 18/22
    check_targets("dev19", 0.95, 0.96);  // round fifteen (merged): 0.957 -> 0.957, 26/28 -> 27/28
}

// The eighth round's unseen check (branch data20): dev20, 92 drafts written in the shape of the issue's own trial with
// a third of them stops (ten with two flags), and dev21, 75 drafts adapted from real public text (source URLs; 4 lines
// share a source with dev18); labeled by hand, nothing run on them until the lead measured them once on main before
// the round's work (5974290) and once on the round's merged build (5092be3), before any tuning: dev20 triage 0.935 ->
// 0.924, flags 27/39 -> 28/39, extra flags 3 -> 3; dev21 triage 0.493 -> 0.493, flags 4/22 -> 3/22, extra 6 -> 6
// (the 71 lines with no shared source: 0.507 -> 0.507, flags 4/21 -> 3/21). One bug found on dev20 after that
// measurement was fixed ("What if we rewrote it in Elixir?" read as a condition): dev20 0.935, 29/39. Floors just
// under; tuned on from here. The ninth round's merge (learn9): dev20 0.946, 30/39; dev21 0.787, 18/22 (extra 6 -> 1).
TEST_CASE("the unseen splits of the eighth round: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev20", 0.97, 0.97);  // round twelve (trial12): 0.978, 39/39
    check_targets("dev21", 0.79, 0.86);  // round twelve (precision12): 0.800, 19/22
}

// The ninth round's unseen check (branch data22): dev22, 80 drafts adapted from real public text (65 sources, none
// shared with an earlier split; 28 stops), and dev23, 90 drafts in the shape of the issue's own trial (31 stops, ten
// with two flags); labeled by hand, nothing run on them until the lead measured them once on the round's starting
// build (learn8, 04a6cf5) and once on its merged build (learn9), before any tuning:
//   dev22  triage 0.575 -> 0.588   flags 15/34 -> 15/34 (10 extra)   perspective 0.925 -> 0.925
//   dev23  triage 0.856 -> 0.856   flags 26/41 -> 26/41 (3 extra)    perspective 0.944 -> 0.944
// The round's constructions moved the splits they were built on (dev21 0.507 -> 0.787) and almost nothing new: by
// construction, a reading reaches the wordings it was written for. Not in the combiner's fit. Floors just under.
TEST_CASE("the unseen splits of the ninth round: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev22", 0.73, 0.91);  // round fifteen (merged): 0.725 -> 0.738, 29/34 -> 31/34
    check_targets("dev23", 0.95, 0.97);  // round fifteen (merged): 0.944 -> 0.956, 40/41 -> 40/41
}

// The tenth round's unseen check (branch data24): dev24, 80 drafts adapted from real public text (69 sources, none
// shared with an earlier split; 26 stops, eight with two flags), and dev25, 90 drafts in the shape of the issue's own
// trial in fields no earlier split has (healthcare IT, game dev, e-commerce search, fintech compliance, developer
// tools, robotics, public-sector forms, logistics; 30 stops, ten with two flags); labeled by hand, nothing run on them
// until the lead measured them once on the round's starting build (main 36975d7) and once on its merged build (learn10
// cfe48f7), before any tuning:
//   dev24  triage 0.537 -> 0.537   flags 13/34 -> 13/34 (9 extra)   perspective 0.875 -> 0.875
//   dev25  triage 0.733 -> 0.733   flags 20/40 -> 21/40 (1 extra)   perspective 0.889 -> 0.889
// Again the round's constructions moved the splits they were built on (dev22 0.588 -> 0.725, dev23 0.856 -> 0.933)
// and nothing unseen. Not in the combiner's fit. Floors just under.
TEST_CASE("the unseen splits of the tenth round: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev24", 0.73, 0.94);  // round fifteen (merged): 0.725 -> 0.738, 32/34 -> 32/34
    check_targets("dev25", 0.92, 1.00);  // round fifteen (merged): 0.900 -> 0.922, 40/40 -> 40/40
}

// The eleventh round's unseen check (branch data26): dev26, 80 drafts adapted from real public text (70 sources, none
// shared with an earlier split or the real messages; 25 stops, six with two flags), and dev27, 90 drafts in the shape
// of the issue's own trial in fields no earlier split has (automotive, telecom, edtech, media streaming, insurance
// claims, energy, ad-tech, lab software; 30 stops, ten with two flags); labeled by hand, nothing run on them until the
// lead measured them once on the round's starting build (main 814b743) and once on its merged build (learn11 c60eddc),
// before any tuning:
//   dev26  triage 0.575 -> 0.575   flags 11/31 -> 12/31 (7 -> 6 extra)   perspective 0.900 -> 0.900
//   dev27  triage 0.867 -> 0.878   flags 23/40 -> 24/40 (0 extra)        perspective 0.933 -> 0.933
// A third round where the constructions moved the splits they were built on (dev24 0.537 -> 0.650 and 13 -> 32 of 34
// flags, dev25 0.733 -> 0.900 and 21 -> 40 of 40) and barely anything unseen. Not in the combiner's fit. Floors just
// under.
TEST_CASE("the unseen splits of the eleventh round: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev26", 0.81, 1.00);  // round fifteen (merged): 0.800 -> 0.812, 31/31 -> 31/31
    check_targets("dev27", 0.96, 0.97);  // round twelve (trial12): 0.967, 40/40; tuned on from round twelve
}

// The twelfth round's unseen check (branch data28): dev28, 80 drafts adapted from real public text (74 sources, none
// shared with an earlier split or the real messages; 25 stops, five with two flags), and dev29, 90 drafts in the shape
// of the issue's own trial in fields no earlier split has (airline operations, retail point-of-sale, HR and payroll,
// real estate, travel booking, security operations, legal tech, agritech; 30 stops, ten with two flags); labeled by
// hand, nothing run on them until the lead measured them once on the round's starting build (main a597748) and once on
// its merged build (learn12), before any tuning:
//   dev28  triage 0.588 -> 0.588   flags 11/30 -> 11/30 (5 -> 6 extra)   perspective 0.900 -> 0.900
//   dev29  triage 0.889 -> 0.889   flags 31/40 -> 31/40 (2 extra)        perspective 0.944 -> 0.944
// A fourth round where the constructions moved the splits they were built on (dev26 0.575 -> 0.750 and 12 -> 31 of
// 31 flags, dev27 0.878 -> 0.967 and 24 -> 40 of 40) and nothing unseen. Not in the combiner's fit. Floors just under.
TEST_CASE("the unseen splits of the twelfth round: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev28", 0.77, 0.80);  // round fifteen (merged): 0.762 -> 0.775, 22/30 -> 24/30
    check_targets("dev29", 0.94, 0.97);  // round thirteen (trial13): 0.944, 40/40; tuned on from round thirteen
}

// The thirteenth round's unseen check (branch data30): dev30, 80 drafts adapted from real public text (72 sources, none
// shared with an earlier split or the real messages; 25 stops, nine with two flags), and dev31, 90 drafts in the shape
// of the issue's own trial in fields no earlier split has (construction software, restaurants, nonprofit fundraising,
// aerospace maintenance, maritime shipping, clinical trials, newsroom publishing, public transit; 30 stops, ten with
// two flags); labeled by hand, nothing run on them until the lead measured them once on the round's starting build
// (main 968970d) and once on its merged build (learn13), before any tuning:
//   dev30  triage 0.463 -> 0.475   flags 9/34 -> 9/34 (7 extra)    perspective 0.875 -> 0.875
//   dev31  triage 0.900 -> 0.900   flags 31/40 -> 31/40 (2 extra)  perspective 0.944 -> 0.944
// A fifth round where the constructions moved the splits they were built on (dev28 0.588 -> 0.750 and 11 -> 22 of 30
// flags, dev29 0.889 -> 0.944 and 31 -> 40 of 40) and next to nothing unseen; a learned reading of who a sentence
// judges (judge13, detector/judge.hpp) did not carry either. Not in the combiner's fit. Floors just under.
TEST_CASE("the unseen splits of the thirteenth round: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev30", 0.75, 0.85);  // round fifteen (merged): 0.738 -> 0.750, 27/34 -> 29/34
    check_targets("dev31", 0.98, 1.00);  // round fifteen (merged): 0.967 -> 0.989, 39/40 -> 40/40
}

// The fourteenth round's unseen check (branch data32): dev32, 80 drafts adapted from real public text (70 sources, none
// shared with an earlier split or the real messages; 25 stops, four with two flags), and dev33, 90 drafts in the shape
// of the issue's own trial in fields no earlier split has (mining, veterinary clinics, sports and fitness apps,
// libraries and archives, VFX studios, semiconductor fabs, waste management, museums; 30 stops, ten with two flags);
// labeled by hand, nothing run on them until the lead measured them once on the round's starting build (main 1857ed5)
// and once on its merged build (learn14), before any tuning:
//   dev32  triage 0.525 -> 0.512   flags 8/29 -> 8/29 (5 -> 6 extra)   perspective 0.988 -> 0.988
//   dev33  triage 0.844 -> 0.856   flags 29/40 -> 32/40 (1 extra)      perspective 0.967 -> 0.978
// A sixth round where real people's text did not move (sarcasm 0 of 7 found on dev32 before and after) and the
// trial's shape moved a little (new-framework, territorial and sarcasm each one more). Not in the combiner's fit.
// Floors just under.
TEST_CASE("the unseen splits of the fourteenth round: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev32", 0.71, 0.82);  // round fifteen (merged): 0.512 -> 0.713, 8/29 -> 24/29
    check_targets("dev33", 0.93, 1.00);  // round fifteen (merged): 0.856 -> 0.933, 32/40 -> 40/40
}

// sarcasm14's two batches (dev34, dev35), labeled by the helper before anything ran on them: batch A tuned on (sarcasm
// 19 -> 38 of 40, triage 0.567 -> 0.933), batch B written before any of the round's sarcasm constructions and measured
// once before and once after them (sarcasm 12 -> 24 of 30, triage 0.600 -> 0.867, flags 14/34 -> 27/34). Floors just
// under the merged build's figures (dev34 0.933, 43/46; dev35 0.867, 27/34).
TEST_CASE("the sarcasm batches of the fourteenth round: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev34", 0.95, 1.00);  // round fifteen (merged): 0.933 -> 0.950, 43/46 -> 46/46
    check_targets("dev35", 0.95, 0.94);  // round fifteen (merged): 0.867 -> 0.956, 27/34 -> 32/34
}

// The fifteenth round's unseen check (branch data36): dev36, 80 drafts adapted from real public text (71 sources, none
// shared with an earlier split or the real messages; 20 stops), and dev37, 90 drafts in the shape of the issue's own
// trial in fields no earlier split has (dental and optometry practices, last-mile courier delivery, game live-ops,
// retail banking core systems, municipal services, university admissions, theatre and live events, water treatment;
// 30 stops, ten with two flags); and dev38 (branch data38), 110 drafts written as a blind check of the round's flag
// work by a helper who was not one of its builders: person-directed, skips-ladder, broadcast, the five illegitimate
// reasons, six two-flag stops and 32 near misses, 57 of them adapted from real public text. Labeled by hand, nothing
// run on them until the lead measured them once on the round's starting build (main 7acc3b6) and once on its merged
// build (int15), before any tuning:
//   dev36  triage 0.550 -> 0.550   flags 10/23 -> 10/23 (6 extra)   perspective 0.975 -> 0.975
//   dev37  triage 0.900 -> 0.922   flags 31/40 -> 32/40 (4 extra)   perspective 0.956 -> 0.967
//   dev38  triage 0.818 -> 0.827   flags 70/84 -> 71/84 (7 extra)   perspective 0.973 -> 0.973
// The tuned files gained 41 flags (1062 -> 1103 of 1144) and 40 triage calls; another writer's text, one or two. Not
// in the combiner's fit. Floors just under.
// Tuned on from the seventeenth round (flags17, detector/flags.cpp): dev36 0.550 -> 0.613, flags 10/23 -> 16/23; dev37
// 0.922 -> 0.944, 32/40 -> 40/40; dev38 0.827 -> 0.900, 71/84 -> 83/84. Floors just under.
TEST_CASE("the unseen splits of the fifteenth round: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev36", 0.60, 0.69);
    check_targets("dev37", 0.94, 0.97);
    check_targets("dev38", 0.89, 0.98);
}

// The seventeenth round's unseen check (branch data39): dev39, 90 drafts in the shape of the issue's own trial in
// fields no earlier split has (pharmacy dispensing, ride-hailing driver apps, hotel property management, K-12 school
// district IT, ticket resale, building automation and HVAC, pet insurance, print and packaging; 30 stops, ten with two
// flags, every flag at least three times; 12 near misses). Labeled by hand by a helper who ran nothing on them, and
// measured once on the round's starting build (main c69e559) and once on the round's build before any tuning on it
// (after flags17's first constructions and the four probes):
//   dev39  triage 0.911 -> 0.911   flags 35/40 -> 35/40 (3 extra)   perspective 0.978 -> 0.978
// Then tuned on (an ask naming the smaller thing it would take, an argument lost and the work taken up, ground gated,
// ownership shouted, an absurd author, work dismissed to its author, a fun stack): 0.989, 40/40. Not in the combiner's
// fit. Floors just under.
TEST_CASE("the unseen split of the seventeenth round: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev39", 0.97, 0.97);
}

// The seventeenth round's blind check of the red flags and motives (branch data40): dev40, 100 drafts (65 stops, 8 with
// two flags; 35 near misses; 54 adapted from real public text, 53 sources none used before), labeled by hand by a
// helper who ran nothing on them. Measured once on the round's starting build (c69e559) and once on its build before
// any tuning on it:
//   dev40  triage 0.680 -> 0.690   flags 40/73 -> 41/73 (11 extra)   perspective 0.960 -> 0.960
// Then tuned on (the flat shapes of mockery, a person kept out on purpose, conduct charged, a stack for boredom, the
// sole gate; a launch told to a channel, the writer's own slip and an apology are no stops): 0.800, 51/73. Not in the
// combiner's fit. Floors just under.
TEST_CASE("the blind flag split of the seventeenth round: triage and flags above their floors",
          "[templates][coaching]") {
    check_targets("dev40", 0.79, 0.69);
}

// probe17 (dev41): nine probes of 30 trial-shaped drafts written and labeled by the round's lead before they ran, each
// measured once and then tuned on (before their fixes: 232/270 triage, 0.859); after the round 0.978, flags 96/98.
TEST_CASE("the seventeenth round's probes: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev41", 0.97, 0.97);
}

// The eighteenth round's unseen split (branch data42): dev42, 90 trial-shaped drafts in eight fields no earlier split
// used much (28 stops, 8 with two flags; 14 near misses), labeled by hand by a helper who ran nothing on them, asked
// for wordings no guide uses. Measured once on the round's starting build (1fd3fd7) and once on its build before any
// tuning on it (after the leads18 card fixes and the trial18 fixes):
//   dev42  triage 0.767 -> 0.767   flags 16/36 -> 16/36 (6 extra)   perspective 0.978 -> 0.978
// Then tuned on (a rebuild of what works, pride or authorship as the reason to keep a thing, "my corner of the
// system", the all-staff meeting, praise denied or said as meant, years of one way, delight at a missing safeguard,
// messy data): 0.889, 28/36. Not in the combiner's fit.
TEST_CASE("the unseen split of the eighteenth round: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev42", 0.88, 0.77);
}

// trial18: the issue's own trial replayed by a helper on 40 new drafts, labeled and committed before they ran, then
// scored reply by reply (tests/data/coaching/trial18.md: mean 4.20 of 5, triage 37/40 on the starting build). Tuned on
// after: 40/40.
TEST_CASE("the eighteenth round's trial: triage and flags above their floors", "[templates][coaching]") {
    check_targets("trial18", 0.97, 0.97);
}

// The twentieth round's unseen split (branch data43): dev43, 90 trial-shaped drafts in eight fields no earlier split
// used (veterinary clinics, railway signalling, museum collections, freight brokerage, payroll, esports streaming,
// greenhouse automation, court e-filing; 28 stops, every red flag and illegitimate reason four times, 8 with two flags;
// 14 near misses), labeled by hand by a helper who ran nothing on them. Measured once on the round's starting build
// (123d65d) and once on its build before any tuning on it (after the round's leads20 and flags20 work):
//   dev43  triage 0.933 -> 0.933   flags 27/36 -> 27/36   perspective 0.978 -> 0.978
// Then tuned on (reluctance to learn said as time unwilling to spend, the writer's own thing kept from its replacement,
// "Committing to X.", a recap's closing "anything I missed?", competence wished on a person by a date, "anyone else
// thrilled that ...", "im building mine"): 1.000, 35/36. Not in the combiner's fit.
TEST_CASE("the unseen split of the twentieth round: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev43", 0.97, 0.94);
}

// probe20 (dev44): eight probes (150 trial-shaped drafts) written and labeled by the round's lead before they ran,
// each measured once on the build of the moment and then tuned on (before their fixes: 29/30, 28/30, 18/20, 13/15,
// 10/10, 15/20, 14/15, 7/10; 134/150 triage, 0.893; one label changed after it ran, with its reason in `note`); after
// the round 0.967, flags 44/46.
TEST_CASE("the twentieth round's probes: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev44", 0.95, 0.90);
}

// dev45: the twenty-first round's unseen check, 90 Slack-style drafts in the shape of the issue's trial (32 stops,
// every red flag and illegitimate reason four or five times, 8 with two flags, 13 near misses), labeled by hand by a
// helper who ran nothing on it (branch data45). Measured once on the round's starting build (8481992) and once on its
// build before any tuning on it (0ecf417): triage 0.900 -> 0.900, flags 31/40 -> 31/40, perspective 0.989. Then tuned
// on (flags21 in detector/flags.cpp; a recap's list items, "can't put my finger on it", a thank-you's "instead"):
// 0.989, 40/40. Not in the combiner's fit.
TEST_CASE("the unseen split of the twenty-first round: triage and flags above their floors", "[templates][coaching]") {
    check_targets("dev45", 0.97, 0.97);
}

// dev46: 80 drafts adapted from real public text (GitHub issue and PR threads, Stack Exchange, blogs, forums, a
// mailing list; 75 pages, none used by an earlier split), the twenty-first round's unseen check of real wording,
// labeled by hand by a helper who ran nothing on it (branch data46; several labels marked arguable in their notes).
// Measured once on the round's starting build (8481992) and once before any tuning on it (d85f2f0): triage 0.512 ->
// 0.512, flags 10/34 -> 10/34, perspective 0.925: real people's red flags and acceptances are worded far from the
// trial's. Then tuned on (flags21's real-text shapes, acceptances said as yielding or assenting, a proposed rule):
// 0.738, 27/34. The floor is set under that figure; the misses left are listed in tests/data/coaching/README.md.
TEST_CASE("the real-text split of the twenty-first round: triage and flags above their floors",
          "[templates][coaching]") {
    check_targets("dev46", 0.70, 0.75);
}

// trial21: the issue's trial replayed blind by a helper on the round's build after its first two commits (40 drafts
// labeled and committed before they ran, tests/data/coaching/trial21.md: mean 4.43 of 5, triage 40/40, flags 9/9);
// its card defects were fixed after (tests/templates/leads21_test.cpp).
TEST_CASE("trial21: triage and flags above their floors", "[templates][coaching]") {
    check_targets("trial21", 0.97, 0.97);
}

// dev47: 90 Slack-style drafts in the shape of the issue's trial in ten fields no earlier split used (30 stops, 8 with
// two flags, 12 near misses), labeled by hand by a helper who ran nothing on it (branch data47): the round's closing
// unseen check. Measured once on the round's starting build (8481992): triage 0.900, flags 31/38; and once on the
// round's build before any tuning on it (b06b968): 0.889, flags 31/38 (a near miss, "I wrote it and I'm attached to it,
// but the library beats it", newly stopped by the round's attachment reading). Then tuned on (flags21's dev47 shapes, a
// recap's "1:1 notes" heading, "re-raising"): 0.978, 38/38. Not in the combiner's fit.
TEST_CASE("the closing unseen split of the twenty-first round: triage and flags above their floors",
          "[templates][coaching]") {
    check_targets("dev47", 0.95, 0.95);
}

// trial22: the issue's trial replayed blind on the round's build at f119eb0 (tests/data/coaching/trial22.md: mean 4.00
// of 5, triage 38/40, flags 9/9 with one false stop); its worst defects fixed after (leads21_test.cpp).
TEST_CASE("trial22: triage and flags above their floors", "[templates][coaching]") {
    check_targets("trial22", 0.95, 0.95);
}

// trial20: the issue's trial replayed blind on the twentieth round's build (tests/data/coaching/trial20.md: mean 4.38
// of 5, triage 39/40, flags 9/9); its defects were this round's leads (tests/templates/leads21_test.cpp): 40/40 after.
TEST_CASE("trial20 after its defects were fixed: triage and flags above their floors", "[templates][coaching]") {
    check_targets("trial20", 0.97, 0.97);
}

// The twenty-second round's five unseen splits, each labeled by hand by a helper who ran nothing on it, and each
// measured once before any tuning on it, on the round's starting build (fb215f8) and on the round's build just before
// it was tuned on (in brackets):
//   dev49 (90 Slack-style drafts, ten new fields):    0.844, 24/38 -> 0.844, 24/38  (2f9e5df)
//   dev48 (60 drafts adapted from real public text):  0.617, 17/37 -> 0.617, 17/37  (e2a1964, dev49's rules in)
//   dev50 (90 Slack-style drafts, indirect stops):    0.833, 22/38 -> 0.856, 23/38  (1fe6a38's working copy)
//   dev51 (60 drafts adapted from real public text):  0.533,  8/33 -> 0.533,  8/33  (the same build)
//   dev52 (90 Slack-style drafts, the closing check): 0.833, 27/39 -> 0.833, 27/39  (214413f, all rules before it)
// (dev50's labeler saw the round's commit messages in its worktree's log; dev52's was told not to read them.)
// The rules written for one split moved the next one by at most two drafts: constructions learned from one set of
// wordings rarely fire on another. Tuned on after (flags22 in detector/flags.cpp, r22 in templates/); floors just under
// the figures after. Not in the combiner's fit.
TEST_CASE("the twenty-second round's unseen splits after tuning: triage and flags above their floors",
          "[templates][coaching]") {
    check_targets("dev49", 0.97, 0.97);  // 0.989, 38/38
    check_targets("dev48", 0.75, 0.85);  // 0.767, 33/37
    check_targets("dev50", 0.94, 0.92);  // 0.956, 36/38
    check_targets("dev51", 0.73, 0.88);  // 0.750, 30/33
    check_targets("dev52", 0.93, 0.92);  // 0.944, 37/39
}

// dev53: 60 drafts adapted from real public text (50 pages no coaching or real file used), labeled by a helper who ran
// nothing on it, kept unseen from the twenty-second round to the twenty-fourth (0.533, 9-10/31 on every build). The
// twenty-fifth round spent it as a tuning split (flags25 in detector/flags.cpp, r25 in templates/): 0.700, 27/31.
// dev58: 30 more drafts from real public text, opened once at the twenty-fourth round's end, 0.600, 4/10 on its start
// and final builds; still kept unseen (0.600, 4/10 at the twenty-fifth round's end).
// dev59: 30 Slack-style drafts on dev56's brief, opened once at the round's end: 0.767, 4/10 on its start, 0.933, 8/10
// on its final build; not tuned on.
// dev60: 30 drafts from heated real public threads (16 stops), labeled blind in the twenty-fifth round: 0.367, 6/20
// on the round's start (b7b16d9) and after dev53's readings; tuned on (flags25): 0.600, 15/20.
// dev61: 60 drafts from real public text (GitHub threads; forums, mailing lists and blogs), labeled blind beside dev60
// and kept unseen, misses unread: 0.517, 7/25 on the round's start and on its final build. Not one draft moved by
// dev53's or dev60's readings.
TEST_CASE("the real-text and blind splits: triage and flags not below the measured figure", "[templates][coaching]") {
    check_targets("dev53", 0.68, 0.85);
    check_targets("dev58", 0.56, 0.35);
    check_targets("dev59", 0.95, 0.85);  // r28 (the word model's validation): 0.933, 8/10 -> 0.967, 9/10
    check_targets("dev60", 0.56, 0.72);
    check_targets("dev61", 0.48, 0.25);
    // dev62, dev63: 30 Slack-style drafts each from two helpers who first read real public threads about such clashes
    // and then wrote the drafts in three new fields each (12 stops each). dev62: 0.667, 6/12 on the round's start and
    // after the real-text readings; tuned on: 0.900, 12/12. dev63, opened after dev62's readings were in: 0.833, 6/12
    // on the round's start, after the real-text readings and after dev62's (not one draft moved); kept unseen.
    check_targets("dev62", 0.86, 0.97);
    check_targets("dev63", 0.92, 0.70);  // r28 (the word model's validation): 0.833, 6/12 -> 0.933, 9/12
    // dev64: 30 Slack-style drafts (a zoo's memberships, a ferry's vehicle bookings, a university's shared lab
    // equipment; 10 stops, 8 near misses), labeled blind in the twenty-sixth round and measured once on arrival: 0.733,
    // 7/10 on the round's start (ab64190) and on the build with the round's first readings (d1507ed): not one draft
    // moved. Tuned on after (r26): 0.900, 10/10.
    check_targets("dev64", 0.86, 0.97);
    // dev65: 30 more Slack-style drafts on dev64's brief by another helper (a bakery chain's wholesale orders, a
    // hospital's patient-transport dispatch, a theatre's subscription renewals; 10 stops, 8 near misses), arriving
    // after the round's last tuning and measured once: 0.767, 5/10 on the round's start, 0.800, 5/10 on its final build
    // (a298d01). Kept unseen to the twenty-seventh round, which spent it as a tuning split: 0.933, 9/10.
    check_targets("dev65", 0.90, 0.85);
}

// The twenty-seventh round's splits, 30 Slack-style drafts each, labeled blind by helpers who ran nothing and read no
// source (10-11 stops each, near misses asked for), each measured on arrival on the round's start (51ff5b5) and on
// the build with the readings written before it was opened:
//   dev66 (sale barn, balloon rides, pipe organs):         0.900, 7/10 -> 0.900, 7/10; tuned on (r27): 1.000, 10/10
//   dev67 (violin repair, sale barn, raptor rehab):        0.767, 5/10 -> 0.767, 5/10; tuned on (r27): 1.000, 10/10
//   dev68 (curling club, cemetery records, oyster farm):   0.867, 8/11 -> 0.867, 8/11 (after dev66's and dev67's
//                                                          readings too); kept unseen, misses unread
//   dev69 (kelp farm, fireworks shows, sled-dog races):    0.867, 8/11 -> 0.867, 8/11 (the same); kept unseen
// Not one draft of a blind split moved under the readings written before it was opened, for the fourth round running;
// dev67's readings changed the advice of none of the 8,738 older corpus drafts either.
TEST_CASE("the twenty-seventh round's splits: triage and flags not below the measured figure",
          "[templates][coaching]") {
    check_targets("dev66", 0.96, 0.97);
    check_targets("dev67", 0.96, 0.97);
    // r28: the validation splits of the stop's word model (its settings and confidences chosen on them with the
    // unseen dev58, dev59, dev61, dev63): 0.867, 8/11 -> 0.900, 9/11 each.
    check_targets("dev68", 0.89, 0.80);
    check_targets("dev69", 0.89, 0.80);
}

// The twenty-ninth round's blind split: dev72, 30 Slack-style drafts (10 stops, one or two per red flag and
// illegitimate reason), labeled by a helper who ran nothing and read no source, measured on arrival: 0.933, 8/10 on
// the round's start (e711012) and on the build with the round's card and lexicon changes (c5c616a). Kept unseen and
// out of the word model's fit.
TEST_CASE("the twenty-ninth round's blind split: triage and flags not below the measured figure",
          "[templates][coaching]") {
    check_targets("dev72", 0.93, 0.80);
}

// The thirtieth round's arrivals, commissioned in the twenty-ninth and labeled by helpers who ran nothing and read no
// source: dev70 (50 drafts, 40 of them stops spread over every red flag and illegitimate reason) and dev71 (30 mixed).
// Measured blind on arrival, on the twenty-ninth round's start (e711012) -> its end (f9f312a):
//   dev70: 0.740 (37/50), flags 28/40 -> 0.720 (36/50), flags 27/40
//   dev71: 0.900 (27/30), flags 8/10  -> 0.900 (27/30), flags 8/10
// Then both joined the word model's fit (dev72 stays out), which puts them at 0.980, 40/40 and 0.967, 10/10: these
// floors hold the fit, they are not a blind figure.
TEST_CASE("the thirtieth round's arrivals, in the word model's fit: triage and flags not below their floors",
          "[templates][coaching]") {
    check_targets("dev70", 0.96, 0.95);
    check_targets("dev71", 0.93, 0.90);
}

// The thirtieth round's blind split: dev73, 30 Slack-style drafts (10 stops, four of them with a legitimate concern
// beside the flag), labeled by a helper who ran nothing and read no source, measured on arrival: 0.967 (29/30), flags
// 10/11 on the round's start (f9f312a) and on its end. Kept unseen and out of the word model's fit.
TEST_CASE("the thirtieth round's blind split: triage and flags not below the measured figure",
          "[templates][coaching]") {
    check_targets("dev73", 0.96, 0.90);
    // dev75: 50 drafts, 40 of them stops (every red flag and illegitimate reason) and 10 near misses, blind: 0.720
    // (36/50), flags 27/41 on the round's start (f9f312a) -> 0.760 (38/50), 29/41 at its end. Kept unseen and out of
    // the word model's fit: the next round's validation split for stop recall on fresh wording.
    check_targets("dev75", 0.76, 0.70);
    // dev76: the same shape (40 stops, 10 near misses; gaming, webtoons, cell sites, rural fiber), blind: 0.760
    // (38/50), flags 29/40 at the round's start -> 0.780 (39/50), 30/40 at its end. Kept unseen beside dev75.
    check_targets("dev76", 0.78, 0.75);
    // dev74: the same shape (40 stops, 10 near misses; mushroom farming, a zebrafish facility, harbour pilots, seed
    // viability, multibeam survey), blind: 0.760 (38/50), flags 27/40 at the round's start and at its end alike.
    check_targets("dev74", 0.76, 0.67);
}

// The thirty-first round read the misses of dev74, dev75 and dev76 (blind until then: 115/150, flags 86/121) and
// wrote the readings they lacked (fresh words for each illegitimate reason, replying all for everyone's sake, a
// challenge asked at the all-hands): 144/150, flags 118/121, no other split's triage changed. They are tuned on now;
// dev77, dev78 and dev79, written blind this round, measure the readings instead. Still out of the word model's fit.
TEST_CASE("the thirty-first round's readings hold on the splits they were read from", "[templates][coaching]") {
    check_targets("dev74", 0.98, 0.97);
    check_targets("dev75", 0.96, 0.97);
    check_targets("dev76", 0.94, 0.97);
}

// The thirty-first round's blind split: dev79, 50 drafts (40 stops over every red flag and illegitimate reason, 10
// near misses; allotments, dog licences, lawn bowls, a cricket club, community radio playout), labeled by a helper who
// read the seeds and the label rules only and ran nothing. Measured on arrival: 0.740 (37/50), flags 29/40 on the
// round's start (372573d) and 0.740, 29/40 on the round's readings alike: what was read from dev74-76 did not reach its
// wordings. A refit of the word model with dev74-76 in it gained one draft here (0.760, 30/40) and lost two more on the
// older splits, so it was not shipped. Kept out of the word model's fit.
// dev78 arrived the same way (paratransit dispatch, fare inspection, exam invigilation, banquet orders, hotel lost
// property; 40 stops, two with two flags): 0.780 (39/50), flags 31/42 on the round's start and on its readings alike.
// Both were then read (dev78 and dev79 misses, 24 drafts) and the fresh words they lacked written, each with an
// innocent use beside it (tests/templates/cards31_test.cpp): dev78 0.900 (45/50), 38/42; dev79 0.960 (48/50), 39/40; no
// other split's triage changed, real false stops 44 -> 44. From here they are tuned on; still out of the word model's
// fit.
TEST_CASE("the thirty-first round's blind splits: triage and flags not below the measured figure",
          "[templates][coaching]") {
    check_targets("dev79", 0.96, 0.97);
    check_targets("dev78", 0.90, 0.90);
    // dev77 (grain elevators, a florist supply, heating-oil delivery, consignment resale; 40 stops, 10 near misses)
    // arrived last and was measured once, unread: 0.840 (42/50), flags 33/40 on the round's start and on its end alike.
    // None of the round's readings reached it either. Kept unseen and out of the word model's fit.
    check_targets("dev77", 0.84, 0.82);
}

// The thirty-second round's blind splits: dev80 (infusion-chair scheduling, special-education case management, grain
// scale tickets, ditch-company water orders), dev81 (sleeper trains, mountain huts, pilgrim hostels, translation
// rights, lighthouse rentals), dev82 (injection molding, a dye house, title insurance, event-cancellation cover, a food
// pantry network): 50 drafts each, 40 stops spread over every red flag and illegitimate reason, 10 near misses,
// labeled by helpers who read the seeds and the label rules only and ran nothing. Never read: measured on the round's
// start (0bc1ccc) and on the word model refit with a larger step and the read blind splits in its fit
// (templates/README.md, thirty-second round):
//   dev80 0.780 (39/50), 28/40 -> 0.840 (42/50), 31/40
//   dev81 0.800 (40/50), 30/40 -> 0.840 (42/50), 32/40
//   dev82 0.860 (43/50), 33/40 -> 0.880 (44/50), 34/40
//   dev77 0.840 (42/50), 33/40 -> 0.880 (44/50), 35/40 (two of its lines were shown while the refit's gains on
//         the tuned splits were listed, after its figure was taken; nothing was written from them)
// Kept unseen and out of the word model's fit; floors at the figures.
TEST_CASE("the thirty-second round's blind splits: triage and flags not below the measured figure",
          "[templates][coaching]") {
    check_targets("dev80", 0.84, 0.77);
    check_targets("dev81", 0.84, 0.80);
    check_targets("dev82", 0.88, 0.85);
    check_targets("dev77", 0.88, 0.87);
}

// The thirty-second round's mixed blind splits, shaped like the held-out split (60 drafts each: 20 rework, 17 stops,
// 11 ready, 6 not-pushback, 6 commitment; 47 own drafts, 8 replies, 5 asks): dev83 (a synchrotron lab, fossil
// preparation, showcase monitoring, rolling stock, coach fleets), dev84 (construction payments and closeout, lease
// accounting, unclaimed property, treasury), dev85 (dailies review, dubbing, text-to-911, wastewater surveillance, an
// immunization registry). Labeled blind by helpers who ran nothing; never read. On the round's start (0bc1ccc) and on
// the round's end: dev83 0.917 (55/60), 15/17 -> 0.933 (56/60), 16/17; dev84 0.917 (55/60), 16/17 -> the same; dev85
// 0.900 (54/60), 14/17 -> the same. Kept unseen and out of the word model's fit; floors at the figures.
TEST_CASE("the thirty-second round's mixed blind splits: triage and flags not below the measured figure",
          "[templates][coaching]") {
    check_targets("dev83", 0.93, 0.94);
    check_targets("dev84", 0.91, 0.94);
    check_targets("dev85", 0.90, 0.82);
}

// The twenty-third round's unseen splits, each labeled by hand by a helper who ran nothing on it (tests/data/coaching/
// README.md), measured once on the round's starting build (fb8a35c) and once on the build with the round's class
// readings written before the split was opened (77feffe, flags23 in detector/flags.cpp):
//   dev55 (60 drafts adapted from real public text, 58 pages no earlier file used): 0.433, 6/30 -> 0.433, 6/30
//   dev54 (90 Slack-style drafts, ten new fields, 12 near misses):                  0.822, 24/38 -> 0.833, 25/38
// (dev54 was also measured on d565833, with dev55's classes: 0.833, 25/38.) Class readings written from earlier
// blind misses moved the next Slack-style split by one draft and the real-text split by none. Tuned on after
// (flags23's real-text and dev54 classes); floors just under the figures after. Not in the combiner's fit.
TEST_CASE("the twenty-third round's unseen splits after tuning: triage and flags above their floors",
          "[templates][coaching]") {
    check_targets("dev55", 0.55, 0.55);  // 0.567, 17/30
    check_targets("dev54", 0.90, 0.88);  // 0.911, 34/38
}

// The twenty-fourth round's unseen splits, labeled by hand by helpers who ran nothing on them (tests/data/coaching/
// README.md), each measured once before any tuning on it:
//   dev56 (90 Slack-style drafts, nine new fields, indirect wordings asked for), on the round's start (f7c20d6):
//     0.711, 16/30
//   dev57 lines 1-60 (opened after dev56's class readings), on f7c20d6 and on the build with them (35e31f2):
//     0.717, 11/20 -> 0.800, 14/20
//   dev57 lines 61-90 (arrived after lines 1-60 were tuned on), on f7c20d6 and on a4a7f60: 0.767, 7/10 -> 0.800, 8/10
// Class readings written from dev56's misses moved the next split by five drafts and three flags, the round's whole
// tuning the last by one and one. Tuned on after (flags24 in detector/flags.cpp, r24 in templates/); floors just under
// the figures after. Not in the combiner's fit.
TEST_CASE("the twenty-fourth round's unseen splits after tuning: triage and flags above their floors",
          "[templates][coaching]") {
    check_targets("dev56", 0.90, 0.97);  // 0.911, 30/30
    check_targets("dev57", 0.93, 0.97);  // 0.944, 30/30
}

// trial23 and trial24: the issue's trial replayed blind on the round's builds (fb215f8, mean 4.20 of 5, triage 39/40;
// 509e2fc, mean 4.03, triage 37/40), tests/data/coaching/trial23.md and trial24.md; their worst defects fixed after
// (leads22_test.cpp): 40/40 each.
TEST_CASE("trial23 and trial24 after their defects were fixed: triage and flags above their floors",
          "[templates][coaching]") {
    check_targets("trial23", 0.97, 0.97);
    check_targets("trial24", 0.97, 0.97);
    // trial25: on 0fbc752, after the fixes for trial23 and trial24: mean 4.40, triage 40/40 before its card fixes.
    check_targets("trial25", 0.97, 0.97);
    // trial27: 40 drafts in the trial's shape (six new fields), labeled blind and scored blind on the round's start
    // and on e6210c6 (tests/data/coaching/trial27.md): triage 39/40, flags 9/9 on both; not tuned on in its round, its
    // scored defects fixed in the twenty-seventh (leads27_test.cpp): 40/40.
    check_targets("trial27", 0.97, 0.97);
    // trial28: a new user's 40 drafts on the twenty-seventh round's start (51ff5b5): mean 4.08, triage 38/40, flags
    // 9/9 with 3 false (tests/data/coaching/trial28.md); its defects fixed after: 40/40.
    check_targets("trial28", 0.97, 0.97);
    // trial29: 40 more, scored blind side by side on the round's start and on 6350ddb: mean 4.15 -> 4.20, triage
    // 38/40 on both (tests/data/coaching/trial29.md); its defects fixed after: 40/40.
    check_targets("trial29", 0.97, 0.97);
    // trial30: 40 more, scored blind side by side on 8d7b50e (X) and the round's start (Y): mean 4.13 against 4.03,
    // triage 37/40 on both, flags 7/9 on both (tests/data/coaching/trial30.md); its defects fixed after: 40/40.
    check_targets("trial30", 0.97, 0.97);
    // trial31: 40 more, scored blind side by side on the round's start (X) and 9ac3c20 (Y): mean 4.18 against 4.40,
    // triage 38/40 against 39/40, flags 8/9 against 9/9 (tests/data/coaching/trial31.md); its defects fixed after.
    check_targets("trial31", 0.97, 0.97);
    // trial26: a new user's 40 drafts on the round's start (ab64190): mean 4.30, triage 37/40, flags 9/9
    // (tests/data/coaching/trial26.md); its defects fixed after (leads26_test.cpp): 40/40.
    check_targets("trial26", 0.97, 0.97);
}

// What the combiner is for: wordings the rules were not written for. Trained on every dev split but one and
// scored on that one, it must do better than the rules on the two splits the rules were never tuned on
// (dev4, dev5), and not give up much where they were.
TEST_CASE("the triage combiner, trained without a split, beats the rules on the splits they were not tuned on",
          "[templates][coaching]") {
    std::vector<std::string> const names{"dev", "dev2", "dev3", "dev4", "dev5"};
    auto const drafts = corpus(names);
    auto const figures = templates::leave_one_file_out(test_support::builtin(), drafts, names.size(), {});
    std::printf("%s", templates::format_lofo(figures, names).c_str());
    auto const share = [](int n, int d) { return static_cast<double>(n) / d; };
    // Since the detector's red flags were tuned on dev4 too (its flag recall by the rules is 1.000 there), dev5
    // is the one split nothing was tuned on: measured after the third round's merge, triage 0.710 -> 0.832,
    // flag recall 0.383 -> 0.596. Floors just under.
    for (std::size_t f : {3U, 4U}) {
        INFO(names[f]);
        CHECK(figures[f].model_right > figures[f].rules_right);
        CHECK(figures[f].model_flags >= figures[f].rules_flags);
    }
    CHECK(figures[4].model_flags > figures[4].rules_flags);
    // The confusion printed under the table counts every draft once, its diagonal the right ones.
    for (auto const& f : figures) {
        int all = 0, rules_diagonal = 0, model_diagonal = 0;
        for (std::size_t e = 0; e < 5; ++e) {
            for (std::size_t g = 0; g < 5; ++g) all += f.model_confusion[e][g];
            rules_diagonal += f.rules_confusion[e][e];
            model_diagonal += f.model_confusion[e][e];
        }
        CHECK(all == f.drafts);
        CHECK(rules_diagonal == f.rules_right);
        CHECK(model_diagonal == f.model_right);
    }
    CHECK(share(figures[4].model_right, figures[4].drafts) >= 0.81);
    CHECK(share(figures[4].model_flags, figures[4].flags) >= 0.57);
    CHECK(share(figures[3].model_right, figures[3].drafts) >= 0.85);
    for (std::size_t f : {0U, 1U, 2U}) {
        INFO(names[f]);
        CHECK(share(figures[f].model_right, figures[f].drafts) >= 0.90);
        CHECK(figures[f].model_flags == figures[f].rules_flags);
    }
}

// Every dev split in the corpus, trained on every split but one (`pushback train-triage --cv
// tests/data/coaching/dev{,2,3,4,5,6,7,8,9,10,11,12,13,14,15}.jsonl`; dev12 added by the stops12 round, dev13 by
// triage13, dev14 and dev15 at the sixth round's merge; the other rows measured at the fifth round's merge): the
// combiner stops a draft only when its own words hint at some flag (detector/hints.cpp), the red flags and motives by
// clause (flags10), the triage boundaries by construction (triage11), the kind from the thread (kindreal2):
//   file   triage rules -> rules+model   flag recall rules -> rules+model
//   dev4   0.875 -> 0.958                1.000 -> 1.000
//   dev5   0.804 -> 0.916                0.660 -> 0.809
//   dev6   0.790 -> 0.924                0.899 -> 0.971   (the red flags by construction were tuned on it)
//   dev7   0.904 -> 0.860                (no flags)       the combiner still loses here (round four: 0.895 ->
//                                                          0.807, when it stopped "makes me nervous")
//   dev8   0.917 -> 0.900                1.000 -> 1.000   (not in the shipped fit: templates/README.md)
//   dev9   0.639 -> 0.889                0.692 -> 0.885
//   dev10  0.763 -> 0.851                0.918 -> 0.951   (the red flags by clause were tuned on it)
//   dev11  0.884 -> 0.929                1.000 -> 1.000   (the triage boundaries were tuned on it)
//   dev12  0.724 -> 0.806                0.831 -> 0.887   (the stops12 constructions were tuned on it; on main
//                                                          before them 0.552 -> 0.709, 0.451 -> 0.577)
//   all    0.869 -> 0.919                0.892 -> 0.947   (eleven files, fifth round)
// At the sixth round's merge (triage13, stops12, speed2; fourteen files, the combiner refit on all but dev8):
//   dev9   0.639 -> 0.833                0.692 -> 0.885   (one draft fewer than with eleven folds)
//   dev12  0.716 -> 0.799                0.831 -> 0.873
//   dev13  0.854 -> 0.947                0.625 -> 0.938
//   dev14  0.504 -> 0.579                0.526 -> 0.632   (adapted from real public text: the weakest by far)
//   dev15  0.819 -> 0.886                0.708 -> 0.792
//   all    0.825 -> 0.888                0.850 -> 0.913
// After triage13, with dev13 in the folds: dev5 0.813 -> 0.935, dev6 0.800 -> 0.895, dev7 0.912 -> 0.921 (the
// combiner no longer loses here), dev13 0.841 -> 0.927, all 0.875 -> 0.932 (flags 0.880 -> 0.944).
// Floors just under; where the combiner is meant to help (wordings the rules were not written for) it must.
TEST_CASE("the triage combiner, trained without a split, holds on every dev split", "[templates][coaching]") {
    std::vector<std::string> const names{"dev",  "dev2",  "dev3",  "dev4",  "dev5",  "dev6",  "dev7", "dev8",
                                         "dev9", "dev10", "dev11", "dev12", "dev13", "dev14", "dev15"};
    auto const drafts = corpus(names);
    auto const figures = templates::leave_one_file_out(test_support::builtin(), drafts, names.size(), {});
    std::printf("%s", templates::format_lofo(figures, names).c_str());
    auto const share = [](int n, int d) { return static_cast<double>(n) / d; };
    struct Floor {
        std::size_t file;
        double triage, flags;
    };
    // flags16: the combiner names a stop only for a flag the draft's words hint at; in these fifteen folds that
    // costs dev6 a flag (main above 0.95, now 0.942) and dev14 triage (main above 0.57, now 0.562), floors 0.94, 0.56;
    // over all seventeen files LOFO triage 0.851 -> 0.853, flags 0.879 -> 0.879, and 4 false stops fewer on
    // dev16/dev17. dev6's triage floor is 0.88 since dev13 joined the folds (0.867 on main with dev13 in, 0.895 after
    // triage13). dev2's flag floor is 25 of 26: its all-hands line is labeled broadcast since the README's rule, a red
    // flag the detector reads as skips-ladder today. dev12's triage floor is 0.78 since the ladder hints need someone
    // named after the move ("take this to the design review" hints nothing): its fold wobbles from 0.806 to 0.784
    // (two drafts left at rework), with no flag lost in any file and four of seven false stops gone on new text.
    // ready18 (the way said as a plan, the plain request, the decision accepted in the writer's words): rules+model
    // dev5 0.953, dev6 0.905, dev7 0.947, dev8 0.967, dev10 0.886, dev11 0.973, dev12 0.843, dev13 0.954, dev14 0.636,
    // dev15 0.933 (all fifteen 0.911, rules alone 0.863); floors just under. ready18b (the engineer's own ask made as
    // "I" on a case, the dissent conceded before stepping aside, the announcement that only asks what the reader
    // needs), on main at 5d0f13d: dev5 0.953, dev6 0.924, dev10 0.904, dev12 0.873 (all fifteen 0.920, rules alone
    // 0.874).
    for (auto const& f : {Floor{0, 0.95, 1.0}, Floor{1, 0.95, 0.96}, Floor{2, 0.95, 1.0}, Floor{3, 0.85, 1.0},
                          Floor{4, 0.94, 0.78}, Floor{5, 0.91, 0.94}, Floor{6, 0.93, 1.0}, Floor{7, 0.95, 1.0},
                          Floor{8, 0.83, 0.86}, Floor{9, 0.90, 0.93}, Floor{10, 0.97, 1.0}, Floor{11, 0.86, 0.87},
                          Floor{12, 0.95, 0.93}, Floor{13, 0.62, 0.62}, Floor{14, 0.93, 0.78}}) {
        INFO(names[f.file]);
        CHECK(share(figures[f.file].model_right, figures[f.file].drafts) >= f.triage);
        if (figures[f.file].flags > 0) CHECK(share(figures[f.file].model_flags, figures[f.file].flags) >= f.flags);
    }
    for (std::size_t f : {4U, 5U, 8U, 9U, 11U}) {
        INFO(names[f]);
        CHECK(figures[f].model_right > figures[f].rules_right);
        CHECK(figures[f].model_flags > figures[f].rules_flags);
    }
    CHECK(figures[10].model_right > figures[10].rules_right);
}
