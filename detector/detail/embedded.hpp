#pragma once
// The lexicon files under detector/lexicon/, compiled into the library by cmake/embed.cmake.

#include <span>
#include <string_view>
#include <utility>

namespace pushback::embedded {
// {file name, content}, sorted by file name.
std::span<std::pair<std::string_view, std::string_view> const> lexicon();
}  // namespace pushback::embedded
