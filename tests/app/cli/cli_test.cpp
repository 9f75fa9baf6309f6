// The `limber` binary as users and scripts call it: exit codes, output formats, option placement.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <nlohmann/json.hpp>
#include <sstream>

#include "core/history/history_store.hpp"
#include "platform/user_image.hpp"
#include "support/fixtures.hpp"
#include "support/run_command.hpp"

namespace limber {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::CommandResult;

class Cli : public ::testing::Test {
 protected:
  CommandResult limber(const std::vector<std::string>& args) {
    return testing::run_command(LIMBER_BINARY, args,
                                "LIMBER_DATA_DIR=" + testing::shell_quote(data_.path().string()) +
                                    " XDG_CONFIG_HOME=" + testing::shell_quote((data_ / "config").string()));
  }
  std::string routine(const std::string& stem) { return (testing::routines_dir() / (stem + ".yaml")).string(); }

  testing::ScratchDir data_;
};

TEST_F(Cli, CheckPassesTheBuiltInRoutines) {
  std::vector<std::string> args{"check"};
  for (const auto& entry : std::filesystem::directory_iterator(testing::routines_dir())) {
    args.push_back(entry.path().string());
  }
  const CommandResult result = limber(args);
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_EQ(result.err, "");
}

TEST_F(Cli, CheckPrintsEachProblemAsFileLineColumn) {
  const auto invalid = testing::tests_dir() / "core" / "routines" / "invalid";
  const CommandResult result =
      limber({"check", routine("bedtime-stretches"), (invalid / "many-problems.yaml").string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr((invalid / "many-problems.yaml").string() +
                                    ":5:11: error: `reps` is 0; reps go from 1 to 500\n"));
  EXPECT_THAT(result.err, HasSubstr("1 of 2 routine files are invalid"));
  EXPECT_EQ(result.out, "");
}

// A routine's own pictures: one that is missing, too large or not a picture is reported at its
// `image:` line (the routine still loads, and a session shows the figure instead); a good one
// passes. `limber pose` draws a PNG that the picture check accepts.
// The same problems at the same places, in the user's language.
TEST_F(Cli, CheckSpeaksGermanWithTheSamePositions) {
  const auto file = data_ / "broken.yaml";
  testing::write_file(file, "limber: 1\nname: Kaputt\nexercises:\n  - name: Wade\n    hodl: 10s\n    rest: 5x\n"
                            "    sides: [left, up]\ntranslations:\n  German: {name: X}\n");
  const CommandResult english = limber({"check", file.string()});
  const CommandResult german = limber({"--lang", "de", "check", file.string()});
  EXPECT_EQ(english.exit_code, 1);
  EXPECT_EQ(german.exit_code, 1);
  const auto lines = [](const std::string& text) {
    std::vector<std::string> out;
    std::istringstream in(text);
    for (std::string line; std::getline(in, line);) out.push_back(line);
    return out;
  };
  const auto english_lines = lines(english.err);
  const auto german_lines = lines(german.err);
  ASSERT_EQ(english_lines.size(), 5u) << english.err;
  ASSERT_EQ(german_lines.size(), english_lines.size()) << german.err;
  const std::string at = file.string() + ":";
  for (std::size_t i = 0; i + 1 < english_lines.size(); ++i) {
    // "FILE:LINE:COLUMN: " is the same; the words after it are German.
    const auto place_end = english_lines[i].find(": ", at.size());
    ASSERT_NE(place_end, std::string::npos) << english_lines[i];
    EXPECT_EQ(german_lines[i].substr(0, place_end + 2), english_lines[i].substr(0, place_end + 2));
    EXPECT_THAT(english_lines[i], HasSubstr(": error: "));
    EXPECT_THAT(german_lines[i], HasSubstr(": Fehler: "));
  }
  EXPECT_THAT(german_lines[0], HasSubstr("broken.yaml:5:5: Fehler: unbekannter Schl\u00fcssel `hodl` in einer \u00dcbung: meintest du `hold`?"));
  EXPECT_THAT(german_lines[1], HasSubstr(":6:11: Fehler: `rest`: `5x` ist keine Dauer"));
  EXPECT_THAT(german_lines[3], HasSubstr(":9:3: Fehler: `German` ist kein Sprachcode"));
  EXPECT_EQ(german_lines[4], "1 von 1 Routinedatei ist ung\u00fcltig");
}

TEST_F(Cli, CheckSaysWhichPictureCannotBeShownAndWhere) {
  const auto folder = data_ / "routines";
  const auto png = folder / "ledge.png";
  std::filesystem::create_directories(folder);
  ASSERT_EQ(limber({"pose", "calf-ledge", "--size", "64", "--png", png.string()}).exit_code, 0);
  testing::write_file(folder / "notes.png", "not a picture at all");
  const auto file = folder / "pictures.yaml";
  testing::write_file(file,
                      "limber: 1\nname: Pictures\nexercises:\n"
                      "  - name: Good\n    image: ledge.png\n    duration: 5s\n"
                      "  - name: Missing\n    image: gone.jpg\n    duration: 5s\n"
                      "  - name: Broken\n    image: notes.png\n    duration: 5s\n");
  const CommandResult result = limber({"check", file.string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr(file.string() + ":8:12: error: there is no picture " + (folder / "gone.jpg").string()));
  EXPECT_THAT(result.err, HasSubstr(file.string() + ":11:12: error: " + (folder / "notes.png").string() +
                                    " is not a PNG or JPEG picture that can be read"));
  EXPECT_THAT(result.err, Not(HasSubstr("ledge.png")));
  EXPECT_EQ(limber({"plan", file.string()}).exit_code, 0);  // it still runs
  // With another mistake in the file, the missing picture is said in the same run, in line order.
  testing::write_file(file,
                      "limber: 1\nname: Pictures\nexercises:\n"
                      "  - name: Missing\n    image: gone.jpg\n    duration: 5s\n"
                      "  - name: Wrong\n    duration: five\n");
  const CommandResult both = limber({"check", file.string()});
  EXPECT_EQ(both.exit_code, 1);
  const auto picture_at = both.err.find(file.string() + ":5:12: error: there is no picture");
  const auto duration_at = both.err.find(file.string() + ":8:15:");
  EXPECT_NE(picture_at, std::string::npos) << both.err;
  EXPECT_NE(duration_at, std::string::npos) << both.err;
  EXPECT_LT(picture_at, duration_at) << both.err;
  testing::write_file(file, "limber: 1\nname: Pictures\nexercises:\n  - name: Text\n    image: notes.txt\n    duration: 5s\n");
  EXPECT_THAT(limber({"check", file.string()}).err, HasSubstr(":5:12: error: `notes.txt` is not a PNG or JPEG file name"));

  // A pose file of one's own, next to the routine: its problems are said at their places in it.
  testing::write_file(folder / "my-pose.yaml", "limber_pose: 1\ndescription: x\nrest:\n  hips: [0.4, 0.53]\nhold:\n  lean: far\n");
  testing::write_file(file, "limber: 1\nname: Pictures\nexercises:\n  - name: Mine\n    pose: my-pose.yaml\n    duration: 5s\n");
  EXPECT_THAT(limber({"check", file.string()}).err,
              HasSubstr((folder / "my-pose.yaml").string() + ":6:9: error: hold's lean must be a number, not `far`"));
  testing::write_file(folder / "my-pose.yaml", "limber_pose: 1\ndescription: x\nrest:\n  hips: [0.4, 0.53]\nhold:\n  lean: 20\n");
  EXPECT_EQ(limber({"check", file.string()}).exit_code, 0);
  EXPECT_EQ(limber({"pose", (folder / "my-pose.yaml").string(), "--phase", "hold", "--png", (folder / "mine.png").string()})
                .exit_code,
            0);
  EXPECT_TRUE(check_user_image(folder / "mine.png"));
}

TEST_F(Cli, PlanJsonShowsTheBedtimeProtocol) {
  const CommandResult result = limber({"plan", "--json", routine("bedtime-stretches")});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto plan = nlohmann::json::parse(result.out);
  EXPECT_EQ(plan["name"], "Bedtime stretches");
  int holds = 0;
  int rests = 0;
  for (const auto& phase : plan["phases"]) {
    for (const char* key : {"start", "duration", "kind", "label", "exercise", "side", "side_of", "set", "rep", "reps"}) {
      EXPECT_TRUE(phase.contains(key)) << key;
    }
    EXPECT_EQ(phase["side_of"], phase["side"].is_null() ? nlohmann::json(nullptr) : nlohmann::json("leg"));
    if (phase["kind"] == "hold") {
      ++holds;
      EXPECT_EQ(phase["duration"], 10);
      EXPECT_EQ(phase["reps"], 3);
    }
    if (phase["kind"] == "rest") {
      ++rests;
      EXPECT_EQ(phase["duration"], 10);
    }
  }
  EXPECT_EQ(holds, 18);
  EXPECT_EQ(rests, 12);
  const auto& first = plan["phases"][0];
  EXPECT_EQ(first["kind"], "get_ready");
  EXPECT_TRUE(first["side"].is_null());
  EXPECT_TRUE(first["exercise"].is_null());
  EXPECT_TRUE(first["rep"].is_null());
  const auto& last = plan["phases"].back();
  EXPECT_EQ(plan["total_seconds"], last["start"].get<int>() + last["duration"].get<int>());
}

TEST_F(Cli, PlanFindsRoutinesByStemOrNameAndClampsReps) {
  const CommandResult by_stem = limber({"plan", "morning-calf-stretch", "--json", "--reps", "7"});
  ASSERT_EQ(by_stem.exit_code, 0) << by_stem.err;
  EXPECT_EQ(nlohmann::json::parse(by_stem.out)["total_seconds"], 5 + 2 * (7 * 5 + 6 * 5) + 5);
  const CommandResult by_name = limber({"plan", "Morning calf stretch", "--reps", "50", "--json"});
  ASSERT_EQ(by_name.exit_code, 0) << by_name.err;
  EXPECT_EQ(nlohmann::json::parse(by_name.out)["total_seconds"], 5 + 2 * (8 * 5 + 7 * 5) + 5);
}

TEST_F(Cli, PlanTableIsReadable) {
  const CommandResult result = limber({"plan", "evening-wind-down"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("Evening wind-down: 2:05 in all, 25 phases"));
  EXPECT_THAT(result.out, HasSubstr("Breathe out"));
}

TEST_F(Cli, ListShowsBuiltInAndUserRoutinesIncludingInvalidOnes) {
  testing::write_file(data_ / "routines/mine.yaml", "limber: 1\nname: Mine\nexercises:\n  - {name: A, duration: 1m}\n");
  testing::write_file(data_ / "routines/broken.yaml", "limber: 1\n");
  const CommandResult result = limber({"list"});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("Morning calf stretch"));
  EXPECT_THAT(result.out, ::testing::ContainsRegex("Mine +1:05 +user"));
  EXPECT_THAT(result.out, ::testing::ContainsRegex("broken +invalid +user .*broken.yaml  \\(2 problems: see `limber check`\\)"));
}

TEST_F(Cli, DataDirMayComeBeforeOrAfterTheSubcommand) {
  testing::ScratchDir other;
  testing::write_file(other / "routines/elsewhere.yaml",
                      "limber: 1\nname: Elsewhere\nexercises:\n  - {name: A, duration: 1m}\n");
  const CommandResult before = limber({"--data-dir", other.path().string(), "list"});
  const CommandResult after = limber({"list", "--data-dir", other.path().string()});
  EXPECT_THAT(before.out, HasSubstr("Elsewhere"));
  EXPECT_EQ(before.out, after.out);
}

TEST_F(Cli, UnknownRoutineIsAClearError) {
  const CommandResult result = limber({"plan", "no-such-routine"});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr("no routine named `no-such-routine`"));
}

TEST_F(Cli, UsageErrorsExitTwo) {
  EXPECT_EQ(limber({"plan"}).exit_code, 2);
  EXPECT_EQ(limber({"frobnicate"}).exit_code, 2);
  EXPECT_EQ(limber({"plan", "morning-calf-stretch", "--reps", "zero"}).exit_code, 2);
  EXPECT_EQ(limber({"check"}).exit_code, 2);
  // Each says it is Limber speaking, and which help to read.
  const CommandResult missing = limber({"diary", "add", "--date", "2026-11-25"});
  EXPECT_EQ(missing.exit_code, 2);
  EXPECT_THAT(missing.err, ::testing::StartsWith("limber: --cramps is needed here."));
  EXPECT_THAT(missing.err, HasSubstr("Run `limber diary add --help` for more."));
  const CommandResult zero = limber({"--quit-after", "0", "list"});
  EXPECT_EQ(zero.exit_code, 2);
  EXPECT_THAT(zero.err, HasSubstr("give a number of seconds more than 0"));
  EXPECT_THAT(zero.err, ::testing::Not(HasSubstr("1.79769")));  // not the largest double
}

// A data folder that cannot be made (here: a file stands where its parent should be): reading
// commands see an empty history, and `new` names the folder it cannot make.
TEST_F(Cli, AFolderThatCannotBeMadeIsNoHistoryYetAndNamedWhenWriting) {
  testing::write_file(data_ / "blocker", "a file, not a folder");
  const std::string env = "LIMBER_DATA_DIR=" + testing::shell_quote((data_ / "blocker" / "limber").string()) +
                          " XDG_CONFIG_HOME=" + testing::shell_quote((data_ / "config").string());
  const auto history = testing::run_command(LIMBER_BINARY, {"history"}, env);
  EXPECT_EQ(history.exit_code, 0) << history.err;
  EXPECT_THAT(history.out, HasSubstr("No sessions yet."));
  EXPECT_EQ(testing::run_command(LIMBER_BINARY, {"stats"}, env).exit_code, 0);
  EXPECT_EQ(testing::run_command(LIMBER_BINARY, {"diary", "--json"}, env).out, "[]\n");
  const auto made = testing::run_command(LIMBER_BINARY, {"new", "Calves"}, env);
  EXPECT_EQ(made.exit_code, 1);
  EXPECT_THAT(made.err, HasSubstr("cannot make the folder " + (data_ / "blocker" / "limber" / "routines").string()));
}

TEST_F(Cli, CountsAgreeWithTheirNouns) {
  const std::string one_phase = data_ / "one-phase.yaml";
  testing::write_file(one_phase, "limber: 1\nname: One phase\nget_ready: 0s\nexercises:\n  - {name: Reach, duration: 30s}\n");
  EXPECT_THAT(limber({"plan", one_phase}).out, HasSubstr("One phase: 0:30 in all, 1 phase\n"));
  EXPECT_THAT(limber({"plan", "bedtime-stretches"}).out, HasSubstr(" phases\n"));
  ASSERT_EQ(limber({"diary", "add", "--date", "2026-11-25", "--cramps", "0"}).exit_code, 0);
  EXPECT_THAT(limber({"stats"}).out, HasSubstr("0 minutes of stretching"));
}

TEST_F(Cli, WithoutADisplayTheWindowSaysSoAndRunFallsBackToTheTerminal) {
  const std::string no_display = "env -u DISPLAY -u WAYLAND_DISPLAY XDG_CONFIG_HOME=" +
                                 testing::shell_quote((data_ / "config").string()) +
                                 " LIMBER_DATA_DIR=" + testing::shell_quote(data_.path().string());
  const CommandResult library = testing::run_command(LIMBER_BINARY, {}, no_display);
  EXPECT_EQ(library.exit_code, 1);
  EXPECT_THAT(library.err, HasSubstr("there is no display to open a window on"));
  const CommandResult run = testing::run_command(
      LIMBER_BINARY, {"run", (testing::tests_dir() / "app" / "routines" / "screens-test.yaml").string(), "--mute"},
      no_display);
  EXPECT_EQ(run.exit_code, 0) << run.err;
  EXPECT_THAT(run.err, HasSubstr("running the session in the terminal"));
  EXPECT_THAT(run.out, HasSubstr("Done Screens test: 0:07 active of 0:07 planned."));
}

TEST_F(Cli, DiaryAddsListsAndReplacesOneEntryPerNight) {
  EXPECT_EQ(limber({"diary", "add", "--date", "2026-11-25", "--cramps", "2", "--severity", "6", "--note", "left calf, 3am"})
                .exit_code,
            0);
  EXPECT_EQ(limber({"diary", "add", "--date", "2026-11-24", "--cramps", "0", "--severity", "0"}).exit_code, 0);
  EXPECT_EQ(limber({"diary", "add", "--date", "2026-11-25", "--cramps", "1", "--severity", "4"}).exit_code, 0);
  const CommandResult json = limber({"diary", "--json"});
  ASSERT_EQ(json.exit_code, 0) << json.err;
  const auto entries = nlohmann::json::parse(json.out);
  ASSERT_EQ(entries.size(), 2u);
  EXPECT_EQ(entries[1]["date"], "2026-11-25");
  EXPECT_EQ(entries[1]["cramps"], 1);
  EXPECT_EQ(entries[1]["severity"], 4);
  EXPECT_EQ(limber({"diary", "--csv"}).out, "date,cramps,severity,note,cramp_now,tried\n2026-11-24,0,0,,0,\n2026-11-25,1,4,,0,\n");
}

// Ticks made today (the summary's "What else you tried") show before the night has its entry.
TEST_F(Cli, DiaryShowsADaysTicksBeforeItsNightHasAnEntry) {
  ASSERT_EQ(limber({"diary", "add", "--date", "2026-11-24", "--cramps", "1", "--severity", "3"}).exit_code, 0);
  {
    auto store = HistoryStore::open(data_ / "history.sqlite3");
    ASSERT_TRUE(store) << store.error().message;
    ASSERT_TRUE(store->set_tried("2026-11-25", "magnesium", true));
  }
  const CommandResult table = limber({"diary"});
  EXPECT_THAT(table.out, ::testing::ContainsRegex("2026-11-25 +\\? +- +Magnesium"));
  EXPECT_THAT(table.out, HasSubstr("? that night is not in the diary yet"));
  EXPECT_EQ(limber({"diary", "--csv"}).out,
            "date,cramps,severity,note,cramp_now,tried\n2026-11-24,1,3,,0,\n2026-11-25,,,,0,magnesium\n");
  const auto json = nlohmann::json::parse(limber({"diary", "--json"}).out);
  ASSERT_EQ(json.size(), 2u);
  EXPECT_TRUE(json[1]["cramps"].is_null());
  EXPECT_EQ(json[1]["tried"], nlohmann::json::array({"magnesium"}));
}

// With no --window-size, the first window fits the screen it opens on: on an 800x480 screen it is
// no larger than that (measured on the screenshot it writes); asked for a size, it has that size.
TEST_F(Cli, TheFirstWindowFitsTheScreenItOpensOn) {
  const auto png_size = [](const std::filesystem::path& file) {
    const std::string bytes = testing::read_file(file);
    if (bytes.size() < 24) return std::pair{0, 0};
    const auto be32 = [&](std::size_t at) {
      return (static_cast<unsigned char>(bytes[at]) << 24) | (static_cast<unsigned char>(bytes[at + 1]) << 16) |
             (static_cast<unsigned char>(bytes[at + 2]) << 8) | static_cast<unsigned char>(bytes[at + 3]);
    };
    return std::pair{be32(16), be32(20)};
  };
  // A real window loads Mesa and D-Bus, whose own leaks LeakSanitizer would report as ours (the
  // window tests turn it off for the same reason: tests/CMakeLists.txt).
  const std::string env = "ASAN_OPTIONS=detect_leaks=0 LIMBER_XVFB_SCREEN=800x480x24 LIMBER_DATA_DIR=" +
                          testing::shell_quote(data_.path().string()) +
                          " XDG_CONFIG_HOME=" + testing::shell_quote((data_ / "config").string());
  const std::string xvfb = std::string(LIMBER_SOURCE_DIR) + "/scripts/with-xvfb";
  const auto shot = data_ / "first.png";
  const auto fitted = testing::run_command(xvfb, {LIMBER_BINARY, "--mute", "--windowed", "--quit-after", "0.5", "--screenshot", shot.string()}, env);
  ASSERT_EQ(fitted.exit_code, 0) << fitted.err;
  const auto [width, height] = png_size(shot);
  EXPECT_GT(width, 0);
  EXPECT_LE(width, 800);
  EXPECT_LE(height, 480);
  const auto asked = testing::run_command(
      xvfb, {LIMBER_BINARY, "--mute", "--windowed", "--window-size", "700x480", "--quit-after", "0.5", "--screenshot", shot.string()}, env);
  ASSERT_EQ(asked.exit_code, 0) << asked.err;
  EXPECT_EQ(png_size(shot), (std::pair{700, 480}));
}

// The parser's complaints are sentences in the house style and the user's language, never
// CLI11's own English ("At Most 1 required but received 2").
TEST_F(Cli, ParserComplaintsAreSentences) {
  const auto twice = limber({"diary", "add", "--date", "2026-11-25", "--cramps", "1", "--did", "water", "--did", "massage"});
  EXPECT_EQ(twice.exit_code, 2);
  EXPECT_THAT(twice.err, HasSubstr("limber: --did was given 2 times: give it once."));
  const auto word = limber({"diary", "add", "--date", "2026-11-25", "--cramps", "two"});
  EXPECT_THAT(word.err, HasSubstr("limber: --cramps wants a number, not `two`."));
  const auto reps = limber({"plan", "morning-calf-stretch", "--reps", "abc"});
  EXPECT_THAT(reps.err, HasSubstr("limber: --reps is a number from 1 to 500, not `abc`."));
  const auto phase = limber({"pose", "calf-ledge", "--phase", "lean", "-o", (data_ / "x.png").string()});
  EXPECT_THAT(phase.err, HasSubstr("--phase is one of"));
  const auto missing = limber({"diary", "add", "--cramps", "1"});
  EXPECT_THAT(missing.err, HasSubstr("limber: --date is needed here."));
  const auto extra = limber({"list", "extra"});
  EXPECT_THAT(extra.err, HasSubstr("limber: `extra` is not something this command understands."));
  for (const auto* said : {&twice, &word, &reps, &missing, &extra}) {
    EXPECT_THAT(said->err, Not(HasSubstr("required but received")));
    EXPECT_THAT(said->err, Not(HasSubstr("Could not convert")));
    EXPECT_THAT(said->err, Not(HasSubstr("not in range")));
  }
  const auto german = limber({"--lang", "de", "plan", "morning-calf-stretch", "--reps", "abc"});
  EXPECT_THAT(german.err, HasSubstr("--reps ist eine Zahl von 1 bis 500, nicht `abc`."));
}

TEST_F(Cli, DiaryRefusesBadValues) {
  EXPECT_EQ(limber({"diary", "add", "--date", "2026-02-30", "--cramps", "1", "--severity", "1"}).exit_code, 2);
  EXPECT_EQ(limber({"diary", "add", "--date", "yesterday", "--cramps", "1", "--severity", "1"}).exit_code, 2);
  EXPECT_EQ(limber({"diary", "add", "--date", "2026-11-25", "--cramps", "1", "--severity", "11"}).exit_code, 2);
  EXPECT_EQ(limber({"diary", "add", "--date", "2026-11-25", "--cramps", "-1", "--severity", "1"}).exit_code, 2);
  // The app's rule everywhere: cramps come with the worst one's severity 1-10, none without.
  const auto zero_severity = limber({"diary", "add", "--date", "2026-11-25", "--cramps", "2", "--severity", "0"});
  EXPECT_EQ(zero_severity.exit_code, 2);
  EXPECT_THAT(zero_severity.err, HasSubstr("severity is from 1 (mild) to 10"));
  const auto severity_alone = limber({"diary", "add", "--date", "2026-11-25", "--cramps", "0", "--severity", "4"});
  EXPECT_EQ(severity_alone.exit_code, 2);
  EXPECT_THAT(severity_alone.err, HasSubstr("a night without cramps has no severity"));
  const auto future = limber({"diary", "add", "--date", "2999-01-01", "--cramps", "1", "--severity", "3"});
  EXPECT_EQ(future.exit_code, 2);
  EXPECT_THAT(future.err, HasSubstr("2999-01-01 has not happened yet"));
  EXPECT_THAT(limber({"diary"}).out, HasSubstr("No diary entries yet."));
  // A night without cramps needs no severity at all; a count may come before its severity.
  EXPECT_EQ(limber({"diary", "add", "--date", "2026-11-25", "--cramps", "0"}).exit_code, 0);
  EXPECT_EQ(limber({"diary", "add", "--date", "2026-11-24", "--cramps", "3"}).exit_code, 0);
  EXPECT_THAT(limber({"diary", "--csv"}).out, HasSubstr("2026-11-24,3,,,0,\n2026-11-25,0,0,,0,\n"));
}

TEST_F(Cli, HistoryListsRecordedSessions) {
  EXPECT_THAT(limber({"history"}).out, HasSubstr("No sessions yet."));
  const CommandResult run = limber({"run", (testing::tests_dir() / "app" / "routines" / "screens-test.yaml").string(),
                                    "--headless", "--mute"});
  ASSERT_EQ(run.exit_code, 0) << run.err;
  const auto sessions = nlohmann::json::parse(limber({"history", "--json"}).out);
  ASSERT_EQ(sessions.size(), 1u);
  EXPECT_EQ(sessions[0]["routine"], "Screens test");
  EXPECT_EQ(sessions[0]["status"], "completed");
  EXPECT_EQ(sessions[0]["active_seconds"], 7);
  EXPECT_EQ(sessions[0]["reps"][0]["done"], 2);
  EXPECT_THAT(limber({"history"}).out, ::testing::ContainsRegex("Screens test +completed +0:07"));
  EXPECT_THAT(limber({"history", "--csv"}).out, HasSubstr(",Screens test,completed,7,7\n"));
}

TEST_F(Cli, NewMakesAUserRoutineFromATemplateOrACopy) {
  const CommandResult made = limber({"new", "Evening calves"});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  const std::string path = made.out.substr(0, made.out.size() - 1);
  EXPECT_EQ(path, (data_ / "routines" / "evening-calves.yaml").string());
  EXPECT_EQ(limber({"check", path}).exit_code, 0);
  EXPECT_THAT(limber({"list"}).out, ::testing::ContainsRegex("Evening calves +[0-9:]+ +user"));
  const CommandResult again = limber({"new", "Evening calves"});
  EXPECT_EQ(again.exit_code, 1);
  EXPECT_THAT(again.err, HasSubstr("already a routine named `Evening calves`"));

  const CommandResult copy = limber({"new", "My bedtime", "--from", "bedtime-stretches"});
  ASSERT_EQ(copy.exit_code, 0) << copy.err;
  const auto plan = nlohmann::json::parse(limber({"plan", "My bedtime", "--json"}).out);
  const auto original = nlohmann::json::parse(limber({"plan", "bedtime-stretches", "--json"}).out);
  EXPECT_EQ(plan["phases"], original["phases"]);
  EXPECT_EQ(plan["name"], "My bedtime");
  // A name that makes no file name still gets a safe one.
  const CommandResult odd = limber({"new", "../.."});
  ASSERT_EQ(odd.exit_code, 0) << odd.err;
  EXPECT_EQ(odd.out, (data_ / "routines" / "routine.yaml").string() + "\n");
  EXPECT_EQ(limber({"new", "x", "--from", "no-such-routine"}).exit_code, 1);
}

TEST_F(Cli, HelpAndVersion) {
  const CommandResult help = limber({"--help"});
  EXPECT_EQ(help.exit_code, 0);
  EXPECT_THAT(help.out, HasSubstr("check"));
  EXPECT_THAT(help.out, HasSubstr("Without a subcommand, Limber opens its window"));
  // A subcommand's help is about the subcommand.
  for (const auto& command : std::vector<std::vector<std::string>>{
           {"history", "--help"}, {"stats", "--help"}, {"diary", "--help"}, {"diary", "add", "--help"}}) {
    const CommandResult sub = limber(command);
    EXPECT_EQ(sub.exit_code, 0);
    EXPECT_THAT(sub.out, ::testing::Not(HasSubstr("Without a subcommand"))) << command.front();
  }
  const CommandResult version = limber({"--version"});
  EXPECT_EQ(version.exit_code, 0);
  EXPECT_THAT(version.out, ::testing::MatchesRegex("[0-9]+\\.[0-9]+\\.[0-9]+\n"));
}

}  // namespace
}  // namespace limber
