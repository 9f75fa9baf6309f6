#include "audio/tones.hpp"

#include <algorithm>
#include <cmath>
#include <numbers>

namespace limber {
namespace {

struct Note {
  double start_s;   // offset of the note in the sound
  double pitch_hz;
  double level;     // 0..1
  double decay_s;   // time constant of the exponential decay
};

struct Timbre {
  double second_partial;  // relative level of the octave
  double third_partial;   // and of the twelfth
};

constexpr double kAttackSeconds = 0.002;
constexpr Timbre kBell{0.35, 0.12};
constexpr Timbre kWood{0.15, 0.0};

// Pitches of the notes used (equal temperament, A4 = 440 Hz).
constexpr double A4 = 440.00, C5 = 523.25, E5 = 659.26, G5 = 783.99, A5 = 880.00, C6 = 1046.50, D6 = 1174.66;

std::vector<float> render(const std::vector<Note>& notes, Timbre timbre, double length_s, int frequency) {
  const auto frames = static_cast<std::size_t>(length_s * frequency);
  std::vector<double> mix(frames, 0.0);
  for (const Note& note : notes) {
    const auto first = static_cast<std::size_t>(note.start_s * frequency);
    for (std::size_t i = first; i < frames; ++i) {
      const double t = static_cast<double>(i - first) / frequency;
      const double attack = std::min(1.0, t / kAttackSeconds);
      const double envelope = note.level * attack * std::exp(-t / note.decay_s);
      const double phase = 2.0 * std::numbers::pi * note.pitch_hz * t;
      mix[i] += envelope * (std::sin(phase) + timbre.second_partial * std::sin(2 * phase) +
                            timbre.third_partial * std::sin(3 * phase));
    }
  }
  // Fade the last 20 ms to silence so truncation never clicks, then normalise to a calm peak.
  const auto fade = std::min<std::size_t>(frames, static_cast<std::size_t>(0.02 * frequency));
  for (std::size_t i = 0; i < fade; ++i) mix[frames - 1 - i] *= static_cast<double>(i) / static_cast<double>(fade);
  double peak = 0.0;
  for (const double v : mix) peak = std::max(peak, std::abs(v));
  std::vector<float> out(frames);
  const double scale = peak > 0.0 ? 0.7 / peak : 0.0;
  for (std::size_t i = 0; i < frames; ++i) out[i] = static_cast<float>(mix[i] * scale);
  return out;
}

}  // namespace

std::vector<float> synthesize_cue(CueSound sound, int frequency) {
  switch (sound) {
    case CueSound::hold:  // rising fourth, bright: "go"
      return render({{0.0, G5, 1.0, 0.12}, {0.09, C6, 1.0, 0.16}}, kBell, 0.55, frequency);
    case CueSound::rest:  // falling, soft and low: "let go"
      return render({{0.0, E5, 0.8, 0.16}, {0.11, A4, 1.0, 0.2}}, kBell, 0.7, frequency);
    case CueSound::tick:  // a short wood block
      return render({{0.0, 1320.0, 1.0, 0.018}}, kWood, 0.09, frequency);
    case CueSound::halfway:  // a single high bell
      return render({{0.0, D6, 1.0, 0.14}}, kBell, 0.45, frequency);
    case CueSound::switch_sides:  // ding-dong-ding
      return render({{0.0, A5, 1.0, 0.08}, {0.12, E5, 1.0, 0.08}, {0.24, A5, 1.0, 0.12}}, kBell, 0.7, frequency);
    case CueSound::exercise_finished:  // major arpeggio
      return render({{0.0, C5, 1.0, 0.15}, {0.08, E5, 0.9, 0.15}, {0.16, G5, 0.9, 0.18}}, kBell, 0.8, frequency);
    case CueSound::session_finished:  // longer arpeggio to the octave, left to ring
      return render({{0.0, C5, 1.0, 0.3}, {0.12, E5, 0.9, 0.3}, {0.24, G5, 0.9, 0.3}, {0.36, C6, 1.0, 0.45}}, kBell,
                    1.6, frequency);
    case CueSound::phase:  // a soft marimba note
      return render({{0.0, A4, 1.0, 0.09}}, kWood, 0.35, frequency);
  }
  return {};
}

}  // namespace limber
