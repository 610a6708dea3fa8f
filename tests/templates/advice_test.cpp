// The coaching advice on analyses built by hand, so each rule is checked whatever the detector finds:
// triage order (stop, commitment, not-pushback, ready, rework), perspective and voice, clause slots
// without Slack markup or someone else's words, at most one bracketed prompt per card, the JSON shape.
#include "templates/advice.hpp"

#include <algorithm>
#include <boost/json.hpp>

#include "detector/analysis.hpp"
#include "support.hpp"
#include "templates/detail/model.hpp"

using namespace pushback;
using detector::Analysis;
using detector::MessageKind;
using detector::Reason;
using detector::RedFlag;
using templates::Triage;
using test_support::range_of;

namespace {

std::size_t prompts(std::string_view text) {
    std::size_t n = 0;
    for (auto at = text.find('['); at != std::string_view::npos; at = text.find('[', at + 1)) ++n;
    return n;
}

templates::Advice advise(Analysis const& a, std::string_view text,
                         templates::Author author = templates::Author::unknown) {
    return templates::advise(test_support::builtin(), a, text, author);
}

}  // namespace

TEST_CASE("an illegitimate reason overrides a legitimate one: stop, the self-check, no polishing",
          "[templates][advice]") {
    std::string const text = "I wrote that code, changes to the billing module go through me; it is risky.";
    Analysis a;
    a.kind = MessageKind::pushback;
    a.legitimate = {Reason::underweighted_risk};
    a.illegitimate = {Reason::territorial};
    auto const adv = advise(a, text);
    CHECK(adv.triage == Triage::stop);
    CHECK(adv.flags == std::vector<std::string>{"illegitimate:territorial"});
    REQUIRE(adv.cards.size() == 1);
    CHECK(adv.cards[0].family == "self-check");
    CHECK_THAT(adv.next_step, Catch::StartsWith("Stop"));
    CHECK_THAT(adv.next_step, !Catch::Contains("legitimate"));
}

TEST_CASE("a red flag leads with the reason to stop, then at most one rewrite aimed at the idea",
          "[templates][advice]") {
    std::string const text = "Going over Sam's head: the checkout rewrite will break refunds for legacy customers.";
    Analysis a;
    a.kind = MessageKind::pushback;
    a.red_flags = {RedFlag::skips_ladder};
    a.clauses.object = range_of(text, "the checkout rewrite");
    a.clauses.impact = range_of(text, "break refunds for legacy customers");
    auto const adv = advise(a, text);
    CHECK(adv.triage == Triage::stop);
    CHECK(adv.flags == std::vector<std::string>{"skips-ladder"});
    REQUIRE(adv.cards.size() == 2);
    CHECK(adv.cards[0].family == "stop");
    CHECK_THAT(adv.cards[0].text, Catch::Contains("1:1"));
    CHECK_THAT(adv.cards[1].text, Catch::Contains("concern about the checkout rewrite, not about anyone. What I see: "
                                                  "it will break refunds for legacy customers"));
    CHECK_THAT(adv.next_step, Catch::Contains("Never skip a rung"));
}

TEST_CASE("a draft with two red flags is told of both in its next step, the lead first", "[templates][advice]") {
    std::string const text = "Posting to the whole eng list: the platform team never wanted to help us.";
    Analysis a;
    a.kind = MessageKind::pushback;
    a.red_flags = {RedFlag::person_directed, RedFlag::broadcast};
    auto const adv = advise(a, text);
    CHECK(adv.triage == Triage::stop);
    CHECK_THAT(adv.next_step, Catch::StartsWith("Stop before sending: it's aimed at the person"));
    CHECK_THAT(adv.next_step, Catch::Contains("whole channel"));
    // Going over someone's head leads; what else the draft does follows it.
    a.red_flags = {RedFlag::person_directed, RedFlag::skips_ladder};
    auto const skips = advise(a, text);
    CHECK_THAT(skips.next_step, Catch::Contains("Never skip a rung"));
    CHECK_THAT(skips.next_step, Catch::Contains("aimed at the person"));
}

TEST_CASE("a commitment is affirmed and logged, never reopened", "[templates][advice]") {
    std::string const text =
        "Fine, Sam decided to ship the redesign as scoped. I disagree with skipping the audit, but I'll commit.";
    Analysis a;
    a.kind = MessageKind::commitment;
    a.legitimate = {Reason::scope_timeline};
    a.illegitimate = {Reason::territorial};  // minutes name owners; that is no motive to stop
    auto const adv = advise(a, text);
    CHECK(adv.triage == Triage::commitment);
    CHECK(adv.flags.empty());
    REQUIRE(adv.cards.size() == 1);
    CHECK(adv.cards[0].family == "commitment");
    CHECK(adv.commitment.decision == "ship the redesign as scoped");
    CHECK(adv.commitment.concern == "I disagree with skipping the audit");
    CHECK(adv.commitment.decision_maker == "Sam");
    CHECK_THAT(adv.next_step, Catch::Contains("don't reopen it"));
}

TEST_CASE("status, thanks and information get no card", "[templates][advice]") {
    for (auto kind : {MessageKind::thanks, MessageKind::status, MessageKind::other}) {
        Analysis a;
        a.kind = kind;
        auto const adv = advise(a, "Thanks for jumping on the incident last night.");
        CHECK(adv.triage == Triage::not_pushback);
        CHECK(adv.cards.empty());
        CHECK_THAT(adv.next_step, Catch::StartsWith("Nothing to push back on"));
    }
}

TEST_CASE("a PM's ask gets both sides when the author is unknown, one side when known", "[templates][advice]") {
    std::string const text = "Can we do this faster?";
    Analysis a;
    a.kind = MessageKind::ask;
    a.vague = true;
    a.patterns = {detector::Pattern::faster_please};
    auto const both = advise(a, text);
    CHECK(both.perspective == templates::Side::ask);
    CHECK(both.triage == Triage::rework);
    REQUIRE(both.cards.size() == 2);
    CHECK_THAT(both.cards[0].title, Catch::StartsWith("If it's your PM's message"));
    CHECK_THAT(both.cards[1].title, Catch::StartsWith("If you're the one asking"));
    auto const theirs = advise(a, text, templates::Author::other);
    REQUIRE(theirs.cards.size() == 1);
    CHECK(theirs.cards[0].family == "trust-reply");
    auto const mine = advise(a, text, templates::Author::self);
    REQUIRE(mine.cards.size() == 1);
    CHECK(mine.cards[0].family == "better-ask");
}

TEST_CASE("clause slots never carry Slack markup, list numerals or someone else's words", "[templates][advice]") {
    std::string const text =
        "> the PRD says the importer is easy\n1. <@U0123|sam> the CSV importer :rocket: 🚀\n"
        "2. it would block refunds for <https://x.example/a|our biggest customers> *every* night";
    Analysis a;
    a.kind = MessageKind::pushback;
    a.vague = true;
    a.legitimate = {Reason::underweighted_risk};
    a.quoted = {range_of(text, "> the PRD says the importer is easy")};
    a.clauses.object = range_of(text, "1. <@U0123|sam> the CSV importer :rocket: 🚀");
    a.clauses.impact =
        range_of(text, "it would block refunds for <https://x.example/a|our biggest customers> *every* night");
    a.clauses.alternative = range_of(text, "the importer is easy");  // quoted: not the writer's
    auto const adv = advise(a, text);
    REQUIRE(!adv.cards.empty());
    for (auto const& card : adv.cards) {
        CAPTURE(card.text);
        for (std::string_view bad : {"<", ">", "@U0", ":rocket:", "🚀", "1.", "*", "importer is easy"})
            CHECK(card.text.find(bad) == std::string::npos);
        CHECK(prompts(card.text) <= 1);
    }
    CHECK_THAT(adv.cards[0].text, Catch::Contains("the CSV importer"));
    CHECK_THAT(adv.cards[0].text, Catch::Contains("it would block refunds for our biggest customers every night"));
}

TEST_CASE("a specific draft with an ask is ready: at most one tweak, taken from the draft", "[templates][advice]") {
    std::string const text = "I might be wrong, but the import takes 3 sprints, not 1. Can we drop legacy formats?";
    Analysis a;
    a.kind = MessageKind::pushback;
    a.sbi = {true, true, true};
    a.spans = {{range_of(text, "I might be wrong"), detector::VagueCategory::hedge}};
    a.clauses.ask = range_of(text, "Can we drop legacy formats");
    auto const adv = advise(a, text);
    CHECK(adv.triage == Triage::ready);
    REQUIRE(adv.cards.size() == 1);
    CHECK(adv.cards[0].family == "tweak");
    CHECK_THAT(adv.next_step, Catch::Contains("drop “I might be wrong, but”"));
}

TEST_CASE("rework cards follow the reason and ask for exactly what is missing", "[templates][advice]") {
    std::string const text = "The PRD says 1 sprint for the CSV importer, I think it's 3.";
    Analysis a;
    a.kind = MessageKind::pushback;
    a.vague = true;
    a.legitimate = {Reason::estimate};
    a.clauses.object = range_of(text, "the CSV importer");
    a.clauses.plan_number = range_of(text, "1 sprint");
    a.clauses.own_number = range_of(text, "3");
    auto const adv = advise(a, text);
    CHECK(adv.triage == Triage::rework);
    REQUIRE(!adv.cards.empty());
    CHECK(adv.cards[0].family == "estimate");
    // The writer's number is the writer's, the plan's the plan's.
    CHECK_THAT(adv.cards[0].text, Catch::Contains("My estimate for the CSV importer is 3 sprints, not 1 sprint"));
    CHECK(adv.cards.size() <= 3);
    for (auto const& card : adv.cards) CHECK(prompts(card.text) <= 1);
}

TEST_CASE("the advice as JSON has the interface's keys", "[templates][advice]") {
    Analysis a;
    a.kind = MessageKind::pushback;
    a.red_flags = {RedFlag::broadcast};
    auto const v = boost::json::parse(templates::to_json(advise(a, "<!here> this plan is nonsense")));
    auto const& o = v.as_object();
    CHECK(o.at("triage") == "stop");
    CHECK(o.at("perspective") == "own-draft");
    CHECK(o.at("flags").as_array().size() == 1);
    CHECK(o.at("next_step").is_string());
    for (auto const& card : o.at("cards").as_array()) {
        CHECK(card.as_object().at("family").is_string());
        CHECK(card.as_object().at("title").is_string());
        CHECK(card.as_object().at("text").is_string());
    }
}

TEST_CASE("every advice card shows at most one bracketed prompt, even with nothing filled", "[templates][advice]") {
    auto const& lib = test_support::builtin();
    Analysis const empty;
    for (auto const& id : lib.ids()) {
        if (id == "log-commitment") continue;  // its decision always comes from the draft (next case)
        auto const r = lib.render(id, empty, "", templates::Perspective::own_draft);
        REQUIRE(r);
        if (!lib.impl().templates.at(id).card) continue;
        CAPTURE(id, r->text);
        CHECK(prompts(r->text) <= 1);
    }
    Analysis a;
    a.kind = MessageKind::commitment;
    auto const adv = advise(a, "Fine by me to keep the old flow. Moving on.");
    REQUIRE(adv.cards.size() == 1);
    CHECK(prompts(adv.cards[0].text) <= 1);
    // (r30: what is fine by the writer is the decision.)
    CHECK_THAT(adv.cards[0].text, Catch::StartsWith("Decision: keep the old flow\n"));
}

TEST_CASE("someone else's message is never coached as the user's to send", "[templates][advice]") {
    Analysis thanks;
    thanks.kind = MessageKind::thanks;
    CHECK_THAT(advise(thanks, "Thanks all!", templates::Author::other).next_step, !Catch::Contains("Send it"));
    Analysis attack;
    attack.kind = MessageKind::pushback;
    attack.red_flags = {RedFlag::person_directed};
    auto const adv = advise(attack, "You clearly don't understand the system.", templates::Author::other);
    CHECK(adv.triage == Triage::stop);
    CHECK_THAT(adv.next_step, Catch::StartsWith("Don't answer in kind"));
    REQUIRE(adv.cards.size() == 1);
    CHECK(adv.cards[0].family == "trust-reply");
}

TEST_CASE("slots read as the writer would: no verb particle in the object, no reason in the decision",
          "[templates][advice]") {
    std::string const ask =
        "Hey, any chance we can get the audit log feature out before the Acme renewal? Should be pretty quick, right?";
    auto const reply = advise(detector::analyze(ask), ask, templates::Author::other);
    REQUIRE_FALSE(reply.cards.empty());
    CHECK_THAT(reply.cards[0].text, Catch::Contains("bringing the audit log feature in sooner"));
    std::string const commit =
        "OK, we'll go with the single-tenant deployment for Acme since Marco made the call. I still think the ops "
        "cost will bite us in Q3, but I'm committed and will make it work.";
    auto const logged = advise(detector::analyze(commit), commit);
    CHECK(logged.triage == Triage::commitment);
    CHECK(logged.commitment.decision == "we'll go with the single-tenant deployment for Acme");
    CHECK(logged.commitment.concern == "I still think the ops cost will bite us in Q3");
    CHECK(logged.commitment.decision_maker == "Marco");
}

// Issue 13, the stops18 round: the stop path end to end (the detector, the rules, the shipped combiner). A stop on a
// good draft is the most harmful reply: a person mentioned and not judged ("your review notes are fair", "can you
// explain ...") is never stopped for person-directed; blame, harm and mistreatment said of a person, possession with
// exclusion and certainty for evidence are. Wordings in none of the data files.
TEST_CASE("the stop path: a person mentioned is no stop, a person judged or a motive by grammar is",
          "[templates][advice]") {
    auto const& lib = test_support::builtin();
    auto const coach = [&](std::string_view text) { return templates::advise(lib, detector::analyze(text), text); };
    for (std::string_view t :
         {"Big win today! The Hartley account signed. They need SSO and audit logs live by the 1st. Cheers all!",
          "While your review notes are fair, the real risk in this migration is the cutover order, not the schema.",
          "ok, we'll redo the importer the way you suggested. Can you share which fields the finance team reads?",
          "Can you explain how the rate limiter decides which tenant gets throttled first?"}) {
        INFO(t);
        CHECK(coach(t).triage != Triage::stop);
    }
    struct Case {
        std::string_view text, flag;
    };
    for (auto const& c :
         {Case{"Honestly this outage is Bianca's fault.", "person-directed"},
          Case{"<@U0QA11> brushing off and ignoring the support team for a month is why churn doubled.",
               "person-directed"},
          Case{"those are my dashboards. finance can make their own.", "illegitimate:territorial"},
          Case{"I don't have any data on it, I just know event sourcing is the right call.", "illegitimate:my-way"}}) {
        INFO(c.text);
        auto const adv = coach(c.text);
        CHECK(adv.triage == Triage::stop);
        CHECK(std::find(adv.flags.begin(), adv.flags.end(), c.flag) != adv.flags.end());
    }
}

// A decision that is the writer's own accepts no one else's: the motive in it stands ("I've decided", "the way I
// said"); one that accepts someone's call in words is a commitment. Refusing a rewrite with its reasons is no stop.
TEST_CASE("the stop path: the writer's own decision keeps its motive, a refusal with reasons is no stop",
          "[templates][advice]") {
    auto const& lib = test_support::builtin();
    auto const coach = [&](std::string_view text) { return templates::advise(lib, detector::analyze(text), text); };
    auto const stopped_for = [&](std::string_view text, std::string_view flag) {
        auto const adv = coach(text);
        return adv.triage == Triage::stop && std::find(adv.flags.begin(), adv.flags.end(), flag) != adv.flags.end();
    };
    CHECK(stopped_for("I've decided the ledger will move to CQRS. No benchmarks, I just know it's the right design.",
                      "illegitimate:my-way"));
    CHECK(stopped_for("We're shipping it the way I told you, end of story.", "illegitimate:my-way"));
    CHECK(stopped_for("Thank you for dropping a new payments flow on the team at 6pm on a Friday, lovely.", "sarcasm"));
    CHECK(stopped_for("If design ever tested on a real phone we wouldn't be redoing the checkout every sprint.",
                      "person-directed"));
    for (std::string_view t :
         {"It's your call, so we'll go with CQRS for the ledger; I'll write up the migration plan.",
          "I don't want to migrate the billing DB now; it's stable and the change fits in the current schema.",
          "I'm not a big fan of a second settings page; support already gets 30 tickets a week about the first one. "
          "Could the new toggles go on the existing page?",
          "Could someone look at the export page at some point? It feels slow on large accounts."}) {
        INFO(t);
        CHECK(coach(t).triage != Triage::stop);
    }
}

// The motives20 round, end to end on wordings in none of the dev files: a motive or a move read from the clause's
// grammar stops the draft with its own flag (the writer's own way accepted in words is still the writer's way); the
// same shapes with a legitimate reason, effort as a cost, a measure judged or a move agreed in a 1:1 are no stop.
TEST_CASE("the stop path: motives and the ladder by construction, near misses go through", "[templates][advice]") {
    auto const& lib = test_support::builtin();
    auto const coach = [&](std::string_view text) { return templates::advise(lib, detector::analyze(text), text); };
    for (auto const& [t, flag] : std::initializer_list<std::pair<std::string_view, std::string_view>>{
             {"We invested a year in the homegrown queue. I'm not dumping it for SQS.", "illegitimate:attachment"},
             {"As the lead on this, I decide how the cache is keyed.", "illegitimate:my-way"},
             {"We're going with my layout for the settings page. I don't need to justify it.", "illegitimate:my-way"},
             {"Let's stay on Maven because it's what I know best.", "illegitimate:new-framework"},
             {"Honestly the new onboarding screens look tacky.", "illegitimate:aesthetic"},
             {"I had the CTO tell Ines to drop the widget.", "skips-ladder"}}) {
        INFO(t);
        auto const adv = coach(t);
        CHECK(adv.triage == Triage::stop);
        CHECK(std::find(adv.flags.begin(), adv.flags.end(), flag) != adv.flags.end());
    }
    for (std::string_view t :
         {"It took us three weeks to build the sync, so a rewrite would be about six.",
          "I'm not dumping the homegrown queue: it handles exactly-once delivery and SQS FIFO caps us at 300 msgs/s.",
          "Let's stay on Maven because the release plugin we depend on has no Gradle port.",
          "The dashboard header looks cramped on 1366px screens and hides the date filter.",
          "Tove and I agreed in our 1:1 to raise it with her director together."}) {
        INFO(t);
        CHECK(coach(t).triage != Triage::stop);
    }
}

// A stop on a good draft is the worst reply the bot can give. Work moved to a queue or a forum, praise for a
// bug found, a threshold to revisit at: none names someone gone over or mocked, so neither the rules nor the
// combiner stops them. Someone named after the move still is a stop.
TEST_CASE("a move of work, a forum, praise for a catch or a threshold is never a stop", "[templates][advice]") {
    for (std::string_view t :
         {"Let's escalate the broken nightly build to the infra team's queue so someone owns it this week.",
          "Can we take the retention numbers to the product review on Thursday before we commit to the date?",
          "Great catch on the double-charge bug, that would have hit every annual plan renewal on the 1st.",
          "OK, I'm in on the Postgres move; let's revisit in the retro if replication lag goes above 30 seconds."}) {
        INFO(t);
        auto const adv = advise(detector::analyze(t), t);
        CHECK(adv.triage != Triage::stop);
        CHECK(adv.flags.empty());
    }
    std::string_view const skip = "Nadia keeps ignoring the latency budget, so I'm taking this to her director.";
    auto const adv = advise(detector::analyze(skip), skip);
    CHECK(adv.triage == Triage::stop);
    CHECK(std::find(adv.flags.begin(), adv.flags.end(), "skips-ladder") != adv.flags.end());
}

// A draft stopped for one thing and posted to a channel is told of both: the channel named is the broadcast's own
// act, even where no construction around it was found. A stop that names no channel gains no second flag.
TEST_CASE("a stop is told of the channel it is posted to, beside what stopped it", "[templates][advice]") {
    auto const& lib = test_support::builtin();
    auto const coach = [&](std::string_view text) { return templates::advise(lib, detector::analyze(text), text); };
    auto const has = [](templates::Advice const& adv, std::string_view flag) {
        return std::find(adv.flags.begin(), adv.flags.end(), flag) != adv.flags.end();
    };
    for (std::string_view t :
         {"Dropping this in #releases: Mateo has no idea what he's doing with the payment retries.",
          "cc #platform: wow, another 'urgent' request from product at 6pm, love it"}) {
        INFO(t);
        auto const adv = coach(t);
        CHECK(adv.triage == Triage::stop);
        CHECK(has(adv, "broadcast"));
        CHECK_THAT(adv.next_step, Catch::Contains("whole channel"));
    }
    // The same jab with no channel: one flag, no word of a channel.
    auto const adv = coach("Mateo has no idea what he's doing with the payment retries.");
    CHECK(adv.triage == Triage::stop);
    CHECK_FALSE(has(adv, "broadcast"));
    CHECK_THAT(adv.next_step, !Catch::Contains("whole channel"));
}

// "Could we use X rather than Y?": the proposal is said before its "instead of" and the plan it replaces after it;
// Path A is that plan, Path B the proposal, without the hedge or the cue. A team is never what a card pushes back on,
// and "sooner rather than later" proposes nothing.
TEST_CASE("two paths read the proposal before its 'instead of' and the plan after it", "[templates][advice]") {
    auto const& lib = test_support::builtin();
    auto const coach = [&](std::string_view text) { return templates::advise(lib, detector::analyze(text), text); };
    auto const card = [](templates::Advice const& adv, std::string_view family) -> std::string {
        for (auto const& c : adv.cards)
            if (c.family == family) return c.text;
        return {};
    };
    auto const paths = card(
        coach("Could we use the existing cron runner rather than adding Airflow for two nightly jobs?"), "two-paths");
    CHECK_THAT(paths, Catch::Contains("Path A is the current plan: adding Airflow for two nightly jobs."));
    CHECK_THAT(paths, Catch::Contains("Path B: use the existing cron runner."));
    CHECK_THAT(paths, !Catch::Contains("rather"));
    // "reuse it": the thing the draft named before the proposal.
    auto const reuse = card(coach("Nice work by the infra team on the retry queue; we should probably reuse it for "
                                  "the invoice mailer instead of building another one."),
                            "two-paths");
    CHECK_THAT(reuse, Catch::Contains("Path B: reuse the retry queue for the invoice mailer."));
    CHECK_THAT(reuse, Catch::Contains("Path A is the current plan: building another one."));
    for (auto const& c : coach("Nice work by the infra team on the retry queue; we should probably reuse it for the "
                               "invoice mailer instead of building another one.")
                             .cards) {
        INFO(c.text);
        CHECK_THAT(c.text, !Catch::Contains("infra team"));
    }
    auto const later = coach("Honestly we should migrate the billing jobs sooner rather than later.");
    for (auto const& c : later.cards) {
        INFO(c.text);
        CHECK_THAT(c.text, !Catch::Contains("rather than later"));
    }
}

// "I'm against cutting X; <why>": the plan pushed back on is the removal, the why after it is what the removal costs,
// and the cards say so; a removal the writer proposes is the writer's own slice, not the plan.
TEST_CASE("a removal pushed back on is the card's object, and the why after it its cost", "[templates][advice]") {
    auto const& lib = test_support::builtin();
    auto const coach = [&](std::string_view text) { return templates::advise(lib, detector::analyze(text), text); };
    auto const adv = coach(
        "I'm against removing the bulk import from the beta; our two largest tenants onboard "
        "with it every quarter.");
    REQUIRE_FALSE(adv.cards.empty());
    CHECK(adv.cards[0].family == "specifics");
    CHECK_THAT(adv.cards[0].text, Catch::Contains("removing the bulk import from the beta: our two largest tenants "
                                                  "onboard with it every quarter"));
    for (auto const& c : adv.cards) {
        INFO(c.text);
        CHECK(c.family != "options");
        CHECK_THAT(c.text, !Catch::Contains("saying no to the bulk import"));
    }
    auto const own = coach("I'd suggest scrapping the bulk import from the beta so we make the 14th.");
    for (auto const& c : own.cards) {
        INFO(c.text);
        CHECK_THAT(c.text, !Catch::Contains("concern about scrapping"));
    }
}

// An adoption the writer sets a condition on ("before we adopt it again") is not one they want: no new-framework
// stop on the combiner's word; the same technology wanted for being new still is.
TEST_CASE("a technology the writer sets a condition on is no novelty stop", "[templates][advice]") {
    auto const& lib = test_support::builtin();
    auto const coach = [&](std::string_view text) { return templates::advise(lib, detector::analyze(text), text); };
    CHECK(coach("We trialled Deno on the billing worker in spring and backed it out; I'd like to know what changed "
                "before we adopt it again.")
              .triage != Triage::stop);
    auto const wanted = coach("Let's adopt Deno for the billing worker, Node feels so old now.");
    CHECK(wanted.triage == Triage::stop);
    CHECK(std::find(wanted.flags.begin(), wanted.flags.end(), "illegitimate:new-framework") != wanted.flags.end());
}

// A stop names a flag the draft's own words carry: harsh words with no one to say them of judge the plan, an acronym
// before "really" is no person, a loss with no work of the writer's named is what the plan takes from users. Near
// misses: a person judged, the writer's own years spent.
TEST_CASE("a stop's flag rests on its own words: no person no person-directed, no own work no attachment",
          "[templates][advice]") {
    auto const& lib = test_support::builtin();
    auto const coach = [&](std::string_view text) { return templates::advise(lib, detector::analyze(text), text); };
    for (std::string_view t : {"Frankly the new import wizard is a mess, I don't think it's ready for the beta.",
                               "Does the CLI really need a full rewrite? Overkill.",
                               "Strongly against scrapping the CSV importer from the release; three enterprise tenants "
                               "rely on it monthly."}) {
        INFO(t);
        CHECK(coach(t).triage != Triage::stop);
    }
    auto const has = [&](std::string_view text, std::string_view flag) {
        auto const adv = coach(text);
        return adv.triage == Triage::stop && std::find(adv.flags.begin(), adv.flags.end(), flag) != adv.flags.end();
    };
    CHECK(has("Jonas is a mess, he never finishes anything he starts.", "person-directed"));
    CHECK(has("I spent two years on the CSV importer; I'm not letting anyone scrap it.", "illegitimate:attachment"));
}

// A harm the plan would cause, said with a modal and any verb of harm the detector knows ("will hurt", "would
// confuse"), is a concern: never "nothing to push back on".
TEST_CASE("a harm said with a modal is a concern whatever its verb", "[templates][advice]") {
    auto const& lib = test_support::builtin();
    auto const coach = [&](std::string_view text) { return templates::advise(lib, detector::analyze(text), text); };
    auto const adv = coach("Retiring the nightly PDF digest will hurt the field sales team, they print it for visits.");
    CHECK(adv.triage != Triage::not_pushback);
    bool said = false;
    for (auto const& c : adv.cards) said = said || c.text.find("will hurt the field sales team") != std::string::npos;
    CHECK(said);
}

// A draft stopped for one thing that winks or says "ah yes" is told of the sarcasm too; praise alone beside the
// stop ("it'd look great on the blog", "not nice?") names no sarcasm, nor does a stop with no turn at all.
TEST_CASE("a stop is told of the sarcasm its wink or turn says, not of praise alone", "[templates][advice]") {
    auto const& lib = test_support::builtin();
    auto const coach = [&](std::string_view text) { return templates::advise(lib, detector::analyze(text), text); };
    auto const has = [](templates::Advice const& adv, std::string_view flag) {
        return std::find(adv.flags.begin(), adv.flags.end(), flag) != adv.flags.end();
    };
    for (std::string_view t : {"Tomasz never reads the runbook before paging us, but I'm sure it'll all work out :)",
                               "Ah yes, Lena's estimates again. She has no idea how long a migration takes."}) {
        INFO(t);
        auto const adv = coach(t);
        CHECK(adv.triage == Triage::stop);
        CHECK(has(adv, "person-directed"));
        CHECK(has(adv, "sarcasm"));
    }
    for (std::string_view t :
         {"Let's rewrite the invoicing worker in Elixir, everyone's doing it and it would look great in the job ads.",
          "Tomasz never reads the runbook before paging us."}) {
        INFO(t);
        auto const adv = coach(t);
        CHECK(adv.triage == Triage::stop);
        CHECK_FALSE(has(adv, "sarcasm"));
    }
}

// A person judged by construction stops the draft as person-directed, also beside another flag; a person mentioned
// without judgment, self-criticism and a group kept out for a reason are no stop.
TEST_CASE("the stop path: futile dealings, a group kept away, a likeness and a name held up are person-directed",
          "[templates][advice]") {
    auto const& lib = test_support::builtin();
    auto const coach = [&](std::string_view text) { return templates::advise(lib, detector::analyze(text), text); };
    auto const stopped_for = [&](std::string_view text, std::string_view flag) {
        auto const adv = coach(text);
        return adv.triage == Triage::stop && std::find(adv.flags.begin(), adv.flags.end(), flag) != adv.flags.end();
    };
    for (std::string_view t : {"Negotiating with the platform team is a waste of time, they never move a date.",
                               "Keep the contractors off the payments schema, they'll wreck it again.",
                               "Our director has the patience of a toddler when the graphs dip.",
                               "He said yes to the freeze in the sync and then shipped whatever he wanted."}) {
        INFO(t);
        CHECK(stopped_for(t, "person-directed"));
    }
    // Beside a broadcast: both are named.
    auto const both = "<!here> everyone deserves to know who decided to ship without the rollback plan.";
    CHECK(stopped_for(both, "person-directed"));
    CHECK(stopped_for(both, "broadcast"));
    for (std::string_view t :
         {"Ines owns the billing code, ask her before changing the ledger.",
          "Ask Ravi, he knows the cache better than anyone.", "The data team said three weeks for the export.",
          "I'm terrible at estimating, I keep missing the sprint.",
          "I'm useless at CSS, can someone pair with me on the grid?",
          "Keep the interns away from prod until their access training is done."}) {
        INFO(t);
        CHECK(coach(t).triage != Triage::stop);
    }
}

// A habit stated in a channel ("Sharing the demo recording in #product as usual") is news: no sarcasm stop, and no
// broadcast named beside one.
TEST_CASE("a routine post to a channel is news, not a stop", "[templates][advice]") {
    auto const& lib = test_support::builtin();
    auto const text = std::string_view("Sharing the sprint demo recording in #product as usual.");
    auto const adv = templates::advise(lib, detector::analyze(text), text);
    CHECK(adv.triage == Triage::not_pushback);
    CHECK(adv.flags.empty());
}

// What a plan fails to fix is the problem, never what the writer says no to.
TEST_CASE("the problem a plan doesn't solve is not the card's object", "[templates][advice]") {
    auto const& lib = test_support::builtin();
    auto const text = std::string_view(
        "I'd rather we keep the cron runner. Moving to Airflow because it's popular doesn't solve our flaky exports.");
    REQUIRE_FALSE(templates::advise(lib, detector::analyze(text), text).cards.empty());
    for (auto const& c : templates::advise(lib, detector::analyze(text), text).cards) {
        INFO(c.text);
        CHECK_THAT(c.text, !Catch::Contains("saying no to our flaky exports"));
        CHECK_THAT(c.text, !Catch::Contains("concern about our flaky exports"));
    }
}

// A tool named like a person ("Airflow doesn't ...") is no one to judge.
TEST_CASE("a tool's name before a verb is no person", "[templates][advice]") {
    auto const& lib = test_support::builtin();
    auto const text = std::string_view("Honestly I'd keep the cron runner, Jenkins doesn't solve our flaky exports.");
    CHECK(templates::advise(lib, detector::analyze(text), text).triage != Triage::stop);
}
