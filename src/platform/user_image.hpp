#pragma once
// The user's own pictures for exercises (a photo from a physiotherapist): PNG or JPEG files read
// with stb_image, within limits that keep a picture from costing a phone's worth of memory.

#include <SDL.h>

#include <cstdint>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/base/expected.hpp"

namespace limber {

struct UserImageLimits {
  static constexpr std::uintmax_t max_bytes = 10 * 1024 * 1024;
  static constexpr int max_side = 4096;
};

// Whether the file is a picture Limber can show, without decoding all of it; the error is
// words for `limber check` ("... is 6000x4000 pixels; at most 4096x4096").
[[nodiscard]] Expected<void, std::string> check_user_image(const std::filesystem::path& path);
// The same for a picture's bytes before it is written anywhere (an import): `name` for the message.
[[nodiscard]] Expected<void, std::string> check_user_image_bytes(const std::string& bytes, const std::string& name);

// The picture as a texture of the window's renderer, for ImGui::Image.
class ImageTexture {
 public:
  [[nodiscard]] static Expected<ImageTexture, std::string> load(const std::filesystem::path& path, SDL_Renderer* renderer);

  [[nodiscard]] ImTextureID id() const { return texture_.get(); }
  [[nodiscard]] int width() const { return width_; }
  [[nodiscard]] int height() const { return height_; }

 private:
  struct Deleter {
    void operator()(SDL_Texture* texture) const { SDL_DestroyTexture(texture); }
  };
  ImageTexture(SDL_Texture* texture, int width, int height) : texture_(texture), width_(width), height_(height) {}
  std::unique_ptr<SDL_Texture, Deleter> texture_;
  int width_ = 0;
  int height_ = 0;
};

}  // namespace limber
