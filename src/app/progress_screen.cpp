#include "app/progress_screen.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/duration.hpp"
#include "core/progress_stats.hpp"

namespace limber {

void ProgressScreen::refresh(bool fresh_visit) {
  if (fresh_visit) deleted_.clear();
  const WindowHistory& history = services_.history;
  model_.notice = !problem_.empty() ? problem_ : history.notice();
  model_.stats = compute_progress(history.sessions(), history.diary(), services_.today(),
                                  GoalSettings{services_.settings.weekly_goal_days});
  // The history's sessions with this visit's deletions back in their places, newest first.
  std::vector<const SessionRecord*> listed;
  for (const SessionRecord& s : history.sessions()) listed.push_back(&s);
  for (const SessionRecord& s : deleted_) listed.push_back(&s);
  std::stable_sort(listed.begin(), listed.end(), [](const SessionRecord* a, const SessionRecord* b) {
    return a->started_utc != b->started_utc ? a->started_utc > b->started_utc : a->uuid > b->uuid;
  });
  model_.sessions.clear();
  row_uuids_.clear();
  for (const SessionRecord* s : listed) {
    if (model_.sessions.size() >= kSessionListRows) break;
    const auto day = parse_date(s->local_date);
    const bool deleted = std::any_of(deleted_.begin(), deleted_.end(), [&](const SessionRecord& d) { return d.uuid == s->uuid; });
    model_.sessions.push_back(SessionRow{day ? weekday_date(*day) : s->local_date, s->routine_name,
                                         std::string(outcome_key(s->outcome)), format_clock(Seconds{s->active_seconds}),
                                         deleted});
    row_uuids_.push_back(s->uuid);
  }
}

std::optional<ProgressIntent> ProgressScreen::draw(const ViewFonts& fonts) {
  return view_.draw(model_, services_.theme(), fonts);
}

AppRequest ProgressScreen::handle(const ProgressIntent& intent) {
  switch (intent.kind) {
    case ProgressIntent::Kind::back: return {AppRequest::Kind::show_library};
    case ProgressIntent::Kind::delete_session: delete_session(intent.row); break;
    case ProgressIntent::Kind::undo_delete: undo_delete(intent.row); break;
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
  if (row < 0 || static_cast<std::size_t>(row) >= row_uuids_.size() || model_.sessions[static_cast<std::size_t>(row)].deleted) {
    return;
  }
  const std::string uuid = row_uuids_[static_cast<std::size_t>(row)];
  const auto& sessions = services_.history.sessions();
  const auto record = std::find_if(sessions.begin(), sessions.end(), [&](const SessionRecord& s) { return s.uuid == uuid; });
  if (record == sessions.end()) return;
  const SessionRecord kept = *record;
  if (const auto deleted = services_.history.delete_session(uuid); !deleted) {
    problem_ = fmt::format("The session could not be deleted: {}", deleted.error());
  } else {
    problem_.clear();
    deleted_.push_back(kept);
  }
  refresh();
}

void ProgressScreen::undo_delete(int row) {
  if (row < 0 || static_cast<std::size_t>(row) >= row_uuids_.size()) return;
  const std::string uuid = row_uuids_[static_cast<std::size_t>(row)];
  const auto found = std::find_if(deleted_.begin(), deleted_.end(), [&](const SessionRecord& s) { return s.uuid == uuid; });
  if (found == deleted_.end()) return;
  if (const auto restored = services_.history.restore_session(uuid); !restored) {
    problem_ = fmt::format("The session could not be restored: {}", restored.error());
  } else {
    problem_.clear();
    deleted_.erase(found);
  }
  refresh();
}

}  // namespace limber
