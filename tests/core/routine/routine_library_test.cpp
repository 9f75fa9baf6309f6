#include "core/routine/routine_library.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "support/fixtures.hpp"

namespace limber {
namespace {

constexpr const char* kUserCalf =
    "limber: 1\nname: Morning calf stretch\nexercises:\n  - {name: Mine, hold: 9s, rest: 9s}\n";

TEST(RoutineLibrary, ReadsBuiltInAndUserFolders) {
  testing::ScratchDir user;
  testing::write_file(user / "mine.yaml", "limber: 1\nname: Mine\nexercises:\n  - {name: A, duration: 1m}\n");
  testing::write_file(user / "notes.txt", "not a routine");
  testing::write_file(user / "broken.yml", "limber: 1\nname: Broken\n");
  std::filesystem::create_directories(user / "folder.yaml");

  const RoutineLibrary library =
      load_library({{testing::routines_dir(), RoutineOrigin::builtin}, {user.path(), RoutineOrigin::user}});
  std::vector<std::string> names;
  for (const auto& entry : library.entries) names.push_back(entry.display_name());
  // The two built-ins the product is about lead, so a newcomer finds them above the fold.
  EXPECT_THAT(names, ::testing::ElementsAre("Morning calf stretch", "Bedtime stretches", "Calf self-massage",
                                            "Evening wind-down", "broken", "Mine"));
  const LibraryEntry* broken = library.find("broken");
  ASSERT_NE(broken, nullptr);
  EXPECT_FALSE(broken->routine);
  EXPECT_EQ(broken->origin, RoutineOrigin::user);
}

TEST(RoutineLibrary, ACopyIsListedAfterItsOriginal) {
  testing::ScratchDir user;
  testing::write_file(user / "zz-calves.yaml", "limber: 1\nname: Calves\nexercises:\n  - {name: A, duration: 1m}\n");
  testing::write_file(user / "calves-copy.yaml", "limber: 1\nname: Calves (copy)\nexercises:\n  - {name: A, duration: 1m}\n");
  const RoutineLibrary library = load_library({{user.path(), RoutineOrigin::user}});
  ASSERT_EQ(library.entries.size(), 2u);
  EXPECT_EQ(library.entries[0].display_name(), "Calves");
  EXPECT_EQ(library.entries[1].display_name(), "Calves (copy)");
  EXPECT_EQ(library.another_named("calves", user / "calves-copy.yaml"), &library.entries[0]);
  EXPECT_EQ(library.another_named("calves", user / "zz-calves.yaml"), nullptr);
}

TEST(RoutineLibrary, FindsByNameIgnoringCaseOrByFileStem) {
  const RoutineLibrary library = load_library({{testing::routines_dir(), RoutineOrigin::builtin}});
  const LibraryEntry* by_stem = library.find("bedtime-stretches");
  const LibraryEntry* by_name = library.find("BEDTIME stretches");
  ASSERT_NE(by_stem, nullptr);
  EXPECT_EQ(by_stem, by_name);
  EXPECT_EQ(library.find("no such routine"), nullptr);
}

TEST(RoutineLibrary, AUserRoutineWinsOverABuiltInOfTheSameName) {
  testing::ScratchDir user;
  testing::write_file(user / "my-calf.yaml", kUserCalf);
  const RoutineLibrary library =
      load_library({{testing::routines_dir(), RoutineOrigin::builtin}, {user.path(), RoutineOrigin::user}});
  const LibraryEntry* found = library.find("Morning calf stretch");
  ASSERT_NE(found, nullptr);
  EXPECT_EQ(found->origin, RoutineOrigin::user);
  EXPECT_EQ(library.find("morning-calf-stretch")->origin, RoutineOrigin::builtin);
}

TEST(RoutineLibrary, AMissingFolderIsEmpty) {
  const RoutineLibrary library = load_library({{"/nonexistent/limber/routines", RoutineOrigin::user}});
  EXPECT_TRUE(library.entries.empty());
}

}  // namespace
}  // namespace limber
