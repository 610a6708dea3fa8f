// Fuzzes bot::Form::decode, the first parser every slash command and interactivity body meets.
// Properties: it accepts exactly the bodies whose %-escapes are all complete and hex; what it decodes
// survives encode_form and decode unchanged; get() is the first pair with the key and all() every one.

#include <cstdint>
#include <string>
#include <string_view>

#include "bot/form.hpp"
#include "tests/fuzz/fuzz_check.hpp"

namespace {

bool is_hex(char c) { return (c >= '0' && c <= '9') || (c >= 'a' && c <= 'f') || (c >= 'A' && c <= 'F'); }

bool escapes_well_formed(std::string_view body) {
    for (std::size_t i = 0; i < body.size(); ++i) {
        if (body[i] != '%') continue;
        if (i + 2 >= body.size() || !is_hex(body[i + 1]) || !is_hex(body[i + 2])) return false;
        i += 2;
    }
    return true;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(uint8_t const* data, size_t size) {
    std::string_view const body(reinterpret_cast<char const*>(data), size);
    auto form = pushback::bot::Form::decode(body);
    // A '%' escape cannot span a '&' or '=', so checking the whole body is the same as checking each part.
    FUZZ_CHECK(form.has_value() == escapes_well_formed(body));
    if (!form) {
        FUZZ_CHECK(!form.error().message.empty());
        return 0;
    }

    auto const& pairs = form->pairs();
    std::size_t non_empty_parts = 0;
    for (std::size_t pos = 0; pos <= body.size();) {
        auto const amp = body.find('&', pos);
        auto const end = amp == std::string_view::npos ? body.size() : amp;
        if (end > pos) ++non_empty_parts;
        if (amp == std::string_view::npos) break;
        pos = amp + 1;
    }
    FUZZ_CHECK(pairs.size() == non_empty_parts);

    auto const again = pushback::bot::Form::decode(pushback::bot::encode_form(pairs));
    FUZZ_CHECK(again.has_value());
    FUZZ_CHECK(again->pairs() == pairs);

    for (auto const& [key, value] : pairs) {
        auto const got = form->get(key);
        FUZZ_CHECK(got.has_value());
        std::string_view first;
        std::size_t count = 0;
        for (auto const& [k, v] : pairs) {
            if (k != key) continue;
            if (count++ == 0) first = v;
        }
        FUZZ_CHECK(*got == first);
        FUZZ_CHECK(form->all(key).size() == count);
        FUZZ_CHECK(form->get_or(key, "\x01missing") == first);
    }
    return 0;
}
