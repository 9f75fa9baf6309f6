// Drawing a pose figure: the CPU time to build its draw list (target under 0.1 ms), for each
// built-in pose at a session screen's size and at a card's.
#include <benchmark/benchmark.h>

#include <string>

#include "core/pose/pose_loader.hpp"
#include "support/imgui_harness.hpp"
#include "ui/pose_view.hpp"

namespace limber {
namespace {

void DrawPose(benchmark::State& state) {
  const std::string name(kBuiltInPoses[static_cast<std::size_t>(state.range(0))]);
  const float size = static_cast<float>(state.range(1));
  const auto pose = load_pose_file(std::filesystem::path(LIMBER_POSES_DIR) / (name + ".yaml"));
  if (!pose) {
    state.SkipWithError("cannot read the pose");
    return;
  }
  testing::ImGuiHarness ui(1280, 800);
  ImGui::NewFrame();
  ImDrawList list(ImGui::GetDrawListSharedData());
  const PoseState halfway = blend(pose->rest, pose->hold, 0.5);
  for (auto _ : state) {
    list._ResetForNewFrame();
    list.PushClipRectFullScreen();
    list.PushTextureID(ImGui::GetIO().Fonts->TexID);
    draw_pose(&list, *pose, halfway, ImVec2(0, 0), ImVec2(size, size), PoseLook{ThemeKind::dark, ImVec4(0, 0, 0, 1), true, 0.5f});
    benchmark::DoNotOptimize(list.VtxBuffer.Data);
  }
  ImGui::EndFrame();
  state.SetLabel(name);
  state.counters["vertices"] = static_cast<double>(list.VtxBuffer.Size);
}
BENCHMARK(DrawPose)->ArgsProduct({{0, 1, 2, 3, 4, 5}, {96, 600}})->Unit(benchmark::kMicrosecond);

}  // namespace
}  // namespace limber

BENCHMARK_MAIN();
