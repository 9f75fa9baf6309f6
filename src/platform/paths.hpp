#pragma once
// Where Limber's files live on this machine: the user's data and config folders (XDG base
// directories) and the built-in routines (beside an installed binary, or in the source tree).

#include <filesystem>
#include <optional>
#include <string>

namespace limber {

// Where Limber itself is, for a link back to it (a calendar event's): a page's own address, without
// its query; "" on the desktop, where an app has no address.
[[nodiscard]] std::string app_address();

// `--data-dir` if given, else $LIMBER_DATA_DIR, else $XDG_DATA_HOME/limber, else ~/.local/share/limber.
// Relative XDG values are ignored, as the XDG spec says. nullopt when there is no home to put it in.
[[nodiscard]] std::optional<std::filesystem::path> resolve_data_dir(const std::string& override_dir);

// $XDG_CONFIG_HOME/limber, else ~/.config/limber.
[[nodiscard]] std::optional<std::filesystem::path> resolve_config_dir();

// $XDG_CACHE_HOME/limber, else ~/.cache/limber: what can be worked out again if lost.
[[nodiscard]] std::optional<std::filesystem::path> resolve_cache_dir();
// Where the user keeps documents: XDG_DOCUMENTS_DIR from ~/.config/user-dirs.dirs when that
// folder exists, else ~/Documents when it exists, else the home folder; none without HOME.
[[nodiscard]] std::optional<std::filesystem::path> resolve_documents_dir();
// The same for downloads (XDG_DOWNLOAD_DIR, else ~/Downloads); none when neither exists.
[[nodiscard]] std::optional<std::filesystem::path> resolve_downloads_dir();

// Built-in routines: <prefix>/share/limber/routines beside an installed binary, else the source tree's.
[[nodiscard]] std::filesystem::path builtin_routines_dir();

// The translations' catalogues (<dir>/<lang>/LC_MESSAGES/limber.mo): <prefix>/share/locale beside
// an installed binary, else the build tree's.
[[nodiscard]] std::filesystem::path translations_dir();
// Where built-in assets (sounds, fonts we ship) live, found the same way.
[[nodiscard]] std::filesystem::path builtin_assets_dir();

}  // namespace limber
