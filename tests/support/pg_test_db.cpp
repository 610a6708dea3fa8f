#include "support/pg_test_db.hpp"

#include <libpq-fe.h>
#include <unistd.h>

#include <atomic>
#include <cstdlib>
#include <memory>
#include <random>
#include <stdexcept>

namespace pushback::test {
namespace {

struct ConnClose {
    void operator()(PGconn* c) const { PQfinish(c); }
};
struct ResultClear {
    void operator()(PGresult* r) const { PQclear(r); }
};

std::vector<std::string> run(std::string const& uri, std::string const& sql) {
    std::unique_ptr<PGconn, ConnClose> c{PQconnectdb(uri.c_str())};
    if (PQstatus(c.get()) != CONNECTION_OK)
        throw std::runtime_error("test database: " + std::string(PQerrorMessage(c.get())));
    std::unique_ptr<PGresult, ResultClear> r{PQexec(c.get(), sql.c_str())};
    auto const status = PQresultStatus(r.get());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        throw std::runtime_error("test database: " + std::string(PQresultErrorMessage(r.get())) + " in: " + sql);
    std::vector<std::string> out;
    for (int i = 0; i < PQntuples(r.get()); ++i) out.emplace_back(PQgetvalue(r.get(), i, 0));
    return out;
}

}  // namespace

std::optional<std::string> pg_test_cluster_uri() {
    if (char const* v = std::getenv("PUSHBACK_TEST_PG"); v && *v) return std::string{v};
    return std::nullopt;
}

PgTestDb::PgTestDb() {
    auto admin = pg_test_cluster_uri();
    if (!admin)
        throw std::runtime_error(
            "PUSHBACK_TEST_PG is not set: run the PostgreSQL tests under scripts/pg-test-cluster run ... "
            "(scripts/test does), or skip them with ctest -LE pg");
    admin_uri_ = *admin;
    static std::atomic<int> counter{0};
    std::random_device rd;
    name_ = "pushback_test_" + std::to_string(::getpid()) + "_" + std::to_string(counter++) + "_" +
            std::to_string(rd() % 100000);
    run(admin_uri_, "CREATE DATABASE " + name_);
    auto const slash = admin_uri_.rfind('/');
    auto const query = admin_uri_.find('?', slash);
    uri_ = admin_uri_.substr(0, slash + 1) + name_ + (query == std::string::npos ? "" : admin_uri_.substr(query));
}

PgTestDb::~PgTestDb() {
    try {
        run(admin_uri_, "DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
    } catch (...) {  // NOLINT(bugprone-empty-catch): the cluster is removed at the end of the run anyway
    }
}

std::vector<std::string> PgTestDb::query(std::string const& sql) const { return run(uri_, sql); }

}  // namespace pushback::test
