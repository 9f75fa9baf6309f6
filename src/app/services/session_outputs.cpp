#include "app/services/session_outputs.hpp"

#include <fmt/format.h>

#include <cstdio>

#include "core/base/translate.hpp"

namespace limber {

Expected<SessionOutputs, std::string> open_session_outputs(const std::string& trace_path, bool mute,
                                                          const AudioSettings& audio, const MonotonicClock& clock) {
  SessionOutputs outputs;
  if (!trace_path.empty()) {
    auto trace = TraceWriter::open(trace_path);
    if (!trace) return Unexpected{trace.error()};
    outputs.trace = std::move(trace.value());
  }
  if (!mute) {
    auto player = CuePlayer::open(audio, clock);
    if (player) {
      outputs.player = std::move(player.value());
      // Let the stream clock learn the device's rate, so even the first cue lands on its frame.
      outputs.player->wait_until_settled(std::chrono::milliseconds{500});
    } else {
      fmt::print(stderr, "{}", format(tr("limber: {0}; sessions run without sound.\n"), player.error()));
    }
  }
  if (outputs.trace) {
    outputs.trace->audio(outputs.player ? std::optional(outputs.player->info()) : std::nullopt, mute);
  }
  return outputs;
}

}  // namespace limber
