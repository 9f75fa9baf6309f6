// The window's history (window_history.hpp): other devices' histories merge on a thread of their
// own while the window goes on, and a Cramp now never waits for a history another program holds.
#include <gtest/gtest.h>

#include <chrono>
#include <thread>

#include "app/window/window_history.hpp"
#include "core/formats/sqlite.hpp"
#include "core/history/cramp_events.hpp"
#include "support/fixtures.hpp"
#include "support/history_records.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

TEST(WindowHistory, MergesOtherDevicesOnAThreadOfItsOwn) {
  testing::ScratchDir dir;
  std::filesystem::create_directories(dir / "sync");
  {
    auto peer = HistoryStore::open(dir / "sync" / "limber-peer.sqlite3");
    ASSERT_TRUE(peer);
    for (int i = 0; i < 2000; ++i) ASSERT_TRUE(peer->save_session(testing::a_session("peer-" + std::to_string(i))));
  }
  WindowHistory history;
  history.open(dir / "data", dir / "sync", std::chrono::system_clock::now());
  // The first call starts the merge and returns at once: the window draws on meanwhile.
  EXPECT_FALSE(history.finish_opening());
  EXPECT_TRUE(history.merging());
  EXPECT_TRUE(history.sessions().empty());
  bool merged = false;
  for (int i = 0; i < 3000 && !merged; ++i) {
    std::this_thread::sleep_for(10ms);
    merged = history.take_merge();
  }
  ASSERT_TRUE(merged);
  EXPECT_EQ(history.sessions().size(), 2000u);
  EXPECT_FALSE(history.merging());
}

TEST(WindowHistory, ACrampWhileAnotherProgramHoldsTheHistoryIsKeptAside) {
  testing::ScratchDir dir;
  WindowHistory history;
  history.open(dir / "data", std::nullopt, std::chrono::system_clock::now());
  Database holder(dir / "data" / "history.sqlite3");
  holder.exec("BEGIN EXCLUSIVE");
  const auto began = std::chrono::steady_clock::now();
  const auto recorded = history.record_cramp(make_cramp_event(std::chrono::system_clock::now(), Side::left));
  EXPECT_LT(std::chrono::steady_clock::now() - began, 3s) << "the rescue waited for the history";
  ASSERT_FALSE(recorded);
  EXPECT_NE(recorded.error().find("kept aside"), std::string::npos) << recorded.error();
  int kept = 0;
  for (const auto& entry : std::filesystem::directory_iterator(dir / "data" / "pending")) {
    kept += entry.path().filename().string().starts_with("cramp-") ? 1 : 0;
  }
  EXPECT_EQ(kept, 1);
  holder.exec("ROLLBACK");
}

}  // namespace
}  // namespace limber
