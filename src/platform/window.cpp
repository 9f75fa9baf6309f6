#include "platform/window.hpp"

#include <SDL_opengl.h>
#include <backends/imgui_impl_opengl3.h>
#include <backends/imgui_impl_sdl.h>
#include <fmt/format.h>
#include <imgui.h>

namespace limber {

Expected<std::unique_ptr<AppWindow>, std::string> AppWindow::open(const WindowOptions& options) {
  std::unique_ptr<AppWindow> self(new AppWindow());
  // Touch is handled by the app (finger events), not turned into a mouse by SDL.
  SDL_SetHint(SDL_HINT_TOUCH_MOUSE_EVENTS, "0");
  SDL_SetHint(SDL_HINT_VIDEO_X11_NET_WM_BYPASS_COMPOSITOR, "0");
  self->video_ = std::make_unique<SdlSubsystem>(SDL_INIT_VIDEO | SDL_INIT_EVENTS);
  if (!self->video_->ok()) return Unexpected{fmt::format("cannot open a display ({})", SDL_GetError())};
  // With no display SDL 2.26 quietly falls back to its "offscreen" driver: the app would run with
  // nobody able to see it. Only allow that when asked for by name.
  const std::string driver = SDL_GetCurrentVideoDriver() != nullptr ? SDL_GetCurrentVideoDriver() : "";
  if ((driver == "offscreen" || driver == "dummy") && SDL_getenv("SDL_VIDEODRIVER") == nullptr) {
    return Unexpected{std::string(kNoDisplayError)};
  }

  SDL_GL_SetAttribute(SDL_GL_CONTEXT_FLAGS, 0);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_PROFILE_MASK, SDL_GL_CONTEXT_PROFILE_CORE);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MAJOR_VERSION, 3);
  SDL_GL_SetAttribute(SDL_GL_CONTEXT_MINOR_VERSION, 0);
  SDL_GL_SetAttribute(SDL_GL_DOUBLEBUFFER, 1);
  const Uint32 flags = SDL_WINDOW_OPENGL | SDL_WINDOW_RESIZABLE | SDL_WINDOW_ALLOW_HIGHDPI |
                       (options.fullscreen ? static_cast<Uint32>(SDL_WINDOW_FULLSCREEN_DESKTOP) : 0u);
  self->window_.reset(SDL_CreateWindow("Limber", SDL_WINDOWPOS_CENTERED, SDL_WINDOWPOS_CENTERED, options.width,
                                       options.height, flags));
  if (!self->window_) return Unexpected{fmt::format("cannot open a window ({})", SDL_GetError())};
  SDL_SetWindowMinimumSize(self->window_.get(), 480, 480);
  self->gl_context_.reset(SDL_GL_CreateContext(self->window_.get()));
  if (!self->gl_context_) return Unexpected{fmt::format("cannot create an OpenGL 3 context ({})", SDL_GetError())};
  SDL_GL_MakeCurrent(self->window_.get(), self->gl_context_.get());
  SDL_GL_SetSwapInterval(1);  // may fail (no vsync under Xvfb): the app paces itself anyway

  IMGUI_CHECKVERSION();
  self->imgui_ = ImGui::CreateContext();
  self->ini_path_ = options.imgui_ini_path;
  ImGui::GetIO().IniFilename = self->ini_path_.empty() ? nullptr : self->ini_path_.c_str();
  // Tab, the arrows, Space and Enter move the focus and press what has it, on every screen.
  ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
  if (!ImGui_ImplSDL2_InitForOpenGL(self->window_.get(), self->gl_context_.get()) ||
      !ImGui_ImplOpenGL3_Init("#version 130")) {
    return Unexpected{std::string("cannot start Dear ImGui's SDL2/OpenGL3 backends")};
  }
  // Tab is the app's: ImGui 1.86 would tab through text fields only (ui/widgets.hpp, request_focus).
  ImGui::GetIO().KeyMap[ImGuiKey_Tab] = -1;
  self->backends_ready_ = true;
  return self;
}

AppWindow::~AppWindow() {
  if (backends_ready_) {
    ImGui_ImplOpenGL3_Shutdown();
    ImGui_ImplSDL2_Shutdown();
  }
  if (imgui_ != nullptr) ImGui::DestroyContext(imgui_);
}

int AppWindow::width() const {
  int w = 0;
  int h = 0;
  SDL_GL_GetDrawableSize(window_.get(), &w, &h);
  return w;
}

int AppWindow::height() const {
  int w = 0;
  int h = 0;
  SDL_GL_GetDrawableSize(window_.get(), &w, &h);
  return h;
}

bool AppWindow::fullscreen() const {
  return (SDL_GetWindowFlags(window_.get()) & SDL_WINDOW_FULLSCREEN_DESKTOP) != 0;
}

void AppWindow::set_fullscreen(bool on) { SDL_SetWindowFullscreen(window_.get(), on ? SDL_WINDOW_FULLSCREEN_DESKTOP : 0); }

void AppWindow::begin_frame() {
  ImGui_ImplOpenGL3_NewFrame();
  ImGui_ImplSDL2_NewFrame();
}

void AppWindow::end_frame() {
  ImGui::Render();
  const ImGuiIO& io = ImGui::GetIO();
  glViewport(0, 0, static_cast<int>(io.DisplaySize.x * io.DisplayFramebufferScale.x),
             static_cast<int>(io.DisplaySize.y * io.DisplayFramebufferScale.y));
  glClearColor(0, 0, 0, 1);
  glClear(GL_COLOR_BUFFER_BIT);
  ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());
}

void AppWindow::refresh_font_texture() {
  ImGui_ImplOpenGL3_DestroyFontsTexture();
  ImGui_ImplOpenGL3_CreateFontsTexture();
}

}  // namespace limber
