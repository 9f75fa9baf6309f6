#include "app/cli/cli.hpp"

#include <fmt/format.h>

#include <CLI/CLI.hpp>
#include <cstdlib>
#include <string_view>
#include <tuple>

#include "app/cli/cli_settings.hpp"
#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "app/cli/parse_error_words.hpp"
#include "app/window/gui_app.hpp"
#include "core/base/translate.hpp"
#include "platform/paths.hpp"

namespace limber {

namespace {

// The language asked for with --lang, found before the parser runs, so its complaints are in it too
// (the settings' language is known only once the command line is read).
std::string language_asked(int argc, char** argv) {
  for (int i = 1; i < argc; ++i) {
    const std::string_view arg = argv[i];
    if (arg == "--lang" && i + 1 < argc) return argv[i + 1];
    if (arg.starts_with("--lang=")) return std::string(arg.substr(7));
  }
  return {};
}

}  // namespace

int run_cli(int argc, char** argv) {
  (void)use_language(supported_language(language_asked(argc, argv)), translations_dir());
  // Named, not taken from argv[0]: help and errors say "limber", however the program was started.
  CLI::App app{"Limber: a guided stretching coach against night-time leg cramps.", "limber"};
  app.set_version_flag("--version", std::string(LIMBER_VERSION));
  // Program-wide options may come before or after the subcommand.
  app.fallthrough();
  Invocation invocation;
  RunArgs& run_args = invocation.run;
  GuiOptions& gui = invocation.gui;
  std::string data_dir;
  app.add_option("--data-dir", data_dir,
                 "Folder for user routines and history (default: $LIMBER_DATA_DIR, else $XDG_DATA_HOME/limber)");
  app.add_option("--trace", run_args.trace, "Write every session event and cue as JSON lines to FILE");
  app.add_flag("--mute", run_args.mute, "No sound");
  bool voice_on = false;
  bool voice_off = false;
  app.add_flag("--voice", voice_on, "Spoken cues (espeak-ng), remembered");
  app.add_flag("--no-voice", voice_off, "Tones only, remembered")->excludes("--voice");
  std::optional<int> volume;
  app.add_option("--volume", volume, "Cue volume in percent, this time only")->check(CLI::Range(0, 100));
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
        return parse_window_size(text) ? std::string() : std::string("use WIDTHxHEIGHT, e.g. 1280x800");
      });
  app.add_option("--screenshot", gui.screenshot, "Write the last frame to this PNG file before quitting");
  app.add_option("--quit-after", gui.quit_after_seconds, "Quit after this many seconds")
      ->check(CLI::Validator(
          [](const std::string& text) {
            char* end = nullptr;
            const double seconds = std::strtod(text.c_str(), &end);
            return end != text.c_str() && *end == '\0' && seconds > 0 && seconds < 1e7
                       ? std::string()
                       : std::string(tr("give a number of seconds more than 0, e.g. 2.5"));
          },
          "SECONDS"));

  CommandTable commands(app);
  add_every_command(commands);

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
    return format(tr("limber: {0}\nRun `{1} --help` for more.\n"), parse_error_sentence(error.what()), command);
  });
  app.require_subcommand(0, 1);
  try {
    app.parse(argc, argv);
  } catch (const CLI::ParseError& e) {
    const int code = app.exit(e);
    return code == 0 ? kExitOk : kExitUsage;
  }

  invocation.context = AppContext{resolve_data_dir(data_dir)};
  const CommandLineChoices choices{language, renderer, voice_on, voice_off, volume, data_dir.empty()};
  invocation.missing_sound_set = merge_settings(choices, invocation.context, run_args, invocation.tried_list);
  gui.volume = volume;
  gui.mute = run_args.mute;
  gui.trace = run_args.trace;
  if (fullscreen) gui.fullscreen = true;
  if (windowed) gui.fullscreen = false;
  if (const auto size = parse_window_size(window_size)) {
    std::tie(gui.width, gui.height) = *size;
    gui.size_given = true;
  }
  // The same options as given, for a window another process opens (a reminder's Start now).
  auto& forward = invocation.window_options;
  if (run_args.mute) forward.push_back("--mute");
  if (volume) forward.insert(forward.end(), {"--volume", std::to_string(*volume)});
  if (!run_args.trace.empty()) forward.insert(forward.end(), {"--trace", run_args.trace});
  if (fullscreen) forward.push_back("--fullscreen");
  if (windowed) forward.push_back("--windowed");
  if (!window_size.empty()) forward.insert(forward.end(), {"--window-size", window_size});
  if (!gui.screenshot.empty()) forward.insert(forward.end(), {"--screenshot", gui.screenshot});
  if (gui.quit_after_seconds) forward.insert(forward.end(), {"--quit-after", fmt::format("{}", *gui.quit_after_seconds)});

  if (const CommandHandler* command = commands.given()) return (*command)(invocation);
  return open_window(invocation);
}

}  // namespace limber
