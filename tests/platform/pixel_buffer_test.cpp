#include "platform/pixel_buffer.hpp"

#include <gtest/gtest.h>

#include <utility>

namespace limber {
namespace {

TEST(PixelBuffer, HoldsAWholeFourKFrameAndEveryPixelKeepsItsValue) {
  const std::size_t count = std::size_t{3840} * 2160;
  PixelBuffer pixels(count);
  ASSERT_FALSE(pixels.empty());
  ASSERT_EQ(pixels.size(), count);
  for (std::size_t i = 0; i < count; ++i) pixels[i] = static_cast<std::uint32_t>(i * 2654435761u);
  for (std::size_t i = 0; i < count; i += 4099) EXPECT_EQ(pixels[i], static_cast<std::uint32_t>(i * 2654435761u)) << i;
  EXPECT_EQ(pixels[count - 1], static_cast<std::uint32_t>((count - 1) * 2654435761u));
}

TEST(PixelBuffer, MovesWithoutCopyingAndLeavesTheSourceEmpty) {
  PixelBuffer first(1000);
  first[999] = 42;
  std::uint32_t* const block = first.data();
  PixelBuffer second = std::move(first);
  EXPECT_TRUE(first.empty());  // NOLINT(bugprone-use-after-move): the moved-from state is the point
  EXPECT_EQ(first.size(), 0u);
  EXPECT_EQ(second.data(), block);
  EXPECT_EQ(second[999], 42u);
  PixelBuffer third(10);
  third = std::move(second);
  EXPECT_EQ(third.data(), block);
  EXPECT_EQ(third.size(), 1000u);
}

TEST(PixelBuffer, NothingAskedIsAnEmptyBuffer) {
  EXPECT_TRUE(PixelBuffer().empty());
  EXPECT_TRUE(PixelBuffer(0).empty());
}

}  // namespace
}  // namespace limber
