#include "util/log.hpp"

#include <unistd.h>

#include <array>
#include <cstdint>
#include <cstdio>
#include <ctime>
#include <random>

#include "util/json.hpp"
#include "util/utf8.hpp"

namespace pushback::util {
namespace {

void append_time(std::string& out) {
    auto const now = std::chrono::system_clock::now();
    auto const secs = std::chrono::system_clock::to_time_t(now);
    auto const ms = std::chrono::duration_cast<std::chrono::milliseconds>(now.time_since_epoch()).count() % 1000;
    std::tm tm{};
    gmtime_r(&secs, &tm);
    std::array<char, 32> buf{};
    std::size_t const n = std::strftime(buf.data(), buf.size(), "%Y-%m-%dT%H:%M:%S", &tm);
    out.append(buf.data(), n);
    std::array<char, 8> frac{};
    std::snprintf(frac.data(), frac.size(), ".%03dZ", static_cast<int>(ms));
    out += frac.data();
}

void field(std::string& out, std::string_view key, std::string_view value) {
    out += ",\"";
    out += key;
    out += "\":\"";
    // Log lines stay valid JSON whatever a field holds: bad UTF-8 becomes U+FFFD first.
    if (is_valid_utf8(value)) {
        append_json_escaped(out, value);
    } else {
        append_json_escaped(out, repair_utf8(value));
    }
    out += '"';
}

std::string_view level_name(LogLevel l) {
    switch (l) {
        case LogLevel::debug:
            return "debug";
        case LogLevel::info:
            return "info";
        case LogLevel::warn:
            return "warn";
        case LogLevel::error:
            return "error";
    }
    return "info";
}

thread_local std::string_view current_id;  // NOLINT: the per-thread request context, see RequestScope

}  // namespace

std::string_view current_request_id() { return current_id; }

RequestScope::RequestScope(std::string_view id) : previous_{current_id} { current_id = id; }
RequestScope::~RequestScope() { current_id = previous_; }

std::string new_request_id() {
    thread_local std::mt19937_64 random{std::random_device{}()};  // NOLINT: per-thread generator
    // 16 lowercase hex digits, written by hand: this runs for every request, and snprintf's format
    // parsing cost more than the random number.
    constexpr std::string_view digits = "0123456789abcdef";
    std::string id(16, '0');
    for (std::uint64_t n = random(), i = 16; i-- > 0; n >>= 4) id[i] = digits[n & 0xf];
    return id;
}

void Logger::write_line(std::string& line) const {
    line += '\n';
    // One write per line: lines from several threads never interleave.
    std::size_t off = 0;
    while (off < line.size()) {
        auto const n = ::write(fd_, line.data() + off, line.size() - off);
        if (n <= 0) return;
        off += static_cast<std::size_t>(n);
    }
}

void Logger::request(RequestLine const& r) const {
    if (!enabled(LogLevel::info)) return;
    std::string line;
    line.reserve(256);
    line += R"({"time":")";
    append_time(line);
    line += R"(","level":"info","msg":"request")";
    field(line, "method", r.method);
    field(line, "path", r.path);
    line += ",\"status\":";
    line += std::to_string(r.status);
    line += ",\"us\":";
    line += std::to_string(r.elapsed.count());
    if (!r.kind.empty()) field(line, "kind", r.kind);
    if (!r.team_id.empty()) field(line, "team", r.team_id);
    if (!r.user_id.empty()) field(line, "user", r.user_id);
    if (!r.detail.empty()) field(line, "detail", r.detail);
    if (!r.request_id.empty()) field(line, "req", r.request_id);
    line += '}';
    write_line(line);
}

void Logger::log(LogLevel level, std::string_view message, Fields fields) const {
    if (!enabled(level)) return;
    std::string line;
    line.reserve(128);
    line += R"({"time":")";
    append_time(line);
    line += R"(","level":")";
    line += level_name(level);
    line += '"';
    field(line, "msg", message);
    for (auto const& [k, v] : fields) field(line, k, v);
    if (!current_id.empty()) field(line, "req", current_id);
    line += '}';
    write_line(line);
}

}  // namespace pushback::util
