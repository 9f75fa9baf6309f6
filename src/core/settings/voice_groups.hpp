#pragma once
// The voices offered in Settings, grouped by the language they speak: the user's language first
// (those are the voices that speak the cues: another language's voice speaks only while Limber
// speaks that language), then the others by their names.

#include <cstddef>
#include <string>
#include <vector>

namespace limber {

struct ListedVoice {
  std::string id;             // as settings keep it ("en-gb")
  std::string language;       // its language's code ("en")
  std::string language_name;  // that language for people ("Englisch"); empty when unknown
  std::string name;           // the voice for people ("Englisch (Vereinigtes Königreich)")
};

struct VoiceGroup {
  std::string heading;               // the language's name
  bool speaks_the_cues = false;      // the user's language
  std::vector<std::size_t> voices;   // indices into the list given, by name
};

[[nodiscard]] std::vector<VoiceGroup> group_voices(const std::vector<ListedVoice>& voices, const std::string& user_language);

}  // namespace limber
