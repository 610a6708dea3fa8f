#include "storage/open_store.hpp"

namespace pushback::storage {

std::expected<std::unique_ptr<Store>, StorageError> open_store(StoreSpec const& spec) {
    if (is_pg_uri(spec.db)) return open_pg_store(spec.db, spec.pg);
    return open_sqlite_store(spec.db);
}

}  // namespace pushback::storage
