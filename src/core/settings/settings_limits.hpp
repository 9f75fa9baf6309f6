#pragma once
// The ranges the user's settings keep to, and the step one tap on - or + takes: the same for
// settings.json read back, the command line and the Settings screen.

#include <algorithm>

namespace limber {

struct SettingRange {
  int low;
  int high;
  int step;  // one tap on - or +
  [[nodiscard]] constexpr int clamp(int value) const { return std::clamp(value, low, high); }
  [[nodiscard]] constexpr int stepped(int value, int taps) const { return clamp(value + taps * step); }
};

inline constexpr SettingRange kVolumeRange{0, 100, 10};       // percent
inline constexpr SettingRange kVoiceRateRange{80, 450, 20};   // words per minute
inline constexpr SettingRange kVoiceVolumeRange{0, 200, 10};  // percent of the tones' volume

}  // namespace limber
