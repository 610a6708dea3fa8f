#include "util/metrics.hpp"

#include <cmath>
#include <cstdio>

namespace pushback::util {
namespace {

void append_number(std::string& out, double v) {
    if (std::isinf(v)) {
        out += v > 0 ? "+Inf" : "-Inf";
        return;
    }
    std::array<char, 32> buf{};
    auto const n = std::snprintf(buf.data(), buf.size(), "%.15g", v);
    out.append(buf.data(), static_cast<std::size_t>(std::max(0, n)));
}

// Prometheus label values escape backslash, double quote and newline.
void append_label_value(std::string& out, std::string_view v) {
    for (char c : v) {
        if (c == '\\' || c == '"') {
            out += '\\';
            out += c;
        } else if (c == '\n') {
            out += "\\n";
        } else {
            out += c;
        }
    }
}

// `{a="1"}` plus one more label (le="0.5") for histogram buckets.
std::string with_label(std::string const& labels, std::string_view name, std::string_view value) {
    std::string extra{name};
    extra += "=\"";
    append_label_value(extra, value);
    extra += '"';
    if (labels.empty()) return "{" + extra + "}";
    return labels.substr(0, labels.size() - 1) + "," + extra + "}";
}

void append_sample(std::string& out, std::string const& name, std::string const& labels, std::string const& value) {
    out.append(name).append(labels).append(" ").append(value).append("\n");
}

}  // namespace

std::string Metrics::render_labels(Labels labels) {
    if (labels.size() == 0) return {};
    std::string out = "{";
    bool first = true;
    for (auto const& [k, v] : labels) {
        if (!first) out += ',';
        first = false;
        out += k;
        out += "=\"";
        append_label_value(out, v);
        out += '"';
    }
    out += '}';
    return out;
}

Metrics::Family& Metrics::family(std::string_view name, std::string_view type) {
    auto it = families_.find(name);
    if (it == families_.end()) it = families_.emplace(std::string{name}, Family{std::string{type}, {}, {}, {}}).first;
    return it->second;
}

void Metrics::describe(std::string_view name, std::string_view type, std::string_view help) {
    std::lock_guard lock{mutex_};
    auto& f = family(name, type);
    f.type = type;
    f.help = help;
}

void Metrics::add(std::string_view name, Labels labels, double amount) {
    auto key = render_labels(labels);
    std::lock_guard lock{mutex_};
    family(name, "counter").values[std::move(key)] += amount;
}

void Metrics::set(std::string_view name, Labels labels, double value) {
    auto key = render_labels(labels);
    std::lock_guard lock{mutex_};
    family(name, "gauge").values[std::move(key)] = value;
}

void Metrics::observe(std::string_view name, Labels labels, std::chrono::duration<double> seconds) {
    auto key = render_labels(labels);
    double const s = seconds.count();
    std::lock_guard lock{mutex_};
    auto& h = family(name, "histogram").histograms[std::move(key)];
    for (std::size_t i = 0; i < buckets.size(); ++i)
        if (s <= buckets[i]) ++h.counts[i];
    ++h.count;
    h.sum += s;
}

std::string Metrics::render() const {
    std::string out;
    std::lock_guard lock{mutex_};
    for (auto const& [name, f] : families_) {
        if (!f.help.empty()) out += "# HELP " + name + " " + f.help + "\n";
        out += "# TYPE " + name + " " + f.type + "\n";
        for (auto const& [labels, value] : f.values) {
            out += name + labels + " ";
            append_number(out, value);
            out += '\n';
        }
        for (auto const& [labels, h] : f.histograms) {
            for (std::size_t i = 0; i < buckets.size(); ++i) {
                std::string le;
                append_number(le, buckets[i]);
                append_sample(out, name + "_bucket", with_label(labels, "le", le), std::to_string(h.counts[i]));
            }
            append_sample(out, name + "_bucket", with_label(labels, "le", "+Inf"), std::to_string(h.count));
            std::string sum;
            append_number(sum, h.sum);
            append_sample(out, name + "_sum", labels, sum);
            append_sample(out, name + "_count", labels, std::to_string(h.count));
        }
    }
    return out;
}

}  // namespace pushback::util
