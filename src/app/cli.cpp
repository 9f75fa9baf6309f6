#include "app/cli.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdio>
#include <cstdlib>

#include "app/commands.hpp"
#include "app/gui_app.hpp"
#include "app/settings_store.hpp"
#include "app/sound_sets.hpp"
#include "app/sync_folder.hpp"
#include "core/calendar.hpp"
#include "core/translate.hpp"
#include "platform/paths.hpp"

namespace limber {

int run_cli(int argc, char** argv) {
  // Named, not taken from argv[0]: help and errors say "limber", however the program was started.
  CLI::App app{"Limber: a guided stretching coach against night-time leg cramps.", "limber"};
  app.set_version_flag("--version", std::string(LIMBER_VERSION));
  // Program-wide options may come before or after the subcommand.
  app.fallthrough();
  std::string data_dir;
  app.add_option("--data-dir", data_dir,
                 "Folder for user routines and history (default: $LIMBER_DATA_DIR, else $XDG_DATA_HOME/limber)");
  RunArgs run_args;
  app.add_option("--trace", run_args.trace, "Write every session event and cue as JSON lines to FILE");
  app.add_flag("--mute", run_args.mute, "No sound");
  bool voice_on = false;
  bool voice_off = false;
  app.add_flag("--voice", voice_on, "Spoken cues (espeak-ng), remembered");
  app.add_flag("--no-voice", voice_off, "Tones only, remembered")->excludes("--voice");
  std::optional<int> volume;
  app.add_option("--volume", volume, "Cue volume in percent, this time only")->check(CLI::Range(0, 100));
  GuiOptions gui;
  bool fullscreen = false;
  bool windowed = false;
  app.add_flag("--fullscreen", fullscreen, "Open full-screen, this time only (F11 in the window is remembered)");
  app.add_flag("--windowed", windowed, "Open in a window, this time only")->excludes("--fullscreen");
  std::string language;
  app.add_option("--lang", language,
                 "The language, this time only: en, de, nl, fr, es (or xx-pseudo, for testing layouts); otherwise as "
                 "chosen in Settings, else from LANGUAGE, LC_ALL, LC_MESSAGES or LANG");
  std::string renderer;
  app.add_option("--renderer", renderer,
                 "How the window draws: auto (software when OpenGL is only a software one), software or opengl; "
                 "remembered")
      ->check(CLI::IsMember({"auto", "software", "opengl"}));
  std::string window_size;
  app.add_option("--window-size", window_size, "Window size, WIDTHxHEIGHT (default 1280x800)")
      ->check([](const std::string& text) {
        int w = 0;
        int h = 0;
        char x = 0;
        return std::sscanf(text.c_str(), "%d%c%d", &w, &x, &h) == 3 && (x == 'x' || x == 'X') && w >= 320 && h >= 320
                   ? std::string()
                   : std::string("use WIDTHxHEIGHT, e.g. 1280x800");
      });
  app.add_option("--screenshot", gui.screenshot, "Write the last frame to this PNG file before quitting");
  app.add_option("--quit-after", gui.quit_after_seconds, "Quit after this many seconds")
      ->check(CLI::Validator(
          [](const std::string& text) {
            char* end = nullptr;
            const double seconds = std::strtod(text.c_str(), &end);
            return end != text.c_str() && *end == '\0' && seconds > 0 && seconds < 1e7
                       ? std::string()
                       : std::string("give a number of seconds more than 0, e.g. 2.5");
          },
          "SECONDS"));

  std::vector<std::string> check_files;
  CLI::App* check = app.add_subcommand("check", "Check routine files; print each problem as FILE:LINE:COLUMN");
  check->add_option("FILE", check_files, "Routine files")->required();

  PlanArgs plan_args;
  CLI::App* plan = app.add_subcommand("plan", "Show the timeline of phases a routine expands to");
  plan->add_option("ROUTINE", plan_args.routine, "A file, or a routine's name or file stem")->required();
  plan->add_option("--reps", plan_args.reps, "Reps for every ranged exercise (clamped into its range)")
      ->check(CLI::Range(1, 500));
  plan->add_flag("--json", plan_args.json, "Print JSON instead of a table");

  CLI::App* list = app.add_subcommand("list", "List the routines in the library");

  std::string new_name;
  std::string new_from;
  CLI::App* new_routine = app.add_subcommand("new", "Create a user routine (a template, or a copy with --from); print its path");
  new_routine->add_option("NAME", new_name, "The new routine's name")->required();
  new_routine->add_option("--from", new_from, "Copy this routine (a file, or a name or file stem)");

  std::string edit_name;
  CLI::App* edit = app.add_subcommand("edit", "Open the editor on a routine (built-in ones are saved as your copy)");
  edit->add_option("ROUTINE", edit_name, "A file, or a routine's name or file stem")->required();

  CLI::App* run = app.add_subcommand("run", "Run a session of a routine, with sound cues");
  run->add_option("ROUTINE", run_args.routine, "A file, or a routine's name or file stem")->required();
  run->add_option("--reps", run_args.reps, "Reps for every ranged exercise (clamped into its range)")
      ->check(CLI::Range(1, 500));
  run->add_flag("--headless", run_args.headless, "Run in the terminal, without a window");

  const auto add_format_flags = [](CLI::App* command, bool& json, bool& csv) {
    CLI::Option* json_flag = command->add_flag("--json", json, "Print JSON");
    command->add_flag("--csv", csv, "Print CSV")->excludes(json_flag);
  };
  bool json = false;
  bool csv = false;
  CLI::App* history = app.add_subcommand("history", "List the recorded sessions, or merge another device's");
  add_format_flags(history, json, csv);
  std::string import_file;
  CLI::App* history_import = history->add_subcommand(
      "import", "Merge another device's history.sqlite3 into this one (by session; twice adds nothing twice)");
  history_import->add_option("FILE", import_file, "The other history file")->required()->check(CLI::ExistingFile);

  std::vector<std::string> import_files;
  CLI::App* import = app.add_subcommand(
      "import", "Bring routines from Workrave (exercises.xml), Just Another Workout Timer (.json) or Feeel (.feeel, or its "
                "export-all .zip) into your routines folder");
  import->add_option("FILE", import_files, "The files to import")->required();
  CLI::App* progress = app.add_subcommand("progress", "Open the window on the progress screen");
  std::string sos_leg;
  CLI::App* sos = app.add_subcommand(
      "sos", "A leg cramp now: the rescue stretches in night mode (dim red, the voice on, the sound low); the cramp goes "
             "into the diary");
  sos->add_option("--leg", sos_leg, "Which leg cramps: left or right (otherwise the window asks)")
      ->check(CLI::IsMember({"left", "right"}));
  CLI::App* settings_command = app.add_subcommand("settings", "Open the window on the settings screen");

  bool stats_json = false;
  CLI::App* stats = app.add_subcommand("stats", "Streaks, the weekly goal, recent weeks and the six-week check");
  stats->add_flag("--json", stats_json, "Print JSON");

  ReportArgs report_args;
  CLI::App* report = app.add_subcommand("report", "A report to take to the doctor: a PDF of the last weeks (or CSV)");
  report->add_option("--weeks", report_args.weeks, "How many weeks, 1-520 (default 6)")->check(CLI::Range(1, kReportMaxWeeks));
  report->add_option("--from", report_args.from, "The first day, YYYY-MM-DD (default: the weeks that end today)");
  report->add_option("-o,--output", report_args.output, "The file to write (a .pdf; with --csv, standard output if left out)");
  report->add_flag("--csv", report_args.csv, "The same figures as CSV");
  report->add_option("--paper", report_args.paper, "a4 or letter (default: as the locale prints)")
      ->check(CLI::IsMember({"a4", "letter"}));

  CLI::App* diary = app.add_subcommand("diary", "The cramp diary: list it, or add a night with `diary add`");
  add_format_flags(diary, json, csv);
  DiaryArgs diary_args;
  CLI::App* diary_add = diary->add_subcommand("add", "Add (or replace) the entry for one night");
  diary_add->add_option("--date", diary_args.date, "The night, YYYY-MM-DD")->required();
  diary_add->add_option("--cramps", diary_args.cramps, "Number of cramps that night, 0-100")->required();
  diary_add->add_option("--severity", diary_args.severity,
                        "How bad the worst cramp was, 1 (mild) to 10; may be added later; none without cramps");
  diary_add->add_option("--note", diary_args.note, "A note");
  diary_add->add_option("--did", diary_args.did,
                        "What else you tried that day, comma-separated: magnesium, vitamin-d, water, massage, breathing, "
                        "or your own from Settings");
  std::string delete_date;
  CLI::App* diary_delete = diary->add_subcommand("delete", "Delete the entry for one night");
  diary_delete->add_option("--date", delete_date, "The night, YYYY-MM-DD")->required();

  SyncArgs sync_args;
  CLI::App* sync = app.add_subcommand(
      "sync", "Share the history with your other devices through a folder you keep in sync (Syncthing, a USB stick...)");
  CLI::Option* sync_folder = sync->add_option("--folder", sync_args.folder, "Sync through this folder from now on");
  sync->add_flag("--off", sync_args.off, "Stop syncing (the folder is left as it is)")->excludes(sync_folder);

  RemindArgs remind_args;
  CLI::App* remind = app.add_subcommand("remind", "Reminders that ring while Limber is closed (systemd user timers)");
  remind->require_subcommand(1);
  CLI::App* remind_add = remind->add_subcommand("add", "Add (or replace) a reminder");
  remind_add->add_option("NAME", remind_args.name, "Its name: lowercase letters, digits and dashes, e.g. bedtime")->required();
  remind_add->add_option("--at", remind_args.at, "The time of day, HH:MM on the 24-hour clock")->required();
  remind_add->add_option("--days", remind_args.days, "mon,tue,... or weekdays, weekends, daily (default: every day)");
  CLI::Option* remind_routine =
      remind_add->add_option("--routine", remind_args.routine, "The routine Start now opens (a name or file stem)");
  remind_add->add_flag("--diary", remind_args.diary, "Ask for last night's cramps instead (the morning diary prompt)")
      ->excludes(remind_routine);
  CLI::App* remind_list = remind->add_subcommand("list", "List the reminders");
  std::string remind_remove_name;
  CLI::App* remind_remove = remind->add_subcommand("remove", "Remove a reminder and its timer");
  remind_remove->add_option("NAME", remind_remove_name, "The reminder's name")->required();

  NotifyArgs notify_args;
  CLI::App* notify = app.add_subcommand("notify", "Show a reminder's notification now and act on the answer (what its timer runs)");
  notify->add_option("NAME", notify_args.name, "The reminder's name")->required();

  PoseArgs pose_args;
  std::string pose_side = "right";
  std::string pose_phase = "rest";
  CLI::App* pose = app.add_subcommand("pose", "Draw a pose figure to a PNG file (no display needed)");
  pose->add_option("NAME", pose_args.name, "A built-in pose (calf-ledge, calf-wall, ...) or a pose file (.yaml)")->required();
  pose->add_option("--side", pose_side, "Which leg works: left or right (the mirror image)")
      ->check(CLI::IsMember({"left", "right"}));
  pose->add_option("--phase", pose_phase, "rest or hold")->check(CLI::IsMember({"rest", "hold"}));
  pose->add_option("--size", pose_args.size, "Width and height in pixels")->check(CLI::Range(32, 4096));
  pose->add_flag("--light", pose_args.light, "The light theme's colours");
  pose->add_option("--png", pose_args.png, "The PNG file to write")->required();

  // Only the program's own help says what it does with no subcommand (a footer set earlier is
  // inherited by every subcommand added after it).
  app.footer("Without a subcommand, Limber opens its window on the routine library.");
  app.failure_message([](const CLI::App* top, const CLI::Error& error) {
    // The help to read is the deepest subcommand's that was given ("limber diary add --help").
    std::string command = "limber";
    for (const CLI::App* at = top; at != nullptr;) {
      const auto given = at->get_subcommands();
      at = given.empty() ? nullptr : given.back();
      if (at != nullptr) command += " " + at->get_name();
    }
    return format(tr("limber: {0}\nRun `{1} --help` for more.\n"), error.what(), command);
  });
  app.require_subcommand(0, 1);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }

  AppContext context{resolve_data_dir(data_dir)};
  {
    // The voice and the renderer, as last chosen unless the command line says; the choice is remembered.
    const auto config_dir = resolve_config_dir();
    AppSettings settings = load_settings(config_dir);
    if (!language.empty() && supported_language(language).empty()) {
      fmt::print(stderr, "{}", format(tr("limber: --lang {0}: Limber speaks en, de, nl, fr and es; English it is.\n"), language));
    }
    (void)use_language(!language.empty() ? language : settings.language, translations_dir());
    set_first_weekday(first_weekday_for_locale(time_locale_from_environment()));
    bool remember = voice_on || voice_off || !renderer.empty();
    if (voice_on || voice_off) settings.voice = voice_on;
    if (!renderer.empty()) settings.renderer = parse_renderer_choice(renderer).value_or(RendererChoice::automatic);
    // The sync folder older Limbers kept in the settings belongs to the default data folder's history.
    if (!settings.legacy_sync_folder.empty() && data_dir.empty() && std::getenv("LIMBER_DATA_DIR") == nullptr &&
        context.data_dir) {
      if (!read_sync_folder(*context.data_dir)) (void)write_sync_folder(*context.data_dir, std::filesystem::path(settings.legacy_sync_folder));
      settings.legacy_sync_folder.clear();
      remember = true;
    }
    if (remember) {
      if (auto saved = save_settings(config_dir, settings); !saved) fmt::print(stderr, "limber: {}\n", saved.error());
    }
    run_args.voice = settings.voice;
    run_args.voice_settings = VoiceSettings{voice_for_language(settings.voice_name), settings.voice_rate};
    run_args.voice_volume = settings.voice_volume;
    run_args.reps_by_routine = settings.reps_by_routine;
    diary_args.tried_list = settings.tried_things;
    run_args.volume = volume.value_or(settings.volume);
    const ChosenSoundSet sound_set = choose_sound_set(settings.sound_set, context.data_dir);
    run_args.cue_sound_folder = sound_set.folder;
    if (!sound_set.missing.empty() && *run && run_args.headless) fmt::print(stderr, "limber: {}.\n", sound_set.missing);
    if (context.data_dir) context.sync_dir = read_sync_folder(*context.data_dir);
  }
  gui.volume = volume;
  gui.mute = run_args.mute;
  gui.trace = run_args.trace;
  if (fullscreen) gui.fullscreen = true;
  if (windowed) gui.fullscreen = false;
  if (!window_size.empty()) {
    char x = 0;
    (void)std::sscanf(window_size.c_str(), "%d%c%d", &gui.width, &x, &gui.height);
  }
  if (*check) return command_check(check_files);
  if (*plan) return command_plan(context, plan_args);
  if (*list) return command_list(context);
  if (*new_routine) return command_new(context, new_name, new_from);
  const OutputFormat format = json ? OutputFormat::json : (csv ? OutputFormat::csv : OutputFormat::table);
  if (*history_import) return command_history_import(context, import_file);
  if (*import) return command_import(context, import_files);
  if (*history) return command_history(context, format);
  if (*stats) return command_stats(context, stats_json);
  if (*report) return command_report(context, report_args);
  if (*diary_add) return command_diary_add(context, diary_args);
  if (*diary_delete) return command_diary_delete(context, delete_date);
  if (*diary) return command_diary(context, format);
  if (*sync) return command_sync(context, sync_args);
  if (*remind_add) return command_remind_add(context, remind_args);
  if (*remind_list) return command_remind_list(context);
  if (*remind_remove) return command_remind_remove(context, remind_remove_name);
  if (*notify) {
    // The session that Start now opens gets the window options this command was given.
    auto& forward = notify_args.window_options;
    if (run_args.mute) forward.push_back("--mute");
    if (volume) forward.insert(forward.end(), {"--volume", std::to_string(*volume)});
    if (!run_args.trace.empty()) forward.insert(forward.end(), {"--trace", run_args.trace});
    if (fullscreen) forward.push_back("--fullscreen");
    if (windowed) forward.push_back("--windowed");
    if (!window_size.empty()) forward.insert(forward.end(), {"--window-size", window_size});
    if (!gui.screenshot.empty()) forward.insert(forward.end(), {"--screenshot", gui.screenshot});
    if (gui.quit_after_seconds) forward.insert(forward.end(), {"--quit-after", fmt::format("{}", *gui.quit_after_seconds)});
    return command_notify(context, notify_args);
  }
  if (*pose) {
    pose_args.side = pose_side == "left" ? Side::left : Side::right;
    pose_args.hold = pose_phase == "hold";
    return command_pose(pose_args);
  }
  if (*run && run_args.headless) return command_run(context, run_args);
  gui.open_progress = progress->parsed();
  gui.open_settings = settings_command->parsed();
  gui.edit_routine = edit_name;
  gui.rescue = sos->parsed();
  if (!sos_leg.empty()) gui.rescue_leg = side_from_key(sos_leg);
  if (*run) {
    gui.routine = run_args.routine;
    gui.reps = run_args.reps;
  }
  const int code = run_gui(context, gui);
  if (code != kExitNoDisplay) return code;
  if (*run) {
    fmt::print(stderr, "{}", tr("limber: there is no display to open a window on; running the session in the terminal.\n"));
    return command_run(context, run_args);
  }
  if (*sos) {
    fmt::print(stderr, "{}", tr("limber: there is no display to open a window on; the rescue runs in the terminal.\n"));
    return command_sos_terminal(context, run_args, gui.rescue_leg);
  }
  fmt::print(stderr, "{}", tr("limber: there is no display to open a window on (is DISPLAY or WAYLAND_DISPLAY set?).\n"
                     "Without one, `limber list` shows the routines and `limber run ROUTINE` runs one in the terminal.\n"));
  return kExitFailure;
}

}  // namespace limber
