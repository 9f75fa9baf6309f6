#include "app/services/routine_pictures.hpp"


#include "core/base/translate.hpp"
#include "core/formats/small_file.hpp"
#include "core/formats/yaml_reader.hpp"
#include "core/pose/pose_loader.hpp"
#include "core/routine/routine_loader.hpp"
#include "platform/user_image.hpp"

namespace limber {
namespace {

// Where exercise `index`'s `image:` value is in the file, found again in its text (the routine
// model keeps no positions).
std::pair<int, int> image_position(const std::filesystem::path& file, std::size_t index) {
  const auto text = read_small_file(file, kMaxRoutineFileBytes, tr("a routine file"));
  if (!text) return {1, 1};
  const auto document = read_yaml(*text);
  if (!document || !document->root().is_map()) return {1, 1};
  for (const auto& [key, value] : document->root().pairs()) {
    if (key->scalar() != "exercises" || !value->is_sequence() || index >= value->items().size()) continue;
    const YamlNode& exercise = *value->items()[index];
    if (!exercise.is_map()) break;
    for (const auto& [k, v] : exercise.pairs()) {
      if (k->scalar() == "image") return {v->line(), v->column()};
    }
  }
  return {1, 1};
}

}  // namespace

std::filesystem::path picture_path(const std::filesystem::path& routine_file, const std::string& image) {
  const std::filesystem::path given(image);
  return given.is_absolute() ? given : routine_file.parent_path() / given;
}

Diagnostics routine_picture_problems(const std::filesystem::path& routine_file, const Routine& routine) {
  Diagnostics problems;
  for (std::size_t i = 0; i < routine.exercises.size(); ++i) {
    const std::string& pose = routine.exercises[i].pose;
    if (is_pose_file_name(pose)) {
      const auto loaded = load_pose_file(routine_file.parent_path() / pose);
      if (!loaded) problems.insert(problems.end(), loaded.error().begin(), loaded.error().end());
    }
    const std::string& image = routine.exercises[i].image;
    if (image.empty()) continue;
    if (const auto checked = check_user_image(picture_path(routine_file, image)); !checked) {
      const auto [line, column] = image_position(routine_file, i);
      problems.push_back(Diagnostic{routine_file.string(), line, column, checked.error()});
    }
  }
  return problems;
}

}  // namespace limber
