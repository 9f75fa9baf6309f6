#pragma once
// The session screen's controller: starts a session (reps chosen by core's session starter, the
// voice prepared, the history recording), feeds it the clock, draws it, and passes the user's
// controls on. Stop asks first, and the session waits paused while it asks.

#include <SDL.h>

#include <map>
#include <memory>
#include <optional>
#include <string>

#include "app/window/app_request.hpp"
#include "app/services/session_driver.hpp"
#include "app/services/session_recorder.hpp"
#include "app/services/session_voice.hpp"
#include "app/window/window_services.hpp"
#include "core/session/session_start.hpp"
#include "platform/user_image.hpp"
#include "ui/session_view.hpp"

namespace limber {

class SessionScreen {
 public:
  explicit SessionScreen(WindowServices& services) : services_(services) {}

  // Starts a session of `routine` with the reps `choice` says; `record`: written to the history.
  void start(const ResolvedRoutine& routine, const RepsChoice& choice, bool record);
  // Feeds the engine the clock (and writes the cues played to the trace).
  void tick();
  // Stops a running session (the window is closing).
  void stop();
  // Waits until the history holds everything the session wrote (before the summary reads it).
  void flush_history();
  // Once the session is over and its last sound has rung out, it lets go of the sound device
  // (which then closes): when that is due, and doing it.
  [[nodiscard]] std::optional<Nanos> sound_release_at() const;
  void release_sound_if_quiet(Nanos now);
  // The session could not go into the history and is kept aside (pending_sessions.hpp).
  [[nodiscard]] bool kept_aside() const;

  // When the loop must wake: a cue to hand over, a deadline, or the countdown visibly moving.
  [[nodiscard]] std::optional<Nanos> wake_at() const;
  // The running session's next event (a phase's end, the halfway cue), without the frames between.
  [[nodiscard]] std::optional<Nanos> next_event_at() const;
  [[nodiscard]] bool frame_due(Nanos now) const { return next_frame_at_ && now >= *next_frame_at_; }

  std::optional<SessionIntent> draw(const ViewFonts& fonts, bool fullscreen);
  AppRequest handle(SessionIntent intent);
  AppRequest handle_key(SDL_Keycode key);

  [[nodiscard]] bool running() const { return driver_ && !driver_->engine().is_over(); }
  [[nodiscard]] const SessionDriver* driver() const { return driver_.get(); }
  [[nodiscard]] const SessionView& view() const { return view_; }
  [[nodiscard]] bool confirming_stop() const { return confirming_stop_; }
  [[nodiscard]] const std::optional<ResolvedRoutine>& routine() const { return routine_; }
  [[nodiscard]] const RepsChoice& reps() const { return reps_; }

 private:
  void attach_voice(const Plan& plan, CuePlayer* player);
  // The user's picture `image` of this routine as a texture, or null when it cannot be shown.
  const ImageTexture* picture_for(const std::string& image);
  void on_events(const SessionEvents& events);

  WindowServices& services_;
  std::unique_ptr<SessionRecorder> recorder_;
  // Held from the start until the closing sound has rung out: the driver and the voice keep
  // pointers into the player. Declared before them, so it outlives them.
  SoundDevice::Lease sound_;
  std::unique_ptr<SessionVoice> voice_;  // for a running session with the voice on; espeak-ng is free after
  bool voice_failed_ = false;            // said once; tones from then on
  std::unique_ptr<SessionDriver> driver_;
  std::optional<ResolvedRoutine> routine_;
  RepsChoice reps_;
  std::optional<Nanos> phase_started_at_;
  std::optional<Nanos> next_frame_at_;  // when the screen next changes visibly
  bool confirming_stop_ = false;
  bool paused_to_ask_ = false;  // the question paused it: "Keep going" resumes
  SessionView view_;
  std::map<std::string, std::optional<ImageTexture>> pictures_;  // this session's, by `image:` value
};

}  // namespace limber
