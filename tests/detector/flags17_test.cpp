// The seventeenth round's red flags and motives (flags17, detector/flags.cpp), built from what the fifteenth round's
// blind splits (dev36-dev38) still missed: the top of a line named by a title the lexicon did not spell ("the studio
// head", "my grandboss"), a person named as the rung gone around ("not going through Omar on this"), harm called
// impossible and a verdict held back by an ellipsis, others' delight assured after something done again, a manner
// pinned on people by role, ground claimed against others' changes, a claim held up by the writer's years, age as the
// reason for a newer stack, the writer's own thing kept for being theirs, and a block held on a look. Every draft here
// was written for these tests, in fields and wordings the coaching files do not use; each shape has near misses (a
// reason given, a forum rather than a person, the writer's own matter, a meant compliment) that must stay clean.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("flags17: the top of a line by title, and a person named as the rung gone around", "[detector][flags]") {
    for (std::string_view t : {"Taking this to the plant head directly, Ravi keeps stalling on the alarm thresholds.",
                               "I'm going straight to the division head about the rota change, Lena won't answer.",
                               "Going to my grandboss about the on-call pay, Tomas has ignored it for a month.",
                               "Went to the VP about the kiosk rollout since Ines won't move.",
                               "Quick note, not going through Petra on this: the store rollout plan has no rollback.",
                               "Skipping Jon on this one: the paywall meter double-counts app users."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t : {"The studio head asked for the pricing numbers, I sent them this morning.",
                               "I'm going to the VP offsite next week, anything you want me to bring up for the team?",
                               "Going to the director's review with Sam on Thursday, we'll present both options.",
                               "Not going through the whole backlog today, just the P1s.",
                               "We're skipping the retro this week since half the team is out."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

TEST_CASE("flags17: harm called impossible, a verdict held back, delight assured", "[detector][flags]") {
    for (std::string_view t :
         {"Surely nothing will go wrong with a Friday-night schema migration.",
          "Sure, ship it on Black Friday. Nothing could possibly go wrong.",
          "Wow, the new checkout sure is... orange. Really captures the magic of paying for things.",
          "Oh great, another rebrand of the help center. Agents will be delighted to relearn every macro, I'm sure."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    for (std::string_view t :
         {"Surely nothing in the contract stops us from shipping the EU build early? Can you check with legal?",
          "Nothing could possibly be clearer than your spec, thanks for writing it up.",
          "Customers will love the new export, I'm sure."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::sarcasm));
    }
}

TEST_CASE("flags17: a manner pinned on people by role", "[detector][flags]") {
    CHECK(flagged("We do not appreciate condescending behaviour from product on the roadmap thread.",
                  RedFlag::person_directed));
    CHECK(flagged("Is it just me or is Dan incredibly bossy? He imposes his own deadlines.", RedFlag::person_directed));
    CHECK_FALSE(flagged("The tone from the customer on that thread was rude, can we get support to reply?",
                        RedFlag::person_directed));
}

TEST_CASE("flags17: ground claimed, years for a measure, age for a newer stack, the writer's own thing kept",
          "[detector][motives]") {
    for (std::string_view t :
         {"The route planner belongs to my team. If dispatch wants changes they can file a ticket like everyone else.",
          "Only Mia and I deploy to the billing cluster, that keeps it under control.",
          "Growth doesn't get to decide what goes into our payments SDK.",
          "Tell the web team to stay in their lane, the mobile release is ours."}) {
        INFO(t);
        CHECK(motive(t, Reason::territorial));
    }
    CHECK(motive("I haven't benchmarked it, but I've been writing Java for decades, streams are slower here.",
                 Reason::my_way));
    CHECK(motive("The booking code is really old, it's time to move it to a more modern framework.",
                 Reason::new_framework));
    CHECK(motive("The dispatcher is my baby. I'm not letting anyone rip it out.", Reason::attachment));
    CHECK(motive("The purple on the driver app is just not nice, can we hold the build and pick another palette?",
                 Reason::aesthetic));
    CHECK(motive("Not approving until the helper names change, `doStuff2` reads wrong to me.", Reason::aesthetic));
    for (std::string_view t :
         {"The route planner belongs to my team, so I'll review the dispatch PR by Thursday.",
          "Only Mia and I have prod access right now, so I'll run the migration tonight and post the results.",
          "I've been writing Java for years and I measured this: streams are 30% slower in the hot loop (JMH numbers "
          "attached).",
          "The booking code is old, but it runs fine; I'd not migrate it before the export ships.",
          "I built the dispatcher, and I agree it's time to retire it: the new router covers all 14 cases.",
          "The blue on the new portal fails WCAG contrast (2.9:1), can we darken it before release?",
          "These names read wrong to me because they shadow the stdlib ones and trip the linter, renaming them in this "
          "PR."}) {
        INFO(t);
        CHECK_FALSE(flag_or_motive(t));
    }
    // Others' learning is theirs to mind, not the writer's reluctance.
    CHECK_FALSE(motive("Clerks are going to be so happy to learn a new intake screen, honestly, it's much faster.",
                       Reason::new_framework));
}

TEST_CASE(
    "flags17: a mocking interjection, the reader's feeling called fake, a person's job called poor, a place's "
    "ritual",
    "[detector][flags]") {
    CHECK(flagged("Boo hoo, the migration you skipped broke prod again. Cry me a river.", RedFlag::sarcasm));
    CHECK(flagged("This isn't a press conference, you don't need to announce every merge.", RedFlag::sarcasm));
    CHECK(flagged("Your performative concern about the on-call rota is noted.", RedFlag::person_directed));
    CHECK(flagged("Kemal did a sloppy job on the importer and now we get to clean it up.", RedFlag::person_directed));
    CHECK_FALSE(flag_or_motive("The new parser did a poor job on nested quotes, 3 of 41 fixtures fail."));
    CHECK_FALSE(flag_or_motive("Your concern about the on-call rota is fair, let's look at the numbers together."));
    CHECK_FALSE(flag_or_motive("This is not a blocker, you don't need to wait for me."));
}

TEST_CASE("flags17: an open letter for signatures, the current tool damned and a new one brought in",
          "[detector][flags][motives]") {
    CHECK(flagged("I'm starting a petition for the whole engineering org to sign against the return-to-office mandate.",
                  RedFlag::broadcast));
    CHECK(motive("The current framework is a mess, so I'm pulling in the new state library for the cart.",
                 Reason::new_framework));
    CHECK_FALSE(flag_or_motive("Someone sent around a petition for a second coffee machine, I signed it."));
    CHECK_FALSE(flag_or_motive("I read the open letter the Rust folks published, interesting take on governance."));
    CHECK_FALSE(
        flag_or_motive("The current framework is a mess for forms: 14 of our 20 bugs last quarter came from its "
                       "two-way binding, so I'm prototyping the new state library on the cart."));
}

TEST_CASE("flags17: an authority asked to settle what a person named would not", "[detector][flags]") {
    CHECK(flagged("Tagging <@U77> because Lea won't budge on the freeze, maybe the CTO can make the call.",
                  RedFlag::skips_ladder));
    CHECK_FALSE(flag_or_motive("The CTO can decide on the vendor next week, Lea is collecting the quotes."));
}

TEST_CASE("flags17: a mock-innocent tag, and the current tech called boring after other verdicts",
          "[detector][flags][motives]") {
    CHECK(flagged("Who approved shipping on Friday? Asking for a friend 😇", RedFlag::sarcasm));
    CHECK_FALSE(
        any_red_flag("Is there a reason we don't use the new cache? Asking for a friend who is on call tonight."));
    CHECK(motive("Let's port the reports page to Solid, Vue is just so clunky and dated now.", Reason::new_framework));
    CHECK(motive("Time to move the billing jobs to Rust, Java is verbose and boring.", Reason::new_framework));
    CHECK_FALSE(
        flag_or_motive("Angular is heavy for the kiosk, but it's not dated: it gets LTS until 2027, so I'd keep it."));
}

TEST_CASE("flags17: the author of the work asked after and answered with someone unfit", "[detector][flags]") {
    CHECK(flagged("Lol, who wrote these acceptance criteria, a toddler?", RedFlag::person_directed));
    CHECK_FALSE(
        any_red_flag("Who wrote the acceptance criteria for the export? I want to check one edge case with them."));
}

TEST_CASE(
    "flags17: harm greeted as a treat, fitness for a role denied, a look likened to clip art, a decision aired "
    "as one more time",
    "[detector][flags][motives]") {
    CHECK(
        flagged("Can't wait to explain to the clinics why their bookings vanished because we skipped the dry run. "
                "Should be fun.",
                RedFlag::sarcasm));
    CHECK_FALSE(any_red_flag("The offsite should be fun, see you all Thursday!"));
    CHECK_FALSE(any_red_flag("Can't wait to show customers the new dashboard next week!"));
    CHECK(flagged("Honestly, whoever signed off this rota should not be making staffing decisions.",
                  RedFlag::person_directed));
    CHECK_FALSE(any_red_flag(
        "Interns should not be making production deploys without a reviewer, can we add that to the checklist?"));
    CHECK(motive("The new badges look like clip art. Not shipping that.", Reason::aesthetic));
    CHECK(flagged("<!channel> leadership decided to delay the pricing launch again. Anyone else tired of this?",
                  RedFlag::broadcast));
    CHECK_FALSE(any_red_flag("<!here> FYI we decided to push the release again, new date is the 14th."));
}

TEST_CASE(
    "flags17 (dev39): ground gated, ownership shouted, an absurd author, work dismissed to its author, a fun "
    "stack",
    "[detector][flags][motives]") {
    CHECK(motive("The kiosk flow belongs to my team and marketing doesn't get to touch it without our sign-off.",
                 Reason::territorial));
    CHECK(motive("The rota script is ugly but it's MY ugly script. I'd rather we kept it than move to the vendor tool.",
                 Reason::attachment));
    CHECK(flagged("Wow, the new booking page is so... orange. Did a traffic cone design it?", RedFlag::sarcasm));
    CHECK(flagged("Priya, your caching plan for the menu API is amateurish.", RedFlag::person_directed));
    CHECK(motive("Let's move the scheduler to Elixir, it's a fun stack I want to learn.", Reason::new_framework));
    CHECK_FALSE(
        any_red_flag("Did a contractor build the old importer? Trying to find who to ask about the CSV quirks."));
    CHECK_FALSE(flag_or_motive("This is so slow... can we profile it before the release?"));
    CHECK_FALSE(flag_or_motive("I'd keep MY notes in the doc, everyone else can keep theirs in the ticket."));
    CHECK_FALSE(
        flag_or_motive("It's a fun stack, we used it at the hackathon: 3 of us got a prototype up in a day, "
                       "and it has the offline sync we need."));
}

TEST_CASE("flags17 (fifth probe): an AMA as the forum, a sure cure for something done again, goalposts moved",
          "[detector][flags]") {
    CHECK(flagged("I'm going to bring the kiosk estimates fight straight to the COO at Friday's AMA.",
                  RedFlag::broadcast));
    CHECK(flagged("Wow, another rebrand. That'll definitely fix our churn.", RedFlag::sarcasm));
    CHECK_FALSE(any_red_flag("The retry fix is merged, that'll definitely help with the timeouts we saw Tuesday."));
    CHECK(flagged("Cc'ing <@U0VP> here because Fatima keeps moving the goalposts on the audit export.",
                  RedFlag::person_directed));
}

TEST_CASE("flags17 (sixth probe): a meeting booked with the person's superior, a habit of thought charged",
          "[detector][flags]") {
    CHECK(flagged("Booked a call with Priya's manager about the vendor contract, she's been sitting on it for a month.",
                  RedFlag::skips_ladder));
    CHECK(flagged("Sam never thinks anything through, that's why the kiosk launch slipped.", RedFlag::person_directed));
}

TEST_CASE("flags17 (seventh probe): an omission blamed, the crowd's choice, rank, sentiment, a grievance aired",
          "[detector][flags][motives]") {
    CHECK(flagged("If Ines had done her job we wouldn't be rewriting the kiosk flow now.", RedFlag::person_directed));
    CHECK_FALSE(any_red_flag("If Priya had asked, we would have told her the API was deprecated."));
    CHECK(motive("Everybody's on Deno now, let's move the kiosk API to it.", Reason::new_framework));
    CHECK_FALSE(flag_or_motive("Everyone's on the new expense tool now, so please submit December receipts there."));
    CHECK(motive("It's my call how the cache works, I'm the senior here.", Reason::my_way));
    CHECK_FALSE(flag_or_motive("I'm the senior here, so I'll take the 2am on-call swap, no worries."));
    CHECK(motive("I named the build bot after my cat, we can't just retire it.", Reason::attachment));
    CHECK_FALSE(flag_or_motive(
        "The old logo means a lot to me, but the new one tests better with 4 of 5 groups, so let's ship it."));
    CHECK(flagged("<!everyone> the kiosk decision was made without asking a single engineer. We deserve better.",
                  RedFlag::broadcast));
}

TEST_CASE("flags17 (eighth probe): outdone by anyone, a loaded question, a check waived on the writer's word",
          "[detector][flags][motives]") {
    CHECK(flagged("Please tell me this isn't the final kiosk design. My grandma could design a better one.",
                  RedFlag::person_directed));
    CHECK_FALSE(
        any_red_flag("My grandma could use this app without help, which is the bar we set. Nice work on onboarding!"));
    CHECK(flagged("Oh cool, so we're just skipping the pen test now? Good to know.", RedFlag::sarcasm));
    CHECK(flagged("So we're just skipping QA for the kiosk release? Noted.", RedFlag::sarcasm));
    CHECK_FALSE(
        any_red_flag("So we're not doing the migration this sprint? Good to know, I'll plan the rota around it."));
    CHECK_FALSE(any_red_flag("Oh cool, so we're shipping the kiosk on Friday? Great, I'll book the printer."));
    CHECK(motive("No need to benchmark my cache change, I know it's better.", Reason::my_way));
    CHECK_FALSE(
        flag_or_motive("We don't need to test the copy change, it's text only and behind the CMS preview "
                       "anyway."));
}

TEST_CASE(
    "flags17 (ninth probe): made to answer before a crowd, a grievance written up for a channel, the only one "
    "let in",
    "[detector][flags][motives]") {
    CHECK(flagged("Let's make the kiosk team present their plan at the all-hands and answer for it.",
                  RedFlag::broadcast));
    CHECK(flagged("Drafting a post for #general about how badly the kiosk launch went. People should know.",
                  RedFlag::broadcast));
    CHECK_FALSE(
        any_red_flag("The product team will present their roadmap at the all-hands on Friday, bring questions."));
    CHECK_FALSE(any_red_flag("Drafting a post for #general about the new parking rules, starts Monday."));
    CHECK(motive("Nobody else touches the kiosk firmware. That's my job and I'm keeping it that way.",
                 Reason::territorial));
    CHECK_FALSE(
        flag_or_motive("Nobody else is on call this weekend, so I'll keep my phone on. That's my job this week."));
}

TEST_CASE(
    "flags17 (dev40): the flat shapes of mockery, a person kept out on purpose, conduct charged, a stack for "
    "boredom, the sole gate",
    "[detector][flags][motives]") {
    for (std::string_view t : {"It's :clap: a :clap: feature. why remove it tho",
                               "I'm sure the riders won't mind 🙂 pushing the fare change during the marathon.",
                               "Congrats to ops on finding out the cooler has a door alarm. Only took three months."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::sarcasm));
    }
    CHECK_FALSE(any_red_flag("Only took us two sprints to ship the importer, thanks everyone for the push!"));
    CHECK_FALSE(any_red_flag("I'm sure the customers will love it: 12 of 14 pilot users asked for exactly this."));
    CHECK(flagged("Marta won't hear about the rota change from me. I'm sending it to the GM.", RedFlag::skips_ladder));
    CHECK_FALSE(any_red_flag("I haven't told Lars yet, I'll walk him through the quota change in our 1:1 tomorrow."));
    CHECK(flagged("Why are you dragging the vendor review on? Legal signed off last week.", RedFlag::person_directed));
    CHECK(flagged("Can someone please explain to Tobias that a genome is not a CSV.", RedFlag::person_directed));
    CHECK_FALSE(any_red_flag("Can someone explain to me how the quota sync decides the batch size?"));
    CHECK(motive("I'd build the new dashboard in Qwik. Everyone I follow is raving about it and I'm bored of React.",
                 Reason::new_framework));
    CHECK_FALSE(flag_or_motive("I'm bored of waiting on the vendor, can we escalate the SDK bug through support?"));
    CHECK(
        motive("I've made myself a blocking reviewer on every PR that touches the ballast code. I don't trust anyone "
               "else to get it right.",
               Reason::territorial));
    CHECK_FALSE(
        flag_or_motive("Added myself as a required reviewer on the ballast PRs while Jonas is on leave, happy "
                       "to hand it back when he's back."));
}

TEST_CASE(
    "flags17 (dev40): a launch told to a channel with a watch asked for is news, and the writer's own slip laughed "
    "at mocks no one",
    "[detector][flags]") {
    CHECK_FALSE(
        any_red_flag("<!channel> the kiln scheduler v3 is live for all sites as of 06:00 :tada: ping "
                     "<#C0OPS|ops> if anything looks odd"));
    CHECK_FALSE(
        any_red_flag("I keep breaking the kiln dashboard, I might not if there were tests... adding a harness "
                     "next sprint 🙃"));
    CHECK(
        flagged("<!channel> the kiln scheduler v3 is live, because apparently nobody here reads the risk doc. "
                "Ping ops if anything looks odd.",
                RedFlag::broadcast));
}

TEST_CASE("flags17: praise after a harm denied is praise", "[detector][flags]") {
    CHECK_FALSE(any_red_flag("Zero incidents across 40 kiln sites. Great work all."));
    CHECK(flagged("Another kiln fire drill. Love it.", RedFlag::sarcasm));
}

TEST_CASE("leads18: the writer's own career matter taken upward is no rung skipped", "[detector][flags]") {
    for (std::string_view t : {"I went to the director about my promotion and she said next cycle.",
                               "Talked to my grandboss about my relocation, it's approved for spring."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
    // The work's matter taken around someone still is.
    CHECK(flagged("I went to the director about the kiln rota since Tomas ignores me.", RedFlag::skips_ladder));
}

TEST_CASE("leads18: a person judged as everyone knows, and the writer's design doc, claim no way of theirs",
          "[detector][flags]") {
    // Both were stopped with a my-way self-check card beside the attack.
    for (std::string_view t : {"Dmitri is a liar and everyone knows it.",
                               "You clearly didn't read my design doc for the kiln rota before commenting, again."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
        CHECK_FALSE(motive(t, Reason::my_way));
    }
    CHECK(motive("My design for the kiln rota is better, everyone knows that.", Reason::my_way));
    CHECK(motive("The queue plan is wrong and everyone knows it, my design is simpler.", Reason::my_way));
}
