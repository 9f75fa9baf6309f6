#pragma once
// What this build's platform can do where the desktop and the browser differ, so the screens
// leave out or say plainly what cannot be done here rather than offer it and fail.

namespace limber {

struct PlatformAbilities {
  bool quit = true;                   // a program closes itself; a page is closed with its tab
  bool reminders_when_closed = true;  // systemd's timers (or cron) start Limber; a closed page starts nothing
  bool sync_folder = true;            // a folder another device's files arrive in; a page has none
  bool pdf_report = true;             // Cairo writes the report; the browser build has no Cairo
  bool browse_files = true;           // folders to look in and paths to type; a page sees only what the user picks
};

// desktop/abilities.cpp: all of them; web/abilities.cpp: what a page can do.
[[nodiscard]] const PlatformAbilities& platform_abilities();

}  // namespace limber
