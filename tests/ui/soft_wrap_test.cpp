// The editor's multi-line fields wrap (ImGui 1.86's cannot): soft breaks replace spaces one for
// one, edits carry them over, the kept text never holds them, and the user's own breaks stay.
#include "ui/soft_wrap.hpp"

#include <gtest/gtest.h>

namespace limber {
namespace {

// A character is a pixel wide.
const SoftWrap::Measure kChars = [](std::string_view text) { return static_cast<float>(text.size()); };

TEST(SoftWrap, LongLinesBreakAtTheLastSpaceThatFitsAndAreKeptWhole) {
  SoftWrap wrap;
  EXPECT_EQ(wrap.flow("stretches that reduced nocturnal leg cramps", 16, kChars), "stretches that\nreduced\nnocturnal leg\ncramps");
  EXPECT_EQ(wrap.kept(), "stretches that reduced nocturnal leg cramps");
  // A word longer than the line stays whole on a line of its own.
  EXPECT_EQ(wrap.flow("a gastrocnemius stretch", 8, kChars), "a\ngastrocnemius\nstretch");
}

TEST(SoftWrap, TheUsersOwnBreaksStayAndNeverTurnIntoSpaces) {
  SoftWrap wrap;
  EXPECT_EQ(wrap.flow("Hold it.\nThen rest a little while", 12, kChars), "Hold it.\nThen rest a\nlittle while");
  EXPECT_EQ(wrap.kept(), "Hold it.\nThen rest a little while");
}

TEST(SoftWrap, TypingFlowsTheTextAgainWithoutMovingAnyPosition) {
  SoftWrap wrap;
  const std::string shown = wrap.flow("calf and hamstring", 12, kChars);
  ASSERT_EQ(shown, "calf and\nhamstring");
  // "stretches " typed at the start: the old break is carried, then all flows again.
  std::string typed = "stretches " + shown;
  const std::size_t length = typed.size();
  wrap.edited(typed, 12, kChars);
  EXPECT_EQ(typed.size(), length) << "the cursor's position means the same after flowing";
  EXPECT_EQ(typed, "stretches\ncalf and\nhamstring");
  EXPECT_EQ(wrap.kept(), "stretches calf and hamstring");
  // Deleting a soft break deletes the space it stood for.
  std::string joined = typed;
  joined.erase(9, 1);
  wrap.edited(joined, 12, kChars);
  EXPECT_EQ(wrap.kept(), "stretchescalf and hamstring");
}

}  // namespace
}  // namespace limber
