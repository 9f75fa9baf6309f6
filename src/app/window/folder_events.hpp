#pragma once
// The window's watches on the folders whose changes it shows: the routine folders (the library
// reads them again) and the sync folder (another device's history is merged). A change arrives
// as an SDL event, so the loop sleeps until there is one. Where folders cannot be watched, the
// loop looks at them on a timer instead (watching() says which).

#include <SDL.h>

#include <filesystem>
#include <memory>
#include <optional>
#include <vector>

#include "platform/folder_watch.hpp"

namespace limber {

class FolderEvents {
 public:
  // Call once SDL's events are running.
  void start(const std::vector<std::filesystem::path>& routine_folders, const std::optional<std::filesystem::path>& sync_folder);

  [[nodiscard]] bool watching_routines() const { return routines_ != nullptr; }
  [[nodiscard]] bool watching_sync() const { return sync_ != nullptr; }

  // Whether `event` is one of these; then routines_changed() / sync_changed() say what it told.
  bool take(const SDL_Event& event);
  // Each true once per change told, until asked.
  [[nodiscard]] bool routines_changed() { return std::exchange(routines_changed_, false); }
  [[nodiscard]] bool sync_changed() { return std::exchange(sync_changed_, false); }

 private:
  Uint32 event_type_ = static_cast<Uint32>(-1);
  std::unique_ptr<FolderWatch> routines_;
  std::unique_ptr<FolderWatch> sync_;
  bool routines_changed_ = false;
  bool sync_changed_ = false;
};

}  // namespace limber
