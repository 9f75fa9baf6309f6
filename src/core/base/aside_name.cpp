#include "core/base/aside_name.hpp"

#include <fmt/format.h>

#include <system_error>

#include "core/base/record_ids.hpp"

namespace limber {

std::filesystem::path aside_name(const std::filesystem::path& file, std::string_view why,
                                 std::chrono::system_clock::time_point now) {
  std::string stamp = utc_timestamp(now);
  std::erase(stamp, '-');
  std::erase(stamp, ':');
  std::filesystem::path aside = file;
  aside += fmt::format(".{}-{}", why, stamp);
  std::error_code ec;
  for (int n = 2; std::filesystem::exists(std::filesystem::symlink_status(aside, ec)); ++n) {
    aside = file;
    aside += fmt::format(".{}-{}-{}", why, stamp, n);
  }
  return aside;
}

}  // namespace limber
