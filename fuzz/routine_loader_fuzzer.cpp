// Feeds arbitrary bytes to the routine loader. It must never crash, hang, leak or accept a routine
// that breaks the rules; a routine it accepts must expand to a plan no longer than four hours.
#include <cstddef>
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "core/routine/plan.hpp"
#include "core/routine/routine_loader.hpp"
#include "core/routine/routine_rules.hpp"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
  const std::string_view text(reinterpret_cast<const char*>(data), size);
  const limber::RoutineResult result = limber::parse_routine(text, "fuzz.yaml");
  if (result) {
    if (!limber::check_routine_rules(*result).empty()) std::abort();
    const limber::Plan plan = limber::expand_plan(*result);
    if (plan.total > limber::RoutineLimits::routine_max || plan.total != limber::total_duration(*result)) std::abort();
  } else {
    for (const limber::Diagnostic& d : result.error()) {
      if (d.line < 1 || d.column < 1 || d.message.empty()) std::abort();
    }
  }
  return 0;
}
