#include "platform/pixel_buffer.hpp"

#include <sys/mman.h>

#include <utility>

namespace limber {
namespace {
constexpr std::size_t kHugePage = std::size_t{2} << 20;
}

PixelBuffer::PixelBuffer(std::size_t count) {
  if (count == 0) return;
  // Whole huge pages, so the kernel can back every byte with them.
  const std::size_t bytes = (count * sizeof(std::uint32_t) + kHugePage - 1) / kHugePage * kHugePage;
  void* mapped = mmap(nullptr, bytes, PROT_READ | PROT_WRITE, MAP_PRIVATE | MAP_ANONYMOUS, -1, 0);
  if (mapped == MAP_FAILED) return;
  // Advice only: where huge pages are off, the buffer works in small ones.
  (void)madvise(mapped, bytes, MADV_HUGEPAGE);
  words_ = static_cast<std::uint32_t*>(mapped);
  count_ = count;
  mapped_bytes_ = bytes;
}

PixelBuffer::~PixelBuffer() { release(); }

PixelBuffer::PixelBuffer(PixelBuffer&& other) noexcept
    : words_(std::exchange(other.words_, nullptr)),
      count_(std::exchange(other.count_, 0)),
      mapped_bytes_(std::exchange(other.mapped_bytes_, 0)) {}

PixelBuffer& PixelBuffer::operator=(PixelBuffer&& other) noexcept {
  if (this != &other) {
    release();
    words_ = std::exchange(other.words_, nullptr);
    count_ = std::exchange(other.count_, 0);
    mapped_bytes_ = std::exchange(other.mapped_bytes_, 0);
  }
  return *this;
}

void PixelBuffer::release() {
  if (words_ != nullptr) munmap(words_, mapped_bytes_);
  words_ = nullptr;
  count_ = 0;
  mapped_bytes_ = 0;
}

}  // namespace limber
