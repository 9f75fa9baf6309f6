// Synthesising every phrase a session of each built-in routine can say, as happens before the
// session starts (target: under 1 s for the longest routine).
#include <benchmark/benchmark.h>

#include <filesystem>

#include "audio/voice_synth.hpp"
#include "core/routine/routine_loader.hpp"
#include "core/session/spoken_phrases.hpp"

namespace limber {
namespace {

void BM_SynthesiseAllPhrases(benchmark::State& state, const char* stem) {
  const auto routine = load_routine_file(std::filesystem::path(LIMBER_ROUTINES_DIR) / (std::string(stem) + ".yaml"));
  const Plan plan = expand_plan(*routine, routine_reps_range(*routine) ? std::optional(routine_reps_range(*routine)->max)
                                                                        : std::nullopt);
  const std::vector<std::string> phrases = all_phrases(plan);
  auto synth = VoiceSynth::open(VoiceSettings{}, 48000);
  if (!synth) {
    state.SkipWithError(synth.error().c_str());
    return;
  }
  std::size_t samples = 0;
  for (auto _ : state) {
    auto clips = (*synth)->synthesize_all(phrases);
    samples = 0;
    for (const auto& [text, clip] : *clips) samples += clip.size();
    benchmark::DoNotOptimize(clips);
  }
  state.counters["phrases"] = static_cast<double>(phrases.size());
  state.counters["audio_s"] = static_cast<double>(samples) / 48000.0;
}
BENCHMARK_CAPTURE(BM_SynthesiseAllPhrases, morning_calf_stretch, "morning-calf-stretch")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SynthesiseAllPhrases, bedtime_stretches, "bedtime-stretches")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SynthesiseAllPhrases, calf_self_massage, "calf-self-massage")->Unit(benchmark::kMillisecond);
BENCHMARK_CAPTURE(BM_SynthesiseAllPhrases, evening_wind_down, "evening-wind-down")->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace limber

BENCHMARK_MAIN();
