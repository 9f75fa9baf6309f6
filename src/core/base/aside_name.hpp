#pragma once
// The name a file is kept under beside itself when it is set aside: "history.sqlite3.damaged-
// 20261126T224400Z", "settings.json.replaced-20261207T031200Z", with a counter when that name is
// taken. Nothing already there is ever written over.

#include <chrono>
#include <filesystem>
#include <string_view>

namespace limber {

[[nodiscard]] std::filesystem::path aside_name(const std::filesystem::path& file, std::string_view why,
                                               std::chrono::system_clock::time_point now);

}  // namespace limber
