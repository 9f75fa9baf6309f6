#include "core/settings/voice_groups.hpp"

#include <gtest/gtest.h>

namespace limber {
namespace {

TEST(VoiceGroups, TheUsersLanguageComesFirstThenTheOthersByName) {
  const std::vector<ListedVoice> voices{
      {"fr-fr", "fr", "Franz\u00f6sisch", "Franz\u00f6sisch (Frankreich)"},
      {"en-us", "en", "Englisch", "Englisch (Vereinigte Staaten)"},
      {"de", "de", "Deutsch", "Deutsch"},
      {"en", "en", "Englisch", "Englisch (Vereinigtes K\u00f6nigreich)"},
      {"qdb", "qdb", "", "Lang_Belta"},
  };
  const auto groups = group_voices(voices, "de");
  ASSERT_EQ(groups.size(), 4u);
  EXPECT_EQ(groups[0].heading, "Deutsch");
  EXPECT_TRUE(groups[0].speaks_the_cues);
  EXPECT_EQ(groups[1].heading, "Englisch");
  EXPECT_FALSE(groups[1].speaks_the_cues);
  EXPECT_EQ(groups[1].voices, (std::vector<std::size_t>{1, 3})) << "within a language, by name";
  EXPECT_EQ(groups[2].heading, "Franz\u00f6sisch");
  EXPECT_EQ(groups[3].heading, "Lang_Belta") << "a language without a name is headed by its voice";
  EXPECT_EQ(group_voices(voices, "en")[0].heading, "Englisch");
}

}  // namespace
}  // namespace limber
