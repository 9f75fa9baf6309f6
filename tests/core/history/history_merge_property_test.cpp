// The sync's merge rules as a property, on real history files: seeded random interleavings of
// diary edits and deletions, ticks, new sessions, deletions and undos on two or three devices
// with clocks up to ten years fast or slow, merged in random order at random moments, then merged
// all round. Every device must end with the same history, each night, tick and session as the
// causally last change to it left it (the change with the latest hybrid time, which orders every
// change after all it had seen), and no session may be gone unless its last change deleted it.
#include <fmt/format.h>
#include <gtest/gtest.h>

#include <map>
#include <random>
#include <set>

#include "core/formats/sqlite.hpp"
#include "core/history/history_store.hpp"
#include "support/fixtures.hpp"
#include "support/history_records.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

constexpr std::array kSkews{-87'600h, -1h, 0h, 3h, 87'600h};  // ten years slow .. ten years fast
constexpr std::array kNights{"2026-11-01", "2026-11-02", "2026-11-03", "2026-11-04"};
constexpr std::array kThings{"magnesium", "water"};

struct Device {
  Device(std::filesystem::path path, WallTime start) : file(std::move(path)), clock(start) {}
  std::filesystem::path file;
  ManualWallClock clock;
  std::optional<HistoryStore> store;
  std::set<std::string> sessions_known;  // uuids this device has seen
};

// What one change set, at its hybrid time: the later time's value is what every device must keep.
struct Change {
  std::string time;
  std::string value;
};

class MergeProperty {
 public:
  explicit MergeProperty(unsigned seed) : rng_(seed) {}

  void run(int steps) {
    const int devices = 2 + static_cast<int>(rng_() % 2);
    const auto base = std::chrono::system_clock::from_time_t(1'795'000'000);  // late 2026
    for (int d = 0; d < devices; ++d) {
      auto& device = *devices_.emplace_back(
          std::make_unique<Device>(dir_ / fmt::format("d{}.sqlite3", d), base + kSkews[rng_() % kSkews.size()]));
      auto opened = HistoryStore::open(device.file);
      ASSERT_TRUE(opened) << opened.error().message;
      device.store.emplace(std::move(opened.value()));
      device.store->use_clock(device.clock);
      ASSERT_TRUE(device.store->set_device(fmt::format("device-{}", d)));
    }
    for (int step = 0; step < steps; ++step) {
      Device& d = *devices_[rng_() % devices_.size()];
      d.clock.advance(std::chrono::milliseconds(rng_() % 1500));  // often within one second
      act(d);
    }
    // Everyone merges everyone, twice round.
    for (int round = 0; round < 2; ++round) {
      for (auto& d : devices_) {
        for (const auto& e : devices_) {
          if (d != e) merge(*d, *e);
        }
      }
    }
    check();
  }

 private:
  void act(Device& d) {
    const std::string night = kNights[rng_() % kNights.size()];
    switch (rng_() % 7) {
      case 0:
      case 1: {
        const int cramps = static_cast<int>(rng_() % 4);
        const std::string note = fmt::format("op{}", ++ops_);
        ASSERT_TRUE(d.store->save_diary_entry({night, cramps, cramps > 0 ? 5 : 0, note}));
        note_change("night " + night, d, "SELECT hlc FROM diary WHERE date = ?1", night, note);
        break;
      }
      case 2:
        if (*d.store->delete_diary_entry(night)) note_change("night " + night, d, "SELECT hlc FROM diary WHERE date = ?1", night, "deleted");
        break;
      case 3: {
        const std::string thing = kThings[rng_() % kThings.size()];
        const bool done = rng_() % 2 == 0;
        ASSERT_TRUE(d.store->set_tried(night, thing, done));
        note_change("tick " + night + " " + thing, d, "SELECT hlc FROM tried WHERE date = ?1 AND item = '" + thing + "'",
                    night, done ? "done" : "not done");
        break;
      }
      case 4: {
        const std::string uuid = fmt::format("session-{}", ++sessions_);
        ASSERT_TRUE(d.store->save_session(testing::a_session(uuid)));
        d.sessions_known.insert(uuid);
        changes_["session " + uuid].push_back({"", "kept"});  // new: kept until a change deletes it
        break;
      }
      case 5:
      case 6: {
        if (d.sessions_known.empty()) break;
        auto pick = d.sessions_known.begin();
        std::advance(pick, static_cast<long>(rng_() % d.sessions_known.size()));
        const std::string uuid = *pick;
        // Delete it if it shows, else undo its deletion.
        const auto shown = d.store->sessions();
        const bool showing = std::any_of(shown->begin(), shown->end(), [&](const SessionRecord& s) { return s.uuid == uuid; });
        ASSERT_TRUE(showing ? d.store->delete_session(uuid) : d.store->restore_session(uuid));
        note_change("session " + uuid, d, "SELECT state_hlc FROM sessions WHERE uuid = ?1", uuid, showing ? "deleted" : "kept");
        break;
      }
    }
    if (rng_() % 3 == 0) {
      Device& other = *devices_[rng_() % devices_.size()];
      if (&other != &d) merge(d, other);
    }
  }

  void merge(Device& into, const Device& from) {
    const auto merged = into.store->import_from(from.file);
    ASSERT_TRUE(merged) << merged.error();
    const auto sessions = into.store->sessions();
    ASSERT_TRUE(sessions) << sessions.error();
    for (const SessionRecord& s : *sessions) into.sessions_known.insert(s.uuid);
    // (Deleted sessions it learnt of are known too: an undo may restore them.)
    Database db(into.file, Database::Mode::read_only);
    Statement all = db.prepare("SELECT uuid FROM sessions");
    while (all.step()) into.sessions_known.insert(all.text(0));
  }

  void note_change(const std::string& key, Device& d, const std::string& query, const std::string& arg, const std::string& value) {
    Database db(d.file, Database::Mode::read_only);
    Statement time = db.prepare(query);
    time.bind(1, arg);
    ASSERT_TRUE(time.step()) << key;
    changes_[key].push_back({time.text(0), value});
  }

  void check() {
    const auto state_of = [](Device& d) {
      std::map<std::string, std::string> state;
      const auto diary = d.store->diary();
      const auto tried = d.store->tried();
      const auto sessions = d.store->sessions();
      if (!diary || !tried || !sessions) return state;
      for (const DiaryEntry& e : *diary) state["night " + e.date] = e.note;
      for (const auto& [date, things] : *tried) {
        for (const std::string& thing : things) state["tick " + date + " " + thing] = "done";
      }
      for (const SessionRecord& s : *sessions) state["session " + s.uuid] = "kept";
      return state;
    };
    const auto first = state_of(*devices_.front());
    for (auto& d : devices_) EXPECT_EQ(state_of(*d), first) << "the devices disagree";
    // Each thing as its change with the latest hybrid time left it.
    for (const auto& [key, changes] : changes_) {
      const auto last = std::max_element(changes.begin(), changes.end(),
                                         [](const Change& a, const Change& b) { return a.time < b.time; });
      const auto found = first.find(key);
      const std::string now = found == first.end() ? "" : found->second;
      if (key.starts_with("night ")) {
        EXPECT_EQ(now, last->value == "deleted" ? "" : last->value) << key;
      } else if (key.starts_with("tick ")) {
        EXPECT_EQ(now, last->value == "done" ? "done" : "") << key;
      } else {
        EXPECT_EQ(now, last->value == "kept" ? "kept" : "") << key << ": a session lost (or kept) against its last change";
      }
    }
  }

  std::mt19937 rng_;
  testing::ScratchDir dir_;
  std::vector<std::unique_ptr<Device>> devices_;
  std::map<std::string, std::vector<Change>> changes_;
  int ops_ = 0;
  int sessions_ = 0;
};

TEST(HistoryMergeProperty, AnyInterleavingMergedInAnyOrderEndsTheSameEverywhere) {
  for (unsigned seed = 1; seed <= 40; ++seed) {
    SCOPED_TRACE(fmt::format("seed {}", seed));
    MergeProperty(seed).run(40);
    if (HasFailure()) break;  // one seed's story is enough to read
  }
}

}  // namespace
}  // namespace limber
