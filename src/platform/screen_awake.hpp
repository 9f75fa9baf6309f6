#pragma once
// Keeps the screen on while a session or the night rescue runs, and lets it sleep after: on the
// desktop SDL's screen-saver switch; in a browser the Screen Wake Lock API, asked again each time
// the page comes back into view (a browser lets the lock go whenever the page is hidden).

namespace limber {

void keep_screen_awake(bool on);

}  // namespace limber
