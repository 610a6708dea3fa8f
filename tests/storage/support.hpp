#pragma once
// Shared bits for the storage tests: a real temporary directory, a settable clock, UTC literals.

#include <stdlib.h>

#include <atomic>
#include <chrono>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <stdexcept>
#include <string>

#include "storage/sqlite_store.hpp"

namespace pushback::storage::test {

class TempDir {
  public:
    TempDir() {
        auto pattern = (std::filesystem::temp_directory_path() / "pushback-storage-XXXXXX").string();
        if (mkdtemp(pattern.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
        path_ = pattern;
    }
    ~TempDir() {
        std::error_code ec;
        std::filesystem::remove_all(path_, ec);
    }
    TempDir(TempDir const&) = delete;
    TempDir& operator=(TempDir const&) = delete;
    std::filesystem::path const& path() const { return path_; }
    std::filesystem::path db() const { return path_ / "var" / "pushback.sqlite3"; }

  private:
    std::filesystem::path path_;
};

// 2026-02-15T10:00:00Z style, from parts; std::chrono calendar types only.
inline Seconds utc(int y, unsigned m, unsigned d, int h = 0, int mi = 0, int s = 0) {
    using namespace std::chrono;
    return sys_days{year{y} / month{m} / day{d}} + hours{h} + minutes{mi} + seconds{s};
}

struct TestClock {
    std::atomic<std::int64_t> now{utc(2026, 2, 15, 10).time_since_epoch().count()};
    void set(Seconds t) { now = t.time_since_epoch().count(); }
    void advance(std::chrono::seconds d) { now += d.count(); }
    SqliteOptions options(int migrate_to = 0) {
        SqliteOptions o;
        o.clock = [this] { return Seconds{std::chrono::seconds{now.load()}}; };
        o.migrate_to = migrate_to;
        return o;
    }
};

inline std::string read_bytes(std::filesystem::path const& p) {
    std::ifstream in{p, std::ios::binary};
    return {std::istreambuf_iterator<char>{in}, std::istreambuf_iterator<char>{}};
}

// user_version from the header (bytes 60..63, big-endian).
inline int header_user_version(std::filesystem::path const& p) {
    auto const bytes = read_bytes(p);
    if (bytes.size() < 100) return -1;
    auto b = [&](int i) {
        return static_cast<unsigned>(static_cast<unsigned char>(bytes[static_cast<std::size_t>(i)]));
    };
    return static_cast<int>((b(60) << 24) | (b(61) << 16) | (b(62) << 8) | b(63));
}

inline std::unique_ptr<Store> open_or_fail(std::filesystem::path const& p, SqliteOptions options) {
    auto store = open_sqlite_store(p, std::move(options));
    if (!store) throw std::runtime_error("open failed: " + store.error().message);
    return std::move(*store);
}

inline NewCommitment decision(std::string text) {
    NewCommitment c;
    c.decision = std::move(text);
    return c;
}

}  // namespace pushback::storage::test
