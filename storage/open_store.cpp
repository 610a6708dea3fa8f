#include "storage/open_store.hpp"

namespace pushback::storage {

std::expected<std::unique_ptr<Store>, StorageError> open_store(StoreSpec const& spec) {
    if (is_pg_uri(spec.db)) {
        auto pg = spec.pg;
        if (spec.clock) pg.clock = spec.clock;
        return open_pg_store(spec.db, std::move(pg));
    }
    SqliteOptions options;
    if (spec.clock) options.clock = spec.clock;
    return open_sqlite_store(spec.db, std::move(options));
}

}  // namespace pushback::storage
