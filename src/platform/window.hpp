#pragma once
// The app's one window: SDL2 drawing through SDL_Renderer (software or hardware, see
// core/settings/renderer_choice.hpp) with Dear ImGui's SDL2 and SDL_Renderer backends.

#include <SDL.h>

#include <cstdint>
#include <filesystem>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/base/expected.hpp"
#include "core/settings/renderer_choice.hpp"
#include "platform/pixel_buffer.hpp"
#include "platform/sdl_handles.hpp"
#include "platform/software_draw_data.hpp"

struct ImGuiContext;
struct ImFontAtlas;

namespace limber {
struct FontPixels;
}

namespace limber {

// AppWindow::open's error when there is no display at all (no X11 or Wayland session).
inline constexpr const char* kNoDisplayError = "there is no display to open a window on";

// Gives the window the font atlas its ImGui context is made with (null: a fresh one); called once
// the window and its renderer exist, so the atlas can be made meanwhile on another thread.
using FontAtlasSource = std::function<std::unique_ptr<ImFontAtlas>()>;

struct WindowOptions {
  int width = 1280;
  int height = 800;
  bool fit_display = false;  // a size nobody asked for: no larger than the display's usable area
  bool fullscreen = false;
  std::string imgui_ini_path{};  // empty: ImGui keeps no ini file
  RenderPath render_path = RenderPath::software;
  FontAtlasSource font_atlas{};
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
  // Drawable pixels to a window point: a browser's device pixel ratio, a HiDPI desktop's scale.
  [[nodiscard]] float pixels_per_point() const;
  [[nodiscard]] bool fullscreen() const;
  void set_fullscreen(bool on);

  // The backends' NewFrame; the caller sets any input of its own (touch), then ImGui::NewFrame.
  void begin_frame();
  // ImGui::Render and draw; then (after a screenshot, if one is wanted) present().
  void end_frame();
  void present();
  // The frame drawn by end_frame() (before present()): its RGB pixels, rows from the top, or as a PNG.
  struct Pixels {
    int width = 0;
    int height = 0;
    PixelBuffer xrgb;  // SDL_PIXELFORMAT_XRGB8888, rows from the top
  };
  [[nodiscard]] Expected<Pixels, std::string> read_pixels() const;
  [[nodiscard]] Expected<void, std::string> save_screenshot(const std::filesystem::path& path) const;
  // Rebuilds the font texture after the font atlas changed (between frames only), from `ready`
  // when the atlas's pixels were made already (on another thread).
  void refresh_font_texture(const FontPixels* ready = nullptr);

 private:
  AppWindow() = default;
  std::unique_ptr<SdlSubsystem> video_;
  SdlWindowPtr window_;
  SdlRendererPtr renderer_;
  SdlTexturePtr font_texture_;  // the atlas, made by refresh_font_texture()
  std::unique_ptr<ImFontAtlas> font_atlas_;  // outlives the context that uses it
  ImGuiContext* imgui_ = nullptr;
  std::string ini_path_;  // ImGui keeps a pointer to this string
  bool backends_ready_ = false;
  bool software_ = false;  // SDL's software renderer: the draw data is reshaped for it
  SoftwareDrawData software_data_;
};

}  // namespace limber
