#pragma once
// The editor's state for one routine: the draft, its live check, undo and redo, the structural
// edits (add, duplicate, remove, reorder), and saving it as a user routine file.

#include <filesystem>
#include <optional>
#include <string>
#include <vector>

#include "core/base/expected.hpp"
#include "core/routine/plan.hpp"
#include "core/routine/routine_draft.hpp"
#include "core/routine/routine_draft_check.hpp"
#include "core/routine/routine_library.hpp"
#include "platform/atomic_file.hpp"

namespace limber {

class RoutineEditor {
 public:
  [[nodiscard]] static RoutineEditor for_new(const std::string& name);
  // An existing file: a user routine is saved back in place (unless it has comments, which
  // saving would drop: then it is saved as a copy); a built-in one always as a user copy.
  [[nodiscard]] static RoutineEditor for_file(const std::filesystem::path& file, const Routine& routine,
                                              RoutineOrigin origin, const RoutineFileFacts& facts);
  // A copy of a routine under a new name, not yet saved.
  [[nodiscard]] static RoutineEditor for_copy(const Routine& routine);

  [[nodiscard]] RoutineDraft& draft() { return draft_; }
  [[nodiscard]] const RoutineDraft& draft() const { return draft_; }
  [[nodiscard]] const DraftCheck& check() const { return check_; }
  [[nodiscard]] const std::optional<Plan>& plan() const { return plan_; }

  // Call after the user changed the draft. While `typing`, the change is checked but not yet an
  // undo step; it becomes one when typing ends (or at the next structural edit).
  void changed(bool typing);
  bool undo();
  bool redo();
  [[nodiscard]] bool can_undo() const { return position_ > 0 || draft_ != history_[position_]; }
  [[nodiscard]] bool can_redo() const { return position_ + 1 < history_.size(); }

  int selected = 0;  // the exercise shown for editing
  void add_exercise();
  void duplicate_exercise();
  void remove_exercise();
  void move_exercise(int by);  // -1 up, +1 down
  void add_phase();
  void remove_phase(int phase);

  // A routine never saved is unsaved work, whatever it holds.
  // A copy is unsaved from the start (closing it loses the copy); a new routine nobody touched is not.
  [[nodiscard]] bool dirty() const { return starts_unsaved_ || draft_ != saved_; }
  [[nodiscard]] bool saves_a_copy() const { return !file_ || builtin_ || has_comments_; }
  [[nodiscard]] bool is_new() const { return !file_; }
  [[nodiscard]] bool builtin() const { return builtin_; }
  [[nodiscard]] bool has_comments() const { return has_comments_; }
  [[nodiscard]] const std::optional<std::filesystem::path>& file() const { return file_; }

  // Writes the routine into `user_dir` atomically and returns its path. A new file's name comes
  // from the routine's name, never one of `taken_stems`.
  [[nodiscard]] Expected<std::filesystem::path, std::string> save(const std::filesystem::path& user_dir,
                                                                  const std::vector<std::string>& taken_stems,
                                                                  const AtomicWriteHook& hook = {});

 private:
  RoutineEditor(RoutineDraft draft, std::optional<std::filesystem::path> file, bool builtin, bool has_comments);
  void recheck();
  void commit();

  RoutineDraft draft_;
  RoutineDraft saved_;
  DraftCheck check_;
  std::optional<Plan> plan_;
  std::optional<RoutineDraft> checked_;  // the draft check_ belongs to
  std::vector<RoutineDraft> history_;
  std::size_t position_ = 0;
  std::optional<std::filesystem::path> file_;
  bool builtin_ = false;
  bool has_comments_ = false;
  bool starts_unsaved_ = false;  // until saved
};

}  // namespace limber
