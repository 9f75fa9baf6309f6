#include "core/base/text.hpp"

#include <gtest/gtest.h>

#include <array>

namespace limber {
namespace {

TEST(Utf8, AcceptsWellFormedText) {
  EXPECT_EQ(find_invalid_utf8("plain ascii"), std::nullopt);
  EXPECT_EQ(find_invalid_utf8("Caf\xc3\xa9 \xe2\x80\x94 \xf0\x9f\xa6\xb5"), std::nullopt);  // é, em dash, leg emoji
}

TEST(Utf8, FindsTheFirstBadByte) {
  EXPECT_EQ(find_invalid_utf8("Caf\xe9"), 3u);                 // Latin-1
  EXPECT_EQ(find_invalid_utf8("ab\xc3"), 2u);                  // truncated sequence
  EXPECT_EQ(find_invalid_utf8("\xc0\xaf"), 0u);                // overlong '/'
  EXPECT_EQ(find_invalid_utf8("x\xed\xa0\x80"), 1u);           // UTF-16 surrogate
  EXPECT_EQ(find_invalid_utf8("\xf4\x90\x80\x80"), 0u);        // past U+10FFFF
  EXPECT_EQ(find_invalid_utf8("ok\x80"), 2u);                  // lone continuation byte
}

TEST(Utf8, CountsCharactersNotBytes) {
  EXPECT_EQ(utf8_length("Caf\xc3\xa9"), 4u);
  EXPECT_EQ(utf8_length(""), 0u);
}

TEST(EditDistance, CountsTyposIncludingSwaps) {
  EXPECT_EQ(edit_distance("hold", "hold"), 0u);
  EXPECT_EQ(edit_distance("hodl", "hold"), 1u);
  EXPECT_EQ(edit_distance("Hold", "hold"), 0u);
  EXPECT_EQ(edit_distance("hol", "hold"), 1u);
  EXPECT_EQ(edit_distance("rest_afer", "rest_after"), 1u);
  EXPECT_EQ(edit_distance("abc", "xyz"), 3u);
}

TEST(ClosestWord, SuggestsOnlyCloseMatches) {
  constexpr std::array<std::string_view, 4> keys = {"hold", "rest", "reps", "rest_after"};
  EXPECT_EQ(closest_word("hodl", keys), "hold");
  EXPECT_EQ(closest_word("rset", keys), "rest");
  EXPECT_EQ(closest_word("restafter", keys), "rest_after");
  EXPECT_EQ(closest_word("colour", keys), std::nullopt);
  EXPECT_EQ(closest_word("x", keys), std::nullopt);
}

}  // namespace
}  // namespace limber
