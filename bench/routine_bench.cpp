// Loading and checking routines, and expanding plans. Targets (docs/performance.md):
// under 1 ms per typical routine file, under 300 ms for a library of 1,000 files.
#include <benchmark/benchmark.h>
#include <fmt/format.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>

#include "core/routine/plan.hpp"
#include "core/routine/routine_library.hpp"
#include "core/routine/routine_loader.hpp"

namespace limber {
namespace {

std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

std::string big_routine_text(int exercises) {
  std::string text = "limber: 1\nname: Two hundred exercises\ndescription: A stress test.\ntags: [bench]\nexercises:\n";
  for (int i = 0; i < exercises; ++i) {
    switch (i % 3) {
      case 0:
        text += fmt::format(
            "  - name: Stretch {}\n    instructions: |\n      Stand tall.\n      Lean in slowly.\n"
            "    sides: [left, right]\n    reps: 2-3\n    hold: 5s\n    rest: 3s\n    switch: 2s\n    rest_after: 2s\n",
            i);
        break;
      case 1:
        text += fmt::format("  - name: Timed {}\n    duration: 20s\n    rest_after: 2s\n", i);
        break;
      default:
        text += fmt::format(
            "  - name: Breathing {}\n    reps: 2\n    phases:\n      - {{name: In, duration: 2s}}\n"
            "      - {{name: Out, duration: 3s}}\n",
            i);
        break;
    }
  }
  return text;
}

void BM_ParseTypicalRoutine(benchmark::State& state) {
  const std::string text = read_file(std::filesystem::path(LIMBER_ROUTINES_DIR) / "bedtime-stretches.yaml");
  for (auto _ : state) {
    auto result = parse_routine(text, "bedtime-stretches.yaml");
    if (!result) state.SkipWithError("invalid");
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_ParseTypicalRoutine)->Unit(benchmark::kMicrosecond);

void BM_Parse200ExerciseRoutine(benchmark::State& state) {
  const std::string text = big_routine_text(200);
  for (auto _ : state) {
    auto result = parse_routine(text, "big.yaml");
    if (!result) state.SkipWithError(format_diagnostic(result.error().front()).c_str());
    benchmark::DoNotOptimize(result);
  }
  state.SetBytesProcessed(state.iterations() * static_cast<std::int64_t>(text.size()));
}
BENCHMARK(BM_Parse200ExerciseRoutine)->Unit(benchmark::kMillisecond);

void BM_Load1000FileLibrary(benchmark::State& state) {
  const auto folder = std::filesystem::temp_directory_path() / "limber-bench-library";
  std::filesystem::remove_all(folder);
  std::filesystem::create_directories(folder);
  const std::filesystem::path builtins(LIMBER_ROUTINES_DIR);
  std::vector<std::string> sources;
  for (const auto& entry : std::filesystem::directory_iterator(builtins)) sources.push_back(read_file(entry.path()));
  for (int i = 0; i < 1000; ++i) {
    std::ofstream(folder / fmt::format("routine-{:04}.yaml", i)) << sources[static_cast<std::size_t>(i) % sources.size()];
  }
  for (auto _ : state) {
    const RoutineLibrary library = load_library({{folder, RoutineOrigin::user}});
    if (library.entries.size() != 1000) state.SkipWithError("wrong count");
    benchmark::DoNotOptimize(library);
  }
  std::filesystem::remove_all(folder);
}
BENCHMARK(BM_Load1000FileLibrary)->Unit(benchmark::kMillisecond);

void BM_ExpandPlan(benchmark::State& state) {
  const auto routine = parse_routine(big_routine_text(static_cast<int>(state.range(0))), "big.yaml");
  if (!routine) {
    state.SkipWithError("invalid");
    return;
  }
  for (auto _ : state) {
    Plan plan = expand_plan(*routine, 3);
    benchmark::DoNotOptimize(plan);
  }
}
BENCHMARK(BM_ExpandPlan)->Arg(4)->Arg(200)->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace limber

BENCHMARK_MAIN();
