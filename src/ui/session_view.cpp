#include "ui/session_view.hpp"

#include <cfloat>
#include "core/base/translate.hpp"

#include <fmt/format.h>

#include <algorithm>
#include <cmath>

#include "ui/pose_view.hpp"
#include "ui/session_layout.hpp"

namespace limber {
namespace {

// Space, the arrows, Esc and Enter are the session's own keys (pause, back, skip, stop); Tab
// brings the focus ring onto a control, and while it is there Enter and Space press it and the
// arrows move it, as on every other screen (the shell decides which, gui_app.cpp).
constexpr ImGuiWindowFlags kScreenFlags = ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove |
                                          ImGuiWindowFlags_NoSavedSettings | ImGuiWindowFlags_NoBringToFrontOnFocus |
                                          ImGuiWindowFlags_NoScrollbar;


// The screen behind the stop question: faded (and, being faded, not read as enabled text).
constexpr float kBehindQuestionAlpha = 0.4f;

// The line saying where the user is ("Left leg · Rep 3 of 8"): on one line in the heading's size
// where it fits, else a size smaller; still too long, a line for each part, not a break inside one.
struct ColumnWords {
  std::string context;
  float context_px = 0;
  float context_height = 0;  // with the space under it
};

ColumnWords column_words(const SessionDisplay& display, const ViewFonts& fonts, float width) {
  ColumnWords words;
  if (display.context.empty()) return words;
  words.context = display.context;
  const float heading_size = fonts.heading->FontSize;
  words.context_px = fonts.heading->CalcTextSizeA(heading_size, FLT_MAX, 0, words.context.c_str()).x <= width
                         ? heading_size
                         : std::max(heading_size * 0.8f, fonts.body_px);
  if (fonts.heading->CalcTextSizeA(words.context_px, FLT_MAX, 0, words.context.c_str()).x > width) {
    for (std::size_t at = words.context.find(" \u00b7 "); at != std::string::npos; at = words.context.find(" \u00b7 ", at)) {
      words.context.replace(at, std::string(" \u00b7 ").size(), "\n");
    }
  }
  words.context_height =
      fonts.heading->CalcTextSizeA(words.context_px, FLT_MAX, width, words.context.c_str()).y + heading_size * 0.5f;
  return words;
}

}  // namespace

// The ring with the countdown, and the phase word above it.
void SessionView::draw_ring(ImDrawList* list, const SessionDisplay& display, const Palette& p, const ViewFonts& fonts,
                            const SessionLayout& layout, float top, const ImVec4& phase, const ImVec4& background) {
  const ImVec2 centre = layout.ring_centre;
  const float radius = layout.radius;
  ring_rect_ = ImRect(ImVec2(centre.x - radius, centre.y - radius), ImVec2(centre.x + radius, centre.y + radius));
  // The phase word as big as it fits its half: some languages say it at twice the length.
  const char* word = display.paused ? tr("PAUSED") : display.phase_word.c_str();
  const float full = fonts.title->CalcTextSizeA(fonts.title->FontSize, FLT_MAX, 0, word).x;
  const float room = layout.ring_area_width - fonts.body_px * 2.4f;
  const float word_size = full > room ? fonts.title->FontSize * room / full : fonts.title->FontSize;
  centred_text(list, fonts.title, word_size, centre.x, top + (fonts.title->FontSize - word_size) / 2, colour(phase), word);
  progress_ring(list, centre, radius, std::max(6.0f, radius * 0.09f), static_cast<float>(display.phase_fraction),
                colour(mix(background, p.text, 0.12f)), colour(graphic(phase, p)));
  const std::string number = std::to_string(display.countdown_seconds);
  const float number_size = std::min(fonts.huge->FontSize, radius * 1.05f);
  centred_text(list, fonts.huge, number_size, centre.x, centre.y - number_size * 0.55f,
               colour(text_colour(p, number_size)), number.c_str());
}

// The figure (or the user's picture) in figure_rect_.
void SessionView::draw_figure(ImDrawList* list, const SessionDisplay& display, const SessionChrome& chrome, ThemeKind theme,
                              const ImVec4& background) {
  const Palette& p = palette(theme);
  const ImVec2 min = figure_rect_.Min;
  const ImVec2 box = figure_rect_.GetSize();
  if (chrome.picture != nullptr && chrome.picture_size.x > 0 && chrome.picture_size.y > 0) {
    // The user's picture, whole, as large as fits, centred.
    const float scale = std::min(box.x / chrome.picture_size.x, box.y / chrome.picture_size.y);
    const ImVec2 shown(chrome.picture_size.x * scale, chrome.picture_size.y * scale);
    const ImVec2 at(min.x + (box.x - shown.x) / 2, min.y + (box.y - shown.y) / 2);
    // At night, in the theme's red: a photo's white would light up the room.
    list->AddImage(chrome.picture, at, ImVec2(at.x + shown.x, at.y + shown.y), ImVec2(0, 0), ImVec2(1, 1),
                   colour(p.night ? graphic(p.text, p) : ImVec4(1, 1, 1, 1)));
    return;
  }
  const FigureMoment& f = display.figure;
  draw_pose(list, *chrome.pose, blend(chrome.pose->rest, chrome.pose->hold, f.toward_hold), figure_rect_.Min,
            figure_rect_.Max, PoseLook{theme, background, f.side == Side::left, static_cast<float>(f.glow)});
}

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
  if (chrome.confirming_stop) ImGui::PushStyleVar(ImGuiStyleVar_Alpha, kBehindQuestionAlpha);
  // ImGui gives a window that appears a focused control when the keyboard was in use: here Space
  // and Enter stay the session's own until Tab asks for a ring.
  if (frames_drawn_++ < 2) hide_keyboard_focus();

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

  // What the column of words holds, measured first: the layout gives the instructions priority.
  const float text_w = session_text_width(size, margin);
  const ColumnWords words = column_words(display, fonts, text_w);
  ImFont* readable = fonts.large != nullptr ? fonts.large : fonts.body;
  SessionLayoutInput in{size, unit, fonts.title->FontSize, margin + unit * 3.4f, content_bottom, margin, has_figure};
  in.context_height = words.context_height;
  in.next_height = readable->CalcTextSizeA(readable->FontSize, FLT_MAX, text_w, display.next.c_str()).y + readable->FontSize * 0.6f;
  in.instructions_height = display.instructions.empty()
                               ? 0.0f
                               : readable->CalcTextSizeA(readable->FontSize, FLT_MAX, text_w, display.instructions.c_str()).y;
  in.line = readable->FontSize;
  const SessionLayout layout = session_layout(in);

  draw_ring(list, display, p, fonts, layout, in.top, phase, background);
  // Where the user is, what is next, what to do.
  float y = layout.text_at.y;
  if (!words.context.empty()) {
    list->AddText(fonts.heading, words.context_px, ImVec2(layout.text_at.x, y), colour(text_colour(p, words.context_px)),
                  words.context.c_str(), nullptr, text_w);
    y += words.context_height;
  }
  // What comes next and what to do, larger than body text: they are read from a couple of metres.
  list->AddText(readable, readable->FontSize, ImVec2(layout.text_at.x, y), colour(p.muted), display.next.c_str(), nullptr, text_w);
  y += in.next_height;
  if (layout.figure_max.x > layout.figure_min.x) {
    figure_rect_ = ImRect(layout.figure_min, layout.figure_max);
    draw_figure(list, display, chrome, theme, background);
    if (layout.figure_in_column) y = layout.figure_max.y + unit * 0.5f;
  }
  instructions_ = InstructionsBox{};
  if (!display.instructions.empty()) {
    draw_instructions(display.instructions, readable, ImVec2(layout.text_at.x, y), text_w, content_bottom - y);
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

  if (auto pressed = draw_controls(display, p, fonts, ImVec2(margin, size.y - margin - controls_height), size.x - 2 * margin)) {
    intent = pressed;
  }
  if (!chrome.confirming_stop) question_frames_ = 0;
  if (chrome.confirming_stop) {
    ImGui::PopStyleVar();
    // The question takes every tap: nothing behind it answers while it is open.
    intent.reset();
    if (auto answered = draw_stop_confirmation(p, fonts)) intent = answered;
  }
  ImGui::End();
  ImGui::PopStyleColor();
  return intent;
}

// What to do, in a box of whole lines: all of it where it fits; on a short screen it scrolls, by
// whole lines, from its first line whenever the words change (a new exercise).
void SessionView::draw_instructions(const std::string& text, ImFont* font, ImVec2 at, float width, float room) {
  const float line = font->FontSize;
  const float needed = font->CalcTextSizeA(font->FontSize, FLT_MAX, width, text.c_str()).y;
  const float lines_shown = std::max(1.0f, std::floor(std::min(needed, room) / line + 0.01f));
  const float height = lines_shown * line;
  const bool fresh = text != instructions_text_;
  instructions_text_ = text;
  ImGui::SetCursorPos(at);
  push_font(font);
  ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
  ImGui::BeginChild("instructions", ImVec2(width, height), false, ImGuiWindowFlags_NoBackground);
  if (fresh) ImGui::SetScrollY(0);
  ImGui::PushTextWrapPos(0.0f);  // at the box's own right edge
  ImGui::TextUnformatted(text.c_str());
  ImGui::PopTextWrapPos();
  // Scrolled by a finger or the wheel: it comes to rest on a whole line, never half of one.
  const float scroll = std::round(ImGui::GetScrollY() / line) * line;
  if (!fresh && std::abs(scroll - ImGui::GetScrollY()) > 0.5f) ImGui::SetScrollY(std::min(scroll, ImGui::GetScrollMaxY()));
  instructions_ = InstructionsBox{needed, height, fresh ? 0.0f : ImGui::GetScrollY(), line};
  ImGui::EndChild();
  ImGui::PopStyleVar();
  pop_font();
}

std::optional<SessionIntent> SessionView::draw_controls(const SessionDisplay& display, const Palette& palette,
                                                        const ViewFonts& fonts, ImVec2 at,
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
    // A step until Done: Done in Skip's place, once its minimum is over (before that it counts down
    // to it), worn as the one to tap (Pause beside it looked the same).
    ImGui::BeginDisabled(!display.done_available);
    {
      const ButtonStyle primary(palette, ButtonLook::chosen, fonts.body_px);
      if (big_button(trc("end a step", "Done"), size, buttons_)) intent = SessionIntent::done;
    }
    ImGui::EndDisabled();
  } else if (big_button(tr("Skip \u2192"), size, buttons_)) {
    intent = SessionIntent::skip;
  }
  ImGui::SameLine(0, gap);
  if (big_button(tr("Stop"), size, buttons_)) intent = SessionIntent::request_stop;
  pop_font();
  return intent;
}

std::optional<SessionIntent> SessionView::draw_stop_confirmation(const Palette& p, const ViewFonts& fonts) {
  std::optional<SessionIntent> intent;
  const ImVec2 size = ImGui::GetIO().DisplaySize;
  const float unit = fonts.body_px;
  const ImVec2 box(std::min(size.x - 2 * unit, unit * 28), std::min(size.y - 2 * unit, unit * 12.5f));
  ImGui::SetNextWindowPos(ImVec2((size.x - box.x) / 2, (size.y - box.y) / 2));
  ImGui::SetNextWindowSize(box);
  ImGui::PushStyleColor(ImGuiCol_WindowBg, ImGui::GetStyle().Colors[ImGuiCol_PopupBg]);
  ImGui::Begin("Stop this session?", nullptr, kScreenFlags & ~ImGuiWindowFlags_NoBringToFrontOnFocus);
  ImGui::SetWindowFocus();
  // Enter answers as the hint says until Tab puts the ring on an answer.
  if (ImGui::IsWindowAppearing() || question_frames_++ < 2) hide_keyboard_focus();
  push_font(fonts.heading);
  ImGui::TextUnformatted(tr("Stop this session?"));
  pop_font();
  ImGui::TextWrapped("%s", tr("What you have done so far is kept."));
  // The keys, said: Enter is the answer marked as the one it gives.
  ImGui::TextColored(p.muted, "%s", tr("Enter: stop the session. Esc: keep going."));
  ImGui::SetCursorPosY(box.y - unit * 4);
  const ImVec2 button((box.x - unit * 3) / 2, unit * 3);
  if (big_button(tr("Keep going"), button, buttons_)) intent = SessionIntent::cancel_stop;
  ImGui::SameLine(0, unit);
  {
    const ButtonStyle default_answer(p, ButtonLook::chosen, unit);
    if (big_button(tr("Stop session"), button, buttons_)) intent = SessionIntent::confirm_stop;
  }
  ImGui::End();
  ImGui::PopStyleColor();
  return intent;
}

}  // namespace limber
