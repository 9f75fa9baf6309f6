// `limber import` on the files other apps write: Debian's own Workrave exercises, Just Another
// Workout Timer's backup and shared workout, Feeel's workout and its export-all zip; and the
// hostile files no app writes, each refused within a second and 100 MB, writing nothing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <fcntl.h>
#include <fmt/format.h>
#include <unistd.h>

#include <chrono>
#include <map>
#include <regex>
#include <sstream>

#include "core/routine/routine_language.hpp"
#include "core/routine/routine_loader.hpp"
#include "support/fixtures.hpp"
#include "support/run_command.hpp"
#include "support/zip_builder.hpp"

namespace limber {
namespace {

using ::testing::HasSubstr;
using testing::CommandResult;
using testing::shell_quote;
namespace fs = std::filesystem;

const fs::path kWorkrave = "/usr/share/workrave/exercises/exercises.xml";

fs::path fixture(const char* name) { return testing::tests_dir() / "app" / "import-fixtures" / name; }

// One run of limber, with what it cost: wall time and peak memory of that process alone.
struct Measured {
  int exit_code = -1;
  std::string out;
  std::string err;
  double seconds = 0;
  long max_rss_kb = 0;
};

class Import : public ::testing::Test {
 protected:
  CommandResult limber(const std::vector<std::string>& args) {
    return testing::run_command(LIMBER_BINARY, args,
                                "LIMBER_DATA_DIR=" + shell_quote((scratch_ / "data").string()) +
                                    " XDG_CONFIG_HOME=" + shell_quote((scratch_ / "config").string()));
  }
  // Through GNU time, a fresh small process, so the peak is limber's own and not this test's
  // (a forked child starts with its parent's pages, and under ASan those are hundreds of MB).
  Measured measured(const std::vector<std::string>& args) {
    const fs::path usage = scratch_ / "usage.txt";
    std::vector<std::string> command = {"-f", "%M %e", "-o", usage.string(), LIMBER_BINARY};
    command.insert(command.end(), args.begin(), args.end());
    const auto started = std::chrono::steady_clock::now();
    const CommandResult run = testing::run_command(
        "/usr/bin/time", command,
        "LIMBER_DATA_DIR=" + shell_quote((scratch_ / "data").string()) + " XDG_CONFIG_HOME=" + shell_quote((scratch_ / "config").string()));
    Measured m;
    m.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - started).count();
    m.exit_code = run.exit_code;
    m.out = run.out;
    m.err = run.err;
    const std::string figures = testing::read_file(usage);
    // GNU time adds "Command exited with non-zero status N" on its first line.
    const auto last_line = figures.find_last_of('\n', figures.size() >= 2 ? figures.size() - 2 : 0);
    std::istringstream numbers(last_line == std::string::npos ? figures : figures.substr(last_line + 1));
    double elapsed = 0;
    numbers >> m.max_rss_kb >> elapsed;
    EXPECT_GT(m.max_rss_kb, 0) << figures;
    return m;
  }
  std::vector<fs::path> written() const {
    std::vector<fs::path> files;
    std::error_code ec;
    for (const auto& f : fs::directory_iterator(scratch_ / "data" / "routines", ec)) files.push_back(f.path());
    std::sort(files.begin(), files.end());
    return files;
  }
  std::map<std::string, Routine> routines() const {
    std::map<std::string, Routine> out;
    for (const fs::path& f : written()) {
      if (f.extension() != ".yaml") continue;
      const RoutineResult r = load_routine_file(f);
      EXPECT_TRUE(r) << f;
      if (r) out[r->name] = *r;
    }
    return out;
  }
  std::vector<std::string> yaml_files() const {
    std::vector<std::string> out;
    for (const fs::path& f : written()) {
      if (f.extension() == ".yaml") out.push_back(f.string());
    }
    return out;
  }

  testing::ScratchDir scratch_;
};

// The exercises.xml Debian ships, read here with regular expressions, apart from the importer.
struct WorkraveExercise {
  std::string title;
  std::string german;
  int seconds = 0;
  bool mirrored = false;
  std::string picture;
};
std::vector<WorkraveExercise> read_by_hand(const std::string& xml) {
  std::vector<WorkraveExercise> out;
  const std::regex exercise(R"(<exercise>([\s\S]*?)</exercise>)");
  for (auto it = std::sregex_iterator(xml.begin(), xml.end(), exercise); it != std::sregex_iterator(); ++it) {
    const std::string body = (*it)[1];
    std::smatch m;
    WorkraveExercise e;
    if (std::regex_search(body, m, std::regex(R"(<title>([^<]*)</title>)"))) e.title = m[1];
    if (std::regex_search(body, m, std::regex(R"(<title xml:lang="de">([^<]*)</title>)"))) e.german = m[1];
    if (std::regex_search(body, m, std::regex(R"re(<sequence duration="(\d+)")re"))) e.seconds = std::stoi(m[1]);
    if (std::regex_search(body, m, std::regex(R"re(<image src="([^"]+)")re"))) e.picture = m[1];
    e.mirrored = body.find("mirrorx=\"yes\"") != std::string::npos;
    out.push_back(e);
  }
  return out;
}

TEST_F(Import, EveryWorkraveExerciseInDebiansFileWithItsLengthPictureAndLanguages) {
  ASSERT_TRUE(fs::exists(kWorkrave)) << kWorkrave << " is missing: scripts/install-deps installs workrave-data";
  const auto exercises = read_by_hand(testing::read_file(kWorkrave));
  ASSERT_GE(exercises.size(), 5u);
  const CommandResult result = limber({"import", kWorkrave.string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr(fmt::format("Imported {} routines from Workrave (exercises.xml).", exercises.size())));
  // Every routine written passes `limber check`.
  std::vector<std::string> check = {"check"};
  const auto files = yaml_files();
  ASSERT_EQ(files.size(), exercises.size());
  check.insert(check.end(), files.begin(), files.end());
  const CommandResult checked = limber(check);
  EXPECT_EQ(checked.exit_code, 0) << checked.err;
  EXPECT_EQ(checked.err, "");
  const auto by_name = routines();
  for (const WorkraveExercise& w : exercises) {
    SCOPED_TRACE(w.title);
    const auto found = by_name.find(w.title);
    ASSERT_NE(found, by_name.end());
    const Routine& r = found->second;
    ASSERT_EQ(r.exercises.size(), 1u);
    const Exercise& e = r.exercises[0];
    const auto* step = std::get_if<TimedStep>(&e.body);
    ASSERT_NE(step, nullptr);
    // As long as Workrave shows it: per side, half each.
    const int sides = e.sides.empty() ? 1 : static_cast<int>(e.sides.size());
    EXPECT_EQ(step->duration.count() * sides, w.seconds);
    EXPECT_EQ(e.sides.size(), w.mirrored ? 2u : 0u);
    if (w.title == "Shoulder-arm stretch" || w.title == "Move the shoulders") {
      // Both speak of arms; the second begins "Spin your right arm ... Repeat with the left arm".
      EXPECT_EQ(e.side_of, SideOf::arm) << w.title;
      EXPECT_EQ(e.sides.front(), w.title == "Move the shoulders" ? Side::right : Side::left) << w.title;
    }
    EXPECT_EQ(r.source, "Workrave (exercises.xml)");
    // In the user's language, where the file has it.
    if (!w.german.empty()) {
      EXPECT_EQ(routine_in_language(r, "de").name, w.german);
    }
    // Its first picture, copied beside it.
    ASSERT_FALSE(e.image.empty());
    EXPECT_EQ(testing::read_file(scratch_ / "data" / "routines" / e.image),
              testing::read_file(kWorkrave.parent_path() / w.picture));
  }
  // The library lists them in German for a German user.
  const auto first_german = std::find_if(exercises.begin(), exercises.end(), [](const auto& w) { return !w.german.empty(); });
  ASSERT_NE(first_german, exercises.end());
  EXPECT_THAT(limber({"--lang", "de", "list"}).out, HasSubstr(first_german->german));
  // Twice: found, and nothing new written.
  const auto before = written();
  const CommandResult again = limber({"import", kWorkrave.string()});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("was imported before: it is in your library already"));
  EXPECT_EQ(written(), before);
}

// Workrave's mirrored pictures say there are two sides, not of what: its English description does.
TEST_F(Import, AMirroredWorkraveExerciseIsArmsLegsOrTheBodyAsItsDescriptionSays) {
  const auto exercise = [](const std::string& title, const std::string& description) {
    return "<exercise><title>" + title + "</title><description>" + description +
           "</description><sequence duration=\"20\"><image src=\"a.png\" duration=\"5\"/>"
           "<image src=\"a.png\" duration=\"5\" mirrorx=\"yes\"/></sequence></exercise>";
  };
  testing::write_file(scratch_ / "mine.xml",
                      "<?xml version=\"1.0\"?>\n<exercises>" +
                          exercise("Side bend", "Lean slowly over to one side, then to the other.") +
                          exercise("Calf raise", "Rise onto the ball of the right foot, the other leg bent. Then the left.") +
                          exercise("Arm swing", "Swing one arm, then the other; keep both legs still.") + "</exercises>\n");
  const CommandResult result = limber({"import", (scratch_ / "mine.xml").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const auto r = routines();
  const Exercise& bend = r.at("Side bend").exercises.at(0);
  EXPECT_EQ(bend.side_of, SideOf::body);
  EXPECT_EQ(bend.sides, (std::vector<Side>{Side::left, Side::right}));
  const Exercise& calf = r.at("Calf raise").exercises.at(0);
  EXPECT_EQ(calf.side_of, SideOf::leg);
  EXPECT_EQ(calf.sides, (std::vector<Side>{Side::right, Side::left}));
  EXPECT_EQ(r.at("Arm swing").exercises.at(0).side_of, SideOf::body) << "arms and legs both: neither";
}

// A picture that is missing, or too large for a routine to show (10000x10000, by its header), is
// not kept: the routine comes without it, passes `check`, and a second import finds it imported
// already (a missing picture once made it NAME-2.yaml).
TEST_F(Import, APictureMissingOrTooLargeIsLeftOutAndTheSecondImportFindsTheFirst) {
  // A PNG whose header says 10000x10000: what stb reads before any pixel.
  std::string png = "\x89PNG\r\n\x1a\n";
  png += std::string("\0\0\0\x0dIHDR", 8);
  png += std::string("\0\0\x27\x10\0\0\x27\x10\x08\x06\0\0\0", 13);
  png += std::string(4, '\0');  // its checksum, which stb does not check
  testing::write_file(scratch_ / "w" / "huge.png", png);
  const auto exercise = [](const std::string& title, const std::string& picture) {
    return "<exercise><title>" + title + "</title><description>Slowly.</description><sequence duration=\"10\">"
           "<image src=\"" + picture + "\" duration=\"10\"/></sequence></exercise>";
  };
  testing::write_file(scratch_ / "w" / "mine.xml", "<?xml version=\"1.0\"?>\n<exercises>" + exercise("Neck roll", "gone.png") +
                                                     exercise("Shoulder lift", "huge.png") + "</exercises>\n");
  const CommandResult first = limber({"import", (scratch_ / "w" / "mine.xml").string()});
  ASSERT_EQ(first.exit_code, 0) << first.err;
  EXPECT_THAT(first.out, HasSubstr("its picture `gone.png`: not found beside the file"));
  EXPECT_THAT(first.out, HasSubstr("its picture `huge.png`: huge.png is 10000x10000 pixels"));
  std::vector<std::string> check = {"check"};
  for (const std::string& f : yaml_files()) check.push_back(f);
  EXPECT_EQ(limber(check).exit_code, 0) << "an imported routine fails check";
  const CommandResult second = limber({"import", (scratch_ / "w" / "mine.xml").string()});
  ASSERT_EQ(second.exit_code, 0) << second.err;
  EXPECT_THAT(second.out, HasSubstr("\u201cNeck roll\u201d was imported before"));
  EXPECT_THAT(second.out, HasSubstr("\u201cShoulder lift\u201d was imported before"));
  for (const std::string& f : yaml_files()) EXPECT_EQ(f.find("-2.yaml"), std::string::npos) << f;
  for (const auto& entry : fs::directory_iterator(scratch_ / "data" / "routines")) {
    EXPECT_NE(entry.path().extension(), ".png") << "a picture was copied: " << entry.path();
  }
}

TEST_F(Import, JustAnotherWorkoutTimersBackupAndASharedWorkout) {
  const CommandResult result = limber({"import", fixture("jawt-backup.json").string(), fixture("jawt-shared.json").string()});
  ASSERT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("Imported 2 routines from Just Another Workout Timer (jawt-backup.json)."));
  EXPECT_THAT(result.out, HasSubstr("Imported 1 routine from Just Another Workout Timer (jawt-shared.json)."));
  EXPECT_THAT(result.out, HasSubstr("Not quite as it was: set 2: its 2 rounds are written out one after another. Check it in the editor."));
  std::vector<std::string> check = {"check"};
  for (const std::string& f : yaml_files()) check.push_back(f);
  EXPECT_EQ(limber(check).exit_code, 0);
  const auto r = routines();
  ASSERT_EQ(r.size(), 3u);
  // An exercise and its rest, 6 times: hold and relax reps.
  const Routine& intervals = r.at("Calf intervals");
  EXPECT_EQ(intervals.get_ready, Seconds{10});
  ASSERT_EQ(intervals.exercises.size(), 5u);
  EXPECT_EQ(intervals.exercises[0].name, "Calf raise");
  EXPECT_EQ(intervals.exercises[0].reps, (RepRange{6, 6}));
  EXPECT_EQ(std::get<HoldRest>(intervals.exercises[0].body), (HoldRest{Seconds{20}, Seconds{10}}));
  // Three steps, twice ("Pause" is the German app's rest): the rest is the transition after the right side.
  const std::vector<std::pair<std::string, int>> rounds = {{"Wall stretch, left", 0}, {"Wall stretch, right", 15},
                                                           {"Wall stretch, left", 0}, {"Wall stretch, right", 15}};
  for (std::size_t i = 0; i < rounds.size(); ++i) {
    const Exercise& e = intervals.exercises[i + 1];
    EXPECT_EQ(e.name, rounds[i].first);
    EXPECT_EQ(std::get<TimedStep>(e.body).duration, Seconds{30});
    EXPECT_EQ(e.rest_after, Seconds{rounds[i].second});
  }
  EXPECT_EQ(std::get<TimedStep>(r.at("Evening calves").exercises.at(0).body).duration, Seconds{45});
  const Routine& shared = r.at("Morning ledge");
  EXPECT_EQ(shared.exercises.at(0).reps, (RepRange{8, 8}));
  EXPECT_EQ(shared.source, "Just Another Workout Timer (JSON)");
}

const std::string kFeeelWorkout = R"({"feeelMetadataVersion":300,"fullWorkout":{"workout":{"title":"{TITLE}","category":0,)"
                                  R"("exerciseDuration":30,"breakDuration":10},"workoutExercises":[{"orderPosition":0,)"
                                  R"("exercise":320,"exerciseDuration":null,"breakDuration":null},{"orderPosition":1,)"
                                  R"("exercise":458,"exerciseDuration":60,"breakDuration":null}]}})";

std::string feeel_workout(const std::string& title) {
  std::string text = kFeeelWorkout;
  text.replace(text.find("{TITLE}"), 7, title);
  return text;
}

TEST_F(Import, FeeelsWorkoutAndItsExportAllZip) {
  const CommandResult one = limber({"import", fixture("feeel-stretch.feeel").string()});
  ASSERT_EQ(one.exit_code, 0) << one.err;
  EXPECT_THAT(one.out, HasSubstr("Left out: the names and pictures of Feeel's exercises 4242"));
  auto r = routines();
  const Routine& stretch = r.at("Evening stretch");
  // Sorted by Feeel's positions; each break is the one before its item.
  EXPECT_EQ(stretch.get_ready, Seconds{8});
  ASSERT_EQ(stretch.exercises.size(), 4u);
  const std::vector<std::tuple<std::string, int, int>> expected = {{"Child's pose", 45, 5},
                                                                   {"Calf raises, one legged", 30, 10},
                                                                   {"Calf raises, right leg", 30, 12},
                                                                   {"Feeel exercise 4242", 20, 0}};
  for (std::size_t i = 0; i < expected.size(); ++i) {
    EXPECT_EQ(stretch.exercises[i].name, std::get<0>(expected[i]));
    EXPECT_EQ(std::get<TimedStep>(stretch.exercises[i].body).duration, Seconds{std::get<1>(expected[i])});
    EXPECT_EQ(stretch.exercises[i].rest_after, Seconds{std::get<2>(expected[i])});
  }
  EXPECT_EQ(routine_in_language(stretch, "de").name, "Abenddehnung");
  EXPECT_EQ(routine_in_language(stretch, "pt_BR").name, "Alongamento noturno");
  EXPECT_EQ(stretch.tags, (std::vector<std::string>{"imported", "stretching"}));

  // "Export all": a zip of such files, one of them broken; the others all come in.
  testing::ZipBuilder zip;
  zip.add("Strength_5.feeel", feeel_workout("Strength"));
  zip.add("Plank_6.feeel", feeel_workout("Plank day"), false);
  zip.add("Broken_7.feeel", "{\"fullWorkout\": 3}");
  testing::write_file(scratch_ / "Feeel 2024-07-05 12-17-09.zip", zip.bytes());
  const CommandResult all = limber({"import", (scratch_ / "Feeel 2024-07-05 12-17-09.zip").string()});
  ASSERT_EQ(all.exit_code, 0) << all.err;
  EXPECT_THAT(all.out, HasSubstr("Not imported: Broken_7.feeel:"));
  r = routines();
  EXPECT_EQ(r.size(), 3u);
  const Routine& strength = r.at("Strength");
  EXPECT_EQ(strength.get_ready, Seconds{5});  // Feeel's own countdown when none is set
  EXPECT_EQ(strength.exercises.at(0).name, "Jumping jacks");
  EXPECT_EQ(strength.exercises.at(0).rest_after, Seconds{10});
  EXPECT_EQ(std::get<TimedStep>(strength.exercises.at(1).body).duration, Seconds{60});
  EXPECT_TRUE(r.count("Plank day"));
  std::vector<std::string> check = {"check"};
  for (const std::string& f : yaml_files()) check.push_back(f);
  EXPECT_EQ(limber(check).exit_code, 0);
}

// Each hostile file: refused with its reason, nothing written, within a second and 100 MB.
TEST_F(Import, HostileFilesAreRefusedQuicklyInBoundedMemoryWritingNothing) {
  const auto entity_bomb = [] {
    std::string xml = "<?xml version=\"1.0\"?>\n<!DOCTYPE lolz [\n<!ENTITY lol \"lol\">\n";
    for (int i = 1; i <= 9; ++i) {
      xml += fmt::format("<!ENTITY lol{} \"", i);
      for (int j = 0; j < 10; ++j) xml += fmt::format("&lol{};", i == 1 ? std::string() : std::to_string(i - 1));
      xml += "\">\n";
    }
    return xml + "]>\n<exercises><exercise><title>&lol9;</title></exercise></exercises>\n";
  }();
  testing::ZipBuilder bomb;
  bomb.add("bomb.feeel", std::string(200u << 20, ' '));
  testing::ZipBuilder liar;
  liar.add("small.feeel", std::string(100u << 20, '['), true, 120);
  testing::ZipBuilder climber;
  climber.add("../../.config/autostart/evil.feeel", feeel_workout("Evil"));
  climber.add("fine.feeel", feeel_workout("Fine"));
  const std::vector<std::tuple<std::string, std::string, std::string>> cases = {
      {"entity-bomb.xml", entity_bomb, "declares an entity (`lol`)"},
      {"external-entity.xml",
       "<?xml version=\"1.0\"?>\n<!DOCTYPE x [<!ENTITY secret SYSTEM \"file:///etc/passwd\">]>\n"
       "<exercises><exercise><title>&secret;</title></exercise></exercises>\n",
       "declares an entity (`secret`)"},
      {"deep-nesting.xml", [] {
         std::string s = "<exercises>";
         for (int i = 0; i < 200'000; ++i) s += "<a>";
         return s;
       }(), "nested more than 64 elements deep"},
      {"deep-nesting.json", "{\"workouts\":" + std::string(7'000'000, '['), "nested more than 64 levels deep"},
      {"bomb.zip", bomb.bytes(), "unpacks to more than 8 MB"},
      {"liar.zip", liar.bytes(), "small.feeel"},
      {"climber.zip", climber.bytes(), "points outside the archive"},
  };
  // What limber takes to start at all: under ASan (or TSan) its shadow memory alone is over 100 MB
  // and its start alone can take most of a second beside the other tests, so there the bounds are
  // on what the file added (and time gets the sanitizers' threefold slowdown: there they catch a
  // hang, not a slow path). The Release build (`make test`) holds the whole process to the issue's
  // limits.
  const Measured baseline = measured({"--version"});
  const auto within_bounds = [&baseline](const Measured& m) {
    EXPECT_LT(m.max_rss_kb - baseline.max_rss_kb, 100 * 1024);
#if defined(__SANITIZE_ADDRESS__) || defined(__SANITIZE_THREAD__)
    EXPECT_LT(m.seconds - baseline.seconds, 3.0);
#else
    EXPECT_LT(m.max_rss_kb, 100 * 1024);
    EXPECT_LT(m.seconds, 1.0);
#endif
  };
  for (const auto& [name, bytes, reason] : cases) {
    SCOPED_TRACE(name);
    testing::write_file(scratch_ / name, bytes);
    const Measured m = measured({"import", (scratch_ / name).string()});
    EXPECT_EQ(m.exit_code, 1) << m.out << m.err;
    EXPECT_THAT(m.err, HasSubstr(reason));
    within_bounds(m);
    EXPECT_TRUE(yaml_files().empty()) << "something was written";
    std::cout << fmt::format("{}: refused in {:.3f} s, {} MB\n", name, m.seconds, m.max_rss_kb / 1024);
  }
  // A 1 GB file (sparse: it costs no disk) is refused before it is read.
  {
    const fs::path huge = scratch_ / "huge.xml";
    const int fd = ::open(huge.c_str(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    ASSERT_EQ(::ftruncate(fd, 1LL << 30), 0);
    ::close(fd);
    const Measured m = measured({"import", huge.string()});
    EXPECT_EQ(m.exit_code, 1);
    EXPECT_THAT(m.err, HasSubstr("is 1024 MB, larger than any routine file or export"));
    within_bounds(m);
    std::cout << fmt::format("huge.xml: refused in {:.3f} s, {} MB\n", m.seconds, m.max_rss_kb / 1024);
  }
  EXPECT_TRUE(yaml_files().empty());
}

TEST_F(Import, AFileThatIsNoneOfTheseWritesNothingAndSaysWhy) {
  testing::write_file(scratch_ / "notes.txt", "calves: 3 x 30 s\n");
  testing::write_file(scratch_ / "other.json", "{\"name\": \"not a workout\"}");
  const CommandResult result = limber({"import", (scratch_ / "notes.txt").string(), (scratch_ / "other.json").string(),
                                       (scratch_ / "missing.xml").string()});
  EXPECT_EQ(result.exit_code, 1);
  EXPECT_THAT(result.err, HasSubstr("notes.txt was not imported: it is neither XML (Workrave), JSON (Just Another Workout Timer, Feeel) nor a Limber routine"));
  EXPECT_THAT(result.err, HasSubstr("other.json was not imported: it is JSON, but neither a workout nor a backup"));
  EXPECT_THAT(result.err, HasSubstr("missing.xml was not imported: it cannot be read"));
  EXPECT_TRUE(yaml_files().empty());
}

}  // namespace
}  // namespace limber

namespace limber {
namespace {

// Another Limber's routines: Export's bundle (YAML documents, `---` between them) and a single
// routine file. A document that is not a valid routine is left out with its place in the whole
// file; the rest come in, pass `limber check`, and come in once.
TEST_F(Import, AnotherLimbersRoutinesComeInOnceAndABrokenOneIsPlacedInTheFile) {
  const std::string good = "limber: 1\nname: Desk calves\nexercises:\n  - name: Calf raise\n    hold: 5s\n    rest: 5s\n    reps: 4\n";
  const std::string broken = "limber: 1\nname: Broken\nexercises:\n  - name: Calf raise\n    hold: soon\n    rest: 5s\n";
  const std::string other = "limber: 1\nname: Evening hamstrings\nexercises:\n  - name: Hamstring stretch\n    hold: 10s\n    rest: 10s\n    reps: 3\n";
  testing::write_file(scratch_ / "limber-routines.yaml", "# exported\n---\n" + good + "---\n" + broken + "---\n" + other);
  const CommandResult result = limber({"import", (scratch_ / "limber-routines.yaml").string()});
  EXPECT_EQ(result.exit_code, 0) << result.err;
  EXPECT_THAT(result.out, HasSubstr("Imported 2 routines from Limber (limber-routines.yaml)."));
  EXPECT_THAT(result.out, HasSubstr("\u201cDesk calves\u201d is in your library (desk-calves.yaml)."));
  EXPECT_THAT(result.out, HasSubstr("\u201cEvening hamstrings\u201d is in your library"));
  // The broken one's `hold: soon` is on line 15 of the whole file.
  EXPECT_THAT(result.out, HasSubstr("Not imported: limber-routines.yaml:15:11: "));
  EXPECT_EQ(yaml_files().size(), 2u);
  for (const std::string& file : yaml_files()) {
    const CommandResult check = limber({"check", file});
    EXPECT_EQ(check.exit_code, 0) << file << check.out << check.err;
  }
  testing::write_file(scratch_ / "desk.yaml", good);
  const CommandResult again = limber({"import", (scratch_ / "desk.yaml").string()});
  EXPECT_EQ(again.exit_code, 0) << again.err;
  EXPECT_THAT(again.out, HasSubstr("\u201cDesk calves\u201d was imported before"));
  EXPECT_EQ(yaml_files().size(), 2u);
}

}  // namespace
}  // namespace limber
