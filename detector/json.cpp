#include <algorithm>
#include <boost/json.hpp>
#include <cmath>

#include "detector/analysis.hpp"
#include "util/utf8.hpp"

namespace pushback::detector {

std::string to_json(Analysis const& a, std::string_view text) {
    namespace json = boost::json;
    auto const piece = [&](Range r) {
        auto const b = std::min<std::size_t>(r.start, text.size());
        auto const e = std::min<std::size_t>(std::max<std::size_t>(r.end, b), text.size());
        return util::repair_utf8(text.substr(b, e - b));
    };
    json::object o;
    o["vague"] = a.vague;
    o["score"] = std::round(a.score * 1000.0) / 1000.0;
    json::array spans;
    for (auto const& sp : a.spans)
        spans.push_back(json::object{{"start", sp.range.start},
                                     {"end", sp.range.end},
                                     {"category", id(sp.category)},
                                     {"text", piece(sp.range)}});
    o["spans"] = std::move(spans);
    json::array specifics;
    for (auto const& sp : a.specifics)
        specifics.push_back(json::object{
            {"start", sp.range.start}, {"end", sp.range.end}, {"kind", id(sp.kind)}, {"text", piece(sp.range)}});
    o["specifics"] = std::move(specifics);
    o["sbi"] = json::object{{"situation", a.sbi.situation}, {"behavior", a.sbi.behavior}, {"impact", a.sbi.impact}};
    json::array legit, illegit, patterns;
    for (auto r : a.legitimate) legit.push_back(json::string(id(r)));
    for (auto r : a.illegitimate) illegit.push_back(json::string(id(r)));
    for (auto p : a.patterns) patterns.push_back(json::string(id(p)));
    o["reasons"] = json::object{{"legitimate", std::move(legit)}, {"illegitimate", std::move(illegit)}};
    o["patterns"] = std::move(patterns);
    o["offers_alternative"] = a.offers_alternative;
    o["kind"] = id(a.kind);
    o["mood"] = id(a.mood);
    json::array flags;
    for (auto f : a.red_flags) flags.push_back(json::string(id(f)));
    o["red_flags"] = std::move(flags);
    // Why each red flag and illegitimate reason was found: "flag" is the red flag's id or
    // "illegitimate:<reason id>".
    json::array evidence;
    for (auto const& ev : a.evidence)
        evidence.push_back(json::object{
            {"start", ev.range.start},
            {"end", ev.range.end},
            {"flag", ev.flag ? std::string(id(*ev.flag)) : "illegitimate:" + std::string(id(ev.reason.value()))},
            {"text", piece(ev.range)}});
    o["evidence"] = std::move(evidence);
    json::array quoted;
    for (auto const& r : a.quoted)
        quoted.push_back(json::object{{"start", r.start}, {"end", r.end}, {"text", piece(r)}});
    o["quoted"] = std::move(quoted);
    json::object clauses;
    auto const clause = [&](char const* name, std::optional<Range> const& r) {
        if (r) clauses[name] = json::object{{"start", r->start}, {"end", r->end}, {"text", piece(*r)}};
    };
    clause("object", a.clauses.object);
    clause("plan_number", a.clauses.plan_number);
    clause("own_number", a.clauses.own_number);
    clause("deadline", a.clauses.deadline);
    clause("impact", a.clauses.impact);
    clause("alternative", a.clauses.alternative);
    clause("ask", a.clauses.ask);
    o["clauses"] = std::move(clauses);
    if (a.topic) o["topic"] = piece(*a.topic);
    json::array cues;
    for (auto cue : a.kind_cues) cues.push_back(json::string(util::repair_utf8(cue)));
    o["decided_by"] = json::object{{"kind", a.kind_by_model ? "model" : "rules"},
                                   {"vague", a.vague_by_model ? "model" : "rules"},
                                   {"kind_cues", std::move(cues)}};
    return json::serialize(o);
}

}  // namespace pushback::detector
