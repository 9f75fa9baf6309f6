// Every input of the public YAML parser test suite, valid YAML or not, is fed to the checker:
// none is a routine, so each must be rejected with a positioned message, never a crash or hang.
#include <gtest/gtest.h>

#include "core/routine/routine_loader.hpp"
#include "support/fixtures.hpp"

namespace limber {
namespace {

TEST(YamlTestSuite, CheckerRejectsEveryCaseCleanly) {
  const auto suite = testing::shared_dir() / "testdata" / "yaml-test-suite";
  if (!std::filesystem::is_directory(suite)) {
    GTEST_SKIP() << "no " << suite << ": the shared test data sits beside the checkout only on Limber's machines";
  }
  std::size_t cases = 0;
  for (const char* group : {"valid", "error"}) {
    for (const auto& entry : std::filesystem::directory_iterator(suite / group)) {
      ++cases;
      const std::string name = std::string(group) + "/" + entry.path().filename().string();
      const RoutineResult result = parse_routine(testing::read_file(entry.path()), name);
      ASSERT_FALSE(result) << name << " was accepted as a routine";
      ASSERT_FALSE(result.error().empty()) << name;
      for (const Diagnostic& d : result.error()) {
        EXPECT_GE(d.line, 1) << name;
        EXPECT_GE(d.column, 1) << name;
        EXPECT_FALSE(d.message.empty()) << name;
        EXPECT_EQ(d.file, name);
      }
    }
  }
  EXPECT_GT(cases, 400u);
}

}  // namespace
}  // namespace limber
