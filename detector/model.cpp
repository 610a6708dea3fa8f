// The learned part's data structures: features by name, linear models read from their TSV files.
#include "detector/detail/model.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cstdio>

#include "detector/detail/embedded.hpp"

namespace pushback::detector::detail {
namespace {

std::vector<std::string_view> split_tabs(std::string_view line) {
    std::vector<std::string_view> out;
    std::size_t pos = 0;
    while (true) {
        auto const t = line.find('\t', pos);
        out.push_back(line.substr(pos, t == std::string_view::npos ? std::string_view::npos : t - pos));
        if (t == std::string_view::npos) break;
        pos = t + 1;
    }
    return out;
}

float to_float(std::string_view s) {
    float v = 0.0F;
    auto const* b = s.data();
    if (!s.empty() && s.front() == '+') ++b;
    std::from_chars(b, s.data() + s.size(), v);
    return v;
}

std::string_view embedded_file(std::string_view name) {
    for (auto const& [file, content] : embedded::model())
        if (file == name) return content;
    return {};
}

}  // namespace

void FeatureSet::add(std::string_view a, std::string_view b, std::string_view c, std::string_view d) {
    auto const key = fnv_step(fnv_step(fnv_step(fnv_step(fnv_basis, a), b), c), d);
    items_.push_back({key, 1.0F});
    if (names != nullptr && !names->contains(key)) names->emplace(key, std::string(a).append(b).append(c).append(d));
}

void FeatureSet::add_value(std::string_view a, std::string_view b, float value) {
    auto const key = fnv_step(fnv_step(fnv_basis, a), b);
    items_.push_back({key, value});
    if (names != nullptr && !names->contains(key)) names->emplace(key, std::string(a).append(b));
}

LinearModel LinearModel::parse(std::string_view tsv) {
    LinearModel m;
    std::vector<std::pair<std::string_view, std::vector<float>>> rows;
    std::size_t pos = 0;
    while (pos < tsv.size()) {
        auto eol = tsv.find('\n', pos);
        if (eol == std::string_view::npos) eol = tsv.size();
        auto line = tsv.substr(pos, eol - pos);
        pos = eol + 1;
        if (!line.empty() && line.back() == '\r') line.remove_suffix(1);
        if (line.empty() || line.front() == '#') continue;
        auto const cells = split_tabs(line);
        if (cells.front() == "classes") {
            for (std::size_t i = 1; i < cells.size(); ++i) m.classes_.emplace_back(cells[i]);
            continue;
        }
        if (cells.front() == "zone" || cells.front() == "rules_lead" || cells.front() == "confidence" ||
            m.classes_.empty() || cells.size() != m.classes_.size() + 1)
            continue;
        std::vector<float> w;
        for (std::size_t i = 1; i < cells.size(); ++i) w.push_back(to_float(cells[i]));
        rows.emplace_back(cells.front(), std::move(w));
    }
    m.rows_ = rows.size();
    std::size_t cap = 16;
    while (cap < 2 * m.rows_) cap *= 2;
    m.keys_.assign(cap, 0);
    m.slots_.assign(cap, 0);
    for (std::size_t r = 0; r < rows.size(); ++r) {
        m.names_.emplace_back(rows[r].first);
        m.weights_.insert(m.weights_.end(), rows[r].second.begin(), rows[r].second.end());
        auto const key = fnv_step(fnv_basis, rows[r].first);
        auto i = key & (cap - 1);
        while (m.slots_[i] != 0 && m.keys_[i] != key) i = (i + 1) & (cap - 1);
        m.keys_[i] = key;
        m.slots_[i] = static_cast<std::uint32_t>(r + 1);
    }
    return m;
}

float const* LinearModel::weights(std::uint64_t key) const {
    if (rows_ == 0) return nullptr;
    auto const mask = keys_.size() - 1;
    for (auto i = key & mask; slots_[i] != 0; i = (i + 1) & mask)
        if (keys_[i] == key) return &weights_[(slots_[i] - 1) * classes_.size()];
    return nullptr;
}

std::string_view LinearModel::name(std::uint64_t key) const {
    if (rows_ == 0) return {};
    auto const mask = keys_.size() - 1;
    for (auto i = key & mask; slots_[i] != 0; i = (i + 1) & mask)
        if (keys_[i] == key) return names_[slots_[i] - 1];
    return {};
}

void LinearModel::scores(std::vector<Feature> const& features, std::vector<float>& out) const {
    out.assign(classes_.size(), 0.0F);
    for (auto const& f : features)
        if (auto const* w = weights(f.key))
            for (std::size_t k = 0; k < out.size(); ++k) out[k] += w[k] * f.value;
}

std::string LinearModel::format(std::vector<std::string> const& classes,
                                std::vector<std::pair<std::string, std::vector<float>>> rows, std::string_view header) {
    std::string out(header);
    out += "classes";
    for (auto const& c : classes) out += '\t' + c;
    out += '\n';
    std::sort(rows.begin(), rows.end(), [](auto const& x, auto const& y) { return x.first < y.first; });
    std::array<char, 32> buf{};
    for (auto const& [name, w] : rows) {
        out += name;
        for (auto x : w) {
            std::snprintf(buf.data(), buf.size(), "\t%.4f", static_cast<double>(x));
            out += buf.data();
        }
        out += '\n';
    }
    return out;
}

double parse_setting(std::string_view tsv, std::string_view name, double fallback) {
    std::string key = "\n";
    key.append(name).append("\t");
    auto const at = tsv.find(key);
    if (at == std::string_view::npos) return fallback;
    auto const b = at + key.size();
    auto const e = tsv.find('\n', b);
    return static_cast<double>(to_float(tsv.substr(b, e == std::string_view::npos ? std::string_view::npos : e - b)));
}

Models const& embedded_models() {
    static LinearModel const kind = LinearModel::parse(embedded_file("kind.tsv"));
    static LinearModel const vague = LinearModel::parse(embedded_file("vague.tsv"));
    static LinearModel const judge = LinearModel::parse(embedded_file("judge.tsv"));  // judge13: absent = off
    static Models const models{&kind,
                               &vague,
                               parse_setting(embedded_file("vague.tsv"), "zone", 0.0),
                               parse_setting(embedded_file("kind.tsv"), "rules_lead", 1e9),
                               parse_setting(embedded_file("kind.tsv"), "confidence", 0.0),
                               &judge,
                               parse_setting(embedded_file("judge.tsv"), "person_hint", 2.0),
                               parse_setting(embedded_file("judge.tsv"), "sarcasm_hint", 2.0)};
    return models;
}

}  // namespace pushback::detector::detail
