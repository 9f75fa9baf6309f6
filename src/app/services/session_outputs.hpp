#pragma once
// Where a terminal session's cues and trace go: the sound device and the --trace file, opened for
// the whole run (the window opens its device per session: sound_device.hpp). No sound device is a
// notice, not an error; a trace file that cannot be written is an error (it was asked for).

#include <memory>
#include <string>

#include "app/services/trace_writer.hpp"
#include "audio/cue_player.hpp"
#include "core/base/expected.hpp"

namespace limber {

struct SessionOutputs {
  std::unique_ptr<CuePlayer> player;  // null: muted by --mute, or no device
  std::unique_ptr<TraceWriter> trace;
};

// Prints the one notice about a missing sound device to stderr, and writes the trace's first line.
[[nodiscard]] Expected<SessionOutputs, std::string> open_session_outputs(const std::string& trace_path, bool mute,
                                                                        const AudioSettings& audio,
                                                                        const MonotonicClock& clock);

}  // namespace limber
