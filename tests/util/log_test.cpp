#include "util/log.hpp"

#include <catch2/catch.hpp>
#include <set>
#include <string>

using pushback::util::new_request_id;

TEST_CASE("request ids are 16 lowercase hex digits and do not repeat", "[log]") {
    std::set<std::string> seen;
    std::set<char> digits;
    for (int i = 0; i < 2000; ++i) {
        auto const id = new_request_id();
        REQUIRE(id.size() == 16);
        for (char const ch : id) {
            REQUIRE(((ch >= '0' && ch <= '9') || (ch >= 'a' && ch <= 'f')));
            digits.insert(ch);
        }
        seen.insert(id);
    }
    CHECK(seen.size() == 2000);
    CHECK(digits.size() == 16);  // every hex digit turns up: no digit of the random number is lost
}
