#include "platform/abilities.hpp"

namespace limber {

const PlatformAbilities& platform_abilities() {
  static const PlatformAbilities page{
      .quit = false, .reminders_when_closed = false, .sync_folder = false, .pdf_report = false, .browse_files = false};
  return page;
}

}  // namespace limber
