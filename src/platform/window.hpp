#pragma once
// The app's one window: SDL2 drawing through SDL_Renderer (software or hardware, see
// core/renderer_choice.hpp) with Dear ImGui's SDL2 and SDL_Renderer backends.

#include <SDL.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "core/expected.hpp"
#include "core/renderer_choice.hpp"
#include "platform/banded_fills.hpp"
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
  RenderPath render_path = RenderPath::software;
};

class AppWindow {
 public:
  // A hardware renderer that cannot be made falls back to the software one (with a notice).
  [[nodiscard]] static Expected<std::unique_ptr<AppWindow>, std::string> open(const WindowOptions& options);
  ~AppWindow();
  AppWindow(const AppWindow&) = delete;
  AppWindow& operator=(const AppWindow&) = delete;

  [[nodiscard]] SDL_Window* sdl() const { return window_.get(); }
  [[nodiscard]] SDL_Renderer* renderer() const { return renderer_.get(); }
  // SDL's name for the renderer in use: "software", "opengl", "opengles2".
  [[nodiscard]] std::string renderer_name() const;
  [[nodiscard]] int width() const;  // drawable pixels
  [[nodiscard]] int height() const;
  [[nodiscard]] bool fullscreen() const;
  void set_fullscreen(bool on);

  // The backends' NewFrame; the caller sets any input of its own (touch), then ImGui::NewFrame.
  void begin_frame();
  // ImGui::Render and draw; then (after a screenshot, if one is wanted) present().
  void end_frame();
  void present();
  // The frame drawn by end_frame(), as a PNG (before present()).
  [[nodiscard]] Expected<void, std::string> save_screenshot(const std::filesystem::path& path) const;
  // Rebuilds the font texture after the font atlas changed (between frames only).
  void refresh_font_texture();

 private:
  AppWindow() = default;
  std::unique_ptr<SdlSubsystem> video_;
  SdlWindowPtr window_;
  SdlRendererPtr renderer_;
  ImGuiContext* imgui_ = nullptr;
  std::string ini_path_;  // ImGui keeps a pointer to this string
  bool backends_ready_ = false;
  bool software_ = false;  // SDL's software renderer: convex fills go as bands
  BandedFills banded_;
};

}  // namespace limber
