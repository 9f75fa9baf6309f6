#pragma once
// A Dear ImGui context with no renderer, for driving views in tests: frames are built and
// rendered to draw lists; a tap is the mouse pressed on one frame and released on the next.

#include <gtest/gtest.h>
#include <imgui.h>

#include <functional>
#include <optional>

#include "platform/fonts.hpp"
#include "ui/view_fonts.hpp"
#include "ui/widgets.hpp"

namespace limber::testing {

class ImGuiHarness {
 public:
  ImGuiHarness(float width, float height) : context_(ImGui::CreateContext()) {
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(width, height);
    io.DeltaTime = 1.0f / 20;
    const FontSet loaded = load_fonts(body_pixels_for(static_cast<int>(width), static_cast<int>(height)));
    fonts_ = ViewFonts{loaded.body, loaded.large, loaded.heading, loaded.title, loaded.huge, loaded.body_px, loaded.from_file};
    unsigned char* pixels = nullptr;
    int w = 0;
    int h = 0;
    io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
  }
  ~ImGuiHarness() { ImGui::DestroyContext(context_); }
  ImGuiHarness(const ImGuiHarness&) = delete;
  ImGuiHarness& operator=(const ImGuiHarness&) = delete;

  [[nodiscard]] const ViewFonts& fonts() const { return fonts_; }

  template <class Draw>
  auto frame(Draw draw) {
    ImGui::NewFrame();
    ImGui::PushFont(fonts_.body);
    auto result = draw();
    ImGui::PopFont();
    ImGui::Render();
    return result;
  }

  // Presses and releases at `where` over a few frames; returns the first intent `draw` gave.
  template <class Draw>
  auto tap(ImVec2 where, Draw draw) {
    ImGuiIO& io = ImGui::GetIO();
    decltype(draw()) first{};
    const auto keep = [&first](auto result) {
      if (result && !first) first = result;
    };
    io.MousePos = where;
    keep(frame(draw));
    io.MouseDown[0] = true;
    keep(frame(draw));
    io.MouseDown[0] = false;
    keep(frame(draw));
    io.MousePos = ImVec2(-1e9f, -1e9f);
    return first;
  }

  // The mouse wheel turned over `where` for one frame (negative: down the page, as a user scrolls).
  template <class Draw>
  auto wheel(ImVec2 where, float notches, Draw draw) {
    ImGuiIO& io = ImGui::GetIO();
    io.MousePos = where;
    io.MouseWheel = notches;
    auto result = frame(draw);
    io.MouseWheel = 0;
    io.MousePos = ImVec2(-1e9f, -1e9f);
    return result;
  }

  // Taps the drawn button whose label starts with `label`. A missing button fails the test with
  // its name, and nothing is tapped.
  template <class Draw>
  auto tap_button(const DrawnButtons& buttons, std::string_view label, Draw draw) {
    const auto button = find(buttons, label);
    if (!button) {
      ADD_FAILURE() << "no button labelled `" << label << "` was drawn";
      return decltype(draw()){};
    }
    return tap(button->centre(), draw);
  }

  // The drawn button whose label starts with `label`, if any.
  static std::optional<DrawnButton> find(const DrawnButtons& buttons, std::string_view label) {
    for (const DrawnButton& b : buttons) {
      if (b.label.rfind(label, 0) == 0) return b;
    }
    return std::nullopt;
  }

 private:
  ImGuiContext* context_;
  ViewFonts fonts_;
};

}  // namespace limber::testing
