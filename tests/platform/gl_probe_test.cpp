// The cached answer of the OpenGL probe: kept per machine identity, believed only for the same
// identity, and harmless when missing or damaged. (The probe itself runs in the GUI tests, under
// Xvfb: GuiTest.AutomaticAsksOpenGlOnceAndDrawsInSoftwareOnLlvmpipe.)
#include "platform/gl_probe.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

#include "support/fixtures.hpp"

namespace limber {
namespace {

TEST(GlProbeCache, KeepsTheAnswerForTheSameMachineOnly) {
  testing::ScratchDir dir;
  EXPECT_FALSE(cached_opengl_renderer(dir.path(), "display=:0;boot=1")) << "nothing cached yet";
  cache_opengl_renderer(dir.path() / "limber", "display=:0;boot=1", "llvmpipe (LLVM 15.0.6, 256 bits)");
  EXPECT_EQ(cached_opengl_renderer(dir.path() / "limber", "display=:0;boot=1"), "llvmpipe (LLVM 15.0.6, 256 bits)");
  EXPECT_FALSE(cached_opengl_renderer(dir.path() / "limber", "display=:0;boot=2")) << "another boot asks again";
  EXPECT_FALSE(cached_opengl_renderer(std::nullopt, "display=:0;boot=1")) << "no cache folder";
}

TEST(GlProbeCache, ADamagedCacheIsNoAnswer) {
  testing::ScratchDir dir;
  testing::write_file(dir / "opengl.txt", "display=:0;boot=1\n");  // the renderer line is missing
  EXPECT_FALSE(cached_opengl_renderer(dir.path(), "display=:0;boot=1"));
  testing::write_file(dir / "opengl.txt", "");
  EXPECT_FALSE(cached_opengl_renderer(dir.path(), "display=:0;boot=1"));
}

TEST(GlProbeCache, TheIdentityFollowsTheDisplayAndMesasSwitches) {
  const char* display = std::getenv("DISPLAY");
  const std::string saved = display != nullptr ? display : "";
  ::setenv("DISPLAY", ":41", 1);
  const std::string first = opengl_identity();
  ::setenv("DISPLAY", ":42", 1);
  EXPECT_NE(opengl_identity(), first);
  ::setenv("LIBGL_ALWAYS_SOFTWARE", "1", 1);
  const std::string forced = opengl_identity();
  ::unsetenv("LIBGL_ALWAYS_SOFTWARE");
  EXPECT_NE(opengl_identity(), forced);
  EXPECT_NE(first.find("boot="), std::string::npos);
  if (display != nullptr) {
    ::setenv("DISPLAY", saved.c_str(), 1);
  } else {
    ::unsetenv("DISPLAY");
  }
}

}  // namespace
}  // namespace limber
