// Stable ids for the analysis' enums (JSON, templates, tests), and back.
#include <array>

#include "detector/analysis.hpp"

namespace pushback::detector {
namespace {

constexpr std::array<std::string_view, 8> category_ids{"hedge",       "vague-time",          "vague-quantity",
                                                       "vague-scope", "intensifier",         "weasel",
                                                       "hyperbole",   "unexplained-pressure"};
constexpr std::array<std::string_view, 9> specific_ids{"number",  "date",   "event", "metric", "money",
                                                       "percent", "person", "link",  "name"};
constexpr std::array<std::string_view, 12> reason_ids{"estimate",
                                                      "misaligned-approach",
                                                      "ignored-constraint",
                                                      "underweighted-risk",
                                                      "user-need",
                                                      "better-alternative",
                                                      "scope-timeline",
                                                      "new-framework",
                                                      "aesthetic",
                                                      "territorial",
                                                      "my-way",
                                                      "attachment"};
constexpr std::array<std::string_view, 5> pattern_ids{"faster-please", "why-so-long", "last-company", "simple-version",
                                                      "one-more-thing"};
constexpr std::array<std::string_view, 4> mood_ids{"question", "request", "commitment", "statement"};
constexpr std::array<std::string_view, 8> kind_ids{"pushback", "reply-to-ask", "ask",    "commitment",
                                                   "summary",  "status",       "thanks", "other"};
constexpr std::array<std::string_view, 4> red_flag_ids{"person-directed", "skips-ladder", "broadcast", "sarcasm"};

template <class E, std::size_t N>
std::optional<E> from_id(std::array<std::string_view, N> const& ids, std::string_view s) {
    for (std::size_t i = 0; i < N; ++i)
        if (ids[i] == s) return static_cast<E>(i);
    return std::nullopt;
}

}  // namespace

std::string_view id(VagueCategory c) { return category_ids[static_cast<std::size_t>(c)]; }
std::string_view id(SpecificKind k) { return specific_ids[static_cast<std::size_t>(k)]; }
std::string_view id(Reason r) { return reason_ids[static_cast<std::size_t>(r)]; }
std::string_view id(Pattern p) { return pattern_ids[static_cast<std::size_t>(p)]; }
std::string_view id(Mood m) { return mood_ids[static_cast<std::size_t>(m)]; }
std::string_view id(MessageKind k) { return kind_ids[static_cast<std::size_t>(k)]; }
std::string_view id(RedFlag f) { return red_flag_ids[static_cast<std::size_t>(f)]; }
bool is_legitimate(Reason r) { return r <= Reason::scope_timeline; }

std::optional<VagueCategory> vague_category_from_id(std::string_view s) {
    return from_id<VagueCategory>(category_ids, s);
}
std::optional<Reason> reason_from_id(std::string_view s) { return from_id<Reason>(reason_ids, s); }
std::optional<Pattern> pattern_from_id(std::string_view s) { return from_id<Pattern>(pattern_ids, s); }
std::optional<Mood> mood_from_id(std::string_view s) { return from_id<Mood>(mood_ids, s); }
std::optional<MessageKind> message_kind_from_id(std::string_view s) { return from_id<MessageKind>(kind_ids, s); }
std::optional<RedFlag> red_flag_from_id(std::string_view s) { return from_id<RedFlag>(red_flag_ids, s); }

}  // namespace pushback::detector
