// The Cramp-now button's cramps and the things tried (cramp_events.hpp, tried_things.hpp): the
// night a cramp counts for, how each one counts in its night's diary, and both carried between
// devices, on real SQLite files.
#include <gtest/gtest.h>

#include <chrono>

#include "core/formats/sqlite.hpp"
#include "core/history/cramp_events.hpp"
#include "core/history/history_store.hpp"
#include "core/history/hybrid_time.hpp"
#include "core/history/record_rules.hpp"
#include "core/history/report.hpp"
#include "core/history/tried_things.hpp"
#include "core/session/cramp_rescue.hpp"
#include "support/fixtures.hpp"

namespace limber {
namespace {

DayNumber day(const char* text) { return *parse_date(text); }

CrampEvent event(const std::string& uuid, const std::string& night, Side leg, const std::string& at = "2026-11-30T02:12:00Z") {
  return CrampEvent{uuid, at, night == "2026-11-29" ? "2026-11-30 03:12" : night + " 23:30", night, leg};
}

HistoryStore open_store(const std::filesystem::path& file) {
  auto store = HistoryStore::open(file);
  EXPECT_TRUE(store) << store.error().message;
  return std::move(store.value());
}

TEST(CrampEvents, ACrampBeforeNoonBelongsToTheNightBefore) {
  EXPECT_EQ(night_of(day("2026-12-01"), 3), day("2026-11-30"));
  EXPECT_EQ(night_of(day("2026-12-01"), 0), day("2026-11-30"));
  EXPECT_EQ(night_of(day("2026-12-01"), 11), day("2026-11-30"));
  EXPECT_EQ(night_of(day("2026-12-01"), 12), day("2026-12-01"));
  EXPECT_EQ(night_of(day("2026-12-01"), 23), day("2026-12-01"));
  // Over a month's and a year's end.
  EXPECT_EQ(night_of(day("2027-01-01"), 2), day("2026-12-31"));
}

TEST(CrampEvents, AMadeEventCarriesItsTimesItsNightAndAnId) {
  const CrampEvent e = make_cramp_event(std::chrono::system_clock::now(), Side::right);
  EXPECT_TRUE(is_record_id(e.uuid));
  EXPECT_TRUE(is_utc_timestamp(e.at_utc));
  EXPECT_FALSE(imported_cramp_event_problem(e)) << *imported_cramp_event_problem(e);
  const int hour = std::stoi(e.local_time.substr(11, 2));
  EXPECT_EQ(e.night, format_date(night_of(*parse_date(e.local_time.substr(0, 10)), hour)));
  EXPECT_EQ(describe_cramp_event(e), e.local_time.substr(11, 5) + ", right leg");
  EXPECT_NE(make_cramp_event(std::chrono::system_clock::now(), Side::right).uuid, e.uuid);
}

TEST(CrampEvents, EachCountsInItsNightWithoutUndoingWhatTheUserSaid) {
  testing::ScratchDir dir;
  auto store = open_store(dir / "history.sqlite3");
  // A new night: the count, and "how bad" not said yet.
  auto first = store.record_cramp(event("a", "2026-11-29", Side::left));
  ASSERT_TRUE(first) << first.error();
  EXPECT_EQ(*first, (DiaryEntry{"2026-11-29", 1, 0, ""}));
  EXPECT_EQ(store.record_cramp(event("b", "2026-11-29", Side::right, "2026-11-30T03:00:00Z"))->cramps, 2);
  // The same event twice (a sync's copy) counts once.
  EXPECT_EQ(store.record_cramp(event("b", "2026-11-29", Side::right, "2026-11-30T03:00:00Z"))->cramps, 2);
  // The user said how bad: the next cramp keeps it.
  ASSERT_TRUE(store.save_diary_entry({"2026-11-29", 2, 7, "woke twice"}));
  EXPECT_EQ(*store.record_cramp(event("c", "2026-11-29", Side::left, "2026-11-30T04:00:00Z")),
            (DiaryEntry{"2026-11-29", 3, 7, "woke twice"}));
  // The user counted more than the button met: their count stays.
  ASSERT_TRUE(store.save_diary_entry({"2026-11-20", 4, 5, ""}));
  EXPECT_EQ(*store.record_cramp(event("d", "2026-11-20", Side::left)), (DiaryEntry{"2026-11-20", 4, 5, ""}));
  // A night said to have had none had one after all: the severity is asked again.
  ASSERT_TRUE(store.save_diary_entry({"2026-11-21", 0, 0, ""}));
  EXPECT_EQ(*store.record_cramp(event("e", "2026-11-21", Side::right)), (DiaryEntry{"2026-11-21", 1, 0, ""}));
  const auto events = store.cramp_events();
  ASSERT_TRUE(events);
  ASSERT_EQ(events->size(), 5u);
  EXPECT_EQ(events->at(0).uuid, "a");
  EXPECT_EQ(events->at(0).leg, Side::left);
}

TEST(TriedThings, TicksAreKeptPerDayAndThingAndUntickingRemovesOne) {
  testing::ScratchDir dir;
  auto store = open_store(dir / "history.sqlite3");
  ASSERT_TRUE(store.set_tried("2026-11-28", "magnesium", true));
  ASSERT_TRUE(store.set_tried("2026-11-28", "water", true));
  ASSERT_TRUE(store.set_tried("2026-11-29", "Stretch socks", true));
  ASSERT_TRUE(store.set_tried("2026-11-28", "water", false));
  EXPECT_EQ(*store.tried(), (TriedDays{{"2026-11-28", {"magnesium"}}, {"2026-11-29", {"Stretch socks"}}}));
}

TEST(TriedThings, NamesMatchByKeyOrLabelAndOwnThingsAreChecked) {
  const auto& list = default_tried_things();
  EXPECT_EQ(find_tried_thing("Vitamin D", list), "vitamin-d");
  EXPECT_EQ(find_tried_thing(" WATER ", list), "water");
  EXPECT_EQ(find_tried_thing("enough water", list), "water");
  EXPECT_FALSE(find_tried_thing("magnesum", list));
  EXPECT_EQ(tried_thing_label("vitamin-d"), "Vitamin D");
  EXPECT_EQ(tried_thing_label("Stretch socks"), "Stretch socks");
  EXPECT_FALSE(tried_thing_problem("Stretch socks", list));
  EXPECT_TRUE(tried_thing_problem("  ", list));
  EXPECT_TRUE(tried_thing_problem("salt, tonic", list));
  EXPECT_TRUE(tried_thing_problem(std::string(kLongestTriedThing + 1, 'x'), list));
  EXPECT_TRUE(tried_thing_problem("Magnesium", list));
  EXPECT_TRUE(tried_thing_problem("two\nlines", list));
  std::vector<std::string> full(kMostTriedThings, "x");
  for (std::size_t i = 0; i < full.size(); ++i) full[i] = "thing " + std::to_string(i);
  EXPECT_TRUE(tried_thing_problem("one more", full));
}

TEST(CrampRescue, TheRoutineIsNarrowedToTheChosenLegAndTheVolumeCapped) {
  Routine routine;
  routine.exercises.resize(2);
  routine.exercises[0].sides = {Side::left, Side::right};
  routine.exercises[1].body = TimedStep{Seconds{30}, true};
  const Routine left = for_one_leg(routine, Side::left);
  EXPECT_EQ(left.exercises[0].sides, std::vector<Side>{Side::left});
  EXPECT_TRUE(left.exercises[1].sides.empty());
  EXPECT_EQ(for_one_leg(routine, Side::right).exercises[0].sides, std::vector<Side>{Side::right});
  EXPECT_EQ(night_volume(80), kNightVolumePercent);
  EXPECT_EQ(night_volume(20), 20);
}

// Two devices: cramps met on either come over once, a deletion travels, and of two taps on one
// thing on one day the later one wins on both.
TEST(NightRecordsImport, CrampsAndTicksMergeByIdAndByTheLaterTap) {
  testing::ScratchDir dir;
  auto here = open_store(dir / "here.sqlite3");
  auto there = open_store(dir / "there.sqlite3");
  ASSERT_TRUE(there.record_cramp(event("there-1", "2026-11-29", Side::left)));
  ASSERT_TRUE(here.record_cramp(event("here-1", "2026-11-27", Side::right)));
  ASSERT_TRUE(there.set_tried("2026-11-28", "magnesium", true));
  ASSERT_TRUE(here.set_tried("2026-11-28", "water", true));
  {
    // Ticked here first, unticked there later.
    Database raw(dir / "here.sqlite3", Database::Mode::read_write);
    write_tried(raw, "2026-11-26", "massage", true, "2026-11-26T10:00:00Z",
                hybrid_time_of_utc("2026-11-26T10:00:00Z")->text());
    Database other(dir / "there.sqlite3", Database::Mode::read_write);
    write_tried(other, "2026-11-26", "massage", false, "2026-11-26T20:00:00Z",
                hybrid_time_of_utc("2026-11-26T20:00:00Z")->text());
  }
  auto report = here.import_from(dir / "there.sqlite3");
  ASSERT_TRUE(report) << report.error();
  EXPECT_EQ(report->cramp_events_added, 1);
  EXPECT_EQ(report->tried_changed, 2);
  EXPECT_EQ(here.cramp_events()->size(), 2u);
  EXPECT_EQ(here.diary()->size(), 2u);  // the other's night came with its diary
  EXPECT_EQ(*here.tried(), (TriedDays{{"2026-11-28", {"magnesium", "water"}}}));
  // Twice adds nothing.
  report = here.import_from(dir / "there.sqlite3");
  ASSERT_TRUE(report);
  EXPECT_EQ(report->cramp_events_added, 0);
  EXPECT_EQ(report->tried_changed, 0);
  EXPECT_EQ(here.cramp_events()->size(), 2u);
}

// Both devices met a cramp the same night, each offline: after the sync the night counts both.
TEST(NightRecordsImport, ANightBothDevicesMetACrampOnCountsBoth) {
  testing::ScratchDir dir;
  auto here = open_store(dir / "here.sqlite3");
  auto there = open_store(dir / "there.sqlite3");
  ASSERT_TRUE(here.record_cramp(event("here-1", "2026-11-29", Side::left, "2026-11-30T01:00:00Z")));
  ASSERT_TRUE(there.record_cramp(event("there-1", "2026-11-29", Side::right, "2026-11-30T04:00:00Z")));
  ASSERT_TRUE(here.import_from(dir / "there.sqlite3"));
  EXPECT_EQ(here.diary()->at(0), (DiaryEntry{"2026-11-29", 2, 0, ""}));
  ASSERT_TRUE(there.import_from(dir / "here.sqlite3"));
  EXPECT_EQ(there.diary()->at(0), (DiaryEntry{"2026-11-29", 2, 0, ""}));
  // Deleted on purpose here: the next sync does not bring the night back.
  ASSERT_TRUE(here.delete_diary_entry("2026-11-29"));
  ASSERT_TRUE(here.import_from(dir / "there.sqlite3"));
  EXPECT_TRUE(here.diary()->empty());
}

TEST(NightRecordsImport, AHistoryFromBeforeTheButtonStillImports) {
  testing::ScratchDir dir;
  auto here = open_store(dir / "here.sqlite3");
  {
    auto old = open_store(dir / "old.sqlite3");
    ASSERT_TRUE(old.save_diary_entry({"2026-11-20", 2, 3, ""}));
  }
  {
    Database raw(dir / "old.sqlite3", Database::Mode::read_write);
    raw.exec("DROP TABLE cramp_events; DROP TABLE tried; PRAGMA user_version = 3");
  }
  const auto report = here.import_from(dir / "old.sqlite3");
  ASSERT_TRUE(report) << report.error();
  EXPECT_EQ(report->diary_added, 1);
  // A file that says it is of schema 4 and lacks the tables is not a history.
  {
    Database raw(dir / "old.sqlite3", Database::Mode::read_write);
    raw.exec("PRAGMA user_version = 4");
  }
  EXPECT_FALSE(here.import_from(dir / "old.sqlite3"));
}

TEST(NightRecordsImport, BadRowsAreSkippedAndCounted) {
  testing::ScratchDir dir;
  auto here = open_store(dir / "here.sqlite3");
  {
    auto there = open_store(dir / "there.sqlite3");
    ASSERT_TRUE(there.record_cramp(event("fine", "2026-11-29", Side::left)));
  }
  {
    Database raw(dir / "there.sqlite3", Database::Mode::read_write);
    raw.exec("INSERT INTO cramp_events (uuid, at_utc, local_time, night, leg) VALUES "
             "('bad-time', 'yesterday', '2026-11-30 03:12', '2026-11-29', 'left'), "
             "('bad-night', '2026-11-30T02:12:00Z', '2026-11-30 03:12', 'someday', 'right')");
    raw.exec("INSERT INTO tried (date, item, done, updated_utc) VALUES ('2026-11-28', 'a,b', 1, '2026-11-28T10:00:00Z'), "
             "('2026-11-28', 'water', 1, 'later')");
  }
  const auto report = here.import_from(dir / "there.sqlite3");
  ASSERT_TRUE(report) << report.error();
  EXPECT_EQ(report->cramp_events_added, 1);
  EXPECT_EQ(report->diary_skipped, 4);
  EXPECT_EQ(here.cramp_events()->size(), 1u);
  EXPECT_TRUE(here.tried()->empty());
}

// The report: the button's cramps by leg, and the nights after days with and without a thing.
TEST(NightRecordsReport, RescuesAndTheNightsAfterDaysWithAndWithout) {
  std::vector<DiaryEntry> diary = {{"2026-11-02", 3, 5, ""}, {"2026-11-03", 1, 2, ""}, {"2026-11-04", 2, 4, ""},
                                   {"2026-11-05", 0, 0, ""}};
  const TriedDays tried = {{"2026-11-03", {"magnesium"}}, {"2026-11-05", {"magnesium", "water"}},
                           {"2026-10-01", {"water"}}};  // outside the period
  const std::vector<CrampEvent> rescues = {event("r1", "2026-11-02", Side::left), event("r2", "2026-11-04", Side::right),
                                           event("r3", "2026-11-04", Side::left), event("r4", "2026-10-30", Side::left)};
  const ReportFigures r = compute_report({}, diary, {day("2026-11-02"), day("2026-11-08")}, rescues, tried);
  EXPECT_EQ(r.rescues.size(), 3u);
  EXPECT_EQ(r.rescues_left, 2);
  EXPECT_EQ(r.rescues_right, 1);
  EXPECT_EQ(r.days[2].rescues, 2);
  ASSERT_EQ(r.tried.size(), 2u);
  // Magnesium the days before the nights of the 3rd (1 cramp) and the 5th (0): 0.5 a night;
  // the nights of the 2nd and 4th without it: 2.5.
  EXPECT_EQ(r.tried[0].key, "magnesium");
  EXPECT_EQ(r.tried[0].nights_with, 2);
  EXPECT_DOUBLE_EQ(r.tried[0].cramps_with, 0.5);
  EXPECT_EQ(r.tried[0].nights_without, 2);
  EXPECT_DOUBLE_EQ(r.tried[0].cramps_without, 2.5);
  EXPECT_EQ(r.tried[1].key, "water");
  EXPECT_EQ(r.tried[1].nights_with, 1);
  EXPECT_DOUBLE_EQ(r.tried[1].cramps_without, 2.0);
  const std::string csv = report_csv(r);
  EXPECT_NE(csv.find("rescues,3\nrescues_left,2\nrescues_right,1\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("tried magnesium: cramps per night with,0.50\n"), std::string::npos) << csv;
  EXPECT_NE(csv.find("2026-11-05,0,0,0,0,magnesium;water\n"), std::string::npos) << csv;
}

}  // namespace
}  // namespace limber
