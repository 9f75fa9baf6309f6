#include "platform/zip_archive.hpp"

namespace limber {

// libzip is not in the browser build: Feeel's single routines (.feeel, JSON) import there, its
// "export all" archive on the desktop.
Expected<void, std::string> for_each_zip_file(std::string_view /*archive*/, const ZipLimits& /*limits*/,
                                             const std::function<void(const std::string&, std::string_view)>& /*take*/) {
  return Unexpected{std::string("zip archives are read by Limber on a computer; import the .feeel files one by one here")};
}

bool looks_like_zip(std::string_view bytes) { return bytes.starts_with("PK\x03\x04") || bytes.starts_with("PK\x05\x06"); }

}  // namespace limber
