// The desktop's light or dark: with no portal to ask (no session bus here), GTK_THEME decides.
#include "platform/desktop_theme.hpp"

#include <gtest/gtest.h>

#include <cstdlib>

namespace limber {
namespace {

class DesktopTheme : public ::testing::Test {
 protected:
  void SetUp() override { ::setenv("DBUS_SESSION_BUS_ADDRESS", "unix:path=/nonexistent/bus", 1); }
  void TearDown() override {
    ::unsetenv("DBUS_SESSION_BUS_ADDRESS");
    ::unsetenv("GTK_THEME");
  }
};

TEST_F(DesktopTheme, GtkThemeSaysDarkOrLight) {
  ::setenv("GTK_THEME", "Adwaita:dark", 1);
  EXPECT_EQ(desktop_colour_scheme(), DesktopScheme::dark);
  ::setenv("GTK_THEME", "Adwaita", 1);
  EXPECT_EQ(desktop_colour_scheme(), DesktopScheme::light);
}

TEST_F(DesktopTheme, NothingToAskIsNoAnswer) {
  ::unsetenv("GTK_THEME");
  EXPECT_EQ(desktop_colour_scheme(), std::nullopt);
}

}  // namespace
}  // namespace limber
