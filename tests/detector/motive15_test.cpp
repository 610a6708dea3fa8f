// The motive15 constructions (detector/flags.cpp and detector/hints.cpp, blocks "motive15"): the illegitimate reasons
// in real people's words, as general shapes (who says it, which verb, what object), and the motive words that read as a
// motive where none is (learning said of information or of someone else, a rewrite or a move told as news or planned
// for a meeting or a repository). Batch A: 30 drafts written for these tests before the constructions (6 per reason)
// and 15 near misses that must stay clean; none is a corpus line.
#include <catch2/catch.hpp>
#include <string_view>

#include "detector/analysis.hpp"
#include "support.hpp"

using namespace pushback::detector;
using namespace pushback::detector::test;

TEST_CASE("motive15 batch A: the writer's familiarity or a distaste for new tooling as the reason is new-framework",
          "[detector][motives][motive15]") {
    for (std::string_view t :
         {"I know Ant inside out and I've never touched Gradle, so the build stays on Ant.",
          "I'm not a fan of bringing in new tooling for this; I'd rather stick with the shell scripts.",
          "Honestly I'd prefer to stay on Webpack, I don't want a pile of new tools to work with in this repo.",
          "We picked Jenkins because I know it really well and I don't know GitHub Actions at all.",
          "Vite looks interesting, but I'm not a fan of new tooling. I'd prefer to keep Grunt.",
          "I chose Ant because: 1. I know Ant very well. 2. I don't know Maven very well. 3. Ant has been around "
          "forever."}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
}

TEST_CASE("motive15 batch A: how a thing looks, liked or disliked with no reason, is aesthetic",
          "[detector][motives][motive15]") {
    for (std::string_view t :
         {"I personally think the ranged loops are much more elegant and straightforward.",
          "The new header doesn't look very good, can we put the old one back?",
          "Whoever chose this colour scheme has no taste. Bring back the old one.",
          "I just do whatever looks best to me in the CSS, so I won't follow the lint rules.",
          "It's a small thing, but the new toggle doesn't look very nice to me; I'd keep the old checkbox.",
          "Don't like it. I like the flat cards without the shadows much more."}) {
        INFO(t);
        CHECK(motive(t, Reason::aesthetic));
    }
}

TEST_CASE("motive15 batch A: the writer's own tool or way preferred or believed best, with no evidence, is my-way",
          "[detector][motives][motive15]") {
    for (std::string_view t : {"Personally I prefer Bash for this. It's well known. I don't see the problem with it.",
                               "I personally believe a single Python script serves the purpose best.",
                               "Personally I think hand-written SQL is the right tool here and the ORM adds nothing.",
                               "For a small service like this I prefer to use my own conventions.",
                               "We have a strong belief in writing everything ourselves, so no third-party queue.",
                               "I'm convinced a cron job is the best fit here, no need to look at queues."}) {
        INFO(t);
        CHECK(motive(t, Reason::my_way));
    }
}

TEST_CASE("motive15 batch A: changes kept to the writer or their team, or barred from their code, is territorial",
          "[detector][motives][motive15]") {
    for (std::string_view t :
         {"I asked the director to lock the billing config so that only my team can edit it.",
          "Nobody refactors the scheduler while I'm still on this team.",
          "I'm putting my foot down: no ORM in my services.",
          "Let's add a rule so only we can approve merges into the payments repo.",
          "Over my dead body does another team push to our pipeline config.",
          "Not on my watch. The auth module stays the way we wrote it and nobody else changes it."}) {
        INFO(t);
        CHECK(motive(t, Reason::territorial));
    }
}

TEST_CASE("motive15 batch A: the writer's pride or effort in a thing, and its loss refused, is attachment",
          "[detector][motives][motive15]") {
    for (std::string_view t :
         {"I spent two months building the uploader from scratch and I'm proud of it. Dropping it for the vendor "
          "widget feels like losing a pet.",
          "I wrote half of those helper functions myself, and I'd like to keep them around even if nothing calls them.",
          "That dashboard is the thing I'm proudest of this year, so I'm not keen on retiring it.",
          "I really like the importer I wrote and the way I use it every day; I'd rather not replace it.",
          "It took me all of last summer to get the parser right. Please don't rip it out.",
          "I built the current deploy scripts and they mean a lot to me, so let's not swap them for Argo."}) {
        INFO(t);
        CHECK(motive(t, Reason::attachment));
    }
}

TEST_CASE("motive15 batch A near misses: the same words in an innocent shape stop nothing",
          "[detector][motives][motive15]") {
    for (std::string_view t :
         {"Only the on-call team can restart the billing workers during the freeze, per the audit rules.",
          "I personally believe we should test the vendor SDK first: it failed 3 of 5 checks last week.",
          "I prefer Postgres here because the 40 GB of reports already live there and the team runs it.",
          "I spent two months on the uploader, and I agree the vendor widget is better; let's retire mine in March.",
          "The old buttons with rounded corners tested better: 6 of 8 users found the save action faster.",
          "Nothing in the style guide covers this case, so I asked Maya which naming we should use.",
          "I know Ant well and Gradle not at all, so please budget a week for me to ramp up on it.",
          "I'm proud of how the team handled the migration; the error rate is down 40%.",
          "Nobody touched the scheduler while I was on leave, so it still has the old retry bug.",
          "The new header doesn't look right on Safari: the logo overlaps the menu at 768px."}) {
        INFO(t);
        CHECK_FALSE(flag_or_motive(t));
    }
}

TEST_CASE(
    "motive15 batch A near misses: learning said of information or of someone else, a rewrite told as news and a "
    "move of a meeting or a repository hint at no motive",
    "[detector][motives][motive15]") {
    for (std::string_view t :
         {"I'm not learning anything new from these logs; can someone with prod access pull the traces?",
          "Nobody has rewritten the parser since 2019, so the docs are still accurate.",
          "Dana isn't learning Swift this quarter, so the iOS ticket needs someone else.",
          "Let's move the standup to Thursday so the QA folks can join.",
          "I moved the repo into the company org yesterday; permissions are the same."}) {
        INFO(t);
        auto const a = analyze(t);
        CHECK(a.illegitimate.empty());
        CHECK_FALSE(a.hinted(Reason::new_framework));
        CHECK_FALSE(a.hinted(Reason::territorial));
    }
}

TEST_CASE("motive15: the calendar as the argument against a technology is new-framework",
          "[detector][motives][motive15]") {
    for (std::string_view t :
         {"It's 2025, why are we still writing Perl for the deploy scripts?",
          "Let's drop Jenkins, it's almost 2026 already.", "Can we get rid of Grunt? We're coming up to 2027 here."}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
    for (std::string_view t :
         {"jQuery 1.x is EOL and CVE-2020-11022 affects the admin page, so let's drop it before 2025.",
          "We migrated to Postgres in 2019 and it has been fine since.",
          "It's 2025 and the export still times out for the 3 largest tenants; can we look at the query?"}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::new_framework));
    }
}

TEST_CASE(
    "motive15: the writer's thing judged fine with no rule against it, or the writer's assent as what decides, is "
    "my-way",
    "[detector][motives][motive15]") {
    for (std::string_view t : {"Well, I think this is good and we don't have a standard saying otherwise.",
                               "I think the current naming works fine, and no guideline says otherwise.",
                               "I only merge changes that I agree with.",
                               "We only ship features that we like, that's how this project works."}) {
        INFO(t);
        CHECK(motive(t, Reason::my_way));
    }
    for (std::string_view t :
         {"There's no rule against shipping on Fridays, but the on-call rota is thin this week; can we ship Thursday?",
          "I only review PRs that have tests, so please add them first.",
          "No rule says otherwise, but I'd ask Maya before we rename the table."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::my_way));
    }
}

TEST_CASE(
    "motive15: a change that must satisfy the writer is territorial, and own work with its change barred is "
    "attachment too",
    "[detector][motives][motive15]") {
    for (std::string_view t : {"We maintain the SDK, so the change must satisfy us.",
                               "It's my library, and any refactor has to please me first."}) {
        INFO(t);
        CHECK(motive(t, Reason::territorial));
    }
    CHECK_FALSE(
        motive("The change must satisfy the PCI auditor, so the card number stays masked.", Reason::territorial));
    CHECK(motive("The billing exporter is mine, I wrote it over two winters. Nobody rewrites it while I'm here.",
                 Reason::attachment));
    CHECK_FALSE(motive("I wrote the exporter in 2021; nobody rewrites it without a ticket, so please file one first.",
                       Reason::attachment));
}

TEST_CASE(
    "motive15: the writer keeping their own hands off, a motive named as a topic and the writer going along hint at "
    "no motive",
    "[detector][motives][motive15]") {
    for (std::string_view t : {"I'm not touching the payments config again until the audit is done.",
                               "We won't touch the legacy importer this sprint."}) {
        INFO(t);
        CHECK_FALSE(analyze(t).hinted(Reason::territorial));
    }
    CHECK(analyze("Nobody outside my team touches the payments config.").hinted(Reason::territorial));
    for (std::string_view t : {"The urge to migrate every service to Kubernetes fades after the first outage.",
                               "That wish to rewrite the CLI in Zig will pass."}) {
        INFO(t);
        CHECK_FALSE(analyze(t).hinted(Reason::new_framework));
    }
    CHECK(analyze("Let's rewrite the CLI in Zig, everyone's doing it.").hinted(Reason::new_framework));
    for (std::string_view t : {"I don't prefer the dark sidebar personally, but I am not opposed if it stays optional.",
                               "No objection from me to the serif font, even if I prefer the old one."}) {
        INFO(t);
        auto const a = analyze(t);
        CHECK_FALSE(a.hinted(Reason::aesthetic));
        CHECK_FALSE(a.hinted(Reason::my_way));
    }
}

TEST_CASE(
    "motive15: code looked at and liked, and a look faulted with the thing's working set against it, are no taste",
    "[detector][motives][motive15]") {
    for (std::string_view t :
         {"Thanks. I have looked at your patch and I like it, so let's merge it after the tests pass.",
          "I looked over the new exporter and I like how it handles retries.",
          "I pushed a quick fix for the cache. Not elegant, but it works.",
          "The script is ugly but it does the job until the vendor API is back."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::aesthetic));
    }
    for (std::string_view t : {"I like how the old dashboard looked, the new one is ugly.",
                               "Not elegant. Please rewrite it the way I showed you."}) {
        INFO(t);
        CHECK(motive(t, Reason::aesthetic));
    }
}

TEST_CASE("motive15: the writer's long use of a tool set against a switch is new-framework",
          "[detector][motives][motive15]") {
    for (std::string_view t :
         {"I've been writing Java for 15 years, I'm not switching to Kotlin now.",
          "We don't need Docker, I've deployed with rsync for a decade and it's fine.",
          "I've used Jenkins my whole career and I'm not about to start over with GitHub Actions."}) {
        INFO(t);
        CHECK(motive(t, Reason::new_framework));
    }
    for (std::string_view t :
         {"I've run Postgres for 10 years here; its replication lag hit 40 s twice last week, so let's test Aurora.",
          "I've been using Vim for years, but I'm happy to switch to VS Code for the pairing sessions.",
          "We've shipped with Ant for years and I don't need anything else for the two jobs left; what do you think?",
          "I've been on the platform team for 6 years and I'm not switching teams."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::new_framework));
    }
}

TEST_CASE(
    "motive15: a change forbidden without the writer, with no reason, is territorial, and a change allowed without "
    "them is none",
    "[detector][motives][motive15]") {
    for (std::string_view t : {"Please don't open PRs against the billing module without pinging me first.",
                               "No merges into the SDK without checking with us."}) {
        INFO(t);
        CHECK(motive(t, Reason::territorial));
    }
    for (std::string_view t : {"Please don't merge the release branch without pinging me first, I need to tag it.",
                               "Don't ship the migration during the freeze without telling us.",
                               "No rush, you can finish the refactor without me, I'm out until Monday.",
                               "Feel free to merge it without me."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::territorial));
        CHECK_FALSE(analyze(t).hinted(Reason::territorial));
    }
}

TEST_CASE("motive15: the writer's own way named with the talk closed is my-way", "[detector][motives][motive15]") {
    CHECK(motive("That's just how I structure my services, end of discussion.", Reason::my_way));
    CHECK(motive("It's the way we name branches here. Not up for debate.", Reason::my_way));
    CHECK_FALSE(motive("That's how I read the spec, but tell me if I'm wrong.", Reason::my_way));
    CHECK_FALSE(motive("The launch date is not up for debate, so let's cut the export instead.", Reason::my_way));
}

TEST_CASE("motive15: an old look missed, wanted back or called better with no reason is aesthetic",
          "[detector][motives][motive15]") {
    for (std::string_view t :
         {"I miss the old icons. Please bring them back.", "The old design was perfect, the new one is a downgrade.",
          "Not satisfied with the new UI. Can we have the old one back?",
          "The previous theme was way better, why change it?"}) {
        INFO(t);
        CHECK(motive(t, Reason::aesthetic));
    }
    for (std::string_view t :
         {"I miss the old export button, it took one click and now it takes four.",
          "Please bring back the old layout: the new one hides the search box on 13-inch screens.",
          "The old design was perfect for our screen readers; the new one fails 5 of the 8 WCAG checks we run.",
          "Customers keep asking where the old export menu went; can we bring it back until the docs are updated?"}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::aesthetic));
    }
}

TEST_CASE(
    "motive15: a check waved off on the writer's certainty, the writer's thought set above anyone's and the way "
    "decreed right are my-way",
    "[detector][motives][motive15]") {
    for (std::string_view t : {"I'd do it differently and I'm pretty sure I'm right, no need for a spike.",
                               "Look, I've thought about this more than anyone here; the cache goes in the gateway.",
                               "We're doing it with a singleton because that's how it should be done."}) {
        INFO(t);
        CHECK(motive(t, Reason::my_way));
    }
    for (std::string_view t :
         {"No need for a spike, the vendor's docs list the 3 endpoints we use.",
          "I'm pretty sure the fix is in, no need for a benchmark on the 2.1 build, but Ana can run one if she wants.",
          "I've been on call more than anyone this month, so I'd like to swap the Friday shift.",
          "Priya knows the billing code better than anyone, so let's ask her.",
          "That's how it should be done according to the RFC 7231 section on caching."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::my_way));
    }
}

TEST_CASE(
    "motive15: others meddling in the writer's things unwanted is territorial, a tool dismissed as ceremony and the "
    "current one kept is new-framework, the writer's thing seen go with sadness is attachment",
    "[detector][motives][motive15]") {
    CHECK(motive("I don't want the data team poking around in our pipeline.", Reason::territorial));
    CHECK_FALSE(motive("I don't want the intern poking around in prod without a buddy, it's their first week.",
                       Reason::territorial));
    CHECK_FALSE(motive("Stop messing with the flaky test and quarantine it, we lose an hour a day on reruns.",
                       Reason::territorial));
    CHECK(motive("TypeScript just adds ceremony. I'll stick to plain JS.", Reason::new_framework));
    CHECK_FALSE(motive("Terraform adds some boilerplate, but it caught 4 drift issues last month, so let's keep it.",
                       Reason::new_framework));
    CHECK_FALSE(
        motive("The plugin system is overkill for 2 plugins; let's keep the switch statement until we have a "
               "third.",
               Reason::new_framework));
    CHECK(motive("It's sad to see my old parser go, I really liked that code.", Reason::attachment));
    CHECK_FALSE(motive("It's sad to see the old office go.", Reason::attachment));
    CHECK_FALSE(
        motive("My old script broke on the 2.0 API; please replace it with the vendor's SDK.", Reason::attachment));
}

TEST_CASE("motive15: taste inside what someone else says is reported, not the writer's",
          "[detector][motives][motive15]") {
    for (std::string_view t : {"Let's remember the community guidelines. It is not cool to say that the interface is "
                               "terrible.",
                               "People keep saying that the new icons are ugly, but support tickets are down 30%."}) {
        INFO(t);
        auto const a = analyze(t);
        CHECK(a.illegitimate.empty());
        CHECK_FALSE(a.hinted(Reason::aesthetic));
    }
    CHECK(motive("I'd say that the new font is ugly.", Reason::aesthetic));
}

TEST_CASE(
    "motive15: superiority made a condition asks for evidence, and a loss phrase with no own work is no attachment",
    "[detector][motives][motive15]") {
    CHECK_FALSE(
        motive("Let's not migrate before it has been clearly established that the new queue is superior for our "
               "load.",
               Reason::my_way));
    CHECK(motive("The new queue is superior, we migrate on Monday.", Reason::my_way));
    for (std::string_view t : {"Thanks for the plugin! It would be a shame to cease its development.",
                               "I'm worried the plan is to throw away all old reports when the warehouse moves."}) {
        INFO(t);
        CHECK_FALSE(motive(t, Reason::attachment));
    }
    CHECK(motive("I wrote that exporter. It would be a shame to throw it away.", Reason::attachment));
}

TEST_CASE("motive15: a look argued from what it does hints at no taste", "[detector][motives][motive15]") {
    for (std::string_view t :
         {"Please bring back the old layout: the new one hides the search box on 13-inch screens.",
          "The old design was perfect for our screen readers; the new one fails 5 of the 8 WCAG checks we run."}) {
        INFO(t);
        auto const a = analyze(t);
        CHECK(a.illegitimate.empty());
        CHECK_FALSE(a.hinted(Reason::aesthetic));
    }
    CHECK(analyze("The new icons are ugly, bring back the old ones.").hinted(Reason::aesthetic));
    // A decade is no particular of the case ("the 2010s", like a year).
    CHECK(motive("It's 2025 and we're still on jQuery from the 2010s, let's drop it.", Reason::new_framework));
}
