#include "platform/screen_awake.hpp"

#include <emscripten.h>

namespace limber {
namespace {

// Module.limberWakeLock says what is wanted and what the browser granted (tests/web reads it).
EM_JS(void, limber_keep_page_awake, (int on), {
  const lock = Module.limberWakeLock || (Module.limberWakeLock = {wanted: false, held: false, sentinel: null, asking: false,
    refused: "", listening: false});
  lock.wanted = on !== 0;
  const ask = function() {
    if (!lock.wanted || lock.sentinel || lock.asking || document.visibilityState !== 'visible') return;
    if (!('wakeLock' in navigator)) {
      lock.refused = "this browser has no Screen Wake Lock";
      return;
    }
    lock.asking = true;
    navigator.wakeLock.request('screen').then(function(sentinel) {
      lock.asking = false;
      if (!lock.wanted) {
        sentinel.release();
        return;
      }
      lock.sentinel = sentinel;
      lock.held = true;
      sentinel.addEventListener('release', function() {
        lock.sentinel = null;
        lock.held = false;
      });
    }, function(error) {
      lock.asking = false;
      lock.refused = String(error);
    });
  };
  if (!lock.listening) {
    lock.listening = true;
    document.addEventListener('visibilitychange', ask);
  }
  if (lock.wanted) {
    ask();
  } else if (lock.sentinel) {
    lock.sentinel.release();
    lock.sentinel = null;
    lock.held = false;
  }
});

}  // namespace

void keep_screen_awake(bool on) { limber_keep_page_awake(on ? 1 : 0); }

}  // namespace limber
