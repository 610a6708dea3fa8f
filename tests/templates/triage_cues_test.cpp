// The triage cues on their own: most cases give the advice an Analysis with no findings, so only the
// writer's words (templates/detail/triage_cues.hpp) can drive the triage and the cards; red flags and
// illegitimate motives are the detector's (detector/flags.cpp), so those cases, and the ones that need
// the detector's particulars or quoted ranges, analyse the text for real.
#include "templates/detail/triage_cues.hpp"

#include <algorithm>
#include <initializer_list>

#include "support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using detector::Analysis;
using detector::MessageKind;
using templates::Side;
using templates::Triage;

namespace {

templates::Advice advise_words(std::string_view text, MessageKind kind = MessageKind::pushback) {
    Analysis a;
    a.kind = kind;
    return templates::advise(test_support::builtin(), a, text);
}

// The advice on what the detector finds in `text`: red flags and motives come from the Analysis.
templates::Advice advise_text(std::string_view text) {
    return templates::advise(test_support::builtin(), detector::analyze(text), text);
}

bool flagged(templates::Advice const& adv, std::string_view flag) {
    return std::find(adv.flags.begin(), adv.flags.end(), flag) != adv.flags.end();
}

bool has_family(templates::Advice const& adv, std::string_view family) {
    return std::any_of(adv.cards.begin(), adv.cards.end(), [&](auto const& c) { return c.family == family; });
}

}  // namespace

TEST_CASE("an attack on someone not in the thread stops the draft, with no polishing", "[templates][cues]") {
    for (std::string_view text : {"Priya has no idea how our billing works and her spec is garbage",
                                  "Jonas just doesn't get how payments work, every ticket he writes is half-baked.",
                                  "Our PM is clueless about infra."}) {
        CAPTURE(text);
        auto const adv = advise_text(text);
        CHECK(adv.triage == Triage::stop);
        CHECK(flagged(adv, "person-directed"));
        REQUIRE(!adv.cards.empty());
        CHECK(adv.cards.front().family == "stop");
        CHECK(adv.cards.size() <= 2);  // the reason to stop, then at most one rewrite aimed at the idea
        for (auto const& c : adv.cards) CHECK(c.family != "estimate");
    }
    // News about someone is not an attack.
    CHECK(advise_text("Sam doesn't know about the rate limit yet, so I'll raise it in our 1:1 tomorrow.").triage !=
          Triage::stop);
}

TEST_CASE("the one rewrite after a stop is the writer's own point, never the attack", "[templates][cues]") {
    std::string const text =
        "<@U0PMX81> you clearly don't understand how the sync works. The migration needs 3 weeks of backfill.";
    auto const adv = templates::advise(test_support::builtin(), detector::analyze(text), text);
    REQUIRE(adv.triage == Triage::stop);
    REQUIRE(adv.cards.size() == 2);
    CHECK_THAT(
        adv.cards[1].text,
        Catch::Contains("concern about the migration, not about anyone. What I see: it needs 3 weeks of backfill"));
    CHECK_THAT(adv.cards[1].text, !Catch::Contains("understand"));
    CHECK_THAT(adv.cards[1].text, !Catch::Contains("<@"));
}

TEST_CASE("a rung above the PM is a skip, a second read together is not", "[templates][cues]") {
    CHECK(flagged(advise_text("I've given up on convincing Paolo. I'm booking time with his boss next week."),
                  "skips-ladder"));
    CHECK(
        flagged(advise_text("Forwarding this thread to our CEO so she sees how the roadmap is run."), "skips-ladder"));
    CHECK(!flagged(advise_text("Priya, I'd like to ask our director for a second read, together, at Thursday's "
                               "sync. Ok with you?"),
                   "skips-ladder"));
}

TEST_CASE("@here is a red flag on a disagreement, not on news", "[templates][cues]") {
    CHECK(flagged(advise_text("<!here> does anyone think the 2-week timeline is achievable?"), "broadcast"));
    CHECK(!flagged(advise_text("<!here> heads up: the deploy freeze starts at 6pm today."), "broadcast"));
}

TEST_CASE("a thank-you is not sarcasm, mock praise is", "[templates][cues]") {
    // "Thanks a lot" is no sarcasm: the detector reads praise against what went wrong, and there is none.
    auto const adv = advise_text("Thanks a lot for covering my on-call shift on Saturday, I owe you one.");
    CHECK(adv.triage == Triage::not_pushback);
    CHECK(adv.cards.empty());
    CHECK(flagged(advise_text("Wow, a fourth priority-one this sprint. Truly inspiring planning."), "sarcasm"));
}

TEST_CASE("a motive said outright stops the draft with its self-check", "[templates][cues]") {
    auto const learn = advise_text(
        "Switching to Bazel means I'd have to learn a whole new build system, and "
        "honestly I don't want to.");
    CHECK(learn.triage == Triage::stop);
    CHECK(flagged(learn, "illegitimate:new-framework"));
    auto const built = advise_text("I spent two years on the ingestion pipeline. I'm not ready to see it replaced.");
    CHECK(flagged(built, "illegitimate:attachment"));
    REQUIRE(built.cards.size() == 1);
    CHECK(built.cards[0].family == "self-check");
}

TEST_CASE("a decision accepted in words is a commitment, logged with decision, concern and maker",
          "[templates][cues]") {
    auto const adv = advise_words(
        "Going with Postgres per Dana's call. I still think the migration risk is under-priced, but I'm in");
    CHECK(adv.triage == Triage::commitment);
    REQUIRE(adv.cards.size() == 1);
    CHECK(adv.commitment.decision == "Go with Postgres");
    CHECK(adv.commitment.concern == "I still think the migration risk is under-priced");
    CHECK(adv.commitment.decision_maker == "Dana");
    CHECK_THAT(adv.next_step, Catch::Contains("don't reopen"));
    // A plan to raise something is not a decision accepted.
    CHECK(advise_words("I'll raise the retry limits in our 1:1 tomorrow, the current ones page us twice a night.")
              .triage != Triage::commitment);
}

TEST_CASE("a PM's add-on ask gets the trust-building reply and the better ask, about the thing added",
          "[templates][cues]") {
    auto const adv = advise_words("Can we squeeze the CSV export into this sprint too? Shouldn't be a big deal");
    CHECK(adv.triage == Triage::rework);
    CHECK(adv.perspective == Side::ask);
    REQUIRE(adv.cards.size() == 2);
    CHECK(adv.cards[0].family == "trust-reply");
    CHECK(adv.cards[1].family == "better-ask");
    CHECK_THAT(adv.cards[0].text, Catch::Contains("the CSV export"));
    CHECK_THAT(adv.cards[0].text, !Catch::Contains("squeeze"));
}

TEST_CASE("an answer to a quoted trust-destroying ask starts from the reply that builds trust", "[templates][cues]") {
    std::string const text = "> Can we do this faster?\nNo, not really. It takes what it takes.";
    auto const adv = templates::advise(test_support::builtin(), detector::analyze(text), text);  // the quote
    CHECK(adv.perspective == Side::reply_to_ask);
    CHECK(adv.triage == Triage::rework);
    REQUIRE(!adv.cards.empty());
    CHECK(adv.cards[0].family == "trust-reply");
    CHECK(!has_family(adv, "better-ask"));  // the user is answering, not asking
}

TEST_CASE("a quoted ask in its real shape gets the trust-building reply for its pattern", "[templates][cues]") {
    struct Case {
        std::string_view text, title;
    };
    for (auto const& c : {
             Case{"> Any way to get the SSO settings page ready before the Umbrella onboarding call on Monday?\n"
                  "We can't, the IdP work alone is a week.",
                  "Reply with scope, not speed"},
             Case{"> I really miss the timeline view from Asana.\nWe looked at it, it needs a new data model.",
                  "Compare systems, not teams"},
             Case{"> Honestly a plain PDF export would do for now.\nA plain PDF export still needs the layout engine.",
                  "Agree on what simple means"},
             Case{"> Six weeks have passed since the report.\nIt's in review, it touches the billing code.",
                  "Show what makes it complex"},
         }) {
        INFO(c.text);
        std::string const text(c.text);
        auto const adv = templates::advise(test_support::builtin(), detector::analyze(text), text);
        CHECK(adv.perspective == Side::reply_to_ask);
        REQUIRE(!adv.cards.empty());
        CHECK(adv.cards[0].family == "trust-reply");
        CHECK(adv.cards[0].title == c.title);
    }
}

// The triage13 constructions, on wordings in none of the coaching files.
TEST_CASE("a concessive opener or 'X it is' followed by what happens next accepts the decision", "[templates][cues]") {
    for (std::string_view text : {"Okay, the rollout stays staged per region; I'll update the runbook tonight.",
                                  "Alright then, Postgres it is; I'll set up the schema this week.",
                                  "We accept the smaller first milestone and will quote the rest in February."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::commitment);
    }
    // An acknowledgement of a task is news, and a draft that asks the PM to take the way it offers is still open.
    CHECK(advise_text("Sounds good, I'll take the flaky login test.").triage == Triage::not_pushback);
    CHECK(advise_text("The kiosk firmware update reboots all 240 devices in a store at once (checked on the Leeds "
                      "pilot, 11 minutes of no checkout). Staggering it by aisle keeps half the tills up. ok if I "
                      "change the job?")
              .triage == Triage::ready);
}

TEST_CASE("a PM's ask is ready when it asks what gives for the date", "[templates][cues]") {
    auto const adv = advise_text(
        "Three hospital groups (about $400k ARR) need audit trails before their renewal on March 3. Could we have a "
        "read-only audit view by then, and what would move out of the sprint to make it fit?");
    CHECK(adv.perspective == Side::ask);
    CHECK(adv.triage == Triage::ready);
}

TEST_CASE("an answer to a quoted question of fact, or to a speaker's line in a pasted thread, is information",
          "[templates][cues]") {
    for (std::string_view text : {"> how many tenants are still on v1?\n37, all of them on the legacy billing plan.",
                                  "> is the new index live on prod?\nYes since 10:40, p99 down to 80ms.",
                                  "> when is the next mobile release?\nThe branch is cut, but I can't give a firm "
                                  "date until Apple's review is back.",
                                  "Ana: which region does the EU tenant run in?\nme: eu-west-1, with backups in "
                                  "eu-central-1."}) {
        CAPTURE(text);
        auto const adv = advise_text(text);
        CHECK(adv.triage == Triage::not_pushback);
        CHECK(adv.perspective == Side::reply_to_ask);
    }
    // A heading is not a speaker: without the writer's own line the draft is the writer's.
    CHECK(advise_text("Proposal: stagger the kiosk updates by aisle.\nThat keeps half the tills up.").perspective ==
          Side::own_draft);
}

TEST_CASE("pushback objects to something: news the detector reads as pushback stays news", "[templates][cues]") {
    CHECK(advise_text("Migrated the reporting cluster to r6g instances last night, queries 18% faster, cost flat.")
              .triage == Triage::not_pushback);
}

TEST_CASE("the writer's own unease, asked about without pressure, is the writer's draft", "[templates][cues]") {
    auto const adv = advise_text(
        "I'm not convinced by the new rollout order for the kiosks, something feels off. Can we go over it?");
    CHECK(adv.perspective == Side::own_draft);
    CHECK(adv.triage == Triage::rework);
}

TEST_CASE("a way forward laid out item by item and put to the reader is ready", "[templates][cues]") {
    // Numbered steps under a proposal question, lettered options under a question, an option named by its mark.
    for (std::string_view text :
         {"Could we phase the billing cutover?\n1. move new signups to Stripe in March\n2. migrate annual plans in "
          "April\n3. switch off the old gateway in May",
          "The import job ran 6 hours on Tuesday and blocked the nightly report for 40 customers. Which do we try "
          "first?\na) split the job per region\nb) move the report to 07:00",
          "> which route should we take for the search outage?\nOption 2: pin the old analyzer for a week and "
          "reindex over the weekend."}) {
        CAPTURE(text);
        auto const adv = advise_text(text);
        CHECK(adv.triage == Triage::ready);
        CHECK(adv.perspective != Side::ask);
    }
    // A numbered list of complaints that proposes nothing and asks nothing is not a way forward.
    CHECK(advise_text("This sprint was rough.\n1. the spec changed twice\n2. the designs came late").triage !=
          Triage::ready);
    // A preference answering a choice, with what it rests on, is a way forward in the writer's words.
    CHECK(advise_text("> Should we ship 2.3 this week or wait for the cert fix?\nI'd prefer to wait until Monday: the "
                      "cert fix lands then, and 2.3 without it breaks SSO for 30 tenants.")
              .triage == Triage::ready);
}

TEST_CASE("a request for information put as an imperative, a 'may I' or a tag question asks for a fact",
          "[templates][cues]") {
    for (std::string_view text :
         {"> Please let me know why the CSV export was turned off.\nIt was turned off on May 3 when the S3 bucket "
          "moved.",
          "> May I get a timeline for the invoice fix?\nIt merged this morning and ships with Thursday's release.",
          "> When are you planning to cut the 4.2 branch?\nOn Monday, after the translations land.",
          "> But the staging cluster was upgraded last week, right?\nYes, on Wednesday, to 1.29."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::not_pushback);
    }
    // "Are you ..." at the start still asks for the reader's stance.
    CHECK(advise_text("> Are you ok if we ship the redesign without dark mode?\nNot really: a third of our "
                      "users run dark mode and the contrast breaks on the new cards.")
              .triage != Triage::not_pushback);
}

TEST_CASE("a decision the group reports is accepted, and a later 'but' about something else does not reopen it",
          "[templates][cues]") {
    CHECK(advise_words("We agreed this morning that the audit log ships in 3.1 and the exporter waits for 3.2. "
                       "Thanks for the long thread, but we think the naming question belongs in the API review.")
              .triage == Triage::commitment);
    // A "but" in the decision's own sentence, or opening the next, reopens it.
    for (std::string_view text :
         {"We agreed to ship the exporter in 3.1, but the S3 limits make me doubt it fits.",
          "We decided on the vendor last week. But their SLA only covers business hours, so can we revisit?"}) {
        CAPTURE(text);
        CHECK(advise_words(text).triage != Triage::commitment);
    }
}

TEST_CASE("a thing compared as faster is not a PM asking for a date", "[templates][cues]") {
    CHECK(
        !templates::detail::pm_ask_in("What do you all think about moving the docs site from Jekyll to Hugo? Hugo is "
                                      "faster to build and the theme we use has a Hugo port."));
    CHECK(templates::detail::pm_ask_in("Can we get the Hugo migration done faster? Marketing wants it next week.") ==
          detector::Pattern::faster_please);
}

// Wordings in none of the coaching files: the constructions, not the phrasings they were found in.
TEST_CASE("the writer's own way said as a plan makes a case with its particulars ready", "[templates][cues]") {
    for (std::string_view text :
         {// a modal of proposal and an action verb
          "The vendor's sandbox has been down since Tuesday and our contract tests need it, so I'd move the "
          "partner demo to the 14th.",
          "Our Redis cluster hit 92% memory twice last week; we should add a second shard before the Black Friday "
          "traffic arrives.",
          // the writer's work offered, with when or on what condition
          "The CSV import fails on files over 20 MB because the worker times out at 30 s. I can split it into "
          "chunks by Thursday if you want.",
          // the condition that opens a way to yes
          "March 3 is doable if we freeze the copy this Friday; every change after that costs the translators two "
          "days.",
          // a choice put as a question
          "Adding SAML pushes the billing work to May. Should we take SAML now, or keep billing on track for "
          "April?"}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::ready);
    }
    // Near misses: a stance after the modal, a wish to talk, a wish to know, a courtesy: no way forward.
    for (std::string_view text :
         {"I'd say the new flow is fine.", "We should look at the caching layer at some point.",
          "I'd like to know why the import takes so long.", "I'd love to help, but I'm swamped this week."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::ready);
    }
}

TEST_CASE("a draft that weighs nothing against the plan is not pushback, whatever its grammar", "[templates][cues]") {
    for (std::string_view text : {"Yep, I'll grab the flaky upload test after standup.",
                                  "Where do the load-test results from Monday live? The wiki page is empty.",
                                  "When does the Q3 pricing page go live? I need to update the help centre.",
                                  "Who signs off the DPA for the Acme pilot? Legal said it is with procurement now."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::not_pushback);
    }
    // Near misses: a duration questioned, a date asked for, a promise hedged to nothing are the PM's ask or a doubt.
    for (std::string_view text :
         {"How is a date picker a three week job?", "Any ETA on the billing fix? Sales keeps asking.",
          "> we need the partner API by the 1st\nok... I'll try"}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::rework);
    }
}

TEST_CASE("a decision accepted in the writer's own words: the call named, then the writer's plan or okay",
          "[templates][cues]") {
    for (std::string_view text :
         {"As you suggested, we'll keep the legacy endpoint until June and I'll add the deprecation header this "
          "sprint.",
          "Not the way I'd have done it, but it's her call. I'll update the migration guide.",
          "Retro notes (Jan 9): agreed to drop the Friday deploy freeze; Malik owns the runbook update.",
          "ADR-031 accepted: Kafka for the audit stream, Postgres stays the source of truth.",
          "I'm totally fine dropping the CSV export from v1.", "I'm good with the new retry limits."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::commitment);
    }
    // Near misses: a bare "I'll", an offer of work, an okay with an objection kept, the call named in a question,
    // "good to know".
    for (std::string_view text :
         {"I'll look into it.", "I'm happy to review the schema once it's split.",
          "I'm fine with the scope but not with the date.",
          "As you suggested, could we keep the legacy endpoint until June?", "That's good to know."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::commitment);
    }
}

TEST_CASE("a decision reopened with nothing learned since is a rework, with a finding it is ready",
          "[templates][cues]") {
    CHECK(advise_text("I know we settled on Vue last sprint, but I keep coming back to Svelte. Can we revisit it?")
              .triage == Triage::rework);
    CHECK(advise_text("We picked the 5-minute cache TTL last week, but since then I measured 41% stale reads on the "
                      "pricing page and 3 customer tickets on 2 and 4 Feb. Can we revisit it and try 60 s?")
              .triage == Triage::ready);
    // "I won't bring it up again" closes the matter rather than reopening it.
    CHECK(advise_text("Fine, the 2-region setup it is. My latency worry is in the doc and I won't bring it up again.")
              .triage == Triage::commitment);
}

namespace {

// The rules alone, without the learned combiner: what the constructions decide by themselves.
templates::Advice advise_rules(std::string_view text) {
    return templates::advise_with(test_support::builtin(), detector::analyze(text), text, templates::Author::unknown,
                                  nullptr);
}

}  // namespace

TEST_CASE("the engineer's own ask, made as I on a case with its particulars, is the writer's and ready",
          "[templates][cues]") {
    for (std::string_view text :
         {"I run the nightly ETL, and the schema change lands on the 9th while the quarter-end jobs run. Could we "
          "merge it on the 11th once they finish?",
          "I'm the only reviewer for the billing service this sprint and there are 14 open PRs on it. Can we add "
          "Dmitri as a second reviewer until the 20th?"}) {
        CAPTURE(text);
        auto const rules = advise_rules(text);
        CHECK(rules.triage == Triage::ready);
        CHECK(rules.perspective == Side::own_draft);
        auto const adv = advise_text(text);
        CHECK(adv.triage == Triage::ready);
        CHECK(adv.perspective == Side::own_draft);
    }
    // Near misses: the PM's stake in a delivery said as "I" (a promise to a customer, a need, a wish for the date),
    // and a bare ask with no case, stay the PM's pressure.
    for (std::string_view text :
         {"I promised Globex the SSO integration by the 12th and they have 40 seats waiting. Can the team get it done "
          "by then?",
          "I need the export ready for the 3 pilots on Monday. Can we make it happen?",
          "I'd like the new dashboard live by the 3rd for the 2 board members. Can we do it?",
          "Can we ship the search redesign next week?"}) {
        CAPTURE(text);
        auto const rules = advise_rules(text);
        CHECK(rules.triage == Triage::rework);
        CHECK(rules.perspective == Side::ask);
    }
}

TEST_CASE("a dissent conceded and then the writer stepping aside is a decision accepted", "[templates][cues]") {
    for (std::string_view text :
         {"Not my preference, but I won't block the GraphQL gateway. I'll write up my latency worry in the ADR.",
          "I'd have kept the monolith, but I'm not going to veto the split. Let's go.",
          "I was arguing for Redis, but the team picked Memcached and the hit rates are close. Starting on the client "
          "wrapper today.",
          "I'd rather we waited for the audit, but I won't stand in the way of the Friday launch."}) {
        CAPTURE(text);
        CHECK(advise_rules(text).triage == Triage::commitment);
        CHECK(advise_text(text).triage == Triage::commitment);
    }
    // Near misses: the objection kept for a later meeting, a condition asked for, a question after the concession,
    // a wish with no step aside.
    for (std::string_view text : {"I disagree, but I'll raise it again at Thursday's review with the numbers.",
                                  "I won't block it if we get a rollback plan first.",
                                  "Not my preference, but can we at least add a feature flag?",
                                  "I was hoping for more time, but the design still has 4 open questions."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::commitment);
    }
}

TEST_CASE("thanks that voice no concern and ask nothing stay courtesy whatever the combiner reads",
          "[templates][cues]") {
    for (std::string_view text : {"Really nice work on the new billing page, thank you all. Customers already noticed.",
                                  "Thanks for the quick review on the retry PR, much appreciated!"}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::not_pushback);
    }
}

TEST_CASE("an announcement that only asks what the reader needs of it is news", "[templates][cues]") {
    for (std::string_view text :
         {"The v4 SDK ships on the 14th with the new auth flow. Which endpoints are you waiting on?",
          "The design review for the export moved to Thursday 3pm. Anything you need from me before then?"}) {
        CAPTURE(text);
        CHECK(advise_rules(text).triage == Triage::not_pushback);
        CHECK(advise_text(text).triage == Triage::not_pushback);
    }
    // Near misses: a change asked for after the announcement, a concern before the question.
    for (std::string_view text :
         {"The v4 SDK ships on the 14th with the new auth flow. Can we hold the old one until the 30th?",
          "The v4 SDK ships on the 14th but the auth flow isn't tested yet. Which endpoints are you waiting on?"}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::not_pushback);
    }
}

namespace {

// Each text reads as `want` by the rules alone and by the shipped advice (the combiner after the rules).
void read_both_as(std::initializer_list<std::string_view> texts, Triage want) {
    for (std::string_view text : texts) {
        CAPTURE(text);
        CHECK(advise_rules(text).triage == want);
        CHECK(advise_text(text).triage == want);
    }
}

}  // namespace

TEST_CASE("the writer's own no with its reason and its particulars is ready, a vague no is a rework",
          "[templates][cues]") {
    read_both_as(
        {"I'm not going to merge the Redis upgrade this week: the cluster failover test failed twice on staging and "
         "the fix lands Monday. It can go in on Tuesday.",
         "We're not shipping the bulk-delete endpoint in 2.4 because it has no undo and support can't restore "
         "deleted rows; it goes in 2.5 with soft-delete.",
         "I won't merge the logging rewrite this sprint: it doubles the disk writes on the ingest nodes and we're "
         "already at 80% IOPS. Next sprint, after the SSD swap."},
        Triage::ready);
    // Near misses: a no with no particulars, a feeling for a reason, a doubt about a date, a condition.
    for (std::string_view text :
         {"I'm not going to do that, it's pointless and nobody will use it.", "We're not doing this; it's too risky.",
          "I'm not doing the migration: it just feels "
          "wrong to me.",
          "We won't hit the date: there's a lot of stuff left and things keep coming up."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::rework);
    }
}

TEST_CASE("a plan that orders the work by a dependency is ready, an order by taste is not", "[templates][cues]") {
    read_both_as(
        {"Let's migrate the accounts table first and the invoices after, because the invoices table references "
         "account ids that change in the migration.",
         "I'd rather ship the importer first and the dashboard after; the dashboard reads the importer's tables, so "
         "building it first means building it twice."},
        Triage::ready);
    for (std::string_view text : {"Let's do the settings page first, because it seems more important."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::rework);
    }
}

TEST_CASE("whether a thing will ship is a question of fact, whether it should is not", "[templates][cues]") {
    read_both_as({"Will the 2.0 SDK support Python 3.8? We need to know for our CI matrix.",
                  "Will the 5.0 release land before the summer break? Asking for planning on our side.",
                  "Will version 7 include the offline mode? Trying to plan our rollout."},
                 Triage::not_pushback);
    // Near misses: the reader asked to deliver, the thing's worth doubted.
    for (std::string_view text : {"Will you ship it before the demo? It's kind of important.",
                                  "Will the SDK really need a full rewrite? Seems like overkill to me."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::rework);
    }
}

TEST_CASE("a yes to a quoted 'can you live with it?' accepts the decision, a yes with a condition does not",
          "[templates][cues]") {
    read_both_as(
        {"> Are you ok with shipping the beta without the Slack integration?\nYes, that's fine. I'll put the "
         "integration in the 1.1 ticket and tell support.",
         "> Could you live with the nightly export instead of real-time?\nI can live with that. Nightly covers the "
         "finance reports, which were the main ask."},
        Triage::commitment);
    for (std::string_view text :
         {"> Can you live with dropping the audit log from v2?\nI can, but only if legal signs off first, and I doubt "
          "they will.",
          "> Are you okay with moving the launch up a week?\nNot really, QA needs that week."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::commitment);
    }
    // What the reader waits on is the reader's: the announcement stays news.
    CHECK(advise_rules("We're shipping 3.2 on Thursday. Which of the open bugs are you waiting on for your rollout?")
              .triage == Triage::not_pushback);
}

TEST_CASE("a maintainer's close or 'not for this release' with the reason after it is ready", "[templates][cues]") {
    read_both_as(
        {"Closing this as won't fix. The sync endpoint would have to hold a lock across two services, and the last "
         "time we tried that the p99 went from 80ms to 2s. The batch endpoint in 2.3 covers the same use case.",
         "Not for 3.0, sorry. The new parser still fails 14 of the 200 fixture files and we'd be shipping a "
         "regression to every user. Let's look again once the fixtures pass."},
        Triage::ready);
    // Near misses: a close with nothing after it, a close asked about.
    for (std::string_view text : {"Closing this.", "Should I close this one, or do you still need it?"}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::ready);
    }
}

TEST_CASE("a question for a date whose writer disowns the pressure is information", "[templates][cues]") {
    read_both_as({"Any ETA on the Windows installer? Not urgent, just trying to plan the lab refresh.",
                  "When will dark mode ship on Android? Just curious, no rush at all."},
                 Triage::not_pushback);
    // Near misses: the disclaimer taken back, a date asked sooner.
    for (std::string_view text : {"Any ETA on the Windows installer? No rush, but the lab refresh needs it by Friday.",
                                  "When will dark mode ship on Android? Just curious if we can get it sooner."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::not_pushback);
    }
}

TEST_CASE("a talk named, then what the group keeps or drops, reports a decision", "[templates][cues]") {
    read_both_as(
        {"Talked with Omar this morning: we're sticking with the old importer for Q1. I'd have liked the rewrite, but "
         "the 2-week freeze makes it the wrong quarter.",
         "After discussing it with the infra folks, we'll drop the Redis cache from the launch and keep the in-memory "
         "one."},
        Triage::commitment);
    // Near misses: the decision reopened, the talk with no choice reported.
    for (std::string_view text : {"Talked with Omar: we're keeping the old importer, but I want to revisit it next "
                                  "week, it dropped 300 rows yesterday.",
                                  "Talked with Omar about the importer. I still think the rewrite is overdue."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::commitment);
    }
}

TEST_CASE("a claim that something won't fix a problem is no maintainer's close", "[templates][cues]") {
    CHECK(advise_rules("Retrying the upload won't fix the 413s, they come from the proxy's 10 MB body limit.").triage !=
          Triage::ready);
}

// --- ready9: ways forward in the shapes real people write them ---

TEST_CASE("the writer's step offered or wanted, or the reader's way suggested, is a way forward", "[templates][cues]") {
    for (std::string_view text :
         {"The search reindex takes 9 hours on the current cluster and blocks the nightly export for 30 tenants. Let "
          "me split the reindex by tenant this week and I'll send you the new timings on Friday.",
          "Postgres 12 goes out of support in November and our RDS instances still run it. I want to move the billing "
          "database to Postgres 16 during the March freeze, before the auditors look at it.",
          "The staging cluster has been down since Tuesday, so the release branch can't run its smoke tests. You "
          "could run the smoke tests against the perf cluster for this release and skip staging."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::ready);
    }
    // Near misses: a wish to know, to make a point, a reproach.
    for (std::string_view text : {"Let me know what you think about the new onboarding flow.",
                                  "I want to emphasise that the team has worked hard on this.",
                                  "You could have told me about the launch date earlier."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::ready);
    }
}

TEST_CASE("a change proposed in the passive is a way forward, a state expected is not", "[templates][cues]") {
    CHECK(advise_text("The legacy CSV exporter breaks on files over 2 GB and nobody has touched it since 2019. The "
                      "exporter should be removed in 3.0 and the Parquet path made the default.")
              .triage == Triage::ready);
    for (std::string_view text : {"> When does 4.2 go out?\nI think 4.2 should be released by the 20th of May.",
                                  "The dashboard should be fixed by now, the hotfix went out at 09:40."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::ready);
    }
}

TEST_CASE("a no with the way to yes after 'unless' is a way forward, a doubt with an out is not", "[templates][cues]") {
    CHECK(advise_text("I can't add the audit export to 2.4 unless the SSO work moves to 2.5: both touch the session "
                      "tables and we have one reviewer for them until June.")
              .triage == Triage::ready);
    CHECK(advise_text("The cache won't help with the 800 ms p95 unless I'm missing something.").triage !=
          Triage::ready);
}

TEST_CASE("an alternative weighed against the plan is a way forward, the plan praised is not", "[templates][cues]") {
    CHECK(advise_text("The 5-minute polling hits the vendor API 280k times a day. A webhook from the vendor would be "
                      "cheaper to run than polling every tenant, and it drops our API bill by about $900 a month.")
              .triage == Triage::ready);
    for (std::string_view text :
         {"The new checkout flow would be simpler than the old one, and the designs look great.",
          "> I'm worried the migration is risky\nThe migration would be easier than you think."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::ready);
    }
}

TEST_CASE("options the writer has, laid out in a sentence or as inline steps, are a way forward", "[templates][cues]") {
    for (std::string_view text :
         {"We can't ship the 3.2 importer with the date bug open: the February batch for 14 customers would load "
          "wrong. We have the option to hold 3.2 until the fix lands on the 9th, or ship 3.2 with the importer behind "
          "a flag and turn it on in 3.2.1.",
          "The retry storm took checkout down twice this month (Jan 4 and Jan 19). Two changes: 1) cap retries at 3 "
          "with jitter; 2) move the payment webhook to its own queue."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::ready);
    }
    // Near misses: a feature that has an option, a list of complaints inline.
    for (std::string_view text :
         {"The settings page has an option to hide or show archived projects, added in 2.3 last March.",
          "The sprint went badly: 1. the spec changed twice; 2. designs came late."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::ready);
    }
}

TEST_CASE("a no said in the progressive or as no plans, with its reason, is ready", "[templates][cues]") {
    for (std::string_view text :
         {"Thanks for the PR, but we're not merging the new logging format this release. It doubles the size of "
          "every line the ingest nodes write, and the disks on the ingest nodes are at 82% already.",
          "Thanks for the PR, but I won't be merging the new logging format this release. It doubles the size of "
          "every line the ingest nodes write, and the disks on the ingest nodes are at 82% already.",
          "> Can the app support Windows 7?\nSorry, we have no plans to support Windows 7. Microsoft stopped security "
          "updates in January 2020, and two of our dependencies dropped it last year."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::ready);
    }
    for (std::string_view text : {"I'm not planning to be at the offsite next week.",
                                  "> Will we keep the old API?\nI have no plans to talk "
                                  "about that yet."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::ready);
    }
}

TEST_CASE("a condition on someone else's part, then the writer's side of it, opens a way to yes", "[templates][cues]") {
    CHECK(
        advise_text("> why does the reporting revamp need 4 sprints?\nit's 3 pieces: the new query layer (2 sprints), "
                    "the PDF export (1) and the scheduler (1). if the scheduler can wait we ship the query layer and "
                    "the export in 3 and run the reports by hand meanwhile.")
            .triage == Triage::ready);
    // Near misses: a harm after the condition, a stance after the modal.
    for (std::string_view text :
         {"If the vendor is late again we lose the Globex renewal, and that's 40% of Q3 revenue.",
          "If it's only for the optics, I can accept that."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::ready);
    }
}

TEST_CASE("the people the work needs, asked for with the case, are a way forward", "[templates][cues]") {
    CHECK(advise_text("The on-call rotation has two people for 14 services, and last weekend both were paged 30 times. "
                      "We need a third engineer on the rotation before the Black Friday freeze.")
              .triage == Triage::ready);
    for (std::string_view text : {"We need a decision on this eventually.", "We need more time."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::ready);
    }
}

TEST_CASE("ways announced by a header and then listed are a way forward, a list of what went wrong is not",
          "[templates][cues]") {
    for (std::string_view text :
         {"The nightly `pg_dump` of the events table now takes 5 hours and overlaps the 06:00 ETL. A few ways to do "
          "it:\n1. dump only the last 7 days of events\n2. move the dump to the read replica\n3. switch to "
          "`pg_basebackup` snapshots",
          "The nightly pg_dump of the events table now takes 5 hours and overlaps the 06:00 ETL. A few ways to fix it: "
          "1. dump only the last 7 days of events 2. move the dump to the read replica 3. switch to snapshots"}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::ready);
    }
    CHECK(advise_text("The retro ran long on Friday. Two things went wrong:\n1. the spec changed twice\n2. the designs "
                      "came late")
              .triage != Triage::ready);
}

// persp9: a delivery demanded as a statement is a PM's ask, pasted to get the reply; the writer's own promise, an
// estimate and a demand argued with stay the writer's.
TEST_CASE("a delivery demanded by a date is a PM's ask, a promise or an estimate is not", "[templates][cues]") {
    for (std::string_view ask : {"We need the partner dashboard live by the 15th. It's the top priority this quarter.",
                                 "Need the invoice PDFs fixed by Thursday, whatever it takes.",
                                 "Just get the onboarding flow done in two weeks, sales already promised it.",
                                 "Let's put in some extra hours this sprint and hit the deadline.",
                                 "Skip the load tests then, the beta has to be live by Monday."}) {
        auto const adv = advise_text(ask);
        INFO(ask);
        CHECK(adv.perspective == Side::ask);
        CHECK(adv.triage != Triage::ready);
    }
    for (std::string_view own :
         {"I'll get the invoice PDFs fixed by Thursday.", "The migration should be live by 10pm UTC tonight.",
          "We need the partner dashboard live by the 15th, but the SSO work alone is three weeks.",
          "I need the staging credentials by Friday to start the load test.",
          "I'm trying to get the onboarding flow done in two weeks; design review is on Tuesday."}) {
        auto const adv = advise_text(own);
        INFO(own);
        CHECK(adv.perspective != Side::ask);
    }
}

// recap9: the decision accepted in words the older cues did not know, each with its near miss.
TEST_CASE("a decision accepted by a modal okay, a call given away, a dropped idea or a promise not to object",
          "[templates][cues]") {
    read_both_as({"Not thrilled about losing the CSV export, but I can accept that.",
                  "If that's what legal needs for the audit, I can accept that.",
                  "Mira picked the hosted search. It's her call, and I'll wire it into the catalogue page this week.",
                  "I still think the migration is early, but it's Tomas's decision. Starting on the runbook tomorrow.",
                  "This should have come up at planning, not three days before the freeze. I won't object though.",
                  "Dropping my suggestion to cache at the edge; the CDN team's numbers are better. I'll use their "
                  "config.",
                  "Going with the hosted queue for the beta.",
                  "I'd have picked Rust for the parser, but the team knows Go. I'll set up the Go module today.",
                  "> would you agree with keeping the legacy importer until March?\nYes, fine by me."},
                 Triage::commitment);
    // Near misses: a condition after the okay or asked for before it, a "but" that takes the call back, a question,
    // the writer's idea kept, the choice judged as a subject, the matter raised again, a step aside on a condition,
    // a yes withdrawn.
    for (std::string_view text :
         {"I can accept that if we get a rollback plan first.", "If we add two more engineers, I can accept that.",
          "It's her call, but I think we should wait for the load test.", "Is it his call or the team's?",
          "I won't object if the load test passes.",
          "I'm not dropping my proposal: the numbers still favour the queue.",
          "Going with nightly syncs would leave holds stale for a day. Can we do hourly?",
          "I'd have picked Rust for the parser, but I'll raise it again at the architecture review.",
          "I'd rather have kept the old API, but I'll build the adapter if we get another week.",
          "I withdraw my approval of the schema change: the migration locks the orders table for an hour.",
          "Dropping my estimate to 3 weeks won't change anything: the importer alone is 8 days.",
          "I won't object to the date, but the scope has to shrink.",
          "That's their decision and it's the wrong one: the SDK breaks on Android 8.",
          "I'd rather not rewrite the importer, but I'll update the estimate to 5 weeks and send it to Dana.",
          "Sticking with the monolith for another year. The deploy queue is already 3 hours on a bad day."}) {
        CAPTURE(text);
        CHECK(advise_rules(text).triage != Triage::commitment);
        CHECK(advise_text(text).triage != Triage::commitment);
    }
}

TEST_CASE("a record labelled with a parenthetical or named as takeaways logs what was decided, events alone do not",
          "[templates][cues]") {
    read_both_as({"Release planning (infra, 2026-03-02): consensus is to hold 4.1 until the driver fix lands.",
                  "Talked with Ana and Raj, key takeaways:\n- we keep the cron job\n- Raj owns the alerting"},
                 Triage::commitment);
    // Near miss: a write-up of events only is a report.
    CHECK(advise_text("Quick summary of the outage (db, Tue):\n- the disk filled at 09:12\n- the replica lagged 40 "
                      "minutes")
              .triage == Triage::not_pushback);
}

TEST_CASE("a reaction with no words, or the pressure lifted off the reader, is courtesy, but not with an objection",
          "[templates][cues]") {
    read_both_as({"\xF0\x9F\x99\x8F", ":+1:", "> can we move the demo to Thursday?\nSure, no rush."},
                 Triage::not_pushback);
    for (std::string_view text :
         {"No rush, but the 2-week estimate for SSO is too short: the IdP setup alone is a week.",
          "Take your time on the review, but we can't ship the export Friday without it."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::not_pushback);
    }
}

TEST_CASE("an apology for the writer's own lapse is courtesy, an apology before an objection is not",
          "[templates][cues]") {
    read_both_as({"My mistake, I didn't see the thread about the old endpoint. I'll put it back this afternoon.",
                  "Sorry, that was me: I wasn't aware the flag was still used. Restoring it now."},
                 Triage::not_pushback);
    // Near misses: the apology before a concern, one that turns on "but", a hedge, a yes the writer never gave.
    for (std::string_view text :
         {"Sorry for the late reply. I don't think two weeks is realistic for SSO: the IdP setup alone is a week.",
          "Sorry, but I can't take the export this sprint: the auth work is three weeks behind.",
          "My bad on the late review. I didn't agree to the Friday date though, and the export can't make it.",
          "Sorry to push back again, but the migration won't fit in the window.",
          "My fault for not flagging it earlier: the migration will lock the orders table for an hour on Friday.",
          "Sorry for not raising this sooner, the import can't finish before the 12th with the current scope."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::not_pushback);
        CHECK(advise_rules(text).triage != Triage::not_pushback);
    }
}

TEST_CASE("whether a thing will arrive by a date, its pressure disowned, is information, and pressed for it is an ask",
          "[templates][cues]") {
    read_both_as({"Our pilot starts in May. Will the offline mode be out by then? No pressure.",
                  "We go live with the clinic app on the 3rd. Will the 2.4 SDK be ready before that? Just curious."},
                 Triage::not_pushback);
    // Near misses: the disclaimer taken back, no disclaimer, the reader asked to deliver.
    for (std::string_view text :
         {"Will 2.0 be ready before the 10th? Just curious, but we really need it for the launch.",
          "Will 2.0 be ready before the 10th? We launch that day and need it.",
          "Will you have 2.0 ready before the 10th? Just curious."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::not_pushback);
    }
}

TEST_CASE("a status whose risk the writer is already fixing is news, a fix with a date too tight is not",
          "[templates][cues]") {
    read_both_as(
        {"Cutover update: the replica's backup job wasn't completing, which puts the orders data at risk if the "
         "cutover goes wrong. I'm fixing it now, so the cutover moves to June 3."},
        Triage::not_pushback);
    for (std::string_view text :
         {"Cutover update: the replica's backup job wasn't completing, which puts the orders data at risk if the "
          "cutover goes wrong. I'm fixing it, but June 3 is too tight for a restore test.",
          "Cutover update: the replica's backup job wasn't completing, which puts the orders data at risk if the "
          "cutover goes wrong. We should push the cutover a week."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::not_pushback);
    }
}

// --- cards10: recording the dissent is no step aside (tests/data/coaching/review.md, "Round ten") ---
TEST_CASE("a dissent the writer only puts on record keeps the matter open", "[templates][cues]") {
    for (std::string_view text :
         {"I disagree with splitting the ledger service into three, but I'll note it in the RFC.",
          "I disagree with caching prices at the edge, but I'll record my objection in the doc.",
          "I disagree with pinning the SDK to 2.3, but I'll log it in the RFC."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::rework);
    }
    // Near misses: recording the decided work, or stepping aside beside the record, still accepts the decision.
    for (std::string_view text :
         {"I'd have kept the old parser, but I'll document the new grammar for the team this week.",
          "I disagree with pinning the SDK to 2.3, but I won't block it. I'll note my worry in the RFC."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::commitment);
    }
}

// --- real10 ---
TEST_CASE("real10: a thread filed under a kind is news, a no filed so or a filing with an objection is not",
          "[templates][cues]") {
    read_both_as({"Closing as a duplicate. Work is continuing in the other ticket.",
                  "I've tagged this as a regression and assigned it to Noor."},
                 Triage::not_pushback);
    CHECK(advise_rules("Closing as won't fix: the plugin API doesn't expose the hook we'd need.").triage ==
          Triage::ready);
    CHECK(advise_rules("Closing this as a duplicate, but the fix in #2210 won't cover the Safari case, so I'd keep a "
                       "separate test for it.")
              .triage != Triage::not_pushback);
}

TEST_CASE("real10: an apology's remedy and intent voice no concern, an objection after them still does",
          "[templates][cues]") {
    read_both_as(
        {"@dana Sorry this fell through the cracks, we'll add a reminder to ensure this doesn't happen again."},
        Triage::not_pushback);
    for (std::string_view text : {"Sorry for the delay. So that this doesn't happen again, I'd move the freeze to "
                                  "Monday, because the release notes can't be done by Friday.",
                                  "Sorry, no offense meant, but the export can't ship without the audit log."}) {
        CAPTURE(text);
        CHECK(advise_rules(text).triage != Triage::not_pushback);
    }
}

// --- slack10 ---
TEST_CASE("slack10: a decision closed in words, a label with a Slack link, an agreement named as the label",
          "[templates][cues]") {
    read_both_as({"Decision taken in <#C05INFRA|infra-planning>: we stay on the current broker until the freeze lifts. "
                  "I'm not reopening it, just logging my concern that the CVE backlog will grow.",
                  "Aligned with Priya: we cut the CSV export from 2.3 and ship it in 2.4. I'll update the board."},
                 Triage::commitment);
    // Near misses: the closing turned on its "but" with news and a proposal, an agreement label put as a question.
    for (std::string_view text :
         {"I'm not reopening the thread, but the latency numbers from Monday show p99 at 2.1s, so I'd propose we "
          "revisit the cache.",
          "Aligned with Priya: should we cut the CSV export from 2.3?"}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::commitment);
    }
}

// --- learn11 ---
TEST_CASE("learn11: a rival option after a comma and a counter-date that works are ways forward", "[templates][cues]") {
    read_both_as({"The import job can't finish by the 14th: it reads 40M rows and last month's run took 9 hours on the "
                  "replica. I think 5 days is right, or we import only this year's orders by the 14th.",
                  "I don't want the SSO change out before the audit: it leaves 3 tenants without a login path "
                  "(ticket SEC-41). Thursday with the fallback in place works."},
                 Triage::ready);
    // Near misses: "or" before a loss or a slip of the writer's, a date that is no subject of "works".
    for (std::string_view text : {"We need the index before the 14th, or we lose the Acme renewal worth $40k.",
                                  "Please review the migration PR by Friday, or I might lose the context.",
                                  "The reindex took 6 hours on Monday and the old export still works."}) {
        CAPTURE(text);
        CHECK(advise_rules(text).triage != Triage::ready);
    }
}

TEST_CASE(
    "learn11: a fact asked by its name after a mention or a greeting is information, a doubt put as a question "
    "is not",
    "[templates][cues]") {
    for (std::string_view text :
         {"<@U01ANA> what's the retention target for the new onboarding flow? I'm wiring up the Looker dashboard.",
          "hi team, does anyone know where the SOC2 evidence folder lives now?",
          "<@U01ANA> what's the success metric for the referral banner? Want the dashboard ready before it ships."}) {
        CAPTURE(text);
        auto const advice = advise_text(text);
        CHECK(advice.triage == Triage::not_pushback);
        CHECK(advice.perspective == templates::Side::own_draft);
    }
    // Near misses: a question of worth, a doing asked about beside the writer's own number, a reason said beside it.
    for (std::string_view text : {"What's the point of a success metric nobody reads? The redesign doesn't move "
                                  "activation.",
                                  "What's the other vendor estimating? Ours is 40 days for the same scope.",
                                  "<@U02PM> what's the success metric for the referral banner? It doesn't move "
                                  "activation, so I'd drop it."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::not_pushback);
    }
}

// --- precision11 ---
// The advice on benign real-text shapes that were stopped, and their flagged twins that still stop.
TEST_CASE("precision11: crash reports, friendly smiles and the reader's own rung are not stopped",
          "[templates][cues]") {
    for (std::string_view text :
         {"Whenever I switch the editor to high-contrast mode, the preview pane goes blank.",
          "The macOS installer seems to hang forever when the disk is almost full.",
          "Released 3.2 with the CSV fix, grab it from the usual place ;)",
          "If the rollout still worries you, take the capacity question up with your manager before Friday.",
          "Feel free to bring this to your director if you want a second read on the numbers.",
          "The change board meets Wednesday; I'll bring the rollback plan to the board then."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::stop);
    }
    for (std::string_view text : {"I'll take the vendor question up with your manager since you keep dodging it.",
                                  "Dana never reads the runbook before paging me.",
                                  "Let's switch the job queue to Temporal, everyone is using it now.",
                                  "you never test anything before you merge, as usual :)"}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::stop);
    }
}

TEST_CASE(
    "learn11: an earlier date asked for in place of the planned one, however the planned one is written, is a "
    "PM's ask",
    "[templates][cues]") {
    for (std::string_view text : {"Can we launch the pottery class waitlist by Oct 2 instead of Oct 16? It's just one "
                                  "more page.",
                                  "Could we have the kiosk refunds by Tuesday instead of next Thursday? The pilot "
                                  "store opens Wednesday."}) {
        CAPTURE(text);
        auto const advice = advise_text(text);
        CHECK(advice.perspective == templates::Side::ask);
        CHECK(advice.triage == Triage::rework);
    }
    // Near miss: "instead of" a thing, not a date, asks for no earlier delivery.
    CHECK(templates::detail::read_cues("Can we move the export to Kafka by Friday instead of Postgres?", {}).pm_ask !=
          detector::Pattern::faster_please);
}

TEST_CASE("learn12: a stop the rules found also names the flag the combiner is sure of, when the words hint at it",
          "[templates][cues]") {
    // The rules find the person judged; the rung skipped ("cc <@CFO> ... Can you decide instead?") is the model's.
    for (std::string_view text :
         {"cc <@U0CFO> escalating because Marta can't make a decision on the refund rules to save her life. Can you "
          "decide instead?",
          "cc <@U0CFO> Marta can't decide on the refund rules to save her life."}) {
        CAPTURE(text);
        auto const advice = advise_text(text);
        CHECK(advice.triage == Triage::stop);
        CHECK(std::ranges::find(advice.flags, "person-directed") != advice.flags.end());
        CHECK(std::ranges::find(advice.flags, "skips-ladder") != advice.flags.end());
    }
    // Near miss: the same judgement with no one above addressed names the one flag its words carry.
    auto const alone = advise_text("Marta can't make a decision on the refund rules to save her life.");
    CHECK(alone.triage == Triage::stop);
    CHECK(alone.flags == std::vector<std::string>{"person-directed"});
}

// --- real12 ---
TEST_CASE("real12: a wish not to stand in the way, an opening 'no objections', a point granted accept the decision",
          "[templates][cues]") {
    for (std::string_view text :
         {"I'm not a fan of the new lint rules but don't want to stand in the way of the cleanup.",
          "No objection from me. I'll tag the release after lunch.",
          "Your retention numbers may not fit our use case and that's fair. I agree with you that the archive toggle "
          "can "
          "wait for 2.1."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::commitment);
    }
    // Near misses: the wish turned on a "but", an opening "no objections" turned on a "but", a point granted and
    // then argued with.
    for (std::string_view text : {"I don't want to block the cleanup, but the lint rules break 40 files in the mobile "
                                  "repo.",
                                  "No objections, but the rollout date still worries me.",
                                  "I agree that the export matters, but three weeks is not enough for it."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::commitment);
    }
    // Not wanting to obstruct is no reluctance to learn: neither the wish turned on a "but" nor one on a condition is
    // a stop.
    for (std::string_view text : {"I don't want to block the cleanup, but the lint rules break 40 files in the mobile "
                                  "repo.",
                                  "I don't want to hold this up if we can add a kill switch first."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::stop);
    }
}

// --- precision12 ---
// The advice on benign shapes that were stopped (real text and the coaching dev files), their flagged twins that still
// stop, and an order to change the thing that is no information.
TEST_CASE("precision12: benign reluctance, ladder words, taste with a reason and thanks are not stopped",
          "[templates][cues]") {
    for (std::string_view text :
         {"I don't want to demotivate anyone, so I'm fine reverting the two commits you flagged.",
          "I haven't talked to anyone on the vendor side in months, so I can't say if their API changed.",
          "The new tabs are arguably prettier, but nobody can find the export button anymore.",
          "Their dashboard is messy and it causes a full reload on every filter change.",
          "It's beautiful, let's merge it.",
          "Shipping a half-baked importer would cost us more support tickets than waiting two weeks.",
          "Sorry, I don't understand what you mean by the second step, could you share a screenshot?",
          "The logs show TypeError: Cannot read property 'id' of undefined on the checkout page.",
          "While we're at it, let's also add the audit export to the admin page, should be quick.",
          "It's a thankless job (trust me I know), so thanks for keeping the plugin alive.",
          "I asked for sign-off twice and your manager said you'd reply by Friday; the contract still needs to go out "
          "tomorrow.",
          "Thanks to all of you for the fixes this quarter, you're credited in the changelog."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::stop);
    }
    for (std::string_view text :
         {"I don't want to learn Kotlin, Java works fine for us.", "I'll cc her manager so she finally answers.",
          "The new icons are ugly.", "Priya's half-baked migration plan broke prod again.",
          "You clearly don't understand the billing flow.", "Trust me, I know what works here, just do it my way.",
          "Sure, and while we're at it let's rewrite the ledger over the weekend."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::stop);
    }
    // A bare order to change the thing, with an edge, objects to it: never "nothing to push back on". r28: the stop's
    // word model reads "before I have to look at it again" as the taste it was in dev25 ("Who picked this font ...?
    // Change it before I have to look at it again.") and asks the taste-or-cost question; reworked before.
    auto const order = advise_text("Change it before I have to look at it again.");
    CHECK(order.triage != Triage::not_pushback);
    if (order.triage == Triage::stop)
        CHECK(order.flags == std::vector<std::string>{"illegitimate:aesthetic"});
    else
        CHECK(order.triage == Triage::rework);
}

TEST_CASE("trial12: a dissent conceded in other words, then the group's choice said as what happens",
          "[templates][cues]") {
    for (std::string_view text :
         {"Not my first choice, but OK, we're going with Kafka for the event bus. I'll set up the topics Tuesday.",
          "Not my favourite option but fine, we use the hosted search. Indexing work starts next sprint.",
          "Not my preferred route, but we go with the partner's login SDK. I'll start the integration Monday."}) {
        CAPTURE(text);
        CHECK(advise_rules(text).triage == Triage::commitment);
        CHECK(advise_text(text).triage == Triage::commitment);
    }
    for (std::string_view text :
         {"Not my preferred option, but can we go with it only for the pilot?",
          "Not my first choice. Before we go with Kafka, can we price the ops cost for a year?",
          "Not my favourite option, and the hosted search fails 3 of our 12 relevance checks."}) {
        CAPTURE(text);
        // (The rules alone: the combiner reads some such drafts as commitments on learn12 already.)
        CHECK(advise_rules(text).triage != Triage::commitment);
    }
}

TEST_CASE("learn12: 'do we know when' and 'any idea when' ask for a date to plan around, answered with a range",
          "[templates][cues]") {
    auto const titles = [](templates::Advice const& adv) {
        std::string s;
        for (auto const& c : adv.cards) s += c.title + "\n";
        return s;
    };
    for (std::string_view text : {"Do we know when the vendor ships the fix?", "Any idea when the new export lands?",
                                  "Do you know when the SSO fix goes out?"}) {
        CAPTURE(text);
        auto const adv = advise_text(text);
        CHECK(titles(adv).find("give a range") != std::string::npos);
        CHECK(titles(adv).find("scope, not speed") == std::string::npos);
    }
    // Near misses: asked sooner, it is the trade of scope for speed; a debugging question is no ask for a date.
    CHECK(titles(advise_text("Can we get the export sooner?")).find("scope, not speed") != std::string::npos);
    CHECK(advise_text("When does this error occur for you?").triage == Triage::not_pushback);
}

TEST_CASE("learn12: a plan that ignores a rule, a law, a policy or a limit names the constraint it misses",
          "[templates][cues]") {
    for (std::string_view text : {"The shift planner seems to ignore the labour rules on rest breaks.",
                                  "The new rota ignores the union limit of two night shifts a week.",
                                  "The vendor onboarding flow overlooks the data retention policy for contractors."}) {
        CAPTURE(text);
        auto const adv = advise_text(text);
        CHECK(adv.triage == Triage::rework);
        REQUIRE_FALSE(adv.cards.empty());
        CHECK(adv.cards.front().family == "constraint");
    }
    // Near misses: software ignoring an input reports a bug; a rule that is followed is no concern.
    for (std::string_view text : {"The file uploader ignores the HTTP error 413 from the proxy.",
                                  "The shift planner follows the labour rules on rest breaks now."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::not_pushback);
    }
}

TEST_CASE("learn12: a workmanship word said of a thing after a linking verb judges no one", "[templates][cues]") {
    for (std::string_view text :
         {"honestly the new permissions model for the partner portal worries me, it just feels half baked and I don't "
          "think we should rush it",
          "The search revamp feels half-baked to me: no ranking tests, no rollback."}) {
        CAPTURE(text);
        auto const adv = advise_text(text);
        CHECK(adv.triage == Triage::rework);
        CHECK(adv.flags.empty());
    }
    // Near misses: a person named or addressed in the sentence is who it judges.
    for (std::string_view text : {"Dana's spec is half baked.", "Every time Marco writes a PRD it's half-baked.",
                                  "Your spec is half-baked.", "He is half-baked as a lead."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::stop);
    }
}

// --- ready13 ---
TEST_CASE("ready13: an ask that only asks the PM to justify the plan is no way forward", "[templates][cues]") {
    for (std::string_view text :
         {"Why do we need the audit log in v1? It adds 3 weeks and pushes the launch past the 14th.",
          "Are we sure the enterprise tier needs SSO by March? Only 2 of our 40 accounts asked for it last quarter.",
          "What's the reason for moving the billing job to Lambda? The current cron box costs $40 a month and hasn't "
          "failed since 2021.",
          "Can you explain why the export has to ship before the 3.2 release? Nobody on the support queue mentioned it "
          "in 6 weeks.",
          "How come the retry queue is being rewritten in Go? The Python version handles 9k jobs a minute on Black "
          "Friday.",
          "Is this really necessary for the pilot? The 3 clinics in the pilot use paper forms for intake anyway."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::rework);
    }
    // Near misses: a proposal put as a why-question, and a challenge followed by the writer's own way.
    for (std::string_view text :
         {"Why don't we ship the CSV export on the 14th and the PDF export in 3.3? The PDF renderer alone is 2 weeks.",
          "Why not keep the old importer behind a flag until the new wizard reads Excel files? 14 customers upload "
          "Excel weekly.",
          "The audit log adds 3 weeks and pushes the launch past the 14th. Can we move it to 1.1 and ship on the 14th?",
          "Are we sure the enterprise tier needs SSO by March? Only 2 of 40 accounts asked. Can we ship SAML in April "
          "instead and put the 3 weeks into the export?",
          "Why do we need the audit log in v1? It adds 3 weeks. I'd ship without it on the 14th and add it in 1.1."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::ready);
    }
}

TEST_CASE("ready13: leave given to the other side's change after a reservation accepts the decision",
          "[templates][cues]") {
    for (std::string_view text :
         {"Not thrilled about losing the classic theme, but feel free to remove it in 5.0.",
          "I still think the old exporter was fine. Go ahead and delete it, I'll update the docs.",
          "I'm not opposed to dropping IE11 support. I'll take the polyfills out of the bundle next sprint.",
          "Honestly I'd have preferred Postgres, but good to go from my side.",
          "We're not against moving the nightly job to Airflow. However, please announce it in #data-eng a week "
          "before.",
          "Not sure it'll pay off, but let's give it a shot."}) {
        CAPTURE(text);
        CHECK(templates::detail::read_cues(text, {}).commits);
        CHECK(advise_text(text).triage == Triage::commitment);
    }
    // Near misses: a bare approval (news), leave that covers no change, leave turned on a "but" or a question, leave on
    // a condition, the writer's own way after "let's try".
    for (std::string_view text :
         {"lgtm 👍", "Feel free to ping me if the import fails again.",
          "I'm not against dropping tabs, but I'd like a good reason first. What's the gain?",
          "If the load test passes on Thursday, go ahead and merge it.",
          "Feel free to remove the flag, but the 2 Android clients still read it, so they'll crash.",
          "Not convinced. Let's try the cheap version first and compare the numbers on Friday."}) {
        CAPTURE(text);
        CHECK_FALSE(templates::detail::read_cues(text, {}).commits);
    }
    CHECK(advise_text("lgtm 👍").triage == Triage::not_pushback);
    CHECK(advise_text("I'm not against dropping tabs, but I'd like a good reason first. What's the gain?").triage !=
          Triage::commitment);
}

TEST_CASE("ready13: a request for information, sympathy and a courtesy formula's negation are not pushback",
          "[templates][cues]") {
    for (std::string_view text :
         {"Can you give me a bit more detail on the maintenance window for the billing DB?",
          "Could you tell us more about the rollout plan for the new search?",
          "Hey, can you fill me in on where the vendor contract stands?",
          "Could you give us some context on why the Q3 roadmap moved?",
          "Can you share some details on the load test setup before Thursday's review?",
          "I'm sorry to hear about your dad. Take all the time you need, and please don't hesitate to ask if I can "
          "cover anything.",
          "Hope you feel better soon! Please don't hesitate to reach out if you need anything from the team.",
          "Get well soon, Priya. Don't worry about the standup notes, I've got them this week."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::not_pushback);
    }
    // Near misses: a date or time asked for, a negation that objects, sympathy turned on a "but".
    for (std::string_view text :
         {"Give me a date for the export, the customer is asking every day.",
          "Can you give us two more weeks for the migration? The vendor changed their API on Monday and 14 endpoints "
          "break.",
          "Please don't ship it on Friday: the cert expires Thursday and renewal takes 2 days.",
          "Sorry to hear that, but we can't move the launch: the 9th is in the signed contract."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::not_pushback);
    }
    CHECK_FALSE(
        templates::detail::read_cues("Give me a date for the export, the customer is asking every day.", {}).requests);
    CHECK(templates::detail::read_cues("Please don't ship it on Friday: the cert expires Thursday.", {}).concern);
}

TEST_CASE("ready13: a counter-date said with what it allows is a way forward", "[templates][cues]") {
    for (std::string_view text :
         {"The 14th isn't going to work for the Android build. The 28th gives us time to finish it and run the 2-day "
          "regression pass.",
          "Friday is too tight for the SSO change; Tuesday leaves us a day for QA on the 3 identity providers.",
          "I don't think May 2 is realistic for all 6 countries. May 16 is realistic for DE, FR and NL, which share "
          "the tax rules.",
          "The 9th won't fit the vendor's certification. The 23rd would give us the 10 business days their review "
          "takes.",
          "End of Q3 won't hold with 2 engineers on the billing rewrite. Q4 is more realistic: the ledger migration "
          "alone is 6 weeks."}) {
        CAPTURE(text);
        CHECK(templates::detail::read_cues(text, {}).way);
        CHECK(advise_text(text).triage == Triage::ready);
    }
    // Near misses: a date that leaves no time, a date asked about, a date judged unrealistic.
    for (std::string_view text :
         {"Friday gives us no time to test the 3 payment providers.",
          "Is the 14th realistic for the Android build with 2 engineers out?",
          "I don't think the 14th is realistic for the Android build: the 2-day regression pass starts on the 13th."}) {
        CAPTURE(text);
        CHECK_FALSE(templates::detail::read_cues(text, {}).way);
        CHECK(advise_text(text).triage != Triage::ready);
    }
}

// --- ready14 ---
TEST_CASE("ready14: a harm stated in words beside the writer's way is ready", "[templates][cues]") {
    // The harm said in words (a secret kept readable, a verb of damage with its object), not in numbers: the detector's
    // vague score alone read these as vague.
    for (std::string_view text :
         {"API keys are written to the request log in plaintext. We should mask them before the logger writes the "
          "line.",
          "The cleanup cron deletes the staging bucket before the upload finishes, and a failed upload loses the whole "
          "day's files. I'd copy to a temp prefix first and swap at the end.",
          "Backups are kept unencrypted on the shared drive, readable by anyone in the org. Can we move them to the "
          "encrypted bucket instead?",
          "Dropping the old column in the same release breaks every client still on 3.x. Let's keep it one more "
          "release and drop it in 4.1.",
          "Removing the -s flag in one step will break every automation that calls the tool. I'd like both flags "
          "supported for two releases with a deprecation warning.",
          "The new retry loop can easily overwrite the customer's edits when two tabs are open. Could we check the "
          "version field before writing?",
          "Taking the old router out before the new one is certified would halt the packing line for a day. Could we "
          "keep both running through the cutover week?",
          "Switching the DNS provider mid-sale will almost certainly disrupt checkout for EU shoppers. I'd move it to "
          "the Tuesday after the sale."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::ready);
    }
    // Near misses: a judgment with no harm named, a worry word, damage with no object, the writer's own proposal to
    // break something, a harm denied, "break down" the work.
    for (std::string_view text : {"Storing tokens in local storage is bad security. Would be great to change it.",
                                  "I'd rather we didn't rush the importer, it doesn't feel solid yet.",
                                  "This could break things. Let's hold off for now.",
                                  "I'd rather just break compatibility than keep two variants. Let's talk later.",
                                  "This will impact things. Let's wait a bit.",
                                  "The migration won't break existing clients, and the new column is nullable. Ship it "
                                  "when ready."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::ready);
    }
}

TEST_CASE("ready14: a labeled report and a date asked for the writer's own planning are not pushback",
          "[templates][cues]") {
    for (std::string_view text :
         {"FYI: the nightly export moved to 02:00 UTC, nothing changes for the dashboards.",
          "Heads up: the 3.2 release notes are in the wiki now, not yet linked from the changelog.",
          "Development update, week 3: the parser is merged, but not the CLI; I'll finish it Thursday.",
          "When's the cutoff for the Q3 board deck? I'll plan around it.",
          "Can we get an estimate for the offline mode? A rough estimate is fine, it's so we can plan the training "
          "sessions.",
          "What's the due date for the vendor questionnaire? So I can schedule the security review."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::not_pushback);
    }
    // Near misses: a label over a concern, a risk or a turn; a date asked for sooner; everyone rallied against a
    // decision.
    for (std::string_view text :
         {"Heads up: the SSO deadline isn't realistic, we're 3 weeks behind on the SAML work. Can we move it to the "
          "28th?",
          "FYI: after the CDN switch, image uploads will fail for files over 20MB.",
          "Update: I'm worried the migration won't finish before the freeze.",
          "FYI the vendor SDK landed, but it feels flaky and I don't trust it for the launch.",
          "Status: the export is merged. One thing bugging me though, the plan says nothing about the old links.",
          "What's the deadline for the export? We need it sooner than the 20th, I'll plan around it."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::not_pushback);
    }
    CHECK(advise_text("<!here> leadership decided to skip the load test again. Please go and comment on the doc.")
              .triage != Triage::not_pushback);
}

TEST_CASE("ready14: a decision recorded or accepted in real people's words is a commitment", "[templates][cues]") {
    for (std::string_view text :
         {"Scope frozen for 2.4: the export, the audit log and the SSO fix. Anything else goes to 2.5.",
          "Design approved, moving on to the API contracts next week.",
          "Importer sync, Dec 3.\n*Decision*: we keep the cron job until Q3; Tom writes the cutover doc.",
          "Talked the retention policy over with Lena, and we did agree that 90 days is enough for the audit logs.",
          "Per your instructions, I'm shipping it without the CSV export. My concern about the support load stands.",
          "That's fine, I'll merge it tonight, but let's freeze the strings earlier next time."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::commitment);
    }
    // Near misses: a note in bold, a review's approval, an agreement denied, a delivery "as requested", a fact "per the
    // docs", an okay turned on a concern, a plan's noun with no verdict, a bare okay with nothing reserved.
    for (std::string_view text :
         {"*Note*: the importer fails on files over 2GB.", "PR approved, merging after lunch.",
          "We didn't agree on anything yet. Can we pick it up Thursday?",
          "As requested, here's the load-test report from Monday.",
          "Per the docs, the API returns 429 after 100 calls a minute.",
          "That's fine, but the Android client will crash on the old field. Can we keep it one "
          "more release?",
          "Scope is too big for the 14th: the export alone is 2 weeks.", "That's fine, I'll merge it tonight."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::commitment);
    }
}

TEST_CASE("ready14: a matter raised again, or a decision named and a 'but' left trailing, reopens it",
          "[templates][cues]") {
    for (std::string_view text : {"Bringing this up again: are we sure we want the nightly batch instead of streaming?",
                                  "Coming back to this: do we really want to drop the Android 9 users?",
                                  "We decided on the monorepo, but...", "I know we agreed, but."}) {
        CAPTURE(text);
        CHECK(templates::detail::read_cues(text, {}).reopens);
        CHECK(advise_text(text).triage == Triage::rework);
    }
    // Near misses: a promise not to raise it again; a "but" that goes on to the decision's terms or its owner keeps
    // the decision.
    CHECK_FALSE(templates::detail::read_cues("I won't bring this up again, the 14th it is.", {}).reopens);
    for (std::string_view text : {"We agreed, but only for the pilot. After the pilot, we'll look at the numbers.",
                                  "We decided on Kafka, but Tom owns the rollout."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::commitment);
    }
}

TEST_CASE("trial14: the writer's own stance against the plan, in a draft that asks, is the writer's draft",
          "[templates][cues]") {
    // A view of the writer's own and a verdict on the plan, or its premise doubted in a question: a PM's ask for
    // delivery says neither.
    for (std::string_view text :
         {"Does the newsroom really need a second CMS?", "Honestly I feel a plain CSV is better here. Can we talk?",
          "Will dispatchers actually use the map view? Feels like we're building it for the demo.",
          "I know we picked the tablet flow in March, but I still think the paper logbook export would be better. "
          "Could we look at it again?"}) {
        CAPTURE(text);
        CHECK(advise_text(text).perspective == Side::own_draft);
    }
    // Near misses: a PM's ask with "I think" in it, a date asked for, a delivery question.
    for (std::string_view text : {"I think diners would love a loyalty wallet, can we add it this sprint?",
                                  "Can we get the seat map out by Friday instead of the 20th? I think it's a small "
                                  "change.",
                                  "Could the donor dashboard be live before the gala?"}) {
        CAPTURE(text);
        CHECK(advise_text(text).perspective == Side::ask);
    }
}

// A revisit planned as part of the decision, with what is revisited named before when ("let's revisit the numbers
// after the January sales"), keeps a disagree-and-commit a commitment; a revisit asked for now still reopens it.
TEST_CASE("a planned revisit of a named thing keeps the commitment, a revisit asked for now reopens",
          "[templates][cues]") {
    for (std::string_view text :
         {"Ok, we're going with the vendor's hosted checkout per Maya's call. I still think the 2.9% fee will hurt us "
          "once we pass 50k orders a month, so let's revisit the numbers after the January sales.",
          "Fine, the kiosk keeps the old card reader per Omar's call. I still think it will fail in the cold, so let's "
          "revisit the reader choice at the end of winter."}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::commitment);
    }
    for (std::string_view text : {"We decided on the hosted checkout. Can we revisit the decision?",
                                  "We picked the kiosk readers last month. Could we revisit the reader choice?"}) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::commitment);
    }
}
