#include "core/routine/routine_loader.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <fmt/format.h>

#include <map>

#include "support/fixtures.hpp"

namespace limber {
namespace {

using ::testing::ElementsAre;
using testing::read_file;

Routine parse_ok(std::string_view text) {
  RoutineResult result = parse_routine(text, "test.yaml");
  if (!result) {
    for (const Diagnostic& d : result.error()) ADD_FAILURE() << format_diagnostic(d);
    return {};
  }
  return result.value();
}

std::vector<std::string> problems_of(std::string_view text) {
  RoutineResult result = parse_routine(text, "t.yaml");
  std::vector<std::string> out;
  if (result) return out;
  for (const Diagnostic& d : result.error()) out.push_back(format_diagnostic(d));
  return out;
}

constexpr std::string_view kEveryKey = R"(limber: 1
name: Every key
description: All of format v1.
tags: [morning, calves]
source: The docs.
get_ready: 7s
exercises:
  - name: Calf ledge stretch
    instructions: |
      Line one.
      Line two.
    sides: [right, left]
    side_of: arm
    reps: 6-8
    hold: 5s
    rest: 4s
    switch: 6s
    sets: 2
    set_rest: 20s
    rest_after: 12s
  - name: Paced breathing
    duration: 2m
  - name: Box breathing
    reps: 6
    phases:
      - {name: Breathe in, duration: 4s}
      - {name: Hold, duration: 4s}
      - {name: Breathe out, duration: 6s}
)";

TEST(RoutineLoader, ReadsEveryKeyOfFormatV1) {
  const Routine routine = parse_ok(kEveryKey);
  EXPECT_EQ(routine.name, "Every key");
  EXPECT_EQ(routine.description, "All of format v1.");
  EXPECT_THAT(routine.tags, ElementsAre("morning", "calves"));
  EXPECT_EQ(routine.source, "The docs.");
  EXPECT_EQ(routine.get_ready, Seconds{7});
  ASSERT_EQ(routine.exercises.size(), 3u);

  const Exercise& calf = routine.exercises[0];
  EXPECT_EQ(calf.name, "Calf ledge stretch");
  EXPECT_EQ(calf.instructions, "Line one.\nLine two.\n");
  EXPECT_THAT(calf.sides, ElementsAre(Side::right, Side::left));
  EXPECT_EQ(calf.side_of, SideOf::arm);
  EXPECT_EQ(calf.reps, (RepRange{6, 8}));
  EXPECT_EQ(std::get<HoldRest>(calf.body), (HoldRest{Seconds{5}, Seconds{4}}));
  EXPECT_EQ(calf.switch_time, Seconds{6});
  EXPECT_EQ(calf.sets, 2);
  EXPECT_EQ(calf.set_rest, Seconds{20});
  EXPECT_EQ(calf.rest_after, Seconds{12});

  EXPECT_EQ(std::get<TimedStep>(routine.exercises[1].body).duration, Seconds{120});
  const auto& box = std::get<CustomPhases>(routine.exercises[2].body);
  EXPECT_EQ(routine.exercises[2].reps, (RepRange{6, 6}));
  ASSERT_EQ(box.phases.size(), 3u);
  EXPECT_EQ(box.phases[2], (PhaseSpec{"Breathe out", Seconds{6}}));
}

TEST(RoutineLoader, AppliesDocumentedDefaults) {
  const Routine routine = parse_ok("limber: 1\nname: Minimal\nexercises:\n  - {name: Calf, hold: 5s, rest: 5s}\n");
  EXPECT_EQ(routine.get_ready, Seconds{5});
  EXPECT_TRUE(routine.tags.empty());
  const Exercise& calf = routine.exercises.at(0);
  EXPECT_EQ(calf.reps, (RepRange{1, 1}));
  EXPECT_TRUE(calf.sides.empty());
  EXPECT_EQ(calf.side_of, SideOf::leg);
  EXPECT_EQ(calf.sets, 1);
  EXPECT_EQ(calf.switch_time, Seconds{5});
  EXPECT_EQ(calf.set_rest, Seconds{30});
  EXPECT_EQ(calf.rest_after, Seconds{10});
}

TEST(RoutineLoader, ReadsNumbersAndTextLiterally) {
  // yaml-cpp would read 010 as octal 8 and `yes` as a boolean; a routine means what it says.
  const Routine routine = parse_ok(
      "limber: 1\nname: yes\nexercises:\n  - {name: \"null\", reps: 010, hold: 5s, rest: 5s, sets: 02}\n");
  EXPECT_EQ(routine.name, "yes");
  EXPECT_EQ(routine.exercises.at(0).name, "null");
  EXPECT_EQ(routine.exercises.at(0).reps, (RepRange{10, 10}));
  EXPECT_EQ(routine.exercises.at(0).sets, 2);
}

TEST(RoutineLoader, AcceptsAByteOrderMarkAndUnicodeNames) {
  const Routine routine =
      parse_ok("\xef\xbb\xbflimber: 1\nname: \"\xc3\x89tirements du soir\"\nexercises:\n  - {name: Mollet, duration: 1m}\n");
  EXPECT_EQ(routine.name, "\xc3\x89tirements du soir");
}

TEST(RoutineLoader, CountsNameLengthInCharacters) {
  std::string name;
  for (int i = 0; i < 100; ++i) name += "\xc3\xa9";  // 100 characters, 200 bytes
  EXPECT_TRUE(parse_routine("limber: 1\nname: " + name + "\nexercises:\n  - {name: a, duration: 1m}\n", "t"));
  EXPECT_THAT(problems_of("limber: 1\nname: " + name + "x\nexercises:\n  - {name: a, duration: 1m}\n"),
              ElementsAre("t.yaml:2:7: error: `name` is 101 characters long; the limit is 100"));
}

TEST(RoutineLoader, AllowsZeroForOptionalPauses) {
  const Routine routine = parse_ok(
      "limber: 1\nname: Quick\nget_ready: 0\nexercises:\n"
      "  - {name: A, sides: [left, right], switch: 0s, hold: 5s, rest: 5s, rest_after: 0s}\n"
      "  - {name: B, duration: 1m}\n");
  EXPECT_EQ(routine.get_ready, Seconds{0});
  EXPECT_EQ(routine.exercises.at(0).switch_time, Seconds{0});
}

TEST(RoutineLoader, AcceptsARoutineOfExactlyFourHoursButNotOneSecondMore) {
  EXPECT_TRUE(parse_routine(
      "limber: 1\nname: Long\nget_ready: 0\nexercises:\n  - {name: A, duration: 1h}\n  - {name: B, duration: 1h}\n"
      "  - {name: C, duration: 1h}\n  - {name: D, duration: 59m30s}\n",
      "t"));  // 3h + 3 x 10s transitions + 59m30s = exactly 4h
  EXPECT_THAT(problems_of("limber: 1\nname: Long\nget_ready: 1s\nexercises:\n  - {name: A, duration: 1h}\n"
                          "  - {name: B, duration: 1h}\n  - {name: C, duration: 1h}\n  - {name: D, duration: 59m30s}\n"),
              ElementsAre("t.yaml:5:3: error: the routine takes 4h1s with the most reps; the limit is 4h"));
}

TEST(RoutineLoader, JudgesRangesByTheirLongestChoice) {
  // 5s + 100 x 1m + 99 x 1m = 3h19m5s: fine. With 8s holds at 3-200 reps the maximum is too long.
  EXPECT_TRUE(parse_routine("limber: 1\nname: A\nexercises:\n  - {name: A, reps: 3-100, hold: 1m, rest: 1m}\n", "t"));
  EXPECT_FALSE(parse_routine("limber: 1\nname: A\nexercises:\n  - {name: A, reps: 3-200, hold: 1m, rest: 1m}\n", "t"));
}

TEST(RoutineLoader, RejectsOversizedTextWithoutParsingIt) {
  std::string big = "limber: 1\nname: Big\ndescription: ";
  big += std::string(kMaxRoutineFileBytes, 'x');
  EXPECT_THAT(problems_of(big), ElementsAre(::testing::HasSubstr("may be at most 1048576 bytes (1 MiB)")));
}

TEST(RoutineLoader, RejectsOversizedFilesBeforeReadingThem) {
  testing::ScratchDir dir;
  testing::write_file(dir / "big.yaml", std::string(kMaxRoutineFileBytes + 1, '#'));
  const RoutineResult result = load_routine_file(dir / "big.yaml");
  ASSERT_FALSE(result);
  EXPECT_THAT(result.error().at(0).message, ::testing::HasSubstr("is 1048577 bytes"));
}

TEST(RoutineLoader, ReportsUnreadableFiles) {
  testing::ScratchDir dir;
  const RoutineResult missing = load_routine_file(dir / "nope.yaml");
  ASSERT_FALSE(missing);
  EXPECT_THAT(missing.error().at(0).message, ::testing::StartsWith("cannot read the file"));
  const RoutineResult folder = load_routine_file(dir.path());
  ASSERT_FALSE(folder);
  EXPECT_EQ(folder.error().at(0).message, "this is a folder, not a routine file");
}

TEST(RoutineLoader, RefusesABillionLaughs) {
  std::string bomb = "a: &a [x, x, x, x, x, x, x, x, x, x]\n";
  for (char level = 'b'; level <= 'z'; ++level) {
    bomb += fmt::format("{0}: &{0} [", level);
    for (int i = 0; i < 10; ++i) bomb += fmt::format("{}*{}", i ? ", " : "", static_cast<char>(level - 1));
    bomb += "]\n";
  }
  EXPECT_THAT(problems_of(bomb), ElementsAre(::testing::HasSubstr("alias bomb")));
}

TEST(RoutineLoader, ReadsSmallAliasesNormally) {
  const Routine routine = parse_ok(
      "limber: 1\nname: Anchored\nexercises:\n  - &calf {name: Calf, hold: 5s, rest: 5s}\n  - *calf\n");
  EXPECT_EQ(routine.exercises.size(), 2u);
}

TEST(RoutineLoader, RefusesNestingDeeperThanYamlCppCanTake) {
  const std::string deep = "limber: 1\nname: Deep\nexercises: " + std::string(600, '[') + std::string(600, ']') + "\n";
  EXPECT_THAT(problems_of(deep), ElementsAre(::testing::HasSubstr("nested more than 32 levels")));
}

TEST(RoutineLoader, SurvivesTheInputThatHangsYamlCppLoadAll) {
  EXPECT_FALSE(problems_of(",").empty());
  EXPECT_FALSE(problems_of("- ,\n,").empty());
}

TEST(RoutineLoader, BuiltInRoutinesAreValid) {
  int count = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::routines_dir())) {
    const RoutineResult result = load_routine_file(entry.path());
    EXPECT_TRUE(result) << entry.path() << ": "
                        << (result ? "" : format_diagnostic(result.error().front()));
    ++count;
  }
  EXPECT_GE(count, 4);
}

// The corpus of invalid routines: every file's diagnostics must equal its lines in
// expected-diagnostics.txt (file:line:column: error: message), in order.
TEST(RoutineLoader, InvalidCorpusGivesExactlyTheExpectedDiagnostics) {
  const auto folder = testing::tests_dir() / "core" / "routines" / "invalid";
  std::map<std::string, std::vector<std::string>> expected;
  std::istringstream lines(read_file(folder / "expected-diagnostics.txt"));
  for (std::string line; std::getline(lines, line);) {
    if (line.empty() || line[0] == '#') continue;
    expected[line.substr(0, line.find(':'))].push_back(line);
  }

  std::size_t files = 0;
  for (const auto& entry : std::filesystem::directory_iterator(folder)) {
    if (entry.path().extension() != ".yaml") continue;
    ++files;
    const std::string name = entry.path().filename().string();
    const RoutineResult result = parse_routine(read_file(entry.path()), name);
    ASSERT_FALSE(result) << name << " was accepted";
    std::vector<std::string> actual;
    for (const Diagnostic& d : result.error()) actual.push_back(format_diagnostic(d));
    EXPECT_EQ(actual, expected[name]) << name;
    expected.erase(name);
  }
  EXPECT_GE(files, 40u);
  for (const auto& [name, lines_for_missing] : expected) ADD_FAILURE() << "expectations for a missing file: " << name;
}

}  // namespace
}  // namespace limber
