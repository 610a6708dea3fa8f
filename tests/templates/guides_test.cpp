// The fixed guides (/pushback help, ladder, checklist) and the drafted 1:1 follow-up summary.

#include "support.hpp"
#include "util/mrkdwn.hpp"

using namespace pushback;
using test_support::builtin;

TEST_CASE("help lists every subcommand, escaped for Slack", "[templates]") {
    auto const help = builtin().help();
    for (std::string cmd :
         {"`/pushback &lt;your draft&gt;`", "`/pushback help`", "`/pushback ladder`", "`/pushback checklist`",
          "`/pushback commit &lt;decision&gt; [revisit &lt;when&gt;]`", "`/pushback log [words]`",
          "`/pushback export [md|csv|json]`", "`/pushback share &lt;n&gt;`", "`/pushback decisions [words]`",
          "`/pushback followup @person [when]`"}) {
        INFO(cmd);
        CHECK_THAT(help, Catch::Contains(cmd));
    }
    CHECK(help.find('<') == std::string::npos);  // no accidental Slack link or mention syntax
    CHECK(help.size() <= templates::max_text_size);
}

TEST_CASE("the escalation ladder has four levels in order and warns against skipping", "[templates]") {
    auto const ladder = builtin().escalation_ladder();
    auto const l1 = ladder.find("*1. A 1:1 with the PM.*");
    auto const l2 = ladder.find("*2. ");
    auto const l3 = ladder.find("*3. Your tech lead or EM.*");
    auto const l4 = ladder.find("*4. Leadership or skip-level.*");
    REQUIRE(l1 != std::string::npos);
    REQUIRE(l2 != std::string::npos);
    REQUIRE(l3 != std::string::npos);
    REQUIRE(l4 != std::string::npos);
    CHECK(l1 < l2);
    CHECK(l2 < l3);
    CHECK(l3 < l4);
    CHECK_THAT(ladder, Catch::Contains("Don't skip rungs"));
    CHECK_THAT(ladder, Catch::Contains("have I really done 1, 2 and 3?"));
    CHECK(ladder.size() <= templates::max_text_size);
}

TEST_CASE("the decision checklist asks the five questions", "[templates]") {
    auto const list = builtin().decision_checklist();
    for (std::string q : {"1. *Does it materially change the outcome*", "2. *Do I have evidence*",
                          "3. *Is it worth the goodwill", "4. *Do I have an alternative to offer?*",
                          "5. *Am I pushing back because I'm right, or because I'm uncomfortable*"}) {
        INFO(q);
        CHECK_THAT(list, Catch::Contains(q));
    }
    CHECK_THAT(list, Catch::Contains("/pushback &lt;your draft&gt;"));
}

TEST_CASE("a follow-up summary fills what it is given and prompts for the rest", "[templates]") {
    templates::SummaryInput in;
    in.with_whom = "<@U123ABC>";
    in.raised = "The SSO scope  pushes   launch past the sales conference.";
    in.decision = "Ship SSO in v2; v1 keeps password login.";
    auto const text = builtin().followup_summary(in);
    CHECK(text ==
          "Hi <@U123ABC>, thanks for the time today. Writing down what we covered so we're on the same page:\n"
          "• What I raised: The SSO scope pushes launch past the sales conference.\n"
          "• Options we discussed: [the options you discussed and their trade-offs]\n"
          "• Decision: Ship SSO in v2; v1 keeps password login.\n"
          "• Next steps: [who does what, by when]\n"
          "If I've got anything wrong or missed something, reply here and I'll update it.");
}

TEST_CASE("a follow-up summary with nothing but prompts, or huge hostile inputs, stays sane", "[templates]") {
    auto const empty = builtin().followup_summary({});
    CHECK_THAT(empty, Catch::StartsWith("Hi [who you met], thanks"));
    CHECK_THAT(empty, Catch::Contains("• What I raised: [what you raised, in a sentence or two]"));
    CHECK_THAT(empty, Catch::Contains("• Decision: [what was decided, and by whom]"));

    std::string huge;
    for (int i = 0; i < 2000; ++i) huge += "{{raised}} <&> ";
    templates::SummaryInput in{huge, huge, huge, huge, huge};
    auto const text = builtin().followup_summary(in);
    CHECK(pushback::util::mrkdwn_escape(text).size() <= templates::max_text_size);
    CHECK_THAT(text, Catch::Contains("• What I raised: {{raised}} <&> {{raised}}"));  // literal, not re-rendered
    CHECK(text.find("…") != std::string::npos);
    CHECK(text.find("  ") == std::string::npos);
}
