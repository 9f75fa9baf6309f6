#include "app/window/session_screen.hpp"

#include <fmt/format.h>

#include "core/base/translate.hpp"

#include <cstdio>

#include "app/services/pose_library.hpp"
#include "app/services/routine_pictures.hpp"
#include "core/session/session_display.hpp"
#include "platform/screen_awake.hpp"

namespace limber {

void SessionScreen::start(const ResolvedRoutine& routine, const RepsChoice& choice, bool record) {
  routine_ = routine;
  reps_ = choice;
  pictures_.clear();
  auto plan = std::make_shared<const Plan>(expand_plan(routine.routine, choice.reps));
  voice_.reset();  // a voice is made for the player this session leases
  if (services_.sound) sound_ = services_.sound->lease();
  CuePlayer* player = sound_.player();
  driver_ = std::make_unique<SessionDriver>(plan, services_.clock, player, services_.trace.get());
  attach_voice(*plan, player);
  if (record && !recorder_) recorder_ = SessionRecorder::open(services_.context.data_dir, services_.wall);
  if (record && recorder_) {
    recorder_->start(routine, *plan, choice.reps);
    driver_->set_recorder(recorder_.get());
  }
  view_ = SessionView{};
  confirming_stop_ = false;
  paused_to_ask_ = false;
  phase_started_at_.reset();
  keep_screen_awake(true);  // the screen stays awake for a session only
  on_events(driver_->start());
  next_frame_at_ = services_.clock.now();
}

void SessionScreen::attach_voice(const Plan& plan, CuePlayer* player) {
  if (!services_.voice_on() || player == nullptr || voice_failed_) return;
  if (!voice_) {
    const AppSettings& s = services_.settings;
    voice_ = SessionVoice::open(VoiceSettings{voice_for_language(s.voice_name), s.voice_rate}, *player,
                                static_cast<float>(s.voice_volume) / 100.0f);
    voice_failed_ = voice_ == nullptr;
    if (!voice_) return;
  }
  const auto prepared = voice_->prepare(plan);
  if (!prepared) {
    fmt::print(stderr, "{}", format(tr("limber: no voice ({0}); the cues are tones.\n"), prepared.error()));
    return;
  }
  if (services_.trace) services_.trace->voice(prepared->phrases, prepared->milliseconds);
  driver_->set_voice(voice_.get());
}

void SessionScreen::tick() {
  if (!driver_) return;
  if (running()) on_events(driver_->tick());
  driver_->record_played_cues();
  // Over: nothing more is said, and espeak-ng (one per process) is free for Settings' preview.
  if (!running() && voice_) {
    driver_->set_voice(nullptr);
    voice_.reset();
  }
}

void SessionScreen::stop() {
  if (running()) (void)driver_->control(SessionControl::stop);
  keep_screen_awake(false);
}

std::optional<Nanos> SessionScreen::sound_release_at() const {
  CuePlayer* player = sound_.player();
  if (running() || player == nullptr) return std::nullopt;
  const auto last = player->sounding_until();
  return last ? *last + SoundDevice::kDrain : services_.clock.now();
}

void SessionScreen::release_sound_if_quiet(Nanos now) {
  const auto at = sound_release_at();
  if (!at || now < *at) return;
  if (driver_) {
    driver_->record_played_cues();  // the closing chime, into the trace
    driver_->detach_player();
  }
  voice_.reset();
  sound_.release();
}

void SessionScreen::flush_history() {
  if (recorder_) recorder_->flush();
}

const ImageTexture* SessionScreen::picture_for(const std::string& image) {
  if (image.empty() || !routine_ || routine_->file.empty()) return nullptr;
  auto found = pictures_.find(image);
  if (found == pictures_.end()) {
    // Read once per session; one that cannot be shown is said once, and the figure shows instead.
    auto loaded = ImageTexture::load(picture_path(routine_->file, image), services_.renderer);
    if (!loaded) fmt::print(stderr, "{}", format(tr("limber: {0}; the figure is shown instead.\n"), loaded.error()));
    found = pictures_.emplace(image, loaded ? std::optional<ImageTexture>(std::move(loaded.value())) : std::nullopt).first;
  }
  return found->second ? &*found->second : nullptr;
}

bool SessionScreen::kept_aside() const { return recorder_ && recorder_->kept_aside(); }

void SessionScreen::on_events(const SessionEvents& events) {
  for (const SessionEvent& event : events) {
    if (event.kind == SessionEventKind::phase_started) phase_started_at_ = event.scheduled;
  }
  if (!events.empty()) next_frame_at_ = services_.clock.now();
  if (driver_->engine().is_over()) keep_screen_awake(false);
}

std::optional<Nanos> SessionScreen::wake_at() const {
  if (!running()) return std::nullopt;
  std::optional<Nanos> wake = driver_->wake_at();
  if (next_frame_at_) wake = wake ? std::min(*wake, *next_frame_at_) : *next_frame_at_;
  return wake;
}

std::optional<Nanos> SessionScreen::next_event_at() const {
  if (!running()) return std::nullopt;
  return driver_->wake_at();
}

std::optional<SessionIntent> SessionScreen::draw(const ViewFonts& fonts, bool fullscreen) {
  if (!driver_) return std::nullopt;
  const Nanos now = services_.clock.now();
  const SessionDisplay display = describe_session(driver_->engine(), now, phase_started_at_);
  SessionChrome chrome{fullscreen, services_.sound_off(), confirming_stop_, {}, nullptr};
  if (!display.figure.pose.empty()) chrome.pose = find_pose(routine_ ? routine_->file : std::filesystem::path(), display.figure.pose);
  if (const ImageTexture* picture = picture_for(display.figure.image)) {
    chrome.picture = picture->id();
    chrome.picture_size = ImVec2(static_cast<float>(picture->width()), static_cast<float>(picture->height()));
  }
  if (recorder_ && recorder_->kept_aside()) {
    chrome.notice = tr("Not in your history yet: kept aside until the history can be written.");
  }
  auto intent = view_.draw(display, services_.theme(), fonts, chrome);
  next_frame_at_ = next_session_frame(driver_->engine(), now, now, phase_started_at_,
                                      view_.figure_rect().GetWidth() > 0 && chrome.picture == nullptr);
  return intent;
}

AppRequest SessionScreen::handle(SessionIntent intent) {
  if (!running()) return {};
  const auto control = [this](SessionControl c) { on_events(driver_->control(c)); };
  switch (intent) {
    case SessionIntent::toggle_pause: control(SessionControl::toggle_pause); break;
    case SessionIntent::back: control(SessionControl::back); break;
    case SessionIntent::skip: control(SessionControl::skip); break;
    case SessionIntent::done: control(SessionControl::done); break;
    case SessionIntent::request_stop:
      confirming_stop_ = true;
      // Nothing runs on behind the question.
      paused_to_ask_ = driver_->engine().status() == SessionStatus::running;
      if (paused_to_ask_) control(SessionControl::toggle_pause);
      break;
    case SessionIntent::cancel_stop:
      confirming_stop_ = false;
      if (paused_to_ask_) control(SessionControl::toggle_pause);
      paused_to_ask_ = false;
      break;
    case SessionIntent::confirm_stop:
      confirming_stop_ = false;
      paused_to_ask_ = false;
      control(SessionControl::stop);
      break;
    case SessionIntent::toggle_fullscreen: return {AppRequest::Kind::toggle_fullscreen};
    case SessionIntent::toggle_mute: services_.toggle_mute(); break;
  }
  return {};
}

AppRequest SessionScreen::handle_key(SDL_Keycode key) {
  if (confirming_stop_) {
    if (key == SDLK_RETURN || key == SDLK_KP_ENTER) return handle(SessionIntent::confirm_stop);
    if (key == SDLK_ESCAPE) return handle(SessionIntent::cancel_stop);
    return {};
  }
  switch (key) {
    case SDLK_SPACE:
      // In a step until Done, past its minimum, Space is Done (and → still skips it).
      if (driver_ != nullptr && driver_->engine().waiting_for_done()) return handle(SessionIntent::done);
      return handle(SessionIntent::toggle_pause);
    case SDLK_RIGHT: return handle(SessionIntent::skip);
    case SDLK_LEFT: return handle(SessionIntent::back);
    case SDLK_ESCAPE: return handle(SessionIntent::request_stop);
    case SDLK_m: return handle(SessionIntent::toggle_mute);
    default: return {};
  }
}

}  // namespace limber
