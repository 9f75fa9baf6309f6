#include "platform/user_image.hpp"

#include <SDL_opengl.h>
#include <fmt/format.h>
#include <stb_image.h>

#include <memory>
#include <system_error>
#include <utility>

namespace limber {

Expected<void, std::string> check_user_image(const std::filesystem::path& path) {
  std::error_code ec;
  if (!std::filesystem::is_regular_file(path, ec)) return Unexpected{fmt::format("there is no picture {}", path.string())};
  const auto bytes = std::filesystem::file_size(path, ec);
  if (ec || bytes > UserImageLimits::max_bytes) {
    return Unexpected{fmt::format("{} is larger than {} MB", path.string(), UserImageLimits::max_bytes / (1024 * 1024))};
  }
  int width = 0;
  int height = 0;
  int channels = 0;
  if (stbi_info(path.c_str(), &width, &height, &channels) == 0) {
    return Unexpected{fmt::format("{} is not a PNG or JPEG picture that can be read ({})", path.string(), stbi_failure_reason())};
  }
  if (width > UserImageLimits::max_side || height > UserImageLimits::max_side) {
    return Unexpected{fmt::format("{} is {}x{} pixels; at most {}x{}", path.string(), width, height, UserImageLimits::max_side,
                                  UserImageLimits::max_side)};
  }
  return {};
}

Expected<ImageTexture, std::string> ImageTexture::load(const std::filesystem::path& path) {
  if (auto checked = check_user_image(path); !checked) return Unexpected{checked.error()};
  int width = 0;
  int height = 0;
  int channels = 0;
  const std::unique_ptr<unsigned char, void (*)(void*)> pixels(stbi_load(path.c_str(), &width, &height, &channels, 4),
                                                                stbi_image_free);
  if (!pixels) return Unexpected{fmt::format("{} cannot be read ({})", path.string(), stbi_failure_reason())};
  GLuint texture = 0;
  glGenTextures(1, &texture);
  glBindTexture(GL_TEXTURE_2D, texture);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MIN_FILTER, GL_LINEAR);
  glTexParameteri(GL_TEXTURE_2D, GL_TEXTURE_MAG_FILTER, GL_LINEAR);
  glPixelStorei(GL_UNPACK_ALIGNMENT, 1);
  glTexImage2D(GL_TEXTURE_2D, 0, GL_RGBA, width, height, 0, GL_RGBA, GL_UNSIGNED_BYTE, pixels.get());
  return ImageTexture(texture, width, height);
}

ImageTexture::ImageTexture(ImageTexture&& other) noexcept
    : texture_(std::exchange(other.texture_, 0)), width_(other.width_), height_(other.height_) {}

ImageTexture& ImageTexture::operator=(ImageTexture&& other) noexcept {
  if (this != &other) {
    if (texture_ != 0) glDeleteTextures(1, &texture_);
    texture_ = std::exchange(other.texture_, 0);
    width_ = other.width_;
    height_ = other.height_;
  }
  return *this;
}

ImageTexture::~ImageTexture() {
  if (texture_ != 0) glDeleteTextures(1, &texture_);
}

ImTextureID ImageTexture::id() const { return reinterpret_cast<ImTextureID>(static_cast<std::uintptr_t>(texture_)); }

}  // namespace limber
