#include "audio/voice_synth.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <atomic>
#include <cmath>

#ifdef LIMBER_WITH_ESPEAK
#include <espeak-ng/speak_lib.h>
#endif

namespace limber {
namespace {

std::atomic<bool> g_open{false};

#ifdef LIMBER_WITH_ESPEAK
// espeak-ng hands over audio through a C callback; user_data points at the buffer being filled.
int collect(short* samples, int count, espeak_EVENT* events) {
  if (samples == nullptr || count <= 0 || events == nullptr) return 0;
  auto* out = static_cast<std::vector<short>*>(events->user_data);
  if (out != nullptr) out->insert(out->end(), samples, samples + count);
  return 0;
}
#endif

// Linear resampling is enough for speech going to a small speaker; the clip is also trimmed of
// leading and trailing near-silence and faded in and out over 3 ms so it starts and ends cleanly.
[[maybe_unused]] VoiceClip to_clip(const std::vector<short>& pcm, int from, int to) {  // unused without espeak-ng
  std::size_t first = 0;
  std::size_t last = pcm.size();
  constexpr short kQuiet = 300;  // about -40 dBFS
  while (first < last && std::abs(pcm[first]) < kQuiet) ++first;
  while (last > first && std::abs(pcm[last - 1]) < kQuiet) --last;
  VoiceClip clip;
  if (last <= first) return clip;
  const double step = static_cast<double>(from) / to;
  const auto frames = static_cast<std::size_t>(static_cast<double>(last - first) / step);
  clip.reserve(frames);
  for (std::size_t i = 0; i < frames; ++i) {
    const double at = static_cast<double>(first) + static_cast<double>(i) * step;
    const auto index = static_cast<std::size_t>(at);
    const double frac = at - static_cast<double>(index);
    const double a = pcm[std::min(index, pcm.size() - 1)];
    const double b = pcm[std::min(index + 1, pcm.size() - 1)];
    clip.push_back(static_cast<float>((a + (b - a) * frac) / 32768.0));
  }
  // Upsampling by interpolation leaves mirror images of the voice above the input's Nyquist
  // frequency (a hiss at 11-24 kHz): two passes of a low-pass biquad take them out.
  if (to > from) {
    const double cutoff = 0.45 * from;
    const double w = 2.0 * 3.14159265358979323846 * cutoff / to;
    const double alpha = std::sin(w) / (2.0 * 0.7071);
    const double cosw = std::cos(w);
    const double a0 = 1 + alpha;
    const double b0 = (1 - cosw) / 2 / a0;
    const double b1 = (1 - cosw) / a0;
    const double a1 = -2 * cosw / a0;
    const double a2 = (1 - alpha) / a0;
    for (int pass = 0; pass < 2; ++pass) {
      double x1 = 0, x2 = 0, y1 = 0, y2 = 0;
      for (float& sample : clip) {
        const double x = static_cast<double>(sample);
        const double y = b0 * x + b1 * x1 + b0 * x2 - a1 * y1 - a2 * y2;
        x2 = x1;
        x1 = x;
        y2 = y1;
        y1 = y;
        sample = static_cast<float>(y);
      }
    }
  }
  const std::size_t fade = std::min<std::size_t>(clip.size() / 2, static_cast<std::size_t>(to / 333));
  for (std::size_t i = 0; i < fade; ++i) {
    const float gain = static_cast<float>(i) / static_cast<float>(fade);
    clip[i] *= gain;
    clip[clip.size() - 1 - i] *= gain;
  }
  return clip;
}

}  // namespace

Expected<std::unique_ptr<VoiceSynth>, std::string> VoiceSynth::open(const VoiceSettings& settings, int output_frequency) {
#ifdef LIMBER_WITH_ESPEAK
  if (g_open.exchange(true)) return Unexpected{std::string("the voice is already in use")};
  // espeak-ng starts once per process: terminating and starting it again leaves its internal
  // thread waiting forever.
  static const int rate = [] {
    const int sample_rate = espeak_Initialize(AUDIO_OUTPUT_SYNCHRONOUS, 0, nullptr, 0);
    if (sample_rate > 0) espeak_SetSynthCallback(collect);
    return sample_rate;
  }();
  if (rate <= 0) {
    g_open = false;
    return Unexpected{std::string("espeak-ng could not start (is espeak-ng-data installed?)")};
  }
  if (espeak_SetVoiceByName(settings.voice.c_str()) != EE_OK) {
    g_open = false;
    return Unexpected{fmt::format("espeak-ng has no voice `{}` (try `en`)", settings.voice)};
  }
  espeak_SetParameter(espeakRATE, std::clamp(settings.rate, espeakRATE_MINIMUM, espeakRATE_MAXIMUM), 0);
  return std::unique_ptr<VoiceSynth>(new VoiceSynth(rate, output_frequency));
#else
  (void)settings;
  (void)output_frequency;
  return Unexpected{std::string("this Limber was built without espeak-ng")};
#endif
}

VoiceSynth::~VoiceSynth() { g_open = false; }

Expected<VoiceClip, std::string> VoiceSynth::synthesize(const std::string& text) {
#ifdef LIMBER_WITH_ESPEAK
  std::vector<short> pcm;
  const espeak_ERROR result =
      espeak_Synth(text.c_str(), text.size() + 1, 0, POS_CHARACTER, 0, espeakCHARS_UTF8, nullptr, &pcm);
  // In synchronous mode espeak_Synth returns with all the audio delivered.
  if (result != EE_OK) return Unexpected{fmt::format("espeak-ng could not say `{}`", text)};
  VoiceClip clip = to_clip(pcm, input_frequency_, output_frequency_);
  if (clip.empty()) return Unexpected{fmt::format("espeak-ng gave no sound for `{}`", text)};
  return clip;
#else
  (void)text;
  return Unexpected{std::string("this Limber was built without espeak-ng")};
#endif
}

Expected<std::map<std::string, VoiceClip>, std::string> VoiceSynth::synthesize_all(const std::vector<std::string>& texts) {
  std::map<std::string, VoiceClip> clips;
  for (const std::string& text : texts) {
    auto clip = synthesize(text);
    if (!clip) return Unexpected{clip.error()};
    clips.emplace(text, std::move(clip.value()));
  }
  return clips;
}

std::vector<VoiceSynth::Voice> VoiceSynth::available_voices() const {
  std::vector<Voice> voices;
#ifdef LIMBER_WITH_ESPEAK
  for (const espeak_VOICE** at = espeak_ListVoices(nullptr); at != nullptr && *at != nullptr; ++at) {
    const espeak_VOICE* voice = *at;
    if (voice->languages == nullptr || voice->languages[0] == '\0') continue;
    std::string name = voice->name != nullptr ? voice->name : voice->languages + 1;
    std::replace(name.begin(), name.end(), '_', ' ');
    // Each language: a priority byte, the name, a zero byte; an empty name ends the list.
    std::vector<std::pair<int, std::string>> languages;
    for (const char* at_language = voice->languages; *at_language != '\0' && at_language[1] != '\0';) {
      const std::string language(at_language + 1);
      languages.emplace_back(static_cast<unsigned char>(*at_language), language);
      at_language += 1 + language.size() + 1;
    }
    if (languages.empty()) continue;
    std::string id = languages.front().second;
    voices.push_back(Voice{std::move(id), name, std::move(languages)});
  }
#endif
  std::sort(voices.begin(), voices.end(), [](const Voice& a, const Voice& b) { return a.name < b.name; });
  return voices;
}

}  // namespace limber
