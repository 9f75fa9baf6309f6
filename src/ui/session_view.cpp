#include "ui/session_view.hpp"

#include <cfloat>
#include "core/translate.hpp"

#include <fmt/format.h>

#include <algorithm>

#include "ui/pose_view.hpp"

namespace limber {
namespace {

// No keyboard navigation here: Space, the arrows, Esc and Enter are the session's own keys
// (pause, back, skip, stop), the same whether or not a control was focused on the screen before.
constexpr ImGuiWindowFlags kScreenFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoNav;

ImU32 colour(const ImVec4& c) { return ImGui::ColorConvertFloat4ToU32(c); }

}  // namespace

std::optional<SessionIntent> SessionView::draw(const SessionDisplay& display, ThemeKind theme, const ViewFonts& fonts,
                                               const SessionChrome& chrome) {
  buttons_.clear();
  std::optional<SessionIntent> intent;
  const Palette& p = palette(theme);
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float unit = fonts.body_px;
  const ImVec4 phase = phase_colour(display.kind, p);
  const ImVec4 phase_area = graphic(phase, p);
  // The background carries the phase's colour, and flashes it at each change.
  const ImVec4 background = mix(mix(p.background, phase_area, p.tint), phase_area, static_cast<float>(display.flash) * 0.75f);

  ImGui::SetNextWindowPos(ImVec2(0, 0));
  ImGui::SetNextWindowSize(size);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, background);
  ImGui::Begin("Session", nullptr, kScreenFlags);
  ImDrawList* list = ImGui::GetWindowDrawList();

  const bool portrait = size.y > size.x;
  const bool has_picture = chrome.picture != nullptr && chrome.picture_size.x > 0 && chrome.picture_size.y > 0;
  const bool has_figure = has_picture || (chrome.pose != nullptr && !display.figure.pose.empty());
  figure_rect_ = ImRect();
  const float margin = unit * 1.2f;
  const float controls_height = unit * 4.2f;
  const float bar_height = unit * 2.4f;
  const float notice_height = chrome.notice.empty() ? 0.0f : unit * 1.6f;
  const float content_bottom = size.y - margin - controls_height - bar_height - notice_height - unit;

  // Top line: the exercise, and the full-screen switch.
  push_font(fonts.heading);
  const std::string exercise = fit_text(display.exercise, size.x - margin * 2 - unit * 19.4f);
  pop_font();
  list->AddText(fonts.heading, fonts.heading->FontSize, ImVec2(margin, margin),
                colour(text_colour(p, fonts.heading->FontSize)), exercise.c_str());
  ImGui::SetCursorPos(ImVec2(size.x - margin - unit * 18.4f, margin));
  if (big_button(chrome.muted ? tr("Sound: off") : tr("Sound: on"), ImVec2(unit * 7.6f, unit * 2.2f), buttons_)) {
    intent = SessionIntent::toggle_mute;
  }
  ImGui::SameLine(0, unit * 0.8f);
  if (big_button(chrome.fullscreen ? tr("Full screen: on") : tr("Full screen: off"), ImVec2(unit * 10, unit * 2.2f), buttons_)) {
    intent = SessionIntent::toggle_fullscreen;
  }

  // The ring with the countdown, and the phase word above it.
  const float top = margin + unit * 3.4f;
  const float ring_area_w = portrait ? size.x : size.x * 0.5f;
  // In portrait the figure takes room from the ring; in landscape it has the text's half.
  const float ring_area_h = portrait ? (content_bottom - top) * (has_figure ? 0.42f : 0.62f) : content_bottom - top;
  const float radius = std::max(unit * 3, std::min(ring_area_w, ring_area_h - fonts.title->FontSize * 1.4f) * 0.42f);
  const ImVec2 centre(ring_area_w / 2, top + fonts.title->FontSize * 1.4f + radius + unit * 0.3f);
  ring_rect_ = ImRect(ImVec2(centre.x - radius, centre.y - radius), ImVec2(centre.x + radius, centre.y + radius));
  {
    // The phase word as big as it fits its half: some languages say it at twice the length.
    const char* word = display.paused ? tr("PAUSED") : display.phase_word.c_str();
    const float full = fonts.title->CalcTextSizeA(fonts.title->FontSize, FLT_MAX, 0, word).x;
    const float room = ring_area_w - margin * 2;
    const float word_size = full > room ? fonts.title->FontSize * room / full : fonts.title->FontSize;
    centred_text(list, fonts.title, word_size, centre.x, top + (fonts.title->FontSize - word_size) / 2, colour(phase), word);
  }
  progress_ring(list, centre, radius, std::max(6.0f, radius * 0.09f), static_cast<float>(display.phase_fraction),
                colour(mix(background, p.text, 0.12f)), colour(phase_area));
  const std::string number = std::to_string(display.countdown_seconds);
  const float number_size = std::min(fonts.huge->FontSize, radius * 1.05f);
  centred_text(list, fonts.huge, number_size, centre.x, centre.y - number_size * 0.55f,
               colour(text_colour(p, number_size)), number.c_str());

  // Where the user is, what to do, what is next.
  const float text_x = portrait ? margin : size.x * 0.5f + margin;
  const float text_y = portrait ? centre.y + radius + unit * 1.5f : top + unit;
  const float text_w = (portrait ? size.x : size.x * 0.5f) - 2 * margin;
  float y = text_y;
  if (!display.context.empty()) {
    // On one line in the heading's size where it fits, else a size smaller; a long language may
    // still take two lines, and what follows goes under all of them.
    std::string broken = display.context;
    const float heading_size = fonts.heading->FontSize;
    const float size_used = fonts.heading->CalcTextSizeA(heading_size, FLT_MAX, 0, broken.c_str()).x <= text_w
                                ? heading_size
                                : std::max(heading_size * 0.8f, fonts.body_px);
    // Still too long: a line for each part ("Right arm" / "Rep 1 of 2"), not a break inside one.
    if (fonts.heading->CalcTextSizeA(size_used, FLT_MAX, 0, broken.c_str()).x > text_w) {
      for (std::size_t at = broken.find(" \u00b7 "); at != std::string::npos; at = broken.find(" \u00b7 ", at)) {
        broken.replace(at, std::string(" \u00b7 ").size(), "\n");
      }
    }
    const char* context = broken.c_str();
    list->AddText(fonts.heading, size_used, ImVec2(text_x, y), colour(text_colour(p, size_used)), context, nullptr, text_w);
    y += fonts.heading->CalcTextSizeA(size_used, FLT_MAX, text_w, context).y + heading_size * 0.5f;
  }
  // What comes next and what to do, larger than body text: they are read from a couple of metres.
  ImFont* readable = fonts.large != nullptr ? fonts.large : fonts.body;
  list->AddText(readable, readable->FontSize, ImVec2(text_x, y), colour(p.muted), display.next.c_str(), nullptr, text_w);
  y += readable->CalcTextSizeA(readable->FontSize, FLT_MAX, text_w, display.next.c_str()).y + readable->FontSize * 0.6f;
  if (has_figure) {
    // As large as the layout allows, leaving the instructions a few lines below it.
    const float room = content_bottom - y;
    const float height = std::max(0.0f, std::min(room - readable->FontSize * 3.5f, text_w * 0.8f));
    if (height > unit * 3) {
      figure_rect_ = ImRect(ImVec2(text_x, y), ImVec2(text_x + text_w, y + height));
      const FigureMoment& f = display.figure;
      if (has_picture) {
        // The user's picture, whole, as large as fits, centred.
        const float scale = std::min(text_w / chrome.picture_size.x, height / chrome.picture_size.y);
        const ImVec2 shown(chrome.picture_size.x * scale, chrome.picture_size.y * scale);
        const ImVec2 min(text_x + (text_w - shown.x) / 2, y + (height - shown.y) / 2);
        // At night, in the theme's red: a photo's white would light up the room.
        list->AddImage(chrome.picture, min, ImVec2(min.x + shown.x, min.y + shown.y), ImVec2(0, 0), ImVec2(1, 1),
                       p.night ? colour(p.text) : IM_COL32_WHITE);
      } else {
        draw_pose(list, *chrome.pose, blend(chrome.pose->rest, chrome.pose->hold, f.toward_hold), figure_rect_.Min,
                  figure_rect_.Max, PoseLook{theme, background, f.side == Side::left, static_cast<float>(f.glow)});
      }
      y += height + unit * 0.5f;
    }
  }
  if (!display.instructions.empty()) {
    ImGui::SetCursorPos(ImVec2(text_x, y));
    push_font(readable);
    ImGui::PushTextWrapPos(text_x + text_w);
    const float room = content_bottom - y;
    ImGui::BeginChild("instructions", ImVec2(text_w, std::max(unit * 2, room)), false, ImGuiWindowFlags_NoBackground);
    ImGui::TextWrapped("%s", display.instructions.c_str());
    ImGui::EndChild();
    ImGui::PopTextWrapPos();
    pop_font();
  }

  // The whole session: a bar and the time left.
  const float bar_y = size.y - margin - controls_height - bar_height;
  if (!chrome.notice.empty()) {
    push_font(fonts.body);
    const std::string notice = fit_text(chrome.notice, size.x - 2 * margin);
    pop_font();
    list->AddText(fonts.body, fonts.body->FontSize, ImVec2(margin, bar_y - notice_height + unit * 0.2f),
                  colour(p.danger), notice.c_str());
  }
  const ImVec2 bar_min(margin, bar_y + unit * 0.4f);
  const ImVec2 bar_max(size.x - margin - unit * 8, bar_y + unit * 1.2f);
  list->AddRectFilled(bar_min, bar_max, colour(mix(background, p.text, 0.15f)), unit);
  list->AddRectFilled(bar_min,
                      ImVec2(bar_min.x + (bar_max.x - bar_min.x) * static_cast<float>(display.session_fraction), bar_max.y),
                      colour(p.accent), unit);
  list->AddText(fonts.body, fonts.body->FontSize, ImVec2(bar_max.x + unit * 0.6f, bar_y + unit * 0.2f), colour(p.text),
                display.time_left.c_str());

  if (auto pressed = draw_controls(display, fonts, ImVec2(margin, size.y - margin - controls_height), size.x - 2 * margin)) {
    intent = pressed;
  }
  if (chrome.confirming_stop) {
    // The question takes every tap: nothing behind it answers while it is open.
    intent.reset();
    if (auto answered = draw_stop_confirmation(fonts)) intent = answered;
  }
  ImGui::End();
  ImGui::PopStyleColor();
  return intent;
}

std::optional<SessionIntent> SessionView::draw_controls(const SessionDisplay& display, const ViewFonts& fonts, ImVec2 at,
                                                        float width) {
  std::optional<SessionIntent> intent;
  const float gap = fonts.body_px * 0.8f;
  const float button_w = (width - 3 * gap) / 4;
  const ImVec2 size(button_w, fonts.body_px * 4.2f);
  push_font(fonts.heading);
  ImGui::SetCursorPos(at);
  if (big_button(tr("\u2190 Back"), size, buttons_)) intent = SessionIntent::back;
  ImGui::SameLine(0, gap);
  if (big_button(display.paused ? tr("Resume") : tr("Pause"), size, buttons_)) intent = SessionIntent::toggle_pause;
  ImGui::SameLine(0, gap);
  if (display.until_done) {
    // A step until Done: Done in Skip's place, once its minimum is over (before that it counts down to it).
    ImGui::BeginDisabled(!display.done_available);
    if (big_button(trc("end a step", "Done"), size, buttons_)) intent = SessionIntent::done;
    ImGui::EndDisabled();
  } else if (big_button(tr("Skip \u2192"), size, buttons_)) {
    intent = SessionIntent::skip;
  }
  ImGui::SameLine(0, gap);
  if (big_button(tr("Stop"), size, buttons_)) intent = SessionIntent::request_stop;
  pop_font();
  return intent;
}

std::optional<SessionIntent> SessionView::draw_stop_confirmation(const ViewFonts& fonts) {
  std::optional<SessionIntent> intent;
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float unit = fonts.body_px;
  const ImVec2 box(std::min(size.x - 2 * unit, unit * 28), unit * 10);
  ImGui::SetNextWindowPos(ImVec2((size.x - box.x) / 2, (size.y - box.y) / 2));
  ImGui::SetNextWindowSize(box);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::GetStyle().Colors[ImGuiCol_PopupBg]);
  ImGui::Begin("Stop this session?", nullptr, kScreenFlags & ~ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::SetWindowFocus();
  push_font(fonts.heading);
  ImGui::TextUnformatted(tr("Stop this session?"));
  pop_font();
  ImGui::TextWrapped("%s", tr("What you have done so far is kept."));
  ImGui::SetCursorPosY(box.y - unit * 4);
  const ImVec2 button((box.x - unit * 3) / 2, unit * 3);
  if (big_button(tr("Keep going"), button, buttons_)) intent = SessionIntent::cancel_stop;
  ImGui::SameLine(0, unit);
  if (big_button(tr("Stop session"), button, buttons_)) intent = SessionIntent::confirm_stop;
  ImGui::End();
  ImGui::PopStyleColor();
  return intent;
}

}  // namespace limber
