// `limber sos` where there is no display: the cramp goes into the diary, and the rescue runs in
// the terminal as the window would run it (one leg, the voice on, the sound low).
#include <fmt/format.h>

#include "app/commands.hpp"
#include "app/history_access.hpp"
#include "core/cramp_rescue.hpp"
#include "core/translate.hpp"
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

}  // namespace limber
