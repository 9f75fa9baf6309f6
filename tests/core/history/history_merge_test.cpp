// Merging devices' histories by the order of their changes (hybrid_time.hpp, history_import.hpp):
// a device with a clock years fast or slow, an undo after the other device merged the deletion,
// two edits within one second; a merge that goes over its budget (counted in work, not time); a
// peer read without leaving anything beside it; and the property the sync rests on: any
// interleaving of edits, deletions and undos on two or three devices, merged in any order, ends
// with every device holding the same history, each night and each session as its causally last
// change left it.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <map>
#include <random>
#include <set>

#include "core/formats/sqlite.hpp"
#include "core/history/history_store.hpp"
#include "core/history/hybrid_time.hpp"
#include "support/fixtures.hpp"
#include "support/history_records.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;
using testing::a_session;

WallTime at(const char* utc) {
  const auto time = hybrid_time_of_utc(utc);
  return WallTime(std::chrono::milliseconds(time->ms));
}

// One device: its own history file and its own wall clock.
struct Device {
  Device(const testing::ScratchDir& dir, const std::string& name, WallTime now) : file(dir / (name + ".sqlite3")), clock(now) {
    auto opened = HistoryStore::open(file);
    EXPECT_TRUE(opened);
    store.emplace(std::move(opened.value()));
    store->use_clock(clock);
    EXPECT_TRUE(store->set_device(name));
  }
  void merge(const Device& other) { merge_file(other.file); }
  void merge_file(const std::filesystem::path& other) {
    const auto merged = store->import_from(other);
    ASSERT_TRUE(merged) << merged.error();
  }
  DiaryEntry night(const std::string& date) {
    const auto diary = store->diary();
    if (!diary) return DiaryEntry{date, -1, -1, diary.error()};
    for (const DiaryEntry& e : *diary) {
      if (e.date == date) return e;
    }
    return DiaryEntry{date, -1, -1, "(none)"};
  }
  std::filesystem::path file;
  ManualWallClock clock;
  std::optional<HistoryStore> store;
};

TEST(HybridTime, OrdersAsItsTextAndNeverGoesBack) {
  const HybridTime a{1'700'000'000'000, 0, "a"};
  const HybridTime b = next_hybrid_time(a, 1'600'000'000'000, "b");  // a wall clock behind what was seen
  EXPECT_GT(b, a);
  EXPECT_EQ(b.ms, a.ms);
  EXPECT_EQ(b.counter, 1);
  EXPECT_LT(a.text(), b.text());
  EXPECT_EQ(parse_hybrid_time(b.text()), b);
  EXPECT_EQ(next_hybrid_time(b, 1'700'000'000'001, "a").counter, 0);
  EXPECT_FALSE(parse_hybrid_time("2036-01-01T00:00:00Z"));
  EXPECT_FALSE(parse_hybrid_time("000000000000001.0000.bad\nid"));
  EXPECT_EQ(hybrid_time_of_utc("1970-01-02T00:00:01Z")->ms, 86'401'000);
}

// A device whose clock is ten years fast wrote a night; after merging it, a change made here
// (with a right clock) is the later one, on both devices, and so is a deletion. Then the other way
// round: a device ten years slow changes a night after seeing it, and its change wins.
TEST(HistoryMerge, AClockYearsFastOrSlowNeverWinsAgainstALaterChange) {
  testing::ScratchDir dir;
  Device fast(dir, "fast", at("2036-11-20T08:00:00Z"));
  Device right(dir, "right", at("2026-11-20T08:00:00Z"));
  ASSERT_TRUE(fast.store->save_diary_entry({"2026-11-19", 4, 7, "fast"}));
  right.merge(fast);
  EXPECT_EQ(right.night("2026-11-19").cramps, 4);
  right.clock.advance(1h);
  ASSERT_TRUE(right.store->save_diary_entry({"2026-11-19", 1, 2, "right"}));
  fast.merge(right);
  right.merge(fast);
  EXPECT_EQ(right.night("2026-11-19").note, "right") << "the change made after seeing the other was reverted";
  EXPECT_EQ(fast.night("2026-11-19").note, "right");
  // A deletion made here after seeing the fast clock's entry stays deleted everywhere.
  ASSERT_TRUE(right.store->delete_diary_entry("2026-11-19"));
  fast.merge(right);
  right.merge(fast);
  EXPECT_EQ(right.night("2026-11-19").cramps, -1);
  EXPECT_EQ(fast.night("2026-11-19").cramps, -1);

  Device slow(dir, "slow", at("2016-11-20T08:00:00Z"));
  slow.merge(right);
  ASSERT_TRUE(slow.store->save_diary_entry({"2026-11-19", 2, 3, "slow"}));
  right.merge(slow);
  fast.merge(slow);
  EXPECT_EQ(right.night("2026-11-19").note, "slow");
  EXPECT_EQ(fast.night("2026-11-19").note, "slow");
}

// A deletes a session, B merges the deletion, A presses Undo: the undo is a later change than the
// deletion, so B restores it too, and A keeps it.
TEST(HistoryMerge, AnUndoWinsOverTheDeletionItUndoesOnEveryDevice) {
  testing::ScratchDir dir;
  Device a(dir, "a", at("2026-11-20T08:00:00Z"));
  Device b(dir, "b", at("2026-11-20T08:00:00Z"));
  ASSERT_TRUE(a.store->save_session(a_session("s1")));
  b.merge(a);
  ASSERT_TRUE(a.store->delete_session("s1"));
  b.merge(a);
  EXPECT_TRUE(b.store->sessions()->empty());
  a.clock.advance(2s);
  ASSERT_TRUE(a.store->restore_session("s1"));
  a.merge(b);
  EXPECT_EQ(a.store->sessions()->size(), 1u) << "A's undo was reverted by B's copy of the deletion";
  b.merge(a);
  EXPECT_EQ(b.store->sessions()->size(), 1u);
}

// Two devices change one night within the same second: the later change (made after seeing the
// other) wins, every time (whole-second times lost 3 of 10 before).
TEST(HistoryMerge, TwoEditsWithinOneSecondKeepTheLaterOne) {
  testing::ScratchDir dir;
  for (int night = 10; night < 20; ++night) {
    const std::string date = fmt::format("2026-11-{}", night);
    Device a(dir, fmt::format("a{}", night), at("2026-11-20T08:00:00Z"));
    Device b(dir, fmt::format("b{}", night), at("2026-11-20T08:00:00Z"));
    ASSERT_TRUE(a.store->save_diary_entry({date, 5, 9, "first"}));
    b.merge(a);
    b.clock.advance(300ms);
    ASSERT_TRUE(b.store->save_diary_entry({date, 1, 1, "second"}));
    a.merge(b);
    b.merge(a);
    EXPECT_EQ(a.night(date).note, "second") << date;
    EXPECT_EQ(b.night(date).note, "second") << date;
  }
}

// A peer over the merge's budget is refused whole, with its reason, and nothing of it is merged:
// bounded by the records and by SQLite's steps, counted, not timed.
TEST(HistoryMerge, APeerOverTheBudgetIsRefusedWholeWithItsReason) {
  testing::ScratchDir dir;
  Device big(dir, "big", at("2026-11-20T08:00:00Z"));
  for (int i = 0; i < 200; ++i) ASSERT_TRUE(big.store->save_session(a_session(fmt::format("s{}", i))));
  Device here(dir, "here", at("2026-11-20T08:00:00Z"));
  MergeBudget few_sessions;
  few_sessions.most_sessions = 150;
  const auto refused = here.store->import_from(big.file, few_sessions);
  ASSERT_FALSE(refused);
  EXPECT_NE(refused.error().find("more than 150 sessions"), std::string::npos) << refused.error();
  EXPECT_TRUE(here.store->sessions()->empty()) << "a refused peer added nothing";
  MergeBudget few_steps;
  few_steps.most_vm_steps = 1'000;  // merging 200 sessions takes tens of thousands
  const auto stalled = here.store->import_from(big.file, few_steps);
  ASSERT_FALSE(stalled);
  EXPECT_NE(stalled.error().find("steps"), std::string::npos) << stalled.error();
  EXPECT_TRUE(here.store->sessions()->empty());
  MergeBudget few_bytes;
  few_bytes.most_bytes = 4096;
  const auto large = here.store->import_from(big.file, few_bytes);
  ASSERT_FALSE(large);
  EXPECT_NE(large.error().find("MB"), std::string::npos) << large.error();
  // Within the default budget it merges.
  const auto merged = here.store->import_from(big.file);
  ASSERT_TRUE(merged) << merged.error();
  EXPECT_EQ(merged->sessions_added, 200);
}

// A peer in WAL mode, with changes still in its -wal: read from a private copy, its newest change
// is merged, and nothing is left beside it (no -shm, no new -wal for a sync tool to carry).
TEST(HistoryMerge, APeerIsReadFromACopyLeavingNothingBesideIt) {
  testing::ScratchDir dir;
  std::filesystem::create_directories(dir / "sync");
  Device here(dir, "here", at("2026-11-20T08:00:00Z"));
  // Open, so its newest change is still in its -wal.
  auto peer = HistoryStore::open(dir / "sync" / "limber-peer.sqlite3");
  ASSERT_TRUE(peer);
  ASSERT_TRUE(peer->save_diary_entry({"2026-11-18", 2, 4, "in the wal"}));
  // A copy of the folder as a sync tool would deliver it: the file and its -wal, no -shm.
  std::filesystem::create_directories(dir / "delivered");
  for (const char* suffix : {"", "-wal"}) {
    std::filesystem::copy_file(dir / "sync" / (std::string("limber-peer.sqlite3") + suffix),
                               dir / "delivered" / (std::string("limber-peer.sqlite3") + suffix));
  }
  const auto listing = [&] {
    std::set<std::string> names;
    for (const auto& entry : std::filesystem::directory_iterator(dir / "delivered")) names.insert(entry.path().filename().string());
    return names;
  };
  const auto before = listing();
  ASSERT_TRUE(before.count("limber-peer.sqlite3-wal")) << "the test's peer has no -wal";
  here.merge_file(dir / "delivered" / "limber-peer.sqlite3");
  EXPECT_EQ(listing(), before) << "reading the peer left files beside it";
  EXPECT_EQ(here.night("2026-11-18").note, "in the wal");
}

}  // namespace
}  // namespace limber
