// ImGui's draw data reshaped for SDL's software renderer must draw what ImGui means: rendered by
// SDL's software renderer into a surface and read back pixel by pixel.
#include "platform/software_draw_data.hpp"

#include <SDL.h>
#include <backends/imgui_impl_sdlrenderer.h>
#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <cstdlib>

#include "support/imgui_harness.hpp"
#include "ui/theme.hpp"

namespace limber {
namespace {

struct Rgb {
  int r, g, b;
};

class SoftwareSurface {
 public:
  SoftwareSurface(int width, int height)
      : surface_(SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_XRGB8888)),
        renderer_(SDL_CreateSoftwareRenderer(surface_)) {}
  ~SoftwareSurface() {
    SDL_DestroyRenderer(renderer_);
    SDL_FreeSurface(surface_);
  }
  SoftwareSurface(const SoftwareSurface&) = delete;
  SoftwareSurface& operator=(const SoftwareSurface&) = delete;

  void draw(ImDrawData* data, Rgb background) {
    ImGui_ImplSDLRenderer_Init(renderer_);
    SDL_SetRenderDrawColor(renderer_, static_cast<Uint8>(background.r), static_cast<Uint8>(background.g),
                           static_cast<Uint8>(background.b), 255);
    SDL_RenderClear(renderer_);
    SDL_SetRenderDrawBlendMode(renderer_, SDL_BLENDMODE_BLEND);  // as the window does
    ImGui_ImplSDLRenderer_RenderDrawData(data);
    SDL_RenderFlush(renderer_);
    ImGui_ImplSDLRenderer_Shutdown();
  }
  [[nodiscard]] Rgb at(int x, int y) const {
    const auto* row = static_cast<const std::uint8_t*>(surface_->pixels) + static_cast<std::ptrdiff_t>(y) * surface_->pitch;
    const std::uint32_t p = reinterpret_cast<const std::uint32_t*>(row)[x];
    return Rgb{static_cast<int>((p >> 16) & 0xff), static_cast<int>((p >> 8) & 0xff), static_cast<int>(p & 0xff)};
  }

 private:
  SDL_Surface* surface_;
  SDL_Renderer* renderer_;
};

Rgb blend(Rgb over, Rgb under, double alpha) {
  const auto mix = [alpha](int a, int b) { return static_cast<int>(std::lround(a * alpha + b * (1 - alpha))); };
  return Rgb{mix(over.r, under.r), mix(over.g, under.g), mix(over.b, under.b)};
}

void expect_near(Rgb actual, Rgb expected, int tolerance, const char* what) {
  EXPECT_NEAR(actual.r, expected.r, tolerance) << what;
  EXPECT_NEAR(actual.g, expected.g, tolerance) << what;
  EXPECT_NEAR(actual.b, expected.b, tolerance) << what;
}

constexpr Rgb kBackground{20, 22, 28};
constexpr Rgb kCard{70, 80, 95};
constexpr Rgb kOrange{200, 120, 40};

void draw_shapes() {
  ImDrawList* list = ImGui::GetForegroundDrawList();
  list->AddRectFilled(ImVec2(10.5f, 10.25f), ImVec2(300, 120), IM_COL32(kCard.r, kCard.g, kCard.b, 255), 14.0f);
  list->AddRectFilled(ImVec2(40, 40), ImVec2(200, 90), IM_COL32(kOrange.r, kOrange.g, kOrange.b, 140), 9.0f);
  list->AddCircleFilled(ImVec2(420.4f, 90), 70.0f, IM_COL32_WHITE, 48);  // its right edge mid-pixel
  list->AddRectFilled(ImVec2(20, 200), ImVec2(620, 380), IM_COL32(kCard.r, kCard.g, kCard.b, 255), 30.0f,
                      ImDrawFlags_RoundCornersTop);
  const std::array<ImVec2, 5> pentagon{ImVec2(330, 220), ImVec2(460, 240), ImVec2(480, 330), ImVec2(380, 370),
                                       ImVec2(310, 300)};
  list->AddConvexPolyFilled(pentagon.data(), static_cast<int>(pentagon.size()), IM_COL32(kOrange.r, kOrange.g, kOrange.b, 255));
}

TEST(SoftwareDrawData, DrawsSeeThroughFillsAndSoftEdgesAsImGuiMeansThem) {
  testing::ImGuiHarness ui(640, 400);
  apply_style(ThemeKind::dark, ui.fonts().body_px, false);
  ImGui::GetStyle().AntiAliasedLinesUseTex = false;
  ui.frame([] {
    draw_shapes();
    return 0;
  });
  SoftwareDrawData reshaped;
  ImDrawData* data = reshaped.rewrite(*ImGui::GetDrawData(), ImGui::GetIO().Fonts->TexUvWhitePixel);
  SoftwareSurface surface(640, 400);
  surface.draw(data, kBackground);

  expect_near(surface.at(250, 60), kCard, 1, "an opaque card");
  expect_near(surface.at(120, 65), blend(kOrange, kCard, 140.0 / 255), 3, "a see-through fill over the card");
  expect_near(surface.at(420, 90), Rgb{255, 255, 255}, 1, "the middle of a circle");
  expect_near(surface.at(400, 300), kOrange, 1, "the middle of a polygon");
  expect_near(surface.at(560, 150), kBackground, 1, "outside every shape");
  // Every pixel across the circle's right edge, from inside to outside, gets darker or stays:
  // an anti-aliased edge fades over a pixel or two, where an unblended fringe would be a
  // solid step.
  int between = 0;
  for (int x = 485; x <= 495; ++x) {
    const Rgb here = surface.at(x, 90);
    const Rgb next = surface.at(x + 1, 90);
    EXPECT_GE(here.r, next.r) << "x " << x;
    if (here.r > kBackground.r + 20 && here.r < 255 - 20) ++between;
  }
  EXPECT_GE(between, 1) << "the circle's edge has no soft pixel";
}

TEST(SoftwareDrawData, CutsFansIntoBandsAndLeavesTextAsItIs) {
  testing::ImGuiHarness ui(640, 400);
  ui.frame([] {
    ImGui::GetForegroundDrawList()->AddText(ImVec2(60, 10), IM_COL32_WHITE, "Text");
    return 0;
  });
  SoftwareDrawData reshaped;
  const ImVec2 white = ImGui::GetIO().Fonts->TexUvWhitePixel;
  const ImDrawData* text = reshaped.rewrite(*ImGui::GetDrawData(), white);
  const ImDrawData* original = ImGui::GetDrawData();
  EXPECT_EQ(text->TotalVtxCount, original->TotalVtxCount);
  EXPECT_EQ(text->TotalIdxCount, original->TotalIdxCount);
  for (int n = 0; n < text->CmdListsCount; ++n) {
    for (const ImDrawCmd& cmd : text->CmdLists[n]->CmdBuffer) EXPECT_EQ(cmd.TextureId, ImGui::GetIO().Fonts->TexID);
  }

  ui.frame([] {
    draw_shapes();
    return 0;
  });
  const ImDrawData* shapes = reshaped.rewrite(*ImGui::GetDrawData(), white);
  EXPECT_GT(shapes->TotalVtxCount, ImGui::GetDrawData()->TotalVtxCount) << "no fan was cut into bands";
}

}  // namespace
}  // namespace limber
