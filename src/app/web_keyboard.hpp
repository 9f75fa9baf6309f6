#pragma once
// The device's own keyboard in a page (index.html's hidden input, which a tablet's keyboard types
// into): what it types reaches ImGui as SDL's events, and it is brought up and put away as a text
// field takes and lets go of the keyboard.

namespace limber {

class GuiApp;

// The window whose text fields the page's taps are checked against (limber_text_field_at).
void set_keyboard_app(const GuiApp* app);
// After each turn of the page's loop, last: the device's keyboard follows ImGui's wish, and the
// next key typed goes down or up (each its own turn, so every frame sees each press).
void follow_text_input();

}  // namespace limber
