#pragma once
// The built-in phrasing files (templates/phrasings/*.toml), compiled into the program by
// cmake/embed.cmake: {file name, content} pairs sorted by name.

#include <span>
#include <string_view>
#include <utility>

namespace pushback::embedded {
std::span<std::pair<std::string_view, std::string_view> const> phrasings();
}  // namespace pushback::embedded
