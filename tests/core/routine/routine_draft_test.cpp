// The editor's draft: round trips through canonical YAML, field-by-field problems in the loader's
// own words, safe file names, and comment detection.
#include "core/formats/yaml_reader.hpp"
#include "core/routine/routine_draft.hpp"
#include "core/routine/routine_draft_check.hpp"
#include "core/routine/routine_file_name.hpp"

#include <gtest/gtest.h>

#include "core/routine/plan.hpp"
#include "core/routine/routine_library.hpp"
#include "core/routine/routine_loader.hpp"
#include "core/routine/routine_yaml.hpp"
#include "support/fixtures.hpp"

namespace limber {
namespace {

TEST(RoutineDraft, EveryBuiltInRoutineSurvivesSaveAndLoadWithTheSamePlan) {
  int checked = 0;
  for (const auto& entry : std::filesystem::directory_iterator(testing::routines_dir())) {
    const auto original = load_routine_file(entry.path());
    ASSERT_TRUE(original) << entry.path();
    const std::string yaml = routine_to_yaml(*original);
    const auto reloaded = parse_routine(yaml, entry.path().filename().string());
    ASSERT_TRUE(reloaded) << format_diagnostic(reloaded.error().front()) << "\n" << yaml;
    EXPECT_EQ(expand_plan(*reloaded), expand_plan(*original)) << entry.path();
    if (const auto range = routine_reps_range(*original)) {
      EXPECT_EQ(expand_plan(*reloaded, range->max), expand_plan(*original, range->max));
    }
    EXPECT_EQ(routine_to_yaml(*reloaded), yaml) << "saving is stable";
    ++checked;
  }
  EXPECT_GE(checked, 4);
}

TEST(RoutineDraft, CanonicalYamlIsReadableAndLeavesOutDefaults) {
  RoutineDraft draft = new_routine_draft("Evening calves");
  draft.description = "Two lines\nof description.";
  draft.tags = "evening,  calves ,";
  draft.exercises[0].instructions = "Heel down.\nLean in.\n";
  const auto check = check_draft(draft);
  ASSERT_TRUE(check.routine);
  EXPECT_EQ(routine_to_yaml(*check.routine), R"(limber: 1
name: Evening calves
description: |-
  Two lines
  of description.
tags: [evening, calves]
exercises:
  - name: Calf stretch
    instructions: |
      Heel down.
      Lean in.
    sides: [left, right]
    reps: 3
    hold: 10s
    rest: 10s
)");
}

TEST(RoutineDraft, WhatTheSidesAreOfIsWrittenOnlyWhenItIsNotLegs) {
  RoutineDraft draft = new_routine_draft("Arm stretch");
  draft.exercises[0].side_of = SideOf::arm;
  auto check = check_draft(draft);
  ASSERT_TRUE(check.routine);
  const std::string yaml = routine_to_yaml(*check.routine);
  EXPECT_NE(yaml.find("    sides: [left, right]\n    side_of: arm\n"), std::string::npos) << yaml;
  const auto back = parse_routine(yaml, "arm");
  ASSERT_TRUE(back);
  EXPECT_EQ(back->exercises[0].side_of, SideOf::arm);
  // Not per side: nothing for it to name, so nothing written.
  draft.exercises[0].sides.clear();
  check = check_draft(draft);
  ASSERT_TRUE(check.routine);
  EXPECT_EQ(routine_to_yaml(*check.routine).find("side_of"), std::string::npos);
  // Legs, the default: left out.
  draft = new_routine_draft("Calves");
  check = check_draft(draft);
  ASSERT_TRUE(check.routine);
  EXPECT_EQ(routine_to_yaml(*check.routine).find("side_of"), std::string::npos);
}

TEST(RoutineDraft, TextThatYamlWouldMisreadIsQuotedAndComesBackTheSame) {
  RoutineDraft draft = new_routine_draft("yes");
  draft.exercises[0].name = "Lean: slowly # not a comment";
  draft.exercises[0].instructions = "  starts with spaces\nand \"quotes\"\ttab";
  draft.source = "[1] Hallegraeff, J Physiother 2012";
  draft.tags = "no, 10";
  const auto check = check_draft(draft);
  ASSERT_TRUE(check.routine) << check.problems.front().message;
  EXPECT_EQ(check.routine->name, "yes");
  EXPECT_EQ(check.routine->exercises[0].name, "Lean: slowly # not a comment");
  EXPECT_EQ(check.routine->exercises[0].instructions, "  starts with spaces\nand \"quotes\"\ttab");
  EXPECT_EQ(check.routine->source, "[1] Hallegraeff, J Physiother 2012");
  EXPECT_EQ(check.routine->tags, (std::vector<std::string>{"no", "10"}));
  EXPECT_EQ(draft_from_routine(*parse_routine(routine_to_yaml(*check.routine), "x")), draft_from_routine(*check.routine));
}

TEST(RoutineDraft, EachProblemIsTiedToItsFieldInTheLoadersWords) {
  RoutineDraft draft = new_routine_draft("Calves");
  draft.exercises[0].hold = "five";
  draft.exercises[0].reps = "8-6";
  ExerciseDraft breathing;
  breathing.name = "Breathing";
  breathing.shape = ExerciseShape::phases;
  breathing.phases = {{"In", "4s"}, {"Out", "0s"}};
  draft.exercises.push_back(breathing);
  draft.get_ready = "";
  const auto check = check_draft(draft);
  ASSERT_FALSE(check.routine);
  const auto find = [&](const FieldPath& field) -> std::string {
    for (const FieldProblem& p : check.problems) {
      if (p.field == field) return p.message;
    }
    return "";
  };
  EXPECT_NE(find({.exercise = 0, .key = "hold"}).find("`five` is not a duration"), std::string::npos);
  EXPECT_NE(find({.exercise = 0, .key = "reps"}).find("8-6"), std::string::npos) << find({.exercise = 0, .key = "reps"});
  EXPECT_FALSE(find({.exercise = 1, .phase = 1, .key = "duration"}).empty());
  EXPECT_EQ(check.problems.size(), 3u) << "get_ready left empty means the default, not an error";
  // Fixed, it is valid.
  draft.exercises[0].hold = "5s";
  draft.exercises[0].reps = "6-8";
  draft.exercises[1].phases[1].duration = "6s";
  EXPECT_TRUE(check_draft(draft).routine);
  draft.exercises.clear();
  EXPECT_FALSE(check_draft(draft).routine);
}

TEST(RoutineDraft, FileStemsAreSafeAndUnique) {
  EXPECT_EQ(routine_file_stem("Morning calf stretch", {}), "morning-calf-stretch");
  EXPECT_EQ(routine_file_stem("../../etc/passwd", {}), "etc-passwd");
  EXPECT_EQ(routine_file_stem("..", {}), "routine");
  EXPECT_EQ(routine_file_stem("Étirement du mollet", {}), "etirement-du-mollet");
  EXPECT_EQ(routine_file_stem("évening ÇALVES", {}), "evening-calves");
  EXPECT_EQ(routine_file_stem("Wadenstretch für Große", {}), "wadenstretch-fur-grosse");
  EXPECT_EQ(routine_file_stem("Растяжка икр", {}), "Растяжка-икр");  // other scripts stay as written
  EXPECT_EQ(routine_file_stem("ふくらはぎ · 朝", {}), "ふくらはぎ-朝");
  EXPECT_EQ(routine_file_stem("Calves \xF0\x9F\x92\xAA", {}), "calves");  // an emoji separates
  EXPECT_EQ(routine_file_stem("a/b\\c", {}), "a-b-c");
  EXPECT_EQ(routine_file_stem("Calves", {"calves", "calves-2"}), "calves-3");
  EXPECT_LE(routine_file_stem(std::string(500, 'x'), {}).size(), 60u);
}

TEST(RoutineDraft, CommentsAreFoundOutsideQuotes) {
  EXPECT_TRUE(has_yaml_comments("# a routine\nlimber: 1\n"));
  EXPECT_TRUE(has_yaml_comments("name: Calves  # why\n"));
  EXPECT_FALSE(has_yaml_comments("name: \"Calves # not\"\n"));
  EXPECT_FALSE(has_yaml_comments("name: Calves#1\n"));
  EXPECT_FALSE(has_yaml_comments(routine_to_yaml(*check_draft(new_routine_draft("Calves")).routine)));
}

}  // namespace
}  // namespace limber

namespace limber {
namespace {

// The editor speaks of a field by its label, never by the file's key, and quotes values as people do.
TEST(RoutineDraft, ProblemsAreSaidWithTheFieldsLabel) {
  EXPECT_EQ(said_in_the_editor("`twenty` is not a duration: write seconds (45 or 45s)", "hold", "Hold"),
            "Hold: 'twenty' is not a duration: write seconds (45 or 45s)");
  EXPECT_EQ(said_in_the_editor("`name` is empty", "name", "Name"), "Name is empty");
  EXPECT_EQ(said_in_the_editor("`at_least` goes with `duration: until-done` only", "at_least", "At least"),
            "At least goes with 'duration: until-done' only");
  EXPECT_EQ(said_in_the_editor("exercise 2 needs `hold` and `rest`", "", ""), "exercise 2 needs 'hold' and 'rest'");
  // The check of a real draft, said in the editor: no backtick left.
  RoutineDraft draft = new_routine_draft("Quick");
  draft.exercises[0].hold = "twenty";
  const DraftCheck check = check_draft(draft);
  ASSERT_FALSE(check.problems.empty());
  const FieldProblem& problem = check.problems.front();
  EXPECT_EQ(problem.field.key, "hold");
  const std::string said = said_in_the_editor(problem.message, problem.field.key, "Hold");
  EXPECT_EQ(said.rfind("Hold: 'twenty'", 0), 0u) << said;
  EXPECT_EQ(said.find('`'), std::string::npos) << said;
}

}  // namespace
}  // namespace limber
