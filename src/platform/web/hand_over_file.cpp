#include "platform/hand_over_file.hpp"

#include <emscripten.h>

#include "core/base/translate.hpp"

namespace limber {
namespace {

// The file's bytes as a Blob, downloaded through a link the page clicks: the browser saves it as
// it saves any download.
EM_JS(int, limber_download_file, (const char* path_text, const char* name_text), {
  try {
    const bytes = FS.readFile(UTF8ToString(path_text));
    const url = URL.createObjectURL(new Blob([bytes], {type: 'application/octet-stream'}));
    const link = document.createElement('a');
    link.href = url;
    link.download = UTF8ToString(name_text);
    document.body.appendChild(link);
    link.click();
    link.remove();
    // The download has taken its copy by the time the page's next tasks run.
    setTimeout(function() { URL.revokeObjectURL(url); }, 60000);
    return 1;
  } catch (e) {
    console.warn('limber: download failed: ' + e);
    return 0;
  }
});

}  // namespace

std::filesystem::path export_staging_dir() { return "/tmp/exports"; }

Expected<std::string, std::string> hand_over_file(const std::filesystem::path& file, const std::string& name) {
  const bool started = limber_download_file(file.c_str(), name.c_str()) != 0;
  std::error_code ec;
  std::filesystem::remove(file, ec);
  if (!started) return Unexpected{format(tr("the browser did not take {0}"), name)};
  return format(tr("Your browser downloads {0}."), name);
}

}  // namespace limber
