#include "app/services/pose_library.hpp"

#include <fmt/format.h>

#include <cstdio>
#include <map>
#include <mutex>
#include <optional>
#include <string>

#include "core/pose/pose_loader.hpp"
#include "platform/paths.hpp"

namespace limber {

const Pose* find_builtin_pose(std::string_view name) {
  static std::mutex mutex;
  static std::map<std::string, Pose, std::less<>> poses;
  static bool loaded = false;
  const std::lock_guard lock(mutex);
  if (!loaded) {
    loaded = true;
    const auto folder = builtin_assets_dir() / "poses";
    for (const std::string_view builtin : kBuiltInPoses) {
      auto pose = load_pose_file(folder / (std::string(builtin) + ".yaml"));
      if (pose) {
        poses.emplace(std::string(builtin), std::move(pose.value()));
      } else {
        for (const Diagnostic& d : pose.error()) fmt::print(stderr, "limber: {}\n", format_diagnostic(d));
      }
    }
  }
  const auto found = poses.find(name);
  return found == poses.end() ? nullptr : &found->second;
}

const Pose* find_pose(const std::filesystem::path& routine_file, std::string_view pose) {
  if (!is_pose_file_name(pose)) return find_builtin_pose(pose);
  if (routine_file.empty()) return nullptr;
  const std::filesystem::path file = routine_file.parent_path() / std::string(pose);
  static std::mutex mutex;
  static std::map<std::filesystem::path, std::optional<Pose>> own;
  const std::lock_guard lock(mutex);
  auto found = own.find(file);
  if (found == own.end()) {
    auto loaded = load_pose_file(file);
    if (!loaded) {
      for (const Diagnostic& d : loaded.error()) fmt::print(stderr, "limber: {}\n", format_diagnostic(d));
    }
    found = own.emplace(file, loaded ? std::optional<Pose>(std::move(loaded.value())) : std::nullopt).first;
  }
  return found->second ? &*found->second : nullptr;
}

}  // namespace limber
