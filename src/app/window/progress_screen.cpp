#include "app/window/progress_screen.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "core/base/calendar.hpp"
#include "core/base/duration.hpp"
#include "core/base/translate.hpp"
#include "core/history/progress_stats.hpp"
#include "core/history/report.hpp"
#include "platform/paths.hpp"
#include "platform/child_process.hpp"
#include "platform/pdf_report.hpp"

namespace limber {

void ProgressScreen::refresh(bool fresh_visit) {
  if (fresh_visit) {
    deleted_.clear();
    night_.reset();
    undo_.reset();
    model_.report_saved.clear();
    model_.report_openable = false;
    report_file_.clear();
    weeks_back_ = 0;
  }
  const WindowHistory& history = services_.history;
  model_.notice = !problem_.empty() ? problem_ : history.notice();
  model_.stats = compute_progress(history.sessions(), history.diary(), services_.today(),
                                  GoalSettings{services_.settings.weekly_goal_days}, weeks_back_);
  add_night_marks(model_.stats, history.cramp_events(), history.tried());
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
                                         outcome_name(s->outcome), format_clock(Seconds{s->active_seconds}),
                                         deleted});
    row_uuids_.push_back(s->uuid);
  }
  model_.night.reset();
  if (night_) {
    NightEditor editor{*night_, format(tr("The night of {0}"), weekday_date(*night_))};
    if (const auto entry = history.diary_entry(*night_)) {
      editor.cramps = entry->cramps;
      editor.severity = entry->severity;
    }
    editor.can_go_later = *night_ < services_.today();
    editor.error = night_error_;
    editor.counted = describe_night_cramps(history.cramp_events(), format_date(*night_));
    // What else was tried on the day the night began.
    const auto day = history.tried().find(format_date(*night_));
    for (const std::string& key : services_.settings.tried_things) {
      editor.tried.push_back(TriedTick{key, tried_thing_label(key), day != history.tried().end() && day->second.count(key) != 0});
    }
    model_.night = editor;
  }
  model_.undo = undo_ ? format(tr("Changed the night of {0}"), weekday_date(undo_->night)) : std::string();
}

std::optional<ProgressIntent> ProgressScreen::draw(const ViewFonts& fonts) {
  return view_.draw(model_, services_.theme(), fonts);
}

// The last six weeks as a PDF in the documents folder, named by today's date; said where it went.
void ProgressScreen::save_report() {
  const auto folder = resolve_documents_dir();
  if (!folder) {
    model_.report_saved = tr("The report cannot be saved: there is no home folder (HOME is not set).");
    return;
  }
  const DayNumber today = services_.today();
  const ReportFigures report = compute_report(services_.history.sessions(), services_.history.diary(),
                                              report_period(std::nullopt, kReportDefaultWeeks, today),
                                              services_.history.cramp_events(), services_.history.tried());
  const std::filesystem::path file = *folder / fmt::format("limber-report-{}.pdf", format_date(today));
  const auto written = write_report_pdf(report, file, paper_for_locale(time_locale_from_environment()), today);
  model_.report_saved = written ? format(tr("Saved the last six weeks in {0}"), file.string())
                                : format(tr("The report cannot be saved: {0}"), written.error());
  model_.report_openable = written.has_value();
  report_file_ = written ? file : std::filesystem::path();
}

// The desktop's own viewer for PDFs (xdg-open asks the desktop, GNOME's and KDE's portals included),
// which also prints it; where there is none, said, with where the file is.
void ProgressScreen::open_report() {
  if (report_file_.empty()) return;
  const auto started = start_detached({"xdg-open", report_file_.string()});
  if (!started) {
    model_.report_saved = format(tr("It cannot be opened here ({0}); the report is in {1}"), started.error(), report_file_.string());
  }
}

AppRequest ProgressScreen::handle(const ProgressIntent& intent) {
  switch (intent.kind) {
    case ProgressIntent::Kind::back: return {AppRequest::Kind::show_library};
    case ProgressIntent::Kind::delete_session: delete_session(intent.row); break;
    case ProgressIntent::Kind::save_report: save_report(); break;
    case ProgressIntent::Kind::open_report: open_report(); break;
    case ProgressIntent::Kind::undo_delete: undo_delete(intent.row); break;
    case ProgressIntent::Kind::open_night:
    case ProgressIntent::Kind::night_earlier:
    case ProgressIntent::Kind::night_later:
    case ProgressIntent::Kind::night_cramps:
    case ProgressIntent::Kind::night_severity:
    case ProgressIntent::Kind::night_delete:
    case ProgressIntent::Kind::night_done:
    case ProgressIntent::Kind::undo_night: handle_night(intent); break;
    case ProgressIntent::Kind::night_tried:
      if (model_.night && intent.value >= 0 && static_cast<std::size_t>(intent.value) < model_.night->tried.size()) {
        const TriedTick& tick = model_.night->tried[static_cast<std::size_t>(intent.value)];
        const auto saved = services_.history.set_tried(model_.night->night, tick.key, !tick.done);
        night_error_ = saved ? std::string() : saved.error();
        refresh();
      }
      break;
    case ProgressIntent::Kind::chart_earlier:
    case ProgressIntent::Kind::chart_later:
      // A page is the calendar's 16 weeks; never later than this week.
      weeks_back_ = std::max(0, weeks_back_ + (intent.kind == ProgressIntent::Kind::chart_earlier ? kProgressWeeks : -kProgressWeeks));
      refresh();
      break;
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
  if (night_) {
    // The night's own keys: Escape closes it, the arrows step through the nights.
    if (key == SDLK_ESCAPE) return handle({ProgressIntent::Kind::night_done});
    if (key == SDLK_LEFT) return handle({ProgressIntent::Kind::night_earlier});
    if (key == SDLK_RIGHT) return handle({ProgressIntent::Kind::night_later});
    return {};
  }
  if (key == SDLK_RETURN || key == SDLK_KP_ENTER || key == SDLK_ESCAPE) return handle({ProgressIntent::Kind::back});
  return {};
}

void ProgressScreen::handle_night(const ProgressIntent& intent) {
  using Kind = ProgressIntent::Kind;
  const DayNumber today = services_.today();
  if (intent.kind != Kind::open_night && intent.kind != Kind::undo_night && !night_) return;
  night_error_.clear();
  switch (intent.kind) {
    case Kind::open_night: night_ = std::min<DayNumber>(intent.value, today); break;
    case Kind::night_earlier: night_ = *night_ - 1; break;
    case Kind::night_later: night_ = std::min(*night_ + 1, today); break;
    case Kind::night_done: night_.reset(); break;
    case Kind::night_cramps: {
      const auto known = services_.history.diary_entry(*night_);
      // A new count keeps what was said of the worst cramp; a night without cramps has none.
      const int severity = intent.value > 0 && known ? known->severity : 0;
      save_night(DiaryEntry{format_date(*night_), intent.value, severity, known ? known->note : ""});
      break;
    }
    case Kind::night_severity: {
      const auto known = services_.history.diary_entry(*night_);
      if (known && known->cramps > 0) save_night(DiaryEntry{known->date, known->cramps, intent.value, known->note});
      break;
    }
    case Kind::night_delete: {
      const DayNumber night = *night_;
      change_night([&]() -> Expected<void, std::string> {
        const auto deleted = services_.history.delete_diary_entry(night);
        if (!deleted) return Unexpected{deleted.error()};
        return {};
      });
      break;
    }
    case Kind::undo_night: {
      if (!undo_) break;
      const NightUndo undo = *undo_;
      const auto restored = undo.before ? services_.history.save_diary_entry(*undo.before, today)
                                        : [&]() -> Expected<void, std::string> {
                                            const auto deleted = services_.history.delete_diary_entry(undo.night);
                                            if (!deleted) return Unexpected{deleted.error()};
                                            return {};
                                          }();
      if (!restored) {
        night_error_ = restored.error();
      } else {
        undo_.reset();
      }
      if (night_) night_ = undo.night;
      break;
    }
    default: break;
  }
  refresh();
}

void ProgressScreen::save_night(DiaryEntry entry) {
  change_night([&] { return services_.history.save_diary_entry(entry, services_.today()); });
}

void ProgressScreen::change_night(const std::function<Expected<void, std::string>()>& change) {
  const DayNumber night = *night_;
  const std::optional<DiaryEntry> before = services_.history.diary_entry(night);
  if (const auto changed = change(); !changed) {
    night_error_ = changed.error();
    return;
  }
  if (services_.history.diary_entry(night) != before) undo_ = NightUndo{night, before};
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
    problem_ = format(tr("The session could not be deleted: {0}"), deleted.error());
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
    problem_ = format(tr("The session could not be restored: {0}"), restored.error());
  } else {
    problem_.clear();
    deleted_.erase(found);
  }
  refresh();
}

}  // namespace limber
