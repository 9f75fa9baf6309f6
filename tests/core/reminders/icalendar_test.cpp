// The reminders' calendar file as RFC 5545 asks: CRLF lines of at most 75 octets, folded between
// characters, never inside one; text escaped; an event's first day one it rings on.
#include <gtest/gtest.h>

#include <algorithm>

#include "core/reminders/icalendar.hpp"

namespace limber {
namespace {

std::vector<std::string> physical_lines(const std::string& text) {
  std::vector<std::string> lines;
  std::size_t at = 0;
  for (std::size_t end; (end = text.find("\r\n", at)) != std::string::npos; at = end + 2) lines.push_back(text.substr(at, end - at));
  EXPECT_EQ(at, text.size()) << "the last line ends with CRLF too";
  return lines;
}

// The content lines, unfolded (a line starting with a space continues the one before).
std::vector<std::string> unfolded(const std::string& text) {
  std::vector<std::string> lines;
  for (const std::string& line : physical_lines(text)) {
    if (!line.empty() && line[0] == ' ' && !lines.empty()) {
      lines.back() += line.substr(1);
    } else {
      lines.push_back(line);
    }
  }
  return lines;
}

TEST(RemindersIcalendar, LongNamesAreFoldedBetweenCharactersAndEscaped) {
  Reminder r{"evening", ReminderKind::routine, {21, 5}, kEveryDay, "Étirements du soir; mollets, ischio-jambiers et dos — version longue, très longue"};
  const std::string text = reminders_icalendar({r}, {*parse_date("2026-12-08"), 0, "https://example.org/limber/"});
  for (const std::string& line : physical_lines(text)) {
    EXPECT_LE(line.size(), 75u) << line;
    // No line starts with a UTF-8 continuation byte (after its fold's space).
    const std::size_t first = !line.empty() && line[0] == ' ' ? 1 : 0;
    if (line.size() > first) {
      EXPECT_NE(static_cast<unsigned char>(line[first]) & 0xC0, 0x80) << line;
    }
  }
  const auto lines = unfolded(text);
  const auto has = [&](const std::string& wanted) { return std::find(lines.begin(), lines.end(), wanted) != lines.end(); };
  EXPECT_TRUE(has("SUMMARY:Limber: time to stretch (Étirements du soir\\; mollets\\, ischio-jambiers et dos — version longue\\, "
                  "très longue)"));
  EXPECT_TRUE(has("DTSTART:20261208T210500"));
  EXPECT_TRUE(has("RRULE:FREQ=DAILY"));
  EXPECT_TRUE(has("URL:https://example.org/limber/"));
  EXPECT_TRUE(has("DTSTAMP:19700101T000000Z"));
}

TEST(RemindersIcalendar, AnEventStartsOnTheFirstDayItRings) {
  // 2026-12-08 is a Tuesday: Saturdays only starts on the 12th; Tuesdays on the 8th itself.
  Reminder saturday{"sat", ReminderKind::diary, {8, 0}, {false, false, false, false, false, true, false}, ""};
  Reminder tuesday{"tue", ReminderKind::routine, {7, 30}, {false, true, false, false, false, false, false}, ""};
  const auto lines = unfolded(reminders_icalendar({saturday, tuesday}, {*parse_date("2026-12-08"), 1796688000, ""}));
  const auto has = [&](const std::string& wanted) { return std::find(lines.begin(), lines.end(), wanted) != lines.end(); };
  EXPECT_TRUE(has("DTSTART:20261212T080000"));
  EXPECT_TRUE(has("RRULE:FREQ=WEEKLY;BYDAY=SA"));
  EXPECT_TRUE(has("DTSTART:20261208T073000"));
  EXPECT_TRUE(has("RRULE:FREQ=WEEKLY;BYDAY=TU"));
  EXPECT_TRUE(has("DTSTAMP:20261208T000000Z"));
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "BEGIN:VALARM"), 2);
  EXPECT_EQ(std::count(lines.begin(), lines.end(), "TRIGGER:PT0M"), 2);
  EXPECT_EQ(std::count_if(lines.begin(), lines.end(), [](const std::string& l) { return l.rfind("URL:", 0) == 0; }), 0)
      << "no link where Limber has no address";
}

}  // namespace
}  // namespace limber
