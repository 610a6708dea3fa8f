#include "util/time_zone.hpp"

#include <date/tz.h>

#include <stdexcept>
#include <string>

namespace pushback::util {

date::time_zone const* find_time_zone(std::string_view name) {
    if (name.empty()) return nullptr;
    try {
        return date::locate_zone(name);
    } catch (std::runtime_error const&) {  // date reports an unknown name by throwing
        return nullptr;
    }
}

}  // namespace pushback::util
