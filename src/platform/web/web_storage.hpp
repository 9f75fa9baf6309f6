#pragma once
// The page's files. What Limber ships (routines, poses, sounds, fonts, translations) is packed
// into the page, read-only, under kPackedRoot. The user's data folder and settings live under
// kPersistentRoot, in the browser's IndexedDB (Emscripten's IDBFS): loaded once before the app
// opens, and written back whenever something there changed, so a closed tab or a crash loses at
// most the last moments (a reload, a browser restart and a week away keep the rest).

namespace limber {

inline constexpr const char* kPackedRoot = "/limber";
inline constexpr const char* kPersistentRoot = "/limber-storage";

// Mounts IndexedDB at kPersistentRoot and reads it in; `ready` runs once it is there (or once the
// browser refused: a private window may have no IndexedDB, and the page then keeps its data for
// the visit only, which `storage_is_persistent` tells).
void open_persistent_storage(void (*ready)());
[[nodiscard]] bool storage_is_persistent();

// Writes what changed under kPersistentRoot to IndexedDB. One write runs at a time; a request
// during one makes one more after it. Cheap when nothing changed (the files' times are compared).
void save_persistent_storage();
// Whether a write is running or waiting (a test waits for none before it reloads the page).
[[nodiscard]] bool storage_saving();

}  // namespace limber
