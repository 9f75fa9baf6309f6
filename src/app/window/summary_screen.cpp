#include "app/window/summary_screen.hpp"

#include <fmt/format.h>

#include "core/base/duration.hpp"
#include "core/base/translate.hpp"
#include "core/history/diary_rules.hpp"
#include "core/history/progress_stats.hpp"
#include "core/session/session_summary.hpp"

namespace limber {

void SummaryScreen::open(const SessionEngine& engine, Nanos now, bool from_editor, bool kept_aside,
                         const std::optional<CrampEvent>& cramp) {
  from_editor_ = from_editor;
  const SessionSummary summary = summarize(engine, now);
  const Plan& plan = engine.plan();
  model_ = SummaryModel{};
  const SessionVerdict verdict = session_verdict(summary);
  model_.completed = verdict == SessionVerdict::done || verdict == SessionVerdict::done_with_skips;
  model_.headline = verdict_headline(verdict);
  model_.offer_close = cramp.has_value();
  model_.routine = plan.title;
  model_.time = format(tr("{0} of {1}"), format_clock(std::chrono::duration_cast<Seconds>(summary.active)),
                            format_clock(plan.total));
  for (const RepsDone& row : summary.reps) model_.rows.push_back(reps_done_text(plan, row));
  model_.back_label = from_editor ? tr("Back to the editor") : tr("Back to library");
  if (kept_aside) {
    model_.history_notice =
        tr("This session is not in your history yet: the history could not be written, so it is kept aside and added "
           "the next time Limber can write it.");
  }
  services_.history.refresh();
  night_ = cramp ? parse_date(cramp->night).value_or(last_night(services_.today())) : last_night(services_.today());
  // At night, after a rescue, only the cramp matters; by day, what else was tried today too.
  ask_tried_ = !cramp && !from_editor && !services_.settings.tried_things.empty();
  if (services_.history.can_write()) {
    read_diary_prompt();
    read_tried();
  }
}

void SummaryScreen::read_diary_prompt() {
  model_.diary.night = weekday_date(night_);
  model_.diary.tonight = night_ >= services_.today();
  model_.diary.counted = describe_night_cramps(services_.history.cramp_events(), format_date(night_));
  if (const auto entry = services_.history.diary_entry(night_)) {
    model_.diary.saved = diary_entry_text(*entry);
    if (!worst_severity(*entry)) model_.diary.cramps = entry->cramps;  // the count is in; how bad is not
  }
}

void SummaryScreen::read_tried() {
  model_.tried.clear();
  model_.tried_day.clear();
  if (!ask_tried_) return;
  const DayNumber today = services_.today();
  model_.tried_day = weekday_date(today);
  const auto day = services_.history.tried().find(format_date(today));
  for (const std::string& key : services_.settings.tried_things) {
    const bool done = day != services_.history.tried().end() && day->second.count(key) != 0;
    model_.tried.push_back(TriedTick{key, tried_thing_label(key), done});
  }
}

std::optional<SummaryIntent> SummaryScreen::draw(const ViewFonts& fonts) {
  return view_.draw(model_, services_.theme(), fonts);
}

AppRequest SummaryScreen::handle(const SummaryIntent& intent) {
  switch (intent.kind) {
    case SummaryIntent::Kind::again: return {AppRequest::Kind::again};
    case SummaryIntent::Kind::close: return {AppRequest::Kind::quit};
    case SummaryIntent::Kind::back_to_library:
      return {from_editor_ ? AppRequest::Kind::back_to_editor : AppRequest::Kind::show_library};
    case SummaryIntent::Kind::diary_cramps:
      // One tap writes the night; with cramps, how bad the worst was is asked next (and may wait).
      if (save_last_night(intent.value, 0) && intent.value > 0) model_.diary.cramps = intent.value;
      break;
    case SummaryIntent::Kind::diary_severity:
      if (model_.diary.cramps) (void)save_last_night(*model_.diary.cramps, intent.value);
      break;
    case SummaryIntent::Kind::toggle_tried: {
      if (intent.value < 0 || static_cast<std::size_t>(intent.value) >= model_.tried.size()) break;
      const TriedTick& tick = model_.tried[static_cast<std::size_t>(intent.value)];
      if (const auto saved = services_.history.set_tried(services_.today(), tick.key, !tick.done); !saved) {
        model_.diary.error = saved.error();
      }
      read_tried();
      break;
    }
    case SummaryIntent::Kind::diary_change:
      // The counts show again; what is saved stays until another is tapped.
      model_.diary.changing = true;
      break;
  }
  return {};
}

AppRequest SummaryScreen::handle_key(SDL_Keycode key) {
  if (key == SDLK_RETURN || key == SDLK_KP_ENTER || key == SDLK_ESCAPE) return handle({SummaryIntent::Kind::back_to_library});
  return {};
}

bool SummaryScreen::save_last_night(int cramps, int severity) {
  const auto known = services_.history.diary_entry(night_);
  const DiaryEntry entry{format_date(night_), cramps, severity, known ? known->note : ""};
  if (const auto saved = services_.history.save_diary_entry(entry, services_.today()); !saved) {
    model_.diary.error = saved.error();
    return false;
  }
  model_.diary.error.clear();
  model_.diary.cramps.reset();
  model_.diary.changing = false;
  model_.diary.saved = diary_entry_text(entry);
  return true;
}

}  // namespace limber
