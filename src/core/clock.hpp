#pragma once
// Monotonic time for the session engine. The engine never reads a clock itself: callers pass `now`
// from one of these, the real steady clock in the app and a hand-moved one in tests.

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

// A clock that moves only when told to, for tests and simulations.
class ManualClock final : public MonotonicClock {
 public:
  explicit ManualClock(Nanos start = Nanos{0}) : now_(start) {}
  [[nodiscard]] Nanos now() const override { return now_; }
  void advance(Nanos by) { now_ += by; }
  void set(Nanos to) { now_ = to; }

 private:
  Nanos now_;
};

}  // namespace limber
