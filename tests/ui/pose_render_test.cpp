// Every built-in pose drawn at rest and at hold, on both sides, by the CPU renderer: a figure is
// there (enough of the picture differs from the background), the left side is the mirror image
// of the right, and the hold differs from the rest. The pictures are written to the build folder
// to look at (pose-<name>-<phase>-<side>.png).
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <cstdlib>
#include <filesystem>

#include "core/pose/pose_loader.hpp"
#include "platform/png_file.hpp"
#include "support/fixtures.hpp"
#include "ui/pose_image.hpp"
#include "ui/pose_view.hpp"
#include "ui/theme.hpp"

namespace limber {
namespace {

constexpr int kSize = 256;

// Pixels that are not the background.
double figure_share(const RgbaImage& image, const ImVec4& background) {
  const auto bg = [&](float c) { return static_cast<int>(c * 255 + 0.5f); };
  int drawn = 0;
  for (std::size_t i = 0; i < image.pixels.size(); i += 4) {
    if (std::abs(image.pixels[i] - bg(background.x)) + std::abs(image.pixels[i + 1] - bg(background.y)) +
            std::abs(image.pixels[i + 2] - bg(background.z)) > 24) {
      ++drawn;
    }
  }
  return static_cast<double>(drawn) / (image.width * image.height);
}

// The largest difference of any channel between `a` and the mirror image of `b`, and how many
// pixels differ by more than a rounding step.
std::pair<int, int> mirror_difference(const RgbaImage& a, const RgbaImage& b) {
  int worst = 0;
  int differing = 0;
  for (int y = 0; y < a.height; ++y) {
    for (int x = 0; x < a.width; ++x) {
      int pixel_worst = 0;
      for (int c = 0; c < 3; ++c) {
        const int left = a.pixels[static_cast<std::size_t>((y * a.width + x) * 4 + c)];
        const int right = b.pixels[static_cast<std::size_t>((y * b.width + (b.width - 1 - x)) * 4 + c)];
        pixel_worst = std::max(pixel_worst, std::abs(left - right));
      }
      worst = std::max(worst, pixel_worst);
      if (pixel_worst > 2) ++differing;
    }
  }
  return {worst, differing};
}

TEST(PoseRender, EveryPoseAtRestAndHoldOnBothSidesIsTheMirrorOfTheOther) {
  for (const std::string_view name : kBuiltInPoses) {
    const auto pose = load_pose_file(testing::poses_dir() / (std::string(name) + ".yaml"));
    ASSERT_TRUE(pose) << name;
    for (const bool hold : {false, true}) {
      SCOPED_TRACE(fmt::format("{} at {}", name, hold ? "hold" : "rest"));
      const ImVec4 background = palette(ThemeKind::dark).background;
      const PoseState& state = hold ? pose->hold : pose->rest;
      const RgbaImage right = render_pose_image(*pose, state, kSize, PoseLook{ThemeKind::dark, background, false, hold ? 1.0f : 0.0f});
      const RgbaImage left = render_pose_image(*pose, state, kSize, PoseLook{ThemeKind::dark, background, true, hold ? 1.0f : 0.0f});
      const double share = figure_share(right, background);
      EXPECT_GT(share, 0.03);  // a figure, not a blank square
      EXPECT_LT(share, 0.6);   // and not a filled one
      const auto [worst, differing] = mirror_difference(left, right);
      EXPECT_LE(differing, kSize * kSize / 1000) << "worst channel difference " << worst;
      for (const auto& [image, side] : {std::pair{&right, "right"}, std::pair{&left, "left"}}) {
        // Kept with the build's other screenshots, wherever the test is run from.
        const std::filesystem::path shots(LIMBER_SCREENSHOT_DIR);
        std::filesystem::create_directories(shots);
        (void)save_rgba_png(shots / fmt::format("pose-{}-{}-{}.png", name, hold ? "hold" : "rest", side), image->width,
                            image->height, image->pixels.data());
      }
    }
    const ImVec4 background = palette(ThemeKind::light).background;
    const RgbaImage rest = render_pose_image(*pose, pose->rest, kSize, PoseLook{ThemeKind::light, background, false, 0});
    const RgbaImage hold = render_pose_image(*pose, pose->hold, kSize, PoseLook{ThemeKind::light, background, false, 1});
    EXPECT_NE(rest.pixels, hold.pixels) << name << ": the hold looks like the rest";
    EXPECT_GT(figure_share(rest, background), 0.03) << name << " in the light theme";
  }
}

// In the night theme's dim reds the near and far limbs must not merge: by WCAG's contrast of
// their relative luminances, the near ones stand 1.8:1 off the far ones and the far ones 1.5:1
// off the background, on the rescue's own background; and on the pixels drawn, both are there.
TEST(PoseRender, AtNightTheNearAndFarLimbsStayApart) {
  const Palette& night = palette(ThemeKind::night);
  const ImVec4 background = mix(night.background, graphic(phase_colour(PhaseKind::hold, night), night), night.tint);
  const PoseColours colours = pose_colours(PoseLook{ThemeKind::night, background, false, 1.0f});
  const auto ratio = [](const ImVec4& a, const ImVec4& b) {
    const float la = relative_luminance(a);
    const float lb = relative_luminance(b);
    return (std::max(la, lb) + 0.05f) / (std::min(la, lb) + 0.05f);
  };
  EXPECT_GE(ratio(colours.near, colours.far), 1.8f);
  EXPECT_GE(ratio(colours.far, background), 1.5f);
  EXPECT_GE(ratio(colours.glow, colours.far), 1.8f) << "the glowing calf against the far leg";
  const auto pose = load_pose_file(testing::poses_dir() / "toes-pull.yaml");
  ASSERT_TRUE(pose);
  const RgbaImage image = render_pose_image(*pose, pose->hold, kSize, PoseLook{ThemeKind::night, background, false, 1.0f});
  const auto count_near = [&](const ImVec4& c) {
    int n = 0;
    for (std::size_t i = 0; i < image.pixels.size(); i += 4) {
      n += std::abs(image.pixels[i] - static_cast<int>(c.x * 255 + 0.5f)) <= 2 &&
                   std::abs(image.pixels[i + 1] - static_cast<int>(c.y * 255 + 0.5f)) <= 2
               ? 1
               : 0;
    }
    return n;
  };
  EXPECT_GT(count_near(colours.near), kSize * kSize / 200) << "the near limbs";
  EXPECT_GT(count_near(colours.far), kSize * kSize / 400) << "the far limbs";
  EXPECT_GT(count_near(colours.glow), kSize * kSize / 400) << "the calf, glowing";
  (void)save_rgba_png(std::filesystem::path(LIMBER_SCREENSHOT_DIR) / "pose-toes-pull-hold-night.png", image.width,
                      image.height, image.pixels.data());
}

}  // namespace
}  // namespace limber
