#include "core/session/spoken_phrases.hpp"

#include <fmt/format.h>

#include <set>

#include "core/base/translate.hpp"
#include "core/routine/side_words.hpp"
#include "core/session/phase_text.hpp"
#include "core/session/session_engine.hpp"

namespace limber {
namespace {

// The first hold (or timed step) of an exercise: where its name is said.
bool starts_exercise(const Plan& plan, int index) {
  const PlannedPhase& phase = plan.phases[static_cast<std::size_t>(index)];
  for (int i = index - 1; i >= 0; --i) {
    const PlannedPhase& before = plan.phases[static_cast<std::size_t>(i)];
    if (before.exercise != phase.exercise) return true;
    if (before.kind == PhaseKind::hold || before.kind == PhaseKind::timed || before.kind == PhaseKind::custom) return false;
  }
  return true;
}

// Commas, not full stops, inside a phrase: espeak-ng pauses far longer at a full stop, and
// short holds leave little time before the countdown.
std::string side_words(const PlannedPhase& phase) {
  return phase.side ? format(tr("{0}, "), side_label(*phase.side, phase.side_of)) : std::string();
}

std::string side_words_inside(const PlannedPhase& phase) {
  return phase.side ? format(tr("{0}, "), side_in_sentence(*phase.side, phase.side_of)) : std::string();
}

std::string lower_first(std::string text) {
  if (!lowercase_inside_sentences()) return text;
  if (!text.empty() && text[0] >= 'A' && text[0] <= 'Z') text[0] = static_cast<char>(text[0] - 'A' + 'a');
  return text;
}

std::string upper_first(std::string text) {
  if (!text.empty() && text[0] >= 'a' && text[0] <= 'z') text[0] = static_cast<char>(text[0] - 'a' + 'A');
  return text;
}

std::string without_full_stop(std::string text) {
  while (!text.empty() && (text.back() == '.' || text.back() == ' ')) text.pop_back();
  return text;
}

// A timed step says its side, when it has one, before its name or its length: with no pause
// between the sides (Workrave's), the voice is the only sign of the change.
std::vector<std::string> timed_phrases(const std::string& name, const PlannedPhase& phase) {
  const std::string side = side_words(phase);
  std::vector<std::string> options;
  if (!phase.cue.empty()) {
    const std::string cue = without_full_stop(phase.cue);
    if (!side.empty()) options.push_back(format(tr("{0}{1}."), side, lower_first(cue)));
    options.push_back(upper_first(cue) + ".");
  } else {
    const std::string length = spoken_duration(phase.duration);
    if (!side.empty()) {
      options.push_back(format(tr("{0}, {1}{2}."), name, side_words_inside(phase), length));
      options.push_back(format(tr("{0}{1}."), side, length));
    }
    options.push_back(format(tr("{0}, {1}."), name, length));
    options.push_back(format(tr("{0}."), name));
  }
  options.push_back(tr("Begin."));
  return options;
}

std::vector<std::string> phase_phrases(const Plan& plan, int index) {
  const PlannedPhase& phase = plan.phases[static_cast<std::size_t>(index)];
  const std::string name = phase.exercise >= 0 ? plan.exercises[static_cast<std::size_t>(phase.exercise)].name : "";
  const PlannedPhase* next = plan.phase_at(index + 1);
  switch (phase.kind) {
    case PhaseKind::get_ready: {
      if (next == nullptr || next->exercise < 0) return {tr("Get ready.")};
      const std::string& first = plan.exercises[static_cast<std::size_t>(next->exercise)].name;
      if (next->side) {
        // Which side first, in every length but the last resort.
        const std::string side_first = side_first_in_sentence(*next->side, next->side_of);
        return {format(tr("Get ready. First, {0}, {1}."), lower_first(first), side_first),
                format(tr("Get ready, {0}."), side_first), tr("Get ready.")};
      }
      return {format(tr("Get ready. First, {0}."), lower_first(first)), format(tr("Get ready, {0}."), lower_first(first)),
              tr("Get ready.")};
    }
    case PhaseKind::hold: {
      // The routine's own words (`cue: Lean into the ledge`) stand where "hold" would.
      const std::string hold = phase.cue.empty() ? trc("spoken: the word for leaning into the stretch", "hold")
                                                 : lower_first(without_full_stop(phase.cue));
      std::vector<std::string> options;
      const bool counted = phase.rep && phase.reps;
      const std::string side = side_words(phase);
      const std::string side_inside = side_words_inside(phase);
      if (starts_exercise(plan, index)) {
        if (counted) {
          options.push_back(format(tr("{0}, {1}rep {2} of {3}, {4}."), name, side_inside, *phase.rep, *phase.reps, hold));
        }
        if (!side.empty()) options.push_back(format(tr("{0}, {1}{2}."), name, side_inside, hold));
        options.push_back(format(tr("{0}, {1}."), name, hold));
      } else if (counted) {
        if (!side.empty()) options.push_back(format(tr("{0}rep {1} of {2}, {3}."), side, *phase.rep, *phase.reps, hold));
        options.push_back(format(tr("Rep {0} of {1}, {2}."), *phase.rep, *phase.reps, hold));
        options.push_back(format(tr("Rep {0}, {1}."), *phase.rep, hold));
      } else if (!side.empty()) {
        options.push_back(format(tr("{0}{1}."), side, hold));
      }
      options.push_back(upper_first(hold) + ".");
      if (!phase.cue.empty()) options.push_back(trc("spoken", "Hold."));  // when even the routine's words do not fit
      return options;
    }
    case PhaseKind::timed:
      if (phase.until_done) {
        // No length to say: it lasts until the user says it is over.
        const std::string what = !phase.cue.empty() ? upper_first(without_full_stop(phase.cue)) : name;
        return {format(tr("{0}. Tap Done when it is over."), what), what + ".", tr("Begin.")};
      }
      return timed_phrases(name, phase);
    case PhaseKind::rest:
      // The relax phase has time to say what comes next.
      if (next != nullptr && next->kind == PhaseKind::hold && next->rep && next->reps && next->exercise == phase.exercise) {
        return {format(tr("Relax. Next, rep {0} of {1}."), *next->rep, *next->reps),
                format(tr("Relax, rep {0} next."), *next->rep), tr("Relax.")};
      }
      return {tr("Relax.")};
    case PhaseKind::set_rest: return {tr("Rest before the next set."), tr("Rest.")};
    case PhaseKind::switch_sides: return {format(tr("{0}."), switch_phase_text(phase)), tr("Switch sides.")};
    case PhaseKind::custom:
      return {upper_first(without_full_stop(phase.cue.empty() ? phase.label : phase.cue)) + "."};
    case PhaseKind::transition: return {};  // the exercise ending speaks for it
  }
  return {};
}

std::vector<std::string> finished_exercise_phrases(const Plan& plan, const SessionEvent& event) {
  // The next exercise is the one the phase after this boundary belongs to.
  for (std::size_t i = 0; i < plan.phases.size(); ++i) {
    const PlannedPhase& phase = plan.phases[i];
    if (phase.exercise > event.exercise && phase.exercise >= 0) {
      const PlannedExercise& upcoming = plan.exercises[static_cast<std::size_t>(phase.exercise)];
      const std::string next = lower_first(upcoming.name);
      std::vector<std::string> options;
      // Which side it starts on, as the first exercise's get-ready says it.
      if (upcoming.sides.size() > 1) {
        const std::string side_first = side_first_in_sentence(upcoming.sides.front(), upcoming.side_of);
        options.push_back(format(tr("Well done. Next, {0}, {1}."), next, side_first));
        options.push_back(format(tr("Next, {0}, {1}."), next, side_first));
      }
      options.push_back(format(tr("Well done. Next, {0}."), next));
      options.push_back(format(tr("Next, {0}."), next));
      options.push_back(tr("Next."));
      return options;
    }
  }
  return {};
}

const char* count_word(int count) {
  switch (count) {
    case 1: return tr("One.");
    case 2: return tr("Two.");
    default: return tr("Three.");
  }
}

}  // namespace

std::string spoken_duration(Seconds duration) {
  // long, as gettext counts (Seconds counts in 64 bits, and long is 32 in the browser build).
  const auto minutes = static_cast<long>(duration.count() / 60);
  const auto seconds = static_cast<long>(duration.count() % 60);
  const auto in_minutes = format(trn("{0} minute", "{0} minutes", minutes), minutes);
  const auto in_seconds = format(trn("{0} second", "{0} seconds", seconds), seconds);
  if (minutes == 0) return in_seconds;
  if (seconds == 0) return in_minutes;
  return format(tr("{0} {1}"), in_minutes, in_seconds);
}

std::vector<std::string> phrase_options(const SessionEvent& event, const Plan& plan, Seconds time_spent) {
  switch (event.kind) {
    case SessionEventKind::phase_started:
      return plan.phase_at(event.phase) != nullptr ? phase_phrases(plan, event.phase) : std::vector<std::string>{};
    case SessionEventKind::countdown_tick:
      if (event.count >= 1 && event.count <= 3) return {count_word(event.count)};
      return {};
    case SessionEventKind::halfway: return {tr("Halfway.")};
    case SessionEventKind::exercise_finished: return finished_exercise_phrases(plan, event);
    case SessionEventKind::session_finished:
      return {format(tr("Well done. That was {0} of stretching."), spoken_duration(time_spent)), tr("Well done.")};
    default: return {};
  }
}

std::vector<std::string> all_phrases(const Plan& plan) {
  std::set<std::string> seen;
  std::vector<std::string> out;
  const auto add = [&](const std::vector<std::string>& options) {
    for (const std::string& text : options) {
      if (seen.insert(text).second) out.push_back(text);
    }
  };
  for (std::size_t i = 0; i < plan.phases.size(); ++i) {
    const int index = static_cast<int>(i);
    const PlannedPhase& phase = plan.phases[i];
    add(phase_phrases(plan, index));
    for (const PhaseMark& mark : phase_marks(phase)) {
      add(phrase_options(SessionEvent{.kind = mark.kind, .phase = index, .count = mark.count}, plan, {}));
    }
    if (phase.kind == PhaseKind::transition || (i > 0 && plan.phases[i - 1].exercise != phase.exercise)) {
      add(finished_exercise_phrases(plan, SessionEvent{.kind = SessionEventKind::exercise_finished,
                                                       .exercise = plan.phases[i > 0 ? i - 1 : 0].exercise}));
    }
  }
  add(phrase_options(SessionEvent{.kind = SessionEventKind::session_finished}, plan, plan.total));
  return out;
}

}  // namespace limber
