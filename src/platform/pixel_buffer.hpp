#pragma once
// A block of 32-bit pixels for a whole frame (4 MB at 1280x800, 33 MB at 4K), asked of the kernel
// in transparent huge pages where it has them. Each 4 KiB page touched for the first time is a
// fault, about 3 us in the virtual machines Limber is measured on: a 1280x800 frame in small
// pages cost 12 ms before a single pixel was copied, in 2 MiB pages under 1 ms.

#include <cstddef>
#include <cstdint>

namespace limber {

class PixelBuffer {
 public:
  PixelBuffer() = default;
  explicit PixelBuffer(std::size_t count);  // uninitialised; empty() if the memory was refused
  ~PixelBuffer();
  PixelBuffer(PixelBuffer&& other) noexcept;
  PixelBuffer& operator=(PixelBuffer&& other) noexcept;
  PixelBuffer(const PixelBuffer&) = delete;
  PixelBuffer& operator=(const PixelBuffer&) = delete;

  [[nodiscard]] std::uint32_t* data() { return words_; }
  [[nodiscard]] const std::uint32_t* data() const { return words_; }
  [[nodiscard]] std::size_t size() const { return count_; }
  [[nodiscard]] bool empty() const { return words_ == nullptr; }
  std::uint32_t& operator[](std::size_t i) { return words_[i]; }
  const std::uint32_t& operator[](std::size_t i) const { return words_[i]; }

 private:
  void release();
  std::uint32_t* words_ = nullptr;
  std::size_t count_ = 0;
  std::size_t mapped_bytes_ = 0;
};

}  // namespace limber
