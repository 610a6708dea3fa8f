// The general shapes of sarcasm behind the sarcasm14 round (detector/flags.cpp, `// --- sarcasm14`): praise tagged on a
// grievance, a scare-quoted claim held up twice, mock surprise, luck wished on persuading others of something
// indefensible, harm called a treat, an impossible extra on an assent, "nothing says X like <harm>", "as if", a cheer
// opening a grievance, an ironic superlative, thanks for a grievance, importance denied "or anything", a risk waved
// off, praise then what the work leaves out, work that does itself. Every draft here was written for these tests, in
// wordings the coaching files don't use; each shape has near misses (the same words meant) that must stay clean.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;

using namespace pushback::detector::test;

TEST_CASE("sarcasm14: sarcasm by construction", "[detector][flags]") {
    for (std::string_view t : {
             "The vendor moved the cutover to the night before the audit. Very thoughtful.",
             "Two of the three dashboards broke after the upgrade. Stellar release.",
             "They changed the data contract again without telling us. Great teamwork.",
             "Last sprint the login page was 'almost ready'. This sprint it is still 'almost ready'.",
             "The 'simple' importer now needs nine config files. Very simple.",
             "Shocking, the 'temporary' feature flag from 2021 is still on in production.",
             "What a surprise, the partner API changed its schema without notice.",
             "Good luck convincing legal that we can ship without the consent banner.",
             "Good luck justifying that to the customers on the annual plan.",
             "Thanks to the new cache, our users got to enjoy twenty minutes of stale prices.",
             "> Can the report predict next quarter's churn by Friday?\nSure, let me just dust off my crystal ball.",
             "Nothing says enterprise-ready like a login page that breaks on Safari.",
             "As if the support team has time to read a 40-page changelog.",
             "Sure, because auditors are dying for another spreadsheet.",
             "Perfect, the staging cluster is down again right before the demo.",
             "Yay, another schema change the night before release.",
             "Obviously the most important thing this sprint is a new logo while checkout still fails for PayPal "
             "users.",
             "Appreciate hearing about the pricing change from a customer's tweet.",
             "Thanks for the 'five-minute' review that took the whole morning.",
             "It's not like the payment provider's deadline matters or anything.",
             "Deploying the new billing engine on New Year's Eve with no rollback. What's the worst that could happen.",
             "Great roadmap. Not one word on the security audit we promised the bank.",
             "Do they think the integration tests write themselves?",
             "So thoughtful of product to move the launch up again without asking us.",
             "How 'transparent' of them to announce the price change in a footnote.",
         }) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("sarcasm14: the same words meant stay clean", "[detector][flags]") {
    for (std::string_view t : {
             "Thanks for the quick review. Super helpful.",
             "The export shipped on time. Great teamwork!",
             "The migration finished with zero errors. Very efficient.",
             "Found the root cause of the timeout. Nice catch, Priya.",
             "Set the status to 'Ready for QA' and then to 'Ready for QA' again after the retest.",
             "Click 'done' when the check passes; 'done' moves the card to the next column.",
             "Shocking results from the survey: 70% of admins never open the settings page.",
             "Good luck convincing the board tomorrow! The deck looks great.",
             "Good luck getting the partners onboard, let me know if you need the integration docs.",
             "Our users got to enjoy the new dark mode a week early.",
             "Sure, the weather widget can wait until v2.",
             "Nothing says thank you like a team lunch on Friday.",
             "It looks as if the cache is cold after every deploy.",
             "As if by magic, the flaky test passed after the rebase.",
             "Perfect, the staging cluster is back up. Thanks!",
             "Wow, the new index cut the report from 40s to 3s.",
             "Obviously the best option is the staged rollout, since it lets us stop at 10%.",
             "Thanks for the write-up on the outage, it helped a lot with the customer call.",
             "Thanks for jumping on the incident at 3am.",
             "What's the worst that could happen? Mostly the cache serves stale prices for 5 minutes, which is fine.",
             "Great review. Not one open question left.",
             "Does the config reload itself after a deploy?",
             "Very kind of you to cover my shift on Saturday.",
             "How nice of you to send the notes so quickly, thanks!",
         }) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("sarcasm14: what older constructions read as irony but is meant", "[detector][flags]") {
    for (std::string_view t : {
             "Great news: legal approved the scope change for the EU launch.",
             "Great, another team signed up for the beta.",
             "I'm the genius who forgot to bump the version. Fixed in 2.4.1.",
             "> Oh great, another outage 🙄\nThat was a customer's tweet; the outage lasted 4 minutes and is "
             "resolved.",
             "Before the cutover, what could go wrong? My list: the DNS TTL, the cert chain and the old mobile "
             "clients.",
             "Well, my 'quick fix' for the date picker took two days 😅 It's merged and the dates are right again.",
         }) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
    // Nor do they hint at it, for the combiner to stop on: good news praised, an eye-roll someone else wrote.
    for (std::string_view t : {"Great, another team signed up for the beta.",
                               "> Oh great, another outage 🙄\nThat was a customer's tweet; the outage lasted 4 "
                               "minutes and is resolved."}) {
        INFO(t);
        CHECK_FALSE(analyze(t).hinted(RedFlag::sarcasm));
    }
}
