#include "ui/exercise_form.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "core/base/translate.hpp"
#include "ui/figure_picker.hpp"
#include "ui/pose_view.hpp"

namespace limber {
namespace {

// Translated when drawn: the language can change while the app runs.
std::array<const char*, 5> side_choices() {
  return {tr("Not per side"), tr("Left, then right"), tr("Right, then left"), tr("Left only"), tr("Right only")};
}

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

// In SideOf's order.
std::array<const char*, 3> side_of_choices() { return {tr("Legs"), tr("Arms"), tr("Sides of the body")}; }

std::array<const char*, 3> shape_choices() { return {tr("Hold, then relax"), tr("Named phases"), tr("One timed step")}; }

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
  ImGui::TextUnformatted(format(tr("Exercise {0}"), index + 1).c_str());
  ImGui::PopFont();
  form.text(tr("Name"), "##exercise_name", &e.name, at("name"), column);
  form.text(tr("Instructions"), "##instructions", &e.instructions, at("instructions"), column, 3);
  if (e.shape != ExerciseShape::phases) {
    form.text(tr("Spoken cue"), "##cue", &e.cue, at("cue"), column, 1, tr("what the voice says instead of \u201chold\u201d"));
  }
  int sides = side_choice(e.sides);
  if (form.combo(tr("Sides"), "##sides", &sides, side_choices().data(), 5, column)) set_sides(e, sides_for(sides));
  form.problems(at("sides"));
  if (!e.sides.empty()) {
    int of = static_cast<int>(e.side_of);
    if (form.combo(tr("The sides are"), "##side_of", &of, side_of_choices().data(), 3, column)) e.side_of = static_cast<SideOf>(of);
    form.problems(at("side_of"));
  }
  int shape = static_cast<int>(e.shape);
  if (form.combo(tr("Each rep is"), "##shape", &shape, shape_choices().data(), 3, column)) {
    e.shape = static_cast<ExerciseShape>(shape);
    if (e.shape == ExerciseShape::phases && e.phases.empty()) e.phases = {{tr("Breathe in"), "4s"}, {tr("Breathe out"), "6s"}};
  }
  const float half = (column - gap) / 2;
  switch (e.shape) {
    case ExerciseShape::hold_rest:
      // One field under another: a problem's text under a field must not push its neighbour away.
      form.text(tr("Reps"), "##reps", &e.reps, at("reps"), half, 1, tr("6, or a range 6-8"));
      form.text(tr("Hold"), "##hold", &e.hold, at("hold"), half, 1, tr("the stretch"));
      form.text(tr("Relax"), "##rest", &e.rest, at("rest"), half, 1, tr("after each hold"));
      break;
    case ExerciseShape::phases:
      form.text(tr("Reps"), "##reps", &e.reps, at("reps"), half, 1, tr("6, or a range 6-8"));
      ImGui::TextColored(p.muted, "%s", tr("Phases of each rep"));
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
      if (big_button(tr("Add phase"), ImVec2(unit * 8, row_h), form.buttons())) want(EditorIntent::Kind::add_phase);
      break;
    case ExerciseShape::timed:
      form.text(tr("Duration"), "##duration", &e.duration, at("duration"), half, 1, tr("e.g. 2m, or until-done"));
      // A step until Done may have a least time before Done is offered.
      if (e.duration.find("until-done") != std::string::npos) {
        form.text(tr("At least"), "##at_least", &e.at_least, at("at_least"), half, 1, tr("optional, e.g. 30s"));
      }
      break;
  }
  if (e.sides.size() > 1) form.text(tr("Switch sides"), "##switch", &e.switch_time, at("switch"), half, 1, tr("pause"));
  form.text(tr("Sets"), "##sets", &e.sets, at("sets"), half);
  if (e.sets != "1") form.text(tr("Rest between sets"), "##set_rest", &e.set_rest, at("set_rest"), half);
  form.text(tr("Rest after"), "##rest_after", &e.rest_after, at("rest_after"), half, 1, tr("before the next exercise"));
  ImGui::TextColored(p.muted, "%s", fit_text(tr("Figure"), column).c_str());
  if (look.figures != nullptr) {
    if (const auto key = draw_figure_picker(*look.figures, e.pose, column, unit, look.theme, form.buttons())) {
      if (*key != e.pose) {
        e.pose = *key;
        form.mark_edited();
      }
    }
  }
  form.problems(at("pose"));
  form.text(tr("Your own picture"), "##image", &e.image, at("image"), column, 1, tr("a PNG or JPEG file, next to the routine"));
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
