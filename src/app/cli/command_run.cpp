// `limber run ROUTINE --headless`: a whole session in real time in the terminal, with sound.
#include <fmt/format.h>

#include <cstdio>
#include <thread>

#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "app/services/history_access.hpp"
#include "app/services/session_driver.hpp"
#include "app/services/session_outputs.hpp"
#include "app/services/session_voice.hpp"
#include "core/base/translate.hpp"
#include "core/session/cramp_rescue.hpp"
#include "core/session/phase_text.hpp"
#include "core/session/session_start.hpp"
#include "core/session/session_summary.hpp"
#include "platform/terminal.hpp"

namespace limber {
namespace {

void print_events(const SessionEvents& events, const SessionEngine& engine) {
  const Plan& plan = engine.plan();
  for (const SessionEvent& event : events) {
    switch (event.kind) {
      case SessionEventKind::phase_started: {
        const PlannedPhase& phase = plan.phases[static_cast<std::size_t>(event.phase)];
        std::string detail = exercise_name(plan, phase);
        const std::string context = phase_context(phase);
        if (!context.empty()) detail += (detail.empty() ? "" : " \u00b7 ") + context;
        const std::string length = phase.until_done ? format(tr("until Done, at least {0}"), format_duration(phase.duration))
                                                    : format_duration(phase.duration);
        fmt::print("{:>7}  {:<26} {}  ({})\n", format_clock(phase.start), phase_label(plan, phase), detail, length);
        break;
      }
      case SessionEventKind::paused:
        fmt::print("         {}\n", event.automatic ? tr("Paused (the clock jumped: was the computer asleep?)") : tr("Paused"));
        break;
      case SessionEventKind::resumed: fmt::print("         {}\n", tr("Resumed")); break;
      case SessionEventKind::skipped: fmt::print("         {}\n", tr("Skipped")); break;
      case SessionEventKind::went_back: fmt::print("         {}\n", trc("a session went back a phase", "Back")); break;
      default: break;
    }
  }
  std::fflush(stdout);
}

void print_summary(const SessionEngine& engine, Nanos now) {
  const SessionSummary summary = summarize(engine, now);
  const Plan& plan = engine.plan();
  const auto active = std::chrono::duration_cast<Seconds>(summary.active);
  fmt::print("\n{}\n", format(summary.status == SessionStatus::completed ? tr("Done {0}: {1} active of {2} planned.")
                                                                          : tr("Stopped {0}: {1} active of {2} planned."),
                             plan.title, format_clock(active), format_clock(plan.total)));
  for (const RepsDone& row : summary.reps) fmt::print("  {}\n", reps_done_text(plan, row));
}

// Space is Done in a step that lasts until Done, once its minimum is over; else pause.
SessionControl control_for(TerminalKey key, const SessionEngine& engine) {
  switch (key) {
    case TerminalKey::space: return engine.waiting_for_done() ? SessionControl::done : SessionControl::toggle_pause;
    case TerminalKey::right: return SessionControl::skip;
    case TerminalKey::left: return SessionControl::back;
    case TerminalKey::next: return SessionControl::skip_exercise;
    default: return SessionControl::stop;
  }
}

}  // namespace

int command_run(const AppContext& context, const RunArgs& args) {
  auto resolved = resolve_routine(context, args.routine);
  if (!resolved) {
    fmt::print(stderr, "{}", resolved.error());
    return kExitFailure;
  }
  if (args.only_leg) resolved->routine = for_one_leg(std::move(resolved->routine), *args.only_leg);
  const SteadyClock clock;
  const SystemWallClock wall;
  // The reps the history suggests, from this routine's newest sessions only: a start that takes a
  // moment whatever the history holds, and never waits for a busy one.
  const std::vector<SessionRecord> history = recent_sessions_of(context, resolved->routine.name);
  const auto last_pick = args.reps_by_routine.find(resolved->routine.name);
  const RepsChoice choice =
      choose_reps(resolved->routine, history, args.reps,
                  last_pick == args.reps_by_routine.end() ? std::nullopt : std::optional(last_pick->second));
  auto plan = std::make_shared<const Plan>(expand_plan(resolved->routine, choice.reps));

  auto outputs = open_session_outputs(
      args.trace, args.mute,
      AudioSettings{.cue_sound_folder = args.cue_sound_folder, .volume = static_cast<float>(args.volume) / 100.0f}, clock);
  if (!outputs) {
    fmt::print(stderr, "limber: {}\n", outputs.error());
    return kExitFailure;
  }
  CuePlayer* player = outputs->player.get();

  const RawTerminalMode terminal;
  InterruptCatcher interrupts;
  // The same words the window prints for `limber run` (gui_app.cpp), so both paths say which reps they chose.
  if (const std::string reps = reps_choice_text(choice); !reps.empty()) fmt::print("{}: {}.\n", plan->title, reps);
  const auto phases = static_cast<long>(plan->phases.size());
  fmt::print("{}: {}, {}.{}\n\n", plan->title, format_clock(plan->total), format(trn("{0} phase", "{0} phases", phases), phases),
             terminal.active() ? std::string(" ") + tr("Keys: space pause (or done), \u2192 skip, \u2190 back, n next exercise, q stop.") : "");

  SessionDriver driver(plan, clock, player, outputs->trace.get());
  std::unique_ptr<SessionVoice> voice;
  if (args.voice && player != nullptr) {
    voice = SessionVoice::open(args.voice_settings, *player, static_cast<float>(args.voice_volume) / 100.0f);
    if (voice) {
      const auto prepared = voice->prepare(*plan);
      if (prepared) {
        if (outputs->trace) outputs->trace->voice(prepared->phrases, prepared->milliseconds);
        driver.set_voice(voice.get());
      } else {
        fmt::print(stderr, "{}", format(tr("limber: no voice ({0}); the cues are tones.\n"), prepared.error()));
      }
    }
  }
  auto recorder = args.record ? SessionRecorder::open(context.data_dir, wall) : nullptr;
  if (recorder) {
    recorder->start(*resolved, *plan, choice.reps);
    driver.set_recorder(recorder.get());
  }
  print_events(driver.start(), driver.engine());
  // Keys come from the terminal, or down a pipe (a script's space says Done), until it closes.
  bool input_open = true;
  while (!driver.engine().is_over()) {
    const auto wake = driver.wake_at();
    const auto timeout = wake ? std::optional<Nanos>(*wake - clock.now()) : std::nullopt;
    const TerminalKey key = interrupts.wait(timeout, input_open);
    if (key == TerminalKey::end_of_input) {
      input_open = false;
    } else if (key != TerminalKey::none) {
      print_events(driver.control(control_for(key, driver.engine())), driver.engine());
    }
    // With no one left to say Done, a step until Done ends at its minimum rather than never.
    if (!input_open && driver.engine().waiting_for_done()) {
      fmt::print("         {}\n", tr("Done (nothing more can come from the keyboard)"));
      print_events(driver.control(SessionControl::done), driver.engine());
    }
    print_events(driver.tick(), driver.engine());
    // Without a terminal nobody can press Resume: carry on after a clock jump.
    if (!terminal.active() && driver.engine().status() == SessionStatus::paused) {
      print_events(driver.control(SessionControl::toggle_pause), driver.engine());
    }
  }
  if (player && driver.engine().status() == SessionStatus::completed) {
    // Let the closing chime (or the closing words) ring out, plus the device's own buffer.
    player->wait_until_quiet(std::chrono::seconds{6});
    std::this_thread::sleep_for(std::chrono::milliseconds{200});
    driver.record_played_cues();
  }
  print_summary(driver.engine(), clock.now());
  if (recorder && !recorder->kept_aside() && context.sync_dir) {
    recorder.reset();  // everything written
    if (auto store = open_user_history(context)) publish_user_history(context, *store);
  }
  return kExitOk;
}

void add_run_command(CommandTable& table) {
  struct Args {
    std::string routine;
    std::optional<int> reps;
    bool headless = false;
  };
  auto args = std::make_shared<Args>();
  CLI::App* run = table.app().add_subcommand("run", "Run a session of a routine, with sound cues");
  run->add_option("ROUTINE", args->routine, "A file, or a routine's name or file stem")->required();
  run->add_option("--reps", args->reps, "Reps for every ranged exercise (clamped into its range)")->check(CLI::Range(1, 500));
  run->add_flag("--headless", args->headless, "Run in the terminal, without a window");
  table.add(run, [args](Invocation& invocation) {
    RunArgs& run_args = invocation.run;
    run_args.routine = args->routine;
    run_args.reps = args->reps;
    run_args.headless = args->headless;
    const auto in_the_terminal = [&] {
      if (!invocation.missing_sound_set.empty()) fmt::print(stderr, "limber: {}.\n", invocation.missing_sound_set);
      return command_run(invocation.context, run_args);
    };
    if (args->headless) return in_the_terminal();
    invocation.gui.routine = args->routine;
    invocation.gui.reps = args->reps;
    return open_window(invocation, [&] {
      fmt::print(stderr, "{}", tr("limber: there is no display to open a window on; running the session in the terminal.\n"));
      return command_run(invocation.context, run_args);
    });
  });
}

}  // namespace limber
