#pragma once
// How the window will draw (core/settings/renderer_choice.hpp): OpenGL is asked which renderer it has
// only when `auto` needs the answer and the cache of the last answer does not fit this machine.

#include "core/settings/renderer_choice.hpp"

namespace limber {

// Call before the window opens: the question is put in a child process that opens a display of its own.
[[nodiscard]] RenderDecision choose_render_path(RendererChoice choice);

}  // namespace limber
