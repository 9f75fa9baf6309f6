// `limber sos` where there is no display: the cramp goes into the diary, and the rescue runs in
// the terminal as the window would run it (one leg, the voice on, the sound low).
#include <fmt/format.h>

#include "app/cli/command_table.hpp"
#include "app/cli/commands.hpp"
#include "app/services/history_access.hpp"
#include "core/base/translate.hpp"
#include "core/session/cramp_rescue.hpp"
#include "platform/paths.hpp"

namespace limber {

int command_sos_terminal(const AppContext& context, RunArgs args, std::optional<Side> leg) {
  // First the cramp, in a moment (kept aside if the history is busy), then the rescue at once:
  // no merge with other devices, no wait for another Limber.
  const CrampEvent event = make_cramp_event(std::chrono::system_clock::now(), leg);
  fmt::print("{}\n", record_cramp_at_once(context, event));
  args.routine = (builtin_assets_dir() / kRescueRoutineFile).string();
  args.only_leg = leg;
  args.record = false;
  args.voice = true;
  args.volume = night_volume(args.volume);
  const int code = command_run(context, args);
  // The other devices learn of the cramp once the rescue is over.
  if (context.sync_dir) {
    if (auto store = open_user_history(context)) publish_user_history(context, *store);
  }
  return code;
}

void add_sos_command(CommandTable& table) {
  auto leg = std::make_shared<std::string>();
  CLI::App* sos = table.app().add_subcommand(
      "sos", "A leg cramp now: the rescue stretches in night mode (dim red, the voice on, the sound low); the cramp goes "
             "into the diary");
  sos->add_option("--leg", *leg, "Which leg cramps: left or right (otherwise the window asks)")
      ->check(CLI::IsMember({"left", "right"}));
  table.add(sos, [leg](Invocation& invocation) {
    invocation.gui.rescue = true;
    if (!leg->empty()) invocation.gui.rescue_leg = side_from_key(*leg);
    return open_window(invocation, [&] {
      fmt::print(stderr, "{}", tr("limber: there is no display to open a window on; the rescue runs in the terminal.\n"));
      return command_sos_terminal(invocation.context, invocation.run, invocation.gui.rescue_leg);
    });
  });
}

}  // namespace limber
