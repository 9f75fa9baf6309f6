#include "core/settings/voice_groups.hpp"

#include <algorithm>
#include <map>

namespace limber {

std::vector<VoiceGroup> group_voices(const std::vector<ListedVoice>& voices, const std::string& user_language) {
  std::map<std::string, VoiceGroup> by_language;
  for (std::size_t i = 0; i < voices.size(); ++i) {
    const ListedVoice& v = voices[i];
    VoiceGroup& group = by_language[v.language];
    if (group.heading.empty()) group.heading = v.language_name.empty() ? v.name : v.language_name;
    group.speaks_the_cues = v.language == user_language;
    group.voices.push_back(i);
  }
  std::vector<VoiceGroup> groups;
  for (auto& [language, group] : by_language) {
    std::sort(group.voices.begin(), group.voices.end(), [&](std::size_t a, std::size_t b) { return voices[a].name < voices[b].name; });
    groups.push_back(std::move(group));
  }
  std::stable_sort(groups.begin(), groups.end(), [](const VoiceGroup& a, const VoiceGroup& b) {
    if (a.speaks_the_cues != b.speaks_the_cues) return a.speaks_the_cues;
    return a.heading < b.heading;
  });
  return groups;
}

}  // namespace limber
