#pragma once
// One function per `limber` subcommand; each returns the process exit code.

#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "app/services/app_context.hpp"
#include "audio/voice_synth.hpp"
#include "core/history/report.hpp"
#include "core/routine/routine.hpp"

namespace limber {

inline constexpr int kExitOk = 0;
inline constexpr int kExitFailure = 1;  // the command ran and found a problem (invalid routine, ...)
inline constexpr int kExitUsage = 2;    // the command line itself is wrong

int command_check(const std::vector<std::string>& files);

struct PlanArgs {
  std::string routine;
  std::optional<int> reps{};
  bool json = false;
};
int command_plan(const AppContext& context, const PlanArgs& args);

int command_list(const AppContext& context);

// Prints the new file's path.
int command_new(const AppContext& context, const std::string& name, const std::string& from);

struct RunArgs {
  std::string routine;
  std::optional<int> reps{};                  // --reps: asked for (session_start.hpp)
  std::map<std::string, int> reps_by_routine{};  // the user's last picks, from the settings
  bool headless = false;
  bool mute = false;
  int volume = 100;  // percent
  std::filesystem::path cue_sound_folder{};  // the chosen sound set's; empty: the built-in tones
  std::string trace{};
  bool voice = false;  // spoken cues (--voice), as settings say unless the command line does
  VoiceSettings voice_settings{};
  int voice_volume = 100;  // percent of the tones' volume
  std::optional<Side> only_leg{};  // the rescue's: its exercises per side for this leg only
  bool record = true;              // into the history (a rescue is recorded as its cramp instead)
};
int command_run(const AppContext& context, const RunArgs& args);

// `limber sos` with no display: the cramp recorded, the rescue run in the terminal in night mode
// (the voice on, the sound low). The window's `limber sos` is run_gui's.
int command_sos_terminal(const AppContext& context, RunArgs args, std::optional<Side> leg);

enum class OutputFormat { table, json, csv };
int command_history(const AppContext& context, OutputFormat format);
int command_history_import(const AppContext& context, const std::filesystem::path& file);

// `limber import FILE...`: Workrave, Just Another Workout Timer and Feeel routines into the
// user's routines folder (core/importers/routine_import.hpp).
int command_import(const AppContext& context, const std::vector<std::string>& files);
int command_stats(const AppContext& context, bool json);

struct ReportArgs {
  int weeks = kReportDefaultWeeks;
  std::string from{};         // YYYY-MM-DD; empty: the weeks that end today
  std::string output{};       // -o FILE; empty with --csv: standard output
  bool csv = false;
  std::string paper{};        // a4, letter; empty: by the locale
};
int command_report(const AppContext& context, const ReportArgs& args);

struct DiaryArgs {
  std::string date;
  int cramps = 0;
  std::optional<int> severity{};  // the worst cramp's, 1-10; none for a night without
  std::string note{};
  std::string did{};                      // --did magnesium,water: what else was tried that day
  std::vector<std::string> tried_list{};  // the things the user keeps (the settings' list)
};
int command_diary_add(const AppContext& context, const DiaryArgs& args);
int command_diary(const AppContext& context, OutputFormat format);
int command_diary_delete(const AppContext& context, const std::string& date);

struct SyncArgs {
  std::string folder{};  // --folder DIR: sync through this folder from now on
  bool off = false;      // --off: stop syncing
};
int command_sync(const AppContext& context, const SyncArgs& args);

struct RemindArgs {
  std::string name;
  std::string at;
  std::optional<std::string> days{};  // none: every day
  std::string routine{};
  bool diary = false;  // the morning diary prompt instead of a routine
};
int command_remind_add(const AppContext& context, const RemindArgs& args);
int command_remind_list(const AppContext& context);
int command_remind_remove(const AppContext& context, const std::string& name);

struct NotifyArgs {
  std::string name;
  std::vector<std::string> window_options{};  // passed on to the session Start now opens
};
int command_notify(const AppContext& context, const NotifyArgs& args);

struct PoseArgs {
  std::string name;
  Side side = Side::right;
  bool hold = false;  // the hold position; else the rest
  int size = 512;     // pixels, square
  bool light = false;  // the light theme's colours
  std::filesystem::path png;
};
int command_pose(const PoseArgs& args);

}  // namespace limber
