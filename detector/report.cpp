#include "detector/report.hpp"

#include <algorithm>
#include <array>
#include <cstdio>

#include "util/utf8.hpp"

namespace pushback::detector {
namespace {

std::string piece(std::string_view text, Range r) {
    auto const b = std::min<std::size_t>(r.start, text.size());
    auto const e = std::min<std::size_t>(std::max<std::size_t>(r.end, b), text.size());
    return util::repair_utf8(text.substr(b, e - b));
}

}  // namespace

bool listed_as_particular(Specific const& s, std::string_view text) {
    if (s.kind != SpecificKind::name || s.range.end > text.size() || s.range.start >= s.range.end) return true;
    auto const w = text.substr(s.range.start, s.range.end - s.range.start);
    // One word of lower-case letters ("page", "log", "e-mail"): a thing every system has. A name is written
    // with a capital, a digit or a mark of code ("Stripe", "S3", "user_events", "pg_cron").
    return !std::all_of(w.begin(), w.end(), [](char ch) { return (ch >= 'a' && ch <= 'z') || ch == '-'; });
}

std::string render_report(Analysis const& a, std::string_view text, std::string_view verdict, bool scored) {
    // The draft on one line, each vague span shown as [words]{category}.
    std::string draft;
    std::size_t at = 0;
    for (auto const& s : a.spans) {
        if (s.range.start < at || s.range.end > text.size()) continue;
        draft += util::repair_utf8(text.substr(at, s.range.start - at));
        draft += "[" + piece(text, s.range) + "]{" + std::string(id(s.category)) + "}";
        at = s.range.end;
    }
    if (at < text.size()) draft += util::repair_utf8(text.substr(at));
    std::replace(draft.begin(), draft.end(), '\n', ' ');

    std::string out;
    std::array<char, 64> buf{};
    std::snprintf(buf.data(), buf.size(), "%.2f", a.score);
    if (verdict.empty())
        out += std::string(a.vague ? "VAGUE" : "SPECIFIC") + "  (score " + buf.data() + ", 0 = specific, 1 = vague)\n";
    else if (scored)
        out += std::string(verdict) + "  (vagueness " + buf.data() + ", 0 = specific, 1 = vague)\n";
    else
        out += std::string(verdict) + "\n";
    out += "kind: " + std::string(id(a.kind));
    if (a.topic) out += "   topic: " + piece(text, *a.topic);
    out += "\n\ndraft:\n  " + draft + "\n";

    out += "\nvague spans:";
    if (a.spans.empty()) out += " none";
    out += "\n";
    for (auto const& s : a.spans) out += "  " + std::string(id(s.category)) + ": \"" + piece(text, s.range) + "\"\n";
    out += "specifics:";
    auto const listed = std::count_if(a.specifics.begin(), a.specifics.end(),
                                      [&](Specific const& s) { return listed_as_particular(s, text); });
    if (listed == 0) out += " none (name a number, a date, an event or a consequence)";
    out += "\n";
    for (auto const& s : a.specifics)
        if (listed_as_particular(s, text))
            out += "  " + std::string(id(s.kind)) + ": \"" + piece(text, s.range) + "\"\n";

    auto const tick = [](bool b) { return b ? "[x]" : "[ ]"; };
    out += "\nSBI:\n";
    out += std::string("  ") + tick(a.sbi.situation) + " situation (when/where)\n";
    out += std::string("  ") + tick(a.sbi.behavior) + " behavior (an observable action or fact)\n";
    out += std::string("  ") + tick(a.sbi.impact) + " impact (a concrete consequence)\n";

    auto const list = [&](char const* title, auto const& ids) {
        out += title;
        if (ids.empty()) out += " none";
        for (std::size_t i = 0; i < ids.size(); ++i) out += (i ? ", " : " ") + std::string(id(ids[i]));
        out += "\n";
    };
    out += "\n";
    list("legitimate reasons:", a.legitimate);
    list("illegitimate reasons:", a.illegitimate);
    list("trust-destroying patterns:", a.patterns);
    list("red flags:", a.red_flags);
    out += std::string("offers an alternative: ") + (a.offers_alternative ? "yes" : "no") + "\n";
    return out;
}

}  // namespace pushback::detector
