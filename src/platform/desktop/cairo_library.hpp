#pragma once
// Cairo and fontconfig, loaded when the first report is drawn instead of at every start: the
// window and most commands never need them, and mapping their libraries at load time cost every
// start of Limber about 6 ms (issue 15's budget is 150 ms to the first frame).

#include <cairo-pdf.h>
#include <cairo.h>

#include <string>

#include "core/base/expected.hpp"

namespace limber {

struct CairoLibrary {
  decltype(&::cairo_pdf_surface_create_for_stream) pdf_surface_create_for_stream;
  decltype(&::cairo_pdf_surface_set_metadata) pdf_surface_set_metadata;
  decltype(&::cairo_surface_status) surface_status;
  decltype(&::cairo_surface_finish) surface_finish;
  decltype(&::cairo_surface_destroy) surface_destroy;
  decltype(&::cairo_create) create;
  decltype(&::cairo_destroy) destroy;
  decltype(&::cairo_status) status;
  decltype(&::cairo_status_to_string) status_to_string;
  decltype(&::cairo_select_font_face) select_font_face;
  decltype(&::cairo_set_font_size) set_font_size;
  decltype(&::cairo_set_source_rgb) set_source_rgb;
  decltype(&::cairo_text_extents) text_extents;
  decltype(&::cairo_move_to) move_to;
  decltype(&::cairo_line_to) line_to;
  decltype(&::cairo_show_text) show_text;
  decltype(&::cairo_rectangle) rectangle;
  decltype(&::cairo_fill) fill;
  decltype(&::cairo_stroke) stroke;
  decltype(&::cairo_set_line_width) set_line_width;
  decltype(&::cairo_show_page) show_page;
  decltype(&::cairo_debug_reset_static_data) debug_reset_static_data;
  void (*fontconfig_fini)();  // FcFini
};

// Loads them on first use (and keeps them for the life of the process), or says why it cannot.
[[nodiscard]] Expected<const CairoLibrary*, std::string> cairo_library();
// Whether they were loaded in this process.
[[nodiscard]] bool cairo_library_loaded();

}  // namespace limber
