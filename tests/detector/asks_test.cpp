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

TEST_CASE("users' own wording: each pattern by its grammar, and the near misses", "[detector][asks]") {
    check_found({
        // A question after a greeting, put indirectly, or as a clause of its own; where the work stands.
        {"Hi, When is the next version planned that includes the CSV fix.", Pattern::faster_please},
        {"I was wondering if there is an ETA for the importer release.", Pattern::faster_please},
        {"Asking politely, when this crash will be fixed?", Pattern::faster_please},
        {"What happened to the audit log PR?", Pattern::faster_please},
        {"Pls release.", Pattern::faster_please},
        {"Hopefully we can get this merged quickly.", Pattern::faster_please},
        {"Can we get the export out by Friday instead of the 20th?", Pattern::faster_please},
        // "why ... not done", "by now", the work sized for the engineer, the estimate echoed back.
        {"Why the search filter is not implemented yet, three releases later!", Pattern::why_so_long},
        {"The exporter should be fixed by now.", Pattern::why_so_long},
        {"Should be easy, the toggle is trivial.", Pattern::why_so_long},
        {"It's already easy to implement.", Pattern::why_so_long},
        {"Two sprints?", Pattern::why_so_long},
        {"Easy fix though, no?", Pattern::why_so_long},
        // Most products said to have it; a feature called standard.
        {"Most editors have a minimap.", Pattern::last_company},
        {"Offline sync is a pretty standard feature to have.", Pattern::last_company},
        // Enough said of less; "even just"; a stopgap for now; a clause that opens with "just".
        {"It would probably be sufficient to hide the button.", Pattern::simple_version},
        {"Or even just let us export the raw CSV.", Pattern::simple_version},
        {"Might as well ship a workaround in the meantime.", Pattern::simple_version},
        {"Until the sync logic exists, just disable the toggle.", Pattern::simple_version},
        // An addition opening a request; work under way anyway; a noun added after a request.
        {"Nice work on the filters. Also, can you add a reset button?", Pattern::one_more_thing},
        {"Since you will be in that file anyway, you could add the tooltip too.", Pattern::one_more_thing},
        {"Could you add Linux builds? And a tray icon.", Pattern::one_more_thing},
    });
    check_clear({
        // An answer; an estimate sized by whoever does the work; a check the seeds recommend; work looked back on.
        "When it's done, and when we have time to finish the release.",
        "This should be fairly straightforward, leave it with me.",
        "This should be an easy change, right?",
        "Fixes #12. This took way too long.",
        // A symptom's speed, a title, competitors named without a comparison, a preview, a filler.
        "Please fix the importer, it crashes immediately when I open a file.",
        "Perhaps the toggle should sit above \"Automatic Update\"?",
        "We should check the pricing pages of our main competitors and list their plans.",
        "Tree View is available in preview and ships in the next stable release.",
        "Every second comment here is a complaint or something similar.",
        // Agreement, not a push; tests for the change are part of it; a bug report that says "also".
        "I think the length should be enough in that case.",
        "Also, would you please add some tests for the parser?",
        "Also the chat is still broken on mobile.",
        // A decision asked by a date; an opinion asked ("let me know what you think").
        "For the pricing test, can you tell me which variant finance needs live by the 15th?",
        "The timeline is kind of aggressive too, let me know what you think.",
        // Told to wait; a proposal; an explanation of a delay.
        "Its been 18 hours for me too, just wait your turn.",
        "Why not publish it under a new name instead?",
        "That's why I haven't merged it yet: the CI is red.",
    });
}

TEST_CASE("the asks by shape: time gone by, the least that would do, what others have, readiness for an event",
          "[detector][asks]") {
    check_found({
        // Time said to have gone by; the last release dated as old; not done yet, judged; difficulty denied
        // before the work; a span without a delivery; the hold-up asked after.
        {"Nine months have passed since the proposal.", Pattern::why_so_long},
        {"Is anyone still looking after this? The last tagged release is four years old.", Pattern::why_so_long},
        {"Such a pity the bulk editor is not shipped yet.", Pattern::why_so_long},
        {"Should be no problem to expose the retry count in the API.", Pattern::why_so_long},
        {"Three sprints without a release.", Pattern::why_so_long},
        {"What's causing the delay on the invoice fix?", Pattern::why_so_long},
        // The least thing said to do; the work told it need not be good.
        {"Honestly a plain CSV dump would do.", Pattern::simple_version},
        {"The onboarding flow doesn't need to be polished for the pilot.", Pattern::simple_version},
        // A feature missed from a named product; a comparison with others of a kind; what any of them has; a
        // kind said to use it.
        {"I really miss the split view from Notion.", Pattern::last_company},
        {"Requested after a comparison with other invoicing tools.", Pattern::last_company},
        {"Dark mode is one of the basic features of any modern editor.", Pattern::last_company},
        {"Most mature frameworks are using it.", Pattern::last_company},
        // Where the work stands; the priority asked up; a date put to the maker; readiness for an event; how near.
        {"Whatever happened to the offline mode?", Pattern::faster_please},
        {"Could we get a quick note on where things stand with the SSO work?", Pattern::faster_please},
        {"Can we bump the priority of the export bug?", Pattern::faster_please},
        {"So you are going to ship the patch on Friday?", Pattern::faster_please},
        {"Any way to have the SAML login done before the Initech demo next Tuesday?", Pattern::faster_please},
        {"It would be great if the fix could be squeezed in before the freeze.", Pattern::faster_please},
        {"How far is the importer from being merged?", Pattern::faster_please},
        // An addition opened with "also" and a polite condition; inside a suggestion; "as well" in a condition; an
        // item attached to the release.
        {"Also the date picker, if you could.", Pattern::one_more_thing},
        {"Looks good. Maybe also add a clear button to the search box.", Pattern::one_more_thing},
        {"If you could handle the empty state as well, that would be ideal.", Pattern::one_more_thing},
        {"#88 needs a fix before the release please.", Pattern::one_more_thing},
        // A fallback to the least; another product's features asked over; a when put as curiosity.
        {"Please keep the old sidebar, or at least give us a setting to bring it back.", Pattern::simple_version},
        {"Could you bring over the features of Figma for comments?", Pattern::last_company},
        {"I'm curious when the Windows build will be released?", Pattern::faster_please},
    });
    check_clear({
        // The delivery held back; a lack in another product; the writer's own product; usability; a reassurance.
        "Please postpone the merge until after the release.",
        "Can we move this PR to the next release?",
        "Some of the shortcuts are missing from Safari.",
        "We already have it on the settings page.",
        "It's not hard to use once you find the menu.",
        "That shouldn't be a problem.",
        // A state now; the writer's own plan; open to an idea; a fact in a reply; a place asked for.
        "Right now we ship the installer weekly.",
        "I hope to get a draft together in the near future.",
        "I'm not closed to the idea.",
        "The fix is not released yet, try the nightly build.",
        "Where is the code that parses the header?",
        "Ideally I'd like to just add a setting for it.",
        // A proposal among maintainers; the writer's own libraries; a habit of the writer's.
        "Should we release now and merge the rest after that?",
        "Many of our libraries have a changelog.",
        "It is just habit, as I have done it in most languages I have worked with.",
        // What goes into a release; a person as the object.
        "What else are you planning for the next release?",
        "I can tag it any time, just drop me a note.",
    });
}
