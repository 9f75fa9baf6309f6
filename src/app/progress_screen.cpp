#include "app/progress_screen.hpp"

#include <fmt/format.h>

#include "core/duration.hpp"
#include "core/progress_stats.hpp"

namespace limber {

void ProgressScreen::refresh() {
  const WindowHistory& history = services_.history;
  const std::vector<SessionRecord>& sessions = history.sessions();
  model_.notice = !problem_.empty() ? problem_ : history.notice();
  model_.stats = compute_progress(sessions, history.diary(), services_.today(),
                                  GoalSettings{services_.settings.weekly_goal_days});
  model_.sessions.clear();
  row_uuids_.clear();
  for (auto s = sessions.rbegin(); s != sessions.rend() && model_.sessions.size() < kSessionListRows; ++s) {
    const auto day = parse_date(s->local_date);
    model_.sessions.push_back(SessionRow{day ? weekday_date(*day) : s->local_date, s->routine_name,
                                         std::string(outcome_key(s->outcome)), format_clock(Seconds{s->active_seconds})});
    row_uuids_.push_back(s->uuid);
  }
  model_.undo_text = deleted_uuid_.empty() ? std::string() : deleted_text_;
}

std::optional<ProgressIntent> ProgressScreen::draw(const ViewFonts& fonts) {
  return view_.draw(model_, services_.theme(), fonts);
}

AppRequest ProgressScreen::handle(const ProgressIntent& intent) {
  switch (intent.kind) {
    case ProgressIntent::Kind::back: return {AppRequest::Kind::show_library};
    case ProgressIntent::Kind::delete_session: delete_session(intent.row); break;
    case ProgressIntent::Kind::undo_delete: undo_delete(); break;
    case ProgressIntent::Kind::goal_down:
    case ProgressIntent::Kind::goal_up: {
      const int by = intent.kind == ProgressIntent::Kind::goal_up ? 1 : -1;
      services_.settings.weekly_goal_days = clamp_goal_days(services_.settings.weekly_goal_days + by);
      services_.save_settings();
      refresh();
      break;
    }
  }
  return {};
}

AppRequest ProgressScreen::handle_key(SDL_Keycode key) {
  if (key == SDLK_RETURN || key == SDLK_KP_ENTER || key == SDLK_ESCAPE) return handle({ProgressIntent::Kind::back});
  return {};
}

void ProgressScreen::delete_session(int row) {
  if (row < 0 || static_cast<std::size_t>(row) >= row_uuids_.size()) return;
  const std::string uuid = row_uuids_[static_cast<std::size_t>(row)];
  const SessionRow shown = model_.sessions[static_cast<std::size_t>(row)];
  if (const auto deleted = services_.history.delete_session(uuid); !deleted) {
    problem_ = fmt::format("The session could not be deleted: {}", deleted.error());
  } else {
    problem_.clear();
    deleted_uuid_ = uuid;
    deleted_text_ = fmt::format("Deleted {} of {}.", shown.routine, shown.when);
  }
  refresh();
}

void ProgressScreen::undo_delete() {
  if (deleted_uuid_.empty()) return;
  if (const auto restored = services_.history.restore_session(deleted_uuid_); !restored) {
    problem_ = fmt::format("The session could not be restored: {}", restored.error());
  } else {
    problem_.clear();
    deleted_uuid_.clear();
  }
  refresh();
}

}  // namespace limber
