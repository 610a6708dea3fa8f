#pragma once
// libpq, wrapped for the PostgreSQL Store (private to storage/): owned connections and results, bound
// parameters, prepared statements cached per connection, libpq's failures classified (transient or not,
// outcome known or not) and a bounded pool the calls borrow connections from.

#include <libpq-fe.h>

#include <chrono>
#include <condition_variable>
#include <cstdint>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <string_view>
#include <type_traits>
#include <unordered_map>
#include <utility>
#include <vector>

#include "storage/detail/common.hpp"

namespace pushback::storage::detail {

struct PgResultFree {
    void operator()(PGresult* r) const { PQclear(r); }
};
using PgResult = std::unique_ptr<PGresult, PgResultFree>;

// A failed libpq call. `transient`: trying again may work (connection lost, server restarting, serialization
// failure, failover). `unknown_outcome`: the statement may have been applied (the connection broke after it
// was sent), so only idempotent statements are tried again. `broken`: the connection is unusable.
struct PgFailure {
    StorageError error;
    bool transient = false;
    bool unknown_outcome = false;
    bool broken = false;
};

// Values bound to $1, $2, ... (text format; nullopt is SQL NULL). PostgreSQL's text holds neither NUL nor
// broken UTF-8: such bytes are stored as U+FFFD (what Slack shows for them anyway), never refused or cut.
class PgParams {
  public:
    PgParams& text(std::string_view v);
    PgParams& i64(std::int64_t v) {
        values_.emplace_back(std::to_string(v));
        return *this;
    }
    PgParams& time(Seconds t) { return i64(to_db(t)); }
    PgParams& owner(Owner const& o) { return text(o.team_id).text(o.user_id); }
    PgParams& null() {
        values_.emplace_back(std::nullopt);
        return *this;
    }
    template <typename T, typename F>
    PgParams& maybe(std::optional<T> const& v, F&& add) {
        if (v) return add(*this, *v);
        return null();
    }
    std::vector<char const*> pointers() const;
    int size() const { return static_cast<int>(values_.size()); }

  private:
    std::vector<std::optional<std::string>> values_;
};

// One row of a result, as the shared readers want it (storage/detail/common.hpp).
struct PgRow {
    PGresult const* r;
    int row;
    std::string text(int col) const { return PQgetvalue(r, row, col); }
    std::int64_t i64(int col) const;
    bool null(int col) const { return PQgetisnull(r, row, col) != 0; }
};

class PgConnection {
  public:
    explicit PgConnection(PGconn* c) : conn_{c} {}
    ~PgConnection() { PQfinish(conn_); }
    PgConnection(PgConnection const&) = delete;
    PgConnection& operator=(PgConnection const&) = delete;

    bool ok() const { return PQstatus(conn_) == CONNECTION_OK; }
    // Reads what the server sent while the connection sat idle, without blocking: false when the server
    // closed it meanwhile (a restart or failover), so a write is not sent into a dead connection.
    bool alive();
    // Runs a constant statement, prepared on this connection the first time (its address names it).
    // Throws PgFailure.
    PgResult exec(char const* sql, PgParams const& params = {});
    // Runs SQL text without parameters (migrations, BEGIN/COMMIT). Throws PgFailure.
    PgResult exec_plain(std::string const& sql);
    static std::int64_t affected(PgResult const& r);  // rows an INSERT/UPDATE/DELETE touched
    std::string error_text() const;                   // libpq's last error, first line
    void quiet();                                     // server notices are not printed on stderr

  private:
    PgFailure failure(PGresult const* r, bool sent) const;
    PGconn* conn_;
    std::unordered_map<char const*, std::string> prepared_;
};

// Runs `body` in one transaction: committed when it returns (a Result: when it holds a value), rolled back on
// an error or a failure (PgFailure, thrown on).
template <typename F>
auto in_transaction(PgConnection& c, F&& body) -> decltype(body()) {
    c.exec_plain("BEGIN");
    try {
        if constexpr (std::is_void_v<decltype(body())>) {
            body();
            c.exec_plain("COMMIT");
        } else {
            auto out = body();
            c.exec_plain(out ? "COMMIT" : "ROLLBACK");
            return out;
        }
    } catch (PgFailure const&) {
        try {
            c.exec_plain("ROLLBACK");
        } catch (PgFailure const&) {  // NOLINT(bugprone-empty-catch): the first failure is the one to report
        }
        throw;
    }
}

struct ConnectSettings {
    std::string uri;
    std::string password;
    std::chrono::seconds connect_timeout{5};
    std::chrono::milliseconds statement_timeout{15000};
    std::string application_name = "pushback";
};

// Opens a connection; throws PgFailure (transient: the server may be starting or restarting).
std::unique_ptr<PgConnection> pg_connect(ConnectSettings const& settings);

// At most `size` connections, opened on demand; a borrower waits at most `wait` for one. A connection
// returned broken is closed; after a lost connection the idle ones are dropped too (a restarted server
// broke them all), so the next calls reconnect instead of failing once each.
class PgPool {
  public:
    PgPool(ConnectSettings settings, int size, std::chrono::milliseconds wait)
        : settings_{std::move(settings)}, size_{size}, wait_{wait} {}

    class Lease {
      public:
        Lease(PgPool& pool, std::unique_ptr<PgConnection> c) : pool_{&pool}, conn_{std::move(c)} {}
        Lease(Lease&& o) noexcept : pool_{std::exchange(o.pool_, nullptr)}, conn_{std::move(o.conn_)} {}
        Lease& operator=(Lease&&) = delete;
        Lease(Lease const&) = delete;
        Lease& operator=(Lease const&) = delete;
        ~Lease() {
            if (pool_) pool_->give_back(std::move(conn_));
        }
        PgConnection& operator*() { return *conn_; }
        PgConnection* operator->() { return conn_.get(); }
        void discard() { conn_.reset(); }

      private:
        PgPool* pool_;
        std::unique_ptr<PgConnection> conn_;
    };

    // Throws PgFailure: busy when none is free within the wait, or the connect failure.
    Lease acquire();
    void drop_idle();
    int size() const { return size_; }
    int in_use() const;

  private:
    void give_back(std::unique_ptr<PgConnection> c);
    ConnectSettings settings_;
    int size_;
    std::chrono::milliseconds wait_;
    mutable std::mutex mutex_;
    std::condition_variable freed_;
    std::vector<std::unique_ptr<PgConnection>> idle_;
    int lent_ = 0;  // borrowed, or being opened
};

}  // namespace pushback::storage::detail
