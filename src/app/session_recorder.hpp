#pragma once
// Records a running session in the history store as it goes: a row when it starts (in progress),
// updated at every phase change, finished when it ends. A crash loses at most the running phase.

#include <filesystem>
#include <memory>
#include <optional>

#include "app/app_context.hpp"
#include "core/history_store.hpp"
#include "core/session_engine.hpp"

namespace limber {

class SessionRecorder {
 public:
  // The store in the data folder, or null (with one notice on stderr) when it cannot be used:
  // sessions then run unrecorded rather than not at all.
  [[nodiscard]] static std::unique_ptr<SessionRecorder> open(const std::optional<std::filesystem::path>& data_dir);

  void start(const ResolvedRoutine& routine, const Plan& plan, std::optional<int> reps);
  void update(const SessionEngine& engine, Nanos now);

 private:
  explicit SessionRecorder(HistoryStore store) : store_(std::move(store)) {}
  void save();

  HistoryStore store_;
  SessionRecord record_;
  bool failed_ = false;  // said once; then quiet
};

}  // namespace limber
