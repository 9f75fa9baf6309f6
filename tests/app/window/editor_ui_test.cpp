// The editor driven like a user, in a headless ImGui context: taps into fields, typing, fixing a
// validation error, adding and reordering exercises, saving, and the file that comes out.
#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "app/window/editor_screen.hpp"
#include "core/routine/routine_loader.hpp"
#include "support/drawn_text.hpp"
#include "support/fixtures.hpp"
#include "support/imgui_harness.hpp"

namespace limber {
namespace {

using testing::ImGuiHarness;

class EditorUi : public ::testing::Test {
 protected:
  EditorUi() : ui_(1280, 800) {}

  std::optional<AppRequest> frame() { return ui_.frame(draw_); }
  // The open editor; the test stops here if there is none.
  RoutineEditor& editor() {
    RoutineEditor* open = screen_.editor();
    if (open == nullptr) {
      ADD_FAILURE() << "the editor is not open";
      std::abort();
    }
    return *open;
  }
  std::optional<AppRequest> tap(const std::string& label) {
    auto button = ImGuiHarness::find(screen_.view().buttons(), label);
    // Scrolled out of the form: the wheel over the form brings it in, as a user scrolls to it.
    for (int turn = 0; button && !button->is_visible() && turn < 60; ++turn) {
      const float middle = ImGui::GetIO().DisplaySize.y / 2;
      ui_.wheel(ImVec2(button->min.x + 4, middle), button->min.y > middle ? -1.0f : 1.0f, draw_);
      button = ImGuiHarness::find(screen_.view().buttons(), label);
    }
    EXPECT_TRUE(button && button->is_visible()) << label;
    if (!button) return std::nullopt;
    auto outcome = ui_.tap(button->centre(), draw_);
    frame();
    return outcome;
  }
  // Taps into a field, types (replacing what was there), and taps outside to finish.
  void type(const std::string& field, const std::string& text) {
    tap(field);
    ImGui::GetIO().AddInputCharactersUTF8(text.c_str());
    frame();
    ui_.tap(ImVec2(5, 5), draw_);
    frame();
  }

  testing::ScratchDir dir_;
  ImGuiHarness ui_;
  EditorScreen screen_;
  SaveTarget target_{dir_ / "routines", {"morning-calf-stretch", "bedtime-stretches"}};
  std::function<std::optional<AppRequest>()> draw_ = [this]() -> std::optional<AppRequest> {
    const auto intent = screen_.draw(ThemeKind::dark, ui_.fonts(), Nanos{0});
    if (!intent) return std::nullopt;
    AppRequest request = screen_.handle(*intent);
    if (request.is_none()) return std::nullopt;
    return request;
  };
};

TEST_F(EditorUi, CreateFillFixReorderSaveAndReload) {
  screen_.open(RoutineEditor::for_new("My routine"), target_);
  frame();
  type("##name", "Evening calves");
  EXPECT_EQ(editor().draft().name, "Evening calves");

  // A mistake: the problem shows, in the checker's words, and Save does nothing.
  type("##hold", "five");
  ASSERT_FALSE(editor().check().routine);
  EXPECT_NE(editor().check().problems.front().message.find("`five` is not a duration"), std::string::npos);
  EXPECT_FALSE(tap("Save"));
  EXPECT_FALSE(std::filesystem::exists(dir_ / "routines"));
  // Ctrl+S says why it did not save, until the draft changes: then the words are gone.
  screen_.handle_key(SDLK_s, KMOD_CTRL);
  frame();
  EXPECT_THAT(screen_.notice(), ::testing::HasSubstr("Not saved"));
  type("##hold", "8s");
  ASSERT_TRUE(editor().check().routine);
  EXPECT_EQ(screen_.notice(), "") << "\"Not saved\" after the problem was fixed";
  EXPECT_EQ(editor().plan()->phases[1].duration, Seconds{8});

  // A second exercise, moved to the front.
  tap("Add");
  EXPECT_EQ(editor().selected, 1);
  type("##exercise_name", "Ankle circles");
  type("##reps", "2");
  tap("Up");
  EXPECT_EQ(editor().draft().exercises[0].name, "Ankle circles");

  const auto saved = tap("Save");
  ASSERT_TRUE(saved);
  ASSERT_EQ(saved->kind, AppRequest::Kind::routine_saved);
  EXPECT_EQ(*saved->file, dir_ / "routines" / "evening-calves.yaml");
  EXPECT_EQ(testing::read_file(*saved->file), R"(limber: 1
name: Evening calves
exercises:
  - name: Ankle circles
    reps: 2
    hold: 10s
    rest: 10s
  - name: Calf stretch
    sides: [left, right]
    reps: 3
    hold: 8s
    rest: 10s
)");
  const auto reloaded = load_routine_file(*saved->file);
  ASSERT_TRUE(reloaded);
  EXPECT_EQ(reloaded->exercises[1].name, "Calf stretch");
  EXPECT_FALSE(editor().dirty());
  EXPECT_THAT(screen_.notice(), ::testing::HasSubstr("evening-calves.yaml."));

  // Ctrl+Z takes the reorder back; closing now asks first.
  screen_.handle_key(SDLK_z, KMOD_CTRL);
  EXPECT_EQ(editor().draft().exercises[0].name, "Calf stretch");
  EXPECT_TRUE(editor().dirty());
  frame();
  EXPECT_EQ(screen_.notice(), "") << "\"Saved\" beside \"unsaved changes\"";
  EXPECT_FALSE(tap("Close"));
  ASSERT_TRUE(ImGuiHarness::find(screen_.view().buttons(), "Keep editing"));
  tap("Keep editing");
  EXPECT_TRUE(screen_.is_open());
  screen_.handle_key(SDLK_z, static_cast<SDL_Keymod>(KMOD_CTRL | KMOD_SHIFT));  // redo
  EXPECT_FALSE(editor().dirty());
  const auto closed = tap("Close");
  ASSERT_TRUE(closed);
  EXPECT_EQ(closed->kind, AppRequest::Kind::show_library);
}

// Typing is part of the one undo history: Ctrl+Z in a field takes the typing back whole, and
// Ctrl+Y or Ctrl+Shift+Z brings it again; Esc while typing ends the typing, not the editor.
// ImGui 1.86's multi-line field cannot wrap; the editor's do, while shown and while typed in:
// no line runs past the field's right edge, every word is on screen, and the text kept has no
// breaks the wrapping made.
TEST_F(EditorUi, MultiLineFieldsWrapWhileShownAndWhileTyped) {
  screen_.open(RoutineEditor::for_new("Bedtime"), target_);
  frame();
  const std::string words = "Calf and hamstring stretches, each held ten seconds three times, reduced nocturnal leg cramps in a trial";
  const auto lines_in_field = [&] {
    const auto field = ImGuiHarness::find(screen_.view().buttons(), "##description");
    EXPECT_TRUE(field.has_value());
    std::vector<testing::DrawnRun> lines;
    for (const auto& run : testing::drawn_text()) {
      if (field && run.at.y >= field->min.y && run.at.y < field->max.y && run.at.x >= field->min.x && run.at.x < field->max.x) {
        EXPECT_LE(run.right, field->max.x) << "\"" << run.text << "\" runs out of the field";
        lines.push_back(run);
      }
    }
    return lines;
  };
  tap("##description");
  ImGui::GetIO().AddInputCharactersUTF8(words.c_str());
  frame();
  frame();
  const auto typed = lines_in_field();
  EXPECT_GE(typed.size(), 2u) << "wrapped while typed";
  ui_.tap(ImVec2(5, 5), draw_);
  frame();
  EXPECT_EQ(editor().draft().description, words) << "the wrapping's breaks are not kept";
  const auto shown = lines_in_field();
  ASSERT_GE(shown.size(), 2u) << "wrapped while shown";
  std::string joined;
  for (const auto& line : shown) joined += (joined.empty() ? "" : " ") + line.text;
  EXPECT_EQ(joined, words) << "every word on screen, none cut";
}

// The figure is chosen from tiles that show it, under its name in words (no file keys).
TEST_F(EditorUi, FiguresAreChosenFromTilesThatShowThem) {
  screen_.open(RoutineEditor::for_new("Calves"), target_);
  frame();
  int tiles = 0;
  for (const DrawnButton& b : screen_.view().buttons()) {
    if (b.label.find("##figure-") == std::string::npos) continue;
    ++tiles;
    EXPECT_EQ(b.label.find('-'), b.label.find("##figure-") + 8) << "a key shown as its name: " << b.label;
  }
  EXPECT_EQ(tiles, 8) << "None and the seven built-in poses";
  // A name wraps in its tile: found by the tile's id.
  const auto label = [&](const std::string& id) {
    for (const DrawnButton& b : screen_.view().buttons()) {
      if (b.label.size() > id.size() && b.label.compare(b.label.size() - id.size(), id.size(), id) == 0) return b.label;
    }
    return id;
  };
  const std::string ledge = label("##figure-calf-ledge");
  EXPECT_EQ(ledge.substr(0, ledge.find("##")).find("Calf on a"), 0u) << ledge;
  tap(ledge);
  EXPECT_EQ(editor().draft().exercises[0].pose, "calf-ledge");
  frame();
  // The tile holds its figure: many shapes drawn inside it besides the tile and its name.
  const auto tile = ImGuiHarness::find(screen_.view().buttons(), label("##figure-hamstring-step"));
  ASSERT_TRUE(tile.has_value());
  int inside = 0;
  for (int v = tile->vertices_end; v < tile->list->VtxBuffer.Size; ++v) {
    const ImVec2 at = tile->list->VtxBuffer[v].pos;
    if (at.x > tile->min.x && at.x < tile->max.x && at.y > tile->min.y && at.y < tile->max.y) ++inside;
  }
  EXPECT_GT(inside, 100) << "no figure drawn in the tile";
  tap(label("##figure-none"));
  EXPECT_EQ(editor().draft().exercises[0].pose, "");
}

TEST_F(EditorUi, UndoAndRedoReachIntoTheFieldBeingTyped) {
  screen_.open(RoutineEditor::for_new("Morning"), target_);
  frame();
  tap("##name");
  ImGui::GetIO().AddInputCharactersUTF8("Evening stretch");
  frame();
  ASSERT_TRUE(screen_.view().typing());
  EXPECT_EQ(editor().draft().name, "Evening stretch");
  screen_.handle_key(SDLK_z, KMOD_CTRL);
  frame();
  frame();
  EXPECT_FALSE(screen_.view().typing());
  EXPECT_EQ(editor().draft().name, "Morning");
  screen_.handle_key(SDLK_y, KMOD_CTRL);
  frame();
  EXPECT_EQ(editor().draft().name, "Evening stretch");
  screen_.handle_key(SDLK_z, KMOD_CTRL);
  screen_.handle_key(SDLK_z, static_cast<SDL_Keymod>(KMOD_CTRL | KMOD_SHIFT));
  frame();
  EXPECT_EQ(editor().draft().name, "Evening stretch");
  // Esc in a field that has the keyboard leaves the editor open.
  tap("##name");
  ASSERT_TRUE(screen_.view().typing());
  EXPECT_TRUE(screen_.handle_key(SDLK_ESCAPE, KMOD_NONE).is_none());
  EXPECT_TRUE(screen_.is_open());
  EXPECT_FALSE(ImGuiHarness::find(screen_.view().buttons(), "Keep editing"));
}

// A routine's problem shows under its field once the field is left, never while typing in it,
// so nothing below the field moves under the finger mid-word.
TEST_F(EditorUi, AProblemWaitsUntilTheFieldIsLeft) {
  screen_.open(RoutineEditor::for_new("Steady"), target_);
  frame();
  const auto below = [&] {
    const auto add = ImGuiHarness::find(screen_.view().buttons(), "Add");
    return add ? add->min.y : -1.0f;
  };
  const float before = below();
  ASSERT_GE(before, 0.0f) << "no Add button";
  tap("##get_ready");
  ImGui::GetIO().AddInputCharactersUTF8("five");
  frame();
  frame();
  ASSERT_FALSE(editor().check().routine);
  EXPECT_EQ(below(), before) << "a field moved while typing";
  ui_.tap(ImVec2(5, 5), draw_);  // leaving the field shows the problem
  frame();
  EXPECT_GT(below(), before);
}

TEST_F(EditorUi, ARoutineIsNeverSavedUnderAnotherRoutinesName) {
  target_.names = {{dir_ / "routines" / "mine.yaml", "Evening Calves"}};
  screen_.open(RoutineEditor::for_new("evening calves"), target_);
  frame();
  EXPECT_TRUE(screen_.handle({EditorIntent::Kind::save}).is_none());
  EXPECT_THAT(screen_.notice(), ::testing::HasSubstr("there is already a routine called \u201cEvening Calves\u201d"));
  EXPECT_FALSE(std::filesystem::exists(dir_ / "routines"));
  editor().draft().name = "Evening calves, longer";
  editor().changed(false);
  EXPECT_EQ(screen_.handle({EditorIntent::Kind::save}).kind, AppRequest::Kind::routine_saved);
}

TEST_F(EditorUi, LeavingWithUnsavedChangesCanSaveOrDiscard) {
  // Untouched, a new routine closes at once: there is nothing to lose.
  screen_.open(RoutineEditor::for_new("Untouched"), target_);
  frame();
  const auto closed = tap("Close");
  ASSERT_TRUE(closed);
  EXPECT_EQ(closed->kind, AppRequest::Kind::show_library);

  screen_.open(RoutineEditor::for_new("Quick one"), target_);
  frame();
  type("##rest", "3s");
  tap("Close");
  const auto saved = tap("Save and close");
  ASSERT_TRUE(saved);
  EXPECT_EQ(saved->kind, AppRequest::Kind::show_library);
  EXPECT_TRUE(std::filesystem::exists(dir_ / "routines" / "quick-one.yaml"));
  EXPECT_FALSE(screen_.is_open());

  screen_.open(RoutineEditor::for_new("Thrown away"), target_);
  frame();
  type("##rest", "3s");
  tap("Close");
  const auto discarded = tap("Discard");
  ASSERT_TRUE(discarded);
  EXPECT_EQ(discarded->kind, AppRequest::Kind::show_library);
  EXPECT_FALSE(std::filesystem::exists(dir_ / "routines" / "thrown-away.yaml"));
}

TEST_F(EditorUi, TryItHandsOverTheUnsavedRoutine) {
  screen_.open(RoutineEditor::for_new("Not saved yet"), target_);
  frame();
  type("##rest", "3s");
  const auto tried = tap("Try it");
  ASSERT_TRUE(tried);
  ASSERT_EQ(tried->kind, AppRequest::Kind::start_session);
  EXPECT_EQ(std::get<HoldRest>(tried->session->routine.routine.exercises[0].body).rest, Seconds{3});
  EXPECT_TRUE(tried->session->routine.file.empty());
  EXPECT_TRUE(tried->session->from_editor);
}

}  // namespace
}  // namespace limber
