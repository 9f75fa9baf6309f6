// The translations: every string the code marks is in every catalogue and translated, no
// catalogue keeps a string the code no longer has, every translation keeps its English fields,
// and a catalogue in use changes what the screens show and the voice says.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <map>
#include <regex>
#include <set>

#include "app/services/sound_sets.hpp"
#include "core/base/calendar.hpp"
#include "core/base/translate.hpp"
#include "core/routine/plan.hpp"
#include "core/routine/side_words.hpp"
#include "core/routine/tag_words.hpp"
#include "core/session/spoken_phrases.hpp"
#include "platform/language_names.hpp"
#include "support/fixtures.hpp"
#include "support/run_command.hpp"

namespace limber {
namespace {

struct PoEntry {
  std::string context;
  std::string id;
  std::string plural;
  std::vector<std::string> translations;  // msgstr, or msgstr[0], msgstr[1], ...
  bool fuzzy = false;
};

std::string unquote(const std::string& quoted) {
  std::string out;
  for (std::size_t i = 1; i + 1 < quoted.size(); ++i) {
    if (quoted[i] == '\\' && i + 2 < quoted.size()) {
      const char c = quoted[++i];
      out += c == 'n' ? '\n' : c == 't' ? '\t' : c;
    } else {
      out += quoted[i];
    }
  }
  return out;
}

// A .po or .pot file's entries (the header, msgid "", left out).
std::vector<PoEntry> read_po(const std::filesystem::path& file) {
  std::vector<PoEntry> entries;
  PoEntry entry;
  std::string* last = nullptr;
  const auto finish = [&] {
    if (!entry.id.empty()) entries.push_back(entry);
    entry = PoEntry{};
    last = nullptr;
  };
  std::istringstream in(testing::read_file(file));
  for (std::string line; std::getline(in, line);) {
    if (line.empty()) {
      finish();
    } else if (line.rfind("#,", 0) == 0) {
      entry.fuzzy = line.find("fuzzy") != std::string::npos;
    } else if (line.rfind("#~", 0) == 0) {
      entry.id = "#~ obsolete";  // kept to be reported
    } else if (line[0] == '#') {
      continue;
    } else if (line.rfind("msgctxt ", 0) == 0) {
      entry.context = unquote(line.substr(8));
      last = &entry.context;
    } else if (line.rfind("msgid_plural ", 0) == 0) {
      entry.plural = unquote(line.substr(13));
      last = &entry.plural;
    } else if (line.rfind("msgid ", 0) == 0) {
      entry.id = unquote(line.substr(6));
      last = &entry.id;
    } else if (line.rfind("msgstr", 0) == 0) {
      entry.translations.push_back(unquote(line.substr(line.find(' ') + 1)));
      last = &entry.translations.back();
    } else if (line[0] == '"' && last != nullptr) {
      *last += unquote(line);
    }
  }
  finish();
  return entries;
}

std::set<std::string> fields_of(const std::string& text) {
  std::set<std::string> fields;
  static const std::regex field(R"(\{[0-9]+[^}]*\})");
  for (auto it = std::sregex_iterator(text.begin(), text.end(), field); it != std::sregex_iterator(); ++it) {
    fields.insert(it->str());
  }
  return fields;
}

std::string key_of(const PoEntry& e) { return e.context.empty() ? e.id : e.context + " | " + e.id; }

const std::filesystem::path kSource(LIMBER_SOURCE_DIR);

TEST(Translations, EveryMarkedStringIsTranslatedInEveryCatalogueAndNothingElseIs) {
  // What the code marks now, extracted as scripts/update-translations does.
  testing::ScratchDir dir;
  std::vector<std::string> args{"--from-code=UTF-8", "--language=C++", "--keyword=", "--keyword=tr", "--keyword=trn:1,2",
                                "--keyword=trc:1c,2", "--keyword=trnc:1c,2,3", "--output=" + (dir / "now.pot").string()};
  for (const auto& entry : std::filesystem::recursive_directory_iterator(kSource / "src")) {
    if (entry.path().extension() == ".cpp") args.push_back(entry.path().string());
  }
  const auto extracted = testing::run_command("xgettext", args);
  ASSERT_EQ(extracted.exit_code, 0) << extracted.err;
  std::map<std::string, PoEntry> marked;
  for (const PoEntry& e : read_po(dir / "now.pot")) marked[key_of(e)] = e;
  ASSERT_GT(marked.size(), 100u);
  for (const std::string& language : kLanguages) {
    if (language == "en") continue;
    const auto po = kSource / "po" / (language + ".po");
    std::map<std::string, PoEntry> catalogue;
    for (const PoEntry& e : read_po(po)) catalogue[key_of(e)] = e;
    for (const auto& [key, english] : marked) {
      const auto found = catalogue.find(key);
      if (found == catalogue.end()) {
        ADD_FAILURE() << language << ".po lacks \"" << key << "\" (run scripts/update-translations and translate it)";
        continue;
      }
      const PoEntry& entry = found->second;
      EXPECT_FALSE(entry.fuzzy) << language << ".po: \"" << key << "\" is fuzzy";
      ASSERT_EQ(entry.translations.size(), english.plural.empty() ? 1u : 2u) << language << ": " << key;
      for (std::size_t form = 0; form < entry.translations.size(); ++form) {
        const std::string& translated = entry.translations[form];
        EXPECT_FALSE(translated.empty()) << language << ".po: \"" << key << "\" is not translated";
        const std::string& source = form == 0 ? english.id : english.plural;
        EXPECT_EQ(fields_of(translated), fields_of(source))
            << language << ".po: \"" << key << "\" -> \"" << translated << "\" changes the fields";
      }
    }
    for (const auto& [key, entry] : catalogue) {
      EXPECT_TRUE(marked.count(key) == 1) << language << ".po keeps \"" << key << "\", which the code no longer has";
    }
  }
}

class InLanguage : public ::testing::Test {
 protected:
  void TearDown() override { (void)use_language("en", LIMBER_BUILD_LOCALE_DIR); }
};

TEST_F(InLanguage, TheScreensAndTheVoiceSpeakTheCatalogue) {
  ASSERT_EQ(use_language("de", LIMBER_BUILD_LOCALE_DIR), "de");
  EXPECT_STREQ(tr("HOLD"), "HALTEN");
  EXPECT_STREQ(trc("spoken", "Hold."), "Halten.");
  EXPECT_STREQ(trc("shown: the coming phase", "Hold"), "Halten");
  EXPECT_EQ(spoken_duration(Seconds{61}), "1 Minute und 1 Sekunde");
  EXPECT_EQ(spoken_duration(Seconds{150}), "2 Minuten und 30 Sekunden");
  // A side agrees with what it is a side of: "linkes Bein", "linker Arm", "linke Seite".
  EXPECT_EQ(side_label(Side::left, SideOf::leg), "Linkes Bein");
  EXPECT_EQ(side_label(Side::left, SideOf::arm), "Linker Arm");
  EXPECT_EQ(side_first_in_sentence(Side::right, SideOf::body), "rechte Seite zuerst");
  ASSERT_EQ(use_language("fr", LIMBER_BUILD_LOCALE_DIR), "fr");
  EXPECT_EQ(switch_to_label(Side::right, SideOf::arm), "Passez au bras droit");
  EXPECT_EQ(side_first_in_sentence(Side::left, SideOf::leg), "jambe gauche d'abord");
  // French counts 0 and 1 as one.
  EXPECT_EQ(format(trn("{0} cramp", "{0} cramps", 0), 0), "0 crampe");
  EXPECT_EQ(format(trn("{0} cramp", "{0} cramps", 2), 2), "2 crampes");
  ASSERT_EQ(use_language("en", LIMBER_BUILD_LOCALE_DIR), "en");
  EXPECT_EQ(spoken_duration(Seconds{61}), "1 minute 1 second");
}

// A calendar's day labels never read alike: where initials repeat ("M" for Montag and Mittwoch),
// those days get two letters.
TEST_F(InLanguage, NoTwoWeekdayLabelsReadAlikeInAnyLanguage) {
  const std::map<std::string, std::vector<std::string>> expected = {
      {"en", {"M", "Tu", "W", "Th", "F", "Sa", "Su"}},
      {"de", {"Mo", "Di", "Mi", "Do", "F", "Sa", "So"}},
      {"fr", {"L", "Ma", "Me", "J", "V", "S", "D"}},
  };
  for (const auto& [language, labels] : expected) {
    ASSERT_EQ(use_language(language, LIMBER_BUILD_LOCALE_DIR), language);
    std::vector<std::string> got;
    for (int day = 0; day < 7; ++day) got.push_back(weekday_label(day));
    EXPECT_EQ(got, labels) << language;
  }
  for (const char* language : {"nl", "es"}) {
    ASSERT_EQ(use_language(language, LIMBER_BUILD_LOCALE_DIR), language);
    std::set<std::string> seen;
    for (int day = 0; day < 7; ++day) EXPECT_TRUE(seen.insert(weekday_label(day)).second) << language << " day " << day;
  }
}

// The built-ins' tags and sound sets are Limber's words, so they are in the user's language; a
// tag of the user's own stays as written.
TEST_F(InLanguage, TagsAndSoundSetsLimberShipsAreTranslated) {
  ASSERT_EQ(use_language("de", LIMBER_BUILD_LOCALE_DIR), "de");
  EXPECT_EQ(tags_label({"bedtime", "calves", "my-own"}), "vor dem Schlafen, Waden, my-own");
  const auto sets = list_sound_sets(std::nullopt);
  EXPECT_TRUE(std::any_of(sets.begin(), sets.end(), [](const SoundSet& s) { return s.key == "plucked" && s.name == "Gezupft"; }));
  ASSERT_EQ(use_language("fr", LIMBER_BUILD_LOCALE_DIR), "fr");
  EXPECT_EQ(tag_label("calves"), "mollets");
}

TEST_F(InLanguage, TheLanguageComesFromTheCodeTheSettingOrTheEnvironment) {
  EXPECT_EQ(supported_language("de_DE.UTF-8"), "de");
  EXPECT_EQ(supported_language("pt_BR:fr"), "fr");
  EXPECT_EQ(supported_language("pt_BR"), "");
  EXPECT_EQ(supported_language("xx-pseudo"), "xx-pseudo");
  ::setenv("LANG", "nl_NL.UTF-8", 1);
  ::unsetenv("LANGUAGE");
  ::unsetenv("LC_ALL");
  ::unsetenv("LC_MESSAGES");
  EXPECT_EQ(language_from_environment(), "nl");
  EXPECT_EQ(use_language("nl", LIMBER_BUILD_LOCALE_DIR), "nl");
  EXPECT_STREQ(tr("Pause"), "Pauze");
  EXPECT_STREQ(std::getenv("LANGUAGE"), "nl") << "programs Limber starts speak it too";
  ::unsetenv("LANGUAGE");
  ::setenv("LANG", "pt_BR.UTF-8", 1);
  EXPECT_EQ(language_from_environment(), "en") << "a language Limber lacks is English, not the next variable's";
  ::unsetenv("LANG");
}

TEST_F(InLanguage, ThePseudoLanguageIsLongerAccentedAndKeepsItsFields) {
  ASSERT_EQ(use_language("xx-pseudo", LIMBER_BUILD_LOCALE_DIR), "xx-pseudo");
  const std::string rep = format(tr("Rep {0} of {1}"), 3, 8);
  EXPECT_THAT(rep, ::testing::StartsWith("[Rép 3 öf 8"));
  EXPECT_GE(pseudo_translation("Switch sides").size(), std::string("Switch sides").size() * 14 / 10);
  EXPECT_EQ(voice_for_language("en"), "en");
}

TEST_F(InLanguage, TheVoiceFollowsTheLanguageUnlessOneOfItsOwnIsChosen) {
  ASSERT_EQ(use_language("es", LIMBER_BUILD_LOCALE_DIR), "es");
  EXPECT_EQ(voice_for_language("en"), "es");
  EXPECT_EQ(voice_for_language("es-419"), "es-419");
}

}  // namespace
}  // namespace limber

namespace limber {
namespace {

// espeak-ng names its voices in English; Settings names them in the user's language.
TEST_F(InLanguage, VoicesAreNamedInTheUsersLanguage) {
  ASSERT_EQ(use_language("de", LIMBER_BUILD_LOCALE_DIR), "de");
  EXPECT_EQ(voice_name("en-gb", "English (Great Britain)"), "Englisch (Vereinigtes K\u00f6nigreich)");
  EXPECT_EQ(voice_name("de", "German"), "Deutsch");
  EXPECT_EQ(voice_name("es-419", "Spanish (Latin America)"), "Spanisch (Latin America)") << "a variant ISO lacks keeps espeak-ng's words";
  EXPECT_EQ(voice_name("qdb", "Lang_Belta"), "Lang_Belta") << "a language ISO lacks keeps espeak-ng's name";
  ASSERT_EQ(use_language("fr", LIMBER_BUILD_LOCALE_DIR), "fr");
  EXPECT_EQ(language_name("de"), "allemand");
  ASSERT_EQ(use_language("en", LIMBER_BUILD_LOCALE_DIR), "en");
  EXPECT_EQ(voice_name("en-us", "English (America)"), "English (United States)");
  ASSERT_EQ(use_language("xx-pseudo", LIMBER_BUILD_LOCALE_DIR), "xx-pseudo");
  EXPECT_THAT(voice_name("en-gb", "English (Great Britain)"), ::testing::StartsWith("[\u00c9\u00f1gl\u00edsh"));
}

}  // namespace
}  // namespace limber
