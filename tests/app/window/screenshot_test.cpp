// Screenshots of the real app under Xvfb at 1280x800 and 800x1280, checked for sensible content:
// the right size, not blank, and the colours each screen must show.
#include <fmt/format.h>
#include <gtest/gtest.h>
#include <stb_image.h>

#include <cmath>
#include <set>

#include "core/base/calendar.hpp"
#include "core/base/record_ids.hpp"
#include "core/history/history_store.hpp"
#include "support/fixtures.hpp"
#include "support/gui_fixture.hpp"
#include "support/run_command.hpp"
#include "support/sample_history.hpp"
#include "ui/theme.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

struct Rgb {
  int r, g, b;
};

struct Image {
  int width = 0;
  int height = 0;
  std::vector<unsigned char> pixels;

  [[nodiscard]] double share_near(Rgb colour, int tolerance) const {
    std::size_t near = 0;
    for (std::size_t i = 0; i + 2 < pixels.size(); i += 3) {
      if (std::abs(pixels[i] - colour.r) <= tolerance && std::abs(pixels[i + 1] - colour.g) <= tolerance &&
          std::abs(pixels[i + 2] - colour.b) <= tolerance) {
        ++near;
      }
    }
    return static_cast<double>(near) / static_cast<double>(pixels.size() / 3);
  }
  [[nodiscard]] std::size_t distinct_colours() const {
    std::set<int> seen;
    for (std::size_t i = 0; i + 2 < pixels.size(); i += 3) seen.insert(pixels[i] << 16 | pixels[i + 1] << 8 | pixels[i + 2]);
    return seen.size();
  }
};

Image load_png(const std::filesystem::path& path) {
  Image image;
  int channels = 0;
  unsigned char* data = stbi_load(path.c_str(), &image.width, &image.height, &channels, 3);
  if (data == nullptr) return image;
  image.pixels.assign(data, data + static_cast<std::ptrdiff_t>(image.width) * image.height * 3);
  stbi_image_free(data);
  return image;
}

struct Shot {
  const char* name;
  const char* routine;  // empty: the library
  double quit_after;
  Rgb colour;           // a colour the screen must show
  double min_share;     // ... on at least this share of its pixels
};

constexpr Rgb kHoldOrange{242, 115, 33};
constexpr Rgb kRelaxGreen{41, 173, 115};
constexpr Rgb kCard{38, 43, 54};
constexpr Rgb kCrampRed{237, 84, 79};  // the dark theme's danger colour

// In process, on virtual time: the --screenshot and --quit-after options as the command line sets
// them, with the window's clock stepped instead of waited for.
class Screenshot : public testing::GuiTest,
                   public ::testing::WithParamInterface<std::tuple<Shot, std::pair<int, int>>> {};

TEST_P(Screenshot, ShowsTheScreen) {
  const auto& [shot, size] = GetParam();
  const auto [width, height] = size;
  const std::filesystem::path out_dir = std::filesystem::path(LIMBER_SCREENSHOT_DIR);
  std::filesystem::create_directories(out_dir);
  const auto png = out_dir / fmt::format("{}-{}x{}.png", shot.name, width, height);
  std::filesystem::remove(png);
  options_.width = width;
  options_.height = height;
  options_.screenshot = png.string();
  options_.quit_after_seconds = shot.quit_after;
  auto app = open(*shot.routine == '\0' ? "" : (testing::tests_dir() / "app" / "routines" / shot.routine).string());
  const Nanos end = clock_.now() + std::chrono::seconds(30);
  while (clock_.now() < end) {
    clock_.set(std::max(clock_.now() + 1ms, app->next_wake().value_or(end)));
    if (!app->step(0ns)) break;
  }
  const Image image = load_png(png);
  ASSERT_EQ(image.width, width) << png;
  ASSERT_EQ(image.height, height);
  EXPECT_GT(image.distinct_colours(), 40u) << "a blank or nearly blank frame";
  EXPECT_GE(image.share_near(shot.colour, 12), shot.min_share) << png;
}

INSTANTIATE_TEST_SUITE_P(
    Screens, Screenshot,
    ::testing::Combine(::testing::Values(Shot{"library", "", 1.0, kCard, 0.15},
                                         Shot{"session_hold", "screens-test.yaml", 2.0, kHoldOrange, 0.004},
                                         Shot{"session_rest", "screens-test.yaml", 4.0, kRelaxGreen, 0.004},
                                         Shot{"summary", "screens-test.yaml", 8.2, kRelaxGreen, 0.0015}),
                       ::testing::Values(std::pair{1280, 800}, std::pair{800, 1280})),
    [](const auto& test) {
      return fmt::format("{}_{}x{}", std::get<0>(test.param).name, std::get<1>(test.param).first,
                         std::get<1>(test.param).second);
    });

// The progress screen over a year of generated history: the heat map and the bars in green, the
// cramp chart in red, at both orientations.
class ProgressScreenshot : public ::testing::TestWithParam<std::pair<int, int>> {};

TEST_P(ProgressScreenshot, ShowsAYearOfHistory) {
  const auto [width, height] = GetParam();
  testing::ScratchDir dir;
  std::filesystem::create_directories(dir / "data");
  {
    auto store = HistoryStore::open(dir / "data" / "history.sqlite3");
    ASSERT_TRUE(store) << store.error().message;
    const DayNumber today = *parse_date(local_date(std::chrono::system_clock::now()));
    testing::write_sample_history(*store, today, 365);
  }
  const std::filesystem::path out_dir = std::filesystem::path(LIMBER_SCREENSHOT_DIR);
  std::filesystem::create_directories(out_dir);
  const auto png = out_dir / fmt::format("progress-{}x{}.png", width, height);
  std::filesystem::remove(png);
  const auto result = testing::run_command(
      LIMBER_BINARY,
      {"progress", "--mute", "--windowed", "--window-size", fmt::format("{}x{}", width, height), "--screenshot",
       png.string(), "--quit-after", "1"},
      fmt::format("XDG_CONFIG_HOME={} LIMBER_DATA_DIR={}", testing::shell_quote((dir / "config").string()),
                  testing::shell_quote((dir / "data").string())));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const Image image = load_png(png);
  ASSERT_EQ(image.width, width) << png;
  EXPECT_GT(image.distinct_colours(), 100u);
  EXPECT_GE(image.share_near(kRelaxGreen, 12), 0.01) << png;  // stretching days and weeks at goal
  EXPECT_GE(image.share_near(kCrampRed, 20), 0.0005) << png;  // the cramp chart's average line
}

// `limber sos` takes the window options like the other window commands: straight into the rescue
// for the leg given, in the night theme, and the cramp is recorded.
TEST(SosScreenshot, OpensTheRescueInNightModeWithTheWindowOptions) {
  testing::ScratchDir dir;
  const std::filesystem::path out_dir = std::filesystem::path(LIMBER_SCREENSHOT_DIR);
  std::filesystem::create_directories(out_dir);
  const auto png = out_dir / "sos-left-800x480.png";
  std::filesystem::remove(png);
  const auto result = testing::run_command(
      LIMBER_BINARY,
      {"sos", "--leg", "left", "--mute", "--windowed", "--window-size", "800x480", "--screenshot", png.string(),
       "--quit-after", "5"},
      fmt::format("XDG_CONFIG_HOME={} LIMBER_DATA_DIR={}", testing::shell_quote((dir / "config").string()),
                  testing::shell_quote((dir / "data").string())));
  ASSERT_EQ(result.exit_code, 0) << result.err;
  const Image image = load_png(png);
  ASSERT_EQ(image.width, 800);
  ASSERT_EQ(image.height, 480);
  // Dim red: no pixel bright, none grey or white.
  for (std::size_t i = 0; i + 2 < image.pixels.size(); i += 3) {
    const int r = image.pixels[i];
    const int g = image.pixels[i + 1];
    const int b = image.pixels[i + 2];
    const ImVec4 pixel(static_cast<float>(r) / 255.0f, static_cast<float>(g) / 255.0f, static_cast<float>(b) / 255.0f, 1);
    ASSERT_LE(relative_luminance(pixel), kNightMaxLuminance + 0.005f) << png;
    ASSERT_FALSE(r > 102 && g > 102 && b > 102) << png;
  }
  auto store = HistoryStore::open(dir / "data" / "history.sqlite3");
  ASSERT_TRUE(store);
  ASSERT_EQ(store->cramp_events()->size(), 1u);
  EXPECT_EQ(store->cramp_events()->at(0).leg, Side::left);
}

INSTANTIATE_TEST_SUITE_P(Orientations, ProgressScreenshot,
                         ::testing::Values(std::pair{1280, 800}, std::pair{800, 1280}),
                         [](const auto& test) { return fmt::format("{}x{}", test.param.first, test.param.second); });

}  // namespace
}  // namespace limber
