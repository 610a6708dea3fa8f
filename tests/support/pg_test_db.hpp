#pragma once
// A fresh PostgreSQL database for one test, on the throwaway cluster scripts/pg-test-cluster starts
// (scripts/test runs the suite under it): created from PUSHBACK_TEST_PG's URI, dropped at the end.

#include <optional>
#include <string>
#include <vector>

namespace pushback::test {

// The cluster's URI (PUSHBACK_TEST_PG), or nullopt outside scripts/pg-test-cluster.
std::optional<std::string> pg_test_cluster_uri();

class PgTestDb {
  public:
    // Throws std::runtime_error (which fails the test, with how to fix it) when there is no test cluster.
    PgTestDb();
    ~PgTestDb();
    PgTestDb(PgTestDb const&) = delete;
    PgTestDb& operator=(PgTestDb const&) = delete;

    std::string const& uri() const { return uri_; }
    std::string const& name() const { return name_; }
    // Runs SQL on this database, for checks the Store does not offer; the first column of each row.
    std::vector<std::string> query(std::string const& sql) const;

  private:
    std::string admin_uri_;
    std::string name_;
    std::string uri_;
};

}  // namespace pushback::test
