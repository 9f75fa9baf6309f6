#include "core/routine/tag_words.hpp"

#include "core/base/translate.hpp"

namespace limber {

std::string tag_label(std::string_view tag) {
  // The English word is the key in the file; its label is looked up when shown, so a change of
  // language shows at once.
  if (tag == "morning") return trc("a routine's tag", "morning");
  if (tag == "evening") return trc("a routine's tag", "evening");
  if (tag == "bedtime") return trc("a routine's tag", "bedtime");
  if (tag == "night") return trc("a routine's tag", "night");
  if (tag == "calves") return trc("a routine's tag", "calves");
  if (tag == "hamstrings") return trc("a routine's tag", "hamstrings");
  if (tag == "massage") return trc("a routine's tag", "massage");
  if (tag == "breathing") return trc("a routine's tag", "breathing");
  if (tag == "relaxation") return trc("a routine's tag", "relaxation");
  if (tag == "evidence-based") return trc("a routine's tag", "evidence-based");
  if (tag == "cramp") return trc("a routine's tag", "cramp");
  if (tag == "imported") return trc("a routine's tag", "imported");
  if (tag == "workrave") return trc("a routine's tag", "workrave");
  if (tag == "strength") return trc("a routine's tag", "strength");
  if (tag == "stretching") return trc("a routine's tag", "stretching");
  if (tag == "cardio") return trc("a routine's tag", "cardio");
  return std::string(tag);
}

std::string tags_label(const std::vector<std::string>& tags) {
  std::string out;
  for (const std::string& tag : tags) out += (out.empty() ? "" : ", ") + tag_label(tag);
  return out;
}

}  // namespace limber
