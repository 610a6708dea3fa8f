// Sarcasm, skips-ladder and broadcast by construction on real text's shapes (the sarcasm9 round, detector/flags.cpp):
// each construction with drafts written for these tests that carry it, and near misses that must stay clean.
#include <algorithm>
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;

using namespace pushback::detector::test;

TEST_CASE("sarcasm9: a question framed in another world mocks the claim it repeats", "[detector][flags]") {
    for (std::string_view t : {"In what world is a two-day estimate for SSO realistic?",
                               "On which planet does the billing rewrite ship by May?",
                               "> We'll be code complete on the 28th, which is end of sprint.\nIn what calendar is the "
                               "28th \"end of sprint\"?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t :
         {"In which calendar is the offsite? I can't find the invite.",
          "In what format should the export be, CSV or JSON?", "In what order should we run the migrations?"}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("sarcasm9: a question wanting no answer, the asker's own answer returned", "[detector][flags]") {
    for (std::string_view t :
         {"> Three sprints? It should be two.\nThen why even ask me for an estimate?",
          "Need I remind you that the last rushed release cost us a week of hotfixes?",
          "Do I really have to remind you that the freeze starts Friday?",
          "> How many weeks will the importer take? Probably no more than two.\nYou already answered your own question "
          "then."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t : {"Why did you ask about the quota? I can pull the numbers if that helps.",
                               "Do I need to remind the team about the freeze, or will you?",
                               "I need to remind myself to update the runbook.",
                               "> Does the API support pagination?\n> Oh wait, the docs say it does.\nYep, you "
                               "answered your own question."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("sarcasm9: a lesson foretold, the plan taken for a joke, misconduct offered", "[detector][flags]") {
    for (std::string_view t :
         {"> Can we also add SSO this sprint?\nYou're about to find out what \"also\" costs, the "
          "hard way.",
          "Please tell me this roadmap is a joke.", "Is this a prank? Nine features in one sprint?",
          "If you want me to fudge the numbers for the board, just say so."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t : {"You're about to learn how billing works: I'll pair with you on Monday.",
                               "You'll find out what the flag means in the docs.",
                               "I hope the joke in the release notes lands with customers.",
                               "The April Fools banner is a yearly joke we ship on the 1st.",
                               "If you want me to guess, I'd say two weeks, but I'd rather measure first."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("sarcasm9: time given to an idea wished back, a promise held up by a shouted question", "[detector][flags]") {
    for (std::string_view t :
         {"I read the whole proposal twice, and that's an afternoon of thinking I will never get back.",
          "Last sprint you promised 'the flaky tests are fixed by Friday'. Two weeks later, has ANYONE seen a green "
          "build?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t :
         {"Spent two hours debugging the flaky test, hours I'll never get back. Can we quarantine it?",
          "I thought about it for a moment and I'd like the old onboarding flow back.",
          "Has ANYONE tested the iOS build? Release is tomorrow.",
          "Has anyone seen the latest build? You said it was on staging."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("sarcasm9: a courtesy closing an attack on the reader is mock courtesy", "[detector][flags]") {
    CHECK(flagged("You clearly need therapy if you think this plan works. Enjoy your weekend!", RedFlag::sarcasm));
    CHECK(flagged("You clearly need therapy if you think this plan works. Enjoy your weekend!",
                  RedFlag::person_directed));
    CHECK_FALSE(any_red_flag("Sorry the migration broke your dashboards, have a great weekend!"));
    CHECK_FALSE(any_red_flag("If you need counseling after this quarter, the EAP covers it. Have a good one!"));
}

TEST_CASE("sarcasm9: the usual rung named and gone around, a threat to take it up", "[detector][flags]") {
    for (std::string_view t :
         {"Normally this would go through my manager, but I wanted to bring it straight to you.",
          "Quick one: I'm raising this with you directly instead of through our director, the Q3 plan won't hold.",
          "Fine, if that's your answer. I'm going to take it up with the director.",
          "If you won't answer my emails, I'll talk to the VP myself."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t : {"Normally this goes through Sam, but he's on leave, so I'm bringing it directly to you.",
                               "I'll send it to you directly rather than through the ticket queue.",
                               "This usually goes through the CTO, so I've asked him for a slot.",
                               "Rather than through my manager, could the request go through the formal headcount "
                               "process?",
                               "I'll talk to my manager about getting another engineer for the migration.",
                               "If you don't have capacity, I'll talk to my manager about borrowing someone."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

TEST_CASE("sarcasm9: a disagreement addressed to the whole organisation is a broadcast", "[detector][flags]") {
    for (std::string_view t :
         {"To everyone at the company: the reorg was decided behind closed doors and nobody asked engineering.",
          "Replying all to the entire org: why haven't they published the RTO data they keep citing?"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::broadcast));
    }
    for (std::string_view t : {"To everyone at the company: the office is closed Monday for the holiday.",
                               "To everyone on the team: I disagree with the rollout date, can we talk tomorrow?",
                               "Replying all so Dana sees the numbers: the migration is done.",
                               "Why not ship it Monday? The flag is ready."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::broadcast));
    }
}

// A move to the writer's own superior is the ladder's next rung: no hint of a skip for the combiner to stop on
// (detector/hints.cpp). Before: "I'll talk to my manager about getting another engineer" was stopped as skips-ladder.
TEST_CASE("sarcasm9: a move to the writer's own rung hints at no skip", "[detector][flags]") {
    CHECK_FALSE(analyze("I'll talk to my manager about getting another engineer for the migration.")
                    .hinted(RedFlag::skips_ladder));
    CHECK_FALSE(analyze("If you don't have capacity, I'll talk to my manager about borrowing someone.")
                    .hinted(RedFlag::skips_ladder));
    CHECK(analyze("I'll talk to her manager about the deadline tomorrow.").hinted(RedFlag::skips_ladder));
    CHECK(analyze("Escalating this to Dana's director since she won't answer.").hinted(RedFlag::skips_ladder));
}

// The reader sent to their own superior climbs their own rung; the writer going to the reader's superior skips one.
TEST_CASE("the reader told to see their own manager skips no rung, the writer going to it does", "[detector][flags]") {
    for (std::string_view t : {"You'll have to take the headcount question to your director, it's not my call.",
                               "You should check with your manager before you promise the Q3 date.",
                               "Talk to your lead about the on-call swap, she owns the rota."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t : {"If the spec doesn't change by Friday I'll take it to your director.",
                               "Fine. Then I'm going to talk to your manager about the rota.",
                               "cc'ing your manager so she sees the numbers"}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
}

// The reader invited to escalate to their own superior ("if you disagree") climbs their own rung too.
TEST_CASE("the reader invited to escalate to their own manager skips no rung", "[detector][flags]") {
    for (std::string_view t : {"Escalate the Q3 scope to your director if you think the cut is wrong.",
                               "If you disagree with the sizing, feel free to escalate it to your lead.",
                               "Escalate it to your manager if you disagree."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t :
         {"I'm escalating the Q3 scope to your director.", "I'll take the vendor question up with your manager."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
}

// An authority named as where the matter goes by process: the writer following that route skips no rung, and the
// words hint at no skip; the route named and then gone around still stops.
TEST_CASE("the writer following the process's route to an authority skips no rung", "[detector][flags]") {
    for (std::string_view t : {"This usually goes through the CTO, so I've asked him for a slot.",
                               "Vendor contracts are the CFO's call, so I sent her the two quotes and our pick.",
                               "Schema changes need the VP's sign-off, so I've put ours on her agenda for Thursday."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
        CHECK_FALSE(analyze(t).hinted(RedFlag::skips_ladder));
    }
    for (std::string_view t : {"I know this usually goes through the CTO, but I wanted to bring it directly to you.",
                               "Without going through our manager, I pinged the VP about the reorg.",
                               "I went around Sam and took it to the CTO."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
}
