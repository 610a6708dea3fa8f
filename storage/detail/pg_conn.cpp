#include "storage/detail/pg_conn.hpp"

#include <poll.h>

#include <charconv>
#include <cstring>

#include "util/utf8.hpp"

namespace pushback::storage::detail {
namespace {

void ignore_notice(void*, char const*) {}

std::string primary_message(PGresult const* r, PGconn const* c) {
    // The primary message only: DETAIL may quote row values (users' text), which must stay out of logs.
    if (r != nullptr) {
        if (char const* m = PQresultErrorField(r, PG_DIAG_MESSAGE_PRIMARY)) return m;
    }
    std::string m = c != nullptr ? PQerrorMessage(c) : "";
    while (!m.empty() && (m.back() == '\n' || m.back() == ' ')) m.pop_back();
    if (auto nl = m.find('\n'); nl != std::string::npos) m.resize(nl);
    return m.empty() ? "no answer from the server" : m;
}

}  // namespace

PgParams& PgParams::text(std::string_view v) {
    if (v.find('\0') == std::string_view::npos && util::is_valid_utf8(v)) {
        values_.emplace_back(std::string{v});
        return *this;
    }
    std::string out;
    for (char c : util::repair_utf8(v)) {
        if (c == '\0') {
            out += "\xEF\xBF\xBD";  // U+FFFD
        } else {
            out += c;
        }
    }
    values_.emplace_back(std::move(out));
    return *this;
}

std::vector<char const*> PgParams::pointers() const {
    std::vector<char const*> out;
    out.reserve(values_.size());
    for (auto const& v : values_) out.push_back(v ? v->c_str() : nullptr);
    return out;
}

std::int64_t PgRow::i64(int col) const {
    char const* v = PQgetvalue(r, row, col);
    std::int64_t out = 0;
    std::from_chars(v, v + std::strlen(v), out);
    return out;
}

bool PgConnection::alive() {
    if (!ok() || PQsocket(conn_) < 0) return false;
    // An idle connection is sent nothing (no LISTEN here): anything readable is the server's goodbye (a
    // FATAL message, then end of file) or a reset.
    pollfd p{PQsocket(conn_), POLLIN, 0};
    return ::poll(&p, 1, 0) == 0;
}

PgFailure PgConnection::failure(PGresult const* r, bool sent) const {
    PgFailure f;
    std::string const state = r != nullptr && PQresultErrorField(r, PG_DIAG_SQLSTATE) != nullptr
                                  ? PQresultErrorField(r, PG_DIAG_SQLSTATE)
                                  : "";
    std::string const message = "postgresql: " + primary_message(r, conn_) + (state.empty() ? "" : " [" + state + "]");
    f.broken = !ok();
    auto const cls = state.substr(0, 2);
    if (f.broken || cls == "08" || state.starts_with("57P")) {
        // The connection went away (server restart, failover, network): if the statement had been sent and
        // no answer came, it may have been applied.
        f.error = {StorageErrorKind::io, message};
        f.transient = true;
        f.broken = true;
        f.unknown_outcome = sent && state.empty();
    } else if (state == "40001" || state == "40P01" || cls == "53") {
        f.error = {StorageErrorKind::busy, message};  // rolled back: safe to run again
        f.transient = true;
    } else if (state == "25006") {
        f.error = {StorageErrorKind::io, message};  // a standby after failover: reconnect to the new primary
        f.transient = true;
        f.broken = true;
    } else if (state == "57014" || state == "55P03") {
        f.error = {StorageErrorKind::busy, message};  // statement or lock timeout
    } else if (cls == "22" || cls == "23") {
        f.error = {StorageErrorKind::invalid_argument, message};
    } else if (cls == "XX") {
        f.error = {StorageErrorKind::corrupt, message};
    } else {
        f.error = {StorageErrorKind::internal, message};
    }
    return f;
}

PgResult PgConnection::exec(char const* sql, PgParams const& params) {
    auto [it, fresh] = prepared_.try_emplace(sql);
    if (fresh) {
        it->second = "pb" + std::to_string(prepared_.size());
        PgResult prep{PQprepare(conn_, it->second.c_str(), sql, 0, nullptr)};
        if (!prep || PQresultStatus(prep.get()) != PGRES_COMMAND_OK) {
            auto f = failure(prep.get(), false);
            prepared_.erase(it);
            throw f;
        }
    }
    auto const values = params.pointers();
    PgResult r{PQexecPrepared(conn_, it->second.c_str(), params.size(), values.data(), nullptr, nullptr, 0)};
    auto const status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) throw failure(r.get(), true);
    return r;
}

PgResult PgConnection::exec_plain(std::string const& sql) {
    PgResult r{PQexec(conn_, sql.c_str())};
    auto const status = r ? PQresultStatus(r.get()) : PGRES_FATAL_ERROR;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) throw failure(r.get(), true);
    return r;
}

std::int64_t PgConnection::affected(PgResult const& r) {
    char const* n = PQcmdTuples(r.get());
    std::int64_t out = 0;
    std::from_chars(n, n + std::strlen(n), out);
    return out;
}

std::unique_ptr<PgConnection> pg_connect(ConnectSettings const& s) {
    // Our defaults come first, so whatever the URI says (it is expanded from dbname) wins over them.
    std::string const timeout = std::to_string(std::max<std::int64_t>(1, s.connect_timeout.count()));
    std::string const options = "-c statement_timeout=" + std::to_string(s.statement_timeout.count());
    std::vector<char const*> keys{"connect_timeout", "application_name", "client_encoding", "options"};
    std::vector<char const*> values{timeout.c_str(), s.application_name.c_str(), "UTF8", options.c_str()};
    if (!s.password.empty()) {
        keys.push_back("password");
        values.push_back(s.password.c_str());
    }
    keys.push_back("dbname");
    values.push_back(s.uri.c_str());
    keys.push_back(nullptr);
    values.push_back(nullptr);
    auto conn = std::make_unique<PgConnection>(PQconnectdbParams(keys.data(), values.data(), 1));
    if (!conn->ok()) {
        PgFailure f;
        f.error = {StorageErrorKind::io, "postgresql: cannot connect: " + conn->error_text()};
        f.transient = true;
        f.broken = true;
        throw f;
    }
    return conn;
}

std::string PgConnection::error_text() const { return primary_message(nullptr, conn_); }

void PgConnection::quiet() { PQsetNoticeProcessor(conn_, ignore_notice, nullptr); }

// ---- the pool ----

PgPool::Lease PgPool::acquire() {
    std::unique_lock lock{mutex_};
    auto const deadline = std::chrono::steady_clock::now() + wait_;
    for (;;) {
        while (!idle_.empty()) {
            auto c = std::move(idle_.back());
            idle_.pop_back();
            if (c->alive()) {
                ++lent_;
                return Lease{*this, std::move(c)};
            }
        }
        if (lent_ < size_) break;
        if (freed_.wait_until(lock, deadline) == std::cv_status::timeout && idle_.empty() && lent_ >= size_) {
            PgFailure f;
            f.error = {StorageErrorKind::busy, "no database connection free within " + std::to_string(wait_.count()) +
                                                   " ms (pool of " + std::to_string(size_) + ")"};
            throw f;
        }
    }
    ++lent_;
    lock.unlock();
    try {
        auto c = pg_connect(settings_);
        c->quiet();
        return Lease{*this, std::move(c)};
    } catch (...) {
        lock.lock();
        --lent_;
        freed_.notify_one();
        throw;
    }
}

void PgPool::give_back(std::unique_ptr<PgConnection> c) {
    std::lock_guard lock{mutex_};
    --lent_;
    if (c && c->ok()) idle_.push_back(std::move(c));
    freed_.notify_one();
}

void PgPool::drop_idle() {
    std::vector<std::unique_ptr<PgConnection>> dropped;
    std::lock_guard lock{mutex_};
    dropped.swap(idle_);
}

int PgPool::in_use() const {
    std::lock_guard lock{mutex_};
    return lent_;
}

}  // namespace pushback::storage::detail
