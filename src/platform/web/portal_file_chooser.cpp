#include "platform/portal_file_chooser.hpp"

namespace limber {

// No desktop portal in a page: the answer is "no portal" at once, and Import offers the page's
// own way in (the browser's file picker) instead.
PortalFileChooser::PortalFileChooser(std::string parent_window, std::string title, std::string accept_label,
                                     std::vector<FileFilter> filters, std::function<void()> on_answer)
    : parent_window_(std::move(parent_window)),
      title_(std::move(title)),
      accept_label_(std::move(accept_label)),
      filters_(std::move(filters)),
      on_answer_(std::move(on_answer)) {
  answer(FileChoice{FileChoice::Kind::no_portal, {}, "a browser has no desktop portal"});
}

PortalFileChooser::~PortalFileChooser() = default;

std::string portal_parent_window(SDL_Window* /*window*/) { return {}; }

}  // namespace limber
