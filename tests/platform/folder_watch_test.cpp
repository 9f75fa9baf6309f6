#include "platform/folder_watch.hpp"

#include <gtest/gtest.h>

#include <chrono>
#include <condition_variable>
#include <fstream>
#include <mutex>

#include "support/fixtures.hpp"

namespace limber {
namespace {

using namespace std::chrono_literals;

// Counts the watch's calls; wait_for() returns once there have been `n` (or the limit passed).
class Calls {
 public:
  FolderWatch::Callback callback() {
    return [this] {
      const std::lock_guard lock(mutex_);
      ++count_;
      changed_.notify_all();
    };
  }
  int wait_for(int n, std::chrono::milliseconds limit = 3s) {
    std::unique_lock lock(mutex_);
    changed_.wait_for(lock, limit, [&] { return count_ >= n; });
    return count_;
  }

 private:
  std::mutex mutex_;
  std::condition_variable changed_;
  int count_ = 0;
};

void write(const std::filesystem::path& path, const std::string& text) { std::ofstream(path) << text; }

TEST(FolderWatch, TellsOfAFileAddedChangedAndRemovedOncePerBurst) {
  testing::ScratchDir dir;
  Calls calls;
  // A burst of a second: CI's busy machines have been seen to stall the test's three writes for
  // more than the app's 100 ms.
  constexpr int kBurstMs = 1000;
  auto watch = FolderWatch::start({dir.path()}, calls.callback(), kBurstMs);
  ASSERT_TRUE(watch) << watch.error();
  EXPECT_EQ(calls.wait_for(1, 300ms), 0) << "nothing changed yet";

  // An editor's save: several events close together, told once.
  write(dir.path() / "a.yaml", "name: A\n");
  write(dir.path() / "a.yaml.tmp", "name: A2\n");
  std::filesystem::rename(dir.path() / "a.yaml.tmp", dir.path() / "a.yaml");
  EXPECT_EQ(calls.wait_for(1, 5s), 1);
  EXPECT_EQ(calls.wait_for(2, 1500ms), 1) << "one burst, one call";

  std::filesystem::remove(dir.path() / "a.yaml");
  EXPECT_EQ(calls.wait_for(2, 5s), 2);
}

TEST(FolderWatch, AFolderThatDoesNotExistYetIsWatchedOnceItAppears) {
  testing::ScratchDir dir;
  const auto routines = dir.path() / "data" / "routines";
  Calls calls;
  auto watch = FolderWatch::start({routines}, calls.callback());
  ASSERT_TRUE(watch) << watch.error();

  std::filesystem::create_directories(routines);
  const int after_creating = calls.wait_for(1);
  EXPECT_GE(after_creating, 1);
  calls.wait_for(after_creating + 1, 300ms);  // let the creation's burst end

  const int before = calls.wait_for(0, 0ms);
  write(routines / "mine.yaml", "name: Mine\n");
  EXPECT_EQ(calls.wait_for(before + 1), before + 1) << "a file in the new folder is told";
}

TEST(FolderWatch, StopsPromptlyWhenDestroyed) {
  testing::ScratchDir dir;
  Calls calls;
  const auto start = std::chrono::steady_clock::now();
  {
    auto watch = FolderWatch::start({dir.path()}, calls.callback());
    ASSERT_TRUE(watch);
  }
  EXPECT_LT(std::chrono::steady_clock::now() - start, 1s);
}

}  // namespace
}  // namespace limber
