// The session engine's cost per wake-up of the app's loop, and of looking ahead for cues.
#include <benchmark/benchmark.h>

#include <filesystem>

#include "core/routine/routine_loader.hpp"
#include "core/session/cues.hpp"
#include "core/session/session_engine.hpp"

namespace limber {
namespace {

std::shared_ptr<const Plan> bedtime_plan() {
  const auto routine = load_routine_file(std::filesystem::path(LIMBER_ROUTINES_DIR) / "bedtime-stretches.yaml");
  return std::make_shared<const Plan>(expand_plan(*routine));
}

// A wake-up with nothing due (the GUI redrawing mid-phase).
void BM_EngineUpdateIdle(benchmark::State& state) {
  SessionEngine engine(bedtime_plan());
  (void)engine.start(Nanos{0});
  const Nanos mid_phase = std::chrono::milliseconds{12'500};
  (void)engine.update(mid_phase);
  for (auto _ : state) {
    auto events = engine.update(mid_phase);
    benchmark::DoNotOptimize(events);
  }
}
BENCHMARK(BM_EngineUpdateIdle);

// A wake-up at every deadline of a whole session, averaged per deadline.
void BM_EngineWholeSessionPerDeadline(benchmark::State& state) {
  const auto plan = bedtime_plan();
  std::int64_t deadlines = 0;
  for (auto _ : state) {
    SessionEngine engine(plan);
    auto events = engine.start(Nanos{0});
    while (auto deadline = engine.next_deadline()) {
      events = engine.update(*deadline);
      ++deadlines;
    }
    benchmark::DoNotOptimize(events);
  }
  state.SetItemsProcessed(deadlines);
}
BENCHMARK(BM_EngineWholeSessionPerDeadline)->Unit(benchmark::kMicrosecond);

// What the app does before each deadline: preview 60 ms ahead and pick the cues.
void BM_CueLookahead(benchmark::State& state) {
  SessionEngine engine(bedtime_plan());
  (void)engine.start(Nanos{0});
  const Nanos before_boundary = std::chrono::milliseconds{19'950};
  (void)engine.update(before_boundary);
  for (auto _ : state) {
    auto cues = cues_for(engine.preview(before_boundary + std::chrono::milliseconds{60}), engine.plan());
    benchmark::DoNotOptimize(cues);
  }
}
BENCHMARK(BM_CueLookahead);

}  // namespace
}  // namespace limber

BENCHMARK_MAIN();
