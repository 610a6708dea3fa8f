// The reframer's choices: each legitimate reason leads to its family, each illegitimate reason to a
// kind self-check (and no ammunition), each PM pattern to the trust-building reply, a vague draft to
// the SBI rewrite; the seeds' own SSO example; determinism.

#include "support.hpp"

using namespace pushback;
using detector::Pattern;
using detector::Reason;
using templates::Perspective;
using test_support::builtin;
using test_support::has_family;
using test_support::has_id;
using test_support::ids_of;
using test_support::range_of;

namespace {

std::set<std::string> const ammunition_families{"numbers", "options", "risks", "two-paths", "counter-proposal"};

std::vector<templates::Reframing> reframe_checked(detector::Analysis const& a, std::string_view text, Perspective p) {
    auto const out = builtin().reframe(a, text, p);
    INFO("reframings: " << ids_of(out));
    CHECK(out.size() >= 2);
    CHECK(out.size() <= 4);
    for (auto const& r : out) test_support::check_reframing(r, text);
    return out;
}

}  // namespace

TEST_CASE("the seeds' SSO example comes back as an SBI rewrite naming SSO with prompts", "[templates]") {
    std::string const text = "I don't think we can add SSO";
    detector::Analysis a;
    a.vague = true;
    a.score = 0.7;
    a.spans = {{range_of(text, "I don't think"), detector::VagueCategory::hedge}};
    a.topic = range_of(text, "SSO");
    a.mood = detector::Mood::statement;

    auto const out = reframe_checked(a, text, Perspective::own_draft);
    REQUIRE_FALSE(out.empty());
    auto const& sbi = out.front();
    CHECK(sbi.family == "sbi");
    CHECK_THAT(sbi.text, Catch::Contains("SSO"));
    CHECK_THAT(sbi.text, Catch::Contains("[when and where did this happen?"));            // situation
    CHECK_THAT(sbi.text, Catch::Contains("[what was decided or done about SSO"));         // behaviour
    CHECK_THAT(sbi.text, Catch::Contains("[what does it cost: days, users, dollars?]"));  // impact
    CHECK_THAT(sbi.text, Catch::Contains("revisit the decision on SSO"));
}

TEST_CASE("an SBI rewrite keeps what the draft already has", "[templates]") {
    std::string const text = "In Thursday's standup we added SSO, which costs us 3 weeks.";
    detector::Analysis a;
    a.vague = true;
    a.topic = range_of(text, "SSO");
    a.sbi = {.situation = true, .behavior = true, .impact = false};
    a.specifics = {{range_of(text, "Thursday's standup"), detector::SpecificKind::event},
                   {range_of(text, "3 weeks"), detector::SpecificKind::number}};
    auto const r = builtin().render("sbi-rewrite", a, text, Perspective::own_draft);
    REQUIRE(r.has_value());
    test_support::check_reframing(*r, text);
    CHECK_THAT(r->text, Catch::StartsWith("In “Thursday's standup”, when “In Thursday's standup we added SSO"));
    CHECK_THAT(r->text, Catch::Contains("the impact is “3 weeks”."));  // numbers stand in for a cost
    CHECK_THAT(r->text, !Catch::Contains("[when and where"));
}

TEST_CASE("each legitimate reason leads with its own family", "[templates]") {
    struct Case {
        Reason reason;
        std::string family;
        std::string text;
    };
    std::vector<Case> const cases{
        {Reason::estimate, "numbers", "This is three months of work, not three weeks."},
        {Reason::scope_timeline, "options", "We can't ship all of the export by Friday."},
        {Reason::underweighted_risk, "risks", "Storing the tokens in plain text is a security risk."},
        {Reason::better_alternative, "two-paths", "A cron job would be cheaper than a queue."},
        {Reason::ignored_constraint, "constraint", "The billing API only allows 10 calls a second."},
        {Reason::misaligned_approach, "premise", "A dashboard won't help admins who never log in."},
        {Reason::user_need, "premise", "Users asked for bulk edit, not a wizard."},
    };
    for (auto const& c : cases) {
        for (auto const p : {Perspective::own_draft, Perspective::reply_to_other}) {
            detector::Analysis a;
            a.legitimate = {c.reason};
            a.sbi = {true, true, true};
            auto const out = reframe_checked(a, c.text, p);
            INFO(detector::id(c.reason) << " -> " << ids_of(out));
            REQUIRE_FALSE(out.empty());
            CHECK(out.front().family == c.family);
        }
    }
}

TEST_CASE("an estimate gets numbers and options, and a better alternative also asks what we're missing",
          "[templates]") {
    std::string const text = "This needs 6 weeks, not 2.";
    detector::Analysis a;
    a.legitimate = {Reason::estimate};
    a.specifics = {{range_of(text, "6 weeks"), detector::SpecificKind::number}};
    auto const out = reframe_checked(a, text, Perspective::own_draft);
    REQUIRE(out.size() >= 2);
    CHECK(out[0].template_id == "numbers-estimate");
    CHECK(out[1].template_id == "options-date-depth");
    CHECK_THAT(out[0].text, Catch::Contains("my number is “6 weeks”."));

    detector::Analysis b;
    b.legitimate = {Reason::better_alternative};
    auto const alt = reframe_checked(b, "A cron job would do.", Perspective::own_draft);
    CHECK(alt[0].family == "two-paths");
    CHECK(has_id(alt, "constraint-ask"));
}

TEST_CASE("the first legitimate reason found leads when there are several", "[templates]") {
    detector::Analysis a;
    a.legitimate = {Reason::underweighted_risk, Reason::scope_timeline};
    auto const out = reframe_checked(a, "Risky, and it won't fit.", Perspective::own_draft);
    CHECK(out[0].family == "risks");
    CHECK(out[1].family == "options");
}

TEST_CASE("an illegitimate reason leads with a kind self-check and no ammunition", "[templates]") {
    std::vector<std::pair<Reason, std::string>> const cases{
        {Reason::new_framework, "I don't want to learn Svelte for this."},
        {Reason::aesthetic, "The new layout just looks ugly to me."},
        {Reason::territorial, "That's my module, nobody else should touch it."},
        {Reason::my_way, "My way is better, we should do it like I said."},
        {Reason::attachment, "I built the current importer, we should keep it."},
    };
    for (auto const& [reason, text] : cases) {
        for (auto const p : {Perspective::own_draft, Perspective::reply_to_other}) {
            detector::Analysis a;
            a.illegitimate = {reason};
            a.vague = false;
            a.sbi = {true, true, true};
            auto const out = reframe_checked(a, text, p);
            INFO(detector::id(reason) << " -> " << ids_of(out));
            REQUIRE_FALSE(out.empty());
            CHECK(out.front().template_id == "self-check-" + std::string(detector::id(reason)));
            for (auto const& r : out) CHECK_FALSE(ammunition_families.contains(r.family));
            // Said kindly, and addressed to the right person.
            if (p == Perspective::own_draft)
                CHECK_THAT(out.front().text, Catch::Contains("yourself") || Catch::Contains("honest check") ||
                                                 Catch::Contains("gentle check"));
            else
                CHECK_THAT(out.front().text, !Catch::Contains("yourself"));
        }
    }
}

TEST_CASE("an illegitimate reason still leads when a legitimate one comes with it", "[templates]") {
    detector::Analysis a;
    a.illegitimate = {Reason::attachment};
    a.legitimate = {Reason::underweighted_risk};
    auto const out =
        reframe_checked(a, "I built the importer and the rewrite risks data loss.", Perspective::own_draft);
    CHECK(out[0].template_id == "self-check-attachment");
    CHECK(has_family(out, "risks"));  // the legitimate part still gets its say, after the self-check
}

TEST_CASE("a PM's trust-destroying ask gets the trust-building reply first", "[templates]") {
    std::vector<std::pair<Pattern, std::string>> const cases{
        {Pattern::faster_please, "Can we do this faster?"},
        {Pattern::why_so_long, "Why does the export take so long?"},
        {Pattern::last_company, "At my last company, this would have taken two days."},
        {Pattern::simple_version, "Can we just do the simple version?"},
        {Pattern::one_more_thing, "While you're in there, can you also add a tooltip?"},
    };
    for (auto const& [pattern, text] : cases) {
        detector::Analysis a;
        a.patterns = {pattern};
        a.mood = detector::Mood::request;
        a.vague = true;
        auto const reply = reframe_checked(a, text, Perspective::reply_to_other);
        INFO(detector::id(pattern) << " -> " << ids_of(reply));
        CHECK(reply.front().template_id == "trust-" + std::string(detector::id(pattern)) + "-reply");
        CHECK_FALSE(has_family(reply, "sbi"));  // not a rewrite of the PM's message

        // The same ask in your own draft: the trust-building way to ask it.
        auto const own = reframe_checked(a, text, Perspective::own_draft);
        CHECK(own.front().template_id == "trust-" + std::string(detector::id(pattern)) + "-rewrite");
    }
    detector::Analysis a;
    a.patterns = {Pattern::why_so_long};
    std::string const text = "Why does the export take so long?";
    a.topic = range_of(text, "the export");
    auto const own = builtin().render("trust-why-so-long-rewrite", a, text, Perspective::own_draft);
    CHECK(own->text ==
          "Help me understand what makes the export complex. Is there a part we could drop or defer to "
          "bring it in sooner?");
}

TEST_CASE("several patterns or reasons do not crowd out the rest", "[templates]") {
    detector::Analysis a;
    a.patterns = {Pattern::faster_please, Pattern::why_so_long, Pattern::last_company, Pattern::simple_version};
    a.vague = true;
    auto const out = reframe_checked(a, "Faster? Why so long? Simple version?", Perspective::reply_to_other);
    CHECK(std::count_if(out.begin(), out.end(), [](auto const& r) { return r.family == "trust"; }) == 2);
    CHECK(out[0].template_id == "trust-faster-please-reply");
    CHECK(out[1].template_id == "trust-why-so-long-reply");
    CHECK(has_family(out, "clarify"));  // vague, so the ask for specifics is included
}

TEST_CASE("a vague draft always includes the SBI rewrite, even with a full list", "[templates]") {
    detector::Analysis a;
    a.vague = true;
    a.legitimate = {Reason::estimate, Reason::underweighted_risk, Reason::better_alternative,
                    Reason::ignored_constraint};
    auto const out = reframe_checked(a, "This will take way longer and it's risky.", Perspective::own_draft);
    CHECK(out.size() == 4);
    CHECK(out[0].family == "numbers");
    CHECK(out.back().family == "sbi");

    a.vague = false;  // a specific draft with the same reasons: no SBI lecture
    a.sbi = {true, true, true};
    CHECK_FALSE(has_family(reframe_checked(a, "6 weeks, per the breakdown.", Perspective::own_draft), "sbi"));
}

TEST_CASE("a commitment gets the dissent-on-record phrasing", "[templates]") {
    std::string const text = "Fine, we'll ship the importer on Friday as scoped.";
    detector::Analysis a;
    a.mood = detector::Mood::commitment;
    a.topic = range_of(text, "the importer");
    a.sbi = {true, true, true};
    auto const out = reframe_checked(a, text, Perspective::own_draft);
    CHECK(out.front().template_id == "dissent-commit");
    CHECK_THAT(out.front().text, Catch::Contains("my concerns about the importer"));
}

TEST_CASE("a message with nothing detected still gets two useful reframings", "[templates]") {
    for (auto const p : {Perspective::own_draft, Perspective::reply_to_other}) {
        detector::Analysis a;
        a.sbi = {true, true, true};
        auto const out = reframe_checked(a, "Sounds good.", p);
        CHECK(has_family(out, "premise"));
        CHECK(has_family(out, "dissent"));
    }
}

TEST_CASE("specifics from the message are quoted into the slots", "[templates]") {
    std::string const text = "Adding SSO by March 3 would cost $40k and 2 engineers.";
    detector::Analysis a;
    a.legitimate = {Reason::scope_timeline};
    a.topic = range_of(text, "SSO");
    a.specifics = {{range_of(text, "March 3"), detector::SpecificKind::date},
                   {range_of(text, "$40k"), detector::SpecificKind::money},
                   {range_of(text, "2 engineers"), detector::SpecificKind::number}};
    auto const out = reframe_checked(a, text, Perspective::own_draft);
    CHECK(out[0].template_id == "options-date-depth");
    CHECK_THAT(out[0].text, Catch::StartsWith("I don't think we get both “March 3” and the full scope of SSO."));
    CHECK_THAT(out[0].text, Catch::Contains("If we want “March 3”, we ship thin"));
    auto const dissent = builtin().render("dissent-record", a, text, Perspective::own_draft);
    CHECK_THAT(dissent->text, Catch::Contains("concerns about SSO (“March 3”, “$40k” and “2 engineers”)"));
}

TEST_CASE("the reframer is deterministic", "[templates]") {
    std::string const text = "Can we just do the simple version of SSO by Friday? I built the old login.";
    detector::Analysis a;
    a.vague = true;
    a.patterns = {Pattern::simple_version};
    a.illegitimate = {Reason::attachment};
    a.legitimate = {Reason::scope_timeline};
    a.topic = range_of(text, "SSO");
    a.specifics = {{range_of(text, "Friday"), detector::SpecificKind::date}};
    for (auto const p : {Perspective::own_draft, Perspective::reply_to_other}) {
        auto const first = builtin().reframe(a, text, p);
        auto const again = builtin().reframe(a, text, p);
        auto const reloaded = templates::Library::load_builtin()->reframe(a, text, p);
        REQUIRE(first.size() == again.size());
        REQUIRE(first.size() == reloaded.size());
        for (std::size_t i = 0; i < first.size(); ++i) {
            CHECK(first[i].template_id == again[i].template_id);
            CHECK(first[i].text == again[i].text);
            CHECK(first[i].text == reloaded[i].text);
        }
    }
}

TEST_CASE("hostile text is quoted literally, never read as a template", "[templates]") {
    std::string const text = "{{#own_draft}}{{topic}}{{/own_draft}} <!channel> & {{{draft}}} }} {{";
    detector::Analysis a;
    a.vague = true;
    a.topic = range_of(text, "{{topic}}");
    a.specifics = {{range_of(text, "<!channel>"), detector::SpecificKind::link}};
    for (auto const& id : builtin().ids()) {
        for (auto const p : {Perspective::own_draft, Perspective::reply_to_other}) {
            auto const r = builtin().render(id, a, text, p);
            REQUIRE(r.has_value());
            test_support::check_reframing(*r, text);
            if (r->text.find("{{") != std::string::npos) {
                // Only ever as the user's own words: the quoted draft or the topic.
                CHECK((r->text.find("“{{#own_draft}}{{topic}}{{/own_draft}} <!channel> & {{{draft}}} }} {{”") !=
                           std::string::npos ||
                       r->text.find("{{topic}}") != std::string::npos));
            }
        }
    }
    auto const sbi = builtin().render("sbi-rewrite", a, text, Perspective::own_draft);
    CHECK_THAT(sbi->text, Catch::Contains("about {{topic}}, as a plain fact"));
    // No HTML escaping: the plain text keeps <, > and & as typed (Slack escaping is the caller's, via mrkdwn_escape).
    auto const dissent = builtin().render("dissent-record", a, text, Perspective::own_draft);
    CHECK_THAT(dissent->text, Catch::Contains("concerns about {{topic}} (“<!channel>”)"));
    a.sbi.behavior = true;
    auto const quoted = builtin().render("sbi-rewrite", a, text, Perspective::own_draft);
    CHECK_THAT(quoted->text,
               Catch::Contains("when “{{#own_draft}}{{topic}}{{/own_draft}} <!channel> & {{{draft}}} }} {{”,"));
}

TEST_CASE("bogus ranges and broken UTF-8 do not break the output", "[templates]") {
    std::string const text = "caf\xC3\xA9 \xFF\xFE ok \xE2\x82";  // an invalid byte pair and a cut-off euro sign
    detector::Analysis a;
    a.vague = true;
    a.topic = detector::Range{3, 4};  // inside "é"
    a.specifics = {{{100, 200}, detector::SpecificKind::date}, {{5, 2}, detector::SpecificKind::money}};
    a.spans = {{{0, 9999}, detector::VagueCategory::hedge}};
    for (auto const p : {Perspective::own_draft, Perspective::reply_to_other}) reframe_checked(a, text, p);
}

TEST_CASE("a date next to an event is one situation, a bare date reads 'On'", "[templates]") {
    std::string const text = "Thursday's standup added SSO. It costs 3 weeks. Friday is out.";
    detector::Analysis a;
    a.vague = true;
    a.topic = range_of(text, "SSO");
    a.specifics = {{range_of(text, "Friday"), detector::SpecificKind::date},
                   {range_of(text, "standup"), detector::SpecificKind::event},
                   {range_of(text, "Thursday"), detector::SpecificKind::date}};
    auto const r = builtin().render("sbi-rewrite", a, text, Perspective::own_draft);
    CHECK_THAT(r->text, Catch::StartsWith("In “Thursday's standup”, when"));
    // The date slot takes a date only, never an event.
    auto const o = builtin().render("options-date-depth", a, text, Perspective::own_draft);
    CHECK_THAT(o->text, Catch::StartsWith("I don't think we get both “Friday” and"));

    detector::Analysis b;
    b.specifics = {{range_of(text, "Friday"), detector::SpecificKind::date}};
    CHECK_THAT(builtin().render("sbi-rewrite", b, text, Perspective::own_draft)->text,
               Catch::StartsWith("On “Friday”, when"));
    detector::Analysis c;
    c.specifics = {{range_of(text, "standup"), detector::SpecificKind::event}};
    CHECK_THAT(builtin().render("sbi-rewrite", c, text, Perspective::own_draft)->text,
               Catch::StartsWith("In “standup”, when"));
}

TEST_CASE("a topic that is only a pronoun gives way to the prompt", "[templates]") {
    std::string const text = "We can't ship all of this by Friday.";
    detector::Analysis a;
    a.topic = range_of(text, "all");
    auto const r = builtin().render("premise-general", a, text, Perspective::own_draft);
    CHECK_THAT(r->text, Catch::StartsWith("Before I weigh in on [the feature or decision], "));
}

TEST_CASE("the behaviour quote is the draft's first sentence", "[templates]") {
    std::string const text = "On Monday the PM moved the launch to May 1. That cuts QA to 2 days! Thoughts?";
    detector::Analysis a;
    a.sbi = {.situation = true, .behavior = true, .impact = false};
    auto const r = builtin().render("sbi-rewrite", a, text, Perspective::own_draft);
    CHECK_THAT(r->text, Catch::Contains("when “On Monday the PM moved the launch to May 1”, the impact is"));
}
