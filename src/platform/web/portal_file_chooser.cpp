#include "platform/portal_file_chooser.hpp"

#include <emscripten.h>

#include <cstdlib>
#include <functional>

namespace limber {
namespace {

// The chooser waiting for the page's answer (one at a time: Import opens one and waits for it).
std::function<void(FileChoice)> g_answer;

// The browser's own file picker. The chosen file is copied into the page's memory (/tmp/uploads)
// and handed back as a path; a closed picker is a cancel. Chromium lets a page open it shortly
// after the user's tap (the tap that asked for it started this turn of the loop).
EM_JS(void, limber_pick_file, (const char* accept_text), {
  const input = document.createElement('input');
  input.type = 'file';
  input.accept = UTF8ToString(accept_text);
  input.addEventListener('cancel', function() { Module._limber_file_picked(0); });
  input.addEventListener('change', function() {
    const file = input.files && input.files[0];
    if (!file) {
      Module._limber_file_picked(0);
      return;
    }
    file.arrayBuffer().then(function(buffer) {
      FS.mkdirTree('/tmp/uploads');
      const path = '/tmp/uploads/' + file.name.replace(/[^A-Za-z0-9._ -]/g, '_');
      FS.writeFile(path, new Uint8Array(buffer));
      Module._limber_file_picked(allocateUTF8(path));
    });
  });
  input.click();
});

}  // namespace

// The page's answer: a path it wrote (which this frees), or null for a cancel.
extern "C" EMSCRIPTEN_KEEPALIVE void limber_file_picked(char* path) {
  FileChoice choice{path != nullptr ? FileChoice::Kind::chosen : FileChoice::Kind::cancelled, {}, {}};
  if (path != nullptr) choice.file = path;
  std::free(path);
  if (g_answer) g_answer(std::move(choice));
}

// In a page the "desktop's chooser" is the browser's file picker, filtered to the same patterns.
PortalFileChooser::PortalFileChooser(std::string parent_window, std::string title, std::string accept_label,
                                     std::vector<FileFilter> filters, std::function<void()> on_answer)
    : parent_window_(std::move(parent_window)),
      title_(std::move(title)),
      accept_label_(std::move(accept_label)),
      filters_(std::move(filters)),
      on_answer_(std::move(on_answer)) {
  std::string accept;
  for (const FileFilter& filter : filters_) {
    for (const std::string& pattern : filter.patterns) {
      accept += (accept.empty() ? "" : ",") + (pattern.starts_with("*") ? pattern.substr(1) : pattern);
    }
  }
  g_answer = [this](FileChoice choice) { answer(std::move(choice)); };
  limber_pick_file(accept.c_str());
}

PortalFileChooser::~PortalFileChooser() { g_answer = nullptr; }

std::string portal_parent_window(SDL_Window* /*window*/) { return {}; }

}  // namespace limber
