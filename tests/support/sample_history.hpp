#pragma once
// A believable history for screenshots and benchmarks: `days` days up to `today`, a morning calf
// session on most days and bedtime stretches on many evenings, a few stopped ones, reps creeping
// up, and a nightly diary whose cramps fall over the first weeks as in the trial. Deterministic.

#include <fmt/format.h>

#include <algorithm>
#include <random>

#include "core/base/calendar.hpp"
#include "core/history/history_store.hpp"

namespace limber::testing {

inline void write_sample_history(HistoryStore& store, DayNumber today, int days, unsigned seed = 7) {
  std::mt19937 rng(seed);
  // The ticks and the button's cramps draw from their own generator: the sessions and the diary
  // stay as they were before there were any.
  std::mt19937 extra_rng(seed + 1);
  std::uniform_real_distribution<double> chance(0, 1);
  int morning_reps = 6;
  int completed_at_target = 0;
  for (DayNumber day = today - days + 1; day <= today; ++day) {
    const std::string date = format_date(day);
    const double progress = std::min(1.0, static_cast<double>(day - (today - days + 1)) / 56.0);
    // A lazy fortnight now and then, so the streaks and the goal have something to show.
    const bool lazy_spell = ((day / 7) % 9) == 4;
    const auto add = [&](const char* routine, const char* time, std::int64_t planned, std::optional<std::int64_t> reps) {
      SessionRecord s;
      s.uuid = fmt::format("sample-{}-{}", date, routine);
      s.routine_name = routine;
      s.routine_file = fmt::format("/usr/share/limber/routines/{}.yaml", routine);
      s.routine_hash = "0123456789abcdef";
      s.local_date = date;
      s.started_utc = fmt::format("{}T{}Z", date, time);
      s.ended_utc = s.started_utc;
      s.planned_seconds = planned;
      s.reps_target = reps;
      const bool stopped = chance(rng) < 0.06;
      s.outcome = stopped ? SessionOutcome::stopped : SessionOutcome::completed;
      s.active_seconds = stopped ? planned / 3 : planned;
      if (reps) {
        s.reps = {{0, "Calf ledge stretch", "left", stopped ? 2 : static_cast<int>(*reps), static_cast<int>(*reps)},
                  {0, "Calf ledge stretch", "right", stopped ? 0 : static_cast<int>(*reps), static_cast<int>(*reps)}};
      }
      (void)store.save_session(s);
      return !stopped;
    };
    if (chance(rng) < (lazy_spell ? 0.35 : 0.88)) {
      if (add("Morning calf stretch", "07:10:00", 60 + 20 * morning_reps, morning_reps) && ++completed_at_target >= 3 &&
          morning_reps < 8) {
        ++morning_reps;
        completed_at_target = 0;
      }
    }
    if (chance(rng) < (lazy_spell ? 0.25 : 0.7)) add("Bedtime stretches", "21:30:00", 420, std::nullopt);
    if (chance(rng) < 0.93) {
      const double mean = 3.0 - 1.9 * progress + (lazy_spell ? 0.8 : 0.0);
      std::poisson_distribution<int> cramps(std::max(0.1, mean));
      const int n = std::min(9, cramps(rng));
      const int severity = n == 0 ? 0 : std::clamp(static_cast<int>(6.5 - 3.0 * progress + (chance(rng) - 0.5) * 4), 1, 10);
      (void)store.save_diary_entry({format_date(day - 1), n, severity, ""});
      // Now and then the worst one was met with the Cramp-now button (never more than the night had).
      if (n > 0 && chance(extra_rng) < 0.12) {
        CrampEvent event;
        event.uuid = fmt::format("sample-cramp-{}", format_date(day - 1));
        event.at_utc = fmt::format("{}T02:40:00Z", date);
        event.local_time = fmt::format("{} 03:40", date);
        event.night = format_date(day - 1);
        event.leg = chance(extra_rng) < 0.6 ? Side::left : Side::right;
        (void)store.record_cramp(event);
      }
    }
    if (chance(extra_rng) < 0.4) (void)store.set_tried(date, "magnesium", true);
    if (chance(extra_rng) < 0.6) (void)store.set_tried(date, "water", true);
  }
}

}  // namespace limber::testing
