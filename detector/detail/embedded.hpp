#pragma once
// The lexicon and model files under detector/lexicon/ and detector/model/, compiled into the library by
// cmake/embed.cmake.

#include <span>
#include <string_view>
#include <utility>

namespace pushback::embedded {
// {file name, content}, sorted by file name.
std::span<std::pair<std::string_view, std::string_view> const> lexicon();
// The learned models under detector/model/ (kind.tsv, vague.tsv).
std::span<std::pair<std::string_view, std::string_view> const> model();
}  // namespace pushback::embedded
