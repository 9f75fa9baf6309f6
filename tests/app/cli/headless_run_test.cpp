// `limber run --headless` in real time, with SDL's disk audio driver standing in for a sound card:
// the trace shows when each event was handled, the written PCM shows when each cue sounded.
#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <thread>

#include <algorithm>
#include <cmath>
#include <fstream>
#include <nlohmann/json.hpp>

#include "core/history/history_store.hpp"
#include "core/routine/routine_loader.hpp"
#include "core/session/cues.hpp"
#include "core/session/session_engine.hpp"
#include "support/fixtures.hpp"
#include "support/run_command.hpp"

namespace limber {
namespace {

using Json = nlohmann::json;

std::filesystem::path timing_routine() { return testing::tests_dir() / "app" / "routines" / "timing-test.yaml"; }

struct HeadlessRun {
  testing::CommandResult result;
  std::vector<Json> trace;
  std::vector<std::int16_t> pcm;
};

// Where SDL's disk driver writes the sound: in memory (/dev/shm) when there is one. The driver
// writes from its audio thread, and on the same disk as the history a journal flush for the
// history's writes (each flushed, to survive a power cut) holds that thread up for milliseconds,
// which a sound card never would.
std::filesystem::path audio_file(const testing::ScratchDir& dir) {
  if (std::filesystem::is_directory("/dev/shm")) return std::filesystem::path("/dev/shm") / (dir.path().filename().string() + ".raw");
  return dir / "out.raw";
}

HeadlessRun run_timing_routine(const testing::ScratchDir& dir, const std::vector<std::string>& extra = {}) {
  const std::filesystem::path raw_file = audio_file(dir);
  const std::string environment =
      fmt::format("SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE={} LIMBER_DATA_DIR={} XDG_CONFIG_HOME={}",
                  testing::shell_quote(raw_file.string()), testing::shell_quote((dir / "data").string()),
                  testing::shell_quote((dir / "config").string()));
  HeadlessRun run;
  std::vector<std::string> args = {"run", timing_routine().string(), "--headless", "--trace", (dir / "trace.jsonl").string()};
  args.insert(args.end(), extra.begin(), extra.end());
  run.result = testing::run_command(LIMBER_BINARY, args, environment);
  std::istringstream lines(testing::read_file(dir / "trace.jsonl"));
  for (std::string line; std::getline(lines, line);) run.trace.push_back(Json::parse(line));
  const std::string raw = testing::read_file(raw_file);
  std::filesystem::remove(raw_file);
  run.pcm.resize(raw.size() / 2);
  std::memcpy(run.pcm.data(), raw.data(), run.pcm.size() * 2);
  return run;
}

// The cues the plan calls for, as offsets from the session's start: computed from the routine,
// independently of the program under test.
std::vector<double> expected_cue_offsets() {
  const auto routine = load_routine_file(timing_routine());
  SessionEngine engine(std::make_shared<const Plan>(expand_plan(*routine)));
  std::vector<double> offsets;
  const auto take = [&](const SessionEvents& events) {
    for (const Cue& cue : cues_for(events, engine.plan())) offsets.push_back(std::chrono::duration<double>(cue.scheduled).count());
  };
  take(engine.start(Nanos{0}));
  while (auto deadline = engine.next_deadline()) take(engine.update(*deadline));
  return offsets;
}

// Onsets in seconds from the start of the file: the first sample above the threshold after at
// least 50 ms below it. Every cue starts within a millisecond and is followed by silence.
std::vector<double> find_onsets(const std::vector<std::int16_t>& pcm, int channels, int rate) {
  constexpr int kThreshold = 600;
  const std::size_t window = static_cast<std::size_t>(rate / 1000);
  std::vector<double> onsets;
  int quiet_windows = 1000;
  const std::size_t frames = pcm.size() / static_cast<std::size_t>(channels);
  for (std::size_t start = 0; start + window <= frames; start += window) {
    int loudest = 0;
    std::size_t first_loud = 0;
    for (std::size_t f = start; f < start + window; ++f) {
      const int value = std::abs(static_cast<int>(pcm[f * static_cast<std::size_t>(channels)]));
      if (value > kThreshold && loudest <= kThreshold) first_loud = f;
      loudest = std::max(loudest, value);
    }
    if (loudest > kThreshold) {
      if (quiet_windows >= 50) onsets.push_back(static_cast<double>(first_loud) / rate);
      quiet_windows = 0;
    } else {
      ++quiet_windows;
    }
  }
  return onsets;
}

// A least-squares line y = a + b x: the disk driver's stream runs a few percent off the wall
// clock, so onsets are judged against the fitted line, not the raw boundaries.
struct LineFit {
  double a = 0;
  double b = 1;
};
LineFit fit_line(const std::vector<double>& x, const std::vector<double>& y) {
  const double n = static_cast<double>(x.size());
  double mean_x = 0;
  double mean_y = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    mean_x += x[i] / n;
    mean_y += y[i] / n;
  }
  double sxx = 0;
  double sxy = 0;
  for (std::size_t i = 0; i < x.size(); ++i) {
    sxx += (x[i] - mean_x) * (x[i] - mean_x);
    sxy += (x[i] - mean_x) * (y[i] - mean_y);
  }
  const double b = sxy / sxx;
  return LineFit{mean_y - b * mean_x, b};
}

// Each onset against a line through its neighbours (up to 3 on each side, itself left out), in
// ms. SDL's disk driver paces itself by sleeping, and on a busy machine its rate wanders over a
// run (0.96-0.98 of the wall clock); the player's stream clock follows it over an 8 s window. A
// line through the whole run would charge that wandering to the cues; the neighbours do not.
std::vector<double> local_residuals_ms(const std::vector<double>& x, const std::vector<double>& y) {
  std::vector<double> residuals;
  for (std::size_t i = 0; i < x.size(); ++i) {
    std::vector<double> nx;
    std::vector<double> ny;
    for (std::size_t j = i >= 3 ? i - 3 : 0; j < std::min(x.size(), i + 4); ++j) {
      if (j == i) continue;
      nx.push_back(x[j]);
      ny.push_back(y[j]);
    }
    const LineFit fit = fit_line(nx, ny);
    residuals.push_back((y[i] - (fit.a + fit.b * x[i])) * 1000);
  }
  return residuals;
}

double percentile(std::vector<double> values, double p) {
  std::sort(values.begin(), values.end());
  return values[static_cast<std::size_t>(std::min<double>(static_cast<double>(values.size() - 1), p * static_cast<double>(values.size())))];
}

TEST(HeadlessRun, EveryEventIsHandledWithin20msOfItsSchedule) {
  testing::ScratchDir dir;
  const HeadlessRun run = run_timing_routine(dir);
  ASSERT_EQ(run.result.exit_code, 0) << run.result.err;
  ASSERT_FALSE(run.trace.empty());
  EXPECT_EQ(run.trace[0]["event"], "audio");
  EXPECT_EQ(run.trace[0]["driver"], "disk");
  EXPECT_EQ(run.trace[0]["frequency"], 48000);
  EXPECT_EQ(run.trace[0]["buffer_frames"], 480);

  std::vector<double> lateness_ms;
  std::int64_t started = 0;
  std::int64_t finished_fired = 0;
  int phases = 0;
  for (const Json& line : run.trace) {
    if (line["event"] == "audio") continue;
    const auto scheduled = line["scheduled_ns"].get<std::int64_t>();
    const auto fired = line["fired_ns"].get<std::int64_t>();
    const double late_ms = static_cast<double>(fired - scheduled) / 1e6;
    if (line["event"] == "cue") {
      EXPECT_LT(std::abs(late_ms), 20.0) << line.dump();
    } else {
      EXPECT_GE(late_ms, 0.0) << line.dump();
      EXPECT_LT(late_ms, 20.0) << line.dump();
    }
    lateness_ms.push_back(late_ms);
    if (line["event"] == "session_started") started = scheduled;
    if (line["event"] == "session_finished") finished_fired = fired;
    if (line["event"] == "phase_started") ++phases;
  }
  EXPECT_EQ(phases, 10);
  const double end_error_ms = static_cast<double>(finished_fired - started - 15'000'000'000) / 1e6;
  EXPECT_GE(end_error_ms, 0.0);
  EXPECT_LT(end_error_ms, 20.0);
  std::cout << fmt::format("lateness over {} lines: p50 {:.3f} ms, p99 {:.3f} ms, max {:.3f} ms; end {:.3f} ms late\n",
                           lateness_ms.size(), percentile(lateness_ms, 0.5), percentile(lateness_ms, 0.99),
                           percentile(lateness_ms, 1.0), end_error_ms);
  EXPECT_THAT(run.result.out, ::testing::HasSubstr("Done Timing test: 0:15 active of 0:15 planned."));

  // Every headless session is recorded in the data folder's history.
  auto history = HistoryStore::open(dir / "data" / "history.sqlite3");
  ASSERT_TRUE(history) << history.error().message;
  const auto sessions = history->sessions();
  ASSERT_EQ(sessions->size(), 1u);
  const SessionRecord& session = sessions->front();
  EXPECT_EQ(session.outcome, SessionOutcome::completed);
  EXPECT_EQ(session.routine_name, "Timing test");
  EXPECT_EQ(session.planned_seconds, 15);
  EXPECT_EQ(session.active_seconds, 15);
  EXPECT_EQ(session.uuid.size(), 36u);
  ASSERT_EQ(session.reps.size(), 3u);  // Quick stretch left and right, Timed step
  EXPECT_EQ(session.reps[0], (RepsRecord{0, "Quick stretch", "left", 2, 2}));
  EXPECT_EQ(session.reps[2], (RepsRecord{1, "Timed step", "", 1, 1}));
}

TEST(HeadlessRun, EveryCueSoundsAtItsBoundary) {
  testing::ScratchDir dir;
  const HeadlessRun run = run_timing_routine(dir);
  ASSERT_EQ(run.result.exit_code, 0) << run.result.err;
  const int channels = run.trace.at(0)["channels"].get<int>();
  const int rate = run.trace.at(0)["frequency"].get<int>();

  const std::vector<double> expected = expected_cue_offsets();
  const std::vector<double> onsets = find_onsets(run.pcm, channels, rate);
  ASSERT_EQ(onsets.size(), expected.size()) << "heard " << onsets.size() << " cues";
  ASSERT_EQ(expected.size(), 15u);

  const double b = fit_line(expected, onsets).b;
  EXPECT_NEAR(b, 1.0, 0.06);
  std::vector<double> residuals_ms;
  const std::vector<double> local = local_residuals_ms(expected, onsets);
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_LT(std::abs(local[i]), 30.0) << "cue " << i << " at " << expected[i] << " s";
    residuals_ms.push_back(std::abs(local[i]));
  }
  std::cout << fmt::format("{} onsets, stream rate {:.4f} x wall clock, |residual to neighbours| p50 {:.2f} ms, max {:.2f} ms\n",
                           onsets.size(), b, percentile(residuals_ms, 0.5), percentile(residuals_ms, 1.0));
}

// With the voice on, every cue with words is spoken: each phrase starts within 50 ms of its
// boundary in the written PCM, and no phrase overlaps the next.
// `first` empty: whichever phrase fits first (German's "Mach dich bereit." may not fit before the
// countdown); `also` are words some phrase must hold.
void expect_voice_on_the_boundaries(const std::vector<std::string>& options, const std::string& first,
                                    const std::string& last, const std::vector<std::string>& also = {}) {
  testing::ScratchDir dir;
  const HeadlessRun run = run_timing_routine(dir, options);
  ASSERT_EQ(run.result.exit_code, 0) << run.result.err;
  const int channels = run.trace.at(0)["channels"].get<int>();
  const int rate = run.trace.at(0)["frequency"].get<int>();
  std::vector<Json> spoken;
  double synthesis_ms = -1;
  int phrases = 0;
  std::int64_t start_ns = 0;
  for (const Json& line : run.trace) {
    if (line["event"] == "voice") {
      synthesis_ms = line["synthesis_ms"].get<double>();
      phrases = line["phrases"].get<int>();
    }
    if (line["event"] == "session_started") start_ns = line["scheduled_ns"].get<std::int64_t>();
    if (line["event"] == "cue" && line.contains("text")) spoken.push_back(line);
  }
  ASSERT_GE(synthesis_ms, 0) << "no voice line in the trace: " << run.result.err;
  ASSERT_GE(spoken.size(), 12u) << run.result.err;
  if (!first.empty()) {
    EXPECT_EQ(spoken.front()["text"], first);
  }
  EXPECT_EQ(spoken.back()["text"], last);
  for (const std::string& words : also) {
    EXPECT_TRUE(std::any_of(spoken.begin(), spoken.end(), [&](const Json& cue) {
      return cue["text"].get<std::string>().find(words) != std::string::npos;
    })) << "no phrase says " << words;
  }

  // No overlap, by the player's own account of each phrase's start and length.
  for (std::size_t i = 0; i + 1 < spoken.size(); ++i) {
    const auto end = spoken[i]["fired_ns"].get<std::int64_t>() + spoken[i]["duration_ns"].get<std::int64_t>();
    EXPECT_LE(end, spoken[i + 1]["fired_ns"].get<std::int64_t>())
        << spoken[i]["text"] << " runs into " << spoken[i + 1]["text"];
  }

  // In the PCM: each phrase's first loud sample, found near where a running fit of the stream's
  // rate puts its boundary, after a stretch of quiet (the gap since the last phrase).
  const std::size_t frames = run.pcm.size() / static_cast<std::size_t>(channels);
  const auto loud = [&](std::size_t frame) { return std::abs(static_cast<int>(run.pcm[frame * static_cast<std::size_t>(channels)])) > 600; };
  std::vector<double> boundary_s;
  std::vector<double> onset_s;
  for (const Json& cue : spoken) {
    const double boundary = static_cast<double>(cue["scheduled_ns"].get<std::int64_t>() - start_ns) / 1e9;
    double predicted = 0;
    if (onset_s.empty()) {
      std::size_t f = 0;
      while (f < frames && !loud(f)) ++f;
      predicted = static_cast<double>(f) / rate;
    } else {
      const double b = onset_s.size() >= 2 ? (onset_s.back() - onset_s.front()) / (boundary_s.back() - boundary_s.front()) : 1.0;
      predicted = onset_s.back() + b * (boundary - boundary_s.back());
    }
    const auto from = static_cast<std::size_t>(std::max(0.0, predicted - 0.12) * rate);
    const auto to = std::min(frames, static_cast<std::size_t>((predicted + 0.12) * rate));
    std::optional<std::size_t> found;
    for (std::size_t f = from; f < to && !found; ++f) {
      if (loud(f)) found = f;
    }
    ASSERT_TRUE(found) << "no speech near " << boundary << " s for " << cue["text"];
    boundary_s.push_back(boundary);
    onset_s.push_back(static_cast<double>(*found) / rate);
  }
  const double b = fit_line(boundary_s, onset_s).b;
  std::vector<double> residuals_ms;
  const std::vector<double> local = local_residuals_ms(boundary_s, onset_s);
  for (std::size_t i = 0; i < onset_s.size(); ++i) {
    EXPECT_LT(std::abs(local[i]), 50.0) << spoken[i]["text"] << " at " << boundary_s[i] << " s";
    residuals_ms.push_back(std::abs(local[i]));
  }
  std::cout << fmt::format("{} phrases synthesised in {:.1f} ms; {} spoken, stream rate {:.4f}, |residual| p50 {:.2f} ms, max {:.2f} ms\n",
                           phrases, synthesis_ms, spoken.size(), b,
                           percentile(residuals_ms, 0.5), percentile(residuals_ms, 1.0));
  if (const char* keep = std::getenv("LIMBER_KEEP_VOICE_PCM")) {
    // For listening: the PCM as the test saw it.
    std::ofstream out(keep, std::ios::binary);
    out.write(reinterpret_cast<const char*>(run.pcm.data()), static_cast<std::streamsize>(run.pcm.size() * 2));
  }
}

TEST(HeadlessRun, TheVoiceSpeaksOnTheBoundaryAndPhrasesNeverOverlap) {
  expect_voice_on_the_boundaries({"--voice"}, "Get ready.", "Well done. That was 15 seconds of stretching.");
}

// The same in German: German words from the catalogue, said by espeak-ng's German voice, on the
// same boundaries, and the closing line gives the time in German.
TEST(HeadlessRun, TheGermanVoiceSpeaksOnTheBoundaryToo) {
  expect_voice_on_the_boundaries({"--voice", "--lang", "de"}, "", "Gut gemacht. Du hast 15 Sekunden lang gedehnt.",
                                 {"Zwei.", "Eins.", "Halten.", "Lockern."});
}

// A step until Done, through SDL's disk driver with the voice on: the voice says the step and that
// Done ends it; Space (down a pipe, as from a terminal) ends it well past its minimum; and the
// closing line counts the time it really took, as the history does.
TEST(HeadlessRun, TheClosingLineCountsAStepUntilDoneAtItsRealLength) {
  using namespace std::chrono_literals;
  testing::ScratchDir dir;
  testing::write_file(dir / "walk.yaml", R"(limber: 1
name: Walk test
get_ready: 2s
exercises:
  - name: Walk it off
    cue: Walk it off
    duration: until-done
    at_least: 2s
    rest_after: 2s
  - name: Calf stretch
    reps: 1
    hold: 2s
    rest: 2s
)");
  const std::filesystem::path raw_file = audio_file(dir);
  // Space comes 9 s after the start: about 5 s past the walk's minimum.
  const std::string command = fmt::format(
      "(sleep 9; printf ' '; sleep 30) | SDL_AUDIODRIVER=disk SDL_DISKAUDIOFILE={} LIMBER_DATA_DIR={} XDG_CONFIG_HOME={} "
      "{} run {} --headless --voice --trace {} > {} 2>&1",
      testing::shell_quote(raw_file.string()), testing::shell_quote((dir / "data").string()),
      testing::shell_quote((dir / "config").string()), testing::shell_quote(LIMBER_BINARY),
      testing::shell_quote((dir / "walk.yaml").string()), testing::shell_quote((dir / "trace.jsonl").string()),
      testing::shell_quote((dir / "out.txt").string()));
  const auto began = std::chrono::steady_clock::now();
  // The pipe's writer outlives the session by design; the session ends on its own.
  std::thread([command] { (void)std::system(command.c_str()); }).detach();
  while (!std::filesystem::exists(dir / "out.txt") || testing::read_file(dir / "out.txt").find("active of") == std::string::npos) {
    ASSERT_LT(std::chrono::steady_clock::now() - began, 60s) << testing::read_file(dir / "out.txt");
    std::this_thread::sleep_for(100ms);
  }
  std::this_thread::sleep_for(300ms);
  std::filesystem::remove(raw_file);
  const std::string out = testing::read_file(dir / "out.txt");
  std::vector<Json> spoken;
  std::int64_t walk_started = 0;
  std::int64_t walk_ended = 0;
  for (std::istringstream lines(testing::read_file(dir / "trace.jsonl")); ; ) {
    std::string line;
    if (!std::getline(lines, line)) break;
    const Json j = Json::parse(line);
    if (j["event"] == "cue" && j.contains("text")) spoken.push_back(j);
    if (j["event"] == "phase_started" && j.value("index", -1) == 1) walk_started = j["scheduled_ns"].get<std::int64_t>();
    if (j["event"] == "phase_started" && j.value("index", -1) == 2) walk_ended = j["scheduled_ns"].get<std::int64_t>();
  }
  ASSERT_FALSE(spoken.empty()) << out;
  EXPECT_TRUE(std::any_of(spoken.begin(), spoken.end(), [](const Json& cue) {
    return cue["text"].get<std::string>() == "Walk it off. Tap Done when it is over.";
  })) << out;
  // The walk lasted from its start to Space: well past its 2 s.
  const double walk_s = static_cast<double>(walk_ended - walk_started) / 1e9;
  EXPECT_GT(walk_s, 4.0) << out;
  // The closing line says the real time (the plan alone says 8 s: 2 + 2 + 2 + 2), the same the
  // history holds.
  const auto history = testing::run_command(LIMBER_BINARY, {"history", "--json"},
                                            "LIMBER_DATA_DIR=" + testing::shell_quote((dir / "data").string()));
  const Json sessions = Json::parse(history.out);
  ASSERT_EQ(sessions.size(), 1u) << history.out;
  const auto active = sessions[0]["active_seconds"].get<std::int64_t>();
  EXPECT_GE(static_cast<double>(active), 8 + (walk_s - 2) - 1) << out;
  const std::string closing = spoken.back()["text"].get<std::string>();
  EXPECT_EQ(closing, fmt::format("Well done. That was {} seconds of stretching.", active)) << out;
  std::cout << fmt::format("walk {:.1f} s; history {} s active; closing line: {}\n", walk_s, active, closing);
}

TEST(HeadlessRun, RunsSilentlyWhenNoSoundDeviceOpens) {
  testing::ScratchDir dir;
  const testing::CommandResult result = testing::run_command(
      LIMBER_BINARY, {"run", timing_routine().string(), "--headless", "--trace", (dir / "t.jsonl").string()},
      "SDL_AUDIODRIVER=nosuchdriver XDG_CONFIG_HOME=/nonexistent LIMBER_DATA_DIR=" + testing::shell_quote((dir / "data").string()));
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.err, ::testing::HasSubstr("sessions run without sound"));
  EXPECT_EQ(std::count(result.err.begin(), result.err.end(), '\n'), 1) << result.err;
  EXPECT_THAT(testing::read_file(dir / "t.jsonl"), ::testing::StartsWith("{\"event\":\"audio\",\"driver\":null"));
}

TEST(HeadlessRun, CtrlCStopsCleanly) {
  testing::ScratchDir dir;
  const std::string command = fmt::format(
      "XDG_CONFIG_HOME=/nonexistent LIMBER_DATA_DIR={} {} run {} --headless --mute --trace {} > {} 2>&1 & pid=$!; sleep 4; kill -INT $pid; wait $pid",
      testing::shell_quote((dir / "data").string()), testing::shell_quote(LIMBER_BINARY),
      testing::shell_quote(timing_routine().string()), testing::shell_quote((dir / "t.jsonl").string()),
      testing::shell_quote((dir / "out.txt").string()));
  const int status = std::system(command.c_str());
  EXPECT_EQ(WEXITSTATUS(status), 0);
  const std::string out = testing::read_file(dir / "out.txt");
  EXPECT_THAT(out, ::testing::HasSubstr("Stopped Timing test"));
  EXPECT_THAT(testing::read_file(dir / "t.jsonl"), ::testing::HasSubstr("{\"event\":\"stopped\""));
  auto history = HistoryStore::open(dir / "data" / "history.sqlite3");
  ASSERT_TRUE(history) << history.error().message;
  ASSERT_EQ(history->sessions()->size(), 1u);
  EXPECT_EQ(history->sessions()->front().outcome, SessionOutcome::stopped);
  EXPECT_GE(history->sessions()->front().active_seconds, 3);
}

}  // namespace
}  // namespace limber
