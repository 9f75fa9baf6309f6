#include "platform/desktop/cairo_library.hpp"

#include <dlfcn.h>

#include <mutex>

#include "core/base/translate.hpp"
#include "platform/desktop/loaded_symbol.hpp"

namespace limber {
namespace {

std::once_flag g_once;
CairoLibrary g_library{};
std::string g_error;
bool g_loaded = false;

template <class F>
bool find(void* handle, const char* name, F& out) {
  return find_loaded_symbol(handle, "libcairo", name, out, g_error);
}

void load() {
  void* cairo = dlopen("libcairo.so.2", RTLD_NOW | RTLD_LOCAL);
  void* fontconfig = dlopen("libfontconfig.so.1", RTLD_NOW | RTLD_LOCAL);
  if (cairo == nullptr || fontconfig == nullptr) {
    g_error = format(tr("the PDF library cannot be loaded ({0})"), dlerror());
    return;
  }
  CairoLibrary& l = g_library;
  const bool all = find(cairo, "cairo_pdf_surface_create_for_stream", l.pdf_surface_create_for_stream) &&
                   find(cairo, "cairo_pdf_surface_set_metadata", l.pdf_surface_set_metadata) &&
                   find(cairo, "cairo_surface_status", l.surface_status) && find(cairo, "cairo_surface_finish", l.surface_finish) &&
                   find(cairo, "cairo_surface_destroy", l.surface_destroy) && find(cairo, "cairo_create", l.create) &&
                   find(cairo, "cairo_destroy", l.destroy) && find(cairo, "cairo_status", l.status) &&
                   find(cairo, "cairo_status_to_string", l.status_to_string) &&
                   find(cairo, "cairo_select_font_face", l.select_font_face) && find(cairo, "cairo_set_font_size", l.set_font_size) &&
                   find(cairo, "cairo_set_source_rgb", l.set_source_rgb) && find(cairo, "cairo_text_extents", l.text_extents) &&
                   find(cairo, "cairo_move_to", l.move_to) && find(cairo, "cairo_line_to", l.line_to) &&
                   find(cairo, "cairo_show_text", l.show_text) && find(cairo, "cairo_rectangle", l.rectangle) &&
                   find(cairo, "cairo_fill", l.fill) && find(cairo, "cairo_stroke", l.stroke) &&
                   find(cairo, "cairo_set_line_width", l.set_line_width) && find(cairo, "cairo_show_page", l.show_page) &&
                   find(cairo, "cairo_debug_reset_static_data", l.debug_reset_static_data) &&
                   find(fontconfig, "FcFini", l.fontconfig_fini);
  g_loaded = all;
}

}  // namespace

Expected<const CairoLibrary*, std::string> cairo_library() {
  std::call_once(g_once, load);
  if (!g_loaded) return Unexpected{g_error};
  return &g_library;
}

bool cairo_library_loaded() { return g_loaded; }

}  // namespace limber
