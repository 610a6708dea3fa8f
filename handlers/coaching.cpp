#include "handlers/coaching.hpp"

#include <algorithm>

#include "bot/blocks.hpp"

namespace pushback::handlers {
namespace json = boost::json;
using namespace detector;

std::string human(VagueCategory c) {
    switch (c) {
        case VagueCategory::hedge:
            return "hedge";
        case VagueCategory::vague_time:
            return "undefined time";
        case VagueCategory::vague_quantity:
            return "unquantified amount";
        case VagueCategory::vague_scope:
            return "undefined scope";
        case VagueCategory::intensifier:
            return "intensifier";
        case VagueCategory::weasel:
            return "weasel words";
        case VagueCategory::hyperbole:
            return "hyperbole";
        case VagueCategory::unexplained_pressure:
            return "unexplained pressure";
    }
    return std::string(id(c));
}

std::string marked_draft(Analysis const& a, std::string_view text) {
    std::vector<Span> spans = a.spans;
    std::sort(spans.begin(), spans.end(), [](Span const& x, Span const& y) { return x.range.start < y.range.start; });
    std::string marked;
    marked.reserve(text.size() + 64);
    std::size_t pos = 0;
    for (auto const& s : spans) {
        if (s.range.start < pos || s.range.end > text.size() || s.range.empty()) continue;  // overlaps: keep the first
        bot::blocks::escape_into(marked, text.substr(pos, s.range.start - pos));
        auto const piece = s.range.in(text);
        // Bold needs no '*' inside and no surrounding spaces to render.
        bool const bold = piece.find('*') == std::string_view::npos && piece.front() != ' ' && piece.back() != ' ';
        if (bold) marked += '*';
        bot::blocks::escape_into(marked, piece);
        if (bold) marked += '*';
        pos = s.range.end;
    }
    bot::blocks::escape_into(marked, text.substr(pos));
    // Quote every line.
    std::string quoted;
    quoted.reserve(marked.size() + 16);
    std::string_view rest = marked;
    while (true) {
        quoted += "> ";
        auto const nl = rest.find('\n');
        quoted += rest.substr(0, nl == std::string_view::npos ? rest.size() : nl + 1);
        if (nl == std::string_view::npos) break;
        rest.remove_prefix(nl + 1);
    }
    return quoted;
}

std::string sbi_checklist(Sbi const& sbi) {
    auto mark = [](bool ok) { return ok ? ":white_check_mark:" : ":x:"; };
    return std::string(mark(sbi.situation)) + " *Situation* (when/where)   " + mark(sbi.behavior) +
           " *Behavior* (what happened)   " + mark(sbi.impact) + " *Impact* (what it costs)";
}

std::string next_step_line(templates::Advice const& advice) {
    using templates::Triage;
    std::string_view mark;
    switch (advice.triage) {
        case Triage::ready:
            mark = ":white_check_mark: ";
            break;
        case Triage::rework:
            mark = ":pencil2: ";
            break;
        case Triage::not_pushback:
            mark = ":speech_balloon: ";
            break;
        case Triage::commitment:
            mark = ":handshake: ";
            break;
        case Triage::stop:
            mark = ":octagonal_sign: ";
            break;
    }
    std::string line(mark);
    line += '*';
    bot::blocks::escape_into(line, advice.next_step);
    line += '*';
    return line;
}

namespace {

// "Vague: “soon” (undefined time), …" for a draft that needs work.
std::string vague_words_line(Analysis const& a, std::string_view text) {
    std::string vague = "Vague: ";
    std::size_t shown = 0;
    for (auto const& s : a.spans) {
        if (shown == 6) {
            vague += ", …";
            break;
        }
        if (shown++) vague += ", ";
        vague += "“";
        vague += bot::blocks::escape(bot::blocks::truncate(s.range.in(text), 60));
        vague += "” (";
        vague += human(s.category);
        vague += ")";
    }
    return vague;
}

std::string_view cards_heading(templates::Advice const& advice) {
    using templates::Triage;
    if (advice.triage == Triage::stop) return "*Before anything else:*";
    if (advice.triage == Triage::commitment) return "*For your decision log* (the button below opens it prefilled):";
    if (advice.perspective == templates::Side::ask) {
        auto const shows = [&](std::string_view family) {
            return std::any_of(advice.cards.begin(), advice.cards.end(),
                               [&](templates::Card const& c) { return c.family == family; });
        };
        // "Reframe this" knows whose ask it is and shows one side only.
        if (!shows("better-ask")) return "*Your reply to their ask:*";
        if (!shows("trust-reply")) return "*A better way to ask:*";
        return "*Both sides of the ask:*";
    }
    if (advice.triage == Triage::ready) return "*One tweak:*";
    return "*Try saying it like this* (copy it, then fill in the [bracket] if there is one):";
}

}  // namespace

template <typename Sink>
void coaching_blocks(Sink& out, Analysis const& a, std::string_view text, templates::Advice const& advice) {
    using templates::Triage;
    out.section(next_step_line(advice));
    bool const rework = advice.triage == Triage::rework && advice.perspective != templates::Side::ask;
    if (rework) {
        out.section(marked_draft(a, text));
        if (!a.spans.empty()) out.context(vague_words_line(a, text));
        out.section(sbi_checklist(a.sbi));
    } else {
        out.section(marked_draft(Analysis{}, text));  // as written: nothing to mark
    }
    if (advice.cards.empty()) return;
    out.divider();
    out.section(cards_heading(advice));
    std::string section;
    for (auto const& card : advice.cards) {
        // Title and text share one section: budget them together so the closing ``` is never cut.
        section.assign(1, '*');  // not `= "*"`: GCC 12 at -O3 reports a false -Wrestrict on it here
        bot::blocks::escape_into(section, bot::blocks::truncate(card.title, 150));
        section += "*\n```";
        std::size_t const room = bot::blocks::max_section_text - section.size() - 3;
        std::size_t const text_at = section.size();
        bot::blocks::escape_into(section, card.text);
        if (section.size() - text_at > room) {
            auto const cut = bot::blocks::truncate(std::string_view(section).substr(text_at), room);
            section.resize(text_at);
            section += cut;
        }
        section += "```";
        out.section(section);
    }
}

template void coaching_blocks(bot::blocks::BlockArray&, Analysis const&, std::string_view, templates::Advice const&);
template void coaching_blocks(bot::blocks::BlockWriter&, Analysis const&, std::string_view, templates::Advice const&);

json::array coaching_blocks(Analysis const& a, std::string_view text, templates::Advice const& advice) {
    json::array out;
    bot::blocks::BlockArray sink(out);
    coaching_blocks(sink, a, text, advice);
    return out;
}

std::string fallback_text(templates::Advice const& advice) { return advice.next_step; }

}  // namespace pushback::handlers
