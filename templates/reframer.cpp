// Picking and filling the reframings for one message. The choice follows the seeds' advice: a
// trust-destroying ask gets the trust-building reply, an illegitimate reason gets a kind self-check
// before any argument, a legitimate reason gets its own family, and a vague draft gets the SBI
// rewrite. Everything is ordered by plain keys (tier, position, priority, id), so the same input
// always gives the same output.

#include <algorithm>
#include <array>
#include <cctype>
#include <set>

#include "templates/detail/model.hpp"
#include "templates/detail/mustache.hpp"
#include "templates/detail/text.hpp"
#include "templates/library.hpp"

namespace pushback::templates {

namespace {

using detail::SbiPart;
using detail::Template;
using detector::SpecificKind;

constexpr std::size_t max_results = 4;
constexpr std::size_t min_results = 2;
constexpr std::size_t max_per_lead_tier = 2;  // self-checks, trust-building replies
constexpr std::size_t specific_budget = 60;
constexpr std::size_t vague_word_budget = 40;

std::size_t slot_max(std::string_view name) {
    for (auto const& s : detail::reframing_slots)
        if (s.name == name) return s.max_size;
    return 0;
}

std::string_view slice(std::string_view text, detector::Range r) {
    std::size_t const start = std::min<std::size_t>(r.start, text.size());
    std::size_t const end = std::min<std::size_t>(std::max(r.end, r.start), text.size());
    return text.substr(start, end - start);
}

// Items joined as "a, b and c", keeping as many as fit in `budget`.
std::string join_within(std::vector<std::string> const& items, std::size_t budget) {
    std::vector<std::string> kept;
    for (auto const& item : items) {
        kept.push_back(item);
        if (detail::escaped_size(detail::join_list(kept)) > budget) {
            kept.pop_back();
            break;
        }
    }
    return detail::join_list(kept);
}

struct Quoted {
    std::string situation;  // the best `when`: a date with its event, else a date, else an event
    bool situation_is_date = false;
    int situation_rank = -1;
    std::vector<std::string> dates;
    std::vector<std::string> cost;  // money, percentages, metrics
    std::vector<std::string> numbers;
    std::vector<std::string> all;
};

bool is_when(SpecificKind k) { return k == SpecificKind::date || k == SpecificKind::event; }

// A date and an event side by side ("Thursday's standup", "Monday standup") are one situation.
bool adjoins(std::string_view text, detector::Range left, detector::Range right) {
    if (right.start < left.end || right.start - left.end > 3) return false;
    std::string_view const gap = slice(text, {left.end, right.start});
    return gap == " " || gap == "'s " || gap == "’s " || gap == "s' ";
}

Quoted quote_specifics(detector::Analysis const& a, std::string_view text) {
    std::vector<detector::Specific> specifics = a.specifics;
    std::stable_sort(specifics.begin(), specifics.end(),
                     [](auto const& x, auto const& y) { return x.range.start < y.range.start; });
    Quoted q;
    std::set<std::string> seen;
    for (std::size_t i = 0; i < specifics.size(); ++i) {
        auto range = specifics[i].range;
        auto const kind = specifics[i].kind;
        bool has_date = kind == SpecificKind::date;
        bool has_event = kind == SpecificKind::event;
        if (is_when(kind)) {
            while (i + 1 < specifics.size() && is_when(specifics[i + 1].kind) &&
                   adjoins(text, range, specifics[i + 1].range)) {
                ++i;
                range.end = specifics[i].range.end;
                has_date = has_date || specifics[i].kind == SpecificKind::date;
                has_event = has_event || specifics[i].kind == SpecificKind::event;
            }
        }
        std::string v = detail::quote(slice(text, range), specific_budget);
        if (v.empty() || !seen.insert(v).second) continue;
        switch (kind) {
            case SpecificKind::date:
            case SpecificKind::event: {
                // A date with its event says the most ("Thursday's standup"), then a date, then an event.
                int const rank = has_date && has_event ? 2 : has_date ? 1 : 0;
                if (rank > q.situation_rank) {
                    q.situation = v;
                    q.situation_rank = rank;
                    q.situation_is_date = !has_event;
                }
                if (!has_event) q.dates.push_back(v);
                break;
            }
            case SpecificKind::money:
            case SpecificKind::percent:
            case SpecificKind::metric:
                q.cost.push_back(v);
                break;
            case SpecificKind::number:
                q.numbers.push_back(v);
                break;
            default:
                break;
        }
        q.all.push_back(std::move(v));
    }
    return q;
}

// A topic that is only a pronoun or a determiner ("all", "this") says nothing; the prompt is better.
bool meaningful_topic(std::string_view topic) {
    static std::set<std::string, std::less<>> const empty_words{
        "all",    "any",   "anything", "everything", "something", "nothing", "it",   "this", "that",
        "these",  "those", "them",     "they",       "we",        "you",     "i",    "us",   "stuff",
        "things", "thing", "one",      "some",       "here",      "there",   "what", "which"};
    std::string lower;
    bool has_alnum = false;
    for (char const c : topic) {
        lower.push_back(static_cast<char>(std::tolower(static_cast<unsigned char>(c))));
        has_alnum = has_alnum || std::isalnum(static_cast<unsigned char>(c)) || (static_cast<unsigned char>(c) >= 0x80);
    }
    return has_alnum && !empty_words.contains(lower);
}

// The observable action, as the user wrote it: their first sentence, without its full stop.
std::string behavior_quote(std::string_view text, std::size_t budget) {
    std::string flat = detail::squash(text);
    for (std::string_view end : {". ", "! ", "? "}) {
        auto const at = flat.find(end);
        if (at != std::string::npos) flat.resize(at + 1);
    }
    if (!flat.empty() && flat.back() == '.') flat.pop_back();
    return detail::quote(flat, budget);
}

}  // namespace

namespace detail {

namespace {

// has_<slot>'s index for each slot.
constexpr auto has_flag_of = [] {
    std::array<std::size_t, reframing_slots.size()> out{};
    for (std::size_t i = 0; i < out.size(); ++i) {
        out[i] = reframing_flags.size();
        for (std::size_t f = 0; f < reframing_flags.size(); ++f)
            if (reframing_flags[f].starts_with("has_") && reframing_flags[f].substr(4) == reframing_slots[i].name)
                out[i] = f;
    }
    return out;
}();
static_assert(std::ranges::none_of(has_flag_of, [](std::size_t f) { return f == reframing_flags.size(); }),
              "every reframing slot needs its has_<slot> flag");

}  // namespace

// --- cards9: an object that is itself the plan ---
namespace {
// "the launch plan", "the permit portal spec", "the Q4 roadmap": a noun phrase whose head names the plan itself;
// "the plan to sync X once an hour" names it by its doing (cards14).
bool names_a_plan(std::string_view object) {
    for (std::string_view plan : {"the plan to ", "the plan for ", "the proposal to ", "our plan to ", "the idea to "})
        if (object.starts_with(plan)) return true;  // cards14
    auto const sp = object.rfind(' ');
    if (sp == std::string_view::npos) return false;
    std::string head(object.substr(sp + 1));
    std::transform(head.begin(), head.end(), head.begin(),
                   [](char ch) { return static_cast<char>(std::tolower(static_cast<unsigned char>(ch))); });
    return head == "plan" || head == "spec" || head == "roadmap" || head == "proposal" || head == "prd" ||
           head == "brief" || head == "design";
}
}  // namespace

void set_slot(ReframingSlots& s, Library::Impl const& impl, std::string_view name, std::string value) {
    bool const filled = !value.empty();
    auto const slot = slot_index(name);
    s.flags[has_flag_of[slot]] = filled;
    if (name == "object") s.flags[flag_index("object_is_plan")] = filled && names_a_plan(value);  // cards9
    // r19: the consequence always follows a colon, a comma or "because" in a card ("From where I sit: we've had two
    // requests"); a pronoun or a determiner opening the writer's sentence is lower-cased there, a name never is.
    // r31 (trial33): "I also feel like the team is already stretched and this might push things over the edge": the
    // writer's feeling before the fact is no part of it.
    if (filled && name == "consequence")
        for (bool again = true; again;) {
            again = false;
            std::string said = value;
            std::ranges::transform(said, said.begin(), [](char ch) {
                return static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
            });
            for (std::string_view lead : {"i also feel like ", "i feel like ", "i also feel that ", "i feel that ",
                                          "i also think that ", "i also think ", "i think that ", "i think ",
                                          "i worry that ", "i'm worried that ", "i'm afraid that "})
                if (said.starts_with(lead) && value.size() > lead.size() + 12) {
                    value.erase(0, lead.size());
                    again = true;
                    break;
                }
        }
    if (filled && name == "consequence")
        for (std::string_view det :
             {"The ",     "A ",     "An ",    "Our ",   "This ",   "That ",  "These ", "Those ", "Their ",
              "Its ",     "We ",    "We've ", "We're ", "We'd ",   "We'll ", "It ",    "It's ",  "They ",
              "They're ", "There ", "Every ", "Most ",  "Nobody ", "No ",    "Only ",  "Some "})
            if (value.starts_with(det))
                value[0] = static_cast<char>(std::tolower(static_cast<unsigned char>(value[0])));
    // r21: "End of the month would be ideal." gives the deadline "the End of the month": a common word that only
    // opened the writer's sentence is lower-cased inside a card ("to make the end of the month").
    if (filled && name == "deadline")
        for (std::size_t at : {std::size_t{0}, value.starts_with("the ") ? std::size_t{4} : std::size_t{0}})
            for (std::string_view word : {"End ", "Next ", "This ", "Early ", "Late ", "Mid ", "Mid-", "Beginning ",
                                          "Start ", "Before ", "After ", "By "})
                if (std::string_view(value).substr(at).starts_with(word))
                    value[at] = static_cast<char>(std::tolower(static_cast<unsigned char>(value[at])));
    // r21: "Can't say exactly why yet, it just feels off.", "idk, that feels like a stretch": the writer's vagueness
    // is never the cost or the reason a card states.
    if (filled && (name == "consequence" || name == "because")) {
        std::string low;
        for (char ch : value) low += static_cast<char>(std::tolower(static_cast<unsigned char>(ch)));
        // ("since the offsite I've been turning the roadmap over in my head": r22, the writer's rumination anywhere in
        // the clause is no consequence either.)
        bool const vague =
            std::ranges::any_of(
                std::initializer_list<std::string_view>{
                    "can't say", "can't shake", "can't put my finger", "not sure why", "it just feels", "just feels",
                    "hard to say", "idk", "that feels like", "feels like a stretch", "i don't know why", "dunno"},
                [&](std::string_view w) { return low.starts_with(w); }) ||
            std::ranges::any_of(
                std::initializer_list<std::string_view>{"in my head", "going back and forth", "been turning",
                                                        "been mulling", "can't point to", "cannot point to",
                                                        "can't put my finger", "been chewing on", "been thinking about",
                                                        "general unease", "gut feeling",
                                                        // r32 (trial35 #4): "blocker here but maybe we should take a
                                                        // step back": a wish to pause is no cost.
                                                        "maybe we should take a step back", "take a step back and",
                                                        "think about it a bit more", "think about it more"},
                [&](std::string_view w) { return low.find(w) != std::string::npos; });
        if (vague) {
            s.flags[has_flag_of[slot]] = false;
            s.values[slot] = impl.prompts.find(name)->second;
            return;
        }
    }
    // r32 (trial35 #29): "a little fabric care guide popup": the ask's minimiser is theirs, not the reply's.
    if (filled && (name == "topic" || name == "object"))
        for (std::string_view small : {"a little ", "a tiny ", "a quick little ", "a teeny "})
            if (value.starts_with(small) && value.size() > small.size() + 4) value.replace(0, small.size(), "a ");
    if (filled) {
        s.values[slot] = std::move(value);
    } else {
        s.values[slot] = impl.prompts.find(name)->second;
    }
}

ReframingSlots reframing_slots_for(Library::Impl const& impl, detector::Analysis const& a, std::string_view text,
                                   Perspective perspective) {
    ReframingSlots s;
    auto const set = [&](std::string_view name, std::string value) { set_slot(s, impl, name, std::move(value)); };
    // The clause slots are the advice cards' (advice_slots.cpp): prompts until they fill them.
    for (std::size_t i = slot_index("object"); i < reframing_slots.size(); ++i) set(reframing_slots[i].name, {});

    std::string topic;
    if (a.topic) topic = clip(squash(slice(text, *a.topic)), slot_max("topic"));
    set("topic", meaningful_topic(topic) ? topic : std::string{});
    set("draft", quote(text, slot_max("draft")));
    set("behavior", a.sbi.behavior ? behavior_quote(text, slot_max("behavior")) : std::string{});

    Quoted const q = quote_specifics(a, text);
    set("situation", clip(q.situation, slot_max("situation")));
    s.flags[flag_index("situation_is_date")] = !q.situation.empty() && q.situation_is_date;
    set("date", q.dates.empty() ? std::string{} : clip(q.dates.front(), slot_max("date")));
    set("estimate", q.numbers.empty() ? std::string{} : clip(q.numbers.front(), slot_max("estimate")));
    set("impact", join_within(q.cost.empty() ? q.numbers : q.cost, slot_max("impact")));
    set("specifics", join_within(q.all, slot_max("specifics")));

    std::vector<std::string> vague;
    std::set<std::string> seen;
    for (auto const& span : a.spans) {
        std::string v = quote(slice(text, span.range), vague_word_budget);
        if (!v.empty() && seen.insert(v).second) vague.push_back(std::move(v));
    }
    set("vague_words", join_within(vague, slot_max("vague_words")));

    s.flags[flag_index("own_draft")] = perspective == Perspective::own_draft;
    s.flags[flag_index("reply_to_other")] = perspective == Perspective::reply_to_other;
    return s;
}

Reframing fill(Template const& t, ReframingSlots const& slots) {
    Reframing r;
    r.template_id = t.id;
    r.family = t.family;
    r.title = clip(t.title, max_title_size - 1);
    r.why = t.why;
    std::string rendered;
    rendered.reserve(t.text.size() + 256);
    t.compiled.render_into(rendered, slots.values, slots.flags);
    r.text = tidy(rendered);
    if (escaped_size(r.text) > max_text_size) r.text = clip(r.text, max_text_size);
    return r;
}

}  // namespace detail

namespace {

// Lower tiers come first; the order of tiers depends on whose message it is.
enum class Tier { self_check, trust, legitimate, sbi, general };

int tier_rank(Tier t, Perspective p) {
    if (p == Perspective::reply_to_other) {
        if (t == Tier::trust) return 0;
        if (t == Tier::self_check) return 1;
    } else {
        if (t == Tier::self_check) return 0;
        if (t == Tier::trust) return 1;
    }
    return static_cast<int>(t);  // legitimate 2, sbi 3, general 4
}

struct Candidate {
    Template const* tmpl;
    Tier tier;
    int rank;
    std::size_t order;  // position of the matched reason or pattern in the analysis
    // One reframing per key: the family, and for trust and self-check replies the pattern or reason
    // they answer.
    std::string_view family;
    std::string_view answers;
    bool same_key(Candidate const& o) const { return family == o.family && answers == o.answers; }
};

template <typename T>
std::optional<std::size_t> first_listed(std::vector<T> const& found, std::vector<T> const& listed) {
    for (std::size_t i = 0; i < found.size(); ++i)
        if (std::find(listed.begin(), listed.end(), found[i]) != listed.end()) return i;
    return std::nullopt;
}

bool missing(detector::Sbi const& sbi, SbiPart part) {
    switch (part) {
        case SbiPart::situation:
            return !sbi.situation;
        case SbiPart::behavior:
            return !sbi.behavior;
        case SbiPart::impact:
            return !sbi.impact;
    }
    return false;
}

std::optional<Candidate> match(Template const& t, detector::Analysis const& a, Perspective p) {
    auto const& w = t.when;
    if (w.perspective && *w.perspective != p) return std::nullopt;
    if (w.vague && *w.vague != a.vague) return std::nullopt;
    if (w.offers_alternative && *w.offers_alternative != a.offers_alternative) return std::nullopt;
    if (!w.kinds.empty() && std::find(w.kinds.begin(), w.kinds.end(), a.mood) == w.kinds.end()) return std::nullopt;
    if (!w.missing.empty() &&
        std::none_of(w.missing.begin(), w.missing.end(), [&](SbiPart part) { return missing(a.sbi, part); }))
        return std::nullopt;

    Candidate c{&t, Tier::general, 0, 0, t.family, {}};
    std::optional<std::size_t> pattern;
    if (!w.patterns.empty()) {
        pattern = first_listed(a.patterns, w.patterns);
        if (!pattern) return std::nullopt;
    }
    std::optional<std::size_t> illegit, legit;
    if (!w.reasons.empty()) {
        illegit = first_listed(a.illegitimate, w.reasons);
        legit = first_listed(a.legitimate, w.reasons);
        if (!illegit && !legit) return std::nullopt;
    }
    if (pattern) {
        c.tier = Tier::trust;
        c.order = *pattern;
        c.answers = detector::id(a.patterns[*pattern]);
    } else if (illegit) {
        c.tier = Tier::self_check;
        c.order = *illegit;
        c.answers = detector::id(a.illegitimate[*illegit]);
    } else if (legit) {
        c.tier = Tier::legitimate;
        c.order = *legit;
    } else if (!w.missing.empty()) {
        c.tier = Tier::sbi;
    }
    c.rank = tier_rank(c.tier, p);
    return c;
}

}  // namespace

std::vector<Reframing> Library::reframe(detector::Analysis const& analysis, std::string_view text,
                                        Perspective perspective) const {
    bool const only_illegitimate = !analysis.illegitimate.empty() && analysis.legitimate.empty();
    std::vector<Candidate> candidates;
    for (auto const& [id, t] : impl_->templates) {
        if (t.card || (only_illegitimate && t.ammunition)) continue;
        if (auto c = match(t, analysis, perspective)) candidates.push_back(*c);
    }
    std::sort(candidates.begin(), candidates.end(), [](Candidate const& x, Candidate const& y) {
        if (x.rank != y.rank) return x.rank < y.rank;
        if (x.order != y.order) return x.order < y.order;
        if (x.tmpl->priority != y.tmpl->priority) return x.tmpl->priority > y.tmpl->priority;
        return x.tmpl->id < y.tmpl->id;
    });

    std::vector<Candidate const*> picked;
    std::array<std::size_t, 5> per_tier{};
    for (auto const& c : candidates) {
        if (picked.size() == max_results) break;
        bool const capped = c.tier == Tier::self_check || c.tier == Tier::trust;
        if (std::any_of(picked.begin(), picked.end(), [&](Candidate const* p) { return p->same_key(c); })) continue;
        if (capped && per_tier[static_cast<int>(c.tier)] == max_per_lead_tier) continue;
        ++per_tier[static_cast<int>(c.tier)];
        picked.push_back(&c);
    }
    // A vague draft always gets the situation-behaviour-impact rewrite, even when the other
    // choices were ranked higher.
    if (analysis.vague) {
        auto const is_sbi = [](Candidate const* c) { return c->tier == Tier::sbi; };
        auto const sbi =
            std::find_if(candidates.begin(), candidates.end(), [&](Candidate const& c) { return c.tier == Tier::sbi; });
        if (sbi != candidates.end() && std::none_of(picked.begin(), picked.end(), is_sbi)) {
            if (picked.size() == max_results) picked.pop_back();
            picked.push_back(&*sbi);
        }
    }
    // Family limits can leave a custom set short; fill up from the remaining candidates in order.
    for (auto const& c : candidates) {
        if (picked.size() >= min_results) break;
        if (std::find(picked.begin(), picked.end(), &c) == picked.end()) picked.push_back(&c);
    }

    detail::ReframingSlots const slots = detail::reframing_slots_for(*impl_, analysis, text, perspective);
    std::vector<Reframing> out;
    out.reserve(picked.size());
    for (auto const* c : picked) out.push_back(detail::fill(*c->tmpl, slots));
    return out;
}

std::optional<Reframing> Library::render(std::string_view template_id, detector::Analysis const& analysis,
                                         std::string_view text, Perspective perspective) const {
    auto const it = impl_->templates.find(template_id);
    if (it == impl_->templates.end()) return std::nullopt;
    return detail::fill(it->second, detail::reframing_slots_for(*impl_, analysis, text, perspective));
}

}  // namespace pushback::templates
