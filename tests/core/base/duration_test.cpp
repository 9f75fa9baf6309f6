#include "core/base/duration.hpp"

#include <gtest/gtest.h>

namespace limber {
namespace {

Seconds parsed(std::string_view text) {
  auto result = parse_duration(text);
  EXPECT_TRUE(result.has_value()) << text << ": " << (result ? "" : result.error());
  return result ? *result : Seconds{-1};
}

std::string error_of(std::string_view text) {
  auto result = parse_duration(text);
  EXPECT_FALSE(result.has_value()) << text;
  return result ? "" : result.error();
}

TEST(ParseDuration, AcceptsEveryDocumentedForm) {
  EXPECT_EQ(parsed("45s"), Seconds{45});
  EXPECT_EQ(parsed("2m"), Seconds{120});
  EXPECT_EQ(parsed("1m30s"), Seconds{90});
  EXPECT_EQ(parsed("1h"), Seconds{3600});
  EXPECT_EQ(parsed("1h5m7s"), Seconds{3907});
  EXPECT_EQ(parsed("90"), Seconds{90});
  EXPECT_EQ(parsed("0"), Seconds{0});
  EXPECT_EQ(parsed("0s"), Seconds{0});
}

TEST(ParseDuration, ToleratesSpacesAndCapitals) {
  EXPECT_EQ(parsed(" 1m 30s "), Seconds{90});
  EXPECT_EQ(parsed("2M"), Seconds{120});
  EXPECT_EQ(parsed("010"), Seconds{10});  // decimal, never octal (unlike yaml-cpp's as<int>)
}

TEST(ParseDuration, RejectsWithAReason) {
  EXPECT_EQ(error_of(""), "the duration is empty: write seconds (45 or 45s), minutes (2m, 1m30s) or hours (1h)");
  EXPECT_EQ(error_of("-5s"), "`-5s` is negative: durations count forward");
  EXPECT_EQ(error_of("1.5s"), "`1.5s` is not a whole number of seconds: durations count whole seconds");
  EXPECT_EQ(error_of("five"), "`five` is not a duration: write seconds (45 or 45s), minutes (2m, 1m30s) or hours (1h)");
  EXPECT_NE(error_of("30s1m"), "");  // units out of order
  EXPECT_NE(error_of("1m1m"), "");   // a unit twice
  EXPECT_NE(error_of("1m30"), "");   // ambiguous: 1m30s was meant
  EXPECT_NE(error_of("5 s s"), "");
  EXPECT_NE(error_of("s"), "");
  EXPECT_NE(error_of("1d"), "");
  EXPECT_EQ(error_of("99999999999s"), "`99999999999s` is far too long a duration");
}

TEST(FormatDuration, IsCanonicalAndRoundTrips) {
  EXPECT_EQ(format_duration(Seconds{0}), "0s");
  EXPECT_EQ(format_duration(Seconds{45}), "45s");
  EXPECT_EQ(format_duration(Seconds{120}), "2m");
  EXPECT_EQ(format_duration(Seconds{90}), "1m30s");
  EXPECT_EQ(format_duration(Seconds{3600}), "1h");
  EXPECT_EQ(format_duration(Seconds{3907}), "1h5m7s");
  for (int s = 0; s < 4 * 3600; s += 7) EXPECT_EQ(parsed(format_duration(Seconds{s})), Seconds{s});
}

TEST(FormatClock, ShowsMinutesAndHours) {
  EXPECT_EQ(format_clock(Seconds{5}), "0:05");
  EXPECT_EQ(format_clock(Seconds{125}), "2:05");
  EXPECT_EQ(format_clock(Seconds{3723}), "1:02:03");
  EXPECT_EQ(format_clock(Seconds{-3}), "0:00");
}

}  // namespace
}  // namespace limber
