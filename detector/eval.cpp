#include "detector/eval.hpp"

#include <algorithm>
#include <array>
#include <boost/json.hpp>
#include <cstdio>
#include <string>
#include <unordered_map>
#include <utility>

#include "detector/analysis.hpp"

namespace pushback::detector {
namespace {

namespace json = boost::json;

// Joins pieces into one string. (GCC 12 at -O3 warns falsely, -Wrestrict, on "literal" + std::string.)
std::string cat(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (auto p : parts) out += p;
    return out;
}

// A label field holds null, one id or a list of ids; anything else is an error.
template <class E>
std::expected<std::vector<E>, std::string> read_ids(json::object const& o, std::string_view key,
                                                    std::optional<E> (*parse)(std::string_view)) {
    std::vector<E> out;
    auto const* v = o.if_contains(key);
    if (v == nullptr || v->is_null()) return out;
    auto const one = [&](json::value const& x) -> std::expected<void, std::string> {
        if (!x.is_string()) return std::unexpected(cat({"\"", key, "\" must be null, an id or a list of ids"}));
        auto const id_text = std::string_view(x.get_string());
        auto const e = parse(id_text);
        if (!e) return std::unexpected(cat({"unknown ", key, " id \"", id_text, "\""}));
        out.push_back(*e);
        return {};
    };
    if (v->is_array()) {
        for (auto const& x : v->get_array())
            if (auto r = one(x); !r) return std::unexpected(r.error());
    } else if (auto r = one(*v); !r) {
        return std::unexpected(r.error());
    }
    return out;
}

std::optional<Reason> legit_from_id(std::string_view s) {
    auto r = reason_from_id(s);
    return r && is_legitimate(*r) ? r : std::nullopt;
}
std::optional<Reason> illegit_from_id(std::string_view s) {
    auto r = reason_from_id(s);
    return r && !is_legitimate(*r) ? r : std::nullopt;
}

template <class E>
void score(std::vector<IdScore>& table, std::size_t index, std::vector<E> const& gold, std::vector<E> const& got, E e) {
    bool const g = std::find(gold.begin(), gold.end(), e) != gold.end();
    bool const p = std::find(got.begin(), got.end(), e) != got.end();
    auto& s = table[index];
    s.tp += g && p;
    s.fp += !g && p;
    s.fn += g && !p;
}

std::string fixed(double x) {
    std::array<char, 32> buf{};
    std::snprintf(buf.data(), buf.size(), "%.3f", x);
    return buf.data();
}

template <class E>
bool has(std::vector<E> const& v, E e) {
    return std::find(v.begin(), v.end(), e) != v.end();
}

constexpr int kind_count = 8;
constexpr int flag_count = 4;

}  // namespace

std::expected<EvalResult, std::string> evaluate_jsonl(std::string_view jsonl) {
    EvalResult r;
    for (int f = 0; f < flag_count; ++f) r.red_flags.push_back({{std::string(id(static_cast<RedFlag>(f)))}});
    for (int p = 0; p < 5; ++p) r.patterns.push_back({std::string(id(static_cast<Pattern>(p)))});
    for (int i = 0; i < 12; ++i) {
        auto const reason = static_cast<Reason>(i);
        (is_legitimate(reason) ? r.legitimate : r.illegitimate).push_back({std::string(id(reason))});
    }
    int line_no = 0;
    std::size_t pos = 0;
    // A thread's excerpts are kept in order: a line's previous message is the latest line of its `source`.
    std::unordered_map<std::string, std::string> last_in_thread;
    while (pos < jsonl.size()) {
        auto eol = jsonl.find('\n', pos);
        if (eol == std::string_view::npos) eol = jsonl.size();
        auto line = jsonl.substr(pos, eol - pos);
        pos = eol + 1;
        ++line_no;
        auto const err = [&](std::string const& what) {
            return std::unexpected("line " + std::to_string(line_no) + ": " + what);
        };
        if (line.find_first_not_of(" \t\r") == std::string_view::npos) continue;
        boost::system::error_code ec;
        auto const v = json::parse(line, ec);
        if (ec) return err("not JSON (" + ec.message() + ")");
        if (!v.is_object()) return err("not a JSON object");
        auto const& o = v.get_object();
        auto const* text = o.if_contains("text");
        if (text == nullptr || !text->is_string()) return err("missing \"text\" (string)");
        auto const* vague = o.if_contains("vague");
        if (vague == nullptr || !vague->is_bool()) return err("missing \"vague\" (bool)");
        auto pats = read_ids<Pattern>(o, "pattern", &pattern_from_id);
        if (!pats) return err(pats.error());
        auto ill = read_ids<Reason>(o, "illegitimate", &illegit_from_id);
        if (!ill) return err(ill.error());
        auto leg = read_ids<Reason>(o, "legitimate", &legit_from_id);
        if (!leg) return err(leg.error());

        std::optional<MessageKind> gold_kind;
        if (auto const* k = o.if_contains("kind"); k != nullptr && !k->is_null()) {
            if (!k->is_string()) return err("\"kind\" must be a string");
            gold_kind = message_kind_from_id(std::string_view(k->get_string()));
            if (!gold_kind) return err(cat({"unknown kind \"", std::string_view(k->get_string()), "\""}));
        }
        bool const flags_labeled = o.contains("red_flags");
        auto flags = read_ids<RedFlag>(o, "red_flags", &red_flag_from_id);
        if (!flags) return err(flags.error());

        std::string_view const t = text->get_string();
        std::string previous;
        if (auto const* src = o.if_contains("source"); src != nullptr && src->is_string())
            previous = std::exchange(last_in_thread[std::string(src->get_string())], std::string(t));
        auto const a = previous.empty() ? analyze(t) : analyze(t, previous);
        auto const miss = [&](std::string what) {
            r.label_misses.push_back({line_no, std::move(what), std::string(t)});
        };
        if (pats->empty()) {
            ++r.no_pattern;
            r.no_pattern_flagged += !a.patterns.empty();
            if (!a.patterns.empty()) miss(cat({"pattern ", id(a.patterns.front()), " on a no-pattern message"}));
        }
        for (auto p : *pats)
            if (!has(a.patterns, p)) miss(cat({"pattern ", id(p), " missed"}));
        for (auto i : *ill) {
            ++r.illegitimate_labeled;
            if (has(a.illegitimate, i))
                ++r.illegitimate_found;
            else
                miss(cat({"illegitimate ", id(i), " missed"}));
        }
        for (auto i : a.illegitimate)
            if (!has(*ill, i)) miss(cat({"illegitimate ", id(i), " false"}));
        if (gold_kind) {
            if (r.kind_confusion.empty()) r.kind_confusion.assign(kind_count, std::vector<int>(kind_count, 0));
            ++r.kind_labeled;
            r.kind_correct += a.kind == *gold_kind;
            ++r.kind_confusion[static_cast<std::size_t>(*gold_kind)][static_cast<std::size_t>(a.kind)];
            if (a.kind != *gold_kind) miss(cat({"kind ", id(*gold_kind), " -> ", id(a.kind)}));
        }
        if (flags_labeled) {
            ++r.red_flags_labeled;
            for (int f = 0; f < flag_count; ++f) {
                auto const e = static_cast<RedFlag>(f);
                auto& fs = r.red_flags[static_cast<std::size_t>(f)];
                bool const g = has(*flags, e), p = has(a.red_flags, e);
                fs.negatives += !g;
                fs.score.tp += g && p;
                fs.score.fp += !g && p;
                fs.score.fn += g && !p;
                if (g != p) miss(cat({"red flag ", id(e), g ? " missed" : " false"}));
            }
        }
        bool const gold = vague->get_bool();
        ++r.messages;
        if (gold && a.vague)
            ++r.tp;
        else if (!gold && a.vague)
            ++r.fp;
        else if (gold)
            ++r.fn;
        else
            ++r.tn;
        if (gold != a.vague) r.misses.push_back({line_no, gold, a.score, std::string(t)});
        for (int p = 0; p < 5; ++p)
            score(r.patterns, static_cast<std::size_t>(p), *pats, a.patterns, static_cast<Pattern>(p));
        for (std::size_t i = 0; i < r.legitimate.size(); ++i)
            score(r.legitimate, i, *leg, a.legitimate, static_cast<Reason>(i));
        for (std::size_t i = 0; i < r.illegitimate.size(); ++i)
            score(r.illegitimate, i, *ill, a.illegitimate, static_cast<Reason>(i + r.legitimate.size()));
    }
    if (r.messages == 0) return std::unexpected(std::string("no labeled lines"));
    r.precision = r.tp + r.fp == 0 ? 0.0 : static_cast<double>(r.tp) / (r.tp + r.fp);
    r.recall = r.tp + r.fn == 0 ? 0.0 : static_cast<double>(r.tp) / (r.tp + r.fn);
    r.f1 = r.precision + r.recall == 0 ? 0.0 : 2 * r.precision * r.recall / (r.precision + r.recall);
    r.accuracy = static_cast<double>(r.tp + r.tn) / r.messages;
    return r;
}

std::string format_eval(EvalResult const& r, bool list_misses) {
    std::string out;
    out += "messages " + std::to_string(r.messages) + " (vague " + std::to_string(r.tp + r.fn) + ", specific " +
           std::to_string(r.fp + r.tn) + ")\n";
    out += "vague: precision " + fixed(r.precision) + "  recall " + fixed(r.recall) + "  F1 " + fixed(r.f1) +
           "  accuracy " + fixed(r.accuracy) + "\n";
    out += "       tp " + std::to_string(r.tp) + "  fp " + std::to_string(r.fp) + "  fn " + std::to_string(r.fn) +
           "  tn " + std::to_string(r.tn) + "\n";
    auto const table = [&](char const* title, std::vector<IdScore> const& rows) {
        out += std::string("\n") + title + "\n";
        for (auto const& s : rows) {
            std::array<char, 160> buf{};
            std::snprintf(buf.data(), buf.size(), "  %-20s precision %s  recall %s  (support %d, predicted %d)\n",
                          s.id.c_str(), fixed(s.precision()).c_str(), fixed(s.recall()).c_str(), s.support(),
                          s.tp + s.fp);
            out += buf.data();
        }
    };
    table("patterns", r.patterns);
    out += "  messages without a pattern flagged: " + fixed(r.no_pattern_flag_rate()) + " (" +
           std::to_string(r.no_pattern_flagged) + " of " + std::to_string(r.no_pattern) + ")\n";
    table("illegitimate reasons", r.illegitimate);
    out += "  illegitimate recall (all ids): " + fixed(r.illegitimate_recall()) + " (" +
           std::to_string(r.illegitimate_found) + " of " + std::to_string(r.illegitimate_labeled) + ")\n";
    table("legitimate reasons (labels name the main reason only)", r.legitimate);
    if (r.kind_labeled > 0) {
        out += "\nkind: accuracy " + fixed(r.kind_accuracy()) + " (" + std::to_string(r.kind_correct) + " of " +
               std::to_string(r.kind_labeled) + ")\n  gold \\ predicted";
        for (int k = 0; k < kind_count; ++k) {
            char buf[16];
            std::snprintf(buf, sizeof buf, " %6.6s", std::string(id(static_cast<MessageKind>(k))).c_str());
            out += buf;
        }
        out += "\n";
        for (int g = 0; g < kind_count; ++g) {
            char buf[32];
            std::snprintf(buf, sizeof buf, "  %-17s", std::string(id(static_cast<MessageKind>(g))).c_str());
            out += buf;
            for (int p = 0; p < kind_count; ++p) {
                std::snprintf(buf, sizeof buf, " %6d",
                              r.kind_confusion[static_cast<std::size_t>(g)][static_cast<std::size_t>(p)]);
                out += buf;
            }
            out += "\n";
        }
    }
    if (r.red_flags_labeled > 0) {
        out += "\nred flags (" + std::to_string(r.red_flags_labeled) + " labeled messages)\n";
        for (auto const& f : r.red_flags) {
            char buf[200];
            std::snprintf(buf, sizeof buf, "  %-20s recall %s  false flags %s  (support %d, predicted %d)\n",
                          f.score.id.c_str(), fixed(f.score.recall()).c_str(), fixed(f.false_rate()).c_str(),
                          f.score.support(), f.score.tp + f.score.fp);
            out += buf;
        }
    }
    if (list_misses && !r.misses.empty()) {
        out += "\nmisclassified\n";
        for (auto const& m : r.misses)
            out += "  line " + std::to_string(m.line) + " expected " + (m.expected_vague ? "vague" : "specific") +
                   " score " + fixed(m.score) + ": " + m.text + "\n";
    }
    if (list_misses && !r.label_misses.empty()) {
        out += "\nother labels missed\n";
        for (auto const& m : r.label_misses)
            out += "  line " + std::to_string(m.line) + " " + m.what + ": " + m.text + "\n";
    }
    return out;
}

std::string analyze_jsonl_line(std::string_view line) {
    auto const error = [](std::string const& what) { return json::serialize(json::object{{"error", what}}); };
    boost::system::error_code ec;
    auto const v = json::parse(line, ec);
    if (ec) return error("not JSON: " + ec.message());
    if (!v.is_object()) return error("not a JSON object");
    auto const* text = v.get_object().if_contains("text");
    if (text == nullptr || !text->is_string()) return error("missing \"text\" (string)");
    std::string_view const t = text->get_string();
    return to_json(analyze(t), t);
}

}  // namespace pushback::detector
