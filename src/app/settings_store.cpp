#include "app/settings_store.hpp"

#include <fcntl.h>
#include <unistd.h>

#include <algorithm>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>

namespace limber {

bool write_file_atomically(const std::filesystem::path& path, const std::string& text) {
  std::error_code ec;
  std::filesystem::create_directories(path.parent_path(), ec);
  const std::filesystem::path temporary = path.string() + ".tmp";
  const int fd = ::open(temporary.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0644);
  if (fd < 0) return false;
  std::size_t written = 0;
  while (written < text.size()) {
    const ssize_t n = ::write(fd, text.data() + written, text.size() - written);
    if (n <= 0) break;
    written += static_cast<std::size_t>(n);
  }
  const bool ok = written == text.size() && ::fsync(fd) == 0;
  ::close(fd);
  if (!ok || ::rename(temporary.c_str(), path.c_str()) != 0) {
    ::unlink(temporary.c_str());
    return false;
  }
  const int dir = ::open(path.parent_path().c_str(), O_RDONLY | O_DIRECTORY | O_CLOEXEC);
  if (dir >= 0) {
    ::fsync(dir);
    ::close(dir);
  }
  return true;
}

AppSettings load_settings(const std::optional<std::filesystem::path>& config_dir) {
  AppSettings settings;
  if (!config_dir) return settings;
  std::ifstream in(*config_dir / "settings.json");
  if (!in) return settings;
  const nlohmann::json json = nlohmann::json::parse(in, nullptr, /*allow_exceptions=*/false);
  if (!json.is_object()) return settings;
  // A value of the wrong type (edited by hand) falls back to the default, never throws.
  const auto read = [&json](const char* key, auto fallback) {
    const auto found = json.find(key);
    if (found == json.end()) return fallback;
    if constexpr (std::is_same_v<decltype(fallback), bool>) {
      return found->is_boolean() ? found->template get<bool>() : fallback;
    } else if constexpr (std::is_same_v<decltype(fallback), int>) {
      return found->is_number_integer() ? found->template get<int>() : fallback;
    } else {
      return found->is_string() ? found->template get<std::string>() : fallback;
    }
  };
  settings.fullscreen = read("fullscreen", settings.fullscreen);
  settings.theme = read("theme", settings.theme);
  settings.volume = std::clamp(read("volume", settings.volume), 0, 100);
  settings.muted = read("muted", settings.muted);
  settings.weekly_goal_days = std::clamp(read("weekly_goal_days", settings.weekly_goal_days), 1, 7);
  if (const auto reps = json.find("reps"); reps != json.end() && reps->is_object()) {
    for (const auto& [name, value] : reps->items()) {
      if (value.is_number_integer()) settings.reps_by_routine[name] = value.get<int>();
    }
  }
  return settings;
}

bool save_settings(const std::optional<std::filesystem::path>& config_dir, const AppSettings& settings) {
  if (!config_dir) return false;
  const nlohmann::json json = {
      {"fullscreen", settings.fullscreen}, {"theme", settings.theme}, {"volume", settings.volume},
      {"muted", settings.muted},           {"reps", settings.reps_by_routine},
      {"weekly_goal_days", settings.weekly_goal_days},
  };
  return write_file_atomically(*config_dir / "settings.json", json.dump(2) + "\n");
}

}  // namespace limber
