#include "platform/web/web_storage.hpp"

#include <emscripten.h>

namespace limber {
namespace {

void (*g_ready)() = nullptr;
bool g_persistent = false;

// Mounts IndexedDB at `root` and reads it in, then calls limber_storage_loaded(1), or (0) when the
// browser gives no IndexedDB (a private window may not): the data then lasts for the visit.
EM_JS(void, limber_mount_storage, (const char* root_text), {
  const root = UTF8ToString(root_text);
  FS.mkdir(root);
  Module.limberStorage = {saving : false, again : false};
  try {
    FS.mount(IDBFS, {}, root);
  } catch (e) {
    console.warn('Limber: no IndexedDB here (' + e + '); the data lasts for this visit only');
    Module._limber_storage_loaded(0);
    return;
  }
  FS.syncfs(true, function(error) {
    if (error) console.warn('Limber: IndexedDB could not be read (' + error + '); the data lasts for this visit only');
    Module._limber_storage_loaded(error ? 0 : 1);
  });
});

// One FS.syncfs at a time; a request while one runs makes one more after it.
EM_JS(void, limber_save_storage, (), {
  const storage = Module.limberStorage;
  if (storage.saving) {
    storage.again = true;
    return;
  }
  const save = function() {
    storage.saving = true;
    storage.again = false;
    FS.syncfs(false, function(error) {
      if (error) console.error('Limber: IndexedDB refused a write: ' + error);
      storage.saving = false;
      if (storage.again) save();
    });
  };
  save();
});

EM_JS(int, limber_storage_busy, (), {
  const storage = Module.limberStorage;
  return storage && (storage.saving || storage.again) ? 1 : 0;
});

}  // namespace

extern "C" EMSCRIPTEN_KEEPALIVE void limber_storage_loaded(int persistent) {
  g_persistent = persistent != 0;
  if (g_ready) g_ready();
}

void open_persistent_storage(void (*ready)()) {
  g_ready = ready;
  limber_mount_storage(kPersistentRoot);
}

bool storage_is_persistent() { return g_persistent; }

void save_persistent_storage() {
  if (g_persistent) limber_save_storage();
}

bool storage_saving() { return limber_storage_busy() != 0; }

}  // namespace limber
