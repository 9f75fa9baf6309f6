#include "app/gui_app.hpp"

#include <SDL.h>
#include <backends/imgui_impl_sdl.h>
#include <fmt/format.h>
#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <cmath>
#include <deque>
#include <fstream>
#include <sstream>

#include "app/history_access.hpp"
#include "app/session_driver.hpp"
#include "app/settings_store.hpp"
#include "app/session_outputs.hpp"
#include "app/trace_writer.hpp"
#include "audio/cue_player.hpp"
#include "core/calendar.hpp"
#include "core/phase_text.hpp"
#include "core/progress_stats.hpp"
#include "core/session_display.hpp"
#include "core/session_summary.hpp"
#include "platform/fonts.hpp"
#include "platform/paths.hpp"
#include "platform/screenshot.hpp"
#include "platform/window.hpp"
#include "ui/library_view.hpp"
#include "ui/session_view.hpp"
#include "ui/summary_view.hpp"

namespace limber {
namespace {

std::string file_text(const std::filesystem::path& file) {
  std::ifstream in(file, std::ios::binary);
  std::ostringstream text;
  text << in.rdbuf();
  return text.str();
}

}  // namespace

bool GuiApp::open() {
  config_dir_ = resolve_config_dir();
  settings_ = load_settings(config_dir_);
  if (options_.fullscreen) settings_.fullscreen = *options_.fullscreen;
  if (options_.volume) settings_.volume = *options_.volume;
  WindowOptions window_options{.width = options_.width, .height = options_.height, .fullscreen = settings_.fullscreen};
  if (config_dir_) {
    std::error_code ec;
    std::filesystem::create_directories(*config_dir_, ec);
    if (!ec) window_options.imgui_ini_path = (*config_dir_ / "imgui.ini").string();
  }
  auto window = AppWindow::open(window_options);
  if (!window) {
    no_display_ = window.error() == kNoDisplayError;
    if (!no_display_) {
      fmt::print(stderr, "limber: {}; `limber run ROUTINE --headless` runs a session in the terminal.\n",
                 window.error());
    }
    return false;
  }
  window_ = std::move(window.value());
  SDL_EnableScreenSaver();  // SDL turns it off by default; only a running session needs the screen awake

  auto outputs = open_session_outputs(
      options_.trace, options_.mute,
      AudioSettings{.volume = static_cast<float>(settings_.volume) / 100.0f, .muted = settings_.muted}, clock_);
  if (!outputs) {
    fmt::print(stderr, "limber: {}\n", outputs.error());
    return false;
  }
  player_ = std::move(outputs->player);
  trace_ = std::move(outputs->trace);
  update_fonts_if_needed();
  progress_.open(context_.data_dir);
  progress_.refresh(local_today(), settings_.weekly_goal_days);
  reload_library();
  if (options_.open_progress) screen_ = Screen::progress;
  if (!options_.edit_routine.empty()) {
    const LibraryEntry* entry = library_.find(options_.edit_routine);
    if (entry == nullptr || !entry->routine) {
      fmt::print(stderr, "limber: no valid routine named `{}` to edit (see `limber list`)\n", options_.edit_routine);
      return false;
    }
    open_editor(RoutineEditor::for_file(entry->file, *entry->routine, entry->origin, file_text(entry->file)));
  }
  if (options_.quit_after_seconds) {
    quit_at_ = clock_.now() + Nanos{static_cast<std::int64_t>(*options_.quit_after_seconds * 1e9)};
  }
  if (!options_.routine.empty()) {
    const auto resolved = resolve_routine(context_, options_.routine);
    if (!resolved) {
      fmt::print(stderr, "{}", resolved.error());
      return false;
    }
    std::optional<int> reps = options_.reps;
    if (!reps) {
      if (const auto range = routine_reps_range(resolved->routine)) {
        reps = starting_reps(progress_.sessions(), resolved->routine.name, *range, remembered_reps(resolved->routine.name));
      }
    }
    start_session(*resolved, reps);
  }
  return true;
}

std::optional<int> GuiApp::remembered_reps(const std::string& routine_name) const {
  const auto remembered = settings_.reps_by_routine.find(routine_name);
  if (remembered == settings_.reps_by_routine.end()) return std::nullopt;
  return remembered->second;
}

void GuiApp::reload_library() {
  library_ = context_.load_library();
  library_signature_ = library_signature(context_.routine_folders());
  cards_.clear();
  card_entries_.clear();
  for (const LibraryEntry& entry : library_.entries) {
    LibraryCard card;
    card.name = entry.display_name();
    card.editable = entry.routine.has_value();
    card.deletable = entry.origin == RoutineOrigin::user;
    if (entry.routine) {
      const Routine& routine = *entry.routine;
      if (const auto range = routine_reps_range(routine)) {
        card.reps_min = range->min;
        card.reps_max = range->max;
        card.reps = starting_reps(progress_.sessions(), routine.name, *range, remembered_reps(routine.name));
      }
      std::string last;
      if (const auto day = last_done(progress_.sessions(), routine.name)) {
        last = fmt::format(" \u00b7 last done {}", days_ago_text(*day, progress_.model().stats.today));
      }
      std::string tags;
      for (const std::string& tag : routine.tags) tags += (tags.empty() ? "" : ", ") + tag;
      card.details = fmt::format("{} \u00b7 {}{}{}{}", format_clock(total_duration(routine, card.reps > 0 ? std::optional(card.reps) : std::nullopt)),
                                 tags, tags.empty() ? "" : " \u00b7 ", origin_name(entry.origin), last);
    } else {
      const Diagnostic& first = entry.routine.error().front();
      card.problem = fmt::format("Invalid: line {}: {}", first.line, first.message);
    }
    cards_.push_back(std::move(card));
    card_entries_.push_back(&entry);
  }
}

void GuiApp::start_session(const ResolvedRoutine& routine, std::optional<int> reps) {
  session_routine_ = routine;
  session_reps_ = reps;
  auto plan = std::make_shared<const Plan>(expand_plan(routine.routine, reps));
  session_ = std::make_unique<SessionDriver>(plan, clock_, player_.get(), trace_.get());
  if (settings_.voice && player_ && !voice_failed_) {
    if (!voice_) {
      voice_ = SessionVoice::open(VoiceSettings{settings_.voice_name, settings_.voice_rate}, *player_,
                                  static_cast<float>(settings_.voice_volume) / 100.0f);
      voice_failed_ = voice_ == nullptr;
    }
    if (voice_) {
      const auto prepared = voice_->prepare(*plan);
      if (prepared) {
        if (trace_) trace_->voice(prepared->phrases, prepared->milliseconds);
        session_->set_voice(voice_.get());
      } else {
        fmt::print(stderr, "limber: no voice ({}); the cues are tones.\n", prepared.error());
      }
    }
  }
  if (!recorder_) recorder_ = SessionRecorder::open(context_.data_dir);
  if (recorder_) {
    recorder_->start(routine, *plan, reps);
    session_->set_recorder(recorder_.get());
  }
  session_view_ = SessionView{};
  screen_ = Screen::session;
  SDL_DisableScreenSaver();
  handle_session_events(session_->start());
  frames_to_draw_ = kFramesAfterInput;
}

void GuiApp::end_session() {
  const SessionSummary summary = summarize(session_->engine(), clock_.now());
  const Plan& plan = session_->engine().plan();
  summary_ = SummaryModel{};
  summary_.completed = summary.status == SessionStatus::completed;
  summary_.routine = plan.routine_name;
  summary_.time = fmt::format("{} of {}", format_clock(std::chrono::duration_cast<Seconds>(summary.active)),
                              format_clock(plan.total));
  for (const RepsDone& row : summary.reps) summary_.rows.push_back(reps_done_text(plan, row));
  if (recorder_) recorder_->flush();  // the progress screen reads what it wrote
  progress_.refresh(local_today(), settings_.weekly_goal_days);
  if (progress_.can_write()) {
    const DayNumber night = last_night(progress_.model().stats.today);
    summary_.diary.night = weekday_date(night);
    if (const auto entry = progress_.diary_entry(night)) summary_.diary.saved = diary_entry_text(*entry);
  }
  SDL_EnableScreenSaver();
  screen_ = Screen::summary;
  frames_to_draw_ = kFramesAfterInput;
}

void GuiApp::apply_summary_intent(const SummaryIntent& intent) {
  switch (intent.kind) {
    case SummaryIntent::Kind::again:
      if (session_routine_) {
        start_session(*session_routine_, session_reps_);
        break;
      }
      [[fallthrough]];
    case SummaryIntent::Kind::back_to_library:
      if (return_to_editor_ && editor_screen_.is_open()) {
        return_to_editor_ = false;
        screen_ = Screen::editor;
        break;
      }
      screen_ = Screen::library;
      reload_library();
      break;
    case SummaryIntent::Kind::diary_cramps:
      // No cramps needs no severity: one tap saves it.
      if (intent.value == 0) {
        save_last_night(0, 0);
      } else {
        summary_.diary.cramps = intent.value;
      }
      break;
    case SummaryIntent::Kind::diary_severity:
      if (summary_.diary.cramps) save_last_night(*summary_.diary.cramps, intent.value);
      break;
    case SummaryIntent::Kind::diary_change:
      summary_.diary.saved.clear();
      summary_.diary.cramps.reset();
      break;
  }
}

void GuiApp::save_last_night(int cramps, int severity) {
  const DiaryEntry entry{format_date(last_night(progress_.model().stats.today)), cramps, severity, ""};
  if (const auto error = progress_.save_diary_entry(entry)) {
    summary_.diary.error = *error;
    return;
  }
  summary_.diary.error.clear();
  summary_.diary.cramps.reset();
  summary_.diary.saved = diary_entry_text(entry);
}

void GuiApp::open_editor(RoutineEditor editor) {
  editor_screen_.open(std::move(editor));
  return_to_editor_ = false;
  screen_ = Screen::editor;
  frames_to_draw_ = kFramesAfterInput;
}

SaveTarget GuiApp::save_target() const {
  SaveTarget target;
  target.user_dir = context_.data_dir ? *context_.data_dir / "routines" : std::filesystem::path("routines");
  for (const LibraryEntry& entry : library_.entries) target.taken_stems.push_back(entry.stem());
  return target;
}

void GuiApp::handle_editor_outcome(const EditorOutcome& outcome) {
  switch (outcome.kind) {
    case EditorOutcome::Kind::none: break;
    case EditorOutcome::Kind::saved: reload_library(); break;
    case EditorOutcome::Kind::closed:
      screen_ = Screen::library;
      reload_library();
      break;
    case EditorOutcome::Kind::try_it:
      start_session(ResolvedRoutine{outcome.file.value_or(std::filesystem::path()), *outcome.routine}, std::nullopt);
      return_to_editor_ = true;
      break;
  }
  frames_to_draw_ = std::max(frames_to_draw_, kFramesAfterInput);
}

// Routine files edited in a text editor show up within the poll interval, valid or not.
void GuiApp::poll_library(Nanos now) {
  if (screen_ != Screen::library || now < next_library_poll_) return;
  next_library_poll_ = now + kLibraryPollInterval;
  if (library_signature(context_.routine_folders()) == library_signature_) return;
  reload_library();
  frames_to_draw_ = std::max(frames_to_draw_, kFramesAfterInput);
}

void GuiApp::toggle_voice() {
  settings_.voice = !settings_.voice;
  save_settings(config_dir_, settings_);
}

void GuiApp::show_progress() {
  progress_.refresh(local_today(), settings_.weekly_goal_days);
  screen_ = Screen::progress;
}

void GuiApp::apply_progress_intent(const ProgressIntent& intent) {
  switch (intent.kind) {
    case ProgressIntent::Kind::back:
      screen_ = Screen::library;
      reload_library();
      break;
    case ProgressIntent::Kind::delete_session: (void)progress_.delete_session(intent.row); break;
    case ProgressIntent::Kind::undo_delete: (void)progress_.undo_delete(); break;
    case ProgressIntent::Kind::goal_down:
    case ProgressIntent::Kind::goal_up:
      settings_.weekly_goal_days =
          clamp_goal_days(settings_.weekly_goal_days + (intent.kind == ProgressIntent::Kind::goal_up ? 1 : -1));
      save_settings(config_dir_, settings_);
      progress_.refresh(local_today(), settings_.weekly_goal_days);
      break;
  }
}

void GuiApp::handle_session_events(const SessionEvents& events) {
  for (const SessionEvent& event : events) {
    if (event.kind == SessionEventKind::phase_started) phase_started_at_ = event.scheduled;
  }
  if (!events.empty()) frames_to_draw_ = std::max(frames_to_draw_, 1);
  if (session_ && session_->engine().is_over()) end_session();
}

void GuiApp::toggle_fullscreen() {
  settings_.fullscreen = !window_->fullscreen();
  window_->set_fullscreen(settings_.fullscreen);
  save_settings(config_dir_, settings_);
}

void GuiApp::toggle_mute() {
  settings_.muted = !settings_.muted;
  if (player_) player_->set_muted(settings_.muted);
  save_settings(config_dir_, settings_);
  frames_to_draw_ = kFramesAfterInput;
}

void GuiApp::apply_session_intent(SessionIntent intent) {
  switch (intent) {
    case SessionIntent::toggle_pause: handle_session_events(session_->control(SessionControl::toggle_pause)); break;
    case SessionIntent::back: handle_session_events(session_->control(SessionControl::back)); break;
    case SessionIntent::skip: handle_session_events(session_->control(SessionControl::skip)); break;
    case SessionIntent::request_stop: session_view_.ask_to_confirm_stop(); break;
    case SessionIntent::confirm_stop: handle_session_events(session_->control(SessionControl::stop)); break;
    case SessionIntent::cancel_stop: break;
    case SessionIntent::toggle_fullscreen: toggle_fullscreen(); break;
    case SessionIntent::toggle_mute: toggle_mute(); break;
  }
  frames_to_draw_ = kFramesAfterInput;
}

void GuiApp::apply_library_intent(const LibraryIntent& intent) {
  switch (intent.kind) {
    case LibraryIntent::Kind::start: {
      const LibraryEntry& entry = *card_entries_[static_cast<std::size_t>(intent.card)];
      const LibraryCard& card = cards_[static_cast<std::size_t>(intent.card)];
      start_session(ResolvedRoutine{entry.file, *entry.routine}, card.reps > 0 ? std::optional(card.reps) : std::nullopt);
      break;
    }
    case LibraryIntent::Kind::set_reps: {
      LibraryCard& card = cards_[static_cast<std::size_t>(intent.card)];
      settings_.reps_by_routine[card.name] = intent.reps;
      save_settings(config_dir_, settings_);
      reload_library();
      break;
    }
    case LibraryIntent::Kind::toggle_theme:
      settings_.theme = theme() == ThemeKind::dark ? "light" : "dark";
      save_settings(config_dir_, settings_);
      apply_style(theme(), fonts_.body_px, touch_seen_);
      break;
    case LibraryIntent::Kind::toggle_fullscreen: toggle_fullscreen(); break;
    case LibraryIntent::Kind::toggle_mute: toggle_mute(); break;
    case LibraryIntent::Kind::toggle_voice: toggle_voice(); break;
    case LibraryIntent::Kind::show_progress: show_progress(); break;
    case LibraryIntent::Kind::new_routine: open_editor(RoutineEditor::for_new("My routine")); break;
    case LibraryIntent::Kind::edit:
    case LibraryIntent::Kind::duplicate: {
      const LibraryEntry& entry = *card_entries_[static_cast<std::size_t>(intent.card)];
      if (!entry.routine) break;
      if (intent.kind == LibraryIntent::Kind::duplicate) {
        open_editor(RoutineEditor::for_copy(*entry.routine));
        break;
      }
      open_editor(RoutineEditor::for_file(entry.file, *entry.routine, entry.origin, file_text(entry.file)));
      break;
    }
    case LibraryIntent::Kind::delete_routine: confirm_delete_card_ = intent.card; break;
    case LibraryIntent::Kind::cancel_delete: confirm_delete_card_.reset(); break;
    case LibraryIntent::Kind::confirm_delete: {
      if (confirm_delete_card_) {
        const LibraryEntry& entry = *card_entries_[static_cast<std::size_t>(*confirm_delete_card_)];
        std::error_code ec;
        if (entry.origin == RoutineOrigin::user && !std::filesystem::remove(entry.file, ec)) {
          fmt::print(stderr, "limber: cannot delete {}: {}\n", entry.file.string(), ec.message());
        }
      }
      confirm_delete_card_.reset();
      reload_library();
      break;
    }
  }
  frames_to_draw_ = kFramesAfterInput;
}

void GuiApp::handle_key(SDL_Keycode key, Uint16 mods) {
  if (key == SDLK_F11) {
    toggle_fullscreen();
    return;
  }
  const bool ctrl = (mods & KMOD_CTRL) != 0;
  if (screen_ == Screen::editor) {
    handle_editor_outcome(editor_screen_.handle_key(key, static_cast<SDL_Keymod>(mods), save_target()));
    return;
  }
  if (screen_ == Screen::library && ctrl && key == SDLK_n) {
    open_editor(RoutineEditor::for_new("My routine"));
    return;
  }
  if (screen_ == Screen::library && confirm_delete_card_) {
    if (key == SDLK_ESCAPE) confirm_delete_card_.reset();
    return;
  }
  if (screen_ == Screen::session) {
    if (session_view_.confirming_stop()) {
      if (key == SDLK_RETURN || key == SDLK_KP_ENTER) {
        apply_session_intent(SessionIntent::confirm_stop);
        session_view_ = SessionView{};
      } else if (key == SDLK_ESCAPE) {
        session_view_ = SessionView{};
      }
      return;
    }
    switch (key) {
      case SDLK_SPACE: apply_session_intent(SessionIntent::toggle_pause); break;
      case SDLK_RIGHT: apply_session_intent(SessionIntent::skip); break;
      case SDLK_LEFT: apply_session_intent(SessionIntent::back); break;
      case SDLK_ESCAPE: apply_session_intent(SessionIntent::request_stop); break;
      case SDLK_m: toggle_mute(); break;
      default: break;
    }
  } else if ((screen_ == Screen::summary || screen_ == Screen::progress) &&
             (key == SDLK_RETURN || key == SDLK_ESCAPE)) {
    screen_ = Screen::library;
    reload_library();
  } else if (screen_ == Screen::library && key == SDLK_p) {
    show_progress();
  }
}

void GuiApp::handle_event(const SDL_Event& event) {
  const bool synthetic_mouse = (event.type == SDL_MOUSEBUTTONDOWN || event.type == SDL_MOUSEBUTTONUP) &&
                               event.button.which == SDL_TOUCH_MOUSEID;
  if (!synthetic_mouse && event.type != SDL_FINGERDOWN && event.type != SDL_FINGERUP && event.type != SDL_FINGERMOTION) {
    ImGui_ImplSDL2_ProcessEvent(&event);
  }
  switch (event.type) {
    case SDL_QUIT: quit_ = true; break;
    case SDL_KEYDOWN:
      if (event.key.repeat == 0) handle_key(event.key.keysym.sym, event.key.keysym.mod);
      break;
    case SDL_FINGERDOWN:
    case SDL_FINGERMOTION:
    case SDL_FINGERUP: {
      // Finger coordinates are 0..1 of the window; ImGui wants pixels.
      const ImVec2 size = ImGui::GetIO().DisplaySize;
      touches_.push_back(TouchPoint{ImVec2(event.tfinger.x * size.x, event.tfinger.y * size.y),
                                    event.type != SDL_FINGERUP});
      if (!touch_seen_) {
        touch_seen_ = true;
        ImGui::GetIO().ConfigFlags |= ImGuiConfigFlags_IsTouchScreen;
        apply_style(theme(), fonts_.body_px, true);
      }
      break;
    }
    default: break;
  }
  frames_to_draw_ = kFramesAfterInput;
}

// One touch state per frame, so a tap that went down and up between two frames still clicks.
void GuiApp::apply_touch() {
  ImGuiIO& io = ImGui::GetIO();
  if (!touches_.empty()) {
    touch_ = touches_.front();
    touches_.pop_front();
    frames_to_draw_ = std::max(frames_to_draw_, static_cast<int>(touches_.size()) + 2);
  } else if (touch_ && !touch_->down) {
    touch_.reset();
    io.MousePos = ImVec2(-FLT_MAX, -FLT_MAX);
    return;
  }
  if (touch_) {
    io.MousePos = touch_->position;
    io.MouseDown[0] = touch_->down;
  }
}

void GuiApp::update_fonts_if_needed() {
  const float wanted = body_pixels_for(window_->width(), window_->height());
  if (fonts_.body != nullptr && std::abs(wanted - fonts_.body_px) < fonts_.body_px * 0.08f) return;
  fonts_ = load_fonts(wanted);
  window_->refresh_font_texture();
  apply_style(theme(), fonts_.body_px, touch_seen_);
}

void GuiApp::draw_frame() {
  update_fonts_if_needed();
  window_->begin_frame();
  apply_touch();
  ImGui::NewFrame();
  ImGui::PushFont(fonts_.body);
  const Nanos now = clock_.now();
  switch (screen_) {
    case Screen::library:
      if (auto intent = library_view_.draw(cards_, theme(), fonts_, window_->fullscreen(), sound_off(), settings_.voice,
                                           confirm_delete_card_ ? cards_[static_cast<std::size_t>(*confirm_delete_card_)].name
                                                                : std::string())) {
        apply_library_intent(*intent);
      }
      break;
    case Screen::session: {
      const SessionDisplay display = describe_session(session_->engine(), now, phase_started_at_);
      if (auto intent = session_view_.draw(display, theme(), fonts_, window_->fullscreen(), sound_off())) {
        apply_session_intent(*intent);
      }
      break;
    }
    case Screen::summary:
      if (auto intent = summary_view_.draw(summary_, theme(), fonts_)) {
        apply_summary_intent(*intent);
        frames_to_draw_ = kFramesAfterInput;
      }
      break;
    case Screen::editor:
      handle_editor_outcome(editor_screen_.draw(theme(), fonts_, save_target()));
      break;
    case Screen::progress:
      if (auto intent = progress_view_.draw(progress_.model(), theme(), fonts_)) {
        apply_progress_intent(*intent);
        frames_to_draw_ = kFramesAfterInput;
      }
      break;
  }
  ImGui::PopFont();
  window_->end_frame();
  last_draw_ = now;
  ++frames_drawn_;
  next_frame_at_.reset();
  if (screen_ == Screen::session && session_) {
    next_frame_at_ = next_session_frame(session_->engine(), now, now, phase_started_at_);
  }
  if (quit_at_ && now >= *quit_at_) {
    if (!options_.screenshot.empty()) {
      auto saved = save_screenshot(options_.screenshot, window_->width(), window_->height());
      if (!saved) fmt::print(stderr, "limber: {}\n", saved.error());
    }
    quit_ = true;
  }
  SDL_GL_SwapWindow(window_->sdl());
}

std::optional<Nanos> GuiApp::next_wake(Nanos now) const {
  std::optional<Nanos> wake;
  const auto earliest = [&wake](Nanos at) { wake = wake ? std::min(*wake, at) : at; };
  if (frames_to_draw_ > 0) earliest(now);
  if (screen_ == Screen::session && session_) {
    if (auto at = session_->wake_at()) earliest(*at);
    if (next_frame_at_) earliest(*next_frame_at_);
  }
  if (quit_at_) earliest(*quit_at_);
  if (screen_ == Screen::library) earliest(std::max(now, next_library_poll_));
  return wake;
}

int GuiApp::run() {
  if (!open()) return no_display_ ? kExitNoDisplay : 1;
  while (step()) {
  }
  return 0;
}

bool GuiApp::step(std::optional<Nanos> max_wait) {
  const Nanos now = clock_.now();
  auto wake = next_wake(now);
  if (max_wait) wake = wake ? std::min(*wake, now + *max_wait) : now + *max_wait;
  SDL_Event event;
  // Idle costs nothing: block until input or the next thing that must happen.
  const bool got = !wake ? SDL_WaitEvent(&event) == 1
                         : SDL_WaitEventTimeout(&event, static_cast<int>(std::max<std::int64_t>(
                                                           0, std::chrono::ceil<std::chrono::milliseconds>(*wake - now).count()))) == 1;
  if (got) {
    handle_event(event);
    while (SDL_PollEvent(&event) == 1) handle_event(event);
  }
  if (screen_ == Screen::session && session_) handle_session_events(session_->tick());
  if (session_) session_->record_played_cues();
  poll_library(clock_.now());
  const Nanos after = clock_.now();
  const bool session_frame = screen_ == Screen::session && next_frame_at_ && after >= *next_frame_at_;
  if (frames_to_draw_ > 0 || session_frame || (quit_at_ && after >= *quit_at_)) {
    if (frames_to_draw_ > 0) --frames_to_draw_;
    draw_frame();
  }
  if (!quit_) return true;
  if (session_ && !session_->engine().is_over()) (void)session_->control(SessionControl::stop);
  SDL_EnableScreenSaver();
  return false;
}

int run_gui(const AppContext& context, const GuiOptions& options) {
  GuiApp app(context, options);
  return app.run();
}

}  // namespace limber
