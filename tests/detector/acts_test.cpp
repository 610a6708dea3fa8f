// What a message is, read from what its sentences do (detector/acts.cpp, the kind rules in
// detector/kind.cpp): the grammar of a sentence, and kinds by construction on drafts written for this
// test (none of them is in any corpus), so a pass means the construction generalises, not the wording.
#include <array>
#include <catch2/catch.hpp>
#include <string>
#include <string_view>

#include "detector/analysis.hpp"
#include "detector/detail/context.hpp"

using namespace pushback::detector;

namespace {

detail::Act act_of(std::string_view sentence) {
    std::array<std::string_view, 8> words{};
    detail::Sentence const x{0, static_cast<std::uint32_t>(sentence.size()), sentence.ends_with('?') ? '?' : '.'};
    auto const n = detail::sentence_words(sentence, x, words);
    return detail::sentence_act(std::span<std::string_view const>(words.data(), std::min(n, words.size())),
                                x.question());
}

}  // namespace

TEST_CASE("a sentence's act: mood, who it is about, verb group, negation", "[detector][acts]") {
    struct Case {
        std::string_view sentence, mood, subject, verb;
        bool negated;
    };
    for (auto const& c : {
             Case{"i've pushed the fix to the branch", "d", "1", "perf", false},
             Case{"can you add a retry to the uploader?", "q", "2", "modal", false},
             Case{"we should move the nightly job first", "d", "1", "oblig", false},
             Case{"i'm rewriting the importer now", "d", "1", "prog", false},
             Case{"it has been closed as a duplicate", "d", "3", "perf", false},
             Case{"the search rewrite is coming in the spring release", "d", "0", "fut", false},
             Case{"i don't think the cache helps here", "d", "1", "stance", true},
             Case{"please rename the flag", "imp", "0", "none", false},
             Case{"rename the flag before the release", "imp", "0", "none", false},
             Case{"merged the dashboard branch", "d", "0", "past", false},
         }) {
        INFO(c.sentence);
        auto const a = act_of(c.sentence);
        CHECK(a.mood == c.mood);
        CHECK(a.subject == c.subject);
        CHECK(a.verb == c.verb);
        CHECK(a.negated == c.negated);
    }
    // Topic words are read by their shape, kind words as themselves.
    CHECK(detail::kind_token("windows") == "<s>");
    CHECK(detail::kind_token("merged") == "<ed>");
    CHECK(detail::kind_token("should") == "should");
    CHECK(detail::kind_token("<mention>") == "<mention>");
}

TEST_CASE("kind by construction on drafts no corpus holds", "[detector][acts]") {
    struct Case {
        std::string_view text;
        MessageKind kind;
    };
    for (auto const& c : {
             // A concern: a judgment said of the thing, harm after a modal, a concession then a
             // reservation, an opinion that prefers something else; praise denied is not thanks.
             Case{"I don't love this plan, feels like we're rushing it", MessageKind::pushback},
             Case{"The new onboarding flow looks cluttered to me.", MessageKind::pushback},
             Case{"That's a reasonable idea, but it will confuse the people who already use the old shortcut.",
                  MessageKind::pushback},
             Case{"Honestly I'd rather keep the current exporter than rewrite it now.", MessageKind::pushback},
             Case{"This feels premature to me; nobody has asked for offline sync yet.", MessageKind::pushback},
             Case{"you clearly don't understand the codebase, this is a mess", MessageKind::pushback},
             // A proposal by the writer's team, a question put to the reader.
             Case{"We should move the nightly job to the new cluster before June.", MessageKind::ask},
             Case{"Do you have a minute to look at the migration script?", MessageKind::ask},
             // The writer at work, something done.
             Case{"I'm rewriting the importer now and will open a PR tomorrow.", MessageKind::status},
             Case{"It has been deployed to staging and the smoke tests pass.", MessageKind::status},
             Case{"Dark mode support merged.", MessageKind::status},
             // Accepting, then a reservation: disagree and commit.
             Case{"Fair enough. I still think the cache is the better fix, but let's ship yours.",
                  MessageKind::commitment},
         }) {
        INFO(c.text);
        CHECK(analyze(c.text).kind == c.kind);
    }
}

TEST_CASE("a topic word does not pull a draft to a kind", "[detector][acts]") {
    // "dark mode" once pulled drafts to `ask`: the same words in an objection, a report and a request.
    CHECK(analyze("Could you add dark mode to the settings page?").kind == MessageKind::ask);
    CHECK(analyze("I'm not a fan of dark mode, it doubles the QA matrix.").kind == MessageKind::pushback);
    CHECK(analyze("Dark mode shipped in 2.3.").kind == MessageKind::status);
    // Swapping the topic keeps the kind.
    for (std::string_view topic : {"dark mode", "the CSV export", "Windows support", "the billing page"}) {
        std::string const objection = "Honestly I'd rather not ship " + std::string(topic) + " this quarter.";
        std::string const request = "Could you add " + std::string(topic) + " next sprint?";
        INFO(topic);
        CHECK(analyze(objection).kind == MessageKind::pushback);
        CHECK(analyze(request).kind == MessageKind::ask);
    }
}

TEST_CASE("a message's place in its thread: after a question, a statement answers it", "[detector][acts]") {
    // Drafts written for this test. Alone, each reads as something else (an objection, a report, a
    // plain statement); after someone's question it is the answer, declines included (GUIDE.md).
    struct Case {
        std::string_view previous, text;
    };
    for (auto const& c : {
             Case{"Will the CSV importer handle semicolons as separators?",
                  "It only reads commas for now; the parser has no separator setting."},
             Case{"Can we get the dark theme into the spring release?",
                  "Not this time, the theme tokens are still being reworked and nothing else is ready."},
             Case{"Is anyone looking at the flaky upload test?", "The retry fix went into the nightly build."},
             // A plan said of the product: an answer to a when (alone, it is a plain statement).
             Case{"When does the search rewrite land?", "The search rewrite is coming in the spring release."},
         }) {
        INFO(c.text);
        CHECK(analyze(c.text, c.previous).kind == MessageKind::reply_to_ask);
    }
    // After a message that asks nothing, or when the message asks back, the thread changes nothing.
    for (auto const& c : {
             Case{"The CSV importer reads commas only.",
                  "It only reads commas for now; the parser has no separator setting."},
             Case{"Will the CSV importer handle semicolons as separators?",
                  "Could you add a separator setting to the parser?"},
         }) {
        INFO(c.text);
        CHECK(analyze(c.text, c.previous).kind == analyze(c.text).kind);
    }
}
