// Fuzzes the phrasing templates with hostile slot values: the reframer on arbitrary text (its slots are
// cut from that text: topic, quotes, dates, numbers) and the follow-up summary with fuzzed fields.
// Input: byte 0 picks the perspective and a template for render(); the rest is the text, which is also
// split on 0x1F into the five summary fields. Properties: two to four reframings; nothing Mustache-like
// survives from a template ("{{" only when the user typed '{'); every text and title is valid UTF-8 and
// within Slack's limits after escaping; the same input gives the same output.

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "detector/analysis.hpp"
#include "templates/library.hpp"
#include "tests/fuzz/fuzz_check.hpp"
#include "util/mrkdwn.hpp"

namespace {

using namespace pushback;

templates::Library const& library() {
    static auto const* lib = [] {
        auto l = templates::Library::load_builtin();
        if (!l) {
            std::fprintf(stderr, "templates: %s\n", l.error().message().c_str());
            std::abort();
        }
        return new templates::Library(std::move(*l));
    }();
    return *lib;
}

void check_text(std::string_view out, std::string_view input, std::size_t limit) {
    FUZZ_CHECK(fuzz::valid_utf8(out));
    FUZZ_CHECK(pushback::util::mrkdwn_escape(out).size() <= limit);
    if (input.find('{') == std::string_view::npos) FUZZ_CHECK(out.find("{{") == std::string_view::npos);
    if (input.find('}') == std::string_view::npos) FUZZ_CHECK(out.find("}}") == std::string_view::npos);
}

void check_reframing(templates::Reframing const& r, std::string_view input) {
    FUZZ_CHECK(!r.template_id.empty());
    FUZZ_CHECK(!r.text.empty());
    check_text(r.text, input, templates::max_text_size);
    check_text(r.title, input, templates::max_title_size);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(uint8_t const* data, size_t size) {
    if (size == 0) return 0;
    auto const& lib = library();
    auto const perspective = (data[0] & 1) ? templates::Perspective::reply_to_other : templates::Perspective::own_draft;
    std::string_view const text(reinterpret_cast<char const*>(data + 1), size - 1);

    auto const analysis = detector::analyze(text);
    auto const out = lib.reframe(analysis, text, perspective);
    FUZZ_CHECK(out.size() >= 2 && out.size() <= 4);
    for (auto const& r : out) check_reframing(r, text);
    auto const again = lib.reframe(analysis, text, perspective);
    FUZZ_CHECK(again.size() == out.size());
    for (std::size_t i = 0; i < out.size(); ++i) FUZZ_CHECK(again[i].text == out[i].text);

    static auto const ids = lib.ids();
    auto const one = lib.render(ids[(data[0] >> 1) % ids.size()], analysis, text, perspective);
    FUZZ_CHECK(one.has_value());
    check_reframing(*one, text);

    std::vector<std::string> fields(5);
    std::size_t f = 0;
    for (char c : text) {
        if (c == '\x1f' && f + 1 < fields.size()) {
            ++f;
        } else {
            fields[f] += c;
        }
    }
    templates::SummaryInput in{fields[0], fields[1], fields[2], fields[3], fields[4]};
    auto const summary = lib.followup_summary(in);
    FUZZ_CHECK(!summary.empty());
    check_text(summary, text, templates::max_text_size);
    FUZZ_CHECK(lib.followup_summary(in) == summary);
    // A short plain word given as a field is shown as typed.
    for (auto const& field : fields) {
        bool plain = !field.empty() && field.size() <= 40;
        for (char c : field) plain = plain && ((c >= 'a' && c <= 'z') || (c >= '0' && c <= '9'));
        if (plain) FUZZ_CHECK(summary.find(field) != std::string::npos);
    }
    return 0;
}
