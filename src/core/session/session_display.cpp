#include "core/session/session_display.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cctype>

#include "core/base/translate.hpp"
#include "core/routine/side_words.hpp"
#include "core/session/phase_text.hpp"

namespace limber {
namespace {

std::string upper(std::string text) {
  for (char& c : text) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
  return text;
}

Seconds ceil_seconds(Nanos value) {
  return std::chrono::ceil<Seconds>(std::max(value, Nanos{0}));
}

// How the coming phase is named in "Next: ...".
std::string next_name(const Plan& plan, const PlannedPhase& next) {
  switch (next.kind) {
    case PhaseKind::hold: return trc("shown: the coming phase", "Hold");
    case PhaseKind::rest: return trc("shown: the coming phase", "Relax");
    case PhaseKind::timed: return exercise_name(plan, next);
    case PhaseKind::switch_sides: return tr("Switch sides");
    case PhaseKind::set_rest: return trc("shown: the coming phase", "Rest");
    default: return next.label;
  }
}

}  // namespace

std::string phase_word(const PlannedPhase& phase) {
  switch (phase.kind) {
    case PhaseKind::get_ready: return tr("GET READY");
    case PhaseKind::hold: return tr("HOLD");
    case PhaseKind::rest: return tr("RELAX");
    case PhaseKind::switch_sides: return tr("SWITCH SIDES");
    case PhaseKind::set_rest: return tr("REST");
    case PhaseKind::transition: return tr("NEXT UP");
    case PhaseKind::timed: return tr("GO");
    case PhaseKind::custom: return upper(phase.label);
  }
  return "";
}

namespace {

// "Left leg first"; "Left leg" alone for one side only (the rescue's leg), as no other follows;
// empty for an exercise not done per side.
std::string starting_side(const PlannedExercise& exercise) {
  if (exercise.sides.empty()) return {};
  const Side first = exercise.sides.front();
  return exercise.sides.size() == 1 ? side_label(first, exercise.side_of) : side_first_label(first, exercise.side_of);
}

}  // namespace

SessionDisplay describe_session(const SessionEngine& engine, Nanos now, std::optional<Nanos> phase_started_at) {
  SessionDisplay display;
  const PlannedPhase* phase = engine.current_phase();
  if (phase == nullptr) return display;
  const Plan& plan = engine.plan();
  display.kind = phase->kind;
  display.phase_word = phase_word(*phase);
  display.figure = figure_at(engine, now);
  // The get-ready countdown shows the first exercise, so the user can read what to do.
  const PlannedPhase* about = phase;
  if (phase->kind == PhaseKind::get_ready && engine.next_phase() != nullptr) about = engine.next_phase();
  display.exercise = exercise_name(plan, *about);
  if (about->exercise >= 0) display.instructions = plan.exercises[static_cast<std::size_t>(about->exercise)].instructions;
  display.context = phase->kind == PhaseKind::switch_sides ? switch_phase_text(*phase) : phase_context(*phase);
  // Which side comes first is shown before the first hold, not discovered in it: in the get-ready
  // countdown, and in the pause before each exercise.
  const auto starting = [&plan](const PlannedPhase& before) {
    return before.exercise >= 0 && before.exercise < static_cast<int>(plan.exercises.size())
               ? starting_side(plan.exercises[static_cast<std::size_t>(before.exercise)])
               : std::string();
  };
  if (phase->kind == PhaseKind::get_ready && !starting(*about).empty()) display.context = starting(*about);
  if (phase->kind == PhaseKind::transition) {
    display.context = transition_text(plan, *phase);
    if (const std::string side = starting(*phase); !side.empty()) display.context += " \u00b7 " + side;
  }
  if (phase->kind == PhaseKind::set_rest && phase->set) {
    display.context = format(tr("Rest before set {0} of {1}"), *phase->set, phase->sets);
  }
  display.countdown_seconds = static_cast<int>(ceil_seconds(engine.phase_remaining(now)).count());
  const auto duration = std::chrono::duration_cast<Nanos>(phase->duration);
  display.phase_fraction =
      duration.count() > 0 ? static_cast<double>(engine.phase_elapsed(now).count()) / static_cast<double>(duration.count()) : 0;
  display.until_done = phase->until_done;
  if (phase->until_done) display.context = tr("Tap Done when it is over.");
  if (engine.waiting_for_done()) {
    // Counting up: how long the step has taken, for as long as it takes.
    display.done_available = true;
    display.countdown_seconds =
        static_cast<int>(std::chrono::duration_cast<Seconds>(engine.phase_elapsed(now) + engine.overtime(now)).count());
    display.phase_fraction = 1;
  }
  display.session_fraction = engine.progress(now);
  display.time_left = format(tr("{0} left"), format_clock(ceil_seconds(engine.total_remaining(now))));
  if (const PlannedPhase* next = engine.next_phase()) {
    display.next = next->kind == PhaseKind::transition
                       ? transition_text(plan, *next)
                       : format(tr("Next: {0} \u00b7 {1}"), next_name(plan, *next), phase_length_text(*next));
  } else {
    display.next = tr("Last one");
  }
  display.paused = engine.status() == SessionStatus::paused;
  if (phase_started_at && !display.paused) {
    const Nanos since = now - *phase_started_at;
    if (since >= Nanos{0} && since < kPhaseFlash) {
      display.flash = 1.0 - static_cast<double>(since.count()) / static_cast<double>(kPhaseFlash.count());
    }
  }
  return display;
}

std::optional<Nanos> next_session_frame(const SessionEngine& engine, Nanos now, Nanos last_draw,
                                        std::optional<Nanos> phase_started_at, bool figure_shown) {
  constexpr Nanos kFastest = std::chrono::milliseconds{50};
  constexpr int kRingSteps = 30;
  const PlannedPhase* phase = engine.current_phase();
  if (engine.status() != SessionStatus::running || phase == nullptr) return std::nullopt;
  const Nanos remaining = engine.phase_remaining(now);
  const Nanos to_next_second = remaining % std::chrono::seconds{1};
  Nanos next = now + (to_next_second > Nanos{0} ? to_next_second : std::chrono::seconds{1});
  const Nanos ring_step = std::max(kFastest, std::chrono::duration_cast<Nanos>(phase->duration) / kRingSteps);
  next = std::min(next, last_draw + ring_step);
  if (phase_started_at && now - *phase_started_at < kPhaseFlash) next = std::min(next, last_draw + kFastest);
  // A slow ease reads as smooth enough at 10 frames a second; more costs CPU on software GL.
  constexpr Nanos kFigureStep = std::chrono::milliseconds{100};
  if (figure_shown && figure_at(engine, now).moving) next = std::min(next, last_draw + kFigureStep);
  return std::max(next, now);
}

}  // namespace limber
