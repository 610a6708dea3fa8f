// Loading the template files: the built-in set, every validation error naming its file and
// problem, and overrides by id.

#include "support.hpp"

using namespace pushback;
using test_support::TempDir;

namespace {

std::string one_template(std::string const& id, std::string const& body) {
    return "[[template]]\nid = \"" + id + "\"\n" + body;
}

std::string const good_body = R"(family = "team"
title = "Team phrasing"
priority = 50
text = "About {{topic}}: {{impact}}."
)";

// Loads the built-in set plus an override directory holding `files`.
std::expected<templates::Library, templates::LoadError> load_with(
    std::vector<std::pair<std::string, std::string>> const& files, TempDir const& dir) {
    for (auto const& [name, content] : files) dir.write(name, content);
    return templates::Library::load_builtin(dir.str());
}

void expect_error(std::vector<std::pair<std::string, std::string>> const& files, std::string const& bad_file,
                  std::vector<std::string> const& problem_parts) {
    TempDir dir;
    auto const lib = load_with(files, dir);
    REQUIRE_FALSE(lib.has_value());
    INFO(lib.error().message());
    CHECK(lib.error().file == (std::filesystem::path(dir.str()) / bad_file).string());
    for (auto const& part : problem_parts) CHECK_THAT(lib.error().problem, Catch::Contains(part));
    CHECK_THAT(lib.error().message(), Catch::StartsWith(lib.error().file + ": "));
}

}  // namespace

TEST_CASE("the built-in set loads with every family the seeds describe", "[templates]") {
    auto const& lib = test_support::builtin();
    CHECK(lib.size() >= 29);
    auto const ids = lib.ids();
    CHECK(std::is_sorted(ids.begin(), ids.end()));
    std::set<std::string> families;
    for (auto const& id : ids) {
        auto const r = lib.render(id, {}, "", templates::Perspective::own_draft);
        REQUIRE(r.has_value());
        families.insert(r->family);
    }
    for (std::string f : {"premise", "risks", "two-paths", "dissent", "constraint", "sbi", "options",
                          "counter-proposal", "numbers", "trust", "self-check", "clarify"}) {
        INFO(f);
        CHECK(families.contains(f));
    }
    // A trust-building reply and rewrite for each PM pattern, a self-check for each illegitimate reason.
    for (std::string p : {"faster-please", "why-so-long", "last-company", "simple-version", "one-more-thing"}) {
        CHECK(std::count(ids.begin(), ids.end(), "trust-" + p + "-reply") == 1);
        CHECK(std::count(ids.begin(), ids.end(), "trust-" + p + "-rewrite") == 1);
    }
    for (std::string r : {"new-framework", "aesthetic", "territorial", "my-way", "attachment"})
        CHECK(std::count(ids.begin(), ids.end(), "self-check-" + r) == 1);
    CHECK_FALSE(lib.render("no-such-template", {}, "", templates::Perspective::own_draft).has_value());
}

TEST_CASE("loading the source directory gives the same set as the embedded one", "[templates]") {
    auto const from_dir = templates::Library::load(PUSHBACK_TEMPLATES_DIR);
    REQUIRE(from_dir.has_value());
    auto const& embedded = test_support::builtin();
    CHECK(from_dir->ids() == embedded.ids());
    CHECK(from_dir->help() == embedded.help());
    std::string const text = "We can't ship the export by Friday.";
    detector::Analysis a;
    a.legitimate = {detector::Reason::scope_timeline};
    auto const x = from_dir->reframe(a, text, templates::Perspective::own_draft);
    auto const y = embedded.reframe(a, text, templates::Perspective::own_draft);
    REQUIRE(x.size() == y.size());
    for (std::size_t i = 0; i < x.size(); ++i) CHECK(x[i].text == y[i].text);
}

TEST_CASE("an unknown slot names the file, the template and the slot", "[templates]") {
    expect_error({{"team.toml", one_template("team-budget", R"(family = "team"
title = "Budget"
priority = 10
text = "We have {{budget}} left for {{topic}}."
)")}},
                 "team.toml", {"template 'team-budget'", "unknown slot {{budget}}"});
}

TEST_CASE("an unknown section flag, a partial or a delimiter change is refused", "[templates]") {
    expect_error({{"a.toml", one_template("team-a",
                                          "family = \"t\"\ntitle = \"T\"\npriority = 1\n"
                                          "text = \"{{#has_budget}}x{{/has_budget}} {{topic}}\"\n")}},
                 "a.toml", {"unknown flag {{#has_budget}}"});
    expect_error({{"b.toml", one_template("team-b",
                                          "family = \"t\"\ntitle = \"T\"\npriority = 1\n"
                                          "text = \"{{>other}} {{topic}}\"\n")}},
                 "b.toml", {"partials"});
    expect_error({{"c.toml", one_template("team-c",
                                          "family = \"t\"\ntitle = \"T\"\npriority = 1\n"
                                          "text = \"{{=<% %>=}} <%topic%>\"\n")}},
                 "c.toml", {"delimiters"});
    expect_error({{"d.toml", one_template("team-d",
                                          "family = \"t\"\ntitle = \"T\"\npriority = 1\n"
                                          "text = \"{{#own_draft}} {{topic}}\"\n")}},
                 "d.toml", {"invalid Mustache"});
    expect_error({{"e.toml", one_template("team-e",
                                          "family = \"t\"\ntitle = \"About {{topic}}\"\npriority = 1\n"
                                          "text = \"{{topic}}\"\n")}},
                 "e.toml", {"title", "unknown slot {{topic}}"});
}

TEST_CASE("a missing field names the file, the template and the field", "[templates]") {
    expect_error({{"t.toml", one_template("team-x", "family = \"t\"\ntitle = \"T\"\npriority = 1\n")}}, "t.toml",
                 {"template 'team-x'", "missing field 'text'"});
    expect_error({{"t.toml", one_template("team-x", "family = \"t\"\ntitle = \"T\"\ntext = \"{{topic}}\"\n")}},
                 "t.toml", {"missing field 'priority'"});
    expect_error({{"t.toml", "[[template]]\nfamily = \"t\"\ntitle = \"T\"\npriority = 1\ntext = \"x\"\n"}}, "t.toml",
                 {"template #1", "missing field 'id'"});
    expect_error({{"t.toml", one_template("team-x", "family = \"t\"\ntitle = \"  \"\npriority = 1\ntext = \"x\"\n")}},
                 "t.toml", {"field 'title' is empty"});
}

TEST_CASE("a misspelled field or a bad value is refused", "[templates]") {
    expect_error({{"t.toml", one_template("team-x", good_body + "prority = 3\n")}}, "t.toml",
                 {"unknown field 'prority'"});
    expect_error({{"t.toml", one_template("Team X", good_body)}}, "t.toml", {"lower-case words"});
    expect_error({{"t.toml", one_template("team-x", "family = \"t\"\ntitle = \"T\"\npriority = 5000\ntext = \"x\"\n")}},
                 "t.toml", {"priority must be a whole number"});
    expect_error({{"t.toml", one_template("team-x", good_body + "[template.when]\nperspective = \"mine\"\n")}},
                 "t.toml", {"when.perspective"});
    expect_error({{"t.toml", one_template("team-x", good_body + "[template.when]\nreason = [\"estimate\"]\n")}},
                 "t.toml", {"unknown field 'reason'"});
    expect_error({{"t.toml", "[[templates]]\nid = \"x\"\n"}}, "t.toml", {"unknown top-level key 'templates'"});
}

TEST_CASE("a bad condition id names the file, the template and the id", "[templates]") {
    expect_error({{"t.toml", one_template("team-x", good_body + "[template.when]\nreasons = [\"estimat\"]\n")}},
                 "t.toml", {"template 'team-x'", "unknown id 'estimat' in when.reasons"});
    expect_error({{"t.toml", one_template("team-x", good_body + "[template.when]\npatterns = [\"be-faster\"]\n")}},
                 "t.toml", {"unknown id 'be-faster' in when.patterns"});
    expect_error({{"t.toml", one_template("team-x", good_body + "[template.when]\nkinds = [\"rant\"]\n")}}, "t.toml",
                 {"unknown id 'rant' in when.kinds"});
    expect_error({{"t.toml", one_template("team-x", good_body + "[template.when]\nmissing = [\"mood\"]\n")}}, "t.toml",
                 {"unknown id 'mood' in when.missing"});
    expect_error({{"t.toml", one_template("team-x", good_body + "[template.when]\nreasons = \"estimate\"\n")}},
                 "t.toml", {"when.reasons must be a list"});
}

TEST_CASE("a duplicate id names the file and where the first one is", "[templates]") {
    // Across two files of the same set: the second file (by name) is at fault.
    TempDir dir;
    auto const first = dir.write("a.toml", one_template("team-x", good_body));
    dir.write("b.toml", one_template("team-x", good_body));
    auto const lib = templates::Library::load_builtin(dir.str());
    REQUIRE_FALSE(lib.has_value());
    CHECK(lib.error().file == (std::filesystem::path(dir.str()) / "b.toml").string());
    CHECK_THAT(lib.error().problem, Catch::Contains("duplicate id 'team-x'") && Catch::Contains(first));

    // Within one file.
    expect_error({{"c.toml", one_template("team-y", good_body) + one_template("team-y", good_body)}}, "c.toml",
                 {"duplicate id 'team-y'"});
    // Within the built-in directory itself.
    TempDir builtin;
    for (auto const& e : std::filesystem::directory_iterator(PUSHBACK_TEMPLATES_DIR))
        std::filesystem::copy_file(e.path(), std::filesystem::path(builtin.str()) / e.path().filename());
    builtin.write("zz_copy.toml", one_template("sbi-rewrite", good_body));
    auto const dup = templates::Library::load(builtin.str());
    REQUIRE_FALSE(dup.has_value());
    CHECK_THAT(dup.error().file, Catch::EndsWith("zz_copy.toml"));
    CHECK_THAT(dup.error().problem, Catch::Contains("duplicate id 'sbi-rewrite'") && Catch::Contains("sbi.toml"));
}

TEST_CASE("invalid TOML names the file and the line", "[templates]") {
    expect_error({{"t.toml", "[[template]]\nid = \"team-x\"\ntitle = \"unterminated\n"}}, "t.toml",
                 {"line 3", "invalid TOML"});
}

TEST_CASE("a text that can outgrow Slack's section limit is refused at load", "[templates]") {
    std::string big(2600, 'x');
    expect_error({{"t.toml", one_template("team-x", "family = \"t\"\ntitle = \"T\"\npriority = 1\ntext = \"" + big +
                                                        " {{draft}}\"\n")}},
                 "t.toml", {"text can reach", "2900"});
}

TEST_CASE("prompts must be visible and in brackets", "[templates]") {
    expect_error({{"p.toml", "[prompts]\nimpact = \"\"\n"}}, "p.toml", {"impact", "in brackets"});
    expect_error({{"p.toml", "[prompts]\nmood = \"[how do you feel?]\"\n"}}, "p.toml", {"unknown slot 'mood'"});
    expect_error({{"p.toml", "[prompts]\nimpact = \"[cost {{x}}]\"\n"}}, "p.toml", {"plain text"});
}

TEST_CASE("guides are checked too", "[templates]") {
    expect_error({{"g.toml", "[[guide]]\nid = \"ladder\"\ntext = \"x\"\n"}}, "g.toml",
                 {"guide 'ladder': unknown guide"});
    expect_error({{"g.toml", "[[guide]]\nid = \"help\"\ntext = \"Hi {{with_whom}}\"\n"}}, "g.toml",
                 {"guide 'help'", "unknown slot {{with_whom}}"});
    expect_error({{"g.toml", "[[guide]]\nid = \"followup-summary\"\ntext = \"Hi {{who}}\"\n"}}, "g.toml",
                 {"unknown slot {{who}}"});
}

TEST_CASE("a missing or empty override directory stops the load", "[templates]") {
    auto const missing = templates::Library::load_builtin("/nonexistent/pushback-templates");
    REQUIRE_FALSE(missing.has_value());
    CHECK(missing.error().file == "/nonexistent/pushback-templates");
    TempDir empty;
    auto const none = templates::Library::load_builtin(empty.str());
    REQUIRE_FALSE(none.has_value());
    CHECK_THAT(none.error().problem, Catch::Contains("no *.toml"));
}

TEST_CASE("a built-in directory without the required guides or prompts is refused", "[templates]") {
    TempDir dir;
    dir.write("only.toml", one_template("a-one", good_body) + one_template("a-two", good_body));
    auto const lib = templates::Library::load(dir.str());
    REQUIRE_FALSE(lib.has_value());
    CHECK_THAT(lib.error().problem, Catch::Contains("no guide"));
}

TEST_CASE("an override replaces a template by id and adds new ones", "[templates]") {
    TempDir dir;
    dir.write("team.toml", R"(
[[template]]
id = "sbi-rewrite"
family = "sbi"
title = "Our team's SBI"
priority = 80
text = "Team version: in {{situation}}, {{topic}} cost us {{impact}}."
[template.when]
missing = ["situation", "behavior", "impact"]
perspective = "own_draft"

[[template]]
id = "team-budget-check"
family = "budget"
title = "Check it against the quarter's budget"
priority = 99
ammunition = true
text = "Does {{topic}} fit the quarter's budget? What it costs: {{impact}}."
[template.when]
reasons = ["estimate"]
)");
    auto const lib = templates::Library::load_builtin(dir.str());
    REQUIRE(lib.has_value());
    CHECK(lib->size() == test_support::builtin().size() + 1);

    std::string const text = "I don't think we can add SSO";
    detector::Analysis a;
    a.vague = true;
    a.topic = test_support::range_of(text, "SSO");
    auto const sbi = lib->render("sbi-rewrite", a, text, templates::Perspective::own_draft);
    REQUIRE(sbi.has_value());
    CHECK(sbi->title == "Our team's SBI");
    CHECK_THAT(sbi->text, Catch::StartsWith("Team version: in [when and where did this happen?"));
    CHECK_THAT(sbi->text, Catch::Contains("SSO cost us [what does it cost: days, users, dollars?]."));

    a.legitimate = {detector::Reason::estimate};
    auto const out = lib->reframe(a, text, templates::Perspective::own_draft);
    REQUIRE_FALSE(out.empty());
    CHECK(out.front().template_id == "team-budget-check");  // priority 99 beats numbers-estimate's 95
    // The built-in set itself is untouched.
    CHECK(test_support::builtin().render("sbi-rewrite", a, text, templates::Perspective::own_draft)->title !=
          "Our team's SBI");
}

TEST_CASE("an override can change a prompt and a guide", "[templates]") {
    TempDir dir;
    dir.write("team.toml",
              "[prompts]\nimpact = \"[the cost in sprints]\"\n\n[[guide]]\nid = \"help\"\n"
              "text = \"Ask in #eng-leads & see the wiki\"\n");
    auto const lib = templates::Library::load_builtin(dir.str());
    REQUIRE(lib.has_value());
    CHECK(lib->help() == "Ask in #eng-leads &amp; see the wiki");
    std::string const text = "no";
    auto const r = lib->render("sbi-rewrite", {}, text, templates::Perspective::own_draft);
    CHECK_THAT(r->text, Catch::Contains("the impact is [the cost in sprints]."));
}

TEST_CASE("an error names the line: the TOML error's, or the table at fault", "[templates]") {
    TempDir dir;
    auto const broken =
        load_with({{"team.toml", "# a comment\n[[guide]]\nid = \"help\"\ntext = \"\"\"never closed\n"}}, dir);
    REQUIRE_FALSE(broken.has_value());
    CHECK(broken.error().line >= 4);
    CHECK_THAT(broken.error().problem, Catch::Contains("line " + std::to_string(broken.error().line)));

    TempDir other;
    auto const unknown_slot =
        load_with({{"team.toml", "# a comment\n\n" + one_template("team-budget", R"(family = "team"
title = "Budget"
priority = 10
text = "We have {{budget}} left."
)")}},
                  other);
    REQUIRE_FALSE(unknown_slot.has_value());
    CHECK(unknown_slot.error().line == 3);  // the [[template]] line
}
