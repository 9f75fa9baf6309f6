#include "core/routine/routine_language.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <string>

#include "core/base/translate.hpp"
#include "core/routine/plan.hpp"
#include "core/routine/routine_draft.hpp"
#include "core/routine/routine_draft_check.hpp"
#include "core/routine/routine_loader.hpp"
#include "core/routine/routine_yaml.hpp"
#include "support/fixtures.hpp"

namespace limber {
namespace {

constexpr const char* kTranslated = R"(limber: 1
name: Evening wind-down
description: Slow breathing.
translations:
  de:
    name: Zur Ruhe kommen
    description: Langsames Atmen.
  fr:
    name: Détente du soir
  pt_BR:
    name: Relaxamento da noite
exercises:
  - name: Paced breathing
    instructions: Sit comfortably.
    reps: 2
    phases:
      - name: Breathe in
        duration: 4s
        translations:
          de: {name: Einatmen, cue: Tief einatmen}
      - name: Breathe out
        duration: 6s
    translations:
      de:
        name: Ruhiges Atmen
        instructions: |
          Setz dich bequem hin.
          Atme ruhig.
      fr:
        instructions: Asseyez-vous.
)";

Routine loaded(const char* text) {
  RoutineResult routine = parse_routine(text, "t.yaml");
  if (!routine) {
    ADD_FAILURE() << routine.error().front().line << ":" << routine.error().front().column << " "
                  << routine.error().front().message;
    return {};
  }
  return *routine;
}

// The first diagnostic of a routine that must not load: "line:column: message".
std::string first_problem(const std::string& text) {
  RoutineResult routine = parse_routine(text, "t.yaml");
  if (routine) return "(loaded)";
  const Diagnostic& d = routine.error().front();
  return std::to_string(d.line) + ":" + std::to_string(d.column) + ": " + d.message;
}

TEST(RoutineLanguage, EachTextComesInTheUsersLanguageFieldByField) {
  const Routine routine = loaded(kTranslated);
  const Routine de = routine_in_language(routine, "de");
  EXPECT_EQ(de.name, "Zur Ruhe kommen");
  EXPECT_EQ(de.description, "Langsames Atmen.");
  EXPECT_EQ(de.exercises[0].name, "Ruhiges Atmen");
  EXPECT_EQ(de.exercises[0].instructions, "Setz dich bequem hin.\nAtme ruhig.\n");
  const auto& de_phases = std::get<CustomPhases>(de.exercises[0].body).phases;
  EXPECT_EQ(de_phases[0].name, "Einatmen");
  EXPECT_EQ(de_phases[0].cue, "Tief einatmen");
  EXPECT_EQ(de_phases[1].name, "Breathe out");  // not translated: the main text
  EXPECT_TRUE(de.translations.empty());

  const Routine fr = routine_in_language(routine, "fr_CA");  // a region falls back to its language
  EXPECT_EQ(fr.name, "Détente du soir");
  EXPECT_EQ(fr.description, "Slow breathing.");
  EXPECT_EQ(fr.exercises[0].name, "Paced breathing");
  EXPECT_EQ(fr.exercises[0].instructions, "Asseyez-vous.");

  EXPECT_EQ(routine_in_language(routine, "pt_BR").name, "Relaxamento da noite");
  EXPECT_EQ(routine_in_language(routine, "pt").name, "Evening wind-down");  // pt_BR is not all Portuguese
  EXPECT_EQ(routine_in_language(routine, "nl").name, "Evening wind-down");
  EXPECT_EQ(routine_in_language(routine, "en").name, "Evening wind-down");
  EXPECT_NE(routine_in_language(routine, kPseudoLanguage).name.find("\u00c9"), std::string::npos);
}

TEST(RoutineLanguage, ThePlanSpeaksTheLanguageButKeepsTheRoutinesName) {
  const Routine routine = loaded(kTranslated);
  (void)use_language("de", "/nonexistent");
  const Plan plan = expand_plan(routine);
  (void)use_language("en", "/nonexistent");
  EXPECT_EQ(plan.routine_name, "Evening wind-down");
  EXPECT_EQ(plan.title, "Zur Ruhe kommen");
  EXPECT_EQ(plan.exercises[0].name, "Ruhiges Atmen");
  bool breathe_in = false;
  for (const PlannedPhase& phase : plan.phases) {
    if (phase.kind == PhaseKind::custom && phase.label == "Einatmen") breathe_in = phase.cue == "Tief einatmen";
  }
  EXPECT_TRUE(breathe_in);
  EXPECT_EQ(expand_plan(routine).title, "Evening wind-down");
}

TEST(RoutineLanguage, TheEditorsYamlKeepsEveryTranslation) {
  const Routine routine = loaded(kTranslated);
  const std::string yaml = routine_to_yaml(routine);
  EXPECT_NE(yaml.find("translations:\n  de:\n    name: Zur Ruhe kommen\n"), std::string::npos) << yaml;
  EXPECT_EQ(loaded(yaml.c_str()), routine) << yaml;
  const DraftCheck check = check_draft(draft_from_routine(routine));
  ASSERT_TRUE(check.routine);
  EXPECT_EQ(*check.routine, routine);
}

TEST(RoutineLanguage, BadTranslationsAreReportedWhereTheyAre) {
  const std::string head = "limber: 1\nname: N\nexercises:\n  - name: E\n    hold: 5s\n    rest: 5s\n";
  EXPECT_EQ(first_problem(head + "translations: [de]\n"),
            "7:15: `translations` must be a map of languages like `de:`, each with its texts, not a list");
  EXPECT_EQ(first_problem(head + "translations:\n  German: {name: X}\n"),
            "8:3: `German` is not a language code: write two or three small letters, like `de` or `pt_BR`");
  EXPECT_EQ(first_problem(head + "translations:\n  de: Dehnen\n"),
            "8:7: `translations.de` must be a map of texts like `name:`, not `Dehnen`");
  EXPECT_EQ(first_problem(head + "translations:\n  de: {nmae: X}\n"),
            "8:8: unknown key `nmae` in `translations.de`: did you mean `name`?");
  EXPECT_EQ(first_problem(head + "translations:\n  de: {instructions: X}\n"),
            "8:8: unknown key `instructions` in `translations.de`: here a translation may have `name`, `description`");
  EXPECT_EQ(first_problem(head + "translations:\n  de: {name: X}\n  de: {name: Y}\n"),
            "9:3: `de` is given twice (first on line 8)");
  EXPECT_EQ(first_problem(head + "translations:\n  de: {name: \"\"}\n"), "8:14: `translations.de.name` is empty");
  EXPECT_EQ(first_problem(head + "translations:\n  de: {name: \"" + std::string(101, 'x') + "\"}\n"),
            "8:14: `translations.de.name` is 101 characters long; the limit is 100");
  EXPECT_EQ(first_problem(head + "    translations:\n      de: {name: \"a\\nb\"}\n"),
            "8:18: `translations.de.name` must be one line, without line breaks or tabs");
  EXPECT_EQ(first_problem(head + "    translations:\n      de: {cue: X, description: Y}\n"),
            "8:20: unknown key `description` in `translations.de`: here a translation may have `name`, `instructions`, `cue`");
}

TEST(RoutineLanguage, LanguageCodesAreSmallLettersWithAnOptionalRegion) {
  for (const char* good : {"de", "fil", "pt_BR", "zh_TW"}) EXPECT_TRUE(is_language_code(good)) << good;
  for (const char* bad : {"", "d", "DE", "deutsch", "pt-BR", "pt_br", "pt_BRA", "de_", "d3"}) {
    EXPECT_FALSE(is_language_code(bad)) << bad;
  }
}

// Every built-in routine speaks all five languages: each text it has is translated. The rescue
// routine (Cramp now) too.
TEST(RoutineLanguage, EveryBuiltInRoutineCarriesEveryLanguage) {
  int routines = 0;
  std::vector<std::filesystem::path> files;
  for (const auto& file : std::filesystem::directory_iterator(testing::routines_dir())) files.push_back(file.path());
  files.push_back(testing::poses_dir().parent_path() / "rescue" / "cramp-rescue.yaml");
  for (const auto& file : files) {
    SCOPED_TRACE(file.filename().string());
    const RoutineResult routine = load_routine_file(file);
    ASSERT_TRUE(routine);
    ++routines;
    for (const std::string& language : kLanguages) {
      if (language == "en") continue;
      SCOPED_TRACE(language);
      const auto has = [&](const TextTranslations& t, const char* field) {
        const auto in = t.find(language);
        return in != t.end() && in->second.count(field) > 0;
      };
      EXPECT_TRUE(has(routine->translations, "name"));
      EXPECT_EQ(has(routine->translations, "description"), !routine->description.empty());
      for (const Exercise& exercise : routine->exercises) {
        SCOPED_TRACE(exercise.name);
        EXPECT_TRUE(has(exercise.translations, "name"));
        EXPECT_EQ(has(exercise.translations, "instructions"), !exercise.instructions.empty());
        EXPECT_EQ(has(exercise.translations, "cue"), !exercise.cue.empty());
        if (const auto* custom = std::get_if<CustomPhases>(&exercise.body)) {
          for (const PhaseSpec& phase : custom->phases) {
            EXPECT_TRUE(has(phase.translations, "name")) << phase.name;
            EXPECT_EQ(has(phase.translations, "cue"), !phase.cue.empty()) << phase.name;
          }
        }
      }
    }
  }
  EXPECT_GE(routines, 5);
}

}  // namespace
}  // namespace limber
