#include "app/window/folder_events.hpp"

#include <fmt/format.h>

#include <cstdio>

#include "core/base/translate.hpp"

namespace limber {
namespace {

enum Which { kRoutines = 1, kSync = 2 };

}  // namespace

void FolderEvents::start(const std::vector<std::filesystem::path>& routine_folders,
                         const std::optional<std::filesystem::path>& sync_folder) {
  event_type_ = SDL_RegisterEvents(1);
  if (event_type_ == static_cast<Uint32>(-1)) return;
  const auto tell = [type = event_type_](int which) {
    return [type, which] {
      SDL_Event event{};
      event.type = type;
      event.user.code = which;
      SDL_PushEvent(&event);  // thread-safe: this runs on the watch's thread
    };
  };
  auto routines = FolderWatch::start(routine_folders, tell(kRoutines));
  if (routines) {
    routines_ = std::move(routines.value());
  } else {
    fmt::print(stderr, "{}", format(tr("limber: the routine folders cannot be watched ({0}); looking every second instead.\n"),
               routines.error()));
  }
  if (!sync_folder) return;
  auto sync = FolderWatch::start({*sync_folder}, tell(kSync));
  if (sync) {
    sync_ = std::move(sync.value());
  } else {
    fmt::print(stderr, "{}", format(tr("limber: the sync folder cannot be watched ({0}); looking every 10 seconds instead.\n"), sync.error()));
  }
}

bool FolderEvents::take(const SDL_Event& event) {
  if (event.type != event_type_) return false;
  if (event.user.code == kRoutines) routines_changed_ = true;
  if (event.user.code == kSync) sync_changed_ = true;
  return true;
}

}  // namespace limber
