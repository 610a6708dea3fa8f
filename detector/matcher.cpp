#include "detector/detail/matcher.hpp"

#include <algorithm>
#include <array>
#include <map>

#include "detector/detail/embedded.hpp"

namespace pushback::detector::detail {
namespace {

constexpr std::array<std::string_view, lex_count> file_names{
    "hedge.txt",
    "vague_time.txt",
    "vague_quantity.txt",
    "vague_scope.txt",
    "intensifier.txt",
    "weasel.txt",
    "hyperbole.txt",
    "pressure.txt",
    "pattern_faster_please.txt",
    "pattern_why_so_long.txt",
    "pattern_last_company.txt",
    "pattern_simple_version.txt",
    "pattern_one_more_thing.txt",
    "reason_estimate.txt",
    "reason_misaligned_approach.txt",
    "reason_ignored_constraint.txt",
    "reason_underweighted_risk.txt",
    "reason_user_need.txt",
    "reason_better_alternative.txt",
    "reason_scope_timeline.txt",
    "illegit_new_framework.txt",
    "illegit_aesthetic.txt",
    "illegit_territorial.txt",
    "illegit_my_way.txt",
    "illegit_attachment.txt",
    "unit.txt",
    "unit_money.txt",
    "unit_percent.txt",
    "date.txt",
    "date_weak.txt",
    "event.txt",
    "metric.txt",
    "impact.txt",
    "behavior.txt",
    "situation.txt",
    "alternative.txt",
    "commitment.txt",
    "request.txt",
    "question_start.txt",
    "number_word.txt",
    "topic_verb.txt",
    "absolute.txt",
    "duration.txt",
    "observable.txt",
    "constraint.txt",
    "consequence.txt",
    "quantity.txt",
    "ask_eta.txt",
    "delivery.txt",
    "challenge.txt",
    "elsewhere.txt",
    "simple_push.txt",
    "add_on.txt",
    "person_attack.txt",
    "ladder.txt",
    "sarcasm.txt",
    "thanks.txt",
    "status.txt",
    "summary.txt",
    "decision.txt",
    "reply_cue.txt",
    "objection.txt",
    "trivial.txt",
    "elsewhere_verb.txt",
    "thing.txt",
    "opinion.txt",
    "request_open.txt",
    "ask_cue.txt",
    "question_open.txt",
    "person_trait.txt",
    "harsh.txt",
    "ladder_verb.txt",
    "authority.txt",
    "add_on_verb.txt",
    "contest.txt",
    "insult.txt",
    "praise.txt",
    "negative.txt",
    "audience.txt",
    "visual.txt",
    "taste.txt",
    "preference.txt",
    "reason_cue.txt",
    "ownership.txt",
    "gate.txt",
    "effort.txt",
    "loss.txt",
    "learning.txt",
    "reluctance.txt",
    "ask_nudge.txt",
    "long_unit.txt",
    "delivery_act.txt",
    "possess_verb.txt",
    "answer_open.txt",
    "novelty.txt",
    "adopt_verb.txt",
    "tech.txt",
    "grammar_open.txt",
    "judgment.txt",
    "harm_verb.txt",
    "stance.txt",
};

// The same folding the normaliser applies to text, plus hyphen-as-space so "stripped-down" and
// "stripped down" are one phrase.
// A table (the walk folds every byte it reads).
constexpr std::array<unsigned char, 256> fold_table = [] {
    std::array<unsigned char, 256> t{};
    for (unsigned c = 0; c < 256; ++c)
        t[c] = c >= 'A' && c <= 'Z' ? static_cast<unsigned char>(c - 'A' + 'a')
               : c == '-'           ? static_cast<unsigned char>(' ')
                                    : static_cast<unsigned char>(c);
    return t;
}();
unsigned char fold(unsigned char c) { return fold_table[c]; }

bool is_digit(unsigned char c) { return c >= '0' && c <= '9'; }

// Trie under construction: a map per node keeps insertion simple; flattened afterwards.
struct BuildNode {
    std::map<std::uint16_t, std::uint32_t> next;
    std::vector<std::pair<Lex, bool>> outs;
};

}  // namespace

std::string_view lex_file(Lex l) { return file_names[static_cast<std::size_t>(l)]; }

std::optional<Lex> lex_from_file(std::string_view file_name) {
    for (std::size_t i = 0; i < file_names.size(); ++i)
        if (file_names[i] == file_name) return static_cast<Lex>(i);
    return std::nullopt;
}

Matcher::Matcher(Files files) {
    std::vector<BuildNode> build(1);
    std::vector<bool> seen(lex_count, false);
    for (auto const& [name, content] : files) {
        if (!name.ends_with(".txt")) continue;  // README and other notes
        auto const lex = lex_from_file(name);
        if (!lex) {
            problems_.push_back("unknown lexicon file: " + std::string(name));
            continue;
        }
        seen[static_cast<std::size_t>(*lex)] = true;
        std::size_t pos = 0;
        while (pos < content.size()) {
            auto eol = content.find('\n', pos);
            if (eol == std::string_view::npos) eol = content.size();
            auto line = content.substr(pos, eol - pos);
            pos = eol + 1;
            while (!line.empty() && (line.back() == ' ' || line.back() == '\r' || line.back() == '\t'))
                line.remove_suffix(1);
            while (!line.empty() && (line.front() == ' ' || line.front() == '\t')) line.remove_prefix(1);
            if (line.empty() || line.front() == '#') continue;
            bool open_end = false;
            if (line.back() == '*') {
                open_end = true;
                line.remove_suffix(1);
            }
            // Fold and collapse spaces; `{n}` becomes the digits wildcard.
            std::vector<std::uint16_t> keys;
            for (std::size_t i = 0; i < line.size(); ++i) {
                if (line.substr(i).starts_with("{n}")) {
                    keys.push_back(digits_key);
                    i += 2;
                    continue;
                }
                auto const c = fold(static_cast<unsigned char>(line[i]));
                if (c == ' ' && (keys.empty() || keys.back() == ' ')) continue;
                keys.push_back(c);
            }
            while (!keys.empty() && keys.back() == ' ') keys.pop_back();
            if (keys.empty()) {
                problems_.push_back(std::string(name) + ": empty phrase");
                continue;
            }
            std::uint32_t node = 0;
            for (auto k : keys) {
                auto it = build[node].next.find(k);
                if (it == build[node].next.end()) {
                    build.emplace_back();
                    auto const id = static_cast<std::uint32_t>(build.size() - 1);
                    build[node].next.emplace(k, id);
                    node = id;
                } else {
                    node = it->second;
                }
            }
            auto& outs = build[node].outs;
            if (std::find(outs.begin(), outs.end(), std::pair{*lex, open_end}) == outs.end()) {
                outs.emplace_back(*lex, open_end);
                ++phrases_;
                ++per_lex_[static_cast<std::size_t>(*lex)];
            }
        }
    }
    for (std::size_t i = 0; i < lex_count; ++i)
        if (!seen[i]) problems_.push_back("missing lexicon file: " + std::string(file_names[i]));

    nodes_.resize(build.size());
    for (std::size_t n = 0; n < build.size(); ++n) {
        auto& node = nodes_[n];
        node.first_child = static_cast<std::uint32_t>(edges_.size());
        node.child_count = static_cast<std::uint32_t>(build[n].next.size());
        for (auto const& [k, c] : build[n].next) edges_.push_back({k, c});
        node.first_out = static_cast<std::uint32_t>(outs_.size());
        node.out_count = static_cast<std::uint32_t>(build[n].outs.size());
        for (auto const& [l, open] : build[n].outs) outs_.push_back({l, open});
    }
    for (auto const& [k, c] : build[0].next) root_dense_[k] = c;
}

std::uint32_t Matcher::child(std::uint32_t node, std::uint16_t key) const {
    if (node == 0) return root_dense_[key];
    auto const& n = nodes_[node];
    // Children are sorted by key; most nodes have one or two.
    for (std::uint32_t i = n.first_child, e = n.first_child + n.child_count; i < e; ++i) {
        if (edges_[i].key == key) return edges_[i].node;
        if (edges_[i].key > key) break;
    }
    return 0;
}

void Matcher::walk(std::string_view norm, std::size_t start, std::size_t pos, std::uint32_t node, int only,
                   std::vector<Hit>& out) const {
    auto const n = norm.size();
    auto const* s = reinterpret_cast<unsigned char const*>(norm.data());
    while (true) {
        auto const& nd = nodes_[node];
        if (nd.out_count != 0 && node != 0) {
            bool const boundary = pos == n || !is_word_byte(s[pos]) || !is_word_byte(s[pos - 1]);
            for (std::uint32_t i = nd.first_out; i < nd.first_out + nd.out_count; ++i) {
                auto const& o = outs_[i];
                if (only >= 0 && static_cast<int>(o.lex) != only) continue;
                if (o.open_end) {
                    auto e = pos;
                    while (e < n && is_word_byte(s[e]) && s[e] < 0x80) ++e;
                    if (e == n || !is_word_byte(s[e]))
                        out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(e), o.lex});
                } else if (boundary) {
                    out.push_back({static_cast<std::uint32_t>(start), static_cast<std::uint32_t>(pos), o.lex});
                }
            }
        }
        if (pos >= n) return;
        auto const c = s[pos];
        if (is_digit(c)) {
            if (auto const d = child(node, digits_key); d != 0) {
                auto e = pos;
                while (e < n && (is_digit(s[e]) || ((s[e] == '.' || s[e] == ',') && e + 1 < n && is_digit(s[e + 1]))))
                    ++e;
                walk(norm, start, e, d, only, out);
            }
        }
        auto key = fold(c);
        if (key == ' ' && pos > start && fold(s[pos - 1]) == ' ') {  // "a  -  b": spaces already folded
            ++pos;
            continue;
        }
        auto const next = child(node, key);
        if (next == 0) return;
        node = next;
        ++pos;
    }
}

void Matcher::find_all(std::string_view norm, std::vector<Hit>& out) const {
    auto const* s = reinterpret_cast<unsigned char const*>(norm.data());
    for (std::size_t i = 0; i < norm.size(); ++i) {
        bool const start = i == 0 || !is_word_byte(s[i - 1]) || !is_word_byte(s[i]);
        if (!start || s[i] == ' ') continue;
        walk(norm, i, i, 0, -1, out);
    }
}

void Matcher::find_at(std::string_view norm, std::size_t pos, Lex only, std::vector<Hit>& out) const {
    if (pos >= norm.size()) return;
    walk(norm, pos, pos, 0, static_cast<int>(only), out);
}

Matcher const& matcher() {
    static Matcher const m{pushback::embedded::lexicon()};
    return m;
}

}  // namespace pushback::detector::detail
