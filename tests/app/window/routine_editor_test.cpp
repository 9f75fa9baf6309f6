// The editor's state and saving, on real files: undo and redo, structural edits, where a save
// goes, and a save interrupted at every step.
#include "app/window/routine_editor.hpp"

#include <gtest/gtest.h>
#include <sys/wait.h>
#include <unistd.h>

#include "core/routine/routine_loader.hpp"
#include "support/fixtures.hpp"

namespace limber {
namespace {

TEST(RoutineEditor, UndoAndRedoStepThroughEditsAndTypingIsOneStep) {
  RoutineEditor editor = RoutineEditor::for_new("Calves");
  EXPECT_FALSE(editor.can_undo());
  editor.draft().exercises[0].hold = "1";
  editor.changed(true);
  editor.draft().exercises[0].hold = "15";
  editor.changed(true);
  editor.draft().exercises[0].hold = "15s";
  editor.changed(false);  // typing ended: one step
  editor.add_exercise();
  ASSERT_EQ(editor.draft().exercises.size(), 2u);
  EXPECT_EQ(editor.selected, 1);
  ASSERT_TRUE(editor.undo());
  EXPECT_EQ(editor.draft().exercises.size(), 1u);
  EXPECT_EQ(editor.draft().exercises[0].hold, "15s");
  ASSERT_TRUE(editor.undo());
  EXPECT_EQ(editor.draft().exercises[0].hold, "10s");
  EXPECT_FALSE(editor.undo());
  ASSERT_TRUE(editor.redo());
  ASSERT_TRUE(editor.redo());
  EXPECT_EQ(editor.draft().exercises.size(), 2u);
  EXPECT_FALSE(editor.redo());
  // A new edit after an undo drops the redo branch.
  ASSERT_TRUE(editor.undo());
  editor.draft().name = "Calves and more";
  editor.changed(false);
  EXPECT_FALSE(editor.can_redo());
}

TEST(RoutineEditor, ExercisesAreDuplicatedRemovedAndReordered) {
  RoutineEditor editor = RoutineEditor::for_new("Order");
  editor.draft().exercises[0].name = "A";
  editor.changed(false);
  editor.add_exercise();
  editor.draft().exercises[1].name = "B";
  editor.changed(false);
  editor.duplicate_exercise();  // B copied after B
  ASSERT_EQ(editor.draft().exercises.size(), 3u);
  EXPECT_EQ(editor.draft().exercises[2].name, "B");
  editor.draft().exercises[2].name = "C";
  editor.changed(false);
  editor.move_exercise(-1);
  editor.move_exercise(-1);
  EXPECT_EQ(editor.selected, 0);
  editor.move_exercise(-1);  // already first
  std::vector<std::string> names;
  for (const ExerciseDraft& e : editor.draft().exercises) names.push_back(e.name);
  EXPECT_EQ(names, (std::vector<std::string>{"C", "A", "B"}));
  editor.selected = 1;
  editor.remove_exercise();
  ASSERT_EQ(editor.draft().exercises.size(), 2u);
  EXPECT_EQ(editor.draft().exercises[1].name, "B");
  EXPECT_TRUE(editor.check().routine);
}

TEST(RoutineEditor, ANewRoutineIsSavedUnderItsNameAndThenInPlace) {
  testing::ScratchDir dir;
  RoutineEditor editor = RoutineEditor::for_new("Evening calves");
  // Nobody touched it yet: closing asks nothing. A copy is unsaved from the start.
  EXPECT_FALSE(editor.dirty());
  EXPECT_TRUE(RoutineEditor::for_copy(*editor.check().routine).dirty());
  editor.draft().exercises[0].reps = "5";
  editor.changed(false);
  EXPECT_TRUE(editor.dirty());
  const auto first = editor.save(dir.path(), {"evening-calves"});
  ASSERT_TRUE(first) << first.error();
  EXPECT_EQ(first->filename(), "evening-calves-2.yaml");
  EXPECT_FALSE(editor.dirty());
  editor.draft().exercises[0].reps = "4";
  editor.changed(false);
  const auto second = editor.save(dir.path(), {"evening-calves", "evening-calves-2"});
  ASSERT_TRUE(second);
  EXPECT_EQ(*second, *first);  // the same file, updated
  EXPECT_EQ(load_routine_file(*second)->exercises[0].reps.min, 4);
  EXPECT_FALSE(std::filesystem::exists(second->string() + ".tmp"));
}

TEST(RoutineEditor, AnInvalidDraftIsNotSaved) {
  testing::ScratchDir dir;
  RoutineEditor editor = RoutineEditor::for_new("Broken");
  editor.draft().exercises[0].hold = "five";
  editor.changed(false);
  EXPECT_FALSE(editor.check().routine);
  EXPECT_FALSE(editor.plan());
  EXPECT_FALSE(editor.save(dir.path(), {}));
  EXPECT_TRUE(std::filesystem::is_empty(dir.path()));
}

TEST(RoutineEditor, BuiltInAndCommentedFilesAreSavedAsCopies) {
  testing::ScratchDir dir;
  const auto builtin_file = testing::routines_dir() / "morning-calf-stretch.yaml";
  const std::string builtin_text = testing::read_file(builtin_file);
  RoutineEditor builtin =
      RoutineEditor::for_file(builtin_file, *load_routine_file(builtin_file), RoutineOrigin::builtin, read_routine_file(builtin_file).facts);
  EXPECT_TRUE(builtin.saves_a_copy());
  const auto copy = builtin.save(dir / "routines", {"morning-calf-stretch"});
  ASSERT_TRUE(copy);
  EXPECT_EQ(copy->filename(), "morning-calf-stretch-2.yaml");
  EXPECT_EQ(testing::read_file(builtin_file), builtin_text);
  EXPECT_FALSE(builtin.saves_a_copy());  // from now on, the copy is saved in place

  const auto commented = dir / "routines" / "mine.yaml";
  testing::write_file(commented, "# my own notes\n" + testing::read_file(*copy));
  const std::string commented_text = testing::read_file(commented);
  RoutineEditor user = RoutineEditor::for_file(commented, *load_routine_file(commented), RoutineOrigin::user, read_routine_file(commented).facts);
  EXPECT_TRUE(user.has_comments());
  EXPECT_TRUE(user.saves_a_copy());
  const auto user_copy = user.save(dir / "routines", {"morning-calf-stretch", "morning-calf-stretch-2", "mine"});
  ASSERT_TRUE(user_copy);
  EXPECT_NE(*user_copy, commented);
  EXPECT_EQ(testing::read_file(commented), commented_text);
}

// A crash at each step of a save (the process ends right there) leaves the old file or the new
// one, whole, and never a half-written routine.
TEST(RoutineEditor, ASaveInterruptedAtEveryStepLeavesTheOldOrTheNewFile) {
  testing::ScratchDir dir;
  const auto file = dir / "routines" / "calves.yaml";
  RoutineEditor first = RoutineEditor::for_new("Calves");
  ASSERT_TRUE(first.save(dir / "routines", {}));
  ASSERT_EQ(first.file(), file);
  const std::string old_text = testing::read_file(file);
  for (int stop_after = 0; stop_after < kAtomicWriteSteps; ++stop_after) {
    SCOPED_TRACE("stopped after step " + std::to_string(stop_after));
    RoutineEditor editor = RoutineEditor::for_file(file, *load_routine_file(file), RoutineOrigin::user, read_routine_file(file).facts);
    editor.draft().exercises[0].instructions = std::string(4000, 'x');
    editor.changed(false);
    const pid_t child = fork();
    ASSERT_GE(child, 0);
    if (child == 0) {
      (void)editor.save(dir / "routines", {"calves"}, [&](AtomicWriteStep step) {
        if (static_cast<int>(step) == stop_after) _exit(0);
      });
      _exit(1);
    }
    int status = 0;
    waitpid(child, &status, 0);
    ASSERT_TRUE(WIFEXITED(status));
    ASSERT_EQ(WEXITSTATUS(status), 0) << "the hook never ran";
    const std::string now = testing::read_file(file);
    const auto loaded = load_routine_file(file);
    ASSERT_TRUE(loaded) << "a broken routine file";
    if (stop_after < static_cast<int>(AtomicWriteStep::renamed)) {
      EXPECT_EQ(now, old_text);
    } else {
      EXPECT_EQ(loaded->exercises[0].instructions.size(), 4000u);
    }
    testing::write_file(file, old_text);
    std::filesystem::remove(file.string() + ".tmp");
  }
}

}  // namespace
}  // namespace limber
