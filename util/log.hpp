#pragma once
// Structured logs: one JSON object per line on stderr. The request line carries ids and timings,
// never message text, tokens or secrets; debug lines are off unless PUSHBACK_LOG_LEVEL=debug.

#include <chrono>
#include <initializer_list>
#include <string>
#include <string_view>
#include <utility>

namespace pushback::util {

enum class LogLevel { debug, info, warn, error };

// The request id of the request this thread is handling right now, or empty. Logger adds it to every line
// ("req") while a RequestScope is alive; code that continues a request later (after-ack Slack calls) passes
// the id on explicitly. Only set it around synchronous work: a coroutine that suspends would leak it.
std::string_view current_request_id();

class RequestScope {
  public:
    explicit RequestScope(std::string_view id);
    ~RequestScope();
    RequestScope(RequestScope const&) = delete;
    RequestScope& operator=(RequestScope const&) = delete;

  private:
    std::string_view previous_;
};

// A new request id: 16 hex digits, random.
std::string new_request_id();

class Logger {
  public:
    explicit Logger(LogLevel level = LogLevel::info, int fd = 2) : level_(level), fd_(fd) {}

    struct RequestLine {
        std::string_view method;
        std::string_view path;
        unsigned status = 0;
        std::chrono::microseconds elapsed{};
        std::string_view kind;
        std::string_view team_id;
        std::string_view user_id;
        std::string_view detail;
        std::string_view request_id = {};
    };
    void request(RequestLine const& r) const;

    using Fields = std::initializer_list<std::pair<std::string_view, std::string_view>>;
    void log(LogLevel level, std::string_view message, Fields fields = {}) const;
    void info(std::string_view message, Fields fields = {}) const { log(LogLevel::info, message, fields); }
    void warn(std::string_view message, Fields fields = {}) const { log(LogLevel::warn, message, fields); }
    void error(std::string_view message, Fields fields = {}) const { log(LogLevel::error, message, fields); }
    void debug(std::string_view message, Fields fields = {}) const { log(LogLevel::debug, message, fields); }
    bool enabled(LogLevel level) const { return level >= level_; }

  private:
    void write_line(std::string& line) const;
    LogLevel level_;
    int fd_;
};

}  // namespace pushback::util
