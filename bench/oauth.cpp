// What installing in many workspaces costs each Web API call: opening a sealed token (AES-256-GCM), and the
// whole token lookup (SQLite find_installation + open) for one of 10,000 installations, as the Web API
// client's TokenResolver does on every call; and sealing, and the install state's issue + verify.
//
//   ninja -C build bench_oauth && ./build/bench/bench_oauth

#include <benchmark/benchmark.h>

#include <boost/asio/co_spawn.hpp>
#include <boost/asio/io_context.hpp>
#include <cstdlib>
#include <filesystem>
#include <stdexcept>
#include <string>

#include "bot/oauth_state.hpp"
#include "bot/token_cipher.hpp"
#include "handlers/oauth/tokens.hpp"
#include "storage/sqlite_store.hpp"
#include "util/clock.hpp"
#include "util/log.hpp"

namespace {

using namespace pushback;
namespace net = boost::asio;

constexpr int installations = 10'000;

bot::TokenCipher const& cipher() {
    static bot::TokenCipher const c = *bot::TokenCipher::from_base64(bot::base64_encode(std::string(32, '\x07')));
    return c;
}

void BM_SealToken(benchmark::State& state) {
    for (auto _ : state)
        benchmark::DoNotOptimize(
            cipher().seal("xoxb-1234567890-1234567890123-abcdefghijklmnopqrstuvwx", "bot_token:T1"));
}
BENCHMARK(BM_SealToken);

void BM_OpenToken(benchmark::State& state) {
    auto const sealed = *cipher().seal("xoxb-1234567890-1234567890123-abcdefghijklmnopqrstuvwx", "bot_token:T1");
    for (auto _ : state) benchmark::DoNotOptimize(cipher().open(sealed, "bot_token:T1"));
}
BENCHMARK(BM_OpenToken);

void BM_StateIssueVerify(benchmark::State& state) {
    auto const now = std::chrono::floor<std::chrono::seconds>(std::chrono::system_clock::now());
    for (auto _ : state) {
        auto s = bot::issue_oauth_state("state-secret-0123456789", now);
        benchmark::DoNotOptimize(bot::verify_oauth_state(s->value, "state-secret-0123456789", now));
    }
}
BENCHMARK(BM_StateIssueVerify);

// The resolver's whole path for a token that does not need refreshing, on a real SQLite file.
void BM_ResolveToken(benchmark::State& state) {
    auto pattern = (std::filesystem::temp_directory_path() / "pushback-bench-oauth-XXXXXX").string();
    if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    std::filesystem::path const dir{pattern};
    {
        auto store = std::move(*storage::open_sqlite_store(dir / "db.sqlite3"));
        util::SystemClock clock;
        util::Logger log(util::LogLevel::error, 2);
        handlers::oauth::InstallationTokens tokens(*store, cipher(), clock, log, {});
        auto const now = std::chrono::floor<std::chrono::seconds>(clock.now());
        for (int i = 0; i < installations; ++i) {
            storage::Installation inst;
            inst.team_id = "T" + std::to_string(i);
            inst.bot_user_id = "UBOT";
            if (!tokens.seal(inst, "xoxb-token-" + std::to_string(i), {})) throw std::runtime_error("seal");
            if (!store->save_installation(inst, now)) throw std::runtime_error("save");
        }
        net::io_context ioc;
        int i = 0;
        for (auto _ : state) {
            bot::Tenant tenant{{}, "T" + std::to_string(i++ % installations), false};
            net::co_spawn(ioc, tokens.bot_token(std::move(tenant), {}),
                          [](std::exception_ptr, auto r) { benchmark::DoNotOptimize(r); });
            ioc.run();
            ioc.restart();
        }
    }
    std::filesystem::remove_all(dir);
}
BENCHMARK(BM_ResolveToken);

}  // namespace

BENCHMARK_MAIN();
