#include "app/window/library_screen.hpp"

#include "app/services/pose_library.hpp"
#include "app/services/routine_pictures.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cstdio>
#include <system_error>

#include "core/base/duration.hpp"
#include "core/base/translate.hpp"
#include "core/history/progress_stats.hpp"
#include "core/routine/plan.hpp"
#include "core/routine/routine_language.hpp"
#include "core/routine/tag_words.hpp"
#include "core/session/session_start.hpp"
#include "platform/abilities.hpp"

namespace limber {

void LibraryScreen::reload() {
  library_ = services_.context.load_library();
  signature_ = library_signature(services_.context.routine_folders());
  model_.cards.clear();
  card_files_.clear();
  const std::vector<SessionRecord>& sessions = services_.history.sessions();
  for (const LibraryEntry& entry : library_.entries) {
    LibraryCard card;
    card.name = entry.display_name();
    card.editable = entry.routine.has_value();
    card.deletable = entry.origin == RoutineOrigin::user;
    if (entry.routine) {
      const Routine& routine = *entry.routine;
      card.name = translated_text(routine.translations, "name", routine.name, current_language());
      const std::optional<int> reps = offered_reps(entry);
      // The first illustrated exercise: its own picture where it has one, else its figure's still
      // in the hold.
      for (const Exercise& exercise : routine.exercises) {
        if (exercise.pose.empty() && exercise.image.empty()) continue;
        if (const ImageTexture* shown = exercise.image.empty() ? nullptr : picture(picture_path(entry.file, exercise.image))) {
          card.picture = shown->id();
          card.picture_size = ImVec2(static_cast<float>(shown->width()), static_cast<float>(shown->height()));
        }
        if (!exercise.pose.empty()) card.pose = find_pose(entry.file, exercise.pose);
        if (card.picture != nullptr || card.pose != nullptr) break;
      }
      if (const auto range = routine_reps_range(routine)) {
        card.reps_min = range->min;
        card.reps_max = range->max;
        card.reps = reps.value_or(range->min);
      }
      std::string last;
      if (const auto day = last_done(sessions, routine.name)) {
        last = format(tr(" \u00b7 last done {0}"), days_ago_text(*day, services_.today()));
      }
      const std::string tags = tags_label(routine.tags);
      // Said, not silent: a user routine named like a built-in is the one `limber run NAME` finds.
      const LibraryEntry* namesake = library_.another_named(routine.name, entry.file);
      const std::string shadows = entry.origin == RoutineOrigin::user && namesake != nullptr &&
                                          namesake->origin == RoutineOrigin::builtin
                                      ? std::string(" \u00b7 ") + tr("replaces the built-in one of this name")
                                      : std::string();
      card.details = fmt::format("{} \u00b7 {}{}{}{}{}", format_clock(total_duration(routine, reps)), tags,
                                 tags.empty() ? "" : " \u00b7 ", origin_name(entry.origin), shadows, last);
    } else {
      const Diagnostic& first = entry.routine.error().front();
      card.problem = format(tr("Invalid: line {0}: {1}"), first.line, first.message);
    }
    model_.cards.push_back(std::move(card));
    card_files_.push_back(entry.file);
  }
  drop_question_if_file_gone();
}

const ImageTexture* LibraryScreen::picture(const std::filesystem::path& path) {
  if (services_.renderer == nullptr) return nullptr;
  auto found = pictures_.find(path);
  if (found == pictures_.end()) {
    auto loaded = ImageTexture::load(path, services_.renderer);
    found = pictures_.emplace(path, loaded ? std::optional<ImageTexture>(std::move(loaded.value())) : std::nullopt).first;
  }
  return found->second ? &*found->second : nullptr;
}

bool LibraryScreen::reload_if_changed() {
  if (library_signature(services_.context.routine_folders()) == signature_) return false;
  reload();
  return true;
}

bool LibraryScreen::poll(Nanos now) {
  if (now < next_poll_) return false;
  next_poll_ = now + kPollInterval;
  return reload_if_changed();
}

std::optional<int> LibraryScreen::offered_reps(const LibraryEntry& entry) const {
  const auto picked = picked_.find(entry.file);
  const std::optional<int> asked = picked == picked_.end() ? std::nullopt : std::optional(picked->second);
  return choose_reps(*entry.routine, services_.history.sessions(), asked, services_.last_pick(entry.routine->name)).reps;
}

const LibraryEntry* LibraryScreen::entry_for(int card) const {
  if (card < 0 || static_cast<std::size_t>(card) >= card_files_.size()) return nullptr;
  return entry_at(card_files_[static_cast<std::size_t>(card)]);
}

const LibraryEntry* LibraryScreen::entry_at(const std::filesystem::path& file) const {
  const auto found = std::find_if(library_.entries.begin(), library_.entries.end(),
                                  [&](const LibraryEntry& e) { return e.file == file; });
  return found == library_.entries.end() ? nullptr : &*found;
}

std::optional<LibraryIntent> LibraryScreen::draw(const ViewFonts& fonts, bool fullscreen) {
  model_.fullscreen = fullscreen;
  model_.muted = services_.sound_off();
  model_.voice = services_.settings.voice;
  model_.can_quit = platform_abilities().quit;
  return view_.draw(model_, services_.theme(), fonts);
}

AppRequest LibraryScreen::handle(const LibraryIntent& intent) {
  using Kind = LibraryIntent::Kind;
  if (intent.kind != Kind::confirm_delete) model_.notice.clear();
  const LibraryEntry* entry = entry_for(intent.card);
  switch (intent.kind) {
    case Kind::start:
      if (entry == nullptr || !entry->routine) return {};
      return {.kind = AppRequest::Kind::start_session,
              .session = SessionRequest{ResolvedRoutine{entry->file, *entry->routine, entry->facts},
                                        picked_.count(entry->file) != 0 ? std::optional(picked_[entry->file]) : std::nullopt}};
    case Kind::set_reps:
      if (entry == nullptr || !entry->routine) return {};
      picked_[entry->file] = intent.reps;
      services_.settings.reps_by_routine[entry->routine->name] = intent.reps;
      services_.save_settings();
      reload();
      return {};
    case Kind::toggle_fullscreen: return {AppRequest::Kind::toggle_fullscreen};
    case Kind::toggle_mute: services_.toggle_mute(); return {};
    case Kind::toggle_voice: services_.toggle_voice(); return {};
    case Kind::show_progress: return {AppRequest::Kind::show_progress};
    case Kind::show_settings: return {AppRequest::Kind::show_settings};
    case Kind::new_routine: return {.kind = AppRequest::Kind::open_editor, .editor = RoutineEditor::for_new(tr("My routine"))};
    case Kind::edit:
    case Kind::duplicate:
      if (entry == nullptr || !entry->routine) return {};
      return {.kind = AppRequest::Kind::open_editor,
              .editor = intent.kind == Kind::duplicate
                            ? RoutineEditor::for_copy(*entry->routine)
                            : RoutineEditor::for_file(entry->file, *entry->routine, entry->origin, entry->facts)};
    case Kind::delete_routine: ask_to_delete(intent.card); return {};
    case Kind::cancel_delete:
      pending_delete_.reset();
      model_.confirm_delete.clear();
      return {};
    case Kind::confirm_delete: delete_confirmed(); return {};
    case Kind::quit: return {AppRequest::Kind::quit};
    case Kind::cramp_now: return {AppRequest::Kind::show_rescue};
    case Kind::import_routines: return {AppRequest::Kind::show_import};
  }
  return {};
}

AppRequest LibraryScreen::handle_key(SDL_Keycode key, Uint16 mods) {
  if (pending_delete_) {
    if (key == SDLK_ESCAPE) return handle({LibraryIntent::Kind::cancel_delete});
    return {};
  }
  if ((mods & KMOD_CTRL) != 0 && key == SDLK_n) return handle({LibraryIntent::Kind::new_routine});
  if ((mods & KMOD_CTRL) != 0 && key == SDLK_q) return handle({LibraryIntent::Kind::quit});
  if (key == SDLK_ESCAPE && model_.fullscreen) return {AppRequest::Kind::toggle_fullscreen};
  if (key == SDLK_p) return handle({LibraryIntent::Kind::show_progress});
  if (key == SDLK_c) return handle({LibraryIntent::Kind::cramp_now});
  if (key == SDLK_i) return handle({LibraryIntent::Kind::import_routines});
  if (key == SDLK_s || key == SDLK_COMMA) return handle({LibraryIntent::Kind::show_settings});
  return {};
}

void LibraryScreen::ask_to_delete(int card) {
  const LibraryEntry* entry = entry_for(card);
  if (entry == nullptr || entry->origin != RoutineOrigin::user) return;
  pending_delete_ = PendingDelete{entry->file, entry->facts.content_hash};
  model_.confirm_delete = entry->display_name();
}

void LibraryScreen::delete_confirmed() {
  if (!pending_delete_) return;
  const PendingDelete pending = *pending_delete_;
  const std::string name = model_.confirm_delete;
  pending_delete_.reset();
  model_.confirm_delete.clear();
  // Whatever the folder holds now decides, not what it held when the question was asked.
  const LoadedRoutine now = read_routine_file(pending.file);
  std::error_code ec;
  if (!std::filesystem::exists(pending.file, ec)) {
    model_.notice = format(tr("{0} was renamed or removed outside Limber: nothing was deleted."), name);
  } else if (now.facts.content_hash != pending.content_hash) {
    model_.notice = format(tr("{0} changed outside Limber since you asked: nothing was deleted."), name);
  } else if (!std::filesystem::remove(pending.file, ec)) {
    model_.notice = format(tr("{0} could not be deleted: {1}"), name, ec.message());
    fmt::print(stderr, "{}", format(tr("limber: cannot delete {0}: {1}\n"), pending.file.string(), ec.message()));
  }
  reload();
}

void LibraryScreen::drop_question_if_file_gone() {
  if (!pending_delete_ || entry_at(pending_delete_->file) != nullptr) return;
  model_.notice = format(tr("{0} was renamed or removed outside Limber: nothing was deleted."), model_.confirm_delete);
  pending_delete_.reset();
  model_.confirm_delete.clear();
}

}  // namespace limber
