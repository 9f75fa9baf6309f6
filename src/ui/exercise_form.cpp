#include "ui/exercise_form.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "ui/pose_view.hpp"

namespace limber {
namespace {

const char* const kSideChoices[] = {"Not per side", "Left, then right", "Right, then left", "Left only", "Right only"};

int side_choice(const std::vector<Side>& sides) {
  if (sides.empty()) return 0;
  if (sides.size() == 2) return sides[0] == Side::left ? 1 : 2;
  return sides[0] == Side::left ? 3 : 4;
}

std::vector<Side> sides_for(int choice) {
  switch (choice) {
    case 1: return {Side::left, Side::right};
    case 2: return {Side::right, Side::left};
    case 3: return {Side::left};
    case 4: return {Side::right};
    default: return {};
  }
}

const char* const kShapeChoices[] = {"Hold, then relax", "Named phases", "One timed step"};

// "None", then every built-in pose.
const std::array<const char*, kBuiltInPoses.size() + 1>& pose_choices() {
  static const auto choices = [] {
    std::array<const char*, kBuiltInPoses.size() + 1> out{"None"};
    for (std::size_t i = 0; i < kBuiltInPoses.size(); ++i) out[i + 1] = kBuiltInPoses[i].data();
    return out;
  }();
  return choices;
}

int pose_choice(const std::string& pose) {
  for (std::size_t i = 0; i < kBuiltInPoses.size(); ++i) {
    if (kBuiltInPoses[i] == pose) return static_cast<int>(i) + 1;
  }
  return 0;
}

}  // namespace

ExerciseFormResult draw_exercise_form(ExerciseDraft& e, int index, EditorForm& form, const ExerciseFormLook& look) {
  ExerciseFormResult result;
  const auto want = [&result](EditorIntent::Kind kind, int at = -1) { result.intent = EditorIntent{kind, at}; };
  const Palette& p = palette(look.theme);
  const float unit = look.fonts.body_px;
  const float column = look.column;
  const float gap = look.gap;
  const float row_h = look.row_h;
  const auto at = [index](const char* key) { return FieldPath{.exercise = index, .key = key}; };
  ImGui::PushFont(look.fonts.heading);
  ImGui::Text("Exercise %d", index + 1);
  ImGui::PopFont();
  form.text("Name", "##exercise_name", &e.name, at("name"), column);
  form.text("Instructions", "##instructions", &e.instructions, at("instructions"), column, 3);
  if (e.shape != ExerciseShape::phases) {
    form.text("Spoken cue", "##cue", &e.cue, at("cue"), column, 1, "what the voice says instead of \"hold\"");
  }
  int sides = side_choice(e.sides);
  if (form.combo("Sides", "##sides", &sides, kSideChoices, 5, column)) e.sides = sides_for(sides);
  form.problems(at("sides"));
  int shape = static_cast<int>(e.shape);
  if (form.combo("Each rep is", "##shape", &shape, kShapeChoices, 3, column)) {
    e.shape = static_cast<ExerciseShape>(shape);
    if (e.shape == ExerciseShape::phases && e.phases.empty()) e.phases = {{"Breathe in", "4s"}, {"Breathe out", "6s"}};
  }
  const float half = (column - gap) / 2;
  switch (e.shape) {
    case ExerciseShape::hold_rest:
      // One field under another: a problem's text under a field must not push its neighbour away.
      form.text("Reps", "##reps", &e.reps, at("reps"), half, 1, "6, or a range 6-8");
      form.text("Hold", "##hold", &e.hold, at("hold"), half, 1, "the stretch");
      form.text("Relax", "##rest", &e.rest, at("rest"), half, 1, "after each hold");
      break;
    case ExerciseShape::phases:
      form.text("Reps", "##reps", &e.reps, at("reps"), half, 1, "6, or a range 6-8");
      ImGui::TextColored(p.muted, "Phases of each rep");
      form.problems(at("phases"));
      for (std::size_t ph = 0; ph < e.phases.size(); ++ph) {
        const int phase = static_cast<int>(ph);
        ImGui::PushID(phase);
        if (text_field("##phase_name", &e.phases[ph].name, half, form.buttons())) form.mark_edited();
        ImGui::SameLine(0, gap);
        if (text_field("##phase_duration", &e.phases[ph].duration, half - row_h - gap, form.buttons())) form.mark_edited();
        ImGui::SameLine(0, gap);
        if (big_button("x", ImVec2(row_h, row_h), form.buttons())) want(EditorIntent::Kind::remove_phase, phase);
        form.problems(FieldPath{.exercise = index, .phase = phase, .key = "name"});
        form.problems(FieldPath{.exercise = index, .phase = phase, .key = "duration"});
        ImGui::PopID();
      }
      if (big_button("Add phase", ImVec2(unit * 8, row_h), form.buttons())) want(EditorIntent::Kind::add_phase);
      break;
    case ExerciseShape::timed:
      form.text("Duration", "##duration", &e.duration, at("duration"), half, 1, "e.g. 2m");
      break;
  }
  if (e.sides.size() > 1) form.text("Switch sides", "##switch", &e.switch_time, at("switch"), half, 1, "pause");
  form.text("Sets", "##sets", &e.sets, at("sets"), half);
  if (e.sets != "1") form.text("Rest between sets", "##set_rest", &e.set_rest, at("set_rest"), half);
  form.text("Rest after", "##rest_after", &e.rest_after, at("rest_after"), half, 1, "before the next exercise");
  int pose = pose_choice(e.pose);
  if (form.combo("Figure", "##pose", &pose, pose_choices().data(), static_cast<int>(pose_choices().size()), column)) {
    e.pose = pose == 0 ? std::string() : std::string(kBuiltInPoses[static_cast<std::size_t>(pose - 1)]);
  }
  form.problems(at("pose"));
  form.text("Your own picture", "##image", &e.image, at("image"), column, 1, "a PNG or JPEG file, next to the routine");
  if (look.preview != nullptr && !e.pose.empty()) {
    // Moving between rest and hold, as the session will show it.
    const ImVec2 at_screen = ImGui::GetCursorScreenPos();
    const float side = std::min(column, unit * 9);
    draw_pose(ImGui::GetWindowDrawList(), *look.preview,
              blend(look.preview->rest, look.preview->hold, look.preview_toward_hold), at_screen,
              ImVec2(at_screen.x + side, at_screen.y + side),
              PoseLook{look.theme, p.background, false, static_cast<float>(look.preview_toward_hold)});
    ImGui::Dummy(ImVec2(side, side));
    result.preview_shown = ImGui::IsItemVisible();
  }
  return result;
}

}  // namespace limber
