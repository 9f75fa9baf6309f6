#pragma once
// `--trace FILE`: one JSON object per line for the audio device, every engine event and every cue
// played, each with when it was scheduled and when it actually happened, on the monotonic clock.

#include <cstdio>
#include <filesystem>
#include <memory>
#include <optional>
#include <string>

#include "audio/cue_player.hpp"
#include "core/base/expected.hpp"
#include "core/routine/plan.hpp"
#include "core/session/session_event.hpp"

namespace limber {

class TraceWriter {
 public:
  [[nodiscard]] static Expected<std::unique_ptr<TraceWriter>, std::string> open(const std::filesystem::path& path);

  // {"event":"audio","driver":...} (driver null when there is no device): the terminal's first
  // line; the window writes one each time a session opens the device.
  void audio(const std::optional<AudioDeviceInfo>& device, bool muted);
  void event(const SessionEvent& event, const Plan& plan, Nanos fired);
  // {"event":"cue",...}: its sound, when it was due and heard, and its first frame in the stream
  // the player fills from the device's opening (a recording of the device is that stream after
  // the few buffers of silence the device plays while the player gets ready).
  void cue(const PlayedCue& played);
  // The voice was prepared: how many phrases, synthesised in how long.
  void voice(int phrases, double milliseconds);

 private:
  struct FileCloser {
    void operator()(std::FILE* file) const { std::fclose(file); }
  };
  explicit TraceWriter(std::FILE* file) : file_(file) {}
  void write_line(const std::string& line);
  std::unique_ptr<std::FILE, FileCloser> file_;
};

}  // namespace limber
