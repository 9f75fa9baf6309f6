// The sync folder (history_sync.hpp): two data folders, each its own device, sharing one folder,
// with the real `limber` binary and real SQLite files.
#include "app/services/history_sync.hpp"

#include <fmt/format.h>
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <nlohmann/json.hpp>
#include <set>

#include "core/formats/sqlite.hpp"
#include "support/fixtures.hpp"
#include "support/history_records.hpp"
#include "support/run_command.hpp"

namespace limber {
namespace {

using ::testing::HasSubstr;
using testing::CommandResult;
using testing::shell_quote;

// One device: a data folder and a config folder of its own.
struct Device {
  testing::ScratchDir data;
  testing::ScratchDir config;
  [[nodiscard]] std::string environment() const {
    return "LIMBER_DATA_DIR=" + shell_quote(data.path().string()) +
           " XDG_CONFIG_HOME=" + shell_quote(config.path().string());
  }
  CommandResult limber(const std::vector<std::string>& args) const {
    return testing::run_command(LIMBER_BINARY, args, environment());
  }
  // The same command, as a line of shell to run alongside another device's.
  [[nodiscard]] std::string shell(const std::vector<std::string>& args) const {
    std::string line = environment() + " " + shell_quote(LIMBER_BINARY);
    for (const auto& arg : args) line += " " + shell_quote(arg);
    return line;
  }
  nlohmann::json json(const std::vector<std::string>& args) const {
    const CommandResult result = limber(args);
    EXPECT_EQ(result.exit_code, 0) << result.err;
    return nlohmann::json::parse(result.out);
  }
};

class HistorySyncCli : public ::testing::Test {
 protected:
  void SetUp() override {
    testing::write_file(routine_, "limber: 1\nname: Blink\nget_ready: 0s\nexercises:\n  - {name: Blink, duration: 1s}\n");
    for (const Device* device : {&pc_, &tablet_}) {
      const CommandResult result = device->limber({"sync", "--folder", folder_.path().string()});
      ASSERT_EQ(result.exit_code, 0) << result.err;
    }
  }
  [[nodiscard]] std::vector<std::string> session() const { return {"run", routine_.string(), "--headless", "--mute"}; }

  testing::ScratchDir folder_;
  testing::ScratchDir work_;
  std::filesystem::path routine_ = work_ / "blink.yaml";
  Device pc_;
  Device tablet_;
};

TEST_F(HistorySyncCli, TwoDevicesTakingTurnsAndWorkingAtOnceEndWithTheSameHistory) {
  // Turns: each device's change reaches the other at its next command.
  ASSERT_EQ(pc_.limber(session()).exit_code, 0);
  ASSERT_EQ(pc_.limber({"diary", "add", "--date", "2026-11-20", "--cramps", "2", "--severity", "5"}).exit_code, 0);
  ASSERT_EQ(tablet_.limber(session()).exit_code, 0);
  ASSERT_EQ(tablet_.json({"history", "--json"}).size(), 2u);
  ASSERT_EQ(tablet_.limber({"diary", "add", "--date", "2026-11-21", "--cramps", "0"}).exit_code, 0);
  ASSERT_EQ(pc_.limber({"diary", "delete", "--date", "2026-11-20"}).exit_code, 0);

  // At once: both run a session and write the same night, three times over.
  for (int round = 0; round < 3; ++round) {
    const std::string night = fmt::format("2026-11-2{}", 2 + round);
    std::string script;
    for (const Device* device : {&pc_, &tablet_}) {
      script += "(" + device->shell(session()) + " >/dev/null 2>&1 || echo run failed; " +
                device->shell({"diary", "add", "--date", night, "--cramps", device == &pc_ ? "1" : "3", "--note",
                               device == &pc_ ? "pc" : "tablet"}) +
                " >/dev/null 2>&1 || echo diary failed) & ";
    }
    script += "wait";
    const CommandResult result = testing::run_command("/bin/sh", {"-c", script});
    EXPECT_EQ(result.out, "") << "round " << round;
  }

  // Each merges the other's last changes: pc, tablet, pc.
  for (const Device* device : {&pc_, &tablet_, &pc_}) {
    const CommandResult result = device->limber({"sync"});
    ASSERT_EQ(result.exit_code, 0) << result.err;
  }
  // Sessions started in the same second may be listed in either order: compared by uuid.
  const auto by_uuid = [](nlohmann::json sessions) {
    std::sort(sessions.begin(), sessions.end(), [](const auto& a, const auto& b) { return a["uuid"] < b["uuid"]; });
    return sessions;
  };
  const auto pc_sessions = by_uuid(pc_.json({"history", "--json"}));
  const auto tablet_sessions = by_uuid(tablet_.json({"history", "--json"}));
  std::set<std::string> uuids;
  for (const auto& s : pc_sessions) uuids.insert(s["uuid"].get<std::string>());
  EXPECT_EQ(pc_sessions.size(), 8u);  // 2 in turns, 6 at once
  EXPECT_EQ(uuids.size(), 8u);        // nothing twice
  EXPECT_EQ(pc_sessions, tablet_sessions);
  for (const auto& s : pc_sessions) EXPECT_EQ(s["status"], "completed");
  const auto pc_diary = pc_.json({"diary", "--json"});
  EXPECT_EQ(pc_diary, tablet_.json({"diary", "--json"}));
  ASSERT_EQ(pc_diary.size(), 4u);  // the 20th deleted; the 21st; one entry for each night written at once
  EXPECT_EQ(pc_diary[0]["date"], "2026-11-21");
}

TEST_F(HistorySyncCli, SyncSaysWhatItDidAndOffStopsIt) {
  ASSERT_EQ(tablet_.limber(session()).exit_code, 0);
  const CommandResult synced = pc_.limber({"sync"});
  ASSERT_EQ(synced.exit_code, 0) << synced.err;
  EXPECT_THAT(synced.out, HasSubstr("From 1 other device: 1 new session."));
  EXPECT_THAT(synced.out, HasSubstr("This device's history is in " + folder_.path().string() + "/limber-"));
  EXPECT_THAT(pc_.limber({"sync"}).out, HasSubstr("Nothing new from other devices: no file of theirs changed since the last sync."));

  const CommandResult off = pc_.limber({"sync", "--off"});
  EXPECT_THAT(off.out, HasSubstr("Syncing is off."));
  ASSERT_EQ(tablet_.limber(session()).exit_code, 0);
  EXPECT_EQ(pc_.json({"history", "--json"}).size(), 1u);  // the tablet's second session stays there
  const CommandResult again = pc_.limber({"sync"});
  EXPECT_EQ(again.exit_code, 2);
  EXPECT_THAT(again.err, HasSubstr("no sync folder is set"));
  EXPECT_THAT(pc_.limber({"sync", "--folder", (work_ / "missing").string()}).err, HasSubstr("is not a folder"));
}

// A file the sync tool has only half copied is skipped, said, and merged once it is whole; this
// device's own file is never read back.
TEST(HistorySync, AHalfCopiedFileWaitsAndIsReadOnceWhole) {
  testing::ScratchDir folder;
  testing::ScratchDir tablet_data;
  testing::ScratchDir pc_data;
  auto tablet = HistoryStore::open(tablet_data / "history.sqlite3");
  ASSERT_TRUE(tablet->save_session(testing::a_session("from-the-tablet")));
  HistorySync tablet_sync(folder.path(), tablet_data.path());
  const auto whole = tablet_sync.publish(*tablet);
  ASSERT_TRUE(whole) << whole.error();
  const std::string bytes = testing::read_file(*whole);
  testing::write_file(*whole, bytes.substr(0, bytes.size() / 3));

  auto pc = HistoryStore::open(pc_data / "history.sqlite3");
  HistorySync pc_sync(folder.path(), pc_data.path());
  ASSERT_TRUE(pc_sync.publish(*pc));
  EXPECT_TRUE(pc_sync.changed());
  const auto first = pc_sync.merge(*pc);
  ASSERT_TRUE(first) << first.error();
  EXPECT_EQ(first->files_read, 0);
  ASSERT_EQ(first->set_aside.size(), 1u);
  EXPECT_THAT(sync_report_text(*first), HasSubstr("Set aside until it changes"));
  EXPECT_TRUE(pc->sessions()->empty());

  testing::write_file(*whole, bytes);  // the copy finishes
  EXPECT_TRUE(pc_sync.changed());
  const auto second = pc_sync.merge(*pc);
  ASSERT_TRUE(second) << second.error();
  EXPECT_EQ(second->files_read, 1);
  EXPECT_EQ(second->merged.sessions_added, 1);
  EXPECT_FALSE(pc_sync.changed());
  EXPECT_EQ(device_id(pc_data.path()).value(), device_id(pc_data.path()).value());  // kept
  EXPECT_NE(device_id(pc_data.path()).value(), device_id(tablet_data.path()).value());
}

}  // namespace
}  // namespace limber
