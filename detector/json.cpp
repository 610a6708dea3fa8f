#include <algorithm>
#include <cmath>

#include <boost/json.hpp>

#include "detector/analysis.hpp"
#include "detector/detail/utf8.hpp"

namespace pushback::detector {
namespace detail {

std::string valid_utf8(std::string_view s) {
    std::string out;
    out.reserve(s.size());
    auto const n = s.size();
    std::size_t i = 0;
    auto const cont = [&](std::size_t k) { return k < n && (static_cast<unsigned char>(s[k]) & 0xC0) == 0x80; };
    while (i < n) {
        auto const c = static_cast<unsigned char>(s[i]);
        std::size_t len = 0;
        if (c < 0x80) len = 1;
        else if (c >= 0xC2 && c <= 0xDF) len = 2;
        else if (c >= 0xE0 && c <= 0xEF) len = 3;
        else if (c >= 0xF0 && c <= 0xF4) len = 4;
        bool ok = len != 0 && i + len <= n;
        for (std::size_t k = 1; ok && k < len; ++k) ok = cont(i + k);
        if (ok && len == 3) {  // no overlongs, no surrogates
            auto const d = static_cast<unsigned char>(s[i + 1]);
            ok = !(c == 0xE0 && d < 0xA0) && !(c == 0xED && d >= 0xA0);
        }
        if (ok && len == 4) {
            auto const d = static_cast<unsigned char>(s[i + 1]);
            ok = !(c == 0xF0 && d < 0x90) && !(c == 0xF4 && d >= 0x90);
        }
        if (ok) {
            out.append(s.substr(i, len));
            i += len;
        } else {
            out.append("\xEF\xBF\xBD");
            ++i;
        }
    }
    return out;
}

}  // namespace detail

std::string to_json(Analysis const& a, std::string_view text) {
    namespace json = boost::json;
    auto const piece = [&](Range r) {
        auto const b = std::min<std::size_t>(r.start, text.size());
        auto const e = std::min<std::size_t>(std::max<std::size_t>(r.end, b), text.size());
        return detail::valid_utf8(text.substr(b, e - b));
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
    if (a.topic) o["topic"] = piece(*a.topic);
    return json::serialize(o);
}

}  // namespace pushback::detector
