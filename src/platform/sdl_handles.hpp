#pragma once
// RAII owners for SDL's C handles.

#include <SDL.h>

#include <memory>

namespace limber {

struct SdlWindowDeleter {
  void operator()(SDL_Window* window) const { SDL_DestroyWindow(window); }
};
using SdlWindowPtr = std::unique_ptr<SDL_Window, SdlWindowDeleter>;

struct SdlRendererDeleter {
  void operator()(SDL_Renderer* renderer) const { SDL_DestroyRenderer(renderer); }
};
using SdlRendererPtr = std::unique_ptr<SDL_Renderer, SdlRendererDeleter>;

struct SdlTextureDeleter {
  void operator()(SDL_Texture* texture) const { SDL_DestroyTexture(texture); }
};
using SdlTexturePtr = std::unique_ptr<SDL_Texture, SdlTextureDeleter>;

// SDL_InitSubSystem / SDL_QuitSubSystem as a scope.
class SdlSubsystem {
 public:
  explicit SdlSubsystem(Uint32 flags) : flags_(flags), ok_(SDL_InitSubSystem(flags) == 0) {}
  ~SdlSubsystem() {
    if (ok_) SDL_QuitSubSystem(flags_);
  }
  SdlSubsystem(const SdlSubsystem&) = delete;
  SdlSubsystem& operator=(const SdlSubsystem&) = delete;
  [[nodiscard]] bool ok() const { return ok_; }

 private:
  Uint32 flags_;
  bool ok_;
};

}  // namespace limber
