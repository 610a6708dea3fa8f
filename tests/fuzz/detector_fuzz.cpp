// Fuzzes detector::analyze and to_json on arbitrary bytes (drafts are user text: any length, any bytes).
// Properties: every span, specific and topic lies within the input, and on code point boundaries when the
// input is UTF-8; the score is in [0, 1]; the analysis is deterministic; to_json is valid JSON whose
// offsets are the analysis's.

#include <boost/json.hpp>
#include <cmath>
#include <cstdint>
#include <string_view>

#include "detector/analysis.hpp"
#include "tests/fuzz/fuzz_check.hpp"

namespace {

using namespace pushback;

void check_range(detector::Range r, std::string_view text, bool utf8) {
    FUZZ_CHECK(r.start <= r.end);
    FUZZ_CHECK(r.end <= text.size());
    if (utf8) {
        FUZZ_CHECK(fuzz::on_boundary(text, r.start));
        FUZZ_CHECK(fuzz::on_boundary(text, r.end));
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(uint8_t const* data, size_t size) {
    std::string_view const text(reinterpret_cast<char const*>(data), size);
    bool const utf8 = fuzz::valid_utf8(text);
    auto const a = detector::analyze(text);

    FUZZ_CHECK(std::isfinite(a.score) && a.score >= 0.0 && a.score <= 1.0);
    for (auto const& s : a.spans) {
        check_range(s.range, text, utf8);
        FUZZ_CHECK(!s.range.empty());
    }
    for (auto const& s : a.specifics) {
        check_range(s.range, text, utf8);
        FUZZ_CHECK(!s.range.empty());
    }
    if (a.topic) check_range(*a.topic, text, utf8);
    for (auto r : a.legitimate) FUZZ_CHECK(detector::is_legitimate(r));
    for (auto r : a.illegitimate) FUZZ_CHECK(!detector::is_legitimate(r));

    auto const json_text = detector::to_json(a, text);
    FUZZ_CHECK(detector::to_json(detector::analyze(text), text) == json_text);
    boost::system::error_code ec;
    auto const v = boost::json::parse(json_text, ec);
    FUZZ_CHECK(!ec);
    FUZZ_CHECK(v.is_object());
    auto const& o = v.get_object();
    FUZZ_CHECK(o.at("vague").as_bool() == a.vague);
    auto const& spans = o.at("spans").as_array();
    FUZZ_CHECK(spans.size() == a.spans.size());
    for (std::size_t i = 0; i < spans.size(); ++i) {
        auto const& s = spans[i].as_object();
        FUZZ_CHECK(s.at("start").to_number<std::uint64_t>() == a.spans[i].range.start);
        FUZZ_CHECK(s.at("end").to_number<std::uint64_t>() == a.spans[i].range.end);
        if (utf8) FUZZ_CHECK(s.at("text").as_string() == a.spans[i].range.in(text));
    }
    FUZZ_CHECK(o.at("specifics").as_array().size() == a.specifics.size());
    return 0;
}
