#pragma once
// A PDF page for the report (pdf_report.cpp) as a writer fills it: text from the top down, in
// DejaVu Sans, wrapped at the margins, label-and-value rows, rules and filled boxes, through the
// Cairo that platform/cairo_library.hpp loads.

#include <algorithm>
#include <string>
#include <vector>

#include "platform/desktop/cairo_library.hpp"

namespace limber::pdf {

// Loaded by write_report_pdf() before anything here draws (platform/cairo_library.hpp).
inline const CairoLibrary& cairo_api() { return *cairo_library().value(); }

inline constexpr double kMargin = 50;
inline constexpr const char* kFont = "DejaVu Sans";

struct Colour {
  double r, g, b;
};
inline constexpr Colour kText{0.10, 0.10, 0.12};
inline constexpr Colour kMuted{0.40, 0.40, 0.44};

// Draws text from the top-left down the page, a line at a time, wrapping at the page's width.
class Page {
 public:
  Page(cairo_t* cr, double width, double height) : cr_(cr), width_(width), height_(height) {}

  [[nodiscard]] double y() const { return y_; }
  void move_to(double y) { y_ = y; }
  void skip(double points) { y_ += points; }
  [[nodiscard]] double width() const { return width_; }
  [[nodiscard]] double height() const { return height_; }
  [[nodiscard]] cairo_t* cr() const { return cr_; }

  void font(double size, bool bold = false) {
    cairo_api().select_font_face(cr_, kFont, CAIRO_FONT_SLANT_NORMAL, bold ? CAIRO_FONT_WEIGHT_BOLD : CAIRO_FONT_WEIGHT_NORMAL);
    cairo_api().set_font_size(cr_, size);
    size_ = size;
  }
  void colour(Colour c) { cairo_api().set_source_rgb(cr_, c.r, c.g, c.b); }
  [[nodiscard]] double text_width(const std::string& text) const {
    cairo_text_extents_t extents{};
    cairo_api().text_extents(cr_, text.c_str(), &extents);
    return extents.x_advance;
  }
  void text_at(double x, double baseline, const std::string& text) {
    cairo_api().move_to(cr_, x, baseline);
    cairo_api().show_text(cr_, text.c_str());
  }
  // The text in lines no wider than `width`, broken between words.
  [[nodiscard]] std::vector<std::string> wrapped(const std::string& text, double width) const {
    std::vector<std::string> lines;
    std::string line;
    std::size_t start = 0;
    while (start <= text.size()) {
      auto end = text.find(' ', start);
      if (end == std::string::npos) end = text.size();
      const std::string word = text.substr(start, end - start);
      const std::string longer = line.empty() ? word : line + " " + word;
      if (!line.empty() && text_width(longer) > width) {
        lines.push_back(line);
        line = word;
      } else {
        line = longer;
      }
      start = end + 1;
    }
    if (!line.empty()) lines.push_back(line);
    return lines;
  }
  // A paragraph from the left margin, wrapped to `width` (the page's text width by default).
  void paragraph(const std::string& text, double width = 0) {
    for (const std::string& line : wrapped(text, width > 0 ? width : width_ - 2 * kMargin)) line_of_text(line);
  }
  void line_of_text(const std::string& text) {
    y_ += size_ * 1.3;
    text_at(kMargin, y_, text);
  }
  void heading(const std::string& text) {
    skip(14);
    font(13, true);
    colour(kText);
    line_of_text(text);
    skip(4);
    font(10.5);
  }
  // "label    value" with the value in a column of its own; a label longer than its column
  // wraps under itself (translations are longer than English).
  void figure_row(const std::string& label, const std::string& value) {
    cairo_api().select_font_face(cr_, kFont, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_BOLD);
    // The value's column, moved left for a value that would run past the margin, but never past
    // the middle: a longer value wraps in its column.
    const double right = width_ - kMargin;
    const double value_x = std::max(kMargin + (width_ - 2 * kMargin) * 0.45,
                                    std::min(kMargin + (width_ - 2 * kMargin) * 0.62, right - text_width(value)));
    const std::vector<std::string> values = wrapped(value, right - value_x);
    y_ += size_ * 1.55;
    const double top = y_;
    colour(kText);
    for (std::size_t i = 0; i < values.size(); ++i) text_at(value_x, top + static_cast<double>(i) * size_ * 1.25, values[i]);
    cairo_api().select_font_face(cr_, kFont, CAIRO_FONT_SLANT_NORMAL, CAIRO_FONT_WEIGHT_NORMAL);
    const std::vector<std::string> lines = wrapped(label, value_x - kMargin - 12);
    for (std::size_t i = 0; i < lines.size(); ++i) text_at(kMargin, top + static_cast<double>(i) * size_ * 1.25, lines[i]);
    y_ = top + static_cast<double>(std::max(lines.size(), values.size()) - 1) * size_ * 1.25;
  }
  void rectangle(double x, double y, double w, double h, Colour c) {
    colour(c);
    cairo_api().rectangle(cr_, x, y, w, h);
    cairo_api().fill(cr_);
  }
  void rule(double x0, double y, double x1, Colour c, double width = 0.6) {
    colour(c);
    cairo_api().set_line_width(cr_, width);
    cairo_api().move_to(cr_, x0, y);
    cairo_api().line_to(cr_, x1, y);
    cairo_api().stroke(cr_);
  }

 private:
  cairo_t* cr_;
  double width_;
  double height_;
  double y_ = kMargin;
  double size_ = 10.5;
};

}  // namespace limber::pdf
