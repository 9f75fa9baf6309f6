#pragma once
// Helpers the tests share: where the test data lives, reading files, and a scratch folder.

#include <gtest/gtest.h>

#include <filesystem>
#include <fstream>
#include <random>
#include <sstream>
#include <string>

namespace limber::testing {

inline std::filesystem::path tests_dir() { return LIMBER_TESTS_DIR; }
inline std::filesystem::path routines_dir() { return LIMBER_ROUTINES_DIR; }
inline std::filesystem::path poses_dir() { return LIMBER_POSES_DIR; }
inline std::filesystem::path shared_dir() { return LIMBER_SHARED_DIR; }

inline std::string read_file(const std::filesystem::path& path) {
  std::ifstream in(path, std::ios::binary);
  std::ostringstream out;
  out << in.rdbuf();
  return out.str();
}

inline void write_file(const std::filesystem::path& path, const std::string& text) {
  std::filesystem::create_directories(path.parent_path());
  std::ofstream out(path, std::ios::binary);
  out << text;
}

// A fresh folder under the system's temp folder, removed with everything in it at the end of scope.
class ScratchDir {
 public:
  ScratchDir() {
    std::random_device seed;
    std::string name = "limber-test-";
    name += std::to_string(seed());
    name += std::to_string(seed());
    path_ = std::filesystem::temp_directory_path() / name;
    std::filesystem::create_directories(path_);
  }
  ~ScratchDir() {
    std::error_code ec;
    std::filesystem::remove_all(path_, ec);
  }
  ScratchDir(const ScratchDir&) = delete;
  ScratchDir& operator=(const ScratchDir&) = delete;

  [[nodiscard]] const std::filesystem::path& path() const { return path_; }
  [[nodiscard]] std::filesystem::path operator/(const std::string& name) const { return path_ / name; }

 private:
  std::filesystem::path path_;
};

}  // namespace limber::testing
