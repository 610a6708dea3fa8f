#pragma once
// The completion handler every detached coroutine gets: co_spawn(ex, session(), util::LogEscaped{log, "session"})
// logs an exception that escapes the coroutine instead of losing it (Beast's awaitable example does the same
// with `if (e) std::rethrow_exception(e)`). Only the coroutine's name and the exception's type are logged:
// an exception's text may quote a user's message or a secret.

#include <exception>
#include <string_view>

#include "util/log.hpp"

namespace pushback::util {

struct LogEscaped {
    Logger const& log;
    std::string_view coroutine;  // a name for the log line ("session", "after-ack task"); must outlive the handler

    void operator()(std::exception_ptr e) const;
};

// The dynamic type of the exception in `e`, demangled ("std::bad_alloc"); "unknown" for a non-class type.
std::string exception_type(std::exception_ptr const& e);

}  // namespace pushback::util
