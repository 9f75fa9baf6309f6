#include "platform/abilities.hpp"

namespace limber {

const PlatformAbilities& platform_abilities() {
  static const PlatformAbilities all{};
  return all;
}

}  // namespace limber
