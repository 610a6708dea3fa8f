// The twenty-first round's red-flag and motive readings (flags21, detector/flags.cpp), from the misses on the round's
// blind split (dev45). Every draft here was written for these tests, in wordings the coaching files do not use; each
// reading has its near misses beside it.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("flags21: the reader's work charged to never having done the job", "[detector][flags]") {
    for (std::string_view t :
         {"This rota spec is what you get when a PM has never worked a night shift.",
          "The refund flow is fine, 2 days of work. Next time maybe show the spec to someone who has actually run a "
          "till before it goes out.",
          "Honestly it reads like it was written by someone who has never opened the admin console."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"Next time let's add a pharmacist to the review: we missed the controlled-drug rules.",
          "Could we run the intake form past someone who has actually used a screen reader before we ship?",
          "A nurse who has never used the old app will need the tooltip."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("flags21: a person's duty called undone by habit, and the aside to whoever does it", "[detector][flags]") {
    for (std::string_view t :
         {"Flagging this a third time. Marek doesn't seem to read the threads he's tagged in.",
          "The spec still has no answer for cancelled bookings, so posting again for whoever actually reads these.",
          "She never bothered to check the migration notes."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"The importer doesn't seem to read the BOM at the start of the file.",
                               "I didn't seem to get the calendar invite, can you resend it?",
                               "Customers never bother to read the release notes, so the banner matters."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("flags21: the matter sent on past the people who should have seen it first", "[detector][flags]") {
    CHECK(
        flagged("Sending my cost model to the CFO tomorrow morning. Didn't run it by Priya or my manager, I want "
                "finance to see the unvarnished numbers.",
                RedFlag::skips_ladder));
    CHECK_FALSE(
        flagged("I didn't run it by legal yet, so the pricing page waits until Thursday.", RedFlag::skips_ladder));
}

TEST_CASE("flags21: attachment said outright, or a system the writer built switched off", "[detector][motives]") {
    CHECK(
        motive("The dashboard I designed is cleaner than the new one, and honestly I'm attached to it. Can we keep "
               "mine?",
               Reason::attachment));
    CHECK(
        motive("They're retiring the billing daemon I built in 2015 for some SaaS thing. It has run every invoice "
               "since.",
               Reason::attachment));
    CHECK_FALSE(motive("I'm not attached to the old importer, replace it whenever the new one handles CSV.",
                       Reason::attachment));
    CHECK_FALSE(motive("I built the export last year; switching it off on the 1st is fine, usage is zero.",
                       Reason::attachment));
}

TEST_CASE("flags21: learning refused for the writer's stage, and a tool wanted because it is everywhere",
          "[detector][motives]") {
    CHECK(motive("Please don't make me. I've written Perl for years and I'm not learning Elixir at this stage.",
                 Reason::new_framework));
    CHECK(motive("Can we build the reporting page in Solid? It's all over my feed and it'd be a fun one to learn.",
                 Reason::new_framework));
    CHECK_FALSE(motive("I'm not learning much from the staging logs, can we turn on debug for an hour?",
                       Reason::new_framework));
    CHECK_FALSE(motive("Solid came up in the perf review: our list view renders 3x faster in the spike.",
                       Reason::new_framework));
}

TEST_CASE("flags21: the looks wanted back, and nothing else", "[detector][motives]") {
    CHECK(
        motive("The new receipt screen is so minimal it looks sterile. Can we wait until design brings some colour "
               "back?",
               Reason::aesthetic));
    CHECK_FALSE(
        motive("Contrast on the receipt screen fails WCAG AA (2.9:1), can design bring some colour back to "
               "the totals so they pass?",
               Reason::aesthetic));
}

// From the round's real-text split (dev46): real people's shapes, in new wordings.
TEST_CASE("flags21: a person's conduct, trait, leadership or input judged", "[detector][flags]") {
    for (std::string_view t : {"Locking the thread the minute someone disagrees with you is childish behavior.",
                               "The fact that you're so oblivious to the on-call load is the problem.",
                               "Honestly, your leadership is not where it needs to be either.",
                               "Closing this for comments: your input isn't useful and we've spent enough time on it.",
                               "I don't get why she has so much malice towards our team.",
                               "The admins threw a tantrum about the merge instead of reviewing it."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"The retry loop shows childish behavior under load: it spins forever.",
                               "Your input is useful here, can you add the benchmark numbers?",
                               "Malice isn't the issue, the webhook format changed without a version bump."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::person_directed));
    }
}

TEST_CASE("flags21: the sneer's marks and a mock apology", "[detector][flags]") {
    CHECK(flagged("A committee will be formed to review it (because of course it will), and then we can ship.",
                  RedFlag::sarcasm));
    CHECK(flagged("Hey, I'm sorry I hurt your feelings. File a new issue and I'll get to it when I get to it.",
                  RedFlag::sarcasm));
    CHECK_FALSE(flagged("I'm sorry you feel that way, but this isn't an issue I can help with.", RedFlag::sarcasm));
    CHECK_FALSE(flagged("Of course it will need a migration; I've sized it at 3 days.", RedFlag::sarcasm));
}

TEST_CASE("flags21: a person's conduct taken to the board, and a judgment of someone sent to everyone",
          "[detector][flags]") {
    CHECK(flagged("I intend to raise the conduct of our release manager at the board's next session.",
                  RedFlag::skips_ladder));
    CHECK_FALSE(flagged("The board approved the Q3 budget; I'll raise the hiring plan with Ana on Monday.",
                        RedFlag::skips_ladder));
    CHECK(
        flagged("<!channel> Dana told us to drop our scheduler and use the vendor's, because it looks like she's "
                "accomplishing something. We've had enough.",
                RedFlag::broadcast));
    CHECK_FALSE(
        flagged("<!channel> Code freeze notice: we are not accepting new features after Friday. RC1 goes to "
                "staging Monday.",
                RedFlag::broadcast));
}

TEST_CASE("flags21: unfamiliar technology refused, the creator's vision, the writer's version wanted back",
          "[detector][motives]") {
    CHECK(motive("Please stop suggesting newer frameworks. We don't use technology we don't understand here.",
                 Reason::new_framework));
    CHECK(motive("It works according to my vision of how the page should look, and the creator decides.",
                 Reason::my_way));
    CHECK(motive("I came back from leave and my service was rewritten. Can we go back to my version?",
                 Reason::attachment));
    CHECK_FALSE(motive("After the spike the team understands the technology well: builds are 40% faster.",
                       Reason::new_framework));
    CHECK_FALSE(motive("Can we go back to the previous version of the API until the SDK catches up? 3 clients broke.",
                       Reason::attachment));
}

// From the round's closing split (dev47), after it was measured: its misses' shapes, in new wordings.
TEST_CASE("flags21: the work sent to someone who 'actually understands', homework set for the reader",
          "[detector][flags]") {
    for (std::string_view t :
         {"Forwarding the payout spec so it gets reviewed by someone who actually understands payroll.",
          "It would help if you read the carrier docs before writing tickets for it.",
          "Maybe next time you could try asking the warehouse before promising dates."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    CHECK_FALSE(flagged("Could we get the payout spec reviewed by someone who has run payroll before? Ana has.",
                        RedFlag::person_directed));
}

TEST_CASE("flags21: the postmortem booked in advance, and a sincere pre-mortem", "[detector][flags]") {
    CHECK(flagged("Three migrations in one sprint, great. I'll go ahead and book the postmortem room now.",
                  RedFlag::sarcasm));
    CHECK_FALSE(
        flagged("What could go wrong with the cutover? DNS TTL is 24h; I'd lower it a week before.", RedFlag::sarcasm));
}

TEST_CASE("flags21: a person given up on and the matter sent straight above them", "[detector][flags]") {
    CHECK(flagged("I'm not going round this again with him. Sending the spec directly to Dr. Ruiz (VP ops) tonight.",
                  RedFlag::skips_ladder));
    CHECK_FALSE(flagged("Sending the spec directly to Dr. Ruiz (VP ops) as she asked in Monday's review.",
                        RedFlag::skips_ladder));
}

TEST_CASE("flags21: code kept from another team, and pride asked to keep the old tool", "[detector][motives]") {
    CHECK(motive("The ledger service is our code and I don't want another team in there, even if they have capacity.",
                 Reason::territorial));
    CHECK(
        motive("I built the old pricing tool, I'm proud of it, and it should stay the main one.", Reason::attachment));
    CHECK_FALSE(
        motive("I built the export and I'm proud of it. Usage is zero now, so switching it off on the 1st is fine.",
               Reason::attachment));
}
