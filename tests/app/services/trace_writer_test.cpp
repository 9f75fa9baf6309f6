// The --trace file: one JSON object per line, each event with when it was due and when it fired.
#include "app/services/trace_writer.hpp"

#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "core/routine/routine_loader.hpp"
#include "support/fixtures.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

std::vector<nlohmann::json> lines_of(const std::filesystem::path& file) {
  std::vector<nlohmann::json> lines;
  std::istringstream in(testing::read_file(file));
  for (std::string line; std::getline(in, line);) lines.push_back(nlohmann::json::parse(line));
  return lines;
}

TEST(TraceWriter, WritesOneJsonObjectPerLine) {
  testing::ScratchDir dir;
  const auto routine = parse_routine("limber: 1\nname: T\nexercises:\n  - {name: Lean, sides: [left], reps: 1, hold: 2s, rest: 1s}\n", "t.yaml");
  ASSERT_TRUE(routine);
  const Plan plan = expand_plan(*routine);
  {
    auto trace = TraceWriter::open(dir / "trace.jsonl");
    ASSERT_TRUE(trace) << trace.error();
    (*trace)->audio(std::nullopt, true);
    (*trace)->event(SessionEvent{.kind = SessionEventKind::phase_started, .scheduled = 5s, .phase = 1}, plan, 5s + 2ms);
    (*trace)->event(SessionEvent{.kind = SessionEventKind::countdown_tick, .scheduled = 6s, .phase = 1, .count = 1}, plan, 6s);
    (*trace)->cue(PlayedCue{Cue{CueSound::hold, 5s, 1, "Hold."}, 5s + 1ms, 700ms});
    (*trace)->voice(12, 80.5);
  }
  const auto lines = lines_of(dir / "trace.jsonl");
  ASSERT_EQ(lines.size(), 5u);
  EXPECT_EQ(lines[0]["event"], "audio");
  EXPECT_TRUE(lines[0]["driver"].is_null());
  EXPECT_EQ(lines[0]["muted"], true);
  EXPECT_EQ(lines[1]["event"], "phase_started");
  EXPECT_EQ(lines[1]["exercise"], "Lean");
  EXPECT_EQ(lines[1]["side"], "left");
  EXPECT_EQ(lines[1]["side_of"], "leg");
  EXPECT_EQ(lines[1]["scheduled_ns"], 5'000'000'000);
  EXPECT_EQ(lines[1]["fired_ns"], 5'002'000'000);
  EXPECT_EQ(lines[1]["duration_ns"], 2'000'000'000);
  EXPECT_EQ(lines[2]["event"], "countdown_tick");
  EXPECT_EQ(lines[2]["count"], 1);
  EXPECT_EQ(lines[3]["event"], "cue");
  EXPECT_EQ(lines[3]["text"], "Hold.");
  EXPECT_EQ(lines[3]["fired_ns"], 5'001'000'000);
  EXPECT_EQ(lines[4]["event"], "voice");
  EXPECT_EQ(lines[4]["phrases"], 12);
}

TEST(TraceWriter, AFileThatCannotBeWrittenIsAClearError) {
  const auto trace = TraceWriter::open("/nonexistent-folder/trace.jsonl");
  ASSERT_FALSE(trace);
  EXPECT_NE(trace.error().find("/nonexistent-folder/trace.jsonl"), std::string::npos) << trace.error();
  EXPECT_NE(trace.error().find("No such file or directory"), std::string::npos) << trace.error();
}

}  // namespace
}  // namespace limber
