#include "bot/form.hpp"

#include <catch2/catch.hpp>

using pushback::bot::encode_form;
using pushback::bot::Form;

TEST_CASE("form decoding follows application/x-www-form-urlencoded", "[bot][form]") {
    SECTION("plus is a space and %XX is a byte") {
        auto f = Form::decode("text=I+don%27t+think+we+can+add+SSO&command=%2Fpushback");
        REQUIRE(f);
        CHECK(f->get("text") == "I don't think we can add SSO");
        CHECK(f->get("command") == "/pushback");
    }
    SECTION("a literal plus arrives as %2B") {
        auto f = Form::decode("text=1%2B1");
        REQUIRE(f);
        CHECK(f->get("text") == "1+1");
    }
    SECTION("UTF-8 survives") {
        auto f = Form::decode("text=%E2%80%9Csoon%E2%80%9D");
        REQUIRE(f);
        CHECK(f->get("text") == "\xE2\x80\x9Csoon\xE2\x80\x9D");
    }
    SECTION("repeated keys: the first wins, all are kept") {
        auto f = Form::decode("a=1&a=2&b=3");
        REQUIRE(f);
        CHECK(f->get("a") == "1");
        CHECK(f->all("a") == std::vector<std::string_view>{"1", "2"});
    }
    SECTION("empty values, missing '=' and empty pairs") {
        auto f = Form::decode("text=&flag&&x=1&");
        REQUIRE(f);
        CHECK(f->get("text") == "");
        CHECK(f->get("flag") == "");
        CHECK(f->get("x") == "1");
        CHECK_FALSE(f->get("missing"));
        CHECK(f->pairs().size() == 3);
    }
    SECTION("an empty body is an empty form") {
        auto f = Form::decode("");
        REQUIRE(f);
        CHECK(f->pairs().empty());
    }
    SECTION("malformed escapes are errors, with the position") {
        for (auto bad : {"text=%", "text=%4", "text=%G1", "text=abc%zz", "%=1"}) {
            CAPTURE(bad);
            auto f = Form::decode(bad);
            REQUIRE_FALSE(f);
            CHECK(f.error().message.find("escape") != std::string::npos);
        }
    }
    SECTION("NUL bytes decode without truncating") {
        auto f = Form::decode("text=a%00b");
        REQUIRE(f);
        CHECK(f->get("text")->size() == 3);
    }
}

TEST_CASE("encode_form round-trips through decode", "[bot][form]") {
    std::vector<std::pair<std::string, std::string>> pairs{
        {"text", "Can we do this faster? 50% & <@U123> “soon”"}, {"empty", ""}, {"k y", "a=b&c"}};
    auto f = Form::decode(encode_form(pairs));
    REQUIRE(f);
    CHECK(f->pairs() == pairs);
}
