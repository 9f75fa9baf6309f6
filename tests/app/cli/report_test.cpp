// `limber report` on generated histories (none, one week, six weeks, a year): the PDF is valid
// (pdfinfo), its text says the right figures (pdftotext, the same numbers as --csv), its pages
// are drawn (pdftoppm, kept as PNGs to look at), and bad requests write nothing.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <chrono>
#include <filesystem>
#include <map>
#include <sstream>
#include <utility>

#include "core/base/calendar.hpp"
#include "core/base/record_ids.hpp"
#include "core/history/history_store.hpp"
#include "support/fixtures.hpp"
#include "support/run_command.hpp"
#include "support/sample_history.hpp"

namespace limber {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;
using testing::CommandResult;
using testing::shell_quote;

class Report : public ::testing::Test {
 protected:
  CommandResult limber(const std::vector<std::string>& args) {
    return testing::run_command(LIMBER_BINARY, args,
                                "LANG=en_GB.UTF-8 LIMBER_DATA_DIR=" + shell_quote(data_.path().string()) +
                                    " XDG_CONFIG_HOME=" + shell_quote((data_ / "config").string()));
  }
  HistoryStore store() {
    auto opened = HistoryStore::open(data_ / "history.sqlite3");
    EXPECT_TRUE(opened) << opened.error().message;
    return std::move(opened.value());
  }
  static DayNumber today() { return parse_date(local_date(std::chrono::system_clock::now())).value(); }
  // The PDF's text, as a reader would select it, with every run of spaces and line breaks as one
  // space (a paragraph wraps where the page says).
  static std::string text_of(const std::filesystem::path& pdf) {
    const CommandResult text = testing::run_command("pdftotext", {"-layout", pdf.string(), "-"});
    EXPECT_EQ(text.exit_code, 0) << text.err;
    std::string flat;
    for (const char c : text.out) {
      const bool space = c == ' ' || c == '\n' || c == '\f';
      if (!space) flat += c;
      else if (!flat.empty() && flat.back() != ' ') flat += ' ';
    }
    return flat;
  }
  // The left edge of the leftmost word and the right edge of the rightmost on any page, and the
  // page's width, from pdftotext -bbox.
  struct Edges {
    double left, right, width;
  };
  static Edges word_edges(const std::filesystem::path& pdf) {
    const CommandResult boxes = testing::run_command("pdftotext", {"-bbox", pdf.string(), "-"});
    EXPECT_EQ(boxes.exit_code, 0) << boxes.err;
    const auto number_after = [](const std::string& text, std::size_t from, const std::string& key) {
      const auto at = text.find(key + "=\"", from);
      return at == std::string::npos ? 0.0 : std::stod(text.substr(at + key.size() + 2));
    };
    double left = 1e9;
    double right = 0;
    for (auto at = boxes.out.find("<word "); at != std::string::npos; at = boxes.out.find("<word ", at + 1)) {
      left = std::min(left, number_after(boxes.out, at, "xMin"));
      right = std::max(right, number_after(boxes.out, at, "xMax"));
    }
    return {left, right, number_after(boxes.out, boxes.out.find("<page "), "width")};
  }
  static std::map<std::string, std::string> info_of(const std::filesystem::path& pdf) {
    const CommandResult info = testing::run_command("pdfinfo", {pdf.string()});
    EXPECT_EQ(info.exit_code, 0) << info.err;
    std::map<std::string, std::string> fields;
    std::istringstream lines(info.out);
    for (std::string line; std::getline(lines, line);) {
      const auto colon = line.find(':');
      if (colon == std::string::npos) continue;
      fields[line.substr(0, colon)] = line.substr(line.find_first_not_of(' ', colon + 1));
    }
    return fields;
  }
  // Both pages drawn as pictures, kept with the build's screenshots.
  static void keep_pages(const std::filesystem::path& pdf, const std::string& name) {
    const std::filesystem::path shots(LIMBER_SCREENSHOT_DIR);
    std::filesystem::create_directories(shots);
    const CommandResult drawn = testing::run_command("pdftoppm", {"-png", "-r", "60", pdf.string(), (shots / name).string()});
    EXPECT_EQ(drawn.exit_code, 0) << drawn.err;
    for (const char* page : {"-1.png", "-2.png"}) {
      EXPECT_GT(std::filesystem::file_size(shots / (name + page)), 5000u) << name << page;
    }
  }
  static SessionRecord completed(DayNumber day, const std::string& routine = "Bedtime stretches") {
    SessionRecord s;
    s.uuid = new_uuid();
    s.routine_name = routine;
    s.routine_file = "/r/bedtime-stretches.yaml";
    s.routine_hash = "abc";
    s.local_date = format_date(day);
    s.started_utc = s.local_date + "T21:00:00Z";
    s.ended_utc = s.local_date + "T21:06:00Z";
    s.planned_seconds = 370;
    s.active_seconds = 360;
    s.outcome = SessionOutcome::completed;
    return s;
  }
  testing::ScratchDir data_;
};

TEST_F(Report, AnEmptyHistoryStillMakesAValidReport) {
  const auto pdf = data_ / "empty.pdf";
  const CommandResult made = limber({"report", "-o", pdf.string()});
  ASSERT_EQ(made.exit_code, 0) << made.err;
  EXPECT_THAT(made.out, HasSubstr("The report for"));
  const auto info = info_of(pdf);
  EXPECT_EQ(info.at("Pages"), "2");
  EXPECT_EQ(info.at("Title"), "Leg cramps and stretching");
  EXPECT_THAT(info.at("Page size"), HasSubstr("(A4)"));
  const std::string text = text_of(pdf);
  EXPECT_THAT(text, HasSubstr("Nights in the diary"));
  EXPECT_THAT(text, HasSubstr("0 of 42"));
  EXPECT_THAT(text, HasSubstr("No session was completed in this period."));
  EXPECT_THAT(text, HasSubstr("not medical advice"));
}

TEST_F(Report, OneWeekSaysItsFiguresAsCountedByHand) {
  HistoryStore history = store();
  const DayNumber last = today();
  const int cramps[7] = {2, 1, 3, 0, 2, 1, 1};  // 10 in 7 nights: 1.4 a night
  // The last night's severity is not said yet; a night without cramps counts 0: (6+4+7+0+5+3)/6 = 4.2
  const int severity[7] = {6, 4, 7, 0, 5, 3, 0};
  const char* notes[7] = {"", "left calf, 3am", "", "", "", "after a long walk", ""};
  for (int i = 0; i < 7; ++i) {
    ASSERT_TRUE(history.save_diary_entry({format_date(last - 6 + i), cramps[i], severity[i], notes[i]}));
  }
  for (const int i : {0, 2, 3, 6}) ASSERT_TRUE(history.save_session(completed(last - 6 + i)));
  SessionRecord stopped = completed(last - 5);
  stopped.outcome = SessionOutcome::stopped;
  ASSERT_TRUE(history.save_session(stopped));
  ASSERT_TRUE(history.save_session(completed(last - 30)));  // before the week: not in it

  const auto pdf = data_ / "week.pdf";
  ASSERT_EQ(limber({"report", "--weeks", "1", "-o", pdf.string(), "--paper", "letter"}).exit_code, 0);
  EXPECT_THAT(info_of(pdf).at("Page size"), HasSubstr("letter"));
  const std::string text = text_of(pdf);
  EXPECT_THAT(text, HasSubstr("7 of 7"));
  EXPECT_THAT(text, HasSubstr("1.4"));
  EXPECT_THAT(text, HasSubstr(" 4.2 "));
  EXPECT_THAT(text, Not(HasSubstr("on4.2")));  // the label wraps before the value's column
  EXPECT_THAT(text, HasSubstr("4 of 7 (57 %)"));
  EXPECT_THAT(text, HasSubstr("4 times on 4 days, 24 minutes"));
  EXPECT_THAT(text, HasSubstr("once the diary of this period spans two weeks"));
  // The diary's notes, each with its night, and the severity charted beside the cramps.
  EXPECT_THAT(text, HasSubstr("Notes from the diary"));
  EXPECT_THAT(text, HasSubstr("left calf, 3am"));
  EXPECT_THAT(text, HasSubstr("after a long walk"));
  EXPECT_THAT(text, HasSubstr("the worst cramp's severity, 0-10"));
  const CommandResult csv = limber({"report", "--weeks", "1", "--csv"});
  ASSERT_EQ(csv.exit_code, 0) << csv.err;
  EXPECT_THAT(csv.out, HasSubstr("diary_nights,7\ncramps_per_night,1.43\nmean_severity,4.17\n"));
  EXPECT_THAT(csv.out, HasSubstr("stretched_days,4\nadherence,0.571\n"));
  EXPECT_THAT(csv.out, HasSubstr(format_date(last - 6) + ",2,6,1,0,\n"));
  EXPECT_THAT(csv.out, HasSubstr(format_date(last) + ",1,,1,0,\n"));
  keep_pages(pdf, "report-1-week");
}

TEST_F(Report, SixWeeksCompareTheFirstWeekWithTheLatestAsTheCsvDoes) {
  HistoryStore history = store();
  testing::write_sample_history(history, today(), 42);
  const auto pdf = data_ / "six.pdf";
  ASSERT_EQ(limber({"report", "-o", pdf.string()}).exit_code, 0);
  const std::string text = text_of(pdf);
  const CommandResult csv = limber({"report", "--csv"});
  std::map<std::string, double> figures;
  std::istringstream lines(csv.out);
  for (std::string line; std::getline(lines, line) && !line.empty();) {
    const auto comma = line.find(',');
    if (line.substr(0, comma) == "figure") continue;
    if (line.substr(0, comma).find("day") == std::string::npos || line.starts_with("stretched")) {
      figures[line.substr(0, comma)] = std::stod(line.substr(comma + 1));
    }
  }
  const auto one_decimal = [](double v) { return fmt::format("{:.1f}", v); };
  EXPECT_THAT(text, HasSubstr("First week"));
  EXPECT_THAT(text, HasSubstr("Latest week"));
  EXPECT_THAT(text, HasSubstr(one_decimal(figures.at("first_week_cramps_per_night")) + " cramps a night, severity " +
                              one_decimal(figures.at("first_week_severity"))));
  EXPECT_THAT(text, HasSubstr(one_decimal(figures.at("latest_week_cramps_per_night")) + " cramps a night, severity " +
                              one_decimal(figures.at("latest_week_severity"))));
  EXPECT_THAT(text, HasSubstr(fmt::format("{} of 42 (", static_cast<int>(figures.at("stretched_days")))));
  EXPECT_THAT(text, HasSubstr("Morning calf stretch"));
  EXPECT_THAT(text, HasSubstr("1.2 fewer cramps a night"));
  // The Cramp-now button's cramps by leg, and the nights after days with and without magnesium.
  const auto count = [&](const char* figure) { return static_cast<int>(figures.at(figure)); };
  ASSERT_GT(count("rescues"), 0) << csv.out;
  EXPECT_THAT(text, HasSubstr("Night-time rescues"));
  EXPECT_THAT(text, HasSubstr(fmt::format("{} ({} left leg, {} right leg)", count("rescues"), count("rescues_left"),
                                          count("rescues_right"))));
  EXPECT_THAT(text, HasSubstr("What else you tried"));
  EXPECT_THAT(text, HasSubstr("Magnesium: the nights after days with it"));
  EXPECT_THAT(text, HasSubstr(fmt::format("{} nights, {} cramps a night", count("tried magnesium: nights with"),
                                          one_decimal(figures.at("tried magnesium: cramps per night with")))));
  EXPECT_THAT(text, HasSubstr("not what caused what"));
  const auto [left, right, width] = word_edges(pdf);
  EXPECT_GE(left, 49) << "text runs into the left margin";
  EXPECT_LE(right, width - 49) << "text runs into the right margin";
  keep_pages(pdf, "report-6-weeks");
}

TEST_F(Report, AYearFitsOnTwoPagesAndTheCalendarSaysWhatItLeavesOut) {
  HistoryStore history = store();
  testing::write_sample_history(history, today(), 370);
  const auto pdf = data_ / "year.pdf";
  ASSERT_EQ(limber({"report", "--weeks", "52", "-o", pdf.string()}).exit_code, 0);
  EXPECT_EQ(info_of(pdf).at("Pages"), "2");
  EXPECT_THAT(text_of(pdf), HasSubstr("weeks of the period; the chart above shows all of it."));
  keep_pages(pdf, "report-1-year");
}

TEST_F(Report, SpeaksTheUsersLanguage) {
  HistoryStore history = store();
  testing::write_sample_history(history, today(), 42);
  const auto pdf = data_ / "de.pdf";
  ASSERT_EQ(limber({"--lang", "de", "report", "-o", pdf.string()}).exit_code, 0);
  const std::string text = text_of(pdf);
  EXPECT_THAT(text, HasSubstr("Wadenkr\u00e4mpfe und Dehnen"));
  EXPECT_THAT(text, HasSubstr("1,2 Kr\u00e4mpfe pro Nacht weniger"));
  // The longer German words stay inside the margins (50 pt).
  const auto [left, right, width] = word_edges(pdf);
  EXPECT_GT(width, 500);
  EXPECT_LE(right, width - 49) << "text runs into the right margin";
  EXPECT_GE(left, 49) << "text runs into the left margin";
  keep_pages(pdf, "report-6-weeks-de");
}

TEST_F(Report, BadRequestsSayWhyAndWriteNothing) {
  const auto pdf = data_ / "never.pdf";
  CommandResult bad = limber({"report", "--from", "2026-13-01", "-o", pdf.string()});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_THAT(bad.err, HasSubstr("`2026-13-01` is not a date"));
  bad = limber({"report"});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_THAT(bad.err, HasSubstr("limber report -o report.pdf"));
  bad = limber({"report", "--from", format_date(today() + 3), "-o", pdf.string()});
  EXPECT_EQ(bad.exit_code, 2);
  EXPECT_THAT(bad.err, HasSubstr("cannot start after today"));
  bad = limber({"report", "--weeks", "0", "-o", pdf.string()});
  EXPECT_NE(bad.exit_code, 0);
  testing::write_file(data_ / "a-file", "");
  bad = limber({"report", "-o", (data_ / "a-file" / "r.pdf").string()});  // a folder that is a file
  EXPECT_EQ(bad.exit_code, 1);
  EXPECT_THAT(bad.err, Not(HasSubstr("terminate")));
  EXPECT_FALSE(std::filesystem::exists(pdf));
}

}  // namespace
}  // namespace limber
