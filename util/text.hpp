#pragma once
// Small text helpers shared by every layer.

#include <string_view>

namespace pushback::util {

// `s` without leading and trailing spaces, tabs, carriage returns and newlines.
constexpr std::string_view trim(std::string_view s) {
    constexpr std::string_view blanks = " \t\r\n";
    auto const first = s.find_first_not_of(blanks);
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(blanks) - first + 1);
}

}  // namespace pushback::util
