#pragma once
// Spoken phrases from espeak-ng, synthesised into memory (never played by espeak itself) and
// resampled to the output rate, with the silence espeak puts around words trimmed so a phrase
// sounds from its first frame. espeak-ng has one global engine: one VoiceSynth at a time.

#include <chrono>
#include <map>
#include <memory>
#include <string>
#include <vector>

#include "core/base/expected.hpp"

namespace limber {

struct VoiceSettings {
  std::string voice = "en";  // an espeak-ng voice: "en", "en-us", "de", ...
  int rate = 160;            // words per minute, 80-450
};

// Mono float samples at the output rate.
using VoiceClip = std::vector<float>;

class VoiceSynth {
 public:
  // The error says why (no espeak-ng data, an unknown voice, built without espeak-ng).
  [[nodiscard]] static Expected<std::unique_ptr<VoiceSynth>, std::string> open(const VoiceSettings& settings,
                                                                               int output_frequency);
  ~VoiceSynth();
  VoiceSynth(const VoiceSynth&) = delete;
  VoiceSynth& operator=(const VoiceSynth&) = delete;

  [[nodiscard]] Expected<VoiceClip, std::string> synthesize(const std::string& text);
  // Every phrase at once; the map has one clip per text.
  [[nodiscard]] Expected<std::map<std::string, VoiceClip>, std::string> synthesize_all(
      const std::vector<std::string>& texts);

  // The voices espeak-ng offers, sorted by name: `id` as settings take it ("en-gb"), `name` for
  // people ("English (Great Britain)").
  struct Voice {
    std::string id;
    std::string name;
    // Every language it speaks, with espeak-ng's priority for it (lower comes first): "en" is
    // English (Great Britain) at 2 and English (America) at 3.
    std::vector<std::pair<int, std::string>> languages{};
  };
  [[nodiscard]] std::vector<Voice> available_voices() const;

 private:
  explicit VoiceSynth(int input_frequency, int output_frequency)
      : input_frequency_(input_frequency), output_frequency_(output_frequency) {}
  // Unused in a build without espeak-ng (the browser's), where no voice is ever made.
  [[maybe_unused]] int input_frequency_;
  [[maybe_unused]] int output_frequency_;
};

}  // namespace limber
