// The real14 constructions (detector/flags.cpp, block "real14"): real people's words (coaching dev30), each a general
// shape written in many wordings before the rule: the writer's own unfamiliarity with a tool and a refusal beside it,
// new tools scorned for their newness with the current one kept, the craft's great names in place of evidence, the
// writer's credentials beside a verdict of ease, everyone else told they'd be better off with the writer's tool, a
// person's motive dismissed, a role's failing held up as the reader's, the knowledge to judge denied to the reader, a
// person asked how they could fail so, a crime charged, a person's virtue said missing and the lack called shocking,
// the whole chain of command copied in, a code style met with disgust; and the near misses that must stay clean: the
// unfamiliarity told as a cost or turned, a framework chosen, taste left to the reader or added to a measured change.
// Each with drafts written for these tests (none is a coaching line).
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("real14: the writer's unfamiliarity with a tool and a refusal beside it is new-framework",
          "[detector][motives]") {
    for (std::string_view t :
         {"I personally don't use Kotlin and don't really want to rewrite my modules in it just to add one endpoint.",
          "My Go knowledge is still too limited to keep contributing if you port it.",
          "If this moves to TypeScript I'll stop contributing. I don't use it and don't plan to.",
          "I don't write Swift, so count me out if the app goes native.",
          "I've never touched Elixir and I'm not going to start for one queue worker.",
          "I do not use Bazel and don't want to convert my packages to it.",
          "Sorry but no, I do not use the program and right now I do not have time to see how its plugin system works.",
          "I don't use Gradle and I don't have time to figure out how it works, so keep the Makefile."}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
    for (std::string_view t :
         {"I don't know TypeScript yet, so the estimate has two extra weeks of ramp-up.",
          "I don't use Terraform myself, but Dana does; she could review the module by Friday.",
          "i don't know typescript myself, but it seems practical and people seem to like it.",
          "I haven't used Kafka before; can we budget a spike week before we commit to the date?",
          "I don't know Rust yet, so I'd pair with Ana on the parser for the first two weeks.",
          "I don't use the admin panel myself, so I asked support which screens they need.",
          "I don't use Gradle and don't have time to learn it before the 14th; can Ana take the build change?",
          "I don't know the answer and don't want to guess; let me check with Ana."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::new_framework));
    }
}

TEST_CASE("real14: new tools scorned for their newness, the current one kept, is new-framework",
          "[detector][motives]") {
    for (std::string_view t :
         {"Unlike all the fly-by-night frameworks out there, jQuery just works. We stay on it.",
          "I'm not chasing the framework of the month again, we keep Angular.",
          "Svelte is just this year's flavour of the week; we stay on React.",
          "Every year there's a shiny new build tool. Make works, so no.",
          "These new-every-week JS libraries come and go; ours is battle-tested, so no.",
          "Unlike all the other fly-by-night JS frameworks, Backbone just works and is maintained."}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
    for (std::string_view t :
         {"The framework of the month problem hit hiring: 3 of our 5 candidates had never used Ember.",
          "The site has outgrown jQuery. We need to migrate off, so we'll pick a new framework or none.",
          "Not sure how we decide here, but we will need to either choose a new framework or choose to not use one.",
          "Make works for the 4 C targets, but the JS bundle takes 9 minutes; can we try esbuild for that part "
          "only?"}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::new_framework));
    }
}

TEST_CASE("real14: great names, credentials or everyone told to use the writer's tool, in place of evidence, is my-way",
          "[detector][motives]") {
    for (std::string_view t :
         {"Martin Fowler says feature branches are evil, so we're doing trunk-based from Monday.",
          "All the greats, Fowler, Beck, Uncle Bob, tell us to avoid duplication, so generalize it.",
          "Every expert agrees microservices are the way to go, so let's split the monolith.",
          "The experts all say ORMs are an anti-pattern, so rip it out.",
          "I'm an accomplished software architect and the rewrite was a breeze. The old code is just bad.",
          "I'm a principal engineer, I don't need to justify the schema to anyone.",
          "Projects using other JS frameworks would be better off moving to jQuery.",
          "You'd all be better off using vim like I do."}) {
        INFO(t);
        CHECK(motive(t, Reason::my_way));
    }
    for (std::string_view t :
         {"The Postgres docs say VACUUM FULL locks the table, so we can't run it during business hours.",
          "Fowler's strangler fig fits here: we move the 3 read endpoints first and keep billing on the old path.",
          "Kent Beck's book says tests first; can we try it on the 2 new endpoints?",
          "I'm a senior engineer on the payments team and I can review the PR on Thursday.",
          "I'm an experienced architect but I haven't used Kafka, so I'd like a second opinion on the design.",
          "We'd be better off moving the cron job to the queue: it failed 4 times last week.",
          "The mobile team would be better off waiting for the v2 API, which ships on the 3rd."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::my_way));
    }
}

TEST_CASE("real14: a motive dismissed, a role's failing, knowledge denied, a failure questioned is person-directed",
          "[detector][flags]") {
    for (std::string_view t :
         {"This is just complaining for the sake of complaining.", "You're arguing for the sake of arguing.",
          "Honestly it feels like you're just looking for something to complain about.",
          "Pushing for lower estimates like this is a sign of a dysfunctional project manager.",
          "That's the mark of a lazy engineer.", "This is the hallmark of an insecure PM.",
          "You don't have practical knowledge of the obstacles in the project.",
          "You lack any experience with distributed systems, so please leave the design to us.",
          "You haven't the faintest idea what the migration involves.", "how did you fuck this up so bad",
          "How could you forget to run the migrations?", "How did you not notice the tests were red?",
          "how on earth did you miss that?", "bruh how you forget the demo was today",
          "You just like to complain about other people's work without doing any yourself."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"This is change for the sake of change: the old flow had a 2% drop-off and nobody asked for a new one.",
          "I'm not complaining for the sake of it: the export failed 3 times this week.",
          "A dysfunctional CI pipeline is a sign of missing ownership.", "That's the mark of a good design review.",
          "You don't have access to the staging logs yet; I'll add you today.",
          "You don't have the numbers from Tuesday, so here they are: 40% of checkouts timed out.",
          "You don't have experience with Kafka yet, so I'll pair with you on the consumer.",
          "How did you fix the flaky test? I'd like to do the same on the iOS job.",
          "How did you manage to get the build under 5 minutes? Nice work.", "How could you tell it was the cache?",
          "How did we miss that in review? Let's add a check to CI.", "How do you forget a saved network on macOS?"}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real14: a crime charged or a person's virtue said missing is person-directed", "[detector][flags]") {
    for (std::string_view t :
         {"This is fraud, plain and simple.", "What you're doing is theft of our work.",
          "I'd call this a criminal enterprise.", "This amounts to extortion.",
          "The lack of consideration from employees is astounding.", "Your lack of respect for the team is appalling.",
          "The lack of professionalism here is unbelievable."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t : {"This is fraud detection, not fraud prevention, so the scope is smaller.",
                               "The fraud team flagged 40 orders after the change.",
                               "Card fraud went up 3% after we dropped the CVV check; can we bring it back?",
                               "The lack of tests in the billing module is worrying; can we add 5 before the release?",
                               "The lack of documentation is astounding, so I started a page for the 3 endpoints."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real14: the whole chain of command copied in skips the ladder", "[detector][flags]") {
    for (std::string_view t : {"Cc'ing my entire chain of command.", "Looping in my whole management chain on this.",
                               "Adding my reporting chain to this thread so it's on record."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::skips_ladder));
    }
    for (std::string_view t :
         {"Cc'ing the on-call channel so they see the timeline.",
          "The chain of command for incidents is in the runbook.", "Looping in Dana since she owns the schema.",
          "We added a retry to the supply chain job."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::skips_ladder));
    }
}

TEST_CASE("real14: a code style met with disgust is aesthetic, taste left to the reader or a bonus is not",
          "[detector][motives]") {
    for (std::string_view t :
         {"Get rid of single-space indents. Seriously WTF is up with those?",
          "What's with all the semicolons? Ugh, drop them.", "I can't stand two-space indents, please switch to four.",
          "Repeat after me: I hate tabs. Convert them all.",
          "The use of the new library will reduce code and it will look more attractive, so I'll replace the old "
          "one."}) {
        INFO(t);
        CHECK(motive(t, Reason::aesthetic));
    }
    for (std::string_view t :
         {"What's with the two-space indents in the YAML? The parser rejects tabs, so keep spaces.",
          "WTF is up with the build? It's been red since 9.",
          "Please get rid of trailing spaces, the diff tool shows them as changes.",
          "I noticed you're using tabs. Generally I prefer spaces, but it's up to you. If you use tabs, please line up "
          "the columns.",
          "Personally I like the darker theme, but your call. The contrast ratio is what matters: 4.5:1 at least.",
          "The new layout cuts the form from 12 fields to 5 and looks cleaner too."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::aesthetic));
    }
}

TEST_CASE("real14: the writer's own setup made the rule for the reader's code is my-way", "[detector][motives]") {
    for (std::string_view t :
         {"My editor is set to 2-space indents, so please reformat your code to match.",
          "My tab width is set to 8 and it breaks the format of your code. Please convert all tabs to spaces.",
          "In our department, tabs are banned, so please switch your project to spaces."}) {
        INFO(t);
        CHECK(motive(t, Reason::my_way));
    }
    for (std::string_view t :
         {"My editor is set to 2 spaces and the linter config says 4: which one should I follow?",
          "I need to convert tabs to spaces. My settings seem to have been off a few times I was editing.",
          "In our team, force-pushes to main are banned, so please rebase your branch instead."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::my_way));
    }
}

TEST_CASE("real14: the reader's performance held up as a grievance is person-directed", "[detector][flags]") {
    for (std::string_view t :
         {"I restrained from expressing publicly any issues I might have with your own performance.",
          "Honestly I have my own concerns about your competence after this sprint."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::person_directed));
    }
    for (std::string_view t :
         {"Any issues with your performance review tool? I can help set it up.",
          "I have concerns about your performance numbers for the API: p99 was 900ms on Tuesday."}) {
        INFO(t);
        CHECK_FALSE(any_red_flag(t));
    }
}

TEST_CASE("real14: someone else's message to everyone, told of, is no broadcast of the writer's", "[detector][flags]") {
    for (std::string_view t :
         {"Then a completely tone-deaf email to the entire company calling the layoffs a simplification. Not even the "
          "decency to take a question, you coward.",
          "His memo to all staff blamed the engineers for the outage, which is just lazy leadership."}) {
        INFO(t);
        CHECK_FALSE(flagged(t, RedFlag::broadcast));
    }
    for (std::string_view t :
         {"I'll send an email to the entire company so everyone knows the PM lied about the date.",
          "Posting this to the whole company: the PM lied about the launch date.",
          "[reply-all to the VP's announcement] This is not acceptable. Scheduling the offsite over a "
          "summer weekend is insensitive at best. Please pick other dates."}) {
        INFO(t);
        CHECK(flagged(t, RedFlag::broadcast));
    }
}
