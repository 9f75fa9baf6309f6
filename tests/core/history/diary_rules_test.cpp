#include "core/history/diary_rules.hpp"

#include <gtest/gtest.h>

namespace limber {
namespace {

TEST(DiaryRules, ANightWithCrampsSaysHowBadAndOneWithoutDoesNot) {
  const DayNumber today = *parse_date("2026-11-29");
  EXPECT_FALSE(diary_entry_problem({"2026-11-28", 2, 6, ""}, today));
  EXPECT_FALSE(diary_entry_problem({"2026-11-28", 0, 0, ""}, today));
  EXPECT_FALSE(diary_entry_problem({"2026-11-29", 1, 10, ""}, today));  // last night, written this morning
  EXPECT_FALSE(diary_entry_problem({"2026-11-28", 2, 0, ""}, today));  // the severity may come later
  EXPECT_EQ(worst_severity({"2026-11-28", 2, 0, ""}), std::nullopt);
  EXPECT_EQ(worst_severity({"2026-11-28", 0, 0, ""}), 0);
  EXPECT_EQ(worst_severity({"2026-11-28", 2, 7, ""}), 7);
  EXPECT_TRUE(diary_entry_problem({"2026-11-28", 2, 11, ""}, today));
  EXPECT_TRUE(diary_entry_problem({"2026-11-28", 0, 3, ""}, today));
  EXPECT_TRUE(diary_entry_problem({"2026-11-28", -1, 3, ""}, today));
  EXPECT_TRUE(diary_entry_problem({"2026-11-28", 101, 3, ""}, today));
  EXPECT_TRUE(diary_entry_problem({"2026-11-30", 1, 3, ""}, today));  // tomorrow night
  EXPECT_TRUE(diary_entry_problem({"2026-02-30", 1, 3, ""}, today));
  EXPECT_EQ(diary_entry_problem({"2026-11-30", 1, 3, ""}, today),
            "2026-11-30 has not happened yet: the diary is for nights gone by (today is 2026-11-29)");
}

}  // namespace
}  // namespace limber
