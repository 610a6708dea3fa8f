#pragma once
// Makes a byte string safe to put in JSON or on a terminal: invalid UTF-8 becomes U+FFFD.

#include <string>
#include <string_view>

namespace pushback::detector::detail {
std::string valid_utf8(std::string_view bytes);
}
