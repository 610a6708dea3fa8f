#pragma once
// The PostgreSQL Store's private parts, shared by the files that implement it (storage/detail/pg_*.cpp):
// the class, the retry policy around every call and the row readers. A new Store method is one constant
// SQL string, a PgParams list and one run(): the pool, prepared statements, retries and error mapping come
// with it.

#include <atomic>
#include <chrono>
#include <mutex>
#include <new>
#include <optional>
#include <thread>
#include <vector>

#include "storage/detail/common.hpp"
#include "storage/detail/pg_conn.hpp"
#include "storage/postgres_store.hpp"

namespace pushback::storage::detail {

// Whether a call may simply run again after a transient failure whose outcome is unknown (the connection
// broke after the statement was sent): reads and statements that set values rather than add or count.
enum class Retry { safe, unsafe };

// The version recorded in schema_migrations (0 before the first migration). Throws PgFailure.
int pg_schema_version(PgConnection& c);

inline Commitment read_commitment(PGresult const* r, int row) { return read_commitment_row(PgRow{r, row}); }
inline Reminder read_reminder(PGresult const* r, int row) { return read_reminder_row(PgRow{r, row}); }

template <typename T, typename Read>
std::vector<T> read_all(PgResult const& r, Read read) {
    std::vector<T> out;
    int const n = PQntuples(r.get());
    out.reserve(static_cast<std::size_t>(n));
    for (int i = 0; i < n; ++i) out.push_back(read(r.get(), i));
    return out;
}

class PgStore final : public Store {
  public:
    PgStore(PgOptions options, ConnectSettings settings)
        : options_{std::move(options)}, pool_{std::move(settings), options_.pool_size, options_.pool_wait} {}

    PUSHBACK_STORE_OVERRIDES
    StoreStats stats() const override { return {errors_.load(), pool_.size(), pool_.in_use()}; }

  private:
    // Every call: a pooled connection (bounded wait), libpq's failures as StorageError, and a transient
    // failure tried again (a short pause between) when the statement is safe to repeat or surely was not
    // applied. A broken connection is closed, and the idle ones with it (they share its fate).
    template <typename F>
    auto run(Retry retry, F&& body) -> decltype(body(std::declval<PgConnection&>())) {
        for (int attempt = 1;; ++attempt) {
            try {
                auto lease = pool_.acquire();
                try {
                    return body(*lease);
                } catch (PgFailure const& f) {
                    if (f.broken) {
                        lease.discard();
                        pool_.drop_idle();
                    }
                    throw;
                }
            } catch (PgFailure const& f) {
                bool const again =
                    f.transient && attempt < options_.max_attempts && (retry == Retry::safe || !f.unknown_outcome);
                if (!again) {
                    ++errors_;
                    return std::unexpected(f.error);
                }
                std::this_thread::sleep_for(std::chrono::milliseconds{100} * attempt * attempt);
            } catch (std::bad_alloc const&) {
                ++errors_;
                return fail(StorageErrorKind::internal, "out of memory");
            } catch (std::exception const& e) {
                ++errors_;
                return fail(StorageErrorKind::internal, e.what());
            }
        }
    }

    Seconds now() const { return options_.clock(); }

    PgOptions options_;
    PgPool pool_;
    std::atomic<std::uint64_t> errors_{0};
    std::mutex prune_mutex_;
    std::optional<Seconds> last_prune_;
};

}  // namespace pushback::storage::detail
