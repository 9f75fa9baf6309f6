// Drawing the session screen in software: one frame of the morning calf stretch (hold, figure
// moving) built by ImGui and rasterised by SDL's software renderer through ImGui's SDL_Renderer
// backend into a surface of the window's size (no window: what the window's frames cost on the CPU, without
// the X server's share). The session's CPU is about this times the frames a second it draws.
#include <SDL.h>
#include <backends/imgui_impl_sdlrenderer.h>
#include <benchmark/benchmark.h>

#include <memory>

#include "core/pose/pose_loader.hpp"
#include "core/routine/plan.hpp"
#include "core/routine/routine_loader.hpp"
#include "core/session/session_display.hpp"
#include "core/session/session_engine.hpp"
#include "platform/software_draw_data.hpp"
#include "support/imgui_harness.hpp"
#include "ui/session_view.hpp"
#include "ui/theme.hpp"

namespace limber {
namespace {

void SessionFrameInSoftware(benchmark::State& state) {
  const int width = static_cast<int>(state.range(0));
  const int height = static_cast<int>(state.range(1));
  const bool banded = state.range(2) != 0;
  auto loaded = read_routine_file(std::filesystem::path(LIMBER_ROUTINES_DIR) / "morning-calf-stretch.yaml");
  const auto pose = load_pose_file(std::filesystem::path(LIMBER_POSES_DIR) / "calf-ledge.yaml");
  if (!loaded.routine || !pose) {
    state.SkipWithError("cannot read the routine or its pose");
    return;
  }
  SDL_Surface* surface = SDL_CreateRGBSurfaceWithFormat(0, width, height, 32, SDL_PIXELFORMAT_ARGB8888);
  SDL_Renderer* renderer = SDL_CreateSoftwareRenderer(surface);
  testing::ImGuiHarness ui(static_cast<float>(width), static_cast<float>(height));
  apply_style(ThemeKind::dark, ui.fonts().body_px, false);
  ImGui_ImplSDLRenderer_Init(renderer);
  if (banded) ImGui::GetStyle().AntiAliasedLinesUseTex = false;  // as the window does in software

  ManualClock clock{Nanos{std::chrono::hours{1}}};
  SessionEngine engine(std::make_shared<const Plan>(expand_plan(*loaded.routine, 6)));
  (void)engine.start(clock.now());
  clock.advance(std::chrono::milliseconds{6500});  // into the first hold, the figure moving
  (void)engine.update(clock.now());
  SessionView view;
  SoftwareDrawData bands;
  const SessionChrome chrome{.pose = &*pose};
  for (auto _ : state) {
    ImGui_ImplSDLRenderer_NewFrame();
    ui.frame([&] { return view.draw(describe_session(engine, clock.now(), std::nullopt), ThemeKind::dark, ui.fonts(), chrome); });
    SDL_RenderClear(renderer);
    SDL_SetRenderDrawBlendMode(renderer, SDL_BLENDMODE_BLEND);
    ImGui_ImplSDLRenderer_RenderDrawData(banded ? bands.rewrite(*ImGui::GetDrawData(), ImGui::GetIO().Fonts->TexUvWhitePixel) : ImGui::GetDrawData());
    SDL_RenderFlush(renderer);
    benchmark::DoNotOptimize(surface->pixels);
  }
  const ImDrawData* data = ImGui::GetDrawData();
  state.counters["triangles"] = static_cast<double>(data->TotalIdxCount / 3);
  ImGui_ImplSDLRenderer_Shutdown();
  SDL_DestroyRenderer(renderer);
  SDL_FreeSurface(surface);
}
// The last argument: 0 as ImGui draws it, 1 reshaped for the software renderer (as the window does).
BENCHMARK(SessionFrameInSoftware)
    ->ArgsProduct({{1280}, {800}, {0, 1}})
    ->Args({800, 480, 1})
    ->Args({3840, 2160, 1})
    ->Unit(benchmark::kMillisecond);

}  // namespace
}  // namespace limber

BENCHMARK_MAIN();
