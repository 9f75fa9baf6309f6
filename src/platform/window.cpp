#include "platform/window.hpp"

#include <backends/imgui_impl_sdl.h>
#include <backends/imgui_impl_sdlrenderer.h>
#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cstdio>
#include <vector>

#include "platform/fonts.hpp"
#include "platform/full_screen.hpp"
#include "platform/png_file.hpp"

namespace limber {
namespace {

SdlWindowPtr create_window(const WindowOptions& options, bool opengl) {
  const Uint32 flags = SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI | (opengl ? static_cast<Uint32>(SDL_WINDOW_OPENGL) : 0u) |
                       (options.fullscreen ? static_cast<Uint32>(SDL_WINDOW_FULLSCREEN_DESKTOP) : 0u);
  SdlWindowPtr window(SDL_CreateWindow("Limber", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, options.width,
                                       options.height, flags));
  if (window) SDL_SetWindowMinimumSize(window.get(), 480, 480);
  return window;
}

}  // namespace

Expected<std::unique_ptr<AppWindow>, std::string> AppWindow::open(const WindowOptions& options) {
  std::unique_ptr<AppWindow> self(new AppWindow());
  // Touch is handled by the app (finger events), not turned into a mouse by SDL.
  SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
  SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
  // Without this SDL puts even the software renderer's window surface on OpenGL when it can,
  // which loads the very driver (and its 100 MB) the software renderer is there to avoid.
  SDL_SetHint(SDL_HINT_FRAMEBUFFER_ACCELERATION, "0");
  self->video_ = std::make_unique<SdlSubsystem>(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
  if (!self->video_->ok()) return Unexpected{fmt::format("cannot open a display ({})", SDL_GetError())};
  // With no display SDL 2.26 quietly falls back to its "offscreen" driver: the app would run with
  // nobody able to see it. Only allow that when asked for by name.
  const std::string driver = SDL_GetCurrentVideoDriver() != nullptr ? SDL_GetCurrentVideoDriver() : "";
  if ((driver == "offscreen" || driver == "dummy") && SDL_getenv("SDL_VIDEODRIVER") == nullptr) {
    return Unexpected{std::string(kNoDisplayError)};
  }

  // The default size on an 800x480 screen would open a window larger than the screen, its bottom
  // out of reach: the first window fits the usable area (less panels and docks) it opens on.
  WindowOptions sized = options;
  if (SDL_Rect usable{}; options.fit_display && SDL_GetDisplayUsableBounds(0, &usable) == 0 && usable.w > 0 && usable.h > 0) {
    sized.width = std::min(sized.width, usable.w);
    sized.height = std::min(sized.height, usable.h);
  }
  if (options.render_path == RenderPath::hardware) {
    self->window_ = create_window(sized, true);
    if (!self->window_) return Unexpected{fmt::format("cannot open a window ({})", SDL_GetError())};
    self->renderer_.reset(SDL_CreateRenderer(self->window_.get(), -1, SDL_RENDERER_ACCELERATED));
    if (!self->renderer_) {
      std::fprintf(stderr, "limber: no hardware renderer (%s); drawing in software.\n", SDL_GetError());
      self->window_.reset();
    }
  }
  if (!self->renderer_) {
    self->window_ = create_window(sized, false);
    if (!self->window_) return Unexpected{fmt::format("cannot open a window ({})", SDL_GetError())};
    self->renderer_.reset(SDL_CreateRenderer(self->window_.get(), -1, SDL_RENDERER_SOFTWARE));
    if (!self->renderer_) return Unexpected{fmt::format("cannot draw in the window ({})", SDL_GetError())};
  }
  self->software_ = self->renderer_name() == "software";

  IMGUI_CHECKVERSION();
  if (options.font_atlas) self->font_atlas_ = options.font_atlas();
  self->imgui_ = ImGui::CreateContext(self->font_atlas_.get());
  self->ini_path_ = options.imgui_ini_path;
  ImGui::GetIO().IniFilename = self->ini_path_.empty() ? nullptr : self->ini_path_.c_str();
  // Tab, the arrows, Space and Enter move the focus and press what has it, on every screen.
  ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  if (!ImGui_ImplSDL2_InitForSDLRenderer(self->window_.get()) || !ImGui_ImplSDLRenderer_Init(self->renderer_.get())) {
    return Unexpected{std::string("cannot start Dear ImGui's SDL2 backends")};
  }
  // Tab is the app's: ImGui 1.86 would tab through text fields only (ui/widgets.hpp, request_focus).
  ImGui::GetIO().KeyMap[ImGuiKey_Tab] = -1;
  self->backends_ready_ = true;
  return self;
}

AppWindow::~AppWindow() {
  if (backends_ready_) {
    ImGui_ImplSDLRenderer_Shutdown();
    ImGui_ImplSDL2_Shutdown();
  }
  font_texture_.reset();  // before the renderer it belongs to
  if (imgui_ != nullptr) ImGui::DestroyContext(imgui_);
}

std::string AppWindow::renderer_name() const {
  SDL_RendererInfo info{};
  if (SDL_GetRendererInfo(renderer_.get(), &info) != 0 || info.name == nullptr) return "unknown";
  return info.name;
}

int AppWindow::width() const {
  int w = 0;
  int h = 0;
  SDL_GetRendererOutputSize(renderer_.get(), &w, &h);
  return w;
}

int AppWindow::height() const {
  int w = 0;
  int h = 0;
  SDL_GetRendererOutputSize(renderer_.get(), &w, &h);
  return h;
}

float AppWindow::pixels_per_point() const {
  int window_w = 0;
  int window_h = 0;
  SDL_GetWindowSize(window_.get(), &window_w, &window_h);
  return window_w > 0 ? static_cast<float>(width()) / static_cast<float>(window_w) : 1.0f;
}

bool AppWindow::fullscreen() const { return window_full_screen(window_.get()); }

void AppWindow::set_fullscreen(bool on) { set_window_full_screen(window_.get(), on); }

void AppWindow::begin_frame() {
  // Anti-aliased lines as geometry, not as the atlas's line textures: SDL's software renderer
  // blends only untextured triangles by their vertices' alpha (software_draw_data.hpp).
  if (software_) ImGui::GetStyle().AntiAliasedLinesUseTex = false;
  // (Not the SDL_Renderer backend's NewFrame: all it does is make the font texture, from an RGBA
  // copy of the atlas, and refresh_font_texture() makes it instead.)
  ImGui_ImplSDL2_NewFrame();
  // Laid out in the display's own pixels, not the window's points: where they differ (a browser
  // at device pixel ratio 2 or 3, a HiDPI desktop) text is rasterised at the size it is shown,
  // so it stays crisp; the layout's sizes follow pixels_per_point(), so they stay the same on the glass.
  ImGuiIO& io = ImGui::GetIO();
  const ImVec2 scale = io.DisplayFramebufferScale;
  if (scale.x != 1.0f || scale.y != 1.0f) {
    io.DisplaySize = ImVec2(io.DisplaySize.x * scale.x, io.DisplaySize.y * scale.y);
    if (io.MousePos.x > -FLT_MAX) io.MousePos = ImVec2(io.MousePos.x * scale.x, io.MousePos.y * scale.y);
    io.DisplayFramebufferScale = ImVec2(1.0f, 1.0f);
  }
}

void AppWindow::end_frame() {
  ImGui::Render();
  SDL_SetRenderDrawColor(renderer_.get(), 0, 0, 0, 255);
  SDL_RenderClear(renderer_.get());
  ImDrawData* data = ImGui::GetDrawData();
  // Untextured triangles take the draw blend mode (the backend leaves it at "none"): with it,
  // see-through fills and the anti-aliased fringes blend.
  SDL_SetRenderDrawBlendMode(renderer_.get(), SDL_BLENDMODE_BLEND);
  ImGui_ImplSDLRenderer_RenderDrawData(software_ ? software_data_.rewrite(*data, ImGui::GetIO().Fonts->TexUvWhitePixel) : data);
}

void AppWindow::present() { SDL_RenderPresent(renderer_.get()); }

Expected<AppWindow::Pixels, std::string> AppWindow::read_pixels() const {
  Pixels pixels{width(), height(), {}};
  if (pixels.width <= 0 || pixels.height <= 0) return Unexpected{std::string("the window has no size")};
  pixels.xrgb = PixelBuffer(static_cast<std::size_t>(pixels.width) * static_cast<std::size_t>(pixels.height));
  if (pixels.xrgb.empty()) return Unexpected{std::string("no memory for the window's pixels")};
  // The software renderer's own format: a copy, not a conversion (the PNG writer reorders).
  if (SDL_RenderReadPixels(renderer_.get(), nullptr, SDL_PIXELFORMAT_XRGB8888, pixels.xrgb.data(), pixels.width * 4) != 0) {
    return Unexpected{fmt::format("cannot read the window's pixels ({})", SDL_GetError())};
  }
  return pixels;
}

Expected<void, std::string> AppWindow::save_screenshot(const std::filesystem::path& path) const {
  auto pixels = read_pixels();
  if (!pixels) return Unexpected{pixels.error()};
  return save_xrgb_png(path, pixels->width, pixels->height, pixels->xrgb.data());
}

void AppWindow::refresh_font_texture(const FontPixels* ready) {
  ImFontAtlas* atlas = ImGui::GetIO().Fonts;
  const FontPixels made = ready != nullptr ? FontPixels{} : font_pixels(*atlas);
  const FontPixels& pixels = ready != nullptr ? *ready : made;
  atlas->SetTexID(nullptr);
  font_texture_.reset();
  // In the window's own pixel format (ImGui's backend would make an RGBA copy of the atlas
  // first, 4 MB at 1280x800): glyphs blend onto the window without a format conversion.
  font_texture_.reset(
      SDL_CreateTexture(renderer_.get(), SDL_PIXELFORMAT_ARGB8888, SDL_TEXTUREACCESS_STATIC, pixels.width, pixels.height));
  if (!font_texture_ || SDL_UpdateTexture(font_texture_.get(), nullptr, pixels.argb.data(), pixels.width * 4) != 0) {
    std::fprintf(stderr, "limber: cannot make the font texture (%s)\n", SDL_GetError());
    return;
  }
  SDL_SetTextureBlendMode(font_texture_.get(), SDL_BLENDMODE_BLEND);
  // Text drawn smaller or larger than its font was baked (the progress charts' labels) is
  // filtered, not sampled nearest: a dropped row would take the dots off the i's.
  SDL_SetTextureScaleMode(font_texture_.get(), SDL_ScaleModeLinear);
  atlas->SetTexID(font_texture_.get());
  // The renderer has its own copy now; ImGui's would only take memory.
  atlas->ClearTexData();
}

}  // namespace limber
