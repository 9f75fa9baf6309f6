// The shell's side of the screens' requests: which screen shows, sessions started and ended,
// the editor opened, the window's own toggles. (The loop itself is in gui_app.cpp.)
#include <fmt/format.h>

#include <algorithm>
#include <system_error>

#include "app/window/gui_app.hpp"
#include "core/base/translate.hpp"
#include "core/routine/routine_language.hpp"
#include "core/routine/routine_loader.hpp"
#include "core/session/cramp_rescue.hpp"
#include "core/session/session_start.hpp"
#include "platform/paths.hpp"
#include "ui/theme.hpp"

namespace limber {

void GuiApp::open_first_screen() {
  if (options_.rescue) {
    act({.kind = options_.rescue_leg ? AppRequest::Kind::start_rescue : AppRequest::Kind::show_rescue,
         .leg = options_.rescue_leg});
    return;
  }
  if (options_.open_progress) show(Screen::progress);
  if (options_.open_settings) show(Screen::settings);
  if (!options_.edit_routine.empty()) {
    // A name or stem from the library, or a file anywhere (saved back in place, like a user's own).
    const auto resolved = resolve_routine(context_, options_.edit_routine);
    if (!resolved) {
      fmt::print(stderr, "{}", resolved.error());
      quit_ = true;
      return;
    }
    const auto& entries = library_.library().entries;
    const auto entry = std::find_if(entries.begin(), entries.end(), [&](const LibraryEntry& e) {
      std::error_code ec;
      return std::filesystem::equivalent(e.file, resolved->file, ec);
    });
    const RoutineOrigin origin = entry == entries.end() ? RoutineOrigin::user : entry->origin;
    act({.kind = AppRequest::Kind::open_editor,
         .editor = RoutineEditor::for_file(resolved->file, resolved->routine, origin, resolved->facts)});
  }
  if (!options_.routine.empty()) {
    const auto resolved = resolve_routine(context_, options_.routine);
    if (!resolved) {
      fmt::print(stderr, "{}", resolved.error());
      quit_ = true;
      return;
    }
    start_session(SessionRequest{*resolved, options_.reps});
    // The same words `limber run --headless` prints, so both paths say which reps they chose.
    if (const std::string reps = reps_choice_text(session_.reps()); !reps.empty()) {
      const Routine& routine = resolved->routine;
      fmt::print("{}: {}.\n", translated_text(routine.translations, "name", routine.name, current_language()), reps);
    }
  }
}

void GuiApp::act(AppRequest request) {
  switch (request.kind) {
    case AppRequest::Kind::none: return;
    case AppRequest::Kind::show_library: show(Screen::library); break;
    case AppRequest::Kind::show_progress: show(Screen::progress); break;
    case AppRequest::Kind::show_settings: show(Screen::settings); break;
    case AppRequest::Kind::show_rescue:
      rescue_.open();
      show(Screen::rescue);
      break;
    case AppRequest::Kind::start_rescue: start_rescue(*request.leg); break;
    case AppRequest::Kind::show_import:
      importer_.open();
      show(Screen::importer);
      break;
    case AppRequest::Kind::back_to_editor: show(editor_.is_open() ? Screen::editor : Screen::library); break;
    case AppRequest::Kind::open_editor:
      editor_.open(std::move(*request.editor), save_target());
      show(Screen::editor);
      break;
    case AppRequest::Kind::start_session: start_session(*request.session); break;
    case AppRequest::Kind::again:
      if (last_session_) {
        SessionRequest again = *last_session_;
        again.asked_reps = session_.reps().reps;
        start_session(again);
      }
      break;
    case AppRequest::Kind::routine_saved:
      library_.reload();
      editor_.set_target(save_target());
      break;
    case AppRequest::Kind::toggle_fullscreen: toggle_fullscreen(); break;
    case AppRequest::Kind::restyle: apply_style(services_.theme(), fonts_.body_px, touch_.seen()); break;
    case AppRequest::Kind::quit: quit_ = true; break;
  }
  frames_to_draw_ = kFramesAfterInput;
}

void GuiApp::show(Screen screen) {
  forget_last_focus();
  // Night mode lasts from the leg question to the rescue's summary.
  const bool night = screen == Screen::rescue ||
                     ((screen == Screen::session || screen == Screen::summary) && last_session_ && last_session_->night);
  if (night && !services_.night_mode) {
    services_.begin_night();
    act({.kind = AppRequest::Kind::restyle});
  } else if (!night && services_.night_mode) {
    services_.end_night();
    act({.kind = AppRequest::Kind::restyle});
  }
  if (screen == Screen::library || screen == Screen::progress) services_.history.refresh();
  if (screen == Screen::library) library_.reload();
  if (screen == Screen::progress) progress_.refresh(/*fresh_visit=*/true);
  if (screen == Screen::settings) settings_.refresh(/*fresh_visit=*/true);
  screen_ = screen;
  frames_to_draw_ = kFramesAfterInput;
}

void GuiApp::start_rescue(Side leg) {
  const std::filesystem::path file = builtin_assets_dir() / kRescueRoutineFile;
  LoadedRoutine loaded = read_routine_file(file);
  if (!loaded.routine) {
    // Only a broken installation gets here; the diary still learns of the cramp below.
    rescue_.open();
    rescue_.set_problem(format(tr("The rescue routine cannot be read ({0}). Stretch the leg: pull the toes towards "
                                  "you, then stand and lean on it, then walk."),
                               file.string()));
    show(Screen::rescue);
  }
  // Recorded first: whatever happens next, the diary knows of the cramp.
  const CrampEvent event = make_cramp_event(services_.wall.now(), leg);
  if (const auto recorded = services_.history.record_cramp(event); !recorded) {
    fmt::print(stderr, "limber: the cramp is not in the diary: {}\n", recorded.error());
  }
  if (!loaded.routine) return;
  SessionRequest request{ResolvedRoutine{file, for_one_leg(std::move(loaded.routine.value()), leg), loaded.facts}};
  request.night = true;
  request.cramp = event;
  start_session(request);
}

void GuiApp::start_session(const SessionRequest& request) {
  const Routine& routine = request.routine.routine;
  const RepsChoice choice =
      choose_reps(routine, services_.history.sessions(), request.asked_reps, services_.last_pick(routine.name));
  last_session_ = request;
  // A rescue under way: the way out of it stays dark too (a question backed out of does not).
  if (request.night) services_.night_look = true;
  // A try from the editor is a rehearsal, not a session of the user's: it is not recorded.
  if (request.night && !services_.night_mode) {
    services_.begin_night();  // low volume and the voice, before the sound opens
    act({.kind = AppRequest::Kind::restyle});
  }
  // A try from the editor is a rehearsal; a rescue is first aid, recorded as its cramp (the
  // diary and the report's night-time rescues), not as a stretching session for streaks.
  session_.start(request.routine, choice, /*record=*/!request.from_editor && !request.night);
  show(Screen::session);
}

void GuiApp::end_session() {
  session_.flush_history();  // the summary reads what it wrote
  if (!session_.kept_aside()) services_.history.publish();
  summary_.open(session_.driver()->engine(), services_.clock.now(), last_session_ && last_session_->from_editor,
                session_.kept_aside(), last_session_ ? last_session_->cramp : std::nullopt);
  show(Screen::summary);
}

SaveTarget GuiApp::save_target() const {
  SaveTarget target;
  target.user_dir = context_.data_dir ? *context_.data_dir / "routines" : std::filesystem::path("routines");
  for (const LibraryEntry& entry : library_.library().entries) {
    target.taken_stems.push_back(entry.stem());
    if (entry.routine) target.names.emplace_back(entry.file, entry.routine->name);
  }
  return target;
}

void GuiApp::toggle_fullscreen() {
  services_.settings.fullscreen = !window_->fullscreen();
  window_->set_fullscreen(services_.settings.fullscreen);
  services_.save_settings();
}

}  // namespace limber
