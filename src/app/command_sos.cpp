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
  if (auto store = open_user_history(context)) {
    const CrampEvent event = make_cramp_event(std::chrono::system_clock::now(), leg);
    if (const auto recorded = store->record_cramp(event); recorded) {
      fmt::print("{}\n", format(trn("Diary: the night of {0}, {1} cramp so far (how bad can be added in Limber).",
                                    "Diary: the night of {0}, {1} cramps so far (how bad can be added in Limber).",
                                    recorded->cramps),
                                weekday_date(*parse_date(event.night)), recorded->cramps));
      publish_user_history(context, *store);
    } else {
      fmt::print(stderr, "limber: the cramp is not in the diary: {}\n", recorded.error());
    }
  }
  args.routine = (builtin_assets_dir() / kRescueRoutineFile).string();
  args.only_leg = leg;
  args.record = false;
  args.voice = true;
  args.volume = night_volume(args.volume);
  return command_run(context, args);
}

}  // namespace limber
