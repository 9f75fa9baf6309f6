#pragma once
// The windowed app: library, session and summary screens in one SDL/OpenGL window.

#include <optional>
#include <string>

#include "app/app_context.hpp"

namespace limber {

struct GuiOptions {
  std::string routine;  // non-empty: open the session screen on it directly
  std::optional<int> reps{};
  std::optional<bool> fullscreen{};  // --fullscreen / --windowed; otherwise as last time
  int width = 1280;
  int height = 800;
  std::string screenshot{};  // write the last frame here before quitting
  std::optional<double> quit_after_seconds{};
  bool mute = false;
  std::optional<int> volume{};
  std::string trace{};
};

int run_gui(const AppContext& context, const GuiOptions& options);

}  // namespace limber
