#pragma once
// The app's one window: SDL2 with an OpenGL 3 context and Dear ImGui's SDL2 + OpenGL3 backends.

#include <SDL.h>

#include <memory>
#include <optional>
#include <string>

#include "core/expected.hpp"
#include "platform/sdl_handles.hpp"

struct ImGuiContext;

namespace limber {

// AppWindow::open's error when there is no display at all (no X11 or Wayland session).
inline constexpr const char* kNoDisplayError = "there is no display to open a window on";

struct WindowOptions {
  int width = 1280;
  int height = 800;
  bool fullscreen = false;
  std::string imgui_ini_path{};  // empty: ImGui keeps no ini file
};

class AppWindow {
 public:
  [[nodiscard]] static Expected<std::unique_ptr<AppWindow>, std::string> open(const WindowOptions& options);
  ~AppWindow();
  AppWindow(const AppWindow&) = delete;
  AppWindow& operator=(const AppWindow&) = delete;

  [[nodiscard]] SDL_Window* sdl() const { return window_.get(); }
  [[nodiscard]] int width() const;   // drawable pixels
  [[nodiscard]] int height() const;
  [[nodiscard]] bool fullscreen() const;
  void set_fullscreen(bool on);

  // The backends' NewFrame; the caller sets any input of its own (touch), then ImGui::NewFrame.
  void begin_frame();
  // ImGui::Render, clear, draw; the caller swaps (after a screenshot, if one is wanted).
  void end_frame();
  // Rebuilds the GL font texture after the font atlas changed (between frames only).
  void refresh_font_texture();

 private:
  AppWindow() = default;
  std::unique_ptr<SdlSubsystem> video_;
  SdlWindowPtr window_;
  SdlGlContextPtr gl_context_;
  ImGuiContext* imgui_ = nullptr;
  std::string ini_path_;  // ImGui keeps a pointer to this string
  bool backends_ready_ = false;
};

}  // namespace limber
