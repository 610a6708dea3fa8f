// PM asks in their real shapes (issue 12, third round): each construction of detector/asks.cpp with a
// sentence of its kind and the near misses that share its words but ask for nothing. The sentences are
// written for these tests, not taken from the corpus.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"

using namespace pushback::detector;

namespace {

bool has(Analysis const& a, Pattern p) {
    return std::find(a.patterns.begin(), a.patterns.end(), p) != a.patterns.end();
}

// The pattern is explained: a span of a pattern's category marks words of the message.
bool explained(Analysis const& a, std::string_view text) {
    return std::any_of(a.spans.begin(), a.spans.end(), [&](Span const& s) {
        bool const pattern_category = s.category == VagueCategory::unexplained_pressure ||
                                      s.category == VagueCategory::weasel || s.category == VagueCategory::vague_scope;
        return pattern_category && !s.range.empty() && s.range.end <= text.size();
    });
}

struct Case {
    std::string_view text;
    Pattern pattern;
};

void check_found(std::initializer_list<Case> cases) {
    for (auto const& c : cases) {
        INFO(c.text);
        auto const a = analyze(c.text);
        CHECK(has(a, c.pattern));
        CHECK(explained(a, c.text));
    }
}

void check_clear(std::initializer_list<std::string_view> texts) {
    for (auto const t : texts) {
        INFO(t);
        CHECK(analyze(t).patterns.empty());
    }
}

}  // namespace

TEST_CASE("faster-please: when, how long, where it stands, a delivery asked for", "[detector][asks]") {
    check_found({
        {"Do you know when the CSV importer will be released?", Pattern::faster_please},
        {"so when's the billing fix going out", Pattern::faster_please},
        {"How long until the audit log is ready?", Pattern::faster_please},
        {"@maria status?", Pattern::faster_please},
        {"Did you get any further insight on the retry bug?", Pattern::faster_please},
        {"Bumping this one.", Pattern::faster_please},
        {"Could you cut a release with the timezone fix?", Pattern::faster_please},
        {"Please merge this so we can demo it to the board.", Pattern::faster_please},
        {"Hope the payments fix gets deployed before Monday.", Pattern::faster_please},
    });
    check_clear({
        // A condition, an answer, the writer's own merge, thanks for news, a status code, a runtime.
        "When I click export, the page goes blank.",
        "We don't know when the next release will be.",
        "Should I merge this now or wait for another review?",
        "Thanks for the update!",
        "What's the status code when the upload fails?",
        "Kindly rebase on main and wait for some time, the queue is long.",
        "A new version is coming soon!",
    });
}

TEST_CASE("why-so-long: the wait held up, a delivery that has not happened asked about", "[detector][asks]") {
    check_found({
        {"This PR has been sitting for three weeks. Can someone take a look?", Pattern::why_so_long},
        {"I opened the request 10 days ago and nobody has replied.", Pattern::why_so_long},
        {"The ticket has been open since March, is anyone looking at it?", Pattern::why_so_long},
        {"How come the translations never got merged?", Pattern::why_so_long},
    });
    check_clear({
        // The writer's own years with a tool, a plan ahead, a proposal, a slow build.
        "I've been using this library for five years and I love it.",
        "We plan to ship it in two weeks.",
        "What if we don't merge this until the tests pass?",
        "The build took 12 minutes, which is too long.",
        "That label is too long to read on a phone.",
    });
}

TEST_CASE("last-company and one-more-thing by construction", "[detector][asks]") {
    check_found({
        {"Most other note apps already have a trash folder, can we get one?", Pattern::last_company},
        {"Every other chat client supports message threads.", Pattern::last_company},
        {"It would be nice to update the changelog as well.", Pattern::one_more_thing},
    });
    check_clear({
        // The same thing's other parts, other people, a figure of speech, a condition, a fact.
        "The other buttons on this page have tooltips.",
        "Other people have reported the same crash.",
        "In other words, we have to wait for upstream.",
        "When the API is available in Safari we can add it.",
        "The fix works on Linux as well.",
    });
}

TEST_CASE("kind: answers to asks show themselves, obligations on the product are asks", "[detector][asks]") {
    struct KindCase {
        std::string_view text;
        MessageKind kind;
    };
    for (auto const& c : {
             KindCase{"No, we're not planning a Windows build this year.", MessageKind::reply_to_ask},
             KindCase{"Sorry about the delay! The release is blocked on the signing key.", MessageKind::reply_to_ask},
             KindCase{"Unfortunately this isn't on our roadmap, but a plugin could do it.", MessageKind::reply_to_ask},
             KindCase{"Hi @sam, no ETA yet. Please watch the milestone for updates.", MessageKind::reply_to_ask},
             KindCase{"The exporter should also support XLSX.", MessageKind::ask},
             KindCase{"Could you cut a release with the timezone fix?", MessageKind::ask},
             KindCase{"This PR has been sitting for three weeks. Can someone take a look?", MessageKind::ask},
         }) {
        INFO(c.text);
        CHECK(analyze(c.text).kind == c.kind);
    }
}
