// Ten years of history: a morning and an evening session most days and a diary entry most
// nights, in a real SQLite file. Measures what opening the progress screen costs: opening the
// store, reading it, computing every statistic (target under 20 ms), building one frame of the
// progress screen from the result (target under 2 ms), and writing the doctor's report.
#include <benchmark/benchmark.h>

#include <unistd.h>

#include <chrono>
#include <cstdlib>
#include <filesystem>

#include "core/base/record_ids.hpp"
#include "core/history/history_store.hpp"
#include "core/history/progress_stats.hpp"
#include "core/history/report.hpp"
#include "platform/pdf_report.hpp"
#include "support/imgui_harness.hpp"
#include "support/sample_history.hpp"
#include "ui/progress_view.hpp"

namespace limber {
namespace {

constexpr int kTenYears = 3653;

// Built once per process, in the temp folder, and removed at exit.
// Ten years of history in a scratch folder, made once and removed by its owner's destructor at
// exit. (An atexit handler registered while the static was still being built ran after the
// static was destroyed, and read a dead path: a SIGSEGV in 2 of 24 runs.)
struct TenYearHistory {
  std::filesystem::path dir = std::filesystem::temp_directory_path() / fmt::format("limber-bench-{}", ::getpid());
  std::filesystem::path file = dir / "history.sqlite3";

  TenYearHistory() {
    std::filesystem::create_directories(dir);
    auto store = HistoryStore::open(file);
    testing::write_sample_history(*store, *parse_date("2026-11-26"), kTenYears);
  }
  ~TenYearHistory() {
    std::error_code ec;
    std::filesystem::remove_all(dir, ec);
  }
  TenYearHistory(const TenYearHistory&) = delete;
  TenYearHistory& operator=(const TenYearHistory&) = delete;
};

const std::filesystem::path& ten_year_history() {
  static const TenYearHistory history;
  return history.file;
}

void BM_OpenAndComputeAllStatistics(benchmark::State& state) {
  const auto& file = ten_year_history();
  std::size_t sessions = 0;
  for (auto _ : state) {
    auto store = HistoryStore::open(file);
    const auto all = store->sessions();
    const auto diary = store->diary();
    const ProgressStats stats = compute_progress(*all, *diary, *parse_date("2026-11-26"));
    const auto reps = suggested_reps(*all, "Morning calf stretch", RepRange{6, 8});
    benchmark::DoNotOptimize(stats);
    benchmark::DoNotOptimize(reps);
    sessions = all->size();
  }
  state.counters["sessions"] = static_cast<double>(sessions);
}
BENCHMARK(BM_OpenAndComputeAllStatistics)->Unit(benchmark::kMillisecond);

// Its parts: opening, checking every page (done before recording), reading the sessions.
void BM_OpenStore(benchmark::State& state) {
  const auto& file = ten_year_history();
  for (auto _ : state) {
    auto store = HistoryStore::open(file);
    benchmark::DoNotOptimize(store);
  }
}
BENCHMARK(BM_OpenStore)->Unit(benchmark::kMillisecond);

void BM_CheckPages(benchmark::State& state) {
  auto store = HistoryStore::open(ten_year_history());
  for (auto _ : state) {
    auto checked = store->check_pages();
    benchmark::DoNotOptimize(checked);
  }
}
BENCHMARK(BM_CheckPages)->Unit(benchmark::kMillisecond);

void BM_ReadSessions(benchmark::State& state) {
  auto store = HistoryStore::open(ten_year_history());
  for (auto _ : state) {
    auto all = store->sessions();
    benchmark::DoNotOptimize(all);
  }
}
BENCHMARK(BM_ReadSessions)->Unit(benchmark::kMillisecond);

// The statistics alone, from records already in memory.
void BM_ComputeStatistics(benchmark::State& state) {
  auto store = HistoryStore::open(ten_year_history());
  const auto all = store->sessions();
  const auto diary = store->diary();
  for (auto _ : state) {
    const ProgressStats stats = compute_progress(*all, *diary, *parse_date("2026-11-26"));
    benchmark::DoNotOptimize(stats);
  }
}
BENCHMARK(BM_ComputeStatistics)->Unit(benchmark::kMillisecond);

// The doctor's report of all ten years (`limber report --weeks 520`): open, read, compute and
// write the PDF (target under 1 s), and the six weeks the progress screen saves.
void BM_ReportPdf(benchmark::State& state) {
  const auto& file = ten_year_history();
  const auto pdf = file.parent_path() / "report.pdf";
  const DayNumber today = *parse_date("2026-11-26");
  for (auto _ : state) {
    auto store = HistoryStore::open(file);
    const ReportFigures report =
        compute_report(*store->sessions(), *store->diary(), report_period(std::nullopt, static_cast<int>(state.range(0)), today),
                       *store->cramp_events(), *store->tried());
    auto written = write_report_pdf(report, pdf, Paper::a4, today);
    benchmark::DoNotOptimize(written);
  }
  state.counters["bytes"] = static_cast<double>(std::filesystem::file_size(pdf));
}
BENCHMARK(BM_ReportPdf)->Arg(kReportMaxWeeks)->Arg(kReportDefaultWeeks)->Unit(benchmark::kMillisecond);

// One frame of the progress screen (ImGui building its draw lists; no GPU).
void BM_ProgressFrame(benchmark::State& state) {
  auto store = HistoryStore::open(ten_year_history());
  ProgressModel model;
  model.stats = compute_progress(*store->sessions(), *store->diary(), *parse_date("2026-11-26"));
  const auto all = store->sessions();
  for (auto s = all->rbegin(); s != all->rend() && model.sessions.size() < 60; ++s) {
    model.sessions.push_back({s->local_date, s->routine_name, std::string(outcome_key(s->outcome)), "3:20"});
  }
  testing::ImGuiHarness ui(static_cast<float>(state.range(0)), static_cast<float>(state.range(1)));
  ProgressView view;
  for (auto _ : state) {
    auto intent = ui.frame([&] { return view.draw(model, ThemeKind::dark, ui.fonts()); });
    benchmark::DoNotOptimize(intent);
  }
}
BENCHMARK(BM_ProgressFrame)->Args({1280, 800})->Args({800, 1280})->Args({3840, 2160})->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace limber

BENCHMARK_MAIN();
