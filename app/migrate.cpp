// `pushback migrate`: brings the database's schema up to this build's, for deploy pipelines (a Kubernetes
// Job before the rolling update) and operators. Needs only PUSHBACK_DB and its settings.

#include <sys/stat.h>

#include <cstdio>
#include <string>

#include "app/cli.hpp"
#include "app/config.hpp"

namespace pushback::app::cli {

int migrate_command(std::vector<std::string> const& args) {
    if (!args.empty()) {
        std::fprintf(stderr, "usage: pushback migrate\n");
        return 2;
    }
    ::umask(077);  // a SQLite file created here holds users' text later: owner only, as `serve` makes it
    Config c;
    if (auto loaded = load_db_config(process_env(), c); !loaded) {
        std::fprintf(stderr, "pushback migrate: %s\n", loaded.error().c_str());
        return 2;
    }
    auto const where = printable_db(c.db_path);
    auto spec = store_spec(c);
    if (!storage::is_pg_uri(spec.db)) {
        // SQLite migrates when opened, under its write lock.
        auto store = storage::open_sqlite_store(spec.db);
        if (!store) {
            std::fprintf(stderr, "pushback migrate: %s: %s\n", where.c_str(), store.error().message.c_str());
            return 1;
        }
        std::printf("%s: schema at version %d\n", where.c_str(), storage::latest_schema_version());
        return 0;
    }
    auto report = storage::migrate_pg(spec.db, spec.pg);
    if (!report) {
        std::fprintf(stderr, "pushback migrate: %s: %s\n", where.c_str(), report.error().message.c_str());
        return 1;
    }
    std::string applied;
    for (int v : report->applied) applied += (applied.empty() ? "" : ", ") + std::to_string(v);
    std::printf("%s: schema at version %d (was %d; applied now: %s)\n", where.c_str(), report->to, report->from,
                applied.empty() ? "none" : applied.c_str());
    return 0;
}

}  // namespace pushback::app::cli
