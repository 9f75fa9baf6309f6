#pragma once
// What SDL's disk audio driver recorded (signed 16-bit stereo at 48 kHz), and what a `--trace`
// file says was played: for tests that check a cue was not only scheduled but heard.

#include <algorithm>
#include <cmath>
#include <cstdint>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

namespace limber::testing {

inline constexpr int kRecordingRate = 48000;

// The left channel of a recording, -1..1.
inline std::vector<float> recorded(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::vector<float> left;
  std::int16_t sample[2];
  while (in.read(reinterpret_cast<char*>(sample), sizeof sample)) left.push_back(static_cast<float>(sample[0]) / 32768.0f);
  return left;
}

// The first sample louder than -40 dBFS (the recording's size when none is).
inline std::size_t first_sound(const std::vector<float>& recording) {
  std::size_t at = 0;
  while (at < recording.size() && std::abs(recording[at]) < 0.01f) ++at;
  return at;
}

// The share of 10 ms blocks in [from, from + frames) whose level is above -46 dBFS: speech fills
// most of its span (the pauses between words are short), silence none of it.
inline double sounding_share(const std::vector<float>& recording, long from, long frames) {
  constexpr long kBlock = kRecordingRate / 100;
  long blocks = 0, loud = 0;
  for (long at = std::max(0L, from); at + kBlock <= from + frames && at + kBlock <= static_cast<long>(recording.size());
       at += kBlock) {
    double sum = 0;
    for (long i = at; i < at + kBlock; ++i) {
      const double value = recording[static_cast<std::size_t>(i)];
      sum += value * value;
    }
    ++blocks;
    if (std::sqrt(sum / kBlock) > 0.005) ++loud;
  }
  return blocks == 0 ? 0.0 : static_cast<double>(loud) / static_cast<double>(blocks);
}

// The lines of a trace file.
inline std::vector<nlohmann::json> trace_lines(const std::filesystem::path& file) {
  std::vector<nlohmann::json> lines;
  std::ifstream in(file);
  for (std::string line; std::getline(in, line);) {
    if (!line.empty()) lines.push_back(nlohmann::json::parse(line));
  }
  return lines;
}

// The trace's lines since the sound device last opened (its "audio" line): what the recording,
// which the disk driver starts afresh at each opening, holds.
inline std::vector<nlohmann::json> since_last_opening(const std::vector<nlohmann::json>& lines) {
  auto last = std::find_if(lines.rbegin(), lines.rend(), [](const nlohmann::json& l) { return l["event"] == "audio"; });
  return {last.base(), lines.end()};
}

}  // namespace limber::testing
