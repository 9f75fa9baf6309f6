#include "platform/user_image.hpp"

#include <fmt/format.h>
#include <stb_image.h>

#include <memory>
#include <system_error>

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

Expected<void, std::string> check_user_image_bytes(const std::string& bytes, const std::string& name) {
  if (bytes.size() > UserImageLimits::max_bytes) {
    return Unexpected{fmt::format("{} is larger than {} MB", name, UserImageLimits::max_bytes / (1024 * 1024))};
  }
  int width = 0;
  int height = 0;
  int channels = 0;
  if (stbi_info_from_memory(reinterpret_cast<const stbi_uc*>(bytes.data()), static_cast<int>(bytes.size()), &width,
                            &height, &channels) == 0) {
    return Unexpected{fmt::format("{} is not a PNG or JPEG picture that can be read ({})", name, stbi_failure_reason())};
  }
  if (width > UserImageLimits::max_side || height > UserImageLimits::max_side) {
    return Unexpected{fmt::format("{} is {}x{} pixels; at most {}x{}", name, width, height, UserImageLimits::max_side,
                                  UserImageLimits::max_side)};
  }
  return {};
}

Expected<ImageTexture, std::string> ImageTexture::load(const std::filesystem::path& path, SDL_Renderer* renderer) {
  if (auto checked = check_user_image(path); !checked) return Unexpected{checked.error()};
  int width = 0;
  int height = 0;
  int channels = 0;
  const std::unique_ptr<unsigned char, void (*)(void*)> pixels(stbi_load(path.c_str(), &width, &height, &channels, 4),
                                                                stbi_image_free);
  if (!pixels) return Unexpected{fmt::format("{} cannot be read ({})", path.string(), stbi_failure_reason())};
  SDL_Texture* texture = SDL_CreateTexture(renderer, SDL_PIXELFORMAT_RGBA32, SDL_TEXTUREACCESS_STATIC, width, height);
  if (texture == nullptr) return Unexpected{fmt::format("{} cannot be shown ({})", path.string(), SDL_GetError())};
  SDL_UpdateTexture(texture, nullptr, pixels.get(), width * 4);
  SDL_SetTextureBlendMode(texture, SDL_BLENDMODE_BLEND);
  SDL_SetTextureScaleMode(texture, SDL_ScaleModeLinear);
  return ImageTexture(texture, width, height);
}

}  // namespace limber
