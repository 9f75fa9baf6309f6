#include "app/services/routine_pictures.hpp"

#include "core/base/translate.hpp"
#include "core/formats/small_file.hpp"
#include "core/formats/yaml_reader.hpp"
#include "core/pose/pose_loader.hpp"
#include "core/routine/routine_loader.hpp"
#include "platform/user_image.hpp"

namespace limber {

std::filesystem::path picture_path(const std::filesystem::path& routine_file, const std::string& image) {
  const std::filesystem::path given(image);
  return given.is_absolute() ? given : routine_file.parent_path() / given;
}

Diagnostics routine_picture_problems(const std::filesystem::path& routine_file) {
  // Read from the file's own YAML, not the routine model, so the pictures are checked even while
  // the routine has other problems: `limber check` says everything at once.
  Diagnostics problems;
  const auto text = read_small_file(routine_file, kMaxRoutineFileBytes, tr("a routine file"));
  if (!text) return problems;
  const auto document = read_yaml(*text);
  if (!document || !document->root().is_map()) return problems;
  for (const auto& [key, value] : document->root().pairs()) {
    if (key->scalar() != "exercises" || !value->is_sequence()) continue;
    for (const auto& exercise : value->items()) {
      if (!exercise->is_map()) continue;
      for (const auto& [k, v] : exercise->pairs()) {
        if (!v->is_scalar() || v->scalar().empty()) continue;
        if (k->scalar() == "image") {
          if (const auto checked = check_user_image(picture_path(routine_file, v->scalar())); !checked) {
            problems.push_back(Diagnostic{routine_file.string(), v->line(), v->column(), checked.error()});
          }
        } else if (k->scalar() == "pose" && is_pose_file_name(v->scalar())) {
          const auto loaded = load_pose_file(routine_file.parent_path() / v->scalar());
          if (!loaded) problems.insert(problems.end(), loaded.error().begin(), loaded.error().end());
        }
      }
    }
  }
  return problems;
}

}  // namespace limber
