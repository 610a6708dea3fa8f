#pragma once
// The clock seam: production reads the system clock; tests inject a fixed or manual one so nothing
// time-dependent needs sleeping.

#include <atomic>
#include <chrono>

namespace pushback::util {

class Clock {
  public:
    using time_point = std::chrono::system_clock::time_point;
    virtual ~Clock() = default;
    virtual time_point now() const = 0;
};

class SystemClock final : public Clock {
  public:
    time_point now() const override { return std::chrono::system_clock::now(); }
};

// A clock that only moves when told to (thread-safe).
class ManualClock final : public Clock {
  public:
    explicit ManualClock(time_point start) : now_(start.time_since_epoch().count()) {}
    time_point now() const override { return time_point{time_point::duration{now_.load()}}; }
    void set(time_point t) { now_.store(t.time_since_epoch().count()); }
    void advance(std::chrono::system_clock::duration d) { now_.fetch_add(d.count()); }

  private:
    std::atomic<time_point::rep> now_;
};

}  // namespace pushback::util
