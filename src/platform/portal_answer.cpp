// The answer side of PortalFileChooser, the same whoever asks (platform/desktop asks the XDG
// portal on a thread; platform/web answers at once that a page has none).
#include "platform/portal_file_chooser.hpp"

namespace limber {

std::optional<FileChoice> PortalFileChooser::poll() {
  const std::lock_guard lock(mutex_);
  if (!answer_ || answered_) return std::nullopt;
  answered_ = true;
  return answer_;
}

void PortalFileChooser::answer(FileChoice choice) {
  {
    const std::lock_guard lock(mutex_);
    answer_ = std::move(choice);
  }
  if (on_answer_) on_answer_();
}

}  // namespace limber
