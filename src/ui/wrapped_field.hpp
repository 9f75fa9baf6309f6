#pragma once
// ImGui 1.86's multi-line text field with its text wrapped to the field's width, while shown and
// while typed in (soft_wrap.hpp says how); the text kept never holds the wrapping's breaks.

#include <imgui.h>

#include <string>

namespace limber {

bool wrapped_multiline(const char* id, std::string* text, ImVec2 size);

}  // namespace limber
