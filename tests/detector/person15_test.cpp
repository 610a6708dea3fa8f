// The person15 constructions (detector/flags.cpp, block "person15"): the person-directed red flag in real people's
// words, by grammar and roles rather than by the words of any draft: a faculty a person (a name, a role, "whoever ...")
// is said to lack, a person not enough of what a role takes or too little for it, a thing ruined by a person (a passive
// with the person as agent), a vice a person has shown, a person's doing put down to bad faith ("trying to bury ..."),
// people ranked below others or a thing, a person bad at their job, a person placed on another planet, harm a person
// deserves, a person's time kept for other things, a people's habit reproached with a tag question, and the mock credit
// of a person who did the work without its basic step. Batch A: 30 drafts in these shapes and 15 near misses (the same
// words in an innocent shape: a thing as the subject, help offered, a neutral act), written and labeled by hand before
// any person15 construction existed; none is a coaching or real line.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

namespace {

bool person(std::string_view t) { return flagged(t, RedFlag::person_directed); }

}  // namespace

TEST_CASE("person15: batch A, a faculty a person is said to lack", "[detector][flags][person15]") {
    for (std::string_view t : {"The new PM has no experience running a launch and it shows.",
                               "Our VP of product has no real understanding of how the billing ledger works.",
                               "Whoever signed off on this schema has no grasp of multi-tenant data."}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t :
         {"The new PM has no experience with our billing vendor yet, so I'll pair with her on the first call.",
          "Dana has no access to the staging logs, can you add her?"}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: batch A, a person not enough of what the role takes", "[detector][flags][person15]") {
    for (std::string_view t : {"I don't think Ravi is senior enough to be owning the billing roadmap.",
                               "Honestly she's too junior to be making calls on the data model.",
                               "You're not experienced enough to lead the cutover.",
                               "Frankly the new lead isn't technical enough to judge our estimates."}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t : {"The cluster isn't big enough to take the Black Friday load.",
                               "Maya is too busy to review the schema this week, so Ilse will."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: batch A, a thing ruined by a person", "[detector][flags][person15]") {
    for (std::string_view t : {"The onboarding flow got completely butchered by the new contractor.",
                               "Our retry logic was wrecked by whoever touched it last.",
                               "My parser has been mangled beyond recognition by Ilse."}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t : {"The checkout page was broken by the 3.2 upgrade, not by anyone's change.",
                               "The flaky test was fixed by Sam last night."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: batch A, a vice a person has shown", "[detector][flags][person15]") {
    for (std::string_view t : {"You've demonstrated a total inability to read a spec.",
                               "Tomas has shown nothing but contempt for the support team.",
                               "Over the last month Priya has proven herself unable to keep a single deadline."}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t : {"The load test demonstrated a clear drop in p99 after the cache change.",
                               "Kofi showed the latency graphs to the support team on Monday."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: batch A, a person's doing put down to bad faith", "[detector][flags][person15]") {
    for (std::string_view t :
         {"He's clearly just trying to grab the payments project for himself.",
          "You're obviously trying to bury my proposal.", "Marek is only trying to save face after the outage."}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t : {"Maya is trying to get the export fixed by Friday."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: batch A, people ranked below others", "[detector][flags][person15]") {
    for (std::string_view t : {"Those folks in marketing are less smart than a spreadsheet.",
                               "It's a tool built for people dumber than the interns."}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t : {"The new cache is smarter than the old one about evictions."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: batch A, a person bad at their job", "[detector][flags][person15]") {
    for (std::string_view t : {"Dana is terrible at her job.", "Honestly our team lead sucks at leading."}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t : {"The parser is terrible at handling emoji in names."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: batch A, a person placed on another planet", "[detector][flags][person15]") {
    for (std::string_view t :
         {"Where do the roadmap folks live, on another planet?", "Which planet is our VP living on?"}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t : {"Half our drivers live on another island, so offline mode matters."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: batch A, harm a person deserves", "[detector][flags][person15]") {
    for (std::string_view t : {"You deserve every page you got last night.",
                               "Honestly the platform team deserves all the overtime they're getting."}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t : {"You deserve a break after that migration, thanks for carrying it."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: batch A, a person's time kept for other things", "[detector][flags][person15]") {
    for (std::string_view t : {"He had no time to review my PR but plenty of time to write a blog post about process.",
                               "Lea never has time to answer the vendor but always has time to redo the slide deck."}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t :
         {"I had no time to test it on Android but plenty of time to write the docs, so the docs are done."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: batch A, a people's habit reproached with a tag question", "[detector][flags][person15]") {
    for (std::string_view t : {"People don't test anything around here, do they?",
                               "Nobody on the product side reads the runbooks, do they?"}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t : {"People don't read long release notes, so let's keep the changelog to five bullets."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: batch A, mock credit for work done without its basic step", "[detector][flags][person15]") {
    for (std::string_view t :
         {"Congrats, Omar, you shipped the export without once opening the spec. Truly a gift.",
          "Good job Tariq, you sized the data migration without once looking at the table counts."}) {
        INFO(t);
        CHECK(person(t));
    }
}

// Written after batch A, for the constructions added while reading the real messages' misses (hostility imputed to a
// person, conduct held against a role, irony aimed at a named person) and the guards found on them (a capitalised name
// ending in "s", people at large as a relative clause's antecedent).
TEST_CASE("person15: hostility toward the writer read into a person", "[detector][flags][person15]") {
    for (std::string_view t : {"Honestly it feels like Greta just hates us since the reorg.",
                               "Be honest, you can't stand me, that's why every PR of mine waits a week.",
                               "The new director is out to get us."}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t : {"I know you hate the old dashboard, so the new one ships behind a flag.",
                               "Users hate us when checkout times out, so let's fix the retry.",
                               "You'll hate me asking, but can we move standup to 10?"}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: a person's conduct held against their role in a question", "[detector][flags][person15]") {
    for (std::string_view t : {"Is this the sort of conduct we expect from a team lead?",
                               "Is that how a product owner should treat the support team?"}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t : {"Is this the behavior we expect from the cache when the TTL runs out?",
                               "Is this how the importer should respond to a bad row?"}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: irony aimed at a named person is person-directed too", "[detector][flags][person15]") {
    for (std::string_view t :
         {"Props to Henrik for the 'quick' migration that took the whole weekend. Super helpful.",
          "Thanks, Ingrid, for the 'small' change that broke checkout on Friday. Really helpful.",
          "Great call by Ingrid to skip the load test before Black Friday. What could possibly go wrong."}) {
        INFO(t);
        CHECK(person(t));
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    // Credit to a team is sarcasm about the plan; sincere credit to a name is no flag at all.
    for (std::string_view t : {"Congrats to design for the fourth 'final' mockup this month. Super helpful.",
                               "Kudos to Henrik for the migration, it went out with zero downtime."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: a name ending in s and people at large", "[detector][flags][person15]") {
    CHECK(person("Jonas has shown no interest in the support queue for months."));
    CHECK_FALSE(person("Clean defaults help people who have no experience running Postgres."));
}

// Near misses found by running the constructions over innocent sentences with their words, written for these tests.
TEST_CASE("person15: the same words in innocent shapes stay clean", "[detector][flags][person15]") {
    for (std::string_view t :
         {"Tariq tried to take over the on-call rota while Ana is out.",
          "The team is bad at estimating spikes, so let's timebox them.",
          "He has no right to see the payroll data, so I removed his access.",
          "Nobody reads the docs, do they? So let's put the warning in the CLI output.",
          "Do you hate me? Just kidding, thanks for the review!",
          "Dana has no experience with Terraform, so the estimate includes a week of ramp-up.",
          "Juniors aren't senior enough to get prod access under the current policy.",
          "The build was broken by my commit, sorry, reverting now.",
          "The security team is trying to kill the old TLS endpoints before March.",
          "Our customers deserve a checkout that doesn't time out.",
          "She had no time for the retro on Friday but will join Monday's.",
          "Maya migrated the whole cluster without so much as a blip.", "Thanks Maya, great work on the export.",
          "Is this how it should behave when the token expires?"}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

// The shapes of the task's list that the detector still missed in new wordings (a motive narrowed with "all", a novice
// who would do better, a person sent away, a trade's habit of want of care, the same mistakes, feigned understanding,
// a person denied their trade, the writer's respect lost, a want of wit implied), each with its near misses.
TEST_CASE("person15: a motive narrowed, a novice who would do better, a person sent away",
          "[detector][flags][person15]") {
    for (std::string_view t :
         {"All the PM cares about is hitting the date.",
          "Honestly all Marta cares about is her name on the launch post.",
          "A junior intern would have caught this in five minutes.",
          "My five-year-old could write a better spec than this PM.",
          "Whoever designed this schema should go back to school.", "Frankly he needs to find another job."}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t :
         {"All we care about is uptime, so the window moves to 2am.",
          "All the PM wants is a date, so here are two options with dates.",
          "The intern would have caught this if the linter had been on, that's on us.",
          "All the customer wants is a receipt that adds up.", "A junior could pick this up as a first ticket.",
          "Any intern would have access to the sandbox.", "The cron job should be replaced by a queue.",
          "Ana needs to find a new home for the fixtures before we delete the folder."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: a trade's habit, the same mistakes, feigned understanding, no real engineer",
          "[detector][flags][person15]") {
    for (std::string_view t : {"Designers never think about edge cases.", "Execs don't listen, period.",
                               "He keeps making the same mistakes over and over.",
                               "Dmitri made the same mistake again on the release branch.",
                               "Stop pretending you understand the payments flow.", "Vera pretends to know Kubernetes.",
                               "You're not a real engineer, you're a slide-deck jockey."}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t :
         {"Users never scroll past the fold.", "Our devs don't test on Safari because we have no Mac runner.",
          "Good designers never skip the empty states.", "The importer keeps making the same mistake with dates.",
          "I won't pretend I understand the billing code, so I'd like Ana to review it.",
          "Let's not pretend the queue is fine.", "It's not a real database, just a CSV on a share."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: respect lost for a person, a want of wit implied", "[detector][flags][person15]") {
    for (std::string_view t :
         {"I've lost all respect for Tobias after this.", "Nobody with half a brain would ship this.",
          "Anyone with common sense would have asked support first."}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t : {"We lost respect for the old release process after the outage.",
                               "Anyone with a brain cell can follow this guide, it's that simple.",
                               "People don't read the banner, do they? I'll move the warning into the dialog.",
                               "Anyone with admin rights can see the button."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: time wasted by a person, a trade stressed in capitals as wanted", "[detector][flags][person15]") {
    for (std::string_view t :
         {"Honestly you're wasting my time with these drive-by reviews.",
          "Stop wasting everyone's time with a fourth planning meeting.", "Marit wastes our time every standup.",
          "We need a REAL UI designer to save this onboarding flow.",
          "Can we get an ACTUAL engineer to look at the memory leak?"}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t :
         {"The flaky test is wasting our time, let's quarantine it.",
          "I don't want to waste your time, so here's the short version.",
          "We need a real database for this, not a CSV.", "Let's hire an actual designer, we have none right now.",
          "We need a REAL fix for the memory leak, not another restart cron."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: a person as the cause, criticism unbearable, must win, standing challenged",
          "[detector][flags][person15]") {
    for (std::string_view t :
         {"You're the reason this project is dying.", "Honestly Dana is the problem here.",
          "You can't take any criticism, can you.", "Some people just can't handle feedback.",
          "He always has to have the last word.", "You always need to be right about everything.",
          "Who made you the boss of the roadmap?", "Who put her in charge of the release anyway?"}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t :
         {"Maya is the reason the launch went smoothly.", "Dana is the problem owner for the billing incident.",
          "The cache is the problem, not the query.", "The parser can't handle feedback loops yet.",
          "The checksum has to be right before we ship.", "Who made the call on the retry limit?",
          "Who put her on the on-call rota this week?"}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: a verdict in the progressive, the craft's first thing unknown", "[detector][flags][person15]") {
    for (std::string_view t :
         {"You're being completely unreasonable.", "He's being childish about the rename.",
          "He doesn't know the first thing about databases.", "You wouldn't know a good API if it hit you."}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t : {"The API is being slow today.", "You're being very patient with the vendor, thanks.",
                               "I don't know the first thing about Kafka, so I'd pair with Ana."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

// Batch B, written after the constructions to check they generalise within their shapes: 20 new wordings (a relative
// clause as the subject, "way too", the reversed order of time found and time lacked were missed at first and led to
// the last three fixes), and near misses for those fixes.
TEST_CASE("person15: batch B, the shapes in other wordings", "[detector][flags][person15]") {
    for (std::string_view t : {"Frankly our head of product has zero judgment when it comes to vendors.",
                               "The guy who wrote the spec clearly lacks any sense of how payments settle.",
                               "I doubt Leon is competent enough to run the incident review.",
                               "Honestly, Bea is way too inexperienced to be owning the data platform.",
                               "The whole checkout got trashed by that new contractor of ours.",
                               "This codebase was ruined by the previous lead.",
                               "Over the past year Karl has displayed nothing but arrogance toward support.",
                               "You have repeatedly shown yourself incapable of following a runbook.",
                               "She's just trying to cover her tracks after the outage.",
                               "I'm pretty sure the PM is only trying to look good for the board.",
                               "It feels like an app designed for people dumber than a brick.",
                               "Our new architect is awful at his job.",
                               "Honestly the release manager sucks at communicating.",
                               "Is our VP on another planet or what?",
                               "Frankly they deserve every escalation they're getting.",
                               "Ruth always has time for offsites but never has time to review a PR.",
                               "Engineers on the platform team never test anything, do they?",
                               "Props to Dario for the 'two-day' estimate that is now in week five. Amazing.",
                               "I really don't get why you hate us so much.",
                               "Was that the kind of conduct expected of a staff engineer?"}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t :
         {"The guy who wrote the spec has no access to staging yet.",
          "The person who set up CI has no context on the new runners, so I'll write it up.",
          "Ruth has plenty of time for the offsite but no budget for travel.",
          "We always have time for retros but never have time for docs, so let's timebox the retro.",
          "Honestly, Bea is way too busy to be owning the data platform this quarter."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

TEST_CASE("person15: a person called a calamity, idioms of want of craft, insistence reproached, shame",
          "[detector][flags][person15]") {
    for (std::string_view t :
         {"Honestly, the new lead is a walking liability.", "She's a total disaster as a PM.",
          "You couldn't estimate your way out of a paper bag.",
          "Our PM wouldn't recognize a real user if one walked into the office.",
          "Why do you insist on making every review a fight?", "Why does she insist on reviewing every CSS change?",
          "It's embarrassing that a senior engineer can't read a flame graph.",
          "Whoever approved this should be banned from the repo."}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t :
         {"The old cron is a liability.", "Dana is a walking encyclopedia on billing.",
          "Why does the importer insist on UTF-16?", "Why do you keep updating the wiki page if nobody reads it?",
          "It's embarrassing that the checkout can't handle 50 orders a minute.",
          "It's unbelievable that Ana can't get prod access after two weeks.",
          "The bot should be banned from posting in the general channel.",
          "We could work our way out of this by Friday if we cut the export."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

// Batch D, 18 more wordings written after batch C (15 found at first): the three missed led to "the skills to <do>" as
// a faculty of the role, "a lack of" as a vice shown, "ever" between a subject and its verb, and a name ending in "s"
// read as a name past an adverb ("Ines just doesn't have ...").
TEST_CASE("person15: batch D, more wordings of the shapes", "[detector][flags][person15]") {
    for (std::string_view t :
         {"Our product managers have no understanding of how the billing ledger works.",
          "Tom has absolutely no judgment about vendors.", "Ines just doesn't have the skills to lead this.",
          "He wasn't senior enough to be making that call.", "They're far too green to run the launch alone.",
          "The API got totally wrecked by the new hire.",
          "Ahmed has proven time and again that he can't be trusted with a deadline.",
          "Our lead has shown a complete lack of respect for the QA team.",
          "The execs are clearly trying to dodge responsibility for the outage.",
          "Jana was just trying to take credit for the whole migration.",
          "Seriously, these contractors are dumber than the linter.", "Nadia is hopeless at her job.",
          "The new PM seriously sucks at prioritizing.", "You deserve to be fired for that deploy.",
          "The infra folks deserve all the pages they get.",
          "Miguel never has time for code review but always has time for meetings.",
          "Honestly, all Leo ever does is complain about the roadmap.",
          "Why does Carla insist on rewriting every ticket I write?"}) {
        INFO(t);
        CHECK(person(t));
    }
    for (std::string_view t : {"Dana doesn't have the permissions to merge, can you add her?",
                               "The tests have shown a lack of coverage in the refunds module.",
                               "Dana doesn't have the experience to run the launch yet, so I'll shadow her.",
                               "Lucas just doesn't have the budget to hire this quarter."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}

// Near misses from the fifth and sixth rounds of innocent sentences (5 of 70 fired before their guards).
TEST_CASE("person15: thanks, a thing insisted on, a compound noun, a harm avoided stay clean",
          "[detector][flags][person15]") {
    for (std::string_view t :
         {"You're the reason I found this bug, thanks for the repro.",
          "Why do you insist on UTF-8 for the export? The bank expects Latin-1.",
          "Marta has no vision insurance under the new plan.",
          "They are trying to game the benchmark by caching results, which is a bug in the harness.",
          "She shipped the hotfix without once breaking the API."}) {
        INFO(t);
        CHECK_FALSE(person(t));
    }
}
