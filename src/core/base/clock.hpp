#pragma once
// Time, injected: the monotonic clock the session engine runs on, and the wall clock that says
// what day it is and stamps the history. Nothing in core reads a clock itself: callers pass
// `now` from one of these, the real clocks in the app and hand-moved ones in tests.

#include <atomic>
#include <chrono>

namespace limber {

using Nanos = std::chrono::nanoseconds;

class MonotonicClock {
 public:
  virtual ~MonotonicClock() = default;
  // Nanoseconds since an arbitrary, fixed origin; never goes backwards.
  [[nodiscard]] virtual Nanos now() const = 0;
};

class SteadyClock final : public MonotonicClock {
 public:
  [[nodiscard]] Nanos now() const override {
    return std::chrono::duration_cast<Nanos>(std::chrono::steady_clock::now().time_since_epoch());
  }
};

// A clock that moves only when told to, for tests and simulations. Atomic: an audio thread may
// read it while the test's thread moves it.
class ManualClock final : public MonotonicClock {
 public:
  explicit ManualClock(Nanos start = Nanos{0}) : now_(start.count()) {}
  [[nodiscard]] Nanos now() const override { return Nanos{now_.load()}; }
  void advance(Nanos by) { now_ += by.count(); }
  void set(Nanos to) { now_ = to.count(); }

 private:
  std::atomic<Nanos::rep> now_;
};

using WallTime = std::chrono::system_clock::time_point;

// The calendar's clock: today's date and the history's timestamps. It may jump (the user sets
// the time, daylight saving), so nothing is timed with it.
class WallClock {
 public:
  virtual ~WallClock() = default;
  [[nodiscard]] virtual WallTime now() const = 0;
};

class SystemWallClock final : public WallClock {
 public:
  [[nodiscard]] WallTime now() const override { return std::chrono::system_clock::now(); }
};

// A wall clock that moves only when told to, for tests.
class ManualWallClock final : public WallClock {
 public:
  explicit ManualWallClock(WallTime start) : now_(start.time_since_epoch().count()) {}
  [[nodiscard]] WallTime now() const override { return WallTime{WallTime::duration{now_.load()}}; }
  void advance(std::chrono::system_clock::duration by) { now_ += by.count(); }

 private:
  std::atomic<WallTime::rep> now_;
};

}  // namespace limber
