#pragma once
// The user's own pictures for exercises (a photo from a physiotherapist): PNG or JPEG files read
// with stb_image, within limits that keep a picture from costing a phone's worth of memory.

#include <cstdint>
#include <filesystem>
#include <string>
#include <vector>

#include <imgui.h>

#include "core/expected.hpp"

namespace limber {

struct UserImageLimits {
  static constexpr std::uintmax_t max_bytes = 10 * 1024 * 1024;
  static constexpr int max_side = 4096;
};

// Whether the file is a picture Limber can show, without decoding all of it; the error is
// words for `limber check` ("... is 6000x4000 pixels; at most 4096x4096").
[[nodiscard]] Expected<void, std::string> check_user_image(const std::filesystem::path& path);

// The picture as an OpenGL texture, for ImGui::Image. Made on the thread that owns the GL context.
class ImageTexture {
 public:
  [[nodiscard]] static Expected<ImageTexture, std::string> load(const std::filesystem::path& path);
  ImageTexture(ImageTexture&& other) noexcept;
  ImageTexture& operator=(ImageTexture&& other) noexcept;
  ImageTexture(const ImageTexture&) = delete;
  ImageTexture& operator=(const ImageTexture&) = delete;
  ~ImageTexture();

  [[nodiscard]] ImTextureID id() const;
  [[nodiscard]] int width() const { return width_; }
  [[nodiscard]] int height() const { return height_; }

 private:
  ImageTexture(unsigned int texture, int width, int height) : texture_(texture), width_(width), height_(height) {}
  unsigned int texture_ = 0;
  int width_ = 0;
  int height_ = 0;
};

}  // namespace limber
