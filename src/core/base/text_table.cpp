#include "core/base/text_table.hpp"

#include <algorithm>

#include "core/base/text.hpp"

namespace limber {

std::string TextTable::text() const {
  std::vector<std::size_t> widths;
  for (const Column& column : columns_) widths.push_back(utf8_length(column.header));
  for (const auto& row : rows_) {
    for (std::size_t c = 0; c < row.size() && c < widths.size(); ++c) widths[c] = std::max(widths[c], utf8_length(row[c]));
  }
  const auto line = [&](const std::vector<std::string>& cells) {
    std::string out;
    for (std::size_t c = 0; c < columns_.size(); ++c) {
      const std::string cell = c < cells.size() ? cells[c] : std::string();
      const std::string pad(widths[c] - std::min(widths[c], utf8_length(cell)), ' ');
      const bool last = c + 1 == columns_.size();
      if (c > 0) out += "  ";
      if (columns_[c].align == Align::right) {
        out += pad + cell;
      } else {
        out += cell;
        if (!last) out += pad;
      }
    }
    // An empty last cell leaves no padding behind.
    while (!out.empty() && out.back() == ' ') out.pop_back();
    return out + "\n";
  };
  std::vector<std::string> headers;
  for (const Column& column : columns_) headers.push_back(column.header);
  std::string out = line(headers);
  for (const auto& row : rows_) out += line(row);
  return out;
}

}  // namespace limber
