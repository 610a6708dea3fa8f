#include "util/log_escaped.hpp"

#include <cxxabi.h>

#include <cstdlib>
#include <memory>
#include <string>
#include <typeinfo>

namespace pushback::util {

std::string exception_type(std::exception_ptr const& e) {
    if (!e) return {};
    std::type_info const* type = nullptr;
    try {
        std::rethrow_exception(e);
    } catch (...) {
        type = abi::__cxa_current_exception_type();
    }
    if (!type) return "unknown";
    int status = 0;
    std::unique_ptr<char, void (*)(void*)> demangled{abi::__cxa_demangle(type->name(), nullptr, nullptr, &status),
                                                     std::free};
    return status == 0 && demangled ? std::string(demangled.get()) : std::string(type->name());
}

void LogEscaped::operator()(std::exception_ptr e) const {
    if (!e) return;
    log.error("coroutine ended by an exception", {{"coroutine", coroutine}, {"exception", exception_type(e)}});
}

}  // namespace pushback::util
