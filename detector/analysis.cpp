// analyze(): normalise, match the lexicons, then run the stages in order. Vague phrases and PM asks
// in the writer's own words (not quoted ones) raise the bar; particulars of the case must clear it.
#include "detector/analysis.hpp"

#include <algorithm>
#include <bit>
#include <cmath>
#include <cstring>
#include <functional>

#include "detector/detail/context.hpp"
#include "detector/detail/pipeline.hpp"
#include "detector/detail/weights.hpp"

namespace pushback::detector {
namespace {

using namespace detail;

// Per-thread buffers reused across calls, so a call allocates little besides its result.
struct Scratch {
    Normalized norm;
    std::vector<Hit> hits;
    std::vector<Hit> tmp;
    std::vector<VSpan> vague, kept, pattern_spans;
    std::vector<Found> found, specifics;
    std::vector<Sentence> sentences;
    std::vector<std::pair<std::uint32_t, std::uint32_t>> quoted, names;
    FeatureSet kind_features, vague_features;
    std::vector<float> model_scores;
};

// The features that pushed the model's chosen class furthest (its explanation), strongest first.
void model_cues(LinearModel const& m, std::vector<Feature> const& features, std::size_t cls,
                std::vector<std::string_view>& out) {
    std::array<std::pair<float, std::uint64_t>, 3> top{};
    for (auto const& f : features) {
        auto const* w = m.weights(f.key);
        if (w == nullptr) continue;
        auto const v = w[cls] * f.value;
        if (v <= top.back().first) continue;
        top.back() = {v, f.key};
        std::sort(top.begin(), top.end(), [](auto const& x, auto const& y) { return x.first > y.first; });
    }
    for (auto const& [v, key] : top)
        if (v > 0.0F) out.push_back(m.name(key));
}

// Mostly capitals ("RELEASE IT NOW"): case tells nothing about names.
bool shouting(std::string_view t) {
    int up = 0, low = 0;
    for (auto ch : t) {  // as unsigned ranges, which the compiler vectorises
        auto const u = static_cast<unsigned char>(ch);
        up += static_cast<unsigned char>(u - 'A') < 26;
        low += static_cast<unsigned char>(u - 'a') < 26;
    }
    return up > 8 && up > 2 * low;
}

// Adds to `kept` the spans of `from` that overlap none already kept (`from` sorted longest first).
void keep_non_overlapping(std::vector<VSpan> const& from, std::vector<VSpan>& kept) {
    for (auto const& v : from) {
        bool clash = false;
        for (auto const& k : kept)
            if (overlaps(k.b, k.e, v.b, v.e)) clash = true;
        if (!clash) kept.push_back(v);
    }
}

// "the export stays broken", "the build is broken": a big word inside an observable fact is literal.
bool literal_absolute(std::vector<Hit> const& hits, Hit const& h) {
    return std::any_of(hits.begin(), hits.end(),
                       [&](Hit const& o) { return o.lex == Lex::observable && o.begin <= h.begin && h.end <= o.end; });
}

// "landing in May", "by mid-May", "May 14": the month, not the hedge. Capitalised inside a sentence, after a word of
// time, or before a day's number; "May" opening a sentence ("May be worth a look") stays the hedge.
bool month_may(Context const& c, Hit const& h) {
    if (h.end - h.begin != 3 || c.s.substr(h.begin, 3) != "may") return false;
    auto const* x = c.sentence_at(h.begin);
    bool const opens = x == nullptr || x->b == h.begin;
    if (!opens && !c.shouting && c.orig_byte(h.begin) == 'M') return true;
    auto const after = c.s.substr(h.end);
    if (after.size() >= 2 && after[0] == ' ' && after[1] >= '0' && after[1] <= '9') return true;
    auto const before = c.s.substr(0, h.begin);
    for (std::string_view w : {"in ", "by ", "until ", "till ", "since ", "early ", "mid ", "mid-", "late ", "end of ",
                               "start of ", "through ", "from "})
        if (before.ends_with(w) && (before.size() == w.size() || before[before.size() - w.size() - 1] == ' '))
            return true;
    return false;
}

// "which means support gets the tickets", "so refunds stall for a week": a consequence connective in the
// writer's words followed by a clause of its own states the impact, whatever the evidence weighs. The
// loose joiners ("so the", "and then", "due to") introduce a reason or a sequence as often as an impact.
bool states_consequence(Context const& c) {
    for (auto const& h : c.hits) {
        if (h.lex != Lex::consequence || c.in_quote(h.begin, h.end)) continue;
        auto const phrase = c.s.substr(h.begin, h.end - h.begin);
        bool loose = false;
        for (std::string_view w : {"so the", "so our", "so we", "so that", "and then", "because of", "due to",
                                   "caused by", "that's why", "that is why", "which is why"})
            loose = loose || phrase.starts_with(w);
        if (loose) continue;
        auto const* x = c.sentence_at(h.begin);
        if (x == nullptr || x->e <= h.end) continue;
        auto const rest = c.s.substr(h.end, x->e - h.end);
        if (std::count(rest.begin(), rest.end(), ' ') >= 3) return true;
    }
    return false;
}

}  // namespace

namespace detail {

Analysis analyze_with(std::string_view text, Models const& models, Trace* trace, std::string_view previous) {
    // The message before it first (the scratch below is shared): does it ask something?
    std::uint8_t thread = 0;
    if (!previous.empty()) {
        auto const p = analyze_with(previous, Models{}, nullptr);
        bool const asks =
            p.kind == MessageKind::ask || p.mood == Mood::question || p.mood == Mood::request || !p.patterns.empty();
        thread = asks ? 2 : 1;
    }
    thread_local Scratch scratch;
    auto& norm = scratch.norm;
    normalize(text, norm);
    auto& hits = scratch.hits;
    hits.clear();
    matcher().find_all(norm.text, hits);
    scratch.sentences.clear();
    scratch.quoted.clear();
    scratch.names.clear();
    Context c{text, norm, norm.text, hits, scratch.sentences, scratch.quoted, scratch.names, shouting(text)};
    c.words = WordBloom{c.s};
    c.mark_present();
    c.thread = thread;
    split_sentences(c);
    find_quoted(c);
    find_names(c);
    std::string_view const s = c.s;
    Analysis a;
    for (auto const& q : c.quoted) a.quoted.push_back(c.orig_range(q.first, q.second));

    // Vague spans in the writer's words: the longest phrase wins where phrases nest or overlap.
    auto& vague = scratch.vague;
    vague.clear();
    for (auto const& h : hits) {
        if (c.in_quote(h.begin, h.end)) continue;
        // r22: "long-ish message, sorry": a suffix on the writer's own word hedges no claim.
        if (h.lex == Lex::hedge && h.begin > 0 && s[h.begin - 1] == '-' && s.substr(h.begin, h.end - h.begin) == "ish")
            continue;
        if (in(h.lex, Lex::hedge, Lex::pressure) && !month_may(c, h))
            vague.push_back({h.begin, h.end, static_cast<VagueCategory>(static_cast<int>(h.lex)), false});
        else if (h.lex == Lex::absolute && !literal_absolute(hits, h))
            vague.push_back({h.begin, h.end, VagueCategory::hyperbole, true});
    }
    auto& pattern_spans = scratch.pattern_spans;
    pattern_spans.clear();
    auto const pattern_mask = find_patterns(c, pattern_spans);

    // Specifics: numbers, lexicon dates, events and metrics, particulars without digits, Slack tokens.
    auto& found = scratch.found;
    found.clear();
    scan_numbers(c, found, scratch.tmp);
    drop_hyperbole_numbers(c, found, vague);
    for (auto const& h : hits) {
        if (h.lex == Lex::date || (h.lex == Lex::hedge && month_may(c, h)))
            found.push_back({h.begin, h.end, SpecificKind::date, w_date});
        else if (h.lex == Lex::date_weak)
            found.push_back({h.begin, h.end, SpecificKind::date, w_date_weak});
        else if (h.lex == Lex::event)
            found.push_back({h.begin, h.end, SpecificKind::event, w_event});
        else if (h.lex == Lex::duration)
            found.push_back({h.begin, h.end, SpecificKind::number, w_duration});
    }
    scan_concrete(c, found, scratch.tmp);
    find_paths(c, found, vague);
    scan_grammar(c, found, vague);
    drop_elapsed_time(c, found, vague);
    std::sort(vague.begin(), vague.end(), [](VSpan const& x, VSpan const& y) {
        return x.e - x.b != y.e - y.b ? x.e - x.b > y.e - y.b : x.b < y.b;
    });
    auto& kept = scratch.kept;
    kept.clear();
    keep_non_overlapping(vague, kept);
    keep_non_overlapping(pattern_spans, kept);
    for (auto const& h : hits) {
        if (h.lex != Lex::metric) continue;
        // A metric counts when a reading sits near it ("p95 dropped from 820 ms to 310 ms").
        bool reading = false;
        for (auto const& f : found)
            if (f.kind != SpecificKind::event && f.kind != SpecificKind::date &&
                (f.b > h.end ? f.b - h.end : (h.begin > f.e ? h.begin - f.e : 0)) < 40)
                reading = true;
        if (reading) found.push_back({h.begin, h.end, SpecificKind::metric, w_metric});
    }
    // Mentions and links (their placeholder bytes), in text order: each kind found by memchr, the two merged.
    auto const next_of = [&](char ph, std::size_t from) {
        auto const* p = from < s.size() ? std::memchr(s.data() + from, ph, s.size() - from) : nullptr;
        return p == nullptr ? s.size() : static_cast<std::size_t>(static_cast<char const*>(p) - s.data());
    };
    for (auto person = next_of(ph_person, 0), link = next_of(ph_link, 0); person < s.size() || link < s.size();) {
        auto const i = static_cast<std::uint32_t>(std::min(person, link));
        if (person < link) {
            found.push_back({i, i + 1, SpecificKind::person, w_person});
            person = next_of(ph_person, person + 1);
        } else {
            found.push_back({i, i + 1, SpecificKind::link, w_link});
            link = next_of(ph_link, link + 1);
        }
    }
    // A number used as rhetoric ("10x harder", "a 2-minute fix") or inside a vague phrase is not a
    // particular; neither is a finding nested in another one.
    std::erase_if(found, [&](Found const& f) {
        return std::ranges::any_of(kept, [&](auto const& k) {
            return contains(k.b, k.e, f.b, f.e) || (k.c == VagueCategory::hyperbole && overlaps(k.b, k.e, f.b, f.e));
        });
    });
    std::sort(found.begin(), found.end(),
              [](Found const& x, Found const& y) { return x.b != y.b ? x.b < y.b : x.e > y.e; });
    auto& specifics = scratch.specifics;
    specifics.clear();
    for (auto const& f : found) {
        bool const next_date = !specifics.empty() && specifics.back().kind == SpecificKind::date &&
                               f.kind == SpecificKind::date && f.b == specifics.back().e + 1 &&
                               s[specifics.back().e] == ' ';  // "March" + "14"
        if (!specifics.empty() && (next_date || overlaps(specifics.back().b, specifics.back().e, f.b, f.e))) {
            auto& last = specifics.back();
            if (f.weight > last.weight) {
                last.kind = f.kind;
                last.weight = f.weight;
            }
            last.e = std::max(last.e, f.e);
            continue;
        }
        specifics.push_back(f);
    }

    bool behavior_word = false, impact_word = false, situation_word = false;
    for (auto const& h : hits) {
        if (c.in_quote(h.begin, h.end)) continue;
        switch (h.lex) {
            case Lex::behavior:
                behavior_word = true;
                break;
            case Lex::impact:
            case Lex::consequence:
                impact_word = true;
                break;
            case Lex::situation:
                situation_word = true;
                break;
            case Lex::alternative:
                if (!idiom_alternative(c, h)) a.offers_alternative = true;
                break;
            default:
                // r22: a better way denied ("I don't have a concrete alternative") or the message's own sending
                // ("rather than sit on it") is no better alternative; "sooner rather than later" still reads as one.
                if (in(h.lex, Lex::reason_estimate, Lex::reason_scope_timeline) &&
                    !(h.lex == Lex::reason_better_alternative && idiom_alternative(c, h) &&
                      !(c.s.substr(h.begin, h.end - h.begin) == "rather than" &&
                        c.s.substr(h.end).starts_with(" later")))) {
                    auto const r =
                        static_cast<Reason>(static_cast<int>(h.lex) - static_cast<int>(Lex::reason_estimate));
                    push_unique(a.legitimate, r);
                }
        }
    }
    // A measured particular of the case (a number with its unit, a metric, money, a percentage, a reference
    // such as #4312), not one inside a motive ("C is 50 years old"): what a technology or a look is argued from.
    bool const evidenced = std::ranges::any_of(specifics, [&](Found const& f) {
        bool const measured = (f.kind == SpecificKind::number && f.weight >= w_duration) ||
                              (f.kind == SpecificKind::event && f.weight >= w_ref) || f.kind == SpecificKind::metric ||
                              f.kind == SpecificKind::money || f.kind == SpecificKind::percent;
        return measured && !c.in_quote(f.b, f.e) && std::ranges::none_of(hits, [&](Hit const& h) {
                   return h.lex == Lex::novelty && overlaps(h.begin, h.end, f.b, f.e);
               });
    });
    find_motives(c, a, evidenced);
    drop_deferred_taste(c, a);   // real10
    f24_drop_owned_bias(c, a);   // flags24
    f24_drop_familiarity(c, a);  // flags24
    // Evidence.
    double spec = w_code * std::min<std::uint32_t>(norm.code_spans, 2);
    for (auto const& f : specifics) spec += f.weight;
    spec = std::min(spec, s_cap);
    double vag = 0.0;
    for (auto const& k : kept) vag += k.absolute ? w_absolute : bar_vague[static_cast<std::size_t>(k.c)];
    // A PM ask anchored on a particular of the case ("Could you release v1.03? It has a fix I need",
    // "Do we have an update on the procurement API yet?") can be answered without a follow-up: the
    // ask still presses, but it is not a vibe.
    bool const anchored_ask = pattern_mask != 0 && std::ranges::any_of(specifics, [](Found const& f) {
                                  return f.kind != SpecificKind::date && f.weight >= w_ref;
                              });
    vag += (anchored_ask ? w_pattern_anchored : w_pattern) * std::popcount(pattern_mask);
    // Taste, territory, pride and judgments of people are opinions, not particulars of the case.
    vag += w_illegitimate * static_cast<double>(a.illegitimate.size());
    vag += c.has(Lex::person_attack) || c.has(Lex::sarcasm) ? w_judgment : 0.0;
    double opinion = 0.0;
    for (auto const& h : hits)
        if (h.lex == Lex::opinion && !c.in_quote(h.begin, h.end)) opinion += w_opinion;
    vag += std::min(opinion, w_opinion_cap);
    vag = std::min(vag, v_cap);
    double const bar = bar_base + bar_per_vague * vag;

    // Outputs in original offsets.
    std::sort(kept.begin(), kept.end(), [](VSpan const& x, VSpan const& y) { return x.b < y.b; });
    for (auto const& k : kept) a.spans.push_back({c.orig_range(k.b, k.e), k.c});
    for (auto const& f : specifics)
        if (f.weight > 0.0 || f.kind == SpecificKind::person) a.specifics.push_back({c.orig_range(f.b, f.e), f.kind});
    for (int p = 0; p < 5; ++p)
        if (pattern_mask & (1u << p)) a.patterns.push_back(static_cast<Pattern>(p));

    bool has_date = false, has_event = false, has_reading = false;
    for (auto const& f : specifics) {
        has_date |= f.kind == SpecificKind::date;
        has_event |= f.kind == SpecificKind::event;
        has_reading |= f.kind != SpecificKind::date && f.kind != SpecificKind::person &&
                       f.kind != SpecificKind::event && f.kind != SpecificKind::name && f.kind != SpecificKind::link;
        has_reading |= f.kind == SpecificKind::event && f.weight >= w_observable;
    }
    std::sort(a.legitimate.begin(), a.legitimate.end());
    std::sort(a.illegitimate.begin(), a.illegitimate.end());
    bool const channel = s.find(ph_channel) != std::string_view::npos;
    a.sbi.situation = has_date || has_event || channel || situation_word;
    a.sbi.behavior = has_reading || behavior_word;
    a.sbi.impact = impact_word && (spec >= bar_base || (behavior_word && has_reading));

    std::array<double, 8> rule_scores{};
    int reported = 0;
    classify(c, a, scratch.tmp, rule_scores, reported);
    // What the message is: the kind model decides, reading the rules' scores among its features.
    auto& kf = trace != nullptr ? trace->kind_features : scratch.kind_features;
    kf.clear();
    if (trace != nullptr) trace->rule_kind = a.kind;
    auto sorted = rule_scores;
    std::sort(sorted.begin(), sorted.end(), std::greater<>());
    // The rules are unsure when no cue was strong enough (`other`) or two kinds score close.
    bool const kind_model = models.kind != nullptr && !models.kind->empty() &&
                            (a.kind == MessageKind::other || sorted[0] - sorted[1] < models.kind_margin);
    if (kind_model || trace != nullptr) kind_features(c, a, rule_scores, reported, kf);
    if (kind_model) {
        auto& sc = scratch.model_scores;
        models.kind->scores(kf.items(), sc);
        // A close call between kinds the rules found is the model's to settle between those kinds; only where
        // the rules found nothing (`other`) may it name any kind. ("...no rollback path. Can we gate it?" is
        // pushback or an ask, never a status report, whatever its words lean to.)
        bool const any_kind = a.kind == MessageKind::other;
        auto const allowed = [&](std::size_t i) {
            if (any_kind) return true;
            auto const k = message_kind_from_id(models.kind->class_names()[i]);
            return k && sorted[0] - rule_scores[static_cast<std::size_t>(*k)] < models.kind_margin;
        };
        std::size_t best = sc.size();
        for (std::size_t i = 0; i < sc.size(); ++i)
            if (allowed(i) && (best == sc.size() || sc[i] > sc[best])) best = i;
        double total = 0.0;
        for (auto v : sc) total += std::exp(static_cast<double>(v - sc[best]));
        auto const k = message_kind_from_id(models.kind->class_names()[best]);
        // The model overrules the rules only when it is confident (its softmax probability).
        if (k && 1.0 / total >= models.kind_confidence) {
            a.kind = *k;
            a.kind_by_model = true;
            model_cues(*models.kind, kf.items(), best, a.kind_cues);
        }
    }
    // r31: an outage and the hold it asks of everyone is news, whatever its "don't" reads as.
    if (a.kind == MessageKind::pushback && r31_ops_hold(c, a)) a.kind = MessageKind::status;
    find_red_flags(c, a);
    find_flag_hints(c, a);
    judge_draft(c, models, trace, a);  // judge13
    find_clauses(c, a);
    // After the kind is read: the box only says what the draft states.
    a.sbi.impact = a.sbi.impact || states_consequence(c);

    // A request that names what it asks for ("Allow execution of this tool on stock Windows") is
    // actionable; a trust-destroying ask is not, whatever it names.
    if (a.kind == MessageKind::ask && a.patterns.empty() && a.clauses.object) spec += w_named_request;
    // A progress report that names what was done ("Added google custom search to /search/") is checkable.
    if (a.kind == MessageKind::status && (a.clauses.object || reported == 2)) spec += w_named_request;
    // So is a report of the writer's own action with its object ("I fixed the missing line"): an event
    // a reader can check, whatever else the message does; not when the report itself is vague about
    // how much or when ("Finished most of the tickets").
    auto const named_vagueness = [&](VSpan const& k) {
        return k.c != VagueCategory::hedge && k.c != VagueCategory::intensifier &&
               !(anchored_ask && k.c == VagueCategory::unexplained_pressure);
    };
    bool const own_report =
        (reported == 2 || (reported == 1 && a.clauses.object)) && std::ranges::none_of(kept, named_vagueness);
    if (own_report) spec += w_reported;
    a.score = 1.0 / (1.0 + std::exp(3.0 * (spec - bar)));
    a.vague = spec < bar;
    // Where the evidence is close to the bar, the vague model settles the verdict.
    auto& vf = trace != nullptr ? trace->vague_features : scratch.vague_features;
    vf.clear();
    if (trace != nullptr) {
        trace->rule_vague = a.vague;
        trace->margin = spec - bar;
    }
    // The rules are sure when their verdict rests on a decisive finding: a vague verdict on a PM ask,
    // an illegitimate reason or a vague phrase other than a hedge or an intensifier (vague time,
    // quantity or scope, a weasel, hyperbole, unexplained pressure); a specific one on a particular that
    // weighs as much as an observable event (a number with its unit, a date, a constraint…), or the writer's own
    // report of what was done ("I just pushed a fix for the flaky upload test").
    bool const decisive =
        a.vague ? (pattern_mask != 0 && !anchored_ask) || !a.illegitimate.empty() ||
                      std::ranges::any_of(kept, named_vagueness)
                : own_report || std::ranges::any_of(specifics, [](Found const& f) { return f.weight >= w_observable; });
    bool const vague_model =
        models.vague != nullptr && !models.vague->empty() && !decisive && std::abs(spec - bar) < models.vague_zone;
    if (vague_model || trace != nullptr) vague_features(c, a, spec, vag, bar, vf);
    if (vague_model) {
        auto& sc = scratch.model_scores;
        models.vague->scores(vf.items(), sc);
        a.vague = sc.front() > 0.0F;
        a.vague_by_model = true;
        a.score = 1.0 / (1.0 + std::exp(-static_cast<double>(sc.front())));
    }
    // Keep the score on the verdict's side of 0.5 at the boundary.
    a.score = a.vague ? std::max(a.score, 0.501) : std::min(a.score, 0.499);
    return a;
}

}  // namespace detail

Analysis analyze(std::string_view text) { return detail::analyze_with(text, detail::embedded_models(), nullptr); }
Analysis analyze(std::string_view text, std::string_view previous) {
    return detail::analyze_with(text, detail::embedded_models(), nullptr, previous);
}

}  // namespace pushback::detector
