#include "app/services/settings_store.hpp"
#include "platform/atomic_file.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include <algorithm>

#include "support/fixtures.hpp"

namespace limber {
namespace {

TEST(SettingsStore, SavesAndLoadsEverySetting) {
  testing::ScratchDir dir;
  AppSettings settings;
  settings.fullscreen = true;
  settings.theme = ThemeKind::light;
  settings.volume = 35;
  settings.muted = true;
  settings.reps_by_routine["Morning calf stretch"] = 8;
  settings.weekly_goal_days = 4;
  settings.renderer = RendererChoice::software;
  settings.sound_set = "plucked";
  settings.voice_name = "de";
  settings.voice_rate = 200;
  settings.voice_volume = 120;
  ASSERT_TRUE(save_settings(dir.path(), settings));
  const AppSettings loaded = load_settings(dir.path());
  EXPECT_TRUE(loaded.fullscreen);
  EXPECT_EQ(loaded.theme, ThemeKind::light);
  EXPECT_EQ(loaded.volume, 35);
  EXPECT_TRUE(loaded.muted);
  EXPECT_EQ(loaded.reps_by_routine.at("Morning calf stretch"), 8);
  EXPECT_EQ(loaded.weekly_goal_days, 4);
  EXPECT_EQ(loaded.renderer, RendererChoice::software);
  EXPECT_EQ(loaded.sound_set, "plucked");
  EXPECT_EQ(loaded.voice_name, "de");
  EXPECT_EQ(loaded.voice_rate, 200);
  EXPECT_EQ(loaded.voice_volume, 120);
  EXPECT_FALSE(loaded.theme_follows_desktop);
  EXPECT_FALSE(std::filesystem::exists(dir / "settings.json.tmp"));
}

TEST(SettingsStore, FollowingTheDesktopKeepsTheLastThemeAsFallback) {
  testing::ScratchDir dir;
  AppSettings settings;
  settings.theme = ThemeKind::light;
  settings.theme_follows_desktop = true;
  ASSERT_TRUE(save_settings(dir.path(), settings));
  EXPECT_NE(testing::read_file(dir / "settings.json").find("\"theme\": \"desktop\""), std::string::npos);
  const AppSettings loaded = load_settings(dir.path());
  EXPECT_TRUE(loaded.theme_follows_desktop);
  EXPECT_EQ(loaded.theme, ThemeKind::light);
  // Written by hand, without a fallback: dark, as ever.
  testing::write_file(dir / "settings.json", "{\"theme\": \"desktop\"}");
  EXPECT_TRUE(load_settings(dir.path()).theme_follows_desktop);
  EXPECT_EQ(load_settings(dir.path()).theme, ThemeKind::dark);
}

TEST(SettingsStore, ABrokenOrMissingFileGivesTheDefaults) {
  testing::ScratchDir dir;
  EXPECT_EQ(load_settings(dir.path()).theme, ThemeKind::dark);
  EXPECT_TRUE(read_settings(dir.path()).problems.empty()) << "a missing file is no problem";
  testing::write_file(dir / "settings.json", "{\"theme\": \"light\", \"volume\": ");
  const LoadedSettings broken = read_settings(dir.path());
  EXPECT_EQ(broken.settings.theme, ThemeKind::dark);
  ASSERT_EQ(broken.problems.size(), 1u);
  EXPECT_NE(broken.problems[0].find("settings.json:1:"), std::string::npos) << broken.problems[0];
  // Out of range or of the wrong type, as a hand edit might leave them: the default, and said
  // with its place.
  testing::write_file(dir / "settings.json", "{\"volume\": 900, \"reps\": {\"A\": \"x\"}, \"renderer\": \"vulkan\"}");
  const LoadedSettings odd = read_settings(dir.path());
  EXPECT_EQ(odd.settings.volume, 80);
  EXPECT_EQ(odd.settings.renderer, RendererChoice::automatic);
  EXPECT_TRUE(odd.settings.reps_by_routine.empty());
  EXPECT_EQ(odd.problems.size(), 3u);
  EXPECT_EQ(load_settings(std::nullopt).volume, 80);
  testing::write_file(dir / "settings.json", "{\"volume\": \"loud\", \"muted\": 1, \"theme\": 3, \"weekly_goal_days\": 12}");
  const LoadedSettings typed = read_settings(dir.path());
  EXPECT_EQ(typed.settings.volume, 80);
  EXPECT_FALSE(typed.settings.muted);
  EXPECT_EQ(typed.settings.theme, ThemeKind::dark);
  EXPECT_EQ(typed.settings.weekly_goal_days, AppSettings{}.weekly_goal_days);
  ASSERT_EQ(typed.problems.size(), 4u);
  EXPECT_TRUE(std::any_of(typed.problems.begin(), typed.problems.end(), [](const std::string& p) {
    return p.find("settings.json:1:2: error: `volume`") != std::string::npos;
  })) << typed.problems[0];
}

// Saves in a child process; as root (CI), the child first becomes nobody, for whom the folder is
// read-only as it would be for any user (root writes anywhere). True if the save succeeded.
bool save_as_a_user(const std::filesystem::path& dir) {
  const pid_t child = ::fork();
  if (child == 0) {
    if (::geteuid() == 0 && (::setgid(65534) != 0 || ::setuid(65534) != 0)) ::_exit(2);
    ::_exit(save_settings(dir, AppSettings{}) ? 0 : 1);
  }
  int status = 0;
  ::waitpid(child, &status, 0);
  EXPECT_TRUE(WIFEXITED(status) && WEXITSTATUS(status) != 2) << "could not become an ordinary user";
  return WIFEXITED(status) && WEXITSTATUS(status) == 0;
}

TEST(SettingsStore, AnUnwritableFolderFailsWithoutTouchingTheOldFile) {
  testing::ScratchDir dir;
  testing::write_file(dir / "settings.json", "{\"theme\": \"light\"}");
  using std::filesystem::perms;
  std::filesystem::permissions(dir.path(), perms::owner_read | perms::owner_exec | perms::group_read |
                                               perms::group_exec | perms::others_read | perms::others_exec);
  EXPECT_FALSE(save_as_a_user(dir.path()));
  std::filesystem::permissions(dir.path(), perms::owner_all);
  EXPECT_EQ(load_settings(dir.path()).theme, ThemeKind::light);
}

TEST(SettingsStore, AtomicWriteReplacesTheWholeFile) {
  testing::ScratchDir dir;
  ASSERT_TRUE(write_file_atomically(dir / "a" / "f.txt", std::string(100000, 'x')));
  ASSERT_TRUE(write_file_atomically(dir / "a" / "f.txt", "short"));
  EXPECT_EQ(testing::read_file(dir / "a" / "f.txt"), "short");
}

}  // namespace
}  // namespace limber
